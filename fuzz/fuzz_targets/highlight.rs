//! `cargo +nightly fuzz run highlight`: the HTML renderer on any text with any spans, not
//! only those `extract` finds: out-of-range, reversed, overlapping and mid-character spans,
//! speaker ids naming no entity, names full of markup. The HTML must stay only the text
//! escaped plus balanced `<span>`/`<mark>` tags, with the text as its text content; the JSON
//! shape is checked on the spans that are valid.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use article_highlighter::{Analysis, Entity, EntityType, Quote, Span};
use libfuzzer_sys::fuzz_target;

/// Reads spans and ids from the first bytes: `[n_text_len_hi, n_text_len_lo, spans…]`, the
/// rest is the text.
fn build(data: &[u8]) -> Option<(String, Analysis)> {
    let (&k, rest) = data.split_first()?;
    let spans_len = (usize::from(k) * 5).min(rest.len());
    let (spec, text) = rest.split_at(spans_len);
    let text = String::from_utf8_lossy(text).into_owned();
    let len = text.len();
    let pos = |b: u8| usize::from(b) * (len + 8) / 255; // anywhere, and a little past the end
    let mut analysis = Analysis::default();
    for c in spec.chunks_exact(5) {
        let span = Span {
            start: pos(c[1]),
            end: pos(c[2]),
        };
        match c[0] % 3 {
            0 | 1 => {
                let e = usize::from(c[3]) % (analysis.entities.len() + 1);
                if e == analysis.entities.len() {
                    analysis.entities.push(Entity {
                        id: e,
                        kind: EntityType::ALL[usize::from(c[4]) % EntityType::ALL.len()],
                        name: format!("<script>{}\"'&</b>", c[4]),
                        mentions: vec![],
                    });
                }
                analysis.entities[e].mentions.push(span);
            }
            _ => analysis.quotes.push(Quote {
                span,
                speaker: (c[3] % 4 != 0).then_some(usize::from(c[4]) % 8),
                speaker_mention: None,
                cue: None,
            }),
        }
    }
    Some((text, analysis))
}

fuzz_target!(|data: &[u8]| {
    let Some((text, analysis)) = build(data) else {
        return;
    };
    // The HTML renderer takes any spans: invalid ones are dropped, never a panic.
    common::check_html(&text, &analysis);
    // The JSON shape needs valid spans (as `extract` gives): keep those.
    let valid = |s: &Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let mut clean = analysis.clone();
    for e in &mut clean.entities {
        e.mentions.retain(valid);
    }
    clean.quotes.retain(|q| valid(&q.span));
    common::check_json(&text, &clean);
    // And the real thing on the same text.
    common::check(&text);
});
