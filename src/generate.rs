//! Realistic generated accounts for tests and benchmarks (not part of the command line).
//!
//! An account looks like a real buying organisation: a `reports_to` tree a few levels
//! deep under a few top managers, departments that hold whole subtrees, roles that follow
//! rank and department (with the exceptions the domain insists on), about three
//! `influences` links per person mostly towards managers and peers, and our team covering
//! a fraction of them. Every account is valid, and the same seed always gives the same
//! bytes, so a benchmark or a failing test can be reproduced exactly.

mod words;

use crate::model::{
    Account, Coverage, Date, Demand, FollowUp, Function, Influence, Link, LinkKind, Person, Role, Stance,
    Strength, TeamMember, Tier,
};
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use words::*;

/// splitmix64: tiny, fast, and good enough for test data; keeps `rand` out of the build.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0), by multiply-shift rather than modulo to avoid bias
    /// towards small numbers.
    fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// True with probability `percent` / 100.
    fn percent(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }

    /// An id `prefix-` plus ten hex digits, like the program's own, not yet in `taken`.
    fn id(&mut self, prefix: &str, taken: &mut HashSet<String>) -> String {
        loop {
            let id = format!("{prefix}-{:010x}", self.next_u64() & 0xff_ffff_ffff);
            if taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// The day the generated data is "as of": last contacts fall in the two years before.
fn as_of() -> Date {
    // A fixed, existing calendar date, so this cannot fail.
    Date::from_ymd(2026, 11, 27).expect("2026-11-27 exists")
}

fn name(rng: &mut Rng) -> String {
    let script = rng.below(100);
    let mut name = if script < 55 {
        format!("{} {}", rng.pick(LATIN_GIVEN), rng.pick(LATIN_FAMILY))
    } else if script < 85 {
        let (given, family) = if rng.percent(50) {
            (CYRILLIC_MALE, CYRILLIC_MALE_FAMILY)
        } else {
            (CYRILLIC_FEMALE, CYRILLIC_FEMALE_FAMILY)
        };
        format!("{} {}", rng.pick(given), rng.pick(family))
    } else {
        let (family, given, separator) = rng.pick(CJK);
        format!("{}{separator}{}", rng.pick(family), rng.pick(given))
    };
    if rng.percent(2) {
        name.push(' ');
        name.push_str(rng.pick(EMOJI));
    }
    name
}

const STANCE_WEIGHTS: [(Stance, usize); 6] = [
    (Stance::Champion, 5),
    (Stance::Supporter, 20),
    (Stance::Neutral, 30),
    (Stance::Skeptic, 15),
    (Stance::Opponent, 7),
    (Stance::Unknown, 23),
];

fn stance(rng: &mut Rng) -> Stance {
    let mut roll = rng.below(100);
    for (s, w) in STANCE_WEIGHTS {
        if roll < w {
            return s;
        }
        roll -= w;
    }
    Stance::Unknown
}

fn strength(rng: &mut Rng) -> Strength {
    match rng.below(20) {
        0..6 => Strength::Weak,
        6..15 => Strength::Medium,
        _ => Strength::Strong,
    }
}

/// Roles by rank and department: top managers pay and decide, finance pays, purchasing
/// buys, technical staff use and influence; plus the odd gatekeeper and initiator.
fn roles(rng: &mut Rng, level: usize, department: &str, technical: bool) -> Vec<Role> {
    let purchasing = department == "Purchasing" || department == "Отдел закупок";
    let finance = department == "Finance";
    let mut roles = Vec::new();
    let mut add = |r: Role| {
        if !roles.contains(&r) {
            roles.push(r);
        }
    };
    match level {
        0 => [Role::Payer, Role::Decider].into_iter().for_each(&mut add),
        1 if finance => add(Role::Payer),
        1 if purchasing => add(Role::Buyer),
        1 => add(Role::Decider),
        2 if purchasing => add(Role::Buyer),
        2 if finance && rng.percent(30) => add(Role::Payer),
        2 if technical => add(Role::Influencer),
        _ if purchasing => add(if rng.percent(60) { Role::Buyer } else { Role::Gatekeeper }),
        _ if technical && rng.percent(80) => add(Role::User),
        _ if rng.percent(35) => add(Role::User),
        _ => {}
    }
    // Power does not follow rank: influence and initiative turn up anywhere.
    if rng.percent(if technical { 25 } else { 10 }) {
        add(Role::Influencer);
    }
    if level >= 1 && technical && rng.percent(10) {
        add(Role::Decider);
    }
    if rng.percent(4) {
        add(Role::Gatekeeper);
    }
    if rng.percent(3) {
        add(Role::Initiator);
    }
    roles
}

/// Influence 1..=5, mostly by rank, with a few strong juniors.
fn influence(rng: &mut Rng, level: usize) -> Influence {
    let v = match level {
        0 => 5,
        1 => 4 + rng.below(2),
        2 => 3 + rng.below(2),
        _ if rng.percent(3) => 5,
        _ => 1 + rng.below(4),
    };
    Influence(v as i64)
}

fn team(rng: &mut Rng, ids: &mut HashSet<String>) -> Vec<TeamMember> {
    // Five or more members, so that every function is on the team.
    let size = 5 + rng.below(4);
    (0..size)
        .map(|i| TeamMember {
            id: rng.id("t", ids),
            name: name(rng),
            function: Function::ALL.get(i).copied().unwrap_or_else(|| rng.pick(Function::ALL)),
            extra: Default::default(),
        })
        .collect()
}

/// One valid account with `people` people; the same `seed` gives the same account.
pub fn account(people: usize, seed: u64) -> Account {
    let mut rng = Rng::new(seed);
    let (slug, company) = rng.pick(COMPANIES);
    let mut a = Account::new(format!("acc-{slug}-{seed:016x}"), company);
    a.industry = Some(rng.pick(INDUSTRIES).to_string());
    a.tier = rng.pick(Tier::ALL);
    a.currency = Some(rng.pick(&["EUR", "USD", "RUB", "CNY"]).to_string());
    let revenue = match a.tier {
        Tier::Key => 500 + rng.below(4500),
        Tier::Growth => 100 + rng.below(900),
        Tier::Maintain => 50 + rng.below(450),
        Tier::Prospect => 0,
    } as u64
        * 1000;
    a.annual_revenue = Some(revenue.into());
    a.potential = Some((revenue * (12 + rng.below(28)) as u64 / 10 + 200_000).into());
    a.notes = Some(format!("Generated test account ({people} people, seed {seed})."));

    let mut ids = HashSet::new();
    a.team = team(&mut rng, &mut ids);
    people_and_links(&mut rng, &mut a, people, &mut ids);
    ensure_every_role_and_stance(&mut rng, &mut a.people);
    follow_ups_and_demands(&mut rng, &mut a, &mut ids);
    a
}

/// The people in a `reports_to` tree, and the links between them.
fn people_and_links(rng: &mut Rng, a: &mut Account, n: usize, ids: &mut HashSet<String>) {
    let today = as_of();
    let roots = (1 + n / 4000).min(n);
    let mut manager: Vec<Option<usize>> = Vec::with_capacity(n);
    let mut level: Vec<usize> = Vec::with_capacity(n);
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut department: Vec<usize> = Vec::with_capacity(n);
    a.people.reserve(n);
    for i in 0..n {
        // A span of control of three to eight keeps the tree about log n deep, and
        // picking from earlier people keeps it acyclic.
        let m = (i >= roots).then(|| {
            let (lo, hi) = ((i - roots) / 8, (i - roots) / 3);
            lo + rng.below(hi - lo + 1)
        });
        let lvl = m.map_or(0, |m| level[m] + 1);
        let dept = match m {
            Some(m) if lvl > 1 && rng.percent(90) => department[m],
            _ => rng.below(DEPARTMENTS.len()),
        };
        let (dept_name, technical) = DEPARTMENTS[dept];
        let mut p = Person::new(rng.id("p", ids), name(rng));
        p.title = Some(TITLES[lvl.min(TITLES.len() - 1)].to_string());
        p.department = Some(if lvl == 0 { "Management" } else { dept_name }.to_string());
        p.roles = roles(rng, lvl, dept_name, technical);
        p.stance = stance(rng);
        p.influence = influence(rng, lvl);
        if rng.percent(match lvl {
            0 | 1 => 80,
            2 => 50,
            _ => 20,
        }) {
            let first = rng.below(a.team.len());
            p.coverage.push(Coverage {
                member: a.team[first].id.clone(),
                strength: strength(rng),
                extra: Default::default(),
            });
            if rng.percent(30) {
                let second = (first + 1 + rng.below(a.team.len() - 1)) % a.team.len();
                p.coverage.push(Coverage {
                    member: a.team[second].id.clone(),
                    strength: strength(rng),
                    extra: Default::default(),
                });
            }
        }
        if rng.percent(65) {
            p.last_contact = Some(today.add_days(-(rng.below(730) as i32)));
        }
        if rng.percent(15) {
            p.notes = Some(rng.pick(PERSON_NOTES).to_string());
        }
        a.people.push(p);
        if let Some(m) = m {
            children[m].push(i);
        }
        manager.push(m);
        level.push(lvl);
        department.push(dept);
    }

    let link = |from: usize, to: usize, kind, strength| Link {
        from: a.people[from].id.clone(),
        to: a.people[to].id.clone(),
        kind,
        strength,
        extra: Default::default(),
    };
    let mut links = Vec::with_capacity(n * 4);
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    for i in 0..n {
        if let Some(m) = manager[i] {
            links.push(link(i, m, LinkKind::ReportsTo, None));
        }
        if n < 2 {
            continue;
        }
        // Influence mostly flows up and sideways: to the manager or skip-level manager,
        // to peers, sometimes down, and now and then across the organisation.
        for _ in 0..2 + rng.below(3) {
            for _attempt in 0..4 {
                let roll = rng.below(100);
                let up = manager[i].map(|m| if rng.percent(50) { manager[m].unwrap_or(m) } else { m });
                let peers = manager[i].map_or(&[][..], |m| &children[m][..]);
                let target = match roll {
                    0..35 if up.is_some() => up,
                    35..65 if !peers.is_empty() => Some(rng.pick(peers)),
                    65..80 if !children[i].is_empty() => Some(rng.pick(&children[i])),
                    _ => Some(rng.below(n)),
                };
                if let Some(t) = target
                    && t != i
                    && seen.insert((i, t))
                {
                    links.push(link(i, t, LinkKind::Influences, Some(strength(rng))));
                    break;
                }
            }
        }
    }
    a.links = links;
}

/// Small accounts may by chance miss a role or a stance; tests and views need all.
fn ensure_every_role_and_stance(rng: &mut Rng, people: &mut [Person]) {
    if people.is_empty() {
        return;
    }
    for &r in Role::ALL {
        if !people.iter().any(|p| p.has(r)) {
            let i = rng.below(people.len());
            people[i].roles.push(r);
        }
    }
    if people.len() < Stance::ALL.len() {
        return;
    }
    for &s in Stance::ALL {
        if people.iter().any(|p| p.stance == s) {
            continue;
        }
        // Take the stance from someone whose stance others share, so none goes missing.
        loop {
            let i = rng.below(people.len());
            let current = people[i].stance;
            if people.iter().filter(|p| p.stance == current).count() > 1 {
                people[i].stance = s;
                break;
            }
        }
    }
}

fn follow_ups_and_demands(rng: &mut Rng, a: &mut Account, ids: &mut HashSet<String>) {
    let today = as_of();
    let n = a.people.len();
    for _ in 0..n / 25 + 2 {
        let due = today.add_days(rng.below(150) as i32 - 60);
        let f = FollowUp {
            id: rng.id("a", ids),
            text: rng.pick(ACTIONS).to_string(),
            owner: a.team[rng.below(a.team.len())].id.clone(),
            person: (n > 0 && rng.percent(80)).then(|| a.people[rng.below(n)].id.clone()),
            due,
            done: (due < today && rng.percent(60)).then(|| due.add_days(rng.below(10) as i32 - 5)),
            extra: Default::default(),
        };
        a.follow_ups.push(f);
    }
    for _ in 0..n / 200 + 1 {
        let (text, kind) = rng.pick(DEMANDS);
        a.demands.push(Demand {
            id: rng.id("d", ids),
            date: today.add_days(-(rng.below(730) as i32)),
            text: text.to_string(),
            kind,
            granted: rng.percent(50),
            extra: Default::default(),
        });
    }
}

/// Writes `accounts` accounts of `people` people each as canonical files under
/// `dir/accounts/`, a data folder `dmu --data-dir dir` opens; returns their paths.
pub fn portfolio(dir: &Path, accounts: usize, people: usize, seed: u64) -> io::Result<Vec<PathBuf>> {
    let folder = dir.join("accounts");
    std::fs::create_dir_all(&folder)?;
    // Distinct seeds per account (the account id carries its seed, so ids differ too).
    let base = Rng::new(seed).next_u64();
    (0..accounts as u64)
        .map(|k| {
            let a = account(people, base.wrapping_add(k));
            let slug = a.id.strip_prefix("acc-").unwrap_or(&a.id);
            let path = folder.join(format!("{slug}.json"));
            std::fs::write(&path, a.to_canonical_json())?;
            Ok(path)
        })
        .collect()
}

#[cfg(test)]
mod tests;
