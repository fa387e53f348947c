//! Following partners' published calendars: an organization names a URL (Google Calendar's
//! public address, an Outlook published calendar, a Nextcloud or Radicale share, an .ics on
//! a site) and the partner it belongs to; a background task fetches each on its schedule
//! and keeps the last good copy, whose events join the follower's merged feed and page in
//! the partner's colour.
//!
//! - `policy` (pure): which URLs, addresses and redirects may be fetched; the retry backoff;
//! - `fetch` (blocking, ureq): one conditional GET under those rules;
//! - this module: one refresh of one source (claim, fetch, parse with the .ics importer,
//!   store), and the loop that runs due ones. A fetch that fails, times out, is too large,
//!   is refused or does not parse leaves the last good copy in use and backs off; a 304
//!   changes nothing but the source's times; only changed events bump the data version
//!   (so feeds and their ETags change only then).

pub mod error_kind;
pub mod fetch;
pub mod policy;

use std::time::Duration;

use chrono::Utc;

use crate::config::SourceSettings;
use crate::import::{self, ImportError, ImportOptions, Limits};
use crate::plan::{EventDoc, Slug};
use crate::store::{Conn, Failure, GoodCopy, Source, SourceFetchState, Store, StoreError};
use error_kind::FetchErrorKind;
use fetch::{FetchError, FetchLimits, Fetched, Validators};
use policy::SourceUrl;

/// What one refresh did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refreshed {
    /// New events: every follower's merged feed changed.
    Changed,
    /// A good answer (200 with the same events, or 304).
    Unchanged,
    /// The fetch failed; the last good copy stays.
    Failed,
    /// Another instance (or an earlier tick) is fetching it.
    Skipped,
}

fn limits(settings: &SourceSettings) -> FetchLimits {
    FetchLimits {
        timeout: Duration::from_secs(settings.timeout_seconds),
        max_bytes: settings.max_bytes,
        max_redirects: settings.max_redirects,
        allow_private: settings.allow_private,
    }
}

/// A fetched calendar, parsed.
struct Copy {
    validators: Validators,
    name: Option<String>,
    events: Vec<EventDoc>,
}

/// Fetches and parses (blocking: run it off the async workers).
fn fetch_and_parse(
    url: &str,
    previous: &Validators,
    settings: &SourceSettings,
) -> Result<Option<Copy>, FetchError> {
    let url = SourceUrl::parse(url)
        .map_err(|e| FetchError::new(FetchErrorKind::BadUrl, e.to_string()))?;
    match fetch::fetch(&url, previous, &limits(settings))? {
        Fetched::NotModified => Ok(None),
        Fetched::Body { bytes, validators } => {
            let (name, events) = parse(&bytes, settings)?;
            Ok(Some(Copy {
                validators,
                name,
                events,
            }))
        }
    }
}

/// A fetched body read as a calendar: its name and events.
fn parse(
    bytes: &[u8],
    settings: &SourceSettings,
) -> Result<(Option<String>, Vec<EventDoc>), FetchError> {
    if !import::ics_file::looks_like_ics(bytes, "") {
        return Err(FetchError::new(
            FetchErrorKind::NotCalendar,
            "the answer is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)",
        ));
    }
    // Only the events are kept: they belong to the source, not to an organization here, so
    // the document's owner is a name nobody reads.
    let options = ImportOptions {
        today: Some(Utc::now().date_naive()),
        limits: Limits {
            max_file_bytes: usize::try_from(settings.max_bytes).unwrap_or(usize::MAX),
            ..Limits::default()
        },
        ..ImportOptions::new(Slug::from_name("source"))
    };
    let doc = import::ics_file::parse(bytes, "feed.ics", &options)
        .map_err(|e| FetchError::new(unreadable(&e), e.to_string()))?;
    Ok((doc.owner_name, doc.events))
}

fn unreadable(e: &ImportError) -> FetchErrorKind {
    match e {
        ImportError::CalendarLine { line, .. } => FetchErrorKind::Unreadable { line: Some(*line) },
        ImportError::TooLarge(_) => FetchErrorKind::TooManyEvents {
            limit: import::ics_file::MAX_EVENTS,
        },
        _ => FetchErrorKind::Unreadable { line: None },
    }
}

