//! `read_source`: any supported file to a `SourceDoc`, safely. Owns the format dispatch:
//! which reader (`docx`, `sheet`, `text`) a file goes to. The zip archive they read through
//! is `container`'s, below them all, so the readers never import their dispatcher.

use super::container::Container;
use super::sniff::{self, Format};
use super::{ImportError, Limits, SourceDoc, docx, sheet};

/// Reads any supported plan file into paragraphs and tables.
pub(crate) fn read_source(
    bytes: &[u8],
    file_name: &str,
    limits: &Limits,
) -> Result<SourceDoc, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::InvalidText("the file is empty".into()));
    }
    if bytes.len() > limits.max_file_bytes {
        return Err(ImportError::TooLarge(format!(
            "the file is {} bytes; the limit is {} bytes",
            bytes.len(),
            limits.max_file_bytes
        )));
    }
    if sniff::is_ole2(bytes) {
        return Err(ole2_error(bytes, file_name));
    }
    if sniff::is_zip(bytes) {
        let mut container = Container::open(bytes, limits)?;
        return match container.format(file_name)? {
            Format::Docx => docx::read(&mut container, limits),
            Format::Xlsx => sheet::read_xlsx(&mut container, bytes, limits),
            Format::Ods => sheet::read_ods(&mut container, bytes, limits),
            Format::Csv | Format::Text => Err(ImportError::UnsupportedFormat(format!(
                "this is a zip archive, not {}",
                sniff::promised_kind(file_name)
            ))),
        };
    }
    if let Some(kind) = sniff::binary_kind(bytes) {
        return Err(ImportError::UnsupportedFormat(format!(
            "this is {kind}, not {}",
            sniff::promised_kind(file_name)
        )));
    }
    let text = sniff::decode_text(bytes)?;
    match sniff::text_format(file_name) {
        Format::Csv => sheet::read_csv(&text, limits),
        _ => Ok(super::text::read(&text)),
    }
}

/// An OLE2 compound file is either an encrypted OOXML package or a pre-2007 Office file.
fn ole2_error(bytes: &[u8], file_name: &str) -> ImportError {
    if contains_utf16(bytes, "EncryptedPackage") {
        return ImportError::Encrypted;
    }
    let message = match sniff::extension(file_name).as_str() {
        "xls" | "xlsx" => {
            "this is an old Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice, \
             save it as .xlsx and upload it again"
        }
        _ if contains_utf16(bytes, "Workbook") => {
            "this is an old Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice, \
             save it as .xlsx and upload it again"
        }
        _ => {
            "this is an old Word 97-2003 document (.doc); open it in Word or LibreOffice, \
             save it as .docx and upload it again"
        }
    };
    ImportError::UnsupportedFormat(message.into())
}

