//! The words timing cells are written with, per language: month names in every case and
//! abbreviation, and the phrases for terms, seasons, holidays, recurrences, deadlines and
//! flags. Data only; the grammar reads these tables. All entries are lowercase with "ё"
//! written as "е" (the grammar normalises text the same way).

use chrono::Weekday;

use super::{Flag, Freq};

/// Exact word forms of months (1..=12).
pub(crate) const MONTH_WORDS: &[(&str, u32)] = &[
    // Russian: nominative, genitive, prepositional, dative, instrumental, abbreviations.
    ("январь", 1),
    ("января", 1),
    ("январе", 1),
    ("январю", 1),
    ("январем", 1),
    ("янв", 1),
    ("февраль", 2),
    ("февраля", 2),
    ("феврале", 2),
    ("февралю", 2),
    ("февралем", 2),
    ("фев", 2),
    ("февр", 2),
    ("март", 3),
    ("марта", 3),
    ("марте", 3),
    ("марту", 3),
    ("мартом", 3),
    ("мар", 3),
    ("апрель", 4),
    ("апреля", 4),
    ("апреле", 4),
    ("апрелю", 4),
    ("апрелем", 4),
    ("апр", 4),
    ("май", 5),
    ("мая", 5),
    ("мае", 5),
    ("маю", 5),
    ("маем", 5),
    ("июнь", 6),
    ("июня", 6),
    ("июне", 6),
    ("июню", 6),
    ("июнем", 6),
    ("июн", 6),
    ("июль", 7),
    ("июля", 7),
    ("июле", 7),
    ("июлю", 7),
    ("июлем", 7),
    ("июл", 7),
    ("август", 8),
    ("августа", 8),
    ("августе", 8),
    ("августу", 8),
    ("августом", 8),
    ("авг", 8),
    ("сентябрь", 9),
    ("сентября", 9),
    ("сентябре", 9),
    ("сентябрю", 9),
    ("сентябрем", 9),
    ("сент", 9),
    ("сен", 9),
    ("октябрь", 10),
    ("октября", 10),
    ("октябре", 10),
    ("октябрю", 10),
    ("октябрем", 10),
    ("окт", 10),
    ("ноябрь", 11),
    ("ноября", 11),
    ("ноябре", 11),
    ("ноябрю", 11),
    ("ноябрем", 11),
    ("ноя", 11),
    ("нояб", 11),
    ("декабрь", 12),
    ("декабря", 12),
    ("декабре", 12),
    ("декабрю", 12),
    ("декабрем", 12),
    ("дек", 12),
    // English.
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // Vietnamese month words other than "tháng N".
    ("giêng", 1),
    ("chạp", 12),
];

/// Words that introduce a month number: "tháng 9", "month 9".
pub(crate) const MONTH_NUMBER_WORDS: &[&str] = &["tháng", "thang", "month"];

/// Range separators between two points.
pub(crate) const RANGE_WORDS: &[&str] = &[
    "по", "до", "to", "till", "until", "through", "đến", "tới", "den", "-",
];

/// List separators.
pub(crate) const LIST_WORDS: &[&str] = &["и", "and", "và", ",", ";", "/", "&", "+"];

/// Words that make the next point a deadline.
pub(crate) const DEADLINE_WORDS: &[&str] = &[
    "до",
    "к",
    "ко",
    "не позднее",
    "не позже",
    "в срок до",
    "срок до",
    "by",
    "before",
    "no later than",
    "trước ngày",
    "trước",
    "không quá",
    "chậm nhất",
    "hạn chót",
    "hạn",
];

/// Phrases meaning "the whole academic year".
pub(crate) const WHOLE_YEAR: &[&str] = &[
    "в течение года",
    "в течение учебного года",
    "в течение календарного года",
    "в течении календарного года",
    "в течении года",
    "в течении учебного года",
    "в течение всего года",
    "в течение всего учебного года",
    // Abbreviated as plans write them: "в теч. года", "в течение уч. года".
    "в теч. года",
    "в теч. уч. года",
    "в теч. учебного года",
    "в течение уч. года",
    "в течение уч.года",
    "в теч.года",
    "весь год",
    "весь учебный год",
    "на протяжении года",
    "на протяжении учебного года",
    "учебный год",
    "постоянно",
    "весь период",
    "круглогодично",
    "систематически",
    "регулярно",
    "cả năm",
    "cả năm học",
    "trong năm học",
    "suốt năm học",
    "thường xuyên",
    "quanh năm",
    "throughout the year",
    "all year",
    "all year round",
    "during the year",
    "ongoing",
    "year-round",
    "the whole year",
];

/// A school term, numbered within the academic year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TermKind {
    /// полугодие, semester
    Half,
    /// четверть
    Quarter,
    /// học kỳ
    ViTerm,
    /// календарный квартал, quý
    CalendarQuarter,
}

