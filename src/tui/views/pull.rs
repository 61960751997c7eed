//! The Pull view's state: the analysis of the open account (cached by the session's
//! edit generation, so it is computed once per edit, never per frame), the stage the
//! rep has stepped to, the selected card, flag and next best contact, and the what-if
//! scenario when one is open.
//!
//! ```text
//!  Pull score 24/100        ◀ 2/5 Influencers ▶
//!  Пётр Иванов (champion) and Анна Попова (supporter) carry the case towards…
//! ┌Users──────┐┏▶Influencers┓┌Deciders──┐┌Payers────┐┌Others──┐
//! │   Maria G…│┃▶1›Пётр Ива…┃│ 2›佐藤 健 ││ 3›Дмитри…││  Натал…│
//! └───────────┘┗━━━━━━━━━━━━┛└──────────┘└──────────┘└────────┘
//!  To payer: Пётр Иванов → 佐藤 健 → Дмитрий Волков  0.240
//! ┌Red flags (4)──────┐┌Next best (2)──────┐┌Push route──┐
//! └───────────────────┘└───────────────────┘└────────────┘
//! ```

use super::account_view::ViewContext;
use super::pull_whatif::Scenario;
use crate::analysis::{Analysis, PullConfig, Stage, analyze, analyze_deal, stage_of};
use crate::model::{Account, Date};
use crate::tui::keymap::Mode;

/// Which part of the Pull view Up and Down move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    /// The cards of the current stage's column.
    #[default]
    Stages,
    /// The red flags.
    Flags,
    /// The next best contacts.
    NextBest,
}

impl Focus {
    /// The next focus in Tab order.
    pub fn next(self) -> Focus {
        match self {
            Focus::Stages => Focus::Flags,
            Focus::Flags => Focus::NextBest,
            Focus::NextBest => Focus::Stages,
        }
    }
}

/// The analysis of one version of the account, with the columns derived from it.
#[derive(Debug, Clone)]
pub struct Computed {
    /// The views' generation this was computed for (see [`ViewContext::generation`]).
    pub generation: u64,
    /// The deal it was analysed through, by id (the lens), if any.
    pub deal: Option<String>,
    /// The analysis.
    pub analysis: Analysis,
    /// The model's settings (the account's override applied).
    pub config: PullConfig,
    /// Why the account's `pull_model` override was ignored, if it was.
    pub config_error: Option<String>,
    /// Positions of the people in each column, in [`Stage::ALL`] order: people on a
    /// pull path first (by step), then by stance (champions first), then by influence.
    pub columns: [Vec<usize>; 5],
    /// The steps of the people on the paths: a big account has hundreds of payers, so
    /// this is worked out once per analysis, not per frame.
    pub steps: PathSteps,
    /// The day the judgements were aged by (what the cards' sureness says).
    pub today: Date,
}

/// The state of the Pull view.
#[derive(Debug, Clone, Default)]
pub struct PullView {
    computed: Option<Computed>,
    /// Index into [`Stage::ALL`] of the stage stepped to.
    pub stage: usize,
    /// The selected card's row in each column.
    pub card: [usize; 5],
    /// Which panel Up and Down move in.
    pub focus: Focus,
    /// The selected red flag.
    pub flag: usize,
    /// The selected next best contact.
    pub next: usize,
    /// Lines scrolled in the model-weights panel, when it is open.
    pub model: Option<u16>,
    /// The what-if scenario, when one is open.
    pub scenario: Option<Scenario>,
}

