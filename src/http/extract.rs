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

/// For `Option<Option<T>>` fields of a PATCH body (`#[serde(default, with = "double_option")]`):
/// tells a missing field (keep) from an explicit null (clear), which serde alone reads alike.
pub(crate) mod double_option {
    use serde::{Deserialize, Deserializer};

    pub(crate) fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}

/// A PATCH field that may be changed but not removed (read with `double_option`): `null` is
/// a 422 naming it, where it used to read as absent and the PATCH answered 200 doing nothing.
///
/// # Errors
///
/// 422 at `/field` for `null`.
pub(crate) fn not_null<T>(field: &str, value: Option<Option<T>>) -> Result<Option<T>, ApiError> {
    match value {
        Some(None) => Err(ApiError::unprocessable(format!(
            "`{field}` cannot be null: send a value, or leave the field out to keep it"
        ))
        .at(format!("/{field}"))),
        Some(Some(v)) => Ok(Some(v)),
        None => Ok(None),
    }
}

/// A query string parsed as `T`, naming the parameter at fault: `web::Query` said only
/// "invalid digit found in string" for `?limit=ten`.
pub(crate) struct Query<T>(pub T);

impl<T> std::ops::Deref for Query<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Query<T> {
    pub(crate) fn into_inner(self) -> T {
        self.0
    }
}

impl<T: DeserializeOwned> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(parse_query(req.query_string()).map(Query))
    }
}

/// Parses a query string, naming the parameter whose value does not fit (400 at it).
pub(crate) fn parse_query<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize::<_, T>(de).map_err(|err| {
        let field = err.path().to_string();
        let inner = err.inner().to_string();
        if field.is_empty() || field == "." {
            ApiError::bad_request(format!("the query string is invalid: {inner}"))
        } else {
            ApiError::bad_request(format!("query parameter `{field}`: {inner}")).at(field)
        }
    })
}

/// A JSON body, read up to the configured limit and parsed with the path of any bad field.
pub(crate) struct JsonBody<T>(pub T);

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

/// How long a request body may stall (no bytes arriving) before the request is dropped
/// with 408: a slow client cannot hold a worker and a connection for long.
pub(crate) const BODY_IDLE: std::time::Duration = std::time::Duration::from_secs(10);

/// The next chunk of a body, or 408 when none arrives within `BODY_IDLE`.
pub(crate) async fn next_chunk<S, T>(stream: &mut S) -> Result<Option<T>, ApiError>
where
    S: futures_util::Stream<Item = T> + Unpin,
{
    tokio::time::timeout(BODY_IDLE, stream.next())
        .await
        .map_err(|_| {
            ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                format!(
                    "the request body stalled for {} s; send it again",
                    BODY_IDLE.as_secs()
                ),
            )
        })
}

/// Reads the whole body, refusing it (413) as soon as it passes `limit` bytes.
pub(crate) async fn read_limited(
    payload: &mut Payload,
    limit: usize,
) -> Result<web::BytesMut, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than the limit of {limit} bytes"),
        )
    };
    let mut body = web::BytesMut::new();
    while let Some(chunk) = next_chunk(payload).await? {
        let chunk = chunk.map_err(|e| {
            ApiError::bad_request(format!("the request body could not be read: {e}"))
        })?;
        if body.len() + chunk.len() > limit {
            // Read (and drop) a bounded rest so the client, still sending, gets to see the
            // 413 instead of a reset connection.
            let mut drained = body.len() + chunk.len();
            drop(body);
            while drained < limit.saturating_mul(8) {
                match next_chunk(payload).await {
                    Ok(Some(Ok(more))) => drained += more.len(),
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
pub(crate) fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
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
                    format!("the JSON body does not fit: {}", data_message(inner))
                }
                _ => format!("field `{path}`: {}", data_message(inner)),
            };
            let e = ApiError::bad_request(detail);
            Err(if pointer.is_empty() { e } else { e.at(pointer) })
        }
    }
}

/// What a value that does not fit its field says, without serde's "at line 1 column 30" (the
/// field is named already), and with the format chrono wanted when a date or time would not
/// parse ("input contains invalid characters" alone tells nobody what to type).
fn data_message(inner: &serde_json::Error) -> String {
    let text = inner.to_string();
    let text = match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    };
    const CHRONO: [&str; 5] = [
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "input is out of range",
        "input is not enough",
    ];
    if CHRONO.iter().any(|m| text.contains(m)) {
        format!("{text}: a date is written YYYY-MM-DD (2026-04-15), a time HH:MM (14:30)")
    } else {
        text
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
            if let Ok(value) = serde_json::from_slice::<serde_json::Value>(&body) {
                check_json(&value, "")?;
            }
            parse_json(&body).map(JsonBody)
        })
    }
}

