//! `POST /events/{id}/outcome`: an admin marks what happened to an event from its page or
//! from the organization page's "waiting for a mark" list (one click: `status=held`).
//! The form is read into a `plan::Outcome` and checked once; the store records it through
//! the same `record_outcome` the API's PATCH uses (history kept, a move pins the new day
//! with SEQUENCE + 1, the UID stays). Then back to `next` (this site's own path) or the event.

use actix_web::{HttpResponse, web};
use chrono::NaiveDate;

use super::{AdminSession, PageError, form_value, local_path, read_form, see_other};
use crate::http::AppState;
use crate::http::error::ApiError;
use crate::plan::{Outcome, OutcomeStatus};

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/events/{id}/outcome", web::post().to(record));
}

/// The outcome a form says, or the field it says wrongly (None: clear the mark).
fn outcome_of(fields: &[(String, String)]) -> Result<Option<Outcome>, ApiError> {
    if form_value(fields, "clear") == "1" {
        return Ok(None);
    }
    let field = |name: &str| form_value(fields, name).trim();
    let status = OutcomeStatus::parse(field("status")).ok_or_else(|| {
        ApiError::unprocessable("choose held, not held or moved").at("/outcome/status")
    })?;
    let date = match field("date") {
        "" => None,
        text => Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            ApiError::unprocessable(format!("{text:?} is not a date (YYYY-MM-DD)"))
                .at("/outcome/date")
        })?),
    };
    let participants = match field("participants") {
        "" => None,
        text => Some(text.parse::<u32>().map_err(|_| {
            ApiError::unprocessable(format!("{text:?} is not a number of people"))
                .at("/outcome/participants")
        })?),
    };
    let outcome = Outcome {
        status,
        date,
        participants,
        note: field("note").to_string(),
        link: Some(field("link").to_string()),
        recorded_at: None,
    }
    .tidy();
    match outcome.problem() {
        Some(p) => Err(ApiError::unprocessable(p.message).at(p.pointer)),
        None => Ok(Some(outcome)),
    }
}

#[tracing::instrument(skip_all, fields(event = %id))]
async fn record(
    session: AdminSession,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let fields = read_form(payload, &state, lang).await?;
    session.check_csrf(&fields)?;
    let outcome = outcome_of(&fields).map_err(PageError::api(lang))?;
    let id = *id;
    state
        .write(async |c| c.record_outcome(id, outcome).await)
        .await
        .map_err(PageError::api(lang))?;
    let next = match form_value(&fields, "next") {
        "" => format!("/events/{id}#outcome"),
        next => local_path(next).to_string(),
    };
    Ok(see_other(&next))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_one_click_held_needs_nothing_but_its_status() {
        let o = outcome_of(&form(&[("status", "held")])).unwrap().unwrap();
        assert_eq!(
            (o.status, o.date, o.link),
            (OutcomeStatus::Held, None, None)
        );
    }

    #[test]
    fn a_full_form_reads_and_a_bad_field_is_named() {
        let o = outcome_of(&form(&[
            ("status", "moved"),
            ("date", "2025-11-20"),
            ("participants", "30"),
            ("note", " перенесли "),
            ("link", ""),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(o.note, "перенесли");
        assert_eq!(o.date, NaiveDate::from_ymd_opt(2025, 11, 20));
        let moved_without_day = outcome_of(&form(&[("status", "moved")])).unwrap_err();
        assert_eq!(
            moved_without_day.problem().pointer.as_deref(),
            Some("/outcome/date")
        );
        let bad = outcome_of(&form(&[("status", "held"), ("participants", "many")])).unwrap_err();
        assert_eq!(
            bad.problem().pointer.as_deref(),
            Some("/outcome/participants")
        );
        assert!(outcome_of(&form(&[("clear", "1")])).unwrap().is_none());
    }
}
