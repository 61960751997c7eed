//! The portfolio (the account list grown up): every file in the data folder with the
//! portfolio's figures for it, sortable, and the portfolio's own red flags. A file that
//! does not load is listed with its error (never hidden), after the accounts.
//!
//! The figures come from [`crate::analysis::portfolio::of_accounts`], the same call
//! `dmu portfolio` makes, once per scan of the data folder (never per frame). The
//! agenda and the team across accounts are derived in the same pass.

use crate::analysis::agenda::{AgendaEntry, TeamRow, agenda, team};
use crate::analysis::portfolio::{AccountFigures, Portfolio, PortfolioConfig, of_accounts};
use crate::model::{Account, Date, Index, Tier};
use crate::tui::views::people::scroll_into_view;
use std::cell::OnceCell;
use std::cmp::Ordering;
use std::path::PathBuf;
use std::sync::Arc;

/// What the list shows about an account that loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The account's name.
    pub name: String,
    /// How important it is.
    pub tier: Tier,
    /// How many people of theirs are mapped.
    pub people: usize,
    /// Our yearly sales to them, if known.
    pub revenue: Option<f64>,
    /// The currency of the revenue.
    pub currency: Option<String>,
    /// The whole account, for the portfolio's figures, the agenda and the team.
    pub account: Arc<Account>,
    /// Its index, as loading built it (the portfolio's analysis reuses it).
    pub index: Arc<Index>,
}

impl Summary {
    /// The summary of a loaded account.
    pub fn of(a: &Account) -> Summary {
        Summary::owning(a.clone())
    }

    /// The summary of a loaded account, keeping the account itself (no copy: at
    /// start-up that is a thousand accounts).
    pub fn owning(a: Account) -> Summary {
        let index = Index::new(&a);
        Summary::owning_indexed(a, index)
    }

    /// As [`Summary::owning`], with the index that loading built.
    pub fn owning_indexed(a: Account, index: Index) -> Summary {
        Summary {
            index: Arc::new(index),
            name: a.name.clone(),
            tier: a.tier,
            people: a.people.len(),
            revenue: a.annual_revenue.as_ref().and_then(|n| n.as_f64()),
            currency: a.currency.clone(),
            account: Arc::new(a),
        }
    }
}

/// One file in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountRow {
    /// The file name without `.json`.
    pub slug: String,
    /// The file.
    pub path: PathBuf,
    /// The summary, or why the file does not load.
    pub summary: Result<Summary, String>,
}

/// The column the portfolio is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PortfolioSort {
    /// As in the data folder (by file name).
    #[default]
    File,
    /// By name, A to Z.
    Name,
    /// Key accounts first.
    Tier,
    /// Largest revenue (and so share) first.
    Revenue,
    /// Largest potential first.
    Potential,
    /// Lowest pull score first (no score last).
    Score,
    /// Most red flags first.
    Flags,
    /// Never contacted first, then longest ago.
    LastContact,
    /// Most open follow-ups first.
    Open,
    /// Most overdue follow-ups first.
    Overdue,
    /// Lowest margin first (none last): where the textbook's margin pressure shows.
    Margin,
    /// Largest open deals' value first.
    Pipeline,
}

impl PortfolioSort {
    const CYCLE: [PortfolioSort; 12] = [
        PortfolioSort::File,
        PortfolioSort::Name,
        PortfolioSort::Tier,
        PortfolioSort::Revenue,
        PortfolioSort::Potential,
        PortfolioSort::Score,
        PortfolioSort::Flags,
        PortfolioSort::LastContact,
        PortfolioSort::Open,
        PortfolioSort::Overdue,
        PortfolioSort::Margin,
        PortfolioSort::Pipeline,
    ];

    fn next(self) -> PortfolioSort {
        let i = Self::CYCLE.iter().position(|k| *k == self).unwrap_or(0);
        Self::CYCLE[(i + 1) % Self::CYCLE.len()]
    }

    /// How the sort is described in messages ("Sorted by pull score, lowest first").
    pub fn label(self) -> String {
        match self {
            PortfolioSort::File => crate::t!("tui-views-sort-file"),
            PortfolioSort::Name => crate::t!("tui-views-sort-name"),
            PortfolioSort::Tier => crate::t!("tui-views-sort-tier"),
            PortfolioSort::Revenue => crate::t!("tui-views-sort-revenue"),
            PortfolioSort::Potential => crate::t!("tui-views-sort-potential"),
            PortfolioSort::Score => crate::t!("tui-views-sort-score"),
            PortfolioSort::Flags => crate::t!("tui-views-sort-flags"),
            PortfolioSort::LastContact => crate::t!("tui-views-sort-last-contact"),
            PortfolioSort::Open => crate::t!("tui-views-sort-open"),
            PortfolioSort::Overdue => crate::t!("tui-views-sort-overdue"),
            PortfolioSort::Margin => crate::t!("strategy-sort-margin"),
            PortfolioSort::Pipeline => crate::t!("strategy-sort-pipeline"),
        }
    }

