//! Dated label lines of a plan written as paragraphs: "- Tổng duyệt chương trình: 25/5/2022."
//! is an event named by its label on that day; "1. Thời gian: 16h00’ ngày 10 tháng 4 năm
//! 2019." names no event of its own, so it dates the event the plan's title is about ("Kế
//! hoạch tổ chức Liên hoan văn nghệ …"); lines under a bare "- Thời gian:" ("CSĐT Hà Nội:
//! 9h00 …, ngày 26/9/2023.") are that event at each of its places or parts. A "Địa điểm: …"
//! line after them is their place.

use super::super::{RawEvent, Reader, dating, people};
use crate::import::source::Paragraph;
use crate::plan::Lang;
use crate::timing::{self, Precision, TimingKind};

/// Labels that only say "when" ("Thời gian tổ chức"): the event is named elsewhere.
const TIME_LABELS: &[&str] = &["thời gian tổ chức", "thời gian thực hiện", "thời gian"];
/// Labels that give a place.
const PLACE_LABELS: &[&str] = &["địa điểm tổ chức", "địa điểm"];
/// Words a plan's title opens with before naming its event ("KẾ HOẠCH TỔ CHỨC …").
const TITLE_KIND_WORDS: &[&str] = &[
    "kế hoạch",
    "thông báo",
    "chương trình",
    "tổ chức",
    "về việc",
    "v/v",
    ":",
];
/// Openings of a sentence that says when the plan's event is held ("Dự kiến tổ chức vào
/// ngày …", "Tổ chức vào ngày …").
const HELD_ON: &[&str] = &["dự kiến tổ chức", "tổ chức vào", "được tổ chức vào"];
/// Longest dated span a label line may give and still be one event (a day, two days of a
/// rehearsal): longer ones are the plan's period.
const MAX_DAYS: i64 = 3;

/// What the label lines read so far opened.
#[derive(Default)]
pub(crate) struct Labelled {
    /// The rows these lines made, by index: a place line is theirs; a programme of days
    /// found later takes the place of those named after the plan.
    made: Vec<usize>,
    named_after_plan: Vec<usize>,
    /// A bare time label ("- Thời gian:") opened a list of dated variants.
    under_time_label: bool,
    /// A time heading ("3. Thời gian thực hiện") opened the lines that start and end the
    /// plan's event.
    under_time_heading: bool,
    /// The numbered item the lines below belong to ("2. Cầu lông"): a time label under it
    /// names its event, not the plan's title.
    item: Option<String>,
    /// A place given under the item before its time ("- Địa điểm: …" then "- Thời gian: …").
    item_place: Option<String>,
}

impl Labelled {
    /// A numbered line: an arabic-numbered item that is no label line ("2. Cầu lông") opens
    /// an item whose lines follow; a part heading ("II. Lịch trình") closes it.
    pub(crate) fn numbered(&mut self, key: &str, rest: &str) {
        // "1. Thời gian: …", "2. Địa điểm: …": the lines of the item or plan above.
        let label = rest.split_once(':').is_some_and(|(head, value)| {
            !value.trim().is_empty() || head.split_whitespace().count() <= 3
        });
        let arabic = key.starts_with(|c: char| c.is_ascii_digit()) && !key.contains('.');
        if label && arabic {
            return;
        }
        self.item_place = None;
        self.made.clear();
        let words = rest.trim().trim_end_matches([':', '.']).trim();
        // "1. Thời gian, địa điểm": a heading of the time and place lines, no item.
        let n = people::norm(words);
        let says_when_or_where = TIME_LABELS
            .iter()
            .chain(PLACE_LABELS)
            .any(|l| n.starts_with(l));
        self.item = (arabic && !label && !says_when_or_where && !words.is_empty())
            .then(|| words.to_string())
            .filter(|w| w.chars().count() <= 120);
    }

    /// Rows named after the plan's title, which a programme of days replaces.
    pub(crate) fn take_plan_named(&mut self) -> Vec<usize> {
        self.made.clear();
        std::mem::take(&mut self.named_after_plan)
    }
}

