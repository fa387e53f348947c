//! Spreadsheet readers: CSV (delimiter detected), XLSX and ODS (through calamine). Each
//! sheet becomes a sheet-name paragraph followed by one table; merged regions are expanded
//! the way DOCX merges are, dates read as dd.mm.yyyy and whole numbers without ".0".

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, DataRef, ExcelDateTime, Ods, Reader, Xlsx};

use super::container::Container;
use super::{Block, Cell, ImportError, Limits, Paragraph, SourceDoc, Table};

/// Delimiters people's spreadsheets export with, in order of preference on a tie.
const CSV_DELIMITERS: &[u8] = b";,\t|";
/// Records looked at to choose the delimiter.
const CSV_SNIFF_RECORDS: usize = 30;
/// Widest sheet kept; plans have under twenty columns.
const MAX_COLUMNS: usize = 256;
/// Most cells a sheet may hold or expand to (rows × width up to the last cell with content).
const MAX_SHEET_CELLS: u64 = 1_000_000;

/// Reads CSV text (already decoded) into one table.
pub(crate) fn read_csv(text: &str, limits: &Limits) -> Result<SourceDoc, ImportError> {
    let delimiter = detect_delimiter(text);
    let mut reader = csv_reader(text, delimiter);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            ImportError::Corrupt(format!("the CSV table cannot be read: {error}"))
        })?;
        if rows.len() >= limits.max_rows {
            return Err(too_many_rows(limits));
        }
        let cells: Vec<Cell> = record
            .iter()
            .take(MAX_COLUMNS)
            .map(|field| Cell {
                text: field.trim().to_owned(),
                ..Cell::default()
            })
            .collect();
        if cells.iter().any(|c| !c.text.is_empty()) {
            rows.push(cells);
        }
    }
    let blocks = if rows.is_empty() {
        Vec::new()
    } else {
        vec![Block::Table(Table { rows })]
    };
    Ok(SourceDoc { blocks })
}

fn csv_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// The delimiter that splits the first records into the same number (more than one) of
/// fields most consistently; quoted newlines are handled by parsing, not by line splitting.
pub(crate) fn detect_delimiter(text: &str) -> u8 {
    let mut best = (0usize, 0usize, b',');
    for &delimiter in CSV_DELIMITERS {
        let mut widths: BTreeMap<usize, usize> = BTreeMap::new();
        for record in csv_reader(text, delimiter)
            .records()
            .take(CSV_SNIFF_RECORDS)
            .flatten()
        {
            *widths.entry(record.len()).or_default() += 1;
        }
        let (width, agreeing) = widths
            .into_iter()
            .filter(|(width, _)| *width > 1)
            .max_by_key(|(width, count)| (*count, *width))
            .unwrap_or((0, 0));
        if (agreeing, width) > (best.0, best.1) {
            best = (agreeing, width, delimiter);
        }
    }
    best.2
}

/// Reads an XLSX container; every part is inflated through the capped reader first, so
/// calamine never inflates more than the limits allow.
pub(crate) fn read_xlsx(
    container: &mut Container<'_>,
    bytes: &[u8],
    limits: &Limits,
) -> Result<SourceDoc, ImportError> {
    container.verify_all_parts()?;
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(spreadsheet_error)?;
    let mut blocks = Vec::new();
    let mut rows_kept = 0usize;
    for name in workbook.sheet_names() {
        let mut grid = Grid::new(limits);
        {
            let mut cells = workbook
                .worksheet_cells_reader(&name)
                .map_err(spreadsheet_error)?;
            while let Some(cell) = cells.next_cell().map_err(spreadsheet_error)? {
                let text = data_ref_text(cell.get_value());
                grid.put(cell.get_position(), text, limits)?;
            }
        }
        let merges = workbook
            .merge_cells_by_sheet_name(&name)
            .map_err(spreadsheet_error)?;
        for region in merges {
            grid.merge(region.start, region.end, limits)?;
        }
        push_sheet(&mut blocks, &name, grid, &mut rows_kept, limits)?;
    }
    Ok(SourceDoc { blocks })
}

