//! vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) (`.vcf`): each card one row of a
//! table with fixed columns ([`HEADERS`]), whatever properties the cards have.
//!
//! What is read: folded lines, 2.1's quoted-printable values in any `CHARSET`,
//! property groups (`item1.EMAIL`), parameters in each version's spelling, escapes, and
//! structured values. The name (`FN`, else `N`), company and department (`ORG`),
//! `TITLE`, `ROLE`, the work or preferred email and phone, the `UID`, and the manager:
//! `RELATED;TYPE=manager` (a name, or another card's `urn:uuid:`), `X-MANAGER`,
//! `X-MS-MANAGER` (Outlook), `X-EVOLUTION-MANAGER`, and Apple's
//! `itemN.X-ABRELATEDNAMES` labelled `_$!<Manager>!$_`. Contact groups (`KIND:group`,
//! Apple's `X-ADDRESSBOOKSERVER-KIND:group`) are not people and give no row.

use super::{Field, Format, ImportError, Mapping, Row, Table, decode::decode};
use std::collections::HashMap;

/// The columns of a table [`read`] makes, in order.
pub const HEADERS: [&str; 13] = [
    "UID",
    "FN",
    "N:family",
    "N:given",
    "N:additional",
    "ORG",
    "ORG:unit",
    "TITLE",
    "ROLE",
    "EMAIL",
    "TEL",
    "RELATED:manager",
    "RELATED:manager-uid",
];

// The index of each column in [`HEADERS`].
const UID: usize = 0;
const FN: usize = 1;
const FAMILY: usize = 2;
const GIVEN: usize = 3;
const ADDITIONAL: usize = 4;
const ORG: usize = 5;
const UNIT: usize = 6;
const TITLE: usize = 7;
const ROLE: usize = 8;
const EMAIL: usize = 9;
const TEL: usize = 10;
const MANAGER: usize = 11;
const MANAGER_UID: usize = 12;

/// Reads vCards into a table: one row per card, its line that of its `BEGIN:VCARD`.
pub fn read(bytes: &[u8]) -> Result<Table, ImportError> {
    let (text, encoding) = decode(bytes);
    let cards = parse(&text)?;
    // A manager given by another card's UID is also named, when that card is in the file.
    let names: HashMap<String, String> = cards
        .iter()
        .filter(|c| !c.cells[UID].is_empty() && !c.cells[FN].is_empty())
        .map(|c| (c.cells[UID].clone(), c.cells[FN].clone()))
        .collect();
    let rows = cards
        .into_iter()
        .map(|mut c| {
            if c.cells[MANAGER].is_empty()
                && let Some(n) = names.get(&c.cells[MANAGER_UID])
            {
                c.cells[MANAGER] = n.clone();
            }
            Row { line: c.line, cells: csv::StringRecord::from(c.cells.to_vec()) }
        })
        .collect();
    Ok(Table {
        format: Format::VCard,
        encoding,
        delimiter: None,
        headers: HEADERS.iter().map(|h| h.to_string()).collect(),
        header_line: 0,
        preamble: Vec::new(),
        footer: Vec::new(),
        rows,
    })
}

/// The mapping of a table [`read`] made.
pub fn mapping(headers: &[String]) -> Mapping {
    let fields = headers
        .iter()
        .map(|h| {
            Some(match h.as_str() {
                "UID" => Field::ExternalId,
                "FN" => Field::FullName,
                "N:family" => Field::LastName,
                "N:given" => Field::FirstName,
                "N:additional" => Field::MiddleName,
                "ORG" => Field::Company,
                "ORG:unit" => Field::Department,
                "TITLE" => Field::Title,
                "ROLE" => Field::BuyingRole,
                "EMAIL" => Field::Email,
                "TEL" => Field::Phone,
                "RELATED:manager" => Field::ManagerName,
                "RELATED:manager-uid" => Field::ManagerId,
                _ => return None,
            })
        })
        .collect();
    Mapping { fields, system: Some("vcard".into()), source: "vCard".into() }
}

/// A card read, before it is a row.
struct Card {
    line: usize,
    cells: [String; HEADERS.len()],
}

