//! The red flags: what is wrong with our position, each with the people concerned and a
//! sentence a rep can act on. Definitions are in `docs/pull-model.md`.

use super::{FlagCode, PullConfig, RedFlag, join, name};
use crate::model::{Account, Date, Function, Index, LinkKind, Person, Role, Stance};

/// Every flag that fires, in the order of [`FlagCode::ALL`].
pub(crate) fn red_flags(
    a: &Account,
    idx: &Index,
    cfg: &PullConfig,
    today: Date,
    payer_reached: bool,
) -> Vec<RedFlag> {
    let mut out = Vec::new();
    let mut flag = |code: FlagCode, people: Vec<usize>, message: String| {
        out.push(RedFlag { code, people, message });
    };
    let who = |pred: &dyn Fn(&Person) -> bool| -> Vec<usize> {
        a.people.iter().enumerate().filter(|(_, p)| pred(p)).map(|(i, _)| i).collect()
    };
    let named = |people: &[usize]| join(people.iter().map(|&i| name(a, i)));
    let has = |r: Role| a.people.iter().any(|p| p.has(r));
    let key_role = |p: &Person| p.has(Role::Decider) || p.has(Role::Payer);

    if !has(Role::User) {
        flag(
            FlagCode::NoUser,
            vec![],
            "Nobody is recorded as a user, so the case has nobody to start from.".into(),
        );
    }
    if !has(Role::Decider) {
        flag(
            FlagCode::NoDecider,
            vec![],
            "Nobody is recorded as a decider: find out who makes the choice.".into(),
        );
    }
    if !has(Role::Payer) {
        flag(
            FlagCode::NoPayer,
            vec![],
            "Nobody is recorded as a payer: find out who approves and pays.".into(),
        );
    }
    if !a.people.iter().any(|p| p.stance == Stance::Champion) {
        let msg = "Nobody is a champion: nobody inside the account sells the case for us.";
        flag(FlagCode::NoChampion, vec![], msg.into());
    }
    for (code, role) in [(FlagCode::DeciderUncovered, Role::Decider), (FlagCode::PayerUncovered, Role::Payer)]
    {
        let people = who(&|p| p.has(role) && p.coverage.is_empty());
        if !people.is_empty() {
            let msg = format!("Nobody on our team covers the {} {}.", role.key(), named(&people));
            flag(code, people, msg);
        }
    }
    let covered = who(&|p| !p.coverage.is_empty());
    if covered.len() <= 1 {
        let msg = match covered.first() {
            Some(&i) => format!(
                "Our team knows only {}: if they leave or turn against us, we lose the account.",
                name(a, i)
            ),
            None => "Our team covers nobody in this account.".to_string(),
        };
        flag(FlagCode::SingleThreaded, covered.clone(), msg);
    }
    let blockers = blockers(a, idx, cfg);
    if !blockers.is_empty() {
        let people = blockers.iter().map(|(i, _)| *i).collect();
        let msg = format!("{} can block the decision.", join(blockers.into_iter().map(|(_, why)| why)));
        flag(FlagCode::Blocker, people, msg);
    }
    let purchasing = |p: &Person| {
        !p.roles.is_empty() && p.roles.iter().all(|r| matches!(r, Role::Buyer | Role::Gatekeeper))
    };
    if !covered.is_empty() && covered.iter().all(|&i| purchasing(&a.people[i])) {
        let msg = format!(
            "We only know {} in purchasing: we push the offer through purchasing instead of pulling it from the users.",
            named(&covered)
        );
        flag(FlagCode::PushOnly, covered.clone(), msg);
    }
    let stale: Vec<usize> = who(&|p| {
        (key_role(p) || p.stance == Stance::Champion)
            && p.last_contact.is_none_or(|d| i64::from(today.days_since(d)) > i64::from(cfg.stale_days))
    });
    if !stale.is_empty() {
        let items = stale.iter().map(|&i| match a.people[i].last_contact {
            Some(d) => format!("{} (last {d})", name(a, i)),
            None => format!("{} (never)", name(a, i)),
        });
        let msg = format!("Not contacted within {} days: {}.", cfg.stale_days, join(items));
        flag(FlagCode::StaleContact, stale, msg);
    }
    let unknown = who(&|p| key_role(p) && p.stance == Stance::Unknown);
    if !unknown.is_empty() {
        let verb = if unknown.len() == 1 { "stands" } else { "stand" };
        let msg = format!("We do not know where {} {verb}, though the decision needs them.", named(&unknown));
        flag(FlagCode::UnknownStance, unknown, msg);
    }
    if has(Role::Payer) && !payer_reached {
        let payers = who(&|p| p.has(Role::Payer));
        let msg = format!(
            "No pull path reaches {}: the case cannot travel from our users to the people who pay.",
            named(&payers)
        );
        flag(FlagCode::PathBroken, payers, msg);
    }
    let lonely = no_technical_peer(a, idx, cfg);
    if !lonely.is_empty() {
        let items = lonely.iter().map(|&i| {
            format!(
                "{} ({})",
                name(a, i),
                crate::text::inert(a.people[i].department.as_deref().unwrap_or(""))
            )
        });
        let msg =
            format!("Only non-technical colleagues talk to {}: send them a technical peer.", join(items));
        flag(FlagCode::NoTechnicalPeer, lonely, msg);
    }
    out
}

