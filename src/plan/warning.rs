//! What the importer could not read as written, said so a person can find it and fix it:
//! each warning points at the file's row and column, at the event it concerns (the row of
//! the import preview), and says what happened as a typed [`WarningKind`], so a page says
//! it in its reader's language; `message` is the same in English (the CLI, logs and API
//! clients that only show text).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{AcademicYear, EventDoc, Lang};
use crate::timing::{Timing, TimingKind, TimingNote};

/// A problem found while reading a source document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportWarning {
    /// The row of the file's table (1-based; a calendar file's VEVENT, counted from 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// The column the problem is in, by its field ("timing") or a calendar property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The warning in English.
    pub message: String,
    /// The index in the document's `events` of the event it concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<usize>,
    /// What happened, typed (absent in documents written before warnings had kinds).
    #[serde(default, flatten)]
    pub kind: Option<WarningKind>,
    /// Where it is, as the CLI and the preview page say it ("No. 8", "row 4"): filled by
    /// [`PlanDocument::place_warnings`] for JSON readers, from [`ImportWarning::place`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// Where a warning points, counted one way in every output (the CLI, the API's JSON, the
/// preview page): the plan's own number when its row has one ("№ 8": what the person sees
/// in the "№" column of the file and of the preview), else the row's place among the plan's
/// events (the preview's row), else, for a warning about no event, the file's table row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowPlace {
    /// The plan's "№", as written without its dots ("13 ." is "13").
    Number(String),
    /// The event's place in the plan, counted from 1.
    Row(usize),
    /// A row of the file's table that is no event (counted from 1).
    FileRow(usize),
}

impl RowPlace {
    /// "№ 8" / "строка 4" / "строка 12 таблицы в файле" in the reader's language.
    pub fn said(&self, lang: Lang) -> String {
        match (self, lang) {
            (RowPlace::Number(n), Lang::Ru) => format!("№ {n}"),
            (RowPlace::Number(n), Lang::Vi) => format!("STT {n}"),
            (RowPlace::Number(n), Lang::En) => format!("No. {n}"),
            (RowPlace::Row(n), Lang::Ru) => format!("строка {n}"),
            (RowPlace::Row(n), Lang::Vi) => format!("dòng {n}"),
            (RowPlace::Row(n), Lang::En) => format!("row {n}"),
            (RowPlace::FileRow(n), Lang::Ru) => format!("строка {n} таблицы в файле"),
            (RowPlace::FileRow(n), Lang::Vi) => format!("dòng {n} của bảng trong tệp"),
            (RowPlace::FileRow(n), Lang::En) => format!("row {n} of the file's table"),
        }
    }

    /// The row of `events[index]`: its number when the plan gave one, else its place.
    pub fn of_event(events: &[EventDoc], index: usize) -> RowPlace {
        let number = events
            .get(index)
            .and_then(|e| e.number.as_deref())
            .map(|n| n.trim().trim_end_matches(['.', ')', ' ']).trim())
            .filter(|n| !n.is_empty());
        match number {
            Some(n) => RowPlace::Number(n.to_string()),
            None => RowPlace::Row(index + 1),
        }
    }
}

impl ImportWarning {
    /// A warning of `kind`, its English message written from it.
    pub fn new(kind: WarningKind, row: Option<usize>, column: Option<&str>) -> Self {
        ImportWarning {
            row,
            column: column.map(str::to_string),
            message: kind.to_string(),
            event: None,
            kind: Some(kind),
            place: None,
        }
    }

    /// Where the warning points in `events` (the document's events it was made with).
    pub fn place(&self, events: &[EventDoc]) -> Option<RowPlace> {
        match (self.event, self.row) {
            (Some(i), _) if i < events.len() => Some(RowPlace::of_event(events, i)),
            (_, Some(row)) => Some(RowPlace::FileRow(row)),
            _ => None,
        }
    }

    /// The same warning, about event `index`.
    pub fn about(mut self, index: usize) -> Self {
        self.event = Some(index);
        self
    }

    /// Is this a warning about how the timing column of event `index` was read (what a
    /// corrected timing replaces)?
    pub fn about_timing_of(&self, index: usize) -> bool {
        self.event == Some(index)
            && matches!(
                self.kind,
                Some(
                    WarningKind::TimingEmpty
                        | WarningKind::Undated { .. }
                        | WarningKind::Timing { .. }
                )
            )
    }
}

