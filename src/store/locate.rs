//! Finds where a value sits in the text of a JSON file, so that a broken rule found in
//! the parsed account (named by a JSON pointer such as `/links/3/to`) can be reported
//! with the line and column a rep's editor jumps to.
//!
//! The text has already parsed, so the scanner can be small; still, it never indexes
//! past the end or recurses, so odd input gives `None` or a rougher place, not a panic.

/// The 1-based line and column (in characters) of the value at `pointer`. When the
/// pointer goes deeper than the text (a field left out and defaulted), the place of the
/// deepest value that exists; `None` only when the text is not JSON at all.
pub fn locate_pointer(text: &str, pointer: &str) -> Option<(usize, usize)> {
    Locator::new(text).place(pointer)
}

/// Finds many pointers in one text. Every container found is remembered, and so is how
/// far each array has been walked, so the problems of a large file (located in file
/// order) cost about one pass over the text, not one pass each.
pub(crate) struct Locator<'a> {
    text: &'a str,
    /// The offset of each value found so far, by its pointer.
    found: std::collections::HashMap<String, usize>,
    /// For each array walked, the last element reached and its offset.
    walked: std::collections::HashMap<String, (usize, usize)>,
    /// The offset where each line starts, built on first use.
    lines: Vec<usize>,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(text: &'a str) -> Locator<'a> {
        Locator { text, found: Default::default(), walked: Default::default(), lines: Vec::new() }
    }

    /// As [`locate_pointer`].
    pub(crate) fn place(&mut self, pointer: &str) -> Option<(usize, usize)> {
        let (at, _) = self.offset(pointer)?;
        Some(self.line_col(at))
    }

    /// The byte offset of the value at `pointer`, and whether the whole pointer was
    /// found (`false`: the offset is that of the deepest value that exists).
    pub(crate) fn offset(&mut self, pointer: &str) -> Option<(usize, bool)> {
        let b = self.text.as_bytes();
        let mut pos = skip_ws(b, 0);
        if pos >= b.len() {
            return None;
        }
        let mut path = String::with_capacity(pointer.len());
        for raw in pointer.split('/').skip(1) {
            let parent_len = path.len();
            path.push('/');
            path.push_str(raw);
            if let Some(&p) = self.found.get(&path) {
                pos = p;
                continue;
            }
            let token = raw.replace("~1", "/").replace("~0", "~");
            let next = match b.get(pos) {
                Some(b'[') => self.element(&path[..parent_len], pos, &token),
                _ => child(self.text, pos, &token),
            };
            match next {
                Some(p) => {
                    self.found.insert(path.clone(), p);
                    pos = p;
                }
                None => return Some((pos, false)),
            }
        }
        Some((pos, true))
    }

    /// The text of the value at `pointer`, when the whole pointer is found.
    pub(crate) fn raw(&mut self, pointer: &str) -> Option<&'a str> {
        let (at, true) = self.offset(pointer)? else { return None };
        self.text.get(at..skip_value(self.text.as_bytes(), at)?)
    }

    /// The element `key` of the array at `start` (whose pointer is `array`), walking on
    /// from the last element reached when that is not past it.
    fn element(&mut self, array: &str, start: usize, key: &str) -> Option<usize> {
        let b = self.text.as_bytes();
        let want: usize = key.parse().ok()?;
        let (mut i, mut p) = match self.walked.get(array) {
            Some(&(i, p)) if i <= want => (i, p),
            _ => (0, skip_ws(b, start + 1)),
        };
        while i < want {
            p = skip_ws(b, skip_value(b, p)?);
            if b.get(p)? != &b',' {
                return None;
            }
            p = skip_ws(b, p + 1);
            i += 1;
        }
        if b.get(p)? == &b']' {
            return None;
        }
        self.walked.insert(array.to_string(), (want, p));
        Some(p)
    }

    /// As [`line_col`], with the line starts found once for all calls.
    fn line_col(&mut self, byte: usize) -> (usize, usize) {
        let text = self.text;
        if self.lines.is_empty() {
            self.lines.push(0);
            self.lines.extend(text.bytes().enumerate().filter(|(_, c)| *c == b'\n').map(|(i, _)| i + 1));
        }
        let byte = (0..=byte.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let line = self.lines.partition_point(|&s| s <= byte);
        let start = self.lines[line - 1];
        (line, text[start..byte].chars().count() + 1)
    }
}

