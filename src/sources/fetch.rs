//! One conditional GET of a partner's calendar, under `policy`'s rules: ETag/If-None-Match
//! and Last-Modified/If-Modified-Since, one overall timeout, a size limit on the body (no
//! compression is asked for), redirects followed by hand one hop at a time and each hop
//! checked again, and every address a host name resolves to checked before a connection is made (the
//! resolver hands ureq only the allowed ones, so a name that resolves to a private address
//! between the check and the connection cannot slip through).
//!
//! Blocking (ureq); the async side calls it in `spawn_blocking`. ureq was chosen over
//! reqwest: it was already in the lock file, adds no async stack beside actix's (reqwest
//! brings hyper, h2 and tower), and builds in seconds on the 2-core machine; rustls (with
//! the `ring` provider and webpki's roots) gives https without OpenSSL.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use ureq::config::Config;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

use super::error_kind::FetchErrorKind;
use super::policy::{SourceUrl, refused_address};

/// How a fetch may behave.
#[derive(Clone, Debug)]
pub struct FetchLimits {
    pub timeout: Duration,
    pub max_bytes: u64,
    pub max_redirects: u32,
    pub allow_private: bool,
}

/// What the previous good fetch said, for a conditional request.
#[derive(Clone, Debug, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

#[derive(Debug)]
pub enum Fetched {
    /// 304: the last good copy is still the calendar.
    NotModified,
    Body {
        bytes: Vec<u8>,
        validators: Validators,
    },
}

/// Why a fetch failed: its kind (what the page says, in the reader's language) and the
/// English details the API keeps showing as `last_error`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FetchError {
    pub kind: FetchErrorKind,
    pub message: String,
}

impl FetchError {
    pub fn new(kind: FetchErrorKind, message: impl Into<String>) -> FetchError {
        FetchError {
            kind,
            message: message.into(),
        }
    }
}

/// A refused address, carried from the resolver through ureq's I/O error so the fetch can
/// still tell its kind.
#[derive(Debug)]
struct Refused {
    addr: SocketAddr,
    why: &'static str,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the address {} is {}; the server does not fetch from its own network \
             (an operator may allow it with sources.allow_private)",
            self.addr.ip(),
            self.why
        )
    }
}

impl std::error::Error for Refused {}

impl From<&Refused> for FetchError {
    fn from(r: &Refused) -> FetchError {
        FetchError::new(
            FetchErrorKind::AddressRefused {
                address: r.addr.ip(),
            },
            r.to_string(),
        )
    }
}

/// The resolver ureq uses: the system's, with every refused address taken out.
#[derive(Debug)]
struct CheckedResolver {
    allow_private: bool,
}

impl Resolver for CheckedResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let all = DefaultResolver::default().resolve(uri, config, timeout)?;
        let mut kept = self.empty();
        let mut refused = None;
        for addr in all.iter().copied() {
            match refused_address(addr.ip(), self.allow_private) {
                None => kept.push(addr),
                Some(why) => refused = Some((addr, why)),
            }
        }
        match (kept.is_empty(), refused) {
            (true, Some((addr, why))) => Err(ureq::Error::Io(io::Error::new(
                io::ErrorKind::PermissionDenied,
                Refused { addr, why },
            ))),
            _ => Ok(kept),
        }
    }
}

fn agent(limits: &FetchLimits) -> ureq::Agent {
    let config = Config::builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(limits.timeout))
        // A proxy from the environment would resolve names where the check cannot see.
        .proxy(None)
        .user_agent(concat!(
            "plancal/",
            env!("CARGO_PKG_VERSION"),
            " (calendar follower)"
        ))
        .accept("text/calendar, */*;q=0.5")
        .build();
    ureq::Agent::with_parts(
        config,
        DefaultConnector::default(),
        CheckedResolver {
            allow_private: limits.allow_private,
        },
    )
}

