//! The "done when", on the real binary: a Bitrix24 export saved by Russian
//! Excel (Windows-1251, `;`) and a Salesforce report with `Reports To` go into one
//! account; the preview changes nothing; applying draws the org chart from the
//! reporting lines; the rep's stances survive a newer export.

mod common;

use common::cli::dmu;
use dmu::model::{LinkKind, Stance};
use std::path::Path;

fn cp1251(text: &str) -> Vec<u8> {
    let (bytes, _, bad) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!bad);
    bytes.into_owned()
}

const BITRIX: &str = "ID;Обращение;Имя;Фамилия;Отчество;Должность;Компания;Рабочий e-mail;Рабочий телефон\r\n\
    1842;г-н;Дмитрий;Волков;Сергеевич;Генеральный директор;ООО \"Волжский трубный завод\";volkov@vtz.example;+7 8442 11-22-33\r\n\
    1843;г-жа;Ольга;Кузнецова;Игоревна;Финансовый директор;ООО \"Волжский трубный завод\";kuznetsova@vtz.example;\r\n\
    1844;г-н;Пётр;Иванов;;Главный инженер;ООО \"Волжский трубный завод\";ivanov@vtz.example;\r\n";

const SALESFORCE: &str = "First Name,Last Name,Title,Department,Email,Account Name,Reports To\r\n\
    Ольга,Кузнецова,Финансовый директор,Finance,kuznetsova@vtz.example,Volga Pipe Works,Дмитрий Волков\r\n\
    Пётр,Иванов,Главный инженер,Engineering,ivanov@vtz.example,Volga Pipe Works,Дмитрий Волков\r\n\
    Maria,Garcia,Maintenance Lead,Maintenance,garcia@vtz.example,Volga Pipe Works,Пётр Иванов\r\n";

