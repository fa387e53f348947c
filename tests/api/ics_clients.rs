//! Feeds rendered by `plancal::ics` are read the same way by five real calendar clients
//! (ical.js, python icalendar, libical, khal, calcurse), checked by `../shared/tools/ics-check`.
//! The tool is installed by `../shared/tools/install-ics-clients.sh` (CI runs it); a machine
//! without it fails these tests rather than skipping them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveTime;
use plancal::ics::{CalendarMeta, FeedEvent, FuzzyMode, RenderOptions, Rendered, render};
use plancal::plan::{EventStatus, Pinned};
use plancal::timing::{Freq, Lang, Precision, Recurrence, Span, Timing, TimingKind, When};

use crate::feed_fixtures::{date, recurring_over, stamp, timing};

fn recurring(freq: Freq, byday: &[&str], count: Option<u32>) -> Timing {
    let precision = match freq {
        Freq::Daily => Precision::Day,
        Freq::Weekly => Precision::Week,
        Freq::Monthly => Precision::Month,
        Freq::Termly => Precision::Term,
        Freq::Yearly => Precision::Year,
    };
    let rule = Recurrence {
        freq,
        interval: 1,
        count,
        byday: (!byday.is_empty()).then(|| byday.iter().map(|d| d.to_string()).collect()),
    };
    recurring_over("2025-09-01", "2026-05-31", precision, rule)
}

fn multiple(spans: &[(&str, &str)]) -> Timing {
    let spans = spans
        .iter()
        .map(|(a, b)| Span {
            start: date(a),
            end: date(b),
        })
        .collect();
    let when = When::Multiple {
        spans,
        precision: Precision::Month,
    };
    Timing::new("", when)
}

fn pinned_at(day: &str, hh: u32, mm: u32, minutes: u32) -> Pinned {
    Pinned {
        date: date(day),
        end_date: None,
        time: NaiveTime::from_hms_opt(hh, mm, 0),
        duration_minutes: Some(minutes),
    }
}

struct Feed {
    meta: CalendarMeta,
    events: Vec<FeedEvent>,
    next: usize,
}

impl Feed {
    fn new(lang: Lang, name: &str, tz: chrono_tz::Tz) -> Self {
        Feed {
            meta: CalendarMeta {
                name: name.into(),
                description: format!("{name}; 2025-2026, план\r\nвторая строка"),
                lang,
                default_tz: tz,
                refresh_minutes: 360,
                url: Some("https://plancal.example/orgs/demo".into()),
                dtstamp: stamp(),
                feed_key: "orgs/demo.ics".into(),
                ..CalendarMeta::default()
            },
            events: Vec::new(),
            next: 0,
        }
    }

    fn add(&mut self, title: &str, timing_text: &str, when: Option<Timing>) -> &mut FeedEvent {
        self.next += 1;
        let tz = self.meta.default_tz;
        self.events.push(FeedEvent {
            uid: format!("evt-{:04}@plancal.example", self.next),
            sequence: 1,
            created: stamp(),
            last_modified: stamp(),
            title: title.into(),
            timing_text: timing_text.into(),
            when,
            pinned: None,
            status: EventStatus::Planned,
            deleted: false,
            tz,
            location: "Библиотека, зал №2; 2 этаж".into(),
            plan_title: "План совместной работы школы и библиотеки".into(),
            section_title: Some("Раздел 1. Мероприятия".into()),
            responsible: "классные руководители, организатор".into(),
            role_labels: vec!["классные руководители".into(), "организатор".into()],
            people: vec!["Иванова А.А.".into()],
            result: "Участие 80% учащихся".into(),
            notes: "Примечание; с запятой, и \\ обратной чертой".into(),
            agenda: vec!["Открытие".into(), "Викторина".into()],
            categories: vec!["Раздел 1".into(), "Библиотека, ЦБС".into()],
            url: Some(format!("https://plancal.example/events/{}", self.next)),
            color: Some("teal".into()),
            owner: "МОУ «Рамешковская СОШ»".into(),
            ..FeedEvent::default()
        });
        let last = self.events.len() - 1;
        &mut self.events[last]
    }

