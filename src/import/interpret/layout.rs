//! The document as the interpreter walks it: paragraphs and tables in reading order, with
//! tables that are really paragraphs (one filled cell per row) unfolded, the whole text once
//! for the language, and the list labels cells and paragraphs start with.

use super::super::source::{Block, Cell, Paragraph, SourceDoc};
use crate::plan::Lang;

pub(crate) enum Item<'a> {
    Para(Paragraph),
    Table(&'a [Vec<Cell>]),
}

/// Paragraphs and tables in order.
pub(crate) fn items(doc: &SourceDoc) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => items.push(Item::Para(p.clone())),
            Block::Table(t) => match as_paragraphs(&t.rows) {
                Some(texts) => items.extend(texts.into_iter().map(|text| {
                    Item::Para(Paragraph {
                        text,
                        ..Paragraph::default()
                    })
                })),
                None => {
                    // A sheet's title lines sit in its first rows, above the header.
                    let lead = t
                        .rows
                        .iter()
                        .take_while(|r| r.iter().filter(|c| !c.text.trim().is_empty()).count() <= 1)
                        .count();
                    let lead = if lead < t.rows.len() { lead } else { 0 };
                    items.extend(as_paragraphs(&t.rows[..lead]).into_iter().flatten().map(
                        |text| {
                            Item::Para(Paragraph {
                                text,
                                ..Paragraph::default()
                            })
                        },
                    ));
                    items.push(Item::Table(&t.rows[lead..]));
                }
            },
        }
    }
    items
}

/// A table whose rows all hold at most one non-empty cell is really paragraphs.
fn as_paragraphs(rows: &[Vec<Cell>]) -> Option<Vec<String>> {
    rows.iter()
        .all(|r| r.iter().filter(|c| !c.text.trim().is_empty()).count() <= 1)
        .then(|| {
            rows.iter()
                .filter_map(|r| {
                    r.iter()
                        .find(|c| !c.text.trim().is_empty())
                        .map(|c| c.text.clone())
                })
                .collect()
        })
}

/// Every paragraph and cell, one per line (cells separated by tabs).
pub(crate) fn all_text(doc: &SourceDoc) -> String {
    let mut all = String::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => {
                all.push_str(&p.text);
                all.push('\n');
            }
            Block::Table(t) => {
                for r in &t.rows {
                    for c in r {
                        all.push_str(&c.text);
                        all.push('\t');
                    }
                    all.push('\n');
                }
            }
        }
    }
    all
}

pub(crate) fn detect_lang(text: &str) -> Lang {
    let cyr = text
        .chars()
        .filter(|c| ('\u{0400}'..='\u{04FF}').contains(c))
        .count();
    let vi = text
        .chars()
        .filter(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(*c))
        .count();
    if cyr >= vi && cyr > 0 {
        Lang::Ru
    } else if vi > 0 {
        Lang::Vi
    } else {
        Lang::En
    }
}

/// What a list item starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    /// "·", "•", "*", "●": an item of its own.
    Bullet,
    /// "-", "–", "—": a sub-item of the line above it.
    Dash,
    /// "1.", "2)", "а)", "б)": an enumerated item.
    Enumerated,
}

const BULLETS: &[char] = &['·', '•', '*', '●', '○', '▪', '\u{f0b7}', '\u{f0a7}', '✓'];
const DASHES: &[char] = &['-', '–', '—'];

/// The label a paragraph starts with, and the text after it.
pub(crate) fn label(text: &str) -> Option<(Label, &str)> {
    let t = text.trim_start();
    let first = t.chars().next()?;
    let after = &t[first.len_utf8()..];
    if BULLETS.contains(&first) {
        return Some((Label::Bullet, after.trim_start()));
    }
    // "- о земляках", "-Tổ chức …" (no space before a capital).
    if DASHES.contains(&first)
        && (after.starts_with(char::is_whitespace) || after.starts_with(char::is_uppercase))
    {
        return Some((Label::Dash, after.trim_start()));
    }
    // "а)", "б)", "a)": one letter and a bracket.
    if first.is_alphabetic() && first.is_lowercase() && after.starts_with(')') {
        return Some((Label::Enumerated, after[1..].trim_start()));
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(['.', ')'])
            && !r.starts_with(|c: char| c.is_ascii_digit())
        {
            return Some((Label::Enumerated, r.trim_start()));
        }
    }
    None
}

/// "Повестка дня:", "Вопросы:": a line that says a list of agenda items follows and names
/// no meeting of its own.
pub(crate) fn agenda_label(line: &str) -> bool {
    let n = super::people::norm(line);
    let n = n.trim_end_matches([':', '.']).trim();
    super::vocab::AGENDA_LABELS.contains(&n)
}

/// Numbered items that read as the topics of one meeting ("О работе совета за год",
/// "Выборы председателя", "Отчёт о расходовании средств") rather than events of their own:
/// at least two, and all but at most one open with a topic word.
pub(crate) fn agenda_topics<'a>(items: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut n, mut topics) = (0, 0);
    for item in items {
        n += 1;
        let text = label(item).map_or(item, |(_, rest)| rest);
        let first = super::people::norm(text.split_whitespace().next().unwrap_or(""));
        let first = first.trim_matches(|c: char| !c.is_alphanumeric());
        if super::vocab::AGENDA_OPENERS
            .iter()
            .any(|w| first == *w || (w.chars().count() >= 5 && first.starts_with(w)))
        {
            topics += 1;
        }
    }
    n >= 2 && topics + 1 >= n && topics >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_of_a_meeting_are_told_from_events() {
        assert!(agenda_topics([
            "1. Об итогах летнего отдыха",
            "2. Избрание секретаря",
            "3. Разное"
        ]));
        assert!(agenda_topics(["О плане на год", "Отчёт казначея"]));
        assert!(!agenda_topics([
            "1. Праздник осени",
            "2. О птицах: беседа",
            "3. Поход"
        ]));
        assert!(!agenda_topics(["1. Об итогах года"]));
        assert!(agenda_label("Повестка дня:"));
        assert!(agenda_label("ВОПРОСЫ"));
        assert!(!agenda_label("Заседание совета:"));
    }

    #[test]
    fn list_labels_are_told_apart() {
        assert_eq!(label("* «У книжек»"), Some((Label::Bullet, "«У книжек»")));
        assert_eq!(label("- о земляках"), Some((Label::Dash, "о земляках")));
        assert_eq!(label("б)  История"), Some((Label::Enumerated, "История")));
        assert_eq!(
            label("2.Продолжить"),
            Some((Label::Enumerated, "Продолжить"))
        );
        assert_eq!(label("21.03"), None);
        assert_eq!(label("Открытие"), None);
    }
}
