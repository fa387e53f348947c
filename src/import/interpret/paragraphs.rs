//! Plans written as paragraphs: numbered events with their timing after a dash ("1. Экскурсия
//! – сентябрь, классные руководители"), meetings written as headings with their timing
//! ("Заседание №2 (ноябрь)", "СЕНТЯБРЬ. Заседание МО №1") followed by their agenda, one
//! paragraph per event that opens with its date ("10.03.-11.04. «Берингия 2018» Абонемент"),
//! and bullets under an activities heading.

mod labelled;
mod programme;

use std::collections::BTreeMap;

use super::vocab::{self, Field};
use super::{RawEvent, Reader, layout, leading_number, people};
use crate::import::source::Paragraph;
use crate::timing::{self, Context, Precision, TimingKind};

/// What the paragraphs read so far have opened.
#[derive(Default)]
pub(crate) struct ParaState {
    list_mode: bool,
    activity_heading: bool,
    /// The last event came from a meeting heading: plain paragraphs are its agenda.
    in_meeting: bool,
    /// The last event came from a dated paragraph: a place alone on the next line is its.
    after_dated: bool,
    pub bullets: Vec<RawEvent>,
    /// Numbered paragraphs with no timing of their own: the plan's tasks when it has no
    /// table and nothing else (each spans the plan's period).
    pub numbered: Vec<RawEvent>,
    pub description: Vec<String>,
    /// Day headings and the clock-time lines under them.
    programme: programme::Programme,
    /// Dated label lines ("- Tổng duyệt: 25/5/2022.") and their place.
    labelled: labelled::Labelled,
}

/// Reads one paragraph of the plan's body.
pub(crate) fn read(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) {
    let n = people::norm(&p.text);
    // "№, мероприятие, сроки, ответственные." opens a list of numbered events.
    if n.starts_with('№') && vocab::EVENT_LIST_HEADS.iter().any(|w| n.contains(w)) {
        st.list_mode = true;
        rd.columns = Some(BTreeMap::from([
            (Field::Number, 0),
            (Field::Title, 1),
            (Field::Timing, 2),
            (Field::Responsible, 3),
        ]));
        return;
    }
    let tables = rd.has_event_table;
    if !tables && programme::read(rd, &mut st.programme, p) {
        if st.programme.has_day() {
            drop_plan_named(rd, st);
        }
        return;
    }
    if !tables && labelled::read(rd, &mut st.labelled, p) {
        return;
    }
    if !tables && numbered_task(rd, st, p) {
        return;
    }
    let handled = (!tables && (meeting(rd, st, p) || agenda_line(rd, st, p)))
        || numbered_event(rd, st, p)
        || (!tables && dated_paragraph(rd, st, p))
        || (!tables && place_line(rd, st, p))
        || heading(rd, st, p);
    if handled {
        return;
    }
    if p.label.is_some() && st.activity_heading {
        let mut e = RawEvent::new(rd.row_base, p.text.trim().to_string());
        e.section = rd.current_section.clone();
        st.bullets.push(e);
        return;
    }
    if rd.raw.is_empty() && rd.columns.is_none() {
        st.description.push(match &p.label {
            Some(l) => format!("{l} {}", p.text),
            None => p.text.clone(),
        });
    }
}

/// "1. Заключение договора – сентябрь, директор": a numbered event in a list.
fn numbered_event(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    let Some((key, rest)) = leading_number(&p.text) else {
        return false;
    };
    let ctx = rd.ctx;
    let dashed = dash_event(&rest, &ctx);
    if rest.is_empty() || !(st.list_mode || (!rd.has_event_table && dashed.is_some())) {
        return false;
    }
    let mut e = RawEvent::new(rd.row_base, rest.clone());
    e.number = Some(key);
    e.section = rd.current_section.clone();
    match dashed {
        Some((t, timing, responsible)) => {
            e.title = t;
            e.timing = timing;
            e.responsible = responsible;
        }
        None => {
            // The timing may sit inside the title ("… на осенних каникулах 25.10.2025-
            // 04.11.2026 –, работники …").
            let (head, tail) = match rest.rfind(['–', '—']) {
                Some(at) => (
                    &rest[..at],
                    rest[at..].trim_start_matches(['–', '—', ' ', ',']),
                ),
                None => (rest.as_str(), ""),
            };
            e.title = head.trim().to_string();
            e.responsible = tail.trim().trim_end_matches('.').to_string();
        }
    }
    st.in_meeting = false;
    rd.push(e);
    true
}

/// "Chủ đề: …", "1. Thời gian: Từ ngày …": a label and its value, not a task.
fn label_line(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(head, _)| head.split_whitespace().count() <= 3 && head.chars().count() <= 25)
}

