//! Encodes every word list in `data/` (`*.txt`, `*.tsv`) into its compact form
//! (`src/lexicon/codec.rs`) in `OUT_DIR`, where `src/lexicon.rs` includes it. Each encoding is
//! decoded again here and compared with the parsed text, so a list that would not round-trip
//! fails the build instead of changing a look-up.

#[path = "src/lexicon/codec.rs"]
mod codec;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/lexicon/codec.rs");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let mut entries: Vec<_> = std::fs::read_dir("data")
        .expect("data/ is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "tsv")))
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let rows = codec::rows(&source);
        let blob = codec::encode(&rows);
        let (text, decoded) = codec::decode(&blob);
        let round: Vec<(&str, &str)> = decoded
            .iter()
            .map(|r| {
                (
                    &text[r.key.0 as usize..r.key.1 as usize],
                    &text[r.value.0 as usize..r.value.1 as usize],
                )
            })
            .collect();
        assert!(
            round == rows,
            "{}: the compact form does not round-trip",
            path.display()
        );
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        std::fs::write(Path::new(&out).join(format!("{name}.bin")), blob)
            .expect("OUT_DIR is writable");
    }
}
