//! `/import`: upload a plan, see every event as it will be stored, correct what was read
//! wrong, then confirm. The upload waits in `pending_imports` (the database, so any
//! instance can show and confirm it); confirming stores the corrected document through
//! `commands::import`, the command `POST /api/v1/imports` and the CLI call, so the writer
//! queue, the per-organization lock and the identity matching of re-imports all hold.

use std::sync::atomic::Ordering;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};

use super::words::words;
use super::{AdminSession, PageError, form_value, html, read_form, see_other};
use crate::commands::CommandError;
use crate::commands::import as import_plan;
use crate::convert::{Converter, NotReadable, readable};
use crate::http::AppState;
use crate::http::error::ApiError;
use crate::import::{self, ImportOptions};
use crate::plan::corrections::{Correction, apply_corrections, corrections_from_form};
use crate::plan::diff::ImportDiff;
use crate::plan::{AcademicYear, FieldProblem, Lang, Organization, PlanDocument, Slug};
use crate::store::{ImportOutcome, PendingImport, StoreError};
use crate::web::admin::import::{Filled, upload_form_again};
use crate::web::admin::upload_error::UploadError;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/import").get(upload_form).post(upload))
        .service(web::resource("/import/{id}").get(preview).post(submit));
}

/// How long an upload waits for its confirmation.
const PENDING_HOURS: i64 = 24;

fn store_err(lang: Lang) -> impl Fn(StoreError) -> PageError {
    move |e| PageError::Api(e.into(), lang)
}

async fn all_orgs(state: &AppState, lang: Lang) -> Result<Vec<Organization>, PageError> {
    let mut r = state.store.reader().await.map_err(store_err(lang))?;
    let (orgs, _) = r
        .conn()
        .list_orgs(true, 1000, 0)
        .await
        .map_err(store_err(lang))?;
    Ok(orgs)
}

#[tracing::instrument(skip_all)]
async fn upload_form(
    session: AdminSession,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let orgs = all_orgs(&state, lang).await?;
    let body = crate::web::admin::import::upload_form(lang, &session.csrf, &orgs);
    Ok(html(
        StatusCode::OK,
        &session.frame,
        words(lang).import,
        &body,
        Some(&session),
    ))
}

/// The upload form as sent.
#[derive(Default)]
struct Upload {
    csrf: String,
    file: Option<(String, Vec<u8>)>,
    org: String,
    new_org: String,
    year: String,
}

/// Reads the multipart upload; the file up to the upload limit (413 past it), other fields
/// up to 1 KiB.
async fn read_upload(mut multipart: Multipart, limit: usize) -> Result<Upload, ApiError> {
    use crate::http::extract::next_chunk;
    let mut form = Upload::default();
    while let Some(part) = next_chunk(&mut multipart).await? {
        let mut part =
            part.map_err(|e| ApiError::bad_request(format!("the upload is malformed: {e}")))?;
        let name = part.name().unwrap_or("").to_string();
        let file_name = part
            .content_disposition()
            .and_then(|cd| cd.get_filename())
            .unwrap_or("upload")
            .to_string();
        let cap = if name == "file" { limit } else { 1024 };
        let mut data = Vec::new();
        while let Some(chunk) = next_chunk(&mut part).await? {
            let chunk =
                chunk.map_err(|e| ApiError::bad_request(format!("the upload broke off: {e}")))?;
            if data.len() + chunk.len() > cap {
                return Err(ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "the file is larger than the limit",
                ));
            }
            data.extend_from_slice(&chunk);
        }
        let text = || String::from_utf8_lossy(&data).trim().to_string();
        match name.as_str() {
            "file" if !data.is_empty() => form.file = Some((file_name, data)),
            "csrf" => form.csrf = text(),
            "org" => form.org = text(),
            "new_org" => form.new_org = text(),
            "year" => form.year = text(),
            _ => {}
        }
    }
    Ok(form)
}

