//! Counting a year's events by what happened to them: planned, held, not held, moved and
//! waiting for a mark, by month, by owner and by role. Pure: the items come in as plain
//! values, today is given, so the counts are a function of what the test writes down.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::plan::{AcademicYear, EventStatus, Outcome, OutcomeStatus};

/// One event as the report sees it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    pub id: i64,
    pub number: Option<String>,
    pub title: String,
    /// The plan's own timing words.
    pub timing: String,
    /// The first and last day the plan gave it (its month in the report); None: undated.
    pub planned: Option<(NaiveDate, NaiveDate)>,
    /// The first and last day it has now (a pin moves it): past the last with no mark,
    /// it waits.
    pub shown: Option<(NaiveDate, NaiveDate)>,
    /// The organization whose plan it is.
    pub owner: String,
    /// Role labels in the report's language.
    pub roles: Vec<String>,
    pub responsible: String,
    pub status: EventStatus,
    pub outcome: Option<Outcome>,
}

/// Where an event stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Mark {
    Held,
    NotHeld,
    Moved,
    /// Ended with no outcome: someone has to say what happened.
    Waiting,
    /// Not over yet.
    Ahead,
}

impl Mark {
    pub(crate) const ALL: [Mark; 5] = [
        Mark::Held,
        Mark::NotHeld,
        Mark::Moved,
        Mark::Waiting,
        Mark::Ahead,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Mark::Held => "held",
            Mark::NotHeld => "not_held",
            Mark::Moved => "moved",
            Mark::Waiting => "waiting",
            Mark::Ahead => "ahead",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Mark> {
        Mark::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

impl Item {
    /// A recorded outcome decides; without one, the older event statuses already say
    /// something (done: held; cancelled: not held); otherwise an ended event waits.
    pub(crate) fn mark(&self, today: NaiveDate) -> Mark {
        match self.outcome.as_ref().map(|o| o.status) {
            Some(OutcomeStatus::Held) => Mark::Held,
            Some(OutcomeStatus::NotHeld) => Mark::NotHeld,
            Some(OutcomeStatus::Moved) => Mark::Moved,
            None => match self.status {
                EventStatus::Done => Mark::Held,
                EventStatus::Cancelled => Mark::NotHeld,
                EventStatus::Planned | EventStatus::Confirmed => {
                    if self.shown.is_some_and(|(_, end)| end < today) {
                        Mark::Waiting
                    } else {
                        Mark::Ahead
                    }
                }
            },
        }
    }

    /// The month the plan put it in (its first day's).
    pub(crate) fn month(&self) -> MonthKey {
        MonthKey(self.planned.map(|(start, _)| (start.year(), start.month())))
    }
}

/// A calendar month, or None for undated events (they come last).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct MonthKey(pub Option<(i32, u32)>);

impl MonthKey {
    /// "2025-10", or "none" for undated events (the key of a figure's link).
    pub(crate) fn code(self) -> String {
        match self.0 {
            Some((y, m)) => format!("{y}-{m:02}"),
            None => "none".into(),
        }
    }

    pub(crate) fn parse(text: &str) -> Option<MonthKey> {
        if text == "none" {
            return Some(MonthKey(None));
        }
        let (y, m) = text.split_once('-')?;
        let (y, m) = (y.parse().ok()?, m.parse().ok()?);
        (1..=12).contains(&m).then_some(MonthKey(Some((y, m))))
    }
}

// Undated sorts after every month, not before (Option's None is smallest).
impl Ord for MonthKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.0.is_none(), self.0).cmp(&(other.0.is_none(), other.0))
    }
}

impl PartialOrd for MonthKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The five figures of one row of the report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub planned: u32,
    pub held: u32,
    pub not_held: u32,
    pub moved: u32,
    pub waiting: u32,
}

impl Tally {
    fn add(&mut self, mark: Mark) {
        self.planned += 1;
        match mark {
            Mark::Held => self.held += 1,
            Mark::NotHeld => self.not_held += 1,
            Mark::Moved => self.moved += 1,
            Mark::Waiting => self.waiting += 1,
            Mark::Ahead => {}
        }
    }

