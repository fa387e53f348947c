//! The words a feed is made of, per language: description labels, the prefixes that make a
//! title say what the event is (a deadline, a cancellation), month names for deadline dates
//! and the titles of the digest events. One table per language; every lookup is an
//! exhaustive `match` on `Lang`, so adding a language adds a column the compiler asks for.

use chrono::{Datelike, NaiveDate};

use crate::timing::{Lang, month_names};

pub(super) struct Words {
    pub timing: &'static str,
    /// Said in brackets after a title whose date is not exact when the plan gave no words.
    pub date_to_be_set: &'static str,
    pub online: &'static str,
    pub responsible: &'static str,
    pub people: &'static str,
    pub agenda: &'static str,
    pub notes: &'static str,
    pub plan: &'static str,
    pub section: &'static str,
    /// "Организатор: МУК «Рамешковская ЦБС»" in a feed with several owners.
    pub organizer: &'static str,
    /// Before the title of a cancelled event: "Отменено: …".
    pub cancelled: &'static str,
    /// Title of the digest of year-long events: "В течение года: 12 мероприятий".
    pub all_year: &'static str,
    /// Title of the digest of events no date can be given for.
    pub undated: &'static str,
    /// Heading of the digest's list.
    pub digest_list: &'static str,
    /// In the calendar's description when its events were written with less detail to keep
    /// the feed under the size Google reads.
    pub shortened: &'static str,
    deadline: DeadlineStyle,
    /// Month names as a deadline date writes them (genitive in Russian).
    months: [&'static str; 12],
    /// How an inexact month or span of months leads a title ("Апрель–июнь · …").
    month_lead: MonthLead,
    /// After the months of a long span's start and end markers: "Апрель–июнь, начало · …",
    /// "Апрель–июнь, окончание · …" (Google's month grid shows one month, so the marker in
    /// June must say the item began earlier and ends there).
    marker_words: [&'static str; 2],
    /// "event" in the forms a count takes: one, few (2–4 in Russian), many.
    events: [&'static str; 3],
    /// Whose plural rule counts `events` (`Lang::plural`).
    lang: Lang,
}

/// How a title says a month or a span of months.
enum MonthLead {
    /// "Сентябрь", "Апрель–июнь": names, the first capitalised.
    Names([&'static str; 12]),
    /// "Tháng 9", "Tháng 4–6": a word and the months' numbers.
    Numbers(&'static str),
}

/// How a deadline reads before the title.
enum DeadlineStyle {
    /// "До 15 февраля", "Due 15 February": a word, the day and the month's name.
    DayMonthName(&'static str),
    /// "Hạn 15/2": a word, day/month in digits.
    DayMonthDigits(&'static str),
}

const RU: Words = Words {
    timing: "Сроки по плану",
    date_to_be_set: "дата уточняется",
    online: "Онлайн.",
    responsible: "Ответственные",
    people: "Контакты",
    agenda: "Программа",
    notes: "Примечания",
    plan: "План",
    section: "Раздел",
    organizer: "Организатор",
    cancelled: "Отменено",
    all_year: "В течение года",
    undated: "Без даты",
    digest_list: "Мероприятия",
    shortened: "Мероприятий много, поэтому у каждого здесь только главное; всё остальное — на странице мероприятия в plancal.",
    deadline: DeadlineStyle::DayMonthName("До"),
    month_lead: MonthLead::Names(month_names::RU.alone),
    months: month_names::RU.after_day,
    marker_words: ["начало", "окончание"],
    events: ["мероприятие", "мероприятия", "мероприятий"],
    lang: Lang::Ru,
};

const VI: Words = Words {
    timing: "Thời gian theo kế hoạch",
    date_to_be_set: "chưa có ngày",
    online: "Trực tuyến.",
    responsible: "Người phụ trách",
    people: "Liên hệ",
    agenda: "Chương trình",
    notes: "Ghi chú",
    plan: "Kế hoạch",
    section: "Mục",
    organizer: "Đơn vị tổ chức",
    cancelled: "Đã hủy",
    all_year: "Cả năm học",
    undated: "Chưa có thời gian",
    digest_list: "Các hoạt động",
    shortened: "Lịch có nhiều hoạt động nên mỗi hoạt động chỉ ghi những điều chính; chi tiết xem trên trang của hoạt động trong plancal.",
    deadline: DeadlineStyle::DayMonthDigits("Hạn"),
    month_lead: MonthLead::Numbers("Tháng"),
    months: month_names::VI.after_day,
    marker_words: ["bắt đầu", "kết thúc"],
    events: ["hoạt động", "hoạt động", "hoạt động"],
    lang: Lang::Vi,
};

const EN: Words = Words {
    timing: "Planned timing",
    date_to_be_set: "date to be set",
    online: "Online.",
    responsible: "Responsible",
    people: "Contacts",
    agenda: "Agenda",
    notes: "Notes",
    plan: "Plan",
    section: "Section",
    organizer: "Organizer",
    cancelled: "Cancelled",
    all_year: "Throughout the year",
    undated: "No date yet",
    digest_list: "Events",
    shortened: "This calendar holds many events, so each carries the essentials only; the rest is on the event's page in plancal.",
    deadline: DeadlineStyle::DayMonthName("Due"),
    month_lead: MonthLead::Names(month_names::EN.alone),
    months: month_names::EN.after_day,
    marker_words: ["starts", "ends"],
    events: ["event", "events", "events"],
    lang: Lang::En,
};

pub(super) fn of(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

impl Words {
    /// "Сентябрь", "Апрель–июнь", "Tháng 4–6", "April–June": the months from `first` to
    /// `last` as a title leads with them.
    pub(super) fn month_span(&self, first: NaiveDate, last: NaiveDate) -> String {
        let (a, b) = (first.month0() as usize, last.month0() as usize);
        let same = first.year() == last.year() && a == b;
        match self.month_lead {
            MonthLead::Names(names) => {
                let name = |i: usize| names.get(i).copied().unwrap_or("");
                let lead = crate::timing::capitalised(name(a));
                if same {
                    lead
                } else {
                    format!("{lead}–{}", name(b))
                }
            }
            MonthLead::Numbers(word) if same => format!("{word} {}", a + 1),
            MonthLead::Numbers(word) => format!("{word} {}–{}", a + 1, b + 1),
        }
    }

    /// "20–25 сентября", "25 октября – 4 ноября", "20–25/9", "20–25 September": a span of
    /// days as a title leads with it (the reading, so a repaired typo year is not repeated).
    pub(super) fn day_span(&self, first: NaiveDate, last: NaiveDate) -> String {
        let same_month = first.month() == last.month() && first.year() == last.year();
        match self.deadline {
            DeadlineStyle::DayMonthName(_) => {
                let month =
                    |d: NaiveDate| self.months.get(d.month0() as usize).copied().unwrap_or("");
                if same_month {
                    format!("{}–{} {}", first.day(), last.day(), month(last))
                } else {
                    format!(
                        "{} {} – {} {}",
                        first.day(),
                        month(first),
                        last.day(),
                        month(last)
                    )
                }
            }
            DeadlineStyle::DayMonthDigits(_) if same_month => {
                format!("{}–{}/{}", first.day(), last.day(), last.month())
            }
            DeadlineStyle::DayMonthDigits(_) => format!(
                "{}/{}–{}/{}",
                first.day(),
                first.month(),
                last.day(),
                last.month()
            ),
        }
    }

    /// "До 15 февраля", "Hạn 15/2", "Due 15 February".
    pub(super) fn deadline(&self, day: NaiveDate) -> String {
        match self.deadline {
            DeadlineStyle::DayMonthName(word) => {
                let month = self
                    .months
                    .get(day.month0() as usize)
                    .copied()
                    .unwrap_or("");
                format!("{word} {} {month}", day.day())
            }
            DeadlineStyle::DayMonthDigits(word) => {
                format!("{word} {}/{}", day.day(), day.month())
            }
        }
    }

    /// "начало" or "окончание": which of a long span's two markers a title is.
    pub(super) fn marker(&self, marker: super::Marker) -> &'static str {
        let [start, end] = self.marker_words;
        match marker {
            super::Marker::Start => start,
            super::Marker::End => end,
        }
    }

    /// "12 мероприятий", "1 event", "3 hoạt động".
    pub(super) fn events(&self, n: usize) -> String {
        let [one, few, many] = self.events;
        let word = match self.lang.plural(u64::try_from(n).unwrap_or(u64::MAX)) {
            crate::timing::Plural::One => one,
            crate::timing::Plural::Few => few,
            crate::timing::Plural::Many => many,
        };
        format!("{n} {word}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_deadline_reads_as_each_language_writes_it() {
        assert_eq!(of(Lang::Ru).deadline(day(2026, 2, 15)), "До 15 февраля");
        assert_eq!(of(Lang::Vi).deadline(day(2026, 2, 15)), "Hạn 15/2");
        assert_eq!(of(Lang::En).deadline(day(2026, 2, 15)), "Due 15 February");
    }

    #[test]
    fn counts_take_the_russian_plural_forms() {
        let ru = of(Lang::Ru);
        let said: Vec<String> = [1, 2, 5, 11, 12, 21, 22, 25, 111]
            .iter()
            .map(|n| ru.events(*n))
            .collect();
        assert_eq!(
            said,
            [
                "1 мероприятие",
                "2 мероприятия",
                "5 мероприятий",
                "11 мероприятий",
                "12 мероприятий",
                "21 мероприятие",
                "22 мероприятия",
                "25 мероприятий",
                "111 мероприятий"
            ]
        );
        assert_eq!(of(Lang::En).events(1), "1 event");
        assert_eq!(of(Lang::En).events(12), "12 events");
        assert_eq!(of(Lang::Vi).events(12), "12 hoạt động");
    }
}
