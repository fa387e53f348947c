//! The plan's title (the first paragraph that starts like one, with the lines completing it)
//! and its owner: the first organization the title names, or the school line of a Vietnamese
//! official header ("TRƯỜNG THCS TRƯỜNG THỊNH").

use super::layout::Item;
use super::{dating, people, vocab};

pub(crate) struct Head {
    pub title: String,
    /// Item indices of the title's first and last paragraphs.
    pub first: Option<usize>,
    pub last: Option<usize>,
}

fn clean(text: &str) -> &str {
    text.trim()
        .trim_start_matches('*')
        .trim_end_matches('*')
        .trim()
}

fn starts_like_title(text: &str) -> bool {
    let n = people::norm(text);
    vocab::TITLE_WORDS.iter().any(|w| n.starts_with(w))
}

/// Finds the title among the paragraphs.
pub(crate) fn find(items: &[Item<'_>]) -> Head {
    let paras: Vec<(usize, &str)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, it)| match it {
            Item::Para(p) => Some((i, p.text.as_str())),
            Item::Table(_) => None,
        })
        .collect();
    let at = paras
        .iter()
        .position(|(_, t)| starts_like_title(t))
        .unwrap_or(0);
    let mut parts: Vec<String> = Vec::new();
    let mut last = None;
    for (k, (i, text)) in paras.iter().enumerate().skip(at).take(8) {
        let text = clean(text);
        let joined = parts.join(" ");
        let done =
            dating::academic_year(&joined).is_some() || dating::calendar_year(&joined).is_some();
        // A meeting, a numbered or a listed line is the plan's body, not its title.
        let body = {
            let n = people::norm(text);
            // "СЕНТЯБРЬ. Заседание МО №1": a meeting after its month, as the body reads it.
            let after_month = n.split_once(". ").map_or("", |(_, r)| r);
            vocab::MEETING_HEADINGS
                .iter()
                .any(|w| n.starts_with(w) || after_month.starts_with(w))
                || super::leading_number(text).is_some()
                || super::layout::label(text).is_some()
                || names_its_days(text)
        };
        if k > at && body {
            break;
        }
        let long = text.chars().count();
        if k > at && (long > 160 || text.contains(':') || done || (k >= at + 4 && long > 100)) {
            break;
        }
        // A second line that starts like a title is the fuller title ("План работы на
        // ноябрь" / "План работы МБУК «…» на ноябрь 2024 года").
        if k > at && starts_like_title(text) {
            parts.clear();
        }
        parts.push(text.replace('\n', " "));
        last = Some(*i);
    }
    let title = parts.join(" ");
    let title = title.trim().trim_end_matches('.').trim().to_string();
    Head {
        title: title.split_whitespace().collect::<Vec<_>>().join(" "),
        first: paras.get(at).map(|(i, _)| *i),
        last,
    }
}

/// "Thanksgiving Day – Thursday, November 27, 2025": a line naming an event and its days
/// is the first line of the body, not more of the title above it.
fn names_its_days(text: &str) -> bool {
    dating::any_year().is_some_and(|ctx| super::paragraphs::named_days(text, &ctx).is_some())
}

/// The owner organization as the plan names it: the first organization of the title, else
/// the school line of an official header before the title.
pub(crate) fn owner(title: &str, header_lines: &[&str]) -> Option<String> {
    if let Some(o) = people::first_org_as_written(title).or_else(|| plain_org(title)) {
        return Some(o);
    }
    let upper = |line: &str| {
        line.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    };
    header_lines.iter().enumerate().find_map(|(k, l)| {
        let line = l.trim();
        let n = people::norm(line);
        if !upper(line) || !vocab::SCHOOL_LINE_WORDS.iter().any(|w| n.starts_with(w)) {
            return None;
        }
        let mut name = line.split_whitespace().collect::<Vec<_>>().join(" ");
        // "TRƯỜNG THCS" / "NGUYỄN THỊ ĐỊNH.": the name goes on on the next line.
        let kind_only = n.split_whitespace().all(|w| SCHOOL_KIND_WORDS.contains(&w));
        let next = header_lines
            .get(k + 1)
            .map(|l| l.trim().trim_end_matches('.').trim());
        if let Some(next) = next.filter(|l| kind_only && !l.is_empty() && upper(l)) {
            let nn = people::norm(next);
            if !NOT_A_NAME_LINE.iter().any(|w| nn.starts_with(w)) {
                name = format!(
                    "{name} {}",
                    next.split_whitespace().collect::<Vec<_>>().join(" ")
                );
            }
        }
        Some(name)
    })
}

/// Words that say what kind of school a header line names, not which one ("TRƯỜNG THCS",
/// "TRƯỜNG MẦM NON"): such a line goes on with the school's name on the next line.
const SCHOOL_KIND_WORDS: &[&str] = &[
    "trường",
    "thcs",
    "thpt",
    "th",
    "tiểu",
    "học",
    "mầm",
    "non",
    "mn",
    "mg",
    "mẫu",
    "giáo",
    "pt",
    "ptcs",
    "ptdtbt",
    "ptdtnt",
    "liên",
    "cấp",
    "thư",
    "viện",
];

/// Header lines that are no school's name: the state motto, the number, the date.
const NOT_A_NAME_LINE: &[&str] = &[
    "cộng hòa",
    "cộng hoà",
    "độc lập",
    "số",
    "ubnd",
    "phòng",
    "sở",
];

