//! The pages in a real browser (headless Chromium through chromedriver): what a director
//! and a teacher see, on a phone and on a desktop, with a screenshot of every page under
//! target/screenshots/ and axe-core's accessibility check on each.

use crate::browser;
use crate::common;

use browser::{Browser, DESKTOP, PHONE, load_demo};
use common::{Backend, spawn_app};

#[test]
fn the_home_page_lists_plan_owners_in_the_chosen_language() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    load_demo(&app);
    for (size, label) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
        let b = Browser::start(size, label);
        b.goto(&app.url("/"));
        let names = b.texts("ul.orgs .name").join("\n");
        assert!(names.contains("Озёрная СОШ"), "{names}");
        assert!(names.contains("Радуга"), "{names}");
        assert!(
            !names.contains("Парк Победы"),
            "a partner that owns no plan is not listed as a peer:\n{names}"
        );
        b.screenshot("home");
        b.assert_accessible("/");

        b.goto(&app.url("/?q=%D1%80%D0%B0%D0%B4%D1%83%D0%B3"));
        let found = b.texts("ul.orgs .name");
        assert_eq!(found.len(), 1, "search for «радуг»: {found:?}");

        b.goto(&app.url("/?lang=vi"));
        assert_eq!(b.texts("h1"), vec!["Đơn vị".to_string()]);
        // The choice sticks: the next page without ?lang= is Vietnamese too.
        b.goto(&app.url("/"));
        assert_eq!(b.texts("h1"), vec!["Đơn vị".to_string()]);
        assert_eq!(b.js("return document.documentElement.lang", vec![]), "vi");
        b.screenshot("home-vi");
        b.assert_accessible("/?lang=vi");
    }
}

#[test]
fn an_unknown_page_is_a_page_in_the_users_language() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    let b = Browser::start(PHONE, "phone");
    b.goto(&app.url("/nowhere?lang=en"));
    assert_eq!(b.texts("h1"), vec!["Error 404".to_string()]);
    b.screenshot("error-404");
    b.assert_accessible("404");
    // API clients keep problem+json.
    let res = app.get("/nowhere");
    assert_eq!(res.header("content-type"), Some("application/problem+json"));
}

/// The feed behind a subscribe link, fetched as a calendar client would, parses in every
/// client ics-check knows.
fn check_feed(app: &common::TestApp, url: &str) {
    let path = url
        .strip_prefix(&app.base)
        .unwrap_or_else(|| panic!("{url} is not on {}", app.base));
    let res = app.get(path);
    assert_eq!(res.status, 200, "{url}: {}", res.body);
    let events = res.body.matches("BEGIN:VEVENT").count();
    assert!(events > 0, "{url} holds no events");
    common::ics_check(&res.body, events);
}

