//! Feeds on the path real calendar clients take: gzip and brotli with their own ETags,
//! conditional requests that stay 304 while a feed's own events are unchanged, the right
//! events in partner and role feeds, rolling date windows and token feeds that name
//! themselves.

use crate::common;

use std::io::Read;

use common::{TestApp, create_org};
use serde_json::json;

fn plan(org: &str, title: &str, events: serde_json::Value) -> serde_json::Value {
    let mut plan = json!({"org": org, "title": title, "academic_year": "2025-2026"});
    plan["events"] = events;
    plan
}

fn post_plan(app: &TestApp, plan: &serde_json::Value) -> serde_json::Value {
    let res = app.send("POST", "/api/v1/plans", plan);
    assert_eq!(res.status, 201, "{}", res.body);
    res.json()
}

/// Two schools and a library whose plan names one of them for one event only.
fn seed(app: &TestApp) {
    create_org(app, "school-a", "МБОУ «СОШ № 1»", "ru");
    create_org(app, "school-b", "МБОУ «СОШ № 2»", "ru");
    create_org(app, "library", "МУК «Городская ЦБС»", "ru");
    post_plan(
        app,
        &plan(
            "school-a",
            "План школы № 1",
            json!([
                {"title": "Линейка", "timing": "1 сентября", "roles": ["director"]},
                {"title": "Осенний бал", "timing": "октябрь", "roles": ["class-teacher"]},
            ]),
        ),
    );
    post_plan(
        app,
        &plan(
            "school-b",
            "План школы № 2",
            json!([
                {"title": "Урок мужества", "timing": "февраль", "roles": ["teacher"]},
            ]),
        ),
    );
    post_plan(
        app,
        &plan(
            "library",
            "План библиотеки",
            json!([
                {"title": "Экскурсия для 5-х классов школы № 1", "timing": "ноябрь",
                 "roles": ["class-teacher"], "partners": ["МБОУ «СОШ № 1»"]},
                {"title": "Читательская конференция", "timing": "март", "roles": ["librarian"]},
            ]),
        ),
    );
}

fn gunzip(bytes: &[u8]) -> String {
    let mut out = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .expect("gzip body");
    out
}

fn brotli_text(bytes: &[u8]) -> String {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).expect("brotli body");
    String::from_utf8(out).expect("utf-8")
}

