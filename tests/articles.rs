//! Whole news articles outside the evaluation corpus, written for this project with made-up
//! people (`tests/articles/*.txt`; see the README there). Each `NAME.tsv` lists every
//! quotation the article holds, in order: its first words, a tab, and the name of its speaker
//! (`-` for none). The test fails on a quotation missed or invented, or a speaker changed, so
//! a rule fitted to the corpus that breaks ordinary news shows here.

use article_highlighter::extract;
use std::path::Path;

#[test]
fn every_quotation_of_the_articles_has_its_speaker() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut articles = 0;
    let mut failures = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/articles")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        articles += 1;
        let text = std::fs::read_to_string(&path).expect("a readable article");
        let expected = std::fs::read_to_string(path.with_extension("tsv")).expect("its .tsv");
        let expected: Vec<(&str, &str)> = expected
            .lines()
            .map(|line| line.split_once('\t').expect("words<TAB>speaker"))
            .collect();
        let analysis = extract(&text);
        let found: Vec<(String, String)> = analysis
            .quotes
            .iter()
            .map(|q| {
                let speaker = q
                    .speaker
                    .map_or("-", |id| analysis.entities[id].name.as_str());
                (q.span.of(&text).to_string(), speaker.to_string())
            })
            .collect();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if found.len() != expected.len() {
            failures.push(format!(
                "{name}: {} quotations found, {} expected: {found:?}",
                found.len(),
                expected.len()
            ));
            continue;
        }
        for ((quote, speaker), (words, want)) in found.iter().zip(&expected) {
            if !quote
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .starts_with(words)
            {
                failures.push(format!(
                    "{name}: found “{quote}” where “{words} …” was expected"
                ));
            } else if speaker != want {
                failures.push(format!("{name}: “{words} …” said by {speaker}, not {want}"));
            }
        }
    }
    assert!(
        articles >= 8,
        "the articles are missing from {}",
        dir.display()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
