//! Native speed of `extract`, with divan (`make bench`, or `cargo bench --bench extract`).
//!
//! Texts: the seed article (`../shared/corpus/seed/article.txt`, or `$AH_CORPUS/seed/...`;
//! without the corpus, the bundled `www/example.txt`),
//! the whole corpus (every `text` of `seed/`, `gum/`, `uner/`), and the seed repeated to 1×,
//! 10×, 100×, 1 MB and 10 MB. divan reports time, throughput (bytes/s and words/s: "item" =
//! a white-space separated word) and, through its allocation profiler, allocations and bytes
//! allocated per call. After divan's table, a summary gives medians in MB/s and words/s and
//! the scaling ratios (time for 10× and 100× the seed over the time for 1×; linear is 10 and
//! 100, the target is at most 110 for 100×).

use divan::counter::{BytesCount, ItemsCount};
use divan::{AllocProfiler, Bencher};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn corpus_dir() -> PathBuf {
    std::env::var_os("AH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

/// The seed article, or the bundled example article (`www/example.txt`, written for the
/// project) on a clone without the corpus, so `make bench` runs anywhere; the figures in the
/// README are for the seed.
fn seed() -> &'static str {
    static SEED: OnceLock<String> = OnceLock::new();
    SEED.get_or_init(|| {
        let path = corpus_dir().join("seed/article.txt");
        std::fs::read_to_string(&path).unwrap_or_else(|_| {
            let example = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www/example.txt");
            eprintln!(
                "{} not found (set AH_CORPUS to the corpus folder): timing {} instead",
                path.display(),
                example.display()
            );
            std::fs::read_to_string(&example).expect("www/example.txt")
        })
    })
}

/// Every document text of the corpus folders that exist, in a stable order.
fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut texts = Vec::new();
        for folder in ["seed", "gum", "uner"] {
            let Ok(entries) = std::fs::read_dir(corpus_dir().join(folder)) else {
                continue;
            };
            let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
            paths.sort();
            for path in paths
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
            {
                let json: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
                if let Some(text) = json["text"].as_str() {
                    texts.push(text.to_string());
                }
            }
        }
        if texts.is_empty() {
            // No corpus: the one article there is.
            texts.push(seed().to_string());
        }
        texts
    })
}

/// The seed repeated `times`, paragraphs apart.
fn repeated(times: usize) -> String {
    vec![seed(); times].join("\n\n")
}

/// The seed repeated until the text is at least `bytes` long.
fn to_size(bytes: usize) -> String {
    repeated(bytes.div_ceil(seed().len() + 2))
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn run(bencher: Bencher, text: &str) {
    bencher
        .counter(BytesCount::of_str(text))
        .counter(ItemsCount::new(words(text)))
        .bench(|| article_highlighter::extract(divan::black_box(text)));
}

#[divan::bench]
fn seed_article(bencher: Bencher) {
    run(bencher, seed());
}

#[divan::bench]
fn seed_article_json(bencher: Bencher) {
    let text = seed();
    bencher
        .counter(BytesCount::of_str(text))
        .counter(ItemsCount::new(words(text)))
        .bench(|| article_highlighter::extract_json(divan::black_box(text)));
}

/// All corpus documents, one `extract` each, per iteration.
#[divan::bench(sample_count = 20)]
fn whole_corpus(bencher: Bencher) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let n: usize = texts.iter().map(|t| words(t)).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .counter(ItemsCount::new(n))
        .bench(|| {
            for t in texts {
                divan::black_box(article_highlighter::extract(divan::black_box(t)));
            }
        });
}

#[divan::bench(args = [1, 10, 100], sample_count = 20)]
fn seed_times(bencher: Bencher, times: usize) {
    run(bencher, &repeated(times));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn one_mb(bencher: Bencher) {
    run(bencher, &to_size(1 << 20));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn ten_mb(bencher: Bencher) {
    run(bencher, &to_size(10 << 20));
}

/// Median seconds of `runs` calls of `extract` on `text` (after one warm-up call).
fn median(text: &str, runs: usize) -> f64 {
    divan::black_box(article_highlighter::extract(text));
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            divan::black_box(article_highlighter::extract(divan::black_box(text)));
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn summary() {
    println!("\nSummary (medians):");
    let line = |label: &str, text: &str, runs: usize| {
        let s = median(text, runs);
        println!(
            "  {label:<14} {:>9.3} ms  {:>7.1} MB/s  {:>11.0} words/s",
            s * 1e3,
            text.len() as f64 / s / 1e6,
            words(text) as f64 / s
        );
        s
    };
    let one = line("seed 1×", &repeated(1), 401);
    let ten = line("seed 10×", &repeated(10), 51);
    let hundred = line("seed 100×", &repeated(100), 11);
    line("1 MB", &to_size(1 << 20), 7);
    line("10 MB", &to_size(10 << 20), 3);
    println!(
        "  scaling: 10× the text takes {:.1}× the time, 100× takes {:.1}× (target ≤ 110)",
        ten / one,
        hundred / one
    );
}

fn main() {
    divan::main();
    // `cargo test --benches` runs each bench once; the summary is for real runs only.
    if !std::env::args().any(|a| a == "--test" || a == "--list") {
        summary();
    }
}
