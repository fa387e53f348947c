//! Events read from someone else's calendar (`plan::CalendarTime`) drawn as their publisher
//! wrote them: exact (CONFIRMED unless cancelled), in their own zone, with the rule, RDATE
//! and EXDATE they came with and no school holidays or end of teaching added. UNTIL is
//! written in the form DTSTART needs: a DATE for an all-day series, UTC for a timed one.
//! Moved instances were made events of their own by the importer, so no RECURRENCE-ID is
//! ever written (clients disagree on overrides inside subscribed feeds; separate events they
//! read alike).

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use super::{Drawing, Start, date_value, local_value, utc_stamp, writer};
use crate::plan::CalendarTime;

/// The one VEVENT a calendar event becomes; `org_tz` reads floating times.
pub(super) fn drawing(c: &CalendarTime, org_tz: chrono_tz::Tz) -> Drawing {
    let zone = c
        .zone
        .as_deref()
        .and_then(|z| z.parse::<chrono_tz::Tz>().ok())
        .unwrap_or(org_tz);
    let start = if c.all_day {
        let first = c.start.date();
        let last = c.end.date().pred_opt().unwrap_or(first).max(first);
        Start::Days(first, last)
    } else {
        Start::Timed(c.start, c.end.max(c.start))
    };
    let rrule = c.rrule.as_ref().map(|rule| match c.until {
        Some(until) if c.all_day => format!("{rule};UNTIL={}", date_value(until.date())),
        Some(until) => format!("{rule};UNTIL={}", utc_stamp(in_utc(until, zone))),
        None => rule.clone(),
    });
    Drawing {
        start,
        exact: true,
        rrule,
        zone: Some(zone),
        rdates: c.rdates.clone(),
        exdate_times: c.exdates.clone(),
        ..Drawing::default()
    }
}

/// Most starts one month of a rule may give (a daily rule on every day is 31).
const MAX_STARTS: u16 = 400;

/// The local days a calendar event starts on within `first..=last`: its DTSTART, its rule's
/// occurrences, its RDATEs, less its EXDATEs. The days a client draws from its feed, for the
/// page's month grid.
pub fn start_days_between(c: &CalendarTime, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut starts: Vec<NaiveDateTime> = std::iter::once(c.start)
        .chain(c.rdates.iter().copied())
        .collect();
    if let Some(rule) = &c.rrule {
        starts.extend(rule_starts(c, rule, first, last));
    }
    let mut days: Vec<NaiveDate> = starts
        .into_iter()
        .filter(|t| !c.exdates.contains(t))
        .map(|t| t.date())
        .filter(|d| (first..=last).contains(d))
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// The rule's starts around `first..=last`, expanded by the `rrule` crate in the event's
/// wall time (read as if it were UTC: the grid wants dates, and a zone's offset moves no
/// date written in it). A rule the crate refuses gives none: the first day still shows.
fn rule_starts(
    c: &CalendarTime,
    rule: &str,
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<NaiveDateTime> {
    let until = c
        .until
        .map(|u| format!(";UNTIL={}Z", local_value(u)))
        .unwrap_or_default();
    let text = format!("DTSTART:{}Z\nRRULE:{rule}{until}", local_value(c.start));
    let Ok(set) = text.parse::<rrule::RRuleSet>() else {
        return Vec::new();
    };
    let at = |d: NaiveDate| rrule::Tz::UTC.from_utc_datetime(&d.and_time(NaiveTime::MIN));
    let before = last.checked_add_signed(Duration::days(2)).unwrap_or(last);
    set.after(at(first.pred_opt().unwrap_or(first)))
        .before(at(before))
        .all(MAX_STARTS)
        .dates
        .into_iter()
        .map(|t| t.naive_utc())
        .collect()
}

/// The instant a local time in `zone` is (the later reading of a skipped hour, the earlier
/// of a repeated one).
fn in_utc(local: NaiveDateTime, zone: chrono_tz::Tz) -> chrono::DateTime<Utc> {
    zone.from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            zone.from_local_datetime(&(local + chrono::Duration::hours(1)))
                .earliest()
        })
        .map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc))
}

