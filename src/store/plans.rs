//! Plans as whole documents, and the merge that keeps event UIDs stable across edits and
//! re-imports. What a document changes (which stored event each row is, SEQUENCE, pins,
//! cancellations) is decided by the pure `plan::merge`; this module loads the plan's events
//! for it and applies its `Writes`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::{Conn, Result, StoreError, now, on};
use crate::plan::hand::HandEdits;
use crate::plan::matching::StoredRow;
use crate::plan::merge::{self, Change, EventWrite};
use crate::plan::revision::GONE_HASH;
use crate::plan::{
    AcademicYear, CalendarTime, EventDoc, EventStatus, Lang, MergeContext, MergeMode, Organization,
    PartnerRef, PersonRef, Pinned, PlanDocument, SectionDoc, Slug,
};
use crate::timing::Timing;

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub(crate) struct PlanSummary {
    pub id: i64,
    pub org: String,
    pub title: String,
    pub academic_year: String,
    pub source: Option<String>,
    pub events: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What saving a document did to the plan's events.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SaveOutcome {
    pub plan_id: i64,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub cancelled: usize,
}

impl SaveOutcome {
    pub fn changed_anything(&self) -> bool {
        self.created + self.updated + self.cancelled > 0
    }
}

#[derive(sqlx::FromRow)]
struct PlanRow {
    id: i64,
    org_slug: Slug,
    title: String,
    academic_year: AcademicYear,
    description: String,
    source: Option<String>,
    sections_json: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct StoredEventRow {
    id: i64,
    uid: String,
    title: String,
    timing_text: String,
    location: String,
    section_key: Option<String>,
    number: Option<String>,
    content_hash: String,
    sequence: i64,
    status: EventStatus,
    pinned_json: Option<String>,
    calendar_json: Option<String>,
    deleted_at: Option<DateTime<Utc>>,
    hand_json: Option<String>,
}

impl StoredEventRow {
    /// One of the event's JSON columns, read; unreadable JSON is `Corrupt`, never absent.
    fn json<T: serde::de::DeserializeOwned>(
        &self,
        name: &str,
        column: Option<&str>,
    ) -> Result<Option<T>> {
        column
            .map(serde_json::from_str)
            .transpose()
            .map_err(|e| StoreError::Corrupt(format!("event {}: {name}: {e}", self.id)))
    }

    fn pinned(&self) -> Result<Option<Pinned>> {
        self.json("pinned_json", self.pinned_json.as_deref())
    }

    fn hand(&self) -> Result<HandEdits> {
        Ok(self
            .json("hand_json", self.hand_json.as_deref())?
            .unwrap_or_default())
    }

    fn matching_row(&self) -> Result<StoredRow> {
        let calendar: Option<CalendarTime> =
            self.json("calendar_json", self.calendar_json.as_deref())?;
        Ok(StoredRow {
            id: self.id,
            uid: self.uid.clone(),
            title: self.title.clone(),
            timing: self.timing_text.clone(),
            location: self.location.clone(),
            section: self.section_key.clone(),
            number: self.number.clone(),
            content_hash: self.content_hash.clone(),
            deleted: self.deleted_at.is_some(),
            calendar_uid: calendar.map(|c| c.uid),
        })
    }
}

/// The plan a merge writes rows into, in the owner's language, at one time.
struct RowTarget {
    plan_id: i64,
    locale: Lang,
    at: DateTime<Utc>,
}

/// One event row as written: the merge's row, and the UID and SEQUENCE it is stored under.
struct EventRow<'a> {
    target: &'a RowTarget,
    write: &'a EventWrite,
    uid: &'a str,
    sequence: i64,
    location_org_id: Option<i64>,
}

/// Whether `write_event` updates the stored event with the row's UID or inserts a new one.
#[derive(Clone, Copy)]
enum Existing {
    Yes,
    No,
}

