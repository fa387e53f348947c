//! The grammar of timing cells: normalise the text, take the flags out, then read (in this
//! order) a recurrence, explicit dates and months, terms, seasons and holidays, and
//! whole-year phrases. Whatever is left is noise; what cannot be dated stays unknown.
//!
//! The text is scanned once into tokens over a normalised copy (lowercase, "ё" as "е", one
//! kind of dash, single spaces) that remembers where each byte came from, so a phrase found
//! inside a longer sentence can be pointed at in the original.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::lexicon::{self, MonthUnit, TermKind};
use super::{AcademicYear, Context, Freq, Lang, Precision, Recurrence, Span, Timing, TimingKind};

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

/// Finds `phrase` in `hay` at word boundaries. Cells are short, so a plain scan beats the
/// two-way searcher `str::find` sets up for every call (it was half the normaliser's time).
fn find_phrase(hay: &str, phrase: &str) -> Option<usize> {
    let (h, p) = (hay.as_bytes(), phrase.as_bytes());
    let first = *p.first()?;
    // Cyrillic and Vietnamese letters share their first byte; the second tells them apart.
    let second = p.get(1).copied();
    if p.len() > h.len() {
        return None;
    }
    for at in 0..=h.len() - p.len() {
        if h[at] != first || (second.is_some() && h.get(at + 1).copied() != second) {
            continue;
        }
        if &h[at..at + p.len()] != p || !hay.is_char_boundary(at) {
            continue;
        }
        let before_ok = hay[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_letter_or_digit(c));
        let after_ok = hay[at + p.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_letter_or_digit(c));
        if before_ok && after_ok {
            return Some(at);
        }
    }
    None
}

/// `char::is_alphabetic` with the common scripts answered without Unicode table lookups.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok<'a> {
    Num(u32, usize),
    Word(&'a str),
    Sym(char),
}

#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    tok: Tok<'a>,
    start: usize,
    end: usize,
    /// Directly after the previous token, no space between.
    glued: bool,
}

fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(16);
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut glued = false;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if c == ' ' {
            i += 1;
            glued = false;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            while i < s.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let digits = &s[start..i];
            let value = if digits.len() > 6 {
                u32::MAX
            } else {
                digits.parse().unwrap_or(u32::MAX)
            };
            out.push(Token {
                tok: Tok::Num(value, digits.len()),
                start,
                end: i,
                glued,
            });
        } else if is_letter(c) {
            while let Some(ch) = s[i..].chars().next() {
                if !is_letter(ch) {
                    break;
                }
                i += ch.len_utf8();
            }
            out.push(Token {
                tok: Tok::Word(&s[start..i]),
                start,
                end: i,
                glued,
            });
        } else {
            i += c.len_utf8();
            out.push(Token {
                tok: Tok::Sym(c),
                start,
                end: i,
                glued,
            });
        }
        glued = true;
    }
    out
}

/// The lexicon's tables as hash lookups, built once.
struct Vocabulary {
    months: HashMap<&'static str, u32>,
    ordinals: HashMap<&'static str, u32>,
    /// First words of every phrase table: a text with none of them skips the phrase scans.
    phrase_starts: HashSet<&'static str>,
}

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let first = |p: &'static str| p.split(' ').next().unwrap_or(p);
    let mut phrase_starts = HashSet::new();
    phrase_starts.extend(lexicon::FLAG_PHRASES.iter().map(|(p, _)| first(p)));
    phrase_starts.extend(lexicon::RECURRENCE_PHRASES.iter().map(|(p, _, _)| first(p)));
    phrase_starts.extend(lexicon::SEASONS.iter().map(|(p, _, _)| first(p)));
    phrase_starts.extend(lexicon::WHOLE_YEAR.iter().map(|p| first(p)));
    phrase_starts.extend(lexicon::SCHOOL_YEAR_PARTS.iter().map(|(p, _)| first(p)));
    phrase_starts.extend(lexicon::COMPACT_TERMS.iter().map(|(p, _, _)| *p));
    phrase_starts.extend(lexicon::WEEKDAY_WORDS.iter().map(|(p, _)| first(p)));
    phrase_starts.extend(lexicon::TERM_WORDS.iter().map(|(p, _)| first(p)));
    phrase_starts.extend(lexicon::TIMES_WORDS.iter().copied());
    Vocabulary {
        months: lexicon::MONTH_WORDS.iter().copied().collect(),
        ordinals: lexicon::ORDINALS.iter().copied().collect(),
        phrase_starts,
    }
});

fn month_word(w: &str) -> Option<u32> {
    VOCABULARY.months.get(w).copied()
}

fn ordinal_word(w: &str) -> Option<u32> {
    VOCABULARY.ordinals.get(w).copied()
}

fn is_in(w: &str, list: &[&str]) -> bool {
    list.contains(&w)
}

/// A point or span of days within one month, before its year is settled.
#[derive(Clone, Copy, Debug)]
struct Point {
    month: u32,
    year: Option<i32>,
    /// None: the whole month. Some((a, b)): days a..=b, b = 0 for the month's last day.
    days: Option<(u32, u32)>,
    precision: Precision,
}

#[derive(Clone, Copy, Debug)]
enum Atom {
    Point(Point),
    /// A day number waiting for its month ("20" in "20-25 сентября").
    BareDay(u32),
    Range,
    List,
    Time(NaiveTime),
}

struct Scan {
    atoms: Vec<(Atom, Range<usize>)>,
    deadline: bool,
    warnings: Vec<String>,
}