/// A numbered task of a plan written as paragraphs ("1. Tổng vệ sinh thư viện …"), kept
/// aside until the end; the dash lines and "Label: …" lines after it are its agenda.
fn numbered_task(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    if !rd.raw.is_empty() {
        return false;
    }
    let word_number = p
        .label
        .as_deref()
        .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()));
    let task = match leading_number(&p.text) {
        Some((key, rest)) if key.chars().all(|c| c.is_ascii_digit() || c == '.') => Some(rest),
        _ if word_number => Some(p.text.trim().to_string()),
        _ => None,
    };
    // "1. NỘI DUNG HOẠT ĐỘNG:": a numbered line that introduces what follows is a heading.
    // Under an activities heading, list-numbered items are its bullets; items numbered in
    // their text are its tasks.
    let not_task = |rest: &str| {
        rest.is_empty()
            || label_line(rest)
            || rest.trim_end().ends_with(':')
            || (st.activity_heading && word_number)
    };
    match task {
        Some(rest) if !not_task(&rest) => {
            let mut e = RawEvent::new(rd.row_base, rest.trim().to_string());
            e.section = rd.current_section.clone();
            st.numbered.push(e);
            false
        }
        Some(_) => false,
        None => {
            let sub = layout::label(&p.text).is_some() || label_line(&p.text);
            match st.numbered.last_mut() {
                Some(e) if sub && !st.activity_heading => {
                    e.agenda.push(p.text.trim().to_string());
                    true
                }
                _ => false,
            }
        }
    }
}

/// A programme of days: a time label above it ("- Thời gian: ngày 08/11/2019") gave the
/// plan's period, not an event named after the plan.
fn drop_plan_named(rd: &mut Reader<'_>, st: &mut ParaState) {
    for i in st.labelled.take_plan_named().into_iter().rev() {
        if i < rd.raw.len() {
            rd.raw.remove(i);
        }
    }
}

/// A numbered heading before the first event ("3. Nội dung phối hợp") opens a section.
fn heading(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    let Some((key, rest)) = leading_number(&p.text) else {
        return false;
    };
    if rest.is_empty() || rest.chars().count() >= 120 || !rd.raw.is_empty() {
        return false;
    }
    let words = people::norm(&rest);
    st.activity_heading = vocab::ACTIVITY_HEADINGS
        .iter()
        .any(|w| words.starts_with(w));
    if st.activity_heading {
        rd.sections.add(&key, rest.trim_end_matches('.'));
        rd.current_section = Some(key);
    }
    st.description.push(p.text.clone());
    true
}

/// The text with the timing found in it cut out, brackets and dots left by the cut removed.
pub(crate) fn cut(text: &str, range: std::ops::Range<usize>) -> String {
    let mut s = text.to_string();
    s.replace_range(range, " ");
    let s = s.replace("()", " ").replace("( )", " ");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_matches(|c: char| c.is_whitespace() || ".,;:–—-".contains(c))
        .to_string()
}

/// "Заседание №2 (ноябрь)", "СЕНТЯБРЬ. Заседание МО №1": one event per meeting.
fn meeting(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    let text = p.text.trim();
    let n = people::norm(text);
    let starts_meeting = vocab::MEETING_HEADINGS
        .iter()
        .any(|w| n.starts_with(w) || n.split_once(". ").is_some_and(|(_, r)| r.starts_with(w)));
    if !starts_meeting || text.chars().count() > 80 {
        return false;
    }
    let Some((range, _)) = timing::find_in_sentence(text, &rd.ctx) else {
        return false;
    };
    let timing_text = text[range.clone()].trim().to_string();
    let mut e = RawEvent::new(rd.row_base, cut(text, range));
    e.timing = timing_text;
    e.section = rd.current_section.clone();
    rd.push(e);
    st.in_meeting = true;
    st.after_dated = false;
    true
}

/// Paragraphs after a meeting heading are its agenda.
fn agenda_line(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    if !st.in_meeting {
        return false;
    }
    let Some(e) = rd.raw.last_mut() else {
        return false;
    };
    let (found, _) = people::people(&p.text);
    e.agenda_people.extend(found);
    e.agenda.push(p.text.trim().to_string());
    true
}

/// A timing at the very start of a paragraph: "10.03.-11.04. «Берингия 2018» Краевед. отдел".
/// Dates further on ("(1 апреля – Международный день птиц)") may join the sentence's
/// timing; then the words before the first quote or bracket are read alone.
fn leading_timing(text: &str, ctx: &Context) -> Option<(String, String)> {
    const OPENERS: [char; 4] = ['«', '(', '"', '“'];
    let whole = start_timing(text, ctx)
        .filter(|r| r.end < text.len() && !text[r.clone()].contains(OPENERS));
    let range = match whole {
        Some(r) => r,
        None => start_timing(&text[..text.find(OPENERS)?], ctx)?,
    };
    Some((
        text[range.clone()].trim().to_string(),
        text[range.end..].trim().to_string(),
    ))
}

/// Where an exact (day) timing that opens the text ends.
fn start_timing(text: &str, ctx: &Context) -> Option<std::ops::Range<usize>> {
    let (range, t) = timing::find_in_sentence(text, ctx)?;
    let exact = t.precision == Some(Precision::Day) && t.kind != TimingKind::Unknown;
    (text[..range.start].trim().is_empty() && exact).then_some(range)
}

