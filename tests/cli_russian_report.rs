//! `dmu report`, `dmu export` and `dmu portfolio` in Russian on the demo account: the
//! headings and sentences are Russian, with Russian plurals and dates, and every Latin
//! word left is a name from the account, a code or a format; `--lang en` is English.

mod common;

use common::cli::{demo_data, dmu};
use common::russian::english_words;
use std::path::Path;

const DEMO: &str = include_str!("../assets/demo.json");
const TODAY: &str = "2026-11-27";

/// Runs dmu and returns its output, which must be a success.
fn run(data: &Path, args: &[&str]) -> String {
    let o = dmu(data, args);
    assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// The text without the flag codes (`[stale_contact]`, `` `no_champion` ``): codes are
/// identifiers that scripts read, the same in every language.
fn without_codes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut code = false;
    for c in text.chars() {
        match c {
            '[' | '`' if !code => code = true,
            ']' | '`' if code => code = false,
            _ if code && (c.is_ascii_lowercase() || c == '_') => {}
            _ if code => {
                out.push(c);
                code = false;
            }
            _ => out.push(c),
        }
    }
    out
}

fn cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

fn demo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    demo_data(tmp.path());
    tmp
}

#[test]
fn the_text_report_speaks_russian() {
    let tmp = demo();
    let out = run(tmp.path(), &["report", "demo", "--today", TODAY, "--lang", "ru"]);
    for heading in [
        "оценка протаскивания 19/100",
        "Цепочки влияния",
        "Тревожные сигналы",
        "Лучшие следующие контакты",
        "По этапам",
    ] {
        assert!(out.contains(heading), "no {heading:?} in\n{out}");
    }
    for stage in ["  Пользователи: ", "  Влияющие: ", "  ЛПР: ", "  Плательщики: "]
    {
        assert!(out.contains(stage), "no {stage:?} in\n{out}");
    }
    // Strengths with a decimal comma, no English left.
    assert!(out.contains("(сила 0,"), "{out}");
    assert_eq!(english_words(&without_codes(&out), DEMO), Vec::<String>::new(), "{out}");
}

#[test]
fn the_markdown_report_speaks_russian() {
    let tmp = demo();
    let out = run(tmp.path(), &["report", "demo", "--format", "md", "--today", TODAY, "--lang", "ru"]);
    for heading in
        ["## Цепочки влияния", "## Тревожные сигналы", "## Лучшие следующие контакты", "## По этапам"]
    {
        assert!(out.contains(heading), "no {heading:?} in\n{out}");
    }
    assert!(out.starts_with("# "), "{out}");
    assert_eq!(english_words(&without_codes(&out), DEMO), Vec::<String>::new(), "{out}");
}

