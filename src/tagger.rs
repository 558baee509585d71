//! Stage 2b: tokens + the rules' mentions → a learned name label for every token.
//!
//! Takes the [`Document`] and the mentions the rules of [`crate::mentions`] found; gives one
//! [`Label`] per token (outside, person, organisation, place, other name) and the names those
//! labels spell. The model is an averaged perceptron over hashed features, trained from
//! CoNLL-2003's training split by `cargo run --release --example train_tagger` (see
//! `data/tagger/README.md`); its weights are generated data compiled in from
//! `data/tagger/model.bin`.
//!
//! Features of token *i*, each hashed into one of 2^`bits` rows of weights (one weight per
//! label): its word in lower case and its neighbours' (two each side), bigrams, affixes, the
//! shape of the word and of its neighbours, whether it opens a sentence or stands in a
//! headline, what the word lists say of it (given name, known place, nationality,
//! organisation or facility head word, title, common word), **the rules' verdict** (the type
//! of the rule mention that covers it, and where in it), how the same word is written
//! elsewhere in the article (in lower case: a common word capitalised by position), and,
//! decoding left to right, the labels of the two tokens before and the label the same word
//! was given last time in the article. Rules keep what they do best (dates, quantities,
//! titles, quotations, alias merging); the model decides what the rules guess.

use crate::analysis::EntityType;
use crate::lexicon;
use crate::mentions::{self, Mention};
use crate::text::{Document, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

mod codec;
pub mod hybrid;
pub mod train;

/// What the model says of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Outside,
    Person,
    Org,
    Place,
    /// CoNLL's MISC: nationalities, events, works, products …
    Other,
}

impl Label {
    pub const ALL: [Label; 5] = [
        Label::Outside,
        Label::Person,
        Label::Org,
        Label::Place,
        Label::Other,
    ];
    pub const COUNT: usize = Self::ALL.len();

    fn index(self) -> usize {
        self as usize
    }

    fn tag(self) -> &'static str {
        match self {
            Label::Outside => "O",
            Label::Person => "P",
            Label::Org => "G",
            Label::Place => "L",
            Label::Other => "M",
        }
    }
}

/// A name the labels spell: tokens `[first, last)` with one label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tagged {
    pub tokens: (usize, usize),
    pub label: Label,
}

const MAGIC: &[u8; 6] = b"AHTAG4";

/// The trained weights: 2^`bits` rows of [`Label::COUNT`] signed bytes, kept as stored
/// (the rows that are not all zero, and a bitmap of which they are) and looked up through
/// a rank index. (Expanding them into every row cost a loop over 2^`bits` rows and 650 KB
/// on the first extract, which the browser runs in its baseline compiler.)
pub struct Model {
    bits: u32,
    /// Bit `r % 64` of word `r / 64`: row `r` is stored.
    stored: Vec<u64>,
    /// For each word of `stored`, how many rows the words before it store.
    rank: Vec<u32>,
    /// The stored rows' weights, in row order: signed bytes as their two's-complement `u8`.
    rows: Vec<u8>,
}

impl Model {
    /// Reads the stored form (see [`Model::to_bytes`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let header = MAGIC.len() + 1;
        if bytes.len() < header || &bytes[..MAGIC.len()] != MAGIC {
            return Err("not a tagger model".into());
        }
        let bits = u32::from(bytes[MAGIC.len()]);
        if !(3..=24).contains(&bits) {
            return Err("tagger model has the wrong size".into());
        }
        let codec::Decoded { stored, rows } = codec::decode(bits, &bytes[header..])?;
        let mut rank = Vec::with_capacity(stored.len());
        let mut count = 0u32;
        for word in &stored {
            rank.push(count);
            count += word.count_ones();
        }
        Ok(Model {
            bits,
            stored,
            rank,
            rows,
        })
    }

    /// A model that scores every label 0 at every token.
    fn empty() -> Model {
        Model {
            bits: 3,
            stored: vec![0],
            rank: vec![0],
            rows: Vec::new(),
        }
    }

    /// The weights of `row` (below 2^`bits`), none when they are all zero.
    fn row(&self, row: usize) -> Option<&[u8]> {
        let (word, bit) = (self.stored[row / 64], row % 64);
        if word >> bit & 1 == 0 {
            return None;
        }
        let below = (word & ((1u64 << bit) - 1)).count_ones();
        let at = (self.rank[row / 64] + below) as usize * Label::COUNT;
        self.rows.get(at..at + Label::COUNT)
    }

    /// The stored form: magic, `bits`, then the weights of the 2^`bits` rows: the bitmap of the
    /// rows that are not all zero as it is, and those rows entropy-coded (`codec`: 29.1 KB of
    /// gzip where the bitmap and the rows as `AHTAG2` stored them took 37.9 KB). Panics unless
    /// `weights` has 2^`bits` rows.
    pub fn to_bytes(bits: u32, weights: &[i8]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(bits as u8);
        out.extend(codec::encode(bits, weights));
        out
    }

    fn add_scores(&self, features: &[u32], scores: &mut [i32; Label::COUNT]) {
        let mask = (1u32 << self.bits) - 1;
        for &f in features {
            if let Some(weights) = self.row((f & mask) as usize) {
                for (s, &w) in scores.iter_mut().zip(weights) {
                    *s += i32::from(w as i8);
                }
            }
        }
    }
}

