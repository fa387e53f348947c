//! The import pages around the preview: the upload form, the organization chooser (the
//! preview shows it too) and the page after a plan is stored.

use maud::{Markup, html};

use super::csrf_field;
use super::upload_error::{self, UploadError};
use super::words::{Words, stored_counts, words};
use crate::plan::{Lang, Organization};

/// What a plan file may be: the formats the importer reads.
const ACCEPT: &str = ".docx,.xlsx,.ods,.csv,.txt,.text,.ics,.doc,.rtf,.odt,.xls";

/// The organization chooser: every organization, or a new one by its address.
pub(crate) fn org_chooser(w: &Words, orgs: &[Organization], chosen: &str) -> Markup {
    // An owner not stored yet (a new organization) shows in the field that names one.
    let known = orgs.iter().any(|o| o.slug.as_str() == chosen);
    let new_value = if known { "" } else { chosen };
    html! {
        label for="org" { (w.owner) }
        select id="org" name="org" {
            option value="" { "—" }
            @for o in orgs {
                option value=(o.slug.as_str()) selected[o.slug.as_str() == chosen] {
                    (o.name) " (" (o.slug.as_str()) ")"
                }
            }
        }
        label for="new_org" { (w.new_org) }
        input type="text" id="new_org" name="new_org" size="40" value=(new_value) aria-describedby="new_org_hint";
        p class="hint" id="new_org_hint" { (w.new_org_hint) }
    }
}

/// What the upload form held when it was sent: shown again with the error, so nothing
/// chosen or typed is lost (a browser cannot refill a file field: its name is said).
#[derive(Clone, Debug, Default)]
pub(crate) struct Filled {
    pub org: String,
    pub new_org: String,
    pub year: String,
    pub file_name: String,
}

/// `/import`: a plan file, its organization and (when the plan does not say) its year.
pub(crate) fn upload_form(lang: Lang, csrf: &str, orgs: &[Organization]) -> Markup {
    upload_form_again(lang, csrf, orgs, &Filled::default(), None)
}

/// The upload form as it was sent, with why it was not taken (in `lang`).
pub(crate) fn upload_form_again(
    lang: Lang,
    csrf: &str,
    orgs: &[Organization],
    filled: &Filled,
    error: Option<&UploadError>,
) -> Markup {
    let w = words(lang);
    let field = error.map(UploadError::field).unwrap_or("");
    let chosen = match filled.new_org.is_empty() {
        true => filled.org.as_str(),
        false => filled.new_org.as_str(),
    };
    html! {
        h1 { (w.import) }
        @if let Some(e) = error {
            div class="problems" role="alert" id="upload-error" {
                h2 { (upload_error::words(lang).heading) }
                p { (e.message(lang)) }
                @if !filled.file_name.is_empty() {
                    p class="muted" { (upload_error::words(lang).sent) ": " (filled.file_name) }
                }
            }
        }
        p { (w.upload_intro) }
        form method="post" action={ "/import?lang=" (lang.code()) } enctype="multipart/form-data" {
            (csrf_field(csrf))
            label for="file" { (w.file) }
            input type="file" id="file" name="file" required accept=(ACCEPT)
                aria-invalid=[(field == "file").then_some("true")]
                aria-describedby=[(field == "file").then_some("upload-error")];
            (org_chooser(w, orgs, chosen))
            label for="year" { (w.year) }
            input type="text" id="year" name="year" size="12" value=(filled.year)
                aria-invalid=[(field == "year").then_some("true")]
                aria-describedby="year_hint";
            p class="hint" id="year_hint" { (w.year_hint) }
            div class="actions" { button type="submit" { (w.upload) } }
        }
    }
}

/// After confirming: what was stored (added, updated, unchanged, cancelled) and where to
/// go next.
pub(crate) fn done(lang: Lang, plan: &str, counts: [usize; 4], org: &str) -> Markup {
    let w = words(lang);
    let l = lang.code();
    html! {
        h1 { (w.imported) }
        p class="notice" role="status" { "«" (plan) "»: " (stored_counts(lang, counts)) }
        p { a href={ "/orgs/" (org) "?lang=" (l) } { (w.open_calendar) } }
        p { a href={ "/orgs/" (org) "/edit?lang=" (l) } { (w.edit_org) } }
        p { a href={ "/import?lang=" (l) } { (w.import_another) } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_organization_shows_in_the_field_that_names_it() {
        let w = words(Lang::En);
        let html = org_chooser(w, &[], "<new>").into_string();
        assert!(
            html.contains(r#"name="new_org" size="40" value="&lt;new&gt;""#),
            "{html}"
        );
        assert!(
            html.contains(r#"<option value="">—</option></select>"#),
            "{html}"
        );
    }

    #[test]
    fn the_stored_plan_is_named_escaped_with_its_counts() {
        let html = done(Lang::En, "A & B", [1, 2, 3, 0], "school").into_string();
        assert!(html.contains("«A &amp; B»: 1 added, 2 updated, 3 unchanged, 0 cancelled"));
        assert!(
            html.contains(r#"<a href="/orgs/school/edit?lang=en">"#),
            "{html}"
        );
    }
}
