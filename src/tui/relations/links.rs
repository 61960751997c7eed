//! The links of one person: those going out (whom they report to, whom they
//! influence) and those coming in. Add a link out with the fuzzy picker, change an
//! influence's strength, delete a link (asks first). Refusals (a self-link, a
//! duplicate, a reporting cycle) say why under the list and in the status bar.
//!
//! ```text
//! ┌Links of 佐藤 健──────────────────────────────────────┐
//! │From 佐藤 健                                           │
//! │  → reports to   Дмитрий Волков                        │
//! │  → influences   Анна Попова                     weak  │
//! │To 佐藤 健                                             │
//! │  ← Пётр Иванов        influences               strong │
//! └i add influence · r add reports-to · → next strength───┘
//! ```

use super::{frame, step};
use crate::model::{Account, Index, Link, LinkKind, Strength, ops};
use crate::t;
use crate::text::inert;
use crate::tui::action::Action;
use crate::tui::app::{App, Level, Screen};
use crate::tui::fit::{fit, width};
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use crate::tui::widgets::picker::{PickItem, PickOutcome, Picker, PickerWidget};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// What the links editor is doing.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LinksState {
    /// Showing the links.
    #[default]
    List,
    /// Choosing the other end of a new link of this kind.
    Pick(LinkKind, Box<Picker>),
    /// Asking before deleting the link at this position of `links`.
    Ask {
        /// The link's position.
        link: usize,
        /// The question shown.
        question: String,
    },
}

/// The links editor's state; the links are read from the account.
#[derive(Debug, Clone, PartialEq)]
pub struct LinksEditor {
    /// The person's id.
    pub person: String,
    /// The selected row (outgoing links first, then incoming).
    pub selected: usize,
    /// What it is doing.
    pub state: LinksState,
    /// Why the last change was refused, shown under the list.
    pub error: Option<String>,
}

/// The positions in `links` of a person's links: outgoing, then incoming.
pub fn link_rows(index: &Index, person: usize) -> (Vec<usize>, Vec<usize>) {
    (index.out_links(person).to_vec(), index.in_links(person).to_vec())
}

/// A link as a sentence: "Пётр Иванов influences 佐藤 健".
pub fn describe(a: &Account, l: &Link) -> String {
    let name = |id: &str| a.person(id).map_or_else(|| id.to_string(), |p| p.name.clone());
    let (from, to) = (name(&l.from), name(&l.to));
    let text = match l.kind {
        LinkKind::Influences => t!("tui-forms-link-influences", from = from, to = to),
        LinkKind::ReportsTo => t!("tui-forms-link-reports-to", from = from, to = to),
    };
    inert(&text).into_owned()
}

/// What a link's kind is called on its row.
fn kind_word(kind: LinkKind) -> String {
    match kind {
        LinkKind::Influences => t!("tui-forms-link-kind-influences"),
        LinkKind::ReportsTo => t!("tui-forms-link-kind-reports-to"),
    }
}

/// An influence's strength, as its row shows it.
fn strength_word(s: Strength) -> String {
    match s {
        Strength::Weak => t!("tui-forms-link-weak"),
        Strength::Medium => t!("tui-forms-link-medium"),
        Strength::Strong => t!("tui-forms-link-strong"),
    }
}

impl LinksEditor {
    /// An editor on the links of the person with this id.
    pub fn new(person: &str) -> LinksEditor {
        LinksEditor { person: person.to_string(), selected: 0, state: LinksState::List, error: None }
    }

    /// The mode whose bindings apply.
    pub fn mode(&self) -> Mode {
        match self.state {
            LinksState::List => Mode::Links,
            LinksState::Pick(..) => Mode::Picker,
            LinksState::Ask { .. } => Mode::Confirm,
        }
    }

    /// The link positions in row order.
    fn rows(&self, index: &Index) -> Vec<usize> {
        let (mut out, inn) = index.person(&self.person).map(|i| link_rows(index, i)).unwrap_or_default();
        out.extend(inn);
        out
    }
}

