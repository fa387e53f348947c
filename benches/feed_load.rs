//! Feed load benchmark: the release `plancal` binary serving a SQLite database seeded with a
//! 200-event and a 2,000-event plan on 127.0.0.1, driven by a keep-alive HTTP/1.1 load
//! client (32 connections, one thread each, raw requests over std `TcpStream`), and nginx
//! serving the very same bytes pre-compressed (`gzip_static`) in the same run, measured the
//! same way. Prints requests per second for the 200-event feed (identity, gzip, 304 with the
//! gzip ETag, nginx gzip_static and the plancal/nginx ratio), for the 2,000-event feed
//! (identity, gzip), and the server's resident memory after 84 distinct large feeds
//! (`from=` one day apart) against the feed cache's byte budget.
//!
//! Run: `cargo bench --bench feed_load`. Needs nginx (`apt-get install -y nginx`); without it
//! the bench says so and exits non-zero, it never prints a figure it did not measure.
//! A full run also exits non-zero when a requirement below is missed.
//! Knobs: PLANCAL_LOAD_SECONDS (5 s per case), PLANCAL_LOAD_CONNECTIONS (32),
//! PLANCAL_NGINX (path of the nginx binary, else looked up on PATH and in the usual sbin
//! folders).
#![allow(
    clippy::cast_precision_loss,
    reason = "requests per second and MiB: counts far below 2^52 over elapsed seconds"
)]

use std::fmt::Write as _;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use plancal::plan::{EventDoc, OrgKind, OrganizationInput, PlanDocument, SectionDoc, Slug};
use plancal::store::Store;
use plancal::timing::AcademicYear;

/// The requirement ("Feeds a subscriber can trust"), checked on a full run.
const MIN_GZIP_VS_NGINX: f64 = 0.5;
const MIN_GZIP_RPS: f64 = 20_000.0;
const MIN_304_RPS: f64 = 30_000.0;
/// `FeedCache::default()`'s byte budget (src/http/feeds.rs).
const CACHE_BUDGET: usize = 64 * 1024 * 1024;
/// Distinct large feeds asked for in the memory case.
const MEMORY_FEEDS: usize = 84;

const FEED_200: &str = "/feeds/orgs/school-200.ics";
const FEED_2000: &str = "/feeds/orgs/school-2000.ics";

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
        org: Slug::parse(org).expect("slug"),
        title: format!("План на {events} мероприятий"),
        academic_year: year,
        partners: Vec::new(),
        description: String::new(),
        source: None,
        owner_name: None,
        lang: None,
        class: None,
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
        reading: None,
        created_at: None,
        updated_at: None,
    }
}

