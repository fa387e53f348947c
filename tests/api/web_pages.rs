//! The pages over plain HTTP, on SQLite and PostgreSQL: who is listed, what a private
//! organization shows, names only where the owner allows, role views subscribe to the role's
//! feed, the one-event .ics, errors as pages for browsers and problem+json for the API, and
//! the language choice that sticks.

use crate::common;

use common::TestApp;
use serde_json::json;

/// As `examples/demo.sh` imports them: the library's plan into an address of its own, which
/// leads to the library the school's plan made ("muk-ozerskaya-cbs").
const EXAMPLES: [(&str, &str); 3] = [
    ("ozernaya-school-library.txt", "ozernaya-school"),
    ("ozerskaya-cbs-for-schools.txt", "ozerskaya-cbs"),
    ("rainbow-kindergarten-school.txt", "rainbow-kindergarten"),
];

fn load(app: &TestApp) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for (file, org) in EXAMPLES {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let res = app.upload(file, &bytes, &[("org", org), ("year", "2025-2026")]);
        assert!(res.status < 300, "{file}: {}", res.body);
    }
}

const HTML: (&str, &str) = ("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

/// The value of the input with this id in a page.
fn input_value(body: &str, id: &str) -> String {
    let at = body
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let rest = &body[at..];
    let v = rest.find("value=\"").expect("a value") + 7;
    let end = rest[v..].find('"').expect("end of value");
    rest[v..v + end].replace("&amp;", "&")
}

/// What the month grid shows on `day` of the page's own month (not the same number in a
/// neighbouring month's week).
fn chips_on(body: &str, day: u32) -> String {
    let cell = format!("<div class=\"dn\">{day}</div>");
    let at = body
        .match_indices(&cell)
        .map(|(i, _)| i)
        .find(|i| {
            !body[..*i]
                .rsplit("<td")
                .next()
                .unwrap_or("")
                .contains("out")
        })
        .unwrap_or_else(|| panic!("no day {day}"));
    body[at..].split("</td>").next().unwrap().to_string()
}

on_both_backends! {
    the_home_page_lists_owners_with_counts_and_leaves_partner_stubs_out => |app: TestApp| {
        load(&app);
        let home = app.get("/");
        assert_eq!(home.status, 200);
        assert!(home.body.contains("/orgs/ozernaya-school\""), "{}", home.body);
        assert!(home.body.contains("13 "), "the school's event count");
        // Counts agree with their numbers (CLDR plural forms), and every page leads to the
        // upload and the login.
        let ru = app.get("/?lang=ru").body;
        assert!(ru.contains("1 план ·") && ru.contains("13 мероприятий"), "{ru}");
        assert!(!ru.contains("1 планов"), "{ru}");
        assert!(ru.contains("href=\"/import\">Загрузить план") && ru.contains("href=\"/login\">Войти"), "{ru}");
        let en = app.get("/?lang=en").body;
        assert!(en.contains("1 plan ·") && en.contains("13 events"), "{en}");
        // The kindergarten's plan names the school only; a stub partner would be listed if
        // partners were peers. Every listed organization owns a plan.
        let listed = home.body.matches("class=\"name\"").count();
        assert_eq!(listed, 3, "{}", home.body);
        let search = app.get("/?q=%D0%A6%D0%91%D0%A1");
        assert_eq!(search.body.matches("class=\"name\"").count(), 1, "search «ЦБС»");
    };

    a_private_organization_shows_nothing_without_a_token => |app: TestApp| {
        load(&app);
        let res = app.send("PATCH", "/api/v1/orgs/muk-ozerskaya-cbs", &json!({"public_feeds": false}));
        assert_eq!(res.status, 200, "{}", res.body);
        assert_eq!(app.get("/orgs/muk-ozerskaya-cbs").status, 404);
        let school = app.get("/orgs/ozernaya-school?view=agenda");
        assert!(!school.body.contains("Библионочь"), "a private partner's events stay hidden");
        assert!(!app.get("/").body.contains("muk-ozerskaya-cbs"));
        assert!(app.get_admin("/orgs/ozernaya-school?view=agenda").body.contains("Библионочь"));
    };

    names_appear_on_pages_only_where_the_owner_shows_them => |app: TestApp| {
        let plan = json!({"org": "names-school", "title": "План", "academic_year": "2025-2026",
            "events": [{"title": "Квиз", "timing": "12 ноября", "responsible": "Труханова С.С., организатор",
                        "roles": ["organizer"], "people": [{"name": "Труханова С.С."}]}]});
        common::create_org(&app, "names-school", "Школа имён", "ru");
        let res = app.send("POST", "/api/v1/plans", &plan);
        assert_eq!(res.status, 201, "{}", res.body);
        let id = res.json()["events"][0]["id"].as_i64().unwrap();
        for path in ["/orgs/names-school?view=agenda".to_string(), format!("/events/{id}"), format!("/events/{id}.ics")] {
            assert!(!app.get(&path).body.contains("Труханова"), "{path}");
            assert!(app.get_admin(&path).body.contains("Труханова"), "{path} for an admin");
        }
        let res = app.send("PATCH", "/api/v1/orgs/names-school", &json!({"public_names": true}));
        assert_eq!(res.status, 200);
        assert!(app.get(&format!("/events/{id}")).body.contains("Труханова"));
    };

    repeating_events_are_drawn_on_their_days_of_the_month_and_skip_the_holidays_their_feed_skips => |app: TestApp| {
        common::create_org(&app, "club-school", "Школа клубов", "ru");
        let plan = json!({"org": "club-school", "title": "План", "academic_year": "2025-2026",
            "events": [{"title": "Шахматный клуб", "timing": "каждую пятницу"},
                       {"title": "Совещание", "timing": "ежемесячно"}]});
        let res = app.send("POST", "/api/v1/plans", &plan);
        assert_eq!(res.status, 201, "{}", res.body);
        let october = app.get("/orgs/club-school?month=2025-10").body;
        for friday in [3, 10, 17, 24] {
            let cell = chips_on(&october, friday);
            assert!(cell.contains("Шахматный клуб") && cell.contains(" recurring"), "{friday}: {cell}");
            assert!(cell.contains("регулярно"), "said to screen readers: {cell}");
        }
        // 31 October is in the autumn holidays: no club, as the feed's EXDATE says.
        assert!(!chips_on(&october, 31).contains("Шахматный клуб"), "{october}");
        assert!(!chips_on(&october, 30).contains("Шахматный клуб"));
        let feed = app.get("/feeds/orgs/club-school.ics").body;
        assert!(feed.contains("20251031"), "{feed}");
        // "Ежемесячно" names no day: a reminder on the first of each month, hatched.
        let first = chips_on(&october, 1);
        assert!(first.contains("Совещание") && first.contains("fuzzy recurring"), "{first}");
        assert!(!chips_on(&october, 2).contains("Совещание"));
        // The series is listed once, not once per Friday.
        let listed = october.split("<table class=\"grid\"").nth(1).unwrap().split("</table>").nth(1).unwrap();
        assert_eq!(listed.matches("Шахматный клуб").count(), 1, "{listed}");
        // After teaching ends (31 May in Russian schools) the series stops.
        let june = app.get("/orgs/club-school?month=2026-06").body;
        assert!(!june.split("</table>").next().unwrap().contains("Шахматный клуб"));
    };

    a_calendar_files_weekly_event_is_drawn_on_each_of_its_days_but_its_exdates => |app: TestApp| {
        common::create_org(&app, "museum", "Краеведческий музей", "ru");
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n\
            BEGIN:VEVENT\r\nUID:club@google.com\r\nDTSTAMP:20250801T000000Z\r\n\
            DTSTART;TZID=Europe/Moscow:20251002T150000\r\nDTEND;TZID=Europe/Moscow:20251002T160000\r\n\
            RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20251224T120000Z\r\n\
            EXDATE;TZID=Europe/Moscow:20251016T150000\r\nSUMMARY:Кружок юного экскурсовода\r\n\
            END:VEVENT\r\nEND:VCALENDAR\r\n";
        let res = app.upload("museum.ics", ics.as_bytes(), &[("org", "museum")]);
        assert_eq!(res.status, 201, "{}", res.body);
        let october = app.get("/orgs/museum?month=2025-10").body;
        for thursday in [2, 9, 23, 30] {
            let cell = chips_on(&october, thursday);
            assert!(cell.contains("Кружок юного экскурсовода") && cell.contains(" recurring"), "{thursday}: {cell}");
        }
        // The publisher's EXDATE, and the days between, stay empty.
        for day in [16, 3, 15] {
            assert!(!chips_on(&october, day).contains("Кружок"), "{day}");
        }
        // UNTIL ends it before January.
        let january = app.get("/orgs/museum?month=2026-01").body;
        assert!(!january.split("</table>").next().unwrap().contains("Кружок"));
    };

    a_role_view_subscribes_to_the_role_feed_and_every_feed_parses => |app: TestApp| {
        load(&app);
        let page = app.get("/orgs/ozernaya-school?role=class-teacher&view=agenda");
        let url = input_value(&page.body, "feed-url-main");
        assert!(url.ends_with("/feeds/roles/class-teacher.ics?org=ozernaya-school"), "{url}");
        let feed = app.get(url.strip_prefix(&app.base).unwrap());
        assert_eq!(feed.status, 200);
        common::ics_check(&feed.body, feed.body.matches("BEGIN:VEVENT").count());
        assert!(page.body.contains("data:") || page.body.contains("<svg"), "a QR code");
        // Only roles that have events are offered.
        assert!(!page.body.contains("roles/methodologist.ics"));
    };

    one_event_downloads_as_a_calendar_file => |app: TestApp| {
        load(&app);
        let id = app.get("/api/v1/events?org=ozernaya-school&limit=1").json()["items"][0]["id"].as_i64().unwrap();
        let res = app.get(&format!("/events/{id}.ics"));
        assert_eq!(res.status, 200);
        assert_eq!(res.header("content-type"), Some("text/calendar; charset=utf-8"));
        assert!(res.header("content-disposition").unwrap_or("").contains("attachment"));
        common::ics_check(&res.body, 1);
        assert_eq!(app.get("/events/999999.ics").status, 404);
    };
}

#[test]
fn errors_are_pages_for_browsers_and_problems_for_the_api() {
    let app = common::spawn_app(common::Backend::Sqlite).unwrap();
    let page = app.get_with("/nowhere", &[HTML, ("Accept-Language", "vi-VN,vi;q=0.9")]);
    assert_eq!(page.status, 404);
    assert!(
        page.header("content-type")
            .unwrap_or("")
            .starts_with("text/html")
    );
    assert!(page.body.contains("Không có trang này"), "{}", page.body);
    assert!(page.header("content-security-policy").is_some());
    let bad = app.get_with("/orgs/x?month=%01", &[HTML, ("Cookie", "lang=en")]);
    assert_eq!(bad.status, 400);
    assert!(
        bad.body.contains("The request was not understood"),
        "{}",
        bad.body
    );
    let big = vec![b' '; 3 * 1024 * 1024];
    let auth = format!("Bearer {}", common::TOKEN);
    let res = ureq_post_html(&app, "/api/v1/plans", &auth, &big);
    assert_eq!(res.0, 413);
    assert!(res.1.contains("Файл слишком большой"), "{}", res.1);
    let api = app.get("/nowhere");
    assert_eq!(api.header("content-type"), Some("application/problem+json"));
    assert_eq!(api.json()["status"], 404);
}

fn ureq_post_html(app: &TestApp, path: &str, auth: &str, body: &[u8]) -> (u16, String) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let mut res = agent
        .post(app.url(path))
        .header("Authorization", auth)
        .header("Content-Type", "application/json")
        .header("Accept", "text/html")
        .send(body)
        .expect("request");
    let status = res.status().as_u16();
    (status, res.body_mut().read_to_string().unwrap_or_default())
}

