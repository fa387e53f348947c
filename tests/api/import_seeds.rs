//! The five real plans in ../shared/seeds import with every real event and nothing else,
//! with the dates TIMING.md gives and roles and partners as a person reading them would list
//! them. A checkout without ../shared/seeds fails here, saying so (CI imports the folder
//! too); the project's own tests use examples/.

use std::path::{Path, PathBuf};

use plancal::import::{ImportOptions, parse};
use plancal::plan::{PlanDocument, Slug};

fn seeds() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    assert!(
        dir.is_dir(),
        "{} is missing: these tests import the real seed plans kept beside the repository",
        dir.display()
    );
    dir
}

fn import(prefix: &str) -> PlanDocument {
    let dir = seeds();
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("{}: no seed plan named {prefix}*", dir.display()));
    let bytes = std::fs::read(&file).unwrap();
    let name = file.file_name().unwrap().to_string_lossy().to_string();
    let options = ImportOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29),
        ..ImportOptions::new(Slug::parse("seed-school").unwrap())
    };
    parse(&bytes, &name, &options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn dates(doc: &PlanDocument, i: usize) -> (String, String) {
    let w = doc.events[i].when.as_ref().unwrap();
    (
        w.start().map(|d| d.to_string()).unwrap_or_default(),
        w.end().map(|d| d.to_string()).unwrap_or_default(),
    )
}

fn ds(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn seed_000_school_and_library_cooperation_list() {
    let doc = import("000");
    assert_eq!(doc.events.len(), 13);
    assert_eq!(doc.academic_year.to_string(), "2025-2026");
    assert!(
        doc.title
            .starts_with("План совместной работы МОУ «Рамешковская СОШ»")
    );
    assert_eq!(
        doc.partners
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        vec!["МУК «Рамешковская ЦБС»"]
    );
    let numbers: Vec<&str> = doc
        .events
        .iter()
        .map(|e| e.number.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        numbers,
        [
            "1", "2", "3", "4", "5", "6", "8", "9", "10", "11", "12", "13", "14"
        ],
        "numbering as written"
    );
    assert_eq!(doc.events[0].title, "Заключение договора о сотрудничестве");
    assert_eq!(doc.events[0].roles, vec!["director"]);
    assert_eq!(dates(&doc, 0), ds("2025-09-01", "2025-09-30"));
    assert_eq!(
        dates(&doc, 3),
        ds("2025-10-25", "2025-11-04"),
        "the typo year is repaired"
    );
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.column.as_deref() == Some("timing") && w.message.contains("typo"))
    );
    assert_eq!(
        doc.events[2].roles,
        vec!["librarian", "organizer", "class-teacher"]
    );
    assert_eq!(dates(&doc, 9), ds("2025-09-01", "2026-08-31"));
    assert_eq!(dates(&doc, 11), ds("2026-04-01", "2026-06-30"));
    assert_eq!(
        doc.events[7].roles[0], "club-leader",
        "руководитель коллектива"
    );
}

#[test]
fn seed_001_association_plan_with_nested_sections() {
    let doc = import("001");
    assert_eq!(doc.events.len(), 21);
    let keys: Vec<&str> = doc.sections.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["1", "2", "3", "4"]);
    assert_eq!(doc.sections[0].sections.len(), 4, "1.1 … 1.4");
    assert_eq!(doc.sections[1].sections[0].key, "2.1");
    assert_eq!(doc.events[0].section.as_deref(), Some("1.1"));
    assert_eq!(
        doc.events[6].title,
        "Организация выставок, тематических полок, посвященных Году защитника Отечества и 80-летию Победы в ВОВ 1941-1945 гг."
    );
    assert_eq!(dates(&doc, 6), ds("2025-09-01", "2026-01-31"));
    assert_eq!(
        doc.events[13].number.as_deref(),
        Some("8"),
        "numbers restart as written"
    );
    assert_eq!(
        doc.events[13].partners,
        vec!["МБОУ «СОШ № 8»", "МБОУ «СОШ № 34»"]
    );
    assert_eq!(dates(&doc, 16), ds("2026-08-01", "2026-08-31"));
    assert!(
        doc.partners
            .iter()
            .any(|p| p.name == "МБУ ЦБС «Центральная детская библиотека имени Сергея Михалкова»")
    );
    assert_eq!(doc.columns.as_ref().unwrap()["timing"], 2);
}