/// The model compiled into the crate.
pub fn builtin() -> &'static Model {
    static BYTES: &[u8] = include_bytes!("../data/tagger/model.bin");
    static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    // The bytes are checked by a unit test; a broken file labels nothing.
    MODEL.get_or_init(|| Model::from_bytes(BYTES).unwrap_or_else(|_| Model::empty()))
}

/// Labels every token of `doc` with `model`, given the rules' `mentions`.
pub fn tag(model: &Model, doc: &Document, mentions: &[Mention]) -> Vec<Label> {
    tag_tokens(model, doc, mentions, &vec![true; doc.tokens.len()]).0
}

/// Scores of every label (in [`Label`] order) at one token.
pub type Scores = [i32; Label::COUNT];

/// [`tag`] over the tokens `wanted` only, with the score of every label at every token:
/// the other tokens are labelled outside, with scores of zero, and their features are never
/// computed (the product reads only the words where the model has something to decide:
/// [`hybrid`]).
pub fn tag_tokens(
    model: &Model,
    doc: &Document,
    mentions: &[Mention],
    wanted: &[bool],
) -> (Vec<Label>, Vec<Scores>) {
    let statics = StaticFeatures::of_tokens(doc, mentions, wanted);
    let mut all = vec![[0i32; Label::COUNT]; doc.tokens.len()];
    let labels = decode(
        doc,
        &statics,
        |_| true,
        |i, features| {
            let mut scores = [0i32; Label::COUNT];
            model.add_scores(features, &mut scores);
            all[i] = scores;
            best_label(&scores)
        },
    );
    (labels, all)
}

/// The names the labels spell: runs of one label inside a sentence.
pub fn names(doc: &Document, labels: &[Label]) -> Vec<Tagged> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let label = labels[i];
        if label == Label::Outside || doc.tokens[i].kind == TokenKind::Punct {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < labels.len()
            && labels[j] == label
            && doc.tokens[j].sentence == doc.tokens[i].sentence
        {
            j += 1;
        }
        // A name does not end on punctuation ("Bank ," ), though it may hold some ("U.S.-").
        let mut end = j;
        while end > i + 1 && doc.tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        out.push(Tagged {
            tokens: (i, end),
            label,
        });
        i = j;
    }
    out
}

