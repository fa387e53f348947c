//! Test helpers: every test gets the real server on a random port with its own database (a
//! temp SQLite file, or a fresh PostgreSQL database when PLANCAL_TEST_POSTGRES_URL is set).
#![allow(dead_code, reason = "each test binary uses some of the helpers")]

use std::net::TcpListener;
use std::sync::mpsc;

use plancal::config::{Overrides, Settings};
use plancal::http::{self, AppState};
use plancal::store::Store;

pub(crate) const TOKEN: &str = "test-admin-token-0123456789";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server tests may use. A missing URL fails the test, naming what is
/// missing, unless the developer opts out with `PLANCAL_TEST_POSTGRES=skip` (then the
/// PostgreSQL variants return early and say so). CI also sets PLANCAL_TEST_REQUIRE_POSTGRES=1,
/// which refuses the opt-out.
pub(crate) fn postgres_url() -> Option<String> {
    let url = std::env::var("PLANCAL_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_some() {
        return url;
    }
    let required = std::env::var("PLANCAL_TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1");
    let skip = std::env::var("PLANCAL_TEST_POSTGRES").is_ok_and(|v| v == "skip");
    if required || !skip {
        panic!(
            "PostgreSQL is missing: set PLANCAL_TEST_POSTGRES_URL to a server where the tests may \
             create databases (e.g. postgres://postgres@127.0.0.1:5432/postgres), or run with \
             PLANCAL_TEST_POSTGRES=skip to leave the PostgreSQL variants out"
        );
    }
    eprintln!("note: PLANCAL_TEST_POSTGRES=skip, PostgreSQL variant not run");
    None
}

/// A database of its own for one test: a SQLite file in a temp dir, or a new PostgreSQL
/// database created on the test server. Dropped with the test (the temp dir goes, the
/// PostgreSQL database is dropped), so `cargo test` leaves no databases behind.
pub(crate) struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    /// The server's own URL and the database's name, to drop it afterwards.
    postgres: Option<(String, String)>,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((admin_url, name)) = self.postgres.take() else {
            return;
        };
        // A thread of its own: drop may run inside a test's runtime.
        let dropped = std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                use sqlx::Connection;
                let mut admin = sqlx::PgConnection::connect(&admin_url).await?;
                let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut admin)
                    .await?;
                Ok::<_, sqlx::Error>(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("warning: test database not dropped: {dropped:?}");
        }
    }
}

pub(crate) async fn fresh_db(backend: Backend) -> Option<TestDb> {
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}", dir.path().join("plancal.db").display());
            Some(TestDb {
                url,
                _dir: Some(dir),
                postgres: None,
            })
        }
        Backend::Postgres => {
            let base = postgres_url()?;
            use sqlx::Connection;
            let mut admin = sqlx::PgConnection::connect(&base)
                .await
                .unwrap_or_else(|e| {
                    panic!("PostgreSQL at PLANCAL_TEST_POSTGRES_URL is unreachable: {e}")
                });
            let name = format!("plancal_test_{}", uuid::Uuid::new_v4().simple());
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut admin)
                .await
                .expect("create test database");
            let (head, _) = base
                .rsplit_once('/')
                .expect("postgres URL has a database name");
            let url = format!("{head}/{name}");
            Some(TestDb {
                url,
                _dir: None,
                postgres: Some((base, name)),
            })
        }
    }
}

pub(crate) struct TestApp {
    pub base: String,
    pub db_url: String,
    handle: actix_web::dev::ServerHandle,
    _db: Option<TestDb>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let handle = self.handle.clone();
        let _ =
            std::thread::spawn(move || actix_web::rt::System::new().block_on(handle.stop(false)))
                .join();
    }
}

pub(crate) fn settings_for(url: &str) -> Settings {
    Settings::load(
        None,
        vec![
            ("PLANCAL_DATABASE_URL".to_string(), url.to_string()),
            ("PLANCAL_ADMIN_TOKEN".to_string(), TOKEN.to_string()),
            ("PLANCAL_MAX_CONNECTIONS".to_string(), "4".to_string()),
            // The test client stands for a reverse proxy on loopback, so a test can name
            // the client with X-Forwarded-For (without the header the client is 127.0.0.1).
            (
                "PLANCAL_TRUSTED_PROXIES".to_string(),
                "127.0.0.1".to_string(),
            ),
            // The source tests serve partners' calendars from 127.0.0.1.
            (
                "PLANCAL_SOURCES__ALLOW_PRIVATE".to_string(),
                "true".to_string(),
            ),
        ],
        &Overrides::default(),
    )
    .expect("test settings")
}

