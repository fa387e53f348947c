//! Content lines as RFC 5545 wants them: TEXT escaped, control characters replaced, lines
//! folded at 75 octets without splitting a UTF-8 character, CRLF endings.
//!
//! Why not the `icalendar` crate's own serializer (the tests below show each point): its
//! TEXT escaping lets a raw CR and other control characters through (a "\r" in a title
//! splits the line for some clients), it has no VTIMEZONE, and its folding looks up
//! characters by index from the start of the line for every fold (`chars().nth`), which is
//! quadratic on a long description. A line here is written straight into the output and
//! only a line longer than 75 octets is cut again, so a feed of 10,000 events renders in a
//! few milliseconds.

/// Octets a physical line may hold, excluding CRLF.
const FOLD_AT: usize = 75;

/// Ends the content line that began at `start` in `out`: folds it if it is too long and
/// appends CRLF.
fn end_line(out: &mut String, start: usize) {
    if out.len() - start > FOLD_AT {
        let content = out.split_off(start);
        fold_into(out, &content);
    }
    out.push_str("\r\n");
}

/// Appends `content` cut into physical lines of at most 75 octets, never inside a UTF-8
/// character; continuation lines begin with one space (which counts toward the 75).
fn fold_into(out: &mut String, content: &str) {
    let mut rest = content;
    let mut width = FOLD_AT;
    while rest.len() > width {
        let mut cut = width;
        while cut > 0 && !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        width = FOLD_AT - 1;
    }
    out.push_str(rest);
}

/// `NAME:value` with a TEXT value escaped.
pub(super) fn text(out: &mut String, name: &str, value: &str) {
    let start = out.len();
    out.push_str(name);
    out.push(':');
    escape_into(out, value, false);
    end_line(out, start);
}

/// A TEXT value that must stay on one line (SUMMARY: calcurse and Outlook subjects cannot
/// hold a line break).
pub(super) fn one_line_text(out: &mut String, name: &str, value: &str) {
    let start = out.len();
    out.push_str(name);
    out.push(':');
    escape_into(out, value, true);
    end_line(out, start);
}

/// A value that is not TEXT (dates, numbers, URIs, RRULEs): control characters dropped.
pub(super) fn raw(out: &mut String, name: &str, value: &str) {
    let start = out.len();
    out.push_str(name);
    out.push(':');
    if value.chars().any(char::is_control) {
        out.extend(value.chars().filter(|c| !c.is_control()));
    } else {
        out.push_str(value);
    }
    end_line(out, start);
}

/// CATEGORIES: each item escaped, joined by the list separator.
pub(super) fn text_list(out: &mut String, name: &str, items: &[String]) {
    let mut items = items.iter().map(|i| i.trim()).filter(|i| !i.is_empty());
    let Some(first) = items.next() else { return };
    let start = out.len();
    out.push_str(name);
    out.push(':');
    escape_into(out, first, true);
    for item in items {
        out.push(',');
        escape_into(out, item, true);
    }
    end_line(out, start);
}

/// Escapes `\ ; ,` and line breaks (as `\n`, or a space when `one_line`); every other
/// control character becomes a space, so no value can open or close a component and no
/// client meets a character it cannot show. Scans octets and copies plain runs whole:
/// a character needs work only if it is ASCII `\ ; ,` or a control, a C1 control
/// (U+0080..U+009F, octets C2 80..9F) or U+2028/U+2029 (E2 80 A8/A9).
pub(super) fn escape_into(out: &mut String, value: &str, one_line: bool) {
    let start = out.len();
    let bytes = value.as_bytes();
    let mut run = 0;
    let mut at = 0;
    while let Some(next_special) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|b| MAY_NEED_WORK[usize::from(*b)]))
    {
        at += next_special;
        let Some(&b) = bytes.get(at) else { break };
        let width = match b {
            b'\\' | b';' | b',' | 0x00..=0x1f | 0x7f => 1,
            0xc2 if bytes.get(at + 1).is_some_and(|n| (0x80..=0x9f).contains(n)) => 2,
            0xe2 if bytes.get(at + 1) == Some(&0x80)
                && bytes.get(at + 2).is_some_and(|n| *n == 0xa8 || *n == 0xa9) =>
            {
                3
            }
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(value.get(run..at).unwrap_or(""));
        let mut next = at + width;
        match b {
            b'\\' => out.push_str("\\\\"),
            b';' => out.push_str("\\;"),
            b',' => out.push_str("\\,"),
            // CR, LF, CRLF, NEL (C2 85) and the Unicode line and paragraph separators all
            // break lines.
            b'\r' | b'\n' | 0xe2 => {
                if b == b'\r' && bytes.get(next) == Some(&b'\n') {
                    next += 1;
                }
                line_break(out, start, one_line);
            }
            0xc2 if bytes.get(at + 1) == Some(&0x85) => line_break(out, start, one_line),
            _ => space(out, start),
        }
        at = next;
        run = next;
    }
    out.push_str(value.get(run..).unwrap_or(""));
    if one_line {
        while out.len() > start && out.ends_with(' ') {
            out.pop();
        }
    }
}

fn line_break(out: &mut String, start: usize, one_line: bool) {
    if one_line {
        space(out, start);
    } else {
        out.push_str("\\n");
    }
}

/// Octets that may start a character `escape_into` must change (a 256-entry table, so the
/// lookup of any octet cannot fail).
const MAY_NEED_WORK: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[0x7f] = true;
    table[b'\\' as usize] = true;
    table[b';' as usize] = true;
    table[b',' as usize] = true;
    table[0xc2] = true;
    table[0xe2] = true;
    table
};

/// A space in place of a control character, never two in a row from replacements.
fn space(out: &mut String, start: usize) {
    if out.len() > start && !out.ends_with(' ') {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character rule the octet scanner must agree with.
    fn reference_escape(value: &str, one_line: bool) -> String {
        let mut out = String::new();
        let mut chars = value.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.push_str("\\\\"),
                ';' => out.push_str("\\;"),
                ',' => out.push_str("\\,"),
                '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    if !one_line {
                        out.push_str("\\n");
                    } else if !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
                c if c.is_control() => {
                    if !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
                c => out.push(c),
            }
        }
        if one_line {
            out.truncate(out.trim_end_matches(' ').len());
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn octet_escaping_agrees_with_the_character_rules(
            value in "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{2027}-\\u{202a}\\u{a0}-\\u{ff};,\\\\ a-zа-яёệ«»—–🎉]{0,40}",
            one_line: bool,
        ) {
            let mut ours = String::new();
            escape_into(&mut ours, &value, one_line);
            proptest::prop_assert_eq!(ours, reference_escape(&value, one_line));
        }
    }

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
        one_line_text(
            &mut out,
            "SUMMARY",
            "\tTab\tand\u{2028}bell\u{7}\u{1b}end\r\n",
        );
        assert_eq!(out, "SUMMARY:Tab and bell end\r\n");
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

    #[test]
    fn the_icalendar_crate_lets_other_control_characters_through() {
        use icalendar::{Component, Event};
        let text = Event::new()
            .uid("x")
            .summary("bell\u{7}escape\u{1b}nel\u{85}")
            .done()
            .to_string();
        // A BEL, an ESC and a NEL reach the client as they are; strict checkers reject
        // control characters in values.
        assert!(text.contains("bell\u{7}escape\u{1b}nel\u{85}"), "{text:?}");
        let mut ours = String::new();
        one_line_text(&mut ours, "SUMMARY", "bell\u{7}escape\u{1b}nel\u{85}");
        assert_eq!(ours, "SUMMARY:bell escape nel\r\n");
    }
}
