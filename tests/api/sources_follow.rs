//! Following partners' published calendars: a local server plays the partner's calendar and
//! changes it between fetches (a new event, a moved one, a cancelled one, 304, 500, a 5 MB
//! body, a redirect to file://); the school's merged feed follows each good change and keeps
//! the last good copy through each failure. The merged feed of a school following two
//! calendars and one Word-plan partner passes ics-check in all five clients.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{TestApp, create_org, ics_check};

/// What the partner's server answers next.
#[derive(Clone)]
enum Answer {
    /// A calendar with this ETag (304 when the request already has it).
    Calendar {
        body: String,
        etag: String,
    },
    Status(u16),
    Huge,
    Redirect(String),
}

/// A tiny HTTP server on 127.0.0.1 answering every request with the current `Answer`.
struct PartnerServer {
    base: String,
    answer: Arc<Mutex<Answer>>,
    requests: Arc<Mutex<Vec<String>>>,
    /// How long each answer waits before it is written (a slow partner).
    delay_ms: Arc<AtomicU64>,
}

impl PartnerServer {
    fn start(first: Answer) -> PartnerServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let answer = Arc::new(Mutex::new(first));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let delay_ms = Arc::new(AtomicU64::new(0));
        let (a, r, d) = (answer.clone(), requests.clone(), delay_ms.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let mut head = String::new();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    head.push_str(&line);
                }
                r.lock().unwrap().push(head.clone());
                std::thread::sleep(Duration::from_millis(d.load(Ordering::Relaxed)));
                let if_none_match = head
                    .lines()
                    .find_map(|l| {
                        l.strip_prefix("If-None-Match: ")
                            .or_else(|| l.strip_prefix("if-none-match: "))
                    })
                    .map(str::trim)
                    .map(str::to_string);
                let answer = a.lock().unwrap().clone();
                let _ = match answer {
                    Answer::Calendar { etag, .. }
                        if if_none_match.as_deref() == Some(etag.as_str()) =>
                    {
                        write!(
                            stream,
                            "HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n"
                        )
                    }
                    Answer::Calendar { body, etag } => write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nContent-Type: text/calendar; charset=utf-8\r\nETag: {etag}\r\n\
                         Last-Modified: Mon, 01 Sep 2025 08:00:00 GMT\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    ),
                    Answer::Status(code) => write!(
                        stream,
                        "HTTP/1.1 {code} Oops\r\nContent-Length: 5\r\nConnection: close\r\n\r\noops!"
                    ),
                    Answer::Huge => {
                        // No Content-Length: the limit must hold while reading.
                        let _ = write!(
                            stream,
                            "HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\nConnection: close\r\n\r\nBEGIN:VCALENDAR\r\n"
                        );
                        let chunk = "X-FILLER:".to_string() + &"x".repeat(1000) + "\r\n";
                        let mut result = Ok(());
                        for _ in 0..5_000 {
                            result = stream.write_all(chunk.as_bytes());
                            if result.is_err() {
                                break;
                            }
                        }
                        result
                    }
                    Answer::Redirect(to) => write!(
                        stream,
                        "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    ),
                };
            }
        });
        PartnerServer {
            base,
            answer,
            requests,
            delay_ms,
        }
    }

    fn set(&self, answer: Answer) {
        *self.answer.lock().unwrap() = answer;
    }
}

