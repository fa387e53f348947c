//! The JSON of a [`Timing`], as TIMING.md writes it: one flat object whose `kind`, `start`,
//! `end`, `precision`, `recurrence`, `spans` and `count_per_period` agree by convention.
//! `When` makes that agreement a type; this module flattens it for `plancal timing`, the
//! API and the stored `when_json`, and reads it back. A stored answer always reads back:
//! a flat object whose fields disagree (written by hand, or by an older version) is read as
//! the nearest honest `When`, never refused.

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Flag, Precision, Recurrence, Span, Timing, TimingKind, When};

/// The flat object written, in the contract's field order (borrowed: writing copies nothing).
#[derive(Serialize)]
struct Out<'a> {
    input: &'a str,
    kind: TimingKind,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    precision: Option<Precision>,
    recurrence: Option<&'a Recurrence>,
    #[serde(skip_serializing_if = "<[Span]>::is_empty")]
    spans: &'a [Span],
    flags: &'a [Flag],
    #[serde(skip_serializing_if = "Option::is_none", with = "hhmm_option")]
    time: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none", with = "hhmm_option")]
    end_time: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    count_per_period: Option<u32>,
    warnings: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'a str>,
}

/// The flat object read; what may be missing defaults as it always has.
#[derive(Deserialize)]
struct In {
    input: String,
    kind: TimingKind,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    precision: Option<Precision>,
    recurrence: Option<Recurrence>,
    #[serde(default)]
    spans: Vec<Span>,
    #[serde(default)]
    flags: Vec<Flag>,
    #[serde(default, with = "hhmm_option")]
    time: Option<NaiveTime>,
    #[serde(default, with = "hhmm_option")]
    end_time: Option<NaiveTime>,
    #[serde(default)]
    count_per_period: Option<u32>,
    #[serde(default)]
    warnings: Vec<String>,
    #[serde(default)]
    rule: Option<Cow<'static, str>>,
}

