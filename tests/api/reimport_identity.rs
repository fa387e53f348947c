//! Re-importing a plan never moves one event's history onto another: pins and cancellations
//! set through the API stay on their own event, UIDs and SEQUENCE of unchanged events stay,
//! whatever rows were inserted, reordered, renumbered or moved to another section.

use crate::common;

use serde_json::{Value, json};

use common::TestApp;

const ORG: &str = "berezovka-school";

/// One plan row: section key, title, timing.
type Row = (&'static str, &'static str, &'static str);

const SECTIONS: [(&str, &str); 2] = [("1", "Работа с учащимися"), ("2", "Работа с родителями")];

const BASE: [Row; 6] = [
    ("1", "Экскурсия в детскую библиотеку", "октябрь"),
    ("1", "Литературный квиз «Осень»", "ноябрь"),
    ("1", "Новогодний утренник", "декабрь"),
    ("2", "Родительское собрание «Читаем вместе»", "сентябрь"),
    ("2", "Участие в районных конкурсах", "в течение года"),
    ("2", "Выставка рисунков «Мой край»", "апрель"),
];

/// The event that gets a pinned date, and the one cancelled through the API.
const PINNED: &str = "Литературный квиз «Осень»";
const CANCELLED: &str = "Родительское собрание «Читаем вместе»";
const PIN_DATE: &str = "2025-11-14";

/// A CSV plan with section rows and rows numbered 1..n in order, as a school would write it.
fn csv(rows: &[Row]) -> Vec<u8> {
    let mut out = String::from(
        "План совместной работы МОУ «Берёзовская СОШ» и МУК «Берёзовская ЦБС» на 2025-2026 учебный год\n\
         №;Мероприятие;Сроки;Ответственные\n",
    );
    let mut n = 0;
    for (key, title) in SECTIONS {
        out.push_str(&format!("{key}. {title};;;\n"));
        for (_, title, timing) in rows.iter().filter(|r| r.0 == key) {
            n += 1;
            out.push_str(&format!("{n};{title};{timing};классные руководители\n"));
        }
    }
    out.into_bytes()
}

fn import(app: &TestApp, rows: &[Row]) -> Value {
    let res = app.upload("plan.csv", &csv(rows), &[("org", ORG)]);
    assert_eq!(res.status, 201, "{}", res.body);
    res.json()["outcome"].clone()
}

fn events(app: &TestApp) -> Vec<Value> {
    app.get(&format!("/api/v1/events?org={ORG}&limit=1000"))
        .json()["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn by_title<'a>(list: &'a [Value], title: &str) -> &'a Value {
    let found: Vec<&Value> = list.iter().filter(|e| e["title"] == title).collect();
    assert_eq!(found.len(), 1, "one event titled {title:?} in {list:#?}");
    found[0]
}

/// Imports the base plan, pins one event and cancels another through the API; returns the
/// events as they stand after that.
fn imported_pinned_and_cancelled(app: &TestApp) -> Vec<Value> {
    let outcome = import(app, &BASE);
    assert_eq!(outcome["created"], 6, "{outcome}");
    let first = events(app);
    assert_eq!(first.len(), 6);
    let pinned_id = by_title(&first, PINNED)["id"].as_i64().unwrap();
    let res = app.send(
        "PATCH",
        &format!("/api/v1/events/{pinned_id}"),
        &json!({"pinned": {"date": PIN_DATE}}),
    );
    assert_eq!(res.status, 200, "{}", res.body);
    let cancelled_id = by_title(&first, CANCELLED)["id"].as_i64().unwrap();
    let res = app.send(
        "PATCH",
        &format!("/api/v1/events/{cancelled_id}"),
        &json!({"status": "cancelled"}),
    );
    assert_eq!(res.status, 200, "{}", res.body);
    let before = events(app);
    assert_eq!(by_title(&before, PINNED)["pinned"]["date"], PIN_DATE);
    assert_eq!(by_title(&before, CANCELLED)["status"], "cancelled");
    before
}

/// Every event of `before` is still there under its title with its UID, pin, status and,
/// unless named in `changed`, its SEQUENCE; those in `changed` have SEQUENCE+1.
fn history_stayed(before: &[Value], after: &[Value], changed: &[&str]) {
    for old in before {
        let title = old["title"].as_str().unwrap();
        let new = by_title(after, title);
        assert_eq!(new["uid"], old["uid"], "{title}: UID kept");
        assert_eq!(new["id"], old["id"], "{title}: same event");
        assert_eq!(
            new["pinned"], old["pinned"],
            "{title}: pin stays with its event"
        );
        assert_eq!(
            new["status"], old["status"],
            "{title}: status stays with its event"
        );
        let bump = i64::from(changed.contains(&title));
        assert_eq!(
            new["sequence"].as_i64(),
            old["sequence"].as_i64().map(|s| s + bump),
            "{title}: SEQUENCE"
        );
    }
    for e in after {
        let title = e["title"].as_str().unwrap();
        let pinned = e["pinned"]["date"] == PIN_DATE;
        assert_eq!(
            pinned,
            title == PINNED,
            "{title}: pinned only if it is {PINNED}"
        );
    }
}

fn feed(app: &TestApp) -> String {
    let res = app.get(&format!("/feeds/orgs/{ORG}.ics"));
    assert_eq!(res.status, 200, "{}", res.body);
    res.body
}

on_both_backends! {
    a_row_inserted_at_the_top_moves_no_pin_or_cancellation => |app: TestApp| {
        let before = imported_pinned_and_cancelled(&app);
        let mut rows = vec![("1", "Праздник книги", "март")];
        rows.extend(BASE);
        let outcome = import(&app, &rows);
        assert_eq!(
            (outcome["created"].as_i64(), outcome["updated"].as_i64(), outcome["cancelled"].as_i64()),
            (Some(1), Some(0), Some(0)),
            "{outcome}"
        );
        let after = events(&app);
        assert_eq!(after.len(), 7);
        history_stayed(&before, &after, &[]);
        let new = by_title(&after, "Праздник книги");
        assert_eq!(new["sequence"], 0);
        assert_eq!(new["number"], "1");
        assert!(before.iter().all(|b| b["uid"] != new["uid"]), "a new row gets a new UID");
        assert_eq!(by_title(&after, PINNED)["number"], "3", "renumbered, nothing else");

        // The same file again changes nothing, not even the feed.
        let ics = feed(&app);
        let outcome = import(&app, &rows);
        assert_eq!(outcome["unchanged"], 7, "{outcome}");
        assert_eq!(events(&app), after);
        assert_eq!(feed(&app), ics);
    };

    reordered_rows_keep_their_history => |app: TestApp| {
        let before = imported_pinned_and_cancelled(&app);
        let mut rows = BASE.to_vec();
        rows.reverse();
        rows.swap(0, 2);
        let outcome = import(&app, &rows);
        assert_eq!(
            (outcome["created"].as_i64(), outcome["updated"].as_i64(), outcome["cancelled"].as_i64()),
            (Some(0), Some(0), Some(0)),
            "{outcome}"
        );
        history_stayed(&before, &events(&app), &[]);
    };

    a_row_moved_to_another_section_is_the_only_change => |app: TestApp| {
        let before = imported_pinned_and_cancelled(&app);
        // "Новогодний утренник" moves from section 1 to section 2; every row after it is
        // renumbered.
        let rows: Vec<Row> = BASE
            .iter()
            .map(|&(section, title, timing)| {
                if title == "Новогодний утренник" { ("2", title, timing) } else { (section, title, timing) }
            })
            .collect();
        let outcome = import(&app, &rows);
        assert_eq!(
            (outcome["created"].as_i64(), outcome["updated"].as_i64(), outcome["cancelled"].as_i64()),
            (Some(0), Some(1), Some(0)),
            "{outcome}"
        );
        let after = events(&app);
        history_stayed(&before, &after, &["Новогодний утренник"]);
        assert_eq!(by_title(&after, "Новогодний утренник")["section"], "2");
    };

    an_edited_row_changes_alone_a_new_row_is_new_and_a_removed_row_is_cancelled => |app: TestApp| {
        let before = imported_pinned_and_cancelled(&app);
        // Row 1 removed, a new row inserted in its place, the pinned row's timing edited.
        let rows: Vec<Row> = vec![
            ("1", "Мастер-класс «Книжная закладка»", "февраль"),
            ("1", PINNED, "20 ноября"),
            ("1", "Новогодний утренник", "декабрь"),
            ("2", CANCELLED, "сентябрь"),
            ("2", "Участие в районных конкурсах", "в течение года"),
            ("2", "Выставка рисунков «Мой край»", "апрель"),
        ];
        let outcome = import(&app, &rows);
        assert_eq!(
            (outcome["created"].as_i64(), outcome["updated"].as_i64(), outcome["cancelled"].as_i64()),
            (Some(1), Some(1), Some(1)),
            "{outcome}"
        );
        let after = events(&app);
        let removed = by_title(&after, "Экскурсия в детскую библиотеку");
        let old_removed = by_title(&before, "Экскурсия в детскую библиотеку");
        assert_eq!(removed["status"], "cancelled", "a removed row is cancelled");
        assert_eq!(removed["uid"], old_removed["uid"]);
        assert_eq!(removed["sequence"].as_i64(), old_removed["sequence"].as_i64().map(|s| s + 1));
        let new = by_title(&after, "Мастер-класс «Книжная закладка»");
        assert!(before.iter().all(|b| b["uid"] != new["uid"]), "a new row gets a new UID");
        assert_eq!(new["status"], "planned");
        assert_eq!(new["sequence"], 0);
        let pinned = by_title(&after, PINNED);
        assert_eq!(pinned["uid"], by_title(&before, PINNED)["uid"]);
        assert_eq!(pinned["pinned"]["date"], PIN_DATE, "the pin stays over the file's timing");
        assert_eq!(pinned["timing"], "20 ноября");
        assert_eq!(pinned["sequence"].as_i64(), by_title(&before, PINNED)["sequence"].as_i64().map(|s| s + 1));
        let kept: Vec<Value> = before
            .iter()
            .filter(|b| b["title"] != "Экскурсия в детскую библиотеку" && b["title"] != PINNED)
            .cloned()
            .collect();
        history_stayed(&kept, &after, &[]);

        // The removed row coming back is planned again, with its old UID.
        let mut back = rows.clone();
        back.insert(1, ("1", "Экскурсия в детскую библиотеку", "октябрь"));
        let outcome = import(&app, &back);
        assert_eq!(
            (outcome["created"].as_i64(), outcome["updated"].as_i64(), outcome["cancelled"].as_i64()),
            (Some(0), Some(1), Some(0)),
            "{outcome}"
        );
        let again = events(&app);
        let returned = by_title(&again, "Экскурсия в детскую библиотеку");
        assert_eq!(returned["uid"], old_removed["uid"]);
        assert_eq!(returned["status"], "planned");
        assert_eq!(by_title(&again, CANCELLED)["status"], "cancelled", "the API's cancellation stays");
    };

    a_typo_fix_keeps_the_event => |app: TestApp| {
        let before = imported_pinned_and_cancelled(&app);
        let rows: Vec<Row> = BASE
            .iter()
            .map(|&(section, title, timing)| {
                if title == PINNED { (section, "Литературный квиз «Осенъ»", timing) } else { (section, title, timing) }
            })
            .collect();
        // The typo goes in first, then is fixed back.
        let outcome = import(&app, &rows);
        assert_eq!((outcome["created"].as_i64(), outcome["updated"].as_i64()), (Some(0), Some(1)), "{outcome}");
        let after = events(&app);
        let typo = by_title(&after, "Литературный квиз «Осенъ»");
        assert_eq!(typo["uid"], by_title(&before, PINNED)["uid"]);
        assert_eq!(typo["pinned"]["date"], PIN_DATE);
        let outcome = import(&app, &BASE);
        assert_eq!((outcome["created"].as_i64(), outcome["updated"].as_i64()), (Some(0), Some(1)), "{outcome}");
        let fixed = events(&app);
        assert_eq!(by_title(&fixed, PINNED)["uid"], by_title(&before, PINNED)["uid"]);
        assert_eq!(by_title(&fixed, PINNED)["pinned"]["date"], PIN_DATE);
    };

    a_put_document_without_uids_matches_rows_by_what_they_are => |app: TestApp| {
        let before = imported_pinned_and_cancelled(&app);
        let plan_id = app.get("/api/v1/plans").json()["items"][0]["id"].as_i64().unwrap();
        let mut doc = app.get_admin(&format!("/api/v1/plans/{plan_id}")).json();
        let rows = doc["events"].as_array_mut().unwrap();
        for e in rows.iter_mut() {
            let e = e.as_object_mut().unwrap();
            for server_field in ["id", "uid", "sequence", "created_at", "updated_at"] {
                e.remove(server_field);
            }
        }
        rows.insert(0, json!({"number": "1", "section": "1", "title": "Праздник книги", "timing": "март"}));
        for (n, e) in rows.iter_mut().enumerate() {
            e["number"] = json!((n + 1).to_string());
        }
        let res = app.send("PUT", &format!("/api/v1/plans/{plan_id}"), &doc);
        assert_eq!(res.status, 200, "{}", res.body);
        let after = events(&app);
        assert_eq!(after.len(), 7);
        history_stayed(&before, &after, &[]);
        let new = by_title(&after, "Праздник книги");
        assert!(before.iter().all(|b| b["uid"] != new["uid"]), "a new row gets a new UID");
    };
}