/// Reads one paragraph as a dated label line or the place of such lines; false leaves it.
pub(crate) fn read(rd: &mut Reader<'_>, st: &mut Labelled, p: &Paragraph) -> bool {
    if rd.lang != Lang::Vi {
        return false;
    }
    let body = body_of(&p.text);
    let Some((label, value)) = body.split_once(':').filter(|(_, v)| !v.trim().is_empty()) else {
        return sentence(rd, st, body, p.text.trim() != body);
    };
    let label_n = people::norm(label);
    let value = value.trim();
    if PLACE_LABELS.iter().any(|l| label_n == *l) {
        return place_line(rd, st, value);
    }
    if label_n.split_whitespace().count() > 16 {
        return false;
    }
    let Some(timing_text) = one_event_timing(value, rd) else {
        return false;
    };
    let time_label = TIME_LABELS.iter().find(|l| label_n.starts_with(*l));
    let (title, after_plan) = match (time_label, st.under_time_label) {
        (Some(l), _) => match named_in_label(label, l) {
            Some(named) => (named, false),
            None => match &st.item {
                Some(item) => (item.clone(), false),
                None => (plan_subject(&rd.title), true),
            },
        },
        (None, true) => (
            format!("{} ({})", plan_subject(&rd.title), label.trim()),
            true,
        ),
        (None, false) => (label.trim().to_string(), false),
    };
    if title.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    let mut e = RawEvent::new(rd.row_base, title);
    e.timing = timing_text;
    e.section = rd.current_section.clone();
    e.location = st.item_place.clone().unwrap_or_default();
    rd.push(e);
    st.made.push(rd.raw.len() - 1);
    if after_plan {
        st.named_after_plan.push(rd.raw.len() - 1);
    }
    true
}

/// A line with no "Label: value": a time heading ("3. Thời gian thực hiện", "- Thời gian:")
/// opening dated lines, the start or end of the plan's event under it ("- Bắt đầu từ ngày
/// 28/3/2019", "- Kết thúc ngày 01/4/2019"), a sentence saying when the plan's event is held,
/// or a list item that ends with its day ("- Ban tổ chức tiến hành chấm vào ngày 14/ 9").
fn sentence(rd: &mut Reader<'_>, st: &mut Labelled, body: &str, item: bool) -> bool {
    let n = people::norm(body.trim_end_matches([':', '.']));
    if TIME_LABELS.contains(&n.as_str()) {
        // "- Thời gian:" opens dated variants of the plan's event; "3. Thời gian thực hiện"
        // only the lines that start and end it.
        st.under_time_label = body.trim_end().ends_with(':');
        st.under_time_heading = true;
        return false;
    }
    if st.under_time_heading && span_end(rd, st, &n, body) {
        return true;
    }
    st.under_time_heading = false;
    if held_on(rd, st, body) {
        st.under_time_label = false;
        return true;
    }
    st.under_time_label = false;
    item && dated_item(rd, st, body)
}

/// "- Bắt đầu từ ngày 28/3/2019" opens the plan's event; "- Kết thúc ngày 01/4/2019" ends it.
fn span_end(rd: &mut Reader<'_>, st: &mut Labelled, n: &str, body: &str) -> bool {
    let Some(word) = SPAN_WORDS.iter().find(|w| n.starts_with(*w)) else {
        return false;
    };
    let value = tidy_slashes(body.get(word.len()..).unwrap_or(""));
    let Some(timing_text) = one_event_timing(&value, rd) else {
        return false;
    };
    let last = st.named_after_plan.last().copied();
    match (*word, last.and_then(|i| rd.raw.get_mut(i))) {
        ("kết thúc", Some(e)) => {
            e.timing = format!("{} - {timing_text}", e.timing);
            true
        }
        ("kết thúc", None) => false,
        _ => {
            push_plan_event(rd, st, timing_text);
            true
        }
    }
}

/// Openings of the lines that start or end the plan's event, under a time heading.
const SPAN_WORDS: &[&str] = &["bắt đầu", "kết thúc"];

/// Words a list item's day follows at its end ("… vào ngày 14/ 9", "… từ ngày 14 tháng 4").
const DAY_LEADS: &[&str] = &["vào ngày", "từ ngày", "ngày", "vào"];

/// Words that make the day after them an occasion, not the item's date: "thi kể chuyện về
/// ngày 20/10" (a contest about Women's Day, held when the plan's month says), "chào mừng
/// ngày 20/11", "kỷ niệm ngày 22/12", "nhân dịp ngày 8/3", "hướng tới ngày 26/3".
const OCCASION_LEADS: &[&str] = &["về ngày", "mừng ngày", "niệm ngày", "dịp ngày", "tới ngày"];

