//! Any text, in any academic year: the normaliser returns, with start ≤ end.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancal::timing::{AcademicYear, Context, find_in_sentence, normalise};

fuzz_target!(|data: &[u8]| {
    let Some((&year, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let Some(year) = AcademicYear::new(2000 + i32::from(year % 120)) else { return };
    let ctx = Context::new(year);
    let t = normalise(&text, &ctx);
    if let (Some(a), Some(b)) = (t.start, t.end) {
        assert!(a <= b, "{text:?}");
    }
    if let Some((range, _)) = find_in_sentence(&text, &ctx) {
        assert!(text.get(range).is_some());
    }
});
