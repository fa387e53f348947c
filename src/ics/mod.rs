//! iCalendar rendering: events of a plan become RFC 5545 text that Google Calendar, Outlook,
//! Apple Calendar, Thunderbird, Evolution, khal and calcurse read alike. Pure: no I/O, no
//! HTTP. The caller (the feeds layer) builds plain `FeedEvent`s from its rows.
//!
//! How an event is drawn (the honesty rules). Google shows no tentative state and Outlook
//! shows a cancelled event as active, so the event's own title says what it is; STATUS,
//! TRANSP and Outlook's X-MICROSOFT-CDO-BUSYSTATUS say it again for clients that read them:
//! - a pinned date is CONFIRMED and busy: all-day (`VALUE=DATE`, exclusive DTEND, the day
//!   after the last day) or timed with `TZID` of the organization's zone, DTEND after the
//!   pinned duration (60 minutes by default) and a VTIMEZONE for the zone;
//! - an unpinned timing that names its days exactly is CONFIRMED too (`exact_span`, the rule
//!   the pages follow): one day, timed when the plan gave a time ("12 ноября 10.00 - 13.00"),
//!   or the days an event lasts ("27.10.2025-31.10.2025", "20-25 сентября"), all-day;
//! - a deadline ("до 15 февраля") reads as one: "До 15 февраля: сдать отчёт" ("Hạn 15/2: …",
//!   "Due 15 February: …"), one all-day event, TRANSPARENT and FREE (nobody is busy with a
//!   deadline), with a VALARM a week before;
//! - anything else is not exact: a coarser timing (a month, a term, "апрель-июнь", "первая
//!   декада октября") or a span marked tentative. Its title leads with its timing ("Апрель–июнь · Конкурс чтецов": Google's month
//!   grid cuts a title's end, so the part that says it is inexact comes first), it is
//!   TENTATIVE and TRANSPARENT, and Outlook's busy status is TENTATIVE, or FREE for spans
//!   longer than two weeks. `FuzzyMode` chooses how such spans are drawn: `Span` as all-day
//!   bars over the whole span, `Start` as a one-day marker on the first working day, `Skip` not at
//!   all. The default, `Auto`, draws spans of up to 14 days as bars and longer ones as a
//!   one-day marker on their first working day, so a calendar is not painted with long bars;
//!   a long span that ends in a later month gets a second marker on its last working day
//!   ("Апрель–июнь, начало · …" on 1 April, "Апрель–июнь, окончание · …" on 30 June, UID
//!   "<uid>-end"), since Google's month grid shows one month and the item would be gone
//!   from June; the months between get none, so terms and quarters do not fill the grid.
//!   The end markers are the first thing a feed too large for Google leaves out (`Detail`);
//! - year-long items ("в течение года": the whole academic year, precision year) are, under
//!   `Auto`, one digest event per feed and school year ("В течение года: 12 мероприятий")
//!   listing each, and undatable items (kind unknown) one digest in every mode but `Skip`,
//!   on the school year's first working day: nothing piles onto September 1 (`digest`);
//! - a recurrence starts on its first real occurrence, all-day or at the plan's time in the
//!   zone (with a VTIMEZONE), and its RRULE ends with UNTIL (when teaching ends, May 31 in
//!   Russian and Vietnamese schools, or the plan's window if shorter) or with the plan's
//!   COUNT, never both. BYDAY keeps ordinals ("-1FR", "2MO"). FREQ maps daily/weekly/
//!   monthly/yearly one to one; "termly" (once a term) is FREQ=MONTHLY with the owner's
//!   term length as INTERVAL (3 for a Russian четверть, 5 for a Vietnamese học kỳ: "1 lần/1
//!   kỳ" is twice a school year), since RFC 5545 has no term. It is CONFIRMED when the
//!   rule names its days (daily, or BYDAY given), and then skips the school holidays of the
//!   owner's locale with EXDATE (`terms`); else TENTATIVE, a reminder on the first working
//!   day of each period ("ежемесячно", "1 раз в четверть": never 1 January, a weekend or a
//!   holiday), one VEVENT a period with UIDs derived from the event's ("<uid>-202601"),
//!   since no RRULE every client reads can say "the first working day". A weekly rule with no day named ("hàng tuần") is no series
//!   at all but a tentative marker: its weekday would be invented. `Skip` leaves out only
//!   the tentative ones;
//! - several spans ("сентябрь, январь, май") become one VEVENT per span with UIDs derived
//!   from the event's UID (the first keeps it, then "<uid>-2", "<uid>-3"), stable as long as
//!   the plan's list is. Not RDATE: `RDATE;VALUE=PERIOD` cannot carry dates, and
//!   `RDATE;VALUE=DATE` with one fixed duration cannot say "all of September" and "all of
//!   January" (months differ in length, and Auto draws long spans as markers anyway);
//!   calcurse and khal also treat RDATE partly, while separate VEVENTs every client reads
//!   the same (checked with ics-check);
//! - a cancelled or deleted event stays as STATUS:CANCELLED (with the SEQUENCE the caller
//!   bumped) so subscribed calendars remove it, and while it stays its title begins
//!   "Отменено: " ("Đã hủy: ", "Cancelled: ").
//!
//! What is said once: the plan's title goes in the calendar's description, not in every
//! event's; the section in CATEGORIES; the plan's timing words in the title (in the
//! description only when the title had to shorten them); the colour at calendar level
//! (COLOR and X-APPLE-CALENDAR-COLOR) unless the feed holds several owners, whose events
//! then each name their organizer and carry a distinct COLOR. RFC 5545 defaults (SEQUENCE:0,
//! TRANSP:OPAQUE) and CREATED are not written, nor a partner that LOCATION already names.
//! Google stops reading feeds past about 1 MB: an event's fixed lines (UID, DTSTAMP, dates,
//! status, URL) take some 260 octets, and its Cyrillic title, place and roles take the rest,
//! 250 to 450 octets in real plans. A feed that would still pass `RenderOptions::max_octets`
//! (800,000 octets: some 1,500 such events) keeps every event but writes less of each
//! (`Detail`): first what Google and Outlook show nowhere (CATEGORIES, a FREE busy status
//! that TRANSP already says) and what the event's page holds (agenda, notes, section), then
//! the URL, contact people and deadline reminders, at last who answers for it (a role's or
//! a person's feed says that by being theirs). Title, dates, place and status always stay.
//! The calendar's description says so.
//!
//! The plan's "expected result" column is on the event's page (its URL), not in the feed.
//!
//! Output is deterministic: an event's DTSTAMP is its own last change (a digest's the feed's
//! data version time from `CalendarMeta`), zones are written in name order, nothing reads
//! the clock. The `icalendar` crate's
//! serializer is not used for the text (its escaping lets control characters through, it
//! has no VTIMEZONE and its folding is quadratic; `writer`'s tests show each), only its model
//! of what a VEVENT holds is followed. Speed: the text is written once, straight into an
//! output sized up front; escaping copies plain runs whole and only lines over 75 octets
//! are cut again. How fast: `cargo bench --bench ics`; figures and target in
//! benches/README.md.

mod calendar;
pub(crate) mod colors;
mod digest;
pub mod series;
mod terms;
mod vtimezone;
mod words;
mod writer;

use std::collections::BTreeMap;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc,
};

use crate::plan::{CalendarTime, EventStatus, Pinned};
use crate::timing::{AcademicYear, Flag, Lang, Precision, Recurrence, Timing, TimingKind};
pub use calendar::{RuleError, check_rule, start_days_between};
pub use series::Series;
use series::{ByDay, freq_of};

/// How inexact spans are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FuzzyMode {
    /// Spans up to `AUTO_SPAN_DAYS` as bars, longer ones as a marker on their first day.
    #[default]
    Auto,
    Span,
    Start,
    Skip,
}

impl FuzzyMode {
    /// The longest inexact span `Auto` still draws as a bar.
    pub(crate) const AUTO_SPAN_DAYS: i64 = 14;

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "auto" => Some(FuzzyMode::Auto),
            "span" => Some(FuzzyMode::Span),
            "start" => Some(FuzzyMode::Start),
            "skip" => Some(FuzzyMode::Skip),
            _ => None,
        }
    }
}

/// What the VCALENDAR says about itself.
#[derive(Clone, Debug)]
pub struct CalendarMeta {
    pub name: String,
    pub description: String,
    pub lang: Lang,
    pub default_tz: chrono_tz::Tz,
    pub refresh_minutes: u32,
    pub url: Option<String>,
    /// The time of the data the feed was rendered from: what a digest falls back to when
    /// it lists nothing that says when it changed, and which academic year is current.
    pub dtstamp: DateTime<Utc>,
    /// A key that names this feed and stays the same across renders (the canonical feed
    /// request, e.g. "orgs/ramenki-school/merged.ics"): the digest events' UIDs derive from
    /// it, so each feed's digest keeps its UID and two feeds never share one.
    pub feed_key: String,
    /// The calendar's colour (a CSS3 name or "#rrggbb"); the first owner's colour, or the
    /// first of the palette, when absent.
    pub color: Option<String>,
}

impl Default for CalendarMeta {
    fn default() -> Self {
        CalendarMeta {
            name: String::new(),
            description: String::new(),
            lang: Lang::En,
            default_tz: chrono_tz::UTC,
            refresh_minutes: 360,
            url: None,
            dtstamp: DateTime::UNIX_EPOCH,
            feed_key: String::new(),
            color: None,
        }
    }
}

/// One event as a feed shows it; plain data built by the caller.
#[derive(Clone, Debug)]
pub struct FeedEvent {
    pub uid: String,
    pub sequence: i32,
    pub created: DateTime<Utc>,
    pub last_modified: DateTime<Utc>,
    pub title: String,
    /// The plan's own timing words.
    pub timing_text: String,
    pub when: Option<Timing>,
    pub pinned: Option<Pinned>,
    /// The exact time of an event read from a calendar (.ics): drawn as its publisher wrote
    /// it (`calendar`), in its own zone.
    pub calendar: Option<CalendarTime>,
    pub status: EventStatus,
    pub deleted: bool,
    /// The organization's zone, for pinned times.
    pub tz: chrono_tz::Tz,
    pub location: String,
    /// Said once in the calendar's description, not in every event's.
    pub plan_title: String,
    pub section_title: Option<String>,
    pub responsible: String,
    pub role_labels: Vec<String>,
    pub people: Vec<String>,
    pub result: String,
    pub notes: String,
    pub agenda: Vec<String>,
    pub categories: Vec<String>,
    pub url: Option<String>,
    /// The owner's colour (a CSS3 name); in a feed with several owners each owner gets a
    /// distinct one.
    pub color: Option<String>,
    /// The name of the organization whose plan holds the event; named in the description
    /// when a feed holds several owners' events.
    pub owner: String,
    /// The owner organization's locale: whose school calendar (end of teaching, holidays)
    /// a recurrence follows. The feed's language when absent.
    pub locale: Option<Lang>,
    /// The plan's academic year: where an undated event's digest goes.
    pub academic_year: Option<AcademicYear>,
}

impl Default for FeedEvent {
    fn default() -> Self {
        FeedEvent {
            uid: String::new(),
            sequence: 0,
            created: DateTime::UNIX_EPOCH,
            last_modified: DateTime::UNIX_EPOCH,
            title: String::new(),
            timing_text: String::new(),
            when: None,
            pinned: None,
            calendar: None,
            status: EventStatus::default(),
            deleted: false,
            tz: chrono_tz::UTC,
            location: String::new(),
            plan_title: String::new(),
            section_title: None,
            responsible: String::new(),
            role_labels: Vec::new(),
            people: Vec::new(),
            result: String::new(),
            notes: String::new(),
            agenda: Vec::new(),
            categories: Vec::new(),
            url: None,
            color: None,
            owner: String::new(),
            locale: None,
            academic_year: None,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct RenderOptions {
    pub fuzzy: FuzzyMode,
    /// The size a feed is kept under by writing less of each event (`Detail`): Google
    /// Calendar stops reading a subscribed feed past about 1 MB.
    pub max_octets: usize,
}

impl RenderOptions {
    /// Google's limit with a margin: the feed still fits after a few more events are added.
    pub const MAX_OCTETS: usize = 800_000;
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            fuzzy: FuzzyMode::default(),
            max_octets: Self::MAX_OCTETS,
        }
    }
}

/// How much of each event a feed carries. A feed over `RenderOptions::max_octets` is
/// written again with less, one step at a time; what goes first is what Google and Outlook
/// show nowhere, then what the event's page (its URL) says in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Detail {
    /// Everything.
    Full,
    /// Everything, in fewer VEVENTs: a long span's end marker (`Marker::End`) goes, since
    /// its start marker says the span, and a periodic reminder is one VEVENT (RRULE with
    /// EXDATE and RDATE, `folded_periods`) rather than one a period. This goes before
    /// anything an event holds.
    Folded,
    /// No CATEGORIES (Google shows none), no agenda, notes or section in the description
    /// (the event's page has them) and no FREE busy status (without one, Outlook takes
    /// TRANSPARENT as free: MS-OXCICAL 2.1.3.1.1.20.25).
    Compact,
    /// Also no URL, no contact people and no reminder before a deadline (Google drops a
    /// subscribed feed's alarms anyway): the title, dates, place, status, and who answers
    /// for it.
    Brief,
    /// Also not who answers for it (a role's or a person's own feed says that by being
    /// theirs); a merged feed still names each event's organizer.
    Bare,
}

