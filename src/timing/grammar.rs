//! The grammar of timing cells: the answer. A text is normalised (`text`), cut into tokens
//! (`tokens`) and scanned into atoms (`scan`), which become spans of days (`spans`); then the
//! rules of the registry (`rules`) are tried in its order — a recurrence (`recurrence`),
//! explicit dates and months, the month of the document, named and numbered terms (`terms`),
//! holidays (`holidays`), seasons, parts of the school year and whole-year phrases — and the
//! first that reads the text answers it. Whatever is left is noise; what cannot be dated stays
//! unknown.
//!
//! No file below imports this one: `tokens` ← `text`, `scan` ← `spans` ← `terms`, `holidays`;
//! `recurrence` and `rules` stand on `tokens` or nothing; only `grammar` uses them all.

use std::borrow::Cow;
use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};

use super::holidays::{half_before, moving_holiday, year_after};
use super::lexicon::{self};
use super::recurrence;
use super::rules::{self, RuleId};
use super::scan::{Atom, Point, days_in, scan};
use super::spans::{Dated, point_days};
use super::terms::find_term;
use super::text::{Text, detect_lang, normalise_text, original_range, take_flags};
use super::tokens::{Tok, Toks, VOCABULARY, find_phrase, may_contain, tokenize};
use super::{
    AcademicYear, Context, Freq, Lang, Precision, Span, Timing, TimingKind, TimingNote, When,
};

fn precision_of(freq: Freq) -> Precision {
    match freq {
        Freq::Daily => Precision::Day,
        Freq::Weekly => Precision::Week,
        Freq::Monthly => Precision::Month,
        Freq::Termly => Precision::Term,
        Freq::Yearly => Precision::Year,
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
    /// The text opens with "по"/"until" (`Scan::until`).
    until: bool,
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
            RuleId::Dates => {
                self.dated(c.dated, c.due) && {
                    self.until_in_month(c.until, c.ctx);
                    true
                }
            }
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

    fn set_range(&mut self, start: NaiveDate, end: NaiveDate, precision: Precision) {
        self.out.when = When::Range {
            start,
            end,
            precision,
        };
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
        self.out.when = When::Recurring {
            start,
            end: end.max(start),
            precision: precision_of(freq),
            rule: found.rec,
            count_per_period: found.count_per_period,
        };
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
        self.out.when = if merged.len() > 1 {
            let spans = merged
                .iter()
                .map(|s| Span {
                    start: s.0,
                    end: s.1,
                })
                .collect();
            When::Multiple { spans, precision }
        } else if deadline {
            // "до мая" is due when May begins; "до конца мая" when it ends.
            When::Deadline(if at_end { first.1 } else { first.0 })
        } else if first.0 == first.1 && precision == Precision::Day {
            When::Date(first.0)
        } else {
            // One day at a coarser precision ("5-я неделя февраля" in a leap year: the 29th)
            // stays a range: the text named a week, not a day.
            When::Range {
                start: first.0,
                end,
                precision,
            }
        };
        self.set_times(&dated.times);
        true
    }

    /// "по 10 мая" in the plan for May: the exhibition runs from the month's first day to the
    /// 10th. Outside its own month's plan the start is unknown and the day stays one day.
    fn until_in_month(&mut self, until: bool, ctx: &Context) {
        let (Some((year, month)), Some(end)) = (ctx.month, self.out.end()) else {
            return;
        };
        let one_day = self.out.kind() == TimingKind::Date;
        if !until || !one_day || (end.year(), end.month()) != (year, month) {
            return;
        }
        if let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) {
            self.set_range(first, end, Precision::Day);
        }
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
        self.set_range(a, b, Precision::Month);
        true
    }

    fn term(&mut self, t: &Toks, ctx: &Context, lang: Lang) -> bool {
        let Some(((a, b), r)) = find_term(t, ctx, lang) else {
            return false;
        };
        self.widen(r);
        self.set_range(a, b, Precision::Term);
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
        self.set_range(a, b, precision);
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
        self.out.when = if deadline {
            // "ко Дню Победы": due on the day.
            When::Deadline(a)
        } else if a == b {
            When::Date(a)
        } else {
            When::Range {
                start: a,
                end: b,
                precision,
            }
        };
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
        self.set_range(a, b, Precision::Month);
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
        self.set_range(start, end, Precision::Year);
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
        if let (Some(a), Some(b)) = (out.start(), out.end())
            && (a < year.start() - Duration::days(31) || b > year.end() + Duration::days(31))
        {
            warnings.push(TimingNote::OutsideYear {
                start: a,
                end: b,
                year,
            });
        }
        match &mut out.when {
            When::Range { start, end, .. } | When::Recurring { start, end, .. } => {
                if end < start {
                    std::mem::swap(start, end);
                }
            }
            When::Multiple { spans, .. } => {
                for s in spans {
                    if s.end < s.start {
                        std::mem::swap(&mut s.start, &mut s.end);
                    }
                }
            }
            When::Unknown | When::Date(_) | When::Deadline(_) => {}
        }
        out.warnings = warnings.iter().map(ToString::to_string).collect();
        if out.when == When::Unknown {
            out.time = None;
            out.end_time = None;
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
    if read_text(rest, ctx).timing.kind() != TimingKind::Deadline {
        return None;
    }
    let mut main = read_text(first, ctx);
    if matches!(
        main.timing.kind(),
        TimingKind::Unknown | TimingKind::Deadline
    ) {
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
    let first_cut = tokenize(&text.s);
    let present: Vec<&'static str> = first_cut
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
    // Most texts have no flag or holiday words to blank out: their tokens are cut once.
    let tokens = if work == text.s {
        first_cut
    } else {
        tokenize(&work)
    };
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
                single_days: if dated.ranged {
                    0
                } else {
                    dated.spans.iter().filter(|s| s.0 == s.1).count()
                },
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
        until: scan.until,
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
