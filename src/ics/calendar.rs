//! Events read from someone else's calendar (`plan::CalendarTime`) drawn as their publisher
//! wrote them: exact (CONFIRMED unless cancelled), in their own zone, with the rule, RDATE
//! and EXDATE they came with and no school holidays or end of teaching added. UNTIL is
//! written in the form DTSTART needs: a DATE for an all-day series, UTC for a timed one.
//! Moved instances were made events of their own by the importer, so no RECURRENCE-ID is
//! ever written (clients disagree on overrides inside subscribed feeds; separate events they
//! read alike).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

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
const MAX_STARTS: usize = 400;

/// Most occurrences one expansion walks, wherever they fall. The walk starts next to the
/// shown window (`restart`), so a month of a daily rule takes about 35; only a rule with a
/// COUNT that cannot be restarted walks from its DTSTART, and stops here whatever it found.
const MAX_STEPS: usize = 1_000;

/// Most periods (days of a daily rule, months of a monthly one, …) a kept rule may go
/// without an occurrence: a rule on 29 February waits eight years at a century (2,922
/// days). Each period is a step of the expander, so this bounds what one occurrence costs.
const MAX_GAP_PERIODS: i64 = 3_000;

/// How many occurrences the import looks at to see that a rule keeps giving them.
const CHECKED_OCCURRENCES: usize = 8;

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

/// Why a recurrence rule read from a calendar is not drawn.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("{0} gives no occurrence")]
    NoOccurrence(String),
    #[error(
        "{rule} goes {steps} periods without an occurrence (at most {MAX_GAP_PERIODS} are drawn)"
    )]
    TooSparse { rule: String, steps: i64 },
}

/// Whether a rule read from a calendar gives occurrences a page can afford to draw: at
/// least one, and none further than `MAX_GAP_PERIODS` periods from the one before (or from
/// DTSTART). Err says why not ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31" never occurs). A rule
/// the expander cannot read at all passes: the page draws its first day only.
///
/// # Errors
///
/// The rule never occurs, or goes too long between occurrences.
pub fn check_rule(
    start: NaiveDateTime,
    rule: &str,
    until: Option<NaiveDateTime>,
) -> Result<(), RuleError> {
    let Some(set) = rule_set(start, rule, until) else {
        return Ok(());
    };
    let parts = Rule::parse(rule);
    let occurrences: Vec<NaiveDate> = set
        .into_iter()
        .take(CHECKED_OCCURRENCES)
        .map(|t| t.naive_utc().date())
        .collect();
    if occurrences.is_empty() {
        return Err(RuleError::NoOccurrence(rule.to_string()));
    }
    let steps = std::iter::once(start.date())
        .chain(occurrences.iter().copied())
        .collect::<Vec<_>>()
        .windows(2)
        .map(|w| parts.periods_between(w[0], w[1]))
        .max()
        .unwrap_or(0);
    if steps > MAX_GAP_PERIODS {
        return Err(RuleError::TooSparse {
            rule: rule.to_string(),
            steps,
        });
    }
    Ok(())
}

/// The rule's starts around `first..=last`, expanded by the `rrule` crate in the event's
/// wall time (read as if it were UTC: the grid wants dates, and a zone's offset moves no
/// date written in it). The expansion restarts next to the window (never from a DTSTART of
/// 1900) and walks at most `MAX_STEPS` occurrences. A rule the crate refuses gives none: the
/// first day still shows.
fn rule_starts(
    c: &CalendarTime,
    rule: &str,
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<NaiveDateTime> {
    let after = first.pred_opt().unwrap_or(first).and_time(NaiveTime::MIN);
    let before = last
        .checked_add_signed(Duration::days(2))
        .unwrap_or(last)
        .and_time(NaiveTime::MIN);
    if c.until.is_some_and(|u| u < after) {
        return Vec::new();
    }
    let (start, rule) = match restart(c.start, &Rule::parse(rule), after.date()) {
        Restart::Unchanged => (c.start, rule.to_string()),
        Restart::From(start, rule) => (start, rule),
        Restart::Ended => return Vec::new(),
    };
    let Some(set) = rule_set(start, &rule, c.until) else {
        return Vec::new();
    };
    set.into_iter()
        .take(MAX_STEPS)
        .map(|t| t.naive_utc())
        .take_while(|t| *t < before)
        .filter(|t| *t >= after)
        .take(MAX_STARTS)
        .collect()
}

/// The crate's reading of a rule from `start` (wall time read as UTC), with the crate's
/// own limit on the periods one occurrence may take.
fn rule_set(
    start: NaiveDateTime,
    rule: &str,
    until: Option<NaiveDateTime>,
) -> Option<rrule::RRuleSet> {
    let until = until
        .map(|u| format!(";UNTIL={}Z", local_value(u)))
        .unwrap_or_default();
    let text = format!("DTSTART:{}Z\nRRULE:{rule}{until}", local_value(start));
    text.parse::<rrule::RRuleSet>()
        .ok()
        .map(rrule::RRuleSet::limit)
}

/// Where an expansion may start instead of DTSTART.
#[derive(Debug, PartialEq, Eq)]
enum Restart {
    Unchanged,
    /// This start and rule give the same occurrences from the window on.
    From(NaiveDateTime, String),
    /// A COUNT ran out before the window.
    Ended,
}

/// A stored rule's parts (`FREQ=DAILY;INTERVAL=2`), as the importer normalised them.
struct Rule<'a> {
    parts: Vec<(&'a str, &'a str)>,
}

