//! Who an event is for: the grades (1–11 in Russian schools, 1–12 in Vietnamese, English
//! year groups by their number), the classes ("5А", "9A1") and the kindergarten groups
//! ("старшая группа", "lớp lá", "Nursery") a plan names for it — in an audience column
//! ("Классы", "Участники", "Lớp", "Year group"), in its title ("для 5–7 классов",
//! "первоклассников", "khối 6", "Year 7"), or for the whole plan (a class teacher's plan for
//! one class: the plan's `class`). An event that names nobody concerns everyone.
//!
//! Pure, and data: the words are the tables below (`PHRASES`, `LEAD_WORDS`,
//! `CLASS_WORDS`); `read` walks a text's tokens once. The store keeps what an event
//! concerns as `keys` (",g5,g6,c9:B,"), one text column both backends filter with `LIKE`,
//! and `Wanted` is the `grade=N` / `class=5А` filter written as the patterns that match it.

use crate::timing::Lang;

/// The grades and classes an event concerns (both empty: everyone).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Concerned {
    /// Every grade it concerns, its classes' grades included, ascending.
    pub grades: Vec<u8>,
    /// Classes ("5А") and kindergarten groups ("старшая группа") as a reader names them.
    pub classes: Vec<String>,
    /// The words that said so, as written (an event's `audience` when read from its title).
    pub words: Vec<String>,
}

impl Concerned {
    pub fn is_everyone(&self) -> bool {
        self.grades.is_empty() && self.classes.is_empty()
    }
}

/// What a phrase of the table means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Means {
    Grades(u8, u8),
    /// "выпускники": the language's last grade.
    LastGrade,
    /// A kindergarten group, by its name.
    Group(&'static str),
    /// Words that look like an audience and are none ("встреча выпускников": alumni).
    Nobody,
}

/// Phrases by the beginnings of their words, in order, longest first where they share a
/// start. Lowercase, "ё" written "е".
const PHRASES: &[(&[&str], Means)] = &[
    // ru
    (&["встреч", "выпускник"], Means::Nobody),
    (&["выпускник"], Means::LastGrade),
    (&["первоклассник"], Means::Grades(1, 1)),
    (&["первоклашк"], Means::Grades(1, 1)),
    (&["второклассник"], Means::Grades(2, 2)),
    (&["третьеклассник"], Means::Grades(3, 3)),
    (&["четвероклассник"], Means::Grades(4, 4)),
    (&["пятиклассник"], Means::Grades(5, 5)),
    (&["девятиклассник"], Means::Grades(9, 9)),
    (&["одиннадцатиклассник"], Means::Grades(11, 11)),
    (&["старшеклассник"], Means::Grades(10, 11)),
    (&["начальн", "класс"], Means::Grades(1, 4)),
    (&["начальн", "школ"], Means::Grades(1, 4)),
    (&["младш", "школьник"], Means::Grades(1, 4)),
    (&["младш", "класс"], Means::Grades(1, 4)),
    (&["средн", "звен"], Means::Grades(5, 9)),
    (&["старш", "класс"], Means::Grades(10, 11)),
    (&["старш", "школьник"], Means::Grades(10, 11)),
    // The first-grade reader: «Прощай, Букварь!», «Посвящение в читатели… Букваря».
    (&["буквар"], Means::Grades(1, 1)),
    (&["ясельн", "групп"], Means::Group("ясельная группа")),
    (&["младш", "групп"], Means::Group("младшая группа")),
    (&["средн", "групп"], Means::Group("средняя группа")),
    (&["старш", "групп"], Means::Group("старшая группа")),
    (
        &["подготовительн", "групп"],
        Means::Group("подготовительная группа"),
    ),
    // vi
    (&["lớp", "mầm"], Means::Group("lớp mầm")),
    (&["lớp", "chồi"], Means::Group("lớp chồi")),
    (&["lớp", "lá"], Means::Group("lớp lá")),
    (&["nhà", "trẻ"], Means::Group("nhà trẻ")),
    // en
    (&["nursery"], Means::Group("nursery")),
    (&["reception"], Means::Group("reception")),
    (&["key", "stage", "1"], Means::Grades(1, 2)),
    (&["key", "stage", "2"], Means::Grades(3, 6)),
    (&["ks", "1"], Means::Grades(1, 2)),
    (&["ks", "2"], Means::Grades(3, 6)),
    (&["sixth", "form"], Means::Grades(12, 13)),
];

/// Words a grade's number follows: "khối 6", "lớp 9A", "Year 7", "Years 7-9".
const LEAD_WORDS: &[&str] = &["khối", "lớp", "year", "years", "yr", "y", "grade", "grades"];