impl PullView {
    /// Recomputes the analysis when the account changed since the last call (by its
    /// generation, which the deal lens moves too), keeping the selected people
    /// selected. A scenario opened on an older version of the account is dropped: it no
    /// longer describes what would change.
    pub fn sync(&mut self, cx: &ViewContext) {
        let (account, generation, today) = (cx.account, cx.generation, cx.today);
        if self.computed.as_ref().is_some_and(|c| c.generation == generation) {
            return;
        }
        let keep: Vec<Option<String>> = (0..5)
            .map(|s| self.person_at(s).and_then(|i| account.people.get(i)).map(|p| p.id.clone()))
            .collect();
        let (config, config_error) = match PullConfig::for_account(account) {
            Ok(c) => (c, None),
            Err(e) => (PullConfig::default(), Some(e)),
        };
        let analysis = match cx.deal {
            // Through the lens deal: its roles, and the rules of the deal itself.
            Some(deal) => analyze_deal(cx.base, Some(deal), &config, today),
            None => analyze(account, cx.index, &config, today),
        };
        let steps = path_steps(&analysis);
        let columns = columns(account, &steps);
        for (s, id) in keep.into_iter().enumerate() {
            let found = id.and_then(|id| columns[s].iter().position(|&i| account.people[i].id == id));
            self.card[s] = found.unwrap_or(self.card[s]).min(columns[s].len().saturating_sub(1));
        }
        self.flag = self.flag.min(analysis.red_flags.len().saturating_sub(1));
        self.next = self.next.min(analysis.next_best.len().saturating_sub(1));
        self.scenario = None;
        let deal = cx.deal.map(str::to_string);
        self.computed =
            Some(Computed { generation, deal, analysis, config, config_error, columns, steps, today });
    }

    /// The analysis of the account as saved, once [`PullView::sync`] ran.
    pub fn computed(&self) -> Option<&Computed> {
        self.computed.as_ref()
    }

    /// The keyboard mode: the scenario's keys while one is open.
    pub fn mode(&self) -> Mode {
        if self.scenario.is_some() { Mode::WhatIf } else { Mode::Pull }
    }

    /// The path steps of the analysis shown.
    pub fn shown_steps(&self) -> Option<&PathSteps> {
        match &self.scenario {
            Some(s) => Some(&s.steps),
            None => self.computed.as_ref().map(|c| &c.steps),
        }
    }

    /// The analysis shown: the scenario's while one is open, else the account's.
    pub fn shown(&self) -> Option<&Analysis> {
        match &self.scenario {
            Some(s) => Some(&s.analysis),
            None => self.computed.as_ref().map(|c| &c.analysis),
        }
    }

    /// The stage stepped to.
    pub fn current_stage(&self) -> Stage {
        Stage::ALL[self.stage.min(Stage::ALL.len() - 1)]
    }

    /// The position of the selected card in column `stage`, if the column has people.
    pub fn person_at(&self, stage: usize) -> Option<usize> {
        let c = self.computed.as_ref()?;
        let col = c.columns.get(stage)?;
        col.get(self.card[stage].min(col.len().saturating_sub(1))).copied()
    }

    /// The position of the selected card in the current stage's column.
    pub fn selected_person(&self) -> Option<usize> {
        self.person_at(self.stage)
    }

    /// Steps one stage left (`-1`) or right (`+1`), stopping at the ends.
    pub fn step(&mut self, delta: isize) {
        self.stage = self.stage.saturating_add_signed(delta).min(Stage::ALL.len() - 1);
    }

    /// Moves the selection of the focused panel by `delta` rows, clamped.
    pub fn move_by(&mut self, delta: isize) {
        let Some(c) = &self.computed else { return };
        let flags = self.shown().map_or(0, |a| a.red_flags.len());
        let nexts = self.shown().map_or(0, |a| a.next_best.len());
        let (at, len) = match self.focus {
            Focus::Stages => (&mut self.card[self.stage], c.columns[self.stage].len()),
            Focus::Flags => (&mut self.flag, flags),
            Focus::NextBest => (&mut self.next, nexts),
        };
        *at = at.saturating_add_signed(delta).min(len.saturating_sub(1));
        if self.focus == Focus::NextBest {
            self.select_next_best_person();
        }
    }

    /// Makes the person of the selected next best contact the selected card, stepping
    /// to their stage, so `w` tries the step on them.
    pub fn select_next_best_person(&mut self) {
        let Some(person) = self.shown().and_then(|a| a.next_best.get(self.next)).map(|s| s.person) else {
            return;
        };
        self.select_person(person);
    }

    /// Steps to a stage column and, when `row` is given, selects the card in that row
    /// (a click), giving the cards the keyboard.
    pub fn click(&mut self, stage: usize, row: Option<usize>) {
        let Some(c) = &self.computed else { return };
        let Some(col) = c.columns.get(stage) else { return };
        self.stage = stage;
        self.focus = Focus::Stages;
        if let Some(row) = row {
            self.card[stage] = row.min(col.len().saturating_sub(1));
        }
    }

