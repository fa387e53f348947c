//! Programmes written as paragraphs: a day heading that is only one day's date ("1. Ngày
//! 10/02/2017, thứ 6 (tức 14 tháng Giêng Đinh Dậu)", "Thứ Sáu, ngày 08 tháng 11 năm
//! 2019"), then lines that open with a clock time ("+ 7h00 - 11h00: Tổng duyệt …", "-
//! 19:00 Concert"). Each such line is an event on the day of the heading above it; lines
//! without a time under it are its agenda ("- Thành phần: …"), its place ("- Địa điểm: …")
//! or, when plain, the heading of the next timed line that has no words of its own.

use chrono::NaiveDate;

use super::super::{RawEvent, Reader, dating, leading_number, people};
use crate::import::source::Paragraph;
use crate::timing::{self, Context, Precision, TimingKind};

/// Words a day heading may hold beside its date: the weekday and "day" (VI, EN, RU).
const DAY_HEADING_WORDS: &[&str] = &[
    "ngày",
    "thứ",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "chủ",
    "nhật",
    "cn",
    "day",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

/// Lines naming a part of the day ("Buổi sáng:"): they group the timed lines, no more.
const PART_OF_DAY: &[&str] = &[
    "buổi sáng",
    "buổi chiều",
    "buổi tối",
    "buổi trưa",
    "sáng",
    "chiều",
    "tối",
    "morning",
    "afternoon",
    "evening",
    "утро",
    "день",
    "вечер",
];

/// Labels that give a place ("- Địa điểm: Phòng họp …", "Place: Hall").
const PLACE_LABELS: &[&str] = &["địa điểm", "place", "venue", "место проведения", "место"];

/// What the programme read so far holds.
#[derive(Default)]
pub(crate) struct Programme {
    /// The day of the last day heading.
    day: Option<NaiveDate>,
    /// The place of the whole programme, named before its first day ("… địa điểm tại Cung
    /// thể thao Tiên Sơn …").
    place: String,
    /// The last plain line under the day: the title of a timed line with no words.
    heading: Option<String>,
    /// The last event came from a timed line: label lines are its agenda.
    open: bool,
}

impl Programme {
    /// A day heading has been read: the plan is a programme of days.
    pub(crate) fn has_day(&self) -> bool {
        self.day.is_some()
    }
}

/// Reads one paragraph as part of a programme; false leaves it to the other readers.
pub(crate) fn read(rd: &mut Reader<'_>, st: &mut Programme, p: &Paragraph) -> bool {
    let text = p.text.trim();
    if let Some(day) = day_heading(text, &rd.ctx) {
        st.day = Some(day);
        st.heading = None;
        st.open = false;
        return true;
    }
    let Some(day) = st.day else {
        if st.place.is_empty() {
            st.place = programme_place(text).unwrap_or_default();
        }
        return false;
    };
    let body = text.trim_start_matches(['+', '-', '–', '—', '•', '*', '·', ' ']);
    if let Some((clock, rest)) = clock_lead(body) {
        push_timed(rd, st, day, &clock, rest);
        return true;
    }
    let n = people::norm(body.trim_end_matches([':', '.']));
    if PART_OF_DAY.contains(&n.as_str()) {
        return true;
    }
    // A numbered line that is no day ("II. THÀNH PHẦN") ends the programme.
    if leading_number(text).is_some() {
        st.day = None;
        st.open = false;
        return false;
    }
    let labelled = body.len() < text.len() || label_value(body).is_some();
    match rd.raw.last_mut() {
        Some(e) if labelled && st.open => {
            match label_value(body).filter(|(l, _)| PLACE_LABELS.contains(&l.as_str())) {
                Some((_, place)) => e.location = place,
                None => e.agenda.push(text.to_string()),
            }
        }
        _ => {
            st.heading = Some(body.trim_end_matches([':', '.']).trim().to_string());
            st.open = false;
        }
    }
    true
}

fn push_timed(rd: &mut Reader<'_>, st: &mut Programme, day: NaiveDate, clock: &str, rest: &str) {
    let rest = rest.trim().trim_end_matches(['.', ';', ',']).trim();
    let words = match rest.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
        true => rest.to_string(),
        false => st.heading.take().unwrap_or_else(|| clock.to_string()),
    };
    let (title, place) = split_at_place(&words);
    let mut e = RawEvent::new(rd.row_base, title);
    e.timing = format!("{} {clock}", day.format("%d.%m.%Y"));
    e.location = if place.is_empty() {
        st.place.clone()
    } else {
        place
    };
    e.section = rd.current_section.clone();
    rd.push(e);
    st.open = true;
}

/// "Dự tiệc chiêu đãi tại Rạp ngoài trời": the title and the place after its last "tại".
fn split_at_place(text: &str) -> (String, String) {
    match text.rfind(" tại ") {
        Some(at) if text[..at].chars().filter(|c| c.is_alphabetic()).count() >= 3 => (
            text[..at].trim().to_string(),
            text[at + " tại ".len()..].trim().to_string(),
        ),
        _ => (text.to_string(), String::new()),
    }
}

/// "Địa điểm: Phòng họp …" → ("địa điểm", "Phòng họp …").
fn label_value(text: &str) -> Option<(String, String)> {
    let (head, value) = text.split_once(':')?;
    let head = people::norm(head);
    (head.split_whitespace().count() <= 3 && !value.trim().is_empty())
        .then(|| (head, value.trim().trim_end_matches('.').trim().to_string()))
}

