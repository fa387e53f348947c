//! Layered settings: `config/default.toml` (built into the binary) < `--config FILE` <
//! `PLANCAL_*` environment variables < command-line flags. Unknown keys fail loudly at
//! start-up, so a typo never silently falls back to a default.

use std::collections::HashMap;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use ipnet::IpNet;
use serde::{Deserialize, Deserializer};

use crate::ics::FuzzyMode;

const DEFAULTS: &str = include_str!("../config/default.toml");

/// Environment variables with our prefix that are not settings (they configure tests).
const NOT_SETTINGS: &[&str] = &["PLANCAL_TEST_"];

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub listen: SocketAddr,
    pub database_url: String,
    pub public_url: String,
    pub admin_token: Secret,
    /// Reverse proxies in front of this server, whose X-Forwarded-For names the client.
    pub trusted_proxies: TrustedProxies,
    pub log_format: LogFormat,
    pub max_connections: u32,
    /// LibreOffice's program, which turns uploaded .doc, .rtf, .odt and .xls plans into
    /// files the importer reads; empty: `soffice` or `libreoffice` on the PATH.
    pub soffice: String,
    pub limits: LimitSettings,
    pub feeds: FeedSettings,
    pub sources: SourceSettings,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitSettings {
    pub json_bytes: usize,
    pub upload_bytes: usize,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedSettings {
    pub refresh_minutes: u32,
    pub cancelled_days: u32,
    #[serde(deserialize_with = "fuzzy_mode")]
    pub fuzzy: FuzzyMode,
}

fn fuzzy_mode<'de, D: Deserializer<'de>>(d: D) -> Result<FuzzyMode, D::Error> {
    let text = String::deserialize(d)?;
    FuzzyMode::parse(&text).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "feeds.fuzzy {text:?} must be auto, span, start or skip"
        ))
    })
}

/// A secret setting (the admin token): `Debug` and `Display` show `***`, never the value,
/// so it cannot leak through a log line or a panic. Hand-written rather than the `secrecy`
/// crate: the one thing needed is the redacted formatting, and this is a dozen lines.
#[derive(Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value, for comparing with what a client sent; never for printing.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() { "" } else { "***" })
    }
}

/// The reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` header is believed:
/// behind one, every request comes from the proxy's address, and a per-client rule (the web
/// login's limit on wrong tokens) would hold for all clients together. Written as one string,
/// "127.0.0.1, 10.0.0.0/8", so an environment variable can carry it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

/// An item of `trusted_proxies` that is neither an address nor a range.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("trusted_proxies: {0:?} is not an IP address or CIDR range")]
pub struct BadProxy(String);

