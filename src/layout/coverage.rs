//! The coverage matrix: their people (rows) by our team (columns), with how well each
//! of us knows each of them, which people nobody on our side knows, and which of their
//! technical people are only talked to by our non-technical staff (the textbook's
//! point: our technical specialists should talk to their engineers).
//!
//! Built once per change of the account; a frame reads only the visible window.

use crate::model::{Account, Function, Index, Strength};

/// Whether a department is technical for this account: the pull analysis's rule and
/// word list (`technical_words`, overridable per account), so that the matrix and the
/// `no_technical_peer` red flag always agree.
pub fn is_technical_department(a: &Account, dept: &str) -> bool {
    let cfg = crate::analysis::PullConfig::for_account(a).unwrap_or_default();
    crate::analysis::is_technical(dept, &cfg.technical_words)
}

/// One person's line of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoverageRow {
    /// The person, by position in `account.people`.
    pub person: usize,
    /// Nobody on our team covers them.
    pub uncovered: bool,
    /// Their department is technical, and everyone who covers them has a function
    /// other than technical.
    pub technical_gap: bool,
}

/// The counts shown above the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CoverageSummary {
    /// People at least one team member covers.
    pub covered: usize,
    /// People nobody covers.
    pub uncovered: usize,
    /// Covered people with a technical gap.
    pub gaps: usize,
}

/// The whole matrix, rows in the people's order (stage of the decision, then name).
#[derive(Debug, Clone, Default)]
pub struct CoverageMatrix {
    rows: Vec<CoverageRow>,
    /// Row-major, `team.len()` cells per row.
    cells: Vec<Option<Strength>>,
    columns: usize,
    row_of: Vec<usize>,
    per_member: Vec<usize>,
    summary: CoverageSummary,
}

impl CoverageMatrix {
    /// Builds the matrix (O(people × team) for the cells, O(n log n) for the order).
    /// Coverage by an unknown team member is ignored.
    pub fn build(a: &Account, idx: &Index) -> CoverageMatrix {
        let words = crate::analysis::PullConfig::for_account(a).unwrap_or_default().technical_words;
        let columns = a.team.len();
        let names: Vec<String> = a.people.iter().map(|p| p.name.to_lowercase()).collect();
        let mut order: Vec<usize> = (0..a.people.len()).collect();
        order.sort_by(|&x, &y| {
            let (px, py) = (&a.people[x], &a.people[y]);
            crate::analysis::stage_of(px)
                .cmp(&crate::analysis::stage_of(py))
                .then_with(|| names[x].cmp(&names[y]))
                .then_with(|| px.id.cmp(&py.id))
        });
        let mut cells = vec![None; order.len() * columns];
        let mut row_of = vec![0; a.people.len()];
        let mut per_member = vec![0; columns];
        let mut summary = CoverageSummary::default();
        let mut rows = Vec::with_capacity(order.len());
        for (r, &pi) in order.iter().enumerate() {
            let p = &a.people[pi];
            row_of[pi] = r;
            let line = &mut cells[r * columns..(r + 1) * columns];
            for c in &p.coverage {
                if let Some(m) = idx.member(&c.member) {
                    line[m] = line[m].max(Some(c.strength));
                }
            }
            let mut any = false;
            let mut technical = false;
            for (m, cell) in line.iter().enumerate() {
                if cell.is_some() {
                    any = true;
                    per_member[m] += 1;
                    technical |= a.team[m].function == Function::Technical;
                }
            }
            let technical_gap = any
                && !technical
                && p.department.as_deref().is_some_and(|d| crate::analysis::is_technical(d, &words));
            summary.covered += any as usize;
            summary.uncovered += !any as usize;
            summary.gaps += technical_gap as usize;
            rows.push(CoverageRow { person: pi, uncovered: !any, technical_gap });
        }
        CoverageMatrix { rows, cells, columns, row_of, per_member, summary }
    }

    /// The rows, top to bottom.
    pub fn rows(&self) -> &[CoverageRow] {
        &self.rows
    }

    /// How well team member `member` (position in `team`) covers the person on `row`.
    pub fn cell(&self, row: usize, member: usize) -> Option<Strength> {
        if member >= self.columns {
            return None;
        }
        self.cells.get(row * self.columns + member).copied().flatten()
    }

    /// The row a person is on.
    pub fn row_of(&self, person: usize) -> Option<usize> {
        self.row_of.get(person).copied()
    }

    /// How many people a team member covers.
    pub fn covers(&self, member: usize) -> usize {
        self.per_member.get(member).copied().unwrap_or(0)
    }

    /// Covered, uncovered and gap counts.
    pub fn summary(&self) -> CoverageSummary {
        self.summary
    }

    /// The functions of the team members covering the person on `row`, each once, in
    /// the vocabulary's order ("only sales, service" for a gap).
    pub fn covering_functions(&self, a: &Account, row: usize) -> Vec<Function> {
        let mut fs: Vec<Function> = (0..self.columns)
            .filter(|&m| self.cell(row, m).is_some())
            .filter_map(|m| a.team.get(m).map(|t| t.function))
            .collect();
        fs.sort();
        fs.dedup();
        fs
    }
}

#[cfg(test)]
mod tests;
