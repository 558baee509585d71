//! Who said a quotation the rules leave without a source: a learned ranker over the people
//! and organisations named nearby, and "nobody".
//!
//! Takes a quotation that every rule of [`super`] left with no speaker and no description;
//! gives the entity that said it, or none. The candidates are "nobody" and the people,
//! organisations and countries named in the quotation's sentence and in the [`WINDOW`]
//! tokens before it (its paragraph and the one or two before; at most [`MAX_CANDIDATES`], the
//! most recently named first), the last speaker and the last two named subjects of a cue.
//! Each entity gets yes/no features ([`BASE`]): its type; how far back it was named
//! (sentences, paragraphs; before or after the quotation); whether it is the last speaker,
//! a recent subject of a cue (in the quotation's sentence, the one before); how often it
//! was named, whether it opens the sentence, the one before or the paragraph; named with
//! a possessive, after a preposition, inside another quotation. "Nobody" gets the
//! quotation's own features: its length, its case, a colon before it, whether it fills its
//! paragraph, a verb of saying in its sentence, "called", "dubbed" or a determiner before
//! it: it learns when to abstain (scare quotes, terms, titles). Each feature counts once
//! alone and once with the quotation's shape ([`CONTEXTS`]: a few words, a partial
//! quotation, a whole paragraph, a sentence). An entity is taken only when it outscores
//! "nobody" by [`MARGIN`].
//!
//! The weights are data (`data/speaker_fallback/weights.tsv`, compiled in), learned by the
//! averaged perceptron of [`super::perceptron`] from PolNeAR's training split with the rules
//! deciding ([`cases`]): `make train-speakers` (examples/train_speakers.rs). A candidate is
//! right when the scorer would count it right (a named or resolved source, by last name);
//! "nobody" is right for descriptive, pronoun and missing sources and for quoted words that
//! no attribution covers. Each quotation looks at a bounded window: linear in the text.

use super::perceptron::{self, Example, Names, Settings, Weights};
use super::{is_short, is_title_of_work, Context, Rankers};
use crate::analysis::{Analysis, EntityType, Span};
use crate::eval::{match_quotes, speaker_matches};
use crate::eval_polnear::{PolnearDocument, SourceCategory};
use crate::quotes::QuoteMarks;
use crate::text::{is_possessive_s, TokenKind};

/// How far back (in tokens) a candidate may be named.
pub const WINDOW: usize = 300;
/// How far after the quotation (in tokens) its sentence is read.
pub const AFTER: usize = 60;
/// At most this many entities named in the window are candidates (the most recent).
pub const MAX_CANDIDATES: usize = 8;
/// How much (hundredths) an entity must outscore "nobody" by: chosen on the training split
/// (held-out thirds) for precision: at 10.00 the descriptive and other sources given a name
/// do not grow.
pub const MARGIN: i64 = 1000;

/// The features, each yes or no: first the quotation's (on "nobody"), then an entity's.
pub const BASE: [&str; 58] = [
    "nobody",              // the "nobody" candidate
    "words_1",             // the quotation has one word
    "words_2_4",           // two to four
    "words_5_10",          // five to ten
    "words_11_",           // more
    "lowercase",           // it opens in lower case
    "ends_stop",           // it ends with . ! ? or , inside its marks
    "fills_paragraph",     // it is its whole paragraph
    "opens_sentence",      // it opens its sentence
    "after_colon",         // a colon right before it
    "paragraph_colon",     // the paragraph before ends with a colon
    "sentence_cue",        // a verb of saying in its sentence, outside quotations
    "called_before",       // "called", "dubbed", "termed", "as" … right before it
    "determiner_before",   // "the", "a", "this", a possessive … right before it
    "title_case",          // its long words are capitalised
    "headline",            // in the first paragraph
    "single_marks",        // in single marks
    "sentence_names",      // a person or organisation named in its sentence
    "previous_attributed", // the quotation before, in this or the last paragraph, has a source
    "no_candidate",        // no entity is a candidate
    "previous_described",  // … an unnamed source, by its description
    "previous_sourceless", // the quotation before, in this paragraph, has no source
    "person",              // the candidate is a person
    "organisation",        // … an organisation
    "place",               // … a country or city
    "sentence_0",          // last named in the quotation's sentence, before it
    "sentence_after",      // named in its sentence only after it
    "sentence_1",          // in the sentence before
    "sentence_2",
    "sentence_3_",
    "paragraph_0", // last named in the quotation's paragraph
    "paragraph_1",
    "paragraph_2_",
    "not_in_window", // a candidate only as last speaker or cue subject
    "last_speaker",  // spoke the last attributed quotation, at most a paragraph back
    "last_speaker_far",
    "cue_subject_1", // the last named subject of a cue before the quotation
    "cue_subject_2", // the one before
    "cue_sentence",  // the named subject of a cue in the quotation's sentence
    "cue_previous",  // … in the sentence before
    "recent_0",      // the most recently named candidate
    "recent_1",
    "recent_2",
    "named_1", // named once so far
    "named_2_3",
    "named_4_",
    "most_named",         // named most often of the candidates (at least twice)
    "opens_its_sentence", // opens the quotation's sentence
    "opens_previous",     // opens the sentence before
    "opens_paragraph",    // the first candidate named in the quotation's paragraph
    "full_name",          // last named by more than one word
    "after_preposition",  // last named after a preposition
    "before_cue",         // a verb of saying follows its last naming closely
    "possessive",         // last named with a possessive ("Smith's")
    "last_quoted",        // last named inside another quotation
    "headline_named",     // named in the first paragraph
    "only_candidate",     // the only entity candidate
    "before_colon",       // last named in the sentence of the colon before the quotation
];
/// The quotation's shape: each feature counts once alone ("") and once with the shape.
pub const CONTEXTS: [&str; 5] = ["", "short", "partial", "whole", "sentence"];
/// The model's feature names.
pub const NAMES: Names = Names {
    base: &BASE,
    contexts: &CONTEXTS,
};