fn calendar(events: &[&str]) -> String {
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n\
         X-WR-CALNAME:Районная библиотека\r\nX-WR-TIMEZONE:Europe/Moscow\r\n",
    );
    for e in events {
        out.push_str(e);
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

fn event(uid: &str, start: &str, title: &str, extra: &str) -> String {
    format!(
        "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250901T080000Z\r\nDTSTART;TZID=Europe/Moscow:{start}\r\n\
         DURATION:PT1H\r\nSUMMARY:{title}\r\n{extra}END:VEVENT\r\n"
    )
}

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/ics")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

const LIBRARY_PLAN_TITLE: &str = "План совместной работы МБОУ «Лицей № 1» и МУК «Центральная библиотека» на 2025 – 2026 учебный год";

fn refresh(app: &TestApp, id: i64) -> serde_json::Value {
    let res = app.send(
        "POST",
        &format!("/api/v1/orgs/lyceum-1/sources/{id}/refresh"),
        &serde_json::json!({}),
    );
    assert_eq!(res.status, 200, "{}", res.body);
    res.json()
}

fn merged(app: &TestApp) -> common::Res {
    let res = app.get("/feeds/orgs/lyceum-1/merged.ics");
    assert_eq!(res.status, 200, "{}", res.body);
    res
}

on_both_backends! {
    a_followed_calendar_joins_the_merged_feed_and_survives_every_failure => |app: TestApp| {
        create_org(&app, "lyceum-1", "МБОУ «Лицей № 1»", "ru");
        create_org(&app, "district-library", "Районная библиотека", "ru");
        create_org(&app, "city-museum", "Краеведческий музей", "ru");
        let res = app.send("PATCH", "/api/v1/orgs/district-library", &serde_json::json!({"color": "teal"}));
        assert_eq!(res.status, 200, "{}", res.body);
        // The Word-plan partner: the central library's plan (as its import gives it) names
        // the lyceum as its partner, and its excursion names it too: the lyceum, which owns
        // no plan, sees that row (the merged rule), not the library's whole plan.
        create_org(&app, "central-library", "МУК «Центральная библиотека»", "ru");
        let res = app.send("POST", "/api/v1/plans", &serde_json::json!({
            "org": "central-library",
            "title": LIBRARY_PLAN_TITLE,
            "academic_year": "2025-2026",
            "partners": [{"name": "МБОУ «Лицей № 1»", "slug": "lyceum-1"}],
            "events": [
                {"title": "Экскурсия в библиотеку", "timing": "15 октября 2025", "partners": ["МБОУ «Лицей № 1»"]},
                {"title": "Литературный квиз «Осень»", "timing": "ноябрь"},
                {"title": "Новогодний утренник", "timing": "25 декабря"},
            ],
        }));
        assert_eq!(res.status, 201, "{}", res.body);

        let e1 = event("e1@google.com", "20251008T150000", "Клуб «Читайка»", "");
        let e2 = event("e2@google.com", "20251022T150000", "Встреча с писателем", "");
        let server = PartnerServer::start(Answer::Calendar {
            body: calendar(&[&e1, &e2]),
            etag: "\"v1\"".into(),
        });
        let res = app.send("POST", "/api/v1/orgs/lyceum-1/sources", &serde_json::json!({
            "url": format!("{}/calendar/ical/library/public/basic.ics", server.base.replace("http://", "webcal://")),
            "partner": "district-library",
            "refresh_minutes": 60,
        }));
        assert_eq!(res.status, 201, "{}", res.body);
        let library = res.json()["id"].as_i64().unwrap();
        assert!(res.json()["url"].as_str().unwrap().starts_with("http://127.0.0.1:"));
        let museum_server = PartnerServer::start(Answer::Calendar {
            body: fixture("outlook.ics"),
            etag: "\"m1\"".into(),
        });
        let res = app.send("POST", "/api/v1/orgs/lyceum-1/sources", &serde_json::json!({
            "url": format!("{}/museum.ics", museum_server.base),
            "partner": "city-museum",
        }));
        assert_eq!(res.status, 201, "{}", res.body);
        let museum = res.json()["id"].as_i64().unwrap();
        assert_eq!(res.json()["refresh_minutes"], 360, "the configured default");

        // First fetches.
        let r = refresh(&app, library);
        assert_eq!(r["outcome"], "changed", "{r}");
        assert_eq!(r["source"]["event_count"], 2);
        assert_eq!(r["source"]["calendar_name"], "Районная библиотека");
        assert!(r["source"]["last_success_at"].is_string());
        assert_eq!(refresh(&app, museum)["outcome"], "changed");
        let feed = merged(&app);
        assert!(feed.body.contains("SUMMARY:Клуб «Читайка»"), "{}", feed.body);
        assert!(feed.body.contains("DTSTART;TZID=Europe/Moscow:20251008T150000"));
        assert!(feed.body.contains("SUMMARY:Экскурсия «Наш край в годы войны»"));
        assert!(feed.body.contains("Экскурсия в библиотеку"), "the Word-plan partner: {}", feed.body);
        assert!(feed.body.contains("COLOR:teal"), "the partner's colour");
        let vevents = feed.body.matches("BEGIN:VEVENT").count();
        ics_check(&feed.body, vevents);

        // Never in the partner's own feeds.
        let own = app.get("/feeds/orgs/district-library.ics");
        assert!(!own.body.contains("Читайка"), "{}", own.body);
        let as_partner = app.get("/feeds/partners/district-library.ics");
        assert!(!as_partner.body.contains("Читайка"));

        // A new event.
        let e3 = event("e3@google.com", "20251112T150000", "Неделя детской книги", "");
        server.set(Answer::Calendar { body: calendar(&[&e1, &e2, &e3]), etag: "\"v2\"".into() });
        assert_eq!(refresh(&app, library)["outcome"], "changed");
        assert!(merged(&app).body.contains("SUMMARY:Неделя детской книги"));

        // A moved event keeps its UID in our feed.
        let uid_line = |body: &str, title: &str| {
            let at = body.find(&format!("SUMMARY:{title}")).unwrap();
            let start = body[..at].rfind("UID:").unwrap();
            body[start..].lines().next().unwrap().to_string()
        };
        let before = uid_line(&merged(&app).body, "Клуб «Читайка»");
        let e1_moved = event("e1@google.com", "20251009T160000", "Клуб «Читайка»", "");
        server.set(Answer::Calendar { body: calendar(&[&e1_moved, &e2, &e3]), etag: "\"v3\"".into() });
        assert_eq!(refresh(&app, library)["outcome"], "changed");
        let body = merged(&app).body;
        assert!(body.contains("DTSTART;TZID=Europe/Moscow:20251009T160000"), "{body}");
        assert!(!body.contains("DTSTART;TZID=Europe/Moscow:20251008T150000"));
        assert_eq!(uid_line(&body, "Клуб «Читайка»"), before);

        // A cancelled event.
        let e2_cancelled = event("e2@google.com", "20251022T150000", "Встреча с писателем", "STATUS:CANCELLED\r\n");
        let good = calendar(&[&e1_moved, &e2_cancelled, &e3]);
        server.set(Answer::Calendar { body: good.clone(), etag: "\"v4\"".into() });
        assert_eq!(refresh(&app, library)["outcome"], "changed");
        let good_feed = merged(&app);
        assert!(good_feed.body.contains("SUMMARY:Отменено: Встреча с писателем"), "{}", good_feed.body);
        let good_etag = good_feed.header("etag").unwrap().to_string();

        // 304: nothing changes, and the request was conditional.
        let r = refresh(&app, library);
        assert_eq!(r["outcome"], "unchanged", "{r}");
        let last = server.requests.lock().unwrap().last().cloned().unwrap_or_default();
        assert!(last.to_ascii_lowercase().contains("if-none-match: \"v4\""), "{last}");
        assert!(last.to_ascii_lowercase().contains("if-modified-since: mon, 01 sep 2025 08:00:00 gmt"), "{last}");
        assert_eq!(merged(&app).header("etag"), Some(good_etag.as_str()));

        // Failures keep the last good copy, say what went wrong and back off.
        let damaged = |body: &str| Answer::Calendar { body: body.into(), etag: "\"bad\"".into() };
        let failures = [
            (Answer::Status(500), "HTTP 500", "http_status:500"),
            (Answer::Huge, "larger than 1048576 bytes", "too_large:1048576"),
            (Answer::Redirect("file:///etc/passwd".into()), "file", "redirect_refused:file"),
            (damaged("<html>Sign in</html>"), "not an iCalendar file", "not_calendar"),
            (damaged("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis line is broken\r\nEND:VCALENDAR\r\n"), "line 3", "unreadable:3"),
            (Answer::Status(404), "HTTP 404", "http_status:404"),
        ];
        for (answer, words, kind) in failures {
            server.set(answer);
            let r = refresh(&app, library);
            assert_eq!(r["outcome"], "failed", "{r}");
            let error = r["source"]["last_error"].as_str().unwrap_or("");
            assert!(error.contains(words), "{words}: {error}");
            assert_eq!(r["source"]["last_error_kind"], kind, "{r}");
            assert_eq!(r["source"]["event_count"], 3, "the last good copy stays");
            let feed = merged(&app);
            assert_eq!(feed.header("etag"), Some(good_etag.as_str()), "{words}: the feed is unchanged");
        }
        let r = app.get_admin(&format!("/api/v1/orgs/lyceum-1/sources/{library}")).json();
        assert_eq!(r["failures"], 6);
        let next: chrono::DateTime<chrono::Utc> = r["next_fetch_at"].as_str().unwrap().parse().unwrap();
        assert!(next > chrono::Utc::now() + chrono::Duration::minutes(30), "backed off: {next}");

        // Back to good: the same events as the last good copy, so feeds stay as they were.
        server.set(Answer::Calendar { body: good, etag: "\"v5\"".into() });
        let r = refresh(&app, library);
        assert_eq!(r["outcome"], "unchanged", "{r}");
        assert_eq!(r["source"]["failures"], 0);

        // What the public sees of a source: the host, not a secret path.
        let public = app.get("/api/v1/orgs/lyceum-1/sources").json();
        let shown = public["items"][0]["url"].as_str().unwrap();
        assert!(shown.ends_with("/…") && !shown.contains("public/basic.ics"), "{shown}");
        let admin = app.get_admin("/api/v1/orgs/lyceum-1/sources").json();
        assert!(admin["items"][0]["url"].as_str().unwrap().ends_with("/calendar/ical/library/public/basic.ics"));

        // Unfollowing removes its events from the merged feed.
        assert_eq!(app.delete(&format!("/api/v1/orgs/lyceum-1/sources/{library}")).status, 204);
        let feed = merged(&app);
        assert!(!feed.body.contains("Читайка"));
        assert!(feed.body.contains("Наш край"));
    };

    sources_refuse_bad_urls_and_duplicates => |app: TestApp| {
        create_org(&app, "lyceum-1", "МБОУ «Лицей № 1»", "ru");
        for (url, pointer) in [("file:///etc/passwd", "/url"), ("ftp://x.example/a.ics", "/url"), ("https://u:p@x.example/a.ics", "/url")] {
            let res = app.send("POST", "/api/v1/orgs/lyceum-1/sources", &serde_json::json!({"url": url, "partner": "Музей"}));
            assert_eq!(res.status, 422, "{url}: {}", res.body);
            assert_eq!(res.json()["pointer"], pointer, "{}", res.body);
        }
        let res = app.send("POST", "/api/v1/orgs/lyceum-1/sources", &serde_json::json!({"url": "https://x.example/a.ics", "partner": "Музей", "refresh_minutes": 1}));
        assert_eq!(res.status, 422, "{}", res.body);
        let body = serde_json::json!({"url": "https://x.example/a.ics", "partner": "Краеведческий музей"});
        assert_eq!(app.send("POST", "/api/v1/orgs/lyceum-1/sources", &body).status, 201);
        assert_eq!(app.send("POST", "/api/v1/orgs/lyceum-1/sources", &body).status, 409);
        let res = app.send_raw("POST", "/api/v1/orgs/lyceum-1/sources", None, "application/json", body.to_string().into_bytes());
        assert_eq!(res.status, 401, "writes need the admin token");
    };
}

#[test]
fn the_servers_own_network_is_refused_by_default_whatever_the_url_says() {
    use plancal::sources::error_kind::FetchErrorKind;
    use plancal::sources::fetch::{FetchLimits, Validators, fetch};
    use plancal::sources::policy::SourceUrl;
    let server = PartnerServer::start(Answer::Calendar {
        body: calendar(&[]),
        etag: "\"x\"".into(),
    });
    let limits = FetchLimits {
        timeout: Duration::from_secs(5),
        max_bytes: 1 << 20,
        max_redirects: 3,
        allow_private: false,
    };
    let port = server.base.rsplit(':').next().unwrap();
    for url in [
        server.base.clone(),
        format!("http://localhost:{port}/"),
        format!("http://[::ffff:127.0.0.1]:{port}/"),
    ] {
        let error = fetch(
            &SourceUrl::parse(&url).unwrap(),
            &Validators::default(),
            &limits,
        )
        .unwrap_err();
        assert!(
            error.message.contains("loopback") || error.message.contains("own network"),
            "{url}: {error}"
        );
        assert!(
            matches!(error.kind, FetchErrorKind::AddressRefused { address } if address.is_loopback()
                || address.to_string() == "::ffff:127.0.0.1"),
            "{url}: {:?}",
            error.kind
        );
    }
    assert!(
        server.requests.lock().unwrap().is_empty(),
        "no request reached the server"
    );
    // Allowed by the operator, the same fetch works.
    let allowed = FetchLimits {
        allow_private: true,
        ..limits
    };
    assert!(
        fetch(
            &SourceUrl::parse(&server.base).unwrap(),
            &Validators::default(),
            &allowed
        )
        .is_ok()
    );
}

/// The legend index of an owner on the organization page (`owner-N` before its slug).
fn legend_index(html: &str, slug: &str) -> usize {
    let at = html
        .find(&format!("value=\"{slug}\" data-owner=\"{slug}\""))
        .unwrap_or_else(|| panic!("{slug} is not in the legend: {html}"));
    let id = html[..at].rfind("id=\"owner-").unwrap() + "id=\"owner-".len();
    html[id..].split('"').next().unwrap().parse().unwrap()
}

/// What the page says of a time from the API: in the organization's zone, as `lang` says it.
fn said(lang: plancal::plan::Lang, json: &serde_json::Value) -> String {
    let at: chrono::DateTime<chrono::Utc> = json.as_str().unwrap().parse().unwrap();
    plancal::web::dates::day_time(
        lang,
        at.with_timezone(&chrono_tz::Europe::Moscow).naive_local(),
    )
}

fn follow(app: &TestApp, url: &str, partner: &str) -> i64 {
    let res = app.send(
        "POST",
        "/api/v1/orgs/lyceum-1/sources",
        &serde_json::json!({"url": url, "partner": partner}),
    );
    assert_eq!(res.status, 201, "{}", res.body);
    res.json()["id"].as_i64().unwrap()
}

on_both_backends! {
    the_organization_page_shows_followed_calendars_their_state_and_their_events => |app: TestApp| {
        create_org(&app, "lyceum-1", "МБОУ «Лицей № 1»", "ru");
        create_org(&app, "district-library", "Районная библиотека", "ru");
        create_org(&app, "city-museum", "Краеведческий музей", "ru");
        let res = app.send("PATCH", "/api/v1/orgs/district-library", &serde_json::json!({"color": "teal"}));
        assert_eq!(res.status, 200, "{}", res.body);
        let res = app.send("PATCH", "/api/v1/orgs/city-museum", &serde_json::json!({"public_feeds": false}));
        assert_eq!(res.status, 200, "{}", res.body);
        create_org(&app, "central-library", "МУК «Центральная библиотека»", "ru");
        let res = app.send("POST", "/api/v1/plans", &serde_json::json!({
            "org": "central-library",
            "title": LIBRARY_PLAN_TITLE,
            "academic_year": "2025-2026",
            "partners": [{"name": "МБОУ «Лицей № 1»", "slug": "lyceum-1"}],
            // The excursion names the lyceum: a partner that owns no plan sees the rows naming it.
            "events": [{"title": "Экскурсия в библиотеку", "timing": "15 октября 2025", "partners": ["МБОУ «Лицей № 1»"]}],
        }));
        assert_eq!(res.status, 201, "{}", res.body);

        let library_server = PartnerServer::start(Answer::Calendar {
            body: calendar(&[&event("e1@google.com", "20251008T150000", "Клуб «Читайка»", "")]),
            etag: "\"v1\"".into(),
        });
        let library = follow(&app, &format!("{}/calendar/ical/secret-path/basic.ics", library_server.base), "district-library");
        let museum_server = PartnerServer::start(Answer::Calendar {
            body: calendar(&[&event("m1@museum", "20251016T120000", "Закрытый показ фондов", "")]),
            etag: "\"m1\"".into(),
        });
        let museum = follow(&app, &format!("{}/museum.ics", museum_server.base), "city-museum");
        let broken_server = PartnerServer::start(Answer::Status(500));
        let theatre = follow(&app, &format!("{}/theatre.ics", broken_server.base), "Городской театр");
        let library_state = refresh(&app, library)["source"].clone();
        assert_eq!(refresh(&app, museum)["outcome"], "changed");
        assert_eq!(refresh(&app, theatre)["outcome"], "failed");

        // The block: each calendar's partner in its colour, host, last success, error, count.
        let html = app.get("/orgs/lyceum-1?month=2025-10").body;
        assert!(html.contains("Календари партнёров"), "{html}");
        let block = &html[html.find("class=\"followed\"").unwrap()..];
        assert!(block.contains("style=\"--c:teal\""), "{block}");
        assert!(block.contains("<strong class=\"partner\">Районная библиотека</strong>"), "{block}");
        assert!(block.contains("<span class=\"host\">127.0.0.1</span>"), "{block}");
        assert!(!html.contains("secret-path"), "the URL's path stays secret");
        let updated = format!("обновлён {}", said(plancal::plan::Lang::Ru, &library_state["last_success_at"]));
        assert!(block.contains(&updated), "{updated}: {block}");
        assert!(block.contains("мероприятий: <span class=\"count\">1</span>"), "{block}");
        assert!(block.contains("Городской театр"), "{block}");
        assert!(block.contains("ещё не загружен"), "{block}");
        assert!(block.contains("ошибка") && block.contains("HTTP 500"), "{block}");
        assert!(!block.contains("Краеведческий музей"), "a private partner's calendar is not the public's");

        // The event: on its day in the partner's colour, its legend entry toggles it.
        let i = legend_index(&html, "district-library");
        let chip = format!("<span class=\"ev o{i}\" style=\"--c:teal\" title=\"Клуб «Читайка» — Районная библиотека");
        assert!(html.contains(&chip), "{chip}: {html}");
        assert!(html.contains(&format!(".calroot:has(#owner-{i}:not(:checked)) .o{i}{{display:none}}")));
        assert!(html.contains("Экскурсия в библиотеку"), "the Word-plan partner too");
        assert!(!html.contains("Закрытый показ фондов"), "a private partner's events are not the public's");
        let hidden = app.get("/orgs/lyceum-1?month=2025-10&hide=district-library").body;
        let boxed = &hidden[hidden.find(&format!("id=\"owner-{i}\"")).unwrap()..];
        assert!(!boxed[..boxed.find('>').unwrap()].contains("checked"), "unticked: {boxed}");
        let agenda = app.get("/orgs/lyceum-1?view=agenda").body;
        assert!(agenda.contains(&format!("<li class=\"o{i}\" style=\"--c:teal\"><span class=\"when\">8 октября 2025</span><span class=\"when\">15:00</span><span class=\"t\">Клуб «Читайка»</span>")), "{agenda}");

        // The partner filter knows the followed partner; other filters leave its events out.
        assert!(html.contains("<option value=\"district-library\">Районная библиотека</option>"), "{html}");
        let only = app.get("/orgs/lyceum-1?view=agenda&partner=district-library").body;
        assert!(only.contains("Клуб «Читайка»") && !only.contains("Экскурсия в библиотеку"), "{only}");
        let other = app.get("/orgs/lyceum-1?view=agenda&partner=central-library").body;
        assert!(!other.contains("Клуб «Читайка»") && other.contains("Экскурсия в библиотеку"), "{other}");
        let cancelled = app.get("/orgs/lyceum-1?view=agenda&status=cancelled").body;
        assert!(!cancelled.contains("Клуб «Читайка»"));

        // An admin sees the private partner's calendar and its events.
        let admin = app.get_admin("/orgs/lyceum-1?view=agenda").body;
        assert!(admin.contains("Закрытый показ фондов"), "{admin}");
        assert!(admin.contains("<strong class=\"partner\">Краеведческий музей</strong>"));

        // In English, and never on the partner's own page.
        let en = app.get("/orgs/lyceum-1?lang=en&month=2025-10").body;
        assert!(en.contains("Followed calendars") && en.contains("events: <span class=\"count\">1</span>"), "{en}");
        let updated = format!("updated {}", said(plancal::plan::Lang::En, &library_state["last_success_at"]));
        assert!(en.contains(&updated), "{updated}");
        let own = app.get("/orgs/district-library?view=agenda").body;
        assert!(!own.contains("Читайка") && !own.contains("Календари партнёров"), "{own}");
    };
}

on_both_backends! {
    a_failed_fetch_is_said_in_the_pages_language_until_a_good_one => |app: TestApp| {
        create_org(&app, "lyceum-1", "МБОУ «Лицей № 1»", "ru");
        create_org(&app, "district-library", "Районная библиотека", "ru");
        let good = Answer::Calendar {
            body: calendar(&[&event("e1@google.com", "20251008T150000", "Клуб «Читайка»", "")]),
            etag: "\"v1\"".into(),
        };
        let server = PartnerServer::start(good.clone());
        let library = follow(&app, &format!("{}/library.ics", server.base), "district-library");
        assert_eq!(refresh(&app, library)["outcome"], "changed");
        server.set(Answer::Status(503));
        let failed = refresh(&app, library)["source"].clone();

        // The API keeps the English text and adds the kind.
        assert!(failed["last_error"].as_str().unwrap().starts_with("the server answered HTTP 503"), "{failed}");
        assert_eq!(failed["last_error_kind"], "http_status:503");

        let block = |query: &str| {
            let html = app.get(&format!("/orgs/lyceum-1{query}")).body;
            let at = html.find("class=\"followed\"").unwrap_or_else(|| panic!("no block: {html}"));
            let end = html[at..].find("</section>").unwrap();
            html[at..at + end].to_string()
        };
        let ru = block("");
        let said_ru = format!(
            "ошибка {}: сервер ответил HTTP 503; показана последняя удачная копия",
            said(plancal::plan::Lang::Ru, &failed["last_error_at"])
        );
        assert!(ru.contains(&said_ru), "{said_ru}: {ru}");
        assert!(!ru.contains("the server answered") && !ru.contains("partner's server"), "{ru}");
        assert!(ru.contains("class=\"failing\""), "{ru}");
        let vi = block("?lang=vi");
        let said_vi = format!(
            "lỗi {}: máy chủ trả về HTTP 503; đang hiển thị bản tải thành công gần nhất",
            said(plancal::plan::Lang::Vi, &failed["last_error_at"])
        );
        assert!(vi.contains(&said_vi), "{said_vi}: {vi}");

        // A failure stored before kinds were (or of a kind unknown here) keeps its text.
        execute(&app.db_url, "UPDATE sources SET last_error_kind = 'teapot'");
        assert!(block("").contains("ошибка") && block("").contains("HTTP 503: the partner"), "{}", block(""));
        execute(&app.db_url, "UPDATE sources SET last_error_kind = NULL");
        assert!(block("?lang=vi").contains("the server answered HTTP 503"), "{}", block("?lang=vi"));

        // Good again: the block no longer looks broken; the API still has the last error.
        server.set(good);
        let r = refresh(&app, library);
        assert_eq!(r["outcome"], "unchanged", "{r}");
        assert!(r["source"]["last_error"].is_string(), "{r}");
        let ru = block("");
        assert!(!ru.contains("ошибка") && !ru.contains("HTTP 503") && !ru.contains("failing"), "{ru}");
        assert!(ru.contains("обновлён"), "{ru}");
    };
}

/// Runs `sql` on the test's database as another process would.
fn execute(db_url: &str, sql: &str) {
    use sqlx::Connection;
    actix_web::rt::System::new().block_on(async {
        if db_url.starts_with("postgres") {
            let mut c = sqlx::PgConnection::connect(db_url).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut c)
                .await
                .unwrap();
        } else {
            let mut c = sqlx::SqliteConnection::connect(db_url).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut c)
                .await
                .unwrap();
        }
    });
}