/// The mentions the next stage gets: the rules' dates, quantities and datelines' places,
/// and the names the model finds, typed with what the rules and the word lists know of the
/// same words (a place's kind, a nationality, a person's gender from a title). CoNLL's
/// "other" names stay only where the rules know what they are (a nationality, an event, a
/// facility).
pub fn combine(doc: &Document, rules: Vec<Mention>, labels: &[Label]) -> Vec<Mention> {
    let mut taken = vec![false; doc.tokens.len()];
    let mut out: Vec<Mention> = Vec::with_capacity(rules.len());
    // (A dateline is read by its layout, which the model does not see: "NEW YORK
    // 1996-08-30" opening a sports report is the city, not the team.)
    for m in rules.iter().filter(|m| is_number(m.kind) || m.dateline) {
        taken[m.tokens.0..m.tokens.1]
            .iter_mut()
            .for_each(|t| *t = true);
        out.push(m.clone());
    }
    // The rules' mentions in the order of their tokens, so that those inside a name are
    // found by a binary search, not a pass over all of them for every name (quadratic).
    let mut by_start: Vec<usize> = (0..rules.len()).collect();
    crate::analysis::sort_by_pair(&mut by_start, |&r| rules[r].tokens);
    for name in names(doc, labels) {
        let (a, b) = name.tokens;
        if taken[a..b].iter().any(|&t| t) {
            continue;
        }
        // The rule mention over the same tokens, or the longest inside them.
        let from = by_start.partition_point(|&r| rules[r].tokens.0 < a);
        let rule = by_start[from..]
            .iter()
            .map(|&r| &rules[r])
            .take_while(|m| m.tokens.0 < b)
            .filter(|m| m.tokens.1 <= b)
            .max_by_key(|m| m.tokens.1 - m.tokens.0);
        let same = rule.filter(|m| m.tokens == (a, b)).and_then(|m| m.kind);
        let span = doc.span_of((a, b));
        if mentions::reads_as_a_clause(doc, (a, b))
            || mentions::is_header_of_abbreviations(doc, (a, b))
        {
            continue;
        }
        let Some(kind) = name_type(name.label, span.of(doc.text), same) else {
            continue;
        };
        out.push(Mention {
            span,
            kind: Some(kind),
            tokens: (a, b),
            title_gender: rule
                .filter(|_| kind == EntityType::Person)
                .and_then(|m| m.title_gender),
            guessed: false,
            dateline: false,
        });
    }
    crate::analysis::sort_by_pair(&mut out, |m| m.tokens);
    out
}

fn is_number(t: Option<EntityType>) -> bool {
    matches!(
        t,
        Some(EntityType::Date | EntityType::Time | EntityType::Money | EntityType::Percent)
    )
}

/// Our type for a name the model labels, given what the rules said of the same words:
/// a place's kind from the word lists; CoNLL's "other" only where the rules know what it is.
pub(crate) fn name_type(label: Label, text: &str, rule: Option<EntityType>) -> Option<EntityType> {
    match label {
        Label::Person => Some(EntityType::Person),
        Label::Org => Some(EntityType::Org),
        Label::Place => Some(match rule {
            Some(t @ (EntityType::Gpe | EntityType::Loc | EntityType::Fac)) => t,
            _ => lexicon::place_type(text).unwrap_or(EntityType::Gpe),
        }),
        Label::Other => match rule {
            Some(t @ (EntityType::Norp | EntityType::Event | EntityType::Fac)) => Some(t),
            _ if lexicon::is_norp(text) => Some(EntityType::Norp),
            _ => None,
        },
        Label::Outside => None,
    }
}

/// Greedy left-to-right decoding: `step` is given each token's features and chooses its
/// label. Shared by tagging and training, so that both see the same features.
pub(crate) fn decode(
    doc: &Document,
    statics: &StaticFeatures,
    mut with_word: impl FnMut(usize) -> bool,
    mut step: impl FnMut(usize, &[u32]) -> Label,
) -> Vec<Label> {
    let mut labels = Vec::with_capacity(doc.tokens.len());
    let mut history = History::default();
    let mut features = Vec::new();
    for i in 0..doc.tokens.len() {
        if !statics.wanted(i) {
            labels.push(Label::Outside);
            continue;
        }
        features.clear();
        features.extend_from_slice(statics.of(i, with_word(i)));
        dynamic_features(doc, i, statics.shape(i), &labels, &history, &mut features);
        let label = step(i, &features);
        history.record(doc, i, label);
        labels.push(label);
    }
    labels
}

/// The highest-scoring label; ties go to the earlier label (Outside first).
pub(crate) fn best_label(scores: &[i32; Label::COUNT]) -> Label {
    let mut best = 0;
    for (k, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = k;
        }
    }
    Label::ALL[best]
}

/// The label each capitalised word was given last in the article ("Clinton" is a person
/// here because it was one three sentences ago).
#[derive(Default)]
pub(crate) struct History {
    last: HashMap<u32, Label>,
}

