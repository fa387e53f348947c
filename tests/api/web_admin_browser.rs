//! The admin pages in a real browser (headless Chromium): a librarian logs in with the
//! admin token, uploads a real DOCX plan, corrects one row's timing in the preview, stores
//! the plan and finds the event on the organization's calendar on the corrected day. Every
//! page is saved under target/screenshots/ and checked with axe-core.

use crate::browser;
use crate::common;

use std::path::Path;

use browser::{Browser, DESKTOP, PHONE};
use common::{Backend, TOKEN, spawn_app};

/// The plan: a school library's textbook plan whose rows say "По мере необходимости" (as
/// needed), which no calendar can place.
const PLAN: &str = "tests/data/plans/ru-01-shereshevo-library-fund.docx";
/// The row corrected (index among the imported rows) and what it is.
const ROW: usize = 2;
const TITLE: &str = "Перераспределение учебных пособий";

/// Clicks what submits a form or follows a link, and waits for the next page to load (the
/// old page is marked, so a page that reloads itself at the same path is waited for too).
fn click_to_next_page(b: &Browser, css: &str) {
    b.js("window.__oldPage = true;", vec![]);
    b.click(css);
    b.wait_until("return !window.__oldPage && document.readyState === 'complete';");
}

fn wait_for_path(b: &Browser, path: &str) {
    b.wait_until(&format!(
        "return location.pathname.startsWith('{path}') && document.readyState === 'complete';"
    ));
}

#[test]
fn a_librarian_uploads_corrects_and_confirms_a_plan_and_finds_the_corrected_day() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    let b = Browser::start(DESKTOP, "desktop");
    // Not logged in: the upload page sends to the login form, and back after it.
    b.goto(&app.url("/import"));
    wait_for_path(&b, "/login");
    b.screenshot("admin-login");
    b.assert_accessible("/login");
    b.fill("#token", TOKEN);
    click_to_next_page(&b, "main form button[type=submit]");
    wait_for_path(&b, "/import");
    b.screenshot("admin-import-upload");
    b.assert_accessible("/import");

    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN);
    b.fill("#file", &file.to_string_lossy());
    // A new organization, typed as its name.
    b.fill("#new_org", "Шерешевская библиотека");
    b.fill("#year", "2025-2026");
    click_to_next_page(&b, "form[enctype] button[type=submit]");
    wait_for_path(&b, "/import/");
    let rows = b.texts("table.preview tbody tr");
    assert_eq!(rows.len(), 6, "{rows:?}");
    let row = &rows[ROW];
    assert!(row.contains(TITLE), "{row}");
    assert!(
        row.contains("без даты"),
        "the row cannot be dated as written: {row}"
    );
    assert_eq!(b.visible_count("tr.attention"), 3, "undated rows stand out");
    // The reader's warnings are in Russian and lead to the row they are about.
    let warnings = b.texts("ul.warnings li");
    assert!(!warnings.is_empty());
    // The plan names no owner: one warning about the whole plan asks for it; every other
    // leads to its row, named by the plan's own "№" (its rows are numbered 1 to 6).
    assert!(
        warnings.iter().all(|w| (w.starts_with("№ ")
            || w.starts_with("план не называет организацию"))
            && !w.contains("no date")),
        "{warnings:?}"
    );
    let about_row = format!("№ {} ", ROW + 1);
    let warning = warnings
        .iter()
        .find(|w| w.starts_with(&about_row))
        .unwrap_or_else(|| panic!("no warning about {about_row}: {warnings:?}"));
    assert!(
        warning.contains(TITLE) && warning.contains("столбец «сроки»"),
        "{warning}"
    );
    b.click(&format!("ul.warnings a[href='#row-{}']", ROW + 1));
    b.wait_until(&format!("return location.hash === '#row-{}';", ROW + 1));
    let target = b.js(
        "return getComputedStyle(document.querySelector('tr:target')).outlineStyle;",
        vec![],
    );
    assert_eq!(target, serde_json::json!("solid"), "the row is outlined");
    b.screenshot("admin-import-preview");
    b.assert_accessible("/import/{id}");

    // Correct the row's timing; the preview reads it again.
    b.fill(&format!("input[name='timing.{ROW}']"), "15 октября");
    click_to_next_page(&b, "button[value=preview]");
    wait_for_path(&b, "/import/");
    let row = &b.texts("table.preview tbody tr")[ROW];
    assert!(row.contains("15 октября 2025"), "{row}");
    assert!(row.contains("исправлено"), "{row}");
    b.screenshot("admin-import-corrected");

    click_to_next_page(&b, "button[value=confirm]");
    b.wait_until("return document.querySelector('main h1') && document.querySelector('main h1').innerText === 'План сохранён';");
    let notice = b.texts("main .notice").join(" ");
    assert!(notice.contains("добавлено 6"), "{notice}");
    b.screenshot("admin-import-stored");
    b.assert_accessible("import stored");

    // The calendar link; the event sits on 15 October 2025.
    click_to_next_page(&b, "main a[href^='/orgs/']");
    wait_for_path(&b, "/orgs/");
    let org_path = b.js("return location.pathname;", vec![]);
    let org_path = org_path.as_str().expect("a path").to_string();
    assert_eq!(
        b.texts("main h1"),
        vec!["Шерешевская библиотека".to_string()]
    );
    // An admin's view of the page links the organization's edit page.
    assert_eq!(b.visible_count("main a[href$='/edit']"), 1);
    b.goto(&app.url(&format!("{org_path}?view=month&month=2025-10")));
    let on_day = b.js(
        "const cells = Array.from(document.querySelectorAll('table.grid td:not(.out)'));\
         const day = cells.find(td => td.querySelector('.dn').innerText.trim() === '15');\
         return day ? day.innerText : null;",
        vec![],
    );
    assert!(
        on_day
            .as_str()
            .is_some_and(|t| t.contains("Перераспределение")),
        "15 October holds the corrected event: {on_day}"
    );
    let listed = b.texts("ol.list li").join("\n");
    assert!(
        listed
            .lines()
            .any(|l| l.contains("15 октября") && l.contains(TITLE)),
        "{listed}"
    );
    b.screenshot("admin-calendar-corrected-day");
}

