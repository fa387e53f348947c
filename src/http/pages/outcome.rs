//! The outcome parts of the event and organization pages: reads what they need (the mark's
//! history; the ended events with no mark) and hands plain values to `web::outcome`. The
//! forms are drawn only for a logged-in admin, with the session's CSRF token.

use chrono::Utc;
use maud::Markup;

use crate::http::AppState;
use crate::http::admin::AdminSession;
use crate::http::error::ApiError;
use crate::plan::{EventStatus, Lang, Organization};
use crate::store::{EventRecord, FeedEventRow};
use crate::web::outcome::{OutcomeView, Waiting, outcome_section, stamp, waiting_block};

/// Most events the waiting list shows (the oldest first wait longest; the report lists all).
const WAITING_SHOWN: usize = 100;

/// The event page's outcome section; its history and form for an admin only.
pub(super) async fn event_outcome(
    state: &AppState,
    record: &EventRecord,
    session: Option<&AdminSession>,
    (lang, tz_name): (Lang, &str),
) -> Result<Markup, ApiError> {
    let id = record.doc.id.unwrap_or_default();
    let history = match session {
        Some(_) => {
            let mut r = state.store.reader().await?;
            r.conn().outcome_history(id).await?
        }
        None => Vec::new(),
    };
    let view = OutcomeView {
        event_id: id,
        outcome: record.outcome.as_ref(),
        history: history
            .into_iter()
            .map(|c| (stamp(lang, c.at, tz_name), c.outcome))
            .collect(),
        csrf: session.map(|s| s.csrf.as_str()),
    };
    Ok(outcome_section(lang, &view))
}

/// The organization page's block: the report link, and for an admin the events of the
/// merged calendar that ended before today with no mark.
pub(super) fn waiting_list(
    org: &Organization,
    rows: &[FeedEventRow],
    session: Option<&AdminSession>,
    lang: Lang,
) -> Markup {
    let today = org.today(Utc::now());
    let mut waiting: Vec<Waiting> = match session {
        Some(_) => rows
            .iter()
            .filter(|r| !r.deleted && r.record.outcome.is_none())
            .filter(|r| {
                matches!(
                    r.record.doc.status,
                    EventStatus::Planned | EventStatus::Confirmed
                )
            })
            .filter_map(|r| {
                let ended = super::report::item_of(r, &[], lang).shown?.1;
                (ended < today).then(|| Waiting {
                    id: r.record.doc.id.unwrap_or_default(),
                    title: r.record.doc.title.clone(),
                    owner: r.owner_name.clone(),
                    ended,
                })
            })
            .collect(),
        None => Vec::new(),
    };
    // The longest waiting first: the order a month's marks are made in.
    waiting.sort_by_key(|w| (w.ended, w.id));
    waiting.truncate(WAITING_SHOWN);
    waiting_block(
        lang,
        org.slug.as_str(),
        &waiting,
        session.map(|s| s.csrf.as_str()),
    )
}
