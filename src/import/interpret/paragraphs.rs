//! Plans written as paragraphs: numbered events with their timing after a dash ("1. Экскурсия
//! – сентябрь, классные руководители"), meetings written as headings with their timing
//! ("Заседание №2 (ноябрь)", "СЕНТЯБРЬ. Заседание МО №1") followed by their agenda, one
//! paragraph per event that opens with its date ("10.03.-11.04. «Берингия 2018» Абонемент"),
//! and bullets under an activities heading.

mod labelled;
mod programme;

pub(crate) use labelled::plan_subject;

use std::collections::BTreeMap;

use chrono::Timelike;

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
    /// Lines that are dates, day headings and month headings (`dated_lines`).
    lines: LineState,
    pub bullets: Vec<RawEvent>,
    /// Numbered paragraphs with no timing of their own: the plan's tasks when it has no
    /// table and nothing else (each spans the plan's period).
    pub numbered: Vec<RawEvent>,
    pub description: Vec<String>,
    /// Day headings and the clock-time lines under them.
    programme: programme::Programme,
    /// Dated label lines ("- Tổng duyệt: 25/5/2022.") and their place.
    labelled: labelled::Labelled,
    /// Inside a part that lists no events (aims, the committee, the budget): the level of
    /// its heading (`aside_part`).
    aside: Option<usize>,
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
    // "Kon Tum, ngày 03 tháng 09 năm 2013": the day the plan was signed, no event.
    if aside_part(st, p) || super::dating::signature_line(&p.text) {
        st.description.push(p.text.clone());
        return;
    }
    if let Some((key, rest)) = leading_number(&p.text) {
        st.labelled.numbered(&key, &rest);
    }
    let tables = rd.has_event_table;
    if !tables {
        let before = rd.raw.len();
        if programme::read(rd, &mut st.programme, p) {
            // A day heading followed by lines with no clock time is a diary's day: its lines
            // are read as dated lines until a timed line shows it is a programme's.
            let timed = rd.raw.len() > before;
            if timed {
                retract_day(rd, st);
            }
            if st.programme.has_day() {
                drop_plan_named(rd, st);
            }
            if !timed {
                dated_lines(rd, st, p);
            }
            return;
        }
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
        || heading(rd, st, p)
        || (!tables && dated_lines(rd, st, p));
    if handled {
        return;
    }
    // A Word list item, or a line typed with its own dash ("- Tổ chức Hội thi …").
    let typed = layout::label(&p.text)
        .filter(|(l, _)| matches!(l, layout::Label::Dash | layout::Label::Bullet));
    if (p.label.is_some() || typed.is_some()) && st.activity_heading {
        let text = typed.map_or(p.text.trim(), |(_, rest)| rest.trim());
        let mut e = RawEvent::new(rd.row_base, text.to_string());
        e.section = rd.current_section.clone();
        e.timing = bracket_day(text, &rd.ctx).unwrap_or_default();
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

/// Whether the paragraph belongs to a part of the plan that lists no events ("I. MỤC ĐÍCH -
/// YÊU CẦU", "III. BAN TỔ CHỨC", "IV. KINH PHÍ", "1. Mục đích:"): its numbered and dashed
/// lines are aims, members and costs, even with a date in them. A numbered heading at the
/// aside part's level or above ends it ("II. NỘI DUNG", "2. Yêu cầu" after "1. Mục đích").
fn aside_part(st: &mut ParaState, p: &Paragraph) -> bool {
    let Some((key, rest)) = leading_number(&p.text) else {
        return st.aside.is_some();
    };
    // Roman numerals head the plan's parts; "1", "1.1" the levels under them.
    let level = match key.starts_with(|c: char| c.is_ascii_digit()) {
        true => key.split('.').count(),
        false => 0,
    };
    if st.aside.is_some_and(|l| level <= l) {
        st.aside = None;
    }
    let words = people::norm(&rest);
    let heading = words.split_whitespace().count() <= 10
        && vocab::ASIDE_PARTS.iter().any(|w| words.starts_with(w));
    if heading {
        st.aside = Some(level);
    }
    st.aside.is_some()
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
            // "a) Ngày 28 tháng 8 năm 2025" and the items under it: a day's events, not
            // the agenda of the numbered line above.
            let day = st.lines.bare.is_some() || date_only(&p.text, &rd.ctx).is_some();
            match st.numbered.last_mut() {
                Some(e) if sub && !st.activity_heading && !day => {
                    e.agenda.push(p.text.trim().to_string());
                    true
                }
                _ => false,
            }
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
    // "Nội dụng hoạt động:" (a typo of "nội dung"): a short heading holding the words is
    // one too.
    let short = words.split_whitespace().count() <= 6;
    st.activity_heading = vocab::ACTIVITY_HEADINGS
        .iter()
        .any(|w| words.starts_with(w) || (short && words.contains(w)));
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
    let exact = t.precision() == Some(Precision::Day) && t.kind() != TimingKind::Unknown;
    (text[..range.start].trim().is_empty() && exact).then_some(range)
}

/// One paragraph per event, opening with its date; a known place at its end is the place.
fn dated_paragraph(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    let text = p.text.trim();
    let Some((timing_text, rest)) = leading_timing(text, &rd.ctx) else {
        return false;
    };
    let rest = rest
        .trim_start_matches(['.', ',', ':', ' ', '–', '—', '-'])
        .trim();
    // "12th Sep (all wk)": a note on the date, not a title; the event is on the next line.
    if rest.chars().filter(|c| c.is_alphabetic()).count() < 3 || bracket_note(rest).is_some() {
        return false;
    }
    let (title, place) = split_place(rest);
    let mut e = RawEvent::new(rd.row_base, title);
    e.timing = timing_text;
    e.location = match place.is_empty() {
        true => st.lines.place.clone(),
        false => place,
    };
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

/// What the lines of a plan written as dates have opened: the month heading days are read
/// in, the last heading, and the last line that was only a date.
#[derive(Default)]
pub(crate) struct LineState {
    month: Option<(i32, u32)>,
    heading: Option<String>,
    bare: Option<BareDate>,
    /// The place a "Where:" line gave the events under it.
    place: String,
    /// "General Association Meetings are held …": what the dates listed below are.
    lead: Option<String>,
    /// "5:30 p.m. • Boardroom": the hour of every date listed below.
    clock: Option<String>,
    /// The rows read from the last date-only line and the line under it: a timed line of a
    /// programme after them shows they were its day heading, and takes them back.
    since_day: Vec<usize>,
}

/// A line that was only a date, kept as an event at `index` of the rows; `run` counts the
/// date-only lines in a row it ends; `titled` once the line under it named it.
#[derive(Clone, Copy)]
struct BareDate {
    index: usize,
    run: usize,
    titled: bool,
    /// The line that named it was a dash or bullet item: the items after it are the day's too.
    listed: bool,
}

/// A dash or bullet item's words without their mark ("- Khối lớp 6: …" → "Khối lớp 6: …");
/// any other line as it is.
fn item_body(text: &str) -> &str {
    match layout::label(text) {
        Some((layout::Label::Dash | layout::Label::Bullet, rest)) => rest,
        _ => text.trim(),
    }
}

/// A programme's timed line came after a day heading read as a diary's day: the rows read
/// for that day were its heading, not events.
fn retract_day(rd: &mut Reader<'_>, st: &mut ParaState) {
    let mut taken = std::mem::take(&mut st.lines.since_day);
    taken.sort_unstable();
    for i in taken.into_iter().rev() {
        if i < rd.raw.len() {
            rd.raw.remove(i);
        }
    }
    st.lines.bare = None;
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

/// Plans written as lines of dates, with no table:
/// - a month heading ("September 2013", "OCTOBER") dates the lines under it that open with
///   a day or a day range ("3 - First day of school", "28-29 Thanksgiving break");
/// - "Half term - 17th - 21st February", "TERM:\tMonday 5 September to Friday 16 December":
///   a name, then its days after a dash, a colon or a tab;
/// - a line that is only a date is a day heading: with one line of text under it, that text
///   is its event ("5th Sep" / "Year 1 trip to the park"); dates listed one a line under a
///   heading ("Inset days" / "2nd September 2024" / "3rd September 2024") are each an event
///   named by the heading, or by their own bracketed note ("(Christmas Day)").
fn dated_lines(rd: &mut Reader<'_>, st: &mut ParaState, p: &Paragraph) -> bool {
    let text = p.text.trim();
    if text.is_empty() {
        // A blank line ends a date's wait for its name: what follows is a new heading.
        st.lines.bare = None;
        return false;
    }
    let bare = st.lines.bare.take();
    if page_stamp(text, &rd.ctx) {
        return false;
    }
    if let Some(month) = month_heading(rd, text, st.lines.month.is_none()) {
        st.lines.month = Some(month);
        st.lines.heading = Some(text.to_string());
        return false;
    }
    // "October – Schoola Clothes Drive": a month heading that names the month's own event.
    let spaced_dash = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| text.split_once(d))
        .min_by_key(|(m, _)| m.len());
    if let Some((month_text, name)) = spaced_dash.map(|(m, n)| (m.trim(), n.trim()))
        && let Some(month) = month_heading(rd, month_text, st.lines.month.is_none())
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 3
    {
        st.lines.month = Some(month);
        st.lines.heading = Some(month_text.to_string());
        push_line(rd, st, name.to_string(), month_text.to_string());
        return true;
    }
    if let Some((timing, title)) = st.lines.month.and_then(|m| day_in_month(text, m)) {
        push_line(rd, st, title, timing);
        return true;
    }
    if let Some((title, timing)) = named_days(text, &rd.ctx) {
        push_line(rd, st, title, timing);
        return true;
    }
    if let Some((timing, note)) = date_only(text, &rd.ctx) {
        // A date with its own name in brackets needs no line under it to name it; under a
        // lead that says what the dates are, the bracket is a note ("(Festive Dress)").
        let note = note.filter(|_| st.lines.lead.is_none());
        let titled = note.is_some() || st.lines.lead.is_some();
        let title = note
            .or_else(|| st.lines.list_name())
            .unwrap_or_else(|| text.to_string());
        let timing = match &st.lines.clock {
            Some(clock) => format!("{timing} {clock}"),
            None => timing,
        };
        push_line(rd, st, title, timing);
        let index = rd.raw.len() - 1;
        let run = bare.filter(|b| !b.titled).map_or(0, |b| b.run) + 1;
        st.lines.bare = Some(BareDate {
            index,
            run,
            titled,
            listed: false,
        });
        st.lines.since_day = vec![index];
        return true;
    }
    // One date alone, then a line of words: that line is the date's event. After a list of
    // dates, or after the date's own line, a line of words is the next heading.
    if let Some(b) = bare.filter(|b| b.run == 1 && !b.titled)
        && item_text(text)
        && let Some(e) = rd.raw.get_mut(b.index)
    {
        e.title = item_body(text).to_string();
        let listed = item_body(text).len() < text.len();
        st.lines.bare = Some(BareDate {
            titled: true,
            listed,
            ..b
        });
        return true;
    }
    // "a) Ngày 29 tháng 8" / "- Buổi sáng: khối 7 …" / "- Buổi chiều: khối 6 …": each dash
    // item under a day heading is an event of that day.
    if let Some(b) = bare.filter(|b| b.titled && b.listed)
        && item_body(text).len() < text.len()
        && item_text(text)
        && let Some(timing) = rd.raw.get(b.index).map(|e| e.timing.clone())
    {
        push_line(rd, st, item_body(text).to_string(), timing);
        st.lines.bare = Some(b);
        return true;
    }
    heading_line(rd, st, text);
    false
}

/// Labels that give the place of the events listed under them ("Where: School Cafeteria").
const PLACE_LABELS: &[&str] = &["where", "venue", "place", "location"];

/// A line that is no event: a heading naming the dates under it ("Inset days"), a school
/// year the lines under it are read in ("Autumn 2024/25"), or the place of what follows.
fn heading_line(rd: &mut Reader<'_>, st: &mut ParaState, text: &str) {
    if let Some((clock, place)) = clock_and_place(text) {
        st.lines.clock = Some(clock);
        st.lines.place = place;
        return;
    }
    if let Some((name, place)) = lead_sentence(text) {
        st.lines.lead = Some(name);
        if let Some(place) = place {
            st.lines.place = place;
        }
        return;
    }
    // "1st Tuesday of each month" says when the dates below fall; it names none of them
    // ("Sinh hoạt chào cờ đầu tuần", whose habit is a few of its words, does).
    let habit = timing::find_in_sentence(text, &rd.ctx).is_some_and(|(at, t)| {
        t.kind() == TimingKind::Recurring && at.len() * 3 >= text.trim().len() * 2
    });
    if habit {
        return;
    }
    if let Some((label, value)) = text.split_once(':') {
        let label = label.trim().to_lowercase();
        if PLACE_LABELS.contains(&label.as_str()) && !value.trim().is_empty() {
            st.lines.place = value.trim().trim_end_matches('.').to_string();
        }
        if !value.trim().is_empty() {
            return;
        }
    }
    if !rd.given_year
        && let Some(year) = super::dating::academic_year(text)
    {
        rd.ctx = Context::new(year)
            .with_lang(Some(rd.lang))
            .with_month_first(rd.ctx.month_first);
    }
    // A sentence ("Mark your calendars!", "Free dinner from 6:15pm for all families") is
    // not what names the dates under it; "The 5 school inset days set for 2024 - 2025*" is.
    let words = text.split_whitespace().count();
    let clock = timing::find_in_sentence(text, &rd.ctx).is_some_and(|(_, t)| t.time.is_some());
    if words <= 10 && !clock && !text.ends_with(['.', '!', '?']) {
        st.lines.heading = Some(text.trim_end_matches(':').trim().to_string());
    }
}

impl LineState {
    /// The name of a date listed under a heading: the heading when it names a kind of event
    /// ("Board of Trustees Regular Meetings"), the lead's subject when the heading only says
    /// "2025-26 Meetings" or "Meeting Dates", else whatever heading there is.
    fn list_name(&self) -> Option<String> {
        let generic = self.heading.as_deref().is_none_or(generic_heading);
        match (&self.lead, generic) {
            (Some(lead), true) => Some(lead.clone()),
            _ => self.heading.clone(),
        }
    }
}

/// A heading that names no kind of event, only that dates follow: its words, less years,
/// are all list words ("2025-26 Meetings", "2017-2018 Meeting Dates", "2025–2026 Schedule").
fn generic_heading(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| vocab::LIST_HEADING_WORDS.contains(&w.to_lowercase().as_str()))
}

/// "General Association Meetings are held on the third Wednesday … in the MPR.", "The Board
/// of Trustees holds Regular Board Meetings … at the Central Administration Building, …":
/// the kind of event the dates below are (before the verb, or after "holds"), and the place
/// the sentence gives them.
fn lead_sentence(text: &str) -> Option<(String, Option<String>)> {
    let lower = people::same_length_lowercase(text)?;
    let (at, verb) = vocab::LEAD_VERBS
        .iter()
        .filter_map(|v| lower.find(&format!(" {v} ")).map(|at| (at, *v)))
        .min()?;
    let name = match verb {
        "holds" | "hold" => text[at + verb.len() + 2..]
            .split_whitespace()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect::<Vec<_>>()
            .join(" "),
        _ => text[..at].trim().to_string(),
    };
    let words = name.split_whitespace().count();
    if !(1..=6).contains(&words) || !name.starts_with(char::is_uppercase) {
        return None;
    }
    Some((name, place_in_sentence(text)))
}

/// "… in the MPR …", "… at the Central Administration Building, 901 N.E. 6th Street,
/// unless …": a place named after "in the"/"at the" by capitalised words.
fn place_in_sentence(text: &str) -> Option<String> {
    for cue in [" in the ", " at the "] {
        for (at, _) in text.match_indices(cue) {
            let rest = &text[at + cue.len()..];
            let end = rest.find([',', '.', ';', '(']).unwrap_or(rest.len());
            let place = rest[..end].trim();
            let capitalised = place.split_whitespace().next().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && !w.starts_with(|c: char| c.is_ascii_digit())
            });
            if capitalised && place.split_whitespace().count() <= 6 {
                return Some(place.to_string());
            }
        }
    }
    None
}