/// Words naming a term kind (after or before its number).
pub(crate) const TERM_WORDS: &[(&str, TermKind)] = &[
    ("полугодие", TermKind::Half),
    ("полугодия", TermKind::Half),
    ("полугодии", TermKind::Half),
    ("полугодье", TermKind::Half),
    ("семестр", TermKind::Half),
    ("семестра", TermKind::Half),
    ("semester", TermKind::Half),
    ("half", TermKind::Half),
    ("четверть", TermKind::Quarter),
    ("четверти", TermKind::Quarter),
    ("четв", TermKind::Quarter),
    ("триместр", TermKind::Quarter),
    ("term", TermKind::Quarter),
    ("học kỳ", TermKind::ViTerm),
    ("học kì", TermKind::ViTerm),
    ("hoc ki", TermKind::ViTerm),
    ("kì", TermKind::ViTerm),
    ("hoc ky", TermKind::ViTerm),
    ("hk", TermKind::ViTerm),
    ("kỳ", TermKind::ViTerm),
    ("квартал", TermKind::CalendarQuarter),
    ("квартала", TermKind::CalendarQuarter),
    ("квартале", TermKind::CalendarQuarter),
    ("кв", TermKind::CalendarQuarter),
    ("quý", TermKind::CalendarQuarter),
    ("quarter", TermKind::CalendarQuarter),
    ("q", TermKind::CalendarQuarter),
];

/// Terms written as one word: "HKI", "HKII".
pub(crate) const COMPACT_TERMS: &[(&str, TermKind, u32)] =
    &[("hki", TermKind::ViTerm, 1), ("hkii", TermKind::ViTerm, 2)];

/// The start or the end of the school year: the month it means.
pub(crate) const SCHOOL_YEAR_PARTS: &[(&str, u32)] = &[
    ("начало учебного года", 9),
    ("в начале учебного года", 9),
    ("начале учебного года", 9),
    ("конец учебного года", 5),
    ("в конце учебного года", 5),
    ("конце учебного года", 5),
    ("đầu năm học", 9),
    ("cuối năm học", 5),
    ("beginning of the school year", 9),
    ("end of the school year", 5),
];

/// Ordinals written as words or Roman numerals.
pub(crate) const ORDINALS: &[(&str, u32)] = &[
    ("i", 1),
    ("ii", 2),
    ("iii", 3),
    ("iv", 4),
    ("первое", 1),
    ("первая", 1),
    ("первый", 1),
    ("первую", 1),
    ("первой", 1),
    ("1-е", 1),
    ("1-я", 1),
    ("1-й", 1),
    ("второе", 2),
    ("вторая", 2),
    ("второй", 2),
    ("вторую", 2),
    ("2-е", 2),
    ("2-я", 2),
    ("2-й", 2),
    ("третье", 3),
    ("третья", 3),
    ("третий", 3),
    ("третью", 3),
    ("третьей", 3),
    ("3-я", 3),
    ("3-й", 3),
    ("четвертая", 4),
    ("четвертый", 4),
    ("четвертую", 4),
    ("четвертой", 4),
    ("4-я", 4),
    ("4-й", 4),
    ("пятая", 5),
    ("пятую", 5),
    ("пятый", 5),
    ("пятой", 5),
    ("четвертое", 4),
    ("второго", 2),
    ("первого", 1),
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("1st", 1),
    ("2nd", 2),
    ("3rd", 3),
    ("4th", 4),
    ("fifth", 5),
    // "tuần đầu tháng 9": the first week.
    ("đầu", 1),
];

/// Letters glued to a number that make it an ordinal: "10th", "2nd".
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// "последний" and friends: counted from the end.
pub(crate) const LAST_WORDS: &[&str] = &[
    "последняя",
    "последний",
    "последнюю",
    "последнее",
    "последней",
    "last",
    "cuối",
];

/// Parts of a month: (word, first day, last day; 0 = the month's last day).
pub(crate) const MONTH_PARTS: &[(&str, u32, u32)] = &[
    ("начало", 1, 10),
    ("начале", 1, 10),
    ("в начале", 1, 10),
    ("early", 1, 10),
    ("đầu", 1, 10),
    ("середина", 11, 20),
    ("середине", 11, 20),
    ("mid", 11, 20),
    ("middle", 11, 20),
    ("giữa", 11, 20),
    ("конец", 21, 0),
    ("конце", 21, 0),
    ("end", 21, 0),
    ("late", 21, 0),
    ("cuối", 21, 0),
];

/// Units a month can be divided into, with an ordinal: "первая декада", "вторая половина",
/// "первая неделя", "tuần 2".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MonthUnit {
    Decade,
    Half,
    Week,
}

pub(crate) const MONTH_UNITS: &[(&str, MonthUnit)] = &[
    ("декада", MonthUnit::Decade),
    ("декаду", MonthUnit::Decade),
    ("декады", MonthUnit::Decade),
    ("декаде", MonthUnit::Decade),
    ("половина", MonthUnit::Half),
    ("половину", MonthUnit::Half),
    ("половине", MonthUnit::Half),
    ("половины", MonthUnit::Half),
    ("неделя", MonthUnit::Week),
    ("неделю", MonthUnit::Week),
    ("недели", MonthUnit::Week),
    ("неделе", MonthUnit::Week),
    ("tuần", MonthUnit::Week),
    ("tuan", MonthUnit::Week),
    ("week", MonthUnit::Week),
];

