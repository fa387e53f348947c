//! The REST API under `/api/v1` (JSON; writes need an admin token).

pub mod events;
pub mod imports;
pub mod org_aliases;
pub mod orgs;
pub mod people;
pub mod plans;
pub mod roles;
pub mod timing;
pub mod tokens;

use actix_web::web;
use serde::Serialize;

use super::extract::Page;

/// One page of a list.
#[derive(Serialize)]
pub struct List<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub limit: i64,
    pub offset: i64,
}

impl<T> List<T> {
    pub fn new(items: Vec<T>, total: i64, page: Page) -> Self {
        List {
            items,
            total,
            limit: page.limit,
            offset: page.offset,
        }
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.configure(orgs::routes)
        .configure(org_aliases::routes)
        .configure(plans::routes)
        .configure(events::routes)
        .configure(roles::routes)
        .configure(people::routes)
        .configure(timing::routes)
        .configure(imports::routes)
        .configure(tokens::routes);
}
