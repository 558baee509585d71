//! Trains the learned rankers of the speaker stage from PolNeAR's training split and writes
//! their weights: first the fallback for quotations the rules leave without a source
//! (`src/speakers/fallback.rs`), then, with it deciding, the ranker that resolves "he" and
//! "she" (`src/speakers/pronouns.rs`). `make train-speakers`, or
//!
//! ```sh
//! cargo run --release --example train_speakers -- ../shared/corpus/polnear_train \
//!     ../shared/corpus/polnear_dev [--epochs 20] [--seed 12] [--runs 10] \
//!     [--out data/speaker_ranker/weights.tsv] [--out-fallback data/speaker_fallback/weights.tsv]
//! ```
//!
//! The second folder is only measured, never learned from. The same corpus and settings
//! give the same files.

use article_highlighter::eval_polnear::{load_dir, PolnearDocument};
use article_highlighter::speakers::fallback;
use article_highlighter::speakers::perceptron::{Example, Settings, Weights};
use article_highlighter::speakers::pronouns::{self, Coverage};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_speakers: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The examples `of` gives for each of `docs`, with what they hold.
fn examples<C: Default>(
    docs: &[PolnearDocument],
    of: impl Fn(&PolnearDocument, &mut C) -> Vec<Example>,
) -> (Vec<Example>, C) {
    let mut coverage = C::default();
    let out = docs.iter().flat_map(|d| of(d, &mut coverage)).collect();
    (out, coverage)
}

fn report(name: &str, weights: &Weights, examples: &[Example], c: Coverage) -> String {
    let (right, total) = pronouns::accuracy(weights, examples);
    format!(
        "he/she {name}: {} gold resolved quotations, {} attributed through a he/she, {} with \
         the gold among the candidates; the rules right on {}, the ranker on {right} of {total}",
        c.resolved, c.by_pronoun, c.reachable, c.rules_right
    )
}

fn report_fallback(
    name: &str,
    weights: &Weights,
    examples: &[Example],
    c: fallback::Coverage,
) -> String {
    let mut out = format!(
        "fallback {name}: {} quotations left without a source on a gold region: {} named \
         ({} with the gold among the candidates), {} nobody's",
        c.cases, c.named, c.reachable, c.nobody
    );
    for margin in [0, 500, fallback::MARGIN, 1500] {
        let ((right, total), (chosen_right, chosen)) =
            fallback::accuracy(weights, examples, margin);
        out.push_str(&format!(
            "\n  margin {margin}: right on {right} of {total}; an entity chosen {chosen} times, \
             right {chosen_right}"
        ));
    }
    out
}

fn folder(d: &Path) -> String {
    d.file_name()
        .map_or_else(|| d.display().to_string(), |n| n.to_string_lossy().into())
}

fn write(out: &Path, text: &str) -> Result<(), String> {
    std::fs::write(out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

fn run() -> Result<(), String> {
    let mut dirs = Vec::new();
    let mut settings = Settings::default();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut out = PathBuf::from(format!("{data}/speaker_ranker/weights.tsv"));
    let mut out_fallback = PathBuf::from(format!("{data}/speaker_fallback/weights.tsv"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--epochs" => {
                settings.epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?
            }
            "--seed" => settings.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--runs" => settings.runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--out" => out = PathBuf::from(value()?),
            "--out-fallback" => out_fallback = PathBuf::from(value()?),
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    let [train_dir, dev_dir] = dirs.as_slice() else {
        return Err(
            "usage: train_speakers TRAIN_DIR DEV_DIR [--epochs N] [--seed N] [--runs N] \
                    [--out FILE] [--out-fallback FILE]"
                .into(),
        );
    };
    let train_docs = load_dir(train_dir)?;
    let dev_docs = load_dir(dev_dir)?;
    let generated = |what: &str, module: &str| {
        // (Short: the file is compiled into the page every reader downloads; README.md
        // beside it says the rest.)
        format!(
            "{what} (src/speakers/{module}.rs), hundredths; `make train-speakers`, {}, {} \
             epochs, {} runs from seed {}",
            folder(train_dir),
            settings.epochs,
            settings.runs,
            settings.seed
        )
    };

    // The fallback, from the rules' reading; then the he/she ranker, with the fallback
    // deciding. Each is measured on both folders and learned from the first.
    let fallback_of = |d: &PolnearDocument, c: &mut _| fallback::examples(d, c);
    let (train, coverage) = examples(&train_docs, fallback_of);
    let (dev, dev_coverage) = examples(&dev_docs, fallback_of);
    let weights = fallback::train(&train, settings);
    println!("{}", report_fallback("train", &weights, &train, coverage));
    println!("{}", report_fallback("dev", &weights, &dev, dev_coverage));
    let text = weights.to_tsv(&generated("fallback ranker", "fallback"), &fallback::NAMES);
    write(&out_fallback, &text)?;

    let with: &'static Weights = Box::leak(Box::new(weights));
    let pronoun_of = |d: &PolnearDocument, c: &mut _| pronouns::examples(d, Some(with), c);
    let (train, coverage) = examples(&train_docs, pronoun_of);
    let (dev, dev_coverage) = examples(&dev_docs, pronoun_of);
    let weights = pronouns::train(&train, settings);
    let lines = [("train", &train, coverage), ("dev", &dev, dev_coverage)]
        .map(|(name, ex, c)| report(name, &weights, ex, c));
    println!("{}", lines.join("\n"));
    let text = weights.to_tsv(&generated("he/she ranker", "pronouns"), &pronouns::NAMES);
    write(&out, &text)
}
