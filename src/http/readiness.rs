//! `/readyz` from a database check made in the background once a second, so a load
//! balancer's probe answers at once instead of queueing behind user queries for a
//! connection. A check older than `STALE` is not trusted: the probe then checks itself.

use std::sync::{Mutex, Weak};
use std::time::{Duration, Instant};

use super::AppState;

const EVERY: Duration = Duration::from_secs(1);
const STALE: Duration = Duration::from_secs(3);

/// The last check: when it was made and what it found (the error text, if any).
#[derive(Default)]
pub(super) struct Readiness {
    last: Mutex<Option<(Instant, Result<(), Unreachable>)>>,
}

impl Readiness {
    /// The last check's result when it is recent enough to answer for now.
    pub(super) fn recent(&self) -> Option<Result<(), Unreachable>> {
        let last = self.last.lock().ok()?;
        last.as_ref()
            .filter(|(at, _)| at.elapsed() < STALE)
            .map(|(_, r)| r.clone())
    }

    pub(super) fn record(&self, result: Result<(), Unreachable>) {
        if let Ok(mut last) = self.last.lock() {
            *last = Some((Instant::now(), result));
        }
    }
}

/// Why the database did not answer a check. sqlx's error is not `Clone`, and the last
/// check's answer is shared with every probe until the next, so its text is kept.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the database did not answer: {0}")]
pub(super) struct Unreachable(pub(super) String);

/// Checks the database once a second for as long as the server's state lives.
pub(super) async fn keep_checking(state: Weak<AppState>) {
    let mut tick = tokio::time::interval(EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let Some(state) = state.upgrade() else {
            return;
        };
        let result = state
            .store
            .ping()
            .await
            .map_err(|e| Unreachable(e.to_string()));
        state.readiness.record(result);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_check_answers_and_none_yet_does_not() {
        let r = Readiness::default();
        assert_eq!(r.recent(), None);
        r.record(Err(Unreachable("down".into())));
        assert_eq!(r.recent(), Some(Err(Unreachable("down".into()))));
        r.record(Ok(()));
        assert_eq!(r.recent(), Some(Ok(())));
    }
}