/// Seasons and school holidays: (phrase, first month-day, last month-day, precision is season).
/// (month, day)
pub(crate) type MonthDay = (u32, u32);

pub(crate) const SEASONS: &[(&str, MonthDay, MonthDay)] = &[
    ("осенние каникулы", (10, 25), (11, 5)),
    ("осенних каникул", (10, 25), (11, 5)),
    ("осенних каникулах", (10, 25), (11, 5)),
    ("зимние каникулы", (12, 29), (1, 11)),
    ("зимних каникул", (12, 29), (1, 11)),
    ("зимних каникулах", (12, 29), (1, 11)),
    ("весенние каникулы", (3, 23), (3, 31)),
    ("весенних каникул", (3, 23), (3, 31)),
    ("весенних каникулах", (3, 23), (3, 31)),
    ("летние каникулы", (6, 1), (8, 31)),
    ("летних каникул", (6, 1), (8, 31)),
    ("летних каникулах", (6, 1), (8, 31)),
    ("летом", (6, 1), (8, 31)),
    ("лето", (6, 1), (8, 31)),
    ("летний период", (6, 1), (8, 31)),
    ("в летний период", (6, 1), (8, 31)),
    ("осенью", (9, 1), (11, 30)),
    ("осень", (9, 1), (11, 30)),
    ("осенний период", (9, 1), (11, 30)),
    ("зимой", (12, 1), (2, 28)),
    ("зима", (12, 1), (2, 28)),
    ("зимний период", (12, 1), (2, 28)),
    ("весной", (3, 1), (5, 31)),
    ("весна", (3, 1), (5, 31)),
    ("весенний период", (3, 1), (5, 31)),
    ("nghỉ hè", (6, 1), (8, 31)),
    ("mùa hè", (6, 1), (8, 31)),
    ("dịp hè", (6, 1), (8, 31)),
    ("hè", (6, 1), (8, 31)),
    ("nghỉ tết", (1, 20), (2, 10)),
    ("tết", (1, 20), (2, 10)),
    // English schools break up in the last week of July (Russian summer holidays are all
    // summer).
    ("summer holidays", (7, 22), (8, 31)),
    ("summer holiday", (7, 22), (8, 31)),
    ("summer break", (7, 22), (8, 31)),
    ("christmas holidays", (12, 20), (1, 3)),
    ("christmas holiday", (12, 20), (1, 3)),
    ("christmas break", (12, 20), (1, 3)),
    ("christmas and new year break", (12, 20), (1, 3)),
    // Holidays before the seasons they start with ("autumn holidays" is not all autumn).
    ("winter holidays", (12, 29), (1, 11)),
    ("autumn holidays", (10, 25), (11, 5)),
    ("spring holidays", (3, 23), (3, 31)),
    ("summer", (6, 1), (8, 31)),
    ("autumn", (9, 1), (11, 30)),
    ("fall", (9, 1), (11, 30)),
    ("winter", (12, 1), (2, 28)),
    ("spring", (3, 1), (5, 31)),
];

/// Holidays that move with Easter (Western): (phrase, first and last day from Easter Sunday).
/// English schools' Easter holidays are the fortnight around it.
pub(crate) const EASTER_DAYS: &[(&str, i64, i64)] = &[
    ("easter holidays", -6, 5),
    ("easter holiday", -6, 5),
    ("easter break", -6, 5),
    ("easter weekend", -2, 1),
    ("good friday", -2, -2),
    ("easter monday", 1, 1),
    ("easter sunday", 0, 0),
    ("easter day", 0, 0),
];

/// When a named day falls in a year.
#[derive(Clone, Copy)]
pub(crate) enum NamedDate {
    /// The same month and day every year.
    On(u32, u32),
    /// The `nth` (-1 = last) weekday of a month.
    Nth(u32, i32, Weekday),
    /// Days from (Western) Easter Sunday.
    FromEaster(i64),
}

/// Words a day's name follows ("День Победы", "ко Дню знаний", "ngày Nhà giáo Việt Nam").
pub(crate) const DAY_NAME_WORDS: &[&str] = &["день", "дню", "дня", "днем", "ngày", "ngay"];

