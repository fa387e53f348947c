//! The key two spellings of one organization share, so a partner named in a plan links to
//! the organization that already exists instead of creating a near-duplicate.
//!
//! "МОУ «Рамешковская СОШ»", "МБОУ Рамешковская СОШ" and "Рамешковская средняя школа" are
//! one school: legal forms (МОУ, МБОУ, ГБОУ, TRƯỜNG THCS …) say how a school is funded, not
//! which school it is, and long names have usual abbreviations. The words are data (tables
//! below); the rule is: lower-case, "ё" → "е", quotes and punctuation dropped, long phrases
//! abbreviated, legal forms and "имени/им." dropped, "№ 18" → "18".

/// Legal forms and funding prefixes (Russian): dropped wherever they stand, because no real
/// name is one of these words.
const LEGAL_FORMS: &[&str] = &[
    "моу",
    "мбоу",
    "маоу",
    "мкоу",
    "гбоу",
    "гоу",
    "гкоу",
    "гаоу",
    "чоу",
    "ноу",
    "фгбоу",
    "огбоу",
    "кгбоу",
    "обоу",
    "мдоу",
    "мбдоу",
    "мадоу",
    "мкдоу",
    "гбдоу",
    "гдоу",
    "чдоу",
    "моудо",
    "мбоудо",
    "мбудо",
    "маудо",
    "мкудо",
    "гбудо",
    "мук",
    "мбук",
    "мкук",
    "маук",
    "гбук",
    "гук",
    "обук",
    "мбу",
    "мау",
    "мку",
    "гбу",
    "гку",
    "гау",
    "фгбу",
    "ано",
    "нко",
    "оо",
    "ооо",
    "муниципальное",
    "государственное",
    "бюджетное",
    "казенное",
    "казённое",
    "автономное",
    "общеобразовательное",
    "образовательное",
    "учреждение",
    "учреждения",
    "дошкольное",
    "культуры",
    "дополнительного",
    "образования",
];

/// Vietnamese type words that open a school's name ("TRƯỜNG THCS TRƯỜNG THỊNH"): dropped only
/// at the start, because "Trường" is also a place name.
const LEADING_TYPES: &[&str] = &[
    "thcs", "thpt", "th", "tiểu", "học", "mầm", "non", "mn", "ptdtbt", "ptdtnt", "tt", "gdtx",
];

/// "Trường" (school) opens a Vietnamese school's name once; a second one is the name.
const SCHOOL_WORD: &str = "trường";

/// Long phrases and the abbreviation people also write (whole words, in order).
const ABBREVIATIONS: &[(&[&str], &str)] = &[
    (&["средняя", "общеобразовательная", "школа"], "сош"),
    (&["основная", "общеобразовательная", "школа"], "оош"),
    (&["начальная", "общеобразовательная", "школа"], "нош"),
    (&["средняя", "школа"], "сош"),
    (&["основная", "школа"], "оош"),
    (&["централизованная", "библиотечная", "система"], "цбс"),
    (&["центральная", "детская", "библиотека"], "цдб"),
    (&["центральная", "районная", "библиотека"], "црб"),
    (&["центральная", "городская", "библиотека"], "цгб"),
    (&["дом", "детского", "творчества"], "ддт"),
    (&["дом", "культуры"], "дк"),
    (&["районный", "дом", "культуры"], "рдк"),
    (&["детский", "сад"], "дс"),
    (&["д", "с"], "дс"),
];

/// Words that join a name to the person it honours ("имени Сергея Михалкова").
const NAMESAKE_WORDS: &[&str] = &["имени", "им"];

/// The match key of an organization's name; equal keys mean one organization.
pub(crate) fn org_match_key(name: &str) -> String {
    let words = words(name);
    let words = abbreviate(&words);
    let mut kept: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !LEGAL_FORMS.contains(w) && !NAMESAKE_WORDS.contains(w))
        .collect();
    let school_word = usize::from(kept.first() == Some(&SCHOOL_WORD));
    let leading = school_word
        + kept[school_word..]
            .iter()
            .take_while(|w| LEADING_TYPES.contains(w))
            .count();
    if leading < kept.len() {
        kept.drain(..leading);
    }
    if kept.is_empty() {
        // A name made only of legal forms ("МБОУ") is still a name.
        return words.join(" ");
    }
    kept.join(" ")
}

