//! `/orgs/{slug}`: the merged calendar a director reads — a month grid or an agenda, the
//! organization's own events and its partners', each owner in its colour with a legend that
//! toggles owners (CSS `:has()` on checkboxes, no script needed; the script only keeps the
//! choice in the URL), inexact events hatched and labelled with their span, deadlines as
//! deadlines, cancelled ones struck through, year-long and undated items in lists of their
//! own. Filters are GET parameters, so every view is a link that can be shared.

use chrono::{Datelike, NaiveDate, NaiveTime};
use maud::{Markup, PreEscaped, html};

use super::calendar::{Placement, Repeats, academic_months, add_months, month_grid, occurrences};
use super::dates;
use super::followed::{FollowedCalendar, followed_block};
use super::i18n::{Words, words};
use super::layout::{Chrome, encode_query, page};
use super::subscribe::{FeedLinks, panel};
use crate::plan::{EventStatus, Lang, Organization, audience};

/// Whose events these are.
#[derive(Clone, Debug)]
pub struct Owner {
    pub slug: String,
    pub name: String,
    pub color: &'static str,
    /// The organization the page is about.
    pub own: bool,
    /// Unticked in the legend (from the URL).
    pub hidden: bool,
}

/// One event as the calendar shows it; names already removed where privacy wants it.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Its page (`/events/{id}`); None for an event of a followed calendar, which lives in
    /// no plan and has no page of its own.
    pub id: Option<i64>,
    pub owner: usize,
    pub title: String,
    /// The plan's own timing words.
    pub timing: String,
    pub placements: Vec<Placement>,
    /// A repeating event's days: drawn on the month grid, marked as repeating.
    pub repeats: Option<Repeats>,
    pub time: Option<NaiveTime>,
    pub status: EventStatus,
    pub roles: Vec<String>,
    pub people: Vec<String>,
    pub partners: Vec<String>,
    pub place: String,
}

impl Entry {
    fn cancelled(&self) -> bool {
        self.status == EventStatus::Cancelled
    }
}

/// Chips a day of the month grid shows; the rest are "+N more", a link to the agenda. A
/// day with hundreds of repeating events made a 15 MB page nobody could read.
const MAX_CHIPS_PER_DAY: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Month,
    Agenda,
}

/// A value a filter can take, with what the person reads.
#[derive(Clone, Debug)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// The filters in the URL.
#[derive(Clone, Debug, Default)]
pub struct Filters {
    pub partner: Option<String>,
    pub role: Option<String>,
    pub section: Option<String>,
    pub status: Option<String>,
    /// `grade=6` / `class=5А` (`plan::audience`).
    pub grade: Option<String>,
    pub class: Option<String>,
}

/// Everything the page shows.
pub struct OrgPage<'a> {
    pub org: &'a Organization,
    pub owners: Vec<Owner>,
    pub entries: Vec<Entry>,
    /// Organizations it works with: (slug, name).
    pub related: Vec<(String, String)>,
    pub view: View,
    pub month: NaiveDate,
    pub today: NaiveDate,
    pub filters: Filters,
    pub partner_choices: Vec<Choice>,
    pub role_choices: Vec<Choice>,
    pub section_choices: Vec<Choice>,
    /// The grades the calendar's events name (the grade filter's values).
    pub grade_choices: Vec<Choice>,
    pub feed: FeedLinks,
    pub more_feeds: Vec<FeedLinks>,
    pub role_feeds: Vec<FeedLinks>,
    /// The reader is a logged-in admin: the page links its edit page.
    pub admin: bool,
    /// The report link, and for an admin the events waiting for a mark (`web::outcome`).
    pub outcomes: Markup,
    /// The partners' calendars the organization follows, with how their fetches went.
    pub followed: Vec<FollowedCalendar>,
}

