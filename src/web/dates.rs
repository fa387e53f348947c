//! Dates as a person reads them in each language: "12 апреля 2026", "апрель – июнь 2026",
//! "tháng 10/2025", "April – June 2026". A span that covers whole months is said in
//! months, because that is what the plan said ("апрель-июнь"); anything else in days.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use super::i18n::words;
use crate::plan::Lang;

/// One day: "12 апреля 2026", "12/4/2026", "12 April 2026".
pub fn day(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Ru | Lang::En => format!("{} {}", day_month(lang, d), d.year()),
        Lang::Vi => format!("{}/{}", day_month(lang, d), d.year()),
    }
}

/// A day without its year: "12 апреля", "12/4", "12 April".
fn day_month(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Ru | Lang::En => format!(
            "{} {}",
            d.day(),
            words(lang).months_genitive[d.month0() as usize]
        ),
        Lang::Vi => format!("{}/{}", d.day(), d.month()),
    }
}

/// A month heading: "апрель 2026", "tháng 10/2025", "April 2026".
pub(crate) fn month_year(lang: Lang, year: i32, month: u32) -> String {
    let name = words(lang).month(month.saturating_sub(1));
    match lang {
        Lang::Ru | Lang::En => format!("{name} {year}"),
        Lang::Vi => format!("{name}/{year}"),
    }
}

/// "14:00" in every language the pages speak.
pub fn time(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// A moment: "12 апреля 2026, 14:05", "14:05 ngày 12/4/2026", "12 April 2026, 14:05".
pub fn day_time(lang: Lang, at: NaiveDateTime) -> String {
    let (d, t) = (day(lang, at.date()), time(at.time()));
    match lang {
        Lang::Ru | Lang::En => format!("{d}, {t}"),
        Lang::Vi => format!("{t} ngày {d}"),
    }
}

/// Does the span cover whole calendar months (the 1st to a month's last day)?
pub(crate) fn whole_months(start: NaiveDate, end: NaiveDate) -> bool {
    start.day() == 1 && end == crate::timing::last_day_of_month(end) && start <= end
}

/// A span of days, said in months when it covers whole months.
pub fn range(lang: Lang, start: NaiveDate, end: NaiveDate) -> String {
    if start >= end {
        return day(lang, start);
    }
    if whole_months(start, end) {
        return month_range(lang, start, end);
    }
    let same_year = start.year() == end.year();
    if same_year && start.month() == end.month() {
        return match lang {
            Lang::Ru | Lang::En => format!(
                "{}–{} {} {}",
                start.day(),
                end.day(),
                words(lang).months_genitive[end.month0() as usize],
                end.year()
            ),
            Lang::Vi => format!(
                "{}–{}/{}/{}",
                start.day(),
                end.day(),
                end.month(),
                end.year()
            ),
        };
    }
    if same_year {
        return format!("{} – {}", day_month(lang, start), day(lang, end));
    }
    format!("{} – {}", day(lang, start), day(lang, end))
}

fn month_range(lang: Lang, start: NaiveDate, end: NaiveDate) -> String {
    let w = words(lang);
    let (sm, em) = (start.month0() as usize, end.month0() as usize);
    if start.year() == end.year() && sm == em {
        return month_year(lang, start.year(), start.month());
    }
    if start.year() == end.year() {
        return match lang {
            Lang::Ru | Lang::En => format!("{} – {} {}", w.months[sm], w.months[em], end.year()),
            Lang::Vi => format!("{} – {}/{}", w.months[sm], w.months[em], end.year()),
        };
    }
    format!(
        "{} – {}",
        month_year(lang, start.year(), start.month()),
        month_year(lang, end.year(), end.month())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_moment_reads_as_each_language_says_it() {
        let at = d(2026, 4, 12).and_hms_opt(14, 5, 0).unwrap();
        assert_eq!(day_time(Lang::Ru, at), "12 апреля 2026, 14:05");
        assert_eq!(day_time(Lang::Vi, at), "14:05 ngày 12/4/2026");
        assert_eq!(day_time(Lang::En, at), "12 April 2026, 14:05");
    }

    #[test]
    fn month_spans_are_said_in_months_in_each_language() {
        let (a, b) = (d(2026, 4, 1), d(2026, 6, 30));
        assert_eq!(range(Lang::Ru, a, b), "апрель – июнь 2026");
        assert_eq!(range(Lang::En, a, b), "April – June 2026");
        assert_eq!(range(Lang::Vi, a, b), "tháng 4 – tháng 6/2026");
        let oct = (d(2025, 10, 1), d(2025, 10, 31));
        assert_eq!(range(Lang::Vi, oct.0, oct.1), "tháng 10/2025");
        assert_eq!(range(Lang::Ru, oct.0, oct.1), "октябрь 2025");
    }

    #[test]
    fn spans_across_the_new_year_name_both_years() {
        assert_eq!(
            range(Lang::Ru, d(2025, 9, 1), d(2026, 5, 31)),
            "сентябрь 2025 – май 2026"
        );
        assert_eq!(
            range(Lang::En, d(2025, 12, 20), d(2026, 1, 10)),
            "20 December 2025 – 10 January 2026"
        );
    }

    #[test]
    fn days_are_said_with_the_month_in_the_right_case() {
        assert_eq!(day(Lang::Ru, d(2026, 4, 12)), "12 апреля 2026");
        assert_eq!(day(Lang::Vi, d(2026, 4, 12)), "12/4/2026");
        assert_eq!(
            range(Lang::Ru, d(2026, 4, 12), d(2026, 4, 15)),
            "12–15 апреля 2026"
        );
        assert_eq!(
            range(Lang::Vi, d(2026, 4, 12), d(2026, 4, 15)),
            "12–15/4/2026"
        );
        assert_eq!(
            range(Lang::En, d(2026, 4, 28), d(2026, 5, 3)),
            "28 April – 3 May 2026"
        );
        assert_eq!(
            range(Lang::Ru, d(2026, 4, 12), d(2026, 4, 12)),
            "12 апреля 2026"
        );
    }

    #[test]
    fn headings_name_the_month_and_year() {
        assert_eq!(month_year(Lang::Ru, 2026, 4), "апрель 2026");
        assert_eq!(month_year(Lang::Vi, 2025, 10), "tháng 10/2025");
        assert_eq!(month_year(Lang::En, 2026, 6), "June 2026");
    }
}
