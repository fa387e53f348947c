//! What a person corrects in an import preview before the plan is stored: a row's timing
//! words or an exact date, its roles, "this row is not an event", the academic year and the
//! owner organization. Pure: the web page turns its form into `Correction`s
//! ([`corrections_from_form`]) and [`apply_corrections`] gives the document that will be
//! stored.
//!
//! Corrections always refer to the document as the importer read it (rows by their index
//! there) and are computed afresh from the whole form each time, so sending the same form
//! twice, or correcting a correction, gives the same document: nothing accumulates.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::roles::ROLES;
use super::{
    AcademicYear, EventDoc, FieldProblem, ImportWarning, Pinned, PlanDocument, Slug, WarningKind,
};
use crate::timing::{self, Context};

/// One correction; `row` is an index into the imported document's events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Correction {
    /// New timing words for the row, read again as the importer reads them.
    Timing { row: usize, text: String },
    /// An exact day for the row (a pin, as `PATCH /events/{id}` sets one).
    Pin { row: usize, date: NaiveDate },
    /// The row's responsible roles (canonical slugs), replacing what was read.
    Roles { row: usize, roles: Vec<String> },
    /// The row is a heading, a note or a duplicate, not an event: it is not stored.
    NotAnEvent { row: usize },
    /// The plan's academic year; every row's timing is read again in it.
    AcademicYear { year: AcademicYear },
    /// The organization that owns the plan (existing or to be created).
    Owner { org: Slug },
    /// Who the row is for, as words ("5-7 классы"; empty: everyone), read again.
    Audience { row: usize, text: String },
    /// The class the plan is for ("5А"; None: everyone): its rows that name nobody
    /// concern that class.
    Class { class: Option<String> },
}

/// The document that will be stored: `doc` with `corrections` applied. Corrections naming
/// a row the document does not have are ignored ([`corrections_from_form`] never makes
/// them).
pub(crate) fn apply_corrections(doc: &PlanDocument, corrections: &[Correction]) -> PlanDocument {
    let mut out = doc.clone();
    let mut dropped = BTreeSet::new();
    for c in corrections {
        match c {
            Correction::AcademicYear { year } if *year != out.academic_year => {
                out.academic_year = *year;
                // The person chose the year the importer had to assume.
                out.warnings
                    .retain(|w| !matches!(w.kind, Some(WarningKind::YearAssumed { .. })));
                // Dates read in the wrong year are wrong: read every row again.
                for i in 0..out.events.len() {
                    let text = out.events[i].timing.clone();
                    reread(&mut out, i, &text);
                }
            }
            Correction::Owner { org } => out.org = org.clone(),
            Correction::Class { class } => {
                out.class.clone_from(class);
                forget_grades(&mut out, |e| e.audience.trim().is_empty());
            }
            Correction::NotAnEvent { row } => {
                dropped.insert(*row);
            }
            _ => {}
        }
    }
    // Row corrections after the year, so a corrected timing is read in the corrected year.
    for c in corrections {
        let row = match c {
            Correction::Timing { row, .. }
            | Correction::Pin { row, .. }
            | Correction::Roles { row, .. } => *row,
            _ => continue,
        };
        if row >= out.events.len() {
            continue;
        }
        match c {
            Correction::Timing { text, .. } => reread(&mut out, row, text.trim()),
            Correction::Pin { date, .. } => out.events[row].pinned = Some(pin_on(*date)),
            Correction::Roles { roles, .. } => out.events[row].roles = roles.clone(),
            _ => {}
        }
    }
    if let Some(lang) = out.lang {
        // A new class reaches the rows that name nobody; then the rows a person said.
        super::audience::fill(&mut out, lang);
        for c in corrections {
            if let Correction::Audience { row, text } = c {
                super::audience::set_audience(&mut out, *row, text, lang);
            }
        }
    }
    drop_rows(&mut out, &dropped);
    out
}

/// Clears the grades and classes of the rows `which` picks, so `audience::fill` reads them
/// again (a new plan class reaches the rows that name nobody).
fn forget_grades(doc: &mut PlanDocument, which: impl Fn(&EventDoc) -> bool) {
    for e in doc.events.iter_mut().filter(|e| which(e)) {
        e.grades.clear();
        e.classes.clear();
    }
}