/// Every card of the text, in file order.
fn parse(text: &str) -> Result<Vec<Card>, ImportError> {
    let mut cards = Vec::new();
    let mut open: Option<Builder> = None;
    // Inside a card: how deep in a 2.1 `AGENT`'s embedded card, whose lines are skipped.
    let mut nested = 0usize;
    let mut agent_pending = false;
    for (line, raw) in logical_lines(text) {
        let Some(p) = Prop::parse(&raw) else { continue };
        let begin = p.name == "BEGIN" && p.value.trim().eq_ignore_ascii_case("VCARD");
        let end = p.name == "END" && p.value.trim().eq_ignore_ascii_case("VCARD");
        let Some(card) = open.as_mut() else {
            if begin {
                open = Some(Builder::new(line));
            } else if end {
                return Err(ImportError::Malformed {
                    line,
                    why: "END:VCARD without a BEGIN:VCARD before it; the card above this line is \
                          damaged: export the contacts again"
                        .into(),
                });
            }
            continue;
        };
        if nested > 0 {
            nested = if begin {
                nested + 1
            } else if end {
                nested - 1
            } else {
                nested
            };
            continue;
        }
        if begin {
            if agent_pending {
                nested = 1;
                agent_pending = false;
                continue;
            }
            return Err(ImportError::Malformed {
                line: card.line,
                why: crate::t!("import-why-vcard-unclosed", line = line.to_string()),
            });
        }
        if end {
            cards.extend(open.take().and_then(Builder::finish));
            agent_pending = false;
            continue;
        }
        agent_pending = false;
        if p.name == "AGENT" {
            // 2.1 may embed the agent's own card, on this line or starting on the next.
            if p.value.trim().to_ascii_uppercase().starts_with("BEGIN:VCARD") {
                nested = 1;
            } else if p.value.trim().is_empty() {
                agent_pending = true;
            }
            continue;
        }
        card.take(p);
    }
    if let Some(card) = open {
        return Err(ImportError::Malformed { line: card.line, why: crate::t!("import-why-vcard-cut-off") });
    }
    if cards.is_empty() {
        return Err(ImportError::Malformed { line: 1, why: crate::t!("import-why-no-vcard") });
    }
    Ok(cards)
}

/// The file's logical lines and the line each starts on: folded lines (a line break
/// followed by a space or tab) joined, and 2.1 quoted-printable values continued past
/// their soft line breaks (`=` at the end of a line).
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let phys: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < phys.len() {
        let start = i + 1;
        let mut s = phys[i].to_string();
        i += 1;
        let qp = head(&s).to_ascii_uppercase().contains("QUOTED-PRINTABLE");
        while i < phys.len() {
            let trimmed = s.trim_end_matches([' ', '\t']).len();
            if qp && s[..trimmed].ends_with('=') {
                s.truncate(trimmed - 1);
                s.push_str(phys[i]);
            } else if let Some(rest) = phys[i].strip_prefix([' ', '\t']) {
                s.push_str(rest);
            } else {
                break;
            }
            i += 1;
        }
        if !s.trim().is_empty() {
            out.push((start, s));
        }
    }
    out
}

/// The part of a content line before its value: group, name and parameters.
fn head(line: &str) -> &str {
    &line[..value_start(line).map_or(line.len(), |i| i - 1)]
}

