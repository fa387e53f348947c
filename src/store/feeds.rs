//! Which events a feed shows: an organization's own plans, its merged picture, what it is a
//! partner in, a role's or a person's events. Cancelled and deleted events stay for
//! `cancelled_days` so subscribed calendars can remove them.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::events::{EVENT_COLUMNS, EVENT_FROM, EventRecord, EventRow};
use super::{Conn, Result, StoreError, now, on};
use crate::plan::{AcademicYear, EventStatus, Lang, SectionDoc, Tz};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FeedScope {
    /// The organization's own plans.
    Org(i64),
    /// Its own plans and every event of other plans that involves it.
    Merged(i64),
    /// Events of other organizations' plans where it is a partner or the place.
    Partner(i64),
    /// Events a role is responsible for, in one organization's plans or in all.
    Role {
        slug: String,
        org: Option<i64>,
    },
    Person(i64),
}

/// One event with what a feed says about where it comes from.
#[derive(Clone, Debug)]
pub struct FeedEventRow {
    pub record: EventRecord,
    /// Deleted events are shown as cancelled.
    pub deleted: bool,
    /// When it was deleted (feeds keep it as cancelled for a while after).
    pub deleted_at: Option<DateTime<Utc>>,
    /// The days it covers for date filters (`e.start_date`, `e.end_date`: its pin, else
    /// its timing), and what its audience concerns (`plan::audience::keys`).
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub audience_keys: String,
    pub plan_title: String,
    pub section_title: Option<String>,
    /// The plan owner's id, name, time zone and colour.
    pub owner_id: i64,
    pub owner_name: String,
    pub owner_timezone: Tz,
    pub owner_color: Option<String>,
    pub owner_public_names: bool,
    pub owner_public_feeds: bool,
    /// The owner's language and the plan's academic year.
    pub owner_locale: Lang,
    pub academic_year: AcademicYear,
}

#[derive(Clone, Debug, Default)]
pub struct FeedFilter {
    pub section: Option<String>,
    pub status: Option<EventStatus>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// `grade=` / `class=`: events for it, and those that name nobody (`plan::audience`).
    pub wanted: Option<crate::plan::audience::Wanted>,
}

#[derive(sqlx::FromRow)]
struct PlanInfo {
    id: i64,
    title: String,
    sections_json: String,
    owner_id: i64,
    owner_name: String,
    owner_timezone: Tz,
    owner_color: Option<String>,
    owner_public_names: bool,
    owner_public_feeds: bool,
    owner_locale: Lang,
    academic_year: AcademicYear,
}

// Which events concern organization $1, as UNIONs of lookups each of which has its index
// (`migrations/*/0003_read_indexes.sql`). The same conditions joined by OR made the database
// test every event of every organization on each page and feed (40,000 events: pooled
// connections held long enough that 64 readers of one page got 503s).

/// The events that name organization `$n` themselves: as a partner, as their place, or
/// through a responsible person of that organization.
pub(super) fn events_naming_org(n: u8) -> String {
    format!(
        "SELECT ep.event_id FROM event_partners ep WHERE ep.org_id = ${n} \
         UNION SELECT e3.id FROM events e3 WHERE e3.location_org_id = ${n} \
         UNION SELECT epp.event_id FROM event_people epp JOIN people pe ON pe.id = epp.person_id \
               WHERE pe.org_id = ${n}"
    )
}

/// Organization `$n`'s merged picture, the one rule its page, merged feed, role feeds and the
/// API's `?org=` list follow: the events of its own plans; of other plans the events that
/// name it; and, for an organization that owns a plan itself (a peer), the whole plans that
/// list it among their partners. A partner that owns no plan (a fire station named on one
/// row of a kindergarten's plan) sees the rows that name it, not the plan's thirteen: its
/// merged feed is exactly its partner feed.
pub(super) fn merged_events(n: u8) -> String {
    format!(
        "SELECT e3.id FROM events e3 JOIN plans p3 ON p3.id = e3.plan_id WHERE p3.org_id = ${n} \
         UNION SELECT e3.id FROM events e3 JOIN plan_partners pp ON pp.plan_id = e3.plan_id \
               WHERE pp.org_id = ${n} AND EXISTS (SELECT 1 FROM plans po \
                     WHERE po.org_id = ${n} AND po.deleted_at IS NULL) \
         UNION {}",
        events_naming_org(n)
    )
}