#[test]
fn an_admin_edits_an_organization_on_a_phone() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    common::create_org(&app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
    common::create_org(
        &app,
        "ramenki-school-2",
        "МБОУ Рамешковская средняя школа",
        "ru",
    );
    let b = Browser::start(PHONE, "phone");
    b.goto(&app.url("/orgs/ramenki-school/edit"));
    wait_for_path(&b, "/login");
    b.fill("#token", TOKEN);
    click_to_next_page(&b, "main form button[type=submit]");
    wait_for_path(&b, "/orgs/ramenki-school/edit");
    let suggestions = b.texts("ul.suggestions li").join("\n");
    assert!(suggestions.contains("ramenki-school-2"), "{suggestions}");
    b.screenshot("admin-org-edit");
    b.assert_accessible("/orgs/{slug}/edit");
    b.fill("#color", "#2e7d32");
    click_to_next_page(&b, "form[action*='/edit'] button[type=submit]");
    b.wait_until("return document.querySelector('.notice') !== null;");
    assert_eq!(
        app.get("/api/v1/orgs/ramenki-school").json()["color"],
        "#2e7d32"
    );
    click_to_next_page(&b, "ul.suggestions button");
    b.wait_until("return document.querySelector(\"input[name=confirm]\") !== null;");
    b.screenshot("admin-org-merge-confirm");
    b.assert_accessible("merge confirmation");
    click_to_next_page(&b, "form[action*='/merge'] button[type=submit]");
    b.wait_until("return location.search.includes('done=merged');");
    b.screenshot("admin-org-merged");
    let res = app.get("/api/v1/orgs?limit=10").json();
    assert_eq!(res["total"], 1, "{res}");
}

#[test]
fn wrong_tokens_again_and_again_get_a_page_saying_when_to_try_again() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    let b = Browser::start(PHONE, "phone");
    b.goto(&app.url("/login?lang=ru"));
    for _ in 0..10 {
        b.fill("#token", "not-the-token");
        click_to_next_page(&b, "main form button[type=submit]");
        let alert = b.texts("main .error").join(" ");
        assert!(alert.contains("токен не подходит"), "{alert}");
    }
    // The right token now waits too; the page says so in Russian, with the form kept.
    b.fill("#token", TOKEN);
    click_to_next_page(&b, "main form button[type=submit]");
    let alert = b.texts("main .error").join(" ");
    assert!(
        alert.contains("слишком много раз ввели неверный токен") && alert.contains("через 10 мин."),
        "{alert}"
    );
    assert_eq!(b.visible_count("#token"), 1);
    b.screenshot("admin-login-throttled");
    b.assert_accessible("/login (429)");
}