/// "5:30 p.m. • Boardroom", "6pm | Library": an hour, a bullet or bar, and a place.
fn clock_and_place(text: &str) -> Option<(String, String)> {
    let (clock, place) = text.split_once(['•', '|'])?;
    let (clock, place) = (clock.trim(), place.trim());
    let half_day =
        |r: &str| ["", "am", "pm", "a.m.", "p.m."].contains(&r.trim().to_lowercase().as_str());
    let is_clock = super::dating::leading_clock(clock).is_some_and(|(_, rest)| half_day(&rest));
    (is_clock && !place.is_empty() && place.split_whitespace().count() <= 6)
        .then(|| (clock.to_string(), place.to_string()))
}

fn push_line(rd: &mut Reader<'_>, st: &ParaState, title: String, timing: String) {
    let mut e = RawEvent::new(rd.row_base, title);
    e.timing = timing;
    e.location.clone_from(&st.lines.place);
    e.section = rd.current_section.clone();
    rd.push(e);
}

/// A line that is a month alone, its year written or not: the month and its year. A
/// summer month heading the first of a calendar's months ("August" above "September") is
/// the summer the school year opens with, not the one it ends with.
fn month_heading(rd: &Reader<'_>, text: &str, first: bool) -> Option<(i32, u32)> {
    if text.chars().count() > 24 {
        return None;
    }
    let (year, m) = super::dating::month_of(text, rd.lang)?;
    // Words besides the month and its year make it a sentence, not a heading.
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    let opening_summer = first && (7..=8).contains(&m) && rd.ctx.calendar_year.is_none();
    let year = match (year, opening_summer) {
        (Some(y), _) => y,
        (None, true) => rd.ctx.year.first_year(),
        (None, false) => rd.ctx.year_of_month(m),
    };
    (words <= 2).then_some((year, m))
}