/// Opponents, and skeptics of high influence, who are a decider or payer or sway one
/// through an `influences` link of at least the configured strength; each with why.
fn blockers(a: &Account, idx: &Index, cfg: &PullConfig) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, p) in a.people.iter().enumerate() {
        let stance = match p.stance {
            Stance::Opponent => "opponent".to_string(),
            Stance::Skeptic if p.influence.0 >= cfg.blocker_skeptic_influence => {
                format!("skeptic of influence {}", p.influence.0)
            }
            _ => continue,
        };
        let why = if p.has(Role::Payer) || p.has(Role::Decider) {
            let role = if p.has(Role::Decider) { "decider" } else { "payer" };
            format!("{} ({stance}, a {role})", name(a, i))
        } else {
            let swayed = idx.out_links.get(i).into_iter().flatten().find_map(|&l| {
                let l = &a.links[l];
                let t = idx.person(&l.to)?;
                let q = &a.people[t];
                let key = q.has(Role::Decider) || q.has(Role::Payer);
                (l.kind == LinkKind::Influences && l.strength() >= cfg.blocker_link_strength && key)
                    .then_some(t)
            });
            let Some(t) = swayed else { continue };
            let role = if a.people[t].has(Role::Decider) { "decider" } else { "payer" };
            format!("{} ({stance}, sways the {role} {})", name(a, i), name(a, t))
        };
        out.push((i, why));
    }
    out
}

/// People of a technical department whom only non-technical team members cover.
fn no_technical_peer(a: &Account, idx: &Index, cfg: &PullConfig) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, p) in a.people.iter().enumerate() {
        let functions: Vec<Function> =
            p.coverage.iter().filter_map(|c| idx.member(&c.member)).map(|m| a.team[m].function).collect();
        if functions.is_empty() || functions.contains(&Function::Technical) {
            continue;
        }
        if p.department.as_deref().is_some_and(|d| is_technical(d, &cfg.technical_words)) {
            out.push(i);
        }
    }
    out
}

/// Whether a department name has a word starting with one of the (lower-case) words.
pub(crate) fn is_technical(department: &str, words: &[String]) -> bool {
    let d = department.to_lowercase();
    words.iter().any(|w| {
        d.match_indices(w.as_str())
            .any(|(at, _)| !d[..at].chars().next_back().is_some_and(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use super::is_technical;
    use crate::analysis::PullConfig;

    #[test]
    fn technical_words_match_word_starts_in_any_case_and_script() {
        let w = PullConfig::default().technical_words;
        for d in [
            "Engineering",
            "IT",
            "R&D",
            "Process engineering",
            "ИТ-отдел",
            "Служба главного механика",
            "НИОКР",
        ] {
            assert!(is_technical(d, &w), "{d}");
        }
        for d in ["Quality", "Finance", "Purchasing", "Management", "Китай", "Отдел закупок", ""]
        {
            assert!(!is_technical(d, &w), "{d}");
        }
        assert!(is_technical("Производственный цех №2", &w));
        assert!(is_technical("ТЕХНИЧЕСКАЯ СЛУЖБА", &w));
    }
}
