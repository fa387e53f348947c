//! `/api/v1/events`: plan rows one at a time; PATCH pins a fuzzy date (SEQUENCE+1, same UID).

use actix_web::{HttpResponse, web};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::feeds::index::{Bits, Cursor, EventIndex, IndexQuery, SetKey, Start};
use crate::http::AppState;
use crate::http::auth::{Admin, Viewer};
use crate::http::error::ApiError;
use crate::http::extract::{JsonBody, Page, double_option};
use crate::plan::MergeMode;
use crate::plan::audience::{BadWanted, Wanted};
use crate::plan::{EventDoc, EventEdit, EventStatus, Outcome, Pinned};
use crate::store::{Reader, StoreError};

use super::List;

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/events").get(list).post(create))
        .service(
            web::resource("/events/{id}")
                .get(get)
                .put(replace)
                .patch(patch)
                .delete(delete),
        );
}

#[derive(Deserialize)]
pub(crate) struct EventQuery {
    pub plan: Option<i64>,
    pub org: Option<String>,
    pub role: Option<String>,
    pub person: Option<i64>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub status: Option<EventStatus>,
    /// A plan section and those under it (`section=1` holds 1.2), as on the feeds.
    pub section: Option<String>,
    /// `grade=6` / `class=5А`: as on the feeds (`plan::audience`).
    pub grade: Option<String>,
    pub class: Option<String>,
    /// A keyset cursor (`next` of the page before): the events after it, beside `offset`.
    pub after: Option<String>,
}

impl EventQuery {
    /// The grade or class asked for; a bad value is a 400 naming its parameter.
    fn wanted(&self) -> Result<Option<Wanted>, ApiError> {
        let bad = |field: &str, e: BadWanted| ApiError::bad_request(e.0).at(field);
        match (&self.grade, &self.class) {
            (Some(_), Some(_)) => {
                Err(ApiError::bad_request("give grade=N or class=5А, not both").at("class"))
            }
            (Some(g), None) => Wanted::grade(g).map(Some).map_err(|e| bad("grade", e)),
            (None, Some(c)) => Wanted::class(c).map(Some).map_err(|e| bad("class", e)),
            (None, None) => Ok(None),
        }
    }

    /// Where the page starts: after the `after=` cursor, else after `offset` events.
    fn start(&self, page: &Page) -> Result<Start, ApiError> {
        let Some(text) = &self.after else {
            return Ok(Start::Offset(
                usize::try_from(page.offset).unwrap_or(usize::MAX),
            ));
        };
        if page.offset != 0 {
            return Err(ApiError::bad_request("give after= or offset=, not both").at("after"));
        }
        Cursor::parse(text).map(Start::After).ok_or_else(|| {
            ApiError::bad_request(format!(
                "after={text:?} is not a cursor: use the `next` of the page before \
                 (a date and an event id, 2025-10-12.1234, or none.1234)"
            ))
            .at("after")
        })
    }

    /// Dates outside the years clients keep name no event; say so instead of scanning.
    fn check(&self) -> Result<(), ApiError> {
        for (field, date) in [("from", self.from), ("to", self.to)] {
            let years = crate::http::extract::years();
            if let Some(d) = date
                && !years.contains(&chrono::Datelike::year(&d))
            {
                return Err(ApiError::bad_request(format!(
                    "`{field}` {d} is outside the years {} to {}",
                    years.start(),
                    years.end()
                ))
                .at(field));
            }
        }
        Ok(())
    }
}

#[utoipa::path(get, path = "/api/v1/events", tag = "events",
    params(("plan" = Option<i64>, Query), ("org" = Option<String>, Query, description = "owner or partner"),
           ("role" = Option<String>, Query), ("person" = Option<i64>, Query),
           ("from" = Option<String>, Query, description = "YYYY-MM-DD"), ("to" = Option<String>, Query),
           ("status" = Option<String>, Query), ("section" = Option<String>, Query, description = "a plan section and those under it (1 holds 1.2)"), ("grade" = Option<u8>, Query, description = "events for this grade and those naming nobody"),
           ("class" = Option<String>, Query, description = "events for this class (5А) and those naming nobody"),
           ("limit" = Option<i64>, Query), ("offset" = Option<i64>, Query),
           ("after" = Option<String>, Query, description = "cursor: the `next` of the page before (instead of offset)")),
    responses((status = 200, description = "A page of events")))]
