//! Any UTF-8 text, read against a few academic years, must come back without a panic and
//! with start ≤ end and sorted spans (TIMING.md's invariants).
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancal::timing::{AcademicYear, Context, find_in_sentence, normalise};

fuzz_target!(|text: &str| {
    for first in [1990, 2023, 2025, 2200] {
        let Some(year) = AcademicYear::new(first) else {
            continue;
        };
        let ctx = Context::new(year);
        let timing = normalise(text, &ctx);
        if let (Some(start), Some(end)) = (timing.start, timing.end) {
            assert!(start <= end, "{text:?}: {start} > {end}");
        }
        assert!(timing.spans.windows(2).all(|w| w[0].start <= w[1].start));
        assert!(timing.spans.iter().all(|s| s.start <= s.end));
        if let Some((range, _)) = find_in_sentence(text, &ctx) {
            assert!(text.get(range).is_some());
        }
    }
});
