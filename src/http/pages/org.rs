//! `GET /orgs/{slug}`: reads the merged events, the roles and the related organizations,
//! applies `plan::privacy`, the filters and the legend from the URL, and hands plain
//! values to `web::org`.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{NaiveDate, Utc};

use crate::feeds::calendar::{self, CalendarQuery};
use crate::feeds::followed::followed_by_partner;
use crate::feeds::{FeedCounts, subscribe_links_for_org};
use crate::http::AppState;
use crate::http::api::{privacy_of, visible_org};
use crate::http::auth::Viewer;
use crate::http::error::ApiError;
use crate::http::page_request::PageRequest;
use crate::ics::{FeedEvent, Series};
use crate::plan::privacy::{Audience, OrgPrivacy};
use crate::plan::{EventStatus, Lang, Organization};
use crate::sources::error_kind::FetchErrorKind;
use crate::sources::policy::SourceUrl;
use crate::store::{Conn, FeedEventRow, FeedFilter, FeedScope, Role, Source};
use crate::web::calendar::{Repeats, opening_month, owner_colors, place};
use crate::web::followed::{FollowedCalendar, FollowedError};
use crate::web::org::{Choice, Entry, Filters, OrgPage, Owner, View, org_page, parse_month};
use crate::web::subscribe::FeedLinks;

use super::labels::{feed_links, role_label};
use super::org_grades;
use crate::plan::audience::Wanted;

/// What the page is made from, read in one go.
struct Loaded {
    org: Organization,
    /// The calendar (narrowed by a grade or class only): the legend and the choices.
    rows: Vec<FeedEventRow>,
    /// What the page's filters select from it (the calendar query's rule, as the feeds').
    shown: Vec<FeedEventRow>,
    roles: Vec<Role>,
    roles_with_events: Vec<String>,
    /// How many events its own and partner feeds hold (the feeds the panel offers).
    feed_counts: FeedCounts,
    related: Vec<Organization>,
    /// Owners of merged events that `related` does not hold (named through a person).
    others: Vec<Organization>,
    /// The partners' calendars it follows (their partners are in `related` when the
    /// reader may see them).
    sources: Vec<Source>,
    /// Their last good copies' events, as the reader may see them, by partner id.
    followed: Vec<(i64, FeedEvent)>,
    /// The page's `grade=` / `class=`, and the grades its calendar's events name.
    wanted: Option<Wanted>,
    grades: Vec<u8>,
}

async fn load(
    state: &AppState,
    slug: &str,
    viewer: Viewer,
    (wanted, filters): (Option<Wanted>, &Filters),
) -> Result<Loaded, ApiError> {
    // Read before a connection is held: it may need one of its own.
    let version = state.data_version().await?.version;
    let mut r = state.store.reader().await?;
    let mut conn = r.conn();
    let org = visible_org(&mut conn, slug, viewer).await?;
    let audience = viewer.audience();
    // A grade or class narrows the rows as it narrows the feeds: one rule.
    let query = CalendarQuery::of_scope(
        FeedScope::Merged(org.id),
        FeedFilter {
            wanted: wanted.clone(),
            ..FeedFilter::default()
        },
    );
    let days = state.settings.feeds.cancelled_days;
    let held = Some(&state.calendars);
    let seen = |r: &FeedEventRow| !r.deleted && audience.sees_org(privacy(r));
    let rows: Vec<FeedEventRow> = calendar::select(&mut conn, held, version, &query, days)
        .await?
        .into_iter()
        .filter(seen)
        .collect();
    let roles = conn.list_roles().await?;
    let roles_with_events = conn.roles_with_events(org.id).await?;
    let (own, partner) = conn.org_feed_counts(org.id, viewer.trusted()).await?;
    let feed_counts = FeedCounts {
        own: usize::try_from(own).unwrap_or(0),
        partner: usize::try_from(partner).unwrap_or(0),
    };
    let grades = conn.grades_with_events(org.id).await?;
    let mut related = conn.related_orgs(org.id, viewer.trusted()).await?;
    let sources = conn.list_sources(org.id).await?;
    add_source_partners(&mut conn, &org, &sources, audience, &mut related).await?;
    let followed = followed_by_partner(
        conn.followed_source_events(org.id).await?,
        &FeedFilter::default(),
        audience,
    );
    let narrowed = narrowed(query, filters, &related);
    let shown: Vec<FeedEventRow> = match narrowed {
        Some(q) => calendar::select(&mut conn, held, version, &q, days)
            .await?
            .into_iter()
            .filter(seen)
            .collect(),
        None => Vec::new(),
    };
    let mut others: Vec<Organization> = Vec::new();
    for row in &rows {
        let known =
            row.owner_id == org.id || related.iter().chain(&others).any(|o| o.id == row.owner_id);
        if !known && let Some(o) = conn.org_by_id(row.owner_id).await? {
            others.push(o);
        }
    }
    Ok(Loaded {
        org,
        rows,
        shown,
        roles,
        roles_with_events,
        feed_counts,
        related,
        others,
        sources,
        followed,
        wanted,
        grades,
    })
}