fn year_of(num: u32, len: usize) -> Option<i32> {
    match len {
        4 if (1990..=2200).contains(&num) => Some(num as i32),
        2 if num <= 99 => Some(2000 + num as i32),
        _ => None,
    }
}

fn is_not_date_unit(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i).map(|t| t.tok) {
        Some(Tok::Word(w)) => lexicon::NOT_DATE_UNITS
            .iter()
            .any(|u| w == *u || (u.len() > 3 && w.starts_with(u))),
        Some(Tok::Sym('%')) => true,
        _ => false,
    }
}

/// Reads dates, months and their parts into atoms.
fn scan(tokens: &[Token]) -> Scan {
    let mut atoms: Vec<(Atom, Range<usize>)> = Vec::new();
    let mut warnings = Vec::new();
    let mut deadline = false;
    let mut i = 0;
    let word = |i: usize| match tokens.get(i).map(|t| t.tok) {
        Some(Tok::Word(w)) => Some(w),
        _ => None,
    };
    let num = |i: usize| match tokens.get(i).map(|t| t.tok) {
        Some(Tok::Num(n, l)) => Some((n, l)),
        _ => None,
    };
    let sym = |i: usize| match tokens.get(i).map(|t| t.tok) {
        Some(Tok::Sym(c)) => Some(c),
        _ => None,
    };
    let span = |a: usize, b: usize| tokens[a].start..tokens[b.min(tokens.len() - 1)].end;
    while i < tokens.len() {
        let t = tokens[i];
        // A parenthesised lunar date is not a calendar date.
        if t.tok == Tok::Sym('(') {
            let close = (i + 1..tokens.len()).find(|&j| tokens[j].tok == Tok::Sym(')'));
            if let Some(close) = close {
                let inner: Vec<&str> = (i + 1..close).filter_map(word).collect();
                if inner
                    .iter()
                    .any(|w| is_in(w, lexicon::LUNAR_WORDS) || *w == "âm")
                {
                    i = close + 1;
                    continue;
                }
            }
        }
        match t.tok {
            Tok::Num(n, len) => {
                // ISO: 2025-10-12
                if len == 4
                    && sym(i + 1) == Some('-')
                    && let (Some((m, _)), Some('-'), Some((d, _))) =
                        (num(i + 2), sym(i + 3), num(i + 4))
                    && let Some(y) = year_of(n, len)
                    && (1..=12).contains(&m)
                    && (1..=31).contains(&d)
                {
                    atoms.push((
                        Atom::Point(Point {
                            month: m,
                            year: Some(y),
                            days: Some((d, d)),
                            precision: Precision::Day,
                        }),
                        span(i, i + 4),
                    ));
                    i += 5;
                    continue;
                }
                // dd.mm[.yyyy], dd/mm[/yyyy], and times hh.mm / hh:mm
                if let (Some(sep @ ('.' | '/' | ':')), Some((m, mlen))) = (sym(i + 1), num(i + 2))
                    && tokens[i + 1].glued
                    && tokens[i + 2].glued
                {
                    let time_like = sep == ':'
                        || (mlen == 2 && (m == 0 || m > 12) && m < 60 && n <= 23)
                        || word(i + 3)
                            .is_some_and(|w| w == "ч" || w == "час" || w == "h" || w == "giờ");
                    if time_like && n <= 23 && m < 60 {
                        if let Some(time) = NaiveTime::from_hms_opt(n, m, 0) {
                            atoms.push((Atom::Time(time), span(i, i + 2)));
                        }
                        i += 3;
                        if word(i).is_some_and(|w| w == "ч" || w == "час" || w == "h") {
                            i += 1;
                        }
                        continue;
                    }
                    if (1..=31).contains(&n) && (1..=12).contains(&m) && mlen <= 2 {
                        let mut year = None;
                        let mut last = i + 2;
                        if let (Some(s2), Some((y, ylen))) = (sym(i + 3), num(i + 4))
                            && (s2 == sep || s2 == '.')
                            && tokens[i + 3].glued
                            && let Some(y) = year_of(y, ylen)
                        {
                            year = Some(y);
                            last = i + 4;
                        }
                        atoms.push((
                            Atom::Point(Point {
                                month: m,
                                year,
                                days: Some((n, n)),
                                precision: Precision::Day,
                            }),
                            span(i, last),
                        ));
                        i = last + 1;
                        // "г.", "года" after a year
                        while word(i).is_some_and(|w| w == "г" || w == "года" || w == "год")
                            || (sym(i) == Some('.') && i > 0 && word(i - 1) == Some("г"))
                        {
                            i += 1;
                        }
                        continue;
                    }
                }
                if is_not_date_unit(tokens, i + 1)
                    || (sym(i + 1) == Some('-') && is_not_date_unit(tokens, i + 2))
                {
                    i += 2;
                    continue;
                }
                // "2-я неделя сентября": an ordinal with its unit; "1-е полугодие" is a term,
                // read by `find_term`.
                if sym(i + 1) == Some('-')
                    && word(i + 2).is_some_and(|w| w.chars().count() <= 2)
                    && tokens[i + 2].glued
                {
                    if let Some(unit) = word(i + 3).and_then(|u| {
                        lexicon::MONTH_UNITS
                            .iter()
                            .find(|(f, _)| *f == u)
                            .map(|(_, k)| *k)
                    }) && let Some(next) = next_month(tokens, i + 4)
                    {
                        if let Some(days) = unit_days(unit, n) {
                            atoms.push((
                                Atom::Point(Point {
                                    month: next.month,
                                    year: next.year,
                                    days: Some(days),
                                    precision: Precision::Week,
                                }),
                                span(i, next.last),
                            ));
                        }
                        i = next.last + 1;
                        continue;
                    }
                    i += 3;
                    continue;
                }
                // 12 апреля [2026]
                if let Some(m) = word(i + 1).and_then(month_word)
                    && (1..=31).contains(&n)
                {
                    let (year, last) = trailing_year(tokens, i + 2);
                    atoms.push((
                        Atom::Point(Point {
                            month: m,
                            year,
                            days: Some((n, n)),
                            precision: Precision::Day,
                        }),
                        span(i, last.unwrap_or(i + 1)),
                    ));
                    i = last.map(|l| l + 1).unwrap_or(i + 2);
                    continue;
                }
                if (1..=31).contains(&n) && len <= 2 {
                    atoms.push((Atom::BareDay(n), span(i, i)));
                }
                i += 1;
            }
            Tok::Word(w) => {
                // "tháng 9", "tháng 9/2024", "month 9"
                if is_in(w, lexicon::MONTH_NUMBER_WORDS)
                    && let Some((m, _)) = num(i + 1)
                    && (1..=12).contains(&m)
                {
                    let mut last = i + 1;
                    let mut year = None;
                    if let (Some('/' | '-' | '.'), Some((y, ylen))) = (sym(i + 2), num(i + 3))
                        && let Some(y) = year_of(y, ylen)
                    {
                        year = Some(y);
                        last = i + 3;
                    } else if word(i + 2) == Some("năm")
                        && let Some((y, ylen)) = num(i + 3)
                        && let Some(y) = year_of(y, ylen)
                    {
                        year = Some(y);
                        last = i + 3;
                    }
                    atoms.push((
                        Atom::Point(Point {
                            month: m,
                            year,
                            days: None,
                            precision: Precision::Month,
                        }),
                        span(i, last),
                    ));
                    i = last + 1;
                    continue;
                }
                // "T9", "t10"
                if w == "t"
                    && let Some((m, _)) = num(i + 1)
                    && tokens[i + 1].glued
                    && (1..=12).contains(&m)
                {
                    atoms.push((
                        Atom::Point(Point {
                            month: m,
                            year: None,
                            days: None,
                            precision: Precision::Month,
                        }),
                        span(i, i + 1),
                    ));
                    i += 2;
                    continue;
                }
                if let Some(m) = month_word(w) {
                    // "May 15" (English order): the day follows the month.
                    if let Some((d, dlen)) = num(i + 1)
                        && dlen <= 2
                        && (1..=31).contains(&d)
                        && !matches!(tokens.get(i + 2).map(|t| t.tok), Some(Tok::Sym('.' | '/')))
                        && !is_not_date_unit(tokens, i + 2)
                    {
                        let (year, last) = trailing_year(tokens, i + 2);
                        atoms.push((
                            Atom::Point(Point {
                                month: m,
                                year,
                                days: Some((d, d)),
                                precision: Precision::Day,
                            }),
                            span(i, last.unwrap_or(i + 1)),
                        ));
                        i = last.map(|l| l + 1).unwrap_or(i + 2);
                        continue;
                    }
                    let (year, last) = trailing_year(tokens, i + 1);
                    atoms.push((
                        Atom::Point(Point {
                            month: m,
                            year,
                            days: None,
                            precision: Precision::Month,
                        }),
                        span(i, last.unwrap_or(i)),
                    ));
                    i = last.map(|l| l + 1).unwrap_or(i + 1);
                    continue;
                }
                // начало/середина/конец <month>
                if let Some(&(_, a, b)) = lexicon::MONTH_PARTS.iter().find(|(p, _, _)| *p == w)
                    && let Some(next) = next_month(tokens, i + 1)
                {
                    atoms.push((
                        Atom::Point(Point {
                            month: next.month,
                            year: next.year,
                            days: Some((a, b)),
                            precision: Precision::Week,
                        }),
                        span(i, next.last),
                    ));
                    i = next.last + 1;
                    continue;
                }
                // первая декада мая, вторая половина октября, последняя неделя мая
                let ordinal =
                    ordinal_word(w).or_else(|| is_in(w, lexicon::LAST_WORDS).then_some(0));
                if let Some(nth) = ordinal {
                    if let Some(unit) = word(i + 1).and_then(|u| {
                        lexicon::MONTH_UNITS
                            .iter()
                            .find(|(f, _)| *f == u)
                            .map(|(_, k)| *k)
                    }) && let Some(next) = next_month(tokens, i + 2)
                    {
                        if let Some(days) = unit_days(unit, nth) {
                            atoms.push((
                                Atom::Point(Point {
                                    month: next.month,
                                    year: next.year,
                                    days: Some(days),
                                    precision: Precision::Week,
                                }),
                                span(i, next.last),
                            ));
                        }
                        i = next.last + 1;
                        continue;
                    }
                    // в последнее воскресенье ноября
                    if let Some(day) = word(i + 1).and_then(weekday_word)
                        && let Some(next) = next_month(tokens, i + 2)
                    {
                        atoms.push((
                            Atom::Point(Point {
                                month: next.month,
                                year: next.year,
                                days: Some((100 + nth * 10 + day.num_days_from_monday(), 0)),
                                precision: Precision::Day,
                            }),
                            span(i, next.last),
                        ));
                        i = next.last + 1;
                        continue;
                    }
                }
                // tuần 2 tháng 10
                if let Some(unit) = lexicon::MONTH_UNITS
                    .iter()
                    .find(|(f, _)| *f == w)
                    .map(|(_, k)| *k)
                    && let Some((nth, _)) = num(i + 1)
                    && let Some(next) = next_month(tokens, i + 2)
                {
                    if let Some(days) = unit_days(unit, nth) {
                        atoms.push((
                            Atom::Point(Point {
                                month: next.month,
                                year: next.year,
                                days: Some(days),
                                precision: Precision::Week,
                            }),
                            span(i, next.last),
                        ));
                    }
                    i = next.last + 1;
                    continue;
                }
                if is_in(w, lexicon::RANGE_WORDS) && !atoms.is_empty() {
                    atoms.push((Atom::Range, span(i, i)));
                } else if is_in(w, lexicon::LIST_WORDS) && !atoms.is_empty() {
                    atoms.push((Atom::List, span(i, i)));
                } else if atoms.is_empty() && is_in(w, lexicon::DEADLINE_WORDS) {
                    deadline = true;
                } else if atoms.is_empty()
                    && (w == "не" || w == "в" || w == "срок" || w == "trước" || w == "không")
                {
                    // two-word deadline openers ("не позднее", "в срок до", "trước ngày")
                    if let Some(next) = word(i + 1) {
                        let two = format!("{w} {next}");
                        if is_in(&two, lexicon::DEADLINE_WORDS) {
                            deadline = true;
                            i += 2;
                            continue;
                        }
                    }
                }
                i += 1;
            }
            Tok::Sym(c) => {
                if c == '-' && !atoms.is_empty() {
                    atoms.push((Atom::Range, span(i, i)));
                } else if (c == ',' || c == ';' || c == '&' || c == '+') && !atoms.is_empty() {
                    atoms.push((Atom::List, span(i, i)));
                }
                i += 1;
            }
        }
    }
    // A point outside every month is a typo, not a date.
    atoms.retain(|(a, _)| match a {
        Atom::Point(p) => {
            if let Some((d, _)) = p.days
                && d < 100
                && d > days_in(p.month, p.year.unwrap_or(2001))
            {
                warnings.push(format!("there is no day {d} in month {}", p.month));
            }
            true
        }
        _ => true,
    });
    Scan {
        atoms,
        deadline,
        warnings,
    }
}

