//! The plan model: organizations, plans with nested sections, events, roles and people,
//! as PRODUCT.md describes them. Pure: no I/O, no actix, no sqlx.
//!
//! Values that come from outside (slugs, time zones, academic years) are parsed once into
//! newtypes here, so the rest of the code never re-validates them.

mod calendar;
pub mod corrections;
pub mod diff;
mod document;
mod identity;
pub mod matching;
mod org;
mod org_key;
pub mod privacy;
pub mod roles;
mod slug;
mod translit;

pub use crate::timing::{AcademicYear, AcademicYearError, Lang, UnknownLang};
pub use calendar::CalendarTime;
pub use document::{
    EventDoc, EventStatus, FieldProblem, ImportWarning, PartnerRef, PersonRef, Pinned,
    PlanDocument, SectionDoc, UnknownStatus,
};
pub use identity::{StoredPlan, reimport_target};
pub use org::{OrgKind, Organization, OrganizationInput, Tz, UnknownTz};
pub use org_key::{name_similarity, org_match_key, similar_names};
pub use slug::{Slug, SlugError};
pub use translit::transliterate;
