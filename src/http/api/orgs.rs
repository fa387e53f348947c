//! `/api/v1/orgs`: organizations.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::feeds::{FeedCounts, subscribe_links_for_org};
use crate::http::AppState;
use crate::http::auth::{Admin, Viewer};
use crate::http::error::ApiError;
use crate::http::extract::{JsonBody, Page, double_option, not_null};
use crate::plan::{Lang, OrgKind, Organization, OrganizationEdit, OrganizationInput, Tz};

use super::List;

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/orgs").get(list).post(create))
        .service(
            web::resource("/orgs/{slug}")
                .get(get)
                .put(replace)
                .patch(patch)
                .delete(delete),
        )
        .service(web::resource("/orgs/{slug}/feeds").get(feeds));
}

#[utoipa::path(get, path = "/api/v1/orgs", tag = "organizations",
    params(("limit" = Option<i64>, Query), ("offset" = Option<i64>, Query)),
    responses((status = 200, description = "A page of organizations")))]
#[tracing::instrument(skip_all)]
pub(crate) async fn list(
    viewer: Viewer,
    state: web::Data<AppState>,
    page: crate::http::extract::Query<Page>,
) -> Result<HttpResponse, ApiError> {
    let page = page.into_inner().checked()?;
    let mut r = state.store.reader().await?;
    let (items, total) = r
        .conn()
        .list_orgs(viewer.trusted(), page.limit, page.offset)
        .await?;
    Ok(HttpResponse::Ok().json(List::new(items, total, page)))
}

#[utoipa::path(post, path = "/api/v1/orgs", tag = "organizations",
    request_body(content = Object, description = "slug, name, short_name, kind, timezone, locale, public_feeds, public_names, color"),
    responses((status = 201, description = "Created"), (status = 409, description = "Slug taken")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all)]
pub(crate) async fn create(
    _: Admin,
    state: web::Data<AppState>,
    body: JsonBody<OrganizationInput>,
) -> Result<HttpResponse, ApiError> {
    let org = state.write(async |c| c.create_org(&body.0).await).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/orgs/{}", org.slug)))
        .json(org))
}

#[utoipa::path(get, path = "/api/v1/orgs/{slug}", tag = "organizations",
    responses((status = 200, description = "The organization"), (status = 404, description = "No such organization")))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn get(
    viewer: Viewer,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let org: Organization = super::visible_org(&mut r.conn(), &slug, viewer).await?;
    Ok(HttpResponse::Ok().json(org))
}

#[utoipa::path(put, path = "/api/v1/orgs/{slug}", tag = "organizations",
    request_body(content = Object), responses((status = 200, description = "Replaced")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn replace(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: JsonBody<OrganizationInput>,
) -> Result<HttpResponse, ApiError> {
    let org = state
        .write(async |c| c.replace_org(&slug, &body.0).await)
        .await?;
    Ok(HttpResponse::Ok().json(org))
}

/// A PATCH of one organization as JSON: absent fields stay; `short_name: null` and
/// `color: null` remove them.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OrganizationPatch {
    // Fields an organization always has: `null` is refused (`not_null`), not ignored.
    #[serde(default, with = "double_option")]
    pub name: Option<Option<String>>,
    #[serde(default, with = "double_option")]
    pub short_name: Option<Option<String>>,
    #[serde(default, with = "double_option")]
    pub kind: Option<Option<OrgKind>>,
    #[serde(default, with = "double_option")]
    pub timezone: Option<Option<Tz>>,
    #[serde(default, with = "double_option")]
    pub locale: Option<Option<Lang>>,
    #[serde(default, with = "double_option")]
    pub public_feeds: Option<Option<bool>>,
    #[serde(default, with = "double_option")]
    pub public_names: Option<Option<bool>>,
    #[serde(default, with = "double_option")]
    pub color: Option<Option<String>>,
}

impl TryFrom<OrganizationPatch> for OrganizationEdit {
    type Error = ApiError;

    fn try_from(p: OrganizationPatch) -> Result<Self, ApiError> {
        Ok(OrganizationEdit {
            name: not_null("name", p.name)?,
            short_name: p.short_name,
            kind: not_null("kind", p.kind)?,
            timezone: not_null("timezone", p.timezone)?,
            locale: not_null("locale", p.locale)?,
            public_feeds: not_null("public_feeds", p.public_feeds)?,
            public_names: not_null("public_names", p.public_names)?,
            color: p.color,
        })
    }
}

#[utoipa::path(patch, path = "/api/v1/orgs/{slug}", tag = "organizations",
    request_body(content = Object), responses((status = 200, description = "Updated")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn patch(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: JsonBody<OrganizationPatch>,
) -> Result<HttpResponse, ApiError> {
    let edit = OrganizationEdit::try_from(body.0)?;
    let org = state
        .write(async |c| {
            let current = c.require_org(&slug).await?;
            c.patch_org(current, None, &edit).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(org))
}

#[utoipa::path(delete, path = "/api/v1/orgs/{slug}", tag = "organizations",
    responses((status = 204, description = "Deleted with its plans")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn delete(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    state.write(async |c| c.delete_org(&slug).await).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub(crate) struct FeedsQuery {
    #[serde(default)]
    pub role: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/orgs/{slug}/feeds", tag = "feeds",
    responses((status = 200, description = "Every feed of the organization with its subscribe links")))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn feeds(
    viewer: Viewer,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    q: crate::http::extract::Query<FeedsQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let org = super::visible_org(&mut r.conn(), &slug, viewer).await?;
    let with_events = r.conn().roles_with_events(org.id).await?;
    let roles: Vec<_> = r
        .conn()
        .list_roles()
        .await?
        .into_iter()
        .filter(|role| with_events.contains(&role.slug))
        .collect();
    let (own, partner) = r.conn().org_feed_counts(org.id, viewer.trusted()).await?;
    let counts = FeedCounts {
        own: usize::try_from(own).unwrap_or(0),
        partner: usize::try_from(partner).unwrap_or(0),
    };
    let links = subscribe_links_for_org(
        &state.settings.public_url,
        &org,
        &roles,
        q.role.as_deref(),
        counts,
    );
    Ok(HttpResponse::Ok().json(links))
}
