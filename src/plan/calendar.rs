//! The exact time of an event read from someone else's calendar (an .ics file imported as a
//! plan, or a partner's published feed an organization follows): its publisher's UID, its
//! start and end in its own zone, and its repetition as RFC 5545 says it. Plan rows carry a
//! fuzzy `Timing` the normaliser derived from words; a calendar event carries this instead,
//! and feeds draw it as written (no school holidays added, no end of teaching assumed).
//!
//! Times are local wall times in `zone` (midnight for all-day events), so a series keeps its
//! hour across daylight-saving changes the way its publisher's calendar does.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarTime {
    /// The publisher's UID; for one moved instance of a series, the series' UID with
    /// ";RECURRENCE-ID=…" after it. What a re-import or the next fetch recognises the event
    /// by (`plan::matching`), never shown as our own UID.
    pub uid: String,
    /// First occurrence: local wall time in `zone` (midnight for an all-day event).
    pub start: NaiveDateTime,
    /// Its end, exclusive (for an all-day event the midnight after its last day).
    pub end: NaiveDateTime,
    #[serde(default)]
    pub all_day: bool,
    /// An IANA zone name ("Europe/Moscow", "UTC"); None for floating times, which are read in
    /// the zone of the organization whose feed shows them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// The repetition without UNTIL ("FREQ=WEEKLY;BYDAY=TH"), every part checked and
    /// written in one order by the importer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrule: Option<String>,
    /// The last start the rule allows, local in `zone`: UNTIL is written from it in the form
    /// DTSTART needs (a DATE, or UTC for a timed series).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDateTime>,
    /// Extra occurrences (RDATE), local in `zone`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rdates: Vec<NaiveDateTime>,
    /// Occurrences left out (EXDATE, and instances the publisher cancelled or moved).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exdates: Vec<NaiveDateTime>,
}

impl CalendarTime {
    /// The last day the event (or its series, as far as it is bounded) covers, for date
    /// filters. An unbounded series reaches `open_end`.
    pub(crate) fn last_day(&self, open_end: NaiveDate) -> NaiveDate {
        let own_last = if self.all_day {
            self.end
                .date()
                .pred_opt()
                .unwrap_or(self.end.date())
                .max(self.start.date())
        } else {
            self.end.date().max(self.start.date())
        };
        if self.rrule.is_none() {
            let rdate_last = self.rdates.iter().map(|d| d.date()).max();
            return rdate_last.map_or(own_last, |d| d.max(own_last));
        }
        match self.until {
            Some(until) => until.date().max(own_last),
            None => open_end.max(own_last),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn an_all_day_event_ends_the_day_before_its_exclusive_end() {
        let c = CalendarTime {
            uid: "a".into(),
            start: at("2025-10-10 00:00"),
            end: at("2025-10-12 00:00"),
            all_day: true,
            zone: None,
            rrule: None,
            until: None,
            rdates: Vec::new(),
            exdates: Vec::new(),
        };
        let far = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        assert_eq!(
            c.last_day(far),
            NaiveDate::from_ymd_opt(2025, 10, 11).unwrap()
        );
        let series = CalendarTime {
            rrule: Some("FREQ=WEEKLY".into()),
            ..c.clone()
        };
        assert_eq!(series.last_day(far), far);
    }
}