impl History {
    fn record(&mut self, doc: &Document, i: usize, label: Label) {
        if is_capitalised(doc.word(i)) {
            self.last.insert(hash(b"", doc.word(i).as_bytes()), label);
        }
    }

    fn of(&self, doc: &Document, i: usize) -> Option<Label> {
        self.last.get(&hash(b"", doc.word(i).as_bytes())).copied()
    }
}

/// Features that depend on the labels already given.
pub(crate) fn dynamic_features(
    doc: &Document,
    i: usize,
    shape: &str,
    labels: &[Label],
    history: &History,
    out: &mut Vec<u32>,
) {
    let label_before = |back: usize| -> &'static str {
        match i.checked_sub(back) {
            Some(k) if doc.tokens[k].sentence == doc.tokens[i].sentence => labels[k].tag(),
            _ => "^",
        }
    };
    let (prev, prev2) = (label_before(1), label_before(2));
    let lower = doc.lower(i);
    out.push(hash2(b"p1", prev.as_bytes(), b""));
    out.push(hash2(b"p2", prev2.as_bytes(), prev.as_bytes()));
    out.push(hash2(b"p1w", prev.as_bytes(), lower.as_bytes()));
    out.push(hash2(b"p1s", prev.as_bytes(), shape.as_bytes()));
    if let Some(h) = history.of(doc, i) {
        out.push(hash2(b"hist", h.tag().as_bytes(), b""));
        out.push(hash2(b"hists", h.tag().as_bytes(), shape.as_bytes()));
    }
}

/// The features of every token that do not depend on labels, computed once.
pub(crate) struct StaticFeatures {
    features: Vec<u32>,
    starts: Vec<usize>,
    /// Where each token's features of the word itself start.
    word_starts: Vec<usize>,
    /// Each token's [`shape`], which the label features read again at every step.
    shapes: Shapes,
    /// Per token: is it read (see [`StaticFeatures::of_tokens`])?
    wanted: Vec<bool>,
}

impl StaticFeatures {
    pub(crate) fn new(doc: &Document, mentions: &[Mention]) -> Self {
        Self::of_tokens(doc, mentions, &vec![true; doc.tokens.len()])
    }

    /// The features of the tokens `wanted` only: the others are not read, and [`decode`]
    /// labels them [`Label::Outside`].
    pub(crate) fn of_tokens(doc: &Document, mentions: &[Mention], wanted: &[bool]) -> Self {
        let n = doc.tokens.len();
        let wanted: Vec<bool> = (0..n)
            .map(|k| wanted.get(k).copied().unwrap_or(false))
            .collect();
        let verdicts = Verdicts::new(n, mentions);
        // Words written in lower case somewhere in the article, and capitalised words seen
        // inside a sentence (not by position).
        let mut lower_somewhere: rustc_hash::FxHashSet<&str> = Default::default();
        let mut capital_inside: rustc_hash::FxHashSet<&str> = Default::default();
        for k in 0..n {
            let w = doc.word(k);
            if doc.tokens[k].kind != TokenKind::Word {
                continue;
            }
            if w.starts_with(|c: char| c.is_lowercase()) {
                lower_somewhere.insert(w);
            } else if !doc.is_sentence_initial(k) && !doc.title_case[doc.tokens[k].paragraph] {
                capital_inside.insert(w);
            }
        }
        // (A token's features read its neighbours' shapes.)
        let read = |k: usize| {
            wanted[k] || (k > 0 && wanted[k - 1]) || wanted.get(k + 1).copied().unwrap_or(false)
        };
        let shapes = Shapes::new(doc, read);
        // (Only for the paragraphs read.)
        let mut headline: Vec<Option<bool>> = vec![None; doc.paragraphs.len()];

        // (About 40 features a token read: reserved for those only, since the tokens read
        // are few in most articles and the rest would cost memory the browser must zero.)
        let read_count = wanted.iter().filter(|&&w| w).count();
        let mut features = Vec::with_capacity(read_count * 40);
        let mut starts = Vec::with_capacity(n + 1);
        let mut word_starts = Vec::with_capacity(n);
        for i in 0..n {
            starts.push(features.len());
            if !wanted[i] {
                word_starts.push(features.len());
                continue;
            }
            let ctx = Context {
                doc,
                i,
                verdicts: &verdicts,
                shapes: &shapes,
                lower_somewhere: &lower_somewhere,
                capital_inside: &capital_inside,
                headline: *headline[doc.tokens[i].paragraph].get_or_insert_with(|| {
                    let p = doc.tokens[i].paragraph;
                    doc.title_case[p] || paragraph_in_capitals(doc, p)
                }),
            };
            ctx.push_features(&mut features);
            word_starts.push(features.len());
            ctx.push_word_features(&mut features);
        }
        starts.push(features.len());
        StaticFeatures {
            features,
            starts,
            word_starts,
            shapes,
            wanted,
        }
    }

