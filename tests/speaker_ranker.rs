//! The he/she ranker (`src/speakers/pronouns.rs`) against PolNeAR's training split
//! (`../shared/corpus/polnear_train`, or under the folder named by
//! `ARTICLE_HIGHLIGHTER_CORPUS`): training is deterministic and learns to rank better than
//! the rules alone. Without the corpus these tests say they were skipped and pass.

use article_highlighter::eval_polnear::load_dir;
use article_highlighter::speakers::pronouns::{self, Coverage, Settings};
use std::path::PathBuf;

mod corpus_folder;

/// The corpus folder `name`, or `None` after saying once that these tests were skipped.
fn corpus_folder(name: &str) -> Option<PathBuf> {
    corpus_folder::corpus_folder(
        name,
        "tests/speaker_ranker.rs: SKIPPED the he/she ranker's training (PolNeAR is not in the \
         repository)",
    )
}

/// The same corpus and settings give the same weights, and they put the gold speaker first
/// more often than the rules do. (Whether the committed weights are still what
/// `make train-speakers` gives is `make train-speakers-check`.)
#[test]
fn training_is_deterministic_and_beats_the_rules() {
    let Some(dir) = corpus_folder("polnear_train") else {
        return;
    };
    let mut coverage = Coverage::default();
    let mut examples = Vec::new();
    for doc in load_dir(&dir).expect("polnear_train loads") {
        examples.extend(pronouns::examples(&doc, &mut coverage));
    }
    assert!(examples.len() > 500, "{coverage:?}");
    let first = pronouns::train(&examples, Settings::default());
    assert_eq!(
        first,
        pronouns::train(&examples, Settings::default()),
        "two trainings gave different weights"
    );
    let (right, total) = pronouns::accuracy(&first, &examples);
    assert!(
        right > coverage.rules_right && right * 10 >= total * 9,
        "the ranker {right} of {total}, the rules {}",
        coverage.rules_right
    );
}
