//! The plan document: what `POST /api/v1/plans` takes, `GET /api/v1/plans/{id}` gives back
//! and `plancal import --dry-run --json` prints (PRODUCT.md, "The plan document").

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use super::{AcademicYear, ImportWarning, Slug};
use crate::timing::Timing;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanDocument {
    /// Assigned by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The owner organization (a slug in the JSON, refused there when it is not one).
    pub org: Slug,
    pub title: String,
    pub academic_year: AcademicYear,
    #[serde(default)]
    pub partners: Vec<PartnerRef>,
    #[serde(default)]
    pub description: String,
    /// The file the plan was imported from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The owner organization as the plan names it ("МБДОУ «Детский сад № 5 „Радуга“»"):
    /// a new organization is named from it, not from the whole title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// The language the plan is written in (import previews; a new owner organization takes
    /// its locale and time zone from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::timing::Lang>,
    /// The class a plan is for ("5А": a class teacher's plan), set on import or in the
    /// preview: its events that name no audience concern that class (`plan::audience`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    #[serde(default)]
    pub sections: Vec<SectionDoc>,
    #[serde(default)]
    pub events: Vec<EventDoc>,
    /// Import previews only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<ImportWarning>,
    /// Import previews only: which column of the source holds which field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<BTreeMap<String, usize>>,
    /// Import previews only: how the document was read (its layout, and what chose each
    /// column), so a person can see why a column was taken for what it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<DateTime<Utc>>,
}

/// How the importer read a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    /// The layouts that read its events, by name ("header-table", "week-columns",
    /// "numbered-lines", …: `import::interpret::layouts`), first used first.
    pub layouts: Vec<String>,
    /// What chose each column of its tables' first header.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<ColumnChoice>,
}

/// Why a column of the source was taken for a field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnChoice {
    /// The field, as `columns` names it ("title", "timing", "agenda" …).
    pub field: String,
    /// The column, counted from 0.
    pub column: usize,
    /// The header cell's words, as written, when they name the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// The share (percent) of the column's filled cells whose content plainly is the field
    /// (a timing, a number, a name, people, a list of items), when content was weighed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_percent: Option<u8>,
    pub by: ChosenBy,
}

