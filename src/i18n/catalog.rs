//! The Fluent files compiled in, one bundle per language, and formatting a message.

use super::{Arg, Lang, numbers};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The files of each language, by name, as compiled in. Every language has the same
/// names; a test checks that every message of one exists in the other.
pub const FILES: &[(&str, &str, &str)] = &[
    ("common.ftl", include_str!("../../locales/en/common.ftl"), include_str!("../../locales/ru/common.ftl")),
    (
        "analysis.ftl",
        include_str!("../../locales/en/analysis.ftl"),
        include_str!("../../locales/ru/analysis.ftl"),
    ),
    ("export.ftl", include_str!("../../locales/en/export.ftl"), include_str!("../../locales/ru/export.ftl")),
    ("cli.ftl", include_str!("../../locales/en/cli.ftl"), include_str!("../../locales/ru/cli.ftl")),
    ("core.ftl", include_str!("../../locales/en/core.ftl"), include_str!("../../locales/ru/core.ftl")),
    (
        "tui-views.ftl",
        include_str!("../../locales/en/tui-views.ftl"),
        include_str!("../../locales/ru/tui-views.ftl"),
    ),
    (
        "tui-keys.ftl",
        include_str!("../../locales/en/tui-keys.ftl"),
        include_str!("../../locales/ru/tui-keys.ftl"),
    ),
    (
        "tui-forms.ftl",
        include_str!("../../locales/en/tui-forms.ftl"),
        include_str!("../../locales/ru/tui-forms.ftl"),
    ),
    (
        "tui-messages.ftl",
        include_str!("../../locales/en/tui-messages.ftl"),
        include_str!("../../locales/ru/tui-messages.ftl"),
    ),
    (
        "settings.ftl",
        include_str!("../../locales/en/settings.ftl"),
        include_str!("../../locales/ru/settings.ftl"),
    ),
    ("store.ftl", include_str!("../../locales/en/store.ftl"), include_str!("../../locales/ru/store.ftl")),
    ("sync.ftl", include_str!("../../locales/en/sync.ftl"), include_str!("../../locales/ru/sync.ftl")),
    ("import.ftl", include_str!("../../locales/en/import.ftl"), include_str!("../../locales/ru/import.ftl")),
    (
        "tui-app.ftl",
        include_str!("../../locales/en/tui-app.ftl"),
        include_str!("../../locales/ru/tui-app.ftl"),
    ),
    ("deals.ftl", include_str!("../../locales/en/deals.ftl"), include_str!("../../locales/ru/deals.ftl")),
    ("plan.ftl", include_str!("../../locales/en/plan.ftl"), include_str!("../../locales/ru/plan.ftl")),
    ("grid.ftl", include_str!("../../locales/en/grid.ftl"), include_str!("../../locales/ru/grid.ftl")),
    (
        "strategy.ftl",
        include_str!("../../locales/en/strategy.ftl"),
        include_str!("../../locales/ru/strategy.ftl"),
    ),
];

fn source(l: Lang, file: &(&str, &'static str, &'static str)) -> &'static str {
    match l {
        Lang::En => file.1,
        Lang::Ru => file.2,
    }
}

fn build(l: Lang) -> FluentBundle<FluentResource> {
    let id = l.code().parse().expect("a language code is a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals draw Unicode isolation marks as boxes or gaps; the values we pass are
    // names and numbers shown on their own lines, not mixed-direction text.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match l {
        Lang::En => format_en,
        Lang::Ru => format_ru,
    }));
    for file in FILES {
        // A syntax error is caught by the catalogue's tests; the entries that parse
        // are still used, so one broken message never silences a whole file.
        let resource = FluentResource::try_new(source(l, file).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_en(v: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match v {
        FluentValue::Number(n) => {
            Some(numbers::show_in(Lang::En, n.value, n.options.maximum_fraction_digits))
        }
        _ => None,
    }
}

fn format_ru(v: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match v {
        FluentValue::Number(n) => {
            Some(numbers::show_in(Lang::Ru, n.value, n.options.maximum_fraction_digits))
        }
        _ => None,
    }
}

fn bundle(l: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static RU: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match l {
        Lang::En => EN.get_or_init(|| build(Lang::En)),
        Lang::Ru => RU.get_or_init(|| build(Lang::Ru)),
    }
}

/// Whether a language has a message.
pub fn has_message(l: Lang, id: &str) -> bool {
    bundle(l).has_message(id)
}

/// The ids of the messages of one file of one language, in the file's order (for the
/// catalogue's tests).
pub fn message_ids(l: Lang, file: &str) -> Vec<String> {
    let Some(f) = FILES.iter().find(|f| f.0 == file) else { return Vec::new() };
    let resource = FluentResource::try_new(source(l, f).to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The message formatted; a message missing from the language falls back to English,
/// and one missing from both is its id (tests make sure neither happens).
pub(super) fn format(l: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let b = bundle(l);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return if l == Lang::En { id.to_string() } else { format(Lang::En, id, args) };
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}