/// The partners whose calendars the organization follows are organizations it works with
/// too (in its list of partners, the partner filter and the legend), where the reader may
/// see them.
async fn add_source_partners(
    conn: &mut Conn<'_>,
    org: &Organization,
    sources: &[Source],
    audience: Audience,
    related: &mut Vec<Organization>,
) -> Result<(), ApiError> {
    for s in sources {
        let known =
            s.partner == org.slug.as_str() || related.iter().any(|o| o.slug.as_str() == s.partner);
        if known {
            continue;
        }
        if let Some(partner) = conn.org_by_slug(&s.partner).await?
            && audience.sees_org(privacy_of(&partner))
        {
            related.push(partner);
        }
    }
    related.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(())
}

/// The page's question: the calendar narrowed by the filters from the URL (a partner among
/// those the reader may see; a chosen partner the reader may not see narrows nothing, as
/// before). None when a filter can match no event (a status that is no status).
fn narrowed(
    mut query: CalendarQuery,
    f: &Filters,
    related: &[Organization],
) -> Option<CalendarQuery> {
    query.filter.status = match f.status.as_deref() {
        Some(text) => Some(EventStatus::parse(text)?),
        None => None,
    };
    query.filter.section = f.section.clone();
    query.role = f.role.clone();
    query.involving = f
        .partner
        .as_ref()
        .and_then(|slug| related.iter().find(|o| o.slug.as_str() == slug))
        .map(|o| o.id);
    Some(query)
}

/// The filters the URL asks for.
fn filters(pr: &PageRequest) -> Filters {
    Filters {
        partner: pr.get("partner").map(str::to_string),
        role: pr.get("role").map(str::to_string),
        section: pr.get("section").map(str::to_string),
        status: pr.get("status").map(str::to_string),
        grade: pr.get("grade").map(str::to_string),
        class: pr.get("class").map(str::to_string),
    }
}

fn privacy(r: &FeedEventRow) -> OrgPrivacy {
    OrgPrivacy {
        public_feeds: r.owner_public_feeds,
        public_names: r.owner_public_names,
    }
}

/// Page renders at once, beside the async workers: each expands every series of the month
/// and writes the page, so more than the cores gains nothing and only takes memory.
fn render_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, usize::from))
    })
}

