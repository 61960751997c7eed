//! Mappings a rep corrected and saved under a name, for the next file of the same kind.
//!
//! They live in `import-profiles.toml` beside the settings file:
//!
//! ```toml
//! [profiles.wholesale]
//! system = "crm"
//!
//! [profiles.wholesale.columns]
//! "ФИО" = "name"
//! "E-mail" = "email"
//! ```
//!
//! `system` is the `external_ids` key of the file's ids (left out: the ids are not
//! kept); each column name, as the file writes it, names a field by its
//! [`Field::key`]. dmu rewrites the whole file when a profile is saved, so comments
//! in it are not kept.

use super::columns::normalise;
use super::{Field, Mapping};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A saved mapping: which column name holds which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    /// The `external_ids` key for the file's ids.
    pub system: Option<String>,
    /// Column name (as the file writes it) and the field it holds.
    pub columns: Vec<(String, Field)>,
}

impl Profile {
    /// The mapping of a file with these headers: a header is a profile's column when
    /// they are the same without case, blanks or a byte order mark; each field comes
    /// from the first column that holds it.
    pub fn mapping(&self, headers: &[String]) -> Mapping {
        let columns: Vec<(String, Field)> = self.columns.iter().map(|(c, f)| (normalise(c), *f)).collect();
        let mut fields: Vec<Option<Field>> = Vec::with_capacity(headers.len());
        for h in headers {
            let h = normalise(h);
            let f = columns.iter().find(|(c, _)| *c == h).map(|(_, f)| *f);
            fields.push(f.filter(|f| !fields.contains(&Some(*f))));
        }
        Mapping { fields, system: self.system.clone(), source: format!("profile “{}”", self.name) }
    }

    /// A profile that maps these headers as `mapping` does.
    pub fn from_mapping(name: &str, headers: &[String], mapping: &Mapping) -> Profile {
        let mut columns: Vec<(String, Field)> = Vec::new();
        for (h, f) in headers.iter().zip(&mapping.fields) {
            let Some(f) = *f else { continue };
            let h = h.replace('\u{feff}', "").trim().to_string();
            if !h.is_empty() && !columns.iter().any(|(c, _)| *c == h) {
                columns.push((h, f));
            }
        }
        Profile { name: name.trim().to_string(), system: mapping.system.clone(), columns }
    }
}

/// The profiles file beside the settings file.
pub fn path_beside(settings: &Path) -> PathBuf {
    settings.with_file_name("import-profiles.toml")
}

/// The saved profiles, in file order; none when the file does not exist. A file
/// that is not TOML, or not profiles, is an error naming its line.
pub fn load(path: &Path) -> Result<Vec<Profile>, String> {
    let text = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("could not read {}: {}", path.display(), crate::store::io_words(&e))),
    };
    let text = String::from_utf8(text)
        .map_err(|_| format!("{}: this is not UTF-8 text; save it as UTF-8", path.display()))?;
    parse(path, &text)
}

/// Saves `p`, replacing a profile of the same name and keeping the others; creates
/// the folder when needed. A broken file is left as it is, and the error says why.
pub fn save(path: &Path, p: &Profile) -> Result<(), String> {
    if p.name.trim().is_empty() {
        return Err("a profile needs a name".into());
    }
    let mut all =
        load(path).map_err(|e| format!("{e}\nthe profile was not saved; fix or remove that file first"))?;
    match all.iter_mut().find(|q| q.name == p.name) {
        Some(q) => *q = p.clone(),
        None => all.push(p.clone()),
    }
    let io = |e: std::io::Error| format!("could not save {}: {}", path.display(), crate::store::io_words(&e));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    crate::store::write_atomic(path, render(&all).as_bytes(), false).map_err(io)
}

/// The text of a profiles file holding `profiles`; [`parse`] reads it back as they
/// are. A second profile of one name, or a second column of one name, is left out.
pub fn render(profiles: &[Profile]) -> String {
    let mut out = String::from(
        "# dmu import profiles: for each profile, the column names of a file and the field\n\
         # each holds. dmu rewrites this file when a profile is saved.\n",
    );
    let mut seen: Vec<&str> = Vec::new();
    for p in profiles {
        if seen.contains(&p.name.as_str()) {
            continue;
        }
        seen.push(&p.name);
        let name = key(&p.name);
        out.push_str(&format!("\n[profiles.{name}]\n"));
        if let Some(s) = &p.system {
            out.push_str(&format!("system = {}\n", quoted(s)));
        }
        out.push_str(&format!("\n[profiles.{name}.columns]\n"));
        let mut columns: Vec<&str> = Vec::new();
        for (c, f) in &p.columns {
            if !columns.contains(&c.as_str()) {
                columns.push(c);
                out.push_str(&format!("{} = {}\n", key(c), quoted(f.key())));
            }
        }
    }
    out
}

