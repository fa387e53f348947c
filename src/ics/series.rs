//! A repeating plan row as the days it falls on: the one expansion the feeds (RRULE with
//! holiday EXDATEs, `recurring_drawing`) and the month grid of the calendar page
//! (`web::calendar`) share, so a page never shows a Friday the subscribed calendar skips.
//!
//! A series starts on its first real occurrence inside the timing's window and stops when
//! teaching does (or the window, if shorter). Its days are exact when the rule names them
//! (daily, or weekdays given); then the school holidays of the owner's locale (`terms`)
//! that it meets are left out (EXDATE), and a series that would begin in a holiday begins
//! after it. A plain "monthly" or "termly" ("1 раз в месяц", "ежемесячно", "1 lần/tháng")
//! and a plain yearly one ("1 ngày/ 1 năm") are a reminder, not exact, on the first working
//! day of each period (`period_days`: never 1 January, a weekend or a school holiday, which
//! a plain FREQ=MONTHLY on the window's first day would hit: Saturday 1 November, Sunday
//! 1 February). "Weekly" with no day named is no series.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::terms::{self, SchoolCalendar};
use crate::timing::{Flag, Freq, Lang, Recurrence, Timing, TimingKind, last_day_of_month};

/// The days a repeating event falls on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    pub(super) recurrence: Recurrence,
    pub(super) days: Vec<ByDay>,
    /// The first occurrence.
    pub dtstart: NaiveDate,
    /// No occurrence after this day (unless the plan gave a COUNT).
    pub last: NaiveDate,
    /// The days are the plan's (not a reminder for a period).
    pub exact: bool,
    /// The plan says how many times (COUNT) rather than until when.
    by_count: bool,
    /// Occurrences left out: the school holidays the series meets.
    pub exdates: Vec<NaiveDate>,
    /// A plain monthly or termly reminder's days, one a period (`period_days`); empty for
    /// a rule that names its days, whose occurrences the RRULE gives.
    pub(super) periods: Vec<NaiveDate>,
}

impl Series {
    /// The series of a recurring timing, with the school holidays of `locale` (the owner
    /// organization's), as the owner's feeds draw it; None when the timing does not repeat
    /// or its days would have to be invented.
    pub fn of(w: &Timing, locale: Lang) -> Option<Series> {
        if w.kind() != TimingKind::Recurring {
            return None;
        }
        let (first, last) = (w.start()?, w.end()?);
        Series::within(w, first.min(last), first.max(last), terms::of(locale))
    }

    /// The series of `w` inside `first..=last`, skipping `cal`'s holidays.
    pub(super) fn within(
        w: &Timing,
        first: NaiveDate,
        last: NaiveDate,
        cal: &SchoolCalendar,
    ) -> Option<Series> {
        let r = w.recurrence()?;
        let days = bydays(r);
        if r.freq == Freq::Weekly && days.is_empty() {
            return None;
        }
        let exact = !w.flags.contains(&Flag::Tentative)
            && (r.freq == Freq::Daily || (!days.is_empty() && r.freq != Freq::Termly));
        let by_count = r.count.is_some_and(|c| c > 0);
        // A school-year window stops when teaching does; a summer window ("в июне") is its own.
        let last = match cal.teaching_end(first) {
            Some(end) if first <= end && end < last => end,
            _ => last,
        };
        let recurrence = per_term(r, cal);
        let periods = match period_months(&recurrence, &days) {
            Some(months) => {
                let all = period_days(first, last, months, cal);
                let count = recurrence
                    .count
                    .filter(|_| by_count)
                    .map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX));
                all.into_iter().take(count).collect()
            }
            None => Vec::new(),
        };
        let mut series = Series {
            recurrence,
            dtstart: match periods.first() {
                Some(day) => *day,
                None => first_occurrence(first, &days)?,
            },
            days,
            last,
            exact,
            by_count,
            exdates: Vec::new(),
            periods,
        };
        if exact && !by_count {
            series.skip_holidays(cal)?;
        }
        if series.dtstart > last && !by_count {
            return None;
        }
        Some(series)
    }

    /// Leaves out the holidays' occurrences (only the holidays' days are walked, not the
    /// whole year); the first occurrence outside them becomes the start (clients disagree
    /// on an EXDATE of DTSTART itself), which with interval 1 keeps the pattern.
    fn skip_holidays(&mut self, cal: &SchoolCalendar) -> Option<()> {
        let (dtstart, last) = (self.dtstart, self.last);
        let holidays = cal.holidays_between(dtstart, last);
        let in_holiday = |d: NaiveDate| holidays.iter().any(|(a, b)| *a <= d && d <= *b);
        let mut exdates = Vec::new();
        for (from, to) in &holidays {
            let mut day = (*from).max(dtstart);
            while day <= (*to).min(last) {
                if self.occurs_on(day) {
                    exdates.push(day);
                }
                day = day.succ_opt()?;
            }
        }
        exdates.sort_unstable();
        exdates.dedup();
        if self.recurrence.interval <= 1
            && exdates.first() == Some(&dtstart)
            && let Some(next) = (0..400)
                .filter_map(|i| dtstart.checked_add_signed(Duration::days(i)))
                .take_while(|d| *d <= last)
                .find(|d| self.occurs_on(*d) && !in_holiday(*d))
        {
            self.dtstart = next;
        }
        let start = self.dtstart;
        exdates.retain(|d| *d > start);
        self.exdates = exdates;
        Some(())
    }

    fn occurs_on(&self, d: NaiveDate) -> bool {
        occurs_on(&self.recurrence, &self.days, self.dtstart, d)
    }

    /// The days in `from..=to` the series falls on, holidays left out: what a calendar
    /// client subscribed to the feed shows on those days.
    pub fn days_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        if !self.periods.is_empty() {
            return self
                .periods
                .iter()
                .copied()
                .filter(|d| from <= *d && *d <= to)
                .collect();
        }
        // A COUNT runs from the start whatever the window; four years of days at most.
        let count = self.recurrence.count.filter(|_| self.by_count);
        let end = match count {
            Some(_) => to.min(self.dtstart + Duration::days(4 * 366)),
            None => to.min(self.last),
        };
        let mut day = if count.is_some() {
            self.dtstart
        } else {
            from.max(self.dtstart)
        };
        let (mut out, mut seen) = (Vec::new(), 0u32);
        while day <= end {
            if self.occurs_on(day) && !self.exdates.contains(&day) {
                seen += 1;
                if count.is_some_and(|n| seen > n) {
                    break;
                }
                if day >= from {
                    out.push(day);
                }
            }
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
        }
        out
    }
}

