//! Request extractors that turn bad input into problem+json at the edge: JSON bodies (size
//! limit → 413, wrong content type → 415, bad JSON → 400 naming the field), query strings
//! and pagination.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::StreamExt;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::AppState;
use super::error::ApiError;

/// A JSON body, read up to the configured limit and parsed with the path of any bad field.
pub struct JsonBody<T>(pub T);

/// Is this a JSON media type (`application/json`, `application/merge-patch+json`, …)?
fn is_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            let essence = v
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            essence == "application/json"
                || (essence.starts_with("application/") && essence.ends_with("+json"))
        })
        .unwrap_or(false)
}

/// Reads the whole body, refusing it (413) as soon as it passes `limit` bytes.
pub async fn read_limited(payload: &mut Payload, limit: usize) -> Result<web::BytesMut, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than the limit of {limit} bytes"),
        )
    };
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| {
            ApiError::bad_request(format!("the request body could not be read: {e}"))
        })?;
        if body.len() + chunk.len() > limit {
            // Read (and drop) a bounded rest so the client, still sending, gets to see the
            // 413 instead of a reset connection.
            let mut drained = body.len() + chunk.len();
            drop(body);
            while drained < limit.saturating_mul(8) {
                match payload.next().await {
                    Some(Ok(more)) => drained += more.len(),
                    _ => break,
                }
            }
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Parses JSON, naming the field at fault ("events[2].title") and what was expected.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let parsed = serde_path_to_error::deserialize::<_, T>(&mut de);
    // Trailing garbage after the value is a syntax error too.
    if let (Ok(_), Err(e)) = (&parsed, de.end()) {
        return Err(ApiError::bad_request(format!(
            "the body is not valid JSON: {e}"
        )));
    }
    match parsed {
        Ok(v) => Ok(v),
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.inner();
            let pointer = json_pointer(&path);
            let detail = match inner.classify() {
                serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                    format!("the body is not valid JSON: {inner}")
                }
                _ if path == "." || path.is_empty() => {
                    format!("the JSON body does not fit: {inner}")
                }
                _ => format!("field `{path}`: {inner}"),
            };
            let e = ApiError::bad_request(detail);
            Err(if pointer.is_empty() { e } else { e.at(pointer) })
        }
    }
}

/// serde_path_to_error's "events[2].title" → "/events/2/title".
fn json_pointer(path: &str) -> String {
    if path == "." {
        return String::new();
    }
    let mut out = String::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(idx) = rest.find('[') {
            let (name, indexes) = rest.split_at(idx);
            if !name.is_empty() {
                out.push('/');
                out.push_str(name);
            }
            rest = indexes;
            for i in rest.split(['[', ']']).filter(|s| !s.is_empty()) {
                out.push('/');
                out.push_str(i);
            }
        } else if !rest.is_empty() {
            out.push('/');
            out.push_str(rest);
        }
    }
    out
}

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let mut payload = payload.take();
        Box::pin(async move {
            if !is_json(&req) {
                return Err(ApiError::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "send the body as JSON with `Content-Type: application/json`",
                ));
            }
            let limit = req
                .app_data::<web::Data<AppState>>()
                .map(|s| s.settings.limits.json_bytes)
                .unwrap_or(2 * 1024 * 1024);
            let body = read_limited(&mut payload, limit).await?;
            parse_json(&body).map(JsonBody)
        })
    }
}

/// `?limit=&offset=`: at most 1,000 items a page, 100 by default.
#[derive(Clone, Copy, Debug, Deserialize)]
pub struct Page {
    #[serde(default = "Page::default_limit")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
}

impl Page {
    pub const MAX_LIMIT: i64 = 1000;

    fn default_limit() -> i64 {
        100
    }

    pub fn checked(self) -> Result<Page, ApiError> {
        if !(1..=Self::MAX_LIMIT).contains(&self.limit) {
            return Err(ApiError::bad_request(format!(
                "limit must be between 1 and {}",
                Self::MAX_LIMIT
            ))
            .at("limit"));
        }
        if self.offset < 0 {
            return Err(ApiError::bad_request("offset must not be negative").at("offset"));
        }
        Ok(self)
    }
}

/// Query strings that do not parse become 400 problems naming the parameter.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _req| {
        ApiError::bad_request(format!("the query string is invalid: {err}")).into()
    })
}

/// Path segments that do not parse (an id that is not a number) name nothing that exists.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default()
        .error_handler(|err, _req| ApiError::not_found(format!("no such resource: {err}")).into())
}

/// RFC 7386 JSON merge patch: objects merge key by key, `null` removes, anything else
/// replaces.
pub fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    use serde_json::Value;
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Default::default());
    }
    if let Value::Object(map) = target {
        for (key, value) in patch {
            if value.is_null() {
                map.remove(key);
            } else {
                merge_patch(map.entry(key.clone()).or_insert(Value::Null), value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_fields_are_named_by_json_pointer() {
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)]
        struct Inner {
            title: String,
        }
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)]
        struct Outer {
            events: Vec<Inner>,
        }
        let err = parse_json::<Outer>(br#"{"events":[{"title":"a"},{"title":5}]}"#).unwrap_err();
        assert_eq!(err.problem().pointer.as_deref(), Some("/events/1/title"));
        assert!(
            err.problem().detail.contains("expected a string"),
            "{}",
            err.problem().detail
        );
        let err = parse_json::<Outer>(b"{\"events\": [").unwrap_err();
        assert!(
            err.problem().detail.contains("not valid JSON"),
            "{}",
            err.problem().detail
        );
    }
}
