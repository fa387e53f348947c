//! The project's own example plans import as written, and one plan written as text, CSV
//! (UTF-8 and CP1251), DOCX and XLSX gives the same events.

use std::path::Path;

use plancal::import::fixtures::{docx_from_blocks, xlsx_from_rows};
use plancal::import::{Block, Cell, ImportOptions, Paragraph, Table, parse};
use plancal::plan::{PlanDocument, Slug};

fn example(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name),
    )
    .unwrap()
}

fn import(bytes: &[u8], name: &str) -> PlanDocument {
    let options = ImportOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29),
        ..ImportOptions::new(Slug::parse("demo").unwrap())
    };
    parse(bytes, name, &options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Title, timing words, dates, roles and partners of one event.
type Essence = (String, String, String, Vec<String>, Vec<String>);

/// What must agree across formats.
fn essence(doc: &PlanDocument) -> Vec<Essence> {
    doc.events
        .iter()
        .map(|e| {
            let w = e.when.as_ref().unwrap();
            (
                e.title.clone(),
                e.timing.clone(),
                format!("{:?} {:?} {:?}", w.kind(), w.start(), w.end()),
                e.roles.clone(),
                e.partners.clone(),
            )
        })
        .collect()
}

#[test]
fn the_examples_import_with_the_events_they_list() {
    for (name, events) in [
        ("ozernaya-school-library.txt", 13),
        ("city-librarians-association.txt", 7),
        ("rainbow-kindergarten-partners.txt", 9),
        ("truong-hoa-binh-library.txt", 5),
    ] {
        let doc = import(&example(name), name);
        assert_eq!(doc.events.len(), events, "{name}");
        assert_eq!(doc.academic_year.to_string(), "2025-2026", "{name}");
        assert!(doc.events.iter().all(|e| !e.title.is_empty()), "{name}");
    }
    let school = import(&example("ozernaya-school-library.txt"), "x.txt");
    let gifts = school
        .events
        .iter()
        .find(|e| e.title.starts_with("Акция"))
        .unwrap();
    assert_eq!(gifts.timing, "ноябрь, декабрь");
    // Adjacent months are one range (TIMING.md).
    let w = gifts.when.as_ref().unwrap();
    assert_eq!(
        (w.start(), w.end()),
        (
            chrono::NaiveDate::from_ymd_opt(2025, 11, 1),
            chrono::NaiveDate::from_ymd_opt(2025, 12, 31)
        )
    );
    assert_eq!(gifts.roles, vec!["parents", "class-teacher"]);
    let thursdays = school
        .events
        .iter()
        .find(|e| e.timing == "по четвергам")
        .unwrap();
    assert_eq!(
        thursdays
            .when
            .as_ref()
            .unwrap()
            .recurrence()
            .as_ref()
            .unwrap()
            .byday
            .as_deref(),
        Some(&["TH".to_string()][..])
    );
    let association = import(&example("city-librarians-association.txt"), "x.txt");
    assert_eq!(association.sections.len(), 2);
    assert_eq!(
        association.events[4].partners,
        vec!["МБОУ «Гимназия № 1»", "МБОУ «СОШ № 7»"]
    );
    let vi = import(&example("truong-hoa-binh-library.txt"), "x.txt");
    assert!(vi.events[3].roles.contains(&"youth-union".to_string()));
}

#[test]
fn text_csv_docx_and_xlsx_versions_of_one_plan_give_the_same_events() {
    let text = import(&example("rainbow-kindergarten-partners.txt"), "plan.txt");
    let csv = import(
        &example("formats/rainbow-kindergarten-partners.csv"),
        "plan.csv",
    );
    let cp1251 = import(
        &example("formats/rainbow-kindergarten-partners.cp1251.csv"),
        "plan.csv",
    );
    let source = String::from_utf8(example("rainbow-kindergarten-partners.txt")).unwrap();
    let rows: Vec<Vec<String>> = source
        .lines()
        .filter(|l| l.contains('\t'))
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    let title = source.lines().next().unwrap().to_string();
    let cell = |t: &String| Cell {
        text: t.clone(),
        ..Default::default()
    };
    let docx = docx_from_blocks(&[
        Block::Paragraph(Paragraph {
            text: title.clone(),
            ..Default::default()
        }),
        Block::Table(Table {
            rows: rows.iter().map(|r| r.iter().map(cell).collect()).collect(),
        }),
    ]);
    let docx = import(&docx, "plan.docx");
    let mut sheet = vec![vec![title]];
    sheet.extend(rows.iter().cloned());
    let xlsx = import(&xlsx_from_rows("План", &sheet), "plan.xlsx");
    let expected = essence(&text);
    assert_eq!(expected.len(), 9);
    assert_eq!(essence(&csv), expected, "CSV");
    assert_eq!(essence(&cp1251), expected, "CP1251 CSV");
    assert_eq!(essence(&docx), expected, "DOCX");
    assert_eq!(essence(&xlsx), expected, "XLSX");
}

#[test]
fn a_docx_with_a_vertically_merged_timing_cell_applies_it_to_each_row() {
    let cell = |t: &str, above: bool| Cell {
        text: t.into(),
        merged_from_above: above,
        ..Default::default()
    };
    let table = Table {
        rows: vec![
            vec![
                cell("№", false),
                cell("Мероприятие", false),
                cell("Сроки", false),
            ],
            vec![
                cell("1.", false),
                cell("Экскурсия в музей", false),
                cell("Октябрь", false),
            ],
            vec![
                cell("2.", false),
                cell("Встреча с писателем", false),
                cell("Октябрь", true),
            ],
        ],
    };
    let bytes = docx_from_blocks(&[
        Block::Paragraph(Paragraph {
            text: "План работы на 2025-2026 учебный год".into(),
            ..Default::default()
        }),
        Block::Table(table),
    ]);
    let doc = import(&bytes, "merged.docx");
    assert_eq!(doc.events.len(), 2);
    assert!(
        doc.events
            .iter()
            .all(|e| e.when.as_ref().unwrap().start().map(|d| d.to_string())
                == Some("2025-10-01".into()))
    );
}
