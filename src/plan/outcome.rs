//! What happened to a planned event: held (when, how many came, a note, a link to the news
//! item or photos), not held (the note says why) or moved (to a new date, which becomes the
//! event's pin). The report counts these; the pages and the API record them.
//!
//! An outcome is checked here once, at the edge (`Outcome::problem`), so the store and the
//! report never meet a moved event without its new date.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{FieldProblem, Pinned};

/// The longest note kept (a paragraph of a report, not an essay).
pub(crate) const MAX_NOTE_CHARS: usize = 2_000;
/// The longest link kept.
pub(crate) const MAX_LINK_CHARS: usize = 2_000;
/// More participants than any school event has: a typo, not a count.
pub(crate) const MAX_PARTICIPANTS: u32 = 1_000_000;

/// The three marks an event can get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeStatus {
    Held,
    NotHeld,
    Moved,
}

impl OutcomeStatus {
    pub const ALL: [OutcomeStatus; 3] = [
        OutcomeStatus::Held,
        OutcomeStatus::NotHeld,
        OutcomeStatus::Moved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeStatus::Held => "held",
            OutcomeStatus::NotHeld => "not_held",
            OutcomeStatus::Moved => "moved",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// An event's outcome as recorded. `date` is the day it was held (held), or the new day
/// (moved); a not-held event may leave it out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub status: OutcomeStatus,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub participants: Option<u32>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub link: Option<String>,
    /// When it was recorded (the server sets it; a client's value is ignored).
    #[serde(default, skip_deserializing)]
    pub recorded_at: Option<DateTime<Utc>>,
}

impl Outcome {
    /// A plain "held" mark: the one-click button of the organization page.
    pub fn held() -> Self {
        Outcome {
            status: OutcomeStatus::Held,
            date: None,
            participants: None,
            note: String::new(),
            link: None,
            recorded_at: None,
        }
    }

    /// The first field that cannot be stored as given, pointed at under `/outcome`.
    pub fn problem(&self) -> Option<FieldProblem> {
        let at = |field: &str, message: String| {
            Some(FieldProblem {
                pointer: format!("/outcome/{field}"),
                message,
            })
        };
        if self.status == OutcomeStatus::Moved && self.date.is_none() {
            return at(
                "date",
                "a moved event needs its new date (YYYY-MM-DD)".into(),
            );
        }
        if self.participants.is_some_and(|n| n > MAX_PARTICIPANTS) {
            return at(
                "participants",
                format!("at most {MAX_PARTICIPANTS} participants"),
            );
        }
        if self.note.chars().count() > MAX_NOTE_CHARS {
            return at(
                "note",
                format!("the note is longer than {MAX_NOTE_CHARS} characters"),
            );
        }
        if let Some(link) = &self.link {
            return link_problem(link).and_then(|m| at("link", m));
        }
        None
    }

    /// Blank texts read as absent, so a form's empty field clears rather than stores "".
    #[must_use]
    pub fn tidy(mut self) -> Self {
        self.note = self.note.trim().to_string();
        self.link = self
            .link
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty());
        self
    }

    /// The pin a moved event gets: its new day, keeping the start time and length an
    /// earlier pin gave (a moved meeting is still at 15:00); a span becomes that one day.
    pub fn moved_pin(&self, current: Option<&Pinned>) -> Option<Pinned> {
        let date = self.date.filter(|_| self.status == OutcomeStatus::Moved)?;
        Some(Pinned {
            date,
            end_date: None,
            time: current.and_then(|p| p.time),
            duration_minutes: current.and_then(|p| p.duration_minutes),
        })
    }
}

/// Only web links: a `javascript:` or `file:` link on the event page would run or leak.
fn link_problem(link: &str) -> Option<String> {
    if link.chars().count() > MAX_LINK_CHARS {
        return Some(format!(
            "the link is longer than {MAX_LINK_CHARS} characters"
        ));
    }
    let lower = link.to_ascii_lowercase();
    let web = ["https://", "http://"]
        .iter()
        .any(|s| lower.starts_with(s) && lower.len() > s.len());
    let clean = !link.chars().any(|c| c.is_whitespace() || c.is_control());
    (!(web && clean)).then(|| "the link must be a web address starting with https://".into())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveTime;

    use super::*;

    fn read(json: &str) -> Outcome {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn statuses_read_as_the_contract_spells_them() {
        let o = read(
            r#"{"status": "held", "date": "2025-10-17", "participants": 25, "note": "ok", "link": "https://school.example/news/1"}"#,
        );
        assert_eq!(o.status, OutcomeStatus::Held);
        assert_eq!(o.participants, Some(25));
        assert_eq!(o.problem(), None);
        assert_eq!(
            read(r#"{"status": "not_held"}"#).status,
            OutcomeStatus::NotHeld
        );
        assert!(serde_json::from_str::<Outcome>(r#"{"status": "done"}"#).is_err());
        assert!(serde_json::from_str::<Outcome>(r#"{"status": "held", "colour": 1}"#).is_err());
        assert!(
            serde_json::from_str::<Outcome>(r#"{"status": "held", "participants": -3}"#).is_err()
        );
    }

    #[test]
    fn a_moved_event_without_its_new_date_is_refused_at_the_date() {
        let p = read(r#"{"status": "moved"}"#).problem().unwrap();
        assert_eq!(p.pointer, "/outcome/date");
    }

    #[test]
    fn only_web_links_are_kept() {
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "https://a b",
        ] {
            let o = Outcome {
                link: Some(bad.into()),
                ..Outcome::held()
            };
            assert_eq!(o.problem().unwrap().pointer, "/outcome/link", "{bad}");
        }
        let blank = Outcome {
            link: Some("  ".into()),
            note: " \n".into(),
            ..Outcome::held()
        }
        .tidy();
        assert_eq!((blank.link, blank.note.as_str()), (None, ""));
    }

    #[test]
    fn a_move_pins_the_new_day_keeping_the_time() {
        let day = |d| NaiveDate::from_ymd_opt(2025, 11, d).unwrap();
        let before = Pinned {
            date: day(3),
            end_date: Some(day(4)),
            time: NaiveTime::from_hms_opt(15, 0, 0),
            duration_minutes: Some(90),
        };
        let moved = Outcome {
            status: OutcomeStatus::Moved,
            date: Some(day(20)),
            ..Outcome::held()
        };
        let pin = moved.moved_pin(Some(&before)).unwrap();
        assert_eq!(
            (pin.date, pin.end_date, pin.time),
            (day(20), None, before.time)
        );
        assert_eq!(Outcome::held().moved_pin(Some(&before)), None);
    }
}