/// A TOML key: bare when it can be, else a quoted string.
fn key(s: &str) -> Cow<'_, str> {
    let bare = !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if bare { Cow::Borrowed(s) } else { Cow::Owned(quoted(s)) }
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Reads the text of a profiles file; `path` names it in errors (`path:line: what`).
pub fn parse(path: &Path, text: &str) -> Result<Vec<Profile>, String> {
    let at = |offset: usize, what: String| {
        let line = text[..offset.min(text.len())].matches('\n').count() + 1;
        format!("{}:{line}: {what}", path.display())
    };
    let table = DeTable::parse(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        at(offset, format!("this is not valid TOML: {}", e.message().trim()))
    })?;
    let mut profiles = Vec::new();
    for (k, v) in in_file_order(table.get_ref()) {
        if k.get_ref().as_ref() != "profiles" {
            return Err(at(
                k.span().start,
                format!("unknown key “{}”; the file holds [profiles.NAME] tables", k.get_ref()),
            ));
        }
        let DeValue::Table(all) = v.get_ref() else {
            return Err(at(v.span().start, "“profiles” must be a table, as [profiles.NAME]".into()));
        };
        for (name, body) in in_file_order(all) {
            profiles.push(profile(name.get_ref(), body, &at)?);
        }
    }
    Ok(profiles)
}

fn profile(
    name: &str,
    body: &Spanned<DeValue<'_>>,
    at: &impl Fn(usize, String) -> String,
) -> Result<Profile, String> {
    let DeValue::Table(t) = body.get_ref() else {
        return Err(at(
            body.span().start,
            format!("profile “{name}” must be a table, as [profiles.{}]", key(name)),
        ));
    };
    if name.trim().is_empty() {
        return Err(at(body.span().start, "a profile needs a name".into()));
    }
    let mut p = Profile { name: name.to_string(), system: None, columns: Vec::new() };
    for (k, v) in in_file_order(t) {
        match k.get_ref().as_ref() {
            "system" => match v.get_ref() {
                DeValue::String(s) => p.system = Some(s.trim().to_string()).filter(|s| !s.is_empty()),
                _ => {
                    return Err(at(
                        v.span().start,
                        format!("“system” of profile “{name}” must be a string, such as \"crm\""),
                    ));
                }
            },
            "columns" => {
                let DeValue::Table(cols) = v.get_ref() else {
                    return Err(at(
                        v.span().start,
                        format!(
                            "“columns” of profile “{name}” must be a table, as [profiles.{}.columns]",
                            key(name)
                        ),
                    ));
                };
                for (column, field) in in_file_order(cols) {
                    let column = column.get_ref().as_ref();
                    let DeValue::String(word) = field.get_ref() else {
                        return Err(at(
                            field.span().start,
                            format!(
                                "column “{column}” of profile “{name}” must name a field, such as \"email\""
                            ),
                        ));
                    };
                    let Some(f) = Field::from_key(word.trim()) else {
                        let known: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
                        return Err(at(
                            field.span().start,
                            format!(
                                "column “{column}” of profile “{name}”: unknown field “{word}”; the fields are: {}",
                                known.join(", ")
                            ),
                        ));
                    };
                    p.columns.push((column.to_string(), f));
                }
            }
            other => {
                return Err(at(
                    k.span().start,
                    format!(
                        "unknown key “{other}” in profile “{name}”; a profile has “system” and “columns”"
                    ),
                ));
            }
        }
    }
    Ok(p)
}