pub(super) async fn org_page_handler(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    req: HttpRequest,
    viewer: Viewer,
    session: Option<crate::http::admin::AdminSession>,
) -> Result<HttpResponse, ApiError> {
    let pr = PageRequest::new(&req);
    let wanted = org_grades::wanted(&pr)?;
    let data = load(&state, &slug, viewer, (wanted, &filters(&pr))).await?;
    let _slot = render_slots()
        .acquire()
        .await
        .map_err(|_| ApiError::internal())?;
    // Placing the events and expanding their series is CPU work that grows with what the
    // organization holds: on the blocking pool, so /healthz and cached feeds answer while
    // it runs.
    let state = state.into_inner();
    let lang = pr.lang(Some(data.org.locale));
    let outcomes = super::outcome::waiting_list(&data.org, &data.rows, session.as_ref(), lang);
    let (pr, page) = web::block(move || {
        let page = render(&state, &data, &pr, (viewer, outcomes));
        (pr, page)
    })
    .await
    .map_err(|_| ApiError::internal())?;
    Ok(pr.html(page))
}

/// The first and last day of the academic years the shown plans are for.
fn plan_years(rows: &[FeedEventRow]) -> Option<(NaiveDate, NaiveDate)> {
    let first = rows.iter().map(|r| r.academic_year.start()).min()?;
    let last = rows.iter().map(|r| r.academic_year.end()).max()?;
    Some((first, last))
}

fn render(
    state: &AppState,
    data: &Loaded,
    pr: &PageRequest,
    (viewer, outcomes): (Viewer, maud::Markup),
) -> maud::Markup {
    let lang = pr.lang(Some(data.org.locale));
    let today = data.org.today(Utc::now());
    let filters = filters(pr);
    let owners = owners(data, pr);
    let entries = entries(data, &owners, &filters, lang, viewer.audience());
    let followed = followed_calendars(data, &owners);
    let all_placements: Vec<_> = entries.iter().flat_map(|e| e.placements.clone()).collect();
    let month = pr
        .get("month")
        .and_then(parse_month)
        .unwrap_or_else(|| opening_month(today, &all_placements, plan_years(&data.rows)));
    let view = match pr.get("view") {
        Some("agenda") => View::Agenda,
        _ => View::Month,
    };
    let (feed, more_feeds, mut role_feeds) = feeds(state, data, filters.role.as_deref(), lang);
    let feed = org_grades::narrowed(feed, data.wanted.as_ref(), lang);
    if org_grades::class_teachers_have_events(&data.roles_with_events) {
        role_feeds.extend(org_grades::grade_feeds(
            &state.settings.public_url,
            &data.org,
            &org_grades::class_teacher_label(&data.roles, lang),
            &data.grades,
            lang,
        ));
    }
    let page = OrgPage {
        org: &data.org,
        related: data
            .related
            .iter()
            .map(|o| (o.slug.to_string(), o.name.clone()))
            .collect(),
        partner_choices: data
            .related
            .iter()
            .map(|o| Choice {
                value: o.slug.to_string(),
                label: o.name.clone(),
            })
            .collect(),
        role_choices: role_choices(data, lang),
        section_choices: section_choices(&data.rows),
        grade_choices: org_grades::grade_choices(&data.grades, lang),
        owners,
        entries,
        view,
        month,
        today,
        filters,
        feed,
        more_feeds,
        role_feeds,
        admin: viewer.logged_in(),
        outcomes,
        followed,
    };
    let chrome = pr.chrome(lang, &data.org.name);
    org_page(&chrome, &page)
}

/// The organization first, then every other owner in order of appearance (the followed
/// calendars' partners after the plans' owners), each with its colour and whether the URL
/// hides it (`hide=` from the script, or the legend form's ticks).
fn owners(data: &Loaded, pr: &PageRequest) -> Vec<Owner> {
    let mut list: Vec<&Organization> = vec![&data.org];
    let plan_owners = data.rows.iter().map(|row| row.owner_id);
    let source_partners = data.sources.iter().filter_map(|s| {
        data.related
            .iter()
            .find(|o| o.slug.as_str() == s.partner)
            .map(|o| o.id)
    });
    for id in plan_owners.chain(source_partners) {
        if list.iter().any(|o| o.id == id) {
            continue;
        }
        if let Some(o) = data.related.iter().chain(&data.others).find(|o| o.id == id) {
            list.push(o);
        }
    }
    let wanted: Vec<Option<&str>> = list.iter().map(|o| o.color.as_deref()).collect();
    let colors = owner_colors(&wanted);
    let from_form = pr.get("owners") == Some("1");
    let ticked = pr.all("owner");
    let hidden = pr.all("hide");
    list.iter()
        .zip(colors)
        .map(|(o, color)| Owner {
            slug: o.slug.to_string(),
            name: o
                .short_name
                .clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| o.name.clone()),
            color,
            own: o.id == data.org.id,
            hidden: if from_form {
                !ticked.contains(&o.slug.as_str())
            } else {
                hidden.contains(&o.slug.as_str())
            },
        })
        .collect()
}

