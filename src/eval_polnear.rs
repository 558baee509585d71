//! Evaluation against PolNeAR folders (`shared/corpus/polnear_*/`): who said each direct
//! quotation of real political news.
//!
//! Takes a folder of PolNeAR gold documents (the corpus README, PolNeAR section: every
//! attribution with its source, cue and content offsets; `quotes` derived from them, each
//! `direct` or `unannotated`, with a `speaker_category`); gives a [`PolnearReport`] and, for
//! [`PolnearReport::errors`], every miss with its context. Kept apart from [`crate::eval`]
//! because the measures differ: PolNeAR annotates no entities, and its sources fall in
//! categories that are scored differently.
//!
//! Scoring rules (quotations are matched as in [`crate::eval::match_quotes`]: overlap at
//! least half the gold span):
//! * **Named** and **resolved** sources (`speaker_category` `named`, `resolved`): right when
//!   the matched prediction's speaker has the gold speaker's last name
//!   ([`crate::eval::speaker_matches`]); a quotation not found is wrong.
//! * **Descriptive** sources ("a campaign aide", "the report"): *given no name* when the
//!   matched prediction has no speaker; *described* when, besides, its `speaker_text` overlaps
//!   the gold source span (the source of the innermost attribution whose content covers at
//!   least half of the quotation, as the corpus derives `source_text`). Both are shares of all
//!   descriptive sources.
//! * **Quotes found**: recall of the `direct` quotations.
//! * **Precision over quoted regions**: the share of predicted quotations that match a gold
//!   quoted region, direct or unannotated (one to one).
//! * Pronoun (I, we, they), relative (who) and missing sources are counted, not scored.

use crate::analysis::{Analysis, Span};
use crate::eval::{context, json_files, match_quotes, one_line, speaker_matches};
use crate::offsets::{char_to_byte_table, OffsetMap};
use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// How PolNeAR's source of a direct quotation reads (the corpus's `speaker_category`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceCategory {
    /// A name can be read from the source.
    Named,
    /// A bare he/she resolved to an earlier named source.
    Resolved,
    /// I, we, they …, or a he/she not resolved.
    Pronoun,
    /// who, which, that.
    Relative,
    /// A description and no name: "a spokeswoman", "the report".
    Descriptive,
    /// The attribution has no source.
    NoSource,
}

impl SourceCategory {
    fn from_label(label: &str) -> Option<SourceCategory> {
        Some(match label {
            "named" => SourceCategory::Named,
            "resolved" => SourceCategory::Resolved,
            "pronoun" => SourceCategory::Pronoun,
            "relative" => SourceCategory::Relative,
            "descriptive" => SourceCategory::Descriptive,
            "no_source" => SourceCategory::NoSource,
            _ => return None,
        })
    }
}

/// A quoted region of a PolNeAR document, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolnearQuote {
    pub span: Span,
    /// `direct` (an attribution's content covers it) or not (scare quotes, titles …).
    pub direct: bool,
    pub speaker: Option<String>,
    pub category: Option<SourceCategory>,
    /// The gold source as written, for the error list.
    pub source_text: Option<String>,
    /// The source fragments of the attribution the quotation belongs to.
    pub source: Vec<Span>,
}

/// One PolNeAR gold document, offsets converted to bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolnearDocument {
    pub id: String,
    pub text: String,
    pub quotes: Vec<PolnearQuote>,
    /// The content fragments of every attribution, direct or not: the words the annotators
    /// gave a source, in or out of quotation marks.
    pub attributed: Vec<Span>,
}

#[derive(Deserialize)]
struct RawDocument {
    id: String,
    text: String,
    #[serde(default)]
    quotes: Vec<RawQuote>,
    attributions: Vec<RawAttribution>,
}

#[derive(Deserialize)]
struct RawQuote {
    start: usize,
    end: usize,
    text: Option<String>,
    speaker: Option<String>,
    speaker_category: Option<String>,
    source_text: Option<String>,
    kind: String,
}

#[derive(Deserialize)]
struct RawAttribution {
    #[serde(default)]
    source: Vec<RawFragment>,
    #[serde(default)]
    content: Vec<RawFragment>,
}

