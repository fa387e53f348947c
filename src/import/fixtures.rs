//! Writers of small, valid DOCX and XLSX files from blocks and rows, for the tests and
//! benches of the import pipeline (binaries are generated, not committed). Pure: they
//! return bytes. List labels are not written (no numbering.xml); everything else a
//! `Block` holds — paragraphs, bold, tabs and breaks, tables with horizontal and vertical
//! merges — round-trips through `read_source`.

use std::io::{Cursor, Write};

use quick_xml::escape::escape;
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use super::{Block, Cell, Paragraph, Table};

const W_NAMESPACE: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const DOCX_CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const DOCX_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const XLSX_CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;

const XLSX_WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;

/// A DOCX whose body holds the given paragraphs and tables.
pub fn docx_from_blocks(blocks: &[Block]) -> Vec<u8> {
    let mut body = String::new();
    for block in blocks {
        match block {
            Block::Paragraph(paragraph) => write_paragraph(&mut body, paragraph),
            Block::Table(table) => write_table(&mut body, table),
        }
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W_NAMESPACE}"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    zip_parts(&[
        ("[Content_Types].xml", DOCX_CONTENT_TYPES),
        ("_rels/.rels", DOCX_RELS),
        ("word/document.xml", &document),
    ])
}

/// An XLSX with one sheet of inline strings.
pub fn xlsx_from_rows(sheet: &str, rows: &[Vec<String>]) -> Vec<u8> {
    xlsx_with_merges(sheet, rows, &[])
}

/// An XLSX with one sheet of inline strings and merged regions such as "A1:C1".
pub(crate) fn xlsx_with_merges(sheet: &str, rows: &[Vec<String>], merged: &[&str]) -> Vec<u8> {
    let workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{}" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        escape(sheet)
    );
    let mut data = String::new();
    for (row_index, row) in rows.iter().enumerate() {
        let number = row_index + 1;
        data.push_str(&format!(r#"<row r="{number}">"#));
        for (column, text) in row.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            data.push_str(&format!(
                r#"<c r="{}{number}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                column_letters(column),
                escape(text.as_str())
            ));
        }
        data.push_str("</row>");
    }
    let mut merges = String::new();
    if !merged.is_empty() {
        merges.push_str(&format!(r#"<mergeCells count="{}">"#, merged.len()));
        for region in merged {
            merges.push_str(&format!(r#"<mergeCell ref="{}"/>"#, escape(*region)));
        }
        merges.push_str("</mergeCells>");
    }
    let worksheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{data}</sheetData>{merges}</worksheet>"#
    );
    let root_rels = DOCX_RELS.replace("word/document.xml", "xl/workbook.xml");
    zip_parts(&[
        ("[Content_Types].xml", XLSX_CONTENT_TYPES),
        ("_rels/.rels", &root_rels),
        ("xl/workbook.xml", &workbook),
        ("xl/_rels/workbook.xml.rels", XLSX_WORKBOOK_RELS),
        ("xl/worksheets/sheet1.xml", &worksheet),
    ])
}

/// Spreadsheet column name: 0 → A, 25 → Z, 26 → AA.
fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + u8::try_from(index % 26).unwrap_or(0)));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().collect()
}

fn zip_parts(parts: &[(&str, &str)]) -> Vec<u8> {
    let write = || -> zip::result::ZipResult<Vec<u8>> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in parts {
            zip.start_file(*name, options)?;
            zip.write_all(content.as_bytes())?;
        }
        Ok(zip.finish()?.into_inner())
    };
    // Writing into memory cannot fail; an empty result would fail any test loudly.
    write().unwrap_or_default()
}

fn write_paragraph(out: &mut String, paragraph: &Paragraph) {
    write_runs(out, &paragraph.text, paragraph.bold);
}

fn write_runs(out: &mut String, text: &str, bold: bool) {
    out.push_str("<w:p><w:r>");
    if bold {
        out.push_str("<w:rPr><w:b/></w:rPr>");
    }
    let mut piece = String::new();
    let flush = |out: &mut String, piece: &mut String| {
        if !piece.is_empty() {
            out.push_str(&format!(
                r#"<w:t xml:space="preserve">{}</w:t>"#,
                escape(piece.as_str())
            ));
            piece.clear();
        }
    };
    for c in text.chars() {
        match c {
            '\t' => {
                flush(out, &mut piece);
                out.push_str("<w:tab/>");
            }
            '\n' => {
                flush(out, &mut piece);
                out.push_str("<w:br/>");
            }
            other => piece.push(other),
        }
    }
    flush(out, &mut piece);
    out.push_str("</w:r></w:p>");
}

