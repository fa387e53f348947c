//! Class teachers' own events (issue 25), over HTTP on SQLite and PostgreSQL: the example
//! school plan imported as a librarian uploads it, then the class teachers' feed, the event
//! list and the organization's page narrowed by `grade=` and `class=`, the "my grade" feeds
//! of the subscribe panel, and a plan for one class. Every feed served passes ics-check.

use crate::common;

use common::{TestApp, ics_check};
use serde_json::Value;

const FIRST_GRADERS: &str = "Посвящение первоклассников в читатели";
const PRIMER: &str = "Букварь!»";
const LESSONS_5_7: &str = "Библиотечные уроки для 5-7 классов";
/// Rows that name nobody: every class teacher's.
const EVERYONE: [&str; 2] = ["Неделя детской книги", "Акция «Подари книгу библиотеке»"];

fn load(app: &TestApp, fields: &[(&str, &str)]) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/ozernaya-school-library.txt");
    let bytes = std::fs::read(path).unwrap();
    let mut all = vec![("org", "ozernaya-school"), ("year", "2025-2026")];
    all.extend_from_slice(fields);
    let res = app.upload("ozernaya-school-library.txt", &bytes, &all);
    assert!(res.status < 300, "{}", res.body);
}

/// A feed's body, unfolded, after ics-check read it as five calendar clients do.
fn feed(app: &TestApp, path: &str) -> String {
    let res = app.get(path);
    assert_eq!(res.status, 200, "{path}: {}", res.body);
    let events = res.body.matches("BEGIN:VEVENT").count();
    ics_check(&res.body, events);
    res.body.replace("\r\n ", "")
}

fn holds(body: &str, title: &str) -> bool {
    body.lines()
        .any(|l| l.starts_with("SUMMARY:") && l.contains(title))
}

fn events(app: &TestApp, query: &str) -> Vec<Value> {
    let res = app.get(&format!(
        "/api/v1/events?org=ozernaya-school&limit=100{query}"
    ));
    assert_eq!(res.status, 200, "{}", res.body);
    res.json()["items"].as_array().unwrap().clone()
}

fn titled<'a>(items: &'a [Value], title: &str) -> Option<&'a Value> {
    items
        .iter()
        .find(|e| e["title"].as_str().is_some_and(|t| t.contains(title)))
}

