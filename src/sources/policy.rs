//! What the server may fetch when it follows a partner's calendar: the rules for URLs,
//! addresses, redirects and retries, as pure functions (no I/O; `fetch` applies them).
//!
//! A source URL is anyone's input, so a URL must never make the server probe its own
//! network: only http and https (webcal:// is http, webcals:// https, as calendar apps read
//! them), no credentials in the URL, and every address the host name *resolves to* is
//! checked — loopback, private, link-local, shared (CGNAT), multicast, documentation and
//! unspecified ranges are refused unless the operator allows private addresses
//! (`sources.allow_private`). Redirects are followed by `fetch` one hop at a time, each hop
//! checked again like the first URL, so a redirect can neither change the scheme to
//! something else (file://, ftp://) nor lead to a refused address.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

/// Longest URL accepted.
pub(crate) const MAX_URL_LEN: usize = 2048;

/// Why a URL (a person's, or a redirect's target) may not be fetched: each message tells
/// the person what to change.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("the URL is empty")]
    Empty,
    #[error("the URL is longer than {MAX_URL_LEN} characters")]
    TooLong,
    #[error("the URL contains spaces or control characters")]
    Spaces,
    #[error("{0:?} is not a web address: it should begin with https://, http:// or webcal://")]
    NotWebAddress(String),
    #[error("the scheme {0}:// is not allowed: only http, https and webcal")]
    Scheme(String),
    #[error("the URL carries a user name or password; give the calendar's public address")]
    Credentials,
    #[error("an IPv6 address without its closing ]")]
    UnclosedIpv6,
    #[error("[{0}] is not an IPv6 address")]
    Ipv6(String),
    #[error("unexpected {0:?} after the address")]
    AfterAddress(String),
    #[error("the URL names no host")]
    NoHost,
    #[error("{0:?} is not a host name")]
    HostName(String),
    #[error("the port {0:?} is not a number from 1 to 65535")]
    Port(String),
    #[error("a redirect without a Location")]
    NoLocation,
    #[error("the server redirected to {location:?}: {why}")]
    Redirect {
        location: String,
        why: Box<UrlError>,
    },
    #[error("the server redirected to {0:?}: only http and https redirects are followed")]
    RedirectToWebcal(String),
}

/// A URL the server may fetch: http or https, a host, no credentials. Parsed once; past
/// here its parts are known good.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceUrl {
    https: bool,
    host: String,
    port: Option<u16>,
    /// Path and query, beginning with "/".
    rest: String,
}

impl SourceUrl {
    /// Reads a URL as a person pastes it (surrounding spaces, `webcal://`).
    ///
    /// # Errors
    ///
    /// A message for a person when the text is empty, too long or holds spaces, is not an http,
    /// https or webcal address, carries a user name or password, or names no host or a
    /// malformed one.
    pub fn parse(text: &str) -> Result<SourceUrl, UrlError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(UrlError::Empty);
        }
        if text.len() > MAX_URL_LEN {
            return Err(UrlError::TooLong);
        }
        if text.chars().any(|c| c.is_control() || c == ' ') {
            return Err(UrlError::Spaces);
        }
        let Some((scheme, after)) = text.split_once("://") else {
            return Err(UrlError::NotWebAddress(text.to_string()));
        };
        let https = match scheme.to_ascii_lowercase().as_str() {
            "https" | "webcals" => true,
            "http" | "webcal" => false,
            other => {
                return Err(UrlError::Scheme(other.to_string()));
            }
        };
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        let (authority, rest) = after.split_at(end);
        // The fragment never reaches the server.
        let rest = rest.split('#').next().unwrap_or("");
        if authority.contains('@') {
            return Err(UrlError::Credentials);
        }
        let (host, port) = split_host_port(authority)?;
        let rest = if rest.is_empty() {
            "/".to_string()
        } else if rest.starts_with('?') {
            format!("/{rest}")
        } else {
            rest.to_string()
        };
        Ok(SourceUrl {
            https,
            host,
            port,
            rest,
        })
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port to connect to.
    pub fn port(&self) -> u16 {
        self.port.unwrap_or(if self.https { 443 } else { 80 })
    }

    /// The host as an address, when it is written as one ("127.0.0.1", "[::1]").
    pub(crate) fn literal_ip(&self) -> Option<IpAddr> {
        self.host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
            .ok()
    }

    /// The same URL with the path and query hidden (they may hold a secret token, as
    /// Google's private addresses do): what the public sees.
    pub fn redacted(&self) -> String {
        let shown = if self.rest == "/" { "/" } else { "/…" };
        format!("{}{}", self.origin(), shown)
    }

    fn origin(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        match self.port {
            Some(port) => format!("{scheme}://{}:{port}", self.host),
            None => format!("{scheme}://{}", self.host),
        }
    }

    /// Where a redirect's `Location` leads from this URL (absolute, scheme-relative,
    /// absolute-path or relative), checked like a URL given by a person.
    ///
    /// # Errors
    ///
    /// A message for a person when the redirect has no target, or its target fails the checks
    /// of `parse`.
    pub fn follow(&self, location: &str) -> Result<SourceUrl, UrlError> {
        let location = location.trim();
        if location.is_empty() {
            return Err(UrlError::NoLocation);
        }
        if let Some(rest) = location.strip_prefix("//") {
            let scheme = if self.https { "https" } else { "http" };
            return SourceUrl::parse(&format!("{scheme}://{rest}"));
        }
        if location.contains("://") || has_scheme(location) {
            let parsed = SourceUrl::parse(location).map_err(|e| UrlError::Redirect {
                location: location.to_string(),
                why: Box::new(e),
            })?;
            if location.to_ascii_lowercase().starts_with("webcal") {
                return Err(UrlError::RedirectToWebcal(location.to_string()));
            }
            return Ok(parsed);
        }
        let rest = if location.starts_with('/') {
            location.to_string()
        } else {
            let path = self.rest.split('?').next().unwrap_or("/");
            let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
            format!("{dir}/{location}")
        };
        SourceUrl::parse(&format!("{}{rest}", self.origin()))
    }
}

