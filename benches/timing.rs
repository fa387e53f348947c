//! Timing normaliser throughput over a realistic mix of cell texts: every text of the gold
//! collection (seed plans and texts written the way Russian and Vietnamese plans phrase
//! them: months, ranges, dates, parts of months, terms, holidays, deadlines, recurrences,
//! lists, flags, noise and honest unknowns). Reports texts per second on one core.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use plancal::timing::{AcademicYear, Context, normalise};

const GOLD: &str = include_str!("../tests/data/timing_gold.jsonl");

fn texts() -> Vec<(String, AcademicYear)> {
    let mut out: Vec<(String, AcademicYear)> = GOLD
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let year = AcademicYear::parse(v["year"].as_str()?).ok()?;
            Some((v["input"].as_str()?.to_string(), year))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn bench(c: &mut Criterion) {
    let texts = texts();
    assert!(texts.len() >= 200, "{} distinct texts", texts.len());
    let contexts: Vec<Context> = texts.iter().map(|(_, y)| Context::new(*y)).collect();
    let mut group = c.benchmark_group("timing");
    group.throughput(Throughput::Elements(texts.len() as u64));
    group.bench_function(format!("normalise {} distinct texts", texts.len()), |b| {
        b.iter(|| {
            for ((text, _), ctx) in texts.iter().zip(&contexts) {
                black_box(normalise(black_box(text), ctx));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