impl<'a> Rule<'a> {
    fn parse(text: &'a str) -> Self {
        let parts = text.split(';').filter_map(|p| p.split_once('=')).collect();
        Rule { parts }
    }

    fn get(&self, key: &str) -> Option<&'a str> {
        self.parts.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    fn has(&self, keys: &[&str]) -> bool {
        self.parts.iter().any(|(k, _)| keys.contains(k))
    }

    fn interval(&self) -> i64 {
        self.get("INTERVAL")
            .and_then(|n| n.parse::<i64>().ok())
            .unwrap_or(1)
            .max(1)
    }

    /// Whole periods of the rule's frequency from `a` to `b`, counted in INTERVALs (the
    /// steps the expander takes).
    fn periods_between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let days = (b - a).num_days();
        let months =
            i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month());
        let periods = match self.get("FREQ") {
            Some("WEEKLY") => days / 7,
            Some("MONTHLY") => months,
            Some("YEARLY") => months / 12,
            _ => days,
        };
        periods / self.interval()
    }

    /// The rule has no BY part: one occurrence per period, so a COUNT counts periods.
    fn one_per_period(&self, start: NaiveDate) -> bool {
        let by = self.parts.iter().any(|(k, _)| k.starts_with("BY"));
        let every_month = start.day() <= 28;
        let every_year = !(start.month() == 2 && start.day() == 29);
        !by && match self.get("FREQ") {
            Some("MONTHLY") => every_month,
            Some("YEARLY") => every_year,
            _ => true,
        }
    }

    /// The parts DTSTART implies when the rule names no day (RFC 5545 §3.3.10: a monthly
    /// rule falls on DTSTART's day of the month, a yearly one on its month and day), written
    /// out so that a later start gives the same days.
    fn implied_by(&self, start: NaiveDate) -> String {
        if self.has(&["BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY"]) {
            return String::new();
        }
        match self.get("FREQ") {
            Some("MONTHLY") => format!(";BYMONTHDAY={}", start.day()),
            Some("YEARLY") if self.get("BYMONTH").is_some() => {
                format!(";BYMONTHDAY={}", start.day())
            }
            Some("YEARLY") => format!(";BYMONTH={};BYMONTHDAY={}", start.month(), start.day()),
            _ => String::new(),
        }
    }
}

