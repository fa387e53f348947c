//! What every page handler reads from its request, once: the path, the query and the
//! language hints, and the page answer that remembers a chosen language. It sits below the
//! page and admin handlers (`http::pages`, `http::admin`), which both take it, so neither
//! imports the other for it.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};
use maud::Markup;

use crate::plan::Lang;
use crate::web::{Chrome, LangHints, negotiate};

/// The name of the cookie that keeps a language chosen with `?lang=`.
pub(crate) const LANG_COOKIE: &str = "lang";

/// What a page handler needs from its request, read once: the path, the query pairs (a
/// key may repeat: `owner=a&owner=b`) and the language hints.
pub(crate) struct PageRequest {
    pub path: String,
    pub query: Vec<(String, String)>,
    cookie_lang: Option<String>,
    accept_language: Option<String>,
}

impl PageRequest {
    pub(crate) fn new(req: &HttpRequest) -> PageRequest {
        // A query that does not parse was already refused by the edge (`check_request_text`).
        let query = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
        let header_text = |name: header::HeaderName| {
            req.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        PageRequest {
            path: req.path().to_string(),
            query,
            cookie_lang: header_text(header::COOKIE).and_then(|c| cookie_value(&c, LANG_COOKIE)),
            accept_language: header_text(header::ACCEPT_LANGUAGE),
        }
    }

    /// The first value of a query parameter, empty values treated as absent.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// Every non-empty value of a repeated query parameter.
    pub(crate) fn all(&self, key: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The page language (`web::i18n::negotiate`), the organization's locale last.
    pub(crate) fn lang(&self, org_locale: Option<Lang>) -> Lang {
        negotiate(LangHints {
            query: self.get("lang"),
            cookie: self.cookie_lang.as_deref(),
            accept: self.accept_language.as_deref(),
            org_locale,
        })
    }

    pub(crate) fn chrome<'a>(&'a self, lang: Lang, title: &'a str) -> Chrome<'a> {
        Chrome {
            lang,
            title,
            path: &self.path,
            query: &self.query,
        }
    }

    /// A 200 page. A valid `?lang=` is remembered in a cookie, so the choice sticks on
    /// links that do not carry it.
    pub(crate) fn html(&self, markup: Markup) -> HttpResponse {
        let mut res = HttpResponse::Ok();
        res.content_type("text/html; charset=utf-8");
        if let Some(lang) = self.get("lang").and_then(|l| l.parse::<Lang>().ok()) {
            res.insert_header((
                header::SET_COOKIE,
                format!(
                    "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                    lang.code()
                ),
            ));
        }
        res.body(markup.into_string())
    }
}

/// A cookie's value from a Cookie header ("a=1; lang=vi").
fn cookie_value(header: &str, name: &str) -> Option<String> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name).then(|| v.trim().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::cookie_value;

    #[test]
    fn the_language_cookie_is_found_among_others() {
        assert_eq!(
            cookie_value("a=1; lang=vi; b=2", "lang").as_deref(),
            Some("vi")
        );
        assert_eq!(cookie_value("language=en", "lang"), None);
    }
}
