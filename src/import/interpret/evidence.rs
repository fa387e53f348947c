//! What each cell of a table plainly says, read once: its timing answer, whether it is a
//! header word, a number, a list of agenda items, people or roles, a totals label. Later
//! decisions (which column is which, which row is a header) read this evidence instead of
//! reading the text again, and the timing normaliser's answers are kept by text and
//! context (`TimingMemo`), so a cell's timing is normalised once however many steps ask.

use std::collections::HashMap;
use std::rc::Rc;

use super::layout::{self, Label};
use super::vocab::{self, Field};
use super::{headers, people};
use crate::import::source::Cell;
use crate::plan::{Lang, audience};
use crate::timing::{self, Context, Precision, Timing, TimingKind, TimingNote};

/// The normaliser's answer and its typed notes.
type Answer = (Timing, Vec<TimingNote>);

/// The parts of a context that change what a text reads as.
type ContextKey = (i32, Option<Lang>, Option<i32>, Option<(i32, u32)>);

fn key_of(ctx: &Context) -> ContextKey {
    (
        ctx.year.first_year(),
        ctx.lang,
        ctx.calendar_year,
        ctx.month,
    )
}

/// The normaliser's answers by text and context: the same cell asked about by several
/// steps (is it a timing? its days? the event's timing) is normalised once.
#[derive(Default)]
pub(crate) struct TimingMemo {
    answers: HashMap<(String, ContextKey), Rc<Answer>>,
}

impl TimingMemo {
    /// The answer for `text` in `ctx`, with its typed notes.
    pub(crate) fn read(&mut self, text: &str, ctx: &Context) -> Rc<Answer> {
        let key = (text.to_string(), key_of(ctx));
        Rc::clone(
            self.answers
                .entry(key)
                .or_insert_with(|| Rc::new(timing::normalise_noted(text, ctx))),
        )
    }

    /// Does `text` read as a timing in `ctx`?
    pub(crate) fn is_timing(&mut self, text: &str, ctx: &Context) -> bool {
        self.read(text, ctx).0.kind() != TimingKind::Unknown
    }
}

/// The most words and letters a cell read for its timing has ("с 1 по 15 сентября 2026
/// года", "Thứ 2, ngày 14/10/2024 (buổi sáng)").
const TIMING_WORDS: usize = 8;
const TIMING_LETTERS: usize = 48;

/// The most words a cell that says who an event is for has ("учащиеся 5-7 классов и их
/// родители").
const AUDIENCE_WORDS: usize = 8;

/// Does the text name grades, classes or groups? Whether it does is the same in every
/// language; the last grade (which language decides) does not matter here, so the widest
/// (English year groups, to 13) is asked.
fn names_grades(text: &str) -> bool {
    !audience::read(text, Lang::En, audience::Source::Column).is_everyone()
}

/// What one cell plainly says.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct CellEvidence {
    /// No text, or the text of the cell to its left carried over (a merge).
    pub empty: bool,
    /// The field a header cell with this text names.
    pub header: Option<Field>,
    /// The timing the whole text reads as (None: unknown), and how fine it is.
    pub timing: Option<(TimingKind, Option<Precision>)>,
    /// Words in the text: a timing of a few words is a timing cell, a sentence that names a
    /// year is not.
    pub words: usize,
    pub letters: usize,
    /// Only a number as rows are numbered: "1", "2.", "1.2.", "IV."
    pub number: Option<u32>,
    /// Lines that start with a list label ("1.", "а)", "-"), when there are two or more.
    pub listed_lines: usize,
    /// Names a person ("Иванова А.А.") or a role ("классные руководители").
    pub people: bool,
    /// "Итого", "TỔNG CỘNG": a totals label.
    pub total: bool,
    /// "Заседание", "họp": a meeting, whose agenda may follow.
    pub meeting: bool,
    /// Names grades, classes or groups and little else ("5-7 классы", "khối 6", "Year 7").
    pub audience: bool,
}