impl fmt::Display for SourceUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.origin(), self.rest)
    }
}

/// "mailto:x", "file:/etc/passwd", "javascript:…": a scheme without "//".
fn has_scheme(text: &str) -> bool {
    match text.split_once(':') {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !scheme.contains('/')
        }
        None => false,
    }
}

fn split_host_port(authority: &str) -> Result<(String, Option<u16>), UrlError> {
    let bad_port = |p: &str| UrlError::Port(p.to_string());
    let (host, port) = if let Some(inner) = authority.strip_prefix('[') {
        let (v6, after) = inner.split_once(']').ok_or(UrlError::UnclosedIpv6)?;
        if v6.parse::<Ipv6Addr>().is_err() {
            return Err(UrlError::Ipv6(v6.to_string()));
        }
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p),
            None if after.is_empty() => None,
            None => return Err(UrlError::AfterAddress(after.to_string())),
        };
        (format!("[{v6}]"), port)
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), Some(p)),
            None => (authority.to_string(), None),
        }
    };
    let host = host.to_ascii_lowercase();
    let host = host.trim_end_matches('.').to_string();
    if host.is_empty() {
        return Err(UrlError::NoHost);
    }
    if !host.starts_with('[')
        && !host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'))
    {
        return Err(UrlError::HostName(host));
    }
    let port = match port {
        None => None,
        Some(p) => Some(
            p.parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(|| bad_port(p))?,
        ),
    };
    Ok((host, port))
}

/// Why an address may not be fetched from, or None when it may. `allow_private` (the
/// operator's choice, and the tests') lets every unicast address through.
pub(crate) fn refused_address(ip: IpAddr, allow_private: bool) -> Option<&'static str> {
    let ip = match ip {
        // ::ffff:127.0.0.1 is 127.0.0.1.
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    if ip.is_unspecified() {
        return Some("an unspecified address");
    }
    if ip.is_multicast() || ip == IpAddr::V4(Ipv4Addr::BROADCAST) {
        return Some("a multicast or broadcast address");
    }
    if allow_private {
        return None;
    }
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            if v4.is_loopback() {
                Some("a loopback address")
            } else if v4.is_private() {
                Some("a private network address")
            } else if v4.is_link_local() {
                Some("a link-local address")
            } else if a == 100 && (64..128).contains(&b) {
                Some("a shared (carrier-grade NAT) address")
            } else if a == 0 || a >= 240 {
                Some("a reserved address")
            } else if (a, b, c) == (192, 0, 2)
                || (a, b, c) == (198, 51, 100)
                || (a, b, c) == (203, 0, 113)
                || (a == 198 && (b == 18 || b == 19))
                || (a, b, c) == (192, 0, 0)
            {
                Some("a documentation, benchmarking or protocol address")
            } else {
                None
            }
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            if v6.is_loopback() {
                Some("a loopback address")
            } else if first & 0xfe00 == 0xfc00 {
                Some("a private network (unique local) address")
            } else if first & 0xffc0 == 0xfe80 {
                Some("a link-local address")
            } else if first == 0x2001 && v6.segments()[1] == 0x0db8 {
                Some("a documentation address")
            } else {
                // A form that carries an IPv4 address reaches that address (through a
                // translator or a tunnel): judge the one it carries.
                embedded_ipv4(v6)
                    .into_iter()
                    .find_map(|v4| refused_address(IpAddr::V4(v4), false))
                    .map(|_| "an IPv6 form of a refused IPv4 address")
            }
        }
    }
}

