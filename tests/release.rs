//! What a release needs besides the code: one version number for the crate and the npm
//! package (wasm-pack takes it from `Cargo.toml`; `e2e/npm.test.mjs` checks the built
//! package), a changelog section for it, the licence, and a notice naming every licence text
//! of the data compiled in.

use std::path::Path;

fn read(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn the_changelog_has_a_section_for_this_version() {
    let version = env!("CARGO_PKG_VERSION");
    let changelog = read("CHANGELOG.md");
    assert!(
        changelog
            .lines()
            .any(|l| l.starts_with(&format!("## {version} ")) || l == format!("## {version}")),
        "CHANGELOG.md has no \"## {version}\" section"
    );
}

#[test]
fn no_other_version_number_is_written_down() {
    // The dev package.json is private and has none: the npm package's is the crate's.
    let dev: serde_json::Value = serde_json::from_str(&read("package.json")).expect("JSON");
    assert_eq!(dev["private"], true);
    assert!(
        dev.get("version").is_none(),
        "package.json must not carry a version"
    );
}

#[test]
fn the_licence_and_the_notice_cover_every_data_source() {
    assert!(read("LICENSE").starts_with("MIT License"));
    let notice = read("NOTICE.md");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/licenses");
    for entry in std::fs::read_dir(dir).expect("data/licenses") {
        let name = entry.expect("an entry").file_name();
        let source = name.to_string_lossy();
        // "world-countries-ODbL-1.0.txt" is the licence of world-countries; "SCOWL-Copyright.txt"
        // of SCOWL: the lower-case words before the licence's name, or the first word.
        let words: Vec<&str> = source.split('-').collect();
        let lower = words
            .iter()
            .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            .count();
        let package = words[..lower.max(1)].join("-");
        assert!(
            notice.contains(&package),
            "NOTICE.md does not name {package}"
        );
    }
}