fn out(o: &std::process::Output) -> String {
    assert!(o.status.success(), "dmu failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn account(data: &Path) -> dmu::model::Account {
    dmu::store::load_file(&data.join("accounts/volga-pipe-works.json")).unwrap()
}

#[test]
fn two_crm_exports_into_one_account_and_a_newer_one_keeps_the_stances() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let bitrix = dir.path().join("bitrix.csv");
    let sf = dir.path().join("salesforce.csv");
    std::fs::write(&bitrix, cp1251(BITRIX)).unwrap();
    std::fs::write(&sf, SALESFORCE).unwrap();
    out(&dmu(&data, &["new", "Volga Pipe Works"]));
    let before = std::fs::read(data.join("accounts/volga-pipe-works.json")).unwrap();

    // The preview names the export, the encoding and the counts, and changes nothing.
    let preview = out(&dmu(&data, &["import", bitrix.to_str().unwrap(), "--account", "volga", "--dry-run"]));
    assert!(preview.contains("Bitrix24"), "{preview}");
    assert!(preview.contains("Windows-1251") && preview.contains("semicolons"), "{preview}");
    assert!(preview.contains("3 people added"), "{preview}");
    assert_eq!(std::fs::read(data.join("accounts/volga-pipe-works.json")).unwrap(), before);

    out(&dmu(&data, &["import", bitrix.to_str().unwrap(), "--account", "volga"]));
    let text = out(&dmu(&data, &["import", sf.to_str().unwrap(), "--account", "volga"]));
    assert!(text.contains("1 person added, 2 updated"), "{text}");
    assert!(text.contains("3 reporting lines added"), "{text}");
    let a = account(&data);
    assert_eq!(a.people.len(), 4);
    let id =
        |name: &str| a.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name}")).id.clone();
    let volkov = id("Дмитрий Сергеевич Волков");
    assert_eq!(a.people.iter().find(|p| p.id == volkov).unwrap().external_ids["bitrix24"], "1842");
    let reports = |from: &str, to: &str| {
        a.links.iter().any(|l| l.kind == LinkKind::ReportsTo && l.from == from && l.to == to)
    };
    assert!(reports(&id("Ольга Игоревна Кузнецова"), &volkov));
    assert!(reports(&id("Пётр Иванов"), &volkov));
    assert!(reports(&id("Maria Garcia"), &id("Пётр Иванов")));
    // The org chart is drawn from those lines.
    let dot = out(&dmu(&data, &["export", "volga", "--format", "dot"]));
    assert!(dot.contains("Дмитрий Сергеевич Волков"), "{dot}");
    // The history says where the people came from.
    let changes = out(&dmu(&data, &["changes", "volga", "--since", "7d"]));
    assert!(
        changes.contains("imported from bitrix.csv") && changes.contains("imported from salesforce.csv"),
        "{changes}"
    );

    // The rep judges two people, as the app would save it.
    let path = data.join("accounts/volga-pipe-works.json");
    let mut edited = account(&data);
    for p in &mut edited.people {
        if p.name.contains("Волков") {
            p.stance = Stance::Skeptic;
        }
        if p.name == "Maria Garcia" {
            p.stance = Stance::Champion;
            p.influence = dmu::model::Influence(4);
        }
    }
    std::fs::write(&path, edited.to_canonical_json()).unwrap();

    // A newer Bitrix export: a new title, a new colleague.
    let newer = BITRIX.replace("Генеральный директор", "Президент")
        + "1845;г-н;Алексей;Морозов;;Начальник производства;ООО \"Волжский трубный завод\";morozov@vtz.example;\r\n";
    std::fs::write(&bitrix, cp1251(&newer)).unwrap();
    let text = out(&dmu(&data, &["import", bitrix.to_str().unwrap(), "--account", "volga"]));
    assert!(text.contains("1 person added, 1 updated"), "{text}");
    let a = account(&data);
    assert_eq!(a.people.len(), 5);
    let volkov = a.people.iter().find(|p| p.name.contains("Волков")).unwrap();
    assert_eq!((volkov.stance, volkov.title.as_deref()), (Stance::Skeptic, Some("Президент")));
    let garcia = a.people.iter().find(|p| p.name == "Maria Garcia").unwrap();
    assert_eq!((garcia.stance, garcia.influence.0), (Stance::Champion, 4));
    assert_eq!(a.links.len(), 3, "the reporting lines stay");
    // And the same file once more changes nothing.
    let text = out(&dmu(&data, &["import", bitrix.to_str().unwrap(), "--account", "volga"]));
    assert!(text.contains("Nothing to change"), "{text}");
    assert!(dmu(&data, &["check"]).status.success());
}

#[test]
fn bad_files_get_a_message_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    out(&dmu(&data, &["new", "Volga Pipe Works"]));
    let before = std::fs::read(data.join("accounts/volga-pipe-works.json")).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.csv", Vec::new(), "the file is empty"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0".to_vec(), "binary"),
        ("ragged.csv", b"First Name,Last Name\nAnn,Lee\nBo,Chen,extra\n".to_vec(), "line 3 has 3 cells"),
        ("short.csv", b"First Name,Last Name,Title\nAnn,Lee,CFO\nBo,Chen\n".to_vec(), "line 3 has 2 cells"),
        ("nonames.csv", b"Colour,Size\nred,4\n".to_vec(), "no column holds the people's names"),
        ("header.csv", b"First Name,Last Name\n".to_vec(), "no contacts"),
    ];
    for (name, bytes, said) in cases {
        let f = dir.path().join(name);
        std::fs::write(&f, bytes).unwrap();
        let o = dmu(&data, &["import", f.to_str().unwrap(), "--account", "volga"]);
        assert!(!o.status.success(), "{name}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(said), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
    // 200 MB: refused before it is read.
    let big = dir.path().join("big.csv");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    let o = dmu(&data, &["import", big.to_str().unwrap(), "--account", "volga"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("200 MB"), "{err}");
    let o = dmu(&data, &["import", dir.path().join("missing.csv").to_str().unwrap(), "--account", "volga"]);
    assert!(!o.status.success() && String::from_utf8_lossy(&o.stderr).contains("missing.csv"));
    assert_eq!(std::fs::read(data.join("accounts/volga-pipe-works.json")).unwrap(), before);
}
