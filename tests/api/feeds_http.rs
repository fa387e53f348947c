//! Feeds over HTTP, read back by real calendar clients (../shared/tools/ics-check): every
//! feed kind, the dates the clients see, ETag/304, HEAD, compression, CORS, private tokens.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TestApp, create_org, ics_check};
use serde_json::{Value, json};

fn tools() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools")
}

/// What Python's icalendar (one of the five clients) reads: uid → (start, end, status, rrule).
fn client_view(body: &str) -> Vec<Value> {
    let python = tools().join(".deps/venv/bin/python");
    assert!(
        python.exists(),
        "run bash ../shared/tools/install-ics-clients.sh first"
    );
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), body).unwrap();
    let script = r#"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for ev in cal.walk('VEVENT'):
    s = ev.decoded('DTSTART'); e = ev.decoded('DTEND') if 'DTEND' in ev else None
    out.append({'uid': str(ev['UID']), 'summary': str(ev.get('SUMMARY', '')),
                'start': s.isoformat(), 'end': e.isoformat() if e is not None else None,
                'status': str(ev.get('STATUS', '')), 'sequence': int(ev.get('SEQUENCE', 0)),
                'rrule': ev['RRULE'].to_ical().decode() if 'RRULE' in ev else None,
                'description': str(ev.get('DESCRIPTION', ''))})
print(json.dumps(out, ensure_ascii=False))
"#;
    let out = Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(file.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Vec<Value>>(&out.stdout).unwrap()
}

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

fn when(kind: &str, start: &str, end: &str, precision: &str, recurrence: Value) -> Value {
    let mut when = json!({"input": "", "kind": kind, "start": start, "end": end,
                          "precision": precision, "flags": [], "warnings": []});
    when["recurrence"] = recurrence;
    when
}

const HOSTILE: &str = "Вечер; поэзии, \\ «Осень»\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil 🎉";

/// A Russian school plan with every kind of event, and a Vietnamese one.
fn seed(app: &TestApp) -> (i64, i64) {
    create_org(app, "ramenki-school", "Рамешковская СОШ", "ru");
    create_org(app, "ramenki-cbs", "МУК «Рамешковская ЦБС»", "ru");
    let long_title = "Чтения ".repeat(1500);
    let plan = json!({
        "org": "ramenki-school",
        "title": "План совместной работы",
        "academic_year": "2025-2026",
        "partners": [{"name": "МУК «Рамешковская ЦБС»", "slug": "ramenki-cbs"}],
        "sections": [{"key": "1", "title": "Мероприятия", "sections": []}],
        "events": [
            {"number": "1", "section": "1", "title": "Заключение договора", "timing": "12 сентября",
             "when": when("date", "2025-09-12", "2025-09-12", "day", Value::Null),
             "roles": ["director"]},
            {"number": "2", "section": "1", "title": "Игры на осенних каникулах", "timing": "27.10.2025-31.10.2025",
             "when": when("range", "2025-10-27", "2025-10-31", "day", Value::Null),
             "roles": ["librarian", "class-teacher"], "partners": ["МУК «Рамешковская ЦБС»"]},
            {"number": "3", "section": "1", "title": "Литературная гостиная", "timing": "октябрь",
             "when": when("range", "2025-10-01", "2025-10-31", "month", Value::Null),
             "roles": ["class-teacher"], "people": [{"name": "Труханова С.С.", "org": "МАОУ «Пономаревская СОШ»"}]},
            {"number": "4", "section": "1", "title": "Конкурс имени Ф.Н. Глинки", "timing": "апрель-июнь",
             "when": when("range", "2026-04-01", "2026-06-30", "month", Value::Null),
             "roles": ["class-teacher"]},
            {"number": "5", "section": "1", "title": "Книжная выставка", "timing": "ежемесячно",
             "when": when("recurring", "2025-09-01", "2026-08-31", "month",
                          json!({"freq": "monthly", "interval": 1, "count": null, "byday": null})),
             "roles": ["librarian"]},
            {"number": "6", "section": "1", "title": "День матери", "timing": "ноябрь",
             "when": when("range", "2025-11-01", "2025-11-30", "month", Value::Null),
             "pinned": {"date": "2025-11-14", "time": "10:00", "duration_minutes": 90},
             "roles": ["class-teacher"]},
            {"number": "7", "section": "1", "title": "Отменённая экскурсия", "timing": "декабрь",
             "when": when("range", "2025-12-01", "2025-12-31", "month", Value::Null),
             "status": "cancelled"},
            {"number": "8", "section": "1", "title": "Встреча по согласованию", "timing": "по согласованию",
             "when": {"input": "по согласованию", "kind": "unknown", "start": null, "end": null,
                      "precision": null, "recurrence": null, "flags": ["tentative"], "warnings": []}},
            {"number": "9", "section": "1", "title": HOSTILE, "timing": "15 мая",
             "when": when("date", "2026-05-15", "2026-05-15", "day", Value::Null),
             "location": "Зал; 2, \\ этаж\nвторой"},
            {"number": "10", "section": "1", "title": long_title, "timing": "20 мая",
             "when": when("date", "2026-05-20", "2026-05-20", "day", Value::Null)}
        ]
    });
    let res = app.send("POST", "/api/v1/plans", &plan);
    assert_eq!(res.status, 201, "{}", res.body);
    let ru = res.json()["id"].as_i64().unwrap();

    let res = app.send(
        "POST",
        "/api/v1/orgs",
        &json!({"slug": "truong-thinh", "name": "Trường THCS Trường Thịnh", "locale": "vi"}),
    );
    assert_eq!(res.status, 201, "{}", res.body);
    let plan = json!({
        "org": "truong-thinh",
        "title": "Kế hoạch phối hợp hoạt động giữa thư viện và các tổ chức",
        "academic_year": "2024-2025",
        "events": [
            {"title": "Ngày hội đọc sách", "timing": "ngày 21/4",
             "when": when("date", "2025-04-21", "2025-04-21", "day", Value::Null), "roles": ["librarian"]},
            {"title": "Giới thiệu sách", "timing": "1 lần/ tháng",
             "when": when("recurring", "2024-09-01", "2025-05-31", "month",
                          json!({"freq": "monthly", "interval": 1, "count": null, "byday": null})),
             "roles": ["class-teacher"]},
            {"title": "Triển lãm sách", "timing": "học kỳ I",
             "when": when("range", "2024-09-01", "2025-01-15", "term", Value::Null), "roles": ["librarian"]}
        ]
    });
    let res = app.send("POST", "/api/v1/plans", &plan);
    assert_eq!(res.status, 201, "{}", res.body);
    (ru, res.json()["id"].as_i64().unwrap())
}

