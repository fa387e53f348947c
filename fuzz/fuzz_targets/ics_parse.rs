//! Any bytes as an iCalendar file (an uploaded .ics or a followed partner's feed): the
//! importer answers with a plan or an error naming the line, in bounded time and memory,
//! never a panic; and whatever it reads, the feed writer draws without a panic either.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancal::ics::{CalendarMeta, FeedEvent, RenderOptions, render};
use plancal::import::{ImportOptions, Limits, ics_file};
use plancal::plan::Slug;

fuzz_target!(|data: &[u8]| {
    let options = ImportOptions {
        limits: Limits { max_file_bytes: 1 << 20, max_unpacked_bytes: 8 << 20, max_rows: 2_000 },
        ..ImportOptions::new(Slug::parse("fuzz").unwrap())
    };
    let Ok(doc) = ics_file::parse(data, "feed.ics", &options) else { return };
    let events: Vec<FeedEvent> = doc
        .events
        .into_iter()
        .map(|e| FeedEvent {
            uid: "fuzz@plancal".into(),
            title: e.title,
            timing_text: e.timing,
            when: e.when,
            calendar: e.calendar,
            status: e.status,
            ..FeedEvent::default()
        })
        .collect();
    let _ = render(&CalendarMeta::default(), &events, &RenderOptions::default());
});
