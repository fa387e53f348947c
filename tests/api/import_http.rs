//! Importing plan files over HTTP: previews, storing, re-imports, and every kind of bad file.

use crate::common;

use std::io::Write;

use common::{TestApp, create_org};

const PLAN_V1: &str = "План совместной работы МОУ «Берёзовская СОШ» и МУК «Берёзовская ЦБС» на 2025 – 2026 учебный год.

Цель: приобщение школьников к чтению.

№, мероприятие, сроки, ответственные.
1. Заключение договора о сотрудничестве – сентябрь, директор МОУ «Берёзовская СОШ», директор библиотеки.
2. Экскурсия в детскую библиотеку – октябрь, работники библиотеки, классные руководители.
3. Литературный квиз «Осень» – ноябрь, работники библиотеки, организатор.
4. Новогодний утренник – декабрь, организатор, классные руководители.
5. Участие в районных конкурсах – в течение года, классные руководители.
";

fn plan_v2() -> String {
    PLAN_V1
        .replace(
            "Литературный квиз «Осень» – ноябрь",
            "Литературный квиз «Осень» – 20 ноября",
        )
        .replace(
            "4. Новогодний утренник – декабрь, организатор, классные руководители.\n",
            "",
        )
        + "6. Праздник книги – март, работники библиотеки.\n"
}

fn version_etag(app: &TestApp) -> String {
    app.get("/feeds/orgs/berezovka-school.ics")
        .header("etag")
        .unwrap_or("")
        .to_string()
}

fn events(app: &TestApp) -> Vec<serde_json::Value> {
    app.get("/api/v1/events?org=berezovka-school&limit=1000")
        .json()["items"]
        .as_array()
        .unwrap()
        .clone()
}

