//! Recurrences: what repeats and how ("ежемесячно", "по четвергам", "в последний четверг
//! месяца", "со вторника по четверг", "2 раза в месяц", "1 lần/ tháng"). TIMING.md's rule: a
//! weekday is never invented, ordinal weekdays are RFC 5545 BYDAY values ("-1TH"), and "N
//! times per period" is that period's freq with `count_per_period` N.

use std::ops::Range;

use chrono::Weekday;

use super::lexicon;
use super::tokens::{Tok, Toks, code_of_weekday, find_phrase, is_in, may_contain, starts_weekday};
use super::{Freq, Recurrence};

/// A recurrence found in a text.
pub(super) struct Found {
    pub(super) rec: Recurrence,
    pub(super) count_per_period: Option<u32>,
    /// Normalised bytes it was read from.
    pub(super) range: Range<usize>,
}

fn found(
    (freq, interval): (Freq, u32),
    byday: Option<Vec<String>>,
    count: Option<u32>,
    range: Range<usize>,
) -> Found {
    Found {
        rec: Recurrence {
            freq,
            interval,
            count: None,
            byday,
        },
        count_per_period: count,
        range,
    }
}

fn join(a: Range<usize>, b: Option<&Range<usize>>) -> Range<usize> {
    match b {
        Some(b) => a.start.min(b.start)..a.end.max(b.end),
        None => a,
    }
}

/// What else the text holds.
#[derive(Clone, Copy)]
pub(super) struct Seen {
    /// Dates: a weekday range beside them ("from Monday 9th to Friday 13th") is no habit.
    pub(super) dated: bool,
    /// Times of day: weekdays with hours and no dates are opening hours, a weekly habit.
    pub(super) timed: bool,
    /// How many single days the text dates, none of them joined by a range: a weekday beside
    /// one ("в последнюю субботу месяца, 27 августа") or several ("October 3, 10, 24
    /// (Thursdays)") names their day of the week; it is no habit.
    pub(super) single_days: usize,
}

/// The recurrence of a text, if it names one.
pub(super) fn find(text: &str, t: &Toks, present: &[&str], seen: Seen) -> Option<Found> {
    // The token scans below only run for texts with the words they need.
    let has_weekday = present.iter().any(|w| starts_weekday(w));
    let has_count = present
        .iter()
        .any(|w| is_in(w, lexicon::TIMES_WORDS) || lexicon::ONCE_WORDS.iter().any(|(o, _)| o == w));
    let ordinal = has_weekday.then(|| ordinal_weekdays(t)).flatten();
    if let Some((freq, count, every, range)) = has_count.then(|| per_period(t)).flatten() {
        let byday = ordinal.as_ref().map(|(d, _)| d.clone());
        // "1 раз в 2 недели" is every second week; "2 раза в 2 недели" keeps its count.
        let count = (every == 1 || count > 1).then_some(count);
        return Some(found((freq, every), byday, count, range));
    }
    if let Some((freq, interval, range)) = has_count.then(|| every_n_periods(t)).flatten() {
        return Some(found((freq, interval), None, None, range));
    }
    if let Some((freq, range)) = phrase(text, present) {
        let byday = match &ordinal {
            Some((days, _)) => Some(days.clone()),
            None => weekday_range(t).map(|(d, _)| d).or_else(|| {
                let mut days = weekdays(text, present)?;
                listed_weekday_numbers(t, &mut days);
                Some(days)
            }),
        };
        let range = join(range, ordinal.as_ref().map(|(_, r)| r));
        return Some(found(freq, byday, None, range));
    }
    if let Some((days, range)) = ordinal {
        // "каждую последнюю пятницу, с 26 сентября" stays a habit: "every" says so.
        let every = lexicon::EVERY_WORDS
            .iter()
            .any(|w| find_phrase(text, w).is_some());
        if seen.single_days == 1 && !every {
            return None;
        }
        return Some(found((Freq::Monthly, 1), Some(days), None, range));
    }
    if !has_weekday {
        return None;
    }
    if !seen.dated
        && let Some((days, range)) = weekday_range(t)
    {
        return Some(found((Freq::Weekly, 1), Some(days), None, range));
    }
    // "по четвергам", "on Mondays", "every Monday", "суббота, воскресенье — с 10:00 до
    // 18:00": a habit, not one day.
    let mut days = weekdays(text, present)?;
    listed_weekday_numbers(t, &mut days);
    // "понедельник — выходной", "Monday closed": a closed day of opening hours.
    let closed = lexicon::CLOSED_WORDS
        .iter()
        .any(|w| find_phrase(text, w).is_some());
    let hours = !seen.dated && (seen.timed || days.len() > 1 || closed);
    let plural = lexicon::WEEKDAY_WORDS
        .iter()
        .filter(|(w, _)| may_contain(present, w))
        .any(|(w, _)| (w.ends_with("ам") || w.ends_with("days")) && find_phrase(text, w).is_some())
        || lexicon::EVERY_WORDS
            .iter()
            .any(|w| find_phrase(text, w).is_some());
    if (!plural && !hours) || seen.single_days > 1 {
        return None;
    }
    let at = text.find(|c: char| c.is_alphabetic()).unwrap_or(0);
    Some(found((Freq::Weekly, 1), Some(days), None, at..text.len()))
}

