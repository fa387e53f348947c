//! `GET /subscribe/{feed}`: the subscribe page a feed's QR code opens (`web::subscribe_page`).
//! The feed is named as under /feeds ("orgs/x/merged.ics", "roles/r.ics?org=x"); a feed
//! that does not exist, or is private, is a 404 like the feed itself.

use actix_web::{HttpRequest, HttpResponse, web};

use super::labels::feed_links;
use crate::feeds::{FeedError, FeedRequest, SubscribeLinks};
use crate::http::AppState;
use crate::http::error::ApiError;
use crate::http::page_request::PageRequest;
use crate::web::subscribe_page::subscribe_page;

pub(super) async fn subscribe(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let path = req
        .path()
        .strip_prefix("/subscribe/")
        .unwrap_or_default()
        .to_string();
    let full = match req.query_string() {
        "" => path,
        q => format!("{path}?{q}"),
    };
    let not_found = |e: FeedError| ApiError::not_found(e.to_string());
    let feed = FeedRequest::parse_path(&full).map_err(not_found)?;
    let mut reader = state.store.reader().await?;
    let resolved = feed
        .resolve(&mut reader.conn())
        .await
        .map_err(|e| match e {
            FeedError::Store(s) => ApiError::from(s),
            other => not_found(other),
        })?;
    drop(reader);
    if !resolved.public {
        return Err(ApiError::not_found("no such feed"));
    }
    let pr = PageRequest::new(&req);
    let lang = pr.lang(Some(resolved.lang));
    let links = SubscribeLinks::new(
        &state.settings.public_url,
        &feed.canonical(),
        &resolved.name,
    );
    let chrome = pr.chrome(lang, &resolved.name);
    Ok(pr.html(subscribe_page(&chrome, &feed_links(links))))
}