/// "3 - First day of school", "10-24 – Magazine kick off", "TBD Family Fun Night" under a
/// month heading: the day (or the days, or the whole month when "TBD") as a timing the
/// normaliser reads in any language, and the rest as the title.
fn day_in_month(text: &str, (year, month): (i32, u32)) -> Option<(String, String)> {
    let last = days_in_month(year, month)?;
    if let Some(rest) = text.strip_prefix("TBD") {
        let title = line_title(rest)?;
        return Some((format!("{month:02}.{year}"), title));
    }
    let (first, first_ordinal, rest) = leading_day(text)?;
    // "10-24", "18th-22nd", "25th -29th", "24th – 26th": the last day after a dash. Spaced,
    // both days say they are days ("3 – 5th grade …" is the 3rd, for the 5th grade).
    let dash = rest.trim_start().strip_prefix(['-', '–', '—']);
    let spaced = rest.starts_with(char::is_whitespace)
        || dash.is_some_and(|d| d.starts_with(char::is_whitespace));
    let (end, rest) = match dash.map(str::trim_start).and_then(leading_day) {
        Some((end, end_ordinal, after))
            if end > first && (!spaced || (first_ordinal && end_ordinal) || glued_name(after)) =>
        {
            (Some(end), after)
        }
        _ => (None, rest),
    };
    // A day is followed by a space or a dash, never by a dot or a bracket (a list number);
    // or, pasted from a calendar's cells, glued to its name ("16Kinder Meet the Teacher").
    let spaced_after = rest.starts_with([' ', '\t', '-', '–', '—']);
    if !(spaced_after || glued_name(rest)) || end.unwrap_or(first) > last {
        return None;
    }
    // "2nd 6:30 p.m. Executive Board Meeting": the clock time is the event's, not its title's.
    let (clock, rest) = leading_clock(rest.trim_start());
    let title = line_title(rest)?;
    let day = |d: u32| format!("{d:02}.{month:02}.{year}");
    let mut timing = match end {
        Some(end) => format!("{}-{}", day(first), day(end)),
        None => day(first),
    };
    if let Some(clock) = clock {
        timing = format!("{timing} {clock}");
    }
    Some((timing, title))
}