/// The place a line before the first day gives the whole programme: after "địa điểm tại"
/// or a place label.
fn programme_place(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let at = PLACE_LABELS.iter().find_map(|l| {
        let i = lower.find(l)?;
        let after = lower[i + l.len()..].trim_start();
        let skip = after
            .strip_prefix("tại")
            .or_else(|| after.strip_prefix(':'))?;
        Some(lower.len() - skip.len())
    })?;
    let place = text.get(at..)?.trim().trim_end_matches('.').trim();
    (!place.is_empty()).then(|| place.to_string())
}

/// A paragraph that is only one day's date, with its list number, weekday, "ngày" and a
/// lunar gloss beside it: the day of the timed lines under it.
fn day_heading(text: &str, ctx: &Context) -> Option<NaiveDate> {
    let solar = dating::without_lunar_gloss(text);
    let rest = leading_number(&solar).map_or(solar.clone(), |(_, rest)| rest);
    let (range, t) = timing::find_in_sentence(&rest, ctx)?;
    let one_day = t.kind() == TimingKind::Date && t.precision() == Some(Precision::Day);
    if !one_day || t.start() != t.end() {
        return None;
    }
    let mut left = rest.clone();
    left.replace_range(range, " ");
    let only_day_words = left
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .all(|w| DAY_HEADING_WORDS.contains(&w.to_lowercase().as_str()));
    only_day_words.then_some(t.start()).flatten()
}

/// "7h00 - 11h00: Tổng duyệt …" → ("7h00 - 11h00", "Tổng duyệt …"); "19:00 Concert";
/// "18h00-22h00" → ("18h00-22h00", ""). A clock is an hour up to 23 and "h", "g", ":" or
/// "." with its minutes ("h" and "g" may stand without them).
fn clock_lead(text: &str) -> Option<(String, &str)> {
    let first = clock_len(text)?;
    let mut end = first;
    let after = text[end..].trim_start();
    if let Some(dash) = after.strip_prefix(['-', '–', '—']) {
        let dash = dash.trim_start();
        if let Some(second) = clock_len(dash) {
            end = text.len() - dash.len() + second;
        }
    }
    let clock = text[..end].trim().to_string();
    let rest = text[end..]
        .trim_start()
        .trim_start_matches(':')
        .trim_start();
    Some((clock, rest))
}

/// The length of the clock time `text` starts with.
fn clock_len(text: &str) -> Option<usize> {
    let hour = text.chars().take_while(char::is_ascii_digit).count();
    if hour == 0 || hour > 2 || text[..hour].parse::<u32>().ok()? > 23 {
        return None;
    }
    let sep = text[hour..].chars().next()?;
    if !matches!(sep, 'h' | 'g' | ':' | '.') {
        return None;
    }
    let minutes = text[hour + 1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    let bare_ok = matches!(sep, 'h' | 'g');
    if !(minutes == 2 || (minutes == 0 && bare_ok)) {
        return None;
    }
    if minutes == 2 && text[hour + 1..hour + 3].parse::<u32>().ok()? >= 60 {
        return None;
    }
    let mut len = hour + 1 + minutes;
    // "9h05’", "8h30'": the minute mark.
    if let Some(mark) = text[len..]
        .chars()
        .next()
        .filter(|c| matches!(c, '’' | '\''))
    {
        len += mark.len_utf8();
    }
    // A clock ends there: "10.2017" or "7h30abc" is something else.
    let next = text[len..].chars().next();
    next.is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != '/')
        .then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{AcademicYear, Lang};

    fn ctx() -> Context {
        Context::new(AcademicYear::new(2024).unwrap()).with_lang(Some(Lang::Vi))
    }

    #[test]
    fn clock_times_lead_a_programme_line_alone_or_as_a_span() {
        assert_eq!(
            clock_lead("8h00 - 9h30: Khai mạc hội thảo"),
            Some(("8h00 - 9h30".into(), "Khai mạc hội thảo"))
        );
        assert_eq!(
            clock_lead("14:15 Closing words"),
            Some(("14:15".into(), "Closing words"))
        );
        assert_eq!(clock_lead("20g-21g30"), Some(("20g-21g30".into(), "")));
        assert_eq!(clock_lead("15’"), None);
        assert_eq!(clock_lead("25h00: late"), None);
        assert_eq!(clock_lead("12.05.2025 họp"), None);
        assert_eq!(clock_lead("3. Nội dung"), None);
    }

    #[test]
    fn a_day_heading_is_one_date_with_its_weekday_and_nothing_else() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 14);
        assert_eq!(day_heading("2. Ngày 14/3/2025 (thứ Sáu)", &ctx()), day);
        assert_eq!(
            day_heading(
                "Thứ Sáu, ngày 14/3/2025 (tức ngày 15 tháng Hai năm Ất Tỵ)",
                &ctx()
            ),
            day
        );
        assert_eq!(day_heading("Họp phụ huynh ngày 14/3/2025", &ctx()), None);
        assert_eq!(day_heading("Từ ngày 10/3 đến 14/3/2025", &ctx()), None);
    }

    #[test]
    fn a_timed_line_keeps_its_place_and_a_bare_one_takes_the_heading_above() {
        assert_eq!(
            split_at_place("Giao lưu với tác giả tại phòng đọc tầng 2"),
            ("Giao lưu với tác giả".into(), "phòng đọc tầng 2".into())
        );
        assert_eq!(
            programme_place("Hội trại diễn ra 2 ngày, địa điểm tại Nhà văn hóa xã."),
            Some("Nhà văn hóa xã".into())
        );
        assert_eq!(
            label_value("Địa điểm: Sân trường."),
            Some(("địa điểm".into(), "Sân trường".into()))
        );
    }
}