impl OrgPage<'_> {
    /// This page's URL with `view` and `month` as given and the filters kept.
    fn href(&self, view: View, month: NaiveDate) -> String {
        let month = format!("{:04}-{:02}", month.year(), month.month());
        let mut pairs: Vec<(&str, &str)> = vec![
            (
                "view",
                match view {
                    View::Month => "month",
                    View::Agenda => "agenda",
                },
            ),
            ("month", &month),
        ];
        let f = &self.filters;
        for (k, v) in [
            ("partner", &f.partner),
            ("role", &f.role),
            ("section", &f.section),
            ("status", &f.status),
            ("grade", &f.grade),
            ("class", &f.class),
        ] {
            if let Some(v) = v {
                pairs.push((k, v));
            }
        }
        for o in self.owners.iter().filter(|o| o.hidden) {
            pairs.push(("hide", &o.slug));
        }
        format!("/orgs/{}?{}", self.org.slug, encode_query(&pairs))
    }
}

pub fn org_page(chrome: &Chrome<'_>, p: &OrgPage<'_>) -> Markup {
    let lang = chrome.lang;
    let w = words(lang);
    page(
        chrome,
        &html! {
            h1 { (p.org.name) }
            p.muted {
                span.tag { (w.kind(p.org.kind)) } " "
                @if p.admin { a href={ "/orgs/" (p.org.slug) "/edit" } { (w.edit) } " " }
                @if !p.related.is_empty() {
                    (w.partners) ": "
                    @for (i, (slug, name)) in p.related.iter().enumerate() {
                        @if i > 0 { ", " }
                        a href={ "/orgs/" (slug) } { (name) }
                    }
                }
            }
            div.calroot {
                style { (PreEscaped(owner_rules(&p.owners))) }
                (toolbar(lang, p))
                (filters_form(lang, p))
                @match p.view {
                    View::Month => (month_view(lang, p)),
                    View::Agenda => (agenda_view(lang, p)),
                }
                (loose_lists(lang, p))
            }
            (p.outcomes)
            (followed_block(lang, &p.followed))
            (panel(lang, &p.feed, &p.more_feeds, &p.role_feeds))
        },
    )
}

/// Hides an owner's events while its legend box is unticked.
fn owner_rules(owners: &[Owner]) -> String {
    let mut css = String::new();
    for i in 0..owners.len() {
        css.push_str(&format!(
            ".calroot:has(#owner-{i}:not(:checked)) .o{i}{{display:none}}"
        ));
    }
    css
}

fn toolbar(lang: Lang, p: &OrgPage<'_>) -> Markup {
    let w = words(lang);
    let (prev, next) = (add_months(p.month, -1), add_months(p.month, 1));
    html! {
        div.toolbar {
            nav.views aria-label=(w.calendar) {
                @if p.view == View::Month { span aria-current="page" { (w.month) } }
                @else { a href=(p.href(View::Month, p.month)) data-keep-hide { (w.month) } }
                @if p.view == View::Agenda { span aria-current="page" { (w.agenda) } }
                @else { a href=(p.href(View::Agenda, p.month)) data-keep-hide { (w.agenda) } }
            }
            @if p.view == View::Month {
                div.monthnav {
                    a href=(p.href(View::Month, prev)) aria-label=(w.previous) data-keep-hide { "‹" }
                    h2 { (dates::month_year(lang, p.month.year(), p.month.month())) }
                    a href=(p.href(View::Month, next)) aria-label=(w.next) data-keep-hide { "›" }
                }
            }
        }
        @if p.view == View::Month {
            nav aria-label=(w.month) {
                ul.year {
                    @for m in academic_months(p.month) {
                        li {
                            @if m == p.month { span aria-current="date" { (w.month(m.month0())) } }
                            @else { a href=(p.href(View::Month, m)) data-keep-hide { (w.month(m.month0())) } }
                        }
                    }
                }
            }
        }
    }
}