/// The same series started at the last start of a period on or before `target` that is a
/// whole number of INTERVALs from DTSTART. Days and weeks move DTSTART itself; months and
/// years move to the period's first day with the day DTSTART implied written out. A COUNT
/// moves only when each period gives exactly one occurrence (then it shrinks by the periods
/// skipped).
fn restart(start: NaiveDateTime, rule: &Rule<'_>, target: NaiveDate) -> Restart {
    let day0 = start.date();
    if target <= day0 {
        return Restart::Unchanged;
    }
    let count = rule.get("COUNT").and_then(|n| n.parse::<i64>().ok());
    if count.is_some() && !rule.one_per_period(day0) {
        return Restart::Unchanged;
    }
    let interval = rule.interval();
    let skipped = rule.periods_between(day0, target);
    if skipped == 0 {
        return Restart::Unchanged;
    }
    let Ok(moved) = u32::try_from(skipped * interval) else {
        return Restart::Unchanged;
    };
    let first_of = |d: Option<NaiveDate>| d.and_then(|d| d.with_day(1));
    let (moved, implied) = match rule.get("FREQ") {
        Some("DAILY") => (
            day0.checked_add_days(chrono::Days::new(moved.into())),
            String::new(),
        ),
        Some("WEEKLY") => (
            day0.checked_add_days(chrono::Days::new(u64::from(moved) * 7)),
            String::new(),
        ),
        Some("MONTHLY") | Some("YEARLY") if count.is_some() => {
            let months = if rule.get("FREQ") == Some("YEARLY") {
                moved * 12
            } else {
                moved
            };
            (
                day0.checked_add_months(chrono::Months::new(months)),
                String::new(),
            )
        }
        Some("MONTHLY") => (
            first_of(day0.checked_add_months(chrono::Months::new(moved))),
            rule.implied_by(day0),
        ),
        Some("YEARLY") => (
            first_of(day0.checked_add_months(chrono::Months::new(moved * 12)))
                .and_then(|d| d.with_month(1)),
            rule.implied_by(day0),
        ),
        _ => (None, String::new()),
    };
    let Some(moved) = moved else {
        return Restart::Unchanged;
    };
    let kept: Vec<String> = rule
        .parts
        .iter()
        .filter(|(k, _)| *k != "COUNT")
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let mut text = kept.join(";") + &implied;
    if let Some(n) = count {
        if n <= skipped {
            return Restart::Ended;
        }
        text.push_str(&format!(";COUNT={}", n - skipped));
    }
    Restart::From(moved.and_time(start.time()), text)
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

    /// The days a rule gives in `first..=last` walked from its DTSTART, however long that
    /// takes: what a restarted expansion must agree with.
    fn walked_from_dtstart(c: &CalendarTime, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        let rule = c.rrule.as_deref().unwrap_or_default();
        let at = |d: NaiveDate| rrule::Tz::UTC.from_utc_datetime(&d.and_time(NaiveTime::MIN));
        let mut days: Vec<NaiveDate> = rule_set(c.start, rule, c.until)
            .map(|set| {
                set.after(at(first))
                    .before(at(last.succ_opt().unwrap()))
                    .all(u16::MAX)
            })
            .map(|r| r.dates.into_iter().map(|t| t.naive_utc().date()).collect())
            .unwrap_or_default();
        days.extend(std::iter::once(c.start.date()).filter(|d| (first..=last).contains(d)));
        days.sort_unstable();
        days.dedup();
        days
    }

    #[test]
    fn a_series_restarted_next_to_the_window_gives_the_days_its_dtstart_gives() {
        let rules = [
            "FREQ=DAILY",
            "FREQ=DAILY;INTERVAL=3",
            "FREQ=DAILY;BYDAY=MO,FR",
            "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29",
            "FREQ=WEEKLY",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
            "FREQ=WEEKLY;COUNT=300;BYDAY=MO,WE",
            "FREQ=MONTHLY",
            "FREQ=MONTHLY;INTERVAL=5",
            "FREQ=MONTHLY;BYDAY=-1FR",
            "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=2",
            "FREQ=MONTHLY;COUNT=150",
            "FREQ=DAILY;COUNT=5000",
            "FREQ=YEARLY",
            "FREQ=YEARLY;INTERVAL=3;BYMONTH=3",
            "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
            "FREQ=YEARLY;COUNT=12",
        ];
        let starts = ["2015-01-31 10:00", "2020-02-29 15:30", "2024-12-31 08:00"];
        let months = [
            ("2025-03-01", "2025-03-31"),
            ("2028-02-01", "2028-02-29"),
            ("2031-12-01", "2031-12-31"),
        ];
        for rule in rules {
            for start in starts {
                let c = CalendarTime {
                    rrule: Some(rule.into()),
                    until: None,
                    exdates: Vec::new(),
                    rdates: Vec::new(),
                    start: at(start),
                    end: at(start),
                    ..series()
                };
                for (first, last) in months.map(|(a, b)| (day(a), day(b))) {
                    assert_eq!(
                        start_days_between(&c, first, last),
                        walked_from_dtstart(&c, first, last),
                        "{rule} from {start} in {first}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_daily_series_from_1900_is_walked_from_the_window_not_from_1900() {
        let c = CalendarTime {
            rrule: Some("FREQ=DAILY".into()),
            until: None,
            exdates: Vec::new(),
            rdates: Vec::new(),
            start: at("1900-01-01 00:00"),
            end: at("1900-01-02 00:00"),
            all_day: true,
            ..series()
        };
        let far = start_days_between(&c, day("2200-01-01"), day("2200-01-31"));
        assert_eq!(far.len(), 31);
        assert_eq!(far.first(), Some(&day("2200-01-01")));
        // What the walk restarts from: a whole number of days from DTSTART, before the window.
        let moved = restart(
            c.start,
            &Rule::parse("FREQ=DAILY;INTERVAL=7"),
            day("2025-09-10"),
        );
        assert_eq!(
            moved,
            Restart::From(at("2025-09-08 00:00"), "FREQ=DAILY;INTERVAL=7".into())
        );
        let counted = restart(
            c.start,
            &Rule::parse("FREQ=DAILY;COUNT=10"),
            day("2025-09-10"),
        );
        assert_eq!(counted, Restart::Ended, "ten days in 1900");
    }

    #[test]
    fn rules_that_never_or_hardly_ever_occur_are_refused_and_rare_ones_kept() {
        let start = at("2025-01-01 10:00");
        let never = check_rule(start, "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", None);
        assert!(
            never.is_err_and(|e| matches!(e, RuleError::NoOccurrence(_))),
            "31 February"
        );
        let offbeat = check_rule(start, "FREQ=DAILY;INTERVAL=7;BYDAY=TU", None);
        assert!(
            offbeat.is_err(),
            "every seventh day from a Wednesday is never a Tuesday"
        );
        let ended = check_rule(
            start,
            "FREQ=MONTHLY;BYMONTHDAY=30",
            Some(at("2025-01-20 00:00")),
        );
        assert!(ended.is_err(), "its UNTIL comes before its first day");
        assert!(
            check_rule(start, "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29", None).is_ok(),
            "leap days"
        );
        assert!(check_rule(start, "FREQ=MONTHLY;BYDAY=-1FR", None).is_ok());
        assert!(check_rule(at("1900-01-01 00:00"), "FREQ=DAILY", None).is_ok());
        let sparse = check_rule(start, "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", None);
        assert!(
            matches!(sparse, Err(RuleError::TooSparse { .. })),
            "a Monday 29 February comes every 28 years: {sparse:?}"
        );
    }
}
