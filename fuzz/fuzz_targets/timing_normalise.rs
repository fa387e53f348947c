//! Any text, in any academic year, with or without a calendar-year or month plan's context:
//! the normaliser returns, with start ≤ end.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancal::timing::{AcademicYear, Context, find_in_sentence, normalise};

fuzz_target!(|data: &[u8]| {
    let Some((&year, rest)) = data.split_first() else { return };
    let Some((&shape, rest)) = rest.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let Some(year) = AcademicYear::new(2000 + i32::from(year % 120)) else { return };
    let first = year.first_year();
    let ctx = Context::new(year)
        .with_calendar_year((shape & 0x80 != 0).then_some(first + i32::from(shape & 1)))
        .with_month((shape & 0x40 != 0).then_some((first, u32::from(shape % 14))));
    let t = normalise(&text, &ctx);
    if let (Some(a), Some(b)) = (t.start(), t.end()) {
        assert!(a <= b, "{text:?}");
    }
    for s in t.spans() {
        assert!(s.start <= s.end, "{text:?}");
    }
    if let Some((range, _)) = find_in_sentence(&text, &ctx) {
        assert!(text.get(range).is_some());
    }
});
