//! The admin pages: login with the admin token, the `/import` upload → preview → correct →
//! confirm flow, and organization editing and merging. The pages' HTML is `web::admin`'s
//! maud templates, which take plain values; this layer checks the session and the CSRF
//! token, reads and writes the store and answers.
//!
//! A login keeps a session in a cookie that is `Secure`, `HttpOnly` and `SameSite=Strict`;
//! the cookie holds a random id whose hash is a row of `web_sessions` (so any instance on
//! one database knows it, and logout or a revoked token ends it). Every form carries the
//! session's synchroniser token (CSRF) and every POST checks it before anything else; the
//! login form, which has no session yet, carries a token that must equal one in a cookie
//! of its own. Tokens and session ids are never logged.

mod event_edit;
mod import;
mod login;
mod orgs;
mod outcomes;
pub(crate) mod throttle;
/// The words live beside the templates (`web::admin`), which are pure.
pub(crate) use crate::web::admin::words;

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, web};

use super::AppState;
use super::error::ApiError;
use crate::http::auth::{SESSION_COOKIE, read_cookie};
use crate::plan::Lang;
use crate::store::tokens::same_secret;
use crate::web::admin::CSRF_FIELD;
use words::words;

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    login::routes(cfg);
    import::routes(cfg);
    orgs::routes(cfg);
    outcomes::routes(cfg);
    event_edit::routes(cfg);
}

/// The login form's own CSRF cookie (there is no session yet to tie it to).
const LOGIN_COOKIE: &str = "plancal_login";
/// How long a session lasts after login.
const SESSION_HOURS: i64 = 12;

/// A cookie only this site's pages send back, never readable by scripts.
fn cookie(name: &str, value: &str, path: &str, max_age: i64) -> String {
    format!("{name}={value}; Path={path}; Max-Age={max_age}; Secure; HttpOnly; SameSite=Strict")
}

/// The request as the page frame needs it: language (chosen as on every page: `?lang=`,
/// cookie, Accept-Language, Russian), path and query for the language links.
pub(crate) struct Frame {
    pub lang: Lang,
    path: String,
    query: Vec<(String, String)>,
    /// `?lang=` was given: remembered in the language cookie, as the other pages do.
    chosen: bool,
}

impl Frame {
    pub(crate) fn of(req: &HttpRequest) -> Frame {
        let page = crate::http::page_request::PageRequest::new(req);
        Frame {
            lang: page.lang(None),
            chosen: page.get("lang").is_some_and(|l| l.parse::<Lang>().is_ok()),
            path: page.path,
            query: page.query,
        }
    }

    /// A frame for an answer that has no request at hand (error pages).
    fn bare(lang: Lang) -> Frame {
        Frame {
            lang,
            path: "/".into(),
            query: Vec::new(),
            chosen: false,
        }
    }
}

/// Proof that the request comes from a logged-in admin, with the session's CSRF token for
/// the forms the page draws.
pub(crate) struct AdminSession {
    /// The cookie's secret (needed to log out).
    id: String,
    pub csrf: String,
    pub lang: Lang,
    pub frame: Frame,
}

impl AdminSession {
    /// Refuses a form whose CSRF token is not this session's (403 page, nothing done).
    pub(crate) fn check_csrf(&self, fields: &[(String, String)]) -> Result<(), PageError> {
        let sent = fields
            .iter()
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        if same_secret(sent, &self.csrf) {
            Ok(())
        } else {
            Err(PageError::Forbidden(self.lang))
        }
    }
}

impl FromRequest for AdminSession {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let frame = Frame::of(req);
        let lang = frame.lang;
        let next = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        let id = read_cookie(req, SESSION_COOKIE);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let login = PageError::Login { next, lang };
            let (Some(id), Some(state)) = (id, state) else {
                return Err(login);
            };
            let mut r = state
                .store
                .reader()
                .await
                .map_err(|e| PageError::Api(e.into(), lang))?;
            let configured = crate::http::auth::configured_credential(&state);
            match r.conn().session(&id, configured.as_deref()).await {
                Ok(Some(s)) => Ok(AdminSession {
                    id,
                    csrf: s.csrf,
                    lang,
                    frame,
                }),
                Ok(None) => Err(login),
                Err(e) => Err(PageError::Api(e.into(), lang)),
            }
        })
    }
}

/// Why an admin page could not be shown: each answers with a page in the person's
/// language, never with JSON or a stack trace.
#[derive(Debug)]
pub(crate) enum PageError {
    /// Not logged in: to the login page, and back here afterwards.
    Login {
        next: String,
        lang: Lang,
    },
    /// A form without this session's CSRF token.
    Forbidden(Lang),
    Api(ApiError, Lang),
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PageError::Login { .. } => f.write_str("login needed"),
            PageError::Forbidden(_) => f.write_str("CSRF token missing or wrong"),
            PageError::Api(e, _) => write!(f, "{e}"),
        }
    }
}

