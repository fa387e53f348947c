//! What a subscriber could notice about an event, as a hash: two rows with one hash are one
//! revision of an event, so a re-import that says the same bumps no SEQUENCE. Pure.

use sha2::{Digest, Sha256};

use super::{EventDoc, EventStatus};

/// The content hash of an event cancelled because its row left the document: the row
/// coming back is planned again, while a cancellation set through the API stays.
pub(crate) const GONE_HASH: &str = "gone";

/// The prefix the content hash of an event edited through the API begins with: a hand edit
/// matches no file's row, so a re-import sees it as changed unless the row says exactly
/// what the edit made (`plan::merge`).
pub(crate) const EDITED_HASH_PREFIX: &str = "edited-";

/// The content hash of an event edited through the API at `micros` (Unix microseconds).
pub(crate) fn edited_hash(micros: i64) -> String {
    format!("{EDITED_HASH_PREFIX}{micros}")
}

/// Section and number as written, stored with the row for people reading the database;
/// matching does not use it (see `plan::matching`).
pub(crate) fn row_key(e: &EventDoc) -> String {
    format!(
        "{}|{}",
        e.section.as_deref().unwrap_or("").trim(),
        e.number.as_deref().unwrap_or("").trim()
    )
}

/// Everything about an event a subscriber could notice; a change bumps SEQUENCE. The row's
/// number is not part of it: feeds do not show it, and a row inserted above renumbers every
/// row below without changing any of them.
pub(crate) fn content_hash(e: &EventDoc) -> String {
    hash_of(e, None)
}

/// The hash as it was computed before the number left it; a stored event still holding it
/// is unchanged when the row says the same, so the change of formula bumps no SEQUENCE.
fn hash_with_number(e: &EventDoc) -> String {
    hash_of(e, Some(&e.number))
}

fn hash_of(e: &EventDoc, number: Option<&Option<String>>) -> String {
    let significant = (
        &e.section,
        &e.title,
        &e.timing,
        &e.when,
        &e.pinned,
        &e.location,
        &e.location_org,
        &e.responsible,
        &e.roles,
        &e.people
            .iter()
            .map(|p| (&p.name, &p.org))
            .collect::<Vec<_>>(),
        &e.partners,
        &e.result,
        &e.notes,
        &e.agenda,
        e.status,
    );
    let mut json = serde_json::to_vec(&significant).unwrap_or_default();
    if let Some(c) = &e.calendar {
        // Only calendar events hash their exact time: every other row's hash stays as it was.
        json.extend(serde_json::to_vec(c).unwrap_or_default());
    }
    if let Some(number) = number {
        // The old formula's array began with the number: `[number,section,...]`.
        let mut old = b"[".to_vec();
        old.extend(serde_json::to_vec(number).unwrap_or_default());
        old.push(b',');
        old.extend(json.get(1..).unwrap_or_default());
        json = old;
    }
    hex::encode(Sha256::digest(&json))
}

/// Whether a stored hash says what `e` says (in either formula); `hash` is `e`'s.
pub(crate) fn hash_says(stored: &str, e: &EventDoc, hash: &str) -> bool {
    stored == hash || stored == hash_with_number(e)
}

/// Whether an event stored with `stored_hash` and now cancelled was cancelled because its
/// row left the document (and not through the API): marked so since the cancellation, or,
/// for events cancelled before the mark existed, still holding the hash of the row as
/// planned.
pub(crate) fn cancelled_as_gone(stored_hash: &str, e: &EventDoc) -> bool {
    if stored_hash == GONE_HASH {
        return true;
    }
    let mut planned = e.clone();
    planned.status = EventStatus::Planned;
    hash_says(stored_hash, &planned, &content_hash(&planned))
}

/// `e` as the store keeps it (trimmed names, no empty organization), so that a document and
/// the event read back compare equal when they say the same.
pub(crate) fn as_stored(e: &EventDoc) -> EventDoc {
    let mut e = e.clone();
    e.title = e.title.trim().to_string();
    for p in &mut e.people {
        p.name = p.name.trim().to_string();
        p.org = p
            .org
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_string);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PersonRef;

    fn row() -> EventDoc {
        let mut e = EventDoc::new("Литературный квиз «Осень»", "ноябрь");
        e.number = Some("3".into());
        e.section = Some("1.1".into());
        e.roles = vec!["librarian".into()];
        e.people = vec![PersonRef {
            name: "Труханова С.С.".into(),
            org: None,
            id: None,
        }];
        e
    }

    #[test]
    fn the_number_of_a_row_is_no_change_a_subscriber_sees() {
        let mut renumbered = row();
        renumbered.number = Some("4".into());
        assert_eq!(content_hash(&row()), content_hash(&renumbered));
        let mut moved = row();
        moved.section = Some("2".into());
        assert_ne!(content_hash(&row()), content_hash(&moved));
    }

    #[test]
    fn hashes_stored_by_the_old_formula_still_say_the_same_row() {
        let e = row();
        // The formula before the number left the hash.
        let old = (
            &e.number,
            &e.section,
            &e.title,
            &e.timing,
            &e.when,
            &e.pinned,
            &e.location,
            &e.location_org,
            &e.responsible,
            &e.roles,
            &e.people
                .iter()
                .map(|p| (&p.name, &p.org))
                .collect::<Vec<_>>(),
            &e.partners,
            &e.result,
            &e.notes,
            &e.agenda,
            e.status,
        );
        let old = hex::encode(Sha256::digest(serde_json::to_vec(&old).unwrap()));
        assert!(hash_says(&old, &e, &content_hash(&e)));
        let mut edited = row();
        edited.timing = "20 ноября".into();
        assert!(!hash_says(&old, &edited, &content_hash(&edited)));
    }
}
