//! Everything the user can ask for, as one enum. Keys map to actions in
//! [`super::keymap`]; [`super::app::App::update`] carries them out. Tests drive the app
//! by feeding actions, with no terminal.

use super::views::AccountView;
use crate::model::Role;

/// One thing the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave dmu (every edit is already saved; unsaved edits are first written to a
    /// recovery file, and dmu asks).
    Quit,
    /// Go back one level, or cancel what is open.
    Back,
    /// Show the keys (this help).
    Help,
    /// Move the selection up one row.
    Up,
    /// Move the selection down one row.
    Down,
    /// Move the selection up one page.
    PageUp,
    /// Move the selection down one page.
    PageDown,
    /// Jump to the first row.
    Top,
    /// Jump to the last row.
    Bottom,
    /// Open the selected account, or edit the selected person; in the Changes view,
    /// show the person the selected entry is about.
    Open,
    /// Add a person (or, on the account list, a new account).
    Add,
    /// Edit the selected person.
    Edit,
    /// Delete the selected item (asks first).
    Delete,
    /// Rename the selected account.
    Rename,
    /// Filter the table by a fuzzy search over name, title and department.
    Search,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Move the focus to the other pane.
    SwitchPane,
    /// Sort by the next column.
    SortNext,
    /// Reverse the sort order.
    SortReverse,
    /// Show one of the views of the open account.
    ShowView(AccountView),
    /// Org chart: fold the branch, or go up to the manager. Coverage: the previous
    /// team member. Influence map: the nearest person in the column to the left.
    Left,
    /// Org chart: open the branch, or go down to the first report. Coverage: the next
    /// team member. Influence map: the nearest person in the column to the right.
    Right,
    /// Fold or open the selected branch of the org chart.
    ToggleFold,
    /// Open every branch of the org chart.
    ExpandAll,
    /// Fold every branch of the org chart.
    CollapseAll,
    /// Move to the next form field.
    NextField,
    /// Move to the previous form field.
    PrevField,
    /// Save the form, or confirm what is asked.
    Submit,
    /// Type a character into the focused text field.
    Insert(char),
    /// Delete the character before the cursor.
    DeleteBack,
    /// Delete the character under the cursor.
    DeleteForward,
    /// Move the cursor one character left.
    CursorLeft,
    /// Move the cursor one character right.
    CursorRight,
    /// Move the cursor to the start of the field.
    CursorHome,
    /// Move the cursor to the end of the field.
    CursorEnd,
    /// Give or take away a role (on the roles field).
    ToggleRole(Role),
    /// Choose the next value (stance); when asked who you are, the next name from the team.
    CycleNext,
    /// Choose the previous value (stance); when asked who you are, the previous name.
    CyclePrev,
    /// Answer yes to the question asked.
    Yes,
    /// Reload the file from disk, dropping the edits that were not saved.
    Reload,
    /// Save the open account as a new copy beside the changed file.
    SaveCopy,
    /// Restore the unsaved edits from a recovery file; on the trash screen, put the
    /// selected account back into the accounts folder.
    Restore,
    /// Move a recovery file to the trash.
    Discard,
    /// When no recovery file could be written: write the account to a file the rep names.
    WriteElsewhere,
    /// When no recovery file could be written: quit (or leave the account) all the
    /// same, losing the unsaved edits.
    LoseEdits,
    /// On an account opened read-only because another window edited it, once that
    /// window has let go: read it again from disk, for editing.
    ReopenForEditing,
    /// The terminal changed size.
    Resize(u16, u16),
    /// Show the agenda: the open follow-ups of every account, overdue first.
    ShowAgenda,
    /// Show our team across every account.
    ShowTeam,
    /// Show the trash: the accounts deleted, to put one back.
    ShowTrash,
    /// Mark the selected follow-up done today (or open again); on a demand, toggle
    /// whether we granted it.
    MarkDone,
    /// Add a follow-up with the selected person.
    AddFollowUp,
    /// Show only the next owner's follow-ups (after the last, everyone's again).
    NextOwner,
    /// See and edit our team on the account (add, edit, delete members).
    EditTeam,
    /// Edit which of our team cover the selected person, and how strongly.
    EditCoverage,
    /// See and edit the links from and to the selected person.
    EditLinks,
    /// Add a `reports_to` link from the person to someone picked.
    AddReportsTo,
    /// Add an `influences` link from the person to someone picked.
    AddInfluence,
    /// Test-only: panic on purpose, to prove the terminal is restored and unsaved
    /// edits are written to a recovery file (bound only when `DMU_TEST_PANIC=1`).
    TestPanic,
    /// Pull view: step back one stage of the pull.
    PrevStage,
    /// Pull view: step on one stage of the pull.
    NextStage,
    /// Pull view: try changes on the selected person without saving them.
    WhatIf,
    /// What-if: take the step the analysis suggests for the selected person, whole.
    TakeStep,
    /// What-if: raise the selected person's stance one step (or take their suggested
    /// step when it is the one that raises the stance).
    RaiseStance,
    /// What-if: lower the selected person's stance one step.
    LowerStance,
    /// What-if: cycle the chosen team member's coverage of the selected person.
    CycleCoverage,
    /// What-if: choose the next team member for the coverage.
    NextMember,
    /// Pull view: show or hide the model's weights and thresholds.
    ToggleModel,
    /// Edit the account's own details: name, industry, tier, currency, revenue, potential, notes.
    EditAccount,
    /// Changes view: list from another start (the last 7 days, the last 30, since the
    /// last sync, everything, and round again).
    ChangesSince,
    // ---- Sharing through git (docs/team-sync.md) ----
    /// Sync the data folder with the team's shared repository (`dmu sync`), in the
    /// background: commit what changed here, take in colleagues' changes, send ours.
    Sync,
    /// Show the open account's conflicts from a merge, to decide each.
    ShowConflicts,
    /// On the conflicts screen: keep this copy's value of the selected conflict.
    KeepOurs,
    /// On the conflicts screen: take the other copy's value of the selected conflict.
    KeepTheirs,
    // ---- Importing contacts (see `crate::tui::importing`) ----
    /// Import contacts from a CRM export (CSV, vCard, Excel) into the open account (on
    /// the portfolio: into the highlighted one, which opens first).
    Import,
    /// Complete the file path typed so far, as a shell does (listing the choices when
    /// several fit).
    CompletePath,
    /// The import's preview: the rows one by one, or the summary again.
    ToggleRows,
    /// The import's preview: change which column of the file holds what.
    EditMapping,
    /// The import's preview: save the mapping as a named profile for the next file.
    SaveProfile,
    /// The import's preview: read the file with the next saved profile.
    NextProfile,
    // ---- Deals and the deal lens (see `crate::tui::lens`) ----
    /// Deals view: look at every view through the selected deal (its roles, its
    /// analysis); on the deal already in the lens, the whole account again.
    DealLens,
    /// Every view of the account: take the deal lens off, back to the whole account.
    ClearLens,
}

impl Action {
    /// How far a move through a list goes: a row, a page of `page` rows, or to either
    /// end (a distance clamped by the list); `None` for an action that moves nothing.
    pub fn list_step(self, page: usize) -> Option<isize> {
        let page = page.max(1) as isize;
        Some(match self {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -page,
            Action::PageDown => page,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => return None,
        })
    }
}
