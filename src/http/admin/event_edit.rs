//! `POST /events/{id}/edit`: an admin corrects one stored event from its page (an exact
//! date and time, unpinning, cancelling or restoring, the roles, the place). The form is
//! read against the stored event inside the write (`web::event_edit::edit_of`) and stored
//! through `patch_event`, the write `PATCH /api/v1/events/{id}` makes: SEQUENCE + 1, the
//! UID stays, the change is in the event's history. A field said wrongly is a page in the
//! reader's language naming it.

use actix_web::{HttpResponse, web};

use super::{AdminSession, PageError, read_form, see_other};
use crate::http::AppState;
use crate::http::error::ApiError;
use crate::web::event_edit::edit_of;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/events/{id}/edit", web::post().to(edit));
}

#[tracing::instrument(skip_all, fields(event = %id))]
async fn edit(
    session: AdminSession,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let fields = read_form(payload, &state, lang).await?;
    session.check_csrf(&fields)?;
    let id = *id;
    state
        .write(async |c| {
            let current = c.require_event(id).await?;
            let edit = edit_of(&fields, &current.doc)
                .map_err(|p| ApiError::unprocessable(p.message(lang)))?;
            Ok::<_, ApiError>(c.patch_event(id, edit).await?)
        })
        .await
        .map_err(PageError::api(lang))?;
    Ok(see_other(&format!("/events/{id}?lang={}", lang.code())))
}
