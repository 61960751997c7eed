//! The analysis in Russian: the same flags and steps as in English, worded in Russian
//! with the textbook's terms, Russian plural forms and dates.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{Analysis, FlagCode, Step};
use dmu::i18n::{Lang, with_lang};
use dmu::model::{Account, Stance};

/// User (champion) -> influencer -> decider -> payer, everyone covered and seen today.
fn healthy() -> Account {
    let mut a = account();
    seen(&mut a, "p-user", "user", "champion");
    seen(&mut a, "p-infl", "influencer", "supporter");
    seen(&mut a, "p-dec", "decider", "supporter");
    seen(&mut a, "p-pay", "payer", "neutral");
    cover(&mut a, "p-user", "t-tech", "strong");
    cover(&mut a, "p-infl", "t-sales", "medium");
    cover(&mut a, "p-dec", "t-tech", "medium");
    cover(&mut a, "p-pay", "t-sales", "weak");
    influences(&mut a, "p-user", "p-infl", "strong");
    influences(&mut a, "p-infl", "p-dec", "strong");
    influences(&mut a, "p-dec", "p-pay", "medium");
    a
}

fn ru(a: &Account) -> Analysis {
    with_lang(Lang::Ru, || run(a))
}

fn message(an: &Analysis, code: FlagCode) -> String {
    an.red_flags
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("{code:?} does not fire"))
        .message
        .clone()
}

#[test]
fn a_missing_decider_is_the_textbooks_lpr() {
    let mut a = healthy();
    p(&mut a, "p-dec").roles.clear();
    assert_eq!(
        message(&ru(&a), FlagCode::NoDecider),
        "Никто не отмечен как ЛПР: выясните, кто принимает решение."
    );
}

#[test]
fn stale_contacts_count_days_in_russian_and_show_russian_dates() {
    let mut a = healthy();
    p(&mut a, "p-dec").last_contact = Some(ago(61));
    p(&mut a, "p-pay").last_contact = None;
    let m = message(&ru(&a), FlagCode::StaleContact);
    assert_eq!(m, "Нет контакта дольше 60 дней: Dec (последний — 27.09.2026) и Pay (ни разу).");
    // One day: the genitive singular.
    let cfg = dmu::analysis::PullConfig { stale_days: 1, ..Default::default() };
    let an = with_lang(Lang::Ru, || run_with(&a, &cfg));
    assert!(message(&an, FlagCode::StaleContact).starts_with("Нет контакта дольше 1 дня: "));
}

#[test]
fn the_verb_and_pronoun_follow_how_many_people_a_flag_names() {
    let mut a = healthy();
    p(&mut a, "p-dec").stance = Stance::Unknown;
    assert_eq!(
        message(&ru(&a), FlagCode::UnknownStance),
        "Мы не знаем позицию этого человека, а без него решение не принять: Dec."
    );
    p(&mut a, "p-pay").stance = Stance::Unknown;
    assert_eq!(
        message(&ru(&a), FlagCode::UnknownStance),
        "Мы не знаем позицию этих людей, а без них решение не принять: Dec и Pay."
    );
}

#[test]
fn the_age_of_a_judgement_takes_one_few_and_many_forms() {
    for (days, want) in [(121, "121 день"), (122, "122 дня"), (125, "125 дней")] {
        let mut a = healthy();
        stance_on(&mut a, "p-dec", days);
        let m = message(&ru(&a), FlagCode::UnverifiedSupport);
        assert_eq!(
            m,
            format!("Поддержка не подтверждена: Dec (сторонник, оценке {want}). Убедитесь в ней лично.")
        );
    }
}

#[test]
fn steps_are_worded_in_russian_with_their_gain() {
    let mut a = healthy();
    never_contacted(&mut a, "p-dec");
    let an = ru(&a);
    // Nobody knows the decider: meet them, or be introduced by someone linked to them.
    let step = an
        .next_best
        .iter()
        .find(|s| matches!(s.step, Step::Meet | Step::Introduce) && a.people[s.person].id == "p-dec")
        .unwrap_or_else(|| panic!("no step towards the decider: {:#?}", an.next_best));
    let r = &step.reason;
    assert!(
        r.starts_with("Встретьтесь: Dec (ЛПР) — никто из нашей команды ещё не выходил на связь")
            || (r.starts_with("Попросите контакт ") && r.contains(" с человеком Dec (ЛПР): они связаны")),
        "{r}"
    );
    assert!(r.ends_with(&format!(": +{}.", step.gain)), "{r}");
    // The same analysis in English: the same steps, the same gains, English words.
    let en = run(&a);
    let key = |an: &Analysis| an.next_best.iter().map(|s| (s.person, s.step, s.gain)).collect::<Vec<_>>();
    assert_eq!(key(&an), key(&en));
    assert!(en.next_best.iter().any(|s| s.reason.contains("Dec (decider)")), "{:#?}", en.next_best);
}

#[test]
fn a_stance_to_win_over_reads_from_and_to_in_russian() {
    let mut a = healthy();
    p(&mut a, "p-infl").stance = Stance::Skeptic;
    let an = ru(&a);
    let all: Vec<&str> = an.next_best.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        all.iter().any(|r| r.contains("(скептик → нейтрален)") || r.starts_with("Нейтрализуйте")),
        "{all:#?}"
    );
    assert!(all.iter().all(|r| r.chars().any(|c| ('а'..='я').contains(&c))), "{all:#?}");
}
