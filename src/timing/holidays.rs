//! Named days and periods that carry no date of their own: moving holidays (Easter, the
//! May Day bank holiday), days with a name ("День матери"), and which half of a named period
//! the words before it ask for.

use std::ops::Range;

use chrono::{Duration, NaiveDate, Weekday};

use super::lexicon::{self};
use super::spans::nth_weekday;
use super::tokens::{find_phrase, is_in, is_letter_or_digit};
use super::{AcademicYear, Context};

/// Which half of a period the words right before it (at byte `at`) name: "2nd half ", "first
/// half of the ".
pub(super) fn half_before(work: &str, at: usize) -> Option<u8> {
    let before = work.get(..at)?.trim_end();
    let before = before
        .strip_suffix(" of the")
        .or_else(|| before.strip_suffix(" of"))
        .unwrap_or(before);
    lexicon::HALF_OF
        .iter()
        .find(|(p, _)| {
            before.ends_with(p)
                && before[..before.len() - p.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_letter_or_digit(c))
        })
        .map(|(_, half)| *half)
}

/// Holidays whose date moves each year: Easter's ("Easter holidays", "Good Friday") and
/// England's Monday bank holidays ("May Bank Holiday"), in the plan's spring and summer: the
/// phrase's bytes and its first and last day.
pub(super) fn moving_holiday(
    work: &str,
    may: &dyn Fn(&str) -> bool,
    ctx: &Context,
) -> Option<(Range<usize>, NaiveDate, NaiveDate)> {
    let find = |p: &&str| may(p).then(|| find_phrase(work, p)).flatten();
    if let Some((at, p, a, b)) = lexicon::EASTER_DAYS
        .iter()
        .find_map(|(p, a, b)| find(p).map(|at| (at, *p, *a, *b)))
    {
        let sunday = easter_sunday(ctx.year_of_month(4))?;
        return Some((
            at..at + p.len(),
            sunday + Duration::days(a),
            sunday + Duration::days(b),
        ));
    }
    if let Some((at, p, month, nth)) = lexicon::MONDAY_HOLIDAYS
        .iter()
        .find_map(|(p, m, n)| find(p).map(|at| (at, *p, *m, *n)))
    {
        let y = ctx.year_of_month(month);
        let day = NaiveDate::from_ymd_opt(y, month, nth_weekday(y, month, nth, Weekday::Mon)?)?;
        return Some((at..at + p.len(), day, day));
    }
    named_day(work, may, ctx)
}

/// A day with a name ("День Победы", "ngày Nhà giáo Việt Nam", "World Book Day") in the plan's
/// year: the name's bytes (with the day word before it) and the day. Only a cell that is the
/// name (a deadline word may lead it) is that day: "Tuyên truyền ý nghĩa của ngày sách Việt Nam"
/// is an activity's title, not its timing.
pub(super) fn named_day(
    work: &str,
    may: &dyn Fn(&str) -> bool,
    ctx: &Context,
) -> Option<(Range<usize>, NaiveDate, NaiveDate)> {
    lexicon::NAMED_DAYS
        .iter()
        .filter(|(p, _, _)| may(p))
        .find_map(|&(p, after_day_word, when)| {
            let at = find_phrase(work, p)?;
            let start = if after_day_word {
                day_word_before(work, at)?
            } else {
                at
            };
            let outside = |t: &str| t.trim_matches(|c: char| !is_letter_or_digit(c)).to_owned();
            let (head, tail) = (outside(&work[..start]), outside(&work[at + p.len()..]));
            if !tail.is_empty() || !(head.is_empty() || is_in(&head, lexicon::DEADLINE_WORDS)) {
                return None;
            }
            let date = match when {
                lexicon::NamedDate::On(m, d) => NaiveDate::from_ymd_opt(ctx.year_of_month(m), m, d),
                lexicon::NamedDate::Nth(m, nth, weekday) => {
                    let y = ctx.year_of_month(m);
                    NaiveDate::from_ymd_opt(y, m, nth_weekday(y, m, nth, weekday)?)
                }
                lexicon::NamedDate::FromEaster(days) => {
                    Some(easter_sunday(ctx.year_of_month(4))? + Duration::days(days))
                }
            }?;
            Some((start..at + p.len(), date, date))
        })
}

/// Where the day word before byte `at` starts ("дню " in "ко дню победы"), if there is one.
pub(super) fn day_word_before(work: &str, at: usize) -> Option<usize> {
    let before = work.get(..at)?.strip_suffix(' ')?;
    lexicon::DAY_NAME_WORDS.iter().find_map(|w| {
        let rest = before.strip_suffix(w)?;
        rest.chars()
            .next_back()
            .is_none_or(|c| !is_letter_or_digit(c))
            .then_some(rest.len())
    })
}

#[cfg(test)]
pub(super) fn easter_sunday_for_tests(year: i32) -> Option<NaiveDate> {
    easter_sunday(year)
}

/// Easter Sunday of a year (the Gregorian computus, "Anonymous" algorithm).
pub(super) fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// A four-digit year right after byte `at` ("spring term 2025"), in the years plans use.
pub(super) fn year_after(work: &str, at: usize) -> Option<i32> {
    let rest = work.get(at..)?.strip_prefix(' ')?;
    let digits = rest
        .get(..4)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    if rest[4..].chars().next().is_some_and(is_letter_or_digit) {
        return None;
    }
    digits
        .parse()
        .ok()
        .filter(|y| (AcademicYear::MIN_FIRST..=AcademicYear::MAX_FIRST).contains(y))
}
