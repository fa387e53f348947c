//! `/events/{id}`: one event in full — the normalised dates beside the plan's own timing
//! words, time, place, roles, people (where privacy allows; the caller removed them
//! otherwise), partners, owner, status, its history (SEQUENCE, created, changed), a one-event
//! `.ics` to add it to a calendar, and the feeds it appears in.

use chrono::{DateTime, Utc};
use maud::{Markup, html};

use super::calendar::Placement;
use super::dates;
use super::i18n::words;
use super::layout::{Chrome, page};
use super::org::when_text;
use crate::plan::{EventDoc, EventStatus, Lang};

/// A feed the event appears in: its name and address.
#[derive(Clone, Debug)]
pub(crate) struct FeedRef {
    pub name: String,
    pub url: String,
}

pub(crate) struct EventView<'a> {
    pub doc: &'a EventDoc,
    pub placements: Vec<Placement>,
    /// The event repeats on days the plan names ("по четвергам"): its dates are exact.
    pub series_exact: bool,
    pub owner_slug: &'a str,
    pub owner_name: &'a str,
    pub owner_color: &'a str,
    pub plan_title: &'a str,
    pub section_title: Option<&'a str>,
    pub roles: Vec<String>,
    pub tz_name: &'a str,
    pub feeds: Vec<FeedRef>,
    /// What happened, and for an admin the form to say so (`web::outcome`).
    pub outcome: Markup,
    /// For an admin, the form to correct the event (`web::event_edit`); empty otherwise.
    pub edit: Markup,
}

/// A moment of the event's history as the organization's clock showed it, said in the
/// page's language (UTC, and said so, only for a zone name that does not parse).
fn stamp(lang: Lang, t: Option<DateTime<Utc>>, tz_name: &str) -> String {
    let Some(t) = t else {
        return String::new();
    };
    match tz_name.parse::<chrono_tz::Tz>() {
        Ok(tz) => dates::day_time(lang, t.with_timezone(&tz).naive_local()),
        Err(_) => format!("{} UTC", dates::day_time(lang, t.naive_utc())),
    }
}

fn dates_block(lang: Lang, v: &EventView<'_>) -> Markup {
    let w = words(lang);
    let e = v.doc;
    html! {
        dt { (w.dates) }
        dd {
            @for pl in &v.placements {
                @let (text, fuzzy) = when_text(w, lang, *pl);
                @let fuzzy = fuzzy && !v.series_exact;
                div.fuzzy-label[fuzzy] { (text) @if fuzzy { " (" (w.inexact) ")" } }
            }
            @if !e.timing.is_empty() {
                div.muted { (w.planned_as) ": «" (e.timing) "»" }
            }
        }
        @if let Some(t) = e.pinned.as_ref().and_then(|p| p.time).or(e.when.as_ref().and_then(|w| w.time)) {
            dt { (w.time) }
            dd { (dates::time(t)) " (" (v.tz_name) ")" }
        }
    }
}

pub(crate) fn event_page(chrome: &Chrome<'_>, v: &EventView<'_>) -> Markup {
    let lang = chrome.lang;
    let w = words(lang);
    let e = v.doc;
    let id = e.id.unwrap_or_default();
    page(
        chrome,
        &html! {
            p { a href={ "/orgs/" (v.owner_slug) } { "← " (v.owner_name) } }
            h1.cancelled[e.status == EventStatus::Cancelled] { span.t { (e.title) } }
            p {
                a.btn href={ "/events/" (id) ".ics" } download { (w.add_to_calendar) }
            }
            dl.facts {
                (dates_block(lang, v))
                @if !e.location.is_empty() { dt { (w.place) } dd { (e.location) } }
                dt { (w.status) } dd { (w.status(e.status)) }
                dt { (w.owner) }
                dd { span.dot style={ "--c:" (v.owner_color) } {} a href={ "/orgs/" (v.owner_slug) } { (v.owner_name) } }
                dt { (w.plan) } dd { (v.plan_title) @if let Some(s) = v.section_title { br; span.muted { (s) } } }
                @if !v.roles.is_empty() { dt { (w.roles) } dd { (v.roles.join(", ")) } }
                @if !e.people.is_empty() {
                    dt { (w.people) }
                    dd { @for (i, p) in e.people.iter().enumerate() { @if i > 0 { ", " } (p.name) } }
                }
                @if !e.responsible.is_empty() { dt { (w.responsible) } dd { (e.responsible) } }
                @if !e.partners.is_empty() { dt { (w.partners) } dd { (e.partners.join(", ")) } }
                @if !e.result.is_empty() { dt { (w.result) } dd { (e.result) } }
                @if !e.notes.is_empty() { dt { (w.notes) } dd { (e.notes) } }
                @if !e.agenda.is_empty() {
                    dt { (w.agenda_items) }
                    dd { ol { @for item in &e.agenda { li { (item) } } } }
                }
                dt { (w.history) }
                dd {
                    (w.revision) " " (e.sequence.unwrap_or(0))
                    " · " (w.created) " " (stamp(lang, e.created_at, v.tz_name))
                    " · " (w.changed) " " (stamp(lang, e.updated_at, v.tz_name))
                }
            }
            (v.outcome)
            (v.edit)
            @if !v.feeds.is_empty() {
                h2 { (w.in_feeds) }
                ul { @for f in &v.feeds { li { a href=(f.url) { (f.name) } } } }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn history_times_are_the_organizations_clock_in_the_pages_language() {
        let at = Utc.with_ymd_and_hms(2025, 9, 1, 21, 30, 0).single();
        // 21:30 UTC is already the next day in Moscow and Hanoi.
        assert_eq!(
            stamp(Lang::Ru, at, "Europe/Moscow"),
            dates::day_time(
                Lang::Ru,
                chrono::NaiveDate::from_ymd_opt(2025, 9, 2)
                    .unwrap()
                    .and_hms_opt(0, 30, 0)
                    .unwrap()
            )
        );
        let vi = stamp(Lang::Vi, at, "Asia/Ho_Chi_Minh");
        assert!(vi.starts_with("04:30"), "{vi}");
        assert!(!vi.contains("UTC"), "{vi}");
        assert!(stamp(Lang::En, at, "Not/AZone").ends_with(" UTC"));
        assert_eq!(stamp(Lang::En, None, "Europe/Moscow"), "");
    }
}
