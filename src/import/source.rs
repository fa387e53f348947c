//! The format-independent shape of a document: paragraphs and tables, in reading order.

/// A document reduced to what plans are made of.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SourceDoc {
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(Paragraph),
    Table(Table),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    /// The list label Word would draw before the text ("1.", "1.1.", "·", "-"), when the
    /// paragraph is a list item whose label is not part of its text.
    pub label: Option<String>,
    /// List nesting level, 0 at the top.
    pub level: u8,
    /// The whole paragraph is bold (headings often are).
    pub bold: bool,
}

/// A table with merged cells expanded: every row has one `Cell` per grid column it covers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The cell's paragraphs joined with '\n'. A merged continuation carries the text of the
    /// cell it continues, so a timing shared by several rows applies to each.
    pub text: String,
    /// The cell's paragraphs as the document holds them, empty ones included, so that
    /// parallel paragraphs of neighbouring cells line up by index (a row packing several
    /// events). Empty when the format has no paragraphs in cells (text, sheets): then the
    /// lines of `text` are its paragraphs.
    pub paragraphs: Vec<String>,
    /// Continues the cell above (a vertical merge).
    pub merged_from_above: bool,
    /// Continues the cell to the left (a horizontal span).
    pub merged_from_left: bool,
}

/// Rows of plain cells (text only) for the readers' unit tests.
#[cfg(test)]
pub(crate) fn plain_rows(texts: &[&[&str]]) -> Vec<Vec<Cell>> {
    texts
        .iter()
        .map(|r| {
            r.iter()
                .map(|t| Cell {
                    text: t.to_string(),
                    ..Default::default()
                })
                .collect()
        })
        .collect()
}
