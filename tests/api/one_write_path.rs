//! One write path: the CLI, the API and the upload page import a plan through the same
//! command (`commands::import`), so the same file gives the same stored plan whichever
//! entry point took it. Each entry point imports into a fresh database, and the stored
//! plans are compared as the API shows them, less what is new per database (ids, UIDs,
//! times).

use crate::common::{self, Backend, TestApp};
use crate::web_admin::{Browser, PLAN, pending_id};

const ORG: &str = "ozernaya";

/// The stored plan as `GET /api/v1/plans/{id}` shows it, without ids, UIDs and times.
fn stored_plan(app: &TestApp) -> serde_json::Value {
    let plans = app.get_admin("/api/v1/plans").json();
    assert_eq!(plans["total"], 1, "{plans}");
    let id = plans["items"][0]["id"].as_i64().unwrap();
    let mut plan = app.get_admin(&format!("/api/v1/plans/{id}")).json();
    strip(&mut plan);
    plan
}

/// Removes what each database numbers or stamps on its own.
fn strip(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for key in ["id", "uid", "created_at", "updated_at"] {
                map.remove(key);
            }
            map.values_mut().for_each(strip);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}

fn through_the_api(app: &TestApp) {
    let res = app.upload("plan.txt", PLAN.as_bytes(), &[("org", ORG)]);
    assert_eq!(res.status, 201, "{}", res.body);
}

fn through_the_upload_page(app: &TestApp) {
    let mut b = Browser::new(app);
    let csrf = b.log_in();
    let res = b.upload(
        "/import?lang=en",
        &[("csrf", &csrf), ("new_org", ORG)],
        ("plan.txt", PLAN.as_bytes()),
    );
    assert_eq!(res.status, 303, "{}", res.body);
    let path = format!("/import/{}?lang=en", pending_id(&res.location.unwrap()));
    let res = b.post(&path, &[("csrf", csrf.as_str()), ("action", "confirm")]);
    assert_eq!(res.status, 200, "{}", res.body);
}

fn through_the_cli(app: &TestApp) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.txt");
    std::fs::write(&file, PLAN).unwrap();
    let out = common::plancal()
        .args(["--database-url", &app.db_url, "import"])
        .arg(&file)
        .args(["--org", ORG])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn every_entry_point_stores_the_same_plan(backend: Backend) {
    let mut plans = Vec::new();
    for import in [through_the_api, through_the_upload_page, through_the_cli] {
        let Some(app) = common::spawn_app(backend) else {
            return;
        };
        import(&app);
        plans.push(stored_plan(&app));
    }
    assert_eq!(plans[0]["events"].as_array().map(Vec::len), Some(3));
    assert_eq!(plans[0], plans[1], "the API and the upload page");
    assert_eq!(plans[0], plans[2], "the API and the CLI");
}

#[test]
fn every_entry_point_stores_the_same_plan_on_sqlite() {
    every_entry_point_stores_the_same_plan(Backend::Sqlite);
}

#[test]
fn every_entry_point_stores_the_same_plan_on_postgres() {
    every_entry_point_stores_the_same_plan(Backend::Postgres);
}
