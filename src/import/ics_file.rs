//! iCalendar files as plans: what a partner exports from Google Calendar, Outlook/Exchange,
//! Nextcloud or Radicale (or publishes at a URL) becomes a plan document whose events carry
//! exact times (`plan::CalendarTime`) instead of a plan's words. Pure: no I/O.
//!
//! Reading is the `icalendar` crate's parser (unfolding, parameters, TEXT unescaping); what
//! it leaves to us is decided here:
//! - the text is checked line by line first, so a damaged file is refused with the line it
//!   breaks on, counted as the file counts it (folded lines included);
//! - TZID is an IANA name, a vendor path ending in one, or a Windows name (`ics_zones`); a
//!   VTIMEZONE naming an unknown zone is used through its X-LIC-LOCATION, else its standard
//!   offset (the times become UTC, with a warning); a zone nobody can name is refused for
//!   that event only, with a warning;
//! - DTEND, else DURATION, else one day (all-day) or no length (timed) gives the end;
//! - RRULE keeps the parts RFC 5545 defines for daily and coarser rules, each checked and
//!   written in one order; UNTIL is kept apart (`CalendarTime::until`) so the feed writes it
//!   in the form DTSTART needs. Rules that repeat by the hour or minute are refused for that
//!   event (a plan has no use for them) with a warning, and the first occurrence is kept;
//! - an instance the publisher cancelled (RECURRENCE-ID with STATUS:CANCELLED) becomes an
//!   EXDATE of its series; a moved or edited instance becomes an EXDATE there and an event
//!   of its own whose identity is the series' UID with its RECURRENCE-ID;
//! - STATUS:CANCELLED cancels the event; CONFIRMED confirms it;
//! - the calendar's name (X-WR-CALNAME, else NAME) is the plan's title and owner's name;
//!   the academic year is the one the earliest event falls in, unless the caller gives one.

use std::collections::BTreeMap;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::Tz;
use icalendar::parser::{Component, Property, read_calendar, unfold};

use super::ics_zones::zone_of_tzid;
use super::{ImportError, ImportOptions};
use crate::plan::{
    AcademicYear, CalendarProblem, CalendarTime, EventDoc, EventStatus, ImportWarning,
    PlanDocument, WarningKind,
};
use crate::timing::{Freq, Precision, Recurrence, Timing, When};

/// Most VEVENTs read from one file (a year of a busy shared calendar is a few thousand).
pub(crate) const MAX_EVENTS: usize = 20_000;

/// How deep components may nest. Real calendars go three deep (VCALENDAR > VEVENT > VALARM,
/// VTIMEZONE > STANDARD); the crate's parser recurses once a level, so a file nesting
/// thousands of BEGINs would overflow the stack and abort the process. Checked before it runs.
pub(crate) const MAX_NESTING: usize = 8;

/// Most EXDATE and RDATE values kept per event.
const MAX_DATES: usize = 1_000;

/// Why a property's value is not read: the detail of the warning the import shows, so it
/// names the value at fault.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
enum ValueError {
    #[error("{0:?} is not a date or time")]
    NotDateTime(String),
    #[error("the time zone {0:?} is unknown and the file does not describe it")]
    UnknownZone(String),
    #[error("{0} lists more than {MAX_DATES} dates")]
    TooManyDates(String),
    #[error("FREQ={0} is not a daily, weekly, monthly or yearly rule")]
    Freq(String),
    #[error("{key}={value} is not a whole number from 1 to {most}")]
    Bound {
        key: String,
        value: String,
        most: &'static str,
    },
    #[error("the rule has no FREQ")]
    NoFreq,
    /// `far_away`'s sentence: the date and the years that are read.
    #[error("{0}")]
    FarAway(String),
}

/// An unbounded series reaches this many years past its start in date filters.
const OPEN_END_YEARS: i32 = 10;

/// How many years from the day of the import a date may be: years 0000–9999 all parse,
/// calendar clients drop what lies centuries away, and a series from year 1 is a walk of
/// centuries for every page that draws it.
pub(crate) const YEARS_AROUND: i32 = 100;

/// Longest texts kept, as the JSON API takes them (`http::extract`): a title, free text (a
/// description, a place), a name (the calendar's, which names the plan and its owner) and a
/// UID. Longer ones are cut, with a warning: a 5 MB SUMMARY made a 15 MB page, a 1.1 M
/// X-WR-CALNAME a 4.4 MB feed of one event.
const MAX_TITLE_CHARS: usize = 20_000;
const MAX_TEXT_CHARS: usize = 100_000;
const MAX_NAME_CHARS: usize = 300;
const MAX_UID_CHARS: usize = 1_000;

/// Whether the bytes are an iCalendar file: by extension, or by their first line.
pub(crate) fn looks_like_ics(bytes: &[u8], file_name: &str) -> bool {
    let ext = super::sniff::extension(file_name);
    if matches!(ext.as_str(), "ics" | "ical" | "icalendar" | "ifb") {
        return true;
    }
    let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = head.trim_ascii_start();
    head.get(..15)
        .is_some_and(|h| h.eq_ignore_ascii_case(b"BEGIN:VCALENDAR"))
}

/// Reads an iCalendar file into a plan document for `options.org`.
///
/// # Errors
///
/// `ImportError::InvalidText` for bytes that are no text or a damaged file (naming its line),
/// `TooLarge` past `MAX_EVENTS` events, `NoPlan` for no events and no year to file them under.
pub fn parse(
    bytes: &[u8],
    file_name: &str,
    options: &ImportOptions,
) -> Result<PlanDocument, ImportError> {
    let text = super::sniff::decode_text(bytes).map_err(|e| match e {
        ImportError::InvalidText(m) => {
            ImportError::InvalidText(format!("the calendar file cannot be read: {m}"))
        }
        other => other,
    })?;
    let lines = check_lines(&text)?;
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).map_err(|m| parser_error(&m, &lines))?;
    let mut warnings = Vec::new();
    let mut components: Vec<&Component<'_>> = Vec::new();
    for c in &calendar.components {
        collect(c, &mut components);
    }
    let zones = Zones::new(&components);
    let vevents: Vec<&Component<'_>> = components
        .iter()
        .copied()
        .filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT"))
        .collect();
    if vevents.len() > MAX_EVENTS {
        return Err(ImportError::TooLarge(format!(
            "the calendar holds {} events; the limit is {MAX_EVENTS}",
            vevents.len()
        )));
    }
    let years = options
        .today
        .map(|d| (d.year() - YEARS_AROUND)..=(d.year() + YEARS_AROUND));
    let mut read: Vec<Read> = Vec::new();
    let mut relayed = 0;
    for (index, c) in vevents.iter().enumerate() {
        if is_relayed(c) {
            relayed += 1;
            continue;
        }
        match read_event(c, (&zones, years.clone()), &mut warnings, index) {
            Some(r) => read.push(r),
            None => continue,
        }
    }
    if relayed > 0 {
        warnings.push(ImportWarning::new(
            WarningKind::RelayedLeftOut { count: relayed },
            None,
            Some("UID"),
        ));
    }
    let events = fold_instances(read);
    let name = calendar_name(&calendar.properties)
        .or_else(|| {
            components
                .iter()
                .find(|c| c.name.as_str().eq_ignore_ascii_case("VCALENDAR"))
                .and_then(|c| calendar_name(&c.properties))
        })
        .map(|name| kept(name, ("X-WR-CALNAME", MAX_NAME_CHARS), None, &mut warnings));
    let title = name.clone().unwrap_or_else(|| file_name.to_string());
    let academic_year = options
        .year
        .or_else(|| {
            events
                .iter()
                .filter_map(|e| e.calendar.as_ref().map(|c| c.start.date()))
                .min()
                .map(AcademicYear::containing)
        })
        .or_else(|| options.today.map(AcademicYear::containing))
        .ok_or_else(|| {
            ImportError::NoPlan(
                "the calendar holds no events and names no year; give the academic year".into(),
            )
        })?;
    Ok(PlanDocument {
        id: None,
        org: options.org.clone(),
        title,
        academic_year,
        partners: Vec::new(),
        description: String::new(),
        source: Some(file_name.to_string()),
        owner_name: name,
        lang: options.lang,
        class: None,
        sections: Vec::new(),
        events,
        warnings,
        columns: None,
        reading: None,
        created_at: None,
        updated_at: None,
    })
}

