//! Feeds: which events a feed holds, how it is named, and the bytes it is rendered to —
//! shared by the HTTP routes (`/feeds/...`) and `plancal export`, which write the same
//! bytes. The HTTP layer adds only caching, encodings and conditional GET.
//!
//! A feed is named by a path ("orgs/x.ics", "orgs/x/merged.ics", "partners/x.ics",
//! "roles/r.ics?org=x", "people/5.ics") with filters `section`, `status`, `from`, `to`
//! (dates or durations relative to today), `fuzzy` and `lang`; `FeedRequest` parses it once.
//! The rendering is a pure function of the data it shows: DTSTAMP is the newest change of
//! its events, so a feed whose events did not change renders to the same bytes (and the same
//! ETag) on every instance, whatever else was written.

mod bound;
pub mod calendar;
pub(crate) mod followed;
pub mod index;
mod links;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer};
use sha2::{Digest, Sha256};

pub use bound::{DateBound, DateBoundError};
pub(crate) use links::{FeedCounts, SubscribeLinks, subscribe_links_for_org};

use crate::config::Settings;
use crate::ics::{self, CalendarMeta, FeedEvent, FuzzyMode, RenderOptions};
use crate::plan::audience::Wanted;
use crate::plan::privacy::{Audience, OrgPrivacy};
use crate::plan::{EventStatus, Lang, Organization, Slug, roles};
use crate::store::{Conn, FeedEventRow, FeedFilter, FeedScope, Role, Store, StoreError};

/// Why a feed cannot be served, sorted by what the client did.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    /// No such feed: an unknown path, subject, or a private feed asked for without a token.
    #[error("{0}")]
    NotFound(String),
    /// The feed exists but a filter is malformed.
    #[error("{0}")]
    BadFilter(String),
    /// A filter's value is malformed: the parameter, and why (`grade=`, `class=`).
    #[error("{1}")]
    BadParam(&'static str, String),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The render task stopped (it panicked or the runtime is shutting down).
    #[error("the feed could not be rendered: {0}")]
    Render(String),
}

/// Words feed names are made of.
struct FeedWords {
    merged: &'static str,
    partner: &'static str,
    all_orgs: &'static str,
    description: &'static str,
}

fn words(lang: Lang) -> &'static FeedWords {
    const RU: FeedWords = FeedWords {
        merged: "общий календарь с партнёрами",
        partner: "мероприятия с партнёрами",
        all_orgs: "все организации",
        description: "План мероприятий",
    };
    const VI: FeedWords = FeedWords {
        merged: "lịch chung với đối tác",
        partner: "hoạt động với đối tác",
        all_orgs: "tất cả đơn vị",
        description: "Kế hoạch hoạt động",
    };
    const EN: FeedWords = FeedWords {
        merged: "merged calendar with partners",
        partner: "events with partners",
        all_orgs: "all organizations",
        description: "Event plan",
    };
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// Whose feed it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedKind {
    Org(Slug),
    Merged(Slug),
    Partner(Slug),
    Role { role: Slug, org: Option<Slug> },
    Person(i64),
}

/// The filters every feed takes. Other parameters are ignored, not refused: shared links
/// carry `utm_source=…` and some calendar clients add a cache buster (`?_=1`), and a feed
/// that answered them 400 would drop out of the calendar.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct FeedQuery {
    pub section: Option<String>,
    pub status: Option<EventStatus>,
    pub from: Option<DateBound>,
    pub to: Option<DateBound>,
    #[serde(default, deserialize_with = "fuzzy_mode")]
    pub fuzzy: Option<FuzzyMode>,
    pub lang: Option<Lang>,
    /// Role feeds: one organization's plans (and its partners' events for it) only.
    pub org: Option<Slug>,
    /// `grade=6`: the events for that grade and those that name nobody (`plan::audience`).
    #[serde(default, deserialize_with = "grade_param")]
    pub grade: Option<Wanted>,
    /// `class=5А`: the same for one class (or a kindergarten group).
    #[serde(default, deserialize_with = "class_param")]
    pub class: Option<Wanted>,
}

impl FeedQuery {
    /// The grade or class asked for (a request with both is refused by `parse_path`).
    pub fn wanted(&self) -> Option<&Wanted> {
        self.class.as_ref().or(self.grade.as_ref())
    }
}