/// The owner chosen in a form: a new organization's address (a slug, or a name made into
/// one) wins over the list.
fn chosen_owner(org: &str, new_org: &str) -> Result<Slug, ApiError> {
    let new_org = new_org.trim();
    if !new_org.is_empty() {
        return Ok(Slug::parse(new_org).unwrap_or_else(|_| Slug::from_name(new_org)));
    }
    Slug::parse(org.trim()).map_err(|_| {
        ApiError::bad_request("choose the organization the plan belongs to, or name a new one")
            .at("org")
    })
}

#[tracing::instrument(skip_all, fields(rows))]
async fn upload(
    session: AdminSession,
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let mut filled = Filled::default();
    match take_upload(&session, &state, &req, payload, &mut filled).await {
        Ok(response) => Ok(response),
        Err(Refused::Page(e)) => Err(e),
        Err(Refused::Upload(kind)) => {
            tracing::info!(refused = ?kind, "upload refused");
            refused_form(&session, &state, &filled, &kind).await
        }
    }
}

/// Why an upload did not go on to its preview: the session's own refusals (CSRF) as their
/// page, everything about the upload as the form again with a sentence (`UploadError`).
enum Refused {
    Page(PageError),
    Upload(UploadError),
}

impl From<UploadError> for Refused {
    fn from(e: UploadError) -> Self {
        Refused::Upload(e)
    }
}

/// The upload form again, as it was filled, saying in the page's language why the file
/// was not taken.
async fn refused_form(
    session: &AdminSession,
    state: &AppState,
    filled: &Filled,
    kind: &UploadError,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let orgs = all_orgs(state, lang).await?;
    let body = upload_form_again(lang, &session.csrf, &orgs, filled, Some(kind));
    let status = StatusCode::from_u16(kind.status()).unwrap_or(StatusCode::BAD_REQUEST);
    Ok(html(
        status,
        &session.frame,
        words(lang).import,
        &body,
        Some(session),
    ))
}

async fn take_upload(
    session: &AdminSession,
    state: &AppState,
    req: &HttpRequest,
    payload: web::Payload,
    filled: &mut Filled,
) -> Result<HttpResponse, Refused> {
    let lang = session.lang;
    let limit = state.settings.limits.upload_bytes;
    let too_large = UploadError::TooLarge {
        mib: (limit + (1 << 19)) >> 20,
    };
    let as_kind = |e: ApiError| match e.status_code() {
        StatusCode::PAYLOAD_TOO_LARGE => too_large.clone(),
        _ => UploadError::NotAForm,
    };
    if !is_multipart(req) {
        return Err(UploadError::NotAForm.into());
    }
    // The whole body first: past the limit `read_limited` reads a bounded rest before the
    // 413, so a browser still sending sees the page instead of a reset connection.
    let mut payload = payload.into_inner();
    let body = crate::http::extract::read_limited(&mut payload, limit + FORM_OVERHEAD)
        .await
        .map_err(as_kind)?
        .freeze();
    let stream = futures_util::stream::once(async move { Ok(body) });
    let form = read_upload(Multipart::new(req.headers(), stream), limit)
        .await
        .map_err(as_kind)?;
    *filled = Filled {
        org: form.org.clone(),
        new_org: form.new_org.clone(),
        year: form.year.clone(),
        file_name: form.file.as_ref().map(|f| f.0.clone()).unwrap_or_default(),
    };
    session
        .check_csrf(&[("csrf".into(), form.csrf.clone())])
        .map_err(Refused::Page)?;
    let (file_name, bytes) = form.file.clone().ok_or(UploadError::NoFile)?;
    let org = chosen_owner(&form.org, &form.new_org).map_err(|_| UploadError::NoOrg)?;
    let year = Some(form.year.as_str())
        .filter(|y| !y.is_empty())
        .map(|y| AcademicYear::parse(y).map_err(|_| UploadError::BadYear))
        .transpose()?;
    let today = chrono::Local::now().date_naive();
    let options = ImportOptions::upload(org.clone(), year, today, limit);
    // Converting and parsing are CPU work (and a child process) on untrusted bytes: off the
    // async workers.
    let soffice = state.settings.soffice.clone();
    let doc = web::block(move || read_plan(bytes, &file_name, &options, (&soffice, limit)))
        .await
        .map_err(|_| UploadError::Internal)??;
    state.metrics.imports.fetch_add(1, Ordering::Relaxed);
    tracing::Span::current().record("rows", doc.events.len());
    store_pending(state, doc, &form.new_org, &filled.file_name, lang)
        .await
        .map_err(Refused::Page)
}

