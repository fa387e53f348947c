//! One calendar, three readers (issue 22): for every organization's merged calendar and
//! every filter the three share (role, status, grade, section), the organization's page,
//! its feed and `/api/v1/events` list the same events — over HTTP, on both backends.
//!
//! The calendars: a school with a sectioned plan (roles, statuses, grades); a library that
//! owns a plan listing the school (so the school's calendar holds it whole, and the
//! library's holds the school's rows that name it); a museum named on one row only through
//! a person who works there.

use std::collections::BTreeSet;

use crate::common;

use common::{TestApp, create_org};
use serde_json::{Value, json};

fn school_plan() -> Value {
    let sections = ["1", "1.1", "2", ""];
    let timings = ["12 октября", "ноябрь", "по согласованию", "в течение года"];
    let roles = ["librarian", "class-teacher", "organizer"];
    let statuses = ["planned", "planned", "cancelled", "done"];
    let audiences = ["6 классы", "", "1-4 классы", "5-7 классы"];
    let events: Vec<Value> = (0..12)
        .map(|i| {
            let mut e = json!({
                "number": (i + 1).to_string(),
                "title": format!("Школьное мероприятие {i}"),
                "timing": timings[i % 4],
                "roles": [roles[i % 3]],
                "status": statuses[(i / 3) % 4],
                "audience": audiences[(i / 2) % 4],
            });
            if !sections[i % 4].is_empty() {
                e["section"] = json!(sections[i % 4]);
            }
            if i % 5 == 1 {
                e["partners"] = json!(["МУК «Озёрная ЦБС»"]);
            }
            if i == 7 {
                e["people"] = json!([{"name": "Смирнова Е.В.", "org": "Краеведческий музей"}]);
            }
            e
        })
        .collect();
    json!({
        "org": "school", "title": "План школы", "academic_year": "2025-2026",
        "sections": [
            {"key": "1", "title": "Чтение", "sections": [{"key": "1.1", "title": "Уроки", "sections": []}]},
            {"key": "2", "title": "Праздники", "sections": []}
        ],
        "events": events
    })
}

fn library_plan() -> Value {
    let timings = ["сентябрь", "3 декабря", "март"];
    let roles = ["librarian", "class-teacher"];
    let events: Vec<Value> = (0..5)
        .map(|i| {
            json!({"number": (i + 1).to_string(), "title": format!("Библиотечное мероприятие {i}"),
                   "timing": timings[i % 3], "roles": [roles[i % 2]]})
        })
        .collect();
    json!({
        "org": "library", "title": "План библиотеки", "academic_year": "2025-2026",
        "partners": [{"name": "МОУ «Озёрная СОШ»", "slug": "school"}],
        "events": events
    })
}

/// The three organizations and their plans; the plans' ids (the school's, the library's).
fn seed(app: &TestApp) -> (i64, i64) {
    create_org(app, "school", "МОУ «Озёрная СОШ»", "ru");
    create_org(app, "library", "МУК «Озёрная ЦБС»", "ru");
    create_org(app, "museum", "Краеведческий музей", "ru");
    let ids: Vec<i64> = [school_plan(), library_plan()]
        .into_iter()
        .map(|plan| {
            let res = app.send("POST", "/api/v1/plans", &plan);
            assert_eq!(res.status, 201, "{}", res.body);
            res.json()["id"]
                .as_i64()
                .unwrap_or_else(|| panic!("{}", res.body))
        })
        .collect();
    (ids[0], ids[1])
}

/// The event ids a text links to (`/events/N`: the page's rows, the feed's URL lines).
fn linked_ids(text: &str) -> BTreeSet<i64> {
    text.split("/events/")
        .skip(1)
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .collect()
}

fn page_ids(app: &TestApp, org: &str, filter: &str) -> BTreeSet<i64> {
    let res = app.get(&format!("/orgs/{org}?view=agenda{filter}"));
    assert_eq!(res.status, 200, "{org} {filter}: {}", res.body);
    linked_ids(&res.body)
}