/// What a warning says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WarningKind {
    /// The table has a timing column, and this row's cell is empty.
    TimingEmpty,
    /// No date could be read from the timing words `text`: the event stays undated.
    Undated { text: String },
    /// The timing `text` was read with a reservation.
    Timing {
        text: String,
        #[serde(flatten)]
        note: TimingNote,
    },
    /// The plan names no year: it is read in `year`, the academic year of the import date.
    YearAssumed { year: AcademicYear },
    /// The warning's column was taken for its field by what its cells hold, not by its
    /// header (`header`: the header's words as written, when it has any).
    ColumnByContent { header: Option<String> },
    /// Another column (`other`, counted from 1) reads as the warning's field too: the one
    /// the header names was kept.
    ColumnsCompete { other: usize },
    /// The plan names no organization that holds it (its title names only what it is
    /// about): the owner is left unnamed rather than named by the title.
    OwnerUnnamed,
    /// The plan lists no events (no table, no list): it was read as one event, named by its
    /// title, at the first dates its text gives.
    OneEventPlan,
    /// A text (`what`: a calendar property, also the warning's column) of `length`
    /// characters was cut to its first `kept`.
    TextCut {
        what: String,
        length: usize,
        kept: usize,
    },
    /// `count` events of a calendar came to it from calendars it follows (a plancal merged
    /// feed relays them): left out, so calendars following each other do not copy for ever.
    RelayedLeftOut { count: usize },
    /// A calendar file's event (`summary`) could not be taken whole.
    Calendar {
        summary: String,
        #[serde(flatten)]
        problem: CalendarProblem,
    },
}

/// What could not be taken from a calendar file's event; `detail` is the parser's own
/// words (English).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum CalendarProblem {
    /// No DTSTART: the event is left out.
    NoStart,
    /// DTSTART unreadable: the event is left out.
    StartUnreadable { detail: String },
    /// A time zone with no known name: its times are kept in UTC.
    ZoneUnknown,
    /// DTEND unreadable: the length comes from DURATION or is left out.
    EndUnreadable { detail: String },
    /// RECURRENCE-ID unreadable: the instance is an event of its own.
    RecurrenceIdUnreadable { detail: String },
    /// Rule parts plancal does not keep (`detail` lists them).
    RulePartsDropped { detail: String },
    /// UNTIL unreadable: the series is left unbounded.
    UntilUnreadable { detail: String },
    /// RRULE unreadable: only the first occurrence is kept.
    RuleUnreadable { detail: String },
    /// RDATE or EXDATE (the warning's column) unreadable: not kept.
    DatesUnreadable { detail: String },
}

