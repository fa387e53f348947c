//! iCalendar rendering: events of a plan become RFC 5545 text that Google Calendar, Outlook,
//! Apple Calendar and Thunderbird read alike. Pure: no I/O, no HTTP.
//!
//! How an event is drawn (the honesty rules):
//! - a pinned date is CONFIRMED and OPAQUE: all-day (`VALUE=DATE`, exclusive DTEND) or timed
//!   with `TZID` of the organization's zone and a VTIMEZONE for it;
//! - a timing that names exact days (a date, a deadline, "20-25 сентября") is CONFIRMED;
//! - anything coarser (a month, a term, "апрель-июнь") is TENTATIVE and TRANSPARENT and its
//!   description starts with the plan's own words ("Сроки по плану: апрель-июнь").
//!   `FuzzyMode` chooses how such spans are drawn: `Span` as all-day bars over the whole
//!   span, `Start` as a one-day marker on the first day, `Skip` not at all. The default,
//!   `Auto`, draws spans of up to two weeks as bars and longer ones as a marker on their
//!   first day, so a subscriber's calendar is not painted with month- or year-long bars;
//! - a recurrence is an all-day event with an RRULE whose UNTIL (a DATE) ends inside the
//!   academic year; "termly" is FREQ=MONTHLY;INTERVAL=3, the honest RRULE for once a term;
//! - several spans ("сентябрь, январь, май") become one VEVENT per span, with UIDs derived
//!   from the event's UID ("…-2", "…-3"), since RDATE cannot carry date periods and every
//!   client reads separate events alike;
//! - an unknown timing is not drawn at all (there is no honest date);
//! - a cancelled or deleted event is drawn as STATUS:CANCELLED so subscribed calendars remove it.
//!
//! Output is deterministic: DTSTAMP is the feed's data version time, so every server
//! instance renders the same bytes. The `icalendar` crate's serializer is not used for the
//! text (see `writer`), only its model of what a VEVENT holds is followed.

mod vtimezone;
mod words;
mod writer;

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};

use crate::plan::{EventStatus, Pinned};
use crate::timing::{Flag, Freq, Lang, Precision, Timing, TimingKind};

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
    pub const AUTO_SPAN_DAYS: i64 = 14;

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
    /// DTSTAMP of every VEVENT: the time of the data the feed was rendered from.
    pub dtstamp: DateTime<Utc>,
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
    pub status: EventStatus,
    pub deleted: bool,
    /// The organization's zone, for pinned times.
    pub tz: chrono_tz::Tz,
    pub location: String,
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
    pub color: Option<String>,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct RenderOptions {
    pub fuzzy: FuzzyMode,
}

pub struct Rendered {
    pub text: String,
    /// VEVENT blocks written.
    pub vevents: usize,
}

/// When one VEVENT happens.
enum Start {
    /// All-day, `first..=last`.
    Days(NaiveDate, NaiveDate),
    /// Timed, local wall time in the event's zone.
    Timed(NaiveDateTime, NaiveDateTime),
}

struct Drawing {
    start: Start,
    exact: bool,
    rrule: Option<String>,
}

fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn date_value(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// Days of an inexact span to draw under the mode, or None to leave it out.
fn fuzzy_days(
    first: NaiveDate,
    last: NaiveDate,
    mode: FuzzyMode,
) -> Option<(NaiveDate, NaiveDate)> {
    match mode {
        FuzzyMode::Skip => None,
        FuzzyMode::Span => Some((first, last)),
        FuzzyMode::Start => Some((first, first)),
        FuzzyMode::Auto if (last - first).num_days() < FuzzyMode::AUTO_SPAN_DAYS => {
            Some((first, last))
        }
        FuzzyMode::Auto => Some((first, first)),
    }
}

fn rrule(w: &Timing, dtstart: NaiveDate) -> Option<String> {
    let r = w.recurrence.as_ref()?;
    let (freq, interval) = match r.freq {
        Freq::Daily => ("DAILY", r.interval),
        Freq::Weekly => ("WEEKLY", r.interval),
        Freq::Monthly => ("MONTHLY", r.interval),
        Freq::Yearly => ("YEARLY", r.interval),
        Freq::Termly => ("MONTHLY", r.interval.max(1) * 3),
    };
    let mut rule = format!("FREQ={freq}");
    if interval > 1 {
        rule.push_str(&format!(";INTERVAL={interval}"));
    }
    if let Some(days) = r.byday.as_ref().filter(|d| !d.is_empty()) {
        let valid: Vec<&str> = days
            .iter()
            .map(String::as_str)
            .filter(|d| {
                d.len() <= 4
                    && d.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '+')
            })
            .collect();
        if !valid.is_empty() {
            rule.push_str(";BYDAY=");
            rule.push_str(&valid.join(","));
        }
    }
    match (r.count, w.end) {
        (Some(count), _) if count > 0 => rule.push_str(&format!(";COUNT={count}")),
        (_, Some(end)) if end >= dtstart => rule.push_str(&format!(";UNTIL={}", date_value(end))),
        _ => {}
    }
    Some(rule)
}

