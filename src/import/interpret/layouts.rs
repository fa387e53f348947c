//! The ways a table lays out a plan, as one list: each layout a named value with what
//! triggers it and when it applies, chosen for a row by the strength of its evidence (how
//! many cells say so), not by its place in a chain. A row no layout claims is a row of the
//! layout already chosen (an event, a section, a continuation), or nothing before one is.
//!
//! The paragraph layouts (`paragraphs`, `bulleted-lines`, `numbered-lines`) are named in
//! the plan's trace too; they read documents with no table (`paragraphs` module), and
//! `one-event` a document that lists nothing (`interpret::one_event_plan`).

use chrono::{NaiveDate, Weekday};

use super::Reader;
use super::columns::{self, Chosen};
use super::evidence::TableEvidence;
use super::grids;
use crate::import::source::Cell;

/// What a layout found in the row that triggers it.
pub(crate) enum Found {
    /// Week columns with the last day of each week.
    WeekColumns(Vec<(usize, NaiveDate)>),
    /// Weekday columns.
    WeekdayColumns(Vec<(usize, Weekday)>),
    /// The day column and the half-day columns.
    DayParts(usize, Vec<usize>),
    /// A header row's columns.
    Header(Chosen),
    /// A table of dates with no header: its columns, guessed from the cells.
    DatedRows(std::collections::BTreeMap<super::vocab::Field, usize>),
    /// A table nothing else reads: its columns chosen by content alone.
    Unknown(Chosen),
}

/// A row of a table as the layouts see it.
pub(crate) struct Probe<'a, 'r> {
    pub rd: &'a Reader<'r>,
    pub ev: &'a TableEvidence,
    pub rows: &'a [Vec<Cell>],
    pub r: usize,
    /// No header has been read in the table (or its columns were guessed from dates).
    pub open: bool,
}

impl Probe<'_, '_> {
    fn row(&self) -> &[Cell] {
        self.rows.get(self.r).map_or(&[][..], Vec::as_slice)
    }
}

/// A layout: its name (the plan's trace says it), what triggers it, and how strongly a
/// row does (`find`: the number of cells that say so, and what they found).
pub(crate) struct Layout {
    pub name: &'static str,
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "the list's own documentation; its tests read it")
    )]
    pub trigger: &'static str,
    find: fn(&Probe<'_, '_>) -> Option<(usize, Found)>,
}

/// Every table layout. A tie in strength goes to the one listed first (the more
/// specific: a week's columns name their days, a header only its fields).
pub(crate) const TABLE_LAYOUTS: &[Layout] = &[
    Layout {
        name: "week-columns",
        trigger: "three or more cells naming a week with its days (\"Tuần I (Từ ngày 31/10- 4/11/2016)\"); each says its week and its days",
        find: |p| {
            grids::week_columns(p.rd, p.row())
                .map(|cols| (2 * cols.len(), Found::WeekColumns(cols)))
        },
    },
    Layout {
        name: "weekday-columns",
        trigger: "three or more cells naming weekdays (\"THỨ 2 | THỨ 3 | THỨ 4\"), before any header row",
        find: |p| {
            let cols = p.open.then(|| grids::weekday_columns(p.row())).flatten()?;
            Some((cols.len(), Found::WeekdayColumns(cols)))
        },
    },
    Layout {
        name: "day-part-columns",
        trigger: "two or more cells naming parts of the day after a day column (\"THỨ | SÁNG | CHIỀU\"), before any header row",
        find: |p| {
            let (day, parts) = p.open.then(|| grids::day_part_columns(p.row())).flatten()?;
            Some((parts.len() + 1, Found::DayParts(day, parts)))
        },
    },
    Layout {
        name: "header-table",
        trigger: "a row of header words naming the title column and another field, or three fields (the title column then found by its cells)",
        find: |p| {
            let chosen = columns::choose(p.ev, p.r, p.row())?;
            Some((chosen.map.len(), Found::Header(chosen)))
        },
    },
    Layout {
        name: "dated-rows",
        trigger: "no header row in the document, and three or more rows (most rows) with a timing in one column: a diary",
        find: |p| {
            let applies = p.r == 0 && !p.rd.has_event_table && p.rd.columns.is_none();
            // Only asked at the first row: guessing reads the whole table.
            let map = applies
                .then(|| columns::guess_columns(p.rows, p.ev))
                .flatten()?;
            Some((1, Found::DatedRows(map)))
        },
    },
    Layout {
        name: "unknown-table",
        trigger: "nothing else read any event of the document: the table's columns are chosen by what their cells hold, with a warning for each",
        find: |p| {
            let applies = p.r == 0 && p.rd.last_resort;
            let chosen = applies.then(|| columns::by_content(p.ev)).flatten()?;
            Some((1, Found::Unknown(chosen)))
        },
    },
];