/// One BYDAY entry: an optional ordinal ("2MO", "-1SU") and a weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct ByDay {
    pub(super) ordinal: Option<i8>,
    pub(super) weekday: Weekday,
}

impl ByDay {
    const CODES: [(&'static str, Weekday); 7] = [
        ("MO", Weekday::Mon),
        ("TU", Weekday::Tue),
        ("WE", Weekday::Wed),
        ("TH", Weekday::Thu),
        ("FR", Weekday::Fri),
        ("SA", Weekday::Sat),
        ("SU", Weekday::Sun),
    ];

    /// Reads an RFC 5545 BYDAY value; anything else is None, so no garbage reaches a client.
    pub(super) fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let split = text.len().checked_sub(2)?;
        let (number, code) = (text.get(..split)?, text.get(split..)?);
        let weekday = Self::CODES
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, w)| *w)?;
        let ordinal = if number.is_empty() {
            None
        } else {
            let n: i8 = number.parse().ok()?;
            (n != 0 && (-5..=5).contains(&n)).then_some(n)?;
            Some(n)
        };
        Some(ByDay { ordinal, weekday })
    }

    pub(super) fn code(self) -> String {
        let day = Self::CODES
            .iter()
            .find(|(_, w)| *w == self.weekday)
            .map_or("MO", |(c, _)| c);
        match self.ordinal {
            Some(n) => format!("{n}{day}"),
            None => day.to_string(),
        }
    }

    pub(super) fn matches(self, d: NaiveDate) -> bool {
        if d.weekday() != self.weekday {
            return false;
        }
        match self.ordinal {
            None => true,
            // The week of the month counted from its start (n > 0) or its end (n < 0).
            Some(n) if n > 0 => d.day0() / 7 + 1 == u32::from(n.unsigned_abs()),
            Some(n) => {
                (last_day_of_month(d).day() - d.day()) / 7 + 1 == u32::from(n.unsigned_abs())
            }
        }
    }
}

/// "Once a term" in the owner's school year: so many months apart as its terms are long
/// (`SchoolCalendar::months_per_term`: "1 lần/1 kỳ" is twice a Vietnamese school year, not
/// four times). Other rules stay as they are.
fn per_term(r: &Recurrence, cal: &SchoolCalendar) -> Recurrence {
    match r.freq {
        Freq::Termly => Recurrence {
            freq: Freq::Monthly,
            interval: r.interval.max(1).saturating_mul(cal.months_per_term),
            ..r.clone()
        },
        _ => r.clone(),
    }
}

