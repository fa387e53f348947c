use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::translit::transliterate;

/// A URL-safe identifier: lowercase ASCII letters, digits and single hyphens, 1..=64 long.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("slug {value:?} is invalid: {reason}")]
pub struct SlugError {
    pub value: String,
    pub reason: &'static str,
}

impl Slug {
    pub(crate) const MAX_LEN: usize = 64;

    /// A slug as given: lowercase latin letters and digits, words joined by single hyphens,
    /// at most 64 characters.
    ///
    /// # Errors
    ///
    /// `SlugError` saying which rule the value breaks.
    pub fn parse(value: &str) -> Result<Self, SlugError> {
        let err = |reason| SlugError {
            value: value.to_string(),
            reason,
        };
        if value.is_empty() {
            return Err(err("it is empty"));
        }
        if value.len() > Self::MAX_LEN {
            return Err(err("it is longer than 64 characters"));
        }
        if !value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(err(
                "use only lowercase latin letters, digits and hyphens (e.g. \"ramenki-school\")",
            ));
        }
        if value.starts_with('-') || value.ends_with('-') || value.contains("--") {
            return Err(err("hyphens must separate words"));
        }
        Ok(Slug(value.to_string()))
    }

    /// A slug made from a name in any script: "МУК «Рамешковская ЦБС»" → "muk-rameshkovskaya-cbs".
    pub(crate) fn from_name(name: &str) -> Slug {
        let latin = transliterate(name).to_ascii_lowercase();
        let mut out = String::with_capacity(latin.len());
        for c in latin.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        while out.len() > Self::MAX_LEN || out.ends_with('-') {
            if out.len() > Self::MAX_LEN {
                out.truncate(Self::MAX_LEN);
            }
            while out.ends_with('-') {
                out.pop();
            }
        }
        if out.is_empty() {
            out.push_str("org");
        }
        Slug(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How a stored row's slug is read (`store::columns`).
impl TryFrom<String> for Slug {
    type Error = SlugError;
    fn try_from(value: String) -> Result<Self, SlugError> {
        Slug::parse(&value)
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Serialize for Slug {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Slug {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Slug::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_slugs_parse_and_invalid_ones_say_why() {
        assert!(Slug::parse("ramenki-school").is_ok());
        assert!(Slug::parse("school-18").is_ok());
        assert!(Slug::parse("").is_err());
        assert!(Slug::parse("Ramenki").is_err());
        assert!(Slug::parse("-a").is_err());
        assert!(Slug::parse("a--b").is_err());
        assert!(Slug::parse(&"a".repeat(65)).is_err());
    }

    #[test]
    fn names_in_any_script_become_slugs() {
        assert_eq!(
            Slug::from_name("МУК «Рамешковская ЦБС»").as_str(),
            "muk-rameshkovskaya-cbs"
        );
        assert_eq!(
            Slug::from_name("Trường THCS Trường Thịnh").as_str(),
            "truong-thcs-truong-thinh"
        );
        assert_eq!(Slug::from_name("«»").as_str(), "org");
        assert!(Slug::parse(Slug::from_name(&"Ж".repeat(100)).as_str()).is_ok());
    }
}
