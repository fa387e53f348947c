//! `GET /events/{id}` (the page) and `GET /events/{id}.ics` (that one event as a calendar
//! file to add, written by the same `ics` writer the feeds use).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use super::labels::{feed_links, role_label};
use crate::feeds::{FeedCounts, subscribe_links_for_org};
use crate::http::AppState;
use crate::http::auth::Viewer;
use crate::http::error::ApiError;
use crate::http::page_request::PageRequest;
use crate::ics::{self, CalendarMeta, FeedEvent, RenderOptions, Series};
use crate::plan::{Lang, Organization, SectionDoc, org_match_key};
use crate::store::{EventRecord, Role};
use crate::web::calendar::{Placement, owner_colors, place};
use crate::web::event::{EventView, FeedRef, event_page};

/// The event as this viewer may see it, with its owner, plan title and section.
struct Loaded {
    record: EventRecord,
    owner: Organization,
    plan_title: String,
    section_title: Option<String>,
    roles: Vec<Role>,
    related: Vec<Organization>,
}

async fn load(state: &AppState, id: i64, viewer: Viewer) -> Result<Loaded, ApiError> {
    let missing = || ApiError::not_found(format!("event {id} does not exist"));
    let mut r = state.store.reader().await?;
    let mut conn = r.conn();
    let mut record = conn.event(id).await?.ok_or_else(missing)?;
    let audience = viewer.audience();
    if !audience.sees_org(record.owner) {
        return Err(missing());
    }
    audience.redact_event(record.owner, &mut record.doc);
    let owner = conn.require_org(&record.org).await?;
    let (plan_title, sections) = conn.plan_heading(record.plan_id).await?.unwrap_or_default();
    let section_title = record.doc.section.as_ref().and_then(|key| {
        let mut flat = Vec::new();
        SectionDoc::flatten(&sections, None, &mut flat);
        flat.into_iter()
            .find(|(s, _)| &s.key == key)
            .map(|(s, _)| format!("{} {}", s.key, s.title))
    });
    let roles = conn.list_roles().await?;
    let related = conn.related_orgs(owner.id, viewer.trusted()).await?;
    Ok(Loaded {
        record,
        owner,
        plan_title,
        section_title,
        roles,
        related,
    })
}

/// The event's id from "12" or "12.ics".
fn event_id(text: &str) -> Result<i64, ApiError> {
    text.strip_suffix(".ics")
        .unwrap_or(text)
        .parse()
        .map_err(|_| ApiError::not_found(format!("event {text:?} does not exist")))
}

pub(super) async fn event_or_ics(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    viewer: Viewer,
    session: Option<crate::http::admin::AdminSession>,
) -> Result<HttpResponse, ApiError> {
    let data = load(&state, event_id(&id)?, viewer).await?;
    if id.ends_with(".ics") {
        return Ok(ics_file(&state, &data));
    }
    let pr = PageRequest::new(&req);
    let lang = pr.lang(Some(data.owner.locale));
    let doc = &data.record.doc;
    let color = owner_colors(&[data.owner.color.as_deref()])[0];
    // A repeating row is said by the days its feed draws ("по четвергам": exact Thursdays).
    let series = match (&doc.pinned, &doc.calendar, &doc.when) {
        (None, None, Some(w)) => Series::of(w, data.owner.locale),
        _ => None,
    };
    let outcome = super::outcome::event_outcome(
        &state,
        &data.record,
        session.as_ref(),
        (lang, data.owner.timezone.name()),
    )
    .await?;
    let view = EventView {
        doc,
        placements: placements(doc, series.as_ref()),
        series_exact: series.as_ref().is_some_and(|s| s.exact),
        owner_slug: data.owner.slug.as_str(),
        owner_name: &data.owner.name,
        owner_color: color,
        plan_title: &data.plan_title,
        section_title: data.section_title.as_deref(),
        roles: doc
            .roles
            .iter()
            .map(|r| role_label(&data.roles, r, lang))
            .collect(),
        tz_name: data.owner.timezone.name(),
        feeds: feeds_of(&state, &data, lang),
        outcome,
        edit: session
            .as_ref()
            .map(|s| crate::web::event_edit::edit_section(lang, doc, &s.csrf))
            .unwrap_or_default(),
    };
    let chrome = pr.chrome(lang, &doc.title);
    Ok(pr.html(event_page(&chrome, &view)))
}

