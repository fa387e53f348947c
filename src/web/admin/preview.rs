//! The import preview page: the plan as it will be stored, one form row per imported row
//! with its correction inputs, what a re-import changes, and the reader's warnings.

use maud::{Markup, html};

use super::csrf_field;
use super::import::org_chooser;
use super::words::{
    Words, column_choice, column_name, field_name, layout_name, reading_heading, timing_rule_label,
    words,
};
use std::collections::BTreeMap;

use crate::plan::audience;
use crate::plan::corrections::{Correction, apply_corrections, field};
use crate::plan::diff::ImportDiff;
use crate::plan::hand::HandEdits;
use crate::plan::{EventDoc, FieldProblem, ImportWarning, Lang, Organization, PlanDocument};

/// What the preview shows: the waiting upload, its corrections, and the stored plan it
/// re-imports.
pub(crate) struct Preview<'a> {
    pub lang: Lang,
    /// The session's CSRF token, for the form.
    pub csrf: &'a str,
    /// The waiting upload: its id (the form posts back to it), its file's name and the
    /// document as it was read.
    pub upload_id: &'a str,
    pub file_name: &'a str,
    pub uploaded: &'a PlanDocument,
    pub corrections: &'a [Correction],
    /// The document confirming would store.
    pub to_store: &'a PlanDocument,
    /// The stored plan this upload re-imports, and what changes in it.
    pub diff: Option<&'a (PlanDocument, ImportDiff)>,
    /// The roles and places a person set by hand on the stored plan's events, by event id:
    /// shown in their rows and kept unless changed (`plan::hand`).
    pub hand: &'a BTreeMap<i64, HandEdits>,
    pub orgs: &'a [Organization],
    /// The problems of the last form sent, shown on top.
    pub problems: &'a [FieldProblem],
}

/// How a row fares against the stored plan.
enum Badge {
    New,
    Changed(String),
    Unchanged,
}

/// One imported row as the table draws it.
struct Row<'a> {
    i: usize,
    e: &'a EventDoc,
    skipped: bool,
    badge: Option<&'a Badge>,
    corrected: bool,
    warned: Vec<&'a ImportWarning>,
    /// The stored event a re-import updates: its pin and status show in the row's fields.
    stored: Option<&'a EventDoc>,
}

