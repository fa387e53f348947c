//! DOCX reader: word/document.xml (with numbering.xml for list labels and styles.xml for
//! headings) streamed through quick-xml into paragraphs and tables in reading order.
//!
//! The walk is one iterative state machine — no recursion — so deep nesting cannot overflow
//! the stack. Merged cells are expanded as `Table` promises: a horizontal span repeats its
//! text with `merged_from_left`, a vertical continuation carries the origin text with
//! `merged_from_above`. Nested tables are flattened into the text of their outer cell.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesRef, BytesStart, Event};

use super::container::Container;
use super::{Block, Cell, ImportError, Limits, Paragraph, SourceDoc, Table};

/// Subtrees whose text is not document text: deleted or moved-away revisions, drawings and
/// their text-box copies, content-control properties, old formatting kept for revisions.
const SKIPPED_ELEMENTS: &[&str] = &[
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "drawing",
    "pict",
    "object",
    "Fallback",
    "sdtPr",
    "pPrChange",
    "rPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "footnotePr",
    "endnotePr",
];

/// OOXML built-in style names (locale-independent in styles.xml) that mark a heading.
const HEADING_STYLE_PREFIXES: &[&str] = &["heading", "title"];

/// Word's Russian letter numbering skips ё, й, ъ, ы, ь.
const RUSSIAN_LETTERS: &[char] = &[
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у',
    'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
];

const MAX_GRID_SPAN: usize = 64;
const LEVELS: usize = 9;

/// Reads a DOCX container opened by `read_source`.
pub(crate) fn read(
    container: &mut Container<'_>,
    limits: &Limits,
) -> Result<SourceDoc, ImportError> {
    let document = container
        .read_xml("word/document.xml")?
        .ok_or_else(|| ImportError::Corrupt("word/document.xml is missing".into()))?;
    let numbering = match container.read_xml("word/numbering.xml")? {
        Some(xml) => Numbering::parse(&xml)?,
        None => Numbering::default(),
    };
    let styles = match container.read_xml("word/styles.xml")? {
        Some(xml) => Styles::parse(&xml)?,
        None => Styles::default(),
    };
    parse_document(&document, &numbering, &styles, limits)
}

/// Parses word/document.xml text.
pub(crate) fn parse_document(
    xml: &str,
    numbering: &Numbering,
    styles: &Styles,
    limits: &Limits,
) -> Result<SourceDoc, ImportError> {
    let mut walker = Walker::new(numbering, styles, limits);
    let mut reader = Reader::from_str(xml);
    loop {
        let event = reader
            .read_event()
            .map_err(|error| malformed("word/document.xml", reader.error_position(), &error))?;
        match event {
            Event::Start(element) => walker.start(&element)?,
            Event::Empty(element) => {
                walker.start(&element)?;
                walker.end(local(element.name().0))?;
            }
            Event::End(element) => walker.end(local(element.name().0))?,
            Event::Text(text) => walker.text(&text.xml10_content()),
            Event::CData(text) => walker.text(&text.xml10_content()),
            Event::GeneralRef(reference) => walker.text(&resolve_reference(&reference)),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(SourceDoc {
        blocks: walker.blocks,
    })
}

fn malformed(part: &str, position: u64, error: &quick_xml::Error) -> ImportError {
    ImportError::Corrupt(format!(
        "{part} is not well-formed XML near byte {position}: {error}"
    ))
}

fn resolve_reference(reference: &BytesRef<'_>) -> String {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return c.to_string();
    }
    let name: &str = reference;
    quick_xml::escape::resolve_predefined_entity(name)
        .unwrap_or_default()
        .to_owned()
}

/// The name without its namespace prefix.
fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// An attribute by local name ("w:val" → "val"), unescaped.
fn attribute(element: &BytesStart<'_>, wanted: &str) -> Option<String> {
    element
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|a| local(a.key.0) == wanted)
        .map(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.into_owned())
        })
}

fn number_attribute(element: &BytesStart<'_>, wanted: &str) -> Option<u32> {
    attribute(element, wanted).and_then(|v| v.trim().parse().ok())
}