#[test]
fn seed_002_meeting_talks_are_its_agenda() {
    let doc = import("002");
    assert_eq!(doc.events.len(), 7);
    assert_eq!(doc.academic_year.to_string(), "2023-2024");
    assert_eq!(doc.events[1].title, "Диагностико – аналитическая работа.");
    let meeting = &doc.events[6];
    assert_eq!(meeting.agenda.len(), 5);
    assert!(
        meeting
            .when
            .as_ref()
            .unwrap()
            .flags
            .contains(&plancal::timing::Flag::Online)
    );
    assert_eq!(dates(&doc, 6), ds("2024-04-01", "2024-04-30"));
    assert!(
        meeting
            .people
            .iter()
            .any(|p| p.name == "Сулова Н.В." && p.org.as_deref() == Some("МАОУ «Софиевская СОШ»"))
    );
    let first = &doc.events[0];
    assert_eq!(
        first
            .people
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Труханова С.С.", "Мустафина О.Р."]
    );
    assert_eq!(
        first.people[0].org.as_deref(),
        Some("МАОУ «Пономаревская СОШ»")
    );
    assert_eq!(first.roles, vec!["head-of-association"]);
    assert_eq!(doc.events[5].roles, vec!["librarian"], "Все библиотекари");
}

#[test]
fn seed_003_vietnamese_activities_without_a_table() {
    let doc = import("003");
    assert_eq!(doc.events.len(), 5);
    assert_eq!(doc.academic_year.to_string(), "2024-2025");
    let freqs: Vec<Option<plancal::timing::Freq>> = doc
        .events
        .iter()
        .map(|e| e.when.as_ref().unwrap().recurrence().map(|r| r.freq))
        .collect();
    use plancal::timing::Freq::*;
    assert_eq!(
        freqs,
        [
            Some(Monthly),
            Some(Termly),
            Some(Yearly),
            None,
            Some(Monthly)
        ]
    );
    assert_eq!(
        doc.events[3].when.as_ref().unwrap().kind(),
        plancal::timing::TimingKind::Unknown,
        "no invented date"
    );
    assert!(doc.partners.iter().any(|p| p.name == "Thư viện Hà Nội"));
}

#[test]
fn seed_004_timing_first_table_with_inherited_and_broken_rows() {
    let doc = import("004");
    assert_eq!(doc.events.len(), 13);
    assert_eq!(doc.academic_year.to_string(), "2022-2023");
    assert_eq!(doc.columns.as_ref().unwrap()["timing"], 0);
    assert_eq!(
        doc.events[3].title,
        "Участие в экологической акции «Спаси дерево»"
    );
    assert_eq!(
        dates(&doc, 3),
        ds("2022-11-01", "2022-11-30"),
        "a blank timing inherits the one above"
    );
    let march = doc.events.iter().find(|e| e.timing == "Март").unwrap();
    assert_eq!(
        march.title,
        "Реализация плана мероприятий Центра здоровьесбережения"
    );
    assert_eq!(march.roles, vec!["class-teacher"]);
    assert_eq!(doc.events[1].roles, vec!["class-teacher", "parents"]);
    let partners: Vec<&str> = doc.partners.iter().map(|p| p.name.as_str()).collect();
    for p in [
        "Пожарная часть",
        "МАО УДО «Эколого-биологический центр»",
        "ИКЦ «Старый Сургут»",
        "Краеведческий музей г. Сургута",
    ] {
        assert!(partners.contains(&p), "{p} in {partners:?}");
    }
    assert!(
        !partners.contains(&"Школьная библиотека"),
        "the school's own library is no partner"
    );
}