impl PageError {
    pub(crate) fn api(lang: Lang) -> impl Fn(ApiError) -> PageError {
        move |e| PageError::Api(e, lang)
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::Login { .. } => StatusCode::SEE_OTHER,
            PageError::Forbidden(_) => StatusCode::FORBIDDEN,
            PageError::Api(e, _) => e.status_code(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            PageError::Login { next, lang } => see_other(&format!(
                "/login?lang={}&next={}",
                lang.code(),
                percent_encoding::utf8_percent_encode(next, percent_encoding::NON_ALPHANUMERIC)
            )),
            PageError::Forbidden(lang) => {
                let w = words(*lang);
                error_page(
                    StatusCode::FORBIDDEN,
                    *lang,
                    w.forbidden,
                    w.forbidden_detail,
                )
            }
            PageError::Api(e, lang) => {
                let (title, detail) = describe(e, *lang);
                error_page(e.status_code(), *lang, title, &detail)
            }
        }
    }
}

/// The heading and explanation of an error page.
fn describe(e: &ApiError, lang: Lang) -> (&'static str, String) {
    let w = words(lang);
    let detail = e.problem().detail.clone();
    let title = match e.status_code() {
        StatusCode::PAYLOAD_TOO_LARGE => w.too_large,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => w.unsupported,
        StatusCode::UNPROCESSABLE_ENTITY => w.unreadable,
        StatusCode::NOT_FOUND => w.not_found,
        StatusCode::CONFLICT => w.conflict,
        StatusCode::SERVICE_UNAVAILABLE => w.busy,
        StatusCode::BAD_REQUEST => w.bad_request,
        _ => w.error,
    };
    (title, detail)
}

fn error_page(status: StatusCode, lang: Lang, title: &str, detail: &str) -> HttpResponse {
    let frame = Frame::bare(lang);
    let chrome = crate::web::Chrome {
        lang,
        title,
        path: &frame.path,
        query: &frame.query,
    };
    let markup = crate::web::layout::error_page(&chrome, status.as_u16(), title, detail);
    respond(status, &frame, markup.into_string())
}

/// 303 to `to` (after a POST: the browser GETs the next page).
pub(crate) fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to.to_string()))
        .finish()
}

/// An admin page in the frame every page shares, with the admin links on top when a
/// session is given. Admin pages are never cached: they hold CSRF tokens.
pub(crate) fn html(
    status: StatusCode,
    frame: &Frame,
    title: &str,
    body: &maud::Markup,
    session: Option<&AdminSession>,
) -> HttpResponse {
    let chrome = crate::web::Chrome {
        lang: frame.lang,
        title,
        path: &frame.path,
        query: &frame.query,
    };
    let csrf = session.map(|s| s.csrf.as_str());
    let document = crate::web::admin::admin_page(&chrome, csrf, body);
    respond(status, frame, document.into_string())
}

fn respond(status: StatusCode, frame: &Frame, document: String) -> HttpResponse {
    let mut res = HttpResponse::build(status);
    res.content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"));
    if frame.chosen {
        res.append_header((
            header::SET_COOKIE,
            format!(
                "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                crate::http::page_request::LANG_COOKIE,
                frame.lang.code()
            ),
        ));
    }
    res.body(document)
}

/// Reads an urlencoded form body (up to the JSON limit: a preview form of a long plan is
/// larger than actix's default) into its fields, in order.
pub(crate) async fn read_form(
    payload: web::Payload,
    state: &AppState,
    lang: Lang,
) -> Result<Vec<(String, String)>, PageError> {
    let mut payload = payload.into_inner();
    let bytes = super::extract::read_limited(&mut payload, state.settings.limits.json_bytes)
        .await
        .map_err(PageError::api(lang))?;
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|e| {
        PageError::Api(
            ApiError::bad_request(format!("the form could not be read: {e}")),
            lang,
        )
    })?;
    for (k, v) in &fields {
        super::extract::check_text(k, v, super::extract::MAX_TITLE)
            .map_err(PageError::api(lang))?;
    }
    Ok(fields)
}

/// The value of form field `name` ("" when absent).
pub(crate) fn form_value<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// A path to go back to after login: this site's own, never another's (`//evil`).
fn local_path(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    if ok { next } else { "/import" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_returns_only_to_this_sites_own_pages() {
        assert_eq!(local_path("/orgs/x/edit?lang=vi"), "/orgs/x/edit?lang=vi");
        assert_eq!(local_path("//evil.example/"), "/import");
        assert_eq!(local_path("https://evil.example/"), "/import");
        assert_eq!(local_path("/\\evil.example"), "/import");
    }

    #[test]
    fn session_cookies_are_secure_http_only_and_same_site_strict() {
        let c = cookie(SESSION_COOKIE, "abc", "/", 60);
        assert!(c.contains("; Secure") && c.contains("; HttpOnly"));
        assert!(c.contains("; SameSite=Strict"));
    }
}