/// Longest slug (organizations, roles) both backends index.
pub(crate) const MAX_SLUG: usize = crate::plan::Slug::MAX_LEN;
/// Longest name (people, organizations, labels): kept well under PostgreSQL's btree entry
/// limit for the unique indexes on names.
pub(crate) const MAX_NAME: usize = 300;
/// Longest title.
pub(crate) const MAX_TITLE: usize = 20_000;
/// Longest free text (descriptions, notes, responsible cells, timing texts).
pub(crate) const MAX_TEXT: usize = 100_000;
/// Longest query parameter value.
pub(crate) const MAX_QUERY_VALUE: usize = 1000;
/// Years a date may fall in, either side of this year: calendar clients drop events outside
/// a sane range, and a date centuries away only makes the server walk series to it.
pub(crate) const YEARS_AROUND: i32 = 100;

/// The years dates may be in: `YEARS_AROUND` either side of today's.
pub(crate) fn years() -> std::ops::RangeInclusive<i32> {
    let this_year = chrono::Datelike::year(&chrono::Utc::now());
    (this_year - YEARS_AROUND)..=(this_year + YEARS_AROUND)
}

/// Steps between a recurrence's occurrences (`interval`) and occurrences of a bounded one
/// (`count`), as the .ics importer takes them.
pub(crate) const RECURRENCE_INTERVAL: std::ops::RangeInclusive<u64> = 1..=1000;
pub(crate) const RECURRENCE_COUNT: std::ops::RangeInclusive<u64> = 1..=10_000;

/// Refuses NUL and other control characters (tab and line breaks are text in multi-line
/// fields) and values longer than `max` characters, naming the field.
pub(crate) fn check_text(field: &str, value: &str, max: usize) -> Result<(), ApiError> {
    check_chars(field, value, max, true)
}

fn check_chars(field: &str, value: &str, max: usize, multiline: bool) -> Result<(), ApiError> {
    let bad = |what: String| Err(ApiError::bad_request(format!("`{field}` {what}")).at(field));
    if let Some(c) = value
        .chars()
        .find(|c| c.is_control() && !(multiline && matches!(c, '\t' | '\n' | '\r')))
    {
        return bad(format!(
            "contains the control character U+{:04X}; send text without it",
            u32::from(c)
        ));
    }
    let n = value.chars().count();
    if n > max {
        return bad(format!("is {n} characters long; at most {max} are kept"));
    }
    Ok(())
}

/// How long a string under this key may be.
fn limit_for(key: &str, parent: &str) -> usize {
    match (key, parent) {
        ("slug" | "org" | "role", _) | (_, "roles") => MAX_SLUG,
        (
            "name" | "short_name" | "ru" | "vi" | "en" | "label" | "color" | "kind" | "locale"
            | "timezone" | "status",
            _,
        )
        | (_, "partners" | "synonyms" | "byday") => MAX_NAME,
        ("title" | "key" | "number" | "section", _) => MAX_TITLE,
        _ => MAX_TEXT,
    }
}

/// RFC 5545 BYDAY: an optional ordinal (±1..53) and a weekday ("TH", "2MO", "-1SU").
pub(crate) fn is_byday(value: &str) -> bool {
    let Some(day) = value.get(value.len().saturating_sub(2)..) else {
        return false;
    };
    if !matches!(day, "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU") {
        return false;
    }
    let ordinal = &value[..value.len() - 2];
    if ordinal.is_empty() {
        return true;
    }
    let digits = ordinal.strip_prefix(['+', '-']).unwrap_or(ordinal);
    !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|n| (1..=53).contains(&n))
}

/// A date a client sent under a date key, if the string is one.
fn as_date(key: &str, value: &serde_json::Value) -> Option<chrono::NaiveDate> {
    matches!(key, "start" | "end" | "date" | "end_date" | "until")
        .then(|| value.as_str())
        .flatten()
        .and_then(|s| s.parse::<chrono::NaiveDate>().ok())
}

/// A recurrence's `interval` and `count` within their bounds (`interval: 0` repeated for
/// ever on the same day; `count: 4294967295` is no bound at all): 422 naming the field.
fn check_recurrence_number(
    at: &str,
    key: &str,
    parent: &str,
    value: &serde_json::Value,
) -> Result<(), ApiError> {
    let range = match (parent, key) {
        ("recurrence", "interval") => RECURRENCE_INTERVAL,
        ("recurrence", "count") => RECURRENCE_COUNT,
        _ => return Ok(()),
    };
    match value.as_u64() {
        Some(n) if range.contains(&n) => Ok(()),
        None if value.is_null() && key == "count" => Ok(()),
        _ => Err(ApiError::unprocessable(format!(
            "`{at}` must be a whole number from {} to {}",
            range.start(),
            range.end()
        ))
        .at(at)),
    }
}

/// Checks every string of a JSON body once, at the edge: no control characters, lengths
/// both backends store, dates within `YEARS` with ends not before starts, BYDAY values
/// RFC 5545 allows. Problems name the field by JSON pointer.
pub(crate) fn check_json(value: &serde_json::Value, pointer: &str) -> Result<(), ApiError> {
    check_value(value, pointer, "", "")
}