/// Words a grade's number comes before: "5-7 классов", "9 кл." (a word starting with the
/// first, or the second whole).
const CLASS_WORDS: (&str, &str) = ("класс", "кл");

/// Words between two grades of a range ("5-7", "с 1 по 4", "7 to 9") and of a list.
const RANGE_WORDS: &[&str] = &["-", "по", "to", "đến"];
const LIST_WORDS: &[&str] = &[",", "и", "and", "và", "/", "+", "&", ";"];

/// The last grade of a school in the language's country.
pub fn last_grade(lang: Lang) -> u8 {
    match lang {
        Lang::Ru => 11,
        Lang::Vi => 12,
        Lang::En => 13,
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(u32),
    /// A number with its class letter(s): "5а", "9-Б", "10A1".
    Class(u8, String),
    Word(String),
    Sep(String),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‑' | '−')
}

/// Letters a class is named by after its number ("5А", "9b"); not "х" ("5-х классов").
fn class_letter(c: char) -> bool {
    c.is_alphabetic() && !matches!(c.to_lowercase().next(), Some('х' | 'й' | 'ъ' | 'ь' | 'ы'))
}

/// Splits a text into numbers, classes, words and separators, with their byte ranges.
fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        if c.is_ascii_digit() {
            let mut j = i;
            while chars.get(j).is_some_and(|(_, c)| c.is_ascii_digit()) {
                j += 1;
            }
            let digits = &text[start..at(j)];
            let (tok, next) = number_token(text, &chars, digits, j);
            out.push(Token {
                tok,
                start,
                end: at(next),
            });
            i = next;
        } else if c.is_alphabetic() {
            let mut j = i;
            while chars.get(j).is_some_and(|(_, c)| c.is_alphabetic()) {
                j += 1;
            }
            let word = text[start..at(j)].to_lowercase().replace('ё', "е");
            out.push(Token {
                tok: Tok::Word(word),
                start,
                end: at(j),
            });
            i = j;
        } else {
            if !c.is_whitespace() && !matches!(c, '.' | '«' | '»' | '"' | '“' | '”' | '(' | ')')
            {
                let sep = if is_dash(c) {
                    "-".into()
                } else {
                    c.to_string()
                };
                out.push(Token {
                    tok: Tok::Sep(sep),
                    start,
                    end: at(i + 1),
                });
            }
            i += 1;
        }
    }
    join_spaced_classes(&out)
}

/// "8 б класс", "4 – А класс": a class whose letter stands apart from its number, which
/// only the class word after it tells from a preposition ("в 5 в классе" is rare; "5 в
/// неделю" has none).
fn join_spaced_classes(toks: &[Token]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        let dash = usize::from(
            toks.get(i + 1)
                .is_some_and(|d| d.tok == Tok::Sep("-".into())),
        );
        let letter = match toks.get(i + 1 + dash).map(|l| &l.tok) {
            Some(Tok::Word(w)) if w.chars().count() == 1 && w.chars().all(class_letter) => Some(w),
            _ => None,
        };
        if let (Tok::Num(n), Some(letter)) = (&t.tok, letter)
            && let Some(g) = u8::try_from(*n).ok().filter(|g| (1..=13).contains(g))
            && starts_class_word(toks.get(i + 2 + dash))
        {
            let end = toks.get(i + 1 + dash).map_or(t.end, |l| l.end);
            out.push(Token {
                tok: Tok::Class(g, letter.to_uppercase()),
                start: t.start,
                end,
            });
            i += 2 + dash;
            continue;
        }
        out.push(t.clone());
        i += 1;
    }
    out
}

/// A number, or a class when a letter follows it glued, after a dash or in quotes ("5а",
/// "9-Б", "9 «Б»", "10A1"); "5-х" stays the number. Returns the token and the next index.
fn number_token(text: &str, chars: &[(usize, char)], digits: &str, j: usize) -> (Tok, usize) {
    let n: u32 = digits.parse().unwrap_or(u32::MAX);
    let ch = |k: usize| chars.get(k).map(|(_, c)| *c);
    let mut k = j;
    // "9-Б", or a space before a quoted letter ("9 «Б»").
    let spaced_quote = ch(k) == Some(' ') && matches!(ch(k + 1), Some('«' | '"' | '“'));
    if ch(k).is_some_and(is_dash) || spaced_quote {
        k += 1;
    }
    if matches!(ch(k), Some('«' | '"' | '“')) {
        k += 1;
    }
    let letter_start = k;
    while ch(k).is_some_and(char::is_alphabetic) {
        k += 1;
    }
    let letters = k - letter_start;
    let one_letter = letters == 1 && ch(letter_start).is_some_and(class_letter);
    let grade = u8::try_from(n).ok().filter(|g| (1..=13).contains(g));
    match (one_letter, grade) {
        (true, Some(g)) => {
            // "10A1": the number after a class letter is part of its name.
            while ch(k).is_some_and(|c| c.is_ascii_digit()) {
                k += 1;
            }
            let from = chars.get(letter_start).map_or(text.len(), |(b, _)| *b);
            let to = chars.get(k).map_or(text.len(), |(b, _)| *b);
            let name = text[from..to].to_uppercase();
            if matches!(ch(k), Some('»' | '"' | '”')) {
                k += 1;
            }
            (Tok::Class(g, name), k)
        }
        _ => (Tok::Num(n), j),
    }
}

