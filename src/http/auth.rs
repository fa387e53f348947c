//! Who may write: every write needs `Authorization: Bearer <admin token>`. Tokens come from
//! `plancal token create` (stored hashed) or `PLANCAL_ADMIN_TOKEN` for first set-up. A
//! missing, malformed, unknown or revoked token gets the same 401, so a caller learns
//! nothing about which part was wrong.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};

use super::AppState;
use super::error::ApiError;
use crate::plan::privacy::Audience;
use crate::store::TokenKind;
use crate::store::tokens::{hash_secret, same_secret};

/// Proof that the request carries a valid admin token.
pub(crate) struct Admin;

/// Left in a request's extensions by the edge middleware once it has checked the admin
/// token (before the body is read), so the `Admin` extractor does not look it up twice.
#[derive(Clone, Copy)]
pub(crate) struct AdminChecked;

/// Who reads: an admin (a valid admin token) or the public (no token, or one that is not
/// valid — reads never fail for a bad token, they just see what the public sees).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Viewer(pub Audience);

impl Viewer {
    pub(crate) fn audience(self) -> Audience {
        self.0
    }

    pub(crate) fn trusted(self) -> bool {
        self.0.trusted()
    }
}

/// Is `token` a valid admin token?
pub(crate) async fn is_admin(state: &AppState, token: &str) -> Result<bool, ApiError> {
    let configured = state.settings.admin_token.expose();
    if !configured.is_empty() && same_secret(&hash_secret(configured), &hash_secret(token)) {
        return Ok(true);
    }
    let mut reader = state.store.reader().await.map_err(ApiError::from)?;
    Ok(reader
        .conn()
        .token_for_secret(TokenKind::Admin, token)
        .await?
        .is_some())
}

impl FromRequest for Viewer {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = bearer(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let (Some(token), Some(state)) = (token, state) else {
                return Ok(Viewer(Audience::Public));
            };
            Ok(Viewer(if is_admin(&state, &token).await? {
                Audience::Trusted
            } else {
                Audience::Public
            }))
        })
    }
}

pub(crate) fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
        .filter(|t| !t.is_empty())
}

impl FromRequest for Admin {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        use actix_web::HttpMessage;
        if req.extensions().get::<AdminChecked>().is_some() {
            return Box::pin(async { Ok(Admin) });
        }
        let token = bearer(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let (Some(token), Some(state)) = (token, state) else {
                return Err(ApiError::unauthorized());
            };
            if is_admin(&state, &token).await? {
                Ok(Admin)
            } else {
                Err(ApiError::unauthorized())
            }
        })
    }
}