/// A filter's drop-down; none when there is nothing to choose from.
fn select(name: &str, label: &str, any: &str, choices: &[Choice], current: Option<&str>) -> Markup {
    if choices.is_empty() {
        return html! {};
    }
    html! {
        label {
            (label)
            select name=(name) {
                option value="" { (any) }
                @for c in choices {
                    option value=(c.value) selected[current == Some(c.value.as_str())] { (c.label) }
                }
            }
        }
    }
}

fn filters_form(lang: Lang, p: &OrgPage<'_>) -> Markup {
    let w = words(lang);
    let f = &p.filters;
    let statuses: Vec<Choice> = EventStatus::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: w.status(*s).into(),
        })
        .collect();
    let view = if p.view == View::Month {
        "month"
    } else {
        "agenda"
    };
    html! {
        form method="get" action={ "/orgs/" (p.org.slug) } {
            input type="hidden" name="view" value=(view);
            input type="hidden" name="month" value=(format!("{:04}-{:02}", p.month.year(), p.month.month()));
            input type="hidden" name="owners" value="1";
            fieldset.legend {
                legend { (w.legend) }
                @for (i, o) in p.owners.iter().enumerate() {
                    label style={ "--c:" (o.color) } {
                        input id=(format!("owner-{i}")) type="checkbox" name="owner" value=(o.slug)
                            data-owner=(o.slug) checked[!o.hidden];
                        span.dot style={ "--c:" (o.color) } {}
                        (o.name) @if o.own { " (" (w.own_events) ")" }
                    }
                }
            }
            details open[f.partner.is_some() || f.role.is_some() || f.section.is_some() || f.status.is_some() || f.grade.is_some()] {
                summary { (w.filters) }
                div.filters {
                    (select("partner", w.partner, w.any, &p.partner_choices, f.partner.as_deref()))
                    (select("role", w.role, w.any, &p.role_choices, f.role.as_deref()))
                    (select("section", w.section, w.any, &p.section_choices, f.section.as_deref()))
                    (select("status", w.status, w.any, &statuses, f.status.as_deref()))
                    (select("grade", audience::grade_words(lang).filter, w.any, &p.grade_choices, f.grade.as_deref()))
                }
            }
            p {
                button type="submit" { (w.apply) } " "
                a href={ "/orgs/" (p.org.slug) } { (w.reset) }
            }
        }
    }
}

/// How an entry's time reads in a list: the dates, or "сроки: апрель – июнь 2026" for an
/// inexact one; and whether it is inexact.
pub(crate) fn when_text(w: &Words, lang: Lang, placement: Placement) -> (String, bool) {
    match placement {
        Placement::Days { start, end, exact } => {
            let text = dates::range(lang, start, end);
            if exact {
                (text, false)
            } else {
                (format!("{}: {text}", w.timing_label), true)
            }
        }
        Placement::Deadline(d) => (format!("{} {}", w.deadline, dates::day(lang, d)), false),
        Placement::Span {
            start,
            end,
            recurring,
        } => {
            let text = dates::range(lang, start, end);
            let label = if recurring { w.every } else { w.timing_label };
            (format!("{label}: {text}"), true)
        }
        Placement::YearLong { recurring } => {
            let label = if recurring { w.every } else { w.year_long };
            (label.to_string(), true)
        }
        Placement::Undated => (w.undated.to_string(), true),
        Placement::Occurrence { day, exact } => {
            (format!("{}: {}", w.every, dates::day(lang, day)), !exact)
        }
    }
}

