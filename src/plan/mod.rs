//! The plan model: organizations, plans with nested sections, events, roles and people,
//! as PRODUCT.md describes them. Pure: no I/O, no actix, no sqlx.
//!
//! Values that come from outside (slugs, time zones, academic years) are parsed once into
//! newtypes here, so the rest of the code never re-validates them.

pub mod audience;
mod calendar;
pub(crate) mod corrections;
pub(crate) mod diff;
mod document;
mod edit;
pub(crate) mod hand;
mod identity;
pub(crate) mod matching;
pub(crate) mod merge;
mod org;
mod org_key;
mod outcome;
pub(crate) mod privacy;
pub(crate) mod revision;
pub(crate) mod roles;
mod slug;
mod translit;
mod warning;

pub use crate::timing::{AcademicYear, AcademicYearError, Lang, UnknownLang};
pub use calendar::CalendarTime;
pub use document::{
    ChosenBy, ColumnChoice, EventDoc, EventStatus, FieldProblem, PartnerRef, PersonRef, Pinned,
    PlanDocument, Reading, SectionDoc, UnknownStatus,
};
pub(crate) use edit::{EventEdit, OrganizationEdit};
pub(crate) use identity::{StoredPlan, reimport_target};
pub(crate) use merge::{MergeContext, MergeMode, merge};
pub use org::{OrgKind, Organization, OrganizationInput, Tz, UnknownTz};
pub(crate) use org_key::{org_match_key, similar_names};
pub use outcome::{Outcome, OutcomeStatus};
pub use slug::{Slug, SlugError};
pub use warning::{CalendarProblem, ImportWarning, RowPlace, WarningKind};
