//! The HTTP layer (actix-web): the app factory, health and metrics, the REST API under
//! `/api/v1`, iCalendar feeds under `/feeds` and the web pages. Handlers stay thin: they
//! parse input, call the store and the pure core, and map errors once (`error.rs`).

pub mod api;
pub mod auth;
pub mod error;
pub mod extract;
pub mod feeds;
pub mod openapi;
pub mod web_pages;

use std::net::TcpListener;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpResponse, HttpServer, web};
use tracing_actix_web::TracingLogger;
use utoipa::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

use crate::config::Settings;
use crate::store::Store;
use error::ApiError;

/// Shared by every worker.
pub struct AppState {
    pub store: Store,
    pub settings: Settings,
    pub feeds: feeds::FeedCache,
    pub metrics: Metrics,
    /// Bumped by every write request this instance answers; invalidates `version`.
    pub write_epoch: AtomicU64,
    version: std::sync::Mutex<Option<(crate::store::DataVersion, std::time::Instant, u64)>>,
}

impl AppState {
    pub fn new(store: Store, settings: Settings) -> web::Data<AppState> {
        web::Data::new(AppState {
            store,
            settings,
            feeds: feeds::FeedCache::default(),
            metrics: Metrics::default(),
            write_epoch: AtomicU64::new(0),
            version: std::sync::Mutex::new(None),
        })
    }

    /// How long a data version read from the database is trusted for conditional feed
    /// requests. Writes through this instance invalidate it at once; writes through another
    /// instance (or the CLI) are seen within this time.
    pub const VERSION_TTL: std::time::Duration = std::time::Duration::from_secs(1);

    /// The database's data version, read at most once per `VERSION_TTL` unless this instance
    /// wrote since.
    pub async fn data_version(
        &self,
    ) -> Result<crate::store::DataVersion, crate::store::StoreError> {
        let epoch = self.write_epoch.load(Ordering::Acquire);
        if let Ok(cached) = self.version.lock()
            && let Some((v, at, seen)) = *cached
            && seen == epoch
            && at.elapsed() < Self::VERSION_TTL
        {
            return Ok(v);
        }
        let v = self.store.data_version().await?;
        if let Ok(mut cached) = self.version.lock() {
            *cached = Some((v, std::time::Instant::now(), epoch));
        }
        Ok(v)
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

async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    state.store.ping().await.map_err(|e| {
        tracing::warn!(error = %e, "database not reachable");
        ApiError::new(
            actix_web::http::StatusCode::SERVICE_UNAVAILABLE,
            "the database is not reachable",
        )
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
    let writes = !matches!(
        *req.method(),
        actix_web::http::Method::GET | actix_web::http::Method::HEAD
    );
    let res = next.call(req).await?;
    if let Some(state) = state {
        state.metrics.count_status(res.status().as_u16());
        if writes {
            state.write_epoch.fetch_add(1, Ordering::AcqRel);
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

/// Every route of the service.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz))
        .route("/metrics", web::get().to(metrics))
        .service(web::scope("/api/v1").configure(api::routes))
        .service(
            SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", openapi::ApiDoc::openapi()),
        )
        .service(web::scope("/feeds").configure(feeds::routes))
        .configure(web_pages::routes);
}

/// Starts the server on an already bound listener (tests bind port 0). SIGTERM and ctrl-c
/// stop accepting, let in-flight requests finish (up to 30 s), then exit.
pub fn serve(listener: TcpListener, state: web::Data<AppState>) -> std::io::Result<Server> {
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(extract::query_config())
            .app_data(extract::path_config())
            .wrap(from_fn(count_responses))
            .wrap(Compress::default())
            .wrap(TracingLogger::default())
            .configure(routes)
            .default_service(web::to(not_found))
    })
    .shutdown_timeout(30)
    .listen(listener)?
    .run();
    Ok(server)
}
