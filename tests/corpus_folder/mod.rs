//! Where the tests that need `../shared/corpus` find a folder of it, shared by
//! `tests/tagger.rs` and `tests/speaker_ranker.rs`.

use std::io::Write;
use std::path::PathBuf;

/// The corpus folder `name` (under the folder named by `ARTICLE_HIGHLIGHTER_CORPUS`, else
/// `../shared/corpus` beside the crate), or `None` after writing `skipped` and the missing
/// path to standard error, once per test binary.
pub fn corpus_folder(name: &str, skipped: &str) -> Option<PathBuf> {
    let root = std::env::var_os("ARTICLE_HIGHLIGHTER_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let dir = root.join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        // Once, straight to standard error: the harness captures what passing tests print.
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            let _ = writeln!(std::io::stderr(), "{skipped}: {} not found", dir.display());
        });
        None
    }
}
