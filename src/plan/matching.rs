//! Which stored event a re-imported (or PUT) plan row is: the rule that keeps a UID, its
//! SEQUENCE, a pinned date and a cancellation on the event they belong to.
//!
//! A row is recognised by what it *is* — its title, then its timing, place and section —
//! never by its number or position: inserting, deleting, reordering or renumbering rows, or
//! moving one to another section, changes no other row's match. The rule, in order:
//!
//! 1. A row that carries a stored UID (or id), as a document fetched from the API and PUT
//!    back does, is that event. A row read from a calendar (.ics) is the stored event with
//!    its publisher's UID, or new; it takes no part in the steps below, nor do stored
//!    calendar events.
//! 2. Rows whose normalised titles are equal (case, ё/е, quotes, punctuation and spaces do
//!    not count) are paired first. Several rows with one title (a monthly "Заседание МО")
//!    pair by equal timing, then place, then section, then by their order among the rows of
//!    that title — an order other rows cannot disturb.
//! 3. What is left pairs by title similarity (character bigram Dice of normalised titles, at
//!    least [`SIMILAR`]), best pairs first, so a typo fix keeps its event while an exact pair
//!    is never broken for a near one. Equal timing, place and section add a little to the
//!    score, enough to choose between near-equal candidates.
//! 4. Only for documents sent through the API ([`Rewrites::InPlace`]): a row still unpaired
//!    whose section, number, timing and place all equal those of a stored event still
//!    unpaired is that event with its title rewritten. A client that rewrites a title
//!    without sending the UID means that row; a file never does, so a re-import skips this.
//! 5. A row still unpaired is new; a stored event still unpaired is left over (gone from the
//!    plan, to be cancelled).
//!
//! Live stored events are preferred over deleted ones at every step, so a deleted twin never
//! takes a live event's row.

use std::collections::HashMap;

use super::EventDoc;

/// The least bigram Dice similarity of two normalised titles for them to be one event with
/// an edited title. One character changed, added or removed in a title of 12 characters
/// scores above 0.81; "Классный час «Осень»" against "Классный час «Зима»" scores 0.70 and
/// stays two events: a false match would move one event's history onto another, which is
/// worse than cancelling one event and adding another.
pub(crate) const SIMILAR: f64 = 0.8;

/// What the store knows of one stored event for matching.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct StoredRow {
    pub id: i64,
    pub uid: String,
    pub title: String,
    /// The plan's timing words as stored.
    pub timing: String,
    pub location: String,
    pub section: Option<String>,
    /// The number as written; not used for matching (rows get renumbered), carried for the
    /// caller.
    pub number: Option<String>,
    /// The stored content hash; not used for matching, carried so the caller can tell an
    /// unchanged row from an edited one.
    pub content_hash: String,
    /// Deleted through the API.
    pub deleted: bool,
    /// The publisher's UID of an event read from a calendar (`CalendarTime::uid`).
    pub calendar_uid: Option<String>,
}

/// What a row whose title changed beyond recognition is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rewrites {
    /// A new event (re-imported files: the slot a row sits in says nothing of what it is,
    /// and a pin or cancellation must never pass to another event).
    AreNew,
    /// The stored event in the same slot when nothing but the title changed (plan documents
    /// PUT through the API, which may rewrite a row in place without naming its UID).
    InPlace,
}

/// Which stored event one incoming row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RowMatch {
    /// The stored event at this index of the stored slice.
    Matched(usize),
    New,
}

/// The answer for a whole plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Matching {
    /// One entry per incoming row, in the incoming order.
    pub rows: Vec<RowMatch>,
    /// Indices of live (not deleted) stored events no row matched, in stored order.
    pub left_over: Vec<usize>,
}

