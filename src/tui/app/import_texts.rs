//! The words of importing contacts in the TUI: the path prompt, the progress, the
//! preview and its row list, the mapping editor, profiles, and what applying says.
//! Every sentence is an `import-…` message (`locales/*/import.ftl`), the same file the
//! command line's words are in; what both say (the history's note, "nothing to
//! change", sources and facts) comes from [`crate::import::words`], so it is
//! translated once. The import's own refusals (an empty file, a ragged row) are
//! [`crate::import::ImportError`]'s; names from files are made inert where they are
//! drawn.

use crate::i18n::{Arg, Lang, tr_args};
use crate::import::{LinkOutcome, MatchedBy, Outcome, SkipReason, words as shared};
use crate::t;

// ---- The path prompt ----

/// The prompt's title.
pub fn path_title(account: &str) -> String {
    t!("import-path-title", account = account)
}

/// Enter on an empty path.
pub fn no_path() -> String {
    t!("import-no-path")
}

/// Tab where the folder cannot be listed.
pub fn cannot_list(folder: &str, why: &str) -> String {
    t!("import-cannot-list", folder = folder, why = why)
}

/// Tab where nothing in the folder fits what was typed.
pub fn nothing_fits(start: &str, folder: &str) -> String {
    if start.is_empty() {
        t!("import-no-files", folder = folder)
    } else {
        t!("import-nothing-fits", folder = folder, start = start)
    }
}

/// After the listed choices, when there are more than shown.
pub fn more_choices(n: usize) -> String {
    t!("import-more-choices", count = num(n))
}

// ---- Reading and planning ----

/// The progress box's title.
pub fn progress_title(file: &str, account: &str) -> String {
    t!("import-progress-title", file = file, account = account)
}

/// While the file is read: "Reading contacts.csv… 45%".
pub fn reading(file: &str, percent: Option<u64>) -> String {
    shared::reading(file, percent)
}

/// While the rows are matched: "Matching 45,000 of 100,000 rows".
pub fn matching(done: u64, total: u64) -> String {
    t!("import-matching", done = grouped(done), total = total, count = grouped(total))
}

/// Once matched, while the change set is worked out.
pub fn working_out() -> String {
    t!("import-working-out")
}

/// Under the progress: what Esc does.
pub fn stop_hint() -> String {
    t!("import-stop-hint")
}

/// Esc while the file was read or planned.
pub fn stopped() -> String {
    t!("import-stopped")
}

/// Esc while a changed mapping was planned: the preview before it comes back.
pub fn replan_stopped() -> String {
    t!("import-replan-stopped")
}

/// The thread ended without a word (it panicked).
pub fn thread_gone() -> String {
    t!("import-thread-gone")
}

/// The thread could not be started.
pub fn cannot_start(why: &str) -> String {
    t!("import-cannot-start", why = why)
}

/// A whole number grouped by thousands as the language groups them: `100,000` in
/// English (as the app always showed it), `100 000` in Russian.
pub fn grouped(n: u64) -> String {
    if crate::i18n::lang() != Lang::En {
        return crate::i18n::numbers::show_int(n as i64);
    }
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count grouped by thousands.
pub fn num(n: usize) -> String {
    grouped(n as u64)
}

/// A message taking a count: `n` picks the plural form, `count` is it grouped.
fn counted(id: &str, n: usize) -> String {
    tr_args(id, &[("n", Arg::from(n)), ("count", num(n).into())])
}

// ---- The preview ----

/// The preview's title.
pub fn preview_title(file: &str, account: &str) -> String {
    t!("import-preview-title", file = file, account = account)
}

/// A label of the summary's lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    File,
    Format,
    Columns,
    ToAdd,
    ToUpdate,
    Unchanged,
    Skipped,
    OtherCompanies,
    Reporting,
    NotLinked,
}

/// The words of a summary label.
pub fn label(l: Label) -> String {
    match l {
        Label::File => t!("import-label-file"),
        Label::Format => t!("import-label-format"),
        Label::Columns => t!("import-label-columns"),
        Label::ToAdd => t!("import-label-to-add"),
        Label::ToUpdate => t!("import-label-to-update"),
        Label::Unchanged => t!("import-label-unchanged"),
        Label::Skipped => t!("import-label-skipped"),
        Label::OtherCompanies => t!("import-label-other-companies"),
        Label::Reporting => t!("import-label-reporting"),
        Label::NotLinked => t!("import-label-not-linked"),
    }
}

