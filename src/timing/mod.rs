//! Timing normalisation: the free text of a plan's "сроки" / "thời gian" / "when" cell
//! becomes an honest span of dates (TIMING.md is the contract).
//!
//! Pure: std, chrono and serde derives only. No I/O. The words live in `lexicon` (one
//! table per kind of phrase, every language side by side); `tokens` cuts a text into words
//! and answers the small questions rules ask; `recurrence` and `grammar` read on top of it.
//! An answer is a [`Timing`] whose [`When`] has one variant per kind, so its days cannot
//! disagree with its kind; `wire` writes it as TIMING.md's flat JSON and reads it back.

mod grammar;
mod holidays;
mod lexicon;
pub mod month_names;
mod order;
mod recurrence;
mod rules;
mod scan;
mod spans;
mod terms;
mod text;
mod tokens;
mod wire;

pub use order::month_first;
pub use text::capitalised;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language a plan (and its timing cells) is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ru,
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Which form of a counted noun `n` takes, by CLDR's integer rules
    /// (unicode.org/cldr/charts/latest/supplemental/language_plural_rules): Russian one
    /// (1, 21), few (2–4, 22–24) and many; English one (1) and other (`Many`); Vietnamese
    /// nouns do not change (`Many`). Pages and feeds count with it.
    pub fn plural(self, n: u64) -> Plural {
        let (m10, m100) = (n % 10, n % 100);
        match self {
            Lang::Ru if m10 == 1 && m100 != 11 => Plural::One,
            Lang::Ru if (2..=4).contains(&m10) && !(12..=14).contains(&m100) => Plural::Few,
            Lang::Ru | Lang::Vi => Plural::Many,
            Lang::En if n == 1 => Plural::One,
            Lang::En => Plural::Many,
        }
    }
}

/// The form of a counted noun (`Lang::plural`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
}

/// A language code we do not read (holds the code as given).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: expected ru, vi or en")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ru" => Ok(Lang::Ru),
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_string())),
        }
    }
}

impl TryFrom<String> for Lang {
    type Error = UnknownLang;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        code.parse()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a text is not an academic year (each holds the text as given).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AcademicYearError {
    #[error("academic year {0:?} is not like \"2025-2026\"")]
    Malformed(String),
    #[error("academic year {0:?}: the second year must follow the first")]
    SecondYear(String),
}

/// An academic year, September 1 of `first` to August 31 of `first + 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AcademicYear {
    first: i32,
}

impl AcademicYear {
    /// Years outside this window are typos, not plans.
    pub(crate) const MIN_FIRST: i32 = 1990;
    pub(crate) const MAX_FIRST: i32 = 2200;

    pub fn new(first: i32) -> Option<Self> {
        (Self::MIN_FIRST..=Self::MAX_FIRST)
            .contains(&first)
            .then_some(AcademicYear { first })
    }

    /// "2025-2026", "2025–2026", "2025 - 2026", "2025/2026" or "2025".
    ///
    /// # Errors
    ///
    /// `AcademicYearError` when the text names no year, or two that do not follow each other.
    pub fn parse(text: &str) -> Result<Self, AcademicYearError> {
        let digits: Vec<&str> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .collect();
        let bad = || AcademicYearError::Malformed(text.to_string());
        let first: i32 = match digits.as_slice() {
            [a] | [a, _] => a.parse().map_err(|_| bad())?,
            _ => return Err(bad()),
        };
        if let [_, b] = digits.as_slice() {
            let second: i32 = b.parse().map_err(|_| bad())?;
            if second != first + 1 {
                return Err(AcademicYearError::SecondYear(text.to_string()));
            }
        }
        AcademicYear::new(first).ok_or_else(bad)
    }

    /// The academic year a day falls in (September starts a new one).
    pub fn containing(date: NaiveDate) -> Self {
        let first = if date.month() >= 9 {
            date.year()
        } else {
            date.year() - 1
        };
        AcademicYear {
            first: first.clamp(Self::MIN_FIRST, Self::MAX_FIRST),
        }
    }

    pub fn first_year(self) -> i32 {
        self.first
    }

    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.first, 9, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn end(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.first + 1, 8, 31).unwrap_or(NaiveDate::MAX)
    }

    /// The calendar year a month (1..=12) of this academic year falls in.
    pub(crate) fn year_of_month(self, month: u32) -> i32 {
        if month >= 9 {
            self.first
        } else {
            self.first + 1
        }
    }
}

impl fmt::Display for AcademicYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.first, self.first + 1)
    }
}

