//! Training the tagger: an averaged perceptron over gold documents with
//! CoNLL's four name types, decoded greedily as [`super::tag`] decodes.
//!
//! Deterministic: integer updates, documents visited in an order shuffled by a fixed seed,
//! so the same corpus and settings give the same bytes (checked by `tests/tagger.rs`).

use super::{best_label, decode, Label, Model, StaticFeatures};
use crate::analysis::{EntityType, Span};
use crate::mentions::{self, Mention};
use crate::offsets::char_to_byte_table;
use crate::text::Document;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A training document: its text and its gold names as byte spans.
pub struct GoldText {
    pub id: String,
    pub text: String,
    pub names: Vec<(Span, Label)>,
    /// The mention rules' reading of the text, frozen ([`freeze_rules`]), which the model's
    /// features then read instead of the rules of the day; `None`: the rules of the day.
    pub rules: Option<Vec<RuleMention>>,
}

/// One mention of the rules, as a training document keeps it frozen: its byte span, its type
/// (`None`: left untyped) and whether the type is a guess from the words' shape alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleMention {
    pub span: Span,
    pub kind: Option<EntityType>,
    pub guessed: bool,
}

#[derive(Deserialize)]
struct RawDocument {
    id: String,
    text: String,
    #[serde(default)]
    entities: Vec<RawEntity>,
}

#[derive(Deserialize)]
struct RawEntity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

/// The label a gold type trains: CoNLL's LOC and our place types are places, MISC and the
/// other name types (NORP, EVENT) "other"; dates and quantities are not names.
fn label_of(kind: &str) -> Option<Label> {
    Some(match kind {
        "PERSON" | "PER" => Label::Person,
        "ORG" => Label::Org,
        "LOC" | "GPE" | "FAC" => Label::Place,
        "MISC" | "NORP" | "EVENT" => Label::Other,
        _ => return None,
    })
}

/// The `*.json` documents of `dir`, sorted by file name, read as they come.
fn read_documents(
    dir: &Path,
) -> Result<impl Iterator<Item = Result<(PathBuf, RawDocument), String>>, String> {
    Ok(crate::eval::json_files(dir)?.into_iter().map(|path| {
        let json = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let raw = serde_json::from_str(&json).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok((path, raw))
    }))
}

/// Reads every `*.json` gold document of `dir`, sorted by file name.
pub fn load_dir(dir: &Path) -> Result<Vec<GoldText>, String> {
    let mut docs = Vec::new();
    for document in read_documents(dir)? {
        let (path, raw) = document?;
        let table = char_to_byte_table(&raw.text);
        let mut names = Vec::new();
        for e in &raw.entities {
            if e.start > e.end || e.end >= table.len() {
                return Err(format!("{}: entity outside the text", path.display()));
            }
            if let Some(label) = label_of(&e.kind) {
                names.push((Span::new(table[e.start], table[e.end]), label));
            }
        }
        docs.push(GoldText {
            id: raw.id,
            text: raw.text,
            names,
            rules: None,
        });
    }
    Ok(docs)
}

/// Every `every`-th document of `dir` (by file name), its names read by today's rules alone
/// ([`crate::extract_rules`], not [`crate::extract`], which reads with the model being
/// trained): silver labels on unannotated news, so that the model also learns how
/// today's news reads, which CoNLL's Reuters articles of 1996 (a third of them sports
/// tables) do not show. Only the texts are read, never their annotations.
pub fn load_silver_dir(dir: &Path, every: usize) -> Result<Vec<GoldText>, String> {
    let mut docs = Vec::new();
    for document in read_documents(dir)?.step_by(every.max(1)) {
        let (_, raw) = document?;
        let analysis = crate::extract_rules(&raw.text);
        let mut names = Vec::new();
        for e in &analysis.entities {
            if let Some(label) = label_of(e.kind.label()) {
                names.extend(e.mentions.iter().map(|&m| (m, label)));
            }
        }
        docs.push(GoldText {
            id: raw.id,
            text: raw.text,
            names,
            rules: None,
        });
    }
    Ok(docs)
}

