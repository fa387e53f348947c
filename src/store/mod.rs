//! Storage: one `Store` API over SQLite (the embedded default) and PostgreSQL (several
//! instances), chosen by the database URL. All SQL lives in this module.
//!
//! SQL is written once with `$N` placeholders, which both backends accept, and run through
//! `on!`, which expands a body for each backend's connection type. (The `Any` driver is not
//! used: it cannot bind chrono types.) Every write goes through a `Tx`, one transaction per
//! request or import. A write that changes what feeds show says so (`Conn::changed_feeds`),
//! and the transaction's commit then moves the data version that feed ETags and cached
//! lists derive from; no caller chooses it.
//!
//! Writes never fail because another write is running. SQLite allows one writer per file, so
//! the store lets one write transaction run at a time in this process (`WriteGate`), queues
//! the rest (up to `WRITE_QUEUE`, each for up to `WRITE_WAIT`) and starts each with
//! `BEGIN IMMEDIATE`, so a write from another process (the CLI) waits on the busy timeout
//! instead of failing when it upgrades. Reads never wait for writes (WAL). On PostgreSQL,
//! writes run in parallel; what two imports into one organization would race on is
//! serialised with a transaction-scoped advisory lock (`Conn::lock_org`), and rows created by
//! name (organizations, people, roles) are inserted with `ON CONFLICT DO NOTHING`.
//! A write that cannot get its turn in time is `StoreError::Busy` (503 with Retry-After):
//! refused before it started, never lost half-way.

mod aliases;
mod audience;
mod changes;
mod columns;
mod events;
mod feeds;
mod listing;
mod orgs;
mod outcomes;
mod pages;
mod plans;
mod roles;
mod sessions;
mod sources;
pub(crate) mod tokens;

use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{Connection, PgPool, Postgres, Sqlite, SqlitePool, Transaction};

pub(crate) use aliases::{MergeOutcome, OrgAlias};
pub use changes::ChangeFeed;
pub(crate) use changes::FileFingerprint;
pub use events::EventRecord;
pub use feeds::{FeedEventRow, FeedFilter, FeedScope};
pub use listing::ListedEvent;
pub(crate) use orgs::is_css_color;
pub use outcomes::OutcomeChange;
pub use plans::{ImportOutcome, SaveOutcome};
pub use roles::{Person, Role};
pub use sessions::Session;
pub(crate) use sessions::{PendingImport, credential_fingerprint, random_id};
pub use sources::Source;
pub(crate) use sources::{Failure, GoodCopy, SourceEvents, SourceFetchState};
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
    Db(sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is unreadable: {0}")]
    Corrupt(String),
    /// Too many writes are waiting, or the database did not hand out a connection in time;
    /// nothing was changed and the same request can be sent again later.
    #[error("{0}")]
    Busy(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A value the database holds that its column's type refuses (a row's status, token kind
/// or time zone that is no such thing) is stored data gone bad, not a database failure.
impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => {
                StoreError::Corrupt(e.to_string())
            }
            other => StoreError::Db(other),
        }
    }
}

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

/// How many writes may wait for SQLite's one writer before more are turned away (503).
pub(crate) const WRITE_QUEUE: usize = 256;
/// How long a write waits for its turn before it is turned away (503, nothing written).
pub(crate) const WRITE_WAIT: Duration = Duration::from_secs(60);
/// How long a request waits for a pooled connection before it is told to retry.
pub(crate) const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);
/// How long `/readyz` waits for its own connection and its query.
pub(crate) const PING_TIMEOUT: Duration = Duration::from_secs(2);

/// One writer at a time (SQLite), with a bounded queue of waiting writes.
#[derive(Debug)]
struct WriteGate {
    turn: Arc<tokio::sync::Semaphore>,
    waiting: AtomicUsize,
}

impl WriteGate {
    fn new() -> Self {
        WriteGate {
            turn: Arc::new(tokio::sync::Semaphore::new(1)),
            waiting: AtomicUsize::new(0),
        }
    }

