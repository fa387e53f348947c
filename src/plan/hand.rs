//! What a person set by hand on a stored event (`PATCH /api/v1/events/{id}`, the event's
//! edit page) that a re-imported file knows nothing of: its roles and its place, each with
//! what the row said before the first hand edit. Pins and statuses are kept by the merge
//! itself (a file never pins or cancels); these two a file does say, so a re-import keeps
//! the hand value unless the incoming row changes it: says something other than the row
//! said before the edit (the file changed, or the person changed the field in the
//! re-upload preview, which shows the hand value). Pure; `store::plans` keeps the record
//! beside the event (`hand_json`).

use serde::{Deserialize, Serialize};

use super::{EventDoc, Pinned};

/// One field set by hand: its value, and the row's value before the first hand edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Hand<T> {
    pub(crate) value: T,
    pub(crate) was: T,
}

/// The fields of one stored event set by hand; empty when none is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct HandEdits {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) roles: Option<Hand<Vec<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) location: Option<Hand<String>>,
}

/// A field after a hand edit from `before` to `after`: the first edit remembers what the
/// row said; an edit back to that value forgets the field.
fn recorded<T: PartialEq + Clone>(old: Option<Hand<T>>, before: &T, after: &T) -> Option<Hand<T>> {
    if before == after {
        return old;
    }
    let was = old.map_or_else(|| before.clone(), |h| h.was);
    (was != *after).then(|| Hand {
        value: after.clone(),
        was,
    })
}

/// The incoming value of a field set by hand: the hand value while the row says what it
/// said before the edit (or the hand value itself), else the row's (it changed). Whether
/// the hand edit still holds.
fn kept<T: PartialEq + Clone>(hand: Option<Hand<T>>, incoming: &mut T) -> Option<Hand<T>> {
    let hand = hand?;
    if *incoming == hand.was || *incoming == hand.value {
        incoming.clone_from(&hand.value);
        Some(hand)
    } else {
        None
    }
}

impl HandEdits {
    pub(crate) fn is_empty(&self) -> bool {
        self.roles.is_none() && self.location.is_none()
    }

    /// The record after a hand edit of the event from `before` to `after`.
    #[must_use]
    pub(crate) fn after_edit(self, before: &EventDoc, after: &EventDoc) -> HandEdits {
        HandEdits {
            roles: recorded(self.roles, &before.roles, &after.roles),
            location: recorded(self.location, &before.location, &after.location),
        }
    }

    /// `incoming` (the re-imported row matched to the event) with each hand value kept
    /// unless the row changes it; the hand edits that still hold.
    #[must_use]
    pub(crate) fn keep_in(self, incoming: &mut EventDoc) -> HandEdits {
        HandEdits {
            roles: kept(self.roles, &mut incoming.roles),
            location: kept(self.location, &mut incoming.location),
        }
    }
}

/// The pin a re-imported row stores: its own, or the stored one when it has none (a file
/// never pins) or names the stored pin's day again (the re-upload preview shows that day in
/// its date field, and sends it back without the time the person set).
pub(crate) fn kept_pin(incoming: Option<Pinned>, stored: Option<Pinned>) -> Option<Pinned> {
    match (incoming, stored) {
        (None, stored) => stored,
        (Some(p), Some(s)) if p.date == s.date && p.time.is_none() && p.end_date.is_none() => {
            Some(s)
        }
        (Some(p), _) => Some(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};

    fn row(roles: &[&str], location: &str) -> EventDoc {
        EventDoc {
            roles: roles.iter().map(|r| r.to_string()).collect(),
            location: location.into(),
            ..EventDoc::new("Конкурс чтецов", "апрель")
        }
    }

    #[test]
    fn a_hand_edit_is_kept_while_the_file_says_what_it_said_before() {
        let file = row(&["class-teacher"], "");
        let edited = row(&["librarian"], "Актовый зал");
        let hand = HandEdits::default().after_edit(&file, &edited);
        assert_eq!(
            hand.roles.as_ref().map(|h| h.was.clone()),
            Some(file.roles.clone())
        );
        // The same file again: both kept.
        let mut again = file.clone();
        let still = hand.clone().keep_in(&mut again);
        assert_eq!(
            (again.roles.clone(), again.location.as_str()),
            (edited.roles.clone(), "Актовый зал")
        );
        assert_eq!(still, hand);
        // The preview sent the hand value back: kept too.
        let mut shown = edited.clone();
        assert_eq!(hand.clone().keep_in(&mut shown), hand);
        // The file (or the person in the preview) changed the roles: theirs, and the
        // hand edit of the roles is forgotten; the place stays.
        let mut changed = row(&["director"], "");
        let left = hand.keep_in(&mut changed);
        assert_eq!(changed.roles, ["director"]);
        assert_eq!(changed.location, "Актовый зал");
        assert!(left.roles.is_none() && left.location.is_some());
    }

    #[test]
    fn a_second_edit_remembers_the_files_value_and_an_edit_back_forgets() {
        let file = row(&["class-teacher"], "");
        let first = row(&["librarian"], "");
        let second = row(&["director"], "");
        let hand = HandEdits::default()
            .after_edit(&file, &first)
            .after_edit(&first, &second);
        let roles = hand.roles.clone().unwrap_or_else(|| panic!("{hand:?}"));
        assert_eq!(
            (roles.value, roles.was),
            (second.roles.clone(), file.roles.clone())
        );
        assert!(hand.after_edit(&second, &file).is_empty());
    }

    #[test]
    fn a_pin_sent_back_by_the_preview_keeps_its_time() {
        let day = NaiveDate::from_ymd_opt(2025, 10, 16).unwrap_or_default();
        let stored = Pinned {
            date: day,
            end_date: None,
            time: NaiveTime::from_hms_opt(15, 0, 0),
            duration_minutes: Some(90),
        };
        let shown = Pinned {
            date: day,
            end_date: None,
            time: None,
            duration_minutes: None,
        };
        assert_eq!(
            kept_pin(Some(shown.clone()), Some(stored.clone())),
            Some(stored.clone())
        );
        assert_eq!(kept_pin(None, Some(stored.clone())), Some(stored.clone()));
        let moved = Pinned {
            date: day.succ_opt().unwrap_or(day),
            ..shown
        };
        assert_eq!(kept_pin(Some(moved.clone()), Some(stored)), Some(moved));
    }
}