impl FromStr for AcademicYear {
    type Err = AcademicYearError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AcademicYear::parse(s)
    }
}

impl TryFrom<String> for AcademicYear {
    type Error = AcademicYearError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        AcademicYear::parse(&text)
    }
}

impl Serialize for AcademicYear {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AcademicYear {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        AcademicYear::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimingKind {
    Date,
    Range,
    Deadline,
    Recurring,
    Multiple,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Term,
    Season,
    Year,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Freq {
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Termly,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    pub freq: Freq,
    pub interval: u32,
    pub count: Option<u32>,
    /// RFC 5545 BYDAY values: "TH", "2MO", "-1SU".
    pub byday: Option<Vec<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Notes written beside a timing that change how the event is shown, not when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Flag {
    /// "в режиме видеоконференции", "онлайн", "trực tuyến".
    Online,
    /// "по согласованию", "(по плану ОУ)": the date is not settled.
    Tentative,
}

/// A reservation about how a timing was read: one of `Timing::warnings` typed (the English
/// sentences are the TIMING.md contract; `Display` writes them), so a page can say it in
/// its reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum TimingNote {
    /// "31.11": the month has no such day.
    NoSuchDay { day: u32, month: u32 },
    /// The end is before the start: `read_as` is the end once a typo year is repaired;
    /// without it the two were swapped.
    EndBeforeStart {
        start: NaiveDate,
        end: NaiveDate,
        read_as: Option<NaiveDate>,
    },
    /// The span is longer than a year: `read_as` is the end once a typo year is repaired.
    LongerThanYear {
        start: NaiveDate,
        end: NaiveDate,
        read_as: Option<NaiveDate>,
    },
    /// The dates fall outside the academic year the plan is read in.
    OutsideYear {
        start: NaiveDate,
        end: NaiveDate,
        year: AcademicYear,
    },
}

impl fmt::Display for TimingNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const TYPO: &str = "(the year looks like a typo)";
        match self {
            TimingNote::NoSuchDay { day, month } => {
                write!(f, "there is no day {day} in month {month}")
            }
            TimingNote::EndBeforeStart {
                start,
                end,
                read_as,
            } => {
                write!(f, "the end {end} is before the start {start}")?;
                match read_as {
                    Some(fixed) => write!(f, "; read as {fixed} {TYPO}"),
                    None => Ok(()),
                }
            }
            TimingNote::LongerThanYear {
                start,
                end,
                read_as,
            } => {
                write!(f, "a range of more than a year ({start} to {end})")?;
                match read_as {
                    Some(fixed) => write!(f, "; read as ending {fixed} {TYPO}"),
                    None => Ok(()),
                }
            }
            TimingNote::OutsideYear { start, end, year } => {
                write!(f, "{start}..{end} is outside the academic year {year}")
            }
        }
    }
}

/// When a timing falls: one variant per [`TimingKind`], each holding exactly what that kind
/// has (TIMING.md), so no answer can be a date without its day, a range with spans or an
/// unknown with dates. The flat JSON of the contract is written and read by [`Timing`]'s
/// serde impls (`wire`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum When {
    /// No date can honestly be derived.
    Unknown,
    /// One known day.
    Date(NaiveDate),
    /// "до 15 мая", "к 1 сентября": due on that day.
    Deadline(NaiveDate),
    /// An inclusive span of days, whatever its precision (a day range, a month, a term…).
    Range {
        start: NaiveDate,
        end: NaiveDate,
        precision: Precision,
    },
    /// A repeating event: it repeats inside `start..=end` (usually the academic year) as
    /// `rule` says.
    Recurring {
        start: NaiveDate,
        end: NaiveDate,
        precision: Precision,
        rule: Recurrence,
        /// "2 раза в месяц": how many times per period of `rule.freq`, when the text gives a
        /// count and no days.
        count_per_period: Option<u32>,
    },
    /// Several separate spans, in order ("сентябрь, январь, май"); its start and end are the
    /// first start and the last end, so they are not stored twice.
    Multiple {
        spans: Vec<Span>,
        precision: Precision,
    },
}

impl When {
    /// A span of days: one day when `start == end` at day precision.
    pub fn span(start: NaiveDate, end: NaiveDate, precision: Precision) -> Self {
        match start == end && precision == Precision::Day {
            true => When::Date(start),
            false => When::Range {
                start,
                end,
                precision,
            },
        }
    }

