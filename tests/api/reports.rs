//! Outcomes, the year's report and the documents back out (issue 24), through real HTTP on
//! both backends: an outcome recorded through the API and through the event page reads back
//! on the event; the report counts it and draws its chart; `report.xlsx` and `plan.docx`
//! open in real readers (openpyxl, python-docx); `plancal import` of the exported plan gives
//! the same events with the same dates, for every seed; a private organization's report is
//! an admin's only; the report and the printed month are looked at in Chromium.
//!
//! The readers live in a virtualenv `.ci/run` makes (`target/readers`, or
//! `PLANCAL_READERS_PYTHON`); a missing one fails the test, saying how to make it.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::web_admin::Browser;
use common::TestApp;
use serde_json::{Value, json};

const SLUG: &str = "ramenki-school";

fn import_seed(app: &TestApp, prefix: &str, slug: &str) {
    let (name, bytes) = common::seed(prefix);
    let res = app.upload(&name, &bytes, &[("org", slug)]);
    assert_eq!(res.status, 201, "{}", res.body);
}

/// The organization's merged events as the API lists them (an admin asking).
fn events(app: &TestApp, slug: &str) -> Vec<Value> {
    let res = app.get_admin(&format!("/api/v1/events?org={slug}&limit=1000"));
    assert_eq!(res.status, 200, "{}", res.body);
    res.json()["items"].as_array().unwrap().clone()
}

/// The days an event has now: its pin, else its timing's.
fn span(e: &Value) -> (String, String) {
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    if e["pinned"].is_object() {
        let start = text(&e["pinned"]["date"]);
        let end = e["pinned"]["end_date"]
            .as_str()
            .map_or(start.clone(), str::to_string);
        return (start, end);
    }
    let start = text(&e["when"]["start"]);
    let end = e["when"]["end"]
        .as_str()
        .map_or(start.clone(), str::to_string);
    (start, end)
}

fn find<'a>(list: &'a [Value], title_part: &str) -> &'a Value {
    list.iter()
        .find(|e| e["title"].as_str().unwrap_or("").contains(title_part))
        .unwrap_or_else(|| panic!("no event with {title_part:?}"))
}

fn patch(app: &TestApp, id: i64, body: &Value) -> common::Res {
    app.send("PATCH", &format!("/api/v1/events/{id}"), body)
}

/// The Python with python-docx and openpyxl.
fn readers_python() -> PathBuf {
    let path = std::env::var_os("PLANCAL_READERS_PYTHON").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/readers/bin/python"),
        PathBuf::from,
    );
    assert!(
        path.exists(),
        "{} is missing: the export tests open the files with python-docx and openpyxl \
         (python3 -m venv target/readers && target/readers/bin/pip install python-docx openpyxl; .ci/run does this)",
        path.display()
    );
    path
}