#[tracing::instrument(skip_all, fields(org = ?q.org, plan = ?q.plan, role = ?q.role))]
pub(crate) async fn list(
    viewer: Viewer,
    state: web::Data<AppState>,
    req: actix_web::HttpRequest,
    q: crate::http::extract::Query<EventQuery>,
    page: crate::http::extract::Query<Page>,
) -> Result<HttpResponse, ApiError> {
    let q = q.into_inner();
    q.check()?;
    let wanted = q.wanted()?;
    let page = page.into_inner().checked()?;
    let start = q.start(&page)?;
    // The same page for the same audience at the same data version is the same bytes.
    let version = state.data_version().await?.version;
    let cache_key = format!("events {:?} {}", viewer.audience(), req.query_string());
    if let Some(body) = state.lists.get(&cache_key, version) {
        return Ok(json_body(body));
    }
    let index = state.event_index(version).await?;
    // A connection only when something is not in memory yet.
    let mut reader: Option<Reader> = None;
    let mut sets = Vec::new();
    if let Some(slug) = &q.org {
        let mut conn = conn_of(&state, &mut reader).await?;
        let org = super::visible_org(&mut conn, slug, viewer).await?.id;
        sets.push(set_of(&state, &index, &mut reader, SetKey::Org(org)).await?);
    }
    if let Some(role) = &q.role {
        sets.push(set_of(&state, &index, &mut reader, SetKey::Role(role.clone())).await?);
    }
    if let Some(person) = q.person {
        sets.push(set_of(&state, &index, &mut reader, SetKey::Person(person)).await?);
    }
    let query = IndexQuery {
        plan: q.plan,
        sets,
        by_person: q.person.is_some(),
        from: q.from,
        to: q.to,
        status: q.status,
        section: q.section.as_deref(),
        wanted: wanted.as_ref(),
        trusted: viewer.trusted(),
    };
    let found = index.page(&query, start, usize::try_from(page.limit).unwrap_or(100));
    // The total is counted once per filter and data version (the page does not change it).
    let key = format!(
        "events {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {}",
        q.plan, q.org, q.role, q.person, q.from, q.to, q.status, q.section, wanted, query.trusted
    );
    let total = match state.known_count(&key, version) {
        Some(n) => n,
        None => {
            let n = i64::try_from(index.count(&query)).unwrap_or(i64::MAX);
            state.remember_count(key, version, n);
            n
        }
    };
    let items = items_json(&state, &mut reader, version, viewer, &found.ids).await?;
    drop(reader);
    let body = list_json(&items, total, &page, found.next).map_err(|e| {
        tracing::error!(error = %e, "event list: not serialisable");
        ApiError::internal()
    })?;
    let body = web::Bytes::from(body);
    state.lists.put(cache_key, version, body.clone());
    Ok(json_body(body))
}

/// The pooled connection of a request that reads only what is not in memory: taken the
/// first time it is needed.
async fn conn_of<'r>(
    state: &AppState,
    reader: &'r mut Option<Reader>,
) -> Result<crate::store::Conn<'r>, ApiError> {
    if reader.is_none() {
        *reader = Some(state.store.reader().await?);
    }
    match reader {
        Some(r) => Ok(r.conn()),
        None => Err(ApiError::internal()),
    }
}

/// The JSON of each event `ids` names, as this viewer may see it, in that order: from the
/// events' cache, and for those not in it yet from the database (an event deleted meanwhile
/// is left out).
async fn items_json(
    state: &AppState,
    reader: &mut Option<Reader>,
    version: i64,
    viewer: Viewer,
    ids: &[i64],
) -> Result<Vec<web::Bytes>, ApiError> {
    let trusted = viewer.trusted();
    let mut found = state.event_json.get(version, trusted, ids);
    let missing: Vec<i64> = ids
        .iter()
        .zip(&found)
        .filter(|(_, json)| json.is_none())
        .map(|(id, _)| *id)
        .collect();
    if !missing.is_empty() {
        let mut conn = conn_of(state, reader).await?;
        for mut e in conn.events_by_ids(&missing).await? {
            viewer.audience().redact_event(e.owner, &mut e.doc);
            let id = e.doc.id.unwrap_or_default();
            let json = web::Bytes::from(serde_json::to_vec(&e).map_err(|err| {
                tracing::error!(error = %err, id, "event list: an event is not serialisable");
                ApiError::internal()
            })?);
            state.event_json.put(version, trusted, id, json.clone());
            if let Some(slot) = ids.iter().position(|x| *x == id) {
                found[slot] = Some(json);
            }
        }
    }
    Ok(found.into_iter().flatten().collect())
}