fn weekday_word(w: &str) -> Option<Weekday> {
    let code = lexicon::WEEKDAY_WORDS
        .iter()
        .find(|(f, _)| *f == w)
        .map(|(_, c)| *c)?;
    code.parse::<Weekday>().ok().or(match code {
        "MO" => Some(Weekday::Mon),
        "TU" => Some(Weekday::Tue),
        "WE" => Some(Weekday::Wed),
        "TH" => Some(Weekday::Thu),
        "FR" => Some(Weekday::Fri),
        "SA" => Some(Weekday::Sat),
        "SU" => Some(Weekday::Sun),
        _ => None,
    })
}

fn unit_days(unit: MonthUnit, nth: u32) -> Option<(u32, u32)> {
    match (unit, nth) {
        (MonthUnit::Decade, 1) => Some((1, 10)),
        (MonthUnit::Decade, 2) => Some((11, 20)),
        (MonthUnit::Decade, 3) | (MonthUnit::Decade, 0) => Some((21, 0)),
        (MonthUnit::Half, 1) => Some((1, 15)),
        (MonthUnit::Half, 2) | (MonthUnit::Half, 0) => Some((16, 0)),
        (MonthUnit::Week, 0) => Some((200, 0)),
        (MonthUnit::Week, n @ 1..=4) => Some((n * 7 - 6, n * 7)),
        (MonthUnit::Week, 5) => Some((29, 0)),
        _ => None,
    }
}