fn contains_utf16(haystack: &[u8], needle: &str) -> bool {
    let needle: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Write};

    use proptest::prelude::*;
    use zip::ZipWriter;
    use zip::write::SimpleFileOptions;

    use super::*;
    use crate::import::container::MAX_ZIP_ENTRIES;
    use crate::import::fixtures::docx_from_blocks;
    use crate::import::{Block, Paragraph};

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn small_docx() -> Vec<u8> {
        docx_from_blocks(&[Block::Paragraph(Paragraph {
            text: "План работы библиотеки на 2025-2026 учебный год".into(),
            ..Paragraph::default()
        })])
    }

    fn read(bytes: &[u8], name: &str) -> Result<SourceDoc, ImportError> {
        read_source(bytes, name, &Limits::default())
    }

    #[test]
    fn an_empty_file_is_refused() {
        assert!(
            matches!(read(b"", "plan.docx"), Err(ImportError::InvalidText(m)) if m.contains("empty"))
        );
    }

    #[test]
    fn a_file_over_the_size_limit_is_too_large() {
        let limits = Limits {
            max_file_bytes: 100,
            ..Limits::default()
        };
        let result = read_source(&small_docx(), "plan.docx", &limits);
        assert!(matches!(result, Err(ImportError::TooLarge(_))));
    }

    #[test]
    fn a_png_renamed_docx_is_named_as_an_image() {
        let error = read(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "plan.docx").unwrap_err();
        assert_eq!(
            error,
            ImportError::UnsupportedFormat("this is a PNG image, not a Word document".into())
        );
    }

    #[test]
    fn a_pdf_renamed_xlsx_is_named_as_a_pdf() {
        let error = read(b"%PDF-1.4\n%...", "plan.xlsx").unwrap_err();
        assert_eq!(
            error,
            ImportError::UnsupportedFormat("this is a PDF document, not an Excel workbook".into())
        );
    }

    #[test]
    fn a_zip_without_office_parts_is_unsupported() {
        let bytes = zip_of(&[("photo.jpg", b"\xFF\xD8\xFF")]);
        assert!(matches!(
            read(&bytes, "plan.docx"),
            Err(ImportError::UnsupportedFormat(m)) if m.contains("zip archive")
        ));
    }

    fn ole2_with(stream_name: &str) -> Vec<u8> {
        let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        bytes.extend(std::iter::repeat_n(0u8, 500));
        bytes.extend(stream_name.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn a_password_protected_docx_is_encrypted() {
        assert_eq!(
            read(&ole2_with("EncryptedPackage"), "plan.docx"),
            Err(ImportError::Encrypted)
        );
    }

    #[test]
    fn a_legacy_doc_asks_to_save_as_docx() {
        assert!(matches!(
            read(&ole2_with("WordDocument"), "plan.doc"),
            Err(ImportError::UnsupportedFormat(m)) if m.contains("save it as .docx")
        ));
        assert!(matches!(
            read(&ole2_with("Workbook"), "plan.xls"),
            Err(ImportError::UnsupportedFormat(m)) if m.contains("save it as .xlsx")
        ));
    }

    #[test]
    fn a_truncated_docx_is_corrupt() {
        let bytes = small_docx();
        let half = bytes.get(..bytes.len() / 2).unwrap();
        assert!(matches!(
            read(half, "plan.docx"),
            Err(ImportError::Corrupt(_))
        ));
    }

    #[test]
    fn a_highly_compressed_entry_is_refused_as_a_bomb() {
        let zeros = vec![0u8; 8 * 1024 * 1024];
        let bytes = zip_of(&[("word/document.xml", &zeros)]);
        assert!(bytes.len() < 100_000);
        assert!(matches!(
            read(&bytes, "plan.docx"),
            Err(ImportError::TooLarge(m)) if m.contains("zip bomb")
        ));
    }

    #[test]
    fn a_declared_size_over_the_unpacked_limit_is_too_large() {
        let limits = Limits {
            max_unpacked_bytes: 100,
            ..Limits::default()
        };
        assert!(matches!(
            read_source(&small_docx(), "plan.docx", &limits),
            Err(ImportError::TooLarge(_))
        ));
    }

    /// Rewrites every uncompressed-size field of the archive to 1 byte, as a forged bomb
    /// would, so only the capped reader stands between it and a full inflate.
    fn lie_about_sizes(mut bytes: Vec<u8>) -> Vec<u8> {
        let patch = |bytes: &mut Vec<u8>, signature: &[u8], size_offset: usize| {
            let starts: Vec<usize> = bytes
                .windows(4)
                .enumerate()
                .filter(|(_, w)| *w == signature)
                .map(|(i, _)| i)
                .collect();
            for start in starts {
                if let Some(field) = bytes.get_mut(start + size_offset..start + size_offset + 4) {
                    field.copy_from_slice(&1u32.to_le_bytes());
                }
            }
        };
        patch(&mut bytes, b"PK\x03\x04", 22);
        patch(&mut bytes, b"PK\x01\x02", 24);
        bytes
    }

    #[test]
    fn a_lying_size_header_is_caught_while_inflating() {
        let text = "<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(20_000);
        let bytes = lie_about_sizes(zip_of(&[("word/document.xml", text.as_bytes())]));
        let limits = Limits {
            max_unpacked_bytes: 10_000,
            ..Limits::default()
        };
        let result = read_source(&bytes, "plan.docx", &limits);
        assert!(
            matches!(
                result,
                Err(ImportError::TooLarge(_) | ImportError::Corrupt(_))
            ),
            "{result:?}"
        );
    }

    #[test]
    fn too_many_zip_entries_are_refused() {
        let names: Vec<String> = (0..=MAX_ZIP_ENTRIES).map(|i| format!("f{i}")).collect();
        let parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
        assert!(matches!(
            read(&zip_of(&parts), "plan.docx"),
            Err(ImportError::TooLarge(m)) if m.contains("parts")
        ));
    }

    #[test]
    fn a_semicolon_csv_becomes_one_table() {
        let doc = read(
            "№;Мероприятие;Сроки\n1;Линейка;1 сентября\n".as_bytes(),
            "plan.csv",
        )
        .unwrap();
        match doc.blocks.as_slice() {
            [Block::Table(table)] => {
                assert_eq!(table.rows.len(), 2);
                assert_eq!(table.rows[1][2].text, "1 сентября");
            }
            other => panic!("expected one table, got {other:?}"),
        }
    }

    #[test]
    fn a_text_file_goes_to_the_text_reader() {
        let doc = read(
            "План работы\n1. Линейка — сентябрь\n".as_bytes(),
            "plan.txt",
        )
        .unwrap();
        assert_eq!(
            doc,
            crate::import::text::read("План работы\n1. Линейка — сентябрь\n")
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn damaged_office_files_never_panic(
            flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
            xlsx in any::<bool>(),
        ) {
            let mut bytes = if xlsx {
                crate::import::fixtures::xlsx_from_rows(
                    "План",
                    &[vec!["№".into(), "Мероприятие".into()], vec!["1".into(), "Линейка".into()]],
                )
            } else {
                small_docx()
            };
            let len = bytes.len();
            for (at, value) in flips {
                if let Some(byte) = bytes.get_mut(at % len) {
                    *byte = value;
                }
            }
            let _ = read(&bytes, if xlsx { "plan.xlsx" } else { "plan.docx" });
        }

        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000),
                                    name in prop_oneof![Just("a.docx"), Just("a.xlsx"), Just("a.csv"), Just("a.txt"), Just("a.ods")]) {
            let _ = read(&bytes, name);
        }

        #[test]
        fn zip_wrapped_garbage_never_panics(
            garbage in proptest::collection::vec(any::<u8>(), 0..2000),
            xmlish in "(<w:(p|r|t|tbl|tr|tc|tcPr|vMerge|gridSpan|numPr|numId|ilvl|br|tab)( w:val=\"(restart|[0-9]{1,3})\")?/?>|</w:(p|r|t|tbl|tr|tc|tcPr)>|[a-zа-я &;#<>]{0,5}){0,60}",
            part in prop_oneof![
                Just("word/document.xml"),
                Just("word/numbering.xml"),
                Just("xl/workbook.xml"),
                Just("content.xml"),
            ],
            use_xml in any::<bool>(),
            truncate in 0usize..400,
        ) {
            let content = if use_xml { xmlish.into_bytes() } else { garbage };
            let mut parts: Vec<(&str, &[u8])> = vec![(part, &content)];
            if part == "word/numbering.xml" {
                parts.push(("word/document.xml", b"<w:document><w:body><w:p><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p></w:body></w:document>"));
            }
            if part == "content.xml" {
                parts.push(("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"));
            }
            let mut bytes = zip_of(&parts);
            let keep = bytes.len().saturating_sub(truncate % 3 * truncate);
            bytes.truncate(keep);
            let _ = read(&bytes, "plan.docx");
        }
    }
}
