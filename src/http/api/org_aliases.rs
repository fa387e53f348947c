//! `/api/v1/orgs/{slug}/aliases` and `/api/v1/orgs/{slug}/merge`: one organization under
//! several names. Plans name their partners as people write them; aliases and merges make
//! those spellings one organization, so a merged calendar shows it once.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::http::AppState;
use crate::http::auth::Admin;
use crate::http::error::ApiError;
use crate::http::extract::JsonBody;
use crate::plan::Organization;
use crate::store::{MergeOutcome, OrgAlias, StoreError};

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/orgs/{slug}/aliases").get(list).post(add))
        .service(web::resource("/orgs/{slug}/aliases/{name}").delete(remove))
        .service(web::resource("/orgs/{slug}/merge").post(merge));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AliasInput {
    pub name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MergeInput {
    /// The slug of the organization that goes away into this one.
    pub from: String,
}

#[derive(Serialize)]
struct Merged {
    organization: Organization,
    moved: MergeOutcome,
    aliases: Vec<OrgAlias>,
}

#[utoipa::path(get, path = "/api/v1/orgs/{slug}/aliases", tag = "organizations",
    responses((status = 200, description = "Other names of the organization")))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn list(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let org = r.conn().require_org(&slug).await?;
    Ok(HttpResponse::Ok().json(r.conn().org_aliases(org.id).await?))
}

#[utoipa::path(post, path = "/api/v1/orgs/{slug}/aliases", tag = "organizations",
    request_body(content = Object, description = "{\"name\": \"МБОУ Рамешковская СОШ\"}"),
    responses((status = 201, description = "Added"),
        (status = 409, description = "The name already belongs to another organization")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn add(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: JsonBody<AliasInput>,
) -> Result<HttpResponse, ApiError> {
    let alias = state
        .write(async |c| {
            let org = c.require_org(&slug).await?;
            c.add_org_alias(&org, &body.0.name).await
        })
        .await?;
    Ok(HttpResponse::Created().json(alias))
}

#[utoipa::path(delete, path = "/api/v1/orgs/{slug}/aliases/{name}", tag = "organizations",
    responses((status = 204, description = "Removed"), (status = 404, description = "No such alias")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %path.0))]
pub(crate) async fn remove(
    _: Admin,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, name) = path.into_inner();
    state
        .write(async |c| {
            let org = c.require_org(&slug).await?;
            c.remove_org_alias(&org, &name).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(post, path = "/api/v1/orgs/{slug}/merge", tag = "organizations",
    request_body(content = Object, description = "{\"from\": \"other-slug\"}: that organization's plans, events, people, aliases and feed URLs move to this one"),
    responses((status = 200, description = "Merged"), (status = 404, description = "No such organization")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn merge(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: JsonBody<MergeInput>,
) -> Result<HttpResponse, ApiError> {
    let merged = state
        .write(async |c| {
            let into = c.require_org(&slug).await?;
            let from = c.require_org(&body.0.from).await?;
            let moved = c.merge_orgs(&from, &into).await?;
            let organization = c.require_org(into.slug.as_str()).await?;
            let aliases = c.org_aliases(organization.id).await?;
            Ok::<_, StoreError>(Merged {
                organization,
                moved,
                aliases,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(merged))
}
