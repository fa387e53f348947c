//! What Google's month grid shows of the seed plans (issue 21): each seed imported into an
//! organization of its own over HTTP, its feeds read back as a subscriber's calendar reads
//! them. An inexact item's title begins with its months, no one-day marker of an inexact
//! item falls on a Saturday or Sunday, the "апрель–июнь" competition has a marker in June
//! (where it ends) as well as in April, and a "1 раз в месяц" reminder falls on each month's
//! first working day. Every feed served passes `../shared/tools/ics-check`.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::common::{self, TestApp};

fn import(app: &TestApp, name: &str, bytes: &[u8], org: &str) {
    let res = app.upload(name, bytes, &[("org", org)]);
    assert!(res.status == 200 || res.status == 201, "{}", res.body);
}

/// One VEVENT as a month grid places it.
#[derive(Debug)]
struct Drawn {
    uid: String,
    summary: String,
    /// An all-day event's first day and its exclusive end.
    days: Option<(NaiveDate, NaiveDate)>,
    tentative: bool,
}

impl Drawn {
    /// A one-day all-day marker of an inexact item, or a digest of year-long or undated
    /// items (which goes where the school year starts).
    fn inexact_marker(&self) -> Option<NaiveDate> {
        let (first, end) = self.days?;
        let digest = [
            "В течение года:",
            "Без даты:",
            "Cả năm học:",
            "Chưa có thời gian:",
        ]
        .iter()
        .any(|d| self.summary.starts_with(d));
        ((self.tentative || digest) && (end - first).num_days() == 1).then_some(first)
    }
}

fn drawn(feed: &str) -> Vec<Drawn> {
    let text = feed.replace("\r\n ", "");
    let date = |v: &str| NaiveDate::parse_from_str(v, "%Y%m%d").ok();
    text.split("BEGIN:VEVENT\r\n")
        .skip(1)
        .map(|block| {
            let field = |name: &str| {
                block
                    .split("\r\n")
                    .find_map(|l| l.strip_prefix(name))
                    .unwrap_or_default()
                    .to_string()
            };
            let start = date(&field("DTSTART;VALUE=DATE:"));
            let end = date(&field("DTEND;VALUE=DATE:"));
            Drawn {
                uid: field("UID:"),
                summary: field("SUMMARY:").replace("\\,", ","),
                days: start.zip(end),
                tentative: field("STATUS:") == "TENTATIVE",
            }
        })
        .collect()
}

/// The feed at `path`, checked by the five clients; its VEVENTs.
fn served(app: &TestApp, path: &str) -> Vec<Drawn> {
    let res = app.get(path);
    assert_eq!(res.status, 200, "{path}: {}", res.body);
    let events = drawn(&res.body);
    common::ics_check(&res.body, events.len());
    events
}

const RU_MONTHS: [&str; 12] = [
    "Январь",
    "Февраль",
    "Март",
    "Апрель",
    "Май",
    "Июнь",
    "Июль",
    "Август",
    "Сентябрь",
    "Октябрь",
    "Ноябрь",
    "Декабрь",
];

fn no_marker_on_a_weekend(feed: &str, events: &[Drawn]) {
    for e in events {
        if let Some(day) = e.inexact_marker() {
            assert!(
                !matches!(day.weekday(), Weekday::Sat | Weekday::Sun),
                "{feed}: {:?} on {day} ({})",
                e.summary,
                day.weekday()
            );
        }
    }
}

