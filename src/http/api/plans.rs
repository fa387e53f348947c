//! `/api/v1/plans`: a plan with its sections and events as one document.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::http::AppState;
use crate::http::auth::{Admin, Viewer};
use crate::http::error::ApiError;
use crate::http::extract::{JsonBody, Page, merge_patch, parse_json};
use crate::plan::MergeMode;
use crate::plan::{Organization, PlanDocument};
use crate::store::{Conn, StoreError};

use super::List;

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/plans").get(list).post(create))
        .service(
            web::resource("/plans/{id}")
                .get(get)
                .put(replace)
                .patch(patch)
                .delete(delete),
        );
}

#[derive(Deserialize)]
pub(crate) struct PlanQuery {
    pub org: Option<String>,
}

/// The owner named by a document, or a 422 pointing at `/org`.
async fn owner(conn: &mut Conn<'_>, doc: &PlanDocument) -> Result<Organization, ApiError> {
    let problems = doc.problems();
    if let Some(first) = problems.first() {
        return Err(ApiError::unprocessable(format!(
            "{} (and {} more problem(s))",
            first.message,
            problems.len() - 1
        ))
        .at(first.pointer.clone())
        .with_errors(problems));
    }
    conn.org_by_slug(doc.org.as_str()).await?.ok_or_else(|| {
        ApiError::unprocessable(format!(
            "organization {:?} does not exist; create it first with POST /api/v1/orgs",
            doc.org.as_str()
        ))
        .at("/org")
    })
}

/// A plan that enters as JSON gets the roles, people and partners an imported file would
/// get from its "responsible" text, unless the client sent them.
fn interpret_responsible(doc: &mut PlanDocument, org: &Organization) {
    if doc.owner_name.is_none() {
        doc.owner_name = Some(org.name.clone());
    }
    crate::import::fill_from_responsible(doc);
    // And the grades and classes its audience, titles or class name (`plan::audience`).
    crate::plan::audience::fill(doc, doc.lang.unwrap_or(org.locale));
}

async fn document(conn: &mut Conn<'_>, id: i64) -> Result<PlanDocument, ApiError> {
    conn.plan_document(id)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("plan {id}")).into())
}

#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    params(("org" = Option<String>, Query), ("limit" = Option<i64>, Query), ("offset" = Option<i64>, Query)),
    responses((status = 200, description = "A page of plan summaries")))]
#[tracing::instrument(skip_all)]
pub(crate) async fn list(
    viewer: Viewer,
    state: web::Data<AppState>,
    q: crate::http::extract::Query<PlanQuery>,
    page: crate::http::extract::Query<Page>,
) -> Result<HttpResponse, ApiError> {
    let page = page.into_inner().checked()?;
    if let Some(org) = &q.org {
        crate::http::extract::check_text("org", org, crate::http::extract::MAX_SLUG)?;
    }
    let mut r = state.store.reader().await?;
    let org_id = match &q.org {
        Some(slug) => Some(super::visible_org(&mut r.conn(), slug, viewer).await?.id),
        None => None,
    };
    let (items, total) = r
        .conn()
        .list_plans(org_id, viewer.trusted(), page.limit, page.offset)
        .await?;
    Ok(HttpResponse::Ok().json(List::new(items, total, page)))
}

#[utoipa::path(post, path = "/api/v1/plans", tag = "plans",
    request_body(content = Object, description = "The plan document of PRODUCT.md"),
    responses((status = 201, description = "Stored; the document with ids, UIDs and SEQUENCEs"),
              (status = 422, description = "The document names an unknown organization or is incomplete")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all)]
pub(crate) async fn create(
    _: Admin,
    state: web::Data<AppState>,
    body: JsonBody<PlanDocument>,
) -> Result<HttpResponse, ApiError> {
    let mut doc = body.0;
    let (id, stored) = state
        .write(async |c| {
            let org = owner(c, &doc).await?;
            interpret_responsible(&mut doc, &org);
            let id = c.create_plan(&org, &doc).await?.plan_id;
            Ok::<_, ApiError>((id, document(c, id).await?))
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/plans/{id}")))
        .json(stored))
}

#[utoipa::path(get, path = "/api/v1/plans/{id}", tag = "plans",
    responses((status = 200, description = "The plan document"), (status = 404, description = "No such plan")))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn get(
    viewer: Viewer,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let mut doc = document(&mut r.conn(), *id).await?;
    let owner = r.conn().require_org(doc.org.as_str()).await?;
    let flags = crate::plan::privacy::OrgPrivacy {
        public_feeds: owner.public_feeds,
        public_names: owner.public_names,
    };
    if !viewer.audience().sees_org(flags) {
        return Err(StoreError::NotFound(format!("plan {id}")).into());
    }
    for e in &mut doc.events {
        viewer.audience().redact_event(flags, e);
    }
    Ok(HttpResponse::Ok().json(doc))
}

#[utoipa::path(put, path = "/api/v1/plans/{id}", tag = "plans",
    request_body(content = Object), responses((status = 200, description = "Replaced; rows keep their UIDs")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn replace(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: JsonBody<PlanDocument>,
) -> Result<HttpResponse, ApiError> {
    let mut doc = body.0;
    let stored = state
        .write(async |c| {
            document(c, *id).await?;
            let org = owner(c, &doc).await?;
            interpret_responsible(&mut doc, &org);
            c.update_plan(*id, &org, &doc, MergeMode::Replace).await?;
            document(c, *id).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(stored))
}

#[utoipa::path(patch, path = "/api/v1/plans/{id}", tag = "plans",
    request_body(content = Object, description = "A JSON merge patch (RFC 7386) of the plan document"),
    responses((status = 200, description = "Updated")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn patch(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: JsonBody<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let stored = state
        .write(async |c| {
            let current = document(c, *id).await?;
            let mut value = serde_json::to_value(&current).map_err(|_| ApiError::internal())?;
            merge_patch(&mut value, &body.0);
            let bytes = serde_json::to_vec(&value).map_err(|_| ApiError::internal())?;
            let doc: PlanDocument = parse_json(&bytes)?;
            let org = owner(c, &doc).await?;
            c.update_plan(*id, &org, &doc, MergeMode::Replace).await?;
            document(c, *id).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(stored))
}

#[utoipa::path(delete, path = "/api/v1/plans/{id}", tag = "plans",
    responses((status = 204, description = "Deleted; its events stay in feeds as cancelled for 30 days")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn delete(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    state.write(async |c| c.delete_plan(*id).await).await?;
    Ok(HttpResponse::NoContent().finish())
}
