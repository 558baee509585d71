//! Who "he" or "she" is: a learned ranker over the people a pronoun may refer to.
//!
//! Takes a he/she at token `p` that [`super`] reads as the subject of a cue (`“…,” she said`,
//! `He added`), with the rules' own reading ([`super::Context::resolve_pronoun_by_rules`]);
//! gives the person it refers to. The candidates are the people named in the
//! [`WINDOW`] tokens before the pronoun (at most [`MAX_CANDIDATES`], the most recently named
//! first), the last speaker, the last two people said to say something (named subjects of a
//! cue) and the rules' choice; a person of the other gender is never one. Each candidate
//! gets a handful of yes/no features ([`BASE`]): is it the rules' choice, the last speaker,
//! the last subject of a cue; how recently, how often and where it was named (sentences and
//! paragraphs back, inside a quotation, in the headline, opening the sentence before, first
//! named in this paragraph, after a preposition); is its gender known to match. Each feature
//! counts once alone and once with where the pronoun stands ([`CONTEXTS`]: right after a
//! closing mark, opening its sentence, inside it). The score is the sum of the features'
//! weights; the best candidate wins (ties: the most recently named), and with no candidate
//! the rules' choice stands. "It" and "they" are the rules' alone.
//!
//! The weights are data (`data/speaker_ranker/weights.tsv`, a table of a base feature a
//! line and a context a column, compiled in), learned by an averaged perceptron ([`train`])
//! from PolNeAR's training split: `make train-speakers` (examples/train_speakers.rs; `data/speaker_ranker/README.md`
//! says how and what they scored). The gold of a pronoun is the speaker PolNeAR resolves it
//! to (its `resolved` sources, matched by last name as the scorer does); the candidates are
//! read with the rules deciding ([`cases`]), so the same corpus gives the same weights. Each
//! pronoun looks at a bounded window: the stage stays linear in the text.

use super::perceptron::{self, Names};
pub use super::perceptron::{Example, Settings, Weights};
use super::Context;
use crate::analysis::{Analysis, EntityType, Span};
use crate::eval::{match_quotes, speaker_matches};
use crate::eval_polnear::{PolnearDocument, SourceCategory};
use crate::lexicon::Gender;
use crate::text::TokenKind;

/// How far back (in tokens) a pronoun's candidates may be named.
pub const WINDOW: usize = 400;
/// At most this many people named in the window are candidates (the most recent).
pub const MAX_CANDIDATES: usize = 10;

/// Conjunctions that open a sentence's first clause before its subject.
const OPENING_CONJUNCTIONS: [&str; 10] = [
    "though", "although", "when", "while", "as", "if", "because", "since", "after", "before",
];

/// A candidate's features, each yes or no.
pub const BASE: [&str; 39] = [
    "rules",              // the rules' choice
    "last_speaker",       // spoke the last attributed quotation, 2 paragraphs back at most
    "last_speaker_far",   // spoke the last attributed quotation, further back
    "cue_subject_1",      // the last person named as the subject of a cue
    "cue_subject_2",      // the one before
    "cue_subject_window", // a named cue subject in the window, not the last two
    "gender_exact",       // its gender is known to be the pronoun's (else unknown)
    "recent_0",           // the most recently named candidate
    "recent_1",
    "recent_2",
    "recent_exact_0", // the most recently named candidate known to be of that gender
    "recent_exact_1",
    "sentence_0", // last named in the pronoun's sentence
    "sentence_1", // in the sentence before
    "sentence_2",
    "sentence_3_5",
    "sentence_6_",
    "not_in_window", // a candidate only as speaker, cue subject or rules' choice
    "paragraph_0",   // last named in the pronoun's paragraph
    "paragraph_1",
    "paragraph_2",
    "paragraph_3_",
    "last_quoted",              // last named inside a quotation
    "named_1",                  // named once so far
    "named_2_3",                // two or three times
    "named_4_",                 // four times or more
    "most_named",               // named most often of the candidates (at least twice)
    "headline",                 // named first in the first paragraph
    "named_early",              // named first in the first three paragraphs
    "first_named",              // named first of the candidates
    "opens_previous",           // opens the sentence before (or its main clause), same paragraph
    "opens_previous_paragraph", // opens the sentence before, the paragraph before
    "opens_recent",             // opens the second or third sentence before
    "paragraph_first",          // the first candidate named in this paragraph
    "previous_paragraph_first", // the first candidate named in the paragraph before
    "full_name",                // last named by more than one word
    "after_preposition",        // last named after a preposition ("to Clinton", "with Trump")
    "before_cue", // a cue follows its last naming closely ("Kerry told", "Obama, who said")
    "appositive", // its last naming is introduced by a description ("Ann Lee, a professor")
];
/// Where the pronoun stands: the features count once alone ("") and once per context.
pub const CONTEXTS: [&str; 4] = ["", "after_quote", "opens", "inside"];
/// The model's feature names (`rules`, `rules@opens`).
pub const NAMES: Names = Names {
    base: &BASE,
    contexts: &CONTEXTS,
};
/// How many weights a model has.
pub const FEATURES: usize = NAMES.len();