/// `grade=` and `class=` checked before the rest, so a bad value names its parameter.
fn check_wanted(query: &str) -> Result<(), FeedError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    for (k, v) in pairs {
        let (param, checked) = match k.as_str() {
            "grade" => ("grade", Wanted::grade(&v)),
            "class" => ("class", Wanted::class(&v)),
            _ => continue,
        };
        if let Err(e) = checked {
            return Err(FeedError::BadParam(param, e.0));
        }
    }
    Ok(())
}

fn grade_param<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Wanted>, D::Error> {
    let text = String::deserialize(d)?;
    Wanted::grade(&text)
        .map(Some)
        .map_err(serde::de::Error::custom)
}

fn class_param<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Wanted>, D::Error> {
    let text = String::deserialize(d)?;
    Wanted::class(&text)
        .map(Some)
        .map_err(serde::de::Error::custom)
}

fn fuzzy_mode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<FuzzyMode>, D::Error> {
    let text = String::deserialize(d)?;
    FuzzyMode::parse(&text).map(Some).ok_or_else(|| {
        serde::de::Error::custom(format!("fuzzy={text:?} must be auto, span, start or skip"))
    })
}

fn fuzzy_name(mode: FuzzyMode) -> &'static str {
    match mode {
        FuzzyMode::Auto => "auto",
        FuzzyMode::Span => "span",
        FuzzyMode::Start => "start",
        FuzzyMode::Skip => "skip",
    }
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
    /// The calendar's own colour: the organization's, whoever owns its first event.
    pub color: Option<String>,
}

fn slug_in_path(text: &str) -> Result<Slug, FeedError> {
    Slug::parse(text).map_err(|_| FeedError::NotFound(format!("no feed for {text:?}")))
}

impl FeedRequest {
    /// "orgs/x.ics", "orgs/x/merged.ics?section=1", "partners/x", "roles/r.ics?org=x",
    /// "people/5.ics" (the ".ics" is optional, a leading "/feeds/" too). A path that names
    /// no feed is `NotFound`; a malformed filter is `BadFilter`.
    ///
    /// # Errors
    ///
    /// `FeedError::NotFound` for a path that names no feed, `FeedError::BadFilter` for a
    /// malformed filter.
    pub fn parse_path(text: &str) -> Result<FeedRequest, FeedError> {
        let text = text.trim().trim_start_matches('/');
        let text = text.strip_prefix("feeds/").unwrap_or(text);
        let (path, query) = text.split_once('?').unwrap_or((text, ""));
        let path = path.strip_suffix(".ics").unwrap_or(path);
        let parts: Vec<&str> = path.split('/').collect();
        let kind = match parts.as_slice() {
            ["orgs", slug] => FeedKind::Org(slug_in_path(slug)?),
            ["orgs", slug, "merged"] => FeedKind::Merged(slug_in_path(slug)?),
            ["partners", slug] => FeedKind::Partner(slug_in_path(slug)?),
            ["roles", role] => FeedKind::Role {
                role: slug_in_path(role)?,
                org: None,
            },
            ["people", id] => {
                FeedKind::Person(id.parse().map_err(|_| {
                    FeedError::NotFound(format!("person id {id:?} is not a number"))
                })?)
            }
            _ => {
                return Err(FeedError::NotFound(format!(
                    "{text:?} is not a feed: use orgs/SLUG, orgs/SLUG/merged, partners/SLUG, roles/ROLE?org=SLUG or people/ID"
                )));
            }
        };
        check_wanted(query)?;
        let query: FeedQuery = serde_urlencoded::from_str(query)
            .map_err(|e| FeedError::BadFilter(format!("feed filters: {e}")))?;
        if query.grade.is_some() && query.class.is_some() {
            return Err(FeedError::BadFilter(
                "give grade=N or class=5А, not both".into(),
            ));
        }
        let kind = match kind {
            FeedKind::Role { role, .. } => FeedKind::Role {
                role,
                org: query.org.clone(),
            },
            _ if query.org.is_some() => {
                return Err(FeedError::BadFilter(
                    "the org filter applies to role feeds only".into(),
                ));
            }
            other => other,
        };
        Ok(FeedRequest { kind, query })
    }

