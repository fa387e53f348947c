//! Feed routes: `/feeds/orgs/{slug}.ics`, `/feeds/orgs/{slug}/merged.ics`,
//! `/feeds/partners/{slug}.ics`, `/feeds/roles/{role}.ics?org=`, `/feeds/people/{id}.ics`
//! and private `/feeds/t/{token}.ics`. What a feed holds is `crate::feeds`; this module adds
//! caching, content encodings and conditional GET.
//!
//! Every calendar client asks for gzip, so a feed is rendered and compressed (gzip and
//! brotli) once per data version and kept; a request then costs a hash lookup whatever its
//! encoding. Each encoding has its own strong ETag (RFC 9110 §8.8.3: different bytes,
//! different tags), derived from the rendered bytes, so a write that does not touch a feed
//! leaves its ETag alone and every instance gives the same one. Renders of one feed are
//! coalesced: when the version moves, one request renders and the others wait for it.
//! The cache is bounded by bytes, not entries.
//!
//! Only feeds asked for more than once get that treatment: a variant asked once (a `from=`,
//! `lang=` or `section=` nobody subscribed to) is compressed at the fastest level in the
//! one coding its request asked for (none for identity), served and not kept, and such
//! renders take one slot at a time, so a client varying parameters neither evicts the
//! subscribed feeds nor holds up their re-renders.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use actix_cors::Cors;
use actix_web::http::header::{self, HttpDate};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};

use super::AppState;
use super::error::ApiError;
use crate::feeds::{self, FeedError, FeedQuery, FeedRequest, RenderContext};
use crate::store::TokenKind;

impl From<FeedError> for ApiError {
    fn from(e: FeedError) -> Self {
        match e {
            FeedError::NotFound(msg) => ApiError::not_found(msg),
            FeedError::BadFilter(msg) => ApiError::bad_request(msg),
            FeedError::BadParam(param, msg) => ApiError::bad_request(msg).at(param),
            FeedError::Store(e) => e.into(),
            FeedError::Render(msg) => {
                tracing::error!(error = %msg, "a feed render stopped");
                ApiError::internal()
            }
        }
    }
}

/// One body in one content coding, with its ETag. A one-off render is compressed only in
/// the coding its request asked for (None in the others): compressing a 20,000-event feed
/// twice for a client that takes one coding, or none, was a third of its first render.
pub(crate) struct Encoded {
    pub etag: String,
    pub body: Option<Bytes>,
}

/// A feed ready to serve in every coding a client may ask for. The plain bytes are kept
/// only once a client has asked for them: calendar clients ask for gzip, and the plain text
/// is ten to twenty times its gzip, so the cache's budget holds that many more feeds.
pub(crate) struct CachedFeed {
    pub version: i64,
    effort: Effort,
    pub last_modified: DateTime<Utc>,
    pub events: usize,
    identity: Option<Bytes>,
    identity_etag: String,
    pub gzip: Encoded,
    pub brotli: Encoded,
}

/// How hard a feed is compressed: fully for the feeds kept (asked for again and again),
/// at the fastest levels for one-off variants (served once and dropped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Effort {
    Full,
    Quick,
}

impl Effort {
    /// gzip level and brotli quality.
    fn levels(self) -> (u32, u32) {
        match self {
            Effort::Full => (9, 9),
            Effort::Quick => (1, 1),
        }
    }

    /// What the tags of compressed bodies end in: other levels give other bytes, so other
    /// strong tags.
    fn tag_suffix(self) -> &'static str {
        match self {
            Effort::Full => "",
            Effort::Quick => "1",
        }
    }
}

impl CachedFeed {
    /// A kept feed (`Effort::Full`) in every coding; a one-off in `asked` only.
    fn new(f: feeds::RenderedFeed, effort: Effort, asked: Coding) -> Self {
        let tag = |suffix: &str| format!("\"{}{suffix}\"", f.content_tag);
        let (gzip_level, brotli_quality) = effort.levels();
        let wanted = |c: Coding| effort == Effort::Full || asked == c;
        let gzip = wanted(Coding::Gzip).then(|| Bytes::from(gzip(&f.body, gzip_level)));
        let brotli = wanted(Coding::Brotli).then(|| Bytes::from(brotli(&f.body, brotli_quality)));
        let level = effort.tag_suffix();
        CachedFeed {
            version: f.version,
            effort,
            last_modified: f.last_modified,
            events: f.events,
            gzip: Encoded {
                etag: tag(&format!("-gz{level}")),
                body: gzip,
            },
            brotli: Encoded {
                etag: tag(&format!("-br{level}")),
                body: brotli,
            },
            identity_etag: tag(""),
            identity: Some(Bytes::from(f.body)),
        }
    }

