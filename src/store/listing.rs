//! What the event list's index (`feeds::index`) is built from: every live event with the
//! fields its filters read, the ids of the sets a filter names (an organization's merged
//! picture, a role's, a person's events), and the page's events fetched by key.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::events::{EVENT_COLUMNS, EVENT_FROM, EventRecord, EventRow};
use super::{Conn, Db, Result, on};
use crate::plan::EventStatus;

/// A live event as the list's filters see it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ListedEvent {
    pub id: i64,
    pub plan_id: i64,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub status: EventStatus,
    /// The key of the plan section it is in ("1.2").
    pub section_key: Option<String>,
    /// `plan::audience::keys` of the event ('' when it names nobody).
    pub audience_keys: String,
    pub owner_public_feeds: bool,
    pub owner_public_names: bool,
}

const ROLE_IDS: &str = "SELECT event_id FROM event_roles WHERE role_slug = $1";
const PERSON_IDS: &str = "SELECT event_id FROM event_people WHERE person_id = $1";

impl Conn<'_> {
    /// Every live event (its plan live too) with what the list filters on.
    pub(crate) async fn listed_events(&mut self) -> Result<Vec<ListedEvent>> {
        const SQL: &str = "SELECT e.id, e.plan_id, e.start_date, e.end_date, e.status, \
            e.section_key, e.audience_keys, o.public_feeds AS owner_public_feeds, \
            o.public_names AS owner_public_names \
            FROM events e JOIN plans p ON p.id = e.plan_id \
            JOIN organizations o ON o.id = p.org_id \
            WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL";
        Ok(on!(self, c => sqlx::query_as(SQL).fetch_all(&mut **c).await)?)
    }

    /// The events of organization `org_id`'s merged picture (`feeds::merged_events`, the
    /// rule its page and feeds follow), deleted ones included.
    pub(crate) async fn merged_event_ids(&mut self, org_id: i64) -> Result<Vec<i64>> {
        let sql = super::feeds::merged_ids();
        Ok(
            on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(org_id)
            .fetch_all(&mut **c).await)?,
        )
    }

    /// The events a role is responsible for (by its slug).
    pub(crate) async fn role_event_ids(&mut self, slug: &str) -> Result<Vec<i64>> {
        Ok(on!(self, c => sqlx::query_scalar(ROLE_IDS).bind(slug).fetch_all(&mut **c).await)?)
    }

    /// The events that name a person.
    pub(crate) async fn person_event_ids(&mut self, person: i64) -> Result<Vec<i64>> {
        Ok(on!(self, c => sqlx::query_scalar(PERSON_IDS).bind(person).fetch_all(&mut **c).await)?)
    }

    /// The live events `ids`, in that order, with their roles, people, partners and
    /// outcomes (ids that name no live event are left out).
    pub(crate) async fn events_by_ids(&mut self, ids: &[i64]) -> Result<Vec<EventRecord>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // Ids are our own integers, so inlining them is safe and keeps one statement for
        // any number of events on both backends.
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} WHERE e.id IN ({list}) \
             AND e.deleted_at IS NULL AND p.deleted_at IS NULL"
        );
        let rows: Vec<EventRow> =
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut **c).await)?;
        let mut found: HashMap<i64, EventRecord> = self
            .hydrate(rows)
            .await?
            .into_iter()
            .filter_map(|(r, _)| Some((r.doc.id?, r)))
            .collect();
        Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
    }
}

/// The statements the calendar reads select events by, named, with sample values in place
/// of their parameters (`$1`: an organization or person id, or a role's slug).
fn read_statements() -> Vec<(&'static str, String)> {
    let with = |sql: String, value: &str| sql.replace("$1", value);
    vec![
        (
            "an organization's merged picture",
            with(super::feeds::merged_ids(), "1"),
        ),
        (
            "the events naming an organization",
            with(super::feeds::events_naming_org(1), "1"),
        ),
        (
            "an organization's own events",
            format!("SELECT e.id {EVENT_FROM} WHERE p.org_id = 1"),
        ),
        ("a role's events", with(ROLE_IDS.to_string(), "'librarian'")),
        ("a person's events", with(PERSON_IDS.to_string(), "1")),
        (
            "a page of events by key, with their roles",
            format!(
                "SELECT {EVENT_COLUMNS} {EVENT_FROM} WHERE e.id IN (1,2,3) \
                 AND e.deleted_at IS NULL AND p.deleted_at IS NULL"
            ),
        ),
        (
            "their people",
            "SELECT ep.event_id, p.id, p.name, p.org_name FROM event_people ep \
             JOIN people p ON p.id = ep.person_id WHERE ep.event_id IN (1,2,3)"
                .to_string(),
        ),
        (
            "their partners",
            "SELECT event_id, name FROM event_partners WHERE event_id IN (1,2,3)".to_string(),
        ),
    ]
}

impl Conn<'_> {
    /// How the database would run each statement the calendar reads select events by (the
    /// lines of `EXPLAIN QUERY PLAN` on SQLite, of `EXPLAIN` on PostgreSQL), so a test can
    /// check that an index serves each. On PostgreSQL, inside a transaction, sequential
    /// scans are first made a last resort (`enable_seqscan`), so a test's few rows still
    /// show which index would serve the many.
    ///
    /// # Errors
    ///
    /// A database error.
    pub async fn read_query_plans(&mut self) -> Result<Vec<(&'static str, Vec<String>)>> {
        if let Db::Postgres(c) = &mut self.db {
            sqlx::query("SET LOCAL enable_seqscan = off")
                .execute(&mut **c)
                .await?;
        }
        let mut out = Vec::new();
        for (name, sql) in read_statements() {
            let lines: Vec<String> = match &mut self.db {
                Db::Sqlite(c) => {
                    let rows: Vec<(i64, i64, i64, String)> =
                        sqlx::query_as(sqlx::AssertSqlSafe(format!("EXPLAIN QUERY PLAN {sql}")))
                            .fetch_all(&mut **c)
                            .await?;
                    rows.into_iter().map(|r| r.3).collect()
                }
                Db::Postgres(c) => {
                    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("EXPLAIN {sql}")))
                        .fetch_all(&mut **c)
                        .await?
                }
            };
            out.push((name, lines));
        }
        Ok(out)
    }
}
