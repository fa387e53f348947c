//! A real browser for tests: Debian's headless Chromium driven through chromedriver with
//! fantoccini. Every page a test visits can be saved as a full-page PNG under
//! `target/screenshots/` for a person to look at, and checked with axe-core.
//!
//! A missing chromium, chromedriver or axe-core fails the test with what to install: a
//! browser test that silently skips proves nothing. `.ci/run` installs all three.
#![allow(dead_code, reason = "each test binary uses some of the helpers")]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// A phone (the smallest screen the pages are made for) and a desktop.
pub(crate) const PHONE: (u32, u32) = (390, 844);
pub(crate) const DESKTOP: (u32, u32) = (1280, 900);

const CHROMIUM: [&str; 2] = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

fn find_program(candidates: &[&str], name: &str) -> PathBuf {
    for c in candidates {
        if Path::new(c).exists() {
            return PathBuf::from(c);
        }
    }
    let found = std::env::var_os("PATH").map(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join(name))
            .find(|f| f.exists())
    });
    found.flatten().unwrap_or_else(|| {
        panic!(
            "{name} is not installed: the browser tests need Debian's chromium and \
             chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does this)"
        )
    })
}

/// axe-core's script: `PLANCAL_AXE_JS`, else where `.ci/run` installs it with npm.
fn axe_source() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = std::env::var_os("PLANCAL_AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/axe/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core is missing at {} ({e}): run `npm install --no-save --prefix target/axe axe-core@4.14.1` (.ci/run does this)",
            path.display()
        )
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port for chromedriver")
}

pub(crate) struct Browser {
    client: Option<Client>,
    driver: Child,
    rt: tokio::runtime::Runtime,
    size: (u32, u32),
    pub label: &'static str,
}

impl Browser {
    /// Starts chromedriver on a free port and a headless Chromium window of `size`;
    /// `label` prefixes every screenshot's name ("phone", "desktop").
    pub(crate) fn start(size: (u32, u32), label: &'static str) -> Browser {
        let chromium = find_program(&CHROMIUM, "chromium");
        let driver_bin = find_program(&["/usr/bin/chromedriver"], "chromedriver");
        let port = free_port();
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver_bin.display()));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime for the WebDriver client");
        let mut browser = Browser {
            client: None,
            driver,
            rt,
            size,
            label,
        };
        let client = browser.rt.block_on(connect(port, &chromium, size));
        browser.client = Some(client);
        browser
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("a WebDriver session")
    }

    pub(crate) fn goto(&self, url: &str) {
        self.rt
            .block_on(self.client().goto(url))
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    pub(crate) fn url(&self) -> String {
        self.rt
            .block_on(self.client().current_url())
            .map(|u| u.to_string())
            .expect("current URL")
    }

    /// Runs `script` (a function body; `arguments[i]` are `args`) and returns its value.
    pub(crate) fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.rt
            .block_on(self.client().execute(script, args))
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Clicks the first element matching a CSS selector.
    pub(crate) fn click(&self, css: &str) {
        self.rt.block_on(async {
            let el = self
                .client()
                .find(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("no element {css}: {e}"));
            el.click()
                .await
                .unwrap_or_else(|e| panic!("click {css}: {e}"));
        });
    }

    /// Types `text` into the first element matching a CSS selector, its old value cleared;
    /// for a file input, `text` is the path of the file to choose.
    pub(crate) fn fill(&self, css: &str, text: &str) {
        self.rt.block_on(async {
            let el = self
                .client()
                .find(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("no element {css}: {e}"));
            // A file input cannot be cleared; it has nothing to clear.
            let _ = el.clear().await;
            el.send_keys(text)
                .await
                .unwrap_or_else(|e| panic!("type into {css}: {e}"));
        });
    }

    /// The text of every element matching a CSS selector.
    pub(crate) fn texts(&self, css: &str) -> Vec<String> {
        let v = self.js(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText);",
            vec![json!(css)],
        );
        serde_json::from_value(v).unwrap_or_default()
    }

    /// How many elements match and are displayed.
    pub(crate) fn visible_count(&self, css: &str) -> usize {
        let v = self.js(
            "return Array.from(document.querySelectorAll(arguments[0])).filter(e => e.offsetParent !== null || getComputedStyle(e).position === 'fixed').length;",
            vec![json!(css)],
        );
        v.as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(0)
    }

    /// Saves the whole page (not only the window) as target/screenshots/LABEL-NAME.png:
    /// the window is stretched to the page's height for the shot.
    pub(crate) fn screenshot(&self, name: &str) -> PathBuf {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).expect("target/screenshots");
        let height = self
            .js(
                // The window's own frame is not page: add it so the whole page fits.
                "return Math.ceil(document.documentElement.scrollHeight) + Math.max(0, window.outerHeight - window.innerHeight);",
                vec![],
            )
            .as_u64()
            .and_then(|h| u32::try_from(h).ok())
            .unwrap_or(self.size.1);
        let png = self.rt.block_on(async {
            let c = self.client();
            c.set_window_size(self.size.0, height.clamp(self.size.1, 12_000))
                .await
                .expect("resize for the shot");
            let png = c.screenshot().await.expect("screenshot");
            c.set_window_size(self.size.0, self.size.1)
                .await
                .expect("resize back");
            png
        });
        let path = dir.join(format!("{}-{name}.png", self.label));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    /// axe-core's serious and critical violations on the current page, one line each.
    pub(crate) fn accessibility_problems(&self) -> Vec<String> {
        self.js(&axe_source(), vec![]);
        let result = self
            .rt
            .block_on(self.client().execute_async(
                "const done = arguments[arguments.length - 1];\
                 axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations)).catch(e => done(String(e)));",
                vec![],
            ))
            .expect("axe.run");
        let Some(list) = result.as_array() else {
            panic!("axe-core failed: {result}");
        };
        let all: Vec<String> = list
            .iter()
            .map(|v| {
                format!(
                    "{}:{}",
                    v["id"].as_str().unwrap_or("?"),
                    v["impact"].as_str().unwrap_or("?")
                )
            })
            .collect();
        // Every finding is printed (run with --nocapture); only serious and critical fail.
        eprintln!(
            "axe-core ({}) on {}: {} violation(s) {all:?}",
            self.label,
            self.url(),
            all.len()
        );
        list.iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .map(|v| {
                let targets: Vec<String> = v["nodes"]
                    .as_array()
                    .map(|n| n.iter().take(3).map(|n| n["target"].to_string()).collect())
                    .unwrap_or_default();
                format!(
                    "{} ({}): {} — {}",
                    v["id"],
                    v["impact"],
                    v["help"],
                    targets.join(", ")
                )
            })
            .collect()
    }

    /// Fails the test when axe-core finds a serious or critical violation.
    pub(crate) fn assert_accessible(&self, page: &str) {
        let problems = self.accessibility_problems();
        assert!(
            problems.is_empty(),
            "axe-core on {page} ({}):\n{}",
            self.label,
            problems.join("\n")
        );
    }

    /// Waits (up to 5 s) until `script` returns true.
    pub(crate) fn wait_until(&self, script: &str) {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(5) {
            if self.js(script, vec![]).as_bool() == Some(true) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for: {script}");
    }
}