/// "Kinder Meet …", "MAP Testing" right after a day's digits: a capitalised name glued to
/// the day (two letters at least, so "5th", "3rd" stay ordinals).
fn glued_name(rest: &str) -> bool {
    let mut letters = rest.chars().take_while(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_some()
}

/// One or two digits at the start that make a day of a month (1–31), whether the English
/// ordinal follows them ("20th", "2nd"), and the rest.
fn leading_day(text: &str) -> Option<(u32, bool, &str)> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let day: u32 = text[..digits].parse().ok()?;
    let rest = &text[digits..];
    let after_ordinal = ["st", "nd", "rd", "th"].iter().find_map(|o| {
        let after = rest.get(o.len()..)?;
        let word_ends = !after.starts_with(char::is_alphanumeric);
        (rest.get(..o.len())?.eq_ignore_ascii_case(o) && word_ends).then_some(after)
    });
    (1..=31)
        .contains(&day)
        .then_some((day, after_ordinal.is_some(), after_ordinal.unwrap_or(rest)))
}

/// A clock time opening the text ("6:30 p.m.", "7:00 pm.", "9:00 a.m."), and the rest.
fn leading_clock(text: &str) -> (Option<&str>, &str) {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let minutes = text
        .get(digits..)
        .and_then(|r| r.strip_prefix([':', '.']))
        .filter(|r| r.len() >= 2 && r.as_bytes()[..2].iter().all(u8::is_ascii_digit));
    let Some(after_minutes) = minutes.filter(|_| (1..=2).contains(&digits)) else {
        return (None, text);
    };
    let after = &after_minutes[2..];
    let lower = after.trim_start().to_ascii_lowercase();
    let half = ["a.m.", "p.m.", "am.", "pm.", "a.m", "p.m", "am", "pm"]
        .iter()
        .find(|h| lower.starts_with(**h));
    let used = text.len() - after.len()
        + half.map_or(0, |h| after.len() - after.trim_start().len() + h.len());
    (Some(text[..used].trim()), &text[used..])
}

/// The words after a line's day, its dashes and spaces trimmed, when they are words.
fn line_title(rest: &str) -> Option<String> {
    let t = rest.trim_start_matches([' ', '\t', '-', '–', '—']).trim();
    (t.chars().filter(|c| c.is_alphabetic()).count() >= 3).then(|| t.to_string())
}

fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = chrono::NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    u32::try_from((next - first).num_days()).ok()
}

/// A line that is only a day or days ("2nd September 2024", "28th & 30th Nov"), maybe with
/// a note in brackets after it: the timing, and the note when it has words.
fn date_only(text: &str, ctx: &Context) -> Option<(String, Option<String>)> {
    // "a) Ngày 28 tháng 8 năm 2025 (Thứ năm)": a lettered heading of a day.
    let text = match layout::label(text) {
        Some((layout::Label::Enumerated, rest))
            if !text.trim_start().starts_with(char::is_numeric) =>
        {
            rest
        }
        _ => text,
    };
    // "3rd and 4th September 2025": days the sentence search reads in part, read whole.
    let whole = timing::normalise(text, ctx);
    if whole.kind() != TimingKind::Unknown
        && whole.precision() == Some(Precision::Day)
        && text.split_whitespace().count() <= 6
        && !text.contains('(')
    {
        return Some((text.to_string(), None));
    }
    let (found, t) = timing::find_in_sentence(text, ctx)?;
    // "Monday 26 December 2016 (Christmas Day)": the weekday before the day is the day's.
    let before = text[..found.start].trim().trim_end_matches(',');
    let exact = t.precision() == Some(Precision::Day) && t.kind() != TimingKind::Unknown;
    let day_word = vocab::DAY_WORDS.contains(&people::norm(before).as_str());
    if !exact || !(before.is_empty() || day_word || super::grids::is_weekday(before)) {
        return None;
    }
    let timing = text[..found.end].trim().to_string();
    let rest = text[found.end..].trim();
    // "August 20, 2025 Minutes": the name of a linked document, not of the event.
    let mut rest_words = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    let link = rest_words.peek().is_some()
        && rest_words.all(|w| vocab::LINK_WORDS.contains(&w.to_lowercase().as_str()));
    if rest.is_empty() || link {
        return Some((timing, None));
    }
    let note = bracket_note(rest)?;
    // "(all wk)", "(all day)": a note on the time, not a name; "(Thứ năm)" the weekday.
    let named = note.split_whitespace().count() >= 2
        && !note.to_lowercase().starts_with("all ")
        && !super::grids::is_weekday(note);
    Some((timing, named.then(|| note.to_string())))
}

/// "- Các lớp tiến hành đại hội chi đội (22/09/2013 vào tiết sinh hoạt lớp)", "- Tổ chức cho
/// học sinh tựu trường ( 19/8/2019)": a bracket that opens with one day dates the item.
fn bracket_day(text: &str, ctx: &Context) -> Option<String> {
    text.split('(').skip(1).find_map(|part| {
        let inner = part.split(')').next()?.trim();
        // "(23/10/1945 - 23/10/2019)": an anniversary's years, no day of the item's.
        let years = inner
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
            .count();
        if years > 1 {
            return None;
        }
        let (range, t) = timing::find_in_sentence(inner, ctx)?;
        let day = t.kind() != TimingKind::Unknown && t.precision() == Some(Precision::Day);
        (day && inner[..range.start].trim().is_empty()).then(|| inner[range].trim().to_string())
    })
}