    fn render(&self, fuzzy: FuzzyMode) -> Rendered {
        render(
            &self.meta,
            &self.events,
            &RenderOptions {
                fuzzy,
                ..RenderOptions::default()
            },
        )
    }
}

/// The events every feed below holds, in the language of `words`: all-day, multi-day, fuzzy,
/// recurring, multiple-span, pinned, cancelled, unknown and hostile ones.
/// Returns how many VEVENTs they must become under `FuzzyMode::Auto` and `Span` (the same:
/// the year-long event is the year digest under Auto and a bar under Span).
#[expect(
    clippy::too_many_lines,
    reason = "one list of the feed's events, a call per kind of event"
)]
fn fill(feed: &mut Feed, words: &Words) -> usize {
    let mut expected = 0;
    feed.add(
        words.day,
        "12 апреля",
        Some(timing(
            TimingKind::Date,
            "2026-04-12",
            "2026-04-12",
            Precision::Day,
        )),
    );
    expected += 1;
    feed.add(
        words.days,
        "20-25 сентября",
        Some(timing(
            TimingKind::Range,
            "2025-09-20",
            "2025-09-25",
            Precision::Day,
        )),
    );
    expected += 1;
    feed.add(
        words.month,
        "октябрь",
        Some(timing(
            TimingKind::Range,
            "2025-10-01",
            "2025-10-31",
            Precision::Month,
        )),
    );
    expected += 1;
    feed.add(
        words.range,
        "апрель-июнь",
        Some(timing(
            TimingKind::Range,
            "2026-04-01",
            "2026-06-30",
            Precision::Month,
        )),
    );
    expected += 1;
    feed.add(
        words.year,
        "в течение года",
        Some(timing(
            TimingKind::Range,
            "2025-09-01",
            "2026-08-31",
            Precision::Year,
        )),
    );
    expected += 1;
    feed.add(
        words.monthly,
        "каждый второй понедельник месяца",
        Some(recurring(Freq::Monthly, &["2MO"], None)),
    );
    expected += 1;
    feed.add(
        words.weekly,
        "по вторникам и четвергам",
        Some(recurring(Freq::Weekly, &["TU", "TH"], None)),
    );
    expected += 1;
    feed.add(
        words.monthly,
        "ежемесячно, 5 раз",
        Some(recurring(Freq::Monthly, &[], Some(5))),
    );
    // A reminder on each month's first working day, one VEVENT each.
    expected += 5;
    feed.add(
        words.termly,
        "1 раз в четверть",
        Some(recurring(Freq::Termly, &[], None)),
    );
    expected += words.terms_until_may;
    feed.add(
        words.multiple,
        "сентябрь, январь, май",
        Some(multiple(&[
            ("2025-09-01", "2025-09-30"),
            ("2026-01-01", "2026-01-31"),
            ("2026-05-01", "2026-05-31"),
        ])),
    );
    expected += 3;
    feed.add(words.meeting, "ноябрь", None).pinned = Some(pinned_at("2025-11-14", 10, 0, 90));
    expected += 1;
    let berlin = feed.add(words.meeting, "март", None);
    berlin.tz = chrono_tz::Europe::Berlin;
    berlin.pinned = Some(pinned_at("2026-03-29", 10, 30, 60));
    expected += 1;
    let new_york = feed.add(words.meeting, "ноябрь", None);
    new_york.tz = chrono_tz::America::New_York;
    new_york.pinned = Some(pinned_at("2026-11-02", 9, 0, 45));
    expected += 1;
    feed.add(words.holidays, "осенние каникулы", None).pinned = Some(Pinned {
        date: date("2025-10-27"),
        end_date: Some(date("2025-11-04")),
        time: None,
        duration_minutes: None,
    });
    expected += 1;
    let mut timed = timing(TimingKind::Date, "2025-11-12", "2025-11-12", Precision::Day);
    timed.time = NaiveTime::from_hms_opt(10, 0, 0);
    timed.end_time = NaiveTime::from_hms_opt(13, 0, 0);
    feed.add(words.meeting, "12 ноября 10.00 - 13.00", Some(timed));
    expected += 1;
    feed.add(
        words.cancelled,
        "декабрь",
        Some(timing(
            TimingKind::Range,
            "2025-12-01",
            "2025-12-31",
            Precision::Month,
        )),
    )
    .status = EventStatus::Cancelled;
    expected += 1;
    let deleted = feed.add(
        words.cancelled,
        "5 февраля",
        Some(timing(
            TimingKind::Date,
            "2026-02-05",
            "2026-02-05",
            Precision::Day,
        )),
    );
    deleted.deleted = true;
    deleted.sequence = 4;
    expected += 1;
    feed.add(
        words.day,
        "по согласованию",
        Some(Timing::unknown("по согласованию")),
    );
    feed.add(words.day, "", None);
    // Both undatable events are listed in one digest event at the start of the school year.
    expected += 1;
    let day = || {
        Some(timing(
            TimingKind::Date,
            "2026-03-03",
            "2026-03-03",
            Precision::Day,
        ))
    };
    for title in [
        format!("{}\r\nDESCRIPTION:injected\nX", words.day),
        format!(
            "{}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\nSUMMARY:injected",
            words.day
        ),
        format!("{} ", words.long).repeat(10 * 1024 / words.long.len() + 1),
        format!("🎉 {} 👩‍👩‍👧 ✅", words.day),
        format!("{}; a, b \\ c \\n \\; \t tab \u{7} bell", words.day),
    ] {
        let hostile = feed.add(&title, "3 марта", day());
        hostile.location = "Зал\r\nEND:VCALENDAR".into();
        hostile.notes = "BEGIN:VALARM\nTRIGGER:-PT1H".into();
        hostile.categories.push("a;b,c\\d\r\ne".into());
        hostile.color = Some("red;X=1".into());
        expected += 1;
    }
    expected
}