    /// The feed's path under /feeds with its filters in a fixed order: one cache key and one
    /// ETag for every spelling of the same request. Relative bounds stay relative here.
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
            pairs.push(("org", o.to_string()));
        }
        let optional = [
            ("section", q.section.clone()),
            ("status", q.status.map(|v| v.as_str().to_string())),
            ("from", q.from.map(|v| v.to_string())),
            ("to", q.to.map(|v| v.to_string())),
            ("fuzzy", q.fuzzy.map(|v| fuzzy_name(v).to_string())),
            ("lang", q.lang.map(|v| v.code().to_string())),
            ("grade", q.grade.as_ref().map(|w| w.param().1)),
            ("class", q.class.as_ref().map(|w| w.param().1)),
        ];
        pairs.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
        if pairs.is_empty() {
            return path;
        }
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        format!("{path}?{query}")
    }

    /// Does the answer depend on the day of the request (a relative `from`/`to`)?
    pub(crate) fn rolls_with_time(&self) -> bool {
        let relative = |b: Option<DateBound>| matches!(b, Some(DateBound::Relative { .. }));
        relative(self.query.from) || relative(self.query.to)
    }

    /// Looks the feed's subject up; unknown subjects are `NotFound`.
    ///
    /// # Errors
    ///
    /// `FeedError::NotFound` for an unknown organization, partner, role or person;
    /// `FeedError::Store` when the database fails.
    pub async fn resolve(&self, conn: &mut Conn<'_>) -> Result<ResolvedFeed, FeedError> {
        let lang_of = |org: &Organization| self.query.lang.unwrap_or(org.locale);
        let org_feed = |org: &Organization, scope: FeedScope, name: String| ResolvedFeed {
            scope,
            name,
            lang: lang_of(org),
            tz: org.timezone.0,
            public: org.public_feeds,
            color: org.color.clone(),
        };
        Ok(match &self.kind {
            FeedKind::Org(slug) => {
                let org = conn.require_org(slug.as_str()).await?;
                org_feed(&org, FeedScope::Org(org.id), org.name.clone())
            }
            FeedKind::Merged(slug) => {
                let org = conn.require_org(slug.as_str()).await?;
                let name = format!("{} — {}", org.name, words(lang_of(&org)).merged);
                org_feed(&org, FeedScope::Merged(org.id), name)
            }
            FeedKind::Partner(slug) => {
                let org = conn.require_org(slug.as_str()).await?;
                let name = format!("{} — {}", org.name, words(lang_of(&org)).partner);
                org_feed(&org, FeedScope::Partner(org.id), name)
            }
            FeedKind::Role { role, org } => self.resolve_role(conn, role, org.as_ref()).await?,
            FeedKind::Person(id) => self.resolve_person(conn, *id).await?,
        })
    }

    async fn resolve_role(
        &self,
        conn: &mut Conn<'_>,
        role: &Slug,
        org: Option<&Slug>,
    ) -> Result<ResolvedFeed, FeedError> {
        let stored = conn
            .role(role.as_str())
            .await?
            .ok_or_else(|| FeedError::NotFound(format!("role {role:?} does not exist")))?;
        let scope = |org: Option<i64>| FeedScope::Role {
            slug: role.to_string(),
            org,
        };
        if let Some(slug) = org {
            let org = conn.require_org(slug.as_str()).await?;
            let lang = self.query.lang.unwrap_or(org.locale);
            return Ok(ResolvedFeed {
                scope: scope(Some(org.id)),
                name: format!("{} — {}", org.name, stored.label(lang)),
                lang,
                tz: org.timezone.0,
                public: org.public_feeds,
                color: org.color.clone(),
            });
        }
        let lang = self.query.lang.unwrap_or(Lang::Ru);
        Ok(ResolvedFeed {
            scope: scope(None),
            name: format!("{} — {}", role_label(&stored, lang), words(lang).all_orgs),
            lang,
            tz: crate::plan::Tz::default_for(lang).0,
            public: true,
            color: None,
        })
    }

    async fn resolve_person(
        &self,
        conn: &mut Conn<'_>,
        id: i64,
    ) -> Result<ResolvedFeed, FeedError> {
        let person = conn
            .person(id)
            .await?
            .ok_or_else(|| FeedError::NotFound(format!("person {id} does not exist")))?;
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
        Ok(ResolvedFeed {
            scope: FeedScope::Person(person.id),
            name: person.name.clone(),
            lang,
            tz: org
                .map(|o| o.timezone.0)
                .unwrap_or(crate::plan::Tz::default_for(lang).0),
            public,
            color: None,
        })
    }

    fn fuzzy(&self, settings: &Settings) -> FuzzyMode {
        self.query.fuzzy.unwrap_or(settings.feeds.fuzzy)
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

/// A rendered feed and what its validators derive from.
pub struct RenderedFeed {
    /// The data version it was rendered from (caches are good while it holds).
    pub version: i64,
    /// The database's last change: Last-Modified (monotonic, so If-Modified-Since never
    /// wrongly answers 304).
    pub last_modified: DateTime<Utc>,
    /// A strong validator of the bytes: equal bytes, equal tag, on every instance.
    pub content_tag: String,
    pub body: Vec<u8>,
    pub events: usize,
}

/// How a feed is asked for: with or without its token, on which day.
pub struct RenderContext<'a> {
    pub settings: &'a Settings,
    /// Token feeds: everything in scope, names included.
    pub private: bool,
    /// The day relative `from`/`to` are read against; None: today where the feed's
    /// organization is (its time zone), as its page reads it.
    pub today: Option<NaiveDate>,
    /// The URL the feed is subscribed at (SOURCE / X-ORIGINAL-URL); the public path when None.
    pub source_url: Option<String>,
    /// Scopes' rows held per data version (the server's); None reads the scope afresh.
    pub rows: Option<&'a calendar::ScopeRows>,
}

