//! How a feed draws what a plan says, read back by five real calendar clients: a deadline, a
//! month, a year-long item, an undatable one, a cancelled event and an ordinal recurrence at a
//! set time, built as `FeedEvent`s (no database, no HTTP), rendered, checked by
//! `../shared/tools/ics-check` and read line by line as a subscriber's calendar would.
//! A machine without the tool fails here: run `../shared/tools/install-ics-clients.sh`.
//! `FEED_DRAWING_OUT=path.ics` keeps a copy, e.g. for `../shared/tools/feed-view`.

use crate::common;

use chrono::NaiveTime;
use plancal::ics::{CalendarMeta, FeedEvent, FuzzyMode, RenderOptions, Rendered, render};
use plancal::plan::{EventStatus, Pinned};
use plancal::timing::{Freq, Lang, Precision, Recurrence, Timing, TimingKind};

use crate::feed_fixtures::{date, recurring_over, stamp, timing};

fn event(n: usize, title: &str, words: &str, when: Option<Timing>) -> FeedEvent {
    FeedEvent {
        uid: format!("evt-{n}@plancal.example"),
        sequence: 1,
        created: stamp(),
        last_modified: stamp(),
        title: title.into(),
        timing_text: words.into(),
        when,
        tz: chrono_tz::Europe::Moscow,
        location: "Библиотека,\nчитальный зал".into(),
        plan_title: "План совместной работы школы и библиотеки на 2025-2026 учебный год".into(),
        section_title: Some("1 Мероприятия".into()),
        responsible: "классные руководители".into(),
        role_labels: vec!["классные руководители".into()],
        categories: vec!["1 Мероприятия".into()],
        owner: "МОУ «Рамешковская СОШ»".into(),
        locale: Some(Lang::Ru),
        ..FeedEvent::default()
    }
}

/// The six kinds of row, and a pinned meeting in a zone with daylight saving.
fn plan_rows() -> Vec<FeedEvent> {
    let mut rows = vec![
        event(
            1,
            "Сдать отчёт о работе кружков",
            "до 15 февраля",
            Some(timing(
                TimingKind::Deadline,
                "2026-02-15",
                "2026-02-15",
                Precision::Day,
            )),
        ),
        event(
            2,
            "Литературная гостиная",
            "октябрь",
            Some(timing(
                TimingKind::Range,
                "2025-10-01",
                "2025-10-31",
                Precision::Month,
            )),
        ),
        event(
            3,
            "Участие в районных акциях",
            "в течение года",
            Some(timing(
                TimingKind::Range,
                "2025-09-01",
                "2026-08-31",
                Precision::Year,
            )),
        ),
        event(
            4,
            "Встреча с писателем",
            "по согласованию",
            Some(Timing::unknown("по согласованию")),
        ),
    ];
    let mut cancelled = event(
        5,
        "Экскурсия в музей",
        "12 декабря",
        Some(timing(
            TimingKind::Date,
            "2025-12-12",
            "2025-12-12",
            Precision::Day,
        )),
    );
    cancelled.status = EventStatus::Cancelled;
    cancelled.sequence = 2;
    rows.push(cancelled);
    let rule = Recurrence {
        freq: Freq::Monthly,
        interval: 1,
        count: None,
        byday: Some(vec!["-1FR".into()]),
    };
    let mut council = recurring_over("2025-09-01", "2026-08-31", Precision::Month, rule);
    council.time = NaiveTime::from_hms_opt(15, 0, 0);
    rows.push(event(
        6,
        "Методический совет",
        "в последнюю пятницу месяца в 15:00",
        Some(council),
    ));
    let mut berlin = event(7, "Видеовстреча с партнёрами", "март", None);
    berlin.tz = chrono_tz::Europe::Berlin;
    berlin.pinned = Some(Pinned {
        date: date("2026-03-30"),
        end_date: None,
        time: NaiveTime::from_hms_opt(10, 30, 0),
        duration_minutes: Some(60),
    });
    rows.push(berlin);
    rows
}

fn meta() -> CalendarMeta {
    CalendarMeta {
        name: "МОУ «Рамешковская СОШ» — классные руководители".into(),
        description: "План мероприятий".into(),
        lang: Lang::Ru,
        default_tz: chrono_tz::Europe::Moscow,
        dtstamp: stamp(),
        feed_key: "roles/class-teacher.ics?org=ramenki-school".into(),
        ..CalendarMeta::default()
    }
}

