//! Events read from someone else's calendar (`plan::CalendarTime`) drawn as their publisher
//! wrote them: exact (CONFIRMED unless cancelled), in their own zone, with the rule, RDATE
//! and EXDATE they came with and no school holidays or end of teaching added. UNTIL is
//! written in the form DTSTART needs: a DATE for an all-day series, UTC for a timed one.
//! Moved instances were made events of their own by the importer, so no RECURRENCE-ID is
//! ever written (clients disagree on overrides inside subscribed feeds; separate events they
//! read alike).

use chrono::{NaiveDateTime, TimeZone, Utc};

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
}
