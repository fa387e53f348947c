//! Which stored plan an imported file is a new version of.
//!
//! A plan is its owner, its title and its academic year — and its events: two plans with one
//! generic title ("План работы", "Kế hoạch tháng 9") and no event in common are two plans,
//! since taking the second for a new version of the first would cancel every event of the
//! first. A file name or a spreadsheet's sheet name ("Лист1", "Sheet1") is not a title: many
//! different plans share them, so a plan whose only "title" is one of those is the same plan
//! only when its events are mostly the same. A file re-uploaded under its own name with an
//! edited title is recognised the same way.

use super::{AcademicYear, PlanDocument};

/// What the store knows of one of the owner's plans.
#[derive(Clone, Debug)]
pub(crate) struct StoredPlan {
    pub id: i64,
    pub title: String,
    pub academic_year: AcademicYear,
    pub source: Option<String>,
    pub event_titles: Vec<String>,
}

/// The share of event titles two versions of one plan have in common, at least.
const SAME_EVENTS: f64 = 0.5;

/// Sheet names spreadsheet programs give by default, per language.
const DEFAULT_SHEET_NAMES: &[&str] = &["лист", "sheet", "trang tính", "feuil", "tabelle"];

/// The stored plan `doc` is a new version of, if any (candidates are the owner's plans).
pub(crate) fn reimport_target(candidates: &[StoredPlan], doc: &PlanDocument) -> Option<i64> {
    let title = words(&doc.title);
    let weak = is_weak_title(&doc.title, doc.source.as_deref());
    let new_events: Vec<String> = doc.events.iter().map(|e| words(&e.title)).collect();
    let same_year = candidates
        .iter()
        .filter(|c| c.academic_year == doc.academic_year);
    let mut best: Option<(i64, f64)> = None;
    for c in same_year {
        let overlap = shared_share(&new_events, &c.event_titles);
        // The same title is the same plan when the two share an event (or one has none
        // yet, as a plan made empty and filled later).
        let shares_events = overlap > 0.0 || new_events.is_empty() || c.event_titles.is_empty();
        let same_title = !weak
            && !is_weak_title(&c.title, c.source.as_deref())
            && words(&c.title) == title
            && shares_events;
        let same_file = doc.source.is_some() && doc.source == c.source;
        let matches = same_title || ((weak || same_file) && overlap >= SAME_EVENTS);
        if matches && best.is_none_or(|(_, b)| overlap > b) {
            best = Some((c.id, overlap));
        }
    }
    best.map(|(id, _)| id)
}

/// A title that names a file or a default sheet rather than a plan.
fn is_weak_title(title: &str, source: Option<&str>) -> bool {
    let t = words(title);
    if t.is_empty() {
        return true;
    }
    if let Some(source) = source {
        let file = words(source);
        let stem = words(source.rsplit_once('.').map_or(source, |(s, _)| s));
        if t == file || t == stem {
            return true;
        }
    }
    let letters: String = t
        .chars()
        .filter(|c| !c.is_ascii_digit() && *c != ' ')
        .collect();
    DEFAULT_SHEET_NAMES
        .iter()
        .any(|n| letters == n.replace(' ', ""))
}

/// Lower-case words of letters and digits, one space apart.
fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// |a ∩ b| / max(|a|, |b|) over normalised titles (0 when either is empty).
#[expect(
    clippy::cast_precision_loss,
    reason = "counts of a plan's words, far below 2^52"
)]
fn shared_share(new: &[String], stored: &[String]) -> f64 {
    let stored: std::collections::HashSet<String> = stored.iter().map(|t| words(t)).collect();
    let new: std::collections::HashSet<&String> = new.iter().collect();
    let largest = new.len().max(stored.len());
    if largest == 0 {
        return 0.0;
    }
    let common = new.iter().filter(|t| stored.contains(t.as_str())).count();
    common as f64 / largest as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::EventDoc;

    fn year() -> AcademicYear {
        AcademicYear::new(2025).unwrap()
    }

    fn doc(title: &str, source: &str, events: &[&str]) -> PlanDocument {
        let mut d: PlanDocument = serde_json::from_value(serde_json::json!({
            "org": "x", "title": title, "academic_year": "2025-2026", "source": source
        }))
        .unwrap();
        d.events = events.iter().map(|t| EventDoc::new(*t, "")).collect();
        d
    }

    fn stored(id: i64, title: &str, source: &str, events: &[&str]) -> StoredPlan {
        StoredPlan {
            id,
            title: title.into(),
            academic_year: year(),
            source: Some(source.into()),
            event_titles: events.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn two_workbooks_whose_sheets_are_both_named_list1_stay_two_plans() {
        let first = stored(
            1,
            "Лист1",
            "plan-a.xlsx",
            &["Экскурсия", "Конкурс чтецов", "Выставка"],
        );
        let other = doc(
            "Лист1",
            "plan-b.xlsx",
            &["Субботник", "День здоровья", "Линейка"],
        );
        assert_eq!(reimport_target(std::slice::from_ref(&first), &other), None);
        let same = doc(
            "Лист1",
            "plan-a.xlsx",
            &["Экскурсия", "Конкурс чтецов", "Выставка", "Новое"],
        );
        assert_eq!(reimport_target(&[first], &same), Some(1));
    }

    #[test]
    fn a_real_title_and_year_identify_a_plan_whatever_the_file() {
        let first = stored(7, "План работы библиотеки", "old.docx", &["Экскурсия"]);
        let renamed = doc(
            "План  работы библиотеки.",
            "new name.docx",
            &["Экскурсия", "Совсем другое"],
        );
        assert_eq!(
            reimport_target(std::slice::from_ref(&first), &renamed),
            Some(7)
        );
        let mut next_year = renamed.clone();
        next_year.academic_year = AcademicYear::new(2026).unwrap();
        assert_eq!(reimport_target(&[first], &next_year), None);
    }

    #[test]
    fn one_file_with_an_edited_title_is_the_same_plan_when_its_events_are() {
        let first = stored(
            3,
            "План работы на 2025 год",
            "plan.docx",
            &["А", "Б", "В", "Г"],
        );
        let edited = doc(
            "План работы библиотеки на 2025 год",
            "plan.docx",
            &["А", "Б", "В", "Д"],
        );
        assert_eq!(
            reimport_target(std::slice::from_ref(&first), &edited),
            Some(3)
        );
        let different = doc("План работы кружка", "plan.docx", &["Х", "Ц"]);
        assert_eq!(reimport_target(&[first], &different), None);
    }

    /// The hostile-input issue: a new plan with the same generic title as an earlier one
    /// silently cancelled that plan's events.
    #[test]
    fn one_generic_title_over_other_events_is_another_plan() {
        let first = stored(9, "План работы", "a.docx", &["Экскурсия", "Выставка"]);
        let other = doc("План работы", "b.docx", &["Субботник", "Линейка"]);
        assert_eq!(reimport_target(std::slice::from_ref(&first), &other), None);
        let empty = stored(10, "План работы", "a.docx", &[]);
        assert_eq!(reimport_target(&[empty], &other), Some(10));
    }

    #[test]
    fn a_title_that_is_the_file_name_is_weak() {
        assert!(is_weak_title("plan-2025", Some("plan-2025.docx")));
        assert!(is_weak_title("Sheet1", None));
        assert!(is_weak_title("Trang tính1", None));
        assert!(!is_weak_title("План работы", Some("plan.docx")));
    }
}
