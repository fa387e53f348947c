//! `/api/v1/people`: people named in plans.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::http::AppState;
use crate::http::auth::{Admin, Viewer};
use crate::http::error::ApiError;
use crate::http::extract::{JsonBody, Page, double_option, not_null};
use crate::store::Conn;

use super::List;

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/people").get(list).post(create))
        .service(
            web::resource("/people/{id}")
                .get(get)
                .put(replace)
                .patch(patch)
                .delete(delete),
        );
}

#[derive(Deserialize)]
pub(crate) struct PeopleQuery {
    pub org: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonInput {
    pub name: String,
    /// The organization as written ("МАОУ «Пономаревская СОШ»").
    #[serde(default)]
    pub org: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonPatch {
    /// `null` is refused (a person has a name).
    #[serde(default, with = "double_option")]
    pub name: Option<Option<String>>,
    /// `null` removes the organization.
    #[serde(default, with = "double_option")]
    pub org: Option<Option<String>>,
}

/// The organization a person's `org` names: one that exists (by slug, name or alias). An
/// unknown one is a 422, not a new organization: a typo must not create an organization
/// with public pages.
async fn org_id(conn: &mut Conn<'_>, org: Option<&str>) -> Result<Option<i64>, ApiError> {
    let Some(name) = org.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    match conn.org_named(name).await? {
        Some(found) => Ok(Some(found.id)),
        None => Err(ApiError::unprocessable(format!(
            "no organization is named {name:?}: give an existing organization's slug or name \
             (create it first with POST /api/v1/orgs)"
        ))
        .at("/org")),
    }
}

#[utoipa::path(get, path = "/api/v1/people", tag = "people",
    params(("org" = Option<String>, Query), ("limit" = Option<i64>, Query), ("offset" = Option<i64>, Query)),
    responses((status = 200, description = "A page of people")))]
#[tracing::instrument(skip_all)]
pub(crate) async fn list(
    viewer: Viewer,
    state: web::Data<AppState>,
    q: crate::http::extract::Query<PeopleQuery>,
    page: crate::http::extract::Query<Page>,
) -> Result<HttpResponse, ApiError> {
    let page = page.into_inner().checked()?;
    if let Some(org) = &q.org {
        crate::http::extract::check_text("org", org, crate::http::extract::MAX_SLUG)?;
    }
    let mut r = state.store.reader().await?;
    let org = match &q.org {
        Some(slug) => Some(super::visible_org(&mut r.conn(), slug, viewer).await?.id),
        None => None,
    };
    let (items, total) = r
        .conn()
        .list_people(org, viewer.trusted(), page.limit, page.offset)
        .await?;
    Ok(HttpResponse::Ok().json(List::new(items, total, page)))
}

#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "people",
    responses((status = 200, description = "The person"), (status = 404, description = "No such person")))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn get(
    viewer: Viewer,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let gone = || ApiError::not_found(format!("person {id} does not exist"));
    if !viewer.trusted() && !r.conn().person_is_public(*id).await? {
        return Err(gone());
    }
    let p = r.conn().person(*id).await?.ok_or_else(gone)?;
    Ok(HttpResponse::Ok().json(p))
}

#[utoipa::path(post, path = "/api/v1/people", tag = "people", request_body(content = Object),
    responses((status = 201, description = "Created"), (status = 409, description = "Already there")), security(("bearer" = [])))]
#[tracing::instrument(skip_all)]
pub(crate) async fn create(
    _: Admin,
    state: web::Data<AppState>,
    body: JsonBody<PersonInput>,
) -> Result<HttpResponse, ApiError> {
    let input = &body.0;
    let p = state
        .write(async |c| {
            let org = org_id(c, input.org.as_deref()).await?;
            let written = input.org.as_deref().unwrap_or("");
            Ok::<_, ApiError>(c.create_person(&input.name, written, org).await?)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/people/{}", p.id)))
        .json(p))
}

#[utoipa::path(put, path = "/api/v1/people/{id}", tag = "people", request_body(content = Object),
    responses((status = 200, description = "Replaced")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn replace(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: JsonBody<PersonInput>,
) -> Result<HttpResponse, ApiError> {
    let input = &body.0;
    let p = state
        .write(async |c| {
            let org = org_id(c, input.org.as_deref()).await?;
            let written = input.org.as_deref().unwrap_or("");
            Ok::<_, ApiError>(c.update_person(*id, &input.name, written, org).await?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(p))
}

#[utoipa::path(patch, path = "/api/v1/people/{id}", tag = "people", request_body(content = Object),
    responses((status = 200, description = "Updated")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn patch(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: JsonBody<PersonPatch>,
) -> Result<HttpResponse, ApiError> {
    let edit = &body.0;
    let p = state
        .write(async |c| {
            let current = c
                .person(*id)
                .await?
                .ok_or_else(|| ApiError::not_found(format!("person {id} does not exist")))?;
            let name = not_null("name", edit.name.clone())?.unwrap_or(current.name);
            // The organization is looked up only when the PATCH names one.
            let (org_name, org) = match &edit.org {
                Some(v) => {
                    let written = v.clone().unwrap_or_default();
                    let org = org_id(c, Some(&written)).await?;
                    (written, org)
                }
                None => (current.org_name, current.org_id),
            };
            Ok::<_, ApiError>(c.update_person(*id, &name, &org_name, org).await?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(p))
}

#[utoipa::path(delete, path = "/api/v1/people/{id}", tag = "people",
    responses((status = 204, description = "Deleted")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn delete(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    state.write(async |c| c.delete_person(*id).await).await?;
    Ok(HttpResponse::NoContent().finish())
}
