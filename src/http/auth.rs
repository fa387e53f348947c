//! Who may write: every write needs `Authorization: Bearer <admin token>`. Tokens come from
//! `plancal token create` (stored hashed) or `PLANCAL_ADMIN_TOKEN` for first set-up. A
//! missing, malformed, unknown or revoked token gets the same 401, so a caller learns
//! nothing about which part was wrong.
//!
//! Who may read is decided here too (`Viewer`), once for the API and the pages: an admin
//! token or a logged-in admin's web session makes the reader an admin, and
//! `plan::privacy` says what an admin sees. A session never authorises an API write: those
//! need the token in the header, which no other site can make a browser send.

use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::time::Instant;

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

/// Who reads: an admin (a valid admin token, or the session cookie of an admin logged in
/// on the web) or the public (neither, or one that is not valid — reads never fail for a
/// bad token or a dead session, they just see what the public sees).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Viewer {
    audience: Audience,
    /// An admin's web session came with the request (pages offer such a reader their admin
    /// links).
    logged_in: bool,
}

impl Viewer {
    pub(crate) const PUBLIC: Viewer = Viewer {
        audience: Audience::Public,
        logged_in: false,
    };

    pub(crate) fn audience(self) -> Audience {
        self.audience
    }

    pub(crate) fn trusted(self) -> bool {
        self.audience.trusted()
    }

    /// Is this an admin logged in on the web (not only holding a token)?
    pub(crate) fn logged_in(self) -> bool {
        self.logged_in
    }

    async fn of(
        state: &AppState,
        (token, client): (Option<String>, Option<IpAddr>),
        session: Option<String>,
    ) -> Result<Viewer, ApiError> {
        let by_token = match token {
            Some(token) => check_bearer(state, client, &token).await?,
            None => false,
        };
        let logged_in = match session {
            Some(id) => live_session(state, &id).await?,
            None => false,
        };
        Ok(Viewer {
            audience: if by_token || logged_in {
                Audience::Trusted
            } else {
                Audience::Public
            },
            logged_in,
        })
    }
}

/// The admin pages' session cookie: read here, where the reader is decided, and set by
/// `http::admin`'s login.
pub(crate) const SESSION_COOKIE: &str = "plancal_session";

/// The value of cookie `name`, if the request carries it.
pub(crate) fn read_cookie(req: &HttpRequest, name: &str) -> Option<String> {
    req.headers()
        .get_all(header::COOKIE)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// The session cookie's value, if the request carries one (`Viewer` checks it).
fn session_cookie(req: &HttpRequest) -> Option<String> {
    read_cookie(req, SESSION_COOKIE)
}

/// Is `id` a session that is still alive (not expired, logged out or of a revoked token)?
async fn live_session(state: &AppState, id: &str) -> Result<bool, ApiError> {
    let mut r = state.store.reader().await?;
    let configured = configured_credential(state);
    Ok(r.conn().session(id, configured.as_deref()).await?.is_some())
}

/// The fingerprint of the configured admin token a web session made with it keeps (None:
/// no token is configured), so the session ends when the token changes or goes.
pub(crate) fn configured_credential(state: &AppState) -> Option<String> {
    let configured = state.settings.admin_token.expose();
    (!configured.is_empty()).then(|| crate::store::credential_fingerprint(configured))
}

/// The client a request comes from, as the limits on wrong tokens count it: the peer, or
/// behind a trusted proxy the address its X-Forwarded-For names.
pub(crate) fn client_of(state: &AppState, req: &HttpRequest) -> Option<IpAddr> {
    let forwarded_for = req
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    req.peer_addr()
        .map(|a| state.settings.trusted_proxies.client(a.ip(), forwarded_for))
}

/// Is `token` a valid admin token? Asked under the limit on wrong tokens per client: one
/// past it gets 429 with Retry-After and its token is not even looked at, so guessing
/// learns nothing more.
pub(crate) async fn check_bearer(
    state: &AppState,
    client: Option<IpAddr>,
    token: &str,
) -> Result<bool, ApiError> {
    let now = Instant::now();
    if let Some(wait) = client.and_then(|ip| state.token_throttle.wait(ip, now)) {
        tracing::warn!("bearer token refused: too many wrong tokens from this client");
        return Err(ApiError::too_many_attempts(wait.as_secs()));
    }
    let valid = is_admin(state, token).await?;
    if let Some(ip) = client {
        if valid {
            state.token_throttle.succeeded(ip);
        } else {
            state.token_throttle.failed(ip, now);
        }
    }
    Ok(valid)
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
        let session = session_cookie(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let client = state.as_ref().and_then(|s| client_of(s, req));
        Box::pin(async move {
            let Some(state) = state.filter(|_| token.is_some() || session.is_some()) else {
                return Ok(Viewer::PUBLIC);
            };
            Viewer::of(&state, (token, client), session).await
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
        let client = state.as_ref().and_then(|s| client_of(s, req));
        Box::pin(async move {
            let (Some(token), Some(state)) = (token, state) else {
                return Err(ApiError::unauthorized());
            };
            if check_bearer(&state, client, &token).await? {
                Ok(Admin)
            } else {
                Err(ApiError::unauthorized())
            }
        })
    }
}
