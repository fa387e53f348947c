//! Finding the plan in a document: its title and year, owner and partners, goals, sections
//! and events, from tables (header detected by meaning, columns in any order) or from
//! paragraphs when the plan has no table. The steps, in order: the layout (`layout`), the
//! title and owner (`title`), the year (`dating`), tables (`tables`) and paragraphs
//! (`paragraphs`) read into rows, and the rows finished into events (`finish`).

mod columns;
mod dating;
mod evidence;
mod finish;
mod grids;
mod headers;
mod layout;
mod layouts;
mod paragraphs;
mod people;
mod tables;
mod title;
mod vocab;

use std::collections::BTreeMap;

pub(crate) use finish::fill_from_responsible;
pub(crate) use people::normalise_org_name;
use vocab::Field;

use super::source::SourceDoc;
use super::{ImportError, ImportOptions};
use crate::plan::{ImportWarning, Lang, PartnerRef, PlanDocument, SectionDoc, Slug, WarningKind};
use crate::timing::Context;
use layout::Item;

/// One row of events as found, before timings are read.
struct RawEvent {
    row: usize,
    number: Option<String>,
    section: Option<String>,
    title: String,
    timing: String,
    location: String,
    responsible: String,
    result: String,
    notes: String,
    /// Who it is for, from an audience column ("5-7 классы"), as written.
    audience: String,
    agenda: Vec<String>,
    agenda_people: Vec<crate::plan::PersonRef>,
    /// The month of the section row above it: weeks and decades are read in it.
    month: Option<(i32, u32)>,
    /// The year context of the rows above it ("Academic Year 2025-2026", "Spring Term
    /// 2025"), when a row set one: a two-year diary reads each part in its own year.
    ctx: Option<Context>,
}

impl RawEvent {
    fn new(row: usize, title: String) -> Self {
        RawEvent {
            row,
            number: None,
            section: None,
            title,
            timing: String::new(),
            location: String::new(),
            responsible: String::new(),
            result: String::new(),
            notes: String::new(),
            audience: String::new(),
            agenda: Vec::new(),
            agenda_people: Vec::new(),
            month: None,
            ctx: None,
        }
    }
}

/// What the steps share while the document is read.
struct Reader<'a> {
    ctx: Context,
    lang: Lang,
    sections: Sections,
    current_section: Option<String>,
    columns: Option<BTreeMap<Field, usize>>,
    /// The month of the last month section row.
    month: Option<(i32, u32)>,
    has_event_table: bool,
    /// The plan's span (see `dating::plan_period`).
    period: Option<crate::timing::Timing>,
    /// --year was given: section rows do not move the year.
    given_year: bool,
    row_base: usize,
    raw: Vec<RawEvent>,
    warnings: &'a mut Vec<ImportWarning>,
    /// The normaliser's answers, kept: each text is normalised once per context.
    memo: evidence::TimingMemo,
    /// The layouts that read rows, in the order they first did.
    layouts: Vec<&'static str>,
    /// What chose the columns of the first header found.
    column_choice: Option<Vec<crate::plan::ColumnChoice>>,
    /// The plan's title: the event a one-event plan's "Thời gian:" line dates.
    title: String,
    /// Nothing read an event on the first pass: tables are read by content alone.
    last_resort: bool,
}

impl Reader<'_> {
    /// Notes that the layout `name` read a row.
    fn read_by(&mut self, name: &'static str) {
        if !self.layouts.contains(&name) {
            self.layouts.push(name);
        }
    }

    /// Keeps what chose a header's columns (the first header's, for the plan's trace) and
    /// warns about each doubtful choice at the header's row.
    fn chose_columns(&mut self, chosen: &columns::Chosen, row_no: usize) {
        if self.column_choice.is_none() {
            self.column_choice = Some(chosen.why.clone());
        }
        for (field, kind) in &chosen.doubts {
            self.warnings.push(ImportWarning::new(
                kind.clone(),
                Some(row_no),
                Some(field.name()),
            ));
        }
    }

    /// Keeps a row, read later in the year context that holds where it stands (unless the
    /// row names its own year).
    fn push(&mut self, mut e: RawEvent) {
        e.ctx.get_or_insert(self.ctx);
        self.raw.push(e);
    }
}

/// "1.", "1.1.", "2. 1.", "I.", "13 ." at the start of a text: the key ("2.1") and the rest.
fn leading_number(text: &str) -> Option<(String, String)> {
    let t = text.trim_start();
    let mut key = String::new();
    let mut i = 0;
    let bytes = t.as_bytes();
    let mut parts = 0;
    loop {
        let start = i;
        while i < t.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            // Roman numerals I–XII as a first part only.
            if parts == 0 {
                let roman_len = t
                    .chars()
                    .take_while(|c| matches!(c, 'I' | 'V' | 'X'))
                    .count();
                if roman_len > 0 && t[roman_len..].starts_with('.') {
                    key.push_str(&t[..roman_len]);
                    return Some((key, t[roman_len + 1..].trim().to_string()));
                }
            }
            break;
        }
        if !key.is_empty() {
            key.push('.');
        }
        key.push_str(&t[start..i]);
        parts += 1;
        // separators: ".", " .", ". "
        let mut j = i;
        while j < t.len() && bytes[j] == b' ' {
            j += 1;
        }
        // "1/ Sinh hoạt …" (a Vietnamese numbering); "20/11" stays a date.
        let slash = j < t.len()
            && bytes[j] == b'/'
            && !t[j + 1..].starts_with(|c: char| c.is_ascii_digit());
        if slash {
            return Some((key, t[j + 1..].trim().to_string()));
        }
        if j < t.len() && (bytes[j] == b'.' || bytes[j] == b')') {
            i = j + 1;
            let mut k = i;
            while k < t.len() && bytes[k] == b' ' {
                k += 1;
            }
            if k < t.len() && bytes[k].is_ascii_digit() {
                i = k;
                continue;
            }
            return Some((key, t[i..].trim().to_string()));
        }
        // "1 Title" without a dot is not a number of a list.
        return (parts > 1 || t[i..].trim().is_empty())
            .then(|| (key.clone(), t[i..].trim().to_string()));
    }
    None
}

struct Sections {
    tree: Vec<SectionDoc>,
}

impl Sections {
    /// Adds a section under the one its key extends ("1.2" under "1").
    fn add(&mut self, key: &str, title: &str) {
        fn insert(list: &mut [SectionDoc], key: &str, title: &str) -> bool {
            for s in list.iter_mut() {
                if key.starts_with(&format!("{}.", s.key)) {
                    if !insert(&mut s.sections, key, title) {
                        s.sections.push(SectionDoc {
                            key: key.into(),
                            title: title.into(),
                            sections: Vec::new(),
                        });
                    }
                    return true;
                }
            }
            false
        }
        let mut flat = Vec::new();
        SectionDoc::flatten(&self.tree, None, &mut flat);
        if flat.iter().any(|(s, _)| s.key == key) {
            return;
        }
        if !insert(&mut self.tree, key, title) {
            self.tree.push(SectionDoc {
                key: key.into(),
                title: title.into(),
                sections: Vec::new(),
            });
        }
    }
}

