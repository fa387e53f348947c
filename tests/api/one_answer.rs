//! One answer everywhere (issue 21): a partner's page, its merged feed, its partner feed and
//! the API's `?org=` list follow one rule (`store::feeds::merged_events`) — its own plans'
//! events, of other plans the events that name it, and for an organization that owns a plan
//! the partner plans that list it — so a partner that owns no plan sees exactly its partner
//! feed; the
//! subscribe panel offers only feeds that hold events; an event's page and its feed say the
//! same about its date; a feed's QR code opens its subscribe page.

use crate::common::{self, TestApp};
use std::collections::BTreeSet;

/// Imports seed `prefix` into an organization of its own.
fn import_seed(app: &TestApp, prefix: &str, org: &str) {
    let (name, bytes) = common::seed(prefix);
    let res = app.upload(&name, &bytes, &[("org", org)]);
    assert!(res.status == 200 || res.status == 201, "{}", res.body);
}

fn uids(feed: &str) -> BTreeSet<String> {
    feed.replace("\r\n ", "")
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::to_string)
        .collect()
}

/// The organization whose name contains `part`.
fn org_named(app: &TestApp, part: &str) -> String {
    let orgs = app.get("/api/v1/orgs?limit=100").json();
    let items = orgs["items"].as_array().unwrap();
    let org = items
        .iter()
        .find(|o| o["name"].as_str().unwrap_or("").contains(part))
        .unwrap_or_else(|| panic!("no organization named like {part:?}: {orgs}"));
    org["slug"].as_str().unwrap().to_string()
}

on_both_backends! {
    the_fire_stations_merged_feed_holds_exactly_its_partner_feeds_events => |app: TestApp| {
        import_seed(&app, "004", "rainbow-kindergarten");
        let fire = org_named(&app, "Пожарн");
        let partner = app.get(&format!("/feeds/partners/{fire}.ics"));
        let merged = app.get(&format!("/feeds/orgs/{fire}/merged.ics"));
        assert_eq!((partner.status, merged.status), (200, 200));
        let named = uids(&partner.body);
        assert!(!named.is_empty(), "{}", partner.body);
        assert_eq!(uids(&merged.body), named, "merged = partner for an organization without plans");
        common::ics_check(&merged.body, named.len());
        // The API's list and the page follow the same rule.
        let list = app.get(&format!("/api/v1/events?org={fire}&limit=500")).json();
        assert_eq!(list["items"].as_array().unwrap().len(), named.len(), "{list}");
        let page = app.get(&format!("/orgs/{fire}?lang=ru"));
        assert_eq!(page.status, 200);
        assert!(page.body.contains("Экскурсия"), "the row that names it");
        // Its own feed is empty: not offered, on the page or in the API.
        assert!(!page.body.contains(&format!("/feeds/orgs/{fire}.ics\"")), "no own feed offered");
        assert!(page.body.contains(&format!("/feeds/partners/{fire}.ics")));
        let feeds = app.get(&format!("/api/v1/orgs/{fire}/feeds")).json();
        let kinds: Vec<&str> = feeds.as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap())
            .filter(|k| *k != "role").collect();
        assert_eq!(kinds, ["merged", "partner"], "{feeds}");
        // The kindergarten names nobody's plan but its own: no partner feed is offered.
        let school = app.get("/api/v1/orgs/rainbow-kindergarten/feeds").json();
        let kinds: Vec<&str> = school.as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
        assert!(kinds.starts_with(&["merged", "own"]) && !kinds.contains(&"partner"), "{school}");
    };

    an_event_page_and_its_feed_say_the_same_about_its_date => |app: TestApp| {
        let plan = "План работы библиотеки на 2025 – 2026 учебный год.\n\n№, мероприятие, сроки, ответственные.\n\
            1. Неделя безопасности – 27.10.2025-31.10.2025, классные руководители.\n\
            2. Кружок «Юный читатель» – по четвергам, библиотекарь.\n";
        let res = app.upload("plan.txt", plan.as_bytes(), &[("org", "dates-library")]);
        assert!(res.status == 200 || res.status == 201, "{}", res.body);
        let raw = app.get("/feeds/orgs/dates-library.ics").body;
        common::ics_check(&raw, 2);
        let feed = raw.replace("\r\n ", "");
        let week = feed.split("BEGIN:VEVENT").find(|v| v.contains("Неделя безопасности")).unwrap_or_else(|| panic!("{feed}"));
        assert!(week.contains("DTSTART;VALUE=DATE:20251027") && week.contains("DTEND;VALUE=DATE:20251101"), "{week}");
        assert!(week.contains("STATUS:CONFIRMED") && week.contains("SUMMARY:Неделя безопасности\r\n"), "{week}");
        let club = feed.split("BEGIN:VEVENT").find(|v| v.contains("Юный читатель")).unwrap_or_else(|| panic!("{feed}"));
        assert!(club.contains("BYDAY=TH") && club.contains("STATUS:CONFIRMED"), "{club}");
        let events = app.get("/api/v1/events?org=dates-library&limit=10").json();
        for e in events["items"].as_array().unwrap() {
            let page = app.get(&format!("/events/{}?lang=ru", e["id"]));
            assert_eq!(page.status, 200);
            assert!(!page.body.contains("дата не уточнена"), "{}: {}", e["title"], page.body);
        }
    };

    a_feeds_qr_code_opens_a_subscribe_page_that_offers_every_calendar => |app: TestApp| {
        import_seed(&app, "004", "rainbow-kindergarten");
        let page = app.get("/orgs/rainbow-kindergarten?lang=ru");
        assert!(page.body.contains("/subscribe/orgs/rainbow-kindergarten/merged.ics"), "the QR's link");
        let sub = app.get("/subscribe/orgs/rainbow-kindergarten/merged.ics?lang=ru");
        assert_eq!(sub.status, 200, "{}", sub.body);
        assert!(sub.body.contains("href=\"webcal://"), "{}", sub.body);
        assert!(sub.body.contains("calendar.google.com/calendar/r?cid=webcal"));
        assert!(sub.body.contains("outlook.live.com") && sub.body.contains("outlook.office.com"));
        assert!(sub.body.contains("на телефоне не умеет подписываться по адресу"));
        let en = app.get("/subscribe/roles/class-teacher.ics?org=rainbow-kindergarten&lang=en");
        assert_eq!(en.status, 200, "{}", en.body);
        assert!(en.body.contains("phone app cannot subscribe by address"));
        assert_eq!(app.get("/subscribe/orgs/nobody.ics").status, 404);
    };
}