struct NextMonth {
    month: u32,
    year: Option<i32>,
    last: usize,
}

/// A month named at `i` (a word or "tháng N"), with an optional year after it.
fn next_month(tokens: &[Token], i: usize) -> Option<NextMonth> {
    match tokens.get(i)?.tok {
        Tok::Word(w) if month_word(w).is_some() => {
            let (year, last) = trailing_year(tokens, i + 1);
            Some(NextMonth {
                month: month_word(w)?,
                year,
                last: last.unwrap_or(i),
            })
        }
        Tok::Word(w) if is_in(w, lexicon::MONTH_NUMBER_WORDS) => match tokens.get(i + 1)?.tok {
            Tok::Num(m, _) if (1..=12).contains(&m) => Some(NextMonth {
                month: m,
                year: None,
                last: i + 1,
            }),
            _ => None,
        },
        _ => None,
    }
}

/// A year right after a month or date ("май 2026", "мая 2026 г.", "tháng 9/2024").
fn trailing_year(tokens: &[Token], i: usize) -> (Option<i32>, Option<usize>) {
    let mut j = i;
    if matches!(
        tokens.get(j).map(|t| t.tok),
        Some(Tok::Sym('/')) | Some(Tok::Sym(','))
    ) {
        j += 1;
    }
    if let Some(Tok::Num(n, len)) = tokens.get(j).map(|t| t.tok)
        && len == 4
        && let Some(y) = year_of(n, len)
    {
        let mut last = j;
        if matches!(
            tokens.get(j + 1).map(|t| t.tok),
            Some(Tok::Word("г" | "года" | "год"))
        ) {
            last += 1;
        }
        return (Some(y), Some(last));
    }
    (None, None)
}