/// Time passes for every followed calendar: each is due now (what `refresh_minutes` later
/// would bring), written straight into the database as another process would.
fn make_sources_due(db_url: &str) {
    use sqlx::Connection;
    let past = chrono::Utc::now() - chrono::Duration::seconds(1);
    actix_web::rt::System::new().block_on(async {
        let sql = "UPDATE sources SET next_fetch_at = $1";
        if db_url.starts_with("postgres") {
            let mut c = sqlx::PgConnection::connect(db_url).await.unwrap();
            sqlx::query(sql).bind(past).execute(&mut c).await.unwrap();
        } else {
            let mut c = sqlx::SqliteConnection::connect(db_url).await.unwrap();
            sqlx::query(sql).bind(past).execute(&mut c).await.unwrap();
        }
    });
}

/// Waits (up to 20 s) until `done` holds.
fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let start = std::time::Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "still waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn background_follower_fetches_due_calendars(backend: common::Backend) {
    let Some(db) = actix_web::rt::System::new().block_on(common::fresh_db(backend)) else {
        return;
    };
    let url = db.url.clone();
    let app = common::start_server_following(&url, Some(db), 1);
    create_org(&app, "lyceum-1", "МБОУ «Лицей № 1»", "ru");
    create_org(&app, "district-library", "Районная библиотека", "ru");
    let e1 = event("e1@google.com", "20251008T150000", "Клуб «Читайка»", "");
    let server = PartnerServer::start(Answer::Calendar {
        body: calendar(&[&e1]),
        etag: "\"v1\"".into(),
    });
    let id = follow(
        &app,
        &format!("{}/library.ics", server.base),
        "district-library",
    );

    // Fetched by the follower alone: no refresh call anywhere in this test.
    wait_for("the first fetch", || {
        merged(&app).body.contains("SUMMARY:Клуб «Читайка»")
    });
    let source = app
        .get_admin(&format!("/api/v1/orgs/lyceum-1/sources/{id}"))
        .json();
    assert_eq!(source["event_count"], 1, "{source}");
    assert!(source["last_success_at"].is_string());
    let next: chrono::DateTime<chrono::Utc> =
        source["next_fetch_at"].as_str().unwrap().parse().unwrap();
    assert!(
        next > chrono::Utc::now() + chrono::Duration::minutes(300),
        "the next fetch waits for refresh_minutes: {next}"
    );
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(
        server.requests.lock().unwrap().len(),
        1,
        "not due: not fetched again"
    );

    // The partner's calendar changes; once it is due, the follower brings the change.
    let e2 = event(
        "e2@google.com",
        "20251022T150000",
        "Встреча с писателем",
        "",
    );
    server.set(Answer::Calendar {
        body: calendar(&[&e1, &e2]),
        etag: "\"v2\"".into(),
    });
    make_sources_due(&url);
    wait_for("the change", || {
        merged(&app).body.contains("SUMMARY:Встреча с писателем")
    });
    let requests = server.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert!(
        requests[1]
            .to_ascii_lowercase()
            .contains("if-none-match: \"v1\""),
        "{}",
        requests[1]
    );
    let page = app.get("/orgs/lyceum-1?view=agenda").body;
    assert!(page.contains("Встреча с писателем"), "the page too: {page}");
}