#[test]
fn a_language_chosen_in_the_url_is_remembered_in_a_cookie() {
    let app = common::spawn_app(common::Backend::Sqlite).unwrap();
    let res = app.get("/?lang=vi");
    assert!(
        res.header("set-cookie")
            .unwrap_or("")
            .starts_with("lang=vi;"),
        "{:?}",
        res.headers
    );
    assert!(res.body.contains("<html lang=\"vi\">"));
    let next = app.get_with("/", &[("Cookie", "lang=vi"), ("Accept-Language", "en")]);
    assert!(
        next.body.contains("<html lang=\"vi\">"),
        "the cookie beats Accept-Language"
    );
    let header = app.get_with("/", &[("Accept-Language", "en-GB,en;q=0.9")]);
    assert!(header.body.contains("<html lang=\"en\">"));
}

/// A plan of a past year whose items only repeat or have no date (the Vietnamese seed of
/// 2024–2025) opens on a month of its own year, not on an empty month of today's.
#[test]
fn a_past_plan_of_repeating_items_opens_on_a_month_of_its_year() {
    let Some(app) = common::spawn_app(common::Backend::Sqlite) else {
        return;
    };
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let file = std::fs::read_dir(&seeds)
        .unwrap_or_else(|e| panic!("{}: {e}", seeds.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("003_"))
        })
        .expect("seed 003 in ../shared/seeds");
    let bytes = std::fs::read(&file).unwrap();
    let res = app.upload("003.txt", &bytes, &[("org", "truong-thinh")]);
    assert_eq!(res.status, 201, "{}", res.body);
    let page = app.get("/orgs/truong-thinh?lang=vi");
    assert_eq!(page.status, 200);
    let caption = page
        .body
        .split("<caption class=\"sr\">")
        .nth(1)
        .and_then(|c| c.split("</caption>").next())
        .unwrap_or_else(|| panic!("no month caption: {}", page.body));
    assert!(
        caption.ends_with("/2024") || caption.ends_with("/2025"),
        "{caption}"
    );
}
