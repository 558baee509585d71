//! The bundled example article (`www/example.txt`, the page's "Load example"), written for the
//! project with invented people, organisations and places, against its gold annotations
//! (`tests/example/example.json`, made by `scripts/example_gold.py`): every entity mention,
//! every quotation and every speaker, with nothing missed or invented. The article gathers
//! the cases ordinary news is made of (quote-first and inverted cues, pronouns, a quotation
//! running over two paragraphs, one-word partial quotations, an organisation speaking, scare
//! quotes, short names, apostrophes that are not quotation marks), so unlike the corpus floors
//! this runs on every clone.

use article_highlighter::eval;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_gold_is_of_the_page_example() {
    let gold = eval::load_dir(&root().join("tests/example")).expect("the example's gold loads");
    let page = std::fs::read_to_string(root().join("www/example.txt")).expect("www/example.txt");
    assert_eq!(gold.len(), 1, "one gold document");
    assert_eq!(
        gold[0].text, page,
        "tests/example/example.json is not of www/example.txt: run scripts/example_gold.py"
    );
    assert!(gold[0].quotes_annotated);
    assert!(gold[0].quotes.len() >= 15 && gold[0].entities.len() >= 40);
}

#[test]
fn every_mention_quotation_and_speaker_of_the_example_is_right() {
    let report = eval::evaluate_dir(&root().join("tests/example")).expect("the example evaluates");
    assert!(report.mistakes.is_empty(), "{report}\n{}", report.errors());
    assert_eq!(report.quotes.fp + report.quotes.fn_, 0);
    assert_eq!(report.speakers.correct, report.speakers.total);
    assert_eq!(report.speakers.invented, 0);
}