/// One physical line of the file: where each unfolded line began.
struct LineMap {
    /// For each unfolded line (0-based), the file's line number (1-based) it starts on.
    starts: Vec<usize>,
}

impl LineMap {
    fn file_line(&self, unfolded: usize) -> usize {
        self.starts.get(unfolded).copied().unwrap_or(unfolded + 1)
    }
}

/// Checks the shape of every content line (NAME[;PARAM=…]:VALUE) and the nesting of
/// BEGIN/END, so the error names the file's own line.
fn check_lines(text: &str) -> Result<LineMap, ImportError> {
    let bad = |line: usize, what: String| ImportError::CalendarLine { line, what };
    let mut starts = Vec::new();
    let mut logical: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t']) {
            match logical.last_mut() {
                Some((_, line)) => {
                    line.push_str(rest);
                    continue;
                }
                None => {
                    return Err(bad(
                        i + 1,
                        "a continuation line with nothing before it".into(),
                    ));
                }
            }
        }
        if raw.trim().is_empty() {
            continue;
        }
        logical.push((i + 1, raw.to_string()));
    }
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut seen_calendar = false;
    for (n, line) in &logical {
        starts.push(*n);
        let Some(colon) = value_colon(line) else {
            return Err(bad(*n, format!("{:?} is not NAME:VALUE", shorten(line))));
        };
        let head = line.get(..colon).unwrap_or("");
        let name = head.split(';').next().unwrap_or("").trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(bad(
                n.to_owned(),
                format!("{name:?} is not a property name"),
            ));
        }
        let value = line
            .get(colon + 1..)
            .unwrap_or("")
            .trim()
            .to_ascii_uppercase();
        if name.eq_ignore_ascii_case("BEGIN") {
            if open.is_empty() && value != "VCALENDAR" {
                return Err(bad(
                    *n,
                    format!("the file must begin with BEGIN:VCALENDAR, not BEGIN:{value}"),
                ));
            }
            if value.is_empty() {
                return Err(bad(*n, "BEGIN names no component".into()));
            }
            seen_calendar = true;
            if open.len() >= MAX_NESTING {
                return Err(bad(
                    *n,
                    format!(
                        "BEGIN:{} nests components {} deep; calendars nest at most {MAX_NESTING}",
                        shorten(&value),
                        open.len() + 1
                    ),
                ));
            }
            open.push((value, *n));
        } else if name.eq_ignore_ascii_case("END") {
            match open.pop() {
                Some((begun, _)) if begun == value => {}
                Some((begun, at)) => {
                    return Err(bad(
                        *n,
                        format!("END:{value} closes BEGIN:{begun} of line {at}"),
                    ));
                }
                None => return Err(bad(*n, format!("END:{value} with no BEGIN"))),
            }
        } else if open.is_empty() {
            return Err(bad(
                *n,
                "a property outside BEGIN:VCALENDAR … END:VCALENDAR".into(),
            ));
        }
    }
    if let Some((begun, at)) = open.last() {
        return Err(bad(
            *at,
            format!("BEGIN:{begun} is never closed (the file is cut short?)"),
        ));
    }
    if !seen_calendar {
        return Err(ImportError::InvalidText(
            "the calendar file cannot be read: it holds no BEGIN:VCALENDAR".into(),
        ));
    }
    Ok(LineMap { starts })
}

/// The colon that ends a line's name and parameters (colons inside quoted parameter values
/// do not count).
fn value_colon(line: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

fn shorten(line: &str) -> String {
    let mut out: String = line.chars().take(60).collect();
    if out.len() < line.len() {
        out.push('…');
    }
    out
}

/// The crate's own error ("… at line 12 …", counted in unfolded lines) with the file's line.
fn parser_error(message: &str, lines: &LineMap) -> ImportError {
    let line = message
        .split("line ")
        .nth(1)
        .and_then(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|d| d.parse::<usize>().ok())
        })
        .map(|unfolded| lines.file_line(unfolded.saturating_sub(1)));
    let first = message.lines().next().unwrap_or("").trim();
    match line {
        Some(line) => ImportError::CalendarLine {
            line,
            what: first.to_string(),
        },
        None => ImportError::InvalidText(format!("the calendar file cannot be read: {first}")),
    }
}

fn collect<'a, 'b>(c: &'b Component<'a>, out: &mut Vec<&'b Component<'a>>) {
    out.push(c);
    for inner in &c.components {
        collect(inner, out);
    }
}

