//! The merged calendar page of a school with 500 events and 5 partners (target: < 50 ms).
//!
//! Two figures: rendering the page's HTML from values already read (`web::org::org_page`,
//! month and agenda views), and the whole request — a release server on SQLite answering
//! `GET /orgs/school` (reading the merged events, privacy, filters, colours, the subscribe
//! panel with its QR code, the HTML) over a keep-alive connection.
//!
//! Then, on a second server: a library system's month page over its 2,000 events (target:
//! median over its months < 50 ms) and a city's merged feed of 19,990 events rendered
//! afresh (target: < 300 ms); `cargo bench --bench pages -- big` runs these alone.

#[path = "support/rss.rs"]
mod rss;
use rss::rss_mib;

use std::hint::black_box;
use std::net::TcpListener;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use plancal::config::{Overrides, Settings};
use plancal::http::{self, AppState};
use plancal::ics::Series;
use plancal::plan::{EventStatus, OrgKind, Organization, Slug, Tz};
use plancal::store::Store;
use plancal::timing::{AcademicYear, Context, Lang, normalise};
use plancal::web::calendar::{Repeats, owner_colors, place};
use plancal::web::org::{Entry, Filters, OrgPage, Owner, View, org_page};
use plancal::web::subscribe::FeedLinks;
use plancal::web::{Chrome, words};
use serde_json::json;

const TIMINGS: [&str; 14] = [
    "сентябрь",
    "апрель-июнь",
    "12 апреля",
    "20-25 сентября",
    "в течение года",
    "1 раз в четверть",
    "ежемесячно",
    "сентябрь, январь, май",
    "до 15 мая",
    "II полугодие",
    "3 декабря",
    "по согласованию",
    "27.10.2025-31.10.2025",
    "первая декада марта",
];

fn org(slug: &str, name: &str) -> Organization {
    let now = chrono::Utc::now();
    Organization {
        id: 1,
        slug: Slug::parse(slug).unwrap_or_else(|e| panic!("{e}")),
        name: name.into(),
        short_name: None,
        kind: OrgKind::School,
        timezone: Tz::default_for(Lang::Ru),
        locale: Lang::Ru,
        public_feeds: true,
        public_names: true,
        color: None,
        created_at: now,
        updated_at: now,
    }
}

fn entries(n: usize) -> Vec<Entry> {
    let ctx = Context::new(AcademicYear::new(2025).unwrap_or_else(|| panic!("year")));
    let timings: Vec<_> = TIMINGS.iter().map(|t| normalise(t, &ctx)).collect();
    (0..n)
        .zip(0i64..)
        .map(|(i, id)| {
            let t = &timings[i % timings.len()];
            Entry {
                id: Some(id),
                owner: i % 6,
                title: format!("Совместное мероприятие «Литературная гостиная» № {i}"),
                timing: TIMINGS[i % TIMINGS.len()].into(),
                placements: place(None, Some(t)),
                repeats: Series::of(t, Lang::Ru).map(Repeats::Plan),
                time: None,
                status: if i % 17 == 0 {
                    EventStatus::Cancelled
                } else {
                    EventStatus::Planned
                },
                roles: vec!["классные руководители".into(), "библиотекари".into()],
                people: vec!["Труханова С.С.".into()],
                partners: vec!["МУК «Озёрская ЦБС»".into()],
                place: "актовый зал".into(),
            }
        })
        .collect()
}

