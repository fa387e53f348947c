//! Which year a plan's dates fall in, read from the document itself: an academic year
//! ("на 2025 – 2026 учебный год", "в 2021/2022 учебном году"), a month plan ("на декабрь
//! 2022 г.", "THÁNG 5/2019", or "THÁNG 10" with the year of a dated line such as "ngày 28
//! tháng 9 năm 2016"), a calendar-year plan ("на 2022 год", "năm 2025"), a dated line
//! (a signature, an order) — and only when none of these is written, the import date.
//!
//! Month and year words are the timing lexicon's: a month is whatever `timing` reads as one
//! month, so this module holds no language table of its own.

use chrono::{Datelike, NaiveDate};

use super::{ImportWarning, vocab};
use crate::plan::AcademicYear;
use crate::plan::WarningKind;
use crate::timing::{self, Context, Lang, Precision, Timing, TimingKind};

/// The year context a plan's rows are read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Dating {
    pub year: AcademicYear,
    /// A calendar-year plan: months without a year fall in this year.
    pub calendar_year: Option<i32>,
    /// A month plan: weeks, decades and "the end of the month" are read in this month.
    pub month: Option<(i32, u32)>,
    /// The academic year was written as such (or given): the dates do not move it.
    pub fixed: bool,
}

impl Dating {
    pub(crate) fn context(&self, lang: Lang, month_first: bool) -> Context {
        Context::new(self.year)
            .with_lang(Some(lang))
            .with_calendar_year(self.calendar_year)
            .with_month(self.month)
            .with_month_first(month_first)
    }
}

/// Four-digit numbers that can be a plan's year, with their byte offsets.
fn years_in(text: &str) -> Vec<(usize, i32)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i - start == 4
            && let Ok(y) = text[start..i].parse::<i32>()
            && (1990..=2100).contains(&y)
        {
            out.push((start, y));
        }
    }
    out
}

/// The academic year written in a text: "на 2025 – 2026 учебный год", "NĂM HỌC 2024 – 2025",
/// "2021/2022".
pub(crate) fn academic_year(text: &str) -> Option<AcademicYear> {
    years_in(text)
        .windows(2)
        .find(|w| w[1].1 == w[0].1 + 1 && w[1].0 - w[0].0 <= 12)
        .and_then(|w| AcademicYear::new(w[0].1))
        .or_else(|| short_academic_year(text))
        .or_else(|| term_year(text))
}

/// "FALL 2017 EVENTS", "Spring 2018": a term with its calendar year names the school year
/// it belongs to (a fall opens it, a spring or summer ends it).
fn term_year(text: &str) -> Option<AcademicYear> {
    let lower = text.to_lowercase();
    years_in(&lower).into_iter().find_map(|(at, y)| {
        let before = lower.get(..at)?.trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let word = match word {
            "term" => before
                .strip_suffix("term")?
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default(),
            w => w,
        };
        let (_, opens) = vocab::TERM_YEAR_WORDS.iter().find(|(w, _)| *w == word)?;
        AcademicYear::new(if *opens { y } else { y - 1 })
    })
}

/// "Summer 2023/24", "2024-25 INSETS": a school year whose second year keeps only its last
/// two digits.
fn short_academic_year(text: &str) -> Option<AcademicYear> {
    years_in(text).into_iter().find_map(|(at, y)| {
        let rest = text.get(at + 4..)?;
        let tail = rest.strip_prefix(['/', '-', '–'])?;
        let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
        let next = (y + 1).rem_euclid(100);
        (digits.len() == 2 && digits.parse::<i32>().ok()? == next)
            .then(|| AcademicYear::new(y))
            .flatten()
    })
}

/// One calendar year written alone: "на 2022 год", "2022 г.", "năm 2025" (no second year
/// of an academic pair, no day-month date around it).
pub(crate) fn calendar_year(text: &str) -> Option<i32> {
    if academic_year(text).is_some() {
        return None;
    }
    let years = years_in(text);
    let first = years.first()?.1;
    years.iter().all(|(_, y)| *y == first).then_some(first)
}

