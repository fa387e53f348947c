//! Plan tables: the header row found by meaning (columns in any order, header cells broken
//! over lines), section rows (numbered headings, and months that date the rows under them),
//! and event rows — one per row, or several when a row packs events as paragraphs whose
//! timings stand in parallel paragraphs of the next cell.

use std::collections::BTreeMap;

use super::evidence::{CellEvidence, TableEvidence, TimingMemo};
use super::headers::{header_field, header_row_fields};
use super::layout::{self, Label};
use super::layouts::{self, Found};
use super::vocab::{self, Field};
use super::{RawEvent, Reader, dating, grids, leading_number, people};
use crate::import::source::Cell;
use crate::plan::{AcademicYear, ImportWarning, WarningKind};
use crate::timing::{Context, Precision};
use chrono::Datelike;

/// The columns of a header row, if the row is one by its words alone (it names the title
/// column and another).
#[cfg(test)]
fn header_row(cells: &[Cell]) -> Option<BTreeMap<Field, usize>> {
    let map = header_row_fields(cells);
    (map.contains_key(&Field::Title) && map.len() >= 2).then_some(map)
}

/// Could the row be a header, its title column found by content (`columns::choose`): it
/// names three fields, or two besides the number.
pub(crate) fn may_head(cells: &[Cell]) -> bool {
    let map = header_row_fields(cells);
    let named = map.keys().filter(|f| **f != Field::Number).count();
    map.contains_key(&Field::Title) && map.len() >= 2 || named >= 2
}

/// A cell's paragraphs as the document holds them (empty ones included).
fn paragraphs(cell: Option<&Cell>) -> Vec<String> {
    match cell {
        None => Vec::new(),
        Some(c) if c.paragraphs.is_empty() => c.text.lines().map(str::to_string).collect(),
        Some(c) => c.paragraphs.clone(),
    }
}

