//! The organization editing pages: name, short name and colour; other names; merging in
//! another organization that is the same one (offered by similarity of names), and the
//! question a merge asks first because it cannot be undone.

use maud::{Markup, html};

use super::csrf_field;
use super::words::{Words, words};
use crate::plan::privacy::MergePublishes;
use crate::plan::{Lang, Organization, similar_names};

/// Most merge suggestions shown.
const SUGGESTIONS: usize = 5;

/// What the edit page shows.
pub(crate) struct OrgEdit<'a> {
    pub lang: Lang,
    /// The session's CSRF token, for every form.
    pub csrf: &'a str,
    pub org: &'a Organization,
    /// Its other names.
    pub aliases: &'a [String],
    /// Every other organization (merge candidates).
    pub others: &'a [Organization],
    /// What the last change did ("saved"), or why it was refused.
    pub notice: Option<&'a str>,
    pub problem: Option<&'a str>,
    /// The colour is one a browser draws (a swatch is shown beside it).
    pub color_ok: bool,
}

/// Where a form of `org`'s page posts: `/orgs/{slug}/{what}?lang=…`.
fn action(org: &Organization, what: &str, lang: Lang) -> String {
    format!("/orgs/{}/{what}?lang={}", org.slug.as_str(), lang.code())
}

impl OrgEdit<'_> {
    fn w(&self) -> &'static Words {
        words(self.lang)
    }

    pub(crate) fn render(&self) -> Markup {
        let (w, org) = (self.w(), self.org);
        html! {
            h1 { (w.edit_org) ": " (org.name) }
            @if let Some(notice) = self.notice { p class="notice" role="status" { (notice) } }
            @if let Some(problem) = self.problem { p class="error" role="alert" { (problem) } }
            (self.details_form())
            (self.aliases_section())
            (self.merge_section())
            p { a href={ "/orgs/" (org.slug.as_str()) "?lang=" (self.lang.code()) } { (w.back_to_calendar) } }
        }
    }

    fn details_form(&self) -> Markup {
        let (w, org) = (self.w(), self.org);
        let color = org.color.as_deref().unwrap_or("");
        html! {
            form method="post" action=(action(org, "edit", self.lang)) {
                (csrf_field(self.csrf))
                label for="name" { (w.name) }
                input type="text" id="name" name="name" size="60" required value=(org.name);
                label for="short_name" { (w.short_name) }
                input type="text" id="short_name" name="short_name" size="30" value=(org.short_name.as_deref().unwrap_or(""));
                label for="color" { (w.color) }
                input type="text" id="color" name="color" size="16" value=(color) aria-describedby="color_hint";
                @if self.color_ok { " " span class="swatch" style={ "background:" (color) } {} }
                p class="hint" id="color_hint" { (w.color_hint) }
                div class="actions" { button type="submit" { (w.save) } }
            }
        }
    }

    fn aliases_section(&self) -> Markup {
        let w = self.w();
        let act = action(self.org, "aliases", self.lang);
        html! {
            h2 { (w.aliases) }
            p class="hint" { (w.aliases_intro) }
            @if self.aliases.is_empty() {
                p { (w.no_aliases) }
            } @else {
                ul class="aliases" {
                    @for name in self.aliases {
                        li {
                            (name) " "
                            form method="post" action=(act) class="inline" {
                                (csrf_field(self.csrf))
                                input type="hidden" name="remove" value=(name);
                                button type="submit" aria-label={ (w.remove) ": " (name) } { (w.remove) }
                            }
                        }
                    }
                }
            }
            form method="post" action=(act) {
                (csrf_field(self.csrf))
                label for="alias" { (w.add_alias) }
                input type="text" id="alias" name="add" size="50" required;
                " " button type="submit" { (w.add_alias) }
            }
        }
    }

    fn merge_section(&self) -> Markup {
        let w = self.w();
        let act = action(self.org, "merge", self.lang);
        let names: Vec<&str> = self.others.iter().map(|o| o.name.as_str()).collect();
        let similar: Vec<&Organization> = similar_names(&self.org.name, &names, SUGGESTIONS)
            .into_iter()
            .filter_map(|i| self.others.get(i))
            .collect();
        html! {
            h2 { (w.merge) }
            p class="hint" { (w.merge_intro) }
            h3 { (w.similar) }
            @if similar.is_empty() {
                p { (w.no_similar) }
            } @else {
                ul class="suggestions" { @for o in similar { (self.suggestion(o, &act)) } }
            }
            @if !self.others.is_empty() {
                form method="post" action=(act) {
                    (csrf_field(self.csrf))
                    label for="from" { (w.merge_other) }
                    select id="from" name="from" {
                        @for o in self.others {
                            option value=(o.slug.as_str()) { (o.name) " (" (o.slug.as_str()) ")" }
                        }
                    }
                    " " button type="submit" { (w.merge_into_this) }
                }
            }
        }
    }

    /// An organization with a similar name, and the button that merges it into this one.
    fn suggestion(&self, o: &Organization, act: &str) -> Markup {
        let w = self.w();
        let slug = o.slug.as_str();
        html! {
            li {
                a href={ "/orgs/" (slug) } { (o.name) } " (" (slug) ") "
                form method="post" action=(act) class="inline" {
                    (csrf_field(self.csrf))
                    input type="hidden" name="from" value=(slug);
                    button type="submit" aria-label={ (w.merge_into_this) ": " (o.name) } { (w.merge_into_this) }
                }
            }
        }
    }
}

