//! Evaluation against the gold corpus (`shared/corpus/*/`, one JSON file per document).
//!
//! Takes a folder of gold documents (code-point offsets, see the corpus README); gives a
//! [`FolderReport`]: entity precision/recall/F1 per type, for places as one group and micro
//! overall; quotation detection; speaker accuracy; and every mistake, for
//! [`FolderReport::errors`] to list grouped by kind.
//!
//! Scoring rules:
//! * **Entities**: every mention of every predicted entity is a predicted `(span, type)`;
//!   a match needs the exact span and the exact type. The *places* group (GPE, LOC, FAC)
//!   counts a predicted place of any place type for a gold place with the same span.
//!   *Overall* is micro-averaged over the types the folder annotates (those that occur in its
//!   gold), so predicting a type the corpus never marks (MONEY in `gum/`, DATE in `uner/`)
//!   costs nothing there; such predictions still show in their own row.
//! * **Quotes** (documents with `quotes_annotated: true` only): a predicted quote matches a
//!   gold one when their overlap is at least half the gold quote's length; gold quotes are
//!   matched one-to-one, greedily, in text order, each to the first free prediction that
//!   qualifies.
//! * **Speakers**: over gold quotes with a speaker. Correct when the matched prediction's
//!   speaker entity name equals the gold name (case-insensitive, whitespace normalised), or
//!   the last words of the two are equal (surnames are allowed). An unmatched gold quote is
//!   wrong. A predicted speaker for a gold quote whose speaker is `null` is counted as
//!   *invented* (reported, not part of the accuracy).

use crate::analysis::{Analysis, EntityType, Span};
use crate::offsets::{char_to_byte_table, OffsetMap};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------

/// Counts of true positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn new(tp: usize, fp: usize, fn_: usize) -> Self {
        Prf { tp, fp, fn_ }
    }

    /// Gold items: `tp + fn`.
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }

    /// Predicted items: `tp + fp`.
    pub fn predicted(&self) -> usize {
        self.tp + self.fp
    }

    /// `tp / (tp + fp)`; 1 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.predicted())
    }

    /// `tp / (tp + fn)`; 1 when there is nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold())
    }

    /// Harmonic mean of precision and recall; 1 when there is nothing to find and nothing
    /// was predicted, 0 when there are no true positives otherwise.
    pub fn f1(&self) -> f64 {
        if self.gold() == 0 && self.predicted() == 0 {
            return 1.0;
        }
        let denom = 2 * self.tp + self.fp + self.fn_;
        ratio(2 * self.tp, denom)
    }

    fn add(&mut self, other: Prf) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(num: usize, denom: usize) -> f64 {
    if denom == 0 {
        1.0
    } else {
        num as f64 / denom as f64
    }
}

/// Speaker attribution over gold quotes that name a speaker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpeakerScore {
    /// Gold quotes with a speaker whose matched prediction names the same speaker.
    pub correct: usize,
    /// Gold quotes with a non-null speaker.
    pub total: usize,
    /// Gold quotes with a `null` speaker whose matched prediction has a speaker.
    pub invented: usize,
    /// Gold quotes with a `null` speaker (the most that could be invented).
    pub null_total: usize,
}

impl SpeakerScore {
    /// `correct / total`; 1 when no gold quote has a speaker.
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.total)
    }
}

/// True when a predicted speaker name counts for the gold one: equal after lower-casing,
/// collapsing whitespace and writing every apostrophe straight ("O’Neill" is "O'Neill"), or
/// with equal last words ("Blinken" for "Antony Blinken").
pub fn speaker_matches(gold: &str, predicted: &str) -> bool {
    let g = normalise_name(gold);
    let p = normalise_name(predicted);
    if g.is_empty() || p.is_empty() {
        return false;
    }
    g == p || last_word(&g) == last_word(&p)
}

fn normalise_name(name: &str) -> String {
    name.split_whitespace()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The family name: the last word but a generational suffix ("Jr.", "III"), without
/// surrounding punctuation or a possessive "'s".
fn last_word(name: &str) -> &str {
    let mut words = name.rsplit(' ');
    let mut w = words.next().unwrap_or("");
    if matches!(
        w.trim_matches(|c: char| !c.is_alphanumeric()),
        "jr" | "sr" | "ii" | "iii" | "iv"
    ) {
        w = words.next().unwrap_or(w);
    }
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Matches gold quotes to predicted ones: a pair qualifies when their overlap is at least
/// half the gold span's length (an empty gold span needs a prediction around it). Gold
/// quotes are taken in text order, each with the first free qualifying prediction.
///
/// Returns, for each gold quote (in the order given), the index of its prediction. Both
/// slices may be in any order; the work is linear plus the overlaps actually seen.
pub fn match_quotes(gold: &[Span], predicted: &[Span]) -> Vec<Option<usize>> {
    let mut gold_order: Vec<usize> = (0..gold.len()).collect();
    gold_order.sort_by_key(|&i| (gold[i].start, gold[i].end));
    let mut pred_order: Vec<usize> = (0..predicted.len()).collect();
    pred_order.sort_by_key(|&i| (predicted[i].start, predicted[i].end));

    let mut used = vec![false; predicted.len()];
    let mut result = vec![None; gold.len()];
    // Predictions before `first` end before the current gold quote starts; since gold
    // starts only grow, they can never match again.
    let mut first = 0;
    for &g in &gold_order {
        let gs = gold[g];
        while first < pred_order.len()
            && (used[pred_order[first]] || predicted[pred_order[first]].end < gs.start)
        {
            first += 1;
        }
        for &p in &pred_order[first..] {
            let ps = predicted[p];
            if ps.start > gs.end {
                break;
            }
            if used[p] {
                continue;
            }
            let qualifies = if gs.is_empty() {
                ps.start <= gs.start && gs.end <= ps.end
            } else {
                let overlap = gs.overlap(ps);
                overlap > 0 && 2 * overlap >= gs.len()
            };
            if qualifies {
                used[p] = true;
                result[g] = Some(p);
                break;
            }
        }
    }
    result
}

fn is_place(t: EntityType) -> bool {
    matches!(t, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
}

// ---------------------------------------------------------------------------------------
// Gold documents
// ---------------------------------------------------------------------------------------

/// A gold entity mention, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldMention {
    pub span: Span,
    pub kind: EntityType,
}

/// A gold quotation, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldQuote {
    pub span: Span,
    /// Canonical full name of the speaker; `None` for terms, titles, unnamed sources.
    pub speaker: Option<String>,
    /// `direct`, `partial`, `term`, `title` (GUM), when given.
    pub kind: Option<String>,
}

/// One gold document, offsets converted to bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldDocument {
    pub id: String,
    pub text: String,
    pub entities: Vec<GoldMention>,
    pub quotes: Vec<GoldQuote>,
    pub quotes_annotated: bool,
}

