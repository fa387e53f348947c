//! The event list's index: every live event in list order (undated last, then by start
//! date, then by id) with the few fields its filters read, built once per data version.
//!
//! `/api/v1/events` answers any question — another offset, an organization, a role, a
//! person, a date window, a status, a grade — from here: the filters become bit sets over
//! the index's positions (an organization's merged picture, a role's or a person's events,
//! each read from the database once per data version), the page is the matching positions
//! after the offset or the `after=` cursor, and the total is counted in memory. The
//! database is then asked only for the page's own events, by key. Before, every distinct
//! question walked the events table in SQL (with a join per row for the owner's privacy),
//! and over 40,000 events that took 3–150 ms a question.
//!
//! Pure: it reads no database itself; `http::api::events` builds it from the store.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use crate::plan::EventStatus;
use crate::plan::audience::Wanted;
use crate::store::ListedEvent;

/// A set of index positions.
#[derive(Clone, Debug, Default)]
pub struct Bits(Vec<u64>);

impl Bits {
    fn with_len(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }

    fn insert(&mut self, i: usize) {
        if let Some(word) = self.0.get_mut(i / 64) {
            *word |= 1 << (i % 64);
        }
    }

    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// What a set of events stands for, as the filters name it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SetKey {
    /// The organization's merged picture (`store::feeds::merged_events`).
    Org(i64),
    Role(String),
    Person(i64),
}

/// Sets kept at most; beyond, the oldest are dropped (each is a few KiB).
const MAX_SETS: usize = 1024;

/// The index of one data version.
pub struct EventIndex {
    pub version: i64,
    rows: Vec<ListedEvent>,
    position: HashMap<i64, usize>,
    sets: Mutex<HashMap<SetKey, Arc<Bits>>>,
}

/// Where a page starts: after `offset` matching events, or after the event a cursor names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    Offset(usize),
    After(Cursor),
}

/// A keyset cursor: the list position of an event (its start date, none for undated, and
/// its id), written `2025-10-12.1234` or `none.1234`. It stays meaningful when that event
/// is deleted or moved: the page goes on after where it stood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub start: Option<NaiveDate>,
    pub id: i64,
}

impl Cursor {
    /// Reads a cursor as `Cursor::to_string` writes it.
    pub fn parse(text: &str) -> Option<Cursor> {
        let (date, id) = text.rsplit_once('.')?;
        let id = id.parse().ok()?;
        let start = match date {
            "none" => None,
            d => Some(NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?),
        };
        Some(Cursor { start, id })
    }

    fn key(&self) -> (bool, Option<NaiveDate>, i64) {
        (self.start.is_none(), self.start, self.id)
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.start {
            Some(d) => write!(f, "{d}.{}", self.id),
            None => write!(f, "none.{}", self.id),
        }
    }
}

fn order_key(e: &ListedEvent) -> (bool, Option<NaiveDate>, i64) {
    (e.start_date.is_none(), e.start_date, e.id)
}

/// The list's filters, with the sets they name already looked up. The same rule as the
/// SQL the feeds use: dated filters leave undated events out, `person` needs names the
/// reader may see, a grade or class keeps events that name nobody.
#[derive(Clone, Debug, Default)]
pub struct IndexQuery<'a> {
    pub plan: Option<i64>,
    /// Every one of these must hold the event (organization, role, person).
    pub sets: Vec<Arc<Bits>>,
    /// A person was asked for: only owners whose names are public count (unless trusted).
    pub by_person: bool,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub status: Option<EventStatus>,
    /// A plan section: the events in it and in the sections under it (`1` holds `1.2`).
    pub section: Option<&'a str>,
    pub wanted: Option<&'a Wanted>,
    /// An admin asks: owners with private feeds count too.
    pub trusted: bool,
}

