//! Asked once who the rep is: when nothing says (no `DMU_USER`, no `user` setting, no
//! git `user.name`) and the rep makes the first edit that records history, or opens the
//! Changes view, a small prompt asks for their name as on the account team, offering
//! the team's names (Tab, ↓ and ↑ go through them). Enter takes the answer: the app's
//! user, the open session's author (the entries of the edit just made are signed with
//! it, still part of that edit), and `user = "…"` in the settings file, written
//! atomically with nothing else in it touched. When the file cannot be written the
//! answer still holds for this session, and the rep is told. Esc skips: dmu does not ask
//! again this session.
//!
//! The prompt stands over everything, a form or editor included, so the edit that
//! prompted it is never in the way.

use super::action::Action;
use super::app::{App, Level, Screen};
use super::fit::fit;
use super::history_words as w;
use super::keymap::{self, Mode};
use super::theme::Theme;
use super::widgets::field::TextField;
use super::widgets::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// The question, while it is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AskUser {
    /// The name typed (or picked from the team).
    pub field: TextField,
    /// The names of the open account's team, offered.
    pub names: Vec<String>,
    /// Which of them was picked last.
    picked: Option<usize>,
    /// Whether an edit that recorded history prompted it (its entries get the answer).
    after_edit: bool,
    /// Why the last Enter was refused.
    pub error: Option<String>,
}

impl AskUser {
    /// The question, offering `names`.
    pub fn new(names: Vec<String>, after_edit: bool) -> AskUser {
        AskUser { field: TextField::default(), names, picked: None, after_edit, error: None }
    }

    /// Puts the next (or previous) name of the team in the field.
    fn pick(&mut self, forward: bool) {
        let n = self.names.len();
        if n == 0 {
            return;
        }
        let i = match (self.picked, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        self.picked = Some(i);
        self.field = TextField::new(self.names[i].clone());
        self.error = None;
    }
}

impl App {
    /// Asks who the rep is, once a session, if nobody is known yet and the app asks at
    /// all (see [`App::asks_who`]); `after_edit`: an edit that recorded history prompted it.
    pub(super) fn ask_who_once(&mut self, after_edit: bool) {
        if !self.asks_who || self.asked_who || self.user.is_some() || self.who.is_some() {
            return;
        }
        let Screen::Account(s) = &self.screen else { return };
        let names =
            s.session.account().team.iter().map(|m| m.name.trim().to_string()).filter(|n| !n.is_empty());
        self.who = Some(AskUser::new(names.collect(), after_edit));
    }

    /// Carries out an action on the question; returns it when it stays open.
    pub(super) fn update_who(&mut self, mut ask: AskUser, action: Action) -> Option<AskUser> {
        match action {
            Action::CycleNext | Action::CyclePrev => ask.pick(action == Action::CycleNext),
            Action::Back => {
                self.asked_who = true;
                self.say(Level::Info, w::who_skipped());
                return None;
            }
            Action::Submit => {
                let name = ask.field.text().trim().to_string();
                if name.is_empty() {
                    ask.error = Some(w::who_empty());
                    return Some(ask);
                }
                self.answered_who(&name, ask.after_edit);
                return None;
            }
            other => {
                if ask.field.handle(other) {
                    ask.error = None;
                    ask.picked = None;
                }
            }
        }
        Some(ask)
    }

    /// Takes the answer: the user, the session's author (and the entries just made),
    /// and the settings file.
    fn answered_who(&mut self, name: &str, after_edit: bool) {
        self.asked_who = true;
        self.user = Some(name.to_string());
        if let Screen::Account(s) = &mut self.screen {
            s.session.set_author(Some(name));
            if after_edit {
                s.session.sign_last();
            }
        }
        let saved = match &self.settings_file {
            Some(path) => crate::settings::set_user(path, name)
                .map(|()| path.display().to_string())
                .map_err(|e| format!("{}: {}", path.display(), crate::store::io_words(&e))),
            None => Err(w::no_settings_file()),
        };
        match saved {
            Ok(file) => self.say(Level::Info, w::you_are(name, &file)),
            Err(why) => self.say(Level::Warning, w::you_are_unsaved(name, &why)),
        }
    }
}

/// The question, drawn over the screen.
pub struct AskUserWidget<'a> {
    pub ask: &'a AskUser,
    pub theme: Theme,
}

impl Widget for &AskUserWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let width = area.width.min(72);
        let inner_w = width.saturating_sub(2) as usize;
        let mut lines = vec![self.ask.field.line(inner_w, t.text(), Some(t.selected()))];
        if let Some(e) = &self.ask.error {
            lines.push(Line::styled(fit(&format!("↳ {e}"), inner_w), t.error()));
        }
        let offered = if self.ask.names.is_empty() { w::no_team() } else { w::on_the_team(&self.ask.names) };
        lines.extend(wrap(&offered, inner_w, 3).into_iter().map(|l| Line::styled(l, t.dim())));
        lines.push(Line::default());
        // The keys, as many to a line as fit.
        let mut row: Vec<Span> = Vec::new();
        for (k, d) in keymap::hints(Mode::AskUser, &[Action::Submit, Action::CycleNext, Action::Back]) {
            let used: usize = row.iter().map(|s| s.width()).sum();
            let need = crate::tui::fit::width(&k)
                + 1
                + crate::tui::fit::width(d)
                + if row.is_empty() { 0 } else { 2 };
            if !row.is_empty() && used + need > inner_w {
                lines.push(Line::from(std::mem::take(&mut row)));
            }
            if !row.is_empty() {
                row.push(Span::raw("  "));
            }
            row.push(Span::styled(k, t.key()));
            row.push(Span::raw(format!(" {d}")));
        }
        lines.push(Line::from(row));
        let height = (lines.len() as u16).saturating_add(2).min(area.height);
        let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(Span::styled(fit(&w::who_title(), inner_w), t.title()))
            .border_style(t.border_focused());
        Paragraph::new(lines).block(block).render(popup, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_team_names_come_round_both_ways() {
        let mut a = AskUser::new(vec!["Anna".into(), "Omar".into()], false);
        a.pick(true);
        assert_eq!(a.field.text(), "Anna");
        a.pick(true);
        a.pick(true);
        assert_eq!(a.field.text(), "Anna");
        a.pick(false);
        assert_eq!(a.field.text(), "Omar");
        let mut none = AskUser::new(Vec::new(), false);
        none.pick(true);
        assert_eq!(none.field.text(), "");
    }
}