/// Runs ics-check on the rendered feed (never skips); `FEED_DRAWING_OUT` keeps a copy.
fn assert_clients_agree(rendered: &Rendered, expected: usize) {
    if let Some(out) = std::env::var_os("FEED_DRAWING_OUT") {
        std::fs::write(&out, &rendered.text).unwrap_or_else(|e| panic!("FEED_DRAWING_OUT: {e}"));
    }
    common::ics_check(&rendered.text, expected);
}

/// The content lines of each VEVENT, unfolded, keyed by its SUMMARY.
fn vevents(text: &str) -> Vec<Vec<String>> {
    let unfolded = text.replace("\r\n ", "");
    let mut out = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in unfolded.split("\r\n") {
        match line {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => out.extend(current.take()),
            _ => {
                if let Some(lines) = current.as_mut() {
                    lines.push(line.to_string());
                }
            }
        }
    }
    out
}

fn titled<'a>(events: &'a [Vec<String>], summary: &str) -> &'a [String] {
    let wanted = format!("SUMMARY:{summary}");
    events
        .iter()
        .find(|lines| lines.contains(&wanted))
        .unwrap_or_else(|| panic!("no VEVENT with {wanted:?} in {events:#?}"))
}

fn has(lines: &[String], line: &str) -> bool {
    lines.iter().any(|l| l == line)
}