/// The committed silver labels (`make silver` writes them, [`silver_labels_file`]): the
/// names the rules read in every [`SILVER_EVERY`]th document of PolNeAR's training split
/// when the file was written. `make train` reads them rather than the rules of the day, so
/// that a change to the entity rules does not retrain the model, whose every retraining
/// moves its scores by a few tenths; the labels move on only when someone writes them
/// again.
pub const SILVER_LABELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/tagger/silver.tsv");

/// FNV-1a of a text (64 bits): the silver labels' file keeps it per document, so that they
/// are never read against a text that has changed.
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The lines of a silver labels' file for `docs`: a document a line, its id, the
/// fingerprint of its text, and its names as `start:end:label` (byte offsets; the label's
/// letter: P person, G organisation, L place, M other), tab- and space-separated. Nothing of
/// the text itself.
pub fn silver_labels_file(docs: &[GoldText]) -> String {
    let mut out = String::new();
    for doc in docs {
        let names: Vec<String> = doc
            .names
            .iter()
            .map(|(span, label)| format!("{}:{}:{}", span.start, span.end, label.tag()))
            .collect();
        out.push_str(&document_line(doc, &names));
    }
    out
}

/// A document's line in a silver labels' or rule mentions' file: its id, the fingerprint of
/// its text and its `items`, tab- and space-separated.
fn document_line(doc: &GoldText, items: &[String]) -> String {
    format!(
        "{}\t{:016x}\t{}\n",
        doc.id,
        fingerprint(&doc.text),
        items.join(" ")
    )
}

/// The document lines of a silver labels' or rule mentions' file (`file`, as
/// [`document_line`] writes them; lines opening with `#` are comments): each line's number,
/// id, fingerprint and items; a line without the three is an error, which names the file's
/// `kind` and its `items`.
fn document_lines<'f>(
    file: &'f str,
    kind: &'static str,
    items: &'static str,
) -> impl Iterator<Item = Result<(usize, &'f str, &'f str, &'f str), String>> {
    file.lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(move |(n, line)| {
            let mut fields = line.split('\t');
            match (fields.next(), fields.next(), fields.next()) {
                (Some(id), Some(print), Some(found)) => Ok((n + 1, id, print, found)),
                _ => Err(format!(
                    "{kind}, line {}: expected an id, a fingerprint and the {items}",
                    n + 1
                )),
            }
        })
}

/// Is `print` the fingerprint of `text`, as [`document_line`] writes it?
fn fingerprint_is(text: &str, print: &str) -> bool {
    format!("{:016x}", fingerprint(text)) == print
}

/// An item `start:end:tag` of a document line: its byte offsets and its tag.
fn item_parts(item: &str) -> Option<(usize, usize, &str)> {
    let mut parts = item.splitn(3, ':');
    let mut number = || parts.next().and_then(|p| p.parse::<usize>().ok());
    let (start, end) = (number()?, number()?);
    Some((start, end, parts.next()?))
}

/// The span of bytes `start..end` of `text`, if it is one (not empty, on its characters).
fn span_in(text: &str, start: usize, end: usize) -> Option<Span> {
    (start < end && text.get(start..end).is_some()).then(|| Span::new(start, end))
}

/// The documents a silver labels' file names (`labels`, as [`silver_labels_file`] writes
/// it; lines opening with `#` are comments), their texts read from `dir`, with those labels.
/// A document missing from `dir`, a text that changed or a label off the text is an error.
pub fn load_silver(dir: &Path, labels: &str) -> Result<Vec<GoldText>, String> {
    let mut texts: std::collections::HashMap<String, String> = read_documents(dir)?
        .map(|document| document.map(|(_, raw)| (raw.id, raw.text)))
        .collect::<Result<_, _>>()?;
    let mut docs = Vec::new();
    for line in document_lines(labels, "silver labels", "names") {
        let (n, id, print, names) = line?;
        let bad = |what: &str| format!("silver labels, line {n}: {what}");
        let text = texts
            .remove(id)
            .ok_or_else(|| bad(&format!("no document {id} in {}", dir.display())))?;
        if !fingerprint_is(&text, print) {
            return Err(bad(&format!("the text of {id} has changed since")));
        }
        let mut spans = Vec::new();
        for name in names.split(' ').filter(|name| !name.is_empty()) {
            let Some((start, end, tag)) = item_parts(name) else {
                return Err(bad(&format!("cannot read the name {name}")));
            };
            let Some(label) = Label::ALL.into_iter().find(|l| l.tag() == tag) else {
                return Err(bad(&format!("cannot read the name {name}")));
            };
            let Some(span) = span_in(&text, start, end) else {
                return Err(bad(&format!("the name {name} is not in the text of {id}")));
            };
            spans.push((span, label));
        }
        docs.push(GoldText {
            id: id.to_string(),
            text,
            names: spans,
            rules: None,
        });
    }
    Ok(docs)
}

