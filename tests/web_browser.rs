//! The pages in a real browser (headless Chromium through chromedriver): what a director
//! and a teacher see, on a phone and on a desktop, with a screenshot of every page under
//! target/screenshots/ and axe-core's accessibility check on each.

#[path = "common/browser.rs"]
mod browser;
mod common;

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
