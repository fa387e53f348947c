//! `POST /api/v1/imports` takes old Word, RTF and ODT plans as the upload page does
//! (`convert::readable`): converted by LibreOffice when the server has it (here a stand-in
//! `soffice` that writes a DOCX plan where LibreOffice would), explained in a problem+json
//! naming the file when it has not, and a PDF explained in every case.

use std::path::{Path, PathBuf};

use plancal::import::fixtures::docx_from_blocks;
use plancal::import::{Block, Cell, Paragraph, Table};

use crate::common::{self, Backend, TestApp};

const OLE2: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// An old Word file's first bytes: what the server goes by, whatever the name says.
fn old_word() -> Vec<u8> {
    let mut bytes = OLE2.to_vec();
    bytes.extend_from_slice(&[0; 504]);
    bytes.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

/// The plan LibreOffice would make of the .doc: a title and a table of two events.
fn converted_plan() -> Vec<u8> {
    let cell = |t: &str| Cell {
        text: t.into(),
        ..Default::default()
    };
    let rows = [
        ["№", "Мероприятие", "Сроки", "Ответственные"],
        ["1", "Неделя детской книги", "24.03.2026", "библиотекари"],
        ["2", "Конкурс чтецов", "апрель", "классные руководители"],
    ];
    docx_from_blocks(&[
        Block::Paragraph(Paragraph {
            text: "План работы библиотеки на 2025 – 2026 учебный год".into(),
            ..Default::default()
        }),
        Block::Table(Table {
            rows: rows
                .iter()
                .map(|r| r.iter().map(|t| cell(t)).collect())
                .collect(),
        }),
    ])
}

/// A stand-in for LibreOffice: copies `docx` to "<outdir>/plan.docx", as
/// `soffice --convert-to docx --outdir DIR plan.doc` writes it.
fn fake_soffice(dir: &Path, docx: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("soffice");
    let script = format!(
        "#!/bin/sh\nwhile [ \"$1\" != \"--outdir\" ]; do shift; done\nmkdir -p \"$2\"\ncp '{}' \"$2/plan.docx\"\n",
        docx.display()
    );
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn with_soffice(backend: Backend, program: String) -> Option<TestApp> {
    common::spawn_app_with(backend, Box::new(move |s| s.soffice = program))
}

fn an_old_word_plan_is_converted_and_imported(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("converted.docx");
    std::fs::write(&docx, converted_plan()).unwrap();
    let program = fake_soffice(dir.path(), &docx).display().to_string();
    let Some(app) = with_soffice(backend, program) else {
        return;
    };
    let res = app.upload("plan.doc", &old_word(), &[("org", "ozernaya-library")]);
    assert_eq!(res.status, 201, "{}", res.body);
    let answer = res.json();
    assert_eq!(answer["outcome"]["created"], 2, "{answer}");
    assert_eq!(
        answer["plan"]["source"], "plan.docx",
        "read as what LibreOffice wrote"
    );
    let titles: Vec<&str> = answer["plan"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Неделя детской книги", "Конкурс чтецов"]);
    // A PDF is explained whatever the server has.
    let res = app.upload("plan.pdf", b"%PDF-1.7 ...", &[("org", "ozernaya-library")]);
    assert_eq!(res.status, 415, "{}", res.body);
    let problem = res.json();
    assert_eq!(problem["pointer"], "/file", "{problem}");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("this is a PDF"),
        "{problem}"
    );
}

fn without_libreoffice_an_old_word_plan_is_explained(backend: Backend) {
    let Some(app) = with_soffice(backend, "/nonexistent/soffice".into()) else {
        return;
    };
    let res = app.upload(
        "plan.doc",
        &old_word(),
        &[("org", "ozernaya-library"), ("dry_run", "true")],
    );
    assert_eq!(res.status, 415, "{}", res.body);
    assert_eq!(res.header("content-type"), Some("application/problem+json"));
    let problem = res.json();
    assert_eq!(problem["pointer"], "/file", "{problem}");
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("old Word 97-2003 document (.doc)"),
        "{detail}"
    );
    assert!(detail.contains("save it as .docx"), "{detail}");
}

#[test]
fn an_old_word_plan_is_converted_and_imported_sqlite() {
    an_old_word_plan_is_converted_and_imported(Backend::Sqlite);
}

#[test]
fn an_old_word_plan_is_converted_and_imported_postgres() {
    an_old_word_plan_is_converted_and_imported(Backend::Postgres);
}

#[test]
fn without_libreoffice_an_old_word_plan_is_explained_sqlite() {
    without_libreoffice_an_old_word_plan_is_explained(Backend::Sqlite);
}

#[test]
fn without_libreoffice_an_old_word_plan_is_explained_postgres() {
    without_libreoffice_an_old_word_plan_is_explained(Backend::Postgres);
}
