//! The token layer every timing rule reads: words, numbers and marks cut from the normalised
//! text, the lexicon's tables as hash lookups, and the small questions rules ask of a token
//! ("is a month named here?", "an ordinal?", "a weekday?"). It imports no rule: the grammar,
//! the recurrence reader and the rest build on it, never the other way round.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::LazyLock;

use chrono::Weekday;

use super::lexicon::{self, MonthUnit};

/// Finds `phrase` in `hay` at word boundaries. Cells are short, so a plain scan beats the
/// two-way searcher `str::find` sets up for every call (it was half the normaliser's time).
pub(super) fn find_phrase(hay: &str, phrase: &str) -> Option<usize> {
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
pub(super) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

pub(super) fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Tok<'a> {
    Num(u32, usize),
    Word(&'a str),
    Sym(char),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'a> {
    pub(super) tok: Tok<'a>,
    pub(super) start: usize,
    pub(super) end: usize,
    /// Directly after the previous token, no space between.
    pub(super) glued: bool,
}

pub(super) fn tokenize(s: &str) -> Vec<Token<'_>> {
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

/// FNV-1a over the bytes of a word. The vocabulary's keys are our own short words, so
/// SipHash's guard against chosen keys buys nothing here, and it was a tenth of the
/// normaliser's time.
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;
type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// The lexicon's tables as hash lookups, built once.
pub(super) struct Vocabulary {
    pub(super) months: WordMap<u32>,
    pub(super) ordinals: WordMap<u32>,
    pub(super) units: WordMap<MonthUnit>,
    /// One-word weekday names.
    pub(super) weekdays: WordMap<Weekday>,
    /// First words of two-word weekday names ("thứ hai", "chủ nhật").
    pub(super) weekday_heads: WordSet,
    /// First words of every phrase table: a text with none of them skips the phrase scans.
    pub(super) phrase_starts: WordSet,
    /// Every word a scan rule can start at: any other word is noise, passed over at once.
    pub(super) scan_starts: WordSet,
    /// First words of the holiday tables: most texts have none and skip their search.
    pub(super) holiday_starts: WordSet,
    /// First words of the verbs that end a span ("завершится"): a connective word is only
    /// compared with them when it is one.
    pub(super) end_verb_starts: WordSet,
}

/// The first word of a phrase as the tokenizer cuts it ("w/c" starts with "w").
pub(super) fn first_token(p: &'static str) -> &'static str {
    let end = p
        .char_indices()
        .find(|(_, c)| !is_letter(*c))
        .map_or(p.len(), |(at, _)| at);
    &p[..end]
}

pub(super) static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let first = |p: &'static str| p.split(' ').next().unwrap_or(p);
    let mut phrase_starts = WordSet::default();
    phrase_starts.extend(lexicon::FLAG_PHRASES.iter().map(|(p, _)| first(p)));
    phrase_starts.extend(lexicon::RECURRENCE_PHRASES.iter().map(|(p, _, _)| first(p)));
    phrase_starts.extend(lexicon::SEASONS.iter().map(|(p, _, _)| first(p)));
    let mut holiday_starts = WordSet::default();
    holiday_starts.extend(lexicon::EASTER_DAYS.iter().map(|(p, _, _)| first(p)));
    holiday_starts.extend(lexicon::MONDAY_HOLIDAYS.iter().map(|(p, _, _)| first(p)));
    holiday_starts.extend(lexicon::NAMED_DAYS.iter().map(|(p, _, _)| first_token(p)));
    phrase_starts.extend(holiday_starts.iter().copied());
    phrase_starts.extend(lexicon::NAMED_TERMS.iter().map(|(p, _, _)| first(p)));
    phrase_starts.extend(lexicon::WHOLE_YEAR.iter().map(|p| first(p)));
    phrase_starts.extend(lexicon::WHOLE_MONTH.iter().map(|p| first(p)));
    phrase_starts.extend(lexicon::SCHOOL_YEAR_PARTS.iter().map(|(p, _)| first(p)));
    phrase_starts.extend(lexicon::COMPACT_TERMS.iter().map(|(p, _, _)| *p));
    phrase_starts.extend(lexicon::WEEKDAY_WORDS.iter().map(|(p, _)| first(p)));
    phrase_starts.extend(lexicon::TERM_WORDS.iter().map(|(p, _)| first(p)));
    phrase_starts.extend(lexicon::TIMES_WORDS.iter().copied());
    phrase_starts.extend(lexicon::ONCE_WORDS.iter().map(|(p, _)| *p));
    let mut weekdays = WordMap::default();
    let mut weekday_heads = WordSet::default();
    for (w, code) in lexicon::WEEKDAY_WORDS {
        match (w.split_once(' '), weekday_of_code(code)) {
            (Some((head, _)), Some(_)) => {
                weekday_heads.insert(head);
            }
            (None, Some(day)) => {
                weekdays.insert(*w, day);
            }
            (_, None) => {}
        }
    }
    let mut scan_starts = WordSet::default();
    scan_starts.extend(lexicon::MONTH_WORDS.iter().map(|(w, _)| *w));
    scan_starts.extend(lexicon::MONTH_NUMBER_WORDS.iter().copied());
    scan_starts.insert("t");
    scan_starts.extend(lexicon::MONTH_PARTS.iter().map(|(w, _, _)| first_token(w)));
    scan_starts.extend(lexicon::ORDINALS.iter().map(|(w, _)| first_token(w)));
    scan_starts.extend(lexicon::LAST_WORDS.iter().copied());
    scan_starts.extend(lexicon::MONTH_UNITS.iter().map(|(w, _)| *w));
    scan_starts.extend(lexicon::WEEK_OF.iter().map(|w| first_token(w)));
    scan_starts.extend(lexicon::SCHOOL_YEAR_BEFORE.iter().map(|w| first_token(w)));
    scan_starts.extend(lexicon::YEAR_WORDS.iter().copied());
    scan_starts.extend(lexicon::WEEKDAY_WORDS.iter().map(|(w, _)| first_token(w)));
    scan_starts.extend(lexicon::RANGE_WORDS.iter().copied());
    scan_starts.extend(lexicon::LIST_WORDS.iter().copied());
    scan_starts.extend(lexicon::DEADLINE_WORDS.iter().map(|w| first_token(w)));
    scan_starts.extend(lexicon::END_VERBS.iter().map(|w| first_token(w)));
    Vocabulary {
        scan_starts,
        months: lexicon::MONTH_WORDS.iter().copied().collect(),
        ordinals: lexicon::ORDINALS.iter().copied().collect(),
        units: lexicon::MONTH_UNITS.iter().copied().collect(),
        weekdays,
        weekday_heads,
        phrase_starts,
        holiday_starts,
        end_verb_starts: lexicon::END_VERBS.iter().map(|w| first_token(w)).collect(),
    }
});

