//! `/api/v1/tokens`: private feed tokens (and admin tokens), created, listed and revoked.
//! A token is shown once, when created; only its hash is stored.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::feeds::{FeedRequest, SubscribeLinks};
use crate::http::AppState;
use crate::http::auth::Admin;
use crate::http::error::ApiError;
use crate::http::extract::JsonBody;
use crate::store::TokenKind;

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/tokens").get(list).post(create))
        .service(web::resource("/tokens/{id}").delete(revoke));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TokenInput {
    /// "feed" (default) or "admin".
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub label: String,
    /// For feed tokens: the feed it opens, as its path under /feeds with filters, e.g.
    /// "orgs/ramenki-school/merged.ics?section=1" or "roles/class-teacher.ics?org=ramenki-school".
    #[serde(default)]
    pub feed: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/tokens", tag = "feeds", request_body(content = Object),
    responses((status = 201, description = "The token (shown once) and its private feed's subscribe links")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all)]
pub(crate) async fn create(
    _: Admin,
    state: web::Data<AppState>,
    body: JsonBody<TokenInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.0;
    let kind = input.kind.as_deref().unwrap_or("feed");
    let kind = TokenKind::parse(kind).ok_or_else(|| {
        ApiError::unprocessable(format!("kind {kind:?} must be \"feed\" or \"admin\"")).at("/kind")
    })?;
    let feed = match (kind, input.feed.as_deref()) {
        (TokenKind::Feed, None) => {
            return Err(ApiError::unprocessable(
                "a feed token needs `feed`, e.g. \"orgs/my-school.ics\"",
            )
            .at("/feed"));
        }
        (TokenKind::Feed, Some(f)) => {
            let parsed = FeedRequest::parse_path(f)
                .map_err(|e| ApiError::unprocessable(e.to_string()).at("/feed"))?;
            Some(parsed.canonical())
        }
        (TokenKind::Admin, _) => None,
    };
    let (record, secret) = state
        .write(async |c| {
            if let Some(f) = &feed {
                // The feed must name something that exists, or the token would open nothing.
                let req = FeedRequest::parse_path(f)
                    .map_err(|e| ApiError::unprocessable(e.to_string()).at("/feed"))?;
                req.resolve(c).await?;
            }
            let created = c
                .create_token(kind, input.label.trim(), feed.as_deref())
                .await?;
            Ok::<_, ApiError>(created)
        })
        .await?;
    let links = feed.as_ref().map(|_| {
        SubscribeLinks::new(
            &state.settings.public_url,
            &format!("t/{secret}.ics"),
            &input.label,
        )
    });
    Ok(HttpResponse::Created().json(serde_json::json!({
        "id": record.id,
        "kind": record.kind,
        "label": record.label,
        "feed": record.feed,
        "token": secret,
        "subscribe": links,
        "created_at": record.created_at,
    })))
}

#[utoipa::path(get, path = "/api/v1/tokens", tag = "feeds",
    responses((status = 200, description = "Tokens without their secrets")), security(("bearer" = [])))]
#[tracing::instrument(skip_all)]
pub(crate) async fn list(_: Admin, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let items = r.conn().list_tokens(None).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({"items": items, "total": items.len()})))
}

#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "feeds",
    responses((status = 204, description = "Revoked: its feed answers 404 from now on")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn revoke(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    state
        .write(async |c| {
            c.revoke_token(*id).await?;
            Ok::<_, ApiError>(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
