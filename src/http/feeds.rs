//! iCalendar feeds: `/feeds/orgs/{slug}.ics`, `/feeds/orgs/{slug}/merged.ics`,
//! `/feeds/partners/{slug}.ics`, `/feeds/roles/{role}.ics?org=`, `/feeds/people/{id}.ics` and
//! private `/feeds/t/{token}.ics`, with filters `section`, `status`, `from`, `to`, `fuzzy`,
//! `lang`.
//!
//! A feed's ETag is derived from the database's data version and the feed's canonical
//! request, so every instance on one PostgreSQL gives the same ETag. The version is read at
//! most once a second per instance (at once after this instance's own writes), so a
//! conditional request usually costs no query. Rendered feeds are cached per (request, data
//! version).

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use actix_cors::Cors;
use actix_web::http::header::{self, HttpDate};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::AppState;
use super::error::ApiError;
use crate::config::Settings;
use crate::ics::{self, CalendarMeta, FeedEvent, FuzzyMode, RenderOptions};
use crate::plan::{EventStatus, Lang, Organization, roles};
use crate::store::{Conn, FeedEventRow, FeedFilter, FeedScope, Role, Store, StoreError, TokenKind};

/// Words feed names are made of, per language.
struct FeedWords {
    merged: &'static str,
    partner: &'static str,
    all_orgs: &'static str,
    description: &'static str,
}

const FEED_WORDS: &[(Lang, FeedWords)] = &[
    (
        Lang::Ru,
        FeedWords {
            merged: "общий календарь с партнёрами",
            partner: "мероприятия с партнёрами",
            all_orgs: "все организации",
            description: "План мероприятий",
        },
    ),
    (
        Lang::Vi,
        FeedWords {
            merged: "lịch chung với đối tác",
            partner: "hoạt động với đối tác",
            all_orgs: "tất cả đơn vị",
            description: "Kế hoạch hoạt động",
        },
    ),
    (
        Lang::En,
        FeedWords {
            merged: "merged calendar with partners",
            partner: "events with partners",
            all_orgs: "all organizations",
            description: "Event plan",
        },
    ),
];

fn words(lang: Lang) -> &'static FeedWords {
    FEED_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, w)| w)
        .unwrap_or(&FEED_WORDS[0].1)
}

/// Whose feed it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedKind {
    Org(String),
    Merged(String),
    Partner(String),
    Role { role: String, org: Option<String> },
    Person(i64),
}

/// The filters every feed takes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedQuery {
    pub section: Option<String>,
    pub status: Option<EventStatus>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub fuzzy: Option<String>,
    pub lang: Option<Lang>,
    /// Role feeds: one organization's plans only.
    pub org: Option<String>,
}

/// A feed and its filters, parsed once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedRequest {
    pub kind: FeedKind,
    pub query: FeedQuery,
}

/// What a request resolved to in the database.
pub struct ResolvedFeed {
    pub scope: FeedScope,
    pub name: String,
    pub lang: Lang,
    pub tz: chrono_tz::Tz,
    /// Readable without a token.
    pub public: bool,
    /// Personal names may be shown without a token.
    pub public_names: bool,
}

impl FeedRequest {
    /// "orgs/x.ics", "orgs/x/merged.ics?section=1", "partners/x", "roles/r.ics?org=x",
    /// "people/5.ics" (the ".ics" is optional, a leading "/feeds/" too).
    pub fn parse_path(text: &str) -> Result<FeedRequest, String> {
        let text = text.trim().trim_start_matches('/');
        let text = text.strip_prefix("feeds/").unwrap_or(text);
        let (path, query) = text.split_once('?').unwrap_or((text, ""));
        let path = path.strip_suffix(".ics").unwrap_or(path);
        let query: FeedQuery =
            serde_urlencoded::from_str(query).map_err(|e| format!("feed filters: {e}"))?;
        let parts: Vec<&str> = path.split('/').collect();
        let kind = match parts.as_slice() {
            ["orgs", slug] => FeedKind::Org(slug.to_string()),
            ["orgs", slug, "merged"] => FeedKind::Merged(slug.to_string()),
            ["partners", slug] => FeedKind::Partner(slug.to_string()),
            ["roles", role] => FeedKind::Role {
                role: role.to_string(),
                org: query.org.clone(),
            },
            ["people", id] => FeedKind::Person(
                id.parse()
                    .map_err(|_| format!("person id {id:?} is not a number"))?,
            ),
            _ => {
                return Err(format!(
                    "{text:?} is not a feed: use orgs/SLUG, orgs/SLUG/merged, partners/SLUG, roles/ROLE?org=SLUG or people/ID"
                ));
            }
        };
        if query.org.is_some() && !matches!(kind, FeedKind::Role { .. }) {
            return Err("the org filter applies to role feeds only".into());
        }
        if let Some(f) = &query.fuzzy {
            FuzzyMode::parse(f)
                .ok_or_else(|| format!("fuzzy={f:?} must be auto, span, start or skip"))?;
        }
        Ok(FeedRequest { kind, query })
    }

