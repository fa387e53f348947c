//! The import preview page: the plan as it will be stored, one form row per imported row
//! with its correction inputs, what a re-import changes, and the reader's warnings.

use super::import::{ShownRows, problem_place, row_field, shown_rows};
use super::words::{Words, column_name, field_name, file_row};
use super::{AdminSession, esc};
use crate::plan::corrections::Correction;
use crate::plan::diff::ImportDiff;
use crate::plan::{EventDoc, FieldProblem, ImportWarning, Lang, Organization, PlanDocument};
use crate::store::PendingImport;

pub(super) struct View<'a> {
    pub w: &'static Words,
    pub lang: Lang,
    pub session: &'a AdminSession,
    pub pending: &'a PendingImport,
    pub corrections: &'a [Correction],
    /// The document confirming would store.
    pub to_store: &'a PlanDocument,
    /// The stored plan this upload re-imports, and what changes in it.
    pub diff: Option<&'a (PlanDocument, ImportDiff)>,
    pub orgs: &'a [Organization],
    pub problems: &'a [FieldProblem],
}

/// How a row fares against the stored plan.
enum Badge {
    New,
    Changed(String),
    Unchanged,
}

impl View<'_> {
    pub(super) fn render(&self) -> String {
        let w = self.w;
        let doc = self.to_store;
        let shown = shown_rows(&self.pending.doc, self.corrections);
        format!(
            "<h1>{title}</h1><p>{intro}</p>{problems}\
             <p><b>{plan}</b><br><small>{file}{n} {events}</small></p>\
             <form method=\"post\" action=\"/import/{id}?lang={l}\">{csrf}{owner}{diff}{warnings}\
             <div class=\"table-wrap\"><table class=\"preview\"><thead><tr><th>№</th><th>{skip}</th><th>{ev}</th>\
             <th>{timing}</th><th>{dates}</th><th>{exact}</th><th>{roles}</th><th>{people}</th>\
             <th>{partners}</th></tr></thead><tbody>{rows}</tbody></table></div>\
             <div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"preview\" class=\"light\">{update}</button>\
             <button type=\"submit\" name=\"action\" value=\"confirm\">{confirm}</button>\
             <button type=\"submit\" name=\"action\" value=\"discard\" class=\"light\" formnovalidate>{discard}</button></div></form>",
            title = w.preview,
            intro = w.preview_intro,
            problems = self.problems_box(),
            plan = esc(&doc.title),
            // A plan with no title of its own is named by its file: say it once.
            file = if doc.title == self.pending.file_name {
                String::new()
            } else {
                format!("{} · ", esc(&self.pending.file_name))
            },
            n = doc.events.len(),
            events = w.events_count,
            id = esc(&self.pending.id),
            l = self.lang.code(),
            csrf = self.session.csrf_input().into_string(),
            owner = self.owner_and_year(),
            diff = self.diff_summary(),
            warnings = self.warnings(&shown.warnings, &shown.events),
            skip = w.not_an_event,
            ev = w.title,
            timing = w.timing,
            dates = w.dates,
            exact = w.exact_date,
            roles = w.roles,
            people = w.people,
            partners = w.partners,
            rows = self.rows(&shown),
            update = w.update_preview,
            confirm = w.confirm,
            discard = w.discard,
        )
    }

    fn problems_box(&self) -> String {
        if self.problems.is_empty() {
            return String::new();
        }
        let items: String = self
            .problems
            .iter()
            .map(|p| {
                format!(
                    "<li>{}: {}</li>",
                    esc(&problem_place(self.w, &p.pointer)),
                    esc(&p.message)
                )
            })
            .collect();
        format!(
            "<div class=\"problems\" role=\"alert\"><p>{}</p><ul>{items}</ul></div>",
            self.w.fix_these
        )
    }

    fn owner_and_year(&self) -> String {
        let w = self.w;
        format!(
            "<div class=\"owner\">{}<label for=\"year\">{}</label>\
             <input type=\"text\" id=\"year\" name=\"year\" size=\"12\" value=\"{}\"></div>",
            crate::web::admin::import::org_chooser(w, self.orgs, self.to_store.org.as_str())
                .into_string(),
            w.year,
            self.to_store.academic_year
        )
    }

    fn diff_summary(&self) -> String {
        let w = self.w;
        let Some((stored, diff)) = self.diff else {
            return format!("<p class=\"notice\">{}</p>", w.first_import);
        };
        let mut out = format!(
            "<h2>{} «{}»</h2><p class=\"notice\" role=\"status\">{} {}, {} {}, {} {}, {} {}</p>",
            w.reimport_of,
            esc(&stored.title),
            diff.new.len(),
            w.will_add,
            diff.changed.len(),
            w.will_change,
            diff.cancelled.len(),
            w.will_cancel,
            diff.unchanged.len(),
            w.unchanged,
        );
        if diff.is_empty() {
            out.push_str(&format!("<p>{}</p>", w.nothing_changes));
        }
        if !diff.cancelled.is_empty() {
            out.push_str(&format!(
                "<p>{}:</p><ul class=\"cancelled\">",
                w.will_cancel
            ));
            for &i in &diff.cancelled {
                if let Some(e) = stored.events.get(i) {
                    out.push_str(&format!(
                        "<li><span class=\"badge cancel\">{}</span> {} <small>({})</small></li>",
                        w.will_cancel,
                        esc(&e.title),
                        esc(&e.timing)
                    ));
                }
            }
            out.push_str("</ul>");
        }
        out
    }

    /// The reader's warnings in the page's language, each pointing at the preview row (a
    /// link to it) and the column it is about; warnings about no row (the year) first.
    fn warnings(&self, warnings: &[ImportWarning], shown: &[EventDoc]) -> String {
        if warnings.is_empty() {
            return String::new();
        }
        let w = self.w;
        let mut sorted: Vec<&ImportWarning> = warnings.iter().collect();
        sorted.sort_by_key(|x| x.event.map(|i| i + 1).unwrap_or(0));
        let mut out = format!(
            "<h2 id=\"warnings\">{}</h2><ul class=\"warnings\">",
            w.warnings
        );
        for warning in sorted {
            let place = self.warning_place(warning, shown);
            let place = if place.is_empty() {
                String::new()
            } else {
                format!("{place}: ")
            };
            out.push_str(&format!(
                "<li>{place}{}</li>",
                esc(&said(self.lang, warning))
            ));
        }
        out.push_str("</ul>");
        out
    }

    /// "строка 3 «Неделя детской книги», столбец «сроки»", the row a link to it in the
    /// table; a warning about no event says the file's row.
    fn warning_place(&self, warning: &ImportWarning, shown: &[EventDoc]) -> String {
        let w = self.w;
        let mut place = Vec::new();
        match warning.event.and_then(|i| shown.get(i).map(|e| (i, e))) {
            Some((i, e)) => place.push(format!(
                "<a href=\"#row-{n}\">{row} {n}</a> «{title}»",
                n = i + 1,
                row = w.row,
                title = esc(&short(&e.title, 60)),
            )),
            None => {
                if let Some(row) = warning.row {
                    place.push(esc(&file_row(self.lang, row)));
                }
            }
        }
        if let Some(column) = &warning.column {
            let name = column_name(self.lang, column);
            place.push(format!("{} «{}»", w.column, esc(&name)));
        }
        place.join(", ")
    }

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

    fn rows(&self, shown: &ShownRows) -> String {
        let badges = self.badges(&shown.skipped);
        let mut out = String::new();
        for (i, e) in shown.events.iter().enumerate() {
            let skip = shown.skipped.get(i).copied().unwrap_or(false);
            let badge = badges.get(i).and_then(Option::as_ref);
            let corrected = self.pending.doc.events.get(i) != Some(e);
            let warned: Vec<&ImportWarning> = shown
                .warnings
                .iter()
                .filter(|w| w.event == Some(i))
                .collect();
            out.push_str(&self.row(i, e, skip, badge, corrected, &warned));
        }
        out
    }

    /// How the row fares against the stored plan, and whether it was corrected.
    fn badge_html(&self, badge: Option<&Badge>, corrected: bool) -> String {
        let w = self.w;
        let badge = match badge {
            Some(Badge::New) => format!("<br><span class=\"badge new\">{}</span>", w.is_new),
            Some(Badge::Changed(f)) => format!(
                "<br><span class=\"badge changed\">{}: {}</span>",
                w.changed,
                esc(f)
            ),
            Some(Badge::Unchanged) => format!("<br><span class=\"badge\">{}</span>", w.unchanged),
            None => String::new(),
        };
        if !corrected {
            return badge;
        }
        let gap = if badge.is_empty() { "<br>" } else { " " };
        format!("{badge}{gap}<span class=\"badge\">{}</span>", w.corrected)
    }

    fn row(
        &self,
        i: usize,
        e: &EventDoc,
        skipped: bool,
        badge: Option<&Badge>,
        corrected: bool,
        warned: &[&ImportWarning],
    ) -> String {
        let w = self.w;
        let n = i + 1;
        let (dates, exact) = dates_text(e, w, self.lang);
        let undated = e.pinned.is_none() && e.when.as_ref().is_none_or(|t| t.start.is_none());
        let timing_warned = warned.iter().any(|x| x.column.as_deref() == Some("timing"));
        let warn: String = warned
            .iter()
            .map(|x| {
                format!(
                    "<br><span class=\"warn\">⚠ {}</span>",
                    esc(&said(self.lang, x))
                )
            })
            .collect();
        let warn = if warn.is_empty() {
            warn
        } else {
            format!("<span id=\"warn-{n}\">{warn}</span>")
        };
        let badge = self.badge_html(badge, corrected);
        let people = people_html(e);
        format!(
            "<tr class=\"{class}\" id=\"row-{n}\"><td>{number}</td>\
             <td><input type=\"checkbox\" name=\"{skip}\" value=\"on\"{checked} aria-label=\"{skip_label} {n}\"></td>\
             <td class=\"title\">{title}{place}{badge}</td>\
             <td{timing_class}><input type=\"text\" name=\"{timing}\" value=\"{timing_value}\" aria-label=\"{timing_label}, {row} {n}\"{described}></td>\
             <td class=\"dates {fuzzy}\">{dates}{warn}</td>\
             <td><input type=\"date\" name=\"{pin}\" value=\"{pin_value}\" aria-label=\"{pin_label}, {row} {n}\"></td>\
             <td><input type=\"text\" name=\"{roles}\" value=\"{roles_value}\" placeholder=\"{roles_hint}\" aria-label=\"{roles_label}, {row} {n}\"></td>\
             <td>{people}</td><td>{partners}</td></tr>",
            class = match (skipped, undated || !warned.is_empty()) {
                (true, _) => "skipped",
                (false, true) => "attention",
                _ => "",
            },
            timing_class = if timing_warned {
                " class=\"warned\""
            } else {
                ""
            },
            described = if warned.is_empty() {
                String::new()
            } else {
                format!(" aria-describedby=\"warn-{n}\"")
            },
            number = esc(e.number.as_deref().unwrap_or("")),
            skip = row_field("skip", i),
            checked = if skipped { " checked" } else { "" },
            skip_label = w.not_an_event,
            title = esc(&e.title),
            place = if e.location.is_empty() {
                String::new()
            } else {
                format!("<br><small>{}</small>", esc(&e.location))
            },
            timing = row_field("timing", i),
            timing_value = esc(&e.timing),
            timing_label = w.timing,
            row = w.row,
            fuzzy = if exact { "" } else { "fuzzy" },
            pin = row_field("pin", i),
            pin_value = e
                .pinned
                .as_ref()
                .map(|p| p.date.to_string())
                .unwrap_or_default(),
            pin_label = w.exact_date,
            roles = row_field("roles", i),
            roles_value = esc(&e.roles.join(", ")),
            roles_label = w.roles,
            roles_hint = w.roles_hint,
            people = people,
            partners = esc(&e.partners.join(", ")),
        )
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

/// The people responsible for a row, with their organizations.
fn people_html(e: &EventDoc) -> String {
    let people: Vec<String> = e
        .people
        .iter()
        .map(|p| match &p.org {
            Some(o) => format!("{} ({})", esc(&p.name), esc(o)),
            None => esc(&p.name),
        })
        .collect();
    people.join(", ")
}

/// The days a row will be shown on, said as the calendar says them ("октябрь 2025",
/// "12 ноября 2025"), and whether they are exact.
fn dates_text(e: &EventDoc, w: &Words, lang: Lang) -> (String, bool) {
    use crate::web::dates::{day, range};
    if let Some(p) = &e.pinned {
        let text = range(lang, p.date, p.end_date.unwrap_or(p.date));
        return (format!("<b>{}</b>", esc(&text)), true);
    }
    let Some(t) = &e.when else {
        return (w.undated.to_string(), false);
    };
    let text = match (t.start, t.end) {
        (Some(s), Some(end)) => range(lang, s, end),
        (Some(s), None) => day(lang, s),
        _ => w.undated.to_string(),
    };
    (esc(&text), t.is_exact_day())
}
