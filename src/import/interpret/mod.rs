//! Finding the plan in a document: its title and academic year, owner and partners, goals,
//! sections and events, from tables (header detected by meaning, columns in any order) or
//! from numbered paragraphs and bullets when the plan has no table.

mod dating;
mod people;
mod vocab;

use std::collections::BTreeMap;

pub use people::{normalise_org_name, org_names};
use vocab::Field;

use super::source::{Block, Cell, Paragraph, SourceDoc};
use super::{ImportError, ImportOptions};
use crate::plan::{EventDoc, ImportWarning, Lang, PartnerRef, PlanDocument, SectionDoc, Slug};
use crate::timing::{self, Context};

/// One row of events as found, before timings are read.
struct RawEvent {
    row: usize,
    number: Option<String>,
    section: Option<String>,
    title: String,
    timing: String,
    /// The timing was found inside the title, not in a timing column.
    timing_from_title: bool,
    location: String,
    responsible: String,
    result: String,
    notes: String,
    agenda: Vec<String>,
    agenda_people: Vec<crate::plan::PersonRef>,
}

impl RawEvent {
    fn new(row: usize, title: String) -> Self {
        RawEvent {
            row,
            number: None,
            section: None,
            title,
            timing: String::new(),
            timing_from_title: false,
            location: String::new(),
            responsible: String::new(),
            result: String::new(),
            notes: String::new(),
            agenda: Vec::new(),
            agenda_people: Vec::new(),
        }
    }
}

fn header_field(text: &str) -> Option<Field> {
    let n = people::norm(text);
    let n = n.trim_matches(|c: char| c == '.' || c == ':' || c.is_whitespace());
    if n.is_empty() || n.chars().count() > 60 {
        return None;
    }
    vocab::HEADERS
        .iter()
        .find(|(w, _)| {
            n == *w || n.starts_with(&format!("{w} ")) || n.starts_with(&format!("{w},"))
        })
        .map(|(_, f)| *f)
}