#[derive(Deserialize)]
struct RawFragment {
    start: usize,
    end: usize,
}

/// Code-point offsets `[start, end)` as a byte span, checked against the text.
fn to_bytes(table: &[usize], start: usize, end: usize, what: &str) -> Result<Span, String> {
    if start > end || end >= table.len() {
        return Err(format!(
            "{what} [{start}, {end}) is outside the text ({} code points)",
            table.len() - 1
        ));
    }
    Ok(Span::new(table[start], table[end]))
}

/// The source fragments (code points) of the innermost attribution whose content covers at
/// least half of `[start, end)`: the one the corpus took the quotation's source from.
fn source_of(attributions: &[RawAttribution], start: usize, end: usize) -> &[RawFragment] {
    let covered = |a: &RawAttribution| -> usize {
        a.content
            .iter()
            .map(|c| c.end.min(end).saturating_sub(c.start.max(start)))
            .sum()
    };
    let length = |a: &RawAttribution| -> usize {
        a.content
            .iter()
            .map(|c| c.end.saturating_sub(c.start))
            .sum()
    };
    let mut best: Option<&RawAttribution> = None;
    for a in attributions {
        let c = covered(a);
        if c > 0 && 2 * c >= end - start && best.is_none_or(|b| length(a) < length(b)) {
            best = Some(a);
        }
    }
    best.map_or(&[], |a| &a.source)
}

impl PolnearDocument {
    /// Parses one PolNeAR corpus file, converting code-point offsets to bytes and checking
    /// every quotation against its `text`.
    pub fn from_json(json: &str) -> Result<PolnearDocument, String> {
        let raw: RawDocument = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let table = char_to_byte_table(&raw.text);
        let mut quotes = Vec::with_capacity(raw.quotes.len());
        for q in &raw.quotes {
            let span = to_bytes(&table, q.start, q.end, "quote")?;
            if let Some(expected) = &q.text {
                let found = raw.text.get(span.start..span.end).unwrap_or("");
                if found != expected {
                    return Err(format!(
                        "quote [{}, {}) covers {found:?}, but its text is {expected:?}",
                        q.start, q.end
                    ));
                }
            }
            let category = match q.speaker_category.as_deref() {
                None | Some("unannotated") => None,
                Some(label) => Some(SourceCategory::from_label(label).ok_or_else(|| {
                    format!(
                        "quote at {} has unknown speaker_category {label:?}",
                        q.start
                    )
                })?),
            };
            let direct = q.kind == "direct";
            let source = if direct {
                source_of(&raw.attributions, q.start, q.end)
                    .iter()
                    .map(|f| to_bytes(&table, f.start, f.end, "source"))
                    .collect::<Result<Vec<_>, _>>()?
            } else {
                Vec::new()
            };
            quotes.push(PolnearQuote {
                span,
                direct,
                speaker: q.speaker.clone().filter(|s| !s.trim().is_empty()),
                category,
                source_text: q.source_text.clone(),
                source,
            });
        }
        let attributed = raw
            .attributions
            .iter()
            .flat_map(|a| &a.content)
            .map(|c| to_bytes(&table, c.start, c.end, "content"))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(PolnearDocument {
            id: raw.id,
            text: raw.text,
            quotes,
            attributed,
        })
    }
}

/// Is `dir` a PolNeAR folder? Its first `*.json` file (by name) has `attributions`.
pub fn is_polnear_dir(dir: &Path) -> bool {
    json_files(dir)
        .ok()
        .and_then(|paths| paths.into_iter().next())
        .is_some_and(|p| {
            std::fs::read_to_string(p)
                .ok()
                .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
                .is_some_and(|v| v.get("attributions").is_some())
        })
}

