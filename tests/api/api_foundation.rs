//! The service foundation over HTTP: plans round-trip, survive restarts, writes need a
//! token, bad input gets problem+json and changes nothing. Runs on SQLite and PostgreSQL.

use crate::common;

use common::{TestApp, create_org, start_server};
use serde_json::{Value, json};

fn ten_event_plan() -> Value {
    let events: Vec<Value> = (1..=10)
        .map(|i| {
            json!({
                "number": i.to_string(),
                "section": if i <= 5 { "1.1" } else { "2" },
                "title": format!("Мероприятие {i}: «Литературная гостиная»"),
                "timing": "октябрь",
                "location": "Школьная библиотека",
                "responsible": "работники библиотеки, классные руководители",
                "roles": ["librarian", "class-teacher"],
                "people": [{"name": "Труханова С.С.", "org": "МАОУ «Пономаревская СОШ»"}],
                "partners": ["МУК «Рамешковская ЦБС»"],
                "result": "Участие",
                "notes": "",
                "status": "planned"
            })
        })
        .collect();
    json!({
        "org": "ramenki-school",
        "title": "План совместной работы МОУ «Рамешковская СОШ» и МУК «Рамешковская ЦБС»",
        "academic_year": "2025-2026",
        "partners": [{"name": "МУК «Рамешковская ЦБС»", "slug": "ramenki-cbs"}],
        "description": "Цель: создать условия.",
        "sections": [
            {"key": "1", "title": "Методическая деятельность", "sections": [{"key": "1.1", "title": "ФГОС", "sections": []}]},
            {"key": "2", "title": "Мониторинг", "sections": []}
        ],
        "events": events
    })
}

/// Drops what the server adds (ids, UIDs, SEQUENCE, timestamps, derived `when`), so what
/// was sent can be compared with what comes back.
fn strip_server_fields(mut v: Value) -> Value {
    if let Some(obj) = v.as_object_mut() {
        for k in ["id", "created_at", "updated_at"] {
            obj.remove(k);
        }
        if let Some(events) = obj.get_mut("events").and_then(Value::as_array_mut) {
            for e in events {
                if let Some(e) = e.as_object_mut() {
                    for k in ["id", "uid", "sequence", "when", "created_at", "updated_at"] {
                        e.remove(k);
                    }
                    if let Some(people) = e.get_mut("people").and_then(Value::as_array_mut) {
                        for p in people {
                            p.as_object_mut().map(|p| p.remove("id"));
                        }
                    }
                }
            }
        }
    }
    v
}