/// The gold label of CoNLL-2003's miscellaneous names, which no type of ours matches.
const UNSCORED_LABEL: &str = "MISC";

#[derive(Deserialize)]
struct RawDocument {
    id: String,
    text: String,
    #[serde(default)]
    entities: Vec<RawSpan>,
    #[serde(default)]
    quotes: Vec<RawSpan>,
    #[serde(default)]
    quotes_annotated: bool,
}

#[derive(Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
    text: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    speaker: Option<String>,
    /// Quotes: `direct`, `partial`, `term`, `title`.
    #[serde(rename = "kind")]
    quote_kind: Option<String>,
}

impl GoldDocument {
    /// Parses one corpus file, converting code-point offsets to byte offsets and checking
    /// every span against its `text`.
    pub fn from_json(json: &str) -> Result<GoldDocument, String> {
        let raw: RawDocument = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let table = char_to_byte_table(&raw.text);
        let to_bytes = |s: &RawSpan, what: &str| -> Result<Span, String> {
            if s.start > s.end || s.end >= table.len() {
                return Err(format!(
                    "{what} [{}, {}) is outside the text ({} code points)",
                    s.start,
                    s.end,
                    table.len() - 1
                ));
            }
            let span = Span::new(table[s.start], table[s.end]);
            if let Some(expected) = &s.text {
                let found = span.of(&raw.text);
                if found != expected {
                    return Err(format!(
                        "{what} [{}, {}) covers {found:?}, but its text is {expected:?}",
                        s.start, s.end
                    ));
                }
            }
            Ok(span)
        };
        let mut entities = Vec::with_capacity(raw.entities.len());
        for e in &raw.entities {
            let label = e.kind.as_deref().unwrap_or("");
            // CoNLL's MISC (nationalities, events, titles, products …) is none of our types:
            // it is not scored (a prediction on such a span still counts when it is a
            // person, an organisation or a place).
            if label == UNSCORED_LABEL {
                continue;
            }
            let kind = EntityType::from_label(label)
                .ok_or_else(|| format!("entity at {} has unknown type {label:?}", e.start))?;
            entities.push(GoldMention {
                span: to_bytes(e, "entity")?,
                kind,
            });
        }
        let mut quotes = Vec::with_capacity(raw.quotes.len());
        for q in &raw.quotes {
            quotes.push(GoldQuote {
                span: to_bytes(q, "quote")?,
                speaker: q.speaker.clone().filter(|s| !s.trim().is_empty()),
                kind: q.quote_kind.clone(),
            });
        }
        Ok(GoldDocument {
            id: raw.id,
            text: raw.text,
            entities,
            quotes,
            quotes_annotated: raw.quotes_annotated,
        })
    }
}