    async fn enter(&self) -> Result<tokio::sync::OwnedSemaphorePermit> {
        if let Ok(permit) = Arc::clone(&self.turn).try_acquire_owned() {
            return Ok(permit);
        }
        if self.waiting.fetch_add(1, Ordering::AcqRel) >= WRITE_QUEUE {
            self.waiting.fetch_sub(1, Ordering::AcqRel);
            return Err(StoreError::Busy(format!(
                "{WRITE_QUEUE} writes are already waiting; nothing was changed, try again shortly"
            )));
        }
        let waited = tokio::time::timeout(WRITE_WAIT, Arc::clone(&self.turn).acquire_owned()).await;
        self.waiting.fetch_sub(1, Ordering::AcqRel);
        match waited {
            Ok(Ok(permit)) => Ok(permit),
            Ok(Err(_)) => Err(StoreError::Busy("the store is shutting down".into())),
            Err(_) => Err(StoreError::Busy(format!(
                "other writes kept the database busy for {} s; nothing was changed, try again",
                WRITE_WAIT.as_secs()
            ))),
        }
    }
}

/// Cheap to clone: a handle to a connection pool.
#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
    /// A separate single connection for `/readyz`, so health checks never queue behind
    /// user queries.
    health: Pool,
    gate: Arc<WriteGate>,
    /// The SQLite database file (its changes are seen without a query; see `changes`).
    sqlite_path: Option<std::path::PathBuf>,
    /// How many commits through this store moved the data version.
    versions_moved: Arc<AtomicU64>,
}

/// A connection of either backend; the methods in this module's submodules run SQL on it.
pub struct Conn<'c> {
    db: Db<'c>,
    /// Set by a write that changes what feeds show (`changed_feeds`); the transaction's
    /// commit moves the data version then.
    feeds_changed: &'c mut bool,
}

/// The backend's connection a `Conn` runs SQL on.
enum Db<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

/// Runs `$body` with `$c` bound to the backend's connection (`&mut &mut XConnection`; use
/// `&mut **$c` as the executor).
macro_rules! on {
    ($conn:expr, $c:ident => $body:expr) => {
        match &mut $conn.db {
            $crate::store::Db::Sqlite($c) => $body,
            $crate::store::Db::Postgres($c) => $body,
        }
    };
}
pub(crate) use on;

/// One transaction: everything a request or an import writes, or nothing. On SQLite it
/// holds the process's write turn until it is committed or dropped.
pub struct Tx {
    inner: TxInner,
    /// Whether a write changed what feeds show (`Conn::changed_feeds`).
    feeds_changed: bool,
    versions_moved: Arc<AtomicU64>,
    _turn: Option<tokio::sync::OwnedSemaphorePermit>,
}

enum TxInner {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub fn conn(&mut self) -> Conn<'_> {
        let db = match &mut self.inner {
            TxInner::Sqlite(t) => Db::Sqlite(&mut *t),
            TxInner::Postgres(t) => Db::Postgres(&mut *t),
        };
        Conn {
            db,
            feeds_changed: &mut self.feeds_changed,
        }
    }

    /// Commits. When a write changed what feeds show, the data version moves in the same
    /// commit, so feeds, their ETags and cached lists change then and only then (the same
    /// file imported twice moves nothing).
    ///
    /// # Errors
    ///
    /// A database error; nothing is committed.
    pub async fn commit(mut self) -> Result<()> {
        let moves = self.feeds_changed;
        if moves {
            self.conn().bump_version().await?;
        }
        match self.inner {
            TxInner::Sqlite(t) => t.commit().await?,
            TxInner::Postgres(t) => t.commit().await?,
        }
        if moves {
            self.versions_moved.fetch_add(1, Ordering::AcqRel);
        }
        Ok(())
    }
}

/// A pooled connection for reads.
pub struct Reader {
    inner: ReaderInner,
    /// Nothing read changes feeds; a `Conn` needs somewhere to say so all the same.
    feeds_changed: bool,
}

enum ReaderInner {
    Sqlite(PoolConnection<Sqlite>),
    Postgres(PoolConnection<Postgres>),
}

impl Reader {
    pub fn conn(&mut self) -> Conn<'_> {
        let db = match &mut self.inner {
            ReaderInner::Sqlite(c) => Db::Sqlite(&mut *c),
            ReaderInner::Postgres(c) => Db::Postgres(&mut *c),
        };
        Conn {
            db,
            feeds_changed: &mut self.feeds_changed,
        }
    }
}

