//! Dates and timings the feed tests build their `FeedEvent`s from (no database, no HTTP).

use chrono::{DateTime, NaiveDate, Utc};
use plancal::timing::{Precision, Timing, TimingKind};

pub(crate) fn date(text: &str) -> NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("test date {text}: {e}"))
}

/// One fixed revision time, so rendered feeds compare byte for byte.
pub(crate) fn stamp() -> DateTime<Utc> {
    DateTime::from_timestamp(1_763_800_000, 0).unwrap_or_default()
}

pub(crate) fn timing(kind: TimingKind, start: &str, end: &str, precision: Precision) -> Timing {
    let mut t = Timing::unknown("");
    t.kind = kind;
    t.start = Some(date(start));
    t.end = Some(date(end));
    t.precision = Some(precision);
    t
}
