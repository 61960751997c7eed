//! The help overlay, generated from the keymap: every binding under its group, keys
//! that do the same thing on one line, then the legend of role badges.

use crate::model::Role;
use crate::tui::action::Action;
use crate::tui::fit::fit;
use crate::tui::keymap::{self, Binding, Mode};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// The help, ready to draw.
pub struct HelpWidget {
    /// Lines scrolled.
    pub scroll: u16,
    /// Styles.
    pub theme: Theme,
    /// The pull model's weights and thresholds for the open account (from
    /// `PullConfig::describe`), shown when the help is opened on the Pull view.
    pub model: Vec<String>,
}

/// The most lines the pull model's section adds (for the scroll bound).
pub const MODEL_LINES: usize = 40;

const KEYS: usize = 18;

/// The help text as (group heading or key list, description) rows; a heading has an
/// empty description. Public so tests can check that every binding is listed.
pub fn entries() -> Vec<(String, &'static str)> {
    let mut groups: Vec<&str> = Vec::new();
    for b in keymap::bindings() {
        if !groups.contains(&b.group) {
            groups.push(b.group);
        }
    }
    let mut out = Vec::new();
    for g in groups {
        out.push((g.to_string(), ""));
        let mut seen: Vec<(&str, Vec<String>)> = Vec::new();
        for b in keymap::bindings().iter().filter(|b: &&Binding| b.group == g) {
            let key = keymap::key_label(b.key);
            match seen.iter_mut().find(|(d, _)| *d == b.desc) {
                Some((_, keys)) if !keys.contains(&key) => keys.push(key),
                Some(_) => {}
                None => seen.push((b.desc, vec![key])),
            }
        }
        out.extend(seen.into_iter().map(|(d, keys)| (keys.join(" "), d)));
    }
    out
}

/// The first two keys that close the help ("Esc or ?"), from the keys in force.
fn close_keys() -> String {
    let mut keys: Vec<String> = Vec::new();
    let closing =
        keymap::bindings().iter().filter(|b| b.modes.contains(&Mode::Help) && b.action == Action::Back);
    for b in closing {
        let k = keymap::key_label(b.key);
        if !keys.contains(&k) && keys.len() < 2 {
            keys.push(k);
        }
    }
    match keys.as_slice() {
        [first, second, ..] => crate::t!("tui-keys-help-close-keys", first = first, second = second),
        _ => keys.concat(),
    }
}

/// What the mouse and a paste do: not keys, so not in the key table, but a new user
/// should find them here. Each is (what the hand does, what happens), as message ids.
const MOUSE_LINES: [(&str, &str); 5] = [
    ("tui-keys-mouse-click", "tui-keys-mouse-click-does"),
    ("tui-keys-mouse-click-again", "tui-keys-mouse-click-again-does"),
    ("tui-keys-mouse-wheel", "tui-keys-mouse-wheel-does"),
    ("tui-keys-mouse-shift-drag", "tui-keys-mouse-shift-drag-does"),
    ("tui-keys-mouse-paste", "tui-keys-mouse-paste-does"),
];

/// A role's name in the legend of badges.
fn role_name(r: Role) -> String {
    match r {
        Role::User => crate::t!("tui-keys-role-user"),
        Role::Influencer => crate::t!("tui-keys-role-influencer"),
        Role::Decider => crate::t!("tui-keys-role-decider"),
        Role::Payer => crate::t!("tui-keys-role-payer"),
        Role::Buyer => crate::t!("tui-keys-role-buyer"),
        Role::Gatekeeper => crate::t!("tui-keys-role-gatekeeper"),
        Role::Initiator => crate::t!("tui-keys-role-initiator"),
    }
}

impl HelpWidget {
    /// How many lines the help has (to bound scrolling).
    pub fn line_count() -> usize {
        HelpWidget { scroll: 0, theme: Theme::with_color(false), model: Vec::new() }.lines().len()
            + MODEL_LINES
    }

    /// How many lines this help has (with its pull model section, if any).
    pub fn height(&self) -> usize {
        self.lines().len()
    }

    fn lines(&self) -> Vec<Line<'static>> {
        let t = &self.theme;
        let mut lines = Vec::new();
        for (keys, desc) in entries() {
            if desc.is_empty() {
                if !lines.is_empty() {
                    lines.push(Line::default());
                }
                lines.push(Line::styled(keys, t.title()));
            } else {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {:<KEYS$}", fit(&keys, KEYS)), t.key()),
                    Span::raw(desc),
                ]));
            }
        }
        lines.push(Line::default());
        lines.push(Line::styled(crate::t!("tui-keys-help-role-badges"), t.title()));
        for r in Role::ALL {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<KEYS$}", r.badge()), t.badge()),
                Span::raw(role_name(*r)),
            ]));
        }
        lines.push(Line::default());
        lines.push(Line::styled(crate::t!("tui-keys-help-mouse"), t.title()));
        lines.extend(MOUSE_LINES.iter().map(|(what, does)| {
            let what = crate::i18n::tr(what);
            Line::from(vec![
                Span::styled(format!("  {what:<KEYS$}"), t.key()),
                Span::raw(crate::i18n::tr(does)),
            ])
        }));
        lines.push(Line::default());
        lines.push(Line::styled(crate::settings::words::help_heading(), t.title()));
        let changed = crate::tui::keymap_overrides::changed_actions();
        lines.extend(
            crate::settings::words::help_lines(changed).into_iter().map(|l| Line::raw(format!("  {l}"))),
        );
        if !self.model.is_empty() {
            lines.push(Line::default());
            lines.push(Line::styled(crate::t!("tui-keys-help-pull-model"), t.title()));
            lines.extend(self.model.iter().map(|m| Line::raw(format!("  {m}"))));
        }
        lines
    }
}

impl Widget for &HelpWidget {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let popup = area.centered(Constraint::Max(64), Constraint::Percentage(100));
        Clear.render(popup, buf);
        let w = popup.width.saturating_sub(2) as usize;
        let block = Block::bordered()
            .title(Span::styled(fit(&crate::t!("tui-keys-help-title"), w), self.theme.title()))
            .title_bottom(Span::styled(
                fit(&crate::t!("tui-keys-help-bottom", close = close_keys()), w),
                self.theme.dim(),
            ))
            .border_style(self.theme.border_focused());
        Paragraph::new(self.lines()).block(block).scroll((self.scroll, 0)).render(popup, buf);
    }
}
