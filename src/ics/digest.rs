//! Digest events: what has no day of its own reaches subscribers as one note, not as a pile
//! on September 1. Year-long items ("в течение года", "cả năm": a range over the whole
//! academic year, precision year) become, under `FuzzyMode::Auto`, one all-day event at the
//! start of the school year ("В течение года: 12 мероприятий") whose description lists each
//! with who answers for it; undatable items (kind unknown, no timing) become one such event
//! in every mode but `Skip`. Both are TRANSPARENT and FREE: nobody is busy with a list.
//!
//! A digest's UID is derived from the feed's key, its kind and its school year, so it stays
//! the same across renders while its text follows the plan, and no two feeds share one.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use sha2::{Digest as _, Sha256};

use super::{CalendarMeta, FeedEvent, FuzzyMode, Start, words, writer};
use crate::timing::{AcademicYear, Precision, TimingKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum DigestKind {
    AllYear,
    Undated,
}

impl DigestKind {
    fn key(self) -> &'static str {
        match self {
            DigestKind::AllYear => "all-year",
            DigestKind::Undated => "undated",
        }
    }
}

/// The shortest range that still counts as "the whole year" (a school year written as
/// 2025-09-01..2026-05-31 is one, a calendar year is one too).
const YEAR_LONG_DAYS: i64 = 250;

/// Which digest, if any, an event belongs in instead of being drawn on its own day.
pub(super) fn kind_of(e: &FeedEvent) -> Option<DigestKind> {
    if e.pinned.is_some() || e.calendar.is_some() {
        return None;
    }
    let Some(w) = &e.when else {
        return Some(DigestKind::Undated);
    };
    let (Some(first), Some(last)) = (w.start(), w.end()) else {
        return Some(DigestKind::Undated);
    };
    match w.kind() {
        TimingKind::Unknown => Some(DigestKind::Undated),
        TimingKind::Range | TimingKind::Date
            if w.precision() == Some(Precision::Year)
                && (last - first).num_days().abs() >= YEAR_LONG_DAYS =>
        {
            Some(DigestKind::AllYear)
        }
        _ => None,
    }
}

/// Whether the mode draws this kind of digest (the rest of the year-long events are drawn
/// as the mode says by `drawings`; undated ones never are).
pub(super) fn digested(kind: DigestKind, mode: FuzzyMode) -> bool {
    match (kind, mode) {
        (_, FuzzyMode::Skip) => false,
        (DigestKind::AllYear, FuzzyMode::Auto) => true,
        (DigestKind::AllYear, FuzzyMode::Span | FuzzyMode::Start) => false,
        (DigestKind::Undated, FuzzyMode::Auto | FuzzyMode::Span | FuzzyMode::Start) => true,
    }
}

pub(super) struct Digest {
    uid: String,
    day: NaiveDate,
    title: String,
    description: String,
    last_modified: DateTime<Utc>,
}

/// The school year an event's digest goes in: its own range's, the plan's, else the year
/// most of the feed's dated events are in, else the one the feed's data is from.
fn year_of(e: &FeedEvent, feed_year: AcademicYear) -> AcademicYear {
    e.when
        .as_ref()
        .and_then(|w| w.start())
        .map(AcademicYear::containing)
        .or(e.academic_year)
        .unwrap_or(feed_year)
}

