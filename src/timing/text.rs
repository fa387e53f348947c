//! The text a timing is read from: the input normalised once (lowercase, "ё" as "е", one kind
//! of dash, single spaces) with a map back to the original's bytes, the flags taken out of it,
//! and the language it is written in.

use std::ops::Range;

use super::lexicon::{self};
use super::tokens::find_phrase;
use super::{Flag, Lang};

/// Longest text read; plans never need more, and it bounds the work per cell.
/// The text with its first letter in capitals ("сентябрь" → "Сентябрь"), as a heading, a
/// title's lead or a name starts; the rest as written.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(super) const MAX_CHARS: usize = 400;

/// The normalised text with a map back to the original's byte offsets.
pub(super) struct Text {
    pub(super) s: String,
    /// Original byte offset of each byte of `s` (and one past the end).
    pub(super) orig: Vec<usize>,
}

pub(super) fn normalise_text(input: &str) -> Text {
    let mut s = String::with_capacity(input.len().min(MAX_CHARS * 2));
    let mut orig = Vec::with_capacity(s.capacity() + 1);
    let mut last_space = true;
    for (count, (at, c)) in input.char_indices().enumerate() {
        if count >= MAX_CHARS {
            break;
        }
        let mapped = match c {
            'ё' | 'Ё' => 'е',
            '–' | '—' | '‒' | '―' | '‑' | '−' | '~' => '-',
            '«' | '»' | '"' | '“' | '”' | '„' => ' ',
            // "Mother’s Day": one apostrophe.
            '’' | '‘' => '\'',
            c if c.is_whitespace() || c.is_control() => ' ',
            c => c,
        };
        if mapped == ' ' {
            if !last_space {
                s.push(' ');
                orig.push(at);
            }
            last_space = true;
            continue;
        }
        last_space = false;
        // Latin and Cyrillic capitals are lowered by offset: the general Unicode table was a
        // twentieth of the normaliser's time.
        let simple = match mapped {
            'A'..='Z' => Some(mapped.to_ascii_lowercase()),
            'А'..='Я' => char::from_u32(u32::from(mapped) + 32),
            c if c.is_ascii() || ('а'..='я').contains(&c) => Some(c),
            _ => None,
        };
        if let Some(low) = simple {
            s.push(low);
            orig.extend(std::iter::repeat_n(at, low.len_utf8()));
            continue;
        }
        for low in mapped.to_lowercase() {
            let before = s.len();
            s.push(low);
            orig.extend(std::iter::repeat_n(at, s.len() - before));
        }
    }
    while s.ends_with(' ') {
        s.pop();
        orig.pop();
    }
    orig.push(
        input
            .len()
            .min(orig.last().map(|o| o + 1).unwrap_or(0).max(input.len())),
    );
    Text { s, orig }
}

pub(super) fn detect_lang(text: &str) -> Lang {
    if text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        Lang::Ru
    } else if text
        .chars()
        .any(|c| lexicon::VIETNAMESE_LETTERS.contains(c))
        || ["thang", "ngay", "lan", "nam hoc"]
            .iter()
            .any(|w| find_phrase(text, w).is_some())
    {
        Lang::Vi
    } else {
        Lang::En
    }
}

/// The byte range in the input that normalised bytes `r` came from.
pub(super) fn original_range(r: Range<usize>, text: &Text, input: &str) -> Range<usize> {
    let a = text.orig.get(r.start).copied().unwrap_or(0);
    let b = text.orig.get(r.end).copied().unwrap_or(input.len());
    let b = if r.end >= text.s.len() {
        input.len().min(b.max(a))
    } else {
        b
    };
    let mut b = b.min(input.len());
    while b < input.len() && !input.is_char_boundary(b) {
        b += 1;
    }
    a.min(b)..b
}

/// Flags ("онлайн", "по согласованию") are taken out of the text before it is read.
pub(super) fn take_flags(work: &mut String, may: &dyn Fn(&str) -> bool, flags: &mut Vec<Flag>) {
    for (phrase, flag) in lexicon::FLAG_PHRASES.iter().filter(|(p, _)| may(p)) {
        while let Some(at) = find_phrase(work, phrase) {
            if !flags.contains(flag) {
                flags.push(*flag);
            }
            work.replace_range(at..at + phrase.len(), &" ".repeat(phrase.len()));
        }
    }
}
