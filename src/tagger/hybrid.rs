//! The rules and the learned tagger together: what [`crate::extract`] runs.
//!
//! The rules of [`crate::mentions`] and [`crate::entities`] keep every name they can read;
//! the model ([`super::tag_tokens`]) decides where the rules can only guess:
//!
//! 1. **Text the rules cannot read** ([`unreadable_paragraphs`]): a paragraph in capitals
//!    (a headline: the rules read names by their capitals) or a table of figures (results
//!    and standings: no sentences, every line opening with a name), also one written a row
//!    a line ("Westvale 2 Northam 0" and the next lines like it), or a list of names (a
//!    team's line-up: "Garrow, Breel, Stanton, Irvine, McAtee"). There the model's names
//!    stand ([`read`]).
//!    Elsewhere a mention the rules typed by its shape alone takes the type the model reads
//!    over the same words, still a guess ([`retype_guessed_mentions`]).
//! 2. **Whole entities the rules typed by the shape of the words alone** ([`retype`]): after
//!    the entity stage has merged the mentions of each name, the model's scores summed over
//!    all its mentions may make an organisation of
//!    - a "person" no word list, title or context named so (an unknown capitalised word is a
//!      person by default: "executives will stay on with Quorvex after the merger"), and
//!    - a city or region (never a country) that no mention places anywhere ("in", "at",
//!      "from" …, "Evansville, Indiana") and that the model reads as an organisation
//!      throughout ("Westvale beat Northam 2-1", "the Westvale captain"), or, in a sure
//!      sports report, whatever the model reads ("Kent stepped up a gear").
//!
//!    A "person" by shape alone that the model reads as a place throughout becomes a place
//!    ("visit Ruritania", "the town of Kelby"); in a sports report, where teams are named by
//!    such words far more often than people, a smaller margin makes an organisation.
//!
//!    One mention is weak evidence, many are strong: the margins add up over the mentions,
//!    and the model must also prefer "organisation" to every other label. By the same
//!    sums, a "person" by shape alone that the model reads as no name or as a name of
//!    another kind ("Olympic champions", "Kalashnikov rifles") is dropped.
//!
//! 3. **A team named by one of its words** in a sports report ([`teams_by_one_word`]): once
//!    the teams are organisations, "Harlow" joins "Harlow Town" and "Rovers" "Aston Rovers",
//!    where no other team shares the word.
//!
//! The model reads only the words where it has something to decide (the text the rules
//! cannot read, and the names the rules guessed, left untyped or read as a city or region),
//! so its cost follows the share of such words: linear in the text.