pub(super) fn weekday_of_code(code: &str) -> Option<Weekday> {
    match code {
        "MO" => Some(Weekday::Mon),
        "TU" => Some(Weekday::Tue),
        "WE" => Some(Weekday::Wed),
        "TH" => Some(Weekday::Thu),
        "FR" => Some(Weekday::Fri),
        "SA" => Some(Weekday::Sat),
        "SU" => Some(Weekday::Sun),
        _ => None,
    }
}

/// The RFC 5545 code of a weekday.
pub(super) fn code_of_weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// Whether a weekday's name starts with word `w` ("среда", "thứ").
pub(super) fn starts_weekday(w: &str) -> bool {
    VOCABULARY.weekdays.contains_key(w) || VOCABULARY.weekday_heads.contains(w)
}

pub(super) fn month_word(w: &str) -> Option<u32> {
    VOCABULARY.months.get(w).copied()
}

pub(super) fn ordinal_word(w: &str) -> Option<u32> {
    VOCABULARY.ordinals.get(w).copied()
}

pub(super) fn unit_word(w: &str) -> Option<MonthUnit> {
    VOCABULARY.units.get(w).copied()
}

pub(super) fn is_in(w: &str, list: &[&str]) -> bool {
    list.contains(&w)
}

/// Tokens with the text they were cut from: the small questions every rule asks.
#[derive(Clone, Copy)]
pub(super) struct Toks<'t, 'a> {
    s: &'a str,
    t: &'t [Token<'a>],
}

/// A month named in the text (or taken from the document's context), with its year.
#[derive(Clone, Copy, Debug)]
pub(super) struct MonthRef {
    pub(super) month: u32,
    pub(super) year: Option<i32>,
    /// The last token read.
    pub(super) last: usize,
    /// Weeks of this month are Monday..Sunday weeks (a month plan's "Tuần 2").
    pub(super) calendar_weeks: bool,
}