/// Finds the plan in a document.
pub(crate) fn interpret(
    doc: &SourceDoc,
    file_name: &str,
    options: &ImportOptions,
) -> Result<PlanDocument, ImportError> {
    let all_text = layout::all_text(doc);
    let lang = options
        .lang
        .unwrap_or_else(|| layout::detect_lang(&all_text));
    let items = layout::items(doc);
    let head = title::find(&items);
    let mut warnings: Vec<ImportWarning> = Vec::new();
    let dating = find_dating(&items, &head, &all_text, lang, options, &mut warnings)?;
    // Only American English writes the month first.
    let month_first = lang == Lang::En && crate::timing::month_first(&all_text);
    let ctx = dating.context(lang, month_first);
    let period_lines: Vec<&str> = std::iter::once(head.title.as_str())
        .chain(head_lines(&items, &head))
        .collect();
    let period = dating::plan_period(&dating, &period_lines, &ctx);
    let mut rd = Reader {
        ctx,
        period,
        given_year: options.year.is_some(),
        lang,
        sections: Sections { tree: Vec::new() },
        current_section: None,
        columns: None,
        month: None,
        has_event_table: items
            .iter()
            .any(|it| matches!(it, Item::Table(rows) if rows.iter().any(|r| tables::may_head(r)))),
        row_base: 0,
        raw: Vec::new(),
        warnings: &mut warnings,
        memo: evidence::TimingMemo::default(),
        layouts: Vec::new(),
        column_choice: None,
        title: head.title.clone(),
        last_resort: false,
    };
    let description = read_body(&mut rd, &items, &head);
    if rd.raw.is_empty() {
        return Err(ImportError::NoPlan(
            "no table with an event column (Мероприятие, Nội dung, Event…) and no numbered or bulleted list of events was found".into(),
        ));
    }
    let (ctx, period) = (rd.ctx, rd.period.clone());
    let reading = crate::plan::Reading {
        layouts: rd.layouts.iter().map(|l| l.to_string()).collect(),
        columns: rd.column_choice.take().unwrap_or_default(),
    };
    let mut memo = std::mem::take(&mut rd.memo);
    let (raw, sections, columns) = (rd.raw, rd.sections, rd.columns);
    let header_lines = header_lines(&items, &head);
    let owner_name = title::owner(&head.title, &header_lines);
    let title_orgs = people::org_names(&head.title);
    let mut partner_names: Vec<String> = title_orgs.iter().skip(1).cloned().collect();
    let owner_key = owner_name.as_deref().map(crate::plan::org_match_key);
    let mut events = finish::events(
        raw,
        &ctx,
        period.as_ref(),
        owner_key.as_deref(),
        &mut partner_names,
        &mut warnings,
        &mut memo,
    );
    // Events may point only at sections that exist.
    let mut flat = Vec::new();
    SectionDoc::flatten(&sections.tree, None, &mut flat);
    let keys: Vec<String> = flat.iter().map(|(s, _)| s.key.clone()).collect();
    for e in &mut events {
        if e.section.as_ref().is_some_and(|s| !keys.contains(s)) {
            e.section = None;
        }
    }
    let academic_year = match dating.fixed {
        true => dating.year,
        false => dating::year_of_dates(events.iter().filter_map(|e| e.when.as_ref()?.start()))
            .unwrap_or(dating.year),
    };
    Ok(PlanDocument {
        id: None,
        org: options.org.clone(),
        title: match head.title.is_empty() {
            true => file_name.to_string(),
            false => head.title,
        },
        academic_year,
        partners: partner_names
            .into_iter()
            .map(|name| PartnerRef {
                slug: Some(Slug::from_name(&name).to_string()),
                name,
            })
            .collect(),
        description: description.join("\n\n"),
        source: Some(file_name.to_string()),
        owner_name,
        lang: Some(lang),
        class: None,
        sections: sections.tree,
        events,
        warnings,
        columns: columns.map(column_names),
        reading: Some(reading),
        created_at: None,
        updated_at: None,
    })
}

/// The plan's `columns`: each field by its name, with its column.
fn column_names(columns: BTreeMap<Field, usize>) -> BTreeMap<String, usize> {
    columns
        .into_iter()
        .map(|(f, i)| (f.name().to_string(), i))
        .collect()
}

/// The plan's events by the first reading that finds any: its tables and paragraphs by
/// their layouts, then its tables by content alone, then the document as one event.
/// Returns the plan's goals.
fn read_body(rd: &mut Reader<'_>, items: &[Item<'_>], head: &title::Head) -> Vec<String> {
    let description = read_items(rd, items, head);
    if rd.raw.is_empty() {
        read_tables_by_content(rd, items);
    }
    if rd.raw.is_empty() {
        one_event_plan(rd, items, head);
    }
    description
}

/// A document no layout read an event from: its tables read as well as their cells allow
/// (columns chosen by content, with warnings), rather than refused.
fn read_tables_by_content(rd: &mut Reader<'_>, items: &[Item<'_>]) {
    rd.last_resort = true;
    rd.row_base = 0;
    for item in items {
        match item {
            Item::Table(rows) if official_header(rows) => rd.row_base += rows.len(),
            Item::Table(rows) => {
                tables::read(rd, rows, None, None);
                rd.row_base += rows.len();
            }
            Item::Para(_) => rd.row_base += 1,
        }
    }
}

/// A document's official header laid out as a table (the state motto beside the issuer,
/// an approval block): never a table of events.
fn official_header(rows: &[Vec<crate::import::source::Cell>]) -> bool {
    rows.iter().flatten().any(|c| {
        let n = people::norm(&c.text);
        vocab::OFFICIAL_HEADER_PHRASES.iter().any(|p| n.contains(p))
    })
}

/// A plan that lists nothing (a notice, a letter): one event named by its title at the
/// first dates its text gives, with a warning, rather than a refusal. A text with no date
/// is still no plan.
fn one_event_plan(rd: &mut Reader<'_>, items: &[Item<'_>], head: &title::Head) {
    let after_title = head.last.map_or(0, |t| t + 1);
    // The first date of a paragraph that dates something: not a post's stamp, not the line
    // a document is signed on, not a sentence reporting a letter issued; with `written`, a
    // date written in numbers or a month's name (not "Зимние каникулы", a holiday's name).
    let dated = |p: &crate::import::source::Paragraph, written: bool| {
        if paragraphs::page_stamp(&p.text, &rd.ctx) || dating::signature_line(&p.text) {
            return None;
        }
        paragraphs::sentences(&p.text)
            .into_iter()
            .filter(|s| !paragraphs::reports_a_document(s))
            .find_map(|s| {
                let (range, t) = crate::timing::find_in_sentence(s, &rd.ctx)?;
                let exact = t
                    .precision()
                    .is_some_and(|p| p <= crate::timing::Precision::Month);
                (t.kind() != crate::timing::TimingKind::Unknown && (exact || !written))
                    .then(|| s[range].trim().to_string())
            })
    };
    let dated_in = |p: &crate::import::source::Paragraph| dated(p, false);
    let paras: Vec<_> = items
        .iter()
        .skip(after_title)
        .filter_map(|it| match it {
            Item::Para(p) => Some(p),
            Item::Table(_) => None,
        })
        .collect();
    // A line labelled with when ("1. Thời gian: …", "Сроки: …") before any other date.
    let labelled = |p: &&&crate::import::source::Paragraph| {
        let rest = leading_number(&p.text).map_or_else(|| p.text.clone(), |(_, rest)| rest);
        let n = people::norm(&rest);
        vocab::PERIOD_LABELS.iter().any(|l| n.starts_with(l))
    };
    let dated = paras
        .iter()
        .filter(labelled)
        .find_map(|p| dated_in(p))
        .or_else(|| paras.iter().find_map(|p| dated(p, true)))
        .or_else(|| paras.iter().find_map(|p| dated_in(p)));
    let subject = paragraphs::plan_subject(&head.title);
    // The title's own lines too: a title read over several lines may hold the only date.
    let any_dated = || {
        items.iter().find_map(|it| match it {
            Item::Para(p) => dated_in(p),
            Item::Table(_) => None,
        })
    };
    let first_line = || {
        items.iter().find_map(|it| match it {
            Item::Para(p) => first_words(&p.text),
            Item::Table(_) => None,
        })
    };
    let (subject, timing) = match (dated, subject.is_empty()) {
        (Some(timing), false) => (subject, timing),
        // A page of prose ("National Library Week is April 7–13, 2024"): the first dated
        // sentence that names what it dates, the title's lines included.
        (dated, _) => match items.iter().find_map(|it| match it {
            Item::Para(p) => paragraphs::prose_event(&p.text, &rd.ctx),
            Item::Table(_) => None,
        }) {
            Some(found) => found,
            // A date no sentence names ("С 24 по 31 марта ежегодно"): the page's first line
            // of words names it, rather than the page being refused.
            None => match (dated.or_else(any_dated), first_line()) {
                (Some(timing), Some(name)) => (name, timing),
                _ => return,
            },
        },
    };
    let mut e = RawEvent::new(0, subject);
    e.timing = timing;
    e.location = paras
        .iter()
        .find_map(|p| place_label(&p.text))
        .unwrap_or_default();
    rd.push(e);
    rd.read_by("one-event");
    // The warning is the event's own: its name and dates are a guess the preview marks.
    let index = rd.raw.len().saturating_sub(1);
    rd.warnings
        .push(ImportWarning::new(WarningKind::OneEventPlan, None, None).about(index));
}