    /// Planned and not over yet: the rest of the bar.
    pub(crate) fn ahead(&self) -> u32 {
        self.planned - self.held - self.not_held - self.moved - self.waiting
    }

    /// The figure a mark names (None: every planned event).
    pub(crate) fn of(&self, mark: Option<Mark>) -> u32 {
        match mark {
            None => self.planned,
            Some(Mark::Held) => self.held,
            Some(Mark::NotHeld) => self.not_held,
            Some(Mark::Moved) => self.moved,
            Some(Mark::Waiting) => self.waiting,
            Some(Mark::Ahead) => self.ahead(),
        }
    }
}

/// The year's figures: in total, by month (every month of the academic year, then any
/// other month an event names, then undated), by owner and by role.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Report {
    pub total: Tally,
    pub months: Vec<(MonthKey, Tally)>,
    pub owners: Vec<(String, Tally)>,
    /// An event with several roles counts once for each.
    pub roles: Vec<(String, Tally)>,
}

impl Report {
    /// `no_role` names the row of events that name no role.
    pub(crate) fn count(
        items: &[Item],
        year: AcademicYear,
        today: NaiveDate,
        no_role: &str,
    ) -> Report {
        let mut months: BTreeMap<MonthKey, Tally> = (0..12)
            .map(|i| {
                let m = (8 + i) % 12 + 1;
                (MonthKey(Some((year.year_of_month(m), m))), Tally::default())
            })
            .collect();
        let mut owners: BTreeMap<String, Tally> = BTreeMap::new();
        let mut roles: BTreeMap<String, Tally> = BTreeMap::new();
        let mut total = Tally::default();
        for item in items {
            let mark = item.mark(today);
            total.add(mark);
            let key = item.month();
            months.entry(key).or_default().add(mark);
            owners.entry(item.owner.clone()).or_default().add(mark);
            if item.roles.is_empty() {
                roles.entry(no_role.to_string()).or_default().add(mark);
            }
            for role in &item.roles {
                roles.entry(role.clone()).or_default().add(mark);
            }
        }
        Report {
            total,
            months: months.into_iter().collect(),
            owners: by_size(owners),
            roles: by_size(roles),
        }
    }
}

/// Largest first, then by name: the rows a reader looks for first.
fn by_size(map: BTreeMap<String, Tally>) -> Vec<(String, Tally)> {
    let mut rows: Vec<(String, Tally)> = map.into_iter().collect();
    rows.sort_by(|a, b| b.1.planned.cmp(&a.1.planned).then_with(|| a.0.cmp(&b.0)));
    rows
}

/// Which events a figure stands for: a mark (None: all planned) within a month, an owner
/// or a role. The report page lists them under the figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Selection {
    pub mark: Option<Mark>,
    pub month: Option<MonthKey>,
    pub owner: Option<String>,
    pub role: Option<String>,
}