impl<'t, 'a> Toks<'t, 'a> {
    pub(super) fn new(s: &'a str, t: &'t [Token<'a>]) -> Self {
        Toks { s, t }
    }

    pub(super) fn len(&self) -> usize {
        self.t.len()
    }

    pub(super) fn tok(&self, i: usize) -> Option<Tok<'a>> {
        self.t.get(i).map(|t| t.tok)
    }

    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        match self.tok(i) {
            Some(Tok::Word(w)) => Some(w),
            _ => None,
        }
    }

    pub(super) fn num(&self, i: usize) -> Option<(u32, usize)> {
        match self.tok(i) {
            Some(Tok::Num(n, l)) => Some((n, l)),
            _ => None,
        }
    }

    pub(super) fn sym(&self, i: usize) -> Option<char> {
        match self.tok(i) {
            Some(Tok::Sym(c)) => Some(c),
            _ => None,
        }
    }

    pub(super) fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.glued)
    }

    /// The normalised bytes of tokens a..=b.
    pub(super) fn span(&self, a: usize, b: usize) -> Range<usize> {
        let start = self.t.get(a).map_or(self.s.len(), |t| t.start);
        let end = self
            .t
            .get(b.min(self.t.len().saturating_sub(1)))
            .map_or(start, |t| t.end);
        start..end.max(start)
    }

    /// The last token of the first of `phrases` that starts at token `i`.
    pub(super) fn phrase_at(&self, i: usize, phrases: &[&str]) -> Option<usize> {
        let start = self.t.get(i)?.start;
        let rest = self.s.get(start..)?;
        phrases.iter().find_map(|p| {
            if !rest.starts_with(p) {
                return None;
            }
            let end = start + p.len();
            let last = (i..self.t.len())
                .take_while(|&j| self.t[j].start < end)
                .last()?;
            (self.t[last].end == end).then_some(last)
        })
    }

    /// "первая", "последний", "3-я", "2nd": the ordinal (-1 = last) and its last token.
    pub(super) fn ordinal_at(&self, i: usize) -> Option<(i32, usize)> {
        match self.tok(i)? {
            Tok::Num(n, len) if len <= 2 && (1..=31).contains(&n) => {
                let n = i32::try_from(n).ok()?;
                if self.sym(i + 1) == Some('-')
                    && self.glued(i + 1)
                    && self.glued(i + 2)
                    // "1-е", "3-я"; not "30-Dec" (a range to a month's abbreviation).
                    && self
                        .word(i + 2)
                        .is_some_and(|w| w.chars().count() <= 3 && month_word(w).is_none())
                {
                    Some((n, i + 2))
                } else if self
                    .word(i + 1)
                    .is_some_and(|w| is_in(w, lexicon::ORDINAL_SUFFIXES))
                    // "2 nd May": a suffix split from its number still ends it before a month.
                    && (self.glued(i + 1) || self.month_at(i + 2).is_some())
                {
                    Some((n, i + 1))
                } else {
                    None
                }
            }
            Tok::Word(w) => ordinal_word(w)
                .and_then(|n| i32::try_from(n).ok())
                .map(|n| (n, i))
                .or_else(|| is_in(w, lexicon::LAST_WORDS).then_some((-1, i))),
            _ => None,
        }
    }

    /// A weekday named at `i` ("среда", "Friday", "thứ 2", "chủ nhật") and its last token.
    pub(super) fn weekday_at(&self, i: usize) -> Option<(Weekday, usize)> {
        let w = self.word(i)?;
        if let Some(day) = VOCABULARY.weekdays.get(w) {
            return Some((*day, i));
        }
        if !VOCABULARY.weekday_heads.contains(w) {
            return None;
        }
        let next = self.tok(i + 1)?;
        lexicon::WEEKDAY_WORDS.iter().find_map(|(p, code)| {
            let (head, tail) = p.split_once(' ')?;
            let fits = head == w
                && match next {
                    Tok::Word(x) => x == tail,
                    Tok::Num(n, _) => tail.parse::<u32>() == Ok(n),
                    Tok::Sym(_) => false,
                };
            fits.then(|| weekday_of_code(code).map(|d| (d, i + 1)))
                .flatten()
        })
    }

    /// "so students may purchase books": "may" between two words, neither of which leads to
    /// or follows a month ("in May", "the May half term", "May 5"), is the verb.
    fn modal_may(&self, i: usize) -> bool {
        let before = i.checked_sub(1).and_then(|k| self.word(k));
        let after = self.word(i + 1);
        match (before, after) {
            (Some(b), Some(a)) => {
                !is_in(b, lexicon::MONTH_LEADS) && !is_in(a, lexicon::MONTH_FOLLOWERS)
            }
            _ => false,
        }
    }

    /// A month named at `i`: a month word, "tháng 9", "tháng 9/2024", "tháng 3 năm 2026",
    /// "T9"; "of" before it is read too ("the third week of November").
    pub(super) fn month_at(&self, i: usize) -> Option<MonthRef> {
        let i = if self.word(i) == Some("of") { i + 1 } else { i };
        let w = self.word(i)?;
        if w == "may" && self.modal_may(i) {
            return None;
        }
        if let Some(month) = month_word(w) {
            let (year, last) = trailing_year(self, i + 1);
            return Some(MonthRef {
                month,
                year,
                last: last.unwrap_or(i),
                calendar_weeks: false,
            });
        }
        let (month, _) = self.num(i + 1)?;
        if !(1..=12).contains(&month) {
            return None;
        }
        if w == "t" {
            return self.glued(i + 1).then_some(MonthRef {
                month,
                year: None,
                last: i + 1,
                calendar_weeks: false,
            });
        }
        if !is_in(w, lexicon::MONTH_NUMBER_WORDS) {
            return None;
        }
        let year = match (self.tok(i + 2), self.num(i + 3)) {
            (Some(Tok::Sym('/' | '.')), Some((y, ylen))) => year_of(y, ylen),
            (Some(Tok::Sym('-')), Some((y, 4))) => year_of(y, 4),
            (Some(Tok::Word(w)), Some((y, 4))) if is_in(w, lexicon::YEAR_WORDS) => year_of(y, 4),
            _ => None,
        };
        Some(MonthRef {
            month,
            year,
            last: if year.is_some() { i + 3 } else { i + 1 },
            calendar_weeks: false,
        })
    }

    /// Whether a month is named at `i`.
    pub(super) fn names_month_at(&self, i: usize) -> bool {
        self.month_at(i).is_some()
    }

    /// "месяца", "tháng", "of the month" at `i` (a month word that names none): its last token.
    pub(super) fn generic_month_at(&self, i: usize) -> Option<usize> {
        let mut i = i;
        while matches!(self.word(i), Some("of" | "the")) {
            i += 1;
        }
        let w = self.word(i)?;
        (is_in(w, lexicon::GENERIC_MONTH_WORDS) && self.num(i + 1).is_none()).then_some(i)
    }
}

