//! `from=` / `to=` of a feed: an ISO date, or a duration relative to today ("-P30D", "P2W",
//! "-P1M"), so a subscribed URL can roll with time ("everything from a month ago on").

use std::fmt;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Deserializer};

/// A day a feed filter names, fixed or relative to the day of the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateBound {
    Absolute(NaiveDate),
    /// Signed ISO 8601 duration parts: years and months apply first, then days (weeks are
    /// seven days).
    Relative {
        negative: bool,
        months: u32,
        days: u32,
    },
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a date (2025-09-01) or a duration relative to today (-P30D, P2W, -P1M)")]
pub struct DateBoundError(String);

impl DateBound {
    /// A `from`/`to` filter as written: a date or a duration relative to today.
    ///
    /// # Errors
    ///
    /// `DateBoundError` when the text is neither.
    pub fn parse(text: &str) -> Result<Self, DateBoundError> {
        let t = text.trim();
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Ok(DateBound::Absolute(d));
        }
        let bad = || DateBoundError(text.to_string());
        let (negative, rest) = match t.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let body = rest.strip_prefix('P').ok_or_else(bad)?;
        let (mut months, mut days, mut number, mut any) = (0u32, 0u32, String::new(), false);
        for c in body.chars() {
            if c.is_ascii_digit() {
                number.push(c);
                continue;
            }
            let n: u32 = number.parse().map_err(|_| bad())?;
            number.clear();
            any = true;
            let (m, d) = match c {
                'Y' => (n.checked_mul(12), Some(0)),
                'M' => (Some(n), Some(0)),
                'W' => (Some(0), n.checked_mul(7)),
                'D' => (Some(0), Some(n)),
                _ => return Err(bad()),
            };
            months = months.checked_add(m.ok_or_else(bad)?).ok_or_else(bad)?;
            days = days.checked_add(d.ok_or_else(bad)?).ok_or_else(bad)?;
        }
        // Bounded to what a school calendar can mean: a century either way.
        if !any || !number.is_empty() || months > 1200 || days > 36_600 {
            return Err(bad());
        }
        Ok(DateBound::Relative {
            negative,
            months,
            days,
        })
    }

    /// The day this bound names when the request is made on `today`.
    pub fn resolve(self, today: NaiveDate) -> Option<NaiveDate> {
        match self {
            DateBound::Absolute(d) => Some(d),
            DateBound::Relative {
                negative,
                months,
                days,
            } => {
                let days = chrono::Days::new(u64::from(days));
                if negative {
                    today
                        .checked_sub_months(Months::new(months))?
                        .checked_sub_days(days)
                } else {
                    today
                        .checked_add_months(Months::new(months))?
                        .checked_add_days(days)
                }
            }
        }
    }
}

impl fmt::Display for DateBound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateBound::Absolute(d) => write!(f, "{d}"),
            DateBound::Relative {
                negative,
                months,
                days,
            } => {
                let sign = if *negative { "-" } else { "" };
                write!(f, "{sign}P")?;
                if *months > 0 {
                    write!(f, "{months}M")?;
                }
                if *days > 0 || *months == 0 {
                    write!(f, "{days}D")?;
                }
                Ok(())
            }
        }
    }
}

impl<'de> Deserialize<'de> for DateBound {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        DateBound::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_and_relative_durations_both_parse() {
        let today = day(2026, 3, 31);
        assert_eq!(
            DateBound::parse("2025-09-01").unwrap().resolve(today),
            Some(day(2025, 9, 1))
        );
        assert_eq!(
            DateBound::parse("-P30D").unwrap().resolve(today),
            Some(day(2026, 3, 1))
        );
        assert_eq!(
            DateBound::parse("P2W").unwrap().resolve(today),
            Some(day(2026, 4, 14))
        );
        assert_eq!(
            DateBound::parse("-P1M").unwrap().resolve(today),
            Some(day(2026, 2, 28))
        );
        assert_eq!(
            DateBound::parse("-P1Y2D").unwrap().resolve(today),
            Some(day(2025, 3, 29))
        );
    }

    #[test]
    fn a_relative_bound_is_written_one_way() {
        assert_eq!(DateBound::parse("-P30D").unwrap().to_string(), "-P30D");
        assert_eq!(DateBound::parse("P1Y").unwrap().to_string(), "P12M");
        assert_eq!(DateBound::parse("P2W").unwrap().to_string(), "P14D");
    }

    #[test]
    fn nonsense_is_refused() {
        for bad in [
            "",
            "P",
            "-P",
            "P3",
            "PXD",
            "30D",
            "P99999999999D",
            "P10000Y",
            "2025-13-01",
        ] {
            assert!(DateBound::parse(bad).is_err(), "{bad}");
        }
    }
}