#[test]
fn the_background_follower_fetches_due_calendars_sqlite() {
    background_follower_fetches_due_calendars(common::Backend::Sqlite);
}

#[test]
fn the_background_follower_fetches_due_calendars_postgres() {
    background_follower_fetches_due_calendars(common::Backend::Postgres);
}

/// Two instances on one PostgreSQL database follow the same calendars: each due time
/// brings one fetch of each, whichever instance makes it (the claim in `sources`).
#[test]
fn two_instances_fetch_each_due_calendar_once() {
    let Some(db) =
        actix_web::rt::System::new().block_on(common::fresh_db(common::Backend::Postgres))
    else {
        return;
    };
    let url = db.url.clone();
    let first = common::start_server_following(&url, Some(db), 1);
    let second = common::start_server_following(&url, None, 1);
    create_org(&first, "lyceum-1", "МБОУ «Лицей № 1»", "ru");
    create_org(&first, "district-library", "Районная библиотека", "ru");
    let server = PartnerServer::start(Answer::Calendar {
        body: calendar(&[&event(
            "e1@google.com",
            "20251008T150000",
            "Клуб «Читайка»",
            "",
        )]),
        etag: "\"v1\"".into(),
    });
    // A slow partner, so the two instances' passes overlap.
    server.delay_ms.store(300, Ordering::Relaxed);
    const PATHS: [&str; 6] = ["/a.ics", "/b.ics", "/c.ics", "/d.ics", "/e.ics", "/f.ics"];
    for path in PATHS {
        follow(
            &first,
            &format!("{}{path}", server.base),
            "district-library",
        );
    }
    let fetched_by_all = |n: usize| {
        let requests = server.requests.lock().unwrap();
        PATHS.iter().all(|p| {
            requests
                .iter()
                .filter(|r| r.starts_with(&format!("GET {p} ")))
                .count()
                >= n
        })
    };
    let counts = || {
        let requests = server.requests.lock().unwrap();
        PATHS.map(|p| {
            requests
                .iter()
                .filter(|r| r.starts_with(&format!("GET {p} ")))
                .count()
        })
    };
    for round in 1..=2 {
        if round == 2 {
            make_sources_due(&url);
        }
        wait_for("every calendar fetched", || fetched_by_all(round));
        // Both followers look twice more: nothing is due any longer.
        std::thread::sleep(Duration::from_millis(2500));
        assert_eq!(
            counts(),
            [round; 6],
            "round {round}: one fetch per due time"
        );
    }
    let listed = second.get_admin("/api/v1/orgs/lyceum-1/sources").json();
    for s in listed["items"].as_array().unwrap() {
        assert_eq!(s["event_count"], 1, "{s}");
    }
}