fn write_table(out: &mut String, table: &Table) {
    let width = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    out.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
    for _ in 0..width {
        out.push_str("<w:gridCol w:w=\"1000\"/>");
    }
    out.push_str("</w:tblGrid>");
    for (row_index, row) in table.rows.iter().enumerate() {
        let next_row = table.rows.get(row_index + 1);
        out.push_str("<w:tr>");
        for (column, cell) in row.iter().enumerate() {
            if cell.merged_from_left {
                continue;
            }
            let span = 1 + row
                .iter()
                .skip(column + 1)
                .take_while(|c| c.merged_from_left)
                .count();
            let continues_below = next_row
                .and_then(|r| r.get(column))
                .is_some_and(|c| c.merged_from_above);
            write_cell(out, cell, span, continues_below);
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

fn write_cell(out: &mut String, cell: &Cell, span: usize, continues_below: bool) {
    out.push_str("<w:tc><w:tcPr>");
    if span > 1 {
        out.push_str(&format!(r#"<w:gridSpan w:val="{span}"/>"#));
    }
    if cell.merged_from_above {
        out.push_str("<w:vMerge/>");
    } else if continues_below {
        out.push_str(r#"<w:vMerge w:val="restart"/>"#);
    }
    out.push_str("</w:tcPr>");
    if cell.merged_from_above || cell.text.is_empty() {
        out.push_str("<w:p/>");
    } else {
        for line in cell.text.split('\n') {
            write_runs(out, line, false);
        }
    }
    out.push_str("</w:tc>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Limits, SourceDoc, read_source};

    fn cell(text: &str) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    fn strings(row: &[&str]) -> Vec<String> {
        row.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn docx_round_trips_paragraphs_and_merged_tables() {
        let spanned = |text: &str| Cell {
            text: text.into(),
            merged_from_left: true,
            ..Cell::default()
        };
        let below = |text: &str| Cell {
            text: text.into(),
            merged_from_above: true,
            ..Cell::default()
        };
        let blocks = vec![
            Block::Paragraph(Paragraph {
                text: "ПЛАН РАБОТЫ\tшколы\nна 2025-2026 год".into(),
                bold: true,
                ..Paragraph::default()
            }),
            Block::Paragraph(Paragraph {
                text: "Kế hoạch & <năm học>".into(),
                ..Paragraph::default()
            }),
            Block::Table(Table {
                rows: vec![
                    vec![cell("№"), cell("Мероприятие"), cell("Сроки")],
                    vec![
                        cell("1. Раздел"),
                        spanned("1. Раздел"),
                        spanned("1. Раздел"),
                    ],
                    vec![cell("1"), cell("Линейка\nи концерт"), cell("сентябрь")],
                    vec![cell("2"), cell("Выставка"), below("сентябрь")],
                    vec![cell(""), cell("Акция"), below("сентябрь")],
                ],
            }),
        ];
        let bytes = docx_from_blocks(&blocks);
        let mut doc = read_source(&bytes, "plan.docx", &Limits::default()).unwrap();
        // The cells' paragraphs are the lines of their text.
        for b in &mut doc.blocks {
            if let Block::Table(t) = b {
                for c in t.rows.iter_mut().flatten() {
                    assert_eq!(c.paragraphs.join("\n"), c.text);
                    c.paragraphs.clear();
                }
            }
        }
        assert_eq!(doc, SourceDoc { blocks });
    }

    #[test]
    fn xlsx_round_trips_rows_and_opens_in_calamine() {
        use calamine::Reader;
        let rows = vec![
            strings(&["№", "Мероприятие", "Сроки"]),
            strings(&["1", "Ngày hội đọc sách", "10.2025"]),
            strings(&["2", "", "в течение года"]),
        ];
        let bytes = xlsx_from_rows("План", &rows);
        let doc = read_source(&bytes, "plan.xlsx", &Limits::default()).unwrap();
        let expected_rows: Vec<Vec<Cell>> = rows
            .iter()
            .map(|r| r.iter().map(|t| cell(t)).collect())
            .collect();
        assert_eq!(
            doc.blocks,
            vec![
                Block::Paragraph(Paragraph {
                    text: "План".into(),
                    ..Paragraph::default()
                }),
                Block::Table(Table {
                    rows: expected_rows
                })
            ]
        );
        let mut workbook: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        let range = workbook.worksheet_range("План").unwrap();
        assert_eq!(range.get_size(), (3, 3));
    }

    #[test]
    fn column_letters_continue_past_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27 * 26), "AAA");
    }
}
