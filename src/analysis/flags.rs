//! The red flags: what is wrong with our position, each with the people concerned and a
//! sentence a rep can act on. Definitions are in `docs/pull-model.md`.

use super::graph::Graph;
use super::{FlagCode, PullConfig, RedFlag, join, name};
use crate::model::{Account, Date, Index, LinkKind, Role, Stance};
use crate::t;

/// The people each flag is about, gathered in one pass over the account.
#[derive(Default)]
struct Seen {
    user: bool,
    decider: bool,
    champion: bool,
    payers: Vec<usize>,
    decider_uncovered: Vec<usize>,
    payer_uncovered: Vec<usize>,
    covered: Vec<usize>,
    all_purchasing: bool,
    stale: Vec<usize>,
    unknown: Vec<usize>,
}

fn gather(a: &Account, cfg: &PullConfig, today: Date, g: &Graph) -> Seen {
    let mut s = Seen { all_purchasing: true, ..Seen::default() };
    for (i, p) in a.people.iter().enumerate() {
        // Someone who has left is kept for the record; they hold no role any more.
        if !g.belief[i].present {
            continue;
        }
        let (mut user, mut decider, mut payer, mut purchasing) = (false, false, false, !p.roles.is_empty());
        for r in &p.roles {
            match r {
                Role::User => user = true,
                Role::Decider => decider = true,
                Role::Payer => payer = true,
                _ => {}
            }
            purchasing &= matches!(r, Role::Buyer | Role::Gatekeeper);
        }
        let covered = !p.coverage.is_empty();
        let champion = p.stance == Stance::Champion;
        s.user |= user;
        s.decider |= decider;
        s.champion |= champion;
        if payer {
            s.payers.push(i);
        }
        if decider && !covered {
            s.decider_uncovered.push(i);
        }
        if payer && !covered {
            s.payer_uncovered.push(i);
        }
        if covered {
            s.covered.push(i);
            s.all_purchasing &= purchasing;
        }
        let key = decider || payer;
        let late = p.last_contact.is_none_or(|d| i64::from(today.days_since(d)) > i64::from(cfg.stale_days));
        if (key || champion) && late {
            s.stale.push(i);
        }
        if key && p.stance == Stance::Unknown {
            s.unknown.push(i);
        }
    }
    s
}

/// Every flag that fires, in the order of [`FlagCode::ALL`].
pub(crate) fn red_flags(
    a: &Account,
    idx: &Index,
    cfg: &PullConfig,
    today: Date,
    g: &Graph,
    payer_reached: bool,
    vetoes: &[usize],
) -> Vec<RedFlag> {
    let seen = gather(a, cfg, today, g);
    let mut out = Vec::new();
    let mut flag = |code: FlagCode, people: Vec<usize>, message: String| {
        out.push(RedFlag { code, people, message });
    };
    let named = |people: &[usize]| join(people.iter().map(|&i| name(a, i)));

    if !seen.user {
        flag(FlagCode::NoUser, vec![], t!("analysis-flag-no-user"));
    }
    if !seen.decider {
        flag(FlagCode::NoDecider, vec![], t!("analysis-flag-no-decider"));
    }
    if seen.payers.is_empty() {
        flag(FlagCode::NoPayer, vec![], t!("analysis-flag-no-payer"));
    }
    if !seen.champion {
        flag(FlagCode::NoChampion, vec![], t!("analysis-flag-no-champion"));
    }
    if !seen.decider_uncovered.is_empty() {
        let people = seen.decider_uncovered.clone();
        let msg = t!("analysis-flag-decider-uncovered", n = people.len(), names = named(&people));
        flag(FlagCode::DeciderUncovered, people, msg);
    }
    if !seen.payer_uncovered.is_empty() {
        let people = seen.payer_uncovered.clone();
        let msg = t!("analysis-flag-payer-uncovered", n = people.len(), names = named(&people));
        flag(FlagCode::PayerUncovered, people, msg);
    }
    let covered = seen.covered;
    if covered.len() <= 1 {
        let msg = match covered.first() {
            Some(&i) => t!("analysis-flag-single-threaded", name = name(a, i)),
            None => t!("analysis-flag-nobody-covered"),
        };
        flag(FlagCode::SingleThreaded, covered.clone(), msg);
    }
    let blockers = blockers(a, idx, cfg, g);
    if !blockers.is_empty() {
        let people: Vec<usize> = blockers.iter().map(|(i, _)| *i).collect();
        let whys = join(blockers.into_iter().map(|(_, why)| why));
        let mut msg = t!("analysis-flag-blocker", n = people.len(), whys = whys);
        let holding: Vec<usize> = people.iter().copied().filter(|i| vetoes.contains(i)).collect();
        if !holding.is_empty() {
            msg.push(' ');
            msg.push_str(&veto_holds(&named(&holding), holding.len(), cfg));
        }
        flag(FlagCode::Blocker, people, msg);
    }
    if !covered.is_empty() && seen.all_purchasing {
        let msg = t!("analysis-flag-push-only", names = named(&covered));
        flag(FlagCode::PushOnly, covered.clone(), msg);
    }
    if !seen.stale.is_empty() {
        let items = seen.stale.iter().map(|&i| match a.people[i].last_contact {
            Some(d) => t!("analysis-stale-last", name = name(a, i), date = d),
            None => t!("analysis-stale-never", name = name(a, i)),
        });
        let msg = t!("analysis-flag-stale", days = cfg.stale_days, items = join(items));
        flag(FlagCode::StaleContact, seen.stale, msg);
    }
    if !seen.unknown.is_empty() {
        let msg = t!("analysis-flag-unknown-stance", n = seen.unknown.len(), names = named(&seen.unknown));
        flag(FlagCode::UnknownStance, seen.unknown, msg);
    }
    if !seen.payers.is_empty() && !payer_reached {
        let msg = t!("analysis-flag-path-broken", names = named(&seen.payers));
        flag(FlagCode::PathBroken, seen.payers, msg);
    }
    let lonely = no_technical_peer(a, idx, cfg, g, &covered);
    let later = super::flags_people::people_flags(
        a,
        idx,
        cfg,
        today,
        g,
        &[&seen.decider_uncovered[..], &seen.payer_uncovered[..]].concat(),
        vetoes,
    );
    if !lonely.is_empty() {
        let items = lonely.iter().map(|&i| {
            let department = crate::text::inert(a.people[i].department.as_deref().unwrap_or(""));
            t!("analysis-in-department", name = name(a, i), department = department)
        });
        let msg = t!("analysis-flag-no-technical-peer", items = join(items));
        flag(FlagCode::NoTechnicalPeer, lonely, msg);
    }
    out.extend(later);
    out
}

