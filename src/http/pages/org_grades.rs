//! The organization page by grade and class (`grade=6`, `class=5А`): the filter's value
//! read once, the grade filter's choices, and the "my grade" feeds its subscribe panel
//! offers a class teacher. The events themselves are narrowed by the calendar query
//! (`store::FeedFilter::wanted`), the same rule the feeds follow.

use crate::feeds::SubscribeLinks;
use crate::http::error::ApiError;
use crate::http::page_request::PageRequest;
use crate::plan::audience::{self, Wanted};
use crate::plan::{Lang, Organization};
use crate::web::org::Choice;
use crate::web::subscribe::FeedLinks;

/// The role whose feed a grade narrows: "class teachers seeing their own events".
const CLASS_TEACHER: &str = "class-teacher";

/// The page's `grade=` or `class=`; a value that names none is a 400 naming its parameter.
pub(super) fn wanted(pr: &PageRequest) -> Result<Option<Wanted>, ApiError> {
    let grade = pr.get("grade").filter(|v| !v.is_empty());
    let class = pr.get("class").filter(|v| !v.is_empty());
    let read = |param: &str, v: &str| {
        let parsed = match param {
            "grade" => Wanted::grade(v),
            _ => Wanted::class(v),
        };
        parsed.map_err(|e| ApiError::bad_request(e.0).at(param))
    };
    match (class, grade) {
        (Some(_), Some(_)) => {
            Err(ApiError::bad_request("give grade=N or class=5А, not both").at("class"))
        }
        (Some(c), None) => read("class", c).map(Some),
        (None, Some(g)) => read("grade", g).map(Some),
        (None, None) => Ok(None),
    }
}

/// The grade filter's values: the grades the calendar's events name.
pub(super) fn grade_choices(grades: &[u8], lang: Lang) -> Vec<Choice> {
    grades
        .iter()
        .map(|g| Choice {
            value: g.to_string(),
            label: audience::grade_name(*g, lang),
        })
        .collect()
}

/// `url` with one more query parameter.
fn with_param(url: &str, key: &str, value: &str) -> String {
    let pair = serde_urlencoded::to_string([(key, value)]).unwrap_or_default();
    let join = if url.contains('?') { '&' } else { '?' };
    format!("{url}{join}{pair}")
}

/// The feed the panel leads with, narrowed to the page's grade or class when it has one.
pub(super) fn narrowed(feed: FeedLinks, wanted: Option<&Wanted>, lang: Lang) -> FeedLinks {
    let Some(w) = wanted else { return feed };
    let (key, value) = w.param();
    let name = format!("{} — {}", feed.name, audience::wanted_name(w, lang));
    super::labels::feed_links(SubscribeLinks::for_url(
        with_param(&feed.url, key, &value),
        &name,
    ))
}

/// "My grade" feeds: the class teachers' feed of the organization once per grade its
/// events name (`roles/class-teacher.ics?org=…&grade=6`), when class teachers have events.
pub(super) fn grade_feeds(
    public_url: &str,
    org: &Organization,
    role_label: &str,
    grades: &[u8],
    lang: Lang,
) -> Vec<FeedLinks> {
    grades
        .iter()
        .map(|g| {
            let path = format!("roles/{CLASS_TEACHER}.ics?org={}&grade={g}", org.slug);
            let name = format!("{role_label} — {}", audience::grade_name(*g, lang));
            super::labels::feed_links(SubscribeLinks::new(public_url, &path, &name))
        })
        .collect()
}

/// Whether class teachers have events in the calendar (its "my grade" feeds are worth
/// offering).
pub(super) fn class_teachers_have_events(roles_with_events: &[String]) -> bool {
    roles_with_events.iter().any(|r| r == CLASS_TEACHER)
}

pub(super) fn class_teacher_label(roles: &[crate::store::Role], lang: Lang) -> String {
    super::labels::role_label(roles, CLASS_TEACHER, lang)
}
