//! Latin spelling of Cyrillic and Vietnamese names, for slugs.

/// Russian letters, lowercase, in the common passport-style romanisation.
const CYRILLIC: &[(char, &str)] = &[
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "g"),
    ('д', "d"),
    ('е', "e"),
    ('ё', "e"),
    ('ж', "zh"),
    ('з', "z"),
    ('и', "i"),
    ('й', "y"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ф', "f"),
    ('х', "kh"),
    ('ц', "c"),
    ('ч', "ch"),
    ('ш', "sh"),
    ('щ', "shch"),
    ('ъ', ""),
    ('ы', "y"),
    ('ь', ""),
    ('э', "e"),
    ('ю', "yu"),
    ('я', "ya"),
    ('і', "i"),
    ('ї', "i"),
    ('є', "e"),
];

/// Vietnamese letters with their tone and vowel marks, grouped by the bare Latin letter.
const VIETNAMESE: &[(char, &str)] = &[
    ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
    ('e', "èéẻẽẹêềếểễệ"),
    ('i', "ìíỉĩị"),
    ('o', "òóỏõọôồốổỗộơờớởỡợ"),
    ('u', "ùúủũụưừứửữự"),
    ('y', "ỳýỷỹỵ"),
    ('d', "đ"),
];

/// Lowercases and romanises; characters with no Latin form are kept as they are.
pub(crate) fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for upper in text.chars() {
        for c in upper.to_lowercase() {
            if c.is_ascii() {
                out.push(c);
            } else if let Some((_, latin)) = CYRILLIC.iter().find(|(cy, _)| *cy == c) {
                out.push_str(latin);
            } else if let Some((base, _)) = VIETNAMESE.iter().find(|(_, vs)| vs.contains(c)) {
                out.push(*base);
            } else {
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_and_vietnamese_become_latin() {
        assert_eq!(transliterate("Рамешковская ЦБС"), "rameshkovskaya cbs");
        assert_eq!(
            transliterate("Đội TNTP Hồ Chí Minh"),
            "doi tntp ho chi minh"
        );
    }
}
