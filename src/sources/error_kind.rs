//! What kind of failure a fetch of a followed calendar met, as a value the organization's
//! page can say in the reader's language (`web::i18n`), stored beside the English text as a
//! short stable code (`sources.last_error_kind`, also in the API): `http_status:503`,
//! `timeout:20`, `unreadable:12`, `host_not_found`.
//!
//! Pure (no I/O), like `policy`. A code this version does not know (a newer version wrote
//! it, or a hand edit) reads as None, and the page falls back to the stored text.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

/// Why a fetch failed. The parameters are what a sentence about it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchErrorKind {
    /// No complete answer within `sources.timeout_seconds`.
    Timeout {
        seconds: u64,
    },
    /// An answer that is neither a success, a 304 nor a redirect.
    HttpStatus {
        status: u16,
    },
    /// The body is larger than `sources.max_bytes`.
    TooLarge {
        limit: u64,
    },
    /// More redirects in a row than `sources.max_redirects`.
    TooManyRedirects {
        limit: u32,
    },
    /// A redirect the rules do not follow; `scheme` when its scheme is why (file, ftp,
    /// webcal), None for a missing Location or an address that does not parse.
    RedirectRefused {
        scheme: Option<String>,
    },
    /// The host is, or resolves only to, an address of the server's own network.
    AddressRefused {
        address: IpAddr,
    },
    HostNotFound,
    ConnectionFailed,
    /// Any other failure of the request itself.
    RequestFailed,
    /// The stored URL no longer passes the rules (they were tightened since it was added).
    BadUrl,
    /// The answer does not begin with BEGIN:VCALENDAR.
    NotCalendar,
    /// A damaged iCalendar file; the file's line when the reader names one.
    Unreadable {
        line: Option<usize>,
    },
    /// More events than the .ics reader takes.
    TooManyEvents {
        limit: usize,
    },
}

/// Longest scheme kept in a code: a redirect's Location is the partner's text.
const MAX_SCHEME_LEN: usize = 20;

impl FetchErrorKind {
    /// A refused redirect to `location`, naming its scheme when that is a plain scheme other
    /// than http(s), the usual reason (the Location is the partner's text: anything else is
    /// left out).
    pub fn redirect_refused(location: &str) -> FetchErrorKind {
        let scheme = location
            .trim()
            .split_once(':')
            .map(|(s, _)| s.to_ascii_lowercase())
            .filter(|s| valid_scheme(s) && s != "http" && s != "https");
        FetchErrorKind::RedirectRefused { scheme }
    }

    /// The stable code: a name, then `:` and the parameter when there is one.
    pub fn code(&self) -> String {
        self.to_string()
    }

    /// Reads a stored code; None for one this version does not know.
    pub fn from_code(code: &str) -> Option<FetchErrorKind> {
        let (name, param) = match code.split_once(':') {
            Some((name, param)) => (name, Some(param)),
            None => (code, None),
        };
        use FetchErrorKind as K;
        let kind = match (name, param) {
            ("timeout", p) => K::Timeout {
                seconds: number(p)?,
            },
            ("http_status", p) => K::HttpStatus { status: number(p)? },
            ("too_large", p) => K::TooLarge { limit: number(p)? },
            ("too_many_redirects", p) => K::TooManyRedirects { limit: number(p)? },
            ("redirect_refused", None) => K::RedirectRefused { scheme: None },
            ("redirect_refused", Some(s)) if valid_scheme(s) => K::RedirectRefused {
                scheme: Some(s.to_string()),
            },
            ("address_refused", p) => K::AddressRefused {
                address: number(p)?,
            },
            ("host_not_found", None) => K::HostNotFound,
            ("connection_failed", None) => K::ConnectionFailed,
            ("request_failed", None) => K::RequestFailed,
            ("bad_url", None) => K::BadUrl,
            ("not_calendar", None) => K::NotCalendar,
            ("unreadable", p) => K::Unreadable { line: number(p) },
            ("too_many_events", p) => K::TooManyEvents { limit: number(p)? },
            _ => return None,
        };
        // "unreadable:x" is not "unreadable".
        (kind.code() == code).then_some(kind)
    }
}

fn number<T: FromStr>(param: Option<&str>) -> Option<T> {
    param.and_then(|p| p.parse().ok())
}