/// "(Christmas Day)": the words of a text that is one bracketed note.
fn bracket_note(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('(')?.strip_suffix(')')?;
    (!inner.contains(['(', ')'])).then(|| inner.trim())
}

/// A sentence of prose that dates what it names ("National Library Week is April 7–13,
/// 2024", "Ngày hội diễn ra từ 19/04 đến 21/04/2023", "… Fire Prevention Week (Oct.
/// 6-12)"): the name before the date and its words, and the date. A date with no name
/// before it (a post's stamp) is passed over for the next.
pub(crate) fn prose_event(text: &str, ctx: &Context) -> Option<(String, String)> {
    sentences(text)
        .into_iter()
        .flat_map(|s| s.split("; "))
        .find_map(|sentence| {
            let sentence = without_stamp(sentence, ctx);
            let (range, when) = timing::find_in_sentence(sentence, ctx)?;
            // "Она проводится с 1943 года": a year alone in prose is history, not an event.
            if when.precision().is_none_or(|p| p > Precision::Month) {
                return None;
            }
            let name = name_before(&sentence[..range.start])
                .or_else(|| name_after(&sentence[range.end..]))?;
            // "Oct. 6-12), all Fairfax County …": the words that give the same dates.
            let read = &sentence[range];
            let same = |t: &str| {
                let w = timing::normalise(t, ctx);
                (w.start(), w.end()) == (when.start(), when.end())
            };
            let short = read
                .match_indices([',', ')'])
                // Not before a number: ", 2024" is the dates' own year.
                .filter(|(at, _)| {
                    !read[at + 1..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
                })
                .map(|(at, _)| &read[..at])
                .find(|t| same(t))
                .unwrap_or(read);
            Some((name, short.trim().to_string()))
        })
}

/// A text's sentences: cut at line ends, and at '.', '!' or '?' before a capital letter
/// unless the word before is an abbreviation ("Oct. 6-12", "St. Albert").
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut from = 0;
        for (i, c) in line.char_indices() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let next = line[i + 1..].trim_start();
            let word_before = line[from..i].split_whitespace().next_back().unwrap_or("");
            let abbreviation = c == '.'
                && word_before.chars().count() <= 3
                && word_before.chars().all(char::is_alphabetic);
            if next.starts_with(char::is_uppercase) && !abbreviation {
                out.push(&line[from..=i]);
                from = i + 1;
            }
        }
        out.push(&line[from..]);
    }
    out
}

/// "Ngày 13/5, Sở GTVT đã ban hành Công văn số 4046 …": a sentence reporting that a letter
/// or an order was issued; its date is the document's, not an event's.
pub(crate) fn reports_a_document(sentence: &str) -> bool {
    let n = people::norm(sentence);
    vocab::ISSUED_WORDS.iter().any(|w| n.contains(w)) || cites_a_document(sentence)
}

/// "… tại các văn bản số 108/KH-UBND ngày 04/5/2019 …", "приказ № 392 от 21.04.2011": a
/// sentence citing a document by its number, whose date is the document's.
fn cites_a_document(sentence: &str) -> bool {
    let numbered = |w: &str| {
        w.split_once('/').is_some_and(|(n, code)| {
            !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit())
                && code.starts_with(char::is_uppercase)
        })
    };
    sentence
        .split_whitespace()
        .any(|w| w.starts_with('№') || numbered(w.trim_matches([',', ';', '.', '(', ')'])))
}

/// "date 2019-09-28 In celebration of …", "Posted on March 3, 2023 …": the page's own
/// date before the text, cut off (it dates the post, not the event).
fn without_stamp<'a>(sentence: &'a str, ctx: &Context) -> &'a str {
    let t = sentence.trim_start();
    let Some(lower) = people::same_length_lowercase(t) else {
        return sentence;
    };
    let Some(label) = vocab::STAMP_LABELS
        .iter()
        .filter(|l| lower.starts_with(*l) && !lower[l.len()..].starts_with(char::is_alphabetic))
        .max_by_key(|l| l.len())
    else {
        return sentence;
    };
    let rest = t[label.len()..].trim_start_matches([':', ' ']);
    let tokens: Vec<(usize, &str)> = rest
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize + w.len(), w))
        .take(4)
        .collect();
    let day = |text: &str| {
        let t = timing::normalise(text, ctx);
        t.kind() != TimingKind::Unknown && t.precision() == Some(Precision::Day)
    };
    (1..=tokens.len())
        .rev()
        .map(|k| tokens[k - 1].0)
        .find(|&end| day(&rest[..end]))
        .map_or(sentence, |end| &rest[end..])
}

/// "24 марта в библиотеке состоится открытие Недели детской книги «…»": with the date
/// first, the name follows the verb that says it takes place, up to a quote or a comma.
fn name_after(after: &str) -> Option<String> {
    let lower = people::same_length_lowercase(after)?;
    let (at, len) = vocab::PROSE_DATE_CUES
        .iter()
        .filter(|c| c.chars().count() >= 5)
        .filter_map(|c| lower.find(&format!(" {c} ")).map(|at| (at, c.len() + 2)))
        .min()?;
    let rest = &after[at + len..];
    let end = rest
        .find(['«', '"', '“', ',', '.', ';', '('])
        .unwrap_or(rest.len());
    let words: Vec<&str> = rest[..end].split_whitespace().collect();
    let named = (1..=6).contains(&words.len())
        && words.join("").chars().filter(|c| c.is_alphabetic()).count() >= 4;
    named.then(|| words.join(" "))
}

/// The words naming an event just before its date, less the words that lead to a date
/// ("is", "diễn ra", "состоится", "(").
fn name_before(before: &str) -> Option<String> {
    let mut b = before.trim_end();
    loop {
        let lower = people::same_length_lowercase(b)?;
        let cue = vocab::PROSE_DATE_CUES.iter().find(|c| {
            lower.ends_with(*c)
                && lower[..lower.len() - c.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|ch| !ch.is_alphanumeric())
        });
        let trimmed = match cue {
            Some(c) => &b[..b.len() - c.len()],
            None => b.trim_end_matches(['(', '-', '–', '—', ':', ',']),
        };
        if trimmed.len() == b.len() {
            break;
        }
        b = trimmed.trim_end();
    }
    let start = b
        .rfind(['.', ',', ';', '!', '?', ':', '(', ')', '"', '“', '”'])
        .map_or(0, |i| i + 1);
    let clause: Vec<&str> = b[start..].split_whitespace().collect();
    // "In celebration of Fire Prevention Week": the capitalised name at the clause's end.
    let run = clause
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let words = match run {
        2.. => &clause[clause.len() - run..],
        _ if clause.len() <= 6 => &clause[..],
        _ => return None,
    };
    let name = words.join(" ");
    // One lowercase word ("date", "from") is a label, not a name.
    let named = words.len() >= 2 || name.starts_with(char::is_uppercase);
    (named && name.chars().filter(|c| c.is_alphabetic()).count() >= 4).then_some(name)
}

