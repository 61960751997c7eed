//! Drawing the whole screen from the app state (never changing it).
//!
//! ```text
//! ┌──────────────────────────────────────────────────────────┐
//! │ Volga Pipe Works · Key · 14 people      1 People         │ header
//! │ (the screen: account list, or the view of the account)   │ body
//! │ Saved · Added Пётр Иванов                                │ status
//! │ a add  e edit  d delete  / search  u undo  ? help        │ hints
//! └──────────────────────────────────────────────────────────┘
//! ```
//! Modals draw over the body. Below [`MIN_WIDTH`] x [`MIN_HEIGHT`] the screen says
//! "terminal too small" instead.

use super::action::Action;
use super::app::{AccountScreen, App, Level, Screen};
use super::fit::{self, fit};
use super::keymap::{self, Mode};
use super::views::AccountView;
use super::views::agenda::AgendaWidget;
use super::views::conflicts::ConflictsWidget;
use super::views::portfolio::PortfolioWidget;
use super::views::team::OurTeamWidget;
use super::views::trash::TrashWidget;
use super::widgets::dialog::{DialogWidget, Modal};
use super::widgets::form::FormWidget;
use super::widgets::help::HelpWidget;
use super::widgets::notice::NoticeWidget;
use super::widgets::record_form::RecordFormWidget;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The narrowest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 40;
/// The shortest terminal the screens are laid out for.
pub const MIN_HEIGHT: u16 = 10;

fn areas(size: Rect) -> [Rect; 3] {
    size.layout(&Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(2)]))
}

/// The part of the screen a screen's view gets (between header and status bar).
pub fn body_area(size: Rect) -> Rect {
    areas(size)[1]
}

/// The actions hinted in each mode, most useful first (the line keeps what fits).
fn hint_actions(mode: Mode) -> &'static [Action] {
    use Action::*;
    match mode {
        Mode::AccountList => {
            &[Open, Sync, ShowAgenda, ShowTeam, SortNext, Add, Rename, Delete, ShowTrash, Help, Quit]
        }
        Mode::People => &[
            Add,
            Edit,
            Delete,
            Search,
            Undo,
            Help,
            ClearLens,
            EditLinks,
            EditCoverage,
            EditTeam,
            SortNext,
            Redo,
            SwitchPane,
            Back,
        ],
        Mode::OrgChart => &[
            Left,
            Right,
            Add,
            Edit,
            Delete,
            ToggleFold,
            ExpandAll,
            CollapseAll,
            Undo,
            Help,
            Back,
            EditLinks,
            EditCoverage,
            EditTeam,
        ],
        Mode::Coverage => {
            &[Left, Right, Add, Edit, Delete, Undo, Help, Back, EditLinks, EditCoverage, EditTeam]
        }
        Mode::Influence => {
            &[Up, Down, Left, Right, Add, Edit, Delete, Undo, Help, Back, EditLinks, EditCoverage, EditTeam]
        }
        Mode::Search => &[Submit, Back, Down],
        Mode::Form => &[Submit, Back, NextField, PrevField],
        Mode::FormChoice => &[CycleNext, CyclePrev, Submit, Back, NextField, Insert(' ')],
        Mode::FormRoles => &[Submit, Back, NextField],
        Mode::Confirm => &[Yes, Back],
        Mode::Conflict => &[Reload, SaveCopy, Back],
        Mode::Recovery => &[Restore, Discard, Back],
        Mode::Unsaved => &[WriteElsewhere, LoseEdits, Back],
        Mode::Help => &[Back, Down, PageDown, Bottom],
        Mode::Pull => &[
            NextStage,
            SwitchPane,
            WhatIf,
            ClearLens,
            Add,
            Edit,
            Delete,
            ToggleModel,
            Help,
            PrevStage,
            Undo,
            Back,
        ],
        Mode::WhatIf => {
            &[TakeStep, RaiseStance, LowerStance, CycleCoverage, Submit, Back, NextMember, NextStage]
        }
        Mode::FollowUps => &[Add, Edit, MarkDone, Delete, SwitchPane, Undo, Help, Back],
        Mode::Agenda => &[Open, MarkDone, NextOwner, Undo, ShowTeam, Back, Help],
        Mode::OurTeam => &[Open, ShowAgenda, Back, Help],
        Mode::Trash => &[Restore, Down, Back, Help, Quit],
        Mode::FormPick => &[CycleNext, Submit, Back, NextField, Insert(' ')],
        Mode::FormFindable => &[CycleNext, Submit, Back, NextField, Insert(' ')],
        Mode::FormFind => &[Submit, Back, NextField, CycleNext, CyclePrev],
        Mode::DiscardChanges => &[Yes, Back],
        Mode::TeamEditor => &[Add, Edit, Delete, Undo, Back],
        Mode::MemberFunction => &[CycleNext, CyclePrev, Submit, Back, NextField, Insert(' ')],
        Mode::CoverageEdit => &[CycleNext, CyclePrev, Submit, Back, Down, Insert(' ')],
        Mode::Links => &[AddInfluence, AddReportsTo, CycleNext, Delete, Undo, Back],
        Mode::Picker => &[Submit, Back, Down],
        Mode::Changes => &[Open, ChangesSince, Down, Undo, Help, Back],
        Mode::Deals => &[Add, Edit, Delete, DealLens, ClearLens, Undo, Help, Back],
        Mode::Plan => &[Add, Edit, MarkDone, Delete, Undo, Help, Back],
        Mode::Grid => &[Add, Edit, Delete, ChangesSince, Left, Right, Undo, Help, Back],
        Mode::AskUser => &[Submit, CycleNext, Back],
        Mode::MergeConflicts => &[KeepOurs, KeepTheirs, Undo, Back, Down, Up],
        Mode::Notice => &[Back, Down],
        Mode::ImportPath => &[Submit, CompletePath, Back],
        Mode::ImportProgress => &[Back],
        Mode::ImportPreview => &[Submit, ToggleRows, EditMapping, SaveProfile, NextProfile, Back, Down, Help],
        Mode::ImportMapping => &[CycleNext, CyclePrev, Open, Back, Down],
    }
}

