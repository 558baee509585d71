//! The properties every input must keep, shared by `tests/robustness.rs`,
//! `tests/properties.rs` and the `cargo fuzz` targets in `fuzz/` (which include this file by
//! path). See [`check`].

#![allow(dead_code)] // each includer uses a different part

use article_highlighter::highlight::{highlight_html, segments};
use article_highlighter::{extract, Analysis, JsonAnalysis, Span};

/// Runs [`extract`] on `text` and checks everything the issue asks of every input:
///
/// - no panic;
/// - every span (entity mentions, quotations, cues, speaker mentions) non-empty, inside the
///   text and on character boundaries; entity ids are indices; speaker ids name entities;
///   mentions and quotations in text order;
/// - the UTF-16 offsets of [`JsonAnalysis`] slice exactly each span's `text` out of the
///   text's UTF-16 code units, and the JSON parses;
/// - the HTML of [`highlight_html`] is only the text escaped plus this crate's own
///   `<span …>`/`<mark …>` tags, balanced, and its text content is the text exactly.
///
/// Returns the analysis for tests that want to look further.
pub fn check(text: &str) -> Analysis {
    let analysis = extract(text);
    check_spans(text, &analysis);
    check_json(text, &analysis);
    check_html(text, &analysis);
    analysis
}

fn check_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start < s.end,
        "{what} {s:?} is empty (or reversed) in a text of {} bytes",
        text.len()
    );
    assert!(
        s.end <= text.len(),
        "{what} {s:?} ends past the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} is not on character boundaries"
    );
}

/// Spans in range, on boundaries, non-empty; ids consistent; text order.
pub fn check_spans(text: &str, analysis: &Analysis) {
    for (i, e) in analysis.entities.iter().enumerate() {
        assert_eq!(e.id, i, "entity ids are their indices");
        assert!(
            !e.mentions.is_empty(),
            "entity {i} ({}) has no mention",
            e.name
        );
        assert!(!e.name.trim().is_empty(), "entity {i} has an empty name");
        for &m in &e.mentions {
            check_span(text, m, "entity mention");
        }
        assert!(
            e.mentions.windows(2).all(|w| w[0].start <= w[1].start),
            "mentions of entity {i} out of text order: {:?}",
            e.mentions
        );
    }
    for (i, q) in analysis.quotes.iter().enumerate() {
        check_span(text, q.span, "quotation");
        if let Some(s) = q.speaker {
            assert!(
                s < analysis.entities.len(),
                "quotation {i} names speaker {s} of {} entities",
                analysis.entities.len()
            );
        }
        if let Some(m) = q.speaker_mention {
            check_span(text, m, "speaker mention");
        }
        if let Some(c) = q.cue {
            check_span(text, c, "cue");
        }
    }
    assert!(
        analysis
            .quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "quotations out of text order"
    );
}

/// The JSON shape: UTF-16 offsets that slice out each span's text, and JSON that parses.
pub fn check_json(text: &str, analysis: &Analysis) {
    let json = JsonAnalysis::new(text, analysis);
    let units: Vec<u16> = text.encode_utf16().collect();
    let slices = |start: usize, end: usize, expected: &str, what: &str| {
        assert!(
            start <= end && end <= units.len(),
            "{what} UTF-16 [{start}, {end}) outside the text ({} units)",
            units.len()
        );
        let got = String::from_utf16(&units[start..end])
            .unwrap_or_else(|_| panic!("{what} UTF-16 [{start}, {end}) splits a surrogate pair"));
        assert_eq!(
            got, expected,
            "{what} UTF-16 [{start}, {end}) slices other text"
        );
    };
    assert_eq!(json.entities.len(), analysis.entities.len());
    for (je, e) in json.entities.iter().zip(&analysis.entities) {
        assert_eq!(je.mentions.len(), e.mentions.len());
        for (jm, m) in je.mentions.iter().zip(&e.mentions) {
            assert_eq!(jm.text, m.of(text));
            slices(jm.start, jm.end, &jm.text, "mention");
        }
    }
    assert_eq!(json.quotes.len(), analysis.quotes.len());
    for (jq, q) in json.quotes.iter().zip(&analysis.quotes) {
        assert_eq!(jq.text, q.span.of(text));
        slices(jq.start, jq.end, &jq.text, "quotation");
        assert_eq!(jq.speaker, q.speaker);
        assert_eq!(
            jq.speaker_text.as_deref(),
            q.speaker_mention.map(|m| m.of(text))
        );
        if let Some(cue) = &jq.cue {
            slices(cue.start, cue.end, &cue.text, "cue");
        }
    }
    let serialised = json.to_json();
    let value: serde_json::Value =
        serde_json::from_str(&serialised).expect("the JSON output parses");
    assert!(value["entities"].is_array() && value["quotes"].is_array());
}

