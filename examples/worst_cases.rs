//! Worst-case timings: `cargo run --release --example worst_cases`.
//!
//! Each input is timed at full size and at a tenth of it; `ratio` is full / tenth, about 10
//! when the pipeline is linear (much more means super-linear). `extract` is the whole
//! analysis; `html` is [`highlight_html`] on its result; `json` the UTF-16 JSON string.
//! Pass case names as arguments to run only those (`worst_cases quotes para`).
//!
//! An input that panics is reported as such and the others still run.

use article_highlighter::highlight::highlight_html;
use article_highlighter::{extract, JsonAnalysis};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The seed article (`../shared/corpus/seed/article.txt` beside the crate), or the bundled
/// example article (`www/example.txt`) when the corpus is not there.
fn seed_article() -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = root.join("../shared/corpus/seed/article.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|_| {
        eprintln!("({} not found: using www/example.txt)", path.display());
        std::fs::read_to_string(root.join("www/example.txt")).expect("www/example.txt")
    })
}

/// `unit` repeated until at least `bytes` long.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

/// `n` distinct capitalised words ("Bab", "Bac", … spelled from the counter), space-separated.
fn distinct_capitalised(n: usize) -> String {
    const CONS: &[u8] = b"bcdfghjklmnprstvz";
    const VOW: &[u8] = b"aeiou";
    let mut out = String::with_capacity(n * 9);
    for i in 0..n {
        let mut k = i;
        let mut word = String::new();
        loop {
            word.push(CONS[k % CONS.len()] as char);
            k /= CONS.len();
            word.push(VOW[k % VOW.len()] as char);
            k /= VOW.len();
            if k == 0 {
                break;
            }
        }
        let mut chars = word.chars();
        let first = chars.next().unwrap().to_ascii_uppercase();
        out.push(first);
        out.push_str(chars.as_str());
        out.push(' ');
    }
    out
}

struct Case {
    name: &'static str,
    what: &'static str,
    /// Builds the input at scale `n` (the full size) or `n / 10`.
    build: Box<dyn Fn(usize) -> String>,
    full: usize,
}

fn cases() -> Vec<Case> {
    let article = seed_article();
    let paragraph = article.replace(['\n', '\r'], " ");
    vec![
        Case {
            name: "quotes-straight",
            what: "N straight \" marks",
            build: Box::new(|n| "\"".repeat(n)),
            full: 100_000,
        },
        Case {
            name: "quotes-curly-open",
            what: "N × “a (opening marks, none closed)",
            build: Box::new(|n| "“a ".repeat(n)),
            full: 100_000,
        },
        Case {
            name: "quotes-mixed",
            what: "N marks of every kind “”\"‘’'«»„",
            build: Box::new(|n| {
                let unit = "“x” \"y\" ‘z z’ 'w w' «v» „u“ ";
                let marks = unit.chars().filter(|c| "“”\"‘’'«»„".contains(*c)).count();
                unit.repeat(n / marks)
            }),
            full: 100_000,
        },
        // Was quadratic (every stray closer rescanned its paragraph); fixed in quotes.rs.
        Case {
            name: "quotes-closing",
            what: "N closing marks ” (no opener)",
            build: Box::new(|n| "”".repeat(n)),
            full: 100_000,
        },
        Case {
            name: "quotes-said",
            what: "N × “Yes,” he said.",
            build: Box::new(|n| "“Yes,” he said. ".repeat(n / 2)),
            full: 100_000,
        },
        Case {
            name: "caps-same",
            what: "N × capitalised word (Blinken)",
            build: Box::new(|n| "Blinken ".repeat(n)),
            full: 100_000,
        },
        Case {
            name: "caps-distinct",
            what: "N distinct capitalised words",
            build: Box::new(distinct_capitalised),
            full: 100_000,
        },
        Case {
            name: "caps-names",
            what: "N capitalised words as names in sentences",
            build: Box::new(|n| {
                let words = distinct_capitalised(n);
                let mut out = String::with_capacity(words.len() * 2);
                for (i, w) in words.split(' ').filter(|w| !w.is_empty()).enumerate() {
                    out.push_str(w);
                    out.push_str(if i % 2 == 0 {
                        " "
                    } else {
                        " said “hello”. "
                    });
                }
                out
            }),
            full: 100_000,
        },
        // Was quadratic (one chunk of N names, peeled one place per recursion); names are now
        // cut at 12 tokens in mentions.rs.
        Case {
            name: "caps-places",
            what: "N known place names side by side (China China …)",
            build: Box::new(|n| "China ".repeat(n)),
            full: 100_000,
        },
        Case {
            name: "caps-upper",
            what: "N bytes of the article in capitals",
            build: {
                let upper = article.to_uppercase();
                Box::new(move |n| repeat_to(&upper, n))
            },
            full: 5 << 20,
        },
        Case {
            name: "para",
            what: "one paragraph of N bytes (article, no line breaks)",
            build: Box::new(move |n| repeat_to(&paragraph, n)),
            full: 5 << 20,
        },
        Case {
            name: "article",
            what: "N bytes of the seed article repeated",
            build: Box::new(move |n| repeat_to(&article, n)),
            full: 10 << 20,
        },
        Case {
            name: "word",
            what: "one word of N bytes",
            build: Box::new(|n| "a".repeat(n)),
            full: 1 << 20,
        },
        Case {
            name: "word-caps",
            what: "one capitalised word of N bytes with apostrophes",
            build: Box::new(|n| repeat_to("O’Br", n)),
            full: 1 << 20,
        },
    ]
}

