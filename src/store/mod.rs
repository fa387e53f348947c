//! Storage: one `Store` API over SQLite (the embedded default) and PostgreSQL (several
//! instances), chosen by the database URL. All SQL lives in this module.
//!
//! SQL is written once with `$N` placeholders, which both backends accept, and run through
//! `on!`, which expands a body for each backend's connection type. (The `Any` driver is not
//! used: it cannot bind chrono types.) Every write goes through a `Tx`, one transaction per
//! request or import, which also bumps the data version that feed ETags derive from.

mod aliases;
mod events;
mod feeds;
mod orgs;
mod plans;
mod roles;
pub mod tokens;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{Connection, PgPool, Postgres, Sqlite, SqlitePool, Transaction};

pub use aliases::{MergeOutcome, OrgAlias};
pub use events::{EventFilter, EventPatch, EventRecord};
pub use feeds::{FeedEventRow, FeedFilter, FeedScope};
pub use orgs::OrganizationPatch;
pub use plans::{ImportOutcome, MergeMode, PlanSummary, SaveOutcome, fill_when};
pub use roles::{Person, Role};
pub use tokens::{TokenKind, TokenRecord};

/// What went wrong in storage, sorted by what the caller should tell its user.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0} not found")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    /// The input refers to something that cannot be; `field` is a JSON pointer.
    #[error("{message}")]
    Invalid { field: String, message: String },
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is unreadable: {0}")]
    Corrupt(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        StoreError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Maps unique-constraint violations to `Conflict` with a message a person can act on.
fn conflict_on_unique(e: sqlx::Error, message: impl FnOnce() -> String) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(message()),
        _ => StoreError::Db(e),
    }
}

#[derive(Clone, Debug)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Cheap to clone: a handle to a connection pool.
#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
}

/// A connection of either backend; the methods in this module's submodules run SQL on it.
pub enum Conn<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

/// Runs `$body` with `$c` bound to the backend's connection (`&mut &mut XConnection`; use
/// `&mut **$c` as the executor).
macro_rules! on {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::store::Conn::Sqlite($c) => $body,
            $crate::store::Conn::Postgres($c) => $body,
        }
    };
}
pub(crate) use on;

/// One transaction: everything a request or an import writes, or nothing.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub fn conn(&mut self) -> Conn<'_> {
        match self {
            Tx::Sqlite(t) => Conn::Sqlite(&mut *t),
            Tx::Postgres(t) => Conn::Postgres(&mut *t),
        }
    }

    /// Bumps the data version and commits.
    pub async fn commit(mut self) -> Result<()> {
        self.conn().bump_version().await?;
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    /// Commits without counting as a change (nothing feeds show was touched).
    pub async fn commit_unversioned(self) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

/// A pooled connection for reads.
pub enum Reader {
    Sqlite(PoolConnection<Sqlite>),
    Postgres(PoolConnection<Postgres>),
}

impl Reader {
    pub fn conn(&mut self) -> Conn<'_> {
        match self {
            Reader::Sqlite(c) => Conn::Sqlite(&mut *c),
            Reader::Postgres(c) => Conn::Postgres(&mut *c),
        }
    }
}

/// The feed-relevant state of the whole database: bumped by every committed write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct DataVersion {
    pub version: i64,
    pub changed_at: DateTime<Utc>,
}

/// Timestamps are stored to the microsecond, the finest both backends keep.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

impl Store {
    /// Connects; a SQLite file (and its folder) is created when missing, in WAL mode.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Store> {
        let pool = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)?;
            Pool::Postgres(
                PgPoolOptions::new()
                    .max_connections(max_connections.max(1))
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await?,
            )
        } else {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            if let Some(dir) = options.get_filename().parent()
                && !dir.as_os_str().is_empty()
                && !dir.exists()
            {
                std::fs::create_dir_all(dir).map_err(|e| {
                    StoreError::Db(sqlx::Error::Configuration(
                        format!("cannot create {}: {e}", dir.display()).into(),
                    ))
                })?;
            }
            Pool::Sqlite(
                SqlitePoolOptions::new()
                    .max_connections(max_connections.max(1))
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await?,
            )
        };
        Ok(Store { pool })
    }

    pub fn backend(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

    /// Applies the backend's migrations (migrations/sqlite or migrations/postgres) and
    /// brings the built-in role vocabulary up to date.
    pub async fn migrate(&self) -> Result<()> {
        match &self.pool {
            Pool::Sqlite(p) => sqlx::migrate!("./migrations/sqlite").run(p).await?,
            Pool::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await?,
        }
        let mut tx = self.begin().await?;
        tx.conn().sync_builtin_roles().await?;
        tx.conn().refresh_match_keys().await?;
        tx.commit_unversioned().await
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(match &self.pool {
            Pool::Sqlite(p) => Tx::Sqlite(p.begin().await?),
            Pool::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    pub async fn reader(&self) -> Result<Reader> {
        Ok(match &self.pool {
            Pool::Sqlite(p) => Reader::Sqlite(p.acquire().await?),
            Pool::Postgres(p) => Reader::Postgres(p.acquire().await?),
        })
    }

    /// Is the database reachable right now?
    pub async fn ping(&self) -> Result<()> {
        let mut r = self.reader().await?;
        on!(r.conn(), c => c.ping().await)?;
        Ok(())
    }

    pub async fn data_version(&self) -> Result<DataVersion> {
        let mut r = self.reader().await?;
        r.conn().data_version().await
    }

    pub async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}

impl Conn<'_> {
    pub async fn data_version(&mut self) -> Result<DataVersion> {
        const SQL: &str = "SELECT version, changed_at FROM data_version WHERE id = 1";
        Ok(on!(self, c => sqlx::query_as::<_, DataVersion>(SQL).fetch_one(&mut **c).await)?)
    }

    async fn bump_version(&mut self) -> Result<()> {
        const SQL: &str =
            "UPDATE data_version SET version = version + 1, changed_at = $1 WHERE id = 1";
        let at = now();
        on!(self, c => sqlx::query(SQL).bind(at).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }
}

/// True when `path` names a SQLite URL's file that exists (for CLI messages).
pub fn sqlite_file(url: &str) -> Option<&Path> {
    url.strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .map(|rest| Path::new(rest.split('?').next().unwrap_or(rest)))
}