on_both_backends! {
    a_sixth_grade_class_teacher_gets_the_5_to_7_lessons_and_not_the_first_graders => |app: TestApp| {
        load(&app, &[]);
        let base = "/feeds/roles/class-teacher.ics?org=ozernaya-school";
        let all = feed(&app, base);
        for title in [FIRST_GRADERS, PRIMER, LESSONS_5_7].iter().chain(&EVERYONE) {
            assert!(holds(&all, title), "the whole feed holds {title}");
        }
        let sixth = feed(&app, &format!("{base}&grade=6"));
        assert!(holds(&sixth, LESSONS_5_7), "{sixth}");
        for title in EVERYONE {
            assert!(holds(&sixth, title), "{title} names nobody: {sixth}");
        }
        assert!(!holds(&sixth, FIRST_GRADERS) && !holds(&sixth, PRIMER), "{sixth}");
        assert!(sixth.contains("6 класс"), "the calendar's name says the grade");
        let first = feed(&app, &format!("{base}&grade=1"));
        assert!(holds(&first, FIRST_GRADERS) && holds(&first, PRIMER), "{first}");
        assert!(!holds(&first, LESSONS_5_7), "{first}");
        for title in EVERYONE {
            assert!(holds(&first, title), "{title}");
        }
        // `class=6Б` is grade 6 for a plan that names grades only; the organization's own and
        // merged feeds take the filter too.
        let class = feed(&app, &format!("{base}&class=6%D0%91"));
        assert!(holds(&class, LESSONS_5_7) && !holds(&class, FIRST_GRADERS), "{class}");
        for path in ["/feeds/orgs/ozernaya-school.ics?grade=1", "/feeds/orgs/ozernaya-school/merged.ics?grade=1"] {
            let body = feed(&app, path);
            assert!(holds(&body, FIRST_GRADERS) && !holds(&body, LESSONS_5_7), "{path}");
        }
    };

    a_bad_grade_is_a_problem_naming_the_parameter => |app: TestApp| {
        load(&app, &[]);
        for (path, param) in [
            ("/feeds/roles/class-teacher.ics?org=ozernaya-school&grade=six", "grade"),
            ("/feeds/orgs/ozernaya-school.ics?grade=0", "grade"),
            ("/feeds/orgs/ozernaya-school.ics?class=", "class"),
            ("/api/v1/events?grade=14", "grade"),
            ("/api/v1/events?class=5%D0%90&grade=5", "class"),
        ] {
            let res = app.get(path);
            assert_eq!(res.status, 400, "{path}: {}", res.body);
            assert!(
                res.headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("content-type") && v.starts_with("application/problem+json")),
                "{path}: {:?}", res.headers
            );
            assert_eq!(res.json()["pointer"], param, "{path}: {}", res.body);
        }
        // Parameters no filter has are still the client's own.
        assert_eq!(app.get("/feeds/orgs/ozernaya-school.ics?grade=6&utm_source=x").status, 200);
    };

    the_event_json_carries_audience_and_grades_and_the_list_filters_by_them => |app: TestApp| {
        load(&app, &[]);
        let all = events(&app, "");
        let lessons = titled(&all, LESSONS_5_7).expect("the lessons");
        assert_eq!(lessons["grades"], serde_json::json!([5, 6, 7]));
        assert_eq!(lessons["audience"], "5-7 классов");
        assert_eq!(titled(&all, FIRST_GRADERS).unwrap()["grades"], serde_json::json!([1]));
        assert!(titled(&all, EVERYONE[0]).unwrap().get("grades").is_none(), "naming nobody: no grades");
        let sixth = events(&app, "&grade=6");
        assert!(titled(&sixth, LESSONS_5_7).is_some() && titled(&sixth, EVERYONE[0]).is_some());
        assert!(titled(&sixth, FIRST_GRADERS).is_none());
        let total = app.get("/api/v1/events?org=ozernaya-school&grade=6").json()["total"].as_i64();
        assert_eq!(total, Some(i64::try_from(sixth.len()).unwrap()));
        // PUT with new words: read again as an import reads them.
        let id = lessons["id"].as_i64().unwrap();
        let mut put = lessons.clone();
        put["audience"] = Value::from("9А класс");
        let res = app.send("PUT", &format!("/api/v1/events/{id}"), &put);
        assert_eq!(res.status, 200, "{}", res.body);
        let now = app.get(&format!("/api/v1/events/{id}")).json();
        assert_eq!((&now["grades"], &now["classes"]), (&serde_json::json!([9]), &serde_json::json!(["9А"])));
        assert!(titled(&events(&app, "&class=9%D0%90"), LESSONS_5_7).is_some());
        assert!(titled(&events(&app, "&grade=6"), LESSONS_5_7).is_none());
        // The plan reads back with them (GET /plans/{id}).
        let plan_id = lessons["plan_id"].as_i64().unwrap();
        let plan = app.get(&format!("/api/v1/plans/{plan_id}")).json();
        let stored = plan["events"].as_array().unwrap();
        assert_eq!(titled(stored, LESSONS_5_7).unwrap()["grades"], serde_json::json!([9]));
    };

    the_page_filters_by_grade_and_its_panel_offers_my_grade_feeds => |app: TestApp| {
        load(&app, &[]);
        let page = app.get("/orgs/ozernaya-school?view=agenda&month=2025-09");
        assert_eq!(page.status, 200);
        let body = &page.body;
        assert!(body.contains("<select name=\"grade\">"), "a grade filter");
        for grade in ["1", "5", "6", "7"] {
            assert!(body.contains(&format!("<option value=\"{grade}\">{grade} класс</option>")), "grade {grade}");
        }
        assert!(!body.contains("<option value=\"9\">"), "only the grades the plan names");
        for grade in ["1", "5", "6", "7"] {
            let url = format!("/feeds/roles/class-teacher.ics?org=ozernaya-school&amp;grade={grade}");
            assert!(body.contains(&url), "a my-grade feed for grade {grade}");
        }
        let sixth = app.get("/orgs/ozernaya-school?view=agenda&month=2025-09&grade=6&role=class-teacher").body;
        assert!(sixth.contains(LESSONS_5_7), "{sixth}");
        assert!(!sixth.contains(FIRST_GRADERS), "{sixth}");
        assert!(sixth.contains("<option value=\"6\" selected>"), "the filter shows its grade");
        assert!(
            sixth.contains("/feeds/roles/class-teacher.ics?org=ozernaya-school&amp;grade=6"),
            "the panel leads with the sixth grade's class-teacher feed"
        );
        // Every feed the panel offers for a grade is one a calendar reads.
        feed(&app, "/feeds/roles/class-teacher.ics?org=ozernaya-school&grade=7");
        assert_eq!(app.get("/orgs/ozernaya-school?grade=x").status, 400);
    };

    the_dry_run_preview_shows_who_each_row_is_for => |app: TestApp| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/ozernaya-school-library.txt");
        let bytes = std::fs::read(path).unwrap();
        let fields = [("org", "ozernaya-school"), ("year", "2025-2026"), ("dry_run", "true"), ("class", "7Б")];
        let res = app.upload("ozernaya-school-library.txt", &bytes, &fields);
        assert_eq!(res.status, 200, "{}", res.body);
        let doc = res.json();
        let events = doc["events"].as_array().unwrap();
        let lessons = titled(events, LESSONS_5_7).unwrap();
        assert_eq!((&lessons["audience"], &lessons["grades"]), (&Value::from("5-7 классов"), &serde_json::json!([5, 6, 7])));
        assert_eq!(doc["class"], "7Б");
        assert_eq!(titled(events, EVERYONE[0]).unwrap()["classes"], serde_json::json!(["7Б"]));
        // Nothing was stored.
        assert_eq!(app.get("/api/v1/events?limit=1").json()["total"], 0);
    };

    a_class_teachers_plan_from_the_seeds_is_for_the_class_it_is_uploaded_for => |app: TestApp| {
        // Seed 004: a class teacher's plan with the social partners ("с семьями воспитанников
        // класса"), naming no class: the uploader says which.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        let file = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e} (the seed plans are kept beside the repository)", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("004_")))
            .expect("seed 004");
        let bytes = std::fs::read(&file).unwrap();
        let fields = [("org", "surgut-class"), ("year", "2022-2023"), ("class", "8А")];
        let res = app.upload("004.txt", &bytes, &fields);
        assert!(res.status < 300, "{}", res.body);
        let items = app.get("/api/v1/events?org=surgut-class&limit=100").json()["items"].as_array().unwrap().clone();
        assert!(items.len() > 5, "{items:?}");
        for e in &items {
            assert_eq!((&e["grades"], &e["classes"]), (&serde_json::json!([8]), &serde_json::json!(["8А"])), "{e}");
        }
        let base = "/feeds/roles/class-teacher.ics?org=surgut-class";
        let all = feed(&app, base);
        let own = feed(&app, &format!("{base}&class=8%D0%90"));
        assert_eq!(own.matches("BEGIN:VEVENT").count(), all.matches("BEGIN:VEVENT").count());
        let other = feed(&app, &format!("{base}&class=8%D0%91"));
        assert_eq!(other.matches("BEGIN:VEVENT").count(), 0, "8Б's teacher gets none of 8А's plan");
        assert_eq!(feed(&app, &format!("{base}&grade=8")).matches("BEGIN:VEVENT").count(), all.matches("BEGIN:VEVENT").count());
    };

    a_plan_for_one_class_concerns_that_class => |app: TestApp| {
        load(&app, &[("class", "5А")]);
        let all = events(&app, "");
        let week = titled(&all, EVERYONE[0]).unwrap();
        assert_eq!(week["grades"], serde_json::json!([5]));
        assert_eq!(week["classes"], serde_json::json!(["5А"]));
        let plan_id = week["plan_id"].as_i64().unwrap();
        assert_eq!(app.get(&format!("/api/v1/plans/{plan_id}")).json()["class"], "5А");
        let base = "/feeds/roles/class-teacher.ics?org=ozernaya-school";
        // 5А typed with a Latin A is the same class.
        let own = feed(&app, &format!("{base}&class=5A"));
        assert!(holds(&own, EVERYONE[0]) && holds(&own, LESSONS_5_7), "{own}");
        let other = feed(&app, &format!("{base}&class=5%D0%91"));
        assert!(holds(&other, LESSONS_5_7), "the whole fifth grade's: {other}");
        assert!(!holds(&other, EVERYONE[0]), "5А's own row: {other}");
    };
}

