//! The he/she ranker (`src/speakers/pronouns.rs`) and the fallback for quotations without a
//! source (`src/speakers/fallback.rs`) against PolNeAR's training split
//! (`../shared/corpus/polnear_train`, or under the folder named by
//! `ARTICLE_HIGHLIGHTER_CORPUS`): training is deterministic and learns to rank better than
//! the rules alone, or than "nobody" always. Without the corpus these tests say they were
//! skipped and pass.

use article_highlighter::eval_polnear::load_dir;
use article_highlighter::speakers::fallback;
use article_highlighter::speakers::pronouns::{self, Coverage, Settings};
use std::path::PathBuf;

mod corpus_folder;

/// The corpus folder `name`, or `None` after saying once that these tests were skipped.
fn corpus_folder(name: &str) -> Option<PathBuf> {
    corpus_folder::corpus_folder(
        name,
        "tests/speaker_ranker.rs: SKIPPED the speaker rankers' training (PolNeAR is not in the \
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
        examples.extend(pronouns::examples(&doc, None, &mut coverage));
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

/// The fallback: the same corpus and settings give the same weights; with them, more of the
/// quotations the rules leave without a source are decided right than by "nobody" always,
/// and most of the entities it names are right.
#[test]
fn fallback_training_is_deterministic_and_beats_nobody() {
    let Some(dir) = corpus_folder("polnear_train") else {
        return;
    };
    let mut coverage = fallback::Coverage::default();
    let mut examples = Vec::new();
    for doc in load_dir(&dir).expect("polnear_train loads") {
        examples.extend(fallback::examples(&doc, &mut coverage));
    }
    assert!(examples.len() > 500, "{coverage:?}");
    let first = fallback::train(&examples, Settings::default());
    assert_eq!(
        first,
        fallback::train(&examples, Settings::default()),
        "two trainings gave different weights"
    );
    let ((right, total), (chosen_right, chosen)) =
        fallback::accuracy(&first, &examples, fallback::MARGIN);
    let nobody = examples.iter().filter(|ex| ex.gold[0]).count();
    assert!(
        right > nobody && chosen > 0 && chosen_right * 10 >= chosen * 6,
        "right on {right} of {total} (nobody: {nobody}); entities right {chosen_right} of {chosen}"
    );
}
