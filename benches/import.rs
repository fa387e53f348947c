//! Import speed: a 500-row DOCX plan (generated with the fixture writer) read and
//! interpreted end to end, timings normalised. Target: well under one second.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use plancal::import::fixtures::docx_from_blocks;
use plancal::import::{Block, Cell, ImportOptions, Paragraph, Table, parse};
use plancal::plan::Slug;

const TIMINGS: [&str; 8] = [
    "сентябрь",
    "20-25 октября",
    "апрель-июнь",
    "в течение года",
    "ежемесячно",
    "до 15 мая",
    "I полугодие",
    "декабрь",
];

fn plan_docx(rows: usize) -> Vec<u8> {
    let cell = |t: String| Cell {
        text: t,
        ..Default::default()
    };
    let mut table = vec![
        [
            "№ п/п",
            "Наименование мероприятия",
            "Сроки",
            "Место проведения",
            "Ответственные",
        ]
        .map(|h| cell(h.to_string()))
        .to_vec(),
    ];
    for i in 0..rows {
        table.push(vec![
            cell(format!("{}.", i + 1)),
            cell(format!("Городской семинар №{i} для школьных библиотекарей «Читательская грамотность»")),
            cell(TIMINGS[i % TIMINGS.len()].to_string()),
            cell("МБУ ЦБС «Центральная детская библиотека имени Сергея Михалкова»".to_string()),
            cell("Труханова С.С. (МАОУ «Пономаревская СОШ»), работники библиотеки, классные руководители".to_string()),
        ]);
    }
    docx_from_blocks(&[
        Block::Paragraph(Paragraph {
            text: "План работы методического объединения на 2025-2026 учебный год".into(),
            ..Default::default()
        }),
        Block::Table(Table { rows: table }),
    ])
}

fn bench(c: &mut Criterion) {
    let bytes = plan_docx(500);
    let options = ImportOptions {
        ..ImportOptions::new(Slug::parse("bench").unwrap())
    };
    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Elements(500));
    group.bench_function("500-row DOCX", |b| {
        b.iter(|| {
            let doc = parse(black_box(&bytes), "plan.docx", &options).expect("parses");
            assert_eq!(doc.events.len(), 500);
            black_box(doc)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