/// The rows that pass the filters, as the calendar shows them: names only where
/// `plan::privacy` allows.
fn entries(
    data: &Loaded,
    owners: &[Owner],
    f: &Filters,
    lang: Lang,
    audience: Audience,
) -> Vec<Entry> {
    let partner = f
        .partner
        .as_ref()
        .and_then(|slug| data.related.iter().find(|o| o.slug.as_str() == slug));
    let owner_index: HashMap<i64, usize> = owner_ids(data, owners);
    let mut list: Vec<Entry> = data
        .shown
        .iter()
        .map(|row| {
            let mut doc = row.record.doc.clone();
            audience.redact_event(privacy(row), &mut doc);
            Entry {
                id: Some(doc.id.unwrap_or_default()),
                owner: owner_index.get(&row.owner_id).copied().unwrap_or(0),
                placements: place(doc.pinned.as_ref(), doc.when.as_ref()),
                repeats: Repeats::of(doc.pinned.as_ref(), doc.calendar.as_ref(), || {
                    Series::of(doc.when.as_ref()?, row.owner_locale)
                }),
                time: doc
                    .pinned
                    .as_ref()
                    .and_then(|p| p.time)
                    .or(doc.when.as_ref().and_then(|w| w.time)),
                roles: doc
                    .roles
                    .iter()
                    .map(|r| role_label(&data.roles, r, lang))
                    .collect(),
                people: doc.people.iter().map(|p| p.name.clone()).collect(),
                partners: doc.partners.clone(),
                place: doc.location.clone(),
                status: doc.status,
                timing: doc.timing,
                title: doc.title,
            }
        })
        .collect();
    list.extend(followed_entries(data, &owner_index, f, partner));
    list
}

/// The followed calendars' events that pass the filters, drawn as their partner's. They are
/// in no section and name no role, so those filters leave them out (as the feeds do).
fn followed_entries(
    data: &Loaded,
    owner_index: &HashMap<i64, usize>,
    f: &Filters,
    partner: Option<&Organization>,
) -> Vec<Entry> {
    if f.role.is_some() || f.section.is_some() {
        return Vec::new();
    }
    data.followed
        .iter()
        .filter(|(partner_id, e)| {
            partner.is_none_or(|p| p.id == *partner_id)
                && f.status.as_ref().is_none_or(|s| e.status.as_str() == s)
        })
        .map(|(partner_id, e)| Entry {
            id: None,
            owner: owner_index.get(partner_id).copied().unwrap_or(0),
            title: e.title.clone(),
            timing: e.timing_text.clone(),
            placements: place(None, e.when.as_ref()),
            repeats: Repeats::of(None, e.calendar.as_ref(), || None),
            time: e.when.as_ref().and_then(|w| w.time),
            status: e.status,
            roles: Vec::new(),
            people: Vec::new(),
            partners: Vec::new(),
            place: e.location.clone(),
        })
        .collect()
}