/// A feed's events as `fuzzy=span` writes them: each dated event on its own (its URL
/// names it), the undated ones in their digest, which counts those not cancelled ("Без
/// даты: 2 мероприятия"). The ids of both are returned, the undated as the API's list
/// gives them (`undated`: id, and whether cancelled).
fn feed_ids(app: &TestApp, path: &str, undated: &[(i64, bool)]) -> BTreeSet<i64> {
    let sep = if path.contains('?') { '&' } else { '?' };
    let res = app.get(&format!("{path}{sep}fuzzy=span"));
    assert_eq!(res.status, 200, "{path}: {}", res.body);
    let body = res.body.replace("\r\n ", "");
    let digested: usize = body
        .split("SUMMARY:Без даты: ")
        .nth(1)
        .map(|rest| {
            rest.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let active = undated.iter().filter(|(_, cancelled)| !cancelled).count();
    assert_eq!(
        digested, active,
        "{path}: the undated digest counts {digested}: {body}"
    );
    let mut ids = linked_ids(&body);
    ids.extend(undated.iter().map(|(id, _)| *id));
    ids
}

/// The undated events of the API's list (its `when` has no start), and whether each is
/// cancelled.
fn undated(app: &TestApp, org: &str, filter: &str) -> Vec<(i64, bool)> {
    list_undated(app, &format!("org={org}{filter}"), false)
}

/// The undated events of the API's list for `query` (as an admin reads it when `admin`).
fn list_undated(app: &TestApp, query: &str, admin: bool) -> Vec<(i64, bool)> {
    let path = format!("/api/v1/events?limit=1000&{query}");
    let res = if admin {
        app.get_admin(&path)
    } else {
        app.get(&path)
    };
    res.json()["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter(|e| e["when"]["start"].is_null())
                .filter_map(|e| Some((e["id"].as_i64()?, e["status"] == "cancelled")))
                .collect()
        })
        .unwrap_or_default()
}

fn api_ids(app: &TestApp, org: &str, filter: &str) -> BTreeSet<i64> {
    list_ids(app, &format!("org={org}{filter}"), false)
}

/// The ids of the API's list for `query` (as an admin reads it when `admin`).
fn list_ids(app: &TestApp, query: &str, admin: bool) -> BTreeSet<i64> {
    let path = format!("/api/v1/events?limit=1000&{query}");
    let res = if admin {
        app.get_admin(&path)
    } else {
        app.get(&path)
    };
    assert_eq!(res.status, 200, "{query}: {}", res.body);
    let list = res.json();
    let ids: BTreeSet<i64> = list["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{list}"))
        .iter()
        .filter_map(|e| e["id"].as_i64())
        .collect();
    assert_eq!(list["total"].as_u64(), Some(ids.len() as u64), "{list}");
    ids
}

on_both_backends! {
    the_page_the_feed_and_the_api_list_the_same_events_for_every_calendar_and_filter => |app: TestApp| {
        seed(&app);
        let all = api_ids(&app, "school", "");
        assert_eq!(all.len(), 17, "the school's 12 rows and the library's whole plan of 5");
        let filters = [
            ("", ""),
            ("&status=cancelled", "status=cancelled"),
            ("&status=done", "status=done"),
            ("&grade=6", "grade=6"),
            ("&grade=2", "grade=2"),
            ("&class=6%D0%91", "class=6%D0%91"),
            ("&section=1", "section=1"),
            ("&section=1.1", "section=1.1"),
            ("&section=2", "section=2"),
        ];
        let mut narrowed = 0;
        for org in ["school", "library", "museum"] {
            for (query, feed_query) in filters {
                let feed = format!("/feeds/orgs/{org}/merged.ics?{feed_query}");
                let api = api_ids(&app, org, query);
                assert_eq!(page_ids(&app, org, query), api, "{org}: the page and the API, {query:?}");
                let loose = undated(&app, org, query);
                assert_eq!(feed_ids(&app, &feed, &loose), api, "{org}: the feed and the API, {query:?}");
                if org == "school" && !query.is_empty() {
                    assert!(api.len() < all.len() && !api.is_empty(), "{query} narrows: {api:?}");
                    narrowed += 1;
                }
            }
            for role in ["librarian", "class-teacher", "organizer"] {
                let query = format!("&role={role}");
                let api = api_ids(&app, org, &query);
                assert_eq!(page_ids(&app, org, &query), api, "{org}: the page and the API, {role}");
                let feed = format!("/feeds/roles/{role}.ics?org={org}");
                let loose = undated(&app, org, &query);
                assert_eq!(feed_ids(&app, &feed, &loose), api, "{org}: the role feed and the API, {role}");
            }
        }
        assert_eq!(narrowed, filters.len() - 1);
        // The library's calendar: the school's rows that name it (rows 1, 6 and 11), and
        // its own plan; the museum's: the one row naming a person who works there.
        assert_eq!(api_ids(&app, "library", "").len(), 8);
        assert_eq!(api_ids(&app, "museum", "").len(), 1);
        // A section means the section and those under it, on every reader.
        let one = api_ids(&app, "school", "&section=1");
        let one_one = api_ids(&app, "school", "&section=1.1");
        assert!(one_one.is_subset(&one) && one_one.len() < one.len(), "{one:?} {one_one:?}");
    };
}