/// What chose a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChosenBy {
    /// Its header words; its content did not say otherwise.
    Header,
    /// Its header words, and most of its cells are what they name.
    HeaderAndContent,
    /// Its cells: the header names another field or none.
    Content,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRef {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionDoc {
    /// The number as written: "1", "1.1", "I".
    pub key: String,
    pub title: String,
    #[serde(default)]
    pub sections: Vec<SectionDoc>,
}

impl SectionDoc {
    /// Every section of a tree, depth first, with its parent key.
    pub fn flatten<'a>(
        sections: &'a [SectionDoc],
        parent: Option<&'a str>,
        out: &mut Vec<(&'a SectionDoc, Option<&'a str>)>,
    ) {
        for s in sections {
            out.push((s, parent));
            Self::flatten(&s.sections, Some(&s.key), out);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    #[default]
    Planned,
    Confirmed,
    Done,
    Cancelled,
}

impl EventStatus {
    pub(crate) const ALL: [EventStatus; 4] = [
        EventStatus::Planned,
        EventStatus::Confirmed,
        EventStatus::Done,
        EventStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Planned => "planned",
            EventStatus::Confirmed => "confirmed",
            EventStatus::Done => "done",
            EventStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// A word that is no event status (holds the word as given).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an event status (planned, confirmed, done or cancelled)")]
pub struct UnknownStatus(pub String);

/// How a stored row's status is read: an unknown word is an error, never a default.
impl TryFrom<String> for EventStatus {
    type Error = UnknownStatus;
    fn try_from(text: String) -> Result<Self, UnknownStatus> {
        Self::parse(&text).ok_or(UnknownStatus(text))
    }
}

/// An exact date (all-day, optionally over several days) or an exact start time, set by a
/// person once the plan's fuzzy timing is settled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pinned {
    pub date: NaiveDate,
    /// Last day of a multi-day all-day event (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// A start time makes the event timed, in the organization's time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
}

impl Pinned {
    pub(crate) const DEFAULT_DURATION_MINUTES: u32 = 60;

    /// Why this pin cannot be right, if it cannot.
    pub fn problem(&self) -> Option<String> {
        if let Some(end) = self.end_date {
            if end < self.date {
                return Some(format!(
                    "end_date {end} is before date {}: the last day cannot precede the first",
                    self.date
                ));
            }
            if self.time.is_some() {
                return Some(
                    "give either time (a timed event) or end_date (several whole days), not both"
                        .into(),
                );
            }
        }
        if self.duration_minutes == Some(0) || self.duration_minutes > Some(7 * 24 * 60) {
            return Some("duration_minutes must be between 1 and 10080 (one week)".into());
        }
        if self.duration_minutes.is_some() && self.time.is_none() {
            return Some("duration_minutes needs a start time".into());
        }
        None
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// Assigned by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}

/// One plan row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventDoc {
    /// Assigned by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Assigned once by the server and never changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence: Option<i32>,
    /// The number as written in the plan ("3", "13 ."), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The key of the section the row sits in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub title: String,
    /// The plan's own timing words, verbatim.
    #[serde(default)]
    pub timing: String,
    /// The normalised timing; the server fills it when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Timing>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<Pinned>,
    /// The exact time of an event read from a calendar (.ics) rather than a plan's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<super::CalendarTime>,
    #[serde(default)]
    pub location: String,
    /// The organization the location names, if it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_org: Option<String>,
    #[serde(default)]
    pub responsible: String,
    /// Canonical role slugs.
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub people: Vec<PersonRef>,
    /// Partner organization names.
    #[serde(default)]
    pub partners: Vec<String>,
    #[serde(default)]
    pub result: String,
    #[serde(default)]
    pub notes: String,
    /// Talks or items of a meeting, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<String>,
    /// Who the event is for, as written ("5-7 классы"; empty: everyone).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub audience: String,
    /// The grades it concerns, its classes' included (empty: everyone); derived from
    /// `audience` (or the plan's `class`) when absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grades: Vec<u8>,
    /// The classes ("5А") and kindergarten groups ("старшая группа") it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classes: Vec<String>,
    #[serde(default)]
    pub status: EventStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<DateTime<Utc>>,
}

impl EventDoc {
    /// A row with only a title and a timing text; the rest empty.
    pub fn new(title: impl Into<String>, timing: impl Into<String>) -> Self {
        EventDoc {
            id: None,
            uid: None,
            sequence: None,
            number: None,
            section: None,
            title: title.into(),
            timing: timing.into(),
            when: None,
            pinned: None,
            calendar: None,
            location: String::new(),
            location_org: None,
            responsible: String::new(),
            roles: Vec::new(),
            people: Vec::new(),
            partners: Vec::new(),
            result: String::new(),
            notes: String::new(),
            agenda: Vec::new(),
            audience: String::new(),
            grades: Vec::new(),
            classes: Vec::new(),
            status: EventStatus::Planned,
            created_at: None,
            updated_at: None,
        }
    }
}

/// Something in a plan document that cannot be stored, with a JSON pointer to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    pub pointer: String,
    pub message: String,
}

impl PlanDocument {
    /// Says in each warning where it points (`ImportWarning::place`, in English), for
    /// readers of the JSON: the same "No. 8" or "row 4" the CLI prints and the preview page
    /// says in its language.
    pub fn place_warnings(&mut self) {
        for w in &mut self.warnings {
            w.place = w
                .place(&self.events)
                .map(|p| p.said(crate::timing::Lang::En));
        }
    }

    /// Every problem that would make the document unstorable (empty when it is fine).
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        let mut problem =
            |pointer: String, message: String| out.push(FieldProblem { pointer, message });
        if self.title.trim().is_empty() {
            problem("/title".into(), "the plan needs a title".into());
        }
        let mut flat = Vec::new();
        SectionDoc::flatten(&self.sections, None, &mut flat);
        let mut keys = std::collections::BTreeSet::new();
        for (s, _) in &flat {
            if s.key.trim().is_empty() {
                problem(
                    "/sections".into(),
                    "every section needs a key such as \"1.2\"".into(),
                );
            } else if !keys.insert(s.key.as_str()) {
                problem(
                    "/sections".into(),
                    format!("section key {:?} is used twice", s.key),
                );
            }
        }
        for (i, e) in self.events.iter().enumerate() {
            if e.title.trim().is_empty() {
                problem(
                    format!("/events/{i}/title"),
                    "the event needs a title".into(),
                );
            }
            if let Some(section) = &e.section
                && !keys.contains(section.as_str())
            {
                problem(
                    format!("/events/{i}/section"),
                    format!("section {section:?} is not among the plan's sections"),
                );
            }
            if let Some(p) = e.pinned.as_ref().and_then(Pinned::problem) {
                problem(format!("/events/{i}/pinned"), p);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_status_reads_back_and_an_unknown_word_is_refused() {
        for status in EventStatus::ALL {
            assert_eq!(
                EventStatus::try_from(status.as_str().to_string()),
                Ok(status)
            );
        }
        let refused = EventStatus::try_from("postponed".to_string()).unwrap_err();
        assert!(refused.to_string().contains("\"postponed\""), "{refused}");
        assert!(EventStatus::try_from("Planned".to_string()).is_err());
    }
}
