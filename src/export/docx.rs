//! A `Table` as a .docx document (docx-rs): a bold title, the year under it, and one Word
//! table with a repeated header row, on A4 landscape — the form a plan or report is handed
//! in on. `import::docx` reads such a file back.

use docx_rs::{
    Docx, PageMargin, PageOrientationType, Paragraph, Run, RunFonts, Table as WordTable, TableCell,
    TableRow, WidthType,
};

use super::{ExportError, Table};

/// A4 landscape in twentieths of a point, and its usable width inside 1.5 cm margins.
const A4_LONG: u32 = 16_838;
const A4_SHORT: u32 = 11_906;
const MARGIN: i32 = 850;
const TEXT_WIDTH: usize = 16_838 - 2 * 850;

/// The document's bytes.
///
/// # Errors
///
/// `ExportError` when the package cannot be written.
pub(crate) fn docx(table: &Table) -> Result<Vec<u8>, ExportError> {
    let mut doc = Docx::new()
        .page_size(A4_LONG, A4_SHORT)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Times New Roman")
                .hi_ansi("Times New Roman")
                .cs("Times New Roman"),
        )
        .default_size(22)
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&table.title).bold().size(28)));
    if !table.subtitle.is_empty() {
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(&table.subtitle)));
    }
    let doc = doc.add_table(word_table(table));
    let mut out = std::io::Cursor::new(Vec::new());
    doc.pack(&mut out).map_err(|e| ExportError {
        kind: "docx",
        message: e.to_string(),
    })?;
    Ok(out.into_inner())
}

/// Column widths in proportion to the header's character widths.
fn widths(table: &Table) -> Vec<usize> {
    let total: usize = table
        .header
        .iter()
        .map(|(_, w)| usize::from(*w))
        .sum::<usize>()
        .max(1);
    table
        .header
        .iter()
        .map(|(_, w)| TEXT_WIDTH * usize::from(*w) / total)
        .collect()
}

fn cell(text: &str, width: usize, bold: bool) -> TableCell {
    let run = Run::new().add_text(text);
    let run = if bold { run.bold() } else { run };
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(Paragraph::new().add_run(run))
}

fn word_table(table: &Table) -> WordTable {
    let widths = widths(table);
    let header = TableRow::new(
        table
            .header
            .iter()
            .zip(&widths)
            .map(|((name, _), w)| cell(name, *w, true))
            .collect(),
    )
    .cant_split();
    let rows = table.rows.iter().map(|cells| {
        TableRow::new(
            cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| cell(&c.text(), *w, false))
                .collect(),
        )
        .cant_split()
    });
    WordTable::new(std::iter::once(header).chain(rows).collect()).set_grid(widths)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::super::tests::{heading, item};
    use super::super::{plan_table, report_table};
    use super::*;
    use crate::plan::Lang;
    use crate::report::words;

    fn document_xml(bytes: &[u8]) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    }

    #[test]
    fn the_report_is_one_word_table_with_the_outcome_columns() {
        let bytes = docx(&report_table(&[item()], words(Lang::Ru), &heading())).unwrap();
        let xml = document_xml(&bytes);
        assert_eq!(xml.matches("<w:tbl>").count(), 1);
        for text in ["Отметка о выполнении", "Проведено", "17.10.2025", "25"]
        {
            assert!(xml.contains(text), "{text}");
        }
    }

    #[test]
    fn the_plan_reads_back_through_our_own_docx_reader() {
        let table = plan_table(&[item()], words(Lang::Ru), &heading(), &|_| None);
        let bytes = docx(&table).unwrap();
        let options = crate::import::ImportOptions::new(crate::plan::Slug::parse("s").unwrap());
        let plan = crate::import::parse(&bytes, "plan.docx", &options).unwrap();
        assert_eq!(plan.events.len(), 1);
        assert_eq!(plan.events[0].title, "Литературная гостиная");
        assert_eq!(plan.academic_year.to_string(), "2025-2026");
    }
}