    /// The same answer with every day moved by `f` (a year later, say); None when `f` has no
    /// day for one of them.
    pub fn map_days(&self, f: impl Fn(NaiveDate) -> Option<NaiveDate>) -> Option<Self> {
        Some(match self {
            When::Unknown => When::Unknown,
            When::Date(d) => When::Date(f(*d)?),
            When::Deadline(d) => When::Deadline(f(*d)?),
            When::Range {
                start,
                end,
                precision,
            } => When::Range {
                start: f(*start)?,
                end: f(*end)?,
                precision: *precision,
            },
            When::Recurring {
                start,
                end,
                precision,
                rule,
                count_per_period,
            } => When::Recurring {
                start: f(*start)?,
                end: f(*end)?,
                precision: *precision,
                rule: rule.clone(),
                count_per_period: *count_per_period,
            },
            When::Multiple { spans, precision } => When::Multiple {
                spans: spans
                    .iter()
                    .map(|s| {
                        Some(Span {
                            start: f(s.start)?,
                            end: f(s.end)?,
                        })
                    })
                    .collect::<Option<_>>()?,
                precision: *precision,
            },
        })
    }

    pub fn kind(&self) -> TimingKind {
        match self {
            When::Unknown => TimingKind::Unknown,
            When::Date(_) => TimingKind::Date,
            When::Deadline(_) => TimingKind::Deadline,
            When::Range { .. } => TimingKind::Range,
            When::Recurring { .. } => TimingKind::Recurring,
            When::Multiple { .. } => TimingKind::Multiple,
        }
    }

    /// The first day (TIMING.md's `start`).
    pub fn start(&self) -> Option<NaiveDate> {
        match self {
            When::Unknown => None,
            When::Date(d) | When::Deadline(d) => Some(*d),
            When::Range { start, .. } | When::Recurring { start, .. } => Some(*start),
            When::Multiple { spans, .. } => spans.iter().map(|s| s.start).min(),
        }
    }

    /// The last day, inclusive (TIMING.md's `end`).
    pub fn end(&self) -> Option<NaiveDate> {
        match self {
            When::Unknown => None,
            When::Date(d) | When::Deadline(d) => Some(*d),
            When::Range { end, .. } | When::Recurring { end, .. } => Some(*end),
            When::Multiple { spans, .. } => spans.iter().map(|s| s.end).max(),
        }
    }

    /// The coarsest unit written; a date and a deadline are days.
    pub fn precision(&self) -> Option<Precision> {
        match self {
            When::Unknown => None,
            When::Date(_) | When::Deadline(_) => Some(Precision::Day),
            When::Range { precision, .. }
            | When::Recurring { precision, .. }
            | When::Multiple { precision, .. } => Some(*precision),
        }
    }

    pub fn recurrence(&self) -> Option<&Recurrence> {
        match self {
            When::Recurring { rule, .. } => Some(rule),
            _ => None,
        }
    }

    /// The separate spans of a `multiple` answer; empty for every other kind.
    pub fn spans(&self) -> &[Span] {
        match self {
            When::Multiple { spans, .. } => spans,
            _ => &[],
        }
    }

    pub fn count_per_period(&self) -> Option<u32> {
        match self {
            When::Recurring {
                count_per_period, ..
            } => *count_per_period,
            _ => None,
        }
    }
}

/// The TIMING.md answer for one text: when it falls, and what was written beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Timing {
    pub input: String,
    pub when: When,
    pub flags: Vec<Flag>,
    pub time: Option<NaiveTime>,
    pub end_time: Option<NaiveTime>,
    pub warnings: Vec<String>,
    /// The rule that read the text (`src/timing/rules.rs`: "dates", "recurrence", "term", …);
    /// absent when nothing could be read.
    pub rule: Option<Cow<'static, str>>,
}

impl Timing {
    /// The honest answer for a text no date can be derived from.
    pub fn unknown(input: &str) -> Self {
        Timing::new(input, When::Unknown)
    }

    /// An answer with nothing written beside its days (no flags, times, warnings or rule).
    pub fn new(input: &str, when: When) -> Self {
        Timing {
            input: input.to_string(),
            when,
            flags: Vec::new(),
            time: None,
            end_time: None,
            warnings: Vec::new(),
            rule: None,
        }
    }

    pub fn kind(&self) -> TimingKind {
        self.when.kind()
    }

    pub fn start(&self) -> Option<NaiveDate> {
        self.when.start()
    }

    pub fn end(&self) -> Option<NaiveDate> {
        self.when.end()
    }

    pub fn precision(&self) -> Option<Precision> {
        self.when.precision()
    }

    pub fn recurrence(&self) -> Option<&Recurrence> {
        self.when.recurrence()
    }