/// The IPv4 addresses an IPv6 address carries: IPv4-compatible (::a.b.c.d), 6to4
/// (2002::/16), Teredo (2001::/32: its server, and its client with the bits inverted), and
/// SIIT/NAT64 (64:ff9b::/96, and 64:ff9b:1::/48, whose prefix length is the operator's:
/// every RFC 6052 place an address can sit in is read). IPv4-mapped addresses are read as
/// IPv4 before this.
fn embedded_ipv4(v6: Ipv6Addr) -> Vec<Ipv4Addr> {
    let b = v6.octets();
    let at = |i: [usize; 4]| Ipv4Addr::new(b[i[0]], b[i[1]], b[i[2]], b[i[3]]);
    let s = v6.segments();
    if b[..12].iter().all(|x| *x == 0) {
        return vec![at([12, 13, 14, 15])];
    }
    match (s[0], s[1], s[2]) {
        (0x2002, _, _) => vec![at([2, 3, 4, 5])],
        (0x2001, 0x0000, _) => {
            let client = at([12, 13, 14, 15]);
            vec![at([4, 5, 6, 7]), Ipv4Addr::from(!u32::from(client))]
        }
        // RFC 6052 places for /48, /56, /64 and /96 (the octet at 8 is always zero).
        (0x0064, 0xff9b, 0x0001) => vec![
            at([6, 7, 9, 10]),
            at([7, 9, 10, 11]),
            at([9, 10, 11, 12]),
            at([12, 13, 14, 15]),
        ],
        (0x0064, 0xff9b, _) => vec![at([12, 13, 14, 15])],
        _ => Vec::new(),
    }
}

/// How long to wait before trying a source again after `failures` failures in a row:
/// 5 minutes doubling to at most a day, and never longer than a day.
pub(crate) fn retry_after(failures: u32) -> Duration {
    let minutes = 5u64.saturating_mul(1u64 << failures.saturating_sub(1).min(10));
    Duration::from_secs(minutes.min(24 * 60) * 60)
}