/// Is an event of section `key` in section `wanted` (itself, or a section under it)? The
/// rule the feeds' `section=` follows in SQL.
pub fn in_section(key: Option<&str>, wanted: &str) -> bool {
    key.is_some_and(|k| {
        k == wanted
            || k.strip_prefix(wanted)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// Is an event covering `start`..`end` in the window `from`..`to` (either end open)? An
/// undated event is in no window. The rule of every reader's `from=`/`to=`.
pub fn in_window(
    (start, end): (Option<NaiveDate>, Option<NaiveDate>),
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> bool {
    from.is_none_or(|d| end.is_some_and(|end| end >= d))
        && to.is_none_or(|d| start.is_some_and(|start| start <= d))
}

/// One page: the events' ids in list order, and the cursor after the last when more match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexPage {
    pub ids: Vec<i64>,
    pub next: Option<Cursor>,
}

impl EventIndex {
    /// The index of `rows` (any order) at data version `version`.
    pub fn new(version: i64, mut rows: Vec<ListedEvent>) -> EventIndex {
        rows.sort_by_key(order_key);
        let position = rows.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        EventIndex {
            version,
            rows,
            position,
            sets: Mutex::new(HashMap::new()),
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The set kept for `key`, if it was looked up at this version.
    pub fn set(&self, key: &SetKey) -> Option<Arc<Bits>> {
        self.sets.lock().ok()?.get(key).cloned()
    }

    /// Keeps the events `ids` as the set `key` (ids not in the index, such as deleted
    /// events, are left out) and returns it.
    pub fn keep_set(&self, key: SetKey, ids: &[i64]) -> Arc<Bits> {
        let mut bits = Bits::with_len(self.rows.len());
        for id in ids {
            if let Some(&i) = self.position.get(id) {
                bits.insert(i);
            }
        }
        let bits = Arc::new(bits);
        if let Ok(mut sets) = self.sets.lock() {
            if sets.len() >= MAX_SETS {
                sets.clear();
            }
            sets.insert(key, bits.clone());
        }
        bits
    }

    fn matches(&self, i: usize, e: &ListedEvent, q: &IndexQuery<'_>) -> bool {
        (e.owner_public_feeds || q.trusted)
            && q.plan.is_none_or(|p| e.plan_id == p)
            && (!q.by_person || q.trusted || e.owner_public_names)
            && in_window((e.start_date, e.end_date), q.from, q.to)
            && q.status.is_none_or(|s| e.status == s)
            && q.section
                .is_none_or(|s| in_section(e.section_key.as_deref(), s))
            && q.sets.iter().all(|s| s.contains(i))
            && q.wanted.is_none_or(|w| w.concerns(&e.audience_keys))
    }

    /// How many events match `q`.
    pub fn count(&self, q: &IndexQuery<'_>) -> usize {
        self.rows
            .iter()
            .enumerate()
            .filter(|(i, e)| self.matches(*i, e, q))
            .count()
    }

    /// Up to `limit` matching events from `start` on, in list order.
    pub fn page(&self, q: &IndexQuery<'_>, start: Start, limit: usize) -> IndexPage {
        let (first, mut skip) = match start {
            Start::Offset(n) => (0, n),
            Start::After(c) => (self.rows.partition_point(|e| order_key(e) <= c.key()), 0),
        };
        let mut ids = Vec::with_capacity(limit.min(1000));
        let mut more = false;
        for (i, e) in self.rows.iter().enumerate().skip(first) {
            if !self.matches(i, e, q) {
                continue;
            }
            if skip > 0 {
                skip -= 1;
                continue;
            }
            if ids.len() == limit {
                more = true;
                break;
            }
            ids.push(e.id);
        }
        let next = more
            .then(|| ids.last().and_then(|id| self.position.get(id)))
            .flatten()
            .map(|&i| Cursor {
                start: self.rows[i].start_date,
                id: self.rows[i].id,
            });
        IndexPage { ids, next }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: i64, plan_id: i64, start: Option<&str>, end: Option<&str>) -> ListedEvent {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        ListedEvent {
            id,
            plan_id,
            start_date: start.map(day),
            end_date: end.map(day),
            status: EventStatus::Planned,
            section_key: None,
            audience_keys: String::new(),
            owner_public_feeds: true,
            owner_public_names: true,
        }
    }

    fn index() -> EventIndex {
        EventIndex::new(
            7,
            vec![
                event(5, 1, None, None),
                event(3, 1, Some("2025-10-01"), Some("2025-10-31")),
                event(1, 2, Some("2025-09-01"), Some("2026-05-31")),
                event(2, 2, Some("2025-10-01"), Some("2025-10-01")),
                event(4, 1, Some("2025-12-03"), Some("2025-12-03")),
            ],
        )
    }

    #[test]
    fn a_section_holds_the_sections_under_it_and_no_other() {
        assert!(in_section(Some("1"), "1"));
        assert!(in_section(Some("1.2"), "1"));
        assert!(in_section(Some("1.2.3"), "1.2"));
        assert!(!in_section(Some("12"), "1"));
        assert!(!in_section(Some("1"), "1.2"));
        assert!(!in_section(None, "1"));
    }

    #[test]
    fn pages_follow_the_list_order_with_undated_events_last() {
        let ix = index();
        let all = IndexQuery::default();
        let page = ix.page(&all, Start::Offset(0), 10);
        assert_eq!(page.ids, [1, 2, 3, 4, 5]);
        assert_eq!(page.next, None);
        assert_eq!(ix.page(&all, Start::Offset(3), 10).ids, [4, 5]);
        assert_eq!(ix.count(&all), 5);
    }

    #[test]
    fn a_cursor_goes_on_after_its_event_even_once_it_is_gone() {
        let ix = index();
        let all = IndexQuery::default();
        let first = ix.page(&all, Start::Offset(0), 2);
        assert_eq!(first.ids, [1, 2]);
        let cursor = first.next.unwrap();
        assert_eq!(cursor.to_string(), "2025-10-01.2");
        assert_eq!(Cursor::parse("2025-10-01.2"), Some(cursor));
        assert_eq!(ix.page(&all, Start::After(cursor), 2).ids, [3, 4]);
        // An event that is no longer in the index: the page starts where it stood.
        let gone = Cursor::parse("2025-11-15.99").unwrap();
        assert_eq!(ix.page(&all, Start::After(gone), 10).ids, [4, 5]);
        let undated = Cursor::parse("none.5").unwrap();
        assert!(ix.page(&all, Start::After(undated), 10).ids.is_empty());
        for bad in ["", "5", "2025-13-01.5", "soon.5", "2025-10-01.x"] {
            assert_eq!(Cursor::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn date_windows_sets_and_privacy_filter_as_the_sql_does() {
        let ix = index();
        let window = IndexQuery {
            from: Some(NaiveDate::from_ymd_opt(2025, 10, 15).unwrap()),
            to: Some(NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()),
            ..IndexQuery::default()
        };
        // Undated events are in no window; a span is in every window it overlaps.
        assert_eq!(ix.page(&window, Start::Offset(0), 10).ids, [1, 3, 4]);
        let set = ix.keep_set(SetKey::Role("librarian".into()), &[4, 2, 99]);
        let role = IndexQuery {
            sets: vec![set],
            ..IndexQuery::default()
        };
        assert_eq!(ix.page(&role, Start::Offset(0), 10).ids, [2, 4]);
        assert!(ix.set(&SetKey::Role("librarian".into())).is_some());
        assert_eq!(
            ix.count(&IndexQuery {
                plan: Some(2),
                ..IndexQuery::default()
            }),
            2
        );
        let mut private = index();
        private.rows[0].owner_public_feeds = false;
        assert_eq!(private.count(&IndexQuery::default()), 4);
        let trusted = IndexQuery {
            trusted: true,
            ..IndexQuery::default()
        };
        assert_eq!(private.count(&trusted), 5);
    }
}