    fn wanted(&self, i: usize) -> bool {
        self.wanted[i]
    }

    /// The features of token `i`, with or without those of the word itself.
    pub(crate) fn of(&self, i: usize, with_word: bool) -> &[u32] {
        let end = if with_word {
            self.starts[i + 1]
        } else {
            self.word_starts[i]
        };
        &self.features[self.starts[i]..end]
    }

    fn shape(&self, i: usize) -> &str {
        self.shapes.of(i)
    }
}

/// The rules' verdict on each token: the type of the mention covering it (or "none"), and
/// where in it the token is. Two bytes a token (indices into `kinds` and [`Verdicts::AT`])
/// rather than two string slices, since the verdicts of every token of the article are kept.
struct Verdicts {
    kinds: Vec<&'static str>,
    of_token: Vec<(u8, u8)>,
}

impl Verdicts {
    /// Where a token is in its mention: outside any, unit, beginning, last, inside.
    const AT: [&'static str; 5] = ["-", "U", "B", "L", "I"];

    fn new(n: usize, mentions: &[Mention]) -> Self {
        let mut kinds = vec!["none"];
        let mut of_token = vec![(0u8, 0u8); n];
        for m in mentions {
            // (A guess from the words' shape alone is its own verdict.)
            let kind = match (m.kind, m.guessed) {
                (None, _) => "untyped",
                (Some(t), false) => t.label(),
                (Some(EntityType::Person), true) => "person?",
                (Some(EntityType::Org), true) => "org?",
                (Some(_), true) => "place?",
            };
            let kind = match kinds.iter().position(|&k| k == kind) {
                Some(index) => index,
                None => {
                    kinds.push(kind);
                    kinds.len() - 1
                }
            };
            // (Fewer kinds than a byte holds: the types and the five above.)
            let kind = u8::try_from(kind).unwrap_or(0);
            let (first, end) = m.tokens;
            for (k, v) in of_token.iter_mut().enumerate().take(end).skip(first) {
                let at = if end - first == 1 {
                    1
                } else if k == first {
                    2
                } else if k + 1 == end {
                    3
                } else {
                    4
                };
                *v = (kind, at);
            }
        }
        Verdicts { kinds, of_token }
    }

    /// The kind and the place in the mention of token `k`.
    fn of_token(&self, k: usize) -> (&'static str, &'static str) {
        let (kind, at) = self.of_token[k];
        (self.kinds[kind as usize], Self::AT[at as usize])
    }
}

/// The [`shape`] of every token read or beside one, in one string (empty for the others).
struct Shapes {
    text: String,
    /// Where each token's shape ends in `text` (it starts where the one before ends).
    ends: Vec<usize>,
}

impl Shapes {
    fn new(doc: &Document, read: impl Fn(usize) -> bool) -> Self {
        let n = doc.tokens.len();
        let mut text = String::new();
        let mut ends = Vec::with_capacity(n);
        for k in 0..n {
            if read(k) {
                push_shape(doc.word(k), &mut text);
            }
            ends.push(text.len());
        }
        Shapes { text, ends }
    }