/// A table's entries in the order the file writes them.
fn in_file_order<'t, 'i>(t: &'t DeTable<'i>) -> Vec<(&'t Spanned<Cow<'i, str>>, &'t Spanned<DeValue<'i>>)> {
    let mut entries: Vec<_> = t.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wholesale() -> Profile {
        Profile {
            name: "wholesale".into(),
            system: Some("crm".into()),
            columns: vec![("ФИО".into(), Field::FullName), ("E-mail".into(), Field::Email)],
        }
    }

    fn odd() -> Profile {
        Profile {
            name: "Оптовики \"Юг\" \\ 2025".into(),
            system: None,
            columns: vec![
                ("Имя \"клиента\"".into(), Field::FirstName),
                ("tab\there".into(), Field::Title),
                ("manager_id".into(), Field::ManagerId),
            ],
        }
    }

    #[test]
    fn the_file_sits_beside_the_settings() {
        assert_eq!(
            path_beside(Path::new("/home/a/.config/dmu/settings.toml")),
            Path::new("/home/a/.config/dmu/import-profiles.toml")
        );
    }

    #[test]
    fn a_missing_file_holds_no_profiles() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(&dir.path().join("import-profiles.toml")), Ok(vec![]));
    }

    #[test]
    fn reads_the_documented_form() {
        let text = "[profiles.wholesale]\nsystem = \"crm\"\n[profiles.wholesale.columns]\n\"ФИО\" = \"name\"\n\"E-mail\" = \"email\"\n";
        assert_eq!(parse(Path::new("p.toml"), text), Ok(vec![wholesale()]));
        let inline =
            "profiles.b.columns = { Name = \"name\" }\n[profiles.a]\ncolumns = { \"Почта\" = \"email\" }\n";
        let ps = parse(Path::new("p.toml"), inline).unwrap();
        assert_eq!(ps.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(ps[1].columns, [("Почта".to_string(), Field::Email)]);
        assert_eq!(ps[1].system, None);
    }

    #[test]
    fn save_two_reload_replace_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deeper").join("import-profiles.toml");
        save(&path, &wholesale()).unwrap();
        save(&path, &odd()).unwrap();
        assert_eq!(load(&path).unwrap(), [wholesale(), odd()]);

        let mut changed = wholesale();
        changed.system = None;
        changed.columns.push(("Телефон".into(), Field::Phone));
        save(&path, &changed).unwrap();
        assert_eq!(load(&path).unwrap(), [changed, odd()]);
        // No temporary file is left beside it.
        let names: Vec<_> =
            std::fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["import-profiles.toml"]);
    }

    #[test]
    fn names_with_quotes_and_cyrillic_survive_the_round_trip() {
        let text = render(&[odd(), wholesale()]);
        assert!(text.contains("[profiles.\"Оптовики \\\"Юг\\\" \\\\ 2025\"]"), "{text}");
        assert!(text.contains("\"tab\\there\" = \"title\""), "{text}");
        assert!(text.contains("[profiles.wholesale]"), "{text}");
        assert_eq!(parse(Path::new("p.toml"), &text), Ok(vec![odd(), wholesale()]));
        let control = Profile {
            name: "line\nbreak\u{7}".into(),
            system: Some("a\"b".into()),
            columns: vec![("\u{1}".into(), Field::Email)],
        };
        assert_eq!(parse(Path::new("p.toml"), &render(std::slice::from_ref(&control))), Ok(vec![control]));
    }

    #[test]
    fn a_broken_file_is_an_error_with_its_line_and_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("import-profiles.toml");
        let broken = "[profiles.a]\nsystem = \"crm\"\n[profiles.a.columns]\n\"Name\" = name\n";
        std::fs::write(&path, broken).unwrap();
        let e = load(&path).unwrap_err();
        assert!(e.starts_with(&format!("{}:4: this is not valid TOML", path.display())), "{e}");
        let e = save(&path, &wholesale()).unwrap_err();
        assert!(e.contains(":4:") && e.contains("not saved"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    }

    #[test]
    fn an_unknown_field_or_key_names_its_line() {
        let p = Path::new("/x/import-profiles.toml");
        let e = parse(p, "[profiles.a.columns]\nName = \"name\"\n\"E-mail\" = \"mail\"\n").unwrap_err();
        assert!(
            e.starts_with("/x/import-profiles.toml:3: column “E-mail” of profile “a”: unknown field “mail”"),
            "{e}"
        );
        assert!(e.contains("first_name, middle_name"), "{e}");
        let e = parse(p, "[profiles.a]\ncolums = {}\n").unwrap_err();
        assert!(e.starts_with("/x/import-profiles.toml:2: unknown key “colums” in profile “a”"), "{e}");
        let e = parse(p, "\n[profile.a]\n").unwrap_err();
        assert!(e.starts_with("/x/import-profiles.toml:2: unknown key “profile”"), "{e}");
        let e = parse(p, "[profiles.a]\nsystem = 3\n").unwrap_err();
        assert!(e.starts_with("/x/import-profiles.toml:2: “system” of profile “a” must be a string"), "{e}");
        let e = parse(p, "profiles = 1\n").unwrap_err();
        assert!(e.starts_with("/x/import-profiles.toml:1: “profiles” must be a table"), "{e}");
        let e = parse(p, "[profiles.a.columns]\nName = 1\n").unwrap_err();
        assert!(
            e.starts_with("/x/import-profiles.toml:2: column “Name” of profile “a” must name a field"),
            "{e}"
        );
    }

    #[test]
    fn an_empty_file_holds_no_profiles() {
        assert_eq!(parse(Path::new("p.toml"), ""), Ok(vec![]));
        assert_eq!(parse(Path::new("p.toml"), "# nothing yet\n"), Ok(vec![]));
    }

    #[test]
    fn a_profile_maps_headers_whatever_their_case() {
        let headers: Vec<String> =
            ["\u{feff}фио", "e-mail", "E-MAIL", "Notes"].iter().map(|s| s.to_string()).collect();
        let m = wholesale().mapping(&headers);
        assert_eq!(m.fields, [Some(Field::FullName), Some(Field::Email), None, None]);
        assert_eq!(m.system.as_deref(), Some("crm"));
        assert_eq!(m.source, "profile “wholesale”");
    }

    #[test]
    fn from_mapping_keeps_the_mapped_columns() {
        let headers: Vec<String> = ["\u{feff}ФИО", "Notes", "E-mail"].iter().map(|s| s.to_string()).collect();
        let mapping = Mapping {
            fields: vec![Some(Field::FullName), None, Some(Field::Email)],
            system: Some("crm".into()),
            source: "column names".into(),
        };
        assert_eq!(Profile::from_mapping(" wholesale ", &headers, &mapping), wholesale());
    }
}
