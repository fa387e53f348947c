//! The one HTTP error type: every failure becomes `application/problem+json` (RFC 9457)
//! with a message a person can act on and, where it applies, the field or row/cell at fault.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::commands::CommandError;
use crate::import::ImportError;
use crate::store::StoreError;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// JSON pointer (or row/cell) of the input at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Every problem when there are several.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<crate::plan::FieldProblem>,
}

#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    status: StatusCode,
    problem: Box<Problem>,
    /// Seconds after which the same request may succeed (503 when busy).
    retry_after: Option<u32>,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            problem: Box::new(Problem {
                kind: "about:blank".into(),
                title: status.canonical_reason().unwrap_or("Error").to_string(),
                status: status.as_u16(),
                detail: detail.into(),
                pointer: None,
                errors: Vec::new(),
            }),
            retry_after: None,
        }
    }

    /// 503 with `Retry-After`: nothing was changed, the same request may be sent again.
    pub(crate) fn busy(detail: impl Into<String>, seconds: u32) -> Self {
        let mut e = Self::new(StatusCode::SERVICE_UNAVAILABLE, detail);
        e.retry_after = Some(seconds);
        e
    }

    /// 429 with `Retry-After`: too many wrong tokens from this client lately.
    pub(crate) fn too_many_attempts(seconds: u64) -> Self {
        let seconds = u32::try_from(seconds.max(1)).unwrap_or(u32::MAX);
        let mut e = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            format!("too many wrong admin tokens from this client; try again in {seconds} seconds"),
        );
        e.retry_after = Some(seconds);
        e
    }

    pub(crate) fn at(mut self, pointer: impl Into<String>) -> Self {
        self.problem.pointer = Some(pointer.into());
        self
    }

    pub(crate) fn with_errors(mut self, errors: Vec<crate::plan::FieldProblem>) -> Self {
        self.problem.errors = errors;
        self
    }

    pub(crate) fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, detail)
    }

    pub(crate) fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, detail)
    }

    pub(crate) fn unprocessable(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, detail)
    }

    /// The same answer for a missing, malformed, unknown or revoked token.
    pub(crate) fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "this request needs a valid admin token: send `Authorization: Bearer <token>` \
             (create one with `plancal token create`)",
        )
    }

    pub(crate) fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "something went wrong on our side; the request changed nothing",
        )
    }

    pub(crate) fn problem(&self) -> &Problem {
        &self.problem
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status, self.problem.detail)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut res = HttpResponse::build(self.status);
        res.content_type("application/problem+json");
        if self.status == StatusCode::UNAUTHORIZED {
            res.insert_header(("WWW-Authenticate", "Bearer"));
        }
        if let Some(seconds) = self.retry_after {
            res.insert_header(("Retry-After", seconds.to_string()));
        }
        res.json(&self.problem)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => ApiError::not_found(format!("{what} does not exist")),
            StoreError::Conflict(msg) => ApiError::new(StatusCode::CONFLICT, msg),
            StoreError::Invalid { field, message } => ApiError::unprocessable(message).at(field),
            StoreError::Busy(msg) => {
                tracing::warn!(reason = %msg, "busy");
                ApiError::busy(msg, 2)
            }
            // Asking again reads the same bad value: no Retry-After.
            StoreError::Corrupt(msg) => {
                tracing::error!(error = %msg, "stored data is unreadable");
                ApiError::internal()
            }
            other => {
                tracing::error!(error = %other, "storage failed");
                ApiError::busy(
                    "the database could not complete the request; nothing was changed, try again",
                    1,
                )
            }
        }
    }
}

impl From<CommandError> for ApiError {
    fn from(e: CommandError) -> Self {
        match e {
            CommandError::Store(e) => e.into(),
            CommandError::UploadGone => ApiError::not_found(e.to_string()),
        }
    }
}

impl From<ImportError> for ApiError {
    fn from(e: ImportError) -> Self {
        let status = match e {
            ImportError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ImportError::UnsupportedFormat(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        ApiError::new(status, e.to_string()).at("/file")
    }
}
