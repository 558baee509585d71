//! `cargo +nightly fuzz run extract`: any text through `extract`, checked by the shared
//! checker of the integration tests (spans, UTF-16 offsets, JSON, HTML).
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The pipeline takes text; bytes that are not UTF-8 are read as the CLI reads them.
    let text = String::from_utf8_lossy(data);
    common::check(&text);
});
