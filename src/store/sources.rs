//! Partners' published calendars that organizations follow (`sources`): the URL, the
//! schedule and what the last fetches said. The last good copy is kept as the parsed events
//! (`events_json`) and stays in use while later fetches fail; only a fetch that changes
//! those events changes a feed (the caller commits it versioned then).

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Conn, Result, StoreError, conflict_on_unique, now, on};
use crate::plan::{EventDoc, Organization};

/// A followed calendar as the API and the organization's page show it.
#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Source {
    pub id: i64,
    /// The organization that follows the calendar.
    pub org: String,
    /// The partner organization whose calendar it is (its events wear its colour).
    pub partner: String,
    pub partner_name: String,
    pub url: String,
    pub refresh_minutes: i64,
    /// The calendar's own name (X-WR-CALNAME), from the last good copy.
    pub calendar_name: Option<String>,
    /// Events in the last good copy.
    pub event_count: i64,
    /// Failed fetches since the last good one (the retry backs off with it).
    pub failures: i64,
    pub last_attempt_at: Option<DateTime<Utc>>,
    pub last_success_at: Option<DateTime<Utc>>,
    /// The last failure in English (kept after a later success, which `last_success_at`
    /// then follows).
    pub last_error: Option<String>,
    /// Its kind as a stable code (`sources::error_kind`: "http_status:503", "timeout:20");
    /// None for failures stored before kinds were.
    pub last_error_kind: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
    pub next_fetch_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    /// When the last good copy's events last changed.
    pub updated_at: DateTime<Utc>,
}

/// What a fetch needs to know of a source.
#[derive(Clone, Debug, sqlx::FromRow)]
pub(crate) struct SourceFetchState {
    pub id: i64,
    pub url: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub failures: i64,
    pub refresh_minutes: i64,
    pub next_fetch_at: DateTime<Utc>,
}

/// The last good copy of one followed calendar, for a feed or a page.
#[derive(Clone, Debug)]
pub(crate) struct SourceEvents {
    pub url: String,
    pub partner_id: i64,
    pub partner_name: String,
    pub partner_color: Option<String>,
    pub partner_timezone: String,
    pub partner_locale: String,
    pub partner_public_feeds: bool,
    pub partner_public_names: bool,
    pub calendar_name: Option<String>,
    /// When these events last changed.
    pub updated_at: DateTime<Utc>,
    pub events: Vec<EventDoc>,
}

#[derive(sqlx::FromRow)]
struct SourceEventsRow {
    id: i64,
    url: String,
    partner_id: i64,
    partner_name: String,
    partner_color: Option<String>,
    partner_timezone: String,
    partner_locale: String,
    partner_public_feeds: bool,
    partner_public_names: bool,
    calendar_name: Option<String>,
    updated_at: DateTime<Utc>,
    events_json: Option<String>,
}

const COLUMNS: &str = "s.id, o.slug AS org, p.slug AS partner, p.name AS partner_name, s.url, \
    s.refresh_minutes, s.calendar_name, s.event_count, s.failures, s.last_attempt_at, \
    s.last_success_at, s.last_error, s.last_error_kind, s.last_error_at, s.next_fetch_at, s.created_at, s.updated_at";

const FROM: &str = "FROM sources s JOIN organizations o ON o.id = s.org_id \
    JOIN organizations p ON p.id = s.partner_id";

impl Source {
    /// Whether the last error is the calendar's state now: no good fetch came after it.
    pub(crate) fn error_is_current(&self) -> bool {
        self.last_error_at
            .is_some_and(|failed| self.last_success_at.is_none_or(|good| failed > good))
    }
}

/// A failed fetch, to record beside the last good copy.
pub(crate) struct Failure<'a> {
    /// In English, for the API.
    pub message: &'a str,
    /// The stable code of its kind (`sources::error_kind`).
    pub kind: &'a str,
    /// Failures in a row, this one included.
    pub failures: i64,
    pub next_fetch_at: DateTime<Utc>,
}

/// A good fetch's result, to store as the new last good copy.
pub(crate) struct GoodCopy<'a> {
    pub etag: Option<&'a str>,
    pub last_modified: Option<&'a str>,
    pub calendar_name: Option<&'a str>,
    pub events: &'a [EventDoc],
    pub next_fetch_at: DateTime<Utc>,
}