/// Times `f`, or `None` if it panicked.
fn time<T>(f: impl FnOnce() -> T) -> Option<(Duration, T)> {
    let start = Instant::now();
    catch_unwind(AssertUnwindSafe(f))
        .ok()
        .map(|v| (start.elapsed(), v))
}

struct Timing {
    bytes: usize,
    extract: Option<Duration>,
    html: Option<Duration>,
    json: Option<Duration>,
}

fn run(text: &str) -> Timing {
    let mut t = Timing {
        bytes: text.len(),
        extract: None,
        html: None,
        json: None,
    };
    if let Some((d, analysis)) = time(|| extract(text)) {
        t.extract = Some(d);
        t.html = time(|| highlight_html(text, &analysis).len()).map(|(d, _)| d);
        t.json = time(|| JsonAnalysis::new(text, &analysis).to_json().len()).map(|(d, _)| d);
    }
    t
}

fn ms(d: Option<Duration>) -> String {
    d.map_or("PANIC".to_string(), |d| {
        format!("{:.1}", d.as_secs_f64() * 1e3)
    })
}

fn main() {
    let only: Vec<String> = std::env::args().skip(1).collect();
    std::panic::set_hook(Box::new(|_| {})); // panics are reported in the table
    println!(
        "| case | input | bytes (full) | extract ms (1/10) | extract ms (full) | ratio | html ms (full) | json ms (full) |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|");
    for case in cases() {
        if !only.is_empty() && !only.iter().any(|o| case.name.starts_with(o.as_str())) {
            continue;
        }
        let small_text = (case.build)(case.full / 10);
        // Best of three for the small input (noise dominates short runs).
        let small = (0..3)
            .map(|_| run(&small_text))
            .min_by_key(|t| t.extract.unwrap_or(Duration::MAX))
            .unwrap();
        let big = run(&(case.build)(case.full));
        let ratio = match (small.extract, big.extract) {
            (Some(s), Some(b)) if s.as_nanos() > 0 => {
                format!("{:.1}", b.as_secs_f64() / s.as_secs_f64())
            }
            _ => "-".to_string(),
        };
        println!(
            "| {} | {} (N={}) | {} | {} | {} | {} | {} | {} |",
            case.name,
            case.what,
            case.full,
            big.bytes,
            ms(small.extract),
            ms(big.extract),
            ratio,
            ms(big.html),
            ms(big.json),
        );
    }
}
