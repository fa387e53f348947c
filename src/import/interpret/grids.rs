//! Week grids: tables laid out by the days of the week rather than by events. Three
//! shapes: the weekdays are the columns ("Hoạt Động | THỨ 2 | … | THỨ 6", a kindergarten's
//! week: each cell is that day's activity of its row); the weekdays are the rows and the
//! parts of the day the columns ("THỨ | SÁNG | CHIỀU", a school's weekly work schedule:
//! each line of a cell is an item of that half-day); or the weeks of a month are the
//! columns, each with its days, and a row names a weekday ("Tuần I (Từ ngày 31/10-
//! 4/11/2016)" | … beside "Thứ 2": a kindergarten's month). None has a column an event
//! header names, so the header-by-meaning reader does not see them.

use chrono::{Datelike, NaiveDate, Weekday};

use super::layout;
use super::vocab;
use super::{RawEvent, Reader, people};
use crate::import::source::Cell;
use crate::timing;

/// The weekday a header cell names ("THỨ 2", "Понедельник", "Mon").
fn weekday(text: &str) -> Option<Weekday> {
    let n = people::norm(text);
    let n = n.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    vocab::WEEKDAYS
        .iter()
        .find(|(w, _)| *w == n)
        .map(|&(_, d)| d)
}

/// Is the text only a weekday's name ("вт", "Thứ 3")?
pub(crate) fn is_weekday(text: &str) -> bool {
    weekday(text).is_some()
}

/// Is the header cell a part of the day ("SÁNG", "Chiều", "Утро")?
fn day_part(text: &str) -> bool {
    let n = people::norm(text);
    let n = n.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    vocab::DAY_PARTS.contains(&n)
}

/// The weekday columns of a header row, when at least three cells name weekdays.
pub(crate) fn weekday_columns(row: &[Cell]) -> Option<Vec<(usize, Weekday)>> {
    let cols: Vec<(usize, Weekday)> = row
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.merged_from_left)
        .filter_map(|(i, c)| weekday(&c.text).map(|d| (i, d)))
        .collect();
    (cols.len() >= 3).then_some(cols)
}

/// The day column and the day-part columns of a header row ("THỨ | SÁNG | CHIỀU"): at
/// least two parts of the day, and one other named column before them for the days.
pub(crate) fn day_part_columns(row: &[Cell]) -> Option<(usize, Vec<usize>)> {
    let parts: Vec<usize> = row
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.merged_from_left && day_part(&c.text))
        .map(|(i, _)| i)
        .collect();
    let first = *parts.first()?;
    let day = row[..first]
        .iter()
        .rposition(|c| !c.text.trim().is_empty())?;
    (parts.len() >= 2).then_some((day, parts))
}

/// The day of the week `day` inside the plan's span, when the span is a week or two.
fn day_in_period(rd: &Reader<'_>, day: Weekday) -> Option<NaiveDate> {
    let p = rd.period.as_ref()?;
    let (start, end) = (p.start()?, p.end()?);
    if (end - start).num_days() > 13 {
        return None;
    }
    start
        .iter_days()
        .take_while(|d| *d <= end)
        .find(|d| d.weekday() == day)
}

