//! Property tests: generated text, biased towards what breaks text pipelines (every kind of
//! quotation mark and apostrophe, capitals and initialisms, full stops, every line ending,
//! non-breaking and other odd spaces, emoji, combining marks, CJK and right-to-left scripts,
//! NUL and control characters, pasted HTML), must keep every property of
//! [`common::check`]. A failing case is shrunk by proptest to a minimal input; keep it in
//! `tests/regressions/` so `tests/robustness.rs` replays it.
//!
//! `PROPTEST_CASES=N` sets the number of cases of each property (defaults below keep the
//! file to a few seconds in release mode). The ignored `long_fuzz` is the long run:
//! `PROPTEST_CASES=2000000 cargo test --release --test properties -- --ignored long_fuzz`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use proptest::test_runner::Config;

/// `default` cases, or `PROPTEST_CASES` when set.
fn config(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Pieces of text, each a hard case on its own; strings are sequences of them.
const PIECES: &[&str] = &[
    // Quotation marks and apostrophes.
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "「",
    "」",
    "’s",
    "'s",
    "don't",
    "O’Brien",
    "’twas",
    "'90s",
    "rock ’n’ roll",
    "States’",
    // Capitals, names, titles, initialisms, places, organisations.
    "Xi",
    "Jinping",
    "Blinken",
    "Antony",
    "China",
    "U.S.",
    "U.S",
    "Mr.",
    "Mrs",
    "Dr.",
    "J.",
    "The",
    "He",
    "She",
    "It",
    "BEIJING",
    "Wang Yi",
    "State Department",
    "Reuters",
    "United",
    "States",
    "New York",
    "President",
    "Secretary of State",
    "Ministry of Foreign Affairs",
    "G20",
    "NATO",
    "A",
    "I",
    "Hong Kong",
    "von der",
    "al-Assad",
    "Rolls-Royce",
    // Lower-case words and cues.
    "said",
    "told",
    "says",
    "added",
    "according to",
    "he",
    "she",
    "they",
    "his",
    "her",
    "the",
    "a",
    "and",
    "of",
    "for",
    "in",
    "on",
    "progress",
    "responded by saying",
    "urged",
    "also",
    "summit",
    "last",
    "year",
    "spokesman",
    // Numbers, dates, money.
    "2023",
    "3.5%",
    "$5",
    "1,000",
    "June",
    "Monday",
    "19",
    "3 p.m.",
    "30-minute",
    // Punctuation.
    ".",
    ",",
    "!",
    "?",
    ":",
    ";",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    "&",
    "…",
    "/",
    "*",
    // Whitespace and line endings.
    " ",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{2009}",
    "\u{202f}",
    "\u{3000}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{b}",
    "\u{c}",
    // Other scripts, emoji and combining marks.
    "😀",
    "👍🏽",
    "👨‍👩‍👧‍👦",
    "🇨🇳",
    "e\u{301}",
    "\u{301}",
    "\u{308}\u{302}",
    "\u{20dd}",
    "Zoë",
    "Ångström",
    "习近平",
    "说",
    "。",
    "东京",
    "قال",
    "الرئيس",
    "שלום",
    "אמר",
    "\u{200f}",
    "\u{200e}",
    "\u{202e}",
    "\u{202c}",
    "\u{2066}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "Ελλάδα",
    "Путин",
    "𝒳𝒾",
    "ﬁ",
    // NUL, controls, replacement and non-characters.
    "\0",
    "\u{1}",
    "\u{7}",
    "\u{8}",
    "\u{1b}",
    "\u{7f}",
    "\u{9f}",
    "\u{fffd}",
    "\u{fffe}",
    "\u{ffff}",
    "\u{e000}",
    "\u{10ffff}",
    // Pasted HTML and references.
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<b>",
    "</span>",
    "</mark>",
    "&lt;",
    "&amp;",
    "&#39;",
    "&quot;",
    "&nbsp;",
    "<!--",
    "-->",
];

/// One piece: usually from [`PIECES`], sometimes any character at all.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Text of up to `max` pieces.
fn hard_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..max).prop_map(|v| v.concat())
}

/// Sentence-like text: pieces with a space between most of them, so that words, names and
/// cues stand apart as they do in prose.
fn prose(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec((piece(), proptest::bool::weighted(0.7)), 0..max).prop_map(|v| {
        let mut out = String::new();
        for (p, space) in v {
            out.push_str(&p);
            if space {
                out.push(' ');
            }
        }
        out
    })
}

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn hard_alphabet_keeps_every_property(text in hard_text(40)) {
        common::check(&text);
    }

    #[test]
    fn prose_keeps_every_property(text in prose(80)) {
        common::check(&text);
    }
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn any_string_keeps_every_property(text in any::<String>()) {
        common::check(&text);
    }

    /// The same text gives the same analysis (no hidden state, no hash-order dependence).
    #[test]
    fn extraction_is_deterministic(text in prose(60)) {
        prop_assert_eq!(common::check(&text), article_highlighter::extract(&text));
    }

    /// A quotation never runs past its paragraph, so text after a blank line leaves the
    /// quotations before it as they were. (Entity mentions can change: names vote on their
    /// type across the whole article.)
    #[test]
    fn appending_a_paragraph_keeps_earlier_quotations(a in prose(40), b in prose(40)) {
        let whole = format!("{a}\n\n{b}");
        let first = common::check(&a);
        let both = common::check(&whole);
        let before: Vec<_> = first.quotes.iter().map(|q| q.span).collect();
        let after: Vec<_> = both
            .quotes
            .iter()
            .map(|q| q.span)
            .filter(|s| s.end <= a.len())
            .collect();
        prop_assert_eq!(before, after);
    }
}

proptest! {
    #![proptest_config(config(1_000_000))]

    /// The long run (the `cargo fuzz` stand-in when no nightly toolchain is at hand):
    /// `PROPTEST_CASES=N cargo test --release --test properties -- --ignored long_fuzz`.
    #[test]
    #[ignore = "long run: minutes; run by hand"]
    fn long_fuzz(text in prop_oneof![hard_text(200), prose(400), any::<String>()]) {
        common::check(&text);
    }
}