/// A month with its year written: "на декабрь 2014г", "THÁNG 5/2019", "Февраль 2023".
/// Without a year written, the month alone (year None).
pub(crate) fn month_of(text: &str, lang: Lang) -> Option<(Option<i32>, u32)> {
    let probe = Context::new(AcademicYear::new(2000)?).with_lang(Some(lang));
    let (_, t) = timing::find_in_sentence(text, &probe)?;
    let (start, end) = (t.start()?, t.end()?);
    let one_month = t.kind() == TimingKind::Range
        && t.precision() == Some(Precision::Month)
        && start.month() == end.month()
        && start.year() == end.year();
    if !one_month {
        return None;
    }
    let written = years_in(text).iter().any(|(_, y)| *y == start.year());
    Some((written.then_some(start.year()), start.month()))
}

/// A dated line (a signature, an order, "ngày 28 tháng 9 năm 2016", "от 18.01.2022"): the
/// day it names, when it names one with its year.
pub(crate) fn dated_line(text: &str, lang: Lang) -> Option<NaiveDate> {
    if text.chars().count() > 120 || years_in(text).is_empty() {
        return None;
    }
    if let Some(d) = spelled_date(text) {
        return Some(d);
    }
    let probe = Context::new(AcademicYear::new(2000)?).with_lang(Some(lang));
    let (_, t) = timing::find_in_sentence(text, &probe)?;
    let start = t.start()?;
    (t.end() == Some(start) && years_in(text).iter().any(|(_, y)| *y == start.year()))
        .then_some(start)
}

/// "Kon Tum, ngày 03 tháng 09 năm 2013": the line a document is signed on — a place of a
/// few words, a comma and its date spelt the official way ("ngày … tháng … năm …"), nothing
/// else. ("Первый день Нового года, 1 января 2025" is a holiday and its day.)
pub(crate) fn signature_line(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['*', ' ', '\t']).trim();
    let Some((place, date)) = t.split_once(',') else {
        return false;
    };
    let place_words = place.split_whitespace().count();
    // "Thứ Sáu, ngày 08 tháng 11 năm 2019": a weekday, so a day heading.
    (1..=5).contains(&place_words)
        && !super::grids::is_weekday(place)
        && !place.chars().any(|c| c.is_ascii_digit())
        && date.split_whitespace().count() <= 8
        && spelled_date(date).is_some()
}

/// "ngày 28 tháng 9 năm 2016": a date spelt with a word before each number.
fn spelled_date(text: &str) -> Option<NaiveDate> {
    let n = text.to_lowercase();
    let words: Vec<&str> = n.split_whitespace().collect();
    vocab::SPELLED_DATES.iter().find_map(|(dw, mw, yw)| {
        words.windows(6).find_map(|w| {
            let num = |s: &str| {
                s.trim_matches(|c: char| !c.is_ascii_digit())
                    .parse::<u32>()
                    .ok()
            };
            (w[0] == *dw && w[2] == *mw && w[4] == *yw)
                .then(|| {
                    NaiveDate::from_ymd_opt(i32::try_from(num(w[5])?).ok()?, num(w[3])?, num(w[1])?)
                })
                .flatten()
        })
    })
}

/// The year of a month plan whose title names the month only, from a dated line near it:
/// the plan's month is the one nearest the day it was signed.
fn year_near(month: u32, signed: NaiveDate) -> i32 {
    let m = i64::from(month);
    let s = i64::from(signed.month());
    if m + 6 < s {
        signed.year() + 1
    } else if m > s + 6 {
        signed.year() - 1
    } else {
        signed.year()
    }
}

/// What the document says about its year. `head` holds the title first, then the other
/// lines before the plan's table; `dated` the dated lines found anywhere (signatures).
pub(crate) struct Evidence<'a> {
    pub title: &'a str,
    pub head: &'a [String],
    pub opening: &'a str,
    pub dated: Option<NaiveDate>,
}

fn month_dating(month: u32, year: i32) -> Option<Dating> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    Some(Dating {
        year: AcademicYear::containing(first),
        calendar_year: None,
        month: Some((year, month)),
        fixed: false,
    })
}

fn calendar_dating(year: i32) -> Option<Dating> {
    Some(Dating {
        year: AcademicYear::new(year - 1)?,
        calendar_year: Some(year),
        month: None,
        fixed: false,
    })
}