fn word_is(t: &Token, words: &[&str]) -> bool {
    match &t.tok {
        Tok::Word(w) | Tok::Sep(w) => words.contains(&w.as_str()),
        _ => false,
    }
}

fn starts_class_word(t: Option<&Token>) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::Word(w)) if w.starts_with(CLASS_WORDS.0) || w == CLASS_WORDS.1)
}

/// Grades and classes found so far, with the byte ranges that said so.
struct Found<'a> {
    text: &'a str,
    max: u8,
    grades: Vec<u8>,
    classes: Vec<String>,
    spans: Vec<(usize, usize)>,
}

impl Found<'_> {
    fn grade(&mut self, n: u32) -> bool {
        match u8::try_from(n).ok().filter(|g| (1..=self.max).contains(g)) {
            Some(g) => {
                self.grades.push(g);
                true
            }
            None => false,
        }
    }

    fn class(&mut self, g: u8, letters: &str) {
        if g <= self.max {
            self.grades.push(g);
            self.classes.push(format!("{g}{letters}"));
        }
    }
}

/// A list of grades starting at token `i` ("5-7", "8, 9 и 11", "9А, 9Б"): the grades it
/// names and the index after it. Numbers beyond the language's last grade end it.
fn grade_list(toks: &[Token], i: usize, f: &mut Found<'_>) -> Option<usize> {
    let mut k = i;
    let mut any = false;
    let mut prev: Option<u32> = None;
    let mut range = false;
    loop {
        match toks.get(k).map(|t| &t.tok) {
            Some(Tok::Num(n)) => {
                if range && let Some(p) = prev {
                    for g in p + 1..*n {
                        f.grade(g);
                    }
                }
                if !f.grade(*n) {
                    break;
                }
                (prev, range, any) = (Some(*n), false, true);
            }
            Some(Tok::Class(g, letters)) => {
                f.class(*g, letters);
                (prev, range, any) = (None, false, true);
            }
            _ => break,
        }
        k += 1;
        // "5-х", "10-ых": the ordinal ending after a dash.
        if toks.get(k).is_some_and(|t| t.tok == Tok::Sep("-".into()))
            && matches!(toks.get(k + 1).map(|t| &t.tok), Some(Tok::Word(w)) if ["х", "ых", "ти", "го"].contains(&w.as_str()))
        {
            k += 2;
        }
        let joins = toks.get(k);
        // "Y2 – Y6", "Year 5 and Year 6": the lead word again before the next grade.
        let lead_again = toks.get(k + 1).is_some_and(|t| word_is(t, LEAD_WORDS))
            && matches!(toks.get(k + 2).map(|t| &t.tok), Some(Tok::Num(_)));
        let skip = usize::from(lead_again);
        let next_is_grade = matches!(
            toks.get(k + 1 + skip).map(|t| &t.tok),
            Some(Tok::Num(_) | Tok::Class(..))
        );
        match joins {
            Some(t) if next_is_grade && word_is(t, RANGE_WORDS) => range = true,
            Some(t) if next_is_grade && word_is(t, LIST_WORDS) => {}
            _ => break,
        }
        k += 1 + skip;
    }
    any.then_some(k)
}

/// A phrase of the table starting at token `i`: what it means and how many tokens it takes.
fn phrase_at(toks: &[Token], i: usize) -> Option<(Means, usize)> {
    PHRASES.iter().find_map(|(words, means)| {
        let fits = words
            .iter()
            .enumerate()
            .all(|(k, w)| match toks.get(i + k).map(|t| &t.tok) {
                Some(Tok::Word(t)) => t.starts_with(w),
                Some(Tok::Num(n)) => n.to_string() == *w,
                _ => false,
            });
        fits.then_some((*means, words.len()))
    })
}

/// Capitalised words before "class" that name a subject or a kind, not a class: "Maths
/// class", "Whole class".
const NOT_CLASS_NAMES: &[&str] = &[
    "whole",
    "each",
    "every",
    "the",
    "this",
    "that",
    "our",
    "your",
    "first",
    "next",
    "master",
    "maths",
    "math",
    "english",
    "art",
    "music",
    "science",
    "dance",
    "yoga",
    "swimming",
    "cooking",
    "french",
    "spanish",
    "computing",
    "drama",
    "reading",
    "fitness",
    "open",
];