fn render(c: &mut Criterion) {
    let school = org("school", "МБОУ «Озёрная СОШ»");
    let colors = owner_colors(&[None; 6]);
    let owners: Vec<Owner> = (0..6)
        .map(|i| Owner {
            slug: format!("owner-{i}"),
            name: format!("Партнёр {i}"),
            color: colors[i],
            own: i == 0,
            hidden: false,
        })
        .collect();
    let feed = FeedLinks {
        name: "merged".into(),
        url: "https://cal.example.org/feeds/orgs/school/merged.ics".into(),
        ..FeedLinks::default()
    };
    let month = NaiveDate::from_ymd_opt(2025, 10, 1).unwrap_or_default();
    let mut page = OrgPage {
        org: &school,
        owners,
        entries: entries(500),
        related: Vec::new(),
        view: View::Month,
        month,
        today: month,
        filters: Filters::default(),
        partner_choices: Vec::new(),
        role_choices: Vec::new(),
        section_choices: Vec::new(),
        grade_choices: Vec::new(),
        feed,
        more_feeds: Vec::new(),
        role_feeds: Vec::new(),
        admin: false,
        outcomes: maud::Markup::default(),
        followed: Vec::new(),
    };
    let chrome = Chrome {
        lang: Lang::Ru,
        title: words(Lang::Ru).calendar,
        path: "/orgs/school",
        query: &[],
    };
    c.bench_function("org page html, 500 events, month", |b| {
        b.iter(|| black_box(org_page(&chrome, &page).into_string().len()))
    });
    page.view = View::Agenda;
    c.bench_function("org page html, 500 events, agenda", |b| {
        b.iter(|| black_box(org_page(&chrome, &page).into_string().len()))
    });
}

const TOKEN: &str = "bench-admin-token-0123456789";

/// A release server on a fresh SQLite file; returns its base URL.
fn start_server(dir: &std::path::Path) -> String {
    let url = format!("sqlite://{}", dir.join("bench.db").display());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let env = vec![
                ("PLANCAL_DATABASE_URL".to_string(), url.clone()),
                ("PLANCAL_ADMIN_TOKEN".to_string(), TOKEN.to_string()),
            ];
            let mut settings = Settings::load(None, env, &Overrides::default())
                .unwrap_or_else(|e| panic!("settings: {e}"));
            let store = Store::connect(&url, 4)
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            store.migrate().await.unwrap_or_else(|e| panic!("{e}"));
            let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
            let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
            settings.public_url = format!("http://127.0.0.1:{port}");
            let server = http::serve(listener, AppState::new(store, settings))
                .unwrap_or_else(|e| panic!("{e}"));
            let _ = tx.send(port);
            let _ = server.await;
        })
    });
    let port = rx
        .recv_timeout(Duration::from_secs(30))
        .unwrap_or_else(|e| panic!("{e}"));
    format!("http://127.0.0.1:{port}")
}

fn post(agent: &ureq::Agent, url: String, body: &serde_json::Value) {
    let res = agent
        .post(url)
        .header("Authorization", format!("Bearer {TOKEN}"))
        .header("Content-Type", "application/json")
        .send(body.to_string().as_bytes())
        .unwrap_or_else(|e| panic!("seed: {e}"));
    assert!(res.status().as_u16() < 300, "seed: {}", res.status());
}

/// The school's own plan (250 events) and five partners' plans (50 each) that name it.
fn seed(agent: &ureq::Agent, base: &str) {
    let events = |n: usize, who: &str| -> Vec<serde_json::Value> {
        (0..n)
            .map(|i| {
                json!({"number": (i + 1).to_string(), "title": format!("{who}: мероприятие № {i}"),
                       "timing": TIMINGS[i % TIMINGS.len()], "responsible": "классные руководители",
                       "roles": ["class-teacher"], "people": [{"name": "Труханова С.С."}]})
            })
            .collect()
    };
    let orgs = ["school", "p1", "p2", "p3", "p4", "p5"];
    for slug in orgs {
        post(
            agent,
            format!("{base}/api/v1/orgs"),
            &json!({"slug": slug, "name": format!("Организация {slug}")}),
        );
    }
    post(
        agent,
        format!("{base}/api/v1/plans"),
        &json!({"org": "school", "title": "План школы",
        "academic_year": "2025-2026", "events": events(250, "Школа")}),
    );
    for slug in &orgs[1..] {
        post(
            agent,
            format!("{base}/api/v1/plans"),
            &json!({"org": slug, "title": format!("План {slug}"),
            "academic_year": "2025-2026", "partners": [{"name": "Организация school", "slug": "school"}],
            "events": events(50, slug)}),
        );
    }
}

