//! Every way to subscribe to a feed: its URL, `webcal://`, Google Calendar's "add by URL",
//! Outlook's "add from web" for outlook.com and for Microsoft 365 accounts.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use super::words;
use crate::plan::Organization;
use crate::store::Role;

/// RFC 3986 unreserved characters stay; everything else is encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn encode(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// Every way to subscribe to one feed.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct SubscribeLinks {
    pub name: String,
    /// The feed's address as served (http or https, whatever `public_url` says).
    pub url: String,
    /// The same address when it is https; absent when the server is not behind https.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub https: Option<String>,
    pub webcal: String,
    pub google: String,
    /// Outlook.com (personal Microsoft accounts).
    pub outlook: String,
    /// Outlook on the web for Microsoft 365 (work and school accounts).
    pub outlook365: String,
}

impl SubscribeLinks {
    /// `path` is the feed's path under /feeds ("orgs/x.ics").
    pub(crate) fn new(public_url: &str, path: &str, name: &str) -> SubscribeLinks {
        let url = format!("{}/feeds/{path}", public_url.trim_end_matches('/'));
        Self::for_url(url, name)
    }

    pub(crate) fn for_url(url: String, name: &str) -> SubscribeLinks {
        let webcal = match url.split_once("://") {
            Some((_, rest)) => format!("webcal://{rest}"),
            None => url.clone(),
        };
        let add_from_web = |host: &str| {
            format!(
                "https://{host}/calendar/0/addfromweb?url={}&name={}",
                encode(&url),
                encode(name)
            )
        };
        SubscribeLinks {
            name: name.to_string(),
            google: format!(
                "https://calendar.google.com/calendar/r?cid={}",
                encode(&webcal)
            ),
            outlook: add_from_web("outlook.live.com"),
            outlook365: add_from_web("outlook.office.com"),
            https: url.starts_with("https://").then(|| url.clone()),
            url,
            webcal,
        }
    }
}

/// The organization's feeds: its own, merged, partner, and one per role that has events
/// (`roles` is the list of those; offering an empty feed only disappoints).
pub(crate) fn subscribe_links_for_org(
    public_url: &str,
    org: &Organization,
    roles: &[Role],
    only_role: Option<&str>,
) -> Vec<SubscribeLinks> {
    let w = words(org.locale);
    let mut out = vec![
        SubscribeLinks::new(public_url, &format!("orgs/{}.ics", org.slug), &org.name),
        SubscribeLinks::new(
            public_url,
            &format!("orgs/{}/merged.ics", org.slug),
            &format!("{} — {}", org.name, w.merged),
        ),
        SubscribeLinks::new(
            public_url,
            &format!("partners/{}.ics", org.slug),
            &format!("{} — {}", org.name, w.partner),
        ),
    ];
    for role in roles
        .iter()
        .filter(|r| only_role.is_none_or(|o| o == r.slug))
    {
        out.push(SubscribeLinks::new(
            public_url,
            &format!("roles/{}.ics?org={}", role.slug, org.slug),
            &format!("{} — {}", org.name, role.label(org.locale)),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscribe_links_cover_webcal_google_and_both_outlooks() {
        let l = SubscribeLinks::new("https://cal.example.org/", "orgs/s.ics", "Школа");
        assert_eq!(l.url, "https://cal.example.org/feeds/orgs/s.ics");
        assert_eq!(l.https.as_deref(), Some(l.url.as_str()));
        assert_eq!(l.webcal, "webcal://cal.example.org/feeds/orgs/s.ics");
        assert!(l.google.starts_with(
            "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fcal.example.org"
        ));
        assert!(l.outlook.starts_with("https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fcal.example.org%2Ffeeds%2Forgs%2Fs.ics&name=%D0%A8"));
        assert!(
            l.outlook365
                .starts_with("https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2F")
        );
    }

    #[test]
    fn a_plain_http_server_offers_no_https_link() {
        let l = SubscribeLinks::new("http://127.0.0.1:8080", "orgs/s.ics", "S");
        assert_eq!(l.url, "http://127.0.0.1:8080/feeds/orgs/s.ics");
        assert_eq!(l.https, None);
        assert_eq!(l.webcal, "webcal://127.0.0.1:8080/feeds/orgs/s.ics");
    }
}
