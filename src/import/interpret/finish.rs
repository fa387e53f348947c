//! Rows as found become events: the timing read in the row's context (the month of its
//! section row, or of the plan), a timing inside the title cut out of it, and the
//! responsible text split into roles, people and partners. The same split serves plans that
//! arrive as JSON (`fill_from_responsible`), so every way a plan enters reads it alike.

use super::evidence::TimingMemo;
use super::{RawEvent, people, vocab};
use crate::plan::WarningKind;
use crate::plan::{EventDoc, ImportWarning, PersonRef, PlanDocument, org_match_key};
use crate::timing::{self, Context, Timing, TimingKind, TimingNote};

/// The timing of a row: its own cell; else the plan's span when it has one (dates inside
/// the sentence are then occasions: "thi kể chuyện về ngày 20/10"); else a timing found in
/// the first line of its title.
fn timing_of(
    r: &RawEvent,
    ctx: &Context,
    period: Option<&Timing>,
    memo: &mut TimingMemo,
) -> (String, String, Timing, Vec<TimingNote>) {
    let ctx = r.ctx.as_ref().unwrap_or(ctx);
    let ctx = match r.month {
        Some(m) => ctx.with_month(Some(m)),
        None => *ctx,
    };
    if !r.timing.is_empty() {
        // The table's steps may have read this text already: the answer is kept.
        let (when, notes) = memo.read(&r.timing, &ctx).as_ref().clone();
        // "19 Kindergarten Social" in a row of August: the item's own day of that month.
        if let Some((timing, title)) = super::dating::day_led_in_month(&r.title, &when) {
            let (when, notes) = memo.read(&timing, &ctx).as_ref().clone();
            return (title, timing, when, notes);
        }
        let n = r.timing.to_lowercase();
        let whole_plan = vocab::PLAN_SPAN_WORDS.iter().any(|w| n.contains(w));
        return match (when.kind(), period) {
            (TimingKind::Unknown, Some(p)) if whole_plan => {
                (r.title.clone(), r.timing.clone(), p.clone(), Vec::new())
            }
            (TimingKind::Unknown, Some(p)) => match hour_on_plan_day(&r.timing, p, &ctx) {
                Some((when, notes)) => (r.title.clone(), r.timing.clone(), when, notes),
                None => (r.title.clone(), r.timing.clone(), when, notes),
            },
            _ => (r.title.clone(), r.timing.clone(), when, notes),
        };
    }
    if let Some(p) = period {
        return (r.title.clone(), String::new(), p.clone(), Vec::new());
    }
    // Only the title's first line: years in an agenda ("итоги 2020/2021 года") are not the
    // event's date.
    let first_line = r.title.lines().next().unwrap_or("");
    if let Some((range, t, notes)) = timing::find_in_sentence_noted(first_line, &ctx) {
        let mut cut = first_line.to_string();
        cut.replace_range(range.clone(), " ");
        let cut = cut.split_whitespace().collect::<Vec<_>>().join(" ");
        let cut = cut.trim().trim_end_matches([',', '.', ';', ' ']).trim();
        // A title that was only the timing keeps its words.
        let title = match cut.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            true => r.title.replacen(first_line, cut, 1),
            false => r.title.clone(),
        };
        return (title, first_line[range].trim().to_string(), t, notes);
    }
    (
        r.title.clone(),
        String::new(),
        timing::normalise("", &ctx),
        Vec::new(),
    )
}

/// "… встреча с сотрудниками библиотеки. Подробнее…": a web page's "read more" link after
/// the text is no part of the title.
fn without_more_link(title: &str) -> &str {
    let t = title.trim_end();
    let Some(lower) = people::same_length_lowercase(t) else {
        return title;
    };
    let trimmed = lower.trim_end_matches(['.', '…', '»', '>', ' ']);
    // The link follows a finished sentence; "Беседа «Узнай подробнее»" keeps its words.
    let after_sentence = |l: &&&str| {
        t[..trimmed.len() - l.len()]
            .trim_end()
            .ends_with(['.', '!', '?', '…'])
    };
    vocab::MORE_LINKS
        .iter()
        .filter(|l| trimmed.ends_with(*l) && trimmed.len() > l.len())
        .find(after_sentence)
        .map_or(title, |l| t[..trimmed.len() - l.len()].trim_end())
}

/// A timing that is only an hour ("10.00") in a plan of one day ("План … на 30 октября
/// 2021 года"): that day at that hour.
fn hour_on_plan_day(
    text: &str,
    period: &Timing,
    ctx: &Context,
) -> Option<(Timing, Vec<TimingNote>)> {
    let day = period.start().filter(|d| period.end() == Some(*d))?;
    let (hour, rest) = super::dating::leading_clock(text)?;
    if !rest.is_empty() {
        return None;
    }
    let (when, notes) = timing::normalise_noted(&format!("{} {hour}", day.format("%d.%m.%Y")), ctx);
    (when.kind() != TimingKind::Unknown).then_some((when, notes))
}