/// Starts the real server on 127.0.0.1:0 against `db_url`.
pub(crate) fn start_server(db_url: &str, db: Option<TestDb>) -> TestApp {
    start_server_at(db_url, db, None)
}

/// Like `start_server`, with the public URL the instance's links use (instances behind one
/// load balancer share it); its own address when None.
pub(crate) fn start_server_at(
    db_url: &str,
    db: Option<TestDb>,
    public_url: Option<&str>,
) -> TestApp {
    start(db_url, db, public_url, None, Box::new(|_| {}))
}

/// Like `start_server`, with the background follower of `plancal serve` running too
/// (`sources::follow`), looking for due sources every `poll_seconds`.
pub(crate) fn start_server_following(
    db_url: &str,
    db: Option<TestDb>,
    poll_seconds: u64,
) -> TestApp {
    start(db_url, db, None, Some(poll_seconds), Box::new(|_| {}))
}

/// A change to the settings a test's server starts with (the LibreOffice program, say).
pub(crate) type Tweak = Box<dyn FnOnce(&mut Settings) + Send>;

fn start(
    db_url: &str,
    db: Option<TestDb>,
    public_url: Option<&str>,
    follow_every: Option<u64>,
    tweak: Tweak,
) -> TestApp {
    let (tx, rx) = mpsc::channel();
    let url = db_url.to_string();
    let public_url = public_url.map(str::to_string);
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let mut settings = settings_for(&url);
            tweak(&mut settings);
            let store = Store::connect(&url, 4).await.expect("connect");
            store.migrate().await.expect("migrate");
            if let Some(seconds) = follow_every {
                settings.sources.poll_seconds = seconds;
                actix_web::rt::spawn(plancal::sources::follow(
                    store.clone(),
                    settings.sources.clone(),
                ));
            }
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
            let port = listener.local_addr().expect("addr").port();
            settings.public_url = public_url.unwrap_or(format!("http://127.0.0.1:{port}"));
            let server = http::serve(listener, AppState::new(store, settings)).expect("serve");
            tx.send((port, server.handle())).expect("send");
            let _ = server.await;
        })
    });
    let (port, handle) = rx.recv().expect("server started");
    TestApp {
        base: format!("http://127.0.0.1:{port}"),
        db_url: db_url.to_string(),
        handle,
        _db: db,
    }
}

/// The app on a fresh database, or None only when the developer opted out of PostgreSQL
/// (`PLANCAL_TEST_POSTGRES=skip`); a missing server otherwise fails the test.
pub(crate) fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, Box::new(|_| {}))
}

/// Like `spawn_app`, with the settings changed by `tweak` first.
pub(crate) fn spawn_app_with(backend: Backend, tweak: Tweak) -> Option<TestApp> {
    let db = actix_web::rt::System::new().block_on(fresh_db(backend))?;
    let url = db.url.clone();
    Some(start(&url, Some(db), None, None, tweak))
}

pub(crate) struct Res {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// The body as received (compressed bodies stay compressed).
    pub bytes: Vec<u8>,
}