/// Renders a feed from the database: what `GET /feeds/...` serves and `plancal export`
/// writes, byte for byte.
///
/// # Errors
///
/// `FeedError::NotFound` for an unknown subject, or a private feed asked for without
/// `cx.private`; `FeedError::Store` when the database fails.
#[tracing::instrument(skip_all, fields(feed = %req.canonical(), events, bytes))]
pub async fn render_feed(
    store: &Store,
    req: &FeedRequest,
    cx: &RenderContext<'_>,
) -> Result<RenderedFeed, FeedError> {
    let settings = cx.settings;
    let mut reader = store.reader().await?;
    let mut conn = reader.conn();
    let version = conn.data_version().await?;
    let resolved = req.resolve(&mut conn).await?;
    if !cx.private && !resolved.public {
        // Private feeds are not advertised: the same answer as for a feed that does not exist.
        return Err(FeedError::NotFound("no such feed".into()));
    }
    let today = cx
        .today
        .unwrap_or_else(|| Utc::now().with_timezone(&resolved.tz).date_naive());
    let filter = FeedFilter {
        section: req.query.section.clone(),
        status: req.query.status,
        from: req.query.from.and_then(|b| b.resolve(today)),
        to: req.query.to.and_then(|b| b.resolve(today)),
        wanted: req.query.wanted().cloned(),
    };
    let query = calendar::CalendarQuery::of_scope(resolved.scope.clone(), filter.clone());
    let rows = calendar::select(
        &mut conn,
        cx.rows,
        version.version,
        &query,
        settings.feeds.cancelled_days,
    )
    .await?;
    let roles = conn.list_roles().await?;
    // A merged feed adds the partners' calendars the organization follows.
    let followed = match resolved.scope {
        FeedScope::Merged(org_id) => conn.followed_source_events(org_id).await?,
        _ => Vec::new(),
    };
    drop(reader);
    let mut events: Vec<FeedEvent> = rows
        .into_iter()
        .filter(|r| audience(cx.private).sees_org(owner_privacy(r)))
        .map(|r| feed_event(r, &roles, resolved.lang, cx.private, &settings.public_url))
        .collect();
    events.extend(followed::followed_events(
        followed,
        &filter,
        audience(cx.private),
    ));
    let newest = events.iter().map(|e| e.last_modified).max();
    // "… — 6 класс": a subscriber of several grades' feeds tells them apart.
    let name = match req.query.wanted() {
        Some(w) => format!(
            "{} — {}",
            resolved.name,
            crate::plan::audience::wanted_name(w, resolved.lang)
        ),
        None => resolved.name,
    };
    let meta = CalendarMeta {
        description: format!("{} — {}", words(resolved.lang).description, name),
        name,
        lang: resolved.lang,
        default_tz: resolved.tz,
        refresh_minutes: settings.feeds.refresh_minutes,
        url: Some(cx.source_url.clone().unwrap_or_else(|| {
            format!(
                "{}/feeds/{}",
                settings.public_url.trim_end_matches('/'),
                req.canonical()
            )
        })),
        dtstamp: newest.unwrap_or(DateTime::UNIX_EPOCH),
        feed_key: req.canonical(),
        color: resolved.color,
    };
    let options = RenderOptions {
        fuzzy: req.fuzzy(settings),
        ..RenderOptions::default()
    };
    // Rendering thousands of events is CPU work: off the async workers, so health checks
    // and cached feeds answer while it runs.
    let rendered = tokio::task::spawn_blocking(move || ics::render(&meta, &events, &options))
        .await
        .map_err(|e| FeedError::Render(e.to_string()))?;
    let body = rendered.text.into_bytes();
    let span = tracing::Span::current();
    span.record("events", rendered.vevents);
    span.record("bytes", body.len());
    Ok(RenderedFeed {
        version: version.version,
        last_modified: version.changed_at,
        content_tag: content_tag(&body),
        body,
        events: rendered.vevents,
    })
}

