//! `/orgs/{slug}/report`: the year's figures (planned, held, not held, moved, waiting) in
//! total, by month, by owner and by role, the chart, and the list of events behind the
//! figure chosen (every figure is a link to its list). Printable on A4: the links and
//! downloads drop out, the tables and the chart stay.

use maud::{Markup, PreEscaped, html};

use super::layout::{Chrome, encode_query, page};
use crate::plan::AcademicYear;
use crate::report::{Item, Mark, MonthKey, Report, ReportWords, Selection, Tally, words};

/// Most events listed under the figures: a district's year is tens of thousands; the
/// documents hold them all.
pub(crate) const LIST_SHOWN: usize = 1_000;

/// What the page shows, as plain values.
pub(crate) struct ReportView<'a> {
    pub org_slug: &'a str,
    pub org_name: &'a str,
    pub year: AcademicYear,
    pub report: &'a Report,
    /// The events behind the chosen figure.
    pub listed: Vec<&'a Item>,
    /// How many events the figure stands for (`listed` stops at `LIST_SHOWN`).
    pub listed_total: usize,
    pub selection: &'a Selection,
    pub chart_svg: String,
    pub today: chrono::NaiveDate,
}

impl ReportView<'_> {
    /// The page's URL for another selection (the year kept), anchored at the list.
    fn href(&self, sel: &Selection) -> String {
        let year = self.year.to_string();
        let month = sel.month.map(MonthKey::code);
        let mut pairs: Vec<(&str, &str)> = vec![("year", &year)];
        if let Some(m) = sel.mark {
            pairs.push(("mark", m.as_str()));
        }
        if let Some(m) = &month {
            pairs.push(("month", m));
        }
        if let Some(o) = &sel.owner {
            pairs.push(("owner", o));
        }
        if let Some(r) = &sel.role {
            pairs.push(("role", r));
        }
        format!(
            "/orgs/{}/report?{}#list",
            self.org_slug,
            encode_query(&pairs)
        )
    }

    fn year_href(&self, year: AcademicYear) -> String {
        format!("/orgs/{}/report?year={year}", self.org_slug)
    }
}

/// The figures' columns: every planned event, then each mark.
const COLUMNS: [Option<Mark>; 5] = [
    None,
    Some(Mark::Held),
    Some(Mark::NotHeld),
    Some(Mark::Moved),
    Some(Mark::Waiting),
];

fn column_word(w: &ReportWords, mark: Option<Mark>) -> &'static str {
    mark.map_or(w.planned, |m| w.mark_word(m))
}

pub(crate) fn report_page(chrome: &Chrome<'_>, v: &ReportView<'_>) -> Markup {
    let w = words(chrome.lang);
    page(
        chrome,
        &html! {
            div.report {
                p.noprint { a href={ "/orgs/" (v.org_slug) } { "← " (v.org_name) } }
                h1 { (w.report) br; span.muted { (v.org_name) " · " (v.year) " " (w.academic_year) } }
                (year_nav(w, v))
                (totals(w, v))
                figure.chart tabindex="0" { (PreEscaped(&v.chart_svg)) }
                (figures(w, v, w.by_month, w.month, &month_rows(w, v)))
                (figures(w, v, w.by_owner, w.owner, &owner_rows(v)))
                (figures(w, v, w.by_role, w.role, &role_rows(v)))
                (list(w, v))
            }
        },
    )
}

fn year_nav(w: &ReportWords, v: &ReportView<'_>) -> Markup {
    let prev = AcademicYear::new(v.year.first_year() - 1);
    let next = AcademicYear::new(v.year.first_year() + 1);
    let base = format!("/orgs/{}", v.org_slug);
    html! {
        nav.reportnav.noprint aria-label=(w.academic_year) {
            @if let Some(y) = prev { a href=(v.year_href(y)) { "‹ " (y) } }
            @if let Some(y) = next { a href=(v.year_href(y)) { (y) " ›" } }
            span { (w.downloads) ": "
                a href={ (base) "/report.xlsx?year=" (v.year) } { (w.report) " (.xlsx)" } " · "
                a href={ (base) "/report.docx?year=" (v.year) } { (w.report) " (.docx)" } " · "
                a href={ (base) "/plan.docx?year=" (v.year) } { (w.plan) " (.docx)" } " · "
                a href={ (base) "/plan.xlsx?year=" (v.year) } { (w.plan) " (.xlsx)" }
            }
        }
    }
}

/// The year's five figures, each a link to its list.
fn totals(w: &ReportWords, v: &ReportView<'_>) -> Markup {
    html! {
        ul.totals {
            @for mark in COLUMNS {
                li class={ "k-" (mark.map_or("planned", Mark::as_str)) } {
                    a href=(v.href(&Selection { mark, ..Selection::default() })) {
                        strong { (v.report.total.of(mark)) } " " (column_word(w, mark))
                    }
                }
            }
        }
    }
}

/// One row of a figures table: its label and the selection its figures narrow to.
struct Row {
    label: String,
    base: Selection,
    tally: Tally,
}

fn month_rows(w: &ReportWords, v: &ReportView<'_>) -> Vec<Row> {
    v.report
        .months
        .iter()
        .filter(|(k, t)| k.0.is_some() || t.planned > 0)
        .map(|(k, t)| Row {
            label: w.month_label(*k),
            base: Selection {
                month: Some(*k),
                ..Selection::default()
            },
            tally: *t,
        })
        .collect()
}