    /// The same feed without its plain bytes (what the cache keeps at first).
    fn compressed_only(&self) -> CachedFeed {
        CachedFeed {
            identity: None,
            identity_etag: self.identity_etag.clone(),
            gzip: Encoded {
                etag: self.gzip.etag.clone(),
                body: self.gzip.body.clone(),
            },
            brotli: Encoded {
                etag: self.brotli.etag.clone(),
                body: self.brotli.body.clone(),
            },
            ..*self
        }
    }

    /// The same feed with its plain bytes, inflated from the gzip copy when not kept.
    fn with_identity(&self) -> std::io::Result<CachedFeed> {
        let gzipped = self.gzip.body.as_deref().unwrap_or_default();
        let mut plain = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(gzipped), &mut plain)?;
        Ok(CachedFeed {
            identity: Some(Bytes::from(plain)),
            ..self.compressed_only()
        })
    }

    fn bytes(&self) -> usize {
        [&self.identity, &self.gzip.body, &self.brotli.body]
            .into_iter()
            .map(|b| b.as_ref().map_or(0, Bytes::len))
            .sum()
    }

    fn etag(&self, coding: Coding) -> &str {
        match coding {
            Coding::Identity => &self.identity_etag,
            Coding::Gzip => &self.gzip.etag,
            Coding::Brotli => &self.brotli.etag,
        }
    }

    fn etags(&self) -> [&str; 3] {
        [&self.identity_etag, &self.gzip.etag, &self.brotli.etag]
    }

    /// A tag of these bytes in any coding at any level (a client that got the one-off
    /// render of a feed now kept still has the same calendar).
    fn has_tag(&self, tag: &str) -> bool {
        if self.etags().contains(&tag) {
            return true;
        }
        let base = self.identity_etag.trim_end_matches('"');
        tag.strip_prefix(base)
            .is_some_and(|rest| ["-gz\"", "-br\"", "-gz1\"", "-br1\""].contains(&rest))
    }
}

fn gzip(body: &[u8], level: u32) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(body);
    enc.finish().unwrap_or_default()
}

fn brotli(body: &[u8], quality: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let params = ::brotli::enc::BrotliEncoderParams {
        quality: i32::try_from(quality).unwrap_or(9),
        lgwin: 22,
        ..Default::default()
    };
    let _ = ::brotli::BrotliCompress(&mut &body[..], &mut out, &params);
    out
}