    fn compare(self, a: &AccountFigures, b: &AccountFigures) -> Ordering {
        match self {
            PortfolioSort::File => Ordering::Equal,
            PortfolioSort::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            PortfolioSort::Tier => a.tier.cmp(&b.tier),
            PortfolioSort::Revenue => b.revenue.total_cmp(&a.revenue),
            PortfolioSort::Potential => b.potential.total_cmp(&a.potential),
            // An account without a score cannot be judged: after every scored one.
            PortfolioSort::Score => {
                a.score.map_or(u16::MAX, u16::from).cmp(&b.score.map_or(u16::MAX, u16::from))
            }
            PortfolioSort::Flags => b.red_flags.cmp(&a.red_flags),
            PortfolioSort::LastContact => a.last_contact.cmp(&b.last_contact),
            PortfolioSort::Open => b.open_followups.cmp(&a.open_followups),
            PortfolioSort::Overdue => b.overdue_followups.cmp(&a.overdue_followups),
            // An account without a margin cannot be judged by it: after every other.
            PortfolioSort::Margin => {
                a.margin.unwrap_or(f64::INFINITY).total_cmp(&b.margin.unwrap_or(f64::INFINITY))
            }
            PortfolioSort::Pipeline => b.pipeline_value.total_cmp(&a.pipeline_value),
        }
    }
}

fn indexed(rows: &[AccountRow]) -> Vec<(&str, &Account, Option<&Index>)> {
    rows.iter()
        .filter_map(|r| {
            r.summary.as_ref().ok().map(|s| (r.slug.as_str(), s.account.as_ref(), Some(s.index.as_ref())))
        })
        .collect()
}

fn loaded(rows: &[AccountRow]) -> Vec<(&str, &Account)> {
    rows.iter()
        .filter_map(|r| r.summary.as_ref().ok().map(|s| (r.slug.as_str(), s.account.as_ref())))
        .collect()
}

/// The state of the portfolio screen, and what the agenda and team screens read.
#[derive(Debug, Clone)]
pub struct AccountsView {
    rows: Vec<AccountRow>,
    /// For each row, its position in `portfolio.accounts` (none for a broken file).
    figures: Vec<Option<usize>>,
    portfolio: Portfolio,
    agenda: OnceCell<Vec<AgendaEntry>>,
    team: OnceCell<Vec<TeamRow>>,
    /// The day the figures are judged against.
    today: Date,
    /// Row indices in display order.
    order: Vec<usize>,
    /// Index into `order`.
    selected: usize,
    offset: usize,
    sort: PortfolioSort,
    reverse: bool,
    generation: u64,
    /// The portfolio's main currency from the settings (`None`: the most used).
    main_currency: Option<String>,
    /// Conflicts to decide and changes since the last sync, per row.
    sync_marks: super::sync_marks::SyncMarks,
}

impl Default for AccountsView {
    fn default() -> Self {
        let today = Date::today();
        AccountsView {
            rows: Vec::new(),
            figures: Vec::new(),
            portfolio: of_accounts(&[], &PortfolioConfig::default(), today, None),
            agenda: OnceCell::new(),
            team: OnceCell::new(),
            today,
            order: Vec::new(),
            selected: 0,
            offset: 0,
            sort: PortfolioSort::default(),
            reverse: false,
            generation: 0,
            main_currency: None,
            sync_marks: Default::default(),
        }
    }
}

impl AccountsView {
    fn figures_of(&self, today: Date) -> Portfolio {
        of_accounts(&indexed(&self.rows), &PortfolioConfig::default(), today, self.main_currency.as_deref())
    }

    /// Counts the portfolio in `currency` (the settings' main currency) from now on,
    /// working the figures out again from the rows already loaded.
    pub fn set_main_currency(&mut self, currency: Option<String>) {
        if currency == self.main_currency {
            return;
        }
        self.main_currency = currency;
        self.portfolio = self.figures_of(self.today);
        self.generation += 1;
        self.recompute();
    }

    /// Replaces the rows (after a rescan) and works out the portfolio, the agenda and
    /// the team as of `today`, keeping the selection on the same file.
    pub fn set_rows(&mut self, rows: Vec<AccountRow>, today: Date) {
        let keep = self.selected().map(|r| r.slug.clone());
        self.rows = rows;
        let mut n = 0;
        self.figures = self
            .rows
            .iter()
            .map(|r| {
                r.summary.is_ok().then(|| {
                    n += 1;
                    n - 1
                })
            })
            .collect();
        self.portfolio = self.figures_of(today);
        self.sync_marks.refresh(&self.rows);
        // The agenda and team screens are not on the first frame: worked out when
        // first shown after a scan.
        self.today = today;
        self.agenda = OnceCell::new();
        self.team = OnceCell::new();
        self.generation += 1;
        self.recompute();
        match keep {
            Some(slug) => self.select_slug(&slug),
            None => self.selected = 0,
        }
        self.selected = self.selected.min(self.order.len().saturating_sub(1));
    }