/// Pairs the incoming rows of a plan with its stored events (see the module docs).
/// `stored` is in the plan's stored order, which decides between otherwise equal twins.
pub(crate) fn match_rows(
    stored: &[StoredRow],
    incoming: &[EventDoc],
    rewrites: Rewrites,
) -> Matching {
    let s_feat: Vec<Features> = stored
        .iter()
        .map(|s| Features::new(&s.title, &s.timing, &s.location, s.section.as_deref()))
        .collect();
    let n_feat: Vec<Features> = incoming
        .iter()
        .map(|e| Features::new(&e.title, &e.timing, &e.location, e.section.as_deref()))
        .collect();
    let mut state = State {
        rows: vec![RowMatch::New; incoming.len()],
        taken: vec![false; stored.len()],
        settled: vec![false; incoming.len()],
        reserved: vec![false; stored.len()],
    };

    pair_by_identity(&mut state, stored, incoming);

    // 2. Equal titles.
    let s_rank = ranks(&s_feat);
    let n_rank = ranks(&n_feat);
    let mut by_title: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in s_feat.iter().enumerate() {
        if !state.taken[i] && !state.reserved[i] {
            by_title.entry(f.title.as_str()).or_default().push(i);
        }
    }
    let mut exact: Vec<(bool, u8, usize, usize, usize)> = Vec::new();
    for (j, f) in n_feat.iter().enumerate() {
        if state.rows[j] != RowMatch::New || state.settled[j] {
            continue;
        }
        for &i in by_title.get(f.title.as_str()).into_iter().flatten() {
            exact.push((
                stored[i].deleted,
                u8::MAX - f.agreement(&s_feat[i]),
                s_rank[i].abs_diff(n_rank[j]),
                j,
                i,
            ));
        }
    }
    exact.sort_unstable();
    for (_, _, _, j, i) in exact {
        state.try_pair(j, i);
    }

    // 3. Similar titles, best pairs first.
    let free_stored: Vec<usize> = (0..stored.len())
        .filter(|&i| !state.taken[i] && !state.reserved[i])
        .collect();
    let mut near: Vec<(f64, bool, usize, usize)> = Vec::new();
    for (j, f) in n_feat.iter().enumerate() {
        if state.rows[j] != RowMatch::New || state.settled[j] {
            continue;
        }
        for &i in &free_stored {
            let similarity = dice(&f.bigrams, &s_feat[i].bigrams);
            if similarity >= SIMILAR {
                let score = similarity + f64::from(f.agreement(&s_feat[i])) * 0.01;
                near.push((score, stored[i].deleted, j, i));
            }
        }
    }
    near.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    for (_, _, j, i) in near {
        state.try_pair(j, i);
    }

    // 4. Rewritten in place.
    if rewrites == Rewrites::InPlace {
        pair_rewritten_in_place(&mut state, stored, incoming, &s_feat, &n_feat);
    }

    let left_over = (0..stored.len())
        .filter(|&i| !state.taken[i] && !stored[i].deleted)
        .collect();
    Matching {
        rows: state.rows,
        left_over,
    }
}

/// Steps 1 and 1b: rows that carry their identity (UID or id), and rows read from a
/// calendar, which pair only by their publisher's UID.
fn pair_by_identity(state: &mut State, stored: &[StoredRow], incoming: &[EventDoc]) {
    // 1. Explicit identity.
    let by_uid: HashMap<&str, usize> = stored
        .iter()
        .enumerate()
        .map(|(i, s)| (s.uid.as_str(), i))
        .collect();
    for (j, e) in incoming.iter().enumerate() {
        let found = e
            .uid
            .as_deref()
            .and_then(|u| by_uid.get(u).copied())
            .or_else(|| e.id.and_then(|id| stored.iter().position(|s| s.id == id)));
        if let Some(i) = found {
            state.pair(j, i);
        }
    }

    // 1b. Events read from a calendar are their publisher's UID and nothing else: a row
    // with one pairs only with the stored event of that UID (live first), and neither takes
    // part in the title steps, so a renamed calendar event keeps its history and two events
    // of one title in a calendar never swap.
    let mut by_calendar: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in stored.iter().enumerate() {
        if let Some(uid) = s.calendar_uid.as_deref() {
            state.reserved[i] = true;
            by_calendar.entry(uid).or_default().push(i);
        }
    }
    for list in by_calendar.values_mut() {
        list.sort_by_key(|&i| (stored[i].deleted, i));
    }
    for (j, e) in incoming.iter().enumerate() {
        let Some(uid) = e.calendar.as_ref().map(|c| c.uid.as_str()) else {
            continue;
        };
        state.settled[j] = true;
        if state.rows[j] != RowMatch::New {
            continue;
        }
        let free = by_calendar
            .get(uid)
            .and_then(|list| list.iter().copied().find(|&i| !state.taken[i]));
        if let Some(i) = free {
            state.pair(j, i);
        }
    }
}