/// The file as a plan: an office file LibreOffice converts first (when the server has it),
/// a PDF explained.
fn read_plan(
    bytes: Vec<u8>,
    file_name: &str,
    options: &ImportOptions,
    (soffice, limit): (&str, usize),
) -> Result<PlanDocument, UploadError> {
    let converter = Converter::configured(soffice, limit);
    let (bytes, name) = readable(bytes, file_name, converter.as_ref()).map_err(|e| match e {
        NotReadable::Pdf => UploadError::Pdf,
        NotReadable::NeedsConversion(kind) => UploadError::NeedsConversion(kind),
        NotReadable::Conversion(kind, e) => UploadError::of_conversion(&e, kind, limit),
    })?;
    import::parse(&bytes, &name, options).map_err(|e| UploadError::of_import(&e, limit))
}

/// Keeps the read plan waiting for its confirmation and sends the browser to its preview.
async fn store_pending(
    state: &AppState,
    mut doc: PlanDocument,
    new_org: &str,
    file_name: &str,
    lang: Lang,
) -> Result<HttpResponse, PageError> {
    let typed = new_org.trim();
    if !typed.is_empty() && Slug::parse(typed).is_err() {
        // A new organization typed as a name ("Шерешевская библиотека") is named so, not
        // from the plan's title (which may be only a file name).
        doc.owner_name = Some(typed.chars().take(200).collect());
    }
    let id = state
        .write(async |c| {
            let id = c
                .create_pending_import(file_name, &doc, chrono::Duration::hours(PENDING_HOURS))
                .await?;
            Ok::<_, ApiError>(id)
        })
        .await
        .map_err(PageError::api(lang))?;
    Ok(see_other(&format!("/import/{id}?lang={}", lang.code())))
}

fn is_multipart(req: &HttpRequest) -> bool {
    req.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"))
}

/// What an upload form holds besides the file (boundaries, the other fields).
const FORM_OVERHEAD: usize = 64 * 1024;

/// The upload `id` still waiting, or the "gone" page.
async fn load_pending(state: &AppState, id: &str, lang: Lang) -> Result<PendingImport, PageError> {
    let mut r = state.store.reader().await.map_err(store_err(lang))?;
    r.conn()
        .pending_import(id)
        .await
        .map_err(store_err(lang))?
        .ok_or_else(|| PageError::Api(ApiError::not_found(words(lang).gone_upload), lang))
}

/// What confirming would change in the stored plan this upload re-imports, if any: the
/// plan's title and the diff.
async fn reimport_diff(
    state: &AppState,
    doc: &PlanDocument,
    lang: Lang,
) -> Result<Option<(PlanDocument, ImportDiff)>, PageError> {
    let mut r = state.store.reader().await.map_err(store_err(lang))?;
    let reimport = import_plan::preview(&mut r.conn(), doc)
        .await
        .map_err(store_err(lang))?;
    Ok(reimport.map(|r| (r.stored, r.diff)))
}

#[tracing::instrument(skip_all, fields(upload = %id))]
async fn preview(
    session: AdminSession,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let pending = load_pending(&state, &id, session.lang).await?;
    let corrections = pending.corrections.clone();
    preview_response(&session, &state, &pending, &corrections, &[]).await
}