    /// The feed's path under /feeds with its filters in a fixed order: one cache key and one
    /// ETag for every spelling of the same request.
    pub fn canonical(&self) -> String {
        let path = match &self.kind {
            FeedKind::Org(s) => format!("orgs/{s}.ics"),
            FeedKind::Merged(s) => format!("orgs/{s}/merged.ics"),
            FeedKind::Partner(s) => format!("partners/{s}.ics"),
            FeedKind::Role { role, .. } => format!("roles/{role}.ics"),
            FeedKind::Person(id) => format!("people/{id}.ics"),
        };
        let q = &self.query;
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let FeedKind::Role { org: Some(o), .. } = &self.kind {
            pairs.push(("org", o.clone()));
        }
        if let Some(v) = &q.section {
            pairs.push(("section", v.clone()));
        }
        if let Some(v) = q.status {
            pairs.push(("status", v.as_str().to_string()));
        }
        if let Some(v) = q.from {
            pairs.push(("from", v.to_string()));
        }
        if let Some(v) = q.to {
            pairs.push(("to", v.to_string()));
        }
        if let Some(v) = &q.fuzzy {
            pairs.push(("fuzzy", v.clone()));
        }
        if let Some(v) = q.lang {
            pairs.push(("lang", v.code().to_string()));
        }
        if pairs.is_empty() {
            return path;
        }
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        format!("{path}?{query}")
    }

    /// Looks the feed's subject up; unknown subjects are 404.
    pub async fn resolve(&self, conn: &mut Conn<'_>) -> Result<ResolvedFeed, ApiError> {
        let lang_of = |org: &Organization| self.query.lang.unwrap_or(org.locale);
        let org_feed =
            |org: Organization, scope: FeedScope, name: String, lang: Lang| ResolvedFeed {
                scope,
                name,
                lang,
                tz: org.timezone.0,
                public: org.public_feeds,
                public_names: org.public_names,
            };
        Ok(match &self.kind {
            FeedKind::Org(slug) => {
                let org = conn.require_org(slug).await?;
                let lang = lang_of(&org);
                org_feed(org.clone(), FeedScope::Org(org.id), org.name.clone(), lang)
            }
            FeedKind::Merged(slug) => {
                let org = conn.require_org(slug).await?;
                let lang = lang_of(&org);
                let name = format!("{} — {}", org.name, words(lang).merged);
                org_feed(org.clone(), FeedScope::Merged(org.id), name, lang)
            }
            FeedKind::Partner(slug) => {
                let org = conn.require_org(slug).await?;
                let lang = lang_of(&org);
                let name = format!("{} — {}", org.name, words(lang).partner);
                org_feed(org.clone(), FeedScope::Partner(org.id), name, lang)
            }
            FeedKind::Role { role, org } => {
                let stored = conn
                    .role(role)
                    .await?
                    .ok_or_else(|| StoreError::NotFound(format!("role {role:?}")))?;
                match org {
                    Some(slug) => {
                        let org = conn.require_org(slug).await?;
                        let lang = lang_of(&org);
                        let name = format!("{} — {}", org.name, stored.label(lang));
                        org_feed(
                            org.clone(),
                            FeedScope::Role {
                                slug: role.clone(),
                                org: Some(org.id),
                            },
                            name,
                            lang,
                        )
                    }
                    None => {
                        let lang = self.query.lang.unwrap_or(Lang::Ru);
                        ResolvedFeed {
                            scope: FeedScope::Role {
                                slug: role.clone(),
                                org: None,
                            },
                            name: format!(
                                "{} — {}",
                                role_label(&stored, lang),
                                words(lang).all_orgs
                            ),
                            lang,
                            tz: crate::plan::Tz::default_for(lang).0,
                            public: true,
                            public_names: false,
                        }
                    }
                }
            }
            FeedKind::Person(id) => {
                let person = conn
                    .person(*id)
                    .await?
                    .ok_or_else(|| StoreError::NotFound(format!("person {id}")))?;
                let org = match person.org_id {
                    Some(org_id) => conn.org_by_id(org_id).await?,
                    None => None,
                };
                let lang = self
                    .query
                    .lang
                    .or(org.as_ref().map(|o| o.locale))
                    .unwrap_or(Lang::Ru);
                // A person's feed names them, so it is public only where names are.
                let public = org
                    .as_ref()
                    .is_some_and(|o| o.public_feeds && o.public_names);
                ResolvedFeed {
                    scope: FeedScope::Person(person.id),
                    name: person.name.clone(),
                    lang,
                    tz: org
                        .map(|o| o.timezone.0)
                        .unwrap_or(crate::plan::Tz::default_for(lang).0),
                    public,
                    public_names: public,
                }
            }
        })
    }

