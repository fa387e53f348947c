//! Events one at a time: lists with filters, get, patch (pinning a date), delete.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::plans::{effective_span, parse_when, person_ref, to_json};
use super::{Conn, Result, StoreError, now, on};
use crate::plan::privacy::OrgPrivacy;
use crate::plan::{EventDoc, EventEdit, EventStatus, Outcome, Pinned};

/// An event with the plan and organization it belongs to.
#[derive(Clone, Debug, Serialize)]
pub struct EventRecord {
    pub plan_id: i64,
    pub org: String,
    #[serde(flatten)]
    pub doc: EventDoc,
    /// What happened (`null` until an outcome is recorded).
    pub outcome: Option<Outcome>,
    /// The owner's privacy flags (`plan::privacy` decides what they allow).
    #[serde(skip)]
    pub owner: OrgPrivacy,
}

#[derive(sqlx::FromRow)]
pub(super) struct EventRow {
    pub id: i64,
    pub uid: String,
    pub plan_id: i64,
    pub org_slug: String,
    pub sequence: i64,
    pub number: Option<String>,
    pub section_key: Option<String>,
    pub title: String,
    pub timing_text: String,
    pub when_json: Option<String>,
    pub pinned_json: Option<String>,
    pub calendar_json: Option<String>,
    pub location: String,
    pub location_org: Option<String>,
    pub responsible: String,
    pub result: String,
    pub notes: String,
    pub agenda_json: String,
    pub audience: String,
    pub audience_keys: String,
    pub start_date: Option<chrono::NaiveDate>,
    pub end_date: Option<chrono::NaiveDate>,
    pub status: EventStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub owner_public_feeds: bool,
    pub owner_public_names: bool,
    /// The role slugs in order, comma-separated (slugs hold no comma); None for none.
    pub role_slugs: Option<String>,
}

/// An event's columns, its owner's privacy flags and its roles (one aggregate per row, so
/// a feed's thousands of events bring their roles along instead of a second query whose
/// thousands of rows each cross the driver; `string_agg` with `ORDER BY` is the same on
/// PostgreSQL and SQLite ≥ 3.44).
pub(super) const EVENT_COLUMNS: &str = "e.id, e.uid, e.plan_id, o.slug AS org_slug, e.sequence, \
    e.number, e.section_key, e.title, e.timing_text, e.when_json, e.pinned_json, e.calendar_json, e.location, \
    e.location_org, e.responsible, e.result, e.notes, e.agenda_json, e.audience, e.audience_keys, e.start_date, e.end_date, e.status, e.created_at, \
    e.updated_at, e.deleted_at, o.public_feeds AS owner_public_feeds, \
    o.public_names AS owner_public_names, \
    (SELECT string_agg(er.role_slug, ',' ORDER BY er.position) FROM event_roles er \
     WHERE er.event_id = e.id) AS role_slugs";

pub(super) const EVENT_FROM: &str =
    "FROM events e JOIN plans p ON p.id = e.plan_id JOIN organizations o ON o.id = p.org_id";

impl EventRow {
    fn into_doc(self) -> Result<(EventRecord, Option<DateTime<Utc>>)> {
        let corrupt = |e: String| StoreError::Corrupt(format!("event {}: {e}", self.id));
        let (grades, classes) = crate::plan::audience::from_keys(&self.audience_keys);
        let pinned = self
            .pinned_json
            .as_deref()
            .map(serde_json::from_str::<Pinned>)
            .transpose()
            .map_err(|e| corrupt(e.to_string()))?;
        let doc = EventDoc {
            id: Some(self.id),
            uid: Some(self.uid.clone()),
            sequence: Some(i32::try_from(self.sequence).unwrap_or(i32::MAX)),
            number: self.number.clone(),
            section: self.section_key.clone(),
            title: self.title.clone(),
            timing: self.timing_text.clone(),
            when: parse_when(self.when_json.as_deref())?,
            pinned,
            calendar: self
                .calendar_json
                .as_deref()
                .map(serde_json::from_str)
                .transpose()
                .map_err(|e| corrupt(e.to_string()))?,
            location: self.location.clone(),
            location_org: self.location_org.clone(),
            responsible: self.responsible.clone(),
            roles: self
                .role_slugs
                .as_deref()
                .map(|r| r.split(',').map(str::to_string).collect())
                .unwrap_or_default(),
            people: Vec::new(),
            partners: Vec::new(),
            result: self.result.clone(),
            notes: self.notes.clone(),
            agenda: serde_json::from_str(&self.agenda_json).map_err(|e| corrupt(e.to_string()))?,
            audience: self.audience.clone(),
            grades,
            classes,
            status: self.status,
            created_at: Some(self.created_at),
            updated_at: Some(self.updated_at),
        };
        Ok((
            EventRecord {
                plan_id: self.plan_id,
                org: self.org_slug,
                doc,
                outcome: None,
                owner: OrgPrivacy {
                    public_feeds: self.owner_public_feeds,
                    public_names: self.owner_public_names,
                },
            },
            self.deleted_at,
        ))
    }
}

