//! Corrections stay (issue 21): roles, a place and an exact day and time set by hand on a
//! stored event (`PATCH /api/v1/events/{id}`) survive re-imports of the same plan, through
//! the API and through the re-upload preview, which shows them in the row's fields; a file
//! that changes a field wins for that field.

use serde_json::{Value, json};

use crate::common::TestApp;
use crate::web_admin::{Browser, PLAN, pending_id};

const ORG: &str = "ozernaya-library";

fn week(app: &TestApp) -> Value {
    let events = app
        .get_admin(&format!("/api/v1/events?org={ORG}&limit=10"))
        .json();
    events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["title"]
                .as_str()
                .unwrap_or("")
                .starts_with("Неделя детской книги")
        })
        .unwrap_or_else(|| panic!("{events}"))
        .clone()
}

/// The event still holds what the person set: roles, place, day and time.
fn still_hand_set(app: &TestApp, when: &str) {
    let e = week(app);
    assert_eq!(e["roles"], json!(["director"]), "{when}: {e}");
    assert_eq!(e["location"], "Актовый зал", "{when}: {e}");
    assert_eq!(e["pinned"]["date"], "2026-03-25", "{when}: {e}");
    assert!(
        e["pinned"]["time"]
            .as_str()
            .unwrap_or("")
            .starts_with("15:00"),
        "{when}: {e}"
    );
}

on_both_backends! {
    roles_a_place_and_a_pinned_time_set_by_hand_survive_re_uploads => |app: TestApp| {
        let res = app.upload("plan.txt", PLAN.as_bytes(), &[("org", ORG)]);
        assert_eq!(res.status, 201, "{}", res.body);
        let id = week(&app)["id"].as_i64().unwrap();
        let res = app.send("PATCH", &format!("/api/v1/events/{id}"), &json!({
            "roles": ["director"], "location": "Актовый зал",
            "pinned": {"date": "2026-03-25", "time": "15:00"}
        }));
        assert_eq!(res.status, 200, "{}", res.body);
        let sequence = week(&app)["sequence"].as_i64().unwrap();
        // The same file again through the API: nothing a subscriber sees changes.
        let res = app.upload("plan.txt", PLAN.as_bytes(), &[("org", ORG)]);
        assert!(res.status == 200 || res.status == 201, "{}", res.body);
        still_hand_set(&app, "API re-import");
        assert_eq!(week(&app)["sequence"].as_i64().unwrap(), sequence, "no change to announce");

        // The re-upload preview shows them in the row's fields and says they are kept.
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let res = b.upload("/import?lang=ru", &[("csrf", &csrf), ("org", ORG)],
            ("plan.txt", PLAN.as_bytes()));
        assert_eq!(res.status, 303, "{}", res.body);
        let path = format!("/import/{}?lang=ru", pending_id(&res.location.unwrap()));
        let page = b.get(&path).body;
        let row = page.split("id=\"row-2\"").nth(1).unwrap().split("</tr>").next().unwrap();
        assert!(row.contains("name=\"roles.1\" value=\"директора\""), "{row}");
        assert!(row.contains("<small>Актовый зал</small>"), "{row}");
        assert!(row.contains("исправлено вручную, сохранится"), "{row}");
        assert!(row.contains("name=\"pin.1\" value=\"2026-03-25\""), "{row}");
        // Confirming the form as shown keeps all of it, the time included.
        let res = b.post(&path, &[("csrf", csrf.as_str()), ("roles.1", "директора"),
            ("pin.1", "2026-03-25"), ("action", "confirm")]);
        assert_eq!(res.status, 200, "{}", res.body);
        still_hand_set(&app, "confirmed preview");

        // A file that names other roles for the row: its roles; the place stays.
        let changed = PLAN.replace("библиотекари, классные руководители", "работники библиотеки");
        let res = app.upload("plan.txt", changed.as_bytes(), &[("org", ORG)]);
        assert!(res.status == 200 || res.status == 201, "{}", res.body);
        let e = week(&app);
        assert_eq!(e["roles"], json!(["librarian"]), "{e}");
        assert_eq!(e["location"], "Актовый зал", "{e}");
    };
}
