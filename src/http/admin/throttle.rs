//! How many wrong admin tokens a client may try: after `max_failures` failures within
//! `WINDOW` from one client, `POST /login` (and, with a limit of its own, any API request
//! with a bearer token) answers 429 with Retry-After until the oldest of those failures is
//! older than the window. In memory, per instance: enough to make guessing a 256-bit token
//! pointless, and forgotten on restart. A client is its IPv4 address, or its IPv6 /64 (one
//! household or server gets a whole /64). Behind a reverse proxy the client is what the
//! proxy's X-Forwarded-For says, when the proxy is in `trusted_proxies` (else every client
//! is the proxy's address, limited all together).
//!
//! The table has a fixed size and a flood of addresses cannot empty it: a client already in
//! it stays until its failures expire. When it is full, a new client's failures count for
//! its wider network (an IPv6 /48, an IPv4 /24) in a second table of fixed size, and when
//! that is full too, for everyone not in either table together. A flood from many networks
//! therefore limits new clients harder (they share one count), never frees a penalised one.
//!
//! The rule takes the time as an argument, so the tests walk the clock by hand.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed logins allowed per client within `WINDOW`.
pub(crate) const MAX_FAILURES: usize = 10;
/// Failed bearer tokens allowed per client within `WINDOW` (a script retrying a stale token
/// gets some slack; guessing stays hopeless).
pub(crate) const MAX_BEARER_FAILURES: usize = 30;
/// How long a failure counts.
pub(crate) const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Clients remembered one by one at most.
const MAX_CLIENTS: usize = 10_000;
/// Wider networks remembered at most, once the clients' table is full.
const MAX_NETWORKS: usize = 1_000;
/// Expired entries are looked for at most this often (a flood must not make every failure
/// walk the whole table).
const PRUNE_EVERY: Duration = Duration::from_secs(1);

/// Recent failures of one client or network: only the last `max_failures` matter.
type Failures = Vec<Instant>;

#[derive(Default)]
struct Tables {
    clients: HashMap<IpAddr, Failures>,
    networks: HashMap<IpAddr, Failures>,
    /// Everyone who fits in neither table.
    everyone_else: Failures,
    pruned_at: Option<Instant>,
}

/// The clients' recent failed attempts.
pub struct LoginThrottle {
    max_failures: usize,
    window: Duration,
    capacity: (usize, usize),
    tables: Mutex<Tables>,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        LoginThrottle::new(MAX_FAILURES, WINDOW)
    }
}

/// Where a client's failures are counted.
enum Slot {
    Client(IpAddr),
    Network(IpAddr),
    EveryoneElse,
}

impl LoginThrottle {
    pub fn new(max_failures: usize, window: Duration) -> Self {
        LoginThrottle {
            max_failures: max_failures.max(1),
            window,
            capacity: (MAX_CLIENTS, MAX_NETWORKS),
            tables: Mutex::new(Tables::default()),
        }
    }

    /// The limit for bearer tokens on the API.
    pub fn for_bearer_tokens() -> Self {
        LoginThrottle::new(MAX_BEARER_FAILURES, WINDOW)
    }

    /// How long `ip` must wait before it may try again (None: it may try now).
    pub fn wait(&self, ip: IpAddr, now: Instant) -> Option<Duration> {
        let tables = self.tables.lock().ok()?;
        let failures = match self.slot(&tables, ip) {
            Slot::Client(key) => tables.clients.get(&key)?,
            Slot::Network(key) => tables.networks.get(&key)?,
            Slot::EveryoneElse => &tables.everyone_else,
        };
        let recent: Vec<Instant> = failures
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
        let Ok(mut tables) = self.tables.lock() else {
            return;
        };
        self.prune(&mut tables, now);
        let (max, window) = (self.max_failures, self.window);
        let failures = match self.slot(&tables, ip) {
            Slot::Client(key) => tables.clients.entry(key).or_default(),
            Slot::Network(key) => tables.networks.entry(key).or_default(),
            Slot::EveryoneElse => &mut tables.everyone_else,
        };
        failures.retain(|t| now.saturating_duration_since(*t) < window);
        if failures.len() >= max {
            failures.remove(0);
        }
        failures.push(now);
    }

    /// A successful login forgets the client's own failures (not its network's).
    pub fn succeeded(&self, ip: IpAddr) {
        if let Ok(mut tables) = self.tables.lock() {
            tables.clients.remove(&client(ip));
        }
    }