    fn of(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.text[start..self.ends[k]]
    }
}

/// A feature template and the word list it tests the word against.
type ListFeature = (&'static [u8], fn(&str) -> bool);

struct Context<'a, 'd> {
    doc: &'a Document<'d>,
    i: usize,
    verdicts: &'a Verdicts,
    shapes: &'a Shapes,
    lower_somewhere: &'a rustc_hash::FxHashSet<&'d str>,
    capital_inside: &'a rustc_hash::FxHashSet<&'d str>,
    headline: bool,
}

impl Context<'_, '_> {
    /// Token `i + offset` in lower case, or a boundary marker outside the sentence.
    fn lower_at(&self, offset: isize) -> Cow<'_, str> {
        match self.at(offset) {
            Some(k) => self.doc.lower(k),
            None if offset < 0 => Cow::Borrowed("<s>"),
            None => Cow::Borrowed("</s>"),
        }
    }

    fn at(&self, offset: isize) -> Option<usize> {
        let k = self.i.checked_add_signed(offset)?;
        (k < self.doc.tokens.len()
            && self.doc.tokens[k].sentence == self.doc.tokens[self.i].sentence)
            .then_some(k)
    }

    fn shape_at(&self, offset: isize) -> &str {
        self.at(offset).map_or("_", |k| self.shapes.of(k))
    }

    fn push_features(&self, out: &mut Vec<u32>) {
        let doc = self.doc;
        let i = self.i;
        let word = doc.word(i);
        let lower = doc.lower(i);
        let lower = lower.as_ref();
        let shape0 = self.shapes.of(i);
        let mut f = |template: &[u8], a: &[u8], b: &[u8]| out.push(hash2(template, a, b));

        f(b"bias", b"", b"");
        let (prev, next) = (self.lower_at(-1), self.lower_at(1));
        f(b"w-1", prev.as_bytes(), b"");
        f(b"w+1", next.as_bytes(), b"");
        f(b"w-2", self.lower_at(-2).as_bytes(), b"");
        f(b"w+2", self.lower_at(2).as_bytes(), b"");
        let chars: Vec<char> = lower.chars().collect();
        for n in 1..=4 {
            if chars.len() > n {
                let suffix: String = chars[chars.len() - n..].iter().collect();
                f(b"suf", suffix.as_bytes(), &[n as u8]);
            }
            if chars.len() > n && n <= 3 {
                let prefix: String = chars[..n].iter().collect();
                f(b"pre", prefix.as_bytes(), &[n as u8]);
            }
        }
        f(b"s", shape0.as_bytes(), b"");
        let (shape_prev, shape_next) = (self.shape_at(-1), self.shape_at(1));
        f(b"s-1s", shape_prev.as_bytes(), shape0.as_bytes());
        f(b"ss+1", shape0.as_bytes(), shape_next.as_bytes());
        f(
            b"s-1ss+1",
            shape_prev.as_bytes(),
            [shape0, shape_next].concat().as_bytes(),
        );
        let initial = doc.is_sentence_initial(i);
        f(
            b"init",
            &[u8::from(initial), u8::from(self.headline)],
            shape0.as_bytes(),
        );

        // The word lists.
        let capitalised = is_capitalised(word);
        if capitalised {
            if let Some(g) = lexicon::given_name(word) {
                f(b"given", &[g as u8], b"");
            }
            if let Some(t) = lexicon::place_type_but_minor(word) {
                f(b"place", t.label().as_bytes(), b"");
            }
            let lists: [ListFeature; 7] = [
                (b"norp", lexicon::is_norp),
                (b"orgword", lexicon::is_org_word_as_trained),
                (b"orgname", lexicon::is_org_name_but_platforms),
                (b"facword", lexicon::is_fac_word),
                (b"eventword", lexicon::is_event_word),
                (b"locword", lexicon::is_loc_word),
                (b"acronym", lexicon::is_common_acronym),
            ];
            for (template, in_list) in lists {
                if in_list(word) {
                    f(template, b"", b"");
                }
            }
            // How the article writes the word elsewhere.
            f(
                b"doc",
                &[
                    u8::from(self.lower_somewhere.contains(lower)),
                    u8::from(self.capital_inside.contains(word)),
                ],
                b"",
            );
        }
        if lexicon::is_common_word(lower) {
            f(b"common", &[u8::from(capitalised)], b"");
        }
        if lexicon::is_title(lower) {
            f(b"title", b"", b"");
        }
        if let Some(k) = self.at(-1) {
            if lexicon::is_title(&doc.lower(k)) {
                f(b"title-1", b"", b"");
            }
        }
        if let Some(k) = self.at(1) {
            if lexicon::is_org_word_as_trained(doc.word(k)) {
                f(b"orgword+1", b"", b"");
            }
        }

        // The rules' verdict, alone and with the shape.
        let (kind, at) = self.verdicts.of_token(i);
        f(b"rule", kind.as_bytes(), at.as_bytes());
        f(b"rules", kind.as_bytes(), shape0.as_bytes());
        let before = self.at(-1).map_or("^", |k| self.verdicts.of_token(k).0);
        let after = self.at(1).map_or("$", |k| self.verdicts.of_token(k).0);
        f(b"rule-1", before.as_bytes(), kind.as_bytes());
        f(b"rule+1", kind.as_bytes(), after.as_bytes());
    }

    /// The word itself, alone and with each neighbour: what training may hide so that the
    /// model learns to read unknown names from their context.
    fn push_word_features(&self, out: &mut Vec<u32>) {
        let (word, lower) = (self.doc.word(self.i), self.doc.lower(self.i));
        let lower = lower.as_bytes();
        out.push(hash2(b"w", lower, b""));
        out.push(hash2(b"W", word.as_bytes(), b""));
        out.push(hash2(b"w-1w", self.lower_at(-1).as_bytes(), lower));
        out.push(hash2(b"ww+1", lower, self.lower_at(1).as_bytes()));
    }
}

pub(crate) fn paragraph_in_capitals(doc: &Document, p: usize) -> bool {
    let span = doc.paragraphs[p];
    let text = span.of(doc.text);
    // (The test for lower case first: it stops at the first lower-case letter.)
    !text.chars().any(char::is_lowercase) && text.chars().filter(|c| c.is_alphabetic()).count() >= 8
}

fn is_capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
}