/// Reads an ODS container. content.xml is scanned first: calamine expands repeated rows
/// and columns into memory, so a few bytes of `number-rows-repeated` could ask for
/// gigabytes; the scan also finds the merged regions calamine does not expose for ODS.
pub(crate) fn read_ods(
    container: &mut Container<'_>,
    bytes: &[u8],
    limits: &Limits,
) -> Result<SourceDoc, ImportError> {
    let content = container
        .read_xml("content.xml")?
        .ok_or_else(|| ImportError::Corrupt("content.xml is missing".into()))?;
    let layouts = scan_ods(&content, limits)?;
    container.verify_all_parts()?;
    let mut workbook: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(spreadsheet_error)?;
    let mut blocks = Vec::new();
    let mut rows_kept = 0usize;
    for (index, name) in workbook.sheet_names().into_iter().enumerate() {
        let range = workbook.worksheet_range(&name).map_err(spreadsheet_error)?;
        let (first_row, first_column) = range.start().unwrap_or((0, 0));
        let mut grid = Grid::new(limits);
        for (row, column, value) in range.used_cells() {
            let position = (
                first_row.saturating_add(u32::try_from(row).unwrap_or(u32::MAX)),
                first_column.saturating_add(u32::try_from(column).unwrap_or(u32::MAX)),
            );
            grid.put(position, data_text(value), limits)?;
        }
        for (start, end) in layouts
            .get(index)
            .map(|l| l.merges.as_slice())
            .unwrap_or_default()
        {
            grid.merge(*start, *end, limits)?;
        }
        push_sheet(&mut blocks, &name, grid, &mut rows_kept, limits)?;
    }
    Ok(SourceDoc { blocks })
}

/// What the pre-scan of one ODS table found: its merged regions in absolute coordinates.
#[derive(Default)]
struct OdsLayout {
    merges: Vec<((u32, u32), (u32, u32))>,
}