impl Preview<'_> {
    fn w(&self) -> &'static Words {
        words(self.lang)
    }

    pub(crate) fn render(&self) -> Markup {
        let w = self.w();
        let doc = self.to_store;
        let shown = shown_rows(self.uploaded, self.corrections);
        html! {
            h1 { (w.preview) }
            p { (w.preview_intro) }
            (self.problems_box())
            p {
                b { (doc.title) } br;
                small {
                    // A plan with no title of its own is named by its file: say it once.
                    @if doc.title != self.file_name { (self.file_name) " · " }
                    (doc.events.len()) " " (w.events_count)
                }
                // The partners the plan names as a whole (its title: "План совместной работы
                // школы и ЦБС"), which no row repeats.
                @if !doc.partners.is_empty() {
                    br;
                    small {
                        (w.partners) ": "
                        (doc.partners.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", "))
                    }
                }
            }
            form method="post" action={ "/import/" (self.upload_id) "?lang=" (self.lang.code()) } {
                (csrf_field(self.csrf))
                (self.owner_and_year())
                (self.reading())
                (self.diff_summary())
                (self.warnings(&shown.warnings, &shown.events))
                (self.table(&shown))
                div class="actions" {
                    button type="submit" name="action" value="preview" class="light" { (w.update_preview) }
                    button type="submit" name="action" value="confirm" { (w.confirm) }
                    button type="submit" name="action" value="discard" class="light" formnovalidate { (w.discard) }
                }
            }
        }
    }

    fn problems_box(&self) -> Markup {
        html! {
            @if !self.problems.is_empty() {
                div class="problems" role="alert" {
                    p { (self.w().fix_these) }
                    ul {
                        @for p in self.problems {
                            li { (problem_place(self.w(), &p.pointer)) ": " (p.message) }
                        }
                    }
                }
            }
        }
    }

    fn owner_and_year(&self) -> Markup {
        let w = self.w();
        html! {
            div class="owner" {
                (org_chooser(w, self.orgs, self.to_store.org.as_str()))
                label for="year" { (w.year) }
                input type="text" id="year" name="year" size="12" value=(self.to_store.academic_year.to_string());
                label for="class" { (audience::grade_words(self.lang).plan_class) }
                input type="text" id="class" name="class" size="8" value=(self.to_store.class.as_deref().unwrap_or(""))
                    placeholder=(audience::grade_words(self.lang).plan_class_hint);
            }
        }
    }

    /// How the file was read: its layouts, and a short line per column saying what chose
    /// it, so a person sees why a column was taken for what it is.
    fn reading(&self) -> Markup {
        let Some(reading) = &self.uploaded.reading else {
            return html! {};
        };
        let layouts: Vec<String> = reading
            .layouts
            .iter()
            .map(|l| layout_name(self.lang, l))
            .collect();
        html! {
            @if !layouts.is_empty() {
                details class="reading" {
                    summary { (reading_heading(self.lang)) ": " (layouts.join(", ")) }
                    @if !reading.columns.is_empty() {
                        ul {
                            @for c in &reading.columns {
                                li { (column_choice(self.lang, c)) }
                            }
                        }
                    }
                }
            }
        }
    }

    fn diff_summary(&self) -> Markup {
        let w = self.w();
        let Some((stored, diff)) = self.diff else {
            return html! { p class="notice" { (w.first_import) } };
        };
        html! {
            h2 { (w.reimport_of) " «" (stored.title) "»" }
            p class="notice" role="status" {
                (diff.new.len()) " " (w.will_add) ", " (diff.changed.len()) " " (w.will_change) ", "
                (diff.cancelled.len()) " " (w.will_cancel) ", " (diff.unchanged.len()) " " (w.unchanged)
            }
            @if diff.is_empty() { p { (w.nothing_changes) } }
            @if !diff.cancelled.is_empty() {
                p { (w.will_cancel) ":" }
                ul class="cancelled" {
                    @for e in diff.cancelled.iter().filter_map(|&i| stored.events.get(i)) {
                        li {
                            span class="badge cancel" { (w.will_cancel) }
                            " " (e.title) " " small { "(" (e.timing) ")" }
                        }
                    }
                }
            }
        }
    }

    /// The reader's warnings in the page's language, each pointing at the preview row (a
    /// link to it) and the column it is about; warnings about no row (the year) first.
    fn warnings(&self, warnings: &[ImportWarning], shown: &[EventDoc]) -> Markup {
        let mut sorted: Vec<&ImportWarning> = warnings.iter().collect();
        sorted.sort_by_key(|x| x.event.map(|i| i + 1).unwrap_or(0));
        html! {
            @if !sorted.is_empty() {
                h2 id="warnings" { (self.w().warnings) }
                ul class="warnings" {
                    @for warning in sorted {
                        li {
                            @let place = self.warning_place(warning, shown);
                            @if !place.is_empty() {
                                @for (k, part) in place.iter().enumerate() {
                                    @if k > 0 { ", " }
                                    (part)
                                }
                                ": "
                            }
                            (said(self.lang, warning))
                        }
                    }
                }
            }
        }
    }

    /// "№ 8 «Неделя детской книги», столбец «сроки»" (the plan's own number, else the
    /// row's place: `ImportWarning::place`, as the CLI and the API say it), a link to the
    /// row in the table; a warning about no event says the file's row. The parts, to be
    /// joined by ", ".
    fn warning_place(&self, warning: &ImportWarning, shown: &[EventDoc]) -> Vec<Markup> {
        let w = self.w();
        let mut place = Vec::new();
        let said = warning.place(shown).map(|p| p.said(self.lang));
        match (
            warning.event.and_then(|i| shown.get(i).map(|e| (i + 1, e))),
            said,
        ) {
            (Some((n, e)), Some(said)) => place.push(html! {
                a href={ "#row-" (n) } { (said) } " «" (short(&e.title, 60)) "»"
            }),
            (_, Some(said)) => place.push(html! { (said) }),
            _ => {}
        }
        if let Some(column) = &warning.column {
            let name = column_name(self.lang, column);
            place.push(html! { (w.column) " «" (name) "»" });
        }
        place
    }
}

