//! Tokens never reach the logs, at any level, and every request is logged once at info
//! with its status and duration. A test binary of its own: it installs a global log
//! subscriber at TRACE that captures everything the server writes.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logs() -> &'static Captured {
    static LOGS: OnceLock<Captured> = OnceLock::new();
    LOGS.get_or_init(|| {
        let captured = Captured::default();
        let writer = captured.clone();
        tracing_subscriber::fmt()
            // Everything the server and its libraries log; the test's own HTTP client
            // (ureq) is not the server and prints the URLs it calls.
            .with_env_filter(tracing_subscriber::EnvFilter::new(
                "trace,ureq=off,ureq_proto=off",
            ))
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .init();
        captured
    })
}

fn text() -> String {
    String::from_utf8_lossy(&logs().0.lock().unwrap()).into_owned()
}

#[test]
fn feed_tokens_and_admin_tokens_are_absent_from_logs_at_every_level() {
    logs();
    let app = common::spawn_app(common::Backend::Sqlite).unwrap();
    common::create_org(&app, "log-school", "МОУ «Лог СОШ»", "ru");
    let res = app.send(
        "POST",
        "/api/v1/tokens",
        &serde_json::json!({"feed": "/feeds/orgs/log-school.ics", "label": "t"}),
    );
    assert_eq!(res.status, 201, "{}", res.body);
    let body = res.json();
    let secret = body["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string();
    let path = &format!("/feeds/t/{secret}.ics");
    assert_eq!(app.get(path).status, 200);
    assert_eq!(app.get(&format!("{path}?lang=en")).status, 200);
    assert_eq!(app.get(&format!("/feeds/t/{secret}x.ics")).status, 404);
    // The router decodes the path: an escaped `t` is the same feed, and still redacted.
    assert_eq!(app.get(&format!("/feeds/%74/{secret}.ics")).status, 200);
    // A bad admin token on a write, and a good one.
    let res = app.send_raw(
        "POST",
        "/api/v1/orgs",
        Some("wrong-admin-secret"),
        "application/json",
        b"{}".to_vec(),
    );
    assert_eq!(res.status, 401);
    std::thread::sleep(std::time::Duration::from_millis(200));
    let logged = text();
    assert!(!logged.is_empty());
    for secret in [secret.as_str(), common::TOKEN, "wrong-admin-secret"] {
        assert!(!logged.contains(secret), "{secret} was logged:\n{logged}");
    }
    assert!(logged.contains("/feeds/t/[redacted]"), "{logged}");
    let request_lines: Vec<&str> = logged
        .lines()
        .filter(|l| l.contains(" INFO ") && l.contains("status=") && l.contains("duration_ms"))
        .collect();
    assert!(
        request_lines.len() >= 4,
        "one info line per request:\n{logged}"
    );
}