on_both_backends! {
    gzip_and_brotli_are_served_precompressed_with_their_own_etags => |app: TestApp| {
        seed(&app);
        let path = "/feeds/orgs/school-a.ics";
        let plain = app.get(path);
        assert_eq!(plain.status, 200);
        assert_eq!(plain.header("content-encoding").unwrap_or("identity"), "identity");
        let gz = app.get_with(path, &[("Accept-Encoding", "gzip")]);
        assert_eq!(gz.header("content-encoding"), Some("gzip"));
        assert!(gz.header("vary").unwrap_or("").contains("Accept-Encoding"));
        assert_eq!(gunzip(&gz.bytes), plain.body);
        let br = app.get_with(path, &[("Accept-Encoding", "gzip, deflate, br")]);
        assert_eq!(br.header("content-encoding"), Some("br"));
        assert_eq!(brotli_text(&br.bytes), plain.body);
        let tags = [plain.header("etag"), gz.header("etag"), br.header("etag")];
        assert!(tags[0] != tags[1] && tags[1] != tags[2] && tags[0] != tags[2], "{tags:?}");
        // A refused coding is not sent.
        let no_br = app.get_with(path, &[("Accept-Encoding", "br;q=0, gzip")]);
        assert_eq!(no_br.header("content-encoding"), Some("gzip"));
        // The client's own tag gets 304, in its coding.
        let etag = gz.header("etag").unwrap();
        let again = app.get_with(path, &[("Accept-Encoding", "gzip"), ("If-None-Match", etag)]);
        assert_eq!(again.status, 304);
        assert_eq!(again.header("etag"), Some(etag));
    };

    a_write_to_one_school_leaves_another_schools_etag_alone => |app: TestApp| {
        seed(&app);
        let a = app.get_with("/feeds/orgs/school-a.ics", &[("Accept-Encoding", "gzip")]);
        let b = app.get_with("/feeds/orgs/school-b.ics", &[("Accept-Encoding", "gzip")]);
        post_plan(&app, &plan("school-b", "Второй план школы № 2", json!([
            {"title": "День науки", "timing": "8 февраля"},
        ])));
        let etag_a = a.header("etag").unwrap();
        let after = app.get_with("/feeds/orgs/school-a.ics",
            &[("Accept-Encoding", "gzip"), ("If-None-Match", etag_a)]);
        assert_eq!(after.status, 304, "school A's feed did not change");
        let etag_b = b.header("etag").unwrap();
        let after = app.get_with("/feeds/orgs/school-b.ics",
            &[("Accept-Encoding", "gzip"), ("If-None-Match", etag_b)]);
        assert_eq!(after.status, 200, "school B's did");
        assert!(gunzip(&after.bytes).contains("День науки"));
    };

    a_partner_feed_holds_only_the_events_that_name_the_partner => |app: TestApp| {
        seed(&app);
        let feed = app.get("/feeds/partners/school-a.ics");
        assert_eq!(feed.status, 200);
        assert!(feed.body.contains("Экскурсия для 5-х классов"), "{}", feed.body);
        assert!(!feed.body.contains("Читательская конференция"), "not the library's whole plan");
        assert!(!feed.body.contains("Осенний бал"), "not the school's own plan");
    };

    a_role_feed_includes_partners_events_for_that_role_and_only_roles_with_events_are_offered => |app: TestApp| {
        seed(&app);
        let feed = app.get("/feeds/roles/class-teacher.ics?org=school-a");
        assert_eq!(feed.status, 200);
        assert!(feed.body.contains("Осенний бал"));
        assert!(feed.body.contains("Экскурсия для 5-х классов"), "the library's event for school A's class teachers");
        assert!(!feed.body.contains("Урок мужества"));
        let links = app.get("/api/v1/orgs/school-b/feeds").json();
        let urls: Vec<&str> = links.as_array().unwrap().iter().map(|l| l["url"].as_str().unwrap()).collect();
        assert!(urls.iter().any(|u| u.contains("roles/teacher.ics?org=school-b")), "{urls:?}");
        assert!(!urls.iter().any(|u| u.contains("roles/class-teacher.ics?org=school-b")), "no events, no feed: {urls:?}");
        assert!(links[0]["outlook365"].as_str().unwrap().starts_with("https://outlook.office.com/calendar/0/addfromweb?url="));
    };

    relative_windows_roll_with_time_and_bad_ones_are_refused => |app: TestApp| {
        seed(&app);
        let all = app.get("/feeds/orgs/school-a.ics");
        let rolling = app.get("/feeds/orgs/school-a.ics?from=-P30D");
        assert_eq!(rolling.status, 200, "{}", rolling.body);
        // Today is after the 2025-2026 plan: a window from 30 days ago holds none of it.
        assert!(all.body.contains("Линейка"));
        assert!(!rolling.body.contains("Линейка"), "{}", rolling.body);
        let bad = app.get("/feeds/orgs/school-a.ics?from=soon");
        assert_eq!(bad.status, 400);
        assert!(bad.header("content-type").unwrap_or("").starts_with("application/problem+json"));
        assert!(bad.body.contains("-P30D"), "the error shows the form: {}", bad.body);
        assert_eq!(app.get("/feeds/orgs/no-such-school.ics").status, 404);
        assert_eq!(app.get("/feeds/orgs/Bad%20Slug.ics").status, 404);
    };

    a_token_feed_names_its_own_url_as_source => |app: TestApp| {
        seed(&app);
        let res = app.send("POST", "/api/v1/tokens", &json!({"feed": "orgs/school-a.ics", "label": "директор"}));
        assert_eq!(res.status, 201, "{}", res.body);
        let url = res.json()["subscribe"]["url"].as_str().unwrap().to_string();
        let feed = app.get(url.trim_start_matches(&app.base));
        assert_eq!(feed.status, 200);
        let unfolded = feed.body.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SOURCE;VALUE=URI:{url}")), "{unfolded}");
        assert!(!unfolded.contains("SOURCE;VALUE=URI:http://127.0.0.1") || unfolded.contains("/feeds/t/"));
    };
}

