//! The scan: tokens read into atoms — dated points (a day, a month, a part of a month, a week),
//! bare days waiting for their month, years, range and list marks, times of day — one scanner
//! rule per kind of phrase. Nothing here settles a year; `spans` does.

use std::ops::Range;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use super::lexicon::{self, MonthUnit};
use super::tokens::{
    MonthRef, Tok, Toks, VOCABULARY, is_in, month_word, trailing_year, unit_word, year_of,
};
use super::{Context, Precision, TimingNote};

/// What days of a month a point covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Days {
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
pub(super) struct Point {
    pub(super) month: u32,
    pub(super) year: Option<i32>,
    pub(super) days: Days,
    pub(super) precision: Precision,
    /// The weekday written beside a day ("Monday 19th August"): it tells the year.
    pub(super) weekday: Option<Weekday>,
}

impl Point {
    pub(super) fn day(month: u32, year: Option<i32>, day: u32) -> Self {
        Point {
            month,
            year,
            days: Days::Range { from: day, to: day },
            precision: Precision::Day,
            weekday: None,
        }
    }

    pub(super) fn month(month: u32, year: Option<i32>) -> Self {
        Point {
            month,
            year,
            days: Days::Whole,
            precision: Precision::Month,
            weekday: None,
        }
    }

    pub(super) fn part(m: MonthRef, days: Days, precision: Precision) -> Self {
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
pub(super) enum Atom {
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

pub(super) struct Scan {
    pub(super) atoms: Vec<(Atom, Range<usize>)>,
    pub(super) deadline: bool,
    /// The deadline is the end of the period named ("до конца мая"), not its start.
    pub(super) deadline_at_end: bool,
    /// The text opens with "по"/"until": the point read is where a span ends.
    pub(super) until: bool,
    pub(super) warnings: Vec<TimingNote>,
}

pub(super) fn is_not_date_unit(t: &Toks, i: usize) -> bool {
    match t.tok(i) {
        Some(Tok::Word(w)) => lexicon::NOT_DATE_UNITS
            .iter()
            .any(|u| w == *u || (u.len() > 3 && w.starts_with(u))),
        Some(Tok::Sym('%')) => true,
        _ => false,
    }
}

/// Reads dates, months and their parts into atoms, one rule per kind of phrase.
pub(super) struct Scanner<'t, 'a, 'c> {
    t: Toks<'t, 'a>,
    ctx: &'c Context,
    atoms: Vec<(Atom, Range<usize>)>,
    deadline: bool,
    deadline_at_end: bool,
    until: bool,
    warnings: Vec<TimingNote>,
    /// A weekday just read, for the day that follows it.
    weekday: Option<Weekday>,
}

pub(super) fn scan(t: Toks, ctx: &Context) -> Scan {
    let mut s = Scanner {
        t,
        ctx,
        atoms: Vec::new(),
        deadline: false,
        deadline_at_end: false,
        until: false,
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
    pub(super) fn push(&mut self, atom: Atom, a: usize, b: usize) {
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
    pub(super) fn step(&mut self, i: usize) -> usize {
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

    /// "ngày 01/02/2024 tức ngày 22 tháng Chạp năm Giáp Thìn": after a date, "tức" ("that
    /// is") restates it (in the lunar calendar): skipped to the end of its clause.
    fn restated(&self, i: usize) -> Option<usize> {
        if self.atoms.is_empty() {
            return None;
        }
        let end = (i + 1..self.t.len())
            .find(|&j| matches!(self.t.sym(j), Some(',' | ';' | ')' | '.')))
            .unwrap_or(self.t.len());
        Some(end)
    }

    /// A parenthesised lunar date is not a calendar date ("14/2 (tức 14 tháng Giêng)"), and
    /// a note in brackets after a date is no date of the event ("15 мая (перенесено с 10
    /// мая)"): skipped whole.
    pub(super) fn lunar_note(&self, i: usize) -> Option<usize> {
        if self.t.word(i) == Some("tức") {
            return self.restated(i);
        }
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
                .is_some_and(|w| is_in(w, lexicon::NOTE_WORDS) || self.names_other_day(i, close));
        (lunar || note).then_some(close + 1)
    }

    /// "(Open Thursday 2nd January)", "(открытие 14 мая)" after the dates: a bracket that
    /// opens with a word no date starts with and then names a day is about another day (an
    /// opening, a preview), not the event's span.
    fn names_other_day(&self, open: usize, close: usize) -> bool {
        let Some(first) = self.t.word(open + 1) else {
            return false;
        };
        let dates_start_here = VOCABULARY.scan_starts.contains(first)
            || VOCABULARY.phrase_starts.contains(first)
            || VOCABULARY.holiday_starts.contains(first)
            || is_in(first, lexicon::DATE_LEADS);
        !dates_start_here && (open + 2..close).any(|j| self.t.num(j).is_some_and(|(n, _)| n <= 31))
    }

    pub(super) fn number(&mut self, i: usize, n: u32, len: usize) -> usize {
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
    pub(super) fn label_number(&mut self, i: usize, len: usize) -> Option<usize> {
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
    pub(super) fn clock_12h(&mut self, i: usize, h: u32) -> Option<usize> {
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
    pub(super) fn numbered_units(&mut self, i: usize) -> Option<usize> {
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
    pub(super) fn iso_date(&mut self, i: usize, n: u32, len: usize) -> Option<usize> {
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
    pub(super) fn school_year(&mut self, first: usize, i: usize) -> Option<usize> {
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
    pub(super) fn years_with_suffix(&mut self, i: usize, n: u32, len: usize) -> Option<usize> {
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
    pub(super) fn year_with_suffix(&mut self, i: usize, n: u32, len: usize) -> Option<usize> {
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
    pub(super) fn hour_time(&mut self, i: usize, h: u32) -> Option<usize> {
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
    pub(super) fn numeric_date(&mut self, i: usize, n: u32) -> Option<usize> {
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
            // No clock writes "8/26": a slash is a date's.
            '.' | ':' if glued => {
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
        // "10/31" in a document that writes its month first (`Context::month_first`).
        let (n, m) = match sep == '/' && self.ctx.month_first && mlen <= 2 {
            true => (m, n),
            false => (n, m),
        };
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
                    && t.word(i - 1)
                        .is_some_and(|w| is_in(w, lexicon::DASH_DAY_LEADS))
                    && !t
                        .word(i + 3)
                        .is_some_and(|w| is_in(w, lexicon::COUNT_UNITS))
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
    pub(super) fn american_date(
        &mut self,
        i: usize,
        month: u32,
        day: u32,
        dlen: usize,
    ) -> Option<usize> {
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
    pub(super) fn time(
        &mut self,
        i: usize,
        n: u32,
        sep: char,
        m: u32,
        mlen: usize,
    ) -> Option<usize> {
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
    pub(super) fn day_and_month(&mut self, i: usize, n: u32) -> Option<usize> {
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

    pub(super) fn word(&mut self, i: usize, w: &str) -> usize {
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
    pub(super) fn month_named(&mut self, i: usize, w: &str) -> Option<usize> {
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
    pub(super) fn more_month_numbers(&mut self, mut j: usize) -> usize {
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
    pub(super) fn month_after(&self, i: usize, generic_only: bool) -> Option<MonthRef> {
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
    pub(super) fn month_part(&mut self, i: usize, w: &str) -> Option<usize> {
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
    pub(super) fn ordinal_phrase(&mut self, i: usize) -> Option<usize> {
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
    pub(super) fn unit_number(&mut self, i: usize, w: &str) -> Option<usize> {
        let unit = unit_word(w)?;
        let t = self.t;
        // "tuần 2", "неделя 2", and "tuần đầu" / "tuần cuối" (the first / last week).
        let (n, last) = match (t.num(i + 1), t.ordinal_at(i + 1)) {
            (_, Some((nth, last))) if t.word(i + 1).is_some() => (nth, last),
            (Some((n, _)), _) => (i32::try_from(n.min(99)).ok()?, i + 1),
            _ => week_number_after_label(&t, i + 1)?,
        };
        // "Book Week 2nd-6th March", "Health Week: 9th–13th February": a number with an
        // ordinal ending after "week" is a day (weeks are numbered "2nd week", "Week 2").
        if t.num(last).is_some() && t.ordinal_at(last).is_some_and(|(_, l)| l > last) {
            return None;
        }
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
    pub(super) fn week_of(&mut self, i: usize) -> Option<usize> {
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
    pub(super) fn named_school_year(&mut self, i: usize) -> Option<usize> {
        let last = self.t.phrase_at(i, lexicon::SCHOOL_YEAR_BEFORE)?;
        self.school_year(i, last + 1)
    }

    /// A weekday beside a date is decoration ("MONDAY, 17 February to FRIDAY, 21 February"):
    /// it and the comma after it are no list.
    pub(super) fn weekday_name(&mut self, i: usize) -> Option<usize> {
        let (day, last) = self.t.weekday_at(i)?;
        self.weekday = Some(day);
        Some(if self.t.sym(last + 1) == Some(',') {
            last + 2
        } else {
            last + 1
        })
    }

    /// "Năm 2027", "Giai đoạn 2025 - 2028": whole calendar years.
    pub(super) fn calendar_years(&mut self, i: usize, w: &str) -> Option<usize> {
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
    pub(super) fn connective(&mut self, i: usize, w: &str) -> usize {
        if !self.atoms.is_empty()
            && VOCABULARY.end_verb_starts.contains(w)
            && let Some(last) = self.t.phrase_at(i, lexicon::END_VERBS)
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
            if let Some(last) = self.t.phrase_at(i, lexicon::UNTIL_WORDS) {
                self.until = true;
                return last + 1;
            }
        }
        i + 1
    }

    pub(super) fn symbol(&mut self, c: char, i: usize) {
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
    pub(super) fn label_dash(&self, i: usize) -> bool {
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

    pub(super) fn finish(mut self) -> Scan {
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
            until: self.until,
            warnings: self.warnings,
        }
    }
}

/// The days of the `nth` (-1 = last) unit of a month.
pub(super) fn unit_days(unit: MonthUnit, nth: i32, calendar_weeks: bool) -> Option<Days> {
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
pub(super) fn listed_day(t: &Toks, i: usize) -> Option<(u32, usize)> {
    let list = matches!(t.sym(i), Some('&' | ','))
        || t.word(i).is_some_and(|w| is_in(w, lexicon::LIST_WORDS));
    let (d, len) = t.num(i + 1).filter(|_| list)?;
    // "September 12, 9:30am", "November 16, 1pm": a clock after the comma, not a day.
    let clock = t.sym(i + 2) == Some(':') || half_day_at(t, i + 2).is_some();
    let last = t.ordinal_at(i + 1).map_or(i + 1, |(_, l)| l);
    (len <= 2 && !clock).then_some((d, last))
}

/// "am" / "pm" at `i` ("11am", "4 pm", "10 a.m."): what it adds to the hour, and its last
/// token.
pub(super) fn half_day_at(t: &Toks, i: usize) -> Option<(u32, usize)> {
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
pub(super) fn numeric_month(t: &Toks, i: usize) -> Option<MonthRef> {
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
pub(super) fn day_after_dash(t: &Toks, i: usize) -> Option<(u32, usize)> {
    let (d, len) = t.num(i + 1).filter(|_| t.sym(i) == Some('-'))?;
    let last = t.ordinal_at(i + 1).map_or(i + 1, |(_, l)| l);
    let dated = matches!(t.sym(last + 1), Some('.' | '/' | ':')) || t.month_at(last + 1).is_some();
    (len <= 2 && (1..=31).contains(&d) && !dated).then_some((d, last))
}

/// "thứ 11", "thứ: 11", ": 11" after a unit word ("Tuần thứ: 11"): the number and its token.
pub(super) fn week_number_after_label(t: &Toks, i: usize) -> Option<(i32, usize)> {
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
pub(super) fn week_number_through(t: &Toks, n: i32, last: usize) -> Option<(i32, usize)> {
    let sep = t.sym(last + 1)?;
    let (b, len) = t.num(last + 2).filter(|_| matches!(sep, '-' | ','))?;
    let b = i32::try_from(b).ok()?;
    let dated = matches!(t.sym(last + 3), Some('/' | '.'));
    // "Tuần 1,2 tháng 10": listed weeks run on only to the next one.
    let follows = if sep == '-' { n < b } else { b == n + 1 };
    (len == 1 && follows && b <= 5 && !dated).then_some((b, last + 2))
}

pub(super) fn days_in(month: u32, year: i32) -> u32 {
    NaiveDate::from_ymd_opt(year, month, 1)
        .map_or(31, |first| super::last_day_of_month(first).day())
}
