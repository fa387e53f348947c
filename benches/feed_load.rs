//! Feed load benchmark: a release build of the server on 127.0.0.1 (SQLite, seeded with a
//! 200-event and a 2,000-event plan) hammered by a keep-alive HTTP/1.1 load client; prints
//! requests per second for full responses and for 304s.
//!
//! Run: `cargo bench --bench feed_load` (PLANCAL_LOAD_SECONDS=N to change the 5 s per case,
//! PLANCAL_LOAD_CONNECTIONS=N for the 4 connections).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use plancal::config::{Overrides, Settings};
use plancal::http::{self, AppState};
use plancal::plan::{EventDoc, OrgKind, OrganizationInput, PlanDocument, SectionDoc, Slug};
use plancal::store::Store;
use plancal::timing::AcademicYear;

const TIMINGS: [&str; 10] = [
    "сентябрь",
    "12 октября",
    "апрель-июнь",
    "в течение года",
    "ежемесячно",
    "20-25 ноября",
    "декабрь",
    "до 15 мая",
    "I полугодие",
    "март",
];

fn plan(org: &str, events: usize) -> PlanDocument {
    let year = AcademicYear::new(2025).expect("year");
    PlanDocument {
        id: None,
        org: org.to_string(),
        title: format!("План на {events} мероприятий"),
        academic_year: year,
        partners: Vec::new(),
        description: String::new(),
        source: None,
        owner_name: None,
        lang: None,
        sections: vec![SectionDoc {
            key: "1".into(),
            title: "Мероприятия".into(),
            sections: Vec::new(),
        }],
        events: (0..events)
            .map(|i| {
                let mut e = EventDoc::new(
                    format!("Мероприятие №{i}: «Литературная гостиная» для 5-9 классов"),
                    TIMINGS[i % TIMINGS.len()],
                );
                e.number = Some((i + 1).to_string());
                e.section = Some("1".into());
                e.location = "Центральная детская библиотека имени Сергея Михалкова".into();
                e.responsible = "работники библиотеки, классные руководители".into();
                e.roles = vec!["librarian".into(), "class-teacher".into()];
                e.result = "Развитие читательской грамотности".into();
                e
            })
            .collect(),
        warnings: Vec::new(),
        columns: None,
        created_at: None,
        updated_at: None,
    }
}

async fn seed(store: &Store) {
    for (slug, n) in [("school-200", 200), ("school-2000", 2000)] {
        let mut tx = store.begin().await.expect("begin");
        let org = tx
            .conn()
            .create_org(&OrganizationInput {
                slug: Slug::parse(slug).expect("slug"),
                name: format!("Школа {n}"),
                short_name: None,
                kind: OrgKind::School,
                timezone: None,
                locale: None,
                public_feeds: None,
                public_names: None,
                color: None,
            })
            .await
            .expect("org");
        tx.conn()
            .create_plan(&org, &plan(slug, n))
            .await
            .expect("plan");
        tx.commit().await.expect("commit");
    }
}

fn start_server() -> (u16, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}", dir.path().join("load.db").display());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let settings = Settings::load(
                None,
                vec![("PLANCAL_DATABASE_URL".to_string(), url.clone())],
                &Overrides::default(),
            )
            .expect("settings");
            let store = Store::connect(&url, 8).await.expect("connect");
            store.migrate().await.expect("migrate");
            seed(&store).await;
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
            let port = listener.local_addr().expect("addr").port();
            let server = http::serve(listener, AppState::new(store, settings)).expect("serve");
            tx.send(port).expect("send");
            let _ = server.await;
        })
    });
    (rx.recv().expect("port"), dir)
}

/// One keep-alive request; returns (status, etag, body length).
fn request(
    conn: &mut BufReader<TcpStream>,
    path: &str,
    etag: Option<&str>,
) -> (u16, Option<String>, usize) {
    let mut req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n");
    if let Some(tag) = etag {
        req.push_str(&format!("If-None-Match: {tag}\r\n"));
    }
    req.push_str("\r\n");
    conn.get_mut().write_all(req.as_bytes()).expect("write");
    let mut line = String::new();
    conn.read_line(&mut line).expect("status line");
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    let (mut length, mut tag) = (0usize, None);
    loop {
        line.clear();
        conn.read_line(&mut line).expect("header");
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            match k.to_ascii_lowercase().as_str() {
                "content-length" => length = v.trim().parse().unwrap_or(0),
                "etag" => tag = Some(v.trim().to_string()),
                _ => {}
            }
        }
    }
    let mut body = vec![0u8; length];
    conn.read_exact(&mut body).expect("body");
    (status, tag, length)
}

fn run(port: u16, path: &str, conditional: bool, seconds: u64, connections: usize) -> (f64, usize) {
    let connect = || BufReader::new(TcpStream::connect(("127.0.0.1", port)).expect("connect"));
    let (status, etag, size) = request(&mut connect(), path, None);
    assert_eq!(status, 200, "{path}");
    let etag = conditional.then_some(etag).flatten();
    let expected = if conditional { 304 } else { 200 };
    let done = Arc::new(AtomicBool::new(false));
    let count = Arc::new(AtomicU64::new(0));
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let (done, count, etag, path) =
                (done.clone(), count.clone(), etag.clone(), path.to_string());
            let mut conn = connect();
            std::thread::spawn(move || {
                while !done.load(Ordering::Relaxed) {
                    let (status, _, _) = request(&mut conn, &path, etag.as_deref());
                    assert_eq!(status, expected);
                    count.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    let start = Instant::now();
    std::thread::sleep(Duration::from_secs(seconds));
    done.store(true, Ordering::Relaxed);
    let elapsed = start.elapsed().as_secs_f64();
    for w in workers {
        let _ = w.join();
    }
    (count.load(Ordering::Relaxed) as f64 / elapsed, size)
}

fn main() {
    // `cargo test --benches` runs bench targets once as tests: keep that quick.
    let quick =
        std::env::args().any(|a| a == "--test") || !std::env::args().any(|a| a == "--bench");
    let env_num = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let seconds = if quick {
        1
    } else {
        env_num("PLANCAL_LOAD_SECONDS", 5)
    };
    let connections = env_num("PLANCAL_LOAD_CONNECTIONS", 4) as usize;
    let (port, _dir) = start_server();
    println!(
        "feed load: {connections} keep-alive connections, {seconds} s per case, server on 127.0.0.1:{port}"
    );
    for (label, path) in [
        ("200-event feed", "/feeds/orgs/school-200.ics"),
        ("2,000-event feed", "/feeds/orgs/school-2000.ics"),
    ] {
        let (full, size) = run(port, path, false, seconds, connections);
        println!("{label:>17}, full ({size} bytes): {full:>10.0} requests/s");
        let (not_modified, _) = run(port, path, true, seconds, connections);
        println!("{label:>17}, 304:{:>22.0} requests/s", not_modified);
    }
}
