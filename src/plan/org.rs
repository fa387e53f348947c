use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Lang, Slug};

/// A name that is not an IANA time zone (holds the name as given).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an IANA time zone such as \"Europe/Moscow\"")]
pub struct UnknownTz(pub String);

/// An IANA time zone, parsed once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tz(pub chrono_tz::Tz);

impl Tz {
    /// An IANA name such as "Europe/Moscow".
    ///
    /// # Errors
    ///
    /// `UnknownTz` for any other name.
    pub fn parse(name: &str) -> Result<Self, UnknownTz> {
        name.parse::<chrono_tz::Tz>()
            .map(Tz)
            .map_err(|_| UnknownTz(name.to_string()))
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// Where plans in a language usually come from.
    pub fn default_for(lang: Lang) -> Self {
        match lang {
            Lang::Ru => Tz(chrono_tz::Europe::Moscow),
            Lang::Vi => Tz(chrono_tz::Asia::Ho_Chi_Minh),
            Lang::En => Tz(chrono_tz::UTC),
        }
    }
}

/// How a stored row's zone is read (`store::columns`): an unknown name is an error.
impl TryFrom<String> for Tz {
    type Error = UnknownTz;
    fn try_from(name: String) -> Result<Self, UnknownTz> {
        Tz::parse(&name)
    }
}

impl fmt::Display for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Tz {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Tz {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Tz::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    School,
    Library,
    Museum,
    Kindergarten,
    Association,
    #[default]
    Other,
}

impl OrgKind {
    pub(crate) const ALL: [OrgKind; 6] = [
        OrgKind::School,
        OrgKind::Library,
        OrgKind::Museum,
        OrgKind::Kindergarten,
        OrgKind::Association,
        OrgKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::School => "school",
            OrgKind::Library => "library",
            OrgKind::Museum => "museum",
            OrgKind::Kindergarten => "kindergarten",
            OrgKind::Association => "association",
            OrgKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// An organization as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: i64,
    pub slug: Slug,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: OrgKind,
    pub timezone: Tz,
    pub locale: Lang,
    /// Feeds readable without a token.
    pub public_feeds: bool,
    /// Personal names may appear in public feeds (otherwise only in private ones).
    pub public_names: bool,
    /// RFC 7986 COLOR for this organization's events in merged calendars.
    pub color: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Organization {
    /// The date where the organization is (its time zone) at `now`: "today" on its page, in
    /// its reports and their exports, never the server's date.
    pub fn today(&self, now: DateTime<Utc>) -> chrono::NaiveDate {
        now.with_timezone(&self.timezone.0).date_naive()
    }
}

/// An organization as a client sends it; absent fields take sensible defaults.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationInput {
    pub slug: Slug,
    pub name: String,
    #[serde(default)]
    pub short_name: Option<String>,
    #[serde(default)]
    pub kind: OrgKind,
    #[serde(default)]
    pub timezone: Option<Tz>,
    #[serde(default)]
    pub locale: Option<Lang>,
    #[serde(default)]
    pub public_feeds: Option<bool>,
    #[serde(default)]
    pub public_names: Option<bool>,
    #[serde(default)]
    pub color: Option<String>,
}

impl OrganizationInput {
    /// An organization plancal creates itself (a plan's owner, a partner it names): a slug,
    /// a name, a kind and a language; everything else at its default.
    pub fn named(slug: Slug, name: String, kind: OrgKind, locale: Option<Lang>) -> Self {
        OrganizationInput {
            slug,
            name,
            short_name: None,
            kind,
            timezone: None,
            locale,
            public_feeds: None,
            public_names: None,
            color: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_zone_reads_back_and_an_unknown_name_is_refused() {
        assert_eq!(
            Tz::try_from("Asia/Ho_Chi_Minh".to_string()),
            Ok(Tz(chrono_tz::Asia::Ho_Chi_Minh))
        );
        assert_eq!(
            Tz::try_from("Mars/Olympus".to_string()),
            Err(UnknownTz("Mars/Olympus".into()))
        );
    }
}