impl CellEvidence {
    /// Reads a cell once.
    pub(crate) fn read(cell: &Cell, ctx: &Context, memo: &mut TimingMemo) -> Self {
        let text = cell.text.trim();
        if cell.merged_from_left || text.is_empty() {
            return CellEvidence {
                empty: true,
                ..CellEvidence::default()
            };
        }
        let n = people::norm(text);
        let words = text.split_whitespace().count();
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        // Timings are written in a few words: a longer text (a title, a list) is not read
        // as one, which keeps the normaliser off most of a table's text.
        let answer =
            (words <= TIMING_WORDS && letters <= TIMING_LETTERS).then(|| memo.read(text, ctx));
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let listed = lines.iter().filter(|l| is_listed(l)).count();
        let short = text.chars().count() <= 400;
        CellEvidence {
            empty: false,
            header: headers::header_field(text),
            timing: answer
                .filter(|a| a.0.kind() != TimingKind::Unknown)
                .map(|a| (a.0.kind(), a.0.precision())),
            words,
            letters,
            number: row_number(text),
            listed_lines: if listed >= 2 { listed } else { 0 },
            people: short
                && (!people::people(text).0.is_empty() || !people::roles(text).is_empty()),
            total: vocab::TOTAL_WORDS.contains(&n.trim_end_matches([':', '.', ' '])),
            meeting: vocab::MEETING_WORDS.iter().any(|w| n.contains(w)),
            // A row's number ("1", "2.") is no grade.
            audience: words <= AUDIENCE_WORDS && row_number(text).is_none() && names_grades(text),
        }
    }

    /// A timing cell: it reads as a timing (only cells as short as timings are read).
    pub(crate) fn is_timing(&self) -> bool {
        self.timing.is_some()
    }

    /// A cell that names something (an event, a topic): words, and not only a timing, a
    /// number or a list of items.
    pub(crate) fn names_something(&self) -> bool {
        !self.empty
            && self.letters >= 4
            && !self.is_timing()
            && self.number.is_none()
            && self.listed_lines == 0
    }
}

/// "1. …", "а) …", "- …": a line that is an item of a list.
fn is_listed(line: &str) -> bool {
    matches!(
        layout::label(line),
        Some((Label::Enumerated | Label::Dash | Label::Bullet, _))
    )
}

/// "1", "2.", "12 .", "1.2.", "IV.": the number of a row; its first part.
fn row_number(text: &str) -> Option<u32> {
    let t = text.trim().trim_end_matches(['.', ')']).trim_end();
    if t.is_empty() || t.len() > 8 {
        return None;
    }
    if t.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return Some(0);
    }
    let first = t.split('.').next()?;
    let rest_ok = t
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ' ');
    rest_ok.then(|| first.trim().parse().ok()).flatten()
}

/// Every cell of a table, read once, row by row.
pub(crate) struct TableEvidence {
    pub rows: Vec<Vec<CellEvidence>>,
}