/// A chip on the grid.
fn chip(p: &OrgPage<'_>, lang: Lang, i: usize, placement: Placement) -> Markup {
    let e = &p.entries[i];
    let o = &p.owners[e.owner];
    let (fuzzy, deadline, recurring) = match placement {
        Placement::Days { exact, .. } => (!exact, false, false),
        Placement::Deadline(_) => (false, true, false),
        Placement::Occurrence { exact, .. } => (!exact, false, true),
        _ => (true, false, false),
    };
    let class = format!(
        "ev o{}{}{}{}",
        e.owner,
        if fuzzy { " fuzzy" } else { "" },
        if recurring { " recurring" } else { "" },
        if e.cancelled() { " cancelled" } else { "" }
    );
    let tip = format!("{} — {} ({})", e.title, o.name, e.timing);
    let inner = html! {
        @if deadline { span.dl { "⚑ " } }
        @if recurring { span.rec aria-hidden="true" { "↻ " } span.sr { (words(lang).every) ": " } }
        @if let Some(t) = e.time { (dates::time(t)) " " }
        (e.title)
    };
    html! {
        @if let Some(id) = e.id {
            a class=(class) style={ "--c:" (o.color) } href={ "/events/" (id) } title=(tip) { (inner) }
        } @else {
            span class=(class) style={ "--c:" (o.color) } title=(tip) { (inner) }
        }
    }
}