on_both_backends! {
    import_warnings_keep_their_english_message_and_say_their_kind_and_event => |app: TestApp| {
        let plan = "План работы библиотеки на 2025 – 2026 учебный год.\n\n№, мероприятие, сроки, ответственные.\n\
            1. Литературная гостиная – октябрь, работники библиотеки.\n\
            2. Неделя детской книги – 20.04.2026 - 10.04.2026, библиотекари.\n";
        let res = app.upload("plan.txt", plan.as_bytes(), &[("org", "library"), ("dry_run", "true")]);
        assert_eq!(res.status, 200, "{}", res.body);
        let doc = res.json();
        let warnings = doc["warnings"].as_array().unwrap();
        let note = warnings.iter().find(|w| w["kind"] == "timing").unwrap_or_else(|| panic!("{doc}"));
        assert_eq!(note["message"], "\"20.04.2026 - 10.04.2026\": the end 2026-04-10 is before the start 2026-04-20");
        assert_eq!((note["column"].as_str(), note["text"].as_str()), (Some("timing"), Some("20.04.2026 - 10.04.2026")));
        assert_eq!((note["note"].as_str(), note["start"].as_str(), note["end"].as_str()),
                   (Some("end_before_start"), Some("2026-04-20"), Some("2026-04-10")));
        assert!(note["read_as"].is_null(), "{note}");
        // `event` is the index in `events` of the row it is about.
        let i = usize::try_from(note["event"].as_u64().unwrap()).unwrap();
        assert_eq!(doc["events"][i]["title"], "Неделя детской книги");
        // `row` stays the row of the file as the reader counts it, which is not the event's.
        assert_eq!(note["row"], 4, "{note}");
    };

    a_dry_run_previews_and_stores_nothing => |app: TestApp| {
        let res = app.upload("plan.txt", PLAN_V1.as_bytes(), &[("org", "berezovka-school"), ("dry_run", "true")]);
        assert_eq!(res.status, 200, "{}", res.body);
        let doc = res.json();
        assert_eq!(doc["events"].as_array().unwrap().len(), 5);
        assert_eq!(doc["academic_year"], "2025-2026");
        assert!(doc["columns"].is_object(), "{doc}");
        assert_eq!(doc["events"][1]["when"]["start"], "2025-10-01");
        assert_eq!(app.get("/api/v1/orgs/berezovka-school").status, 404, "nothing stored, not even the org");
        assert_eq!(app.get("/api/v1/plans").json()["total"], 0);
    };

    an_import_stores_the_plan_and_a_reimport_keeps_uids => |app: TestApp| {
        let res = app.upload("plan.txt", PLAN_V1.as_bytes(), &[("org", "berezovka-school")]);
        assert_eq!(res.status, 201, "{}", res.body);
        let first = events(&app);
        assert_eq!(first.len(), 5);
        assert!(first.iter().any(|e| e["roles"].as_array().unwrap().iter().any(|r| r == "class-teacher")));
        let org = app.get("/api/v1/orgs/berezovka-school").json();
        assert!(org["name"].as_str().unwrap().contains("Берёзовская"), "a new org is named from the title: {org}");

        // The same file again changes nothing at all.
        let etag = version_etag(&app);
        let plan_id = app.get("/api/v1/plans").json()["items"][0]["id"].as_i64().unwrap();
        let plan_before = app.get(&format!("/api/v1/plans/{plan_id}")).body;
        let res = app.upload("plan.txt", PLAN_V1.as_bytes(), &[("org", "berezovka-school")]);
        assert_eq!(res.status, 201, "{}", res.body);
        assert_eq!(res.json()["outcome"]["unchanged"], 5);
        assert_eq!(events(&app), first);
        assert_eq!(version_etag(&app), etag, "feeds do not change");
        assert_eq!(app.get(&format!("/api/v1/plans/{plan_id}")).body, plan_before, "not even updated_at");

        // An edited file: edited rows keep their UID with SEQUENCE+1, new rows are added,
        // rows gone from the file are cancelled.
        let res = app.upload("plan.txt", plan_v2().as_bytes(), &[("org", "berezovka-school")]);
        assert_eq!(res.status, 201, "{}", res.body);
        let outcome = &res.json()["outcome"];
        assert_eq!((outcome["created"].as_i64(), outcome["updated"].as_i64(), outcome["cancelled"].as_i64()), (Some(1), Some(1), Some(1)), "{outcome}");
        let after = events(&app);
        let find = |list: &[serde_json::Value], n: &str| list.iter().find(|e| e["number"] == n).cloned().unwrap();
        assert_eq!(find(&after, "3")["uid"], find(&first, "3")["uid"]);
        assert_eq!(find(&after, "3")["sequence"], 1);
        assert_eq!(find(&after, "3")["when"]["start"], "2025-11-20");
        assert_eq!(find(&after, "1")["sequence"], 0);
        assert_eq!(find(&after, "4")["status"], "cancelled");
        assert_eq!(find(&after, "6")["sequence"], 0);
        assert_eq!(app.get("/api/v1/plans").json()["total"], 1, "the same plan, updated");
    };

    bad_files_get_clear_errors_and_store_nothing => |app: TestApp| {
        create_org(&app, "berezovka-school", "Школа", "ru");
        let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
            ("plan.docx", b"PK\x03\x04 this is not really a zip".to_vec(), 422, "damaged"),
            ("plan.docx", ole2_with("EncryptedPackage"), 422, "password"),
            ("old.doc", ole2_with("WordDocument"), 415, "save it as .docx"),
            ("photo.docx", {
                let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
                v.resize(2048, 7);
                v
            }, 415, "PNG"),
            ("plan.txt", vec![0xff, 0xfe, 0xfd, 0x00, 0x81, 0x00, 0x00, 0x9f], 422, ""),
            ("notes.txt", "Купить молоко.\nПозвонить маме.\n".as_bytes().to_vec(), 422, "no plan"),
            ("empty.csv", Vec::new(), 422, ""),
            ("bomb.docx", zip_bomb(), 413, ""),
        ];
        for (name, bytes, status, says) in cases {
            let res = app.upload(name, &bytes, &[("org", "berezovka-school")]);
            assert_eq!(res.status, status, "{name}: {}", res.body);
            assert_eq!(res.header("content-type"), Some("application/problem+json"), "{name}");
            let detail = res.json()["detail"].as_str().unwrap_or("").to_string();
            assert!(!detail.is_empty() && detail.contains(says), "{name}: {detail}");
        }
        let res = app.upload("huge.txt", &vec![b'a'; 21 * 1024 * 1024], &[("org", "berezovka-school")]);
        assert_eq!(res.status, 413, "{}", res.body);
        assert_eq!(app.get("/api/v1/plans").json()["total"], 0);
        assert_eq!(app.get("/api/v1/orgs").json()["total"], 1);
    };

    imports_need_a_token_and_a_well_formed_form => |app: TestApp| {
        let res = app.send_raw("POST", "/api/v1/imports", None, "multipart/form-data; boundary=x", b"--x--\r\n".to_vec());
        assert_eq!(res.status, 401);
        let res = app.upload("plan.txt", PLAN_V1.as_bytes(), &[]);
        assert_eq!(res.status, 400, "{}", res.body);
        assert!(res.json()["detail"].as_str().unwrap().contains("org"));
        let res = app.upload("plan.txt", PLAN_V1.as_bytes(), &[("org", "Not A Slug")]);
        assert_eq!(res.status, 400);
        let res = app.send("POST", "/api/v1/imports", &serde_json::json!({}));
        assert_eq!(res.status, 415);
    };
}

/// An OLE2 compound file naming one stream, as Word writes an encrypted .docx (stream
/// "EncryptedPackage") or a legacy .doc ("WordDocument").
fn ole2_with(stream: &str) -> Vec<u8> {
    let mut v = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    v.resize(1024, 0);
    v.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
    v.resize(4096, 0);
    v
}

/// A small zip whose one entry inflates to 1 GiB of zeros.
fn zip_bomb() -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("word/document.xml", options).unwrap();
        let chunk = vec![0u8; 1 << 20];
        for _ in 0..1024 {
            zip.write_all(&chunk).unwrap();
        }
        zip.finish().unwrap();
    }
    buf.into_inner()
}
