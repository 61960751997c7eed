//! The analysis as text, Markdown and JSON for `dmu report`. The JSON shape is a
//! documented, stable interface (`docs/pull-model.md`): ids, never positions.

use super::{Analysis, PullPath, join, name, shown};
use crate::model::Account;
use crate::t;
use crate::text::inert;
use serde_json::{Value, json};

/// How many next steps the text and Markdown reports list (JSON lists all it has).
const SHOWN_STEPS: usize = 5;

/// The paths in report order: to each decider, then to each payer, strongest first.
fn paths(an: &Analysis) -> impl Iterator<Item = (&'static str, &PullPath)> {
    an.decider_paths.iter().map(|p| ("decider", p)).chain(an.payer_paths.iter().map(|p| ("payer", p)))
}

fn chain(a: &Account, p: &PullPath) -> String {
    p.people.iter().map(|&i| name(a, i)).collect::<Vec<_>>().join(" -> ")
}

/// How sure a path is, in percent: the confidence of its least sure judgement.
fn sureness(confidence: f64) -> String {
    ((confidence * 100.0).round() as u32).to_string()
}

/// A plain-text report for the terminal.
pub fn report_text(a: &Account, an: &Analysis) -> String {
    let title = t!("analysis-report-title", name = inert(&a.name), id = inert(&a.id), score = an.score);
    let mut out = format!("{title}\n");
    if let Some(line) = deal_line(a, an) {
        out.push_str(&format!("{line}\n"));
    }
    out.push_str(&format!("\n{}\n", t!("analysis-report-paths")));
    if an.decider_paths.is_empty() && an.payer_paths.is_empty() {
        out.push_str(&format!("  {}\n", t!("analysis-report-no-paths")));
    }
    for (role, p) in paths(an) {
        let weak = format!("{} -> {}", name(a, p.weakest.0), name(a, p.weakest.1));
        let (target, chain, strength, sure) =
            (name(a, p.target), chain(a, p), shown(p.strength), sureness(p.confidence));
        let line = t!(
            "analysis-report-path",
            role = role,
            target = target,
            chain = chain,
            strength = strength,
            weak = weak,
            sure = sure
        );
        out.push_str(&format!("  {line}\n"));
    }
    out.push_str(&format!("\n{}\n", t!("analysis-report-flags")));
    if an.red_flags.is_empty() {
        out.push_str(&format!("  {}\n", t!("analysis-report-none")));
    }
    for f in &an.red_flags {
        out.push_str(&format!("  [{}] {}\n", f.code.code(), f.message));
    }
    out.push_str(&format!("\n{}\n", t!("analysis-report-next")));
    if let Some(q) = &an.quiet {
        out.push_str(&format!("  {}\n", q.sentence()));
    }
    if let Some(why) = &an.when_stuck {
        out.push_str(&format!("  {}\n", t!("analysis-report-stuck", why = why)));
    }
    for (n, s) in an.next_best.iter().take(SHOWN_STEPS).enumerate() {
        out.push_str(&format!("  {}. {}\n", n + 1, s.reason));
    }
    if !an.push_route.is_empty() {
        let names = join(an.push_route.iter().map(|&i| name(a, i)));
        out.push_str(&format!("\n{}\n", t!("analysis-report-push", names = names)));
    }
    out.push_str(&format!("\n{}\n", t!("analysis-report-stages")));
    for s in &an.stages {
        out.push_str(&format!("  {}: {}\n", s.stage.tr_label(), s.sentence));
    }
    out
}

/// Escapes the characters Markdown would read as formatting or HTML (`>` only quotes at
/// the start of a line, and no line here starts with a name).
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A Markdown report, for notes and account plans.
pub fn report_markdown(a: &Account, an: &Analysis) -> String {
    let mut out =
        format!("{}\n", t!("analysis-report-title-md", name = md(&inert(&a.name)), score = an.score));
    if let Some(line) = deal_line(a, an) {
        out.push_str(&format!("\n{}\n", md(&line)));
    }
    out.push_str(&format!("\n## {}\n\n", t!("analysis-report-paths")));
    if an.decider_paths.is_empty() && an.payer_paths.is_empty() {
        out.push_str(&format!("{}\n", t!("analysis-report-no-paths-md")));
    }
    for (role, p) in paths(an) {
        let weak = md(&format!("{} -> {}", name(a, p.weakest.0), name(a, p.weakest.1)));
        let (target, chain) = (md(&name(a, p.target)), md(&chain(a, p)));
        let (strength, sure) = (shown(p.strength), sureness(p.confidence));
        let line = t!(
            "analysis-report-path-md",
            role = role,
            target = target,
            chain = chain,
            strength = strength,
            weak = weak,
            sure = sure
        );
        out.push_str(&format!("- {line}\n"));
    }
    out.push_str(&format!("\n## {}\n\n", t!("analysis-report-flags")));
    if an.red_flags.is_empty() {
        out.push_str(&format!("{}\n", t!("analysis-report-none-md")));
    }
    for f in &an.red_flags {
        out.push_str(&format!("- `{}`: {}\n", f.code.code(), md(&f.message)));
    }
    out.push_str(&format!("\n## {}\n\n", t!("analysis-report-next")));
    if let Some(q) = &an.quiet {
        out.push_str(&format!("{}\n\n", md(&q.sentence())));
    }
    if let Some(why) = &an.when_stuck {
        out.push_str(&format!("{}\n", t!("analysis-report-stuck-md", why = md(why))));
    }
    for (n, s) in an.next_best.iter().take(SHOWN_STEPS).enumerate() {
        out.push_str(&format!("{}. **+{}** {}\n", n + 1, s.gain, md(&s.reason)));
    }
    if !an.push_route.is_empty() {
        let names = join(an.push_route.iter().map(|&i| md(&name(a, i))));
        let (head, line) = (t!("analysis-report-push-md"), t!("analysis-report-push-md-line", names = names));
        out.push_str(&format!("\n## {head}\n\n{line}\n"));
    }
    out.push_str(&format!("\n## {}\n\n", t!("analysis-report-stages")));
    for s in &an.stages {
        out.push_str(&format!("- **{}**: {}\n", s.stage.tr_label(), md(&s.sentence)));
    }
    out
}