/// Days with a name: (name, whether it follows one of `DAY_NAME_WORDS`, its date). "ко Дню
/// Победы" is the deadline of 9 May; "World Book Day" is March's first Thursday.
pub(crate) const NAMED_DAYS: &[(&str, bool, NamedDate)] = &[
    ("победы", true, NamedDate::On(5, 9)),
    ("знаний", true, NamedDate::On(9, 1)),
    ("учителя", true, NamedDate::On(10, 5)),
    ("народного единства", true, NamedDate::On(11, 4)),
    ("защитника отечества", true, NamedDate::On(2, 23)),
    ("космонавтики", true, NamedDate::On(4, 12)),
    ("защиты детей", true, NamedDate::On(6, 1)),
    ("пожилых людей", true, NamedDate::On(10, 1)),
    ("пожилого человека", true, NamedDate::On(10, 1)),
    ("славянской письменности", true, NamedDate::On(5, 24)),
    ("россии", true, NamedDate::On(6, 12)),
    ("государственного флага", true, NamedDate::On(8, 22)),
    ("конституции", true, NamedDate::On(12, 12)),
    ("памяти и скорби", true, NamedDate::On(6, 22)),
    ("матери", true, NamedDate::Nth(11, -1, Weekday::Sun)),
    ("отца", true, NamedDate::Nth(10, 3, Weekday::Sun)),
    ("международный женский день", false, NamedDate::On(3, 8)),
    ("международному женскому дню", false, NamedDate::On(3, 8)),
    ("nhà giáo việt nam", true, NamedDate::On(11, 20)),
    ("quốc khánh", true, NamedDate::On(9, 2)),
    ("quốc tế phụ nữ", true, NamedDate::On(3, 8)),
    ("phụ nữ việt nam", true, NamedDate::On(10, 20)),
    ("thành lập đoàn", true, NamedDate::On(3, 26)),
    (
        "thành lập quân đội nhân dân việt nam",
        true,
        NamedDate::On(12, 22),
    ),
    ("quốc tế thiếu nhi", true, NamedDate::On(6, 1)),
    ("sách việt nam", true, NamedDate::On(4, 21)),
    ("sách và văn hóa đọc việt nam", true, NamedDate::On(4, 21)),
    ("christmas day", false, NamedDate::On(12, 25)),
    ("christmas eve", false, NamedDate::On(12, 24)),
    ("new year's day", false, NamedDate::On(1, 1)),
    ("bonfire night", false, NamedDate::On(11, 5)),
    ("remembrance day", false, NamedDate::On(11, 11)),
    ("halloween", false, NamedDate::On(10, 31)),
    ("valentine's day", false, NamedDate::On(2, 14)),
    ("st george's day", false, NamedDate::On(4, 23)),
    ("st patrick's day", false, NamedDate::On(3, 17)),
    ("st andrew's day", false, NamedDate::On(11, 30)),
    ("st david's day", false, NamedDate::On(3, 1)),
    ("world book day", false, NamedDate::Nth(3, 1, Weekday::Thu)),
    (
        "remembrance sunday",
        false,
        NamedDate::Nth(11, 2, Weekday::Sun),
    ),
    ("father's day", false, NamedDate::Nth(6, 3, Weekday::Sun)),
    ("pancake day", false, NamedDate::FromEaster(-47)),
    ("shrove tuesday", false, NamedDate::FromEaster(-47)),
    ("mother's day", false, NamedDate::FromEaster(-21)),
    ("mothering sunday", false, NamedDate::FromEaster(-21)),
];

/// Holidays on the `nth` (-1 = last) Monday of a month (England's bank holidays).
pub(crate) const MONDAY_HOLIDAYS: &[(&str, u32, i32)] = &[
    ("early may bank holiday", 5, 1),
    ("may bank holiday", 5, 1),
    ("may day bank holiday", 5, 1),
    ("may day", 5, 1),
    ("spring bank holiday", 5, -1),
    ("late may bank holiday", 5, -1),
    ("summer bank holiday", 8, -1),
    ("august bank holiday", 8, -1),
];