/// RDATE and EXDATE of a calendar event, in DTSTART's value type.
pub(super) fn write_dates(out: &mut String, d: &Drawing, tz: chrono_tz::Tz) {
    for (name, list) in [("RDATE", &d.rdates), ("EXDATE", &d.exdate_times)] {
        if list.is_empty() {
            continue;
        }
        match d.start {
            Start::Days(..) => {
                let days: Vec<String> = list.iter().map(|t| date_value(t.date())).collect();
                writer::raw(out, &format!("{name};VALUE=DATE"), &days.join(","));
            }
            Start::Timed(..) => {
                let times: Vec<String> = list.iter().map(|t| local_value(*t)).collect();
                writer::raw(out, &format!("{name};TZID={}", tz.name()), &times.join(","));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ics::{CalendarMeta, FeedEvent, RenderOptions, render};

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn event(c: CalendarTime) -> FeedEvent {
        FeedEvent {
            uid: "ours@plancal".into(),
            title: "Клуб чтения".into(),
            timing_text: "2025-09-04 15:00".into(),
            calendar: Some(c),
            tz: chrono_tz::Asia::Ho_Chi_Minh,
            ..FeedEvent::default()
        }
    }

    fn series() -> CalendarTime {
        CalendarTime {
            uid: "s@google.com".into(),
            start: at("2025-09-04 15:00"),
            end: at("2025-09-04 16:00"),
            all_day: false,
            zone: Some("Europe/Moscow".into()),
            rrule: Some("FREQ=WEEKLY;BYDAY=TH".into()),
            until: Some(at("2025-12-25 15:00")),
            rdates: Vec::new(),
            exdates: vec![at("2025-09-11 15:00")],
        }
    }

    #[test]
    fn a_series_is_written_in_its_own_zone_with_until_in_utc_and_its_exdates() {
        let text = render(
            &CalendarMeta::default(),
            &[event(series())],
            &RenderOptions::default(),
        )
        .text;
        assert!(text.contains("UID:ours@plancal\r\n"), "{text}");
        assert!(text.contains("DTSTART;TZID=Europe/Moscow:20250904T150000\r\n"));
        assert!(text.contains("DTEND;TZID=Europe/Moscow:20250904T160000\r\n"));
        assert!(text.contains("RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20251225T120000Z\r\n"));
        assert!(text.contains("EXDATE;TZID=Europe/Moscow:20250911T150000\r\n"));
        assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Moscow\r\n"));
        assert!(text.contains("STATUS:CONFIRMED\r\n"));
        assert!(
            text.contains("SUMMARY:Клуб чтения\r\n"),
            "no brackets: {text}"
        );
        assert!(
            !text.contains("Ho_Chi_Minh"),
            "the organization's zone is not used"
        );
    }

    #[test]
    fn an_all_day_event_is_dates_and_a_floating_one_takes_the_organizations_zone() {
        let all_day = CalendarTime {
            start: at("2025-11-01 00:00"),
            end: at("2025-11-03 00:00"),
            all_day: true,
            zone: None,
            rrule: Some("FREQ=YEARLY".into()),
            until: Some(at("2027-11-01 00:00")),
            exdates: vec![at("2026-11-01 00:00")],
            ..series()
        };
        let text = render(
            &CalendarMeta::default(),
            &[event(all_day)],
            &RenderOptions::default(),
        )
        .text;
        assert!(text.contains("DTSTART;VALUE=DATE:20251101\r\nDTEND;VALUE=DATE:20251103\r\n"));
        assert!(text.contains("RRULE:FREQ=YEARLY;UNTIL=20271101\r\n"));
        assert!(text.contains("EXDATE;VALUE=DATE:20261101\r\n"));
        let floating = CalendarTime {
            zone: None,
            rrule: None,
            until: None,
            exdates: Vec::new(),
            rdates: vec![at("2025-09-20 10:00")],
            ..series()
        };
        let text = render(
            &CalendarMeta::default(),
            &[event(floating)],
            &RenderOptions::default(),
        )
        .text;
        assert!(text.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20250904T150000\r\n"));
        assert!(text.contains("RDATE;TZID=Asia/Ho_Chi_Minh:20250920T100000\r\n"));
        assert!(!text.contains("RRULE"));
    }

    fn day(text: &str) -> chrono::NaiveDate {
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn a_series_starts_on_the_days_its_rule_gives_less_its_exdates() {
        let september = start_days_between(&series(), day("2025-09-01"), day("2025-09-30"));
        let thursdays = ["2025-09-04", "2025-09-18", "2025-09-25"].map(day);
        assert_eq!(september, thursdays, "the 11th is an EXDATE");
        // UNTIL ends it: the 25th of December is its last Thursday.
        let december = start_days_between(&series(), day("2025-12-01"), day("2026-01-31"));
        assert_eq!(
            december,
            ["2025-12-04", "2025-12-11", "2025-12-18", "2025-12-25"].map(day)
        );
        // Before the first occurrence: nothing.
        assert!(start_days_between(&series(), day("2025-08-01"), day("2025-08-31")).is_empty());
    }

    #[test]
    fn ordinals_counts_and_rdates_come_out_as_a_client_reads_them() {
        let last_friday = CalendarTime {
            rrule: Some("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3".into()),
            until: None,
            exdates: Vec::new(),
            rdates: vec![at("2025-10-01 10:00")],
            start: at("2025-09-26 15:00"),
            end: at("2025-09-26 16:00"),
            ..series()
        };
        let autumn = start_days_between(&last_friday, day("2025-09-01"), day("2025-12-31"));
        let expected = ["2025-09-26", "2025-10-01", "2025-10-31", "2025-11-28"].map(day);
        assert_eq!(autumn, expected, "three by COUNT, and the RDATE");
        // A rule the expander refuses still shows its first day.
        let broken = CalendarTime {
            rrule: Some("FREQ=WEEKLY;BYDAY=XX".into()),
            ..series()
        };
        let days = start_days_between(&broken, day("2025-09-01"), day("2025-09-30"));
        assert_eq!(days, [day("2025-09-04")]);
    }
}