impl Detail {
    fn less(self) -> Option<Detail> {
        match self {
            Detail::Full => Some(Detail::Folded),
            Detail::Folded => Some(Detail::Compact),
            Detail::Compact => Some(Detail::Brief),
            Detail::Brief => Some(Detail::Bare),
            Detail::Bare => None,
        }
    }
}

pub struct Rendered {
    pub text: String,
    /// VEVENT blocks written.
    pub vevents: usize,
}

/// When one VEVENT happens.
#[derive(Clone, Copy)]
enum Start {
    /// All-day, `first..=last`.
    Days(NaiveDate, NaiveDate),
    /// Timed, local wall time in the event's zone.
    Timed(NaiveDateTime, NaiveDateTime),
}

impl Default for Start {
    fn default() -> Self {
        Start::Days(NaiveDate::MIN, NaiveDate::MIN)
    }
}

/// Which feeds hold a drawing: a feed written in full draws some things as several VEVENTs
/// that a feed too large for Google folds into one (`Detail::Folded`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Written {
    #[default]
    Always,
    /// Only in a feed written in full: an end marker, one period of a periodic reminder.
    Unfolded,
    /// Only in a feed written with less: the one VEVENT of a periodic reminder.
    Folded,
}

/// Which marker of a long span a drawing is, when the span has two (`end_marker`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    Start,
    End,
}

#[derive(Default)]
struct Drawing {
    start: Start,
    /// Set on both markers of a span drawn as two: the title then says which one it is.
    marker: Option<Marker>,
    /// Appended to the event's UID: "-2" for its second span, "-end" for an end marker, so
    /// every VEVENT's UID is derived from the event's and stays as long as the plan does.
    uid_tail: String,
    written: Written,
    exact: bool,
    rrule: Option<String>,
    /// Occurrences of `rrule` left out (holidays), as local dates.
    exdates: Vec<NaiveDate>,
    /// A deadline: said in the title, FREE, with an alarm a week before.
    deadline: bool,
    /// An inexact span longer than `FuzzyMode::AUTO_SPAN_DAYS`: FREE rather than TENTATIVE
    /// in Outlook, since nobody is busy for a whole quarter.
    long: bool,
    /// The zone of a calendar event's own times, when not the organization's.
    zone: Option<chrono_tz::Tz>,
    /// A calendar event's extra occurrences (RDATE) and left-out ones (EXDATE), local.
    rdates: Vec<NaiveDateTime>,
    exdate_times: Vec<NaiveDateTime>,
}

impl Drawing {
    fn zone(&self, e: &FeedEvent) -> chrono_tz::Tz {
        self.zone.unwrap_or(e.tz)
    }

    /// Whether a feed written with `detail` holds this VEVENT.
    fn written_at(&self, detail: Detail) -> bool {
        match self.written {
            Written::Always => true,
            Written::Unfolded => detail == Detail::Full,
            Written::Folded => detail != Detail::Full,
        }
    }

    /// The marker the title names, if the feed holds both of the span's markers.
    fn named_marker(&self, detail: Detail) -> Option<Marker> {
        self.marker.filter(|_| detail == Detail::Full)
    }
}

// Dates are written digit by digit: chrono's strftime parses its pattern on every call and
// `format!` was still a tenth of the rendering time.
fn push_number(out: &mut String, n: u32, width: u32) {
    let digits = n.max(1).ilog10() + 1;
    for _ in digits..width {
        out.push('0');
    }
    let mut divisor = 10u32.pow(digits - 1);
    while divisor > 0 {
        out.push(char::from(b'0' + (n / divisor % 10) as u8));
        divisor /= 10;
    }
}

fn push_date(out: &mut String, d: NaiveDate) {
    // Years before 1 or after 9999 cannot be written in iCalendar; chrono allows them.
    push_number(out, d.year().clamp(0, 9999).unsigned_abs(), 4);
    push_number(out, d.month(), 2);
    push_number(out, d.day(), 2);
}

fn utc_stamp(t: DateTime<Utc>) -> String {
    let mut out = local_value(t.naive_utc());
    out.push('Z');
    out
}

fn date_value(d: NaiveDate) -> String {
    let mut out = String::with_capacity(8);
    push_date(&mut out, d);
    out
}

fn local_value(t: NaiveDateTime) -> String {
    let mut out = String::with_capacity(16);
    push_date(&mut out, t.date());
    out.push('T');
    push_number(&mut out, t.hour(), 2);
    push_number(&mut out, t.minute(), 2);
    push_number(&mut out, t.second(), 2);
    out
}

/// Days of an inexact span to draw under the mode, or None to leave it out. A one-day
/// marker goes on the span's first working day: a month's marker on Saturday 1 November or
/// in the autumn holidays would tell a subscriber something is on that day off.
fn fuzzy_days(
    first: NaiveDate,
    last: NaiveDate,
    mode: FuzzyMode,
    cal: &terms::SchoolCalendar,
) -> Option<(NaiveDate, NaiveDate)> {
    let marker = || {
        let day = first_working_day(first, last, cal);
        Some((day, day))
    };
    match mode {
        FuzzyMode::Skip => None,
        FuzzyMode::Span => Some((first, last)),
        FuzzyMode::Start => marker(),
        FuzzyMode::Auto if (last - first).num_days() < FuzzyMode::AUTO_SPAN_DAYS => {
            Some((first, last))
        }
        FuzzyMode::Auto => marker(),
    }
}

/// The first day of `first..=last` that is neither a weekend nor a school holiday; else its
/// first weekday (a span inside the holidays), else `first` (a weekend and nothing more).
fn first_working_day(first: NaiveDate, last: NaiveDate, cal: &terms::SchoolCalendar) -> NaiveDate {
    let days = first.iter_days().take_while(|d| *d <= last).take(60);
    working_day(days, first, last, cal).unwrap_or(first)
}

/// The last day of `first..=last` that is neither a weekend nor a school holiday, chosen as
/// `first_working_day` chooses, from the end.
fn last_working_day(first: NaiveDate, last: NaiveDate, cal: &terms::SchoolCalendar) -> NaiveDate {
    let days = std::iter::successors(Some(last), |d| d.pred_opt())
        .take_while(|d| *d >= first)
        .take(60);
    working_day(days, first, last, cal).unwrap_or(last)
}

/// The first of `days` (all inside `first..=last`) that is a working day, else the first
/// weekday among them.
fn working_day(
    mut days: impl Iterator<Item = NaiveDate> + Clone,
    first: NaiveDate,
    last: NaiveDate,
    cal: &terms::SchoolCalendar,
) -> Option<NaiveDate> {
    let holidays = cal.holidays_between(first, last);
    let weekday = |d: &NaiveDate| d.weekday().number_from_monday() <= 5;
    let holiday = |d: &NaiveDate| holidays.iter().any(|(a, b)| (a..=b).contains(&d));
    let mut weekdays = days.clone();
    days.find(|d| weekday(d) && !holiday(d))
        .or_else(|| weekdays.find(weekday))
}

/// Where a long span drawn as a start marker on `marker` gets a second marker, if it does:
/// on its last working day, when that is in a later month than the start marker. Google's
/// month grid shows one month at a time, so an "апрель–июнь" item marked only in April would
/// be gone from May and June; one marker per month would fill the grid with every term's
/// and quarter's items, so the end is marked and the months between are not.
fn end_marker(
    marker: NaiveDate,
    last: NaiveDate,
    mode: FuzzyMode,
    cal: &terms::SchoolCalendar,
) -> Option<NaiveDate> {
    let month = |d: NaiveDate| (d.year(), d.month());
    let day = last_working_day(marker, last, cal);
    (mode == FuzzyMode::Auto && month(day) > month(marker)).then_some(day)
}

/// The RRULE text; `until` is UNTIL's value, already in DTSTART's type (a DATE for an
/// all-day series, UTC for a timed one).
fn rrule(r: &Recurrence, days: &[ByDay], until: &str) -> String {
    let (freq, interval, _) = freq_of(r);
    let mut rule = format!("FREQ={freq}");
    if interval > 1 {
        rule.push_str(&format!(";INTERVAL={interval}"));
    }
    if !days.is_empty() {
        let codes: Vec<String> = days.iter().map(|d| d.code()).collect();
        rule.push_str(";BYDAY=");
        rule.push_str(&codes.join(","));
    }
    match r.count {
        Some(count) if count > 0 => rule.push_str(&format!(";COUNT={count}")),
        _ => rule.push_str(&format!(";UNTIL={until}")),
    }
    rule
}

/// A repeating event, on its first real occurrence (all-day, or at the plan's time in the
/// organization's zone), repeating until teaching ends or the window does, skipping the
/// school holidays it meets when its days are exact (`series::Series` decides which days).
/// "Weekly" with no day named is not a series at all (`None`): its weekday would be
/// invented. A plain monthly or termly reminder is one VEVENT a period, on the period's
/// first working day (`Series::periods`): no RRULE says "the first working day", and
/// BYSETPOS is one calcurse skips.
fn recurring_drawing(
    w: &Timing,
    first: NaiveDate,
    last: NaiveDate,
    cal: &terms::SchoolCalendar,
    tz: chrono_tz::Tz,
) -> Option<Vec<Drawing>> {
    let series = Series::within(w, first, last, cal)?;
    if !series.periods.is_empty() {
        let mut out = period_drawings(w, &series);
        out.extend(folded_periods(w, &series, tz));
        return Some(out);
    }
    let (start, until) = series_times(w, series.dtstart, series.last, tz);
    Some(vec![Drawing {
        start,
        exact: series.exact,
        rrule: Some(rrule(&series.recurrence, &series.days, &until)),
        exdates: series.exdates,
        ..Drawing::default()
    }])
}

/// A series' first occurrence on `dtstart` (all-day, or at the plan's time) and UNTIL's
/// value for its last day, in DTSTART's type.
fn series_times(
    w: &Timing,
    dtstart: NaiveDate,
    last: NaiveDate,
    tz: chrono_tz::Tz,
) -> (Start, String) {
    match w.time {
        Some(time) => {
            let start = timed(dtstart, time, None, w.end_time);
            // UNTIL of a timed series is UTC: the last day's occurrence, in the zone.
            let local = last.max(dtstart).and_time(time);
            let until = tz
                .from_local_datetime(&local)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| local.and_utc());
            (start, utc_stamp(until))
        }
        None => (Start::Days(dtstart, dtstart), date_value(last.max(dtstart))),
    }
}

/// A periodic reminder's VEVENTs in a feed written in full: the first keeps the event's UID,
/// each other one is the UID and its month ("-202601"), so a changed year's window keeps the
/// months it shares. Every client reads separate VEVENTs alike.
fn period_drawings(w: &Timing, series: &Series) -> Vec<Drawing> {
    series
        .periods
        .iter()
        .enumerate()
        .map(|(i, day)| Drawing {
            start: match w.time {
                Some(time) => timed(*day, time, None, w.end_time),
                None => Start::Days(*day, *day),
            },
            exact: series.exact,
            uid_tail: if i == 0 {
                String::new()
            } else {
                format!("-{}", &date_value(*day)[..6])
            },
            written: Written::Unfolded,
            ..Drawing::default()
        })
        .collect()
}

/// The same reminder as one VEVENT, for a feed too large for one a period: the plain
/// monthly RRULE from the first period's day, less its days that are no period's working
/// day (EXDATE), plus the periods' own days (RDATE). ical.js, libical and python icalendar
/// expand it to the same days (checked with ics-check); calcurse and khal read RDATE only
/// partly, so a feed that fits writes `period_drawings` instead.
fn folded_periods(w: &Timing, series: &Series, tz: chrono_tz::Tz) -> Option<Drawing> {
    let (first, last) = (*series.periods.first()?, *series.periods.last()?);
    let months = series::period_months(&series.recurrence, &series.days)?;
    // The days the RRULE gives: the first day's date in every `months`-th month, a month
    // without that date skipped (RFC 5545 3.3.10).
    let mut ruled = Vec::new();
    let mut month = first.with_day(1)?;
    while month <= last {
        if let Some(day) = NaiveDate::from_ymd_opt(month.year(), month.month(), first.day()) {
            ruled.push(day);
        }
        match month.checked_add_months(chrono::Months::new(months)) {
            Some(next) => month = next,
            None => break,
        }
    }
    let time = w.time.unwrap_or(NaiveTime::MIN);
    let rdates = series
        .periods
        .iter()
        .filter(|d| !ruled.contains(d))
        .map(|d| d.and_time(time))
        .collect();
    ruled.retain(|d| !series.periods.contains(d));
    let (start, until) = series_times(w, first, last, tz);
    let recurrence = Recurrence {
        count: None,
        ..series.recurrence.clone()
    };
    Some(Drawing {
        start,
        exact: series.exact,
        rrule: Some(rrule(&recurrence, &[], &until)),
        exdates: ruled,
        rdates,
        written: Written::Folded,
        ..Drawing::default()
    })
}

