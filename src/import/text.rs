//! Plain-text plans, as text pulled out of Word documents looks: paragraphs, tables with one
//! row per line and tab-separated cells, tables with one cell per line (each starting with a
//! tab, rows separated by blank lines), cells continued on the next line, rows broken across
//! lines, Markdown-ish bold/underline and Word bookmarks.

use super::source::{Block, Cell, Paragraph, SourceDoc, Table};

/// Word's own markers that text extraction leaves behind.
const NOISE: &[&str] = &["[bookmark: _GoBack]", "**", "<u>", "</u>", "__"];

/// List bullets as they come out of Word.
const BULLETS: &[char] = &['·', '•', '-', '–', '—', '●', '○', '▪', '*', '\u{f0b7}'];

fn clean(line: &str) -> String {
    let mut s = line.replace('\u{a0}', " ");
    for n in NOISE {
        s = s.replace(n, "");
    }
    while let Some(start) = s.find("[bookmark:") {
        match s[start..].find(']') {
            Some(end) => s.replace_range(start..start + end + 1, ""),
            None => break,
        }
    }
    s.trim_end().to_string()
}

fn cell(text: &str) -> Cell {
    Cell {
        text: text.trim().to_string(),
        ..Cell::default()
    }
}

/// Splits a plain-text plan into paragraphs and tables.
pub(crate) fn read(text: &str) -> SourceDoc {
    let lines: Vec<String> = text.lines().map(clean).collect();
    let mut blocks: Vec<Block> = Vec::new();
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    // Cell-per-line rows being gathered, and whether the last line was blank.
    let mut pending: Vec<Cell> = Vec::new();
    let mut blank_before = false;
    let flush_pending = |pending: &mut Vec<Cell>, rows: &mut Vec<Vec<Cell>>| {
        if !pending.is_empty() {
            rows.push(std::mem::take(pending));
        }
    };
    let flush_table = |rows: &mut Vec<Vec<Cell>>, blocks: &mut Vec<Block>| {
        if !rows.is_empty() {
            blocks.push(Block::Table(Table {
                rows: std::mem::take(rows),
            }));
        }
    };
    for line in &lines {
        if line.trim().is_empty() {
            flush_pending(&mut pending, &mut rows);
            blank_before = true;
            continue;
        }
        let tabs = line.matches('\t').count();
        let starts_with_tab = line.starts_with('\t');
        if starts_with_tab && tabs == 1 {
            // One cell per line.
            pending.push(cell(line));
        } else if tabs >= 1 && !(starts_with_tab && line.trim().is_empty()) {
            flush_pending(&mut pending, &mut rows);
            let cells: Vec<Cell> = line.split('\t').map(cell).collect();
            // A row broken across lines: after a blank line, the first cells empty.
            let continues = blank_before
                && starts_with_tab
                && cells.first().is_some_and(|c| c.text.is_empty())
                && rows.last().is_some_and(|r| r.len() == cells.len());
            match rows.last_mut() {
                Some(last) if continues => {
                    for (into, more) in last.iter_mut().zip(cells) {
                        if !more.text.is_empty() {
                            if !into.text.is_empty() {
                                into.text.push(' ');
                            }
                            into.text.push_str(&more.text);
                        }
                    }
                }
                _ => rows.push(cells),
            }
        } else if !pending.is_empty() {
            // A cell's text continued on a line of its own.
            if let Some(last) = pending.last_mut() {
                last.text.push('\n');
                last.text.push_str(line.trim());
            }
        } else {
            flush_table(&mut rows, &mut blocks);
            let trimmed = line.trim();
            let bullet = trimmed
                .chars()
                .next()
                .filter(|c| BULLETS.contains(c))
                .filter(|_| trimmed.chars().nth(1).is_some_and(char::is_whitespace));
            let paragraph = match bullet {
                Some(b) => Paragraph {
                    text: trimmed[b.len_utf8()..].trim().to_string(),
                    label: Some(b.to_string()),
                    level: 0,
                    bold: false,
                },
                None => Paragraph {
                    text: trimmed.to_string(),
                    label: None,
                    level: 0,
                    bold: line.contains("**"),
                },
            };
            if !paragraph.text.is_empty() {
                blocks.push(Block::Paragraph(paragraph));
            }
        }
        blank_before = false;
    }
    flush_pending(&mut pending, &mut rows);
    flush_table(&mut rows, &mut blocks);
    SourceDoc { blocks }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(doc: &SourceDoc) -> Vec<&Table> {
        doc.blocks
            .iter()
            .filter_map(|b| {
                if let Block::Table(t) = b {
                    Some(t)
                } else {
                    None
                }
            })
            .collect()
    }

    #[test]
    fn tab_rows_become_a_table_and_a_row_broken_across_lines_is_joined() {
        let doc = read(
            "Дата\tМесто\tМероприятие\tОтветственный\nМарт\tКабинет\tРеализация плана\tКлассный\n\n\t\tмероприятий\tруководитель\n",
        );
        let t = tables(&doc);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].rows.len(), 2);
        assert_eq!(t[0].rows[1][2].text, "Реализация плана мероприятий");
        assert_eq!(t[0].rows[1][3].text, "Классный руководитель");
    }

    #[test]
    fn one_cell_per_line_rows_are_gathered_until_a_blank_line() {
        let doc = read(
            "Цель: x\n\t№\n\tМероприятие\n\tСроки\n\n\t1.\n\tСеминар «А»\n\tСентябрь\n\n\t2.\n\tСеминар\nпродолжение\n\tОктябрь\n",
        );
        let t = tables(&doc);
        assert_eq!(t[0].rows.len(), 3);
        assert_eq!(t[0].rows[2][1].text, "Семинар\nпродолжение");
        assert!(matches!(&doc.blocks[0], Block::Paragraph(p) if p.text == "Цель: x"));
    }

    #[test]
    fn bullets_and_word_noise_are_recognised() {
        let doc = read("· Phối hợp 1 lần/ tháng.\n**План работы**\n[bookmark: _GoBack]Текст");
        assert!(
            matches!(&doc.blocks[0], Block::Paragraph(p) if p.label.as_deref() == Some("·") && p.text == "Phối hợp 1 lần/ tháng.")
        );
        assert!(matches!(&doc.blocks[1], Block::Paragraph(p) if p.text == "План работы"));
        assert!(matches!(&doc.blocks[2], Block::Paragraph(p) if p.text == "Текст"));
    }
}