/// Everyone but the person, to pick the other end from.
fn candidates(a: &Account, person: &str) -> Vec<PickItem> {
    a.people
        .iter()
        .filter(|p| p.id != person)
        .map(|p| {
            let detail: Vec<&str> =
                [p.title.as_deref(), p.department.as_deref()].into_iter().flatten().collect();
            PickItem { key: p.id.clone(), label: p.name.clone(), detail: detail.join(" · ") }
        })
        .collect()
}

impl App {
    pub(super) fn update_links(&mut self, mut ed: LinksEditor, action: Action) -> Option<LinksEditor> {
        let Screen::Account(s) = &self.screen else { return None };
        let (a, index) = (s.session.account(), s.session.index());
        let me = a.person(&ed.person)?.name.clone();
        let rows = ed.rows(index);
        ed.selected = step(ed.selected, Action::Top, rows.len());
        let current = rows.get(ed.selected).copied();
        match std::mem::take(&mut ed.state) {
            LinksState::List => {
                ed.error = None;
                match (action, current) {
                    (Action::Up | Action::Down, _) => ed.selected = step(ed.selected, action, rows.len()),
                    (Action::AddInfluence | Action::AddReportsTo, _) => {
                        let kind = if action == Action::AddInfluence {
                            LinkKind::Influences
                        } else {
                            LinkKind::ReportsTo
                        };
                        let title = match kind {
                            LinkKind::Influences => t!("tui-forms-links-pick-influences", me = &me),
                            LinkKind::ReportsTo => t!("tui-forms-links-pick-reports-to", me = &me),
                        };
                        ed.state =
                            LinksState::Pick(kind, Box::new(Picker::new(title, candidates(a, &ed.person))));
                    }
                    (Action::CycleNext | Action::CyclePrev, Some(i)) => {
                        let l = &a.links[i];
                        if l.kind != LinkKind::Influences {
                            self.say(Level::Info, t!("tui-forms-links-no-strength"));
                        } else {
                            let s = l.strength();
                            let to = if action == Action::CycleNext { s.next() } else { s.prev() };
                            let label = t!(
                                "tui-forms-links-set-strength",
                                link = describe(a, l),
                                strength = strength_word(to)
                            );
                            if let Err(why) =
                                self.commit_or_reason(|a| ops::set_link_strength(a, i, to), label)
                            {
                                ed.error = Some(why);
                            }
                        }
                    }
                    (Action::Delete, Some(i)) => {
                        let question = t!("tui-forms-links-delete-question", link = describe(a, &a.links[i]));
                        ed.state = LinksState::Ask { link: i, question };
                    }
                    (Action::CycleNext | Action::CyclePrev | Action::Delete, None) => {
                        self.say(Level::Info, t!("tui-forms-links-none-yet"))
                    }
                    (Action::Undo | Action::Redo, _) => self.undo_redo(action == Action::Undo),
                    (Action::Back, _) => return None,
                    _ => {}
                }
            }
            LinksState::Pick(kind, mut picker) => match picker.handle(action) {
                PickOutcome::Choosing => ed.state = LinksState::Pick(kind, picker),
                PickOutcome::Cancel => {}
                PickOutcome::Picked(to) => {
                    let strength = (kind == LinkKind::Influences).then_some(Strength::Medium);
                    let link =
                        Link { from: ed.person.clone(), to, kind, strength, extra: Default::default() };
                    let label = t!("tui-forms-links-add", link = describe(a, &link));
                    match self.commit_or_reason(|a| ops::add_link(a, link), label) {
                        Ok(()) => ed.selected = self.new_link_row(&ed),
                        Err(why) => ed.error = Some(why),
                    }
                }
            },
            LinksState::Ask { link, question } => match action {
                Action::Yes => {
                    let label = t!("tui-forms-links-delete", link = describe(a, &a.links[link]));
                    if let Err(why) = self.commit_or_reason(|a| ops::delete_link(a, link), label) {
                        ed.error = Some(why);
                    }
                }
                Action::Back => {}
                _ => ed.state = LinksState::Ask { link, question },
            },
        }
        Some(ed)
    }

    /// The row of the link just added (the last outgoing one).
    fn new_link_row(&self, ed: &LinksEditor) -> usize {
        let Some(s) = self.open_account() else { return 0 };
        let index = s.session.index();
        index.person(&ed.person).map_or(0, |i| link_rows(index, i).0.len().saturating_sub(1))
    }
}