fn request(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let base = start_server(dir.path());
    let agent: ureq::Agent = ureq::Agent::config_builder().build().into();
    seed(&agent, &base);
    let get = |path: &str| {
        let mut res = agent
            .get(format!("{base}{path}"))
            .call()
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        res.body_mut()
            .read_to_string()
            .map(|b| b.len())
            .unwrap_or(0)
    };
    let agenda = get("/orgs/school?view=agenda");
    assert!(
        agenda > 100_000,
        "the agenda lists 500 events ({agenda} bytes)"
    );
    c.bench_function("GET /orgs/school month, 500 events, 5 partners", |b| {
        b.iter(|| black_box(get("/orgs/school?month=2025-10")))
    });
    c.bench_function("GET /orgs/school agenda, 500 events, 5 partners", |b| {
        b.iter(|| black_box(get("/orgs/school?view=agenda")))
    });
    // For scale: the same 500 events as the merged feed, rendered afresh each time (a new
    // `from` bound per request defeats the feed cache), so the page's own cost shows.
    let mut day = 0u32;
    c.bench_function("GET merged.ics uncached, same 500 events", |b| {
        b.iter(|| {
            day = (day + 1) % 28;
            black_box(get(&format!(
                "/feeds/orgs/school/merged.ics?from=2025-08-{:02}",
                day + 1
            )))
        })
    });
}

/// The library system's timings: the school's mix and weekly series (about one event in
/// eight repeats every week).
const LIBRARY_TIMINGS: [&str; 16] = [
    "сентябрь",
    "12 октября",
    "еженедельно",
    "20-25 ноября",
    "в течение года",
    "по средам",
    "ежемесячно",
    "3 декабря",
    "до 15 мая",
    "II полугодие",
    "27.10.2025-31.10.2025",
    "первая декада марта",
    "15 января",
    "апрель-июнь",
    "1 раз в четверть",
    "7 февраля",
];

/// A plan of `n` events of `org`, listing `partners` (slugs), posted through the API.
fn post_plan(agent: &ureq::Agent, base: &str, org: &str, n: usize, partners: &[&str]) {
    let events: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            json!({"number": (i + 1).to_string(),
                   "title": format!("Мероприятие «Литературная гостиная» № {i}"),
                   "timing": LIBRARY_TIMINGS[i % LIBRARY_TIMINGS.len()],
                   "location": "читальный зал", "responsible": "библиотекари",
                   "roles": ["librarian"]})
        })
        .collect();
    let partners: Vec<serde_json::Value> = partners
        .iter()
        .map(|slug| json!({"name": format!("Организация {slug}"), "slug": slug}))
        .collect();
    post(
        agent,
        format!("{base}/api/v1/plans"),
        &json!({"org": org, "title": format!("План {org}"), "academic_year": "2025-2026",
                "partners": partners, "events": events}),
    );
}

/// A server holding a library system with 2,000 events of its own (two plans), and a city
/// whose merged calendar holds 19,990: 9,990 of its own (ten plans) and ten partners'
/// plans of 1,000 that list it (each partner a peer).
fn big_server() -> &'static (tempfile::TempDir, String) {
    static SERVER: std::sync::OnceLock<(tempfile::TempDir, String)> = std::sync::OnceLock::new();
    SERVER.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let base = start_server(dir.path());
        let agent: ureq::Agent = ureq::Agent::config_builder().build().into();
        let orgs: Vec<String> = ["library", "city"]
            .into_iter()
            .map(str::to_string)
            .chain((0..10).map(|i| format!("partner{i}")))
            .collect();
        for slug in &orgs {
            post(
                &agent,
                format!("{base}/api/v1/orgs"),
                &json!({"slug": slug, "name": format!("Организация {slug}")}),
            );
        }
        for _ in 0..2 {
            post_plan(&agent, &base, "library", 1000, &[]);
        }
        for _ in 0..10 {
            post_plan(&agent, &base, "city", 999, &[]);
        }
        for slug in &orgs[2..] {
            post_plan(&agent, &base, slug, 1000, &["city"]);
        }
        (dir, base)
    })
}

fn get_body(agent: &ureq::Agent, url: &str) -> usize {
    let mut res = agent
        .get(url)
        .call()
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    res.body_mut().read_to_vec().map(|b| b.len()).unwrap_or(0)
}