impl Preview<'_> {
    /// Each imported row's badge against the stored plan (rows not stored have none).
    fn badges(&self, skipped: &[bool]) -> Vec<Option<Badge>> {
        let mut out: Vec<Option<Badge>> = skipped.iter().map(|_| None).collect();
        let Some((_, diff)) = self.diff else {
            return out;
        };
        // Rows of the stored document are the imported rows that are events, in order.
        let kept: Vec<usize> = (0..skipped.len()).filter(|&i| !skipped[i]).collect();
        let mut set = |j: usize, b: Badge| {
            if let Some(slot) = kept.get(j).and_then(|&i| out.get_mut(i)) {
                *slot = Some(b);
            }
        };
        for &j in &diff.new {
            set(j, Badge::New);
        }
        for &(j, _) in &diff.unchanged {
            set(j, Badge::Unchanged);
        }
        for c in &diff.changed {
            let fields: Vec<&str> = c.fields.iter().map(|f| field_name(self.lang, *f)).collect();
            set(c.row, Badge::Changed(fields.join(", ")));
        }
        out
    }

    /// Each imported row's stored event, when the upload re-imports a stored plan: what a
    /// person set there by hand (a pin, a cancellation) shows in the row and is kept.
    fn stored_rows(&self, skipped: &[bool]) -> Vec<Option<&EventDoc>> {
        let mut out: Vec<Option<&EventDoc>> = skipped.iter().map(|_| None).collect();
        let Some((stored, diff)) = self.diff else {
            return out;
        };
        let kept: Vec<usize> = (0..skipped.len()).filter(|&i| !skipped[i]).collect();
        let pairs = diff
            .unchanged
            .iter()
            .copied()
            .chain(diff.changed.iter().map(|c| (c.row, c.stored)));
        for (j, k) in pairs {
            if let Some(slot) = kept.get(j).and_then(|&i| out.get_mut(i)) {
                *slot = stored.events.get(k);
            }
        }
        out
    }

    fn table(&self, shown: &ShownRows) -> Markup {
        let w = self.w();
        let badges = self.badges(&shown.skipped);
        let stored = self.stored_rows(&shown.skipped);
        let rows = shown.events.iter().enumerate().map(|(i, e)| Row {
            i,
            e,
            skipped: shown.skipped.get(i).copied().unwrap_or(false),
            badge: badges.get(i).and_then(Option::as_ref),
            corrected: self.uploaded.events.get(i) != Some(e),
            stored: stored.get(i).copied().flatten(),
            warned: shown
                .warnings
                .iter()
                .filter(|x| x.event == Some(i))
                .collect(),
        });
        html! {
            div class="table-wrap" {
                table class="preview" {
                    thead {
                        tr {
                            th { "№" } th { (w.not_an_event) } th { (w.title) } th { (w.timing) }
                            th { (w.dates) } th { (w.exact_date) } th { (w.roles) } th { (w.people) }
                            th { (w.partners) } th { (audience::grade_words(self.lang).audience) }
                        }
                    }
                    tbody { @for row in rows { (self.row(&row)) } }
                }
            }
        }
    }

    /// How the row fares against the stored plan, and whether it was corrected.
    fn badges_of(&self, row: &Row<'_>) -> Markup {
        let w = self.w();
        html! {
            @match row.badge {
                Some(Badge::New) => { br; span class="badge new" { (w.is_new) } }
                Some(Badge::Changed(f)) => { br; span class="badge changed" { (w.changed) ": " (f) } }
                Some(Badge::Unchanged) => { br; span class="badge" { (w.unchanged) } }
                None => {}
            }
            @if row.corrected {
                @if row.badge.is_none() { br; } @else { " " }
                span class="badge" { (w.corrected) }
            }
        }
    }

    fn row(&self, row: &Row<'_>) -> Markup {
        let (w, e, i, n) = (self.w(), row.e, row.i, row.i + 1);
        let undated = e.pinned.is_none() && e.when.as_ref().is_none_or(|t| t.start().is_none());
        let class = match (row.skipped, undated || !row.warned.is_empty()) {
            (true, _) => "skipped",
            (false, true) => "attention",
            _ => "",
        };
        // Roles and a place set by hand on the stored event, kept unless this form changes
        // them: the roles field shows them, so sending the form keeps them.
        let hand = row.stored.and_then(|s| self.hand.get(&s.id?)).filter(|_| {
            self.uploaded
                .events
                .get(i)
                .is_some_and(|u| u.roles == e.roles)
        });
        let roles = hand
            .and_then(|h| h.roles.as_ref())
            .map_or(&e.roles, |r| &r.value);
        let location = hand
            .and_then(|h| h.location.as_ref())
            .map_or(&e.location, |l| &l.value);
        // A pin of this upload's form, else the one stored by hand (kept unless changed).
        let pin = e
            .pinned
            .as_ref()
            .or(row.stored.and_then(|s| s.pinned.as_ref()))
            .map(|p| p.date.to_string());
        let cancelled = row
            .stored
            .is_some_and(|s| s.status == crate::plan::EventStatus::Cancelled);
        html! {
            tr class=(class) id={ "row-" (n) } {
                td { (e.number.as_deref().unwrap_or("")) }
                td {
                    input type="checkbox" name=(field("skip", i)) value="on" checked[row.skipped]
                        aria-label={ (w.not_an_event) " " (n) };
                }
                td class="title" {
                    (e.title)
                    @if !location.is_empty() { br; small { (location) } }
                    (self.badges_of(row))
                    @if hand.is_some_and(|h| !h.is_empty()) {
                        br; span class="badge" { (w.by_hand) }
                    }
                    @if cancelled {
                        br; span class="badge" { (crate::web::i18n::words(self.lang).status(crate::plan::EventStatus::Cancelled)) }
                    }
                }
                (self.timing_cell(row))
                (self.dates_cell(row))
                td {
                    input type="date" name=(field("pin", i)) value=(pin.unwrap_or_default())
                        aria-label={ (w.exact_date) ", " (w.row) " " (n) };
                }
                td {
                    input type="text" name=(field("roles", i)) value=(crate::plan::roles::labels(self.lang, roles))
                        placeholder=(w.roles_hint) aria-label={ (w.roles) ", " (w.row) " " (n) };
                }
                td { (people(e)) }
                td { (e.partners.join(", ")) }
                (self.audience_cell(row))
            }
        }
    }

    /// Who the row is for, as words to correct, and the grades they read as.
    fn audience_cell(&self, row: &Row<'_>) -> Markup {
        let (e, n) = (row.e, row.i + 1);
        let aw = audience::grade_words(self.lang);
        let grades: Vec<String> = e
            .grades
            .iter()
            .map(|g| audience::grade_name(*g, self.lang))
            .chain(e.classes.iter().cloned())
            .collect();
        html! {
            td {
                input type="text" name=(field("audience", row.i)) value=(e.audience)
                    aria-label={ (aw.audience) ", " (self.w().row) " " (n) };
                @if !grades.is_empty() { br; small class="grades" { (grades.join(", ")) } }
            }
        }
    }

    /// The timing as the plan wrote it, to correct; marked when a warning is about it.
    fn timing_cell(&self, row: &Row<'_>) -> Markup {
        let (w, n) = (self.w(), row.i + 1);
        let warned = row
            .warned
            .iter()
            .any(|x| x.column.as_deref() == Some("timing"));
        let described = (!row.warned.is_empty()).then(|| format!("warn-{n}"));
        html! {
            td class=[warned.then_some("warned")] {
                input type="text" name=(field("timing", row.i)) value=(row.e.timing)
                    aria-label={ (w.timing) ", " (w.row) " " (n) } aria-describedby=[described];
            }
        }
    }

    /// The days the row will be shown on, and the row's warnings under them.
    fn dates_cell(&self, row: &Row<'_>) -> Markup {
        let (dates, exact) = dates_text(row.e, self.w(), self.lang);
        html! {
            td class={ "dates " (if exact { "" } else { "fuzzy" }) } {
                (dates)
                // Which timing rule read the cell, so a surprising date can be traced.
                @if let Some(rule) = row.e.when.as_ref().and_then(|w| w.rule.as_deref()) {
                    br; small class="rule" { (timing_rule_label(self.lang)) " " code { (rule) } }
                }
                @if !row.warned.is_empty() {
                    span id={ "warn-" (row.i + 1) } {
                        @for x in &row.warned { br; span class="warn" { "⚠ " (said(self.lang, x)) } }
                    }
                }
            }
        }
    }
}