    fn fuzzy(&self, settings: &Settings) -> FuzzyMode {
        self.query
            .fuzzy
            .as_deref()
            .and_then(FuzzyMode::parse)
            .or_else(|| FuzzyMode::parse(&settings.feeds.fuzzy))
            .unwrap_or_default()
    }
}

fn role_label(role: &Role, lang: Lang) -> String {
    let label = role.label(lang);
    let label = if label.is_empty() {
        role.slug.as_str()
    } else {
        label
    };
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A rendered feed with the validators of the data version it was rendered from.
pub struct RenderedFeed {
    pub version: i64,
    pub etag: String,
    pub last_modified: DateTime<Utc>,
    pub body: Bytes,
    pub events: usize,
}

/// Rendered feeds by canonical request; an entry is good while the data version holds.
#[derive(Default)]
pub struct FeedCache {
    entries: Mutex<HashMap<String, Arc<RenderedFeed>>>,
}

impl FeedCache {
    /// Bounds memory: past this many feeds the cache starts over.
    const MAX_ENTRIES: usize = 1024;

    fn get(&self, key: &str, version: i64) -> Option<Arc<RenderedFeed>> {
        let entries = self.entries.lock().ok()?;
        entries.get(key).filter(|f| f.version == version).cloned()
    }

    fn put(&self, key: String, feed: Arc<RenderedFeed>) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= Self::MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, feed);
        }
    }
}

fn etag_for(key: &str, version: i64) -> String {
    let digest = Sha256::digest(key.as_bytes());
    format!("\"v{version}-{}\"", hex::encode(&digest[..8]))
}

/// Renders a feed from the database: what `GET /feeds/...` serves and `plancal export`
/// writes, byte for byte. `private` is true for token feeds: everything in scope, names
/// included.
pub async fn render_feed(
    store: &Store,
    settings: &Settings,
    req: &FeedRequest,
    private: bool,
) -> Result<RenderedFeed, ApiError> {
    let mut reader = store.reader().await?;
    let mut conn = reader.conn();
    let version = conn.data_version().await?;
    let resolved = req.resolve(&mut conn).await?;
    if !private && !resolved.public {
        // Private feeds are not advertised: the same 404 as for a feed that does not exist.
        return Err(ApiError::not_found("no such feed"));
    }
    let filter = FeedFilter {
        section: req.query.section.clone(),
        status: req.query.status,
        from: req.query.from,
        to: req.query.to,
    };
    let rows = conn
        .feed_events(&resolved.scope, &filter, settings.feeds.cancelled_days)
        .await?;
    let roles = conn.list_roles().await?;
    drop(reader);
    let events: Vec<FeedEvent> = rows
        .into_iter()
        .filter(|r| private || r.owner_public_feeds)
        .map(|r| feed_event(r, &roles, resolved.lang, private, &settings.public_url))
        .collect();
    let meta = CalendarMeta {
        name: resolved.name.clone(),
        description: format!("{} — {}", words(resolved.lang).description, resolved.name),
        lang: resolved.lang,
        default_tz: resolved.tz,
        refresh_minutes: settings.feeds.refresh_minutes,
        url: Some(format!(
            "{}/feeds/{}",
            settings.public_url.trim_end_matches('/'),
            req.canonical()
        )),
        dtstamp: version.changed_at,
    };
    let rendered = ics::render(
        &meta,
        &events,
        &RenderOptions {
            fuzzy: req.fuzzy(settings),
        },
    );
    let key = cache_key(req, private);
    Ok(RenderedFeed {
        version: version.version,
        etag: etag_for(&key, version.version),
        last_modified: version.changed_at,
        events: rendered.vevents,
        body: Bytes::from(rendered.text),
    })
}