/// Reads row `i`'s timing anew from `text`, as the importer reads a cell: in the plan's
/// academic year and language (a month section or month plan the original cell sat under
/// is not known any more; a corrected text should say its month). The warnings about the
/// row's old timing make way for those about the new one.
fn reread(doc: &mut PlanDocument, i: usize, text: &str) {
    let ctx = Context::new(doc.academic_year).with_lang(doc.lang);
    let (when, notes) = timing::normalise_noted(text, &ctx);
    // An empty cell stays empty whatever the year.
    let stale = |w: &ImportWarning| {
        w.about_timing_of(i) && !(text.is_empty() && w.kind == Some(WarningKind::TimingEmpty))
    };
    let row = doc.warnings.iter().find(|w| stale(w)).and_then(|w| w.row);
    doc.warnings.retain(|w| !stale(w));
    let fresh = WarningKind::of_timing(text, &when, notes)
        .map(|kind| ImportWarning::new(kind, row, Some("timing")).about(i));
    doc.warnings.extend(fresh);
    if let Some(e) = doc.events.get_mut(i) {
        e.timing = text.to_string();
        e.when = Some(when);
    }
}

/// Leaves out the rows that are not events, and the warnings about them; the other
/// warnings keep pointing at their events.
fn drop_rows(doc: &mut PlanDocument, dropped: &BTreeSet<usize>) {
    if dropped.is_empty() {
        return;
    }
    let mut index = 0;
    doc.events.retain(|_| {
        index += 1;
        !dropped.contains(&(index - 1))
    });
    doc.warnings.retain_mut(|w| match w.event {
        Some(i) if dropped.contains(&i) => false,
        Some(i) => {
            w.event = Some(i - dropped.range(..i).count());
            true
        }
        None => true,
    });
}

fn pin_on(date: NaiveDate) -> Pinned {
    Pinned {
        date,
        end_date: None,
        time: None,
        duration_minutes: None,
    }
}

/// How many years either side of today an exact date typed in the preview may be.
const PIN_YEARS_AROUND: i32 = 100;

/// The preview form's field for `row`'s timing text, exact date, roles and "not an event".
pub(crate) fn field(kind: &str, row: usize) -> String {
    format!("{kind}.{row}")
}

/// The corrections a submitted preview form asks for: every field that differs from what
/// the importer read (`original`). Form fields: `year`, `org`, and per row `timing.N`,
/// `pin.N` (YYYY-MM-DD), `roles.N` (comma-separated roles, as slugs or as written in any
/// language) and `skip.N` (present: not an event). Other fields are the caller's. Every
/// bad value is reported, pointing at its field; nothing is half-applied.
pub(crate) fn corrections_from_form(
    original: &PlanDocument,
    fields: &[(String, String)],
    today: NaiveDate,
) -> Result<Vec<Correction>, Vec<FieldProblem>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut bad = |pointer: &str, message: String| {
        problems.push(FieldProblem {
            pointer: pointer.to_string(),
            message,
        })
    };
    for (name, value) in fields {
        let value = value.trim();
        match name.split_once('.') {
            None if name == "year" && !value.is_empty() => match AcademicYear::parse(value) {
                Ok(year) if year != original.academic_year => {
                    out.push(Correction::AcademicYear { year })
                }
                Ok(_) => {}
                Err(e) => bad(name, e.to_string()),
            },
            None if name == "class" => {
                let class = Some(value.to_string()).filter(|v| !v.is_empty());
                if class != original.class {
                    out.push(Correction::Class { class });
                }
            }
            None if name == "org" && !value.is_empty() => match Slug::parse(value) {
                Ok(org) if org != original.org => out.push(Correction::Owner { org }),
                Ok(_) => {}
                Err(e) => bad(name, format!("organization {value:?}: {e}")),
            },
            Some((kind, row)) => {
                let Some((row, e)) = row
                    .parse::<usize>()
                    .ok()
                    .and_then(|r| original.events.get(r).map(|e| (r, e)))
                else {
                    bad(name, format!("there is no row {row} in this plan"));
                    continue;
                };
                match row_correction(kind, (row, e), value, today) {
                    Ok(Some(c)) => out.push(c),
                    Ok(None) => {}
                    Err(why) => bad(name, why.to_string()),
                }
            }
            None => {}
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Why one row field of the corrections form cannot be taken, said so the person can fix it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum FieldError {
    #[error("{0:?} is not a date like 2025-10-15")]
    NotADate(String),
    #[error(
        "{value} is more than {PIN_YEARS_AROUND} years from today: give a date from {from} to {to}"
    )]
    FarDate { value: String, from: i32, to: i32 },
    #[error("say who the row is for in 200 characters at most")]
    AudienceTooLong,
    #[error("unknown field kind {0:?}")]
    UnknownKind(String),
    #[error("{0:?} is not a role")]
    NotARole(String),
}