/// Recurrence phrases: (phrase, freq, interval).
pub(crate) const RECURRENCE_PHRASES: &[(&str, Freq, u32)] = &[
    ("ежедневно", Freq::Daily, 1),
    ("каждый день", Freq::Daily, 1),
    ("daily", Freq::Daily, 1),
    ("every day", Freq::Daily, 1),
    ("hàng ngày", Freq::Daily, 1),
    ("hằng ngày", Freq::Daily, 1),
    ("еженедельно", Freq::Weekly, 1),
    ("каждую неделю", Freq::Weekly, 1),
    ("weekly", Freq::Weekly, 1),
    ("every week", Freq::Weekly, 1),
    ("hàng tuần", Freq::Weekly, 1),
    ("hằng tuần", Freq::Weekly, 1),
    ("fortnightly", Freq::Weekly, 2),
    ("every two weeks", Freq::Weekly, 2),
    ("every other week", Freq::Weekly, 2),
    ("раз в две недели", Freq::Weekly, 2),
    ("каждые две недели", Freq::Weekly, 2),
    ("через неделю", Freq::Weekly, 2),
    ("half termly", Freq::Termly, 1),
    // The last day of every month (a library's cleaning day), and "of each month" habits:
    // "до 5 числа каждого месяца", "cuối mỗi tháng".
    ("последний день месяца", Freq::Monthly, 1),
    ("последний день каждого месяца", Freq::Monthly, 1),
    ("last day of the month", Freq::Monthly, 1),
    ("last day of each month", Freq::Monthly, 1),
    ("каждого месяца", Freq::Monthly, 1),
    ("each month", Freq::Monthly, 1),
    ("mỗi tháng", Freq::Monthly, 1),
    ("каждой недели", Freq::Weekly, 1),
    ("each week", Freq::Weekly, 1),
    ("mỗi tuần", Freq::Weekly, 1),
    // Weekends and working days: every week (the days are in the words).
    ("по выходным", Freq::Weekly, 1),
    ("каждые выходные", Freq::Weekly, 1),
    ("по будням", Freq::Weekly, 1),
    ("every weekend", Freq::Weekly, 1),
    ("at weekends", Freq::Weekly, 1),
    ("каждой четверти", Freq::Termly, 1),
    ("each term", Freq::Termly, 1),
    ("each half term", Freq::Termly, 1),
    ("every half term", Freq::Termly, 1),
    ("mỗi học kỳ", Freq::Termly, 1),
    ("ежемесячно", Freq::Monthly, 1),
    ("каждый месяц", Freq::Monthly, 1),
    ("monthly", Freq::Monthly, 1),
    ("every month", Freq::Monthly, 1),
    ("hàng tháng", Freq::Monthly, 1),
    ("hằng tháng", Freq::Monthly, 1),
    ("ежеквартально", Freq::Termly, 1),
    ("каждую четверть", Freq::Termly, 1),
    ("поквартально", Freq::Termly, 1),
    ("quarterly", Freq::Termly, 1),
    ("hàng quý", Freq::Termly, 1),
    ("hằng quý", Freq::Termly, 1),
    ("termly", Freq::Termly, 1),
    ("every term", Freq::Termly, 1),
    ("mỗi kỳ", Freq::Termly, 1),
    ("раз в неделю", Freq::Weekly, 1),
    ("раз в месяц", Freq::Monthly, 1),
    ("раз в четверть", Freq::Termly, 1),
    ("раз в квартал", Freq::Termly, 1),
    ("раз в год", Freq::Yearly, 1),
    ("ежегодно", Freq::Yearly, 1),
    ("каждый год", Freq::Yearly, 1),
    ("yearly", Freq::Yearly, 1),
    ("annually", Freq::Yearly, 1),
    ("every year", Freq::Yearly, 1),
    ("hàng năm", Freq::Yearly, 1),
    ("hằng năm", Freq::Yearly, 1),
];

/// "Every" before a weekday makes it a habit: "каждый понедельник", "every Monday".
pub(crate) const EVERY_WORDS: &[&str] = &["every", "каждый", "каждую", "каждое", "каждой", "mỗi"];

/// The period words of "N раз в <period>" and "N lần/ <period>": (word, freq of once per period).
pub(crate) const PERIOD_WORDS: &[(&str, Freq)] = &[
    ("день", Freq::Daily),
    ("дня", Freq::Daily),
    ("ngày", Freq::Daily),
    ("day", Freq::Daily),
    ("неделю", Freq::Weekly),
    ("неделя", Freq::Weekly),
    ("недели", Freq::Weekly),
    ("недель", Freq::Weekly),
    ("weeks", Freq::Weekly),
    ("месяцев", Freq::Monthly),
    ("months", Freq::Monthly),
    ("tuần", Freq::Weekly),
    ("week", Freq::Weekly),
    ("месяц", Freq::Monthly),
    ("месяца", Freq::Monthly),
    ("мес", Freq::Monthly),
    ("tháng", Freq::Monthly),
    ("month", Freq::Monthly),
    ("четверть", Freq::Termly),
    ("четверти", Freq::Termly),
    ("квартал", Freq::Termly),
    ("квартала", Freq::Termly),
    ("kỳ", Freq::Termly),
    ("học kỳ", Freq::Termly),
    ("kì", Freq::Termly),
    ("học kì", Freq::Termly),
    ("quý", Freq::Termly),
    ("term", Freq::Termly),
    ("quarter", Freq::Termly),
    ("полгода", Freq::Termly),
    ("полугодие", Freq::Termly),
    ("полугодия", Freq::Termly),
    ("семестр", Freq::Termly),
    ("semester", Freq::Termly),
    ("hk", Freq::Termly),
    ("год", Freq::Yearly),
    ("года", Freq::Yearly),
    ("năm", Freq::Yearly),
    ("năm học", Freq::Yearly),
    ("year", Freq::Yearly),
];

/// Words between a count and its period: "раз в", "раза в", "lần/", "times a".
pub(crate) const TIMES_WORDS: &[&str] =
    &["раз", "раза", "lần", "lan", "times", "time", "ngày", "buổi"];

/// Words between a count and its period: "раз в месяц", "1 lần/ một tháng", "twice a month".
pub(crate) const PERIOD_FILLERS: &[&str] = &["в", "во", "a", "per", "an", "mỗi", "một"];

/// Counts written as a word, with no number before them: "раз в полугодие", "once a month".
pub(crate) const ONCE_WORDS: &[(&str, u32)] = &[("раз", 1), ("once", 1), ("twice", 2)];