/// A person a pronoun may refer to, with its features (indices below [`FEATURES`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub entity: usize,
    pub features: Vec<u16>,
}

/// A he/she resolved on the way, with its candidates (in order of preference on ties).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub pronoun: Span,
    pub rules: Option<usize>,
    pub candidates: Vec<Candidate>,
}

/// The committed weights (`data/speaker_ranker/weights.tsv`); none if they do not read,
/// which a unit test rules out.
pub fn builtin() -> Option<&'static Weights> {
    perceptron::builtin!("../../data/speaker_ranker/weights.tsv", NAMES)
}

/// The pipeline on `text` with the rules deciding every pronoun, and every he/she it
/// resolved with its candidates: what [`train`] learns from.
pub fn cases(text: &str, fallback: Option<&'static Weights>) -> (Analysis, Vec<Case>) {
    let doc = crate::text::Document::parse(text);
    let resolved = crate::entities::merge(&doc, crate::mentions::find(&doc));
    let rankers = super::Rankers {
        pronoun: None,
        fallback,
    };
    let (quotes, recorded) =
        super::attribute_with(&doc, &resolved, &crate::quotes::find(&doc), rankers, true);
    (
        Analysis {
            entities: resolved.entities,
            quotes,
        },
        recorded.pronouns,
    )
}

/// What the examples of a set of documents hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Gold `resolved` quotations.
    pub resolved: usize,
    /// … whose matched quotation the stage gave to a he/she.
    pub by_pronoun: usize,
    /// … where a candidate is the gold speaker (the examples).
    pub reachable: usize,
    /// … where the rules chose the gold speaker.
    pub rules_right: usize,
}