pub(super) fn merged_ids() -> String {
    merged_events(1)
}

/// Most event ids a scope is written out as; beyond, the subquery stays (an organization
/// that holds that many events costs what it holds anyway).
const MAX_LISTED_IDS: usize = 5_000;

impl Conn<'_> {
    /// The condition that `e` is one of the events `ids_sql` selects for organization
    /// `org_id` ($1). On PostgreSQL few ids are written out, so each event is fetched by its key:
    /// PostgreSQL planned the subquery for an average organization's share of the table and
    /// scanned all 40,000 events for one that holds 5. $1 stays in the condition, as every
    /// statement here binds it.
    pub(super) async fn among_events(&mut self, ids_sql: &str, org_id: i64) -> Result<String> {
        // SQLite runs the subquery once and fetches each event by key; reading the ids out
        // first only moved them through the driver's channel twice (a 19,990-event merged
        // feed spent more time there than in the database).
        if matches!(self.db, super::Db::Sqlite(_)) {
            return Ok(format!("e.id IN ({ids_sql})"));
        }
        let ids: Vec<i64> = on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(ids_sql.to_string()))
            .bind(org_id).fetch_all(&mut **c).await)?;
        if ids.len() > MAX_LISTED_IDS {
            return Ok(format!("e.id IN ({ids_sql})"));
        }
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let list = if list.is_empty() { "NULL".into() } else { list };
        Ok(format!("($1 IS NOT NULL AND e.id IN ({list}))"))
    }

    /// Roles with at least one event in the role feed of organization `org_id` (the feeds
    /// worth offering).
    pub(crate) async fn roles_with_events(&mut self, org_id: i64) -> Result<Vec<String>> {
        let sql = format!(
            "SELECT DISTINCT er.role_slug FROM event_roles er JOIN events e ON e.id = er.event_id \
             JOIN plans p ON p.id = e.plan_id \
             WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL \
             AND {} ORDER BY er.role_slug",
            self.among_events(&merged_ids(), org_id).await?
        );
        Ok(
            on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(org_id)
            .fetch_all(&mut **c).await)?,
        )
    }

    /// How many live events organization `org_id`'s own feed and partner feed hold, as a
    /// reader sees them (`trusted`: private owners' events too): the feeds worth offering.
    pub(crate) async fn org_feed_counts(
        &mut self,
        org_id: i64,
        trusted: bool,
    ) -> Result<(i64, i64)> {
        let live = "e.deleted_at IS NULL AND p.deleted_at IS NULL AND (o.public_feeds OR $2)";
        let own = format!("SELECT COUNT(*) {EVENT_FROM} WHERE p.org_id = $1 AND {live}");
        let partner = format!(
            "SELECT COUNT(*) {EVENT_FROM} WHERE p.org_id <> $1 AND {live} AND e.id IN ({})",
            events_naming_org(1)
        );
        let mut counts = [0i64; 2];
        for (slot, sql) in counts.iter_mut().zip([own, partner]) {
            *slot = on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .bind(org_id).bind(trusted).fetch_one(&mut **c).await)?;
        }
        Ok((counts[0], counts[1]))
    }

    /// Every event of a feed's scope a feed may show now: live ones, and those cancelled or
    /// deleted within `cancelled_days` (so subscribed calendars can remove them), in feed
    /// order. Filters are the calendar query's (`feeds::calendar`), applied in memory, so
    /// one read of a scope per data version serves every question about it.
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn scope_events(
        &mut self,
        scope: &FeedScope,
        cancelled_days: u32,
    ) -> Result<Vec<FeedEventRow>> {
        let (id, role): (Option<i64>, Option<&str>) = match scope {
            FeedScope::Org(id)
            | FeedScope::Merged(id)
            | FeedScope::Partner(id)
            | FeedScope::Person(id) => (Some(*id), None),
            FeedScope::Role { slug, org } => (*org, Some(slug.as_str())),
        };
        let scope_sql = match scope {
            FeedScope::Org(_) => "p.org_id = $1".to_string(),
            FeedScope::Merged(org) => self.among_events(&merged_ids(), *org).await?,
            FeedScope::Partner(org) => format!(
                "(p.org_id <> $1 AND {})",
                self.among_events(&events_naming_org(1), *org).await?
            ),
            FeedScope::Role { org: Some(org), .. } => {
                self.among_events(&merged_ids(), *org).await?
            }
            FeedScope::Role { org: None, .. } => "$1 IS NULL".to_string(),
            FeedScope::Person(_) => "EXISTS (SELECT 1 FROM event_people ep2 WHERE ep2.event_id = e.id AND ep2.person_id = $1)".to_string(),
        };
        let sql = format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} WHERE {scope_sql} \
             AND ($2 IS NULL OR EXISTS (SELECT 1 FROM event_roles er WHERE er.event_id = e.id AND er.role_slug = $2)) \
             AND (e.deleted_at IS NULL OR e.deleted_at >= $3) \
             AND (p.deleted_at IS NULL OR p.deleted_at >= $3) \
             AND (e.status <> 'cancelled' OR e.updated_at >= $3) \
             ORDER BY e.start_date IS NULL, e.start_date, e.plan_id, e.position"
        );
        let cutoff: DateTime<Utc> = now() - Duration::days(i64::from(cancelled_days));
        let rows: Vec<EventRow> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).bind(role).bind(cutoff).fetch_all(&mut **c).await)?;
        // What the filters read that the record does not keep as stored.
        let filtered: HashMap<i64, (Option<NaiveDate>, Option<NaiveDate>, String)> = rows
            .iter()
            .map(|r| (r.id, (r.start_date, r.end_date, r.audience_keys.clone())))
            .collect();
        let records = self.hydrate(rows).await?;
        let mut plan_ids: Vec<i64> = records.iter().map(|(r, _)| r.plan_id).collect();
        plan_ids.sort_unstable();
        plan_ids.dedup();
        let plans = self.plan_infos(&plan_ids).await?;
        let mut out = Vec::with_capacity(records.len());
        for (record, deleted_at) in records {
            let Some((info, sections)) = plans.iter().find(|(p, _)| p.id == record.plan_id) else {
                continue;
            };
            let (start_date, end_date, audience_keys) = record
                .doc
                .id
                .and_then(|id| filtered.get(&id).cloned())
                .unwrap_or_default();
            out.push(FeedEventRow {
                deleted: deleted_at.is_some(),
                deleted_at,
                start_date,
                end_date,
                audience_keys,
                plan_title: info.title.clone(),
                section_title: section_title(sections, record.doc.section.as_deref()),
                owner_id: info.owner_id,
                owner_name: info.owner_name.clone(),
                owner_timezone: info.owner_timezone,
                owner_color: info.owner_color.clone(),
                owner_public_names: info.owner_public_names,
                owner_public_feeds: info.owner_public_feeds,
                owner_locale: info.owner_locale,
                academic_year: info.academic_year,
                record,
            });
        }
        Ok(out)
    }

    async fn plan_infos(&mut self, ids: &[i64]) -> Result<Vec<(PlanInfo, Vec<SectionDoc>)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!(
            "SELECT p.id, p.title, p.sections_json, o.id AS owner_id, o.name AS owner_name, \
             o.timezone AS owner_timezone, o.color AS owner_color, o.public_names AS owner_public_names, \
             o.public_feeds AS owner_public_feeds, o.locale AS owner_locale, p.academic_year \
             FROM plans p JOIN organizations o ON o.id = p.org_id WHERE p.id IN ({list})"
        );
        let rows: Vec<PlanInfo> =
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut **c).await)?;
        rows.into_iter()
            .map(|p| {
                let sections = serde_json::from_str(&p.sections_json)
                    .map_err(|e| StoreError::Corrupt(format!("plan {}: {e}", p.id)))?;
                Ok((p, sections))
            })
            .collect()
    }
}

/// "1.2 Title" of section `key` of a plan, as a feed's categories and the page's section
/// choices name it.
fn section_title(sections: &[SectionDoc], key: Option<&str>) -> Option<String> {
    let key = key?;
    let mut flat = Vec::new();
    SectionDoc::flatten(sections, None, &mut flat);
    flat.into_iter()
        .find(|(s, _)| s.key == key)
        .map(|(s, _)| format!("{} {}", s.key, s.title))
}
