//! Dates and timings the feed tests build their `FeedEvent`s from (no database, no HTTP).

use chrono::{DateTime, NaiveDate, Utc};
use plancal::timing::{Precision, Recurrence, Span, Timing, TimingKind, When};

pub(crate) fn date(text: &str) -> NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("test date {text}: {e}"))
}

/// One fixed revision time, so rendered feeds compare byte for byte.
pub(crate) fn stamp() -> DateTime<Utc> {
    DateTime::from_timestamp(1_763_800_000, 0).unwrap_or_default()
}

/// A timing of `kind` over `start..=end` (a `multiple` of that one span; a recurrence is
/// made by `recurring`).
pub(crate) fn timing(kind: TimingKind, start: &str, end: &str, precision: Precision) -> Timing {
    let (start, end) = (date(start), date(end));
    let when = match kind {
        TimingKind::Unknown => When::Unknown,
        TimingKind::Date => When::Date(start),
        TimingKind::Deadline => When::Deadline(start),
        TimingKind::Multiple => When::Multiple {
            spans: vec![Span { start, end }],
            precision,
        },
        TimingKind::Range | TimingKind::Recurring => When::Range {
            start,
            end,
            precision,
        },
    };
    Timing::new("", when)
}

/// A recurrence over `start..=end` as `rule` says.
pub(crate) fn recurring_over(
    start: &str,
    end: &str,
    precision: Precision,
    rule: Recurrence,
) -> Timing {
    let when = When::Recurring {
        start: date(start),
        end: date(end),
        precision,
        rule,
        count_per_period: None,
    };
    Timing::new("", when)
}