/// Creates the database and the two plans through the store, then closes it: the server
/// process opens it afresh.
fn seed(url: &str) -> Result<(), String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("runtime: {e}"))?;
    rt.block_on(async {
        let store = Store::connect(url, 2).await.map_err(|e| e.to_string())?;
        store.migrate().await.map_err(|e| e.to_string())?;
        for (slug, n) in [("school-200", 200), ("school-2000", 2000)] {
            let mut tx = store.begin().await.map_err(|e| e.to_string())?;
            let org = tx
                .conn()
                .create_org(&OrganizationInput {
                    slug: Slug::parse(slug).map_err(|e| e.to_string())?,
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
                .map_err(|e| e.to_string())?;
            tx.conn()
                .create_plan(&org, &plan(slug, n))
                .await
                .map_err(|e| e.to_string())?;
            tx.commit().await.map_err(|e| e.to_string())?;
        }
        store.close().await;
        Ok(())
    })
}

/// A child process stopped when dropped, also on an early return or a panic.
struct Proc {
    name: &'static str,
    child: Child,
    /// nginx's master must be told to stop (SIGTERM) or its workers outlive it.
    graceful: bool,
}

impl Proc {
    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn exited(&mut self) -> Option<String> {
        match self.child.try_wait() {
            Ok(Some(status)) => Some(format!("{} exited: {status}", self.name)),
            Ok(None) => None,
            Err(e) => Some(format!("{}: {e}", self.name)),
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if self.graceful {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            let until = Instant::now() + Duration::from_secs(10);
            while Instant::now() < until {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free loopback port: {e}"))
}

/// Waits until `path` answers 200 on `port`.
fn wait_ready(proc: &mut Proc, port: u16, path: &str) -> Result<(), String> {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(why) = proc.exited() {
            return Err(why);
        }
        if let Ok(mut c) = Conn::open(port)
            && let Ok(head) = c.exchange(&get(path, None, None), false)
            && head.status == 200
        {
            return Ok(());
        }
        if Instant::now() > until {
            return Err(format!("{} did not answer on 127.0.0.1:{port}", proc.name));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn start_plancal(dir: &Path) -> Result<(Proc, u16), String> {
    let url = format!("sqlite://{}", dir.join("load.db").display());
    seed(&url)?;
    let port = free_port()?;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plancal"));
    cmd.args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .args(["--database-url", &url])
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    // The bench's own PLANCAL_LOAD_* knobs are not server settings (unknown keys are refused).
    for (k, _) in std::env::vars() {
        if k.starts_with("PLANCAL_") {
            cmd.env_remove(k);
        }
    }
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", env!("CARGO_BIN_EXE_plancal")))?;
    let mut proc = Proc {
        name: "plancal",
        child,
        graceful: false,
    };
    wait_ready(&mut proc, port, FEED_200)?;
    Ok((proc, port))
}

fn find_nginx() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PLANCAL_NGINX") {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(
            ["/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"]
                .iter()
                .map(PathBuf::from),
        )
        .map(|d| d.join("nginx"))
        .find(|p| p.is_file())
}

fn nginx_version(nginx: &Path) -> String {
    Command::new(nginx)
        .arg("-v")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stderr).trim().to_string())
        .and_then(|v| v.rsplit('/').next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

/// nginx on a free loopback port serving `feed.ics` and `feed.ics.gz` from a folder of its
/// own, with a minimal config: gzip_static, no access log.
fn start_nginx(
    nginx: &Path,
    dir: &Path,
    identity: &[u8],
    gzip: &[u8],
    workers: usize,
) -> Result<(Proc, u16), String> {
    use std::os::unix::fs::PermissionsExt;
    let io = |what: &str, e: io::Error| format!("{what}: {e}");
    let www = dir.join("www");
    std::fs::create_dir_all(&www).map_err(|e| io("www", e))?;
    std::fs::write(www.join("feed.ics"), identity).map_err(|e| io("feed.ics", e))?;
    std::fs::write(www.join("feed.ics.gz"), gzip).map_err(|e| io("feed.ics.gz", e))?;
    // Run as root, nginx's workers drop to an unprivileged user: they must be able to read.
    for (p, mode) in [
        (dir.to_path_buf(), 0o755),
        (www.clone(), 0o755),
        (www.join("feed.ics"), 0o644),
        (www.join("feed.ics.gz"), 0o644),
    ] {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode))
            .map_err(|e| io("chmod", e))?;
    }
    let port = free_port()?;
    let conf = format!(
        "daemon off;
worker_processes {workers};
error_log {dir}/error.log warn;
pid {dir}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    gzip_static on;
    keepalive_requests 1000000000;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            root {www};
            default_type text/calendar;
        }}
    }}
}}
",
        dir = dir.display(),
        www = www.display(),
    );
    let conf_path = dir.join("nginx.conf");
    std::fs::write(&conf_path, conf).map_err(|e| io("nginx.conf", e))?;
    let child = Command::new(nginx)
        .arg("-p")
        .arg(dir)
        .arg("-e")
        .arg(dir.join("error.log"))
        .arg("-c")
        .arg(&conf_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", nginx.display()))?;
    let mut proc = Proc {
        name: "nginx",
        child,
        graceful: true,
    };
    wait_ready(&mut proc, port, "/feed.ics").map_err(|e| {
        let log = std::fs::read_to_string(dir.join("error.log")).unwrap_or_default();
        format!("{e}\n{log}")
    })?;
    Ok((proc, port))
}

fn get(path: &str, coding: Option<&str>, etag: Option<&str>) -> Vec<u8> {
    let mut req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n");
    if let Some(coding) = coding {
        let _ = write!(req, "Accept-Encoding: {coding}\r\n");
    }
    if let Some(tag) = etag {
        let _ = write!(req, "If-None-Match: {tag}\r\n");
    }
    req.push_str("\r\n");
    req.into_bytes()
}

