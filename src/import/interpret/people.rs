//! A responsible cell split into canonical roles and named people, and organization names
//! found in titles, places and responsible cells.

use super::vocab;
use crate::plan::PersonRef;
use crate::plan::roles::ROLES;

/// Lowercase, "ё" as "е", runs of spaces as one.
pub(crate) fn norm(text: &str) -> String {
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

/// Is this word an initial pair like "С.С." or "О.Р." (or "А.В" with the last dot lost)?
fn is_initials(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let dots = word.matches('.').count();
    (1..=3).contains(&letters.len())
        && dots >= letters.len().max(2) - 1
        && word.chars().all(|c| c.is_alphabetic() || c == '.')
        && letters.iter().all(|c| c.is_uppercase())
        && word.chars().next().is_some_and(char::is_alphabetic)
}

/// One capital letter with no dot, as in "Абрамова Е Ю".
fn is_bare_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// The initials after a surname at `i`: how many words they take (0 when none).
fn initials_after(words: &[&str], i: usize) -> usize {
    let word = |k: usize| {
        words
            .get(k)
            .map(|w| w.trim_matches(|c: char| c == ',' || c == ';'))
    };
    match (word(i + 1), word(i + 2)) {
        (Some(a), Some(b)) if is_initials(a) && a.ends_with('.') && is_initials(b) => {
            let letters = a.chars().chain(b.chars()).filter(|c| c.is_alphabetic());
            if letters.count() <= 3 { 2 } else { 1 }
        }
        (Some(a), _) if is_initials(a) => 1,
        (Some(a), Some(b)) if is_bare_initial(a) && is_bare_initial(b) => 2,
        _ => 0,
    }
}

fn is_surname(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(|c| c.is_lowercase() || c == '-')
}

/// A cell that is only a full name: "Bùi Hải Phương", "Иванова Мария Петровна" (two to
/// four capitalised words, no abbreviation, no role, nothing else).
fn full_name(words: &[&str]) -> bool {
    let capitalised = |w: &&str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
            && w.chars().skip(1).any(char::is_lowercase)
    };
    (2..=4).contains(&words.len())
        && words.iter().all(capitalised)
        && roles(&words.join(" ")).is_empty()
        && !vocab::ORG_NOUNS
            .iter()
            .any(|n| norm(&words.join(" ")).contains(n))
}

/// The names among words, and which words they used.
fn names_in(words: &[&str]) -> (Vec<String>, Vec<bool>) {
    let mut used = vec![false; words.len()];
    let mut these = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].trim_matches(|c: char| c == ',' || c == ';');
        let next = words
            .get(i + 1)
            .map(|n| n.trim_matches(|c: char| c == ',' || c == ';'));
        let taken = if is_surname(w) {
            initials_after(words, i)
        } else {
            0
        };
        if taken > 0 {
            let initials: Vec<&str> = words[i + 1..=i + taken]
                .iter()
                .map(|x| x.trim_matches(|c: char| c == ',' || c == ';'))
                .collect();
            these.push(format!("{w} {}", initials.join(" ")));
            for u in &mut used[i..=i + taken] {
                *u = true;
            }
            i += taken + 1;
            continue;
        }
        // "Г.Иванова": initials glued to the surname.
        if let Some(dot) = w.rfind('.')
            && is_initials(&w[..=dot])
            && is_surname(&w[dot + 1..])
        {
            these.push(format!("{} {}", &w[dot + 1..], &w[..=dot]));
            used[i] = true;
            i += 1;
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
    (these, used)
}

