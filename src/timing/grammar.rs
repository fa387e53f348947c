//! The grammar of timing cells: normalise the text, take the flags out, scan it into atoms
//! (dated points, bare days, years, range and list marks, times), then answer (in this order)
//! a recurrence, explicit dates and months, the month of the document's context, terms,
//! named terms, seasons and holidays, and whole-year phrases. Whatever is left is noise; what
//! cannot be dated stays unknown.
//!
//! The text is scanned once into tokens over a normalised copy (lowercase, "ё" as "е", one
//! kind of dash, single spaces) that remembers where each byte came from, so a phrase found
//! inside a longer sentence can be pointed at in the original.

use std::borrow::Cow;
use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::lexicon::{self, MonthUnit, TermKind};
use super::recurrence;
use super::rules::{self, RuleId};
use super::tokens::{
    MonthRef, Tok, Toks, VOCABULARY, find_phrase, is_in, is_letter_or_digit, may_contain,
    month_word, ordinal_word, tokenize, trailing_year, unit_word, year_of,
};
use super::{
    AcademicYear, Context, Flag, Freq, Lang, Precision, Span, Timing, TimingKind, TimingNote,
};

/// Longest text read; plans never need more, and it bounds the work per cell.
const MAX_CHARS: usize = 400;

/// The normalised text with a map back to the original's byte offsets.
struct Text {
    s: String,
    /// Original byte offset of each byte of `s` (and one past the end).
    orig: Vec<usize>,
}

fn normalise_text(input: &str) -> Text {
    let mut s = String::with_capacity(input.len().min(MAX_CHARS * 2));
    let mut orig = Vec::with_capacity(s.capacity() + 1);
    let mut last_space = true;
    for (count, (at, c)) in input.char_indices().enumerate() {
        if count >= MAX_CHARS {
            break;
        }
        let mapped = match c {
            'ё' | 'Ё' => 'е',
            '–' | '—' | '‒' | '―' | '‑' | '−' | '~' => '-',
            '«' | '»' | '"' | '“' | '”' | '„' => ' ',
            // "Mother’s Day": one apostrophe.
            '’' | '‘' => '\'',
            c if c.is_whitespace() || c.is_control() => ' ',
            c => c,
        };
        if mapped == ' ' {
            if !last_space {
                s.push(' ');
                orig.push(at);
            }
            last_space = true;
            continue;
        }
        last_space = false;
        for low in mapped.to_lowercase() {
            let before = s.len();
            s.push(low);
            orig.extend(std::iter::repeat_n(at, s.len() - before));
        }
    }
    while s.ends_with(' ') {
        s.pop();
        orig.pop();
    }
    orig.push(
        input
            .len()
            .min(orig.last().map(|o| o + 1).unwrap_or(0).max(input.len())),
    );
    Text { s, orig }
}

/// What days of a month a point covers.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Days {
    /// The whole month.
    Whole,
    /// Days `from..=to`, clipped to the month.
    Range { from: u32, to: u32 },
    /// Day `from` to the month's last day.
    ToMonthEnd { from: u32 },
    /// The month's last seven days ("последняя неделя мая").
    LastWeek,
    /// The `nth` (-1 = last) `weekday` of the month ("последнее воскресенье ноября").
    NthWeekday { nth: i32, weekday: Weekday },
    /// The `n`th Monday..Sunday week (week 1 holds the 1st), clipped to the month.
    CalendarWeek(u32),
    /// The Monday..Sunday week holding day `day` ("w/c 2nd March"); it may cross months.
    WeekOf { day: u32 },
}

/// A point or span of days within one month, before its year is settled.
#[derive(Clone, Copy, Debug)]
struct Point {
    month: u32,
    year: Option<i32>,
    days: Days,
    precision: Precision,
    /// The weekday written beside a day ("Monday 19th August"): it tells the year.
    weekday: Option<Weekday>,
}

impl Point {
    fn day(month: u32, year: Option<i32>, day: u32) -> Self {
        Point {
            month,
            year,
            days: Days::Range { from: day, to: day },
            precision: Precision::Day,
            weekday: None,
        }
    }

    fn month(month: u32, year: Option<i32>) -> Self {
        Point {
            month,
            year,
            days: Days::Whole,
            precision: Precision::Month,
            weekday: None,
        }
    }

