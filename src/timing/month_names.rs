//! Month names as the pages, the calendars and the reports say them, one table per
//! language: alone ("сентябрь", the nominative) and after a day ("15 сентября", the genitive
//! in Russian). The words the normaliser *reads* are in `lexicon`; these are what is *written*.

use super::Lang;

pub struct MonthNames {
    /// A month on its own: a grid's heading, a title's lead, a chart's label.
    pub alone: [&'static str; 12],
    /// A month after its day's number.
    pub after_day: [&'static str; 12],
}

pub const RU: MonthNames = MonthNames {
    alone: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    after_day: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
};

const VI_MONTHS: [&str; 12] = [
    "tháng 1",
    "tháng 2",
    "tháng 3",
    "tháng 4",
    "tháng 5",
    "tháng 6",
    "tháng 7",
    "tháng 8",
    "tháng 9",
    "tháng 10",
    "tháng 11",
    "tháng 12",
];

pub const VI: MonthNames = MonthNames {
    alone: VI_MONTHS,
    after_day: VI_MONTHS,
};

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English says a month the same way alone and after a day.
pub const EN: MonthNames = MonthNames {
    alone: EN_MONTHS,
    after_day: EN_MONTHS,
};

pub fn month_names(lang: Lang) -> &'static MonthNames {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// A month's name leading a heading or a label: "Сентябрь", "Tháng 9", "September".
pub fn month_heading(lang: Lang, month0: u32) -> String {
    super::capitalised(month_names(lang).alone[(month0 % 12) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_capitalises_the_name_a_sentence_writes_small() {
        assert_eq!(month_heading(Lang::Ru, 8), "Сентябрь");
        assert_eq!(month_heading(Lang::Vi, 11), "Tháng 12");
        assert_eq!(month_heading(Lang::En, 0), "January");
        assert_eq!(month_names(Lang::Ru).after_day[3], "апреля");
    }
}