/// The layout row `p.r` triggers, if any: the strongest evidence wins.
pub(crate) fn winner(p: &Probe<'_, '_>) -> Option<(&'static str, Found)> {
    let mut best: Option<(usize, &'static str, Found)> = None;
    for layout in TABLE_LAYOUTS {
        if let Some((score, found)) = (layout.find)(p)
            && best.as_ref().is_none_or(|(s, _, _)| score > *s)
        {
            best = Some((score, layout.name, found));
        }
    }
    best.map(|(_, name, found)| (name, found))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::interpret::Sections;
    use crate::import::interpret::evidence::TimingMemo;
    use crate::import::source::plain_rows as rows;
    use crate::plan::{AcademicYear, Lang};
    use crate::timing::Context;

    /// The layout the first row of `texts` triggers, in a document with no header row
    /// elsewhere (`has_event_table` false) unless the table has one.
    fn first_row_layout(texts: &[&[&str]], last_resort: bool) -> Option<&'static str> {
        let rows = rows(texts);
        let year = AcademicYear::new(2016).unwrap_or_else(|| unreachable!());
        let mut warnings = Vec::new();
        let rd = Reader {
            ctx: Context::new(year).with_lang(Some(Lang::Vi)),
            lang: Lang::Vi,
            sections: Sections { tree: Vec::new() },
            current_section: None,
            columns: None,
            month: None,
            has_event_table: rows.iter().any(|r| super::super::tables::may_head(r)),
            period: None,
            given_year: false,
            row_base: 0,
            raw: Vec::new(),
            warnings: &mut warnings,
            memo: TimingMemo::default(),
            layouts: Vec::new(),
            column_choice: None,
            last_resort,
            title: String::new(),
        };
        let mut memo = TimingMemo::default();
        let ev = TableEvidence::read(&rows, &rd.ctx, &mut memo);
        let probe = Probe {
            rd: &rd,
            ev: &ev,
            rows: &rows,
            r: 0,
            open: true,
        };
        winner(&probe).map(|(name, _)| name)
    }

    #[test]
    fn each_layout_is_chosen_by_its_own_example() {
        let week = first_row_layout(
            &[&[
                "Hoạt động",
                "Tuần I (Từ ngày 31/10- 4/11/2016)",
                "Tuần II (Từ ngày 7/11- 11/11/2016)",
                "Tuần III (Từ ngày 14/11- 18/11/2016)",
            ]],
            false,
        );
        assert_eq!(week, Some("week-columns"));
        let weekdays = first_row_layout(&[&["Hoạt Động", "THỨ 2", "THỨ 3", "THỨ 4"]], false);
        assert_eq!(weekdays, Some("weekday-columns"));
        let halves = first_row_layout(&[&["THỨ", "SÁNG", "CHIỀU"]], false);
        assert_eq!(halves, Some("day-part-columns"));
        let header = first_row_layout(
            &[
                &["STT", "Nội dung", "Thời gian"],
                &["1", "Khai giảng", "5/9/2016"],
            ],
            false,
        );
        assert_eq!(header, Some("header-table"));
        let diary = &[
            &["Tuesday 3rd January", "INSET day"][..],
            &["Wednesday 4th January", "School re-opens"],
            &["Friday 27th January", "Year 2 trip"],
        ];
        assert_eq!(first_row_layout(diary, false), Some("dated-rows"));
        let unknown = &[
            &["Khai giảng năm học mới", "Ban giám hiệu"][..],
            &["Họp phụ huynh đầu năm", "Giáo viên chủ nhiệm"],
        ];
        assert_eq!(first_row_layout(unknown, false), None);
        assert_eq!(first_row_layout(unknown, true), Some("unknown-table"));
    }

    #[test]
    fn every_layout_has_a_name_of_its_own_and_says_what_triggers_it() {
        for (i, l) in TABLE_LAYOUTS.iter().enumerate() {
            assert!(!l.trigger.is_empty(), "{}", l.name);
            assert!(
                TABLE_LAYOUTS[i + 1..].iter().all(|m| m.name != l.name),
                "{}",
                l.name
            );
        }
    }
}
