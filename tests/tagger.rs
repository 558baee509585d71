//! The learned tagger against CoNLL-2003 (`../shared/corpus/conll_train`, `conll_dev`, or
//! the folder named by `ARTICLE_HIGHLIGHTER_CORPUS`): training is deterministic, and the
//! tagger and the rules keep their CoNLL floors. Without the corpus these tests say they were
//! skipped and pass.

use article_highlighter::eval::{self, FolderReport};
use article_highlighter::tagger::train::{self, Settings};
use article_highlighter::EntityType;
use std::path::PathBuf;

// conll_dev, PERSON + ORG + places F1 (CoNLL's places merged, MISC skipped). Measured with
// `article-highlighter eval [--rules | --tagger] ../shared/corpus/conll_dev`: the rules alone
// 0.766 (ORG 0.490), the product (rules and tagger, `extract`) 0.878 (ORG 0.782), the tagger
// deciding every name 0.887 (ORG 0.797). A single training run moved by a few tenths of a
// point whenever the rules that label its silver training text changed; the mean of six
// runs (`Settings::runs`) moves less, and the floors leave room for it.
const RULES_NAMED_F1: f64 = 0.75;
const PRODUCT_NAMED_F1: f64 = 0.865;
const PRODUCT_ORG_F1: f64 = 0.76;
const TAGGER_NAMED_F1: f64 = 0.875;
const TAGGER_ORG_F1: f64 = 0.78;

mod corpus_folder;

/// The corpus folder `name`, or `None` after saying once that these tests were skipped.
fn corpus_folder(name: &str) -> Option<PathBuf> {
    corpus_folder::corpus_folder(
        name,
        "tests/tagger.rs: SKIPPED the tagger's training and CoNLL floors (CoNLL-2003 and \
         PolNeAR are not in the repository)",
    )
}

/// The same corpus and settings give the same weights, byte for byte. (Whether the committed
/// weights are still what `make train` gives is `make train-check`: a change to the word
/// lists or to the features changes them; the mention rules' reading is frozen in
/// `data/tagger/rule_mentions.tsv`, which this test does not read.)
#[test]
fn training_is_deterministic() {
    let (Some(dir), Some(silver)) = (corpus_folder("conll_train"), corpus_folder("polnear_train"))
    else {
        return;
    };
    let mut docs = train::load_dir(&dir).expect("conll_train loads");
    let labels = std::fs::read_to_string(train::SILVER_LABELS).expect("the silver labels read");
    docs.extend(train::load_silver(&silver, &labels).expect("polnear_train loads"));
    let settings = Settings::default();
    let first = train::train(&docs, settings);
    assert!(first.iter().any(|&w| w != 0), "training learned nothing");
    assert!(
        first == train::train(&docs, settings),
        "two trainings gave different weights"
    );
}

fn dev_report(extractor: fn(&str) -> article_highlighter::Analysis) -> Option<FolderReport> {
    let dir = corpus_folder("conll_dev")?;
    let report = eval::evaluate_dir_with(&dir, extractor).expect("conll_dev loads");
    println!("{report}");
    Some(report)
}

#[test]
fn conll_dev_floors() {
    let Some(rules) = dev_report(article_highlighter::extract_rules) else {
        return;
    };
    assert!(
        rules.named.f1() >= RULES_NAMED_F1,
        "rules: named F1 {:.3}",
        rules.named.f1()
    );
    let product = dev_report(article_highlighter::extract).expect("conll_dev");
    assert!(
        product.named.f1() >= PRODUCT_NAMED_F1,
        "product: named F1 {:.3}",
        product.named.f1()
    );
    let org = product.entity(EntityType::Org).f1();
    assert!(org >= PRODUCT_ORG_F1, "product: ORG F1 {org:.3}");
    let tagger = dev_report(article_highlighter::extract_with_tagger).expect("conll_dev");
    assert!(
        tagger.named.f1() >= TAGGER_NAMED_F1,
        "tagger: named F1 {:.3}",
        tagger.named.f1()
    );
    let org = tagger.entity(EntityType::Org).f1();
    assert!(org >= TAGGER_ORG_F1, "tagger: ORG F1 {org:.3}");
}

/// The tagger may only help the product where the rules are weak: on `gum/` and `uner/`
/// (the news the rules were written for, and news neither was tuned on) the product loses
/// none of the rules' right answers of PERSON, ORG or places, and its PERSON+ORG+places F1
/// is no lower (issue 11). (Not each type's F1: a name the rules read with the wrong span
/// and the wrong type, "Legion" for "501st Legion" as a person, that the tagger retypes
/// rightly, moves a false positive from PERSON to ORG and lowers ORG's F1 by a hair.)
#[test]
fn the_product_is_no_worse_than_the_rules_on_gum_and_uner() {
    for folder in ["gum", "uner"] {
        let Some(dir) = corpus_folder(folder) else {
            return;
        };
        let rules = eval::evaluate_dir_with(&dir, article_highlighter::extract_rules)
            .expect("the folder loads");
        let product =
            eval::evaluate_dir_with(&dir, article_highlighter::extract).expect("the folder loads");
        let rows = [
            (
                "PERSON",
                rules.entity(EntityType::Person),
                product.entity(EntityType::Person),
            ),
            (
                "ORG",
                rules.entity(EntityType::Org),
                product.entity(EntityType::Org),
            ),
            ("places", rules.places, product.places),
        ];
        for (what, r, p) in rows {
            assert!(
                p.tp >= r.tp,
                "{folder} {what}: the product finds {} right, the rules {} (F1 {:.4} against \
                 {:.4})",
                p.tp,
                r.tp,
                p.f1(),
                r.f1()
            );
        }
        assert!(
            product.named.f1() >= rules.named.f1(),
            "{folder}: product named F1 {:.4} below the rules' {:.4}",
            product.named.f1(),
            rules.named.f1()
        );
    }
}