/// In a browser: the followed calendar's events on their days in the partner's colour, its
/// legend box hiding them, and the block saying how its fetches went (screenshots, axe-core).
#[test]
fn a_followed_calendar_in_the_browser() {
    use crate::browser::{Browser, DESKTOP, PHONE};
    let app = common::spawn_app(common::Backend::Sqlite).expect("sqlite app");
    create_org(&app, "lyceum-1", "МБОУ «Лицей № 1»", "ru");
    create_org(&app, "district-library", "Районная библиотека", "ru");
    let res = app.send(
        "PATCH",
        "/api/v1/orgs/district-library",
        &serde_json::json!({"color": "teal"}),
    );
    assert_eq!(res.status, 200, "{}", res.body);
    let res = app.send(
        "POST",
        "/api/v1/plans",
        &serde_json::json!({
            "org": "lyceum-1",
            "title": "План работы лицея на 2025 – 2026 учебный год",
            "academic_year": "2025-2026",
            "events": [
                {"title": "Родительское собрание", "timing": "9 октября 2025"},
                {"title": "Осенний кросс", "timing": "вторая половина октября"},
            ],
        }),
    );
    assert_eq!(res.status, 201, "{}", res.body);
    let server = PartnerServer::start(Answer::Calendar {
        body: calendar(&[
            &event("e1@google.com", "20251008T150000", "Клуб «Читайка»", ""),
            &event(
                "e2@google.com",
                "20251022T150000",
                "Встреча с писателем",
                "",
            ),
        ]),
        etag: "\"v1\"".into(),
    });
    let library = follow(
        &app,
        &format!("{}/library.ics", server.base),
        "district-library",
    );
    assert_eq!(refresh(&app, library)["outcome"], "changed");
    let broken = PartnerServer::start(Answer::Status(503));
    let theatre = follow(
        &app,
        &format!("{}/theatre.ics", broken.base),
        "Городской театр",
    );
    assert_eq!(refresh(&app, theatre)["outcome"], "failed");

    for (size, label) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
        let b = Browser::start(size, label);
        b.goto(&app.url("/orgs/lyceum-1?month=2025-10"));
        let id = b.js(
            "return document.querySelector('input[data-owner=\"district-library\"]').id",
            vec![],
        );
        let id = id.as_str().expect("the library in the legend").to_string();
        let chips = format!("table.grid .ev.o{}", id.trim_start_matches("owner-"));
        assert_eq!(
            b.visible_count(&chips),
            2,
            "both followed events on their days"
        );
        let color = b.js(
            "return getComputedStyle(document.querySelector(arguments[0])).borderLeftColor || getComputedStyle(document.querySelector(arguments[0])).backgroundColor",
            vec![serde_json::json!(chips)],
        );
        assert!(
            color.as_str().unwrap_or("").contains("0, 128, 128"),
            "teal: {color}"
        );
        assert_eq!(b.visible_count(".followed li"), 2);
        let block = b.texts(".followed").join("\n");
        assert!(
            block.contains("Районная библиотека") && block.contains("обновлён"),
            "{block}"
        );
        assert!(
            block.contains("сервер ответил HTTP 503"),
            "in Russian: {block}"
        );
        b.screenshot("org-followed");
        b.assert_accessible("/orgs/lyceum-1 (followed calendars)");
        b.click(&format!("#{id}"));
        assert_eq!(b.visible_count(&chips), 0, "its legend box hides them");
        assert!(
            b.visible_count("table.grid .ev") > 0,
            "the lyceum's own stay"
        );
    }
}

