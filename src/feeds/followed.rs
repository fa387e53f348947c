//! Events of the partners' calendars an organization follows (`src/sources`), as its merged
//! feed (and page) shows them: owned by the partner, in the partner's colour, drawn exactly
//! as their publisher wrote them. They live in the source's last good copy, not in any
//! plan, so no feed of the partner itself ever holds them.
//!
//! Each gets a UID of its own derived from the source URL and the publisher's UID: the same
//! event has the same UID in every follower's feed, and never collides with a plan event's.

use sha2::{Digest, Sha256};

use super::FeedFilter;
use crate::ics::FeedEvent;
use crate::plan::EventDoc;
use crate::plan::privacy::{Audience, OrgPrivacy};
use crate::store::SourceEvents;

/// The UID a followed event wears in our feeds.
pub(crate) fn followed_uid(source_url: &str, publisher_uid: &str) -> String {
    let digest = Sha256::digest(format!("{source_url}\n{publisher_uid}").as_bytes());
    format!(
        "{}@follow.plancal",
        hex::encode(digest.get(..16).unwrap_or_default())
    )
}

/// Whether the feed's filters let the event through. A section filter names a section of
/// the organization's own plans, which no followed event is in.
fn passes(e: &EventDoc, filter: &FeedFilter) -> bool {
    if filter.section.is_some() {
        return false;
    }
    if filter.status.is_some_and(|s| s != e.status) {
        return false;
    }
    let (first, last) = match &e.when {
        Some(w) => (w.start(), w.end()),
        None => (None, None),
    };
    if let (Some(from), Some(last)) = (filter.from, last)
        && last < from
    {
        return false;
    }
    if let (Some(to), Some(first)) = (filter.to, first)
        && first > to
    {
        return false;
    }
    true
}

/// The followed calendars' events for a feed, as `audience` may see them (a partner with
/// private feeds shows nothing to the public).
pub(crate) fn followed_events(
    sources: Vec<SourceEvents>,
    filter: &FeedFilter,
    audience: Audience,
) -> Vec<FeedEvent> {
    followed_by_partner(sources, filter, audience)
        .into_iter()
        .map(|(_, e)| e)
        .collect()
}

/// The same events, each with the id of the partner whose calendar it comes from (the
/// organization's page colours and filters them by it).
pub(crate) fn followed_by_partner(
    sources: Vec<SourceEvents>,
    filter: &FeedFilter,
    audience: Audience,
) -> Vec<(i64, FeedEvent)> {
    let mut out = Vec::new();
    for s in sources {
        let privacy = OrgPrivacy {
            public_feeds: s.partner_public_feeds,
            public_names: s.partner_public_names,
        };
        if !audience.sees_org(privacy) {
            continue;
        }
        let tz = s.partner_timezone.parse().unwrap_or(chrono_tz::UTC);
        let plan_title = s
            .calendar_name
            .clone()
            .unwrap_or_else(|| s.partner_name.clone());
        for e in s.events.into_iter().filter(|e| passes(e, filter)) {
            let Some(calendar) = e.calendar else { continue };
            out.push((
                s.partner_id,
                FeedEvent {
                    uid: followed_uid(&s.url, &calendar.uid),
                    created: s.updated_at,
                    last_modified: s.updated_at,
                    title: e.title,
                    timing_text: e.timing,
                    when: e.when,
                    calendar: Some(calendar),
                    status: e.status,
                    tz,
                    location: e.location,
                    plan_title: plan_title.clone(),
                    notes: e.notes,
                    categories: vec![s.partner_name.clone()],
                    color: s.partner_color.clone(),
                    owner: s.partner_name.clone(),
                    locale: s.partner_locale.parse().ok(),
                    ..FeedEvent::default()
                },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_followed_event_has_one_uid_in_every_feed_and_none_of_the_publishers() {
        let a = followed_uid("https://a.example/cal.ics", "x@google.com");
        assert_eq!(a, followed_uid("https://a.example/cal.ics", "x@google.com"));
        assert_ne!(a, followed_uid("https://b.example/cal.ics", "x@google.com"));
        assert!(!a.contains("google"));
        assert!(a.ends_with("@follow.plancal"));
    }
}
