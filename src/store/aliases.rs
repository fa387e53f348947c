//! Other names of one organization, and merging two organizations that are one.
//!
//! Plans name their partners as people write them ("МОУ «Рамешковская СОШ»", "МБОУ
//! Рамешковская СОШ"); `org_match_key` joins the usual spellings, aliases join the rest, and a
//! merge joins two organizations that were created apart. A merged organization's slug keeps
//! resolving (feed URLs people subscribed to keep working).

use serde::Serialize;

use super::{Conn, Result, StoreError, conflict_on_unique, now, on};
use crate::plan::{Organization, Slug, org_match_key};

/// One other name of an organization.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub(crate) struct OrgAlias {
    pub name: String,
    pub match_key: String,
}

/// What a merge moved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub(crate) struct MergeOutcome {
    pub plans: u64,
    pub aliases: u64,
}

impl Conn<'_> {
    pub(crate) async fn org_aliases(&mut self, org_id: i64) -> Result<Vec<OrgAlias>> {
        const SQL: &str =
            "SELECT name, match_key FROM org_aliases WHERE org_id = $1 ORDER BY created_at, name";
        Ok(on!(self, c => sqlx::query_as(SQL).bind(org_id).fetch_all(&mut **c).await)?)
    }

    /// Adds `name` as another name of `org`. A name that already is this organization's is
    /// accepted as it is; one that names another organization is a conflict (merge them).
    pub(crate) async fn add_org_alias(
        &mut self,
        org: &Organization,
        name: &str,
    ) -> Result<OrgAlias> {
        let name = name.trim();
        let key = org_match_key(name);
        if key.is_empty() {
            return Err(StoreError::invalid(
                "/name",
                "an alias needs letters or digits",
            ));
        }
        if let Some(other) = self.org_id_by_key(&key).await? {
            if other == org.id {
                return Ok(OrgAlias {
                    name: name.to_string(),
                    match_key: key,
                });
            }
            return Err(StoreError::Conflict(format!(
                "{name:?} already names another organization; merge the two instead"
            )));
        }
        const SQL: &str =
            "INSERT INTO org_aliases (org_id, name, match_key, created_at) VALUES ($1, $2, $3, $4)";
        on!(self, c => sqlx::query(SQL).bind(org.id).bind(name).bind(key.as_str()).bind(now())
            .execute(&mut **c).await.map(|r| r.rows_affected()))
        .map_err(|e| conflict_on_unique(e, || format!("{name:?} is already an alias")))?;
        self.changed_feeds();
        Ok(OrgAlias {
            name: name.to_string(),
            match_key: key,
        })
    }

    pub(crate) async fn remove_org_alias(&mut self, org: &Organization, name: &str) -> Result<()> {
        const SQL: &str = "DELETE FROM org_aliases WHERE org_id = $1 AND match_key = $2";
        let key = org_match_key(name);
        let n = on!(self, c => sqlx::query(SQL).bind(org.id).bind(key.as_str())
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if n == 0 {
            return Err(StoreError::NotFound(format!(
                "alias {name:?} of {}",
                org.slug
            )));
        }
        self.changed_feeds();
        Ok(())
    }

    /// The organization whose name or alias has this key.
    pub(super) async fn org_id_by_key(&mut self, key: &str) -> Result<Option<i64>> {
        const SQL: &str = "SELECT id FROM organizations WHERE match_key = $1 \
            UNION ALL SELECT org_id FROM org_aliases WHERE match_key = $1 LIMIT 1";
        Ok(on!(self, c => sqlx::query_scalar(SQL).bind(key).fetch_optional(&mut **c).await)?)
    }

    /// The organization a merged-away slug now belongs to.
    pub(super) async fn redirected_org_id(&mut self, slug: &str) -> Result<Option<i64>> {
        const SQL: &str = "SELECT org_id FROM org_slug_redirects WHERE slug = $1";
        Ok(on!(self, c => sqlx::query_scalar(SQL).bind(slug).fetch_optional(&mut **c).await)?)
    }

    /// Makes `slug` (which no organization has) lead to organization `org_id`.
    pub(super) async fn add_slug_redirect(&mut self, slug: &Slug, org_id: i64) -> Result<()> {
        const SQL: &str = "INSERT INTO org_slug_redirects (slug, org_id) VALUES ($1, $2) \
            ON CONFLICT (slug) DO NOTHING";
        let added = on!(self, c => sqlx::query(SQL).bind(slug.as_str()).bind(org_id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if added > 0 {
            // The slug's feed URLs now lead to the organization.
            self.changed_feeds();
        }
        Ok(())
    }

    /// Moves everything of `from` (plans, partnerships, events naming it, people, aliases,
    /// its slug) to `into`, then deletes `from`. Its name becomes an alias of `into`.
    pub(crate) async fn merge_orgs(
        &mut self,
        from: &Organization,
        into: &Organization,
    ) -> Result<MergeOutcome> {
        if from.id == into.id {
            return Err(StoreError::invalid(
                "/from",
                "an organization cannot be merged into itself",
            ));
        }
        let (f, t) = (from.id, into.id);
        self.changed_feeds();
        let plans = self
            .exec_ids("UPDATE plans SET org_id = $2 WHERE org_id = $1", &[f, t])
            .await?;
        self.move_links("plan_partners", "plan_id", f, t).await?;
        self.move_links("event_partners", "event_id", f, t).await?;
        // An organization is not its own partner.
        self.exec_ids(
            "DELETE FROM plan_partners WHERE org_id = $1 \
             AND plan_id IN (SELECT id FROM plans WHERE org_id = $1)",
            &[t],
        )
        .await?;
        for sql in [
            "UPDATE events SET location_org_id = $2 WHERE location_org_id = $1",
            "UPDATE people SET org_id = $2 WHERE org_id = $1",
            "UPDATE org_aliases SET org_id = $2 WHERE org_id = $1",
            "UPDATE org_slug_redirects SET org_id = $2 WHERE org_id = $1",
        ] {
            self.exec_ids(sql, &[f, t]).await?;
        }
        self.exec_ids("DELETE FROM organizations WHERE id = $1", &[f])
            .await?;
        const REDIRECT: &str = "INSERT INTO org_slug_redirects (slug, org_id) VALUES ($1, $2)";
        on!(self, c => sqlx::query(REDIRECT).bind(from.slug.as_str()).bind(t)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        let mut aliases = 0;
        if self
            .org_id_by_key(&org_match_key(&from.name))
            .await?
            .is_none()
        {
            self.add_org_alias(into, &from.name).await?;
            aliases += 1;
        }
        Ok(MergeOutcome { plans, aliases })
    }

    /// Re-points link rows of `table` from org `f` to org `t`, dropping those `t` already has.
    async fn move_links(&mut self, table: &str, owner: &str, f: i64, t: i64) -> Result<()> {
        let drop = format!(
            "DELETE FROM {table} WHERE org_id = $1 AND {owner} IN \
             (SELECT {owner} FROM {table} WHERE org_id = $2)"
        );
        self.exec_ids(&drop, &[f, t]).await?;
        let update = format!("UPDATE {table} SET org_id = $2 WHERE org_id = $1");
        self.exec_ids(&update, &[f, t]).await?;
        Ok(())
    }

    /// Runs one statement whose parameters are ids, in order; the rows it touched.
    async fn exec_ids(&mut self, sql: &str, ids: &[i64]) -> Result<u64> {
        Ok(on!(self, c => {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()));
            for id in ids {
                q = q.bind(*id);
            }
            q.execute(&mut **c).await.map(|r| r.rows_affected())
        })?)
    }

    /// Brings every stored match key up to the current `org_match_key` (it learns new
    /// spellings between releases; SQL cannot compute it).
    pub(super) async fn refresh_match_keys(&mut self) -> Result<()> {
        let orgs: Vec<(i64, String, String)> = on!(self, c => sqlx::query_as(
            "SELECT id, name, match_key FROM organizations").fetch_all(&mut **c).await)?;
        for (id, name, key) in orgs {
            let fresh = org_match_key(&name);
            if fresh != key {
                on!(self, c => sqlx::query("UPDATE organizations SET match_key = $1 WHERE id = $2")
                    .bind(fresh.as_str()).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
            }
        }
        Ok(())
    }
}