/// The feed-relevant state of the whole database: bumped by every committed write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::FromRow)]
pub(crate) struct DataVersion {
    pub version: i64,
    pub changed_at: DateTime<Utc>,
}

/// Timestamps are stored to the microsecond, the finest both backends keep.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

impl Store {
    /// Connects; a SQLite file (and its folder) is created when missing, in WAL mode.
    ///
    /// # Errors
    ///
    /// The database cannot be reached or opened (bad URL, no server, a file that cannot be
    /// created).
    pub async fn connect(url: &str, max_connections: u32) -> Result<Store> {
        let mut sqlite_path = None;
        let (pool, health) = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)?;
            let health = PgPoolOptions::new()
                .max_connections(1)
                .min_connections(0)
                .acquire_timeout(PING_TIMEOUT)
                .connect_lazy_with(options.clone());
            (
                Pool::Postgres(
                    PgPoolOptions::new()
                        .max_connections(max_connections.max(1))
                        .acquire_timeout(ACQUIRE_TIMEOUT)
                        .connect_with(options)
                        .await?,
                ),
                Pool::Postgres(health),
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
            sqlite_path = Some(options.get_filename().to_path_buf());
            let health = SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(0)
                .acquire_timeout(PING_TIMEOUT)
                .connect_lazy_with(options.clone());
            (
                Pool::Sqlite(
                    SqlitePoolOptions::new()
                        // The writer takes one; the others read in parallel (WAL).
                        .max_connections(max_connections.max(2))
                        .acquire_timeout(ACQUIRE_TIMEOUT)
                        .connect_with(options)
                        .await?,
                ),
                Pool::Sqlite(health),
            )
        };
        Ok(Store {
            pool,
            health,
            gate: Arc::new(WriteGate::new()),
            sqlite_path,
            versions_moved: Arc::default(),
        })
    }

    pub fn backend(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

    /// Applies the backend's migrations (migrations/sqlite or migrations/postgres) and
    /// brings the built-in role vocabulary up to date.
    ///
    /// # Errors
    ///
    /// `StoreError::Migrate` when a migration fails or the database holds one plancal does not
    /// know; a database error.
    pub async fn migrate(&self) -> Result<()> {
        match &self.pool {
            Pool::Sqlite(p) => sqlx::migrate!("./migrations/sqlite").run(p).await?,
            Pool::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await?,
        }
        let mut tx = self.begin().await?;
        tx.conn().sync_builtin_roles().await?;
        tx.conn().refresh_match_keys().await?;
        tx.commit().await
    }

    /// A write transaction. On SQLite it first waits for the process's one write turn
    /// (bounded queue), then begins IMMEDIATE so the file's write lock is taken up front.
    ///
    /// # Errors
    ///
    /// `StoreError::Busy` when too many writes are waiting or no connection came in time; a
    /// database error.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match &self.pool {
            Pool::Sqlite(p) => {
                let turn = self.gate.enter().await?;
                let t = p
                    .begin_with("BEGIN IMMEDIATE")
                    .await
                    .map_err(busy_on_timeout)?;
                self.tx(TxInner::Sqlite(t), Some(turn))
            }
            Pool::Postgres(p) => {
                let t = p.begin().await.map_err(busy_on_timeout)?;
                self.tx(TxInner::Postgres(t), None)
            }
        })
    }

    fn tx(&self, inner: TxInner, turn: Option<tokio::sync::OwnedSemaphorePermit>) -> Tx {
        Tx {
            inner,
            feeds_changed: false,
            versions_moved: Arc::clone(&self.versions_moved),
            _turn: turn,
        }
    }

    /// How many commits through this store have moved the data version: while it stays,
    /// no write of this process changed what feeds show.
    pub(crate) fn versions_moved(&self) -> u64 {
        self.versions_moved.load(Ordering::Acquire)
    }

    /// A connection for reads.
    ///
    /// # Errors
    ///
    /// `StoreError::Busy` when no connection came in time; a database error.
    pub async fn reader(&self) -> Result<Reader> {
        let inner = match &self.pool {
            Pool::Sqlite(p) => ReaderInner::Sqlite(p.acquire().await.map_err(busy_on_timeout)?),
            Pool::Postgres(p) => ReaderInner::Postgres(p.acquire().await.map_err(busy_on_timeout)?),
        };
        Ok(Reader {
            inner,
            feeds_changed: false,
        })
    }

    /// Is the database reachable right now? Uses its own connection and gives up after
    /// `PING_TIMEOUT`, so it answers quickly however busy the main pool is.
    pub(crate) async fn ping(&self) -> Result<()> {
        let ping = async {
            match &self.health {
                Pool::Sqlite(p) => {
                    let mut c = p.acquire().await?;
                    c.ping().await
                }
                Pool::Postgres(p) => {
                    let mut c = p.acquire().await?;
                    c.ping().await
                }
            }
        };
        match tokio::time::timeout(PING_TIMEOUT, ping).await {
            Ok(r) => Ok(r?),
            Err(_) => Err(StoreError::Busy(format!(
                "the database did not answer within {} s",
                PING_TIMEOUT.as_secs()
            ))),
        }
    }

    /// The data version, read on the health check's own connection: a request that only
    /// asks whether its cached feed is still current never queues behind the pool's long
    /// reads (64 readers of one heavy page once made a cached feed answer 503).
    pub(crate) async fn data_version(&self) -> Result<DataVersion> {
        let mut feeds_changed = false;
        match &self.health {
            Pool::Sqlite(p) => {
                let mut c = p.acquire().await.map_err(busy_on_timeout)?;
                let db = Db::Sqlite(&mut c);
                Conn {
                    db,
                    feeds_changed: &mut feeds_changed,
                }
                .data_version()
                .await
            }
            Pool::Postgres(p) => {
                let mut c = p.acquire().await.map_err(busy_on_timeout)?;
                let db = Db::Postgres(&mut c);
                Conn {
                    db,
                    feeds_changed: &mut feeds_changed,
                }
                .data_version()
                .await
            }
        }
    }

    pub async fn close(&self) {
        self.gate.turn.close();
        for pool in [&self.pool, &self.health] {
            match pool {
                Pool::Sqlite(p) => p.close().await,
                Pool::Postgres(p) => p.close().await,
            }
        }
    }
}

