//! Knowing that another process wrote without asking the database on every request.
//!
//! Feed requests are answered from a cache keyed by the data version; reading that version
//! per request costs a pooled query and halves how many requests a server answers. So:
//! - SQLite: every commit of any process grows or touches the database's `-wal` file (or
//!   the file itself after a checkpoint), so their sizes and modification times are a
//!   fingerprint that changes with every write, read with two `stat` calls;
//! - PostgreSQL: every version bump also sends `NOTIFY plancal_data_version` (delivered at
//!   commit), and each instance listens: a notification tells it to read the version again.
//!   While the listener is down, the version is read on every request.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use sqlx::postgres::PgListener;

use super::{Pool, Store};

/// The channel version bumps are announced on.
pub(super) const CHANNEL: &str = "plancal_data_version";

/// Sizes and modification times of a SQLite database and its write-ahead log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FileFingerprint([(u64, Option<SystemTime>); 2]);

fn stat(path: &Path) -> (u64, Option<SystemTime>) {
    match std::fs::metadata(path) {
        Ok(m) => (m.len(), m.modified().ok()),
        Err(_) => (0, None),
    }
}

fn wal_of(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push("-wal");
    PathBuf::from(name)
}

/// What other instances' writes move: `epoch` counts notifications, `live` says whether
/// the listener is connected (when it is not, nothing can be trusted).
#[derive(Debug, Default)]
pub struct ChangeFeed {
    pub epoch: AtomicU64,
    pub live: AtomicBool,
}

impl Store {
    /// SQLite: a fingerprint of the files that changes with any process's commit. None for
    /// PostgreSQL.
    pub(crate) fn file_fingerprint(&self) -> Option<FileFingerprint> {
        let db = self.sqlite_path.as_deref()?;
        Some(FileFingerprint([stat(db), stat(&wal_of(db))]))
    }

    /// PostgreSQL: listens for version bumps from every instance until the process ends,
    /// reconnecting with backoff. Returns at once for SQLite.
    pub(crate) async fn watch_changes(&self, feed: Arc<ChangeFeed>) {
        let Pool::Postgres(pool) = &self.pool else {
            return;
        };
        let mut backoff = Duration::from_millis(250);
        loop {
            match PgListener::connect_with(pool).await {
                Ok(mut listener) => {
                    if listener.listen(CHANNEL).await.is_ok() {
                        backoff = Duration::from_millis(250);
                        // Anything written while we were away counts as a change.
                        feed.epoch.fetch_add(1, Ordering::AcqRel);
                        feed.live.store(true, Ordering::Release);
                        // Ok(None): the connection was lost (and is re-made on the next call);
                        // notifications may have been missed, so that counts as a change too.
                        while listener.try_recv().await.is_ok() {
                            feed.epoch.fetch_add(1, Ordering::AcqRel);
                        }
                    }
                    feed.live.store(false, Ordering::Release);
                }
                Err(e) => {
                    tracing::warn!(error = %e, "cannot listen for data changes; reading the version per request")
                }
            }
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(Duration::from_secs(30));
        }
    }
}