/// The rows of the imported document as the preview shows them: every row with its
/// corrections except "not an event", which the page shows struck through instead; the
/// warnings as they stand, pointing at those rows.
struct ShownRows {
    events: Vec<EventDoc>,
    skipped: Vec<bool>,
    warnings: Vec<ImportWarning>,
}

fn shown_rows(doc: &PlanDocument, corrections: &[Correction]) -> ShownRows {
    let kept: Vec<Correction> = corrections
        .iter()
        .filter(|c| !matches!(c, Correction::NotAnEvent { .. }))
        .cloned()
        .collect();
    let shown = apply_corrections(doc, &kept);
    let skipped = (0..shown.events.len())
        .map(|i| corrections.contains(&Correction::NotAnEvent { row: i }))
        .collect();
    ShownRows {
        events: shown.events,
        skipped,
        warnings: shown.warnings,
    }
}

/// A field name as the person knows it ("row 3, timing") for the problems list.
fn problem_place(w: &Words, pointer: &str) -> String {
    match pointer.split_once('.') {
        Some((kind, row)) => match row.parse::<usize>() {
            Ok(r) => format!("{} {}, {kind}", w.row, r + 1),
            Err(_) => pointer.to_string(),
        },
        None => pointer.trim_start_matches('/').to_string(),
    }
}

