//! Importing a plan: the preview (which stored plan a document would update, and what
//! that changes) and the import itself (the plan stored, read back), one transaction.

use serde::Serialize;

use super::CommandError;
use crate::plan::PlanDocument;
use crate::plan::diff::{ImportDiff, import_diff};
use crate::store::{Conn, ImportOutcome, Store, StoreError};

/// Where the document being imported comes from.
#[derive(Clone, Copy, Debug)]
pub enum Upload<'a> {
    /// Read from a file (CLI) or an API upload, and stored at once.
    Direct,
    /// An upload waiting on the upload page for confirmation: taken off the waiting list in
    /// the same transaction, so a second confirm finds it gone.
    Pending(&'a str),
}

/// The stored plan a document updates, and what storing it changes there.
#[derive(Clone, Debug)]
pub struct Reimport {
    /// The stored plan, as `plan_document` reads it.
    pub stored: PlanDocument,
    pub(crate) diff: ImportDiff,
}

impl Reimport {
    /// The stored events storing the document cancels (their rows left the file).
    pub fn cancels(&self) -> Vec<&crate::plan::EventDoc> {
        self.diff
            .cancelled
            .iter()
            .filter_map(|&i| self.stored.events.get(i))
            .collect()
    }

    /// `{"plan": id, "title": …, "cancels": [{"id", "title"}]}`, as the API shows it.
    pub fn summary(reimport: Option<&Reimport>) -> ReimportSummary {
        let Some(r) = reimport else {
            return ReimportSummary::default();
        };
        ReimportSummary {
            plan: r.stored.id,
            title: Some(r.stored.title.clone()),
            cancels: r
                .cancels()
                .into_iter()
                .map(|e| CancelledEvent {
                    id: e.id,
                    title: e.title.clone(),
                })
                .collect(),
        }
    }
}

/// What the API says of a re-import: the plan it updates (null for a new plan) and the
/// events it cancels.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ReimportSummary {
    pub plan: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub cancels: Vec<CancelledEvent>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CancelledEvent {
    pub id: Option<i64>,
    pub title: String,
}

/// What importing a plan did.
#[derive(Clone, Debug)]
pub struct Imported {
    pub outcome: ImportOutcome,
    /// The plan as stored (ids, UIDs, SEQUENCEs).
    pub plan: Option<PlanDocument>,
    /// The stored plan it updated, as it was before, and what changed there.
    pub reimport: Option<Reimport>,
}

/// The preview of importing `doc`: the stored plan it would update and what that changes,
/// or None for a new plan. Reads only.
///
/// # Errors
///
/// A database error, or stored data that no longer reads.
pub async fn preview(c: &mut Conn<'_>, doc: &PlanDocument) -> Result<Option<Reimport>, StoreError> {
    let Some(org) = c.import_owner(doc).await? else {
        return Ok(None);
    };
    let Some(id) = c.plan_for_reimport(org.id, doc).await? else {
        return Ok(None);
    };
    Ok(c.plan_document(id).await?.map(|stored| Reimport {
        diff: import_diff(&stored.events, &doc.events),
        stored,
    }))
}

/// Stores `doc` as a new plan or the new version of the one it re-imports (UIDs kept,
/// SEQUENCE bumped on change, rows gone cancelled; `plan::merge`), in one transaction.
///
/// # Errors
///
/// `CommandError::UploadGone` for a pending upload no longer waiting; a store error
/// (`StoreError::Invalid` naming the field at fault, a database error). Nothing is stored
/// then.
pub async fn import_plan(
    store: &Store,
    doc: &PlanDocument,
    upload: Upload<'_>,
) -> Result<Imported, CommandError> {
    let mut tx = store.begin().await?;
    let imported = store_plan(&mut tx.conn(), doc, upload).await?;
    tx.commit().await?;
    Ok(imported)
}

async fn store_plan(
    c: &mut Conn<'_>,
    doc: &PlanDocument,
    upload: Upload<'_>,
) -> Result<Imported, CommandError> {
    if let Upload::Pending(id) = upload
        && !c.delete_pending_import(id).await?
    {
        return Err(CommandError::UploadGone);
    }
    let reimport = preview(c, doc).await?;
    let outcome = c.save_import(doc).await?;
    let plan = c.plan_document(outcome.saved.plan_id).await?;
    Ok(Imported {
        outcome,
        plan,
        reimport,
    })
}