use super::{combine, paragraph_in_capitals, tag_tokens, Label, Model, Scores};
use crate::analysis::EntityType;
use crate::entities::Resolved;
use crate::lexicon::{self, Gender};
use crate::mentions::{self, Mention, Sports};
use crate::text::{Document, TokenKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::OnceCell;

/// How much more the model must score "organisation" than "person", summed over every
/// token of every mention of an entity typed a person by its shape alone. (Scores are sums
/// of weights within ±13; conll_dev's named F1 is flat within 0.5 points from 0 to 50. It
/// was 40 until a retraining on 2026-12-05 made one of uner's people an organisation by
/// exactly 40.)
pub const PERSON_TO_ORG_MARGIN: i64 = 50;
/// The same in a sports report, where the teams are named by shape-only words ("Kent made up
/// for lost time", "three points behind Alania") far more often than people are.
pub const PERSON_TO_ORG_MARGIN_IN_SPORTS: i64 = 10;
/// How much more the model must score "outside" or "other" than "person", summed the same
/// way, to drop a person by shape alone.
pub const NO_PERSON_MARGIN: i64 = 40;
/// The same for "organisation" over "place", for a city or region that no mention places.
pub const PLACE_TO_ORG_MARGIN: i64 = 10;
/// How much more the model must score "place" than any other label, summed the same way,
/// to make a place of a person by shape alone.
pub const PERSON_TO_PLACE_MARGIN: i64 = 30;
/// A paragraph is a table when figures make at least this share (percent) of its words
/// and figures, and at least [`TABLE_MIN_FIGURES`] of them.
pub const TABLE_FIGURES_PERCENT: usize = 20;
/// See [`TABLE_FIGURES_PERCENT`].
pub const TABLE_MIN_FIGURES: usize = 4;
/// So is a run of at least this many paragraphs in a row that each hold a figure, at
/// most [`TABLE_ROW_MAX_WORDS`] words, and that share of figures: a table a row a line.
pub const TABLE_MIN_ROWS: usize = 3;
/// See [`TABLE_MIN_ROWS`].
pub const TABLE_ROW_MAX_WORDS: usize = 8;
/// A paragraph of names and commas, at least this many, with hardly a word in lower case
/// (a tenth at most), is a list: a team's line-up, the names of a committee.
pub const LIST_MIN_COMMAS: usize = 4;

/// What the model read of a document: the mentions for the entity stage, and every token's
/// scores for [`retype`].
pub struct Reading {
    pub mentions: Vec<Mention>,
    pub scores: Vec<Scores>,
    /// The token ranges of the datelines' places, in order, for [`retype`].
    pub datelines: Vec<(usize, usize)>,
}

/// Stage 2b: the rules' `mentions`, with the model's names in the paragraphs the rules
/// cannot read, and the model's scores for the later retyping.
pub fn read(model: &Model, doc: &Document, rules: Vec<Mention>) -> Reading {
    let unreadable = unreadable_paragraphs(doc);
    let wanted = tokens_to_read(doc, &rules, &unreadable);
    let (labels, scores) = tag_tokens(model, doc, &rules, &wanted);
    let mut rules = rules;
    retype_guessed_mentions(doc, &mut rules, &labels);
    let mentions = if unreadable.iter().any(|&u| u) {
        let in_unreadable = |m: &Mention| unreadable[doc.tokens[m.tokens.0].paragraph];
        let mut out: Vec<Mention> = rules
            .iter()
            .filter(|m| !in_unreadable(m))
            .cloned()
            .collect();
        out.extend(
            combine(doc, rules, &labels)
                .into_iter()
                .filter(in_unreadable),
        );
        leave_headline_organisations_to_the_body(doc, &mut out);
        crate::analysis::sort_by_pair(&mut out, |m| m.tokens);
        out
    } else {
        rules
    };
    let datelines = mentions
        .iter()
        .filter(|m| m.dateline)
        .map(|m| m.tokens)
        .collect();
    Reading {
        mentions,
        scores,
        datelines,
    }
}

/// A mention the rules typed by its shape alone that the model reads as one name over the
/// same words takes the model's type ("Alania" a person by shape, a team to the model). It
/// stays a guess, for [`retype`] to weigh with the entity's other mentions.
fn retype_guessed_mentions(doc: &Document, mentions: &mut [Mention], labels: &[Label]) {
    let tagged = super::names(doc, labels);
    for m in mentions
        .iter_mut()
        .filter(|m| m.guessed && m.kind.is_some())
    {
        let read = tagged.binary_search_by_key(&m.tokens.0, |t| t.tokens.0);
        let Some(t) = read
            .ok()
            .map(|i| &tagged[i])
            .filter(|t| t.tokens == m.tokens)
        else {
            continue;
        };
        if matches!(t.label, Label::Person | Label::Org | Label::Place) {
            m.kind = super::name_type(t.label, m.span.of(doc.text), None);
        }
    }
}

/// A name the model reads as an organisation in a headline in capitals, that a readable
/// paragraph names too ("ROBERTO DURAN FIGHTS …" and "Duran, 45, told Reuters"), is left
/// untyped: the body's sentences say more than the headline's capitals, and the entity
/// stage types the name by them. (Places and people the model reads there keep their type:
/// leaving them to the body lost more than it gained on conll_dev.)
fn leave_headline_organisations_to_the_body(doc: &Document, mentions: &mut [Mention]) {
    // (Asked twice of a mention: the test stops at the paragraph's first lower-case letter.
    // Keeping the answers in a vector made the wasm 1.1 KB larger gzipped.)
    let in_capitals = |m: &Mention| paragraph_in_capitals(doc, doc.tokens[m.tokens.0].paragraph);
    // (ASCII case folding: `to_lowercase` would link Unicode's case tables into the wasm.)
    let in_body: HashSet<&str> = mentions
        .iter()
        .filter(|m| !in_capitals(m))
        .map(|m| doc.lower_span(m.span))
        .collect();
    for m in mentions.iter_mut() {
        if m.kind == Some(EntityType::Org)
            && in_capitals(m)
            && in_body.contains(doc.lower_span(m.span))
        {
            m.kind = None;
        }
    }
}

/// Paragraphs the rules cannot read: in capitals, or a table of figures.
pub fn unreadable_paragraphs(doc: &Document) -> Vec<bool> {
    let mut figures = vec![0usize; doc.paragraphs.len()];
    let mut words = vec![0usize; doc.paragraphs.len()];
    let mut lower_words = vec![0usize; doc.paragraphs.len()];
    let mut commas = vec![0usize; doc.paragraphs.len()];
    for t in &doc.tokens {
        let p = t.paragraph;
        match t.kind {
            TokenKind::Number => figures[p] += 1,
            TokenKind::Word => {
                words[p] += 1;
                if t.span.of(doc.text).starts_with(|c: char| c.is_lowercase()) {
                    lower_words[p] += 1;
                }
            }
            _ if t.span.of(doc.text) == "," => commas[p] += 1,
            _ => {}
        }
    }
    // A list of names and no sentence: "Given, Breen, Staunton, Irwin, McAteer".
    let list = |p: usize| commas[p] >= LIST_MIN_COMMAS && lower_words[p] * 10 <= words[p];
    let share = |p: usize| figures[p] * 100 >= TABLE_FIGURES_PERCENT * (figures[p] + words[p]);
    // A table may also be written one row a line ("Albion 2 Cowdenbeath 0"): short lines
    // with figures, several in a row.
    let row = |p: usize| figures[p] >= 1 && words[p] <= TABLE_ROW_MAX_WORDS && share(p);
    let n = doc.paragraphs.len();
    let mut in_rows = vec![false; n];
    let mut start = 0;
    while start < n {
        let mut end = start;
        while end < n && row(end) {
            end += 1;
        }
        if end - start >= TABLE_MIN_ROWS {
            in_rows[start..end].fill(true);
        }
        start = end + 1;
    }
    (0..n)
        .map(|p| {
            let table = figures[p] >= TABLE_MIN_FIGURES && share(p);
            table || in_rows[p] || list(p) || paragraph_in_capitals(doc, p)
        })
        .collect()
}

/// The tokens the model must read: those of unreadable paragraphs, and those of every
/// mention [`retype`] may change (guessed, untyped, or a place that is no country and that
/// the article does not place). (The words before such a mention are left unread, labelled
/// outside: reading them too changed no figure and cost a quarter more time.)
fn tokens_to_read(doc: &Document, rules: &[Mention], unreadable: &[bool]) -> Vec<bool> {
    let mut wanted: Vec<bool> = doc.tokens.iter().map(|t| unreadable[t.paragraph]).collect();
    // A place the article places somewhere stays a place (in every mention of its words).
    let placed: HashSet<&str> = rules
        .iter()
        .filter(|m| m.kind == Some(EntityType::Gpe) && (m.dateline || places_it(doc, m.tokens)))
        .map(|m| m.span.of(doc.text))
        .collect();
    for m in rules {
        let text = m.span.of(doc.text);
        let candidate = m.guessed
            || m.kind.is_none()
            || (m.kind == Some(EntityType::Gpe)
                && !placed.contains(text)
                && !lexicon::is_country(text));
        if candidate {
            wanted[m.tokens.0..m.tokens.1]
                .iter_mut()
                .for_each(|w| *w = true);
        }
    }
    wanted
}

/// Stage 3b: retypes whole entities by the model's `scores` summed over all their mentions
/// (see the module's introduction).
pub fn retype(
    doc: &Document,
    resolved: &mut Resolved,
    scores: &[Scores],
    datelines: &[(usize, usize)],
) {
    let n = resolved.entities.len();
    let mut totals = vec![[0i64; Label::COUNT]; n];
    let mut placed = vec![false; n];
    let mut dropped = vec![false; n];
    let mut in_result = vec![false; n];
    for m in &resolved.mentions {
        let (a, b) = m.tokens;
        for s in &scores[a.min(scores.len())..b.min(scores.len())] {
            for (total, &score) in totals[m.entity].iter_mut().zip(s) {
                *total += i64::from(score);
            }
        }
        placed[m.entity] |= datelines.binary_search(&m.tokens).is_ok() || places_it(doc, m.tokens);
        in_result[m.entity] |= mentions::in_a_result(doc, m.tokens);
    }
    // (Whether the text is a sports report is read only where it decides: the test is a
    // pass over every word.)
    let sports_cell = OnceCell::new();
    let sports = || *sports_cell.get_or_init(|| mentions::sports_report(doc));
    let person_to_org = |margin: i64| {
        margin > PERSON_TO_ORG_MARGIN
            || (margin > PERSON_TO_ORG_MARGIN_IN_SPORTS && sports() != Sports::No)
    };
    for (e, total) in totals.iter().enumerate() {
        let [outside, person, org, place, other] = *total;
        let org_best = org > outside.max(person).max(place).max(other);
        let entity = &mut resolved.entities[e];
        // (A side of a match's result in a sports report is a team, whatever the model
        // reads: "Arsenal, who drew 1-1 with Fulham", "lost 3-1 to Cesena".)
        let team = in_result[e] && sports() != Sports::No;
        let to_org = match entity.kind {
            EntityType::Person => {
                resolved.shape_only[e] && (team || (org_best && person_to_org(org - person)))
            }
            // (In a sure sports report, a county or a city no mention places is a club
            // whatever the model reads: "Kent stepped up a gear to dismiss Derbyshire".)
            EntityType::Gpe => {
                !placed[e]
                    && !lexicon::is_country(&entity.name)
                    && (team
                        || (org_best && org - place > PLACE_TO_ORG_MARGIN)
                        || sports() == Sports::Sure)
            }
            _ => false,
        };
        // A "person" by shape alone that the model reads as a place throughout: a town or
        // a country no list holds ("visit Ruritania", "the town of Kelby").
        let to_place = entity.kind == EntityType::Person
            && resolved.shape_only[e]
            && place - outside.max(person).max(org).max(other) > PERSON_TO_PLACE_MARGIN;
        if to_org || to_place {
            entity.kind = if to_org {
                EntityType::Org
            } else {
                EntityType::Gpe
            };
            resolved.genders[e] = Gender::Unknown;
        }
        // A "person" by shape alone that the model reads as no name, or as a name of
        // another kind (a nationality, an event, a product: "Olympic champions", "Euro 96",
        // "Kalashnikov rifles"), is no person.
        let no_person = outside - person.max(org).max(place).max(other) > NO_PERSON_MARGIN
            || other - person.max(org).max(place) > NO_PERSON_MARGIN;
        dropped[e] = entity.kind == EntityType::Person && resolved.shape_only[e] && no_person;
    }
    // (A word the article writes in lower case as often as capitalised alone is no name at
    // all: `mentions::lower_case_twins`.)
    for e in plurals_opening_sentences(doc, resolved) {
        dropped[e] = true;
    }
    if resolved
        .entities
        .iter()
        .any(|e| e.kind == EntityType::Org && e.name.contains(' '))
        && sports() != Sports::No
    {
        teams_by_one_word(resolved, &placed, &mut dropped);
    }
    if dropped.iter().any(|&d| d) {
        resolved.drop_entities(&dropped);
    }
}

/// In a sports report a team named in full is then named by its first or last word alone
/// ("Harlow Town" … "Harlow, who have …", "Aston Rovers" … "Rovers ahead"), which the rules
/// read as a person (by its shape, or by "who") or as an organisation of its own. Such a word joins the one team
/// (an organisation of two or three words) it begins or ends; not when two teams share it
/// ("Manchester United", "Manchester City"), nor where a mention places the word ("In
/// Pittsburgh, …": `placed`, by entity). The joined entities are marked in `dropped`.
fn teams_by_one_word(resolved: &mut Resolved, placed: &[bool], dropped: &mut [bool]) {
    // Word → the team it begins or ends, or `SHARED` when several do. (A map of the key and
    // value types the entity stage's maps have: another type costs the wasm a kilobyte.)
    const SHARED: usize = usize::MAX;
    let mut team_of: HashMap<&str, usize> = HashMap::default();
    for (e, entity) in resolved.entities.iter().enumerate() {
        let name = entity.name.as_str();
        let (Some((first, _)), Some((_, last))) = (name.split_once(' '), name.rsplit_once(' '))
        else {
            continue;
        };
        if entity.kind != EntityType::Org || dropped[e] || name.matches(' ').count() > 2 {
            continue;
        }
        for word in [first, last] {
            let slot = team_of.entry(word).or_insert(e);
            if *slot != e {
                *slot = SHARED;
            }
        }
    }
    // Entity → the entity it now is.
    let mut now: Vec<usize> = (0..resolved.entities.len()).collect();
    let mut joined = false;
    for (e, entity) in resolved.entities.iter().enumerate() {
        let person_or_org = matches!(entity.kind, EntityType::Person | EntityType::Org);
        if dropped[e] || placed[e] || entity.name.contains(' ') || !person_or_org {
            continue;
        }
        if let Some(&team) = team_of.get(entity.name.as_str()).filter(|&&t| t != SHARED) {
            now[e] = team;
            dropped[e] = true;
            joined = true;
        }
    }
    if !joined {
        return;
    }
    // Every entity's mentions again, in text order.
    for entity in &mut resolved.entities {
        entity.mentions.clear();
    }
    for m in &mut resolved.mentions {
        m.entity = now[m.entity];
        resolved.entities[m.entity].mentions.push(m.span);
    }
}

/// The "people" named by one word that has the shape of a plural noun ("Traders",
/// "Eyewitnesses", "Protesters"), met only where any word is capitalised: at a sentence's
/// start, or in a headline. "Traders said" is a common noun opening a sentence; a person
/// so named ("Sanders said") is named in full or mid-sentence somewhere in the article, and
/// so keeps the name.
fn plurals_opening_sentences(doc: &Document, resolved: &Resolved) -> Vec<usize> {
    let entities = &resolved.entities;
    let mut only_opening = vec![true; entities.len()];
    for m in &resolved.mentions {
        only_opening[m.entity] &=
            m.tokens.1 == m.tokens.0 + 1 && mentions::at_sentence_start(doc, m.tokens.0);
    }
    (0..entities.len())
        .filter(|&e| {
            let name = &entities[e].name;
            only_opening[e]
                && entities[e].kind == EntityType::Person
                && name.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && lexicon::given_name(name).is_none()
                && has_plural_shape(name)
        })
        .collect()
}

/// Does the word end as English plurals of people do ("-ers", "-ors", "-ists", "-nts",
/// "-esses")? ("Sanders" does too: see [`plurals_opening_sentences`] for why that is safe.)
fn has_plural_shape(word: &str) -> bool {
    ["ers", "ors", "ists", "nts", "esses"]
        .iter()
        .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}

/// Does the context of the mention at `tokens` make it a place: a preposition of place
/// before it ("in Evansville", "a resident of Evansville"), a known place after a comma
/// ("Evansville, Indiana"), or a noun of places after it ("the Evansville area")? (A
/// dateline's place is placed too: the callers read it from the mention's flag.)
fn places_it(doc: &Document, (a, b): (usize, usize)) -> bool {
    let n = doc.tokens.len();
    let word_after = |k: usize| k < n && doc.tokens[k].kind == TokenKind::Word;
    (a > 0 && PLACE_PREPOSITIONS.contains(&doc.lower(a - 1).as_ref()))
        || (word_after(b) && mentions::PLACE_NOUNS.contains(&doc.lower(b).as_ref()))
        || (b + 1 < n && doc.word(b) == "," && lexicon::place_type(doc.word(b + 1)).is_some())
}

/// Words before a place where something is or happens.
const PLACE_PREPOSITIONS: [&str; 12] = [
    "in",
    "at",
    "from",
    "to",
    "near",
    "outside",
    "of",
    "into",
    "visited",
    "across",
    "around",
    "throughout",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Span};
    use crate::entities;

    fn entity_types(text: &str) -> Vec<(String, EntityType)> {
        let doc = Document::parse(text);
        let reading = read(super::super::builtin(), &doc, mentions::find(&doc));
        let mut resolved = entities::merge(&doc, reading.mentions);
        retype(&doc, &mut resolved, &reading.scores, &reading.datelines);
        resolved
            .entities
            .into_iter()
            .map(|e| (e.name, e.kind))
            .collect()
    }

    #[test]
    fn the_sides_of_a_result_in_a_sports_report_are_teams() {
        let text = "Dunmore moved clear at the top of the league with a 2-0 win over Carrow on \
                    Saturday. Tom Varga scored twice before the break.\n\nArsenal, who drew \
                    1-1 with Westvale, slipped to third. Their striker is out with a hamstring \
                    injury, the coach said.";
        let got = entity_types(text);
        for team in ["Carrow", "Arsenal", "Westvale"] {
            assert!(
                got.contains(&(team.into(), EntityType::Org)),
                "{team}: {got:?}"
            );
        }
        assert!(
            got.contains(&("Tom Varga".into(), EntityType::Person)),
            "{got:?}"
        );
        // Not outside a sports report: a vote's tally is no match.
        let got = entity_types("Voters in Carrow backed Dunmore, who beat Westvale 52-48.");
        assert!(!got.iter().any(|(_, t)| *t == EntityType::Org), "{got:?}");
    }

    #[test]
    fn tables_and_capitals_are_unreadable() {
        let doc = Document::parse(
            "SOCCER - ENGLISH LEAGUE RESULTS.\n\nLONDON 1996-08-31 Results of matches played on \
             Saturday.\n\nBradford 1 Tranmere 0 Grimsby 0 Portsmouth 1\n\nThe home side, which \
             had lost 2 of its last 3 games, was happy.",
        );
        assert_eq!(unreadable_paragraphs(&doc), [true, false, true, false]);
        // A table a row a line; a figure in a short line of prose alone is no table.
        let doc = Document::parse(
            "Results on Saturday:\nWestvale 2 Northam 0\nCarrow 1 Ebbsfield 1\nDunmore 0 \
             Kelby 3\nThe win took Westvale 3 points clear.\nIt rained 2 days.",
        );
        assert_eq!(
            unreadable_paragraphs(&doc),
            [false, true, true, true, false, false]
        );
        // A line-up; a sentence with as many commas is prose.
        let doc = Document::parse(
            "The team is as follows:\nGarrow, Breel, Stanton, Irvine, McAtee, Harlow.\n\
             Garrow, who is 31, said that, in all, it was fine, and left.",
        );
        assert_eq!(unreadable_paragraphs(&doc), [false, true, false]);
    }

    /// The rules' entities of `text`, retyped by the model's scores set to `per_token` at
    /// every token of a mention of the first entity (a person by shape alone).
    fn retyped_with(text: &str, per_token: Scores) -> Resolved {
        let doc = Document::parse(text);
        let mut resolved = entities::merge(&doc, mentions::find(&doc));
        assert_eq!(resolved.entities[0].kind, EntityType::Person);
        assert!(resolved.shape_only[0]);
        let mut scores = vec![[0; Label::COUNT]; doc.tokens.len()];
        for m in resolved.mentions.iter().filter(|m| m.entity == 0) {
            scores[m.tokens.0..m.tokens.1].fill(per_token);
        }
        retype(&doc, &mut resolved, &scores, &[]);
        resolved
    }

    // (Scores in the order outside, person, organisation, place, other.)
    const TEXT: &str = "Executives will stay on with Quorvex after the merger. The most coveted \
                        bank out there is Quorvex, an analyst said. Quorvex did not return calls.";

    #[test]
    fn a_person_by_shape_alone_becomes_an_organisation_when_the_model_says_so() {
        let resolved = retyped_with(TEXT, [0, 2, 20, 0, 0]);
        assert_eq!(resolved.entities[0].kind, EntityType::Org);
        // Over all three mentions the margin must exceed the threshold.
        let resolved = retyped_with(TEXT, [0, 2, 14, 0, 0]);
        assert_eq!(resolved.entities[0].kind, EntityType::Person);
    }

    #[test]
    fn a_team_named_by_one_of_its_words_is_the_team() {
        /// The entities of `text` and their mentions, the names of several words typed
        /// organisations (as the model types teams in a sports report) and then joined.
        fn joined(text: &str) -> Vec<(String, usize)> {
            let doc = Document::parse(text);
            let mut resolved = entities::merge(&doc, mentions::find(&doc));
            for entity in &mut resolved.entities {
                if entity.name.contains(' ') {
                    entity.kind = EntityType::Org;
                }
            }
            let n = resolved.entities.len();
            let mut dropped = vec![false; n];
            teams_by_one_word(&mut resolved, &vec![false; n], &mut dropped);
            resolved.drop_entities(&dropped);
            assert!(resolved
                .mentions
                .iter()
                .all(|m| resolved.entities[m.entity].mentions.contains(&m.span)));
            resolved
                .entities
                .into_iter()
                .map(|e| (e.name, e.mentions.len()))
                .collect()
        }
        let counts = joined(
            "Westvale Rovers beat Harlow Town. Harlow, who have lost twice, fell. Rovers won.",
        );
        for team in ["Westvale Rovers", "Harlow Town"] {
            assert!(counts.contains(&(team.into(), 2)), "{counts:?}");
        }
        // A word two teams share stays apart.
        let entity = |id, kind, name, start| {
            Entity::new(
                id,
                kind,
                name,
                vec![Span {
                    start,
                    end: start + 1,
                }],
            )
        };
        let mut resolved = Resolved {
            entities: vec![
                entity(0, EntityType::Org, "Westvale Rovers", 0),
                entity(1, EntityType::Org, "Carrow Rovers", 2),
                entity(2, EntityType::Person, "Rovers", 4),
            ],
            genders: vec![Gender::Unknown; 3],
            shape_only: vec![true; 3],
            ..Resolved::default()
        };
        let mut dropped = vec![false; 3];
        teams_by_one_word(&mut resolved, &[false; 3], &mut dropped);
        assert_eq!(dropped, [false; 3]);
    }

    #[test]
    fn in_a_sports_report_a_smaller_margin_makes_a_team() {
        const SPORTS: &str = "Fans cheered Quorvex after a late goal. The referee sent off a \
                              striker, and the league cup match went on. A second goal came in \
                              the derby, and a third goal in the match. Fans sang for Quorvex, \
                              then met Quorvex.";
        let resolved = retyped_with(SPORTS, [0, 2, 14, 0, 0]);
        assert_eq!(resolved.entities[0].kind, EntityType::Org);
        let resolved = retyped_with(TEXT, [0, 2, 14, 0, 0]);
        assert_eq!(resolved.entities[0].kind, EntityType::Person);
    }

    #[test]
    fn in_a_sure_sports_report_a_county_no_mention_places_is_a_club() {
        const SPORTS: &str = "Shropshire stepped up a gear to dismiss the visitors in the \
                              match. The bowler took four wickets, the batsman made a century, \
                              the captain praised the team, and the coach praised the squad's \
                              innings and the umpire the pitch. The match at Rutland was drawn.";
        let kinds = entity_types(SPORTS);
        assert!(
            kinds.contains(&("Shropshire".into(), EntityType::Org)),
            "{kinds:?}"
        );
        // (A county placed by a mention stays a place.)
        assert!(
            kinds.contains(&("Rutland".into(), EntityType::Gpe)),
            "{kinds:?}"
        );
        let kinds = entity_types("Shropshire stepped up its spending on roads this year.");
        assert!(
            kinds.contains(&("Shropshire".into(), EntityType::Gpe)),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_person_by_shape_alone_becomes_a_place_when_the_model_says_so() {
        let resolved = retyped_with(TEXT, [0, 2, 0, 20, 0]);
        assert_eq!(resolved.entities[0].kind, EntityType::Gpe);
        let resolved = retyped_with(TEXT, [0, 2, 0, 8, 0]);
        assert_eq!(resolved.entities[0].kind, EntityType::Person);
    }

    #[test]
    fn a_person_by_shape_alone_is_dropped_when_the_model_reads_no_person() {
        // A name of another kind ("Kalashnikov rifles"), or no name at all.
        for per_token in [[0, 2, 0, 0, 20], [20, 2, 0, 0, 0]] {
            let resolved = retyped_with(TEXT, per_token);
            assert!(resolved.entities.iter().all(|e| e.name != "Quorvex"));
            assert!(resolved
                .mentions
                .iter()
                .all(|m| m.entity < resolved.entities.len()));
        }
        // Not by a small margin, nor when the model reads a name of the person's kind.
        for per_token in [[0, 2, 0, 0, 14], [20, 20, 0, 0, 0]] {
            let resolved = retyped_with(TEXT, per_token);
            assert_eq!(resolved.entities[0].name, "Quorvex");
        }
    }

    /// A mention of the one word at token `k`, typed `kind`.
    fn one_word_mention(doc: &Document, k: usize, kind: EntityType, guessed: bool) -> Mention {
        Mention {
            span: doc.tokens[k].span,
            tokens: (k, k + 1),
            kind: Some(kind),
            title_gender: None,
            guessed,
            dateline: false,
        }
    }

    #[test]
    fn the_body_types_a_name_the_headline_gives_as_an_organisation() {
        let doc = Document::parse("BOXING - KELDORAN FIGHTS ON.\n\nKeldoran, 45, said so.");
        let mention = |k: usize, kind| one_word_mention(&doc, k, kind, false);
        let at = |word: &str| doc.tokens.iter().position(|t| t.span.of(doc.text) == word);
        let (head, body) = (at("KELDORAN").unwrap(), at("Keldoran").unwrap());
        let mut found = vec![
            mention(at("BOXING").unwrap(), EntityType::Org),
            mention(head, EntityType::Org),
            mention(body, EntityType::Person),
        ];
        leave_headline_organisations_to_the_body(&doc, &mut found);
        let kinds: Vec<_> = found.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            [Some(EntityType::Org), None, Some(EntityType::Person)]
        );
    }

    #[test]
    fn the_model_types_a_mention_the_rules_guessed() {
        let doc = Document::parse("Fans cheered Alania and Kelby.");
        let mention = |k: usize, guessed| one_word_mention(&doc, k, EntityType::Person, guessed);
        let mut found = vec![mention(2, true), mention(4, false)];
        use Label::*;
        let labels = [Outside, Outside, Org, Outside, Org, Outside];
        retype_guessed_mentions(&doc, &mut found, &labels);
        let kinds: Vec<_> = found.iter().map(|m| (m.kind, m.guessed)).collect();
        assert_eq!(
            kinds,
            [
                (Some(EntityType::Org), true),
                (Some(EntityType::Person), false)
            ]
        );
    }

    #[test]
    fn in_a_table_the_model_reads_the_names() {
        let found = entity_types(
            "Soccer results on Saturday:\n\nBradford 1 Tranmere 0 Grimsby 0 Portsmouth 1 \
             Huddersfield 1 Crystal Palace 1",
        );
        let orgs = found
            .iter()
            .filter(|(_, kind)| *kind == EntityType::Org)
            .count();
        assert!(orgs >= 4, "{found:?}");
    }

    #[test]
    fn people_named_as_people_stay_people() {
        let found = entity_types("Mrs. Ana Lobo flew to Paris. Lobo said she was tired.");
        assert!(
            found.contains(&("Ana Lobo".to_string(), EntityType::Person)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Paris".to_string(), EntityType::Gpe)),
            "{found:?}"
        );
    }

    #[test]
    fn a_plural_opening_its_sentences_is_no_person() {
        let found = entity_types(
            "Prices fell on Monday. Traders said demand was weak. Eyewitnesses told reporters \
             the car exploded.",
        );
        assert!(
            found.iter().all(|(_, kind)| *kind != EntityType::Person),
            "{found:?}"
        );
        // A person of the same shape named mid-sentence too stays a person.
        let found = entity_types("Sanders said no. The bill was written by Sanders.");
        assert!(
            found.contains(&("Sanders".to_string(), EntityType::Person)),
            "{found:?}"
        );
    }

    #[test]
    fn a_city_placed_by_its_context_stays_a_place() {
        for text in [
            "The exhibit is located in Evansville, Indiana.",
            "Schools in the Evansville area closed.",
        ] {
            let doc = Document::parse(text);
            let m = mentions::find(&doc);
            let evansville = m
                .iter()
                .find(|m| m.span.of(doc.text) == "Evansville")
                .expect("a mention");
            assert!(places_it(&doc, evansville.tokens), "{text}");
        }
    }
}
