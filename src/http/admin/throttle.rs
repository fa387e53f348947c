//! How many wrong admin tokens a client may try: after `MAX_FAILURES` failed logins within
//! `WINDOW` from one address, `POST /login` answers 429 with Retry-After until the oldest
//! of those failures is older than the window. In memory, per instance: enough to make
//! guessing a 256-bit token by hand pointless, and forgotten on restart. A client is its
//! IPv4 address, or its IPv6 /64 (one household or server gets a whole /64). Behind a
//! reverse proxy the client is what the proxy's X-Forwarded-For says, when the proxy is in
//! `trusted_proxies` (else every client is the proxy's address, limited all together).
//!
//! The rule takes the time as an argument, so the tests walk the clock by hand.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed logins allowed per client within `WINDOW`.
pub(crate) const MAX_FAILURES: usize = 10;
/// How long a failure counts.
pub(crate) const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Clients remembered at most; past it, clients whose failures have all expired are
/// dropped first, then the whole table (a flood of addresses cannot grow it unbounded).
const MAX_CLIENTS: usize = 10_000;

/// The clients' recent failed logins.
pub struct LoginThrottle {
    max_failures: usize,
    window: Duration,
    failures: Mutex<HashMap<IpAddr, Vec<Instant>>>,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        LoginThrottle::new(MAX_FAILURES, WINDOW)
    }
}

impl LoginThrottle {
    pub fn new(max_failures: usize, window: Duration) -> Self {
        LoginThrottle {
            max_failures,
            window,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// How long `ip` must wait before it may try again (None: it may try now).
    pub fn wait(&self, ip: IpAddr, now: Instant) -> Option<Duration> {
        let failures = self.failures.lock().ok()?;
        let recent: Vec<Instant> = failures
            .get(&client(ip))?
            .iter()
            .copied()
            .filter(|t| now.saturating_duration_since(*t) < self.window)
            .collect();
        if recent.len() < self.max_failures {
            return None;
        }
        // Free again once enough of the failures have expired to leave room for one more.
        let freeing = recent[recent.len() - self.max_failures];
        let left = self.window - now.saturating_duration_since(freeing);
        Some(left.max(Duration::from_secs(1)))
    }

    /// Counts a wrong token from `ip`.
    pub fn failed(&self, ip: IpAddr, now: Instant) {
        let Ok(mut failures) = self.failures.lock() else {
            return;
        };
        if failures.len() >= MAX_CLIENTS {
            failures.retain(|_, times| {
                times
                    .iter()
                    .any(|t| now.saturating_duration_since(*t) < self.window)
            });
            if failures.len() >= MAX_CLIENTS {
                failures.clear();
            }
        }
        let times = failures.entry(client(ip)).or_default();
        times.retain(|t| now.saturating_duration_since(*t) < self.window);
        times.push(now);
    }

    /// A successful login forgets the client's failures.
    pub fn succeeded(&self, ip: IpAddr) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.remove(&client(ip));
        }
    }
}

/// The key a client is counted under: an IPv4 address, or an IPv6 address's /64.
fn client(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn the_eleventh_failure_in_ten_minutes_waits_until_the_first_expires() {
        let t = LoginThrottle::default();
        let start = Instant::now();
        let a = ip("203.0.113.7");
        for i in 0..10 {
            assert_eq!(t.wait(a, start + Duration::from_secs(i)), None, "try {i}");
            t.failed(a, start + Duration::from_secs(i));
        }
        let now = start + Duration::from_secs(60);
        assert_eq!(t.wait(a, now), Some(Duration::from_secs(9 * 60)));
        // Another client is not held up.
        assert_eq!(t.wait(ip("203.0.113.8"), now), None);
        // The first failure expires ten minutes after it happened: one more try.
        assert_eq!(t.wait(a, start + WINDOW), None);
        assert!(
            t.wait(a, start + WINDOW - Duration::from_millis(1))
                .is_some()
        );
    }

    #[test]
    fn a_good_login_forgets_the_failures() {
        let t = LoginThrottle::new(3, WINDOW);
        let now = Instant::now();
        let a = ip("198.51.100.1");
        for _ in 0..3 {
            t.failed(a, now);
        }
        assert!(t.wait(a, now).is_some());
        t.succeeded(a);
        assert_eq!(t.wait(a, now), None);
    }

    #[test]
    fn one_ipv6_network_is_one_client_and_mapped_ipv4_is_its_address() {
        let t = LoginThrottle::new(2, WINDOW);
        let now = Instant::now();
        t.failed(ip("2001:db8:1:2::1"), now);
        t.failed(ip("2001:db8:1:2:ffff::9"), now);
        assert!(t.wait(ip("2001:db8:1:2::77"), now).is_some());
        assert_eq!(t.wait(ip("2001:db8:1:3::1"), now), None);
        t.failed(ip("::ffff:192.0.2.1"), now);
        t.failed(ip("192.0.2.1"), now);
        assert!(t.wait(ip("192.0.2.1"), now).is_some());
    }

    #[test]
    fn a_flood_of_addresses_cannot_grow_the_table_without_bound() {
        let t = LoginThrottle::new(1, WINDOW);
        let now = Instant::now();
        for i in 0..MAX_CLIENTS + 5 {
            let ip = u32::try_from(i).unwrap();
            t.failed(IpAddr::V4(ip.into()), now);
        }
        let size = t.failures.lock().unwrap().len();
        assert!(size <= MAX_CLIENTS, "{size}");
    }
}
