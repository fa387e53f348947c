//! From atoms to spans of days: bare days take their month, points joined by a range mark are
//! one segment, every segment gets its year from the plan's academic year (or the weekday
//! written beside it), and typo years are repaired with a warning.

use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::scan::{Atom, Days, Point, Scan, days_in};
use super::{Context, Precision, TimingNote};

/// The first and last day a point covers in `year`.
pub(super) fn point_days(p: &Point, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let last_day = days_in(p.month, year);
    let (a, b) = match p.days {
        Days::Whole => (1, last_day),
        Days::Range { from, to } => (from, to),
        Days::ToMonthEnd { from } => (from, last_day),
        Days::LastWeek => (last_day.saturating_sub(6), last_day),
        Days::NthWeekday { nth, weekday } => {
            let day = nth_weekday(year, p.month, nth, weekday)?;
            (day, day)
        }
        Days::CalendarWeek(n) => calendar_week(year, p.month, n)?,
        Days::WeekOf { day } => {
            let d = NaiveDate::from_ymd_opt(year, p.month, day)?;
            let monday = d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
            return Some((monday, monday + Duration::days(6)));
        }
    };
    if a == 0 || a > last_day {
        return None;
    }
    let first = NaiveDate::from_ymd_opt(year, p.month, a)?;
    let last = NaiveDate::from_ymd_opt(year, p.month, b.min(last_day).max(a))?;
    Some((first, last))
}

/// The day of the `nth` (-1 = last) `weekday` of a month.
pub(super) fn nth_weekday(year: i32, month: u32, nth: i32, weekday: Weekday) -> Option<u32> {
    let last = days_in(month, year);
    let target = weekday.num_days_from_monday();
    if (1..=5).contains(&nth) {
        let first = NaiveDate::from_ymd_opt(year, month, 1)?
            .weekday()
            .num_days_from_monday();
        let day = 1 + (target + 7 - first) % 7 + 7 * (nth.unsigned_abs() - 1);
        (day <= last).then_some(day)
    } else if (-5..=-1).contains(&nth) {
        let end = NaiveDate::from_ymd_opt(year, month, last)?
            .weekday()
            .num_days_from_monday();
        let day = (last - (end + 7 - target) % 7).checked_sub(7 * (nth.unsigned_abs() - 1))?;
        (day >= 1).then_some(day)
    } else {
        None
    }
}

/// Days of the `n`th Monday..Sunday week of a month, week 1 holding the 1st.
pub(super) fn calendar_week(year: i32, month: u32, n: u32) -> Option<(u32, u32)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?
        .weekday()
        .num_days_from_monday();
    let first = i64::from(first);
    let start = 1 - first + 7 * (i64::from(n) - 1);
    let last = i64::from(days_in(month, year));
    if n == 0 || start > last {
        return None;
    }
    Some((
        u32::try_from(start.max(1)).ok()?,
        u32::try_from((start + 6).min(last)).ok()?,
    ))
}

/// Segments of points: each a single point or a range of two.
pub(super) struct Segment {
    pub(super) from: Point,
    pub(super) to: Option<Point>,
}

/// A scanned item as the first and last point it covers (a year is January..December).
pub(super) fn item_points(atom: &Atom) -> Option<(Point, Point)> {
    match *atom {
        Atom::Point(p) => Some((p, p)),
        Atom::Year(y) => {
            let whole = |month| Point {
                precision: Precision::Year,
                ..Point::month(month, Some(y))
            };
            Some((whole(1), whole(12)))
        }
        Atom::SchoolYear(y) => {
            let whole = |month, year| Point {
                precision: Precision::Year,
                ..Point::month(month, Some(year))
            };
            Some((whole(9, y), whole(8, y + 1)))
        }
        _ => None,
    }
}

