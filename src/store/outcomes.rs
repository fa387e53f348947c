//! Outcomes of events (`plan::Outcome`): one row per marked event in `event_outcomes`, and
//! every mark or clearing appended to `event_outcome_history`. Recording a move pins the
//! event to its new day through `replace_event`, so SEQUENCE goes up exactly when the dates
//! change and the UID stays.

use chrono::{DateTime, NaiveDate, Utc};

use super::events::EventRecord;
use super::{Conn, Result, StoreError, now, on};
use crate::plan::{Outcome, OutcomeStatus};

#[derive(sqlx::FromRow)]
struct OutcomeRow {
    event_id: i64,
    status: Option<String>,
    held_on: Option<NaiveDate>,
    participants: Option<i64>,
    note: String,
    link: Option<String>,
    recorded_at: DateTime<Utc>,
}

impl OutcomeRow {
    /// None for a history row that clears the mark.
    fn into_outcome(self) -> Result<(i64, Option<Outcome>)> {
        let Some(status) = self.status else {
            return Ok((self.event_id, None));
        };
        let status = OutcomeStatus::parse(&status).ok_or_else(|| {
            StoreError::Corrupt(format!("event {}: outcome {status:?}", self.event_id))
        })?;
        let outcome = Outcome {
            status,
            date: self.held_on,
            participants: self.participants.and_then(|n| u32::try_from(n).ok()),
            note: self.note,
            link: self.link,
            recorded_at: Some(self.recorded_at),
        };
        Ok((self.event_id, Some(outcome)))
    }
}

/// One line of an event's outcome history: what was recorded when (None: cleared).
#[derive(Clone, Debug)]
pub struct OutcomeChange {
    pub at: DateTime<Utc>,
    pub outcome: Option<Outcome>,
}

const COLUMNS: &str = "event_id, status, held_on, participants, note, link, recorded_at";

impl Conn<'_> {
    /// The outcomes of the events listed (`ids`: our own integers, comma-separated).
    pub(super) async fn outcomes_of(&mut self, ids: &str) -> Result<Vec<(i64, Outcome)>> {
        let sql = format!("SELECT {COLUMNS} FROM event_outcomes WHERE event_id IN ({ids})");
        let rows: Vec<OutcomeRow> =
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut **c).await)?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            if let (id, Some(o)) = row.into_outcome()? {
                out.push((id, o));
            }
        }
        Ok(out)
    }

    /// Records (Some) or clears (None) the outcome of event `id`; a move also pins the new
    /// day. The outcome must have passed `Outcome::problem`.
    pub(crate) async fn record_outcome(
        &mut self,
        id: i64,
        outcome: Option<Outcome>,
    ) -> Result<EventRecord> {
        let current = self.require_event(id).await?;
        if let Some(p) = outcome.as_ref().and_then(Outcome::problem) {
            return Err(StoreError::invalid(p.pointer, p.message));
        }
        if let Some(pin) = outcome
            .as_ref()
            .and_then(|o| o.moved_pin(current.doc.pinned.as_ref()))
        {
            let mut moved = current.doc.clone();
            moved.pinned = Some(pin);
            self.replace_event(current, moved).await?;
        }
        let at = now();
        match &outcome {
            Some(o) => self.upsert_outcome(id, o, at).await?,
            None => {
                on!(self, c => sqlx::query("DELETE FROM event_outcomes WHERE event_id = $1")
                    .bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
            }
        }
        self.append_history(id, outcome.as_ref(), at).await?;
        self.changed_feeds();
        self.require_event(id).await
    }

    async fn upsert_outcome(&mut self, id: i64, o: &Outcome, at: DateTime<Utc>) -> Result<()> {
        const SQL: &str = "INSERT INTO event_outcomes \
            (event_id, status, held_on, participants, note, link, recorded_at) \
            VALUES ($1, $2, $3, $4, $5, $6, $7) \
            ON CONFLICT (event_id) DO UPDATE SET status = excluded.status, \
            held_on = excluded.held_on, participants = excluded.participants, \
            note = excluded.note, link = excluded.link, recorded_at = excluded.recorded_at";
        let participants = o.participants.map(i64::from);
        on!(self, c => sqlx::query(SQL).bind(id).bind(o.status.as_str()).bind(o.date)
            .bind(participants).bind(o.note.as_str()).bind(o.link.as_deref()).bind(at)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    async fn append_history(
        &mut self,
        id: i64,
        o: Option<&Outcome>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        const SQL: &str = "INSERT INTO event_outcome_history \
            (event_id, status, held_on, participants, note, link, recorded_at) \
            VALUES ($1, $2, $3, $4, $5, $6, $7)";
        let status = o.map(|o| o.status.as_str());
        let date = o.and_then(|o| o.date);
        let participants = o.and_then(|o| o.participants).map(i64::from);
        let note = o.map_or("", |o| o.note.as_str());
        let link = o.and_then(|o| o.link.as_deref());
        on!(self, c => sqlx::query(SQL).bind(id).bind(status).bind(date).bind(participants)
            .bind(note).bind(link).bind(at).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Every mark and clearing of event `id`, oldest first.
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored status that is no outcome.
    pub async fn outcome_history(&mut self, id: i64) -> Result<Vec<OutcomeChange>> {
        let sql =
            format!("SELECT {COLUMNS} FROM event_outcome_history WHERE event_id = $1 ORDER BY id");
        let rows: Vec<OutcomeRow> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_all(&mut **c).await)?;
        rows.into_iter()
            .map(|row| {
                let at = row.recorded_at;
                row.into_outcome()
                    .map(|(_, outcome)| OutcomeChange { at, outcome })
            })
            .collect()
    }
}