#[test]
fn a_director_reads_the_merged_month_with_partners_in_colour() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    load_demo(&app);
    for (size, label) in [(DESKTOP, "desktop"), (PHONE, "phone")] {
        let b = Browser::start(size, label);
        // The plans are of 2025-2026, in the past: the calendar opens on their first month.
        b.goto(&app.url("/orgs/ozernaya-school"));
        let heading = b.texts(".monthnav h2");
        assert_eq!(heading, vec!["сентябрь 2025".to_string()], "opening month");
        b.goto(&app.url("/orgs/ozernaya-school?month=2025-12"));
        let owners = b.texts(".legend label");
        assert_eq!(
            owners.len(),
            3,
            "the school, its library and its kindergarten: {owners:?}"
        );
        let colours = b.js(
            "return [...new Set(Array.from(document.querySelectorAll('table.grid .ev')).map(e => getComputedStyle(e).borderLeftColor + getComputedStyle(e).backgroundColor))].length;",
            vec![],
        );
        assert!(
            colours.as_u64().unwrap_or(0) >= 2,
            "owners in their own colours: {colours}"
        );
        let chips = b.visible_count("table.grid .ev");
        assert!(chips >= 3, "December has events on its days: {chips}");
        b.screenshot("org-month");
        b.assert_accessible("/orgs/ozernaya-school (month)");

        // The legend hides the library's events, and the URL keeps it.
        let id = b.js(
            "return document.querySelector('input[data-owner=\"muk-ozerskaya-cbs\"]').id",
            vec![],
        );
        let id = id.as_str().expect("the library in the legend").to_string();
        let class = format!("table.grid .ev.o{}", id.trim_start_matches("owner-"));
        let library = b.visible_count(&class);
        assert!(library > 0, "the library has events in December");
        b.click(&format!("#{id}"));
        assert_eq!(b.visible_count(&class), 0, "unticked owners are hidden");
        assert!(b.url().contains("hide=muk-ozerskaya-cbs"), "{}", b.url());
        b.screenshot("org-month-legend");
        b.click(&format!("#{id}"));
        assert_eq!(b.visible_count(&class), library);
        // Without the script, the same view is a link.
        b.goto(&app.url("/orgs/ozernaya-school?month=2025-12&hide=muk-ozerskaya-cbs"));
        assert_eq!(
            b.visible_count(&class),
            0,
            "hide= in the URL hides the owner"
        );

        // "По четвергам" is on every Thursday of the month, marked as repeating; 25 December
        // is no holiday, 1 January is (the feed leaves it out too).
        let thursdays = b.js(
            "return Array.from(document.querySelectorAll('table.grid td:not(.out)'))\
               .filter(td => Array.from(td.querySelectorAll('.ev.recurring')).some(e => e.title.includes('Библиотечные уроки')))\
               .map(td => td.querySelector('.dn').innerText.trim());",
            vec![],
        );
        assert_eq!(
            thursdays,
            serde_json::json!(["4", "11", "18", "25"]),
            "{thursdays}"
        );
        b.goto(&app.url("/orgs/ozernaya-school?month=2026-01"));
        let january = b.js(
            "return Array.from(document.querySelectorAll('table.grid td:not(.out)'))\
               .filter(td => Array.from(td.querySelectorAll('.ev.recurring')).some(e => e.title.includes('Библиотечные уроки')))\
               .map(td => td.querySelector('.dn').innerText.trim());",
            vec![],
        );
        assert_eq!(
            january,
            serde_json::json!(["15", "22", "29"]),
            "winter holidays: {january}"
        );
        b.screenshot("org-month-recurring");
        b.assert_accessible("/orgs/ozernaya-school (month with repeating events)");

        // An inexact span is drawn hatched, with its span in words.
        b.goto(&app.url("/orgs/ozernaya-school?month=2026-03"));
        let fuzzy = b.texts("ol.list > li.fuzzy .when").join("|");
        assert!(fuzzy.contains("сроки: 16–31 марта 2026"), "{fuzzy}");

        // Filters are query parameters a link can carry.
        b.goto(&app.url("/orgs/ozernaya-school?view=agenda&role=parents"));
        let rows = b.texts("ol.list > li .meta");
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|r| r.contains("родители")), "{rows:?}");
        b.screenshot("org-agenda-parents");
        b.assert_accessible("/orgs/ozernaya-school (agenda, role)");

        // Year-long and undated items have their own list, not 1 September.
        b.goto(&app.url("/orgs/ozernaya-school?month=2025-09"));
        let lists = b.texts("h2").join("|");
        assert!(lists.contains("В течение года"), "{lists}");
        let first_sept = b
            .texts("table.grid td:not(.out)")
            .into_iter()
            .next()
            .unwrap_or_default();
        assert!(
            !first_sept.contains("районных мероприятиях"),
            "{first_sept}"
        );

        // Subscribe: the panel's feed is the merged one and parses in every client.
        let url = b.js(
            "return document.getElementById('feed-url-main').value",
            vec![],
        );
        let url = url.as_str().expect("feed URL").to_string();
        assert!(
            url.ends_with("/feeds/orgs/ozernaya-school/merged.ics"),
            "{url}"
        );
        assert!(b.visible_count(".qr svg") == 1, "a QR code");
        let webcal = b.js(
            "return document.querySelector('.panel a[href^=\"webcal:\"]').href",
            vec![],
        );
        assert!(
            webcal.as_str().unwrap_or("").starts_with("webcal://"),
            "{webcal}"
        );
        check_feed(&app, &url);
    }
}

#[test]
fn an_event_page_shows_the_plan_words_and_adds_to_a_calendar() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    load_demo(&app);
    let b = Browser::start(PHONE, "phone");
    b.goto(&app.url("/orgs/ozernaya-school?view=agenda"));
    b.click("ol.list > li a.t");
    assert!(b.url().contains("/events/"), "{}", b.url());
    let facts = b.texts("dl.facts").join("\n");
    assert!(facts.contains("в плане"), "{facts}");
    assert!(facts.contains("редакция"), "{facts}");
    b.screenshot("event");
    b.assert_accessible("/events/{id}");
    let href = b.js("return document.querySelector('a[download]').href", vec![]);
    let href = href.as_str().expect("download link").to_string();
    assert!(href.ends_with(".ics"), "{href}");
    check_feed(&app, &href);
}

#[test]
fn a_vietnamese_reader_switches_the_page_to_vietnamese() {
    let app = spawn_app(Backend::Sqlite).expect("sqlite app");
    load_demo(&app);
    let b = Browser::start(PHONE, "phone");
    b.goto(&app.url("/orgs/truong-hoa-binh"));
    b.click("nav.langs a[lang=vi]");
    assert_eq!(b.js("return document.documentElement.lang", vec![]), "vi");
    let heading = b.texts(".monthnav h2").join("");
    assert!(heading.starts_with("tháng "), "{heading}");
    assert!(b.texts(".panel h2").join("").contains("Đăng ký lịch"));
    b.screenshot("org-vi");
    b.assert_accessible("/orgs/truong-hoa-binh (vi)");
    b.goto(&app.url("/orgs/truong-hoa-binh?view=agenda"));
    assert_eq!(
        b.js("return document.documentElement.lang", vec![]),
        "vi",
        "the choice sticks"
    );
    b.screenshot("org-vi-agenda");
}
