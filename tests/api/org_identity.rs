//! One organization however plans spell it: partners link to the organization that already
//! exists, aliases add spellings, a merge joins two organizations and keeps the old slug's
//! feed URLs working, and an import names a new owner as the plan names it.

use crate::common;

use common::{TestApp, create_org};

const SCHOOL_PLAN: &str = "План совместной работы МОУ «Рамешковская СОШ» и МУК «Рамешковская ЦБС» на 2025 – 2026 учебный год.

№, мероприятие, сроки, ответственные.
1. Экскурсия в детскую библиотеку – октябрь, работники библиотеки, классные руководители.
2. Литературный квиз «Осень» – ноябрь, работники библиотеки, организатор.
";

const LIBRARY_PLAN: &str =
    "План совместной работы МУК «Рамешковская ЦБС» и МБОУ «Рамешковская СОШ» на 2025 – 2026 учебный год.

№, мероприятие, сроки, ответственные.
1. Неделя детской книги – март, работники библиотеки.
";

fn org_slugs(app: &TestApp) -> Vec<String> {
    app.get("/api/v1/orgs?limit=100").json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["slug"].as_str().unwrap().to_string())
        .collect()
}

/// Percent-encodes a path segment.
fn encode(segment: &str) -> String {
    segment
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn import(app: &TestApp, org: &str, name: &str, text: &str) -> serde_json::Value {
    let res = app.upload(name, text.as_bytes(), &[("org", org)]);
    assert_eq!(res.status, 201, "{}", res.body);
    res.json()
}

on_both_backends! {
    a_partner_spelled_another_way_links_to_the_existing_organization => |app: TestApp| {
        create_org(&app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
        create_org(&app, "ramenki-cbs", "МУК «Рамешковская ЦБС»", "ru");
        import(&app, "ramenki-cbs", "library.txt", LIBRARY_PLAN);
        import(&app, "ramenki-school", "school.txt", SCHOOL_PLAN);
        let slugs = org_slugs(&app);
        assert_eq!(slugs, vec!["ramenki-cbs", "ramenki-school"], "no near-duplicate stubs");
        // The library's plan is the school's partner plan: it reaches the school's merged feed.
        let merged = app.get("/feeds/orgs/ramenki-school/merged.ics");
        assert_eq!(merged.status, 200);
        assert!(merged.body.contains("Неделя детской книги"), "{}", merged.body);
    };

    an_alias_makes_a_new_spelling_the_same_organization => |app: TestApp| {
        create_org(&app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
        let res = app.send("POST", "/api/v1/orgs/ramenki-school/aliases",
            &serde_json::json!({"name": "Школа посёлка Рамешки"}));
        assert_eq!(res.json()["match_key"], "школа поселка рамешки");
        assert_eq!(res.status, 201, "{}", res.body);
        let plan = LIBRARY_PLAN.replace("МБОУ «Рамешковская СОШ»", "МОУ «Школа посёлка Рамешки»");
        import(&app, "ramenki-cbs", "library.txt", &plan);
        let plans = app.get("/api/v1/plans?org=ramenki-cbs").json();
        let id = plans["items"][0]["id"].as_i64().unwrap();
        let plan = app.get(&format!("/api/v1/plans/{id}")).json();
        assert_eq!(plan["partners"][0]["slug"], "ramenki-school", "{plan}");
        assert_eq!(org_slugs(&app), vec!["ramenki-cbs", "ramenki-school"]);
        let list = app.get("/api/v1/orgs/ramenki-school/aliases").json();
        assert_eq!(list[0]["name"], "Школа посёлка Рамешки");
        // The same alias cannot name a second organization.
        create_org(&app, "other", "Другая школа", "ru");
        let res = app.send("POST", "/api/v1/orgs/other/aliases",
            &serde_json::json!({"name": "школа посёлка  Рамешки"}));
        assert_eq!(res.status, 409, "{}", res.body);
        let path = format!("/api/v1/orgs/ramenki-school/aliases/{}", encode("Школа посёлка Рамешки"));
        assert_eq!(app.delete(&path).status, 204);
        assert_eq!(app.get("/api/v1/orgs/ramenki-school/aliases").json(), serde_json::json!([]));
    };

    merging_moves_plans_and_keeps_the_old_feed_urls => |app: TestApp| {
        create_org(&app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
        create_org(&app, "school-ramenki", "Школа в Рамешках", "ru");
        import(&app, "school-ramenki", "school.txt", SCHOOL_PLAN);
        let before = app.get("/feeds/orgs/school-ramenki.ics");
        assert!(before.body.contains("Литературный квиз"));
        let res = app.send("POST", "/api/v1/orgs/ramenki-school/merge",
            &serde_json::json!({"from": "school-ramenki"}));
        assert_eq!(res.status, 200, "{}", res.body);
        let body = res.json();
        assert_eq!(body["moved"]["plans"], 1);
        assert_eq!(body["aliases"][0]["name"], "Школа в Рамешках");
        assert!(!org_slugs(&app).contains(&"school-ramenki".to_string()));
        let plans = app.get("/api/v1/plans?org=ramenki-school").json();
        assert_eq!(plans["total"], 1, "{plans}");
        let old = app.get("/feeds/orgs/school-ramenki.ics");
        assert_eq!(old.status, 200, "the old slug's feed URL keeps working");
        assert!(old.body.contains("Литературный квиз"));
        assert_eq!(app.get("/api/v1/orgs/school-ramenki").json()["slug"], "ramenki-school");
        // Merging into itself is refused and changes nothing.
        let res = app.send("POST", "/api/v1/orgs/ramenki-school/merge",
            &serde_json::json!({"from": "ramenki-school"}));
        assert_eq!(res.status, 422, "{}", res.body);
        assert!(res.header("content-type").unwrap_or("").starts_with("application/problem+json"));
    };

    merging_needs_an_admin_token => |app: TestApp| {
        create_org(&app, "a", "Школа А", "ru");
        create_org(&app, "b", "Школа Б", "ru");
        let res = app.send_raw("POST", "/api/v1/orgs/a/merge", None, "application/json",
            br#"{"from": "b"}"#.to_vec());
        assert_eq!(res.status, 401, "{}", res.body);
        assert_eq!(org_slugs(&app), vec!["a", "b"]);
    };

    a_partners_own_plan_imported_into_a_new_slug_lands_in_the_partner_the_other_plan_made => |app: TestApp| {
        import(&app, "ramenki-school", "school.txt", SCHOOL_PLAN);
        let stubs = org_slugs(&app);
        assert_eq!(stubs.len(), 2, "the school and its partner library: {stubs:?}");
        let library = stubs.iter().find(|s| *s != "ramenki-school").unwrap().clone();
        // The library imports its own plan into an address of its choosing.
        let res = import(&app, "ramenki-library", "library.txt", LIBRARY_PLAN);
        assert_eq!(res["outcome"]["org"], library.as_str(), "{res}");
        assert_eq!(res["outcome"]["created_org"], false, "{res}");
        assert_eq!(res["plan"]["org"], library.as_str());
        assert_eq!(org_slugs(&app), stubs, "no second library");
        // The address asked for leads to the library from now on, so the same import again
        // is a re-import, not a new plan or a new organization.
        assert_eq!(app.get("/api/v1/orgs/ramenki-library").json()["slug"], library.as_str());
        let again = import(&app, "ramenki-library", "library.txt", LIBRARY_PLAN);
        assert_eq!(again["outcome"]["reimport"], true, "{again}");
        assert_eq!(app.get(&format!("/api/v1/plans?org={library}")).json()["total"], 1);
        assert_eq!(org_slugs(&app), stubs);
        // The school's merged calendar has the library's own events.
        let merged = app.get("/feeds/orgs/ramenki-school/merged.ics");
        assert!(merged.body.contains("Неделя детской книги"), "{}", merged.body);
    };

    a_school_whose_name_another_school_owning_plans_has_stays_its_own => |app: TestApp| {
        // "СОШ № 1" is a name schools in many towns share.
        let plan = |event: &str| format!("План работы МБОУ «СОШ № 1» на 2025 – 2026 учебный год.\n\n\
            №, мероприятие, сроки, ответственные.\n1. {event} – октябрь, классные руководители.\n");
        import(&app, "sosh1-ozersk", "plan.txt", &plan("Осенний бал"));
        let second = import(&app, "sosh1-kamensk", "plan.txt", &plan("Турслёт"));
        assert_eq!(second["outcome"]["org"], "sosh1-kamensk", "{second}");
        assert_eq!(second["outcome"]["created_org"], true, "{second}");
        assert_eq!(org_slugs(&app), vec!["sosh1-kamensk", "sosh1-ozersk"]);
        let feed = app.get("/feeds/orgs/sosh1-ozersk.ics").body;
        assert!(feed.contains("Осенний бал") && !feed.contains("Турслёт"), "{feed}");
    };

    a_new_owner_is_named_from_the_plan_and_a_vietnamese_plan_makes_a_vietnamese_org => |app: TestApp| {
        let vi = "PHÒNG GD&ĐT ỨNG HOÀ\nTRƯỜNG THCS TRƯỜNG THỊNH\n\nKẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN NĂM HỌC 2024 – 2025\n\nSTT\tNội dung\tThời gian\tNgười thực hiện\n1\tGiới thiệu sách mới\tTháng 10\tCán bộ thư viện\n2\tNgày hội đọc sách\tTháng 4\tCán bộ thư viện phối hợp với giáo viên chủ nhiệm\n";
        import(&app, "truong-thinh", "kehoach.txt", vi);
        let org = app.get("/api/v1/orgs/truong-thinh").json();
        assert_eq!(org["locale"], "vi", "{org}");
        assert_eq!(org["timezone"], "Asia/Ho_Chi_Minh");
        assert!(!org["name"].as_str().unwrap().starts_with("KẾ HOẠCH"), "named from the owner, not the title: {org}");
    };
}

on_both_backends! {
    a_plan_posted_as_json_gets_the_roles_an_import_would_and_its_role_feed_has_them => |app: TestApp| {
        create_org(&app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
        create_org(&app, "ramenki-cbs", "МУК «Рамешковская ЦБС»", "ru");
        let plan = serde_json::json!({
            "org": "ramenki-school", "title": "План", "academic_year": "2025-2026",
            "events": [
                {"title": "Экскурсия в библиотеку", "timing": "октябрь",
                 "responsible": "работники МУК «Рамешковская ЦБС», классные руководители"},
                {"title": "Выставка", "timing": "май", "responsible": "библиотекарь", "roles": ["teacher"]}
            ]
        });
        let res = app.send("POST", "/api/v1/plans", &plan);
        assert_eq!(res.status, 201, "{}", res.body);
        let doc = res.json();
        let roles = &doc["events"][0]["roles"];
        assert!(roles.as_array().unwrap().iter().any(|r| r == "class-teacher"), "{doc}");
        assert_eq!(doc["events"][1]["roles"], serde_json::json!(["teacher"]), "what the client sent is kept");
        assert!(doc["events"][0]["partners"].to_string().contains("Рамешковская ЦБС"), "{doc}");
        assert_eq!(org_slugs(&app), vec!["ramenki-cbs", "ramenki-school"], "the partner links to the existing library");
        let feed = app.get("/feeds/roles/class-teacher.ics?org=ramenki-school");
        assert!(feed.body.contains("Экскурсия в библиотеку"), "{}", feed.body);
    };
}

fn sheet(rows: &[[&str; 3]]) -> Vec<u8> {
    let mut all = vec![vec!["№".to_string(), "Мероприятие".into(), "Сроки".into()]];
    all.extend(
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect()),
    );
    plancal::import::fixtures::xlsx_from_rows("Лист1", &all)
}

on_both_backends! {
    two_workbooks_with_sheets_both_named_list1_stay_two_plans => |app: TestApp| {
        create_org(&app, "school", "МБОУ «СОШ № 3»", "ru");
        let a = sheet(&[["1", "Экскурсия в музей", "октябрь"], ["2", "Конкурс чтецов", "ноябрь"]]);
        let b = sheet(&[["1", "Субботник", "апрель"], ["2", "День здоровья", "май"]]);
        // Both saved under the same file name by two different teachers.
        for bytes in [&a, &b] {
            let res = app.upload("План.xlsx", bytes, &[("org", "school"), ("year", "2025-2026")]);
            assert_eq!(res.status, 201, "{}", res.body);
        }
        let plans = app.get("/api/v1/plans?org=school").json();
        assert_eq!(plans["total"], 2, "{plans}");
        let events = app.get("/api/v1/events?org=school&limit=100").json();
        let titles: Vec<&str> = events["items"].as_array().unwrap().iter()
            .filter(|e| e["status"] != "cancelled")
            .map(|e| e["title"].as_str().unwrap()).collect();
        for t in ["Экскурсия в музей", "Конкурс чтецов", "Субботник", "День здоровья"] {
            assert!(titles.contains(&t), "{t} in {titles:?}");
        }
        // The first workbook again, with one row added, is a re-import of its plan.
        let a2 = sheet(&[["1", "Экскурсия в музей", "октябрь"], ["2", "Конкурс чтецов", "ноябрь"], ["3", "Выставка", "март"]]);
        let res = app.upload("План.xlsx", &a2, &[("org", "school"), ("year", "2025-2026")]);
        assert_eq!(res.json()["outcome"]["reimport"], true, "{}", res.body);
        assert_eq!(res.status, 201, "{}", res.body);
        assert_eq!(app.get("/api/v1/plans?org=school").json()["total"], 2);
    };
}