/// The span the whole plan covers, for rows with no timing of their own: the month of a
/// month plan, or a span written in the head ("с 21 января по 23 февраля 2022 г.",
/// "Thời gian: Từ ngày 23/3 đến ngày 30/4/2021").
pub(crate) fn plan_period(
    dating: &Dating,
    lines: &[&str],
    ctx: &Context,
) -> Option<timing::Timing> {
    // The title may give a span; other lines only after a label ("Thời gian: …").
    for (k, line) in lines.iter().enumerate() {
        let n = line.trim().to_lowercase();
        let n = n.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
        let labelled = vocab::PERIOD_LABELS.iter().any(|w| n.starts_with(w));
        // "1. Thời gian: Từ ngày 23/3 …": the line's list number is no day of the span.
        let text = super::leading_number(line).map_or(line.to_string(), |(_, rest)| rest);
        let Some((_, t)) = timing::find_in_sentence(&text, ctx) else {
            continue;
        };
        let span = t.start().is_some() && t.end().is_some() && t.start() != t.end();
        // "План проведения … дня на 30 октября 2021 года": a plan of one named day.
        let one_day = t.kind() == TimingKind::Date && t.start().is_some() && k == 0;
        if t.precision() == Some(Precision::Day) && ((span && k == 0) || labelled || one_day) {
            return Some(t);
        }
    }
    if let Some(t) = lines.iter().find_map(|l| lead_span(l, ctx)) {
        return Some(t);
    }
    let (y, m) = dating.month?;
    let start = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = NaiveDate::from_ymd_opt(y + i32::from(m == 12), m % 12 + 1, 1)?;
    let when = timing::When::Range {
        start,
        end: next.pred_opt()?,
        precision: Precision::Month,
    };
    Some(timing::Timing::new("", when))
}

/// "…, провести в апреле - мае 2010 года «Месячник …», рекомендую:": a line that introduces
/// the list under it (it ends with ':') and names a span of days or months in one of its
/// clauses gives that span to the list's items. Other dates of the line (the laws it cites)
/// are single days, and are passed over.
fn lead_span(line: &str, ctx: &Context) -> Option<timing::Timing> {
    let t = line.trim();
    if !t.ends_with(':') {
        return None;
    }
    t.split([',', ';']).rev().find_map(|clause| {
        let (_, t) = timing::find_in_sentence(clause, ctx)?;
        let (start, end) = (t.start()?, t.end()?);
        // Two ends written: days, or months ("в апреле - мае"); one month alone ("Итоги
        // работы за сентябрь:") is what the line is about, not the list's span.
        let span = match t.precision() {
            Some(Precision::Day) => start != end,
            Some(Precision::Month) => (start.year(), start.month()) != (end.year(), end.month()),
            _ => false,
        };
        (span && t.kind() == TimingKind::Range).then_some(t)
    })
}