/// One paragraph per event, opening with its date; a known place at its end is the place.
fn dated_paragraph(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    let text = p.text.trim();
    let Some((timing_text, rest)) = leading_timing(text, &rd.ctx) else {
        return false;
    };
    let rest = rest
        .trim_start_matches(['.', ',', ' ', '–', '—', '-'])
        .trim();
    if rest.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    let (title, place) = split_place(rest);
    let mut e = RawEvent::new(rd.row_base, title);
    e.timing = timing_text;
    e.location = place;
    e.section = rd.current_section.clone();
    rd.push(e);
    st.in_meeting = false;
    st.after_dated = true;
    true
}

/// "«Берингия 2018» Краевед. отдел" → the title and the place named at its end.
fn split_place(text: &str) -> (String, String) {
    let n = people::norm(text);
    for place in vocab::ROOM_PLACES {
        if n.ends_with(place) {
            let keep = text.chars().count().saturating_sub(place.chars().count());
            let title: String = text.chars().take(keep).collect();
            let place_text: String = text.chars().skip(keep).collect();
            let title = title.trim().trim_end_matches(['.', ',']).trim().to_string();
            if title.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                return (title, place_text.trim().to_string());
            }
        }
    }
    (text.to_string(), String::new())
}

/// A place alone on the line after a dated paragraph ("Читальный зал") is that event's.
fn place_line(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    let n = people::norm(p.text.trim().trim_end_matches('.'));
    if !st.after_dated || !vocab::ROOM_PLACES.contains(&n.as_str()) {
        return false;
    }
    match rd.raw.last_mut() {
        Some(e) if e.location.is_empty() => {
            e.location = p.text.trim().trim_end_matches('.').to_string();
            true
        }
        _ => false,
    }
}

/// "1. Заключение договора – сентябрь, директор …": title, timing and responsible split at
/// the dash after which a timing is read.
pub(crate) fn dash_event(text: &str, ctx: &Context) -> Option<(String, String, String)> {
    let dashes: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| matches!(c, '–' | '—' | '-'))
        .map(|(i, _)| i)
        .collect();
    for &at in &dashes {
        let c_len = text[at..].chars().next().map(char::len_utf8).unwrap_or(1);
        let before = &text[..at];
        let after = &text[at + c_len..];
        // A dash inside a word or a date ("Диагностико-аналитическая", "2025-2026") is not it.
        let spaced = before.ends_with(' ')
            || (after.starts_with(' ') && !before.ends_with(|c: char| c.is_ascii_digit()));
        // Nor is one inside brackets: "(22/12/1989 - 22/12/2019)" spans an anniversary.
        let bracketed = before.matches('(').count() > before.matches(')').count();
        if !spaced || bracketed {
            continue;
        }
        let parts: Vec<&str> = after.split(',').collect();
        let first = parts
            .first()
            .map(|p| p.trim().trim_end_matches('.'))
            .unwrap_or("");
        if first.is_empty() || timing::normalise(first, ctx).kind == TimingKind::Unknown {
            continue;
        }
        // "ноябрь, декабрь, родители": the timing goes on while the parts are timings.
        let mut taken = 1;
        while parts
            .get(taken)
            .is_some_and(|p| timing::normalise(p.trim(), ctx).kind != TimingKind::Unknown)
        {
            taken += 1;
        }
        let timing = parts[..taken]
            .join(",")
            .trim()
            .trim_end_matches('.')
            .to_string();
        let rest = parts[taken..].join(",");
        return Some((
            before.trim().to_string(),
            timing,
            rest.trim().trim_end_matches('.').to_string(),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{AcademicYear, Lang};

    fn ctx() -> Context {
        Context::new(AcademicYear::new(2021).unwrap()).with_lang(Some(Lang::Ru))
    }

    #[test]
    fn a_paragraph_opening_with_its_date_is_an_event_with_its_place() {
        let (t, rest) =
            leading_timing("12.04. «Классик отечественного театра» Абонемент", &ctx()).unwrap();
        assert!(t.starts_with("12.04"));
        assert_eq!(
            split_place(rest.trim_start_matches(['.', ' '])),
            ("«Классик отечественного театра»".into(), "Абонемент".into())
        );
        assert!(leading_timing("Книжные выставки:", &ctx()).is_none());
    }

    #[test]
    fn a_dash_inside_brackets_spans_an_anniversary_not_the_task() {
        let text = "Tổ chức các hoạt động kỷ niệm 30 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2019) và 75 năm";
        assert!(dash_event(text, &ctx()).is_none());
        let (title, timing, _) =
            dash_event("Экскурсия – октябрь, классные руководители", &ctx()).unwrap();
        assert_eq!((title.as_str(), timing.as_str()), ("Экскурсия", "октябрь"));
    }

    #[test]
    fn a_meeting_heading_gives_its_title_without_the_timing() {
        let text = "Заседание №2 (ноябрь)";
        let (range, _) = timing::find_in_sentence(text, &ctx()).unwrap();
        assert_eq!(cut(text, range), "Заседание №2");
        let text = "СЕНТЯБРЬ. Заседание МО №1";
        let (range, _) = timing::find_in_sentence(text, &ctx()).unwrap();
        assert_eq!(cut(text, range), "Заседание МО №1");
    }
}
