//! Roles (the vocabulary plus roles found in plans) and people.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Conn, Result, StoreError, conflict_on_unique, now, on};
use crate::plan::{Lang, roles::ROLES};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Role {
    pub slug: String,
    pub label_ru: String,
    pub label_vi: String,
    pub label_en: String,
    #[serde(skip)]
    pub synonyms_json: String,
    /// Part of the built-in vocabulary (not found in a plan).
    pub builtin: bool,
    pub created_at: DateTime<Utc>,
}

impl Role {
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.label_ru,
            Lang::Vi => &self.label_vi,
            Lang::En => &self.label_en,
        }
    }

    pub(crate) fn synonyms(&self) -> Vec<String> {
        serde_json::from_str(&self.synonyms_json).unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Person {
    pub id: i64,
    pub name: String,
    /// The organization as written beside the name ("" when none was).
    pub org_name: String,
    pub org_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

const ROLE_COLUMNS: &str = "slug, label_ru, label_vi, label_en, synonyms_json, builtin, created_at";
const PERSON_COLUMNS: &str = "id, name, org_name, org_id, created_at";

/// A person the public may see: named in a live event of an organization whose feeds and
/// names are public (the rule is `plan::privacy::Audience::sees_names`).
const NAMED_IN_PUBLIC: &str = "EXISTS (SELECT 1 FROM event_people epp \
    JOIN events ev ON ev.id = epp.event_id JOIN plans pl ON pl.id = ev.plan_id \
    JOIN organizations og ON og.id = pl.org_id WHERE epp.person_id = people.id \
    AND ev.deleted_at IS NULL AND pl.deleted_at IS NULL AND og.public_feeds AND og.public_names)";

impl Conn<'_> {
    /// Brings the stored built-in roles in line with `plan::roles::ROLES`.
    pub(super) async fn sync_builtin_roles(&mut self) -> Result<()> {
        const SQL: &str = "INSERT INTO roles (slug, label_ru, label_vi, label_en, synonyms_json, \
            builtin, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (slug) DO UPDATE \
            SET label_ru = excluded.label_ru, label_vi = excluded.label_vi, \
            label_en = excluded.label_en, synonyms_json = excluded.synonyms_json, builtin = excluded.builtin";
        let at = now();
        for r in ROLES {
            let synonyms = serde_json::to_string(r.synonyms).unwrap_or_else(|_| "[]".into());
            on!(self, c => sqlx::query(SQL).bind(r.slug).bind(r.ru).bind(r.vi).bind(r.en)
                .bind(synonyms.as_str()).bind(true).bind(at).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        }
        Ok(())
    }

    pub(crate) async fn list_roles(&mut self) -> Result<Vec<Role>> {
        let sql = format!("SELECT {ROLE_COLUMNS} FROM roles ORDER BY builtin DESC, slug");
        Ok(on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut **c).await)?)
    }

    /// The role with this slug.
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn role(&mut self, slug: &str) -> Result<Option<Role>> {
        let sql = format!("SELECT {ROLE_COLUMNS} FROM roles WHERE slug = $1");
        Ok(
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(slug)
            .fetch_optional(&mut **c).await)?,
        )
    }

    /// A role with these labels; fails with Conflict when the slug is taken.
    pub(crate) async fn create_role(
        &mut self,
        slug: &str,
        ru: &str,
        vi: &str,
        en: &str,
        synonyms: &[String],
    ) -> Result<Role> {
        const SQL: &str = "INSERT INTO roles (slug, label_ru, label_vi, label_en, synonyms_json, \
            builtin, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
        let synonyms = serde_json::to_string(synonyms).unwrap_or_else(|_| "[]".into());
        on!(self, c => sqlx::query(SQL).bind(slug).bind(ru).bind(vi).bind(en)
            .bind(synonyms.as_str()).bind(false).bind(now()).execute(&mut **c).await.map(|r| r.rows_affected()))
        .map_err(|e| conflict_on_unique(e, || format!("a role with slug {slug:?} already exists")))?;
        self.changed_feeds();
        self.role(slug)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("role {slug:?}")))
    }

    pub(crate) async fn update_role(
        &mut self,
        slug: &str,
        ru: &str,
        vi: &str,
        en: &str,
        synonyms: &[String],
    ) -> Result<Role> {
        const SQL: &str = "UPDATE roles SET label_ru = $1, label_vi = $2, label_en = $3, \
            synonyms_json = $4 WHERE slug = $5";
        let synonyms = serde_json::to_string(synonyms).unwrap_or_else(|_| "[]".into());
        let done = on!(self, c => sqlx::query(SQL).bind(ru).bind(vi).bind(en)
            .bind(synonyms.as_str()).bind(slug).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if done == 0 {
            return Err(StoreError::NotFound(format!("role {slug:?}")));
        }
        self.changed_feeds();
        self.role(slug)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("role {slug:?}")))
    }

    /// Deletes a role found in plans or made by hand; the built-in vocabulary stays
    /// (deleting one would silently unlink every event that has it).
    pub(crate) async fn delete_role(&mut self, slug: &str) -> Result<()> {
        if let Some(role) = self.role(slug).await?
            && role.builtin
        {
            return Err(StoreError::Conflict(format!(
                "role {slug:?} is built in and cannot be deleted; change its labels instead"
            )));
        }
        let done = on!(self, c => sqlx::query("DELETE FROM roles WHERE slug = $1")
            .bind(slug).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if done == 0 {
            return Err(StoreError::NotFound(format!("role {slug:?}")));
        }
        self.changed_feeds();
        Ok(())
    }

    /// Makes sure a role slug found in a plan exists; an unknown one becomes a new role
    /// labelled with the words the plan used.
    pub(crate) async fn ensure_role(&mut self, slug: &str, label: &str) -> Result<()> {
        if self.role(slug).await?.is_some() {
            return Ok(());
        }
        const SQL: &str = "INSERT INTO roles (slug, label_ru, label_vi, label_en, synonyms_json, \
            builtin, created_at) VALUES ($1, $2, $2, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING";
        let added = on!(self, c => sqlx::query(SQL).bind(slug).bind(label).bind("[]").bind(false)
            .bind(now()).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if added > 0 {
            self.changed_feeds();
        }
        Ok(())
    }

    /// People, for an admin (`trusted`) all of them; for the public only those named in
    /// a plan whose owner shows names (see `plan::privacy`).
    pub(crate) async fn list_people(
        &mut self,
        org_id: Option<i64>,
        trusted: bool,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Person>, i64)> {
        let sql = format!(
            "SELECT {PERSON_COLUMNS} FROM people WHERE ($1 IS NULL OR org_id = $1) \
             AND ($4 OR {NAMED_IN_PUBLIC}) ORDER BY name, id LIMIT $2 OFFSET $3"
        );
        let rows = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(org_id).bind(limit)
            .bind(offset).bind(trusted).fetch_all(&mut **c).await)?;
        let count = format!(
            "SELECT COUNT(*) FROM people WHERE ($1 IS NULL OR org_id = $1) AND ($2 OR {NAMED_IN_PUBLIC})"
        );
        let total: i64 = on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(count))
            .bind(org_id).bind(trusted).fetch_one(&mut **c).await)?;
        Ok((rows, total))
    }

    /// May the public see this person's name (named in a plan whose owner shows names)?
    pub(crate) async fn person_is_public(&mut self, id: i64) -> Result<bool> {
        let sql = format!("SELECT COUNT(*) FROM people WHERE id = $1 AND {NAMED_IN_PUBLIC}");
        let n: i64 = on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(id)
            .fetch_one(&mut **c).await)?;
        Ok(n > 0)
    }

    /// The person with this id.
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn person(&mut self, id: i64) -> Result<Option<Person>> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM people WHERE id = $1");
        Ok(
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id)
            .fetch_optional(&mut **c).await)?,
        )
    }

    /// The person of this name at this organization, created when new.
    pub(crate) async fn person_for(
        &mut self,
        name: &str,
        org_name: &str,
        org_id: Option<i64>,
    ) -> Result<Person> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM people WHERE name = $1 AND org_name = $2");
        let found: Option<Person> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(name.trim()).bind(org_name.trim()).fetch_optional(&mut **c).await)?;
        if let Some(p) = found {
            return Ok(p);
        }
        if name.trim().is_empty() {
            return Err(StoreError::invalid("/name", "name must not be empty"));
        }
        // Parallel imports may name the same person: the first insert wins, the others
        // find it.
        const INSERT: &str = "INSERT INTO people (name, org_name, org_id, created_at) \
            VALUES ($1, $2, $3, $4) ON CONFLICT (name, org_name) DO NOTHING";
        let added = on!(self, c => sqlx::query(INSERT).bind(name.trim()).bind(org_name.trim())
            .bind(org_id).bind(now()).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if added > 0 {
            self.changed_feeds();
        }
        let found: Option<Person> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(name.trim()).bind(org_name.trim()).fetch_optional(&mut **c).await)?;
        found.ok_or_else(|| StoreError::NotFound(format!("person {name:?}")))
    }

    pub(crate) async fn create_person(
        &mut self,
        name: &str,
        org_name: &str,
        org_id: Option<i64>,
    ) -> Result<Person> {
        if name.trim().is_empty() {
            return Err(StoreError::invalid("/name", "name must not be empty"));
        }
        const SQL: &str = "INSERT INTO people (name, org_name, org_id, created_at) \
            VALUES ($1, $2, $3, $4) RETURNING id";
        let id: i64 =
            on!(self, c => sqlx::query_scalar(SQL).bind(name.trim()).bind(org_name.trim())
            .bind(org_id).bind(now()).fetch_one(&mut **c).await)
            .map_err(|e| {
                conflict_on_unique(e, || format!("{name:?} of {org_name:?} already exists"))
            })?;
        self.changed_feeds();
        self.person(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("person {id}")))
    }

    pub(crate) async fn update_person(
        &mut self,
        id: i64,
        name: &str,
        org_name: &str,
        org_id: Option<i64>,
    ) -> Result<Person> {
        if name.trim().is_empty() {
            return Err(StoreError::invalid("/name", "name must not be empty"));
        }
        let done = on!(self, c => sqlx::query(
            "UPDATE people SET name = $1, org_name = $2, org_id = $3 WHERE id = $4")
            .bind(name.trim()).bind(org_name.trim()).bind(org_id).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))
        .map_err(|e| conflict_on_unique(e, || format!("{name:?} of {org_name:?} already exists")))?;
        if done == 0 {
            return Err(StoreError::NotFound(format!("person {id}")));
        }
        self.changed_feeds();
        self.person(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("person {id}")))
    }

    pub(crate) async fn delete_person(&mut self, id: i64) -> Result<()> {
        let done = on!(self, c => sqlx::query("DELETE FROM people WHERE id = $1")
            .bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if done == 0 {
            return Err(StoreError::NotFound(format!("person {id}")));
        }
        self.changed_feeds();
        Ok(())
    }
}
