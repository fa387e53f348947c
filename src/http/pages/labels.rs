//! What the pages call things, shared by the organization, event, report and subscribe
//! pages: a role's label in the page's language, and a feed's links as the subscribe panel
//! takes them. It sits below those handlers so none of them imports another for a name.

use crate::feeds::SubscribeLinks;
use crate::plan::Lang;
use crate::store::Role;
use crate::web::subscribe::FeedLinks;

/// A role's label in `lang` (a role found only in plans keeps its slug).
pub(super) fn role_label(roles: &[Role], slug: &str, lang: Lang) -> String {
    roles
        .iter()
        .find(|r| r.slug == slug)
        .map(|r| r.label(lang).to_string())
        .filter(|l| !l.is_empty())
        .or_else(|| crate::plan::roles::find(slug).map(|d| d.label(lang).to_string()))
        .unwrap_or_else(|| slug.to_string())
}

/// A feed's links as `web::subscribe`'s panel takes them (the panel is pure and knows no
/// `feeds` type).
pub(super) fn feed_links(l: SubscribeLinks) -> FeedLinks {
    FeedLinks {
        name: l.name,
        url: l.url,
        webcal: l.webcal,
        google: l.google,
        outlook: l.outlook,
        outlook365: l.outlook365,
    }
}
