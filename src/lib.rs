//! plancal turns school and library work plans into calendars people subscribe to.
//!
//! The module map, from the pure core outwards: `timing` (text → dates), `plan` (the model),
//! `import` (documents → plans), `ics` (plans → RFC 5545), then the layers with I/O:
//! `store` (sqlx, SQLite and PostgreSQL), `http` (actix-web) and `config`.

// `unreachable_pub` on the modules whose surface is kept small (`import` sets it per
// submodule; the rest follow as their owners get to them): a `pub` item nobody outside can
// reach is `pub(crate)` or dead.
#[warn(unreachable_pub)]
pub mod config;
pub mod feeds;
pub mod http;
pub mod ics;
pub mod import;
#[warn(unreachable_pub)]
pub mod plan;
pub mod sources;
pub mod store;
#[warn(unreachable_pub)]
pub mod timing;
pub mod web;