/// One row field of the form against the row as imported.
fn row_correction(
    kind: &str,
    (row, e): (usize, &EventDoc),
    value: &str,
    today: NaiveDate,
) -> Result<Option<Correction>, FieldError> {
    Ok(match kind {
        "timing" if value != e.timing.trim() => Some(Correction::Timing {
            row,
            text: value.to_string(),
        }),
        "pin" if !value.is_empty() => {
            let date = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                .map_err(|_| FieldError::NotADate(value.to_string()))?;
            // Years 0000–9999 parse; a date centuries away is a typo, and clients drop it.
            let years = (today.year() - PIN_YEARS_AROUND)..=(today.year() + PIN_YEARS_AROUND);
            if !years.contains(&date.year()) {
                return Err(FieldError::FarDate {
                    value: value.to_string(),
                    from: *years.start(),
                    to: *years.end(),
                });
            }
            (e.pinned.as_ref().map(|p| p.date) != Some(date))
                .then_some(Correction::Pin { row, date })
        }
        "roles" => {
            let roles = parse_roles(value)?;
            (roles != e.roles).then_some(Correction::Roles { row, roles })
        }
        "skip" if !value.is_empty() => Some(Correction::NotAnEvent { row }),
        "audience" if value.len() > 200 => {
            return Err(FieldError::AudienceTooLong);
        }
        "audience" if value != e.audience.trim() => Some(Correction::Audience {
            row,
            text: value.to_string(),
        }),
        "timing" | "pin" | "skip" | "audience" => None,
        other => return Err(FieldError::UnknownKind(other.to_string())),
    })
}

/// Roles as a person types them: comma- or semicolon-separated, each a canonical slug
/// ("class-teacher") or a label or synonym in any language ("классные руководители",
/// "giáo viên chủ nhiệm"). A role the vocabulary does not know becomes a new role slug, as
/// an unknown role found in a plan does — never dropped.
pub(crate) fn parse_roles(text: &str) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for item in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let slug = match (known_role(item), Slug::parse(item)) {
            (Some(slug), _) => slug.to_string(),
            (None, Ok(slug)) => slug.to_string(),
            (None, Err(_)) if item.chars().any(char::is_alphanumeric) => {
                Slug::from_name(item).to_string()
            }
            (None, Err(_)) => return Err(FieldError::NotARole(item.to_string())),
        };
        if !out.contains(&slug) {
            out.push(slug);
        }
    }
    Ok(out)
}