/// A private feed's path for `feed` (a token made for it), under /feeds/t/.
fn token_feed(app: &TestApp, feed: &str) -> String {
    let res = app.send(
        "POST",
        "/api/v1/tokens",
        &json!({"feed": feed, "label": "проверка"}),
    );
    assert_eq!(res.status, 201, "{feed}: {}", res.body);
    let url = res.json()["subscribe"]["url"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    url.trim_start_matches(&app.base).to_string()
}

/// A feed's events against the API's list for `query` (its undated ones from the same list).
fn assert_feed_is_list(app: &TestApp, feed: &str, query: &str, admin: bool) -> BTreeSet<i64> {
    let list = list_ids(app, query, admin);
    let loose = list_undated(app, query, admin);
    assert_eq!(
        feed_ids(app, feed, &loose),
        list,
        "{feed} and the list of {query}"
    );
    list
}

on_both_backends! {
    every_kind_of_feed_holds_what_the_api_and_the_page_hold => |app: TestApp| {
        let (school_plan, library_plan) = seed(&app);
        // An organization's own feed: its plans.
        let own = assert_feed_is_list(&app, "/feeds/orgs/school.ics", &format!("plan={school_plan}"), false);
        assert_eq!(own.len(), 12);
        let window = "from=2025-10-01&to=2025-11-30";
        let school_window = format!("/feeds/orgs/school.ics?{window}");
        let narrowed = assert_feed_is_list(&app, &school_window, &format!("plan={school_plan}&{window}"), false);
        assert!(!narrowed.is_empty() && narrowed.len() < own.len(), "{narrowed:?}");
        // A date window on a merged calendar and on a role feed of all organizations.
        assert_feed_is_list(&app, &format!("/feeds/orgs/school/merged.ics?{window}"), &format!("org=school&{window}"), false);
        assert_feed_is_list(&app, "/feeds/roles/librarian.ics", "role=librarian", false);
        // A partner feed: the other plans' rows that name it; on the school's page, the
        // partner filter: the partner's own events and the rows that name it — the museum
        // too, named only through a person who works there.
        let library_all = list_ids(&app, "org=library", false);
        let library_own = list_ids(&app, &format!("plan={library_plan}"), false);
        let partner: BTreeSet<i64> = library_all.difference(&library_own).copied().collect();
        let loose: Vec<(i64, bool)> = list_undated(&app, "org=library", false)
            .into_iter()
            .filter(|(id, _)| partner.contains(id))
            .collect();
        assert_eq!(feed_ids(&app, "/feeds/partners/library.ics", &loose), partner);
        assert_eq!(partner.len(), 3, "the school's rows naming the library");
        assert_feed_is_list(&app, "/feeds/partners/museum.ics", "org=museum", false);
        let school = list_ids(&app, "org=school", false);
        for org in ["library", "museum"] {
            let both: BTreeSet<i64> = school.intersection(&list_ids(&app, &format!("org={org}"), false)).copied().collect();
            assert!(!both.is_empty(), "{org}");
            assert_eq!(page_ids(&app, "school", &format!("&partner={org}")), both, "the school's page, partner={org}");
        }
        // A person's feed (private: names are not public) through its token, and a token
        // feed with its own filter and one the subscriber adds.
        let museum_row = app.get_admin("/api/v1/events?org=museum").json();
        let person = museum_row["items"][0]["people"][0]["id"].as_i64().unwrap_or_else(|| panic!("{museum_row}"));
        let person_feed = token_feed(&app, &format!("people/{person}.ics"));
        assert_eq!(assert_feed_is_list(&app, &person_feed, &format!("person={person}"), true).len(), 1);
        let sectioned = token_feed(&app, "orgs/school/merged.ics?section=1");
        assert_feed_is_list(&app, &sectioned, "org=school&section=1", true);
        assert_feed_is_list(&app, &format!("{sectioned}?status=planned"), "org=school&section=1&status=planned", true);
    };
}