/// The first day on or after `from` that a weekly BYDAY rule names, so DTSTART is itself an
/// occurrence (RFC 5545 counts DTSTART as one even when the rule does not).
fn first_matching_weekday(from: NaiveDate, byday: Option<&Vec<String>>) -> NaiveDate {
    const CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let Some(days) = byday.filter(|d| !d.is_empty()) else {
        return from;
    };
    (0..7)
        .map(|i| from + Duration::days(i))
        .find(|d| {
            days.iter()
                .any(|code| code.as_str() == CODES[d.weekday().num_days_from_monday() as usize])
        })
        .unwrap_or(from)
}

/// The VEVENTs (one per span) an event becomes, or none when it cannot be dated.
fn drawings(e: &FeedEvent, mode: FuzzyMode) -> Vec<Drawing> {
    if let Some(p) = &e.pinned {
        let start = match p.time {
            Some(time) => {
                let begin = p.date.and_time(time);
                let minutes = p
                    .duration_minutes
                    .unwrap_or(Pinned::DEFAULT_DURATION_MINUTES);
                Start::Timed(begin, begin + Duration::minutes(i64::from(minutes)))
            }
            None => Start::Days(p.date, p.end_date.unwrap_or(p.date).max(p.date)),
        };
        return vec![Drawing {
            start,
            exact: true,
            rrule: None,
        }];
    }
    let Some(w) = &e.when else { return Vec::new() };
    let tentative = w.flags.contains(&Flag::Tentative);
    let (Some(first), Some(last)) = (w.start, w.end) else {
        return Vec::new();
    };
    let (first, last) = (first.min(last), first.max(last));
    match w.kind {
        TimingKind::Unknown => Vec::new(),
        TimingKind::Recurring if w.recurrence.is_some() => {
            if mode == FuzzyMode::Skip {
                return Vec::new();
            }
            let byday = w.recurrence.as_ref().and_then(|r| r.byday.as_ref());
            let dtstart = first_matching_weekday(first, byday);
            vec![Drawing {
                start: Start::Days(dtstart, dtstart),
                exact: false,
                rrule: rrule(w, dtstart),
            }]
        }
        TimingKind::Multiple if !w.spans.is_empty() => w
            .spans
            .iter()
            .filter_map(|s| {
                let (a, b) = (s.start.min(s.end), s.start.max(s.end));
                let exact = w.precision == Some(Precision::Day) && !tentative;
                let days = if exact {
                    Some((a, b))
                } else {
                    fuzzy_days(a, b, mode)
                };
                days.map(|(a, b)| Drawing {
                    start: Start::Days(a, b),
                    exact,
                    rrule: None,
                })
            })
            .collect(),
        _ => {
            let exact = w.precision == Some(Precision::Day) && !tentative;
            let days = if exact {
                Some((first, last))
            } else {
                fuzzy_days(first, last, mode)
            };
            days.map(|(a, b)| {
                vec![Drawing {
                    start: Start::Days(a, b),
                    exact,
                    rrule: None,
                }]
            })
            .unwrap_or_default()
        }
    }
}