    /// The accounts that loaded, as `(slug, account)` in file order.
    pub fn loaded(&self) -> Vec<(&str, &Account)> {
        loaded(&self.rows)
    }

    fn recompute(&mut self) {
        if self.sort == PortfolioSort::File && !self.reverse {
            // As scanned: broken files keep their place by name.
            self.order = (0..self.rows.len()).collect();
            return;
        }
        let mut order: Vec<usize> = (0..self.rows.len()).filter(|&i| self.figures[i].is_some()).collect();
        let figs = &self.portfolio.accounts;
        let fig = |i: usize| self.figures[i].map(|k| &figs[k]);
        if self.sort != PortfolioSort::File {
            order.sort_by(|&a, &b| match (fig(a), fig(b)) {
                (Some(x), Some(y)) => self.sort.compare(x, y),
                _ => Ordering::Equal,
            });
        }
        if self.reverse {
            order.reverse();
        }
        // Sorted by a figure, broken files go to the bottom: they have none.
        order.extend((0..self.rows.len()).filter(|&i| self.figures[i].is_none()));
        self.order = order;
    }

    /// Counts scans, so the agenda and team screens know when to refresh.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The rows in file order.
    pub fn rows(&self) -> &[AccountRow] {
        &self.rows
    }

    /// The rows in display order, each with its figures (none for a broken file).
    pub fn display(&self) -> impl Iterator<Item = (&AccountRow, Option<&AccountFigures>)> {
        self.order.iter().map(|&i| (&self.rows[i], self.figures[i].map(|k| &self.portfolio.accounts[k])))
    }

    /// The portfolio's figures and flags.
    pub fn portfolio(&self) -> &Portfolio {
        &self.portfolio
    }

    /// Every open follow-up across the accounts, overdue first.
    pub fn agenda(&self) -> &[AgendaEntry] {
        self.agenda.get_or_init(|| agenda(&loaded(&self.rows), None, self.today))
    }

    /// Our team across the accounts.
    pub fn team(&self) -> &[TeamRow] {
        self.team.get_or_init(|| team(&loaded(&self.rows), self.today))
    }

    /// The selected row.
    pub fn selected(&self) -> Option<&AccountRow> {
        self.order.get(self.selected).map(|&i| &self.rows[i])
    }

    /// The selected row's place in the display order.
    pub fn selected_row(&self) -> usize {
        self.selected
    }

    /// The first visible row.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Selects the row of a slug, if listed.
    pub fn select_slug(&mut self, slug: &str) {
        if let Some(i) = self.order.iter().position(|&r| self.rows[r].slug == slug) {
            self.selected = i;
        }
    }

    /// Moves the selection by `delta`, keeping it on a page of `page` rows.
    pub fn move_by(&mut self, delta: isize, page: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(self.order.len().saturating_sub(1));
        self.offset = scroll_into_view(self.offset, self.selected, page);
    }

    /// Sorts by the next column (or reverses with `reverse`), keeping the selection.
    pub fn sort_by(&mut self, reverse: bool) {
        let keep = self.selected().map(|r| r.slug.clone());
        if reverse {
            self.reverse = !self.reverse;
        } else {
            self.sort = self.sort.next();
            self.reverse = false;
        }
        self.recompute();
        if let Some(slug) = keep {
            self.select_slug(&slug);
        }
    }

    /// The current sort, and whether it is reversed.
    pub fn sort(&self) -> (PortfolioSort, bool) {
        (self.sort, self.reverse)
    }

    /// Marks accounts changed after this last sync (an RFC 3339 time; `None`: never).
    pub fn set_last_sync(&mut self, at: Option<&str>) {
        if self.sync_marks.set_since(at) {
            self.sync_marks.refresh(&self.rows);
        }
    }

    /// The marks of the rows in display order, as [`AccountsView::display`] gives them.
    pub fn display_marks(&self) -> impl Iterator<Item = super::sync_marks::Marks> + '_ {
        self.order.iter().map(|&i| self.sync_marks.at(i))
    }

    /// The marks of the selected row.
    pub fn selected_marks(&self) -> super::sync_marks::Marks {
        self.order.get(self.selected).map(|&i| self.sync_marks.at(i)).unwrap_or_default()
    }

    /// Whether any account has a mark (conflicts, or changes since the last sync).
    pub fn any_marks(&self) -> bool {
        self.sync_marks.any()
    }
}