fn content_tag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    hex::encode(&digest[..12])
}

/// Token feeds are for whoever holds the token: they see what an admin sees.
fn audience(private: bool) -> Audience {
    if private {
        Audience::Trusted
    } else {
        Audience::Public
    }
}

fn owner_privacy(r: &FeedEventRow) -> OrgPrivacy {
    OrgPrivacy {
        public_feeds: r.owner_public_feeds,
        public_names: r.owner_public_names,
    }
}

fn feed_event(
    r: FeedEventRow,
    roles: &[Role],
    lang: Lang,
    private: bool,
    public_url: &str,
) -> FeedEvent {
    // The one privacy rule every reader follows (plan::privacy).
    let show_names = audience(private).sees_names(owner_privacy(&r));
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
    let categories = event_categories(r.section_title.as_deref(), &doc.partners, &doc.location);
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
        calendar: doc.calendar,
        status: doc.status,
        deleted: r.deleted,
        tz: r.owner_timezone.0,
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
        owner: r.owner_name,
        locale: Some(r.owner_locale),
        academic_year: Some(r.academic_year),
    }
}

/// CATEGORIES: the section, then the partners the event names, except a partner that is
/// the place (LOCATION says it already; the bytes count against Google's 1 MB).
fn event_categories(section: Option<&str>, partners: &[String], location: &str) -> Vec<String> {
    let place = location.trim();
    section
        .map(str::to_string)
        .into_iter()
        .chain(
            partners
                .iter()
                .filter(|p| place.is_empty() || !place.contains(p.trim()))
                .cloned(),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_that_is_the_place_is_not_repeated_as_a_category() {
        let partners = vec!["Детская библиотека".to_string(), "Музей".to_string()];
        assert_eq!(
            event_categories(
                Some("1 Мероприятия"),
                &partners,
                "Детская библиотека, зал 2"
            ),
            ["1 Мероприятия", "Музей"]
        );
        assert_eq!(event_categories(None, &partners, ""), partners);
    }

    #[test]
    fn feed_paths_parse_to_one_canonical_form() {
        let a = FeedRequest::parse_path("orgs/school/merged.ics?lang=ru&section=1").unwrap();
        let b = FeedRequest::parse_path("/feeds/orgs/school/merged?section=1&lang=ru").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.canonical(), "orgs/school/merged.ics?section=1&lang=ru");
        let r = FeedRequest::parse_path("roles/class-teacher.ics?org=school").unwrap();
        assert_eq!(r.canonical(), "roles/class-teacher.ics?org=school");
        let rolling = FeedRequest::parse_path("orgs/s.ics?from=-P30D").unwrap();
        assert_eq!(rolling.canonical(), "orgs/s.ics?from=-P30D");
        assert!(rolling.rolls_with_time());
    }

    #[test]
    fn a_path_that_names_no_feed_is_not_found_and_a_bad_filter_is_bad() {
        for path in [
            "orgs/a/b/c",
            "people/x.ics",
            "orgs/Bad Slug.ics",
            "calendars/x.ics",
        ] {
            assert!(
                matches!(FeedRequest::parse_path(path), Err(FeedError::NotFound(_))),
                "{path}"
            );
        }
        for path in [
            "orgs/a.ics?fuzzy=wide",
            "orgs/a.ics?from=soon",
            "orgs/a.ics?org=b",
        ] {
            assert!(
                matches!(FeedRequest::parse_path(path), Err(FeedError::BadFilter(_))),
                "{path}"
            );
        }
        // Parameters no filter has (a campaign tag, a cache-buster) are the client's own.
        for path in ["orgs/a.ics?colour=red", "orgs/a.ics?utm_source=x&_=1"] {
            assert!(FeedRequest::parse_path(path).is_ok(), "{path}");
        }
    }
}