/// Reads every `*.json` file of `dir` (sorted by name) as a [`PolnearDocument`].
pub fn load_dir(dir: &Path) -> Result<Vec<PolnearDocument>, String> {
    let paths = json_files(dir)?;
    if paths.is_empty() {
        return Err(format!("no .json files in {}", dir.display()));
    }
    paths
        .iter()
        .map(|p| {
            let json = std::fs::read_to_string(p)
                .map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            PolnearDocument::from_json(&json).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

/// `correct` out of `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub correct: usize,
    pub total: usize,
}

impl Tally {
    /// `correct / total`; 1 when there is nothing to count.
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }

    fn count(&mut self, right: bool) {
        self.total += 1;
        self.correct += usize::from(right);
    }
}

/// The kinds of miss [`PolnearReport::errors`] lists, in that order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MissKind {
    Panic,
    MissedQuote,
    WrongNamed,
    WrongResolved,
    /// A descriptive source given a name.
    NamedDescription,
    /// A descriptive source given no name, but `speaker_text` elsewhere or absent.
    DescriptionElsewhere,
    /// A predicted quotation on no gold quoted region.
    SpuriousQuote,
}

impl MissKind {
    fn title(self) -> &'static str {
        match self {
            MissKind::Panic => "extractor panics",
            MissKind::MissedQuote => "direct quotations not found",
            MissKind::WrongNamed => "named sources wrong or missing",
            MissKind::WrongResolved => "resolved pronoun sources wrong or missing",
            MissKind::NamedDescription => "descriptive sources given a name",
            MissKind::DescriptionElsewhere => {
                "descriptive sources given no name, speaker_text not on the gold source"
            }
            MissKind::SpuriousQuote => "predicted quotations on no gold quoted region",
        }
    }
}

/// One miss, with its place and a line of context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Miss {
    pub kind: MissKind,
    pub doc: String,
    /// Code-point offset of the quotation in the gold file.
    pub char_start: usize,
    pub detail: String,
    pub context: String,
}

/// Scores for one PolNeAR folder.
#[derive(Clone, Debug, Default)]
pub struct PolnearReport {
    pub name: String,
    pub documents: usize,
    pub named: Tally,
    pub resolved: Tally,
    /// Descriptive sources whose quotation got no speaker.
    pub descriptive_unnamed: Tally,
    /// Descriptive sources with no speaker and a `speaker_text` on the gold source.
    pub descriptive_described: Tally,
    /// Pronoun, relative and missing sources (gold speaker null): how many got a speaker.
    pub unscored_given_a_name: Tally,
    /// Direct quotations found.
    pub found: Tally,
    /// Predicted quotations that match a gold quoted region.
    pub on_regions: Tally,
    /// Predicted quotations off the gold regions that single marks open: the corpus pairs
    /// double marks only, so these (mostly headline quotations) have no gold either way.
    pub off_regions_in_single_marks: usize,
    /// … of which an attribution's content holds the whole quotation: words the annotators
    /// attributed, in single marks.
    pub single_marks_attributed: usize,
    pub misses: Vec<Miss>,
}

