//! iCalendar rendering (placeholder interface until the renderer lands).

use chrono::{DateTime, Utc};

use crate::plan::{EventStatus, Pinned};
use crate::timing::{Lang, Timing};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FuzzyMode {
    #[default]
    Auto,
    Span,
    Start,
    Skip,
}

impl FuzzyMode {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "auto" => Some(FuzzyMode::Auto),
            "span" => Some(FuzzyMode::Span),
            "start" => Some(FuzzyMode::Start),
            "skip" => Some(FuzzyMode::Skip),
            _ => None,
        }
    }
}

pub struct CalendarMeta {
    pub name: String,
    pub description: String,
    pub lang: Lang,
    pub default_tz: chrono_tz::Tz,
    pub refresh_minutes: u32,
    pub url: Option<String>,
    pub dtstamp: DateTime<Utc>,
}

pub struct FeedEvent {
    pub uid: String,
    pub sequence: i32,
    pub created: DateTime<Utc>,
    pub last_modified: DateTime<Utc>,
    pub title: String,
    pub timing_text: String,
    pub when: Option<Timing>,
    pub pinned: Option<Pinned>,
    pub status: EventStatus,
    pub deleted: bool,
    pub tz: chrono_tz::Tz,
    pub location: String,
    pub plan_title: String,
    pub section_title: Option<String>,
    pub responsible: String,
    pub role_labels: Vec<String>,
    pub people: Vec<String>,
    pub result: String,
    pub notes: String,
    pub agenda: Vec<String>,
    pub categories: Vec<String>,
    pub url: Option<String>,
    pub color: Option<String>,
}

pub struct RenderOptions {
    pub fuzzy: FuzzyMode,
}

pub struct Rendered {
    pub text: String,
    pub vevents: usize,
}

pub fn render(_meta: &CalendarMeta, _events: &[FeedEvent], _opts: &RenderOptions) -> Rendered {
    Rendered {
        text: String::new(),
        vevents: 0,
    }
}
