//! Content lines as RFC 5545 wants them: TEXT escaped, control characters removed, lines
//! folded at 75 octets without splitting a UTF-8 character, CRLF endings.
//!
//! Why not the `icalendar` crate's own serializer: its TEXT escaping keeps a raw CR (a
//! "\r" in a title survives into the output and splits the line for some clients), and
//! it has no VTIMEZONE; see the tests below.

/// Octets a physical line may hold, excluding CRLF.
const FOLD_AT: usize = 75;

/// Appends one content line, folded.
pub fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > FOLD_AT {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// `NAME:value` with a TEXT value escaped.
pub fn text(out: &mut String, name: &str, value: &str) {
    let mut content = String::with_capacity(name.len() + value.len() + 8);
    content.push_str(name);
    content.push(':');
    escape_into(&mut content, value, false);
    line(out, &content);
}

/// A TEXT value that must stay on one line (SUMMARY: calcurse and Outlook subjects cannot
/// hold a line break).
pub fn one_line_text(out: &mut String, name: &str, value: &str) {
    let mut content = String::with_capacity(name.len() + value.len() + 8);
    content.push_str(name);
    content.push(':');
    escape_into(&mut content, value, true);
    line(out, &content);
}

/// A value that is not TEXT (dates, numbers, URIs, RRULEs): control characters dropped.
pub fn raw(out: &mut String, name: &str, value: &str) {
    let mut content = String::with_capacity(name.len() + value.len() + 1);
    content.push_str(name);
    content.push(':');
    content.extend(value.chars().filter(|c| !c.is_control()));
    line(out, &content);
}

/// CATEGORIES: each item escaped, joined by the list separator.
pub fn text_list(out: &mut String, name: &str, items: &[String]) {
    let mut content = String::from(name);
    content.push(':');
    let mut first = true;
    for item in items.iter().filter(|i| !i.trim().is_empty()) {
        if !first {
            content.push(',');
        }
        escape_into(&mut content, item.trim(), true);
        first = false;
    }
    if !first {
        line(out, &content);
    }
}

/// Escapes `\ ; ,` and line breaks (as `\n`, or a space when `one_line`); drops other
/// control characters, so no value can open or close a component.
pub fn escape_into(out: &mut String, value: &str, one_line: bool) {
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                if one_line {
                    if !out.ends_with(' ') {
                        out.push(' ');
                    }
                } else {
                    out.push_str("\\n");
                }
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    if one_line {
        while out.ends_with(' ') {
            out.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_never_splits_a_character_and_keeps_75_octets() {
        let mut out = String::new();
        text(&mut out, "SUMMARY", &"Ёж🎉ệ".repeat(200));
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "Ёж🎉ệ".repeat(200)));
    }

    #[test]
    fn text_escaping_cannot_open_or_close_a_component() {
        let mut out = String::new();
        one_line_text(
            &mut out,
            "SUMMARY",
            "a;b,c\\d\r\nEND:VEVENT\rBEGIN:VEVENT\u{7}",
        );
        assert_eq!(out, "SUMMARY:a\\;b\\,c\\\\d END:VEVENT BEGIN:VEVENT\r\n");
        let mut out = String::new();
        text(&mut out, "DESCRIPTION", "one\r\ntwo\nthree");
        assert_eq!(out, "DESCRIPTION:one\\ntwo\\nthree\r\n");
    }

    #[test]
    fn the_icalendar_crate_lets_a_raw_carriage_return_through() {
        use icalendar::{Component, Event};
        let event = Event::new().uid("x").summary("a\rb").done();
        let text = event.to_string();
        // The crate escapes "\n" but not "\r": the title would carry a bare CR, which strict
        // parsers reject and some clients treat as a line break. Our writer removes it.
        assert!(text.contains("SUMMARY:a\rb"), "{text:?}");
        let mut ours = String::new();
        one_line_text(&mut ours, "SUMMARY", "a\rb");
        assert_eq!(ours, "SUMMARY:a b\r\n");
    }
}
