//! The login form: the admin token, with the form's own CSRF token and where to go after.

use maud::{Markup, html};

use super::csrf_field;
use super::words::words;
use crate::plan::Lang;

/// The form; `problem` (a wrong token, too many tries) is announced on top.
pub(crate) fn login_form(lang: Lang, csrf: &str, next: &str, problem: Option<&str>) -> Markup {
    let w = words(lang);
    html! {
        h1 { (w.login) }
        @if let Some(problem) = problem {
            p class="error" role="alert" { (problem) }
        }
        p { (w.login_intro) }
        form method="post" action={ "/login?lang=" (lang.code()) } {
            (csrf_field(csrf))
            input type="hidden" name="next" value=(next);
            label for="token" { (w.token) }
            input type="password" id="token" name="token" autocomplete="current-password" required size="44";
            div class="actions" { button type="submit" { (w.log_in) } }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::CSRF_FIELD;
    use super::*;

    #[test]
    fn the_way_back_and_the_problem_are_escaped() {
        let html = login_form(Lang::Ru, "t0k", "/orgs/x?a=1&b=\"2\"", Some("<b>")).into_string();
        assert!(html.contains(r#"name="next" value="/orgs/x?a=1&amp;b=&quot;2&quot;""#));
        assert!(html.contains(r#"<p class="error" role="alert">&lt;b&gt;</p>"#));
        assert!(html.contains(&format!(r#"name="{CSRF_FIELD}" value="t0k""#)));
        assert!(html.contains(r#"action="/login?lang=ru""#));
    }
}