/// The examples of one gold document: each `resolved` quotation that the stage attributes
/// through a he/she, when a candidate is the gold speaker (by last name).
pub fn examples(
    gold: &PolnearDocument,
    fallback: Option<&'static Weights>,
    coverage: &mut Coverage,
) -> Vec<Example> {
    let (analysis, cases) = cases(&gold.text, fallback);
    let name = |e: usize| analysis.entities.get(e).map_or("", |e| e.name.as_str());
    let resolved: Vec<_> = gold
        .quotes
        .iter()
        .filter(|q| q.direct && q.category == Some(SourceCategory::Resolved))
        .collect();
    let spans: Vec<Span> = resolved.iter().map(|q| q.span).collect();
    let predicted: Vec<Span> = analysis.quotes.iter().map(|q| q.span).collect();
    let mut out = Vec::new();
    for (q, m) in resolved.iter().zip(match_quotes(&spans, &predicted)) {
        coverage.resolved += 1;
        let gold_name = q.speaker.as_deref().unwrap_or("");
        let Some(mention) = m.and_then(|m| analysis.quotes[m].speaker_mention) else {
            continue;
        };
        let Some(case) = cases.iter().rev().find(|c| c.pronoun == mention) else {
            continue;
        };
        coverage.by_pronoun += 1;
        let gold: Vec<bool> = case
            .candidates
            .iter()
            .map(|c| speaker_matches(gold_name, name(c.entity)))
            .collect();
        if case
            .rules
            .is_some_and(|e| speaker_matches(gold_name, name(e)))
        {
            coverage.rules_right += 1;
        }
        if gold.contains(&true) {
            coverage.reachable += 1;
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
    perceptron::train(examples, FEATURES, settings)
}

/// How many of `examples` the weights rank a gold candidate first for.
pub fn accuracy(weights: &Weights, examples: &[Example]) -> (usize, usize) {
    let right = examples
        .iter()
        .filter(|ex| {
            weights
                .best(ex.candidates.iter().map(Vec::as_slice))
                .is_some_and(|i| ex.gold[i])
        })
        .count();
    (right, examples.len())
}

/// What a pronoun's candidate looks like before its features are set.
struct Gathered {
    entity: usize,
    /// The first token of its latest naming in the window.
    last: Option<usize>,
}

pub(super) const PREPOSITIONS: [&str; 12] = [
    "to", "with", "of", "by", "against", "for", "about", "on", "at", "from", "in", "than",
];
/// How many tokens after a naming a cue may stand for the name to be its subject.
const CUE_REACH: usize = 4;

impl<'a, 't> Context<'a, 't> {
    /// The person the "he" or "she" at token `p` refers to by the ranker, given the rules'
    /// choice `rules`; `rules` itself without a ranker or a candidate.
    pub(super) fn rank_pronoun(
        &self,
        p: usize,
        gender: Gender,
        last_speaker: Option<(usize, usize)>,
        rules: Option<usize>,
    ) -> Option<usize> {
        if self.ranker.is_none() && self.log.is_none() {
            return rules;
        }
        // Inside a sentence, a fitting name earlier in it is the antecedent ("It was not
        // clear from Xi's remarks what he meant, although he told Blinken …"): the rules'.
        let opens = self.pronoun_opens(p);
        if !opens && self.antecedent_in_sentence(p, gender).is_some() {
            return rules;
        }
        // A sentence that opens with the pronoun goes on about the person who opens the one
        // before, in the same paragraph ("Rathbun requested donations …. He described …").
        if opens && self.continues_previous_subject(p, gender) {
            return rules;
        }
        let candidates = self.pronoun_candidates(p, gender, last_speaker, rules);
        if let Some(log) = &self.log {
            log.borrow_mut().push(Case {
                pronoun: self.doc.tokens[p].span,
                rules,
                candidates: candidates.clone(),
            });
        }
        match self.ranker {
            Some(w) => w
                .best(candidates.iter().map(|c| c.features.as_slice()))
                .map(|i| candidates[i].entity)
                .or(rules),
            None => rules,
        }
    }

    /// Is the pronoun at token `p` the subject its sentence opens with: after nothing but
    /// quotations and punctuation (`“…,” he said`), or after an opening phrase and its comma
    /// that names no one (`Of the public process, he said`)?
    fn pronoun_opens(&self, p: usize) -> bool {
        let doc = self.doc;
        let (sentence_start, _) = doc.sentences[doc.tokens[p].sentence];
        let bare = self.after_quotations_only(p);
        let after_phrase = p > sentence_start
            && self.word(p - 1) == ","
            && (sentence_start..p).all(|k| {
                self.mention_at.at(k).is_none()
                    && self.surname_at.at(k).is_none()
                    && (self.quoted[k] || !matches!(self.word(k), "," | ";" | ":"))
                    || k == p - 1
            });
        // ("Though she called it …", "When he spoke": the subject of the sentence's first
        // clause, right after its conjunction.)
        let after_conjunction = p > sentence_start
            && (sentence_start..p - 1).all(|k| doc.tokens[k].kind == TokenKind::Punct)
            && OPENING_CONJUNCTIONS.contains(&self.lower(p - 1).as_ref());
        bare || after_phrase
            || after_conjunction
            || self.asks_about(p)
            || self.after_opening_preposition(p)
    }

    /// Does the sentence before the one token `p` opens, in the same paragraph, open with a
    /// person of the pronoun's gender (or of none known), or name one of that very gender near
    /// its start?
    fn continues_previous_subject(&self, p: usize, gender: Gender) -> bool {
        let doc = self.doc;
        let sentence = doc.tokens[p].sentence;
        let Some(previous) = sentence.checked_sub(1) else {
            return false;
        };
        let (a, _) = doc.sentences[previous];
        if doc.tokens[a].paragraph != doc.tokens[p].paragraph || self.quoted[a] {
            return false;
        }
        let opener = self.opening_names(a).is_some_and(|(e, _)| {
            self.resolved.entities[e].kind == EntityType::Person
                && self.gender_fits(e, gender).is_some()
        });
        // "Later, Mr. Rathbun asked …", "His wife, Ana Dragomir, …": a person of that very
        // gender near the start.
        let (_, b) = doc.sentences[previous];
        let near_start = self
            .subject_near_start(a, b, gender, |k| self.person_at(k))
            .is_some();
        opener || near_start
    }

    /// The person named at token `k`, by a mention or by a family name alone.
    pub(super) fn person_at(&self, k: usize) -> Option<usize> {
        let e = match self.mention_at.at(k) {
            Some(m) => self.resolved.mentions[m].entity,
            None => self.surname_at.at(k)?,
        };
        (self.resolved.entities[e].kind == EntityType::Person).then_some(e)
    }

    /// Does a description follow the naming that ends before token `end`, set off by a
    /// comma ("Henry Crespo, president of the caucus", "Ann Lee, a professor")? News
    /// introduces a source so right before quoting them.
    fn introduced_by_appositive(&self, end: usize) -> bool {
        let next = self.lower(end + 1);
        self.word(end) == ","
            && self.word(end + 1).starts_with(char::is_lowercase)
            && !matches!(
                next.as_ref(),
                "and" | "or" | "but" | "who" | "which" | "whose"
            )
            && self.cue_lemma(end + 1).is_none()
    }

    /// Whether the naming of entity `e` at tokens `last..end` follows "with" as the subject
    /// of the verb of saying after it: "with Clinton lambasting the plan", "with Clinton —
    /// who has called for tax hikes — lambasting it" (an absolute clause: not an object).
    fn subject_after_with(&self, last: usize, end: usize, e: usize) -> bool {
        let from = self.cue_subjects.partition_point(|&(k, _)| k < end);
        self.lower(last - 1) == "with"
            && self.cue_subjects[from..]
                .iter()
                .take_while(|&&(k, _)| k < end + super::APPOSITIVE_WINDOW)
                .any(|&(_, subject)| subject == e)
    }

    /// The candidates for the he/she at token `p`, with their features.
    fn pronoun_candidates(
        &self,
        p: usize,
        gender: Gender,
        last_speaker: Option<(usize, usize)>,
        rules: Option<usize>,
    ) -> Vec<Candidate> {
        let doc = self.doc;
        let sentence = doc.tokens[p].sentence;
        let paragraph = doc.tokens[p].paragraph;
        let fits = |e: usize| self.gender_fits(e, gender);
        // Where the pronoun stands.
        let after_quote = p > 0 && self.quoted[p - 1];
        let opens = self.pronoun_opens(p);
        let context = if after_quote {
            1
        } else if opens {
            2
        } else {
            3
        };

        // The people named in the window, latest first.
        let start = p.saturating_sub(WINDOW);
        let mut gathered: Vec<Gathered> = Vec::new();
        let mut k = p;
        while k > start && gathered.len() < MAX_CANDIDATES {
            k -= 1;
            let Some(e) = self.person_at(k) else {
                continue;
            };
            let first = self.naming_start(k).max(start);
            if fits(e).is_some() && !gathered.iter().any(|g| g.entity == e) {
                gathered.push(Gathered {
                    entity: e,
                    last: Some(first),
                });
            }
            k = first;
        }
        // The named subjects of the latest cues.
        let i = self.cue_subjects.partition_point(|&(k, _)| k < p);
        let mut cue_subjects: Vec<usize> = Vec::new();
        let mut in_window: Vec<usize> = Vec::new();
        for &(k, e) in self.cue_subjects[..i].iter().rev() {
            if k < start && cue_subjects.len() >= 2 {
                break;
            }
            if cue_subjects.len() < 2 && !cue_subjects.contains(&e) {
                cue_subjects.push(e);
            } else if k >= start && !in_window.contains(&e) {
                in_window.push(e);
            }
        }
        let speaker = last_speaker.map(|(e, _)| e);
        for e in [rules, speaker]
            .into_iter()
            .flatten()
            .chain(cue_subjects.iter().copied())
        {
            let person = self.resolved.entities[e].kind == EntityType::Person;
            if person && fits(e).is_some() && !gathered.iter().any(|g| g.entity == e) {
                gathered.push(Gathered {
                    entity: e,
                    last: None,
                });
            }
        }

        // What the article says of them so far.
        let named_before = |e: usize| -> usize { self.named_at[e].partition_point(|&k| k < p) };
        let first_named = |e: usize| self.named_at[e].first().copied().unwrap_or(p);
        let most = gathered
            .iter()
            .map(|g| named_before(g.entity))
            .max()
            .unwrap_or(0);
        let earliest = gathered
            .iter()
            .map(|g| first_named(g.entity))
            .min()
            .unwrap_or(p);
        // The people that open the sentences before.
        let opener = |s: usize| -> Option<usize> {
            let (e, _) = self.sentence_opener(s)?;
            (self.resolved.entities[e].kind == EntityType::Person).then_some(e)
        };
        let previous_opener = sentence.checked_sub(1).and_then(|s| {
            let same = doc.tokens[doc.sentences[s].0].paragraph == paragraph;
            opener(s).map(|e| (e, same))
        });
        let recent_openers: Vec<usize> = (sentence.saturating_sub(3)..sentence.saturating_sub(1))
            .filter_map(opener)
            .collect();
        // The first fitting person named in a paragraph, before `p` and in the window.
        let first_in_paragraph = |para: usize| -> Option<usize> {
            let from = doc.token_at_or_after(doc.paragraphs[para].start).max(start);
            (from..p)
                .take_while(|&k| doc.tokens[k].paragraph == para)
                .find_map(|k| self.person_at(k).filter(|&e| fits(e).is_some()))
        };
        let this_paragraph_first = first_in_paragraph(paragraph);
        let previous_paragraph_first = paragraph.checked_sub(1).and_then(first_in_paragraph);
        let speaker_near =
            last_speaker.is_some_and(|(_, at)| paragraph <= doc.tokens[at].paragraph + 2);

        let mut exact_rank = 0;
        gathered
            .iter()
            .enumerate()
            .map(|(rank, g)| {
                let e = g.entity;
                let mut base: Vec<usize> = Vec::new();
                let mut on = |name: &str| {
                    if let Some(i) = BASE.iter().position(|&b| b == name) {
                        base.push(i);
                    }
                };
                if rules == Some(e) {
                    on("rules");
                }
                if speaker == Some(e) {
                    on(if speaker_near {
                        "last_speaker"
                    } else {
                        "last_speaker_far"
                    });
                }
                match cue_subjects.iter().position(|&c| c == e) {
                    Some(0) => on("cue_subject_1"),
                    Some(_) => on("cue_subject_2"),
                    None if in_window.contains(&e) => on("cue_subject_window"),
                    None => {}
                }
                let exact = fits(e) == Some(true);
                if exact {
                    on("gender_exact");
                }
                match g.last {
                    Some(last) => {
                        match rank {
                            0 => on("recent_0"),
                            1 => on("recent_1"),
                            2 => on("recent_2"),
                            _ => {}
                        }
                        if exact {
                            match exact_rank {
                                0 => on("recent_exact_0"),
                                1 => on("recent_exact_1"),
                                _ => {}
                            }
                            exact_rank += 1;
                        }
                        on(match sentence - doc.tokens[last].sentence.min(sentence) {
                            0 => "sentence_0",
                            1 => "sentence_1",
                            2 => "sentence_2",
                            3..=5 => "sentence_3_5",
                            _ => "sentence_6_",
                        });
                        on(
                            match paragraph - doc.tokens[last].paragraph.min(paragraph) {
                                0 => "paragraph_0",
                                1 => "paragraph_1",
                                2 => "paragraph_2",
                                _ => "paragraph_3_",
                            },
                        );
                        if self.quoted[last] {
                            on("last_quoted");
                        }
                        let end = self
                            .mention_at
                            .at(last)
                            .map_or(last + 1, |m| self.resolved.mentions[m].tokens.1);
                        if end > last + 1 {
                            on("full_name");
                        }
                        if last > 0
                            && PREPOSITIONS.contains(&self.lower(last - 1).as_ref())
                            && !self.subject_after_with(last, end, e)
                        {
                            on("after_preposition");
                        }
                        if (end..(end + CUE_REACH).min(p)).any(|k| self.cue_lemma(k).is_some()) {
                            on("before_cue");
                        }
                        if end + 1 < p && self.introduced_by_appositive(end) {
                            on("appositive");
                        }
                    }
                    None => on("not_in_window"),
                }
                match named_before(e) {
                    0 => {}
                    1 => on("named_1"),
                    2 | 3 => on("named_2_3"),
                    _ => on("named_4_"),
                }
                if named_before(e) >= 2 && named_before(e) == most {
                    on("most_named");
                }
                let first = first_named(e);
                if first < p {
                    let para = doc.tokens[first].paragraph;
                    if para == 0 {
                        on("headline");
                    }
                    if para <= 2 {
                        on("named_early");
                    }
                    if first == earliest {
                        on("first_named");
                    }
                }
                match previous_opener {
                    Some((o, true)) if o == e => on("opens_previous"),
                    Some((o, false)) if o == e => on("opens_previous_paragraph"),
                    _ => {}
                }
                if recent_openers.contains(&e) {
                    on("opens_recent");
                }
                if this_paragraph_first == Some(e) {
                    on("paragraph_first");
                }
                if previous_paragraph_first == Some(e) {
                    on("previous_paragraph_first");
                }
                let mut features = Vec::with_capacity(2 * base.len());
                for &b in &base {
                    features.push(b as u16);
                    features.push((b + context * BASE.len()) as u16);
                }
                crate::analysis::sort_numbers(&mut features);
                Candidate {
                    entity: e,
                    features,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(entity: usize, names: &[&str]) -> Candidate {
        Candidate {
            entity,
            features: names
                .iter()
                .map(|n| NAMES.index(n).unwrap() as u16)
                .collect(),
        }
    }

    #[test]
    fn the_committed_weights_read() {
        let w = builtin().expect("data/speaker_ranker/weights.tsv reads");
        assert!(w.0.iter().any(|&x| x != 0));
    }

    #[test]
    fn the_best_candidate_wins_and_ties_go_to_the_first() {
        let w = Weights::parse(
            "feature\talone\tafter_quote\nrules\t10\t0\nlast_speaker\t0\t25\n",
            &NAMES,
        )
        .unwrap();
        let best = |c: &[Candidate]| w.best(c.iter().map(|c| c.features.as_slice()));
        let a = candidate(4, &["rules"]);
        let b = candidate(7, &["last_speaker", "last_speaker@after_quote"]);
        assert_eq!(best(&[a.clone(), b.clone()]), Some(1));
        assert_eq!(best(&[b.clone(), a.clone()]), Some(0));
        let c = candidate(9, &["rules"]);
        assert_eq!(best(&[a, c]), Some(0));
        assert_eq!(best(&[]), None);
    }

    #[test]
    fn training_learns_which_feature_marks_the_gold() {
        // The gold is always the last speaker, never the most recently named.
        let ex = |speaker_first: bool| {
            let speaker = candidate(0, &["last_speaker", "sentence_2"]).features;
            let recent = candidate(1, &["recent_0", "sentence_0"]).features;
            if speaker_first {
                Example {
                    candidates: vec![speaker, recent],
                    gold: vec![true, false],
                }
            } else {
                Example {
                    candidates: vec![recent, speaker],
                    gold: vec![false, true],
                }
            }
        };
        let examples = vec![ex(true), ex(false), ex(false), ex(true)];
        let w = train(&examples, Settings::default());
        assert_eq!(accuracy(&w, &examples), (4, 4));
        assert_eq!(w, train(&examples, Settings::default()), "deterministic");
    }

    fn resolve(text: &str, ranker: bool) -> Vec<Option<String>> {
        let doc = crate::text::Document::parse(text);
        let resolved = crate::entities::merge(&doc, crate::mentions::find(&doc));
        let rankers = super::super::Rankers {
            pronoun: if ranker { builtin() } else { None },
            fallback: None,
        };
        let (quotes, _) = super::super::attribute_with(
            &doc,
            &resolved,
            &crate::quotes::find(&doc),
            rankers,
            false,
        );
        quotes
            .iter()
            .map(|q| q.speaker.map(|s| resolved.entities[s].name.clone()))
            .collect()
    }

    #[test]
    fn she_after_a_quotation_is_the_woman_speaking_not_one_merely_named() {
        let text = "Senator Maria Ortega spoke in Dayton on Monday.\n\n\
                    “We will win this,” Ortega said. She praised Janet Holm, a local teacher.\n\n\
                    “Our schools need help,” she said.";
        assert_eq!(
            resolve(text, true).last().cloned().flatten().as_deref(),
            Some("Maria Ortega")
        );
    }

    #[test]
    fn a_name_after_with_that_a_verb_of_saying_follows_is_its_subject_not_an_object() {
        // "with Clinton — … — lambasting the plan": the absolute clause's subject speaks.
        let text = "Jane Smith, an analyst, said taxes would rise.\n\nIt became an issue, \
                    with Hillary Clinton — who has called for higher taxes on the rich — \
                    lambasting the plan.\n\n“It is trickle-down economics,” she said.";
        let (analysis, cases) = cases(text, None);
        let case = cases.last().expect("the pronoun is recorded");
        let features = |name: &str| {
            let c = case
                .candidates
                .iter()
                .find(|c| analysis.entities[c.entity].name == name)
                .expect("a candidate");
            c.features.clone()
        };
        let after_preposition = NAMES.index("after_preposition").unwrap() as u16;
        assert!(!features("Hillary Clinton").contains(&after_preposition));
        assert_eq!(
            resolve(text, true).last().cloned().flatten().as_deref(),
            Some("Hillary Clinton")
        );
    }

    #[test]
    fn cases_record_each_pronoun_with_its_candidates() {
        let text = "Tomas Vale met Ana Petrov in Riga.\n\n\
                    “It went well,” he said.";
        let (analysis, cases) = cases(text, None);
        assert_eq!(analysis.quotes.len(), 1);
        let case = cases.last().expect("the pronoun is recorded");
        assert_eq!(case.pronoun.of(text), "he");
        let names: Vec<&str> = case
            .candidates
            .iter()
            .map(|c| analysis.entities[c.entity].name.as_str())
            .collect();
        assert!(names.contains(&"Tomas Vale"), "{names:?}");
        assert!(!names.contains(&"Ana Petrov"), "{names:?}");
        assert_eq!(resolve(text, false), resolve(text, true));
    }

    #[test]
    fn a_name_after_an_inverted_cue_and_after_an_opening_phrase_counts() {
        // "…, noted NBC's Tom Reyes." makes him the last subject of a cue; "In a statement
        // Tuesday, Sam Ortiz was …" opens the sentence before the pronoun's.
        let text = "“We won,” said Sam Ortiz, a strategist.\n\nBut debates rarely matter, \
                    noted NBC’s Tom Reyes.\n\n“Voters have made up their minds,” he wrote.\n\n\
                    In a statement Tuesday, Sam Ortiz was more careful.\n\n“It was a fair \
                    result for both sides,” he said.";
        let (analysis, cases) = cases(text, None);
        let has = |case: &Case, name: &str, feature: &str| {
            let index = BASE.iter().position(|&b| b == feature).expect("a feature") as u16;
            case.candidates
                .iter()
                .any(|c| analysis.entities[c.entity].name == name && c.features.contains(&index))
        };
        // (The last record of a pronoun is the stage's: see `examples`.)
        let case_at = |words: &str| {
            let at = text.find(words).expect("in the text");
            cases
                .iter()
                .rev()
                .find(|c| c.pronoun.start == at)
                .expect("recorded")
        };
        assert!(has(case_at("he wrote"), "Tom Reyes", "cue_subject_1"));
        assert!(has(
            case_at("he said"),
            "Sam Ortiz",
            "opens_previous_paragraph"
        ));
    }

    #[test]
    fn a_pronoun_right_after_an_opening_conjunction_opens_its_sentence() {
        let text = "Ada Vale met Tom Reyes.\n\nThough she called the talks “a real step forward \
                    for us,” Vale left early.";
        let (_, cases) = cases(text, None);
        let at = text.find("she called").expect("in the text");
        let case = cases
            .iter()
            .rev()
            .find(|c| c.pronoun.start == at)
            .expect("recorded");
        let opens = CONTEXTS
            .iter()
            .position(|&c| c == "opens")
            .expect("a context");
        let context = |f: u16| usize::from(f) / BASE.len();
        assert!(case.candidates[0]
            .features
            .iter()
            .any(|&f| context(f) == opens));
    }
}