/// The text without a lunar date written beside the solar one: "Ngày 10/02/2017 (tức 14
/// tháng Giêng Đinh Dậu)" is "Ngày 10/02/2017". A bracket that opens with "tức" ("that is")
/// or names the lunar calendar ("âm lịch", "ÂL") glosses the date before it; its months
/// ("tháng Giêng", "tháng 3 âm lịch") are no solar months, so it is left unread.
pub(crate) fn without_lunar_gloss(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let inner_end = rest[open..].find(')').map_or(rest.len(), |c| open + c);
        let inner = rest[open + 1..inner_end].trim().to_lowercase();
        let lunar = inner.starts_with("tức")
            || inner.contains("âm lịch")
            || inner
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "âl");
        out.push_str(&rest[..open]);
        if !lunar {
            out.push_str(&rest[open..(inner_end + 1).min(rest.len())]);
        }
        rest = &rest[(inner_end + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An hour at the start of a cell and what follows it: "10.00\n103 кабинет" is ("10.00",
/// "103 кабинет"), "08.30 ЦГДБ" is ("08.30", "ЦГДБ"), "13:00" is ("13:00", ""). The hour
/// is one or two digits up to 23, then ".", ":" or "-" and two digits below 60 ("ч"/"h" may
/// follow); a token going on with more parts ("12.05.25") is a date, not an hour.
pub(crate) fn leading_clock(text: &str) -> Option<(String, String)> {
    let t = text.trim_start();
    let token_end = t.find(char::is_whitespace).unwrap_or(t.len());
    let token = &t[..token_end];
    let bare = token.trim_end_matches([',', ';']);
    let clock = bare.trim_end_matches(['ч', 'h']);
    // "7g30", "14h00", "8h" as Vietnamese plans write hours.
    let (h, m) = match clock.split_once(['.', ':', '-', 'h', 'g']) {
        Some(split) => split,
        None if clock.len() < bare.len() || bare.ends_with('g') => {
            (bare.trim_end_matches(['ч', 'h', 'g']), "00")
        }
        None => return None,
    };
    let hour_ok = (1..=2).contains(&h.len())
        && h.chars().all(|c| c.is_ascii_digit())
        && h.parse::<u32>().is_ok_and(|h| h <= 23);
    let minute_ok = m.len() == 2
        && m.chars().all(|c| c.is_ascii_digit())
        && m.parse::<u32>().is_ok_and(|m| m < 60);
    if !(hour_ok && minute_ok) {
        return None;
    }
    let rest = t[token_end..].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    Some((
        bare.trim_end_matches('ч').to_string(),
        rest.trim().to_string(),
    ))
}

/// The text read in some year: for questions about its shape (days? one day? a timing?)
/// whose answer does not depend on which year it is.
fn in_any_year(text: &str) -> Option<timing::Timing> {
    AcademicYear::new(2000).map(|y| timing::normalise(text, &Context::new(y)))
}

/// A context of some year, for the same kind of question asked of a reader's rule.
pub(crate) fn any_year() -> Option<Context> {
    AcademicYear::new(2000).map(Context::new)
}

/// Does the text read as one day or a span of days (in any year): "25.09", "15.09-15.10"?
pub(crate) fn is_days(text: &str) -> bool {
    in_any_year(text)
        .is_some_and(|t| t.kind() != TimingKind::Unknown && t.precision() == Some(Precision::Day))
}

/// Does the text name one day only (a date, not a span of days)?
pub(crate) fn is_one_day(text: &str) -> bool {
    in_any_year(text).is_some_and(|t| t.start().is_some() && t.start() == t.end())
}

/// Does the text read as a timing (in any year)?
pub(crate) fn is_timing(text: &str) -> bool {
    in_any_year(text).is_some_and(|t| t.kind() != TimingKind::Unknown)
}

/// Reads the year from the evidence; None when nothing in the document names one.
pub(crate) fn from_document(ev: &Evidence<'_>, lang: Lang) -> Option<Dating> {
    if let Some(y) = academic_year(ev.title) {
        // "THÁNG 10 - NĂM HỌC 2020 - 2021": a month plan inside the academic year.
        // The words before the years are read alone: the years would stretch the month.
        let before = years_in(ev.title).first().map_or(0, |(at, _)| *at);
        let month = month_of(&ev.title[..before], lang).map(|(_, m)| (y.year_of_month(m), m));
        return Some(Dating {
            year: y,
            calendar_year: None,
            month,
            fixed: true,
        });
    }
    let lines = || std::iter::once(ev.title).chain(ev.head.iter().map(String::as_str));
    // A month plan: the first line naming one month.
    let month = lines().find_map(|l| month_of(l, lang).filter(|_| dated_line(l, lang).is_none()));
    if let Some((Some(year), m)) = month {
        return month_dating(m, year);
    }
    if let Some(y) = academic_year(ev.opening) {
        return Some(Dating {
            year: y,
            calendar_year: None,
            month: None,
            fixed: true,
        });
    }
    if let Some((None, m)) = month {
        let year = lines()
            .find_map(calendar_year)
            .or(ev.dated.map(|d| year_near(m, d)));
        if let Some(year) = year {
            return month_dating(m, year);
        }
    }
    if let Some(y) = lines()
        .filter(|l| dated_line(l, lang).is_none())
        .find_map(calendar_year)
    {
        return calendar_dating(y);
    }
    if let Some(year) = lines().find_map(anniversary_year) {
        return Some(Dating {
            year,
            calendar_year: None,
            month: None,
            fixed: false,
        });
    }
    ev.dated.or_else(|| body_date(ev.opening)).map(|d| Dating {
        year: AcademicYear::containing(d),
        calendar_year: None,
        month: None,
        fixed: false,
    })
}

/// "к 65-й годовщине Победы", "посвящённых 75-летию Великой Победы": a plan named by the
/// anniversary of an event of a known year is for the school year that ends in the
/// anniversary's spring (the celebrations are in May).
fn anniversary_year(line: &str) -> Option<AcademicYear> {
    let n = super::people::norm(line);
    let words: Vec<&str> = n.split_whitespace().collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        let count: i32 = digits.parse().ok()?;
        let rest = &w[digits.len()..];
        let next = words.get(i + 1).copied().unwrap_or("");
        let anniversary = vocab::ANNIVERSARY_WORDS
            .iter()
            .any(|a| rest.trim_start_matches(['-', '–']).contains(a) || next.starts_with(a));
        if !anniversary || !(1..=200).contains(&count) {
            return None;
        }
        let after: Vec<&str> = words.iter().skip(i + 1).take(4).copied().collect();
        let (_, year) = vocab::ANNIVERSARY_EVENTS
            .iter()
            .find(|(stem, _)| after.iter().any(|a| a.starts_with(stem)))?;
        AcademicYear::new(year + count - 1)
    })
}

/// The date most of the first dates written in full in the text fall near ("25.04.13.",
/// "07.05.2015"): a plan whose head names no year is read in the year its rows name, when at
/// least two of them agree on the academic year.
fn body_date(text: &str) -> Option<NaiveDate> {
    let mut found: Vec<NaiveDate> = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '–') {
        let parts: Vec<&str> = token
            .trim_matches(|c: char| !c.is_ascii_digit())
            .split('.')
            .collect();
        let [d, m, y] = parts[..] else { continue };
        let all_digits = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
        if !(all_digits(d) && all_digits(m) && all_digits(y)) || d.len() > 2 || m.len() > 2 {
            continue;
        }
        let year: i32 = match (y.len(), y.parse::<i32>()) {
            (2, Ok(yy)) => 2000 + yy,
            (4, Ok(yyyy)) => yyyy,
            _ => continue,
        };
        let (Ok(day), Ok(month)) = (d.parse(), m.parse()) else {
            continue;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            found.push(date);
        }
    }
    let years: Vec<AcademicYear> = found.iter().map(|d| AcademicYear::containing(*d)).collect();
    let best = years
        .iter()
        .max_by_key(|y| years.iter().filter(|x| x == y).count())?;
    (years.iter().filter(|x| *x == best).count() >= 2)
        .then(|| {
            found
                .into_iter()
                .find(|d| AcademicYear::containing(*d) == *best)
        })
        .flatten()
}

