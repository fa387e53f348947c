use chrono::NaiveDate;

use super::*;
use crate::plan::revision::{GONE_HASH, edited_hash};

fn cx(mode: MergeMode) -> MergeContext {
    MergeContext {
        mode,
        year: AcademicYear::new(2025).unwrap(),
        lang: Lang::Ru,
    }
}

/// A row as the store holds it after an import: its timing read.
fn read(mut e: EventDoc) -> EventDoc {
    let cx = cx(MergeMode::Reimport);
    fill_when(&mut e, cx.year, cx.lang);
    e
}

fn row(number: &str, section: &str, title: &str, timing: &str) -> EventDoc {
    let mut e = EventDoc::new(title, timing);
    e.number = Some(number.into());
    e.section = Some(section.into());
    e
}

/// The plan as a first import stored it: ids 1.., SEQUENCE 0, hashes of the rows.
fn stored(rows: &[EventDoc]) -> Vec<StoredEvent> {
    let first = merge(&[], rows, cx(MergeMode::Reimport));
    (1..)
        .zip(first.events)
        .map(|(id, w)| StoredEvent {
            row: StoredRow {
                id,
                uid: format!("uid-{id}"),
                title: w.event.title.clone(),
                timing: w.event.timing.clone(),
                location: w.event.location.clone(),
                section: w.event.section.clone(),
                number: w.event.number.clone(),
                content_hash: w.hash,
                ..StoredRow::default()
            },
            ..StoredEvent::default()
        })
        .collect()
}

fn plan() -> Vec<EventDoc> {
    vec![
        row("1", "1", "Линейка «Первый звонок»", "1 сентября"),
        row("2", "1", "Конкурс чтецов", "октябрь"),
        row("3", "2", "Новогодний утренник", "декабрь"),
    ]
}

fn ids(w: &Writes) -> Vec<Option<i64>> {
    w.events
        .iter()
        .map(|w| match &w.change {
            Change::New => None,
            Change::Moved { id, .. } | Change::Changed { id, .. } => Some(*id),
        })
        .collect()
}

#[test]
fn a_first_import_creates_every_row() {
    let w = merge(&[], &plan(), cx(MergeMode::Reimport));
    assert_eq!((w.created(), w.updated(), w.unchanged()), (3, 0, 0));
    assert!(w.cancel.is_empty());
    assert!(w.events.iter().all(|e| e.event.when.is_some()));
}

#[test]
fn renumbered_rows_keep_their_uid_and_sequence() {
    let old = stored(&plan());
    let mut new = plan();
    new.insert(0, row("1", "1", "Собрание родителей", "сентябрь"));
    for (n, e) in (1..).zip(&mut new) {
        e.number = Some(n.to_string());
    }
    let w = merge(&old, &new, cx(MergeMode::Reimport));
    assert_eq!(ids(&w), [None, Some(1), Some(2), Some(3)]);
    assert_eq!((w.created(), w.updated(), w.unchanged()), (1, 0, 3));
    assert_eq!(w.events[2].position, 2);
    assert_eq!(w.events[2].row_key, "1|3");
    assert!(w.cancel.is_empty());
}

#[test]
fn reordered_rows_are_still_the_same_events() {
    let old = stored(&plan());
    let mut new = plan();
    new.reverse();
    let w = merge(&old, &new, cx(MergeMode::Reimport));
    assert_eq!(ids(&w), [Some(3), Some(2), Some(1)]);
    assert_eq!(w.unchanged(), 3);
}

#[test]
fn a_visible_change_keeps_the_uid_and_bumps_the_sequence() {
    let mut old = stored(&plan());
    old[1].sequence = 4;
    let mut new = plan();
    new[1].timing = "15 октября".into();
    // Moved to another section: a change too, of the same event.
    new[2].section = Some("3".into());
    let w = merge(&old, &new, cx(MergeMode::Reimport));
    assert_eq!(ids(&w), [Some(1), Some(2), Some(3)]);
    let Change::Changed { uid, sequence, .. } = &w.events[1].change else {
        panic!("{:?}", w.events[1].change);
    };
    assert_eq!((uid.as_str(), *sequence), ("uid-2", 5));
    assert!(matches!(
        w.events[2].change,
        Change::Changed { sequence: 1, .. }
    ));
    assert_eq!(w.updated(), 2);
}