fn description(e: &FeedEvent, lang: Lang, exact: bool) -> String {
    let w = words::of(lang);
    let mut parts: Vec<String> = Vec::new();
    if !e.timing_text.trim().is_empty() {
        parts.push(format!("{}: {}", w.timing, e.timing_text.trim()));
    }
    if !exact {
        parts.push(w.date_not_settled.to_string());
    }
    if e.when
        .as_ref()
        .is_some_and(|t| t.flags.contains(&Flag::Online))
    {
        parts.push(w.online.to_string());
    }
    if !e.role_labels.is_empty() {
        parts.push(format!("{}: {}", w.responsible, e.role_labels.join(", ")));
    }
    if !e.people.is_empty() {
        parts.push(format!("{}: {}", w.people, e.people.join(", ")));
    } else if !e.responsible.trim().is_empty() && e.role_labels.is_empty() {
        parts.push(format!("{}: {}", w.responsible, e.responsible.trim()));
    }
    if !e.agenda.is_empty() {
        parts.push(format!(
            "{}:\n{}",
            w.agenda,
            e.agenda
                .iter()
                .map(|a| format!("– {a}"))
                .collect::<Vec<_>>()
                .join("\n")
        ));
    }
    if !e.result.trim().is_empty() {
        parts.push(format!("{}: {}", w.result, e.result.trim()));
    }
    if !e.notes.trim().is_empty() {
        parts.push(format!("{}: {}", w.notes, e.notes.trim()));
    }
    parts.push(format!("{}: {}", w.plan, e.plan_title.trim()));
    if let Some(section) = &e.section_title {
        parts.push(format!("{}: {}", w.section, section.trim()));
    }
    parts.join("\n")
}

/// RFC 7986 COLOR takes a CSS3 colour name.
fn css_color(name: &str) -> Option<&str> {
    let name = name.trim();
    (!name.is_empty() && name.len() <= 32 && name.chars().all(|c| c.is_ascii_alphabetic()))
        .then_some(name)
}

fn write_event(
    out: &mut String,
    meta: &CalendarMeta,
    e: &FeedEvent,
    d: &Drawing,
    uid: &str,
    used_zones: &mut BTreeMap<&'static str, chrono_tz::Tz>,
) {
    writer::raw(out, "BEGIN", "VEVENT");
    writer::raw(out, "UID", uid);
    writer::raw(out, "DTSTAMP", &utc_stamp(meta.dtstamp));
    writer::raw(out, "CREATED", &utc_stamp(e.created));
    writer::raw(out, "LAST-MODIFIED", &utc_stamp(e.last_modified));
    writer::raw(out, "SEQUENCE", &e.sequence.max(0).to_string());
    match d.start {
        Start::Days(first, last) => {
            writer::raw(out, "DTSTART;VALUE=DATE", &date_value(first));
            writer::raw(
                out,
                "DTEND;VALUE=DATE",
                &date_value(last + Duration::days(1)),
            );
        }
        Start::Timed(begin, end) => {
            used_zones.insert(e.tz.name(), e.tz);
            let tzid = format!("TZID={}", e.tz.name());
            writer::raw(
                out,
                &format!("DTSTART;{tzid}"),
                &begin.format("%Y%m%dT%H%M%S").to_string(),
            );
            writer::raw(
                out,
                &format!("DTEND;{tzid}"),
                &end.format("%Y%m%dT%H%M%S").to_string(),
            );
        }
    }
    if let Some(rule) = &d.rrule {
        writer::raw(out, "RRULE", rule);
    }
    let title = if e.title.trim().is_empty() {
        "—"
    } else {
        e.title.as_str()
    };
    writer::one_line_text(out, "SUMMARY", title);
    writer::text(out, "DESCRIPTION", &description(e, meta.lang, d.exact));
    if !e.location.trim().is_empty() {
        writer::text(out, "LOCATION", e.location.trim());
    }
    writer::text_list(out, "CATEGORIES", &e.categories);
    if let Some(url) = &e.url {
        writer::raw(out, "URL", url);
    }
    if let Some(color) = e.color.as_deref().and_then(css_color) {
        writer::raw(out, "COLOR", color);
    }
    let cancelled = e.deleted || e.status == EventStatus::Cancelled;
    let status = if cancelled {
        "CANCELLED"
    } else if d.exact {
        "CONFIRMED"
    } else {
        "TENTATIVE"
    };
    writer::raw(out, "STATUS", status);
    writer::raw(
        out,
        "TRANSP",
        if d.exact && !cancelled {
            "OPAQUE"
        } else {
            "TRANSPARENT"
        },
    );
    writer::raw(out, "END", "VEVENT");
}