fn days_in(month: u32, year: i32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt())
        .map(|d| d.day())
        .unwrap_or(31)
}

/// The first and last day a point covers in `year`.
fn point_days(p: &Point, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let last_day = days_in(p.month, year);
    let (a, b) = match p.days {
        None => (1, last_day),
        // An ordinal weekday: 100 + nth*10 + weekday.
        Some((code, 0)) if code >= 200 => (last_day.saturating_sub(6), last_day),
        Some((code, 0)) if code >= 100 => {
            let nth = (code - 100) / 10;
            let weekday = code % 10;
            let day = nth_weekday(year, p.month, nth, weekday)?;
            (day, day)
        }
        Some((a, 0)) => (a, last_day),
        Some((a, b)) => (a, b),
    };
    if a > last_day {
        return None;
    }
    let first = NaiveDate::from_ymd_opt(year, p.month, a)?;
    let last = NaiveDate::from_ymd_opt(year, p.month, b.min(last_day).max(a))?;
    Some((first, last))
}

/// The day of the `nth` (0 = last) `weekday` (0 = Monday) of a month.
fn nth_weekday(year: i32, month: u32, nth: u32, weekday: u32) -> Option<u32> {
    let last = days_in(month, year);
    let matches: Vec<u32> = (1..=last)
        .filter(|&d| {
            NaiveDate::from_ymd_opt(year, month, d)
                .is_some_and(|x| x.weekday().num_days_from_monday() == weekday)
        })
        .collect();
    if nth == 0 {
        matches.last().copied()
    } else {
        matches.get(nth as usize - 1).copied()
    }
}

/// Segments of points: each a single point or a range of two.
struct Segment {
    from: Point,
    to: Option<Point>,
}

fn segments(atoms: &[(Atom, Range<usize>)]) -> Vec<Segment> {
    // Bare days take the month of the next point ("20-25 сентября", "1, 2 и 5 октября").
    let mut resolved: Vec<Atom> = Vec::with_capacity(atoms.len());
    for (idx, (atom, _)) in atoms.iter().enumerate() {
        match atom {
            Atom::BareDay(d) => {
                let next = atoms[idx + 1..].iter().find_map(|(a, _)| match a {
                    Atom::Point(p) => Some(*p),
                    _ => None,
                });
                let adjacent_point = atoms
                    .get(idx + 2)
                    .is_some_and(|(a, _)| matches!(a, Atom::Point(_)))
                    || atoms
                        .get(idx + 1)
                        .is_some_and(|(a, _)| matches!(a, Atom::Point(_)));
                match next {
                    Some(p)
                        if p.days.is_some_and(|(a, _)| a < 100) && adjacent_point
                            || next.is_some_and(|p| p.days.is_some()) =>
                    {
                        resolved.push(Atom::Point(Point {
                            month: p.month,
                            year: p.year,
                            days: Some((*d, *d)),
                            precision: Precision::Day,
                        }));
                    }
                    _ => {}
                }
            }
            Atom::Time(_) => {}
            other => resolved.push(*other),
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < resolved.len() {
        if let Atom::Point(p) = resolved[i] {
            if let (Some(Atom::Range), Some(Atom::Point(q))) =
                (resolved.get(i + 1), resolved.get(i + 2))
            {
                out.push(Segment {
                    from: p,
                    to: Some(*q),
                });
                i += 3;
                continue;
            }
            out.push(Segment { from: p, to: None });
        }
        i += 1;
    }
    out
}

/// The dates of a segment in the academic year, with typo repair.
fn segment_span(
    seg: &Segment,
    year: AcademicYear,
    warnings: &mut Vec<String>,
) -> Option<(NaiveDate, NaiveDate, Precision)> {
    let mut from = seg.from;
    let to = seg.to.unwrap_or(from);
    // "1–5.11.2025": the first point takes the year of the second when it has none.
    if from.year.is_none() && to.year.is_some() && seg.to.is_some() {
        from.year = to.year;
    }
    let y_from = from.year.unwrap_or_else(|| year.year_of_month(from.month));
    let y_to = to.year.unwrap_or_else(|| year.year_of_month(to.month));
    let (mut a, _) = point_days(&from, y_from)?;
    let (_, mut b) = point_days(&to, y_to)?;
    if b < a {
        if from.year.is_none() {
            // "Август- сентябрь": the start moves back into the first year.
            a = point_days(&from, y_from - 1)?.0;
        } else if to.year.is_none() {
            b = point_days(&to, y_to + 1)?.1;
        } else if let Some((_, fixed)) = point_days(&to, y_from)
            && fixed >= a
        {
            warnings.push(format!(
                "the end {b} is before the start {a}; read as {fixed} (the year looks like a typo)"
            ));
            b = fixed;
        } else {
            warnings.push(format!("the end {b} is before the start {a}"));
            std::mem::swap(&mut a, &mut b);
        }
    }
    if (b - a).num_days() > 366 {
        if let (Some(_), Some(_)) = (from.year, to.year)
            && let Some((_, fixed)) = point_days(&to, a.year())
            && fixed >= a
        {
            warnings.push(format!("a range of more than a year ({a} to {b}); read as ending {fixed} (the year looks like a typo)"));
            b = fixed;
        } else {
            warnings.push(format!("a range of more than a year ({a} to {b})"));
        }
    }
    let precision = from.precision.max(to.precision);
    Some((a, b, precision))
}

fn term_span(
    kind: TermKind,
    n: u32,
    year: AcademicYear,
    explicit_year: Option<i32>,
    lang: Lang,
) -> Option<(NaiveDate, NaiveDate)> {
    let f = year.first_year();
    let s = f + 1;
    let d = |y: i32, m: u32, day: u32| NaiveDate::from_ymd_opt(y, m, day);
    let kind = if kind == TermKind::Half && lang == Lang::Vi {
        TermKind::ViTerm
    } else {
        kind
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
            let y = explicit_year.unwrap_or_else(|| year.year_of_month(first_month));
            let end = d(y, first_month + 2, days_in(first_month + 2, y))?;
            (d(y, first_month, 1)?, end)
        }
        _ => return None,
    })
}

