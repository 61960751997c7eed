//! The message catalogue: both languages have the same messages with the same
//! arguments, every message the code asks for exists, and plurals follow CLDR.

use dmu::i18n::{FILES, Lang, tr_in};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Each message of a file with the variables it uses.
fn messages(source: &str, file: &str, lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang}/{file} does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            assert!(m.value.is_some(), "{lang}/{file}: {} has no value", m.id.name);
            assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{lang}/{file}: {} twice", m.id.name);
        }
    }
    out
}

fn variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let mut problems = Vec::new();
    for (file, en, ru) in FILES {
        let (en, ru) = (messages(en, file, "en"), messages(ru, file, "ru"));
        for (id, vars) in &en {
            match ru.get(id) {
                None => problems.push(format!("{file}: {id} is in English only")),
                Some(r) if r != vars => {
                    problems.push(format!("{file}: {id} takes {vars:?} in English, {r:?} in Russian"))
                }
                _ => {}
            }
        }
        for id in ru.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{file}: {id} is in Russian only"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_is_in_two_files() {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (file, en, _) in FILES {
        for id in messages(en, file, "en").into_keys() {
            if let Some(other) = seen.insert(id.clone(), file) {
                panic!("{id} is in {other} and {file}");
            }
        }
    }
}

/// Every `t!("id"` and `tr("id"` in the sources names a message that exists.
#[test]
fn every_message_the_code_asks_for_exists() {
    let mut ids = BTreeSet::new();
    for (file, en, _) in FILES {
        ids.extend(messages(en, file, "en").into_keys());
    }
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            // Comments may show made-up ids as examples.
            let text: String = std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for opener in ["t!(\"", "tr(\"", "tr_args(\"", "tr_in(l, \""] {
                for (at, _) in text.match_indices(opener) {
                    // `format!("` ends in `t!("`: only a whole word counts.
                    let before = text[..at].chars().next_back();
                    if before
                        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':' && opener == "t!(\"")
                        && !text[..at].ends_with("i18n::")
                    {
                        continue;
                    }
                    let rest = &text[at + opener.len()..];
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    if !id.is_empty() && !ids.contains(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "messages asked for but not in locales/en:\n{}", missing.join("\n"));
}

#[test]
fn russian_counts_take_their_cldr_forms() {
    let ru = |n: usize| tr_in(Lang::Ru, "count-accounts", &[("n", n.into())]);
    let table = [
        (0, "0 аккаунтов"),
        (1, "1 аккаунт"),
        (2, "2 аккаунта"),
        (5, "5 аккаунтов"),
        (11, "11 аккаунтов"),
        (21, "21 аккаунт"),
        (22, "22 аккаунта"),
        (25, "25 аккаунтов"),
        (111, "111 аккаунтов"),
    ];
    for (n, want) in table {
        assert_eq!(ru(n), want, "{n}");
    }
    let big = tr_in(Lang::Ru, "count-people", &[("n", 1_200_000usize.into())]);
    assert_eq!(big, "1\u{a0}200\u{a0}000 человек");
}

#[test]
fn english_counts_are_one_and_other() {
    let en = |n: usize| tr_in(Lang::En, "count-accounts", &[("n", n.into())]);
    for (n, want) in
        [(0, "0 accounts"), (1, "1 account"), (2, "2 accounts"), (21, "21 accounts"), (111, "111 accounts")]
    {
        assert_eq!(en(n), want);
    }
}

#[test]
fn no_isolation_marks_reach_the_screen() {
    let s = tr_in(Lang::Ru, "count-accounts", &[("n", 3usize.into())]);
    assert!(!s.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)), "{s:?}");
}

/// English files are English: a Cyrillic letter there is a message put in the wrong
/// file (names in examples are written in Latin letters).
#[test]
fn english_files_hold_no_cyrillic() {
    for (file, en, _) in FILES {
        for (n, line) in en.lines().enumerate() {
            assert!(
                !line.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                "en/{file}:{}: {line}",
                n + 1
            );
        }
    }
}
