//! Plan import: the bytes of a DOCX, text, CSV, XLSX, ODS or iCalendar (.ics) plan become a plan document
//! (title, academic year, owner and partners, sections, events) with the column mapping and
//! warnings that point at the row and cell they are about. Pure: no I/O, no actix, no sqlx.
//!
//! Two stages: `read_source` reduces any format to a `SourceDoc` (paragraphs and tables in
//! order, merged cells expanded), and `interpret` finds the plan in it.

mod container;
mod docx;
// Test-file writers: the library's own tests, and the integration tests and benches through
// the `fixtures` feature (Cargo.toml's dev-dependency on this crate turns it on).
#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;
pub mod ics_file;
mod ics_zones;
mod interpret;
mod owner;
mod reader;
mod sheet;
mod sniff;
mod source;
pub(crate) mod text;

pub(crate) use interpret::{fill_from_responsible, interpret};
pub(crate) use owner::owner_from_title;
pub(crate) use reader::read_source;
pub(crate) use source::SourceDoc;
pub use source::{Block, Cell, Paragraph, Table};

use crate::plan::{AcademicYear, ImportWarning, Lang, PlanDocument, Slug, WarningKind};

/// Limits that keep a hostile file from using unbounded memory or time.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest input file.
    pub max_file_bytes: usize,
    /// Largest total of uncompressed bytes read out of a zip container (DOCX, XLSX, ODS).
    pub max_unpacked_bytes: u64,
    /// Most table rows or paragraphs kept.
    pub max_rows: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 20 * 1024 * 1024,
            max_unpacked_bytes: 200 * 1024 * 1024,
            max_rows: 20_000,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ImportOptions {
    /// The owner organization.
    pub org: Slug,
    /// Overrides the academic year written in the plan (or guessed when none is).
    pub year: Option<AcademicYear>,
    /// Language of the plan; detected when None.
    pub lang: Option<Lang>,
    /// The day of the import: a plan that names no year anywhere is read in the academic
    /// year containing it (with a warning). The pure core never reads the clock, so callers
    /// pass it; None falls back to the academic year written nowhere, which is refused.
    pub today: Option<chrono::NaiveDate>,
    pub limits: Limits,
}

impl ImportOptions {
    /// Reads for `org` in the language and year the plan says, with the default limits.
    pub fn new(org: Slug) -> Self {
        ImportOptions {
            org,
            year: None,
            lang: None,
            today: None,
            limits: Limits::default(),
        }
    }

    /// What an upload through the server reads with: the owner, the year the uploader chose
    /// (if any), the import day, and the server's upload limit as the file limit.
    pub fn upload(
        org: Slug,
        year: Option<AcademicYear>,
        today: chrono::NaiveDate,
        max_file_bytes: usize,
    ) -> Self {
        ImportOptions {
            org,
            year,
            lang: None,
            today: Some(today),
            limits: Limits {
                max_file_bytes,
                ..Limits::default()
            },
        }
    }
}

/// Why a file could not be imported, in words a librarian can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    UnsupportedFormat(String),
    #[error("the file is damaged: {0}")]
    Corrupt(String),
    #[error("the document is password-protected; save it without a password and upload it again")]
    Encrypted,
    #[error("{0}")]
    TooLarge(String),
    #[error("{0}")]
    InvalidText(String),
    /// A damaged calendar file, at the file's own line (1-based).
    #[error("the calendar file cannot be read: line {line}: {what}")]
    CalendarLine { line: usize, what: String },
    #[error("no plan found: {0}")]
    NoPlan(String),
}

/// Reads and interprets one plan file.
///
/// # Errors
///
/// `ImportError` saying why the file is no plan: a format it does not read, a damaged or
/// password-protected file, a file past the limits, text it cannot decode, or no plan found in
/// it.
#[tracing::instrument(skip_all, fields(file = file_name, bytes = bytes.len(), org = %options.org))]
pub fn parse(
    bytes: &[u8],
    file_name: &str,
    options: &ImportOptions,
) -> Result<PlanDocument, ImportError> {
    if bytes.len() > options.limits.max_file_bytes {
        return Err(ImportError::TooLarge(format!(
            "the file is {} bytes; the limit is {} bytes",
            bytes.len(),
            options.limits.max_file_bytes
        )));
    }
    if ics_file::looks_like_ics(bytes, file_name) {
        let mut doc = ics_file::parse(bytes, file_name, options)?;
        if let Some(lang) = doc.lang {
            crate::plan::audience::fill(&mut doc, lang);
        }
        return Ok(doc);
    }
    let source = read_source(bytes, file_name, &options.limits)?;
    let mut doc = interpret(&source, file_name, options)?;
    // Who each event is for: its audience column, else its title (`plan::audience`).
    if let Some(lang) = doc.lang {
        crate::plan::audience::fill(&mut doc, lang);
    }
    if doc.owner_name.is_none() {
        // No organization in the title: the words naming the owner, not the whole title.
        doc.owner_name = owner_from_title(&doc.title);
    }
    if doc.owner_name.is_none() {
        // Never the title or the file's name: the preview asks for the owner instead.
        doc.warnings
            .push(ImportWarning::new(WarningKind::OwnerUnnamed, None, None));
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> PlanDocument {
        let options = ImportOptions {
            year: AcademicYear::parse("2025-2026").ok(),
            ..ImportOptions::new(Slug::from_name("school"))
        };
        parse(text.as_bytes(), "plan.txt", &options).unwrap_or_else(|e| panic!("{e}"))
    }

    fn asks_for_owner(doc: &PlanDocument) -> bool {
        doc.warnings
            .iter()
            .any(|w| w.kind == Some(WarningKind::OwnerUnnamed))
    }

    #[test]
    fn a_plan_that_names_no_owner_leaves_it_unnamed_and_says_so() {
        let unnamed = read(
            "ПЛАН мероприятий, посвящённых Дню защиты детей\n\n№, мероприятие, сроки\n1. Конкурс рисунков – июнь\n2. Спортивный праздник – июнь\n",
        );
        assert_eq!(
            unnamed.owner_name, None,
            "never the title: {:?}",
            unnamed.title
        );
        assert!(asks_for_owner(&unnamed), "{:?}", unnamed.warnings);
        let named = read(
            "План работы МБОУ «СОШ № 5» на 2025-2026 учебный год\n\n№, мероприятие, сроки\n1. Конкурс рисунков – июнь\n",
        );
        assert!(named.owner_name.is_some());
        assert!(!asks_for_owner(&named), "{:?}", named.warnings);
    }
}