/// The committed reading of the mention rules (`make silver` writes it,
/// [`rule_mentions_file`]): their mentions in every training document, gold and silver, when
/// the file was written. `make train` gives the model's features these rather than the rules
/// of the day ([`freeze_rules`]), so that a change to the mention rules does not retrain the
/// model either: each retraining had moved CoNLL's development F1 by up to 0.4 points in
/// tables and headlines, more than most rules gain. (The model still reads the rules of the
/// day when it runs; they differ from the frozen ones only where a rule changed since.)
pub const RULE_MENTIONS: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/data/tagger/rule_mentions.tsv");

/// A mention's type in a rule mentions' file: its label, `-` when untyped, and `?` after it
/// when the type is a guess from the shape of the words.
fn rule_code(kind: Option<EntityType>, guessed: bool) -> String {
    let kind = kind.map_or("-", EntityType::label);
    format!("{kind}{}", if guessed { "?" } else { "" })
}

/// The lines of a rule mentions' file for `docs`, read by the rules of the day: a document
/// a line, its id, the fingerprint of its text, and its mentions as `start:end:code` (byte
/// offsets, [`rule_code`]). Nothing of the text itself.
pub fn rule_mentions_file(docs: &[GoldText]) -> String {
    let mut out = String::new();
    for d in docs {
        let doc = Document::parse(&d.text);
        let found: Vec<String> = mentions::find(&doc)
            .iter()
            .map(|m| {
                let code = rule_code(m.kind, m.guessed);
                format!("{}:{}:{code}", m.span.start, m.span.end)
            })
            .collect();
        out.push_str(&document_line(d, &found));
    }
    out
}

/// Gives every document of `docs` its frozen rule mentions from `file` (as
/// [`rule_mentions_file`] writes it; `#` lines are comments). A document the file does not
/// name, or whose text changed since, is an error: the file must then be written again.
pub fn freeze_rules(docs: &mut [GoldText], file: &str) -> Result<(), String> {
    let mut lines: std::collections::HashMap<&str, (usize, &str, &str)> = Default::default();
    for line in document_lines(file, "rule mentions", "mentions") {
        let (n, id, print, found) = line?;
        lines.insert(id, (n, print, found));
    }
    for d in docs.iter_mut() {
        let Some(&(n, print, found)) = lines.get(d.id.as_str()) else {
            return Err(format!(
                "rule mentions: no line for {} (`make silver` writes them again)",
                d.id
            ));
        };
        let bad = |what: &str| format!("rule mentions, line {n}: {what}");
        if !fingerprint_is(&d.text, print) {
            return Err(bad(&format!("the text of {} has changed since", d.id)));
        }
        let mut frozen = Vec::new();
        for mention in found.split(' ').filter(|m| !m.is_empty()) {
            let Some((start, end, code)) = item_parts(mention) else {
                return Err(bad(&format!("cannot read the mention {mention}")));
            };
            let guessed = code.ends_with('?');
            let label = code.trim_end_matches('?');
            let kind = EntityType::from_label(label);
            // (An unknown type is an error too; `-` is a mention left untyped.)
            let known = kind.is_some() || label == "-";
            let Some(span) = span_in(&d.text, start, end).filter(|_| known) else {
                return Err(bad(&format!(
                    "the mention {mention} is not one of {}",
                    d.id
                )));
            };
            frozen.push(RuleMention {
                span,
                kind,
                guessed,
            });
        }
        d.rules = Some(frozen);
    }
    Ok(())
}