/// "(Bancroft class)": an English class named by a word, the way primary schools name
/// their classes after people, animals or places.
fn named_class(toks: &[Token], i: usize, text: &str) -> Option<String> {
    let (Some(name), Some(class)) = (toks.get(i), toks.get(i + 1)) else {
        return None;
    };
    let Tok::Word(w) = &name.tok else { return None };
    let written = text.get(name.start..name.end)?;
    let capital = written.chars().next().is_some_and(char::is_uppercase);
    let fits = class.tok == Tok::Word("class".into())
        && capital
        && w.chars().count() >= 3
        && w.chars().all(|c| c.is_ascii_alphabetic())
        && !NOT_CLASS_NAMES.contains(&w.as_str());
    fits.then(|| written.to_string())
}

/// Where a text's audience is written, which decides how freely numbers are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// An audience column's cell: a bare "5-7" is grades.
    Column,
    /// An event's title: numbers are grades only beside a word saying so ("5-7 классов",
    /// "khối 6", "Year 7") or as classes ("9А").
    Title,
}

/// Reads who a text names, in a plan of language `lang`.
pub fn read(text: &str, lang: Lang, source: Source) -> Concerned {
    let toks = tokens(text);
    let mut f = Found {
        text,
        max: last_grade(lang),
        grades: Vec::new(),
        classes: Vec::new(),
        spans: Vec::new(),
    };
    let mut i = 0;
    while i < toks.len() {
        i = step(&toks, i, lang, source, &mut f);
    }
    finish(f)
}

/// Reads what starts at token `i`; returns the index to go on from.
fn step(toks: &[Token], i: usize, lang: Lang, source: Source, f: &mut Found<'_>) -> usize {
    let start = toks.get(i).map_or(0, |t| t.start);
    let mark = |f: &mut Found<'_>, end: usize| {
        let end_byte = toks.get(end.saturating_sub(1)).map_or(start, |t| t.end);
        f.spans.push((start, end_byte));
        end
    };
    if let Some((means, len)) = phrase_at(toks, i) {
        match means {
            Means::Grades(a, b) => f.grades.extend(a..=b),
            Means::LastGrade => f.grades.push(last_grade(lang)),
            Means::Group(name) => f.classes.push(name.to_string()),
            Means::Nobody => return i + len,
        }
        return mark(f, i + len);
    }
    if let Some(name) = named_class(toks, i, f.text) {
        f.classes.push(name);
        return mark(f, i + 2);
    }
    if toks.get(i).is_some_and(|t| word_is(t, LEAD_WORDS))
        && let Some(end) = grade_list(toks, i + 1, f)
    {
        return mark(f, end);
    }
    let before = (f.grades.len(), f.classes.len());
    if let Some(end) = grade_list(toks, i, f) {
        let named = starts_class_word(toks.get(end));
        let has_class = f.classes.len() > before.1;
        let bare_cell = source == Source::Column
            && !matches!(toks.get(end).map(|t| &t.tok), Some(Tok::Word(_)));
        if named || has_class || bare_cell {
            return mark(f, end + usize::from(named));
        }
        f.grades.truncate(before.0);
        f.classes.truncate(before.1);
    }
    i + 1
}

fn finish(f: Found<'_>) -> Concerned {
    let mut grades = f.grades;
    grades.sort_unstable();
    grades.dedup();
    let mut classes: Vec<String> = Vec::new();
    for c in f.classes {
        if !classes.contains(&c) {
            classes.push(c);
        }
    }
    let words = f
        .spans
        .iter()
        .filter_map(|&(a, b)| f.text.get(a..b))
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
        .collect();
    Concerned {
        grades,
        classes,
        words,
    }
}

/// Gives each event of `doc` the grades and classes it concerns, unless it carries them
/// already: from its `audience` (an audience column's cell, or words set by hand), else from
/// its title (whose words then become its `audience`), else from the plan's `class`. Every
/// way a plan enters (a file, the JSON API, the preview) goes through here.
pub fn fill(doc: &mut super::PlanDocument, lang: Lang) {
    let class = doc.class.clone().filter(|c| !c.trim().is_empty());
    for e in &mut doc.events {
        if !e.grades.is_empty() || !e.classes.is_empty() {
            continue;
        }
        let mut c = read(&e.audience, lang, Source::Column);
        if e.audience.trim().is_empty() {
            c = read(&e.title, lang, Source::Title);
            e.audience = c.words.join(", ");
        }
        if let Some(class) = class.as_deref().filter(|_| e.audience.trim().is_empty()) {
            c = read(class, lang, Source::Column);
        }
        e.grades = c.grades;
        e.classes = c.classes;
    }
}