impl PolnearReport {
    /// Scores `analysis` (the extractor's output on `gold.text`) against `gold`.
    pub fn add_document(&mut self, gold: &PolnearDocument, analysis: &Analysis) {
        self.documents += 1;
        let map = OffsetMap::new(&gold.text);
        let miss = |report: &mut Self, kind: MissKind, span: Span, detail: String| {
            report.misses.push(Miss {
                kind,
                doc: gold.id.clone(),
                char_start: map.char_index(span.start),
                detail,
                context: context(&gold.text, span),
            });
        };
        let predicted: Vec<Span> = analysis.quotes.iter().map(|q| q.span).collect();
        let speaker_name = |p: usize| -> Option<&str> {
            let id = analysis.quotes[p].speaker?;
            Some(analysis.entities.get(id).map_or("", |e| e.name.as_str()))
        };
        let speaker_text = |p: usize| -> Option<&str> {
            analysis.quotes[p]
                .speaker_mention
                .and_then(|m| gold.text.get(m.start..m.end))
        };
        let described = |p: usize| -> String {
            let text = speaker_text(p).map(one_line);
            match (speaker_name(p), text) {
                (Some(name), Some(t)) => format!("{name:?} (via {t:?})"),
                (Some(name), None) => format!("{name:?}"),
                (None, Some(t)) => format!("none, speaker_text {t:?}"),
                (None, None) => "none".into(),
            }
        };

        // Precision: every gold region, direct or not, may take one prediction.
        let regions: Vec<Span> = gold.quotes.iter().map(|q| q.span).collect();
        let mut on_region = vec![false; predicted.len()];
        for p in match_quotes(&regions, &predicted).into_iter().flatten() {
            on_region[p] = true;
        }
        for (p, &on) in on_region.iter().enumerate() {
            self.on_regions.count(on);
            let opened_by = gold.text[..predicted[p].start].chars().next_back();
            if !on && matches!(opened_by, Some('‘' | '\'')) {
                self.off_regions_in_single_marks += 1;
                let inside = |c: &Span| c.start <= predicted[p].start && predicted[p].end <= c.end;
                if gold.attributed.iter().any(inside) {
                    self.single_marks_attributed += 1;
                }
            }
            if !on {
                miss(self, MissKind::SpuriousQuote, predicted[p], described(p));
            }
        }

        let direct: Vec<&PolnearQuote> = gold.quotes.iter().filter(|q| q.direct).collect();
        let spans: Vec<Span> = direct.iter().map(|q| q.span).collect();
        for (q, m) in direct.iter().zip(match_quotes(&spans, &predicted)) {
            let source = q.source_text.as_deref().map_or("-".into(), one_line);
            self.found.count(m.is_some());
            if m.is_none() {
                let detail = format!("gold source {source:?}");
                miss(self, MissKind::MissedQuote, q.span, detail);
            }
            match q.category {
                Some(category @ (SourceCategory::Named | SourceCategory::Resolved)) => {
                    let gold_name = q.speaker.as_deref().unwrap_or("");
                    let right = m
                        .and_then(speaker_name)
                        .is_some_and(|name| speaker_matches(gold_name, name));
                    let (tally, kind) = if category == SourceCategory::Named {
                        (&mut self.named, MissKind::WrongNamed)
                    } else {
                        (&mut self.resolved, MissKind::WrongResolved)
                    };
                    tally.count(right);
                    if !right {
                        let predicted = m.map_or("quotation not found".into(), described);
                        let detail = format!(
                            "gold {gold_name:?} (source {source:?}), predicted {predicted}"
                        );
                        miss(self, kind, q.span, detail);
                    }
                }
                Some(SourceCategory::Descriptive) => {
                    let unnamed = m.is_some_and(|p| speaker_name(p).is_none());
                    let on_source = m
                        .and_then(|p| analysis.quotes[p].speaker_mention)
                        .is_some_and(|t| q.source.iter().any(|s| s.overlap(t) > 0));
                    self.descriptive_unnamed.count(unnamed);
                    self.descriptive_described.count(unnamed && on_source);
                    let predicted = m.map_or("quotation not found".into(), described);
                    let detail = format!("gold source {source:?}, predicted {predicted}");
                    if !unnamed {
                        miss(self, MissKind::NamedDescription, q.span, detail);
                    } else if !on_source {
                        miss(self, MissKind::DescriptionElsewhere, q.span, detail);
                    }
                }
                Some(_) => self
                    .unscored_given_a_name
                    .count(m.and_then(speaker_name).is_some()),
                None => {}
            }
        }
    }

    /// A [`fmt::Display`] of every miss, grouped by kind, then by document.
    pub fn errors(&self) -> PolnearErrors<'_> {
        PolnearErrors(self)
    }
}

/// Scores `docs` with [`crate::extract`]; a panic is a miss, the document scored as if
/// nothing was found.
pub fn evaluate_documents(name: &str, docs: &[PolnearDocument]) -> PolnearReport {
    evaluate_documents_with(name, docs, crate::extract)
}