/// "19.01.-23.01.2014" in a plan of 2014-2015 whose rows before it already run in the
/// plan's year (from 26.09.2014): the year a copied plan kept from the year before, which a
/// reader takes for the plan's own — the same days a year later, inside the plan's year.
/// The timing keeps its note that the written dates fall outside the year.
fn year_repaired(when: Timing, ctx: &Context, previous: Option<&EventDoc>) -> Timing {
    let one_of_days = matches!(
        when.kind(),
        TimingKind::Date | TimingKind::Range | TimingKind::Deadline
    );
    let (Some(start), Some(end)) = (when.start(), when.end()) else {
        return when;
    };
    if !one_of_days || ctx.calendar_year.is_some() || ctx.month.is_some() {
        return when;
    }
    let year_start = ctx.year.start();
    let later = |d: chrono::NaiveDate| d.checked_add_months(chrono::Months::new(12));
    let (Some(new_start), Some(new_end)) = (later(start), later(end)) else {
        return when;
    };
    let next_year = later(year_start).unwrap_or(year_start);
    // "August 20, 2025" just before a 2025-2026 list is the summer before the year (an
    // opening meeting), as written; a copied plan's stale year lies further back.
    let summer_before = year_start - chrono::Duration::days(62);
    let behind = start < summer_before && new_start >= year_start && new_end < next_year;
    let after_rows_in_year = previous
        .and_then(|e| e.when.as_ref()?.start())
        .is_some_and(|p| p >= year_start && p > start);
    if !(behind && after_rows_in_year) {
        return when;
    }
    match when.when.map_days(later) {
        Some(moved) => Timing {
            when: moved,
            ..when
        },
        None => when,
    }
}

fn timing_warnings(
    row: usize,
    text: &str,
    when: &Timing,
    notes: Vec<TimingNote>,
    out: &mut Vec<ImportWarning>,
) {
    out.extend(
        WarningKind::of_timing(text, when, notes)
            .map(|kind| ImportWarning::new(kind, Some(row), Some("timing"))),
    );
}

/// Is `inner` already part of `outer` (a quoted name found whole)?
fn norm_in(outer: &str, inner: &str) -> bool {
    people::norm(outer).contains(&people::norm(inner))
}

/// Roles, people and partners of an event, from its responsible text (or, when there is
/// none, from the roles and places its title names), its place and its agenda's people.
pub(crate) struct Links {
    pub roles: Vec<String>,
    pub people: Vec<PersonRef>,
    pub partners: Vec<String>,
    pub location_org: Option<String>,
}

pub(crate) fn links(
    responsible: &str,
    title: &str,
    location: &str,
    extra_people: &[PersonRef],
    owner_key: Option<&str>,
) -> Links {
    let (mut found_people, rest) = people::people(responsible);
    found_people.extend(extra_people.iter().cloned());
    let mut roles = people::roles(&rest);
    let mut partners = people::org_names(responsible);
    let listed: Vec<String> = people::listed_orgs(&rest)
        .into_iter()
        .filter(|o| !partners.iter().any(|p| norm_in(p, o)))
        .collect();
    partners.extend(listed);
    // Executors taking part "(по согласованию)", and organizations the title or the
    // responsible text says the event is held with ("с приглашением сотрудников ОГИБДД").
    for p in people::agreed_orgs(responsible)
        .into_iter()
        .chain(people::partners_in_text(title))
        .chain(people::partners_in_text(responsible))
    {
        if !partners.iter().any(|q| norm_in(q, &p) || norm_in(&p, q)) {
            partners.push(p);
        }
    }
    if responsible.trim().is_empty() {
        // Plans without a responsible column name roles and partners in the sentence.
        roles = people::roles(title);
        partners.extend(people::named_places(title));
    }
    partners.extend(
        found_people
            .iter()
            .filter_map(|p| p.org.as_deref())
            .map(super::normalise_org_name),
    );
    let location_org = people::place_org(location);
    partners.extend(location_org.iter().cloned());
    partners.extend(location.lines().skip(1).filter_map(people::place_org));
    // The owner is not its own partner.
    partners.retain(|p| owner_key != Some(org_match_key(p).as_str()));
    let mut seen = Vec::new();
    partners.retain(|p| {
        let k = org_match_key(p);
        let fresh = !seen.contains(&k);
        seen.push(k);
        fresh
    });
    Links {
        roles,
        people: found_people,
        partners,
        location_org,
    }
}

