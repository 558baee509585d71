//! Regression floors on the gold corpus (`../shared/corpus` beside the crate, or the folder
//! named by `ARTICLE_HIGHLIGHTER_CORPUS`). A missing corpus fails; it never passes quietly.
//!
//! `cargo test --test corpus -- --include-ignored --nocapture` prints every report;
//! `cargo run --release -- eval DIR --errors` lists the mistakes behind a number.

use article_highlighter::eval::{self, FolderReport, MistakeKind, Prf};
use article_highlighter::EntityType;
use std::path::PathBuf;

// seed/: the project's reference article.
const SEED_QUOTES: usize = 15;
const SEED_QUOTES_FOUND: usize = 15;
const SEED_SPURIOUS_QUOTES_MAX: usize = 0;
const SEED_SPEAKERS: usize = 13;
const SEED_SPEAKERS_CORRECT: usize = 13;
const SEED_ENTITY_F1: f64 = 0.95;

// gum/: 24 Wikinews articles.
const GUM_QUOTE_F1: f64 = 0.92;
const GUM_SPEAKER_ACCURACY: f64 = 0.90;
const GUM_ENTITY_F1: f64 = 0.80;

// uner/: news sentences, entities only.
const UNER_ENTITY_F1: f64 = 0.80;

fn corpus_dir() -> PathBuf {
    let dir = std::env::var_os("ARTICLE_HIGHLIGHTER_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join("shared")
                .join("corpus")
        });
    assert!(
        dir.is_dir(),
        "corpus folder {} not found: put shared/corpus beside the crate or set \
         ARTICLE_HIGHLIGHTER_CORPUS",
        dir.display()
    );
    dir
}

/// Evaluates one corpus folder and prints its report (shown with `--nocapture`).
fn report(folder: &str) -> FolderReport {
    let dir = corpus_dir().join(folder);
    let report = eval::evaluate_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot evaluate corpus folder {folder}: {e}"));
    println!("{report}");
    report
}

/// Collects floor violations so one run shows them all.
struct Floors {
    folder: &'static str,
    failures: Vec<String>,
}

impl Floors {
    fn new(folder: &'static str) -> Self {
        Floors {
            folder,
            failures: Vec::new(),
        }
    }

    fn at_least_f(&mut self, what: &str, value: f64, floor: f64) {
        if value < floor {
            self.failures
                .push(format!("{what} = {value:.3}, floor {floor:.3}"));
        }
    }

    fn at_least(&mut self, what: &str, value: usize, floor: usize) {
        if value < floor {
            self.failures
                .push(format!("{what} = {value}, floor {floor}"));
        }
    }

    fn at_most(&mut self, what: &str, value: usize, ceiling: usize) {
        if value > ceiling {
            self.failures
                .push(format!("{what} = {value}, at most {ceiling} allowed"));
        }
    }

    fn entity_f1(&mut self, report: &FolderReport, floor: f64) {
        let rows: [(&str, Prf); 3] = [
            ("PERSON F1", report.entity(EntityType::Person)),
            ("ORG F1", report.entity(EntityType::Org)),
            ("places F1", report.places),
        ];
        for (what, prf) in rows {
            self.at_least_f(what, prf.f1(), floor);
        }
    }

    fn check(self) {
        assert!(
            self.failures.is_empty(),
            "{} below its floors (see the report above; `cargo run --release -- eval \
             ../shared/corpus/{} --errors` lists the mistakes):\n  {}",
            self.folder,
            self.folder,
            self.failures.join("\n  ")
        );
    }
}

/// Not ignored: the corpus is there, every file loads and checks, the extractor runs on
/// every document without panicking, and the seed counts the floors assume hold.
#[test]
fn corpus_loads_and_extractor_runs() {
    for folder in ["seed", "gum", "uner", "uner_wiki"] {
        let report = report(folder);
        assert!(report.documents > 0, "{folder}: no documents");
        let panics: Vec<String> = report
            .mistakes
            .iter()
            .filter(|m| m.kind == MistakeKind::Panic)
            .map(|m| format!("{}: {}", m.doc, m.detail))
            .collect();
        assert!(
            panics.is_empty(),
            "extractor panicked:\n{}",
            panics.join("\n")
        );
    }
    let seed = eval::load_dir(&corpus_dir().join("seed")).expect("seed loads");
    let quotes: Vec<_> = seed.iter().flat_map(|d| &d.quotes).collect();
    assert_eq!(quotes.len(), SEED_QUOTES, "seed gold quotes");
    let with_speaker = quotes.iter().filter(|q| q.speaker.is_some()).count();
    assert_eq!(
        with_speaker, SEED_SPEAKERS,
        "seed gold quotes with a speaker"
    );
}

#[test]
#[ignore = "floors: enabled when the extractor lands"]
fn seed_floors() {
    let r = report("seed");
    let mut floors = Floors::new("seed");
    floors.at_least("quotes found", r.quotes.tp, SEED_QUOTES_FOUND);
    floors.at_most("spurious quotes", r.quotes.fp, SEED_SPURIOUS_QUOTES_MAX);
    floors.at_least(
        "speakers correct",
        r.speakers.correct,
        SEED_SPEAKERS_CORRECT,
    );
    floors.entity_f1(&r, SEED_ENTITY_F1);
    floors.check();
}

#[test]
#[ignore = "floors: enabled when the extractor lands"]
fn gum_floors() {
    let r = report("gum");
    let mut floors = Floors::new("gum");
    floors.at_least_f("quote F1", r.quotes.f1(), GUM_QUOTE_F1);
    floors.at_least_f(
        "speaker accuracy",
        r.speakers.accuracy(),
        GUM_SPEAKER_ACCURACY,
    );
    floors.entity_f1(&r, GUM_ENTITY_F1);
    floors.check();
}

#[test]
#[ignore = "floors: enabled when the extractor lands"]
fn uner_floors() {
    let r = report("uner");
    let mut floors = Floors::new("uner");
    floors.entity_f1(&r, UNER_ENTITY_F1);
    floors.check();
}