/// The year to read the plan in: --year, else the document's, else the import date's.
pub(crate) fn decide(
    given: Option<AcademicYear>,
    found: Option<Dating>,
    today: Option<NaiveDate>,
    warnings: &mut Vec<ImportWarning>,
) -> Option<Dating> {
    if let Some(year) = given {
        let month = found
            .and_then(|d| d.month)
            .map(|(_, m)| (year.year_of_month(m), m));
        return Some(Dating {
            year,
            calendar_year: None,
            month,
            fixed: true,
        });
    }
    if found.is_some() {
        return found;
    }
    let assumed = AcademicYear::containing(today?);
    warnings.push(ImportWarning::new(
        WarningKind::YearAssumed { year: assumed },
        None,
        None,
    ));
    Some(Dating {
        year: assumed,
        calendar_year: None,
        month: None,
        fixed: true,
    })
}

/// The academic year that holds most of the dates, for plans whose year was not written as
/// an academic year (a calendar-year plan spans two).
pub(crate) fn year_of_dates(starts: impl Iterator<Item = NaiveDate>) -> Option<AcademicYear> {
    let mut counts: Vec<(AcademicYear, usize)> = Vec::new();
    for d in starts {
        let y = AcademicYear::containing(d);
        match counts.iter_mut().find(|(k, _)| *k == y) {
            Some((_, n)) => *n += 1,
            None => counts.push((y, 1)),
        }
    }
    counts
        .into_iter()
        .fold(None::<(AcademicYear, usize)>, |best, (y, n)| match best {
            Some((_, b)) if b >= n => best,
            _ => Some((y, n)),
        })
        .map(|(y, _)| y)
}