    /// Selects a person's card and steps to their column.
    pub fn select_person(&mut self, person: usize) {
        let Some(c) = &self.computed else { return };
        for (s, col) in c.columns.iter().enumerate() {
            if let Some(row) = col.iter().position(|&i| i == person) {
                self.stage = s;
                self.card[s] = row;
            }
        }
    }

    /// The people the selected flag or next best contact concerns (empty while the
    /// cards have the focus).
    pub fn concerned(&self) -> &[usize] {
        let Some(a) = self.shown() else { return &[] };
        match self.focus {
            Focus::Stages => &[],
            Focus::Flags => a.red_flags.get(self.flag).map_or(&[], |f| f.people.as_slice()),
            Focus::NextBest => a.next_best.get(self.next).map_or(&[], |s| std::slice::from_ref(&s.person)),
        }
    }
}

/// The people of each column, in the order the cards are drawn.
fn columns(a: &Account, steps: &PathSteps) -> [Vec<usize>; 5] {
    let mut cols: [Vec<usize>; 5] = Default::default();
    for (i, p) in a.people.iter().enumerate() {
        let s = stage_of(p);
        let col = Stage::ALL.iter().position(|x| *x == s).unwrap_or(Stage::ALL.len() - 1);
        cols[col].push(i);
    }
    for col in &mut cols {
        // Stable: equal people keep the file order.
        col.sort_by_key(|&i| {
            let p = &a.people[i];
            (steps.get(i).unwrap_or(usize::MAX), p.stance, std::cmp::Reverse(p.influence))
        });
    }
    cols
}

/// For each person on a path to a decider or a payer, their mark (0 for the first
/// person of the first path, counting on in the order people first appear along the
/// decider paths, then the payer paths). Two people never share a mark, so a card's
/// number finds its person in the chain lines, however the paths branch.
pub fn path_steps(an: &Analysis) -> PathSteps {
    let mut steps: Vec<(usize, usize)> = Vec::new();
    let mut seen: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for path in an.decider_paths.iter().chain(&an.payer_paths) {
        for &i in &path.people {
            if seen.insert(i) {
                steps.push((i, steps.len()));
            }
        }
    }
    steps.sort_unstable();
    PathSteps(steps)
}

/// The steps of the people on the paths, by person: as few entries as the paths
/// have people, so a frame does not allocate one per person of the account.
#[derive(Debug, Clone, Default)]
pub struct PathSteps(Vec<(usize, usize)>);

impl PathSteps {
    /// The step of the person at position `i`, if they are on a path.
    pub fn get(&self, i: usize) -> Option<usize> {
        self.0.binary_search_by_key(&i, |&(p, _)| p).ok().map(|at| self.0[at].1)
    }
}

impl crate::tui::views::account_view::AccountViewState for PullView {
    fn reveal_person(&mut self, cx: &crate::tui::views::account_view::ViewContext, person: usize) {
        PullView::sync(self, cx);
        PullView::select_person(self, person);
    }

    fn mode(&self) -> Mode {
        PullView::mode(self)
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        PullView::selected_person(self)
    }

    fn sync(&mut self, cx: &crate::tui::views::account_view::ViewContext) {
        PullView::sync(self, cx)
    }

    fn render(
        &self,
        cx: &crate::tui::views::account_view::ViewContext,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
    ) {
        use ratatui::widgets::Widget;
        (&super::pull_render::PullWidget { view: self, account: cx.account, theme: cx.theme })
            .render(area, buf)
    }

    fn click(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) -> bool {
        let widget = super::pull_render::PullWidget { view: self, account: cx.account, theme: cx.theme };
        let Some((stage, row)) = widget.card_at(cx.body, x, y) else { return false };
        PullView::click(self, stage, row);
        true
    }

    fn wheel_at(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) {
        let widget = super::pull_render::PullWidget { view: self, account: cx.account, theme: cx.theme };
        if let Some((stage, _)) = widget.card_at(cx.body, x, y) {
            PullView::click(self, stage, None);
        }
    }
}