/// `w:b` and friends: on unless `w:val` says 0/false/off.
fn toggle_on(element: &BytesStart<'_>) -> bool {
    !matches!(
        attribute(element, "val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

#[derive(Default)]
struct ParagraphState {
    text: String,
    style: Option<String>,
    num_id: Option<u32>,
    level: Option<u8>,
    has_text: bool,
    all_bold: bool,
    in_properties: bool,
}

#[derive(Default)]
struct RunState {
    active: bool,
    in_properties: bool,
    in_text: bool,
    bold: bool,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum VMerge {
    #[default]
    None,
    Restart,
    Continue,
}

#[derive(Default)]
struct CellState {
    paragraphs: Vec<String>,
    grid_span: usize,
    vmerge: VMerge,
}

#[derive(Default)]
struct RowState {
    cells: Vec<Cell>,
    grid_after: usize,
}

#[derive(Default)]
struct TableState {
    rows: Vec<Vec<Cell>>,
    row: Option<RowState>,
    cell: Option<CellState>,
    in_row_properties: bool,
    in_cell_properties: bool,
}

struct Walker<'a> {
    numbering: &'a Numbering,
    styles: &'a Styles,
    counters: Counters,
    max_rows: usize,
    rows_kept: usize,
    /// Bytes of cell text still allowed out: merges copy text, so a long text merged down
    /// thousands of rows must not multiply into gigabytes.
    text_budget: u64,
    blocks: Vec<Block>,
    skip_depth: usize,
    paragraph: Option<ParagraphState>,
    run: RunState,
    tables: Vec<TableState>,
}

impl<'a> Walker<'a> {
    fn new(numbering: &'a Numbering, styles: &'a Styles, limits: &Limits) -> Self {
        Walker {
            numbering,
            styles,
            counters: Counters::default(),
            max_rows: limits.max_rows,
            rows_kept: 0,
            text_budget: limits.max_unpacked_bytes,
            blocks: Vec::new(),
            skip_depth: 0,
            paragraph: None,
            run: RunState::default(),
            tables: Vec::new(),
        }
    }

    fn start(&mut self, element: &BytesStart<'_>) -> Result<(), ImportError> {
        let name = local(element.name().0);
        if self.skip_depth > 0 {
            self.skip_depth += 1;
            return Ok(());
        }
        if SKIPPED_ELEMENTS.contains(&name) {
            self.skip_depth = 1;
            return Ok(());
        }
        match name {
            "p" => {
                self.paragraph = Some(ParagraphState {
                    all_bold: true,
                    ..ParagraphState::default()
                });
            }
            "pPr" => self.with_paragraph(|p| p.in_properties = true),
            "pStyle" => {
                let style = attribute(element, "val");
                self.with_paragraph_properties(|p| p.style = style);
            }
            "numId" => {
                let id = number_attribute(element, "val");
                self.with_paragraph_properties(|p| p.num_id = id);
            }
            "ilvl" => {
                let level = number_attribute(element, "val").and_then(|l| u8::try_from(l).ok());
                self.with_paragraph_properties(|p| p.level = level);
            }
            "r" => {
                let style_bold = self
                    .paragraph
                    .as_ref()
                    .and_then(|p| p.style.as_deref())
                    .is_some_and(|s| self.styles.bold(s));
                self.run = RunState {
                    active: true,
                    bold: style_bold,
                    ..RunState::default()
                };
            }
            "rPr" if self.run.active => self.run.in_properties = true,
            "b" if self.run.in_properties => self.run.bold = toggle_on(element),
            "t" if self.run.active => self.run.in_text = true,
            "tab" if self.run.active && !self.run.in_properties => self.push_text("\t", false),
            "br" | "cr" if self.run.active => self.push_text("\n", false),
            "noBreakHyphen" if self.run.active => self.push_text("-", true),
            "tbl" => self.tables.push(TableState::default()),
            "tr" => {
                if let Some(table) = self.tables.last_mut() {
                    table.row = Some(RowState::default());
                }
            }
            "trPr" => self.with_table(|t| t.in_row_properties = true),
            "gridBefore" | "gridAfter" => {
                let count = number_attribute(element, "val")
                    .and_then(|c| usize::try_from(c).ok())
                    .unwrap_or(0)
                    .min(MAX_GRID_SPAN);
                let before = name == "gridBefore";
                self.with_table(|t| {
                    if !t.in_row_properties {
                        return;
                    }
                    if let Some(row) = t.row.as_mut() {
                        if before {
                            row.cells.extend((0..count).map(|_| Cell::default()));
                        } else {
                            row.grid_after = count;
                        }
                    }
                });
            }
            "tc" => self.with_table(|t| {
                t.cell = Some(CellState {
                    grid_span: 1,
                    ..CellState::default()
                });
            }),
            "tcPr" => self.with_table(|t| t.in_cell_properties = true),
            "gridSpan" => {
                let span = number_attribute(element, "val")
                    .and_then(|c| usize::try_from(c).ok())
                    .unwrap_or(1)
                    .clamp(1, MAX_GRID_SPAN);
                self.with_cell_properties(|c| c.grid_span = span);
            }
            "vMerge" => {
                let merge = match attribute(element, "val").as_deref() {
                    Some("restart") => VMerge::Restart,
                    _ => VMerge::Continue,
                };
                self.with_cell_properties(|c| c.vmerge = merge);
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, name: &str) -> Result<(), ImportError> {
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            return Ok(());
        }
        match name {
            "p" => self.finish_paragraph()?,
            "pPr" => self.with_paragraph(|p| p.in_properties = false),
            "r" => self.run = RunState::default(),
            "rPr" => self.run.in_properties = false,
            "t" => self.run.in_text = false,
            "trPr" => self.with_table(|t| t.in_row_properties = false),
            "tcPr" => self.with_table(|t| t.in_cell_properties = false),
            "tc" => self.finish_cell()?,
            "tr" => self.finish_row()?,
            "tbl" => self.finish_table(),
            _ => {}
        }
        Ok(())
    }

    fn text(&mut self, text: &str) {
        if self.skip_depth == 0 && self.run.in_text {
            self.push_text(text, true);
        }
    }

    fn push_text(&mut self, text: &str, counts_as_text: bool) {
        let bold = self.run.bold;
        self.with_paragraph(|p| {
            p.text.push_str(text);
            if counts_as_text && !text.trim().is_empty() {
                p.has_text = true;
                p.all_bold &= bold;
            }
        });
    }

    fn with_paragraph(&mut self, change: impl FnOnce(&mut ParagraphState)) {
        if let Some(paragraph) = self.paragraph.as_mut() {
            change(paragraph);
        }
    }

    fn with_paragraph_properties(&mut self, change: impl FnOnce(&mut ParagraphState)) {
        if let Some(paragraph) = self.paragraph.as_mut().filter(|p| p.in_properties) {
            change(paragraph);
        }
    }

    fn with_table(&mut self, change: impl FnOnce(&mut TableState)) {
        if let Some(table) = self.tables.last_mut() {
            change(table);
        }
    }

    fn with_cell_properties(&mut self, change: impl FnOnce(&mut CellState)) {
        if let Some(table) = self.tables.last_mut().filter(|t| t.in_cell_properties)
            && let Some(cell) = table.cell.as_mut()
        {
            change(cell);
        }
    }

    fn count_row(&mut self) -> Result<(), ImportError> {
        self.rows_kept += 1;
        if self.rows_kept > self.max_rows {
            return Err(ImportError::TooLarge(format!(
                "the document has more than {} paragraphs and table rows",
                self.max_rows
            )));
        }
        Ok(())
    }

    fn finish_paragraph(&mut self) -> Result<(), ImportError> {
        let Some(state) = self.paragraph.take() else {
            return Ok(());
        };
        let style = state.style.as_deref();
        let style_numbering = style.and_then(|s| self.styles.numbering(s));
        let num_id = state.num_id.or(style_numbering.map(|(id, _)| id));
        let level = state
            .level
            .or(style_numbering.map(|(_, level)| level))
            .unwrap_or(0);
        let label = num_id
            .filter(|id| *id != 0)
            .and_then(|id| self.counters.next(self.numbering, id, level));
        let text = state.text.trim().to_owned();
        let bold =
            (state.has_text && state.all_bold) || style.is_some_and(|s| self.styles.heading(s));
        if let Some(table) = self.tables.last_mut() {
            let line = match (&label, text.is_empty()) {
                (Some(label), true) => label.clone(),
                (Some(label), false) => format!("{label} {text}"),
                (None, _) => text,
            };
            if let Some(cell) = table.cell.as_mut() {
                cell.paragraphs.push(line);
            }
            return Ok(());
        }
        if text.is_empty() {
            return Ok(());
        }
        self.count_row()?;
        self.blocks.push(Block::Paragraph(Paragraph {
            text,
            level: if label.is_some() { level } else { 0 },
            label,
            bold,
        }));
        Ok(())
    }

    fn finish_cell(&mut self) -> Result<(), ImportError> {
        let Some(table) = self.tables.last_mut() else {
            return Ok(());
        };
        let Some(cell) = table.cell.take() else {
            return Ok(());
        };
        let row = table.row.get_or_insert_with(RowState::default);
        let column = row.cells.len();
        let own_text = cell
            .paragraphs
            .iter()
            .filter(|p| !p.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n");
        let above = table.rows.last().and_then(|r| r.get(column));
        let (text, paragraphs, merged_from_above) = match (cell.vmerge, above) {
            (VMerge::Continue, Some(above)) => (above.text.clone(), above.paragraphs.clone(), true),
            _ => (own_text, cell.paragraphs, false),
        };
        let cost = u64::try_from(text.len().saturating_mul(cell.grid_span)).unwrap_or(u64::MAX);
        if cost > self.text_budget {
            return Err(ImportError::TooLarge(
                "the document's merged cells expand to more text than allowed".into(),
            ));
        }
        self.text_budget -= cost;
        for offset in 0..cell.grid_span {
            row.cells.push(Cell {
                text: text.clone(),
                paragraphs: paragraphs.clone(),
                merged_from_above,
                merged_from_left: offset > 0,
            });
        }
        Ok(())
    }

    fn finish_row(&mut self) -> Result<(), ImportError> {
        let Some(table) = self.tables.last_mut() else {
            return Ok(());
        };
        let Some(mut row) = table.row.take() else {
            return Ok(());
        };
        row.cells
            .extend((0..row.grid_after).map(|_| Cell::default()));
        table.rows.push(row.cells);
        if self.tables.len() == 1 {
            self.count_row()?;
        }
        Ok(())
    }

    fn finish_table(&mut self) {
        let Some(table) = self.tables.pop() else {
            return;
        };
        match self.tables.last_mut() {
            None => {
                if !table.rows.is_empty() {
                    self.blocks.push(Block::Table(Table { rows: table.rows }));
                }
            }
            Some(outer) => {
                // A nested table becomes lines of its outer cell, one per original cell.
                if let Some(cell) = outer.cell.as_mut() {
                    let lines = table
                        .rows
                        .iter()
                        .flatten()
                        .filter(|c| !c.merged_from_left && !c.merged_from_above)
                        .filter(|c| !c.text.is_empty())
                        .map(|c| c.text.clone());
                    cell.paragraphs.extend(lines);
                }
            }
        }
    }
}

/// List formats of numbering.xml that plans use; anything else is drawn as decimal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum NumberFormat {
    #[default]
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    RussianLower,
    RussianUpper,
    Bullet,
    None,
}

impl NumberFormat {
    fn parse(value: &str) -> Self {
        match value {
            "decimalZero" => Self::DecimalZero,
            "lowerLetter" => Self::LowerLetter,
            "upperLetter" => Self::UpperLetter,
            "lowerRoman" => Self::LowerRoman,
            "upperRoman" => Self::UpperRoman,
            "russianLower" => Self::RussianLower,
            "russianUpper" => Self::RussianUpper,
            "bullet" => Self::Bullet,
            "none" => Self::None,
            _ => Self::Decimal,
        }
    }

    fn draw(self, n: u32) -> String {
        match self {
            Self::Decimal | Self::Bullet => n.to_string(),
            Self::DecimalZero => format!("{n:02}"),
            Self::LowerLetter => letters(n, &LATIN_LETTERS),
            Self::UpperLetter => letters(n, &LATIN_LETTERS).to_uppercase(),
            Self::LowerRoman => roman(n).to_lowercase(),
            Self::UpperRoman => roman(n),
            Self::RussianLower => letters(n, RUSSIAN_LETTERS),
            Self::RussianUpper => letters(n, RUSSIAN_LETTERS).to_uppercase(),
            Self::None => String::new(),
        }
    }
}

const LATIN_LETTERS: [char; 26] = [
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
    't', 'u', 'v', 'w', 'x', 'y', 'z',
];

/// Word's letter numbering: a…z, then aa…zz, aaa….
fn letters(n: u32, alphabet: &[char]) -> String {
    let size = u32::try_from(alphabet.len()).unwrap_or(1).max(1);
    let index = n.saturating_sub(1);
    let letter = usize::try_from(index % size)
        .ok()
        .and_then(|i| alphabet.get(i))
        .copied()
        .unwrap_or('?');
    let repeat = usize::try_from(index / size + 1).unwrap_or(1).min(10);
    std::iter::repeat_n(letter, repeat).collect()
}

fn roman(mut n: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

#[derive(Clone, Debug, Default)]
struct Level {
    format: NumberFormat,
    text: String,
    start: u32,
}

/// Lists defined in numbering.xml: numId → its abstract definition's levels.
#[derive(Clone, Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<u32, Vec<Level>>,
    /// numId → (abstractNumId, per-level start overrides).
    nums: HashMap<u32, (u32, Vec<(u8, u32)>)>,
}

impl Numbering {
    pub(crate) fn parse(xml: &str) -> Result<Self, ImportError> {
        let mut numbering = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let mut abstract_id: Option<u32> = None;
        let mut level: Option<usize> = None;
        let mut num_id: Option<u32> = None;
        let mut override_level: Option<u8> = None;
        loop {
            let event = reader.read_event().map_err(|error| {
                malformed("word/numbering.xml", reader.error_position(), &error)
            })?;
            let (element, is_empty) = match &event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match local(e.name().0) {
                        "abstractNum" => abstract_id = None,
                        "lvl" => level = None,
                        "num" => num_id = None,
                        "lvlOverride" => override_level = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let name = local(element.name().0);
            match name {
                "abstractNum" if !is_empty => {
                    abstract_id = number_attribute(element, "abstractNumId");
                }
                "lvl" if !is_empty && abstract_id.is_some() => {
                    level = number_attribute(element, "ilvl")
                        .and_then(|l| usize::try_from(l).ok())
                        .filter(|l| *l < LEVELS);
                }
                "numFmt" | "lvlText" | "start" => {
                    if let (Some(id), Some(index)) = (abstract_id, level) {
                        let levels = numbering.abstracts.entry(id).or_default();
                        if levels.len() < LEVELS {
                            levels.resize(
                                LEVELS,
                                Level {
                                    start: 1,
                                    ..Level::default()
                                },
                            );
                        }
                        if let Some(slot) = levels.get_mut(index) {
                            let value = attribute(element, "val").unwrap_or_default();
                            match name {
                                "numFmt" => slot.format = NumberFormat::parse(&value),
                                "lvlText" => slot.text = value,
                                _ => slot.start = value.trim().parse().unwrap_or(1),
                            }
                        }
                    }
                }
                "num" if !is_empty => num_id = number_attribute(element, "numId"),
                "abstractNumId" => {
                    if let (Some(id), Some(abstract_ref)) =
                        (num_id, number_attribute(element, "val"))
                    {
                        numbering.nums.entry(id).or_default().0 = abstract_ref;
                    }
                }
                "lvlOverride" if !is_empty => {
                    override_level =
                        number_attribute(element, "ilvl").and_then(|l| u8::try_from(l).ok());
                }
                "startOverride" => {
                    if let (Some(id), Some(level), Some(start)) =
                        (num_id, override_level, number_attribute(element, "val"))
                    {
                        numbering.nums.entry(id).or_default().1.push((level, start));
                    }
                }
                _ => {}
            }
        }
        Ok(numbering)
    }

    fn levels(&self, num_id: u32) -> Option<&[Level]> {
        let (abstract_id, _) = self.nums.get(&num_id)?;
        self.abstracts.get(abstract_id).map(Vec::as_slice)
    }

    fn start(&self, num_id: u32, level: usize) -> u32 {
        let overridden = self.nums.get(&num_id).and_then(|(_, overrides)| {
            overrides
                .iter()
                .find(|(l, _)| usize::from(*l) == level)
                .map(|(_, start)| *start)
        });
        overridden
            .or_else(|| self.levels(num_id)?.get(level).map(|l| l.start))
            .unwrap_or(1)
    }
}

/// Running list counters, per numId and level, as Word counts them.
#[derive(Default)]
struct Counters {
    counts: HashMap<u32, [u32; LEVELS]>,
}

impl Counters {
    /// Advances the counter of a list item and draws its label.
    fn next(&mut self, numbering: &Numbering, num_id: u32, level: u8) -> Option<String> {
        let levels = numbering.levels(num_id)?;
        let index = usize::from(level).min(LEVELS - 1);
        let definition = levels.get(index)?;
        let counts = self.counts.entry(num_id).or_insert([0; LEVELS]);
        let current = counts.get_mut(index)?;
        *current = if *current == 0 {
            numbering.start(num_id, index)
        } else {
            current.saturating_add(1)
        };
        for deeper in counts.iter_mut().skip(index + 1) {
            *deeper = 0;
        }
        let counts = *counts;
        let label = match definition.format {
            NumberFormat::Bullet => bullet(&definition.text),
            NumberFormat::None if !definition.text.contains('%') => definition.text.clone(),
            _ => draw_level_text(&definition.text, levels, &counts, |l| {
                numbering.start(num_id, l)
            }),
        };
        let label = label.trim().to_owned();
        (!label.is_empty()).then_some(label)
    }
}

/// Symbol-font bullets live in the private use area; draw them as a middle dot.
fn bullet(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (None, _) => "·".into(),
        (Some(c), None) if ('\u{E000}'..='\u{F8FF}').contains(&c) || c == '•' => "·".into(),
        _ => text.into(),
    }
}

/// Replaces %1…%9 in a lvlText with the counters drawn in each level's format.
fn draw_level_text(
    text: &str,
    levels: &[Level],
    counts: &[u32; LEVELS],
    start: impl Fn(usize) -> u32,
) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let digit = chars.peek().and_then(|d| d.to_digit(10));
        match (c, digit) {
            ('%', Some(d @ 1..=9)) => {
                chars.next();
                let index = usize::try_from(d - 1).unwrap_or(0);
                let count = counts.get(index).copied().unwrap_or(0);
                let count = if count == 0 { start(index) } else { count };
                let format = levels.get(index).map(|l| l.format).unwrap_or_default();
                out.push_str(&format.draw(count));
            }
            _ => out.push(c),
        }
    }
    out
}

#[derive(Clone, Debug, Default)]
struct StyleDef {
    name: String,
    based_on: Option<String>,
    bold: Option<bool>,
    num_id: Option<u32>,
    level: Option<u8>,
}

/// What styles.xml says about paragraph styles: heading names, bold, list numbering.
#[derive(Clone, Debug, Default)]
pub(crate) struct Styles {
    styles: HashMap<String, StyleDef>,
}

/// How far a basedOn chain is followed; real chains are 2–4 long.
const MAX_STYLE_CHAIN: usize = 10;

impl Styles {
    pub(crate) fn parse(xml: &str) -> Result<Self, ImportError> {
        let mut styles = Styles::default();
        let mut reader = Reader::from_str(xml);
        let mut current: Option<(String, StyleDef)> = None;
        let mut in_run_properties = false;
        loop {
            let event = reader
                .read_event()
                .map_err(|error| malformed("word/styles.xml", reader.error_position(), &error))?;
            let (element, is_empty) = match &event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match local(e.name().0) {
                        "style" => {
                            if let Some((id, def)) = current.take() {
                                styles.styles.insert(id, def);
                            }
                        }
                        "rPr" => in_run_properties = false,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            match local(element.name().0) {
                "style" if !is_empty => {
                    current = attribute(element, "styleId").map(|id| (id, StyleDef::default()));
                }
                "rPr" if !is_empty => in_run_properties = true,
                other => {
                    let Some((_, def)) = current.as_mut() else {
                        continue;
                    };
                    match other {
                        "name" => def.name = attribute(element, "val").unwrap_or_default(),
                        "basedOn" => def.based_on = attribute(element, "val"),
                        "b" if in_run_properties => def.bold = Some(toggle_on(element)),
                        "numId" => def.num_id = number_attribute(element, "val"),
                        "ilvl" => {
                            def.level =
                                number_attribute(element, "val").and_then(|l| u8::try_from(l).ok());
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(styles)
    }

    /// The first value a style or its ancestors define.
    fn inherited<T>(&self, style_id: &str, pick: impl Fn(&StyleDef) -> Option<T>) -> Option<T> {
        let mut id = style_id;
        for _ in 0..MAX_STYLE_CHAIN {
            let def = self.styles.get(id)?;
            if let Some(value) = pick(def) {
                return Some(value);
            }
            id = def.based_on.as_deref()?;
        }
        None
    }

    fn heading(&self, style_id: &str) -> bool {
        let is_heading = |name: &str| {
            let name = name.to_lowercase();
            HEADING_STYLE_PREFIXES.iter().any(|p| name.starts_with(p))
        };
        is_heading(style_id)
            || self
                .inherited(style_id, |d| is_heading(&d.name).then_some(()))
                .is_some()
    }

    fn bold(&self, style_id: &str) -> bool {
        self.inherited(style_id, |d| d.bold).unwrap_or(false)
    }

    fn numbering(&self, style_id: &str) -> Option<(u32, u8)> {
        let num_id = self.inherited(style_id, |d| d.num_id)?;
        let level = self.inherited(style_id, |d| d.level).unwrap_or(0);
        Some((num_id, level))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn body(inner: &str) -> String {
        format!(r#"<w:document {NS}><w:body>{inner}</w:body></w:document>"#)
    }

    fn parse(inner: &str) -> Vec<Block> {
        parse_with(inner, &Numbering::default(), &Styles::default())
    }

    fn parse_with(inner: &str, numbering: &Numbering, styles: &Styles) -> Vec<Block> {
        parse_document(&body(inner), numbering, styles, &Limits::default())
            .unwrap()
            .blocks
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph(Paragraph {
            text: text.into(),
            ..Paragraph::default()
        })
    }

    fn texts(block: &Block) -> Vec<Vec<String>> {
        match block {
            Block::Table(table) => table
                .rows
                .iter()
                .map(|r| r.iter().map(|c| c.text.clone()).collect())
                .collect(),
            Block::Paragraph(p) => vec![vec![p.text.clone()]],
        }
    }

    fn table_of(blocks: &[Block]) -> &Table {
        blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(t) => Some(t),
                Block::Paragraph(_) => None,
            })
            .unwrap()
    }

    #[test]
    fn tabs_breaks_and_entities_are_kept_in_paragraphs() {
        let blocks = parse(
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"100\"/></w:tabs></w:pPr>\
             <w:r><w:t>A&amp;B</w:t><w:tab/><w:t>&#1055;</w:t><w:br/><w:t>end</w:t></w:r></w:p>",
        );
        assert_eq!(blocks, vec![paragraph("A&B\tП\nend")]);
    }

    #[test]
    fn deleted_text_is_skipped_and_inserted_text_kept() {
        let blocks = parse(
            "<w:p><w:r><w:t xml:space=\"preserve\">Конкурс </w:t></w:r>\
             <w:del><w:r><w:delText>старый </w:delText></w:r></w:del>\
             <w:ins><w:r><w:t>чтецов</w:t></w:r></w:ins></w:p>",
        );
        assert_eq!(blocks, vec![paragraph("Конкурс чтецов")]);
    }

    #[test]
    fn fields_show_their_result_and_wrappers_keep_text() {
        let blocks = parse(
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
             <w:r><w:instrText>HYPERLINK \"x\"</w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>сайт</w:t></w:r>\
             <w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
             <w:hyperlink><w:r><w:t> школы</w:t></w:r></w:hyperlink>\
             <w:smartTag><w:r><w:t> №1</w:t></w:r></w:smartTag>\
             <w:sdt><w:sdtPr><w:alias w:val=\"x\"/><w:placeholder><w:docPart w:val=\"y\"/></w:placeholder></w:sdtPr>\
             <w:sdtContent><w:r><w:t> в сентябре</w:t></w:r></w:sdtContent></w:sdt></w:p>",
        );
        assert_eq!(blocks, vec![paragraph("сайт школы №1 в сентябре")]);
    }

    #[test]
    fn bold_means_every_run_bold_or_a_heading_style() {
        let styles = Styles::parse(&format!(
            r#"<w:styles {NS}><w:style w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>"#
        ))
        .unwrap();
        let blocks = parse_with(
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>ПЛАН</w:t></w:r><w:r><w:rPr><w:b w:val=\"1\"/></w:rPr><w:t> РАБОТЫ</w:t></w:r></w:p>\
             <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Half</w:t></w:r><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t> bold</w:t></w:r></w:p>\
             <w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>Раздел</w:t></w:r></w:p>",
            &Numbering::default(),
            &styles,
        );
        let bolds: Vec<bool> = blocks
            .iter()
            .map(|b| matches!(b, Block::Paragraph(p) if p.bold))
            .collect();
        assert_eq!(bolds, vec![true, false, true]);
    }

    fn numbering() -> Numbering {
        Numbering::parse(&format!(
            r#"<w:numbering {NS}>
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="2">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
            </w:numbering>"#
        ))
        .unwrap()
    }

    fn item(num_id: u32, level: u8, text: &str) -> String {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num_id}\"/></w:numPr></w:pPr>\
             <w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    }

    #[test]
    fn numbered_lists_get_the_labels_word_draws() {
        let xml = [
            item(3, 0, "Раздел"),
            item(1, 0, "a"),
            item(1, 1, "b"),
            item(1, 1, "c"),
            item(1, 2, "d"),
            item(1, 0, "e"),
            item(1, 1, "f"),
            item(2, 0, "g"),
            item(3, 0, "Раздел"),
            item(4, 0, "h"),
        ]
        .concat();
        let labels: Vec<(Option<String>, u8)> = parse_with(&xml, &numbering(), &Styles::default())
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => (p.label.clone(), p.level),
                Block::Table(_) => (None, 99),
            })
            .collect();
        let expected = [
            ("I.", 0),
            ("1.", 0),
            ("1.1.", 1),
            ("1.2.", 1),
            ("a)", 2),
            ("2.", 0),
            ("2.1.", 1),
            ("·", 0),
            ("II.", 0),
            ("5.", 0),
        ];
        let expected: Vec<(Option<String>, u8)> = expected
            .iter()
            .map(|(l, level)| (Some((*l).to_owned()), *level))
            .collect();
        assert_eq!(labels, expected);
    }

    #[test]
    fn numbered_paragraphs_in_cells_show_their_label_in_the_text() {
        let cell = |num: &str| format!("<w:tc>{num}</w:tc>");
        let xml = format!(
            "<w:tbl><w:tr>{}<w:tc><w:p><w:r><w:t>Линейка</w:t></w:r></w:p></w:tc></w:tr>\
             <w:tr>{}<w:tc><w:p><w:r><w:t>Конкурс</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            cell(&item(1, 0, "")),
            cell(&item(1, 0, ""))
        );
        let blocks = parse_with(&xml, &numbering(), &Styles::default());
        assert_eq!(
            texts(&blocks[0]),
            vec![vec!["1.", "Линейка"], vec!["2.", "Конкурс"]]
        );
    }

    fn tc(props: &str, text: &str) -> String {
        format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
    }

    #[test]
    fn a_section_row_spanning_the_table_repeats_with_merged_from_left() {
        let xml = format!(
            "<w:tbl><w:tr>{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>",
            tc("<w:gridSpan w:val=\"3\"/>", "1. Работа с кадрами"),
            tc("", "1"),
            tc("", "Совещание"),
            tc("", "сентябрь")
        );
        let blocks = parse(&xml);
        let table = table_of(&blocks);
        assert_eq!(table.rows[0].len(), 3);
        assert!(
            table.rows[0]
                .iter()
                .all(|c| c.text == "1. Работа с кадрами")
        );
        let lefts: Vec<bool> = table.rows[0].iter().map(|c| c.merged_from_left).collect();
        assert_eq!(lefts, vec![false, true, true]);
    }

    #[test]
    fn vertical_merge_continuations_carry_the_origin_text() {
        let xml = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            tc("", "Конкурс"),
            tc("<w:vMerge w:val=\"restart\"/>", "в течение года"),
            tc("", "Выставка"),
            tc("<w:vMerge/>", ""),
            tc("", "Акция"),
            tc("<w:vMerge/>", "")
        );
        let blocks = parse(&xml);
        let table = table_of(&blocks);
        let column: Vec<(&str, bool)> = table
            .rows
            .iter()
            .map(|r| (r[1].text.as_str(), r[1].merged_from_above))
            .collect();
        assert_eq!(
            column,
            vec![
                ("в течение года", false),
                ("в течение года", true),
                ("в течение года", true)
            ]
        );
    }

    #[test]
    fn grid_before_and_after_pad_the_row() {
        let xml = format!(
            "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"2\"/></w:trPr>{}</w:tr></w:tbl>",
            tc("", "x")
        );
        assert_eq!(texts(&parse(&xml)[0]), vec![vec!["", "x", "", ""]]);
    }

    #[test]
    fn multi_paragraph_and_nested_table_cells_become_lines() {
        let xml = format!(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Иванова И.И.</w:t></w:r></w:p><w:p/>\
             <w:p><w:r><w:t>Петров П.П.</w:t></w:r></w:p>\
             <w:tbl><w:tr>{}{}</w:tr></w:tbl></w:tc></w:tr></w:tbl>",
            tc("", "вложенная"),
            tc("", "таблица")
        );
        assert_eq!(
            texts(&parse(&xml)[0]),
            vec![vec!["Иванова И.И.\nПетров П.П.\nвложенная\nтаблица"]]
        );
    }

    #[test]
    fn text_boxes_and_fallbacks_do_not_duplicate_text() {
        let xml = "<w:p><w:r><w:t>Видимый</w:t></w:r><w:r><mc:AlternateContent xmlns:mc=\"m\">\
                   <mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>рамка</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
                   <mc:Fallback><w:pict><w:p><w:r><w:t>рамка</w:t></w:r></w:p></w:pict></mc:Fallback>\
                   </mc:AlternateContent></w:r></w:p>";
        assert_eq!(parse(xml), vec![paragraph("Видимый")]);
    }

    #[test]
    fn malformed_xml_is_corrupt_and_says_where() {
        let error = parse_document(
            &body("<w:p><w:r><w:t>x</w:r></w:p>"),
            &Numbering::default(),
            &Styles::default(),
            &Limits::default(),
        )
        .unwrap_err();
        assert!(
            matches!(&error, ImportError::Corrupt(m) if m.contains("word/document.xml") && m.contains("near byte")),
            "{error:?}"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let depth = 200_000;
        let xml = format!(
            "{}<w:p><w:r><w:t>deep</w:t></w:r></w:p>{}",
            "<w:sdt><w:sdtContent>".repeat(depth),
            "</w:sdtContent></w:sdt>".repeat(depth)
        );
        assert_eq!(parse(&xml), vec![paragraph("deep")]);
    }

    #[test]
    fn rows_over_the_limit_are_refused() {
        let row = format!("<w:tr>{}</w:tr>", tc("", "x"));
        let xml = body(&format!("<w:tbl>{}</w:tbl>", row.repeat(11)));
        let limits = Limits {
            max_rows: 10,
            ..Limits::default()
        };
        let result = parse_document(&xml, &Numbering::default(), &Styles::default(), &limits);
        assert!(matches!(result, Err(ImportError::TooLarge(_))));
    }

    #[test]
    fn a_long_text_merged_down_many_rows_is_refused_past_the_budget() {
        let long = "x".repeat(10_000);
        let xml = body(&format!(
            "<w:tbl><w:tr>{}</w:tr>{}</w:tbl>",
            tc(
                "<w:vMerge w:val=\"restart\"/><w:gridSpan w:val=\"10\"/>",
                &long
            ),
            format!(
                "<w:tr>{}</w:tr>",
                tc("<w:vMerge/><w:gridSpan w:val=\"10\"/>", "")
            )
            .repeat(100)
        ));
        let limits = Limits {
            max_unpacked_bytes: 1_000_000,
            ..Limits::default()
        };
        let result = parse_document(&xml, &Numbering::default(), &Styles::default(), &limits);
        assert!(matches!(result, Err(ImportError::TooLarge(_))));
    }

    #[test]
    fn letter_and_roman_numbering() {
        assert_eq!(NumberFormat::LowerLetter.draw(27), "aa");
        assert_eq!(NumberFormat::RussianLower.draw(10), "к");
        assert_eq!(NumberFormat::UpperRoman.draw(14), "XIV");
        assert_eq!(NumberFormat::DecimalZero.draw(7), "07");
    }
}
