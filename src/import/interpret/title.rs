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

/// The owner organization as the plan names it: the first organization of the title, else
/// the school line of an official header before the title.
pub(crate) fn owner(title: &str, header_lines: &[&str]) -> Option<String> {
    if let Some(o) = people::first_org_as_written(title).or_else(|| plain_org(title)) {
        return Some(o);
    }
    header_lines.iter().find_map(|l| {
        let line = l.trim();
        let n = people::norm(line);
        let upper = line
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        (upper && vocab::SCHOOL_LINE_WORDS.iter().any(|w| n.starts_with(w)))
            .then(|| line.split_whitespace().collect::<Vec<_>>().join(" "))
    })
}

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
    let start = words.iter().position(|w| is_form(w))?;
    let name: Vec<&str> = words[start..]
        .iter()
        .take_while(|w| {
            let n = people::norm(w);
            !vocab::TITLE_STOP_WORDS.contains(&n.as_str()) && dating::calendar_year(&n).is_none()
        })
        .copied()
        .collect();
    let name = name.join(" ");
    let name = name.trim_end_matches([',', '.', ';']).trim();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