struct Words {
    day: &'static str,
    days: &'static str,
    month: &'static str,
    range: &'static str,
    year: &'static str,
    monthly: &'static str,
    /// How many reminders "once a term" gives from September to May in the owner's school
    /// year: a Russian четверть is three months (September, December, March), a Vietnamese
    /// học kỳ five (September, February).
    terms_until_may: usize,
    weekly: &'static str,
    termly: &'static str,
    multiple: &'static str,
    meeting: &'static str,
    holidays: &'static str,
    cancelled: &'static str,
    long: &'static str,
}

const RU: Words = Words {
    day: "Литературная гостиная",
    days: "Неделя детской книги",
    month: "Экскурсия в библиотеку",
    range: "Литературный конкурс имени Ф.Н. Глинки",
    year: "Участие в районных мероприятиях",
    monthly: "Заседание методического объединения",
    terms_until_may: 3,
    weekly: "Кружок «Юный читатель»",
    termly: "Выставка творческих работ",
    multiple: "Книжная выставка к юбилеям писателей",
    meeting: "Родительское собрание",
    holidays: "Квизы и игры на осенних каникулах",
    cancelled: "Отменённое мероприятие",
    long: "Всероссийская олимпиада школьников по литературе — школьный этап ёжиков",
};

const VI: Words = Words {
    day: "Ngày hội đọc sách",
    days: "Tuần lễ học tập suốt đời",
    month: "Tham quan thư viện tỉnh",
    range: "Cuộc thi Đại sứ văn hóa đọc",
    year: "Tham gia các hoạt động của huyện",
    monthly: "Sinh hoạt tổ chuyên môn",
    terms_until_may: 2,
    weekly: "Câu lạc bộ đọc sách",
    termly: "Triển lãm sản phẩm học tập",
    multiple: "Trưng bày sách theo chủ đề",
    meeting: "Họp phụ huynh học sinh",
    holidays: "Hoạt động trải nghiệm dịp nghỉ lễ",
    cancelled: "Hoạt động đã hủy",
    long: "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam — thư viện trường học thân thiện",
};