/// The word's shape: capitals as `X`, lower case as `x`, digits as `d`, other characters as
/// they are, a run of one class written at most twice ("Clinton" → "Xxx", "U.S." → "X.X.").
#[cfg(test)]
pub(crate) fn shape(word: &str) -> String {
    let mut out = String::new();
    push_shape(word, &mut out);
    out
}

/// [`shape`], written at the end of `out`.
fn push_shape(word: &str, out: &mut String) {
    let mut last = ' ';
    let mut run = 0;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if class == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
            last = class;
        }
        out.push(class);
    }
}

/// FNV-1a over a template name and two values: the same on every platform, so the weights
/// trained natively index the same rows in WebAssembly.
fn hash2(template: &[u8], a: &[u8], b: &[u8]) -> u32 {
    let mut h = hash(template, a);
    h ^= 0xff;
    h = h.wrapping_mul(0x0100_0193);
    for &byte in b {
        h ^= u32::from(byte);
        h = h.wrapping_mul(0x0100_0193);
    }
    // Spread the low bits, which pick the row.
    h ^ (h >> 15)
}

fn hash(template: &[u8], a: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &byte in template.iter().chain([0u8].iter()).chain(a) {
        h ^= u32::from(byte);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Clinton"), "Xxx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("IBM"), "XX");
        assert_eq!(shape("1996-08-30"), "dd-dd-dd");
        assert_eq!(shape("McDonald"), "XxXxx");
    }

    fn fnv1a(bytes: &[u8]) -> u32 {
        bytes.iter().fold(0x811c_9dc5, |h: u32, &b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        })
    }

    #[test]
    fn hashes_are_stable() {
        // The weights depend on these values: a change needs a retrained model.
        assert_eq!(hash2(b"w", b"clinton", b""), hash2(b"w", b"clinton", b""));
        assert_ne!(hash2(b"w", b"a", b"b"), hash2(b"w", b"ab", b""));
        // FNV-1a of "\0abc".
        assert_eq!(hash(b"", b"abc"), fnv1a(b"\0abc"));
    }

    #[test]
    fn builtin_model_loads() {
        let bytes = include_bytes!("../data/tagger/model.bin");
        let model = Model::from_bytes(bytes).expect("the compiled model reads");
        assert!(model.bits >= 8);
        assert!(model.rows.iter().any(|&w| w != 0));
        assert!(Model::from_bytes(b"AHTAG4").is_err());
        assert!(Model::from_bytes(b"AHTAG4\x03\x01").is_err());
        assert!(Model::from_bytes(b"AHTAG4\x40\x00\x00\x00\x00\x00\x00\x00").is_err());
        let weights: Vec<i8> = (0..8 * 5)
            .map(|k| if k % 7 == 0 { -3 } else { 0 })
            .collect();
        let round = Model::from_bytes(&Model::to_bytes(3, &weights)).expect("reads");
        for (r, row) in weights.chunks(Label::COUNT).enumerate() {
            let read: Vec<i8> = round.row(r).map_or(vec![0; Label::COUNT], |w| {
                w.iter().map(|&b| b as i8).collect()
            });
            assert_eq!(read, row, "row {r}");
        }
        // Rows past the first 64 are found through the rank index.
        let wide: Vec<i8> = (0..200 * Label::COUNT)
            .map(|k| if k % 11 == 0 { (k % 100) as i8 } else { 0 })
            .collect();
        let round = Model::from_bytes(&Model::to_bytes(8, &{
            let mut all = wide.clone();
            all.resize(256 * Label::COUNT, 0);
            all
        }))
        .expect("reads");
        for (r, row) in wide.chunks(Label::COUNT).enumerate() {
            let read: Vec<i8> = round.row(r).map_or(vec![0; Label::COUNT], |w| {
                w.iter().map(|&b| b as i8).collect()
            });
            assert_eq!(read, row, "row {r}");
        }
        assert!(Model::from_bytes(b"nonsense").is_err());
    }

    #[test]
    fn the_builtin_model_codes_back_to_its_bytes() {
        // Decoding then coding again gives the committed file: the codec loses nothing of
        // the trained weights and writes them one way only.
        let bytes = include_bytes!("../data/tagger/model.bin");
        let model = Model::from_bytes(bytes).expect("the compiled model reads");
        let weights: Vec<i8> = (0..1usize << model.bits)
            .flat_map(|r| {
                model
                    .row(r)
                    .map_or([0; Label::COUNT], |w| std::array::from_fn(|c| w[c] as i8))
            })
            .collect();
        assert!(weights.iter().filter(|&&w| w != 0).count() > 10_000);
        assert!(Model::to_bytes(model.bits, &weights) == bytes);
    }

    #[test]
    fn combine_keeps_the_rules_dates_and_types_the_models_names() {
        let doc = Document::parse("Mrs. Ana Lobo flew to Paris on Monday with Germans.");
        let rules = crate::mentions::find(&doc);
        use Label::*;
        // Mrs . Ana Lobo flew to Paris on Monday with Germans .
        let labels = vec![
            Outside, Outside, Person, Person, Outside, Outside, Place, Outside, Org, Outside,
            Other, Outside,
        ];
        let got: Vec<(&str, Option<EntityType>)> = combine(&doc, rules, &labels)
            .iter()
            .map(|m| (m.span.of(doc.text), m.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Ana Lobo", Some(EntityType::Person)),
                ("Paris", Some(EntityType::Gpe)),
                // The rules' date wins over the model's name.
                ("Monday", Some(EntityType::Date)),
                ("Germans", Some(EntityType::Norp)),
            ]
        );
        let mentions = combine(&doc, crate::mentions::find(&doc), &labels);
        assert_eq!(
            mentions[0].title_gender,
            Some(crate::lexicon::Gender::Female)
        );
    }

    #[test]
    fn the_builtin_model_finds_names() {
        let doc = Document::parse("Shares of Acme Holdings rose in Frankfurt, Klaus Becker said.");
        let rules = crate::mentions::find(&doc);
        let labels = tag(builtin(), &doc, &rules);
        let found: Vec<&str> = names(&doc, &labels)
            .iter()
            .map(|t| doc.span_of(t.tokens).of(doc.text))
            .collect();
        assert!(found.contains(&"Klaus Becker"), "{found:?}");
        assert!(found.contains(&"Frankfurt"), "{found:?}");
    }

    #[test]
    fn names_are_runs_of_one_label_in_a_sentence() {
        let doc = Document::parse("Bill Clinton met IBM. Paris");
        use Label::*;
        let labels = vec![Person, Person, Outside, Org, Outside, Place];
        let got: Vec<(usize, usize, Label)> = names(&doc, &labels)
            .iter()
            .map(|t| (t.tokens.0, t.tokens.1, t.label))
            .collect();
        assert_eq!(got, vec![(0, 2, Person), (3, 4, Org), (5, 6, Place)]);
    }
}
