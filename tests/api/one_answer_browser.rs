//! Issue 21 in a real browser (headless Chromium), at 390 px and 1280 px, each page saved
//! under target/screenshots/ and checked with axe-core: the subscribe page a feed's QR code
//! opens, the fire station's page (a partner that owns no plan: its merged calendar is its
//! partner feed, and only feeds with events are offered), and an old Word file uploaded by a
//! Russian reader, answered in Russian on the form as it was filled.

use std::path::Path;

use crate::browser;
use crate::common;
use browser::{Browser, DESKTOP, PHONE};
use common::{Backend, TOKEN, TestApp, spawn_app};

fn import_seed_004(app: &TestApp) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let path = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("004"))
        .expect("seed 004");
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let res = app.upload(
        &name,
        &std::fs::read(&path).unwrap(),
        &[("org", "rainbow-kindergarten")],
    );
    assert_eq!(res.status, 201, "{}", res.body);
}

#[test]
fn the_subscribe_page_and_a_partners_page_read_the_same_on_a_phone_and_a_desktop() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    import_seed_004(&app);
    for (size, label) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
        let b = Browser::start(size, label);
        b.goto(&app.url("/subscribe/orgs/rainbow-kindergarten/merged.ics?lang=ru"));
        let text = b.texts("main").join("\n");
        assert!(text.contains("Подписаться на календарь"), "{text}");
        assert!(text.contains("не умеет подписываться по адресу"), "{text}");
        assert_eq!(
            b.visible_count("a.btn"),
            4,
            "webcal, Google, Outlook.com, Microsoft 365"
        );
        b.screenshot("subscribe-page");
        b.assert_accessible("/subscribe/orgs/rainbow-kindergarten/merged.ics");

        b.goto(&app.url("/orgs/pozharnaya-chast?lang=ru&view=agenda"));
        let text = b.texts("main").join("\n");
        assert!(
            text.contains("Экскурсия"),
            "the row that names the fire station: {text}"
        );
        let offered = b.js(
            "return [...document.querySelectorAll('input[readonly]')].map(i => i.value)",
            vec![],
        );
        let offered = offered.to_string();
        assert!(
            !offered.contains("/feeds/orgs/pozharnaya-chast.ics"),
            "an empty own feed: {offered}"
        );
        assert!(
            offered.contains("/feeds/partners/pozharnaya-chast.ics"),
            "{offered}"
        );
        b.screenshot("partner-without-plan");
        b.assert_accessible("/orgs/pozharnaya-chast");
    }
}

#[test]
fn an_old_word_file_is_answered_in_russian_on_the_form_as_filled() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    common::create_org(&app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
    let tmp = tempfile::tempdir().unwrap();
    let doc = tmp.path().join("план.doc");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.extend_from_slice(&[0; 504]);
    std::fs::write(&doc, &bytes).unwrap();
    for (size, label) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
        let b = Browser::start(size, label);
        b.goto(&app.url("/login?lang=ru&next=%2Fimport%3Flang%3Dru"));
        b.fill("#token", TOKEN);
        b.js("window.__old = true;", vec![]);
        b.click("main form button[type=submit]");
        b.wait_until("return !window.__old && location.pathname === '/import' && document.readyState === 'complete';");
        b.fill("#file", &doc.to_string_lossy());
        b.js(
            "document.querySelector('#org').value = 'ramenki-school';",
            vec![],
        );
        b.fill("#year", "2025-2026");
        b.js("window.__old = true;", vec![]);
        b.click("form[enctype] button[type=submit]");
        b.wait_until("return !window.__old && document.readyState === 'complete';");
        let said = b.texts("#upload-error").join("\n");
        assert!(
            said.contains("Это документ старого формата Word 97–2003 (.doc)."),
            "{said}"
        );
        assert!(
            said.contains("Файл не принят") && said.contains("план.doc"),
            "{said}"
        );
        assert_eq!(
            b.js("return document.querySelector('#year').value", vec![]),
            "2025-2026"
        );
        assert_eq!(
            b.js("return document.querySelector('#org').value", vec![]),
            "ramenki-school"
        );
        b.screenshot("upload-old-word-ru");
        b.assert_accessible("/import (refused .doc)");
    }
}

#[test]
fn an_admin_sees_the_edit_form_on_an_event_page_on_a_phone_and_a_desktop() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    import_seed_004(&app);
    let events = app
        .get("/api/v1/events?org=rainbow-kindergarten&limit=1")
        .json();
    let id = events["items"][0]["id"].as_i64().expect("an event");
    for (size, label) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
        let b = Browser::start(size, label);
        b.goto(&app.url("/login?lang=ru&next=%2Fimport%3Flang%3Dru"));
        b.fill("#token", TOKEN);
        b.js("window.__old = true;", vec![]);
        b.click("main form button[type=submit]");
        b.wait_until("return !window.__old && location.pathname === '/import' && document.readyState === 'complete';");
        b.goto(&app.url(&format!("/events/{id}?lang=ru")));
        assert_eq!(
            b.texts("#edit-h"),
            vec!["Исправить мероприятие".to_string()]
        );
        let roles = b.js("return document.querySelector('#edit-roles').value", vec![]);
        assert!(
            !roles.to_string().contains('-'),
            "labels, not slugs: {roles}"
        );
        b.screenshot("event-edit-form");
        b.assert_accessible("/events/{id} (admin)");
    }
}
