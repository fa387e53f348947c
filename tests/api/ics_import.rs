//! iCalendar files as plans: files in the shapes Google Calendar, Outlook/Exchange, Nextcloud
//! and Radicale export become the right events; a re-import updates rather than duplicates;
//! a damaged file is refused with the line it breaks on.

use crate::common;

use chrono::{NaiveDate, NaiveDateTime};
use common::{TestApp, create_org, ics_check};
use plancal::import::{self, ImportOptions};
use plancal::plan::{CalendarTime, EventDoc, EventStatus, PlanDocument, Slug};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/ics")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(name: &str) -> PlanDocument {
    let options = ImportOptions {
        today: NaiveDate::from_ymd_opt(2025, 9, 1),
        ..ImportOptions::new(Slug::parse("school").unwrap())
    };
    import::parse(&fixture(name), name, &options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn find<'a>(doc: &'a PlanDocument, title: &str) -> (&'a EventDoc, &'a CalendarTime) {
    let e = doc
        .events
        .iter()
        .find(|e| e.title == title)
        .unwrap_or_else(|| panic!("no event {title:?} in {:#?}", doc.events));
    (e, e.calendar.as_ref().expect("a calendar time"))
}

#[test]
fn a_google_calendar_export_gives_its_series_moved_instance_all_day_utc_and_cancelled_events() {
    let doc = read("google.ics");
    assert_eq!(doc.title, "Детская библиотека им. Гайдара — мероприятия");
    assert_eq!(doc.academic_year.to_string(), "2025-2026");
    assert_eq!(doc.events.len(), 5, "{:#?}", doc.events);
    let (e, c) = find(&doc, "Клуб «Читайка»: громкие чтения");
    assert_eq!(e.location, "Детская библиотека им. Гайдара, ул. Ленина, 12");
    assert!(
        e.notes
            .starts_with("Громкие чтения для 1–4 классов.\nЗапись")
    );
    assert_eq!(c.zone.as_deref(), Some("Europe/Moscow"));
    assert_eq!(
        (c.start, c.end),
        (at("2025-10-15 15:00"), at("2025-10-15 16:30"))
    );
    assert_eq!(c.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=WE;WKST=MO"));
    assert_eq!(
        c.until,
        Some(NaiveDateTime::parse_from_str("2025-12-24 14:59:59", "%Y-%m-%d %H:%M:%S").unwrap())
    );
    // Its own EXDATE and the instance moved to Friday.
    assert_eq!(
        c.exdates,
        vec![at("2025-11-05 15:00"), at("2025-11-19 15:00")]
    );
    let (_, moved) = find(&doc, "Клуб «Читайка»: громкие чтения (перенос)");
    assert_eq!(moved.start, at("2025-11-21 16:00"));
    assert_eq!(
        moved.uid,
        "7kukuqrfedlm2f9t0vo1ge8hvn@google.com;RECURRENCE-ID=20251119T150000"
    );
    let (_, week) = find(&doc, "Неделя детской книги");
    assert!(week.all_day);
    assert_eq!(
        (week.start, week.end),
        (at("2025-10-27 00:00"), at("2025-11-01 00:00"))
    );
    let (_, utc) = find(&doc, "Встреча с детским писателем");
    assert_eq!(utc.zone.as_deref(), Some("UTC"));
    assert_eq!(utc.start, at("2025-12-03 07:00"));
    let (cancelled, _) = find(&doc, "Библиотечный урок «Как устроена книга»");
    assert_eq!(cancelled.status, EventStatus::Cancelled);
}

#[test]
fn an_outlook_export_with_windows_zones_and_a_cancelled_instance_is_read() {
    let doc = read("outlook.ics");
    assert_eq!(doc.events.len(), 3, "{:#?}", doc.events);
    let (e, c) = find(&doc, "Экскурсия «Наш край в годы войны»");
    assert!(
        e.notes
            .contains("Сбор у главного входа за 10 минут до начала."),
        "folded: {}",
        e.notes
    );
    assert_eq!(c.zone.as_deref(), Some("Europe/Moscow"));
    assert_eq!(
        c.rrule.as_deref(),
        Some("FREQ=MONTHLY;COUNT=6;BYDAY=TU;BYSETPOS=2")
    );
    assert_eq!(
        c.exdates,
        vec![at("2025-11-11 11:00"), at("2025-12-09 11:00")],
        "its EXDATE and the cancelled instance"
    );
    let (_, vn) = find(&doc, "Ngày hội giao lưu văn hóa Việt – Nga");
    assert_eq!(vn.zone.as_deref(), Some("Asia/Bangkok"));
    assert_eq!(vn.start, at("2025-11-20 08:00"));
    let (_, day) = find(&doc, "День открытых дверей музея");
    assert!(day.all_day);
}

#[test]
fn a_nextcloud_export_keeps_rdate_exdate_and_floating_times() {
    let doc = read("nextcloud.ics");
    assert_eq!(doc.title, "Thư viện tỉnh – lịch hoạt động");
    let (_, club) = find(&doc, "Câu lạc bộ đọc sách thiếu nhi");
    assert_eq!(club.rrule.as_deref(), Some("FREQ=MONTHLY;BYDAY=1SA"));
    assert_eq!(club.exdates, vec![at("2026-02-07 08:00")]);
    assert_eq!(club.rdates, vec![at("2026-02-14 08:00")]);
    assert_eq!(club.zone.as_deref(), Some("Asia/Ho_Chi_Minh"));
    let (_, floating) = find(&doc, "Tập huấn thủ thư trường học");
    assert_eq!(floating.zone, None);
    assert_eq!(floating.end, at("2025-10-15 10:30"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn a_radicale_export_with_vendor_zone_paths_tab_folding_and_a_custom_zone_is_read() {
    let doc = read("radicale.ics");
    let concert = doc
        .events
        .iter()
        .find(|e| e.title.starts_with("Концерт ко Дню пожилого человека"))
        .expect("the folded title");
    assert!(
        concert
            .title
            .ends_with("ансамбля народных инструментов «Балалайка»")
    );
    assert!(
        concert
            .notes
            .contains("хор 5–7 классов; ансамбль; чаепитие")
    );
    let c = concert.calendar.as_ref().unwrap();
    assert_eq!(c.zone.as_deref(), Some("Europe/Moscow"));
    assert_eq!(c.start, at("2025-10-01 18:00"));
    let (_, custom) = find(&doc, "Мастер-класс по народной игрушке");
    // A zone only described by its offset (+05:00): kept as UTC, with a warning.
    assert_eq!(custom.zone.as_deref(), Some("UTC"));
    assert_eq!(custom.start, at("2025-11-05 12:00"));
    assert_eq!(
        custom.rrule.as_deref(),
        Some("FREQ=WEEKLY;INTERVAL=2;COUNT=4")
    );
    assert!(!doc.warnings.is_empty());
}

fn events(app: &TestApp) -> Vec<serde_json::Value> {
    app.get("/api/v1/events?org=gaidar-library&limit=1000")
        .json()["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn uid_of(events: &[serde_json::Value], title: &str) -> String {
    events
        .iter()
        .find(|e| e["title"] == title)
        .and_then(|e| e["uid"].as_str())
        .unwrap_or_else(|| panic!("no {title:?}"))
        .to_string()
}

on_both_backends! {
    an_ics_import_stores_exact_events_and_a_reimport_updates_them_by_uid => |app: TestApp| {
        create_org(&app, "gaidar-library", "Детская библиотека им. Гайдара", "ru");
        let google = fixture("google.ics");
        let res = app.upload("google.ics", &google, &[("org", "gaidar-library")]);
        assert_eq!(res.status, 201, "{}", res.body);
        assert_eq!(res.json()["outcome"]["created"], 5, "{}", res.body);
        let before = events(&app);
        let club = uid_of(&before, "Клуб «Читайка»: громкие чтения");
        let writer = uid_of(&before, "Встреча с детским писателем");

        let feed = app.get("/feeds/orgs/gaidar-library.ics");
        assert_eq!(feed.status, 200);
        assert!(feed.body.contains("RRULE:FREQ=WEEKLY;BYDAY=WE;WKST=MO;UNTIL=20251224T115959Z"), "{}", feed.body);
        assert!(feed.body.contains("EXDATE;TZID=Europe/Moscow:20251105T150000,20251119T150000"), "{}", feed.body);
        assert!(feed.body.contains("DTSTART;TZID=UTC:20251203T070000"), "{}", feed.body);
        assert!(feed.body.contains("DTSTART;VALUE=DATE:20251027\r\nDTEND;VALUE=DATE:20251101"), "{}", feed.body);
        ics_check(&feed.body, 5);

        // The same file again: nothing changes.
        let res = app.upload("google.ics", &google, &[("org", "gaidar-library")]);
        assert_eq!(res.status, 201, "{}", res.body);
        assert_eq!(res.json()["outcome"]["unchanged"], 5, "{}", res.body);
        assert_eq!(res.json()["outcome"]["reimport"], true);

        // The publisher renames and moves the writer's visit, drops the week, adds an event.
        let text = String::from_utf8(google).unwrap()
            .replace("SUMMARY:Встреча с детским писателем", "SUMMARY:Писатель в гостях у пятиклассников")
            .replace("DTSTART:20251203T070000Z\r\nDTEND:20251203T083000Z", "DTSTART:20251204T070000Z\r\nDTEND:20251204T083000Z")
            .replace("UID:1b2cq8d3ahsn5v0jq4f7k9e2lm@google.com", "UID:new-event@google.com")
            .replace("SUMMARY:Неделя детской книги", "SUMMARY:Неделя детской книги (новая)");
        let res = app.upload("google.ics", text.as_bytes(), &[("org", "gaidar-library")]);
        assert_eq!(res.status, 201, "{}", res.body);
        let outcome = &res.json()["outcome"];
        assert_eq!(
            (outcome["created"].as_i64(), outcome["updated"].as_i64(), outcome["cancelled"].as_i64(), outcome["unchanged"].as_i64()),
            (Some(1), Some(1), Some(1), Some(3)),
            "{outcome}"
        );
        let after = events(&app);
        assert_eq!(uid_of(&after, "Клуб «Читайка»: громкие чтения"), club);
        assert_eq!(uid_of(&after, "Писатель в гостях у пятиклассников"), writer, "renamed, same event");
        let feed = app.get("/feeds/orgs/gaidar-library.ics");
        assert!(feed.body.contains("DTSTART;TZID=UTC:20251204T070000"), "{}", feed.body);
        ics_check(&feed.body, 6);
    };

    a_damaged_calendar_is_refused_naming_its_line => |app: TestApp| {
        let res = app.upload(
            "broken.ics",
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20251010\r\nno colon here\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            &[("org", "x-school")],
        );
        assert_eq!(res.status, 422, "{}", res.body);
        assert!(res.header("content-type").unwrap_or("").starts_with("application/problem+json"));
        let detail = res.json()["detail"].as_str().unwrap_or("").to_string();
        assert!(detail.contains("line 6"), "{detail}");
        assert_eq!(app.get("/api/v1/orgs/x-school").status, 404, "nothing stored");
    };
}
