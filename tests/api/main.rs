//! The integration tests, compiled into one binary: one link instead of one per file, and
//! one place that lists them. `tests/hardening_logs.rs` stays a binary of its own because it
//! installs a process-wide log subscriber at TRACE.

// First, with its macros (`on_both_backends!`) in scope for every module below.
#[macro_use]
#[path = "../common/mod.rs"]
mod common;
#[path = "../common/browser.rs"]
mod browser;

mod api_foundation;
mod architecture;
mod cli;
mod feed_drawing;
mod feed_fixtures;
mod feed_serving;
mod feeds_http;
mod grades;
mod hand_corrections;
mod hardening;
mod hostile;
mod ics_clients;
mod ics_import;
mod import_examples;
mod import_http;
mod import_seeds;
mod month_grid;
mod office_uploads;
mod one_answer;
mod one_answer_browser;
mod one_calendar;
mod one_write_path;
mod org_identity;
mod read_path;
mod real_plans;
mod reimport_identity;
mod reports;
mod row_numbers;
mod sources_follow;
mod stored_values;
mod web_admin;
mod web_admin_browser;
mod web_browser;
mod web_pages;