/// Which coding to send: brotli, then gzip, else the bytes as they are (RFC 9110 §12.5.3;
/// a coding with q=0 is refused).
fn negotiate(req: &HttpRequest) -> Coding {
    let Some(accept) = req
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return Coding::Identity;
    };
    let accepts = |name: &str| {
        accept.split(',').any(|item| {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            coding.eq_ignore_ascii_case(name) && q > 0.0
        })
    };
    if accepts("br") {
        Coding::Brotli
    } else if accepts("gzip") || accepts("x-gzip") {
        Coding::Gzip
    } else {
        Coding::Identity
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Coding {
    Identity,
    Gzip,
    Brotli,
}

/// A slot per feed: the feed of some version, and a lock held while one request renders a
/// newer one, so concurrent requests after a write render it once.
#[derive(Default)]
struct Slot {
    feed: Option<Arc<CachedFeed>>,
    last_used: u64,
}

/// Rendered feeds by cache key, bounded by bytes.
pub struct FeedCache {
    slots: Mutex<HashMap<String, Slot>>,
    rendering: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Renders of different feeds at once. Rendering is CPU work, so more than the cores
    /// gains nothing, and each render holds a whole feed (rows, text, two encodings) in
    /// memory: this bounds the memory a burst of distinct requests takes beside the cache.
    render_slots: tokio::sync::Semaphore,
    /// Renders of feeds asked for the first time: one at a time, so one-off variants leave
    /// the other slots to the feeds people subscribe to.
    one_off_slots: tokio::sync::Semaphore,
    /// Feeds asked for before, with when (bounded; the oldest half goes when full).
    asked: Mutex<HashMap<String, u64>>,
    budget_bytes: usize,
    clock: std::sync::atomic::AtomicU64,
}

impl Default for FeedCache {
    fn default() -> Self {
        Self::with_budget(64 * 1024 * 1024)
    }
}

impl FeedCache {
    pub(crate) fn with_budget(budget_bytes: usize) -> Self {
        FeedCache {
            slots: Mutex::new(HashMap::new()),
            rendering: Mutex::new(HashMap::new()),
            render_slots: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, usize::from),
            ),
            one_off_slots: tokio::sync::Semaphore::new(1),
            asked: Mutex::new(HashMap::new()),
            budget_bytes,
            clock: Default::default(),
        }
    }

    /// Most feeds remembered as asked for.
    const ASKED_KEYS: usize = 8192;

    /// Was this feed asked for before? Remembers that it now was.
    fn asked_before(&self, key: &str) -> bool {
        let tick = self.clock.fetch_add(1, Ordering::Relaxed);
        let Ok(mut asked) = self.asked.lock() else {
            return true;
        };
        if asked.len() >= Self::ASKED_KEYS && !asked.contains_key(key) {
            let mut ticks: Vec<u64> = asked.values().copied().collect();
            ticks.sort_unstable();
            let median = ticks.get(ticks.len() / 2).copied().unwrap_or(u64::MAX);
            asked.retain(|_, t| *t > median);
        }
        asked.insert(key.to_string(), tick).is_some()
    }

    fn get(&self, key: &str, version: i64) -> Option<Arc<CachedFeed>> {
        let tick = self.clock.fetch_add(1, Ordering::Relaxed);
        let mut slots = self.slots.lock().ok()?;
        let slot = slots.get_mut(key)?;
        let feed = slot.feed.as_ref().filter(|f| f.version == version)?.clone();
        slot.last_used = tick;
        Some(feed)
    }

    /// Stores a feed, evicting the least recently used until the cache fits its budget.
    fn put(&self, key: String, feed: Arc<CachedFeed>) {
        let tick = self.clock.fetch_add(1, Ordering::Relaxed);
        let Ok(mut slots) = self.slots.lock() else {
            return;
        };
        if feed.bytes() > self.budget_bytes {
            return;
        }
        slots.insert(
            key,
            Slot {
                feed: Some(feed),
                last_used: tick,
            },
        );
        let mut total: usize = slots
            .values()
            .filter_map(|s| s.feed.as_ref())
            .map(|f| f.bytes())
            .sum();
        while total > self.budget_bytes {
            let Some(oldest) = slots
                .iter()
                .min_by_key(|(_, s)| s.last_used)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some(gone) = slots.remove(&oldest).and_then(|s| s.feed) {
                total -= gone.bytes();
            }
        }
    }

    /// Bytes held (for /metrics and the memory bench).
    pub fn bytes(&self) -> usize {
        self.slots
            .lock()
            .map(|s| {
                s.values()
                    .filter_map(|s| s.feed.as_ref())
                    .map(|f| f.bytes())
                    .sum()
            })
            .unwrap_or(0)
    }

    fn render_lock(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        match self.rendering.lock() {
            Ok(mut locks) => {
                if locks.len() > 4096 {
                    locks.retain(|_, l| Arc::strong_count(l) > 1);
                }
                locks.entry(key.to_string()).or_default().clone()
            }
            Err(_) => Arc::default(),
        }
    }
}

/// One entry per feed as its reader sees it. A token feed names its own URL (SOURCE), so
/// each token has its own entry: one holder must never be served another holder's token.
fn cache_key(
    req: &FeedRequest,
    source: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let who = match source {
        Some(url) => format!("private:{url}|"),
        None => String::new(),
    };
    // A rolling window's answer changes with the day where the feed's organization is:
    // kept a quarter of an hour at most, the step every time zone's midnight falls on.
    let day = if req.rolls_with_time() {
        let quarter = now.timestamp().div_euclid(15 * 60);
        format!("@{quarter}")
    } else {
        String::new()
    };
    format!("{who}{}{day}", req.canonical())
}

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    let cors = || {
        Cors::default()
            .allow_any_origin()
            .allowed_methods(["GET", "HEAD"])
            .expose_headers([header::ETAG, header::LAST_MODIFIED])
            .max_age(86_400)
    };
    cfg.service(
        web::scope("")
            .wrap(cors())
            .route("/t/{token}.ics", web::get().to(private_feed))
            .route("/t/{token}.ics", web::head().to(private_feed))
            .route("/{tail:.*}", web::get().to(public_feed))
            .route("/{tail:.*}", web::head().to(public_feed)),
    );
}