/// [`evaluate_documents`] with another extractor (such as [`crate::extract_with_tagger`]).
pub fn evaluate_documents_with(
    name: &str,
    docs: &[PolnearDocument],
    extractor: fn(&str) -> Analysis,
) -> PolnearReport {
    let mut report = PolnearReport {
        name: name.into(),
        ..PolnearReport::default()
    };
    for doc in docs {
        let analysis = match crate::eval::extract_guarded(extractor, &doc.text) {
            Ok(a) => a,
            Err(_) => {
                report.misses.push(Miss {
                    kind: MissKind::Panic,
                    doc: doc.id.clone(),
                    char_start: 0,
                    detail: "the extractor panicked".into(),
                    context: String::new(),
                });
                Analysis::default()
            }
        };
        report.add_document(doc, &analysis);
    }
    report
}

/// Loads the PolNeAR documents of `dir` and scores the extractor on them.
pub fn evaluate_dir(dir: &Path) -> Result<PolnearReport, String> {
    evaluate_dir_with(dir, crate::extract)
}

/// [`evaluate_dir`] with another extractor.
pub fn evaluate_dir_with(
    dir: &Path,
    extractor: fn(&str) -> Analysis,
) -> Result<PolnearReport, String> {
    let docs = load_dir(dir)?;
    Ok(evaluate_documents_with(
        &crate::eval::folder_name(dir),
        &docs,
        extractor,
    ))
}

fn row(f: &mut fmt::Formatter<'_>, label: &str, t: Tally, note: &str) -> fmt::Result {
    writeln!(
        f,
        "  {label:<34} {:>6.3} {:>6}/{:<6}{note}",
        t.share(),
        t.correct,
        t.total
    )
}

impl fmt::Display for PolnearReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "== {} == {} PolNeAR documents",
            self.name, self.documents
        )?;
        let panics = self
            .misses
            .iter()
            .filter(|m| m.kind == MissKind::Panic)
            .count();
        if panics > 0 {
            writeln!(f, "  !! the extractor panicked on {panics} documents")?;
        }
        row(f, "named sources", self.named, "  (last name)")?;
        row(f, "resolved pronoun sources", self.resolved, "  (he/she)")?;
        row(
            f,
            "descriptive sources given no name",
            self.descriptive_unnamed,
            "",
        )?;
        row(
            f,
            "  … and speaker_text on the source",
            self.descriptive_described,
            "",
        )?;
        row(f, "quotes found", self.found, "  (direct quotations)")?;
        row(
            f,
            "precision over quoted regions",
            self.on_regions,
            "  (direct or unannotated)",
        )?;
        writeln!(
            f,
            "    ({} of the {} off the regions are in single marks, which the gold does not pair;\n     \
             {} of those lie inside an attribution's content)",
            self.off_regions_in_single_marks,
            self.on_regions.total - self.on_regions.correct,
            self.single_marks_attributed
        )?;
        row(
            f,
            "other sources given a name",
            self.unscored_given_a_name,
            "  (I/we/they, who, none: not scored)",
        )
    }
}

/// [`PolnearReport::errors`].
pub struct PolnearErrors<'r>(&'r PolnearReport);