fn valid_scheme(s: &str) -> bool {
    (1..=MAX_SCHEME_LEN).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '+' | '-' | '.'))
}

impl fmt::Display for FetchErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FetchErrorKind as K;
        match self {
            K::Timeout { seconds } => write!(f, "timeout:{seconds}"),
            K::HttpStatus { status } => write!(f, "http_status:{status}"),
            K::TooLarge { limit } => write!(f, "too_large:{limit}"),
            K::TooManyRedirects { limit } => write!(f, "too_many_redirects:{limit}"),
            K::RedirectRefused { scheme: None } => f.write_str("redirect_refused"),
            K::RedirectRefused { scheme: Some(s) } => write!(f, "redirect_refused:{s}"),
            K::AddressRefused { address } => write!(f, "address_refused:{address}"),
            K::HostNotFound => f.write_str("host_not_found"),
            K::ConnectionFailed => f.write_str("connection_failed"),
            K::RequestFailed => f.write_str("request_failed"),
            K::BadUrl => f.write_str("bad_url"),
            K::NotCalendar => f.write_str("not_calendar"),
            K::Unreadable { line: None } => f.write_str("unreadable"),
            K::Unreadable { line: Some(n) } => write!(f, "unreadable:{n}"),
            K::TooManyEvents { limit } => write!(f, "too_many_events:{limit}"),
        }
    }
}

/// One of each kind, with the code it is stored as (the codes are a contract: the
/// database and the API hold them).
#[cfg(test)]
pub(crate) fn every_kind() -> Vec<(FetchErrorKind, &'static str)> {
    use FetchErrorKind as K;
    vec![
        (K::Timeout { seconds: 20 }, "timeout:20"),
        (K::HttpStatus { status: 503 }, "http_status:503"),
        (K::TooLarge { limit: 1_048_576 }, "too_large:1048576"),
        (K::TooManyRedirects { limit: 5 }, "too_many_redirects:5"),
        (K::RedirectRefused { scheme: None }, "redirect_refused"),
        (
            K::RedirectRefused {
                scheme: Some("file".into()),
            },
            "redirect_refused:file",
        ),
        (
            K::AddressRefused {
                address: "127.0.0.1".parse().unwrap(),
            },
            "address_refused:127.0.0.1",
        ),
        (
            K::AddressRefused {
                address: "::1".parse().unwrap(),
            },
            "address_refused:::1",
        ),
        (K::HostNotFound, "host_not_found"),
        (K::ConnectionFailed, "connection_failed"),
        (K::RequestFailed, "request_failed"),
        (K::BadUrl, "bad_url"),
        (K::NotCalendar, "not_calendar"),
        (K::Unreadable { line: None }, "unreadable"),
        (K::Unreadable { line: Some(12) }, "unreadable:12"),
        (K::TooManyEvents { limit: 20_000 }, "too_many_events:20000"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_stable_code_and_reads_back() {
        for (kind, code) in every_kind() {
            assert_eq!(kind.code(), code);
            assert_eq!(FetchErrorKind::from_code(code), Some(kind), "{code}");
        }
    }

    #[test]
    fn unknown_or_malformed_codes_read_as_none() {
        for bad in [
            "",
            "teapot",
            "timeout",
            "timeout:",
            "timeout:soon",
            "http_status:70000",
            "host_not_found:1",
            "unreadable:",
            "unreadable:x",
            "address_refused:localhost",
            "redirect_refused:",
            "redirect_refused:FILE",
            "redirect_refused:a b",
            "HTTP_STATUS:503",
        ] {
            assert_eq!(FetchErrorKind::from_code(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_refused_redirect_names_only_a_plain_scheme_other_than_http() {
        let scheme = |location: &str| match FetchErrorKind::redirect_refused(location) {
            FetchErrorKind::RedirectRefused { scheme } => scheme,
            other => panic!("{other:?}"),
        };
        assert_eq!(scheme("file:///etc/passwd").as_deref(), Some("file"));
        assert_eq!(scheme(" WebCal://x.example/").as_deref(), Some("webcal"));
        assert_eq!(scheme("javascript:alert(1)").as_deref(), Some("javascript"));
        assert_eq!(scheme("http://a b/"), None, "http is not why");
        assert_eq!(scheme(""), None);
        assert_eq!(scheme("<script>:x"), None);
        assert_eq!(scheme(&format!("{}:x", "a".repeat(40))), None);
    }
}
