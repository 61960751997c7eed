//! The detail pane: every field of the selected person, who they report to and
//! influence, who influences them, and who on our team covers them. The stance says
//! how we know it and how old it is ("Supporter · reported, 38 days ago"); status,
//! the competitor they favour, email and phone show only when the file has them.
//! Under the stance and the influence, how they moved, and at the end the last entries
//! of the history about the person (see [`super::person_history`]).

use crate::model::{Account, Basis, Date, Index, LinkKind, Person, Stance, Status};
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
    /// How the person's judgement moved, from the history (when worked out for them).
    pub judgement: Option<&'a super::person_history::Judgement>,
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

    fn none(&self, s: String) -> Vec<Span<'a>> {
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
                    format!(" ({})", crate::t!("tui-views-strength", strength = l.strength().key())),
                    self.theme.strength(l.strength()),
                ));
            }
        }
        if out.is_empty() { self.none("—".into()) } else { out }
    }

    /// How long ago a day was, from today: "today", "38 days ago", "in 3 days".
    fn ago(&self, d: Date) -> String {
        match self.today.days_since(d) {
            0 => crate::t!("tui-views-detail-today"),
            1 => crate::t!("tui-views-detail-yesterday"),
            n if n > 0 => crate::t!("tui-views-detail-days-ago", n = n),
            n => crate::t!("tui-views-detail-in-days", n = n.unsigned_abs()),
        }
    }

    /// The stance, how we know it and how old it is: "Supporter · reported, 38 days
    /// ago", or "Supporter · reported · 38d" where that does not fit in `width`. An
    /// unknown stance is only that; a guess is marked as a warning.
    fn stance(&self, p: &Person, width: usize) -> Vec<Span<'a>> {
        let t = &self.theme;
        let mut out = vec![Span::styled(p.stance.tr_str(), t.stance(p.stance))];
        if p.stance == Stance::Unknown && p.stance_basis.is_none() {
            return out;
        }
        let basis = p.basis();
        out.push(Span::styled(" · ", t.dim()));
        let basis_word = crate::t!("tui-views-basis", basis = basis.key());
        out.push(Span::styled(basis_word, if basis == Basis::Assumed { t.warning() } else { t.text() }));
        if let Some(d) = p.judged_on() {
            let long = format!(", {}", self.ago(d));
            let used: usize = out.iter().map(|s| s.width()).sum();
            let age = if used + crate::tui::fit::width(&long) <= width {
                long
            } else {
                match self.today.days_since(d) {
                    n if n < 0 => format!(" · {}", crate::t!("tui-views-detail-in-days-short", n = -n)),
                    n => format!(" · {}", crate::t!("tui-views-detail-days-short", n = n)),
                }
            };
            out.push(Span::styled(age, t.dim()));
        }
        out
    }

    /// Where they stand, with its date: "Leaving on 2027-04-01", "New since 2026-10-01".
    fn status(&self, p: &Person) -> Vec<Span<'a>> {
        let t = &self.theme;
        let status = p.status();
        let style = if status == Status::Active { t.text() } else { t.warning() };
        let text = match (status, p.status_on) {
            (Status::Active, Some(d)) => crate::t!("tui-views-detail-active-since", date = d),
            (Status::New, Some(d)) => crate::t!("tui-views-detail-new-since", date = d),
            (Status::Leaving, Some(d)) => crate::t!("tui-views-detail-leaving-on", date = d),
            (Status::Left, Some(d)) => crate::t!("tui-views-detail-left-on", date = d),
            (s, None) => s.tr_str().to_string(),
        };
        vec![Span::styled(text, style)]
    }

    /// The lines for a pane `width` columns wide inside its border.
    fn lines(&self, pos: usize, p: &'a Person, width: usize) -> Vec<Line<'a>> {
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
        let roles: Vec<&str> = p.roles.iter().map(|r| r.tr_str()).collect();
        let dots = (1..=5).map(|i| if i <= p.influence.0 { '●' } else { '○' }).collect::<String>();
        let last = match p.last_contact {
            Some(d) => vec![
                Span::raw(crate::i18n::dates::show(d)),
                Span::styled(format!(" ({})", self.ago(d)), t.dim()),
            ],
            None => self.none(crate::t!("tui-views-never")),
        };
        let mut cover = Vec::new();
        for c in &p.coverage {
            if !cover.is_empty() {
                cover.push(Span::raw(", "));
            }
            let name = self.account.member(&c.member).map_or(c.member.as_str(), |m| m.name.as_str());
            cover.push(Span::raw(inert(name).into_owned()));
            let strength = crate::t!("tui-views-strength", strength = c.strength.key());
            cover.push(Span::styled(format!(" ({strength})"), t.strength(c.strength)));
        }
        if cover.is_empty() {
            cover = vec![Span::styled(crate::t!("tui-views-detail-nobody-covers"), t.warning())];
        }
        let mut lines = vec![
            Line::from(if heading.is_empty() {
                self.none(crate::t!("tui-views-detail-no-title"))
            } else {
                heading
            }),
            Line::default(),
            self.field(
                &crate::t!("tui-views-field-roles"),
                if roles.is_empty() {
                    self.none(crate::t!("tui-views-detail-no-roles"))
                } else {
                    self.plain(&roles.join(", "))
                },
            ),
            self.field(&crate::t!("tui-views-field-stance"), self.stance(p, width.saturating_sub(LABEL))),
        ];
        let moved = |t: &Option<super::person_history::Trend>| {
            let room = width.saturating_sub(LABEL);
            t.as_ref().map(|t| self.field("", super::person_history::trend_spans(t, &self.theme, room)))
        };
        lines.extend(self.judgement.and_then(|j| moved(&j.stance)));
        if p.status.is_some() || p.status_on.is_some() {
            lines.push(self.field(&crate::t!("tui-views-field-status"), self.status(p)));
        }
        if let Some(f) = p.favours.as_deref().filter(|f| !f.trim().is_empty()) {
            lines.push(self.field(
                &crate::t!("tui-views-field-favours"),
                vec![Span::styled(inert(f).into_owned(), t.warning())],
            ));
        }
        lines.extend([self.field(
            &crate::t!("tui-views-field-influence"),
            vec![Span::raw(format!("{dots} {}/5", p.influence.0))],
        )]);
        lines.extend(self.judgement.and_then(|j| moved(&j.influence)));
        lines.push(self.field(&crate::t!("tui-views-field-last-contact"), last));
        for (label, value) in
            [(crate::t!("tui-views-field-email"), &p.email), (crate::t!("tui-views-field-phone"), &p.phone)]
        {
            if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                lines.push(self.field(&label, self.plain(v)));
            }
        }
        lines.extend([
            self.field(&crate::t!("tui-views-field-covered-by"), cover),
            self.field(&crate::t!("tui-views-field-reports-to"), self.linked(pos, LinkKind::ReportsTo, true)),
            self.field(
                &crate::t!("tui-views-field-direct-reports"),
                self.linked(pos, LinkKind::ReportsTo, false),
            ),
            self.field(
                &crate::t!("tui-views-field-influences"),
                self.linked(pos, LinkKind::Influences, true),
            ),
            self.field(
                &crate::t!("tui-views-field-influenced-by"),
                self.linked(pos, LinkKind::Influences, false),
            ),
        ]);
        if let Some(notes) = p.notes.as_deref().filter(|n| !n.trim().is_empty()) {
            lines.push(Line::default());
            lines.push(Line::from(Span::raw(inert(notes).into_owned())));
        }
        if let Some(j) = self.judgement {
            lines.extend(super::person_history::entry_lines(j, &self.theme));
        }
        lines
    }
}

impl Widget for &PersonDetail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let border = if self.focused { self.theme.border_focused() } else { self.theme.border() };
        let title = self.person.map_or_else(
            || crate::t!("tui-views-detail-title"),
            |(_, p)| fit(&p.name, area.width.saturating_sub(2) as usize),
        );
        let block = Block::bordered().title(Span::styled(title, self.theme.title())).border_style(border);
        let Some((pos, p)) = self.person else {
            Paragraph::new(Span::styled(crate::t!("tui-views-detail-nobody-selected"), self.theme.dim()))
                .block(block)
                .render(area, buf);
            return;
        };
        Paragraph::new(self.lines(pos, p, area.width.saturating_sub(2) as usize))
            .block(block)
            .style(Style::new())
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(area, buf);
    }
}