    fn part(m: MonthRef, days: Days, precision: Precision) -> Self {
        Point {
            month: m.month,
            year: m.year,
            days,
            precision,
            weekday: None,
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Atom {
    Point(Point),
    /// A day number waiting for its month ("20" in "20-25 сентября").
    BareDay(u32),
    /// A whole calendar year ("Năm 2027").
    Year(i32),
    /// An academic year, September of the year given to August ("Năm học 2019 -2020").
    SchoolYear(i32),
    Range,
    List,
    Time(NaiveTime),
}

struct Scan {
    atoms: Vec<(Atom, Range<usize>)>,
    deadline: bool,
    /// The deadline is the end of the period named ("до конца мая"), not its start.
    deadline_at_end: bool,
    warnings: Vec<TimingNote>,
}

fn is_not_date_unit(t: &Toks, i: usize) -> bool {
    match t.tok(i) {
        Some(Tok::Word(w)) => lexicon::NOT_DATE_UNITS
            .iter()
            .any(|u| w == *u || (u.len() > 3 && w.starts_with(u))),
        Some(Tok::Sym('%')) => true,
        _ => false,
    }
}

/// Reads dates, months and their parts into atoms, one rule per kind of phrase.
struct Scanner<'t, 'a, 'c> {
    t: Toks<'t, 'a>,
    ctx: &'c Context,
    atoms: Vec<(Atom, Range<usize>)>,
    deadline: bool,
    deadline_at_end: bool,
    warnings: Vec<TimingNote>,
    /// A weekday just read, for the day that follows it.
    weekday: Option<Weekday>,
}

fn scan(t: Toks, ctx: &Context) -> Scan {
    let mut s = Scanner {
        t,
        ctx,
        atoms: Vec::new(),
        deadline: false,
        deadline_at_end: false,
        warnings: Vec::new(),
        weekday: None,
    };
    let mut i = 0;
    while i < t.len() {
        i = s.step(i).max(i + 1);
    }
    s.finish()
}

impl Scanner<'_, '_, '_> {
    fn push(&mut self, atom: Atom, a: usize, b: usize) {
        let atom = match atom {
            // "Monday 19th August": the weekday goes with the day after it.
            Atom::Point(p) if p.precision == Precision::Day && p.year.is_none() => {
                Atom::Point(Point {
                    weekday: self.weekday.take(),
                    ..p
                })
            }
            Atom::Point(_) => {
                self.weekday = None;
                atom
            }
            _ => atom,
        };
        self.atoms.push((atom, self.t.span(a, b)));
    }

    /// Reads what starts at token `i`; returns where the next rule starts.
    fn step(&mut self, i: usize) -> usize {
        if let Some(next) = self.lunar_note(i) {
            return next;
        }
        match self.t.tok(i) {
            Some(Tok::Num(n, len)) => self.number(i, n, len),
            Some(Tok::Word(w)) => self.word(i, w),
            Some(Tok::Sym(c)) => {
                self.symbol(c, i);
                i + 1
            }
            None => i + 1,
        }
    }

    /// A parenthesised lunar date is not a calendar date ("14/2 (tức 14 tháng Giêng)"), and
    /// a note in brackets after a date is no date of the event ("15 мая (перенесено с 10
    /// мая)"): skipped whole.
    fn lunar_note(&self, i: usize) -> Option<usize> {
        if self.t.sym(i) != Some('(') {
            return None;
        }
        let close = (i + 1..self.t.len()).find(|&j| self.t.sym(j) == Some(')'))?;
        let lunar = (i + 1..close)
            .filter_map(|j| self.t.word(j))
            .any(|w| is_in(w, lexicon::LUNAR_WORDS) || w == "âm");
        let note = !self.atoms.is_empty()
            && self
                .t
                .word(i + 1)
                .is_some_and(|w| is_in(w, lexicon::NOTE_WORDS));
        (lunar || note).then_some(close + 1)
    }

    fn number(&mut self, i: usize, n: u32, len: usize) -> usize {
        if let Some(next) = self.label_number(i, len) {
            return next;
        }
        if let Some(next) = self
            .iso_date(i, n, len)
            .or_else(|| self.school_year(i, i))
            .or_else(|| self.years_with_suffix(i, n, len))
            .or_else(|| self.year_with_suffix(i, n, len))
            .or_else(|| self.numeric_date(i, n))
            .or_else(|| self.hour_time(i, n))
            .or_else(|| self.clock_12h(i, n))
        {
            return next;
        }
        if is_not_date_unit(&self.t, i + 1)
            || (self.t.sym(i + 1) == Some('-') && is_not_date_unit(&self.t, i + 2))
        {
            // "4 tuần - Từ 4/11 -> 29/11": a dash after a count parts it from the dates.
            return if self.t.sym(i + 2) == Some('-') {
                i + 3
            } else {
                i + 2
            };
        }
        if let Some(next) = self
            .numbered_units(i)
            .or_else(|| self.ordinal_phrase(i))
            .or_else(|| self.day_and_month(i, n))
        {
            return next;
        }
        // "Half-Term 1: 4th September": a number ending a label is no day.
        let labelled = i > 0
            && self.t.word(i - 1).is_some()
            && self.t.sym(i + 1) == Some(':')
            && self.t.glued(i + 1)
            && !self.t.glued(i + 2);
        if labelled {
            return i + 2;
        }
        match self.t.ordinal_at(i) {
            // "1-е полугодие" is a term (read by `find_term`), not a day.
            Some((_, last)) if self.t.sym(i + 1) == Some('-') => last + 1,
            // "from Monday 9th to …": a day waiting for its month.
            Some((_, last)) => {
                self.push(Atom::BareDay(n), i, last);
                last + 1
            }
            None => {
                if (1..=31).contains(&n) && len <= 2 {
                    self.push(Atom::BareDay(n), i, i);
                }
                i + 1
            }
        }
    }

    /// "Year 6", "KS2", "Session 1 & 2", "Term 3 – Monday …": a small number after a label
    /// word (and the numbers listed with it) names a class, a session or a term, not a day.
    fn label_number(&mut self, i: usize, len: usize) -> Option<usize> {
        let t = self.t;
        let label = i
            .checked_sub(1)
            .and_then(|k| t.word(k))
            .is_some_and(|w| is_in(w, lexicon::LABEL_WORDS));
        if !label || len > 2 {
            return None;
        }
        let mut last = i;
        // "Year 5 & 6", "Years 5/6", "Session 1, 2": the numbers listed after it too.
        while matches!(t.sym(last + 1), Some('&' | '/' | ',' | '-'))
            && t.num(last + 2).is_some_and(|(_, l)| l <= 2)
            && t.month_at(last + 3).is_none()
            && t.ordinal_at(last + 2).is_none_or(|(_, l)| l <= last + 2)
        {
            last += 2;
        }
        Some(last + 1)
    }

    /// "11am", "4 pm", "10 a.m.": a time of day on the 12-hour clock.
    fn clock_12h(&mut self, i: usize, h: u32) -> Option<usize> {
        let (add, last) = half_day_at(&self.t, i + 1)?;
        if !(1..=12).contains(&h) {
            return None;
        }
        if let Some(time) = NaiveTime::from_hms_opt(h % 12 + add, 0, 0) {
            self.push(Atom::Time(time), i, last);
        }
        Some(last + 1)
    }

    /// "2 неделя апреля", "3, 4 неделя октября", "1-2 декада мая": weeks or decades numbered
    /// without an ordinal ending, one or several sharing the unit word and the month.
    fn numbered_units(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        // Each number with the mark that joins it to the one before ("-" a range, else a list).
        let mut numbered: Vec<(i32, Atom)> = Vec::new();
        let mut mark = Atom::List;
        let mut j = i;
        loop {
            let (n, len) = t.num(j)?;
            if len > 1 || !(1..=6).contains(&n) {
                return None;
            }
            numbered.push((i32::try_from(n).ok()?, mark));
            mark = match (t.sym(j + 1), t.word(j + 1)) {
                (Some('-'), _) => Atom::Range,
                (Some(','), _) => Atom::List,
                (_, Some(w)) if is_in(w, lexicon::LIST_WORDS) => Atom::List,
                _ => break,
            };
            t.num(j + 2)?;
            j += 2;
        }
        let unit = t.word(j + 1).and_then(unit_word)?;
        let m = self.month_after(j + 2, false)?;
        let parts: Vec<(Days, Atom)> = numbered
            .iter()
            .map(|&(n, mark)| unit_days(unit, n, m.calendar_weeks).map(|d| (d, mark)))
            .collect::<Option<_>>()?;
        for (k, (days, mark)) in parts.into_iter().enumerate() {
            if k > 0 {
                // "3, 4 неделя": neighbouring weeks are one span.
                let next = numbered.get(k).zip(numbered.get(k - 1));
                let adjacent = next.is_some_and(|((b, _), (a, _))| *b == *a + 1);
                self.push(if adjacent { Atom::Range } else { mark }, i, i);
            }
            self.push(
                Atom::Point(Point::part(m, days, Precision::Week)),
                i,
                m.last,
            );
        }
        Some(m.last + 1)
    }

    /// ISO: 2025-10-12.
    fn iso_date(&mut self, i: usize, n: u32, len: usize) -> Option<usize> {
        let t = self.t;
        let y = year_of(n, len).filter(|_| len == 4)?;
        let (m, _) = t.num(i + 2).filter(|_| t.sym(i + 1) == Some('-'))?;
        let (d, _) = t.num(i + 4).filter(|_| t.sym(i + 3) == Some('-'))?;
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        self.push(Atom::Point(Point::day(m, Some(y), d)), i, i + 4);
        Some(i + 5)
    }

    /// "2025-2026 учебный год", and after "Năm học" / "NH" (`first` is where those began):
    /// September 1 to August 31.
    fn school_year(&mut self, first: usize, i: usize) -> Option<usize> {
        let t = self.t;
        let y1 = t
            .num(i)
            .and_then(|(y, l)| year_of(y, l).filter(|_| l == 4))?;
        if !matches!(t.sym(i + 1), Some('-' | '/')) {
            return None;
        }
        let (y2, l2) = t.num(i + 2)?;
        let y2 = i32::try_from(y2).ok()?;
        let follows = (l2 == 4 && y2 == y1 + 1) || (l2 == 2 && y2 == (y1 + 1) % 100);
        if !follows {
            return None;
        }
        let named_after = t
            .word(i + 3)
            .is_some_and(|w| is_in(w, lexicon::SCHOOL_YEAR_AFTER));
        if first == i && !named_after {
            return None;
        }
        let last = if named_after { i + 3 } else { i + 2 };
        self.push(Atom::SchoolYear(y1), first, last);
        Some(last + 1)
    }

    /// "2007-2008 гг.", "2007-2008 г.г.": whole calendar years, first to last (a school year
    /// is written with its own words, "2025-2026 учебный год").
    fn years_with_suffix(&mut self, i: usize, n: u32, len: usize) -> Option<usize> {
        let t = self.t;
        let first = year_of(n, len).filter(|_| len == 4)?;
        let second = t
            .num(i + 2)
            .filter(|_| t.sym(i + 1) == Some('-'))
            .and_then(|(y, l)| year_of(y, l).filter(|_| l == 4))
            .filter(|&y| y > first)?;
        if !t
            .word(i + 3)
            .is_some_and(|w| is_in(w, lexicon::YEARS_SUFFIXES))
        {
            return None;
        }
        self.push(Atom::Year(first), i, i);
        self.push(Atom::Range, i + 1, i + 1);
        self.push(Atom::Year(second), i + 2, i + 3);
        Some(i + 4)
    }

    /// "на 2024г.", "в 2026 году": the calendar year.
    fn year_with_suffix(&mut self, i: usize, n: u32, len: usize) -> Option<usize> {
        let y = year_of(n, len).filter(|_| len == 4)?;
        if !self
            .t
            .word(i + 1)
            .is_some_and(|w| is_in(w, lexicon::YEAR_SUFFIXES))
        {
            return None;
        }
        self.push(Atom::Year(y), i, i + 1);
        Some(i + 2)
    }

    /// "7h30", "14ч00", "7 giờ 30": a time of day.
    fn hour_time(&mut self, i: usize, h: u32) -> Option<usize> {
        let t = self.t;
        let mark = t.word(i + 1).filter(|w| is_in(w, lexicon::HOUR_WORDS))?;
        let spaced_ok = mark == "giờ" || mark == "gio";
        if h > 23 || !(t.glued(i + 1) || spaced_ok) {
            return None;
        }
        let (m, last) = match t.num(i + 2) {
            Some((m, 2)) if m < 60 && (t.glued(i + 2) || spaced_ok) => (m, i + 2),
            _ if mark == "g" => return None,
            _ => (0, i + 1),
        };
        if let Some(time) = NaiveTime::from_hms_opt(h, m, 0) {
            self.push(Atom::Time(time), i, last);
        }
        Some(last + 1)
    }

    /// dd.mm[.yyyy], dd/mm[/yyyy], "14. 03. 2026.", "05 .11.2025г.", "ngày 20-4", and times
    /// hh.mm / hh:mm.
    fn numeric_date(&mut self, i: usize, n: u32) -> Option<usize> {
        let t = self.t;
        let sep = t.sym(i + 1)?;
        let (m, mlen) = t.num(i + 2)?;
        // "Summer 1/2": both halves of a named term, not the 1st of February.
        let halves = i > 0
            && t.word(i - 1)
                .is_some_and(|w| is_in(w, lexicon::HALVED_TERMS))
            && sep == '/'
            && (n, m) == (1, 2);
        if halves {
            return Some(i + 3);
        }
        // "05, 12, 19. 11": days listed before one month share it, however it is spaced.
        let listed = sep == '.'
            && t.glued(i + 1)
            && matches!(
                self.atoms.as_slice(),
                [.., (Atom::BareDay(_), _), (Atom::List, _)]
            );
        let glued = (t.glued(i + 1) && t.glued(i + 2)) || listed;
        if sep == '/'
            && glued
            && let Some(next) = self.american_date(i, n, m, mlen)
        {
            return Some(next);
        }
        match sep {
            '.' | '/' | ':' if glued => {
                if let Some(next) = self.time(i, n, sep, m, mlen) {
                    return Some(next);
                }
            }
            // "9-00", "11-00": hours as Russian plans write them (no month has a day 0).
            '-' if glued && mlen == 2 && m == 0 && n <= 23 => {
                return self.time(i, n, sep, m, mlen);
            }
            '.' | '/' | '-' => {}
            _ => return None,
        }
        // "8/2019", "12.2025": a month of a year.
        if matches!(sep, '.' | '/')
            && glued
            && mlen == 4
            && (1..=12).contains(&n)
            && let Some(y) = year_of(m, 4)
        {
            self.push(Atom::Point(Point::month(n, Some(y))), i, i + 2);
            return Some(i + 3);
        }
        if !(1..=31).contains(&n) || !(1..=12).contains(&m) || mlen > 2 {
            return None;
        }
        // "12 /11/16": a day spaced from a month and year written as one.
        let month_year_glued = sep != '-' && t.glued(i + 2) && t.glued(i + 4);
        let year = match (t.sym(i + 3), t.num(i + 4)) {
            (Some(s2), Some((y, ylen)))
                if (s2 == sep || (s2 == '.' && sep != '-'))
                    && t.glued(i + 3)
                    && (glued || ylen == 4 || month_year_glued) =>
            {
                year_of(y, ylen)
            }
            // "3 .10. 2025": spaced, so only with its year.
            (Some(s2), Some((y, 4))) if s2 == sep || s2 == '.' => year_of(y, 4),
            _ => None,
        };
        let dash_day = sep == '-'
            && glued
            && (year.is_some()
                || (i > 0
                    && t.word(i - 1).is_some_and(|w| is_in(w, lexicon::DAY_WORDS))
                    && !matches!(t.sym(i + 3), Some('/' | '.'))
                    && t.month_at(i + 3).is_none()));
        if !((sep != '-' && (glued || year.is_some())) || dash_day) {
            return None;
        }
        // "1.1.", "2.3." are section numbers: a date writes its month with two digits or
        // has no dot after it.
        let numbering = year.is_none()
            && sep == '.'
            && mlen == 1
            && t.num(i).is_some_and(|(_, len)| len == 1)
            && t.sym(i + 3) == Some('.')
            && t.glued(i + 3);
        if numbering {
            return Some(i + 4);
        }
        let last = if year.is_some() { i + 4 } else { i + 2 };
        self.push(Atom::Point(Point::day(m, year, n)), i, last);
        let mut next = last + 1;
        // "г.", "года" after a year
        while t
            .word(next)
            .is_some_and(|w| w == "г" || w == "года" || w == "год")
            || (t.sym(next) == Some('.') && t.word(next - 1) == Some("г"))
        {
            next += 1;
        }
        Some(next)
    }

    /// "Tuesday 10/14", "Mon 9/21/2026": after a weekday, a month and a day in the American
    /// order (the day is past 12, so no other reading fits).
    fn american_date(&mut self, i: usize, month: u32, day: u32, dlen: usize) -> Option<usize> {
        let t = self.t;
        if self.weekday.is_none()
            || !(1..=12).contains(&month)
            || !(13..=31).contains(&day)
            || dlen > 2
        {
            return None;
        }
        let year = t
            .num(i + 4)
            .filter(|_| t.sym(i + 3) == Some('/') && t.glued(i + 3))
            .and_then(|(y, l)| year_of(y, l));
        let last = if year.is_some() { i + 4 } else { i + 2 };
        self.push(Atom::Point(Point::day(month, year, day)), i, last);
        Some(last + 1)
    }

    /// "10.00", "14:30", "10.00ч": a time of day, not a date.
    fn time(&mut self, i: usize, n: u32, sep: char, m: u32, mlen: usize) -> Option<usize> {
        let t = self.t;
        let hour_word = |w: &str| w == "ч" || w == "час" || w == "h" || w == "giờ";
        let time_like = sep == ':'
            || (mlen == 2 && (m == 0 || m > 12) && m < 60 && n <= 23)
            || t.word(i + 3).is_some_and(hour_word);
        if !(time_like && n <= 23 && m < 60) {
            return None;
        }
        // "10:00 AM", "3.30pm".
        let half = half_day_at(&t, i + 3).filter(|_| (1..=12).contains(&n));
        let hour = half.map_or(n, |(add, _)| n % 12 + add);
        if let Some(time) = NaiveTime::from_hms_opt(hour, m, 0) {
            self.push(Atom::Time(time), i, i + 2);
        }
        if let Some((_, last)) = half {
            return Some(last + 1);
        }
        let next = i + 3;
        Some(
            if t.word(next)
                .is_some_and(|w| w == "ч" || w == "час" || w == "h")
            {
                next + 1
            } else {
                next
            },
        )
    }

    /// "12 апреля [2026]", "12 tháng 3 năm 2026", "10th February", "1-го сентября".
    fn day_and_month(&mut self, i: usize, n: u32) -> Option<usize> {
        let last = match self.t.ordinal_at(i) {
            Some((_, last)) => last,
            None => i,
        };
        if !(1..=31).contains(&n) {
            return None;
        }
        // "с 5. по 10. октября": a stray full stop after the day (not a numbered line's "1.").
        let stray = i > 0 && self.t.sym(last + 1) == Some('.') && self.t.glued(last + 1);
        let m = self
            .t
            .month_at(last + 1)
            .or_else(|| stray.then(|| self.t.month_at(last + 2)).flatten())?;
        self.push(Atom::Point(Point::day(m.month, m.year, n)), i, m.last);
        Some(m.last + 1)
    }

    fn word(&mut self, i: usize, w: &str) -> usize {
        if !VOCABULARY.scan_starts.contains(w) {
            return i + 1;
        }
        self.month_named(i, w)
            .or_else(|| self.month_part(i, w))
            .or_else(|| self.ordinal_phrase(i))
            .or_else(|| self.unit_number(i, w))
            .or_else(|| self.week_of(i))
            .or_else(|| self.named_school_year(i))
            .or_else(|| self.calendar_years(i, w))
            .or_else(|| self.weekday_name(i))
            .unwrap_or_else(|| self.connective(i, w))
    }

    /// "сентябрь", "tháng 9/2024", "T9", and "May 15" (English order: the day follows).
    fn month_named(&mut self, i: usize, w: &str) -> Option<usize> {
        if w == "of" {
            return None;
        }
        let m = self.t.month_at(i)?;
        let t = self.t;
        // "Nov. 30", "Dec. 23, 2024": an English abbreviation's full stop before the day.
        let at = if w.is_ascii() && t.sym(i + 1) == Some('.') && t.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if month_word(w).is_some()
            && m.year.is_none()
            && let Some((d, dlen)) = t.num(at)
            && dlen <= 2
            && (1..=31).contains(&d)
            && !matches!(t.sym(at + 1), Some('.' | '/'))
            && !is_not_date_unit(&t, at + 1)
        {
            let dlast = t.ordinal_at(at).map_or(at, |(_, l)| l);
            // "Sept 2nd-6th", "September 2-6": the month's days from one to the other.
            if let Some((to, tlast)) = day_after_dash(&t, dlast + 1).filter(|&(to, _)| to > d) {
                let (year, last) = trailing_year(&t, tlast + 1);
                self.push(Atom::Point(Point::day(m.month, year, d)), i, dlast);
                self.push(Atom::Range, dlast + 1, dlast + 1);
                self.push(
                    Atom::Point(Point::day(m.month, year, to)),
                    dlast + 2,
                    last.unwrap_or(tlast),
                );
                return Some(last.unwrap_or(tlast) + 1);
            }
            let (year, last) = trailing_year(&t, dlast + 1);
            let mut last = last.unwrap_or(dlast);
            self.push(Atom::Point(Point::day(m.month, year, d)), i, last);
            // "October 1, 2, 8, 9": the days listed after it are of the same month.
            while year.is_none()
                && let Some((day, dl)) = listed_day(&t, last + 1)
                && (1..=31).contains(&day)
                && t.month_at(dl + 1).is_none()
            {
                self.push(Atom::List, last + 1, last + 1);
                self.push(Atom::Point(Point::day(m.month, None, day)), last + 2, dl);
                last = dl;
            }
            return Some(last + 1);
        }
        self.push(Atom::Point(Point::month(m.month, m.year)), i, m.last);
        if is_in(w, lexicon::MONTH_NUMBER_WORDS) && m.year.is_none() {
            return Some(self.more_month_numbers(m.last + 1));
        }
        Some(m.last + 1)
    }

    /// After "tháng 9", numbers are months too: "Tháng 9,10", "tháng 9, 10 và 11".
    fn more_month_numbers(&mut self, mut j: usize) -> usize {
        let t = self.t;
        loop {
            let sep = match (t.sym(j), t.word(j)) {
                (Some('-'), _) => Atom::Range,
                (Some(',' | '+'), _) => Atom::List,
                (_, Some(w)) if is_in(w, lexicon::LIST_WORDS) => Atom::List,
                (_, Some(w)) if is_in(w, lexicon::RANGE_WORDS) => Atom::Range,
                _ => return j,
            };
            let Some((month, mlen)) = t.num(j + 1) else {
                return j;
            };
            let dated = matches!(t.sym(j + 2), Some('/' | '.')) && t.num(j + 3).is_some();
            if mlen > 2 || !(1..=12).contains(&month) || dated {
                return j;
            }
            self.push(sep, j, j);
            self.push(Atom::Point(Point::month(month, None)), j + 1, j + 1);
            j += 2;
        }
    }

    /// A month named after `i`, or else (in a month plan) the document's month: "месяца",
    /// "tháng" or nothing at all stand for it.
    fn month_after(&self, i: usize, generic_only: bool) -> Option<MonthRef> {
        if let Some(m) = self.t.month_at(i) {
            return Some(MonthRef {
                calendar_weeks: self.ctx.month.is_some(),
                ..m
            });
        }
        let (year, month) = self.ctx.month?;
        let last = match self.t.generic_month_at(i) {
            Some(last) => last,
            None if !generic_only => i.saturating_sub(1),
            None => return None,
        };
        Some(MonthRef {
            month,
            year: Some(year),
            last,
            calendar_weeks: true,
        })
    }

    /// начало/середина/конец <month>, "cuối tháng" (in a month plan).
    fn month_part(&mut self, i: usize, w: &str) -> Option<usize> {
        let &(_, a, b) = lexicon::MONTH_PARTS.iter().find(|(p, _, _)| *p == w)?;
        // "Mid-March": the hyphen joins the part to its month.
        let j = if self.t.sym(i + 1) == Some('-') && self.t.glued(i + 1) && self.t.glued(i + 2) {
            i + 2
        } else {
            i + 1
        };
        let m = self.month_after(j, true)?;
        let days = if b == 0 {
            Days::ToMonthEnd { from: a }
        } else {
            Days::Range { from: a, to: b }
        };
        self.push(
            Atom::Point(Point::part(m, days, Precision::Week)),
            i,
            m.last,
        );
        Some(m.last + 1)
    }

    /// первая декада мая, "2-я неделя сентября", "the third week of November", "вторая
    /// неделя" (in a month plan), "в последнее воскресенье ноября" (the exact date; "в последний
    /// четверг месяца" is a recurrence, read there).
    fn ordinal_phrase(&mut self, i: usize) -> Option<usize> {
        let (nth, last) = self.t.ordinal_at(i)?;
        if let Some(unit) = self.t.word(last + 1).and_then(unit_word) {
            let m = self.month_after(last + 2, false)?;
            if let Some(days) = unit_days(unit, nth, m.calendar_weeks) {
                self.push(
                    Atom::Point(Point::part(m, days, Precision::Week)),
                    i,
                    m.last,
                );
            }
            return Some(m.last + 1);
        }
        let (weekday, wlast) = self.t.weekday_at(last + 1)?;
        let m = self.t.month_at(wlast + 1)?;
        let days = Days::NthWeekday { nth, weekday };
        self.push(Atom::Point(Point::part(m, days, Precision::Day)), i, m.last);
        Some(m.last + 1)
    }

    /// "tuần 2 tháng 10", "Tuần 1/ tháng 10", "Tuần 1-2 tháng 9", "Tuần thứ 11", "неделя 2"
    /// and "Tuần 2" (in a month plan).
    fn unit_number(&mut self, i: usize, w: &str) -> Option<usize> {
        let unit = unit_word(w)?;
        let t = self.t;
        // "tuần 2", "неделя 2", and "tuần đầu" / "tuần cuối" (the first / last week).
        let (n, last) = match (t.num(i + 1), t.ordinal_at(i + 1)) {
            (_, Some((nth, last))) if t.word(i + 1).is_some() => (nth, last),
            (Some((n, _)), _) => (i32::try_from(n.min(99)).ok()?, i + 1),
            _ => week_number_after_label(&t, i + 1)?,
        };
        let through = week_number_through(&t, n, last);
        let after = through.map_or(last, |(_, l)| l) + 1;
        let mut j = after;
        if matches!(t.sym(j), Some('/' | ',')) {
            j += 1;
        }
        // "Tuần 1 Từ 09/9- 14/9": the week's number is no day, even with no month named.
        let Some(m) = self.month_after(j, false) else {
            return Some(after);
        };
        let part = |nth| unit_days(unit, nth, m.calendar_weeks);
        match (through, part(n)) {
            (Some((b, blast)), Some(first)) => {
                if let Some(second) = part(b) {
                    self.push(Atom::Point(Point::part(m, first, Precision::Week)), i, last);
                    self.push(Atom::Range, last + 1, last + 1);
                    let second = Point::part(m, second, Precision::Week);
                    self.push(Atom::Point(second), blast, m.last.max(blast));
                }
            }
            (None, Some(days)) => {
                let p = Point::part(m, days, Precision::Week);
                self.push(Atom::Point(p), i, m.last.max(last));
            }
            _ => {}
        }
        Some(m.last.max(after - 1) + 1)
    }

    /// "the week of Monday 2nd February", "w/c 2nd March": that Monday..Sunday week.
    fn week_of(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let mut j = t.phrase_at(i, lexicon::WEEK_OF)? + 1;
        if let Some((_, last)) = t.weekday_at(j) {
            j = last + 1;
        }
        let (day, _) = t.num(j)?;
        let mut dlast = t.ordinal_at(j).map_or(j, |(_, l)| l);
        // "w/c 13th & 20th October": weeks commencing each day listed.
        let mut days = vec![day];
        while let Some((d, last)) = listed_day(&t, dlast + 1) {
            days.push(d);
            dlast = last;
        }
        let m = t
            .month_at(dlast + 1)
            .or_else(|| (days.len() == 1).then(|| numeric_month(&t, j)).flatten())?;
        if !days.iter().all(|d| (1..=31).contains(d)) {
            return None;
        }
        for (k, &day) in days.iter().enumerate() {
            if k > 0 {
                self.push(Atom::List, i, i);
            }
            let p = Point::part(m, Days::WeekOf { day }, Precision::Week);
            self.push(Atom::Point(p), i, m.last);
        }
        Some(m.last + 1)
    }

    /// "Năm học 2019 -2020", "NH 2020-2021".
    fn named_school_year(&mut self, i: usize) -> Option<usize> {
        let last = self.t.phrase_at(i, lexicon::SCHOOL_YEAR_BEFORE)?;
        self.school_year(i, last + 1)
    }

    /// A weekday beside a date is decoration ("MONDAY, 17 February to FRIDAY, 21 February"):
    /// it and the comma after it are no list.
    fn weekday_name(&mut self, i: usize) -> Option<usize> {
        let (day, last) = self.t.weekday_at(i)?;
        self.weekday = Some(day);
        Some(if self.t.sym(last + 1) == Some(',') {
            last + 2
        } else {
            last + 1
        })
    }

    /// "Năm 2027", "Giai đoạn 2025 - 2028": whole calendar years.
    fn calendar_years(&mut self, i: usize, w: &str) -> Option<usize> {
        if !is_in(w, lexicon::YEAR_WORDS) {
            return None;
        }
        let t = self.t;
        let first = t
            .num(i + 1)
            .and_then(|(y, l)| year_of(y, l).filter(|_| l == 4))?;
        self.push(Atom::Year(first), i, i + 1);
        let dash = t.sym(i + 2) == Some('-')
            || t.word(i + 2)
                .is_some_and(|w| is_in(w, lexicon::RANGE_WORDS));
        if dash
            && let Some(second) = t
                .num(i + 3)
                .and_then(|(y, l)| year_of(y, l).filter(|_| l == 4))
            && second >= first
        {
            self.push(Atom::Range, i + 2, i + 2);
            self.push(Atom::Year(second), i + 3, i + 3);
            return Some(i + 4);
        }
        Some(i + 2)
    }

    /// Range and list words between points, and the words that make a deadline.
    fn connective(&mut self, i: usize, w: &str) -> usize {
        if let Some(last) = self.t.phrase_at(i, lexicon::END_VERBS)
            && !self.atoms.is_empty()
        {
            // "6 апреля и завершится 26 мая": the verb, not the "и", joins the two dates.
            if matches!(self.atoms.last(), Some((Atom::List, _))) {
                self.atoms.pop();
            }
            self.push(Atom::Range, i, last);
            return last + 1;
        }
        if is_in(w, lexicon::RANGE_WORDS) && !self.atoms.is_empty() {
            self.push(Atom::Range, i, i);
        } else if is_in(w, lexicon::LIST_WORDS) && !self.atoms.is_empty() {
            self.push(Atom::List, i, i);
        } else if self.atoms.is_empty() {
            // two-word openers first ("не позднее", "в срок до", "trước ngày")
            if let Some(last) = self.t.phrase_at(i, lexicon::DEADLINE_WORDS) {
                self.deadline = true;
                // "до конца 2026 года", "by the end of May": due when the period ends.
                if let Some(end) = self.t.phrase_at(last + 1, lexicon::END_OF_WORDS) {
                    self.deadline_at_end = true;
                    return end + 1;
                }
                return last + 1;
            }
        }
        i + 1
    }

    fn symbol(&mut self, c: char, i: usize) {
        if self.atoms.is_empty() {
            return;
        }
        match c {
            '-' if self.label_dash(i) => {}
            '-' => self.push(Atom::Range, i, i),
            ',' | ';' | '&' | '+' => self.push(Atom::List, i, i),
            _ => {}
        }
    }

    /// "October holidays - 14 October to 25 October": a dash after a label that names a month
    /// parts the label from the dates; it is no range from that month.
    fn label_dash(&self, i: usize) -> bool {
        let Some((Atom::Point(p), read)) = self.atoms.last() else {
            return false;
        };
        let Some(w) = i.checked_sub(1).and_then(|k| self.t.word(k)) else {
            return false;
        };
        p.days == Days::Whole
            && w.chars().count() >= 3
            && self.t.weekday_at(i - 1).is_none()
            && self.t.span(i - 1, i - 1).start >= read.end
    }

    fn finish(mut self) -> Scan {
        // A day outside its month is a typo, not a date.
        for (a, _) in &self.atoms {
            if let Atom::Point(p) = a
                && let Days::Range { from, .. } = p.days
                && from > days_in(p.month, p.year.unwrap_or(2001))
            {
                self.warnings.push(TimingNote::NoSuchDay {
                    day: from,
                    month: p.month,
                });
            }
        }
        Scan {
            atoms: self.atoms,
            deadline: self.deadline,
            deadline_at_end: self.deadline_at_end,
            warnings: self.warnings,
        }
    }
}

/// The days of the `nth` (-1 = last) unit of a month.
fn unit_days(unit: MonthUnit, nth: i32, calendar_weeks: bool) -> Option<Days> {
    let range = |from, to| Some(Days::Range { from, to });
    match (unit, nth) {
        (MonthUnit::Decade, 1) => range(1, 10),
        (MonthUnit::Decade, 2) => range(11, 20),
        (MonthUnit::Decade, 3 | -1) => Some(Days::ToMonthEnd { from: 21 }),
        (MonthUnit::Half, 1) => range(1, 15),
        (MonthUnit::Half, 2 | -1) => Some(Days::ToMonthEnd { from: 16 }),
        (MonthUnit::Week, -1) => Some(Days::LastWeek),
        (MonthUnit::Week, n @ 1..=6) if calendar_weeks => {
            Some(Days::CalendarWeek(n.unsigned_abs()))
        }
        (MonthUnit::Week, n @ 1..=4) => range(n.unsigned_abs() * 7 - 6, n.unsigned_abs() * 7),
        (MonthUnit::Week, 5) => Some(Days::ToMonthEnd { from: 29 }),
        _ => None,
    }
}

/// "& 20th", ", 20", "and 20" at `i`: a further day of a list and its last token.
fn listed_day(t: &Toks, i: usize) -> Option<(u32, usize)> {
    let list = matches!(t.sym(i), Some('&' | ','))
        || t.word(i).is_some_and(|w| is_in(w, lexicon::LIST_WORDS));
    let (d, len) = t.num(i + 1).filter(|_| list)?;
    let last = t.ordinal_at(i + 1).map_or(i + 1, |(_, l)| l);
    (len <= 2).then_some((d, last))
}

/// "am" / "pm" at `i` ("11am", "4 pm", "10 a.m."): what it adds to the hour, and its last
/// token.
fn half_day_at(t: &Toks, i: usize) -> Option<(u32, usize)> {
    let w = t.word(i)?;
    if let Some(&(_, add)) = lexicon::HALF_DAY_WORDS.iter().find(|(p, _)| *p == w) {
        return Some((add, i));
    }
    let add = match w {
        "a" => 0,
        "p" => 12,
        _ => return None,
    };
    if t.sym(i + 1) != Some('.') || t.word(i + 2) != Some("m") {
        return None;
    }
    Some((
        add,
        if t.sym(i + 3) == Some('.') {
            i + 3
        } else {
            i + 2
        },
    ))
}

/// The month (and year) of a numeric day at `i`: "04.03.24", "4/3/2024", "04.03".
fn numeric_month(t: &Toks, i: usize) -> Option<MonthRef> {
    let sep = t.sym(i + 1).filter(|c| matches!(c, '.' | '/'))?;
    let (month, _) = t.num(i + 2).filter(|&(m, _)| (1..=12).contains(&m))?;
    if !(t.glued(i + 1) && t.glued(i + 2)) {
        return None;
    }
    let year = t
        .num(i + 4)
        .filter(|_| t.sym(i + 3) == Some(sep) && t.glued(i + 3) && t.glued(i + 4))
        .and_then(|(y, len)| year_of(y, len));
    Some(MonthRef {
        month,
        year,
        last: if year.is_some() { i + 4 } else { i + 2 },
        calendar_weeks: false,
    })
}

/// "-6th", "-6" at `i` (a day with no month of its own): the day and its last token.
fn day_after_dash(t: &Toks, i: usize) -> Option<(u32, usize)> {
    let (d, len) = t.num(i + 1).filter(|_| t.sym(i) == Some('-'))?;
    let last = t.ordinal_at(i + 1).map_or(i + 1, |(_, l)| l);
    let dated = matches!(t.sym(last + 1), Some('.' | '/' | ':')) || t.month_at(last + 1).is_some();
    (len <= 2 && (1..=31).contains(&d) && !dated).then_some((d, last))
}

/// "thứ 11", "thứ: 11", ": 11" after a unit word ("Tuần thứ: 11"): the number and its token.
fn week_number_after_label(t: &Toks, i: usize) -> Option<(i32, usize)> {
    let mut k = i;
    if t.word(k).is_some_and(|w| is_in(w, lexicon::NUMBER_LABELS)) {
        k += 1;
    }
    if t.sym(k) == Some(':') {
        k += 1;
    }
    let (n, _) = t.num(k).filter(|&(_, len)| k > i && len <= 2)?;
    Some((i32::try_from(n).ok()?, k))
}

/// "1-2" in "Tuần 1-2 tháng 9": the last week's number and token, when a later week follows
/// the dash (not a day and month, as in "Tuần 1 - 2/9").
fn week_number_through(t: &Toks, n: i32, last: usize) -> Option<(i32, usize)> {
    let sep = t.sym(last + 1)?;
    let (b, len) = t.num(last + 2).filter(|_| matches!(sep, '-' | ','))?;
    let b = i32::try_from(b).ok()?;
    let dated = matches!(t.sym(last + 3), Some('/' | '.'));
    // "Tuần 1,2 tháng 10": listed weeks run on only to the next one.
    let follows = if sep == '-' { n < b } else { b == n + 1 };
    (len == 1 && follows && b <= 5 && !dated).then_some((b, last + 2))
}

fn days_in(month: u32, year: i32) -> u32 {
    NaiveDate::from_ymd_opt(year, month, 1)
        .map_or(31, |first| super::last_day_of_month(first).day())
}

/// The first and last day a point covers in `year`.
fn point_days(p: &Point, year: i32) -> Option<(NaiveDate, NaiveDate)> {
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
fn nth_weekday(year: i32, month: u32, nth: i32, weekday: Weekday) -> Option<u32> {
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
fn calendar_week(year: i32, month: u32, n: u32) -> Option<(u32, u32)> {
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
struct Segment {
    from: Point,
    to: Option<Point>,
}

/// A scanned item as the first and last point it covers (a year is January..December).
fn item_points(atom: &Atom) -> Option<(Point, Point)> {
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
fn resolve_days(atoms: &[(Atom, Range<usize>)], ctx: &Context) -> Vec<Atom> {
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
fn lost_dash(a: &Atom, b: Option<&Atom>) -> Option<Point> {
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
fn adjoining_parts(a: &Point, b: &Point) -> bool {
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

fn segments(atoms: &[(Atom, Range<usize>)], ctx: &Context) -> Vec<Segment> {
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
fn weekday_year(p: &Point, year: i32, ctx: &Context) -> i32 {
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
const BORDER_DAYS: i64 = 62;

/// The dates of a segment, with typo repair. Every month's year is the context's.
fn segment_span(
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

fn term_span(
    kind: TermKind,
    n: u32,
    ctx: &Context,
    explicit_year: Option<i32>,
    lang: Lang,
) -> Option<(NaiveDate, NaiveDate)> {
    let year: AcademicYear = ctx.year;
    let f = year.first_year();
    let s = f + 1;
    let d = |y: i32, m: u32, day: u32| NaiveDate::from_ymd_opt(y, m, day);
    let kind = match (kind, lang) {
        (TermKind::Half, Lang::Vi) => TermKind::ViTerm,
        (kind, Lang::Ru | Lang::Vi | Lang::En) => kind,
    };
    Some(match (kind, n) {
        (TermKind::Half, 1) => (d(f, 9, 1)?, d(f, 12, 31)?),
        (TermKind::Half, 2) => (d(s, 1, 1)?, d(s, 5, 31)?),
        (TermKind::Quarter, 1) => (d(f, 9, 1)?, d(f, 10, 31)?),
        (TermKind::Quarter, 2) => (d(f, 11, 1)?, d(f, 12, 31)?),
        (TermKind::Quarter, 3) => (d(s, 1, 1)?, d(s, 3, 31)?),
        (TermKind::Quarter, 4) => (d(s, 4, 1)?, d(s, 5, 31)?),
        (TermKind::ViTerm, 1) => (d(f, 9, 1)?, d(s, 1, 15)?),
        (TermKind::ViTerm, 2) => (d(s, 1, 16)?, d(s, 5, 31)?),
        (TermKind::CalendarQuarter, q @ 1..=4) => {
            let first_month = (q - 1) * 3 + 1;
            let y = explicit_year.unwrap_or_else(|| ctx.year_of_month(first_month));
            let end = d(y, first_month + 2, days_in(first_month + 2, y))?;
            (d(y, first_month, 1)?, end)
        }
        _ => return None,
    })
}

/// One term as written: its kind, number, explicit year and tokens.
struct TermAt {
    kind: TermKind,
    n: u32,
    /// The last term of "I-II четверть", "I и II полугодие" (else `n`).
    through: u32,
    year: Option<i32>,
    first: usize,
    last: usize,
}

/// The kind of term named at `i` ("полугодие", "học kỳ") and its last token.
fn term_kind_at(t: &Toks, i: usize) -> Option<(TermKind, usize)> {
    let w = t.word(i)?;
    if let Some(next) = t.word(i + 1)
        && let Some((_, k)) = lexicon::TERM_WORDS
            .iter()
            .find(|(f, _)| f.split_once(' ') == Some((w, next)))
    {
        return Some((*k, i + 1));
    }
    lexicon::TERM_WORDS
        .iter()
        .find(|(f, _)| *f == w)
        .map(|(_, k)| (*k, i))
}

fn term_number_at(t: &Toks, i: usize) -> Option<u32> {
    match t.tok(i)? {
        Tok::Num(n, _) if (1..=4).contains(&n) => Some(n),
        Tok::Word(w) => ordinal_word(w),
        _ => None,
    }
}

/// A term starting at token `i`: "HKI", "I полугодие", "2-я четверть", "học kỳ II", "Quý
/// IV/2025".
fn term_at(t: &Toks, i: usize) -> Option<TermAt> {
    if let Some(w) = t.word(i)
        && let Some((_, kind, n)) = lexicon::COMPACT_TERMS.iter().find(|(f, _, _)| *f == w)
    {
        return Some(TermAt {
            kind: *kind,
            n: *n,
            through: *n,
            year: None,
            first: i,
            last: i,
        });
    }
    // number then kind: "I полугодие", "2-я четверть", "I-II четверть", "I и II полугодие"
    if let Some(n) = term_number_at(t, i) {
        let (through, mut k) = term_numbers_through(t, n, i + 1);
        if t.sym(k) == Some('-') && t.word(k + 1).is_some_and(|w| w.chars().count() <= 2) {
            k += 2;
        }
        if let Some((kind, last)) = term_kind_at(t, k)
            // "Đầu học kỳ II": a word before a term that has its own number says which part.
            && !(t.word(i).is_some() && term_number_at(t, last + 1).is_some())
        {
            let (year, ylast) = trailing_year(t, last + 1);
            return Some(TermAt {
                kind,
                n,
                through,
                year,
                first: i,
                last: ylast.unwrap_or(last),
            });
        }
    }
    // kind then number: "học kỳ II", "HK1", "quý IV/2025"
    let (kind, last) = term_kind_at(t, i)?;
    let n = term_number_at(t, last + 1)?;
    let (year, ylast) = trailing_year(t, last + 2);
    Some(TermAt {
        kind,
        n,
        through: n,
        year,
        first: i,
        last: ylast.unwrap_or(last + 1),
    })
}

/// "-II", " и II", ", II" after term number `n` at `i`: the last term number and where the
/// term's word may start. A list ("I и II") runs on only to the next term; a dash may span more
/// ("I-III четверть").
fn term_numbers_through(t: &Toks, n: u32, i: usize) -> (u32, usize) {
    let dash = t.sym(i) == Some('-');
    let list = t.sym(i) == Some(',') || t.word(i).is_some_and(|w| is_in(w, lexicon::LIST_WORDS));
    match term_number_at(t, i + 1) {
        Some(m) if (dash && m > n) || (list && m == n + 1) => (m, i + 2),
        _ => (n, i),
    }
}

/// "I полугодие", "2 четверть", "học kỳ II", "II квартал 2026", "Quý IV/2025", and ranges of
/// them ("Quý I – Quý II/2026": the year written once serves both).
fn find_term(
    t: &Toks,
    ctx: &Context,
    lang: Lang,
) -> Option<((NaiveDate, NaiveDate), Range<usize>)> {
    for i in 0..t.len() {
        let Some(first) = term_at(t, i) else {
            continue;
        };
        let Some(span) = term_span(first.kind, first.n, ctx, first.year, lang) else {
            continue;
        };
        let span = match term_span(first.kind, first.through, ctx, first.year, lang) {
            Some(last) if first.through > first.n => (span.0, last.1),
            _ => span,
        };
        let dash = t.sym(first.last + 1) == Some('-')
            || t.word(first.last + 1)
                .is_some_and(|w| is_in(w, lexicon::RANGE_WORDS));
        // "HKI, HKII", "học kỳ I và học kỳ II": the next term of the kind, listed, joins on.
        let list = t.sym(first.last + 1) == Some(',')
            || t.word(first.last + 1)
                .is_some_and(|w| is_in(w, lexicon::LIST_WORDS));
        let next_listed =
            |second: &TermAt| list && second.kind == first.kind && second.n == first.through + 1;
        if (dash || list)
            && let Some(second) = term_at(t, first.last + 2)
            && (dash || next_listed(&second))
            && let year = first.year.or(second.year)
            && let Some(a) = term_span(first.kind, first.n, ctx, year, lang)
            && let Some(b) = term_span(second.kind, second.through, ctx, second.year.or(year), lang)
            && a.0 <= b.1
        {
            return Some(((a.0, b.1), t.span(first.first, second.last)));
        }
        return Some((span, t.span(first.first, first.last)));
    }
    None
}

fn detect_lang(text: &str) -> Lang {
    if text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        Lang::Ru
    } else if text
        .chars()
        .any(|c| lexicon::VIETNAMESE_LETTERS.contains(c))
        || ["thang", "ngay", "lan", "nam hoc"]
            .iter()
            .any(|w| find_phrase(text, w).is_some())
    {
        Lang::Vi
    } else {
        Lang::En
    }
}

fn precision_of(freq: Freq) -> Precision {
    match freq {
        Freq::Daily => Precision::Day,
        Freq::Weekly => Precision::Week,
        Freq::Monthly => Precision::Month,
        Freq::Termly => Precision::Term,
        Freq::Yearly => Precision::Year,
    }
}

/// What the scan dated: spans in order, and the times written beside them.
struct Dated {
    spans: Vec<(NaiveDate, NaiveDate, Precision)>,
    /// Some segment is a range of two points ("с 1 по 5 мая").
    ranged: bool,
    times: Vec<NaiveTime>,
    /// Normalised bytes the points were read from.
    range: Option<Range<usize>>,
}

impl Dated {
    fn new(scan: &mut Scan, ctx: &Context) -> Self {
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

/// What the rules read: the text, its scan, and what was found in it before any rule ran.
struct Cell<'c> {
    work: &'c str,
    may: &'c dyn Fn(&str) -> bool,
    t: &'c Toks<'c, 'c>,
    ctx: &'c Context,
    lang: Lang,
    dated: &'c Dated,
    /// A deadline word, and whether it is due at the period's end.
    due: (bool, bool),
    holiday: Option<(Range<usize>, NaiveDate, NaiveDate)>,
    /// The text has a word some phrase table starts with.
    phrases: bool,
    found: Option<recurrence::Found>,
}

/// The answer being built, and the normalised bytes it was read from.
struct Answer {
    out: Timing,
    used: Option<Range<usize>>,
}

impl Answer {
    /// Tries one rule of the registry; true when it read the text.
    fn apply(&mut self, id: RuleId, c: &mut Cell) -> bool {
        match id {
            RuleId::Recurrence => match c.found.take() {
                Some(found) => {
                    self.recurring(found, c.dated, c.t, c.ctx, c.lang);
                    true
                }
                None => false,
            },
            // "IV квартал 2025 г.", "I полугодие 2025-2026 учебного года": the year only
            // says which term.
            RuleId::TermOfYear => {
                let spans = &c.dated.spans;
                let years_only = !spans.is_empty() && spans.iter().all(|s| s.2 == Precision::Year);
                years_only && c.phrases && self.term(c.t, c.ctx, c.lang)
            }
            RuleId::Dates => self.dated(c.dated, c.due),
            RuleId::MonthOfDocument => self.context_month(c.work, c.may, c.ctx),
            RuleId::NamedTerm => {
                let table = (lexicon::NAMED_TERMS, Precision::Term);
                self.named_period(c.work, c.may, c.ctx, table)
            }
            RuleId::Term => c.phrases && self.term(c.t, c.ctx, c.lang),
            RuleId::Holiday => self.holiday(c.holiday.clone(), c.due.0),
            RuleId::Season => {
                let table = (lexicon::SEASONS, Precision::Season);
                self.named_period(c.work, c.may, c.ctx, table)
            }
            RuleId::SchoolYearPart => self.school_year_part(c.work, c.may, c.ctx),
            RuleId::WholeYear => self.whole_year(c.work, c.may, c.ctx),
        }
    }

    fn widen(&mut self, r: Range<usize>) {
        self.used = Some(match self.used.take() {
            Some(u) => u.start.min(r.start)..u.end.max(r.end),
            None => r,
        });
    }

    fn set_span(&mut self, kind: TimingKind, a: NaiveDate, b: NaiveDate, precision: Precision) {
        self.out.kind = kind;
        self.out.start = Some(a);
        self.out.end = Some(b);
        self.out.precision = Some(precision);
    }

    fn set_times(&mut self, times: &[NaiveTime]) {
        if let Some(t) = times.first() {
            self.out.time = Some(*t);
            self.out.end_time = times.get(1).copied();
        }
    }

    /// A habit: its window is the academic year unless dates written with it narrow it.
    fn recurring(
        &mut self,
        found: recurrence::Found,
        dated: &Dated,
        t: &Toks,
        ctx: &Context,
        lang: Lang,
    ) {
        self.widen(found.range.clone());
        let freq = found.rec.freq;
        let (mut start, mut end) = (ctx.year.start(), ctx.year.end());
        if let Some(&(a, b, _)) = dated.spans.first() {
            // The window runs from the earliest to the latest span, in whatever order the
            // months are listed ("ежеквартально (март, июнь, сентябрь, декабрь)").
            let first = dated.spans.iter().map(|s| s.0).min().unwrap_or(a);
            let last = dated.spans.iter().map(|s| s.1).max().unwrap_or(b);
            // A yearly day ("ngày 21/4 hằng năm") keeps the whole year as its window.
            if freq != Freq::Yearly
                && (dated.spans.len() > 1 || (b - a).num_days() > 31 || dated.ranged)
            {
                start = first;
                end = last;
            }
            if let Some(r) = dated.range.clone() {
                self.widen(r);
            }
        } else if freq != Freq::Termly
            && let Some(((a, b), r)) = find_term(t, ctx, lang)
        {
            start = a;
            end = b;
            self.widen(r);
        }
        self.set_span(
            TimingKind::Recurring,
            start,
            end.max(start),
            precision_of(freq),
        );
        self.out.recurrence = Some(found.rec);
        self.out.count_per_period = found.count_per_period;
        self.set_times(&dated.times);
    }

    /// Dates and months: one span, a deadline, or several spans (adjacent ones merged).
    fn dated(&mut self, dated: &Dated, (deadline, at_end): (bool, bool)) -> bool {
        if dated.spans.is_empty() {
            return false;
        }
        if let Some(r) = dated.range.clone() {
            self.widen(r);
        }
        // A month that holds a day also written ("May Day: Monday 5 May 2025") is that day, and
        // a month named in a label gives way to the dates that start in it ("October
        // Half-Term: 21st October – 1st November").
        let mut spans: Vec<(NaiveDate, NaiveDate, Precision)> = dated
            .spans
            .iter()
            .filter(|s| {
                !dated
                    .spans
                    .iter()
                    .any(|o| o.2 < s.2 && o.0 >= s.0 && o.0 <= s.1)
            })
            .copied()
            .collect();
        spans.sort_by_key(|s| s.0);
        // Adjacent spans ("30 апреля и 1 мая") are one range.
        let mut merged: Vec<(NaiveDate, NaiveDate, Precision)> = Vec::new();
        for s in spans {
            match merged.last_mut() {
                // "tháng 4 và tháng 5", "Tháng 9,10": adjacent months too.
                Some(last)
                    if s.0 <= last.1 + Duration::days(1)
                        && s.2 == last.2
                        && matches!(s.2, Precision::Day | Precision::Month) =>
                {
                    last.1 = last.1.max(s.1);
                }
                _ => merged.push(s),
            }
        }
        let Some(&first) = merged.first() else {
            return false;
        };
        let precision = merged.iter().map(|s| s.2).max().unwrap_or(Precision::Day);
        let end = merged.iter().map(|s| s.1).max().unwrap_or(first.1);
        self.set_span(TimingKind::Range, first.0, end, precision);
        if merged.len() > 1 {
            self.out.kind = TimingKind::Multiple;
            self.out.spans = merged
                .iter()
                .map(|s| Span {
                    start: s.0,
                    end: s.1,
                })
                .collect();
        } else if deadline {
            // "до мая" is due when May begins; "до конца мая" when it ends.
            let due = if at_end { first.1 } else { first.0 };
            self.set_span(TimingKind::Deadline, due, due, Precision::Day);
        } else if first.0 == first.1 {
            self.out.kind = TimingKind::Date;
        }
        self.set_times(&dated.times);
        true
    }

    /// "в течение месяца", "cả tháng" in a month plan: that month.
    fn context_month(&mut self, work: &str, may: &dyn Fn(&str) -> bool, ctx: &Context) -> bool {
        let Some((year, month)) = ctx.month else {
            return false;
        };
        let Some((at, phrase)) = lexicon::WHOLE_MONTH
            .iter()
            .filter(|p| may(p))
            .find_map(|p| find_phrase(work, p).map(|at| (at, *p)))
        else {
            return false;
        };
        let p = Point::month(month, Some(year));
        let Some((a, b)) = point_days(&p, year) else {
            return false;
        };
        self.widen(at..at + phrase.len());
        self.set_span(TimingKind::Range, a, b, Precision::Month);
        true
    }

    fn term(&mut self, t: &Toks, ctx: &Context, lang: Lang) -> bool {
        let Some(((a, b), r)) = find_term(t, ctx, lang) else {
            return false;
        };
        self.widen(r);
        self.set_span(TimingKind::Range, a, b, Precision::Term);
        true
    }

    /// A period named in `table`: named terms ("Spring term", "Autumn half term"), or seasons
    /// and holidays.
    fn named_period(
        &mut self,
        work: &str,
        may: &dyn Fn(&str) -> bool,
        ctx: &Context,
        (table, precision): (
            &[(&'static str, lexicon::MonthDay, lexicon::MonthDay)],
            Precision,
        ),
    ) -> bool {
        let Some(found) = table
            .iter()
            .filter(|(p, _, _)| may(p))
            .find_map(|(p, a, b)| find_phrase(work, p).map(|at| (at, *p, *a, *b)))
        else {
            return false;
        };
        let (at, phrase, (m1, d1), (m2, d2)) = found;
        // "Autumn Term 2024" in a 2023-2024 diary that looks ahead: the year written is the
        // term's own (the calendar year its first month falls in).
        let written = year_after(work, at + phrase.len());
        let y1 = written.unwrap_or_else(|| ctx.year_of_month(m1));
        let mut y2 = written.unwrap_or_else(|| ctx.year_of_month(m2));
        if m2 < m1 && y2 <= y1 {
            y2 = y1 + 1;
        }
        let (Some(a), Some(b)) = (
            NaiveDate::from_ymd_opt(y1, m1, d1),
            NaiveDate::from_ymd_opt(y2, m2, d2.min(days_in(m2, y2))),
        ) else {
            return false;
        };
        // "2nd half Autumn term", "first half of the spring term": that half of it.
        let (a, b) = match half_before(work, at) {
            Some(1) => (a, a + (b - a) / 2),
            Some(_) => (a + (b - a) / 2 + Duration::days(1), b),
            None => (a, b),
        };
        self.widen(at..at + phrase.len());
        self.set_span(TimingKind::Range, a, b, precision);
        true
    }

    /// A holiday found before the scan (`moving_holiday`), when nothing else dated the text.
    fn holiday(
        &mut self,
        found: Option<(Range<usize>, NaiveDate, NaiveDate)>,
        deadline: bool,
    ) -> bool {
        let Some((r, a, b)) = found else {
            return false;
        };
        self.widen(r);
        let precision = if a == b {
            Precision::Day
        } else {
            Precision::Week
        };
        self.set_span(TimingKind::Range, a, b, precision);
        if deadline {
            // "ко Дню Победы": due on the day.
            self.set_span(TimingKind::Deadline, a, a, Precision::Day);
        } else if a == b {
            self.out.kind = TimingKind::Date;
        }
        true
    }

    /// "в начале учебного года", "cuối năm học": the month it means.
    fn school_year_part(&mut self, work: &str, may: &dyn Fn(&str) -> bool, ctx: &Context) -> bool {
        let Some((at, phrase, month)) = lexicon::SCHOOL_YEAR_PARTS
            .iter()
            .filter(|(p, _)| may(p))
            .find_map(|(p, m)| find_phrase(work, p).map(|at| (at, *p, *m)))
        else {
            return false;
        };
        let y = ctx.year_of_month(month);
        let Some((a, b)) = point_days(&Point::month(month, Some(y)), y) else {
            return false;
        };
        self.widen(at..at + phrase.len());
        self.set_span(TimingKind::Range, a, b, Precision::Month);
        true
    }

    /// The plan's whole year: a calendar-year plan's January to December, else the academic
    /// year.
    fn whole_year(&mut self, work: &str, may: &dyn Fn(&str) -> bool, ctx: &Context) -> bool {
        let Some((at, phrase)) = lexicon::WHOLE_YEAR
            .iter()
            .filter(|p| may(p))
            .find_map(|p| find_phrase(work, p).map(|at| (at, *p)))
        else {
            return false;
        };
        self.widen(at..at + phrase.len());
        let calendar = ctx.calendar_year.and_then(|y| {
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        });
        let (start, end) = calendar.unwrap_or((ctx.year.start(), ctx.year.end()));
        self.set_span(TimingKind::Range, start, end, Precision::Year);
        true
    }

    /// Start ≤ end everywhere, warnings kept, and the words read mapped back to the input.
    fn finish(
        mut self,
        mut warnings: Vec<TimingNote>,
        year: AcademicYear,
        text: &Text,
        input: &str,
    ) -> Read {
        let out = &mut self.out;
        if let (Some(a), Some(b)) = (out.start, out.end) {
            if a < year.start() - Duration::days(31) || b > year.end() + Duration::days(31) {
                warnings.push(TimingNote::OutsideYear {
                    start: a,
                    end: b,
                    year,
                });
            }
            if b < a {
                out.start = Some(b);
                out.end = Some(a);
            }
        }
        for s in &mut out.spans {
            if s.end < s.start {
                std::mem::swap(&mut s.start, &mut s.end);
            }
        }
        out.warnings = warnings.iter().map(ToString::to_string).collect();
        if out.kind == TimingKind::Unknown {
            out.start = None;
            out.end = None;
            out.precision = None;
            out.time = None;
            out.end_time = None;
            out.count_per_period = None;
            out.spans.clear();
            self.used = None;
        }
        let original = self.used.map(|r| original_range(r, text, input));
        Read {
            timing: self.out,
            range: original,
            notes: warnings,
        }
    }
}

/// Which half of a period the words right before it (at byte `at`) name: "2nd half ", "first
/// half of the ".
fn half_before(work: &str, at: usize) -> Option<u8> {
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
fn moving_holiday(
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
fn named_day(
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
fn day_word_before(work: &str, at: usize) -> Option<usize> {
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
fn easter_sunday(year: i32) -> Option<NaiveDate> {
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
fn year_after(work: &str, at: usize) -> Option<i32> {
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

/// The byte range in the input that normalised bytes `r` came from.
fn original_range(r: Range<usize>, text: &Text, input: &str) -> Range<usize> {
    let a = text.orig.get(r.start).copied().unwrap_or(0);
    let b = text.orig.get(r.end).copied().unwrap_or(input.len());
    let b = if r.end >= text.s.len() {
        input.len().min(b.max(a))
    } else {
        b
    };
    let mut b = b.min(input.len());
    while b < input.len() && !input.is_char_boundary(b) {
        b += 1;
    }
    a.min(b)..b
}

/// Flags ("онлайн", "по согласованию") are taken out of the text before it is read.
fn take_flags(work: &mut String, may: &dyn Fn(&str) -> bool, flags: &mut Vec<Flag>) {
    for (phrase, flag) in lexicon::FLAG_PHRASES.iter().filter(|(p, _)| may(p)) {
        while let Some(at) = find_phrase(work, phrase) {
            if !flags.contains(flag) {
                flags.push(*flag);
            }
            work.replace_range(at..at + phrase.len(), &" ".repeat(phrase.len()));
        }
    }
}

/// What reading a text gave.
pub(crate) struct Read {
    pub(crate) timing: Timing,
    /// The byte range (in the original text) of what was read.
    pub(crate) range: Option<Range<usize>>,
    /// `timing.warnings`, typed.
    pub(crate) notes: Vec<TimingNote>,
}

/// The answer for a text.
pub(crate) fn read(input: &str, ctx: &Context) -> Read {
    main_paragraph(input, ctx).unwrap_or_else(|| read_text(input, ctx))
}

/// A cell of two paragraphs, a main period and a secondary deadline ("сентябрь" / "отчёт до
/// 25 сентября", "Spring term" / "forms back by 9th January"): the cell's timing is the main
/// period; the deadline is a step inside it, not the event.
fn main_paragraph(input: &str, ctx: &Context) -> Option<Read> {
    let (first, rest) = input.split_once('\n')?;
    if first.trim().is_empty() || rest.trim().is_empty() {
        return None;
    }
    if read_text(rest, ctx).timing.kind != TimingKind::Deadline {
        return None;
    }
    let mut main = read_text(first, ctx);
    if matches!(main.timing.kind, TimingKind::Unknown | TimingKind::Deadline) {
        return None;
    }
    main.timing.input = input.to_string();
    Some(main)
}

/// The answer for one paragraph (or a whole text).
fn read_text(input: &str, ctx: &Context) -> Read {
    let mut ans = Answer {
        out: Timing::unknown(input),
        used: None,
    };
    let text = normalise_text(input);
    let mut work = text.s.clone();
    let lang = ctx.lang.unwrap_or_else(|| detect_lang(&work));
    // Phrase tables are only searched for phrases whose first word the text has.
    let present: Vec<&'static str> = tokenize(&text.s)
        .iter()
        .filter_map(|t| match t.tok {
            Tok::Word(w) => VOCABULARY.phrase_starts.get(w).copied(),
            _ => None,
        })
        .collect();
    let phrases = !present.is_empty();
    let may = |p: &str| may_contain(&present, p);
    take_flags(&mut work, &may, &mut ans.out.flags);
    // "May Bank Holiday" names no month of May: its words are read here, not scanned; a date
    // written beside it ("May Day: Monday 6 May") still wins.
    let holiday = present
        .iter()
        .any(|w| VOCABULARY.holiday_starts.contains(w))
        .then(|| moving_holiday(&work, &may, ctx))
        .flatten();
    if let Some((r, _, _)) = &holiday {
        work.replace_range(r.clone(), &" ".repeat(r.len()));
    }
    let tokens = tokenize(&work);
    let t = Toks::new(&work, &tokens);
    let mut scan = scan(t, ctx);
    let dated = Dated::new(&mut scan, ctx);
    let found = phrases
        .then(|| {
            let seen = recurrence::Seen {
                dated: scan
                    .atoms
                    .iter()
                    .any(|(a, _)| matches!(a, Atom::Point(_) | Atom::BareDay(_) | Atom::Year(_))),
                timed: !dated.times.is_empty(),
            };
            recurrence::find(&work, &t, &present, seen)
        })
        .flatten();
    let mut cell = Cell {
        work: &work,
        may: &may,
        t: &t,
        ctx,
        lang,
        dated: &dated,
        due: (scan.deadline, scan.deadline_at_end),
        holiday,
        phrases,
        found,
    };
    // The rules in the registry's order; the first that reads the text answers it.
    if let Some(rule) = rules::RULES.iter().find(|r| ans.apply(r.id, &mut cell)) {
        ans.out.rule = Some(Cow::Borrowed(rule.name));
    }
    ans.finish(scan.warnings, ctx.year, &text, input)
}
