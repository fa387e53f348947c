//! The HTTP layer (actix-web): the app factory, health and metrics, the REST API under
//! `/api/v1`, iCalendar feeds under `/feeds` and the web pages. Handlers stay thin: they
//! parse input, call the store and the pure core, and map errors once (`error.rs`).

pub(crate) mod admin;
pub(crate) mod api;
pub(crate) mod auth;
pub(crate) mod error;
pub(crate) mod extract;
pub(crate) mod feeds;
pub(crate) mod openapi;
pub(crate) mod page_request;
pub(crate) mod pages;
mod readiness;
pub(crate) mod response_cache;

use std::net::TcpListener;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::dev::Server;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpMessage, HttpResponse, HttpServer, ResponseError, web};
use tracing::Instrument;
use utoipa::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

use crate::config::Settings;
use crate::store::{Conn, Store};
use error::ApiError;

/// Shared by every worker.
pub struct AppState {
    pub store: Store,
    pub settings: Settings,
    pub feeds: feeds::FeedCache,
    /// The calendars' rows of the latest data version (`feeds::calendar`): feeds and pages
    /// select from them.
    pub calendars: crate::feeds::calendar::ScopeRows,
    pub metrics: Metrics,
    /// Other instances' writes (PostgreSQL notifications); invalidates `version`.
    pub changes: std::sync::Arc<crate::store::ChangeFeed>,
    version:
        std::sync::Mutex<Option<(crate::store::DataVersion, std::time::Instant, ChangeMarker)>>,
    /// Totals of list queries by filter, valid for one data version (counting 40,000 rows
    /// on every page request is what made the event list slow).
    pub counts: std::sync::Mutex<std::collections::HashMap<String, (i64, i64)>>,
    /// Whole answers of API list pages, per data version.
    pub lists: response_cache::ResponseCache,
    /// The event list's events as JSON, per data version and audience.
    pub(crate) event_json: response_cache::EventJsonCache,
    /// The event list's index of the latest data version read (`feeds::index`); one
    /// request builds it, the others wait for it.
    event_index: tokio::sync::Mutex<Option<std::sync::Arc<crate::feeds::index::EventIndex>>>,
    /// Failed web logins per client address (`POST /login` answers 429 past the limit).
    pub login_throttle: admin::throttle::LoginThrottle,
    /// Wrong bearer tokens per client (the API answers 429 past the limit).
    pub token_throttle: admin::throttle::LoginThrottle,
    readiness: readiness::Readiness,
}

impl AppState {
    pub fn new(store: Store, settings: Settings) -> web::Data<AppState> {
        web::Data::new(AppState {
            store,
            settings,
            feeds: feeds::FeedCache::default(),
            calendars: Default::default(),
            metrics: Metrics::default(),
            changes: Default::default(),
            version: std::sync::Mutex::new(None),
            counts: std::sync::Mutex::new(std::collections::HashMap::new()),
            lists: response_cache::ResponseCache::default(),
            event_index: tokio::sync::Mutex::new(None),
            event_json: response_cache::EventJsonCache::default(),
            login_throttle: admin::throttle::LoginThrottle::default(),
            token_throttle: admin::throttle::LoginThrottle::for_bearer_tokens(),
            readiness: readiness::Readiness::default(),
        })
    }

    /// The database's data version. Read again whenever anything may have changed it: a
    /// write through this instance, a notification from another (PostgreSQL), a change of
    /// the database files (SQLite, any process); otherwise the last reading holds, so a
    /// conditional feed request costs no query. While no such signal is available (the
    /// PostgreSQL listener is down), it is read on every call.
    pub(crate) async fn data_version(
        &self,
    ) -> Result<crate::store::DataVersion, crate::store::StoreError> {
        let marker = self.change_marker();
        let trusted = match marker.files {
            Some(_) => Self::VERSION_SAFETY_TTL,
            None if self.changes.live.load(Ordering::Acquire) => Self::VERSION_SAFETY_TTL,
            None => std::time::Duration::ZERO,
        };
        if let Ok(cached) = self.version.lock()
            && let Some((v, at, seen)) = *cached
            && seen == marker
            && at.elapsed() < trusted
        {
            return Ok(v);
        }
        let v = self.store.data_version().await?;
        if let Ok(mut cached) = self.version.lock() {
            *cached = Some((v, std::time::Instant::now(), marker));
        }
        Ok(v)
    }

    /// However a change is signalled, the version is read again at least this often.
    const VERSION_SAFETY_TTL: std::time::Duration = std::time::Duration::from_secs(10);