fn feed_year(meta: &CalendarMeta, events: &[FeedEvent]) -> AcademicYear {
    let mut counts: BTreeMap<AcademicYear, usize> = BTreeMap::new();
    for e in events {
        let day = e
            .pinned
            .as_ref()
            .map(|p| p.date)
            .or_else(|| e.when.as_ref().and_then(|w| w.start()));
        let year = day.map(AcademicYear::containing).or(e.academic_year);
        if let Some(year) = year {
            *counts.entry(year).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(year, n)| (*n, std::cmp::Reverse(*year)))
        .map(|(year, _)| year)
        .unwrap_or_else(|| AcademicYear::containing(meta.dtstamp.date_naive()))
}

/// A short stable name for the feed, for UIDs: its key's digest.
fn feed_id(meta: &CalendarMeta) -> String {
    let key = if meta.feed_key.trim().is_empty() {
        meta.name.trim()
    } else {
        meta.feed_key.trim()
    };
    let digest = Sha256::digest(key.as_bytes());
    hex::encode(digest.get(..8).unwrap_or(&[]))
}

/// The digests a feed holds under `mode`, all-year ones first, by school year.
pub(super) fn digests(meta: &CalendarMeta, events: &[FeedEvent], mode: FuzzyMode) -> Vec<Digest> {
    let mut groups: BTreeMap<(DigestKind, AcademicYear), Vec<&FeedEvent>> = BTreeMap::new();
    let mut feed_year_once = None;
    for e in events {
        let Some(kind) = kind_of(e).filter(|k| digested(*k, mode)) else {
            continue;
        };
        let fallback = *feed_year_once.get_or_insert_with(|| feed_year(meta, events));
        groups
            .entry((kind, year_of(e, fallback)))
            .or_default()
            .push(e);
    }
    if groups.is_empty() {
        return Vec::new();
    }
    let w = words::of(meta.lang);
    let id = feed_id(meta);
    let several_owners = {
        let mut owners = events
            .iter()
            .map(|e| e.owner.trim())
            .filter(|o| !o.is_empty());
        let first = owners.next();
        owners.any(|o| Some(o) != first)
    };
    groups
        .into_iter()
        .map(|((kind, year), items)| {
            let active = items.iter().filter(|e| !super::is_cancelled(e)).count();
            let word = match kind {
                DigestKind::AllYear => w.all_year,
                DigestKind::Undated => w.undated,
            };
            let mut description = format!("{}:", w.digest_list);
            for e in &items {
                description.push_str("\n– ");
                if super::is_cancelled(e) {
                    description.push_str(w.cancelled);
                    description.push_str(": ");
                }
                description.push_str(&super::one_line(&e.title));
                let mut about: Vec<String> = Vec::new();
                if kind == DigestKind::Undated {
                    about.extend(
                        Some(super::one_line(&e.timing_text).into_owned())
                            .filter(|t| !t.is_empty()),
                    );
                }
                about.extend(super::responsible_of(e));
                if several_owners && !e.owner.trim().is_empty() {
                    about.push(e.owner.trim().to_string());
                }
                if !about.is_empty() {
                    description.push_str(" (");
                    description.push_str(&about.join("; "));
                    description.push(')');
                }
            }
            Digest {
                uid: format!("{}-{}-{id}@plancal", kind.key(), year.first_year()),
                // The school year's first working day: 1 September 2024 was a Sunday.
                day: first_day(year, meta.lang),
                title: format!("{word}: {}", w.events(active)),
                description,
                last_modified: items
                    .iter()
                    .map(|e| e.last_modified)
                    .max()
                    .unwrap_or(meta.dtstamp),
            }
        })
        .collect()
}

/// The first working day of the school year's first weeks (a weekend or Vietnam's 2
/// September gives way), where a digest goes.
fn first_day(year: AcademicYear, lang: crate::timing::Lang) -> NaiveDate {
    let first = year.start();
    let last = first + chrono::Duration::days(14);
    super::first_working_day(first, last, super::terms::of(lang))
}

impl Digest {
    pub(super) fn octets(&self) -> usize {
        self.title.len() + self.description.len() + self.uid.len()
    }

    pub(super) fn write(&self, out: &mut String) {
        writer::raw(out, "BEGIN", "VEVENT");
        writer::raw(out, "UID", &self.uid);
        // Its last revision, as for every event (see `write_event`).
        writer::raw(out, "DTSTAMP", &super::utc_stamp(self.last_modified));
        super::write_times(out, Start::Days(self.day, self.day), chrono_tz::UTC);
        writer::one_line_text(out, "SUMMARY", &self.title);
        writer::text(out, "DESCRIPTION", &self.description);
        writer::raw(out, "STATUS", "CONFIRMED");
        writer::raw(out, "TRANSP", "TRANSPARENT");
        writer::raw(out, "X-MICROSOFT-CDO-BUSYSTATUS", "FREE");
        writer::raw(out, "END", "VEVENT");
    }
}
