//! The admin pages' HTML (login, the import flow, organization editing) as maud templates,
//! so escaping is the template engine's job. `http::admin` checks the session and the
//! CSRF token, reads the store and hands plain values here; the words are `words`' tables.

pub(crate) mod import;
pub(crate) mod login;
pub(crate) mod orgs;
pub(crate) mod preview;
pub(crate) mod upload_error;
pub(crate) mod words;

use maud::{Markup, html};

use super::layout::{Chrome, page};
use words::words;

/// The form field every form's CSRF token travels in.
pub(crate) const CSRF_FIELD: &str = "csrf";

/// A hidden input carrying a CSRF token, for every form of a page.
pub(crate) fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(token); }
}

/// An admin page in the frame every page shares. With a session (its CSRF token) the admin
/// links come on top: the import page and the logout button.
pub(crate) fn admin_page(chrome: &Chrome<'_>, session_csrf: Option<&str>, body: &Markup) -> Markup {
    let w = words(chrome.lang);
    let inner = html! {
        div class="admin-page" {
            @if let Some(token) = session_csrf {
                nav class="admin-bar" aria-label=(w.import) {
                    a href="/import" { (w.import) }
                    form method="post" action="/logout" {
                        (csrf_field(token))
                        button type="submit" class="light" { (w.log_out) }
                    }
                }
            }
            (body)
        }
    };
    page(chrome, &inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Lang;

    #[test]
    fn the_admin_bar_carries_the_sessions_csrf_token_escaped() {
        let chrome = Chrome {
            lang: Lang::En,
            title: "t",
            path: "/import",
            query: &[],
        };
        let html = admin_page(&chrome, Some("a\"b"), &html! { p { "x" } }).into_string();
        assert!(html.contains(r#"<input type="hidden" name="csrf" value="a&quot;b">"#));
        assert!(
            html.contains(
                r#"<nav class="admin-bar" aria-label="Upload a plan"><a href="/import">"#
            )
        );
        let html = admin_page(&chrome, None, &html! { p { "x" } }).into_string();
        assert!(
            !html.contains("<nav class=\"admin-bar\""),
            "no session, no admin links"
        );
    }
}