/// "12:11 Неделя детской и юношеской книги | |": a page's first line of words, without a
/// post's clock time before it and the table marks after it.
fn first_words(text: &str) -> Option<String> {
    let t = text.trim();
    let t = match t.split_once(' ') {
        Some((clock, rest)) if clock.len() == 5 && clock.as_bytes().get(2) == Some(&b':') => rest,
        _ => t,
    };
    let t = t.trim_matches(|c: char| c == '|' || c.is_whitespace());
    (t.chars().filter(|c| c.is_alphabetic()).count() >= 6).then(|| t.to_string())
}

/// "2. Địa điểm: Trường THCS Phú Lãm.", "Место проведения: актовый зал": the place a label
/// line gives (the labels are the place column's header words).
fn place_label(text: &str) -> Option<String> {
    let rest = leading_number(text).map_or_else(|| text.to_string(), |(_, rest)| rest);
    let (label, value) = rest.split_once(':')?;
    let label = people::norm(label);
    let is_place = vocab::HEADERS
        .iter()
        .any(|(w, f)| *f == Field::Location && label == *w);
    let value = value.trim().trim_end_matches('.').trim();
    (is_place && !value.is_empty()).then(|| value.to_string())
}

/// The lines before the title (an official header, an approval block), as written.
fn header_lines<'a>(items: &'a [Item<'_>], head: &title::Head) -> Vec<&'a str> {
    let before = head.first.unwrap_or(0);
    let mut lines = Vec::new();
    for it in items.iter().take(before + 1) {
        match it {
            Item::Para(p) => lines.extend(p.text.lines()),
            Item::Table(rows) => lines.extend(rows.iter().flatten().flat_map(|c| c.text.lines())),
        }
    }
    lines
}

/// The paragraphs between the title and the first table under it (at most 30): an
/// official header laid out as a table above the title does not end them.
fn head_lines<'a>(items: &'a [Item<'_>], head: &title::Head) -> Vec<&'a str> {
    let after_title = head.last.map(|i| i + 1).unwrap_or(0);
    let first_table = items
        .iter()
        .enumerate()
        .position(|(i, it)| i >= after_title && matches!(it, Item::Table(_)))
        .unwrap_or(items.len());
    items
        .iter()
        .enumerate()
        .filter(|(i, _)| *i >= after_title && *i < first_table)
        .filter_map(|(_, it)| match it {
            Item::Para(p) => Some(p.text.as_str()),
            Item::Table(_) => None,
        })
        .take(30)
        .collect()
}

/// The year the plan is read in (see `dating`).
fn find_dating(
    items: &[Item<'_>],
    head: &title::Head,
    all_text: &str,
    lang: Lang,
    options: &ImportOptions,
    warnings: &mut Vec<ImportWarning>,
) -> Result<dating::Dating, ImportError> {
    let lines: Vec<String> = head_lines(items, head)
        .into_iter()
        .map(str::to_string)
        .collect();
    let opening: String = all_text.chars().take(2000).collect();
    let signed = all_text
        .split(['\n', '\t'])
        .find_map(|l| dating::dated_line(l, lang));
    let evidence = dating::Evidence {
        title: &head.title,
        head: &lines,
        opening: &opening,
        dated: signed,
    };
    let found = dating::from_document(&evidence, lang);
    dating::decide(options.year, found, options.today, warnings).ok_or_else(|| {
        ImportError::NoPlan("no academic year is written in the plan; give --year".into())
    })
}

/// Reads the tables and paragraphs after the title into rows; returns the plan's goals.
fn read_items(rd: &mut Reader<'_>, items: &[Item<'_>], head: &title::Head) -> Vec<String> {
    let mut st = paragraphs::ParaState::default();
    let mut above: Option<String> = None;
    let mut caption: Option<String> = None;
    for (idx, item) in items.iter().enumerate() {
        match item {
            Item::Table(rows) => {
                tables::read(rd, rows, above.as_deref(), caption.as_deref());
                rd.row_base += rows.len();
                above = None;
                caption = None;
            }
            Item::Para(p) => {
                rd.row_base += 1;
                if head.last.is_some_and(|t| idx <= t) || head.first.is_some_and(|f| idx < f) {
                    continue;
                }
                above = short_timing(&p.text, &rd.ctx);
                caption = table_caption(&p.text);
                let before = rd.raw.len();
                paragraphs::read(rd, &mut st, p);
                // Rows the paragraph reader keeps as it goes (meetings under headings,
                // dated lines); its lists are chosen at the end.
                if rd.raw.len() > before {
                    rd.read_by("paragraphs");
                }
            }
        }
    }
    if rd.raw.is_empty() && !st.bullets.is_empty() {
        rd.read_by("bulleted-lines");
        rd.raw = std::mem::take(&mut st.bullets);
    }
    if rd.raw.is_empty() && !st.numbered.is_empty() {
        rd.read_by("numbered-lines");
        rd.raw = std::mem::take(&mut st.numbered);
    }
    st.description
}

/// A short heading just above a table ("Meeting Information", "Заседания совета"): what
/// the table's rows are when no column names them. A sentence is no caption.
fn table_caption(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches(':').trim();
    let words = t.split_whitespace().count();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    ((1..=8).contains(&words) && letters >= 4 && !t.ends_with(['.', '!', '?']))
        .then(|| t.to_string())
}

/// A paragraph that is only a timing ("Дата проведения: 15 ноября 2022 г."): the date of a
/// table under it that has no timing column.
fn short_timing(text: &str, ctx: &Context) -> Option<String> {
    let t = text.trim();
    if t.chars().count() > 60 {
        return None;
    }
    let (range, when) = crate::timing::find_in_sentence(t, ctx)?;
    (when.kind() != crate::timing::TimingKind::Unknown).then(|| t[range].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::source::{Block, Cell, Paragraph, Table};

    fn para(t: &str) -> Block {
        Block::Paragraph(Paragraph {
            text: t.into(),
            ..Default::default()
        })
    }

    fn row(cells: &[&str]) -> Vec<Cell> {
        crate::import::source::plain_rows(&[cells]).remove(0)
    }

    fn options() -> ImportOptions {
        ImportOptions {
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29),
            ..ImportOptions::new(Slug::parse("x").unwrap())
        }
    }

    fn read(blocks: Vec<Block>) -> PlanDocument {
        interpret(&SourceDoc { blocks }, "plan.docx", &options()).unwrap()
    }

    fn start(doc: &PlanDocument, i: usize) -> String {
        doc.events[i]
            .when
            .as_ref()
            .and_then(|w| w.start())
            .map(|d| d.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn a_table_of_dates_and_hours_is_named_by_the_heading_above_it() {
        let mut rows = vec![row(&["Date", "Time"])];
        for d in ["September 17, 2024", "October 1, 2024", "November 12, 2024"] {
            rows.push(row(&[d, "8:15 AM"]));
        }
        let doc = read(vec![
            para("Parent Association"),
            para("Meeting Information"),
            Block::Table(Table { rows }),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["Meeting Information"; 3]);
        assert_eq!(start(&doc, 1), "2024-10-01");
    }

    #[test]
    fn numbered_tasks_of_a_month_plan_beside_layout_tables_span_its_month() {
        let header = Block::Table(Table {
            rows: vec![
                row(&["PHÒNG GD&ĐT QUẬN 2", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
                row(&[
                    "TRƯỜNG THCS NGUYỄN THỊ ĐỊNH",
                    "Quận 2, ngày 28 tháng 9 năm 2016",
                ]),
            ],
        });
        let doc = read(vec![
            header,
            para("KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10"),
            para("1. Tổng vệ sinh thư viện, sắp xếp lại bàn ghế."),
            para("2. Tổ chức thi kể chuyện về ngày 20/10."),
            para("- chi tiết"),
        ]);
        assert_eq!(doc.events.len(), 2);
        assert_eq!(start(&doc, 1), "2016-10-01");
        assert_eq!(doc.events[1].agenda, vec!["- chi tiết"]);
        assert_eq!(doc.academic_year.to_string(), "2016-2017");
        assert_eq!(
            doc.owner_name.as_deref(),
            Some("TRƯỜNG THCS NGUYỄN THỊ ĐỊNH")
        );
    }

    #[test]
    fn a_numbered_heading_over_its_sub_rows_is_no_event_and_an_agenda_is_one_meeting() {
        let table = Block::Table(Table {
            rows: vec![
                row(&["№", "Содержание", "Срок", "Ответственный"]),
                row(&["2.", "Встречи с родителями:", "", ""]),
                row(&[
                    "2.1.",
                    "Повестка:\n1. О летнем ремонте.\n2. Избрание казначея.",
                    "март",
                    "Председатель",
                ]),
                row(&[
                    "2.2.",
                    "1. Отчет о тратах 2. О выпускном",
                    "май",
                    "Председатель",
                ]),
            ],
        });
        let doc = read(vec![
            para("План работы совета родителей на 2025/2026 учебный год"),
            table,
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, vec!["О летнем ремонте.", "Отчет о тратах"]);
        assert_eq!(doc.events[0].agenda, vec!["2. Избрание казначея."]);
        assert_eq!(doc.events[1].agenda, vec!["2. О выпускном"]);
        assert_eq!(start(&doc, 1), "2026-05-01");
    }

    #[test]
    fn activities_numbered_under_a_heading_take_the_time_written_after_them() {
        let header = Block::Table(Table {
            rows: vec![
                row(&["UBND HUYỆN LẤP VÒ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
                row(&[
                    "TRƯỜNG THCS MỸ AN HƯNG A",
                    "Mỹ An Hưng A, ngày 19 tháng 04 năm 2022",
                ]),
            ],
        });
        let doc = read(vec![
            header,
            para("KẾ HOẠCH Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2022"),
            para("1. MỤC ĐÍCH YÊU CẦU:"),
            para("1. NỘI DUNG HOẠT ĐỘNG:"),
            para("2. Tuyên truyền ý nghĩa của ngày sách Việt Nam 21/4."),
            para("3. Tổ chức trưng bày giới thiệu sách tại thư viện."),
            para("III. TỔ CHỨC THỰC HIỆN:"),
            para("1. Thời gian: Từ 21/4/2022 đến 29/4/2022."),
            para("2. Thành phần: Cán bộ, giáo viên, nhân viên và học sinh toàn trường."),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                // As written, the full stop too, like a table cell's text.
                "Tuyên truyền ý nghĩa của ngày sách Việt Nam 21/4.",
                "Tổ chức trưng bày giới thiệu sách tại thư viện."
            ]
        );
        assert_eq!(start(&doc, 0), "2022-04-21");
        let end = doc.events[1].when.as_ref().and_then(|w| w.end());
        assert_eq!(end, chrono::NaiveDate::from_ymd_opt(2022, 4, 29));
    }

    #[test]
    fn a_notice_that_lists_nothing_is_one_event_at_its_first_dates_with_a_warning() {
        let doc = read(vec![
            para("Về triển khai hưởng ứng Ngày Sách Văn hóa đọc Việt Nam lần thứ II – năm 2023"),
            para(
                "Các đơn vị tổ chức các chuỗi hoạt động từ ngày 19 tháng 4 năm 2023 đến ngày 23 \
                 tháng 04 năm 2023, với thông điệp: “Sách cho tôi, cho bạn”.",
            ),
        ]);
        assert_eq!(doc.events.len(), 1);
        assert!(doc.events[0].title.contains("Ngày Sách"));
        assert_eq!(
            place_label("2. Địa điểm: Trường THCS Phú Lãm.").as_deref(),
            Some("Trường THCS Phú Lãm")
        );
        assert_eq!(start(&doc, 0), "2023-04-19");
        let kinds: Vec<_> = doc.warnings.iter().filter_map(|w| w.kind.clone()).collect();
        assert!(kinds.contains(&WarningKind::OneEventPlan), "{kinds:?}");
        let undated = super::interpret(
            &SourceDoc {
                blocks: vec![para("Thông báo"), para("Các đơn vị triển khai hoạt động.")],
            },
            "n.docx",
            &options(),
        );
        assert!(undated.is_err());
    }

    #[test]
    fn an_official_header_table_is_never_the_events_table() {
        // The header table is the document's only table: read by content it would be one
        // undated event titled "TRƯỜNG THCS PHÚ LÃM"; the plan is the labelled lines.
        let header = Block::Table(Table {
            rows: vec![
                row(&["UBND QUẬN HÀ ĐÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
                row(&["TRƯỜNG THCS PHÚ LÃM", "Độc lập - Tự do - Hạnh phúc"]),
            ],
        });
        let doc = read(vec![
            header,
            para("KẾ HOẠCH TỔ CHỨC NGÀY HỘI BÁNH CHƯNG YÊU THƯƠNG"),
            para("Thực hiện Kế hoạch năm học 2023-2024 của Phòng GDĐT quận Hà Đông;"),
            para("II. THỜI GIAN VÀ ĐỊA ĐIỂM"),
            para("1. Thời gian: Từ 14h00 đến 17h00, ngày 01/02/2024 tức ngày 22 tháng Chạp."),
            para("2. Địa điểm: Trường THCS Phú Lãm."),
        ]);
        assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
        assert!(doc.events[0].title.contains("BÁNH CHƯNG"));
        assert_eq!(start(&doc, 0), "2024-02-01");
        assert_eq!(doc.events[0].location, "Trường THCS Phú Lãm");
        assert!(official_header(&[row(&[
            "",
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        ])]));
        assert!(!official_header(&[row(&["Мероприятие", "Сроки"])]));
    }

    #[test]
    fn meetings_written_as_headings_are_one_event_each_with_their_agenda() {
        let doc = read(vec![
            para("ПЛАН РАБОТЫ"),
            para("методического объединения"),
            para("Заседание №1 (сентябрь)"),
            para("Тема: работа в 2021/2022 учебном году"),
            para("1. Итоги 2020/2021 года (Иванова А.А.)"),
            para("Заседание №2 (ноябрь)"),
        ]);
        assert_eq!(doc.events.len(), 2);
        assert_eq!(doc.events[0].title, "Заседание №1");
        assert_eq!(start(&doc, 1), "2021-11-01");
        assert_eq!(doc.events[0].people[0].name, "Иванова А.А.");
    }

    #[test]
    fn section_rows_name_the_month_and_the_year_of_the_rows_under_them() {
        let doc = read(vec![
            para("План работы на 2022 год"),
            Block::Table(Table {
                rows: vec![
                    row(&["№", "Мероприятие", "Сроки"]),
                    row(&["Октябрь", "", ""]),
                    row(&["1", "Выставка", ""]),
                    row(&["Январь", "", ""]),
                    row(&["2", "Конкурс", "2 неделя"]),
                ],
            }),
        ]);
        assert_eq!(start(&doc, 0), "2022-10-01");
        assert!(start(&doc, 1).starts_with("2022-01"), "{}", start(&doc, 1));
    }

    #[test]
    fn a_month_cell_dates_the_days_column_and_bracketed_days_beside_it() {
        let doc = read(vec![
            para("LỊCH CHỈ ĐẠO NĂM HỌC 2019-2020"),
            Block::Table(Table {
                rows: vec![
                    row(&[
                        "THÁNG",
                        "TUẦN C.MÔN",
                        "NỘI DUNG CÔNG VIỆC",
                        "BỘ PHẬN T.HIỆN",
                    ]),
                    row(&[
                        "8/2019",
                        "Từ05 - 31/8",
                        "- Trả phép (05/8)\n- Tu bổ CSVC",
                        "BGH",
                    ]),
                    row(&["9/2019", "", "Khai giảng", "BGH"]),
                ],
            }),
        ]);
        let end = |i: usize| doc.events[i].when.as_ref().and_then(|w| w.end());
        assert_eq!(doc.events.len(), 3);
        assert_eq!(
            (start(&doc, 0), end(0)),
            (
                "2019-08-05".into(),
                chrono::NaiveDate::from_ymd_opt(2019, 8, 5)
            )
        );
        assert_eq!(
            (start(&doc, 1), end(1)),
            (
                "2019-08-05".into(),
                chrono::NaiveDate::from_ymd_opt(2019, 8, 31)
            )
        );
        assert_eq!(start(&doc, 2), "2019-09-01");
    }

    #[test]
    fn a_two_year_diary_reads_each_term_in_the_year_it_names() {
        let one = |t: &str| row(&[t]);
        let doc = read(vec![
            para("Term Dates"),
            Block::Table(Table {
                rows: vec![
                    one("Spring Term 2025"),
                    row(&["Monday 6th January", "INSET Day"]),
                    row(&["Tuesday 4th February", "Pony Visit"]),
                    one("Autumn Term 2025"),
                    row(&["Wednesday 3rd September", "INSET Day"]),
                    one("Spring Term 2026"),
                    row(&["Monday 5th January", "INSET Day"]),
                ],
            }),
        ]);
        let starts: Vec<String> = (0..doc.events.len()).map(|i| start(&doc, i)).collect();
        assert_eq!(
            starts,
            ["2025-01-06", "2025-02-04", "2025-09-03", "2026-01-05"]
        );
    }

    #[test]
    fn a_diary_row_holds_one_event_a_line_and_its_text_may_stand_in_the_time_column() {
        let lines = Cell {
            text: "Inventors Day\nCake Sale".into(),
            paragraphs: vec!["Inventors Day".into(), "Cake Sale".into()],
            ..Default::default()
        };
        let doc = read(vec![
            para("Diary Dates Spring Term 2023"),
            Block::Table(Table {
                rows: vec![
                    row(&["Tuesday 3rd January", "INSET day – School closed", "", ""]),
                    row(&["HALF TERM - Monday 13th to Friday 17th February"]),
                    row(&["Thursday 19th January", "3pm", "Choir starts", ""]),
                    vec![
                        Cell {
                            text: "Friday 10th February".into(),
                            ..Default::default()
                        },
                        Cell::default(),
                        lines,
                    ],
                    row(&["Friday 27th January", "All day", "Year 2 trip", ""]),
                ],
            }),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "INSET day – School closed",
                "HALF TERM",
                "Choir starts",
                "Inventors Day",
                "Cake Sale",
                "Year 2 trip"
            ]
        );
        assert_eq!(start(&doc, 1), "2023-02-13");
        assert_eq!(start(&doc, 4), "2023-02-10");
    }

    #[test]
    fn a_date_first_paragraph_keeps_its_range_when_its_bracket_names_another_day() {
        let doc = read(vec![
            para("План работы на апрель 2018 года"),
            para("Книжные выставки:"),
            para("10.03.-11.04. «Берингия 2018» Краевед. отдел"),
            para("31.03.-03.04. «Вестники весны» (1 апреля – Международный день птиц)"),
            para("04.04. «Авантюрный детектив» 200 лет со дня рождения Т.М.Рида."),
        ]);
        assert_eq!(doc.events.len(), 3);
        assert!(
            doc.events[1].title.starts_with("«Вестники весны»"),
            "{}",
            doc.events[1].title
        );
        assert_eq!(start(&doc, 1), "2018-03-31");
        let end = doc.events[1].when.as_ref().and_then(|w| w.end());
        assert_eq!(end, chrono::NaiveDate::from_ymd_opt(2018, 4, 3));
    }

    #[test]
    fn a_day_above_a_table_dates_its_hours_column() {
        let table = |time: &str, name: &str| {
            Block::Table(Table {
                rows: vec![
                    row(&["Время", "Наименование", "Место проведения, ответственный"]),
                    row(&[time, name, "ЦРБ, Чупров Г.Л., библиотекарь"]),
                ],
            })
        };
        let doc = read(vec![
            para("План работы библиотеки на май 2017 года"),
            para("Дата- 03.05.2017"),
            table("9-00", "«Животные на войне»"),
            para("Дата - 04.05.2017"),
            table("11-00", "«Читаем детям»"),
        ]);
        assert_eq!(start(&doc, 0), "2017-05-03");
        assert_eq!(start(&doc, 1), "2017-05-04");
        assert_eq!(doc.events[0].people[0].name, "Чупров Г.Л.");
        assert_eq!(doc.events[0].roles, vec!["librarian"]);
    }

    #[test]
    fn a_one_day_plan_dates_the_hours_of_its_time_and_place_column() {
        let doc = read(vec![
            para("План проведения шестого школьного дня"),
            para("на 30 октября 2021 года"),
            Block::Table(Table {
                rows: vec![
                    row(&[
                        "Наименование мероприятия",
                        "Время\nи место проведения",
                        "Возраст участников",
                        "Ответственный",
                    ]),
                    row(&[
                        "Интерактивная игра",
                        "11.00\n320 кабинет",
                        "3г класса",
                        "Заворотнюк А.А.",
                    ]),
                ],
            }),
        ]);
        assert_eq!(start(&doc, 0), "2021-10-30");
        assert_eq!(doc.events[0].location, "320 кабинет");
        assert_eq!(doc.events[0].people[0].name, "Заворотнюк А.А.");
        assert_eq!(doc.events[0].audience, "3г класса");
    }

    #[test]
    fn a_calendar_plan_of_educational_work_reads_its_deeds_and_classes_columns() {
        let doc = read(vec![
            para("КАЛЕНДАРНЫЙ ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ НА 2023-2024 УЧЕБНЫЙ ГОД"),
            Block::Table(Table {
                rows: vec![
                    row(&["Дела", "Классы", "Дата", "Ответственные"]),
                    // A section row: one cell merged across the table.
                    (0..4)
                        .map(|i| Cell {
                            text: "Модуль «Основные школьные дела»".into(),
                            merged_from_left: i > 0,
                            ..Default::default()
                        })
                        .collect(),
                    row(&[
                        "Школьные соревнования по футболу",
                        "5-9",
                        "2-4 октября",
                        "Учителя физкультуры",
                    ]),
                ],
            }),
        ]);
        assert_eq!(doc.events.len(), 1);
        assert_eq!(start(&doc, 0), "2023-10-02");
        assert_eq!(doc.events[0].roles, vec!["teacher"]);
        assert_eq!(doc.events[0].audience, "5-9");
    }

    #[test]
    fn a_week_grid_dates_each_weekday_column_in_the_week_of_its_title() {
        let merged = |t: &str| Cell {
            text: t.into(),
            merged_from_left: true,
            ..Default::default()
        };
        let mut aims = row(&["MỤC TIÊU", "- Trẻ múa diễn cảm."]);
        aims.extend((0..2).map(|_| merged("- Trẻ múa diễn cảm.")));
        let mut routine = row(&["ĐÓN TRẺ", "Cô đón trẻ"]);
        routine.extend((0..2).map(|_| merged("Cô đón trẻ")));
        let doc = read(vec![
            para("KẾ HOẠCH HOẠT ĐỘNG THÁNG 5 LỚP LÁ"),
            para("(TỪ 16/05/2022 - 20/05/2022)"),
            Block::Table(Table {
                rows: vec![
                    row(&["Hoạt Động", "THỨ 2", "THỨ 3", "THỨ 4"]),
                    row(&["GIỜ HỌC", "Bé múa", "", "Bé dán khung ảnh"]),
                    aims,
                    routine,
                ],
            }),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["Bé múa", "Bé dán khung ảnh"]);
        assert_eq!(start(&doc, 0), "2022-05-16");
        assert_eq!(start(&doc, 1), "2022-05-18");
    }

    #[test]
    fn a_month_by_weeks_dates_a_weekday_row_in_each_weeks_column_with_its_teacher() {
        let week = |head: &str, teacher: &str| Cell {
            text: format!("{head}\nGiáo viên\n{teacher}"),
            paragraphs: vec![head.into(), "Giáo viên".into(), teacher.into()],
            ..Default::default()
        };
        let merged = |t: &str| Cell {
            text: t.into(),
            merged_from_left: true,
            ..Default::default()
        };
        let mut routine = row(&["Đón trẻ", "", "Cô đón trẻ"]);
        routine.extend((0..2).map(|_| merged("Cô đón trẻ")));
        let doc = read(vec![
            para("KẾ HOẠCH HOẠT ĐỘNG THÁNG 11 KHỐI CHỒI"),
            Block::Table(Table {
                rows: vec![
                    row(&["Hoạt động", "", "Thời gian", "", ""]),
                    vec![
                        Cell::default(),
                        Cell::default(),
                        week("Tuần I ( Từ ngày 31/10- 4/11/2016)", "Nguyễn Thị Giáp"),
                        // The start is a typo: the week is read back from its end.
                        week("Tuần II ( Từ ngày 7/10- 11/11/2016)", "Nguyễn Thị Nhung"),
                        week("Tuần III ( Từ ngày 14/11-18/11/2016)", "Nguyễn Thị Giáp"),
                    ],
                    routine,
                    row(&[
                        "Hoạt động học",
                        "Thứ 2",
                        "Khám phá Công nhân",
                        "Khám phá Cô giáo",
                        "Khám phá Mừng ngày 20/11",
                    ]),
                ],
            }),
        ]);
        let starts: Vec<String> = (0..doc.events.len()).map(|i| start(&doc, i)).collect();
        assert_eq!(starts, ["2016-10-31", "2016-11-07", "2016-11-14"]);
        assert_eq!(doc.events[1].people[0].name, "Nguyễn Thị Nhung");
        assert_eq!(doc.events[2].title, "Khám phá Mừng ngày 20/11");
    }

    #[test]
    fn a_weekly_schedule_lists_each_line_of_a_half_day_cell_on_its_day() {
        let bullets = |ps: &[&str]| Cell {
            text: ps.join("\n"),
            paragraphs: ps.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        };
        let doc = read(vec![
            para("LỊCH CÔNG TÁC TUẦN 12"),
            para("(Từ ngày 30/10 đến 04/11/2017)"),
            Block::Table(Table {
                rows: vec![
                    row(&["THỨ", "SÁNG", "CHIỀU"]),
                    vec![
                        Cell {
                            text: "HAI\n30/10".into(),
                            ..Default::default()
                        },
                        bullets(&["• Tiết 1: SHTT tại sân trường.", "• Họp tổ CM."]),
                        bullets(&["• Tiết 2: Đ/c Minh dạy 10A2."]),
                    ],
                ],
            }),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Tiết 1: SHTT tại sân trường.",
                "Họp tổ CM.",
                "Tiết 2: Đ/c Minh dạy 10A2."
            ]
        );
        assert_eq!(start(&doc, 2), "2017-10-30");
        // A day written without its date is the plan's week's.
        let doc = read(vec![
            para("LỊCH CÔNG TÁC TUẦN 12"),
            para("(Từ ngày 30/10 đến 04/11/2017)"),
            Block::Table(Table {
                rows: vec![
                    row(&["THỨ", "SÁNG", "CHIỀU"]),
                    row(&["Thứ ba", "Họp tổ CM.", ""]),
                ],
            }),
        ]);
        assert_eq!(start(&doc, 0), "2017-10-31");
    }

    #[test]
    fn a_row_with_a_day_per_line_holds_an_event_per_line_named_with_its_lead_in() {
        let doc = read(vec![
            para("План воспитательной работы класса на 2026-2027 учебный год"),
            Block::Table(Table {
                rows: vec![
                    row(&["№ п/п", "Мероприятие", "Сроки"]),
                    row(&[
                        "3",
                        "Общий сбор организаций:\nДО «Солнышко»\nДО «Галактика»",
                        "25.09\n24.09",
                    ]),
                    row(&["4", "День Знаний\nТоржественная линейка", "1.09"]),
                ],
            }),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Общий сбор организаций: ДО «Солнышко»",
                "Общий сбор организаций: ДО «Галактика»",
                "День Знаний\nТоржественная линейка"
            ]
        );
        assert_eq!(start(&doc, 1), "2026-09-24");
    }

    #[test]
    fn a_weekday_under_the_day_dates_every_event_of_a_packed_row() {
        let ps = |ps: &[&str]| Cell {
            text: ps
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n"),
            paragraphs: ps.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        };
        let doc = read(vec![
            para("План мероприятий Недели детской книги 2022 года"),
            Block::Table(Table {
                rows: vec![
                    row(&["Дата", "Название мероприятия", "Ответственные"]),
                    vec![
                        ps(&["22.03", "", "вт"]),
                        ps(&["Рисунки детей", "", "Устный журнал"]),
                        ps(&["Прокопчик Е.Н.", "", "Лозюк М.Г."]),
                    ],
                ],
            }),
        ]);
        assert_eq!(doc.events.len(), 2);
        assert_eq!(start(&doc, 1), "2022-03-22");
    }

    #[test]
    fn a_first_meeting_after_its_month_is_no_part_of_the_title() {
        let doc = read(vec![
            para("План работы методического объединения учителей «Филология»"),
            para("СЕНТЯБРЬ. Заседание МО №1"),
            para("1.Анализ работы МО за прошедший год"),
            para("НОЯБРЬ. Заседание МО №2"),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["Заседание МО №1", "Заседание МО №2"]);
    }

    #[test]
    fn lettered_lines_under_a_task_are_its_agenda_and_a_heading_row_over_dash_rows_no_event() {
        let doc = read(vec![
            para("План работы библиотеки на 2026 год"),
            Block::Table(Table {
                rows: vec![
                    row(&["№", "Мероприятие", "Сроки"]),
                    row(&[
                        "13",
                        "Проводить беседы с читателями.\nа) оформление плакатов.\nб) ответственность за ущерб.",
                        "Постоянно",
                    ]),
                    row(&["5.", "Участие библиотек в мероприятиях Дня города:", ""]),
                    row(&["", "- открытии филиала N 8", "сентябрь"]),
                    row(&["", "- цикле творческих встреч", "в течение года"]),
                ],
            }),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Проводить беседы с читателями.",
                "- открытии филиала N 8",
                "- цикле творческих встреч"
            ]
        );
        assert_eq!(doc.events[0].agenda.len(), 2);
    }

    #[test]
    fn a_board_plan_whose_title_header_is_unknown_reads_by_its_cells() {
        let header = || {
            row(&[
                "№ п/п",
                "Предмет рассмотрения",
                "Вопросы к обсуждению",
                "Сроки",
                "Ответственные",
            ])
        };
        let doc = read(vec![
            para("План работы попечительского совета гимназии на 2026-2027 учебный год"),
            Block::Table(Table {
                rows: vec![
                    header(),
                    row(&["1", "2", "3", "4", "5"]),
                    row(&[
                        "1.",
                        "Заседание совета № 1",
                        "1. Утверждение плана на 2026-2027 учебный год.\n2. Выборы секретаря.",
                        "Сентябрь",
                        "Председатель совета",
                    ]),
                    row(&[
                        "2.",
                        "Заседание совета № 2",
                        "1. Итоги приёма к 1 сентября.\n2. Питание учащихся.",
                        "Декабрь",
                        "Директор",
                    ]),
                ],
            }),
            // The next page's table repeats the header: no event.
            Block::Table(Table {
                rows: vec![
                    header(),
                    row(&[
                        "3.",
                        "Заседание совета № 3",
                        "1. Летний отдых.\n2. Ремонт к новому году.",
                        "Май",
                        "Председатель совета",
                    ]),
                ],
            }),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Заседание совета № 1",
                "Заседание совета № 2",
                "Заседание совета № 3"
            ]
        );
        let starts: Vec<String> = (0..3).map(|i| start(&doc, i)).collect();
        assert_eq!(starts, ["2026-09-01", "2026-12-01", "2027-05-01"]);
        assert_eq!(doc.events[0].agenda.len(), 2);
        // The trace says what read it and why the title column is the second.
        let reading = doc.reading.as_ref().map(|r| r.layouts.clone());
        assert_eq!(reading, Some(vec!["header-table".to_string()]));
        let title = doc
            .reading
            .iter()
            .flat_map(|r| &r.columns)
            .find(|c| c.field == "title")
            .map(|c| (c.column, c.by));
        assert_eq!(title, Some((1, crate::plan::ChosenBy::Content)));
        // And it warns, once, at the header's row, that the title column was a guess.
        let doubts: Vec<(Option<usize>, Option<&str>)> = doc
            .warnings
            .iter()
            .filter(|w| matches!(w.kind, Some(WarningKind::ColumnByContent { .. })))
            .map(|w| (w.row, w.column.as_deref()))
            .collect();
        assert_eq!(doubts, [(Some(2), Some("title"))]);
    }

    #[test]
    fn a_table_no_layout_understands_is_read_by_its_cells_with_warnings_not_refused() {
        let doc = read(vec![
            para("Kế hoạch hoạt động năm học 2016-2017"),
            Block::Table(Table {
                rows: vec![
                    row(&["Khai giảng năm học mới", "Ban giám hiệu"]),
                    row(&["Họp phụ huynh đầu năm", "Giáo viên chủ nhiệm"]),
                ],
            }),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["Khai giảng năm học mới", "Họp phụ huynh đầu năm"]);
        let layouts = doc.reading.as_ref().map(|r| r.layouts.clone());
        assert_eq!(layouts, Some(vec!["unknown-table".to_string()]));
        let columns: Vec<Option<&str>> = doc
            .warnings
            .iter()
            .filter(|w| matches!(w.kind, Some(WarningKind::ColumnByContent { header: None })))
            .map(|w| w.column.as_deref())
            .collect();
        assert_eq!(columns, [Some("title"), Some("responsible")]);
    }

    #[test]
    fn a_row_whose_timing_cell_reads_as_none_beside_a_date_in_another_column_warns() {
        let doc = read(vec![
            para("План работы библиотеки на 2026-2027 учебный год"),
            Block::Table(Table {
                rows: vec![
                    row(&["№", "Мероприятие", "Сроки", "Примечание"]),
                    row(&["1", "Выставка книг", "октябрь", ""]),
                    row(&["2", "Конкурс чтецов", "по согласованию", "март"]),
                ],
            }),
        ]);
        let competing: Vec<(Option<usize>, Option<&str>)> = doc
            .warnings
            .iter()
            .filter(|w| matches!(w.kind, Some(WarningKind::ColumnsCompete { other: 4 })))
            .map(|w| (w.event, w.column.as_deref()))
            .collect();
        assert_eq!(competing, [(Some(1), Some("timing"))]);
    }

    #[test]
    fn a_totals_row_is_no_event() {
        let doc = read(vec![
            para("DỰ KIẾN CÁC CHỦ ĐỀ NĂM HỌC 2020-2021"),
            Block::Table(Table {
                rows: vec![
                    row(&["STT", "Tên chủ đề", "Thời gian thực hiện"]),
                    row(&["1", "Bé và các bạn", "7/9 – 25/9/2020"]),
                    row(&["", "TỔNG CỘNG", "35 tuần"]),
                ],
            }),
        ]);
        assert_eq!(doc.events.len(), 1);
    }

    #[test]
    fn a_table_with_no_header_row_is_read_by_its_dates() {
        let doc = read(vec![
            para("Spring Term 2023"),
            Block::Table(Table {
                rows: vec![
                    row(&["Tuesday 3rd January", "INSET day"]),
                    row(&["Wednesday 4th January", "School re-opens"]),
                    row(&["Friday 27th January", "Year 2 trip"]),
                ],
            }),
        ]);
        assert_eq!(doc.events.len(), 3);
        assert_eq!(start(&doc, 0), "2023-01-03");
    }

    #[test]
    fn each_dash_item_under_a_day_heading_is_an_event_of_that_day() {
        let doc = read(vec![
            para("KẾ HOẠCH TỰU TRƯỜNG NĂM HỌC 2025 - 2026"),
            para("1. Lịch tựu trường"),
            para("a) Ngày 28 tháng 8 năm 2025 (Thứ năm)"),
            para("- Khối lớp 6: Từ 7h30 - 9h30"),
            para("b) Các ngày 29 tháng 8 năm 2025 (Thứ sáu)"),
            para("- Buổi sáng: khối 7 và khối 9: từ 7h30 - 9h00"),
            para("- Buổi chiều: khối 6 và khối 8: từ 14h00 - 15h30"),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(doc.events.len(), 3, "{titles:?}");
        assert_eq!(start(&doc, 0), "2025-08-28");
        assert_eq!(start(&doc, 2), "2025-08-29");
        assert!(
            titles[2].starts_with("Buổi chiều: khối 6 và khối 8"),
            "{titles:?}"
        );
    }

    #[test]
    fn dash_tasks_under_a_numbered_activity_heading_of_a_month_plan_span_its_month() {
        let doc = read(vec![
            para("LIÊN ĐỘI TR. TIỂU HỌC LƯƠNG THẾ VINH"),
            para("***      Kon Tum, ngày 03 tháng 09 năm 2013"),
            para("Kế hoạch công tác đội – sao tháng 09 năm  2013"),
            para("* Chủ điểm tháng: Truyền thống nhà trường"),
            para("1/ Sinh hoạt chủ điểm trong tháng:"),
            para("- Học sinh học nội qui của học sinh"),
            para("- Các lớp tiến hành đại hội chi đội (22/09/2013 vào tiết sinh hoạt lớp)"),
            para("- Tổ chức kỷ niệm 74 năm ngày Nha Trang kháng chiến (23/10/1945 - 23/10/2013)."),
        ]);
        let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles.len(), 3, "{titles:?}");
        assert_eq!(start(&doc, 0), "2013-09-01");
        // A bracket that opens with one day dates its item; an anniversary's years do not.
        assert_eq!(start(&doc, 1), "2013-09-22");
        assert_eq!(start(&doc, 2), "2013-09-01");
    }

    #[test]
    fn a_news_page_is_dated_by_its_written_period_not_a_holidays_name_or_a_letters_date() {
        let doc = read(vec![
            para("[Ступино-News ]"),
            para("Информация ГИБДД: \"Зимние каникулы\""),
            para(
                "В период с 21 декабря 2009 года по 11 января 2010 года проводится \
                 профилактическое мероприятие «Зимние каникулы».",
            ),
        ]);
        assert_eq!(start(&doc, 0), "2009-12-21");
        let doc = read(vec![
            para("Phối hợp tuyên truyền Tháng hành động vì trẻ em năm 2019"),
            para(
                "HNP - Ngày 13/5, Sở GTVT đã ban hành Công văn số 4046/SGTVT-QLKCHTGT. \
                 UBND Thành phố tổ chức Lễ phát động vào ngày 28/5/2019 tại huyện Ba Vì.",
            ),
        ]);
        assert_eq!(start(&doc, 0), "2019-05-28");
    }

    #[test]
    fn a_dated_page_no_sentence_names_is_named_by_its_first_line_not_refused() {
        let doc = read(vec![
            para("12:11 Неделя детской и юношеской книги | |"),
            para("КНИЖКИНА НЕДЕЛЯ ПРИГЛАШАЕТ! С 24 по 31 марта ежегодно"),
            para("в библиотеках России проходит праздник."),
        ]);
        assert_eq!(doc.events.len(), 1);
        assert_eq!(doc.events[0].title, "Неделя детской и юношеской книги");
        assert!(
            doc.warnings
                .iter()
                .any(|w| w.kind == Some(WarningKind::OneEventPlan) && w.event == Some(0))
        );
    }

    #[test]
    fn numbers_as_written_become_keys() {
        assert_eq!(
            leading_number("1. Текст"),
            Some(("1".into(), "Текст".into()))
        );
        assert_eq!(
            leading_number("2. 1. Развитие"),
            Some(("2.1".into(), "Развитие".into()))
        );
        assert_eq!(
            leading_number("13 . Участие"),
            Some(("13".into(), "Участие".into()))
        );
        assert_eq!(
            leading_number("1.1. Giữa thư viện"),
            Some(("1.1".into(), "Giữa thư viện".into()))
        );
        assert_eq!(
            leading_number("III. Nội dung phối hợp"),
            Some(("III".into(), "Nội dung phối hợp".into()))
        );
        assert_eq!(leading_number("8."), Some(("8".into(), "".into())));
        assert_eq!(leading_number("80-летию Победы"), None);
        assert_eq!(
            leading_number("1/ Sinh hoạt chủ điểm trong tháng:"),
            Some(("1".into(), "Sinh hoạt chủ điểm trong tháng:".into()))
        );
        assert_eq!(leading_number("20/11 Ngày Nhà giáo Việt Nam"), None);
    }
}

/// Any document shape, any cell text: the interpreter answers with a plan or an error, never
/// a panic. Cell texts are drawn from the pieces real plans are made of (headers, months,
/// dates, brackets, list labels, names) mixed with arbitrary strings, so the search reaches
/// the section-row, packed-row, bracket and diary rules rather than stopping at "no plan".
#[cfg(test)]
mod robustness {
    use super::*;
    use crate::import::source::{Block, Cell, Paragraph, Table};
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "№",
        "Мероприятие",
        "Сроки",
        "Ответственный",
        "Nội dung",
        "Thời gian",
        "TUẦN",
        "THÁNG",
        "Event",
        "Date",
        "Сентябрь",
        "8/2019",
        "Từ05 - 31/8",
        "(05/8)",
        "1.",
        "1.1.",
        "- ",
        "• ",
        "Иванова А.А.",
        "2024-2025",
        "Spring Term 2025",
        "Monday 6th January",
        " – ",
        "(",
        ")",
        "\n",
        "\n\n",
        "на 2022 год",
        "Tuần 2",
        "21.03",
        "ВОВ 1941-1945",
        "31/2",
        "III.",
        "Заседание №1",
        "HALF TERM - Monday 13th to",
        "ngày 28 tháng 9 năm 2016",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => proptest::collection::vec(proptest::sample::select(PIECES), 0..5)
                .prop_map(|v| v.concat()),
            1 => ".{0,24}",
        ]
    }

    fn cell() -> impl Strategy<Value = Cell> {
        (text(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(t, split, up, left)| {
            Cell {
                paragraphs: match split {
                    true => t.split('\n').map(str::to_string).collect(),
                    false => Vec::new(),
                },
                text: t,
                merged_from_above: up,
                merged_from_left: left,
            }
        })
    }

    fn block() -> impl Strategy<Value = Block> {
        prop_oneof![
            (text(), any::<bool>()).prop_map(|(text, bold)| Block::Paragraph(Paragraph {
                text,
                bold,
                ..Default::default()
            })),
            proptest::collection::vec(proptest::collection::vec(cell(), 0..5), 0..7)
                .prop_map(|rows| Block::Table(Table { rows })),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn any_document_shape_never_panics(
            blocks in proptest::collection::vec(block(), 0..8),
            today in any::<bool>(),
            lang in proptest::option::of(prop_oneof![Just(Lang::Ru), Just(Lang::Vi), Just(Lang::En)]),
        ) {
            let options = ImportOptions {
                lang,
                today: today.then(|| chrono::NaiveDate::from_ymd_opt(2026, 11, 29)).flatten(),
                ..ImportOptions::new(Slug::parse("x").unwrap())
            };
            let _ = interpret(&SourceDoc { blocks }, "plan.docx", &options);
        }

        #[test]
        fn any_bytes_under_any_name_never_panic(
            bytes in proptest::collection::vec(any::<u8>(), 0..3000),
            name in prop_oneof![Just("p.docx"), Just("p.xlsx"), Just("p.csv"), Just("p.txt"), Just("p.ods"), Just("p")],
        ) {
            let options = ImportOptions::new(Slug::parse("x").unwrap());
            let _ = crate::import::parse(&bytes, name, &options);
        }
    }
}