fn owner_rows(v: &ReportView<'_>) -> Vec<Row> {
    v.report
        .owners
        .iter()
        .map(|(o, t)| Row {
            label: o.clone(),
            base: Selection {
                owner: Some(o.clone()),
                ..Selection::default()
            },
            tally: *t,
        })
        .collect()
}

fn role_rows(v: &ReportView<'_>) -> Vec<Row> {
    v.report
        .roles
        .iter()
        .map(|(r, t)| Row {
            label: r.clone(),
            base: Selection {
                role: Some(r.clone()),
                ..Selection::default()
            },
            tally: *t,
        })
        .collect()
}

fn figures(
    w: &ReportWords,
    v: &ReportView<'_>,
    heading: &str,
    first: &str,
    rows: &[Row],
) -> Markup {
    html! {
        section.figures {
            h2 { (heading) }
            table.figures {
                thead { tr { th scope="col" { (first) } @for m in COLUMNS { th scope="col" { (column_word(w, m)) } } } }
                tbody {
                    @for row in rows {
                        tr {
                            th scope="row" { (row.label) }
                            @for mark in COLUMNS {
                                @let n = row.tally.of(mark);
                                td {
                                    @if n == 0 { span.zero { "0" } }
                                    @else { a href=(v.href(&Selection { mark, ..row.base.clone() })) { (n) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What the list holds, said in words: "Проведено · Октябрь 2025".
fn selection_words(w: &ReportWords, s: &Selection) -> String {
    let mut parts: Vec<String> = vec![column_word(w, s.mark).to_string()];
    if s.mark.is_none() {
        parts[0] = w.all_events.to_string();
    }
    if let Some(m) = s.month {
        parts.push(w.month_label(m));
    }
    parts.extend(s.owner.iter().cloned());
    parts.extend(s.role.iter().cloned());
    parts.join(" · ")
}

fn list(w: &ReportWords, v: &ReportView<'_>) -> Markup {
    html! {
        section #list {
            h2 { (w.events) ": " (selection_words(w, v.selection)) " (" (v.listed_total) ")" }
            @if v.listed.is_empty() { p.muted { (w.nothing) } }
            @else {
                table.figures.events {
                    thead { tr {
                        th scope="col" { (w.number) } th scope="col" { (w.event) } th scope="col" { (w.timing) }
                        th scope="col" { (w.organization) } th scope="col" { (w.mark) }
                        th scope="col" { (w.date_held) } th scope="col" { (w.participants) } th scope="col" { (w.note) }
                    } }
                    tbody {
                        @for i in &v.listed { (list_row(w, i, v.today)) }
                    }
                }
                @if v.listed_total > v.listed.len() {
                    p.muted { "… +" (v.listed_total - v.listed.len()) " (" (w.downloads) ": .xlsx)" }
                }
            }
        }
    }
}

fn list_row(w: &ReportWords, i: &Item, today: chrono::NaiveDate) -> Markup {
    let o = i.outcome.as_ref();
    let mark = i.mark(today);
    html! {
        tr {
            td { (i.number.as_deref().unwrap_or("")) }
            td { a href={ "/events/" (i.id) } { (i.title) } }
            td { (i.timing) }
            td { (i.owner) }
            td class={ "k-" (mark.as_str()) } { (w.mark_word(mark)) }
            td { (o.and_then(|o| o.date).map(|d| d.format("%d.%m.%Y").to_string()).unwrap_or_default()) }
            td { (o.and_then(|o| o.participants).map(|n| n.to_string()).unwrap_or_default()) }
            td {
                (o.map(|o| o.note.as_str()).unwrap_or(""))
                @if let Some(link) = o.and_then(|o| o.link.as_deref()) { " " a href=(link) rel="noopener" { (w.link) } }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{EventStatus, Lang};

    #[test]
    fn every_figure_links_to_its_list_and_the_chart_is_inline() {
        let year = AcademicYear::parse("2025-2026").unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2025, 10, 3).unwrap();
        let item = Item {
            id: 7,
            number: Some("1".into()),
            title: "Экскурсия".into(),
            timing: "сентябрь".into(),
            planned: Some((day, day)),
            shown: Some((day, day)),
            owner: "Школа".into(),
            roles: vec![],
            responsible: String::new(),
            status: EventStatus::Planned,
            outcome: None,
        };
        let items = [item];
        let report = Report::count(&items, year, day.succ_opt().unwrap(), "—");
        let sel = Selection {
            mark: Some(Mark::Waiting),
            ..Selection::default()
        };
        let v = ReportView {
            org_slug: "school",
            org_name: "Школа",
            year,
            report: &report,
            listed: items.iter().collect(),
            listed_total: 1,
            selection: &sel,
            chart_svg: "<svg id=\"c\"></svg>".into(),
            today: day.succ_opt().unwrap(),
        };
        let c = Chrome {
            lang: Lang::Ru,
            title: "t",
            path: "/orgs/school/report",
            query: &[],
        };
        let html = report_page(&c, &v).into_string();
        assert!(html.contains("<svg id=\"c\"></svg>"));
        assert!(html.contains(
            "/orgs/school/report?year=2025-2026&amp;mark=waiting&amp;month=2025-10#list"
        ));
        assert!(
            html.contains("Мероприятия: Ждут отметки (1)"),
            "the list says what it holds"
        );
        assert!(html.contains("href=\"/events/7\""));
        assert!(html.contains("/orgs/school/report.xlsx?year=2025-2026"));
    }
}