/// Step 4: a row whose number and other fields all agree with a stored row's, though its
/// title was rewritten past recognition.
fn pair_rewritten_in_place(
    state: &mut State,
    stored: &[StoredRow],
    incoming: &[EventDoc],
    s_feat: &[Features],
    n_feat: &[Features],
) {
    for (j, e) in incoming.iter().enumerate() {
        let slot = number_key(e.number.as_deref());
        if state.rows[j] != RowMatch::New || state.settled[j] || slot.is_empty() {
            continue;
        }
        let f = &n_feat[j];
        let found = (0..stored.len()).find(|&i| {
            !state.taken[i]
                && !state.reserved[i]
                && !stored[i].deleted
                && number_key(stored[i].number.as_deref()) == slot
                && f.agreement(&s_feat[i]) == ALL_AGREE
        });
        if let Some(i) = found {
            state.pair(j, i);
        }
    }
}

struct State {
    rows: Vec<RowMatch>,
    taken: Vec<bool>,
    /// Incoming rows decided by their calendar UID (paired or new).
    settled: Vec<bool>,
    /// Stored calendar events, matched by their UID only.
    reserved: Vec<bool>,
}

impl State {
    fn pair(&mut self, j: usize, i: usize) {
        self.rows[j] = RowMatch::Matched(i);
        self.taken[i] = true;
    }

    fn try_pair(&mut self, j: usize, i: usize) {
        if self.rows[j] == RowMatch::New && !self.taken[i] {
            self.pair(j, i);
        }
    }
}

/// What one row is, normalised once.
struct Features {
    title: String,
    bigrams: Vec<(char, char)>,
    timing: String,
    place: String,
    section: String,
}

impl Features {
    fn new(title: &str, timing: &str, place: &str, section: Option<&str>) -> Self {
        let title = normalise(title);
        Features {
            bigrams: bigrams(&title),
            title,
            timing: normalise(timing),
            place: normalise(place),
            section: section.unwrap_or("").trim().to_string(),
        }
    }

    /// How much besides the title two rows share: timing outweighs place and section
    /// together, place outweighs section (0..=7).
    fn agreement(&self, other: &Features) -> u8 {
        4 * u8::from(self.timing == other.timing)
            + 2 * u8::from(self.place == other.place)
            + u8::from(self.section == other.section)
    }
}

/// Timing, place and section all equal.
const ALL_AGREE: u8 = 7;

/// A row number as written ("13 .", "13.") reduced to its letters and digits ("13").
fn number_key(number: Option<&str>) -> String {
    normalise(number.unwrap_or(""))
}

/// Lower case, ё as е, every run of characters other than letters and digits (quotes,
/// dashes, punctuation, spaces) as one space, trimmed.
pub(crate) fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c == 'ё' { 'е' } else { c };
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

/// How alike two texts are, 0..=1: the bigram Dice coefficient of their normalised forms
/// (the measure titles are paired by, shared with the organization merge suggestions).
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    dice(&bigrams(&normalise(a)), &bigrams(&normalise(b)))
}

/// Character bigrams of a normalised text padded with a space at each end (so the first
/// and last letters count as much as the others), sorted for a merge count.
fn bigrams(text: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = std::iter::once(' ')
        .chain(text.chars())
        .chain(std::iter::once(' '))
        .collect();
    let mut out: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
    out.sort_unstable();
    out
}