fn calendar_name(props: &[Property<'_>]) -> Option<String> {
    ["X-WR-CALNAME", "NAME"].iter().find_map(|name| {
        props
            .iter()
            .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
            .map(|p| p.val.as_str().trim().to_string())
            .filter(|v| !v.is_empty())
    })
}

fn prop<'c, 'a>(c: &'c Component<'a>, name: &str) -> Option<&'c Property<'a>> {
    c.properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
}

fn props<'c, 'a>(c: &'c Component<'a>, name: &'c str) -> impl Iterator<Item = &'c Property<'a>> {
    c.properties
        .iter()
        .filter(move |p| p.name.as_str().eq_ignore_ascii_case(name))
}

fn param<'p>(p: &'p Property<'_>, key: &str) -> Option<&'p str> {
    p.params
        .iter()
        .find(|x| x.key.as_str().eq_ignore_ascii_case(key))
        .and_then(|x| x.val.as_ref())
        .map(|v| v.as_str().trim().trim_matches('"'))
}

fn text_of(c: &Component<'_>, name: &str) -> String {
    prop(c, name)
        .map(|p| p.val.as_str().trim().to_string())
        .unwrap_or_default()
}

/// The end of the UID a plancal feed gives the events of the calendars an organization
/// follows (`feeds::followed::followed_uid`).
const RELAYED_UID: &str = "@follow.plancal";

/// Is this VEVENT one a plancal feed relayed from a calendar it follows? Taking it would
/// bring back what a follower relays: two organizations following each other's merged
/// feeds grew by every event at each refresh, for ever.
fn is_relayed(c: &Component<'_>) -> bool {
    text_of(c, "UID").ends_with(RELAYED_UID)
}

/// `text` (property `name`) within `max` characters: cut, with a warning about VEVENT `row`
/// (None: the calendar), when it is longer.
fn kept(
    text: String,
    (name, max): (&str, usize),
    row: Option<usize>,
    warnings: &mut Vec<ImportWarning>,
) -> String {
    let Some((cut_at, _)) = text.char_indices().nth(max) else {
        return text;
    };
    let length = text.chars().count();
    warnings.push(ImportWarning::new(
        WarningKind::TextCut {
            what: name.to_string(),
            length,
            kept: max,
        },
        row,
        Some(name),
    ));
    text[..cut_at].to_string()
}

/// How a TZID resolves.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ZoneRef {
    Named(Tz),
    /// A VTIMEZONE of an unknown name: its standard offset, in seconds east of UTC.
    Fixed(i32),
}

/// The VTIMEZONE blocks of a file, by TZID.
struct Zones {
    by_tzid: BTreeMap<String, ZoneRef>,
}

impl Zones {
    fn new(components: &[&Component<'_>]) -> Self {
        let mut by_tzid = BTreeMap::new();
        for c in components
            .iter()
            .filter(|c| c.name.as_str().eq_ignore_ascii_case("VTIMEZONE"))
        {
            let tzid = text_of(c, "TZID");
            if tzid.is_empty() {
                continue;
            }
            let named = zone_of_tzid(&tzid).or_else(|| zone_of_tzid(&text_of(c, "X-LIC-LOCATION")));
            let zone = match named {
                Some(tz) => Some(ZoneRef::Named(tz)),
                None => c
                    .components
                    .iter()
                    .find(|s| s.name.as_str().eq_ignore_ascii_case("STANDARD"))
                    .or_else(|| c.components.first())
                    .and_then(|s| parse_offset(&text_of(s, "TZOFFSETTO")))
                    .map(ZoneRef::Fixed),
            };
            if let Some(zone) = zone {
                by_tzid.insert(tzid.trim_matches('"').to_string(), zone);
            }
        }
        Zones { by_tzid }
    }

    fn resolve(&self, tzid: &str) -> Option<ZoneRef> {
        let tzid = tzid.trim().trim_matches('"');
        zone_of_tzid(tzid)
            .map(ZoneRef::Named)
            .or_else(|| self.by_tzid.get(tzid).copied())
    }
}

/// "+0300", "-0530", "+053000" → seconds east of UTC.
fn parse_offset(text: &str) -> Option<i32> {
    let text = text.trim();
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, text.get(1..)?),
        b'-' => (-1, text.get(1..)?),
        _ => (1, text),
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i32 = digits.get(0..2)?.parse().ok()?;
    let m: i32 = digits.get(2..4)?.parse().ok()?;
    let s: i32 = digits
        .get(4..)
        .filter(|s| !s.is_empty())
        .map_or(Some(0), |s| s.parse().ok())?;
    (h < 24 && m < 60 && s < 60).then_some(sign * (h * 3600 + m * 60 + s))
}

/// A date or time value as written.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Moment {
    Date(NaiveDate),
    Utc(NaiveDateTime),
    Zoned(NaiveDateTime, ZoneRef),
    Floating(NaiveDateTime),
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = text.get(0..4)?.parse().ok()?;
    let m: u32 = text.get(4..6)?.parse().ok()?;
    let d: u32 = text.get(6..8)?.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// "20251010T100000" (seconds 60 read as 59: a leap second is no reason to lose an event).
fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.split_once(['T', 't'])?;
    let date = parse_date(date)?;
    if time.len() != 6 || !time.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: u32 = time.get(0..2)?.parse().ok()?;
    let m: u32 = time.get(2..4)?.parse().ok()?;
    let s: u32 = time.get(4..6)?.parse().ok()?;
    Some(date.and_time(NaiveTime::from_hms_opt(h, m, s.min(59))?))
}

/// One value of a DATE / DATE-TIME property (TZID from the property's parameters).
fn parse_moment(value: &str, tzid: Option<&str>, zones: &Zones) -> Result<Moment, ValueError> {
    let value = value.trim();
    if let Some(date) = parse_date(value) {
        return Ok(Moment::Date(date));
    }
    if let Some(utc) = value.strip_suffix(['Z', 'z']) {
        return parse_local(utc)
            .map(Moment::Utc)
            .ok_or_else(|| ValueError::NotDateTime(value.to_string()));
    }
    let local = parse_local(value).ok_or_else(|| ValueError::NotDateTime(value.to_string()))?;
    match tzid {
        None => Ok(Moment::Floating(local)),
        Some(tzid) => zones
            .resolve(tzid)
            .map(|z| Moment::Zoned(local, z))
            .ok_or_else(|| ValueError::UnknownZone(tzid.to_string())),
    }
}

/// Every value of a (possibly comma-separated, possibly repeated) date property.
fn moments(c: &Component<'_>, name: &str, zones: &Zones) -> Result<Vec<Moment>, ValueError> {
    let mut out = Vec::new();
    for p in props(c, name) {
        let tzid = param(p, "TZID");
        let period = param(p, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("PERIOD"));
        for value in p.val.as_str().split(',').filter(|v| !v.trim().is_empty()) {
            // A PERIOD ("start/end" or "start/duration") counts by its start.
            let value = if period {
                value.split('/').next().unwrap_or(value)
            } else {
                value
            };
            out.push(parse_moment(value, tzid, zones)?);
            if out.len() > MAX_DATES {
                return Err(ValueError::TooManyDates(name.to_string()));
            }
        }
    }
    Ok(out)
}

/// The event's zone, decided by DTSTART.
#[derive(Clone, Copy, Debug, PartialEq)]
enum EventZone {
    AllDay,
    Named(Tz),
    Floating,
}

impl EventZone {
    fn name(self) -> Option<String> {
        match self {
            EventZone::Named(tz) => Some(tz.name().to_string()),
            EventZone::AllDay | EventZone::Floating => None,
        }
    }
}

/// The instant a zoned moment is (the earlier of two in a repeated hour, the time after a
/// skipped one).
fn instant(local: NaiveDateTime, zone: ZoneRef) -> DateTime<Utc> {
    match zone {
        ZoneRef::Named(tz) => match tz.from_local_datetime(&local) {
            chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => {
                t.with_timezone(&Utc)
            }
            chrono::LocalResult::None => tz
                .from_local_datetime(&(local + Duration::hours(1)))
                .earliest()
                .map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc)),
        },
        ZoneRef::Fixed(seconds) => (local - Duration::seconds(i64::from(seconds))).and_utc(),
    }
}

