//! The pages people read, as thin handlers: each reads the request (language hints, query)
//! and the store, applies `plan::privacy`, and hands plain values to `crate::web`, which
//! owns the words, dates, grid and HTML. Error answers become pages in the user's language
//! when the client asks for HTML (`html_errors`); API clients keep problem+json.

mod assets;
mod errors;
mod event;
mod index;
mod labels;
mod org;
mod org_grades;
mod outcome;
mod report;
mod subscribe;

pub(crate) use errors::html_errors;

use actix_web::web;

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", get_or_head().to(index::index))
        .route("/orgs/{slug}", get_or_head().to(org::org_page_handler))
        .route("/events/{id}", get_or_head().to(event::event_or_ics))
        .route(
            "/subscribe/{feed:.*}",
            get_or_head().to(subscribe::subscribe),
        )
        .route(
            crate::web::layout::SCRIPT_PATH,
            web::get().to(assets::script),
        );
    report::routes(cfg);
}

/// GET, and HEAD answered as GET (monitors and link checkers ask HEAD; actix sends the
/// headers without the body).
fn get_or_head() -> actix_web::Route {
    use actix_web::guard;
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}
