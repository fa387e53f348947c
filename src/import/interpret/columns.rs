//! Which column of a table is which, chosen by the header's words and the cells under them
//! together: a header word names a field, and what the column's cells plainly are (timings,
//! numbers, names, people, lists of items) confirms it, fills a field no header word names,
//! or outweighs a header word its cells contradict. An unknown header word then does not
//! derail a table whose cells say what they are. Each choice keeps its evidence (the
//! plan's `reading`) and a doubtful one its warning.

use std::collections::BTreeMap;

use super::evidence::{Content, TableEvidence};
use super::headers;
use super::vocab::Field;
use crate::import::source::Cell;
use crate::plan::{ChosenBy, ColumnChoice, WarningKind};

/// Rows under a header weighed for its columns' content.
const BODY_ROWS: usize = 40;
/// A column most of whose cells are of a kind is that kind.
const MOSTLY: f32 = 0.6;
/// A column with fewer cells of a kind than this is not of it.
const HARDLY: f32 = 0.3;

/// The columns of a header row and why each was chosen.
#[derive(Clone, Debug, Default)]
pub(crate) struct Chosen {
    pub map: BTreeMap<Field, usize>,
    pub why: Vec<ColumnChoice>,
    /// Doubtful choices: the field and what the warning says.
    pub doubts: Vec<(Field, WarningKind)>,
}

/// The columns row `r` heads, if it is a header row: two or more cells of header words
/// naming the event's title, or two fields other than the number, or the number and the
/// timing (the title then found by content).
pub(crate) fn choose(ev: &TableEvidence, r: usize, row: &[Cell]) -> Option<Chosen> {
    if ev.header_fields(r).len() < 2 {
        return None;
    }
    let words = headers::header_row_fields(row);
    let named = words.keys().filter(|f| **f != Field::Number).count();
    // "№ | ? | Сроки | …": a number column and a timing column head a plan's table even
    // when no word names its title column (the title is then found by its cells).
    let numbered_timing =
        words.contains_key(&Field::Number) && words.contains_key(&Field::Timing) && row.len() >= 3;
    if !(words.contains_key(&Field::Title) && words.len() >= 2 || named >= 2 || numbered_timing) {
        return None;
    }
    let body = r + 1..(r + 1 + BODY_ROWS).min(ev.rows.len());
    let width = ev.rows.get(r + 1..).map_or(0, |rows| {
        rows.iter().take(BODY_ROWS).map(Vec::len).max().unwrap_or(0)
    });
    let content: Vec<Content> = (0..width.max(row.len()))
        .map(|c| ev.column_content(body.clone(), c))
        .collect();
    Chooser::new(words, content, row).choose()
}

/// The columns of a table nothing else reads, from its cells alone: the column that most
/// names something is the title, a column of timings the timing, one of people the
/// responsible; each choice warns. None when no column names anything.
pub(crate) fn by_content(ev: &TableEvidence) -> Option<Chosen> {
    let width = ev.rows.iter().map(Vec::len).max()?;
    let body = 0..ev.rows.len().min(BODY_ROWS);
    let content: Vec<Content> = (0..width)
        .map(|c| ev.column_content(body.clone(), c))
        .collect();
    Chooser::new(BTreeMap::new(), content, &[]).choose()
}

struct Chooser<'a> {
    map: BTreeMap<Field, usize>,
    content: Vec<Content>,
    row: &'a [Cell],
    doubts: Vec<(Field, WarningKind)>,
    by_content: Vec<Field>,
}

impl<'a> Chooser<'a> {
    fn new(map: BTreeMap<Field, usize>, content: Vec<Content>, row: &'a [Cell]) -> Self {
        Chooser {
            map,
            content,
            row,
            doubts: Vec::new(),
            by_content: Vec::new(),
        }
    }

    /// The title first (no title, no table), then the fields read from the rest.
    fn choose(mut self) -> Option<Chosen> {
        if !self.title() {
            return None;
        }
        self.timing();
        self.agenda();
        self.people();
        self.audience();
        Some(self.finish())
    }