/// A pool that handed out no connection in time is busy, not broken.
fn busy_on_timeout(e: sqlx::Error) -> StoreError {
    match e {
        sqlx::Error::PoolTimedOut => StoreError::Busy(
            "every database connection is in use; nothing was changed, try again shortly".into(),
        ),
        other => StoreError::Db(other),
    }
}

impl Conn<'_> {
    /// Serialises writes that concern one organization (imports, new plans) across
    /// PostgreSQL connections and instances until the transaction ends. SQLite needs nothing:
    /// its writes already run one at a time.
    pub(crate) async fn lock_org(&mut self, slug: &str) -> Result<()> {
        if let Db::Postgres(c) = &mut self.db {
            sqlx::query("SELECT pg_advisory_xact_lock(7411, hashtext($1))")
                .bind(slug)
                .execute(&mut **c)
                .await?;
        }
        Ok(())
    }

    /// Records that a write changed what feeds show (an event, a plan, an organization, a
    /// role or person events name, a followed calendar's events): the transaction's commit
    /// moves the data version, and with it every feed's ETag and the cached lists.
    pub(crate) fn changed_feeds(&mut self) {
        *self.feeds_changed = true;
    }

    pub(crate) async fn data_version(&mut self) -> Result<DataVersion> {
        const SQL: &str = "SELECT version, changed_at FROM data_version WHERE id = 1";
        Ok(on!(self, c => sqlx::query_as::<_, DataVersion>(SQL).fetch_one(&mut **c).await)?)
    }

    async fn bump_version(&mut self) -> Result<()> {
        const SQL: &str =
            "UPDATE data_version SET version = version + 1, changed_at = $1 WHERE id = 1";
        let at = now();
        on!(self, c => sqlx::query(SQL).bind(at).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if let Db::Postgres(c) = &mut self.db {
            // Delivered at commit to every instance listening (see `changes`).
            sqlx::query("SELECT pg_notify($1, '')")
                .bind(changes::CHANNEL)
                .execute(&mut **c)
                .await?;
        }
        Ok(())
    }
}