/// Where the value of a content line starts: after the first `:` outside a quoted
/// parameter value.
fn value_start(line: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// One property: `group.NAME;PARAM=VALUE:value`.
struct Prop {
    group: Option<String>,
    /// Upper case.
    name: String,
    /// `TYPE` values, 2.1's bare parameters among them, in lower case.
    types: Vec<String>,
    /// `TYPE=pref`, 2.1's bare `PREF`, or 4.0's `PREF=n`.
    pref: bool,
    /// `VALUE=`, lower case.
    value_type: Option<String>,
    /// The value as written, quoted-printable decoded; escapes are left in.
    value: String,
}

impl Prop {
    /// A content line as a property; `None` for a line that is not one (2.1 writers
    /// leave base64 data unfolded).
    fn parse(line: &str) -> Option<Prop> {
        let at = value_start(line)?;
        let (head, value) = (&line[..at - 1], &line[at..]);
        let mut parts = split_outside_quotes(head, ';').into_iter();
        let full = parts.next()?.trim();
        let (group, name) = match full.split_once('.') {
            Some((g, n)) => (Some(g.to_ascii_lowercase()), n),
            None => (None, full),
        };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return None;
        }
        let mut p = Prop {
            group,
            name: name.to_ascii_uppercase(),
            types: Vec::new(),
            pref: false,
            value_type: None,
            value: String::new(),
        };
        let (mut qp, mut base64, mut charset) = (false, false, None);
        for param in parts {
            let (key, val) = match param.split_once('=') {
                Some((k, v)) => (k.trim().to_ascii_uppercase(), v.trim()),
                None => (String::new(), param.trim()),
            };
            let val = val.trim_matches('"');
            match key.as_str() {
                "ENCODING" => match val.to_ascii_lowercase().as_str() {
                    "quoted-printable" => qp = true,
                    "b" | "base64" => base64 = true,
                    _ => {}
                },
                "CHARSET" => charset = Some(val.to_string()),
                "VALUE" => p.value_type = Some(val.to_ascii_lowercase()),
                "PREF" => p.pref = true,
                "TYPE" | "" => {
                    for t in val.split(',').map(|t| t.trim().trim_matches('"').to_ascii_lowercase()) {
                        match t.as_str() {
                            "quoted-printable" if key.is_empty() => qp = true,
                            "base64" if key.is_empty() => base64 = true,
                            "" | "7bit" | "8bit" => {}
                            "pref" => p.pref = true,
                            _ => p.types.push(t),
                        }
                    }
                }
                _ => {}
            }
        }
        if base64 {
            // A photo or a sound: nothing a contact is read from.
            return None;
        }
        p.value = if qp { quoted_printable(value, charset.as_deref()) } else { value.to_string() };
        Some(p)
    }

    fn has_type(&self, t: &str) -> bool {
        self.types.iter().any(|x| x == t)
    }
}

/// `s` split on `sep` outside double quotes.
fn split_outside_quotes(s: &str, sep: char) -> Vec<&str> {
    let (mut out, mut start, mut quoted) = (Vec::new(), 0, false);
    for (i, c) in s.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            out.push(&s[start..i]);
            start = i + 1;
        }
    }
    out.push(&s[start..]);
    out
}

/// A quoted-printable value decoded: its `=XX` bytes read in `charset` (UTF-8, else
/// Windows-1251, when there is none or it is unknown).
fn quoted_printable(value: &str, charset: Option<&str>) -> String {
    let encoding = charset.and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()));
    let text = |bytes: &[u8]| match encoding {
        Some(e) => e.decode_without_bom_handling(bytes).0.into_owned(),
        None => decode(bytes).0.into_owned(),
    };
    let mut out = String::new();
    let mut bytes = Vec::new();
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        let hex = rest.get(1..3).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (c, hex) {
            ('=', Some(b)) => {
                bytes.push(b);
                rest = &rest[3..];
            }
            _ if c.is_ascii() => {
                bytes.push(c as u8);
                rest = &rest[1..];
            }
            _ => {
                // A character the writer left unencoded: already text.
                out.push_str(&text(&bytes));
                bytes.clear();
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out.push_str(&text(&bytes));
    out
}

/// A text value with its escapes read: `\n` `\,` `\;` `\:` `\\`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(e @ (',' | ';' | ':' | '\\')) => out.push(e),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out.trim().to_string()
}

/// `s` split on `sep` where it is not escaped; the parts keep their escapes.
fn split_unescaped(s: &str, sep: char) -> Vec<&str> {
    let (mut out, mut start, mut escaped) = (Vec::new(), 0, false);
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            out.push(&s[start..i]);
            start = i + 1;
        }
    }
    out.push(&s[start..]);
    out
}

