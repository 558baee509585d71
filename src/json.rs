//! The JSON shape every edge speaks (CLI, JavaScript, Python): every span with its text, and
//! offsets in UTF-16 code units ([`JsonAnalysis::new`], JavaScript string indices) or in code
//! points ([`JsonAnalysis::in_unit`] with [`Unit::CodePoint`], Python string indices).
//!
//! Takes an [`Analysis`] and the text it came from; gives serialisable records.

use crate::analysis::{Analysis, Span};
use crate::offsets::{OffsetMap, Unit};
use crate::text::push_escaped;
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq)]
pub struct JsonSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsonEntity {
    pub id: usize,
    /// Written as `"type"`.
    pub kind: &'static str,
    pub name: String,
    pub mentions: Vec<JsonSpan>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsonQuote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<usize>,
    pub speaker_text: Option<String>,
    pub cue: Option<JsonSpan>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsonAnalysis {
    pub entities: Vec<JsonEntity>,
    pub quotes: Vec<JsonQuote>,
}

impl JsonAnalysis {
    /// Converts byte offsets to UTF-16 code units, in one linear pass over `text`.
    pub fn new(text: &str, analysis: &Analysis) -> Self {
        Self::in_unit(text, analysis, Unit::Utf16)
    }

    /// Converts byte offsets to `unit`, in one linear pass over `text`.
    pub fn in_unit(text: &str, analysis: &Analysis, unit: Unit) -> Self {
        let map = OffsetMap::new(text);
        let span = |s: Span| JsonSpan {
            start: map.in_unit(s.start, unit),
            end: map.in_unit(s.end, unit),
            text: s.of(text).to_string(),
        };
        JsonAnalysis {
            entities: analysis
                .entities
                .iter()
                .map(|e| JsonEntity {
                    id: e.id,
                    kind: e.kind.label(),
                    name: e.name.clone(),
                    mentions: e.mentions.iter().map(|&m| span(m)).collect(),
                })
                .collect(),
            quotes: analysis
                .quotes
                .iter()
                .map(|q| {
                    let s = span(q.span);
                    JsonQuote {
                        start: s.start,
                        end: s.end,
                        text: s.text,
                        speaker: q.speaker,
                        speaker_text: q.speaker_mention.map(|m| m.of(text).to_string()),
                        cue: q.cue.map(span),
                    }
                })
                .collect(),
        }
    }

    /// The JSON text, keys in the order of the fields. Written by hand: for this one fixed
    /// shape that is a few dozen lines, where serde's generated code cost the WebAssembly
    /// bundle kilobytes.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(64 * (self.entities.len() + self.quotes.len()));
        out.push_str("{\"entities\":");
        push_array(&mut out, &self.entities, |out, e| {
            out.push_str("{\"id\":");
            out.push_str(&e.id.to_string());
            out.push_str(",\"type\":");
            push_string(out, e.kind);
            out.push_str(",\"name\":");
            push_string(out, &e.name);
            out.push_str(",\"mentions\":");
            push_array(out, &e.mentions, push_span);
            out.push('}');
        });
        out.push_str(",\"quotes\":");
        push_array(&mut out, &self.quotes, |out, q| {
            out.push('{');
            push_span_fields(out, q.start, q.end, &q.text);
            out.push_str(",\"speaker\":");
            push_or_null(out, q.speaker.as_ref(), |out, id| {
                out.push_str(&id.to_string())
            });
            out.push_str(",\"speaker_text\":");
            push_or_null(out, q.speaker_text.as_deref(), push_string);
            out.push_str(",\"cue\":");
            push_or_null(out, q.cue.as_ref(), push_span);
            out.push('}');
        });
        out.push('}');
        out
    }
}

/// `[a,b,…]`, each item written by `each`.
fn push_array<T>(out: &mut String, items: &[T], mut each: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        each(out, item);
    }
    out.push(']');
}

/// The value written by `write`, or `null`.
fn push_or_null<T: ?Sized>(out: &mut String, value: Option<&T>, write: impl Fn(&mut String, &T)) {
    match value {
        Some(v) => write(out, v),
        None => out.push_str("null"),
    }
}

fn push_span(out: &mut String, s: &JsonSpan) {
    out.push('{');
    push_span_fields(out, s.start, s.end, &s.text);
    out.push('}');
}

/// `"start":…,"end":…,"text":…`, shared by spans and quotations.
fn push_span_fields(out: &mut String, start: usize, end: usize, text: &str) {
    out.push_str("\"start\":");
    out.push_str(&start.to_string());
    out.push_str(",\"end\":");
    out.push_str(&end.to_string());
    out.push_str(",\"text\":");
    push_string(out, text);
}

/// `s` as a JSON string: quotation mark, backslash and control characters escaped (as
/// serde_json writes them), everything else as it is.
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    push_escaped(out, s, &|b| {
        Some(match b {
            b'"' => Cow::Borrowed("\\\""),
            b'\\' => Cow::Borrowed("\\\\"),
            b'\n' => Cow::Borrowed("\\n"),
            b'\r' => Cow::Borrowed("\\r"),
            b'\t' => Cow::Borrowed("\\t"),
            0x08 => Cow::Borrowed("\\b"),
            0x0c => Cow::Borrowed("\\f"),
            0..=0x1f => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let digits = [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]];
                Cow::Owned(["\\u00", std::str::from_utf8(&digits).unwrap_or("00")].concat())
            }
            _ => return None,
        })
    });
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_does() {
        for s in [
            "plain “curly” é",
            "q\"b\\s",
            "n\nr\rt\tb\u{8}f\u{c}",
            "\u{1}\u{1f}\u{7f}",
        ] {
            let mut out = String::new();
            push_string(&mut out, s);
            assert_eq!(out, serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn code_point_offsets_index_the_text_by_characters() {
        // An astral character before the quotation: one code point, two UTF-16 units.
        let text = "😀 “We did our job,” said Maria Cantwell.";
        let analysis = crate::extract(text);
        let points = JsonAnalysis::in_unit(text, &analysis, Unit::CodePoint);
        let units = JsonAnalysis::new(text, &analysis);
        let chars: Vec<char> = text.chars().collect();
        for (p, u) in points.quotes.iter().zip(&units.quotes) {
            let sliced: String = chars[p.start..p.end].iter().collect();
            assert_eq!(sliced, p.text);
            assert_eq!((p.start + 1, p.end + 1), (u.start, u.end));
        }
        assert_eq!(points.quotes.len(), 1);
    }

    #[test]
    fn the_whole_shape_parses_back() {
        let text = "“We did our job,” said Maria Cantwell.\n\"Yes\" \u{1}";
        let json = JsonAnalysis::new(text, &crate::extract(text)).to_json();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["entities"][0]["type"], "PERSON");
        assert_eq!(v["entities"][0]["mentions"][0]["text"], "Maria Cantwell");
        assert_eq!(v["quotes"][0]["speaker"], 0);
        assert_eq!(v["quotes"][0]["cue"]["text"], "said");
        assert_eq!(v["quotes"][1]["speaker_text"], serde_json::Value::Null);
    }
}
