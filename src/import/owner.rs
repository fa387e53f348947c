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
    // One word ("План работы библиотеки") is still a name; none is not.
    (name.chars().filter(|c| c.is_alphabetic()).count() >= 3).then(|| capitalised(name))
}

fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
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
            Some("Городского методического объединения школьных библиотекарей")
        );
        assert_eq!(
            owner_from_title("KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN NĂM HỌC 2024 – 2025").as_deref(),
            Some("THƯ VIỆN")
        );
        assert_eq!(
            owner_from_title("План работы библиотеки").as_deref(),
            Some("Библиотеки")
        );
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
