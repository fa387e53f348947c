//! Admin sessions of the web pages (the cookie holds a random id; only its hash is stored)
//! and uploads waiting between their preview and their confirmation. Both are kept in the
//! database so that any instance sharing it can serve the next request of a person.
//! Neither is data feeds show: their writes commit unversioned.

use chrono::{DateTime, Duration, Utc};

use super::tokens::hash_secret;
use super::{Conn, Result, StoreError, now, on};
use crate::plan::PlanDocument;
use crate::plan::corrections::Correction;

/// 256 bits from the operating system's RNG, as 64 hex digits.
pub(crate) fn random_id() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| StoreError::Corrupt(format!("the OS random source failed: {e}")))?;
    Ok(hex::encode(bytes))
}

/// What a session made with the configured admin token keeps of it: a SHA-256 of the
/// token under a purpose of its own (never the token, and not the hash stored tokens are
/// looked up by), so a changed or removed token ends the session.
pub(crate) fn credential_fingerprint(configured_token: &str) -> String {
    hash_secret(&format!(
        "plancal web session credential:{configured_token}"
    ))
}

/// A live session: what its forms must carry.
#[derive(Clone, Debug)]
pub struct Session {
    pub csrf: String,
    pub expires_at: DateTime<Utc>,
}

/// A new session's secret (for the cookie, never stored) and its CSRF token.
pub(crate) struct NewSession {
    pub id: String,
    pub csrf: String,
}

/// An upload waiting for its confirmation.
#[derive(Clone, Debug)]
pub(crate) struct PendingImport {
    pub id: String,
    pub file_name: String,
    /// The document as the importer read it.
    pub doc: PlanDocument,
    /// The corrections made in the preview so far.
    pub corrections: Vec<Correction>,
}

#[derive(sqlx::FromRow)]
struct PendingRow {
    id: String,
    file_name: String,
    doc_json: String,
    corrections_json: String,
}

impl Conn<'_> {
    /// Starts a session for the holder of an admin token (`token_id` None: the configured
    /// one, whose `credential_fingerprint` is `credential`), and forgets sessions that have
    /// expired.
    pub(crate) async fn create_session(
        &mut self,
        token_id: Option<i64>,
        credential: Option<&str>,
        ttl: Duration,
    ) -> Result<NewSession> {
        let at = now();
        on!(self, c => sqlx::query("DELETE FROM web_sessions WHERE expires_at < $1")
            .bind(at).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        let session = NewSession {
            id: random_id()?,
            csrf: random_id()?,
        };
        on!(self, c => sqlx::query(
            "INSERT INTO web_sessions (id_hash, csrf, token_id, credential, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(hash_secret(&session.id)).bind(session.csrf.as_str()).bind(token_id)
            .bind(credential).bind(at).bind(at + ttl).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(session)
    }

    /// The session whose cookie holds `id`, while it lasts and the credential that made it
    /// holds: a stored token not revoked, or the configured token still the one whose
    /// fingerprint is `configured` (None: no token is configured now).
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn session(&mut self, id: &str, configured: Option<&str>) -> Result<Option<Session>> {
        // `s.credential = NULL` is never true: with no token configured, no session made
        // with one lives.
        let row: Option<(String, DateTime<Utc>)> = on!(self, c => sqlx::query_as(
            "SELECT s.csrf, s.expires_at FROM web_sessions s \
             LEFT JOIN api_tokens t ON t.id = s.token_id \
             WHERE s.id_hash = $1 AND s.expires_at > $2 \
             AND ((s.token_id IS NOT NULL AND t.revoked_at IS NULL) \
                  OR (s.token_id IS NULL AND s.credential = $3))")
            .bind(hash_secret(id)).bind(now()).bind(configured)
            .fetch_optional(&mut **c).await)?;
        Ok(row.map(|(csrf, expires_at)| Session { csrf, expires_at }))
    }

    /// Logs a session out.
    pub(crate) async fn end_session(&mut self, id: &str) -> Result<()> {
        on!(self, c => sqlx::query("DELETE FROM web_sessions WHERE id_hash = $1")
            .bind(hash_secret(id)).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Keeps an uploaded document for its preview; returns its id. Uploads left
    /// unconfirmed past their time are forgotten here.
    pub(crate) async fn create_pending_import(
        &mut self,
        file_name: &str,
        doc: &PlanDocument,
        ttl: Duration,
    ) -> Result<String> {
        let at = now();
        on!(self, c => sqlx::query("DELETE FROM pending_imports WHERE expires_at < $1")
            .bind(at).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        let id = random_id()?;
        let doc_json = super::plans::to_json(doc)?;
        on!(self, c => sqlx::query(
            "INSERT INTO pending_imports (id, file_name, doc_json, corrections_json, created_at, expires_at) \
             VALUES ($1, $2, $3, '[]', $4, $5)")
            .bind(id.as_str()).bind(file_name).bind(doc_json.as_str()).bind(at).bind(at + ttl)
            .execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(id)
    }

    /// An upload still waiting, if `id` names one.
    pub(crate) async fn pending_import(&mut self, id: &str) -> Result<Option<PendingImport>> {
        let row: Option<PendingRow> = on!(self, c => sqlx::query_as(
            "SELECT id, file_name, doc_json, corrections_json FROM pending_imports \
             WHERE id = $1 AND expires_at > $2")
            .bind(id).bind(now()).fetch_optional(&mut **c).await)?;
        let Some(row) = row else { return Ok(None) };
        let corrupt = |e: serde_json::Error| StoreError::Corrupt(format!("pending import: {e}"));
        Ok(Some(PendingImport {
            doc: serde_json::from_str(&row.doc_json).map_err(corrupt)?,
            corrections: serde_json::from_str(&row.corrections_json).map_err(corrupt)?,
            id: row.id,
            file_name: row.file_name,
        }))
    }

    /// Replaces the corrections of a waiting upload.
    pub(crate) async fn set_pending_corrections(
        &mut self,
        id: &str,
        corrections: &[Correction],
    ) -> Result<()> {
        let json = super::plans::to_json(&corrections)?;
        let done = on!(self, c => sqlx::query(
            "UPDATE pending_imports SET corrections_json = $1 WHERE id = $2")
            .bind(json.as_str()).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if done == 0 {
            return Err(StoreError::NotFound("the uploaded plan".into()));
        }
        Ok(())
    }

    /// Forgets a waiting upload (confirmed or abandoned); false when it was already gone.
    pub(crate) async fn delete_pending_import(&mut self, id: &str) -> Result<bool> {
        let done = on!(self, c => sqlx::query("DELETE FROM pending_imports WHERE id = $1")
            .bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        Ok(done > 0)
    }
}