/// The days an event covers for date filters: its pin, else its normalised timing.
pub(super) fn effective_span(e: &EventDoc) -> (Option<NaiveDate>, Option<NaiveDate>) {
    if let Some(p) = &e.pinned {
        return (Some(p.date), Some(p.end_date.unwrap_or(p.date)));
    }
    if let (Some(c), Some(w)) = (&e.calendar, &e.when) {
        // A calendar event's `when` spans its whole series.
        return (Some(c.start.date()), w.end());
    }
    match &e.when {
        Some(w) => (w.start(), w.end()),
        None => (None, None),
    }
}

pub(super) fn to_json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Conn<'_> {
    /// Plans; the public (`trusted` false) sees none of an organization with private feeds.
    pub(crate) async fn list_plans(
        &mut self,
        org_id: Option<i64>,
        trusted: bool,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<PlanSummary>, i64)> {
        const SQL: &str = "SELECT p.id, o.slug AS org, p.title, p.academic_year, p.source, \
            (SELECT COUNT(*) FROM events e WHERE e.plan_id = p.id AND e.deleted_at IS NULL) AS events, \
            p.created_at, p.updated_at FROM plans p JOIN organizations o ON o.id = p.org_id \
            WHERE p.deleted_at IS NULL AND ($1 IS NULL OR p.org_id = $1) AND (o.public_feeds OR $4) \
            ORDER BY p.id LIMIT $2 OFFSET $3";
        let rows = on!(self, c => sqlx::query_as(SQL).bind(org_id).bind(limit).bind(offset)
            .bind(trusted).fetch_all(&mut **c).await)?;
        let total: i64 = on!(self, c => sqlx::query_scalar(
            "SELECT COUNT(*) FROM plans p JOIN organizations o ON o.id = p.org_id \
             WHERE p.deleted_at IS NULL AND ($1 IS NULL OR p.org_id = $1) AND (o.public_feeds OR $2)")
            .bind(org_id).bind(trusted).fetch_one(&mut **c).await)?;
        Ok((rows, total))
    }

    /// The plan as the document it was saved from, with ids, UIDs and SEQUENCEs added.
    ///
    /// # Errors
    ///
    /// `StoreError::Corrupt` when the stored plan cannot be read back; a database error.
    pub async fn plan_document(&mut self, id: i64) -> Result<Option<PlanDocument>> {
        const SQL: &str = "SELECT p.id, o.slug AS org_slug, p.title, p.academic_year, \
            p.description, p.source, p.sections_json, p.created_at, p.updated_at \
            FROM plans p JOIN organizations o ON o.id = p.org_id \
            WHERE p.id = $1 AND p.deleted_at IS NULL";
        let row: Option<PlanRow> =
            on!(self, c => sqlx::query_as(SQL).bind(id).fetch_optional(&mut **c).await)?;
        let Some(row) = row else { return Ok(None) };
        let corrupt = |e: String| StoreError::Corrupt(format!("plan {id}: {e}"));
        let sections: Vec<SectionDoc> =
            serde_json::from_str(&row.sections_json).map_err(|e| corrupt(e.to_string()))?;
        let partners: Vec<(String, String)> = on!(self, c => sqlx::query_as(
            "SELECT pp.name, o.slug FROM plan_partners pp JOIN organizations o ON o.id = pp.org_id \
             WHERE pp.plan_id = $1 ORDER BY pp.position")
            .bind(id).fetch_all(&mut **c).await)?;
        let events = self.events_of_plans(&[id], false).await?;
        Ok(Some(PlanDocument {
            id: Some(row.id),
            org: row.org_slug,
            title: row.title,
            academic_year: row.academic_year,
            partners: partners
                .into_iter()
                .map(|(name, slug)| PartnerRef {
                    name,
                    slug: Some(slug),
                })
                .collect(),
            description: row.description,
            source: row.source,
            owner_name: None,
            lang: None,
            class: self.plan_class(id).await?,
            sections,
            events: events.into_iter().map(|r| r.doc).collect(),
            warnings: Vec::new(),
            columns: None,
            reading: None,
            created_at: Some(row.created_at),
            updated_at: Some(row.updated_at),
        }))
    }

    /// Stores a new plan for `org`.
    ///
    /// # Errors
    ///
    /// `StoreError::Invalid` naming the field at fault (a role that is no slug, a partner
    /// without a name); a database error.
    pub async fn create_plan(
        &mut self,
        org: &Organization,
        doc: &PlanDocument,
    ) -> Result<SaveOutcome> {
        self.lock_org(org.slug.as_str()).await?;
        let at = now();
        const SQL: &str = "INSERT INTO plans (org_id, title, academic_year, description, source, \
            sections_json, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id";
        let sections = to_json(&doc.sections)?;
        let id: i64 = on!(self, c => sqlx::query_scalar(SQL).bind(org.id).bind(doc.title.trim())
            .bind(doc.academic_year.to_string()).bind(doc.description.as_str())
            .bind(doc.source.as_deref()).bind(sections.as_str()).bind(at)
            .fetch_one(&mut **c).await)?;
        self.save_partners(id, org, &doc.partners).await?;
        self.write_plan_class(id, doc.class.as_deref()).await?;
        self.changed_feeds();
        self.merge_events(id, org, doc, MergeMode::Replace).await
    }

    /// Replaces plan `id` with `doc`, keeping the UIDs of rows that are still there.
    pub(crate) async fn update_plan(
        &mut self,
        id: i64,
        org: &Organization,
        doc: &PlanDocument,
        mode: MergeMode,
    ) -> Result<SaveOutcome> {
        let current: Option<(i64, String, String, String, Option<String>, String)> = on!(self, c => sqlx::query_as(
            "SELECT org_id, title, academic_year, description, source, sections_json FROM plans \
             WHERE id = $1 AND deleted_at IS NULL")
            .bind(id).fetch_optional(&mut **c).await)?;
        let Some(current) = current else {
            return Err(StoreError::NotFound(format!("plan {id}")));
        };
        let sections = to_json(&doc.sections)?;
        let incoming = (
            org.id,
            doc.title.trim().to_string(),
            doc.academic_year.to_string(),
            doc.description.clone(),
            doc.source.clone(),
            sections.clone(),
        );
        // The same document again changes nothing, not even the plan's updated_at.
        let plan_changed = current != incoming;
        if plan_changed {
            const SQL: &str = "UPDATE plans SET org_id = $1, title = $2, academic_year = $3, \
                description = $4, source = $5, sections_json = $6, updated_at = $7 WHERE id = $8";
            on!(self, c => sqlx::query(SQL).bind(org.id).bind(doc.title.trim())
                .bind(doc.academic_year.to_string()).bind(doc.description.as_str())
                .bind(doc.source.as_deref()).bind(sections.as_str()).bind(now()).bind(id)
                .execute(&mut **c).await.map(|r| r.rows_affected()))?;
            self.changed_feeds();
        }
        self.replace_partners(id, org, &doc.partners).await?;
        self.write_plan_class(id, doc.class.as_deref()).await?;
        let outcome = self.merge_events(id, org, doc, mode).await?;
        if outcome.changed_anything() && !plan_changed {
            on!(self, c => sqlx::query("UPDATE plans SET updated_at = $1 WHERE id = $2").bind(now()).bind(id)
                .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        }
        Ok(outcome)
    }

    /// The stored plan a re-imported file updates: same owner and same source file name, or
    /// else same owner, title and academic year.
    pub(crate) async fn plan_for_reimport(
        &mut self,
        org_id: i64,
        doc: &PlanDocument,
    ) -> Result<Option<i64>> {
        // The owner's plans of that year, newest first, with their event titles.
        let plans: Vec<(i64, String, Option<String>)> = on!(self, c => sqlx::query_as(
            "SELECT id, title, source FROM plans WHERE org_id = $1 AND academic_year = $2 \
             AND deleted_at IS NULL ORDER BY id DESC")
            .bind(org_id).bind(doc.academic_year.to_string()).fetch_all(&mut **c).await)?;
        let mut candidates = Vec::with_capacity(plans.len());
        for (id, title, source) in plans {
            let event_titles: Vec<String> = on!(self, c => sqlx::query_scalar(
                "SELECT title FROM events WHERE plan_id = $1 AND deleted_at IS NULL")
                .bind(id).fetch_all(&mut **c).await)?;
            candidates.push(crate::plan::StoredPlan {
                id,
                title,
                academic_year: doc.academic_year,
                source,
                event_titles,
            });
        }
        Ok(crate::plan::reimport_target(&candidates, doc))
    }

    /// Deletes a plan; its events stay in feeds as cancelled for a while.
    pub(crate) async fn delete_plan(&mut self, id: i64) -> Result<()> {
        let at = now();
        let done = on!(self, c => sqlx::query(
            "UPDATE plans SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL")
            .bind(at).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if done == 0 {
            return Err(StoreError::NotFound(format!("plan {id}")));
        }
        on!(self, c => sqlx::query(
            "UPDATE events SET deleted_at = $1, sequence = sequence + 1, updated_at = $1 \
             WHERE plan_id = $2 AND deleted_at IS NULL")
            .bind(at).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        self.changed_feeds();
        Ok(())
    }

    /// Writes the plan's partners anew; feeds change only when the list did.
    async fn replace_partners(
        &mut self,
        plan_id: i64,
        owner: &Organization,
        partners: &[PartnerRef],
    ) -> Result<()> {
        let before = self.partner_rows(plan_id).await?;
        on!(self, c => sqlx::query("DELETE FROM plan_partners WHERE plan_id = $1").bind(plan_id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        self.save_partners(plan_id, owner, partners).await?;
        if self.partner_rows(plan_id).await? != before {
            self.changed_feeds();
        }
        Ok(())
    }

    async fn partner_rows(&mut self, plan_id: i64) -> Result<Vec<(i64, i64, String)>> {
        Ok(on!(self, c => sqlx::query_as(
            "SELECT org_id, position, name FROM plan_partners WHERE plan_id = $1 ORDER BY position, org_id")
            .bind(plan_id).fetch_all(&mut **c).await)?)
    }

    async fn save_partners(
        &mut self,
        plan_id: i64,
        owner: &Organization,
        partners: &[PartnerRef],
    ) -> Result<()> {
        let mut seen = Vec::new();
        for (i, p) in (0i64..).zip(partners) {
            let org = self.partner_org(p, owner.locale, i).await?;
            if org.id == owner.id || seen.contains(&org.id) {
                continue;
            }
            seen.push(org.id);
            on!(self, c => sqlx::query(
                "INSERT INTO plan_partners (plan_id, org_id, position, name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
                .bind(plan_id).bind(org.id).bind(i).bind(p.name.trim())
                .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        }
        Ok(())
    }

    async fn partner_org(
        &mut self,
        p: &PartnerRef,
        locale: Lang,
        index: i64,
    ) -> Result<Organization> {
        let Some(slug) = p.slug.as_deref().filter(|s| !s.is_empty()) else {
            if p.name.trim().is_empty() {
                return Err(StoreError::invalid(
                    format!("/partners/{index}/name"),
                    "a partner needs a name",
                ));
            }
            return self.org_for_name(&p.name, locale).await;
        };
        if let Some(org) = self.org_by_slug(slug).await? {
            return Ok(org);
        }
        // A slug the importer derived from a spelling: another spelling of a known
        // organization is that organization, not a new near-duplicate.
        let key = crate::plan::org_match_key(&p.name);
        if !key.is_empty()
            && let Some(id) = self.org_id_by_key(&key).await?
            && let Some(org) = self.org_by_id(id).await?
        {
            return Ok(org);
        }
        let slug = Slug::parse(slug)
            .map_err(|e| StoreError::invalid(format!("/partners/{index}/slug"), e.to_string()))?;
        let name = if p.name.trim().is_empty() {
            slug.to_string()
        } else {
            p.name.clone()
        };
        let input =
            crate::plan::OrganizationInput::named(slug, name, Default::default(), Some(locale));
        self.org_for_input(&input).await
    }

    /// Saves the document's events over the plan's stored ones: loads them, lets the pure
    /// `plan::merge` decide what changes, and applies its writes.
    async fn merge_events(
        &mut self,
        plan_id: i64,
        org: &Organization,
        doc: &PlanDocument,
        mode: MergeMode,
    ) -> Result<SaveOutcome> {
        let stored = self.stored_for_merge(plan_id).await?;
        let cx = MergeContext {
            mode,
            year: doc.academic_year,
            lang: org.locale,
        };
        let writes = crate::plan::merge(&stored, &doc.events, cx);
        let target = RowTarget {
            plan_id,
            locale: org.locale,
            at: now(),
        };
        for w in &writes.events {
            self.apply_event_write(&target, w).await?;
        }
        for &id in &writes.cancel {
            self.cancel_gone(id, target.at).await?;
        }
        Ok(SaveOutcome {
            plan_id,
            created: writes.created(),
            updated: writes.updated(),
            unchanged: writes.unchanged(),
            cancelled: writes.cancel.len(),
        })
    }

    /// The plan's stored events as the merge needs them, in stored order (deleted last).
    async fn stored_for_merge(&mut self, plan_id: i64) -> Result<Vec<merge::StoredEvent>> {
        let rows: Vec<StoredEventRow> = on!(self, c => sqlx::query_as(
            "SELECT id, uid, title, timing_text, location, section_key, number, content_hash, \
             sequence, status, pinned_json, calendar_json, deleted_at, hand_json \
             FROM events WHERE plan_id = $1 ORDER BY deleted_at IS NOT NULL, position, id")
            .bind(plan_id).fetch_all(&mut **c).await)?;
        let mut stored = Vec::with_capacity(rows.len());
        for r in rows {
            let row = r.matching_row()?;
            // Only an event edited by hand is compared as it is now (`StoredEvent::edited`).
            let edited = if merge::StoredEvent::was_edited(&row) {
                self.event(r.id).await?.map(|current| current.doc)
            } else {
                None
            };
            stored.push(merge::StoredEvent {
                row,
                sequence: r.sequence,
                status: r.status,
                pinned: r.pinned()?,
                hand: r.hand()?,
                edited,
            });
        }
        Ok(stored)
    }

    /// Writes one row as `plan::merge` decided (`Change`).
    async fn apply_event_write(&mut self, target: &RowTarget, w: &EventWrite) -> Result<()> {
        // Resolved for every row, as the place's organization is made when first named.
        let location_org_id = match w.event.location_org.as_deref() {
            Some(name) if !name.trim().is_empty() => {
                Some(self.org_for_name(name, target.locale).await?.id)
            }
            _ => None,
        };
        let row = |uid, sequence| EventRow {
            target,
            write: w,
            uid,
            sequence,
            location_org_id,
        };
        match &w.change {
            Change::Moved { id, hand } => {
                self.move_event(*id, w).await?;
                self.write_audience(*id, &w.event).await?;
                self.write_hand(*id, hand.as_ref()).await
            }
            Change::Changed {
                id,
                uid,
                sequence,
                hand,
            } => {
                self.write_event(&row(uid, *sequence), Existing::Yes)
                    .await?;
                self.write_hand(*id, hand.as_ref()).await?;
                self.write_relations(*id, target.locale, &w.event).await?;
                self.write_audience(*id, &w.event).await
            }
            Change::New => {
                let uid = format!("{}@plancal", uuid::Uuid::new_v4());
                let id = self.write_event(&row(&uid, 0), Existing::No).await?;
                self.write_relations(id, target.locale, &w.event).await?;
                self.write_audience(id, &w.event).await
            }
        }
    }

    async fn write_hand(&mut self, id: i64, hand: Option<&HandEdits>) -> Result<()> {
        match hand {
            Some(hand) => self.set_hand_edits(id, hand).await,
            None => Ok(()),
        }
    }

    /// The fields of event `id` a person set by hand.
    pub(crate) async fn hand_edits(&mut self, id: i64) -> Result<HandEdits> {
        let json: Option<String> = on!(self, c => sqlx::query_scalar(
            "SELECT hand_json FROM events WHERE id = $1")
            .bind(id).fetch_optional(&mut **c).await)?
        .flatten();
        json.map(|j| {
            serde_json::from_str(&j)
                .map_err(|e| StoreError::Corrupt(format!("event {id}: hand_json: {e}")))
        })
        .transpose()
        .map(Option::unwrap_or_default)
    }

    pub(crate) async fn set_hand_edits(&mut self, id: i64, hand: &HandEdits) -> Result<()> {
        let json = if hand.is_empty() {
            None
        } else {
            Some(to_json(hand)?)
        };
        on!(self, c => sqlx::query("UPDATE events SET hand_json = $1 WHERE id = $2")
            .bind(json).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// The hand edits of a plan's events, by event id (events with none left out): what a
    /// re-upload preview shows in its rows' fields.
    pub(crate) async fn hand_edits_of_plan(
        &mut self,
        plan_id: i64,
    ) -> Result<std::collections::BTreeMap<i64, HandEdits>> {
        let rows: Vec<(i64, String)> = on!(self, c => sqlx::query_as(
            "SELECT id, hand_json FROM events WHERE plan_id = $1 AND hand_json IS NOT NULL")
            .bind(plan_id).fetch_all(&mut **c).await)?;
        rows.into_iter()
            .map(|(id, json)| {
                serde_json::from_str(&json)
                    .map(|h| (id, h))
                    .map_err(|e| StoreError::Corrupt(format!("event {id}: hand_json: {e}")))
            })
            .collect()
    }

    /// Cancels stored event `id`, its row gone from the document, so subscribed calendars
    /// remove it; marked `GONE_HASH` so the row coming back plans it again.
    async fn cancel_gone(&mut self, id: i64, at: DateTime<Utc>) -> Result<()> {
        on!(self, c => sqlx::query(
            "UPDATE events SET status = 'cancelled', sequence = sequence + 1, updated_at = $1, \
             content_hash = $2 WHERE id = $3")
            .bind(at).bind(GONE_HASH).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        self.changed_feeds();
        Ok(())
    }

    /// Writes nothing but a row's place, number and hash: a renumbered row is no change a
    /// subscriber could see, and an event edited through the API that a file now says
    /// again, or one hashed by the old formula, holds the current hash from here on.
    async fn move_event(&mut self, id: i64, w: &EventWrite) -> Result<()> {
        on!(self, c => sqlx::query(
            "UPDATE events SET position = $1, row_key = $2, content_hash = $3, number = $4 WHERE id = $5")
            .bind(w.position).bind(w.row_key.as_str()).bind(w.hash.as_str())
            .bind(w.event.number.as_deref()).bind(id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Inserts a new event row or updates the one with the row's UID; returns its id.
    async fn write_event(&mut self, row: &EventRow<'_>, existing: Existing) -> Result<i64> {
        let e = &row.write.event;
        let (start, end) = effective_span(e);
        let when = e.when.as_ref().map(to_json).transpose()?;
        let pinned = e.pinned.as_ref().map(to_json).transpose()?;
        let calendar = e.calendar.as_ref().map(to_json).transpose()?;
        let agenda = to_json(&e.agenda)?;
        let sql = match existing {
            Existing::Yes => {
                "UPDATE events SET plan_id = $1, position = $2, sequence = $3, number = $4, \
                 section_key = $5, title = $6, timing_text = $7, when_json = $8, pinned_json = $9, \
                 start_date = $10, end_date = $11, location = $12, location_org = $13, \
                 location_org_id = $14, responsible = $15, result = $16, notes = $17, agenda_json = $18, \
                 status = $19, row_key = $20, content_hash = $21, updated_at = $22, deleted_at = NULL, \
                 calendar_json = $24 WHERE uid = $23 RETURNING id"
            }
            Existing::No => {
                "INSERT INTO events (plan_id, position, sequence, number, section_key, title, \
                 timing_text, when_json, pinned_json, start_date, end_date, location, location_org, \
                 location_org_id, responsible, result, notes, agenda_json, status, row_key, \
                 content_hash, updated_at, uid, created_at, calendar_json) VALUES ($1, $2, $3, $4, $5, \
                 $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, \
                 $22, $24) RETURNING id"
            }
        };
        let id: i64 = on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(row.target.plan_id).bind(row.write.position).bind(row.sequence)
            .bind(e.number.as_deref()).bind(e.section.as_deref()).bind(e.title.trim())
            .bind(e.timing.as_str()).bind(when.as_deref()).bind(pinned.as_deref())
            .bind(start).bind(end).bind(e.location.as_str()).bind(e.location_org.as_deref())
            .bind(row.location_org_id).bind(e.responsible.as_str()).bind(e.result.as_str())
            .bind(e.notes.as_str()).bind(agenda.as_str()).bind(e.status.as_str())
            .bind(row.write.row_key.as_str()).bind(row.write.hash.as_str()).bind(row.target.at)
            .bind(row.uid).bind(calendar.as_deref())
            .fetch_one(&mut **c).await)?;
        self.changed_feeds();
        Ok(id)
    }

    async fn write_relations(&mut self, event_id: i64, locale: Lang, e: &EventDoc) -> Result<()> {
        for table in ["event_roles", "event_people", "event_partners"] {
            let sql = format!("DELETE FROM {table} WHERE event_id = $1");
            on!(self, c => sqlx::query(sqlx::AssertSqlSafe(sql)).bind(event_id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        }
        let mut seen_roles = Vec::new();
        for (i, role) in (0i64..).zip(&e.roles) {
            let slug = Slug::parse(role.trim())
                .map_err(|err| StoreError::invalid("/roles", format!("role {role:?}: {err}")))?;
            if seen_roles.contains(&slug) {
                continue;
            }
            self.ensure_role(slug.as_str(), slug.as_str()).await?;
            on!(self, c => sqlx::query("INSERT INTO event_roles (event_id, role_slug, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                .bind(event_id).bind(slug.as_str()).bind(i).execute(&mut **c).await.map(|r| r.rows_affected()))?;
            seen_roles.push(slug);
        }
        let mut seen_people = Vec::new();
        for (i, p) in (0i64..).zip(&e.people) {
            let org_name = p.org.as_deref().unwrap_or("").trim();
            let org_id = match org_name {
                "" => None,
                name => Some(self.org_for_name(name, locale).await?.id),
            };
            let person = self.person_for(p.name.trim(), org_name, org_id).await?;
            if seen_people.contains(&person.id) {
                continue;
            }
            seen_people.push(person.id);
            on!(self, c => sqlx::query("INSERT INTO event_people (event_id, person_id, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                .bind(event_id).bind(person.id).bind(i).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        }
        let mut seen_orgs = Vec::new();
        for (i, name) in (0i64..).zip(&e.partners) {
            if name.trim().is_empty() {
                continue;
            }
            let org = self.org_for_name(name, locale).await?;
            if seen_orgs.contains(&org.id) {
                continue;
            }
            seen_orgs.push(org.id);
            on!(self, c => sqlx::query("INSERT INTO event_partners (event_id, org_id, position, name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
                .bind(event_id).bind(org.id).bind(i).bind(name.trim()).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        }
        Ok(())
    }
}

/// A person as the plan document shows them.
pub(super) fn person_ref(id: i64, name: String, org_name: String) -> PersonRef {
    PersonRef {
        name,
        org: (!org_name.is_empty()).then_some(org_name),
        id: Some(id),
    }
}

/// Reads a stored `when`; an unreadable one is reported, not hidden.
pub(super) fn parse_when(json: Option<&str>) -> Result<Option<Timing>> {
    json.map(|j| serde_json::from_str(j).map_err(|e| StoreError::Corrupt(format!("when: {e}"))))
        .transpose()
}

/// What storing an imported plan did.
#[derive(Clone, Debug, Serialize)]
pub struct ImportOutcome {
    #[serde(flatten)]
    pub saved: SaveOutcome,
    /// The plan existed and was updated from the new file.
    pub reimport: bool,
    /// The owner organization did not exist and was created, named from the plan's owner.
    pub created_org: bool,
    /// The slug of the organization the plan is stored in: the one asked for, or, when
    /// that slug was new and the plan's owner already existed under another (a partner
    /// another plan named), that organization's.
    pub org: Slug,
}

impl Conn<'_> {
    /// Stores an imported plan for `doc.org`: a new plan, or the re-import of one already
    /// there (same source file, or same title and year), keeping UIDs of unchanged rows.
    ///
    /// # Errors
    ///
    /// `StoreError::Invalid` naming the field at fault, as for `create_plan`; a database error.
    pub async fn save_import(&mut self, doc: &PlanDocument) -> Result<ImportOutcome> {
        let slug = doc.org.clone();
        // Parallel imports into one organization run one after the other (PostgreSQL).
        self.lock_org(slug.as_str()).await?;
        let (org, created_org) = match self.import_owner(doc).await? {
            Some(org) => {
                if org.slug != slug {
                    self.lock_org(org.slug.as_str()).await?;
                    // The slug asked for leads to the organization from now on, so the
                    // same command again (and its URLs) finds it.
                    self.add_slug_redirect(&slug, org.id).await?;
                }
                (org, false)
            }
            None => {
                let input = new_owner(slug, doc);
                (self.org_for_input(&input).await?, true)
            }
        };
        if let Some(first) = doc.problems().into_iter().next() {
            return Err(StoreError::invalid(first.pointer, first.message));
        }
        let (saved, reimport) = match self.plan_for_reimport(org.id, doc).await? {
            Some(id) => (
                self.update_plan(id, &org, doc, MergeMode::Reimport).await?,
                true,
            ),
            None => (self.create_plan(&org, doc).await?, false),
        };
        Ok(ImportOutcome {
            saved,
            reimport,
            created_org,
            org: org.slug,
        })
    }

    /// The organization an import of `doc` lands in, if it exists already: the one with the
    /// slug asked for, else — for a slug nobody has — the one the plan's owner name (or
    /// an alias) already names, as a partner named in a plan links to it, while it owns no
    /// plan of its own. So a library's own plan joins the library a school's plan made as
    /// its partner instead of making a second one, but a second "МБОУ СОШ № 1" (a name
    /// schools in many towns share) importing into a slug of its own stays its own.
    ///
    /// # Errors
    ///
    /// `StoreError::Corrupt` when the organization's row cannot be read; a database error.
    pub async fn import_owner(&mut self, doc: &PlanDocument) -> Result<Option<Organization>> {
        if let Some(org) = self.org_by_slug(doc.org.as_str()).await? {
            return Ok(Some(org));
        }
        let Some(name) = doc.owner_name.as_deref() else {
            return Ok(None);
        };
        let key = crate::plan::org_match_key(name);
        if key.is_empty() {
            return Ok(None);
        }
        match self.org_id_by_key(&key).await? {
            Some(id) if !self.owns_plans(id).await? => self.org_by_id(id).await,
            _ => Ok(None),
        }
    }

    /// Does the organization own a plan (rather than being only named as a partner)?
    async fn owns_plans(&mut self, org_id: i64) -> Result<bool> {
        const SQL: &str = "SELECT id FROM plans WHERE org_id = $1 LIMIT 1";
        let found: Option<i64> =
            on!(self, c => sqlx::query_scalar(SQL).bind(org_id).fetch_optional(&mut **c).await)?;
        Ok(found.is_some())
    }
}

/// The organization a plan's import creates for a slug nobody has yet: named as the plan
/// names its owner (the title only when it names none), in the plan's language and zone.
fn new_owner(slug: Slug, doc: &PlanDocument) -> crate::plan::OrganizationInput {
    let written = doc
        .owner_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(doc.title.trim());
    let name: String = written.chars().take(200).collect();
    let name = if name.is_empty() {
        slug.to_string()
    } else {
        name
    };
    let kind = super::orgs::guess_kind(&name.to_lowercase());
    crate::plan::OrganizationInput::named(slug, name, kind, doc.lang)
}