/// Words that make a form word part of an event's name: "LỄ HỘI" (a festival), "HỘI THI"
/// (a contest), "HỘI NGHỊ" (a conference) name no association.
/// "NGÀY TỰU TRƯỜNG" (the first day back), "NHÀ TRƯỜNG" (the school, no name): the form
/// word is part of a common phrase.
const EVENT_BEFORE_FORM: &[&str] = &["lễ", "ngày", "tựu", "nhà"];
const EVENT_AFTER_FORM: &[&str] = &[
    "thi", "diễn", "nghị", "thảo", "trại", "chợ", "khỏe", "khoẻ", "giảng", "họp", "sách",
];

/// An organization named by its short form without quotes: "План работы МКУК МЦБС на март".
fn plain_org(title: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let is_form = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let n = people::norm(w);
        letters.len() >= 2
            && letters.iter().all(|c| c.is_uppercase())
            && vocab::ORG_FORMS.contains(&n.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    let norm_at = |i: usize| words.get(i).map(|w| people::norm(w)).unwrap_or_default();
    let event_word = |i: usize| {
        (i > 0 && EVENT_BEFORE_FORM.contains(&norm_at(i - 1).as_str()))
            || EVENT_AFTER_FORM.contains(&norm_at(i + 1).as_str())
    };
    let start = (0..words.len()).find(|&i| is_form(words[i]) && !event_word(i))?;
    let name: Vec<&str> = words[start..]
        .iter()
        .take_while(|w| {
            let n = people::norm(w);
            !vocab::TITLE_STOP_WORDS.contains(&n.as_str()) && dating::calendar_year(&n).is_none()
        })
        .copied()
        .collect();
    // "… TRONG NHÀ TRƯỜNG NĂM HỌC …": a form word with no name after it is "the school",
    // no organization; the header names it whole ("TRƯỜNG THCS HÒA BÌNH").
    if name.len() < 2 {
        return None;
    }
    let name = name.join(" ");
    let name = name.trim_end_matches([',', '.', ';']).trim();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_to_school_in_a_title_names_no_school() {
        assert_eq!(
            plain_org("KẾ HOẠCH CHO NGÀY TỰU TRƯỜNG VÀ LỄ KHAI GIẢNG NĂM HỌC MỚI 2025 - 2026"),
            None
        );
        assert_eq!(
            plain_org("KẾ HOẠCH HOẠT ĐỘNG TRƯỜNG THCS HÒA BÌNH NĂM HỌC 2025 - 2026").as_deref(),
            Some("TRƯỜNG THCS HÒA BÌNH")
        );
    }

    #[test]
    fn the_owner_is_the_first_organization_of_the_title() {
        assert_eq!(
            owner(
                "План работы МБДОУ «Детский сад № 5 „Радуга“» на 2025-2026 учебный год",
                &[]
            )
            .as_deref(),
            Some("МБДОУ «Детский сад № 5 „Радуга“»")
        );
        assert_eq!(
            owner(
                "План совместной работы МОУ «Рамешковская СОШ» и МУК «Рамешковская ЦБС»",
                &[]
            )
            .as_deref(),
            Some("МОУ «Рамешковская СОШ»")
        );
        assert_eq!(
            owner(
                "KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN",
                &["PHÒNG GD&ĐT ỨNG HOÀ", "TRƯỜNG THCS TRƯỜNG THỊNH"]
            )
            .as_deref(),
            Some("TRƯỜNG THCS TRƯỜNG THỊNH")
        );
        assert_eq!(
            owner("План мероприятий МКУК МЦБС на март 2022 г.", &[]).as_deref(),
            Some("МКУК МЦБС")
        );
    }

    #[test]
    fn a_form_word_alone_in_the_title_leaves_the_owner_to_the_header() {
        let header = ["UBND HUYỆN THANH TRÌ", "TRƯỜNG TIỂU HỌC YÊN MỸ"];
        assert_eq!(
            owner(
                "KẾ HOẠCH HOẠT ĐỘNG NGOÀI GIỜ CỦA NHÀ TRƯỜNG NĂM HỌC 2025-2026",
                &header
            )
            .as_deref(),
            Some("TRƯỜNG TIỂU HỌC YÊN MỸ")
        );
        assert_eq!(owner("KẾ HOẠCH CỦA TRƯỜNG", &[]), None);
    }

    #[test]
    fn a_school_named_over_two_header_lines_keeps_both() {
        let header = [
            "PHÒNG GD&ĐT HUYỆN GIA LÂM",
            "TRƯỜNG MẦM NON",
            "HOA SỮA.",
            "Số: 12/KH-MN",
        ];
        assert_eq!(
            owner("KẾ HOẠCH THÁNG 3", &header).as_deref(),
            Some("TRƯỜNG MẦM NON HOA SỮA")
        );
        let header = ["TRƯỜNG THCS", "Số: 7/KH"];
        assert_eq!(owner("KẾ HOẠCH", &header).as_deref(), Some("TRƯỜNG THCS"));
    }

    #[test]
    fn a_festival_or_a_contest_is_no_association() {
        assert_eq!(owner("CHƯƠNG TRÌNH LỄ HỘI MÙA XUÂN NĂM 2025", &[]), None);
        assert_eq!(owner("KẾ HOẠCH HỘI THI KỂ CHUYỆN", &[]), None);
        assert_eq!(
            owner("KẾ HOẠCH CỦA HỘI NÔNG DÂN XÃ AN BÌNH NĂM 2025", &[]).as_deref(),
            Some("HỘI NÔNG DÂN XÃ AN BÌNH")
        );
    }
}
