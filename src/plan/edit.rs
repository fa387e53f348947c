//! Edits of one stored thing, as the store applies them: each field absent (keep) or given
//! (set; for what may be empty, `Some(None)` clears it). How a request spells an edit (JSON
//! with `null`, a form) is the HTTP layer's business; this is what it means.

use super::{EventDoc, EventStatus, FieldProblem, Lang, OrgKind, Pinned, Tz};

/// Fields of one event to change; `EventEdit::default()` changes nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct EventEdit {
    pub title: Option<String>,
    /// A new timing text; the dates read from it are read again.
    pub timing: Option<String>,
    /// `Some(None)` unpins.
    pub pinned: Option<Option<Pinned>>,
    pub location: Option<String>,
    pub responsible: Option<String>,
    pub roles: Option<Vec<String>>,
    pub result: Option<String>,
    pub notes: Option<String>,
    pub status: Option<EventStatus>,
}

impl EventEdit {
    /// `e` with this edit made, or the first field that cannot be so.
    pub(crate) fn apply(self, e: &mut EventDoc) -> Result<(), FieldProblem> {
        let problem = |pointer: &str, message: String| FieldProblem {
            pointer: pointer.into(),
            message,
        };
        if let Some(title) = self.title {
            if title.trim().is_empty() {
                return Err(problem("/title", "the event needs a title".into()));
            }
            e.title = title;
        }
        if let Some(timing) = self.timing {
            e.timing = timing;
            e.when = None;
        }
        if let Some(pinned) = self.pinned {
            if let Some(why) = pinned.as_ref().and_then(Pinned::problem) {
                return Err(problem("/pinned", why));
            }
            e.pinned = pinned;
        }
        set(&mut e.location, self.location);
        set(&mut e.responsible, self.responsible);
        set(&mut e.roles, self.roles);
        set(&mut e.result, self.result);
        set(&mut e.notes, self.notes);
        set(&mut e.status, self.status);
        Ok(())
    }
}

/// Fields of one organization to change (its slug changes by PUT, not by an edit).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct OrganizationEdit {
    pub name: Option<String>,
    /// `Some(None)` removes the short name.
    pub short_name: Option<Option<String>>,
    pub kind: Option<OrgKind>,
    pub timezone: Option<Tz>,
    pub locale: Option<Lang>,
    pub public_feeds: Option<bool>,
    pub public_names: Option<bool>,
    /// `Some(None)` removes the colour.
    pub color: Option<Option<String>>,
}

fn set<T>(field: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *field = v;
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn pin(day: u32) -> Pinned {
        Pinned {
            date: NaiveDate::from_ymd_opt(2025, 11, day).unwrap(),
            end_date: None,
            time: None,
            duration_minutes: None,
        }
    }

    #[test]
    fn an_empty_edit_changes_nothing() {
        let before = EventDoc::new("Квиз", "ноябрь");
        let mut after = before.clone();
        EventEdit::default().apply(&mut after).unwrap();
        assert_eq!(after, before);
    }

    #[test]
    fn given_fields_change_and_a_new_timing_is_read_again() {
        let mut e = EventDoc::new("Квиз", "ноябрь");
        e.when = Some(crate::timing::Timing::unknown("ноябрь"));
        let edit = EventEdit {
            timing: Some("декабрь".into()),
            status: Some(EventStatus::Confirmed),
            roles: Some(vec!["librarian".into()]),
            ..EventEdit::default()
        };
        edit.apply(&mut e).unwrap();
        assert_eq!(e.timing, "декабрь");
        assert_eq!(e.when, None);
        assert_eq!(e.status, EventStatus::Confirmed);
        assert_eq!(e.roles, ["librarian"]);
        assert_eq!(e.title, "Квиз");
    }

    #[test]
    fn a_pin_is_set_and_cleared() {
        let mut e = EventDoc::new("Квиз", "ноябрь");
        let set = EventEdit {
            pinned: Some(Some(pin(14))),
            ..EventEdit::default()
        };
        set.apply(&mut e).unwrap();
        assert_eq!(e.pinned, Some(pin(14)));
        let clear = EventEdit {
            pinned: Some(None),
            ..EventEdit::default()
        };
        clear.apply(&mut e).unwrap();
        assert_eq!(e.pinned, None);
    }

    #[test]
    fn an_empty_title_or_a_backwards_pin_is_refused_at_its_field() {
        let mut e = EventDoc::new("Квиз", "ноябрь");
        let blank = EventEdit {
            title: Some("  ".into()),
            ..EventEdit::default()
        };
        assert_eq!(blank.apply(&mut e).unwrap_err().pointer, "/title");
        let backwards = EventEdit {
            pinned: Some(Some(Pinned {
                end_date: NaiveDate::from_ymd_opt(2025, 11, 1),
                ..pin(14)
            })),
            ..EventEdit::default()
        };
        assert_eq!(backwards.apply(&mut e).unwrap_err().pointer, "/pinned");
        assert_eq!(e.title, "Квиз");
        assert_eq!(e.pinned, None);
    }
}