/// "I полугодие", "2 четверть", "học kỳ II", "HK1", "II квартал 2026", "Quý IV/2025".
fn find_term(
    tokens: &[Token],
    year: AcademicYear,
    lang: Lang,
) -> Option<((NaiveDate, NaiveDate), Range<usize>)> {
    let text_of = |i: usize| match tokens.get(i).map(|t| t.tok) {
        Some(Tok::Word(w)) => Some(w),
        _ => None,
    };
    let number_at = |i: usize| -> Option<u32> {
        match tokens.get(i).map(|t| t.tok)? {
            Tok::Num(n, _) if (1..=4).contains(&n) => Some(n),
            Tok::Word(w) => ordinal_word(w),
            _ => None,
        }
    };
    let kind_at = |i: usize| -> Option<(TermKind, usize)> {
        let w = text_of(i)?;
        if let Some(next) = text_of(i + 1) {
            let two = lexicon::TERM_WORDS
                .iter()
                .find(|(f, _)| f.split_once(' ') == Some((w, next)));
            if let Some((_, k)) = two {
                return Some((*k, i + 1));
            }
        }
        lexicon::TERM_WORDS
            .iter()
            .find(|(f, _)| *f == w)
            .map(|(_, k)| (*k, i))
    };
    for (i, t) in tokens.iter().enumerate() {
        if let Tok::Word(w) = t.tok
            && let Some((_, kind, n)) = lexicon::COMPACT_TERMS.iter().find(|(f, _, _)| *f == w)
            && let Some(span) = term_span(*kind, *n, year, None, lang)
        {
            return Some((span, tokens[i].start..tokens[i].end));
        }
    }
    for i in 0..tokens.len() {
        // number then kind: "I полугодие", "2-я четверть"
        if let Some(n) = number_at(i) {
            let mut k = i + 1;
            if matches!(tokens.get(k).map(|t| t.tok), Some(Tok::Sym('-')))
                && text_of(k + 1).is_some_and(|w| w.chars().count() <= 2)
            {
                k += 2;
            }
            if let Some((kind, last)) = kind_at(k) {
                let (y, ylast) = trailing_year(tokens, last + 1);
                if let Some(span) = term_span(kind, n, year, y, lang) {
                    return Some((span, tokens[i].start..tokens[ylast.unwrap_or(last)].end));
                }
            }
        }
        // kind then number: "học kỳ II", "HK1", "quý IV/2025"
        if let Some((kind, last)) = kind_at(i)
            && let Some(n) = number_at(last + 1)
        {
            let (y, ylast) = trailing_year(tokens, last + 2);
            if let Some(span) = term_span(kind, n, year, y, lang) {
                return Some((span, tokens[i].start..tokens[ylast.unwrap_or(last + 1)].end));
            }
        }
    }
    None
}