/// A speaker a quotation may have (`None`: nobody), with its features.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub entity: Option<usize>,
    pub features: Vec<u16>,
}

/// A quotation the rules left without a source, with its candidates ("nobody" first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub quote: Span,
    pub candidates: Vec<Candidate>,
}

/// The committed weights (`data/speaker_fallback/weights.tsv`); none if they do not read,
/// which a unit test rules out.
pub fn builtin() -> Option<&'static Weights> {
    perceptron::builtin!("../../data/speaker_fallback/weights.tsv", NAMES)
}

/// The speaker `weights` choose among `candidates` ("nobody" first): an entity that
/// outscores "nobody" by more than [`MARGIN`] and every other entity (ties: the first).
pub fn choose(weights: &Weights, candidates: &[Candidate]) -> Option<usize> {
    choose_with_margin(weights, candidates, MARGIN)
}

/// [`choose`] with another margin (the trainer reports a few).
pub fn choose_with_margin(
    weights: &Weights,
    candidates: &[Candidate],
    margin: i64,
) -> Option<usize> {
    let nobody = candidates.first().map_or(0, |c| weights.score(&c.features));
    let mut best: Option<(usize, i64)> = None;
    for c in candidates.iter().skip(1) {
        let s = weights.score(&c.features);
        if let Some(e) = c.entity {
            if s > nobody + margin && best.is_none_or(|(_, b)| s > b) {
                best = Some((e, s));
            }
        }
    }
    best.map(|(e, _)| e)
}

/// The pipeline on `text` with the rules deciding every quotation (the he/she ranker too:
/// the rules'), and every quotation they left without a source, with its candidates.
pub fn cases(text: &str) -> (Analysis, Vec<Case>) {
    let doc = crate::text::Document::parse(text);
    let resolved = crate::entities::merge(&doc, crate::mentions::find(&doc));
    let (quotes, recorded) = super::attribute_with(
        &doc,
        &resolved,
        &crate::quotes::find(&doc),
        Rankers::default(),
        true,
    );
    (
        Analysis {
            entities: resolved.entities,
            quotes,
        },
        recorded.fallback,
    )
}

/// What the examples of a set of documents hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Quotations the rules left without a source that match a gold quoted region.
    pub cases: usize,
    /// … whose gold is a named or resolved source.
    pub named: usize,
    /// … of which a candidate has the gold name (examples).
    pub reachable: usize,
    /// … whose gold is nobody by name: descriptive, pronoun, missing source, no attribution.
    pub nobody: usize,
}

