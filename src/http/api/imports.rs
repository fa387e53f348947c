//! `POST /api/v1/imports` (multipart: file, org, year, dry_run): a dry run returns the full
//! preview and stores nothing; a real import stores the plan in one transaction.

use std::sync::atomic::Ordering;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use crate::commands::import::{self as import_plan, Reimport, Upload};
use crate::convert::{ConvertError, Converter, NotReadable, Office, readable};
use crate::http::AppState;
use crate::http::auth::Admin;
use crate::http::error::ApiError;
use crate::import::{self, ImportOptions};
use crate::plan::{AcademicYear, Slug};

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/imports", web::post().to(create));
}

/// Form fields other than the file are short.
const MAX_FIELD_BYTES: usize = 1024;

struct Form {
    file: Option<(String, Vec<u8>)>,
    org: Option<String>,
    year: Option<String>,
    /// The class the plan is for ("5А"), when it is one class teacher's plan.
    class: Option<String>,
    dry_run: bool,
}

async fn read_form(mut multipart: Multipart, limit: usize) -> Result<Form, ApiError> {
    let mut form = Form {
        file: None,
        org: None,
        year: None,
        class: None,
        dry_run: false,
    };
    while let Some(field) = crate::http::extract::next_chunk(&mut multipart).await? {
        let mut field = field
            .map_err(|e| ApiError::bad_request(format!("the multipart body is malformed: {e}")))?;
        let name = field.name().unwrap_or("").to_string();
        let file_name = field
            .content_disposition()
            .and_then(|cd| cd.get_filename())
            .unwrap_or("upload")
            .to_string();
        let cap = if name == "file" {
            limit
        } else {
            MAX_FIELD_BYTES
        };
        let mut data = Vec::new();
        while let Some(chunk) = crate::http::extract::next_chunk(&mut field).await? {
            let chunk =
                chunk.map_err(|e| ApiError::bad_request(format!("the upload broke off: {e}")))?;
            if data.len() + chunk.len() > cap {
                return Err(ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    format!("field `{name}` is larger than the limit of {cap} bytes"),
                )
                .at(format!("/{name}")));
            }
            data.extend_from_slice(&chunk);
        }
        let text = || String::from_utf8_lossy(&data).trim().to_string();
        match name.as_str() {
            "file" => form.file = Some((file_name, data)),
            "org" => form.org = Some(text()),
            "year" => form.year = Some(text()).filter(|s| !s.is_empty()),
            "class" => form.class = Some(text()).filter(|s| !s.trim().is_empty()),
            "dry_run" => {
                form.dry_run = matches!(
                    text().to_ascii_lowercase().as_str(),
                    "1" | "true" | "yes" | "on"
                )
            }
            other => {
                return Err(ApiError::bad_request(format!(
                    "unknown form field `{other}`: send file, org, year, class and dry_run"
                ))
                .at(format!("/{other}")));
            }
        }
    }
    Ok(form)
}

#[utoipa::path(post, path = "/api/v1/imports", tag = "imports",
    request_body(content = String, content_type = "multipart/form-data",
        description = "file (DOCX, TXT, CSV, XLSX, ODS, ICS; DOC, RTF, ODT and XLS converted by LibreOffice when the server has it), org (slug; created when new), year (e.g. 2025-2026, optional), class (e.g. 5А: a plan for one class, optional), dry_run (true: preview only)"),
    responses((status = 200, description = "Dry run: the parsed plan document with column mapping and warnings"),
              (status = 201, description = "Stored: the outcome and the stored plan"),
              (status = 413, description = "The file is too large"),
              (status = 415, description = "Not a plan format plancal reads"),
              (status = 422, description = "The file is damaged, encrypted or holds no plan")),
    security(("bearer" = [])))]
