//! Who may see what: the one place that decides whether an organization's plans and the
//! personal names in them are shown. Every reader — the REST API, feeds, pages, exports —
//! asks here instead of reading `public_feeds` / `public_names` itself, so a new reader
//! cannot forget a flag.
//!
//! The rules:
//! - An organization with `public_feeds = false` shows nothing (its plans, events, people)
//!   to anyone without a token; to an admin or through a private feed token it shows all.
//! - Personal names (the people list and the raw "responsible" text, which names people
//!   as written) are shown only where the owner has `public_feeds` and `public_names`, or
//!   to an admin / a private feed token. Roles still say who is responsible.

use super::EventDoc;

/// Who is asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Audience {
    /// No token: the public.
    Public,
    /// An admin token, or a private feed token that names this feed.
    Trusted,
}

/// The owner organization's flags, as far as privacy goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct OrgPrivacy {
    pub public_feeds: bool,
    pub public_names: bool,
}

impl Audience {
    pub(crate) fn trusted(self) -> bool {
        self == Audience::Trusted
    }

    /// May this audience see the organization's plans and events at all?
    pub(crate) fn sees_org(self, owner: OrgPrivacy) -> bool {
        self.trusted() || owner.public_feeds
    }

    /// May this audience see the personal names in the organization's plans?
    pub(crate) fn sees_names(self, owner: OrgPrivacy) -> bool {
        self.trusted() || (owner.public_feeds && owner.public_names)
    }

    /// The event as this audience may see it: names removed where they are not allowed.
    pub(crate) fn redact_event(self, owner: OrgPrivacy, e: &mut EventDoc) {
        if !self.sees_names(owner) {
            hide_names(e);
        }
    }
}

/// What merging an organization with `from`'s flags into one with `into`'s would show to
/// everyone that `from` kept private. A merge takes the flags of the organization it goes
/// into, so a private partner merged into a public school would publish without a word: the
/// API and the admin page ask for an explicit yes when this is not `nothing()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MergePublishes {
    /// Its plans and events (it had private feeds).
    pub(crate) events: bool,
    /// The names of its people.
    pub(crate) names: bool,
}

impl MergePublishes {
    pub(crate) fn of(from: OrgPrivacy, into: OrgPrivacy) -> Self {
        MergePublishes {
            events: !from.public_feeds && into.public_feeds,
            names: !(from.public_feeds && from.public_names)
                && into.public_feeds
                && into.public_names,
        }
    }

    pub(crate) fn nothing(self) -> bool {
        !self.events && !self.names
    }

    /// The same, for two organizations as stored.
    pub(crate) fn between(from: &super::Organization, into: &super::Organization) -> Self {
        let flags = |o: &super::Organization| OrgPrivacy {
            public_feeds: o.public_feeds,
            public_names: o.public_names,
        };
        Self::of(flags(from), flags(into))
    }
}

/// Removes every personal name from an event: the people and the responsible cell (which
/// names them as written); roles stay.
pub(crate) fn hide_names(e: &mut EventDoc) {
    e.people.clear();
    e.responsible.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRIVATE: OrgPrivacy = OrgPrivacy {
        public_feeds: false,
        public_names: true,
    };
    const NO_NAMES: OrgPrivacy = OrgPrivacy {
        public_feeds: true,
        public_names: false,
    };
    const OPEN: OrgPrivacy = OrgPrivacy {
        public_feeds: true,
        public_names: true,
    };

    fn event() -> EventDoc {
        serde_json::from_value(serde_json::json!({
            "title": "Квиз",
            "timing": "ноябрь",
            "responsible": "Труханова С.С., организатор",
            "roles": ["organizer"],
            "people": [{"name": "Труханова С.С.", "id": 1}],
        }))
        .expect("an event document")
    }

    #[test]
    fn a_private_organization_shows_nothing_to_the_public_and_all_to_a_token() {
        assert!(!Audience::Public.sees_org(PRIVATE));
        assert!(
            !Audience::Public.sees_names(PRIVATE),
            "public_names alone opens nothing"
        );
        assert!(Audience::Trusted.sees_org(PRIVATE));
        assert!(Audience::Trusted.sees_names(PRIVATE));
    }

    #[test]
    fn names_are_shown_only_where_the_owner_allows() {
        assert!(Audience::Public.sees_org(NO_NAMES));
        assert!(!Audience::Public.sees_names(NO_NAMES));
        assert!(Audience::Public.sees_names(OPEN));
        assert!(Audience::Trusted.sees_names(NO_NAMES));
    }

    #[test]
    fn redacting_removes_people_and_the_responsible_text_but_keeps_roles() {
        let mut e = event();
        Audience::Public.redact_event(NO_NAMES, &mut e);
        assert!(e.people.is_empty() && e.responsible.is_empty());
        assert_eq!(e.roles, vec!["organizer".to_string()]);
        let mut e = event();
        Audience::Public.redact_event(OPEN, &mut e);
        assert_eq!(e.people.len(), 1);
        let mut e = event();
        Audience::Trusted.redact_event(NO_NAMES, &mut e);
        assert_eq!(e.responsible, "Труханова С.С., организатор");
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;

    fn flags(public_feeds: bool, public_names: bool) -> OrgPrivacy {
        OrgPrivacy {
            public_feeds,
            public_names,
        }
    }

    #[test]
    fn a_merge_publishes_what_only_the_organization_it_goes_into_shows() {
        let private = flags(false, false);
        let public = flags(true, false);
        let open = flags(true, true);
        assert_eq!(
            MergePublishes::of(private, open),
            MergePublishes {
                events: true,
                names: true
            }
        );
        assert_eq!(
            MergePublishes::of(private, public),
            MergePublishes {
                events: true,
                names: false
            }
        );
        // Names a private organization listed were never public, whatever its name flag.
        assert!(MergePublishes::of(flags(false, true), open).names);
        assert!(MergePublishes::of(public, open).names);
        assert!(MergePublishes::of(open, public).nothing());
        assert!(MergePublishes::of(public, private).nothing());
    }
}