    fn change_marker(&self) -> ChangeMarker {
        ChangeMarker {
            own_version_moves: self.store.versions_moved(),
            notified: self.changes.epoch.load(Ordering::Acquire),
            files: self.store.file_fingerprint(),
        }
    }
}

/// Everything that moves when the data version may have moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ChangeMarker {
    own_version_moves: u64,
    notified: u64,
    files: Option<crate::store::FileFingerprint>,
}

impl AppState {
    /// A write as a request makes it: a transaction, `work` in it, the commit, then what
    /// `work` returned. The commit moves the data version feeds and cached lists key on
    /// when what `work` wrote changed what they show (the store decides). When `work`
    /// fails nothing is committed: the transaction is dropped, which rolls it back.
    pub(crate) async fn write<T, E>(
        &self,
        work: impl AsyncFnOnce(&mut Conn<'_>) -> Result<T, E>,
    ) -> Result<T, ApiError>
    where
        ApiError: From<E>,
    {
        let mut tx = self.store.begin().await?;
        let out = work(&mut tx.conn()).await?;
        tx.commit().await?;
        Ok(out)
    }

    /// The event list's index at data version `version`, built from the database when the
    /// one kept is older (a write moved the version).
    pub(crate) async fn event_index(
        &self,
        version: i64,
    ) -> Result<std::sync::Arc<crate::feeds::index::EventIndex>, crate::store::StoreError> {
        let mut slot = self.event_index.lock().await;
        if let Some(index) = slot.as_ref().filter(|ix| ix.version == version) {
            return Ok(index.clone());
        }
        // The old index goes before the new one is read: one at a time in memory.
        *slot = None;
        let rows = self.store.reader().await?.conn().listed_events().await?;
        let index = std::sync::Arc::new(crate::feeds::index::EventIndex::new(version, rows));
        *slot = Some(index.clone());
        Ok(index)
    }

    /// The total for `key` counted at data version `version`, if known.
    pub(crate) fn known_count(&self, key: &str, version: i64) -> Option<i64> {
        let counts = self.counts.lock().ok()?;
        counts
            .get(key)
            .filter(|(v, _)| *v == version)
            .map(|(_, n)| *n)
    }

    pub(crate) fn remember_count(&self, key: String, version: i64, total: i64) {
        if let Ok(mut counts) = self.counts.lock() {
            if counts.len() >= 4096 {
                counts.retain(|_, (v, _)| *v == version);
                if counts.len() >= 4096 {
                    counts.clear();
                }
            }
            counts.insert(key, (version, total));
        }
    }
}

/// Counters for `GET /metrics` (Prometheus text format).
#[derive(Default)]
pub struct Metrics {
    pub requests: [AtomicU64; 5],
    pub feeds_rendered: AtomicU64,
    pub feeds_from_cache: AtomicU64,
    pub feeds_not_modified: AtomicU64,
    pub imports: AtomicU64,
}

impl Metrics {
    fn count_status(&self, status: u16) {
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        self.requests[class].fetch_add(1, Ordering::Relaxed);
    }

    fn render(&self) -> String {
        let mut out = String::from(
            "# HELP plancal_http_requests_total HTTP responses by status class.\n\
             # TYPE plancal_http_requests_total counter\n",
        );
        for (i, n) in self.requests.iter().enumerate() {
            out.push_str(&format!(
                "plancal_http_requests_total{{class=\"{}xx\"}} {}\n",
                i + 1,
                n.load(Ordering::Relaxed)
            ));
        }
        for (name, help, v) in [
            (
                "plancal_feeds_rendered_total",
                "Feeds rendered from the database.",
                &self.feeds_rendered,
            ),
            (
                "plancal_feeds_cached_total",
                "Feeds served from the in-memory cache.",
                &self.feeds_from_cache,
            ),
            (
                "plancal_feeds_not_modified_total",
                "Feed requests answered 304.",
                &self.feeds_not_modified,
            ),
            (
                "plancal_imports_total",
                "Plan files imported or previewed.",
                &self.imports,
            ),
        ] {
            out.push_str(&format!(
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}\n",
                v.load(Ordering::Relaxed)
            ));
        }
        out
    }
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

/// Database reachable? Asked on a connection of its own with a short timeout, so it never
/// queues behind user queries.
async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let checked = match state.readiness.recent() {
        Some(result) => result,
        None => {
            let result = state
                .store
                .ping()
                .await
                .map_err(|e| readiness::Unreachable(e.to_string()));
            state.readiness.record(result.clone());
            result
        }
    };
    checked.map_err(|e| {
        tracing::warn!(error = %e, "database not reachable");
        ApiError::busy("the database is not reachable", 5)
    })?;
    Ok(HttpResponse::Ok()
        .json(serde_json::json!({"status": "ready", "database": state.store.backend()})))
}