impl TrustedProxies {
    /// Parses "ADDR[/PREFIX], …" (commas or spaces between).
    ///
    /// # Errors
    ///
    /// `BadProxy` naming the first item that is no address or range.
    pub fn parse(text: &str) -> Result<Self, BadProxy> {
        text.split([',', ' ', '\t'])
            .filter(|item| !item.is_empty())
            .map(|item| {
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| BadProxy(item.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client a request comes from: its peer, unless the peer is a trusted proxy; then
    /// the nearest address in `X-Forwarded-For` (read from the right, as each proxy appends
    /// the one it saw) that is not a trusted proxy itself. A client can write anything at
    /// the left end of the header, so nothing left of the first untrusted address counts.
    pub fn client(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        if !self.contains(peer) {
            return peer;
        }
        let hops = forwarded_for.unwrap_or("").rsplit(',').map(str::trim);
        let mut client = peer;
        for hop in hops {
            let Some(ip) = hop_address(hop) else {
                break;
            };
            client = ip;
            if !self.contains(ip) {
                break;
            }
        }
        client
    }
}

/// The address of one X-Forwarded-For hop: "1.2.3.4", "2001:db8::1", or with the port some
/// proxies add ("1.2.3.4:5678", "[2001:db8::1]:443", "[2001:db8::1]"). A hop read wrong would
/// make every client behind the proxy one client.
fn hop_address(hop: &str) -> Option<IpAddr> {
    if let Ok(ip) = hop.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(socket) = hop.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    hop.strip_prefix('[')?.strip_suffix(']')?.parse().ok()
}

impl<'de> Deserialize<'de> for TrustedProxies {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        TrustedProxies::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The shortest configured admin token accepted: a guessable one ("a", "admin") would
/// open every write to whoever tries it.
pub const MIN_ADMIN_TOKEN_CHARS: usize = 24;

/// Why the settings could not be read; the message names the setting at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("config file {} does not exist", .0.display())]
    MissingFile(PathBuf),
    #[error("flag {key}: {source}")]
    Flag {
        key: &'static str,
        source: config::ConfigError,
    },
    #[error("configuration: {0}")]
    Invalid(#[from] config::ConfigError),
    /// Holds the URL with its password redacted.
    #[error("database_url {0:?} must start with sqlite:// or postgres://")]
    DatabaseUrl(String),
    #[error("limits must be above zero")]
    ZeroLimit,
    #[error(
        "admin_token (PLANCAL_ADMIN_TOKEN) is {0} characters long; it must have at least \
         {MIN_ADMIN_TOKEN_CHARS} (a random one: `openssl rand -hex 32`), or be empty and \
         tokens made with `plancal token create`"
    )]
    WeakAdminToken(usize),
    #[error("sources.refresh_minutes must be from 5 to 10080")]
    SourceRefresh,
    #[error(
        "sources.max_bytes, sources.timeout_seconds and sources.poll_seconds must be above zero"
    )]
    ZeroSourceLimit,
}

/// Partners' calendars organizations follow (`src/sources`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSettings {
    /// The interval of a source whose request names none (minutes).
    pub refresh_minutes: u32,
    /// Largest calendar fetched (bytes, as sent: no compression is asked for).
    pub max_bytes: u64,
    /// One fetch, from connecting to the last byte (seconds).
    pub timeout_seconds: u64,
    pub max_redirects: u32,
    /// Fetch from loopback, private and link-local addresses too.
    pub allow_private: bool,
    /// How often the follower looks for due sources (seconds).
    pub poll_seconds: u64,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// Secrets stay out of logs and panics.
impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("listen", &self.listen)
            .field("database_url", &redact_url(&self.database_url))
            .field("public_url", &self.public_url)
            .field("admin_token", &self.admin_token)
            .field("log_format", &self.log_format)
            .field("max_connections", &self.max_connections)
            .field("soffice", &self.soffice)
            .field("limits", &self.limits)
            .field("feeds", &self.feeds)
            .field("sources", &self.sources)
            .finish()
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme + 3],
                    &creds[..colon],
                    &url[at..]
                ),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Values given on the command line, the last layer.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub listen: Option<SocketAddr>,
    pub database_url: Option<String>,
}

impl Settings {
    /// Reads every layer; `env` is the process environment (a parameter so tests can pass
    /// their own).
    ///
    /// # Errors
    ///
    /// `ConfigError` naming what is wrong: a missing file, an unknown key, a value of the wrong
    /// type, a database URL of another kind, a limit of zero, a refresh interval out of range.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
        overrides: &Overrides,
    ) -> Result<Settings, ConfigError> {
        let mut builder = config::Config::builder()
            .add_source(config::File::from_str(DEFAULTS, config::FileFormat::Toml));
        if let Some(path) = file {
            if !path.exists() {
                return Err(ConfigError::MissingFile(path.to_path_buf()));
            }
            builder = builder.add_source(config::File::from(path).format(config::FileFormat::Toml));
        }
        let ours: HashMap<String, String> = env
            .into_iter()
            .filter(|(k, _)| k.starts_with("PLANCAL_"))
            .filter(|(k, _)| !NOT_SETTINGS.iter().any(|p| k.starts_with(p)))
            .collect();
        builder = builder.add_source(
            config::Environment::with_prefix("PLANCAL")
                .prefix_separator("_")
                .separator("__")
                .try_parsing(true)
                .source(Some(ours.into_iter().collect())),
        );
        let set = |b: config::ConfigBuilder<config::builder::DefaultState>,
                   key: &'static str,
                   v: Option<String>| {
            b.set_override_option(key, v)
                .map_err(|source| ConfigError::Flag { key, source })
        };
        builder = set(builder, "listen", overrides.listen.map(|a| a.to_string()))?;
        builder = set(builder, "database_url", overrides.database_url.clone())?;
        let mut settings: Settings = builder.build()?.try_deserialize()?;
        if settings.public_url.trim().is_empty() {
            settings.public_url = public_url_for(settings.listen);
        }
        settings.check()?;
        Ok(settings)
    }

    fn check(&self) -> Result<(), ConfigError> {
        let token_chars = self.admin_token.expose().chars().count();
        if token_chars > 0 && token_chars < MIN_ADMIN_TOKEN_CHARS {
            return Err(ConfigError::WeakAdminToken(token_chars));
        }
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError::DatabaseUrl(redact_url(&self.database_url)));
        }
        if self.limits.json_bytes == 0 || self.limits.upload_bytes == 0 {
            return Err(ConfigError::ZeroLimit);
        }
        if !(5..=10_080).contains(&self.sources.refresh_minutes) {
            return Err(ConfigError::SourceRefresh);
        }
        if self.sources.max_bytes == 0
            || self.sources.timeout_seconds == 0
            || self.sources.poll_seconds == 0
        {
            return Err(ConfigError::ZeroSourceLimit);
        }
        Ok(())
    }
}