/// A partner publishes the hostile-input issue's calendar (3,000 nested components): the
/// follower records the attempt before it fetches (so a crash could not bring the fetch back
/// at every restart), the calendar is refused as unreadable at its line, the source backs off
/// and the server stays up.
fn a_nested_calendar_fails_the_source_and_the_server_stays_up(backend: common::Backend) {
    let Some(db) = actix_web::rt::System::new().block_on(common::fresh_db(backend)) else {
        return;
    };
    let app = common::start_server_following(&db.url.clone(), Some(db), 1);
    create_org(&app, "lyceum-1", "МБОУ «Лицей № 1»", "ru");
    create_org(&app, "district-library", "Районная библиотека", "ru");
    let server = PartnerServer::start(Answer::Calendar {
        body: common::nested_calendar(3000),
        etag: "\"n1\"".into(),
    });
    server.delay_ms.store(3000, Ordering::Relaxed);
    let id = follow(
        &app,
        &format!("{}/nested.ics", server.base),
        "district-library",
    );
    let source = || {
        app.get_admin(&format!("/api/v1/orgs/lyceum-1/sources/{id}"))
            .json()
    };
    wait_for("the follower's request", || {
        !server.requests.lock().unwrap().is_empty()
    });
    // The partner has not answered yet: the attempt is already on record.
    let during = source();
    assert_eq!(during["failures"], 1, "{during}");
    let next: chrono::DateTime<chrono::Utc> =
        during["next_fetch_at"].as_str().unwrap().parse().unwrap();
    assert!(
        next > chrono::Utc::now() + chrono::Duration::minutes(4),
        "held for the backoff: {during}"
    );
    wait_for("the failure", || source()["last_error_kind"].is_string());
    let after = source();
    assert_eq!(after["last_error_kind"], "unreadable:13", "{after}");
    assert_eq!(after["failures"], 1, "{after}");
    assert_eq!(app.get("/healthz").status, 200, "the server is up");
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(
        server.requests.lock().unwrap().len(),
        1,
        "not fetched again in a loop"
    );
}

#[test]
fn a_nested_calendar_fails_the_source_and_the_server_stays_up_sqlite() {
    a_nested_calendar_fails_the_source_and_the_server_stays_up(common::Backend::Sqlite);
}

#[test]
fn a_nested_calendar_fails_the_source_and_the_server_stays_up_postgres() {
    a_nested_calendar_fails_the_source_and_the_server_stays_up(common::Backend::Postgres);
}