/// The documented JSON shape: `{"account", "score", "paths", "red_flags", "next_best"}`.
/// Strengths are rounded to 4 decimals so that the output reads well and diffs cleanly.
pub fn report_json(a: &Account, an: &Analysis) -> Value {
    let id = |i: usize| Value::String(a.people[i].id.clone());
    let paths: Vec<Value> = paths(an)
        .map(|(role, p)| {
            json!({
                "role": role,
                "target": id(p.target),
                "people": p.people.iter().map(|&i| id(i)).collect::<Vec<_>>(),
                "strength": (p.strength * 10_000.0).round() / 10_000.0,
                "confidence": (p.confidence * 10_000.0).round() / 10_000.0,
                "weakest": {"from": id(p.weakest.0), "to": id(p.weakest.1)},
            })
        })
        .collect();
    let flags: Vec<Value> = an
        .red_flags
        .iter()
        .map(|f| {
            json!({"code": f.code.code(), "people": f.people.iter().map(|&i| id(i)).collect::<Vec<_>>(), "message": f.message})
        })
        .collect();
    let next: Vec<Value> = an
        .next_best
        .iter()
        .map(|s| {
            let mut step =
                json!({"person": id(s.person), "step": s.step.key(), "gain": s.gain, "reason": s.reason});
            if let Some(v) = s.via {
                step["via"] = id(v);
            }
            if let Some(m) = s.member {
                step["member"] = Value::String(a.team[m].id.clone());
            }
            step
        })
        .collect();
    let mut out =
        json!({"account": a.id, "score": an.score, "paths": paths, "red_flags": flags, "next_best": next});
    if let Some(why) = &an.when_stuck {
        out["when_stuck"] = Value::String(why.clone());
    }
    out["sides"] = json!({
        "deciders": (an.sides[0] * 10_000.0).round() / 10_000.0,
        "payers": (an.sides[1] * 10_000.0).round() / 10_000.0,
    });
    if !an.vetoes.is_empty() {
        out["vetoes"] = Value::Array(an.vetoes.iter().map(|&i| id(i)).collect());
    }
    if let Some(d) = an.deal.as_deref().and_then(|d| a.deal(d)) {
        out["deal"] = json!({
            "id": d.id, "name": d.name, "stage": d.stage().key(), "process": d.process().key(),
            "value": d.value, "close": d.close.map(|c| c.to_string()),
        });
    }
    if let Some(q) = &an.quiet {
        out["quiet_period"] = json!({
            "deal": q.deal, "until": q.until.to_string(), "held_steps": q.held, "message": q.sentence(),
        });
    }
    out
}

/// "Deal: Line 3 retrofit (negotiation, 1,200,000, closes 2027-02-01)": which deal the
/// report looks through, when it looks through one.
fn deal_line(a: &Account, an: &Analysis) -> Option<String> {
    let d = a.deal(an.deal.as_deref()?)?;
    let mut facts = vec![d.stage().tr_word(), d.process().tr_word()];
    if d.value.is_some() {
        let amount = super::portfolio_text::money(d.worth());
        facts.push(a.currency.as_deref().map_or(amount.clone(), |c| format!("{amount} {}", inert(c))));
    }
    if let Some(c) = d.close {
        facts.push(t!("strategy-report-closes", date = c));
    }
    Some(t!("strategy-report-deal", name = inert(&d.name), facts = facts.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::md;

    #[test]
    fn markdown_escapes_formatting_but_keeps_arrows_readable() {
        assert_eq!(md("a*b_c [x] <b> | #1 -> d"), "a\\*b\\_c \\[x\\] \\<b> \\| \\#1 -> d");
    }
}
