//! The store reads what the database holds into its types where it reads it: a status, a
//! token kind or a time zone that is no such thing (a hand edit, a bad migration) is
//! `StoreError::Corrupt`, never silently read as a default.

use crate::common;

use plancal::plan::PlanDocument;
use plancal::store::{FeedScope, Store, StoreError};
use serde_json::{Value, json};
use sqlx::Connection;

use common::TestApp;

fn block_on<T>(work: impl Future<Output = T>) -> T {
    actix_web::rt::System::new().block_on(work)
}

/// Writes behind the store's back, as a hand edit would.
fn run_sql(db_url: &str, sql: &'static str) {
    block_on(async {
        if db_url.starts_with("sqlite:") {
            let mut c = sqlx::SqliteConnection::connect(db_url).await?;
            sqlx::query(sql).execute(&mut c).await?;
        } else {
            let mut c = sqlx::PgConnection::connect(db_url).await?;
            sqlx::query(sql).execute(&mut c).await?;
        }
        Ok::<_, sqlx::Error>(())
    })
    .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

fn school_plan(app: &TestApp) -> Value {
    common::create_org(app, "school", "МБОУ «СОШ № 1»", "ru");
    let plan = json!({"org": "school", "title": "План школы", "academic_year": "2025-2026",
        "events": [{"title": "Линейка", "timing": "1 сентября"}]});
    let res = app.send("POST", "/api/v1/plans", &plan);
    assert_eq!(res.status, 201, "{}", res.body);
    plan
}

fn assert_corrupt<T: std::fmt::Debug>(got: Result<T, StoreError>, naming: &str) {
    match got {
        Err(StoreError::Corrupt(message)) => {
            assert!(message.contains(naming), "{message:?} names {naming:?}");
        }
        other => panic!("expected stored data to be unreadable, got {other:?}"),
    }
}

on_both_backends! {
    a_stored_status_that_is_no_status_stops_a_reimport => |app: TestApp| {
        let plan = school_plan(&app);
        run_sql(&app.db_url, "UPDATE events SET status = 'postponed'");
        let doc: PlanDocument = serde_json::from_value(plan).unwrap();
        // A re-import keeps statuses set through the API: it reads the stored one.
        let got = block_on(async {
            let store = Store::connect(&app.db_url, 1).await?;
            let mut tx = store.begin().await?;
            tx.conn().save_import(&doc).await.map(|outcome| outcome.reimport)
        });
        assert_corrupt(got, "postponed");
    };
}

on_both_backends! {
    a_stored_pin_that_is_no_date_stops_a_reimport_instead_of_dropping_the_pin => |app: TestApp| {
        let plan = school_plan(&app);
        run_sql(&app.db_url, "UPDATE events SET pinned_json = '{\"date\": \"someday\"}'");
        let doc: PlanDocument = serde_json::from_value(plan).unwrap();
        let got = block_on(async {
            let store = Store::connect(&app.db_url, 1).await?;
            let mut tx = store.begin().await?;
            tx.conn().save_import(&doc).await.map(|outcome| outcome.reimport)
        });
        assert_corrupt(got, "pinned_json");
    };
}

on_both_backends! {
    a_stored_token_kind_that_is_no_kind_stops_the_token_list => |app: TestApp| {
        let res = app.send("POST", "/api/v1/tokens", &json!({"kind": "admin", "label": "ops"}));
        assert_eq!(res.status, 201, "{}", res.body);
        assert_eq!(res.json()["kind"], "admin");
        run_sql(&app.db_url, "UPDATE api_tokens SET kind = 'root'");
        let got = block_on(async {
            let store = Store::connect(&app.db_url, 1).await?;
            let mut r = store.reader().await?;
            r.conn().list_tokens(None).await
        });
        assert_corrupt(got, "root");
        // Over HTTP: a server error to look into, not a busy database to retry.
        let res = app.get_admin("/api/v1/tokens");
        assert_eq!(res.status, 500, "{}", res.body);
        assert_eq!(res.header("retry-after"), None);
        assert!(!res.body.contains("root"), "the stored value stays in the log: {}", res.body);
    };
}

on_both_backends! {
    a_stored_time_zone_that_is_no_zone_stops_the_feed_instead_of_drawing_it_in_utc => |app: TestApp| {
        school_plan(&app);
        let org = app.get("/api/v1/orgs/school").json();
        let id = org["id"].as_i64().unwrap_or_else(|| panic!("an id in {org}"));
        run_sql(&app.db_url, "UPDATE organizations SET timezone = 'Mars/Olympus'");
        let got = block_on(async {
            let store = Store::connect(&app.db_url, 1).await?;
            let mut r = store.reader().await?;
            r.conn().scope_events(&FeedScope::Org(id), 30).await
        });
        assert_corrupt(got, "Mars/Olympus");
    };
}