/// The VEVENTs (one per span) an event becomes, or none when it cannot be dated or a
/// digest lists it instead.
fn drawings(e: &FeedEvent, lang: Lang, mode: FuzzyMode) -> Vec<Drawing> {
    match digest::kind_of(e) {
        Some(digest::DigestKind::Undated) => return Vec::new(),
        Some(kind) if digest::digested(kind, mode) => return Vec::new(),
        _ => {}
    }
    if let (None, Some(c)) = (&e.pinned, &e.calendar) {
        return vec![calendar::drawing(c, e.tz)];
    }
    if let Some(p) = &e.pinned {
        let start = match p.time {
            Some(time) => timed(p.date, time, p.duration_minutes, None),
            None => Start::Days(p.date, p.end_date.unwrap_or(p.date).max(p.date)),
        };
        let deadline = e
            .when
            .as_ref()
            .is_some_and(|w| w.kind() == TimingKind::Deadline);
        return vec![Drawing {
            start,
            exact: true,
            deadline,
            ..Drawing::default()
        }];
    }
    let Some(w) = &e.when else { return Vec::new() };
    let (Some(first), Some(last)) = (w.start(), w.end()) else {
        return Vec::new();
    };
    let (first, last) = (first.min(last), first.max(last));
    let cal = terms::of(e.locale.unwrap_or(lang));
    match w.kind() {
        TimingKind::Unknown => Vec::new(),
        TimingKind::Recurring if w.recurrence().is_some() => {
            match recurring_drawing(w, first, last, cal, e.tz) {
                Some(ds) => ds
                    .into_iter()
                    .filter(|d| d.exact || mode != FuzzyMode::Skip)
                    .collect(),
                // No series can be drawn without inventing its day: a marker for the window
                // (one: what repeats weekly has no end to mark).
                None => fuzzy_drawings(first, last, mode, cal, false),
            }
        }
        TimingKind::Multiple if !w.spans().is_empty() => {
            let mut out = Vec::new();
            for (i, s) in w.spans().iter().enumerate() {
                // The first span keeps the event's UID, so a plan edit that adds spans keeps it.
                let tail = if i == 0 {
                    String::new()
                } else {
                    format!("-{}", i + 1)
                };
                for mut d in span_drawing(w, s.start.min(s.end), s.start.max(s.end), mode, cal) {
                    d.uid_tail.insert_str(0, &tail);
                    out.push(d);
                }
            }
            out
        }
        _ => span_drawing(w, first, last, mode, cal),
    }
}

/// An inexact span (or the window of a repetition whose days are not known: "hàng tuần",
/// "weekly") drawn as `mode` says: a bar, or a marker on its first working day, and then
/// for a long span that ends in a later month a second marker where it ends (`end_marker`).
fn fuzzy_drawings(
    first: NaiveDate,
    last: NaiveDate,
    mode: FuzzyMode,
    cal: &terms::SchoolCalendar,
    with_end: bool,
) -> Vec<Drawing> {
    let Some((a, b)) = fuzzy_days(first, last, mode, cal) else {
        return Vec::new();
    };
    let long = (last - first).num_days() >= FuzzyMode::AUTO_SPAN_DAYS;
    let drawn = |a, b| Drawing {
        start: Start::Days(a, b),
        long,
        ..Drawing::default()
    };
    let mut out = vec![drawn(a, b)];
    if let Some(end) = end_marker(a, last, mode, cal).filter(|_| with_end && a == b && long) {
        out[0].marker = Some(Marker::Start);
        out.push(Drawing {
            marker: Some(Marker::End),
            uid_tail: "-end".to_string(),
            written: Written::Unfolded,
            ..drawn(end, end)
        });
    }
    out
}

/// One span of days: exact only when it is a single day named to the day; anything else
/// (a month, a term, a multi-day range nobody pinned) is drawn as `mode` says.
fn span_drawing(
    w: &Timing,
    first: NaiveDate,
    last: NaiveDate,
    mode: FuzzyMode,
    cal: &terms::SchoolCalendar,
) -> Vec<Drawing> {
    let settled = !w.flags.contains(&Flag::Tentative);
    if w.kind() == TimingKind::Deadline {
        // "до 15 мая": one day, whatever the precision the words had; never drawn as a span.
        return vec![Drawing {
            start: Start::Days(last, last),
            exact: settled,
            deadline: true,
            ..Drawing::default()
        }];
    }
    let exact = exact_span(w, first, last) && settled;
    if exact {
        let start = match w.time {
            Some(time) if first == last => timed(first, time, None, w.end_time),
            _ => Start::Days(first, last),
        };
        return vec![Drawing {
            start,
            exact,
            ..Drawing::default()
        }];
    }
    fuzzy_drawings(first, last, mode, cal, true)
}

/// Are these days the plan's own, named to the day: one day ("12 апреля") or days the event
/// lasts ("27.10.2025-31.10.2025", "20-25 сентября"), not marked tentative, shorter than
/// `EXACT_SPAN_DAYS` (a longer span is the year's, listed, not drawn)? The one rule the
/// feeds and the pages (`web::calendar::place`) follow, so an event's page and its feed say
/// the same about its date.
pub fn exact_span(w: &Timing, first: NaiveDate, last: NaiveDate) -> bool {
    let days = (last - first).num_days() + 1;
    !w.flags.contains(&Flag::Tentative)
        && matches!(w.precision(), Some(Precision::Day) | None)
        && matches!(
            w.kind(),
            TimingKind::Date | TimingKind::Range | TimingKind::Multiple
        )
        && (1..EXACT_SPAN_DAYS).contains(&days)
}

/// Spans of named days this long or longer are the whole year's ("01.09.2025-31.05.2026").
pub const EXACT_SPAN_DAYS: i64 = 180;

/// A timed event: from a start time for the given minutes (or until `end_time` that day),
/// one hour when nothing says how long.
fn timed(
    day: NaiveDate,
    time: NaiveTime,
    minutes: Option<u32>,
    end_time: Option<NaiveTime>,
) -> Start {
    let begin = day.and_time(time);
    let end = match end_time.filter(|t| *t > time) {
        Some(t) => day.and_time(t),
        None => {
            let minutes = minutes
                .filter(|m| *m > 0)
                .unwrap_or(Pinned::DEFAULT_DURATION_MINUTES);
            // An absurd pin cannot push the end past the calendar; a real one never gets near.
            begin
                .checked_add_signed(Duration::minutes(i64::from(minutes)))
                .unwrap_or(begin)
        }
    };
    Start::Timed(begin, end)
}

/// What every event of one feed is drawn with: the feed's language and whether (and in
/// which colours) owners are told apart.
struct FeedContext<'a> {
    lang: Lang,
    /// Owner name → colour, filled only when the feed holds several owners' events.
    owner_colors: Vec<(&'a str, &'static str)>,
    detail: Detail,
}

impl FeedContext<'_> {
    fn several_owners(&self) -> bool {
        self.owner_colors.len() > 1
    }

    fn color_of(&self, e: &FeedEvent) -> Option<&'static str> {
        if self.several_owners() {
            return self
                .owner_colors
                .iter()
                .find(|(owner, _)| *owner == e.owner.trim())
                .map(|(_, c)| *c);
        }
        // One owner: the calendar's colour says it once.
        None
    }
}

fn is_cancelled(e: &FeedEvent) -> bool {
    e.deleted || e.status == EventStatus::Cancelled
}

/// Text made fit for one line: every run of white space (line breaks included) is one
/// space, and the ends are trimmed.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    // Octets that may begin white space other than a single inner space: ASCII controls and
    // the first two octets of U+0085/U+00A0 (C2 85, C2 A0), U+1680 (E1 9A), U+2000..U+205F
    // (E2 80, E2 81; an em dash is among them too, and takes the slow way) and U+3000
    // (E3 80). Text without them (most titles) is returned as it is.
    let plain = !text.starts_with(' ')
        && !text.ends_with(' ')
        && !bytes.iter().any(|b| *b < 0x20)
        && !bytes.windows(2).any(|w| {
            matches!(
                w,
                [0xc2, 0x85 | 0xa0] | [0xe1, 0x9a] | [0xe2, 0x80 | 0x81] | [0xe3, 0x80]
            )
        })
        && !bytes.windows(2).any(|w| w == b"  ");
    if plain {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The plan's timing words as a title's bracket shows them: one line, hyphens between words
/// or numbers as en dashes ("апрель-июнь" → "апрель–июнь"), square brackets made round
/// so the bracket stays one, and at most `MAX` characters.
fn bracket_words(timing_text: &str) -> String {
    const MAX: usize = 40;
    let text = one_line(timing_text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        match c {
            '-' | '‐' | '‑' | '—' if i > 0 && i + 1 < chars.len() => {
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push('–');
            }
            ' ' if out.ends_with('–') => {}
            '[' => out.push('('),
            ']' => out.push(')'),
            c => out.push(*c),
        }
    }
    if out.chars().count() > MAX {
        let mut cut: String = out.chars().take(MAX - 1).collect();
        cut.truncate(cut.trim_end().len());
        cut.push('…');
        return cut;
    }
    out
}

/// The title with its first letter made small, for "До 15 февраля: сдать отчёт"; a first
/// word in capitals ("МО", "ЕГЭ") is an abbreviation and stays as written.
fn lower_first(title: &str) -> String {
    let mut chars = title.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let second = chars.clone().next();
    if second.is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()) {
        return title.to_string();
    }
    first.to_lowercase().chain(chars).collect()
}

/// What a subscriber reads in the calendar grid. Google shows no tentative state, cuts a
/// long title's end in its month grid, and Outlook shows a cancelled event as active, so the
/// title's beginning says it: an inexact date leads with its timing words ("Апрель–июнь ·
/// Конкурс чтецов": months in the feed's language, else the plan's own words), a deadline
/// reads as one ("До 15 февраля: сдать отчёт"), a cancelled event begins with "Отменено: ".
/// The two markers of a long span say which they are ("Апрель–июнь, окончание · …").
/// One line. Also says whether the title holds the plan's timing words whole (then the
/// description need not repeat them).
fn summary_and_words(
    e: &FeedEvent,
    d: &Drawing,
    marker: Option<Marker>,
    lang: Lang,
) -> (String, bool) {
    let w = words::of(lang);
    let title = match one_line(&e.title) {
        t if t.is_empty() => "—".to_string(),
        t => t.into_owned(),
    };
    let mut out = match (d.deadline, d.start) {
        (true, Start::Days(day, _)) => format!("{}: {}", w.deadline(day), lower_first(&title)),
        (true, Start::Timed(at, _)) => {
            format!("{}: {}", w.deadline(at.date()), lower_first(&title))
        }
        (false, _) => title,
    };
    // An exact date or a deadline says its day itself; an inexact one leads with its words.
    let mut words_whole = d.exact || d.deadline;
    if !d.exact && !d.deadline {
        let (lead, whole) = inexact_lead(e, w);
        words_whole = whole;
        out = match marker {
            Some(m) => format!("{lead}, {} · {out}", w.marker(m)),
            None => format!("{lead} · {out}"),
        };
    }
    if is_cancelled(e) {
        out = format!("{}: {out}", w.cancelled);
    }
    (out, words_whole)
}

/// The words an inexact event's title leads with, and whether they say all the plan's
/// timing words do. Whole months ("апрель - июнь") are said in the feed's language, so an
/// English subscriber of a Russian plan reads "April–June"; anything else keeps the plan's
/// words, shortened to one short line.
fn inexact_lead(e: &FeedEvent, w: &words::Words) -> (String, bool) {
    let plan_words = bracket_words(&e.timing_text);
    let reading = e.when.as_ref().and_then(|t| {
        whole_months(t)
            .map(|(first, last)| w.month_span(first, last))
            .or_else(|| day_range(t).map(|(first, last)| w.day_span(first, last)))
    });
    if let Some(lead) = reading {
        let said_whole = plan_words.to_lowercase() == lead.to_lowercase();
        return (lead, said_whole || plan_words.is_empty());
    }
    let whole = !plan_words.ends_with('…') || e.timing_text.trim_end().ends_with('…');
    if plan_words.is_empty() {
        return (crate::timing::capitalised(w.date_to_be_set), whole);
    }
    (crate::timing::capitalised(&plan_words), whole)
}

/// The first and last day of a span of named days ("20-25 сентября", "25.10- 04.11"), and
/// nothing more.
fn day_range(t: &Timing) -> Option<(NaiveDate, NaiveDate)> {
    let simple = t.kind() == TimingKind::Range
        && t.precision() == Some(Precision::Day)
        && t.recurrence().is_none()
        && t.spans().len() <= 1;
    let (first, last) = (t.start()?, t.end()?);
    (simple && first < last).then_some((first, last))
}

/// The first and last day of a timing that is one month or a run of whole months, and
/// nothing more (no recurrence, no other spans).
fn whole_months(t: &Timing) -> Option<(NaiveDate, NaiveDate)> {
    let simple = matches!(t.kind(), TimingKind::Date | TimingKind::Range)
        && t.precision() == Some(Precision::Month)
        && t.recurrence().is_none()
        && t.spans().len() <= 1;
    let (first, last) = (t.start()?, t.end()?);
    let whole = first.day() == 1 && last == crate::timing::last_day_of_month(last) && first <= last;
    (simple && whole).then_some((first, last))
}

