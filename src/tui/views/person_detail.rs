//! The detail pane: every field of the selected person, who they report to and
//! influence, who influences them, and who on our team covers them.

use crate::model::{Account, Date, Index, LinkKind, Person};
use crate::text::inert;
use crate::tui::fit::fit;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// The selected person's details, ready to draw.
pub struct PersonDetail<'a> {
    /// The person and their position in `account.people`, if anyone is selected.
    pub person: Option<(usize, &'a Person)>,
    /// The account, for names behind ids.
    pub account: &'a Account,
    /// Links in and out by position.
    pub index: &'a Index,
    /// Styles.
    pub theme: Theme,
    /// The day ages count to.
    pub today: Date,
    /// Whether the pane has the keyboard.
    pub focused: bool,
    /// Lines scrolled.
    pub scroll: u16,
}

const LABEL: usize = 15;

impl<'a> PersonDetail<'a> {
    fn field(&self, label: &str, value: Vec<Span<'a>>) -> Line<'a> {
        let mut spans = vec![Span::styled(format!("{label:<LABEL$}"), self.theme.dim())];
        spans.extend(value);
        Line::from(spans)
    }

    fn plain(&self, s: &str) -> Vec<Span<'a>> {
        vec![Span::raw(inert(s).into_owned())]
    }

    fn none(&self, s: &'static str) -> Vec<Span<'a>> {
        vec![Span::styled(s, self.theme.dim())]
    }

    /// Names at the other end of the person's links of one kind, in or out.
    fn linked(&self, pos: usize, kind: LinkKind, outgoing: bool) -> Vec<Span<'a>> {
        let links = if outgoing { self.index.out_links(pos) } else { self.index.in_links(pos) };
        let mut out = Vec::new();
        for &li in links {
            let l = &self.account.links[li];
            if l.kind != kind {
                continue;
            }
            let other = if outgoing { &l.to } else { &l.from };
            let name =
                self.index.person(other).map_or(other.as_str(), |i| self.account.people[i].name.as_str());
            if !out.is_empty() {
                out.push(Span::raw(", "));
            }
            out.push(Span::raw(inert(name).into_owned()));
            if kind == LinkKind::Influences {
                out.push(Span::styled(
                    format!(" ({})", l.strength().key()),
                    self.theme.strength(l.strength()),
                ));
            }
        }
        if out.is_empty() { self.none("—") } else { out }
    }

    fn lines(&self, pos: usize, p: &'a Person) -> Vec<Line<'a>> {
        let t = &self.theme;
        let mut heading: Vec<Span> = Vec::new();
        for part in
            [p.title.as_deref(), p.department.as_deref()].into_iter().flatten().filter(|s| !s.is_empty())
        {
            if !heading.is_empty() {
                heading.push(Span::styled(" · ", t.dim()));
            }
            heading.push(Span::raw(inert(part).into_owned()));
        }
        let roles: Vec<&str> = p.roles.iter().map(|r| r.label()).collect();
        let dots = (1..=5).map(|i| if i <= p.influence.0 { '●' } else { '○' }).collect::<String>();
        let last = match p.last_contact {
            Some(d) => {
                let days = self.today.days_since(d);
                let ago = match days {
                    0 => " (today)".to_string(),
                    1 => " (yesterday)".to_string(),
                    n if n > 0 => format!(" ({n} days ago)"),
                    n => format!(" (in {})", crate::plural::count(n.unsigned_abs() as usize, "day", "days")),
                };
                vec![Span::raw(d.to_string()), Span::styled(ago, t.dim())]
            }
            None => self.none("never"),
        };
        let mut cover = Vec::new();
        for c in &p.coverage {
            if !cover.is_empty() {
                cover.push(Span::raw(", "));
            }
            let name = self.account.member(&c.member).map_or(c.member.as_str(), |m| m.name.as_str());
            cover.push(Span::raw(inert(name).into_owned()));
            cover.push(Span::styled(format!(" ({})", c.strength.key()), t.strength(c.strength)));
        }
        if cover.is_empty() {
            cover = vec![Span::styled("nobody on our team", t.warning())];
        }
        let mut lines = vec![
            Line::from(if heading.is_empty() { self.none("no title or department") } else { heading }),
            Line::default(),
            self.field(
                "Roles",
                if roles.is_empty() { self.none("none") } else { self.plain(&roles.join(", ")) },
            ),
            self.field("Stance", vec![Span::styled(p.stance.label(), t.stance(p.stance))]),
            self.field("Influence", vec![Span::raw(format!("{dots} {}/5", p.influence.0))]),
            self.field("Last contact", last),
            self.field("Covered by", cover),
            self.field("Reports to", self.linked(pos, LinkKind::ReportsTo, true)),
            self.field("Direct reports", self.linked(pos, LinkKind::ReportsTo, false)),
            self.field("Influences", self.linked(pos, LinkKind::Influences, true)),
            self.field("Influenced by", self.linked(pos, LinkKind::Influences, false)),
        ];
        if let Some(notes) = p.notes.as_deref().filter(|n| !n.trim().is_empty()) {
            lines.push(Line::default());
            lines.push(Line::from(Span::raw(inert(notes).into_owned())));
        }
        lines
    }
}

impl Widget for &PersonDetail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let border = if self.focused { self.theme.border_focused() } else { self.theme.border() };
        let title = self
            .person
            .map_or("Details".to_string(), |(_, p)| fit(&p.name, area.width.saturating_sub(2) as usize));
        let block = Block::bordered().title(Span::styled(title, self.theme.title())).border_style(border);
        let Some((pos, p)) = self.person else {
            Paragraph::new(Span::styled("Nobody selected", self.theme.dim())).block(block).render(area, buf);
            return;
        };
        Paragraph::new(self.lines(pos, p))
            .block(block)
            .style(Style::new())
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(area, buf);
    }
}
