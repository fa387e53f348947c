//! Who a plan belongs to when its title names no organization: "План работы городского
//! методического объединения школьных библиотекарей на 2025-2026 учебный год" belongs to
//! "городское методическое объединение…" — the words between the kind of document and its
//! period. A new organization is named from them rather than from the whole title.

/// Openings that say what kind of document it is, longest first (per language, one table).
const DOCUMENT_KINDS: &[&str] = &[
    "план совместной работы",
    "план мероприятий",
    "план работы",
    "перспективный план",
    "годовой план",
    "план",
    "kế hoạch hoạt động",
    "kế hoạch phối hợp",
    "kế hoạch công tác",
    "kế hoạch",
    "plan of work of",
    "work plan of",
    "plan of",
    "calendar of",
];

/// Words that start the plan's period or purpose; the owner's name ends before them.
const PERIOD_STARTS: &[&str] = &[
    " на ",
    " в ",
    " по ",
    " с ",
    " năm học",
    " năm ",
    " tháng ",
    " học kỳ",
    " for ",
    " in ",
    " 20",
    " 19",
];

/// What a Vietnamese title names after "Kế hoạch …" when it names its owner: a library, a
/// school, a group or a club. Other words there are the activity ("Kế hoạch tổ chức lễ khai
/// giảng", "Kế hoạch lao động tuần 07"), no organization.
const VI_OWNER_WORDS: &[&str] = &[
    "thư viện",
    "trường",
    "tổ ",
    "liên đội",
    "chi đội",
    "đoàn ",
    "hội ",
    "câu lạc bộ",
    "nhà văn hóa",
    "nhà văn hoá",
    "bảo tàng",
    "ban ",
    "phòng ",
    "khối ",
];

/// The owner as the title names it, or None when the title is only a kind and a period.
pub(crate) fn owner_from_title(title: &str) -> Option<String> {
    let lower = title.to_lowercase();
    let kind = DOCUMENT_KINDS.iter().find(|k| lower.starts_with(*k))?;
    let rest_lower = lower.get(kind.len()..)?;
    let rest = title.get(kind.len()..)?;
    let end = PERIOD_STARTS
        .iter()
        .filter_map(|w| rest_lower.find(w))
        .min()
        .unwrap_or(rest_lower.len());
    let name = rest
        .get(..end)?
        .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == ':');
    let vietnamese = kind.starts_with("kế hoạch");
    let name_lower = format!("{} ", name.to_lowercase());
    // "Tổ chức …" is "to organize …", no "tổ" (group).
    let organizes = name_lower.starts_with("tổ chức");
    if vietnamese && (organizes || !VI_OWNER_WORDS.iter().any(|w| name_lower.starts_with(w))) {
        return None;
    }
    // "ПЛАН проведения мероприятий, посвящённых …": words that name no organization are
    // the plan's subject, and the owner stays unnamed (the preview asks for it).
    let russian = name
        .chars()
        .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)));
    if russian && !vietnamese && !names_an_organization(name) {
        return None;
    }
    // One word ("План работы библиотеки") is still a name; none is not.
    (name.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .then(|| crate::timing::capitalised(&nominative(name)))
}

/// Stems of the nouns a Russian owner's name holds ("методического объединения",
/// "попечительского совета", "библиотеки", "МБОУ СОШ").
const RU_OWNER_STEMS: &[&str] = &[
    "библиотек",
    "школ",
    "гимнази",
    "лице",
    "объединени",
    "совет",
    "музе",
    "центр",
    "учреждени",
    "сад",
    "ясл",
    "клуб",
    "кружк",
    "дом",
    "дворц",
    "отдел",
    "управлени",
    "комитет",
    "обществ",
    "отряд",
    "организаци",
    "колледж",
    "училищ",
    "систем",
    "мо",
    "рмо",
    "шмо",
    "ммо",
    "гмо",
    "цбс",
    "мбоу",
    "мбдоу",
    "сош",
    "ассоциаци",
    "кафедр",
    "секци",
];

fn names_an_organization(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .any(|w| {
            RU_OWNER_STEMS.iter().any(|s| {
                if s.chars().count() <= 3 {
                    w == *s
                } else {
                    w.starts_with(s)
                }
            })
        })
}

/// Head nouns of owners' names as a title declines them (genitive), their nominative and
/// gender: "объединения" → "объединение" (neuter).
const RU_HEAD_NOUNS: &[(&str, &str, Gender)] = &[
    ("объединения", "объединение", Gender::Neuter),
    ("учреждения", "учреждение", Gender::Neuter),
    ("управления", "управление", Gender::Neuter),
    ("общества", "общество", Gender::Neuter),
    ("совета", "совет", Gender::Masculine),
    ("центра", "центр", Gender::Masculine),
    ("музея", "музей", Gender::Masculine),
    ("клуба", "клуб", Gender::Masculine),
    ("отдела", "отдел", Gender::Masculine),
    ("комитета", "комитет", Gender::Masculine),
    ("сада", "сад", Gender::Masculine),
    ("кружка", "кружок", Gender::Masculine),
    ("отряда", "отряд", Gender::Masculine),
    ("лицея", "лицей", Gender::Masculine),
    ("колледжа", "колледж", Gender::Masculine),
    ("дома", "дом", Gender::Masculine),
    ("дворца", "дворец", Gender::Masculine),
    ("библиотеки", "библиотека", Gender::Feminine),
    ("школы", "школа", Gender::Feminine),
    ("гимназии", "гимназия", Gender::Feminine),
    ("организации", "организация", Gender::Feminine),
    ("системы", "система", Gender::Feminine),
    ("ассоциации", "ассоциация", Gender::Feminine),
    ("службы", "служба", Gender::Feminine),
    ("кафедры", "кафедра", Gender::Feminine),
    ("секции", "секция", Gender::Feminine),
];