/// Lower-case words of letters and digits; "№" and punctuation separate them.
fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = if c == 'ё' { 'е' } else { c };
        if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn abbreviate(words: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let hit = ABBREVIATIONS.iter().find(|(phrase, _)| {
            words.len() - i >= phrase.len() && phrase.iter().zip(&words[i..]).all(|(p, w)| p == w)
        });
        match hit {
            Some((phrase, short)) => {
                out.push((*short).to_string());
                i += phrase.len();
            }
            None => {
                out.push(words[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// How alike two organizations' names are for suggesting a merge, 0..=1: compared by
/// their match keys, so legal forms, quotes and the usual abbreviations do not count; equal
/// keys are one organization (1.0), a key whose words all stand in the other's ("озерная
/// библиотека" in "озерная сельская библиотека") nearly so (0.9).
pub(crate) fn name_similarity(a: &str, b: &str) -> f64 {
    let (ka, kb) = (org_match_key(a), org_match_key(b));
    if ka.is_empty() || kb.is_empty() {
        return 0.0;
    }
    if ka == kb {
        return 1.0;
    }
    let contains = |long: &str, short: &str| {
        let long: Vec<&str> = long.split(' ').collect();
        short.split(' ').all(|w| long.contains(&w))
    };
    if contains(&ka, &kb) || contains(&kb, &ka) {
        return 0.9;
    }
    super::matching::similarity(&ka, &kb)
}

/// The least [`name_similarity`] for a merge suggestion.
pub(crate) const SIMILAR_NAMES: f64 = 0.6;

/// Indices of `others` whose names are like `name`, most alike first (at most `limit`).
pub(crate) fn similar_names(name: &str, others: &[&str], limit: usize) -> Vec<usize> {
    let mut scored: Vec<(f64, usize)> = others
        .iter()
        .enumerate()
        .map(|(i, o)| (name_similarity(name, o), i))
        .filter(|(s, _)| *s >= SIMILAR_NAMES)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(limit).map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_organization_share_a_key() {
        let a = org_match_key("МУК «Рамешковская ЦБС»");
        assert_eq!(a, "рамешковская цбс");
        assert_eq!(org_match_key("МУК \"Рамешковская  ЦБС\""), a);
        assert_eq!(org_match_key("  мук „рамешковская цбс“ "), a);
        assert_eq!(
            org_match_key("Рамешковская централизованная библиотечная система"),
            a
        );
    }

    #[test]
    fn legal_forms_and_long_names_do_not_split_one_school() {
        let a = org_match_key("МОУ «Рамешковская СОШ»");
        assert_eq!(a, "рамешковская сош");
        assert_eq!(org_match_key("МБОУ Рамешковская СОШ"), a);
        assert_eq!(org_match_key("Рамешковская средняя школа"), a);
        assert_eq!(
            org_match_key(
                "Муниципальное бюджетное общеобразовательное учреждение «Рамешковская средняя общеобразовательная школа»"
            ),
            a
        );
    }

    #[test]
    fn numbers_and_namesakes_are_written_one_way() {
        assert_eq!(
            org_match_key("МБОУ «СОШ № 18»"),
            org_match_key("МАОУ СОШ №18")
        );
        assert_eq!(
            org_match_key("МБУ ЦБС «Центральная детская библиотека имени Сергея Михалкова»"),
            org_match_key("ЦБС ЦДБ им. Сергея Михалкова")
        );
        assert_ne!(org_match_key("СОШ № 18"), org_match_key("СОШ № 8"));
    }

    #[test]
    fn vietnamese_school_types_open_the_name_only() {
        let a = org_match_key("TRƯỜNG THCS TRƯỜNG THỊNH");
        assert_eq!(a, "trường thịnh");
        assert_eq!(org_match_key("Trường THCS Trường Thịnh"), a);
        assert_eq!(org_match_key("THCS Trường Thịnh"), a);
    }

    #[test]
    fn different_organizations_keep_different_keys() {
        assert_ne!(
            org_match_key("Рамешковская СОШ"),
            org_match_key("Рамешковская ЦБС")
        );
        assert_eq!(org_match_key("МБОУ"), "мбоу");
        assert_eq!(org_match_key(""), "");
    }

    #[test]
    fn merge_suggestions_find_other_spellings_of_one_organization() {
        let others = [
            "МБОУ Рамешковская СОШ",
            "Рамешковская ЦБС",
            "Пономаревская СОШ",
            "Рамешковская средняя школа имени героя",
            "Детская библиотека",
        ];
        let found = similar_names("МОУ «Рамешковская СОШ»", &others, 5);
        assert_eq!(found[0], 0);
        assert!(found.contains(&3), "{found:?}");
        assert!(!found.contains(&4), "{found:?}");
        assert!(!found.contains(&2), "{found:?}");
        // A library of the same village may be offered too, but after the school itself.
        assert_eq!(&found[..2], [0, 3], "{found:?}");
    }
}