/// Fetches one source now. `force` (the refresh endpoint) fetches even when the source is
/// not due or another fetch holds it; the loop passes false and skips what it cannot claim.
///
/// # Errors
///
/// `StoreError::NotFound` for an unknown source id; a database error. A failed fetch is no
/// error: it is `Refreshed::Failed`, and the last good copy stays.
pub async fn refresh(
    store: &Store,
    settings: &SourceSettings,
    id: i64,
    force: bool,
) -> Result<Refreshed, StoreError> {
    let state: SourceFetchState = {
        let mut r = store.reader().await?;
        r.conn()
            .source_fetch_state(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("source {id}")))?
    };
    // Recorded before anything is fetched: long enough for the fetch to finish, and as long
    // as the next failure's backoff, so a crash mid-parse does not bring it back every lease.
    let lease =
        chrono::Duration::seconds(i64::try_from(settings.timeout_seconds).unwrap_or(60) + 60);
    let backoff =
        policy::retry_after(u32::try_from(state.failures.saturating_add(1)).unwrap_or(u32::MAX));
    let hold = lease.max(chrono::Duration::from_std(backoff).unwrap_or(lease));
    let mut tx = store.begin().await?;
    if force {
        tx.conn().begin_source_attempt(id, hold).await?;
    } else if !tx.conn().claim_source(&state, hold).await? {
        return Ok(Refreshed::Skipped);
    }
    tx.commit().await?;
    let previous = Validators {
        etag: state.etag.clone(),
        last_modified: state.last_modified.clone(),
    };
    let url = state.url.clone();
    let owned = settings.clone();
    let result = tokio::task::spawn_blocking(move || fetch_and_parse(&url, &previous, &owned))
        .await
        .unwrap_or_else(|e| {
            Err(FetchError::new(
                FetchErrorKind::RequestFailed,
                format!("the fetch stopped: {e}"),
            ))
        });
    let mut tx = store.begin().await?;
    let outcome = record(&mut tx.conn(), &state, result).await?;
    // The store moves the data version only when the events changed.
    tx.commit().await?;
    Ok(outcome)
}

/// Stores what a fetch brought: a new copy, a 304, or a failure that backs off.
async fn record(
    conn: &mut Conn<'_>,
    state: &SourceFetchState,
    result: Result<Option<Copy>, FetchError>,
) -> Result<Refreshed, StoreError> {
    let id = state.id;
    let refresh_every = chrono::Duration::minutes(state.refresh_minutes.max(1));
    Ok(match result {
        Ok(None) => {
            conn.record_source_unchanged(id, crate::store::now() + refresh_every)
                .await?;
            Refreshed::Unchanged
        }
        Ok(Some(copy)) => {
            let good = GoodCopy {
                etag: copy.validators.etag.as_deref(),
                last_modified: copy.validators.last_modified.as_deref(),
                calendar_name: copy.name.as_deref(),
                events: &copy.events,
                next_fetch_at: crate::store::now() + refresh_every,
            };
            if conn.record_source_copy(id, &good).await? {
                Refreshed::Changed
            } else {
                Refreshed::Unchanged
            }
        }
        Err(error) => {
            let failures = state.failures.saturating_add(1);
            let wait = policy::retry_after(u32::try_from(failures).unwrap_or(u32::MAX));
            let wait = chrono::Duration::from_std(wait).unwrap_or(refresh_every);
            tracing::warn!(source = id, error = %error.message, kind = %error.kind,
                "a followed calendar could not be fetched");
            let failure = Failure {
                message: &error.message,
                kind: &error.kind.code(),
                failures,
                next_fetch_at: crate::store::now() + wait,
            };
            conn.record_source_failure(id, &failure).await?;
            Refreshed::Failed
        }
    })
}

/// Fetches one source now and returns it as the API shows it.
pub(crate) async fn refresh_now(
    store: &Store,
    settings: &SourceSettings,
    org_id: i64,
    id: i64,
) -> Result<(Refreshed, Source), StoreError> {
    // The source must be this organization's before anything is fetched.
    store
        .reader()
        .await?
        .conn()
        .require_source(org_id, id)
        .await?;
    let outcome = refresh(store, settings, id, true).await?;
    let source = store
        .reader()
        .await?
        .conn()
        .require_source(org_id, id)
        .await?;
    Ok((outcome, source))
}

/// Fetches running at once in the background task. Fetches wait mostly on the partner's
/// server, not on this one, so one slow or silent partner must not hold up the others (six
/// silent ones, fetched one after another, once delayed a good one by two minutes); the bound
/// keeps threads and connections few.
const CONCURRENT_FETCHES: usize = 8;

/// The background task: every `poll_seconds`, fetches the sources that are due, up to
/// `CONCURRENT_FETCHES` at once. Runs until the process ends.
pub async fn follow(store: Store, settings: SourceSettings) {
    use futures_util::StreamExt;
    let mut tick = tokio::time::interval(Duration::from_secs(settings.poll_seconds.max(1)));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let due = match store.reader().await {
            Ok(mut r) => r.conn().due_sources(crate::store::now(), 16).await,
            Err(e) => Err(e),
        };
        match due {
            Ok(ids) => {
                futures_util::stream::iter(ids)
                    .for_each_concurrent(CONCURRENT_FETCHES, |id| {
                        let (store, settings) = (&store, &settings);
                        async move {
                            if let Err(e) = refresh(store, settings, id, false).await {
                                tracing::warn!(source = id, error = %e, "a followed calendar could not be stored");
                            }
                        }
                    })
                    .await;
            }
            Err(e) => tracing::warn!(error = %e, "due sources could not be read"),
        }
    }
}
