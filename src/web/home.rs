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
                            (w.plans.of(chrome.lang, e.plans)) " · " (w.events_counted.of(chrome.lang, e.events))
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
    use crate::plan::Lang;

    #[test]
    fn colours_that_could_break_out_of_a_style_attribute_are_replaced() {
        assert_eq!(css_color(Some("steelblue")), "steelblue");
        assert_eq!(css_color(Some("#4682b4")), "#4682b4");
        assert_eq!(css_color(Some("red;background:url(x)")), "#1d5ca8");
        assert_eq!(css_color(None), "#1d5ca8");
    }

    #[test]
    fn counts_take_the_plural_form_their_number_asks_for() {
        let ru = words(Lang::Ru);
        let said: Vec<String> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 101]
            .iter()
            .map(|&n| ru.events_counted.of(Lang::Ru, n))
            .collect();
        assert_eq!(
            said,
            [
                "1 мероприятие",
                "2 мероприятия",
                "5 мероприятий",
                "11 мероприятий",
                "12 мероприятий",
                "21 мероприятие",
                "22 мероприятия",
                "25 мероприятий",
                "111 мероприятий",
                "101 мероприятие"
            ]
        );
        assert_eq!(ru.plans.of(Lang::Ru, 1), "1 план");
        let en = words(Lang::En);
        assert_eq!(en.plans.of(Lang::En, 1), "1 plan");
        assert_eq!(en.plans.of(Lang::En, 0), "0 plans");
        assert_eq!(en.events_counted.of(Lang::En, 21), "21 events");
        assert_eq!(words(Lang::Vi).plans.of(Lang::Vi, 2), "2 kế hoạch");
    }
}
