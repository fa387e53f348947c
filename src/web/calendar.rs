//! Where an event goes on the calendar, decided once from its pinned date or normalised
//! timing: on its days (exact, or a short inexact span drawn hatched), as a deadline, in a
//! month's "no exact date" list (a month, a term, a recurrence), in the year-long list, or
//! in the undated list — never on 1 September because a plan said "в течение года".
//! Also the month grid (weeks of days, Monday first) and the owners' colours.

use chrono::{Datelike, Duration, Months, NaiveDate};

use crate::ics::{Series, colors, start_days_between};
use crate::plan::{CalendarTime, Pinned};
use crate::timing::{Precision, Timing, TimingKind, last_day_of_month};

/// Inexact spans up to this long are drawn on their days (hatched); longer ones are listed
/// under each month they touch. The same threshold as the feeds' `fuzzy=auto`.
pub(crate) const SHORT_SPAN_DAYS: i64 = 14;
/// Spans this long or longer are the whole year's ("в течение года", "ежемесячно").
pub(crate) const YEAR_LONG_DAYS: i64 = 180;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// On each day from `start` to `end`; `exact` false draws it as inexact (hatched).
    Days {
        start: NaiveDate,
        end: NaiveDate,
        exact: bool,
    },
    /// Due by this day ("до 15 мая"): drawn on that day as a deadline.
    Deadline(NaiveDate),
    /// Somewhere in `start..=end` (a month, months, a term), or repeating within it.
    Span {
        start: NaiveDate,
        end: NaiveDate,
        recurring: bool,
    },
    /// All year, or repeating all year.
    YearLong {
        recurring: bool,
    },
    Undated,
    /// One day a repeating event falls on (the month grid draws these from the event's
    /// `ics::Series`, the days its feed has); `exact` false for a reminder ("ежемесячно").
    Occurrence {
        day: NaiveDate,
        exact: bool,
    },
}

impl Placement {
    /// The first and last day it may fall on, if it has days.
    pub(crate) fn bounds(self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Placement::Days { start, end, .. } | Placement::Span { start, end, .. } => {
                Some((start, end))
            }
            Placement::Deadline(d) | Placement::Occurrence { day: d, .. } => Some((d, d)),
            Placement::YearLong { .. } | Placement::Undated => None,
        }
    }

    /// Does it touch the month starting on `first`?
    pub(crate) fn touches_month(self, first: NaiveDate) -> bool {
        let last = last_day_of_month(first);
        self.bounds().is_some_and(|(s, e)| s <= last && e >= first)
    }
}

/// Where an event goes; a `multiple` timing ("сентябрь, январь, май") goes to each of its
/// spans.
pub fn place(pinned: Option<&Pinned>, when: Option<&Timing>) -> Vec<Placement> {
    if let Some(p) = pinned {
        return vec![Placement::Days {
            start: p.date,
            end: p.end_date.unwrap_or(p.date).max(p.date),
            exact: true,
        }];
    }
    let Some(t) = when else {
        return vec![Placement::Undated];
    };
    if t.kind() == TimingKind::Multiple && !t.spans().is_empty() {
        return t
            .spans()
            .iter()
            .map(|s| place_span(t, s.start, s.end))
            .collect();
    }
    match (t.kind(), t.start(), t.end()) {
        (TimingKind::Unknown, _, _) | (_, None, None) => vec![Placement::Undated],
        (TimingKind::Deadline, s, e) => e
            .or(s)
            .map_or(vec![Placement::Undated], |d| vec![Placement::Deadline(d)]),
        (_, Some(s), e) => vec![place_span(t, s, e.unwrap_or(s))],
        (_, None, Some(e)) => vec![Placement::Deadline(e)],
    }
}

fn place_span(t: &Timing, start: NaiveDate, end: NaiveDate) -> Placement {
    let end = end.max(start);
    let days = (end - start).num_days() + 1;
    let recurring = t.kind() == TimingKind::Recurring;
    if t.precision() == Some(Precision::Year) || days >= YEAR_LONG_DAYS {
        return Placement::YearLong { recurring };
    }
    if recurring && days > 1 {
        return Placement::Span {
            start,
            end,
            recurring,
        };
    }
    let day_precise = t.precision() == Some(Precision::Day) || t.precision().is_none();
    if day_precise
        && matches!(
            t.kind(),
            TimingKind::Date | TimingKind::Range | TimingKind::Multiple
        )
    {
        return Placement::Days {
            start,
            end,
            exact: crate::ics::exact_span(t, start, end),
        };
    }
    if days <= SHORT_SPAN_DAYS {
        return Placement::Days {
            start,
            end,
            exact: false,
        };
    }
    Placement::Span {
        start,
        end,
        recurring,
    }
}

