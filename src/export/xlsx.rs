//! A `Table` as an .xlsx workbook (rust_xlsxwriter): the title and year on top, a bold
//! bordered header that stays in view, wrapped text, A4 landscape when printed.

use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet, XlsxError};

use super::{Cell, ExportError, Table};

/// The first row of the header (the title and subtitle sit above it).
const HEADER_ROW: u32 = 3;
/// Excel's paper size code for A4.
const A4: u8 = 9;

fn failed(e: &XlsxError) -> ExportError {
    ExportError {
        kind: "xlsx",
        message: e.to_string(),
    }
}

/// The workbook's bytes.
///
/// # Errors
///
/// `ExportError` when the writer refuses the table (for instance a sheet name Excel does
/// not allow).
pub(crate) fn xlsx(table: &Table) -> Result<Vec<u8>, ExportError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    write_sheet(sheet, table).map_err(|e| failed(&e))?;
    book.save_to_buffer().map_err(|e| failed(&e))
}

fn write_sheet(sheet: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
    sheet.set_name(&table.sheet)?;
    sheet.set_landscape().set_paper_size(A4);
    sheet.write_string_with_format(
        0,
        0,
        &table.title,
        &Format::new().set_bold().set_font_size(14),
    )?;
    sheet.write_string(1, 0, &table.subtitle)?;
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_background_color("#E6E6E6");
    let body = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
    for (col, (name, width)) in (0u16..).zip(&table.header) {
        sheet.set_column_width(col, f64::from(*width))?;
        sheet.write_string_with_format(HEADER_ROW, col, name, &head)?;
    }
    for (row, cells) in (HEADER_ROW + 1..).zip(&table.rows) {
        for (col, cell) in (0u16..).zip(cells) {
            match cell {
                Cell::Text(t) => sheet.write_string_with_format(row, col, t, &body)?,
                Cell::Number(n) => {
                    sheet.write_number_with_format(row, col, f64::from(*n), &body)?
                }
            };
        }
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::super::tests::{heading, item};
    use super::super::{Cell, report_table};
    use super::*;
    use crate::plan::Lang;
    use crate::report::words;

    /// The sheet's shared strings, read straight from the package.
    fn strings(bytes: &[u8]) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("xl/sharedStrings.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    }

    #[test]
    fn the_workbook_holds_the_header_the_row_and_the_outcome() {
        let table = report_table(&[item()], words(Lang::Ru), &heading());
        let bytes = xlsx(&table).unwrap();
        assert!(bytes.starts_with(b"PK"));
        let xml = strings(&bytes);
        for text in [
            "Отметка о выполнении",
            "Литературная гостиная",
            "Проведено",
            "в актовом зале",
        ] {
            assert!(xml.contains(text), "{text}");
        }
        assert_eq!(table.rows[0][7], Cell::Number(25));
    }
}
