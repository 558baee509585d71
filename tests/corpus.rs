//! Regression floors on the gold corpus (`../shared/corpus` beside the crate, or the folder
//! named by `ARTICLE_HIGHLIGHTER_CORPUS`). The corpus is not part of the repository (its texts
//! may not be redistributed): on a clone without it these tests are skipped, saying so on one
//! line; a folder named by `ARTICLE_HIGHLIGHTER_CORPUS` that is missing fails. Also here, as it
//! needs the seed: no file of the repository holds the seed article's text.
//!
//! `cargo test --release --test corpus -- --nocapture` prints every report;
//! `cargo run --release -- eval DIR --errors` lists the mistakes behind a number.

use article_highlighter::eval::{self, FolderReport, MistakeKind, Prf};
use article_highlighter::eval_polnear::{self, MissKind};
use article_highlighter::EntityType;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Once;

// Floors are what the extractor measurably reaches (`article-highlighter eval DIR`), a
// little below the measured figure so that only a real regression fails. Where a floor is
// under the target, the comment says why (see the README's evaluation section).

// seed/: the project's reference article. These are the targets, all met.
const SEED_QUOTES: usize = 15;
const SEED_QUOTES_FOUND: usize = 15;
const SEED_SPURIOUS_QUOTES_MAX: usize = 0;
const SEED_SPEAKERS: usize = 13;
const SEED_SPEAKERS_CORRECT: usize = 13;
const SEED_ENTITY_F1: EntityFloors = EntityFloors {
    person: 0.95,
    org: 0.95,
    places: 0.95,
};

// gum/: 24 Wikinews articles. Quote F1 and the PERSON, ORG and places F1 meet the targets
// (0.92, 0.80).
// Speaker accuracy (issue 12's target 0.88; measured 101/114 = 0.886) can reach at most
// 106/114 = 0.930 with this gold: 8 gold quotations with a speaker have no quotation mark on
// either side in the text (pull quotes, a statement and its fragments GUM marks in XML only).
// (The 3 speakers spelled differently in the text than in the gold, "Ms Bauchtman" for Lydia
// Buchtmann twice and "Water said" for Kathryn Waters, are read as those people since a
// family name misspelt by a letter or two is merged with the person: src/entities.rs.) The
// rest of the gap (5 of 114) is real: speakers implied by a document ("an internal letter
// seen by Sky News says", "a message stating"), questions quoted from a questionnaire, a
// paper named "the i" that is not found as a name, and "Secunia.com," whose report goes on
// past a semicolon.
const GUM_QUOTE_F1: f64 = 0.95;
const GUM_SPEAKER_ACCURACY: f64 = 0.88;
// PERSON: a bare unknown word inside a sentence counts as a person ("the trial of Jutting"):
// that lifted uner's PERSON F1 from 0.77 to 0.82 and cost GUM 0.017 (products and
// Hong Kong party names read as people).
// Measured after the church, campus, agency, vehicle and plural rules: PERSON 0.848,
// ORG 0.805, places 0.929.
const GUM_ENTITY_F1: EntityFloors = EntityFloors {
    person: 0.84,
    org: 0.80,
    places: 0.92,
};

// uner/: news sentences, entities only; silver-ish gold (see the corpus README). Below the
// 0.80 target: UNER labels countries acting as agents ORG where the seed and GUM golds say
// GPE (read as GPE: places 0.854, ORG 0.717; `scripts/gold_audit.py`). PERSON meets it.
// Measured: PERSON 0.846, ORG 0.669, places 0.774.
const UNER_ENTITY_F1: EntityFloors = EntityFloors {
    person: 0.84,
    org: 0.66,
    places: 0.77,
};