/// Fetches `url` (blocking), following up to `limits.max_redirects` redirects.
///
/// # Errors
///
/// `FetchError` saying why nothing usable came back: an address that may not be fetched, a
/// failed connection or a timeout, an HTTP status other than success, a redirect or 304, too
/// many redirects, or a body over `limits.max_bytes`.
pub fn fetch(
    url: &SourceUrl,
    previous: &Validators,
    limits: &FetchLimits,
) -> Result<Fetched, FetchError> {
    let agent = agent(limits);
    let mut current = url.clone();
    for _hop in 0..=limits.max_redirects {
        // A literal address is checked here too (the resolver sees it as well; this gives
        // the clearer message before any connection).
        if let Some(ip) = current.literal_ip()
            && let Some(why) = refused_address(ip, limits.allow_private)
        {
            let addr = SocketAddr::new(ip, current.port());
            return Err(FetchError::from(&Refused { addr, why }));
        }
        let mut request = agent.get(current.to_string());
        if let Some(etag) = &previous.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(since) = &previous.last_modified {
            request = request.header("If-Modified-Since", since);
        }
        let mut response = request.call().map_err(|e| describe(&e, limits))?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        match status {
            304 => return Ok(Fetched::NotModified),
            301 | 302 | 303 | 307 | 308 => {
                let location = header("location").unwrap_or_default();
                current = current.follow(&location).map_err(|why| {
                    FetchError::new(FetchErrorKind::redirect_refused(&location), why.to_string())
                })?;
                continue;
            }
            200..=299 => {
                let validators = Validators {
                    etag: header("etag"),
                    last_modified: header("last-modified"),
                };
                if let Some(length) = header("content-length").and_then(|l| l.parse::<u64>().ok())
                    && length > limits.max_bytes
                {
                    return Err(too_large(limits));
                }
                let bytes = response
                    .body_mut()
                    .with_config()
                    .limit(limits.max_bytes)
                    .read_to_vec()
                    .map_err(|e| describe(&e, limits))?;
                return Ok(Fetched::Body { bytes, validators });
            }
            other => return Err(http_status(other)),
        }
    }
    Err(FetchError::new(
        FetchErrorKind::TooManyRedirects {
            limit: limits.max_redirects,
        },
        format!("more than {} redirects", limits.max_redirects),
    ))
}

fn http_status(status: u16) -> FetchError {
    let why = match status {
        404 | 410 => ": the calendar is not at this address (any more)",
        401 | 403 => ": the calendar is not public",
        500..=599 => ": the partner's server has a problem; the last good copy stays in use",
        _ => "",
    };
    FetchError::new(
        FetchErrorKind::HttpStatus { status },
        format!("the server answered HTTP {status}{why}"),
    )
}

fn too_large(limits: &FetchLimits) -> FetchError {
    FetchError::new(
        FetchErrorKind::TooLarge {
            limit: limits.max_bytes,
        },
        format!(
            "the calendar is larger than {} bytes (sources.max_bytes)",
            limits.max_bytes
        ),
    )
}

fn describe(e: &ureq::Error, limits: &FetchLimits) -> FetchError {
    use FetchErrorKind as K;
    match e {
        ureq::Error::BodyExceedsLimit(_) => too_large(limits),
        ureq::Error::Timeout(_) => {
            let seconds = limits.timeout.as_secs();
            FetchError::new(
                K::Timeout { seconds },
                format!("no complete answer within {seconds} s"),
            )
        }
        ureq::Error::HostNotFound => {
            FetchError::new(K::HostNotFound, "the host name does not resolve")
        }
        ureq::Error::Io(io) => match io.get_ref().and_then(|e| e.downcast_ref::<Refused>()) {
            Some(refused) => FetchError::from(refused),
            None => FetchError::new(K::ConnectionFailed, format!("the connection failed: {io}")),
        },
        other => FetchError::new(K::RequestFailed, format!("the request failed: {other}")),
    }
}
