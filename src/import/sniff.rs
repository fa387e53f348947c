//! Format detection by content (magic bytes, the parts inside a zip) and the decoding of
//! text files, so a renamed or mislabelled file gets an error that says what it really is.

use super::ImportError;

/// What a file is, decided from its first bytes and, for zips, the names of its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Docx,
    Xlsx,
    Ods,
    Csv,
    Text,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const EMPTY_ZIP_MAGIC: &[u8] = b"PK\x05\x06";
const OLE2_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Binary formats people upload by mistake, named in the error message.
const KNOWN_BINARIES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"BM", "a BMP image"),
];

pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(EMPTY_ZIP_MAGIC)
}

pub(crate) fn is_ole2(bytes: &[u8]) -> bool {
    bytes.starts_with(OLE2_MAGIC)
}

/// Names a known non-plan binary format from its magic bytes.
pub(crate) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    KNOWN_BINARIES
        .iter()
        // "BM" is too short to trust on its own: a text file may start with it.
        .filter(|(magic, _)| magic.len() > 2 || bytes.get(2..6).is_some_and(has_bmp_size))
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

fn has_bmp_size(size: &[u8]) -> bool {
    size.contains(&0)
}

/// What the extension promises, for the error message ("not a Word document").
pub(crate) fn promised_kind(file_name: &str) -> &'static str {
    match extension(file_name).as_str() {
        "docx" | "doc" => "a Word document",
        "xlsx" | "xls" => "an Excel workbook",
        "ods" => "an OpenDocument spreadsheet",
        "csv" | "tsv" => "a CSV table",
        _ => "a plan document",
    }
}

/// The lower-cased extension without the dot; empty when there is none.
pub(crate) fn extension(file_name: &str) -> String {
    file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Picks the format of a zip from the names of its parts and the ODS mimetype part.
pub(crate) fn zip_format(names: &[String], mimetype: Option<&[u8]>) -> Option<Format> {
    let has = |wanted: &str| names.iter().any(|name| name == wanted);
    if has("word/document.xml") {
        Some(Format::Docx)
    } else if has("xl/workbook.xml") {
        Some(Format::Xlsx)
    } else if has("content.xml")
        && mimetype
            .is_some_and(|m| m.trim_ascii() == b"application/vnd.oasis.opendocument.spreadsheet")
    {
        Some(Format::Ods)
    } else {
        None
    }
}

/// Text formats are chosen by extension once the content is known not to be a container.
pub(crate) fn text_format(file_name: &str) -> Format {
    match extension(file_name).as_str() {
        "csv" | "tsv" => Format::Csv,
        _ => Format::Text,
    }
}

/// Share of letters that must be Cyrillic for undecodable UTF-8 to be taken as CP1251.
const CP1251_MIN_CYRILLIC_SHARE: f64 = 0.6;

/// Decodes a text file: UTF-8 (BOM stripped), UTF-16 with a BOM, or Windows-1251 when the
/// bytes are not UTF-8 but read as mostly Cyrillic text (old Russian Excel CSV exports).
pub(crate) fn decode_text(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::InvalidText("the file is empty".into()));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest, 3);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let encoding = if bytes.starts_with(b"\xFF\xFE") {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (text, had_errors) = encoding.decode_with_bom_removal(bytes);
        if had_errors {
            return Err(ImportError::InvalidText(
                "the file says it is UTF-16 text but contains invalid characters".into(),
            ));
        }
        return reject_binary(text.into_owned(), 2);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => reject_binary(text.to_owned(), 0),
        Err(error) => {
            let offset = error.valid_up_to();
            if bytes.contains(&0) {
                return Err(not_text(offset));
            }
            let (text, _, _) = encoding_rs::WINDOWS_1251.decode(bytes);
            if mostly_cyrillic(&text) {
                Ok(text.into_owned())
            } else {
                Err(not_text(offset))
            }
        }
    }
}

fn utf8(bytes: &[u8], base_offset: usize) -> Result<String, ImportError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => reject_binary(text.to_owned(), base_offset),
        Err(error) => Err(not_text(base_offset + error.valid_up_to())),
    }
}

fn not_text(offset: usize) -> ImportError {
    ImportError::InvalidText(format!(
        "the file is not UTF-8 text: the first invalid byte sequence is at byte offset {offset}; \
         save it as UTF-8 text (or as .docx/.xlsx)"
    ))
}

/// NUL and most other control characters never occur in a typed plan; they mean binary.
fn reject_binary(text: String, base_offset: usize) -> Result<String, ImportError> {
    let bad = text
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'));
    match bad {
        None => Ok(text),
        Some((index, c)) => Err(ImportError::InvalidText(format!(
            "the file is not text: it contains the control character U+{:04X} at byte offset {}",
            u32::from(c),
            base_offset + index
        ))),
    }
}

fn mostly_cyrillic(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let cyrillic = text
        .chars()
        .filter(|c| matches!(c, '\u{400}'..='\u{4FF}'))
        .count();
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    #[expect(
        clippy::cast_precision_loss,
        reason = "character counts of a file under the size limit, far below 2^52"
    )]
    let share = if letters == 0 {
        0.0
    } else {
        cyrillic as f64 / letters as f64
    };
    controls == 0 && share >= CP1251_MIN_CYRILLIC_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_stripped() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFplan").unwrap(), "plan");
    }

    #[test]
    fn utf16le_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "План".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode_text(&bytes).unwrap(), "План");
    }

    #[test]
    fn utf16be_with_bom_is_decoded() {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in "Kế hoạch".encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode_text(&bytes).unwrap(), "Kế hoạch");
    }

    #[test]
    fn cp1251_russian_is_accepted() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("Мероприятие;Сроки\nКонкурс чтецов;октябрь");
        assert_eq!(
            decode_text(&bytes).unwrap(),
            "Мероприятие;Сроки\nКонкурс чтецов;октябрь"
        );
    }

    #[test]
    fn latin1_garbage_is_rejected_with_offset() {
        let error = decode_text(b"Plan caf\xE9 and na\xEFve text").unwrap_err();
        assert_eq!(
            error,
            ImportError::InvalidText(
                "the file is not UTF-8 text: the first invalid byte sequence is at byte offset 8; \
                 save it as UTF-8 text (or as .docx/.xlsx)"
                    .into()
            )
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(matches!(
            decode_text(b"abc\0def"),
            Err(ImportError::InvalidText(message)) if message.contains("offset 3")
        ));
    }

    #[test]
    fn known_binaries_are_named() {
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n...."), Some("a PNG image"));
        assert_eq!(binary_kind(b"%PDF-1.7"), Some("a PDF document"));
        assert_eq!(binary_kind(b"BMP plan for the year"), None);
    }

    #[test]
    fn zip_parts_decide_the_format() {
        let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            zip_format(&names(&["word/document.xml"]), None),
            Some(Format::Docx)
        );
        assert_eq!(
            zip_format(&names(&["xl/workbook.xml"]), None),
            Some(Format::Xlsx)
        );
        assert_eq!(
            zip_format(
                &names(&["mimetype", "content.xml"]),
                Some(b"application/vnd.oasis.opendocument.spreadsheet")
            ),
            Some(Format::Ods)
        );
        assert_eq!(
            zip_format(
                &names(&["mimetype", "content.xml"]),
                Some(b"application/vnd.oasis.opendocument.text")
            ),
            None
        );
    }
}