/// The event's description: the plan's own timing words first, then who, what for and
/// where it comes from. The plan's title is not repeated here: the calendar says it once.
/// Lines are joined with "\n" (escaped by the writer).
fn description(e: &FeedEvent, cx: &FeedContext<'_>, words_in_title: bool) -> String {
    fn labelled(out: &mut String, label: &str, value: &str) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(label);
        out.push_str(": ");
        out.push_str(value);
    }
    fn sentence(out: &mut String, text: &str) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(text);
    }
    let w = words::of(cx.lang);
    let mut out = String::with_capacity(256);
    // The title shows the date or the plan's words (and STATUS says whether it is settled);
    // the words are repeated here only when the title had to shorten them.
    if !words_in_title && !e.timing_text.trim().is_empty() {
        labelled(&mut out, w.timing, e.timing_text.trim());
    }
    if e.when
        .as_ref()
        .is_some_and(|t| t.flags.contains(&Flag::Online))
    {
        sentence(&mut out, w.online);
    }
    if cx.several_owners() && !e.owner.trim().is_empty() {
        labelled(&mut out, w.organizer, e.owner.trim());
    }
    if let Some(responsible) = responsible_of(e).filter(|_| cx.detail < Detail::Bare) {
        labelled(&mut out, w.responsible, &responsible);
    }
    if !e.people.is_empty() && cx.detail < Detail::Brief {
        labelled(&mut out, w.people, &e.people.join(", "));
    }
    if cx.detail >= Detail::Compact {
        return out;
    }
    if !e.agenda.is_empty() {
        sentence(&mut out, w.agenda);
        out.push(':');
        for item in &e.agenda {
            out.push_str("\n– ");
            out.push_str(item.trim());
        }
    }
    if !e.notes.trim().is_empty() {
        labelled(&mut out, w.notes, e.notes.trim());
    }
    // CATEGORIES carry the section as the feeds layer names it; said here only otherwise.
    if let Some(section) = e
        .section_title
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty() && !e.categories.iter().any(|c| c.trim() == *s))
    {
        labelled(&mut out, w.section, section);
    }
    out
}

/// Who answers for the event: the roles when the plan's words were understood, else the
/// words as written.
fn responsible_of(e: &FeedEvent) -> Option<String> {
    if !e.role_labels.is_empty() {
        Some(e.role_labels.join(", "))
    } else {
        Some(e.responsible.trim().to_string()).filter(|r| !r.is_empty())
    }
}

/// Octets of an event's free text, to size the output once.
fn event_text_octets(e: &FeedEvent) -> usize {
    let lists = |items: &[String]| items.iter().map(|i| i.len() + 2).sum::<usize>();
    e.uid.len()
        + 2 * e.title.len()
        + 2 * e.timing_text.len()
        + e.location.len()
        + e.owner.len()
        + e.section_title.as_ref().map_or(0, String::len)
        + e.responsible.len()
        + e.notes.len()
        + e.url.as_ref().map_or(0, String::len)
        + lists(&e.role_labels)
        + lists(&e.people)
        + lists(&e.agenda)
        + lists(&e.categories)
}

/// DTSTART and DTEND (exclusive day after the last for all-day events).
fn write_times(out: &mut String, start: Start, tz: chrono_tz::Tz) {
    match start {
        Start::Days(first, last) => {
            writer::raw(out, "DTSTART;VALUE=DATE", &date_value(first));
            writer::raw(
                out,
                "DTEND;VALUE=DATE",
                &date_value(last.succ_opt().unwrap_or(last)),
            );
        }
        Start::Timed(begin, end) => {
            let tzid = format!("TZID={}", tz.name());
            writer::raw(out, &format!("DTSTART;{tzid}"), &local_value(begin));
            writer::raw(out, &format!("DTEND;{tzid}"), &local_value(end));
        }
    }
}

fn write_event(out: &mut String, cx: &FeedContext<'_>, e: &FeedEvent, d: &Drawing, uid: &str) {
    writer::raw(out, "BEGIN", "VEVENT");
    writer::raw(out, "UID", uid);
    // Without METHOD, DTSTAMP is the time the event was last revised (RFC 5545 3.8.7.2), so
    // it says what LAST-MODIFIED would. CREATED, SEQUENCE:0, TRANSP:OPAQUE and a BUSY busy
    // status are defaults: a 2,000-event feed must stay well under Google's 1 MB.
    writer::raw(out, "DTSTAMP", &utc_stamp(e.last_modified));
    if e.sequence > 0 {
        writer::raw(out, "SEQUENCE", &e.sequence.to_string());
    }
    write_times(out, d.start, d.zone(e));
    if let Some(rule) = &d.rrule {
        writer::raw(out, "RRULE", rule);
    }
    if d.rrule.is_some() || !d.rdates.is_empty() {
        write_exdates(out, d, d.zone(e));
    }
    let (summary, words_in_title) = summary_and_words(e, d, d.named_marker(cx.detail), cx.lang);
    writer::one_line_text(out, "SUMMARY", &summary);
    let description = description(e, cx, words_in_title);
    if !description.is_empty() {
        writer::text(out, "DESCRIPTION", &description);
    }
    let location = one_line(&e.location);
    if !location.is_empty() {
        writer::one_line_text(out, "LOCATION", &location);
    }
    if cx.detail < Detail::Compact {
        writer::text_list(out, "CATEGORIES", &e.categories);
    }
    if let Some(url) = e.url.as_ref().filter(|_| cx.detail < Detail::Brief) {
        writer::raw(out, "URL", url);
    }
    if let Some(color) = cx.color_of(e) {
        writer::raw(out, "COLOR", color);
    }
    let cancelled = is_cancelled(e);
    let status = if cancelled {
        "CANCELLED"
    } else if d.exact {
        "CONFIRMED"
    } else {
        "TENTATIVE"
    };
    writer::raw(out, "STATUS", status);
    let busy = d.exact && !cancelled && !d.deadline;
    if !busy {
        writer::raw(out, "TRANSP", "TRANSPARENT");
    }
    // Outlook reads its own busy state before TRANSP: an inexact date is "tentative" there
    // unless it is long (nobody is busy for a quarter); a deadline or a cancelled event
    // leaves the time free. Without the line Outlook takes TRANSPARENT as free, so a
    // shortened feed says only "tentative".
    let free = cancelled || d.deadline || d.long;
    let busy_status = match (busy, free) {
        (true, _) => None,
        (false, true) => Some("FREE").filter(|_| cx.detail < Detail::Compact),
        (false, false) => Some("TENTATIVE"),
    };
    if let Some(busy_status) = busy_status {
        writer::raw(out, "X-MICROSOFT-CDO-BUSYSTATUS", busy_status);
    }
    if d.deadline && !cancelled && cx.detail < Detail::Brief {
        // A deadline is worth a reminder while there is time to act on it.
        writer::raw(out, "BEGIN", "VALARM");
        writer::raw(out, "ACTION", "DISPLAY");
        writer::one_line_text(out, "DESCRIPTION", &summary);
        writer::raw(out, "TRIGGER", "-P7D");
        writer::raw(out, "END", "VALARM");
    }
    writer::raw(out, "END", "VEVENT");
}

/// EXDATE lines for the holidays a series skips, in DTSTART's value type (and a calendar
/// event's own RDATE and EXDATE).
fn write_exdates(out: &mut String, d: &Drawing, tz: chrono_tz::Tz) {
    calendar::write_dates(out, d, tz);
    if d.exdates.is_empty() {
        return;
    }
    match d.start {
        Start::Days(..) => {
            let days: Vec<String> = d.exdates.iter().map(|day| date_value(*day)).collect();
            writer::raw(out, "EXDATE;VALUE=DATE", &days.join(","));
        }
        Start::Timed(begin, _) => {
            let times: Vec<String> = d
                .exdates
                .iter()
                .map(|day| local_value(day.and_time(begin.time())))
                .collect();
            writer::raw(out, &format!("EXDATE;TZID={}", tz.name()), &times.join(","));
        }
    }
}