/// Renders a whole VCALENDAR.
pub fn render(meta: &CalendarMeta, events: &[FeedEvent], opts: &RenderOptions) -> Rendered {
    let mut body = String::with_capacity(events.len() * 900 + 1024);
    let mut vevents = 0;
    let mut used_zones = BTreeMap::new();
    let (mut first_year, mut last_year) = (i32::MAX, i32::MIN);
    for e in events {
        let drawn = drawings(e, opts.fuzzy);
        for (i, d) in drawn.iter().enumerate() {
            let uid = if i == 0 {
                e.uid.clone()
            } else {
                format!("{}-{}", e.uid, i + 1)
            };
            if let Start::Timed(begin, end) = d.start {
                first_year = first_year.min(begin.year());
                last_year = last_year.max(end.year());
            }
            write_event(&mut body, meta, e, d, &uid, &mut used_zones);
            vevents += 1;
        }
    }
    let mut out = String::with_capacity(body.len() + 4096);
    writer::raw(&mut out, "BEGIN", "VCALENDAR");
    writer::raw(&mut out, "VERSION", "2.0");
    writer::raw(
        &mut out,
        "PRODID",
        &format!(
            "-//plancal//plancal {}//{}",
            env!("CARGO_PKG_VERSION"),
            meta.lang.code().to_uppercase()
        ),
    );
    writer::raw(&mut out, "CALSCALE", "GREGORIAN");
    writer::raw(&mut out, "METHOD", "PUBLISH");
    writer::one_line_text(&mut out, "NAME", &meta.name);
    writer::one_line_text(&mut out, "X-WR-CALNAME", &meta.name);
    writer::text(&mut out, "DESCRIPTION", &meta.description);
    writer::text(&mut out, "X-WR-CALDESC", &meta.description);
    writer::raw(&mut out, "X-WR-TIMEZONE", meta.default_tz.name());
    let refresh = format!("PT{}M", meta.refresh_minutes.max(1));
    writer::raw(&mut out, "REFRESH-INTERVAL;VALUE=DURATION", &refresh);
    writer::raw(&mut out, "X-PUBLISHED-TTL", &refresh);
    if let Some(url) = &meta.url {
        writer::raw(&mut out, "SOURCE;VALUE=URI", url);
    }
    for tz in used_zones.values() {
        vtimezone::write(&mut out, *tz, first_year, last_year);
    }
    out.push_str(&body);
    writer::raw(&mut out, "END", "VCALENDAR");
    Rendered { text: out, vevents }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timing::Recurrence;

    fn meta() -> CalendarMeta {
        CalendarMeta {
            name: "Школа — классные руководители".into(),
            description: "План".into(),
            lang: Lang::Ru,
            default_tz: chrono_tz::Europe::Moscow,
            refresh_minutes: 360,
            url: None,
            dtstamp: DateTime::from_timestamp(1_760_000_000, 0).unwrap_or_default(),
        }
    }

    fn when(kind: TimingKind, start: &str, end: &str, precision: Precision) -> Timing {
        let mut t = Timing::unknown("");
        t.kind = kind;
        t.start = start.parse().ok();
        t.end = end.parse().ok();
        t.precision = Some(precision);
        t
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
        }
    }

    fn render_one(e: FeedEvent, fuzzy: FuzzyMode) -> Rendered {
        render(&meta(), &[e], &RenderOptions { fuzzy })
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
            auto.contains("DESCRIPTION:Сроки по плану: апрель-июнь"),
            "{auto}"
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
        assert!(text.contains("STATUS:CONFIRMED") && text.contains("TRANSP:OPAQUE"));
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
        let mut w = when(
            TimingKind::Recurring,
            "2025-09-01",
            "2026-05-31",
            Precision::Month,
        );
        w.recurrence = Some(Recurrence {
            freq: Freq::Weekly,
            interval: 1,
            count: None,
            byday: Some(vec!["TH".into()]),
        });
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
        w.recurrence = Some(Recurrence {
            freq: Freq::Termly,
            interval: 1,
            count: None,
            byday: None,
        });
        let text = render_one(
            event("Выставка", "1 раз в четверть", Some(w)),
            FuzzyMode::Auto,
        )
        .text;
        assert!(
            text.contains("RRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20260531"),
            "{text}"
        );
    }

    #[test]
    fn unknown_timings_are_left_out_and_cancelled_events_stay_cancelled() {
        assert_eq!(
            render_one(
                event(
                    "Когда-нибудь",
                    "по согласованию",
                    Some(Timing::unknown("по согласованию"))
                ),
                FuzzyMode::Auto
            )
            .vevents,
            0
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
        let mut w = when(
            TimingKind::Multiple,
            "2025-09-01",
            "2026-05-31",
            Precision::Month,
        );
        w.spans = [
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
}