fn feed(app: &TestApp, path: &str) -> common::Res {
    let res = app.get(path);
    assert_eq!(res.status, 200, "{path}: {}", res.body);
    assert_eq!(
        res.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    res
}

fn by_summary<'a>(events: &'a [Value], starts_with: &str) -> &'a Value {
    events
        .iter()
        .find(|e| {
            // An inexact event's title leads with its timing ("Октябрь · Литературная …",
            // "Отменено: Ноябрь · Экскурсия"): matched without it.
            let summary = e["summary"].as_str().unwrap_or("");
            let plain = match summary.split_once(" · ") {
                Some((head, title)) => match head.split_once(": ") {
                    Some((cancelled, _)) => format!("{cancelled}: {title}"),
                    None => title.to_string(),
                },
                None => summary.to_string(),
            };
            summary.starts_with(starts_with) || plain.starts_with(starts_with)
        })
        .unwrap_or_else(|| panic!("no event titled {starts_with:?} in {events:#?}"))
}

on_both_backends! {
    every_feed_kind_passes_ics_check_with_the_dates_the_plan_means => |app: TestApp| {
        seed(&app);
        // Own feed: 10 rows, one undatable → 9 events and the digest of undated events, in
        // 19 VEVENTs: "апрель-июнь" is marked where it ends too, "ежемесячно" is one
        // reminder a month from September to May.
        let org = feed(&app, "/feeds/orgs/ramenki-school.ics");
        ics_check(&org.body, 19);
        let events = client_view(&org.body);
        let exact = by_summary(&events, "Заключение договора");
        assert_eq!((exact["start"].as_str(), exact["end"].as_str()), (Some("2025-09-12"), Some("2025-09-13")));
        assert_eq!(exact["status"], "CONFIRMED");
        let holidays = by_summary(&events, "Игры на осенних каникулах");
        assert_eq!((holidays["start"].as_str(), holidays["end"].as_str()), (Some("2025-10-27"), Some("2025-11-01")));
        let month = by_summary(&events, "Литературная гостиная");
        assert_eq!(month["start"], "2025-10-01", "a long fuzzy span is a marker on its first day");
        assert_eq!(month["status"], "TENTATIVE");
        assert_eq!(month["summary"], "Октябрь · Литературная гостиная", "the title leads with the plan's month");
        assert_eq!(by_summary(&events, "Конкурс имени")["start"], "2026-04-01");
        let monthly = by_summary(&events, "Книжная выставка");
        assert!(monthly["rrule"].is_null() && monthly["start"] == "2025-09-01", "{monthly}");
        let pinned = by_summary(&events, "День матери");
        assert_eq!(pinned["start"], "2025-11-14T10:00:00+03:00");
        assert_eq!(pinned["end"], "2025-11-14T11:30:00+03:00");
        assert_eq!(pinned["status"], "CONFIRMED");
        assert_eq!(by_summary(&events, "Отменено: Отменённая экскурсия")["status"], "CANCELLED");
        let undated = by_summary(&events, "Без даты: 1 мероприятие");
        assert_eq!(undated["start"], "2025-09-01");
        assert!(undated["description"].as_str().unwrap().contains("Встреча по согласованию"), "{undated}");
        let hostile = by_summary(&events, "Вечер; поэзии");
        assert!(!hostile["summary"].as_str().unwrap().contains('\n'), "SUMMARY stays on one line");
        assert_eq!(hostile["start"], "2026-05-15");
        assert!(unfold(&org.body).contains("X-WR-CALNAME:Рамешковская СОШ"));

        // Merged: the school's own plan (it owns all of it) → same 19.
        ics_check(&feed(&app, "/feeds/orgs/ramenki-school/merged.ics").body, 19);
        // The library's partner feed holds only the event that names it (row 2); its own
        // feed is empty.
        ics_check(&feed(&app, "/feeds/partners/ramenki-cbs.ics").body, 1);
        ics_check(&feed(&app, "/feeds/orgs/ramenki-cbs.ics").body, 0);
        // Role feed: class teachers have rows 2, 3, 4 (two markers), 6.
        let role = feed(&app, "/feeds/roles/class-teacher.ics?org=ramenki-school");
        ics_check(&role.body, 5);
        assert!(unfold(&role.body).contains("X-WR-CALNAME:Рамешковская СОШ — классные руководители"), "{}", role.body);
        // Across all organizations: the Vietnamese class teachers' monthly event too (nine
        // reminders).
        ics_check(&feed(&app, "/feeds/roles/class-teacher.ics").body, 14);
        // Filters.
        // From January: the competition (two markers), the monthly reminders (all nine: the
        // filter keeps events, and a series is one), 15 and 20 May.
        ics_check(&feed(&app, "/feeds/orgs/ramenki-school.ics?from=2026-01-01").body, 13);
        ics_check(&feed(&app, "/feeds/orgs/ramenki-school.ics?status=cancelled").body, 1);
        // Skip leaves out every inexact event: months, the recurrence and the digest of
        // undated ones. The range named to the day (the holidays' games) is exact and stays.
        ics_check(&feed(&app, "/feeds/orgs/ramenki-school.ics?fuzzy=skip").body, 5);

        // Vietnamese.
        // The day, nine monthly reminders, the term's two markers.
        let vi = feed(&app, "/feeds/orgs/truong-thinh.ics");
        ics_check(&vi.body, 12);
        let events = client_view(&vi.body);
        assert_eq!(by_summary(&events, "Ngày hội đọc sách")["start"], "2025-04-21");
        // Sunday 1 September and Quốc khánh on the 2nd: the 3rd.
        assert_eq!(by_summary(&events, "1 lần/ tháng · Giới thiệu sách")["start"], "2024-09-03");
        // The term's marker: 1 September 2024 is a Sunday and the 2nd National Day.
        assert_eq!(by_summary(&events, "Triển lãm sách")["start"], "2024-09-03");
    };

    a_person_feed_is_private_unless_names_are_public => |app: TestApp| {
        let (ru, _) = seed(&app);
        let plan = app.get_admin(&format!("/api/v1/plans/{ru}")).json();
        let person = plan["events"][2]["people"][0]["id"].as_i64().unwrap();
        let path = format!("/feeds/people/{person}.ics");
        assert_eq!(app.get(&path).status, 404, "names are not public by default");
        // A private token opens it, with the name.
        let res = app.send("POST", "/api/v1/tokens", &json!({"feed": path, "label": "Труханова"}));
        assert_eq!(res.status, 201, "{}", res.body);
        let token = res.json();
        let url = token["subscribe"]["url"].as_str().unwrap().to_string();
        assert!(token["subscribe"]["webcal"].as_str().unwrap().starts_with("webcal://"));
        assert!(token["subscribe"]["google"].as_str().unwrap().starts_with("https://calendar.google.com/calendar/r?cid=webcal%3A"));
        assert!(token["subscribe"]["outlook"].as_str().unwrap().contains("addfromweb?url="));
        let private = app.get(url.trim_start_matches(&app.base));
        assert_eq!(private.status, 200, "{}", private.body);
        ics_check(&private.body, 1);
        assert!(unfold(&private.body).contains("Труханова С.С."));
        assert_eq!(private.header("cache-control"), Some("private, max-age=300"));
        // Public feeds leave names out.
        assert!(!unfold(&feed(&app, "/feeds/orgs/ramenki-school.ics").body).contains("Труханова"));
        // Revoked → 404, like any unknown token.
        let id = token["id"].as_i64().unwrap();
        assert_eq!(app.delete(&format!("/api/v1/tokens/{id}")).status, 204);
        assert_eq!(app.get(url.trim_start_matches(&app.base)).status, 404);
        assert_eq!(app.get("/feeds/t/0123456789abcdef0123456789abcdef01234567.ics").status, 404);
    };

    an_organization_with_private_feeds_hides_its_public_urls => |app: TestApp| {
        seed(&app);
        let res = app.send("PATCH", "/api/v1/orgs/ramenki-school", &json!({"public_feeds": false}));
        assert_eq!(res.status, 200, "{}", res.body);
        assert_eq!(app.get("/feeds/orgs/ramenki-school.ics").status, 404);
        assert_eq!(app.get("/feeds/roles/class-teacher.ics?org=ramenki-school").status, 404);
        // Its events leave the all-organizations role feed too: the Vietnamese reminders stay.
        ics_check(&feed(&app, "/feeds/roles/class-teacher.ics").body, 9);
        let res = app.send("POST", "/api/v1/tokens", &json!({"feed": "orgs/ramenki-school.ics"}));
        let url = res.json()["subscribe"]["url"].as_str().unwrap().to_string();
        // The nine dated events (in 18 VEVENTs) and the digest of the undated one.
        ics_check(&feed(&app, url.trim_start_matches(&app.base)).body, 19);
    };

    pinning_changes_the_etag_and_conditional_requests_get_304 => |app: TestApp| {
        let (ru, _) = seed(&app);
        let path = "/feeds/orgs/ramenki-school.ics";
        let first = feed(&app, path);
        let etag = first.header("etag").unwrap().to_string();
        assert!(etag.starts_with('"'), "a strong ETag");
        let last_modified = first.header("last-modified").unwrap().to_string();
        assert_eq!(app.get_with(path, &[("If-None-Match", &etag)]).status, 304);
        assert_eq!(app.get_with(path, &[("If-Modified-Since", &last_modified)]).status, 304);
        let plan = app.get(&format!("/api/v1/plans/{ru}")).json();
        let month = plan["events"].as_array().unwrap().iter().find(|e| e["number"] == "3").unwrap().clone();
        let before = client_view(&first.body);
        let before = by_summary(&before, "Литературная гостиная").clone();
        let res = app.send("PATCH", &format!("/api/v1/events/{}", month["id"]), &json!({"pinned": {"date": "2025-10-16"}}));
        assert_eq!(res.status, 200, "{}", res.body);
        let second = app.get_with(path, &[("If-None-Match", &etag)]);
        assert_eq!(second.status, 200, "the old ETag no longer matches");
        let new_etag = second.header("etag").unwrap().to_string();
        assert_ne!(new_etag, etag);
        assert_eq!(app.get_with(path, &[("If-None-Match", &new_etag)]).status, 304);
        ics_check(&second.body, 19);
        let after = client_view(&second.body);
        let after = by_summary(&after, "Литературная гостиная");
        assert_eq!(after["uid"], before["uid"], "the UID stays");
        assert_eq!(after["sequence"].as_i64().unwrap(), before["sequence"].as_i64().unwrap() + 1);
        assert_eq!(after["start"], "2025-10-16");
        assert_eq!(after["status"], "CONFIRMED");
    };

    deleted_events_stay_as_cancelled_with_a_higher_sequence => |app: TestApp| {
        let (ru, _) = seed(&app);
        let plan = app.get(&format!("/api/v1/plans/{ru}")).json();
        let first = &plan["events"][0];
        assert_eq!(app.delete(&format!("/api/v1/events/{}", first["id"])).status, 204);
        let body = feed(&app, "/feeds/orgs/ramenki-school.ics").body;
        ics_check(&body, 19);
        let events = client_view(&body);
        let gone = by_summary(&events, "Отменено: Заключение договора");
        assert_eq!(gone["status"], "CANCELLED");
        assert_eq!(gone["sequence"], 1);
        assert_eq!(gone["uid"], first["uid"]);
    };

    feeds_answer_head_gzip_and_cors => |app: TestApp| {
        seed(&app);
        let path = "/feeds/orgs/ramenki-school.ics";
        let full = feed(&app, path);
        let head = app.head(path);
        assert_eq!(head.status, 200);
        assert_eq!(head.body, "");
        assert_eq!(head.header("etag"), full.header("etag"));
        let gz = app.get_with(path, &[("Accept-Encoding", "gzip")]);
        assert_eq!(gz.header("content-encoding"), Some("gzip"));
        let br = app.get_with(path, &[("Accept-Encoding", "br")]);
        assert_eq!(br.header("content-encoding"), Some("br"));
        let cors = app.get_with(path, &[("Origin", "https://calendar.example.org")]);
        assert!(cors.header("access-control-allow-origin").is_some(), "{:?}", cors.headers);
        assert_eq!(app.get("/feeds/orgs/nobody.ics").status, 404);
        assert_eq!(app.get("/feeds/orgs/ramenki-school.ics?fuzzy=wide").status, 400);
    };

    the_api_lists_subscribe_links_for_each_feed => |app: TestApp| {
        seed(&app);
        let links = app.get("/api/v1/orgs/ramenki-school/feeds").json();
        let links = links.as_array().unwrap();
        assert!(links.iter().any(|l| l["url"].as_str().unwrap().ends_with("/feeds/orgs/ramenki-school/merged.ics")));
        let role = links.iter().find(|l| l["url"].as_str().unwrap().contains("roles/class-teacher.ics?org=ramenki-school")).unwrap();
        assert_eq!(role["name"], "Рамешковская СОШ — классные руководители");
        // Every advertised feed is served and valid.
        for l in links.iter().take(4) {
            let path = l["url"].as_str().unwrap().trim_start_matches(&app.base).to_string();
            let body = feed(&app, &path).body;
            let n: usize = body.matches("BEGIN:VEVENT").count();
            ics_check(&body, n);
        }
    };
}

