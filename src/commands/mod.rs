//! The write use cases every entry point calls alike: the CLI (`main.rs`), the API
//! (`http/api`) and the upload page (`http/admin`). Each command is one transaction: it
//! begins, does its work through the store, and commits; the store decides whether the
//! commit moves the feeds' data version. An entry point reads its input, calls the command
//! and shows the answer; it writes nothing itself.

pub mod import;

use crate::store::StoreError;

/// Why a command stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The upload being confirmed is no longer waiting: confirmed already, or expired.
    #[error("the upload is no longer waiting")]
    UploadGone,
}