/// A name part: its comma-separated values (`Philip,Paul`) joined by spaces.
fn name_part(s: &str) -> String {
    split_unescaped(s, ',').into_iter().map(unescape).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `s` without `prefix`, whatever its case.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

/// Whether a value is a URI (`urn:…`, `mailto:…`, `https://…`), not a name.
fn is_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else { return false };
    !rest.is_empty()
        && !rest.starts_with(' ')
        && scheme.len() >= 2
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// A card's properties as they are read, before the best email and phone are chosen.
struct Builder {
    line: usize,
    cells: [String; HEADERS.len()],
    /// Each email and phone with how well it fits: the first of the best is taken.
    emails: Vec<(i32, String)>,
    phones: Vec<(i32, String)>,
    /// Apple's related names by group, and each group's label.
    related: Vec<(String, String)>,
    labels: HashMap<String, String>,
    is_group: bool,
}

impl Builder {
    fn new(line: usize) -> Builder {
        Builder {
            line,
            cells: Default::default(),
            emails: Vec::new(),
            phones: Vec::new(),
            related: Vec::new(),
            labels: HashMap::new(),
            is_group: false,
        }
    }

    /// Sets a cell the card has not set yet (the first `FN`, `TITLE`, ... counts).
    fn set(&mut self, i: usize, v: String) {
        if self.cells[i].is_empty() {
            self.cells[i] = v;
        }
    }

    fn take(&mut self, p: Prop) {
        match p.name.as_str() {
            "FN" => self.set(FN, unescape(&p.value)),
            "N" if self.cells[FAMILY..=ADDITIONAL].iter().all(String::is_empty) => {
                let parts = split_unescaped(&p.value, ';');
                let part = |i: usize| parts.get(i).map(|s| name_part(s)).unwrap_or_default();
                self.cells[FAMILY] = part(0);
                self.cells[GIVEN] = part(1);
                self.cells[ADDITIONAL] = part(2);
            }
            "ORG" if self.cells[ORG].is_empty() && self.cells[UNIT].is_empty() => {
                let mut parts = split_unescaped(&p.value, ';').into_iter().map(unescape);
                self.cells[ORG] = parts.next().unwrap_or_default();
                self.cells[UNIT] = parts.filter(|u| !u.is_empty()).collect::<Vec<_>>().join(" / ");
            }
            "TITLE" => self.set(TITLE, unescape(&p.value)),
            "ROLE" => self.set(ROLE, unescape(&p.value)),
            "UID" => {
                let v = p.value.trim();
                self.set(UID, strip_prefix_ci(v, "urn:uuid:").unwrap_or(v).trim().to_string());
            }
            "EMAIL" => {
                let v = unescape(&p.value);
                let v = strip_prefix_ci(&v, "mailto:").unwrap_or(&v).trim().to_string();
                if !v.is_empty() {
                    let score = 2 * i32::from(p.has_type("work")) + i32::from(p.pref);
                    self.emails.push((score, v));
                }
            }
            "TEL" => {
                let v = phone(&p.value);
                if !v.is_empty() {
                    self.phones.push((phone_score(&p), v));
                }
            }
            "RELATED" if p.has_type("manager") => {
                let v = p.value.trim();
                if p.value_type.as_deref() == Some("text") || !is_uri(v) {
                    self.set(MANAGER, unescape(v));
                } else {
                    self.set(MANAGER_UID, strip_prefix_ci(v, "urn:uuid:").unwrap_or(v).trim().to_string());
                }
            }
            "X-MANAGER" | "X-MS-MANAGER" | "X-EVOLUTION-MANAGER" => self.set(MANAGER, unescape(&p.value)),
            "X-ABRELATEDNAMES" => {
                if let Some(g) = p.group {
                    self.related.push((g, unescape(&p.value)));
                }
            }
            "X-ABLABEL" => {
                if let Some(g) = p.group {
                    self.labels.insert(g, unescape(&p.value));
                }
            }
            "KIND" | "X-ADDRESSBOOKSERVER-KIND" => {
                self.is_group |= p.value.trim().eq_ignore_ascii_case("group");
            }
            _ => {}
        }
    }

    /// The card as cells; `None` for a contact group.
    fn finish(mut self) -> Option<Card> {
        if self.is_group {
            return None;
        }
        if self.cells[FN].is_empty() {
            self.cells[FN] = [GIVEN, ADDITIONAL, FAMILY]
                .iter()
                .map(|&i| self.cells[i].as_str())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        self.cells[EMAIL] = best(&self.emails);
        self.cells[TEL] = best(&self.phones);
        if self.cells[MANAGER].is_empty()
            && let Some((_, name)) = self
                .related
                .iter()
                .find(|(g, n)| !n.is_empty() && self.labels.get(g).is_some_and(|l| is_manager_label(l)))
        {
            self.cells[MANAGER] = name.clone();
        }
        Some(Card { line: self.line, cells: self.cells })
    }
}

/// Apple's label of a manager: `_$!<Manager>!$_`, or one a person typed.
fn is_manager_label(label: &str) -> bool {
    let l = label.trim();
    let l = l.strip_prefix("_$!<").and_then(|l| l.strip_suffix(">!$_")).unwrap_or(l).trim().to_lowercase();
    matches!(l.as_str(), "manager" | "руководитель")
}

/// The first of the values that fit best.
fn best(values: &[(i32, String)]) -> String {
    let mut found: Option<&(i32, String)> = None;
    for v in values {
        if found.is_none_or(|f| v.0 > f.0) {
            found = Some(v);
        }
    }
    found.map(|f| f.1.clone()).unwrap_or_default()
}

/// How well a phone fits as the one to call at work: a work number first, then a
/// preferred one, then one for voice; a fax or pager only when there is nothing else.
fn phone_score(p: &Prop) -> i32 {
    let not_voice = ["fax", "pager", "modem", "textphone", "video", "bbs", "isdn"];
    let voice =
        p.has_type("voice") || p.has_type("cell") || !p.types.iter().any(|t| not_voice.contains(&t.as_str()));
    4 * i32::from(p.has_type("work")) + 2 * i32::from(p.pref) + if voice { 1 } else { -8 }
}

/// A phone as text: a 4.0 `tel:` URI without its scheme, its extension as ` ext. `.
fn phone(value: &str) -> String {
    let v = value.trim();
    match strip_prefix_ci(v, "tel:") {
        Some(uri) => {
            let mut parts = uri.split(';');
            let number = parts.next().unwrap_or("").trim().to_string();
            let ext = parts.find_map(|p| strip_prefix_ci(p, "ext=")).filter(|e| !e.is_empty());
            match ext {
                Some(e) => format!("{number} ext. {e}"),
                None => number,
            }
        }
        None => unescape(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cards(text: &str) -> Vec<HashMap<&'static str, String>> {
        let t = read(text.as_bytes()).unwrap();
        assert_eq!(t.format, Format::VCard);
        t.rows
            .iter()
            .map(|r| {
                assert_eq!(r.cells.len(), HEADERS.len());
                HEADERS.iter().enumerate().map(|(i, h)| (*h, r.cell(i).to_string())).collect()
            })
            .collect()
    }

    #[test]
    fn reads_a_30_card_with_folding_escapes_groups_and_types() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:O'Neil\\, Jr.;\"Bob\";Lee,Ann;Dr.;\r\n\
                    FN:\"Bob\" O'Neil\\, J\r\n r.\r\nORG:Acme\\; Co;Sales;EMEA\r\n\
                    TITLE:VP\\, Sales\r\nitem1.EMAIL;type=INTERNET;type=HOME:bob@home.example\r\n\
                    item2.EMAIL;TYPE=work,pref:bob@acme.example\r\n\
                    TEL;TYPE=FAX:+1 555 0100\r\nTEL;TYPE=\"cell\":+1 555 0101\r\n\
                    TEL;TYPE=work;TYPE=voice:+1 555 0102\r\nEND:VCARD\r\n";
        let c = &cards(text)[0];
        assert_eq!(c["FN"], "\"Bob\" O'Neil, Jr.");
        assert_eq!((c["N:family"].as_str(), c["N:given"].as_str()), ("O'Neil, Jr.", "\"Bob\""));
        assert_eq!(c["N:additional"], "Lee Ann");
        assert_eq!((c["ORG"].as_str(), c["ORG:unit"].as_str()), ("Acme; Co", "Sales / EMEA"));
        assert_eq!(c["TITLE"], "VP, Sales");
        assert_eq!(c["EMAIL"], "bob@acme.example");
        assert_eq!(c["TEL"], "+1 555 0102");
    }

    #[test]
    fn reads_21_quoted_printable_in_its_charset_with_soft_breaks() {
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Иванов");
        let qp1251: String = cp1251.iter().map(|b| format!("={b:02X}")).collect();
        let utf8: String = "Иван Петрович".bytes().map(|b| format!("={b:02X}")).collect();
        let (head, tail) = utf8.split_at(12);
        let text = format!(
            "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:{qp1251};;;\n\
             FN;CHARSET=UTF-8;QUOTED-PRINTABLE:{head}=\n{tail}\nTEL;WORK;VOICE:+7 495 123-45-67\n\
             TEL;CELL:+7 916 000-00-00\nEMAIL;PREF;INTERNET:ivan@example.ru\nEND:VCARD\n"
        );
        let c = &cards(&text)[0];
        assert_eq!(c["N:family"], "Иванов");
        assert_eq!(c["FN"], "Иван Петрович");
        assert_eq!(c["TEL"], "+7 495 123-45-67");
        assert_eq!(c["EMAIL"], "ivan@example.ru");
    }

    #[test]
    fn reads_40_uids_tel_uris_and_managers_by_uid_or_name() {
        let text = "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:AAA-1\nFN:Boss\nEND:VCARD\n\
                    BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:bbb-2\nFN:Worker\n\
                    TEL;VALUE=uri;TYPE=\"voice,work\":tel:+1-555-555-5555;ext=5555\n\
                    RELATED;TYPE=manager:urn:uuid:AAA-1\nEND:VCARD\n\
                    BEGIN:VCARD\nVERSION:4.0\nFN:Other\nRELATED;TYPE=manager;VALUE=text:Jane Roe\nEND:VCARD\n\
                    BEGIN:VCARD\nVERSION:3.0\nN:Solo;Han;;;\nX-MS-MANAGER:Leia Organa\nEND:VCARD\n";
        let c = cards(text);
        assert_eq!(c[0]["UID"], "AAA-1");
        assert_eq!(c[1]["TEL"], "+1-555-555-5555 ext. 5555");
        assert_eq!(
            (c[1]["RELATED:manager-uid"].as_str(), c[1]["RELATED:manager"].as_str()),
            ("AAA-1", "Boss")
        );
        assert_eq!(
            (c[2]["RELATED:manager"].as_str(), c[2]["RELATED:manager-uid"].as_str()),
            ("Jane Roe", "")
        );
        assert_eq!(c[3]["FN"], "Han Solo");
        assert_eq!(c[3]["RELATED:manager"], "Leia Organa");
        let t = read(text.as_bytes()).unwrap();
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 6, 13, 18]);
    }

    #[test]
    fn reads_apples_labelled_related_name_as_the_manager() {
        let text = "BEGIN:VCARD\nVERSION:3.0\nFN:A\nitem1.X-ABRELATEDNAMES:Not Boss\n\
                    item1.X-ABLabel:_$!<Assistant>!$_\nitem2.X-ABRELATEDNAMES;type=pref:Real Boss\n\
                    item2.X-ABLabel:_$!<Manager>!$_\nEND:VCARD\n";
        assert_eq!(cards(text)[0]["RELATED:manager"], "Real Boss");
    }

    #[test]
    fn a_nameless_card_is_a_row_and_a_group_is_none() {
        let text = "BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@y.z\nEND:VCARD\n\
                    BEGIN:VCARD\nVERSION:3.0\nFN:Team\nX-ADDRESSBOOKSERVER-KIND:group\nEND:VCARD\n";
        let c = cards(text);
        assert_eq!(c.len(), 1);
        assert_eq!((c[0]["FN"].as_str(), c[0]["EMAIL"].as_str()), ("", "x@y.z"));
    }

    #[test]
    fn skips_a_21_agents_embedded_card_and_photo_data() {
        let text = "BEGIN:VCARD\nVERSION:2.1\nFN:Main\nAGENT:\nBEGIN:VCARD\nFN:Agent\nEND:VCARD\n\
                    PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\n  SkZJRgAB\n\nTITLE:Boss\nEND:VCARD\n";
        let c = cards(text);
        assert_eq!(c.len(), 1);
        assert_eq!((c[0]["FN"].as_str(), c[0]["TITLE"].as_str()), ("Main", "Boss"));
    }

    #[test]
    fn broken_files_say_where() {
        let e = read(b"BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n").unwrap_err();
        assert!(matches!(&e, ImportError::Malformed { line: 4, why } if why.contains("no END:VCARD")), "{e}");
        let e = read(b"BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n").unwrap_err();
        assert!(matches!(&e, ImportError::Malformed { line: 1, why } if why.contains("line 3")), "{e}");
        let e = read(b"FN:A\nEND:VCARD\n").unwrap_err();
        assert!(matches!(e, ImportError::Malformed { line: 2, .. }), "{e}");
        let e = read(b"hello\n").unwrap_err();
        assert!(matches!(e, ImportError::Malformed { line: 1, .. }), "{e}");
    }

    #[test]
    fn maps_every_column() {
        let headers: Vec<String> = HEADERS.iter().map(|h| h.to_string()).collect();
        let m = mapping(&headers);
        assert!(m.fields.iter().all(Option::is_some));
        assert_eq!(m.column(Field::ManagerId), Some(MANAGER_UID));
        assert_eq!(m.column(Field::FullName), Some(FN));
        assert_eq!((m.system.as_deref(), m.source.as_str()), (Some("vcard"), "vCard"));
    }
}