/// The same bytes from every instance on one PostgreSQL, and the same ETag.
#[test]
fn two_instances_serve_identical_feeds_and_etags() {
    let Some(db) =
        actix_web::rt::System::new().block_on(common::fresh_db(common::Backend::Postgres))
    else {
        return;
    };
    // Two instances behind one load balancer share its public address.
    let one = common::start_server_at(&db.url, None, Some("https://cal.example.org"));
    let two = common::start_server_at(&db.url, None, Some("https://cal.example.org"));
    seed(&one);
    let a = feed(&one, "/feeds/orgs/ramenki-school/merged.ics");
    let b = feed(&two, "/feeds/orgs/ramenki-school/merged.ics");
    assert_eq!(a.header("etag"), b.header("etag"));
    assert_eq!(a.body, b.body, "byte for byte");
    let etag = a.header("etag").unwrap().to_string();
    assert_eq!(
        two.get_with(
            "/feeds/orgs/ramenki-school/merged.ics",
            &[("If-None-Match", &etag)]
        )
        .status,
        304
    );
}

/// `plancal export` writes the same bytes the feed URL serves.
#[test]
fn export_writes_the_bytes_the_feed_url_serves() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("plancal.db").display());
    let app = common::start_server(&url, None);
    seed(&app);
    let served = feed(&app, "/feeds/orgs/ramenki-school/merged.ics").body;
    let out_file = dir.path().join("merged.ics");
    let out = common::plancal()
        .env("PLANCAL_PUBLIC_URL", &app.base)
        .env_remove("PLANCAL_DATABASE_URL")
        .args([
            "--database-url",
            &url,
            "export",
            "orgs/ramenki-school/merged",
            "--out",
        ])
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), served);
    let out = common::plancal()
        .args(["--database-url", &url, "export", "orgs/nobody"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not found"));
}

/// The director's page shows the merged plan with fuzzy dates marked and subscribe links.
#[test]
fn the_organization_page_shows_the_merged_plan() {
    let Some(app) = common::spawn_app(common::Backend::Sqlite) else {
        return;
    };
    seed(&app);
    let page = app.get("/orgs/ramenki-school?view=agenda");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Литературная гостиная"));
    assert!(page.body.contains(" fuzzy\""), "fuzzy events are marked");
    assert!(page.body.contains("webcal://"));
    assert!(!page.body.contains("<br>END:VEVENT"), "titles are escaped");
    assert!(
        page.body.matches("<script").count() == 1,
        "no raw markup from data (the one script is the page's own)"
    );
    let index = app.get("/");
    assert!(index.body.contains("/orgs/ramenki-school"));
    assert_eq!(app.get("/orgs/nobody").status, 404);
}