/// The `*.json` files of `dir`, sorted by name: every gold folder's reader starts here.
pub(crate) fn json_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if path.extension().is_some_and(|x| x == "json") && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// Reads every `*.json` file of `dir` (sorted by name) as a [`GoldDocument`].
pub fn load_dir(dir: &Path) -> Result<Vec<GoldDocument>, String> {
    let paths = json_files(dir)?;
    if paths.is_empty() {
        return Err(format!("no .json files in {}", dir.display()));
    }
    paths
        .iter()
        .map(|p| {
            let json = std::fs::read_to_string(p)
                .map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            GoldDocument::from_json(&json).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Mistakes
// ---------------------------------------------------------------------------------------

/// The kinds of mistake [`FolderReport::errors`] lists, in the order it lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MistakeKind {
    /// The extractor panicked on the document (its analysis counted as empty).
    Panic,
    /// A gold mention no prediction overlaps.
    MissedEntity,
    /// A predicted mention (of an annotated type) no gold mention overlaps.
    SpuriousEntity,
    /// Same span as a gold mention, other type.
    WrongType,
    /// Overlaps a gold mention without the same span.
    WrongBoundary,
    /// A gold quote no prediction matches.
    MissedQuote,
    /// A predicted quote that matches no gold quote.
    SpuriousQuote,
    /// A gold speaker the matched prediction gets wrong or leaves out.
    WrongSpeaker,
    /// A speaker predicted for a gold quote whose speaker is `null`.
    InventedSpeaker,
}

impl MistakeKind {
    pub fn title(self) -> &'static str {
        match self {
            MistakeKind::Panic => "extractor panics",
            MistakeKind::MissedEntity => "missed entities (gold, nothing predicted over it)",
            MistakeKind::SpuriousEntity => "spurious entities (predicted, no gold over it)",
            MistakeKind::WrongType => "wrong entity type (same span)",
            MistakeKind::WrongBoundary => "wrong entity boundaries (overlapping spans)",
            MistakeKind::MissedQuote => "missed quotes",
            MistakeKind::SpuriousQuote => "spurious quotes",
            MistakeKind::WrongSpeaker => {
                "wrong or missing speakers of found quotes (missed ones are listed above)"
            }
            MistakeKind::InventedSpeaker => "invented speakers (gold speaker is null)",
        }
    }
}

/// One mistake, with what is needed to find and understand it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mistake {
    pub kind: MistakeKind,
    pub doc: String,
    /// Byte span in the document (gold span when there is one, else the predicted one).
    pub span: Span,
    /// `span.start` in code points, as the corpus files count.
    pub char_start: usize,
    /// The covered text, on one line.
    pub text: String,
    /// A few words either side, the span in square brackets, on one line.
    pub context: String,
    /// One line saying gold vs predicted ("gold PERSON, predicted ORG").
    pub detail: String,
}

const CONTEXT_CHARS: usize = 40;

pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text[span]` if `span` is valid for `text`; never panics.
fn safe_slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("<invalid span>")
}

pub(crate) fn context(text: &str, span: Span) -> String {
    if text.get(span.start..span.end).is_none() {
        return format!("<invalid span {}..{}>", span.start, span.end);
    }
    let before = &text[..span.start];
    let cut = before
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let after = &text[span.end..];
    let cut_after = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(i, _)| i);
    format!(
        "{}{}[{}]{}{}",
        if cut > 0 { "…" } else { "" },
        one_line_keep_edges(&before[cut..]),
        abbreviate(&one_line(&text[span.start..span.end])),
        one_line_keep_edges(&after[..cut_after]),
        if cut_after < after.len() { "…" } else { "" },
    )
}

/// At most `2 * HALF` characters of `s`: long spans keep their beginning and end.
fn abbreviate(s: &str) -> String {
    const HALF: usize = 50;
    let n = s.chars().count();
    if n <= 2 * HALF + 10 {
        return s.to_string();
    }
    let head: String = s.chars().take(HALF).collect();
    let tail: String = s.chars().skip(n - HALF).collect();
    format!("{head} … {tail}")
}

/// Collapses whitespace runs to one space, keeping a leading/trailing space.
fn one_line_keep_edges(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------

/// Scores for one folder of gold documents.
#[derive(Clone, Debug, Default)]
pub struct FolderReport {
    /// The folder name (or whatever name the caller gave).
    pub name: String,
    pub documents: usize,
    /// Documents with `quotes_annotated: true`.
    pub quote_documents: usize,
    /// Per type, exact span and exact type; every type that is in the gold or predicted.
    pub entity_types: BTreeMap<EntityType, Prf>,
    /// Types that occur in this folder's gold: the ones [`Self::entities`] is averaged over.
    pub annotated_types: BTreeSet<EntityType>,
    /// GPE + LOC + FAC as one type.
    pub places: Prf,
    /// Micro average over [`Self::annotated_types`].
    pub entities: Prf,
    /// PERSON, ORG and places (any place type for a gold place) together, micro-averaged:
    /// the one figure comparable across folders whose place types differ (CoNLL's LOC is
    /// every place).
    pub named: Prf,
    pub quotes: Prf,
    pub speakers: SpeakerScore,
    /// Every mistake, by document in order, then by kind.
    pub mistakes: Vec<Mistake>,
}

impl FolderReport {
    pub fn new(name: impl Into<String>) -> Self {
        FolderReport {
            name: name.into(),
            ..FolderReport::default()
        }
    }

    /// Scores for one type (zero counts when neither gold nor prediction has it).
    pub fn entity(&self, kind: EntityType) -> Prf {
        self.entity_types.get(&kind).copied().unwrap_or_default()
    }

    /// Scores `analysis` (the extractor's output on `gold.text`) against `gold`; call
    /// [`Self::finish`] after the last document.
    pub fn add_document(&mut self, gold: &GoldDocument, analysis: &Analysis) {
        self.documents += 1;
        let first_mistake = self.mistakes.len();
        for m in &gold.entities {
            self.annotated_types.insert(m.kind);
        }
        self.score_entities(gold, analysis);
        if gold.quotes_annotated {
            self.quote_documents += 1;
            self.score_quotes(gold, analysis);
        }
        if self.mistakes.len() > first_mistake {
            let map = OffsetMap::new(&gold.text);
            for m in &mut self.mistakes[first_mistake..] {
                m.char_start = map.char_index(m.span.start);
            }
        }
    }

    fn mistake(&mut self, kind: MistakeKind, gold: &GoldDocument, span: Span, detail: String) {
        self.mistakes.push(Mistake {
            kind,
            doc: gold.id.clone(),
            span,
            char_start: 0,
            text: one_line(safe_slice(&gold.text, span)),
            context: context(&gold.text, span),
            detail,
        });
    }

    fn score_entities(&mut self, gold: &GoldDocument, analysis: &Analysis) {
        // Predicted (span, type), deduplicated, in text order.
        let mut predicted: Vec<(Span, EntityType)> = analysis
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |&m| (m, e.kind)))
            .collect();
        predicted.sort();
        predicted.dedup();
        let mut gold_set: Vec<(Span, EntityType)> =
            gold.entities.iter().map(|m| (m.span, m.kind)).collect();
        gold_set.sort();
        gold_set.dedup();

        let pred_exact: HashSet<(Span, EntityType)> = predicted.iter().copied().collect();
        let gold_exact: HashSet<(Span, EntityType)> = gold_set.iter().copied().collect();

        // Per type.
        for &(s, t) in &gold_set {
            let prf = self.entity_types.entry(t).or_default();
            if pred_exact.contains(&(s, t)) {
                prf.tp += 1;
            } else {
                prf.fn_ += 1;
            }
        }
        for &(s, t) in &predicted {
            if !gold_exact.contains(&(s, t)) {
                self.entity_types.entry(t).or_default().fp += 1;
            }
        }

        // Places as one type.
        let places = |v: &[(Span, EntityType)]| -> HashSet<Span> {
            v.iter()
                .filter(|(_, t)| is_place(*t))
                .map(|(s, _)| *s)
                .collect()
        };
        let (gold_places, pred_places) = (places(&gold_set), places(&predicted));
        let tp = gold_places.intersection(&pred_places).count();
        self.places
            .add(Prf::new(tp, pred_places.len() - tp, gold_places.len() - tp));

        // Micro overall: summed from the per-type rows in `finish`.

        self.entity_mistakes(gold, &gold_set, &predicted, &pred_exact, &gold_exact);
    }

    fn entity_mistakes(
        &mut self,
        gold: &GoldDocument,
        gold_set: &[(Span, EntityType)],
        predicted: &[(Span, EntityType)],
        pred_exact: &HashSet<(Span, EntityType)>,
        gold_exact: &HashSet<(Span, EntityType)>,
    ) {
        // Both lists are sorted by span; spans overlapping `a` start after
        // `a.start - longest` and before `a.end`.
        let longest = |list: &[(Span, EntityType)]| list.iter().map(|(s, _)| s.len()).max();
        let (gold_longest, pred_longest) = (
            longest(gold_set).unwrap_or(0),
            longest(predicted).unwrap_or(0),
        );
        let overlapping = |a: Span, list: &[(Span, EntityType)], longest: usize| {
            let lo = list.partition_point(|(s, _)| s.start + longest < a.start);
            let hi = list.partition_point(|(s, _)| s.start <= a.end);
            list[lo..hi.max(lo)]
                .iter()
                .filter(|(s, _)| s.overlap(a) > 0 || *s == a)
                .copied()
                .collect::<Vec<_>>()
        };
        let label = |v: &[(Span, EntityType)], text: &str| -> String {
            v.iter()
                .map(|(s, t)| format!("{t} {:?}", one_line(safe_slice(text, *s))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut entries = Vec::new();
        for &(s, t) in gold_set {
            if pred_exact.contains(&(s, t)) {
                continue;
            }
            let over = overlapping(s, predicted, pred_longest);
            if over.is_empty() {
                entries.push((MistakeKind::MissedEntity, s, format!("gold {t}")));
            } else if let Some((_, pt)) = over.iter().find(|(ps, _)| *ps == s) {
                entries.push((
                    MistakeKind::WrongType,
                    s,
                    format!("gold {t}, predicted {pt}"),
                ));
            } else {
                entries.push((
                    MistakeKind::WrongBoundary,
                    s,
                    format!("gold {t}, predicted {}", label(&over, &gold.text)),
                ));
            }
        }
        for &(s, t) in predicted {
            if gold_exact.contains(&(s, t)) || !self.annotated_types.contains(&t) {
                continue;
            }
            if overlapping(s, gold_set, gold_longest).is_empty() {
                entries.push((MistakeKind::SpuriousEntity, s, format!("predicted {t}")));
            }
        }
        for (kind, span, detail) in entries {
            self.mistake(kind, gold, span, detail);
        }
    }

    fn score_quotes(&mut self, gold: &GoldDocument, analysis: &Analysis) {
        let gold_spans: Vec<Span> = gold.quotes.iter().map(|q| q.span).collect();
        let pred_spans: Vec<Span> = analysis.quotes.iter().map(|q| q.span).collect();
        let matches = match_quotes(&gold_spans, &pred_spans);
        let mut matched_pred = vec![false; pred_spans.len()];
        let speaker_name = |p: usize| -> Option<&str> {
            let id = analysis.quotes[p].speaker?;
            Some(
                analysis
                    .entities
                    .get(id)
                    .map_or("<bad entity id>", |e| e.name.as_str()),
            )
        };
        let speaker_desc = |p: usize| -> String {
            match (speaker_name(p), analysis.quotes[p].speaker_mention) {
                (Some(name), Some(m)) => {
                    format!("{name:?} (via {:?})", one_line(safe_slice(&gold.text, m)))
                }
                (Some(name), None) => format!("{name:?}"),
                (None, _) => "none".to_string(),
            }
        };

        let mut found = Vec::new();
        for (q, m) in gold.quotes.iter().zip(&matches) {
            let kind = q.kind.as_deref().map_or(String::new(), |k| format!(" {k}"));
            match *m {
                Some(p) => {
                    matched_pred[p] = true;
                    self.quotes.tp += 1;
                }
                None => {
                    self.quotes.fn_ += 1;
                    let who = q
                        .speaker
                        .as_ref()
                        .map_or("null".into(), |s| format!("{s:?}"));
                    found.push((
                        MistakeKind::MissedQuote,
                        q.span,
                        format!("gold{kind}, speaker {who}"),
                    ));
                }
            }
            match (&q.speaker, *m) {
                (Some(g), Some(p)) => {
                    self.speakers.total += 1;
                    match speaker_name(p) {
                        Some(name) if speaker_matches(g, name) => self.speakers.correct += 1,
                        _ => found.push((
                            MistakeKind::WrongSpeaker,
                            q.span,
                            format!("gold {g:?}, predicted {}", speaker_desc(p)),
                        )),
                    }
                }
                // Listed under missed quotes already.
                (Some(_), None) => self.speakers.total += 1,
                (None, m) => {
                    self.speakers.null_total += 1;
                    if let Some(p) = m.filter(|&p| analysis.quotes[p].speaker.is_some()) {
                        self.speakers.invented += 1;
                        found.push((
                            MistakeKind::InventedSpeaker,
                            q.span,
                            format!("gold{kind} null, predicted {}", speaker_desc(p)),
                        ));
                    }
                }
            }
        }
        for (p, used) in matched_pred.iter().enumerate() {
            if !used {
                self.quotes.fp += 1;
                found.push((
                    MistakeKind::SpuriousQuote,
                    pred_spans[p],
                    format!("predicted, speaker {}", speaker_desc(p)),
                ));
            }
        }
        for (kind, span, detail) in found {
            self.mistake(kind, gold, span, detail);
        }
    }

    /// Completes the totals after the last [`Self::add_document`]: the overall entity
    /// scores count only the folder's annotated types.
    pub fn finish(&mut self) {
        let mut overall = Prf::default();
        for (t, prf) in &self.entity_types {
            if self.annotated_types.contains(t) {
                overall.add(*prf);
            }
        }
        self.entities = overall;
        let mut named = self.places;
        for t in [EntityType::Person, EntityType::Org] {
            if self.annotated_types.contains(&t) {
                named.add(self.entity(t));
            }
        }
        self.named = named;
    }

    /// A [`fmt::Display`] of every mistake, grouped by kind, then by document.
    pub fn errors(&self) -> ErrorList<'_> {
        ErrorList(self)
    }
}

/// Scores `docs` with [`crate::extract`]. A panic in the extractor is caught and reported
/// as a [`MistakeKind::Panic`] mistake, the document scored as if nothing was found.
pub fn evaluate_documents(name: &str, docs: &[GoldDocument]) -> FolderReport {
    evaluate_documents_with(name, docs, crate::extract)
}

/// [`evaluate_documents`] with another extractor (such as [`crate::extract_with_tagger`]).
pub fn evaluate_documents_with(
    name: &str,
    docs: &[GoldDocument],
    extractor: fn(&str) -> Analysis,
) -> FolderReport {
    let mut report = FolderReport::new(name);
    // The annotated types must be known before spurious mentions are judged.
    for d in docs {
        for m in &d.entities {
            report.annotated_types.insert(m.kind);
        }
    }
    for doc in docs {
        let analysis = match extract_guarded(extractor, &doc.text) {
            Ok(a) => a,
            Err(msg) => {
                report.mistake(
                    MistakeKind::Panic,
                    doc,
                    Span::new(0, 0),
                    format!("panicked: {}", one_line(&msg)),
                );
                Analysis::default()
            }
        };
        report.add_document(doc, &analysis);
    }
    report.finish();
    report
}

/// Loads the `*.json` gold documents of `dir` and scores the extractor on them.
pub fn evaluate_dir(dir: &Path) -> Result<FolderReport, String> {
    evaluate_dir_with(dir, crate::extract)
}

/// [`evaluate_dir`] with another extractor.
pub fn evaluate_dir_with(
    dir: &Path,
    extractor: fn(&str) -> Analysis,
) -> Result<FolderReport, String> {
    let docs = load_dir(dir)?;
    Ok(evaluate_documents_with(&folder_name(dir), &docs, extractor))
}

/// The name a report gives the folder `dir`: its last component.
pub(crate) fn folder_name(dir: &Path) -> String {
    dir.file_name()
        .map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into())
}

/// `extractor` on `text`, or the message of its panic: the scorers count a panic as a
/// mistake and go on with the next document.
pub(crate) fn extract_guarded(
    extractor: fn(&str) -> Analysis,
    text: &str,
) -> Result<Analysis, String> {
    std::panic::catch_unwind(|| extractor(text)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string())
    })
}

// ---------------------------------------------------------------------------------------
// Display
// ---------------------------------------------------------------------------------------

/// A percentage, or "-" when the ratio is 0/0.
fn percent(value: f64, denom: usize) -> String {
    if denom == 0 {
        "-".to_string()
    } else {
        format!("{:.1}", 100.0 * value)
    }
}

fn write_row(f: &mut fmt::Formatter<'_>, label: &str, prf: Prf, note: &str) -> fmt::Result {
    writeln!(
        f,
        "  {label:<10} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}{note}",
        percent(prf.precision(), prf.predicted()),
        percent(prf.recall(), prf.gold()),
        percent(prf.f1(), prf.gold() + prf.predicted()),
        prf.tp,
        prf.fp,
        prf.fn_,
    )
}

impl fmt::Display for FolderReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "== {} == {} documents, {} with quotes annotated",
            self.name, self.documents, self.quote_documents
        )?;
        let panics = self
            .mistakes
            .iter()
            .filter(|m| m.kind == MistakeKind::Panic)
            .count();
        if panics > 0 {
            writeln!(
                f,
                "  !! the extractor panicked on {panics} documents (see --errors)"
            )?;
        }
        writeln!(
            f,
            "  {:<10} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "entities", "P%", "R%", "F1%", "tp", "fp", "fn"
        )?;
        for (&t, &prf) in &self.entity_types {
            let note = if self.annotated_types.contains(&t) {
                ""
            } else {
                "  (not annotated here; not in overall)"
            };
            write_row(f, t.label(), prf, note)?;
        }
        write_row(f, "places", self.places, "  (GPE+LOC+FAC, any place type)")?;
        write_row(f, "overall", self.entities, "  (micro)")?;
        write_row(f, "named", self.named, "  (PERSON+ORG+places, micro)")?;
        if self.quote_documents > 0 {
            write_row(
                f,
                "quotes",
                self.quotes,
                "  (match: overlap >= half the gold quote)",
            )?;
            let s = self.speakers;
            writeln!(
                f,
                "  speakers   {:>6}% correct ({}/{} gold quotes with a speaker); invented {}/{} (null-speaker quotes given a speaker)",
                percent(s.accuracy(), s.total),
                s.correct,
                s.total,
                s.invented,
                s.null_total
            )?;
        }
        Ok(())
    }
}

/// [`FolderReport::errors`]: mistakes grouped by kind with counts; entity mistakes also
/// summarised (most frequent type confusions and missed/spurious strings).
pub struct ErrorList<'r>(&'r FolderReport);

impl fmt::Display for ErrorList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let report = self.0;
        let mut by_kind: BTreeMap<MistakeKind, Vec<&Mistake>> = BTreeMap::new();
        for m in &report.mistakes {
            by_kind.entry(m.kind).or_default().push(m);
        }
        writeln!(
            f,
            "== {} == {} errors (@ = code-point offset in the gold file)",
            report.name,
            report.mistakes.len()
        )?;
        for (kind, list) in &by_kind {
            writeln!(f, "-- {} ({}) --", kind.title(), list.len())?;
            match kind {
                MistakeKind::WrongType => {
                    summary(f, "by confusion", list.iter().map(|m| m.detail.clone()))?
                }
                MistakeKind::MissedEntity | MistakeKind::SpuriousEntity => summary(
                    f,
                    "most frequent",
                    list.iter().map(|m| format!("{} {:?}", &m.detail, m.text)),
                )?,
                _ => {}
            }
            let mut doc = "";
            for m in list {
                if m.doc != doc {
                    doc = &m.doc;
                    writeln!(f, "  {doc}")?;
                }
                if m.kind == MistakeKind::Panic {
                    writeln!(f, "    {}", m.detail)?;
                } else {
                    writeln!(f, "    @{:<6} {} | {}", m.char_start, m.detail, m.context)?;
                }
            }
        }
        Ok(())
    }
}

/// The most frequent lines of `items` (those occurring at least twice, at most 10).
fn summary(
    f: &mut fmt::Formatter<'_>,
    title: &str,
    items: impl Iterator<Item = String>,
) -> fmt::Result {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for item in items {
        *counts.entry(item).or_default() += 1;
    }
    let mut counts: Vec<(String, usize)> = counts.into_iter().filter(|(_, n)| *n > 1).collect();
    if counts.is_empty() {
        return Ok(());
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    writeln!(f, "  {title}:")?;
    for (item, n) in counts.iter().take(10) {
        writeln!(f, "    {n:>4} × {item}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Quote};

    /// A gold document over `text`, spans given as the substrings they cover (first
    /// occurrence at or after the previous one of the same list).
    fn gold(
        text: &str,
        entities: &[(&str, EntityType)],
        quotes: &[(&str, Option<&str>)],
    ) -> GoldDocument {
        let spans = |words: Vec<&str>| -> Vec<Span> {
            let mut from = 0;
            words
                .into_iter()
                .map(|w| {
                    let start = from + text[from..].find(w).expect("word in text");
                    from = start + w.len();
                    Span::new(start, start + w.len())
                })
                .collect()
        };
        let e_spans = spans(entities.iter().map(|e| e.0).collect());
        let q_spans = spans(quotes.iter().map(|q| q.0).collect());
        GoldDocument {
            id: "doc".into(),
            text: text.into(),
            entities: e_spans
                .into_iter()
                .zip(entities)
                .map(|(span, &(_, kind))| GoldMention { span, kind })
                .collect(),
            quotes: q_spans
                .into_iter()
                .zip(quotes)
                .map(|(span, &(_, speaker))| GoldQuote {
                    span,
                    speaker: speaker.map(str::to_string),
                    kind: None,
                })
                .collect(),
            quotes_annotated: true,
        }
    }

    #[test]
    fn prf_arithmetic() {
        let p = Prf::new(3, 1, 2);
        assert!((p.precision() - 0.75).abs() < 1e-9);
        assert!((p.recall() - 0.6).abs() < 1e-9);
        assert!((p.f1() - 6.0 / 9.0).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 1.0);
        assert_eq!(Prf::new(0, 0, 4).f1(), 0.0);
        assert_eq!(Prf::new(0, 0, 4).precision(), 1.0);
        assert_eq!(Prf::new(0, 2, 0).f1(), 0.0);
    }

    #[test]
    fn speaker_names_skip_generational_suffixes() {
        assert!(speaker_matches("Pate", "Luther Stan Pate IV"));
        assert!(speaker_matches("Martin Luther King Jr.", "King"));
        assert!(!speaker_matches("Jr.", "King"));
    }

    #[test]
    fn speaker_names() {
        assert!(speaker_matches("Antony Blinken", "antony  BLINKEN"));
        assert!(speaker_matches("Antony Blinken", "Blinken"));
        assert!(speaker_matches("Blinken", "Secretary Antony Blinken"));
        assert!(speaker_matches("Xi Jinping", "Jinping's"));
        assert!(!speaker_matches("Xi Jinping", "Wang Yi"));
        assert!(speaker_matches("O'Neill", "James O’Neill"));
        assert!(!speaker_matches("Xi Jinping", ""));
    }

    #[test]
    fn quote_matching_needs_half_the_gold() {
        let gold = [Span::new(10, 20), Span::new(30, 40), Span::new(50, 60)];
        // covers 5 of 10: enough; covers 4 of 10: not; two candidates: the first wins.
        let pred = [
            Span::new(15, 25),
            Span::new(36, 45),
            Span::new(49, 61),
            Span::new(50, 60),
        ];
        assert_eq!(match_quotes(&gold, &pred), vec![Some(0), None, Some(2)]);
    }

    #[test]
    fn quote_matching_is_one_to_one_and_order_free() {
        // One long prediction over two gold quotes: only the first in text order gets it.
        let gold = [Span::new(40, 50), Span::new(0, 10)];
        let pred = [Span::new(0, 50)];
        assert_eq!(match_quotes(&gold, &pred), vec![None, Some(0)]);
        let pred = [Span::new(45, 52), Span::new(2, 9)];
        assert_eq!(match_quotes(&gold, &pred), vec![Some(0), Some(1)]);
        let gold = [Span::new(0, 10), Span::new(10, 20)];
        let pred = [Span::new(0, 20)];
        assert_eq!(match_quotes(&gold, &pred), vec![Some(0), None]);
        assert_eq!(match_quotes(&[], &pred), Vec::<Option<usize>>::new());
    }

    #[test]
    fn entity_scores_per_type_places_and_overall() {
        let text = "Joe Biden met Wang Yi in Beijing at the Great Hall near Tiananmen.";
        let g = gold(
            text,
            &[
                ("Joe Biden", EntityType::Person),
                ("Wang Yi", EntityType::Person),
                ("Beijing", EntityType::Gpe),
                ("Great Hall", EntityType::Fac),
                ("Tiananmen", EntityType::Loc),
            ],
            &[],
        );
        let analysis = Analysis {
            entities: vec![
                // exact
                Entity::new(
                    0,
                    EntityType::Person,
                    "Joe Biden",
                    vec![Span::first(text, "Joe Biden")],
                ),
                // boundary error
                Entity::new(
                    1,
                    EntityType::Person,
                    "Wang",
                    vec![Span::first(text, "Wang")],
                ),
                // place of the wrong place type: counts for places, not for GPE / FAC
                Entity::new(
                    2,
                    EntityType::Loc,
                    "Beijing",
                    vec![Span::first(text, "Beijing")],
                ),
                Entity::new(
                    3,
                    EntityType::Fac,
                    "Great Hall",
                    vec![Span::first(text, "Great Hall")],
                ),
                // spurious
                Entity::new(4, EntityType::Org, "Hall", vec![Span::first(text, "near")]),
                // a type the gold does not annotate: not in overall, not listed as spurious
                Entity::new(
                    5,
                    EntityType::Date,
                    "Tiananmen",
                    vec![Span::first(text, "met")],
                ),
            ],
            quotes: vec![],
        };
        let mut r = FolderReport::new("t");
        r.add_document(&g, &analysis);
        r.finish();
        assert_eq!(r.entity(EntityType::Person), Prf::new(1, 1, 1));
        assert_eq!(r.entity(EntityType::Gpe), Prf::new(0, 0, 1));
        assert_eq!(r.entity(EntityType::Loc), Prf::new(0, 1, 1));
        assert_eq!(r.entity(EntityType::Fac), Prf::new(1, 0, 0));
        assert_eq!(r.entity(EntityType::Org), Prf::new(0, 1, 0));
        assert_eq!(r.entity(EntityType::Date), Prf::new(0, 1, 0));
        assert_eq!(r.places, Prf::new(2, 0, 1));
        // PERSON 1/1/1, GPE 0/0/1, LOC 0/1/1, FAC 1/0/0; ORG and DATE are not annotated.
        assert_eq!(r.entities, Prf::new(2, 2, 3));
        // PERSON 1/1/1 and places 2/0/1; ORG is not annotated.
        assert_eq!(r.named, Prf::new(3, 1, 2));

        let kinds: Vec<(MistakeKind, &str)> = r
            .mistakes
            .iter()
            .map(|m| (m.kind, m.text.as_str()))
            .collect();
        assert!(kinds.contains(&(MistakeKind::WrongBoundary, "Wang Yi")));
        assert!(kinds.contains(&(MistakeKind::WrongType, "Beijing")));
        assert!(kinds.contains(&(MistakeKind::MissedEntity, "Tiananmen")));
        assert!(!kinds.contains(&(MistakeKind::SpuriousEntity, "near")));
        assert!(!kinds.iter().any(|k| k.1 == "met"));
        let shown = r.errors().to_string();
        assert!(shown.contains("gold GPE, predicted LOC"), "{shown}");
        assert!(shown.contains("[Wang Yi]"), "{shown}");
    }

    #[test]
    fn quote_and_speaker_scores() {
        let text = "“We will win,” Biden said. Wang called it “nonsense” and “fake”. \
                    “Never,” Xi said. A “term” here. Another “scare” one.";
        let g = gold(
            text,
            &[],
            &[
                ("We will win,", Some("Joe Biden")),
                ("nonsense", Some("Wang Yi")),
                ("fake", Some("Wang Yi")),
                ("Never,", Some("Xi Jinping")),
                ("term", None),
                ("scare", None),
            ],
        );
        let analysis = Analysis {
            entities: vec![
                Entity::new(
                    0,
                    EntityType::Person,
                    "Biden",
                    vec![Span::first(text, "Biden")],
                ),
                Entity::new(1, EntityType::Person, "Li Qiang", vec![]),
                Entity::new(2, EntityType::Person, "Xi Jinping", vec![]),
            ],
            quotes: vec![
                Quote::new(Span::first(text, "We will win"), Some(0)), // surname only: correct
                Quote::new(Span::first(text, "nonsense"), Some(1)),    // wrong speaker
                // "fake" missed
                Quote::new(Span::first(text, "Never,"), None), // found, no speaker: wrong
                Quote::new(Span::first(text, "term"), Some(2)), // invented speaker
                Quote::new(Span::first(text, "scare"), None),
                Quote::new(Span::first(text, "Another"), None), // spurious
            ],
        };
        let mut r = FolderReport::new("t");
        r.add_document(&g, &analysis);
        r.finish();
        assert_eq!(r.quotes, Prf::new(5, 1, 1));
        assert_eq!(
            r.speakers,
            SpeakerScore {
                correct: 1,
                total: 4,
                invented: 1,
                null_total: 2
            }
        );
        let count = |k| r.mistakes.iter().filter(|m| m.kind == k).count();
        assert_eq!(count(MistakeKind::WrongSpeaker), 2);
        assert_eq!(count(MistakeKind::MissedQuote), 1);
        assert_eq!(count(MistakeKind::SpuriousQuote), 1);
        assert_eq!(count(MistakeKind::InventedSpeaker), 1);
        let shown = r.errors().to_string();
        assert!(
            shown.contains("gold \"Wang Yi\", predicted \"Li Qiang\""),
            "{shown}"
        );
        assert!(shown.contains("gold, speaker \"Wang Yi\""), "{shown}");
        assert!(
            shown.contains("gold \"Xi Jinping\", predicted none"),
            "{shown}"
        );
        let table = r.to_string();
        assert!(table.contains("25.0% correct (1/4"), "{table}");
        let at = r.mistakes.iter().find(|m| m.text == "fake").unwrap();
        assert_eq!(at.char_start, text[..at.span.start].chars().count());
    }

    #[test]
    fn unannotated_quotes_are_not_scored() {
        let text = "He said “yes”.";
        let mut g = gold(text, &[], &[]);
        g.quotes_annotated = false;
        let analysis = Analysis {
            entities: vec![],
            quotes: vec![Quote::new(Span::first(text, "yes"), None)],
        };
        let mut r = FolderReport::new("t");
        r.add_document(&g, &analysis);
        r.finish();
        assert_eq!((r.quotes, r.quote_documents), (Prf::default(), 0));
        assert!(r.mistakes.is_empty());
    }

    #[test]
    fn gold_json_offsets_become_bytes() {
        let json = r#"{"id": "x", "text": "“Hé” said Zoë Bäck.",
            "entities": [{"start": 10, "end": 18, "text": "Zoë Bäck", "type": "PERSON"}],
            "quotes": [{"start": 1, "end": 3, "text": "Hé", "speaker": "Zoë Bäck", "kind": "direct"}],
            "quotes_annotated": true}"#;
        let d = GoldDocument::from_json(json).unwrap();
        assert_eq!(d.entities[0].span.of(&d.text), "Zoë Bäck");
        assert_eq!(d.quotes[0].span.of(&d.text), "Hé");
        assert_eq!(d.quotes[0].speaker.as_deref(), Some("Zoë Bäck"));
        assert_eq!(d.quotes[0].kind.as_deref(), Some("direct"));

        let bad = json.replace("\"end\": 18", "\"end\": 17");
        assert!(GoldDocument::from_json(&bad)
            .unwrap_err()
            .contains("Zoë Bäck"));
        let bad = json.replace("\"end\": 18", "\"end\": 99");
        assert!(GoldDocument::from_json(&bad)
            .unwrap_err()
            .contains("outside"));
        let bad = json.replace("PERSON", "PER");
        assert!(GoldDocument::from_json(&bad).unwrap_err().contains("PER"));
        assert!(GoldDocument::from_json("{").is_err());

        // CoNLL's MISC is skipped; the other mentions load.
        let conll = json.replace(
            r#""type": "PERSON"}]"#,
            r#""type": "PERSON"}, {"start": 5, "end": 9, "text": "said", "type": "MISC"}]"#,
        );
        let d = GoldDocument::from_json(&conll).unwrap();
        assert_eq!(d.entities.len(), 1);
    }

    #[test]
    fn context_is_one_line_and_safe() {
        let text = "first line\n\nsecond “line” here";
        let c = context(text, Span::first(text, "line"));
        assert_eq!(c, "first [line] second “line” here");
        assert!(context(text, Span::new(0, 999)).contains("invalid"));
        assert_eq!(safe_slice("é", Span::new(1, 2)), "<invalid span>");
    }
}