impl Selection {
    pub(crate) fn selects(&self, item: &Item, today: NaiveDate, no_role: &str) -> bool {
        let role_ok =
            |r: &String| item.roles.contains(r) || (item.roles.is_empty() && r == no_role);
        self.mark.is_none_or(|m| item.mark(today) == m)
            && self.month.is_none_or(|m| item.month() == m)
            && self.owner.as_ref().is_none_or(|o| &item.owner == o)
            && self.role.as_ref().is_none_or(role_ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn item(id: i64, month: Option<(i32, u32)>, owner: &str, roles: &[&str]) -> Item {
        let planned = month.map(|(y, m)| (day(y, m, 1), day(y, m, 28)));
        Item {
            id,
            number: Some(id.to_string()),
            title: format!("event {id}"),
            timing: String::new(),
            planned,
            shown: planned,
            owner: owner.into(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            responsible: String::new(),
            status: EventStatus::Planned,
            outcome: None,
        }
    }

    fn marked(mut i: Item, status: OutcomeStatus) -> Item {
        i.outcome = Some(Outcome {
            status,
            date: Some(day(2025, 12, 20)),
            ..Outcome::held()
        });
        i
    }

    /// Seven events counted by hand: school (S) and library (L), today 15 December 2025.
    fn plan() -> Vec<Item> {
        vec![
            marked(
                item(1, Some((2025, 9)), "S", &["Библиотекари"]),
                OutcomeStatus::Held,
            ),
            marked(
                item(
                    2,
                    Some((2025, 10)),
                    "S",
                    &["Библиотекари", "Классные руководители"],
                ),
                OutcomeStatus::NotHeld,
            ),
            marked(item(3, Some((2025, 10)), "L", &[]), OutcomeStatus::Moved),
            item(4, Some((2025, 11)), "L", &["Библиотекари"]),
            item(5, Some((2025, 12)), "S", &[]),
            item(6, None, "S", &["Классные руководители"]),
            Item {
                status: EventStatus::Cancelled,
                ..item(7, Some((2026, 3)), "L", &[])
            },
        ]
    }

    fn count() -> Report {
        let year = AcademicYear::parse("2025-2026").unwrap();
        Report::count(&plan(), year, day(2025, 12, 15), "без роли")
    }

    #[test]
    fn the_totals_match_a_hand_count() {
        let t = count().total;
        assert_eq!(
            (t.planned, t.held, t.not_held, t.moved, t.waiting),
            (7, 1, 2, 1, 1)
        );
        assert_eq!(t.ahead(), 2, "December's event and the undated one");
    }

    #[test]
    fn months_run_september_to_august_then_undated() {
        let r = count();
        let codes: Vec<String> = r.months.iter().map(|(k, _)| k.code()).collect();
        assert_eq!(codes.first().map(String::as_str), Some("2025-09"));
        assert_eq!(codes[11], "2026-08");
        assert_eq!(codes.last().map(String::as_str), Some("none"));
        let oct = r.months[1].1;
        assert_eq!((oct.planned, oct.not_held, oct.moved), (2, 1, 1));
        let nov = r.months[2].1;
        assert_eq!((nov.planned, nov.waiting), (1, 1));
        assert_eq!(r.months[6].1.not_held, 1, "March: the cancelled one");
    }

    #[test]
    fn owners_and_roles_count_each_event_where_it_belongs() {
        let r = count();
        assert_eq!(r.owners[0].0, "S");
        assert_eq!(r.owners[0].1.planned, 4);
        assert_eq!(
            r.owners[1].1,
            Tally {
                planned: 3,
                held: 0,
                not_held: 1,
                moved: 1,
                waiting: 1
            }
        );
        let role = |name: &str| r.roles.iter().find(|(n, _)| n == name).unwrap().1;
        assert_eq!(role("Библиотекари").planned, 3);
        assert_eq!(role("Классные руководители").planned, 2);
        assert_eq!(role("без роли").planned, 3);
    }

    #[test]
    fn a_selection_lists_the_events_behind_a_figure() {
        let today = day(2025, 12, 15);
        let items = plan();
        let pick = |s: Selection| -> Vec<i64> {
            items
                .iter()
                .filter(|i| s.selects(i, today, "без роли"))
                .map(|i| i.id)
                .collect()
        };
        assert_eq!(
            pick(Selection {
                mark: Some(Mark::Waiting),
                ..Selection::default()
            }),
            [4]
        );
        assert_eq!(
            pick(Selection {
                month: MonthKey::parse("2025-10"),
                ..Selection::default()
            }),
            [2, 3]
        );
        assert_eq!(
            pick(Selection {
                role: Some("без роли".into()),
                ..Selection::default()
            }),
            [3, 5, 7]
        );
        assert_eq!(
            pick(Selection {
                month: MonthKey::parse("none"),
                ..Selection::default()
            }),
            [6]
        );
        assert_eq!(MonthKey::parse("2025-13"), None);
    }

    #[test]
    fn an_event_ending_today_is_not_yet_waiting() {
        let mut i = item(1, Some((2025, 12)), "S", &[]);
        i.shown = Some((day(2025, 12, 1), day(2025, 12, 15)));
        assert_eq!(i.mark(day(2025, 12, 15)), Mark::Ahead);
        assert_eq!(i.mark(day(2025, 12, 16)), Mark::Waiting);
        i.status = EventStatus::Done;
        assert_eq!(i.mark(day(2025, 12, 16)), Mark::Held);
    }
}
