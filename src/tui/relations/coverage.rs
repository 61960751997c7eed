//! The coverage of one person: every member of our team with the strength they give
//! (none, weak, medium, strong), cycled or picked by its first letter (n w m s).
//! Changes are a draft until Enter, which applies them all as one edit (one undo step).
//!
//! ```text
//! ┌Coverage of Анна Попова─────────────────────────────────────────┐
//! │Anna Berg              * Sales       none [weak] medium  strong │
//! │Omar Haddad              Technical   none  weak  medium [strong]│
//! └Space next strength · Enter apply · Esc cancel──────────────────┘
//! ```

use super::{frame, step};
use crate::model::{Account, Coverage, Person, Strength, ops};
use crate::t;
use crate::text::inert;
use crate::tui::action::Action;
use crate::tui::app::{App, Level};
use crate::tui::fit::{fit, width};
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::choice::TypeAhead;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The coverage editor's draft for one person.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageEditor {
    /// The person's id.
    pub person: String,
    /// For each member of `team` (same order): their id and the strength in the draft.
    pub rows: Vec<(String, Option<Strength>)>,
    /// The strengths as they were when the editor opened.
    original: Vec<Option<Strength>>,
    /// The selected row.
    pub selected: usize,
}

/// The next value in none -> weak -> medium -> strong -> none (the model's ladder).
fn cycle(s: Option<Strength>, forward: bool) -> Option<Strength> {
    Strength::cycled(s, forward)
}

impl CoverageEditor {
    /// A draft holding the person's coverage as it is.
    pub fn new(a: &Account, p: &Person) -> CoverageEditor {
        let rows: Vec<(String, Option<Strength>)> = a
            .team
            .iter()
            .map(|m| (m.id.clone(), p.coverage.iter().find(|c| c.member == m.id).map(|c| c.strength)))
            .collect();
        let original = rows.iter().map(|r| r.1).collect();
        CoverageEditor { person: p.id.clone(), rows, original, selected: 0 }
    }

    /// Whether a row differs from what the person has now.
    pub fn changed(&self, row: usize) -> bool {
        self.rows.get(row).map(|r| r.1) != self.original.get(row).copied()
    }

    /// The person with the draft applied: existing entries keep their place and any
    /// unknown fields, removed ones go, new ones are added at the end.
    pub fn apply_to(&self, p: &Person) -> Person {
        let mut p = p.clone();
        for (member, strength) in &self.rows {
            match (p.coverage.iter().position(|c| &c.member == member), strength) {
                (Some(j), Some(s)) => p.coverage[j].strength = *s,
                (Some(j), None) => {
                    p.coverage.remove(j);
                }
                (None, Some(s)) => p.coverage.push(Coverage {
                    member: member.clone(),
                    strength: *s,
                    extra: Default::default(),
                }),
                (None, None) => {}
            }
        }
        p
    }
}

impl App {
    pub(super) fn update_coverage(
        &mut self,
        mut ed: CoverageEditor,
        action: Action,
    ) -> Option<CoverageEditor> {
        let n = ed.rows.len();
        match action {
            Action::Up | Action::Down => ed.selected = step(ed.selected, action, n),
            Action::CycleNext | Action::CyclePrev => {
                if let Some(row) = ed.rows.get_mut(ed.selected) {
                    row.1 = cycle(row.1, action == Action::CycleNext);
                }
            }
            // n w m s: none, weak, medium, strong.
            Action::Insert(c) => {
                if let Some(row) = ed.rows.get_mut(ed.selected) {
                    let all = [None, Some(Strength::Weak), Some(Strength::Medium), Some(Strength::Strong)];
                    // The keys stay the letters of the file's words in every language
                    // (help lists them as n w m s), whatever the row shows.
                    let labels = ["none", "weak", "medium", "strong"];
                    let at = all.iter().position(|x| *x == row.1).unwrap_or(0);
                    if let Some(i) = TypeAhead::default().pick(c, &labels, at) {
                        row.1 = all[i];
                    }
                }
            }
            Action::Submit => {
                if (0..n).all(|i| !ed.changed(i)) {
                    self.say(Level::Info, t!("tui-forms-coverage-unchanged"));
                    return None;
                }
                let person =
                    self.open_account().and_then(|s| s.session.account().person(&ed.person).cloned())?;
                let label = t!("tui-forms-coverage-set", name = inert(&person.name));
                let updated = ed.apply_to(&person);
                if !self.commit(|a| ops::update_person(a, updated), label) {
                    return Some(ed);
                }
                return None;
            }
            Action::Back => return None,
            _ => {}
        }
        Some(ed)
    }
}