/// The frozen mentions as the model's features read them, on the tokens of `doc`.
fn thawed(doc: &Document, frozen: &[RuleMention]) -> Vec<Mention> {
    frozen
        .iter()
        .map(|m| Mention {
            span: m.span,
            kind: m.kind,
            tokens: (
                doc.token_at_or_after(m.span.start),
                doc.token_at_or_after(m.span.end),
            ),
            title_gender: None,
            guessed: m.guessed,
            dateline: false,
        })
        .collect()
}

/// The gold label of every token: the label of the name whose span holds it.
pub fn token_labels(doc: &Document, names: &[(Span, Label)]) -> Vec<Label> {
    doc.tokens
        .iter()
        .map(|t| {
            names
                .iter()
                .find(|(s, _)| s.start <= t.span.start && t.span.end <= s.end)
                .map_or(Label::Outside, |(_, l)| *l)
        })
        .collect()
}

/// The share of the silver folder that training reads: every third document (1.3 MB of
/// text beside CoNLL's 1.1 MB). All of it leans the model too far from CoNLL's gold
/// (development F1 0.877 against 0.882).
pub const SILVER_EVERY: usize = 3;

/// Settings of one training run.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// 2^bits rows of weights.
    pub bits: u32,
    pub epochs: usize,
    pub seed: u64,
    /// Per mille of the tokens whose word features are hidden in each epoch (word dropout),
    /// so that the model also learns names it has not seen from their context.
    pub word_dropout: u32,
    /// The largest quantised magnitude (at most 127): fewer levels gzip smaller.
    pub levels: i8,
    /// Quantised weights of this magnitude or less become 0: the model gzips much smaller
    /// for little accuracy.
    pub prune: i8,
    /// Runs over the data in different orders (seeds `seed`, `seed + 1`, …) whose averaged
    /// weights are averaged again: one run's model moves by a few tenths of F1 when its
    /// silver labels change a little; the mean of several moves less.
    pub runs: u64,
}

/// See [`Settings::runs`].
const RUNS: u64 = 30;

impl Default for Settings {
    /// The settings of the committed model (`data/tagger/README.md`): 2^15 rows of 14
    /// levels, weights of magnitude 3 or less pruned, the mean of thirty runs: 16 KB gzipped,
    /// which the browser build carries (2^16 rows of 12 levels pruned at 2 were 27 KB for
    /// no better F1 on CoNLL's development split; thirty runs vary less with the seed than
    /// ten, whose means for three seeds spread over 0.3 F1 points).
    fn default() -> Self {
        Settings {
            bits: 15,
            epochs: 8,
            seed: 2003,
            word_dropout: 200,
            levels: 14,
            prune: 3,
            runs: RUNS,
        }
    }
}

/// A document ready for training: its features computed once.
struct Prepared<'t> {
    doc: Document<'t>,
    statics: StaticFeatures,
    gold: Vec<Label>,
}

/// Trains on `docs`; gives the weights quantised to signed bytes, row by row.
pub fn train(docs: &[GoldText], settings: Settings) -> Vec<i8> {
    let prepared: Vec<Prepared> = docs
        .iter()
        .map(|d| {
            let doc = Document::parse(&d.text);
            let rules = match &d.rules {
                Some(frozen) => thawed(&doc, frozen),
                None => mentions::find(&doc),
            };
            let statics = StaticFeatures::new(&doc, &rules);
            let gold = token_labels(&doc, &d.names);
            Prepared { doc, statics, gold }
        })
        .collect();
    let size = (1usize << settings.bits) * Label::COUNT;
    let mut mean = vec![0f64; size];
    let runs = settings.runs.max(1);
    for run in 0..runs {
        let averaged = train_once(
            &prepared,
            settings.bits,
            settings.epochs,
            settings.seed + run,
            settings.word_dropout,
        );
        for (m, w) in mean.iter_mut().zip(averaged) {
            *m += w / runs as f64;
        }
    }
    let mut quantised = quantise(&mean, settings.levels);
    for w in &mut quantised {
        if w.abs() <= settings.prune {
            *w = 0;
        }
    }
    quantised
}