/// `../shared/tools/ics-check` beside the repository, or the path in `ICS_CHECK`.
fn ics_check() -> PathBuf {
    std::env::var_os("ICS_CHECK").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/ics-check"),
        PathBuf::from,
    )
}

/// Writes the feed to a temp file and asks the five clients; panics with their output.
fn assert_clients_agree(rendered: &Rendered, expected: usize) {
    assert_eq!(rendered.vevents, expected, "VEVENTs the renderer counted");
    assert_eq!(
        rendered.text.matches("BEGIN:VEVENT\r\n").count(),
        expected,
        "VEVENT blocks in the text"
    );
    let tool = ics_check();
    let installed = tool
        .parent()
        .is_some_and(|dir| dir.join(".deps/VERSIONS").exists());
    assert!(
        tool.exists() && installed,
        "{} or its clients are missing: run ../shared/tools/install-ics-clients.sh (CI installs them)",
        tool.display()
    );
    let mut file = tempfile::Builder::new()
        .suffix(".ics")
        .tempfile()
        .unwrap_or_else(|e| panic!("temp file: {e}"));
    file.write_all(rendered.text.as_bytes())
        .unwrap_or_else(|e| panic!("writing the feed: {e}"));
    let output = Command::new(&tool)
        .arg(file.path())
        .arg("--expect-events")
        .arg(expected.to_string())
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "running {}: {e}; run ../shared/tools/install-ics-clients.sh",
                tool.display()
            )
        });
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "ics-check failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    assert!(
        stdout.contains(&format!("ok, 5 clients agree on {expected} events")),
        "unexpected verdict:\n{stdout}\n{stderr}"
    );
}

#[test]
fn a_russian_feed_reads_the_same_in_five_clients() {
    let mut feed = Feed::new(
        Lang::Ru,
        "МОУ «Рамешковская СОШ» — классные руководители",
        chrono_tz::Europe::Moscow,
    );
    let expected = fill(&mut feed, &RU);
    let rendered = feed.render(FuzzyMode::Auto);
    let text = rendered.text.replace("\r\n ", "");
    assert!(
        text.contains("SUMMARY:Апрель–июнь\\, начало · Литературный конкурс имени Ф.Н. Глинки\r\n"),
        "an inexact date leads its title with its months"
    );
    // Auto marks "апрель-июнь" where it ends too, on Tuesday 30 June.
    assert!(text.contains(
        "DTSTART;VALUE=DATE:20260630\r\nDTEND;VALUE=DATE:20260701\r\nSUMMARY:Апрель–июнь\\, окончание · Литературный конкурс"
    ), "{text}");
    assert_clients_agree(&rendered, expected + 1);
}

#[test]
fn a_vietnamese_feed_with_fuzzy_spans_drawn_whole_reads_the_same_in_five_clients() {
    let mut feed = Feed::new(
        Lang::Vi,
        "Trường THCS Nguyễn Du — giáo viên chủ nhiệm",
        chrono_tz::Asia::Ho_Chi_Minh,
    );
    let expected = fill(&mut feed, &VI);
    let rendered = feed.render(FuzzyMode::Span);
    assert!(
        rendered
            .text
            .replace("\r\n ", "")
            .contains("SUMMARY:Tháng 4–6 · Cuộc thi Đại sứ văn hóa đọc\r\n"),
        "an inexact date leads its title with its months, in the feed's language"
    );
    assert_clients_agree(&rendered, expected);
}

#[test]
fn fuzzy_markers_and_skipping_keep_the_clients_in_agreement() {
    let mut feed = Feed::new(Lang::En, "Demo school", chrono_tz::Europe::Berlin);
    fill(&mut feed, &RU);
    let start = feed.render(FuzzyMode::Start);
    let skip = feed.render(FuzzyMode::Skip);
    assert!(
        skip.vevents < start.vevents,
        "skip leaves inexact events out"
    );
    assert_clients_agree(&start, start.vevents);
    assert_clients_agree(&skip, skip.vevents);
}