impl TableEvidence {
    /// Reads every cell; cells of the same text (a responsible repeated down a column)
    /// share one reading.
    pub(crate) fn read(rows: &[Vec<Cell>], ctx: &Context, memo: &mut TimingMemo) -> Self {
        let mut seen: HashMap<&str, CellEvidence> = HashMap::new();
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let mut cells = Vec::with_capacity(r.len());
            for c in r {
                let e = match c.merged_from_left {
                    true => CellEvidence::read(c, ctx, memo),
                    false => seen
                        .entry(c.text.as_str())
                        .or_insert_with(|| CellEvidence::read(c, ctx, memo))
                        .clone(),
                };
                cells.push(e);
            }
            out.push(cells);
        }
        TableEvidence { rows: out }
    }

    /// The share of the filled cells of column `col` in rows `rows` that `test` holds for,
    /// and how many cells were filled.
    fn share(
        &self,
        rows: std::ops::Range<usize>,
        col: usize,
        test: impl Fn(&CellEvidence) -> bool,
    ) -> (f32, usize) {
        let filled: Vec<&CellEvidence> = self
            .rows
            .get(rows)
            .unwrap_or(&[])
            .iter()
            .filter_map(|r| r.get(col))
            .filter(|c| !c.empty)
            .collect();
        let hits = filled.iter().filter(|c| test(c)).count();
        match filled.len() {
            0 => (0.0, 0),
            n => (ratio(hits, n), n),
        }
    }

    /// What the cells of column `col` under a header (rows `body`) plainly are.
    pub(crate) fn column_content(&self, body: std::ops::Range<usize>, col: usize) -> Content {
        let (timing, filled) = self.share(body.clone(), col, CellEvidence::is_timing);
        Content {
            filled,
            timing,
            number: self.share(body.clone(), col, |c| c.number.is_some()).0,
            names: self
                .share(body.clone(), col, CellEvidence::names_something)
                .0,
            agenda: self.share(body.clone(), col, |c| c.listed_lines >= 2).0,
            audience: self.share(body.clone(), col, |c| c.audience).0,
            people: self.share(body, col, |c| c.people).0,
        }
    }

    /// Column numbers under a header ("1 | 2 | 3 | 4"): at least three cells, each the
    /// number after the one before.
    pub(crate) fn is_column_numbers(&self, row: usize) -> bool {
        let numbers: Vec<Option<u32>> = self
            .rows
            .get(row)
            .map(|r| r.iter().filter(|c| !c.empty).map(|c| c.number).collect())
            .unwrap_or_default();
        numbers.len() >= 3
            && numbers
                .iter()
                .enumerate()
                .all(|(i, n)| u32::try_from(i + 1).ok() == *n)
    }

    /// The fields the header words of row `row` name, by column.
    pub(crate) fn header_fields(&self, row: usize) -> Vec<(usize, Field)> {
        self.rows
            .get(row)
            .map(|r| {
                r.iter()
                    .enumerate()
                    .filter_map(|(i, c)| c.header.map(|f| (i, f)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn ratio(hits: usize, of: usize) -> f32 {
    // Cell counts of a table are far below f32's exact integers.
    let as_f32 = |n: usize| u16::try_from(n).map_or(f32::from(u16::MAX), f32::from);
    as_f32(hits) / as_f32(of)
}

/// What the cells of a column plainly are: the share of its filled cells of each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Content {
    pub filled: usize,
    pub timing: f32,
    pub number: f32,
    pub names: f32,
    pub agenda: f32,
    pub people: f32,
    pub audience: f32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::AcademicYear;

    fn ctx() -> Context {
        Context::new(AcademicYear::new(2026).unwrap_or_else(|| unreachable!()))
    }

    fn evidence(text: &str) -> CellEvidence {
        let cell = Cell {
            text: text.into(),
            ..Default::default()
        };
        CellEvidence::read(&cell, &ctx(), &mut TimingMemo::default())
    }

    #[test]
    fn a_cell_says_what_it_is() {
        assert!(evidence("Сентябрь").is_timing());
        assert!(!evidence("Сентябрь").names_something());
        assert_eq!(evidence("12.").number, Some(12));
        assert_eq!(evidence("Заседание № 1").number, None);
        assert!(evidence("Заседание № 1").meeting);
        assert!(evidence("Заседание № 1").names_something());
        assert_eq!(
            evidence("1. Итоги года.\n2. План на 2027 год.").listed_lines,
            2
        );
        assert!(evidence("Иванова А.А.").people);
        assert!(evidence("Итого:").total);
        assert_eq!(evidence("Сроки").header, Some(Field::Timing));
        assert!(evidence("").empty);
    }

    #[test]
    fn a_text_is_normalised_once_per_context() {
        let mut memo = TimingMemo::default();
        assert!(memo.is_timing("сентябрь", &ctx()));
        assert!(memo.is_timing("сентябрь", &ctx()));
        assert!(!memo.is_timing("Выставка", &ctx()));
        assert_eq!(memo.answers.len(), 2);
        memo.read("сентябрь", &ctx().with_month(Some((2026, 9))));
        assert_eq!(memo.answers.len(), 3);
    }
}