/// " Until A and B are neutralised, the score cannot pass 40.": the sentence a
/// blocker's or a coach's flag ends with when they hold a veto.
pub(crate) fn veto_holds(names: &str, n: usize, cfg: &PullConfig) -> String {
    t!("analysis-flag-veto-holds", names = names, n = n, ceiling = cfg.veto_ceiling)
}

/// Opponents, and skeptics of high influence, who are a decider or payer or sway one
/// through an `influences` link of at least the configured strength; each with why.
fn blockers(a: &Account, idx: &Index, cfg: &PullConfig, g: &Graph) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, p) in a.people.iter().enumerate() {
        if !g.belief[i].present {
            continue;
        }
        let stance = match p.stance {
            Stance::Opponent => t!("analysis-blocker-opponent"),
            Stance::Skeptic if p.influence.0 >= cfg.blocker_skeptic_influence => {
                t!("analysis-blocker-skeptic", influence = p.influence.0)
            }
            _ => continue,
        };
        let why = if p.has(Role::Payer) || p.has(Role::Decider) {
            let role = if p.has(Role::Decider) { "decider" } else { "payer" };
            t!("analysis-blocker-holds", name = name(a, i), stance = stance, role = role)
        } else {
            let swayed = idx.out_links(i).iter().find_map(|&l| {
                let t = g.target(l)?;
                let l = &a.links[l];
                let q = &a.people[t];
                let key = q.has(Role::Decider) || q.has(Role::Payer);
                (l.kind == LinkKind::Influences && l.strength() >= cfg.blocker_link_strength && key)
                    .then_some(t)
            });
            let Some(t) = swayed else { continue };
            let role = if a.people[t].has(Role::Decider) { "decider" } else { "payer" };
            t!("analysis-blocker-sways", name = name(a, i), stance = stance, role = role, target = name(a, t))
        };
        out.push((i, why));
    }
    out
}

/// People of a technical department whom only non-technical team members cover.
fn no_technical_peer(a: &Account, idx: &Index, cfg: &PullConfig, g: &Graph, covered: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for &i in covered {
        let p = &a.people[i];
        let (mut known, mut technical) = (false, false);
        for m in p.coverage.iter().filter_map(|c| idx.member(&c.member)) {
            known = true;
            technical |= cfg.is_technical_function(a.team[m].function);
        }
        if known && !technical && g.technical[i] {
            out.push(i);
        }
    }
    out
}

/// Per person: works in a technical department. Departments repeat across an account, so
/// each distinct name is matched against the technical words once.
pub(crate) fn technical_people(a: &Account, cfg: &PullConfig) -> Vec<bool> {
    let mut seen: crate::model::FxHashMap<&str, bool> = Default::default();
    a.people
        .iter()
        .map(|p| match p.department.as_deref() {
            Some(d) => *seen.entry(d).or_insert_with(|| is_technical(d, &cfg.technical_words)),
            None => false,
        })
        .collect()
}

/// Whether person i decides or pays, or sways a decider or payer through an
/// `influences` link of at least `blocker_link_strength`.
pub(crate) fn sways_or_holds(a: &Account, idx: &Index, cfg: &PullConfig, g: &Graph, i: usize) -> bool {
    let p = &a.people[i];
    p.has(Role::Decider)
        || p.has(Role::Payer)
        || idx.out_links(i).iter().any(|&l| {
            let t = g.target(l);
            let l = &a.links[l];
            l.kind == LinkKind::Influences
                && l.strength() >= cfg.blocker_link_strength
                && t.is_some_and(|t| a.people[t].has(Role::Decider) || a.people[t].has(Role::Payer))
        })
}

/// Whether a department name has a word starting with one of the (lower-case) words.
pub fn is_technical(department: &str, words: &[String]) -> bool {
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
