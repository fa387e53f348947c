//! School calendars as data: when teaching ends and which holidays a weekly or monthly
//! series skips, per locale of the organization whose plan it is. A recurring plan row
//! ("по средам", "thứ Hai hàng tuần") means school weeks: the series stops when teaching
//! stops (not on August 31, the end of the academic year) and leaves out the holidays.
//!
//! The dates are the usual ones, not one region's order: Russian schools' autumn, winter and
//! spring holidays as TIMING.md and the ministry's recommended calendar put them; Vietnamese
//! schools' Tết break (about two weeks around the lunar new year, which moves, so a table by
//! year) and the national days off. English-language plans come from schools whose terms
//! differ too much to guess: no end of teaching, no holidays but New Year's Day.

use chrono::NaiveDate;

use crate::timing::{AcademicYear, Lang};

/// A holiday as (month, day) to (month, day), inclusive; it may run over the new year.
type Days = ((u32, u32), (u32, u32));

pub(super) struct SchoolCalendar {
    /// The last teaching day (month, day) in the second year of an academic year.
    pub teaching_ends: Option<(u32, u32)>,
    /// How many months "once a term" means: a Russian четверть is about three, a Vietnamese
    /// học kỳ (two a year, September–January and January–May) about five.
    pub months_per_term: u32,
    /// Holidays that fall on the same days every year.
    fixed: &'static [Days],
    /// Holidays that move with the lunar calendar: (academic year's first year, days).
    by_year: &'static [(i32, Days)],
}

const RU: SchoolCalendar = SchoolCalendar {
    teaching_ends: Some((5, 31)),
    months_per_term: 3,
    fixed: &[
        // Осенние каникулы.
        ((10, 27), (11, 4)),
        // Зимние каникулы.
        ((12, 29), (1, 11)),
        // Весенние каникулы.
        ((3, 23), (3, 31)),
        // 23 февраля, 8 марта, 1 и 9 мая: нерабочие дни.
        ((2, 23), (2, 23)),
        ((3, 8), (3, 8)),
        ((5, 1), (5, 1)),
        ((5, 9), (5, 9)),
    ],
    by_year: &[],
};

const VI: SchoolCalendar = SchoolCalendar {
    teaching_ends: Some((5, 31)),
    months_per_term: 5,
    fixed: &[
        // Quốc khánh.
        ((9, 2), (9, 2)),
        // Tết Dương lịch.
        ((1, 1), (1, 1)),
        // Ngày Giải phóng miền Nam, Quốc tế Lao động.
        ((4, 30), (5, 1)),
    ],
    // Nghỉ Tết Nguyên đán: from about a week before the lunar new year to a week after it;
    // Giỗ Tổ Hùng Vương (10/3 âm lịch).
    by_year: &[
        (2023, ((2, 2), (2, 16))),
        (2023, ((4, 18), (4, 18))),
        (2024, ((1, 21), (2, 4))),
        (2024, ((4, 7), (4, 7))),
        (2025, ((2, 9), (2, 23))),
        (2025, ((4, 26), (4, 26))),
        (2026, ((1, 30), (2, 13))),
        (2026, ((4, 16), (4, 16))),
        (2027, ((1, 19), (2, 2))),
        (2027, ((4, 4), (4, 4))),
        (2028, ((2, 6), (2, 20))),
        (2028, ((4, 23), (4, 23))),
        (2029, ((1, 27), (2, 10))),
        (2029, ((4, 12), (4, 12))),
    ],
};

const EN: SchoolCalendar = SchoolCalendar {
    teaching_ends: None,
    months_per_term: 3,
    // New Year's Day is a day off wherever English-language plans come from.
    fixed: &[((1, 1), (1, 1))],
    by_year: &[],
};

pub(super) fn of(lang: Lang) -> &'static SchoolCalendar {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

fn day_in(year: AcademicYear, (month, day): (u32, u32)) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.year_of_month(month), month, day)
}

impl SchoolCalendar {
    /// The last teaching day of the academic year `day` is in, if the calendar knows it.
    pub(super) fn teaching_end(&self, day: NaiveDate) -> Option<NaiveDate> {
        day_in(AcademicYear::containing(day), self.teaching_ends?)
    }

    /// The holidays that touch `first..=last`, as inclusive date ranges, in order.
    pub(super) fn holidays_between(
        &self,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Vec<(NaiveDate, NaiveDate)> {
        let mut out = Vec::new();
        let mut year = AcademicYear::containing(first);
        while year.start() <= last {
            let dates = |(from, to): &Days| Some((day_in(year, *from)?, day_in(year, *to)?));
            let ranges = self.fixed.iter().chain(
                self.by_year
                    .iter()
                    .filter(|(first_year, _)| *first_year == year.first_year())
                    .map(|(_, days)| days),
            );
            out.extend(
                ranges
                    .filter_map(dates)
                    .filter(|(a, b)| *a <= last && *b >= first),
            );
            match AcademicYear::new(year.first_year() + 1) {
                Some(next) => year = next,
                None => break,
            }
        }
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    trait Holiday {
        fn is_holiday(&self, day: NaiveDate) -> bool;
    }

    impl Holiday for SchoolCalendar {
        fn is_holiday(&self, day: NaiveDate) -> bool {
            !self.holidays_between(day, day).is_empty()
        }
    }

    #[test]
    fn russian_holidays_and_end_of_teaching() {
        let ru = of(Lang::Ru);
        for d in [
            "2025-10-27",
            "2025-11-04",
            "2025-12-31",
            "2026-01-05",
            "2026-03-25",
        ] {
            assert!(ru.is_holiday(day(d)), "{d}");
        }
        for d in ["2025-10-24", "2025-11-05", "2026-01-12", "2026-04-01"] {
            assert!(!ru.is_holiday(day(d)), "{d}");
        }
        assert_eq!(ru.teaching_end(day("2025-09-03")), Some(day("2026-05-31")));
        assert_eq!(ru.teaching_end(day("2026-02-03")), Some(day("2026-05-31")));
    }

    #[test]
    fn tet_moves_with_the_lunar_year_and_english_plans_get_no_guesses() {
        let vi = of(Lang::Vi);
        // Tết 2026 is February 17.
        assert!(vi.is_holiday(day("2026-02-17")) && vi.is_holiday(day("2026-02-10")));
        assert!(!vi.is_holiday(day("2026-03-02")));
        // Tết 2025 was January 29.
        assert!(vi.is_holiday(day("2025-01-29")));
        assert!(vi.is_holiday(day("2025-09-02")));
        let en = of(Lang::En);
        assert!(!en.is_holiday(day("2025-12-25")));
        assert!(en.is_holiday(day("2026-01-01")));
        assert_eq!(en.teaching_end(day("2025-09-03")), None);
    }
}
