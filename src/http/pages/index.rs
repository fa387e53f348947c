//! `GET /`: organizations that own plans, searchable with `?q=`.

use actix_web::{HttpRequest, HttpResponse, web};

use crate::http::AppState;
use crate::http::auth::Viewer;
use crate::http::error::ApiError;
use crate::http::page_request::PageRequest;
use crate::web::home::{OrgEntry, home_page, matches};
use crate::web::words;

pub(super) async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    viewer: Viewer,
) -> Result<HttpResponse, ApiError> {
    let pr = PageRequest::new(&req);
    let lang = pr.lang(None);
    let query = pr.get("q").unwrap_or("").to_string();
    let mut r = state.store.reader().await?;
    let orgs = r.conn().orgs_with_plans(viewer.trusted()).await?;
    drop(r);
    let entries: Vec<OrgEntry<'_>> = orgs
        .iter()
        .filter(|s| matches(&s.org, &query))
        .map(|s| OrgEntry {
            org: &s.org,
            plans: s.plans,
            events: s.events,
        })
        .collect();
    let chrome = pr.chrome(lang, words(lang).organizations);
    Ok(pr.html(home_page(&chrome, &entries, &query)))
}