/// A warning in the page's language (one stored before warnings had kinds: as written).
fn said(lang: Lang, warning: &ImportWarning) -> String {
    match &warning.kind {
        Some(kind) => crate::web::warnings::warning_text(lang, kind),
        None => warning.message.clone(),
    }
}

/// The first `max` characters of `text`, with "…" when cut.
fn short(text: &str, max: usize) -> String {
    let first_line = text.lines().next().unwrap_or("");
    match first_line.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &first_line[..at]),
        None if first_line.len() < text.len() => format!("{first_line}…"),
        None => first_line.to_string(),
    }
}

/// Who answers for a row as the import read it: the responsible cell's text, then the
/// people it named that the text does not already hold, with their organizations.
fn people(e: &EventDoc) -> String {
    let text = e.responsible.trim();
    let people = e
        .people
        .iter()
        .filter(|p| !text.contains(p.name.trim()))
        .map(|p| match &p.org {
            Some(o) => format!("{} ({o})", p.name),
            None => p.name.clone(),
        });
    std::iter::once(text.to_string())
        .filter(|t| !t.is_empty())
        .chain(people)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The days a row will be shown on, said as the calendar says them ("октябрь 2025",
/// "12 ноября 2025"; a pinned date in bold), and whether they are exact.
fn dates_text(e: &EventDoc, w: &Words, lang: Lang) -> (Markup, bool) {
    use crate::web::dates::{day, range};
    if let Some(p) = &e.pinned {
        let text = range(lang, p.date, p.end_date.unwrap_or(p.date));
        return (html! { b { (text) } }, true);
    }
    let Some(t) = &e.when else {
        return (html! { (w.undated) }, false);
    };
    let text = match (t.start(), t.end()) {
        (Some(s), Some(end)) => range(lang, s, end),
        (Some(s), None) => day(lang, s),
        _ => w.undated.to_string(),
    };
    (html! { (text) }, t.is_exact_day())
}

#[cfg(test)]
mod tests {
    use super::super::words;
    use super::*;

    fn doc() -> PlanDocument {
        serde_json::from_value(serde_json::json!({
            "org": "school", "title": "План <b>", "academic_year": "2025-2026",
            "events": [
                {"title": "Квиз <script>", "timing": "\"октябрь\"", "location": "зал & двор"},
                {"title": "Раздел 2", "timing": ""},
            ]
        }))
        .unwrap()
    }

    fn render(doc: &PlanDocument, corrections: &[Correction], problems: &[FieldProblem]) -> String {
        let to_store = apply_corrections(doc, corrections);
        Preview {
            lang: Lang::En,
            csrf: "tok",
            upload_id: "u1",
            file_name: "plan.txt",
            uploaded: doc,
            corrections,
            to_store: &to_store,
            diff: None,
            hand: &BTreeMap::new(),
            orgs: &[],
            problems,
        }
        .render()
        .into_string()
    }

    #[test]
    fn the_plans_own_words_are_escaped_in_text_and_inputs() {
        let html = render(&doc(), &[], &[]);
        assert!(html.contains("<b>План &lt;b&gt;</b>"), "{html}");
        assert!(
            html.contains("Квиз &lt;script&gt;<br><small>зал &amp; двор</small>"),
            "{html}"
        );
        assert!(
            html.contains(r#"name="timing.0" value="&quot;октябрь&quot;""#),
            "{html}"
        );
        assert!(html.contains(r#"<form method="post" action="/import/u1?lang=en"><input type="hidden" name="csrf" value="tok">"#));
        // An undated row asks for attention.
        assert!(
            html.contains(r#"<tr class="attention" id="row-2">"#),
            "{html}"
        );
    }

    #[test]
    fn a_row_that_is_not_an_event_is_ticked_and_struck_through() {
        let html = render(&doc(), &[Correction::NotAnEvent { row: 1 }], &[]);
        assert!(
            html.contains(r#"<tr class="skipped" id="row-2">"#),
            "{html}"
        );
        assert!(
            html.contains(r#"name="skip.1" value="on" checked"#),
            "{html}"
        );
    }

    #[test]
    fn the_preview_says_how_the_file_was_read_and_what_chose_each_column() {
        let mut doc = doc();
        doc.reading = serde_json::from_value(serde_json::json!({
            "layouts": ["header-table"],
            "columns": [
                {"field": "title", "column": 1, "content_percent": 100, "by": "content"},
                {"field": "timing", "column": 3, "header": "Сроки", "content_percent": 75, "by": "header_and_content"},
            ]
        }))
        .unwrap();
        let html = render(&doc, &[], &[]);
        assert!(
            html.contains("<summary>How the file was read: a table with a header row</summary>"),
            "{html}"
        );
        assert!(
            html.contains("<li>column 2 — title: by what its cells hold (100% of its cells)</li>"),
            "{html}"
        );
        assert!(
            html.contains("<li>column 4 — timing: by its header “Сроки” (75% of its cells)</li>"),
            "{html}"
        );
        let ru = words::column_choice(Lang::Ru, &doc.reading.as_ref().unwrap().columns[0]);
        // The timing rule that read a row is said under its dates.
        let mut dated = doc.clone();
        dated.events[0].when = Some(crate::timing::normalise(
            "октябрь",
            &crate::timing::Context::new(dated.academic_year),
        ));
        let rule = dated.events[0].when.as_ref().and_then(|w| w.rule.clone());
        let html = render(&dated, &[], &[]);
        assert!(
            html.contains(&format!(
                "<small class=\"rule\">read by the rule <code>{}</code></small>",
                rule.as_deref().unwrap_or("none")
            )),
            "{html}"
        );
        assert_eq!(
            ru,
            "столбец 2 — название: по содержимому ячеек (100 % ячеек)"
        );
    }

    #[test]
    fn the_last_forms_problems_name_the_row_and_field() {
        let problems = [FieldProblem {
            pointer: "pin.1".into(),
            message: "not a <date>".into(),
        }];
        let html = render(&doc(), &[], &problems);
        assert!(
            html.contains("<li>row 2, pin: not a &lt;date&gt;</li>"),
            "{html}"
        );
    }
}