/// Events of real plans whose grades and classes come out as a person reads them
/// (`tests/data/audience_gold.json`): the share of all their events, which may only rise.
/// `cargo test --test api audiences_of_real_plans -- --nocapture` prints the figures
/// recorded in tests/data/FIRST_SIGHT.md ("Audiences").
const AUDIENCE_FLOOR: f64 = 0.98;

/// One event's reading: its grades, and its classes in lower case.
fn reading(grades: Option<&Value>, classes: Option<&Value>) -> (Vec<u64>, Vec<String>) {
    let grades = grades
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default();
    let mut classes: Vec<String> = classes
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|c| Some(c.as_str()?.to_lowercase()))
                .collect()
        })
        .unwrap_or_default();
    classes.sort();
    (grades, classes)
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn audiences_of_real_plans() {
    use plancal::import::{ImportOptions, parse};
    use plancal::plan::Slug;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("audience_gold.json")).unwrap())
            .unwrap();
    let (mut right, mut total, mut named_right, mut named) = (0, 0, 0, 0);
    for (file, expected) in gold["plans"].as_object().unwrap() {
        let bytes = std::fs::read(root.join("plans").join(file)).unwrap();
        let options = ImportOptions {
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29),
            ..ImportOptions::new(Slug::parse("corpus").unwrap())
        };
        let doc = parse(&bytes, file, &options).unwrap_or_else(|e| panic!("{file}: {e}"));
        let doc = serde_json::to_value(&doc).unwrap();
        let expected = expected.as_array().unwrap();
        let (mut plan_right, mut plan_total) = (0, 0);
        for e in doc["events"].as_array().unwrap() {
            let title = squeeze(e["title"].as_str().unwrap_or(""));
            let want = expected
                .iter()
                .find(|x| title.starts_with(&squeeze(x["title"].as_str().unwrap())));
            let wanted = reading(want.map(|x| &x["grades"]), want.map(|x| &x["classes"]));
            let got = reading(e.get("grades"), e.get("classes"));
            let ok = wanted == got;
            if !ok {
                println!("  {file}: {title:.60} — read {got:?}, a person reads {wanted:?}");
            }
            plan_total += 1;
            plan_right += usize::from(ok);
            if want.is_some() {
                named += 1;
                named_right += usize::from(ok);
            }
        }
        println!("{file}: {plan_right}/{plan_total}");
        right += plan_right;
        total += plan_total;
    }
    let share = f64::from(u32::try_from(right).unwrap()) / f64::from(u32::try_from(total).unwrap());
    println!(
        "audiences: {right}/{total} events right ({:.1} %); events naming an audience: {named_right}/{named}",
        share * 100.0
    );
    assert!(
        share >= AUDIENCE_FLOOR,
        "audiences fell below the floor: {share:.3}"
    );
}