/// `{"items": [...], "total": …, "limit": …, "offset": …, "next": …}`, the list's shape
/// (`api::List`), around events already written as JSON.
fn list_json(
    items: &[web::Bytes],
    total: i64,
    page: &Page,
    next: Option<Cursor>,
) -> Result<Vec<u8>, serde_json::Error> {
    let tail = serde_json::to_vec(&List::<()>::page_of(
        total,
        page,
        next.map(|c| c.to_string()),
    ))?;
    let mut body = Vec::with_capacity(items.iter().map(|i| i.len() + 1).sum::<usize>() + 64);
    body.extend_from_slice(b"{\"items\":[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(item);
    }
    body.extend_from_slice(b"],");
    // The tail is an object of its own: its fields follow the items in this one.
    body.extend_from_slice(tail.get(1..).unwrap_or(b"}"));
    Ok(body)
}

/// The index's set for `key`, read from the database the first time it is asked for at
/// this data version.
async fn set_of(
    state: &AppState,
    index: &EventIndex,
    reader: &mut Option<Reader>,
    key: SetKey,
) -> Result<std::sync::Arc<Bits>, ApiError> {
    if let Some(set) = index.set(&key) {
        return Ok(set);
    }
    let mut conn = conn_of(state, reader).await?;
    let ids = match &key {
        SetKey::Org(id) => conn.merged_event_ids(*id).await?,
        SetKey::Role(slug) => conn.role_event_ids(slug).await?,
        SetKey::Person(id) => conn.person_event_ids(*id).await?,
    };
    Ok(index.keep_set(key, &ids))
}

fn json_body(body: web::Bytes) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(actix_web::http::header::ContentType::json())
        .body(body)
}

/// A new row for an existing plan.
#[derive(Deserialize)]
pub(crate) struct NewEvent {
    pub plan_id: i64,
    #[serde(flatten)]
    pub event: EventDoc,
}

#[utoipa::path(post, path = "/api/v1/events", tag = "events",
    request_body(content = Object, description = "plan_id and the event's fields"),
    responses((status = 201, description = "Added to the plan")), security(("bearer" = [])))]
#[tracing::instrument(skip_all)]
pub(crate) async fn create(
    _: Admin,
    state: web::Data<AppState>,
    body: JsonBody<NewEvent>,
) -> Result<HttpResponse, ApiError> {
    let NewEvent { plan_id, mut event } = body.0;
    event.id = None;
    event.uid = None;
    let (id, record) = state
        .write(async |c| {
            let mut doc = c.plan_document(plan_id).await?.ok_or_else(|| {
                ApiError::unprocessable(format!("plan {plan_id} does not exist")).at("/plan_id")
            })?;
            let before: Vec<i64> = doc.events.iter().filter_map(|e| e.id).collect();
            doc.events.push(event);
            if let Some(p) = doc.problems().into_iter().next() {
                return Err(ApiError::unprocessable(p.message).at(p
                    .pointer
                    .replace(&format!("/events/{}", doc.events.len() - 1), "")));
            }
            let org = c.require_org(doc.org.as_str()).await?;
            c.update_plan(plan_id, &org, &doc, MergeMode::Replace)
                .await?;
            let stored = c.plan_document(plan_id).await?.unwrap_or(doc);
            let new = stored
                .events
                .into_iter()
                .find_map(|e| e.id.filter(|id| !before.contains(id)))
                .ok_or_else(ApiError::internal)?;
            Ok((new, c.require_event(new).await?))
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/events/{id}")))
        .json(record))
}

#[utoipa::path(get, path = "/api/v1/events/{id}", tag = "events",
    responses((status = 200, description = "The event"), (status = 404, description = "No such event")))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn get(
    viewer: Viewer,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let mut r = state.store.reader().await?;
    let mut e = r.conn().require_event(*id).await?;
    if !viewer.audience().sees_org(e.owner) {
        return Err(ApiError::not_found(format!("event {id} does not exist")));
    }
    viewer.audience().redact_event(e.owner, &mut e.doc);
    Ok(HttpResponse::Ok().json(e))
}

