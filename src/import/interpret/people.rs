//! A responsible cell split into canonical roles and named people, and organization names
//! found in titles, places and responsible cells.

use super::vocab;
use crate::plan::roles::ROLES;
use crate::plan::{PersonRef, Slug};

/// Lowercase, "ё" as "е", runs of spaces as one.
pub fn norm(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c == 'ё' { 'е' } else { c };
        if c.is_whitespace() {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.trim_end().to_string()
}

/// Is this word an initial pair like "С.С." or "О.Р."?
fn is_initials(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let dots = word.matches('.').count();
    (1..=3).contains(&letters.len())
        && dots >= letters.len()
        && letters.iter().all(|c| c.is_uppercase())
        && word.chars().next().is_some_and(char::is_alphabetic)
}

fn is_surname(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(|c| c.is_lowercase() || c == '-')
}

/// Named people ("Труханова С.С.", "С.С. Труханова") with the organization written in
/// brackets after them; returns them and the text with them removed.
pub fn people(text: &str) -> (Vec<PersonRef>, String) {
    let mut found: Vec<PersonRef> = Vec::new();
    let mut rest = String::new();
    // Work segment by segment: "A B. (Org)" — the bracket names the org of the people before it.
    let mut remaining = text;
    while !remaining.is_empty() {
        let (chunk, org, after) = match remaining.find('(') {
            Some(open) => {
                let close = remaining[open..]
                    .find(')')
                    .map(|c| open + c)
                    .unwrap_or(remaining.len());
                let org = remaining.get(open + 1..close).map(|s| s.trim().to_string());
                (
                    &remaining[..open],
                    org,
                    remaining.get(close + 1..).unwrap_or(""),
                )
            }
            None => (remaining, None, ""),
        };
        let words: Vec<&str> = chunk.split_whitespace().collect();
        let mut used = vec![false; words.len()];
        let mut these = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let w = words[i].trim_matches(|c: char| c == ',' || c == ';');
            let next = words
                .get(i + 1)
                .map(|n| n.trim_matches(|c: char| c == ',' || c == ';'));
            if is_surname(w) && next.is_some_and(is_initials) {
                these.push(format!("{w} {}", next.unwrap_or_default()));
                used[i] = true;
                used[i + 1] = true;
                i += 2;
                continue;
            }
            if is_initials(w) && next.is_some_and(is_surname) {
                these.push(format!("{} {w}", next.unwrap_or_default()));
                used[i] = true;
                used[i + 1] = true;
                i += 2;
                continue;
            }
            i += 1;
        }
        let org_for_people = org.clone().filter(|_| !these.is_empty());
        for name in these {
            found.push(PersonRef {
                name,
                org: org_for_people.clone(),
                id: None,
            });
        }
        for (w, u) in words.iter().zip(&used) {
            if !u {
                rest.push_str(w);
                rest.push(' ');
            }
        }
        if org_for_people.is_none()
            && let Some(o) = org
        {
            rest.push_str(&format!("({o}) "));
        }
        remaining = after;
    }
    (found, rest.trim().to_string())
}

