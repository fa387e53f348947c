//! The OpenAPI document, generated from the handlers' annotations; served at
//! `/api/openapi.json` with a browsable (vendored) Swagger UI at `/api/docs/`.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::api;

#[derive(OpenApi)]
#[openapi(
    info(title = "plancal", description = "School and library work plans as subscribable calendars."),
    paths(
        api::orgs::list, api::orgs::create, api::orgs::get, api::orgs::replace, api::orgs::patch,
        api::orgs::delete, api::orgs::feeds,
        api::org_aliases::list, api::org_aliases::add, api::org_aliases::remove,
        api::org_aliases::merge,
        api::sources::list, api::sources::create, api::sources::get, api::sources::remove,
        api::sources::refresh,
        api::plans::list, api::plans::create, api::plans::get, api::plans::replace,
        api::plans::patch, api::plans::delete,
        api::events::list, api::events::create, api::events::get, api::events::replace,
        api::events::patch, api::events::delete,
        api::roles::list, api::roles::create, api::roles::get, api::roles::replace,
        api::roles::patch, api::roles::delete,
        api::people::list, api::people::create, api::people::get, api::people::replace,
        api::people::patch, api::people::delete,
        api::timing::parse, api::imports::create,
        api::tokens::create, api::tokens::list, api::tokens::revoke,
    ),
    modifiers(&BearerAuth),
)]
pub(crate) struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
            );
        } else {
            let mut components = utoipa::openapi::Components::new();
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
            );
            openapi.components = Some(components);
        }
    }
}