async fn connect(port: u16, chromium: &Path, size: (u32, u32)) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".to_string(),
        json!({
            "binary": chromium.to_string_lossy(),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars",
                     format!("--window-size={},{}", size.0, size.1)],
            // A Russian reader by default, as the product's users are.
            "prefs": {"intl.accept_languages": "ru-RU,ru"},
        }),
    );
    let url = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(client) => {
                // --window-size sets the outer window; the viewport must be the phone's.
                let _ = client.set_window_size(size.0, size.1).await;
                return client;
            }
            Err(e) if started.elapsed() < Duration::from_secs(20) => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(150)).await;
            }
            Err(e) => panic!("chromedriver on port {port} did not start a Chromium session: {e}"),
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            let _ = self.rt.block_on(client.close());
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The example plans, each imported into its own organization as `examples/demo.sh` does:
/// the school's merged calendar then holds its library's and kindergarten's events (the
/// library's plan, imported into "ozerskaya-cbs", joins "muk-ozerskaya-cbs", the library
/// the school's plan made as its partner).
pub(crate) const DEMO: [(&str, &str); 6] = [
    ("ozernaya-school-library.txt", "ozernaya-school"),
    ("ozerskaya-cbs-for-schools.txt", "ozerskaya-cbs"),
    ("rainbow-kindergarten-school.txt", "rainbow-kindergarten"),
    ("rainbow-kindergarten-partners.txt", "rainbow-kindergarten"),
    ("city-librarians-association.txt", "city-librarians"),
    ("truong-hoa-binh-library.txt", "truong-hoa-binh"),
];

pub(crate) fn load_demo(app: &crate::common::TestApp) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for (file, org) in DEMO {
        let bytes = std::fs::read(dir.join(file)).expect("example plan");
        let res = app.upload(file, &bytes, &[("org", org), ("year", "2025-2026")]);
        assert!(
            res.status == 200 || res.status == 201,
            "{file}: {}",
            res.body
        );
    }
}