/// The owners of a feed's events in order of first appearance, each with a colour of its
/// own: its configured colour when that is a CSS3 name no earlier owner took, else the next
/// free colour of the palette. Empty when the feed has a single owner.
fn owner_colors(events: &[FeedEvent]) -> Vec<(&str, &'static str)> {
    let mut owners: Vec<(&str, Option<&str>)> = Vec::new();
    for e in events {
        let owner = e.owner.trim();
        if !owner.is_empty() && !owners.iter().any(|(o, _)| *o == owner) {
            owners.push((owner, e.color.as_deref()));
        }
    }
    if owners.len() < 2 {
        return Vec::new();
    }
    let mut taken: Vec<(&str, &'static str)> = Vec::with_capacity(owners.len());
    for (owner, wanted) in owners {
        let free = |c: &&'static str| !taken.iter().any(|(_, t)| t == c);
        let color = wanted
            .and_then(colors::css3_name)
            .filter(free)
            .or_else(|| colors::PALETTE.iter().map(|(name, _)| *name).find(free))
            // More owners than the palette holds: colours repeat, in order.
            .or_else(|| {
                colors::PALETTE
                    .get(taken.len() % colors::PALETTE.len())
                    .map(|(name, _)| *name)
            });
        if let Some(color) = color {
            taken.push((owner, color));
        }
    }
    taken
}

/// The calendar's description: the feed's own words, then each plan's title once.
fn calendar_description(meta: &CalendarMeta, events: &[FeedEvent], detail: Detail) -> String {
    let w = words::of(meta.lang);
    let mut titles: Vec<&str> = Vec::new();
    for e in events {
        let title = e.plan_title.trim();
        if !title.is_empty() && !titles.contains(&title) {
            titles.push(title);
        }
    }
    let mut out = meta.description.trim().to_string();
    for title in titles {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(w.plan);
        out.push_str(": ");
        out.push_str(title);
    }
    if detail >= Detail::Compact {
        // A subscriber who misses an event's details learns why, and where they are.
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(w.shortened);
    }
    out
}

/// What `render` works out once, whatever detail the events are then written with.
struct Layout {
    /// Each event's VEVENTs, in the events' order.
    drawn: Vec<Vec<Drawing>>,
    digests: Vec<digest::Digest>,
    /// The zones timed events use, by name, and the years their VTIMEZONEs must cover.
    zones: BTreeMap<&'static str, chrono_tz::Tz>,
    years: (i32, i32),
    /// Whether the feed draws anything that `Detail::Folded` folds.
    folds: bool,
    /// Octets of the events' free text, to size the output once.
    text_octets: usize,
}

impl Layout {
    fn new(meta: &CalendarMeta, events: &[FeedEvent], fuzzy: FuzzyMode) -> Layout {
        let drawn: Vec<Vec<Drawing>> = events
            .iter()
            .map(|e| drawings(e, meta.lang, fuzzy))
            .collect();
        let digests = digest::digests(meta, events, fuzzy);
        let mut zones = BTreeMap::new();
        let (mut first_year, mut last_year) = (i32::MAX, i32::MIN);
        let mut folds = false;
        let mut text_octets = digests.iter().map(digest::Digest::octets).sum::<usize>();
        for (e, ds) in events.iter().zip(&drawn) {
            for d in ds {
                if let Start::Timed(begin, end) = d.start {
                    let tz = d.zone(e);
                    zones.insert(tz.name(), tz);
                    first_year = first_year.min(begin.year());
                    last_year = last_year.max(end.year());
                }
                folds |= d.written != Written::Always;
                text_octets += event_text_octets(e);
            }
        }
        Layout {
            drawn,
            digests,
            zones,
            years: (first_year, last_year),
            folds,
            text_octets,
        }
    }

    /// The VEVENTs a feed written with `detail` holds.
    fn vevents_at(&self, detail: Detail) -> usize {
        let drawn = self.drawn.iter().flatten();
        self.digests.len() + drawn.filter(|d| d.written_at(detail)).count()
    }
}

/// Renders a whole VCALENDAR, with as much of each event as keeps it under
/// `opts.max_octets` (all of it, unless the feed is very large).
pub fn render(meta: &CalendarMeta, events: &[FeedEvent], opts: &RenderOptions) -> Rendered {
    // Drawings first: the VTIMEZONEs the events need go before them, and writing the events
    // straight into the final text spares copying megabytes of body afterwards.
    let layout = Layout::new(meta, events, opts.fuzzy);
    let mut cx = FeedContext {
        lang: meta.lang,
        owner_colors: owner_colors(events),
        detail: Detail::Full,
    };
    // Escaping and folding add a few percent; the fixed lines of a VEVENT about 300 octets.
    let mut out = String::with_capacity(
        layout.text_octets
            + layout.text_octets / 8
            + layout.vevents_at(Detail::Full) * 300
            + layout.zones.len() * 2048
            + 4096,
    );
    loop {
        write_calendar(&mut out, meta, events, &layout, &cx);
        match cx.detail.less() {
            Some(less) if out.len() > opts.max_octets => {
                out.clear();
                // Without end markers the first step writes the same text again: skip it.
                cx.detail = match less {
                    Detail::Folded if !layout.folds => Detail::Compact,
                    less => less,
                };
            }
            _ => break,
        }
    }
    Rendered {
        text: out,
        vevents: layout.vevents_at(cx.detail),
    }
}

fn write_calendar(
    out: &mut String,
    meta: &CalendarMeta,
    events: &[FeedEvent],
    layout: &Layout,
    cx: &FeedContext<'_>,
) {
    writer::raw(out, "BEGIN", "VCALENDAR");
    writer::raw(out, "VERSION", "2.0");
    writer::raw(
        out,
        "PRODID",
        &format!(
            "-//plancal//plancal {}//{}",
            env!("CARGO_PKG_VERSION"),
            meta.lang.code().to_uppercase()
        ),
    );
    writer::raw(out, "CALSCALE", "GREGORIAN");
    writer::raw(out, "METHOD", "PUBLISH");
    writer::one_line_text(out, "NAME", &meta.name);
    writer::one_line_text(out, "X-WR-CALNAME", &meta.name);
    let description = calendar_description(meta, events, cx.detail);
    writer::text(out, "DESCRIPTION", &description);
    writer::text(out, "X-WR-CALDESC", &description);
    writer::raw(out, "X-WR-TIMEZONE", meta.default_tz.name());
    let (color_name, color_hex) = colors::calendar_color(
        meta.color
            .as_deref()
            .or_else(|| events.iter().find_map(|e| e.color.as_deref())),
    );
    writer::raw(out, "COLOR", color_name);
    writer::raw(out, "X-APPLE-CALENDAR-COLOR", &color_hex);
    let refresh = format!("PT{}M", meta.refresh_minutes.max(1));
    writer::raw(out, "REFRESH-INTERVAL;VALUE=DURATION", &refresh);
    writer::raw(out, "X-PUBLISHED-TTL", &refresh);
    if let Some(url) = &meta.url {
        writer::raw(out, "SOURCE;VALUE=URI", url);
    }
    let (first_year, last_year) = layout.years;
    for tz in layout.zones.values() {
        vtimezone::write(out, *tz, first_year, last_year);
    }
    for d in &layout.digests {
        d.write(out);
    }
    for (e, ds) in events.iter().zip(&layout.drawn) {
        for d in ds.iter().filter(|d| d.written_at(cx.detail)) {
            let uid = format!("{}{}", e.uid, d.uid_tail);
            write_event(out, cx, e, d, &uid);
        }
    }
    writer::raw(out, "END", "VCALENDAR");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timing::{Freq, When};

    fn meta() -> CalendarMeta {
        CalendarMeta {
            name: "Школа — классные руководители".into(),
            description: "План".into(),
            lang: Lang::Ru,
            default_tz: chrono_tz::Europe::Moscow,
            refresh_minutes: 360,
            url: None,
            dtstamp: DateTime::from_timestamp(1_760_000_000, 0).unwrap_or_default(),
            feed_key: "orgs/school.ics".into(),
            color: None,
        }
    }

    /// A timing of `kind` over `start..=end` (a `multiple` of that one span; a recurrence
    /// is made by `recurring`).
    fn when(kind: TimingKind, start: &str, end: &str, precision: Precision) -> Timing {
        let (Ok(start), Ok(end)) = (start.parse(), end.parse()) else {
            return Timing::unknown("");
        };
        let w = match kind {
            TimingKind::Unknown => When::Unknown,
            TimingKind::Date => When::Date(start),
            TimingKind::Deadline => When::Deadline(start),
            TimingKind::Multiple => When::Multiple {
                spans: vec![crate::timing::Span { start, end }],
                precision,
            },
            TimingKind::Range | TimingKind::Recurring => When::Range {
                start,
                end,
                precision,
            },
        };
        Timing::new("", w)
    }

    /// A monthly-precision recurrence over `start..=end`.
    fn recurring(start: &str, end: &str, rule: Recurrence) -> Timing {
        let (Ok(start), Ok(end)) = (start.parse(), end.parse()) else {
            return Timing::unknown("");
        };
        let w = When::Recurring {
            start,
            end,
            precision: Precision::Month,
            rule,
            count_per_period: None,
        };
        Timing::new("", w)
    }

    fn event(title: &str, timing: &str, w: Option<Timing>) -> FeedEvent {
        FeedEvent {
            uid: format!("{title}@test"),
            sequence: 0,
            created: meta().dtstamp,
            last_modified: meta().dtstamp,
            title: title.into(),
            timing_text: timing.into(),
            when: w,
            pinned: None,
            status: EventStatus::Planned,
            deleted: false,
            tz: chrono_tz::Europe::Moscow,
            location: String::new(),
            plan_title: "План".into(),
            section_title: None,
            responsible: String::new(),
            role_labels: vec!["классные руководители".into()],
            people: Vec::new(),
            result: String::new(),
            notes: String::new(),
            agenda: Vec::new(),
            categories: Vec::new(),
            url: None,
            color: None,
            owner: "Школа".into(),
            ..FeedEvent::default()
        }
    }

    fn render_one(e: FeedEvent, fuzzy: FuzzyMode) -> Rendered {
        render(
            &meta(),
            &[e],
            &RenderOptions {
                fuzzy,
                ..RenderOptions::default()
            },
        )
    }

    /// An event whose timing is what the normaliser reads from the plan's words (2025-2026).
    fn planned(title: &str, words: &str) -> FeedEvent {
        let year = crate::timing::AcademicYear::new(2025);
        let when = year.map(|y| crate::timing::normalise(words, &crate::timing::Context::new(y)));
        event(title, words, when)
    }

    /// (DTSTART, DTEND) of every VEVENT, parsed back from the text: dates for all-day
    /// events, local date-times for timed ones.
    fn spans_drawn(text: &str) -> Vec<(NaiveDateTime, NaiveDateTime)> {
        let value = |line: &str| -> Option<NaiveDateTime> {
            let (_, v) = line.split_once(':')?;
            NaiveDate::parse_from_str(v, "%Y%m%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .or_else(|| NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S").ok())
        };
        let (mut out, mut start) = (Vec::new(), None);
        for line in text.split("\r\n") {
            if line.starts_with("DTSTART;") {
                start = value(line);
            } else if line.starts_with("DTEND;")
                && let (Some(s), Some(e)) = (start.take(), value(line))
            {
                out.push((s, e));
            }
        }
        out
    }

    fn day(text: &str) -> NaiveDateTime {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or_default()
    }

    #[test]
    fn the_dates_drawn_mean_what_the_plan_says() {
        let months = planned("Конкурс", "апрель-июнь");
        let auto = render_one(months.clone(), FuzzyMode::Auto).text;
        // A marker where it starts and one where it ends (Tuesday 30 June).
        assert_eq!(
            spans_drawn(&auto),
            [
                (day("2026-04-01"), day("2026-04-02")),
                (day("2026-06-30"), day("2026-07-01"))
            ]
        );
        let span = render_one(months.clone(), FuzzyMode::Span).text;
        assert_eq!(spans_drawn(&span), [(day("2026-04-01"), day("2026-07-01"))]);
        let start = render_one(months, FuzzyMode::Start).text;
        assert_eq!(
            spans_drawn(&start),
            [(day("2026-04-01"), day("2026-04-02"))]
        );

        // Six days named to the day: the days the event lasts, drawn whole and CONFIRMED in
        // every mode (`exact_span`: the event's page says the same).
        for mode in [FuzzyMode::Auto, FuzzyMode::Start] {
            let week = render_one(planned("Неделя", "20-25 сентября"), mode).text;
            assert_eq!(spans_drawn(&week), [(day("2025-09-20"), day("2025-09-26"))]);
            assert!(week.contains("STATUS:CONFIRMED") && !week.contains("TRANSP:TRANSPARENT"));
        }

        let one = render_one(planned("День", "12 апреля"), FuzzyMode::Auto).text;
        assert_eq!(spans_drawn(&one), [(day("2026-04-12"), day("2026-04-13"))]);
        assert!(one.contains("STATUS:CONFIRMED"));
    }

    #[test]
    fn every_dtend_is_after_its_dtstart_in_every_mode() {
        let texts = [
            "сентябрь",
            "в течение года",
            "I полугодие",
            "до 15 мая",
            "30 апреля и 1 мая",
            "сентябрь, январь, май",
            "каждый четверг",
            "Tháng 11/2025",
            "осенние каникулы",
        ];
        for mode in [FuzzyMode::Auto, FuzzyMode::Span, FuzzyMode::Start] {
            let events: Vec<FeedEvent> = texts.iter().map(|t| planned(t, t)).collect();
            let r = render(
                &meta(),
                &events,
                &RenderOptions {
                    fuzzy: mode,
                    ..RenderOptions::default()
                },
            );
            let drawn = spans_drawn(&r.text);
            assert_eq!(drawn.len(), r.vevents, "{mode:?}");
            assert!(r.vevents >= texts.len(), "{mode:?}: {}", r.vevents);
            for (start, end) in drawn {
                assert!(end > start, "{mode:?}: {start} .. {end}");
            }
        }
    }

    #[test]
    fn a_monthly_ordinal_weekday_starts_on_its_first_real_occurrence() {
        let w = recurring(
            "2025-09-01",
            "2026-05-31",
            Recurrence {
                freq: Freq::Monthly,
                interval: 1,
                count: None,
                byday: Some(vec!["-1FR".into(), "XX".into()]),
            },
        );
        let text = render_one(
            event("Совет", "последняя пятница месяца", Some(w)),
            FuzzyMode::Skip,
        )
        .text;
        // The last Friday of September 2025 is the 26th; "XX" is not a weekday and is dropped.
        assert!(text.contains("DTSTART;VALUE=DATE:20250926\r\n"), "{text}");
        assert!(
            text.contains("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260531\r\n"),
            "{text}"
        );
        assert!(
            text.contains("STATUS:CONFIRMED"),
            "named days are exact, even under Skip"
        );
        let plain = planned("Заседание", "ежемесячно");
        assert_eq!(render_one(plain.clone(), FuzzyMode::Skip).vevents, 0);
        assert!(
            render_one(plain, FuzzyMode::Auto)
                .text
                .contains("STATUS:TENTATIVE")
        );
    }

    #[test]
    fn a_time_in_the_plan_makes_an_exact_day_timed() {
        let mut w = when(TimingKind::Date, "2025-11-12", "2025-11-12", Precision::Day);
        w.time = chrono::NaiveTime::from_hms_opt(10, 0, 0);
        w.end_time = chrono::NaiveTime::from_hms_opt(13, 0, 0);
        let text = render_one(
            event("Семинар", "12 ноября 10.00 - 13.00", Some(w)),
            FuzzyMode::Auto,
        )
        .text;
        assert!(text.contains(
            "DTSTART;TZID=Europe/Moscow:20251112T100000\r\nDTEND;TZID=Europe/Moscow:20251112T130000\r\n"
        ), "{text}");
        assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Moscow\r\n"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_in_any_field_keeps_the_structure(
            title in "\\PC{0,60}|[\\x00-\\x1f\\u{85}\\u{2028};,\\\\:a-zа-я🎉ệ]{0,60}",
            other in "[\\x00-\\x1f;,\\\\:a-zа-я🎉ệ]{0,300}",
        ) {
            let mut e = planned(&title, "12 апреля");
            e.location = other.clone();
            e.notes = other.clone();
            e.categories = vec![other.clone(), title.clone()];
            e.agenda = vec![other];
            let r = render_one(e, FuzzyMode::Auto);
            proptest::prop_assert_eq!(r.vevents, 1);
            proptest::prop_assert_eq!(r.text.matches("\r\nBEGIN:VEVENT\r\n").count(), 1);
            proptest::prop_assert!(r.text.ends_with("\r\nEND:VCALENDAR\r\n"));
            for physical in r.text.split_terminator("\r\n") {
                proptest::prop_assert!(physical.len() <= 75, "{} octets", physical.len());
                proptest::prop_assert!(!physical.chars().any(char::is_control), "{:?}", physical);
            }
        }
    }

    #[test]
    fn titles_stay_on_one_line_and_descriptions_keep_their_lines_escaped() {
        let mut e = planned(
            "Итоги\r\nEND:VEVENT\r\nBEGIN:VEVENT\tгода; отчёт, план\\",
            "май",
        );
        e.notes = "строка 1\nстрока 2".into();
        e.agenda = vec!["Открытие".into(), " Итоги ".into()];
        // Unfolded, as a client reads it.
        let text = render_one(e, FuzzyMode::Auto).text.replace("\r\n ", "");
        assert!(
            text.contains(
                "SUMMARY:Май · Итоги END:VEVENT BEGIN:VEVENT года\\; отчёт\\, план\\\\\r\n"
            ),
            "{text}"
        );
        assert!(text.contains("Примечания: строка 1\\nстрока 2"), "{text}");
        assert!(
            text.contains("\\nПрограмма:\\n– Открытие\\n– Итоги\\n"),
            "{text}"
        );
        assert_eq!(text.matches("\r\nBEGIN:VEVENT\r\n").count(), 1);
        assert!(!text.bytes().any(|b| b < 0x20 && b != b'\r' && b != b'\n'));
    }

    #[test]
    fn a_long_fuzzy_span_is_a_tentative_marker_on_its_first_day_by_default() {
        let e = event(
            "Конкурс",
            "апрель-июнь",
            Some(when(
                TimingKind::Range,
                "2026-04-01",
                "2026-06-30",
                Precision::Month,
            )),
        );
        let auto = render_one(e.clone(), FuzzyMode::Auto).text;
        assert!(
            auto.contains("DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260402\r\n"),
            "{auto}"
        );
        assert!(auto.contains("STATUS:TENTATIVE") && auto.contains("TRANSP:TRANSPARENT"));
        assert!(
            auto.contains("SUMMARY:Апрель–июнь\\, начало · Конкурс\r\n"),
            "the plan's words are in the title: {auto}"
        );
        assert!(
            !auto.contains("Сроки по плану"),
            "and not said twice: {auto}"
        );
        let span = render_one(e.clone(), FuzzyMode::Span).text;
        assert!(
            span.contains("DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260701\r\n"),
            "{span}"
        );
        assert_eq!(render_one(e, FuzzyMode::Skip).vevents, 0);
    }

    #[test]
    fn a_short_fuzzy_span_is_drawn_as_a_span_and_an_exact_day_is_confirmed() {
        let e = event(
            "Неделя",
            "первая неделя ноября",
            Some(when(
                TimingKind::Range,
                "2025-11-01",
                "2025-11-07",
                Precision::Week,
            )),
        );
        assert!(
            render_one(e, FuzzyMode::Auto)
                .text
                .contains("DTEND;VALUE=DATE:20251108")
        );
        let e = event(
            "День",
            "12 апреля",
            Some(when(
                TimingKind::Date,
                "2026-04-12",
                "2026-04-12",
                Precision::Day,
            )),
        );
        let text = render_one(e, FuzzyMode::Auto).text;
        assert!(text.contains("DTSTART;VALUE=DATE:20260412\r\nDTEND;VALUE=DATE:20260413"));
        // OPAQUE is TRANSP's default: not written.
        // Nor is BUSY, which Outlook takes from an opaque event.
        assert!(text.contains("STATUS:CONFIRMED") && !text.contains("TRANSP:"));
        assert!(!text.contains("X-MICROSOFT-CDO-BUSYSTATUS"));
    }

    #[test]
    fn a_pinned_time_is_timed_in_the_zone_with_its_vtimezone() {
        let mut e = event(
            "Встреча",
            "ноябрь",
            Some(when(
                TimingKind::Range,
                "2025-11-01",
                "2025-11-30",
                Precision::Month,
            )),
        );
        e.tz = chrono_tz::Europe::Berlin;
        e.pinned = Some(Pinned {
            date: NaiveDate::from_ymd_opt(2025, 11, 14).unwrap_or_default(),
            end_date: None,
            time: chrono::NaiveTime::from_hms_opt(10, 0, 0),
            duration_minutes: Some(90),
        });
        let text = render_one(e, FuzzyMode::Auto).text;
        assert!(text.contains("DTSTART;TZID=Europe/Berlin:20251114T100000\r\nDTEND;TZID=Europe/Berlin:20251114T113000"), "{text}");
        assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"));
        assert!(text.contains("STATUS:CONFIRMED"));
    }

    #[test]
    fn recurrences_end_inside_the_academic_year_and_termly_is_every_three_months() {
        let weekly = Recurrence {
            freq: Freq::Weekly,
            interval: 1,
            count: None,
            byday: Some(vec!["TH".into()]),
        };
        let w = recurring("2025-09-01", "2026-05-31", weekly);
        let text = render_one(
            event("Кружок", "по четвергам", Some(w.clone())),
            FuzzyMode::Auto,
        )
        .text;
        assert!(
            text.contains("DTSTART;VALUE=DATE:20250904"),
            "the first Thursday: {text}"
        );
        assert!(
            text.contains("RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20260531"),
            "{text}"
        );
        let termly = Recurrence {
            freq: Freq::Termly,
            interval: 1,
            count: None,
            byday: None,
        };
        let w = recurring("2025-09-01", "2026-05-31", termly);
        let text = render_one(
            event("Выставка", "1 раз в четверть", Some(w)),
            FuzzyMode::Auto,
        )
        .text;
        // Once a term: September, December, March (Sunday the 1st gives way to Monday).
        assert_eq!(
            markers(&text)
                .into_iter()
                .map(|(uid, _, day)| format!("{uid} {day}"))
                .collect::<Vec<_>>(),
            [
                "Выставка@test 20250901",
                "Выставка@test-202512 20251201",
                "Выставка@test-202603 20260302"
            ]
        );
        assert!(!text.contains("RRULE"), "{text}");
    }

    #[test]
    fn a_monthly_reminder_is_a_tentative_event_on_each_months_first_working_day() {
        let r = render_one(planned("Заседание", "1 раз в месяц"), FuzzyMode::Auto);
        let text = unfolded(&r);
        let drawn = markers(&text);
        let days: Vec<&str> = drawn.iter().map(|(_, _, d)| d.as_str()).collect();
        assert_eq!(
            days,
            [
                "20250901", "20251001", "20251105", "20251201", "20260112", "20260202", "20260302",
                "20260401", "20260504"
            ]
        );
        assert_eq!(r.vevents, 9);
        assert_eq!(text.matches("\nSTATUS:TENTATIVE").count(), 9);
        assert!(
            drawn.iter().all(|(_, t, _)| t.ends_with("· Заседание")),
            "{text}"
        );
        let mut uids: Vec<&str> = drawn.iter().map(|(u, _, _)| u.as_str()).collect();
        assert_eq!(uids.first(), Some(&"Заседание@test"));
        uids.dedup();
        assert_eq!(uids.len(), 9, "each its own UID");
    }

    #[test]
    fn unknown_timings_go_to_the_undated_digest_and_cancelled_events_stay_cancelled() {
        let r = render_one(
            event(
                "Когда-нибудь",
                "по согласованию",
                Some(Timing::unknown("по согласованию")),
            ),
            FuzzyMode::Auto,
        );
        assert_eq!(r.vevents, 1, "{}", r.text);
        assert!(!r.text.contains("UID:Когда-нибудь@test"), "{}", r.text);
        assert!(
            r.text.contains("SUMMARY:Без даты: 1 мероприятие\r\n"),
            "{}",
            r.text
        );
        let mut e = event(
            "Отменено",
            "12 апреля",
            Some(when(
                TimingKind::Date,
                "2026-04-12",
                "2026-04-12",
                Precision::Day,
            )),
        );
        e.deleted = true;
        e.sequence = 3;
        let text = render_one(e, FuzzyMode::Auto).text;
        assert!(text.contains("STATUS:CANCELLED") && text.contains("SEQUENCE:3"));
    }

    #[test]
    fn several_spans_become_several_events_with_derived_uids() {
        let spans = [
            "2025-09-01/2025-09-30",
            "2026-01-01/2026-01-31",
            "2026-05-01/2026-05-31",
        ]
        .iter()
        .filter_map(|s| s.split_once('/'))
        .map(|(a, b)| crate::timing::Span {
            start: a.parse().unwrap_or_default(),
            end: b.parse().unwrap_or_default(),
        })
        .collect();
        let w = Timing::new(
            "",
            When::Multiple {
                spans,
                precision: Precision::Month,
            },
        );
        let r = render_one(
            event("Выставка", "сентябрь, январь, май", Some(w)),
            FuzzyMode::Auto,
        );
        assert_eq!(r.vevents, 3);
        assert!(
            r.text.contains("UID:Выставка@test\r\n") && r.text.contains("UID:Выставка@test-3\r\n")
        );
    }

    #[test]
    fn rendering_is_deterministic_and_calendar_fields_are_present() {
        let e = event(
            "Экскурсия",
            "сентябрь",
            Some(when(
                TimingKind::Range,
                "2025-09-01",
                "2025-09-30",
                Precision::Month,
            )),
        );
        let a = render_one(e.clone(), FuzzyMode::Auto).text;
        assert_eq!(a, render_one(e, FuzzyMode::Auto).text);
        for field in [
            "VERSION:2.0",
            "PRODID:",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "NAME:Школа",
            "X-WR-CALNAME:",
            "X-WR-CALDESC:",
            "X-WR-TIMEZONE:Europe/Moscow",
            "REFRESH-INTERVAL;VALUE=DURATION:PT360M",
            "X-PUBLISHED-TTL:PT360M",
        ] {
            assert!(a.contains(field), "{field} missing");
        }
        assert!(a.ends_with("END:VCALENDAR\r\n"));
    }

    /// The unfolded text, as a client reads it.
    fn unfolded(r: &Rendered) -> String {
        r.text.replace("\r\n ", "")
    }

    fn with_lang(lang: Lang, events: &[FeedEvent], fuzzy: FuzzyMode) -> Rendered {
        let meta = CalendarMeta { lang, ..meta() };
        render(
            &meta,
            events,
            &RenderOptions {
                fuzzy,
                ..RenderOptions::default()
            },
        )
    }

    #[test]
    fn a_month_marker_falls_on_its_first_working_day() {
        // 1 February 2026 is a Sunday: Monday takes the marker. 1 November 2025 is a Saturday
        // in the autumn holidays (27 October – 4 November): the 5th does.
        for (words, day) in [
            ("ноябрь", "20251105"),
            ("февраль", "20260202"),
            ("октябрь", "20251001"),
        ] {
            let text = unfolded(&render_one(planned("Акция", words), FuzzyMode::Auto));
            assert!(
                text.contains(&format!("DTSTART;VALUE=DATE:{day}\r\n")),
                "{words}: {text}"
            );
        }
        // A span drawn whole keeps its own days.
        let span = unfolded(&render_one(planned("Акция", "ноябрь"), FuzzyMode::Span));
        assert!(span.contains("DTSTART;VALUE=DATE:20251101\r\n"), "{span}");
    }

    /// (UID, SUMMARY, DTSTART value) of every VEVENT of an unfolded text.
    fn markers(text: &str) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for block in text.split("BEGIN:VEVENT\r\n").skip(1) {
            let field = |name: &str| {
                block
                    .split("\r\n")
                    .find_map(|l| l.strip_prefix(name))
                    .unwrap_or_default()
                    .to_string()
            };
            out.push((
                field("UID:"),
                field("SUMMARY:"),
                field("DTSTART;VALUE=DATE:"),
            ));
        }
        out
    }

    #[test]
    fn a_span_over_several_months_is_marked_where_it_ends_too_on_a_working_day() {
        let owned = |(u, t, d): (&str, &str, &str)| (u.to_string(), t.to_string(), d.to_string());
        // September–October ends in the autumn holidays (27 October – 4 November): its end
        // marker falls on Friday 24 October, with a UID of its own derived from the event's.
        let autumn = unfolded(&render_one(
            planned("Акция", "сентябрь-октябрь"),
            FuzzyMode::Auto,
        ));
        assert_eq!(
            markers(&autumn),
            [
                (
                    "Акция@test",
                    "Сентябрь–октябрь\\, начало · Акция",
                    "20250901"
                ),
                (
                    "Акция@test-end",
                    "Сентябрь–октябрь\\, окончание · Акция",
                    "20251024"
                ),
            ]
            .map(owned)
        );
        // November–January ends on Saturday 31 January: Friday the 30th.
        let winter = unfolded(&render_one(
            planned("Акция", "ноябрь-январь"),
            FuzzyMode::Auto,
        ));
        assert_eq!(markers(&winter)[1].2, "20260130", "{winter}");
        // One month, a bar of two weeks, and the modes that draw one thing: no end marker.
        for (words, mode) in [
            ("октябрь", FuzzyMode::Auto),
            ("первая неделя ноября", FuzzyMode::Auto),
            ("апрель-июнь", FuzzyMode::Start),
            ("апрель-июнь", FuzzyMode::Span),
        ] {
            let text = unfolded(&render_one(planned("Акция", words), mode));
            assert_eq!(markers(&text).len(), 1, "{words}: {text}");
            assert!(!text.contains("начало") && !text.contains("-end"), "{text}");
        }
        // Several spans: each span's end marker derives from that span's UID.
        let mut two = planned("Акция", "сентябрь-октябрь");
        if let Some(w) = two.when.as_mut() {
            let spans = vec![
                crate::timing::Span {
                    start: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default(),
                    end: NaiveDate::from_ymd_opt(2025, 10, 31).unwrap_or_default(),
                },
                crate::timing::Span {
                    start: NaiveDate::from_ymd_opt(2026, 4, 1).unwrap_or_default(),
                    end: NaiveDate::from_ymd_opt(2026, 5, 31).unwrap_or_default(),
                },
            ];
            w.when = When::Multiple {
                spans,
                precision: Precision::Month,
            };
        }
        let uids: Vec<String> = markers(&unfolded(&render_one(two, FuzzyMode::Auto)))
            .into_iter()
            .map(|(uid, _, _)| uid)
            .collect();
        assert_eq!(
            uids,
            [
                "Акция@test",
                "Акция@test-end",
                "Акция@test-2",
                "Акция@test-2-end"
            ]
        );
    }

    #[test]
    fn a_digest_goes_on_the_school_years_first_working_day() {
        // 1 September 2024 was a Sunday and the 2nd is Vietnam's National Day.
        let mut e = event("Gặp nhà văn", "chưa rõ", Some(Timing::unknown("chưa rõ")));
        e.academic_year = crate::timing::AcademicYear::new(2024);
        let text = unfolded(&with_lang(Lang::Vi, &[e], FuzzyMode::Auto));
        assert!(text.contains("DTSTART;VALUE=DATE:20240903\r\n"), "{text}");
    }

    #[test]
    fn end_markers_are_said_in_the_feeds_language_and_go_first_when_a_feed_is_too_large() {
        let e = planned("Конкурс чтецов", "апрель - июнь");
        let en = unfolded(&with_lang(
            Lang::En,
            std::slice::from_ref(&e),
            FuzzyMode::Auto,
        ));
        assert!(
            en.contains("SUMMARY:April–June\\, ends · Конкурс чтецов\r\n"),
            "{en}"
        );
        let vi = unfolded(&with_lang(
            Lang::Vi,
            std::slice::from_ref(&e),
            FuzzyMode::Auto,
        ));
        assert!(
            vi.contains("SUMMARY:Tháng 4–6\\, kết thúc · Конкурс"),
            "{vi}"
        );
        let events: Vec<FeedEvent> = (0..20)
            .map(|i| FeedEvent {
                uid: format!("contest-{i}@plancal"),
                categories: vec!["Конкурсы".into()],
                ..e.clone()
            })
            .collect();
        let full = render(&meta(), &events, &unbounded());
        assert_eq!(full.vevents, 40);
        let smaller = render(
            &meta(),
            &events,
            &RenderOptions {
                max_octets: full.text.len() - 1,
                ..RenderOptions::default()
            },
        );
        let text = unfolded(&smaller);
        // The end markers went, the start markers no longer name themselves, and nothing
        // else was cut yet.
        assert_eq!(smaller.vevents, 20);
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 20);
        assert_eq!(
            text.matches("SUMMARY:Апрель–июнь · Конкурс чтецов\r\n")
                .count(),
            20
        );
        assert_eq!(text.matches("CATEGORIES:").count(), 20, "{text}");
    }

    #[test]
    fn an_inexact_title_leads_with_its_months_in_the_feeds_language() {
        let in_lang = |lang, title, words| {
            unfolded(&with_lang(lang, &[planned(title, words)], FuzzyMode::Auto))
        };
        let en = in_lang(Lang::En, "Конкурс чтецов", "апрель - июнь");
        assert!(
            en.contains("SUMMARY:April–June\\, starts · Конкурс чтецов\r\n"),
            "{en}"
        );
        let vi = in_lang(Lang::Vi, "Hội sách", "tháng 4 - tháng 6");
        assert!(
            vi.contains("SUMMARY:Tháng 4–6\\, bắt đầu · Hội sách\r\n"),
            "{vi}"
        );
        // The month leads; what else the plan said about the timing is in the description.
        let online = in_lang(Lang::Ru, "Семинар", "Апрель, в режиме видеоконференции");
        assert!(online.contains("SUMMARY:Апрель · Семинар\r\n"), "{online}");
        assert!(
            online.contains("Сроки по плану: Апрель\\, в режиме видеоконференции"),
            "{online}"
        );
        // Days named to the day are the days the event lasts: exact, its title its own (the
        // page says the same, `exact_span`), a repaired typo year included.
        let typo = in_lang(Lang::Ru, "Акция", "25.10.2025- 04.11.2026");
        assert!(typo.contains("SUMMARY:Акция\r\n"), "{typo}");
        assert!(typo.contains("DTSTART;VALUE=DATE:20251025\r\n"), "{typo}");
        let vi = in_lang(Lang::Vi, "Tuần lễ", "20-25/9");
        assert!(vi.contains("SUMMARY:Tuần lễ\r\n"), "{vi}");
        // Not whole months: the plan's own words lead, capitalised.
        let decade = in_lang(Lang::Ru, "Акция", "первая декада октября");
        assert!(
            decade.contains("SUMMARY:Первая декада октября · Акция\r\n"),
            "{decade}"
        );
    }

    #[test]
    fn an_inexact_date_carries_the_plans_words_in_its_title_and_outlook_sees_it_tentative() {
        let months = unfolded(&render_one(
            planned("Конкурс чтецов", "апрель-июнь"),
            FuzzyMode::Auto,
        ));
        assert!(
            months.contains("SUMMARY:Апрель–июнь\\, начало · Конкурс чтецов\r\n"),
            "{months}"
        );
        assert!(
            months.contains("X-MICROSOFT-CDO-BUSYSTATUS:FREE\r\n"),
            "three months: nobody is busy for all of them"
        );
        let week = unfolded(&render_one(
            planned("Неделя книги", "20-25 сентября"),
            FuzzyMode::Auto,
        ));
        // The days the week lasts, named to the day: exact, as its page says.
        assert!(week.contains("SUMMARY:Неделя книги\r\n"), "{week}");
        assert!(!week.contains("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\r\n"));
        let exact = unfolded(&render_one(planned("День", "12 апреля"), FuzzyMode::Auto));
        assert!(exact.contains("SUMMARY:День\r\n"), "{exact}");
        assert!(!exact.contains("X-MICROSOFT-CDO-BUSYSTATUS") && !exact.contains("TRANSP"));
        let mut vi = event(
            "Tham quan thư viện",
            "tháng 10",
            Some(when(
                TimingKind::Range,
                "2025-10-01",
                "2025-10-31",
                Precision::Month,
            )),
        );
        vi.timing_text = " tháng\n10 ".into();
        let vi = unfolded(&with_lang(Lang::Vi, &[vi], FuzzyMode::Auto));
        assert!(
            vi.contains("SUMMARY:Tháng 10 · Tham quan thư viện\r\n"),
            "one line: {vi}"
        );
    }

    #[test]
    fn bracket_words_are_one_short_line() {
        assert_eq!(bracket_words("апрель - июнь"), "апрель–июнь");
        assert_eq!(bracket_words("в течение\r\nгода"), "в течение года");
        assert_eq!(bracket_words("[по плану] ОУ"), "(по плану) ОУ");
        let long = bracket_words(&"очень долгий срок ".repeat(10));
        assert!(long.ends_with('…') && long.chars().count() <= 40, "{long}");
        assert_eq!(lower_first("Сдать отчёт"), "сдать отчёт");
        assert_eq!(lower_first("МО учителей"), "МО учителей");
    }

    fn deadline(title: &str, words: &str, day: &str) -> FeedEvent {
        event(
            title,
            words,
            Some(when(TimingKind::Deadline, day, day, Precision::Day)),
        )
    }

    #[test]
    fn a_deadline_reads_as_one_is_free_and_reminds_a_week_before() {
        let ru = unfolded(&render_one(
            deadline("Сдать отчёт", "до 15 февраля", "2026-02-15"),
            FuzzyMode::Auto,
        ));
        assert!(
            ru.contains("SUMMARY:До 15 февраля: сдать отчёт\r\n"),
            "{ru}"
        );
        assert!(ru.contains("DTSTART;VALUE=DATE:20260215\r\nDTEND;VALUE=DATE:20260216\r\n"));
        assert!(ru.contains("TRANSP:TRANSPARENT\r\nX-MICROSOFT-CDO-BUSYSTATUS:FREE\r\n"));
        assert!(
            ru.contains(
                "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:До 15 февраля: сдать отчёт\r\nTRIGGER:-P7D\r\nEND:VALARM\r\nEND:VEVENT"
            ),
            "{ru}"
        );
        let vi = unfolded(&with_lang(
            Lang::Vi,
            &[deadline("Nộp báo cáo", "trước ngày 15/2", "2026-02-15")],
            FuzzyMode::Skip,
        ));
        assert!(vi.contains("SUMMARY:Hạn 15/2: nộp báo cáo\r\n"), "{vi}");
        let en = unfolded(&with_lang(
            Lang::En,
            &[deadline(
                "Submit the report",
                "by 15 February",
                "2026-02-15",
            )],
            FuzzyMode::Auto,
        ));
        assert!(
            en.contains("SUMMARY:Due 15 February: submit the report\r\n"),
            "{en}"
        );
    }

    #[test]
    fn a_cancelled_event_says_so_in_its_title_while_it_stays_in_the_feed() {
        let mut e = planned("Экскурсия", "12 апреля");
        e.status = EventStatus::Cancelled;
        let text = unfolded(&render_one(e, FuzzyMode::Auto));
        assert!(text.contains("SUMMARY:Отменено: Экскурсия\r\n"), "{text}");
        assert!(text.contains("STATUS:CANCELLED\r\n"));
        assert!(text.contains("X-MICROSOFT-CDO-BUSYSTATUS:FREE\r\n"));
        let mut d = deadline("Nộp báo cáo", "trước ngày 15/2", "2026-02-15");
        d.deleted = true;
        let vi = unfolded(&with_lang(Lang::Vi, &[d], FuzzyMode::Auto));
        assert!(
            vi.contains("SUMMARY:Đã hủy: Hạn 15/2: nộp báo cáo\r\n"),
            "{vi}"
        );
        assert!(
            !vi.contains("VALARM"),
            "no reminder of a cancelled deadline"
        );
        let mut en = planned("Reading club", "апрель-июнь");
        en.status = EventStatus::Cancelled;
        let en = unfolded(&with_lang(Lang::En, &[en], FuzzyMode::Auto));
        assert!(
            en.contains("SUMMARY:Cancelled: April–June\\, starts · Reading club\r\n"),
            "{en}"
        );
    }

    fn year_long(title: &str) -> FeedEvent {
        event(
            title,
            "в течение года",
            Some(when(
                TimingKind::Range,
                "2025-09-01",
                "2026-08-31",
                Precision::Year,
            )),
        )
    }

    #[test]
    fn year_long_and_undated_events_are_one_digest_each_at_the_start_of_the_school_year() {
        let mut events: Vec<FeedEvent> = (1..=12)
            .map(|i| year_long(&format!("Акция №{i}")))
            .collect();
        events.push(event(
            "Встреча",
            "по согласованию",
            Some(Timing::unknown("по согласованию")),
        ));
        events.push(event("Без сроков", "", None));
        let auto = render(&meta(), &events, &RenderOptions::default());
        assert_eq!(auto.vevents, 2, "{}", auto.text);
        let text = unfolded(&auto);
        assert!(
            text.contains("DTSTART;VALUE=DATE:20250901\r\nDTEND;VALUE=DATE:20250902\r\nSUMMARY:В течение года: 12 мероприятий\r\n"),
            "{text}"
        );
        assert!(
            text.contains("\\n– Акция №12 (классные руководители)"),
            "{text}"
        );
        assert!(
            text.contains("SUMMARY:Без даты: 2 мероприятия\r\n"),
            "{text}"
        );
        assert!(text.contains("\\n– Встреча (по согласованию\\; классные руководители)"));
        assert_eq!(text.matches("TRANSP:TRANSPARENT").count(), 2);
        // Stable UIDs from the feed's key: the same feed keeps them, another feed differs.
        let uids = |r: &Rendered| -> Vec<String> {
            r.text
                .split("\r\n")
                .filter(|l| l.starts_with("UID:"))
                .map(String::from)
                .collect()
        };
        let again = render(&meta(), &events[2..], &RenderOptions::default());
        assert_eq!(uids(&auto), uids(&again));
        let other = CalendarMeta {
            feed_key: "roles/class-teacher.ics?org=school".into(),
            ..meta()
        };
        let other = render(&other, &events, &RenderOptions::default());
        assert!(uids(&auto).iter().all(|u| !uids(&other).contains(u)));
        assert!(uids(&auto).iter().all(|u| u.ends_with("@plancal")));
        // The other modes keep their meanings; undated events stay in their digest.
        let span = render(
            &meta(),
            &events,
            &RenderOptions {
                fuzzy: FuzzyMode::Span,
                ..RenderOptions::default()
            },
        );
        assert_eq!(span.vevents, 13);
        assert_eq!(
            spans_drawn(&span.text).get(1),
            Some(&(day("2025-09-01"), day("2026-09-01")))
        );
        assert!(span.text.contains("SUMMARY:Без даты: 2 мероприятия"));
        let start = render(
            &meta(),
            &events,
            &RenderOptions {
                fuzzy: FuzzyMode::Start,
                ..RenderOptions::default()
            },
        );
        assert_eq!(start.vevents, 13);
        assert!(unfolded(&start).contains("SUMMARY:В течение года · Акция №1\r\n"));
        let skip = render(
            &meta(),
            &events,
            &RenderOptions {
                fuzzy: FuzzyMode::Skip,
                ..RenderOptions::default()
            },
        );
        assert_eq!(skip.vevents, 0);
    }

    fn series(freq: Freq, byday: &[&str], start: &str, end: &str) -> Timing {
        let rule = Recurrence {
            freq,
            interval: 1,
            count: None,
            byday: (!byday.is_empty()).then(|| byday.iter().map(|d| d.to_string()).collect()),
        };
        recurring(start, end, rule)
    }

    #[test]
    fn a_series_keeps_ordinals_and_time_stops_when_teaching_does_and_skips_holidays() {
        let mut w = series(Freq::Monthly, &["-1FR"], "2025-09-01", "2026-08-31");
        w.time = NaiveTime::from_hms_opt(15, 0, 0);
        let text = unfolded(&render_one(
            event("Совет", "в последнюю пятницу месяца в 15:00", Some(w)),
            FuzzyMode::Auto,
        ));
        assert!(
            text.contains("DTSTART;TZID=Europe/Moscow:20250926T150000\r\nDTEND;TZID=Europe/Moscow:20250926T160000\r\n"),
            "{text}"
        );
        assert!(
            text.contains("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260531T120000Z\r\n"),
            "teaching ends on May 31: {text}"
        );
        // October 31 falls in the autumn holidays, March 27 in the spring ones.
        assert!(
            text.contains("EXDATE;TZID=Europe/Moscow:20251031T150000,20260327T150000\r\n"),
            "{text}"
        );
        assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Moscow\r\n"));

        let second_monday = series(Freq::Monthly, &["2MO"], "2025-09-01", "2026-05-31");
        let text = render_one(
            event("МО", "каждый второй понедельник", Some(second_monday)),
            FuzzyMode::Auto,
        )
        .text;
        assert!(
            text.contains("DTSTART;VALUE=DATE:20250908\r\nDTEND;VALUE=DATE:20250909\r\nRRULE:FREQ=MONTHLY;BYDAY=2MO;UNTIL=20260531\r\n"),
            "{text}"
        );
        assert!(
            !text.contains("EXDATE"),
            "no second Monday is a holiday: {text}"
        );

        // A Vietnamese school's Mondays skip Tết (February 9–23, 2026).
        let mut vi = event(
            "Chào cờ",
            "thứ Hai hàng tuần",
            Some(series(Freq::Weekly, &["MO"], "2025-09-01", "2026-08-31")),
        );
        vi.tz = chrono_tz::Asia::Ho_Chi_Minh;
        vi.locale = Some(Lang::Vi);
        let text = render_one(vi, FuzzyMode::Auto).text;
        assert!(
            text.contains("RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260531\r\n"),
            "{text}"
        );
        assert!(
            text.contains("EXDATE;VALUE=DATE:20260209,20260216,20260223\r\n"),
            "{text}"
        );
    }

    #[test]
    fn a_series_that_would_begin_in_a_holiday_begins_after_it() {
        let w = series(Freq::Daily, &[], "2025-12-29", "2026-01-20");
        let text = render_one(event("Каток", "ежедневно", Some(w)), FuzzyMode::Auto).text;
        assert!(text.contains("DTSTART;VALUE=DATE:20260112\r\n"), "{text}");
        assert!(!text.contains("EXDATE"), "{text}");
    }

    #[test]
    fn a_weekly_rule_without_a_day_is_a_tentative_marker_not_a_monday_series() {
        let w = series(Freq::Weekly, &[], "2025-09-01", "2026-05-31");
        let r = render_one(
            event("Sinh hoạt lớp", "hàng tuần", Some(w)),
            FuzzyMode::Auto,
        );
        let text = unfolded(&r);
        assert_eq!(r.vevents, 1);
        assert!(!text.contains("RRULE"), "{text}");
        assert!(text.contains("DTSTART;VALUE=DATE:20250901\r\nDTEND;VALUE=DATE:20250902\r\n"));
        assert!(
            text.contains("SUMMARY:Hàng tuần · Sinh hoạt lớp\r\n"),
            "{text}"
        );
        assert!(text.contains("STATUS:TENTATIVE"));
    }

    #[test]
    fn the_plan_title_is_said_once_and_a_merged_feed_names_and_colours_each_owner() {
        let mut own = planned("Урок", "12 апреля");
        own.plan_title = "План совместной работы школы и библиотеки".into();
        own.color = Some("teal".into());
        let mut partner = planned("Выставка", "13 апреля");
        partner.plan_title = own.plan_title.clone();
        partner.owner = "МУК «Рамешковская ЦБС»".into();
        partner.color = Some("teal".into());
        let r = render(&meta(), &[own.clone(), partner], &RenderOptions::default());
        let text = unfolded(&r);
        assert_eq!(
            text.matches("План совместной работы школы и библиотеки")
                .count(),
            2,
            "DESCRIPTION and X-WR-CALDESC of the calendar only: {text}"
        );
        assert!(
            text.contains(
                "X-WR-CALDESC:План\\nПлан: План совместной работы школы и библиотеки\r\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("Организатор: МУК «Рамешковская ЦБС»"),
            "{text}"
        );
        assert!(text.contains("Организатор: Школа"), "{text}");
        assert!(
            text.contains("COLOR:teal\r\n") && text.contains("COLOR:steelblue\r\n"),
            "{text}"
        );
        assert!(
            text.contains("\r\nCOLOR:teal\r\nX-APPLE-CALENDAR-COLOR:#008080\r\n"),
            "{text}"
        );
        // One owner: no organizer line; its colour is the calendar's, said once.
        let single = unfolded(&render_one(own, FuzzyMode::Auto));
        assert!(!single.contains("Организатор"));
        assert_eq!(single.matches("COLOR:teal\r\n").count(), 1, "{single}");
    }

    #[test]
    fn location_stays_on_one_line() {
        let mut e = planned("Урок", "12 апреля");
        e.location = "Зал; 2, \\ этаж\nвторой\r\nкорпус".into();
        let text = unfolded(&render_one(e, FuzzyMode::Auto));
        assert!(
            text.contains("LOCATION:Зал\\; 2\\, \\\\ этаж второй корпус\r\n"),
            "{text}"
        );
    }

    /// The 2,000-event plan of the load benchmark (benches/feed_load.rs), as the feeds layer
    /// hands it over: its timings, title, place, roles and result.
    fn district(n: usize) -> Vec<FeedEvent> {
        const TIMINGS: [&str; 10] = [
            "сентябрь",
            "12 октября",
            "апрель-июнь",
            "в течение года",
            "ежемесячно",
            "20-25 ноября",
            "декабрь",
            "до 15 мая",
            "I полугодие",
            "март",
        ];
        (0..n)
            .map(|i| {
                let words = TIMINGS.get(i % TIMINGS.len()).copied().unwrap_or("");
                let mut e = planned(
                    &format!("Мероприятие №{i}: «Литературная гостиная» для 5-9 классов"),
                    words,
                );
                e.uid = format!("{:08x}-1f0e-4a3b-9c2d-{:012x}@plancal", i * 7919, i);
                e.location = "Центральная детская библиотека имени Сергея Михалкова".into();
                e.plan_title = format!("План на {n} мероприятий");
                e.section_title = Some("1 Мероприятия".into());
                e.responsible = "работники библиотеки, классные руководители".into();
                e.role_labels = vec![
                    "работники библиотеки".into(),
                    "классные руководители".into(),
                ];
                e.result = "Развитие читательской грамотности".into();
                e.categories = vec!["1 Мероприятия".into()];
                e.url = Some(format!("http://127.0.0.1:8080/events/{}", i + 1));
                e.color = Some("teal".into());
                e
            })
            .collect()
    }

    fn unbounded() -> RenderOptions {
        RenderOptions {
            max_octets: usize::MAX,
            ..RenderOptions::default()
        }
    }

    #[test]
    fn a_two_thousand_event_feed_says_each_thing_once() {
        let r = render(&meta(), &district(2_000), &unbounded());
        let text = unfolded(&r);
        // Printed for the record (cargo test -- --nocapture). The renderer before these rules
        // wrote 2,030,774 octets for this feed (2,000 VEVENTs): the plan's title, "Раздел",
        // "Сроки по плану" and "Точная дата ещё не назначена." in every description, CREATED,
        // SEQUENCE:0, TRANSP:OPAQUE and COLOR in every event, 200 year-long markers.
        println!(
            "2,000 events: {} octets, {} VEVENTs",
            r.text.len(),
            r.vevents
        );
        assert_eq!(
            text.matches("План на 2000 мероприятий").count(),
            2,
            "calendar only"
        );
        assert!(!text.contains("Раздел:") && !text.contains("Сроки по плану"));
        assert!(!text.contains("CREATED:") && !text.contains("SEQUENCE:0"));
        assert_eq!(text.matches("COLOR:teal").count(), 1);
        // LAST-MODIFIED (DTSTAMP says it), BUSYSTATUS:BUSY and the result column went next:
        // 1,302,870 octets. What is left is each event's own title, place and roles, some
        // 410 octets of Cyrillic text (two octets a letter), and 310 octets of UID, dates,
        // URL, section and status.
        assert!(!text.contains("LAST-MODIFIED") && !text.contains("BUSYSTATUS:BUSY"));
        assert!(!text.contains("Ожидаемый результат"));
        // Then the 200 monthly reminders became one VEVENT a month and the 400 spans of
        // several months got an end marker each: 3,801 VEVENTs, 2,692,518 octets, some 710
        // octets a VEVENT (a feed past 800,000 folds them again: the next test).
        assert!(r.text.len() / r.vevents < 720, "{} octets", r.text.len());
    }

    /// Each VEVENT's UID, DTSTART and SUMMARY, in order: what a subscriber's calendar shows
    /// in its grid.
    fn grid(r: &Rendered) -> Vec<(String, String, String)> {
        let text = unfolded(r);
        text.split("BEGIN:VEVENT\r\n")
            .skip(1)
            .map(|block| {
                let field = |name: &str| {
                    block
                        .lines()
                        .find(|l| l.starts_with(name))
                        .unwrap_or_default()
                        .to_string()
                };
                (field("UID:"), field("DTSTART"), field("SUMMARY:"))
            })
            .collect()
    }

    #[test]
    fn a_feed_too_large_for_google_keeps_every_event_with_less_of_each() {
        let events = district(2_000);
        let full = render(&meta(), &events, &unbounded());
        let kept = render(&meta(), &events, &RenderOptions::default());
        println!(
            "2,000 events: {} octets in full, {} kept under {}",
            full.text.len(),
            kept.text.len(),
            RenderOptions::MAX_OCTETS
        );
        // Every title and place here is some 50 Cyrillic letters (two octets each): this
        // feed takes every step and ends some 860,000 octets long, under the 1 MB Google
        // reads; a plan with shorter titles or no places stops at an earlier step, under
        // MAX_OCTETS.
        assert!(full.text.len() > 1_000_000);
        assert!(kept.text.len() < 900_000, "{} octets", kept.text.len());
        // Every event is still there, once (the 200 year-long ones in their digest): what the
        // full feed draws as several VEVENTs (an end marker, a reminder a month) is one, and
        // otherwise nothing a calendar draws changed: its UID, first day and title (a start
        // marker no longer says "начало" when its end marker is gone).
        assert_eq!(kept.vevents, 1_801);
        assert!(full.vevents > kept.vevents);
        let full_grid = grid(&full);
        for (uid, start, summary) in grid(&kept) {
            assert!(
                full_grid.iter().any(|(u, s, t)| *u == uid
                    && *s == start
                    && t.replace("\\, начало", "") == summary),
                "{uid} {start} {summary}"
            );
        }
        let text = unfolded(&kept);
        assert!(!text.contains("-end\r\n") && !text.contains("начало"));
        assert_eq!(
            text.matches("RDATE;VALUE=DATE:").count(),
            200,
            "the monthly ones"
        );
        // Where each event is, and whether it is settled, are still said...
        assert_eq!(
            text.matches("LOCATION:").count(),
            kept.vevents - 1,
            "not the digest"
        );
        assert_eq!(text.matches("\r\nSTATUS:").count(), kept.vevents);
        // ...and the calendar tells why the rest is on the events' pages.
        let note = words::of(Lang::Ru)
            .shortened
            .replace(',', "\\,")
            .replace(';', "\\;");
        assert_eq!(
            text.matches(&note).count(),
            2,
            "DESCRIPTION and X-WR-CALDESC"
        );
        assert!(!unfolded(&full).contains(&note));
    }

    #[test]
    fn each_step_down_drops_only_what_it_names() {
        let mut e = planned("Заседание клуба", "апрель");
        e.location = "Читальный зал".into();
        e.role_labels = vec!["классные руководители".into()];
        e.people = vec!["Иванова А. П.".into()];
        e.agenda = vec!["Отчёт за полугодие".into()];
        e.notes = "по согласованию".into();
        e.categories = vec!["Массовые мероприятия".into()];
        e.url = Some("https://plancal.example/events/7".into());
        // Enough events that what each step leaves out outweighs the calendar's note.
        let events: Vec<FeedEvent> = (0..20)
            .map(|i| FeedEvent {
                uid: format!("club-{i}@plancal"),
                ..e.clone()
            })
            .collect();
        let full = unfolded(&render(&meta(), &events, &unbounded()));
        let at = |max_octets| {
            unfolded(&render(
                &meta(),
                &events,
                &RenderOptions {
                    max_octets,
                    ..RenderOptions::default()
                },
            ))
        };
        // Just under the full size: one step down; then under that, and so on.
        let compact = at(full.len() - 1);
        let brief = at(compact.len() - 1);
        let bare = at(0);
        assert!(bare.len() < brief.len() && brief.len() < compact.len());
        let steps = [
            (&full, "full"),
            (&compact, "compact"),
            (&brief, "brief"),
            (&bare, "bare"),
        ];
        for (text, step) in steps {
            for kept in [
                "SUMMARY:Апрель · Заседание клуба",
                "DTSTART;VALUE=DATE:20260401",
                "LOCATION:Читальный зал",
                "STATUS:TENTATIVE",
                "TRANSP:TRANSPARENT",
            ] {
                assert_eq!(text.matches(kept).count(), 20, "{step}: {kept:?}:\n{text}");
            }
        }
        for dropped in [
            "CATEGORIES:",
            "Отчёт за полугодие",
            "по согласованию",
            "BUSYSTATUS:FREE",
        ] {
            assert!(full.contains(dropped), "{dropped:?} in full");
            assert!(!compact.contains(dropped), "{dropped:?} in compact");
        }
        for dropped in ["URL:", "Иванова А. П."] {
            assert!(
                full.contains(dropped) && compact.contains(dropped),
                "{dropped:?}"
            );
            assert!(!brief.contains(dropped), "{dropped:?} in brief");
        }
        let responsible = "Ответственные: классные руководители";
        assert!(brief.contains(responsible) && !bare.contains(responsible));
    }

    #[test]
    fn a_deadline_keeps_its_reminder_until_the_brief_step() {
        let events: Vec<FeedEvent> = (0..20)
            .map(|i| FeedEvent {
                uid: format!("report-{i}@plancal"),
                url: Some(format!("https://plancal.example/events/{i}")),
                ..deadline("Сдать отчёт", "до 15 февраля", "2026-02-15")
            })
            .collect();
        let full = unfolded(&render(&meta(), &events, &unbounded()));
        let compact = unfolded(&render(
            &meta(),
            &events,
            &RenderOptions {
                max_octets: full.len() - 1,
                ..RenderOptions::default()
            },
        ));
        assert_eq!(compact.matches("TRIGGER:-P7D").count(), 20, "{compact}");
        let brief = unfolded(&render(
            &meta(),
            &events,
            &RenderOptions {
                max_octets: compact.len() - 1,
                ..RenderOptions::default()
            },
        ));
        assert!(!brief.contains("VALARM"));
        assert_eq!(
            brief.matches("SUMMARY:До 15 февраля: сдать отчёт").count(),
            20
        );
    }
}
