//! Trains the entity tagger (`src/tagger.rs`) from CoNLL-2003's training split (gold) and
//! a third of PolNeAR's training texts read by the rules (silver, `--silver`), and writes its
//! weights: `make train`, or
//!
//! ```sh
//! cargo run --release --example train_tagger -- ../shared/corpus/conll_train \
//!     ../shared/corpus/conll_dev --silver ../shared/corpus/polnear_train \
//!     [--bits 16] [--epochs 8] [--out data/tagger/model.bin]
//! ```
//!
//! The silver documents' labels are those of `data/tagger/silver.tsv` (`--silver-labels
//! FILE` for another), read against the texts of `--silver`; `make silver`, i.e.
//! `train_tagger --silver ../shared/corpus/polnear_train --write-silver data/tagger/silver.tsv`,
//! writes them again from the rules of the day, and trains nothing.
//!
//! The model's features read the mention rules' reading of each training text as
//! `data/tagger/rule_mentions.tsv` froze it (`--rule-mentions FILE` for another,
//! `--live-rules` for the rules of the day), so that a change to the rules does not retrain
//! the model; `train_tagger TRAIN_DIR --silver DIR --write-rules FILE` (the second step of
//! `make silver`) writes it again, and trains nothing.
//!
//! Prints the development split's scores (exact span and label, MISC included). The same
//! corpus and settings give the same bytes.

use article_highlighter::tagger::train::{self, Settings};
use article_highlighter::tagger::Model;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_tagger: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut dirs = Vec::new();
    let mut settings = Settings::default();
    let mut out = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/tagger/model.bin"
    ));
    let mut silver = None;
    let mut silver_labels = PathBuf::from(train::SILVER_LABELS);
    let mut write_silver = None;
    let mut rule_mentions = Some(PathBuf::from(train::RULE_MENTIONS));
    let mut write_rules = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--bits" => settings.bits = value()?.parse().map_err(|e| format!("--bits: {e}"))?,
            "--epochs" => {
                settings.epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?
            }
            "--seed" => settings.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--runs" => settings.runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--prune" => settings.prune = value()?.parse().map_err(|e| format!("--prune: {e}"))?,
            "--levels" => {
                settings.levels = value()?.parse().map_err(|e| format!("--levels: {e}"))?
            }
            "--word-dropout" => {
                settings.word_dropout = value()?
                    .parse()
                    .map_err(|e| format!("--word-dropout: {e}"))?
            }
            "--out" => out = PathBuf::from(value()?),
            "--silver" => silver = Some(PathBuf::from(value()?)),
            "--silver-labels" => silver_labels = PathBuf::from(value()?),
            "--write-silver" => write_silver = Some(PathBuf::from(value()?)),
            "--rule-mentions" => rule_mentions = Some(PathBuf::from(value()?)),
            "--live-rules" => rule_mentions = None,
            "--write-rules" => write_rules = Some(PathBuf::from(value()?)),
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    if let Some(file) = write_silver {
        let dir = silver.ok_or("--write-silver needs --silver DIR")?;
        let docs = train::load_silver_dir(&dir, train::SILVER_EVERY)?;
        let header = format!(
            "# Silver labels of the entity tagger (data/tagger/README.md): the names the rules \
             alone read\n# in one document of every {} of {} (`make silver`). A document a line: \
             its id, the FNV-1a\n# of its text, its names as start:end:label (byte offsets; \
             P person, G organisation, L place, M other).\n",
            train::SILVER_EVERY,
            folder_name(&dir),
        );
        let body = train::silver_labels_file(&docs);
        return write_data(&file, &header, &body, "silver labels", docs.len());
    }
    if let Some(file) = write_rules {
        let [train_dir] = dirs.as_slice() else {
            return Err("usage: train_tagger TRAIN_DIR --silver DIR --write-rules FILE".into());
        };
        let (docs, _) = training_documents(train_dir, silver.as_deref(), &silver_labels)?;
        let header = format!(
            "# The mention rules' reading of the entity tagger's training documents \
             (data/tagger/README.md,\n# `make silver`): {} and the silver documents of \
             silver.tsv. A document a line: its id, the\n# FNV-1a of its text, its mentions \
             as start:end:type (byte offsets; the type's label, - when\n# untyped, ? after \
             it when guessed from the words' shape alone).\n",
            folder_name(train_dir),
        );
        let body = train::rule_mentions_file(&docs);
        return write_data(&file, &header, &body, "rule mentions", docs.len());
    }
    let [train_dir, dev_dir] = dirs.as_slice() else {
        return Err(
            "usage: train_tagger TRAIN_DIR DEV_DIR [--bits N] [--epochs N] [--seed N] [--out FILE]"
                .into(),
        );
    };
    let (mut train_docs, gold_docs) =
        training_documents(train_dir, silver.as_deref(), &silver_labels)?;
    if let Some(file) = &rule_mentions {
        let frozen = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        train::freeze_rules(&mut train_docs, &frozen)?;
    }
    let dev_docs = train::load_dir(dev_dir)?;
    let weights = train::train(&train_docs, settings);
    let bytes = Model::to_bytes(settings.bits, &weights);
    let model = Model::from_bytes(&bytes)?;
    let (tp, predicted, gold) = train::span_scores(&model, &dev_docs);
    let (p, r) = (
        tp as f64 / predicted.max(1) as f64,
        tp as f64 / gold.max(1) as f64,
    );
    let f1 = 2.0 * p * r / (p + r).max(f64::MIN_POSITIVE);
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "trained on {gold_docs} gold documents ({}) and {} silver ones, {} epochs, 2^{} rows; wrote {} ({} bytes)",
        train_dir.display(),
        train_docs.len() - gold_docs,
        settings.epochs,
        settings.bits,
        out.display(),
        bytes.len()
    );
    println!(
        "{}: P {:.4} R {:.4} F1 {:.4} (exact span and label, MISC included; {tp}/{predicted} predicted, {gold} gold)",
        dev_dir.display(),
        p,
        r,
        f1
    );
    Ok(())
}

/// The gold documents of `train_dir`, then the silver ones of `silver` with the labels of
/// the file `silver_labels`; and how many are gold.
fn training_documents(
    train_dir: &Path,
    silver: Option<&Path>,
    silver_labels: &Path,
) -> Result<(Vec<train::GoldText>, usize), String> {
    let mut docs = train::load_dir(train_dir)?;
    let gold = docs.len();
    if let Some(dir) = silver {
        let labels = std::fs::read_to_string(silver_labels)
            .map_err(|e| format!("cannot read {}: {e}", silver_labels.display()))?;
        docs.extend(train::load_silver(dir, &labels)?);
    }
    Ok((docs, gold))
}

/// The last component of `dir`, for a data file's header.
fn folder_name(dir: &Path) -> String {
    dir.file_name()
        .map_or(dir.display().to_string(), |n| n.to_string_lossy().into())
}

/// Writes `header` and `body` to `file` and says so: `what` of `count` documents.
fn write_data(
    file: &Path,
    header: &str,
    body: &str,
    what: &str,
    count: usize,
) -> Result<(), String> {
    std::fs::write(file, format!("{header}{body}"))
        .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    println!(
        "wrote the {what} of {count} documents to {}",
        file.display()
    );
    Ok(())
}
