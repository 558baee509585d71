//! Article highlighter: named entities, direct quotations and who said each one, in English
//! news text.
//!
//! The pipeline, one module per stage (each takes what the one before gives):
//!
//! 1. [`text`]: the raw `&str` → paragraphs, sentences and tokens.
//! 2. [`mentions`]: tokens → entity mentions (typed spans), from capitalisation, context and
//!    the word lists in [`lexicon`].
//! 3. [`entities`]: mentions → entities, short forms merged into the fullest name.
//! 4. [`quotes`]: paragraphs → quotations (content between paired quotation marks).
//! 5. [`speakers`]: quotations + entities + tokens → the speaker and cue of each quotation.
//!
//! [`extract`] runs them all and gives an [`Analysis`] in byte offsets; [`json`] is the shape
//! the edges (the CLI, JavaScript) speak, with UTF-16 offsets converted in [`offsets`].

pub mod analysis;
pub mod entities;
pub mod eval;
// Reads gold folders from disk: the CLI and the corpus tests only (the browser build
// compiles it, and the linker leaves it out).
pub mod eval_polnear;
pub mod highlight;
pub mod json;
pub mod lexicon;
pub mod mentions;
pub mod offsets;
pub mod options;
pub mod parallel;
#[cfg(feature = "python")]
mod python;
pub mod quotes;
pub mod speakers;
pub mod tagger;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Entity, EntityType, Quote, Span};
pub use json::JsonAnalysis;

/// Finds the entities and quotations in `text` and attributes each quotation to a speaker.
///
/// Never panics; runs in time linear in the length of the text.
pub fn extract(text: &str) -> Analysis {
    analyse(text, mentions::find)
}

/// [`extract`] with the learned tagger ([`tagger`]) deciding the names in place of the
/// rules' own reading. **Experimental**: better on CoNLL-2003's Reuters news,
/// worse on the project's other corpora (README, "A learned tagger"), so [`extract`] and
/// the browser build do not use it; `article-highlighter eval --tagger` measures it.
pub fn extract_with_tagger(text: &str) -> Analysis {
    analyse(text, |doc| {
        let rules = mentions::find(doc);
        let labels = tagger::tag(tagger::builtin(), doc, &rules);
        tagger::combine(doc, rules, &labels)
    })
}

/// The pipeline, with `find_mentions` as stage 2.
fn analyse(
    text: &str,
    find_mentions: impl FnOnce(&text::Document) -> Vec<mentions::Mention>,
) -> Analysis {
    let doc = text::Document::parse(text);
    let resolved = entities::merge(&doc, find_mentions(&doc));
    let quotes = speakers::attribute(&doc, &resolved, &quotes::find(&doc));
    Analysis {
        entities: resolved.entities,
        quotes,
    }
}

/// [`extract`], then the JSON shape of [`json::JsonAnalysis`] as a string.
pub fn extract_json(text: &str) -> String {
    JsonAnalysis::new(text, &extract(text)).to_json()
}