/// Bare days take the month of the next point ("20-25 сентября", "1, 2 и 5 октября"), or
/// in a month plan the document's month ("15").
pub(super) fn resolve_days(atoms: &[(Atom, Range<usize>)], ctx: &Context) -> Vec<Atom> {
    let mut resolved: Vec<Atom> = Vec::with_capacity(atoms.len());
    for (idx, (atom, _)) in atoms.iter().enumerate() {
        match atom {
            Atom::BareDay(d) => {
                let next = atoms[idx + 1..].iter().find_map(|(a, _)| match a {
                    Atom::Point(p) => Some(*p),
                    _ => None,
                });
                // "28th to 3rd October": a start day past the end day is in the month before.
                let ranged = matches!(atoms.get(idx + 1), Some((Atom::Range, _)));
                match (next, ctx.month) {
                    (Some(p), _)
                        if ranged && matches!(p.days, Days::Range { from, .. } if from < *d) =>
                    {
                        let (month, year) = match p.month {
                            1 => (12, p.year.map(|y| y - 1)),
                            m => (m - 1, p.year),
                        };
                        resolved.push(Atom::Point(Point::day(month, year, *d)));
                    }
                    (Some(p), _) if p.days != Days::Whole => {
                        resolved.push(Atom::Point(Point::day(p.month, p.year, *d)));
                    }
                    (None, Some((year, month))) => {
                        resolved.push(Atom::Point(Point::day(month, Some(year), *d)));
                    }
                    _ => {}
                }
            }
            Atom::Time(_) => {}
            other => resolved.push(*other),
        }
    }
    resolved
}

/// "01/10 27/10/2018": a day with no year right before a dated day, nothing between them, is
/// a range whose dash was lost (a list writes its commas; the year written once is the span's).
pub(super) fn lost_dash(a: &Atom, b: Option<&Atom>) -> Option<Point> {
    match (a, b?) {
        (Atom::Point(p), Atom::Point(q))
            if p.year.is_none()
                && q.year.is_some()
                && p.precision == Precision::Day
                && q.precision == Precision::Day =>
        {
            Some(*q)
        }
        _ => None,
    }
}

/// "конец мая и начало июня", "первая и вторая декада мая": two parts of months, listed, that
/// meet are one span.
pub(super) fn adjoining_parts(a: &Point, b: &Point) -> bool {
    if a.precision != Precision::Week || b.precision != Precision::Week {
        return false;
    }
    match (a.days, b.days) {
        (Days::ToMonthEnd { .. } | Days::LastWeek, Days::Range { from: 1, .. }) => {
            b.month == a.month % 12 + 1
        }
        (Days::Range { to, .. }, Days::Range { from, .. }) => b.month == a.month && from == to + 1,
        _ => false,
    }
}

pub(super) fn segments(atoms: &[(Atom, Range<usize>)], ctx: &Context) -> Vec<Segment> {
    let resolved = resolve_days(atoms, ctx);
    let mut out = Vec::new();
    let mut i = 0;
    while i < resolved.len() {
        if let Some((first, last)) = item_points(&resolved[i]) {
            if let (Some(Atom::Range), Some((_, to))) = (
                resolved.get(i + 1),
                resolved.get(i + 2).and_then(item_points),
            ) {
                out.push(Segment {
                    from: first,
                    to: Some(to),
                });
                i += 3;
                continue;
            }
            if let (Some(Atom::List), Some(Atom::Point(next))) =
                (resolved.get(i + 1), resolved.get(i + 2))
                && let Atom::Point(this) = resolved[i]
                && adjoining_parts(&this, next)
            {
                out.push(Segment {
                    from: first,
                    to: Some(*next),
                });
                i += 3;
                continue;
            }
            if let Some(to) = lost_dash(&resolved[i], resolved.get(i + 1)) {
                out.push(Segment {
                    from: first,
                    to: Some(to),
                });
                i += 2;
                continue;
            }
            let whole_year = matches!(resolved[i], Atom::Year(_) | Atom::SchoolYear(_));
            out.push(Segment {
                from: first,
                to: whole_year.then_some(last),
            });
        }
        i += 1;
    }
    out
}

/// The year of a yearless day whose weekday is written: the plan's reading, unless the weekday
/// only fits the year before or after and that day still borders the academic year (a diary's
/// "Monday 19th August" before the first term, "Wednesday 3rd September" of the next year).
pub(super) fn weekday_year(p: &Point, year: i32, ctx: &Context) -> i32 {
    let (Some(weekday), Days::Range { from, .. }) = (p.weekday, p.days) else {
        return year;
    };
    let fits =
        |y: i32| NaiveDate::from_ymd_opt(y, p.month, from).is_some_and(|d| d.weekday() == weekday);
    if fits(year) {
        return year;
    }
    let (start, end) = (ctx.year.start(), ctx.year.end());
    let borders = |y: i32| {
        NaiveDate::from_ymd_opt(y, p.month, from).is_some_and(|d| {
            d >= start - Duration::days(BORDER_DAYS) && d <= end + Duration::days(BORDER_DAYS)
        })
    };
    [year - 1, year + 1]
        .into_iter()
        .find(|&y| fits(y) && borders(y))
        .unwrap_or(year)
}