// polnear_dev/: PolNeAR's development split, 84 US political news articles (2015–16) with
// the source of every direct quotation (`src/eval_polnear.rs` scores it). The named
// 0.92 and resolved 0.85 are met; for descriptive 0.90 and 0.70 and precision 0.97, see the
// README's evaluation section. Precision counts headline quotations in single marks, which
// the gold never pairs, as misses (29 of the 40); resolved pronouns count the corpus's
// he/she resolved without a gender check, and keeps a writer's misspelling of a name, which
// the entity stage reads as the person (2 of the misses). Measured: named 0.927 (with the
// fallback ranker of src/speakers/fallback.rs), resolved 0.860 (the he/she ranker of
// src/speakers/pronouns.rs), descriptive given no name 0.714, with speaker_text on the source
// 0.512, found 1.000, precision 0.956. (Descriptive was 0.726 until "Donald Trump's claim that
// there have been “thousands of shootings”" became Trump's: PolNeAR's gold keeps the
// possessive phrase as a descriptive source, where our convention names the person.)
const POLNEAR_DEV: PolnearFloors = PolnearFloors {
    named: 0.91,
    resolved: 0.84,
    descriptive_unnamed: 0.70,
    descriptive_on_source: 0.47,
    found: 0.99,
    precision: 0.95,
};

/// Floors for the PolNeAR measures.
struct PolnearFloors {
    named: f64,
    resolved: f64,
    descriptive_unnamed: f64,
    descriptive_on_source: f64,
    found: f64,
    precision: f64,
}

/// F1 floors for the three entity groups the issue measures.
struct EntityFloors {
    person: f64,
    org: f64,
    places: f64,
}

/// The corpus folder, or `None` (after saying so once) when the default `../shared/corpus` is
/// not there.
fn corpus_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("ARTICLE_HIGHLIGHTER_CORPUS") {
        let dir = PathBuf::from(dir);
        assert!(
            dir.is_dir(),
            "ARTICLE_HIGHLIGHTER_CORPUS names {}, which is not a folder",
            dir.display()
        );
        return Some(dir);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        return Some(dir);
    }
    static SAID: Once = Once::new();
    SAID.call_once(|| {
        // Straight to standard error: the test harness captures `eprintln!` of passing tests.
        let _ = writeln!(
            std::io::stderr(),
            "tests/corpus.rs: SKIPPED the corpus floors (seed, gum, uner) and the seed-text \
             check: no ../shared/corpus beside the crate (set ARTICLE_HIGHLIGHTER_CORPUS to run \
             them)"
        );
    });
    None
}