fn cache_key(req: &FeedRequest, private: bool) -> String {
    format!(
        "{}{}",
        if private { "private:" } else { "" },
        req.canonical()
    )
}

fn feed_event(
    r: FeedEventRow,
    roles: &[Role],
    lang: Lang,
    private: bool,
    public_url: &str,
) -> FeedEvent {
    let doc = r.record.doc;
    let role_labels = doc
        .roles
        .iter()
        .map(|slug| {
            roles
                .iter()
                .find(|x| &x.slug == slug)
                .map(|x| x.label(lang).to_string())
                .or_else(|| roles::find(slug).map(|d| d.label(lang).to_string()))
                .unwrap_or_else(|| slug.clone())
        })
        .collect();
    let show_names = private || r.owner_public_names;
    let people = if show_names {
        doc.people
            .iter()
            .map(|p| match &p.org {
                Some(org) => format!("{} ({org})", p.name),
                None => p.name.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut categories: Vec<String> = r.section_title.iter().cloned().collect();
    categories.extend(doc.partners.iter().cloned());
    let id = doc.id.unwrap_or_default();
    FeedEvent {
        uid: doc.uid.unwrap_or_default(),
        sequence: doc.sequence.unwrap_or(0),
        created: doc.created_at.unwrap_or_default(),
        last_modified: doc.updated_at.unwrap_or_default(),
        title: doc.title,
        timing_text: doc.timing,
        when: doc.when,
        pinned: doc.pinned,
        status: doc.status,
        deleted: r.deleted,
        tz: r.owner_timezone.parse().unwrap_or(chrono_tz::UTC),
        location: doc.location,
        plan_title: r.plan_title,
        section_title: r.section_title,
        // Without names the responsible cell may still name people; roles say enough.
        responsible: if show_names {
            doc.responsible
        } else {
            String::new()
        },
        role_labels,
        people,
        result: doc.result,
        notes: doc.notes,
        agenda: doc.agenda,
        categories,
        url: Some(format!("{}/events/{id}", public_url.trim_end_matches('/'))),
        color: r.owner_color,
    }
}

/// Every way to subscribe to one feed.
#[derive(Clone, Debug, Serialize)]
pub struct SubscribeLinks {
    pub name: String,
    pub https: String,
    pub webcal: String,
    pub google: String,
    pub outlook: String,
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl SubscribeLinks {
    /// `path` is the feed's path under /feeds ("orgs/x.ics").
    pub fn new(public_url: &str, path: &str, name: &str) -> SubscribeLinks {
        let https = format!("{}/feeds/{path}", public_url.trim_end_matches('/'));
        let webcal = match https.split_once("://") {
            Some((_, rest)) => format!("webcal://{rest}"),
            None => https.clone(),
        };
        SubscribeLinks {
            name: name.to_string(),
            google: format!(
                "https://calendar.google.com/calendar/r?cid={}",
                percent_encode(&webcal)
            ),
            outlook: format!(
                "https://outlook.live.com/calendar/0/addfromweb?url={}&name={}",
                percent_encode(&https),
                percent_encode(name)
            ),
            https,
            webcal,
        }
    }
}

/// The organization's feeds: its own, merged, partner, and one per role.
pub fn subscribe_links_for_org(
    public_url: &str,
    org: &Organization,
    roles: &[Role],
    only_role: Option<&str>,
) -> Vec<SubscribeLinks> {
    let w = words(org.locale);
    let mut out = vec![
        SubscribeLinks::new(public_url, &format!("orgs/{}.ics", org.slug), &org.name),
        SubscribeLinks::new(
            public_url,
            &format!("orgs/{}/merged.ics", org.slug),
            &format!("{} — {}", org.name, w.merged),
        ),
        SubscribeLinks::new(
            public_url,
            &format!("partners/{}.ics", org.slug),
            &format!("{} — {}", org.name, w.partner),
        ),
    ];
    for role in roles
        .iter()
        .filter(|r| only_role.is_none_or(|o| o == r.slug))
    {
        out.push(SubscribeLinks::new(
            public_url,
            &format!("roles/{}.ics?org={}", role.slug, org.slug),
            &format!("{} — {}", org.name, role.label(org.locale)),
        ));
    }
    out
}

pub fn routes(cfg: &mut web::ServiceConfig) {
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
    let feed = FeedRequest::parse_path(&target).map_err(|e| {
        if e.starts_with('"') {
            ApiError::not_found(e)
        } else {
            ApiError::bad_request(e)
        }
    })?;
    serve_feed(&req, &state, &feed, false).await
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
        q.fuzzy = extra.fuzzy.or(q.fuzzy.take());
        q.lang = extra.lang.or(q.lang);
    }
    serve_feed(&req, &state, &feed, true).await
}

/// Answers with 304 when the client's validators still hold, else with the feed.
async fn serve_feed(
    req: &HttpRequest,
    state: &AppState,
    feed: &FeedRequest,
    private: bool,
) -> Result<HttpResponse, ApiError> {
    let key = cache_key(feed, private);
    let version = state.data_version().await?;
    let rendered = match state.feeds.get(&key, version.version) {
        Some(hit) => {
            state
                .metrics
                .feeds_from_cache
                .fetch_add(1, Ordering::Relaxed);
            hit
        }
        None => {
            let fresh = Arc::new(render_feed(&state.store, &state.settings, feed, private).await?);
            state.metrics.feeds_rendered.fetch_add(1, Ordering::Relaxed);
            state.feeds.put(key, fresh.clone());
            fresh
        }
    };
    let cache_control = if private {
        "private, max-age=300"
    } else {
        "public, max-age=300"
    };
    let last_modified = HttpDate::from(std::time::SystemTime::from(rendered.last_modified));
    if not_modified(req, &rendered) {
        state
            .metrics
            .feeds_not_modified
            .fetch_add(1, Ordering::Relaxed);
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, rendered.etag.clone()))
            .insert_header((header::LAST_MODIFIED, last_modified))
            .insert_header((header::CACHE_CONTROL, cache_control))
            .finish());
    }
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::ETAG, rendered.etag.clone()))
        .insert_header((header::LAST_MODIFIED, last_modified))
        .insert_header((header::CACHE_CONTROL, cache_control))
        .insert_header(("X-Event-Count", rendered.events.to_string()))
        .body(rendered.body.clone()))
}