/// How far outside the academic year a written weekday may move a day (two months).
pub(super) const BORDER_DAYS: i64 = 62;

/// The dates of a segment, with typo repair. Every month's year is the context's.
pub(super) fn segment_span(
    seg: &Segment,
    ctx: &Context,
    warnings: &mut Vec<TimingNote>,
) -> Option<(NaiveDate, NaiveDate, Precision)> {
    let mut from = seg.from;
    let to = seg.to.unwrap_or(from);
    // "1–5.11.2025": the first point takes the year of the second when it has none.
    let borrowed = from.year.is_none() && to.year.is_some() && seg.to.is_some();
    if borrowed {
        from.year = to.year;
    }
    let y_from = from
        .year
        .unwrap_or_else(|| weekday_year(&from, ctx.year_of_month(from.month), ctx));
    let y_to = to
        .year
        .unwrap_or_else(|| weekday_year(&to, ctx.year_of_month(to.month), ctx));
    let (mut a, _) = point_days(&from, y_from)?;
    let (_, mut b) = point_days(&to, y_to)?;
    if b < a {
        if seg.from.year.is_none() {
            // "Август- сентябрь", "17/12 - 12/01/2019": the start moves back a year.
            a = point_days(&from, y_from - 1)?.0;
        } else if to.year.is_none() {
            b = point_days(&to, y_to + 1)?.1;
        } else if let Some((_, fixed)) = point_days(&to, y_from)
            && fixed >= a
        {
            warnings.push(TimingNote::EndBeforeStart {
                start: a,
                end: b,
                read_as: Some(fixed),
            });
            b = fixed;
        } else {
            warnings.push(TimingNote::EndBeforeStart {
                start: a,
                end: b,
                read_as: None,
            });
            std::mem::swap(&mut a, &mut b);
        }
    }
    let whole_years = from.precision == Precision::Year;
    if (b - a).num_days() > 366 && !whole_years {
        if let (Some(_), Some(_)) = (from.year, to.year)
            && let Some((_, fixed)) = point_days(&to, a.year())
            && fixed >= a
        {
            warnings.push(TimingNote::LongerThanYear {
                start: a,
                end: b,
                read_as: Some(fixed),
            });
            b = fixed;
        } else {
            warnings.push(TimingNote::LongerThanYear {
                start: a,
                end: b,
                read_as: None,
            });
        }
    }
    let precision = from.precision.max(to.precision);
    Some((a, b, precision))
}

/// What the scan dated: spans in order, and the times written beside them.
pub(super) struct Dated {
    pub(super) spans: Vec<(NaiveDate, NaiveDate, Precision)>,
    /// Some segment is a range of two points ("с 1 по 5 мая").
    pub(super) ranged: bool,
    pub(super) times: Vec<NaiveTime>,
    /// Normalised bytes the points were read from.
    pub(super) range: Option<Range<usize>>,
}

impl Dated {
    pub(super) fn new(scan: &mut Scan, ctx: &Context) -> Self {
        let times = scan
            .atoms
            .iter()
            .filter_map(|(a, _)| match a {
                Atom::Time(t) => Some(*t),
                _ => None,
            })
            .collect();
        let segs = segments(&scan.atoms, ctx);
        let spans = segs
            .iter()
            .filter_map(|s| segment_span(s, ctx, &mut scan.warnings))
            .collect();
        let range = scan
            .atoms
            .iter()
            .filter(|(a, _)| matches!(a, Atom::Point(_) | Atom::Year(_) | Atom::SchoolYear(_)))
            .map(|(_, r)| r.clone())
            .reduce(|a, b| a.start.min(b.start)..a.end.max(b.end));
        Dated {
            spans,
            ranged: segs.iter().any(|s| s.to.is_some()),
            times,
            range,
        }
    }
}
