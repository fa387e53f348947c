//! Hardening: writes that queue instead of failing, privacy every API reader keeps, input
//! refused at the edge, built-in roles kept, page headers, tokens kept out of logs.

use crate::common;

use common::TestApp;

const PLAN: &str = "План совместной работы МОУ «Берёзовская СОШ» и МУК «Берёзовская ЦБС» на 2025 – 2026 учебный год.

№, мероприятие, сроки, ответственные.
1. Заключение договора о сотрудничестве – сентябрь, директор МОУ «Берёзовская СОШ», директор библиотеки, Труханова С.С.
2. Экскурсия в детскую библиотеку – октябрь, работники библиотеки, классные руководители.
3. Литературный квиз «Осень» – ноябрь, работники библиотеки, организатор, Иванова А.А.
4. Новогодний утренник – декабрь, организатор, классные руководители.
5. Участие в районных конкурсах – в течение года, классные руководители.
";

fn titles(app: &TestApp, org: &str) -> Vec<String> {
    let res = app.get(&format!("/api/v1/events?org={org}&limit=1000"));
    assert_eq!(res.status, 200, "{}", res.body);
    let mut t: Vec<String> = res.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect();
    t.sort();
    t
}

on_both_backends! {
    twenty_parallel_imports_into_one_new_organization_all_succeed => |app: TestApp| {
        let statuses: Vec<(u16, String)> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..20)
                .map(|_| {
                    s.spawn(|| {
                        let r = app.upload("plan.txt", PLAN.as_bytes(), &[("org", "berezovka-school")]);
                        (r.status, r.body)
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for (status, body) in &statuses {
            assert!(*status == 201 || *status == 200, "{status}: {body}");
        }
        let t = titles(&app, "berezovka-school");
        assert_eq!(t.len(), 5, "every event there once: {t:?}");
        let mut unique = t.clone();
        unique.dedup();
        assert_eq!(unique.len(), 5, "{t:?}");
        assert_eq!(app.get("/api/v1/plans?org=berezovka-school").json()["total"], 1);
    };

    parallel_writes_of_every_kind_all_succeed => |app: TestApp| {
        common::create_org(&app, "w-school", "МОУ «Тестовая СОШ»", "ru");
        // People name only organizations that exist.
        common::create_org(&app, "common-cbs", "МУК «Общая ЦБС»", "ru");
        let statuses: Vec<(u16, String)> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..16)
                .map(|i| {
                    let app = &app;
                    s.spawn(move || {
                        let r = if i % 2 == 0 {
                            app.send("POST", "/api/v1/people", &serde_json::json!({"name": format!("Человек {i}"), "org": "МУК «Общая ЦБС»"}))
                        } else {
                            app.send("POST", "/api/v1/plans", &serde_json::json!({
                                "org": "w-school", "title": format!("План {i}"), "academic_year": "2025-2026",
                                "partners": [{"name": "МУК «Общая ЦБС»"}],
                                "events": [{"title": format!("Событие {i}"), "timing": "октябрь"}]
                            }))
                        };
                        (r.status, r.body)
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for (status, body) in &statuses {
            assert_eq!(*status, 201, "{body}");
        }
        assert_eq!(titles(&app, "w-school").len(), 8);
    };
}

fn import(app: &TestApp, org: &str) {
    let res = app.upload("plan.txt", PLAN.as_bytes(), &[("org", org)]);
    assert_eq!(res.status, 201, "{}", res.body);
}

fn person_id(app: &TestApp) -> i64 {
    let people = app.get_admin("/api/v1/people?limit=1000").json();
    people["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["name"]
                .as_str()
                .is_some_and(|n| n.starts_with("Труханова"))
        })
        .unwrap_or_else(|| panic!("{people}"))["id"]
        .as_i64()
        .unwrap()
}

fn names_anywhere(body: &str) -> bool {
    body.contains("Труханова") || body.contains("Иванова")
}

on_both_backends! {
    a_kept_event_list_page_gives_way_to_the_next_write => |app: TestApp| {
        import(&app, "berezovka-school");
        let first = app.get("/api/v1/events?limit=100");
        assert_eq!(first.status, 200, "{}", first.body);
        assert_eq!(first.header("content-type"), Some("application/json"));
        // Asked again: the same bytes (served from the list cache).
        assert_eq!(app.get("/api/v1/events?limit=100").body, first.body);
        let id = first.json()["items"][0]["id"].as_i64().unwrap();
        let res = app.send("PATCH", &format!("/api/v1/events/{id}"), &serde_json::json!({"title": "Заключение договора (новая редакция)"}));
        assert_eq!(res.status, 200, "{}", res.body);
        let after = app.get("/api/v1/events?limit=100");
        assert!(after.body.contains("Заключение договора (новая редакция)"), "{}", after.body);
        assert_eq!(after.json()["total"], first.json()["total"]);
    };

    names_stay_hidden_from_every_api_reader_unless_the_owner_shows_them => |app: TestApp| {
        import(&app, "berezovka-school");
        let pid = person_id(&app);
        let plan_id = app.get("/api/v1/plans").json()["items"][0]["id"].as_i64().unwrap();
        let event_id = app.get("/api/v1/events?limit=1").json()["items"][0]["id"].as_i64().unwrap();
        let readers = [
            "/api/v1/events?limit=1000".to_string(),
            format!("/api/v1/events/{event_id}"),
            format!("/api/v1/plans/{plan_id}"),
            "/api/v1/people".to_string(),
            format!("/api/v1/people/{pid}"),
            format!("/api/v1/events?person={pid}"),
            "/feeds/orgs/berezovka-school.ics".to_string(),
            "/orgs/berezovka-school".to_string(),
            format!("/events/{event_id}"),
        ];
        for path in &readers {
            let res = app.get(path);
            assert!(!names_anywhere(&res.body), "{path} shows a name: {}", res.body);
        }
        assert_eq!(app.get(&format!("/api/v1/people/{pid}")).status, 404);
        assert_eq!(app.get(&format!("/api/v1/events?person={pid}")).json()["total"], 0);
        // An admin sees them.
        assert!(names_anywhere(&app.get_admin("/api/v1/events?limit=1000").body));
        assert!(names_anywhere(&app.get_admin(&format!("/api/v1/plans/{plan_id}")).body));
        assert_eq!(app.get_admin(&format!("/api/v1/events?person={pid}")).json()["total"], 1);
        // Once the owner shows names, so does every reader.
        let res = app.send("PATCH", "/api/v1/orgs/berezovka-school", &serde_json::json!({"public_names": true}));
        assert_eq!(res.status, 200, "{}", res.body);
        assert!(names_anywhere(&app.get("/api/v1/events?limit=1000").body));
        assert_eq!(app.get(&format!("/api/v1/people/{pid}")).status, 200);
        assert_eq!(app.get(&format!("/api/v1/events?person={pid}")).json()["total"], 1);
    };

    an_organization_with_private_feeds_shows_nothing_without_a_token => |app: TestApp| {
        import(&app, "berezovka-school");
        let plan_id = app.get("/api/v1/plans").json()["items"][0]["id"].as_i64().unwrap();
        let event_id = app.get("/api/v1/events?limit=1").json()["items"][0]["id"].as_i64().unwrap();
        let res = app.send("PATCH", "/api/v1/orgs/berezovka-school", &serde_json::json!({"public_feeds": false, "public_names": true}));
        assert_eq!(res.status, 200, "{}", res.body);
        let events = app.get("/api/v1/events?limit=1000").json();
        assert!(events["items"].as_array().unwrap().iter().all(|e| e["org"] != "berezovka-school"), "{events}");
        assert_eq!(app.get("/api/v1/plans").json()["items"].as_array().unwrap().iter().filter(|p| p["org"] == "berezovka-school").count(), 0);
        for path in [
            format!("/api/v1/plans/{plan_id}"),
            format!("/api/v1/events/{event_id}"),
            "/api/v1/orgs/berezovka-school".to_string(),
            "/api/v1/events?org=berezovka-school".to_string(),
            "/api/v1/plans?org=berezovka-school".to_string(),
            "/orgs/berezovka-school".to_string(),
            format!("/events/{event_id}"),
        ] {
            assert_eq!(app.get(&path).status, 404, "{path}");
        }
        assert!(!names_anywhere(&app.get("/api/v1/people").body));
        // An admin sees it all.
        assert_eq!(app.get_admin(&format!("/api/v1/plans/{plan_id}")).status, 200);
        assert_eq!(app.get_admin("/api/v1/events?org=berezovka-school").json()["total"], 5);
    };

    nul_over_long_and_out_of_range_values_get_400_naming_the_field => |app: TestApp| {
        common::create_org(&app, "v-school", "МОУ «Тестовая СОШ»", "ru");
        let cases = [
            ("POST", "/api/v1/orgs", serde_json::json!({"slug": "nul-org", "name": "a\u{0}b"}), "/name"),
            ("POST", "/api/v1/orgs", serde_json::json!({"slug": "long-org", "name": "я".repeat(5000)}), "/name"),
            ("POST", "/api/v1/people", serde_json::json!({"name": "x\u{1}y"}), "/name"),
            ("POST", "/api/v1/plans", serde_json::json!({"org": "v-school", "title": "T", "academic_year": "2025-2026",
                "events": [{"title": "E", "timing": "x", "pinned": {"date": "9999-01-01"}}]}), "/events/0/pinned/date"),
            ("POST", "/api/v1/plans", serde_json::json!({"org": "v-school", "title": "T", "academic_year": "2025-2026",
                "events": [{"title": "E", "timing": "x", "when": {"kind": "range", "start": "2025-10-01", "end": "+10000-01-02"}}]}), "/events/0/when/end"),
            ("POST", "/api/v1/plans", serde_json::json!({"org": "v-school", "title": "T", "academic_year": "2025-2026",
                "events": [{"title": "E", "timing": "x", "when": {"kind": "recurring", "recurrence": {"freq": "weekly", "interval": 1, "byday": ["XX"]}}}]}), "/events/0/when/recurrence/byday/0"),
            ("POST", "/api/v1/orgs", serde_json::json!({"slug": "red-org", "name": "R", "color": "red;}</style><script>"}), "/color"),
        ];
        for (method, path, body, field) in cases {
            let res = app.send(method, path, &body);
            assert!(res.status == 400 || (field == "/color" && res.status == 422), "{path} {field}: {} {}", res.status, res.body);
            assert_eq!(res.json()["pointer"], field, "{}", res.body);
        }
        // Query parameters and path segments, on unauthenticated reads too.
        for (path, field) in [
            ("/api/v1/events?org=a%00b", "org"),
            ("/api/v1/people?org=%01", "org"),
            ("/api/v1/orgs/a%00b", "path"),
        ] {
            let res = app.get(path);
            assert_eq!(res.status, 400, "{path}: {}", res.body);
            assert_eq!(res.json()["pointer"], field, "{}", res.body);
        }
        let long = format!("/api/v1/events?role={}", "r".repeat(5000));
        assert_eq!(app.get(&long).status, 400);
        assert_eq!(app.get("/api/v1/events?from=9999-01-01").status, 400);
        // End before start stays a 422 naming the end.
        let res = app.send("POST", "/api/v1/plans", &serde_json::json!({"org": "v-school", "title": "T", "academic_year": "2025-2026",
            "events": [{"title": "E", "timing": "x", "when": {"kind": "range", "start": "2025-10-31", "end": "2025-10-01"}}]}));
        assert_eq!(res.status, 422, "{}", res.body);
        assert_eq!(res.json()["pointer"], "/events/0/when/end");
        assert_eq!(app.get("/api/v1/plans").json()["total"], 0, "nothing stored");
    };

    a_built_in_role_cannot_be_deleted_and_events_keep_it => |app: TestApp| {
        import(&app, "berezovka-school");
        let res = app.delete("/api/v1/roles/class-teacher");
        assert_eq!(res.status, 409, "{}", res.body);
        assert_eq!(app.get("/api/v1/events?role=class-teacher").json()["total"], 3);
        let res = app.send("POST", "/api/v1/roles", &serde_json::json!({"slug": "own-role", "labels": {"ru": "Своя"}}));
        assert_eq!(res.status, 201, "{}", res.body);
        assert_eq!(app.delete("/api/v1/roles/own-role").status, 204);
    };

    pages_send_security_headers => |app: TestApp| {
        import(&app, "berezovka-school");
        for path in ["/", "/orgs/berezovka-school", "/api/v1/orgs"] {
            let res = app.get(path);
            assert_eq!(res.status, 200, "{path}");
            let csp = res.header("content-security-policy").unwrap_or_else(|| panic!("{path}: no CSP"));
            assert!(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), "{csp}");
            assert_eq!(res.header("x-content-type-options"), Some("nosniff"));
            assert_eq!(res.header("x-frame-options"), Some("DENY"));
            assert!(res.header("referrer-policy").is_some());
        }
    };

    writes_are_refused_before_the_body_is_read => |app: TestApp| {
        // Garbage that is not JSON: without a token the answer is 401, not 400.
        let res = app.send_raw("POST", "/api/v1/plans", None, "application/json", b"{not json".to_vec());
        assert_eq!(res.status, 401, "{}", res.body);
        let res = app.send_raw("POST", "/api/v1/plans", Some("wrong"), "text/plain", b"x".to_vec());
        assert_eq!(res.status, 401, "{}", res.body);
    };
}