/// An item that opens with its day or days inside a row timed by one month ("19 Kindergarten
/// Social", "26-29 Kindergarten Ramp up days", "– 14th Carol service" in a row of August):
/// those days of that month as a timing any language reads, and the item without them. The
/// words after the day start with a capital letter or follow a dash, so a count ("10 классов",
/// "5 дней") is no day.
pub(crate) fn day_led_in_month(title: &str, month: &Timing) -> Option<(String, String)> {
    let (start, end) = (month.start()?, month.end()?);
    let one_month = month.precision() == Some(Precision::Month)
        && start.month() == end.month()
        && start.year() == end.year();
    if !one_month {
        return None;
    }
    let (year, m) = (start.year(), start.month());
    let text = title.trim_start_matches(['–', '—', '-', '•', '*', ' ']);
    let (first, rest) = day_number(text)?;
    let (last, rest) = match rest.strip_prefix(['-', '–']).and_then(day_number) {
        Some((last, after)) if last > first => (last, after),
        _ => (first, rest),
    };
    let dashed = rest.trim_start().starts_with(['-', '–', '—']);
    let words = rest.trim_start_matches([' ', '-', '–', '—']).trim();
    let capital = words.chars().next().is_some_and(char::is_uppercase);
    let spaced = rest.starts_with(' ');
    if !spaced || !(capital || dashed) || words.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    // The days must be days of that month.
    NaiveDate::from_ymd_opt(year, m, last)?;
    let day = |d: u32| format!("{d:02}.{m:02}.{year}");
    let timing = match last > first {
        true => format!("{}-{}", day(first), day(last)),
        false => day(first),
    };
    Some((timing, words.to_string()))
}