/// "- Ban tổ chức tiến hành chấm vào ngày 14/ 9": the item before its day, on that day; an
/// item may go on with a short list opening ("… từ ngày 14 tháng 4 với các nội dung:").
fn dated_item(rd: &mut Reader<'_>, st: &mut Labelled, body: &str) -> bool {
    let text = tidy_slashes(body);
    let Some((range, t)) = timing::find_in_sentence(&text, &rd.ctx) else {
        return false;
    };
    let (Some(start), Some(end)) = (t.start(), t.end()) else {
        return false;
    };
    let exact = t.kind() != TimingKind::Unknown && t.precision() == Some(Precision::Day);
    let after = text[range.end..].trim();
    let short_tail = after.is_empty()
        || after.chars().all(|c| !c.is_alphanumeric())
        || (after.ends_with(':') && after.split_whitespace().count() <= 5);
    if !exact || (end - start).num_days() >= MAX_DAYS || !short_tail {
        return false;
    }
    // "… vào ngày 14/9", "… từ ngày 14 tháng 4": a day led to by its words is the item's;
    // one inside a name ("ngày sách Việt Nam 21/4") is its occasion.
    // Days listed before the one the timing read ("vào ngày 12, 13/9") belong to it.
    let head =
        text[..range.start].trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == ' ');
    let start_at = head.len();
    let head_lower = head.to_lowercase();
    if OCCASION_LEADS.iter().any(|l| head_lower.ends_with(l)) {
        return false;
    }
    let led = DAY_LEADS.iter().any(|l| head_lower.ends_with(l));
    let timing_lower = text[range.clone()].trim_start().to_lowercase();
    let timing_led = DAY_LEADS.iter().any(|l| timing_lower.starts_with(l));
    if !led && !timing_led {
        return false;
    }
    let Some(title) = title_before_day(head) else {
        return false;
    };
    let (title, place) = match title.rfind(" tại ") {
        Some(at) => (
            title[..at].trim().to_string(),
            title[at + 5..].trim().to_string(),
        ),
        None => (title, String::new()),
    };
    let mut e = RawEvent::new(rd.row_base, title);
    e.timing = text[start_at.min(range.start)..range.end]
        .trim()
        .to_string();
    e.location = place;
    e.section = rd.current_section.clone();
    rd.push(e);
    st.made.push(rd.raw.len() - 1);
    true
}

/// The words of an item before its day, without the words leading to the day.
fn title_before_day(head: &str) -> Option<String> {
    let mut t = head.trim().trim_end_matches([',', '(']).trim().to_string();
    for lead in DAY_LEADS {
        let lower = t.to_lowercase();
        if lower.ends_with(lead) {
            t.truncate(t.len().saturating_sub(lead.len()));
            t = t.trim().trim_end_matches(',').trim().to_string();
        }
    }
    (t.chars().filter(|c| c.is_alphabetic()).count() >= 6).then_some(t)
}

/// "14/ 9", "12, 13 /9": a slash between numbers with spaces around it, as typed.
fn tidy_slashes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let space_at_slash = c == ' '
            && ((i > 0 && chars[i - 1] == '/') || chars.get(i + 1) == Some(&'/'))
            && chars[..i]
                .iter()
                .rev()
                .find(|c| **c != ' ' && **c != '/')
                .is_some_and(char::is_ascii_digit)
            && chars[i + 1..]
                .iter()
                .find(|c| **c != ' ' && **c != '/')
                .is_some_and(char::is_ascii_digit);
        if !space_at_slash {
            out.push(c);
        }
    }
    out
}

/// An event named after the plan's title, at the timing given.
fn push_plan_event(rd: &mut Reader<'_>, st: &mut Labelled, timing_text: String) -> bool {
    let title = plan_subject(&rd.title);
    if title.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    let mut e = RawEvent::new(rd.row_base, title);
    e.timing = timing_text;
    e.section = rd.current_section.clone();
    rd.push(e);
    st.made.push(rd.raw.len() - 1);
    st.named_after_plan.push(rd.raw.len() - 1);
    true
}