fn joined(ps: &[String]) -> String {
    ps.iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// One event's share of a row: the paragraphs of each column it owns.
struct Part {
    title: String,
    /// A day written in brackets after the item's name: finer than any column.
    own_timing: Option<String>,
    agenda: Vec<String>,
    cells: BTreeMap<Field, String>,
    /// The row's name when the event is named by its own label ("Half Term" in the row
    /// of "Spring Term 2025"): the year it writes dates the event too.
    row_name: Option<String>,
}

/// Where each event of a packed row starts among the title cell's paragraphs.
/// The bool says whether the starts are list items (whose columns may pair in order).
fn event_starts(title: &[String], columns: &[Vec<String>]) -> Option<(Vec<usize>, bool)> {
    let labelled: Vec<(usize, Label)> = title
        .iter()
        .enumerate()
        .filter_map(|(i, p)| layout::label(p).map(|(l, _)| (i, l)))
        .collect();
    let intro_is_meeting = title.first().is_some_and(|p| {
        let n = people::norm(p);
        vocab::MEETING_WORDS.iter().any(|w| n.contains(w))
    });
    let own_timings = |starts: &[usize]| {
        columns.iter().any(|c| {
            c.iter().filter(|p| !p.trim().is_empty()).count() == starts.len() && starts.len() >= 2
        })
    };
    let items: Vec<usize> = labelled.iter().map(|(i, _)| *i).collect();
    if items.len() >= 2 {
        // Dashes and lettered items ("а) …", "б) …") under a line are its sub-items.
        let dashes = labelled.iter().all(|(i, l)| {
            *l == Label::Dash
                || (*l == Label::Enumerated
                    && title[*i].trim_start().starts_with(char::is_alphabetic))
        });
        // A line above dash items makes them its sub-items ("Подготовка материалов:").
        let intro = title[..items[0]].iter().any(|p| !p.trim().is_empty());
        // "1. О работе совета 2. Выборы председателя": one meeting's topics.
        let topics = layout::agenda_topics(items.iter().map(|&i| title[i].as_str()));
        if !(intro_is_meeting || topics || dashes && intro) || own_timings(&items) {
            return Some((items, true));
        }
        return None;
    }
    // Events separated by empty paragraphs, with their people in parallel paragraphs.
    let groups: Vec<usize> = (0..title.len())
        .filter(|&i| !title[i].trim().is_empty() && (i == 0 || title[i - 1].trim().is_empty()))
        .collect();
    let aligned = |c: &Vec<String>| {
        groups
            .iter()
            .enumerate()
            .filter(|&(k, &g)| {
                let end = groups.get(k + 1).copied().unwrap_or(usize::MAX);
                c.iter()
                    .enumerate()
                    .any(|(i, p)| i >= g && i < end && !p.trim().is_empty())
            })
            .count()
            == groups.len()
    };
    (groups.len() >= 2 && columns.iter().any(|c| c.len() > 1 && aligned(c)))
        .then_some((groups, false))
}

/// The text a column gives the event starting at paragraph `start` (up to `end`): its own
/// parallel paragraphs, else the k-th of as many, else the whole cell.
fn share(ps: &[String], k: usize, n: usize, span: (usize, usize), ordered: bool) -> String {
    let (start, end) = span;
    let own = joined(ps.get(start..end.min(ps.len())).unwrap_or(&[]));
    let filled: Vec<&String> = ps.iter().filter(|p| !p.trim().is_empty()).collect();
    if !own.is_empty() {
        return own;
    }
    if ordered && filled.len() == n {
        return filled[k].trim().to_string();
    }
    joined(ps)
}

/// A diary row whose event column is empty but whose text stands in another column
/// ("Tuesday 3rd January" | "INSET day – School closed" | "" where times usually stand):
/// the row with that text moved to the event column.
fn text_in_other_cell(
    row: &[Cell],
    cells: &[CellEvidence],
    m: &BTreeMap<Field, usize>,
) -> Option<Vec<Cell>> {
    let title = *m.get(&Field::Title)?;
    if row.get(title).is_some_and(|c| !c.text.trim().is_empty()) {
        return None;
    }
    let mapped: Vec<usize> = m.values().copied().collect();
    let (from, _) = row
        .iter()
        .enumerate()
        .filter(|(i, c)| !mapped.contains(i) && !c.merged_from_left)
        .map(|(i, c)| (i, c.text.chars().filter(|ch| ch.is_alphabetic()).count()))
        .filter(|&(i, letters)| letters >= 12 && cells.get(i).is_none_or(|e| e.timing.is_none()))
        .max_by_key(|&(_, letters)| letters)?;
    let mut moved = row.to_vec();
    if title >= moved.len() {
        moved.resize(title + 1, Cell::default());
    }
    moved[title] = std::mem::take(&mut moved[from]);
    Some(moved)
}

/// Splits a row into the events it holds. In a diary (`lines_are_events`) each line of the
/// event cell is an event on the row's day ("Year 2 Inventors Day" / "FoHIS Cake Sale").
fn parts(row: &[Cell], m: &BTreeMap<Field, usize>, lines_are_events: bool) -> Vec<Part> {
    let col = |f: Field| people::rejoin_names(paragraphs(m.get(&f).and_then(|&i| row.get(i))));
    let title: Vec<String> = col(Field::Title)
        .iter()
        .flat_map(|p| inline_items(p))
        .collect();
    let others: Vec<(Field, Vec<String>)> = m
        .keys()
        .filter(|f| !matches!(f, Field::Title | Field::Number))
        .map(|&f| (f, col(f)))
        .collect();
    // An agenda column's items are the meeting's, not events of their own.
    let columns: Vec<Vec<String>> = others
        .iter()
        .filter(|(f, _)| *f != Field::Agenda)
        .map(|(_, c)| c.clone())
        .collect();
    let lines: Vec<usize> = (0..title.len())
        .filter(|&i| !title[i].trim().is_empty())
        .collect();
    let found = match lines_are_events && lines.len() >= 2 {
        true => Some((lines, false)),
        false => event_starts(&title, &columns),
    };
    let Some((starts, ordered)) = found else {
        return match dated_lines(&title, &others).or_else(|| periods(&title, &others)) {
            Some(parts) => parts,
            None => vec![whole_row(&title, &others)],
        };
    };
    let n = starts.len();
    (0..n)
        .map(|k| {
            let (start, end) = (starts[k], starts.get(k + 1).copied().unwrap_or(usize::MAX));
            let own = &title[start..end.min(title.len())];
            let first = own.first().map(String::as_str).unwrap_or("");
            let name = layout::label(first).map(|(_, r)| r).unwrap_or(first);
            let cells: BTreeMap<Field, String> = others
                .iter()
                .map(|(f, ps)| {
                    let mine = share(ps, k, n, (start, end), ordered);
                    // "22.03" / "" / "вт": a weekday under the day names the whole cell's
                    // day, whichever event's line it stands beside.
                    match *f == Field::Timing && grids::is_weekday(&mine) {
                        true => (*f, joined(ps)),
                        false => (*f, mine),
                    }
                })
                .collect();
            // "Tổ chức cho học sinh tựu trường (19/8/2019)": the item's own day.
            let (name, own_timing) = bracket_timing(name);
            Part {
                own_timing,
                title: name,
                agenda: own
                    .iter()
                    .skip(1)
                    .filter(|p| !p.trim().is_empty())
                    .cloned()
                    .collect(),
                cells,
                row_name: None,
            }
        })
        .collect()
}

/// A row whose timing cell gives a day per line, one for each line of the title cell
/// ("ДО «Солнышко»" / "ДО «Галактика»" beside "25.09" / "24.09"), after an optional
/// lead-in line ending in ':' that names what they are ("Общий сбор организаций:"): an
/// event per line, named with the lead-in, on its own day.
fn dated_lines(title: &[String], others: &[(Field, Vec<String>)]) -> Option<Vec<Part>> {
    let filled = |ps: &[String]| -> Vec<String> {
        ps.iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let lines = filled(title);
    let days = filled(&others.iter().find(|(f, _)| *f == Field::Timing)?.1);
    if days.len() < 2 || !days.iter().all(|d| dating::is_days(d)) {
        return None;
    }
    let (lead, items) = match lines.len() - days.len().min(lines.len()) {
        0 if lines.len() == days.len() => (None, &lines[..]),
        1 if lines[0].ends_with(':') => (Some(lines[0].as_str()), &lines[1..]),
        _ => return None,
    };
    let parts = items
        .iter()
        .zip(&days)
        .map(|(item, day)| Part {
            title: lead.map_or_else(|| item.clone(), |l| format!("{l} {item}")),
            own_timing: None,
            agenda: Vec::new(),
            cells: others
                .iter()
                .map(|(f, ps)| match f {
                    Field::Timing => (*f, day.clone()),
                    _ => (*f, joined(ps)),
                })
                .collect(),
            row_name: None,
        })
        .collect();
    Some(parts)
}

/// A row of one name whose timing cell lists several periods, a paragraph each, every one
/// a span of several days ("Summer Term 2024" beside "– Monday 8th April to Friday 24th
/// May – 7 Weeks" / "– Half Term is 27th May to 31st May" / "– Monday 3rd June to …"):
/// an event per period, named by its own label ("Half Term") or else by the row's name.
/// Single days stay one event of several dates, as a list of meetings is.
fn periods(title: &[String], others: &[(Field, Vec<String>)]) -> Option<Vec<Part>> {
    let name = joined(title);
    let timing = &others.iter().find(|(f, _)| *f == Field::Timing)?.1;
    let periods: Vec<&str> = timing
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    let spans = |p: &&str| {
        let p = layout::label(p).map_or(*p, |(_, rest)| rest);
        dating::is_days(p) && !dating::is_one_day(p)
    };
    if name.is_empty() || name.contains('\n') || periods.len() < 2 || !periods.iter().all(spans) {
        return None;
    }
    let parts = periods
        .iter()
        .map(|p| {
            let p = layout::label(p).map_or(*p, |(_, rest)| rest);
            let (label, when) = period_label(p).unwrap_or((name.as_str(), p));
            Part {
                title: label.to_string(),
                own_timing: None,
                agenda: Vec::new(),
                cells: others
                    .iter()
                    .map(|(f, ps)| match f {
                        Field::Timing => (*f, when.to_string()),
                        _ => (*f, joined(ps)),
                    })
                    .collect(),
                row_name: Some(name.clone()),
            }
        })
        .collect();
    Some(parts)
}

/// "Half Term is 27th May to 31st May", "Half Term: …": a period's own name before its
/// days (a few words, no digits), and the days.
fn period_label(p: &str) -> Option<(&str, &str)> {
    let (at, sep) = [": ", " is ", " – ", " - "]
        .iter()
        .filter_map(|sep| p.find(sep).map(|at| (at, sep.len())))
        .min()?;
    let label = p[..at].trim();
    let words = label.split_whitespace().count();
    let named = (1..=5).contains(&words)
        && label.starts_with(char::is_alphabetic)
        && !label.chars().any(|c| c.is_ascii_digit())
        && !dating::is_timing(label);
    named.then(|| (label, p[at + sep..].trim()))
}

/// "1.Праздник … 2.Физкультурный досуг … 3.«Праздник …»": items numbered inline in one
/// paragraph, split where the next number in sequence starts a word (1, 2, 3 …: a number
/// out of sequence, "200 лет", stays in the text).
fn inline_items(p: &str) -> Vec<String> {
    let t = p.trim_start();
    if !(t.starts_with("1.") || t.starts_with("1)")) {
        return vec![p.to_string()];
    }
    let mut items = Vec::new();
    let mut rest = t;
    for k in 2.. {
        let found = [format!(" {k}."), format!(" {k})")]
            .iter()
            .filter_map(|m| {
                rest.match_indices(m.as_str())
                    .map(|(at, _)| at)
                    .find(|&at| !rest[at + m.len()..].starts_with(|c: char| c.is_ascii_digit()))
            })
            .min();
        let Some(at) = found else { break };
        items.push(rest[..at].trim().to_string());
        rest = &rest[at..];
    }
    items.push(rest.trim().to_string());
    items
}

/// A timing in brackets at the end of a text: "Заседание №2 (ноябрь)", "(05/8)".
pub(crate) fn bracket_timing(text: &str) -> (String, Option<String>) {
    let t = text.trim().trim_end_matches(['.', ';', ',']).trim_end();
    if let Some(inner) = t.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
    {
        let inside = inner[open + 1..].trim();
        if !inside.is_empty() && dating::is_timing(inside) {
            return (inner[..open].trim().to_string(), Some(inside.to_string()));
        }
    }
    (text.trim().to_string(), None)
}

/// A row that is one event; a title with an agenda or a dash sub-list keeps its first
/// line as the title and the items as its agenda.
fn whole_row(title: &[String], others: &[(Field, Vec<String>)]) -> Part {
    let mut lines: Vec<&str> = title
        .iter()
        .flat_map(|p| p.lines())
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // "Повестка дня:" names no meeting; a meeting named only by its topics is named by the
    // first.
    if lines.len() >= 3 && layout::agenda_label(lines[0]) {
        lines.remove(0);
    }
    let listed = lines.len() >= 2 && lines[1..].iter().all(|l| layout::label(l).is_some());
    let (title, agenda) = match listed {
        true => (
            layout::label(lines[0])
                .map_or(lines[0], |(_, rest)| rest)
                .to_string(),
            lines[1..].iter().map(|s| s.to_string()).collect(),
        ),
        false => (lines.join("\n"), Vec::new()),
    };
    Part {
        title,
        own_timing: None,
        agenda,
        cells: others.iter().map(|(f, ps)| (*f, joined(ps))).collect(),
        row_name: None,
    }
}

/// The finest timing a row gives, and the month it is read in: a month cell ("8/2019")
/// dates a day written without its year inside it — the item's own bracketed day ("(05/8)")
/// or a days column beside it ("Từ 05 - 31/8", "Tuần 2") — which is then the row's timing.
fn finer_timing(
    rd: &mut Reader<'_>,
    cell: String,
    days: String,
    own: Option<String>,
) -> (String, Option<(i32, u32)>) {
    let month = month_row(rd, &cell);
    if let Some(t) = own {
        return (t, month);
    }
    let in_month = rd.ctx.with_month(month);
    if !days.is_empty()
        && (cell.is_empty() || month.is_some())
        && rd.memo.is_timing(&days, &in_month)
    {
        return (days, month);
    }
    (cell, month)
}

/// A section row that names a month ("Сентябрь", "THÁNG 9", "Октябрь 2024").
fn month_row(rd: &Reader<'_>, text: &str) -> Option<(i32, u32)> {
    if text.chars().count() > 24 {
        return None;
    }
    let (year, m) = dating::month_of(text, rd.lang)?;
    Some((year.unwrap_or_else(|| rd.ctx.year_of_month(m)), m))
}

/// A section row that names a year ("Academic Year 2025-2026", "Spring Term 2025"): the
/// rows under it are read in it.
fn year_row(rd: &mut Reader<'_>, text: &str) -> bool {
    if rd.given_year || text.chars().count() > 40 {
        return false;
    }
    if let Some(y) = dating::academic_year(text) {
        rd.ctx = crate::timing::Context::new(y).with_lang(Some(rd.lang));
        return false;
    }
    let Some(y) = dating::calendar_year(text) else {
        return false;
    };
    match crate::timing::find_in_sentence(text, &rd.ctx) {
        None => rd.ctx = rd.ctx.with_calendar_year(Some(y)),
        // "Spring Term 2025", "I четверть 2023": the term's months in the written year name
        // the academic year (the year of a term is the calendar year its months fall in).
        Some((_, t))
            if rd.ctx.calendar_year != Some(y)
                && matches!(t.precision(), Some(Precision::Term | Precision::Season)) =>
        {
            let first = t.start().map(|d| d.month());
            let year = match first {
                Some(m) if m >= 9 => AcademicYear::new(y),
                Some(_) => AcademicYear::new(y - 1),
                None => None,
            };
            if let Some(year) = year {
                rd.ctx = Context::new(year).with_lang(Some(rd.lang));
            }
        }
        Some(_) => {}
    }
    false
}

/// A section row that holds its own days ("HALF TERM - Monday 13th to Friday 17th
/// February", "NGHỈ TẾT (Từ 08/02 – 19/2/2021)"): a holiday, which is an event.
fn dated_section_row(rd: &mut Reader<'_>, text: &str, row_no: usize) -> bool {
    let Some((range, t)) = crate::timing::find_in_sentence(text, &rd.ctx) else {
        return false;
    };
    if t.precision() != Some(crate::timing::Precision::Day) {
        return false;
    }
    let ctx = rd.ctx;
    let (title, timing) = match dash_split(text, range.start, &t, &ctx, &mut rd.memo) {
        Some(split) => split,
        None => (
            super::paragraphs::cut(text, range.clone()),
            text[range].trim().to_string(),
        ),
    };
    if title.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    let mut e = RawEvent::new(row_no, title);
    e.timing = timing;
    e.section = rd.current_section.clone();
    rd.push(e);
    true
}

/// "HALF TERM - Monday 13th to Friday 17th February": a name, a dash, then its days. The
/// sentence's timing may be read from fewer words than it spans ("17th February"), so the
/// split is at the dash when all after it reads as the same days.
fn dash_split(
    text: &str,
    before: usize,
    t: &crate::timing::Timing,
    ctx: &Context,
    memo: &mut TimingMemo,
) -> Option<(String, String)> {
    const SEPARATORS: [&str; 4] = [" - ", " – ", " — ", ": "];
    SEPARATORS
        .iter()
        .filter_map(|sep| text.find(sep).map(|p| (p, sep.len())))
        .filter(|&(p, _)| p < before)
        .min_by_key(|&(p, _)| p)
        .and_then(|(p, len)| {
            let rest = text[p + len..].trim();
            let whole = &memo.read(rest, ctx).0;
            (whole.start() == t.start() && whole.end() == t.end())
                .then(|| (text[..p].trim().to_string(), rest.to_string()))
        })
}

/// Per-table state: the columns and what earlier rows set for later ones.
struct TableState {
    /// The layout that reads its rows.
    layout: &'static str,
    map: Option<BTreeMap<Field, usize>>,
    pending_number: Option<String>,
    /// The columns were guessed from a diary's dates (no header row).
    diary: bool,
    last_timing: String,
    month_text: String,
    /// The heading just above the table ("Meeting Information"): the name of rows whose
    /// table has no column that names them.
    caption: Option<String>,
}

impl Default for TableState {
    fn default() -> Self {
        TableState {
            layout: "header-table",
            map: None,
            pending_number: None,
            diary: false,
            last_timing: String::new(),
            month_text: String::new(),
            caption: None,
        }
    }
}

/// Reads events from the rows of a table; `above` is a timing written just above it.
/// Every cell is read once into evidence first; then each row either triggers a layout
/// (`layouts::TABLE_LAYOUTS`: a header, a grid, a diary) or is a row of the one chosen.
pub(crate) fn read(
    rd: &mut Reader<'_>,
    rows: &[Vec<Cell>],
    above: Option<&str>,
    caption: Option<&str>,
) {
    let ev = TableEvidence::read(rows, &rd.ctx, &mut rd.memo);
    let mut st = TableState {
        map: rd.columns.clone(),
        caption: caption.map(str::to_string),
        ..TableState::default()
    };
    for (r, row) in rows.iter().enumerate() {
        let row_no = rd.row_base + r + 1;
        let probe = layouts::Probe {
            rd,
            ev: &ev,
            rows,
            r,
            open: st.map.is_none() || st.diary,
        };
        match layouts::winner(&probe) {
            Some((name, Found::WeekColumns(cols))) => {
                rd.read_by(name);
                grids::read_week_columns(rd, &rows[r + 1..], &cols, row_no + 1, row);
                return;
            }
            Some((name, Found::WeekdayColumns(cols))) => {
                rd.read_by(name);
                grids::read_weekday_columns(rd, &rows[r + 1..], &cols, row_no + 1, row);
                return;
            }
            Some((name, Found::DayParts(day, parts))) => {
                rd.read_by(name);
                grids::read_day_parts(rd, &rows[r + 1..], day, &parts, row_no + 1);
                return;
            }
            Some((_, Found::Header(h))) => {
                // A header repeated by a later table (or page) chooses nothing new.
                if st.map.as_ref() != Some(&h.map) {
                    rd.chose_columns(&h, row_no);
                }
                rd.columns.get_or_insert_with(|| h.map.clone());
                st.map = Some(h.map);
                st.diary = false;
                st.last_timing.clear();
                continue;
            }
            Some((_, Found::DatedRows(map))) => {
                rd.columns = Some(map.clone());
                st.map = Some(map);
                st.diary = true;
            }
            Some((_, Found::Unknown(chosen))) => {
                rd.chose_columns(&chosen, row_no);
                rd.columns.get_or_insert_with(|| chosen.map.clone());
                st.map = Some(chosen.map);
                st.layout = "unknown-table";
            }
            None => {}
        }
        // "1 | 2 | 3 | 4 | 5" under a header numbers its columns.
        if ev.is_column_numbers(r) {
            continue;
        }
        if st.map.is_some() && !heads_items(&st, row, rows.get(r + 1)) {
            rd.read_by(match st.diary {
                true => "dated-rows",
                false => st.layout,
            });
            let cells = ev.rows.get(r).map_or(&[][..], Vec::as_slice);
            read_row(rd, &mut st, row, cells, row_no, above);
        }
    }
}

/// "5. | Участие библиотек в мероприятиях, посвященных 975-летию Дня города: | (no date)"
/// over rows of dash items with their own dates, or over rows numbered under it ("1.1."):
/// the heading of those items, not an event.
fn heads_items(st: &TableState, row: &[Cell], next: Option<&Vec<Cell>>) -> bool {
    let Some(m) = st.map.as_ref() else {
        return false;
    };
    let text = |r: &[Cell], f: Field| {
        m.get(&f)
            .and_then(|&i| r.get(i))
            .map(|c| c.text.trim().to_string())
            .unwrap_or_default()
    };
    let title = text(row, Field::Title);
    let undated = text(row, Field::Timing).is_empty();
    let dash_next = next.is_some_and(|n| {
        matches!(
            layout::label(&text(n, Field::Title)),
            Some((Label::Dash, _))
        )
    });
    // "1. | Собрания совета: | | " over "1.1. | …": numbered under it, its rows.
    let number = |r: &[Cell]| text(r, Field::Number).trim_end_matches('.').to_string();
    let parent = number(row);
    let child_next =
        !parent.is_empty() && next.is_some_and(|n| number(n).starts_with(&format!("{parent}.")));
    title.ends_with(':') && !title.contains('\n') && undated && (dash_next || child_next)
}

fn read_row(
    rd: &mut Reader<'_>,
    st: &mut TableState,
    row: &[Cell],
    cells: &[CellEvidence],
    row_no: usize,
    above: Option<&str>,
) {
    let Some(m) = st.map.clone() else { return };
    let filled: Vec<&Cell> = row
        .iter()
        .filter(|c| !c.text.trim().is_empty() && !c.merged_from_left)
        .collect();
    if filled.is_empty() {
        return;
    }
    // "Date | Time" over rows that name nothing: column names, not an event.
    if !m.contains_key(&Field::Title) && filled.iter().all(|c| header_field(&c.text).is_some()) {
        return;
    }
    let all_same = row.len() > 1 && row.iter().all(|c| c.text == row[0].text);
    if filled.len() == 1 && (all_same || row.len() == 1 || m.len() >= 3) {
        let text = filled[0].text.trim();
        if let Some(month) = month_row(rd, text) {
            rd.month = Some(month);
            st.month_text = text.to_string();
            return;
        }
        if year_row(rd, text) || dated_section_row(rd, text, row_no) {
            return;
        }
        match leading_number(text) {
            Some((key, title)) if !title.is_empty() && title.chars().count() > 3 => {
                rd.sections.add(&key, &title);
                rd.current_section = Some(key);
                return;
            }
            Some((key, _)) if row.len() == 1 => {
                // "1." alone: its row goes on after a blank line.
                st.pending_number = Some(key);
                return;
            }
            _ if all_same || row.len() == 1 => return,
            _ => {}
        }
    }
    let cell = |f: Field| {
        m.get(&f)
            .and_then(|&i| row.get(i))
            .map(|c| c.text.trim().to_string())
            .unwrap_or_default()
    };
    let mut number = cell(Field::Number);
    let mut shifted_row: Option<Vec<Cell>> = None;
    // Rows gathered one cell per line may lack the number cell after a split.
    if row.len() + 1 == m.values().max().map(|v| v + 1).unwrap_or(0)
        && let Some(n) = st.pending_number.take()
    {
        number = n;
        let mut r = vec![Cell::default()];
        r.extend(row.iter().cloned());
        shifted_row = Some(r);
    }
    st.pending_number = None;
    if st.diary && shifted_row.is_none() {
        shifted_row = text_in_other_cell(row, cells, &m);
    }
    let row = shifted_row.as_deref().unwrap_or(row);
    let number = leading_number(&number).map(|(k, _)| k).or_else(|| {
        let n = number.trim().trim_end_matches('.').trim();
        (!n.is_empty()).then(|| n.to_string())
    });
    if shifted_row.is_none() && !st.diary {
        warn_competing_timing(rd, &m, cells, row_no);
    }
    for part in parts(row, &m, st.diary) {
        add_part(rd, st, part, number.clone(), row_no, above);
    }
}

/// A row whose timing cell is short yet reads as no timing while a cell of a column no
/// header names does ("по плану" | … | "март"): the timing column is kept, and the row's
/// event warns that another column reads as its timing.
fn warn_competing_timing(
    rd: &mut Reader<'_>,
    m: &BTreeMap<Field, usize>,
    cells: &[CellEvidence],
    row_no: usize,
) {
    let Some(own) = m.get(&Field::Timing).and_then(|&c| cells.get(c)) else {
        return;
    };
    // Only a cell the evidence read (short, as timings are) is known to be no timing.
    if own.empty || own.timing.is_some() || own.words > 8 {
        return;
    }
    let mapped: Vec<usize> = m.values().copied().collect();
    let other = cells
        .iter()
        .enumerate()
        .find(|(i, c)| !mapped.contains(i) && c.is_timing());
    if let Some((i, _)) = other {
        rd.warnings.push(ImportWarning::new(
            WarningKind::ColumnsCompete { other: i + 1 },
            Some(row_no),
            Some("timing"),
        ));
    }
}

fn add_part(
    rd: &mut Reader<'_>,
    st: &mut TableState,
    part: Part,
    number: Option<String>,
    row_no: usize,
    above: Option<&str>,
) {
    let m = st.map.clone().unwrap_or_default();
    let row_name = part.row_name;
    let mut title = part.title;
    // A row whose name cell is empty is named by its form ("Встреча с врачом").
    if title.is_empty() {
        title = part.cells.get(&Field::Form).cloned().unwrap_or_default();
    }
    if title.is_empty() && !m.contains_key(&Field::Title) {
        title = st.caption.clone().unwrap_or_default();
    }
    if title.is_empty() {
        return;
    }
    let n = people::norm(&title);
    let n = n.trim_end_matches([':', '.', ' ']);
    if vocab::TOTAL_WORDS.contains(&n) {
        return;
    }
    if number.is_some()
        && let Some((_, rest)) = leading_number(&title)
        && !rest.is_empty()
    {
        title = rest;
    }
    let get = |f: Field| part.cells.get(&f).cloned().unwrap_or_default();
    let responsible = [get(Field::Responsible), get(Field::Leader)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let mut timing = get(Field::Timing);
    // An unnumbered row without timing under a meeting is an item of its agenda.
    if number.is_none()
        && timing.is_empty()
        && m.contains_key(&Field::Number)
        && let Some(prev) = rd.raw.last_mut()
        && vocab::MEETING_WORDS
            .iter()
            .any(|w| people::norm(&prev.title).contains(w))
    {
        prev.agenda.push(title);
        prev.agenda_people.extend(people::people(&responsible).0);
        return;
    }
    if timing.is_empty() && !m.contains_key(&Field::Timing) {
        timing = above.unwrap_or_default().to_string();
    }
    // "Дата - 03.05.2017" above a table whose time column holds hours ("9-00"): the day
    // is the one above, at that hour.
    if let Some(day) = above
        && !timing.is_empty()
        && !rd.memo.is_timing(&timing, &rd.ctx)
    {
        timing = format!("{day} {timing}");
    }
    if timing.is_empty() && !st.month_text.is_empty() {
        timing = st.month_text.clone();
    }
    if timing.is_empty() && m.contains_key(&Field::Timing) && !st.last_timing.is_empty() {
        timing = st.last_timing.clone();
    }
    if !timing.is_empty() {
        st.last_timing = timing.clone();
    } else if m.contains_key(&Field::Timing) {
        rd.warnings.push(ImportWarning::new(
            WarningKind::TimingEmpty,
            Some(row_no),
            Some("timing"),
        ));
    }
    let (timing, month) = finer_timing(rd, timing, get(Field::Days), part.own_timing);
    let mut e = RawEvent::new(row_no, title);
    e.number = number;
    e.section = rd.current_section.clone();
    e.month = month.or(rd.month);
    e.timing = timing;
    e.location = get(Field::Location);
    // "Время и место проведения": "10.00 / 103 кабинет" — the hour is the timing's, the
    // rest is the place.
    if let Some((hour, place)) = dating::leading_clock(&e.location) {
        if m.get(&Field::Timing) == m.get(&Field::Location) {
            e.timing = hour;
        }
        e.location = place;
    }
    e.responsible = responsible;
    e.result = get(Field::Result);
    e.agenda = part.agenda;
    e.agenda.extend(
        get(Field::Agenda)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string),
    );
    e.audience = get(Field::Audience);
    e.notes = get(Field::Form);
    e.ctx = year_named_by_title(&rd.ctx, row_name.as_deref().unwrap_or(&e.title), &e.timing);
    rd.push(e);
}

/// "Spring Term 2025" beside "Monday 6th January to Friday 14th February": a row whose
/// name writes the year of its term, and whose days write none, is read in that term's
/// school year, whatever year the plan as a whole was given.
fn year_named_by_title(ctx: &Context, title: &str, timing: &str) -> Option<Context> {
    let four_digits = |t: &str| {
        t.split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4 && w.starts_with(['1', '2']))
    };
    if !four_digits(title) || four_digits(timing) || timing.trim().is_empty() {
        return None;
    }
    let named = crate::timing::normalise(title, ctx);
    if named.precision() != Some(Precision::Term) {
        return None;
    }
    let year = AcademicYear::containing(named.start()?);
    Some(Context { year, ..*ctx })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(t: &str) -> Cell {
        Cell {
            text: t.into(),
            ..Default::default()
        }
    }

    fn cell_ps(ps: &[&str]) -> Cell {
        Cell {
            text: ps
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n"),
            paragraphs: ps.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn headers_are_recognised_by_meaning_in_any_order() {
        let cells: Vec<Cell> = ["Дата", "Место проведения", "Мероприятие", "Ответственный"]
            .iter()
            .map(|t| cell(t))
            .collect();
        let m = header_row(&cells).unwrap();
        assert_eq!(m[&Field::Timing], 0);
        assert_eq!(m[&Field::Title], 2);
        assert_eq!(m[&Field::Responsible], 3);
        let branch: Vec<Cell> = ["Наименование мероприятия", "Срок исполнения", "Библиотека"]
            .iter()
            .map(|t| cell(t))
            .collect();
        assert_eq!(header_row(&branch).unwrap()[&Field::Location], 2);
        let vi: Vec<Cell> = ["STT", "Nội dung", "Thời gian", "Người phụ trách"]
            .iter()
            .map(|t| cell(t))
            .collect();
        assert_eq!(header_row(&vi).unwrap().len(), 4);
    }

    #[test]
    fn header_cells_broken_over_lines_and_naming_the_form_too_are_read() {
        assert_eq!(header_field("Ответствен-\nные"), Some(Field::Responsible));
        assert_eq!(header_field("Сроки\nпроведения"), Some(Field::Timing));
        assert_eq!(
            header_field("Ориентировочное время\nпроведения"),
            Some(Field::Timing)
        );
        assert_eq!(header_field("Dự kiến thời gian"), Some(Field::Timing));
        assert_eq!(
            header_field("Форма и наименование мероприятия"),
            Some(Field::Title)
        );
        assert_eq!(
            header_field("Наименование, форма\nмероприятия"),
            Some(Field::Title)
        );
        assert_eq!(header_field("Форма проведения"), Some(Field::Form));
        let both = header_row(&[
            cell("Наименование"),
            cell("Место проведения, ответственный"),
        ]);
        let both = both.unwrap_or_default();
        assert_eq!((both[&Field::Location], both[&Field::Responsible]), (1, 1));
        let two = header_row(&[
            cell("Наименование"),
            cell("Руководитель"),
            cell("Ответственное лицо"),
        ]);
        let two = two.unwrap_or_default();
        assert_eq!((two[&Field::Leader], two[&Field::Responsible]), (1, 2));
        let both = header_row(&[cell("Место и сроки проведения"), cell("Наименование")]);
        let both = both.unwrap_or_default();
        assert_eq!((both[&Field::Location], both[&Field::Timing]), (0, 0));
    }

    fn map() -> BTreeMap<Field, usize> {
        BTreeMap::from([
            (Field::Title, 0),
            (Field::Timing, 1),
            (Field::Responsible, 2),
        ])
    }

    #[test]
    fn bullet_paragraphs_with_parallel_timings_are_separate_events() {
        let row = vec![
            cell_ps(&[
                "1 Десятилетие детства",
                "* «У книжек»: Неделя",
                "",
                "* «Лето»",
            ]),
            cell_ps(&["", "Март", "", "Июнь-август"]),
            cell_ps(&["", "Иванова В.В.", "", "Минеева Л.Н."]),
        ];
        let p = parts(&row, &map(), false);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].title, "«У книжек»: Неделя");
        assert_eq!(p[0].cells[&Field::Timing], "Март");
        assert_eq!(p[1].cells[&Field::Timing], "Июнь-август");
        assert_eq!(p[1].cells[&Field::Responsible], "Минеева Л.Н.");
    }

    #[test]
    fn items_numbered_inline_in_one_paragraph_pair_with_the_lines_beside_them() {
        let row = vec![
            cell("1.Праздник 2.Досуг «В гостях» 3.«Пузыри» к 200 лет. 5.Лишнее"),
            cell("Июнь"),
            cell_ps(&["Музыкальный руководитель", "Воспитатели", "Инструктор"]),
        ];
        let p = parts(&row, &map(), false);
        assert_eq!(p.len(), 3);
        assert_eq!(p[1].title, "Досуг «В гостях»");
        assert_eq!(p[2].title, "«Пузыри» к 200 лет. 5.Лишнее");
        assert_eq!(p[2].cells[&Field::Responsible], "Инструктор");
        assert_eq!(p[0].cells[&Field::Timing], "Июнь");
    }

    #[test]
    fn a_dash_sub_list_is_one_event_and_a_meeting_agenda_is_its_agenda() {
        let row = vec![
            cell_ps(&["Подготовка материалов:", "- о земляках", "- по вопросам"]),
            cell_ps(&["в ходе месячника"]),
            cell_ps(&["Черкасов М.Н."]),
        ];
        let p = parts(&row, &map(), false);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].title, "Подготовка материалов:");
        assert_eq!(p[0].agenda.len(), 2);
        let row = vec![
            cell_ps(&["Заседание №1", "1. Итоги 2020/2021 года", "2. План"]),
            cell_ps(&["сентябрь"]),
            cell_ps(&[""]),
        ];
        let p = parts(&row, &map(), false);
        assert_eq!((p.len(), p[0].title.as_str()), (1, "Заседание №1"));
    }

    #[test]
    fn events_separated_by_blank_paragraphs_take_their_own_people() {
        let row = vec![
            cell_ps(&["Открытие", "«Эй»", "Выставка", "", "Встреча", "Награждение"]),
            cell_ps(&["21.03"]),
            cell_ps(&["", "Прокопчик Е.Н.", "Лозюк М. Г.", "", "Лозюк М. Г."]),
        ];
        let p = parts(&row, &map(), false);
        assert_eq!(p.len(), 2);
        assert_eq!(p[1].title, "Встреча");
        assert_eq!(p[1].cells[&Field::Responsible], "Лозюк М. Г.");
        assert_eq!(p[1].cells[&Field::Timing], "21.03");
    }

    #[test]
    fn a_timing_cell_of_several_periods_gives_an_event_per_period() {
        let row = vec![
            cell("Summer Term 2024"),
            cell_ps(&[
                "– Monday 8th April to Friday 24th May – 7 Weeks",
                "– Half Term is 27th May to 31st May",
                "– Monday 3rd June to Friday 19th July – 7 Weeks",
            ]),
        ];
        let two = BTreeMap::from([(Field::Title, 0), (Field::Timing, 1)]);
        let p = parts(&row, &two, false);
        let titles: Vec<&str> = p.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Summer Term 2024", "Half Term", "Summer Term 2024"]
        );
        assert_eq!(p[1].cells[&Field::Timing], "27th May to 31st May");
        assert_eq!(p[1].row_name.as_deref(), Some("Summer Term 2024"));
        // Single days are one event of several dates, as a list of meetings is.
        let meetings = vec![cell("Родительское собрание"), cell_ps(&["15.09", "20.12"])];
        assert_eq!(parts(&meetings, &two, false).len(), 1);
    }

    #[test]
    fn a_year_in_a_rows_term_name_dates_its_days_written_without_one() {
        let ctx = Context::new(AcademicYear::new(2023).unwrap());
        let named =
            |title: &str, days: &str| year_named_by_title(&ctx, title, days).map(|c| c.year);
        assert_eq!(
            named("Spring Term 2025", "Monday 6th January"),
            AcademicYear::new(2024)
        );
        // Days that write their year, or a name that names no term, change nothing.
        assert_eq!(named("Spring Term 2025", "6 January 2025"), None);
        assert_eq!(named("Выставка к 2025 году", "январь"), None);
    }
}
