//! The people view's state: selection, sorting and search.

use super::*;
use crate::model::{Role, Stance};

fn account() -> Account {
    let mut a = Account::new("a", "A");
    for (name, stance, role) in [
        ("Zoe", Stance::Opponent, Role::Payer),
        ("Анна", Stance::Champion, Role::User),
        ("Bob", Stance::Neutral, Role::User),
    ] {
        let mut p = Person::new(name.to_lowercase(), name);
        p.stance = stance;
        p.roles.push(role);
        a.people.push(p);
    }
    a
}

#[test]
fn sorting_and_search_keep_the_selection_on_the_same_person() {
    let a = account();
    let mut v = PeopleView::default();
    v.sync(&a, 0);
    v.move_by(1, 10);
    assert_eq!(v.selected_position(), Some(1), "Анна");
    v.sort_next(&a);
    assert_eq!(v.order(), [2, 0, 1], "Bob, Zoe, Анна by name");
    assert_eq!(v.selected_position(), Some(1));
    for _ in 0..4 {
        v.sort_next(&a); // title, department, roles, stance
    }
    assert_eq!(v.sort().0, SortKey::Stance);
    assert_eq!(v.order(), [1, 2, 0]);
    v.sort_reverse(&a);
    assert_eq!(v.order(), [0, 2, 1]);
    v.query = TextField::new("анн");
    v.recompute(&a);
    assert_eq!(v.order(), [1]);
}

#[test]
fn scrolling_keeps_the_selection_visible() {
    assert_eq!(scroll_into_view(0, 12, 10), 3);
    assert_eq!(scroll_into_view(5, 2, 10), 2);
    assert_eq!(scroll_into_view(5, 9, 10), 5);
    assert_eq!(scroll_into_view(5, 9, 0), 9);
}
