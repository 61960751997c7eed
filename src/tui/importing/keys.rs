//! The keys of importing contacts, as rows of the one keymap table
//! ([`crate::tui::keymap`] appends them): `I` where an account can be imported into,
//! then the path prompt, the progress, the preview and the mapping editor. Moving,
//! help, back and quit reuse the main table's words where they do the same, so the
//! settings file's action table keeps one row per action; text editing in the path
//! prompt is the main table's (its mode is one of the text fields there).

use crate::t;
use crate::tui::action::Action::*;
use crate::tui::keymap::{Binding, Mode, b, ch, code, ctrl};
use crossterm::event::KeyCode;

/// Where `I` works: the portfolio (into the highlighted account) and every view of an
/// open account.
const INTO: &[Mode] = crate::tui::keymap::ACCOUNT_SCREENS;
// Moving in the preview's row list and the mapping editor is the main table's (its
// MOVES and LISTS hold both modes).
const PATH: &[Mode] = &[Mode::ImportPath];
const PROGRESS: &[Mode] = &[Mode::ImportProgress];
const PREVIEW: &[Mode] = &[Mode::ImportPreview];
const MAPPING: &[Mode] = &[Mode::ImportMapping];

/// The group the help lists the import's keys under.
pub const IMPORT: &str = "Importing contacts";
/// The group of the mapping editor's keys.
pub const MAPPING_GROUP: &str = "Import: which column holds what";

/// The rows, in the order the help shows them.
pub fn bindings() -> Vec<Binding> {
    let general = "General";
    vec![
        b(INTO, ch('I'), Import, IMPORT, "import contacts (CSV, vCard, Excel)"),
        b(PATH, code(KeyCode::Enter), Submit, IMPORT, "read the file"),
        b(PATH, code(KeyCode::Tab), CompletePath, IMPORT, "complete the path"),
        b(PATH, code(KeyCode::Esc), Back, IMPORT, "cancel the import"),
        b(PROGRESS, code(KeyCode::Esc), Back, IMPORT, "stop reading: nothing changes"),
        b(PROGRESS, ctrl('c'), Quit, IMPORT, "quit (the import stops)"),
        b(PREVIEW, code(KeyCode::Enter), Submit, IMPORT, "import (u undoes)"),
        b(PREVIEW, ch('a'), Submit, IMPORT, "import (u undoes)"),
        b(PREVIEW, ch('r'), ToggleRows, IMPORT, "rows or summary"),
        b(PREVIEW, ch('m'), EditMapping, IMPORT, "map the columns"),
        b(PREVIEW, ch('p'), SaveProfile, IMPORT, "save as profile"),
        b(PREVIEW, ch('P'), NextProfile, IMPORT, "next profile"),
        b(PREVIEW, code(KeyCode::Esc), Back, IMPORT, "close the preview, import nothing"),
        // Listed with the other help keys (one line of the help for them all).
        b(PREVIEW, ch('?'), Help, general, "help"),
        b(MAPPING, code(KeyCode::Right), CycleNext, MAPPING_GROUP, "next field"),
        b(MAPPING, ch('l'), CycleNext, MAPPING_GROUP, "next field"),
        b(MAPPING, code(KeyCode::Left), CyclePrev, MAPPING_GROUP, "previous field"),
        b(MAPPING, ch('h'), CyclePrev, MAPPING_GROUP, "previous field"),
        b(MAPPING, code(KeyCode::Enter), Open, MAPPING_GROUP, "pick from a list"),
        b(MAPPING, code(KeyCode::Esc), Back, MAPPING_GROUP, "done: plan again"),
        b(&[Mode::ImportPreview, Mode::ImportMapping], ctrl('c'), Quit, IMPORT, "quit (nothing imported)"),
    ]
}

/// The words of one of these rows' descriptions (or groups) in the language of the
/// screen. The keymap keeps the English words as `&'static str` (one table, built
/// once for the process); whoever shows them asks here for the translation. `None`:
/// not one of the import's words.
pub fn words(desc: &str) -> Option<String> {
    Some(match desc {
        IMPORT => t!("import-keys-group"),
        MAPPING_GROUP => t!("import-keys-mapping-group"),
        "import contacts (CSV, vCard, Excel)" => t!("import-key-import"),
        "read the file" => t!("import-key-read"),
        "complete the path" => t!("import-key-complete"),
        "cancel the import" => t!("import-key-cancel"),
        "stop reading: nothing changes" => t!("import-key-stop"),
        "quit (the import stops)" => t!("import-key-quit-stops"),
        "import (u undoes)" => t!("import-key-apply"),
        "rows or summary" => t!("import-key-rows"),
        "map the columns" => t!("import-key-map"),
        "save as profile" => t!("import-key-save-profile"),
        "next profile" => t!("import-key-next-profile"),
        "close the preview, import nothing" => t!("import-key-close"),
        "next field" => t!("import-key-next-field"),
        "previous field" => t!("import-key-previous-field"),
        "pick from a list" => t!("import-key-pick"),
        "done: plan again" => t!("import-key-done"),
        "quit (nothing imported)" => t!("import-key-quit-nothing"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_import_has_its_words_translated() {
        crate::i18n::with_lang(crate::i18n::Lang::Ru, || {
            for row in bindings().iter().filter(|r| r.group != "General") {
                assert!(words(row.desc).is_some_and(|w| w != row.desc), "{}", row.desc);
                assert!(words(row.group).is_some(), "{}", row.group);
            }
        });
    }
}