/// The vocabulary's slug for `item` written as a slug, label or synonym.
fn known_role(item: &str) -> Option<&'static str> {
    let lower = item.to_lowercase().replace('ё', "е");
    ROLES
        .iter()
        .find(|r| {
            r.slug == lower
                || [r.ru, r.vi, r.en]
                    .iter()
                    .chain(r.synonyms)
                    .any(|w| w.to_lowercase().replace('ё', "е") == lower)
        })
        .map(|r| r.slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timing::TimingKind;

    fn doc() -> PlanDocument {
        serde_json::from_value(serde_json::json!({
            "org": "ozernaya-school", "title": "План", "academic_year": "2025-2026", "lang": "ru",
            "events": [
                {"title": "Литературная гостиная", "timing": "октябрь", "roles": ["librarian"]},
                {"title": "Раздел 2. Работа с читателями", "timing": ""},
                {"title": "Неделя детской книги", "timing": "по мере необходимости"},
            ]
        }))
        .unwrap()
    }

    fn read(doc: &PlanDocument) -> PlanDocument {
        let mut doc = doc.clone();
        let ctx = Context::new(doc.academic_year).with_lang(doc.lang);
        for e in &mut doc.events {
            e.when = Some(timing::normalise(&e.timing, &ctx));
        }
        doc
    }

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_corrected_timing_is_read_again_in_the_plans_year() {
        let doc = read(&doc());
        let c = [Correction::Timing {
            row: 2,
            text: "15 марта".into(),
        }];
        let out = apply_corrections(&doc, &c);
        let when = out.events[2].when.as_ref().unwrap();
        assert_eq!(out.events[2].timing, "15 марта");
        assert_eq!(when.start(), NaiveDate::from_ymd_opt(2026, 3, 15));
        assert_eq!(when.kind(), TimingKind::Date);
        assert_eq!(out.events[0], doc.events[0], "other rows untouched");
    }

    #[test]
    fn a_corrected_year_moves_every_row_and_a_corrected_timing_follows_it() {
        let doc = read(&doc());
        let c = [
            Correction::Timing {
                row: 2,
                text: "15 марта".into(),
            },
            // Listed after the timing: the order of corrections does not matter.
            Correction::AcademicYear {
                year: AcademicYear::new(2026).unwrap(),
            },
        ];
        let out = apply_corrections(&doc, &c);
        assert_eq!(out.academic_year.to_string(), "2026-2027");
        let start = |i: usize| out.events[i].when.as_ref().unwrap().start();
        assert_eq!(start(0), NaiveDate::from_ymd_opt(2026, 10, 1));
        assert_eq!(start(2), NaiveDate::from_ymd_opt(2027, 3, 15));
    }

    #[test]
    fn a_row_that_is_not_an_event_is_not_stored_and_rows_keep_their_indices() {
        let doc = read(&doc());
        let c = [
            Correction::NotAnEvent { row: 1 },
            Correction::Pin {
                row: 2,
                date: NaiveDate::from_ymd_opt(2026, 3, 20).unwrap(),
            },
        ];
        let out = apply_corrections(&doc, &c);
        assert_eq!(out.events.len(), 2);
        assert_eq!(out.events[1].title, "Неделя детской книги");
        assert_eq!(
            out.events[1].pinned.as_ref().map(|p| p.date),
            NaiveDate::from_ymd_opt(2026, 3, 20)
        );
        assert!(out.problems().is_empty());
    }

    #[test]
    fn roles_and_owner_are_replaced() {
        let doc = read(&doc());
        let c = [
            Correction::Roles {
                row: 0,
                roles: vec!["class-teacher".into()],
            },
            Correction::Owner {
                org: Slug::parse("ozernaya-library").unwrap(),
            },
        ];
        let out = apply_corrections(&doc, &c);
        assert_eq!(out.events[0].roles, ["class-teacher"]);
        assert_eq!(out.org.as_str(), "ozernaya-library");
    }

    #[test]
    fn corrections_for_rows_the_document_lacks_change_nothing() {
        let doc = read(&doc());
        let c = [
            Correction::NotAnEvent { row: 9 },
            Correction::Timing {
                row: 9,
                text: "май".into(),
            },
        ];
        assert_eq!(apply_corrections(&doc, &c), doc);
    }

    #[test]
    fn the_form_gives_only_what_differs_from_the_import() {
        let doc = read(&doc());
        let fields = form(&[
            ("year", "2025-2026"),
            ("org", "ozernaya-school"),
            ("timing.0", "октябрь"),
            ("roles.0", "librarian"),
            ("timing.2", " 20 марта "),
            ("pin.2", ""),
            (
                "roles.2",
                "Классные руководители, giáo viên chủ nhiệm; psychologist",
            ),
            ("skip.1", "on"),
        ]);
        let c = corrections_from_form(&doc, &fields, today()).unwrap();
        assert_eq!(
            c,
            vec![
                Correction::Timing {
                    row: 2,
                    text: "20 марта".into()
                },
                Correction::Roles {
                    row: 2,
                    roles: vec!["class-teacher".into(), "psychologist".into()]
                },
                Correction::NotAnEvent { row: 1 },
            ]
        );
    }

    #[test]
    fn bad_form_values_are_all_reported_with_their_fields() {
        let doc = read(&doc());
        let fields = form(&[
            ("year", "2025-2027"),
            ("org", "Not A Slug!"),
            ("pin.0", "15.10.2025"),
            ("pin.1", "9999-12-31"),
            ("pin.2", "0001-01-01"),
            ("timing.7", "май"),
            ("timing.x", "май"),
        ]);
        let problems = corrections_from_form(&doc, &fields, today()).unwrap_err();
        let pointers: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "year", "org", "pin.0", "pin.1", "pin.2", "timing.7", "timing.x"
            ]
        );
        assert!(problems[3].message.contains("100 years"), "{problems:?}");
        // A century ahead still is a date.
        let fields = form(&[("pin.0", "2125-10-15")]);
        assert!(corrections_from_form(&doc, &fields, today()).is_ok());
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn unknown_roles_become_new_role_slugs() {
        assert_eq!(
            parse_roles("class-teacher, Вожатый, Звукорежиссёр").unwrap(),
            ["class-teacher", "counselor", "zvukorezhisser"]
        );
        assert_eq!(parse_roles("  ").unwrap(), Vec::<String>::new());
        assert!(parse_roles("—").is_err());
    }

    #[test]
    fn a_corrected_timing_takes_its_warnings_with_it_and_gets_those_of_the_new_words() {
        let mut doc = read(&doc());
        doc.warnings = vec![
            ImportWarning::new(
                WarningKind::Undated {
                    text: "по мере необходимости".into(),
                },
                Some(7),
                Some("timing"),
            )
            .about(2),
            ImportWarning::new(WarningKind::TimingEmpty, Some(5), Some("timing")).about(1),
        ];
        let fixed = apply_corrections(
            &doc,
            &[Correction::Timing {
                row: 2,
                text: "31 ноября".into(),
            }],
        );
        let about_2: Vec<&ImportWarning> = fixed
            .warnings
            .iter()
            .filter(|w| w.event == Some(2))
            .collect();
        // "31 ноября" is no day: said so, and the row stays undated.
        assert_eq!(about_2.len(), 2, "{about_2:?}");
        assert!(
            matches!(&about_2[0].kind, Some(WarningKind::Timing { text, .. }) if text == "31 ноября"),
            "{about_2:?}"
        );
        assert!(
            about_2
                .iter()
                .all(|w| w.row == Some(7) && !w.message.contains("по мере")),
            "still the file's row, and nothing of the old words: {about_2:?}"
        );
        // A year chosen by hand re-reads the rows but an empty cell is still empty.
        let year = AcademicYear::parse("2024-2025").unwrap();
        let moved = apply_corrections(&doc, &[Correction::AcademicYear { year }]);
        assert!(moved.warnings.iter().any(|w| w.about_timing_of(1)));
        // A row that is not an event takes its warnings along; later rows' move up.
        let skipped = apply_corrections(&doc, &[Correction::NotAnEvent { row: 1 }]);
        assert_eq!(skipped.warnings.len(), 1);
        assert_eq!(skipped.warnings[0].event, Some(1));
    }

    #[test]
    fn choosing_the_year_ends_the_warning_that_it_was_assumed() {
        let mut doc = read(&doc());
        let assumed = AcademicYear::parse("2025-2026").unwrap();
        doc.warnings = vec![ImportWarning::new(
            WarningKind::YearAssumed { year: assumed },
            None,
            None,
        )];
        let year = AcademicYear::parse("2024-2025").unwrap();
        let fixed = apply_corrections(&doc, &[Correction::AcademicYear { year }]);
        assert!(
            !fixed
                .warnings
                .iter()
                .any(|w| matches!(w.kind, Some(WarningKind::YearAssumed { .. }))),
            "{:?}",
            fixed.warnings
        );
    }

    #[test]
    fn the_preview_corrects_a_rows_audience_and_the_plans_class() {
        let mut doc: PlanDocument = serde_json::from_value(serde_json::json!({
            "org": "x", "title": "План", "academic_year": "2025-2026", "lang": "ru",
            "events": [
                {"title": "Библиотечные уроки для 5-7 классов"},
                {"title": "Неделя детской книги"}
            ]
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        crate::plan::audience::fill(&mut doc, crate::plan::Lang::Ru);
        let today = chrono::NaiveDate::from_ymd_opt(2025, 10, 1).unwrap_or_default();
        let sent = form(&[
            ("audience.0", "8-9 классы"),
            ("class", "5А"),
            ("audience.1", ""),
        ]);
        let corrections =
            corrections_from_form(&doc, &sent, today).unwrap_or_else(|e| panic!("{e:?}"));
        let out = apply_corrections(&doc, &corrections);
        assert_eq!(
            (
                out.events[0].audience.as_str(),
                out.events[0].grades.as_slice()
            ),
            ("8-9 классы", &[8, 9][..])
        );
        assert_eq!(out.class.as_deref(), Some("5А"));
        assert_eq!(out.events[1].classes, ["5А"]);
        // The form sent again gives the same document: nothing accumulates.
        let again = corrections_from_form(&doc, &sent, today).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(apply_corrections(&doc, &again), out);
        // Emptying a row's audience makes it everyone's again.
        let cleared = corrections_from_form(&doc, &form(&[("audience.0", "")]), today)
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(
            apply_corrections(&doc, &cleared).events[0]
                .grades
                .is_empty()
        );
    }
}