    fn taken(&self, col: usize) -> bool {
        self.map.values().any(|&c| c == col)
    }

    /// The header cell's words of column `col`, as written on one line.
    fn header_text(&self, col: usize) -> Option<String> {
        let t = self
            .row
            .get(col)?
            .text
            .split_whitespace()
            .collect::<Vec<_>>();
        (!t.is_empty()).then(|| t.join(" "))
    }

    /// The free column whose cells most are `share` (at least `least`), leftmost first.
    fn best_free(&self, least: f32, share: impl Fn(&Content) -> f32) -> Option<usize> {
        self.content
            .iter()
            .enumerate()
            .filter(|(c, k)| !self.taken(*c) && k.filled > 0 && share(k) >= least)
            .max_by(|(a, x), (b, y)| share(x).total_cmp(&share(y)).then(b.cmp(a)))
            .map(|(c, _)| c)
    }

    fn take_by_content(&mut self, field: Field, col: usize) {
        self.map.insert(field, col);
        self.by_content.push(field);
        self.doubts.push((
            field,
            WarningKind::ColumnByContent {
                header: self.header_text(col),
            },
        ));
    }

    /// The title column: the one a header word names; else the free column whose cells
    /// most name something (not timings, numbers, people or lists of items). False when
    /// no column can be the title.
    fn title(&mut self) -> bool {
        if self.map.contains_key(&Field::Title) {
            return true;
        }
        let Some(col) = self.best_free(0.5, |k| k.names) else {
            return false;
        };
        self.take_by_content(Field::Title, col);
        true
    }

    /// The timing column: the one a header word names, unless its cells are hardly
    /// timings while a free column's mostly are ("Срок" over notes, bare months beside).
    fn timing(&mut self) {
        let free = self.best_free(MOSTLY, |k| k.timing);
        match (self.map.get(&Field::Timing).copied(), free) {
            (None, Some(col)) if !self.map.contains_key(&Field::Days) => {
                self.take_by_content(Field::Timing, col);
            }
            (Some(named), Some(col)) => {
                let k = self.content.get(named).copied().unwrap_or_default();
                if k.filled > 0 && k.timing < HARDLY {
                    self.map.remove(&Field::Timing);
                    self.take_by_content(Field::Timing, col);
                } else if k.timing >= MOSTLY && !self.map.contains_key(&Field::Days) {
                    self.doubts.push((
                        Field::Timing,
                        WarningKind::ColumnsCompete { other: col + 1 },
                    ));
                }
            }
            _ => {}
        }
    }

    /// A free column of lists of items beside the title column: the meetings' agendas.
    fn agenda(&mut self) {
        if let Some(col) = self.best_free(0.5, |k| k.agenda) {
            self.map.insert(Field::Agenda, col);
            self.by_content.push(Field::Agenda);
        }
    }

    /// With no responsible column named, a free column of people and roles is it.
    fn people(&mut self) {
        if self.map.contains_key(&Field::Responsible) || self.map.contains_key(&Field::Leader) {
            return;
        }
        if let Some(col) = self.best_free(MOSTLY, |k| k.people) {
            self.take_by_content(Field::Responsible, col);
        }
    }

    /// With no audience column named ("Классы", "Участники", "Lớp"), a free column whose
    /// cells mostly name grades or classes ("5-7", "9А", "khối 6") is it.
    fn audience(&mut self) {
        if self.map.contains_key(&Field::Audience) {
            return;
        }
        if let Some(col) = self.best_free(MOSTLY, |k| k.audience) {
            self.take_by_content(Field::Audience, col);
        }
    }

    fn finish(self) -> Chosen {
        let why = self
            .map
            .iter()
            .map(|(&field, &col)| {
                let share = self.content.get(col).and_then(|k| field_share(field, k));
                let content = self.by_content.contains(&field);
                let by = match (content, share) {
                    (true, _) => ChosenBy::Content,
                    (false, Some(s)) if s >= 0.5 => ChosenBy::HeaderAndContent,
                    _ => ChosenBy::Header,
                };
                ColumnChoice {
                    field: field.name().to_string(),
                    column: col,
                    header: (!content).then(|| self.header_text(col)).flatten(),
                    content_percent: share.map(percent),
                    by,
                }
            })
            .collect();
        Chosen {
            map: self.map,
            why,
            doubts: self.doubts,
        }
    }
}