/// One averaged perceptron over `prepared`, its order shuffled with `seed`: the averaged
/// weights, row by row.
fn train_once(
    prepared: &[Prepared],
    bits: u32,
    epochs: usize,
    seed: u64,
    word_dropout: u32,
) -> Vec<f64> {
    let rows = 1usize << bits;
    let mask = (rows - 1) as u32;
    let size = rows * Label::COUNT;
    // The averaged perceptron's lazy form: `weights` now, `stamped` the sum of each update
    // times the step it was made at; the average is `weights - stamped / steps`.
    let mut weights = vec![0i32; size];
    let mut stamped = vec![0i64; size];
    let mut step: i64 = 1;
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = seed | 1;
    for _ in 0..epochs {
        shuffle(&mut order, &mut rng);
        for &d in &order {
            let p = &prepared[d];
            let mut dropout_state = rng;
            let with_word = |_: usize| {
                dropout_state = lcg(dropout_state);
                (dropout_state >> 33) % 1000 >= u64::from(word_dropout)
            };
            rng = lcg(rng);
            decode(&p.doc, &p.statics, with_word, |i, features| {
                let mut scores = [0i32; Label::COUNT];
                for &f in features {
                    let row = (f & mask) as usize * Label::COUNT;
                    for (s, w) in scores.iter_mut().zip(&weights[row..row + Label::COUNT]) {
                        *s += w;
                    }
                }
                let guess = best_label(&scores);
                let truth = p.gold[i];
                if guess != truth {
                    for &f in features {
                        let row = (f & mask) as usize * Label::COUNT;
                        weights[row + truth.index()] += 1;
                        stamped[row + truth.index()] += step;
                        weights[row + guess.index()] -= 1;
                        stamped[row + guess.index()] -= step;
                    }
                }
                step += 1;
                guess
            });
        }
    }
    weights
        .iter()
        .zip(&stamped)
        .map(|(&w, &u)| f64::from(w) - u as f64 / step as f64)
        .collect()
}

/// Signed bytes for the averaged weights: scaled so that the 99.9th percentile of their
/// magnitudes is `levels`, the rare larger ones clipped.
fn quantise(weights: &[f64], levels: i8) -> Vec<i8> {
    let mut magnitudes: Vec<f64> = weights
        .iter()
        .map(|w| w.abs())
        .filter(|&w| w > 0.0)
        .collect();
    if magnitudes.is_empty() {
        return vec![0; weights.len()];
    }
    magnitudes.sort_by(f64::total_cmp);
    let top = magnitudes[(magnitudes.len() - 1) * 999 / 1000];
    let levels = f64::from(levels.clamp(1, 127));
    let scale = levels / top;
    weights
        .iter()
        .map(|w| (w * scale).round().clamp(-levels, levels) as i8)
        .collect()
}

/// Fisher–Yates with a 64-bit LCG: the same order for the same seed on every platform.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for k in (1..order.len()).rev() {
        *state = lcg(*state);
        let j = ((*state >> 33) % (k as u64 + 1)) as usize;
        order.swap(k, j);
    }
}

/// One step of Knuth's 64-bit linear congruential generator.
fn lcg(state: u64) -> u64 {
    state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407)
}

