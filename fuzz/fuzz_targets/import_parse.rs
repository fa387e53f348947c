//! Any bytes under any file name: the importer answers with a plan or an error, in bounded
//! time and memory, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancal::import::{ImportOptions, Limits, parse};
use plancal::plan::Slug;

const NAMES: [&str; 6] = ["plan.docx", "plan.txt", "plan.csv", "plan.xlsx", "plan.ods", "plan"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let options = ImportOptions {
        limits: Limits { max_file_bytes: 1 << 20, max_unpacked_bytes: 8 << 20, max_rows: 2_000 },
        ..ImportOptions::new(Slug::parse("fuzz").unwrap())
    };
    let _ = parse(bytes, NAMES[usize::from(pick) % NAMES.len()], &options);
});
