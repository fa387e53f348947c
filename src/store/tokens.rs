//! API tokens (admin) and feed tokens (private feeds). Only SHA-256 hashes are stored; the
//! token itself is shown once, when created.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::{Conn, Result, StoreError, now, on};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Admin,
    Feed,
}

impl TokenKind {
    pub const ALL: [TokenKind; 2] = [TokenKind::Admin, TokenKind::Feed];

    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Admin => "admin",
            TokenKind::Feed => "feed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A word that is no token kind (holds the word as given).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a token kind (admin or feed)")]
pub struct UnknownTokenKind(pub String);

/// How a stored row's kind is read (`store::columns`): an unknown word is an error.
impl TryFrom<String> for TokenKind {
    type Error = UnknownTokenKind;
    fn try_from(text: String) -> Result<Self, UnknownTokenKind> {
        Self::parse(&text).ok_or(UnknownTokenKind(text))
    }
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct TokenRecord {
    pub id: i64,
    pub kind: TokenKind,
    pub label: String,
    /// For feed tokens: the feed path with its filters ("orgs/school/merged?section=1").
    pub feed: Option<String>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// 160 bits from the operating system's RNG, as 40 hex digits.
pub(crate) fn new_secret() -> Result<String> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes)
        .map_err(|e| StoreError::Corrupt(format!("the OS random source failed: {e}")))?;
    Ok(hex::encode(bytes))
}

pub(crate) fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Equal in constant time, so response timing tells nothing about how much matched.
pub(crate) fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

const COLUMNS: &str = "id, kind, label, feed, created_at, revoked_at";

impl Conn<'_> {
    /// Stores a new token; returns the record and the secret (never stored).
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn create_token(
        &mut self,
        kind: TokenKind,
        label: &str,
        feed: Option<&str>,
    ) -> Result<(TokenRecord, String)> {
        let secret = new_secret()?;
        const SQL: &str = "INSERT INTO api_tokens (kind, token_hash, label, feed, created_at) \
            VALUES ($1, $2, $3, $4, $5) RETURNING id";
        let id: i64 = on!(self, c => sqlx::query_scalar(SQL).bind(kind.as_str())
            .bind(hash_secret(&secret)).bind(label).bind(feed).bind(now())
            .fetch_one(&mut **c).await)?;
        let record = self
            .token(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("token {id}")))?;
        Ok((record, secret))
    }

    /// The token with this id, revoked or not.
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn token(&mut self, id: i64) -> Result<Option<TokenRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM api_tokens WHERE id = $1");
        Ok(
            on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id)
            .fetch_optional(&mut **c).await)?,
        )
    }

    /// Tokens of `kind` (every kind when None), oldest first.
    ///
    /// # Errors
    ///
    /// A database error, or `StoreError::Corrupt` for a stored value that no longer reads.
    pub async fn list_tokens(&mut self, kind: Option<TokenKind>) -> Result<Vec<TokenRecord>> {
        let sql =
            format!("SELECT {COLUMNS} FROM api_tokens WHERE ($1 IS NULL OR kind = $1) ORDER BY id");
        Ok(on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(kind.map(TokenKind::as_str)).fetch_all(&mut **c).await)?)
    }

    /// Revokes a token; its secret stops working at once.
    ///
    /// # Errors
    ///
    /// `StoreError::NotFound` when no live token has this id; a database error.
    pub async fn revoke_token(&mut self, id: i64) -> Result<()> {
        let done = on!(self, c => sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now()).bind(id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        if done == 0 {
            return Err(StoreError::NotFound(format!("active token {id}")));
        }
        Ok(())
    }

    /// The live token of this kind whose secret is `secret`, if any.
    pub(crate) async fn token_for_secret(
        &mut self,
        kind: TokenKind,
        secret: &str,
    ) -> Result<Option<TokenRecord>> {
        let hash = hash_secret(secret);
        #[derive(sqlx::FromRow)]
        struct Row {
            token_hash: String,
            #[sqlx(flatten)]
            record: TokenRecord,
        }
        let sql = format!(
            "SELECT token_hash, {COLUMNS} FROM api_tokens \
             WHERE token_hash = $1 AND kind = $2 AND revoked_at IS NULL"
        );
        let row: Option<Row> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(hash.as_str()).bind(kind.as_str()).fetch_optional(&mut **c).await)?;
        Ok(row
            .filter(|r| same_secret(&r.token_hash, &hash))
            .map(|r| r.record))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_random_and_hashed() {
        let a = new_secret().unwrap();
        let b = new_secret().unwrap();
        assert_eq!(a.len(), 40);
        assert_ne!(a, b);
        assert_eq!(hash_secret(&a).len(), 64);
        assert_ne!(hash_secret(&a), a);
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
    }

    #[test]
    fn a_stored_kind_reads_back_and_an_unknown_word_is_refused() {
        for kind in TokenKind::ALL {
            assert_eq!(TokenKind::try_from(kind.as_str().to_string()), Ok(kind));
        }
        let refused = TokenKind::try_from("root".to_string()).unwrap_err();
        assert!(refused.to_string().contains("\"root\""), "{refused}");
    }
}
