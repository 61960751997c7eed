//! The text of an import file: UTF-8 (with or without a BOM), UTF-16 with a BOM, else
//! Windows-1251, the code page Russian Excel saves "CSV" in.

use std::borrow::Cow;

/// The file's text and the name of its encoding.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF][..]) {
        // A BOM is a promise; a broken byte after it still shows as U+FFFD, not a failure.
        return (String::from_utf8_lossy(rest), "UTF-8 with BOM");
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        let (text, _) = encoding_rs::UTF_16LE.decode_with_bom_removal(bytes);
        return (text, "UTF-16");
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let (text, _) = encoding_rs::UTF_16BE.decode_with_bom_removal(bytes);
        return (text, "UTF-16");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1251.decode(bytes);
            (text, "Windows-1251")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn reads_each_encoding_a_crm_export_comes_in() {
        assert_eq!(decode("Имя;Фамилия".as_bytes()), ("Имя;Фамилия".into(), "UTF-8"));
        let bom = [&[0xEF, 0xBB, 0xBF][..], "Имя".as_bytes()].concat();
        assert_eq!(decode(&bom), ("Имя".into(), "UTF-8 with BOM"));
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Имя;Фамилия;Отчество");
        assert_eq!(decode(&cp1251), ("Имя;Фамилия;Отчество".into(), "Windows-1251"));
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Имя".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(decode(&utf16), ("Имя".into(), "UTF-16"));
    }
}