#[test]
fn a_row_gone_from_the_file_is_cancelled_once() {
    let mut old = stored(&plan());
    let mut new = plan();
    new.remove(1);
    let w = merge(&old, &new, cx(MergeMode::Reimport));
    assert_eq!(w.cancel, [2]);
    assert_eq!(ids(&w), [Some(1), Some(3)]);
    // Already cancelled, or deleted through the API: nothing more to cancel.
    old[1].status = EventStatus::Cancelled;
    assert!(merge(&old, &new, cx(MergeMode::Reimport)).cancel.is_empty());
    old[1].status = EventStatus::Planned;
    old[1].row.deleted = true;
    assert!(merge(&old, &new, cx(MergeMode::Reimport)).cancel.is_empty());
}

#[test]
fn a_row_back_in_the_file_is_planned_again_with_its_uid() {
    let mut old = stored(&plan());
    old[1].status = EventStatus::Cancelled;
    old[1].row.content_hash = GONE_HASH.into();
    old[1].sequence = 1;
    let w = merge(&old, &plan(), cx(MergeMode::Reimport));
    let back = &w.events[1];
    assert_eq!(back.event.status, EventStatus::Planned);
    assert!(matches!(
        &back.change,
        Change::Changed { id: 2, uid, sequence: 2, .. } if uid == "uid-2"
    ));
}

#[test]
fn a_cancellation_set_by_hand_stays_through_a_reimport() {
    let mut old = stored(&plan());
    let mut cancelled = read(plan()[1].clone());
    cancelled.status = EventStatus::Cancelled;
    old[1].status = EventStatus::Cancelled;
    old[1].row.content_hash = edited_hash(1);
    old[1].edited = Some(cancelled);
    let w = merge(&old, &plan(), cx(MergeMode::Reimport));
    assert_eq!(w.events[1].event.status, EventStatus::Cancelled);
    // The file says what the edit left: no change a subscriber could see.
    assert!(matches!(w.events[1].change, Change::Moved { id: 2, .. }));
}

#[test]
fn a_pin_stays_through_a_reimport_but_not_through_a_replace() {
    let pin = Pinned {
        date: NaiveDate::from_ymd_opt(2025, 10, 17).unwrap(),
        end_date: None,
        time: None,
        duration_minutes: None,
    };
    let mut old = stored(&plan());
    let mut pinned = read(plan()[1].clone());
    pinned.pinned = Some(pin.clone());
    old[1].pinned = Some(pin.clone());
    old[1].row.content_hash = edited_hash(1);
    old[1].edited = Some(pinned);
    let w = merge(&old, &plan(), cx(MergeMode::Reimport));
    assert_eq!(w.events[1].event.pinned, Some(pin));
    assert!(matches!(w.events[1].change, Change::Moved { id: 2, .. }));
    let w = merge(&old, &plan(), cx(MergeMode::Replace));
    assert_eq!(w.events[1].event.pinned, None);
    assert!(matches!(w.events[1].change, Change::Changed { id: 2, .. }));
}

#[test]
fn a_hand_corrected_place_stays_until_the_file_changes_it() {
    let mut old = stored(&plan());
    let mut edited = plan()[1].clone();
    edited.location = "Актовый зал".into();
    old[1].hand = HandEdits::default().after_edit(&plan()[1], &edited);
    let w = merge(&old, &plan(), cx(MergeMode::Reimport));
    assert_eq!(w.events[1].event.location, "Актовый зал");
    // The hand record is unchanged, so none is written.
    assert!(matches!(
        w.events[1].change,
        Change::Changed { hand: None, .. }
    ));
    let mut moved = plan();
    moved[1].location = "Библиотека".into();
    let w = merge(&old, &moved, cx(MergeMode::Reimport));
    assert_eq!(w.events[1].event.location, "Библиотека");
    assert!(matches!(
        &w.events[1].change,
        Change::Changed { hand: Some(h), .. } if h.is_empty()
    ));
}