#[derive(Clone, Copy, PartialEq)]
enum Gender {
    Masculine,
    Feminine,
    Neuter,
}

/// Adjective endings, genitive to nominative, per gender (longest first). Masculine
/// adjectives stressed on the ending ("городского" → "городской") are listed whole.
const RU_ADJECTIVE_ENDINGS: &[(Gender, &str, &str)] = &[
    (Gender::Neuter, "ого", "ое"),
    (Gender::Neuter, "его", "ее"),
    (Gender::Feminine, "ой", "ая"),
    (Gender::Feminine, "ей", "яя"),
    (Gender::Masculine, "ского", "ский"),
    (Gender::Masculine, "цкого", "цкий"),
    (Gender::Masculine, "кого", "кий"),
    (Gender::Masculine, "гого", "гий"),
    (Gender::Masculine, "хого", "хий"),
    (Gender::Masculine, "его", "ий"),
    (Gender::Masculine, "ого", "ый"),
];
const RU_STRESSED_ADJECTIVES: &[(&str, &str)] = &[
    ("городского", "городской"),
    ("областного", "областной"),
    ("краевого", "краевой"),
    ("окружного", "окружной"),
];

/// "Городского методического объединения школьных библиотекарей" → "Городское методическое
/// объединение школьных библиотекарей": the adjectives before the head noun and the noun
/// itself in the nominative; the words after it (its own genitives) as written. A name whose
/// head noun is not in the table is left as written.
fn nominative(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let Some((head, (_, noun, gender))) = lower.iter().enumerate().find_map(|(i, w)| {
        RU_HEAD_NOUNS
            .iter()
            .find(|(genitive, _, _)| w == genitive)
            .map(|n| (i, *n))
    }) else {
        return name.to_string();
    };
    let adjective = |w: &str| -> Option<String> {
        if let Some((_, nom)) = RU_STRESSED_ADJECTIVES.iter().find(|(g, _)| *g == w)
            && gender == Gender::Masculine
        {
            return Some(nom.to_string());
        }
        RU_ADJECTIVE_ENDINGS
            .iter()
            .filter(|(g, _, _)| *g == gender)
            .find(|(_, from, _)| w.ends_with(from) && w.chars().count() > from.chars().count() + 2)
            .map(|(_, from, to)| format!("{}{to}", &w[..w.len() - from.len()]))
    };
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let changed = match i.cmp(&head) {
            std::cmp::Ordering::Less => adjective(&lower[i]),
            std::cmp::Ordering::Equal => Some(noun.to_string()),
            std::cmp::Ordering::Greater => None,
        };
        // Only when every word before the noun is an adjective: else the phrase is not one.
        if i < head && changed.is_none() {
            return name.to_string();
        }
        out.push(match changed {
            Some(c) if w.chars().all(|ch| !ch.is_lowercase()) => c.to_uppercase(),
            Some(c) => c,
            None => w.to_string(),
        });
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_owner_stands_between_the_kind_of_document_and_its_period() {
        assert_eq!(
            owner_from_title(
                "План работы городского методического объединения школьных библиотекарей на 2025-2026 учебный год"
            )
            .as_deref(),
            Some("Городское методическое объединение школьных библиотекарей")
        );
        assert_eq!(
            owner_from_title("KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN NĂM HỌC 2024 – 2025").as_deref(),
            Some("THƯ VIỆN")
        );
        assert_eq!(
            owner_from_title("План работы библиотеки").as_deref(),
            Some("Библиотека")
        );
    }

    #[test]
    fn a_russian_owner_is_named_in_the_nominative_or_not_at_all() {
        let o = |t: &str| owner_from_title(t);
        assert_eq!(
            o("План работы районного методического объединения учителей истории на 2024/2025 год")
                .as_deref(),
            Some("Районное методическое объединение учителей истории")
        );
        assert_eq!(
            o("План работы попечительского совета на 2023/2024 учебный год").as_deref(),
            Some("Попечительский совет")
        );
        assert_eq!(
            o("План работы Центральной детской библиотеки на май").as_deref(),
            Some("Центральная детская библиотека")
        );
        assert_eq!(
            o("План работы городского клуба любителей книги").as_deref(),
            Some("Городской клуб любителей книги")
        );
        // The plan's subject is no owner.
        assert_eq!(
            o("ПЛАН проведения мероприятий, посвящённых Дню Победы"),
            None
        );
        assert_eq!(o("План подготовки к выпускному вечеру"), None);
    }

    #[test]
    fn a_title_that_is_only_a_kind_and_a_period_names_no_owner() {
        assert_eq!(
            owner_from_title("План мероприятий на декабрь 2022 г."),
            None
        );
        assert_eq!(owner_from_title("План на 2025 год"), None);
        assert_eq!(owner_from_title("Лист1"), None);
        assert_eq!(
            owner_from_title("KẾ HOẠCH TỔ CHỨC HỘI THI VẼ TRANH NĂM 2025"),
            None
        );
        assert_eq!(
            owner_from_title("Kế hoạch hoạt động tổ Toán - Tin tháng 10").as_deref(),
            Some("Tổ Toán - Tin")
        );
        assert_eq!(owner_from_title(""), None);
    }
}