/// Refresh intervals a source may ask for, in minutes.
pub(crate) const REFRESH_MINUTES: std::ops::RangeInclusive<u32> = 5..=10_080;

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn webcal_is_http_and_only_web_schemes_are_accepted() {
        let u = SourceUrl::parse(" webcal://Calendar.Google.com/calendar/ical/x/public/basic.ics ")
            .unwrap();
        assert_eq!(
            u.to_string(),
            "http://calendar.google.com/calendar/ical/x/public/basic.ics"
        );
        assert!(
            SourceUrl::parse("webcals://a.example/x.ics")
                .unwrap()
                .to_string()
                .starts_with("https://")
        );
        for bad in [
            "file:///etc/passwd",
            "ftp://a.example/x.ics",
            "gopher://a.example/",
            "a.example/x.ics",
            "http://user:pw@a.example/x.ics",
            "http://",
            "http://a.example:0/",
            "http://a.example:99999/",
            "http://a b/",
            "http://[::1/",
        ] {
            assert!(SourceUrl::parse(bad).is_err(), "{bad}");
        }
        let v6 = SourceUrl::parse("http://[::1]:8080").unwrap();
        assert_eq!(v6.literal_ip(), Some(ip("::1")));
        assert_eq!(v6.port(), 8080);
        assert_eq!(v6.to_string(), "http://[::1]:8080/");
    }

    #[test]
    fn redirects_are_resolved_and_checked_like_the_first_url() {
        let base = SourceUrl::parse("https://a.example/cal/feed.ics?k=1").unwrap();
        assert_eq!(
            base.follow("other.ics").unwrap().to_string(),
            "https://a.example/cal/other.ics"
        );
        assert_eq!(
            base.follow("/x.ics").unwrap().to_string(),
            "https://a.example/x.ics"
        );
        assert_eq!(
            base.follow("//b.example/y.ics").unwrap().to_string(),
            "https://b.example/y.ics"
        );
        assert_eq!(
            base.follow("http://c.example/z").unwrap().to_string(),
            "http://c.example/z"
        );
        for bad in [
            "file:///etc/passwd",
            "file:/etc/passwd",
            "ftp://c.example/",
            "webcal://c.example/",
            "javascript:alert(1)",
            "",
        ] {
            assert!(base.follow(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_refused_url_says_what_to_change() {
        let base = SourceUrl::parse("https://a.example/").unwrap();
        assert_eq!(
            SourceUrl::parse("ftp://a.example/"),
            Err(UrlError::Scheme("ftp".into()))
        );
        assert_eq!(
            SourceUrl::parse("https://me:pw@a.example/"),
            Err(UrlError::Credentials)
        );
        assert_eq!(
            SourceUrl::parse("https://a.example:0/"),
            Err(UrlError::Port("0".into()))
        );
        let redirect = base.follow("ftp://b.example/x").unwrap_err();
        assert_eq!(
            redirect.to_string(),
            "the server redirected to \"ftp://b.example/x\": \
             the scheme ftp:// is not allowed: only http, https and webcal"
        );
        assert_eq!(
            base.follow("webcal://b.example/"),
            Err(UrlError::RedirectToWebcal("webcal://b.example/".into()))
        );
        assert_eq!(base.follow(" "), Err(UrlError::NoLocation));
    }

    #[test]
    fn the_servers_own_network_is_refused_unless_allowed() {
        for bad in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "192.0.2.1",
        ] {
            assert!(refused_address(ip(bad), false).is_some(), "{bad}");
        }
        for good in [
            "93.184.216.34",
            "2606:2800:220:1::1",
            "8.8.8.8",
            "64:ff9b::808:808",
        ] {
            assert_eq!(refused_address(ip(good), false), None, "{good}");
        }
        assert_eq!(refused_address(ip("127.0.0.1"), true), None);
        assert!(refused_address(ip("0.0.0.0"), true).is_some());
        assert!(refused_address(ip("224.0.0.1"), true).is_some());
    }

    /// The hostile-input issue: IPv4-compatible, 6to4, Teredo and SIIT forms of refused
    /// IPv4 addresses were fetched.
    #[test]
    fn every_ipv6_form_of_a_refused_ipv4_address_is_refused() {
        for bad in [
            // IPv4-compatible
            "::127.0.0.1",
            "::a9fe:a9fe",
            "::10.0.0.1",
            // IPv4-mapped
            "::ffff:169.254.169.254",
            // 6to4 of 127.0.0.1, 10.0.0.1, 192.168.0.1
            "2002:7f00:1::",
            "2002:a00:1::1",
            "2002:c0a8:1:0:0:0:0:1",
            // Teredo: a server of 10.0.0.1; a client of 127.0.0.1 (inverted: 80ff:fffe)
            "2001:0:a00:1::1",
            "2001:0:808:808:0:0:80ff:fffe",
            // SIIT / NAT64, well-known and local-use prefixes
            "64:ff9b::7f00:1",
            "64:ff9b::169.254.169.254",
            "64:ff9b:1::a00:1",
            "64:ff9b:1:a00:1::",
            "64:ff9b:1:0a:0:100::",
        ] {
            assert!(refused_address(ip(bad), false).is_some(), "{bad}");
        }
        for good in [
            "::8.8.8.8",
            "2002:808:808::1",
            "2001:0:808:808:0:0:f7f7:f7f7",
            "64:ff9b::8.8.8.8",
            "64:ff9b:1:808:8:800:808:808",
        ] {
            assert_eq!(refused_address(ip(good), false), None, "{good}");
        }
    }

    #[test]
    fn retries_back_off_from_five_minutes_to_a_day() {
        assert_eq!(retry_after(1), Duration::from_secs(300));
        assert_eq!(retry_after(2), Duration::from_secs(600));
        assert_eq!(retry_after(4), Duration::from_secs(2400));
        assert_eq!(retry_after(40), Duration::from_secs(86_400));
        assert_eq!(retry_after(0), Duration::from_secs(300));
    }

    #[test]
    fn the_public_sees_the_host_not_a_secret_path() {
        let u =
            SourceUrl::parse("https://calendar.google.com/calendar/ical/private-abc123/basic.ics")
                .unwrap();
        assert_eq!(u.redacted(), "https://calendar.google.com/…");
    }
}
