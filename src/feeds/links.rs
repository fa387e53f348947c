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
    /// Which of the organization's feeds: "own", "merged", "partner" or "role" (a feed
    /// named by its address alone says "feed").
    pub kind: &'static str,
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
            kind: "feed",
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

/// How many events an organization's own feed and its partner feed hold (its merged feed
/// holds both: `store::feeds`' one rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FeedCounts {
    pub own: usize,
    pub partner: usize,
}

impl FeedCounts {
    /// Every feed, whatever it holds (the feeds an event is known to be in).
    pub(crate) const ANY: FeedCounts = FeedCounts {
        own: usize::MAX,
        partner: usize::MAX,
    };

    /// Is the feed of this kind worth offering? An empty feed only disappoints: a partner
    /// that owns no plan has no own feed to subscribe to, a school nobody names no partner
    /// feed. The merged feed is the page's own calendar and is always offered.
    pub(crate) fn offers(self, kind: &str) -> bool {
        match kind {
            "own" => self.own > 0,
            "partner" => self.partner > 0,
            _ => true,
        }
    }
}

/// The organization's feeds that hold events: its merged feed, its own and partner feeds,
/// then one per role that has events (`roles` is the list of those).
pub(crate) fn subscribe_links_for_org(
    public_url: &str,
    org: &Organization,
    roles: &[Role],
    only_role: Option<&str>,
    counts: FeedCounts,
) -> Vec<SubscribeLinks> {
    let w = words(org.locale);
    let feed = |kind: &'static str, path: String, name: String| SubscribeLinks {
        kind,
        ..SubscribeLinks::new(public_url, &path, &name)
    };
    let mut out: Vec<SubscribeLinks> = [
        feed(
            "merged",
            format!("orgs/{}/merged.ics", org.slug),
            format!("{} — {}", org.name, w.merged),
        ),
        feed("own", format!("orgs/{}.ics", org.slug), org.name.clone()),
        feed(
            "partner",
            format!("partners/{}.ics", org.slug),
            format!("{} — {}", org.name, w.partner),
        ),
    ]
    .into_iter()
    .filter(|l| counts.offers(l.kind))
    .collect();
    for role in roles
        .iter()
        .filter(|r| only_role.is_none_or(|o| o == r.slug))
    {
        out.push(feed(
            "role",
            format!("roles/{}.ics?org={}", role.slug, org.slug),
            format!("{} — {}", org.name, role.label(org.locale)),
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
    fn only_feeds_that_hold_events_are_offered() {
        let org: Organization = serde_json::from_value(serde_json::json!({
            "id": 1, "slug": "fire-station", "name": "Пожарная часть", "short_name": null,
            "kind": "other", "timezone": "Europe/Moscow", "locale": "ru", "public_feeds": true,
            "public_names": false, "color": null,
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        let kinds = |counts| {
            subscribe_links_for_org("http://h", &org, &[], None, counts)
                .into_iter()
                .map(|l| l.kind)
                .collect::<Vec<_>>()
        };
        // A partner that owns no plan: its merged feed is its partner feed, nothing else.
        assert_eq!(
            kinds(FeedCounts { own: 0, partner: 1 }),
            ["merged", "partner"]
        );
        // A school nobody names.
        assert_eq!(
            kinds(FeedCounts {
                own: 12,
                partner: 0
            }),
            ["merged", "own"]
        );
        assert_eq!(kinds(FeedCounts::ANY), ["merged", "own", "partner"]);
    }

    #[test]
    fn a_plain_http_server_offers_no_https_link() {
        let l = SubscribeLinks::new("http://127.0.0.1:8080", "orgs/s.ics", "S");
        assert_eq!(l.url, "http://127.0.0.1:8080/feeds/orgs/s.ics");
        assert_eq!(l.https, None);
        assert_eq!(l.webcal, "webcal://127.0.0.1:8080/feeds/orgs/s.ics");
    }
}
