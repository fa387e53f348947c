//! `GET/POST /login` and `POST /logout`: an admin token becomes a session cookie. Wrong
//! tokens are counted per client (`throttle`): past the limit the login page answers 429.

use std::time::{Duration, Instant};

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};

use super::words::{too_many_logins, words};
use super::{
    AdminSession, CSRF_FIELD, Frame, LOGIN_COOKIE, PageError, SESSION_COOKIE, SESSION_HOURS,
    cookie, form_value, html, local_path, read_cookie, read_form, see_other,
};
use crate::http::AppState;
use crate::http::error::ApiError;
use crate::plan::Lang;
use crate::store::TokenKind;
use crate::store::tokens::{hash_secret, same_secret};

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/login").get(form).post(log_in))
        .route("/logout", web::post().to(log_out));
}

#[derive(serde::Deserialize)]
struct NextQuery {
    next: Option<String>,
}

/// The login form, with a fresh token for its own CSRF cookie.
#[tracing::instrument(skip_all)]
async fn form(req: HttpRequest, q: web::Query<NextQuery>) -> Result<HttpResponse, PageError> {
    let next = local_path(q.next.as_deref().unwrap_or("/import")).to_string();
    login_page(StatusCode::OK, &Frame::of(&req), &next, None)
}

fn login_page(
    status: StatusCode,
    frame: &Frame,
    next: &str,
    problem: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let lang = frame.lang;
    let w = words(lang);
    let csrf = crate::store::random_id().map_err(|e| PageError::Api(e.into(), lang))?;
    let body = crate::web::admin::login::login_form(lang, &csrf, next, problem);
    let mut res = html(status, frame, w.login, &body, None);
    let value = cookie(LOGIN_COOKIE, &csrf, "/login", 3600);
    if let Ok(v) = header::HeaderValue::from_str(&value) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// Which admin token `token` is: `Some(None)` the configured one, `Some(Some(id))` a
/// stored one, `None` neither.
async fn admin_token(state: &AppState, token: &str) -> Result<Option<Option<i64>>, PageError> {
    let configured = state.settings.admin_token.expose();
    if !configured.is_empty() && same_secret(&hash_secret(configured), &hash_secret(token)) {
        return Ok(Some(None));
    }
    let fail = |e: crate::store::StoreError| PageError::Api(e.into(), Lang::Ru);
    let mut r = state.store.reader().await.map_err(fail)?;
    let found = r
        .conn()
        .token_for_secret(TokenKind::Admin, token)
        .await
        .map_err(fail)?;
    Ok(found.map(|t| Some(t.id)))
}

#[tracing::instrument(skip_all)]
async fn log_in(
    req: HttpRequest,
    state: web::Data<AppState>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let frame = Frame::of(&req);
    let lang = frame.lang;
    let fields = read_form(payload, &state, lang).await?;
    // The form's token must equal the one its page set in the login cookie.
    let expected = read_cookie(&req, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !same_secret(form_value(&fields, CSRF_FIELD), &expected) {
        return Err(PageError::Forbidden(lang));
    }
    let next = local_path(form_value(&fields, "next")).to_string();
    let forwarded_for = req
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    let client = req
        .peer_addr()
        .map(|a| state.settings.trusted_proxies.client(a.ip(), forwarded_for));
    let now = Instant::now();
    if let Some(wait) = client.and_then(|ip| state.login_throttle.wait(ip, now)) {
        tracing::warn!("web login refused: too many failures from this client");
        return throttled(&frame, &next, wait);
    }
    let token = form_value(&fields, "token").trim();
    let Some(token_id) = (match token {
        "" => None,
        t => admin_token(&state, t).await?,
    }) else {
        tracing::info!("web login refused");
        if let Some(ip) = client {
            state.login_throttle.failed(ip, now);
        }
        return login_page(
            StatusCode::UNAUTHORIZED,
            &frame,
            &next,
            Some(words(lang).bad_token),
        );
    };
    if let Some(ip) = client {
        state.login_throttle.succeeded(ip);
    }
    // A session of the configured token keeps its fingerprint (it ends when the token
    // changes); one of a stored token ends when that token is revoked.
    let credential = match token_id {
        None => crate::http::auth::configured_credential(&state),
        Some(_) => None,
    };
    let session = state
        .write(async |c| {
            let session = c
                .create_session(
                    token_id,
                    credential.as_deref(),
                    chrono::Duration::hours(SESSION_HOURS),
                )
                .await?;
            Ok::<_, ApiError>(session)
        })
        .await
        .map_err(PageError::api(lang))?;
    tracing::info!("web login");
    let mut res = see_other(&next);
    for value in [
        cookie(SESSION_COOKIE, &session.id, "/", SESSION_HOURS * 3600),
        cookie(LOGIN_COOKIE, "", "/login", 0),
    ] {
        if let Ok(v) = header::HeaderValue::from_str(&value) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    Ok(res)
}

/// The 429 answer: the login page again, saying when to try next, with Retry-After.
fn throttled(frame: &Frame, next: &str, wait: Duration) -> Result<HttpResponse, PageError> {
    let seconds = wait.as_secs().max(1);
    let problem = too_many_logins(frame.lang, seconds.div_ceil(60));
    let mut res = login_page(StatusCode::TOO_MANY_REQUESTS, frame, next, Some(&problem))?;
    res.headers_mut()
        .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
    Ok(res)
}

#[tracing::instrument(skip_all)]
async fn log_out(
    session: AdminSession,
    state: web::Data<AppState>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let fields = read_form(payload, &state, lang).await?;
    session.check_csrf(&fields)?;
    state
        .write(async |c| {
            c.end_session(&session.id).await?;
            Ok::<_, ApiError>(())
        })
        .await
        .map_err(PageError::api(lang))?;
    let mut res = see_other(&format!("/?lang={}", lang.code()));
    if let Ok(v) = header::HeaderValue::from_str(&cookie(SESSION_COOKIE, "", "/", 0)) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}