async fn public_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let path = req.match_info().query("tail");
    if !path.ends_with(".ics") {
        return Err(ApiError::not_found(format!(
            "no feed at /feeds/{path}; feed URLs end in .ics"
        )));
    }
    let target = match req.query_string() {
        "" => path.to_string(),
        q => format!("{path}?{q}"),
    };
    let feed = FeedRequest::parse_path(&target)?;
    serve_feed(&req, &state, &feed, None).await
}

async fn private_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    // Unknown and revoked tokens look the same: 404, no hint.
    let no_such = || ApiError::not_found("no such feed");
    let record = {
        let mut r = state.store.reader().await?;
        r.conn().token_for_secret(TokenKind::Feed, &token).await?
    };
    let feed_path = record.and_then(|r| r.feed).ok_or_else(no_such)?;
    let mut feed = FeedRequest::parse_path(&feed_path).map_err(|_| no_such())?;
    // The subscriber may narrow a private feed further with the same filters.
    if !req.query_string().is_empty() {
        let extra: FeedQuery = web::Query::<FeedQuery>::from_query(req.query_string())
            .map_err(|e| ApiError::bad_request(format!("feed filters: {e}")))?
            .into_inner();
        let q = &mut feed.query;
        q.section = extra.section.or(q.section.take());
        q.status = extra.status.or(q.status);
        q.from = extra.from.or(q.from);
        q.to = extra.to.or(q.to);
        q.fuzzy = extra.fuzzy.or(q.fuzzy);
        q.lang = extra.lang.or(q.lang);
        q.grade = extra.grade.or(q.grade.take());
        q.class = extra.class.or(q.class.take());
    }
    // The calendar subscribed at the token URL says so (SOURCE), not at a public URL that
    // would answer 404.
    let source = format!(
        "{}/feeds/t/{}.ics",
        state.settings.public_url.trim_end_matches('/'),
        token.as_str()
    );
    serve_feed(&req, &state, &feed, Some(source)).await
}

/// The feed of the current data version: from the cache, or rendered once however many
/// requests ask at the same moment.
async fn current_feed(
    state: &AppState,
    feed: &FeedRequest,
    source: Option<String>,
    coding: Coding,
) -> Result<(String, Arc<CachedFeed>), ApiError> {
    let private = source.is_some();
    let key = cache_key(feed, source.as_deref(), chrono::Utc::now());
    let version = state.data_version().await?.version;
    if let Some(hit) = state.feeds.get(&key, version) {
        state
            .metrics
            .feeds_from_cache
            .fetch_add(1, Ordering::Relaxed);
        return Ok((key, hit));
    }
    let lock = state.feeds.render_lock(&key);
    let _guard = lock.lock().await;
    if let Some(hit) = state.feeds.get(&key, version) {
        state
            .metrics
            .feeds_from_cache
            .fetch_add(1, Ordering::Relaxed);
        return Ok((key, hit));
    }
    let cx = RenderContext {
        settings: &state.settings,
        private,
        today: None,
        source_url: source,
        rows: Some(&state.calendars),
    };
    let effort = if state.feeds.asked_before(&key) {
        Effort::Full
    } else {
        Effort::Quick
    };
    let slots = match effort {
        Effort::Full => &state.feeds.render_slots,
        Effort::Quick => &state.feeds.one_off_slots,
    };
    let _slot = slots.acquire().await.map_err(|_| ApiError::internal())?;
    let rendered = feeds::render_feed(&state.store, feed, &cx).await?;
    // Compression is CPU work: off the async workers.
    let fresh = web::block(move || {
        let fresh = Arc::new(CachedFeed::new(rendered, effort, coding));
        release_freed_memory();
        fresh
    })
    .await
    .map_err(|_| ApiError::internal())?;
    state.metrics.feeds_rendered.fetch_add(1, Ordering::Relaxed);
    if effort == Effort::Full {
        state
            .feeds
            .put(key.clone(), Arc::new(fresh.compressed_only()));
    }
    Ok((key, fresh))
}

/// The plain bytes of `cached`, inflated once and kept beside the compressed ones when the
/// cache had only those.
async fn identity_body(
    state: &AppState,
    key: String,
    cached: &Arc<CachedFeed>,
) -> Result<Bytes, ApiError> {
    if let Some(body) = &cached.identity {
        return Ok(body.clone());
    }
    let compressed = cached.clone();
    let full = web::block(move || compressed.with_identity())
        .await
        .map_err(|_| ApiError::internal())?
        .map_err(|e| {
            tracing::error!(error = %e, "a kept gzip feed did not inflate");
            ApiError::internal()
        })?;
    let body = full.identity.clone().unwrap_or_default();
    if full.effort == Effort::Full {
        state.feeds.put(key, Arc::new(full));
    }
    Ok(body)
}