/// Evaluates one corpus folder and prints its report (shown with `--nocapture`).
fn report(corpus: &Path, folder: &str) -> FolderReport {
    let dir = corpus.join(folder);
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

    fn entity_f1(&mut self, report: &FolderReport, floors: &EntityFloors) {
        let rows: [(&str, Prf, f64); 3] = [
            (
                "PERSON F1",
                report.entity(EntityType::Person),
                floors.person,
            ),
            ("ORG F1", report.entity(EntityType::Org), floors.org),
            ("places F1", report.places, floors.places),
        ];
        for (what, prf, floor) in rows {
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
    let Some(corpus) = corpus_dir() else { return };
    for folder in ["seed", "gum", "uner", "uner_wiki"] {
        let report = report(&corpus, folder);
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
    let seed = eval::load_dir(&corpus.join("seed")).expect("seed loads");
    let quotes: Vec<_> = seed.iter().flat_map(|d| &d.quotes).collect();
    assert_eq!(quotes.len(), SEED_QUOTES, "seed gold quotes");
    let with_speaker = quotes.iter().filter(|q| q.speaker.is_some()).count();
    assert_eq!(
        with_speaker, SEED_SPEAKERS,
        "seed gold quotes with a speaker"
    );
}

#[test]
fn seed_floors() {
    let Some(corpus) = corpus_dir() else { return };
    let r = report(&corpus, "seed");
    let mut floors = Floors::new("seed");
    floors.at_least("quotes found", r.quotes.tp, SEED_QUOTES_FOUND);
    floors.at_most("spurious quotes", r.quotes.fp, SEED_SPURIOUS_QUOTES_MAX);
    floors.at_least(
        "speakers correct",
        r.speakers.correct,
        SEED_SPEAKERS_CORRECT,
    );
    floors.entity_f1(&r, &SEED_ENTITY_F1);
    floors.check();
}

#[test]
fn gum_floors() {
    let Some(corpus) = corpus_dir() else { return };
    let r = report(&corpus, "gum");
    let mut floors = Floors::new("gum");
    floors.at_least_f("quote F1", r.quotes.f1(), GUM_QUOTE_F1);
    floors.at_least_f(
        "speaker accuracy",
        r.speakers.accuracy(),
        GUM_SPEAKER_ACCURACY,
    );
    floors.entity_f1(&r, &GUM_ENTITY_F1);
    floors.check();
}

#[test]
fn uner_floors() {
    let Some(corpus) = corpus_dir() else { return };
    let r = report(&corpus, "uner");
    let mut floors = Floors::new("uner");
    floors.entity_f1(&r, &UNER_ENTITY_F1);
    floors.check();
}

/// PolNeAR's folders are large and licensed for research use only: a checkout without them
/// skips these floors, saying so, rather than failing.
#[test]
fn polnear_dev_floors() {
    let Some(corpus) = corpus_dir() else { return };
    let dir = corpus.join("polnear_dev");
    if !dir.is_dir() {
        println!("SKIPPED polnear_dev_floors: {} not found", dir.display());
        return;
    }
    let r = eval_polnear::evaluate_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot evaluate corpus folder polnear_dev: {e}"));
    println!("{r}");
    assert!(
        !r.misses.iter().any(|m| m.kind == MissKind::Panic),
        "extractor panicked on polnear_dev"
    );
    let f = &POLNEAR_DEV;
    let mut floors = Floors::new("polnear_dev");
    floors.at_least_f("named sources", r.named.share(), f.named);
    floors.at_least_f("resolved pronoun sources", r.resolved.share(), f.resolved);
    floors.at_least_f(
        "descriptive sources given no name",
        r.descriptive_unnamed.share(),
        f.descriptive_unnamed,
    );
    floors.at_least_f(
        "descriptive sources with speaker_text on the source",
        r.descriptive_described.share(),
        f.descriptive_on_source,
    );
    floors.at_least_f("quotes found", r.found.share(), f.found);
    floors.at_least_f(
        "precision over quoted regions",
        r.on_regions.share(),
        f.precision,
    );
    floors.check();
}

/// The seed article is the project's reference text but not its to give away: no file of the
/// repository (tracked or not, apart from build output and installed packages) holds any of
/// its longer sentences. (`e2e/package.test.mjs` checks the npm tarball the same way.)
#[test]
fn no_file_of_the_repository_holds_the_seed_text() {
    let Some(corpus) = corpus_dir() else { return };
    let seed = std::fs::read_to_string(corpus.join("seed/article.txt")).expect("the seed text");
    // Its sentences of eight words or more: each is the seed's own, found nowhere else.
    let sentences: Vec<&str> = seed
        .split(['.', '\n', '“', '”'])
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 8)
        .collect();
    assert!(sentences.len() >= 10, "the seed splits into sentences");
    let mut holding = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in repository_files(root) {
        let Ok(text) = std::fs::read(&file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&text);
        if let Some(sentence) = sentences.iter().find(|s| text.contains(*s)) {
            holding.push(format!("{}: “{sentence}”", file.display()));
        }
    }
    assert!(
        holding.is_empty(),
        "the seed's text is in the repository:\n  {}",
        holding.join("\n  ")
    );
}

/// Every file under `root`, except build output, installed packages and git's own folder.
fn repository_files(root: &Path) -> Vec<PathBuf> {
    const SKIPPED: [&str; 6] = [
        ".git",
        ".venv",
        "target",
        "node_modules",
        "test-artifacts",
        "fuzz/target",
    ];
    let mut files = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)
            .expect("a readable folder")
            .flatten()
        {
            let path = entry.path();
            let relative = path.strip_prefix(root).unwrap_or(&path);
            if SKIPPED.iter().any(|s| relative == Path::new(s)) {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}