fn post_plan(app: &TestApp) -> Value {
    create_org(app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
    let res = app.send("POST", "/api/v1/plans", &ten_event_plan());
    assert_eq!(res.status, 201, "{}", res.body);
    res.json()
}

fn counts(app: &TestApp) -> (i64, i64, i64) {
    let orgs = app.get("/api/v1/orgs").json()["total"].as_i64().unwrap();
    let plans = app.get("/api/v1/plans").json()["total"].as_i64().unwrap();
    let events = app.get("/api/v1/events").json()["total"].as_i64().unwrap();
    (orgs, plans, events)
}

fn assert_problem(res: &common::Res, status: u16, detail_contains: &str) {
    assert_eq!(res.status, status, "{}", res.body);
    assert_eq!(
        res.header("content-type"),
        Some("application/problem+json"),
        "{}",
        res.body
    );
    let p = res.json();
    assert_eq!(p["status"], status);
    let detail = p["detail"].as_str().unwrap_or("");
    assert!(
        detail.contains(detail_contains),
        "detail {detail:?} should mention {detail_contains:?}"
    );
}

on_both_backends! {
    a_plan_with_sections_and_ten_events_comes_back_identical => |app: TestApp| {
        let created = post_plan(&app);
        let id = created["id"].as_i64().unwrap();
        let fetched = app.get_admin(&format!("/api/v1/plans/{id}"));
        assert_eq!(fetched.status, 200);
        let fetched = fetched.json();
        assert_eq!(fetched["events"].as_array().unwrap().len(), 10);
        assert_eq!(strip_server_fields(fetched.clone()), strip_server_fields(ten_event_plan()));
        // Every event has a permanent UID and starts at SEQUENCE 0, and the server filled
        // the normalised timing.
        for e in fetched["events"].as_array().unwrap() {
            assert!(e["uid"].as_str().unwrap().ends_with("@plancal"));
            assert_eq!(e["sequence"], 0);
            assert_eq!(e["when"]["input"], "октябрь");
        }
    };

    writes_need_a_valid_token_and_the_answer_never_says_why => |app: TestApp| {
        let body = json!({"slug": "x", "name": "X"}).to_string().into_bytes();
        let none = app.send_raw("POST", "/api/v1/orgs", None, "application/json", body.clone());
        let wrong = app.send_raw("POST", "/api/v1/orgs", Some("wrong"), "application/json", body.clone());
        assert_problem(&none, 401, "admin token");
        assert_eq!(none.body, wrong.body, "a missing and a wrong token get the same answer");
        assert_eq!(counts(&app).0, 0, "nothing was written");
        // Reads of public data are open.
        assert_eq!(app.get("/api/v1/orgs").status, 200);
    };

    bad_json_names_the_field_and_changes_nothing => |app: TestApp| {
        post_plan(&app);
        let before = counts(&app);
        let mut plan = ten_event_plan();
        plan["events"][3]["title"] = json!(42);
        let res = app.send("POST", "/api/v1/plans", &plan);
        assert_problem(&res, 400, "events[3].title");
        assert_eq!(res.json()["pointer"], "/events/3/title");
        let res = app.send_raw("POST", "/api/v1/plans", Some(common::TOKEN), "application/json", b"{\"org\": ".to_vec());
        assert_problem(&res, 400, "not valid JSON");
        assert_eq!(counts(&app), before);
    };

    a_three_mebibyte_body_is_refused_with_413 => |app: TestApp| {
        create_org(&app, "ramenki-school", "Школа", "ru");
        let before = counts(&app);
        let mut plan = ten_event_plan();
        plan["description"] = json!("я".repeat(3 * 1024 * 1024 / 2 + 10));
        let res = app.send("POST", "/api/v1/plans", &plan);
        assert_problem(&res, 413, "limit of 2097152 bytes");
        assert_eq!(counts(&app), before);
    };

    wrong_content_type_is_415 => |app: TestApp| {
        let res = app.send_raw("POST", "/api/v1/orgs", Some(common::TOKEN), "text/plain", b"slug=x".to_vec());
        assert_problem(&res, 415, "application/json");
    };

    unknown_ids_are_404 => |app: TestApp| {
        assert_problem(&app.get("/api/v1/plans/999"), 404, "plan 999");
        assert_problem(&app.get("/api/v1/events/999"), 404, "event 999");
        assert_problem(&app.get("/api/v1/orgs/nobody"), 404, "nobody");
        assert_problem(&app.get("/api/v1/people/5"), 404, "person 5");
        assert_problem(&app.get("/api/v1/plans/not-a-number"), 404, "");
        assert_problem(&app.send("PATCH", "/api/v1/events/999", &json!({"title": "x"})), 404, "event 999");
    };

    a_duplicate_slug_is_409_and_changes_nothing => |app: TestApp| {
        create_org(&app, "ramenki-school", "Школа", "ru");
        let res = app.send("POST", "/api/v1/orgs", &json!({"slug": "ramenki-school", "name": "Другая"}));
        assert_problem(&res, 409, "already exists");
        assert_eq!(app.get("/api/v1/orgs/ramenki-school").json()["name"], "Школа");
        let res = app.send("POST", "/api/v1/roles", &json!({"slug": "librarian", "labels": {"ru": "x"}}));
        assert_problem(&res, 409, "already exists");
    };

    a_plan_for_an_unknown_organization_is_422_at_org => |app: TestApp| {
        let res = app.send("POST", "/api/v1/plans", &ten_event_plan());
        assert_problem(&res, 422, "does not exist");
        assert_eq!(res.json()["pointer"], "/org");
        assert_eq!(counts(&app), (0, 0, 0));
    };

    a_plan_whose_org_is_no_slug_is_400_at_org => |app: TestApp| {
        create_org(&app, "ramenki-school", "Школа", "ru");
        let mut plan = ten_event_plan();
        plan["org"] = json!("Ramenki School");
        let res = app.send("POST", "/api/v1/plans", &plan);
        assert_problem(&res, 400, "lowercase latin letters");
        assert_eq!(res.json()["pointer"], "/org");
        assert_eq!(counts(&app), (1, 0, 0));
    };

    a_patch_with_null_removes_an_organizations_short_name_or_colour => |app: TestApp| {
        create_org(&app, "lib", "Библиотека", "ru");
        let res = app.send("PATCH", "/api/v1/orgs/lib", &json!({"short_name": "ЦБС", "color": "teal"}));
        assert_eq!(res.status, 200, "{}", res.body);
        let res = app.send("PATCH", "/api/v1/orgs/lib", &json!({"color": null}));
        assert_eq!(res.status, 200, "{}", res.body);
        let org = app.get("/api/v1/orgs/lib").json();
        assert_eq!((&org["short_name"], &org["color"]), (&json!("ЦБС"), &json!(null)), "{org}");
        let res = app.send("PATCH", "/api/v1/orgs/lib", &json!({"short_name": null}));
        assert_eq!(res.status, 200, "{}", res.body);
        let org = app.get("/api/v1/orgs/lib").json();
        assert_eq!((&org["short_name"], &org["name"]), (&json!(null), &json!("Библиотека")), "{org}");
    };

    organizations_support_put_patch_delete => |app: TestApp| {
        create_org(&app, "lib", "Библиотека", "ru");
        let res = app.send("PATCH", "/api/v1/orgs/lib", &json!({"public_names": true, "kind": "library"}));
        assert_eq!(res.status, 200, "{}", res.body);
        assert_eq!(res.json()["public_names"], true);
        assert_eq!(res.json()["kind"], "library");
        let res = app.send("PUT", "/api/v1/orgs/lib", &json!({"slug": "city-lib", "name": "Городская библиотека", "locale": "vi"}));
        assert_eq!(res.status, 200, "{}", res.body);
        assert_eq!(res.json()["timezone"], "Europe/Moscow", "PUT keeps what it does not set");
        assert_eq!(app.get("/api/v1/orgs/city-lib").json()["name"], "Городская библиотека");
        assert_eq!(app.get("/api/v1/orgs/lib").status, 404);
        let res = app.send("PATCH", "/api/v1/orgs/city-lib", &json!({"colour": "red"}));
        assert_problem(&res, 400, "unknown field `colour`");
        assert_eq!(app.delete("/api/v1/orgs/city-lib").status, 204);
        assert_eq!(app.get("/api/v1/orgs/city-lib").status, 404);
    };

    events_filter_by_plan_role_person_and_dates_with_pagination => |app: TestApp| {
        let plan = post_plan(&app);
        let plan_id = plan["id"].as_i64().unwrap();
        let person = plan["events"][0]["people"][0]["id"].as_i64().unwrap();
        let page = app.get(&format!("/api/v1/events?plan={plan_id}&limit=4&offset=8")).json();
        assert_eq!(page["total"], 10);
        assert_eq!(page["items"].as_array().unwrap().len(), 2);
        assert_eq!(app.get("/api/v1/events?role=class-teacher").json()["total"], 10);
        assert_eq!(app.get("/api/v1/events?role=director").json()["total"], 0);
        assert_eq!(app.get_admin(&format!("/api/v1/events?person={person}")).json()["total"], 10);
        assert_eq!(app.get(&format!("/api/v1/events?person={person}")).json()["total"], 0, "names are not public by default");
        assert_eq!(app.get("/api/v1/events?org=ramenki-cbs").json()["total"], 10, "partner org sees the events");
        assert_eq!(app.get("/api/v1/events?limit=0").status, 400);
        assert_eq!(app.get("/api/v1/events?from=not-a-date").status, 400);
    };

    pinning_a_fuzzy_event_bumps_sequence_and_keeps_uid => |app: TestApp| {
        let plan = post_plan(&app);
        let event = &plan["events"][0];
        let id = event["id"].as_i64().unwrap();
        let res = app.send("PATCH", &format!("/api/v1/events/{id}"), &json!({"pinned": {"date": "2025-10-14", "time": "10:00", "duration_minutes": 90}}));
        assert_eq!(res.status, 200, "{}", res.body);
        let e = res.json();
        assert_eq!(e["uid"], event["uid"]);
        assert_eq!(e["sequence"], 1);
        assert_eq!(e["pinned"]["date"], "2025-10-14");
        let res = app.send("PATCH", &format!("/api/v1/events/{id}"), &json!({"pinned": {"date": "2025-10-14", "end_date": "2025-10-01"}}));
        assert_problem(&res, 422, "before date");
        assert_eq!(app.get(&format!("/api/v1/events/{id}")).json()["sequence"], 1, "a refused patch changes nothing");
        assert_eq!(app.get("/api/v1/events?from=2025-10-14&to=2025-10-14").json()["total"], 10);
    };

    deleting_an_event_hides_it_from_the_api => |app: TestApp| {
        let plan = post_plan(&app);
        let id = plan["events"][0]["id"].as_i64().unwrap();
        assert_eq!(app.delete(&format!("/api/v1/events/{id}")).status, 204);
        assert_eq!(app.get(&format!("/api/v1/events/{id}")).status, 404);
        assert_eq!(app.delete(&format!("/api/v1/events/{id}")).status, 404);
        assert_eq!(counts(&app).2, 9);
    };

    putting_a_plan_keeps_uids_of_rows_still_there => |app: TestApp| {
        let plan = post_plan(&app);
        let id = plan["id"].as_i64().unwrap();
        let mut doc = ten_event_plan();
        doc["events"][0]["title"] = json!("Изменённое название");
        doc["events"].as_array_mut().unwrap().remove(9);
        let res = app.send("PUT", &format!("/api/v1/plans/{id}"), &doc);
        assert_eq!(res.status, 200, "{}", res.body);
        let events = app.get(&format!("/api/v1/events?plan={id}&limit=100")).json();
        let items = events["items"].as_array().unwrap();
        let first = items.iter().find(|e| e["number"] == "1").unwrap();
        assert_eq!(first["uid"], plan["events"][0]["uid"]);
        assert_eq!(first["sequence"], 1);
        let second = items.iter().find(|e| e["number"] == "2").unwrap();
        assert_eq!(second["sequence"], 0, "an unchanged row keeps its SEQUENCE");
        let last = items.iter().find(|e| e["number"] == "10").unwrap();
        assert_eq!(last["status"], "cancelled", "a row gone from the document is cancelled");
        let res = app.send("PATCH", &format!("/api/v1/plans/{id}"), &json!({"title": "Новое имя"}));
        assert_eq!(res.status, 200, "{}", res.body);
        assert_eq!(res.json()["title"], "Новое имя");
        assert_eq!(res.json()["events"].as_array().unwrap().len(), 10);
    };

    roles_and_people_have_crud => |app: TestApp| {
        let roles = app.get("/api/v1/roles").json();
        let class_teacher = roles["items"].as_array().unwrap().iter().find(|r| r["slug"] == "class-teacher").unwrap().clone();
        assert_eq!(class_teacher["labels"]["ru"], "классные руководители");
        let res = app.send("POST", "/api/v1/roles", &json!({"slug": "fire-brigade", "labels": {"ru": "пожарные"}}));
        assert_eq!(res.status, 201, "{}", res.body);
        assert_eq!(res.json()["labels"]["en"], "пожарные");
        let res = app.send("PATCH", "/api/v1/roles/fire-brigade", &json!({"labels": {"ru": "пожарная часть", "en": "fire brigade"}}));
        assert_eq!(res.json()["labels"]["en"], "fire brigade");
        assert_eq!(app.delete("/api/v1/roles/fire-brigade").status, 204);
        assert_eq!(app.get("/api/v1/roles/fire-brigade").status, 404);
        // A person's organization must exist: an unknown one is a 422, not a new organization.
        let res = app.send("POST", "/api/v1/people", &json!({"name": "Иванова А.А.", "org": "МБОУ «СОШ № 18»"}));
        assert_eq!((res.status, res.json()["pointer"].as_str()), (422, Some("/org")), "{}", res.body);
        assert_eq!(app.get_admin("/api/v1/orgs?limit=10").json()["total"], 0, "no organization was made");
        create_org(&app, "school-18", "МБОУ СОШ № 18", "ru");
        let res = app.send("POST", "/api/v1/people", &json!({"name": "Иванова А.А.", "org": "МБОУ «СОШ № 18»"}));
        assert_eq!(res.status, 201, "{}", res.body);
        let pid = res.json()["id"].as_i64().unwrap();
        assert_eq!(app.send("POST", "/api/v1/people", &json!({"name": "Иванова А.А.", "org": "МБОУ «СОШ № 18»"})).status, 409);
        let res = app.send("PATCH", &format!("/api/v1/people/{pid}"), &json!({"name": "Иванова А.Б."}));
        assert_eq!(res.json()["name"], "Иванова А.Б.");
        assert_eq!(res.json()["org_name"], "МБОУ «СОШ № 18»", "an absent org stays");
        let res = app.send("PATCH", &format!("/api/v1/people/{pid}"), &json!({"org": null}));
        assert_eq!(res.status, 200, "{}", res.body);
        assert_eq!((&res.json()["org_name"], &res.json()["org_id"]), (&json!(""), &json!(null)), "null removes it");
        assert_eq!(app.delete(&format!("/api/v1/people/{pid}")).status, 204);
    };

    health_readiness_metrics_and_openapi_answer => |app: TestApp| {
        assert_eq!(app.get("/healthz").status, 200);
        assert_eq!(app.get("/readyz").json()["status"], "ready");
        let spec = app.get("/api/openapi.json").json();
        assert!(spec["paths"]["/api/v1/plans/{id}"]["patch"].is_object());
        assert!(spec["paths"]["/api/v1/imports"]["post"].is_object());
        assert_eq!(app.get("/api/docs/").status, 200);
        // Typed without its slash, the address still leads to the docs.
        let docs = app.get("/api/docs");
        assert_eq!(docs.status, 200, "{}", docs.body);
        assert!(docs.body.contains("swagger"), "{}", docs.body);
        let metrics = app.get("/metrics").body;
        assert!(metrics.contains("plancal_http_requests_total{class=\"2xx\"}"), "{metrics}");
        let missing = app.get("/no/such/page");
        assert_eq!(missing.status, 404);
        assert_eq!(missing.header("content-type"), Some("application/problem+json"));
    };

    the_timing_endpoint_answers_in_order => |app: TestApp| {
        let res = app.send("POST", "/api/v1/timing/parse", &json!({"texts": ["апрель-июнь", ""], "year": "2025-2026"}));
        assert_eq!(res.status, 200, "{}", res.body);
        let answers = res.json();
        assert_eq!(answers[0]["input"], "апрель-июнь");
        assert_eq!(answers[1]["kind"], "unknown");
        let res = app.send("POST", "/api/v1/timing/parse", &json!({"texts": [], "year": "2025-2027"}));
        assert_problem(&res, 400, "second year");
    };
}

/// Data written through one server is there after a restart on the same database.
fn survives_restart(app: TestApp) {
    let plan = post_plan(&app);
    let id = plan["id"].as_i64().unwrap();
    let url = app.db_url.clone();
    let before = app.get(&format!("/api/v1/plans/{id}")).body;
    drop(app);
    let again = start_server(&url, None);
    assert_eq!(again.get(&format!("/api/v1/plans/{id}")).body, before);
}

#[test]
fn sqlite_plan_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}",
        dir.path().join("nested/dir/plancal.db").display()
    );
    survives_restart(start_server(&url, None));
}

#[test]
fn postgres_plan_survives_a_restart_and_two_instances_share_writes() {
    let Some(db) =
        actix_web::rt::System::new().block_on(common::fresh_db(common::Backend::Postgres))
    else {
        return;
    };
    let url = db.url.clone();
    let one = start_server(&url, None);
    let two = start_server(&url, None);
    create_org(&one, "ramenki-school", "Школа", "ru");
    // A write through one instance is read through the other at once.
    assert_eq!(two.get("/api/v1/orgs/ramenki-school").status, 200);
    let res = two.send("POST", "/api/v1/plans", &ten_event_plan());
    assert_eq!(res.status, 201, "{}", res.body);
    let id = res.json()["id"].as_i64().unwrap();
    assert_eq!(
        one.get(&format!("/api/v1/plans/{id}")).body,
        two.get(&format!("/api/v1/plans/{id}")).body
    );
    drop(two);
    let before = one.get(&format!("/api/v1/plans/{id}")).body;
    drop(one);
    let again = start_server(&url, None);
    assert_eq!(again.get(&format!("/api/v1/plans/{id}")).body, before);
    drop(again);
    drop(db);
}
