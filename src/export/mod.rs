//! Documents back out: the year's report and the merged plan as the Word table and the
//! sheet schools submit. `Table` is the one shape both writers take (a title, a header and
//! rows of cells); `report_table` and `plan_table` fill it from the report's items.
//!
//! The merged plan is written so that `plancal import` reads it back to the same events with
//! the same dates: the title names the academic year, the header uses the words the
//! importer knows (№, мероприятие, сроки, ответственные), and the timing column holds the
//! plan's own words where they read to the same dates on their own, and the dates otherwise
//! (`timing_cell`).

mod docx;
mod xlsx;

pub(crate) use docx::docx;
pub(crate) use xlsx::xlsx;

use chrono::NaiveDate;

use crate::plan::AcademicYear;
use crate::report::{Item, ReportWords};

/// A writer could not build its file (a bug or an out-of-memory, never the data's fault).
#[derive(Debug, thiserror::Error)]
#[error("the {kind} file could not be written: {message}")]
pub struct ExportError {
    pub kind: &'static str,
    pub message: String,
}

/// One cell: text, or a count a sheet can sum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cell {
    Text(String),
    Number(u32),
}

impl Cell {
    pub(crate) fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => n.to_string(),
        }
    }
}

/// A titled table with its column widths in characters.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Table {
    pub title: String,
    pub subtitle: String,
    /// The sheet's name (at most 31 characters, as Excel wants).
    pub sheet: String,
    pub header: Vec<(String, u16)>,
    pub rows: Vec<Vec<Cell>>,
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn day(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// The dates an item's timing cell says, as the importer reads Russian dates.
fn dates(planned: (NaiveDate, NaiveDate)) -> String {
    let (start, end) = planned;
    if start == end {
        day(start)
    } else {
        format!("{} - {}", day(start), day(end))
    }
}

/// What an undated event's empty timing is written as.
const NO_DATE: &str = "—";

/// What the timing column says: the plan's own words when `reads_as` finds the same dates
/// in them, the dates when it does not (a pinned or moved event, a timing read from a
/// section heading) — so the file imports back to the dates the calendar shows.
pub(crate) fn timing_cell(
    item: &Item,
    reads_as: &dyn Fn(&str) -> Option<(NaiveDate, NaiveDate)>,
) -> String {
    let Some(span) = item.shown else {
        // An empty cell would take the dates of the rows around it on import; a dash is
        // a cell that says no date.
        return match item.timing.trim() {
            "" => NO_DATE.to_string(),
            words => words.to_string(),
        };
    };
    let words = item.timing.trim();
    if !words.is_empty() && reads_as(words) == Some(span) {
        return words.to_string();
    }
    dates(span)
}

/// The table a school submits as its report: the plan's columns and the outcome's.
pub(crate) fn report_table(items: &[Item], w: &ReportWords, heading: &Heading) -> Table {
    let header = [
        (w.number, 5),
        (w.event, 48),
        (w.timing, 18),
        (w.responsible, 28),
        (w.organization, 24),
        (w.mark, 16),
        (w.date_held, 14),
        (w.participants, 12),
        (w.note, 32),
        (w.link, 24),
    ];
    let rows = items
        .iter()
        .map(|i| {
            let o = i.outcome.as_ref();
            vec![
                text(i.number.clone().unwrap_or_default()),
                text(&i.title),
                text(
                    i.shown
                        .map_or_else(|| i.timing.clone(), |s| timing_and_dates(i, s)),
                ),
                text(&i.responsible),
                text(&i.owner),
                text(o.map_or("", |o| w.outcome_word(o.status))),
                text(o.and_then(|o| o.date).map(day).unwrap_or_default()),
                o.and_then(|o| o.participants)
                    .map_or(text(""), Cell::Number),
                text(o.map(|o| o.note.clone()).unwrap_or_default()),
                text(o.and_then(|o| o.link.clone()).unwrap_or_default()),
            ]
        })
        .collect();
    Table {
        title: format!("{} — {}", w.report, heading.org),
        subtitle: heading.year_line(w),
        sheet: sheet_name(w.report),
        header: header.iter().map(|(h, n)| (h.to_string(), *n)).collect(),
        rows,
    }
}

/// The report's timing: the plan's words, with the dates beside them when they differ.
fn timing_and_dates(i: &Item, span: (NaiveDate, NaiveDate)) -> String {
    let d = dates(span);
    if i.timing.trim().is_empty() || i.timing.trim() == d {
        d
    } else {
        format!("{} ({d})", i.timing.trim())
    }
}

/// The merged plan in the plan's own form: №, event, timing, responsible, organization.
pub(crate) fn plan_table(
    items: &[Item],
    w: &ReportWords,
    heading: &Heading,
    reads_as: &dyn Fn(&str) -> Option<(NaiveDate, NaiveDate)>,
) -> Table {
    let header = [
        (w.number, 5),
        (w.event, 56),
        (w.timing, 22),
        (w.responsible, 32),
        (w.organization, 28),
    ];
    let rows = (1u32..)
        .zip(items)
        .map(|(n, i)| {
            vec![
                text(format!("{n}.")),
                text(&i.title),
                text(timing_cell(i, reads_as)),
                text(&i.responsible),
                text(&i.owner),
            ]
        })
        .collect();
    Table {
        title: format!(
            "{} {} {} {}",
            w.plan, heading.org, heading.year, w.academic_year
        ),
        subtitle: String::new(),
        sheet: sheet_name(w.plan),
        header: header.iter().map(|(h, n)| (h.to_string(), *n)).collect(),
        rows,
    }
}

/// Whose and which year's document it is.
#[derive(Clone, Debug)]
pub(crate) struct Heading {
    pub org: String,
    pub year: AcademicYear,
}

impl Heading {
    fn year_line(&self, w: &ReportWords) -> String {
        format!("{} {}", self.year, w.academic_year)
    }
}

fn sheet_name(name: &str) -> String {
    name.chars().take(31).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{EventStatus, Lang, Outcome, OutcomeStatus};
    use crate::report::words;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, day).unwrap()
    }

    pub(super) fn item() -> Item {
        Item {
            id: 1,
            number: Some("3".into()),
            title: "Литературная гостиная".into(),
            timing: "октябрь".into(),
            planned: Some((d(10, 1), d(10, 31))),
            shown: Some((d(10, 1), d(10, 31))),
            owner: "МОУ «Рамешковская СОШ»".into(),
            roles: vec![],
            responsible: "библиотекари".into(),
            status: EventStatus::Planned,
            outcome: Some(Outcome {
                status: OutcomeStatus::Held,
                date: Some(d(10, 17)),
                participants: Some(25),
                note: "в актовом зале".into(),
                link: None,
                recorded_at: None,
            }),
        }
    }

    pub(super) fn heading() -> Heading {
        Heading {
            org: "МОУ «Рамешковская СОШ»".into(),
            year: AcademicYear::parse("2025-2026").unwrap(),
        }
    }

    #[test]
    fn the_timing_cell_keeps_words_that_read_to_the_same_dates() {
        let october = |t: &str| (t == "октябрь").then_some((d(10, 1), d(10, 31)));
        assert_eq!(timing_cell(&item(), &october), "октябрь");
        let moved = Item {
            shown: Some((d(11, 14), d(11, 14))),
            ..item()
        };
        assert_eq!(timing_cell(&moved, &october), "14.11.2025");
        let span = Item {
            timing: "осенью".into(),
            ..item()
        };
        assert_eq!(timing_cell(&span, &october), "01.10.2025 - 31.10.2025");
    }

    #[test]
    fn the_report_row_carries_the_outcome_beside_the_plan_columns() {
        let t = report_table(&[item()], words(Lang::Ru), &heading());
        assert_eq!(t.header[5].0, "Отметка о выполнении");
        let row: Vec<String> = t.rows[0].iter().map(Cell::text).collect();
        assert_eq!(row[5..8], ["Проведено", "17.10.2025", "25"]);
        assert_eq!(row[2], "октябрь (01.10.2025 - 31.10.2025)");
        assert_eq!(t.rows[0][7], Cell::Number(25));
    }

    #[test]
    fn the_plan_title_names_its_academic_year() {
        let t = plan_table(&[item()], words(Lang::Ru), &heading(), &|_| None);
        assert!(t.title.contains("2025-2026 учебный год"), "{}", t.title);
        assert_eq!(
            t.header.iter().map(|h| h.0.as_str()).collect::<Vec<_>>(),
            ["№", "Мероприятие", "Сроки", "Ответственные", "Организация"]
        );
        assert_eq!(t.rows[0][0], Cell::Text("1.".into()));
    }
}