/// A moment as local wall time in the event's zone.
fn local_in(m: Moment, zone: EventZone) -> NaiveDateTime {
    let midnight = |d: NaiveDate| d.and_time(NaiveTime::MIN);
    match (m, zone) {
        (Moment::Date(d), _) => midnight(d),
        (Moment::Utc(t), EventZone::Named(tz)) => tz.from_utc_datetime(&t).naive_local(),
        (Moment::Zoned(t, z), EventZone::Named(tz)) => {
            if z == ZoneRef::Named(tz) {
                t
            } else {
                instant(t, z).with_timezone(&tz).naive_local()
            }
        }
        (Moment::Zoned(t, z), EventZone::AllDay) => instant(t, z).naive_utc(),
        (Moment::Zoned(t, z), EventZone::Floating) => {
            instant(t, z).naive_utc() + Duration::seconds(i64::from(offset_of(z, t)))
        }
        (Moment::Utc(t) | Moment::Floating(t), _) => t,
    }
}

fn offset_of(z: ZoneRef, local: NaiveDateTime) -> i32 {
    match z {
        ZoneRef::Named(tz) => tz
            .offset_from_utc_datetime(&instant(local, z).naive_utc())
            .fix()
            .local_minus_utc(),
        ZoneRef::Fixed(s) => s,
    }
}

/// "P1D", "PT1H30M", "P1W", "-PT15M" → a duration.
fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, text.get(1..)?),
        b'+' => (false, text.get(1..)?),
        _ => (false, text),
    };
    let rest = rest.strip_prefix(['P', 'p'])?;
    let mut total = Duration::zero();
    let mut number = String::new();
    let mut in_time = false;
    let mut any = false;
    for c in rest.chars() {
        match c.to_ascii_uppercase() {
            'T' => in_time = true,
            d if d.is_ascii_digit() => number.push(d),
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                any = true;
                total += match (unit, in_time) {
                    ('W', false) => Duration::try_weeks(n)?,
                    ('D', false) => Duration::try_days(n)?,
                    ('H', true) => Duration::try_hours(n)?,
                    ('M', true) => Duration::try_minutes(n)?,
                    ('S', true) => Duration::try_seconds(n)?,
                    _ => return None,
                };
            }
        }
    }
    (any && number.is_empty()).then_some(if negative { -total } else { total })
}

/// A VEVENT as read, before instances are folded into their series.
struct Read {
    uid: String,
    recurrence_id: Option<NaiveDateTime>,
    cancelled: bool,
    event: EventDoc,
}

/// The RRULE parts kept, in the order they are written.
const RRULE_PARTS: &[&str] = &[
    "FREQ",
    "INTERVAL",
    "COUNT",
    "BYMONTH",
    "BYWEEKNO",
    "BYYEARDAY",
    "BYMONTHDAY",
    "BYDAY",
    "BYSETPOS",
    "WKST",
];

/// An RRULE checked part by part: the rule without UNTIL, UNTIL as written, and what was
/// dropped. Err when the rule cannot be kept at all.
fn read_rrule(text: &str) -> Result<(String, Option<String>, Vec<String>), ValueError> {
    let mut parts: BTreeMap<usize, String> = BTreeMap::new();
    let mut until = None;
    let mut dropped = Vec::new();
    for part in text.split(';').filter(|p| !p.trim().is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            dropped.push(part.to_string());
            continue;
        };
        let key = key.trim().to_ascii_uppercase();
        let value = value.trim().to_ascii_uppercase();
        if key == "UNTIL" {
            until = Some(value);
            continue;
        }
        let Some(order) = RRULE_PARTS.iter().position(|k| *k == key) else {
            dropped.push(part.to_string());
            continue;
        };
        if !rrule_value_ok(&key, &value) {
            if key == "FREQ" {
                return Err(ValueError::Freq(value));
            }
            // Dropping a bound would make a bounded series endless, and dropping a step
            // would repeat it more often than written: the rule goes, not the part.
            if key == "COUNT" || key == "INTERVAL" {
                let most = if key == "COUNT" { "10,000" } else { "1,000" };
                return Err(ValueError::Bound { key, value, most });
            }
            dropped.push(part.to_string());
            continue;
        }
        parts.insert(order, format!("{key}={value}"));
    }
    if !parts.contains_key(&0) {
        return Err(ValueError::NoFreq);
    }
    if until.is_some() {
        // RFC 5545: never both; UNTIL is the one clients agree on.
        parts.remove(&2);
    }
    Ok((
        parts.into_values().collect::<Vec<_>>().join(";"),
        until,
        dropped,
    ))
}

fn rrule_value_ok(key: &str, value: &str) -> bool {
    let list = |lo: i32, hi: i32, signed: bool| {
        value.split(',').all(|n| {
            n.parse::<i32>()
                .is_ok_and(|n| (signed && (-hi..=-lo).contains(&n)) || (lo..=hi).contains(&n))
        })
    };
    let weekday = |d: &str| ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].contains(&d);
    match key {
        "FREQ" => ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"].contains(&value),
        "INTERVAL" => value.parse::<u32>().is_ok_and(|n| (1..=1000).contains(&n)),
        "COUNT" => value
            .parse::<u32>()
            .is_ok_and(|n| (1..=10_000).contains(&n)),
        "BYMONTH" => list(1, 12, false),
        "BYWEEKNO" => list(1, 53, true),
        "BYYEARDAY" => list(1, 366, true),
        "BYMONTHDAY" => list(1, 31, true),
        "BYSETPOS" => list(1, 366, true),
        "WKST" => weekday(value),
        "BYDAY" => value.split(',').all(|d| {
            let split = d.len().saturating_sub(2);
            let (n, day) = (d.get(..split).unwrap_or("x"), d.get(split..).unwrap_or(""));
            weekday(day)
                && (n.is_empty()
                    || n.parse::<i32>()
                        .is_ok_and(|n| n != 0 && (-53..=53).contains(&n)))
        }),
        _ => false,
    }
}