/// Where a repeating event's days come from.
#[derive(Clone, Debug)]
pub enum Repeats {
    /// A plan row's series, with the owner's school holidays left out as its feed leaves
    /// them out.
    Plan(Series),
    /// An event read from a calendar file or a followed calendar, as its publisher's rule,
    /// RDATE and EXDATE say.
    Calendar(CalendarTime),
}

impl Repeats {
    /// What an event repeats by, as its feed draws it: a calendar event's own rule, else a
    /// plan row's `series` (with the school holidays of its owner's locale). A pinned row
    /// has one date and does not repeat; a calendar event without a rule is on its days.
    pub fn of(
        pinned: Option<&Pinned>,
        calendar: Option<&CalendarTime>,
        series: impl FnOnce() -> Option<Series>,
    ) -> Option<Repeats> {
        match (pinned, calendar) {
            (Some(_), _) => None,
            (None, Some(c)) => c.rrule.is_some().then(|| Repeats::Calendar(c.clone())),
            (None, None) => series().map(Repeats::Plan),
        }
    }
}

/// The days of the month starting on `first` that a repeating event falls on.
pub fn occurrences(repeats: &Repeats, first: NaiveDate) -> Vec<Placement> {
    let (from, to) = (month_start(first), last_day_of_month(first));
    let (days, exact) = match repeats {
        Repeats::Plan(series) => (series.days_between(from, to), series.exact),
        Repeats::Calendar(c) => (start_days_between(c, from, to), true),
    };
    days.into_iter()
        .map(|day| Placement::Occurrence { day, exact })
        .collect()
}

/// The first day of the month `d` is in.
pub(crate) fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// The first of the month `n` months after (or before) `first`'s.
pub(crate) fn add_months(first: NaiveDate, n: i32) -> NaiveDate {
    let months = Months::new(n.unsigned_abs());
    let moved = if n < 0 {
        first.checked_sub_months(months)
    } else {
        first.checked_add_months(months)
    };
    moved.and_then(|d| d.with_day(1)).unwrap_or(first)
}

/// The academic year (September to August) around a month: its twelve firsts.
pub(crate) fn academic_months(first: NaiveDate) -> Vec<NaiveDate> {
    let start_year = if first.month() >= 9 {
        first.year()
    } else {
        first.year() - 1
    };
    let september = NaiveDate::from_ymd_opt(start_year, 9, 1).unwrap_or(first);
    (0..12).map(|i| add_months(september, i)).collect()
}

/// The month a calendar opens on: this month while the plans run, else their first month
/// (a plan in the past, or one not begun yet, opens where it starts). When nothing has
/// days to place (only year-long, repeating or undated items), the plans' academic years
/// (`years`: first and last day) say when they run, so a 2024–2025 plan does not open on an
/// empty month of another year.
pub(crate) fn opening_month(
    today: NaiveDate,
    placements: &[Placement],
    years: Option<(NaiveDate, NaiveDate)>,
) -> NaiveDate {
    let bounds = placements.iter().filter_map(|p| p.bounds());
    let (mut first, mut last) = (None::<NaiveDate>, None::<NaiveDate>);
    for (s, e) in bounds {
        first = Some(first.map_or(s, |f| f.min(s)));
        last = Some(last.map_or(e, |l| l.max(e)));
    }
    match (first.zip(last).or(years), today) {
        (Some((f, l)), today) if today < f || today > l => month_start(f),
        _ => month_start(today),
    }
}

/// One day cell of the month grid: the items (indexes into what was placed) on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DayCell {
    pub date: NaiveDate,
    pub in_month: bool,
    pub items: Vec<usize>,
}

