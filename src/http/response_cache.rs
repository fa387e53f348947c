//! Answers of read-only API lists, kept per data version and bounded in bytes.
//!
//! A list page is a pure function of its query, the viewer's audience and the data: while
//! the data version stands, the same request gets the same bytes. Plans change a few times a
//! year and are read all day, so a page served from here costs no query at all; 64 clients
//! asking for the same page of 40,000 events no longer hold the pool (and `/readyz`, and the
//! feeds) behind them. Errors are never kept.

use std::collections::HashMap;
use std::sync::Mutex;

use actix_web::web::Bytes;

/// 16 MiB: a page of 100 events is some 60 KiB of JSON, so a few hundred distinct pages.
const DEFAULT_BUDGET: usize = 16 << 20;

struct Entry {
    version: i64,
    body: Bytes,
    used: u64,
}

#[derive(Default)]
struct Inner {
    entries: HashMap<String, Entry>,
    bytes: usize,
    clock: u64,
}

pub struct ResponseCache {
    budget: usize,
    inner: Mutex<Inner>,
}

impl Default for ResponseCache {
    fn default() -> Self {
        Self::with_budget(DEFAULT_BUDGET)
    }
}

impl ResponseCache {
    pub(crate) fn with_budget(budget: usize) -> Self {
        Self {
            budget,
            inner: Mutex::new(Inner::default()),
        }
    }

    /// The body kept for `key` at `version`, if any.
    pub fn get(&self, key: &str, version: i64) -> Option<Bytes> {
        let mut inner = self.inner.lock().ok()?;
        inner.clock += 1;
        let now = inner.clock;
        let entry = inner
            .entries
            .get_mut(key)
            .filter(|e| e.version == version)?;
        entry.used = now;
        Some(entry.body.clone())
    }

    /// Keeps `body` for `key` at `version`, dropping the least recently used entries (and
    /// any of an older version) until the budget holds. A body larger than a quarter of the
    /// budget is not kept: one huge page must not push out everything else.
    pub(crate) fn put(&self, key: String, version: i64, body: Bytes) {
        let size = key.len() + body.len();
        if size > self.budget / 4 {
            return;
        }
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        inner.clock += 1;
        let used = inner.clock;
        inner.remove(&key);
        inner.entries.insert(
            key,
            Entry {
                version,
                body,
                used,
            },
        );
        inner.bytes += size;
        inner.evict(self.budget, version);
    }

    pub fn bytes(&self) -> usize {
        self.inner.lock().map(|i| i.bytes).unwrap_or(0)
    }
}

impl Inner {
    fn evict(&mut self, budget: usize, current: i64) {
        if self.bytes <= budget {
            return;
        }
        let stale: Vec<String> = self
            .entries
            .iter()
            .filter(|(_, e)| e.version != current)
            .map(|(k, _)| k.clone())
            .collect();
        for key in stale {
            self.remove(&key);
        }
        while self.bytes > budget {
            let Some(oldest) = self
                .entries
                .iter()
                .min_by_key(|(_, e)| e.used)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            self.remove(&oldest);
        }
    }

