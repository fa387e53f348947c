//! The rules that answer a timing cell, as named values in one list (issue 19): each with the
//! words that trigger it, when it applies, and examples it must read (`tests.rs` reads every
//! example and checks that this rule answered it). The grammar tries them in the list's order
//! — the order is data here, not a position in a chain of `||` — and the answer names the rule
//! that read it (`Timing::rule`, `"rule"` in the JSON).
//!
//! Imports nothing: the grammar reads this list, never the other way round.

/// Which rule; the grammar implements each (an exhaustive `match`, so a new rule cannot be
/// listed without a reader).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuleId {
    Recurrence,
    TermOfYear,
    Dates,
    MonthOfDocument,
    NamedTerm,
    Term,
    Holiday,
    Season,
    SchoolYearPart,
    WholeYear,
}

/// A rule as the registry describes it.
#[derive(Debug)]
pub(crate) struct Rule {
    pub(crate) id: RuleId,
    /// The name the answer carries in `"rule"`.
    pub(crate) name: &'static str,
    /// The words that trigger it.
    pub(crate) triggers: &'static str,
    /// When it applies (and why before the rules after it).
    pub(crate) applies: &'static str,
    /// Texts it must read, in the academic year 2025-2026; for `month_plan` rules in a plan
    /// for October 2025.
    pub(crate) examples: &'static [&'static str],
    pub(crate) month_plan: bool,
}

/// Every rule, in the order they are tried.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: RuleId::Recurrence,
        name: "recurrence",
        triggers: "ежемесячно, еженедельно, по средам, каждый, N раз в месяц, hàng tuần, N lần/tháng, every, weekdays with hours or a closed day",
        applies: "the text names a habit; dates written with it only narrow its window, so it goes first",
        examples: &[
            "ежемесячно",
            "по четвергам в 15:00",
            "1 lần/ tháng",
            "every other Tuesday",
            "Tue–Fri 10 am–6 pm",
            "понедельник — выходной",
        ],
        month_plan: false,
    },
    Rule {
        id: RuleId::TermOfYear,
        name: "term_of_year",
        triggers: "a term or quarter word with a year (квартал, полугодие, четверть, học kỳ, term)",
        applies: "every date written is a whole year: the year only says which term",
        examples: &["IV квартал 2025 г.", "I полугодие 2025-2026 учебного года"],
        month_plan: false,
    },
    Rule {
        id: RuleId::Dates,
        name: "dates",
        triggers: "days, months, years, their ranges and lists, parts of months, weeks, deadline words (до, к, by, trước)",
        applies: "the text dates itself; a month that holds a day written beside it is that day",
        examples: &[
            "12 апреля",
            "апрель-июнь",
            "до 15 мая",
            "05.10 - 10.10.2025",
            "October 1, 2, 8",
            "Tuần 2 tháng 10",
            "конец мая и начало июня",
        ],
        month_plan: false,
    },
    Rule {
        id: RuleId::MonthOfDocument,
        name: "month_of_document",
        triggers: "в течение месяца, весь месяц, cả tháng, throughout the month",
        applies: "in a month plan (or under a month section row) with no date of its own",
        examples: &["в течение месяца", "cả tháng"],
        month_plan: true,
    },
    Rule {
        id: RuleId::NamedTerm,
        name: "named_term",
        triggers: "Autumn/Spring/Summer term, half term, Autumn 1, 2nd half …",
        applies: "before numbered terms: \"Spring Term 2\" is the spring term's second half",
        examples: &[
            "Spring term",
            "Autumn 2",
            "Spring half term",
            "2nd half Autumn term",
        ],
        month_plan: false,
    },
    Rule {
        id: RuleId::Term,
        name: "term",
        triggers: "четверть, полугодие, триместр, квартал, học kỳ, term N",
        applies: "a numbered term of the school (or calendar) year",
        examples: &["I четверть", "học kỳ II", "2 полугодие"],
        month_plan: false,
    },
    Rule {
        id: RuleId::Holiday,
        name: "holiday",
        triggers: "named days and moving holidays (Easter, May Day bank holiday, День матери)",
        applies: "a holiday is named and no date is written beside it",
        examples: &["Easter Monday", "День матери"],
        month_plan: false,
    },
    Rule {
        id: RuleId::Season,
        name: "season",
        triggers: "seasons and school holidays (летом, осенние каникулы, mùa hè, summer holidays)",
        applies: "no date, term or holiday is named",
        examples: &["осенние каникулы", "летом", "mùa hè"],
        month_plan: false,
    },
    Rule {
        id: RuleId::SchoolYearPart,
        name: "school_year_part",
        triggers: "начало / конец учебного года, đầu / cuối năm học",
        applies: "a part of the school year, with nothing narrower",
        examples: &["начало учебного года", "cuối năm học"],
        month_plan: false,
    },
    Rule {
        id: RuleId::WholeYear,
        name: "whole_year",
        triggers: "в течение года, постоянно, cả năm, thường xuyên, throughout the year, ongoing",
        applies: "last: the whole academic year, when nothing narrower is written",
        examples: &["в течение года", "cả năm", "throughout the year"],
        month_plan: false,
    },
];

/// The registry as `plancal timing --rules` prints it: each rule in the order it is tried,
/// its trigger words, when it applies and its examples (the examples in month plans read in
/// a plan for October 2025).
pub(crate) fn describe() -> String {
    let mut out = String::new();
    for (i, rule) in RULES.iter().enumerate() {
        out.push_str(&format!(
            "{}. {}\n   triggers: {}\n   applies: {}\n   examples{}: {}\n",
            i + 1,
            rule.name,
            rule.triggers,
            rule.applies,
            if rule.month_plan {
                " (in a month plan)"
            } else {
                ""
            },
            rule.examples.join(" | ")
        ));
    }
    out
}