impl fmt::Display for PolnearErrors<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let report = self.0;
        let mut misses: Vec<&Miss> = report.misses.iter().collect();
        // Stable: documents stay in order within a kind.
        misses.sort_by_key(|m| m.kind);
        writeln!(
            f,
            "== {} == {} misses (@ = code-point offset in the gold file)",
            report.name,
            misses.len()
        )?;
        let (mut kind, mut doc) = (None, "");
        for m in misses {
            if kind != Some(m.kind) {
                kind = Some(m.kind);
                doc = "";
                let n = report.misses.iter().filter(|x| x.kind == m.kind).count();
                writeln!(f, "-- {} ({n}) --", m.kind.title())?;
            }
            if m.doc != doc {
                doc = &m.doc;
                writeln!(f, "  {doc}")?;
            }
            writeln!(f, "    @{:<6} {} | {}", m.char_start, m.detail, m.context)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, EntityType, Quote};

    const TEXT: &str =
        "Smith said “we will win.” A campaign aide said “no comment.” It was a “term”.";

    /// A gold file over [`TEXT`]: a named source, a descriptive one, an unannotated region.
    fn gold() -> PolnearDocument {
        let chars = |needle: &str| -> (usize, usize) {
            let b = TEXT.find(needle).expect("in text");
            let s = TEXT[..b].chars().count();
            (s, s + needle.chars().count())
        };
        let (q1, q2, q3) = (chars("we will win."), chars("no comment."), chars("term"));
        let (s1, s2) = (chars("Smith"), chars("A campaign aide"));
        let (c1, c2) = (chars("we will win."), chars("no comment."));
        let json = serde_json::json!({
            "id": "d", "text": TEXT,
            "attributions": [
                {"kind": "Attribution", "source": [{"start": s1.0, "end": s1.1}],
                 "content": [{"start": c1.0, "end": c1.1}]},
                {"kind": "Attribution", "source": [{"start": s2.0, "end": s2.1}],
                 "content": [{"start": c2.0, "end": c2.1}]}
            ],
            "quotes": [
                {"start": q1.0, "end": q1.1, "speaker": "John Smith", "speaker_category": "named",
                 "source_text": "Smith", "kind": "direct"},
                {"start": q2.0, "end": q2.1, "speaker": null, "speaker_category": "descriptive",
                 "source_text": "A campaign aide", "kind": "direct"},
                {"start": q3.0, "end": q3.1, "speaker": null, "kind": "unannotated"}
            ]
        });
        PolnearDocument::from_json(&json.to_string()).expect("valid gold")
    }

    #[test]
    fn the_source_span_comes_from_the_attribution_covering_the_quotation() {
        let g = gold();
        assert_eq!(
            g.quotes[1].source,
            vec![Span::first(TEXT, "A campaign aide")]
        );
        assert!(g.quotes[2].source.is_empty() && !g.quotes[2].direct);
    }

    #[test]
    fn scores_each_category_and_the_regions() {
        let g = gold();
        let smith = Entity::new(
            0,
            EntityType::Person,
            "Smith",
            vec![Span::first(TEXT, "Smith")],
        );
        let mut aide = Quote::new(Span::first(TEXT, "no comment."), None);
        aide.speaker_mention = Some(Span::first(TEXT, "campaign aide"));
        let analysis = Analysis {
            entities: vec![smith],
            quotes: vec![
                Quote::new(Span::first(TEXT, "we will win."), Some(0)),
                aide,
                Quote::new(Span::first(TEXT, "It was"), None),
            ],
        };
        let mut r = PolnearReport::default();
        r.add_document(&g, &analysis);
        assert_eq!(
            r.named,
            Tally {
                correct: 1,
                total: 1
            }
        );
        assert_eq!(
            r.descriptive_unnamed,
            Tally {
                correct: 1,
                total: 1
            }
        );
        assert_eq!(
            r.descriptive_described,
            Tally {
                correct: 1,
                total: 1
            }
        );
        assert_eq!(
            r.found,
            Tally {
                correct: 2,
                total: 2
            }
        );
        assert_eq!(
            r.on_regions,
            Tally {
                correct: 2,
                total: 3
            }
        );
        assert_eq!(r.misses.len(), 1);
        assert_eq!(r.misses[0].kind, MissKind::SpuriousQuote);
        assert!(r.errors().to_string().contains("[It was]"));
    }

    #[test]
    fn a_wrong_name_for_a_description_is_a_miss() {
        let g = gold();
        let smith = Entity::new(
            0,
            EntityType::Person,
            "Smith",
            vec![Span::first(TEXT, "Smith")],
        );
        let analysis = Analysis {
            entities: vec![smith],
            quotes: vec![Quote::new(Span::first(TEXT, "no comment."), Some(0))],
        };
        let mut r = PolnearReport::default();
        r.add_document(&g, &analysis);
        assert_eq!(
            r.descriptive_unnamed,
            Tally {
                correct: 0,
                total: 1
            }
        );
        assert_eq!(
            r.named,
            Tally {
                correct: 0,
                total: 1
            }
        );
        assert_eq!(
            r.found,
            Tally {
                correct: 1,
                total: 2
            }
        );
        let kinds: Vec<MissKind> = r.misses.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            vec![
                MissKind::MissedQuote,
                MissKind::WrongNamed,
                MissKind::NamedDescription
            ]
        );
    }
}