#[derive(Debug, Default)]
struct Head {
    status: u16,
    length: usize,
    close: bool,
    etag: Option<String>,
    encoding: Option<String>,
}

/// One keep-alive connection with buffers reused across requests.
struct Conn {
    r: BufReader<TcpStream>,
    line: Vec<u8>,
    body: Vec<u8>,
}

impl Conn {
    fn open(port: u16) -> io::Result<Conn> {
        let s = TcpStream::connect(("127.0.0.1", port))?;
        s.set_nodelay(true)?;
        s.set_read_timeout(Some(Duration::from_secs(30)))?;
        Ok(Conn {
            r: BufReader::with_capacity(64 * 1024, s),
            line: Vec::with_capacity(256),
            body: Vec::new(),
        })
    }

    fn read_line(&mut self) -> io::Result<&[u8]> {
        self.line.clear();
        if self.r.read_until(b'\n', &mut self.line)? == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let mut l = &self.line[..];
        while let [rest @ .., b'\r' | b'\n'] = l {
            l = rest;
        }
        Ok(l)
    }

    /// Writes one request and reads its answer (a Content-Length body, into `self.body`);
    /// `headers` also keeps the ETag and Content-Encoding.
    fn exchange(&mut self, req: &[u8], headers: bool) -> io::Result<Head> {
        let bad = |m: String| io::Error::new(io::ErrorKind::InvalidData, m);
        self.r.get_mut().write_all(req)?;
        let line = self.read_line()?;
        let status = line
            .get(9..12)
            .and_then(|s| std::str::from_utf8(s).ok())
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad(format!("status line {:?}", String::from_utf8_lossy(line))))?;
        let mut head = Head {
            status,
            ..Head::default()
        };
        loop {
            let line = self.read_line()?;
            if line.is_empty() {
                break;
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                continue;
            };
            let (name, value) = (&line[..colon], line[colon + 1..].trim_ascii());
            if name.eq_ignore_ascii_case(b"content-length") {
                head.length = std::str::from_utf8(value)
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| bad("content-length".into()))?;
            } else if name.eq_ignore_ascii_case(b"connection") {
                head.close = value.eq_ignore_ascii_case(b"close");
            } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
                return Err(bad(
                    "a chunked answer: this client reads Content-Length".into()
                ));
            } else if headers && name.eq_ignore_ascii_case(b"etag") {
                head.etag = Some(String::from_utf8_lossy(value).into_owned());
            } else if headers && name.eq_ignore_ascii_case(b"content-encoding") {
                head.encoding = Some(String::from_utf8_lossy(value).into_owned());
            }
        }
        self.body.resize(head.length, 0);
        self.r.read_exact(&mut self.body)?;
        Ok(head)
    }
}

/// One request on a fresh connection: its head and body.
fn fetch(port: u16, req: &[u8]) -> Result<(Head, Vec<u8>), String> {
    let mut c = Conn::open(port).map_err(|e| format!("connect {port}: {e}"))?;
    let head = c.exchange(req, true).map_err(|e| {
        format!(
            "{}: {e}",
            String::from_utf8_lossy(req).lines().next().unwrap_or("")
        )
    })?;
    Ok((head, std::mem::take(&mut c.body)))
}

struct Load {
    seconds: f64,
    warmup: f64,
    connections: usize,
}

