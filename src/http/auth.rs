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
use crate::store::TokenKind;
use crate::store::tokens::{hash_secret, same_secret};

/// Proof that the request carries a valid admin token.
pub struct Admin;

fn bearer(req: &HttpRequest) -> Option<String> {
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
        let token = bearer(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let (Some(token), Some(state)) = (token, state) else {
                return Err(ApiError::unauthorized());
            };
            let configured = &state.settings.admin_token;
            if !configured.is_empty() && same_secret(&hash_secret(configured), &hash_secret(&token))
            {
                return Ok(Admin);
            }
            let mut reader = state.store.reader().await.map_err(ApiError::from)?;
            match reader
                .conn()
                .token_for_secret(TokenKind::Admin, &token)
                .await
            {
                Ok(Some(_)) => Ok(Admin),
                Ok(None) => Err(ApiError::unauthorized()),
                Err(e) => Err(e.into()),
            }
        })
    }
}
