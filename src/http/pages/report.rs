//! `/orgs/{slug}/report` and its documents (`report.xlsx`, `report.docx`, `plan.docx`,
//! `plan.xlsx`): reads the organization's merged calendar for one academic year as the
//! viewer may see it (`plan::privacy`: a private organization's report is an admin's only,
//! names redacted where they are not public), turns each event into a `report::Item`, and
//! hands those to `report` (the figures), `web::report` (the page) or `export` (the files).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{NaiveDate, Utc};

use super::get_or_head;
use super::labels::role_label;
use crate::export::{self, Heading, Table};
use crate::feeds::calendar::{self, CalendarQuery};
use crate::http::AppState;
use crate::http::api::visible_org;
use crate::http::auth::Viewer;
use crate::http::error::ApiError;
use crate::http::page_request::PageRequest;
use crate::plan::privacy::OrgPrivacy;
use crate::plan::{AcademicYear, EventDoc, Lang, Organization};
use crate::report::{Item, Mark, MonthKey, Report, Selection, chart_svg, words};
use crate::store::{FeedEventRow, FeedFilter, FeedScope, Role};
use crate::timing::{Context, normalise};
use crate::web::report::{LIST_SHOWN, ReportView, report_page};

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/orgs/{slug}/report", get_or_head().to(page))
        .route("/orgs/{slug}/report.xlsx", get_or_head().to(report_xlsx))
        .route("/orgs/{slug}/report.docx", get_or_head().to(report_docx))
        .route("/orgs/{slug}/plan.docx", get_or_head().to(plan_docx))
        .route("/orgs/{slug}/plan.xlsx", get_or_head().to(plan_xlsx));
}

/// One year of an organization's merged calendar, as this viewer may see it.
struct Year {
    org: Organization,
    year: AcademicYear,
    items: Vec<Item>,
    today: NaiveDate,
    lang: Lang,
}

/// `?year=2025-2026`; without it the current academic year, or, when that holds nothing,
/// the latest earlier year that does (a plan of last year is still reported on).
fn chosen_year(pr: &PageRequest) -> Result<Option<AcademicYear>, ApiError> {
    pr.get("year")
        .map(|text| {
            AcademicYear::parse(text)
                .map_err(|e| ApiError::bad_request(format!("`year` {text:?}: {e}")).at("year"))
        })
        .transpose()
}

async fn load(
    state: &AppState,
    slug: &str,
    viewer: Viewer,
    pr: &PageRequest,
) -> Result<Year, ApiError> {
    // Read before a connection is held: it may need one of its own.
    let version = state.data_version().await?.version;
    let mut r = state.store.reader().await?;
    let mut conn = r.conn();
    let org = visible_org(&mut conn, slug, viewer).await?;
    let lang = pr.lang(Some(org.locale));
    let today = org.today(Utc::now());
    let roles = conn.list_roles().await?;
    let audience = viewer.audience();
    let query = CalendarQuery::of_scope(FeedScope::Merged(org.id), FeedFilter::default());
    let rows: Vec<FeedEventRow> = calendar::select(
        &mut conn,
        Some(&state.calendars),
        version,
        &query,
        state.settings.feeds.cancelled_days,
    )
    .await?
    .into_iter()
    .filter(|r| !r.deleted && audience.sees_org(privacy(r)))
    .collect();
    let year = match chosen_year(pr)? {
        Some(y) => y,
        None => default_year(&rows, today),
    };
    let mut items: Vec<Item> = rows
        .into_iter()
        .filter(|r| r.academic_year == year)
        .map(|mut r| {
            audience.redact_event(privacy(&r), &mut r.record.doc);
            item_of(&r, &roles, lang)
        })
        .collect();
    items.sort_by_key(|i| (i.planned.is_none(), i.planned.map(|p| p.0), i.id));
    Ok(Year {
        org,
        year,
        items,
        today,
        lang,
    })
}

fn default_year(rows: &[FeedEventRow], today: NaiveDate) -> AcademicYear {
    let current = AcademicYear::containing(today);
    if rows.iter().any(|r| r.academic_year == current) {
        return current;
    }
    rows.iter()
        .map(|r| r.academic_year)
        .filter(|y| *y < current)
        .max()
        .unwrap_or(current)
}

fn privacy(r: &FeedEventRow) -> OrgPrivacy {
    OrgPrivacy {
        public_feeds: r.owner_public_feeds,
        public_names: r.owner_public_names,
    }
}

/// A first and a last day.
type Span = (NaiveDate, NaiveDate);