/// "ежемесячно", "hàng tuần", "every week".
fn phrase(text: &str, present: &[&str]) -> Option<((Freq, u32), Range<usize>)> {
    lexicon::RECURRENCE_PHRASES
        .iter()
        .filter(|(p, _, _)| may_contain(present, p))
        .find_map(|(p, freq, n)| find_phrase(text, p).map(|at| ((*freq, *n), at..at + p.len())))
}

/// "2 tuần/lần", "2 tuần 1 lần": once every N periods.
fn every_n_periods(t: &Toks) -> Option<(Freq, u32, Range<usize>)> {
    for i in 0..t.len() {
        let Some((n, _)) = t.num(i).filter(|(n, _)| (1..=12).contains(n)) else {
            continue;
        };
        let Some((_, freq)) = t
            .word(i + 1)
            .and_then(|w| lexicon::PERIOD_WORDS.iter().find(|(f, _)| *f == w))
        else {
            continue;
        };
        let mut j = i + 2;
        while matches!(t.tok(j), Some(Tok::Sym('/') | Tok::Num(1, _))) {
            j += 1;
        }
        if t.word(j).is_some_and(|w| is_in(w, lexicon::TIMES_WORDS)) && j > i + 2 {
            return Some((*freq, n, t.span(i, j)));
        }
    }
    None
}

/// Every weekday the text names, in table order, without repeats. A lone two-letter
/// abbreviation is no weekday ("ср. группа" is the middle group); "Сб, Вс" are two.
fn weekdays(text: &str, present: &[&str]) -> Option<Vec<String>> {
    let mut days: Vec<String> = Vec::new();
    let mut spelled = false;
    for (w, code) in lexicon::WEEKDAY_WORDS
        .iter()
        .filter(|(w, _)| may_contain(present, w))
    {
        if find_phrase(text, w).is_some() {
            spelled |= w.chars().count() > 2;
            if !days.iter().any(|d| d == code) {
                days.push(code.to_string());
            }
        }
    }
    (days.len() > 1 || (spelled && !days.is_empty())).then_some(days)
}

/// "Thứ 2, 4, 6 hàng tuần": the numbers listed after a numbered weekday are weekdays too.
fn listed_weekday_numbers(t: &Toks, days: &mut Vec<String>) {
    const CODES: [&str; 6] = ["MO", "TU", "WE", "TH", "FR", "SA"];
    let code = |j: usize| {
        t.num(j)
            .and_then(|(n, _)| usize::try_from(n).ok())
            .and_then(|n| CODES.get(n.checked_sub(2)?))
    };
    for i in 0..t.len() {
        if !t.word(i).is_some_and(|w| w == "thứ" || w == "thu") || code(i + 1).is_none() {
            continue;
        }
        let mut j = i + 2;
        while t.sym(j) == Some(',') || t.word(j).is_some_and(|w| is_in(w, lexicon::LIST_WORDS)) {
            let Some(c) = code(j + 1) else {
                break;
            };
            if !days.iter().any(|d| d == c) {
                days.push((*c).to_string());
            }
            j += 2;
        }
    }
}

