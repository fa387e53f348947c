//! `POST /api/v1/timing/parse`: the same normaliser the importer uses.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::http::error::ApiError;
use crate::http::extract::JsonBody;
use crate::timing::{self, AcademicYear, Context, Lang, Timing};

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/timing/parse", web::post().to(parse));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ParseRequest {
    pub texts: Vec<String>,
    pub year: AcademicYear,
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// Most texts one request may carry.
const MAX_TEXTS: usize = 10_000;

#[utoipa::path(post, path = "/api/v1/timing/parse", tag = "timing",
    request_body(content = Object, description = r#"{"texts": ["апрель-июнь"], "year": "2025-2026", "lang": "ru"}"#),
    responses((status = 200, description = "One TIMING.md answer per text, in order")))]
#[tracing::instrument(skip_all)]
pub(crate) async fn parse(body: JsonBody<ParseRequest>) -> Result<HttpResponse, ApiError> {
    let req = body.0;
    if req.texts.len() > MAX_TEXTS {
        return Err(
            ApiError::bad_request(format!("send at most {MAX_TEXTS} texts a request")).at("/texts"),
        );
    }
    let ctx = Context::new(req.year).with_lang(req.lang);
    let answers: Vec<Timing> = req
        .texts
        .iter()
        .map(|t| timing::normalise(t, &ctx))
        .collect();
    Ok(HttpResponse::Ok().json(answers))
}