/// Dice coefficient of two sorted bigram multisets: 2·shared / (|a| + |b|).
#[expect(
    clippy::cast_precision_loss,
    reason = "bigram counts of two titles, far below 2^52"
)]
fn dice(a: &[(char, char)], b: &[(char, char)]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut x, mut y, mut shared) = (0, 0, 0usize);
    while x < a.len() && y < b.len() {
        match a[x].cmp(&b[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                x += 1;
                y += 1;
            }
        }
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// Each row's place among the rows with the same normalised title (0 for the first).
fn ranks(rows: &[Features]) -> Vec<usize> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    rows.iter()
        .map(|f| {
            let n = seen.entry(f.title.as_str()).or_default();
            *n += 1;
            *n - 1
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// How similar two titles are (0..=1), as the rule sees them.
    fn title_similarity(a: &str, b: &str) -> f64 {
        dice(&bigrams(&normalise(a)), &bigrams(&normalise(b)))
    }

    fn stored_from(events: &[EventDoc]) -> Vec<StoredRow> {
        events
            .iter()
            .zip(0i64..)
            .map(|(e, i)| StoredRow {
                id: i + 1,
                uid: format!("uid-{i}"),
                title: e.title.clone(),
                timing: e.timing.clone(),
                location: e.location.clone(),
                section: e.section.clone(),
                number: e.number.clone(),
                content_hash: format!("hash-{i}"),
                deleted: false,
                calendar_uid: e.calendar.as_ref().map(|c| c.uid.clone()),
            })
            .collect()
    }

    fn row(number: &str, section: &str, title: &str, timing: &str) -> EventDoc {
        let mut e = EventDoc::new(title, timing);
        e.number = Some(number.into());
        e.section = Some(section.into());
        e
    }

    fn plan() -> Vec<EventDoc> {
        vec![
            row("1", "1", "Заключение договора о сотрудничестве", "сентябрь"),
            row("2", "1", "Экскурсия в детскую библиотеку", "октябрь"),
            row("3", "1", "Литературный квиз «Осень»", "ноябрь"),
            row("4", "2", "Новогодний утренник", "декабрь"),
            row("5", "2", "Участие в районных конкурсах", "в течение года"),
        ]
    }

    fn renumber(events: &mut [EventDoc]) {
        for (n, e) in events.iter_mut().enumerate() {
            e.number = Some((n + 1).to_string());
        }
    }

    #[test]
    fn normalising_ignores_case_yo_quotes_punctuation_and_spaces() {
        assert_eq!(
            normalise("  Литературный КВИЗ «Ёлка»!  "),
            normalise("литературный квиз \"елка\"")
        );
        assert_eq!(
            normalise("Праздник-концерт,  «Осень»"),
            "праздник концерт осень"
        );
        assert_eq!(normalise("«»"), "");
    }

    #[test]
    fn the_same_plan_matches_every_row_to_itself() {
        let stored = stored_from(&plan());
        let m = match_rows(&stored, &plan(), Rewrites::AreNew);
        assert_eq!(m.rows, (0..5).map(RowMatch::Matched).collect::<Vec<_>>());
        assert!(m.left_over.is_empty());
    }

    #[test]
    fn a_row_inserted_at_the_top_is_new_and_renumbering_moves_nothing() {
        let stored = stored_from(&plan());
        let mut incoming = plan();
        incoming.insert(0, row("1", "1", "Праздник книги", "март"));
        renumber(&mut incoming);
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows[0], RowMatch::New);
        assert_eq!(
            m.rows[1..],
            (0..5).map(RowMatch::Matched).collect::<Vec<_>>()
        );
        assert!(m.left_over.is_empty());
    }

    #[test]
    fn a_deleted_row_is_left_over_and_the_rest_keep_their_events() {
        let stored = stored_from(&plan());
        let mut incoming = plan();
        incoming.remove(1);
        renumber(&mut incoming);
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(
            m.rows,
            [0, 2, 3, 4].map(RowMatch::Matched).to_vec(),
            "row 2 gone, rows 3..5 renumbered 2..4"
        );
        assert_eq!(m.left_over, vec![1]);
    }

    #[test]
    fn reordered_rows_keep_their_events() {
        let stored = stored_from(&plan());
        let mut incoming = plan();
        incoming.reverse();
        renumber(&mut incoming);
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, [4, 3, 2, 1, 0].map(RowMatch::Matched).to_vec());
    }

    #[test]
    fn a_row_moved_to_another_section_keeps_its_event() {
        let stored = stored_from(&plan());
        let mut incoming = plan();
        let moved = incoming.remove(1);
        incoming.push(EventDoc {
            section: Some("2".into()),
            number: Some("9".into()),
            ..moved
        });
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, [0, 2, 3, 4, 1].map(RowMatch::Matched).to_vec());
    }

    #[test]
    fn calendar_events_are_their_publishers_uid_whatever_their_titles() {
        let with_uid = |title: &str, uid: &str| {
            let mut e = EventDoc::new(title, "2025-10-10");
            e.calendar = Some(crate::plan::CalendarTime {
                uid: uid.into(),
                start: chrono::NaiveDate::from_ymd_opt(2025, 10, 10)
                    .unwrap()
                    .and_time(chrono::NaiveTime::MIN),
                end: chrono::NaiveDate::from_ymd_opt(2025, 10, 11)
                    .unwrap()
                    .and_time(chrono::NaiveTime::MIN),
                all_day: true,
                zone: None,
                rrule: None,
                until: None,
                rdates: Vec::new(),
                exdates: Vec::new(),
            });
            e
        };
        let stored = stored_from(&[with_uid("Квиз", "a"), with_uid("Квиз", "b")]);
        // Renamed beyond recognition, swapped, and one title reused by a new UID.
        let incoming = [
            with_uid("Квиз", "c"),
            with_uid("Совсем другое", "b"),
            with_uid("Квиз", "a"),
        ];
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(
            m.rows,
            vec![RowMatch::New, RowMatch::Matched(1), RowMatch::Matched(0)]
        );
        assert!(m.left_over.is_empty());
    }

    #[test]
    fn a_typo_fix_keeps_the_event() {
        let stored = stored_from(&plan());
        let mut incoming = plan();
        incoming[1].title = "Экскурсия в детскую библиотеку.".into();
        incoming[2].title = "Литературный квиз «Осень-2025»".into();
        incoming[3].title = "Новогодний утренник!".into();
        incoming[4].title = "Участие в районных конкурсах".replace("районных", "раойнных");
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, (0..5).map(RowMatch::Matched).collect::<Vec<_>>());
    }

    #[test]
    fn case_yo_and_quotes_are_the_same_title() {
        let stored = stored_from(&[row("1", "1", "Ёлка «Зимняя сказка»", "декабрь")]);
        let incoming = [row("7", "3", "ёлка \"Зимняя Сказка\"", "декабрь")];
        assert_eq!(
            match_rows(&stored, &incoming, Rewrites::AreNew).rows,
            vec![RowMatch::Matched(0)]
        );
    }

    #[test]
    fn a_different_event_with_a_similar_title_is_new() {
        let stored = stored_from(&[row("1", "1", "Классный час «Осень»", "октябрь")]);
        let incoming = [row("1", "1", "Классный час «Зима»", "январь")];
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, vec![RowMatch::New]);
        assert_eq!(m.left_over, vec![0]);
        assert!(title_similarity("Классный час «Осень»", "Классный час «Зима»") < SIMILAR);
    }

    #[test]
    fn a_near_match_never_steals_an_exact_one() {
        let stored = stored_from(&[
            row("1", "1", "Конкурс чтецов «Весна»", "март"),
            row("2", "1", "Конкурс чтецов «Весны»", "апрель"),
        ]);
        // The exact title wins over a near title with the same timing.
        let incoming = [row("1", "1", "Конкурс чтецов «Весны»", "март")];
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, vec![RowMatch::Matched(1)]);
        assert_eq!(m.left_over, vec![0]);

        let incoming = [
            row("1", "1", "Конкурс чтецов «Весны»", "апрель"),
            row("2", "1", "Конкурс чтецов «Вёсна»", "март"),
        ];
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, vec![RowMatch::Matched(1), RowMatch::Matched(0)]);
    }

    #[test]
    fn the_best_near_pair_wins() {
        let stored = stored_from(&[
            row("1", "1", "Выставка рисунков «Мир книги»", "март"),
            row("2", "1", "Выставка рисунков «Мир книг»", "март"),
        ]);
        let incoming = [row("1", "1", "Выставка рисунков «Мир книгм»", "март")];
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, vec![RowMatch::Matched(1)]);
        assert_eq!(m.left_over, vec![0]);
    }

    #[test]
    fn twins_with_one_title_pair_by_timing_then_order() {
        let stored = stored_from(&[
            row("1", "1", "Заседание МО", "сентябрь"),
            row("2", "1", "Заседание МО", "январь"),
            row("3", "1", "Заседание МО", "май"),
        ]);
        // Reordered and one new meeting inserted first.
        let incoming = [
            row("1", "1", "Заседание МО", "март"),
            row("2", "1", "Заседание МО", "май"),
            row("3", "1", "Заседание МО", "сентябрь"),
            row("4", "1", "Заседание МО", "январь"),
        ];
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(
            m.rows,
            vec![
                RowMatch::New,
                RowMatch::Matched(2),
                RowMatch::Matched(0),
                RowMatch::Matched(1)
            ]
        );
        // Indistinguishable twins keep their order.
        let stored = stored_from(&[
            row("1", "1", "Рейд «Учебник»", "в течение года"),
            row("2", "1", "Рейд «Учебник»", "в течение года"),
        ]);
        let mut incoming = vec![row("1", "1", "Другое", "май")];
        incoming.extend(stored.iter().map(|s| row("9", "1", &s.title, &s.timing)));
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(
            m.rows,
            vec![RowMatch::New, RowMatch::Matched(0), RowMatch::Matched(1)]
        );
    }

    #[test]
    fn twins_pair_by_section_when_timing_is_equal() {
        let stored = stored_from(&[
            row("1", "1", "Родительское собрание", "октябрь"),
            row("1", "2", "Родительское собрание", "октябрь"),
        ]);
        let incoming = [
            row("1", "2", "Родительское собрание", "октябрь"),
            row("1", "1", "Родительское собрание", "октябрь"),
        ];
        assert_eq!(
            match_rows(&stored, &incoming, Rewrites::AreNew).rows,
            vec![RowMatch::Matched(1), RowMatch::Matched(0)]
        );
    }

    #[test]
    fn a_uid_in_the_document_decides() {
        let stored = stored_from(&plan());
        let mut incoming = plan();
        // A PUT that renamed row 2 entirely, keeping its UID.
        incoming[1].title = "Совсем другое название".into();
        incoming[1].uid = Some("uid-1".into());
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, (0..5).map(RowMatch::Matched).collect::<Vec<_>>());
    }

    #[test]
    fn live_events_are_preferred_over_deleted_ones() {
        let mut stored = stored_from(&[
            row("1", "1", "Экскурсия в музей", "май"),
            row("2", "1", "Экскурсия в музей", "май"),
        ]);
        stored[0].deleted = true;
        let incoming = [row("1", "1", "Экскурсия в музей", "май")];
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows, vec![RowMatch::Matched(1)]);
        assert!(m.left_over.is_empty(), "a deleted event is not left over");
    }

    #[test]
    fn a_new_row_is_new_and_a_gone_row_is_left_over() {
        let stored = stored_from(&plan());
        let mut incoming = plan();
        incoming[3] = row("4", "2", "Праздник книги", "март");
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows[3], RowMatch::New);
        assert_eq!(m.left_over, vec![3]);
        assert!(
            match_rows(&[], &incoming, Rewrites::AreNew)
                .rows
                .iter()
                .all(|r| *r == RowMatch::New)
        );
        assert_eq!(
            match_rows(&stored, &[], Rewrites::AreNew).left_over,
            vec![0, 1, 2, 3, 4]
        );
    }

    #[test]
    fn a_document_may_rewrite_a_title_in_place_but_a_file_may_not() {
        let stored = stored_from(&plan());
        let mut incoming = plan();
        incoming[2].title = "Совсем другое название".into();
        incoming[2].number = Some("3 .".into());
        let m = match_rows(&stored, &incoming, Rewrites::InPlace);
        assert_eq!(m.rows, (0..5).map(RowMatch::Matched).collect::<Vec<_>>());
        let m = match_rows(&stored, &incoming, Rewrites::AreNew);
        assert_eq!(m.rows[2], RowMatch::New);
        assert_eq!(m.left_over, vec![2]);
        // Another timing (or place, section, number) is another slot.
        incoming[2].timing = "май".into();
        let m = match_rows(&stored, &incoming, Rewrites::InPlace);
        assert_eq!(m.rows[2], RowMatch::New);
        incoming[2].timing = "ноябрь".into();
        incoming[2].number = Some("6".into());
        let m = match_rows(&stored, &incoming, Rewrites::InPlace);
        assert_eq!(m.rows[2], RowMatch::New);
    }

    // ----- properties -----

    const SUBJECTS: &[&str] = &[
        "Экскурсия в",
        "Литературный квиз",
        "Выставка рисунков",
        "Классный час",
        "Конкурс чтецов",
        "Беседа о",
        "Праздник",
        "Встреча с писателем",
        "Библиотечный урок",
        "Акция",
        "Родительское собрание",
        "Заседание методического объединения",
        "Викторина",
        "Мастер-класс",
        "Неделя детской книги",
    ];
    const TOPICS: &[&str] = &[
        "«Осень»",
        "«Зимняя сказка»",
        "детскую библиотеку",
        "краеведческий музей",
        "«Мир книги»",
        "безопасности на дороге",
        "«Весна идёт»",
        "«День матери»",
        "Пушкине",
        "«Читаем вместе»",
        "«Мой край»",
        "«Здоровый образ жизни»",
        "природе родного края",
        "«Новый год у ворот»",
        "«Книжкина неделя»",
    ];
    const TIMINGS: &[&str] = &[
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
        "январь",
        "в течение года",
        "март",
        "1 четверть",
        "20.04.2026",
        "по плану",
    ];
    const LETTERS: &[char] = &['а', 'о', 'е', 'и', 'к', 'н', 'р', 'с', 'т', 'ы', 'я', 'м'];

    fn event_strategy() -> impl Strategy<Value = EventDoc> {
        (0..SUBJECTS.len(), 0..TOPICS.len(), 0..TIMINGS.len(), 1u8..4).prop_map(|(s, t, w, sec)| {
            let mut e = EventDoc::new(format!("{} {}", SUBJECTS[s], TOPICS[t]), TIMINGS[w]);
            e.section = Some(sec.to_string());
            e
        })
    }

    /// 1..40 events with distinct titles, numbered in order.
    fn plan_strategy() -> impl Strategy<Value = Vec<EventDoc>> {
        prop::collection::vec(event_strategy(), 1..40).prop_map(|events| {
            let mut seen = std::collections::HashSet::new();
            let mut out: Vec<EventDoc> = events
                .into_iter()
                .filter(|e| seen.insert(normalise(&e.title)))
                .collect();
            renumber(&mut out);
            out
        })
    }

    #[derive(Clone, Debug)]
    enum Edit {
        Shuffle(Vec<usize>),
        Insert(usize, Box<EventDoc>),
        Delete(usize),
        RenumberAll(usize),
        /// Row, character position, kind (0 change, 1 add, 2 remove), letter.
        Rename(usize, usize, u8, char),
        MoveSection(usize, u8),
    }

    fn edit_strategy() -> impl Strategy<Value = Edit> {
        prop_oneof![
            prop::collection::vec(any::<usize>(), 40).prop_map(Edit::Shuffle),
            (any::<usize>(), event_strategy()).prop_map(|(at, e)| Edit::Insert(at, Box::new(e))),
            any::<usize>().prop_map(Edit::Delete),
            (1usize..100).prop_map(Edit::RenumberAll),
            (
                any::<usize>(),
                any::<usize>(),
                0u8..3,
                prop::sample::select(LETTERS)
            )
                .prop_map(|(r, p, k, c)| Edit::Rename(r, p, k, c)),
            (any::<usize>(), 1u8..6).prop_map(|(r, s)| Edit::MoveSection(r, s)),
        ]
    }

    /// The edited plan, each row tagged with the index of the original row it is (None for
    /// an inserted row); None when the edit does not apply to this plan.
    fn apply(plan: &[EventDoc], edit: &Edit) -> Option<Vec<(Option<usize>, EventDoc)>> {
        let mut rows: Vec<(Option<usize>, EventDoc)> = plan
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, e)| (Some(i), e))
            .collect();
        let n = rows.len();
        match edit {
            Edit::Shuffle(keys) => {
                // Sort by arbitrary keys: a permutation.
                let mut keyed: Vec<_> = rows.into_iter().zip(keys.iter().copied()).collect();
                keyed.sort_by_key(|(_, k)| *k);
                rows = keyed.into_iter().map(|(r, _)| r).collect();
                let mut plain: Vec<EventDoc> = rows.iter().map(|(_, e)| e.clone()).collect();
                renumber(&mut plain);
                for (r, e) in rows.iter_mut().zip(plain) {
                    r.1 = e;
                }
            }
            Edit::Insert(at, e) => {
                let key = normalise(&e.title);
                if plan.iter().any(|p| normalise(&p.title) == key) {
                    return None;
                }
                rows.insert(at % (n + 1), (None, (**e).clone()));
                let mut plain: Vec<EventDoc> = rows.iter().map(|(_, e)| e.clone()).collect();
                renumber(&mut plain);
                for (r, e) in rows.iter_mut().zip(plain) {
                    r.1 = e;
                }
            }
            Edit::Delete(at) => {
                rows.remove(at % n);
            }
            Edit::RenumberAll(offset) => {
                for (k, (_, e)) in rows.iter_mut().enumerate() {
                    e.number = Some(format!("{}.", k + offset));
                }
            }
            Edit::Rename(r, p, kind, c) => {
                let e = &mut rows[r % n].1;
                let mut chars: Vec<char> = e.title.chars().collect();
                if chars.len() < 12 {
                    return None;
                }
                let at = p % chars.len();
                match kind {
                    0 => chars[at] = *c,
                    1 => chars.insert(at, *c),
                    _ => {
                        chars.remove(at);
                    }
                }
                e.title = chars.into_iter().collect();
                let key = normalise(&e.title);
                let clash = plan
                    .iter()
                    .enumerate()
                    .any(|(k, p)| k != r % n && normalise(&p.title) == key);
                if clash {
                    return None;
                }
            }
            Edit::MoveSection(r, s) => {
                rows[r % n].1.section = Some(s.to_string());
            }
        }
        Some(rows)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_edit_keeps_every_unchanged_event_on_its_own(
            plan in plan_strategy(),
            edit in edit_strategy(),
        ) {
            let stored = stored_from(&plan);
            let Some(rows) = apply(&plan, &edit) else {
                return Ok(());
            };
            let incoming: Vec<EventDoc> = rows.iter().map(|(_, e)| e.clone()).collect();
            for rewrites in [Rewrites::AreNew, Rewrites::InPlace] {
                let m = match_rows(&stored, &incoming, rewrites);
                prop_assert_eq!(m.rows.len(), incoming.len());
                for ((origin, e), got) in rows.iter().zip(&m.rows) {
                    match origin {
                        Some(i) => prop_assert_eq!(*got, RowMatch::Matched(*i), "{:?} for {:?}", edit, e.title),
                        None => prop_assert_eq!(*got, RowMatch::New, "{:?}", edit),
                    }
                }
                let kept: std::collections::HashSet<usize> = rows.iter().filter_map(|(o, _)| *o).collect();
                let gone: Vec<usize> = (0..plan.len()).filter(|i| !kept.contains(i)).collect();
                prop_assert_eq!(m.left_over, gone);
            }
        }

        #[test]
        fn twins_told_apart_by_timing_survive_a_shuffle(
            title in prop::sample::select(SUBJECTS),
            timings in prop::sample::subsequence(TIMINGS, 2..TIMINGS.len()),
            keys in prop::collection::vec(any::<u32>(), TIMINGS.len()),
        ) {
            let plan: Vec<EventDoc> = timings.iter().map(|t| EventDoc::new(title, *t)).collect();
            let stored = stored_from(&plan);
            let mut order: Vec<usize> = (0..plan.len()).collect();
            order.sort_by_key(|&i| keys[i]);
            let incoming: Vec<EventDoc> = order.iter().map(|&i| plan[i].clone()).collect();
            let m = match_rows(&stored, &incoming, Rewrites::AreNew);
            let expected: Vec<RowMatch> = order.into_iter().map(RowMatch::Matched).collect();
            prop_assert_eq!(m.rows, expected);
        }

        #[test]
        fn matching_is_one_to_one(
            old in prop::collection::vec(event_strategy(), 0..30),
            new in prop::collection::vec(event_strategy(), 0..30),
        ) {
            let stored = stored_from(&old);
            let m = match_rows(&stored, &new, Rewrites::AreNew);
            let mut used = vec![false; stored.len()];
            for r in &m.rows {
                if let RowMatch::Matched(i) = r {
                    prop_assert!(!used[*i]);
                    used[*i] = true;
                }
            }
            for i in &m.left_over {
                prop_assert!(!used[*i]);
                used[*i] = true;
            }
            prop_assert!(used.iter().all(|u| *u));
        }
    }
}
