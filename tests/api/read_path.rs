//! The read path (issue 22): the event list pages by offset or by keyset cursor (`after=`)
//! with the same events in the same order, and every statement the calendar reads select
//! events by is served by an index on both backends.

use crate::common;

use common::{TestApp, create_org};
use plancal::store::Store;
use serde_json::{Value, json};

fn block_on<T>(work: impl Future<Output = T>) -> T {
    actix_web::rt::System::new().block_on(work)
}

/// A school's plan of 23 events: dated ones in several months, two undated, and one
/// partner library named on every row.
fn seed(app: &TestApp) {
    create_org(app, "school", "МОУ «Озёрная СОШ»", "ru");
    create_org(app, "library", "МУК «Озёрная ЦБС»", "ru");
    let timings = [
        "12 октября",
        "сентябрь",
        "по согласованию",
        "3 декабря",
        "20-25 ноября",
    ];
    let events: Vec<Value> = (0..23)
        .map(|i| {
            json!({"number": (i + 1).to_string(), "title": format!("Мероприятие {i}"),
                   "timing": timings[i % timings.len()], "roles": [if i % 2 == 0 { "librarian" } else { "class-teacher" }],
                   "partners": ["МУК «Озёрная ЦБС»"]})
        })
        .collect();
    let res = app.send(
        "POST",
        "/api/v1/plans",
        &json!({"org": "school", "title": "План", "academic_year": "2025-2026",
                "partners": [{"name": "МУК «Озёрная ЦБС»", "slug": "library"}], "events": events}),
    );
    assert_eq!(res.status, 201, "{}", res.body);
}

fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap_or_else(|| panic!("items in {page}"))
        .iter()
        .map(|e| e["id"].as_i64().unwrap_or_default())
        .collect()
}

/// Every page of `query` by cursor, and the events in order.
fn by_cursor(app: &TestApp, query: &str) -> (Vec<i64>, usize) {
    let mut all = Vec::new();
    let mut pages = 0;
    let mut next: Option<String> = None;
    loop {
        let url = match &next {
            Some(c) => format!("/api/v1/events?limit=5&{query}&after={c}"),
            None => format!("/api/v1/events?limit=5&{query}"),
        };
        let page = app.get(&url);
        assert_eq!(page.status, 200, "{url}: {}", page.body);
        let page = page.json();
        all.extend(ids(&page));
        pages += 1;
        match page["next"].as_str() {
            Some(c) => next = Some(c.to_string()),
            None => return (all, pages),
        }
    }
}

on_both_backends! {
    a_cursor_pages_through_the_same_events_as_offsets => |app: TestApp| {
        seed(&app);
        for query in ["", "org=library", "role=librarian", "from=2025-10-01&to=2025-11-30"] {
            let whole = app.get(&format!("/api/v1/events?limit=100&{query}")).json();
            let total = usize::try_from(whole["total"].as_u64().unwrap_or_default()).unwrap_or(0);
            assert!(whole.get("next").is_none(), "the last page names no next: {whole}");
            let (paged, pages) = by_cursor(&app, query);
            assert_eq!(paged, ids(&whole), "{query}");
            assert_eq!(paged.len(), total, "{query}");
            assert_eq!(pages, total.div_ceil(5).max(1), "{query}: a page per five events");
            let offsets: Vec<i64> = (0..total.div_ceil(5))
                .flat_map(|p| ids(&app.get(&format!("/api/v1/events?limit=5&offset={}&{query}", p * 5)).json()))
                .collect();
            assert_eq!(offsets, paged, "{query}");
        }
        // 23 events in all: undated ones last, and a window leaves them out.
        assert_eq!(app.get("/api/v1/events").json()["total"], 23);
        assert_eq!(app.get("/api/v1/events?org=library").json()["total"], 23);
        assert_eq!(app.get("/api/v1/events?role=librarian").json()["total"], 12);
        let last = app.get("/api/v1/events?limit=1&offset=22").json();
        assert_eq!(last["items"][0]["timing"], "по согласованию", "{last}");
    };

    a_bad_cursor_is_a_problem_naming_after => |app: TestApp| {
        seed(&app);
        for url in ["/api/v1/events?after=soon", "/api/v1/events?after=2025-10-12.1&offset=5"] {
            let res = app.get(url);
            assert_eq!(res.status, 400, "{url}: {}", res.body);
            assert_eq!(res.header("content-type"), Some("application/problem+json"));
            assert_eq!(res.json()["pointer"], "after", "{}", res.body);
        }
    };

    a_cursor_goes_on_where_its_event_stood_after_it_is_deleted => |app: TestApp| {
        seed(&app);
        let first = app.get("/api/v1/events?limit=3").json();
        let cursor = first["next"].as_str().unwrap_or_else(|| panic!("a next in {first}")).to_string();
        let last_id = ids(&first)[2];
        assert_eq!(app.delete(&format!("/api/v1/events/{last_id}")).status, 204);
        let rest = app.get(&format!("/api/v1/events?limit=100&after={cursor}")).json();
        let whole = ids(&app.get("/api/v1/events?limit=100").json());
        assert_eq!(ids(&rest), whole[2..].to_vec());
    };

    every_calendar_read_is_served_by_an_index => |app: TestApp| {
        seed(&app);
        let plans = block_on(async {
            let store = Store::connect(&app.db_url, 1).await?;
            let mut tx = store.begin().await?;
            tx.conn().read_query_plans().await
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(plans.len() >= 8, "{plans:?}");
        for (name, lines) in plans {
            assert!(!lines.is_empty(), "{name}: no plan");
            // SQLite says SCAN for a whole table walked, PostgreSQL "Seq Scan" (sequential
            // scans are a last resort in this transaction, so one here means no index serves).
            let scans: Vec<&String> = lines
                .iter()
                .filter(|l| l.trim_start().starts_with("SCAN ") || l.contains("Seq Scan"))
                .collect();
            assert!(scans.is_empty(), "{name} scans a table: {lines:#?}");
        }
    };
}
