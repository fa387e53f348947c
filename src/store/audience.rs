//! Who events are for, written beside the event rows (`plan::audience`): an event's
//! audience as written and its keys, and the class a plan is for. Kept apart from
//! `write_event` so a change of who an event is for is no change a subscriber sees in the
//! event itself (no SEQUENCE bump): it moves the event between grade feeds only.

use super::events::EventRecord;
use super::{Conn, Result, StoreError, on};
use crate::plan::audience::{self, keys};
use crate::plan::{EventDoc, Lang};

impl Conn<'_> {
    /// Stores what `e` says of its audience for event `event_id`.
    pub(super) async fn write_audience(&mut self, event_id: i64, e: &EventDoc) -> Result<()> {
        let keys = keys(&e.grades, &e.classes);
        let moved = on!(self, c => sqlx::query(
            "UPDATE events SET audience = $1, audience_keys = $2 WHERE id = $3 \
             AND (audience <> $1 OR audience_keys <> $2)")
            .bind(e.audience.trim()).bind(keys.as_str()).bind(event_id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if moved > 0 {
            // The event moves between grade feeds.
            self.changed_feeds();
        }
        Ok(())
    }

    /// Stores who an event written whole (`PUT /events/{id}`) is for: new audience words
    /// sent with the grades read back unchanged are read again (in the owner's language, the
    /// plan's class for no words), as an import reads them; grades sent changed are kept.
    pub(super) async fn rewrite_audience(
        &mut self,
        current: &EventRecord,
        e: &mut EventDoc,
    ) -> Result<()> {
        let was = &current.doc;
        let words_changed = e.audience.trim() != was.audience.trim();
        if words_changed && e.grades == was.grades && e.classes == was.classes {
            e.grades.clear();
            e.classes.clear();
        }
        if e.grades.is_empty() && e.classes.is_empty() && (words_changed || !was.grades.is_empty())
        {
            let (locale, class): (String, Option<String>) = on!(self, c => sqlx::query_as(
                "SELECT o.locale, p.class_name FROM plans p JOIN organizations o ON o.id = p.org_id \
                 WHERE p.id = $1")
                .bind(current.plan_id).fetch_one(&mut **c).await)?;
            let lang: Lang = locale
                .parse()
                .map_err(|err: crate::plan::UnknownLang| StoreError::Corrupt(err.to_string()))?;
            let text = match e.audience.trim() {
                "" => class.unwrap_or_default(),
                words => words.to_string(),
            };
            let read = audience::read(&text, lang, audience::Source::Column);
            e.grades = read.grades;
            e.classes = read.classes;
        }
        self.write_audience(current.doc.id.unwrap_or_default(), e)
            .await
    }

    /// Stores the class plan `plan_id` is for (None: a plan for everyone).
    pub(super) async fn write_plan_class(
        &mut self,
        plan_id: i64,
        class: Option<&str>,
    ) -> Result<()> {
        let class = class.map(str::trim).filter(|c| !c.is_empty());
        on!(self, c => sqlx::query("UPDATE plans SET class_name = $1 WHERE id = $2")
            .bind(class).bind(plan_id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// The class plan `plan_id` is for.
    pub(super) async fn plan_class(&mut self, plan_id: i64) -> Result<Option<String>> {
        let class: Option<Option<String>> = on!(self, c => sqlx::query_scalar(
            "SELECT class_name FROM plans WHERE id = $1")
            .bind(plan_id).fetch_optional(&mut **c).await)?;
        Ok(class.flatten())
    }

    /// The grades the live events of organization `org_id`'s merged picture name, ascending:
    /// the "my grade" feeds and the page's grade filter worth offering.
    pub(crate) async fn grades_with_events(&mut self, org_id: i64) -> Result<Vec<u8>> {
        let sql = format!(
            "SELECT DISTINCT e.audience_keys FROM events e JOIN plans p ON p.id = e.plan_id \
             WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL AND e.audience_keys <> '' AND {}",
            self.among_events(&super::feeds::merged_ids(), org_id)
                .await?
        );
        let all: Vec<String> = on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(org_id).fetch_all(&mut **c).await)?;
        let mut grades: Vec<u8> = all
            .iter()
            .flat_map(|k| crate::plan::audience::from_keys(k).0)
            .collect();
        grades.sort_unstable();
        grades.dedup();
        Ok(grades)
    }
}