/// Runs a Python script on `file`; its stdout, or the test fails with its stderr.
fn python(script: &str, file: &Path) -> String {
    let out = std::process::Command::new(readers_python())
        .args(["-c", script])
        .arg(file)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every row of the first sheet, as openpyxl reads it, cells joined by tabs.
const XLSX_ROWS: &str = r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for row in wb.worksheets[0].iter_rows(values_only=True):
    print('\t'.join('' if c is None else str(c) for c in row))
"#;

/// The number of tables, then each row of the first table, as python-docx reads them.
const DOCX_ROWS: &str = r#"
import sys, docx
d = docx.Document(sys.argv[1])
print(len(d.tables))
for row in d.tables[0].rows:
    print('\t'.join(c.text for c in row.cells))
"#;

fn download(app: &TestApp, path: &str, dir: &Path) -> PathBuf {
    let res = app.get_admin(path);
    assert_eq!(res.status, 200, "{path}: {}", res.body);
    let name = path.rsplit('/').next().unwrap().split('?').next().unwrap();
    let file = dir.join(name);
    std::fs::write(&file, &res.bytes).unwrap();
    file
}

/// What `plancal import FILE --dry-run --json` reads from a file: its events' days.
fn reimported_days(file: &Path, slug: &str) -> Vec<(String, String)> {
    let out = common::plancal()
        .args(["import"])
        .arg(file)
        .args(["--org", slug, "--dry-run", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    let mut days: Vec<(String, String)> =
        doc["events"].as_array().unwrap().iter().map(span).collect();
    days.sort();
    days
}

fn sorted_days(list: &[Value]) -> Vec<(String, String)> {
    let mut days: Vec<(String, String)> = list.iter().map(span).collect();
    days.sort();
    days
}

on_both_backends! {
    an_outcome_recorded_through_the_api_reads_back_and_a_move_pins_the_new_day => |app: TestApp| {
        import_seed(&app, "000", SLUG);
        let list = events(&app, SLUG);
        assert_eq!(list.iter().filter(|e| e["outcome"].is_null()).count(), list.len(), "null until recorded");
        let quiz = find(&list, "Литературная гостиная");
        let id = quiz["id"].as_i64().unwrap();
        let before = quiz["sequence"].as_i64().unwrap();
        let held = json!({"outcome": {"status": "held", "date": "2025-10-17", "participants": 25,
            "note": "в актовом зале", "link": "https://school.example/news/17"}});
        let res = patch(&app, id, &held);
        assert_eq!(res.status, 200, "{}", res.body);
        let back = app.get(&format!("/api/v1/events/{id}")).json();
        assert_eq!(back["outcome"]["status"], "held");
        assert_eq!(back["outcome"]["participants"], 25);
        assert_eq!(back["outcome"]["date"], "2025-10-17");
        assert_eq!(back["outcome"]["link"], "https://school.example/news/17");
        assert_eq!(back["sequence"].as_i64(), Some(before), "a mark that moves no date keeps SEQUENCE");

        let mothers = find(&list, "День Матери");
        let mid = mothers["id"].as_i64().unwrap();
        let res = patch(&app, mid, &json!({"outcome": {"status": "moved", "date": "2025-12-05", "note": "карантин"}}));
        assert_eq!(res.status, 200, "{}", res.body);
        let moved = res.json();
        assert_eq!(moved["pinned"]["date"], "2025-12-05");
        assert_eq!(moved["sequence"].as_i64(), Some(mothers["sequence"].as_i64().unwrap() + 1));
        assert_eq!(moved["uid"], mothers["uid"]);
        // The feed says the new day, as the same event one revision on.
        let feed = app.get(&format!("/feeds/orgs/{SLUG}.ics")).body.replace("\r\n ", "");
        let vevent = feed
            .split("BEGIN:VEVENT")
            .find(|v| v.contains(&format!("UID:{}", moved["uid"].as_str().unwrap())))
            .unwrap_or_else(|| panic!("{feed}"));
        assert!(vevent.contains("DTSTART;VALUE=DATE:20251205"), "{vevent}");
        assert!(vevent.contains(&format!("SEQUENCE:{}", moved["sequence"])), "{vevent}");

        // Errors name the field, as problem+json.
        let res = patch(&app, id, &json!({"outcome": {"status": "moved"}}));
        assert_eq!(res.status, 422, "{}", res.body);
        assert!(res.header("content-type").unwrap_or("").starts_with("application/problem+json"));
        assert_eq!(res.json()["pointer"], "/outcome/date");
        let res = patch(&app, id, &json!({"outcome": {"status": "held", "link": "javascript:alert(1)"}}));
        assert_eq!((res.status, res.json()["pointer"].as_str()), (422, Some("/outcome/link")));
        let res = patch(&app, id, &json!({"outcome": {"status": "postponed"}}));
        assert_eq!((res.status, res.json()["pointer"].as_str()), (400, Some("/outcome/status")), "{}", res.body);
        let res = app.send_raw("PATCH", &format!("/api/v1/events/{id}"), None, "application/json",
            held.to_string().into_bytes());
        assert_eq!(res.status, 401, "writing needs the admin token");
        assert_eq!(app.get(&format!("/api/v1/events/{id}")).json()["outcome"]["status"], "held", "unchanged");

        // null clears.
        assert_eq!(patch(&app, id, &json!({"outcome": null})).status, 200);
        assert!(app.get(&format!("/api/v1/events/{id}")).json()["outcome"].is_null());
    };

    the_report_counts_the_marks_draws_the_chart_and_hands_back_the_documents => |app: TestApp| {
        import_seed(&app, "000", SLUG);
        let list = events(&app, SLUG);
        let n = list.len();
        assert_eq!(n, 13, "seed 000 holds 13 events");
        let id = |part: &str| find(&list, part)["id"].as_i64().unwrap();
        let quiz = id("Литературная гостиная");
        for (event, body) in [
            (quiz, json!({"status": "held", "date": "2025-10-17", "participants": 25, "note": "в актовом зале"})),
            (id("Новогоднее"), json!({"status": "not_held", "note": "карантин"})),
            (id("День Матери"), json!({"status": "moved", "date": "2025-12-05"})),
        ] {
            assert_eq!(patch(&app, event, &json!({"outcome": body})).status, 200);
        }
        // Hand count: every event of 2025-2026 has ended (today is later), so 13 planned,
        // 1 held, 1 not held, 1 moved, 10 waiting.
        let page = app.get(&format!("/orgs/{SLUG}/report?year=2025-2026&lang=ru"));
        assert_eq!(page.status, 200, "{}", page.body);
        let figure = |n: usize, word: &str| format!("<strong>{n}</strong> {word}");
        for (count, word) in [(13, "Запланировано"), (1, "Проведено"), (1, "Не проведено"), (1, "Перенесено"), (10, "Ждут отметки")] {
            assert!(page.body.contains(&figure(count, word)), "{count} {word}");
        }
        assert!(page.body.contains("<svg") && page.body.contains("url(#pat-not-held)"), "the chart is drawn");
        assert!(page.body.contains("Октябрь 2025"));
        // The list behind a figure.
        let held = app.get(&format!("/orgs/{SLUG}/report?year=2025-2026&mark=held"));
        assert!(held.body.contains(&format!("href=\"/events/{quiz}\"")), "the held list links the event");
        assert!(held.body.contains("Мероприятия: Проведено (1)"));
        let en = app.get(&format!("/orgs/{SLUG}/report?year=2025-2026&lang=en"));
        assert!(en.body.contains(&figure(10, "Waiting for a mark")));
        let vi = app.get(&format!("/orgs/{SLUG}/report?year=2025-2026&lang=vi"));
        assert!(vi.body.contains(&figure(1, "Đã thực hiện")));
        assert_eq!(app.get(&format!("/orgs/{SLUG}/report?year=soon")).status, 400);

        let dir = tempfile::tempdir().unwrap();
        // report.xlsx: the outcome's status word and participants on the event's row.
        let xlsx = download(&app, &format!("/orgs/{SLUG}/report.xlsx?year=2025-2026"), dir.path());
        let rows = python(XLSX_ROWS, &xlsx);
        let row = rows.lines().find(|l| l.contains("Литературная гостиная")).unwrap_or_else(|| panic!("{rows}"));
        let cells: Vec<&str> = row.split('\t').collect();
        assert_eq!(cells[5..8], ["Проведено", "17.10.2025", "25"], "{row}");
        assert!(rows.contains("Отметка о выполнении"));
        let report_docx = download(&app, &format!("/orgs/{SLUG}/report.docx?year=2025-2026"), dir.path());
        let table = python(DOCX_ROWS, &report_docx);
        assert!(table.lines().any(|l| l.contains("Литературная гостиная") && l.contains("Проведено")), "{table}");

        // plan.docx: one Word table with every event of the merged calendar, and the
        // import of that file gives the same number of events with the same dates.
        let list = events(&app, SLUG);
        let plan = download(&app, &format!("/orgs/{SLUG}/plan.docx?year=2025-2026"), dir.path());
        let table = python(DOCX_ROWS, &plan);
        let mut lines = table.lines();
        assert_eq!(lines.next(), Some("1"), "one table");
        assert_eq!(lines.count(), n + 1, "a header and a row per event:\n{table}");
        assert_eq!(reimported_days(&plan, "round-trip"), sorted_days(&list));
        let sheet = download(&app, &format!("/orgs/{SLUG}/plan.xlsx?year=2025-2026"), dir.path());
        let rows = python(XLSX_ROWS, &sheet);
        assert_eq!(rows.lines().filter(|l| l.contains("МОУ «Рамешковская СОШ»") && !l.starts_with("Сводный")).count(), n, "{rows}");
        assert_eq!(reimported_days(&sheet, "round-trip"), sorted_days(&list));
    };

    a_private_organizations_report_and_documents_are_an_admins_only => |app: TestApp| {
        import_seed(&app, "000", SLUG);
        let res = app.send("PATCH", &format!("/api/v1/orgs/{SLUG}"), &json!({"public_feeds": false}));
        assert_eq!(res.status, 200, "{}", res.body);
        for path in ["report", "report.xlsx", "report.docx", "plan.docx", "plan.xlsx"] {
            let url = format!("/orgs/{SLUG}/{path}?year=2025-2026");
            assert_eq!(app.get(&url).status, 404, "{path} for the public");
            assert_eq!(app.get_admin(&url).status, 200, "{path} for an admin");
        }
    };

    an_admin_marks_outcomes_on_the_pages_with_the_csrf_token => |app: TestApp| {
        import_seed(&app, "000", SLUG);
        let list = events(&app, SLUG);
        let quiz = find(&list, "Литературная гостиная")["id"].as_i64().unwrap();
        let trip = find(&list, "Экскурсия в центральную")["id"].as_i64().unwrap();
        let mut b = Browser::new(&app);
        // The public sees no form and no waiting list, but the print styles and the report link.
        let public = b.get(&format!("/orgs/{SLUG}?lang=ru"));
        assert!(public.body.contains("@media print"), "the organization page carries print styles");
        assert!(public.body.contains(&format!("/orgs/{SLUG}/report")));
        assert!(!public.body.contains("Ждут отметки ("));
        assert!(!b.get(&format!("/events/{quiz}")).body.contains("/outcome\""));

        let csrf = b.log_in();
        let org = b.get(&format!("/orgs/{SLUG}?lang=ru"));
        assert!(org.body.contains(&format!("Ждут отметки ({})", list.len())), "every event of the past year waits");
        // One click: held, and back to the list.
        let res = b.post(&format!("/events/{trip}/outcome"), &[("csrf", &csrf), ("status", "held"), ("next", &format!("/orgs/{SLUG}#waiting"))]);
        assert_eq!(res.status, 303, "{}", res.body);
        assert_eq!(res.location.as_deref(), Some(format!("/orgs/{SLUG}#waiting").as_str()));
        assert_eq!(app.get(&format!("/api/v1/events/{trip}")).json()["outcome"]["status"], "held");
        let org = b.get(&format!("/orgs/{SLUG}?lang=ru"));
        assert!(org.body.contains(&format!("Ждут отметки ({})", list.len() - 1)));

        // The full form on the event page.
        let page = b.get(&format!("/events/{quiz}?lang=ru"));
        assert!(page.body.contains(&format!("action=\"/events/{quiz}/outcome\"")));
        let form = [("csrf", csrf.as_str()), ("status", "not_held"), ("date", ""), ("participants", ""), ("note", "нет автобуса"), ("link", "")];
        // Without the token: refused, nothing written.
        let res = b.post(&format!("/events/{quiz}/outcome"), &form[1..]);
        assert_eq!(res.status, 403);
        assert!(app.get(&format!("/api/v1/events/{quiz}")).json()["outcome"].is_null());
        let res = b.post(&format!("/events/{quiz}/outcome"), &form);
        assert_eq!(res.status, 303, "{}", res.body);
        let back = app.get(&format!("/api/v1/events/{quiz}")).json();
        assert_eq!((back["outcome"]["status"].as_str(), back["outcome"]["note"].as_str()), (Some("not_held"), Some("нет автобуса")));
        let page = b.get(&format!("/events/{quiz}?lang=ru"));
        assert!(page.body.contains("Не проведено · нет автобуса"), "the mark shows on the event page");
        assert!(page.body.contains("История отметок"));
        // A bad field is named on an error page; nothing changes.
        let res = b.post(&format!("/events/{quiz}/outcome"), &[("csrf", &csrf), ("status", "moved"), ("date", "")]);
        assert_eq!(res.status, 422);
        assert_eq!(app.get(&format!("/api/v1/events/{quiz}")).json()["outcome"]["status"], "not_held");
        // Clearing.
        assert_eq!(b.post(&format!("/events/{quiz}/outcome"), &[("csrf", &csrf), ("clear", "1")]).status, 303);
        assert!(app.get(&format!("/api/v1/events/{quiz}")).json()["outcome"].is_null());
    };
}

/// A school with a partner library that has a plan of its own: the report counts each owner
/// apart, and the owners' figures add up to the merged calendar's.
#[test]
fn the_report_counts_the_school_and_its_partner_apart() {
    let Some(app) = common::spawn_app(common::Backend::Sqlite) else {
        return;
    };
    for (file, org) in [
        ("ozernaya-school-library.txt", "ozernaya-school"),
        ("ozerskaya-cbs-for-schools.txt", "ozerskaya-cbs"),
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(file);
        let res = app.upload(
            file,
            &std::fs::read(path).unwrap(),
            &[("org", org), ("year", "2025-2026")],
        );
        assert_eq!(res.status, 201, "{}", res.body);
    }
    let list = events(&app, "ozernaya-school");
    let mut by_owner: BTreeMap<String, usize> = BTreeMap::new();
    for e in &list {
        *by_owner
            .entry(e["org"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    assert!(
        by_owner.len() >= 2,
        "the merged calendar holds both owners: {by_owner:?}"
    );
    let page = app.get("/orgs/ozernaya-school/report?year=2025-2026&lang=ru");
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body
            .contains(&format!("<strong>{}</strong> Запланировано", list.len()))
    );
    let owners = page
        .body
        .split("По организациям")
        .nth(1)
        .unwrap()
        .split("</table>")
        .next()
        .unwrap();
    for name in ["МБОУ «Озёрная СОШ»", "МУК «Озёрская ЦБС»"] {
        assert!(owners.contains(name), "{name} in\n{owners}");
    }
    let sum: usize = owners
        .split("<tr>")
        .skip(2)
        .filter_map(|row| row.split("<td>").nth(1))
        .map(|cell| {
            cell.split('>')
                .nth(1)
                .unwrap_or(cell)
                .split('<')
                .next()
                .unwrap()
                .trim()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(sum, list.len(), "the owners' planned figures add up");
}

/// Every seed's merged plan, exported as .docx, imports back to the same events with the
/// same dates.
#[test]
fn every_seeds_exported_plan_imports_back_to_the_same_dates() {
    let Some(app) = common::spawn_app(common::Backend::Sqlite) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut seen = BTreeMap::new();
    for (i, prefix) in ["000", "001", "002", "003", "004"].iter().enumerate() {
        let slug = format!("seed-{i}");
        import_seed(&app, prefix, &slug);
        let list = events(&app, &slug);
        let plans = app.get_admin(&format!("/api/v1/plans?org={slug}")).json();
        let year = plans["items"][0]["academic_year"]
            .as_str()
            .unwrap()
            .to_string();
        let sub = dir.path().join(&slug);
        std::fs::create_dir_all(&sub).unwrap();
        let plan = download(&app, &format!("/orgs/{slug}/plan.docx?year={year}"), &sub);
        assert_eq!(
            reimported_days(&plan, &slug),
            sorted_days(&list),
            "seed {prefix}"
        );
        seen.insert(*prefix, list.len());
    }
    assert!(seen.values().all(|n| *n > 0), "{seen:?}");
}

/// The report in a real browser (a screenshot to look at) and the month page printed to PDF
/// by Chromium on A4.
#[test]
fn the_report_and_the_printed_month_look_right() {
    let Some(app) = common::spawn_app(common::Backend::Sqlite) else {
        return;
    };
    import_seed(&app, "000", SLUG);
    let list = events(&app, SLUG);
    let id = find(&list, "Литературная гостиная")["id"].as_i64().unwrap();
    patch(
        &app,
        id,
        &json!({"outcome": {"status": "held", "participants": 25}}),
    );
    let b = crate::browser::Browser::start(crate::browser::DESKTOP, "report");
    b.goto(&app.url(&format!("/orgs/{SLUG}/report?year=2025-2026&lang=ru")));
    assert_eq!(b.visible_count("figure.chart svg"), 1);
    let shot = b.screenshot("report-2025-2026");
    assert!(std::fs::metadata(&shot).unwrap().len() > 10_000);
    b.assert_accessible("report");
    let phone = crate::browser::Browser::start(crate::browser::PHONE, "phone");
    phone.goto(&app.url(&format!("/orgs/{SLUG}/report?year=2025-2026&lang=vi")));
    phone.screenshot("report-2025-2026-vi");
    phone.assert_accessible("report on a phone");
    phone.goto(&app.url(&format!("/events/{id}?lang=ru")));
    assert_eq!(
        phone.texts("section.outcome p.mark"),
        ["Проведено · Участников: 25"]
    );

    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots/org-month-print.pdf");
    let _ = std::fs::remove_file(&pdf);
    let out = std::process::Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(app.url(&format!("/orgs/{SLUG}?month=2025-10&lang=ru")))
        .output()
        .expect("chromium runs");
    assert!(
        pdf.exists(),
        "no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let pages = String::from_utf8_lossy(&bytes)
        .matches("/Type /Page\n")
        .count()
        + String::from_utf8_lossy(&bytes)
            .matches("/Type /Page ")
            .count()
        + String::from_utf8_lossy(&bytes)
            .matches("/Type/Page/")
            .count();
    assert!(
        pages <= 2,
        "the month prints on one A4 sheet (a second for the lists at most): {pages}"
    );
}

fn chromium() -> &'static str {
    ["/usr/lib/chromium/chromium", "/usr/bin/chromium"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .expect("chromium is not installed (apt-get install -y chromium; .ci/run does this)")
}