#[utoipa::path(put, path = "/api/v1/events/{id}", tag = "events",
    request_body(content = Object), responses((status = 200, description = "Replaced; same UID, SEQUENCE+1")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn replace(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: JsonBody<EventDoc>,
) -> Result<HttpResponse, ApiError> {
    let mut e = body.0;
    if let Some(problem) = e.pinned.as_ref().and_then(crate::plan::Pinned::problem) {
        return Err(ApiError::unprocessable(problem).at("/pinned"));
    }
    let record = state
        .write(async |c| {
            let current = c.require_event(*id).await?;
            // People and partners are plan-level facts kept by the plan document.
            e.people = current.doc.people.clone();
            e.partners = current.doc.partners.clone();
            c.replace_event(current, e).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(record))
}

/// A PATCH of one event as JSON: absent fields stay; `pinned: null` unpins.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EventPatch {
    pub title: Option<String>,
    pub timing: Option<String>,
    #[serde(default, with = "double_option")]
    pub pinned: Option<Option<Pinned>>,
    pub location: Option<String>,
    pub responsible: Option<String>,
    pub roles: Option<Vec<String>>,
    pub result: Option<String>,
    pub notes: Option<String>,
    pub status: Option<EventStatus>,
    /// What happened; `null` clears it (`plan::Outcome`).
    #[serde(default, with = "double_option")]
    pub outcome: Option<Option<Outcome>>,
}

impl From<EventPatch> for EventEdit {
    fn from(p: EventPatch) -> Self {
        EventEdit {
            title: p.title,
            timing: p.timing,
            pinned: p.pinned,
            location: p.location,
            responsible: p.responsible,
            roles: p.roles,
            result: p.result,
            notes: p.notes,
            status: p.status,
        }
    }
}

#[utoipa::path(patch, path = "/api/v1/events/{id}", tag = "events",
    request_body(content = Object, description = "title, timing, pinned {date, end_date, time, duration_minutes} or null, location, responsible, roles, result, notes, status, outcome {status: held|not_held|moved, date, participants, note, link} or null"),
    responses((status = 200, description = "Updated; same UID, SEQUENCE+1")), security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn patch(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: JsonBody<EventPatch>,
) -> Result<HttpResponse, ApiError> {
    let mut patch = body.0;
    let outcome = patch.outcome.take().map(|o| o.map(Outcome::tidy));
    if let Some(p) = outcome.as_ref().and_then(|o| o.as_ref()?.problem()) {
        return Err(ApiError::unprocessable(p.message).at(p.pointer));
    }
    let edit: EventEdit = patch.into();
    let record = state
        .write(async |c| {
            let mut record = c.patch_event(*id, edit).await?;
            if let Some(outcome) = outcome {
                record = c.record_outcome(*id, outcome).await?;
            }
            Ok::<_, StoreError>(record)
        })
        .await?;
    Ok(HttpResponse::Ok().json(record))
}

#[utoipa::path(delete, path = "/api/v1/events/{id}", tag = "events",
    responses((status = 204, description = "Deleted; stays in feeds as cancelled for 30 days")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub(crate) async fn delete(
    _: Admin,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    state
        .write(async |c| {
            c.delete_event(*id).await.map_err(|e| match e {
                StoreError::NotFound(_) => {
                    ApiError::not_found(format!("event {id} does not exist"))
                }
                other => other.into(),
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(json: &str) -> Result<EventEdit, serde_json::Error> {
        serde_json::from_str::<EventPatch>(json).map(EventEdit::from)
    }

    #[test]
    fn a_missing_pin_keeps_it_and_a_null_pin_unpins() {
        assert_eq!(edit(r#"{"title": "Квиз"}"#).unwrap().pinned, None);
        assert_eq!(edit(r#"{"pinned": null}"#).unwrap().pinned, Some(None));
        let pinned = edit(r#"{"pinned": {"date": "2025-11-14"}}"#)
            .unwrap()
            .pinned;
        assert_eq!(
            pinned.flatten().map(|p| p.date.to_string()).as_deref(),
            Some("2025-11-14")
        );
    }

    #[test]
    fn unknown_fields_and_statuses_are_refused() {
        assert!(edit(r#"{"colour": "red"}"#).is_err());
        assert!(edit(r#"{"status": "postponed"}"#).is_err());
        assert_eq!(
            edit(r#"{"status": "done", "roles": ["librarian"]}"#).unwrap(),
            EventEdit {
                status: Some(EventStatus::Done),
                roles: Some(vec!["librarian".into()]),
                ..EventEdit::default()
            }
        );
    }
}
