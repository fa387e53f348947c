//! iCalendar rendering time for feeds of 200, 2,000 and 10,000 realistic events: timings as
//! Russian and Vietnamese plans write them (read by the normaliser before measuring),
//! descriptions with roles, people, agenda and notes, every tenth event pinned to a time in a
//! zone with daylight saving, some cancelled. The target is 10,000 events in ≤ 30 ms.

use std::hint::black_box;

use chrono::{DateTime, Duration, NaiveTime};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use plancal::ics::{CalendarMeta, FeedEvent, RenderOptions, render};
use plancal::plan::{EventStatus, Pinned};
use plancal::timing::{AcademicYear, Context, Lang, normalise};

const TIMINGS: [&str; 16] = [
    "сентябрь",
    "апрель-июнь",
    "12 апреля",
    "20-25 сентября",
    "в течение года",
    "1 раз в четверть",
    "ежемесячно",
    "каждый четверг",
    "сентябрь, январь, май",
    "осенние каникулы",
    "до 15 мая",
    "II полугодие",
    "Tháng 9",
    "Tháng 11/2025",
    "Học kỳ II",
    "по согласованию",
];

const TITLES: [&str; 6] = [
    "Экскурсия в центральную и детскую библиотеки с целью знакомства с профессиями",
    "Совместное участие в мероприятии «Литературная гостиная»",
    "Участие в литературном конкурсе имени Ф.Н. Глинки",
    "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026",
    "Họp phụ huynh học sinh đầu năm học; tổng kết, đánh giá",
    "Новогоднее мероприятие 🎄 для 5-7 классов",
];

fn events(n: usize) -> Vec<FeedEvent> {
    let year = AcademicYear::new(2025).unwrap_or_else(|| panic!("academic year 2025"));
    let ctx = Context::new(year);
    let timings: Vec<_> = TIMINGS.iter().map(|t| normalise(t, &ctx)).collect();
    let base = DateTime::from_timestamp(1_760_000_000, 0).unwrap_or_default();
    (0..n)
        .zip(0u32..)
        .map(|(i, k)| {
            let when = timings[i % timings.len()].clone();
            let pinned = (i % 10 == 0).then(|| Pinned {
                date: year.start() + Duration::days(i64::from(k % 270)),
                end_date: None,
                time: NaiveTime::from_hms_opt(9 + k % 8, 30, 0),
                duration_minutes: Some(90),
            });
            FeedEvent {
                uid: format!("{i:08x}-plan-event@plancal.example"),
                sequence: i32::try_from(k % 3).unwrap_or_default(),
                created: base,
                last_modified: base + Duration::minutes(i64::from(k)),
                title: format!("{} №{i}", TITLES[i % TITLES.len()]),
                timing_text: when.input.clone(),
                when: Some(when),
                pinned,
                status: if i % 50 == 0 {
                    EventStatus::Cancelled
                } else {
                    EventStatus::Planned
                },
                deleted: false,
                tz: if i % 20 == 0 {
                    chrono_tz::Europe::Berlin
                } else {
                    chrono_tz::Europe::Moscow
                },
                location: "МУК «Рамешковская ЦБС», читальный зал".into(),
                plan_title: "План совместной работы МОУ «Рамешковская СОШ» и МУК «Рамешковская ЦБС» на 2025 – 2026 учебный год".into(),
                section_title: Some("Раздел 2. Массовые мероприятия".into()),
                responsible: "работники библиотеки, организатор, классные руководители".into(),
                role_labels: vec![
                    "работники библиотеки".into(),
                    "организатор".into(),
                    "классные руководители".into(),
                ],
                people: vec!["Иванова Анна Андреевна".into()],
                result: "Повышение интереса к чтению".into(),
                notes: if i % 4 == 0 {
                    "Запись по телефону; вход свободный".into()
                } else {
                    String::new()
                },
                agenda: if i % 7 == 0 {
                    vec!["Открытие".into(), "Викторина".into(), "Награждение".into()]
                } else {
                    Vec::new()
                },
                categories: vec!["Массовые мероприятия".into(), "МУК «Рамешковская ЦБС»".into()],
                url: Some(format!("https://plancal.example/events/{i}")),
                color: Some("teal".into()),
                owner: "МОУ «Рамешковская СОШ»".into(),
                ..FeedEvent::default()
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let meta = CalendarMeta {
        name: "МОУ «Рамешковская СОШ» — все планы".into(),
        description: "Планы школы и партнёров на 2025-2026 учебный год".into(),
        lang: Lang::Ru,
        default_tz: chrono_tz::Europe::Moscow,
        refresh_minutes: 360,
        url: Some("https://plancal.example/orgs/rameshki".into()),
        dtstamp: DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default(),
        feed_key: "orgs/rameshki/merged.ics".into(),
        ..CalendarMeta::default()
    };
    let opts = RenderOptions::default();
    let mut group = c.benchmark_group("ics");
    for n in [200, 2_000, 10_000] {
        let events = events(n);
        // The size is a target too: Google stops reading a feed past about 1 MB.
        let octets = render(&meta, &events, &opts).text.len();
        println!("ics: {n} events render to {octets} octets");
        group.throughput(Throughput::Elements(n as u64));
        if n == 10_000 {
            group.sample_size(30);
        }
        group.bench_function(format!("render {n} events"), |b| {
            b.iter(|| black_box(render(&meta, black_box(&events), &opts)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