/// "Dự kiến tổ chức ngày Thứ Sáu 6/10": the day the event the plan's title is about is
/// held on, in a sentence of its own.
fn held_on(rd: &mut Reader<'_>, st: &mut Labelled, body: &str) -> bool {
    let Some(value) = held_on_value(body) else {
        return false;
    };
    let (when, place) = split_place_after_comma(value);
    let Some(timing_text) = one_event_timing(when, rd) else {
        return false;
    };
    let pushed = push_plan_event(rd, st, timing_text);
    if let Some(e) = rd.raw.last_mut().filter(|_| pushed && !place.is_empty()) {
        e.location = place.to_string();
    }
    pushed
}

/// What follows "Dự kiến tổ chức" / "Tổ chức vào" at the start of a sentence, or "tổ chức"
/// after a short subject ("Sân chơi tổ chức 15 giờ ngày 27/3/2010").
fn held_on_value(body: &str) -> Option<&str> {
    let lower = body.to_lowercase();
    if let Some(opening) = HELD_ON.iter().find(|w| lower.starts_with(*w)) {
        // The openings keep their length in lower case (Vietnamese letters do).
        return body.get(opening.len()..);
    }
    let at = lower.find(" tổ chức ")?;
    let subject_words = lower[..at].split_whitespace().count();
    (subject_words <= 3).then(|| body.get(at + " tổ chức ".len()..))?
}

/// "15 giờ ngày 27 tháng 3 năm 2010, tại trường THCS Đông Hưng A." → the timing and the place.
fn split_place_after_comma(value: &str) -> (&str, &str) {
    match value.find(", tại ") {
        Some(at) => (
            &value[..at],
            value[at + ", tại ".len()..]
                .trim()
                .trim_end_matches('.')
                .trim(),
        ),
        None => (value, ""),
    }
}

/// The line without its list label ("- ", "1. ", "+ ", a symbol-font bullet).
fn body_of(text: &str) -> &str {
    let t = text.trim().trim_start_matches([
        '-', '–', '—', '+', '•', '*', '·', ' ', '\u{f0d8}', '\u{f0b7}', '\u{f0a7}',
    ]);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    match t[digits..].strip_prefix(['.', ')']) {
        Some(rest) if digits > 0 && digits <= 2 => rest.trim_start(),
        _ => t,
    }
}

/// "2. Địa điểm: Sân trường." gives its place to the label lines' events that have none.
fn place_line(rd: &mut Reader<'_>, st: &mut Labelled, value: &str) -> bool {
    let place = value.trim_end_matches('.').trim();
    if st.made.is_empty() && st.item.is_some() && !place.is_empty() {
        st.item_place = Some(place.to_string());
        return true;
    }
    if st.made.is_empty() || place.is_empty() {
        return false;
    }
    for &i in &st.made {
        if let Some(e) = rd.raw.get_mut(i).filter(|e| e.location.is_empty()) {
            e.location = place.to_string();
        }
    }
    true
}

/// The value as the timing of one event: a day or a few days, with at most clock times,
/// weekdays and "ngày" beside them; a lunar gloss in brackets is left out.
fn one_event_timing(value: &str, rd: &Reader<'_>) -> Option<String> {
    let solar = dating::without_lunar_gloss(value);
    let solar = solar.trim().trim_end_matches(['.', ';']).trim();
    let (range, t) = timing::find_in_sentence(solar, &rd.ctx)?;
    let exact = t.kind() != TimingKind::Unknown && t.precision() == Some(Precision::Day);
    let (start, end) = (t.start()?, t.end()?);
    if !exact || (end - start).num_days() >= MAX_DAYS {
        return None;
    }
    let mut left = solar.to_string();
    left.replace_range(range, " ");
    let words = left
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1)
        .count();
    (words <= 6).then(|| solar.to_string())
}