/// Requests per second of `req` over `connections` keep-alive connections, counted for
/// `seconds` after a warm-up; every answer must have `status` and a `length`-byte body.
fn measure(load: &Load, port: u16, req: &[u8], status: u16, length: usize) -> Result<f64, String> {
    let done = AtomicBool::new(false);
    let count = AtomicU64::new(0);
    let failure: Mutex<Option<String>> = Mutex::new(None);
    let fail = |why: String| {
        if let Ok(mut f) = failure.lock() {
            f.get_or_insert(why);
        }
        done.store(true, Ordering::Relaxed);
    };
    let rate = std::thread::scope(|s| {
        for _ in 0..load.connections {
            s.spawn(|| {
                let mut conn = match Conn::open(port) {
                    Ok(c) => c,
                    Err(e) => return fail(format!("connect: {e}")),
                };
                while !done.load(Ordering::Relaxed) {
                    match conn.exchange(req, false) {
                        Ok(h) if h.status == status && h.length == length => {
                            count.fetch_add(1, Ordering::Relaxed);
                            if h.close {
                                conn = match Conn::open(port) {
                                    Ok(c) => c,
                                    Err(e) => return fail(format!("reconnect: {e}")),
                                };
                            }
                        }
                        Ok(h) => {
                            return fail(format!(
                                "answer {} with {} bytes, expected {status} with {length}",
                                h.status, h.length
                            ));
                        }
                        Err(_) if done.load(Ordering::Relaxed) => return,
                        Err(e) => return fail(format!("request: {e}")),
                    }
                }
            });
        }
        std::thread::sleep(Duration::from_secs_f64(load.warmup));
        let (c0, t0) = (count.load(Ordering::Relaxed), Instant::now());
        std::thread::sleep(Duration::from_secs_f64(load.seconds));
        let (c1, t1) = (count.load(Ordering::Relaxed), Instant::now());
        done.store(true, Ordering::Relaxed);
        (c1 - c0) as f64 / (t1 - t0).as_secs_f64()
    });
    match failure.into_inner().ok().flatten() {
        Some(why) => Err(why),
        None => Ok(rate),
    }
}

/// VmRSS and VmHWM of a process, in bytes.
fn memory(pid: u32) -> Result<(usize, usize), String> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .map_err(|e| format!("/proc/{pid}/status: {e}"))?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok())
            .map(|kb| kb * 1024)
            .ok_or_else(|| format!("no {name} in /proc/{pid}/status"))
    };
    Ok((field("VmRSS:")?, field("VmHWM:")?))
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn row(label: &str, rps: f64) {
    println!("  {label:<34} {rps:>9.0} requests/s");
}

fn gunzip(gz: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(gz)
        .read_to_end(&mut out)
        .map_err(|e| format!("gzip body does not decode: {e}"))?;
    Ok(out)
}

/// The identity and gzip bytes of a feed, checked against each other, and the gzip ETag.
fn feed_bytes(port: u16, path: &str) -> Result<(Vec<u8>, Vec<u8>, String), String> {
    let (h, identity) = fetch(port, &get(path, None, None))?;
    if h.status != 200 || h.encoding.as_deref().is_some_and(|e| e != "identity") {
        return Err(format!(
            "{path}: {} {:?} without Accept-Encoding",
            h.status, h.encoding
        ));
    }
    let (h, gz) = fetch(port, &get(path, Some("gzip"), None))?;
    if h.status != 200 || h.encoding.as_deref() != Some("gzip") {
        return Err(format!("{path}: {} {:?} for gzip", h.status, h.encoding));
    }
    if gunzip(&gz)? != identity {
        return Err(format!("{path}: the gzip body is not the identity body"));
    }
    let etag = h.etag.ok_or_else(|| format!("{path}: no ETag"))?;
    Ok((identity, gz, etag))
}

struct Verdict(Vec<(String, bool)>);

impl Verdict {
    fn check(&mut self, what: String, ok: bool) {
        self.0.push((what, ok));
    }
}

fn env_num<T: std::str::FromStr>(key: &str, default: T) -> T {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn run(quick: bool, nginx: &Path) -> Result<Verdict, String> {
    let load = Load {
        seconds: if quick {
            1.0
        } else {
            env_num("PLANCAL_LOAD_SECONDS", 5.0)
        },
        warmup: if quick { 0.2 } else { 1.0 },
        connections: env_num("PLANCAL_LOAD_CONNECTIONS", 32),
    };
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let nginx_workers = cpus.clamp(1, 2);
    let dir = tempfile::tempdir().map_err(|e| format!("tempdir: {e}"))?;
    let (mut server, port) = start_plancal(dir.path())?;
    println!(
        "feed load: {} keep-alive HTTP/1.1 connections on loopback, {} s per case after {} s of \
         warm-up, {cpus} CPUs",
        load.connections, load.seconds, load.warmup
    );
    println!(
        "plancal: release binary, pid {}, 127.0.0.1:{port} (actix workers: one per CPU); \
         nginx {}: {nginx_workers} worker process(es), gzip_static, same client",
        server.pid(),
        nginx_version(nginx)
    );
    let mut verdict = Verdict(Vec::new());
    let nginx = Nginx {
        binary: nginx,
        workers: nginx_workers,
    };
    feed_200_against_nginx(&load, port, &nginx, quick, &mut verdict)?;
    let per_feed = feed_2000(&load, port)?;
    memory_over_distinct_feeds(&mut server, port, quick, per_feed)?;
    Ok(verdict)
}

struct Nginx<'a> {
    binary: &'a Path,
    workers: usize,
}