fn span(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Option<Span> {
    let start = start?;
    Some((start, end.unwrap_or(start).max(start)))
}

/// The plan's span (its month in the report) and the span it has now (a pin or a move
/// changes it): a calendar event's first day, else its timing, else its pin.
fn spans(d: &EventDoc) -> (Option<Span>, Option<Span>) {
    let pin = d
        .pinned
        .as_ref()
        .and_then(|p| span(Some(p.date), p.end_date));
    let when = d.when.as_ref().and_then(|w| span(w.start(), w.end()));
    let calendar = d
        .calendar
        .as_ref()
        .and_then(|c| span(Some(c.start.date()), d.when.as_ref().and_then(|w| w.end())));
    let planned = calendar.or(when).or(pin);
    (planned, pin.or(calendar).or(when))
}

/// An event as the report sees it, its roles said in the report's language.
pub(super) fn item_of(row: &FeedEventRow, roles: &[Role], lang: Lang) -> Item {
    let d = &row.record.doc;
    let (planned, shown) = spans(d);
    Item {
        id: d.id.unwrap_or_default(),
        number: d.number.clone(),
        title: d.title.clone(),
        timing: d.timing.clone(),
        planned,
        shown,
        owner: row.owner_name.clone(),
        roles: d.roles.iter().map(|r| role_label(roles, r, lang)).collect(),
        responsible: d.responsible.clone(),
        status: d.status,
        outcome: row.record.outcome.clone(),
    }
}

/// The figure a link asked for (`mark`, `month`, `owner`, `role`); unknown values are
/// ignored rather than refused, as the page's other filters are.
fn selection(pr: &PageRequest) -> Selection {
    Selection {
        mark: pr.get("mark").and_then(Mark::parse),
        month: pr.get("month").and_then(MonthKey::parse),
        owner: pr.get("owner").map(str::to_string),
        role: pr.get("role").map(str::to_string),
    }
}

async fn page(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    req: HttpRequest,
    viewer: Viewer,
) -> Result<HttpResponse, ApiError> {
    let pr = PageRequest::new(&req);
    let y = load(&state, &slug, viewer, &pr).await?;
    let w = words(y.lang);
    let report = Report::count(&y.items, y.year, y.today, w.no_role);
    let sel = selection(&pr);
    let mut listed: Vec<&Item> = y
        .items
        .iter()
        .filter(|i| sel.selects(i, y.today, w.no_role))
        .collect();
    let listed_total = listed.len();
    listed.truncate(LIST_SHOWN);
    let view = ReportView {
        org_slug: y.org.slug.as_str(),
        org_name: &y.org.name,
        year: y.year,
        report: &report,
        listed,
        listed_total,
        selection: &sel,
        chart_svg: chart_svg(&report.months, w),
        today: y.today,
    };
    let title = format!("{} — {}", w.report, y.org.name);
    let chrome = pr.chrome(y.lang, &title);
    Ok(pr.html(report_page(&chrome, &view)))
}

/// Which document a download is.
#[derive(Clone, Copy)]
enum Doc {
    Report,
    Plan,
}

#[derive(Clone, Copy)]
enum Format {
    Xlsx,
    Docx,
}

async fn report_xlsx(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    req: HttpRequest,
    viewer: Viewer,
) -> Result<HttpResponse, ApiError> {
    download(&state, &slug, &req, viewer, (Doc::Report, Format::Xlsx)).await
}

async fn report_docx(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    req: HttpRequest,
    viewer: Viewer,
) -> Result<HttpResponse, ApiError> {
    download(&state, &slug, &req, viewer, (Doc::Report, Format::Docx)).await
}

async fn plan_docx(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    req: HttpRequest,
    viewer: Viewer,
) -> Result<HttpResponse, ApiError> {
    download(&state, &slug, &req, viewer, (Doc::Plan, Format::Docx)).await
}

async fn plan_xlsx(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    req: HttpRequest,
    viewer: Viewer,
) -> Result<HttpResponse, ApiError> {
    download(&state, &slug, &req, viewer, (Doc::Plan, Format::Xlsx)).await
}

/// The table a document holds: the report's, or the merged plan's with timing words the
/// importer reads back to the same dates.
fn table_of(y: &Year, doc: Doc) -> Table {
    let w = words(y.lang);
    let heading = Heading {
        org: y.org.name.clone(),
        year: y.year,
    };
    match doc {
        Doc::Report => export::report_table(&y.items, w, &heading),
        Doc::Plan => {
            let ctx = Context::new(y.year).with_lang(Some(y.org.locale));
            let reads_as = |text: &str| {
                let t = normalise(text, &ctx);
                span(t.start(), t.end())
            };
            export::plan_table(&y.items, w, &heading, &reads_as)
        }
    }
}

async fn download(
    state: &AppState,
    slug: &str,
    req: &HttpRequest,
    viewer: Viewer,
    (doc, format): (Doc, Format),
) -> Result<HttpResponse, ApiError> {
    let pr = PageRequest::new(req);
    let y = load(state, slug, viewer, &pr).await?;
    let table = table_of(&y, doc);
    // Writing a large workbook is CPU work: on the blocking pool, off the async workers.
    let bytes = web::block(move || match format {
        Format::Xlsx => export::xlsx(&table),
        Format::Docx => export::docx(&table),
    })
    .await
    .map_err(|_| ApiError::internal())?
    .map_err(|e| {
        tracing::error!(error = %e, "export failed");
        ApiError::internal()
    })?;
    let (name, ext, mime) = match (doc, format) {
        (Doc::Report, Format::Xlsx) => ("report", "xlsx", XLSX),
        (Doc::Report, Format::Docx) => ("report", "docx", DOCX),
        (Doc::Plan, Format::Xlsx) => ("plan", "xlsx", XLSX),
        (Doc::Plan, Format::Docx) => ("plan", "docx", DOCX),
    };
    Ok(HttpResponse::Ok()
        .content_type(mime)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{name}-{}-{}.{ext}\"",
                y.org.slug, y.year
            ),
        ))
        .body(bytes))
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
