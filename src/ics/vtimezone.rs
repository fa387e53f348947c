//! VTIMEZONE blocks generated from chrono-tz's rules (the `icalendar` crate has none), so a
//! zone with daylight saving (Europe/Berlin, America/New_York) is right in every year a feed
//! covers, not only fixed-offset zones like Europe/Moscow or Asia/Ho_Chi_Minh.
//!
//! The offset changes in the covered years (and the year before, so the first event has an
//! observance in force) are found from chrono-tz and written as RRULE-based STANDARD and
//! DAYLIGHT blocks ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), the form Outlook handles: it
//! ignores or mishandles a list of one-off blocks. DTSTART is the local wall time of the
//! first change (in the old offset). Changes that follow one rule in consecutive years are
//! one block; when a zone's rule changed within the covered years, the old rule's block ends
//! with UNTIL (UTC) and the new one begins. A zone with no changes (Europe/Moscow,
//! Asia/Ho_Chi_Minh today) is a single STANDARD block.

use chrono::{DateTime, Duration, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::writer;

/// The years transitions are looked for in, and how many one VTIMEZONE covers at most.
const YEARS: (i32, i32) = (1970, 2100);
const MAX_YEARS: i32 = 20;

struct Transition {
    /// The instant of the change.
    at: DateTime<Utc>,
    from_secs: i32,
    to_secs: i32,
    name: String,
    daylight: bool,
}

fn offset_secs(tz: Tz, at: DateTime<Utc>) -> i32 {
    tz.offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc()
}

/// The offset changes between `from` and `to`, found by daily sampling and a binary search
/// to the second (no real zone changes twice within one day).
fn transitions(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Transition> {
    let mut out = Vec::new();
    let mut day = from;
    let mut before = offset_secs(tz, day);
    while day < to {
        let next = day + Duration::days(1);
        let after = offset_secs(tz, next);
        if after != before {
            let (mut lo, mut hi) = (day, next);
            while hi - lo > Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_secs(tz, mid) == before {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let offset = tz.offset_from_utc_datetime(&hi.naive_utc());
            out.push(Transition {
                at: hi,
                from_secs: before,
                to_secs: after,
                name: offset.abbreviation().unwrap_or("").to_string(),
                daylight: !offset.dst_offset().is_zero(),
            });
        }
        before = after;
        day = next;
    }
    out
}

fn utc_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.unsigned_abs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if s == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{s:02}")
    }
}

/// A change's yearly rule: month, BYDAY ordinal (-1 for the last), weekday, local time.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Rule {
    month: u32,
    ordinal: i8,
    weekday: chrono::Weekday,
    time: chrono::NaiveTime,
}

impl Rule {
    fn of(local: chrono::NaiveDateTime) -> Self {
        use chrono::Datelike;
        let day = local.day();
        let month_days = crate::timing::last_day_of_month(local.date()).day();
        // The n-th such weekday of the month, or the last (-1) when it falls in the final week.
        let ordinal = match i8::try_from((day - 1) / 7 + 1) {
            Ok(n) if day + 7 <= month_days => n,
            _ => -1,
        };
        Rule {
            month: local.month(),
            ordinal,
            weekday: local.weekday(),
            time: local.time(),
        }
    }

    fn rrule(self) -> String {
        let day = super::ByDay {
            ordinal: Some(self.ordinal),
            weekday: self.weekday,
        };
        format!("FREQ=YEARLY;BYMONTH={};BYDAY={}", self.month, day.code())
    }
}