/// Weekdays for "по четвергам", "every Monday", "thứ 5 hàng tuần": (word, RFC 5545 code).
pub(crate) const WEEKDAY_WORDS: &[(&str, &str)] = &[
    ("понедельникам", "MO"),
    ("вторникам", "TU"),
    ("средам", "WE"),
    ("четвергам", "TH"),
    ("пятницам", "FR"),
    ("субботам", "SA"),
    ("воскресеньям", "SU"),
    ("понедельник", "MO"),
    ("вторник", "TU"),
    ("среда", "WE"),
    ("среду", "WE"),
    ("четверг", "TH"),
    ("пятница", "FR"),
    ("пятницу", "FR"),
    ("суббота", "SA"),
    ("субботу", "SA"),
    ("воскресенье", "SU"),
    ("понедельника", "MO"),
    ("вторника", "TU"),
    ("среды", "WE"),
    ("четверга", "TH"),
    ("пятницы", "FR"),
    ("субботы", "SA"),
    ("воскресенья", "SU"),
    ("mondays", "MO"),
    ("tuesdays", "TU"),
    ("wednesdays", "WE"),
    ("thursdays", "TH"),
    ("fridays", "FR"),
    ("saturdays", "SA"),
    ("sundays", "SU"),
    // English abbreviations of diaries and timetables ("Fri 3.15pm", "Thurs 5th Sept").
    ("mon", "MO"),
    ("tue", "TU"),
    ("tues", "TU"),
    ("wed", "WE"),
    ("weds", "WE"),
    ("thu", "TH"),
    ("thur", "TH"),
    ("thurs", "TH"),
    ("fri", "FR"),
    ("sat", "SA"),
    ("sun", "SU"),
    ("monday", "MO"),
    ("tuesday", "TU"),
    ("wednesday", "WE"),
    ("thursday", "TH"),
    ("friday", "FR"),
    ("saturday", "SA"),
    ("sunday", "SU"),
    ("thứ hai", "MO"),
    ("thứ ba", "TU"),
    ("thứ tư", "WE"),
    ("thứ năm", "TH"),
    ("thứ sáu", "FR"),
    ("thứ bảy", "SA"),
    ("chủ nhật", "SU"),
    // Abbreviations of opening hours: "Пн-Пт 9.00-18.00", "Сб, Вс - выходной".
    ("пн", "MO"),
    ("вт", "TU"),
    ("ср", "WE"),
    ("чт", "TH"),
    ("пт", "FR"),
    ("сб", "SA"),
    ("вс", "SU"),
    ("thứ 2", "MO"),
    ("thứ 3", "TU"),
    ("thứ 4", "WE"),
    ("thứ 5", "TH"),
    ("thứ 6", "FR"),
    ("thứ 7", "SA"),
];

/// Words for "the month" without naming one ("в конце месяца", "cuối tháng"): with a month
/// plan's context they mean that month.
pub(crate) const GENERIC_MONTH_WORDS: &[&str] =
    &["месяца", "месяц", "месяце", "tháng", "thang", "month"];

/// Phrases meaning "the whole month" (read only with a month plan's context).
pub(crate) const WHOLE_MONTH: &[&str] = &[
    "в течение месяца",
    "в течении месяца",
    "весь месяц",
    "на протяжении месяца",
    "trong tháng",
    "cả tháng",
    "suốt tháng",
    "throughout the month",
    "all month",
];

/// Words a calendar year follows: "Năm 2027", "Giai đoạn 2025 - 2028".
pub(crate) const YEAR_WORDS: &[&str] = &["năm", "đoạn"];

/// Words before an academic year written out ("Năm học 2019 -2020", "NH 2020-2021").
pub(crate) const SCHOOL_YEAR_BEFORE: &[&str] = &[
    "năm học",
    "nam hoc",
    "nh",
    "school year",
    "academic year",
    "учебный год",
    "учебного года",
    "уч. год",
];

/// Words after an academic year written out ("2025-2026 учебный год", "2025/2026 уч. год").
pub(crate) const SCHOOL_YEAR_AFTER: &[&str] =
    &["учебный", "учебного", "учебном", "уч", "school", "academic"];

/// Words after a year that make it a calendar year ("на 2024г.", "в 2026 году").
pub(crate) const YEAR_SUFFIXES: &[&str] = &["г", "год", "года", "году"];

/// What follows two years that are a span of calendar years: "2007-2008 гг.", "г.г.",
/// "годы", "годах".
pub(crate) const YEARS_SUFFIXES: &[&str] = &["гг", "г", "годы", "годов", "годах"];

/// Hour marks of a time of day: "7h30", "14ч00", "7 giờ 30".
pub(crate) const HOUR_WORDS: &[&str] = &["h", "giờ", "gio", "g", "ч"];

/// Vietnamese words that lead a day written with a hyphen ("ngày 20-4", "từ 30-8", "đến
/// 2-9", "Chiều 24-4"): after them "d-m" is a day and its month, as the press writes dates.
pub(crate) const DASH_DAY_LEADS: &[&str] = &[
    "ngày", "ngay", "từ", "tu", "đến", "den", "tới", "sáng", "sang", "chiều", "chieu", "tối",
    "toi", "trưa", "hết", "het",
];

