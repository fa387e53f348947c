//! Layered settings: `config/default.toml` (built into the binary) < `--config FILE` <
//! `PLANCAL_*` environment variables < command-line flags. Unknown keys fail loudly at
//! start-up, so a typo never silently falls back to a default.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

const DEFAULTS: &str = include_str!("../config/default.toml");

/// Environment variables with our prefix that are not settings (they configure tests).
const NOT_SETTINGS: &[&str] = &["PLANCAL_TEST_"];

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub listen: String,
    pub database_url: String,
    pub public_url: String,
    pub admin_token: String,
    pub log_format: LogFormat,
    pub max_connections: u32,
    pub limits: LimitSettings,
    pub feeds: FeedSettings,
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
    pub fuzzy: String,
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
            .field(
                "admin_token",
                &if self.admin_token.is_empty() {
                    ""
                } else {
                    "***"
                },
            )
            .field("log_format", &self.log_format)
            .field("max_connections", &self.max_connections)
            .field("limits", &self.limits)
            .field("feeds", &self.feeds)
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
    pub listen: Option<String>,
    pub database_url: Option<String>,
}

impl Settings {
    /// Reads every layer; `env` is the process environment (a parameter so tests can pass
    /// their own).
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
        overrides: &Overrides,
    ) -> Result<Settings, String> {
        let mut builder = config::Config::builder()
            .add_source(config::File::from_str(DEFAULTS, config::FileFormat::Toml));
        if let Some(path) = file {
            if !path.exists() {
                return Err(format!("config file {} does not exist", path.display()));
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
                   key: &str,
                   v: &Option<String>| {
            b.set_override_option(key, v.clone())
                .map_err(|e| format!("flag {key}: {e}"))
        };
        builder = set(builder, "listen", &overrides.listen)?;
        builder = set(builder, "database_url", &overrides.database_url)?;
        let mut settings: Settings = builder
            .build()
            .and_then(|c| c.try_deserialize())
            .map_err(|e| format!("configuration: {e}"))?;
        if settings.public_url.trim().is_empty() {
            settings.public_url = public_url_for(&settings.listen);
        }
        settings.check()?;
        Ok(settings)
    }

    fn check(&self) -> Result<(), String> {
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return Err(format!(
                "database_url {:?} must start with sqlite:// or postgres://",
                redact_url(&self.database_url)
            ));
        }
        if !matches!(
            self.feeds.fuzzy.as_str(),
            "auto" | "span" | "start" | "skip"
        ) {
            return Err(format!(
                "feeds.fuzzy {:?} must be auto, span, start or skip",
                self.feeds.fuzzy
            ));
        }
        if self.limits.json_bytes == 0 || self.limits.upload_bytes == 0 {
            return Err("limits must be above zero".into());
        }
        Ok(())
    }
}

/// The address links use when `public_url` is not set: the listen address over http, with a
/// wildcard host (0.0.0.0, [::]) read as this machine.
pub fn public_url_for(listen: &str) -> String {
    let host_port = match listen.rsplit_once(':') {
        Some(("0.0.0.0", port)) => format!("127.0.0.1:{port}"),
        Some(("[::]", port)) => format!("[::1]:{port}"),
        _ => listen.to_string(),
    };
    format!("http://{host_port}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_give_sqlite_on_localhost_8080() {
        let s = Settings::load(None, env(&[]), &Overrides::default()).unwrap();
        assert_eq!(s.listen, "127.0.0.1:8080");
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
        assert_eq!(s.listen, "127.0.0.1:2");
        assert_eq!(s.limits.json_bytes, 10);
        assert_eq!(s.limits.upload_bytes, 99);
        let flags = Overrides {
            listen: Some("127.0.0.1:3".into()),
            database_url: None,
        };
        let s = Settings::load(Some(&file), e.clone(), &flags).unwrap();
        assert_eq!(s.listen, "127.0.0.1:3");
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
        assert_eq!(public_url_for("0.0.0.0:8080"), "http://127.0.0.1:8080");
        assert_eq!(public_url_for("[::]:80"), "http://[::1]:80");
        assert_eq!(public_url_for("10.0.0.5:8080"), "http://10.0.0.5:8080");
    }

    #[test]
    fn unknown_keys_and_bad_values_fail_loudly() {
        let err = Settings::load(None, env(&[("PLANCAL_LISTNE", "x")]), &Overrides::default())
            .unwrap_err();
        assert!(err.contains("listne"), "{err}");
        let err = Settings::load(
            None,
            env(&[("PLANCAL_DATABASE_URL", "mysql://x")]),
            &Overrides::default(),
        )
        .unwrap_err();
        assert!(err.contains("sqlite://"), "{err}");
    }

    #[test]
    fn secrets_are_not_printed() {
        let mut s = Settings::load(None, env(&[]), &Overrides::default()).unwrap();
        s.admin_token = "topsecret".into();
        s.database_url = "postgres://u:pw@h/db".into();
        let shown = format!("{s:?}");
        assert!(
            !shown.contains("topsecret") && !shown.contains("pw@"),
            "{shown}"
        );
    }
}
