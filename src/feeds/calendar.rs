//! The calendar query: which events a calendar holds — a feed, the organization's page, a
//! report — as one typed question (a scope and its filters) with one answer.
//!
//! A scope's events are read from the database once per data version (`ScopeRows`) and
//! every filter is applied here, in memory, by `keeps`: a one-off question (another
//! `from=`, `section=`, a grade, the page's next month) costs a pass over rows already held
//! instead of a read of thousands of rows through the driver (a 19,990-event merged feed
//! spent most of its 0.8 s first render there). The rule is the one the events list's
//! index follows (`feeds::index`): a section holds the sections under it, a date window
//! leaves undated events out, a grade keeps the events that name nobody.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

use super::index::{in_section, in_window};
use crate::store::{Conn, FeedEventRow, FeedFilter, FeedScope, StoreError};

/// Rows held at most, over all scopes (about 1–2 KiB each); past it the least recently
/// used scopes go. A scope larger than this is read for its request and not kept.
const MAX_ROWS: usize = 50_000;

/// The rows of the scopes asked for at one data version.
#[derive(Default)]
pub struct ScopeRows {
    held: Mutex<Held>,
}

#[derive(Default)]
struct Held {
    version: i64,
    scopes: HashMap<FeedScope, (Arc<Vec<FeedEventRow>>, u64)>,
    rows: usize,
    tick: u64,
}

impl ScopeRows {
    fn get(&self, scope: &FeedScope, version: i64) -> Option<Arc<Vec<FeedEventRow>>> {
        let mut held = self.held.lock().ok()?;
        if held.version != version {
            return None;
        }
        held.tick += 1;
        let tick = held.tick;
        let (rows, used) = held.scopes.get_mut(scope)?;
        *used = tick;
        Some(rows.clone())
    }

    /// Keeps `rows` as `scope` at `version`; a newer version empties what an older one held,
    /// and rows of an older version than the one held are not kept.
    fn put(&self, scope: FeedScope, version: i64, rows: Arc<Vec<FeedEventRow>>) {
        let Ok(mut held) = self.held.lock() else {
            return;
        };
        if version < held.version || rows.len() > MAX_ROWS {
            return;
        }
        if version > held.version {
            *held = Held {
                version,
                ..Held::default()
            };
        }
        held.tick += 1;
        let tick = held.tick;
        held.rows += rows.len();
        if let Some((gone, _)) = held.scopes.insert(scope, (rows, tick)) {
            held.rows -= gone.len();
        }
        while held.rows > MAX_ROWS {
            let Some(oldest) = held
                .scopes
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some((gone, _)) = held.scopes.remove(&oldest) {
                held.rows -= gone.len();
            }
        }
    }

