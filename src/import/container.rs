//! The guarded zip container every OOXML/ODS reader goes through, so a zip bomb, a lying
//! size header or a truncated archive is refused before or while inflating, never after.
//! It sits below `reader` (the dispatch) and the readers (`docx`, `sheet`) that it hands to.

use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use super::sniff::{self, Format};
use super::{ImportError, Limits};

/// Most parts a DOCX/XLSX/ODS may hold; real ones have a few dozen.
pub(super) const MAX_ZIP_ENTRIES: usize = 2_000;
/// Entries larger than this must not be compressed better than `MAX_COMPRESSION_RATIO`.
const RATIO_CHECK_FROM_BYTES: u64 = 1024 * 1024;
/// Real XML compresses about 10–30:1; bombs compress 1000:1.
const MAX_COMPRESSION_RATIO: u64 = 200;

/// A zip archive whose directory has been checked against the limits, read only through
/// capped readers.
pub(crate) struct Container<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// Uncompressed bytes still allowed to be read out of the archive.
    budget: u64,
}

impl<'a> Container<'a> {
    /// Opens the archive and refuses it when its directory already reveals a bomb.
    pub(crate) fn open(bytes: &'a [u8], limits: &Limits) -> Result<Self, ImportError> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(zip_error)?;
        if archive.len() > MAX_ZIP_ENTRIES {
            return Err(ImportError::TooLarge(format!(
                "the archive holds {} parts; at most {MAX_ZIP_ENTRIES} are allowed",
                archive.len()
            )));
        }
        let mut container = Container {
            archive,
            budget: limits.max_unpacked_bytes,
        };
        container.check_directory(limits)?;
        Ok(container)
    }

    fn check_directory(&mut self, limits: &Limits) -> Result<(), ImportError> {
        let mut declared_total: u64 = 0;
        for index in 0..self.archive.len() {
            let entry = self.archive.by_index_raw(index).map_err(zip_error)?;
            if entry.encrypted() {
                return Err(ImportError::Encrypted);
            }
            let size = entry.size();
            let compressed = entry.compressed_size().max(1);
            if size > limits.max_unpacked_bytes {
                return Err(unpacked_too_large(limits));
            }
            if size > RATIO_CHECK_FROM_BYTES && size / compressed > MAX_COMPRESSION_RATIO {
                return Err(ImportError::TooLarge(format!(
                    "a part of the archive would unpack {}-fold to {size} bytes; \
                     this looks like a zip bomb",
                    size / compressed
                )));
            }
            declared_total = declared_total.saturating_add(size);
        }
        if declared_total > limits.max_unpacked_bytes {
            return Err(unpacked_too_large(limits));
        }
        Ok(())
    }

    /// The names of all parts, for format detection.
    pub(crate) fn names(&self) -> Vec<String> {
        self.archive
            .file_names()
            .flatten()
            .map(|name| name.into_owned())
            .collect()
    }

    pub(super) fn format(&mut self, file_name: &str) -> Result<Format, ImportError> {
        let names = self.names();
        let mimetype = if names.iter().any(|n| n == "mimetype") {
            self.read_part("mimetype")?
        } else {
            None
        };
        sniff::zip_format(&names, mimetype.as_deref()).ok_or_else(|| {
            ImportError::UnsupportedFormat(format!(
                "this is a zip archive without a Word document or spreadsheet inside, not {}",
                sniff::promised_kind(file_name)
            ))
        })
    }

    /// Reads one part, inflating at most what the remaining budget allows; `None` when the
    /// part does not exist.
    pub(crate) fn read_part(&mut self, name: &str) -> Result<Option<Vec<u8>>, ImportError> {
        let Some(index) = self.archive.index_for_name(name) else {
            return Ok(None);
        };
        let entry = self.archive.by_index(index).map_err(zip_error)?;
        let cap = self.budget;
        let mut out = Vec::new();
        let read = entry
            .take(cap.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(|error| ImportError::Corrupt(format!("cannot unpack {name}: {error}")))?;
        let read = u64::try_from(read).unwrap_or(u64::MAX);
        if read > cap {
            return Err(ImportError::TooLarge(format!(
                "the archive unpacks to more than {cap} bytes; the limit is reached at {name}"
            )));
        }
        self.budget -= read;
        Ok(Some(out))
    }

    /// Reads one XML part as text.
    pub(crate) fn read_xml(&mut self, name: &str) -> Result<Option<String>, ImportError> {
        match self.read_part(name)? {
            None => Ok(None),
            Some(bytes) => String::from_utf8(bytes).map(Some).map_err(|error| {
                ImportError::Corrupt(format!(
                    "{name} is not UTF-8 XML (bad byte at offset {})",
                    error.utf8_error().valid_up_to()
                ))
            }),
        }
    }

    /// Inflates every part through the capped reader and drops the output, proving the whole
    /// archive fits the budget before a third-party reader (calamine) inflates it uncapped.
    pub(crate) fn verify_all_parts(&mut self) -> Result<(), ImportError> {
        for index in 0..self.archive.len() {
            let entry = self.archive.by_index(index).map_err(zip_error)?;
            let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
            let cap = self.budget;
            let read = std::io::copy(&mut entry.take(cap.saturating_add(1)), &mut std::io::sink())
                .map_err(|error| ImportError::Corrupt(format!("cannot unpack {name}: {error}")))?;
            if read > cap {
                return Err(ImportError::TooLarge(format!(
                    "the archive unpacks to more than {cap} bytes; the limit is reached at {name}"
                )));
            }
            self.budget -= read;
        }
        Ok(())
    }
}

fn unpacked_too_large(limits: &Limits) -> ImportError {
    ImportError::TooLarge(format!(
        "the archive would unpack to more than {} bytes",
        limits.max_unpacked_bytes
    ))
}

fn zip_error(error: ZipError) -> ImportError {
    match error {
        ZipError::UnsupportedArchive(message) if message.contains("assword") => {
            ImportError::Encrypted
        }
        ZipError::InvalidPassword => ImportError::Encrypted,
        other => ImportError::Corrupt(format!("the zip archive cannot be read ({other})")),
    }
}