async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(state.metrics.render())
}

/// Counts every response by status class for `/metrics`.
async fn count_responses(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let res = next.call(req).await?;
    if let Some(state) = state {
        state.metrics.count_status(res.status().as_u16());
    }
    Ok(res)
}

/// A request path as logs may show it: feed tokens are secrets, so `/feeds/t/<token>` keeps
/// only its shape; query values named like secrets are dropped.
pub(crate) fn loggable_path(path: &str, query: &str) -> String {
    // The router matches the decoded path: `/feeds/%74/<token>.ics` is a token feed too.
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let mut out = match decoded.find("/feeds/t/") {
        Some(at) => {
            let path: &str = &decoded;
            let rest = &path[at + "/feeds/t/".len()..];
            let ext = rest.rfind('.').map(|i| &rest[i..]).unwrap_or("");
            format!(
                "{}/feeds/t/[redacted]{}",
                &path[..at],
                if ext.len() <= 5 { ext } else { "" }
            )
        }
        None => path.to_string(),
    };
    if !query.is_empty() {
        let shown: Vec<String> = query
            .split('&')
            .map(|pair| {
                let key = pair.split('=').next().unwrap_or("");
                let lower = percent_encoding::percent_decode_str(key)
                    .decode_utf8_lossy()
                    .to_ascii_lowercase();
                if ["token", "key", "secret", "password", "auth"]
                    .iter()
                    .any(|w| lower.contains(w))
                {
                    format!("{key}=[redacted]")
                } else {
                    pair.to_string()
                }
            })
            .collect();
        out.push('?');
        out.push_str(&shown.join("&"));
    }
    out
}

/// One info line per request (method, path with secrets redacted, status, duration), and a
/// span with a request id around everything logged while answering it. Headers — the
/// Authorization header above all — are never logged.
async fn log_requests(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let started = std::time::Instant::now();
    let method = req.method().to_string();
    let path = loggable_path(req.path(), req.query_string());
    let request_id = uuid::Uuid::new_v4().simple().to_string();
    let span = tracing::info_span!("request", %method, %path, request_id = %request_id);
    let res = next.call(req).instrument(span.clone()).await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let _entered = span.enter();
    match &res {
        Ok(r) => {
            let status = r.status().as_u16();
            if status >= 500 {
                tracing::warn!(status, duration_ms = format!("{ms:.1}"), "request failed");
            } else {
                tracing::info!(status, duration_ms = format!("{ms:.1}"), "request");
            }
        }
        Err(e) => {
            let status = e.as_response_error().status_code().as_u16();
            tracing::warn!(status, duration_ms = format!("{ms:.1}"), "request failed");
        }
    }
    res
}

/// Refuses, before any handler runs, a path or query value with control characters (NUL
/// reaches PostgreSQL as an error otherwise) or an over-long query value: 400 naming it.
fn check_request_text(req: &actix_web::dev::ServiceRequest) -> Result<(), ApiError> {
    let path = percent_encoding::percent_decode_str(req.path()).decode_utf8_lossy();
    extract::check_text("path", &path, 4096).and_then(|_| {
        if path.contains(['\n', '\r', '\t']) {
            Err(ApiError::bad_request("the path contains a control character").at("path"))
        } else {
            Ok(())
        }
    })?;
    let query = req.query_string();
    if query.is_empty() {
        return Ok(());
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query)
        .map_err(|e| ApiError::bad_request(format!("the query string is invalid: {e}")))?;
    for (key, value) in &pairs {
        let field = if key.chars().any(char::is_control) || key.chars().count() > 64 {
            "query"
        } else {
            key.as_str()
        };
        for text in [key, value] {
            if let Some(c) = text.chars().find(|c| c.is_control()) {
                return Err(ApiError::bad_request(format!(
                    "query parameter `{field}` contains the control character U+{:04X}",
                    u32::from(c)
                ))
                .at(field.to_string()));
            }
        }
        let n = value.chars().count();
        if n > extract::MAX_QUERY_VALUE {
            return Err(ApiError::bad_request(format!(
                "query parameter `{field}` is {n} characters long; at most {} are allowed",
                extract::MAX_QUERY_VALUE
            ))
            .at(field.to_string()));
        }
    }
    Ok(())
}

/// Writes to the API that anyone may send (pure computations that store nothing).
fn open_write(method: &actix_web::http::Method, path: &str) -> bool {
    method == actix_web::http::Method::POST && path == "/api/v1/timing/parse"
}