/// The preview page for `pending` with `corrections`, and the problems of the last form.
async fn preview_response(
    session: &AdminSession,
    state: &AppState,
    pending: &PendingImport,
    corrections: &[Correction],
    problems: &[FieldProblem],
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let to_store = apply_corrections(&pending.doc, corrections);
    let diff = reimport_diff(state, &to_store, lang).await?;
    let hand = match diff.as_ref().and_then(|(stored, _)| stored.id) {
        Some(plan) => {
            let mut r = state.store.reader().await.map_err(store_err(lang))?;
            r.conn()
                .hand_edits_of_plan(plan)
                .await
                .map_err(store_err(lang))?
        }
        None => Default::default(),
    };
    let orgs = all_orgs(state, lang).await?;
    let view = crate::web::admin::preview::Preview {
        lang,
        csrf: &session.csrf,
        upload_id: &pending.id,
        file_name: &pending.file_name,
        uploaded: &pending.doc,
        corrections,
        to_store: &to_store,
        diff: diff.as_ref(),
        hand: &hand,
        orgs: &orgs,
        problems,
    };
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(html(
        status,
        &session.frame,
        words(lang).preview,
        &view.render(),
        Some(session),
    ))
}

#[tracing::instrument(skip_all, fields(upload = %id))]
async fn submit(
    session: AdminSession,
    state: web::Data<AppState>,
    id: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let mut fields = read_form(payload, &state, lang).await?;
    session.check_csrf(&fields)?;
    let pending = load_pending(&state, &id, lang).await?;
    if form_value(&fields, "action") == "discard" {
        state
            .write(async |c| {
                c.delete_pending_import(&pending.id).await?;
                Ok::<_, ApiError>(())
            })
            .await
            .map_err(PageError::api(lang))?;
        return Ok(see_other(&format!("/import?lang={}", lang.code())));
    }
    let new_org = form_value(&fields, "new_org").trim().to_string();
    if !new_org.is_empty() {
        let slug = chosen_owner("", &new_org).map_err(PageError::api(lang))?;
        fields.retain(|(k, _)| k != "org");
        fields.push(("org".into(), slug.to_string()));
    }
    let corrections =
        match corrections_from_form(&pending.doc, &fields, chrono::Utc::now().date_naive()) {
            Ok(c) => c,
            Err(problems) => {
                let kept = pending.corrections.clone();
                return preview_response(&session, &state, &pending, &kept, &problems).await;
            }
        };
    if form_value(&fields, "action") == "confirm" {
        return confirm(&session, &state, &pending, &corrections).await;
    }
    state
        .write(async |c| {
            c.set_pending_corrections(&pending.id, &corrections).await?;
            Ok::<_, ApiError>(())
        })
        .await
        .map_err(PageError::api(lang))?;
    Ok(see_other(&format!(
        "/import/{}?lang={}",
        pending.id,
        lang.code()
    )))
}

/// Stores the corrected document: one transaction that takes the upload off the waiting
/// list (so a second confirm finds it gone) and saves the plan as `POST /api/v1/imports`
/// does.
async fn confirm(
    session: &AdminSession,
    state: &AppState,
    pending: &PendingImport,
    corrections: &[Correction],
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let doc = apply_corrections(&pending.doc, corrections);
    if let Some(first) = doc.problems().into_iter().next() {
        let problems = [first];
        return preview_response(session, state, pending, corrections, &problems).await;
    }
    let imported = import_plan::import_plan(
        &state.store,
        &doc,
        import_plan::Upload::Pending(&pending.id),
    )
    .await
    .map_err(|e| match e {
        CommandError::UploadGone => ApiError::not_found(words(lang).gone_upload),
        other => other.into(),
    })
    .map_err(PageError::api(lang))?;
    Ok(done_page(session, &doc, &imported.outcome))
}

fn done_page(session: &AdminSession, doc: &PlanDocument, outcome: &ImportOutcome) -> HttpResponse {
    let lang = session.lang;
    let s = &outcome.saved;
    let counts = [s.created, s.updated, s.unchanged, s.cancelled];
    let body = crate::web::admin::import::done(lang, &doc.title, counts, outcome.org.as_str());
    html(
        StatusCode::OK,
        &session.frame,
        words(lang).imported,
        &body,
        Some(session),
    )
}