/// The file's format, encoding and delimiter: "CSV · UTF-8 · delimiter ; (semicolon)".
pub fn format_line(format: crate::import::Format, encoding: &str, delimiter: Option<u8>) -> String {
    let format = shared::format_name(format);
    match delimiter {
        Some(d) => {
            t!(
                "import-format-line-delimited",
                format = format,
                encoding = encoding,
                delimiter = delimiter_words(d)
            )
        }
        None => t!("import-format-line", format = format, encoding = encoding),
    }
}

fn delimiter_words(d: u8) -> String {
    match d {
        b',' => t!("import-delimiter-comma-named"),
        b';' => t!("import-delimiter-semicolon-named"),
        b'\t' => t!("import-delimiter-tab-named"),
        b'|' => t!("import-delimiter-bar-named"),
        other => format!("{}", other as char),
    }
}

/// Where the header is, when lines above it were left out (an export's instructions).
pub fn header_at(line: usize, left_out: usize) -> String {
    t!("import-header-at", line = line.to_string(), n = left_out)
}

/// What the mapping came from, and how many rows: "read by column names · 7 rows".
pub fn columns_line(source: &str, edited: bool, rows: usize) -> String {
    let id = if edited { "import-columns-line-edited" } else { "import-columns-line" };
    tr_args(
        id,
        &[("source", shared::source(source).into()), ("rows", counted("import-rows-grouped", rows).into())],
    )
}

/// A count with some of its names: "5: Ann Lee, Boris Chen, …".
pub fn with_names(n: usize, names: &[String]) -> String {
    let shown = names.join(", ");
    match n.saturating_sub(names.len()) {
        0 if names.is_empty() => num(n),
        0 => t!("import-with-names", count = num(n), names = shown),
        more => t!("import-with-names-more", count = num(n), names = shown, more = num(more)),
    }
}

