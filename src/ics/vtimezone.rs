//! VTIMEZONE blocks generated from chrono-tz's rules (the `icalendar` crate has none), so a
//! zone with daylight saving (Europe/Berlin, America/New_York) is right in every year a feed
//! covers, not only fixed-offset zones like Europe/Moscow or Asia/Ho_Chi_Minh.
//!
//! Every offset change in the covered years becomes its own STANDARD or DAYLIGHT block
//! (DTSTART is the local wall time the change happens at, in the old offset). That is longer
//! than an RRULE-based block but exact for zones whose rules changed over the years.

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

/// Appends the VTIMEZONE of `tz` covering the years `first_year..=last_year`.
pub fn write(out: &mut String, tz: Tz, first_year: i32, last_year: i32) {
    // A pin in year 9999 must not make the walk cost centuries of samples: the covered
    // years are clamped to what zone rules are known for, at most a span a feed can hold.
    let first_year = first_year.clamp(YEARS.0, YEARS.1);
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
    let initial = tz.offset_from_utc_datetime(&start.naive_utc());
    let initial_secs = initial.fix().local_minus_utc();
    // The offset in force when the covered years begin.
    block(
        out,
        !initial.dst_offset().is_zero(),
        start + Duration::seconds(i64::from(initial_secs)),
        initial_secs,
        initial_secs,
        initial.abbreviation().unwrap_or(""),
    );
    for t in transitions(tz, start, end) {
        let local = t.at + Duration::seconds(i64::from(t.from_secs));
        block(out, t.daylight, local, t.from_secs, t.to_secs, &t.name);
    }
    writer::raw(out, "END", "VTIMEZONE");
}

fn block(out: &mut String, daylight: bool, local: DateTime<Utc>, from: i32, to: i32, name: &str) {
    let kind = if daylight { "DAYLIGHT" } else { "STANDARD" };
    writer::raw(out, "BEGIN", kind);
    writer::raw(out, "DTSTART", &super::local_value(local.naive_utc()));
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
    fn berlin_2025_changes_at_the_right_local_times() {
        let text = vtimezone(chrono_tz::Europe::Berlin, 2025);
        assert!(text.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
        ), "{text}");
        assert!(text.contains(
            "BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
        ), "{text}");
    }

    #[test]
    fn new_york_2026_changes_on_the_second_sunday_of_march_and_first_of_november() {
        let text = vtimezone(chrono_tz::America::New_York, 2026);
        assert!(
            text.contains("DTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400"),
            "{text}"
        );
        assert!(
            text.contains("DTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500"),
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