/// The links editor (and its picker), ready to draw.
pub struct LinksWidget<'a> {
    /// The editor's state.
    pub editor: &'a LinksEditor,
    /// The open account.
    pub account: &'a Account,
    /// Lookups over the account.
    pub index: &'a Index,
    /// Styles.
    pub theme: Theme,
}

const OTHER: usize = 24;

impl LinksWidget<'_> {
    fn link_line(&self, i: usize, outgoing: bool, selected: bool, w: usize) -> Line<'static> {
        let t = &self.theme;
        let l = &self.account.links[i];
        let other = if outgoing { &l.to } else { &l.from };
        let name = self.account.person(other).map_or(other.as_str(), |p| p.name.as_str());
        let name = fit(name, OTHER);
        let name = format!("{name}{}", " ".repeat(OTHER.saturating_sub(width(&name))));
        let text = if outgoing {
            format!("  → {:<12} {name}", kind_word(l.kind))
        } else {
            format!("  ← {name} {:<12}", kind_word(l.kind))
        };
        let strength = match l.kind {
            LinkKind::Influences => strength_word(l.strength()),
            LinkKind::ReportsTo => String::new(),
        };
        let style = if selected && self.editor.state == LinksState::List { t.selected() } else { t.text() };
        Line::from(vec![
            Span::styled(fit(&text, w.saturating_sub(8)), style),
            Span::styled(format!(" {strength}"), t.strength(l.strength())),
        ])
    }

    fn lines(&self, w: usize) -> (Vec<Line<'static>>, usize) {
        let t = &self.theme;
        let ed = self.editor;
        let me = self.account.person(&ed.person).map_or(ed.person.as_str(), |p| p.name.as_str());
        let (out, inn) = self.index.person(&ed.person).map(|i| link_rows(self.index, i)).unwrap_or_default();
        let mut lines = Vec::new();
        let mut at = 0;
        let mut row = 0;
        let headings = [t!("tui-forms-links-from", me = me), t!("tui-forms-links-to", me = me)];
        for (heading, list, outgoing) in [(&headings[0], &out, true), (&headings[1], &inn, false)] {
            lines.push(Line::styled(fit(heading, w), t.title()));
            if list.is_empty() {
                lines.push(Line::styled(format!("  {}", t!("tui-forms-links-no-links")), t.dim()));
            }
            for &i in list {
                if row == ed.selected {
                    at = lines.len();
                }
                lines.push(self.link_line(i, outgoing, row == ed.selected, w));
                row += 1;
            }
        }
        if let Some(e) = &ed.error {
            lines.push(Line::styled(fit(&format!("↳ {e}"), w), t.error()));
        }
        if let LinksState::Ask { question, .. } = &ed.state {
            lines.push(Line::styled(fit(question, w), t.warning()));
        }
        (lines, at)
    }
}

impl Widget for &LinksWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ed = self.editor;
        let name = self.account.person(&ed.person).map_or(ed.person.as_str(), |p| p.name.as_str());
        let (lines, at) = self.lines(64);
        let height = (lines.len() as u16).saturating_add(2);
        let hints: &[Action] = match ed.mode() {
            Mode::Confirm => &[Action::Yes, Action::Back],
            _ => {
                &[Action::AddInfluence, Action::AddReportsTo, Action::CycleNext, Action::Delete, Action::Back]
            }
        };
        let mode = if ed.mode() == Mode::Confirm { Mode::Confirm } else { Mode::Links };
        let inner =
            frame(area, buf, self.theme, &t!("tui-forms-links-title", name = name), height, hints, mode);
        let (lines, at) = if inner.width == 64 { (lines, at) } else { self.lines(inner.width as usize) };
        let scroll = at.saturating_sub(inner.height.saturating_sub(1) as usize).min(u16::MAX as usize) as u16;
        Paragraph::new(lines).scroll((scroll, 0)).render(inner, buf);
        if let LinksState::Pick(_, picker) = &ed.state {
            (&PickerWidget { picker, theme: self.theme }).render(area, buf);
        }
    }
}