/// How many people an update changes, and which facts: "2: title 2, email 1".
pub fn updated(n: usize, counts: &[(&'static str, usize)]) -> String {
    t!("import-facts-counted", count = num(n), facts = facts(counts))
}

/// The facts an update changes, with how many people each: "title 2, email 1".
pub fn facts(counts: &[(&'static str, usize)]) -> String {
    let each = |(f, n): &(&str, usize)| t!("import-fact-counted", fact = fact(f), count = num(*n));
    counts.iter().map(each).collect::<Vec<_>>().join(", ")
}

/// A fact the import updates, in words.
pub fn fact(key: &str) -> String {
    shared::fact(key)
}

/// A group of skipped rows: "no name: 1 (line 7)".
pub fn skip_group(reason: &str, n: usize, some: &[String]) -> String {
    let listed = some.join(", ");
    match n.saturating_sub(some.len()) {
        0 => t!("import-skip-group", reason = reason, count = num(n), rows = listed),
        m => t!("import-skip-group-more", reason = reason, count = num(n), rows = listed, more = num(m)),
    }
}

/// The kind of a reason a row is skipped, for the groups of the summary: the message
/// id, which also tells the groups apart.
pub fn skip_kind(r: &SkipReason) -> &'static str {
    match r {
        SkipReason::NoName => "import-skip-kind-no-name",
        SkipReason::Duplicate { .. } => "import-skip-kind-duplicate",
        SkipReason::Ambiguous { .. } => "import-skip-kind-ambiguous",
        SkipReason::OtherCompany(_) => "import-skip-kind-other-company",
    }
}

/// The words of a [`skip_kind`].
pub fn skip_kind_words(kind: &str) -> String {
    crate::i18n::tr(kind)
}

/// One skipped row in its group: "Ann Lee, line 6".
pub fn skipped_row(name: &str, line: usize) -> String {
    if name.is_empty() {
        t!("import-skipped-row-unnamed", line = line.to_string())
    } else {
        t!("import-skipped-row", name = name, line = line.to_string())
    }
}

/// The other companies' rows: "Globex 2, Initech 1".
pub fn other_companies(all: &[(String, usize)]) -> String {
    let each = |(c, n): &(String, usize)| t!("import-company-counted", company = c, count = num(*n));
    all.iter().map(each).collect::<Vec<_>>().join(", ")
}

/// How many rows of other companies are left out, and of which: "3 rows left out:
/// Globex 2, Initech 1".
pub fn left_out(n: usize, companies: &str) -> String {
    tr_args("import-left-out", &[("n", n.into()), ("count", num(n).into()), ("companies", companies.into())])
}

/// The reporting lines to add and to replace: "2 to add, 1 to replace".
pub fn lines_count(add: usize, replace: usize) -> String {
    match (add, replace) {
        (a, 0) => t!("import-lines-add", add = num(a)),
        (0, r) => t!("import-lines-replace", replace = num(r)),
        (a, r) => t!("import-lines-add-replace", add = num(a), replace = num(r)),
    }
}

/// A reporting line the import adds or replaces.
pub fn line_words(from: &str, to: &str, outcome: &LinkOutcome, was: Option<&str>, line: usize) -> String {
    let line = line.to_string();
    match (outcome, was) {
        (LinkOutcome::Replace { .. }, Some(w)) => {
            t!("import-line-replace", from = from, to = to, was = w, line = line)
        }
        (LinkOutcome::Cycle, _) => t!("import-line-cycle", from = from, to = to, line = line),
        (LinkOutcome::UnknownManager { manager }, _) => {
            t!("import-line-unknown", from = from, manager = manager, line = line)
        }
        _ => t!("import-line-made", from = from, to = to, line = line),
    }
}

/// More items than a section lists.
pub fn and_more(n: usize) -> String {
    t!("import-and-more", count = num(n))
}

/// The preview's closing line.
pub fn apply_hint(apply_key: &str, undo_key: &str) -> String {
    t!("import-apply-hint", apply = apply_key, undo = undo_key)
}

/// Esc on the preview.
pub fn closed() -> String {
    t!("import-closed")
}

/// A plan that changes nothing.
pub fn changes_nothing() -> String {
    t!("import-changes-nothing")
}

/// A read-only account's preview.
pub fn preview_read_only(why: &str) -> String {
    t!("import-preview-read-only", why = why)
}

/// A file whose columns were not recognised as names.
pub fn no_names(key: &str) -> String {
    t!("import-no-names", key = key)
}

/// In the summary's border, when it goes on below (or above) what is shown.
pub fn more_below() -> String {
    t!("import-more-below")
}

/// In the summary's border, when it went on above what is shown.
pub fn more_above() -> String {
    t!("import-more-above")
}

/// In the row list's border: which row is selected, of how many.
pub fn row_of(n: u64, total: u64) -> String {
    t!("import-row-of", n = grouped(n), total = grouped(total))
}

/// The row list's column heads.
pub fn row_heads() -> [String; 3] {
    [t!("import-head-line"), t!("import-head-name"), t!("import-head-outcome")]
}

/// What happens to one row, in words.
pub fn outcome(o: &Outcome) -> String {
    match o {
        Outcome::Add { .. } => t!("import-outcome-add"),
        Outcome::Update { fields, by, .. } => {
            let facts: Vec<String> = fields.iter().map(|f| fact(f)).collect();
            t!("import-outcome-update", facts = facts.join(", "), by = by_words(by))
        }
        Outcome::Same { by, .. } => t!("import-outcome-same", by = by_words(by)),
        Outcome::Skip(SkipReason::NoName) => t!("import-outcome-no-name"),
        Outcome::Skip(SkipReason::OtherCompany(c)) => t!("import-outcome-other-company", company = c),
        Outcome::Skip(SkipReason::Duplicate { line }) => {
            t!("import-outcome-duplicate", line = line.to_string())
        }
        Outcome::Skip(SkipReason::Ambiguous { count: n }) => t!("import-outcome-ambiguous", n = *n),
    }
}

/// How a row was matched, in words.
fn by_words(by: &MatchedBy) -> String {
    match by {
        MatchedBy::Email => t!("import-found-by-email"),
        MatchedBy::Name => t!("import-found-by-name"),
        MatchedBy::Id => t!("import-found-by-id"),
    }
}

// ---- The mapping editor ----

/// The editor's title.
pub fn mapping_title(file: &str) -> String {
    t!("import-mapping-title", file = file)
}

/// The editor's column heads.
pub fn mapping_heads() -> [String; 3] {
    [t!("import-head-column"), t!("import-head-sample"), t!("import-head-holds")]
}

/// A column the import leaves alone.
pub fn not_used() -> String {
    t!("import-not-used")
}

/// A column mapped to a field an earlier column holds already.
pub fn earlier_wins() -> String {
    t!("import-earlier-wins")
}

/// The field picker's title.
pub fn picker_title(header: &str) -> String {
    t!("import-picker-title", header = header)
}

/// A file read whose columns were not recognised as names: the editor opens.
pub fn choose_names(done_key: &str) -> String {
    t!("import-choose-names", key = done_key)
}

/// Leaving the editor with no column for names.
pub fn names_needed() -> String {
    t!("import-names-needed")
}

// ---- Profiles ----

/// The prompt for a profile's name.
pub fn profile_title() -> String {
    t!("import-profile-title")
}

/// A profile saved.
pub fn profile_saved(name: &str, path: &str) -> String {
    t!("import-profile-saved", name = name, path = path)
}

/// A profile not saved.
pub fn profile_not_saved(name: &str, why: &str) -> String {
    t!("import-profile-not-saved", name = name, why = why)
}

/// No settings location, so nowhere to keep profiles.
pub fn no_settings_place() -> String {
    t!("import-no-settings-place")
}

/// `P` with no saved profiles.
pub fn no_profiles(save_key: &str) -> String {
    t!("import-no-profiles", key = save_key)
}

/// The saved profiles could not be read.
pub fn profiles_unreadable(why: &str) -> String {
    t!("import-profiles-unreadable", why = why)
}

/// The file read with a saved profile.
pub fn profile_chosen(name: &str) -> String {
    t!("import-profile-chosen", name = name)
}

/// Back to what the file's column names say, after the last profile.
pub fn by_column_names() -> String {
    t!("import-by-column-names")
}

/// A profile that finds no names among this file's columns.
pub fn profile_finds_no_names(name: &str) -> String {
    t!("import-profile-finds-no-names", name = name)
}

// ---- Applying ----

/// The edit's label (and so the status line, and what undo names): "imported
/// contacts.csv: 5 added, 2 updated".
pub fn imported(file: &str, added: usize, updated: usize, lines: usize) -> String {
    let mut parts = Vec::new();
    if added > 0 {
        parts.push(t!("import-imported-added", count = num(added)));
    }
    if updated > 0 {
        parts.push(t!("import-imported-updated", count = num(updated)));
    }
    if lines > 0 {
        parts.push(counted("import-imported-lines", lines));
    }
    t!("import-imported", file = file, parts = parts.join(", "))
}

/// The note on the history entries the import makes.
pub fn note(file: &str) -> String {
    shared::note(file)
}

/// Applying a plan that changes nothing.
pub fn nothing_to_change() -> String {
    shared::nothing_to_change()
}

/// Applying on a read-only account.
pub fn read_only(why: &str) -> String {
    t!("import-read-only", why = why)
}

/// The account changed under the preview: it is planned again first.
pub fn planned_again() -> String {
    t!("import-planned-again")
}

/// `I` on the portfolio with no account to import into.
pub fn no_account() -> String {
    t!("import-no-account")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_lang;

    #[test]
    fn numbers_are_grouped_and_labels_leave_out_what_is_zero() {
        assert_eq!(grouped(100_000), "100,000");
        assert_eq!(grouped(999), "999");
        assert_eq!(matching(45_000, 100_000), "Matching 45,000 of 100,000 rows");
        assert_eq!(imported("contacts.csv", 5, 2, 0), "imported contacts.csv: 5 added, 2 updated");
        assert_eq!(imported("a.csv", 0, 0, 1), "imported a.csv: 1 reporting line");
        assert_eq!(with_names(3, &["A".into()]), "3: A and 2 more");
    }

    #[test]
    fn russian_groups_with_spaces_and_counts_take_their_forms() {
        with_lang(Lang::Ru, || {
            assert_eq!(grouped(100_000), "100\u{a0}000");
            assert_eq!(matching(45_000, 100_000), "Сопоставление: 45\u{a0}000 из 100\u{a0}000 строк");
            assert_eq!(matching(0, 21), "Сопоставление: 0 из 21 строки");
            assert_eq!(imported("a.csv", 0, 0, 1), "импорт a.csv: 1 связь подчинения");
            assert_eq!(imported("a.csv", 0, 0, 3), "импорт a.csv: 3 связи подчинения");
            assert_eq!(imported("a.csv", 0, 0, 5), "импорт a.csv: 5 связей подчинения");
            assert_eq!(header_at(4, 1), "заголовок в строке 4 (пропущена 1 строка над ним)");
            assert_eq!(header_at(4, 3), "заголовок в строке 4 (пропущены 3 строки над ним)");
            assert_eq!(
                outcome(&Outcome::Skip(SkipReason::Ambiguous { count: 2 })),
                "пропустить: имя подходит 2 людям из аккаунта"
            );
        });
    }
}