on_both_backends! {
    the_april_to_june_competition_is_seen_in_june_and_no_marker_falls_on_a_weekend => |app: TestApp| {
        for (prefix, org) in [
            ("000", "rameshki-school"),
            ("001", "methodists"),
            ("003", "truong-thinh"),
            ("004", "rainbow-kindergarten"),
        ] {
            let (name, bytes) = common::seed(prefix);
            import(&app, &name, &bytes, org);
            let feed = format!("/feeds/orgs/{org}/merged.ics");
            no_marker_on_a_weekend(&feed, &served(&app, &feed));
        }
        let feed = "/feeds/roles/class-teacher.ics?org=rameshki-school";
        let events = served(&app, feed);
        no_marker_on_a_weekend(feed, &events);
        // Every inexact item of the school's months leads with them, as Google keeps it.
        let excursion = events
            .iter()
            .find(|e| e.summary.contains("Экскурсия в центральную"))
            .unwrap_or_else(|| panic!("{events:#?}"));
        assert!(excursion.summary.starts_with("Сентябрь · "), "{excursion:?}");
        for e in events.iter().filter(|e| e.inexact_marker().is_some()) {
            assert!(
                RU_MONTHS.iter().any(|m| e.summary.starts_with(m))
                    || e.summary.starts_with("В течение года")
                    || e.summary.starts_with("Без даты"),
                "{e:?}"
            );
        }
        // The competition: a marker where it starts and one where it ends, in June.
        let contest: Vec<&Drawn> = events.iter().filter(|e| e.summary.contains("конкурсе имени")).collect();
        let june = contest
            .iter()
            .find(|e| e.days.is_some_and(|(d, _)| (d.year(), d.month()) == (2026, 6)))
            .unwrap_or_else(|| panic!("not seen in June: {contest:#?}"));
        assert!(june.summary.starts_with("Апрель–июнь, окончание · "), "{june:?}");
        let april = contest
            .iter()
            .find(|e| e.days.is_some_and(|(d, _)| (d.year(), d.month()) == (2026, 4)))
            .unwrap_or_else(|| panic!("{contest:#?}"));
        assert!(april.summary.starts_with("Апрель–июнь, начало · "), "{april:?}");
        assert_eq!(june.uid, format!("{}-end", april.uid), "the end marker's UID is the event's");
    };

    a_monthly_reminder_falls_on_each_months_first_working_day => |app: TestApp| {
        common::create_org(&app, "monthly-library", "Библиотека", "ru");
        let monthly = |title: &str, words: &str| serde_json::json!({
            "title": title, "timing": words, "roles": ["librarian"],
            "when": {"input": words, "kind": "recurring", "start": "2025-09-01",
                     "end": "2026-08-31", "precision": "month", "flags": [], "warnings": [],
                     "recurrence": {"freq": "monthly", "interval": 1, "count": null, "byday": null}}
        });
        let plan = serde_json::json!({
            "org": "monthly-library",
            "title": "План работы библиотеки",
            "academic_year": "2025-2026",
            "events": [
                monthly("Заседание читательского клуба", "1 раз в месяц"),
                monthly("Обзор новых книг", "ежемесячно")
            ]
        });
        let res = app.send("POST", "/api/v1/plans", &plan);
        assert_eq!(res.status, 201, "{}", res.body);
        let events = served(&app, "/feeds/orgs/monthly-library.ics");
        for title in ["Заседание читательского клуба", "Обзор новых книг"] {
            let days: Vec<NaiveDate> = events
                .iter()
                .filter(|e| e.summary.contains(title))
                .filter_map(|e| e.days.map(|(d, _)| d))
                .collect();
            // September to May, one a month, never 1 January, a weekend or a holiday:
            // 5 November after the autumn holidays, 12 January after the winter ones.
            let expected = [
                "2025-09-01", "2025-10-01", "2025-11-05", "2025-12-01", "2026-01-12",
                "2026-02-02", "2026-03-02", "2026-04-01", "2026-05-04",
            ]
            .map(|d| d.parse::<NaiveDate>().unwrap());
            assert_eq!(days, expected, "{title}: {events:#?}");
        }
        let uids: std::collections::BTreeSet<&str> = events.iter().map(|e| e.uid.as_str()).collect();
        assert_eq!(uids.len(), events.len(), "each reminder its own UID");
        // Vietnamese: Sunday 1 September, 2 September (Quốc khánh), 1 January and Tết are
        // days off.
        common::create_org(&app, "truong-thinh", "Trường THCS Trường Thịnh", "vi");
        let plan = serde_json::json!({
            "org": "truong-thinh",
            "title": "Kế hoạch phối hợp hoạt động giữa thư viện và các tổ chức",
            "academic_year": "2024-2025",
            "events": [{
                "title": "Giới thiệu sách", "timing": "1 lần/ tháng", "roles": ["librarian"],
                "when": {"input": "1 lần/ tháng", "kind": "recurring", "start": "2024-09-01",
                         "end": "2025-05-31", "precision": "month", "flags": [], "warnings": [],
                         "recurrence": {"freq": "monthly", "interval": 1, "count": null, "byday": null}}
            }]
        });
        let res = app.send("POST", "/api/v1/plans", &plan);
        assert_eq!(res.status, 201, "{}", res.body);
        let events = served(&app, "/feeds/orgs/truong-thinh.ics?lang=vi");
        let days: Vec<String> = events.iter().filter_map(|e| e.days.map(|(d, _)| d.to_string())).collect();
        assert_eq!(
            days,
            [
                "2024-09-03", "2024-10-01", "2024-11-01", "2024-12-02", "2025-01-02",
                "2025-02-05", "2025-03-03", "2025-04-01", "2025-05-02",
            ],
            "{events:#?}"
        );
    };
}