/// The columns of a header row, if the row is one.
fn header_row(cells: &[Cell]) -> Option<BTreeMap<Field, usize>> {
    let mut map = BTreeMap::new();
    for (i, c) in cells.iter().enumerate() {
        if c.merged_from_left {
            continue;
        }
        if let Some(f) = header_field(&c.text) {
            map.entry(f).or_insert(i);
        }
    }
    let has_title = map.contains_key(&Field::Title);
    let known = map.len();
    (has_title && known >= 2).then_some(map)
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

fn detect_lang(text: &str) -> Lang {
    let cyr = text
        .chars()
        .filter(|c| ('\u{0400}'..='\u{04FF}').contains(c))
        .count();
    let vi = text
        .chars()
        .filter(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(*c))
        .count();
    if cyr >= vi && cyr > 0 {
        Lang::Ru
    } else if vi > 0 {
        Lang::Vi
    } else {
        Lang::En
    }
}

/// A table whose rows all hold at most one non-empty cell is really paragraphs.
fn as_paragraphs(rows: &[Vec<Cell>]) -> Option<Vec<String>> {
    rows.iter()
        .all(|r| r.iter().filter(|c| !c.text.trim().is_empty()).count() <= 1)
        .then(|| {
            rows.iter()
                .filter_map(|r| {
                    r.iter()
                        .find(|c| !c.text.trim().is_empty())
                        .map(|c| c.text.clone())
                })
                .collect()
        })
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

/// Reads events from the rows of a table.
fn table_events(
    rows: &[Vec<Cell>],
    row_base: usize,
    sections: &mut Sections,
    current_section: &mut Option<String>,
    columns: &mut Option<BTreeMap<Field, usize>>,
    out: &mut Vec<RawEvent>,
    warnings: &mut Vec<ImportWarning>,
) {
    let mut map: Option<BTreeMap<Field, usize>> = columns.clone();
    let mut pending_number: Option<String> = None;
    let mut last_timing = String::new();
    for (r, row) in rows.iter().enumerate() {
        let row_no = row_base + r + 1;
        if let Some(h) = header_row(row) {
            if columns.is_none() {
                *columns = Some(h.clone());
            }
            map = Some(h);
            last_timing.clear();
            continue;
        }
        let Some(m) = &map else { continue };
        let filled: Vec<&Cell> = row
            .iter()
            .filter(|c| !c.text.trim().is_empty() && !c.merged_from_left)
            .collect();
        if filled.is_empty() {
            continue;
        }
        let cell = |f: Field| {
            m.get(&f)
                .and_then(|&i| row.get(i))
                .map(|c| c.text.trim().to_string())
                .unwrap_or_default()
        };
        let all_same = row.len() > 1 && row.iter().all(|c| c.text == row[0].text);
        // A section row spans the table (or is the only filled cell and is numbered).
        if filled.len() == 1 && (all_same || row.len() == 1 || m.len() >= 3) {
            let text = filled[0].text.trim();
            match leading_number(text) {
                Some((key, title)) if !title.is_empty() && title.chars().count() > 3 => {
                    sections.add(&key, &title);
                    *current_section = Some(key);
                    continue;
                }
                Some((key, _)) if row.len() == 1 => {
                    // "1." alone: its row goes on after a blank line.
                    pending_number = Some(key);
                    continue;
                }
                _ if all_same || row.len() == 1 => continue,
                _ => {}
            }
        }
        let mut number = cell(Field::Number);
        let mut title = cell(Field::Title);
        let mut timing = cell(Field::Timing);
        // Rows gathered one cell per line may lack the number cell after a split.
        if row.len() + 1 == m.values().max().map(|v| v + 1).unwrap_or(0)
            && let Some(n) = pending_number.take()
        {
            let shifted = |f: Field| {
                m.get(&f)
                    .and_then(|&i| i.checked_sub(1))
                    .and_then(|i| row.get(i))
                    .map(|c| c.text.trim().to_string())
                    .unwrap_or_default()
            };
            number = n;
            title = shifted(Field::Title);
            timing = shifted(Field::Timing);
        }
        pending_number = None;
        let number = leading_number(&number).map(|(k, _)| k).or_else(|| {
            let n = number.trim().trim_end_matches('.').trim();
            (!n.is_empty()).then(|| n.to_string())
        });
        if title.is_empty() {
            if number.is_some() {
                continue; // an empty numbered row is no event
            }
            continue;
        }
        if number.is_some()
            && let Some((_, rest)) = leading_number(&title)
            && !rest.is_empty()
        {
            title = rest;
        }
        let responsible = cell(Field::Responsible);
        // An unnumbered row without timing under a meeting is an item of its agenda.
        if number.is_none()
            && timing.is_empty()
            && m.contains_key(&Field::Number)
            && let Some(prev) = out.last_mut()
            && vocab::MEETING_WORDS
                .iter()
                .any(|w| people::norm(&prev.title).contains(w))
        {
            prev.agenda.push(title.clone());
            let (found, _) = people::people(&responsible);
            prev.agenda_people.extend(found);
            continue;
        }
        if timing.is_empty() && m.contains_key(&Field::Timing) && !last_timing.is_empty() {
            timing = last_timing.clone();
        }
        if !timing.is_empty() {
            last_timing = timing.clone();
        } else if m.contains_key(&Field::Timing) {
            warnings.push(ImportWarning {
                row: Some(row_no),
                column: Some("timing".into()),
                message: "the timing cell is empty".into(),
            });
        }
        let mut e = RawEvent::new(row_no, title);
        e.number = number;
        e.section = current_section.clone();
        e.timing = timing;
        e.location = cell(Field::Location);
        e.responsible = responsible;
        e.result = cell(Field::Result);
        let audience = cell(Field::Audience);
        let form = cell(Field::Form);
        e.notes = [audience, form]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        out.push(e);
    }
}

/// "1. Заключение договора – сентябрь, директор …": title, timing and responsible split at
/// the dash after which a timing is read.
fn dash_event(text: &str, ctx: &Context) -> Option<(String, String, String)> {
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
        if !spaced {
            continue;
        }
        let parts: Vec<&str> = after.split(',').collect();
        let first = parts
            .first()
            .map(|p| p.trim().trim_end_matches('.'))
            .unwrap_or("");
        if first.is_empty() || timing::normalise(first, ctx).kind == timing::TimingKind::Unknown {
            continue;
        }
        // "ноябрь, декабрь, родители": the timing goes on while the parts are timings.
        let mut taken = 1;
        while parts
            .get(taken)
            .is_some_and(|p| timing::normalise(p.trim(), ctx).kind != timing::TimingKind::Unknown)
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

/// Finds the plan in a document.
pub fn interpret(
    doc: &SourceDoc,
    file_name: &str,
    options: &ImportOptions,
) -> Result<PlanDocument, ImportError> {
    // Everything as text once, for the language, the year and the title.
    let mut all_text = String::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => {
                all_text.push_str(&p.text);
                all_text.push('\n');
            }
            Block::Table(t) => {
                for r in &t.rows {
                    for c in r {
                        all_text.push_str(&c.text);
                        all_text.push('\t');
                    }
                    all_text.push('\n');
                }
            }
        }
    }
    let lang = options.lang.unwrap_or_else(|| detect_lang(&all_text));
    // Paragraphs in order, with one-cell "tables" (headers of text extractions) unfolded.
    enum Item<'a> {
        Para(Paragraph),
        Table(&'a [Vec<Cell>]),
    }
    let mut items: Vec<Item> = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => items.push(Item::Para(p.clone())),
            Block::Table(t) => match as_paragraphs(&t.rows) {
                Some(texts) => items.extend(texts.into_iter().map(|text| {
                    Item::Para(Paragraph {
                        text,
                        label: None,
                        level: 0,
                        bold: false,
                    })
                })),
                None => items.push(Item::Table(&t.rows)),
            },
        }
    }
    // Title: the first paragraph that starts like one, with the lines that complete it.
    let paras: Vec<(usize, &Paragraph)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, it)| {
            if let Item::Para(p) = it {
                Some((i, p))
            } else {
                None
            }
        })
        .collect();
    let title_at = paras
        .iter()
        .position(|(_, p)| {
            let n = people::norm(&p.text);
            vocab::TITLE_WORDS.iter().any(|w| n.starts_with(w))
        })
        .unwrap_or(0);
    let mut title_parts: Vec<String> = Vec::new();
    let mut title_end = title_at;
    for (k, (_, p)) in paras.iter().enumerate().skip(title_at).take(4) {
        let text = p
            .text
            .trim()
            .trim_start_matches('*')
            .trim_end_matches('*')
            .trim();
        if k > title_at
            && (text.chars().count() > 160
                || text.contains(':')
                || dating::academic_year(&title_parts.join(" ")).is_some())
        {
            break;
        }
        // A second title line that starts like a title is the fuller title
        // ("План работы на ноябрь" / "План работы МБУК «…» на ноябрь 2024 года").
        let n = people::norm(text);
        if k > title_at && vocab::TITLE_WORDS.iter().any(|w| n.starts_with(w)) {
            title_parts.clear();
        }
        title_parts.push(text.to_string());
        title_end = k;
        if dating::academic_year(text).is_some() {
            break;
        }
    }
    let title = title_parts
        .join(" ")
        .trim()
        .trim_end_matches('.')
        .trim()
        .to_string();
    let mut warnings: Vec<ImportWarning> = Vec::new();
    let first_table = items
        .iter()
        .position(|it| matches!(it, Item::Table(_)))
        .unwrap_or(items.len());
    let head: Vec<String> = paras
        .iter()
        .filter(|(i, _)| *i < first_table)
        .skip(title_end + 1)
        .take(30)
        .map(|(_, p)| p.text.clone())
        .collect();
    let opening: String = all_text.chars().take(2000).collect();
    let signed = all_text
        .split(['\n', '\t'])
        .find_map(|l| dating::dated_line(l, lang));
    let evidence = dating::Evidence {
        title: &title,
        head: &head,
        opening: &opening,
        dated: signed,
    };
    let found = dating::from_document(&evidence, lang);
    let dating =
        dating::decide(options.year, found, options.today, &mut warnings).ok_or_else(|| {
            ImportError::NoPlan("no academic year is written in the plan; give --year".into())
        })?;
    let year = dating.year;
    let ctx = dating.context(lang);

    let has_event_table = items
        .iter()
        .any(|it| matches!(it, Item::Table(rows) if rows.iter().any(|r| header_row(r).is_some())));
    let mut sections = Sections { tree: Vec::new() };
    let mut current_section: Option<String> = None;
    let mut columns: Option<BTreeMap<Field, usize>> = None;
    let mut raw: Vec<RawEvent> = Vec::new();
    let mut description: Vec<String> = Vec::new();
    let mut list_mode = false;
    let mut activity_heading = false;
    let mut bullets: Vec<RawEvent> = Vec::new();
    let mut row_base = 0;
    let title_item = paras.get(title_end).map(|(i, _)| *i);
    for (idx, item) in items.iter().enumerate() {
        match item {
            Item::Table(rows) => {
                table_events(
                    rows,
                    row_base,
                    &mut sections,
                    &mut current_section,
                    &mut columns,
                    &mut raw,
                    &mut warnings,
                );
                row_base += rows.len();
            }
            Item::Para(p) => {
                row_base += 1;
                if title_item.is_some_and(|t| idx <= t)
                    || paras.get(title_at).is_some_and(|(i, _)| idx < *i)
                {
                    continue;
                }
                let n = people::norm(&p.text);
                // "№, мероприятие, сроки, ответственные." opens a list of numbered events.
                if n.starts_with('№') && vocab::EVENT_LIST_HEADS.iter().any(|w| n.contains(w)) {
                    list_mode = true;
                    columns = Some(BTreeMap::from([
                        (Field::Number, 0),
                        (Field::Title, 1),
                        (Field::Timing, 2),
                        (Field::Responsible, 3),
                    ]));
                    continue;
                }
                let numbered = leading_number(&p.text);
                if let Some((key, rest)) = &numbered
                    && (list_mode || (!has_event_table && dash_event(rest, &ctx).is_some()))
                    && !rest.is_empty()
                {
                    let mut e = RawEvent::new(row_base, rest.clone());
                    e.number = Some(key.clone());
                    e.section = current_section.clone();
                    match dash_event(rest, &ctx) {
                        Some((t, timing, responsible)) => {
                            e.title = t;
                            e.timing = timing;
                            e.responsible = responsible;
                        }
                        None => {
                            // The timing may sit inside the title ("… на осенних каникулах
                            // 25.10.2025- 04.11.2026 –, работники …").
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
                    raw.push(e);
                    continue;
                }
                if let Some((key, rest)) = &numbered
                    && !rest.is_empty()
                    && rest.chars().count() < 120
                    && raw.is_empty()
                {
                    let heading_words = people::norm(rest);
                    activity_heading = vocab::ACTIVITY_HEADINGS
                        .iter()
                        .any(|w| heading_words.starts_with(w));
                    if activity_heading {
                        sections.add(key, rest.trim_end_matches('.'));
                        current_section = Some(key.clone());
                    }
                    description.push(p.text.clone());
                    continue;
                }
                if p.label.is_some() && activity_heading {
                    let mut e =
                        RawEvent::new(row_base, p.text.trim().trim_end_matches('.').to_string());
                    e.section = current_section.clone();
                    bullets.push(e);
                    continue;
                }
                if raw.is_empty() && columns.is_none() {
                    let text = match &p.label {
                        Some(l) => format!("{l} {}", p.text),
                        None => p.text.clone(),
                    };
                    description.push(text);
                }
            }
        }
    }
    if raw.is_empty() {
        raw = bullets;
    }
    if raw.is_empty() {
        return Err(ImportError::NoPlan(
            "no table with an event column (Мероприятие, Nội dung, Event…) and no numbered or bulleted list of events was found".into(),
        ));
    }

    // Owner and partners from the title: the first organization named is the owner.
    let title_orgs = people::org_names(&title);
    let mut partner_names: Vec<String> = title_orgs.iter().skip(1).cloned().collect();
    let owner_key = title_orgs.first().map(|o| crate::plan::org_match_key(o));

    let mut events = Vec::with_capacity(raw.len());
    for r in raw {
        let mut timing_text = r.timing.clone();
        let mut title = r.title.clone();
        let mut when = None;
        if timing_text.is_empty()
            && let Some((range, t)) = timing::find_in_sentence(&title, &ctx)
        {
            timing_text = title[range.clone()].trim().to_string();
            let mut cut = title.clone();
            cut.replace_range(range, " ");
            let cut = cut.split_whitespace().collect::<Vec<_>>().join(" ");
            let cut = cut
                .trim()
                .trim_end_matches([',', '.', ';', ' '])
                .trim()
                .to_string();
            // A title that was only the timing keeps its words.
            if cut.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                title = cut;
            }
            when = Some(t);
        }
        let _ = r.timing_from_title;
        let when = when.unwrap_or_else(|| timing::normalise(&timing_text, &ctx));
        for w in &when.warnings {
            warnings.push(ImportWarning {
                row: Some(r.row),
                column: Some("timing".into()),
                message: format!("{:?}: {w}", timing_text),
            });
        }
        if when.kind == timing::TimingKind::Unknown && !timing_text.trim().is_empty() {
            warnings.push(ImportWarning {
                row: Some(r.row),
                column: Some("timing".into()),
                message: format!(
                    "no date could be read from {timing_text:?}; the event stays undated"
                ),
            });
        }
        let (mut found_people, rest) = people::people(&r.responsible);
        found_people.extend(r.agenda_people.iter().cloned());
        let (mut roles, _unknown) = people::roles(&rest);
        let mut partners: Vec<String> = people::org_names(&r.responsible);
        if r.responsible.trim().is_empty() {
            // Plans without a responsible column name roles and partners in the sentence.
            roles = people::mentioned_roles(&title);
            partners.extend(people::named_places(&title));
        }
        for p in &found_people {
            if let Some(o) = &p.org {
                partners.push(normalise_org_name(o));
            }
        }
        let location_org = people::place_org(&r.location);
        if let Some(o) = &location_org {
            partners.push(o.clone());
        }
        for extra in r.location.lines().skip(1).filter_map(people::place_org) {
            partners.push(extra);
        }
        // The owner is not its own partner.
        partners.retain(|p| owner_key.as_deref() != Some(crate::plan::org_match_key(p).as_str()));
        let mut seen = Vec::new();
        partners.retain(|p| {
            let k = crate::plan::org_match_key(p);
            let fresh = !seen.contains(&k);
            seen.push(k);
            fresh
        });
        for p in &partners {
            if !partner_names
                .iter()
                .any(|x| crate::plan::org_match_key(x) == crate::plan::org_match_key(p))
            {
                partner_names.push(p.clone());
            }
        }
        let mut e = EventDoc::new(title, timing_text);
        e.number = r.number;
        e.section = r.section;
        e.when = Some(when);
        e.location = r.location;
        e.location_org = location_org;
        e.responsible = r.responsible;
        e.roles = roles;
        e.people = found_people;
        e.partners = partners;
        e.result = r.result;
        e.notes = r.notes;
        e.agenda = r.agenda;
        events.push(e);
    }
    // Events may point only at sections that exist.
    let mut flat = Vec::new();
    SectionDoc::flatten(&sections.tree, None, &mut flat);
    let keys: Vec<String> = flat.iter().map(|(s, _)| s.key.clone()).collect();
    for e in &mut events {
        if e.section.as_ref().is_some_and(|s| !keys.contains(s)) {
            e.section = None;
        }
    }
    let columns = columns.map(|m| {
        m.into_iter()
            .map(|(f, i)| (f.name().to_string(), i))
            .collect()
    });
    Ok(PlanDocument {
        id: None,
        org: options.org.clone(),
        title: if title.is_empty() {
            file_name.to_string()
        } else {
            title
        },
        academic_year: match dating.fixed {
            true => year,
            false => dating::year_of_dates(events.iter().filter_map(|e| e.when.as_ref()?.start))
                .unwrap_or(year),
        },
        partners: partner_names
            .into_iter()
            .map(|name| PartnerRef {
                slug: Some(Slug::from_name(&name).to_string()),
                name,
            })
            .collect(),
        description: description.join("\n\n"),
        source: Some(file_name.to_string()),
        owner_name: None,
        lang: Some(lang),
        sections: sections.tree,
        events,
        warnings,
        columns,
        created_at: None,
        updated_at: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn headers_are_recognised_by_meaning_in_any_order() {
        let cells: Vec<Cell> = ["Дата", "Место проведения", "Мероприятие", "Ответственный"]
            .iter()
            .map(|t| Cell {
                text: t.to_string(),
                ..Default::default()
            })
            .collect();
        let m = header_row(&cells).unwrap();
        assert_eq!(m[&Field::Timing], 0);
        assert_eq!(m[&Field::Title], 2);
        assert_eq!(m[&Field::Responsible], 3);
        let vi: Vec<Cell> = ["STT", "Nội dung", "Thời gian", "Người phụ trách"]
            .iter()
            .map(|t| Cell {
                text: t.to_string(),
                ..Default::default()
            })
            .collect();
        assert_eq!(header_row(&vi).unwrap().len(), 4);
    }
}
