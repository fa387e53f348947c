//! What saving a document over a plan's stored events changes, decided without a database:
//! which stored event each row is (kept UID, by `plan::matching`), whether a subscriber
//! could notice the change (SEQUENCE+1, by `plan::revision`), what a person set by hand that
//! a re-imported file must not undo (pins, statuses, `plan::hand`), which rows left the
//! document (cancelled) and which came back (planned again, with their UID). The store
//! loads the plan's events, calls [`merge`] and applies the [`Writes`].

use super::hand::{HandEdits, kept_pin};
use super::matching::{Rewrites, RowMatch, StoredRow, match_rows};
use super::revision::{
    EDITED_HASH_PREFIX, as_stored, cancelled_as_gone, content_hash, hash_says, row_key,
};
use super::{AcademicYear, EventDoc, EventStatus, Lang, Pinned};
use crate::timing::{self, Context};

/// How an incoming document treats what people set by hand on stored events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MergeMode {
    /// The document is the whole truth (PUT).
    Replace,
    /// The document is a re-imported file: it knows nothing of pinned dates or statuses set
    /// through the API, so those are kept.
    Reimport,
}

/// What the merge needs of the plan besides its events: how the document is read, and the
/// year and language its timing words are read in when a row carries no reading.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MergeContext {
    pub mode: MergeMode,
    pub year: AcademicYear,
    pub lang: Lang,
}

/// One stored event of the plan, as the merge needs it.
#[derive(Clone, Debug, Default)]
pub(crate) struct StoredEvent {
    /// What matching knows of it (id, UID, hash, deleted).
    pub row: StoredRow,
    pub sequence: i64,
    pub status: EventStatus,
    pub pinned: Option<Pinned>,
    pub hand: HandEdits,
    /// The event as stored, for a live event edited through the API (its hash begins with
    /// [`EDITED_HASH_PREFIX`]): a row saying exactly this again is no change.
    pub edited: Option<EventDoc>,
}

impl StoredEvent {
    /// Whether the stored event needs its current state for the merge (see `edited`).
    pub(crate) fn was_edited(row: &StoredRow) -> bool {
        !row.deleted && row.content_hash.starts_with(EDITED_HASH_PREFIX)
    }
}

/// What a document changes in a plan's events.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Writes {
    /// One per incoming row, in the document's order.
    pub events: Vec<EventWrite>,
    /// Ids of stored events whose rows left the document, to cancel (so subscribed
    /// calendars remove them); events already cancelled are not listed.
    pub cancel: Vec<i64>,
}

/// One row of the document as it is stored.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct EventWrite {
    /// The row's place in the plan.
    pub position: i64,
    /// The row with what is kept (pins, hand edits, status) and its timing read.
    pub event: EventDoc,
    /// `event`'s content hash (`plan::revision`).
    pub hash: String,
    pub row_key: String,
    pub change: Change,
}

/// What a row does to the stored event it is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Change {
    /// A new event: a new UID, SEQUENCE 0.
    New,
    /// The stored event `id`, unchanged for a subscriber: only its place, number and hash
    /// are written.
    Moved { id: i64, hand: Option<HandEdits> },
    /// The stored event `id` with its UID kept and a new SEQUENCE.
    Changed {
        id: i64,
        uid: String,
        sequence: i64,
        hand: Option<HandEdits>,
    },
}

impl Writes {
    pub(crate) fn created(&self) -> usize {
        self.count(|c| matches!(c, Change::New))
    }

    pub(crate) fn updated(&self) -> usize {
        self.count(|c| matches!(c, Change::Changed { .. }))
    }

    pub(crate) fn unchanged(&self) -> usize {
        self.count(|c| matches!(c, Change::Moved { .. }))
    }

    fn count(&self, which: impl Fn(&Change) -> bool) -> usize {
        self.events.iter().filter(|w| which(&w.change)).count()
    }
}