/// "Thời gian tổ chức “Tết thiếu nhi …”" → the event the label names after its time words;
/// "Thời gian tổng duyệt" → "Tổng duyệt"; "Thời gian tổ chức" names none.
fn named_in_label(label: &str, time_words: &str) -> Option<String> {
    let quoted = label
        .split(['“', '”', '"', '«', '»'])
        .nth(1)
        .map(str::trim)
        .filter(|q| q.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    if let Some(q) = quoted {
        return Some(q.to_string());
    }
    let rest: String = label
        .trim()
        .chars()
        .skip(time_words.chars().count())
        .collect();
    let rest = rest.trim();
    (rest.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .then(|| crate::timing::capitalised(rest))
}

/// The event a plan's title is about: "KẾ HOẠCH TỔ CHỨC LỄ KHAI GIẢNG …" → "LỄ KHAI GIẢNG …".
pub(crate) fn plan_subject(title: &str) -> String {
    let mut t = title.trim();
    loop {
        let lower = t.to_lowercase();
        let Some(w) = TITLE_KIND_WORDS.iter().find(|w| lower.starts_with(*w)) else {
            break;
        };
        // The kind words keep their length in lower case (Vietnamese letters do).
        t = t.get(w.len()..).unwrap_or("").trim_start();
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_label_names_its_event_after_its_time_words_or_in_quotes() {
        assert_eq!(
            named_in_label("Thời gian tổ chức “Hội thi kể chuyện”", "thời gian tổ chức"),
            Some("Hội thi kể chuyện".into())
        );
        assert_eq!(
            named_in_label("Thời gian họp phụ huynh", "thời gian"),
            Some("Họp phụ huynh".into())
        );
        assert_eq!(
            named_in_label("Thời gian tổ chức", "thời gian tổ chức"),
            None
        );
    }

    #[test]
    fn a_numbered_item_opens_an_item_and_its_label_lines_do_not() {
        let mut st = Labelled::default();
        st.numbered("2", "Cầu lông");
        assert_eq!(st.item.as_deref(), Some("Cầu lông"));
        // Its own "1. Thời gian: …" lines and a heading of them name no item.
        st.numbered("1", "Thời gian: ngày 08/11/2019");
        assert_eq!(st.item.as_deref(), Some("Cầu lông"));
        st.numbered("1", "Thời gian, địa điểm");
        assert_eq!(st.item, None);
        st.numbered("3", "Bóng bàn");
        st.numbered("III", "Yêu cầu");
        assert_eq!(st.item, None);
    }

    #[test]
    fn the_plan_title_gives_its_event_without_the_kind_of_document() {
        assert_eq!(
            plan_subject("KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM 2025"),
            "NGÀY HỘI ĐỌC SÁCH NĂM 2025"
        );
        assert_eq!(plan_subject("Kế hoạch: Hội trại 26/3"), "Hội trại 26/3");
    }

    #[test]
    fn a_sentence_saying_when_the_event_is_held_gives_its_day() {
        assert_eq!(
            held_on_value("Dự kiến tổ chức ngày 20/11"),
            Some(" ngày 20/11")
        );
        assert_eq!(
            held_on_value("Tổ chức vào sáng thứ Bảy 9/3"),
            Some(" sáng thứ Bảy 9/3")
        );
        assert_eq!(held_on_value("Tổ chức cho học sinh đọc sách"), None);
        assert_eq!(
            held_on_value("Buổi lễ tổ chức 8 giờ ngày 3/2/2024, tại hội trường."),
            Some("8 giờ ngày 3/2/2024, tại hội trường.")
        );
        assert_eq!(
            split_place_after_comma("8 giờ ngày 3/2/2024, tại hội trường."),
            ("8 giờ ngày 3/2/2024", "hội trường")
        );
        assert_eq!(
            held_on_value("Các lớp nhỏ của trường tổ chức ngày 3/2"),
            None
        );
    }

    #[test]
    fn an_item_keeps_its_words_before_its_day() {
        assert_eq!(
            title_before_day("Các tổ nộp hồ sơ về văn phòng vào ngày "),
            Some("Các tổ nộp hồ sơ về văn phòng".into())
        );
        assert_eq!(title_before_day("Họp vào"), None);
        assert_eq!(
            tidy_slashes("nộp vào ngày 12, 13/ 9 và 4 /10"),
            "nộp vào ngày 12, 13/9 và 4/10"
        );
        assert_eq!(tidy_slashes("A / B"), "A / B");
    }

    #[test]
    fn a_list_label_is_not_part_of_the_line() {
        assert_eq!(body_of("- Tổng duyệt: 3/5/2025"), "Tổng duyệt: 3/5/2025");
        assert_eq!(body_of("2. Địa điểm: Hội trường"), "Địa điểm: Hội trường");
        assert_eq!(body_of("12/5: họp"), "12/5: họp");
        assert_eq!(body_of("\u{f0d8} Dự kiến: 6/10"), "Dự kiến: 6/10");
    }
}