/// "Thứ ba - 11/10/2022 10:41", "11/12/2023 16:41": a line that is only a day and a clock
/// time to the minute a person would not plan for (not on a five-minute mark) is when the
/// page was posted, not an event's day.
pub(crate) fn page_stamp(text: &str, ctx: &Context) -> bool {
    let when = timing::normalise(text, ctx);
    let odd_minute = when.time.is_some_and(|t| t.minute() % 5 != 0);
    // Nothing but the weekday before the digits ("Thứ ba - ", "Tuesday, ").
    let before = text[..text.find(|c: char| c.is_ascii_digit()).unwrap_or(0)]
        .trim()
        .trim_end_matches(['-', '–', ',', ' ']);
    odd_minute
        && when.precision() == Some(Precision::Day)
        && text.split_whitespace().count() <= 7
        && (before.is_empty() || super::grids::is_weekday(before))
}

/// "Half term - 17th - 21st February", "Inset day:\tFriday 20 January": a short name, then
/// a dash, a colon or a tab, then only days.
pub(crate) fn named_days(text: &str, ctx: &Context) -> Option<(String, String)> {
    // "THANKSGIVING EVE – Wednesday, November 26, 2025 (close @ 5:00pm)": a note in
    // brackets at the end is about the day, not part of its name or its date.
    let text = match text
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|at| &t[..at]))
    {
        Some(before) if before.contains(['–', '—', '-', ':', '\t']) => before.trim_end(),
        _ => text,
    };
    // A label ends at its colon even when its days hold a dash ("Half-Term 1: 15th April –
    // 24th May").
    let labelled = text
        .find([':', '\t'])
        .map(|at| (text[..at].to_string(), text[at + 1..].trim().to_string()))
        .filter(|(_, days)| exact_days(days, ctx));
    let (name, days) = match (labelled, dash_event(text, ctx)) {
        (Some(split), _) => split,
        (None, Some((name, days, rest))) if rest.is_empty() => (name, days),
        _ => return None,
    };
    let name = name
        .trim()
        .trim_end_matches([':', '-', '–'])
        .trim()
        .to_string();
    // "2nd September - 20th December 2024" is days on both sides of its dash, no name.
    let short =
        name.split_whitespace().count() <= 6 && !name.starts_with(|c: char| c.is_ascii_digit());
    let letters = name.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    (short && letters && exact_days(&days, ctx)).then_some((name, days))
}

/// A text that reads whole as days (not a month, not unknown); a sentence with a date in it
/// ("Tổ chức Tết thiếu nhi 01/6 và …") is no such text.
fn exact_days(text: &str, ctx: &Context) -> bool {
    if text.split_whitespace().count() > 8 {
        return false;
    }
    let when = timing::normalise(text, ctx);
    when.kind() != TimingKind::Unknown && when.precision() == Some(Precision::Day)
}