/// RFC 9110: If-None-Match wins over If-Modified-Since.
fn not_modified(req: &HttpRequest, feed: &RenderedFeed) -> bool {
    if let Some(inm) = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        return inm
            .split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t == feed.etag);
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

    #[test]
    fn feed_paths_parse_to_one_canonical_form() {
        let a = FeedRequest::parse_path("orgs/school/merged.ics?lang=ru&section=1").unwrap();
        let b = FeedRequest::parse_path("/feeds/orgs/school/merged?section=1&lang=ru").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.canonical(), "orgs/school/merged.ics?section=1&lang=ru");
        let r = FeedRequest::parse_path("roles/class-teacher.ics?org=school").unwrap();
        assert_eq!(r.canonical(), "roles/class-teacher.ics?org=school");
        assert!(FeedRequest::parse_path("orgs/a/b/c").is_err());
        assert!(FeedRequest::parse_path("people/x.ics").is_err());
        assert!(FeedRequest::parse_path("orgs/a.ics?fuzzy=wide").is_err());
    }

    #[test]
    fn subscribe_links_cover_webcal_google_and_outlook() {
        let l = SubscribeLinks::new("https://cal.example.org/", "orgs/s.ics", "Школа");
        assert_eq!(l.https, "https://cal.example.org/feeds/orgs/s.ics");
        assert_eq!(l.webcal, "webcal://cal.example.org/feeds/orgs/s.ics");
        assert!(l.google.starts_with(
            "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fcal.example.org"
        ));
        assert!(l.outlook.contains(
            "addfromweb?url=https%3A%2F%2Fcal.example.org%2Ffeeds%2Forgs%2Fs.ics&name=%D0%A8"
        ));
    }
}