#[tracing::instrument(skip_all, fields(org, file, bytes, rows))]
pub(crate) async fn create(
    _: Admin,
    state: web::Data<AppState>,
    req: actix_web::HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let limit = state.settings.limits.upload_bytes;
    let content_type = req
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "upload the plan as multipart/form-data with fields file, org, year, dry_run",
        ));
    }
    let multipart = Multipart::new(req.headers(), payload);
    let form = read_form(multipart, limit).await?;
    let (file_name, bytes) = form
        .file
        .ok_or_else(|| ApiError::bad_request("the form has no `file` field").at("/file"))?;
    let org = form
        .org
        .ok_or_else(|| ApiError::bad_request("the form has no `org` field").at("/org"))?;
    let org = Slug::parse(&org).map_err(|e| ApiError::bad_request(e.to_string()).at("/org"))?;
    let span = tracing::Span::current();
    span.record("org", org.as_str());
    span.record("file", file_name.as_str());
    span.record("bytes", bytes.len());
    let year = form
        .year
        .map(|y| {
            AcademicYear::parse(&y).map_err(|e| ApiError::bad_request(e.to_string()).at("/year"))
        })
        .transpose()?;
    let today = chrono::Local::now().date_naive();
    let options = ImportOptions::upload(org.clone(), year, today, limit);
    // Converting and parsing are CPU work (and a child process) on untrusted bytes: off the
    // async workers.
    let soffice = state.settings.soffice.clone();
    let mut doc = web::block(move || read_plan(bytes, &file_name, &options, (&soffice, limit)))
        .await
        .map_err(|_| ApiError::internal())??;
    if let (Some(class), Some(lang)) = (form.class.as_deref(), doc.lang) {
        crate::plan::audience::set_class(&mut doc, Some(class), lang);
    }
    doc.place_warnings();
    state.metrics.imports.fetch_add(1, Ordering::Relaxed);
    tracing::Span::current().record("rows", doc.events.len());
    if form.dry_run {
        // The document, and which stored plan storing it would update and what that
        // cancels: a person sees it before a generic title costs a plan its events.
        let reimport = {
            let mut r = state.store.reader().await?;
            import_plan::preview(&mut r.conn(), &doc).await?
        };
        let reimport = serde_json::to_value(Reimport::summary(reimport.as_ref()))
            .map_err(|_| ApiError::internal())?;
        let mut answer = serde_json::to_value(&doc).map_err(|_| ApiError::internal())?;
        if let Some(map) = answer.as_object_mut() {
            map.insert("reimport".into(), reimport);
        }
        return Ok(HttpResponse::Ok().json(answer));
    }
    let imported = import_plan::import_plan(&state.store, &doc, Upload::Direct).await?;
    let reimport = Reimport::summary(imported.reimport.as_ref());
    Ok(HttpResponse::Created().json(serde_json::json!({
        "outcome": imported.outcome,
        "cancelled_events": reimport.cancels,
        "warnings": doc.warnings,
        "columns": doc.columns,
        "plan": imported.plan,
    })))
}

/// The file as a plan: an old Word, RTF, ODT or old Excel file converted by LibreOffice
/// first, as the upload page does (`convert::readable`); a PDF, or an office file the
/// server cannot convert, explained.
fn read_plan(
    bytes: Vec<u8>,
    file_name: &str,
    options: &ImportOptions,
    (soffice, limit): (&str, usize),
) -> Result<crate::plan::PlanDocument, ApiError> {
    let converter = Converter::configured(soffice, limit);
    let (bytes, name) = readable(bytes, file_name, converter.as_ref())
        .map_err(|e| not_readable(&e, limit).at("/file"))?;
    Ok(import::parse(&bytes, &name, options)?)
}

/// What to upload instead, for a file that cannot be read as it is.
fn not_readable(e: &NotReadable, limit: usize) -> ApiError {
    let what = |kind: Office| match kind {
        Office::Doc => "an old Word 97-2003 document (.doc)",
        Office::Rtf => "an RTF document (.rtf)",
        Office::Odt => "an OpenDocument text (.odt)",
        Office::Xls => "an old Excel 97-2003 workbook (.xls)",
    };
    let instead = |kind: Office| format!("save it as .{} and upload that", kind.target());
    match e {
        NotReadable::Pdf => ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "this is a PDF: it holds the plan's text as drawn on pages, not its table; upload              the plan as it was written (Word .docx, a spreadsheet .xlsx/.ods/.csv, or text)",
        ),
        NotReadable::NeedsConversion(kind) => ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "this is {}, and this server has no LibreOffice to convert it; {}",
                what(*kind),
                instead(*kind)
            ),
        ),
        NotReadable::Conversion(_, ConvertError::TooLarge { .. }) => ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the converted file is larger than the upload limit of {limit} bytes"),
        ),
        NotReadable::Conversion(kind, e) => ApiError::unprocessable(format!(
            "this is {}, and converting it failed ({e}); {}",
            what(*kind),
            instead(*kind)
        )),
    }
}