/// Polls `path` on `app` until its body contains `text` (at most `limit`); how long it took.
fn seen_within(
    app: &TestApp,
    path: &str,
    text: &str,
    limit: std::time::Duration,
) -> Option<std::time::Duration> {
    let start = std::time::Instant::now();
    while start.elapsed() < limit {
        if app.get(path).body.contains(text) {
            return Some(start.elapsed());
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    None
}

/// Every instance on one database sees another's write in its feeds at once: PostgreSQL
/// instances are told (LISTEN/NOTIFY), and a SQLite server notices another process's commit
/// in the database files, without reading the version on every request.
#[test]
fn a_write_through_one_instance_reaches_the_others_feeds_at_once() {
    for backend in [common::Backend::Postgres, common::Backend::Sqlite] {
        let Some(db) = actix_web::rt::System::new().block_on(common::fresh_db(backend)) else {
            continue;
        };
        let one = common::start_server_at(&db.url, None, Some("https://cal.example.org"));
        let two = common::start_server_at(&db.url, None, Some("https://cal.example.org"));
        seed(&one);
        let path = "/feeds/orgs/school-b.ics";
        // The second instance has read (and cached) the feed before the write.
        assert!(two.get(path).body.contains("Урок мужества"));
        assert!(two.get(path).body.contains("Урок мужества"));
        post_plan(
            &one,
            &plan(
                "school-b",
                "Весенний план школы № 2",
                json!([
                    {"title": "День космонавтики", "timing": "12 апреля"},
                ]),
            ),
        );
        let took = seen_within(
            &two,
            path,
            "День космонавтики",
            std::time::Duration::from_secs(3),
        );
        let took =
            took.unwrap_or_else(|| panic!("{backend:?}: the other instance never saw the write"));
        assert!(
            took < std::time::Duration::from_millis(500),
            "{backend:?}: seen after {took:?}"
        );
    }
}

on_both_backends! {
    a_merged_calendar_wears_its_own_organizations_colour => |app: TestApp| {
        seed(&app);
        let res = app.send("PATCH", "/api/v1/orgs/school-a", &json!({"color": "teal"}));
        assert_eq!(res.status, 200, "{}", res.body);
        let feed = app.get("/feeds/orgs/school-a/merged.ics");
        let head = feed.body.split("BEGIN:VEVENT").next().unwrap_or("");
        assert!(head.contains("\r\nCOLOR:teal\r\n"), "{head}");
    };
}

on_both_backends! {
    two_tokens_for_one_feed_never_see_each_others_url => |app: TestApp| {
        seed(&app);
        let mut urls = Vec::new();
        for label in ["директор", "завуч"] {
            let res = app.send("POST", "/api/v1/tokens", &json!({"feed": "orgs/school-a.ics", "label": label}));
            assert_eq!(res.status, 201, "{}", res.body);
            urls.push(res.json()["subscribe"]["url"].as_str().unwrap().to_string());
        }
        for (mine, theirs) in [(&urls[0], &urls[1]), (&urls[1], &urls[0])] {
            let body = app.get(mine.trim_start_matches(&app.base)).body.replace("\r\n ", "");
            assert!(body.contains(mine.as_str()), "{body}");
            assert!(!body.contains(theirs.as_str()), "another holder's token leaked: {body}");
        }
    };
}

/// A district's plan of 2,000 events, every title and place some 50 Cyrillic letters: a feed
/// Google would stop reading if each event carried all it has.
fn district_plan(org: &str) -> serde_json::Value {
    const TIMINGS: [&str; 6] = [
        "сентябрь",
        "12 октября",
        "апрель-июнь",
        "до 15 мая",
        "март",
        "20-25 ноября",
    ];
    let events: Vec<serde_json::Value> = (0..2_000)
        .map(|i| {
            json!({
                "title": format!("Мероприятие №{i}: «Литературная гостиная» для 5-9 классов"),
                "timing": TIMINGS[i % TIMINGS.len()],
                "location": "Центральная детская библиотека имени Сергея Михалкова",
                "roles": ["librarian", "class-teacher"],
            })
        })
        .collect();
    plan(org, "План района на 2025-2026 учебный год", json!(events))
}

#[test]
fn a_two_thousand_event_feed_reaches_google_whole_and_every_client_reads_it() {
    let Some(app) = common::spawn_app(common::Backend::Sqlite) else {
        return;
    };
    create_org(&app, "district", "Отдел образования района", "ru");
    post_plan(&app, &district_plan("district"));
    let gz = app.get_with("/feeds/orgs/district.ics", &[("Accept-Encoding", "gzip")]);
    assert_eq!(gz.status, 200);
    let body = gunzip(&gz.bytes);
    println!(
        "2,000-event feed: {} octets, {} gzipped",
        body.len(),
        gz.bytes.len()
    );
    // Google stops reading a subscribed feed at about 1 MB.
    assert!(body.len() < 900_000, "{} octets", body.len());
    let vevents = body.matches("BEGIN:VEVENT\r\n").count();
    assert_eq!(vevents, 2_000, "every event is there");
    assert_eq!(body.matches("\r\nLOCATION:").count(), 2_000);
    common::ics_check(&body, vevents);
}
