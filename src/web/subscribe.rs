//! The subscribe panel on every calendar: the feed's address with a copy button, `webcal://`,
//! Google Calendar, Outlook.com and Microsoft 365 links, and a QR code (inline SVG) a phone
//! camera opens; more feeds (own plans only, as a partner, per role) folded below it.

use maud::{Markup, PreEscaped, html};
use qrcode::QrCode;
use qrcode::render::svg;

use super::i18n::words;
use crate::plan::Lang;

/// Every way to subscribe to one feed (`feeds::SubscribeLinks` as the page shows it).
#[derive(Clone, Debug, Default)]
pub struct FeedLinks {
    pub name: String,
    pub url: String,
    pub webcal: String,
    pub google: String,
    pub outlook: String,
    pub outlook365: String,
}

/// The address of the subscribe page of the feed served at `feed_url`
/// (".../feeds/orgs/x.ics" → ".../subscribe/orgs/x.ics"): what a feed's QR code holds.
/// It lives here, beside the panel that links to it, so the page imports the panel's
/// pieces and never the other way round.
pub(crate) fn subscribe_page_url(feed_url: &str) -> String {
    match feed_url.split_once("/feeds/") {
        Some((base, path)) => format!("{base}/subscribe/{path}"),
        None => feed_url.to_string(),
    }
}

/// The QR code of `text` as an SVG element (no XML prologue, so it sits inside HTML);
/// empty when the text is too long for a QR code.
pub(crate) fn qr_svg(text: &str, label: &str) -> String {
    let Ok(code) = QrCode::new(text.as_bytes()) else {
        return String::new();
    };
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(160, 160)
        .quiet_zone(true)
        .build();
    let start = image.find("<svg").unwrap_or(0);
    let escaped = maud::html! { (label) }.into_string();
    image[start..].replacen(
        "<svg",
        &format!("<svg role=\"img\" aria-label=\"{escaped}\""),
        1,
    )
}

fn links(lang: Lang, feed: &FeedLinks) -> Markup {
    let w = words(lang);
    html! {
        span.links {
            a href=(feed.webcal) { (w.apple) }
            a href=(feed.google) rel="noopener" { (w.google) }
            a href=(feed.outlook) rel="noopener" { (w.outlook) }
            a href=(feed.outlook365) rel="noopener" { (w.outlook365) }
        }
    }
}

fn url_row(lang: Lang, feed: &FeedLinks, id: &str) -> Markup {
    let w = words(lang);
    html! {
        div.urlrow {
            label.sr for=(id) { (w.feed_url) ": " (feed.name) }
            input id=(id) type="text" readonly value=(feed.url);
            button.light type="button" data-copy=(id) data-done=(w.copied) { (w.copy) }
        }
    }
}

/// The panel: `main` in full with its QR code, `more` and `roles` folded.
pub fn panel(lang: Lang, main: &FeedLinks, more: &[FeedLinks], roles: &[FeedLinks]) -> Markup {
    let w = words(lang);
    html! {
        section.panel aria-labelledby="subscribe-h" {
            h2 #subscribe-h { (w.subscribe) }
            div.feed {
                div {
                    p.muted { (w.subscribe_hint) }
                    p { strong { (main.name) } }
                    (url_row(lang, main, "feed-url-main"))
                    p { (links(lang, main)) }
                }
                // The QR code opens the feed's subscribe page, not the feed: a phone that
                // opened the feed would import it once instead of subscribing.
                @let page = subscribe_page_url(&main.url);
                div.qr title=(w.qr_hint) {
                    a href=(page) { (PreEscaped(qr_svg(&page, w.qr_hint))) }
                }
            }
            @if !more.is_empty() || !roles.is_empty() {
                details.more {
                    summary { (w.more) ": " (more.len() + roles.len()) }
                    @for (i, feed) in more.iter().enumerate() {
                        h3 { (feed.name) }
                        (url_row(lang, feed, &format!("feed-url-{i}")))
                        p { (links(lang, feed)) }
                    }
                    @if !roles.is_empty() {
                        h3 { (w.role_feeds) }
                        ul {
                            @for (i, feed) in roles.iter().enumerate() {
                                li {
                                    (feed.name) " "
                                    (url_row(lang, feed, &format!("feed-url-role-{i}")))
                                    (links(lang, feed))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_code_is_an_inline_svg_with_a_label() {
        let svg = qr_svg("http://127.0.0.1:8080/feeds/orgs/x/merged.ics", "Scan <me>");
        assert!(
            svg.starts_with("<svg role=\"img\" aria-label=\"Scan &lt;me&gt;\""),
            "{svg}"
        );
        assert!(svg.contains("<path") || svg.contains("<rect"));
        assert!(!svg.contains("<?xml"));
    }
}
