//! Marking what happened: the outcome section of the event page (the mark, its history and,
//! for a logged-in admin, the form) and the organization page's "waiting for a mark" list,
//! where each ended event has a one-click "held" button and a link to the full form.
//!
//! Every form posts to `/events/{id}/outcome` with the session's CSRF token; `next` says
//! where to come back to, so a month's marks are made from one page.

use chrono::{DateTime, NaiveDate, Utc};
use maud::{Markup, html};

use super::admin::csrf_field;
use super::dates;
use crate::plan::{Lang, Outcome, OutcomeStatus};
use crate::report::words;

/// The outcome section of an event page.
pub(crate) struct OutcomeView<'a> {
    pub event_id: i64,
    pub outcome: Option<&'a Outcome>,
    /// Each mark and clearing so far, oldest first, as the organization's clock showed it.
    pub history: Vec<(String, Option<Outcome>)>,
    /// The admin's CSRF token: the form is drawn only with it.
    pub csrf: Option<&'a str>,
}

fn outcome_line(lang: Lang, o: &Outcome) -> String {
    let w = words(lang);
    let mut parts = vec![w.outcome_word(o.status).to_string()];
    if let Some(d) = o.date {
        parts.push(dates::day(lang, d));
    }
    if let Some(n) = o.participants {
        parts.push(format!("{}: {n}", w.participants));
    }
    if !o.note.is_empty() {
        parts.push(o.note.clone());
    }
    parts.join(" · ")
}

pub(crate) fn outcome_section(lang: Lang, v: &OutcomeView<'_>) -> Markup {
    let w = words(lang);
    html! {
        section.outcome #outcome {
            h2 { (w.outcome) }
            @match v.outcome {
                Some(o) => {
                    p.mark { strong { (outcome_line(lang, o)) } }
                    @if let Some(link) = &o.link { p { a href=(link) rel="noopener" { (w.link) } } }
                }
                None => p.muted { "—" },
            }
            @if let Some(csrf) = v.csrf { (form(lang, v.event_id, v.outcome, csrf)) }
            @if !v.history.is_empty() {
                details.more {
                    summary { (w.outcome_history) }
                    ul { @for (at, o) in &v.history {
                        li { (at) ": " @match o { Some(o) => (outcome_line(lang, o)), None => (w.cleared) } }
                    } }
                }
            }
        }
    }
}

fn form(lang: Lang, id: i64, current: Option<&Outcome>, csrf: &str) -> Markup {
    let w = words(lang);
    let status = current.map_or(OutcomeStatus::Held, |o| o.status);
    let date = current
        .and_then(|o| o.date)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let participants = current
        .and_then(|o| o.participants)
        .map(|n| n.to_string())
        .unwrap_or_default();
    let action = format!("/events/{id}/outcome");
    html! {
        form.outcome-form.noprint method="post" action=(action) {
            (csrf_field(csrf))
            fieldset {
                legend { (w.mark) }
                @for s in OutcomeStatus::ALL {
                    label.choice {
                        input type="radio" name="status" value=(s.as_str()) checked[s == status];
                        " " (w.outcome_word(s))
                    }
                }
            }
            label { (w.date_held) " / " (w.new_date)
                input type="date" name="date" value=(date); }
            label { (w.participants) input type="number" name="participants" min="0" value=(participants); }
            label { (w.note) textarea name="note" rows="2" { (current.map_or("", |o| o.note.as_str())) } }
            label { (w.link) input type="url" name="link" value=(current.and_then(|o| o.link.as_deref()).unwrap_or("")); }
            p { button type="submit" { (w.record) } }
        }
        @if current.is_some() {
            form.noprint method="post" action=(action) {
                (csrf_field(csrf))
                input type="hidden" name="clear" value="1";
                button.light type="submit" { (w.clear) }
            }
        }
    }
}

/// One ended event with no mark, for the organization page's list.
pub(crate) struct Waiting {
    pub id: i64,
    pub title: String,
    pub owner: String,
    pub ended: NaiveDate,
}

/// The organization page's block: the link to the report for everyone, and for an admin
/// (with `csrf`) the events waiting for a mark, each with a one-click "held".
pub(crate) fn waiting_block(
    lang: Lang,
    slug: &str,
    waiting: &[Waiting],
    csrf: Option<&str>,
) -> Markup {
    let w = words(lang);
    let back = format!("/orgs/{slug}#waiting");
    html! {
        p.noprint { a href={ "/orgs/" (slug) "/report" } { (w.report) } }
        @if let Some(csrf) = csrf {
            section.waiting.noprint #waiting {
                h2 { (w.waiting_heading) " (" (waiting.len()) ")" }
                @if waiting.is_empty() { p.muted { (w.waiting_none) } }
                ul { @for e in waiting {
                    li {
                        a href={ "/events/" (e.id) } { (e.title) }
                        span.muted { " · " (e.owner) " · " (dates::day(lang, e.ended)) " " }
                        form.inline method="post" action={ "/events/" (e.id) "/outcome" } {
                            (csrf_field(csrf))
                            input type="hidden" name="status" value="held";
                            input type="hidden" name="next" value=(back);
                            button type="submit" aria-label={ (w.mark_held) ": " (e.title) } { (w.mark_held) }
                        }
                        " " a href={ "/events/" (e.id) "#outcome" } { (w.other_mark) }
                    }
                } }
            }
        }
    }
}

/// A history moment on the organization's clock (UTC when the zone does not parse).
pub(crate) fn stamp(lang: Lang, at: DateTime<Utc>, tz_name: &str) -> String {
    match tz_name.parse::<chrono_tz::Tz>() {
        Ok(tz) => dates::day_time(lang, at.with_timezone(&tz).naive_local()),
        Err(_) => format!("{} UTC", dates::day_time(lang, at.naive_utc())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held() -> Outcome {
        Outcome {
            date: NaiveDate::from_ymd_opt(2025, 10, 17),
            participants: Some(25),
            ..Outcome::held()
        }
    }

    #[test]
    fn the_form_is_drawn_only_for_an_admin_and_carries_the_csrf_token() {
        let o = held();
        let public = OutcomeView {
            event_id: 3,
            outcome: Some(&o),
            history: vec![],
            csrf: None,
        };
        let html = outcome_section(Lang::Ru, &public).into_string();
        assert!(html.contains("Проведено") && html.contains("25"));
        assert!(!html.contains("<form"));
        let admin = OutcomeView {
            csrf: Some("tok"),
            ..public
        };
        let html = outcome_section(Lang::Ru, &admin).into_string();
        assert!(html.contains("action=\"/events/3/outcome\""));
        assert!(html.contains("name=\"csrf\" value=\"tok\""));
        assert!(html.contains("value=\"2025-10-17\""));
    }

    #[test]
    fn waiting_events_get_a_one_click_held_button_for_admins_only() {
        let ended = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
        let list = [Waiting {
            id: 9,
            title: "Экскурсия".into(),
            owner: "Школа".into(),
            ended,
        }];
        let html = waiting_block(Lang::Ru, "school", &list, Some("tok")).into_string();
        assert!(html.contains("Ждут отметки (1)"));
        assert!(html.contains("name=\"status\" value=\"held\""));
        assert!(html.contains("/orgs/school/report"));
        let public = waiting_block(Lang::Ru, "school", &list, None).into_string();
        assert!(!public.contains("Экскурсия"));
    }
}
