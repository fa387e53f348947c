//! `/api/v1/orgs/{slug}/sources`: partners' published calendars the organization follows.
//! A source's events join the organization's merged feed and page in the partner's colour
//! (`src/sources` fetches them). The URL may hold a secret (Google's private addresses
//! do), so only an admin sees it whole; the public sees its host.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::visible_org;
use crate::http::AppState;
use crate::http::auth::{Admin, Viewer};
use crate::http::error::ApiError;
use crate::http::extract::JsonBody;
use crate::plan::Organization;
use crate::sources::policy::{REFRESH_MINUTES, SourceUrl};
use crate::sources::{self, Refreshed};
use crate::store::{Conn, Source};

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/orgs/{slug}/sources").get(list).post(create))
        .service(
            web::resource("/orgs/{slug}/sources/{id}")
                .get(get)
                .delete(remove),
        )
        .service(web::resource("/orgs/{slug}/sources/{id}/refresh").post(refresh));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourceInput {
    /// http://, https:// or webcal:// address of an iCalendar feed.
    pub url: String,
    /// The partner organization's slug, or its name (an organization of that name is found
    /// or created, as a plan's partners are).
    pub partner: String,
    /// Minutes between fetches (5 to 10080); `sources.refresh_minutes` when absent.
    #[serde(default)]
    pub refresh_minutes: Option<u32>,
}

/// A source as this viewer may see it, or None. The public sees the host of its URL, not the
/// path (it may hold a secret token); not the last error in words (it may name the internal
/// address a host resolved to: the kind says what went wrong); and nothing of a source whose
/// partner keeps its calendar private.
async fn shown(
    conn: &mut Conn<'_>,
    mut s: Source,
    viewer: Viewer,
) -> Result<Option<Source>, ApiError> {
    if viewer.trusted() {
        return Ok(Some(s));
    }
    let partner_public = match conn.org_by_slug(&s.partner).await? {
        Some(partner) => viewer.audience().sees_org(super::privacy_of(&partner)),
        None => false,
    };
    if !partner_public {
        return Ok(None);
    }
    s.url = SourceUrl::parse(&s.url).map_or_else(|_| String::new(), |u| u.redacted());
    s.last_error = None;
    Ok(Some(s))
}

#[derive(Serialize)]
struct RefreshAnswer {
    /// "changed", "unchanged" or "failed" (the last good copy stays in use).
    outcome: &'static str,
    source: Source,
}

#[utoipa::path(get, path = "/api/v1/orgs/{slug}/sources", tag = "sources",
    responses((status = 200, description = "The calendars the organization follows, each with its last success, last error and event count")))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let org = visible_org(&mut r.conn(), &slug, viewer).await?;
    let mut items: Vec<Source> = Vec::new();
    for source in r.conn().list_sources(org.id).await? {
        items.extend(shown(&mut r.conn(), source, viewer).await?);
    }
    Ok(HttpResponse::Ok().json(serde_json::json!({ "items": items })))
}

#[utoipa::path(get, path = "/api/v1/orgs/{slug}/sources/{id}", tag = "sources",
    responses((status = 200, description = "One followed calendar"), (status = 404, description = "No such source")))]
#[tracing::instrument(skip_all, fields(org = %path.0, source = path.1))]
pub(crate) async fn get(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let mut r = state.store.reader().await?;
    let org = visible_org(&mut r.conn(), &slug, viewer).await?;
    let source = r.conn().require_source(org.id, id).await?;
    let source = shown(&mut r.conn(), source, viewer)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("source {id} does not exist")))?;
    Ok(HttpResponse::Ok().json(source))
}

/// The partner a request names: an organization with that slug, else one with that name.
async fn partner(
    conn: &mut Conn<'_>,
    text: &str,
    follower: &Organization,
) -> Result<Organization, ApiError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(
            ApiError::unprocessable("name the partner whose calendar this is").at("/partner"),
        );
    }
    if let Some(org) = conn.org_by_slug(text).await? {
        return Ok(org);
    }
    Ok(conn.org_for_name(text, follower.locale).await?)
}

#[utoipa::path(post, path = "/api/v1/orgs/{slug}/sources", tag = "sources",
    request_body(content = Object, description = "{\"url\": \"webcal://…/basic.ics\", \"partner\": \"district-library\", \"refresh_minutes\": 360}"),
    responses((status = 201, description = "Followed; fetched by the background task, or now with …/refresh"),
        (status = 409, description = "The organization already follows this URL"),
        (status = 422, description = "The URL is not an http, https or webcal address, or the interval is out of range")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn create(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: JsonBody<SourceInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.0;
    let url = SourceUrl::parse(&input.url)
        .map_err(|e| ApiError::unprocessable(e.to_string()).at("/url"))?;
    let refresh_minutes = input
        .refresh_minutes
        .unwrap_or(state.settings.sources.refresh_minutes);
    if !REFRESH_MINUTES.contains(&refresh_minutes) {
        return Err(ApiError::unprocessable(format!(
            "refresh_minutes must be from {} to {} (a week)",
            REFRESH_MINUTES.start(),
            REFRESH_MINUTES.end()
        ))
        .at("/refresh_minutes"));
    }
    let source = state
        .write(async |c| {
            let org = c.require_org(&slug).await?;
            let partner = partner(c, &input.partner, &org).await?;
            let source = c
                .create_source(&org, &partner, &url.to_string(), refresh_minutes)
                .await?;
            // No feed changes until the first fetch brings events.
            Ok::<_, ApiError>(source)
        })
        .await?;
    Ok(HttpResponse::Created().json(source))
}

#[utoipa::path(delete, path = "/api/v1/orgs/{slug}/sources/{id}", tag = "sources",
    responses((status = 204, description = "No longer followed; its events leave the merged feed"), (status = 404, description = "No such source")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %path.0, source = path.1))]
pub(crate) async fn remove(
    _: Admin,
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    state
        .write(async |c| {
            let org = c.require_org(&slug).await?;
            c.delete_source(org.id, id).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(post, path = "/api/v1/orgs/{slug}/sources/{id}/refresh", tag = "sources",
    responses((status = 200, description = "Fetched now: changed, unchanged or failed (then the last good copy stays), with the source's state"),
        (status = 404, description = "No such source")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %path.0, source = path.1))]
pub(crate) async fn refresh(
    _: Admin,
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let org = state
        .store
        .reader()
        .await?
        .conn()
        .require_org(&slug)
        .await?;
    let (outcome, source) =
        sources::refresh_now(&state.store, &state.settings.sources, org.id, id).await?;
    Ok(HttpResponse::Ok().json(RefreshAnswer {
        outcome: match outcome {
            Refreshed::Changed => "changed",
            Refreshed::Unchanged | Refreshed::Skipped => "unchanged",
            Refreshed::Failed => "failed",
        },
        source,
    }))
}