/// The months of the library's academic year, September to August.
fn year_months() -> Vec<String> {
    (0..12)
        .map(|i| {
            let (y, m) = if i < 4 { (2025, 9 + i) } else { (2026, i - 3) };
            format!("{y}-{m:02}")
        })
        .collect()
}

/// The 2,000-event library's month page, each month of its year in turn (target: median
/// under 50 ms), then the 19,990-event merged feed rendered afresh (a `from` bound before
/// every event, new each time, defeats the feed cache; target: under 300 ms). Before the
/// criterion figures, the median over the months is printed (the best of three requests of
/// each month, then the median of those twelve).
fn big(c: &mut Criterion) {
    let agent: ureq::Agent = ureq::Agent::config_builder().build().into();
    let months = year_months();
    big_server();
    let before = rss_mib();
    let mut printed = false;
    let mut group = c.benchmark_group("big");
    group
        .sampling_mode(criterion::SamplingMode::Flat)
        .sample_size(12);
    group.bench_function("GET /orgs/library month, 2,000 events", |b| {
        let base = &big_server().1;
        if !printed {
            printed = true;
            let mut per_month: Vec<(f64, &String)> = months
                .iter()
                .map(|m| {
                    let url = format!("{base}/orgs/library?month={m}");
                    let best = (0..3)
                        .map(|_| {
                            let t = std::time::Instant::now();
                            black_box(get_body(&agent, &url));
                            t.elapsed().as_secs_f64() * 1000.0
                        })
                        .fold(f64::INFINITY, f64::min);
                    (best, m)
                })
                .collect();
            per_month.sort_by(|a, b| a.0.total_cmp(&b.0));
            println!(
                "GET /orgs/library?month=…, 2,000 events: median over 12 months {:.1} ms \
                 (fastest {} {:.1} ms, slowest {} {:.1} ms)",
                per_month[6].0, per_month[0].1, per_month[0].0, per_month[11].1, per_month[11].0
            );
        }
        let mut i = 0usize;
        b.iter(|| {
            i += 1;
            let url = format!("{base}/orgs/library?month={}", months[i % months.len()]);
            black_box(get_body(&agent, &url))
        })
    });
    let mut day = 0u64;
    let base = &big_server().1;
    // The first render of the calendar at a data version reads its rows; later questions
    // about it (another `from`) select from them.
    cold_render(
        &agent,
        base,
        ("2019-01-01", "before any other request of the calendar"),
    );
    group.bench_function(
        "GET /feeds/orgs/city/merged.ics first render, 19,990 events",
        |b| {
            b.iter(|| {
                day += 1;
                let from = NaiveDate::from_ymd_opt(2020, 1, 1)
                    .and_then(|d| d.checked_add_days(chrono::Days::new(day)))
                    .unwrap_or_default();
                let url = format!("{base}/feeds/orgs/city/merged.ics?from={from}");
                black_box(get_body(&agent, &url))
            })
        },
    );
    group.finish();
    post(
        &agent,
        format!("{base}/api/v1/orgs"),
        &json!({"slug": "bump", "name": "Организация bump"}),
    );
    cold_render(
        &agent,
        base,
        ("2019-01-02", "after a write (a new data version)"),
    );
    // Memory stays flat: what the calendars' rows, the caches and the renders hold beside
    // the seeded server (the same process: server and client).
    println!(
        "VmRSS before the big cases {before:.0} MiB, after {:.0} MiB",
        rss_mib()
    );
}

/// Prints the time of one render of the city's merged feed whose rows are not held.
fn cold_render(agent: &ureq::Agent, base: &str, (from, when): (&str, &str)) {
    let t = std::time::Instant::now();
    let bytes = get_body(
        agent,
        &format!("{base}/feeds/orgs/city/merged.ics?from={from}"),
    );
    println!(
        "GET /feeds/orgs/city/merged.ics, rows read afresh ({when}): {:.1} ms, {bytes} bytes",
        t.elapsed().as_secs_f64() * 1000.0
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(Duration::from_secs(4));
    targets = render, request
}
criterion_group! {
    name = big_benches;
    config = Criterion::default().measurement_time(Duration::from_secs(5));
    targets = big
}
criterion_main!(benches, big_benches);
