//! The JSON shape every edge speaks (CLI, JavaScript): offsets in UTF-16 code units, every
//! span with its text.
//!
//! Takes an [`Analysis`] and the text it came from; gives serialisable records.

use crate::analysis::{Analysis, Span};
use crate::offsets::OffsetMap;
use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsonSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsonEntity {
    pub id: usize,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub name: String,
    pub mentions: Vec<JsonSpan>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsonQuote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<usize>,
    pub speaker_text: Option<String>,
    pub cue: Option<JsonSpan>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsonAnalysis {
    pub entities: Vec<JsonEntity>,
    pub quotes: Vec<JsonQuote>,
}

impl JsonAnalysis {
    /// Converts byte offsets to UTF-16 code units, in one linear pass over `text`.
    pub fn new(text: &str, analysis: &Analysis) -> Self {
        let map = OffsetMap::new(text);
        let span = |s: Span| JsonSpan {
            start: map.utf16(s.start),
            end: map.utf16(s.end),
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

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("analysis serialises")
    }
}