/// The compressed bytes of `cached` in `coding`. A one-off render holds only the coding its
/// own request asked for, so the rest is compressed here only if another request ever
/// reaches it.
async fn compressed_body(
    state: &AppState,
    key: &str,
    cached: &Arc<CachedFeed>,
    coding: Coding,
) -> Result<Bytes, ApiError> {
    let held = match coding {
        Coding::Brotli => &cached.brotli.body,
        _ => &cached.gzip.body,
    };
    if let Some(body) = held {
        return Ok(body.clone());
    }
    let plain = identity_body(state, key.to_string(), cached).await?;
    web::block(move || match coding {
        Coding::Brotli => Bytes::from(brotli(&plain, 1)),
        _ => Bytes::from(gzip(&plain, 1)),
    })
    .await
    .map_err(|_| ApiError::internal())
}

/// Hands the memory a render has freed (rows, text, compressor windows: several times the
/// feed) back to the system. glibc keeps freed memory in the arena of the thread that used
/// it, and renders run on many threads: without this, 84 distinct large feeds left the
/// process 125 MiB above its feed cache. Renders are rare (once per feed and data version),
/// so the few milliseconds a trim takes are not on the path that counts.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of glibc's own heaps to the kernel; it
    // touches no live allocation and takes glibc's arena locks itself.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Answers with 304 when the client's validators still hold, else with the feed in the
/// coding the client prefers. The span names the feed by its path, never by a token.
#[tracing::instrument(skip_all, fields(feed = %feed.canonical(), private = source.is_some()))]
async fn serve_feed(
    req: &HttpRequest,
    state: &AppState,
    feed: &FeedRequest,
    source: Option<String>,
) -> Result<HttpResponse, ApiError> {
    let cache_control = if source.is_some() {
        "private, max-age=300"
    } else {
        "public, max-age=300"
    };
    let coding = negotiate(req);
    let (key, cached) = current_feed(state, feed, source, coding).await?;
    let etag = cached.etag(coding).to_string();
    let last_modified = HttpDate::from(std::time::SystemTime::from(cached.last_modified));
    if not_modified(req, &cached) {
        state
            .metrics
            .feeds_not_modified
            .fetch_add(1, Ordering::Relaxed);
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .insert_header((header::LAST_MODIFIED, last_modified))
            .insert_header((header::CACHE_CONTROL, cache_control))
            .insert_header((header::VARY, "Accept-Encoding"))
            .finish());
    }
    let body = match coding {
        Coding::Identity => identity_body(state, key, &cached).await?,
        Coding::Gzip | Coding::Brotli => compressed_body(state, &key, &cached, coding).await?,
    };
    let mut res = HttpResponse::Ok();
    res.content_type("text/calendar; charset=utf-8")
        .insert_header((header::ETAG, etag))
        .insert_header((header::LAST_MODIFIED, last_modified))
        .insert_header((header::CACHE_CONTROL, cache_control))
        .insert_header((header::VARY, "Accept-Encoding"))
        .insert_header(("X-Event-Count", cached.events.to_string()));
    match coding {
        Coding::Identity => {
            // Already as small as it gets for this client; the Compress middleware must not
            // try again.
            res.insert_header((header::CONTENT_ENCODING, "identity"));
        }
        Coding::Gzip => {
            res.insert_header((header::CONTENT_ENCODING, "gzip"));
        }
        Coding::Brotli => {
            res.insert_header((header::CONTENT_ENCODING, "br"));
        }
    }
    Ok(res.body(body))
}