impl Serialize for Timing {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let w = &self.when;
        Out {
            input: &self.input,
            kind: w.kind(),
            start: w.start(),
            end: w.end(),
            precision: w.precision(),
            recurrence: w.recurrence(),
            spans: w.spans(),
            flags: &self.flags,
            time: self.time,
            end_time: self.end_time,
            count_per_period: w.count_per_period(),
            warnings: &self.warnings,
            rule: self.rule.as_deref(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Timing {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let In {
            input,
            kind,
            start,
            end,
            precision,
            recurrence,
            spans,
            flags,
            time,
            end_time,
            count_per_period,
            warnings,
            rule,
        } = In::deserialize(d)?;
        let days = match (start, end) {
            (Some(a), Some(b)) => Some((a, b)),
            (Some(d), None) | (None, Some(d)) => Some((d, d)),
            (None, None) => None,
        };
        let precision = precision.unwrap_or(Precision::Day);
        let when = match (recurrence, count_per_period) {
            (Some(rule), count) if kind == TimingKind::Recurring => {
                days.map_or(When::Unknown, |(start, end)| When::Recurring {
                    start,
                    end,
                    precision,
                    rule,
                    count_per_period: count,
                })
            }
            _ => when_of(kind, days, precision, spans),
        };
        Ok(Timing {
            input,
            when,
            flags,
            time,
            end_time,
            warnings,
            rule,
        })
    }
}

/// The `When` a flat object (other than a recurrence with its rule) means. Its kind decides;
/// a kind missing what it needs falls back to what is there (a `recurring` without its
/// rule, or a `multiple` without its spans, is the span of days it names; no day at all is
/// unknown).
fn when_of(
    kind: TimingKind,
    days: Option<(NaiveDate, NaiveDate)>,
    precision: Precision,
    spans: Vec<Span>,
) -> When {
    match (kind, days) {
        (TimingKind::Multiple, _) if !spans.is_empty() => When::Multiple { spans, precision },
        (TimingKind::Unknown, _) | (_, None) => When::Unknown,
        (TimingKind::Date, Some((d, _))) => When::Date(d),
        (TimingKind::Deadline, Some((d, _))) => When::Deadline(d),
        (TimingKind::Range | TimingKind::Recurring | TimingKind::Multiple, Some((start, end))) => {
            When::Range {
                start,
                end,
                precision,
            }
        }
    }
}

/// "10:00" rather than chrono's "10:00:00".
mod hhmm_option {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.collect_str(&t.format("%H:%M")),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<NaiveTime>, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        match text {
            None => Ok(None),
            Some(t) => NaiveTime::parse_from_str(&t, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(&t, "%H:%M:%S"))
                .map(Some)
                .map_err(serde::de::Error::custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn read(v: serde_json::Value) -> Timing {
        serde_json::from_value(v).unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_multiple_writes_its_first_start_and_last_end_and_its_spans() {
        let spans = vec![
            Span {
                start: day("2025-09-01"),
                end: day("2025-09-30"),
            },
            Span {
                start: day("2026-05-01"),
                end: day("2026-05-31"),
            },
        ];
        let when = When::Multiple {
            spans,
            precision: Precision::Month,
        };
        let text = serde_json::to_string(&Timing::new("сентябрь, май", when)).unwrap();
        assert_eq!(
            text,
            "{\"input\":\"сентябрь, май\",\"kind\":\"multiple\",\"start\":\"2025-09-01\",\
             \"end\":\"2026-05-31\",\"precision\":\"month\",\"recurrence\":null,\
             \"spans\":[{\"start\":\"2025-09-01\",\"end\":\"2025-09-30\"},\
             {\"start\":\"2026-05-01\",\"end\":\"2026-05-31\"}],\"flags\":[],\"warnings\":[]}"
        );
    }

    #[test]
    fn an_unknown_writes_nulls_and_no_optional_fields() {
        let text = serde_json::to_string(&Timing::unknown("")).unwrap();
        assert_eq!(
            text,
            "{\"input\":\"\",\"kind\":\"unknown\",\"start\":null,\"end\":null,\
             \"precision\":null,\"recurrence\":null,\"flags\":[],\"warnings\":[]}"
        );
    }

    #[test]
    fn a_stored_object_whose_fields_disagree_reads_as_what_it_names() {
        let base = |kind: &str| {
            json!({"input": "x", "kind": kind, "start": "2025-10-01", "end": "2025-10-31",
                   "precision": "month", "recurrence": null})
        };
        let october = When::Range {
            start: day("2025-10-01"),
            end: day("2025-10-31"),
            precision: Precision::Month,
        };
        // A recurrence without its rule, a multiple without its spans: the days they name.
        assert_eq!(read(base("recurring")).when, october);
        assert_eq!(read(base("multiple")).when, october);
        // An unknown keeps no days; a date or deadline is its first day.
        assert_eq!(read(base("unknown")).when, When::Unknown);
        assert_eq!(read(base("date")).when, When::Date(day("2025-10-01")));
        assert_eq!(
            read(base("deadline")).when,
            When::Deadline(day("2025-10-01"))
        );
        // A range with no days at all is unknown; with one end, that one day.
        let bare = json!({"input": "x", "kind": "range", "start": null, "end": null,
                          "precision": null, "recurrence": null});
        assert_eq!(read(bare).when, When::Unknown);
        let one = json!({"input": "x", "kind": "range", "end": "2025-10-31"});
        assert_eq!(
            read(one).when,
            When::Range {
                start: day("2025-10-31"),
                end: day("2025-10-31"),
                precision: Precision::Day,
            }
        );
    }

    #[test]
    fn a_stored_recurrence_reads_back_with_its_count_times_and_rule() {
        let stored = json!({"input": "2 раза в месяц в 15.00", "kind": "recurring",
            "start": "2025-09-01", "end": "2026-08-31", "precision": "month",
            "recurrence": {"freq": "monthly", "interval": 1, "count": null, "byday": null},
            "flags": ["online"], "time": "15:00:00", "count_per_period": 2, "warnings": [],
            "rule": "recurrence"});
        let t = read(stored);
        assert_eq!(t.count_per_period(), Some(2));
        assert_eq!(
            t.recurrence().map(|r| r.freq),
            Some(super::super::Freq::Monthly)
        );
        assert_eq!(t.time, NaiveTime::from_hms_opt(15, 0, 0));
        assert_eq!(t.rule.as_deref(), Some("recurrence"));
        let again = serde_json::to_value(&t).unwrap();
        assert_eq!(again["time"], "15:00");
        assert_eq!(again["count_per_period"], 2);
    }
}