/// The 200-event feed against nginx serving its very bytes.
fn feed_200_against_nginx(
    load: &Load,
    port: u16,
    nginx: &Nginx<'_>,
    quick: bool,
    verdict: &mut Verdict,
) -> Result<(), String> {
    let (identity, gz, gz_tag) = feed_bytes(port, FEED_200)?;
    println!(
        "200-event feed: identity {} bytes, gzip {} bytes, gzip ETag {gz_tag}",
        identity.len(),
        gz.len()
    );
    let rps_identity = measure(load, port, &get(FEED_200, None, None), 200, identity.len())?;
    row("plancal identity", rps_identity);
    let conditional = get(FEED_200, Some("gzip"), Some(&gz_tag));
    let (h, _) = fetch(port, &conditional)?;
    if h.status != 304 {
        return Err(format!(
            "If-None-Match {gz_tag}: {} instead of 304",
            h.status
        ));
    }
    let rps_304 = measure(load, port, &conditional, 304, 0)?;
    row("plancal 304 (If-None-Match gzip)", rps_304);
    let nginx_dir = tempfile::tempdir().map_err(|e| format!("tempdir: {e}"))?;
    let (nginx_proc, nginx_port) = start_nginx(
        nginx.binary,
        nginx_dir.path(),
        &identity,
        &gz,
        nginx.workers,
    )?;
    let (h, nginx_gz) = fetch(nginx_port, &get("/feed.ics", Some("gzip"), None))?;
    if h.status != 200 || h.encoding.as_deref() != Some("gzip") || nginx_gz != gz {
        return Err(format!(
            "nginx does not serve the same gzip bytes: {} {:?}, {} bytes",
            h.status,
            h.encoding,
            nginx_gz.len()
        ));
    }
    // plancal and nginx alternate, twice, so a slow moment of the machine does not land on
    // one of them only; the better round of each counts.
    let rounds = if quick { 1 } else { 2 };
    let (mut rps_gzip, mut rps_nginx) = (0f64, 0f64);
    for round in 1..=rounds {
        let p = measure(
            load,
            port,
            &get(FEED_200, Some("gzip"), None),
            200,
            gz.len(),
        )?;
        let n = measure(
            load,
            nginx_port,
            &get("/feed.ics", Some("gzip"), None),
            200,
            gz.len(),
        )?;
        println!("  (round {round}: plancal gzip {p:.0}, nginx gzip_static {n:.0} requests/s)");
        rps_gzip = rps_gzip.max(p);
        rps_nginx = rps_nginx.max(n);
    }
    row("plancal gzip", rps_gzip);
    row("nginx gzip_static (same bytes)", rps_nginx);
    let ratio = rps_gzip / rps_nginx;
    println!("  {:<34} {ratio:>9.2}×", "plancal gzip / nginx gzip_static");
    drop(nginx_proc);
    verdict.check(
        format!("200-event gzip ≥ {MIN_GZIP_VS_NGINX}× nginx gzip_static: {ratio:.2}×"),
        ratio >= MIN_GZIP_VS_NGINX,
    );
    verdict.check(
        format!("200-event gzip ≥ {MIN_GZIP_RPS:.0} requests/s: {rps_gzip:.0}"),
        rps_gzip >= MIN_GZIP_RPS,
    );
    verdict.check(
        format!("304 ≥ {MIN_304_RPS:.0} requests/s: {rps_304:.0}"),
        rps_304 >= MIN_304_RPS,
    );
    Ok(())
}