/// RFC 9110: If-None-Match wins over If-Modified-Since. A tag of any coding of the same
/// bytes matches (a client that switched coding still has the same calendar).
fn not_modified(req: &HttpRequest, feed: &CachedFeed) -> bool {
    if let Some(inm) = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        return inm
            .split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || feed.has_tag(t));
    }
    if let Some(ims) = req
        .headers()
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<HttpDate>().ok())
    {
        let since = std::time::SystemTime::from(ims);
        let modified = std::time::SystemTime::from(feed.last_modified);
        // HTTP dates have whole seconds.
        return modified
            .duration_since(since)
            .map(|d| d.as_secs() < 1)
            .unwrap_or(true);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(version: i64, size: usize) -> Arc<CachedFeed> {
        Arc::new(CachedFeed::new(
            feeds::RenderedFeed {
                version,
                last_modified: DateTime::UNIX_EPOCH,
                content_tag: format!("t{version}"),
                body: vec![b'x'; size],
                events: 0,
            },
            Effort::Full,
            Coding::Identity,
        ))
    }

    #[test]
    fn a_feed_asked_once_is_compressed_quickly_under_its_own_tags_and_the_second_ask_is_kept() {
        let cache = FeedCache::with_budget(1 << 20);
        assert!(
            !cache.asked_before("orgs/a.ics?from=2025-01-01"),
            "the first ask"
        );
        assert!(
            cache.asked_before("orgs/a.ics?from=2025-01-01"),
            "the second"
        );
        assert!(
            !cache.asked_before("orgs/a.ics?from=2025-01-02"),
            "another variant"
        );
        let quick = CachedFeed::new(
            feeds::RenderedFeed {
                version: 1,
                last_modified: DateTime::UNIX_EPOCH,
                content_tag: "t1".into(),
                body: b"BEGIN:VCALENDAR\r\n".repeat(500),
                events: 0,
            },
            Effort::Quick,
            Coding::Brotli,
        );
        assert!(
            quick.gzip.body.is_none(),
            "a one-off is compressed as asked only"
        );
        assert_eq!(quick.etag(Coding::Gzip), "\"t1-gz1\"");
        assert_eq!(quick.etag(Coding::Brotli), "\"t1-br1\"");
        let mut plain = Vec::new();
        let quick_br = quick.brotli.body.clone().unwrap();
        ::brotli::BrotliDecompress(&mut &quick_br[..], &mut plain).unwrap();
        assert_eq!(Some(&plain[..]), quick.identity.as_deref());
        // The kept render of the same bytes knows the quick tags, and no others.
        let full = feed(1, 10);
        assert!(full.has_tag("\"t1-gz1\"") && full.has_tag("\"t1-br\"") && full.has_tag("\"t1\""));
        assert!(!full.has_tag("\"t1-gz2\"") && !full.has_tag("\"t2-gz\""));
    }

    #[test]
    fn the_memory_of_asked_feeds_is_bounded() {
        let cache = FeedCache::with_budget(1 << 20);
        for i in 0..FeedCache::ASKED_KEYS * 3 {
            cache.asked_before(&format!("orgs/a.ics?from={i}"));
        }
        let kept = cache.asked.lock().unwrap().len();
        assert!(kept <= FeedCache::ASKED_KEYS, "{kept}");
    }

    #[test]
    fn the_cache_keeps_within_its_byte_budget_dropping_the_least_recently_used() {
        let cache = FeedCache::with_budget(10_000);
        cache.put("a".into(), feed(1, 4000));
        cache.put("b".into(), feed(1, 4000));
        assert!(cache.get("a", 1).is_some());
        cache.put("c".into(), feed(1, 4000));
        assert!(cache.bytes() <= 10_000, "{}", cache.bytes());
        assert!(cache.get("b", 1).is_none(), "b was the least recently used");
        assert!(cache.get("a", 1).is_some());
        assert!(cache.get("a", 2).is_none(), "another version is a miss");
    }

    #[test]
    fn the_cache_keeps_the_compressed_copies_and_the_plain_bytes_come_back_from_gzip() {
        let f = feed(1, 5000);
        let slim = f.compressed_only();
        assert!(slim.identity.is_none() && slim.bytes() < f.bytes() / 10);
        assert_eq!(slim.etags(), f.etags());
        let full = slim.with_identity().unwrap();
        assert_eq!(full.identity, f.identity);
        assert_eq!(full.bytes(), f.bytes());
    }

    #[test]
    fn every_coding_has_its_own_tag_and_decodes_to_the_same_bytes() {
        let f = feed(1, 5000);
        let identity = f.identity.clone().unwrap();
        assert_eq!(f.etag(Coding::Identity), "\"t1\"");
        assert_eq!(f.etag(Coding::Gzip), "\"t1-gz\"");
        assert_eq!(f.etag(Coding::Brotli), "\"t1-br\"");
        let mut plain = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(&f.gzip.body.clone().unwrap()[..]),
            &mut plain,
        )
        .unwrap();
        assert_eq!(plain, identity);
        let mut plain = Vec::new();
        ::brotli::BrotliDecompress(&mut &f.brotli.body.clone().unwrap()[..], &mut plain).unwrap();
        assert_eq!(plain, identity);
    }
}
