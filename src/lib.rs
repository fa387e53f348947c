//! plancal turns school and library work plans into calendars people subscribe to.
//!
//! The module map, from the pure core outwards: `timing` (text → dates), `plan` (the model),
//! `import` (documents → plans), `ics` (plans → RFC 5545), then the layers with I/O:
//! `store` (sqlx, SQLite and PostgreSQL), `commands` (the writes every entry point calls),
//! `http` (actix-web) and `config`.

pub mod commands;
pub mod config;
pub mod convert;
pub mod export;
pub mod feeds;
pub mod http;
pub mod ics;
pub mod import;
pub mod plan;
pub mod report;
pub mod sources;
pub mod store;
pub mod timing;
pub mod web;