pub(super) fn year_of(num: u32, len: usize) -> Option<i32> {
    match len {
        4 if (1990..=2200).contains(&num) => i32::try_from(num).ok(),
        2 if num <= 99 => i32::try_from(num).ok().map(|n| 2000 + n),
        _ => None,
    }
}

/// A year right after a month or date ("май 2026", "мая 2026 г.", "tháng 9/2024").
pub(super) fn trailing_year(t: &Toks, i: usize) -> (Option<i32>, Option<usize>) {
    let mut j = i;
    if matches!(t.sym(j), Some('/' | ',')) {
        j += 1;
    }
    if let Some((n, 4)) = t.num(j)
        && let Some(y) = year_of(n, 4)
    {
        let mut last = j;
        if matches!(t.word(j + 1), Some("г" | "года" | "год")) {
            last += 1;
        }
        return (Some(y), Some(last));
    }
    (None, None)
}

/// Could `phrase` be in a text whose phrase-starting words are `present`?
pub(super) fn may_contain(present: &[&str], phrase: &str) -> bool {
    // No splitting (that was a memchr per phrase per text): compare the first word in place.
    let (p, first) = (phrase.as_bytes(), phrase.as_bytes().first());
    present.iter().any(|w| {
        // The first byte rejects almost every pair before a call to memcmp (which was a
        // seventh of the normaliser's time). "mother's day" starts with the word "mother":
        // any non-letter ends a word.
        w.as_bytes().first() == first
            && p.len() >= w.len()
            && p.get(1..w.len()) == w.as_bytes().get(1..)
            && phrase
                .as_bytes()
                .get(w.len())
                .is_none_or(|&b| b == b' ' || b == b'\'' || b == b'/')
    })
}