/// "ежемесячно", "по четвергам", "1 раз в четверть", "1 lần/ tháng", "2 раза в год".
fn find_recurrence(
    text: &str,
    tokens: &[Token],
    present: &[&str],
) -> Option<(Recurrence, Range<usize>)> {
    for (phrase, freq, interval) in lexicon::RECURRENCE_PHRASES
        .iter()
        .filter(|(p, _, _)| may_contain(present, p))
    {
        if let Some(at) = find_phrase(text, phrase) {
            let byday = weekdays(text, present);
            let freq = *freq;
            return Some((
                Recurrence {
                    freq,
                    interval: *interval,
                    count: None,
                    byday,
                },
                at..at + phrase.len(),
            ));
        }
    }
    // "по четвергам", "every Monday", "thứ 5 hàng tuần"
    if let Some(days) = weekdays(text, present) {
        // "по четвергам", "on Mondays", "every Monday": a habit, not one day.
        let plural = lexicon::WEEKDAY_WORDS
            .iter()
            .filter(|(w, _)| may_contain(present, w))
            .any(|(w, _)| {
                (w.ends_with("ам") || w.ends_with("days")) && find_phrase(text, w).is_some()
            })
            || lexicon::EVERY_WORDS
                .iter()
                .any(|w| find_phrase(text, w).is_some());
        if plural {
            let at = text.find(|c: char| c.is_alphabetic()).unwrap_or(0);
            return Some((
                Recurrence {
                    freq: Freq::Weekly,
                    interval: 1,
                    count: None,
                    byday: Some(days),
                },
                at..text.len(),
            ));
        }
    }
    // N раз(а) в <period> / N lần/ 1 <period> / N times a <period>
    for i in 0..tokens.len() {
        let Tok::Num(n, _) = tokens[i].tok else {
            continue;
        };
        if n == 0 || n > 31 {
            continue;
        }
        let Some(Tok::Word(times)) = tokens.get(i + 1).map(|t| t.tok) else {
            continue;
        };
        if !is_in(times, lexicon::TIMES_WORDS) {
            continue;
        }
        let mut j = i + 2;
        while let Some(t) = tokens.get(j) {
            match t.tok {
                Tok::Sym('/') | Tok::Word("в" | "во" | "a" | "per" | "an" | "mỗi" | "một") => {
                    j += 1
                }
                Tok::Num(1, _) => j += 1,
                _ => break,
            }
        }
        let (period, last) = match tokens.get(j).map(|t| t.tok) {
            Some(Tok::Word(w)) => {
                let two = tokens.get(j + 1).and_then(|t| {
                    if let Tok::Word(x) = t.tok {
                        Some(format!("{w} {x}"))
                    } else {
                        None
                    }
                });
                match two
                    .as_deref()
                    .and_then(|tw| lexicon::PERIOD_WORDS.iter().find(|(f, _)| *f == tw))
                {
                    Some((_, f)) => (*f, j + 1),
                    None => match lexicon::PERIOD_WORDS.iter().find(|(f, _)| *f == w) {
                        Some((f, freq)) => {
                            // "полугодие": once per half a year.
                            let six = f.starts_with("полугод") || f.starts_with("семестр");
                            if six { (Freq::Termly, j) } else { (*freq, j) }
                        }
                        None => continue,
                    },
                }
            }
            _ => continue,
        };
        let half_year = matches!(tokens.get(j).map(|t| t.tok), Some(Tok::Word(w)) if w.starts_with("полугод") || w.starts_with("семестр"));
        let (freq, interval) = match (period, n, half_year) {
            (_, 1, true) => (Freq::Monthly, 6),
            (_, _, true) => (Freq::Termly, 1),
            (f, 1, _) => (f, 1),
            (Freq::Yearly, 2, _) => (Freq::Monthly, 6),
            (Freq::Yearly, 3 | 4, _) => (Freq::Termly, 1),
            (Freq::Yearly, n, _) if n <= 12 => (Freq::Monthly, 12 / n),
            (Freq::Yearly, _, _) => (Freq::Weekly, 1),
            (Freq::Termly, _, _) => (Freq::Monthly, 1),
            (Freq::Monthly, 2, _) => (Freq::Weekly, 2),
            (Freq::Monthly, _, _) => (Freq::Weekly, 1),
            (Freq::Weekly, _, _) => (Freq::Daily, 1),
            (f, _, _) => (f, 1),
        };
        return Some((
            Recurrence {
                freq,
                interval,
                count: None,
                byday: None,
            },
            tokens[i].start..tokens[last].end,
        ));
    }
    None
}

/// Could `phrase` be in a text whose phrase-starting words are `present`?
fn may_contain(present: &[&str], phrase: &str) -> bool {
    // No splitting (that was a memchr per phrase per text): compare the first word in place.
    present.iter().any(|w| {
        phrase.starts_with(w)
            && (phrase.len() == w.len() || phrase.as_bytes().get(w.len()) == Some(&b' '))
    })
}

