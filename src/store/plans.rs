//! Plans as whole documents, and the merge that keeps event UIDs stable across edits and
//! re-imports: an unchanged row keeps its UID and SEQUENCE, an edited row keeps its UID and
//! gets SEQUENCE+1, a new row gets a new UID, a row gone from the document is cancelled.
//! Which stored event a row is, is decided by the pure rule in `plan::matching` (by what the
//! row is, never by its number or position); this module loads, carries over what people set
//! by hand, and writes.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Conn, Result, StoreError, now, on};
use crate::plan::hand::{HandEdits, kept_pin};
use crate::plan::matching::{Rewrites, RowMatch, StoredRow, match_rows};
use crate::plan::{
    AcademicYear, CalendarTime, EventDoc, EventStatus, Lang, Organization, PartnerRef, PersonRef,
    Pinned, PlanDocument, SectionDoc, Slug,
};
use crate::timing::{self, Context, Timing};

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

/// How an incoming document treats what people set by hand on stored events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MergeMode {
    /// The document is the whole truth (PUT).
    Replace,
    /// The document is a re-imported file: it knows nothing of pinned dates or statuses set
    /// through the API, so those are kept.
    Reimport,
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
struct StoredEvent {
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

impl StoredEvent {
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

/// The content hash of an event cancelled because its row left the document: the row
/// coming back is planned again, while a cancellation set through the API stays.
const GONE_HASH: &str = "gone";

/// The prefix `replace_event` gives the content hash of an event edited through the API.
const EDITED_HASH_PREFIX: &str = "edited-";

/// Section and number as written, stored with the row for people reading the database;
/// matching does not use it (see `plan::matching`).
fn row_key(e: &EventDoc) -> String {
    format!(
        "{}|{}",
        e.section.as_deref().unwrap_or("").trim(),
        e.number.as_deref().unwrap_or("").trim()
    )
}

/// Everything about an event a subscriber could notice; a change bumps SEQUENCE. The row's
/// number is not part of it: feeds do not show it, and a row inserted above renumbers every
/// row below without changing any of them.
fn content_hash(e: &EventDoc) -> String {
    hash_of(e, None)
}

/// The hash as it was computed before the number left it; a stored event still holding it
/// is unchanged when the row says the same, so the change of formula bumps no SEQUENCE.
fn hash_with_number(e: &EventDoc) -> String {
    hash_of(e, Some(&e.number))
}

fn hash_of(e: &EventDoc, number: Option<&Option<String>>) -> String {
    let significant = (
        &e.section,
        &e.title,
        &e.timing,
        &e.when,
        &e.pinned,
        &e.location,
        &e.location_org,
        &e.responsible,
        &e.roles,
        &e.people
            .iter()
            .map(|p| (&p.name, &p.org))
            .collect::<Vec<_>>(),
        &e.partners,
        &e.result,
        &e.notes,
        &e.agenda,
        e.status,
    );
    let mut json = serde_json::to_vec(&significant).unwrap_or_default();
    if let Some(c) = &e.calendar {
        // Only calendar events hash their exact time: every other row's hash stays as it was.
        json.extend(serde_json::to_vec(c).unwrap_or_default());
    }
    if let Some(number) = number {
        // The old formula's array began with the number: `[number,section,...]`.
        let mut old = b"[".to_vec();
        old.extend(serde_json::to_vec(number).unwrap_or_default());
        old.push(b',');
        old.extend(json.get(1..).unwrap_or_default());
        json = old;
    }
    hex::encode(Sha256::digest(&json))
}

/// Whether a stored hash says what `e` says (in either formula).
fn hash_says(stored: &str, e: &EventDoc, hash: &str) -> bool {
    stored == hash || stored == hash_with_number(e)
}

/// Whether a stored cancelled event was cancelled because its row left the document (and
/// not through the API): marked so since the cancellation, or, for events cancelled before
/// the mark existed, still holding the hash of the row as planned.
fn cancelled_as_gone(s: &StoredEvent, e: &EventDoc) -> bool {
    if s.content_hash == GONE_HASH {
        return true;
    }
    let mut planned = e.clone();
    planned.status = EventStatus::Planned;
    hash_says(&s.content_hash, &planned, &content_hash(&planned))
}

/// `e` as the store keeps it (trimmed names, no empty organization), so that a document and
/// the event read back compare equal when they say the same.
fn as_stored(e: &EventDoc) -> EventDoc {
    let mut e = e.clone();
    e.title = e.title.trim().to_string();
    for p in &mut e.people {
        p.name = p.name.trim().to_string();
        p.org = p
            .org
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_string);
    }
    e
}

/// The days an event covers for date filters: its pin, else its normalised timing.
pub(super) fn effective_span(e: &EventDoc) -> (Option<NaiveDate>, Option<NaiveDate>) {
    if let Some(p) = &e.pinned {
        return (Some(p.date), Some(p.end_date.unwrap_or(p.date)));
    }
    if let (Some(c), Some(w)) = (&e.calendar, &e.when) {
        // A calendar event's `when` spans its whole series.
        return (Some(c.start.date()), w.end);
    }
    match &e.when {
        Some(w) => (w.start, w.end),
        None => (None, None),
    }
}

pub(super) fn to_json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The normalised timing of a row, computed with the plan's year and language when the
/// document does not carry one.
pub(crate) fn fill_when(e: &mut EventDoc, year: AcademicYear, lang: Lang) {
    if e.when.is_none() {
        let ctx = Context::new(year).with_lang(Some(lang));
        e.when = Some(timing::normalise(&e.timing, &ctx));
    }
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
        }
        on!(self, c => sqlx::query("DELETE FROM plan_partners WHERE plan_id = $1").bind(id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        self.save_partners(id, org, &doc.partners).await?;
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
        Ok(())
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

    /// Saves the document's events over the plan's stored ones. Which stored event each row
    /// is comes from the pure rule in `plan::matching`; this loads, keeps what people set by
    /// hand (re-imports), and writes.
    async fn merge_events(
        &mut self,
        plan_id: i64,
        org: &Organization,
        doc: &PlanDocument,
        mode: MergeMode,
    ) -> Result<SaveOutcome> {
        let stored: Vec<StoredEvent> = on!(self, c => sqlx::query_as(
            "SELECT id, uid, title, timing_text, location, section_key, number, content_hash, \
             sequence, status, pinned_json, calendar_json, deleted_at, hand_json \
             FROM events WHERE plan_id = $1 ORDER BY deleted_at IS NOT NULL, position, id")
            .bind(plan_id).fetch_all(&mut **c).await)?;
        let rows = stored
            .iter()
            .map(StoredEvent::matching_row)
            .collect::<Result<Vec<StoredRow>>>()?;
        let rewrites = match mode {
            MergeMode::Replace => Rewrites::InPlace,
            MergeMode::Reimport => Rewrites::AreNew,
        };
        let matching = match_rows(&rows, &doc.events, rewrites);
        let mut outcome = SaveOutcome {
            plan_id,
            ..Default::default()
        };
        let at = now();
        for (position, (incoming, found)) in (0i64..).zip(doc.events.iter().zip(&matching.rows)) {
            let mut e = incoming.clone();
            let key = row_key(&e);
            let matched = match *found {
                RowMatch::Matched(i) => stored.get(i),
                RowMatch::New => None,
            };
            // What a person set by hand that still holds after this document (`plan::hand`).
            let mut hand = HandEdits::default();
            if let (MergeMode::Reimport, Some(s)) = (mode, matched) {
                // A file knows nothing of pins and statuses set through the API, and says
                // roles and places a person may have corrected since.
                e.pinned = kept_pin(e.pinned.take(), s.pinned()?);
                hand = s.hand()?.keep_in(&mut e);
            }
            fill_when(&mut e, doc.academic_year, org.locale);
            if let (MergeMode::Reimport, Some(s)) = (mode, matched)
                && e.status == EventStatus::Planned
            {
                e.status = s.status;
                if e.status == EventStatus::Cancelled
                    && s.deleted_at.is_none()
                    && cancelled_as_gone(s, &e)
                {
                    // The row left the file once and is back.
                    e.status = EventStatus::Planned;
                }
            }
            let hash = content_hash(&e);
            let location_org_id = match e.location_org.as_deref().filter(|s| !s.trim().is_empty()) {
                Some(name) => Some(self.org_for_name(name, org.locale).await?.id),
                None => None,
            };
            let event_id = match matched {
                Some(s) => {
                    let same = s.deleted_at.is_none()
                        && (hash_says(&s.content_hash, &e, &hash) || self.edited_to(s, &e).await?);
                    let sequence = if same { s.sequence } else { s.sequence + 1 };
                    self.write_event(
                        Some(s.id),
                        plan_id,
                        position,
                        sequence,
                        &e,
                        &key,
                        &hash,
                        &s.uid,
                        at,
                        same,
                        location_org_id,
                    )
                    .await?;
                    self.write_audience(s.id, &e).await?;
                    if hand != s.hand()? {
                        self.set_hand_edits(s.id, &hand).await?;
                    }
                    if same {
                        outcome.unchanged += 1;
                        continue;
                    }
                    outcome.updated += 1;
                    s.id
                }
                None => {
                    outcome.created += 1;
                    let uid = format!("{}@plancal", uuid::Uuid::new_v4());
                    self.write_event(
                        None,
                        plan_id,
                        position,
                        0,
                        &e,
                        &key,
                        &hash,
                        &uid,
                        at,
                        false,
                        location_org_id,
                    )
                    .await?
                }
            };
            self.write_relations(event_id, org.locale, &e).await?;
            self.write_audience(event_id, &e).await?;
        }
        outcome.cancelled = self.cancel_gone(&stored, &matching.left_over, at).await?;
        Ok(outcome)
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

    /// Stored events gone from the document (`left_over`, indexes into `stored`): cancelled,
    /// so subscribed calendars remove them. Returns how many were newly cancelled.
    async fn cancel_gone(
        &mut self,
        stored: &[StoredEvent],
        left_over: &[usize],
        at: DateTime<Utc>,
    ) -> Result<usize> {
        let mut cancelled = 0;
        for &i in left_over {
            let Some(s) = stored.get(i) else { continue };
            if s.status == EventStatus::Cancelled {
                continue;
            }
            on!(self, c => sqlx::query(
                "UPDATE events SET status = 'cancelled', sequence = sequence + 1, updated_at = $1, \
                 content_hash = $2 WHERE id = $3")
                .bind(at).bind(GONE_HASH).bind(s.id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
            cancelled += 1;
        }
        Ok(cancelled)
    }

    /// Whether a stored event edited through the API (its hash no longer a file's) already
    /// holds exactly what `e` says, so that re-importing after a pin or a cancellation is no
    /// change a subscriber could see.
    async fn edited_to(&mut self, s: &StoredEvent, e: &EventDoc) -> Result<bool> {
        if !s.content_hash.starts_with(EDITED_HASH_PREFIX) {
            return Ok(false);
        }
        let Some(current) = self.event(s.id).await? else {
            return Ok(false);
        };
        Ok(content_hash(&as_stored(&current.doc)) == content_hash(&as_stored(e)))
    }

    /// Inserts (id None) or updates one event row; returns its id. `only_position` updates
    /// nothing but the row's place and number in the plan (and its hash).
    #[expect(
        clippy::too_many_arguments,
        reason = "one row's columns, named at the two call sites; a struct would only rename them"
    )]
    async fn write_event(
        &mut self,
        id: Option<i64>,
        plan_id: i64,
        position: i64,
        sequence: i64,
        e: &EventDoc,
        row_key: &str,
        hash: &str,
        uid: &str,
        at: DateTime<Utc>,
        only_position: bool,
        location_org_id: Option<i64>,
    ) -> Result<i64> {
        if let (Some(id), true) = (id, only_position) {
            // The hash and number too: a renumbered row is no change a subscriber could see,
            // and an event edited through the API that a file now says again, or one hashed by
            // the old formula, holds the current hash from here on.
            on!(self, c => sqlx::query(
                "UPDATE events SET position = $1, row_key = $2, content_hash = $3, number = $4 WHERE id = $5")
                .bind(position).bind(row_key).bind(hash).bind(e.number.as_deref()).bind(id)
                .execute(&mut **c).await.map(|r| r.rows_affected()))?;
            return Ok(id);
        }
        let (start, end) = effective_span(e);
        let when = e.when.as_ref().map(to_json).transpose()?;
        let pinned = e.pinned.as_ref().map(to_json).transpose()?;
        let calendar = e.calendar.as_ref().map(to_json).transpose()?;
        let agenda = to_json(&e.agenda)?;
        let sql = if id.is_some() {
            "UPDATE events SET plan_id = $1, position = $2, sequence = $3, number = $4, \
             section_key = $5, title = $6, timing_text = $7, when_json = $8, pinned_json = $9, \
             start_date = $10, end_date = $11, location = $12, location_org = $13, \
             location_org_id = $14, responsible = $15, result = $16, notes = $17, agenda_json = $18, \
             status = $19, row_key = $20, content_hash = $21, updated_at = $22, deleted_at = NULL, \
             calendar_json = $24 WHERE uid = $23 RETURNING id"
        } else {
            "INSERT INTO events (plan_id, position, sequence, number, section_key, title, \
             timing_text, when_json, pinned_json, start_date, end_date, location, location_org, \
             location_org_id, responsible, result, notes, agenda_json, status, row_key, \
             content_hash, updated_at, uid, created_at, calendar_json) VALUES ($1, $2, $3, $4, $5, \
             $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, \
             $22, $24) RETURNING id"
        };
        let id: i64 = on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(plan_id).bind(position).bind(sequence)
            .bind(e.number.as_deref()).bind(e.section.as_deref()).bind(e.title.trim())
            .bind(e.timing.as_str()).bind(when.as_deref()).bind(pinned.as_deref())
            .bind(start).bind(end).bind(e.location.as_str()).bind(e.location_org.as_deref())
            .bind(location_org_id).bind(e.responsible.as_str()).bind(e.result.as_str())
            .bind(e.notes.as_str()).bind(agenda.as_str()).bind(e.status.as_str())
            .bind(row_key).bind(hash).bind(at).bind(uid).bind(calendar.as_deref())
            .fetch_one(&mut **c).await)?;
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

impl ImportOutcome {
    /// Whether feeds can differ after it: a new plan or organization, or a re-import that
    /// changed something. The same file imported twice moves no ETag.
    pub fn changes_feeds(&self) -> bool {
        self.saved.changed_anything() || self.created_org || !self.reimport
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> EventDoc {
        let mut e = EventDoc::new("Литературный квиз «Осень»", "ноябрь");
        e.number = Some("3".into());
        e.section = Some("1.1".into());
        e.roles = vec!["librarian".into()];
        e.people = vec![PersonRef {
            name: "Труханова С.С.".into(),
            org: None,
            id: None,
        }];
        e
    }

    #[test]
    fn the_number_of_a_row_is_no_change_a_subscriber_sees() {
        let mut renumbered = row();
        renumbered.number = Some("4".into());
        assert_eq!(content_hash(&row()), content_hash(&renumbered));
        let mut moved = row();
        moved.section = Some("2".into());
        assert_ne!(content_hash(&row()), content_hash(&moved));
    }

    #[test]
    fn hashes_stored_by_the_old_formula_still_say_the_same_row() {
        let e = row();
        // The formula before the number left the hash.
        let old = (
            &e.number,
            &e.section,
            &e.title,
            &e.timing,
            &e.when,
            &e.pinned,
            &e.location,
            &e.location_org,
            &e.responsible,
            &e.roles,
            &e.people
                .iter()
                .map(|p| (&p.name, &p.org))
                .collect::<Vec<_>>(),
            &e.partners,
            &e.result,
            &e.notes,
            &e.agenda,
            e.status,
        );
        let old = hex::encode(Sha256::digest(serde_json::to_vec(&old).unwrap()));
        assert!(hash_says(&old, &e, &content_hash(&e)));
        let mut edited = row();
        edited.timing = "20 ноября".into();
        assert!(!hash_says(&old, &edited, &content_hash(&edited)));
    }
}