#[test]
fn a_plan_reads_honestly_in_five_clients() {
    let rendered = render(&meta(), &plan_rows(), &RenderOptions::default());
    // Deadline, month, the year digest, the undated digest, cancelled, series, pinned.
    assert_eq!(rendered.vevents, 7);
    assert_clients_agree(&rendered, 7);
    let events = vevents(&rendered.text);

    let deadline = titled(&events, "До 15 февраля: сдать отчёт о работе кружков");
    assert!(has(deadline, "DTSTART;VALUE=DATE:20260215"));
    assert!(has(deadline, "TRANSP:TRANSPARENT"));
    assert!(has(deadline, "X-MICROSOFT-CDO-BUSYSTATUS:FREE"));
    let alarm: Vec<&String> = deadline
        .iter()
        .skip_while(|l| *l != "BEGIN:VALARM")
        .collect();
    assert_eq!(
        alarm.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:До 15 февраля: сдать отчёт о работе кружков",
            "TRIGGER:-P7D",
            "END:VALARM"
        ]
    );

    let month = titled(&events, "Октябрь · Литературная гостиная");
    assert!(has(month, "STATUS:TENTATIVE") && has(month, "TRANSP:TRANSPARENT"));
    assert!(
        has(month, "X-MICROSOFT-CDO-BUSYSTATUS:FREE"),
        "a month is long"
    );
    assert!(has(month, "LOCATION:Библиотека\\, читальный зал"));

    let year = titled(&events, "В течение года: 1 мероприятие");
    assert!(has(year, "DTSTART;VALUE=DATE:20250901") && has(year, "DTEND;VALUE=DATE:20250902"));
    assert!(has(year, "TRANSP:TRANSPARENT"));
    assert!(
        year.iter()
            .any(|l| l.contains("– Участие в районных акциях (классные руководители)")),
        "{year:#?}"
    );
    let undated = titled(&events, "Без даты: 1 мероприятие");
    assert!(undated.iter().any(|l| l.contains("Встреча с писателем")));
    assert!(
        !events
            .iter()
            .any(|e| has(e, "UID:evt-3@plancal.example") || has(e, "UID:evt-4@plancal.example")),
        "neither piles onto September 1 on its own"
    );

    let cancelled = titled(&events, "Отменено: Экскурсия в музей");
    assert!(has(cancelled, "STATUS:CANCELLED") && has(cancelled, "SEQUENCE:2"));
    assert!(has(cancelled, "X-MICROSOFT-CDO-BUSYSTATUS:FREE"));

    let council = titled(&events, "Методический совет");
    assert!(has(council, "DTSTART;TZID=Europe/Moscow:20250926T150000"));
    assert!(
        has(
            council,
            "RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260531T120000Z"
        ),
        "{council:#?}"
    );
    assert!(
        has(
            council,
            "EXDATE;TZID=Europe/Moscow:20251031T150000,20260327T150000"
        ),
        "autumn and spring holidays: {council:#?}"
    );
    // Busy: opaque (TRANSP's default), which Outlook reads as busy without a busy status.
    assert!(
        !council
            .iter()
            .any(|l| l.starts_with("TRANSP") || l.contains("BUSYSTATUS"))
    );

    let text = rendered.text.replace("\r\n ", "");
    assert!(text.contains(
        "BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    ));
    assert_eq!(
        text.matches("План совместной работы школы и библиотеки")
            .count(),
        2,
        "the plan's title is in the calendar's description only"
    );
    assert!(text.contains("\r\nCOLOR:steelblue\r\nX-APPLE-CALENDAR-COLOR:#4682B4\r\n"));
}

#[test]
fn the_other_fuzzy_modes_keep_their_meanings_in_five_clients() {
    let rows = plan_rows();
    let span = render(
        &meta(),
        &rows,
        &RenderOptions {
            fuzzy: FuzzyMode::Span,
            ..RenderOptions::default()
        },
    );
    // The year-long item is its own bar again; the undated one stays in its digest.
    assert_clients_agree(&span, 7);
    let events = vevents(&span.text);
    let bar = titled(&events, "В течение года · Участие в районных акциях");
    assert!(has(bar, "DTSTART;VALUE=DATE:20250901") && has(bar, "DTEND;VALUE=DATE:20260901"));
    titled(&events, "Без даты: 1 мероприятие");
    let skip = render(
        &meta(),
        &rows,
        &RenderOptions {
            fuzzy: FuzzyMode::Skip,
            ..RenderOptions::default()
        },
    );
    // Only what has a settled day: deadline, cancelled, series, pinned.
    assert_clients_agree(&skip, 4);
}

#[test]
fn a_merged_feed_names_each_owner_in_its_own_colour_in_five_clients() {
    let mut rows = plan_rows();
    let mut library = event(
        8,
        "Неделя детской книги",
        "24-28 марта",
        Some(timing(
            TimingKind::Range,
            "2026-03-24",
            "2026-03-28",
            Precision::Day,
        )),
    );
    library.owner = "МУК «Рамешковская ЦБС»".into();
    library.color = Some("steelblue".into());
    rows.push(library);
    for row in rows.iter_mut().take(7) {
        row.color = Some("steelblue".into());
    }
    let rendered = render(&meta(), &rows, &RenderOptions::default());
    assert_clients_agree(&rendered, 8);
    let events = vevents(&rendered.text);
    // Days named to the day: the days the week lasts, exact as on its page (`exact_span`).
    let week = titled(&events, "Неделя детской книги");
    assert!(
        week.iter()
            .any(|l| l.contains("Организатор: МУК «Рамешковская ЦБС»")),
        "{week:#?}"
    );
    assert!(has(week, "STATUS:CONFIRMED"));
    let month = titled(&events, "Октябрь · Литературная гостиная");
    assert!(has(month, "COLOR:steelblue"));
    assert!(
        has(week, "COLOR:darkorange"),
        "the second owner's colour was taken"
    );
}

/// "1 раз в месяц" and "апрель–июнь" as a feed that fits draws them (a VEVENT a month, a
/// marker where the span starts and one where it ends) and as a feed too large for Google
/// folds them (one VEVENT: RRULE, EXDATE and RDATE; the start marker only): five clients
/// read both, and the folded reminder falls on the same working days.
#[test]
fn monthly_reminders_and_end_markers_read_alike_folded_or_not_in_five_clients() {
    let rule = Recurrence {
        freq: Freq::Monthly,
        interval: 1,
        count: None,
        byday: None,
    };
    let monthly = recurring_over("2025-09-01", "2026-08-31", Precision::Month, rule);
    let rows = vec![
        event(1, "Заседание клуба", "1 раз в месяц", Some(monthly)),
        event(
            2,
            "Конкурс чтецов",
            "апрель-июнь",
            Some(timing(
                TimingKind::Range,
                "2026-04-01",
                "2026-06-30",
                Precision::Month,
            )),
        ),
    ];
    let full = render(&meta(), &rows, &RenderOptions::default());
    assert_clients_agree(&full, 11);
    let events = vevents(&full.text);
    titled(&events, "Апрель–июнь\\, окончание · Конкурс чтецов");
    let folded = render(
        &meta(),
        &rows,
        &RenderOptions {
            max_octets: full.text.len() - 1,
            ..RenderOptions::default()
        },
    );
    assert_clients_agree(&folded, 2);
    let events = vevents(&folded.text);
    let club = titled(&events, "1 раз в месяц · Заседание клуба");
    assert!(has(club, "RRULE:FREQ=MONTHLY;UNTIL=20260504"), "{club:#?}");
    assert!(
        has(
            club,
            "EXDATE;VALUE=DATE:20251101,20260101,20260201,20260301,20260501"
        ),
        "{club:#?}"
    );
    assert!(
        has(
            club,
            "RDATE;VALUE=DATE:20251105,20260112,20260202,20260302,20260504"
        ),
        "{club:#?}"
    );
    titled(&events, "Апрель–июнь · Конкурс чтецов");
}
