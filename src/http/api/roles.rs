//! `/api/v1/roles`: the role vocabulary and roles found in plans.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::http::AppState;
use crate::http::auth::Admin;
use crate::http::error::ApiError;
use crate::http::extract::JsonBody;
use crate::plan::Slug;
use crate::store::Role;

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/roles").get(list).post(create))
        .service(
            web::resource("/roles/{slug}")
                .get(get)
                .put(replace)
                .patch(patch)
                .delete(delete),
        );
}

#[derive(Serialize, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct Labels {
    #[serde(default)]
    pub ru: String,
    #[serde(default)]
    pub vi: String,
    #[serde(default)]
    pub en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoleInput {
    pub slug: Slug,
    pub labels: Labels,
    #[serde(default)]
    pub synonyms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RolePatch {
    pub labels: Option<Labels>,
    pub synonyms: Option<Vec<String>>,
}

#[derive(Serialize)]
pub(crate) struct RoleView {
    pub slug: String,
    pub labels: Labels,
    pub synonyms: Vec<String>,
    pub builtin: bool,
}

impl From<Role> for RoleView {
    fn from(r: Role) -> Self {
        RoleView {
            synonyms: r.synonyms(),
            labels: Labels {
                ru: r.label_ru,
                vi: r.label_vi,
                en: r.label_en,
            },
            slug: r.slug,
            builtin: r.builtin,
        }
    }
}

fn check_labels(l: &Labels) -> Result<(), ApiError> {
    if l.ru.trim().is_empty() && l.vi.trim().is_empty() && l.en.trim().is_empty() {
        return Err(
            ApiError::unprocessable("a role needs a label in at least one language").at("/labels"),
        );
    }
    Ok(())
}

/// A missing label borrows one of the others, so a feed name is never empty.
fn filled(l: &Labels) -> (String, String, String) {
    let any = [&l.ru, &l.vi, &l.en]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or_default();
    let pick = |s: &String| {
        if s.trim().is_empty() {
            any.clone()
        } else {
            s.trim().to_string()
        }
    };
    (pick(&l.ru), pick(&l.vi), pick(&l.en))
}

#[utoipa::path(get, path = "/api/v1/roles", tag = "roles", responses((status = 200, description = "Every role")))]
#[tracing::instrument(skip_all)]
pub(crate) async fn list(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let roles: Vec<RoleView> = r
        .conn()
        .list_roles()
        .await?
        .into_iter()
        .map(RoleView::from)
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({"items": roles, "total": roles.len()})))
}

#[utoipa::path(get, path = "/api/v1/roles/{slug}", tag = "roles",
    responses((status = 200, description = "The role"), (status = 404, description = "No such role")))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn get(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let role =
        r.conn().role(&slug).await?.ok_or_else(|| {
            ApiError::not_found(format!("role {:?} does not exist", slug.as_str()))
        })?;
    Ok(HttpResponse::Ok().json(RoleView::from(role)))
}

#[utoipa::path(post, path = "/api/v1/roles", tag = "roles", request_body(content = Object),
    responses((status = 201, description = "Created"), (status = 409, description = "Slug taken")), security(("bearer" = [])))]
#[tracing::instrument(skip_all)]
pub(crate) async fn create(
    _: Admin,
    state: web::Data<AppState>,
    body: JsonBody<RoleInput>,
) -> Result<HttpResponse, ApiError> {
    check_labels(&body.0.labels)?;
    let (ru, vi, en) = filled(&body.0.labels);
    let input = &body.0;
    let role = state
        .write(async |c| {
            c.create_role(input.slug.as_str(), &ru, &vi, &en, &input.synonyms)
                .await
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/roles/{}", role.slug)))
        .json(RoleView::from(role)))
}

#[utoipa::path(put, path = "/api/v1/roles/{slug}", tag = "roles", request_body(content = Object),
    responses((status = 200, description = "Replaced")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn replace(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: JsonBody<RoleInput>,
) -> Result<HttpResponse, ApiError> {
    if body.0.slug.as_str() != slug.as_str() {
        return Err(ApiError::unprocessable(
            "a role's slug cannot change; create a new role instead",
        )
        .at("/slug"));
    }
    check_labels(&body.0.labels)?;
    let (ru, vi, en) = filled(&body.0.labels);
    let synonyms = &body.0.synonyms;
    let role = state
        .write(async |c| c.update_role(&slug, &ru, &vi, &en, synonyms).await)
        .await?;
    Ok(HttpResponse::Ok().json(RoleView::from(role)))
}

#[utoipa::path(patch, path = "/api/v1/roles/{slug}", tag = "roles", request_body(content = Object),
    responses((status = 200, description = "Updated")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn patch(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: JsonBody<RolePatch>,
) -> Result<HttpResponse, ApiError> {
    let edit = &body.0;
    let role = state
        .write(async |c| {
            let current = c.role(&slug).await?.ok_or_else(|| {
                ApiError::not_found(format!("role {:?} does not exist", slug.as_str()))
            })?;
            let current = RoleView::from(current);
            let labels = edit.labels.clone().unwrap_or(current.labels);
            check_labels(&labels)?;
            let (ru, vi, en) = filled(&labels);
            let synonyms = edit.synonyms.clone().unwrap_or(current.synonyms);
            Ok::<_, ApiError>(c.update_role(&slug, &ru, &vi, &en, &synonyms).await?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(RoleView::from(role)))
}

#[utoipa::path(delete, path = "/api/v1/roles/{slug}", tag = "roles",
    responses((status = 204, description = "Deleted")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org = %slug))]
pub(crate) async fn delete(
    _: Admin,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    state.write(async |c| c.delete_role(&slug).await).await?;
    Ok(HttpResponse::NoContent().finish())
}