/// Precision, recall and F1 of the names a model finds, exact span and label, over `docs`
/// (CoNLL's own measure, MISC included).
pub fn span_scores(model: &Model, docs: &[GoldText]) -> (usize, usize, usize) {
    let (mut tp, mut predicted, mut gold) = (0, 0, 0);
    for d in docs {
        let doc = Document::parse(&d.text);
        let labels = super::tag(model, &doc, &mentions::find(&doc));
        let found: Vec<(Span, Label)> = super::names(&doc, &labels)
            .iter()
            .map(|t| (doc.span_of(t.tokens), t.label))
            .collect();
        predicted += found.len();
        gold += d.names.len();
        tp += found.iter().filter(|f| d.names.contains(f)).count();
    }
    (tp, predicted, gold)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(text: &str, names: &[(&str, Label)]) -> GoldText {
        GoldText {
            id: "t".into(),
            text: text.into(),
            names: names
                .iter()
                .map(|(n, l)| (Span::first(text, n), *l))
                .collect(),
            rules: None,
        }
    }

    #[test]
    fn tokens_take_the_label_of_their_name() {
        let g = gold(
            "Bill Clinton visited Paris.",
            &[("Bill Clinton", Label::Person), ("Paris", Label::Place)],
        );
        let doc = Document::parse(&g.text);
        use Label::*;
        assert_eq!(
            token_labels(&doc, &g.names),
            vec![Person, Person, Outside, Place, Outside]
        );
    }

    #[test]
    fn frozen_rule_mentions_read_back_as_the_rules_read() {
        let text = "Ana Reyes of Quorvex spoke in Dayton on Tuesday. Reyes said so.";
        let mut docs = [gold(text, &[])];
        let file = rule_mentions_file(&docs);
        assert!(!file.contains("Reyes"), "no text of the corpus: {file}");
        freeze_rules(&mut docs, &format!("# a comment\n{file}")).unwrap();
        let doc = Document::parse(text);
        let key = |m: &Mention| (m.span, m.kind, m.tokens, m.guessed);
        let live: Vec<_> = mentions::find(&doc).iter().map(key).collect();
        let frozen = docs[0].rules.as_deref().unwrap();
        assert_eq!(
            thawed(&doc, frozen).iter().map(key).collect::<Vec<_>>(),
            live
        );
        assert!(live.iter().any(|m| m.1.is_some()), "{file}");
        // A text that changed, a mention off the text, a type that is none and a document
        // the file does not name are errors.
        let mut changed = [gold(&text.replace("Dayton", "Toledo"), &[])];
        let error = freeze_rules(&mut changed, &file).err().unwrap_or_default();
        assert!(error.contains("changed"), "{error}");
        let mut docs = [gold(text, &[])];
        assert!(freeze_rules(&mut docs, &file.replace("0:9:", "0:99:")).is_err());
        assert!(freeze_rules(&mut docs, &file.replace("PERSON", "PEOPLE")).is_err());
        assert!(freeze_rules(&mut docs, &file.replacen('t', "u", 1)).is_err());
    }

    #[test]
    fn silver_labels_are_written_and_read_back_against_their_texts() {
        let dir = std::env::temp_dir().join(format!("ah-silver-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let text = "Ana Reyes of Quorvex spoke in Dayton.";
        let raw = format!(r#"{{"id": "t", "text": "{text}"}}"#);
        std::fs::write(dir.join("t.json"), &raw).unwrap();
        let names = [
            ("Ana Reyes", Label::Person),
            ("Quorvex", Label::Org),
            ("Dayton", Label::Place),
        ];
        let file = silver_labels_file(&[gold(text, &names)]);
        assert!(!file.contains("Reyes"), "no text of the corpus: {file}");
        let read = load_silver(&dir, &format!("# a comment\n{file}")).unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].names, gold(text, &names).names);
        // A text that changed, a name off the text and a document that is not there are
        // errors, never labels read against the wrong words.
        std::fs::write(dir.join("t.json"), raw.replace("Dayton", "Toledo")).unwrap();
        let changed = load_silver(&dir, &file).err().unwrap_or_default();
        assert!(changed.contains("changed"), "{changed}");
        std::fs::write(dir.join("t.json"), &raw).unwrap();
        assert!(load_silver(&dir, &file.replace("30:36", "30:99")).is_err());
        assert!(load_silver(&dir, &file.replacen('t', "u", 1)).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn training_learns_and_is_deterministic() {
        let docs: Vec<GoldText> = (0..6)
            .map(|k| {
                let text =
                    format!("Zorblat Industries hired Quentin Vashti in Lomaria on day {k}.");
                gold(
                    &text,
                    &[
                        ("Zorblat Industries", Label::Org),
                        ("Quentin Vashti", Label::Person),
                        ("Lomaria", Label::Place),
                    ],
                )
            })
            .collect();
        let settings = Settings {
            bits: 12,
            epochs: 3,
            seed: 7,
            word_dropout: 0,
            levels: 127,
            prune: 0,
            runs: 2,
        };
        let a = train(&docs, settings);
        assert_eq!(a, train(&docs, settings));
        let bytes = Model::to_bytes(12, &a);
        let model = Model::from_bytes(&bytes).unwrap();
        let (tp, predicted, gold) = span_scores(&model, &docs);
        assert_eq!((tp, predicted, gold), (18, 18, 18));
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut v: Vec<usize> = (0..50).collect();
        let mut state = 3;
        shuffle(&mut v, &mut state);
        let mut sorted = v.clone();
        sorted.sort();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert_ne!(v, sorted);
    }
}