/// The coverage editor, ready to draw.
pub struct CoverageEditorWidget<'a> {
    /// The draft.
    pub editor: &'a CoverageEditor,
    /// The open account.
    pub account: &'a Account,
    /// Styles.
    pub theme: Theme,
}

const NAME: usize = 22;
const CHOICES: [Option<Strength>; 4] =
    [None, Some(Strength::Weak), Some(Strength::Medium), Some(Strength::Strong)];

/// A coverage strength in words, as the row shows it.
fn strength_word(s: Option<Strength>) -> String {
    match s {
        None => t!("tui-forms-coverage-none"),
        Some(Strength::Weak) => t!("tui-forms-coverage-weak"),
        Some(Strength::Medium) => t!("tui-forms-coverage-medium"),
        Some(Strength::Strong) => t!("tui-forms-coverage-strong"),
    }
}

impl CoverageEditorWidget<'_> {
    fn row(&self, i: usize, member: &str, strength: Option<Strength>, w: usize) -> Line<'static> {
        let t = &self.theme;
        let m = self.account.member(member);
        let name = fit(m.map_or(member, |m| m.name.as_str()), NAME);
        let pad = NAME.saturating_sub(width(&name));
        let mark = if self.editor.changed(i) { "*" } else { " " };
        let function = m.map_or("", |m| m.function.tr_str());
        let selected = i == self.editor.selected;
        let head = fit(&format!("{name}{} {mark} {function:<11}", " ".repeat(pad)), w);
        let mut spans = vec![Span::styled(head, if selected { t.field_focused() } else { t.text() })];
        for value in CHOICES {
            let word = strength_word(value);
            let style = match (value == strength, value) {
                (true, _) if selected => t.selected(),
                (true, Some(s)) => t.strength(s).add_modifier(ratatui::style::Modifier::UNDERLINED),
                (true, None) => t.text().add_modifier(ratatui::style::Modifier::UNDERLINED),
                (false, _) => t.dim(),
            };
            // Brackets mark the choice where colours and underline do not show.
            let word = if value == strength { format!("[{word}]") } else { format!(" {word} ") };
            spans.push(Span::styled(word, style));
        }
        Line::from(spans)
    }
}

impl Widget for &CoverageEditorWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ed = self.editor;
        let name = self.account.person(&ed.person).map_or(ed.person.as_str(), |p| p.name.as_str());
        let title = t!("tui-forms-coverage-title", name = name);
        let height = (ed.rows.len() as u16).saturating_add(2);
        let hints = [Action::CycleNext, Action::Submit, Action::Back];
        let inner = frame(area, buf, self.theme, &title, height, &hints, Mode::CoverageEdit);
        let page = inner.height as usize;
        let offset = scroll_into_view(0, ed.selected, page);
        for (i, (member, strength)) in ed.rows.iter().enumerate().skip(offset).take(page) {
            let y = inner.y + (i - offset) as u16;
            self.row(i, member, *strength, inner.width as usize).render(Rect { y, height: 1, ..inner }, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycling_goes_through_none_and_back() {
        let mut s = None;
        let mut seen = Vec::new();
        for _ in 0..4 {
            s = cycle(s, true);
            seen.push(s);
        }
        assert_eq!(seen, [Some(Strength::Weak), Some(Strength::Medium), Some(Strength::Strong), None]);
        assert_eq!(cycle(None, false), Some(Strength::Strong));
    }

    #[test]
    fn applying_keeps_order_and_unknown_fields_of_what_stays() {
        let mut a = Account::new("a", "A");
        for id in ["t1", "t2", "t3"] {
            a.team.push(crate::model::TeamMember {
                id: id.into(),
                name: id.into(),
                function: Default::default(),
                extra: Default::default(),
            });
        }
        let mut p = Person::new("p", "P");
        let mut kept = Coverage { member: "t2".into(), strength: Strength::Weak, extra: Default::default() };
        kept.extra.insert("since".into(), serde_json::json!("2020"));
        p.coverage =
            vec![Coverage { member: "t1".into(), strength: Strength::Weak, extra: Default::default() }, kept];
        let mut ed = CoverageEditor::new(&a, &p);
        ed.rows[0].1 = None;
        ed.rows[1].1 = Some(Strength::Strong);
        ed.rows[2].1 = Some(Strength::Medium);
        let q = ed.apply_to(&p);
        let got: Vec<(&str, Strength)> = q.coverage.iter().map(|c| (c.member.as_str(), c.strength)).collect();
        assert_eq!(got, [("t2", Strength::Strong), ("t3", Strength::Medium)]);
        assert_eq!(q.coverage[0].extra["since"], "2020");
        assert!(ed.changed(0) && ed.changed(2));
    }
}
