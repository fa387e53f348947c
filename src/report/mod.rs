//! The year's report of an organization: what was planned and what happened to it (held,
//! not held, moved, waiting for a mark), counted by month, by owner (the organization and
//! each partner) and by role, with a chart that prints in black and white.
//!
//! Pure: the HTTP layer reads the merged calendar of the year, turns each event into an
//! `Item` and hands them here; the page (`web::report`) and the documents (`export`) draw
//! what this module counts, with the words of `words`.

mod chart;
mod counts;
mod words;

pub(crate) use chart::chart_svg;
pub(crate) use counts::{Item, Mark, MonthKey, Report, Selection, Tally};
pub(crate) use words::{ReportWords, words};