fn weekdays(text: &str, present: &[&str]) -> Option<Vec<String>> {
    let mut days: Vec<String> = Vec::new();
    for (w, code) in lexicon::WEEKDAY_WORDS
        .iter()
        .filter(|(w, _)| may_contain(present, w))
    {
        if find_phrase(text, w).is_some() && !days.iter().any(|d| d == code) {
            days.push(code.to_string());
        }
    }
    (!days.is_empty()).then_some(days)
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

/// The answer for a text, and the byte range (in the original text) of what was read.
pub fn read(input: &str, ctx: &Context) -> (Timing, Option<Range<usize>>) {
    let mut out = Timing::unknown(input);
    let text = normalise_text(input);
    let mut work = text.s.clone();
    let lang = ctx.lang.unwrap_or_else(|| detect_lang(&work));
    let year = ctx.year;
    let mut used: Option<Range<usize>> = None;
    let widen = |r: Range<usize>, used: &mut Option<Range<usize>>| {
        *used = Some(match used.take() {
            Some(u) => u.start.min(r.start)..u.end.max(r.end),
            None => r,
        });
    };
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
    for (phrase, flag) in lexicon::FLAG_PHRASES.iter().filter(|(p, _)| may(p)) {
        while let Some(at) = find_phrase(&work, phrase) {
            if !out.flags.contains(flag) {
                out.flags.push(*flag);
            }
            work.replace_range(at..at + phrase.len(), &" ".repeat(phrase.len()));
        }
    }
    let tokens = tokenize(&work);
    let Scan {
        atoms,
        deadline,
        mut warnings,
    } = scan(&tokens);
    let times: Vec<NaiveTime> = atoms
        .iter()
        .filter_map(|(a, _)| {
            if let Atom::Time(t) = a {
                Some(*t)
            } else {
                None
            }
        })
        .collect();
    let segs = segments(&atoms);
    let mut spans: Vec<(NaiveDate, NaiveDate, Precision)> = segs
        .iter()
        .filter_map(|s| segment_span(s, year, &mut warnings))
        .collect();
    let atoms_range = atoms
        .iter()
        .filter(|(a, _)| matches!(a, Atom::Point(_)))
        .map(|(_, r)| r.clone())
        .reduce(|a, b| a.start.min(b.start)..a.end.max(b.end));

    if let Some((rec, r)) = find_recurrence(&work, &tokens, &present).filter(|_| phrases) {
        widen(r, &mut used);
        out.kind = crate::timing::TimingKind::Recurring;
        out.precision = Some(precision_of(rec.freq));
        let (mut start, mut end) = (year.start(), year.end());
        if let Some(&(a, b, _)) = spans.first() {
            let last = spans.last().map(|s| s.1).unwrap_or(b);
            if rec.freq == Freq::Yearly {
                start = a;
            } else if spans.len() > 1
                || (b - a).num_days() > 31
                || segs.iter().any(|s| s.to.is_some())
            {
                start = a;
                end = last;
            }
            if let Some(r) = atoms_range.clone() {
                widen(r, &mut used);
            }
        } else if let Some(((a, b), r)) =
            find_term(&tokens, year, lang).filter(|_| !matches!(rec.freq, Freq::Termly))
        {
            start = a;
            end = b;
            widen(r, &mut used);
        }
        out.start = Some(start);
        out.end = Some(end.max(start));
        out.recurrence = Some(rec);
    } else if !spans.is_empty() {
        if let Some(r) = atoms_range.clone() {
            widen(r, &mut used);
        }
        spans.sort_by_key(|s| s.0);
        // Adjacent spans ("30 апреля и 1 мая") are one range.
        let mut merged: Vec<(NaiveDate, NaiveDate, Precision)> = Vec::new();
        for s in spans {
            match merged.last_mut() {
                Some(last)
                    if s.0 <= last.1 + Duration::days(1)
                        && s.2 == Precision::Day
                        && last.2 == Precision::Day =>
                {
                    last.1 = last.1.max(s.1);
                }
                _ => merged.push(s),
            }
        }
        let first = merged[0];
        let precision = merged.iter().map(|s| s.2).max().unwrap_or(Precision::Day);
        out.precision = Some(precision);
        out.start = Some(first.0);
        out.end = Some(merged.iter().map(|s| s.1).max().unwrap_or(first.1));
        if merged.len() > 1 {
            out.kind = TimingKind::Multiple;
            out.spans = merged
                .iter()
                .map(|s| Span {
                    start: s.0,
                    end: s.1,
                })
                .collect();
        } else if deadline {
            out.kind = TimingKind::Deadline;
            // "до мая" is due when May begins.
            let day = first.0;
            out.start = Some(day);
            out.end = Some(day);
            out.precision = Some(Precision::Day);
        } else if first.0 == first.1 {
            out.kind = TimingKind::Date;
        } else {
            out.kind = TimingKind::Range;
        }
        if let Some(t) = times.first() {
            out.time = Some(*t);
            out.end_time = times.get(1).copied();
        }
    } else if let Some(((a, b), r)) = find_term(&tokens, year, lang).filter(|_| phrases) {
        widen(r, &mut used);
        out.kind = TimingKind::Range;
        out.start = Some(a);
        out.end = Some(b);
        out.precision = Some(Precision::Term);
    } else if let Some((at, phrase, (m1, d1), (m2, d2))) = lexicon::SEASONS
        .iter()
        .filter(|(p, _, _)| may(p))
        .find_map(|(p, a, b)| find_phrase(&work, p).map(|at| (at, *p, *a, *b)))
    {
        widen(at..at + phrase.len(), &mut used);
        let y1 = year.year_of_month(m1);
        let mut y2 = year.year_of_month(m2);
        if m2 < m1 && y2 == y1 {
            y2 += 1;
        }
        let y1 = if m1 == 12 && m2 < m1 {
            year.first_year()
        } else {
            y1
        };
        let y2 = if m1 == 12 && m2 < m1 {
            year.first_year() + 1
        } else {
            y2
        };
        let end_day = d2.min(days_in(m2, y2));
        if let (Some(a), Some(b)) = (
            NaiveDate::from_ymd_opt(y1, m1, d1),
            NaiveDate::from_ymd_opt(y2, m2, end_day),
        ) {
            out.kind = TimingKind::Range;
            out.start = Some(a);
            out.end = Some(b);
            out.precision = Some(Precision::Season);
        }
    } else if let Some((at, phrase, month)) = lexicon::SCHOOL_YEAR_PARTS
        .iter()
        .filter(|(p, _)| may(p))
        .find_map(|(p, m)| find_phrase(&work, p).map(|at| (at, *p, *m)))
    {
        widen(at..at + phrase.len(), &mut used);
        let y = year.year_of_month(month);
        if let (Some(a), Some(b)) = (
            NaiveDate::from_ymd_opt(y, month, 1),
            NaiveDate::from_ymd_opt(y, month, days_in(month, y)),
        ) {
            out.kind = TimingKind::Range;
            out.start = Some(a);
            out.end = Some(b);
            out.precision = Some(Precision::Month);
        }
    } else if let Some((at, phrase)) = lexicon::WHOLE_YEAR
        .iter()
        .filter(|p| may(p))
        .find_map(|p| find_phrase(&work, p).map(|at| (at, *p)))
    {
        widen(at..at + phrase.len(), &mut used);
        out.kind = TimingKind::Range;
        out.start = Some(year.start());
        out.end = Some(year.end());
        out.precision = Some(Precision::Year);
    }

    if let (Some(a), Some(b)) = (out.start, out.end) {
        if a < year.start() - Duration::days(31) || b > year.end() + Duration::days(31) {
            warnings.push(format!("{a}..{b} is outside the academic year {year}"));
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
    out.warnings = warnings;
    if out.kind == TimingKind::Unknown {
        out.start = None;
        out.end = None;
        out.precision = None;
        out.time = None;
        out.end_time = None;
        out.spans.clear();
        used = None;
    }
    let original = used.map(|r| {
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
    });
    (out, original)
}