/// Units a count range is followed by ("từ 3-5 ngày", "từ 7-9 giờ", "2-3 tuần"): then "d-m"
/// after a lead is a count, no date.
pub(crate) const COUNT_UNITS: &[&str] = &[
    "giờ", "gio", "h", "ngày", "ngay", "tuần", "tuan", "tháng", "thang", "lần", "lan", "buổi",
    "buoi", "tiết", "tiet", "phút", "phut", "em", "học", "lớp", "người",
];

/// Labels between a unit and its number: "Tuần thứ 11" (week number 11).
pub(crate) const NUMBER_LABELS: &[&str] = &["thứ", "thu", "số", "no"];

/// "The week of" a day: "the week of Monday 2nd February", "w/c 2nd March".
pub(crate) const WEEK_OF: &[&str] = &[
    "week of",
    "week commencing",
    "week beginning",
    "w/c",
    "w/b",
    "wc",
    "wb",
    "wk beg",
    "wk beginning",
    "wk commencing",
    "wk of",
    "week beg",
];

/// School terms with a name instead of a number (England): (phrase, first month-day, last
/// month-day). Typical dates; a school's own calendar may differ by a week.
pub(crate) const NAMED_TERMS: &[(&str, MonthDay, MonthDay)] = &[
    ("autumn half term", (10, 27), (10, 31)),
    ("autumn half-term", (10, 27), (10, 31)),
    ("october half term", (10, 27), (10, 31)),
    ("october half-term", (10, 27), (10, 31)),
    ("spring half term", (2, 16), (2, 20)),
    ("spring half-term", (2, 16), (2, 20)),
    ("february half term", (2, 16), (2, 20)),
    ("february half-term", (2, 16), (2, 20)),
    ("summer half term", (5, 25), (5, 29)),
    ("summer half-term", (5, 25), (5, 29)),
    ("may half term", (5, 25), (5, 29)),
    ("may half-term", (5, 25), (5, 29)),
    // A term's halves as some secondary schools name them ("Autumn Term 1").
    ("autumn term 1", (9, 1), (10, 24)),
    ("autumn term 2", (11, 3), (12, 19)),
    ("spring term 1", (1, 5), (2, 13)),
    ("spring term 2", (2, 23), (3, 27)),
    ("summer term 1", (4, 13), (5, 22)),
    ("summer term 2", (6, 1), (7, 22)),
    ("autumn term", (9, 1), (12, 19)),
    ("spring term", (1, 5), (3, 27)),
    ("summer term", (4, 13), (7, 22)),
    // Both halves of a term ("Autumn 1/2", "Spring 1 & 2"): the whole term.
    ("autumn 1/2", (9, 1), (12, 19)),
    ("autumn 1 & 2", (9, 1), (12, 19)),
    ("autumn 1 and 2", (9, 1), (12, 19)),
    ("spring 1/2", (1, 5), (3, 27)),
    ("spring 1 & 2", (1, 5), (3, 27)),
    ("spring 1 and 2", (1, 5), (3, 27)),
    ("summer 1/2", (4, 13), (7, 22)),
    ("summer 1 & 2", (4, 13), (7, 22)),
    ("summer 1 and 2", (4, 13), (7, 22)),
    // Half terms by number, as English plans head their columns.
    ("autumn 1", (9, 1), (10, 24)),
    ("autumn 2", (11, 3), (12, 19)),
    ("spring 1", (1, 5), (2, 13)),
    ("spring 2", (2, 23), (3, 27)),
    ("summer 1", (4, 13), (5, 22)),
    ("summer 2", (6, 1), (7, 22)),
];

/// Terms English plans split into numbered halves ("Autumn 1", "Summer 1/2").
pub(crate) const HALVED_TERMS: &[&str] = &["autumn", "spring", "summer"];

/// Notes beside a timing that become flags.
pub(crate) const FLAG_PHRASES: &[(&str, Flag)] = &[
    ("в режиме видеоконференции", Flag::Online),
    ("видеоконференция", Flag::Online),
    ("в режиме онлайн", Flag::Online),
    ("онлайн", Flag::Online),
    ("дистанционно", Flag::Online),
    ("в дистанционном формате", Flag::Online),
    ("дистанционный", Flag::Online),
    ("трансляция", Flag::Online),
    ("trực tuyến", Flag::Online),
    ("online", Flag::Online),
    ("zoom", Flag::Online),
    ("webinar", Flag::Online),
    ("вебинар", Flag::Online),
    ("по согласованию", Flag::Tentative),
    ("по плану оу", Flag::Tentative),
    ("по плану", Flag::Tentative),
    ("ориентировочно", Flag::Tentative),
    ("предварительно", Flag::Tentative),
    ("уточняется", Flag::Tentative),
    ("по графику", Flag::Tentative),
    ("dự kiến", Flag::Tentative),
    ("theo kế hoạch", Flag::Tentative),
    ("tbc", Flag::Tentative),
    ("tentative", Flag::Tentative),
    ("to be confirmed", Flag::Tentative),
];

