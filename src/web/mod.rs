//! The web pages' pure core: the words of every page per language and how a request's
//! language is chosen (`i18n`), dates as people say them (`dates`), where an event goes on a
//! month grid (`calendar`), and the HTML of each page (maud templates, compiled into the
//! binary with their stylesheet). No actix, no sqlx: `http::pages` reads the request and
//! the store and hands plain values here, so every rule is unit-tested without a server.

pub(crate) mod admin;
pub mod calendar;
pub mod dates;
pub(crate) mod event;
pub(crate) mod event_edit;
pub(crate) mod followed;
pub(crate) mod home;
pub(crate) mod i18n;
pub(crate) mod layout;
pub mod org;
pub(crate) mod outcome;
mod print;
pub(crate) mod report;
pub mod subscribe;
pub(crate) mod subscribe_page;
pub mod warnings;

pub(crate) use i18n::{LangHints, negotiate};
pub use i18n::{Words, words};
pub use layout::{Chrome, page};