/// A line of words that can name the event of the date above it: no year of its own (that
/// is a heading: "Academic year 2025/2026") and no date at its start.
fn item_text(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && super::dating::calendar_year(text).is_none()
        && super::dating::academic_year(text).is_none()
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
        // "ноябрь, декабрь, родители": the timing goes on while the parts are timings, or
        // pieces of one ("Thursday, November 27, 2025": a weekday, a day, a year).
        let known = |p: &str| timing::normalise(p.trim(), ctx).kind() != TimingKind::Unknown;
        let piece = |p: &str| {
            let p = p.trim().trim_end_matches('.');
            known(p)
                || super::grids::is_weekday(p)
                || (p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()))
        };
        let taken = parts.iter().take_while(|p| piece(p)).count();
        if taken == 0 || !known(&parts[..taken].join(",")) {
            continue;
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

    /// Events of a plan written as the paragraphs `lines`: (title, start, end).
    fn dated(lines: &[&str]) -> Vec<(String, String, String)> {
        use crate::import::source::{Block, SourceDoc};
        let blocks = lines
            .iter()
            .map(|t| {
                Block::Paragraph(Paragraph {
                    text: (*t).to_string(),
                    ..Default::default()
                })
            })
            .collect();
        let options = crate::import::ImportOptions {
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29),
            ..crate::import::ImportOptions::new(crate::plan::Slug::parse("x").unwrap())
        };
        let doc = super::super::interpret(&SourceDoc { blocks }, "plan.docx", &options).unwrap();
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        doc.events
            .iter()
            .map(|e| {
                let w = e.when.as_ref();
                (
                    e.title.clone(),
                    day(w.and_then(|w| w.start())),
                    day(w.and_then(|w| w.end())),
                )
            })
            .collect()
    }

    fn ev(title: &str, start: &str, end: &str) -> (String, String, String) {
        (title.into(), start.into(), end.into())
    }

    #[test]
    fn a_month_heading_dates_the_day_lines_under_it() {
        let got = dated(&[
            "Family calendar 2030-2031",
            "October 2030",
            "4 – Pumpkin carving",
            "15-17 Book swap week",
            "TBD Parent quiz night",
            "March 2031",
            "2- Spring concert",
        ]);
        assert_eq!(
            got,
            [
                ev("Pumpkin carving", "2030-10-04", "2030-10-04"),
                ev("Book swap week", "2030-10-15", "2030-10-17"),
                ev("Parent quiz night", "2030-10-01", "2030-10-31"),
                ev("Spring concert", "2031-03-02", "2031-03-02"),
            ]
        );
    }

    #[test]
    fn ordinal_day_lines_under_a_month_heading_with_ranges_and_clock_times() {
        let got = dated(&[
            "PTA 2021-2022 CALENDAR",
            "August",
            "20th Teacher/Staff Welcome Back Lunch",
            "September",
            "2nd 6:30 p.m. Executive Board Meeting",
            "October",
            "18th-22nd Book Fair",
            "25th -29th Red Ribbon Week",
            "3 – 5th grade pancake breakfast",
        ]);
        assert_eq!(
            got,
            [
                ev(
                    "Teacher/Staff Welcome Back Lunch",
                    "2021-08-20",
                    "2021-08-20"
                ),
                ev("Executive Board Meeting", "2021-09-02", "2021-09-02"),
                ev("Book Fair", "2021-10-18", "2021-10-22"),
                ev("Red Ribbon Week", "2021-10-25", "2021-10-29"),
                ev("5th grade pancake breakfast", "2021-10-03", "2021-10-03"),
            ]
        );
    }

    #[test]
    fn aims_members_and_costs_are_no_events_even_dated() {
        let got = dated(&[
            "KẾ HOẠCH Tổ chức hoạt động tháng 10 năm học 2021-2022",
            "I. MỤC ĐÍCH - YÊU CẦU",
            "1. Tổ chức sân chơi cho học sinh chào mừng ngày 20/10.",
            "II. NỘI DUNG",
            "1. Hội thi cắm hoa – ngày 19/10/2021, giáo viên chủ nhiệm",
            "III. BAN TỔ CHỨC.",
            "1. Bà Nguyễn Thị Thu Hương - Hiệu trưởng - Trưởng ban",
            "IV. KINH PHÍ",
            "1. Kinh phí khen thưởng hoạt động – 20/10/2021",
        ]);
        assert_eq!(got, [ev("Hội thi cắm hoa", "2021-10-19", "2021-10-19")]);
    }

    #[test]
    fn a_date_line_keeps_the_heading_above_it_across_a_blank_line() {
        let got = dated(&[
            "Term dates",
            "Dates that children will attend nursery over this academic year",
            "Summer 1 (2024-2025)",
            "Tuesday 22nd April to Friday 23rd May 2025",
            "Summer 2 (2024-2025)",
            "Monday 2nd June to Tuesday 24th July 2025",
            " ",
            "Bank Holidays",
            "The 5 school inset days set for 2024 - 2025*",
            "Wednesday 4th September 2024",
        ]);
        // (The first heading under the title is read with the title's lines.)
        assert_eq!(
            got[1..],
            [
                ev("Summer 2 (2024-2025)", "2025-06-02", "2025-07-24"),
                ev(
                    "The 5 school inset days set for 2024 - 2025*",
                    "2024-09-04",
                    "2024-09-04"
                ),
            ]
        );
    }

    #[test]
    fn a_date_alone_names_its_event_on_the_next_line_or_takes_its_heading() {
        let got = dated(&[
            "Key dates 2029-2030",
            "Closure days",
            "3rd October 2029",
            "Friday 9 November 2029",
            "Public holidays",
            "Tuesday 25 December 2029 (Christmas Day)",
            "Diary",
            "7th Nov",
            "Poetry afternoon in the hall",
            "12th Dec (all day)",
            "Choir visit to the care home",
        ]);
        assert_eq!(
            got,
            [
                ev("Closure days", "2029-10-03", "2029-10-03"),
                ev("Closure days", "2029-11-09", "2029-11-09"),
                ev("Christmas Day", "2029-12-25", "2029-12-25"),
                ev("Poetry afternoon in the hall", "2029-11-07", "2029-11-07"),
                ev("Choir visit to the care home", "2029-12-12", "2029-12-12"),
            ]
        );
    }

    #[test]
    fn a_name_then_its_days_after_a_dash_or_a_colon_is_an_event() {
        let got = dated(&[
            "Term dates 2030-2031",
            "Spring term 2031",
            "6th January - 27th March 2031",
            "Half term - 17th - 21st February 2031",
            "Staff day:\tMonday 6 January 2031",
        ]);
        assert_eq!(
            got,
            [
                ev("Spring term 2031", "2031-01-06", "2031-03-27"),
                ev("Half term", "2031-02-17", "2031-02-21"),
                ev("Staff day", "2031-01-06", "2031-01-06"),
            ]
        );
    }

    #[test]
    fn a_school_year_heading_dates_the_labelled_lines_under_it_at_the_place_given_above() {
        let got = dated(&[
            "Holiday club dates",
            "Where: Village hall",
            "Winter 2031/32",
            "Week 1: 15th December – 19th December",
            "Spring 2031/32",
            "Week 2: 6th April – 9th April",
        ]);
        assert_eq!(
            got,
            [
                ev("Week 1", "2031-12-15", "2031-12-19"),
                ev("Week 2", "2032-04-06", "2032-04-09"),
            ]
        );
    }

    #[test]
    fn a_day_with_timed_lines_under_it_stays_a_programme() {
        let got = dated(&[
            "Garden open day 2031",
            "Saturday 5 April 2031",
            "Welcome and tour",
            "10:00 Coffee in the orchard",
            "11:30 Seed swap",
        ]);
        let titles: Vec<&str> = got.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(titles, ["Coffee in the orchard", "Seed swap"]);
        assert!(got.iter().all(|(_, s, _)| s == "2031-04-05"));
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

    #[test]
    fn dates_listed_under_a_lead_take_its_name_place_and_hour_not_a_habit_line() {
        let got = dated(&[
            "Board Meetings",
            "General Association Meetings are held on the third Wednesday of the month. They start at 8:30am in the MPR.",
            "2025-26 Meetings",
            "September 24, 2025",
            "August 20, 2025 Minutes",
            "December 17, 2025 (Festive Dress)",
        ]);
        let titles: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(titles, ["General Association Meetings"; 3]);
        assert_eq!(got[1].1, "2025-08-20");
        // A habit line names nothing; a "time • place" line gives every date its hour.
        let board = dated(&[
            "Board Meetings and Agendas",
            "",
            "2023-2024 Board of Trustees",
            "",
            "Board of Trustees Regular Meetings",
            "5:30 p.m. • Boardroom",
            "1st Tuesday of each month",
            "August 1, 2023",
            "September 5, 2023",
        ]);
        assert_eq!(board[0].0, "Board of Trustees Regular Meetings");
        assert_eq!(board.len(), 2);
    }

    #[test]
    fn a_lead_sentence_names_the_kind_of_event_and_its_place() {
        assert_eq!(
            lead_sentence(
                "The Board of Trustees holds Regular Board Meetings the third Monday of every month at the Central Administration Building, 901 N.E. 6th Street, unless otherwise posted."
            ),
            Some((
                "Regular Board Meetings".into(),
                Some("Central Administration Building".into())
            ))
        );
        assert_eq!(
            lead_sentence("Meetings will take place on the 3rd Thursday of each month at 4:00pm."),
            Some(("Meetings".into(), None))
        );
        assert!(lead_sentence("We hope to see you there.").is_none());
        assert_eq!(
            clock_and_place("5:30 p.m. • Boardroom"),
            Some(("5:30 p.m.".into(), "Boardroom".into()))
        );
        assert!(clock_and_place("Library | Hours").is_none());
        assert!(generic_heading("2017-2018 Meeting Dates"));
        assert!(!generic_heading("Board of Trustees Regular Meetings"));
    }

    #[test]
    fn name_dash_weekday_date_lines_are_events_not_more_of_the_title() {
        let got = dated(&[
            "Library Closings",
            "",
            "THANKSGIVING EVE – Wednesday, November 26, 2025 (close @ 5:00pm)",
            "THANKSGIVING DAY – Thursday, November 27, 2025",
            "CHRISTMAS EVE – Wednesday, December 24, 2025",
        ]);
        assert_eq!(
            got,
            [
                ev("THANKSGIVING EVE", "2025-11-26", "2025-11-26"),
                ev("THANKSGIVING DAY", "2025-11-27", "2025-11-27"),
                ev("CHRISTMAS EVE", "2025-12-24", "2025-12-24"),
            ]
        );
        let (name, days, rest) = dash_event(
            "Open house – Saturday, October 12, 2024, fire station",
            &ctx(),
        )
        .unwrap();
        assert_eq!(
            (name.as_str(), days.as_str(), rest.as_str()),
            ("Open house", "Saturday, October 12, 2024", "fire station")
        );
    }

    #[test]
    fn a_sentence_issuing_or_citing_a_document_dates_no_event() {
        assert!(reports_a_document(
            "HNP - Ngày 13/5, Sở GTVT đã ban hành Công văn số 4046/SGTVT-QLKCHTGT về phối hợp."
        ));
        assert!(reports_a_document(
            "Thực hiện ý kiến chỉ đạo tại các văn bản số 108/KH-UBND ngày 04/5/2019 về Kế hoạch."
        ));
        assert!(reports_a_document(
            "Приложение к Постановлению от 21.04.2011 г № 392"
        ));
        assert!(!reports_a_document(
            "UBND Thành phố tổ chức Lễ phát động vào ngày 28/5/2019 tại huyện Ba Vì."
        ));
        assert!(!reports_a_document("Сбор макулатуры 20/21 октября"));
    }

    #[test]
    fn prose_dates_what_it_names_and_a_posts_stamp_dates_nothing() {
        let en = Context::new(AcademicYear::new(2023).unwrap()).with_lang(Some(Lang::En));
        let read = |t: &str| prose_event(t, &en);
        assert_eq!(
            read(
                "Ready, Set, Read, Library! National Library Week is April 7–13, 2024, and our school …"
            ),
            Some(("National Library Week".into(), "April 7–13, 2024".into()))
        );
        assert_eq!(
            read(
                "date 2019-09-28 In celebration of Fire Prevention Week (Oct. 6-12), all stations will host an open house."
            ),
            Some(("Fire Prevention Week".into(), "Oct. 6-12".into()))
        );
        let vi = Context::new(AcademicYear::new(2022).unwrap()).with_lang(Some(Lang::Vi));
        assert_eq!(
            prose_event(
                "Ngày hội diễn ra từ 19/04 đến 21/04/2023, hưởng ứng Ngày sách",
                &vi
            )
            .map(|p| p.0),
            Some("Ngày hội".into())
        );
        let ru = Context::new(AcademicYear::new(2024).unwrap()).with_lang(Some(Lang::Ru));
        assert_eq!(
            prose_event(
                "Она проводится с 1943 года. 24 марта в библиотеке состоится открытие Недели детской книги «Каникулы».",
                &ru
            ),
            Some(("открытие Недели детской книги".into(), "24 марта".into()))
        );
        // A date no words name (a stamp alone) gives nothing.
        assert!(read("Posted on March 3, 2023").is_none());
        // Letters that lowercase longer ("İ") never cut the text off a character.
        // (This one must only not panic: its name is read or passed over, never cut.)
        let _ = read("İİİ İS HELD ON MAY 5, 2024");
        assert!(lead_sentence("İİ Meetings are held İn the MPR").is_none());
        assert_eq!(
            sentences("Open Oct. 6. Closed Nov. 1"),
            ["Open Oct. 6.", " Closed Nov. 1"]
        );
    }

    #[test]
    fn typed_dash_lines_under_a_misspelt_content_heading_are_the_months_events() {
        let got = dated(&[
            "KẾ HOẠCH HOẠT ĐỘNG LIÊN ĐỘI THÁNG 12 NĂM 2014",
            "2.Nội dụng hoạt động:",
            "- Kiểm tra nề nếp, vệ sinh các chi đội.",
            "- Tổ chức Hội thi Hùng biện Tiếng Anh.",
        ]);
        assert_eq!(
            got,
            [
                ev(
                    "Kiểm tra nề nếp, vệ sinh các chi đội.",
                    "2014-12-01",
                    "2014-12-31"
                ),
                ev(
                    "Tổ chức Hội thi Hùng biện Tiếng Anh.",
                    "2014-12-01",
                    "2014-12-31"
                ),
            ]
        );
    }

    #[test]
    fn days_glued_to_their_names_under_a_month_and_a_months_own_event() {
        let got = dated(&[
            "PTO Calendar 2017-2018",
            "September",
            "14Family Carnival Night",
            "28-29MAP Testing (3-6)",
            "October – Schoola Clothes Drive",
            "6Hearing Screening",
        ]);
        assert_eq!(
            got,
            [
                ev("Family Carnival Night", "2017-09-14", "2017-09-14"),
                ev("MAP Testing (3-6)", "2017-09-28", "2017-09-29"),
                ev("Schoola Clothes Drive", "2017-10-01", "2017-10-31"),
                ev("Hearing Screening", "2017-10-06", "2017-10-06"),
            ]
        );
        // An ordinal stays an ordinal: "3 – 5th grade" is not the 3rd to the 5th.
        assert!(!glued_name("th grade"));
    }

    #[test]
    fn a_posts_stamp_to_the_minute_is_no_events_day() {
        let vi = Context::new(AcademicYear::new(2022).unwrap()).with_lang(Some(Lang::Vi));
        assert!(page_stamp("Thứ ba - 11/10/2022 10:41", &vi));
        assert!(page_stamp("11/12/2023 16:41", &vi));
        // An event's hour is a planned one, and a named line is no stamp.
        assert!(!page_stamp("Tuesday, September 12, 9:30am", &vi));
        assert!(!page_stamp("17.10.2022 10:00", &vi));
        assert!(!page_stamp("Họp phụ huynh 17.10.2022 10:43", &vi));
    }
}