    pub fn spans(&self) -> &[Span] {
        self.when.spans()
    }

    pub fn count_per_period(&self) -> Option<u32> {
        self.when.count_per_period()
    }

    /// True when the plan names one exact day (a date or a deadline).
    pub(crate) fn is_exact_day(&self) -> bool {
        match self.when {
            When::Date(_) | When::Deadline(_) => true,
            When::Range {
                start,
                end,
                precision,
            } => precision == Precision::Day && start == end,
            _ => false,
        }
    }
}

/// What a text is read against: the plan's year, its language, its school calendar.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    pub year: AcademicYear,
    /// None: detect from the text.
    pub lang: Option<Lang>,
    /// A calendar-year plan ("на 2025 год", "năm 2025"): a month without a year falls in
    /// this calendar year, whatever academic year contains it.
    pub calendar_year: Option<i32>,
    /// A month plan ("на декабрь 2022 г.", "THÁNG 5/2019") or a month section row: "Tuần 2",
    /// "1-я неделя", "первая декада", "в конце месяца" are read inside this (year, month).
    pub month: Option<(i32, u32)>,
    /// The document writes its slashed dates month first ("10/31", "08/26": an American
    /// plan): `slash_order` decides it from the document's own dates.
    pub month_first: bool,
}

impl Context {
    pub fn new(year: AcademicYear) -> Self {
        Context {
            year,
            lang: None,
            calendar_year: None,
            month: None,
            month_first: false,
        }
    }

    pub fn with_month_first(mut self, month_first: bool) -> Self {
        self.month_first = month_first;
        self
    }

    pub fn with_lang(mut self, lang: Option<Lang>) -> Self {
        self.lang = lang;
        self
    }

    pub fn with_calendar_year(mut self, year: Option<i32>) -> Self {
        self.calendar_year = year;
        self
    }

    pub fn with_month(mut self, month: Option<(i32, u32)>) -> Self {
        self.month = month.filter(|(_, m)| (1..=12).contains(m));
        self
    }

    /// The calendar year a month (1..=12) written without a year falls in. The context's
    /// own month names its year ("8/2019" above "(05/8)" in 2019-2020 is August 2019, not
    /// the August that ends the academic year).
    pub(crate) fn year_of_month(&self, month: u32) -> i32 {
        match (self.month, self.calendar_year) {
            (Some((y, m)), _) if m == month => y,
            (_, Some(y)) => y,
            _ => self.year.year_of_month(month),
        }
    }
}

/// Normalises one timing text. Never panics; what cannot be dated is `unknown`.
/// The last day of the month `d` is in.
pub fn last_day_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1)
        .and_then(|first| first.checked_add_months(chrono::Months::new(1)))
        .and_then(|next| next.pred_opt())
        .unwrap_or(d)
}

pub fn normalise(text: &str, ctx: &Context) -> Timing {
    grammar::read(text, ctx).timing
}

/// [`normalise`], with the answer's warnings typed (for a reader that says them in its
/// own language).
pub fn normalise_noted(text: &str, ctx: &Context) -> (Timing, Vec<TimingNote>) {
    let read = grammar::read(text, ctx);
    (read.timing, read.notes)
}

/// Finds a timing phrase inside a longer sentence ("Участие в играх на осенних каникулах
/// 25.10.2025- 04.11.2026", "… được tổ chức 1 lần/ tháng."): the byte range of the words it
/// was read from, and the answer. None when the sentence names no date.
pub fn find_in_sentence(text: &str, ctx: &Context) -> Option<(std::ops::Range<usize>, Timing)> {
    find_in_sentence_noted(text, ctx).map(|(range, timing, _)| (range, timing))
}

/// [`find_in_sentence`], with the answer's warnings typed.
pub fn find_in_sentence_noted(
    text: &str,
    ctx: &Context,
) -> Option<(std::ops::Range<usize>, Timing, Vec<TimingNote>)> {
    let grammar::Read {
        mut timing,
        range,
        notes,
    } = grammar::read(text, ctx);
    let range = range?;
    if timing.kind() == TimingKind::Unknown {
        return None;
    }
    timing.input = text.get(range.clone()).unwrap_or(text).trim().to_string();
    Some((range, timing, notes))
}

/// The timing rules in the order they are tried, each with its trigger words, when it
/// applies and its examples: what `plancal timing --rules` prints, so a reader can see which
/// rule the `"rule"` of an answer names.
pub fn describe_rules() -> String {
    rules::describe()
}

#[cfg(test)]
mod tests;