/// Canonical roles named in a responsible cell, and the phrases that matched none (they
/// become new roles, never dropped).
pub fn roles(text: &str) -> (Vec<String>, Vec<String>) {
    let mut slugs: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for part in text.split([',', ';', '\n']) {
        let part = part.trim().trim_end_matches('.').trim();
        if part.is_empty() || part.starts_with('(') {
            continue;
        }
        let n = norm(part);
        let mut best: Option<(&str, usize)> = None;
        for role in ROLES {
            for syn in role.synonyms {
                if let Some(at) = n.find(syn) {
                    let boundary = n[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    if boundary && best.is_none_or(|(_, len)| syn.len() > len) {
                        best = Some((role.slug, syn.len()));
                    }
                }
            }
        }
        match best {
            Some((slug, _)) if !slugs.iter().any(|s| s == slug) => slugs.push(slug.to_string()),
            Some(_) => {}
            None if n.chars().any(char::is_alphabetic)
                && n.chars().count() <= 60
                && !looks_like_org(&n) =>
            {
                let slug = Slug::from_name(part).to_string();
                if !slugs.contains(&slug) {
                    slugs.push(slug);
                    unknown.push(part.to_string());
                }
            }
            None => {}
        }
    }
    (slugs, unknown)
}

/// Known roles mentioned anywhere in a sentence ("Phối hợp với thư viện …" → librarian).
pub fn mentioned_roles(text: &str) -> Vec<String> {
    let n = norm(text);
    let mut out: Vec<String> = Vec::new();
    for role in ROLES {
        if role.synonyms.iter().any(|syn| {
            n.match_indices(syn).any(|(at, _)| {
                n[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
                    && n[at + syn.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        }) && !out.iter().any(|s| s == role.slug)
        {
            out.push(role.slug.to_string());
        }
    }
    out
}

/// Organizations named by a noun and a proper name in a sentence: "thư viện Hà Nội",
/// "музей Победы" (the noun followed by capitalised words).
pub fn named_places(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = text.to_lowercase();
    for noun in vocab::ORG_NOUNS {
        let mut from = 0;
        while let Some(at) = lower
            .get(from..)
            .and_then(|l| l.find(noun))
            .map(|a| a + from)
        {
            from = at + noun.len();
            let after = text.get(from..).unwrap_or("");
            let proper: Vec<&str> = after
                .split_whitespace()
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(|w| w.trim_end_matches(['.', ',', ';']))
                .collect();
            if !proper.is_empty() && text.is_char_boundary(at) {
                let name = format!("{} {}", capitalise(&text[at..from]), proper.join(" "));
                out.push(name);
            }
        }
    }
    out
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn looks_like_org(n: &str) -> bool {
    n.contains('«')
        || vocab::ORG_FORMS
            .iter()
            .any(|f| n.split(|c: char| !c.is_alphanumeric()).any(|w| w == *f))
}

/// Organization names in a text: "МОУ «Рамешковская СОШ»", "МУК «Рамешковская ЦБС»",
/// "МБУ ЦБС «Центральная детская библиотека имени Сергея Михалкова»".
pub fn org_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('«').map(|o| from + o) {
        // The closing quote that balances the opening one («Школа «Радуга»» nests).
        let mut depth = 0;
        let mut close = None;
        for (i, c) in text[open..].char_indices() {
            match c {
                '«' => depth += 1,
                '»' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + i + '»'.len_utf8());
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(close) = close else { break };
        // The short form before the quotes: up to three uppercase words ("МБУ ЦБС", "МАО УДО").
        let before: Vec<&str> = text[..open].split_whitespace().collect();
        let mut start_words = Vec::new();
        for w in before.iter().rev().take(3) {
            let w = &w.trim_start_matches('(');
            if w.contains('.') || w.contains(')') {
                break;
            }
            let upper = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            if upper {
                start_words.push(*w);
            } else {
                break;
            }
        }
        start_words.reverse();
        let name = if start_words.is_empty() {
            text[open..close].to_string()
        } else {
            format!("{} {}", start_words.join(" "), &text[open..close])
        };
        // Only names with a short form, or with an organization noun, are organizations;
        // «Литературная гостиная» is an event's name.
        let n = norm(&name);
        if !start_words.is_empty() || vocab::ORG_NOUNS.iter().any(|w| n.contains(w)) {
            out.push(normalise_org_name(&name));
        }
        from = close;
    }
    out
}

/// One spelling for one organization: quotes as «», single spaces, no trailing dot.
pub fn normalise_org_name(name: &str) -> String {
    let mut s = name.replace(['"', '“', '”', '„'], "\"");
    // Straight quotes in pairs become «».
    let mut open = true;
    s = s
        .chars()
        .map(|c| {
            if c == '"' {
                let q = if open { '«' } else { '»' };
                open = !open;
                q
            } else {
                c
            }
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.replace("« ", "«")
        .replace(" »", "»")
        .trim_end_matches(['.', ',', ';'])
        .trim()
        .to_string()
}

/// A place that names an organization other than the plan's own premises.
pub fn place_org(place: &str) -> Option<String> {
    let first_line = place.lines().next().unwrap_or(place).trim();
    let n = norm(first_line);
    if n.is_empty()
        || vocab::OWN_PLACES
            .iter()
            .any(|p| n == *p || n.starts_with(&format!("{p} ")))
    {
        return None;
    }
    if let Some(name) = org_names(first_line).into_iter().next() {
        return Some(name);
    }
    vocab::ORG_NOUNS
        .iter()
        .any(|w| {
            n.split(' ')
                .any(|word| word.starts_with(w.split(' ').next().unwrap_or(w)))
                && n.contains(w)
        })
        .then(|| normalise_org_name(first_line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_with_their_organization_in_brackets() {
        let (p, rest) =
            people("Труханова С.С. Мустафина О.Р. (МАОУ «Пономаревская СОШ»), руководитель РМО");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].name, "Труханова С.С.");
        assert_eq!(p[1].name, "Мустафина О.Р.");
        assert_eq!(p[1].org.as_deref(), Some("МАОУ «Пономаревская СОШ»"));
        assert_eq!(rest.trim_start_matches(',').trim(), "руководитель РМО");
    }

    #[test]
    fn roles_are_canonical_and_unknown_ones_are_kept() {
        let (r, unknown) = roles("работники библиотеки, организатор, классные  руководители");
        assert_eq!(r, vec!["librarian", "organizer", "class-teacher"]);
        assert!(unknown.is_empty());
        let (r, _) = roles("Классный руководитель, родители");
        assert_eq!(r, vec!["class-teacher", "parents"]);
        let (r, unknown) = roles("инспектор ГИБДД");
        assert_eq!(r, vec!["inspektor-gibdd"]);
        assert_eq!(unknown, vec!["инспектор ГИБДД"]);
        assert_eq!(roles("руководитель РМО").0, vec!["head-of-association"]);
        assert_eq!(roles("Все библиотекари").0, vec!["librarian"]);
    }

    #[test]
    fn organizations_are_found_and_spelt_one_way() {
        assert_eq!(
            org_names(
                "План совместной работы МОУ «Рамешковская СОШ» и МУК «Рамешковская ЦБС» на 2025 – 2026 учебный год."
            ),
            vec!["МОУ «Рамешковская СОШ»", "МУК «Рамешковская ЦБС»"]
        );
        assert!(org_names("Совместное участие в мероприятии «Литературная гостиная»").is_empty());
        assert_eq!(
            normalise_org_name("МУК  \"Рамешковская ЦБС\"."),
            "МУК «Рамешковская ЦБС»"
        );
        assert_eq!(
            place_org("Пожарная часть").as_deref(),
            Some("Пожарная часть")
        );
        assert_eq!(place_org("Школьная библиотека"), None);
        assert_eq!(
            place_org("МБОУ «СОШ № 8»\nМБОУ «СОШ № 34»").as_deref(),
            Some("МБОУ «СОШ № 8»")
        );
    }
}