/// `key what` pairs for the hints line; on the roles field, one pair for all seven, and
/// one for adding, editing and deleting a person. `hidden` leaves actions out (the
/// edits, while the account is read-only).
fn hint_pairs(mode: Mode, hidden: impl Fn(Action) -> bool) -> Vec<(String, String)> {
    let actions: Vec<Action> = hint_actions(mode).iter().copied().filter(|a| !hidden(*a)).collect();
    let mut pairs = keymap::status_hints(mode, &actions);
    if mode == Mode::FormRoles {
        let keys: Vec<String> = crate::model::Role::ALL
            .iter()
            .filter_map(|r| keymap::key_for(mode, Action::ToggleRole(*r)).map(keymap::key_label))
            .collect();
        pairs.insert(0, (keys.join(" "), crate::t!("tui-views-hint-toggle-roles")));
    }
    pairs
}

fn message_style(t: &super::theme::Theme, level: Level) -> ratatui::style::Style {
    match level {
        Level::Info => t.text(),
        Level::Warning => t.warning(),
        Level::Error => t.error(),
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let lines = vec![
        Line::from(fit(&crate::t!("tui-views-too-small"), w)).centered(),
        Line::from(fit(
            &crate::t!("tui-views-too-small-need", size = format!("{MIN_WIDTH}x{MIN_HEIGHT}")),
            w,
        ))
        .centered(),
    ];
    let h = (lines.len() as u16).min(area.height);
    let middle = area.centered_vertically(Constraint::Length(h));
    Paragraph::new(lines).render(middle, buf);
}

/// The open account's name, tier and size, as the header shows it, and the deal the
/// views look through, if any.
fn account_title(s: &AccountScreen) -> String {
    let a = s.session.account();
    let n = a.people.len();
    let title = crate::t!("tui-views-account-header", name = &a.name, tier = a.tier.tr_str(), n = n);
    match s.session.lens() {
        Some(d) => {
            format!(" {}", crate::t!("deals-header-lens", title = title, deal = crate::text::inert(&d.name)))
        }
        None => format!(" {title}"),
    }
}

/// The header's title when the full one does not fit beside the tabs while a lens is
/// on: the account's name and the deal, so the deal is never the part cut off.
fn account_title_short(s: &AccountScreen) -> Option<String> {
    let d = s.session.lens()?;
    let name = &s.session.account().name;
    Some(format!(" {}", crate::t!("deals-header-lens", title = name, deal = crate::text::inert(&d.name))))
}

/// The view tabs of the header, left to right, for a header `w` columns wide beside
/// `title`: every view's title when there is room beside the account's name;
/// otherwise only the current one, the others by their number key.
fn tabs(current: AccountView, title: &str, w: usize) -> Vec<(AccountView, String)> {
    let tabs_for = |compact: bool| -> Vec<(AccountView, String)> {
        AccountView::ALL
            .iter()
            .map(|&v| {
                let text = if compact && v != current {
                    format!(" {} ", v.key())
                } else {
                    format!(" {} {} ", v.key(), v.label())
                };
                (v, text)
            })
            .collect()
    };
    let width_of = |tabs: &[(AccountView, String)]| tabs.iter().map(|(_, t)| fit::width(t)).sum::<usize>();
    let tabs = tabs_for(false);
    if width_of(&tabs) + fit::width(title) > w { tabs_for(true) } else { tabs }
}

/// The view whose tab is at column `x` of the header row (a click there shows it).
pub(super) fn tab_at(s: &AccountScreen, size: Rect, x: u16) -> Option<AccountView> {
    let tabs = tabs(s.view, &account_title(s), size.width as usize);
    let tabs_w: u16 = tabs.iter().map(|(_, t)| fit::width(t) as u16).sum();
    let mut left = size.x + size.width.saturating_sub(tabs_w);
    for (v, text) in tabs {
        let right = left + fit::width(&text) as u16;
        if (left..right).contains(&x) {
            return Some(v);
        }
        left = right;
    }
    None
}

impl App {
    fn header(&self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let w = area.width as usize;
        match &self.screen {
            Screen::Accounts => {
                Line::styled(fit(&format!(" {}", crate::t!("tui-views-header-portfolio")), w), t.title())
                    .render(area, buf);
                // When this machine last synced, on the right (shared folders only).
                if let Some(at) = self.last_sync_words() {
                    Line::styled(fit(&at, w.saturating_sub(18)), t.dim()).right_aligned().render(area, buf);
                }
            }
            Screen::Agenda(_) => {
                Line::styled(fit(&format!(" {}", crate::t!("tui-views-header-agenda")), w), t.title())
                    .render(area, buf)
            }
            Screen::OurTeam(_) => {
                Line::styled(fit(&format!(" {}", crate::t!("tui-views-header-team")), w), t.title())
                    .render(area, buf)
            }
            Screen::Trash(_) => {
                Line::styled(fit(&format!(" {}", crate::t!("tui-views-header-trash")), w), t.title())
                    .render(area, buf)
            }
            Screen::Account(s) => {
                let title = account_title(s);
                let tabs = tabs(s.view, &title, w);
                let tabs_w: usize = tabs.iter().map(|(_, text)| fit::width(text)).sum();
                let [left, right] = area
                    .layout(&Layout::horizontal([Constraint::Fill(1), Constraint::Length(tabs_w as u16)]));
                let title = match account_title_short(s) {
                    Some(short) if fit::width(&title) > left.width as usize => short,
                    _ => title,
                };
                Line::styled(fit(&title, left.width as usize), t.title()).render(left, buf);
                let spans: Vec<Span> = tabs
                    .into_iter()
                    .map(|(v, text)| Span::styled(text, if v == s.view { t.selected() } else { t.dim() }))
                    .collect();
                Line::from(spans).render(right, buf);
            }
        }
    }

    fn status(&self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let [state_row, hint_row] =
            area.layout(&Layout::vertical([Constraint::Length(1), Constraint::Length(1)]));
        let mut spans = Vec::new();
        if let Some((text, style)) = self.save_state() {
            spans.push(Span::styled(text, style));
        }
        if let Some(text) = self.sync_progress() {
            spans.push(Span::styled(format!(" {text} "), t.key()));
        }
        if let Some(m) = &self.message {
            let state_w: usize = spans.iter().map(|s| s.width()).sum();
            let text = crate::text::inert(&m.text).into_owned();
            // A message too long for the row is drawn whole above it (see
            // `long_message`); the row keeps the save state.
            if state_w + 2 + fit::width(&text) <= state_row.width as usize {
                if !spans.is_empty() {
                    spans.push(Span::styled("│ ", t.dim()));
                }
                spans.push(Span::styled(text, message_style(t, m.level)));
            }
        }
        Line::from(spans).render(state_row, buf);
        // Whole hints only: a hint cut in half reads as a different key.
        let mut hints = Vec::new();
        let mut used = 0;
        for (k, d) in hint_pairs(self.mode(), |a| self.hint_hidden(a)) {
            let w = fit::width(&k) + fit::width(&d) + 3;
            if used + w > hint_row.width as usize + 2 {
                break;
            }
            used += w;
            hints.push(Span::styled(k, t.key()));
            hints.push(Span::styled(format!(" {d}  "), t.dim()));
        }
        Line::from(hints).render(hint_row, buf);
    }

    fn account_body(&self, s: &AccountScreen, area: Rect, buf: &mut Buffer) {
        // Conflicts from a merge: a banner row over the view, which gets the rest.
        if let Some(banner) = self.conflicts_banner() {
            let row = Rect { height: 1, ..area };
            Line::styled(fit(&banner, area.width as usize), self.theme.warning()).render(row, buf);
        }
        let area = self.body();
        let cx = super::app::view_context(&s.session, self.today, self.theme, area);
        s.view_state().render(&cx, area, buf);
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return too_small(area, buf);
        }
        let [header, body, status] = areas(area);
        self.header(header, buf);
        match &self.screen {
            Screen::Accounts => {
                let root = self.library().root().display().to_string();
                (&PortfolioWidget { view: &self.accounts, theme: self.theme, root }).render(body, buf)
            }
            Screen::Agenda(v) => (&AgendaWidget {
                view: v,
                entries: self.accounts.agenda(),
                theme: self.theme,
                today: self.today,
            })
                .render(body, buf),
            Screen::OurTeam(v) => (&OurTeamWidget {
                view: v,
                rows: self.accounts.team(),
                accounts: self.accounts.loaded().len(),
                theme: self.theme,
            })
                .render(body, buf),
            Screen::Trash(v) => (&TrashWidget { view: v, theme: self.theme }).render(body, buf),
            Screen::Account(s) => self.account_body(s, body, buf),
        }
        if let Some(import) = self.importing() {
            (&super::importing::draw::ImportWidget { import, theme: self.theme }).render(body, buf);
        }
        self.status(status, buf);
        let long = self.long_message(body, status);
        match &self.modal {
            None => {}
            Some(Modal::Help(scroll)) => {
                (&HelpWidget { scroll: *scroll, theme: self.theme, model: self.help_model() })
                    .render(body, buf)
            }
            Some(Modal::Person(form)) => (&FormWidget { form, theme: self.theme }).render(body, buf),
            Some(Modal::Relations(editor)) => self.render_relations(editor, body, buf),
            Some(Modal::Record(form)) => (&RecordFormWidget { form, theme: self.theme }).render(body, buf),
            Some(Modal::MergeConflicts(view)) => {
                if let Some(s) = self.open_account() {
                    let account = s.session.account();
                    (&ConflictsWidget { view, account, theme: self.theme }).render(body, buf)
                }
            }
            Some(Modal::Notice(notice)) => (&NoticeWidget { notice, theme: self.theme }).render(body, buf),
            Some(m) => (&DialogWidget { modal: m, theme: self.theme }).render(body, buf),
        }
        if let Some(ask) = &self.who {
            (&super::ask_user::AskUserWidget { ask, theme: self.theme }).render(body, buf);
        }
        if let Some((area, lines)) = long {
            ratatui::widgets::Clear.render(area, buf);
            Paragraph::new(lines).render(area, buf);
        }
    }
}