impl Conn<'_> {
    /// Starts following `url` for `org`, fetched first as soon as the follower runs.
    pub(crate) async fn create_source(
        &mut self,
        org: &Organization,
        partner: &Organization,
        url: &str,
        refresh_minutes: u32,
    ) -> Result<Source> {
        let at = now();
        const SQL: &str = "INSERT INTO sources (org_id, partner_id, url, refresh_minutes, \
            event_count, failures, next_fetch_at, created_at, updated_at) \
            VALUES ($1, $2, $3, $4, 0, 0, $5, $5, $5) RETURNING id";
        let id: i64 = on!(self, c => sqlx::query_scalar(SQL).bind(org.id).bind(partner.id)
            .bind(url).bind(i64::from(refresh_minutes)).bind(at)
            .fetch_one(&mut **c).await)
        .map_err(|e| {
            conflict_on_unique(e, || format!("{} already follows {url}", org.slug.as_str()))
        })?;
        self.require_source(org.id, id).await
    }

    /// The sources an organization follows, oldest first.
    pub(crate) async fn list_sources(&mut self, org_id: i64) -> Result<Vec<Source>> {
        let sql = format!("SELECT {COLUMNS} {FROM} WHERE s.org_id = $1 ORDER BY s.id");
        Ok(
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(org_id)
            .fetch_all(&mut **c).await)?,
        )
    }

    /// The followed calendar `id` of organization `org_id`.
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn source(&mut self, org_id: i64, id: i64) -> Result<Option<Source>> {
        let sql = format!("SELECT {COLUMNS} {FROM} WHERE s.org_id = $1 AND s.id = $2");
        Ok(
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(org_id).bind(id)
            .fetch_optional(&mut **c).await)?,
        )
    }

    pub(crate) async fn require_source(&mut self, org_id: i64, id: i64) -> Result<Source> {
        self.source(org_id, id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("source {id}")))
    }

    pub(crate) async fn delete_source(&mut self, org_id: i64, id: i64) -> Result<()> {
        let done = on!(self, c => sqlx::query("DELETE FROM sources WHERE org_id = $1 AND id = $2")
            .bind(org_id).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if done == 0 {
            return Err(StoreError::NotFound(format!("source {id}")));
        }
        // Its events leave every follower's merged feed.
        self.changed_feeds();
        Ok(())
    }

    pub(crate) async fn source_fetch_state(&mut self, id: i64) -> Result<Option<SourceFetchState>> {
        Ok(on!(self, c => sqlx::query_as(
            "SELECT id, url, etag, last_modified, failures, refresh_minutes, next_fetch_at \
             FROM sources WHERE id = $1")
            .bind(id).fetch_optional(&mut **c).await)?)
    }

    /// Sources whose time has come, soonest first.
    pub(crate) async fn due_sources(&mut self, at: DateTime<Utc>, limit: i64) -> Result<Vec<i64>> {
        Ok(on!(self, c => sqlx::query_scalar(
            "SELECT id FROM sources WHERE next_fetch_at <= $1 ORDER BY next_fetch_at, id LIMIT $2")
            .bind(at).bind(limit).fetch_all(&mut **c).await)?)
    }

    /// Takes a due source for one fetch: moves its next fetch past `hold`, so another
    /// instance sharing the database does not fetch it too, and counts the attempt as a
    /// failure until its outcome is stored — so a fetch that takes the process down is
    /// retried with the failures' backoff, not at every restart. False when another took it,
    /// or when it is no longer due (another instance fetched it since this one listed it).
    pub(crate) async fn claim_source(
        &mut self,
        state: &SourceFetchState,
        hold: Duration,
    ) -> Result<bool> {
        let at = now();
        let done = on!(self, c => sqlx::query(
            "UPDATE sources SET next_fetch_at = $1, last_attempt_at = $2, failures = failures + 1 \
             WHERE id = $3 AND next_fetch_at = $4 AND next_fetch_at <= $2")
            .bind(at + hold).bind(at).bind(state.id).bind(state.next_fetch_at)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(done == 1)
    }

    /// Records that a fetch begins whether or not the source is due (the refresh endpoint):
    /// as `claim_source`, one more failure until the outcome is stored.
    pub(crate) async fn begin_source_attempt(&mut self, id: i64, hold: Duration) -> Result<()> {
        let at = now();
        on!(self, c => sqlx::query(
            "UPDATE sources SET next_fetch_at = $1, last_attempt_at = $2, failures = failures + 1 \
             WHERE id = $3")
            .bind(at + hold).bind(at).bind(id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Stores a good fetch. True when the events differ from the last good copy (a change
    /// every follower's merged feed must show).
    pub(crate) async fn record_source_copy(
        &mut self,
        id: i64,
        copy: &GoodCopy<'_>,
    ) -> Result<bool> {
        let json =
            serde_json::to_string(copy.events).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let hash = hex::encode(Sha256::digest(json.as_bytes()));
        let at = now();
        let old: Option<Option<String>> = on!(self, c => sqlx::query_scalar(
            "SELECT content_hash FROM sources WHERE id = $1")
            .bind(id).fetch_optional(&mut **c).await)?;
        let Some(old) = old else {
            return Err(StoreError::NotFound(format!("source {id}")));
        };
        let changed = old.as_deref() != Some(hash.as_str());
        let count = i64::try_from(copy.events.len()).unwrap_or(i64::MAX);
        on!(self, c => sqlx::query(
            "UPDATE sources SET etag = $1, last_modified = $2, calendar_name = $3, \
             events_json = CASE WHEN $4 THEN $5 ELSE events_json END, content_hash = $6, \
             event_count = $7, failures = 0, last_attempt_at = $8, last_success_at = $8, \
             next_fetch_at = $9, updated_at = CASE WHEN $4 THEN $8 ELSE updated_at END \
             WHERE id = $10")
            .bind(copy.etag).bind(copy.last_modified).bind(copy.calendar_name)
            .bind(changed).bind(json.as_str()).bind(hash.as_str()).bind(count).bind(at)
            .bind(copy.next_fetch_at).bind(id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if changed {
            self.changed_feeds();
        }
        Ok(changed)
    }

    /// A 304: the last good copy is still right.
    pub(crate) async fn record_source_unchanged(
        &mut self,
        id: i64,
        next_fetch_at: DateTime<Utc>,
    ) -> Result<()> {
        let at = now();
        on!(self, c => sqlx::query(
            "UPDATE sources SET failures = 0, last_attempt_at = $1, last_success_at = $1, \
             next_fetch_at = $2 WHERE id = $3")
            .bind(at).bind(next_fetch_at).bind(id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// A failed fetch: the error is shown, the last good copy stays.
    pub(crate) async fn record_source_failure(
        &mut self,
        id: i64,
        failure: &Failure<'_>,
    ) -> Result<()> {
        let at = now();
        let error: String = failure.message.chars().take(500).collect();
        let kind: String = failure.kind.chars().take(100).collect();
        on!(self, c => sqlx::query(
            "UPDATE sources SET failures = $1, last_attempt_at = $2, last_error = $3, \
             last_error_kind = $4, last_error_at = $2, next_fetch_at = $5 WHERE id = $6")
            .bind(failure.failures).bind(at).bind(error.as_str()).bind(kind.as_str())
            .bind(failure.next_fetch_at).bind(id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// The last good copies of every calendar `org_id` follows: what its merged feed and
    /// page add to its own plans.
    pub(crate) async fn followed_source_events(
        &mut self,
        org_id: i64,
    ) -> Result<Vec<SourceEvents>> {
        let rows: Vec<SourceEventsRow> = on!(self, c => sqlx::query_as(
            "SELECT s.id, s.url, p.id AS partner_id, p.name AS partner_name, \
             p.color AS partner_color, p.timezone AS partner_timezone, \
             p.locale AS partner_locale, p.public_feeds AS partner_public_feeds, \
             p.public_names AS partner_public_names, s.calendar_name, s.updated_at, \
             s.events_json \
             FROM sources s JOIN organizations p ON p.id = s.partner_id \
             WHERE s.org_id = $1 AND s.events_json IS NOT NULL ORDER BY s.id")
            .bind(org_id).fetch_all(&mut **c).await)?;
        rows.into_iter()
            .map(|r| {
                let events: Vec<EventDoc> =
                    serde_json::from_str(r.events_json.as_deref().unwrap_or("[]"))
                        .map_err(|e| StoreError::Corrupt(format!("source {}: {e}", r.id)))?;
                Ok(SourceEvents {
                    url: r.url,
                    partner_id: r.partner_id,
                    partner_name: r.partner_name,
                    partner_color: r.partner_color,
                    partner_timezone: r.partner_timezone,
                    partner_locale: r.partner_locale,
                    partner_public_feeds: r.partner_public_feeds,
                    partner_public_names: r.partner_public_names,
                    calendar_name: r.calendar_name,
                    updated_at: r.updated_at,
                    events,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(success: Option<i64>, error: Option<i64>) -> Source {
        let at = |minute: i64| DateTime::<Utc>::UNIX_EPOCH + Duration::minutes(minute);
        Source {
            id: 1,
            org: "lyceum-1".into(),
            partner: "district-library".into(),
            partner_name: "Районная библиотека".into(),
            url: "https://calendar.example.org/a.ics".into(),
            refresh_minutes: 60,
            calendar_name: None,
            event_count: 0,
            failures: 0,
            last_attempt_at: None,
            last_success_at: success.map(at),
            last_error: error.map(|_| "the server answered HTTP 503".into()),
            last_error_kind: error.map(|_| "http_status:503".into()),
            last_error_at: error.map(at),
            next_fetch_at: at(0),
            created_at: at(0),
            updated_at: at(0),
        }
    }

    #[test]
    fn an_error_is_current_until_a_later_success() {
        assert!(source(None, Some(5)).error_is_current(), "never fetched");
        assert!(source(Some(1), Some(5)).error_is_current(), "failing since");
        assert!(!source(Some(9), Some(5)).error_is_current(), "good again");
        assert!(!source(Some(9), None).error_is_current());
        assert!(!source(None, None).error_is_current());
    }
}
