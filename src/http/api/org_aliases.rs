//! `/api/v1/orgs/{slug}/aliases` and `/api/v1/orgs/{slug}/merge`: one organization under
//! several names. Plans name their partners as people write them; aliases and merges make
//! those spellings one organization, so a merged calendar shows it once.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::http::AppState;
use crate::http::auth::{Admin, Viewer};
use crate::http::error::ApiError;
use crate::http::extract::JsonBody;
use crate::plan::Organization;
use crate::plan::privacy::MergePublishes;
use crate::store::{MergeOutcome, OrgAlias};

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
    /// Merge even when it publishes what was private (the merged organization's feeds or
    /// names are public, the other's were not).
    #[serde(default)]
    pub publish: bool,
}

/// What a merge of `from` into `into` would publish that `from` kept private, in words (None:
/// nothing). The rule is `plan::privacy::MergePublishes`.
fn published_by_merge(from: &Organization, into: &Organization) -> Option<String> {
    let publishes = MergePublishes::between(from, into);
    let mut what = Vec::new();
    if publishes.events {
        what.push("its plans and events");
    }
    if publishes.names {
        what.push("the names of its people");
    }
    (!what.is_empty()).then(|| {
        format!(
            "{:?} keeps {} private and {:?} shows them to everyone: merging publishes them. \
             Send \"publish\": true to merge anyway, or make {:?} private first",
            from.slug.as_str(),
            what.join(" and "),
            into.slug.as_str(),
            into.slug.as_str()
        )
    })
}

#[derive(Serialize)]
struct Merged {
    organization: Organization,
    moved: MergeOutcome,
    aliases: Vec<OrgAlias>,
    /// What the merge made public that was private (with `"publish": true`).
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/orgs/{slug}/aliases", tag = "organizations",
    responses((status = 200, description = "Other names of the organization")))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    // A private organization's other names are as private as it is.
    let org = super::visible_org(&mut r.conn(), &slug, viewer).await?;
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
    request_body(content = Object, description = "{\"from\": \"other-slug\", \"publish\": false}: that organization's plans, events, people, aliases and feed URLs move to this one; publish must be true when this one shows what that one keeps private"),
    responses((status = 200, description = "Merged"), (status = 404, description = "No such organization"),
        (status = 409, description = "The merge would publish what is private: send publish: true")),
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
            let published = published_by_merge(&from, &into);
            if let Some(what) = &published
                && !body.0.publish
            {
                return Err(ApiError::new(StatusCode::CONFLICT, what.clone()).at("/publish"));
            }
            let moved = c.merge_orgs(&from, &into).await?;
            let organization = c.require_org(into.slug.as_str()).await?;
            let aliases = c.org_aliases(organization.id).await?;
            Ok::<_, ApiError>(Merged {
                organization,
                moved,
                aliases,
                published,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(merged))
}