/// Walks content.xml counting repeated rows and columns up to the last cell with content,
/// refusing sheets that would expand past the limits, and collecting spanned cells.
fn scan_ods(xml: &str, limits: &Limits) -> Result<Vec<OdsLayout>, ImportError> {
    use quick_xml::Reader;
    use quick_xml::events::{BytesStart, Event};

    let number = |element: &BytesStart<'_>, wanted: &str| -> u64 {
        element
            .attributes()
            .with_checks(false)
            .flatten()
            .find(|a| a.key.0 == wanted)
            .and_then(|a| a.value.trim().parse().ok())
            .unwrap_or(1)
    };
    let to_u32 = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
    let max_rows = u64::try_from(limits.max_rows).unwrap_or(u64::MAX);
    let mut layouts: Vec<OdsLayout> = Vec::new();
    let (mut row, mut row_repeat, mut column, mut row_width) = (0u64, 1u64, 0u64, 0u64);
    let mut table_width = 0u64;
    let mut reader = Reader::from_str(xml);
    loop {
        let event = reader.read_event().map_err(|error| {
            ImportError::Corrupt(format!(
                "content.xml is not well-formed XML near byte {}: {error}",
                reader.error_position()
            ))
        })?;
        let (element, is_empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                if e.name().0 == "table:table-row" {
                    row = row.saturating_add(row_repeat);
                    if row_width > 0 {
                        table_width = table_width.max(row_width);
                        if row > max_rows {
                            return Err(too_many_rows(limits));
                        }
                        if row.saturating_mul(table_width) > MAX_SHEET_CELLS {
                            return Err(ImportError::TooLarge(format!(
                                "a sheet would expand to more than {MAX_SHEET_CELLS} cells"
                            )));
                        }
                    }
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        match element.name().0 {
            "table:table" if !is_empty => {
                layouts.push(OdsLayout::default());
                (row, table_width) = (0, 0);
            }
            "table:table-row" if is_empty => {
                row = row.saturating_add(number(element, "table:number-rows-repeated"))
            }
            "table:table-row" => {
                row_repeat = number(element, "table:number-rows-repeated");
                (column, row_width) = (0, 0);
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let repeat = number(element, "table:number-columns-repeated");
                let has_content = !is_empty
                    || element
                        .attributes()
                        .with_checks(false)
                        .flatten()
                        .any(|a| a.key.0 == "office:value-type");
                let rows_spanned = number(element, "table:number-rows-spanned");
                let columns_spanned = number(element, "table:number-columns-spanned");
                if (rows_spanned > 1 || columns_spanned > 1)
                    && let Some(layout) = layouts.last_mut()
                {
                    let start = (to_u32(row), to_u32(column));
                    let end = (
                        to_u32(row.saturating_add(rows_spanned.saturating_sub(1))),
                        to_u32(column.saturating_add(columns_spanned.saturating_sub(1))),
                    );
                    layout.merges.push((start, end));
                }
                column = column.saturating_add(repeat);
                if has_content {
                    row_width = column;
                }
            }
            _ => {}
        }
    }
    Ok(layouts)
}

fn push_sheet(
    blocks: &mut Vec<Block>,
    name: &str,
    grid: Grid,
    rows_kept: &mut usize,
    limits: &Limits,
) -> Result<(), ImportError> {
    let rows = grid.into_rows();
    if rows.is_empty() {
        return Ok(());
    }
    *rows_kept += rows.len();
    if *rows_kept > limits.max_rows {
        return Err(too_many_rows(limits));
    }
    blocks.push(Block::Paragraph(Paragraph {
        text: name.to_owned(),
        ..Paragraph::default()
    }));
    blocks.push(Block::Table(Table { rows }));
    Ok(())
}

/// Cells by absolute (row, column), bounded by the row limit, `MAX_COLUMNS`,
/// `MAX_SHEET_CELLS` and a text budget, so a huge merged region over a long text cannot
/// multiply it into gigabytes.
struct Grid {
    cells: BTreeMap<(u32, u32), Cell>,
    text_budget: u64,
}

impl Grid {
    fn new(limits: &Limits) -> Self {
        Grid {
            cells: BTreeMap::new(),
            text_budget: limits.max_unpacked_bytes,
        }
    }

    fn insert(&mut self, position: (u32, u32), cell: Cell) -> Result<(), ImportError> {
        let cost = u64::try_from(cell.text.len()).unwrap_or(u64::MAX);
        let too_many_cells = u64::try_from(self.cells.len()).unwrap_or(u64::MAX) >= MAX_SHEET_CELLS;
        if cost > self.text_budget || too_many_cells {
            return Err(ImportError::TooLarge(
                "the sheet's merged cells expand to more text than allowed".into(),
            ));
        }
        self.text_budget -= cost;
        self.cells.insert(position, cell);
        Ok(())
    }

    fn put(
        &mut self,
        (row, column): (u32, u32),
        text: String,
        limits: &Limits,
    ) -> Result<(), ImportError> {
        if usize::try_from(row).map_or(true, |r| r >= limits.max_rows) {
            return Err(too_many_rows(limits));
        }
        if usize::try_from(column).map_or(true, |c| c >= MAX_COLUMNS) || text.is_empty() {
            return Ok(());
        }
        self.insert(
            (row, column),
            Cell {
                text,
                ..Cell::default()
            },
        )
    }

    /// Copies the top-left text over the region, marking continuations as DOCX merges are.
    fn merge(
        &mut self,
        start: (u32, u32),
        end: (u32, u32),
        limits: &Limits,
    ) -> Result<(), ImportError> {
        let max_row = u32::try_from(limits.max_rows).unwrap_or(u32::MAX);
        let max_column = u32::try_from(MAX_COLUMNS).unwrap_or(u32::MAX);
        if start.0 >= max_row || start.1 >= max_column {
            return Ok(());
        }
        let end = (end.0.min(max_row - 1), end.1.min(max_column - 1));
        let text = self
            .cells
            .get(&start)
            .map(|c| c.text.clone())
            .unwrap_or_default();
        for row in start.0..=end.0 {
            for column in start.1..=end.1 {
                if (row, column) == start {
                    continue;
                }
                self.insert(
                    (row, column),
                    Cell {
                        text: text.clone(),
                        merged_from_above: row > start.0,
                        merged_from_left: column > start.1,
                        ..Cell::default()
                    },
                )?;
            }
        }
        Ok(())
    }

    /// Dense rows from the first used row and column; rows with nothing in them dropped.
    fn into_rows(self) -> Vec<Vec<Cell>> {
        let Some(first_column) = self.cells.keys().map(|(_, c)| *c).min() else {
            return Vec::new();
        };
        let last_column = self
            .cells
            .keys()
            .map(|(_, c)| *c)
            .max()
            .unwrap_or(first_column);
        let width = usize::try_from(last_column - first_column + 1).unwrap_or(0);
        let mut rows: BTreeMap<u32, Vec<Cell>> = BTreeMap::new();
        for ((row, column), cell) in self.cells {
            let cells = rows
                .entry(row)
                .or_insert_with(|| vec![Cell::default(); width]);
            if let Some(slot) = usize::try_from(column - first_column)
                .ok()
                .and_then(|i| cells.get_mut(i))
            {
                *slot = cell;
            }
        }
        rows.into_values()
            .filter(|r| r.iter().any(|c| !c.text.is_empty()))
            .collect()
    }
}

fn data_text(value: &Data) -> String {
    match value {
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number_text(*f),
        Data::String(s) => s.trim().to_owned(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(date) => date_text(date),
        Data::DateTimeIso(s) => iso_date_text(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

fn data_ref_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::String(s) => s.trim().to_owned(),
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(date) => date_text(date),
        DataRef::DateTimeIso(s) => iso_date_text(s),
        DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// Numbers as a person typed them: 1.0 → "1", 2.5 → "2.5".
fn number_text(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        value.to_string()
    }
}

/// Spreadsheet dates as dd.mm.yyyy, with HH:MM when a time of day is set; a bare time
/// (serial below 1) as HH:MM.
fn date_text(date: &ExcelDateTime) -> String {
    if !date.is_datetime() {
        return number_text(date.as_f64());
    }
    let (year, month, day, hour, minute, _, _) = date.to_ymd_hms_milli();
    let time = format!("{hour:02}:{minute:02}");
    if date.as_f64() < 1.0 {
        return time;
    }
    let day_text = format!("{day:02}.{month:02}.{year:04}");
    if hour == 0 && minute == 0 {
        day_text
    } else {
        format!("{day_text} {time}")
    }
}

/// ODS stores dates as ISO 8601 text; shown as dd.mm.yyyy like XLSX dates.
fn iso_date_text(text: &str) -> String {
    let (date, time) = text.split_once('T').unwrap_or((text, ""));
    match chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        Ok(day) => {
            let day_text = day.format("%d.%m.%Y").to_string();
            let time = time.get(..5).filter(|t| *t != "00:00");
            match time {
                Some(time) => format!("{day_text} {time}"),
                None => day_text,
            }
        }
        Err(_) => text.to_owned(),
    }
}

fn too_many_rows(limits: &Limits) -> ImportError {
    ImportError::TooLarge(format!("the table has more than {} rows", limits.max_rows))
}

fn spreadsheet_error(error: impl std::fmt::Display) -> ImportError {
    ImportError::Corrupt(format!("the spreadsheet cannot be read: {error}"))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use calamine::ExcelDateTimeType;

    use super::*;
    use crate::import::fixtures::xlsx_with_merges;
    use crate::import::read_source;

    fn rows_of(doc: &SourceDoc) -> Vec<Vec<String>> {
        doc.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t),
                Block::Paragraph(_) => None,
            })
            .flat_map(|t| t.rows.iter())
            .map(|r| r.iter().map(|c| c.text.clone()).collect())
            .collect()
    }

    #[test]
    fn the_delimiter_is_the_one_that_splits_lines_consistently() {
        assert_eq!(detect_delimiter("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(detect_delimiter("a\tb\n1\t2, 3\n"), b'\t');
        assert_eq!(detect_delimiter("a|b|c\nx|y|z\n"), b'|');
    }

    #[test]
    fn quoted_fields_may_hold_newlines_and_delimiters() {
        let doc = read_csv(
            "№,Мероприятие,Сроки\n1,\"Конкурс, этап 1\nи этап 2\",октябрь\n",
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            rows_of(&doc),
            vec![
                vec!["№", "Мероприятие", "Сроки"],
                vec!["1", "Конкурс, этап 1\nи этап 2", "октябрь"]
            ]
        );
    }

    #[test]
    fn csv_rows_over_the_limit_are_refused() {
        let limits = Limits {
            max_rows: 2,
            ..Limits::default()
        };
        assert!(matches!(
            read_csv("a;b\nc;d\ne;f\n", &limits),
            Err(ImportError::TooLarge(_))
        ));
    }

    #[test]
    fn a_cp1251_semicolon_csv_file_is_read() {
        let bytes = include_bytes!("../../tests/data/import/plan_cp1251_semicolon.csv");
        let doc = read_source(bytes, "plan.csv", &Limits::default()).unwrap();
        let rows = rows_of(&doc);
        assert_eq!(rows[0], vec!["№", "Мероприятие", "Сроки", "Ответственные"]);
        assert_eq!(rows.len(), 5);
    }

    #[test]
    fn a_utf8_bom_comma_csv_keeps_quoted_line_breaks() {
        let bytes = include_bytes!("../../tests/data/import/plan_utf8_bom_comma.csv");
        let doc = read_source(bytes, "ke-hoach.csv", &Limits::default()).unwrap();
        let rows = rows_of(&doc);
        assert_eq!(rows[0][0], "№");
        assert_eq!(rows[2][1], "Tuần lễ học tập suốt đời\n(các khối lớp)");
        assert_eq!(rows[2][3], "BGH, giáo viên chủ nhiệm");
    }

    #[test]
    fn xlsx_rows_over_the_limit_are_refused() {
        let rows: Vec<Vec<String>> = (0..12).map(|i| vec![i.to_string()]).collect();
        let bytes = crate::import::fixtures::xlsx_from_rows("Лист1", &rows);
        let limits = Limits {
            max_rows: 10,
            ..Limits::default()
        };
        assert!(matches!(
            read_source(&bytes, "plan.xlsx", &limits),
            Err(ImportError::TooLarge(_))
        ));
    }

    #[test]
    fn a_merged_region_cannot_multiply_a_long_text_past_the_budget() {
        let rows = vec![vec!["x".repeat(10_000)]];
        let bytes = xlsx_with_merges("Лист1", &rows, &["A1:J1000"]);
        assert!(matches!(
            read_source(
                &bytes,
                "plan.xlsx",
                &Limits {
                    max_unpacked_bytes: 1_000_000,
                    ..Limits::default()
                }
            ),
            Err(ImportError::TooLarge(_))
        ));
    }

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(number_text(1.0), "1");
        assert_eq!(number_text(2.5), "2.5");
        assert_eq!(number_text(-3.0), "-3");
    }

    #[test]
    fn spreadsheet_dates_read_as_day_month_year() {
        let date = |serial| ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_text(&date(45901.0)), "01.09.2025");
        assert_eq!(date_text(&date(45901.5)), "01.09.2025 12:00");
        assert_eq!(date_text(&date(0.625)), "15:00");
        assert_eq!(iso_date_text("2025-09-01"), "01.09.2025");
        assert_eq!(iso_date_text("2025-09-01T14:30:00"), "01.09.2025 14:30");
    }

    #[test]
    fn xlsx_merged_regions_expand_like_word_merges() {
        let rows = vec![
            vec!["1. Раздел".to_owned(), String::new(), String::new()],
            vec!["1".to_owned(), "Линейка".to_owned(), "сентябрь".to_owned()],
            vec!["2".to_owned(), "Акция".to_owned(), String::new()],
        ];
        let bytes = xlsx_with_merges("Лист1", &rows, &["A1:C1", "C2:C3"]);
        let doc = read_source(&bytes, "plan.xlsx", &Limits::default()).unwrap();
        let Some(Block::Table(table)) = doc.blocks.get(1) else {
            panic!("no table: {doc:?}");
        };
        let flags: Vec<Vec<(String, bool, bool)>> = table
            .rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| (c.text.clone(), c.merged_from_left, c.merged_from_above))
                    .collect()
            })
            .collect();
        let cell = |t: &str, left, above| (t.to_owned(), left, above);
        assert_eq!(
            flags,
            vec![
                vec![
                    cell("1. Раздел", false, false),
                    cell("1. Раздел", true, false),
                    cell("1. Раздел", true, false)
                ],
                vec![
                    cell("1", false, false),
                    cell("Линейка", false, false),
                    cell("сентябрь", false, false)
                ],
                vec![
                    cell("2", false, false),
                    cell("Акция", false, false),
                    cell("сентябрь", false, true)
                ],
            ]
        );
    }

    fn ods(content: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("mimetype", options).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("META-INF/manifest.xml", options).unwrap();
        zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>"#)
            .unwrap();
        zip.start_file("content.xml", options).unwrap();
        zip.write_all(format!(r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{content}</office:spreadsheet></office:body></office:document-content>"#).as_bytes())
            .unwrap();
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn ods_spanned_cells_expand_like_word_merges() {
        let bytes = ods(
            r#"<table:table table:name="Лист1"><table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="2"><text:p>Раздел</text:p></table:table-cell><table:covered-table-cell/></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Линейка</text:p></table:table-cell><table:table-cell office:value-type="string" table:number-rows-spanned="2"><text:p>сентябрь</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Акция</text:p></table:table-cell><table:covered-table-cell/></table:table-row><table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>"#,
        );
        let doc = read_source(&bytes, "plan.ods", &Limits::default()).unwrap();
        let Some(Block::Table(table)) = doc.blocks.get(1) else {
            panic!("no table: {doc:?}");
        };
        assert_eq!(
            rows_of(&doc),
            vec![
                vec!["Раздел", "Раздел"],
                vec!["Линейка", "сентябрь"],
                vec!["Акция", "сентябрь"]
            ]
        );
        assert!(table.rows[0][1].merged_from_left);
        assert!(table.rows[2][1].merged_from_above);
    }

    #[test]
    fn ods_repeated_rows_that_would_expand_past_the_limits_are_refused() {
        let bytes = ods(
            r#"<table:table table:name="bomb"><table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell></table:table-row></table:table>"#,
        );
        assert!(bytes.len() < 2_000);
        assert!(matches!(
            read_source(&bytes, "plan.ods", &Limits::default()),
            Err(ImportError::TooLarge(_))
        ));
    }

    #[test]
    fn ods_sheets_are_read_with_their_names() {
        let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="План"><table:table-row><table:table-cell office:value-type="string"><text:p>Мероприятие</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Сроки</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Линейка</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2025-09-01"><text:p>01.09.25</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("META-INF/manifest.xml", stored).unwrap();
        zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#)
            .unwrap();
        zip.start_file("content.xml", stored).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let doc = read_source(&bytes, "plan.ods", &Limits::default()).unwrap();
        assert_eq!(
            doc.blocks.first(),
            Some(&Block::Paragraph(Paragraph {
                text: "План".into(),
                ..Paragraph::default()
            }))
        );
        assert_eq!(
            rows_of(&doc),
            vec![vec!["Мероприятие", "Сроки"], vec!["Линейка", "01.09.2025"]]
        );
    }
}
