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

/// `sort_names = "surname"` sorts by the last word of "Имя Фамилия", by the first of
/// "Фамилия Имя Отчество", with `ё` as `е` and case aside either way.
#[test]
fn sorting_by_name_can_sort_by_surname_in_russian_order() {
    let mut a = Account::new("a", "A");
    for name in ["Пётр Ёлкин", "анна Егорова", "Борис Жуков", "Иван Еремеев"]
    {
        a.people.push(Person::new(name.to_lowercase().replace(' ', "-"), name));
    }
    let names =
        |v: &PeopleView| -> Vec<String> { v.order().iter().map(|&i| a.people[i].name.clone()).collect() };
    let mut v = PeopleView::default();
    v.sync(&a, 0);
    v.sort_next(&a);
    assert_eq!(v.sort().0, SortKey::Name);
    assert_eq!(names(&v), ["анна Егорова", "Борис Жуков", "Иван Еремеев", "Пётр Ёлкин"], "as written");
    v.names = SortBy::SurnameLast;
    v.recompute(&a);
    assert_eq!(
        names(&v),
        ["анна Егорова", "Пётр Ёлкин", "Иван Еремеев", "Борис Жуков"],
        "by surname, ё as е"
    );
    let mut b = Account::new("b", "B");
    for name in ["Жукова Анна Сергеевна", "Ёлкин Пётр", "егоров Иван"] {
        b.people.push(Person::new(name.to_lowercase().replace(' ', "-"), name));
    }
    v.names = SortBy::SurnameFirst;
    v.sync(&b, 1);
    let order: Vec<&str> = v.order().iter().map(|&i| b.people[i].name.as_str()).collect();
    assert_eq!(order, ["егоров Иван", "Ёлкин Пётр", "Жукова Анна Сергеевна"]);
}