    fn remove(&mut self, key: &str) {
        if let Some(e) = self.entries.remove(key) {
            self.bytes -= key.len() + e.body.len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: usize) -> Bytes {
        Bytes::from(vec![b'x'; n])
    }

    #[test]
    fn a_kept_answer_is_served_only_for_its_version() {
        let cache = ResponseCache::with_budget(1 << 20);
        cache.put("events?limit=100".into(), 7, body(10));
        assert_eq!(cache.get("events?limit=100", 7), Some(body(10)));
        assert_eq!(cache.get("events?limit=100", 8), None);
        assert_eq!(cache.get("events?limit=50", 7), None);
    }

    #[test]
    fn the_budget_holds_and_the_least_recently_used_goes_first() {
        let cache = ResponseCache::with_budget(400);
        cache.put("a".into(), 1, body(99));
        cache.put("b".into(), 1, body(99));
        cache.put("c".into(), 1, body(99));
        assert!(cache.get("a", 1).is_some(), "a is now the most recent");
        cache.put("d".into(), 1, body(99));
        cache.put("e".into(), 1, body(99));
        assert!(cache.bytes() <= 400, "{}", cache.bytes());
        assert!(cache.get("b", 1).is_none(), "b was the least recently used");
        assert!(cache.get("a", 1).is_some() && cache.get("e", 1).is_some());
    }

    #[test]
    fn a_new_version_pushes_out_the_old_ones_first_and_a_huge_body_is_not_kept() {
        // A quarter of the budget is the most one answer may take: 200 octets here.
        let cache = ResponseCache::with_budget(800);
        cache.put("old".into(), 1, body(190));
        for key in ["new", "n2", "n3"] {
            cache.put(key.into(), 2, body(190));
        }
        assert!(cache.get("old", 1).is_some(), "within the budget so far");
        cache.put("n4".into(), 2, body(190));
        assert!(cache.get("old", 1).is_none(), "the old version went first");
        for key in ["new", "n2", "n3", "n4"] {
            assert!(cache.get(key, 2).is_some(), "{key}");
        }
        cache.put("huge".into(), 2, body(197));
        assert!(cache.get("huge", 2).is_none());
        cache.put("new".into(), 2, body(10));
        assert_eq!(cache.bytes(), "new".len() + 10 + 3 * (2 + 190));
    }
}

/// Events as the event list writes them (their JSON, privacy applied), per data version and
/// audience. A page of a question never asked before is made of events earlier pages held:
/// only those no page held yet are read from the database. Bounded in bytes; a new data
/// version empties it.
pub(crate) struct EventJsonCache {
    budget: usize,
    inner: Mutex<EventJson>,
}

#[derive(Default)]
struct EventJson {
    version: i64,
    bytes: usize,
    items: HashMap<(bool, i64), Bytes>,
}

/// 64 MiB: some 60,000 events of a kilobyte each.
const EVENT_JSON_BUDGET: usize = 64 << 20;

impl Default for EventJsonCache {
    fn default() -> Self {
        Self::with_budget(EVENT_JSON_BUDGET)
    }
}

impl EventJsonCache {
    pub(crate) fn with_budget(budget: usize) -> Self {
        Self {
            budget,
            inner: Mutex::new(EventJson::default()),
        }
    }

    /// The JSON kept for each of `ids` at `version` for this audience (`trusted`: an admin
    /// reads), None where none is kept.
    pub(crate) fn get(&self, version: i64, trusted: bool, ids: &[i64]) -> Vec<Option<Bytes>> {
        let Ok(inner) = self.inner.lock() else {
            return vec![None; ids.len()];
        };
        ids.iter()
            .map(|id| {
                (inner.version == version)
                    .then(|| inner.items.get(&(trusted, *id)).cloned())
                    .flatten()
            })
            .collect()
    }

    /// Keeps `json` for event `id` at `version`; a newer version drops what an older one
    /// kept, and past the budget everything kept goes.
    pub(crate) fn put(&self, version: i64, trusted: bool, id: i64, json: Bytes) {
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if version < inner.version {
            return;
        }
        if version > inner.version || inner.bytes + json.len() > self.budget {
            inner.items.clear();
            inner.bytes = 0;
            inner.version = version;
        }
        inner.bytes += json.len();
        if let Some(old) = inner.items.insert((trusted, id), json) {
            inner.bytes -= old.len();
        }
    }
}

#[cfg(test)]
mod event_json_tests {
    use super::*;

    #[test]
    fn events_are_kept_per_version_and_audience_within_the_budget() {
        let cache = EventJsonCache::with_budget(100);
        cache.put(3, false, 1, Bytes::from_static(b"{\"id\":1}"));
        cache.put(3, true, 2, Bytes::from_static(b"{\"id\":2}"));
        let got = cache.get(3, false, &[1, 2]);
        assert_eq!(got, [Some(Bytes::from_static(b"{\"id\":1}")), None]);
        assert_eq!(cache.get(4, false, &[1]), [None], "another version");
        cache.put(4, false, 5, Bytes::from_static(b"{}"));
        assert_eq!(cache.get(3, true, &[2]), [None], "the old version went");
        cache.put(3, false, 6, Bytes::from_static(b"{}"));
        assert_eq!(
            cache.get(3, false, &[6]),
            [None],
            "an older version is not kept"
        );
        cache.put(4, false, 7, Bytes::from(vec![b' '; 99]));
        assert_eq!(
            cache.get(4, false, &[5, 7]).iter().flatten().count(),
            1,
            "past the budget"
        );
    }
}