/// Makes `doc` a plan for `class` ("5А"; None or empty: for everyone), as `plancal import
/// --class` and the upload's `class` field do: its events that name nobody concern it.
pub fn set_class(doc: &mut super::PlanDocument, class: Option<&str>, lang: Lang) {
    doc.class = class
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string);
    for e in doc
        .events
        .iter_mut()
        .filter(|e| e.audience.trim().is_empty())
    {
        e.grades.clear();
        e.classes.clear();
    }
    fill(doc, lang);
}

/// Row `row` of `doc` is for whom `text` says, as a person corrects it in the preview:
/// empty is everyone (or the plan's class), never the title's words again.
pub fn set_audience(doc: &mut super::PlanDocument, row: usize, text: &str, lang: Lang) {
    let class = doc.class.clone();
    let Some(e) = doc.events.get_mut(row) else {
        return;
    };
    e.audience = text.trim().to_string();
    let c = match (e.audience.is_empty(), class) {
        (false, _) => read(&e.audience, lang, Source::Column),
        (true, Some(class)) => read(&class, lang, Source::Column),
        (true, None) => Concerned::default(),
    };
    e.grades = c.grades;
    e.classes = c.classes;
}

/// A class's letters as the store and filters compare them: upper case, with the Cyrillic
/// letters that look Latin written Latin, so "5А" typed either way is one class.
fn canonical_letters(letters: &str) -> String {
    const LOOKALIKE: &[(char, char)] = &[
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('У', 'Y'),
        ('Х', 'X'),
    ];
    letters
        .to_uppercase()
        .chars()
        .map(|c| {
            LOOKALIKE
                .iter()
                .find(|(cy, _)| *cy == c)
                .map_or(c, |(_, l)| *l)
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// A class name split into its grade and letters ("5А" → 5, "A"), or None for a group.
fn class_parts(name: &str) -> Option<(u8, String)> {
    let name = name.trim();
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    let grade: u8 = digits.parse().ok().filter(|g| (1..=13).contains(g))?;
    let letters = canonical_letters(name.get(digits.len()..)?);
    let first_is_letter = letters.chars().next().is_some_and(char::is_alphabetic);
    (first_is_letter && letters.chars().count() <= 3).then_some((grade, letters))
}

/// A group's name as keys hold it: lower case, no characters `LIKE` or keys give meaning to.
fn group_key(name: &str) -> String {
    name.to_lowercase()
        .replace('ё', "е")
        .chars()
        .filter(|c| !matches!(c, ',' | '%' | '_' | '\\'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The stored form of what an event concerns: ",g6,g7,c5:A=5А,n:старшая группа," — a grade
/// is whole (`g`) unless one of its classes is named; empty for everyone. One text column
/// that SQLite and PostgreSQL both filter with `LIKE` (`Wanted::patterns`), so the feed
/// query stays one statement on both backends with no side table to join.
pub fn keys(grades: &[u8], classes: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let parted: Vec<Option<(u8, String)>> = classes.iter().map(|c| class_parts(c)).collect();
    for g in grades {
        if !parted.iter().flatten().any(|(cg, _)| cg == g) {
            parts.push(format!("g{g}"));
        }
    }
    for (name, p) in classes.iter().zip(&parted) {
        parts.push(match p {
            // After "=", the class as the plan writes it, for reading back.
            Some((g, letters)) => format!("c{g}:{letters}={}", name.trim()),
            None => format!("n:{}", group_key(name)),
        });
    }
    if parts.is_empty() {
        return String::new();
    }
    format!(",{},", parts.join(","))
}

/// The grades and classes stored `keys` say (`keys` read back).
pub fn from_keys(keys: &str) -> (Vec<u8>, Vec<String>) {
    let mut grades = Vec::new();
    let mut classes = Vec::new();
    for part in keys.split(',').filter(|p| !p.is_empty()) {
        if let Some(g) = part.strip_prefix('g').and_then(|g| g.parse().ok()) {
            grades.push(g);
        } else if let Some(class) = part.strip_prefix('c') {
            let (grade, name) = class.split_once(':').unwrap_or((class, ""));
            grades.extend(grade.parse::<u8>().ok());
            classes.push(name.split_once('=').map_or(name, |(_, n)| n).to_string());
        } else if let Some(group) = part.strip_prefix("n:") {
            classes.push(group.to_string());
        }
    }
    grades.sort_unstable();
    grades.dedup();
    (grades, classes)
}

/// `grade=N` or `class=5А` on a feed, the page or the event list: that grade or class, and
/// the events that name nobody.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    Grade(u8),
    Class(u8, String),
    Group(String),
}

/// A `grade` or `class` value that names none.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BadWanted(pub String);

impl Wanted {
    /// A `grade=` value: a number from 1 to 13.
    ///
    /// # Errors
    ///
    /// `BadWanted` saying what a grade is.
    pub fn grade(text: &str) -> Result<Wanted, BadWanted> {
        text.trim()
            .parse::<u8>()
            .ok()
            .filter(|g| (1..=13).contains(g))
            .map(Wanted::Grade)
            .ok_or_else(|| BadWanted(format!("grade={text:?} must be a number from 1 to 13")))
    }

    /// A `class=` value: a class ("5А", "9A1"), a grade ("5") or a group's name.
    ///
    /// # Errors
    ///
    /// `BadWanted` for an empty or overlong value.
    pub fn class(text: &str) -> Result<Wanted, BadWanted> {
        let t = text.trim();
        if t.is_empty() || t.chars().count() > 40 {
            return Err(BadWanted(format!(
                "class={text:?} must name a class such as 5А, or a group"
            )));
        }
        if let Ok(g) = Wanted::grade(t) {
            return Ok(g);
        }
        Ok(match class_parts(t) {
            Some((g, letters)) => Wanted::Class(g, letters),
            None => Wanted::Group(group_key(t)),
        })
    }

    /// The value as a URL writes it.
    pub fn param(&self) -> (&'static str, String) {
        match self {
            Wanted::Grade(g) => ("grade", g.to_string()),
            Wanted::Class(g, l) => ("class", format!("{g}{l}")),
            Wanted::Group(name) => ("class", name.clone()),
        }
    }

    /// Two `LIKE` patterns over `keys`: an event concerns the wanted grade or class when
    /// its keys are empty or match either.
    pub fn patterns(&self) -> (String, String) {
        match self {
            Wanted::Grade(g) => (format!("%,g{g},%"), format!("%,c{g}:%")),
            Wanted::Class(g, l) => (format!("%,g{g},%"), format!("%,c{g}:{l}=%")),
            Wanted::Group(name) => {
                let p = format!("%,n:{name},%");
                (p.clone(), p)
            }
        }
    }

    /// The same rule as `patterns`, for events already in memory.
    pub fn concerns(&self, keys: &str) -> bool {
        if keys.is_empty() {
            return true;
        }
        let parts: Vec<&str> = keys.split(',').filter(|p| !p.is_empty()).collect();
        match self {
            Wanted::Grade(g) => parts
                .iter()
                .any(|p| *p == format!("g{g}") || p.starts_with(&format!("c{g}:"))),
            Wanted::Class(g, l) => parts
                .iter()
                .any(|p| *p == format!("g{g}") || p.starts_with(&format!("c{g}:{l}="))),
            Wanted::Group(name) => parts.iter().any(|p| *p == format!("n:{name}")),
        }
    }
}

/// How a grade and the grade filter are named in each language.
pub struct GradeWords {
    /// The page's filter ("Класс").
    pub filter: &'static str,
    /// One grade: its number goes where `{}` is ("{} класс", "khối {}", "Year {}").
    pub grade: &'static str,
    /// A class or a group: "класс 5А", "lớp 9A1".
    pub class: &'static str,
    /// The preview's column of who a row is for, and its field of the plan's class.
    pub audience: &'static str,
    pub plan_class: &'static str,
    pub plan_class_hint: &'static str,
}

pub fn grade_words(lang: Lang) -> &'static GradeWords {
    const RU: GradeWords = GradeWords {
        filter: "Класс",
        grade: "{} класс",
        class: "{}",
        audience: "Для кого",
        plan_class: "Класс (план одного класса)",
        plan_class_hint: "например, 5А; пусто — для всех",
    };
    const VI: GradeWords = GradeWords {
        filter: "Khối",
        grade: "khối {}",
        class: "lớp {}",
        audience: "Đối tượng",
        plan_class: "Lớp (kế hoạch của một lớp)",
        plan_class_hint: "ví dụ 9A1; để trống — cho tất cả",
    };
    const EN: GradeWords = GradeWords {
        filter: "Year group",
        grade: "Year {}",
        class: "{}",
        audience: "Audience",
        plan_class: "Class (a plan for one class)",
        plan_class_hint: "e.g. 7B; empty: everyone",
    };
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// "6 класс", "khối 6", "Year 6".
pub fn grade_name(grade: u8, lang: Lang) -> String {
    grade_words(lang).grade.replace("{}", &grade.to_string())
}

/// What a feed or page narrowed to `w` is for, in `lang`.
pub fn wanted_name(w: &Wanted, lang: Lang) -> String {
    match w {
        Wanted::Grade(g) => grade_name(*g, lang),
        Wanted::Class(..) | Wanted::Group(_) => grade_words(lang).class.replace("{}", &w.param().1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(text: &str) -> Vec<u8> {
        read(text, Lang::Ru, Source::Title).grades
    }

    #[test]
    fn a_title_names_grades_by_number_and_word() {
        assert_eq!(title("Библиотечные уроки для 5-7 классов"), [5, 6, 7]);
        assert_eq!(title("Посвящение первоклассников в читатели"), [1]);
        assert_eq!(title("Праздник «Прощай, Букварь!»"), [1]);
        assert_eq!(title("Проектная деятельность старшеклассников"), [10, 11]);
        assert_eq!(title("Неделя начальных классов"), [1, 2, 3, 4]);
        assert_eq!(title("Консультации для выпускников"), [11]);
        assert_eq!(title("Классный час для учащихся 8 – 9-х классов"), [8, 9]);
        assert_eq!(title("Экскурсия, 1 и 3 кл."), [1, 3]);
        assert_eq!(title("Классные часы с 1 по 4 класс"), [1, 2, 3, 4]);
    }

    #[test]
    fn numbers_that_are_no_grades_stay_out() {
        assert!(title("Неделя детской книги").is_empty());
        assert!(title("Заседание № 2 (ноябрь)").is_empty());
        assert!(title("Встреча выпускников школы").is_empty());
        assert!(title("Конкурс к 80-летию Победы, 9 мая").is_empty());
        assert!(title("Выставка 25 книг").is_empty());
        assert!(title("Рейд «Внимание, дети!» в 2025 году").is_empty());
    }

    #[test]
    fn classes_keep_their_letters() {
        let c = read("Классный час в 5А и 9-Б классах", Lang::Ru, Source::Title);
        assert_eq!(c.grades, [5, 9]);
        assert_eq!(c.classes, ["5А", "9Б"]);
        let vi = read("Sinh hoạt lớp 9A1, 10A2", Lang::Vi, Source::Title);
        assert_eq!(vi.grades, [9, 10]);
        assert_eq!(vi.classes, ["9A1", "10A2"]);
    }

    #[test]
    fn vietnamese_and_english_lead_with_the_word() {
        assert_eq!(
            read("Ngoại khóa khối 6", Lang::Vi, Source::Title).grades,
            [6]
        );
        assert_eq!(
            read("Thi học sinh giỏi khối 10, 11", Lang::Vi, Source::Title).grades,
            [10, 11]
        );
        assert_eq!(
            read("Ôn thi cho học sinh lớp 12", Lang::Vi, Source::Title).grades,
            [12]
        );
        assert_eq!(
            read("Year 7 parents' evening", Lang::En, Source::Title).grades,
            [7]
        );
        assert_eq!(
            read("Years 7-9 trip", Lang::En, Source::Title).grades,
            [7, 8, 9]
        );
        assert_eq!(
            read("KS2 SATs week", Lang::En, Source::Title).grades,
            [3, 4, 5, 6]
        );
        assert!(
            read("Year 2025 calendar", Lang::En, Source::Title)
                .grades
                .is_empty()
        );
    }

    #[test]
    fn kindergarten_groups_are_named_groups() {
        let c = read("Развлечение для старшей группы", Lang::Ru, Source::Title);
        assert!(c.grades.is_empty());
        assert_eq!(c.classes, ["старшая группа"]);
        let vi = read("Lớp lá", Lang::Vi, Source::Column);
        assert_eq!(vi.classes, ["lớp lá"]);
        assert_eq!(
            read("Nursery stay and play", Lang::En, Source::Title).classes,
            ["nursery"]
        );
    }

    #[test]
    fn a_column_cell_of_bare_numbers_is_grades() {
        assert_eq!(read("5-7", Lang::Ru, Source::Column).grades, [5, 6, 7]);
        assert_eq!(read("1–11", Lang::Ru, Source::Column).grades.len(), 11);
        assert_eq!(read("8, 9", Lang::Ru, Source::Column).grades, [8, 9]);
        assert!(
            read("20 человек", Lang::Ru, Source::Column)
                .grades
                .is_empty()
        );
        assert!(read("родители", Lang::Ru, Source::Column).is_everyone());
        assert!(read("5-7", Lang::Ru, Source::Title).is_everyone());
    }

    #[test]
    fn real_wording_of_the_corpus_reads_as_a_person_reads_it() {
        // ru-56, ru-58: a class letter standing apart.
        let c = read("8 б класс", Lang::Ru, Source::Column);
        assert_eq!((c.grades, c.classes), (vec![8], vec!["8Б".to_string()]));
        let c = read("1 – 2 классы, 4 – А класс", Lang::Ru, Source::Column);
        assert_eq!(
            (c.grades, c.classes),
            (vec![1, 2, 4], vec!["4А".to_string()])
        );
        assert!(read("Занятия 5 в неделю", Lang::Ru, Source::Title).is_everyone());
        // en-12, en-08.
        let y = read(
            "‘Meet the Teacher’ Evening (Y2 – Y6)",
            Lang::En,
            Source::Title,
        );
        assert_eq!(y.grades, [2, 3, 4, 5, 6]);
        let named = read(
            "Meet the teacher meeting (Bancroft class) 2.40pm",
            Lang::En,
            Source::Title,
        );
        assert_eq!(named.classes, ["Bancroft"]);
        assert!(read("Photographs - whole class groups", Lang::En, Source::Title).is_everyone());
        assert!(read("Maths class for parents", Lang::En, Source::Title).is_everyone());
        // en-04, ru-38, vi-01.
        assert_eq!(
            read("Year 5 & 6 Girls’ Football Cup", Lang::En, Source::Title).grades,
            [5, 6]
        );
        assert_eq!(read("2г\nкласс", Lang::Ru, Source::Column).classes, ["2Г"]);
        assert_eq!(
            read("Học sinh khối 6,7 viết bài", Lang::Vi, Source::Title).grades,
            [6, 7]
        );
        // Seeds 003 and 004: every class, and one class teacher's own class, name no grade.
        let all = "Giáo viên chủ nhiệm các lớp phối hợp với thư viện";
        assert!(read(all, Lang::Vi, Source::Title).is_everyone());
        assert!(read("с семьями воспитанников класса", Lang::Ru, Source::Title).is_everyone());
        // ru-57: a master class is no class.
        let master = "Мастер-класс «Сирень – цветок Победы»";
        assert!(read(master, Lang::Ru, Source::Title).is_everyone());
    }

    #[test]
    fn the_last_grade_is_the_languages() {
        assert_eq!(read("выпускники", Lang::Ru, Source::Column).grades, [11]);
        assert_eq!(read("выпускники", Lang::Vi, Source::Column).grades, [12]);
        assert!(read("lớp 12", Lang::Ru, Source::Title).grades.is_empty());
    }

    #[test]
    fn the_words_that_said_it_are_kept() {
        let c = read(
            "Библиотечные уроки для 5-7 классов",
            Lang::Ru,
            Source::Title,
        );
        assert_eq!(c.words, ["5-7 классов"]);
    }

    #[test]
    fn a_plan_fills_its_events_from_column_title_and_class() {
        let mut doc: super::super::PlanDocument = serde_json::from_value(serde_json::json!({
            "org": "x", "title": "План", "academic_year": "2025-2026", "class": "5А",
            "events": [
                {"title": "Библиотечные уроки для 5-7 классов"},
                {"title": "Экскурсия", "audience": "8-9 кл."},
                {"title": "Родительское собрание"},
                {"title": "Олимпиада", "grades": [10]}
            ]
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        fill(&mut doc, Lang::Ru);
        let e = &doc.events;
        assert_eq!(
            (e[0].audience.as_str(), e[0].grades.as_slice()),
            ("5-7 классов", &[5, 6, 7][..])
        );
        assert_eq!(e[1].grades, [8, 9]);
        assert_eq!(
            (e[2].grades.as_slice(), e[2].classes.as_slice()),
            (&[5][..], &["5А".to_string()][..])
        );
        assert!(e[2].audience.is_empty());
        assert_eq!(e[3].grades, [10]);
    }

    #[test]
    fn keys_and_filters_agree() {
        let k = keys(&[5, 6, 7], &[]);
        assert_eq!(k, ",g5,g6,g7,");
        let with_class = keys(&[5, 6], &["5А".into()]);
        assert_eq!(with_class, ",g6,c5:A=5А,");
        assert_eq!(from_keys(&with_class), (vec![5, 6], vec!["5А".to_string()]));
        for (wanted, key, yes) in [
            ("6", k.as_str(), true),
            ("1", k.as_str(), false),
            ("5А", with_class.as_str(), true),
            ("5A", with_class.as_str(), true),
            ("5Б", with_class.as_str(), false),
            ("6Б", with_class.as_str(), true),
            ("9", "", true),
        ] {
            let w = Wanted::class(wanted).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(w.concerns(key), yes, "{wanted} in {key:?}");
        }
        assert_eq!(
            Wanted::grade("5").map(|w| w.concerns(&with_class)),
            Ok(true)
        );
        assert!(Wanted::grade("14").is_err());
        assert!(Wanted::grade("пятый").is_err());
        assert!(Wanted::class("").is_err());
        let g = Wanted::class("Старшая  группа").unwrap_or_else(|e| panic!("{e}"));
        assert!(g.concerns(&keys(&[], &["старшая группа".into()])));
    }
}