fn check_value(
    value: &serde_json::Value,
    pointer: &str,
    key: &str,
    parent: &str,
) -> Result<(), ApiError> {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            let multiline = limit_for(key, parent) >= MAX_TITLE;
            check_chars(pointer, s, limit_for(key, parent), multiline)?;
            if parent == "byday" && !is_byday(s) {
                return Err(ApiError::bad_request(format!(
                    "`{pointer}`: {s:?} is not an RFC 5545 BYDAY value such as \"TH\", \"2MO\" or \"-1SU\""
                ))
                .at(pointer));
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_value(item, &format!("{pointer}/{i}"), &i.to_string(), key)?;
            }
            Ok(())
        }
        Value::Object(map) => {
            for (k, v) in map {
                let at = format!("{pointer}/{}", k.replace('~', "~0").replace('/', "~1"));
                check_chars(&at, k, MAX_NAME, false)?;
                if let Some(d) = as_date(k, v)
                    && !years().contains(&chrono::Datelike::year(&d))
                {
                    return Err(ApiError::bad_request(format!(
                        "`{at}`: {d} is outside the years {} to {}",
                        years().start(),
                        years().end()
                    ))
                    .at(at));
                }
                check_recurrence_number(&at, k, key, v)?;
                check_value(v, &at, k, key)?;
            }
            for (first, last) in [("start", "end"), ("date", "end_date")] {
                if let (Some(a), Some(b)) = (
                    map.get(first).and_then(|v| as_date(first, v)),
                    map.get(last).and_then(|v| as_date(last, v)),
                ) && b < a
                {
                    let at = format!("{pointer}/{last}");
                    // An end before its start is well-formed but cannot be: 422.
                    return Err(ApiError::unprocessable(format!(
                        "`{at}`: {last} {b} is before {first} {a}; the end cannot precede the start"
                    ))
                    .at(at));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// `?limit=&offset=`: at most 1,000 items a page, 100 by default.
#[derive(Clone, Copy, Debug, Deserialize)]
pub(crate) struct Page {
    #[serde(default = "Page::default_limit")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
}

impl Page {
    pub(crate) const MAX_LIMIT: i64 = 1000;

    fn default_limit() -> i64 {
        100
    }

    pub(crate) fn checked(self) -> Result<Page, ApiError> {
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
pub(crate) fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _req| {
        ApiError::bad_request(format!("the query string is invalid: {err}")).into()
    })
}

/// Path segments that do not parse (an id that is not a number) name nothing that exists.
pub(crate) fn path_config() -> web::PathConfig {
    web::PathConfig::default()
        .error_handler(|err, _req| ApiError::not_found(format!("no such resource: {err}")).into())
}

/// RFC 7386 JSON merge patch: objects merge key by key, `null` removes, anything else
/// replaces.
pub(crate) fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
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
    fn control_characters_long_values_and_bad_dates_are_refused_by_field() {
        let v = serde_json::json!({"events": [{"title": "a\u{0}b"}]});
        let e = check_json(&v, "").unwrap_err();
        assert_eq!(e.problem().pointer.as_deref(), Some("/events/0/title"));
        let v = serde_json::json!({"name": "x".repeat(MAX_NAME + 1)});
        assert!(check_json(&v, "").is_err());
        let v = serde_json::json!({"description": "line\nline\ttab"});
        assert!(check_json(&v, "").is_ok());
        let v = serde_json::json!({"name": "line\nline"});
        assert!(check_json(&v, "").is_err(), "names are one line");
        let v = serde_json::json!({"when": {"start": "2025-10-31", "end": "2025-10-01"}});
        let e = check_json(&v, "").unwrap_err();
        assert_eq!(e.problem().pointer.as_deref(), Some("/when/end"));
        let v = serde_json::json!({"pinned": {"date": "9999-01-01"}});
        assert!(check_json(&v, "").is_err());
        let v = serde_json::json!({"pinned": {"date": "+10000-01-01"}});
        assert!(check_json(&v, "").is_err());
        let v = serde_json::json!({"pinned": {"date": "2025-10-01"}});
        assert!(check_json(&v, "").is_ok());
        let v = serde_json::json!({"recurrence": {"byday": ["TH", "2MO", "-1SU"]}});
        assert!(check_json(&v, "").is_ok());
        for bad in ["XX", "99MO", "0MO", "MO; DROP", "1"] {
            let v = serde_json::json!({"recurrence": {"byday": [bad]}});
            assert!(check_json(&v, "").is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_fields_are_named_by_json_pointer() {
        #[derive(Deserialize, Debug)]
        #[expect(dead_code, reason = "only deserialized, to see where it fails")]
        struct Inner {
            title: String,
        }
        #[derive(Deserialize, Debug)]
        #[expect(dead_code, reason = "only deserialized, to see where it fails")]
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
