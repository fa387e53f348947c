//! Errors as pages: a browser (Accept: text/html) that hits a 404, 400, 413 or any other
//! error gets a page in its language instead of problem+json; API clients, which do not
//! ask for HTML, keep the problem document. Done once, as middleware, so errors raised by
//! extractors, the edge guard and unknown paths are covered as well as handlers'.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpResponse, body};

use crate::http::page_request::PageRequest;
use crate::web::layout::error_page;
use crate::web::words;

/// Problem bodies are small; a larger one is passed through untouched.
const MAX_PROBLEM_BYTES: usize = 64 * 1024;

fn wants_html(req: &ServiceRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"))
}

fn is_problem(res: &ServiceResponse<BoxBody>) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("application/problem+json"))
}

pub(crate) async fn html_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let html = wants_html(&req);
    let page_req = html.then(|| PageRequest::new(req.request()));
    let res = next.call(req).await?.map_into_boxed_body();
    let Some(page_req) = page_req else {
        return Ok(res);
    };
    if !is_problem(&res) {
        return Ok(res);
    }
    let status = res.status();
    let (http_req, res) = res.into_parts();
    let keep = res.headers().clone();
    let bytes = body::to_bytes_limited(res.into_body(), MAX_PROBLEM_BYTES)
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default();
    let detail = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| v.get("detail").and_then(|d| d.as_str()).map(str::to_string))
        .unwrap_or_default();
    let lang = page_req.lang(None);
    let w = words(lang);
    let message = match status.as_u16() {
        404 => w.not_found,
        400 | 422 => w.bad_request,
        413 => w.too_large,
        503 => w.unavailable,
        _ => w.error_title,
    };
    // 5xx details are for logs, not for readers.
    let detail = if status.is_server_error() {
        String::new()
    } else {
        detail
    };
    let markup = error_page(
        &page_req.chrome(lang, w.error_title),
        status.as_u16(),
        message,
        &detail,
    );
    let mut out = HttpResponse::build(status);
    for name in [header::RETRY_AFTER, header::WWW_AUTHENTICATE] {
        if let Some(v) = keep.get(&name) {
            out.insert_header((name, v.clone()));
        }
    }
    let out = out
        .content_type("text/html; charset=utf-8")
        .body(markup.into_string());
    Ok(ServiceResponse::new(http_req, out))
}