/// The 2,000-event feed; returns what one such feed takes in the cache (gzip + brotli).
fn feed_2000(load: &Load, port: u16) -> Result<usize, String> {
    let (identity, gz, _) = feed_bytes(port, FEED_2000)?;
    let (_, br) = fetch(port, &get(FEED_2000, Some("br"), None))?;
    println!(
        "2,000-event feed: identity {} bytes, gzip {} bytes, brotli {} bytes",
        identity.len(),
        gz.len(),
        br.len()
    );
    let r = measure(load, port, &get(FEED_2000, None, None), 200, identity.len())?;
    row("plancal identity", r);
    let r = measure(
        load,
        port,
        &get(FEED_2000, Some("gzip"), None),
        200,
        gz.len(),
    )?;
    row("plancal gzip", r);
    Ok(gz.len() + br.len())
}

/// Memory: distinct large feeds, each rendered and compressed once and cached.
fn memory_over_distinct_feeds(
    server: &mut Proc,
    port: u16,
    quick: bool,
    per_feed: usize,
) -> Result<(), String> {
    let feeds = if quick { 8 } else { MEMORY_FEEDS };
    let (rss_before, _) = memory(server.pid())?;
    let first = chrono::NaiveDate::from_ymd_opt(2025, 9, 1).ok_or("date")?;
    let mut conn = Conn::open(port).map_err(|e| e.to_string())?;
    let started = Instant::now();
    let mut bodies = 0usize;
    for day in 0..feeds {
        let from = first + chrono::Days::new(day as u64);
        let path = format!("{FEED_2000}?from={from}");
        let h = conn
            .exchange(&get(&path, Some("gzip"), None), false)
            .map_err(|e| format!("{path}: {e}"))?;
        if h.status != 200 {
            return Err(format!("{path}: {}", h.status));
        }
        bodies += h.length;
    }
    let took = started.elapsed().as_secs_f64();
    if let Some(why) = server.exited() {
        return Err(why);
    }
    let (rss, hwm) = memory(server.pid())?;
    println!(
        "memory: {feeds} requests (gzip) for the 2,000-event feed with from={first} … {} \
         ({feeds} distinct feeds, {:.1} MiB of gzip bodies sent, {took:.1} s)",
        first + chrono::Days::new(feeds as u64 - 1),
        mib(bodies)
    );
    println!(
        "  plancal VmRSS {:.1} MiB (before: {:.1} MiB, peak VmHWM {:.1} MiB); feed cache byte \
         budget {:.0} MiB; the 2,000-event feed takes {:.2} MiB in the cache as gzip clients \
         leave it (gzip + brotli; the plain bytes are kept only once asked for), {feeds} such \
         feeds {:.0} MiB",
        mib(rss),
        mib(rss_before),
        mib(hwm),
        mib(CACHE_BUDGET),
        mib(per_feed),
        mib(per_feed * feeds)
    );
    Ok(())
}

fn main() -> ExitCode {
    // `cargo test --benches` runs bench targets once as tests: keep that quick.
    let quick =
        std::env::args().any(|a| a == "--test") || !std::env::args().any(|a| a == "--bench");
    let Some(nginx) = find_nginx() else {
        eprintln!(
            "\n*** feed_load: nginx NOT FOUND (PATH, /usr/sbin, /usr/local/sbin, PLANCAL_NGINX).\n\
             *** The bench compares plancal with nginx gzip_static in the same run and reports\n\
             *** nothing without it. Install it: apt-get install -y nginx\n"
        );
        return ExitCode::FAILURE;
    };
    match run(quick, &nginx) {
        Err(why) => {
            eprintln!("\n*** feed_load FAILED: {why}\n");
            ExitCode::FAILURE
        }
        Ok(Verdict(checks)) => {
            println!("requirement (\"Feeds a subscriber can trust\"):");
            for (what, ok) in &checks {
                println!("  {} {what}", if *ok { "PASS" } else { "FAIL" });
            }
            if quick {
                println!("  (quick run: figures are not judged)");
                ExitCode::SUCCESS
            } else if checks.iter().all(|(_, ok)| *ok) {
                ExitCode::SUCCESS
            } else {
                eprintln!("\n*** feed_load: a requirement is missed (see FAIL above)\n");
                ExitCode::FAILURE
            }
        }
    }
}