    /// Rows held (for the memory checks).
    pub fn len(&self) -> usize {
        self.held.lock().map_or(0, |h| h.rows)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One calendar question: whose events, and which of them.
#[derive(Clone, Debug)]
pub struct CalendarQuery {
    pub scope: FeedScope,
    pub filter: FeedFilter,
    /// A role within the scope (the page's `role=`; a role feed of one organization is its
    /// merged calendar narrowed so).
    pub role: Option<String>,
    /// An organization the events must involve (the page's `partner=`): its own, and those
    /// that name it as its partner feed's do — as a partner, as the place, or through a
    /// person who works there, after aliases are resolved, never by comparing names.
    pub involving: Option<i64>,
}

impl CalendarQuery {
    /// The question for `scope` as a feed names it: a role feed of one organization reads
    /// that organization's merged calendar, so it shares its rows with the merged feed and
    /// the page.
    pub fn of_scope(scope: FeedScope, filter: FeedFilter) -> CalendarQuery {
        match scope {
            FeedScope::Role {
                slug,
                org: Some(org),
            } => CalendarQuery {
                scope: FeedScope::Merged(org),
                filter,
                role: Some(slug),
                involving: None,
            },
            scope => CalendarQuery {
                scope,
                filter,
                role: None,
                involving: None,
            },
        }
    }

    /// Does the calendar show `row` now? Cancelled and deleted events stay `cancelled_days`.
    pub fn keeps(&self, row: &FeedEventRow, cutoff: DateTime<Utc>) -> bool {
        let f = &self.filter;
        let doc = &row.record.doc;
        row.deleted_at.is_none_or(|at| at >= cutoff)
            && (doc.status != crate::plan::EventStatus::Cancelled
                || doc.updated_at.is_none_or(|at| at >= cutoff))
            && self.role.as_ref().is_none_or(|r| doc.roles.contains(r))
            && f.section
                .as_deref()
                .is_none_or(|s| in_section(doc.section.as_deref(), s))
            && f.status.is_none_or(|s| doc.status == s)
            && in_window((row.start_date, row.end_date), f.from, f.to)
            && f.wanted
                .as_ref()
                .is_none_or(|w| w.concerns(&row.audience_keys))
    }
}

/// The events of `q`, in feed order, from the rows held for its scope at `version` or
/// read now (and then held).
///
/// # Errors
///
/// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
pub async fn select(
    conn: &mut Conn<'_>,
    held: Option<&ScopeRows>,
    version: i64,
    q: &CalendarQuery,
    cancelled_days: u32,
) -> Result<Vec<FeedEventRow>, StoreError> {
    let rows = scope_rows(conn, held, version, &q.scope, cancelled_days).await?;
    let naming: Option<HashSet<i64>> = match q.involving {
        Some(org) => {
            let partner = FeedScope::Partner(org);
            let named = scope_rows(conn, held, version, &partner, cancelled_days).await?;
            Some(named.iter().filter_map(|r| r.record.doc.id).collect())
        }
        None => None,
    };
    let involved = |r: &FeedEventRow| match (&naming, q.involving) {
        (Some(ids), Some(org)) => {
            r.owner_id == org || r.record.doc.id.is_some_and(|id| ids.contains(&id))
        }
        _ => true,
    };
    let cutoff = Utc::now() - Duration::days(i64::from(cancelled_days));
    Ok(rows
        .iter()
        .filter(|r| q.keeps(r, cutoff) && involved(r))
        .cloned()
        .collect())
}

/// The rows of `scope` held at `version`, or read now and held.
async fn scope_rows(
    conn: &mut Conn<'_>,
    held: Option<&ScopeRows>,
    version: i64,
    scope: &FeedScope,
    cancelled_days: u32,
) -> Result<Arc<Vec<FeedEventRow>>, StoreError> {
    if let Some(rows) = held.and_then(|h| h.get(scope, version)) {
        return Ok(rows);
    }
    let rows = Arc::new(conn.scope_events(scope, cancelled_days).await?);
    if let Some(h) = held {
        h.put(scope.clone(), version, rows.clone());
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::audience::Wanted;
    use crate::plan::{AcademicYear, EventDoc, EventStatus, Lang, Tz};
    use crate::store::EventRecord;
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 10, d).unwrap()
    }

    fn row(id: i64, section: Option<&str>, span: Option<(u32, u32)>, keys: &str) -> FeedEventRow {
        let mut doc: EventDoc =
            serde_json::from_value(serde_json::json!({"title": format!("event {id}")})).unwrap();
        doc.id = Some(id);
        doc.section = section.map(str::to_string);
        doc.roles = vec!["librarian".into()];
        doc.updated_at = Some(Utc::now());
        FeedEventRow {
            record: EventRecord {
                plan_id: 1,
                org: "school".into(),
                doc,
                outcome: None,
                owner: Default::default(),
            },
            deleted: false,
            deleted_at: None,
            start_date: span.map(|s| day(s.0)),
            end_date: span.map(|s| day(s.1)),
            audience_keys: keys.into(),
            plan_title: "plan".into(),
            section_title: None,
            owner_id: 1,
            owner_name: "school".into(),
            owner_timezone: Tz::default_for(Lang::Ru),
            owner_color: None,
            owner_public_names: true,
            owner_public_feeds: true,
            owner_locale: Lang::Ru,
            academic_year: AcademicYear::containing(day(1)),
        }
    }

    fn kept(q: &CalendarQuery, rows: &[FeedEventRow]) -> Vec<i64> {
        let cutoff = Utc::now() - Duration::days(30);
        rows.iter()
            .filter(|r| q.keeps(r, cutoff))
            .filter_map(|r| r.record.doc.id)
            .collect()
    }

    #[test]
    fn every_filter_follows_the_event_lists_rule() {
        let rows = [
            row(1, Some("1"), Some((1, 31)), ""),
            row(2, Some("1.2"), Some((12, 12)), ",g6,"),
            row(3, Some("12"), None, ",g5,"),
            row(4, None, Some((20, 25)), ",c6:B=6Б,"),
        ];
        let q = |filter: FeedFilter| CalendarQuery::of_scope(FeedScope::Org(1), filter);
        assert_eq!(kept(&q(FeedFilter::default()), &rows), [1, 2, 3, 4]);
        let section = q(FeedFilter {
            section: Some("1".into()),
            ..FeedFilter::default()
        });
        assert_eq!(
            kept(&section, &rows),
            [1, 2],
            "a section holds those under it"
        );
        let window = q(FeedFilter {
            from: Some(day(13)),
            to: Some(day(21)),
            ..FeedFilter::default()
        });
        assert_eq!(
            kept(&window, &rows),
            [1, 4],
            "undated events are in no window"
        );
        let grade = q(FeedFilter {
            wanted: Wanted::grade("6").ok(),
            ..FeedFilter::default()
        });
        assert_eq!(
            kept(&grade, &rows),
            [1, 2, 4],
            "naming nobody concerns everyone"
        );
        let role = CalendarQuery::of_scope(
            FeedScope::Role {
                slug: "organizer".into(),
                org: Some(1),
            },
            FeedFilter::default(),
        );
        assert_eq!(
            role.scope,
            FeedScope::Merged(1),
            "a role feed reads the merged rows"
        );
        assert!(kept(&role, &rows).is_empty());
    }

    #[test]
    fn cancelled_and_deleted_events_stay_only_as_long_as_feeds_keep_them() {
        let mut rows = [row(1, None, None, ""), row(2, None, None, "")];
        rows[0].deleted_at = Some(Utc::now() - Duration::days(40));
        rows[1].record.doc.status = EventStatus::Cancelled;
        rows[1].record.doc.updated_at = Some(Utc::now() - Duration::days(5));
        let q = CalendarQuery::of_scope(FeedScope::Org(1), FeedFilter::default());
        assert_eq!(kept(&q, &rows), [2]);
    }

    #[test]
    fn held_rows_belong_to_one_version_and_stay_within_their_bound() {
        let held = ScopeRows::default();
        let rows = Arc::new(vec![row(1, None, None, "")]);
        held.put(FeedScope::Org(1), 5, rows.clone());
        assert!(held.get(&FeedScope::Org(1), 5).is_some());
        assert!(held.get(&FeedScope::Org(1), 6).is_none(), "another version");
        held.put(FeedScope::Org(1), 4, rows.clone());
        assert!(
            held.get(&FeedScope::Org(1), 5).is_some(),
            "an older read keeps nothing"
        );
        held.put(FeedScope::Org(2), 6, rows);
        assert!(
            held.get(&FeedScope::Org(1), 5).is_none(),
            "a newer version empties"
        );
        assert_eq!(held.len(), 1);
        let many = Arc::new(vec![row(1, None, None, ""); MAX_ROWS / 2 + 1]);
        held.put(FeedScope::Org(3), 6, many.clone());
        held.put(FeedScope::Org(4), 6, many);
        assert!(held.len() <= MAX_ROWS, "{}", held.len());
        assert!(
            held.get(&FeedScope::Org(4), 6).is_some(),
            "the newest stays"
        );
    }
}