/// The address links use when `public_url` is not set: the listen address over http, with a
/// wildcard host (0.0.0.0, [::]) read as this machine.
pub(crate) fn public_url_for(listen: SocketAddr) -> String {
    let mut host = listen;
    if listen.ip().is_unspecified() {
        host.set_ip(match listen {
            SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    format!("http://{host}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn trusted_proxies_are_addresses_and_ranges_and_a_bad_one_is_named() {
        let proxies = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8 ::1").unwrap_or_default();
        assert!(proxies.contains(ip("127.0.0.1")) && proxies.contains(ip("10.20.30.40")));
        assert!(proxies.contains(ip("::1")) && proxies.contains(ip("::ffff:10.0.0.9")));
        assert!(!proxies.contains(ip("192.168.1.1")));
        assert_eq!(TrustedProxies::parse(""), Ok(TrustedProxies::default()));
        let bad = TrustedProxies::parse("10.0.0.0/8, proxy.local");
        assert_eq!(bad, Err(BadProxy("proxy.local".into())));
    }

    #[test]
    fn the_client_is_the_nearest_untrusted_address_and_only_a_trusted_peer_is_believed() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap_or_default();
        let via = |peer: &str, header: Option<&str>| proxies.client(ip(peer), header);
        // Not a proxy: whatever it writes is ignored.
        assert_eq!(via("203.0.113.9", Some("198.51.100.1")), ip("203.0.113.9"));
        // A proxy: the address it saw.
        assert_eq!(via("10.0.0.2", Some("198.51.100.1")), ip("198.51.100.1"));
        // Two proxies; a client that wrote its own header cannot pick its address.
        let chain = Some("1.2.3.4, 198.51.100.1, 10.0.0.7");
        assert_eq!(via("10.0.0.2", chain), ip("198.51.100.1"));
        // A proxy that says nothing (or nonsense) leaves the proxy as the client.
        assert_eq!(via("10.0.0.2", None), ip("10.0.0.2"));
        assert_eq!(via("10.0.0.2", Some("unknown")), ip("10.0.0.2"));
        // No proxies configured: the peer, always.
        let none = TrustedProxies::default();
        assert_eq!(
            none.client(ip("10.0.0.2"), Some("198.51.100.1")),
            ip("10.0.0.2")
        );
    }

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_hop_with_a_port_is_its_address() {
        let proxies = TrustedProxies::parse("10.0.0.1").unwrap();
        let proxy = ip("10.0.0.1");
        for (header, client) in [
            ("1.2.3.4:5678", "1.2.3.4"),
            ("[2001:db8::1]:443", "2001:db8::1"),
            ("[2001:db8::1]", "2001:db8::1"),
            ("198.51.100.3:1, 1.2.3.4:5678", "1.2.3.4"),
        ] {
            assert_eq!(proxies.client(proxy, Some(header)), ip(client), "{header}");
        }
        // What is no address at all stops the walk at the proxy.
        assert_eq!(proxies.client(proxy, Some("[2001:db8::1")), proxy);
    }

    #[test]
    fn defaults_give_sqlite_on_localhost_8080() {
        let s = Settings::load(None, env(&[]), &Overrides::default()).unwrap();
        assert_eq!(s.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(s.feeds.fuzzy, FuzzyMode::Auto);
        assert_eq!(s.database_url, "sqlite://data/plancal.db");
        assert_eq!(s.limits.json_bytes, 2 * 1024 * 1024);
        assert_eq!(s.limits.upload_bytes, 20 * 1024 * 1024);
    }

    #[test]
    fn env_overrides_file_and_flags_override_env() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.toml");
        std::fs::write(&file, "listen = \"0.0.0.0:1\"\n[limits]\njson_bytes = 10\n").unwrap();
        let e = env(&[
            ("PLANCAL_LISTEN", "127.0.0.1:2"),
            ("PLANCAL_TEST_POSTGRES_URL", "ignored"),
            ("PLANCAL_LIMITS__UPLOAD_BYTES", "99"),
        ]);
        let s = Settings::load(Some(&file), e.clone(), &Overrides::default()).unwrap();
        assert_eq!(s.listen.to_string(), "127.0.0.1:2");
        assert_eq!(s.limits.json_bytes, 10);
        assert_eq!(s.limits.upload_bytes, 99);
        let flags = Overrides {
            listen: Some(([127, 0, 0, 1], 3).into()),
            database_url: None,
        };
        let s = Settings::load(Some(&file), e.clone(), &flags).unwrap();
        assert_eq!(s.listen.to_string(), "127.0.0.1:3");
        assert_eq!(s.public_url, "http://127.0.0.1:3", "links follow --listen");
        let mut explicit = e;
        explicit.push((
            "PLANCAL_PUBLIC_URL".into(),
            "https://cal.example.org".into(),
        ));
        let s = Settings::load(Some(&file), explicit, &flags).unwrap();
        assert_eq!(s.public_url, "https://cal.example.org");
    }

    #[test]
    fn a_wildcard_listen_address_links_to_this_machine() {
        let at = |s: &str| public_url_for(s.parse().unwrap());
        assert_eq!(at("0.0.0.0:8080"), "http://127.0.0.1:8080");
        assert_eq!(at("[::]:80"), "http://[::1]:80");
        assert_eq!(at("10.0.0.5:8080"), "http://10.0.0.5:8080");
    }

    #[test]
    fn unknown_keys_and_bad_values_fail_loudly() {
        let err = Settings::load(None, env(&[("PLANCAL_LISTNE", "x")]), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("listne"), "{err}");
        let err = Settings::load(
            None,
            env(&[("PLANCAL_DATABASE_URL", "mysql://x")]),
            &Overrides::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("sqlite://"), "{err}");
        for (key, value, says) in [
            (
                "PLANCAL_FEEDS__FUZZY",
                "sometimes",
                "auto, span, start or skip",
            ),
            ("PLANCAL_LISTEN", "localhost", "listen"),
            (
                "PLANCAL_TRUSTED_PROXIES",
                "10.0.0.0/8, proxy.local",
                "\"proxy.local\"",
            ),
        ] {
            let err = Settings::load(None, env(&[(key, value)]), &Overrides::default())
                .unwrap_err()
                .to_string();
            assert!(err.contains(says), "{key}={value}: {err}");
        }
    }

    #[test]
    fn a_short_admin_token_is_refused_naming_the_setting_and_the_minimum() {
        for short in ["a", "admin", &"x".repeat(MIN_ADMIN_TOKEN_CHARS - 1)] {
            let err = Settings::load(
                None,
                env(&[("PLANCAL_ADMIN_TOKEN", short)]),
                &Overrides::default(),
            )
            .unwrap_err()
            .to_string();
            assert!(
                err.contains("admin_token") && err.contains("at least 24"),
                "{err}"
            );
            if short.len() > 5 {
                assert!(!err.contains(short), "the token is not printed: {err}");
            }
        }
        let long = "x".repeat(MIN_ADMIN_TOKEN_CHARS);
        let ok = Settings::load(
            None,
            env(&[("PLANCAL_ADMIN_TOKEN", &long)]),
            &Overrides::default(),
        )
        .unwrap();
        assert_eq!(ok.admin_token.expose(), long);
        // No configured token at all is fine (tokens from `plancal token create`).
        assert!(Settings::load(None, env(&[]), &Overrides::default()).is_ok());
    }

    #[test]
    fn secrets_are_not_printed() {
        let mut s = Settings::load(None, env(&[]), &Overrides::default()).unwrap();
        s.admin_token = Secret::new("topsecret");
        s.database_url = "postgres://u:pw@h/db".into();
        let shown = format!("{s:?} {} {:?}", s.admin_token, s.admin_token);
        assert!(
            !shown.contains("topsecret") && !shown.contains("pw@"),
            "{shown}"
        );
    }
}
