//! Server-rendered pages for people: `/` (organizations and their feeds), `/orgs/{slug}`
//! (the merged agenda a director reads, partners in colour, fuzzy dates marked) and
//! `/events/{id}`. Russian by default; `?lang=vi|en` switches.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::AppState;
use super::error::ApiError;
use crate::feeds::subscribe_links_for_org;
use crate::plan::Lang;
use crate::store::{FeedFilter, FeedScope};

/// Page words per language.
struct PageWords {
    subscribe: &'static str,
    agenda: &'static str,
    planned_as: &'static str,
    no_events: &'static str,
    undated: &'static str,
}

const PAGE_WORDS: &[(Lang, PageWords)] = &[
    (
        Lang::Ru,
        PageWords {
            subscribe: "Подписаться",
            agenda: "Общий план с партнёрами",
            planned_as: "по плану",
            no_events: "Мероприятий пока нет.",
            undated: "без даты",
        },
    ),
    (
        Lang::Vi,
        PageWords {
            subscribe: "Đăng ký lịch",
            agenda: "Kế hoạch chung với đối tác",
            planned_as: "theo kế hoạch",
            no_events: "Chưa có hoạt động.",
            undated: "chưa có ngày",
        },
    ),
    (
        Lang::En,
        PageWords {
            subscribe: "Subscribe",
            agenda: "Merged plan with partners",
            planned_as: "planned as",
            no_events: "No events yet.",
            undated: "no date",
        },
    ),
];

fn words(lang: Lang) -> &'static PageWords {
    PAGE_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, w)| w)
        .unwrap_or(&PAGE_WORDS[0].1)
}

#[derive(Deserialize)]
pub struct LangQuery {
    pub lang: Option<Lang>,
}

/// HTML-escapes text for element content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn page(lang: Lang, title: &str, body: &str) -> HttpResponse {
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{}</title><style>{}</style></head>\
         <body><nav><a href=\"/\">plancal</a> · <a href=\"?lang=ru\">ru</a> <a href=\"?lang=vi\">vi</a> \
         <a href=\"?lang=en\">en</a></nav><main>{}</main></body></html>",
        lang.code(),
        esc(title),
        STYLE,
        body
    ))
}

const STYLE: &str = "body{font:16px/1.4 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}\
    li{margin:.3rem 0}.fuzzy{font-style:italic;opacity:.8}.cancelled{text-decoration:line-through}\
    .dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em}\
    .links a{margin-right:.6em;font-size:.9em}";

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/orgs/{slug}", web::get().to(org_page))
        .route("/events/{id}", web::get().to(event_page));
}

async fn org_page(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    q: web::Query<LangQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let org = super::api::visible_org(
        &mut r.conn(),
        &slug,
        super::auth::Viewer(crate::plan::privacy::Audience::Public),
    )
    .await?;
    let lang = q.lang.unwrap_or(org.locale);
    let w = words(lang);
    let rows = r
        .conn()
        .feed_events(
            &FeedScope::Merged(org.id),
            &FeedFilter::default(),
            state.settings.feeds.cancelled_days,
        )
        .await?;
    let with_events = r.conn().roles_with_events(org.id).await?;
    let roles: Vec<_> = r
        .conn()
        .list_roles()
        .await?
        .into_iter()
        .filter(|role| with_events.contains(&role.slug))
        .collect();
    let mut body = format!("<h1>{}</h1><h2>{}</h2>", esc(&org.name), w.agenda);
    if rows.is_empty() {
        body.push_str(&format!("<p>{}</p>", w.no_events));
    }
    body.push_str("<ul>");
    let audience = crate::plan::privacy::Audience::Public;
    for row in rows.iter().filter(|r| {
        audience.sees_org(crate::plan::privacy::OrgPrivacy {
            public_feeds: r.owner_public_feeds,
            public_names: r.owner_public_names,
        })
    }) {
        let e = &row.record.doc;
        let exact = e.pinned.is_some() || e.when.as_ref().is_some_and(|t| t.is_exact_day());
        let dates = match (&e.pinned, &e.when) {
            (Some(p), _) => p.date.to_string(),
            (None, Some(t)) => match (t.start, t.end) {
                (Some(s), Some(en)) if s == en => s.to_string(),
                (Some(s), Some(en)) => format!("{s} – {en}"),
                _ => w.undated.to_string(),
            },
            (None, None) => w.undated.to_string(),
        };
        let class = if e.status == crate::plan::EventStatus::Cancelled || row.deleted {
            "cancelled"
        } else if exact {
            ""
        } else {
            "fuzzy"
        };
        body.push_str(&format!(
            "<li class=\"{class}\"><span class=\"dot\" style=\"background:{color}\" title=\"{owner}\"></span>\
             <b>{dates}</b> <a href=\"/events/{id}\">{title}</a> <small>({planned} «{timing}», {owner})</small></li>",
            color = esc(row
                .owner_color
                .as_deref()
                .filter(|c| crate::store::is_css_color(c))
                .unwrap_or("gray")),
            owner = esc(&row.owner_name),
            id = e.id.unwrap_or_default(),
            title = esc(&e.title),
            planned = w.planned_as,
            timing = esc(&e.timing),
        ));
    }
    body.push_str(&format!(
        "</ul><h2>{}</h2><ul class=\"links\">",
        w.subscribe
    ));
    for link in subscribe_links_for_org(
        &state.settings.public_url,
        &org,
        &roles,
        Some("class-teacher"),
    ) {
        body.push_str(&format!(
            "<li>{} <a href=\"{}\">URL</a> <a href=\"{}\">webcal</a> <a href=\"{}\">Google</a> <a href=\"{}\">Outlook.com</a> <a href=\"{}\">Microsoft 365</a></li>",
            esc(&link.name),
            esc(&link.url),
            esc(&link.webcal),
            esc(&link.google),
            esc(&link.outlook),
            esc(&link.outlook365)
        ));
    }
    body.push_str("</ul>");
    Ok(page(lang, &org.name, &body))
}

async fn event_page(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    q: web::Query<LangQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let record = r.conn().require_event(*id).await?;
    if !crate::plan::privacy::Audience::Public.sees_org(record.owner) {
        return Err(ApiError::not_found(format!("event {id} does not exist")));
    }
    let org = r.conn().require_org(&record.org).await?;
    let lang = q.lang.unwrap_or(org.locale);
    let e = &record.doc;
    let body = format!(
        "<h1>{}</h1><p>{} «{}»</p><p>{}</p><p>{}</p><p><a href=\"/orgs/{}\">{}</a></p>",
        esc(&e.title),
        words(lang).planned_as,
        esc(&e.timing),
        esc(&e.location),
        esc(&e.result),
        esc(org.slug.as_str()),
        esc(&org.name)
    );
    Ok(page(lang, &e.title, &body))
}