/// Appends the VTIMEZONE of `tz` covering the years `first_year..=last_year`.
pub(super) fn write(out: &mut String, tz: Tz, first_year: i32, last_year: i32) {
    use chrono::Datelike;
    // A pin in year 9999 must not make the walk cost centuries of samples: the covered
    // years are clamped to what zone rules are known for, at most a span a feed can hold.
    let first_year = first_year.clamp(YEARS.0 + 1, YEARS.1) - 1;
    let last_year = last_year.clamp(first_year, YEARS.1.min(first_year + MAX_YEARS));
    let start = NaiveDate::from_ymd_opt(first_year, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
        // A day early: an event at 00:30 on January 1 east of Greenwich is still in the
        // previous UTC year and must not come before the first observance.
        .map(|d| d - Duration::days(1))
        .unwrap_or(DateTime::<Utc>::MIN_UTC);
    let end = NaiveDate::from_ymd_opt(last_year + 1, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
        .unwrap_or(start);
    writer::raw(out, "BEGIN", "VTIMEZONE");
    writer::raw(out, "TZID", tz.name());
    let changes = transitions(tz, start, end);
    if changes.is_empty() {
        let initial = tz.offset_from_utc_datetime(&start.naive_utc());
        let initial_secs = initial.fix().local_minus_utc();
        block(
            out,
            !initial.dst_offset().is_zero(),
            start + Duration::seconds(i64::from(initial_secs)),
            initial_secs,
            initial_secs,
            initial.abbreviation().unwrap_or(""),
            None,
        );
    }
    // Runs of changes of one kind that follow one rule in consecutive years.
    let mut runs: Vec<(Rule, Vec<&Transition>)> = Vec::new();
    for t in &changes {
        let local = (t.at + Duration::seconds(i64::from(t.from_secs))).naive_utc();
        let rule = Rule::of(local);
        let run = runs.iter_mut().rev().find(|(_, ts)| {
            ts.last().is_some_and(|last| {
                last.daylight == t.daylight
                    && last.from_secs == t.from_secs
                    && last.to_secs == t.to_secs
                    && last.name == t.name
            })
        });
        match run {
            Some((r, ts))
                if *r == rule
                    && ts
                        .last()
                        .is_some_and(|last| last.at.year() + 1 == t.at.year()) =>
            {
                ts.push(t)
            }
            _ => runs.push((rule, vec![t])),
        }
    }
    for (rule, ts) in &runs {
        let (Some(first), Some(last)) = (ts.first(), ts.last()) else {
            continue;
        };
        let local = first.at + Duration::seconds(i64::from(first.from_secs));
        // The rule still holds at the end of the covered years: it runs on. Otherwise it
        // ends with its last change; a single change needs no rule at all.
        let runs_on = last.at.year() == last_year;
        let rrule = if runs_on {
            Some(rule.rrule())
        } else if ts.len() > 1 {
            Some(format!(
                "{};UNTIL={}",
                rule.rrule(),
                super::utc_stamp(last.at)
            ))
        } else {
            None
        };
        block(
            out,
            first.daylight,
            local,
            first.from_secs,
            first.to_secs,
            &first.name,
            rrule.as_deref(),
        );
    }
    writer::raw(out, "END", "VTIMEZONE");
}

fn block(
    out: &mut String,
    daylight: bool,
    local: DateTime<Utc>,
    from: i32,
    to: i32,
    name: &str,
    rrule: Option<&str>,
) {
    let kind = if daylight { "DAYLIGHT" } else { "STANDARD" };
    writer::raw(out, "BEGIN", kind);
    writer::raw(out, "DTSTART", &super::local_value(local.naive_utc()));
    if let Some(rule) = rrule {
        writer::raw(out, "RRULE", rule);
    }
    writer::raw(out, "TZOFFSETFROM", &utc_offset(from));
    writer::raw(out, "TZOFFSETTO", &utc_offset(to));
    // Abbreviations like "+03" are not names; only real ones ("CET") are written.
    if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic()) {
        writer::text(out, "TZNAME", name);
    }
    writer::raw(out, "END", kind);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vtimezone(tz: Tz, year: i32) -> String {
        let mut out = String::new();
        write(&mut out, tz, year, year);
        out
    }

    #[test]
    fn berlin_changes_on_the_last_sundays_of_march_and_october_as_yearly_rules() {
        let text = vtimezone(chrono_tz::Europe::Berlin, 2025);
        assert!(text.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
        ), "{text}");
        assert!(text.contains(
            "BEGIN:STANDARD\r\nDTSTART:20241027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
        ), "{text}");
        assert_eq!(text.matches("BEGIN:DAYLIGHT").count(), 1, "{text}");
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 1, "{text}");
        // Several years are still one block per kind.
        let mut long = String::new();
        write(&mut long, chrono_tz::Europe::Berlin, 2025, 2030);
        assert_eq!(long.matches("BEGIN:DAYLIGHT").count(), 1, "{long}");
    }

    #[test]
    fn new_york_changes_on_the_second_sunday_of_march_and_first_of_november() {
        let text = vtimezone(chrono_tz::America::New_York, 2026);
        assert!(
            text.contains(
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500"
            ),
            "{text}"
        );
    }

    #[test]
    fn a_rule_that_changed_ends_with_until_and_the_new_one_runs_on() {
        // The United States moved its changes in 2007 (first Sunday of April → second
        // Sunday of March).
        let mut text = String::new();
        write(&mut text, chrono_tz::America::New_York, 2005, 2008);
        assert!(
            text.contains("RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z"),
            "{text}"
        );
        assert!(
            text.contains("DTSTART:20070311T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"),
            "{text}"
        );
    }

    #[test]
    fn moscow_and_ho_chi_minh_city_have_one_constant_offset() {
        let moscow = vtimezone(chrono_tz::Europe::Moscow, 2025);
        assert_eq!(moscow.matches("BEGIN:STANDARD").count(), 1);
        assert!(moscow.contains("TZOFFSETTO:+0300"));
        assert!(!moscow.contains("DAYLIGHT"));
        assert!(vtimezone(chrono_tz::Asia::Ho_Chi_Minh, 2024).contains("TZOFFSETTO:+0700"));
    }
}