impl Res {
    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn finish(res: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Res {
    let mut res = res.expect("HTTP request");
    let status = res.status().as_u16();
    let headers = res
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let bytes = res
        .body_mut()
        .with_config()
        .limit(200 * 1024 * 1024)
        .read_to_vec()
        .unwrap_or_default();
    Res {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes,
    }
}

impl TestApp {
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub(crate) fn get(&self, path: &str) -> Res {
        self.get_with(path, &[])
    }

    pub(crate) fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Res {
        let mut req = agent().get(self.url(path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        finish(req.call())
    }

    /// A read with the admin token (sees private organizations and names).
    pub(crate) fn get_admin(&self, path: &str) -> Res {
        let auth = format!("Bearer {TOKEN}");
        self.get_with(path, &[("Authorization", auth.as_str())])
    }

    pub(crate) fn head(&self, path: &str) -> Res {
        finish(agent().head(self.url(path)).call())
    }

    /// A write with the admin token and a JSON body.
    pub(crate) fn send(&self, method: &str, path: &str, body: &serde_json::Value) -> Res {
        self.send_raw(
            method,
            path,
            Some(TOKEN),
            "application/json",
            body.to_string().into_bytes(),
        )
    }

    pub(crate) fn send_raw(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        content_type: &str,
        body: Vec<u8>,
    ) -> Res {
        let req = ureq::http::Request::builder()
            .method(method)
            .uri(self.url(path))
            .header("Content-Type", content_type);
        let req = match token {
            Some(t) => req.header("Authorization", format!("Bearer {t}")),
            None => req,
        };
        finish(agent().run(req.body(body).expect("request")))
    }

    pub(crate) fn delete(&self, path: &str) -> Res {
        self.send_raw("DELETE", path, Some(TOKEN), "application/json", Vec::new())
    }

    /// A multipart upload to /api/v1/imports.
    pub(crate) fn upload(&self, file_name: &str, bytes: &[u8], fields: &[(&str, &str)]) -> Res {
        let boundary = "plancal-test-boundary-7f3a";
        let body = multipart_body(boundary, fields, (file_name, bytes));
        self.send_raw(
            "POST",
            "/api/v1/imports",
            Some(TOKEN),
            &format!("multipart/form-data; boundary={boundary}"),
            body,
        )
    }
}

/// The `plancal` binary, without the environment's PLANCAL_* variables: tests must not pick
/// up the developer's settings (nor the test harness's own, such as PLANCAL_AXE_JS, which
/// the binary would refuse as unknown settings).
pub(crate) fn plancal() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_plancal"));
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("PLANCAL_")) {
        cmd.env_remove(k);
    }
    cmd
}

/// A multipart/form-data body: the text fields, then the file as the part named "file".
pub(crate) fn multipart_body(
    boundary: &str,
    fields: &[(&str, &str)],
    (file_name, bytes): (&str, &[u8]),
) -> Vec<u8> {
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    body
}

/// Runs a test body against SQLite and, when available, PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident => $body:expr;)+) => {
        $(
            mod $name {
                #[allow(unused_imports, reason = "a body may name nothing from the test file")]
                use super::*;
                #[test]
                fn sqlite() {
                    if let Some(app) = $crate::common::spawn_app($crate::common::Backend::Sqlite) {
                        ($body)(app);
                    }
                }
                #[test]
                fn postgres() {
                    if let Some(app) = $crate::common::spawn_app($crate::common::Backend::Postgres) {
                        ($body)(app);
                    }
                }
            }
        )+
    };
}

/// An organization for tests.
pub(crate) fn create_org(app: &TestApp, slug: &str, name: &str, locale: &str) {
    let res = app.send(
        "POST",
        "/api/v1/orgs",
        &serde_json::json!({"slug": slug, "name": name, "locale": locale}),
    );
    assert_eq!(res.status, 201, "{}", res.body);
}

/// Runs ics-check on a feed body; fails the test (never skips) when the tool is missing.
pub(crate) fn ics_check(body: &str, expect_events: usize) {
    let check = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/ics-check");
    assert!(
        check.exists(),
        "{} is missing: the feed tests need ../shared/tools (run bash ../shared/tools/install-ics-clients.sh)",
        check.display()
    );
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), body).unwrap();
    let out = std::process::Command::new(&check)
        .arg(file.path())
        .arg("--expect-events")
        .arg(expect_events.to_string())
        .output()
        .unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "ics-check failed:\n{report}\n--- feed ---\n{body}"
    );
    assert!(
        report.contains(&format!("ok, 5 clients agree on {expect_events} events")),
        "{report}"
    );
}

/// A small calendar whose one event nests `depth` components (`BEGIN:A` … `END:A`): 3,000 of
/// them once overflowed the parser's stack and aborted the server.
pub(crate) fn nested_calendar(depth: usize) -> String {
    format!(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:n\nDTSTART:20251015T100000Z\nSUMMARY:n\n{}{}END:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:A\n".repeat(depth),
        "END:A\n".repeat(depth)
    )
}

/// The seed plan whose file name starts with `prefix` (`../shared/seeds`, beside the
/// repository): its file name and bytes. A missing seed fails the test loudly.
pub(crate) fn seed(prefix: &str) -> (String, Vec<u8>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (the seeds live beside the repository)",
                dir.display()
            )
        })
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix} in {}", dir.display()));
    let name = entry.file_name().unwrap().to_string_lossy().to_string();
    (name, std::fs::read(&entry).unwrap())
}