/// The weeks (Monday first) that show the month starting on `first`, with each item of
/// `spans` (index, first day, last day) on every day of it the grid shows.
pub(crate) fn month_grid(
    first: NaiveDate,
    spans: &[(usize, NaiveDate, NaiveDate)],
) -> Vec<Vec<DayCell>> {
    let first = month_start(first);
    let last = last_day_of_month(first);
    let grid_start = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
    let grid_end = last + Duration::days(i64::from(6 - last.weekday().num_days_from_monday()));
    let mut weeks = Vec::new();
    let mut day = grid_start;
    while day <= grid_end {
        let mut week = Vec::with_capacity(7);
        for _ in 0..7 {
            let items = spans
                .iter()
                .filter(|(_, s, e)| *s <= day && day <= *e)
                .map(|(i, _, _)| *i)
                .collect();
            week.push(DayCell {
                date: day,
                in_month: day.month() == first.month(),
                items,
            });
            day += Duration::days(1);
        }
        weeks.push(week);
    }
    weeks
}

/// A colour for each owner, in order: its own colour when that is a CSS3 name no earlier
/// owner took, else the next free colour of the palette — the rule the merged feed follows,
/// so an owner wears the same colour on the page and in a subscribed calendar.
pub fn owner_colors(wanted: &[Option<&str>]) -> Vec<&'static str> {
    let mut taken: Vec<&'static str> = Vec::with_capacity(wanted.len());
    for (i, w) in wanted.iter().enumerate() {
        let free = |c: &&'static str| !taken.contains(c);
        let color = w
            .and_then(colors::css3_name)
            .filter(free)
            .or_else(|| colors::PALETTE.iter().map(|(n, _)| *n).find(free))
            .unwrap_or(colors::PALETTE[i % colors::PALETTE.len()].0);
        taken.push(color);
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timing::{AcademicYear, Context, normalise};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn timing(text: &str) -> Timing {
        let year = AcademicYear::parse("2025-2026").unwrap();
        normalise(text, &Context::new(year))
    }

    fn placed(text: &str) -> Vec<Placement> {
        place(None, Some(&timing(text)))
    }

    #[test]
    fn a_pinned_row_never_repeats_and_a_calendar_event_repeats_by_its_own_rule() {
        let weekly = timing("каждую пятницу");
        let series = || Series::of(&weekly, crate::timing::Lang::Ru);
        assert!(matches!(
            Repeats::of(None, None, series),
            Some(Repeats::Plan(_))
        ));
        let pinned = Pinned {
            date: d(2025, 10, 3),
            end_date: None,
            time: None,
            duration_minutes: None,
        };
        assert!(Repeats::of(Some(&pinned), None, series).is_none());
        let start = d(2025, 10, 2).and_hms_opt(15, 0, 0).unwrap_or_default();
        let club = CalendarTime {
            uid: "club@example.org".into(),
            start,
            end: start + Duration::hours(1),
            all_day: false,
            zone: None,
            rrule: Some("FREQ=WEEKLY;BYDAY=TH".into()),
            until: None,
            rdates: Vec::new(),
            exdates: Vec::new(),
        };
        // A calendar's rule wins over the words (the series is never asked for).
        let Some(Repeats::Calendar(_)) = Repeats::of(None, Some(&club), || None) else {
            panic!("a calendar event with a rule repeats by it");
        };
        let days = occurrences(&Repeats::Calendar(club.clone()), d(2025, 10, 1));
        assert_eq!(days.len(), 5, "{days:?}");
        let once = CalendarTime {
            rrule: None,
            ..club
        };
        assert!(Repeats::of(None, Some(&once), series).is_none());
    }

    #[test]
    fn exact_days_go_on_their_days() {
        assert_eq!(
            placed("15 сентября"),
            vec![Placement::Days {
                start: d(2025, 9, 15),
                end: d(2025, 9, 15),
                exact: true
            }]
        );
        assert_eq!(
            placed("9-13 февраля"),
            vec![Placement::Days {
                start: d(2026, 2, 9),
                end: d(2026, 2, 13),
                exact: true
            }]
        );
    }

    #[test]
    fn a_month_is_listed_under_its_month_not_drawn_on_its_first_day() {
        assert_eq!(
            placed("апрель"),
            vec![Placement::Span {
                start: d(2026, 4, 1),
                end: d(2026, 4, 30),
                recurring: false
            }]
        );
        let p = placed("апрель-июнь")[0];
        assert!(p.touches_month(d(2026, 5, 1)) && !p.touches_month(d(2026, 7, 1)));
    }

    #[test]
    fn the_whole_year_and_the_unknown_have_lists_of_their_own() {
        assert_eq!(
            placed("в течение года"),
            vec![Placement::YearLong { recurring: false }]
        );
        assert!(matches!(
            placed("ежемесячно")[0],
            Placement::YearLong { recurring: true }
        ));
        assert_eq!(placed("по мере необходимости"), vec![Placement::Undated]);
        assert_eq!(place(None, None), vec![Placement::Undated]);
    }

    #[test]
    fn deadlines_are_deadlines() {
        assert_eq!(
            placed("до 15 мая"),
            vec![Placement::Deadline(d(2026, 5, 15))]
        );
    }

    #[test]
    fn a_short_inexact_span_is_drawn_on_its_days_as_inexact() {
        let p = placed("первая декада октября");
        assert!(
            matches!(p[0], Placement::Days { exact: false, .. }),
            "{p:?}"
        );
    }

    #[test]
    fn a_pinned_date_wins_over_the_plan_words() {
        let pin = Pinned {
            date: d(2026, 4, 14),
            end_date: None,
            time: None,
            duration_minutes: None,
        };
        assert_eq!(
            place(Some(&pin), Some(&timing("апрель"))),
            vec![Placement::Days {
                start: d(2026, 4, 14),
                end: d(2026, 4, 14),
                exact: true
            }]
        );
    }

    #[test]
    fn several_months_go_to_each_of_them() {
        let p = placed("сентябрь, январь, май");
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[1].touches_month(d(2026, 1, 1)) && !p[1].touches_month(d(2025, 12, 1)));
    }

    #[test]
    fn the_grid_starts_on_monday_and_covers_the_month() {
        // April 2026 begins on a Wednesday and ends on a Thursday.
        let grid = month_grid(d(2026, 4, 1), &[(7, d(2026, 4, 29), d(2026, 5, 2))]);
        assert_eq!(grid.len(), 5);
        assert_eq!(grid[0][0].date, d(2026, 3, 30));
        assert!(!grid[0][0].in_month && grid[0][2].in_month);
        assert_eq!(grid[4][6].date, d(2026, 5, 3));
        assert_eq!(grid[4][2].items, vec![7]);
        assert_eq!(
            grid[4][5].items,
            vec![7],
            "a span runs into the next month's days shown"
        );
        assert!(grid[4][6].items.is_empty());
    }

    #[test]
    fn the_calendar_opens_now_or_where_a_past_plan_starts() {
        let p = [
            Placement::Days {
                start: d(2025, 9, 15),
                end: d(2025, 9, 15),
                exact: true,
            },
            Placement::Span {
                start: d(2026, 5, 1),
                end: d(2026, 5, 31),
                recurring: false,
            },
        ];
        assert_eq!(opening_month(d(2025, 11, 29), &p, None), d(2025, 11, 1));
        assert_eq!(opening_month(d(2026, 11, 29), &p, None), d(2025, 9, 1));
        assert_eq!(opening_month(d(2026, 11, 29), &[], None), d(2026, 11, 1));
        // Only year-long items of a 2024–2025 plan: it opens on its September.
        let year_long = [Placement::YearLong { recurring: true }];
        let plan_year = Some((d(2024, 9, 1), d(2025, 8, 31)));
        assert_eq!(
            opening_month(d(2026, 11, 29), &year_long, plan_year),
            d(2024, 9, 1)
        );
        assert_eq!(
            opening_month(d(2025, 3, 10), &year_long, plan_year),
            d(2025, 3, 1)
        );
    }

    #[test]
    fn months_step_across_the_new_year_and_the_academic_year_is_september_to_august() {
        assert_eq!(add_months(d(2025, 12, 1), 1), d(2026, 1, 1));
        assert_eq!(add_months(d(2026, 1, 1), -1), d(2025, 12, 1));
        let year = academic_months(d(2026, 3, 1));
        assert_eq!(year[0], d(2025, 9, 1));
        assert_eq!(year[11], d(2026, 8, 1));
    }

    #[test]
    fn owners_get_distinct_colours_their_own_first() {
        let c = owner_colors(&[Some("goldenrod"), Some("goldenrod"), None, Some("#123456")]);
        assert_eq!(c[0], "goldenrod");
        assert_ne!(c[1], "goldenrod");
        assert_eq!(c.len(), 4);
        let mut unique = c.clone();
        unique.dedup();
        assert_eq!(unique.len(), 4);
    }
}
