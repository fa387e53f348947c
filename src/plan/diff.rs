//! What a re-import will change, shown before it is applied: which rows are new, which
//! stored events change (and in what), which are cancelled because their row left the plan.
//! Pure: it pairs rows with the same rule the store applies (`plan::matching`, with
//! [`Rewrites::AreNew`] as for a re-imported file), so the preview says what confirming will
//! do.

use serde::Serialize;

use super::matching::{Rewrites, RowMatch, StoredRow, match_rows};
use super::{EventDoc, EventStatus};

/// A field of an event a person would notice changing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Field {
    Title,
    Timing,
    Dates,
    Pinned,
    Place,
    Section,
    Responsible,
    Roles,
    People,
    Partners,
    Result,
    Notes,
}

/// A stored event the incoming row `row` updates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct Change {
    /// Index into the incoming events.
    pub row: usize,
    /// Index into the stored events.
    pub stored: usize,
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub(crate) struct ImportDiff {
    /// Incoming rows that become new events.
    pub new: Vec<usize>,
    pub changed: Vec<Change>,
    /// Incoming rows equal to their stored event: (incoming, stored).
    pub unchanged: Vec<(usize, usize)>,
    /// Stored events no row matches; the import cancels them (ones already cancelled are
    /// not listed).
    pub cancelled: Vec<usize>,
}

impl ImportDiff {
    /// Nothing would change.
    pub(crate) fn is_empty(&self) -> bool {
        self.new.is_empty() && self.changed.is_empty() && self.cancelled.is_empty()
    }
}

/// Compares the events of a stored plan (as `plan_document` gives them, with ids and UIDs)
/// with the rows of the document that would replace them. A pin or status set on a stored
/// event is kept by a re-import, so a row without a pin does not count as removing one.
pub(crate) fn import_diff(stored: &[EventDoc], incoming: &[EventDoc]) -> ImportDiff {
    let rows: Vec<StoredRow> = stored.iter().map(stored_row).collect();
    let matching = match_rows(&rows, incoming, Rewrites::AreNew);
    let mut diff = ImportDiff::default();
    for (j, found) in matching.rows.iter().enumerate() {
        match *found {
            RowMatch::New => diff.new.push(j),
            RowMatch::Matched(i) => {
                let fields = changed_fields(&stored[i], &incoming[j]);
                if fields.is_empty() {
                    diff.unchanged.push((j, i));
                } else {
                    diff.changed.push(Change {
                        row: j,
                        stored: i,
                        fields,
                    });
                }
            }
        }
    }
    diff.cancelled = matching
        .left_over
        .into_iter()
        .filter(|&i| stored[i].status != EventStatus::Cancelled)
        .collect();
    diff
}

fn stored_row(e: &EventDoc) -> StoredRow {
    StoredRow {
        id: e.id.unwrap_or_default(),
        uid: e.uid.clone().unwrap_or_default(),
        title: e.title.clone(),
        timing: e.timing.clone(),
        location: e.location.clone(),
        section: e.section.clone(),
        number: e.number.clone(),
        content_hash: String::new(),
        deleted: false,
        calendar_uid: e.calendar.as_ref().map(|c| c.uid.clone()),
    }
}

/// What differs between a stored event and the row that will overwrite it.
fn changed_fields(old: &EventDoc, new: &EventDoc) -> Vec<Field> {
    let dates = |e: &EventDoc| {
        e.when
            .as_ref()
            .map(|w| (w.kind(), w.start(), w.end(), w.precision(), w.time))
    };
    let people = |e: &EventDoc| {
        e.people
            .iter()
            .map(|p| (p.name.trim().to_string(), p.org.clone()))
            .collect::<Vec<_>>()
    };
    let checks = [
        (Field::Title, old.title.trim() != new.title.trim()),
        (Field::Timing, old.timing.trim() != new.timing.trim()),
        (Field::Dates, dates(old) != dates(new)),
        (
            Field::Pinned,
            new.pinned.is_some() && new.pinned != old.pinned,
        ),
        (Field::Place, old.location.trim() != new.location.trim()),
        (Field::Section, old.section != new.section),
        (
            Field::Responsible,
            old.responsible.trim() != new.responsible.trim(),
        ),
        (Field::Roles, old.roles != new.roles),
        (Field::People, people(old) != people(new)),
        (Field::Partners, old.partners != new.partners),
        (Field::Result, old.result.trim() != new.result.trim()),
        (Field::Notes, old.notes.trim() != new.notes.trim()),
    ];
    checks
        .into_iter()
        .filter(|(_, differs)| *differs)
        .map(|(f, _)| f)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Pinned;
    use crate::timing::{AcademicYear, Context, normalise};

    fn ev(title: &str, timing: &str) -> EventDoc {
        let mut e = EventDoc::new(title, timing);
        let ctx = Context::new(AcademicYear::new(2025).unwrap());
        e.when = Some(normalise(timing, &ctx));
        e
    }

    fn stored(events: Vec<EventDoc>) -> Vec<EventDoc> {
        events
            .into_iter()
            .zip(0i64..)
            .map(|(mut e, i)| {
                e.id = Some(i + 1);
                e.uid = Some(format!("uid-{i}@plancal"));
                e
            })
            .collect()
    }

    #[test]
    fn a_reimport_lists_new_changed_and_cancelled_rows() {
        let old = stored(vec![
            ev("Литературная гостиная", "октябрь"),
            ev("Неделя детской книги", "март"),
            ev("Экскурсия в музей", "май"),
        ]);
        let new = vec![
            ev("Неделя детской книги", "апрель"),
            ev("Литературная гостиная", "октябрь"),
            ev("День открытых дверей", "январь"),
        ];
        let diff = import_diff(&old, &new);
        assert_eq!(diff.new, [2]);
        assert_eq!(diff.unchanged, [(1, 0)]);
        assert_eq!(
            diff.changed,
            [Change {
                row: 0,
                stored: 1,
                fields: vec![Field::Timing, Field::Dates]
            }]
        );
        assert_eq!(diff.cancelled, [2]);
        assert!(!diff.is_empty());
    }

    #[test]
    fn the_same_plan_again_changes_nothing_and_keeps_stored_pins() {
        let mut pinned = ev("Литературная гостиная", "октябрь");
        pinned.pinned = Some(Pinned {
            date: chrono::NaiveDate::from_ymd_opt(2025, 10, 15).unwrap(),
            end_date: None,
            time: None,
            duration_minutes: None,
        });
        let old = stored(vec![pinned, ev("Экскурсия", "май")]);
        let new = vec![
            ev("Литературная гостиная", "октябрь"),
            ev("Экскурсия", "май"),
        ];
        let diff = import_diff(&old, &new);
        assert!(diff.is_empty(), "{diff:?}");
        assert_eq!(diff.unchanged.len(), 2);
    }

    #[test]
    fn a_typo_fixed_in_a_title_is_a_change_not_a_new_event() {
        let old = stored(vec![ev("Литературная гостинная", "октябрь")]);
        let new = vec![ev("Литературная гостиная", "октябрь")];
        let diff = import_diff(&old, &new);
        assert_eq!(diff.changed.len(), 1);
        assert_eq!(diff.changed[0].fields, [Field::Title]);
        assert!(diff.new.is_empty() && diff.cancelled.is_empty());
    }

    #[test]
    fn events_already_cancelled_are_not_cancelled_again() {
        let mut gone = ev("Экскурсия", "май");
        gone.status = EventStatus::Cancelled;
        let old = stored(vec![gone, ev("Концерт", "декабрь")]);
        let diff = import_diff(&old, &[]);
        assert_eq!(diff.cancelled, [1]);
    }
}
