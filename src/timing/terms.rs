//! Terms of the school and calendar year: четверти, полугодия, триместры, кварталы, học kỳ,
//! "Term 2", read from their number and kind wherever the text names them.

use std::ops::Range;

use chrono::NaiveDate;

use super::lexicon::{self, TermKind};
use super::scan::days_in;
use super::tokens::{Tok, Toks, is_in, ordinal_word, trailing_year};
use super::{AcademicYear, Context, Lang};

pub(super) fn term_span(
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
pub(super) struct TermAt {
    pub(super) kind: TermKind,
    pub(super) n: u32,
    /// The last term of "I-II четверть", "I и II полугодие" (else `n`).
    pub(super) through: u32,
    pub(super) year: Option<i32>,
    pub(super) first: usize,
    pub(super) last: usize,
}

/// The kind of term named at `i` ("полугодие", "học kỳ") and its last token.
pub(super) fn term_kind_at(t: &Toks, i: usize) -> Option<(TermKind, usize)> {
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

pub(super) fn term_number_at(t: &Toks, i: usize) -> Option<u32> {
    match t.tok(i)? {
        Tok::Num(n, _) if (1..=4).contains(&n) => Some(n),
        Tok::Word(w) => ordinal_word(w),
        _ => None,
    }
}

/// A term starting at token `i`: "HKI", "I полугодие", "2-я четверть", "học kỳ II", "Quý
/// IV/2025".
pub(super) fn term_at(t: &Toks, i: usize) -> Option<TermAt> {
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
pub(super) fn term_numbers_through(t: &Toks, n: u32, i: usize) -> (u32, usize) {
    let dash = t.sym(i) == Some('-');
    let list = t.sym(i) == Some(',') || t.word(i).is_some_and(|w| is_in(w, lexicon::LIST_WORDS));
    match term_number_at(t, i + 1) {
        Some(m) if (dash && m > n) || (list && m == n + 1) => (m, i + 2),
        _ => (n, i),
    }
}

/// "I полугодие", "2 четверть", "học kỳ II", "II квартал 2026", "Quý IV/2025", and ranges of
/// them ("Quý I – Quý II/2026": the year written once serves both).
pub(super) fn find_term(
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