/// One or two digits at the start, with an English ordinal ending ("14th"), that make a day
/// (1–31), and the rest.
fn day_number(text: &str) -> Option<(u32, &str)> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let day: u32 = text[..digits].parse().ok()?;
    let rest = &text[digits..];
    let rest = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .unwrap_or(rest);
    (1..=31).contains(&day).then_some((day, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_at_the_start_of_an_item_dates_it_in_its_row_s_month() {
        let ctx = Context::new(AcademicYear::new(2031).unwrap()).with_lang(Some(Lang::En));
        let march = timing::normalise("March", &ctx);
        let day = |t: &str| day_led_in_month(t, &march);
        assert_eq!(
            day("3 Science fair in the hall"),
            Some(("03.03.2032".into(), "Science fair in the hall".into()))
        );
        assert_eq!(
            day("– 14th - bake sale"),
            Some(("14.03.2032".into(), "bake sale".into()))
        );
        assert_eq!(
            day("9-13 Book week"),
            Some(("09.03.2032-13.03.2032".into(), "Book week".into()))
        );
        // A count is no day, nor a day the month has not.
        assert_eq!(day("10 классов участвуют"), None);
        assert_eq!(day("32 Things to do"), None);
        assert_eq!(
            day_led_in_month("3 Science fair", &timing::normalise("2031", &ctx)),
            None
        );
    }

    #[test]
    fn a_school_year_may_keep_two_digits_of_its_second_year() {
        assert_eq!(
            academic_year("Spring 2031/32").map(|y| y.to_string()),
            Some("2031-2032".into())
        );
        assert_eq!(
            academic_year("2099-00 dates").map(|y| y.to_string()),
            Some("2099-2100".into())
        );
        assert_eq!(academic_year("Room 2031/45"), None);
        assert_eq!(academic_year("2031/320"), None);
    }

    #[test]
    fn a_lunar_date_in_brackets_is_left_out_and_other_brackets_stay() {
        assert_eq!(
            without_lunar_gloss("Thứ Bảy, 22/02/2024 (tức ngày 13 tháng Giêng năm Giáp Thìn)"),
            "Thứ Bảy, 22/02/2024"
        );
        assert_eq!(
            without_lunar_gloss("Lễ dâng hương 18/4 (10/3 ÂL) tại đền"),
            "Lễ dâng hương 18/4 tại đền"
        );
        assert_eq!(
            without_lunar_gloss("Họp phụ huynh (lớp 5A) ngày 9/9 (tức"),
            "Họp phụ huynh (lớp 5A) ngày 9/9"
        );
    }

    fn found(title: &str, head: &[&str], dated: Option<NaiveDate>, lang: Lang) -> Option<Dating> {
        let head: Vec<String> = head.iter().map(|s| s.to_string()).collect();
        from_document(
            &Evidence {
                title,
                head: &head,
                opening: title,
                dated,
            },
            lang,
        )
    }

    #[test]
    fn an_hour_leads_a_time_and_place_cell_but_a_date_is_no_hour() {
        let split = leading_clock;
        assert_eq!(
            split("10.00\n103 кабинет"),
            Some(("10.00".into(), "103 кабинет".into()))
        );
        assert_eq!(
            split("08.30 Гимназия №1 ЦГДБ"),
            Some(("08.30".into(), "Гимназия №1 ЦГДБ".into()))
        );
        assert_eq!(split("13:00"), Some(("13:00".into(), String::new())));
        assert_eq!(split("9-00ч"), Some(("9-00".into(), String::new())));
        assert_eq!(
            split("7g30\nHội trường"),
            Some(("7g30".into(), "Hội trường".into()))
        );
        assert_eq!(split("14h"), Some(("14h".into(), String::new())));
        assert_eq!(split("10.00h зал"), Some(("10.00h".into(), "зал".into())));
        assert_eq!(split("12. Актовый зал"), None);
        assert_eq!(split("12.05.25 ЦГДБ"), None);
        assert_eq!(split("25.30 зал"), None);
        assert_eq!(split("ЦГДБ"), None);
    }

    #[test]
    fn an_academic_year_is_read_as_written() {
        assert_eq!(
            academic_year("на 2025 – 2026 учебный год").map(|y| y.to_string()),
            Some("2025-2026".into())
        );
        assert_eq!(
            academic_year("в 2021/2022 учебном году").map(|y| y.to_string()),
            Some("2021-2022".into())
        );
        assert_eq!(academic_year("ВОВ 1941-1945 гг."), None);
    }

    #[test]
    fn a_term_with_its_year_names_the_school_year_it_opens_or_ends() {
        let year = |t: &str| academic_year(t).map(|y| y.to_string());
        assert_eq!(
            year("FALL 2017 EVENTS and Important Dates:"),
            Some("2017-2018".into())
        );
        assert_eq!(year("Spring 2018 EVENTS"), Some("2017-2018".into()));
        assert_eq!(year("Autumn Term 2024"), Some("2024-2025".into()));
        assert_eq!(year("Summer term 2025"), Some("2024-2025".into()));
        assert_eq!(year("Winter 2018"), None);
        assert_eq!(year("Fallen heroes 1945"), None);
    }

    #[test]
    fn a_calendar_year_title_dates_months_in_that_year() {
        let d = found("План работы библиотеки на 2022 год", &[], None, Lang::Ru).unwrap();
        assert_eq!(d.calendar_year, Some(2022));
        let d = found("KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN NĂM 2025", &[], None, Lang::Vi).unwrap();
        assert_eq!(d.calendar_year, Some(2025));
    }

    #[test]
    fn a_month_plan_gives_its_month_and_academic_year() {
        let d = found(
            "План мероприятий на декабрь 2014г МБУК «Смоленская МЦБС»",
            &[],
            None,
            Lang::Ru,
        )
        .unwrap();
        assert_eq!(d.month, Some((2014, 12)));
        assert_eq!(d.year.to_string(), "2014-2015");
        let d = found("KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2019", &[], None, Lang::Vi).unwrap();
        assert_eq!(d.month, Some((2019, 5)));
        assert_eq!(d.year.to_string(), "2018-2019");
    }

    #[test]
    fn a_month_in_an_academic_year_title_is_a_month_plan_of_that_year() {
        let d = found(
            "KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10 - NĂM HỌC 2020 - 2021",
            &[],
            None,
            Lang::Vi,
        )
        .unwrap();
        assert_eq!(
            (d.year.to_string(), d.month),
            ("2020-2021".into(), Some((2020, 10)))
        );
        let d = found("План работы на 2025-2026 учебный год", &[], None, Lang::Ru).unwrap();
        assert_eq!(d.month, None);
    }

    #[test]
    fn a_place_and_an_official_date_is_a_signature_a_holiday_and_its_day_is_not() {
        assert!(signature_line("Kon Tum, ngày 03 tháng 09 năm 2013"));
        assert!(signature_line(
            "***     Mỹ An Hưng A, ngày 19 tháng 04 năm 2022"
        ));
        assert!(!signature_line("Первый день Нового года, 1 января 2025"));
        assert!(!signature_line(
            "THANKSGIVING EVE – Wednesday, November 26, 2025"
        ));
        assert!(!signature_line("Ngày 28 tháng 8 năm 2025 (Thứ năm)"));
        assert!(!signature_line("Thứ Sáu, ngày 08 tháng 11 năm 2019"));
    }

    #[test]
    fn a_month_without_a_year_takes_the_year_of_the_signature() {
        let signed = dated_line("Hà Nội, ngày 28 tháng 9 năm 2016", Lang::Vi);
        assert_eq!(signed.map(|d| d.year()), Some(2016));
        let d = found("KẾ HOẠCH THÁNG 10", &[], signed, Lang::Vi).unwrap();
        assert_eq!(d.month, Some((2016, 10)));
    }

    #[test]
    fn a_year_in_a_header_line_counts() {
        let d = found(
            "ПЛАН проведения месячника",
            &["в МБОУ «СОШ»", "с 21 января по 23 февраля 2022 г."],
            None,
            Lang::Ru,
        )
        .unwrap();
        assert_eq!(d.calendar_year, Some(2022));
    }

    #[test]
    fn an_anniversary_of_a_known_year_names_the_school_year() {
        let y = |t: &str| anniversary_year(t).map(|y| y.to_string());
        assert_eq!(
            y("План мероприятий к 70-летию Победы").as_deref(),
            Some("2014-2015")
        );
        assert_eq!(
            y("посвящённых 80-й годовщине Великой Победы").as_deref(),
            Some("2024-2025")
        );
        assert_eq!(y("к 100-летию со дня рождения поэта"), None);
        assert_eq!(y("План на 2 полугодие"), None);
    }

    #[test]
    fn dates_written_with_their_year_in_the_rows_name_the_plan_year() {
        let d = body_date("Выставка | 12.10.21. | зал\nКонкурс | С 1.11. – 5.11.21 | 3.04.22");
        assert_eq!(
            d.map(|d| AcademicYear::containing(d).to_string())
                .as_deref(),
            Some("2021-2022")
        );
        // One date alone is not enough.
        assert_eq!(body_date("Приказ от 01.09.2019 № 5"), None);
    }

    #[test]
    fn a_lead_line_over_a_list_gives_it_the_span_it_names() {
        let ctx = Context::new(AcademicYear::new(2014).unwrap());
        let t = lead_span(
            "Согласно приказу от 3 марта 2015 года № 12, в период с 1 по 20 апреля 2015 года провести:",
            &ctx,
        )
        .unwrap();
        assert_eq!(t.start(), NaiveDate::from_ymd_opt(2015, 4, 1));
        assert_eq!(t.end(), NaiveDate::from_ymd_opt(2015, 4, 20));
        let t = lead_span("В феврале – марте организовать следующие встречи:", &ctx).unwrap();
        assert_eq!(t.start(), NaiveDate::from_ymd_opt(2015, 2, 1));
        assert_eq!(t.end(), NaiveDate::from_ymd_opt(2015, 3, 31));
        // Not a lead (no colon), or one day only.
        assert!(lead_span("В феврале – марте организовать встречи", &ctx).is_none());
        assert!(lead_span("Приказ от 3 марта 2015 года:", &ctx).is_none());
        assert!(lead_span("II. Итоги работы за сентябрь:", &ctx).is_none());
    }

    #[test]
    fn a_numbered_period_line_spans_from_its_first_day_not_its_number() {
        let d = calendar_dating(2021).unwrap();
        let ctx = d.context(Lang::Vi, false);
        let lines = [
            "Kế hoạch Ngày Sách năm 2021",
            "1. Thời gian: Từ ngày 23/3 đến ngày 30/4/2021.",
        ];
        let t = plan_period(&d, &lines, &ctx).unwrap();
        assert_eq!(
            (t.start(), t.end()),
            (
                NaiveDate::from_ymd_opt(2021, 3, 23),
                NaiveDate::from_ymd_opt(2021, 4, 30)
            )
        );
    }

    #[test]
    fn no_year_anywhere_is_the_import_dates_year_and_given_year_wins() {
        let mut w = Vec::new();
        let today = NaiveDate::from_ymd_opt(2026, 11, 29);
        let d = decide(None, None, today, &mut w).unwrap();
        assert_eq!(d.year.to_string(), "2026-2027");
        assert_eq!(w.len(), 1);
        let given = AcademicYear::new(2020);
        let d = decide(given, calendar_dating(2022), today, &mut w).unwrap();
        assert_eq!(
            (d.year.to_string(), d.calendar_year),
            ("2020-2021".into(), None)
        );
    }
}
