//! Header rows read by their words: which field a header cell names, and the fields a row
//! of them names by column. Below the table reader, the evidence and the column chooser,
//! which all ask it.

use std::collections::BTreeMap;

use super::people;
use super::vocab::{self, Field};
use crate::import::source::Cell;

/// "Ответствен-\nные", "Сроки\nпроведения": a header cell as one line of words.
fn header_words(text: &str) -> String {
    let joined = text.replace("-\n", "").replace('\u{AD}', "");
    let n = people::norm(&joined);
    n.trim_matches(|c: char| c == '.' || c == ':' || c.is_whitespace())
        .to_string()
}

/// The header's words without the qualifiers before its field, however many
/// ("dự kiến các hoạt động" → "hoạt động").
fn without_qualifiers(mut n: String) -> String {
    while let Some(rest) = vocab::HEADER_QUALIFIERS
        .iter()
        .find_map(|q| n.strip_prefix(&format!("{q} ")))
    {
        n = rest.to_string();
    }
    n
}

pub(crate) fn header_field(text: &str) -> Option<Field> {
    let n = header_words(text);
    // "Ориентировочное время проведения": the field without its qualifier.
    let n = without_qualifiers(n);
    if n.is_empty() || n.chars().count() > 100 {
        return None;
    }
    let field = vocab::HEADERS
        .iter()
        .find(|(w, _)| {
            n == *w || n.starts_with(&format!("{w} ")) || n.starts_with(&format!("{w},"))
        })
        .map(|(_, f)| *f);
    // "Форма и наименование мероприятия", "Наименование, форма мероприятия": the event's
    // name is in it, so it is the title column.
    let names_event = vocab::TITLE_HEADER_WORDS.iter().any(|w| n.contains(w));
    match field {
        Some(Field::Form | Field::Audience) | None if names_event => Some(Field::Title),
        other => other,
    }
}

/// The fields a row's header words name, by column.
pub(crate) fn header_row_fields(cells: &[Cell]) -> BTreeMap<Field, usize> {
    let mut map = BTreeMap::new();
    for (i, c) in cells.iter().enumerate() {
        if c.merged_from_left {
            continue;
        }
        if let Some(f) = header_field(&c.text) {
            map.entry(f).or_insert(i);
        }
        // "Место проведения, ответственный", "Место и сроки проведения": one column holds
        // the place and the people, or the place and the day.
        let words = header_words(&c.text);
        let also = words
            .split([',', '/'])
            .flat_map(|p| p.split(" и "))
            .skip(1)
            .filter_map(|p| header_field(p.trim()))
            .filter(|f| matches!(f, Field::Responsible | Field::Timing | Field::Location));
        for f in also {
            map.entry(f).or_insert(i);
        }
    }
    map
}