/// The writes that save `new` (the document's rows, in order) over `old` (the plan's stored
/// events in stored order, deleted ones last).
pub(crate) fn merge(old: &[StoredEvent], new: &[EventDoc], cx: MergeContext) -> Writes {
    let rows: Vec<StoredRow> = old.iter().map(|s| s.row.clone()).collect();
    let rewrites = match cx.mode {
        MergeMode::Replace => Rewrites::InPlace,
        MergeMode::Reimport => Rewrites::AreNew,
    };
    let matching = match_rows(&rows, new, rewrites);
    let events = (0i64..)
        .zip(new.iter().zip(&matching.rows))
        .map(|(position, (incoming, found))| {
            let matched = match *found {
                RowMatch::Matched(i) => old.get(i),
                RowMatch::New => None,
            };
            event_write(position, incoming, matched, cx)
        })
        .collect();
    let cancel = matching
        .left_over
        .iter()
        .filter_map(|&i| old.get(i))
        .filter(|s| s.status != EventStatus::Cancelled)
        .map(|s| s.row.id)
        .collect();
    Writes { events, cancel }
}

/// One row saved over the stored event it matched (or none).
fn event_write(
    position: i64,
    incoming: &EventDoc,
    matched: Option<&StoredEvent>,
    cx: MergeContext,
) -> EventWrite {
    let mut e = incoming.clone();
    let reimported = matched.filter(|_| cx.mode == MergeMode::Reimport);
    // What a person set by hand that still holds after this document (`plan::hand`).
    let mut hand = HandEdits::default();
    if let Some(s) = reimported {
        // A file knows nothing of pins and statuses set through the API, and says roles and
        // places a person may have corrected since.
        e.pinned = kept_pin(e.pinned.take(), s.pinned.clone());
        hand = s.hand.clone().keep_in(&mut e);
    }
    fill_when(&mut e, cx.year, cx.lang);
    if let Some(s) = reimported {
        keep_status(&mut e, s);
    }
    let hash = content_hash(&e);
    let change = match matched {
        None => Change::New,
        Some(s) => change_of(s, &e, &hash, hand),
    };
    EventWrite {
        position,
        row_key: row_key(&e),
        event: e,
        hash,
        change,
    }
}

/// A re-imported row says "planned" of every event: the stored status (a cancellation or an
/// outcome set through the API) stays, except that a row cancelled because it left the file
/// and now back is planned again.
fn keep_status(e: &mut EventDoc, s: &StoredEvent) {
    if e.status != EventStatus::Planned {
        return;
    }
    e.status = s.status;
    if e.status == EventStatus::Cancelled
        && !s.row.deleted
        && cancelled_as_gone(&s.row.content_hash, e)
    {
        e.status = EventStatus::Planned;
    }
}

/// What `e` (with its hash and the hand edits still holding) does to the stored event.
fn change_of(s: &StoredEvent, e: &EventDoc, hash: &str, hand: HandEdits) -> Change {
    let id = s.row.id;
    let hand = (hand != s.hand).then_some(hand);
    let same = !s.row.deleted && (hash_says(&s.row.content_hash, e, hash) || edited_to(s, e));
    if same {
        Change::Moved { id, hand }
    } else {
        Change::Changed {
            id,
            uid: s.row.uid.clone(),
            sequence: s.sequence + 1,
            hand,
        }
    }
}

/// Whether an event edited through the API already holds exactly what `e` says, so that
/// re-importing after a pin or a cancellation is no change a subscriber could see.
fn edited_to(s: &StoredEvent, e: &EventDoc) -> bool {
    s.edited
        .as_ref()
        .is_some_and(|current| content_hash(&as_stored(current)) == content_hash(&as_stored(e)))
}

/// The normalised timing of a row, computed with the plan's year and language when the
/// document does not carry one.
pub(crate) fn fill_when(e: &mut EventDoc, year: AcademicYear, lang: Lang) {
    if e.when.is_none() {
        let ctx = Context::new(year).with_lang(Some(lang));
        e.when = Some(timing::normalise(&e.timing, &ctx));
    }
}

#[cfg(test)]
mod tests;