fn month_view(lang: Lang, p: &OrgPage<'_>) -> Markup {
    let w = words(lang);
    // What goes on days (exact, short inexact spans, deadlines), and what is only "this
    // month" (longer spans, recurrences).
    let mut on_days: Vec<(usize, Placement)> = Vec::new();
    let mut spans: Vec<(usize, Placement)> = Vec::new();
    // A repeating event's days go on the grid only: its row is in the lists once.
    let mut repeats: Vec<(usize, Placement)> = Vec::new();
    for (i, e) in p.entries.iter().enumerate() {
        for pl in e.placements.iter().filter(|pl| pl.touches_month(p.month)) {
            match pl {
                Placement::Days { .. } | Placement::Deadline(_) => on_days.push((i, *pl)),
                Placement::Span { .. } => spans.push((i, *pl)),
                Placement::YearLong { .. } | Placement::Undated | Placement::Occurrence { .. } => {}
            }
        }
        if let Some(days) = &e.repeats {
            repeats.extend(occurrences(days, p.month).into_iter().map(|pl| (i, pl)));
        }
    }
    on_days.sort_by_key(|(i, pl)| (pl.bounds().map(|b| b.0), *i));
    let mut on_grid: Vec<(usize, Placement)> = on_days.iter().copied().chain(repeats).collect();
    on_grid.sort_by_key(|(i, pl)| (pl.bounds().map(|b| b.0), *i));
    let bounds: Vec<(usize, NaiveDate, NaiveDate)> = on_grid
        .iter()
        .enumerate()
        .filter_map(|(k, (_, pl))| pl.bounds().map(|(s, e)| (k, s, e)))
        .collect();
    let grid = month_grid(p.month, &bounds);
    html! {
        table.grid {
            caption.sr { (dates::month_year(lang, p.month.year(), p.month.month())) }
            thead { tr { @for d in w.weekdays { th scope="col" { (d) } } } }
            tbody {
                @for week in &grid {
                    tr {
                        @for cell in week {
                            td class=(cell_class(cell.in_month, cell.date == p.today)) {
                                div.dn { (cell.date.day()) }
                                @for k in cell.items.iter().take(MAX_CHIPS_PER_DAY) {
                                    @if let Some((i, pl)) = on_grid.get(*k) { (chip(p, lang, *i, *pl)) }
                                }
                                @if cell.items.len() > MAX_CHIPS_PER_DAY {
                                    a.more href=(p.href(View::Agenda, p.month)) data-keep-hide {
                                        "+" (cell.items.len() - MAX_CHIPS_PER_DAY) " " (w.more)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if on_grid.is_empty() && spans.is_empty() {
            p.muted { (w.no_events_month) }
        }
        @if !on_days.is_empty() {
            ol.list { @for (i, pl) in &on_days { (row(lang, p, *i, *pl)) } }
        }
        @if !spans.is_empty() {
            h3 { (w.this_month_undated) }
            ol.list { @for (i, pl) in &spans { (row(lang, p, *i, *pl)) } }
        }
    }
}

fn cell_class(in_month: bool, today: bool) -> &'static str {
    match (in_month, today) {
        (true, true) => "today",
        (true, false) => "",
        (false, true) => "out today",
        (false, false) => "out",
    }
}

/// One event in a list: when, what (linked), status, owner, roles, people, partners, place.
fn row(lang: Lang, p: &OrgPage<'_>, i: usize, placement: Placement) -> Markup {
    let w = words(lang);
    let e = &p.entries[i];
    let o = &p.owners[e.owner];
    let (when, fuzzy) = when_text(w, lang, placement);
    let class = format!(
        "o{}{}{}",
        e.owner,
        if fuzzy { " fuzzy" } else { "" },
        if e.cancelled() { " cancelled" } else { "" }
    );
    html! {
        li class=(class) style={ "--c:" (o.color) } {
            span.when.fuzzy-label[fuzzy] { (when) }
            @if let Some(t) = e.time { span.when { (dates::time(t)) } }
            @if let Some(id) = e.id { a.t href={ "/events/" (id) } { (e.title) } }
            @else { span.t { (e.title) } }
            @if e.status != EventStatus::Planned { span.badge { (w.status(e.status)) } }
            div.meta {
                span.dot style={ "--c:" (o.color) } {} (o.name)
                @if fuzzy && !e.timing.is_empty() { " · " (w.planned_as) " «" (e.timing) "»" }
                @if !e.roles.is_empty() { " · " (w.roles) ": " (e.roles.join(", ")) }
                @if !e.people.is_empty() { " · " (w.people) ": " (e.people.join(", ")) }
                @if !e.partners.is_empty() { " · " (w.partners) ": " (e.partners.join(", ")) }
                @if !e.place.is_empty() { " · " (w.place) ": " (e.place) }
            }
        }
    }
}

fn agenda_view(lang: Lang, p: &OrgPage<'_>) -> Markup {
    let w = words(lang);
    let mut dated: Vec<(NaiveDate, usize, Placement)> = Vec::new();
    for (i, e) in p.entries.iter().enumerate() {
        for pl in &e.placements {
            if let Some((start, _)) = pl.bounds() {
                dated.push((start, i, *pl));
            }
        }
    }
    dated.sort_by_key(|(d, i, _)| (*d, *i));
    let mut months: Vec<(NaiveDate, Vec<(usize, Placement)>)> = Vec::new();
    for (d, i, pl) in dated {
        let first = d.with_day(1).unwrap_or(d);
        match months.last_mut() {
            Some((m, items)) if *m == first => items.push((i, pl)),
            _ => months.push((first, vec![(i, pl)])),
        }
    }
    html! {
        @if p.entries.is_empty() { p.muted { (w.no_events) } }
        @for (m, items) in &months {
            section {
                h2 id={ "m-" (m.format("%Y-%m")) } { (dates::month_year(lang, m.year(), m.month())) }
                ol.list { @for (i, pl) in items { (row(lang, p, *i, *pl)) } }
            }
        }
    }
}

/// Year-long and undated items: listed once, below the calendar, whatever month is shown.
fn loose_lists(lang: Lang, p: &OrgPage<'_>) -> Markup {
    let w = words(lang);
    let pick = |want: fn(&Placement) -> bool| -> Vec<(usize, Placement)> {
        p.entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.placements
                    .iter()
                    .filter(|pl| want(pl))
                    .map(move |pl| (i, *pl))
            })
            .collect()
    };
    let year = pick(|pl| matches!(pl, Placement::YearLong { .. }));
    let undated = pick(|pl| matches!(pl, Placement::Undated));
    html! {
        @if !year.is_empty() {
            h2 { (w.year_long) }
            ol.list { @for (i, pl) in &year { (row(lang, p, *i, *pl)) } }
        }
        @if !undated.is_empty() {
            h2 { (w.undated) }
            ol.list { @for (i, pl) in &undated { (row(lang, p, *i, *pl)) } }
        }
    }
}

/// Parses `?month=2026-04`.
pub(crate) fn parse_month(text: &str) -> Option<NaiveDate> {
    let (y, m) = text.split_once('-')?;
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}
