//! Keys on the org chart and coverage views, and switching views with the selected
//! person carried along (pick someone in the people table, press 2, and the chart
//! opens on them).

use super::{App, Screen};
use crate::tui::action::Action;
use crate::tui::render;
use crate::tui::views::AccountView;
use crate::tui::views::coverage::{self, CoverageCommand};
use crate::tui::views::influence::InfluenceCommand;
use crate::tui::views::org_chart::{self, OrgCommand};
use crate::tui::views::people;

fn org_command(action: Action) -> Option<OrgCommand> {
    Some(match action {
        Action::Up => OrgCommand::Up,
        Action::Down => OrgCommand::Down,
        Action::PageUp => OrgCommand::PageUp,
        Action::PageDown => OrgCommand::PageDown,
        Action::Top => OrgCommand::Home,
        Action::Bottom => OrgCommand::End,
        Action::Left => OrgCommand::Left,
        Action::Right => OrgCommand::Right,
        Action::ToggleFold => OrgCommand::Toggle,
        Action::ExpandAll => OrgCommand::ExpandAll,
        Action::CollapseAll => OrgCommand::CollapseAll,
        _ => return None,
    })
}

fn coverage_command(action: Action) -> Option<CoverageCommand> {
    Some(match action {
        Action::Up => CoverageCommand::Up,
        Action::Down => CoverageCommand::Down,
        Action::PageUp => CoverageCommand::PageUp,
        Action::PageDown => CoverageCommand::PageDown,
        Action::Top => CoverageCommand::Home,
        Action::Bottom => CoverageCommand::End,
        Action::Left => CoverageCommand::Left,
        Action::Right => CoverageCommand::Right,
        _ => return None,
    })
}

fn influence_command(action: Action) -> Option<InfluenceCommand> {
    Some(match action {
        Action::Up => InfluenceCommand::Up,
        Action::Down => InfluenceCommand::Down,
        Action::Left => InfluenceCommand::Left,
        Action::Right => InfluenceCommand::Right,
        Action::Top => InfluenceCommand::Top,
        Action::Bottom => InfluenceCommand::Bottom,
        _ => return None,
    })
}

impl App {
    /// Carries out an action on the org chart, the coverage view or the influence map;
    /// false for the ones every account view shares (see `shared_update`).
    pub(in crate::tui) fn update_graph_view(&mut self, action: Action) -> bool {
        let body = render::body_area(self.size);
        let Screen::Account(s) = &mut self.screen else { return false };
        let a = s.session.account();
        match s.view {
            AccountView::OrgChart => {
                let Some(cmd) = org_command(action) else { return false };
                s.org.apply(a, cmd, org_chart::page_rows(body).max(1));
            }
            AccountView::Coverage => {
                let Some(cmd) = coverage_command(action) else { return false };
                let areas = coverage::layout(body, &s.coverage);
                s.coverage.apply(a, cmd, &areas);
            }
            AccountView::Influence => {
                let Some(cmd) = influence_command(action) else { return false };
                s.influence.apply(cmd);
            }
            AccountView::People | AccountView::Pull | AccountView::FollowUps => return false,
        }
        true
    }

    /// Shows a view, selecting there the person selected in the view left.
    pub(in crate::tui) fn show_view(&mut self, view: AccountView) {
        let Screen::Account(s) = &mut self.screen else { return };
        let person = s.selected_person();
        s.view = view;
        if let Some(p) = person {
            self.select_in_view(p);
        }
    }

    /// Selects a person (by position) in the view shown, revealing them there.
    pub(in crate::tui) fn select_in_view(&mut self, p: usize) {
        let (body, today) = (render::body_area(self.size), self.today);
        let Screen::Account(s) = &mut self.screen else { return };
        let (a, idx, generation) = (s.session.account(), s.session.index(), s.session.generation());
        if p >= a.people.len() {
            return;
        }
        match s.view {
            AccountView::People => {
                s.people.select_id(a, &a.people[p].id);
                let show_search = s.people.searching || !s.people.query.text().is_empty();
                s.people.scroll(people::page_rows(people::layout(body, show_search).table));
            }
            AccountView::OrgChart => {
                s.org.sync(a, idx, generation);
                s.org.reveal(a, p, org_chart::page_rows(body).max(1));
            }
            AccountView::Coverage => {
                s.coverage.sync(a, idx, generation);
                let areas = coverage::layout(body, &s.coverage);
                s.coverage.select_person(a, p, &areas);
            }
            AccountView::Influence => {
                s.influence.sync(a, idx, generation, body.width);
                s.influence.select(p);
            }
            AccountView::Pull => {
                s.pull.sync(a, idx, generation, today);
                s.pull.select_person(p);
            }
            AccountView::FollowUps => s.followups.sync(a, generation),
        }
    }
}
