//! What the web pages ask for that the API does not: organizations that own plans with
//! their counts (the home page), and the organizations one works with (its partners and
//! the owners of plans that name it), so partner-only organizations are reached from them.

use super::orgs::{COLUMNS, OrgRow};
use super::{Conn, Result, on};
use crate::plan::Organization;

/// An organization with how much it plans.
#[derive(Clone, Debug)]
pub(crate) struct OrgSummary {
    pub org: Organization,
    pub plans: i64,
    pub events: i64,
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    #[sqlx(flatten)]
    org: OrgRow,
    plan_count: i64,
    event_count: i64,
}

impl Conn<'_> {
    /// Organizations that own at least one plan (partner stubs own none and are left out),
    /// by name; the public does not see those with private feeds.
    pub(crate) async fn orgs_with_plans(&mut self, trusted: bool) -> Result<Vec<OrgSummary>> {
        let sql = format!(
            "SELECT {COLUMNS}, \
             (SELECT COUNT(*) FROM plans p WHERE p.org_id = o.id AND p.deleted_at IS NULL) AS plan_count, \
             (SELECT COUNT(*) FROM events e JOIN plans p ON p.id = e.plan_id \
              WHERE p.org_id = o.id AND p.deleted_at IS NULL AND e.deleted_at IS NULL) AS event_count \
             FROM organizations o WHERE (o.public_feeds OR $1) \
             AND EXISTS (SELECT 1 FROM plans p WHERE p.org_id = o.id AND p.deleted_at IS NULL) \
             ORDER BY o.name"
        );
        let rows: Vec<SummaryRow> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(trusted).fetch_all(&mut **c).await)?;
        rows.into_iter()
            .map(|r| {
                Ok(OrgSummary {
                    org: Organization::try_from(r.org)?,
                    plans: r.plan_count,
                    events: r.event_count,
                })
            })
            .collect()
    }

    /// The organizations `org_id` works with: those its plans and events name as partners,
    /// and the owners of other plans that name it (as a partner, place or through a person).
    pub(crate) async fn related_orgs(
        &mut self,
        org_id: i64,
        trusted: bool,
    ) -> Result<Vec<Organization>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM organizations o WHERE o.id <> $1 AND (o.public_feeds OR $2) AND ( \
             o.id IN (SELECT pp.org_id FROM plan_partners pp JOIN plans p ON p.id = pp.plan_id \
                      WHERE p.org_id = $1 AND p.deleted_at IS NULL) \
             OR o.id IN (SELECT ep.org_id FROM event_partners ep JOIN events e ON e.id = ep.event_id \
                      JOIN plans p ON p.id = e.plan_id \
                      WHERE p.org_id = $1 AND p.deleted_at IS NULL AND e.deleted_at IS NULL) \
             OR o.id IN (SELECT p.org_id FROM plans p JOIN plan_partners pp ON pp.plan_id = p.id \
                      WHERE pp.org_id = $1 AND p.deleted_at IS NULL) \
             OR o.id IN (SELECT pe.org_id FROM people pe JOIN event_people epp ON epp.person_id = pe.id \
                      JOIN events e ON e.id = epp.event_id JOIN plans p ON p.id = e.plan_id \
                      WHERE p.org_id = $1 AND p.deleted_at IS NULL AND e.deleted_at IS NULL) \
             OR o.id IN (SELECT p.org_id FROM plans p JOIN events e ON e.plan_id = p.id \
                      WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND e.id IN ({}))) \
             ORDER BY o.name",
            super::feeds::events_naming_org(1)
        );
        let rows: Vec<OrgRow> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(org_id).bind(trusted).fetch_all(&mut **c).await)?;
        rows.into_iter().map(Organization::try_from).collect()
    }
}

impl Conn<'_> {
    /// A plan's title and sections (the event page names both), without its events.
    pub(crate) async fn plan_heading(
        &mut self,
        plan_id: i64,
    ) -> Result<Option<(String, Vec<crate::plan::SectionDoc>)>> {
        let row: Option<(String, String)> = on!(self, c => sqlx::query_as(
            "SELECT title, sections_json FROM plans WHERE id = $1")
            .bind(plan_id).fetch_optional(&mut **c).await)?;
        row.map(|(title, json)| {
            serde_json::from_str(&json)
                .map(|sections| (title, sections))
                .map_err(|e| super::StoreError::Corrupt(format!("plan {plan_id}: {e}")))
        })
        .transpose()
    }
}