/// Named people ("Труханова С.С.", "С.С. Труханова") with the organization written in
/// brackets after them; returns them and the text with them removed.
pub(crate) fn people(text: &str) -> (Vec<PersonRef>, String) {
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
        let (mut these, mut used) = names_in(&words);
        // A cell that is only a full name is that name whole, an abbreviated middle name
        // included ("Đặng T.Ngọc Yến" is not "Ngọc T.").
        if org.is_none() && full_name(&words) {
            these = vec![words.join(" ")];
            used.fill(true);
        } else if these.is_empty() && org.is_none() {
            // A line of its own that is only a full name ("Giáo viên" / "Nguyễn Thị Giáp").
            let mut at = 0;
            for line in chunk.lines() {
                let line_words: Vec<&str> = line.split_whitespace().collect();
                if chunk.lines().count() > 1 && full_name(&line_words) {
                    these.push(line_words.join(" "));
                    for u in &mut used[at..at + line_words.len()] {
                        *u = true;
                    }
                }
                at += line_words.len();
            }
        }
        // "(Корецкая Н.А.)": a bracket that holds people, not their organization.
        if these.is_empty()
            && let Some(o) = &org
        {
            let inner: Vec<&str> = o.split_whitespace().collect();
            let (named, _) = names_in(&inner);
            found.extend(named.into_iter().map(|name| PersonRef {
                name,
                org: None,
                id: None,
            }));
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

/// Where a role synonym matches at a word start: the rest of its word is at most an
/// inflection (3 letters), or anything after an abbreviation ("кл. рук" in "кл. руководители").
fn synonym_at(n: &str, at: usize, syn: &str) -> bool {
    let starts_word = n[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let tail = n[at + syn.len()..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .count();
    let last_word = syn
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .map(|w| w.chars().count())
        .unwrap_or(0);
    starts_word && (tail <= 3 || last_word <= 4)
}

/// The canonical roles a text names, in the order it names them. Only the role vocabulary
/// makes roles: initials, people and team names ("Коллектив МЦБ") stay text. Overlapping
/// synonyms take the longest ("заместитель директора" is not also "директор").
pub(crate) fn roles(text: &str) -> Vec<String> {
    let n = norm(text);
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for role in ROLES {
        for syn in role.synonyms {
            for (at, _) in n.match_indices(syn) {
                if synonym_at(&n, at, syn) {
                    found.push((at, at + syn.len(), role.slug));
                }
            }
        }
    }
    found.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut out: Vec<String> = Vec::new();
    let mut covered = 0;
    for (start, end, slug) in found {
        if start < covered {
            continue;
        }
        covered = end;
        if !out.iter().any(|s| s == slug) {
            out.push(slug.to_string());
        }
    }
    out
}

/// Organizations named by a noun and a proper name in a sentence: "thư viện Hà Nội",
/// "музей Победы" (the noun followed by capitalised words).
pub(crate) fn named_places(text: &str) -> Vec<String> {
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
                let name = format!(
                    "{} {}",
                    crate::timing::capitalised(&text[at..from]),
                    proper.join(" ")
                );
                out.push(name);
            }
        }
    }
    out
}

/// Organization names in a text: "МОУ «Рамешковская СОШ»", "МУК «Рамешковская ЦБС»",
/// "МБУ ЦБС «Центральная детская библиотека имени Сергея Михалкова»".
pub(crate) fn org_names(text: &str) -> Vec<String> {
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
            // "№ 69-ФЗ «О пожарной безопасности»": a number before the quotes makes them a
            // law's or an order's title, not an organization's name.
            if w.contains('.') || w.contains(')') || w.chars().any(|c| c.is_ascii_digit()) {
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

/// Organizations a responsible cell lists without quotes: each comma-separated item that
/// opens with a governing body or a legal form ("Управление культуры", "МУП "Управление
/// капитального строительства""), or is one abbreviation of four capitals or more ("РОМЦ";
/// shorter ones are more often a team, "МО", "ВР").
pub(crate) fn listed_orgs(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(|s| s.trim().trim_end_matches('.').trim())
        .filter(|s| {
            let n = norm(s);
            let words = s.split_whitespace().count();
            let opens = |w: &&str| n.starts_with(*w) && n[w.len()..].starts_with(' ');
            let body = (2..=8).contains(&words)
                && (vocab::GOVERNING_BODIES.iter().any(opens)
                    || vocab::ORG_FORMS.iter().any(opens));
            let letters = s.chars().filter(|c| c.is_alphabetic()).count();
            let abbreviation = words == 1
                && letters >= 4
                && s.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
            body || abbreviation
        })
        .map(str::to_string)
        .collect()
}

/// The first organization a text names, as written there (quotes kept as they are):
/// "МБДОУ «Детский сад № 5 „Радуга“»".
pub(crate) fn first_org_as_written(text: &str) -> Option<String> {
    let first = org_names(text).into_iter().next()?;
    // org_names spells the name one way; find the same letters in the text as written.
    let want: Vec<char> = first.chars().filter(|c| c.is_alphanumeric()).collect();
    let letters: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| c.is_alphanumeric())
        .collect();
    let found = if want.is_empty() || letters.len() < want.len() {
        None
    } else {
        letters
            .windows(want.len())
            .position(|w| w.iter().map(|(_, c)| *c).eq(want.iter().copied()))
    };
    let Some(at) = found else { return Some(first) };
    let start = letters[at].0;
    let (last, c) = letters[at + want.len() - 1];
    let mut end = last + c.len_utf8();
    // The closing quotes that follow the last letter.
    for q in text[end..].chars() {
        if !"»“”\"'".contains(q) {
            break;
        }
        end += q.len_utf8();
    }
    Some(text[start..end].trim().to_string())
}

/// One spelling for one organization: quotes as «», single spaces, no trailing dot.
pub(crate) fn normalise_org_name(name: &str) -> String {
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
pub(crate) fn place_org(place: &str) -> Option<String> {
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

/// Paragraphs of a cell with a name broken over two lines by a narrow column ("Ртищева
/// И.Б., Попова" / "К.О."): a paragraph of initials only joins the one before it and leaves
/// an empty paragraph in its place, so the cell's other paragraphs keep their positions.
pub(crate) fn rejoin_names(mut paragraphs: Vec<String>) -> Vec<String> {
    for i in 1..paragraphs.len() {
        let words: Vec<&str> = paragraphs[i].split_whitespace().collect();
        let initials_only = !words.is_empty()
            && words
                .iter()
                .all(|w| is_initials(w.trim_end_matches([',', ';'])));
        let before = paragraphs[..i].iter().rposition(|p| !p.trim().is_empty());
        let ends_with_surname = before.is_some_and(|b| {
            paragraphs[b]
                .split_whitespace()
                .last()
                .map(|w| w.trim_end_matches(','))
                .is_some_and(|w| is_surname(w) && roles(w).is_empty())
        });
        if let (true, true, Some(b)) = (initials_only, ends_with_surname, before) {
            let moved = std::mem::take(&mut paragraphs[i]);
            paragraphs[b] = format!("{} {}", paragraphs[b].trim_end(), moved.trim());
        }
    }
    paragraphs
}

/// Does a word name an organization by itself: a short form ("ОГИБДД", "ПЧ-26", "МЧС") or
/// the stem of an organization noun in any case ("музея", "библиотеке", "пожарной")?
fn org_word(word: &str) -> bool {
    let w = norm(word.trim_matches(|c: char| !c.is_alphanumeric()));
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let short_form = letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && !vocab::NOT_ORGS.contains(&w.as_str());
    let service = vocab::SERVICE_ORGS
        .iter()
        .any(|s| w == *s || (s.chars().count() >= 4 && w.starts_with(s)));
    // One-word nouns of five letters or more, less their ending: short stems ("парк",
    // "клуб") start too many other words.
    let noun = vocab::ORG_NOUNS
        .iter()
        .filter(|n| !n.contains(' ') && n.chars().count() >= 5)
        .any(|n| {
            let len = n.chars().count();
            let stem: String = n.chars().take(len - if len > 5 { 2 } else { 1 }).collect();
            w.starts_with(&stem)
        });
    short_form || service || noun
}

/// A Russian adjective's ending ("детской", "краеведческого", "районная"): such words
/// before an organization noun are part of its name.
fn adjective(word: &str) -> bool {
    const ENDINGS: [&str; 11] = [
        "ого", "ой", "ая", "ий", "ый", "ым", "им", "ую", "ое", "ые", "ых",
    ];
    let w = norm(word);
    w.chars().count() > 3 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// One item of a list of partners, from its first word that names an organization
/// ("сотрудников ОГПН Батыревского района" → "ОГПН Батыревского района"); people's names
/// are left out, and an item naming no organization gives nothing.
fn partner_item(item: &str, opens_list: bool) -> Option<String> {
    let (_, rest) = people(item);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let mut first = words.iter().position(|w| org_word(w))?;
    while first > 0 && adjective(words[first - 1]) {
        first -= 1;
    }
    // Only the first item may open with other words before the organization; a later one
    // may name only its people ("сотрудников ПЧ-12"); else it is the sentence going on.
    let staff = words[..first].iter().all(|w| {
        let w = norm(w);
        vocab::PARTNER_STAFF.iter().any(|s| w.starts_with(s))
    });
    if first > 0 && !opens_list && !staff {
        return None;
    }
    let name = words[first..].join(" ");
    let name = name.trim_matches(|c: char| c == ',' || c == '.' || c == ';' || c.is_whitespace());
    (name.chars().filter(|c| c.is_alphabetic()).count() >= 2).then(|| normalise_org_name(name))
}

/// The text in lower case when every letter keeps its length in bytes, so that offsets
/// found in it cut the text itself ("İ" lowercases longer: such a text is passed over).
pub(crate) fn same_length_lowercase(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    (lower.len() == text.len()).then_some(lower)
}

/// The organizations an event's text says it is held with: the list after "совместно с",
/// "с приглашением", "при участии" … up to the end of its clause.
pub(crate) fn partners_in_text(text: &str) -> Vec<String> {
    let Some(lower) = same_length_lowercase(text) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    let cues = vocab::PARTNER_CUES
        .iter()
        .map(|c| (c, false))
        .chain(vocab::PARTNER_ADJECTIVE_CUES.iter().map(|c| (c, true)));
    for (cue, adjective_cue) in cues {
        let mut from = 0;
        while let Some(at) = lower
            .get(from..)
            .and_then(|l| l.find(cue))
            .map(|a| a + from)
        {
            from = at + cue.len();
            let starts_word = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let ends_word = lower[from..].starts_with(|c: char| !c.is_alphanumeric());
            if !starts_word || !ends_word {
                continue;
            }
            let tail = &text[from..];
            let end = tail
                .find(['(', ';', ':', '\n', '!', '?', '…'])
                .into_iter()
                .chain(sentence_end(tail))
                .min();
            let clause = end.map_or(tail, |end| &tail[..end]);
            if adjective_cue {
                if let Some(p) = partner_before_noun(clause).filter(|p| !out.contains(p)) {
                    out.push(p);
                }
                continue;
            }
            let items: Vec<&str> = clause.split(',').flat_map(|i| i.split(" и ")).collect();
            // The list ends at the first item that names no organization.
            let named = items
                .iter()
                .enumerate()
                .map_while(|(k, item)| partner_item(item, k == 0));
            for p in named {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
    }
    out
}

/// Where the first sentence of `text` ends: a full stop before a capital letter, after a
/// word longer than an abbreviation ("им. Пушкина", "г. Москва" go on).
fn sentence_end(text: &str) -> Option<usize> {
    text.match_indices(". ").map(|(at, _)| at).find(|&at| {
        let word = text[..at].split_whitespace().next_back().unwrap_or("");
        let next = text[at + 2..].trim_start();
        word.chars().count() > 3 && next.starts_with(char::is_uppercase)
    })
}

/// "ДХШ стационарная выставка …" after "Совместная с": the organization up to the first
/// lowercase word after its own word (adjectives before a noun stay: "краеведческим музеем").
fn partner_before_noun(clause: &str) -> Option<String> {
    let name = partner_item(clause, true)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let org_at = words.iter().position(|w| org_word(w))?;
    let lowercase = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
    let end = words[org_at + 1..]
        .iter()
        .position(lowercase)
        .map_or(words.len(), |k| org_at + 1 + k);
    Some(normalise_org_name(&words[..end].join(" ")))
}

/// Executors a responsible cell marks "(по согласованию)": outside bodies taking part by
/// agreement, so partners, however long their name ("Управление ГИБДД при МВД по
/// Республике Саха (Якутия) (по согласованию)"). A person so marked is not an organization.
pub(crate) fn agreed_orgs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for item in text.split([',', ';', '\n']) {
        let n = norm(item);
        let Some(mark) = vocab::BY_AGREEMENT.iter().filter_map(|m| n.find(m)).min() else {
            continue;
        };
        // The name ends at the bracket that holds the mark.
        let before_mark = &n[..mark];
        let Some(open) = before_mark.rfind('(') else {
            continue;
        };
        let name = norm_prefix(item, open);
        let starts_upper = name.chars().next().is_some_and(char::is_uppercase);
        if starts_upper && people(&name).0.is_empty() && roles(&name).is_empty() {
            out.push(normalise_org_name(&name));
        }
    }
    out
}

/// The part of `text` whose normalised form is `norm(text)[..at]` (same words, as written).
fn norm_prefix(text: &str, at: usize) -> String {
    let words_before = norm(text)
        .get(..at)
        .map_or(0, |p| p.split_whitespace().count());
    text.split_whitespace()
        .take(words_before)
        .collect::<Vec<_>>()
        .join(" ")
        .trim()
        .to_string()
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
    fn initials_spaced_without_dots_or_glued_stay_one_person() {
        let names = |t: &str| people(t).0.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            names("Лемзякова Н. Н. Давыдова К.Е."),
            vec!["Лемзякова Н. Н.", "Давыдова К.Е."]
        );
        assert_eq!(
            names("ЦБ Абрамова Е Ю\nСветлакова О А"),
            vec!["Абрамова Е Ю", "Светлакова О А"]
        );
        assert_eq!(
            names("Школа Биб-ка Шкедова А.В Тюрикова И.Ю."),
            vec!["Шкедова А.В", "Тюрикова И.Ю."]
        );
        assert_eq!(names("Г.Иванова, вожатый"), vec!["Иванова Г."]);
        assert_eq!(names("Bùi Hải Phương"), vec!["Bùi Hải Phương"]);
        assert!(names("Отдел обслуживания").is_empty());
        assert!(names("Коллектив МЦБ").is_empty());
        assert!(names("Гороховская сельская библиотека").is_empty());
        assert!(roles(&people("Нечаева А. В.").1).is_empty());
    }

    #[test]
    fn roles_come_only_from_the_vocabulary() {
        let r = roles("работники библиотеки, организатор, классные  руководители");
        assert_eq!(r, vec!["librarian", "organizer", "class-teacher"]);
        assert_eq!(
            roles("Классный руководитель, родители"),
            vec!["class-teacher", "parents"]
        );
        assert_eq!(
            listed_orgs("РОМЦ, Управление культуры, МО, Иванова А.А."),
            vec!["РОМЦ", "Управление культуры"]
        );
        assert!(listed_orgs("Управление").is_empty());
        assert!(roles("инспектор ГИБДД").is_empty());
        assert_eq!(roles("Руководитель физ.воспитания"), vec!["pe-instructor"]);
        assert_eq!(roles("- CBTV"), vec!["librarian"]);
        assert_eq!(roles("- PHT"), vec!["deputy-director"]);
        assert_eq!(
            roles("giáo viên chủ nhiệm lớp, ban Đoàn, Đội."),
            vec!["class-teacher", "youth-union"]
        );
        assert!(roles("Коллектив МЦБ").is_empty());
        assert!(roles("Г.").is_empty());
        assert!(roles("Отдел обслуживания").is_empty());
        assert_eq!(roles("руководитель РМО"), vec!["head-of-association"]);
        assert_eq!(roles("Все библиотекари"), vec!["librarian"]);
        assert_eq!(
            roles("заместитель директора по ВР"),
            vec!["deputy-director"]
        );
        assert_eq!(roles("педагогический коллектив"), Vec::<String>::new());
        assert_eq!(
            roles("Замдиректора по ВР\nПедагог организатор"),
            vec!["deputy-director", "organizer"]
        );
        assert_eq!(
            roles("Гусева В.П. -заведующий детским отделом"),
            vec!["librarian"]
        );
        assert_eq!(roles("Заведующая"), vec!["director"]);
        assert_eq!(people("Đặng T.Ngọc Yến").0[0].name, "Đặng T.Ngọc Yến");
        assert_eq!(people("Иванова Г.Н.").0[0].name, "Иванова Г.Н.");
        let (found, rest) = people("Giáo viên\nNguyễn Thị Giáp");
        assert_eq!(found[0].name, "Nguyễn Thị Giáp");
        assert_eq!(rest, "Giáo viên");
    }

    #[test]
    fn a_vietnamese_responsible_sentence_gives_every_role_it_names() {
        assert_eq!(
            roles("Cán bộ thư viện phối hợp với giáo viên chủ nhiệm"),
            vec!["librarian", "class-teacher"]
        );
        assert_eq!(
            roles("BGH, Tổng phụ trách Đội, Đoàn thanh niên"),
            vec!["administration", "organizer", "youth-union"]
        );
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

    #[test]
    fn a_name_broken_over_two_lines_is_one_name() {
        let ps = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            rejoin_names(ps(&["Смирнова А.А., Кузнецова", "В.П.", "Орлов Д.Д."])),
            ps(&["Смирнова А.А., Кузнецова В.П.", "", "Орлов Д.Д."])
        );
        // Initials under a role, or a name whole on each line, stay as they are.
        let kept = ps(&["Библиотекарь", "А.Б."]);
        assert_eq!(rejoin_names(kept.clone()), kept);
        let kept = ps(&["Смирнова А.А.", "Орлов Д.Д."]);
        assert_eq!(rejoin_names(kept.clone()), kept);
    }

    #[test]
    fn a_law_cited_by_its_number_is_no_organization() {
        assert!(
            org_names("согласно Федеральному закону от 1 мая 2020 № 12-ФЗ «О библиотечном деле»")
                .is_empty()
        );
        assert_eq!(
            org_names("приказ № 5 по МБОУ «Лицей № 2»"),
            vec!["МБОУ «Лицей № 2»"]
        );
    }

    #[test]
    fn partners_named_after_with_or_inviting_in_an_events_text() {
        assert_eq!(
            partners_in_text(
                "Беседа о правилах движения совместно с ОГИБДД г. Энска и детской библиотекой"
            ),
            vec!["ОГИБДД г. Энска", "детской библиотекой"]
        );
        assert_eq!(
            partners_in_text(
                "Родительское собрание с приглашением инспектора ПДН Смирновой О.П., сотрудников ПСЧ-12 (по согласованию)"
            ),
            vec!["ПДН", "ПСЧ-12"]
        );
        assert_eq!(
            partners_in_text("Викторина при участии краеведческого музея: «Мой край»"),
            vec!["краеведческого музея"]
        );
        // A cue followed by people or a class names no organization.
        assert!(partners_in_text("Встреча с участием родителей и учащихся 5 класса").is_empty());
        // The list ends where the sentence goes on; short forms of wars and exams are no
        // organizations.
        assert_eq!(
            partners_in_text("Классный час с участием ветеранов, посвящённый годовщине ВОВ"),
            Vec::<String>::new()
        );
        assert_eq!(
            partners_in_text("Беседа с представителями районного Центра занятости и ЕГЭ"),
            vec!["районного Центра занятости"]
        );
        assert!(partners_in_text("Совместно с классным руководителем").is_empty());
        // The name ends with its sentence: a web page's "Подробнее…" is no part of it.
        assert_eq!(
            partners_in_text("Экскурсия совместно с районной библиотекой. Подробнее…"),
            vec!["районной библиотекой"]
        );
        assert_eq!(
            partners_in_text("Урок совместно с библиотекой им. Пушкина"),
            vec!["библиотекой им. Пушкина"]
        );
        // The cue as an adjective of the event's noun: the name ends where the noun starts.
        assert_eq!(
            partners_in_text("Совместная с ДХШ стационарная выставка детских рисунков"),
            ["ДХШ"]
        );
        assert_eq!(
            partners_in_text("Совместная с краеведческим музеем выставка «Край»"),
            ["краеведческим музеем"]
        );
        assert!(partners_in_text("Совместная с учениками выставка").is_empty());
    }

    #[test]
    fn executors_by_agreement_are_partners_whatever_their_length() {
        assert_eq!(
            agreed_orgs(
                "Отдел полиции по Энскому району Управления МВД по области (по согласованию), классные руководители"
            ),
            vec!["Отдел полиции по Энскому району Управления МВД по области"]
        );
        assert_eq!(
            agreed_orgs("Пожарная часть № 3 (Энск) (по согласованию)"),
            vec!["Пожарная часть № 3 (Энск)"]
        );
        assert!(agreed_orgs("Петрова А.А. (по согласованию)").is_empty());
        assert!(agreed_orgs("учреждения района (по согласованию)").is_empty());
        assert!(agreed_orgs("Отдел культуры").is_empty());
    }
}