impl WarningKind {
    /// What to warn about a timing `text` read as `when` with `notes`: each reservation,
    /// and an event left undated.
    pub fn of_timing(
        text: &str,
        when: &Timing,
        notes: Vec<TimingNote>,
    ) -> impl Iterator<Item = WarningKind> {
        let undated = (when.kind() == TimingKind::Unknown && !text.trim().is_empty()).then(|| {
            WarningKind::Undated {
                text: text.to_string(),
            }
        });
        let text = text.to_string();
        notes
            .into_iter()
            .map(move |note| WarningKind::Timing {
                text: text.clone(),
                note,
            })
            .chain(undated)
    }
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarningKind::TimingEmpty => f.write_str("the timing cell is empty"),
            WarningKind::Undated { text } => write!(
                f,
                "no date could be read from {text:?}; the event stays undated"
            ),
            WarningKind::Timing { text, note } => write!(f, "{text:?}: {note}"),
            WarningKind::YearAssumed { year } => write!(
                f,
                "no year is written in the plan; assumed {year}, the academic year of the import date (give --year to choose)"
            ),
            WarningKind::ColumnByContent { header: Some(h) } => write!(
                f,
                "this column was read by what its cells hold; its header {h:?} names no such field"
            ),
            WarningKind::ColumnByContent { header: None } => {
                f.write_str("this column was read by what its cells hold; it has no header words")
            }
            WarningKind::ColumnsCompete { other } => write!(
                f,
                "column {other} reads as this field too; the column its header names was kept"
            ),
            WarningKind::TextCut { what, length, kept } => {
                write!(f, "{what} is {length} characters long; the first {kept} are kept")
            }
            WarningKind::RelayedLeftOut { count } => write!(
                f,
                "{count} events came to this calendar from calendars it follows; they are left out, so calendars that follow each other do not copy each other's events for ever"
            ),
            WarningKind::OwnerUnnamed => f.write_str(
                "the plan does not name the organization it belongs to; give its name (the owner) before storing",
            ),
            WarningKind::OneEventPlan => f.write_str(
                "the plan lists no events; it was read as one event named by its title, at the first dates its text gives",
            ),
            WarningKind::Calendar { summary, problem } => {
                write!(f, "event {summary:?}")?;
                match problem {
                    CalendarProblem::NoStart => f.write_str(" has no DTSTART; left out"),
                    CalendarProblem::StartUnreadable { detail } => {
                        write!(f, ": {detail}; left out")
                    }
                    CalendarProblem::ZoneUnknown => {
                        f.write_str(": its time zone has no known name; its times are kept in UTC")
                    }
                    CalendarProblem::EndUnreadable { detail } => write!(
                        f,
                        ": {detail}; its length is taken from DURATION or left out"
                    ),
                    CalendarProblem::RecurrenceIdUnreadable { detail } => {
                        write!(f, ": {detail}; read as an event of its own")
                    }
                    CalendarProblem::RulePartsDropped { detail } => {
                        write!(f, ": rule parts {detail} are not kept")
                    }
                    CalendarProblem::UntilUnreadable { detail } => {
                        write!(f, ": UNTIL {detail}; the series is left unbounded")
                    }
                    CalendarProblem::RuleUnreadable { detail } => {
                        write!(f, ": {detail}; only its first occurrence is kept")
                    }
                    CalendarProblem::DatesUnreadable { detail } => {
                        write!(f, ": {detail}; not kept")
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_warning_keeps_its_english_message_and_adds_its_kind_and_event() {
        let w = ImportWarning::new(
            WarningKind::Timing {
                text: "20.05.2025 - 10.06.2026".into(),
                note: TimingNote::LongerThanYear {
                    start: day("2025-05-20"),
                    end: day("2026-06-10"),
                    read_as: None,
                },
            },
            Some(12),
            Some("timing"),
        )
        .about(3);
        let json = serde_json::to_value(&w).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "row": 12, "column": "timing", "event": 3,
                "message": "\"20.05.2025 - 10.06.2026\": a range of more than a year (2025-05-20 to 2026-06-10)",
                "kind": "timing", "text": "20.05.2025 - 10.06.2026",
                "note": "longer_than_year", "start": "2025-05-20", "end": "2026-06-10", "read_as": null,
            })
        );
        let back: ImportWarning = serde_json::from_value(json).unwrap();
        assert_eq!(back, w);
    }

    #[test]
    fn a_warning_points_at_the_plans_own_number_else_the_events_place() {
        let event = |number: Option<&str>| EventDoc {
            number: number.map(str::to_string),
            ..EventDoc::new("Акция", "")
        };
        // Seed 000 skips "7": its eighth event is "№ 8" wherever it is in the file.
        let events = vec![event(Some("6")), event(Some("13 .")), event(None)];
        let at = |event: Option<usize>, row: Option<usize>| {
            let mut w = ImportWarning::new(WarningKind::TimingEmpty, row, Some("timing"));
            w.event = event;
            w.place(&events)
        };
        assert_eq!(at(Some(1), Some(17)), Some(RowPlace::Number("13".into())));
        assert_eq!(at(Some(2), Some(18)), Some(RowPlace::Row(3)));
        assert_eq!(at(None, Some(2)), Some(RowPlace::FileRow(2)));
        assert_eq!(at(None, None), None);
        let said: Vec<String> = [Lang::Ru, Lang::Vi, Lang::En]
            .into_iter()
            .map(|lang| RowPlace::Number("8".into()).said(lang))
            .collect();
        assert_eq!(said, ["№ 8", "STT 8", "No. 8"]);
        assert_eq!(RowPlace::Row(4).said(Lang::Ru), "строка 4");
    }

    #[test]
    fn a_warning_stored_before_kinds_existed_still_reads() {
        let old: ImportWarning = serde_json::from_value(serde_json::json!({
            "row": 4, "column": "timing", "message": "the timing cell is empty"
        }))
        .unwrap();
        assert_eq!(old.kind, None);
        assert_eq!(old.event, None);
        assert_eq!(old.message, "the timing cell is empty");
    }

    #[test]
    fn calendar_warnings_say_what_was_done_with_the_event() {
        let w = ImportWarning::new(
            WarningKind::Calendar {
                summary: "Педсовет".into(),
                problem: CalendarProblem::NoStart,
            },
            Some(2),
            Some("DTSTART"),
        );
        assert_eq!(w.message, "event \"Педсовет\" has no DTSTART; left out");
        let back: ImportWarning =
            serde_json::from_value(serde_json::to_value(&w).unwrap()).unwrap();
        assert_eq!(back, w);
    }
}