/// Words after a number that make it something other than a date ("5-9 классы", "80-летию").
pub(crate) const NOT_DATE_UNITS: &[&str] = &[
    "класс",
    "классы",
    "классов",
    "кл",
    "лет",
    "летию",
    "летия",
    "летие",
    "год",
    "года",
    "лет.",
    "гг",
    "г",
    "чел",
    "человек",
    "шт",
    "мин",
    "минут",
    "час",
    "часа",
    "часов",
    "lớp",
    "tuổi",
    "năm",
    "giờ",
    "phút",
    "người",
    "grade",
    "grades",
    "years",
    "раз",
    "раза",
    "lần",
    "lan",
    "times",
    "buổi",
    // Durations: "3 tuần" is three weeks, "2 недели" two weeks ("1 неделя" stays a week).
    "tuần",
    "tuan",
    "недели",
    "недель",
    "weeks",
    // "(9 дней) – с 30 октября …", "6 учебных недель", "5 school days": counts of days.
    "дней",
    "дня",
    "days",
    "учебных",
    "рабочих",
    "календарных",
    "school",
    "working",
    "%",
];

/// Words that mark lunar dates, which are not calendar dates ("(âm lịch)").
pub(crate) const LUNAR_WORDS: &[&str] = &["âm lịch", "al", "lunar", "giêng", "chạp", "rằm"];

/// Words that open a note in brackets beside a date: the dates in it are not the event's
/// ("15 мая (перенесено с 10 мая)", "3rd June (was 27th May)").
pub(crate) const NOTE_WORDS: &[&str] = &[
    "перенесено",
    "перенесен",
    "перенесена",
    "перенос",
    "вместо",
    "ранее",
    "было",
    "was",
    "instead",
    "moved",
    "rescheduled",
    "previously",
    "thay",
    "dời",
    "hoãn",
];

/// Words before a small number that make it a label, not a day: "Year 6", "KS2", "Session 1
/// & 2", "Term 3 – Monday …", "lớp 5", "группа 2".
pub(crate) const LABEL_WORDS: &[&str] = &[
    "year",
    "years",
    "yr",
    "y",
    "ks",
    "session",
    "sessions",
    "term",
    "group",
    "groups",
    "class",
    "classes",
    "grade",
    "grades",
    "form",
    "lớp",
    "khối",
    "класс",
    "классы",
    "группа",
    "группы",
    "смена",
];

/// The 12-hour clock: the word after an hour and what it adds ("11am", "4 pm", "10 a.m.").
pub(crate) const HALF_DAY_WORDS: &[(&str, u32)] = &[("am", 0), ("pm", 12)];

/// Words that lead a date without being part of it ("с 10 по 15", "từ 16/05", "ngày 15",
/// "from 3rd"): a bracket opening with one still dates the event.
pub(crate) const DATE_LEADS: &[&str] = &["с", "со", "from", "từ", "ngày", "on", "starting"];

/// Words before an English month name ("in May", "early May", "the May fair"): with one
/// of them "may" is the month, else between two words it is the verb.
pub(crate) const MONTH_LEADS: &[&str] = &[
    "in",
    "of",
    "early",
    "late",
    "mid",
    "by",
    "until",
    "till",
    "from",
    "to",
    "through",
    "since",
    "during",
    "end",
    "the",
    "this",
    "next",
    "last",
    "each",
    "every",
    "and",
    "or",
    "before",
    "after",
    "on",
    "beginning",
    "start",
    "half",
    "term",
];

/// Words after an English month name that keep "may" a month ("May half term", "May Day").
pub(crate) const MONTH_FOLLOWERS: &[&str] = &[
    "day", "half", "term", "and", "or", "to", "through", "until", "holiday", "holidays", "bank",
    "fair", "break", "week",
];

/// Words that open a text with the end of a span whose start is not written ("по 10 мая",
/// "until 10 May"): in a month's plan the span runs from the month's first day.
pub(crate) const UNTIL_WORDS: &[&str] = &["по", "until", "till", "through"];

/// Words after a deadline word that put the deadline at the end of the period named ("до
/// конца 2026 года", "by the end of May"), not at its start.
pub(crate) const END_OF_WORDS: &[&str] = &["конца", "концу", "the end of", "end of"];

/// Verbs that say where a span ends ("стартует 6 апреля и завершится 26 мая"): a range mark
/// between the two dates.
pub(crate) const END_VERBS: &[&str] = &[
    "завершится",
    "завершатся",
    "завершается",
    "закончится",
    "закончатся",
    "заканчивается",
    "заканчиваются",
    "ends",
    "finishes",
    "kết thúc",
];

/// Words that make a weekday written alone a closed day of opening hours ("понедельник —
/// выходной", "Monday closed"): a weekly habit.
pub(crate) const CLOSED_WORDS: &[&str] = &["выходной", "выходные", "санитарный", "closed", "nghỉ"];

/// "2nd half Autumn term", "first half of the spring term": (words before a period, which
/// half of it).
pub(crate) const HALF_OF: &[(&str, u8)] = &[
    ("1st half", 1),
    ("first half", 1),
    ("2nd half", 2),
    ("second half", 2),
];

/// Letters that only Vietnamese uses, for language detection.
pub(crate) const VIETNAMESE_LETTERS: &str =
    "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