/// The share of a column's cells that plainly are `field`, for fields content can tell.
fn field_share(field: Field, k: &Content) -> Option<f32> {
    if k.filled == 0 {
        return None;
    }
    match field {
        Field::Title => Some(k.names),
        Field::Timing => Some(k.timing),
        Field::Number => Some(k.number),
        Field::Responsible | Field::Leader => Some(k.people),
        Field::Agenda => Some(k.agenda),
        Field::Audience => Some(k.audience),
        _ => None,
    }
}

fn percent(share: f32) -> u8 {
    // A share is 0..=1: its percent fits a u8.
    let p = (share.clamp(0.0, 1.0) * 100.0).round();
    (0u8..=100).find(|&n| f32::from(n) >= p).unwrap_or(100)
}

/// A table with no header row whose rows mostly start with days ("Tuesday 3rd January" |
/// "INSET day"): the column of timings and the wordiest other column are the plan's.
pub(crate) fn guess_columns(
    rows: &[Vec<Cell>],
    ev: &TableEvidence,
) -> Option<BTreeMap<Field, usize>> {
    let width = rows.iter().map(Vec::len).max()?;
    if rows.len() < 3 || width < 2 {
        return None;
    }
    let column = |i: usize| ev.rows.iter().filter_map(move |r| r.get(i));
    let timings = |i: usize| column(i).filter(|c| c.timing.is_some()).count();
    let (col, count) = (0..width)
        .map(|i| (i, timings(i)))
        .max_by_key(|&(i, n)| (n, usize::MAX - i))?;
    let dated_rows = rows
        .iter()
        .filter(|r| r.iter().filter(|c| !c.text.trim().is_empty()).count() >= 2);
    if count < 3 || count * 2 < dated_rows.count() {
        return None;
    }
    let letters = |i: usize| column(i).map(|c| c.letters).sum::<usize>();
    // "September 17, 2024 | 8:15 AM": a column of clock times names nothing; rows with no
    // naming column are named by the heading above the table.
    let names = |i: usize| column(i).filter(|c| c.names_something()).count();
    let title = (0..width)
        .filter(|&i| i != col && names(i) * 2 >= count)
        .max_by_key(|&i| letters(i));
    let mut map = BTreeMap::from([(Field::Timing, col)]);
    if let Some(title) = title {
        map.insert(Field::Title, title);
    }
    Some(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::interpret::evidence::TimingMemo;
    use crate::import::source::plain_rows as rows;
    use crate::plan::AcademicYear;
    use crate::timing::Context;

    fn chosen(texts: &[&[&str]]) -> Option<Chosen> {
        let rows = rows(texts);
        let ctx = Context::new(AcademicYear::new(2026).unwrap_or_else(|| unreachable!()));
        let ev = TableEvidence::read(&rows, &ctx, &mut TimingMemo::default());
        choose(&ev, 0, &rows[0])
    }

    #[test]
    fn header_words_confirmed_by_content_choose_the_columns() {
        let c = chosen(&[
            &["№", "Мероприятие", "Сроки", "Ответственный"],
            &["1.", "Выставка книг", "сентябрь", "Иванова А.А."],
            &["2.", "Конкурс чтецов", "октябрь", "Петрова Б.Б."],
        ])
        .unwrap_or_default();
        assert_eq!(c.map[&Field::Title], 1);
        assert_eq!(c.map[&Field::Timing], 2);
        assert!(c.doubts.is_empty());
        let timing = c.why.iter().find(|w| w.field == "timing");
        assert_eq!(timing.map(|w| w.by), Some(ChosenBy::HeaderAndContent));
        assert_eq!(timing.and_then(|w| w.content_percent), Some(100));
    }

    #[test]
    fn an_unknown_title_header_is_found_by_content_and_an_agenda_column_is_no_timing() {
        let c = chosen(&[
            &[
                "№ п/п",
                "Предмет рассмотрения",
                "Повестка",
                "Срок",
                "Ответственный",
            ],
            &[
                "1",
                "Заседание совета № 1",
                "1. План на 2026-2027 учебный год.\n2. Выборы председателя.",
                "Сентябрь",
                "Председатель совета",
            ],
            &[
                "2",
                "Заседание совета № 2",
                "1. Итоги 1 полугодия.\n2. Ремонт к 1 сентября 2027 года.",
                "Январь",
                "Директор",
            ],
        ])
        .unwrap_or_default();
        assert_eq!(c.map.get(&Field::Title), Some(&1));
        assert_eq!(c.map.get(&Field::Agenda), Some(&2));
        assert_eq!(c.map.get(&Field::Timing), Some(&3));
        assert_eq!(
            c.doubts,
            [(
                Field::Title,
                WarningKind::ColumnByContent {
                    header: Some("Предмет рассмотрения".into())
                }
            )]
        );
    }

    #[test]
    fn a_timing_header_over_no_timings_gives_way_to_a_column_of_months() {
        let c = chosen(&[
            &["Мероприятие", "Срок", "Примечание", "Ответственный"],
            &["Выставка", "по плану", "март", "Иванова А.А."],
            &["Конкурс", "по плану", "апрель", "Петрова Б.Б."],
        ])
        .unwrap_or_default();
        assert_eq!(c.map.get(&Field::Timing), Some(&2));
        assert!(c.doubts.iter().any(|(f, _)| *f == Field::Timing));
    }

    #[test]
    fn a_column_of_grades_is_the_audience_whatever_its_header() {
        let c = chosen(&[
            &["Мероприятие", "Сроки", "Кто", "Ответственный"],
            &["Библиотечный урок", "октябрь", "5-7 кл.", "Иванова А.А."],
            &["Классный час", "ноябрь", "9А, 9Б", "Петрова Б.Б."],
            &["Викторина", "декабрь", "1-4 классы", "Сидорова В.В."],
        ])
        .unwrap_or_default();
        assert_eq!(c.map.get(&Field::Audience), Some(&2));
        let named = chosen(&[
            &["Дела", "Классы", "Дата", "Ответственные"],
            &["Соревнования", "5-9", "2-4 октября", "Учителя физкультуры"],
        ])
        .unwrap_or_default();
        assert_eq!(named.map.get(&Field::Audience), Some(&1));
        let why = named.why.iter().find(|w| w.field == "audience");
        assert_eq!(why.and_then(|w| w.content_percent), Some(100));
    }

    #[test]
    fn a_number_and_a_timing_header_head_a_table_whose_title_header_is_unknown() {
        // vi-27's festivals table: "Tên ngày hội ngày lễ" is no title word, but "TT" and
        // "thời gian" over a column of dates say it is a plan's table.
        let c = chosen(&[
            &[
                "TT",
                "Tên ngày hội ngày lễ",
                "Dự kiến thời gian thực hiện",
                "Dự kiến các hoạt động",
            ],
            &[
                "1",
                "- Ngày hội đến trường của bé",
                "- Dự kiến tổ chức vào ngày 05/09/2021",
                "- Tổ chức khai giảng tại lớp",
            ],
            &[
                "2",
                "- Kỉ niệm ngày phụ nữ Việt Nam 20/10",
                "- Dự kiến tổ chức vào ngày 20/10 tại lớp",
                "- Cho trẻ múa hát chào mừng, làm quà, làm thiệp tặng bà, tặng mẹ.",
            ],
        ])
        .unwrap_or_default();
        assert_eq!(c.map.get(&Field::Title), Some(&1), "{:?}", c.map);
        assert_eq!(c.map.get(&Field::Timing), Some(&2));
    }

    #[test]
    fn a_row_of_one_header_word_is_no_header() {
        assert!(chosen(&[&["Сроки", "Выставка"], &["март", "Конкурс"]]).is_none());
    }
}