#[test]
fn the_json_report_keeps_its_codes_and_words_its_sentences_in_russian() {
    let tmp = demo();
    let out = run(tmp.path(), &["report", "demo", "--format", "json", "--today", TODAY, "--lang", "ru"]);
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    let en: serde_json::Value = serde_json::from_str(&run(
        tmp.path(),
        &["report", "demo", "--format", "json", "--today", TODAY, "--lang", "en"],
    ))
    .unwrap();
    // The same figures and codes in both languages; only the sentences differ.
    assert_eq!(r["score"], en["score"]);
    assert_eq!(r["paths"], en["paths"]);
    let codes = |v: &serde_json::Value| -> Vec<String> {
        v["red_flags"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(codes(&r), codes(&en));
    let mut sentences: Vec<&str> =
        r["red_flags"].as_array().unwrap().iter().map(|f| f["message"].as_str().unwrap()).collect();
    sentences.extend(r["next_best"].as_array().unwrap().iter().map(|s| s["reason"].as_str().unwrap()));
    for s in &sentences {
        assert!(cyrillic(s), "{s}");
        assert_eq!(english_words(s, DEMO), Vec::<String>::new(), "{s}");
    }
}

#[test]
fn the_markdown_export_speaks_russian() {
    let tmp = demo();
    let out = run(tmp.path(), &["export", "demo", "--format", "md", "--lang", "ru"]);
    for heading in [
        "## Группа принятия решений",
        "### ЛПР (",
        "### Пользователи (",
        "## Наша команда и охват",
        "## Связи",
        "### Подчинение",
        "### Влияние",
        "| Имя | Должность |",
    ] {
        assert!(out.contains(heading), "no {heading:?} in\n{out}");
    }
    assert!(out.contains("- **Уровень:** Ключевой"), "{out}");
    assert_eq!(english_words(&out, DEMO), Vec::<String>::new(), "{out}");
}

/// The text a graph shows: its labels and tooltips, not its syntax.
fn shown_text(graph: &str) -> String {
    let mut out = String::new();
    for line in graph.lines() {
        let line = line.trim();
        // The first comment is the title; the others name sections for whoever edits the file.
        if let Some(title) = line.strip_prefix("%% ").filter(|_| out.is_empty()) {
            out.push_str(title);
            out.push('\n');
        }
        for (open, close) in
            [("label=\"", "\""), ("tooltip=\"", "\""), ("[\"", "\"]"), ("|", "|"), ("<B>", "</B>")]
        {
            let mut rest = line;
            while let Some(at) = rest.find(open) {
                rest = &rest[at + open.len()..];
                let end = rest.find(close).unwrap_or(rest.len());
                out.push_str(&rest[..end]);
                out.push('\n');
                rest = rest.get(end + close.len()..).unwrap_or("");
            }
        }
        // A legend cell: the text between the last tag's `">` and `</FONT>`.
        if let Some(end) = line.find("</FONT>") {
            let at = line[..end].rfind("\">").map_or(end, |at| at + 2);
            out.push_str(&line[at..end]);
            out.push('\n');
        }
    }
    // Graph markup inside labels: line breaks.
    out.replace("<br/>", " ").replace("\\n", " ")
}

#[test]
fn the_graph_exports_label_and_explain_in_russian() {
    let tmp = demo();
    let dot = run(tmp.path(), &["export", "demo", "--format", "dot", "--lang", "ru"]);
    assert!(dot.contains("группа принятия решений") && dot.contains("Условные обозначения"), "{dot}");
    assert!(dot.contains("влияние 5/5") || dot.contains("влияние 4/5"), "{dot}");
    assert_eq!(english_words(&shown_text(&dot), DEMO), Vec::<String>::new(), "{}", shown_text(&dot));
    let mmd = run(tmp.path(), &["export", "demo", "--format", "mermaid", "--lang", "ru"]);
    assert!(mmd.contains("группа принятия решений") && mmd.contains("влияние "), "{mmd}");
    assert_eq!(english_words(&shown_text(&mmd), DEMO), Vec::<String>::new(), "{}", shown_text(&mmd));
}

#[test]
fn the_portfolio_speaks_russian_with_russian_plurals_and_dates() {
    let tmp = demo();
    let out = run(tmp.path(), &["portfolio", "--today", TODAY, "--lang", "ru"]);
    assert!(out.starts_with("Портфель на 27.11.2026: 1 аккаунт, выручка "), "{out}");
    for column in ["КЛИЕНТ", "УРОВЕНЬ", "ВЫРУЧКА", "ОЦЕНКА"] {
        assert!(out.contains(column), "no {column:?} in\n{out}");
    }
    assert_eq!(english_words(&without_codes(&out), DEMO), Vec::<String>::new(), "{out}");
}

#[test]
fn english_stays_as_it_was() {
    let tmp = demo();
    let report = run(tmp.path(), &["report", "demo", "--today", TODAY, "--lang", "en"]);
    for heading in [
        "pull score 19/100",
        "\nPull paths\n",
        "\nRed flags\n",
        "\nNext best contacts\n",
        "\nStage by stage\n",
    ] {
        assert!(report.contains(heading), "no {heading:?} in\n{report}");
    }
    for russian in ["Цепочки", "сигналы", "ЛПР", "оценка"] {
        assert!(!report.contains(russian), "{russian:?} in\n{report}");
    }
    // The exports in English are the golden files, byte for byte.
    for (format, golden) in [
        ("md", include_str!("golden/demo.md")),
        ("dot", include_str!("golden/demo.dot")),
        ("mermaid", include_str!("golden/demo.mmd")),
    ] {
        assert_eq!(
            run(tmp.path(), &["export", "demo", "--format", format, "--today", TODAY, "--lang", "en"]),
            golden,
            "{format}"
        );
    }
    let portfolio = run(tmp.path(), &["portfolio", "--today", TODAY, "--lang", "en"]);
    assert!(portfolio.starts_with("Portfolio on 2026-11-27: 1 account, revenue "), "{portfolio}");
}