/// The 1-based line and character column of a byte offset.
pub(crate) fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let byte = (0..=byte.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let before = &text[..byte];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&c| c == b'\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// The byte offset of serde_json's (line, byte column) place: the byte it names, or
/// the end of the text when the place is past it.
pub(crate) fn byte_offset(text: &str, line: usize, byte_col: usize) -> usize {
    let start: usize = text.split('\n').take(line.saturating_sub(1)).map(|l| l.len() + 1).sum();
    (start + byte_col.saturating_sub(1)).min(text.len())
}

/// Turns serde_json's byte column (the last byte it read on `line`) into a character
/// column, so parse errors and rule errors count columns the same way.
pub(crate) fn char_column(text: &str, line: usize, byte_col: usize) -> usize {
    let Some(l) = text.split('\n').nth(line.saturating_sub(1)) else { return byte_col };
    let mut end = byte_col.min(l.len());
    while !l.is_char_boundary(end) {
        end += 1;
    }
    l[..end].chars().count().max(1)
}

/// The start of the member `key` of the object, or the element `key` of the array, that
/// starts at `pos`.
fn child(text: &str, pos: usize, key: &str) -> Option<usize> {
    let b = text.as_bytes();
    match b.get(pos)? {
        b'{' => {
            let mut p = skip_ws(b, pos + 1);
            while b.get(p)? == &b'"' {
                let end = skip_string(b, p)?;
                let name: String = serde_json::from_str(text.get(p..end)?).ok()?;
                p = skip_ws(b, end);
                if b.get(p)? != &b':' {
                    return None;
                }
                p = skip_ws(b, p + 1);
                if name == key {
                    return Some(p);
                }
                p = skip_ws(b, skip_value(b, p)?);
                if b.get(p)? != &b',' {
                    return None;
                }
                p = skip_ws(b, p + 1);
            }
            None
        }
        b'[' => {
            let want: usize = key.parse().ok()?;
            let mut p = skip_ws(b, pos + 1);
            for _ in 0..want {
                p = skip_ws(b, skip_value(b, p)?);
                if b.get(p)? != &b',' {
                    return None;
                }
                p = skip_ws(b, p + 1);
            }
            if b.get(p)? == &b']' { None } else { Some(p) }
        }
        _ => None,
    }
}

fn skip_ws(b: &[u8], mut p: usize) -> usize {
    while matches!(b.get(p), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        p += 1;
    }
    p
}

/// The offset just past the string starting at `p` (which is a `"`).
fn skip_string(b: &[u8], p: usize) -> Option<usize> {
    let mut i = p + 1;
    loop {
        match b.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// The offset just past the value starting at `p`, nested containers included; a depth
/// counter instead of recursion, so deep nesting cannot overflow the stack.
pub(crate) fn skip_value(b: &[u8], p: usize) -> Option<usize> {
    match b.get(p)? {
        b'"' => skip_string(b, p),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = p;
            loop {
                match b.get(i)? {
                    b'"' => {
                        i = skip_string(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let mut i = p;
            while !matches!(b.get(i), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                i += 1;
            }
            (i > p).then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"name\": \"Ж\\\"}\",\n  \"people\": [\n    {\"id\": \"a\", \"x\": [1, {\"y\": \"]\"}]},\n    {\"id\": \"b\"}\n  ],\n  \"links\": [ {\"from\": \"a\", \"to\": \"zz\"} ],\n  \"a/b\": 1\n}\n";

    #[test]
    fn pointers_find_their_values() {
        assert_eq!(locate_pointer(TEXT, ""), Some((1, 1)));
        assert_eq!(locate_pointer(TEXT, "/name"), Some((2, 11)));
        assert_eq!(locate_pointer(TEXT, "/people/1/id"), Some((5, 12)));
        assert_eq!(locate_pointer(TEXT, "/people/0/x/1/y"), Some((4, 32)));
        assert_eq!(locate_pointer(TEXT, "/links/0/to"), Some((7, 34)));
        assert_eq!(locate_pointer(TEXT, "/a~1b"), Some((8, 10)));
    }

    #[test]
    fn missing_parts_fall_back_to_the_deepest_existing_value() {
        assert_eq!(locate_pointer(TEXT, "/people/1/influence"), Some((5, 5)));
        assert_eq!(locate_pointer(TEXT, "/people/9/id"), Some((3, 13)));
        assert_eq!(locate_pointer("", "/x"), None);
    }

    #[test]
    fn broken_text_never_panics() {
        for cut in 0..TEXT.len() {
            if let Some(t) = TEXT.get(..cut) {
                let _ = locate_pointer(t, "/links/0/to");
                let _ = locate_pointer(t, "/people/0/x/1/y");
            }
        }
        let _ = locate_pointer("]]]]", "/0");
        let _ = locate_pointer("[\"\\", "/0");
    }

    #[test]
    fn a_locator_finds_many_pointers_in_any_order_as_one_call_does() {
        let pointers = [
            "/people/1/id",
            "/people/0/x/1/y",
            "/links/0/to",
            "/people/1/id",
            "/people/0/id",
            "/people/9/id",
            "/a~1b",
            "",
            "/people/1/influence",
        ];
        let mut l = Locator::new(TEXT);
        for p in pointers {
            let fresh = Locator::new(TEXT).place(p);
            assert_eq!(l.place(p), fresh, "{p}");
        }
        assert_eq!(l.raw("/links/0/to"), Some("\"zz\""));
        assert_eq!(l.raw("/people/0/x"), Some("[1, {\"y\": \"]\"}]"));
        assert_eq!(l.raw("/people/7"), None);
        assert_eq!(l.place("/name"), Some(line_col(TEXT, TEXT.find("\"Ж").unwrap())));
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_col("ЖЖx", 4), (1, 3));
        assert_eq!(char_column("ЖЖx", 1, 4), 2);
    }
}