/// How many months apart a plain periodic reminder falls (a monthly or termly rule that
/// names no day, or a yearly one: "1 ngày/ 1 năm"); None for a rule whose days the RRULE
/// gives.
pub(super) fn period_months(r: &Recurrence, days: &[ByDay]) -> Option<u32> {
    let interval = r.interval.max(1);
    match r.freq {
        Freq::Monthly | Freq::Termly if days.is_empty() => Some(interval),
        Freq::Yearly => Some(interval.saturating_mul(12)),
        _ => None,
    }
}

/// The days a plain periodic reminder falls on: for each period of `months` months from
/// the month `first` is in, the first working day (`super::first_working_day`: no weekend,
/// no school holiday, so no 1 January) of its part inside `first..=last`. A period that
/// begins after `last` ends the list.
pub(super) fn period_days(
    first: NaiveDate,
    last: NaiveDate,
    months: u32,
    cal: &SchoolCalendar,
) -> Vec<NaiveDate> {
    let months = months.max(1);
    let mut out = Vec::new();
    let mut start = first.with_day(1);
    // A school year has twelve months; the cap only bounds a window an outsider wrote.
    while let Some(period) = start.filter(|p| *p <= last && out.len() < 120) {
        let next = period.checked_add_months(chrono::Months::new(months));
        let end = next.and_then(|n| n.pred_opt()).unwrap_or(last).min(last);
        let from = period.max(first);
        if from <= end {
            out.push(super::first_working_day(from, end, cal));
        }
        start = next;
    }
    out
}

/// The rule's frequency in RFC 5545 terms and whether ordinal BYDAY values fit it.
/// "Termly" (once a term) is written as FREQ=MONTHLY;INTERVAL=3 when asked of a bare rule;
/// a `Series` has already made it monthly by its owner's term length (`per_term`).
pub(super) fn freq_of(r: &Recurrence) -> (&'static str, u32, bool) {
    let interval = r.interval.max(1);
    match r.freq {
        Freq::Daily => ("DAILY", interval, false),
        Freq::Weekly => ("WEEKLY", interval, false),
        Freq::Monthly => ("MONTHLY", interval, true),
        Freq::Yearly => ("YEARLY", interval, false),
        Freq::Termly => ("MONTHLY", interval.saturating_mul(3), true),
    }
}

/// The BYDAY entries the rule may carry (yearly rules carry none: "2MO" in a yearly rule
/// without BYMONTH would mean the second Monday of the year).
fn bydays(r: &Recurrence) -> Vec<ByDay> {
    let (_, _, ordinals_allowed) = freq_of(r);
    if r.freq == Freq::Yearly {
        return Vec::new();
    }
    r.byday
        .iter()
        .flatten()
        .filter_map(|code| ByDay::parse(code))
        .filter(|b| ordinals_allowed || b.ordinal.is_none())
        .collect()
}

/// Whether `d` is an occurrence of the series that starts on `dtstart` (weeks start on
/// Monday, as RFC 5545's default WKST says). Used to find which holidays the series
/// actually meets, so EXDATE lists only real occurrences.
pub(super) fn occurs_on(r: &Recurrence, days: &[ByDay], dtstart: NaiveDate, d: NaiveDate) -> bool {
    let (_, interval, _) = freq_of(r);
    let interval = i64::from(interval.max(1));
    if d < dtstart {
        return false;
    }
    let months = |a: NaiveDate, b: NaiveDate| {
        i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month())
    };
    match r.freq {
        Freq::Daily => (d - dtstart).num_days() % interval == 0,
        Freq::Weekly => {
            let monday =
                |x: NaiveDate| x - Duration::days(i64::from(x.weekday().num_days_from_monday()));
            let weeks = (monday(d) - monday(dtstart)).num_days() / 7;
            let on_day = if days.is_empty() {
                d.weekday() == dtstart.weekday()
            } else {
                days.iter().any(|b| b.weekday == d.weekday())
            };
            weeks % interval == 0 && on_day
        }
        Freq::Monthly | Freq::Termly => {
            let on_day = if days.is_empty() {
                d.day() == dtstart.day()
            } else {
                days.iter().any(|b| b.matches(d))
            };
            months(dtstart, d) % interval == 0 && on_day
        }
        Freq::Yearly => {
            i64::from(d.year() - dtstart.year()) % interval == 0
                && d.month() == dtstart.month()
                && d.day() == dtstart.day()
        }
    }
}