/// A cell's lines without their list labels ("• Tiết 1: …", "- Xử lý …").
fn lines(cell: &Cell) -> Vec<String> {
    let ps: Vec<&str> = match cell.paragraphs.is_empty() {
        true => cell.text.lines().collect(),
        false => cell.paragraphs.iter().map(String::as_str).collect(),
    };
    ps.into_iter()
        .map(|p| {
            layout::label(p)
                .map_or(p, |(_, rest)| rest)
                .trim()
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// The event a grid column's cell holds: its lines as one title, unless the cell is empty,
/// continues its left neighbour, or spreads over the next column (a merged note such as
/// "NGHỈ" across the week, not one day's event).
fn column_title(row: &[Cell], i: usize) -> Option<String> {
    let cell = row.get(i).filter(|c| !c.merged_from_left)?;
    let spread = row.get(i + 1).is_some_and(|c| c.merged_from_left);
    let title = lines(cell).join(" ");
    (!title.is_empty() && !spread).then_some(title)
}

/// Rows of a grid whose columns are weekdays: each cell is an event on its column's day
/// (in the plan's week), named by its text. A row of aims ("MỤC TIÊU") holds no events,
/// nor does a cell spread over several days (a routine of the whole week).
pub(crate) fn read_weekday_columns(
    rd: &mut Reader<'_>,
    rows: &[Vec<Cell>],
    cols: &[(usize, Weekday)],
    first_row: usize,
    header: &[Cell],
) {
    for (r, row) in rows.iter().enumerate() {
        let label = row
            .iter()
            .enumerate()
            .find(|(i, c)| !cols.iter().any(|(k, _)| k == i) && !c.text.trim().is_empty())
            .map(|(_, c)| c.text.trim().to_string())
            .unwrap_or_default();
        let n = people::norm(&label);
        if vocab::AIMS_WORDS.iter().any(|w| n.starts_with(w)) {
            continue;
        }
        for &(i, day) in cols {
            let Some(title) = column_title(row, i) else {
                continue;
            };
            let mut e = RawEvent::new(first_row + r, title);
            e.timing = match day_in_period(rd, day) {
                Some(d) => d.format("%d/%m/%Y").to_string(),
                None => header
                    .get(i)
                    .map(|c| c.text.trim().to_string())
                    .unwrap_or_default(),
            };
            e.notes = label.clone();
            e.section = rd.current_section.clone();
            rd.push(e);
        }
    }
}

/// Rows of a weekly schedule whose columns are parts of the day: each line of a part's
/// cell is an event on the row's day; a cell spanning the parts is one entry of the day
/// ("NGHỈ": no work).
pub(crate) fn read_day_parts(
    rd: &mut Reader<'_>,
    rows: &[Vec<Cell>],
    day_col: usize,
    parts: &[usize],
    first_row: usize,
) {
    for (r, row) in rows.iter().enumerate() {
        let mut day = row
            .get(day_col)
            .map(|c| c.text.trim().to_string())
            .unwrap_or_default();
        // "Thứ hai" with no date, in a plan of one week: that day of the week.
        if let Some(date) = weekday(&day).and_then(|d| day_in_period(rd, d)) {
            day = date.format("%d/%m/%Y").to_string();
        }
        for &i in parts {
            let Some(cell) = row.get(i).filter(|c| !c.merged_from_left) else {
                continue;
            };
            for line in lines(cell) {
                let mut e = RawEvent::new(first_row + r, line);
                e.timing.clone_from(&day);
                e.section = rd.current_section.clone();
                rd.push(e);
            }
        }
    }
}

/// The week columns of a header row ("Tuần I ( Từ ngày 31/10- 4/11/2016) …"): at least
/// three cells that open with a week word and give a span of days, with that span's end.
pub(crate) fn week_columns(rd: &Reader<'_>, row: &[Cell]) -> Option<Vec<(usize, NaiveDate)>> {
    let cols: Vec<(usize, NaiveDate)> = row
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.merged_from_left)
        .filter(|(_, c)| {
            let n = people::norm(&c.text);
            vocab::WEEK_WORDS.iter().any(|w| n.starts_with(w))
        })
        .filter_map(|(i, c)| {
            let first = c.text.lines().next().unwrap_or("");
            let (_, t) = timing::find_in_sentence(first, &rd.ctx)?;
            (t.start() != t.end()).then_some((i, t.end()?))
        })
        .collect();
    (cols.len() >= 3).then_some(cols)
}

/// Rows of a month laid out by weeks: a row that names a weekday holds, in each week's
/// column, that day's event; the week's people (its teacher, on the lines under the days)
/// are the event's. The day is the weekday in the seven days that end the week's span, so
/// a typo in the span's start ("7/10- 11/11") moves nothing.
pub(crate) fn read_week_columns(
    rd: &mut Reader<'_>,
    rows: &[Vec<Cell>],
    cols: &[(usize, NaiveDate)],
    first_row: usize,
    header: &[Cell],
) {
    for (r, row) in rows.iter().enumerate() {
        let Some(day) = row
            .iter()
            .enumerate()
            .filter(|(i, _)| !cols.iter().any(|(k, _)| k == i))
            .find_map(|(_, c)| weekday(&c.text))
        else {
            continue;
        };
        for &(i, end) in cols {
            let Some(title) = column_title(row, i) else {
                continue;
            };
            let Some(date) = (0..7)
                .filter_map(|k| end.checked_sub_days(chrono::Days::new(k)))
                .find(|d| d.weekday() == day)
            else {
                continue;
            };
            let mut e = RawEvent::new(first_row + r, title);
            e.timing = date.format("%d/%m/%Y").to_string();
            e.responsible = header
                .get(i)
                .map(|c| c.text.lines().skip(1).collect::<Vec<_>>().join("\n"))
                .unwrap_or_default();
            e.section = rd.current_section.clone();
            rd.push(e);
        }
    }
}