    /// Where `ip`'s failures count: its own entry when it has one or there is room for one,
    /// else its network's, else everyone else's.
    fn slot(&self, tables: &Tables, ip: IpAddr) -> Slot {
        let key = client(ip);
        if tables.clients.contains_key(&key) || tables.clients.len() < self.capacity.0 {
            return Slot::Client(key);
        }
        let wide = network(key);
        if tables.networks.contains_key(&wide) || tables.networks.len() < self.capacity.1 {
            return Slot::Network(wide);
        }
        Slot::EveryoneElse
    }

    /// Drops entries whose failures have all expired, at most once per `PRUNE_EVERY` and
    /// only when a table is full: nobody still penalised is ever dropped.
    fn prune(&self, tables: &mut Tables, now: Instant) {
        let full =
            tables.clients.len() >= self.capacity.0 || tables.networks.len() >= self.capacity.1;
        let due = tables
            .pruned_at
            .is_none_or(|at| now.saturating_duration_since(at) >= PRUNE_EVERY);
        if !(full && due) {
            return;
        }
        let window = self.window;
        let live = |times: &mut Failures| {
            times.retain(|t| now.saturating_duration_since(*t) < window);
            !times.is_empty()
        };
        tables.clients.retain(|_, times| live(times));
        tables.networks.retain(|_, times| live(times));
        tables.pruned_at = Some(now);
    }
}

/// The key a client is counted under: an IPv4 address, or an IPv6 address's /64.
fn client(ip: IpAddr) -> IpAddr {
    prefix(ip, 32, 64)
}

/// The wider network a client belongs to: an IPv4 /24, an IPv6 /48.
fn network(ip: IpAddr) -> IpAddr {
    prefix(ip, 24, 48)
}

/// `ip` with the bits past its prefix cleared (an IPv4-mapped IPv6 address is its IPv4).
fn prefix(ip: IpAddr, v4_bits: u32, v6_bits: u32) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V4(v4) => {
            let mask = u32::MAX.checked_shl(32 - v4_bits).unwrap_or(0);
            IpAddr::V4((u32::from(v4) & mask).into())
        }
        IpAddr::V6(v6) => {
            let mask = u128::MAX.checked_shl(128 - v6_bits).unwrap_or(0);
            IpAddr::V6((u128::from(v6) & mask).into())
        }
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

    /// The flood: 10,400 failing /64s once emptied the table, and with it the
    /// penalty of the client that was guessing.
    #[test]
    fn a_flood_of_networks_neither_grows_the_table_nor_frees_a_penalised_client() {
        let t = LoginThrottle::new(3, WINDOW);
        let now = Instant::now();
        let guesser = ip("2001:db8:ffff:1::1");
        for _ in 0..3 {
            t.failed(guesser, now);
        }
        for i in 0..(MAX_CLIENTS + MAX_NETWORKS + 400) {
            let n = u128::try_from(i).unwrap();
            // One /64 each, in ever new /48s.
            let flooding = IpAddr::V6(((0x2001_0db8_0000_0000_u128 + (n << 16)) << 64).into());
            t.failed(flooding, now + Duration::from_millis(1));
        }
        let tables = t.tables.lock().unwrap();
        assert!(
            tables.clients.len() <= MAX_CLIENTS,
            "{}",
            tables.clients.len()
        );
        assert!(tables.networks.len() <= MAX_NETWORKS);
        assert!(tables.everyone_else.len() <= 3);
        drop(tables);
        assert!(
            t.wait(guesser, now + Duration::from_secs(2)).is_some(),
            "still penalised"
        );
        // New clients share what is left: the flood's own failures hold them back too.
        assert!(t.wait(ip("2001:db8:eeee::1"), now).is_some());
        // Once the failures expire, the tables make room again.
        let later = now + WINDOW + Duration::from_secs(1);
        t.failed(ip("198.51.100.9"), later);
        assert_eq!(t.wait(guesser, later), None);
        assert_eq!(t.tables.lock().unwrap().clients.len(), 1);
    }

    #[test]
    fn networks_are_slash_48_and_slash_24() {
        assert_eq!(network(ip("2001:db8:1:2:3::4")), ip("2001:db8:1::"));
        assert_eq!(network(ip("192.0.2.77")), ip("192.0.2.0"));
        assert_eq!(client(ip("::ffff:192.0.2.77")), ip("192.0.2.77"));
    }
}