impl App {
    /// The open account's save state as the status row shows it.
    fn save_state(&self) -> Option<(String, ratatui::style::Style)> {
        let s = self.open_account()?;
        let t = &self.theme;
        Some(match (s.session.read_only(), s.session.save_error()) {
            (Some(_), _) if s.lock_free => {
                let key = keymap::key_for(Mode::People, Action::ReopenForEditing)
                    .map_or_else(|| "R".into(), keymap::key_label);
                (format!(" {} ", crate::t!("tui-views-status-reopen", key = key)), t.warning())
            }
            (Some(why), _) => (format!(" {why} "), t.warning()),
            (None, Some(e)) => {
                (format!(" {} ", crate::t!("tui-views-status-unsaved", error = e.to_string())), t.error())
            }
            (None, None) => (format!(" {} ", crate::t!("tui-views-status-saved")), t.ok()),
        })
    }

    /// A message too long for the status row: its lines and the rows just above the
    /// status bar where it is drawn whole (at most a third of the body), until the next
    /// key, like every message.
    fn long_message(&self, body: Rect, status: Rect) -> Option<(Rect, Vec<Line<'static>>)> {
        let m = self.message.as_ref()?;
        let text = crate::text::inert(&m.text).into_owned();
        let state = self.save_state().map_or(0, |(text, _)| fit::width(&text))
            + self.sync_progress().map_or(0, |text| fit::width(&text) + 2);
        if state + 2 + fit::width(&text) <= status.width as usize {
            return None;
        }
        let width = body.width.saturating_sub(2).max(1) as usize;
        let room = (body.height / 3).max(1) as usize;
        let mut wrapped = super::widgets::grid::wrap(&text, width);
        if wrapped.len() > room {
            wrapped.truncate(room);
            if let Some(last) = wrapped.last_mut() {
                *last = fit(&format!("{last} …"), width);
            }
        }
        let style = message_style(&self.theme, m.level);
        let lines: Vec<Line<'static>> =
            wrapped.into_iter().map(|l| Line::styled(format!(" {l}"), style)).collect();
        let h = lines.len() as u16;
        let area = Rect { y: body.bottom().saturating_sub(h), height: h.min(body.height), ..body };
        Some((area, lines))
    }
}
