//! Operating-system errors in words a sales rep can act on, in the language of the
//! interface (`locales/*/store.ftl`).

use crate::t;
use std::io::{Error, ErrorKind};

/// What went wrong with a file operation, and what to do about it where that is clear.
///
/// The system's own text is appended in brackets so that support can still see it.
pub fn io_words(err: &Error) -> String {
    let plain = match err.kind() {
        ErrorKind::StorageFull => t!("store-io-storage-full"),
        ErrorKind::QuotaExceeded => t!("store-io-quota"),
        ErrorKind::PermissionDenied => t!("store-io-permission"),
        ErrorKind::ReadOnlyFilesystem => t!("store-io-read-only"),
        ErrorKind::NotFound => t!("store-io-not-found"),
        ErrorKind::AlreadyExists => t!("store-io-exists"),
        ErrorKind::IsADirectory => t!("store-io-is-folder"),
        ErrorKind::NotADirectory => t!("store-io-not-folder"),
        ErrorKind::InvalidFilename => t!("store-io-bad-name"),
        _ => return err.to_string(),
    };
    t!("store-io-with-system", plain = plain, system = err.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_called_a_full_disk() {
        let e = Error::from_raw_os_error(28); // ENOSPC on Linux and macOS
        let s = io_words(&e);
        assert!(s.starts_with("the disk is full"), "{s}");
    }

    #[test]
    fn russian_words_keep_the_systems_own_text_for_support() {
        let e = Error::from_raw_os_error(28);
        let s = crate::i18n::with_lang(crate::i18n::Lang::Ru, || io_words(&e));
        assert!(s.starts_with("диск заполнен; освободите место") && s.contains("(No space left"), "{s}");
    }
}

/// The store's other sentences in Russian, as a rep meets them.
#[cfg(test)]
mod russian {
    use crate::i18n::{Lang, with_lang};
    use crate::store::{LoadError, ReadOnly, SaveError, StoreError, load_bytes};
    use crate::t;
    use std::path::{Path, PathBuf};

    #[test]
    fn refusals_and_locks_read_in_russian() {
        with_lang(Lang::Ru, || {
            let e =
                StoreError::Unknown { query: "acme".into(), candidates: vec!["Acme  (slug `acme`)".into()] };
            assert_eq!(e.to_string(), "ни один аккаунт не подходит под `acme`:\n  Acme  (slug `acme`)");
            let e = StoreError::Io {
                what: t!("store-do-trash"),
                path: PathBuf::from("/d/a.json"),
                why: "x".into(),
            };
            assert_eq!(e.to_string(), "не удалось переместить в корзину /d/a.json: x");
            let locked = SaveError::ReadOnly(ReadOnly::LockedElsewhere).to_string();
            assert_eq!(locked, "только чтение: этот аккаунт редактируется в другом окне dmu");
            assert!(SaveError::ChangedOnDisk.to_string().starts_with("файл на диске изменился"));
            assert_eq!(t!("store-copy-name", name = "Северсталь"), "Северсталь (копия)");
        });
    }

    #[test]
    fn counts_take_the_form_of_their_number() {
        with_lang(Lang::Ru, || {
            let exposed = |n: usize| t!("store-exposed-many", n = n);
            assert_eq!(exposed(2), "2 файла и папки в вашей папке данных");
            assert_eq!(exposed(5), "5 файлов и папок в вашей папке данных");
            assert_eq!(exposed(21), "21 файл или папку в вашей папке данных");
            let same = |n: usize| t!("store-same-id-hint", n = n, id = "a", some = "`x`", last = "`y`");
            assert!(same(2).starts_with("2 файла содержат один и тот же id"), "{}", same(2));
            assert!(same(5).starts_with("5 файлов содержат"), "{}", same(5));
            let more = t!("store-more-problems", first = "файл пуст", more = 12000);
            assert_eq!(more, "файл пуст (и ещё 12\u{a0}000; `dmu check` перечислит все)");
        });
    }

    #[test]
    fn a_file_that_does_not_load_says_why_in_russian() {
        let err: LoadError = with_lang(Lang::Ru, || load_bytes(Path::new("/d/a.json"), b"  \n").unwrap_err());
        assert_eq!(err.to_string(), "/d/a.json: файл пуст (только пробелы)");
        let err = with_lang(Lang::Ru, || load_bytes(Path::new("/d/a.json"), b"{\"id\": [").unwrap_err());
        assert_eq!(err.message, "здесь ожидается текст в кавычках, а указано другое: список […]");
    }
}