/// The followed calendars as the page's block shows them: partners the reader may see, in
/// their legend colour, times in the organization's zone.
fn followed_calendars(data: &Loaded, owners: &[Owner]) -> Vec<FollowedCalendar> {
    let tz = data.org.timezone.0;
    let local = |t: chrono::DateTime<Utc>| t.with_timezone(&tz).naive_local();
    data.sources
        .iter()
        .filter_map(|s| {
            let owner = owners.iter().find(|o| o.slug == s.partner)?;
            Some(FollowedCalendar {
                partner: owner.name.clone(),
                color: owner.color,
                host: SourceUrl::parse(&s.url)
                    .map(|u| u.host().to_string())
                    .unwrap_or_default(),
                last_success: s.last_success_at.map(local),
                error: current_error(s, local),
                event_count: s.event_count,
            })
        })
        .collect()
}

/// A source's last error while no good fetch came after it, its time in the page's zone.
fn current_error(
    s: &Source,
    local: impl Fn(chrono::DateTime<Utc>) -> chrono::NaiveDateTime,
) -> Option<FollowedError> {
    let at = s.last_error_at.filter(|_| s.error_is_current())?;
    Some(FollowedError {
        at: local(at),
        kind: s
            .last_error_kind
            .as_deref()
            .and_then(FetchErrorKind::from_code),
        text: s.last_error.clone().unwrap_or_default(),
    })
}

/// Owner id → index into `owners` (which lists them by slug, in the same order).
fn owner_ids(data: &Loaded, owners: &[Owner]) -> HashMap<i64, usize> {
    std::iter::once(&data.org)
        .chain(&data.related)
        .chain(&data.others)
        .filter_map(|o| {
            owners
                .iter()
                .position(|w| w.slug == o.slug.as_str())
                .map(|i| (o.id, i))
        })
        .collect()
}

fn role_choices(data: &Loaded, lang: Lang) -> Vec<Choice> {
    data.roles_with_events
        .iter()
        .map(|slug| Choice {
            value: slug.clone(),
            label: role_label(&data.roles, slug, lang),
        })
        .collect()
}

/// The sections the rows are in, by key (`section=1`, as the feeds and the API take it:
/// the section and those under it), labelled with their number and title.
fn section_choices(rows: &[FeedEventRow]) -> Vec<Choice> {
    let mut sections: Vec<(&String, &String)> = rows
        .iter()
        .filter_map(|r| Some((r.record.doc.section.as_ref()?, r.section_title.as_ref()?)))
        .collect();
    sections.sort();
    sections.dedup();
    sections
        .into_iter()
        .map(|(key, title)| Choice {
            value: key.clone(),
            label: title.clone(),
        })
        .collect()
}

/// The feed the panel leads with (the role's when a role is chosen, else the merged one),
/// the organization's other feeds, and one per role that has events.
fn feeds(
    state: &AppState,
    data: &Loaded,
    role: Option<&str>,
    lang: Lang,
) -> (FeedLinks, Vec<FeedLinks>, Vec<FeedLinks>) {
    let roles: Vec<Role> = data
        .roles
        .iter()
        .filter(|r| data.roles_with_events.contains(&r.slug))
        .cloned()
        .collect();
    // Feed names follow the page's language (`subscribe_links_for_org` names them in the
    // organization's locale).
    let named = Organization {
        locale: lang,
        ..data.org.clone()
    };
    let counts = data.feed_counts;
    let all = subscribe_links_for_org(&state.settings.public_url, &named, &roles, None, counts);
    let (mut role_feeds, mut others): (Vec<_>, Vec<_>) =
        all.into_iter().partition(|l| l.kind == "role");
    let merged = others
        .iter()
        .position(|l| l.kind == "merged")
        .map(|i| feed_links(others.remove(i)))
        .unwrap_or_default();
    let others: Vec<FeedLinks> = others.into_iter().map(feed_links).collect();
    let chosen = role.and_then(|r| {
        let i = roles.iter().position(|x| x.slug == r)?;
        (i < role_feeds.len()).then(|| feed_links(role_feeds.remove(i)))
    });
    let role_feeds: Vec<FeedLinks> = role_feeds.into_iter().map(feed_links).collect();
    match chosen {
        Some(main) => (main, [vec![merged], others].concat(), role_feeds),
        None => (merged, others, role_feeds),
    }
}