/// "Merge «from» into «into»?": what will happen, and the button that does it.
pub(crate) fn confirm_merge(
    lang: Lang,
    csrf: &str,
    from: &Organization,
    into: &Organization,
    publishes: MergePublishes,
) -> Markup {
    let w = words(lang);
    let (from_slug, into_slug) = (from.slug.as_str(), into.slug.as_str());
    html! {
        h1 { (w.merge) }
        p class="lead" { "«" (from.name) "» (" (from_slug) ") → «" (into.name) "» (" (into_slug) ")" }
        p { (w.merge_intro) }
        @if publishes.events { p class="error" { (w.merge_publishes_events) } }
        @if publishes.names { p class="error" { (w.merge_publishes_names) } }
        p class="error" { (w.merge_final) }
        form method="post" action=(action(into, "merge", lang)) {
            (csrf_field(csrf))
            input type="hidden" name="from" value=(from_slug);
            input type="hidden" name="confirm" value="yes";
            @if !publishes.nothing() {
                // Required: the browser will not send the form without it, and the server
                // asks again when it is missing.
                p { label { input type="checkbox" name="publish" value="yes" required; " " (w.merge_publish_confirm) } }
            }
            div class="actions" {
                button type="submit" { (w.merge_into_this) }
                a class="btn light" href={ "/orgs/" (into_slug) "/edit" } { (w.cancel) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(slug: &str, name: &str, color: &str) -> Organization {
        serde_json::from_value(serde_json::json!({
            "id": 1, "slug": slug, "name": name, "short_name": null, "kind": "school",
            "timezone": "Europe/Moscow", "locale": "ru", "public_feeds": true,
            "public_names": false, "color": color,
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
        }))
        .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn names_and_colours_are_escaped_and_every_form_carries_the_token() {
        let school = org("school", "Школа «№ 1» <b>", "red\"x");
        let others = [org("school-2", "Школа № 1", "")];
        let aliases = ["Первая & школа".to_string()];
        let html = OrgEdit {
            lang: Lang::En,
            csrf: "tok",
            org: &school,
            aliases: &aliases,
            others: &others,
            notice: None,
            problem: Some("a <bad> colour"),
            color_ok: false,
        }
        .render()
        .into_string();
        assert!(html.contains("Школа «№ 1» &lt;b&gt;</h1>"), "{html}");
        assert!(
            html.contains(r#"name="color" size="16" value="red&quot;x""#),
            "{html}"
        );
        assert!(
            !html.contains("swatch"),
            "no swatch for a colour no browser draws"
        );
        assert!(html.contains(r#"<p class="error" role="alert">a &lt;bad&gt; colour</p>"#));
        assert!(
            html.contains(r#"name="remove" value="Первая &amp; школа""#),
            "{html}"
        );
        assert_eq!(
            html.matches(r#"name="csrf" value="tok""#).count(),
            5,
            "{html}"
        );
    }

    #[test]
    fn a_merge_asks_first_naming_both_organizations() {
        let nothing = MergePublishes {
            events: false,
            names: false,
        };
        let (b, a) = (org("b", "B & b", ""), org("a", "A", ""));
        let html = confirm_merge(Lang::En, "tok", &b, &a, nothing).into_string();
        assert!(html.contains("«B &amp; b» (b) → «A» (a)"), "{html}");
        assert!(html.contains(r#"action="/orgs/a/merge?lang=en""#), "{html}");
        assert!(html.contains(r#"<input type="hidden" name="confirm" value="yes">"#));
        assert!(!html.contains("name=\"publish\""), "{html}");
        // A merge that publishes says what, in the page's language, and needs the box ticked.
        let events = MergePublishes {
            events: true,
            names: false,
        };
        let ru = confirm_merge(Lang::Ru, "tok", &b, &a, events).into_string();
        assert!(ru.contains("после объединения их увидят все"), "{ru}");
        assert!(
            ru.contains(r#"name="publish" value="yes" required"#),
            "{ru}"
        );
    }
}
