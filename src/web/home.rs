//! `/`: the organizations that own plans, with what kind each is and how much it plans,
//! and a search box. Partner-only organizations are reached from their partners' pages.

use maud::{Markup, html};

use super::i18n::words;
use super::layout::{Chrome, page};
use crate::plan::Organization;

/// One organization on the home page.
pub(crate) struct OrgEntry<'a> {
    pub org: &'a Organization,
    pub plans: i64,
    pub events: i64,
}

/// Does `org` match what was typed in the search box (any part of its names or slug,
/// case-insensitively in every script)?
pub(crate) fn matches(org: &Organization, query: &str) -> bool {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return true;
    }
    [
        Some(org.name.as_str()),
        org.short_name.as_deref(),
        Some(org.slug.as_str()),
    ]
    .into_iter()
    .flatten()
    .any(|text| text.to_lowercase().contains(&needle))
}

/// A CSS colour safe to put in a style attribute, or the page's default.
pub(crate) fn css_color(color: Option<&str>) -> &str {
    color
        .filter(|c| {
            !c.is_empty()
                && c.len() <= 32
                && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '#')
        })
        .unwrap_or("#1d5ca8")
}

pub(crate) fn home_page(chrome: &Chrome<'_>, orgs: &[OrgEntry<'_>], query: &str) -> Markup {
    let w = words(chrome.lang);
    page(
        chrome,
        &html! {
            h1 { (w.organizations) }
            form.search method="get" action="/" role="search" {
                label.sr for="q" { (w.search) }
                input #q type="search" name="q" value=(query) placeholder=(w.search_placeholder);
                button type="submit" { (w.search) }
            }
            @if orgs.is_empty() {
                p.muted { (w.no_orgs) }
            }
            ul.orgs {
                @for e in orgs {
                    li style={ "--c:" (css_color(e.org.color.as_deref())) } {
                        a.name href={ "/orgs/" (e.org.slug) } { (e.org.name) }
                        div.muted {
                            span.tag { (w.kind(e.org.kind)) } " "
                            (e.plans) " " (w.plans) " · " (e.events) " " (w.events)
                        }
                    }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_that_could_break_out_of_a_style_attribute_are_replaced() {
        assert_eq!(css_color(Some("steelblue")), "steelblue");
        assert_eq!(css_color(Some("#4682b4")), "#4682b4");
        assert_eq!(css_color(Some("red;background:url(x)")), "#1d5ca8");
        assert_eq!(css_color(None), "#1d5ca8");
    }
}
