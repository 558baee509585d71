//! Article highlighter: named entities, direct quotations and who said each one, in English
//! news text.
//!
//! The pipeline, one module per stage (each takes what the one before gives):
//!
//! 1. [`text`]: the raw `&str` → paragraphs, sentences and tokens.
//! 2. [`mentions`]: tokens → entity mentions (typed spans), from capitalisation, context and
//!    the word lists in [`lexicon`].
//!    [`tagger::hybrid`] lets the learned tagger decide where the rules cannot read the
//!    text (headlines in capitals, tables).
//! 3. [`entities`]: mentions → entities, short forms merged into the fullest name; then
//!    [`tagger::hybrid::retype`] retypes the entities the rules typed by shape alone.
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
/// The names are the rules', with the learned tagger deciding where the rules can only
/// guess ([`tagger::hybrid`]: headlines in capitals, tables of figures, and entities typed
/// by the shape of their words alone). Never panics; runs in time linear in the length of
/// the text.
pub fn extract(text: &str) -> Analysis {
    let doc = text::Document::parse(text);
    let reading = tagger::hybrid::read(tagger::builtin(), &doc, mentions::find(&doc));
    let mut resolved = entities::merge(&doc, reading.mentions);
    tagger::hybrid::retype(&doc, &mut resolved, &reading.scores, &reading.datelines);
    attribute(&doc, resolved)
}

/// [`extract`] with the rules alone deciding every name (no learned tagger): what
/// `article-highlighter eval --rules` measures, the baseline of [`extract`].
pub fn extract_rules(text: &str) -> Analysis {
    let doc = text::Document::parse(text);
    let resolved = entities::merge(&doc, mentions::find(&doc));
    attribute(&doc, resolved)
}

/// [`extract`] with the learned tagger ([`tagger`]) deciding all the names in place of the
/// rules' own reading. **Experimental**: better on CoNLL-2003's Reuters news, worse on the
/// project's other corpora (README, "A learned tagger"); `article-highlighter eval
/// --tagger` measures it.
pub fn extract_with_tagger(text: &str) -> Analysis {
    let doc = text::Document::parse(text);
    let rules = mentions::find(&doc);
    let labels = tagger::tag(tagger::builtin(), &doc, &rules);
    let resolved = entities::merge(&doc, tagger::combine(&doc, rules, &labels));
    attribute(&doc, resolved)
}

/// Stages 4 and 5: the quotations and their speakers, given the entities.
fn attribute(doc: &text::Document, resolved: entities::Resolved) -> Analysis {
    let quotes = speakers::attribute(doc, &resolved, &quotes::find(doc));
    Analysis {
        entities: resolved.entities,
        quotes,
    }
}

/// [`extract`], then the JSON shape of [`json::JsonAnalysis`] as a string.
pub fn extract_json(text: &str) -> String {
    JsonAnalysis::new(text, &extract(text)).to_json()
}