/// "в последний четверг месяца", "каждая 3-я среда", "вторая и четвертая пятница месяца",
/// "first and third Wednesday": ordinal BYDAY values. An ordinal weekday of a named month
/// ("последнее воскресенье ноября") is a date, read by the grammar, not a habit.
fn ordinal_weekdays(t: &Toks) -> Option<(Vec<String>, Range<usize>)> {
    for i in 0..t.len() {
        let mut nths = [0i32; 4];
        let mut count = 0;
        let mut j = i;
        while count < nths.len()
            && let Some((nth, last)) = t.ordinal_at(j)
        {
            nths[count] = nth;
            count += 1;
            j = last + 1;
            let list =
                t.sym(j) == Some(',') || t.word(j).is_some_and(|w| is_in(w, lexicon::LIST_WORDS));
            if list && t.ordinal_at(j + 1).is_some() {
                j += 1;
            } else {
                break;
            }
        }
        if count == 0 {
            continue;
        }
        let Some((day, last)) = t.weekday_at(j) else {
            continue;
        };
        if t.names_month_at(last + 1)
            || !nths[..count]
                .iter()
                .all(|n| (-5..=5).contains(n) && *n != 0)
        {
            continue;
        }
        let code = code_of_weekday(day);
        let days = nths[..count].iter().map(|n| format!("{n}{code}")).collect();
        return Some((days, t.span(i, last)));
    }
    None
}

/// "со вторника по четверг", "từ thứ 2 đến thứ 6", "Monday to Friday": every day between.
fn weekday_range(t: &Toks) -> Option<(Vec<String>, Range<usize>)> {
    for i in 0..t.len() {
        let Some((from, last)) = t.weekday_at(i) else {
            continue;
        };
        let sep = t.sym(last + 1) == Some('-')
            || t.word(last + 1)
                .is_some_and(|w| is_in(w, lexicon::RANGE_WORDS));
        let Some((to, end)) = t.weekday_at(last + 2).filter(|_| sep) else {
            continue;
        };
        let mut days = Vec::with_capacity(7);
        let mut day: Weekday = from;
        loop {
            days.push(code_of_weekday(day).to_string());
            if day == to || days.len() == 7 {
                break;
            }
            day = day.succ();
        }
        return Some((days, t.span(i, end)));
    }
    None
}

/// "N раз в <period>", "N lần/ 1 <period>", "N times a <period>", "раз в полугодие", "once
/// a month": that period's freq, N times in it; "1 раз в 2 недели", "1 lần/ 2 tuần": every
/// second period (the last number).
fn per_period(t: &Toks) -> Option<(Freq, u32, u32, Range<usize>)> {
    for i in 0..t.len() {
        let (n, after) = match t.tok(i) {
            Some(Tok::Num(n, _))
                if (1..=31).contains(&n)
                    && t.word(i + 1)
                        .is_some_and(|w| is_in(w, lexicon::TIMES_WORDS)) =>
            {
                (n, i + 2)
            }
            Some(Tok::Word(w)) if i == 0 || t.num(i - 1).is_none() => {
                match lexicon::ONCE_WORDS.iter().find(|(f, _)| *f == w) {
                    Some((_, n)) => (*n, i + 1),
                    None => continue,
                }
            }
            _ => continue,
        };
        let mut j = after;
        let mut every = 1;
        loop {
            match t.tok(j) {
                Some(Tok::Sym('/') | Tok::Num(1, _)) => j += 1,
                Some(Tok::Num(k @ 2..=12, _)) if t.word(j + 1).is_some() => {
                    every = k;
                    j += 1;
                }
                Some(Tok::Word(w)) if is_in(w, lexicon::PERIOD_FILLERS) => j += 1,
                _ => break,
            }
        }
        let Some(w) = t.word(j) else {
            continue;
        };
        let next = t.word(j + 1);
        let two = next.and_then(|x| {
            lexicon::PERIOD_WORDS
                .iter()
                .find(|(f, _)| f.split_once(' ') == Some((w, x)))
        });
        let (freq, last) = match two {
            Some((_, f)) => (*f, j + 1),
            None => match lexicon::PERIOD_WORDS.iter().find(|(f, _)| *f == w) {
                Some((_, f)) => (*f, j),
                None => continue,
            },
        };
        return Some((freq, n, every, t.span(i, last)));
    }
    None
}