/// The edge: bad text in the path or query is refused, and a write to the API is
/// authenticated before a byte of its body is read.
async fn guard_requests(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<actix_web::body::BoxBody>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    if let Err(e) = check_request_text(&req) {
        return Ok(req.into_response(e.error_response()));
    }
    let writes = !matches!(
        *req.method(),
        actix_web::http::Method::GET
            | actix_web::http::Method::HEAD
            | actix_web::http::Method::OPTIONS
    );
    if writes && req.path().starts_with("/api/v1/") && !open_write(req.method(), req.path()) {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = auth::bearer(req.request());
        let ok = match (state, token) {
            (Some(state), Some(token)) => {
                match auth::check_bearer(&state, auth::client_of(&state, req.request()), &token)
                    .await
                {
                    Ok(ok) => ok,
                    Err(e) => return Ok(req.into_response(e.error_response())),
                }
            }
            _ => false,
        };
        if !ok {
            return Ok(req.into_response(ApiError::unauthorized().error_response()));
        }
        req.extensions_mut().insert(auth::AdminChecked);
    }
    next.call(req).await
}

/// Headers every answer carries; pages get a strict Content-Security-Policy (inline styles,
/// scripts only from our own origin — the one embedded file, never inline), the API docs
/// one that lets Swagger UI run its own scripts.
async fn security_headers(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let docs = req.path().starts_with("/api/docs");
    let mut res = next.call(req).await?;
    let h = res.headers_mut();
    let csp = if docs {
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    } else {
        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; \
         frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    };
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, csp),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
    ] {
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    }
    Ok(res)
}

async fn not_found(req: actix_web::HttpRequest) -> Result<HttpResponse, ApiError> {
    Err(ApiError::not_found(format!(
        "nothing lives at {}",
        req.path()
    )))
}

async fn docs_redirect() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((actix_web::http::header::LOCATION, "/api/docs/"))
        .finish()
}

/// Every route of the service.
pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz))
        .route("/metrics", web::get().to(metrics))
        .service(web::scope("/api/v1").configure(api::routes))
        // The docs live under the slash; people type it without.
        .route("/api/docs", web::get().to(docs_redirect))
        .service(
            SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", openapi::ApiDoc::openapi()),
        )
        .service(web::scope("/feeds").configure(feeds::routes))
        .configure(admin::routes)
        .configure(pages::routes);
}

/// Starts the server on an already bound listener (tests bind port 0). SIGTERM and ctrl-c
/// stop accepting, let in-flight requests finish (up to 30 s), then exit.
///
/// # Errors
///
/// The I/O error of turning the listener into a server.
pub fn serve(listener: TcpListener, state: web::Data<AppState>) -> std::io::Result<Server> {
    let (store, changes) = (state.store.clone(), state.changes.clone());
    tokio::spawn(async move { store.watch_changes(changes).await });
    let weak = std::sync::Arc::downgrade(&state.clone().into_inner());
    tokio::spawn(readiness::keep_checking(weak));
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(extract::query_config())
            .app_data(extract::path_config())
            .wrap(from_fn(guard_requests))
            .wrap(from_fn(count_responses))
            .wrap(from_fn(pages::html_errors))
            .wrap(from_fn(security_headers))
            .wrap(Compress::default())
            .wrap(from_fn(log_requests))
            .configure(routes)
            .default_service(web::to(not_found))
    })
    // A client gets this long to send its request head; bodies have their own idle
    // timeout (`extract::BODY_IDLE`).
    .client_request_timeout(std::time::Duration::from_secs(10))
    .client_disconnect_timeout(std::time::Duration::from_secs(2))
    .shutdown_timeout(30)
    .listen(listener)?
    .run();
    Ok(server)
}

#[cfg(test)]
mod tests {
    use super::loggable_path;

    #[test]
    fn feed_tokens_and_secret_query_values_never_reach_a_log_line() {
        let shown = loggable_path("/feeds/t/s3cr3t-token.ics", "lang=ru&token=abc");
        assert_eq!(shown, "/feeds/t/[redacted].ics?lang=ru&token=[redacted]");
        assert!(!shown.contains("s3cr3t") && !shown.contains("abc"));
        assert_eq!(
            loggable_path("/api/v1/events", "limit=5"),
            "/api/v1/events?limit=5"
        );
        // Escaped as the router decodes it (the hostile-input issue): still a token.
        let shown = loggable_path("/feeds/%74/s3cr3t-token.ics", "%74oken=abc");
        assert_eq!(shown, "/feeds/t/[redacted].ics?%74oken=[redacted]");
    }
}
