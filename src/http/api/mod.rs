//! The REST API under `/api/v1` (JSON; writes need an admin token).

pub(crate) mod events;
pub(crate) mod imports;
pub(crate) mod org_aliases;
pub(crate) mod orgs;
pub(crate) mod people;
pub(crate) mod plans;
pub(crate) mod roles;
pub(crate) mod sources;
pub(crate) mod timing;
pub(crate) mod tokens;

use actix_web::web;
use serde::Serialize;

use super::auth::Viewer;
use super::error::ApiError;
use super::extract::Page;
use crate::plan::Organization;
use crate::plan::privacy::OrgPrivacy;
use crate::store::Conn;

/// The organization `slug` as this viewer may see it: one with private feeds does not
/// exist for the public (404, the same answer as for a slug nobody has).
pub(crate) async fn visible_org(
    conn: &mut Conn<'_>,
    slug: &str,
    viewer: Viewer,
) -> Result<Organization, ApiError> {
    let org = conn.require_org(slug).await?;
    if viewer.audience().sees_org(privacy_of(&org)) {
        Ok(org)
    } else {
        Err(ApiError::not_found(format!(
            "organization {slug:?} does not exist"
        )))
    }
}

/// An organization's flags as `plan::privacy` reads them.
pub(crate) fn privacy_of(org: &Organization) -> OrgPrivacy {
    OrgPrivacy {
        public_feeds: org.public_feeds,
        public_names: org.public_names,
    }
}

/// One page of a list.
#[derive(Serialize)]
pub(crate) struct List<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub limit: i64,
    pub offset: i64,
}

impl List<()> {
    /// A list's fields but its items: `events` writes them around items already in JSON.
    pub(crate) fn page_of(total: i64, page: &Page, next: Option<String>) -> ListTail {
        ListTail {
            total,
            limit: page.limit,
            offset: page.offset,
            next,
        }
    }
}

/// `List` without its items (serialised in the same order), and the `after=` cursor of
/// the next page when more events follow (`/api/v1/events`).
#[derive(Serialize)]
pub(crate) struct ListTail {
    pub total: i64,
    pub limit: i64,
    pub offset: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

impl<T> List<T> {
    pub(crate) fn new(items: Vec<T>, total: i64, page: Page) -> Self {
        List {
            items,
            total,
            limit: page.limit,
            offset: page.offset,
        }
    }
}

pub(crate) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.configure(orgs::routes)
        .configure(org_aliases::routes)
        .configure(sources::routes)
        .configure(plans::routes)
        .configure(events::routes)
        .configure(roles::routes)
        .configure(people::routes)
        .configure(timing::routes)
        .configure(imports::routes)
        .configure(tokens::routes);
}