/// The first day on or after `from` that the rule's BYDAY names, so DTSTART is itself an
/// occurrence: RFC 5545 counts DTSTART as one even when the rule does not, and clients
/// differ on that, so an off-rule DTSTART would give them different occurrence counts.
fn first_occurrence(from: NaiveDate, days: &[ByDay]) -> Option<NaiveDate> {
    if days.is_empty() {
        return Some(from);
    }
    // Any BYDAY set (even "5SU") matches within a year and a bit.
    (0..400)
        .filter_map(|i| from.checked_add_signed(Duration::days(i)))
        .find(|d| days.iter().any(|b| b.matches(*d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn termly() -> Timing {
        serde_json::from_value(serde_json::json!({
            "input": "1 lần/1 kỳ", "kind": "recurring", "start": "2024-09-01",
            "end": "2025-08-31", "precision": "term",
            "recurrence": {"freq": "termly", "interval": 1, "count": null, "byday": null},
            "flags": [], "warnings": []
        }))
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    fn monthly(words: &str, byday: Option<&str>) -> Timing {
        serde_json::from_value(serde_json::json!({
            "input": words, "kind": "recurring", "start": "2025-09-01",
            "end": "2026-08-31", "precision": "month",
            "recurrence": {"freq": "monthly", "interval": 1, "count": null,
                           "byday": byday.map(|d| vec![d])},
            "flags": [], "warnings": []
        }))
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn working(lang: Lang, d: NaiveDate) -> bool {
        d.weekday().number_from_monday() <= 5 && terms::of(lang).holidays_between(d, d).is_empty()
    }

    #[test]
    fn a_monthly_reminder_falls_on_each_months_first_working_day() {
        let ru = Series::of(&monthly("1 раз в месяц", None), Lang::Ru).unwrap();
        let days = ru.days_between(day("2025-09-01"), day("2026-08-31"));
        // September to May (teaching ends): Saturday 1 November and the autumn holidays
        // give way to Wednesday the 5th, the winter holidays to 12 January, Sunday
        // 1 February and 1 March to the Mondays after them.
        assert_eq!(
            days,
            [
                "2025-09-01",
                "2025-10-01",
                "2025-11-05",
                "2025-12-01",
                "2026-01-12",
                "2026-02-02",
                "2026-03-02",
                "2026-04-01",
                "2026-05-04"
            ]
            .map(day)
        );
        assert_eq!(ru.dtstart, day("2025-09-01"));
        for lang in [Lang::Ru, Lang::Vi, Lang::En] {
            let s = Series::of(&monthly("ежемесячно", None), lang).unwrap();
            let days = s.days_between(day("2025-09-01"), day("2026-08-31"));
            assert!(days.len() >= 9, "{lang:?}: {days:?}");
            for d in days {
                assert!(working(lang, d), "{lang:?}: {d}");
                assert!(!(d.month() == 1 && d.day() == 1), "{lang:?}: {d}");
            }
        }
        // "1 lần/tháng": 2 September (Quốc khánh) and 1 January are days off in Vietnam.
        let vi = Series::of(&monthly("1 lần/tháng", None), Lang::Vi).unwrap();
        let days = vi.days_between(day("2025-09-01"), day("2026-01-31"));
        assert_eq!(days.first(), Some(&day("2025-09-01")));
        assert_eq!(days.last(), Some(&day("2026-01-02")));
    }

    #[test]
    fn a_monthly_rule_that_names_its_day_keeps_it() {
        let s = Series::of(&monthly("во второй понедельник", Some("2MO")), Lang::Ru).unwrap();
        assert!(s.periods.is_empty());
        assert_eq!(s.dtstart, day("2025-09-08"));
    }

    #[test]
    fn period_days_cut_to_the_window() {
        let ru = terms::of(Lang::Ru);
        // A window from the 15th: its first period begins there; every third month.
        assert_eq!(
            period_days(day("2025-11-15"), day("2026-05-31"), 3, ru),
            ["2025-11-17", "2026-02-02", "2026-05-04"].map(day)
        );
        assert!(period_days(day("2025-11-15"), day("2025-11-01"), 1, ru).is_empty());
    }

    #[test]
    fn once_a_term_follows_the_owners_school_year() {
        let w = termly();
        let year = |lang| {
            let s = Series::of(&w, lang).unwrap();
            let from = NaiveDate::from_ymd_opt(2024, 9, 1).unwrap();
            let to = NaiveDate::from_ymd_opt(2025, 8, 31).unwrap();
            s.days_between(from, to)
        };
        // A Vietnamese school year has two học kỳ: twice, not four times.
        assert_eq!(year(Lang::Vi).len(), 2, "{:?}", year(Lang::Vi));
        // A Russian one has four четверти: September, December, March.
        assert_eq!(year(Lang::Ru).len(), 3, "{:?}", year(Lang::Ru));
    }
}