/// Turns the rows into events, adding the partners they name to the plan's.
pub(crate) fn events(
    raw: Vec<RawEvent>,
    ctx: &Context,
    period: Option<&Timing>,
    owner_key: Option<&str>,
    partner_names: &mut Vec<String>,
    warnings: &mut Vec<ImportWarning>,
    memo: &mut TimingMemo,
) -> Vec<EventDoc> {
    let mut events = Vec::with_capacity(raw.len());
    let mut row_warnings = Vec::new();
    for r in raw {
        let index = events.len();
        // Warnings the table reader gave this row (an empty cell) are about its event.
        for w in warnings.iter_mut() {
            if w.row == Some(r.row) && w.event.is_none() {
                w.event = Some(index);
            }
        }
        let (title, timing_text, when, notes) = timing_of(&r, ctx, period, memo);
        let when = year_repaired(when, r.ctx.as_ref().unwrap_or(ctx), events.last());
        timing_warnings(r.row, &timing_text, &when, notes, &mut row_warnings);
        warnings.extend(row_warnings.drain(..).map(|w| w.about(index)));
        let l = links(
            &r.responsible,
            &title,
            &r.location,
            &r.agenda_people,
            owner_key,
        );
        for p in &l.partners {
            if !partner_names
                .iter()
                .any(|x| org_match_key(x) == org_match_key(p))
            {
                partner_names.push(p.clone());
            }
        }
        let mut e = EventDoc::new(without_more_link(&title).to_string(), timing_text);
        e.number = r.number;
        e.section = r.section;
        e.when = Some(when);
        e.location = r.location;
        e.location_org = l.location_org;
        e.responsible = r.responsible;
        e.roles = l.roles;
        e.people = l.people;
        e.partners = l.partners;
        e.result = r.result;
        e.notes = r.notes;
        e.audience = r.audience;
        e.agenda = r.agenda;
        events.push(e);
    }
    events
}

/// For each event whose roles, people and partners are all empty, derives them from its
/// responsible text (and partners from its place and title) as an import would.
pub(crate) fn fill_from_responsible(doc: &mut PlanDocument) {
    let owner = doc.owner_name.as_deref().map(org_match_key);
    for e in &mut doc.events {
        if !e.roles.is_empty() || !e.people.is_empty() || !e.partners.is_empty() {
            continue;
        }
        let l = links(&e.responsible, &e.title, &e.location, &[], owner.as_deref());
        e.roles = l.roles;
        e.people = l.people;
        e.partners = l.partners;
        if e.location_org.is_none() {
            e.location_org = l.location_org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_more_link_is_no_part_of_a_title() {
        assert_eq!(
            without_more_link("состоялась встреча с сотрудниками библиотеки. Подробнее…"),
            "состоялась встреча с сотрудниками библиотеки."
        );
        assert_eq!(without_more_link("Open day. Read more »"), "Open day.");
        assert_eq!(without_more_link("Подробнее"), "Подробнее");
        assert_eq!(
            without_more_link("Беседа «Узнай подробнее»"),
            "Беседа «Узнай подробнее»"
        );
    }

    #[test]
    fn a_plan_posted_as_json_gets_the_roles_an_import_would_give() {
        let mut doc: PlanDocument = serde_json::from_value(serde_json::json!({
            "org": "x", "title": "План", "academic_year": "2025-2026",
            "events": [
                {"title": "Экскурсия", "timing": "октябрь",
                 "responsible": "Черкасов М.Н. ст. вожатый, классные руководители"},
                {"title": "Выставка", "timing": "май", "responsible": "библиотекарь",
                 "roles": ["teacher"]}
            ]
        }))
        .unwrap();
        fill_from_responsible(&mut doc);
        assert_eq!(doc.events[0].roles, vec!["counselor", "class-teacher"]);
        assert_eq!(doc.events[0].people[0].name, "Черкасов М.Н.");
        assert_eq!(doc.events[1].roles, vec!["teacher"]);
    }

    #[test]
    fn a_row_dated_a_year_behind_the_rows_before_it_is_read_in_the_plans_year() {
        let ctx = Context::new(crate::plan::AcademicYear::new(2014).unwrap());
        let read = |text: &str| timing::normalise(text, &ctx);
        let mut before = EventDoc::new("Конкурс рисунков", "24.11-28.11.2014");
        before.when = Some(read("24.11-28.11.2014"));
        let when = year_repaired(read("10.02.2014"), &ctx, Some(&before));
        assert_eq!(when.start(), chrono::NaiveDate::from_ymd_opt(2015, 2, 10));
        // First in the plan, nothing says it is behind: kept as written.
        let when = year_repaired(read("10.02.2014"), &ctx, None);
        assert_eq!(when.start(), chrono::NaiveDate::from_ymd_opt(2014, 2, 10));
        // Two years behind is no slip of one year.
        let when = year_repaired(read("10.02.2013"), &ctx, Some(&before));
        assert_eq!(when.start(), chrono::NaiveDate::from_ymd_opt(2013, 2, 10));
    }

    #[test]
    fn years_in_an_agenda_are_not_the_events_date() {
        let ctx = Context::new(crate::plan::AcademicYear::new(2021).unwrap());
        let mut r = RawEvent::new(1, "Заседание №1\nИтоги 2020/2021 года".into());
        r.timing.clear();
        let (_, text, when, _) = timing_of(&r, &ctx, None, &mut TimingMemo::default());
        assert_eq!(text, "");
        assert_eq!(when.kind(), TimingKind::Unknown);
    }
}