/// The examples of one gold document: each quotation the rules left without a source that
/// matches a gold quoted region, when "nobody" or a candidate is right.
pub fn examples(gold: &PolnearDocument, coverage: &mut Coverage) -> Vec<Example> {
    let (analysis, cases) = cases(&gold.text);
    let name = |e: usize| analysis.entities.get(e).map_or("", |e| e.name.as_str());
    let regions: Vec<Span> = gold.quotes.iter().map(|q| q.span).collect();
    let predicted: Vec<Span> = analysis.quotes.iter().map(|q| q.span).collect();
    let mut gold_of = vec![None; predicted.len()];
    for (g, m) in match_quotes(&regions, &predicted).into_iter().enumerate() {
        if let Some(m) = m {
            gold_of[m] = Some(&gold.quotes[g]);
        }
    }
    let mut out = Vec::new();
    for case in &cases {
        let Some(p) = predicted.iter().position(|&s| s == case.quote) else {
            continue;
        };
        let Some(q) = gold_of[p] else {
            continue;
        };
        coverage.cases += 1;
        let named = q.direct
            && matches!(
                q.category,
                Some(SourceCategory::Named | SourceCategory::Resolved)
            );
        let gold: Vec<bool> = if named {
            coverage.named += 1;
            let gold_name = q.speaker.as_deref().unwrap_or("");
            case.candidates
                .iter()
                .map(|c| {
                    c.entity
                        .is_some_and(|e| speaker_matches(gold_name, name(e)))
                })
                .collect()
        } else if q.direct && q.category.is_none() {
            continue;
        } else {
            coverage.nobody += 1;
            case.candidates.iter().map(|c| c.entity.is_none()).collect()
        };
        if gold.contains(&true) {
            coverage.reachable += usize::from(named);
            out.push(Example {
                candidates: case.candidates.iter().map(|c| c.features.clone()).collect(),
                gold,
            });
        }
    }
    out
}

/// The perceptron over `examples` ([`perceptron::train`]).
pub fn train(examples: &[Example], settings: Settings) -> Weights {
    perceptron::train(examples, NAMES.len(), settings)
}

/// Of `examples`, how many the weights decide right ([`choose`]), and how many of the
/// entities they choose are right: ((right, of), (entities right, entities chosen)).
pub fn accuracy(
    weights: &Weights,
    examples: &[Example],
    margin: i64,
) -> ((usize, usize), (usize, usize)) {
    let (mut right, mut chosen, mut chosen_right) = (0, 0, 0);
    for ex in examples {
        let candidates: Vec<Candidate> = ex
            .candidates
            .iter()
            .enumerate()
            .map(|(i, f)| Candidate {
                entity: (i > 0).then_some(i),
                features: f.clone(),
            })
            .collect();
        let pick = choose_with_margin(weights, &candidates, margin).unwrap_or(0);
        right += usize::from(ex.gold[pick]);
        if pick > 0 {
            chosen += 1;
            chosen_right += usize::from(ex.gold[pick]);
        }
    }
    ((right, examples.len()), (chosen_right, chosen))
}

/// The source of the quotation before, when it is near (in this or the last paragraph).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Previous {
    /// None near.
    None,
    /// A named source.
    Attributed,
    /// An unnamed source, by its description.
    Described,
    /// No source, in the same paragraph.
    Sourceless,
}

/// What an entity candidate looks like before its features are set.
struct Gathered {
    entity: usize,
    /// The first token of its latest naming before the quotation, in the window.
    last: Option<usize>,
    /// Named in the quotation's sentence after it.
    after: bool,
}

/// Words before a quotation that make it a term or a name.
const CALLED: [&str; 11] = [
    "call", "calls", "called", "dub", "dubbed", "termed", "labeled", "labelled", "as", "titled",
    "entitled",
];
/// Words before a quotation that make it a noun phrase's.
const DETERMINERS: [&str; 10] = [
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
];
/// Turns the feature `name` of [`BASE`] on. (Not inlined: it is called from many places, and
/// the bundle's size counts.)
#[inline(never)]
fn on(base: &mut Vec<usize>, name: &str) {
    if let Some(i) = BASE.iter().position(|&b| b == name) {
        base.push(i);
    }
}

/// How many tokens after a naming a cue may stand for the name to be its subject.
const CUE_REACH: usize = 4;

impl<'a, 't> Context<'a, 't> {
    /// The entity at token `k` that may speak, by a mention or by a family name alone.
    fn speaker_at(&self, k: usize) -> Option<usize> {
        let e = match self.mention_at.at(k) {
            Some(m) => self.resolved.mentions[m].entity,
            None => self.surname_at.at(k)?,
        };
        self.resolved.entities[e].kind.can_speak().then_some(e)
    }