impl Conn<'_> {
    /// Turns rows (which bring their roles) into records with their people, partners and
    /// outcomes (three queries for any number of rows).
    pub(super) async fn hydrate(
        &mut self,
        rows: Vec<EventRow>,
    ) -> Result<Vec<(EventRecord, Option<DateTime<Utc>>)>> {
        let mut out = rows
            .into_iter()
            .map(EventRow::into_doc)
            .collect::<Result<Vec<_>>>()?;
        if out.is_empty() {
            return Ok(out);
        }
        let ids: Vec<i64> = out.iter().filter_map(|(r, _)| r.doc.id).collect();
        let index: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        // Ids are our own integers, so inlining them is safe and keeps one statement for any
        // number of events on both backends.
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let people: Vec<(i64, i64, String, String)> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT ep.event_id, p.id, p.name, p.org_name FROM event_people ep \
             JOIN people p ON p.id = ep.person_id WHERE ep.event_id IN ({list}) \
             ORDER BY ep.event_id, ep.position")))
            .fetch_all(&mut **c).await)?;
        for (event_id, id, name, org_name) in people {
            if let Some(&i) = index.get(&event_id) {
                out[i].0.doc.people.push(person_ref(id, name, org_name));
            }
        }
        let partners: Vec<(i64, String)> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT event_id, name FROM event_partners WHERE event_id IN ({list}) ORDER BY event_id, position")))
            .fetch_all(&mut **c).await)?;
        for (event_id, name) in partners {
            if let Some(&i) = index.get(&event_id) {
                out[i].0.doc.partners.push(name);
            }
        }
        for (event_id, outcome) in self.outcomes_of(&list).await? {
            if let Some(&i) = index.get(&event_id) {
                out[i].0.outcome = Some(outcome);
            }
        }
        Ok(out)
    }

    pub(super) async fn events_of_plans(
        &mut self,
        plan_ids: &[i64],
        with_deleted: bool,
    ) -> Result<Vec<EventRecord>> {
        if plan_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = plan_ids
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let deleted = if with_deleted {
            ""
        } else {
            "AND e.deleted_at IS NULL"
        };
        let sql = format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} WHERE e.plan_id IN ({list}) {deleted} ORDER BY e.plan_id, e.position"
        );
        let rows: Vec<EventRow> =
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut **c).await)?;
        Ok(self
            .hydrate(rows)
            .await?
            .into_iter()
            .map(|(r, _)| r)
            .collect())
    }

    /// The live event with this id (None when it is deleted or its plan is).
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn event(&mut self, id: i64) -> Result<Option<EventRecord>> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} WHERE e.id = $1 AND e.deleted_at IS NULL AND p.deleted_at IS NULL"
        );
        let rows: Vec<EventRow> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(&mut **c).await)?;
        Ok(self.hydrate(rows).await?.into_iter().next().map(|(r, _)| r))
    }

    pub(crate) async fn require_event(&mut self, id: i64) -> Result<EventRecord> {
        self.event(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("event {id}")))
    }

    /// Changes some fields of an event; SEQUENCE goes up, the UID stays.
    pub(crate) async fn patch_event(&mut self, id: i64, edit: EventEdit) -> Result<EventRecord> {
        let current = self.require_event(id).await?;
        let mut e = current.doc.clone();
        edit.apply(&mut e)
            .map_err(|p| StoreError::invalid(p.pointer, p.message))?;
        self.replace_event(current, e).await
    }

    /// Writes `e` over the stored event (same UID, SEQUENCE+1 when anything changed).
    pub(crate) async fn replace_event(
        &mut self,
        current: EventRecord,
        mut e: EventDoc,
    ) -> Result<EventRecord> {
        let id = current.doc.id.unwrap_or_default();
        if e.title.trim().is_empty() {
            return Err(StoreError::invalid("/title", "the event needs a title"));
        }
        if e.when.is_none() {
            let (year, locale): (String, String) = on!(self, c => sqlx::query_as(
                "SELECT p.academic_year, o.locale FROM plans p JOIN organizations o ON o.id = p.org_id WHERE p.id = $1")
                .bind(current.plan_id).fetch_one(&mut **c).await)?;
            let year = crate::plan::AcademicYear::parse(&year)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let lang = locale
                .parse()
                .map_err(|e: crate::plan::UnknownLang| StoreError::Corrupt(e.to_string()))?;
            crate::plan::merge::fill_when(&mut e, year, lang);
        }
        let mut before = current.doc.clone();
        before.sequence = None;
        before.updated_at = None;
        let mut after = e.clone();
        after.sequence = None;
        after.updated_at = None;
        after.uid = before.uid.clone();
        after.id = before.id;
        after.created_at = before.created_at;
        if before == after {
            return Ok(current);
        }
        let (start, end) = effective_span(&e);
        const SQL: &str = "UPDATE events SET title = $1, timing_text = $2, when_json = $3, \
            pinned_json = $4, start_date = $5, end_date = $6, location = $7, responsible = $8, \
            result = $9, notes = $10, status = $11, sequence = sequence + 1, updated_at = $12, \
            content_hash = $13 WHERE id = $14";
        let when = e.when.as_ref().map(to_json).transpose()?;
        let pinned = e.pinned.as_ref().map(to_json).transpose()?;
        // A hand edit no longer matches any file's row: a re-import must see it as changed.
        let hash = crate::plan::revision::edited_hash(now().timestamp_micros());
        on!(self, c => sqlx::query(SQL).bind(e.title.trim()).bind(e.timing.as_str())
            .bind(when.as_deref()).bind(pinned.as_deref()).bind(start).bind(end)
            .bind(e.location.as_str()).bind(e.responsible.as_str()).bind(e.result.as_str())
            .bind(e.notes.as_str()).bind(e.status.as_str()).bind(now()).bind(hash.as_str()).bind(id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        self.changed_feeds();
        if e.roles != current.doc.roles {
            on!(self, c => sqlx::query("DELETE FROM event_roles WHERE event_id = $1").bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
            for (i, role) in (0i64..).zip(&e.roles) {
                let slug = crate::plan::Slug::parse(role.trim())
                    .map_err(|err| StoreError::invalid(format!("/roles/{i}"), err.to_string()))?;
                self.ensure_role(slug.as_str(), slug.as_str()).await?;
                on!(self, c => sqlx::query("INSERT INTO event_roles (event_id, role_slug, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(id).bind(slug.as_str()).bind(i).execute(&mut **c).await.map(|r| r.rows_affected()))?;
            }
        }
        self.rewrite_audience(&current, &mut e).await?;
        // Roles and a place set by hand stay through re-imports of the plan (`plan::hand`).
        let hand = self.hand_edits(id).await?;
        let after = hand.clone().after_edit(&current.doc, &e);
        if after != hand {
            self.set_hand_edits(id, &after).await?;
        }
        self.require_event(id).await
    }

    /// Deletes an event: gone from the API, kept in feeds as cancelled for a while.
    pub(crate) async fn delete_event(&mut self, id: i64) -> Result<()> {
        let at = now();
        let done = on!(self, c => sqlx::query(
            "UPDATE events SET deleted_at = $1, sequence = sequence + 1, updated_at = $1 WHERE id = $2 AND deleted_at IS NULL")
            .bind(at).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if done == 0 {
            return Err(StoreError::NotFound(format!("event {id}")));
        }
        self.changed_feeds();
        Ok(())
    }
}