/// The tags [`highlight_html`] may write; anything else starting with `<` is a leak.
const OWN_TAGS: [&str; 4] = ["<span ", "</span>", "<mark ", "</mark>"];

/// The HTML: only our tags, balanced and nested (marks inside quotations), and text content
/// equal to the input.
pub fn check_html(text: &str, analysis: &Analysis) {
    let segs = segments(text, analysis, &[]);
    let mut at = 0;
    for s in &segs {
        assert_eq!(s.span.start, at, "segments leave a gap or overlap");
        assert!(s.span.end > s.span.start, "empty segment");
        at = s.span.end;
    }
    assert_eq!(at, text.len(), "segments do not cover the text");

    let html = highlight_html(text, analysis);
    assert_eq!(
        text_content(&html),
        text,
        "the HTML's text content differs from the input"
    );
    // No raw tag from the input survives: every '<' opens one of our own tags.
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script") && !lower.contains("<img"));
}

/// The text content of the HTML [`highlight_html`] writes: tags dropped (only ours are
/// allowed, balanced and properly nested), the references its escaper writes turned back.
/// `&#xFFFD;` is how the escaper writes NUL (a browser shows U+FFFD, one UTF-16 unit like
/// NUL); a literal U+FFFD in the input is never escaped, so turning it back into NUL is exact.
pub fn text_content(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&', '>', '"']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match rest.as_bytes()[0] {
            b'<' => {
                let tag = OWN_TAGS
                    .iter()
                    .find(|t| rest.starts_with(*t))
                    .unwrap_or_else(|| panic!("foreign tag in the HTML: {:.40}", rest));
                let j = tag_end(rest);
                match *tag {
                    "<span " => {
                        assert!(open.is_empty(), "a quotation opens inside another mark");
                        open.push("span");
                    }
                    "<mark " => {
                        assert!(
                            open.last() != Some(&"mark"),
                            "a mark opens inside another mark"
                        );
                        open.push("mark");
                    }
                    "</span>" => assert_eq!(open.pop(), Some("span"), "unbalanced </span>"),
                    _ => assert_eq!(open.pop(), Some("mark"), "unbalanced </mark>"),
                }
                rest = &rest[j + 1..];
            }
            b'&' => {
                let j = rest.find(';').expect("character reference closes");
                out.push(match &rest[..=j] {
                    "&amp;" => '&',
                    "&lt;" => '<',
                    "&gt;" => '>',
                    "&quot;" => '"',
                    "&#39;" => '\'',
                    "&#13;" => '\r',
                    "&#xFFFD;" => '\0',
                    other => panic!("unexpected character reference {other}"),
                });
                rest = &rest[j + 1..];
            }
            c => panic!("raw {:?} in the HTML's text", c as char),
        }
    }
    out.push_str(rest);
    assert!(open.is_empty(), "unclosed tags at the end: {open:?}");
    out
}

/// The index of the `>` that ends the tag at the start of `s`, skipping quoted attribute
/// values (which the escaper keeps free of `"`, `<` and `>` anyway).
fn tag_end(s: &str) -> usize {
    let mut quoted = false;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'>' if !quoted => return i,
            b'<' if i > 0 && !quoted => panic!("'<' inside a tag: {:.60}", s),
            _ => {}
        }
    }
    panic!("tag never closes: {:.60}", s)
}

/// A short news text with every kind of thing the pipeline finds: names, titles, places,
/// organisations, dates, quotations before and after their cues, pronouns, a quotation over
/// two paragraphs. The robustness tests transform it (line endings, spaces, scripts, …).
pub const ARTICLE: &str =
    "HALVERSUND (Meridian News) - Norway and the United States agreed on Monday \
to share their fishing surveys, but did not announce any new quotas during a short visit by \
Fisheries Minister Ilse Marrow.\n\
Danish Prime Minister Karl Moen praised “progress” after meeting Marrow at the Harbour Exchange \
in Halversund.\n\
“Both sides have moved. This is a good day,” Moen told Marrow.\n\
Marrow said the two countries “have a duty to act” before the stocks collapse.\n\
\n\
“The talks went better than anyone expected,” said Tomas Vale, a professor at the University of \
Westhaven in Bergen. “Nobody walked out.”\n\
Dana Okafor said “Washington will not pay for everything”, according to the official summary.\n\
“We will keep talking,\n\
“and we will meet again in 2027,” Mr. Moen added. He said it was \"frank\" and 'useful'.\n\
The U.S. Commerce Department called the talks \"productive\" and said $5 million, or 3.5%, was \
at stake at 3 p.m. on June 19, 2026.\n";