/// The plan's view of a rule: what TIMING.md's `recurrence` can say of it.
fn recurrence_of(rule: &str) -> Option<Recurrence> {
    let get = |key: &str| {
        rule.split(';')
            .find_map(|p| p.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
    };
    let freq = match get("FREQ")? {
        "DAILY" => Freq::Daily,
        "WEEKLY" => Freq::Weekly,
        "MONTHLY" => Freq::Monthly,
        "YEARLY" => Freq::Yearly,
        _ => return None,
    };
    Some(Recurrence {
        freq,
        interval: get("INTERVAL").and_then(|v| v.parse().ok()).unwrap_or(1),
        count: get("COUNT").and_then(|v| v.parse().ok()),
        byday: get("BYDAY").map(|v| v.split(',').map(str::to_string).collect()),
    })
}

/// One VEVENT, or None (with a warning) when it cannot be placed in time.
fn read_event(
    c: &Component<'_>,
    (zones, years): (&Zones, Option<std::ops::RangeInclusive<i32>>),
    warnings: &mut Vec<ImportWarning>,
    index: usize,
) -> Option<Read> {
    let row = Some(index + 1);
    let title = kept(
        text_of(c, "SUMMARY"),
        ("SUMMARY", MAX_TITLE_CHARS),
        row,
        warnings,
    );
    let uid = kept(text_of(c, "UID"), ("UID", MAX_UID_CHARS), row, warnings);
    let location = kept(
        text_of(c, "LOCATION"),
        ("LOCATION", MAX_TEXT_CHARS),
        row,
        warnings,
    );
    let notes = kept(
        text_of(c, "DESCRIPTION"),
        ("DESCRIPTION", MAX_TEXT_CHARS),
        row,
        warnings,
    );
    let label = if title.is_empty() { &uid } else { &title };
    let mut r = EventReader {
        c,
        zones,
        warnings,
        index,
        label: label.chars().take(200).collect(),
        years,
    };
    let (start, zone) = r.start()?;
    let all_day = zone == EventZone::AllDay;
    let begin = local_in(start, zone);
    let begin = if all_day {
        begin.date().and_time(NaiveTime::MIN)
    } else {
        begin
    };
    if let Some(far) = r.far_away(begin) {
        r.warn("DTSTART", CalendarProblem::StartUnreadable { detail: far });
        return None;
    }
    let end = r.end(begin, zone);
    let recurrence_id = r.recurrence_id(zone);
    let (rrule, until) = r.rule(zone, begin).unzip();
    let exdates = if rrule.is_some() || prop(c, "RDATE").is_some() {
        r.dates("EXDATE", zone)
    } else {
        Vec::new()
    };
    let (rrule, until) = r.bounded_rule(rrule, until);
    let rdates = r.dates("RDATE", zone);
    let status_text = text_of(c, "STATUS").to_ascii_uppercase();
    let status = match status_text.as_str() {
        "CANCELLED" => EventStatus::Cancelled,
        "CONFIRMED" => EventStatus::Confirmed,
        _ => EventStatus::Planned,
    };
    let calendar = CalendarTime {
        uid: if uid.is_empty() {
            // No UID (RFC 5545 requires one): its start and title say which event it is.
            format!("{}|{}", begin.format("%Y%m%dT%H%M%S"), title)
        } else {
            uid.clone()
        },
        start: begin,
        end,
        all_day,
        zone: zone.name(),
        rrule,
        until: until.flatten(),
        rdates,
        exdates,
    };
    let mut event = EventDoc::new(
        if title.is_empty() {
            "—".to_string()
        } else {
            title
        },
        timing_text(&calendar),
    );
    event.when = Some(timing_of(&calendar, &event.timing));
    event.location = location;
    event.notes = notes;
    event.status = status;
    event.calendar = Some(calendar);
    Some(Read {
        uid,
        recurrence_id,
        cancelled: status == EventStatus::Cancelled,
        event,
    })
}

/// A rule's UNTIL as `EventReader::rule` reads it (None inside: unreadable or absent).
type Until = Option<NaiveDateTime>;
/// A rule and its UNTIL, each None when there is none to keep.
type KeptRule = (Option<String>, Option<Until>);

/// One VEVENT being read, property by property: each step warns about what it cannot keep,
/// naming the event by its title (else its UID) and its place in the file.
struct EventReader<'r, 'a> {
    c: &'r Component<'a>,
    zones: &'r Zones,
    warnings: &'r mut Vec<ImportWarning>,
    index: usize,
    label: String,
    /// The years dates may fall in (`YEARS_AROUND` from the import's day; None: no day given).
    years: Option<std::ops::RangeInclusive<i32>>,
}

impl EventReader<'_, '_> {
    /// Why `t` is refused as too far from today, if it is.
    fn far_away(&self, t: NaiveDateTime) -> Option<String> {
        let years = self.years.as_ref()?;
        (!years.contains(&t.year())).then(|| {
            format!(
                "{} is more than {YEARS_AROUND} years from today (dates from {} to {} are read)",
                t.format("%Y-%m-%d"),
                years.start(),
                years.end()
            )
        })
    }

    /// The rule, unless its UNTIL lies too far away: then only the first occurrence is kept.
    fn bounded_rule(&mut self, rrule: Option<String>, until: Option<Until>) -> KeptRule {
        match until.flatten().and_then(|u| self.far_away(u)) {
            Some(far) => {
                let detail = format!("UNTIL {far}");
                self.warn("RRULE", CalendarProblem::RuleUnreadable { detail });
                (None, None)
            }
            None => (rrule, until),
        }
    }

    fn warn(&mut self, column: &str, problem: CalendarProblem) {
        let kind = WarningKind::Calendar {
            summary: self.label.clone(),
            problem,
        };
        let warning = ImportWarning::new(kind, Some(self.index + 1), Some(column));
        self.warnings.push(warning);
    }

    /// A date property's value as local time in the event's zone.
    fn moment(&self, name: &str, zone: EventZone) -> Result<Option<NaiveDateTime>, ValueError> {
        prop(self.c, name)
            .map(|p| parse_moment(p.val.as_str(), param(p, "TZID"), self.zones))
            .transpose()
            .map(|m| m.map(|m| local_in(m, zone)))
    }

    /// DTSTART and the zone it gives the event; None (warned) when it is missing or unread.
    fn start(&mut self) -> Option<(Moment, EventZone)> {
        let Some(dtstart) = prop(self.c, "DTSTART") else {
            self.warn("DTSTART", CalendarProblem::NoStart);
            return None;
        };
        let start = match parse_moment(dtstart.val.as_str(), param(dtstart, "TZID"), self.zones) {
            Ok(m) => m,
            Err(e) => {
                self.warn(
                    "DTSTART",
                    CalendarProblem::StartUnreadable {
                        detail: e.to_string(),
                    },
                );
                return None;
            }
        };
        let date_valued = param(dtstart, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"));
        let zone = match start {
            Moment::Date(_) => EventZone::AllDay,
            _ if date_valued => EventZone::AllDay,
            Moment::Utc(_) => EventZone::Named(Tz::UTC),
            Moment::Zoned(_, ZoneRef::Named(tz)) => EventZone::Named(tz),
            Moment::Zoned(_, ZoneRef::Fixed(_)) => {
                self.warn("DTSTART", CalendarProblem::ZoneUnknown);
                EventZone::Named(Tz::UTC)
            }
            Moment::Floating(_) => EventZone::Floating,
        };
        Some((start, zone))
    }

    /// DTEND, else DTSTART + DURATION, else one day (all-day) or no length; never before
    /// the start, and an all-day event lasts at least its day.
    fn end(&mut self, begin: NaiveDateTime, zone: EventZone) -> NaiveDateTime {
        let all_day = zone == EventZone::AllDay;
        let end = match self.moment("DTEND", zone) {
            Ok(Some(end)) if self.far_away(end).is_some() => {
                let detail = format!("DTEND {}", self.far_away(end).unwrap_or_default());
                self.warn("DTEND", CalendarProblem::EndUnreadable { detail });
                None
            }
            Ok(Some(end)) if end < begin => {
                let detail = format!(
                    "DTEND {} is before DTSTART {}",
                    end.format("%Y-%m-%d %H:%M"),
                    begin.format("%Y-%m-%d %H:%M")
                );
                self.warn("DTEND", CalendarProblem::EndUnreadable { detail });
                None
            }
            Ok(end) => end,
            Err(e) => {
                self.warn(
                    "DTEND",
                    CalendarProblem::EndUnreadable {
                        detail: e.to_string(),
                    },
                );
                None
            }
        }
        .or_else(|| {
            prop(self.c, "DURATION")
                .and_then(|p| parse_duration(p.val.as_str()))
                .and_then(|d| begin.checked_add_signed(d))
        });
        let end = match end {
            Some(end) if all_day => end.date().and_time(NaiveTime::MIN),
            Some(end) => end,
            None if all_day => begin + Duration::days(1),
            None => begin,
        };
        if all_day && end <= begin {
            begin + Duration::days(1)
        } else {
            end.max(begin)
        }
    }

    fn recurrence_id(&mut self, zone: EventZone) -> Option<NaiveDateTime> {
        let read = self.moment("RECURRENCE-ID", zone).and_then(|m| {
            match m.and_then(|t| self.far_away(t)) {
                Some(far) => Err(ValueError::FarAway(far)),
                None => Ok(m),
            }
        });
        read.unwrap_or_else(|e| {
            self.warn(
                "RECURRENCE-ID",
                CalendarProblem::RecurrenceIdUnreadable {
                    detail: e.to_string(),
                },
            );
            None
        })
    }

    /// The RRULE as kept, with its UNTIL; None (warned) when there is none to keep.
    fn rule(
        &mut self,
        zone: EventZone,
        begin: NaiveDateTime,
    ) -> Option<(String, Option<NaiveDateTime>)> {
        let p = prop(self.c, "RRULE")?;
        let (rule, until_text, dropped) = match read_rrule(p.val.as_str()) {
            Ok(read) => read,
            Err(e) => {
                self.warn(
                    "RRULE",
                    CalendarProblem::RuleUnreadable {
                        detail: e.to_string(),
                    },
                );
                return None;
            }
        };
        if !dropped.is_empty() {
            let detail = dropped.join(";");
            self.warn("RRULE", CalendarProblem::RulePartsDropped { detail });
        }
        let until = match until_text.map(|u| parse_moment(&u, None, self.zones)) {
            Some(Ok(Moment::Date(d))) if zone != EventZone::AllDay => {
                // UNTIL given as a date bounds a timed series at the end of that day.
                Some(local_in(Moment::Date(d), zone) + Duration::days(1) - Duration::seconds(1))
            }
            Some(Ok(m)) => Some(local_in(m, zone)),
            Some(Err(e)) => {
                self.warn(
                    "RRULE",
                    CalendarProblem::UntilUnreadable {
                        detail: e.to_string(),
                    },
                );
                None
            }
            None => None,
        };
        // A rule that never gives an occurrence (or hardly ever) would cost every page that
        // draws it a walk through centuries: the event keeps its first day, as for a rule
        // that cannot be read.
        if let Err(why) = crate::ics::check_rule(begin, &rule, until) {
            let detail = why.to_string();
            self.warn("RRULE", CalendarProblem::RuleUnreadable { detail });
            return None;
        }
        Some((rule, until))
    }

    /// EXDATE or RDATE values, sorted and without repeats (all-day ones at midnight).
    fn dates(&mut self, name: &str, zone: EventZone) -> Vec<NaiveDateTime> {
        let ms = match moments(self.c, name, self.zones) {
            Ok(ms) => ms,
            Err(e) => {
                self.warn(
                    name,
                    CalendarProblem::DatesUnreadable {
                        detail: e.to_string(),
                    },
                );
                return Vec::new();
            }
        };
        let mut out: Vec<NaiveDateTime> = ms
            .into_iter()
            .map(|m| local_in(m, zone))
            .map(|t| {
                if zone == EventZone::AllDay {
                    t.date().and_time(NaiveTime::MIN)
                } else {
                    t
                }
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        if let Some(far) = out.iter().find_map(|t| self.far_away(*t)) {
            self.warn(name, CalendarProblem::DatesUnreadable { detail: far });
            out.retain(|t| self.far_away(*t).is_none());
        }
        out
    }
}

/// The event's time in words people and the plan's matching read: "2025-10-10 10:00–11:30",
/// "2025-10-10 – 2025-10-12", with the rule after a comma for a series.
fn timing_text(c: &CalendarTime) -> String {
    let mut out = if c.all_day {
        let last = c
            .end
            .date()
            .pred_opt()
            .unwrap_or(c.start.date())
            .max(c.start.date());
        if last == c.start.date() {
            c.start.format("%Y-%m-%d").to_string()
        } else {
            format!(
                "{} – {}",
                c.start.format("%Y-%m-%d"),
                last.format("%Y-%m-%d")
            )
        }
    } else if c.end.date() == c.start.date() {
        if c.end == c.start {
            c.start.format("%Y-%m-%d %H:%M").to_string()
        } else {
            format!(
                "{}–{}",
                c.start.format("%Y-%m-%d %H:%M"),
                c.end.format("%H:%M")
            )
        }
    } else {
        format!(
            "{} – {}",
            c.start.format("%Y-%m-%d %H:%M"),
            c.end.format("%Y-%m-%d %H:%M")
        )
    };
    if let Some(rule) = &c.rrule {
        out.push_str(", ");
        out.push_str(rule);
    }
    out
}

/// The TIMING.md answer for an exact calendar time: days, the time of day, the rule.
fn timing_of(c: &CalendarTime, text: &str) -> Timing {
    let first = c.start.date();
    let open_end =
        NaiveDate::from_ymd_opt(first.year() + OPEN_END_YEARS, first.month(), 1).unwrap_or(first);
    let last = c.last_day(open_end);
    let when = match c.rrule.as_deref().and_then(recurrence_of) {
        Some(rule) => When::Recurring {
            start: first,
            end: last,
            precision: Precision::Day,
            rule,
            count_per_period: None,
        },
        None => When::span(first, last, Precision::Day),
    };
    let mut t = Timing::new(text, when);
    if !c.all_day {
        t.time = Some(c.start.time());
        t.end_time = (c.end.date() == c.start.date() && c.end > c.start).then(|| c.end.time());
    }
    t
}

/// Instances (RECURRENCE-ID) joined to their series: a cancelled one is an EXDATE of it, a
/// moved or edited one an EXDATE there and an event of its own. An instance whose series is
/// not in the file stands alone.
fn fold_instances(read: Vec<Read>) -> Vec<EventDoc> {
    let mut series: BTreeMap<String, usize> = BTreeMap::new();
    for (i, r) in read.iter().enumerate() {
        if r.recurrence_id.is_none() && !r.uid.is_empty() {
            series.entry(r.uid.clone()).or_insert(i);
        }
    }
    let mut exdates: BTreeMap<usize, Vec<NaiveDateTime>> = BTreeMap::new();
    let mut keep = vec![true; read.len()];
    let mut own_uid: BTreeMap<usize, String> = BTreeMap::new();
    for (i, r) in read.iter().enumerate() {
        let Some(rid) = r.recurrence_id else { continue };
        let Some(&master) = series.get(&r.uid) else {
            continue;
        };
        let all_day = read
            .get(master)
            .and_then(|m| m.event.calendar.as_ref())
            .is_some_and(|c| c.all_day);
        let rid = if all_day {
            rid.date().and_time(NaiveTime::MIN)
        } else {
            rid
        };
        exdates.entry(master).or_default().push(rid);
        if r.cancelled {
            keep[i] = false;
        } else {
            own_uid.insert(
                i,
                format!("{};RECURRENCE-ID={}", r.uid, rid.format("%Y%m%dT%H%M%S")),
            );
        }
    }
    let mut out = Vec::with_capacity(read.len());
    for (i, r) in read.into_iter().enumerate() {
        if !keep.get(i).copied().unwrap_or(true) {
            continue;
        }
        let mut e = r.event;
        if let Some(c) = e.calendar.as_mut() {
            if let Some(extra) = exdates.remove(&i) {
                c.exdates.extend(extra);
                c.exdates.sort_unstable();
                c.exdates.dedup();
            }
            if let Some(uid) = own_uid.remove(&i) {
                c.uid = uid;
            }
        }
        out.push(e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Slug;

    fn options() -> ImportOptions {
        ImportOptions {
            today: NaiveDate::from_ymd_opt(2025, 9, 1),
            ..ImportOptions::new(Slug::parse("school").unwrap())
        }
    }

    fn read(text: &str) -> PlanDocument {
        parse(text.as_bytes(), "cal.ics", &options()).expect("a calendar")
    }

    fn cal(e: &EventDoc) -> &CalendarTime {
        e.calendar.as_ref().expect("calendar time")
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_timed_event_keeps_its_zone_and_local_time() {
        let doc = read(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Библиотека\r\nBEGIN:VEVENT\r\nUID:a@x\r\n\
             DTSTART;TZID=Europe/Moscow:20251010T100000\r\nDTEND;TZID=Europe/Moscow:20251010T113000\r\n\
             SUMMARY:Литературная гостиная\\, осень\r\nLOCATION:Читальный зал\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        );
        assert_eq!(doc.title, "Библиотека");
        assert_eq!(doc.academic_year.to_string(), "2025-2026");
        let e = &doc.events[0];
        assert_eq!(e.title, "Литературная гостиная, осень");
        assert_eq!(e.location, "Читальный зал");
        let c = cal(e);
        assert_eq!(c.uid, "a@x");
        assert_eq!(
            (c.start, c.end),
            (at("2025-10-10 10:00"), at("2025-10-10 11:30"))
        );
        assert_eq!(c.zone.as_deref(), Some("Europe/Moscow"));
        assert!(!c.all_day);
        assert_eq!(e.timing, "2025-10-10 10:00–11:30");
    }

    #[test]
    fn utc_times_stay_utc_and_all_day_events_end_exclusively() {
        let doc = read(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:b\nDTSTART:20251010T070000Z\nDURATION:PT2H\nSUMMARY:B\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:c\nDTSTART;VALUE=DATE:20251101\nDTEND;VALUE=DATE:20251103\nSUMMARY:C\nEND:VEVENT\nEND:VCALENDAR\n",
        );
        let b = cal(&doc.events[0]);
        assert_eq!(b.zone.as_deref(), Some("UTC"));
        assert_eq!(b.end, at("2025-10-10 09:00"));
        let c = cal(&doc.events[1]);
        assert!(c.all_day);
        assert_eq!(c.end, at("2025-11-03 00:00"));
        assert_eq!(doc.events[1].timing, "2025-11-01 – 2025-11-02");
    }

    #[test]
    fn a_series_keeps_its_rule_until_and_exdates_and_folds_its_instances() {
        let doc = read(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:s\nDTSTART;TZID=Asia/Ho_Chi_Minh:20250904T150000\n\
             DTEND;TZID=Asia/Ho_Chi_Minh:20250904T160000\nRRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20251231T080000Z;X-FOO=1\n\
             EXDATE;TZID=Asia/Ho_Chi_Minh:20250911T150000\nSUMMARY:Clb đọc sách\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:s\nRECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:20250918T150000\nDTSTART;TZID=Asia/Ho_Chi_Minh:20250919T150000\n\
             DTEND;TZID=Asia/Ho_Chi_Minh:20250919T160000\nSUMMARY:Clb đọc sách (dời)\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:s\nRECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:20250925T150000\nDTSTART;TZID=Asia/Ho_Chi_Minh:20250925T150000\n\
             STATUS:CANCELLED\nSUMMARY:Clb đọc sách\nEND:VEVENT\nEND:VCALENDAR\n",
        );
        assert_eq!(doc.events.len(), 2, "{:?}", doc.events);
        let s = cal(&doc.events[0]);
        assert_eq!(s.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=TH"));
        assert_eq!(s.until, Some(at("2025-12-31 15:00")));
        assert_eq!(
            s.exdates,
            vec![
                at("2025-09-11 15:00"),
                at("2025-09-18 15:00"),
                at("2025-09-25 15:00")
            ]
        );
        let moved = cal(&doc.events[1]);
        assert_eq!(moved.uid, "s;RECURRENCE-ID=20250918T150000");
        assert_eq!(moved.start, at("2025-09-19 15:00"));
        assert!(doc.warnings.iter().any(|w| w.message.contains("X-FOO")));
        let w = doc.events[0].when.as_ref().unwrap();
        assert_eq!(w.kind(), crate::timing::TimingKind::Recurring);
        assert_eq!(w.end(), NaiveDate::from_ymd_opt(2025, 12, 31));
    }

    #[test]
    fn windows_zone_names_and_unknown_zones_with_offsets_are_read() {
        let doc = read(
            "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Customized Time Zone\nBEGIN:STANDARD\nDTSTART:16010101T000000\n\
             TZOFFSETFROM:+0700\nTZOFFSETTO:+0700\nEND:STANDARD\nEND:VTIMEZONE\n\
             BEGIN:VEVENT\nUID:w\nDTSTART;TZID=\"Russian Standard Time\":20251010T100000\nSUMMARY:W\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:x\nDTSTART;TZID=Customized Time Zone:20251010T100000\nSUMMARY:X\nEND:VEVENT\nEND:VCALENDAR\n",
        );
        assert_eq!(cal(&doc.events[0]).zone.as_deref(), Some("Europe/Moscow"));
        let x = cal(&doc.events[1]);
        assert_eq!(x.zone.as_deref(), Some("UTC"));
        assert_eq!(x.start, at("2025-10-10 03:00"));
    }

    /// The hostile-input issue's file: 3,000 nested BEGIN:A overflowed the parser's stack.
    fn nested(depth: usize) -> String {
        format!(
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:n\nDTSTART:20251015T100000Z\nSUMMARY:n\n{}{}END:VEVENT\nEND:VCALENDAR\n",
            "BEGIN:A\n".repeat(depth),
            "END:A\n".repeat(depth)
        )
    }

    #[test]
    fn deep_nesting_is_refused_at_its_line_before_the_parser_runs() {
        let error = parse(nested(3000).as_bytes(), "x.ics", &options()).unwrap_err();
        // VCALENDAR, VEVENT and six A's fit; the seventh BEGIN:A (line 13) is one too many.
        assert!(
            matches!(error, ImportError::CalendarLine { line: 13, .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("nest"), "{error}");
        // Alarms and time zones nest three deep and still read.
        assert!(parse(nested(MAX_NESTING - 2).as_bytes(), "x.ics", &options()).is_ok());
    }

    #[test]
    fn a_damaged_file_names_its_line() {
        let error = parse(
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:ok\r\n folded\r\nthis line is broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "x.ics",
            &options(),
        )
        .unwrap_err();
        assert!(error.to_string().contains("line 6"), "{error}");
        assert!(
            matches!(error, ImportError::CalendarLine { line: 6, .. }),
            "the line is a value too: {error:?}"
        );
        let cut = parse(
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\n",
            "x.ics",
            &options(),
        )
        .unwrap_err();
        assert!(cut.to_string().contains("line 2"), "{cut}");
        let mismatched = parse(
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR\n",
            "x.ics",
            &options(),
        )
        .unwrap_err();
        assert!(mismatched.to_string().contains("line 3"), "{mismatched}");
        assert!(matches!(
            mismatched,
            ImportError::CalendarLine { line: 3, .. }
        ));
    }

    #[test]
    fn rules_by_the_hour_are_refused_for_the_event_only() {
        let doc = read(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:h\nDTSTART:20251010T070000Z\nRRULE:FREQ=HOURLY\nSUMMARY:H\nEND:VEVENT\nEND:VCALENDAR\n",
        );
        assert_eq!(cal(&doc.events[0]).rrule, None);
        assert!(doc.warnings.iter().any(|w| w.message.contains("HOURLY")));
    }

    /// The hostile-input issue: years 0000–9999, an end before the start, a COUNT past the
    /// limit (dropped, it made a bounded series endless) and texts of megabytes.
    #[test]
    fn far_dates_bad_bounds_and_long_texts_are_refused_or_cut_with_a_warning() {
        let long = "Я".repeat(MAX_TITLE_CHARS + 5);
        let text = format!(
            "BEGIN:VCALENDAR\nX-WR-CALNAME:{}\n\
             BEGIN:VEVENT\nUID:far\nDTSTART:99991231T100000Z\nSUMMARY:Far\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:back\nDTSTART:20251010T100000Z\nDTEND:20251009T100000Z\nSUMMARY:Back\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:count\nDTSTART:20251010T100000Z\nRRULE:FREQ=DAILY;COUNT=20000\nSUMMARY:Count\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:zero\nDTSTART:20251010T100000Z\nRRULE:FREQ=DAILY;INTERVAL=0;COUNT=3\nSUMMARY:Zero\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:until\nDTSTART;VALUE=DATE:20251010\nRRULE:FREQ=YEARLY;UNTIL=99991231\nSUMMARY:Until\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:ex\nDTSTART;VALUE=DATE:20251010\nRRULE:FREQ=WEEKLY;COUNT=5\nEXDATE;VALUE=DATE:00010101,20251017\nSUMMARY:Ex\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:long\nDTSTART;VALUE=DATE:20251010\nSUMMARY:{long}\nEND:VEVENT\n\
             END:VCALENDAR\n",
            "N".repeat(1000)
        );
        let doc = read(&text);
        let uids: Vec<&str> = doc.events.iter().map(|e| cal(e).uid.as_str()).collect();
        assert_eq!(uids, ["back", "count", "zero", "until", "ex", "long"]);
        let said = |column: &str, words: &str| {
            doc.warnings
                .iter()
                .any(|w| w.column.as_deref() == Some(column) && w.message.contains(words))
        };
        assert!(
            said("DTSTART", "9999-12-31 is more than 100 years"),
            "{:?}",
            doc.warnings
        );
        // An end before the start: a warning, and no length.
        assert!(said("DTEND", "before DTSTART"), "{:?}", doc.warnings);
        assert_eq!(cal(&doc.events[0]).end, cal(&doc.events[0]).start);
        // A COUNT or INTERVAL out of bounds, a far UNTIL: the first occurrence only.
        for (i, words) in [
            (1, "COUNT=20000"),
            (2, "INTERVAL=0"),
            (3, "UNTIL 9999-12-31"),
        ] {
            assert_eq!(cal(&doc.events[i]).rrule, None, "{words}");
            assert!(said("RRULE", words), "{words}: {:?}", doc.warnings);
        }
        // A far EXDATE is dropped, the near one kept.
        assert_eq!(cal(&doc.events[4]).exdates.len(), 1);
        assert!(said("EXDATE", "0001-01-01"), "{:?}", doc.warnings);
        // Long texts are cut to what the API takes.
        assert_eq!(doc.events[5].title.chars().count(), MAX_TITLE_CHARS);
        assert!(
            said("SUMMARY", "the first 20000 are kept"),
            "{:?}",
            doc.warnings
        );
        assert_eq!(doc.title.chars().count(), MAX_NAME_CHARS);
        assert!(
            said("X-WR-CALNAME", "1000 characters"),
            "{:?}",
            doc.warnings
        );
    }

    #[test]
    fn durations_read_as_rfc_5545_writes_them() {
        assert_eq!(parse_duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("P1W"), Some(Duration::days(7)));
        assert_eq!(parse_duration("P1DT2H"), Some(Duration::hours(26)));
        assert_eq!(parse_duration("P"), None);
        assert_eq!(parse_duration("PT5"), None);
        assert_eq!(parse_duration("PX"), None);
    }

    #[test]
    fn the_extension_or_the_first_line_says_ics() {
        assert!(looks_like_ics(b"anything", "Calendar.ICS"));
        assert!(looks_like_ics(
            b"\xEF\xBB\xBF\r\nBEGIN:VCALENDAR\r\n",
            "feed"
        ));
        assert!(!looks_like_ics(b"BEGIN:VCARD", "card.vcf"));
    }
}