/// Where the page says the event is: a series from its first to its last day, else where
/// the calendar page places it.
fn placements(doc: &crate::plan::EventDoc, series: Option<&Series>) -> Vec<Placement> {
    match series {
        Some(s) => vec![Placement::Span {
            start: s.dtstart,
            end: s.last,
            recurring: true,
        }],
        None => place(doc.pinned.as_ref(), doc.when.as_ref()),
    }
}

/// The feeds that hold the event: its owner's own and merged feeds and role feeds of its
/// roles, and the merged and partner feeds of the partners it names. None of a private
/// organization (they are reached only through tokens).
fn feeds_of(state: &AppState, data: &Loaded, lang: Lang) -> Vec<FeedRef> {
    if !data.owner.public_feeds {
        return Vec::new();
    }
    let doc = &data.record.doc;
    let roles: Vec<Role> = data
        .roles
        .iter()
        .filter(|r| doc.roles.contains(&r.slug))
        .cloned()
        .collect();
    let public_url = &state.settings.public_url;
    // Feed names in the page's language.
    let in_lang = |o: &Organization| Organization {
        locale: lang,
        ..o.clone()
    };
    let mut out: Vec<FeedRef> = subscribe_links_for_org(
        public_url,
        &in_lang(&data.owner),
        &roles,
        None,
        FeedCounts::ANY,
    )
    .into_iter()
    // The owner's partner feed does not hold its own events.
    .filter(|l| l.kind != "partner")
    .map(feed_links)
    .map(|l| FeedRef {
        name: l.name,
        url: l.url,
    })
    .collect();
    let keys: Vec<String> = doc.partners.iter().map(|p| org_match_key(p)).collect();
    for partner in data
        .related
        .iter()
        .filter(|o| o.public_feeds && keys.contains(&org_match_key(&o.name)))
    {
        // The event names the partner: it is in the partner's merged and partner feeds.
        for l in subscribe_links_for_org(public_url, &in_lang(partner), &[], None, FeedCounts::ANY)
            .into_iter()
            .filter(|l| l.kind != "own")
        {
            out.push(FeedRef {
                name: l.name,
                url: l.url,
            });
        }
    }
    out
}

/// One event as an iCalendar file, drawn as the owner's feed draws it.
fn ics_file(state: &AppState, data: &Loaded) -> HttpResponse {
    let doc = data.record.doc.clone();
    let id = doc.id.unwrap_or_default();
    let lang: Lang = data.owner.locale;
    let public_url = state.settings.public_url.trim_end_matches('/');
    let roles = doc
        .roles
        .iter()
        .map(|r| role_label(&data.roles, r, lang))
        .collect();
    let event = FeedEvent {
        uid: doc.uid.clone().unwrap_or_default(),
        sequence: doc.sequence.unwrap_or(0),
        created: doc.created_at.unwrap_or_default(),
        last_modified: doc.updated_at.unwrap_or_default(),
        title: doc.title.clone(),
        timing_text: doc.timing.clone(),
        when: doc.when.clone(),
        pinned: doc.pinned.clone(),
        status: doc.status,
        tz: data.owner.timezone.0,
        location: doc.location.clone(),
        plan_title: data.plan_title.clone(),
        section_title: data.section_title.clone(),
        responsible: doc.responsible.clone(),
        role_labels: roles,
        people: doc.people.iter().map(|p| p.name.clone()).collect(),
        result: doc.result.clone(),
        notes: doc.notes.clone(),
        agenda: doc.agenda.clone(),
        categories: data
            .section_title
            .iter()
            .cloned()
            .chain(doc.partners.iter().cloned())
            .collect(),
        url: Some(format!("{public_url}/events/{id}")),
        color: data.owner.color.clone(),
        owner: data.owner.name.clone(),
        locale: Some(lang),
        academic_year: None,
        ..FeedEvent::default()
    };
    let meta = CalendarMeta {
        name: doc.title.clone(),
        description: data.plan_title.clone(),
        lang,
        default_tz: data.owner.timezone.0,
        refresh_minutes: state.settings.feeds.refresh_minutes,
        url: Some(format!("{public_url}/events/{id}.ics")),
        dtstamp: doc.updated_at.unwrap_or_default(),
        feed_key: format!("events/{id}.ics"),
        color: data.owner.color.clone(),
    };
    // One event added by hand: its span drawn whole, however long, rather than as a marker.
    let fuzzy = state.settings.feeds.fuzzy;
    let rendered = ics::render(
        &meta,
        &[event],
        &RenderOptions {
            fuzzy,
            ..RenderOptions::default()
        },
    );
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"event-{id}.ics\""),
        ))
        .body(rendered.text)
}