    /// The candidates for the quotation `q` at tokens `a..b` ("nobody" first), with their
    /// features.
    pub(super) fn fallback_candidates(
        &self,
        q: &QuoteMarks,
        (a, b): (usize, usize),
        last_speaker: Option<(usize, usize)>,
        previous: Previous,
    ) -> Vec<Candidate> {
        let doc = self.doc;
        let n = doc.tokens.len();
        if a >= n {
            return Vec::new();
        }
        let sentence = doc.tokens[a].sentence;
        let paragraph = doc.tokens[a].paragraph;
        let (sentence_start, _) = doc.sentences[sentence];
        // The end of the quotation's sentence (of its last token's), in its paragraph.
        // (Both bounded: a sentence without stops may be long, and hold many quotations.)
        let sentence_end = if b < n && doc.tokens[b].paragraph == paragraph {
            doc.sentences[doc.tokens[b].sentence].1.min(b + AFTER)
        } else {
            b
        };
        let sentence_start = sentence_start.max(a.saturating_sub(WINDOW));
        let text = q.content.of(doc.text);
        let words = text.split_whitespace().count();
        let whole = self.is_whole_paragraph(q, a, b);
        let short = is_short(doc, q);
        let lowercase = text.chars().next().is_some_and(char::is_lowercase);
        let opens = (sentence_start..a).all(|k| doc.tokens[k].kind == TokenKind::Punct);
        let context = if short {
            1
        } else if whole {
            3
        } else if lowercase || !opens {
            2
        } else {
            4
        };
        let in_sentence = |k: usize| !self.quoted[k] && (k < a || k >= b);
        let sentence_cue = (sentence_start..sentence_end.min(n))
            .any(|k| in_sentence(k) && self.cue_lemma(k).is_some());
        let mut base: Vec<usize> = Vec::new();

        // The entities named in the window and in the sentence after the quotation.
        let start = a.saturating_sub(WINDOW);
        let first_paragraph = paragraph.saturating_sub(2);
        let mut gathered: Vec<Gathered> = Vec::new();
        let mut k = a;
        while k > start && gathered.len() < MAX_CANDIDATES {
            k -= 1;
            if doc.tokens[k].paragraph < first_paragraph {
                break;
            }
            let Some(e) = self.speaker_at(k) else {
                continue;
            };
            let first = self.naming_start(k).max(start);
            if !gathered.iter().any(|g| g.entity == e) {
                gathered.push(Gathered {
                    entity: e,
                    last: Some(first),
                    after: false,
                });
            }
            k = first;
        }
        for k in b..sentence_end.min(n) {
            if self.quoted[k] {
                continue;
            }
            if let Some(e) = self.speaker_at(k) {
                if let Some(g) = gathered.iter_mut().find(|g| g.entity == e) {
                    g.after = true;
                } else if gathered.len() < MAX_CANDIDATES + 2 {
                    gathered.push(Gathered {
                        entity: e,
                        last: None,
                        after: true,
                    });
                }
            }
        }
        // The named subjects of the latest cues, and of cues in this sentence and the one
        // before.
        let i = self.cue_subjects.partition_point(|&(k, _)| k < a);
        let mut cue_subjects: Vec<usize> = Vec::new();
        for &(_, e) in self.cue_subjects[..i].iter().rev() {
            if !cue_subjects.contains(&e) {
                cue_subjects.push(e);
            }
            if cue_subjects.len() == 2 {
                break;
            }
        }
        let previous_start = sentence
            .checked_sub(1)
            .map_or(sentence_start, |s| doc.sentences[s].0)
            .max(start);
        let from = self
            .cue_subjects
            .partition_point(|&(k, _)| k < previous_start);
        let to = self
            .cue_subjects
            .partition_point(|&(k, _)| k < sentence_end);
        let cue_nearby = &self.cue_subjects[from..to];
        let speaker = last_speaker.map(|(e, _)| e);
        for e in speaker.into_iter().chain(cue_subjects.iter().copied()) {
            if !gathered.iter().any(|g| g.entity == e) {
                gathered.push(Gathered {
                    entity: e,
                    last: None,
                    after: false,
                });
            }
        }

        // The quotation's own features, on "nobody".
        on(&mut base, "nobody");
        on(
            &mut base,
            match words {
                0 | 1 => "words_1",
                2..=4 => "words_2_4",
                5..=10 => "words_5_10",
                _ => "words_11_",
            },
        );
        if lowercase {
            on(&mut base, "lowercase");
        }
        if super::ends_in(text, b".!?,") {
            on(&mut base, "ends_stop");
        }
        if whole {
            on(&mut base, "fills_paragraph");
        }
        if opens {
            on(&mut base, "opens_sentence");
        }
        let before = a.checked_sub(1);
        let colon = before.filter(|&k| self.word(k) == ":");
        if colon.is_some() {
            on(&mut base, "after_colon");
        }
        let paragraph_colon = doc.opens_paragraph(a)
            && before.is_some_and(|k| self.word(k) == ":" || (k > 0 && self.word(k - 1) == ":"));
        if paragraph_colon {
            on(&mut base, "paragraph_colon");
        }
        if sentence_cue {
            on(&mut base, "sentence_cue");
        }
        if let Some(k) = before {
            let word = self.lower(k);
            if CALLED.contains(&word.as_ref()) {
                on(&mut base, "called_before");
            }
            if DETERMINERS.contains(&word.as_ref()) || is_possessive_s(&word) {
                on(&mut base, "determiner_before");
            }
        }
        if is_title_of_work(doc, q) {
            on(&mut base, "title_case");
        }
        if paragraph == 0 {
            on(&mut base, "headline");
        }
        if !q.double {
            on(&mut base, "single_marks");
        }
        if (sentence_start..sentence_end.min(n))
            .any(|k| in_sentence(k) && self.speaker_at(k).is_some())
        {
            on(&mut base, "sentence_names");
        }
        match previous {
            Previous::Attributed => on(&mut base, "previous_attributed"),
            Previous::Described => on(&mut base, "previous_described"),
            Previous::Sourceless => on(&mut base, "previous_sourceless"),
            Previous::None => {}
        }
        if gathered.is_empty() {
            on(&mut base, "no_candidate");
        }
        let mut candidates = vec![Candidate {
            entity: None,
            features: NAMES.crossed(&base, &[context]),
        }];

        // What the article says of the entities so far.
        let named_before = |e: usize| -> usize { self.named_at[e].partition_point(|&k| k < a) };
        let most = gathered
            .iter()
            .map(|g| named_before(g.entity))
            .max()
            .unwrap_or(0);
        let opener = |s: usize| self.opening_names(doc.sentences[s].0).map(|(e, _)| e);
        let opens_its = opener(sentence);
        let opens_previous = sentence.checked_sub(1).and_then(opener);
        let paragraph_first = gathered
            .iter()
            .filter_map(|g| g.last.filter(|&k| doc.tokens[k].paragraph == paragraph))
            .min();
        let colon_sentence = colon.map(|k| doc.tokens[k].sentence);
        let speaker_near =
            last_speaker.is_some_and(|(_, at)| paragraph <= doc.tokens[at].paragraph + 1);
        let only = gathered.len() == 1;
        for (rank, g) in gathered.iter().enumerate() {
            let e = g.entity;
            base.clear();
            on(
                &mut base,
                match self.resolved.entities[e].kind {
                    EntityType::Person => "person",
                    EntityType::Org => "organisation",
                    _ => "place",
                },
            );
            if g.after && g.last.is_none_or(|k| doc.tokens[k].sentence != sentence) {
                on(&mut base, "sentence_after");
            }
            match g.last {
                Some(last) => {
                    if rank < 3 {
                        on(&mut base, ["recent_0", "recent_1", "recent_2"][rank]);
                    }
                    on(
                        &mut base,
                        match sentence - doc.tokens[last].sentence.min(sentence) {
                            0 => "sentence_0",
                            1 => "sentence_1",
                            2 => "sentence_2",
                            _ => "sentence_3_",
                        },
                    );
                    on(
                        &mut base,
                        match paragraph - doc.tokens[last].paragraph.min(paragraph) {
                            0 => "paragraph_0",
                            1 => "paragraph_1",
                            _ => "paragraph_2_",
                        },
                    );
                    if self.quoted[last] {
                        on(&mut base, "last_quoted");
                    }
                    let end = self
                        .mention_at
                        .at(last)
                        .map_or(last + 1, |m| self.resolved.mentions[m].tokens.1);
                    if end > last + 1 {
                        on(&mut base, "full_name");
                    }
                    if last > 0
                        && super::pronouns::PREPOSITIONS.contains(&self.lower(last - 1).as_ref())
                    {
                        on(&mut base, "after_preposition");
                    }
                    if end < n && matches!(self.word(end), "'s" | "’s" | "'" | "’") {
                        on(&mut base, "possessive");
                    }
                    if (end..(end + CUE_REACH).min(a)).any(|k| self.cue_lemma(k).is_some()) {
                        on(&mut base, "before_cue");
                    }
                    if colon_sentence == Some(doc.tokens[last].sentence) {
                        on(&mut base, "before_colon");
                    }
                    if paragraph_first == Some(last) {
                        on(&mut base, "opens_paragraph");
                    }
                }
                None if !g.after => on(&mut base, "not_in_window"),
                None => {}
            }
            if speaker == Some(e) {
                on(
                    &mut base,
                    if speaker_near {
                        "last_speaker"
                    } else {
                        "last_speaker_far"
                    },
                );
            }
            match cue_subjects.iter().position(|&c| c == e) {
                Some(0) => on(&mut base, "cue_subject_1"),
                Some(_) => on(&mut base, "cue_subject_2"),
                None => {}
            }
            for &(k, c) in cue_nearby {
                if c == e {
                    let here = doc.tokens[k].sentence == sentence
                        || (k >= b && doc.tokens[k].sentence <= doc.tokens[b.min(n - 1)].sentence);
                    on(
                        &mut base,
                        if here { "cue_sentence" } else { "cue_previous" },
                    );
                }
            }
            match named_before(e) {
                0 => {}
                1 => on(&mut base, "named_1"),
                2 | 3 => on(&mut base, "named_2_3"),
                _ => on(&mut base, "named_4_"),
            }
            if named_before(e) >= 2 && named_before(e) == most {
                on(&mut base, "most_named");
            }
            if self.named_at[e]
                .first()
                .is_some_and(|&k| k < a && doc.tokens[k].paragraph == 0)
            {
                on(&mut base, "headline_named");
            }
            if opens_its == Some(e) {
                on(&mut base, "opens_its_sentence");
            }
            if opens_previous == Some(e) {
                on(&mut base, "opens_previous");
            }
            if only {
                on(&mut base, "only_candidate");
            }
            crate::analysis::sort_numbers(&mut base);
            base.dedup();
            candidates.push(Candidate {
                entity: Some(e),
                features: NAMES.crossed(&base, &[context]),
            });
        }
        candidates
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_weights_read() {
        let w = builtin().expect("data/speaker_fallback/weights.tsv reads");
        assert!(w.0.iter().any(|&x| x != 0));
    }

    fn feature(name: &str) -> u16 {
        NAMES.index(name).unwrap() as u16
    }

    #[test]
    fn an_entity_must_outscore_nobody() {
        let w = Weights::parse(
            "feature\talone\nnobody\t500\nperson\t400\nlast_speaker\t1200\n",
            &NAMES,
        )
        .unwrap();
        let nobody = Candidate {
            entity: None,
            features: vec![feature("nobody")],
        };
        let plain = Candidate {
            entity: Some(3),
            features: vec![feature("person")],
        };
        let speaker = Candidate {
            entity: Some(5),
            features: vec![feature("person"), feature("last_speaker")],
        };
        assert_eq!(choose(&w, &[nobody.clone(), plain.clone()]), None);
        assert_eq!(choose(&w, &[nobody.clone(), plain, speaker]), Some(5));
        assert_eq!(choose(&w, &[nobody]), None);
        assert_eq!(choose(&w, &[]), None);
    }

    fn recorded(text: &str) -> Vec<(String, Vec<String>)> {
        let (analysis, cases) = cases(text);
        cases
            .iter()
            .map(|c| {
                let names = c
                    .candidates
                    .iter()
                    .map(|c| {
                        c.entity
                            .map_or("-".into(), |e| analysis.entities[e].name.clone())
                    })
                    .collect();
                (c.quote.of(text).to_string(), names)
            })
            .collect()
    }

    #[test]
    fn a_quotation_without_a_source_is_recorded_with_nobody_and_the_people_near() {
        let text = "Senator Maria Ortega toured the Dayton plant on Monday.\n\n\
                    For months, “managed decline” has been the rule in the region.";
        let cases = recorded(text);
        let (quote, names) = cases.last().expect("the quotation is recorded");
        assert_eq!(quote, "managed decline");
        assert_eq!(names[0], "-");
        assert!(names.iter().any(|n| n == "Maria Ortega"), "{names:?}");
    }

    #[test]
    fn a_term_with_a_person_named_near_stays_nobodys() {
        let text = "Senator Maria Ortega toured the Dayton plant on Monday.\n\n\
                    For months, “managed decline” has been the rule in the region.";
        let doc = crate::text::Document::parse(text);
        let resolved = crate::entities::merge(&doc, crate::mentions::find(&doc));
        let quotes = super::super::attribute(&doc, &resolved, &crate::quotes::find(&doc));
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].speaker, None);
    }
}
