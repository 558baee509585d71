//! Stage 5: quotations + entities → who said each quotation.
//!
//! Takes the [`Document`], the [`Resolved`] entities and the quotations of
//! [`crate::quotes`]; gives each quotation its speaker (an entity id, or none), the cue
//! (reporting verb or phrase) and the words that named the speaker there. Rules, in order:
//!
//! 0. A transcript's turn quoted whole is its label's: `"PENCE: Well, look, …`.
//! 1. A cue right after the closing mark of a quotation that ends its clause:
//!    `“…,” Moen told Marrow`, `“…,” said Tomas Vale`, `“…,” he added`, through a title or an
//!    appositive (`“…,” the union's general secretary, Paul Nowak, said`), but not into a
//!    clause of its own (`“…,” referencing its donations, but reports show`, `“…,” before
//!    he stopped responding`).
//! 2. The nearest cue before the opening mark in the same sentence: `Vale said “…”`,
//!    `Marrow responded by saying the fleets “…”`, `the State Department called “…”`,
//!    `according to X, “…”` (or the source X quotes: `according to X, quoting Y,`),
//!    `in the words of X, “…”`. A short quotation far from its cue is
//!    a term, unless a person or an organisation by name, a person by pronoun or an unnamed
//!    source says the sentence (PolNeAR's convention: a quotation inside reported speech is
//!    the source's, `Pence said he could not “condone his remarks”`; so is one whose verb
//!    has a thing, a people or a source named right after the reporting verb as its subject:
//!    `Bush said history has shown the need for a “stable government”`, `Israel said
//!    Clinton called on members to be “…”`; not people by description: `a man yelled`). A
//!    cue word in a prepositional phrase is a noun (`what began as individual messages`):
//!    the verb before it counts; a participle opening the sentence shares its main subject
//!    (`Speaking to MSNBC, Bush referred to Rubio as “…”`, `After saying her foot was “…,”
//!    she was taken to hospital`). With no cue, a colon right after
//!    the sentence's subject introduces the quotation (`Wes Streeting was blunt: “…”`).
//! 3. A signature after the quotation (`“…” - Matthew Ingram`); a reporting clause that ends
//!    the sentence after a comma (`The FBI made a “mistake” in the check, Comey has said.`,
//!    `“…” for Clinton, said Kunin.`); else a cue later in its sentence, or in the next one
//!    when it names its subject.
//!    Whatever the rule, a sentence that goes on "according to" a named source, or reports
//!    one after a comma, is that source's (`“…,” Sanders said, according to CNN.`, `…,
//!    reports USA Today.`): PolNeAR gives reported reports to the outer source.
//! 4. A paragraph that continues the previous one's quotation (also over a photo caption,
//!    `… Image: NASA.`), or that is only a quotation, keeps the previous speaker; so do a
//!    second fragment of the same sentence and a quotation right after `“…,” X said.`, by
//!    name or by description (`“…,” the spokesman said. “…”`), however long that reporting
//!    sentence (`“…,” said X, a strategist who has advised a super PAC. “…”`).
//! 5. Weaker, when nothing above applies: the sentence before introduces the quotation
//!    (`Heald noted …. “…”`, a paragraph ending `tweeted:`), or is about a person by pronoun
//!    (`Why did she attend? “…”`), or the next sentence names the speaker
//!    (`“…” Cornyn's statement added`). Then, with no verb of saying near, the subject that
//!    opens the sentence and acts in it frames the quotation (`Cruz branded the group
//!    “abhorrent”`, `The department would not “take sides”`), also after an opening phrase
//!    (`At a summit in Hilton Head, S.C., Rubio offered`), a role (`Republican front-runner
//!    Donald Trump defended`) or a participle's clause (`Cruz, leading in the polls and
//!    focusing …, questioned`).
//! 6. A quotation still without a speaker or a description goes to a learned ranker
//!    ([`fallback`]) that weighs "nobody" against the people and organisations named in its
//!    sentence and the paragraphs before, the last speaker and the last subjects of cues,
//!    and names one only by a clear margin (`Clinton has increasingly decried “…”`; scare
//!    quotes and terms stay nobody's).
//! 7. Last, a headline's quotation that the body quotes again takes the body's speaker
//!    (`Mayor vows 'no more delays'` … `“There will be no more delays,” Ruiz said`).
//!
//! The speaker of a cue is its subject: the name, pronoun or noun phrase right before it
//! (skipping adverbs and auxiliaries, a date: "Sanders during a Sunday thanked"; through an
//! appositive, a possessor, an affiliation such as "X of The Globe" or "X of the Patriarchate
//! of Jerusalem", "and" before a second verb, or the clause before a participle; the first
//! of two: "A and B wrote"), or after it for verbs of saying that invert (`said X`, `said
//! Florida's X`; not `said X is`), or the subject its clause opens with for a verb after
//! "to", "by", "for" (`is reported to have called`).
//! An unnamed subject ("analysts", "A witness, who …,", "a letter seen by Sky News", a
//! name modifying a noun: "a Trump campaign aide", or a noun's complement: "a spokeswoman for
//! X", "the senator from Vermont", "a spokesman for Democratic presidential candidate X", "a
//! source speaking to X"; people by party alone: "one senior Democrat"; a quantifier alone:
//! "another", "some"; a name inside a relative clause is its object: "The delegate, who backs
//! X, warned", `said one source who named X`) gives no speaker and its words as the
//! description, except
//! one whose possessor is named and speaks through it ("PC World's analysis of its data
//! concluded"; a person only through what they write or say, `source_nouns.txt`: "Cornyn's
//! statement", not "Cornyn's aide", "Cornyn's office"; an organisation named before the
//! noun through its statements and spokespeople, not any member: "a Home Office official")
//! or a noun that refers back to a named one: an organisation's own noun ("the ministry"),
//! "the company", "the city", "the government" (the country named most). The description
//! is the whole noun phrase, back to its determiner ("the New York businessman", "a narrator
//! in the rival ad", through hyphenated words: "the 46-year-old", "a voice-over in the ad";
//! after an inverted verb up to a qualifier: `said one owner of a shop that …`, `said one
//! aide familiar with …`), and none when its words are no plausible source (a stray word:
//! "via", "it", "night"; a piece of a clause or of a hyphenated word; a date). A subject
//! that frames a quotation with no verb of saying ends at its verb however it ends ("The ad
//! targets a “…”", "The email went on to say"), and is a description only when a word of it
//! can speak or write (not "The lack of voting places was “…”"; after "his", "her", "their"
//! only a noun for people around someone: "His office put out a statement saying"). Pronouns
//! are resolved by gender and
//! by position: a pronoun inside a sentence refers back to a person named earlier in that
//! sentence; a pronoun that starts one ("He also urged", `“…,” he told`) refers to the
//! person who opens the sentence before, else to the topic: the last speaker or the last
//! person said to say something, and last the nearest person of the pronoun's gender named
//! outside quotations. That is the rules' reading; for "he" and "she" a learned ranker
//! ([`pronouns`]) then weighs it with the other people named nearby (the last speaker, the
//! last subjects of cues, how recently and where each was named), except where the rules
//! are surest: a fitting name earlier in the pronoun's sentence, or a person opening the
//! sentence before in the same paragraph. Each step looks at a bounded window, so the stage is
//! linear in the text.
//!
//! Where the code is: this module holds the stage's entry ([`attribute`]), the order of the
//! rules over the quotations and what they share (the [`Context`] of a document); the rules
//! that find a quotation's cue are in [`cues`], who a cue's or a sentence's subject is in
//! [`subjects`], descriptions, appositions and names after a cue in [`descriptions`], the
//! rules' reading of pronouns in [`antecedents`], and the learned rankers in [`pronouns`]
//! and [`fallback`] (their perceptron: [`perceptron`]).

use crate::analysis::{EntityType, Quote, Span};
use crate::entities::Resolved;
use crate::lexicon::{self, Gender};
use crate::mentions;
use crate::quotes::QuoteMarks;
use crate::text::{char_count, is_possessive_s, Document, TokenKind};
use std::borrow::Cow;
use std::cell::RefCell;

mod antecedents;
mod cues;
mod descriptions;
pub mod fallback;
pub mod perceptron;
pub mod pronouns;
mod subjects;

/// Words between a subject and its verb that say nothing about who speaks.
const SKIPPABLE: [&str; 25] = [
    "also",
    "later",
    "then",
    "again",
    "still",
    "once",
    "previously",
    "earlier",
    "has",
    "had",
    "have",
    "was",
    "is",
    "were",
    "would",
    "will",
    "not",
    "never",
    "further",
    "simply",
    "just",
    "first",
    "finally",
    "separately",
    "did",
];
/// Adverbs that may stand between a name and its verb besides the skippable words and
/// those in -ly: "Trump has even called", "Clinton has since apologized".
const ADVERBS: [&str; 13] = [
    "even",
    "since",
    "now",
    "already",
    "often",
    "long",
    "recently",
    "only",
    "too",
    "herself",
    "himself",
    "itself",
    "themselves",
];
const DETERMINERS: [&str; 16] = [
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "every", "each", "any", "no",
];
/// Words that no speaker's noun phrase right before its verb holds: prepositions ("as
/// scattered protests") and the "what" of a free relative ("what began as …").
const NOT_IN_SUBJECT: [&str; 13] = [
    "as", "in", "on", "at", "by", "with", "from", "into", "about", "for", "over", "through", "what",
];
/// Quantifiers that stand alone for people as a subject: "another said", "some chanted".
const QUANTIFIER_PRONOUNS: [&str; 7] = [
    "another", "some", "others", "many", "several", "both", "most",
];
/// Prepositions whose object is no subject of the clause around it (not "by", "to": "began
/// by saying"; nor "for": "time for Cruz to build bridges, even after dismissing them").
const OBJECT_PREPOSITIONS: [&str; 7] = ["of", "about", "past", "against", "with", "at", "than"];
/// Participles for getting hold of a document: "a letter seen by Reuters says".
const SEEN_BY: [&str; 4] = ["seen", "obtained", "reviewed", "viewed"];
/// Words that open the credit of a photo caption: "Image: NASA.", "Photo: Reuters".
const CAPTION_WORDS: [&str; 4] = ["image", "photo", "picture", "photograph"];
/// How many tokens at the end of a caption may hold its credit.
const CREDIT_TOKENS: usize = 12;
/// How far (in tokens) a cue may stand from the quotation it introduces.
const BEFORE_WINDOW: usize = 40;
const AFTER_WINDOW: usize = 30;
/// At most this many tokens from a possessor's noun of saying ("X's claim that") to a
/// quotation read as inside its clause (a longer clause is more often the subject of a
/// predicate about the claim).
const REPORTED_CLAUSE_WORDS: usize = 9;
/// At most this many tokens between two quotations of one speaker: `“…,” X said. “…”`.
const ADJACENT_GAP: usize = 8;
/// How far into the next sentence a cue may stand to name the speaker of a quotation.
const NEXT_SENTENCE_CUE: usize = 6;
/// How far back (in tokens) "the government" looks for the organisation it names.
const NOMINAL_WINDOW: usize = 400;
/// Definite nouns that refer back to the latest place, speaking through its authorities:
/// "the city reasoned", "the council said".
const LOCAL_PLACE_NOUNS: [&str; 5] = ["city", "town", "municipality", "council", "province"];
/// Definite nouns for a country's authorities: "the government said" (when no organisation is
/// named "… Government"). They refer to the place the article is about, the one named most
/// often before them, rather than the latest ("asylum seekers from Yemen … the government").
const NATIONAL_NOUNS: [&str; 4] = ["government", "country", "state", "nation"];
/// Nouns for a business: "the company said" refers back to the latest organisation that is
/// no public body ([`PUBLIC_BODY_WORDS`]), though a commission may have been named since.
const FIRM_NOUNS: [&str; 12] = [
    "airline",
    "carmaker",
    "chipmaker",
    "company",
    "drugmaker",
    "firm",
    "insurer",
    "lender",
    "maker",
    "publisher",
    "retailer",
    "startup",
];
/// Words of public bodies' names, which no firm's name has ("European Commission",
/// "Federal Aviation Administration", "Court of Justice").
const PUBLIC_BODY_WORDS: [&str; 20] = [
    "Administration",
    "Agency",
    "Assembly",
    "Authority",
    "Bureau",
    "Commission",
    "Committee",
    "Congress",
    "Council",
    "Court",
    "Department",
    "Government",
    "Ministry",
    "Nations",
    "Parliament",
    "Party",
    "Police",
    "Senate",
    "Union",
    "University",
];
/// How far before an unnamed subject's noun its article may stand ("The Irvine,
/// California-based company").
const DETERMINER_REACH: usize = 8;
/// How many words (a name counting as one) may stand between a closing mark and its cue
/// when they hold an appositive.
const APPOSITIVE_STEPS: usize = 12;
/// How many tokens an affiliation ("of The Globe and Mail", "of the Bouches-du-Rhône fire
/// service") may take.
const AFFILIATION_WINDOW: usize = 12;
/// How many words after a cue ("said", "according to") may come before the speaker's name.
const NAME_AFTER_WINDOW: usize = 7;
/// Cues that report speech only after it (`“…,” she reflected`) or right before it (`She
/// continued: “…”`); elsewhere before a quotation they are other verbs (`the margin
/// reflected a city “split down the middle”`).
const AFTER_QUOTE_ONLY: [&str; 5] = ["reflect", "laugh", "sigh", "begin", "continue"];
/// Conjunctions that, after a comma, open a clause of its own: its verb has its own
/// subject, not the quotation's speaker.
const CLAUSE_CONJUNCTIONS: [&str; 7] = [
    "and", "but", "while", "although", "though", "because", "whereas",
];
/// How many tokens a participle's clause between a sentence's subject and its verb may
/// hold ("Cruz, leading narrowly in the polls and focusing most of his time there,").
const APPOSITION_CLAUSE: usize = 20;
/// How many more commas an opening phrase before a sentence's subject may hold.
const OPENING_COMMAS: usize = 3;
/// How many words of a role may stand between a comma and the name of a final reporting
/// clause ("…, DFA spokesman Neil Sroka said").
const ROLE_BEFORE_NAME: usize = 5;
/// Words that lead a date between a subject and its verb: "on Friday", "during a Sunday".
const DATE_LEADS: [&str; 8] = ["on", "during", "a", "the", "this", "last", "late", "early"];
/// Common nouns for people, who speak for themselves even inside someone else's reported
/// speech ("a man yelled", "sources said"); their plurals in -s count too.
const PEOPLE_NOUNS: [&str; 31] = [
    "official",
    "man",
    "men",
    "woman",
    "women",
    "people",
    "person",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "friend",
    "source",
    "worker",
    "retiree",
    "supporter",
    "critic",
    "voter",
    "resident",
    "protester",
    "analyst",
    "expert",
    "crowd",
    "audience",
    "child",
    "children",
    "member",
    "staff",
    "aide",
];
/// Conjunctions that open a clause of time, cause or condition: with a pronoun after them,
/// the clause has its own subject and verb.
const SUBORDINATORS: [&str; 9] = [
    "before", "after", "when", "until", "since", "because", "if", "unless", "as",
];
/// Words that open a participle's clause at the start of a sentence, whose subject is the
/// main clause's: "After saying", "While insisting", "By calling", "In describing".
const PARTICIPLE_OPENERS: [&str; 9] = [
    "after", "before", "while", "whilst", "by", "in", "despite", "since", "when",
];
/// How many tokens into a sentence a person in apposition may stand ("His wife, Ana
/// Dragomir,").
const OPENING_APPOSITION: usize = 6;
/// How far "known" may stand before the "as" of a nickname ("known throughout the dressing
/// room as 'Kobus'").
const NICKNAME_REACH: usize = 8;
/// The longest first paragraph read as a headline, in bytes.
const HEADLINE_MAX_BYTES: usize = 200;
/// How many tokens a named source's description, or the name of the source it quotes,
/// may take ("Yonhap news agency, quoting North Korea's main news agency KCNA").
const SOURCE_HOP_WINDOW: usize = 8;
/// How far back an appositive's subject may stand from the verb.
const APPOSITIVE_WINDOW: usize = 30;
/// Quotations of at most this many words are terms unless a cue stands close by.
const SHORT_QUOTE_WORDS: usize = 4;
const SHORT_QUOTE_CUE_DISTANCE: usize = 7;
/// How many tokens a bracket between a subject and its verb may hold ("(R-Fla.)").
const BRACKET_WORDS: usize = 8;
/// Reporting verbs that characterise their object "as “…”": the words are the subject's.
const CHARACTERISING: [&str; 4] = ["describe", "characterize", "characterise", "brand"];

/// Who a cue's subject turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Attribution {
    speaker: Option<usize>,
    named_by: Option<Span>,
    cue: Span,
}

/// An index (a mention's, an entity's) or none for each token: four bytes a token where
/// `Vec<Option<usize>>` takes sixteen (the stage keeps two, over every token of the text).
struct TokenMap(Vec<u32>);

impl TokenMap {
    const NONE: u32 = u32::MAX;

    fn new(tokens: usize) -> TokenMap {
        TokenMap(vec![Self::NONE; tokens])
    }

    /// Maps the tokens of `range` to `index`. (A text has fewer tokens than bytes, and a
    /// mention or entity index is below the token count: it fits, for texts under 4 GB.)
    fn set(&mut self, range: std::ops::Range<usize>, index: usize) {
        if let Some(slots) = self.0.get_mut(range) {
            slots.fill(u32::try_from(index).unwrap_or(Self::NONE));
        }
    }

    /// The index at token `k`; none for a token mapped to none or past the end.
    fn at(&self, k: usize) -> Option<usize> {
        self.0
            .get(k)
            .filter(|&&i| i != Self::NONE)
            .map(|&i| i as usize)
    }
}

struct Context<'a, 't> {
    doc: &'a Document<'t>,
    resolved: &'a Resolved,
    /// For each token, the mention it belongs to.
    mention_at: TokenMap,
    /// For each token, whether it lies inside a quotation (or is a quotation mark).
    quoted: Vec<bool>,
    /// Every reporting verb whose subject is a name, as (token, entity), in text order:
    /// who was last said to say something ("Key said he believes …") is the topic.
    cue_subjects: Vec<(usize, usize)>,
    /// Each entity's gender: from its given name or title, else from the pronouns that
    /// follow its mentions in the article ("Sanders said he …").
    genders: Vec<Gender>,
    /// For each token that no mention covers, the person named before whose family name it
    /// is, when only one is: "Pence said" after "Mike Pence" (a family name that is also a
    /// common word is no name on its own at a sentence's start).
    surname_at: TokenMap,
    /// For each entity, the first token of each of its mentions (and of each family name
    /// alone that stands for it), in text order: how often, and where first, it is named.
    named_at: Vec<Vec<usize>>,
    /// The weights that rank the people a "he" or "she" may refer to ([`pronouns`]); none:
    /// the rules alone decide.
    ranker: Option<&'static pronouns::Weights>,
    /// When recording for training, every he/she the stage resolved, with its candidates.
    log: Option<RefCell<Vec<pronouns::Case>>>,
}

/// The learned rankers the stage uses; none: the rules alone decide.
#[derive(Clone, Copy, Debug, Default)]
pub struct Rankers {
    /// Who a "he" or "she" is ([`pronouns`]).
    pub pronoun: Option<&'static pronouns::Weights>,
    /// Who said a quotation the rules leave without a source ([`fallback`]).
    pub fallback: Option<&'static perceptron::Weights>,
}

impl Rankers {
    /// The committed weights of both.
    pub fn builtin() -> Rankers {
        Rankers {
            pronoun: pronouns::builtin(),
            fallback: fallback::builtin(),
        }
    }
}

/// What [`attribute_with`] records for training.
#[derive(Debug, Default)]
struct Recorded {
    /// Every he/she resolved, with its candidates.
    pronouns: Vec<pronouns::Case>,
    /// Every quotation the rules left without a source, with its candidates.
    fallback: Vec<fallback::Case>,
}

/// Attributes every quotation to a speaker.
pub fn attribute(doc: &Document, resolved: &Resolved, quotes: &[QuoteMarks]) -> Vec<Quote> {
    attribute_with(doc, resolved, quotes, Rankers::builtin(), false).0
}

/// [`attribute`] with `rankers` (none: the rules alone), and, when `record`, every he/she
/// and every quotation left to the fallback on the way, with their candidates (for
/// training, [`pronouns::cases`], [`fallback::cases`]).
fn attribute_with(
    doc: &Document,
    resolved: &Resolved,
    quotes: &[QuoteMarks],
    rankers: Rankers,
    record: bool,
) -> (Vec<Quote>, Recorded) {
    let n = doc.tokens.len();
    let mut mention_at = TokenMap::new(n);
    for (m, mention) in resolved.mentions.iter().enumerate() {
        mention_at.set(mention.tokens.0..mention.tokens.1, m);
    }
    let mut quoted = vec![false; n];
    let mut marks = Vec::with_capacity(quotes.len());
    for q in quotes {
        let first = q.open.map_or(q.content.start, |o| o.start);
        let last = q.close.map_or(q.content.end, |c| c.end);
        let (a, b) = (doc.token_at_or_after(first), doc.token_at_or_after(last));
        for slot in &mut quoted[a..b] {
            *slot = true;
        }
        marks.push((a, b));
    }
    let mut cx = Context {
        doc,
        resolved,
        mention_at,
        quoted,
        cue_subjects: Vec::new(),
        genders: Vec::new(),
        surname_at: TokenMap::new(0),
        named_at: vec![Vec::new(); resolved.entities.len()],
        ranker: rankers.pronoun,
        log: record.then(|| RefCell::new(Vec::new())),
    };
    let mut fallback_cases = Vec::new();
    cx.surname_at = cx.family_names_alone();
    for k in 0..n {
        let opens_mention = cx
            .mention_at
            .at(k)
            .filter(|&m| resolved.mentions[m].tokens.0 == k)
            .map(|m| resolved.mentions[m].entity);
        if let Some(e) = opens_mention.or(cx.surname_at.at(k)) {
            cx.named_at[e].push(k);
        }
    }
    cx.genders = cx.genders_from_pronouns();
    cx.cue_subjects = (0..n)
        .filter(|&k| cx.cue_lemma(k).is_some())
        .filter_map(|k| {
            let (first, last) = cx.cue_span(k);
            // A named subject ("Key said", "Kiara Perkins, a USI art major, admitted", or
            // after a verb that inverts: "…, noted NBC's Ada Vale."), not a pronoun:
            // pronouns are what the topic resolves.
            let (entity, named_by) = cx.subject_before(first, None).or_else(|| {
                let inverts = !lexicon::cue_takes_object(cx.cue_lemma(k)?);
                inverts.then(|| cx.name_after(last)).flatten()
            })?;
            let entity = entity?;
            (cx.by_mention(named_by) && resolved.entities[entity].kind == EntityType::Person)
                .then_some((k, entity))
        })
        .collect();

    let singles_only = !quotes.iter().any(|q| q.double);
    let mut out: Vec<Quote> = Vec::with_capacity(quotes.len());
    // For each quotation, the words its attribution named the speaker by, before
    // `full_description` checks an unnamed source's (a quotation that goes on keeps them).
    let mut named_by: Vec<Option<Span>> = Vec::with_capacity(quotes.len());
    // (entity, token where it last spoke)
    let mut last_speaker: Option<(usize, usize)> = None;
    // Where the last quotation read as a title in a list ends (the token after its marks).
    let mut titles_end: Option<usize> = None;
    for (i, q) in quotes.iter().enumerate() {
        let (a, b) = marks[i];
        let paragraph = doc.tokens.get(a).map_or(0, |t| t.paragraph);
        let previous = out.last().zip(i.checked_sub(1).map(|p| marks[p]));
        // (A nickname inside a name is no one's words: `Marcia "Cia" Price`.)
        let in_a_name = cx
            .mention_at
            .at(a)
            .is_some_and(|m| resolved.mentions[m].tokens.1 >= b);
        // (A list of titles goes on from one after a noun for works: `the albums “Off the
        // Wall,” “Thriller” and “Bad”`.)
        let listed = is_titled(doc, q)
            && (after_work_noun(doc, a)
                || titles_end == Some(a)
                || (a > 0 && titles_end == Some(a - 1) && matches!(doc.word(a - 1), "and" | "or")));
        titles_end = listed.then_some(b);
        let is_title = is_title_of_work(doc, q)
            || listed
            || is_outlets_title(doc, q, a)
            || is_so_called(doc, a)
            || in_a_name;
        // A short quotation in single marks is a term ('quasi-state of war'), unless it ends
        // a clause inside its marks, as speech does in British style: 'It is a disgrace,';
        // or unless the text quotes in single marks only, as British papers do.
        let ends_inside = ends_in(q.content.of(doc.text), b",.!?");
        let attributable =
            !is_title && (q.double || singles_only || !is_short(doc, q) || ends_inside);
        let mut attribution = if attributable {
            cx.attribute_marks(q, a, b, last_speaker)
        } else {
            None
        };
        // A quotation that continues the previous paragraph's, or a paragraph that is only a
        // quotation right after an attributed one, keeps that speaker.
        if attribution.is_none() {
            if let Some((prev, (pa, _))) = previous {
                let prev_paragraph = doc.tokens.get(pa).map_or(0, |t| t.paragraph);
                let whole_paragraph = cx.is_whole_paragraph(q, a, b);
                let same_sentence =
                    doc.tokens.get(pa).map(|t| t.sentence) == doc.tokens.get(a).map(|t| t.sentence);
                // `“…,” Waters said. “That's why …”`: only the reporting clause between.
                let (_, prev_end) = marks[i - 1];
                let adjacent =
                    prev_paragraph == paragraph && a.saturating_sub(prev_end) <= ADJACENT_GAP;
                // `“…,” said X, a strategist who has advised a super PAC. “…”`: however long,
                // the sentence between is the reporting clause that named the speaker.
                let reporting_between = prev_paragraph == paragraph
                    && prev_end < a
                    && a + 1 < n
                    && doc.is_sentence_initial(a + 1)
                    && (prev_end..a).all(|k| {
                        doc.tokens[k].sentence == doc.tokens[prev_end].sentence && !cx.quoted[k]
                    })
                    && prev
                        .cue
                        .is_some_and(|c| c.start >= doc.tokens[prev_end].span.start);
                let across_caption = cx.continues_across_caption(&quotes[i - 1], q, pa, a);
                let continues = q.continues_previous
                    || across_caption
                    || (whole_paragraph && prev_paragraph + 1 == paragraph)
                    || same_sentence
                    || ((adjacent || reporting_between) && !is_short(doc, q));
                // (An unnamed source goes on too: `“…,” the spokesman said. “…”`, reported
                // by its description again.)
                let prev_named_by = named_by[i - 1];
                let source = prev.speaker.is_some() || prev_named_by.is_some();
                if continues && source && !is_title {
                    // A continued paragraph has no cue of its own; a second fragment of the
                    // same sentence shares the first one's.
                    let own_cue = !(q.continues_previous || across_caption || whole_paragraph);
                    attribution = Some(Attribution {
                        speaker: prev.speaker,
                        named_by: prev_named_by.filter(|_| prev.speaker.is_none()),
                        cue: prev.cue.filter(|_| own_cue).unwrap_or(Span::new(0, 0)),
                    });
                }
            }
        }
        if attribution.is_none() && attributable {
            attribution = cx.attribute_nearby(q, a, b, last_speaker);
        }
        if attribution.is_none() && attributable && !q.continues_previous {
            attribution = cx.subject_framing(a, last_speaker);
        }
        // Last, the learned fallback: someone named near, or nobody.
        if attribution.is_none() && attributable && (record || rankers.fallback.is_some()) {
            let before = previous.map_or(fallback::Previous::None, |(prev, (pa, _))| {
                let at = doc.tokens.get(pa).map_or(0, |t| t.paragraph);
                match (prev.speaker, named_by[i - 1]) {
                    _ if at + 1 < paragraph => fallback::Previous::None,
                    (Some(_), _) => fallback::Previous::Attributed,
                    (None, Some(_)) => fallback::Previous::Described,
                    (None, None) if at == paragraph => fallback::Previous::Sourceless,
                    (None, None) => fallback::Previous::None,
                }
            });
            let candidates = cx.fallback_candidates(q, (a, b), last_speaker, before);
            if let Some(e) = rankers
                .fallback
                .and_then(|w| fallback::choose(w, &candidates))
            {
                attribution = Some(Attribution {
                    speaker: Some(e),
                    named_by: None,
                    cue: Span::new(0, 0),
                });
            }
            if record {
                fallback_cases.push(fallback::Case {
                    quote: q.content,
                    candidates,
                });
            }
        }
        let quote = match attribution {
            Some(at) => Quote {
                span: q.content,
                speaker: at.speaker,
                // An unnamed source keeps its words only when they can name a source.
                speaker_mention: match at.speaker {
                    Some(_) => at.named_by,
                    None => at
                        .named_by
                        .and_then(|named_by| cx.full_description(named_by)),
                },
                cue: (!at.cue.is_empty()).then_some(at.cue),
            },
            None => Quote::new(q.content, None),
        };
        if let Some(s) = quote.speaker {
            last_speaker = Some((s, a.min(n.saturating_sub(1))));
        }
        named_by.push(attribution.and_then(|at| at.named_by));
        out.push(quote);
    }
    headline_quotes_repeat_the_body(doc, &mut out);
    let recorded = Recorded {
        pronouns: cx.log.map(RefCell::into_inner).unwrap_or_default(),
        fallback: fallback_cases,
    };
    (out, recorded)
}

/// A headline quotes words that the body quotes again where their speaker is named:
/// `Minister vows 'no retreat'` … `“There will be no retreat,” Lee said.` The headline is a
/// short first paragraph without a full stop, and its quotation has two words or more.
fn headline_quotes_repeat_the_body(doc: &Document, out: &mut [Quote]) {
    let headline = match doc.paragraphs.first() {
        Some(&p)
            if doc.paragraphs.len() > 1
                && p.len() <= HEADLINE_MAX_BYTES
                && !p.of(doc.text).ends_with('.') =>
        {
            p
        }
        _ => return,
    };
    // The words of a quotation, as tokens (their lower-case forms are compared).
    let words = |span: Span| -> Vec<usize> {
        (doc.token_at_or_after(span.start)..doc.token_at_or_after(span.end))
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .collect()
    };
    let body = out.partition_point(|q| q.span.start < headline.end);
    for h in 0..body {
        let wanted = words(out[h].span);
        if out[h].speaker.is_some() || wanted.len() < 2 {
            continue;
        }
        let repeats = |q: &Quote| {
            words(q.span).windows(wanted.len()).any(|w| {
                w.iter()
                    .zip(&wanted)
                    .all(|(&x, &y)| doc.lower(x) == doc.lower(y))
            })
        };
        if let Some(q) = out[body..]
            .iter()
            .find(|q| q.speaker.is_some() && repeats(q))
        {
            out[h].speaker = q.speaker;
        }
    }
}

/// Does `text` end with one of the ASCII marks `marks`?
fn ends_in(text: &str, marks: &[u8]) -> bool {
    text.as_bytes().last().is_some_and(|b| marks.contains(b))
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A few words that do not make a sentence of their own ("productive", "one China"); a
/// short sentence ("I smacked them around.") is speech.
fn is_short(doc: &Document, q: &QuoteMarks) -> bool {
    let text = q.content.of(doc.text);
    // (A question or an exclamation is said, however short: `“Blacklisted?”`.)
    word_count(text) <= SHORT_QUOTE_WORDS
        && !ends_in(text, b"!?")
        && !(word_count(text) >= 2 && ends_in(text, b"."))
}

/// A quotation in title case with no closing punctuation is the title of a work or a name:
/// `Microsoft says on “The Internet Explorer 6 Countdown”`.
fn is_title_of_work(doc: &Document, q: &QuoteMarks) -> bool {
    let text = q.content.of(doc.text);
    is_title_cased(text) && !ends_in(text, b".,!?")
}

/// Are the two to eight words of `text` written as a title is, every word longer than
/// three letters capitalised (or a number)?
fn is_title_cased(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let has_long = text.split_whitespace().any(|w| char_count(w) > 3);
    (2..=8).contains(&words) && has_long && long_words_capitalised(text)
}

/// Does every word of `text` longer than three letters begin with a capital or a digit, as
/// a title's words do?
fn long_words_capitalised(text: &str) -> bool {
    text.split_whitespace()
        .all(|w| char_count(w) <= 3 || w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()))
}

/// Nouns for works that a title in quotation marks follows: `the album “Thriller”`.
const WORK_NOUNS: [&str; 22] = [
    "album",
    "albums",
    "book",
    "books",
    "documentary",
    "episode",
    "film",
    "films",
    "memoir",
    "movie",
    "movies",
    "musical",
    "novel",
    "play",
    "podcast",
    "poem",
    "series",
    "show",
    "single",
    "song",
    "songs",
    "track",
];

/// Is the quotation written as a title of one to six words, each longer than three letters
/// capitalised, with no question or exclamation (a comma or a full stop may close it
/// inside its marks, in the American way)?
fn is_titled(doc: &Document, q: &QuoteMarks) -> bool {
    let text = q.content.of(doc.text).trim_end_matches([',', '.']);
    let words = text.split_whitespace().count();
    (1..=6).contains(&words)
        && text.starts_with(char::is_uppercase)
        && !ends_in(text, b"!?")
        && long_words_capitalised(text)
}

/// Does a noun for works stand right before the quotation opening at token `open`, or
/// before a comma there: `the album “Thriller”`, `her next album, “Showgirl,”`?
fn after_work_noun(doc: &Document, open: usize) -> bool {
    let Some(before) = open.checked_sub(1) else {
        return false;
    };
    let noun = if before > 0 && doc.word(before) == "," {
        before - 1
    } else {
        before
    };
    WORK_NOUNS.contains(&doc.lower(noun).as_ref())
}

/// Is the quotation opening at token `open` a title after its outlet's possessive, its
/// sentence's full stop inside the marks: `told CNN's "State of the Union."`?
fn is_outlets_title(doc: &Document, q: &QuoteMarks, open: usize) -> bool {
    open > 0 && is_possessive_s(doc.word(open - 1)) && is_title_cased(q.content.of(doc.text))
}

/// Does the quotation opening at token `open` follow "so-called" (or "so called"), or
/// "known … as"? Then it names a term or a nickname, whoever says the sentence.
fn is_so_called(doc: &Document, open: usize) -> bool {
    let so_called = open >= 2
        && doc.lower(open - 1) == "called"
        && (doc.lower(open - 2) == "so" || (open >= 3 && doc.lower(open - 3) == "so"));
    let known_as = open >= 2
        && doc.lower(open - 1) == "as"
        && (open.saturating_sub(NICKNAME_REACH)..open - 1).any(|k| doc.lower(k) == "known");
    so_called || known_as
}

fn is_pronoun(lower: &str) -> Option<Gender> {
    // A contraction keeps its subject: "he’d", "she'll" ("he’s" splits like a possessive).
    let lower = ["’d", "'d", "’ll", "'ll"]
        .iter()
        .find_map(|ending| lower.strip_suffix(ending))
        .unwrap_or(lower);
    match lower {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        "it" | "they" => Some(Gender::Unknown),
        _ => None,
    }
}

/// Does `word` look like a finite or participle verb form that ends a subject ("called",
/// "says", "would", "wants")? A cheap test for the end of a noun phrase: past forms, the
/// modal and copular verbs, and a cue's own forms.
fn is_verb_form(word: &str) -> bool {
    const MODALS: [&str; 9] = [
        "would", "could", "should", "can", "may", "might", "must", "are", "does",
    ];
    MODALS.contains(&word)
        || (word.len() > 4 && word.ends_with("ed"))
        || lexicon::cue_lemma(word).is_some()
}

/// Does the lower-case noun `head`, after an organisation's name, speak for it: what it
/// writes or says ("the Home Office letter", `source_nouns.txt`), its spokesperson, or the
/// organisation itself ("the Vexo group")? Not any member ("a Home Office official").
fn speaks_for_its_organisation(head: &str) -> bool {
    lexicon::is_source_noun(head)
        || head.starts_with("spokes")
        || lexicon::is_org_noun(head)
        || mentions::ORG_KIND_NOUNS.contains(&head)
}

/// Can the lower-case noun `head` name someone who speaks or writes for another, after a
/// possessive determiner ("his office", "her campaign", "their lawyers"): a role or title,
/// what a source writes or says, an organisation's noun, or the people around a person.
fn speaking_noun(head: &str) -> bool {
    const ENTOURAGE: [&str; 35] = [
        "aide",
        "adviser",
        "advisor",
        "staff",
        "staffer",
        "protester",
        "demonstrator",
        "voter",
        "fan",
        "official",
        "backer",
        "donor",
        "delegate",
        "loyalist",
        "volunteer",
        "employee",
        "source",
        "person",
        "campaign",
        "office",
        "team",
        "spokesperson",
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "family",
        "friend",
        "lawyer",
        "attorney",
        "supporter",
        "ally",
        "critic",
    ];
    let singular = match head.strip_suffix("ies") {
        Some(stem) => Cow::Owned(format!("{stem}y")),
        None => Cow::Borrowed(head.strip_suffix('s').unwrap_or(head)),
    };
    [head, singular.as_ref()]
        .iter()
        .any(|&w| ENTOURAGE.contains(&w) || lexicon::is_title(w) || speaks_for_its_organisation(w))
}

/// Does the lower-case `word` look like an adverb in -ly ("previously")? Not the nouns of
/// people (or papers) in -ly that stand where a subject does: "the family said", "an ally
/// said", "the US daily said".
fn is_ly_adverb(word: &str) -> bool {
    const NOUNS: [&str; 6] = ["family", "ally", "assembly", "rally", "daily", "weekly"];
    word.ends_with("ly") && word.len() > 4 && !NOUNS.contains(&word)
}

/// Is `word` a past form or a modal ("typed", "would"): [`is_verb_form`] without the cues'
/// forms, many of which are also nouns of sources ("report", "statement", "email").
fn is_past_or_modal(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || is_clause_verb(word) || word == "are"
}

/// Is `word` a verb that, right after a name, makes the name the subject of its own clause
/// ("said Trump is", "said Clinton has"), where an inverted speaker ("said Trump, who")
/// would stand before a comma or a stop?
fn is_clause_verb(word: &str) -> bool {
    const VERBS: [&str; 16] = [
        "is", "was", "has", "had", "will", "were", "did", "does", "would", "could", "should",
        "can", "may", "might", "must", "wants",
    ];
    VERBS.contains(&word)
}

fn is_terminator(word: &str) -> bool {
    matches!(word, "." | "!" | "?" | ";")
}

impl<'a, 't> Context<'a, 't> {
    fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    /// Can the noun phrase `a..b` (an article and its words) speak or write, judged by its
    /// words (one of them the head): a name, a word of [`speaking_noun`], a title, a
    /// quantifier for people, a place's or a country's authorities ("the city"), a noun of
    /// people by its ending ("organizers", "the businessman", "the 46-year-old").
    fn head_could_speak(&self, a: usize, b: usize) -> bool {
        /// Endings of nouns for people or groups of them.
        const PEOPLE_ENDINGS: [&str; 13] = [
            "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "people", "old",
            "olds",
        ];
        /// Nouns for groups of people.
        const GROUPS: [&str; 6] = ["crowd", "public", "audience", "panel", "board", "group"];
        // (Any word of the phrase may be its head: where a verb ends it is a guess.)
        (a..b).any(|h| {
            let l = self.lower(h);
            let l = l.as_ref();
            self.mention_at.at(h).is_some_and(|m| {
                let e = self.resolved.mentions[m].entity;
                matches!(
                    self.resolved.entities[e].kind,
                    EntityType::Person | EntityType::Org | EntityType::Norp
                )
            }) || speaking_noun(l)
                || QUANTIFIER_PRONOUNS.contains(&l)
                || LOCAL_PLACE_NOUNS.contains(&l)
                || NATIONAL_NOUNS.contains(&l)
                || GROUPS.contains(&l)
                || PEOPLE_ENDINGS
                    .iter()
                    .any(|e| l.len() > e.len() + 2 && l.ends_with(e))
                || l == "people"
        })
    }

    /// Where the description of people named only by their party or nationality starts,
    /// when such a name ends at token `k` as a noun: "one senior Democrat", "two
    /// Republicans", "Democrats" (a plural alone). None for an adjective before a noun
    /// ("the Democratic nominee") or a singular alone.
    fn norp_subject_ending_at(&self, k: usize) -> Option<usize> {
        let m = self.mention_at.at(k)?;
        let mention = &self.resolved.mentions[m];
        if mention.tokens.1 != k + 1
            || self.resolved.entities[mention.entity].kind != EntityType::Norp
        {
            return None;
        }
        let doc = self.doc;
        let mut j = mention.tokens.0;
        while j > 0 && mention.tokens.0 - j < 4 {
            let p = j - 1;
            let l = self.lower(p);
            if doc.tokens[p].kind == TokenKind::Number {
                return Some(p);
            }
            // "a Texas Democrat", "two Senate Republicans": a place or a body before the
            // group qualifies it.
            if let Some(place) = self.mention_at.at(p).map(|q| &self.resolved.mentions[q]) {
                let kind = self.resolved.entities[place.entity].kind;
                let qualifies = matches!(kind, EntityType::Gpe | EntityType::Loc | EntityType::Org);
                if qualifies && place.tokens.1 == j && j == mention.tokens.0 {
                    j = place.tokens.0;
                    continue;
                }
            }
            if doc.tokens[p].kind != TokenKind::Word
                || self.mention_at.at(p).is_some()
                || self.quoted[p]
                || self.cue_lemma(p).is_some()
            {
                break;
            }
            if DETERMINERS.contains(&l.as_ref())
                || QUANTIFIER_PRONOUNS.contains(&l.as_ref())
                || matches!(l.as_ref(), "one" | "two" | "three" | "several")
            {
                return Some(p);
            }
            // "a spokesman for committee Democrats": the complement of an unnamed noun.
            if matches!(l.as_ref(), "to" | "for" | "with" | "from") {
                return self
                    .description_before_complement(j)
                    .filter(|&start| self.head_could_speak(start, p));
            }
            if !self.word(p).starts_with(char::is_lowercase)
                || NOT_IN_SUBJECT.contains(&l.as_ref())
                || SKIPPABLE.contains(&l.as_ref())
                || is_verb_form(&l)
            {
                break;
            }
            j = p;
        }
        // A plural alone: "Republicans said".
        let last = self.word(k);
        (j == mention.tokens.0 && last.len() > 3 && last.ends_with('s')).then_some(j)
    }

    /// Is token `j` the mark of a possessive: "’s", or the apostrophe alone after a word in
    /// -s ("Sanders’ campaign", "the officials' statement") before the possessed noun?
    fn possessive_mark(&self, j: usize) -> bool {
        let tokens = &self.doc.tokens;
        match self.word(j) {
            w if is_possessive_s(w) => true,
            "’" | "'" => {
                j > 0
                    && j + 1 < tokens.len()
                    && !self.quoted[j]
                    && !tokens[j].space_before
                    && tokens[j + 1].space_before
                    && tokens[j + 1].kind == TokenKind::Word
                    && self.word(j - 1).ends_with(['s', 'S'])
                    && tokens[j - 1].kind == TokenKind::Word
            }
            _ => false,
        }
    }

    /// Is the word at token `j` the second part of a hyphenated word ("well-connected",
    /// "Trump-appointed"), so no verb of its own?
    fn part_of_compound(&self, j: usize) -> bool {
        j > 0 && self.doc.tokens[j - 1].kind == TokenKind::Punct && self.inside_word(j - 1)
    }

    /// Is token `j` inside one hyphenated word of a description: the hyphen or slash of
    /// "voice-over", "conservative-leaning", or the number of "46-year-old" (no space on
    /// either side of the mark)?
    fn inside_word(&self, j: usize) -> bool {
        let tokens = &self.doc.tokens;
        let mark = |h: usize| {
            h + 1 < tokens.len()
                && matches!(self.word(h), "-" | "/")
                && !tokens[h].space_before
                && !tokens[h + 1].space_before
        };
        match tokens[j].kind {
            TokenKind::Number => mark(j + 1),
            TokenKind::Punct => mark(j),
            TokenKind::Word => false,
        }
    }

    fn lower(&self, i: usize) -> Cow<'a, str> {
        self.doc.lower(i)
    }

    fn cue_lemma(&self, i: usize) -> Option<&'static str> {
        if self.quoted[i] || self.doc.tokens[i].kind != TokenKind::Word {
            return None;
        }
        // Part of a name ("The Huffington Post") is no verb.
        if self.mention_at.at(i).is_some() {
            return None;
        }
        let lemma = match self.lower(i).as_ref() {
            // "in the words of X"
            "words" => return self.is_in_the_words_of(i).then_some("in the words of"),
            // "according to X"
            "according" => {
                return (i + 1 < self.doc.tokens.len() && self.word(i + 1) == "to")
                    .then_some("according to")
            }
            // "as X put it, “…”", "X put it this way: “…”"
            "put" => {
                return (i + 1 < self.doc.tokens.len() && self.lower(i + 1) == "it")
                    .then_some("put it")
            }
            word => lexicon::cue_lemma(word)?,
        };
        // After a determiner the word is a noun: "a signal", "the call"; so is a bare
        // "state" after a place: "in Minas Gerais state", "New York state".
        // After "of" too: "the secretary of state", "a sense of call".
        // ("made the following comment:": so is one after "the following".)
        let determiner = |j: usize| DETERMINERS.contains(&self.lower(j).as_ref());
        let after_determiner = i > 0
            && (determiner(i - 1)
                || self.lower(i - 1) == "of"
                || (i > 1 && self.lower(i - 1) == "following" && determiner(i - 2)));
        let state_of_place = self.word(i) == "state"
            && i > 0
            && self.mention_at.at(i - 1).is_some_and(|m| {
                let entity = self.resolved.mentions[m].entity;
                matches!(
                    self.resolved.entities[entity].kind,
                    EntityType::Gpe | EntityType::Loc
                )
            });
        (!after_determiner && !state_of_place).then_some(lemma)
    }

    /// Is token `j` an "’s" after a pronoun, which is "is" or "has" and no possessive ("He’s
    /// claiming")?
    fn is_contracted_verb(&self, j: usize) -> bool {
        j > 0 && is_possessive_s(self.word(j)) && is_pronoun(&self.lower(j - 1)).is_some()
    }

    /// The first token of the naming that covers token `k` (`k` itself outside a mention).
    fn naming_start(&self, k: usize) -> usize {
        self.mention_at
            .at(k)
            .map_or(k, |m| self.resolved.mentions[m].tokens.0)
    }

    /// Is token `i` the "words" of "in the words of"?
    fn is_in_the_words_of(&self, i: usize) -> bool {
        i >= 2
            && i + 1 < self.doc.tokens.len()
            && self.lower(i) == "words"
            && self.word(i + 1) == "of"
            && self.lower(i - 1) == "the"
            && self.lower(i - 2) == "in"
    }

    /// The span of the cue phrase around the cue word at `i`: "responded by saying",
    /// "according to".
    fn cue_span(&self, i: usize) -> (usize, usize) {
        let mut first = i;
        let mut last = i;
        if matches!(self.lower(i).as_ref(), "according" | "put") {
            last = i + 1;
        }
        if self.is_in_the_words_of(i) {
            first = i - 2;
            last = i + 1;
        }
        // "responded by saying": a cue, "by", a cue.
        if first >= 2 && self.word(first - 1) == "by" && self.cue_lemma(first - 2).is_some() {
            first -= 2;
        }
        if last + 2 < self.doc.tokens.len()
            && self.word(last + 1) == "by"
            && self.cue_lemma(last + 2).is_some()
        {
            last += 2;
        }
        (first, last + 1)
    }

    /// Do the words at `span` name their entity by a mention (not a pronoun or a noun)?
    fn by_mention(&self, span: Span) -> bool {
        let k = self.doc.token_at_or_after(span.start);
        self.mention_at.at(k).is_some() || self.surname_at.at(k).is_some()
    }

    fn span_of(&self, tokens: (usize, usize)) -> Span {
        self.doc.span_of(tokens)
    }

    /// A quotation that opens its paragraph with a person's name and a colon quotes a
    /// transcript's turn: `"PENCE: Well, look, …` is Pence's (a title in mid-sentence is not:
    /// `curator of “Andy Warhol: Photographs”`).
    fn turn_label(&self, q: &QuoteMarks) -> Option<Attribution> {
        let doc = self.doc;
        let first = doc.token_at_or_after(q.content.start);
        if !(doc.opens_paragraph(first) || (first > 0 && doc.opens_paragraph(first - 1))) {
            return None;
        }
        let mention = &self.resolved.mentions[self.mention_at.at(first)?];
        let (a, b) = mention.tokens;
        let person = self.resolved.entities[mention.entity].kind == EntityType::Person;
        (a == first && b - a <= 3 && person && b < self.doc.tokens.len() && self.word(b) == ":")
            .then(|| Attribution {
                speaker: Some(mention.entity),
                named_by: Some(mention.span),
                cue: Span::new(0, 0),
            })
    }

    /// [`Context::surname_at`]: capitalised words outside mentions and quotations that are
    /// the last word of exactly one person named earlier by a full name.
    fn family_names_alone(&self) -> TokenMap {
        let doc = self.doc;
        let mut out = TokenMap::new(doc.tokens.len());
        // Family name → (entity, token of its first full mention), in text order; a map, so
        // that the work stays linear however many people an article names.
        let mut family: rustc_hash::FxHashMap<&str, Vec<(usize, usize)>> = Default::default();
        for mention in &self.resolved.mentions {
            let e = mention.entity;
            if self.resolved.entities[e].kind != EntityType::Person
                || mention.tokens.1 < mention.tokens.0 + 2
            {
                continue;
            }
            let people = family.entry(self.word(mention.tokens.1 - 1)).or_default();
            if !people.iter().any(|&(other, _)| other == e) {
                people.push((e, mention.tokens.0));
            }
        }
        for (k, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word
                || self.mention_at.at(k).is_some()
                || self.quoted[k]
                || !self.word(k).starts_with(char::is_uppercase)
            {
                continue;
            }
            let Some(people) = family.get(self.word(k)) else {
                continue;
            };
            let mut earlier = people.iter().filter(|&&(_, first)| first < k);
            if let (Some(&(e, _)), None) = (earlier.next(), earlier.next()) {
                out.set(k..k + 1, e);
            }
        }
        out
    }

    /// The genders of [`Resolved::genders`], with a person whose name gives none read from
    /// the pronouns that follow its mentions: the first he/him/his or she/her in the same
    /// sentence, a few words on, before any other person is named ("Sanders said he would",
    /// "Kasich … his campaign"), and a he/she opening the next sentence of its paragraph
    /// after a sentence it opens. A person takes a gender when the pronouns of one gender
    /// outnumber the other's at least two to one.
    fn genders_from_pronouns(&self) -> Vec<Gender> {
        /// How many tokens after a mention its pronoun may stand.
        const PRONOUN_REACH: usize = 10;
        let doc = self.doc;
        let mut votes = vec![(0usize, 0usize); self.resolved.entities.len()];
        for mention in &self.resolved.mentions {
            let e = mention.entity;
            if self.resolved.entities[e].kind != EntityType::Person
                || self.resolved.genders[e] != Gender::Unknown
            {
                continue;
            }
            // "Obi apologized to Ana Vale for his remarks": a name after a preposition is an
            // object, and a pronoun after it is more likely a person's named before it.
            let start = mention.tokens.0;
            if start > 0 && pronouns::PREPOSITIONS.contains(&self.lower(start - 1).as_ref()) {
                let (first, _) = doc.sentences[doc.tokens[start].sentence];
                if (first..start).any(|k| {
                    self.mention_at.at(k).is_some_and(|m| {
                        let o = self.resolved.mentions[m].entity;
                        o != e && self.resolved.entities[o].kind == EntityType::Person
                    })
                }) {
                    continue;
                }
            }
            let end = mention.tokens.1;
            let Some(sentence) = doc.tokens.get(end).map(|t| t.sentence) else {
                continue;
            };
            let pronoun = (end..(end + PRONOUN_REACH).min(doc.tokens.len()))
                .take_while(|&k| doc.tokens[k].sentence == sentence && !self.quoted[k])
                // (Up to another person: a place or an organisation between owns no "his":
                // "Osei told Congress his plan", "Sen. Ada Vale (D-Calif.) defended her bill".)
                .take_while(|&k| {
                    self.mention_at.at(k).is_none_or(|m| {
                        let o = self.resolved.mentions[m].entity;
                        o == e || self.resolved.entities[o].kind != EntityType::Person
                    })
                })
                .find_map(|k| match self.lower(k).as_ref() {
                    "he" | "him" | "his" | "himself" => Some(Gender::Male),
                    "she" | "her" | "hers" | "herself" => Some(Gender::Female),
                    _ => None,
                });
            // A full name says whom it means; a family name alone may mean a relative
            // ("Rakeyia Scott … her husband" and later "Scott … his gun"): it weighs less.
            let weight = if mention.tokens.1 - mention.tokens.0 > 1 {
                3
            } else {
                1
            };
            match pronoun {
                Some(Gender::Male) => votes[e].0 += weight,
                Some(Gender::Female) => votes[e].1 += weight,
                _ => {}
            }
        }
        // A sentence that opens with "he" or "she" goes on about the person who opens the
        // one before in its paragraph ("Okafor spoke first. She said …"): a vote too.
        for pair in doc.sentences.windows(2) {
            let ((previous, _), (start, end)) = (pair[0], pair[1]);
            let Some(first) =
                (start..end).find(|&k| !self.quoted[k] && doc.tokens[k].kind != TokenKind::Punct)
            else {
                continue;
            };
            let male = match self.lower(first).as_ref() {
                "he" => true,
                "she" => false,
                _ => continue,
            };
            let same_paragraph =
                doc.tokens.get(previous).map(|t| t.paragraph) == Some(doc.tokens[first].paragraph);
            if !same_paragraph || self.quoted[previous] {
                continue;
            }
            let Some((e, _)) = self.opening_names(previous) else {
                continue;
            };
            if self.resolved.entities[e].kind == EntityType::Person
                && self.resolved.genders[e] == Gender::Unknown
            {
                if male {
                    votes[e].0 += 1;
                } else {
                    votes[e].1 += 1;
                }
            }
        }
        self.resolved
            .genders
            .iter()
            .zip(votes)
            .map(|(&g, (male, female))| match g {
                Gender::Unknown if male > 0 && male >= 2 * female => Gender::Male,
                Gender::Unknown if female > 0 && female >= 2 * male => Gender::Female,
                g => g,
            })
            .collect()
    }

    /// Does the quotation `q`, opening at token `open_tok`, continue `prev` (opening at
    /// `prev_open`) over a photo caption? `Gregoire said, “… choose them.` ¶ `The shuttle on
    /// its launchpad. Image: NASA.` ¶ `“However, …”`: a quotation left open at the end of its
    /// paragraph goes on in the next one that opens with a mark, and a caption placed
    /// between them is no part of the text.
    fn continues_across_caption(
        &self,
        prev: &QuoteMarks,
        q: &QuoteMarks,
        prev_open: usize,
        open_tok: usize,
    ) -> bool {
        let doc = self.doc;
        let (Some(p), Some(prev_p)) = (
            doc.tokens.get(open_tok).map(|t| t.paragraph),
            doc.tokens.get(prev_open).map(|t| t.paragraph),
        ) else {
            return false;
        };
        let ran_on = prev.double && prev.open.is_some() && prev.close.is_none();
        let opens_paragraph = q.double && q.open.is_some() && doc.opens_paragraph(open_tok);
        if !ran_on || !opens_paragraph || prev_p + 2 != p {
            return false;
        }
        // The caption ends with its credit: "Image: NASA.", "Photo: Reuters".
        let caption = doc.paragraphs[p - 1];
        let (first, end) = (
            doc.token_at_or_after(caption.start),
            doc.token_at_or_after(caption.end),
        );
        (first.max(end.saturating_sub(CREDIT_TOKENS))..end.saturating_sub(1))
            .any(|k| CAPTION_WORDS.contains(&self.lower(k).as_ref()) && self.word(k + 1) == ":")
    }

    /// Does the quotation fill its whole paragraph?
    fn is_whole_paragraph(&self, q: &QuoteMarks, a: usize, b: usize) -> bool {
        let doc = self.doc;
        let Some(first) = doc.tokens.get(a) else {
            return false;
        };
        let p = first.paragraph;
        let ends = b >= doc.tokens.len() || doc.tokens[b].paragraph != p;
        doc.opens_paragraph(a) && ends && q.open.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{entities, mentions, quotes};

    /// (quote text, speaker name, cue text, speaker words)
    type Attributed = (String, Option<String>, Option<String>, Option<String>);

    fn attributed(text: &str) -> Vec<Attributed> {
        let doc = Document::parse(text);
        let resolved = entities::merge(&doc, mentions::find(&doc));
        let qs = quotes::find(&doc);
        attribute(&doc, &resolved, &qs)
            .into_iter()
            .map(|q| {
                (
                    q.span.of(text).to_string(),
                    q.speaker.map(|s| resolved.entities[s].name.clone()),
                    q.cue.map(|c| c.of(text).to_string()),
                    q.speaker_mention.map(|c| c.of(text).to_string()),
                )
            })
            .collect()
    }

    fn speakers(text: &str) -> Vec<Option<String>> {
        attributed(text).into_iter().map(|q| q.1).collect()
    }

    /// [`speakers`] without the learned rankers.
    fn speakers_by_rules(text: &str) -> Vec<Option<String>> {
        let doc = Document::parse(text);
        let resolved = entities::merge(&doc, mentions::find(&doc));
        let qs = quotes::find(&doc);
        let (quotes, _) = attribute_with(&doc, &resolved, &qs, Rankers::default(), false);
        quotes
            .into_iter()
            .map(|q| q.speaker.map(|s| resolved.entities[s].name.clone()))
            .collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn a_cue_in_a_clause_of_time_after_the_quotation_is_not_its_verb() {
        let text = "Dana Vale spoke to supporters. Vale had previously said, “We’ll see,” when \
                    asked about a fundraiser.";
        assert_eq!(speakers_by_rules(text), [some("Dana Vale")]);
    }

    #[test]
    fn an_aside_between_dashes_stands_between_the_subject_and_its_verb() {
        let text = "Ada Vale — who ran for the seat in 2012 — said the plan was “a disaster.” \
                    A former aide — who asked not to be named — said it was “doomed.”";
        let quotes = attributed(text);
        assert_eq!(quotes[0].1, some("Ada Vale"));
        assert_eq!(quotes[1].1, None);
        assert_eq!(quotes[1].3, some("A former aide"));
        // (A dash that closes no aside gives no subject.)
        let text = "Ada Vale spoke. The vote was close — said to be “a fluke.”";
        assert_eq!(speakers_by_rules(text), [None]);
    }

    #[test]
    fn no_description_ends_in_a_participle_after_an_article_or_a_preposition() {
        // ("a neighboring state": "state" read as a verb left "a neighboring" as its
        // subject.)
        let text = "Ada Vale is capitalizing on the fact that she represents a neighboring \
                    state, Delmont, though her campaign has been fueled by the enthusiasm of \
                    young voters for the promise of a \"political revolution.\"";
        assert_eq!(attributed(text)[0].3, None);
    }

    #[test]
    fn a_preposition_of_time_after_an_inverted_name_heads_no_description() {
        let text = "“We won,” said Ada Vale during the debate. “We will win again,” said \
                    former tech executive Tom Reyes after the vote.";
        assert_eq!(
            speakers_by_rules(text),
            [some("Ada Vale"), some("Tom Reyes")]
        );
    }

    #[test]
    fn a_person_speaks_through_what_she_is_said_to_have_claimed() {
        let text = "Critics dismissed Ada Vale’s accusation that the mayor was playing the \
                    “race card” in the campaign.";
        assert_eq!(speakers_by_rules(text), [some("Ada Vale")]);
        // (Also with words before the noun, which is then read as a verb of saying.)
        let text = "Tom Reyes filed a complaint. But Reyes’s most explosive claim is that the \
                    panel is a “witch hunt.”";
        assert_eq!(speakers_by_rules(text), [some("Tom Reyes")]);
        // Inside a possessor's "claim that" clause, whoever reports the claim: the nearest
        // reporting source is the possessor.
        let text = "The critics dismissed Ada Vale’s claim that the mayor was playing the \
                    “race card” in the campaign.";
        assert_eq!(speakers_by_rules(text), [some("Ada Vale")]);
        // Not a quotation said of the claim after a long clause, nor one after a verb
        // between the possessor and the noun.
        let text = "Tom Reyes said Ada Vale’s claim that the mayor is in favor of raising the \
                    tax on homes is “simply not true.”";
        assert_eq!(speakers_by_rules(text), [some("Tom Reyes")]);
        let text = "Ada Vale’s spokeswoman challenged the assertion that Vale had ever \
                    “attacked” the mayor.";
        assert_ne!(speakers_by_rules(text), [some("Ada Vale")]);
    }

    #[test]
    fn an_inverted_cue_before_the_speaker_and_a_colon() {
        let text = "Tom Briggs spoke on Monday. Continued Briggs: “So it is a real problem.”";
        assert_eq!(speakers_by_rules(text), [some("Tom Briggs")]);
    }

    #[test]
    fn a_transcripts_turns_are_their_labels_people() {
        let text = "Host Tom Briggs spoke with Senator Ana Ruiz. The transcript:\n\n\
                    \"BRIGGS: Will the bill pass?\n\n\
                    \"RUIZ: Well, the votes are there. Critics call it a “done deal.” But no.\n\n\
                    \"But nobody wants a shutdown.";
        assert_eq!(
            speakers(text),
            [
                some("Tom Briggs"),
                some("Ana Ruiz"),
                some("Ana Ruiz"),
                some("Ana Ruiz")
            ]
        );
    }

    #[test]
    fn titles_brackets_and_affiliations_around_a_name_after_the_quotation() {
        let text = "“Subpoenas are not optional,” panel Chairman Rep. Ada Crane (R-Utah) said.\n\n\
                    “They would just go get it,” Rep. Tom Ward (R-Ohio), a panel member, said.\n\n\
                    “He showed an ability to make deals,” his partner at Lenox, Joe Cobb, said.\n\n\
                    “It does not hold,” said 9/11 widow Rita Strand.\n\n\
                    “Hate this framing,” Vann R. Newkom II, a writer for The Beacon, said.\n\n\
                    “We are afraid.” ― Julie A. Diaz Marlow";
        assert_eq!(
            speakers(text),
            [
                some("Ada Crane"),
                some("Tom Ward"),
                some("Joe Cobb"),
                some("Rita Strand"),
                some("Vann R. Newkom II"),
                some("Julie A. Diaz Marlow")
            ]
        );
    }

    #[test]
    fn a_person_before_a_role_at_an_organisation_speaks_for_it() {
        let text =
            "Jeff Barlow, chairman of the Harbor Alliance (a lobby), tweeted: “They lost.”\n\n\
                    “It is a show,” said Aaron Kell, the director of debate at the University of \
                    Michigan.";
        assert_eq!(speakers(text), [some("Jeff Barlow"), some("Aaron Kell")]);
    }

    #[test]
    fn a_subject_in_apposition_frames_a_partial_quotation() {
        let text = "Mina Moore, an adviser to the campaign, called Mr. Obama's remarks on \
                    Saturday \"a true wake-up call\" to his supporters.\n\n\
                    Another critic, Lars H. Tribe, likened the rules to \"burning the \
                    Constitution\" in a brief.\n\n\
                    Aaron Kell, the director of debate at the university, compared him to a \
                    coach who is \"working the referees\" at a game.";
        assert_eq!(
            speakers(text),
            [
                some("Mina Moore"),
                some("Lars H. Tribe"),
                some("Aaron Kell")
            ]
        );
    }

    #[test]
    fn a_titled_subject_with_a_bracket_or_a_date_frames_a_partial_quotation() {
        let text = "Gov. Pat Crane (R) blamed the court for \"four liberal justices\" today.\n\n\
                    Ana Ruiz on Friday described her plan as a \"big tent\" for all.";
        assert_eq!(speakers(text), [some("Pat Crane"), some("Ana Ruiz")]);
    }

    #[test]
    fn a_things_verb_inside_reported_speech_is_the_reporters() {
        let text = "Ana Ruiz spoke on Monday. She says it underscores that Tomas Vale is \
                    “unfit to be commander-in-chief.”";
        assert_eq!(speakers(text), [some("Ana Ruiz")]);
    }

    #[test]
    fn a_full_names_pronoun_outweighs_a_shared_family_names() {
        let text = "Tom Lamont Vale, 43, was shot on Tuesday. Rita Vale can be heard telling \
                    officers that her husband was unarmed.\n\n\
                    \"Don't shoot him,\" she says.\n\n\
                    Police said Vale had a gun in his hand. Vale held his book, his family \
                    said. Vale was in his truck.";
        assert_eq!(speakers(text)[0], some("Rita Vale"));
    }

    #[test]
    fn a_question_about_her_goes_on_about_the_person_before() {
        let text = "“He wanted to be rich,” Kristen Wilkins said.\n\n\
                    Kiara Perkins, an art major, admitted she was willing to skip class. Why \
                    did she so badly want to attend? “It's Warhol. He is a legend.”";
        assert_eq!(speakers(text)[1], some("Kiara Perkins"));
    }

    #[test]
    fn a_cue_word_after_a_peoples_adjective_is_a_noun() {
        let text = "Analysts cited FactLine often. FactLine rated 32% of Republican claims as \
                    “false” last year.";
        assert_eq!(speakers(text), [some("FactLine")]);
    }

    #[test]
    fn quote_first_with_name_then_verb() {
        let a = attributed("Karl Moen met Ilse Marrow. “This is a good day,” Moen told Marrow.");
        assert_eq!(a[0].1, some("Karl Moen"));
        assert_eq!(a[0].2, some("told"));
        assert_eq!(a[0].3, some("Moen"));
    }

    #[test]
    fn inverted_cue_with_appositive() {
        let text = "“It is a start,” said Tomas Vale, a professor at the University of Westhaven.";
        assert_eq!(speakers(text), [some("Tomas Vale")]);
    }

    #[test]
    fn name_then_verb_then_quote() {
        let text = "Dana Okafor met them. Okafor said “Washington will not pay for everything”, according to a summary.";
        assert_eq!(speakers(text), [some("Dana Okafor")]);
    }

    #[test]
    fn pronoun_takes_the_last_speaker_when_it_starts_the_sentence() {
        let text = "Mary Okafor spoke first. “We will win,” she said. Then John Reyes arrived.\nShe also urged them to “stay calm and keep going”.";
        assert_eq!(speakers(text), [some("Mary Okafor"), some("Mary Okafor")]);
    }

    #[test]
    fn a_pronoun_keeps_its_contraction() {
        // "’s" after a pronoun is "is" or "has", no possessive that makes the verb a noun.
        let text = "Tomas Vale spoke in Leeds on Monday.\n\nHe’s claiming that fraud is \
                    “a big, big problem” in the city. He’d said it was “rare” in May.";
        assert_eq!(speakers(text), [some("Tomas Vale"), some("Tomas Vale")]);
    }
    #[test]
    fn pronoun_inside_a_sentence_takes_a_name_before_it() {
        let text = "Anna Berg spoke. It was unclear from Tom Hale’s remarks what he meant, although he told her the plan “will work out in the end”.";
        assert_eq!(speakers(text), [some("Tom Hale")]);
    }

    #[test]
    fn a_pronoun_in_a_relative_clause_is_not_its_head() {
        let text = "Mark Dunne spoke in Leeds on Monday. He also went after Paul Rhodes, whom he \
                    called “a coward” twice.";
        assert_eq!(speakers(text), [some("Mark Dunne")]);
    }

    #[test]
    fn organisation_as_speaker_of_a_one_word_quote() {
        let text = "They held talks, which the Commerce Department called “useful”.";
        assert_eq!(speakers(text), [some("Commerce Department")]);
    }

    #[test]
    fn scare_quotes_have_no_speaker() {
        let text = "The commission has long held to a policy of “cautious optimism” on quotas.";
        assert_eq!(speakers(text), [None]);
        let text = "Grant Heller said it, though aides later said his remarks did not mark a break with the long-standing “open seas” policy.";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn continuation_paragraph_keeps_the_speaker() {
        let text = "“It is a start,” said Tomas Vale, a professor.\n“The fleet owners showed that they still want to work with us.”";
        assert_eq!(speakers(text), [some("Tomas Vale"), some("Tomas Vale")]);
    }

    #[test]
    fn multi_paragraph_quotation_keeps_the_speaker() {
        let text =
            "Ana Ruiz said: “We came here to win.\n“And we will win again next year,” she added.";
        assert_eq!(speakers(text), [some("Ana Ruiz"), some("Ana Ruiz")]);
    }

    #[test]
    fn responded_by_saying_is_one_cue() {
        let text = "Marrow responded by saying the fleets “have a duty” to act.";
        let a = attributed(text);
        assert_eq!(a[0].2, some("responded by saying"));
    }

    #[test]
    fn according_to_names_the_source() {
        let text = "According to Afghan Ambassador Hamdullah Mohib, “this shows real progress for all of us.”";
        assert_eq!(speakers(text), [some("Hamdullah Mohib")]);
    }

    #[test]
    fn according_to_a_description_names_it_not_the_name_that_qualifies_it() {
        // The source opens the clause that quotes: the memo, not the paper that obtained it.
        let cases = [
            "According to a memo obtained by the Ledger, the city “cannot meet payroll.”",
            "The city “cannot meet payroll,” according to a memo obtained by the Ledger.",
        ];
        for text in cases {
            assert_eq!(described(text), [(None, some("a memo"))], "{text}");
        }
        let text = "According to the report, the bridge was “severely damaged.”";
        assert_eq!(described(text), [(None, some("the report"))]);
        // A verb of saying in the clause has its own subject.
        let text = "According to the paper, Dana Vale said the plan was “a disaster.”";
        assert_eq!(speakers(text), [some("Dana Vale")]);
    }

    #[test]
    fn affiliation_does_not_speak_for_the_person() {
        let text = "Matthew Ingram of The Globe and Mail dubbed the conflict: “Scientology versus the Internet, part two”.";
        assert_eq!(speakers(text), [some("Matthew Ingram")]);
    }

    #[test]
    fn paragraph_without_opener_continues_the_quotation() {
        let text = "Hernan Gomez, the coach, said, “We learned a lot today.\nIt was a very emotional day for all of us.”";
        assert_eq!(speakers(text), [some("Hernan Gomez"), some("Hernan Gomez")]);
    }

    #[test]
    fn speaker_named_in_the_next_sentence() {
        let text = "Senator John Cornyn issued a statement. “Like many Texans, I am disappointed by the decision.”\nCornyn's statement added, “There is no question about it.”";
        assert_eq!(speakers(text), [some("John Cornyn"), some("John Cornyn")]);
    }

    #[test]
    fn a_quotation_inside_a_sentence_of_its_own_subject_is_not_signed_by_the_next_one() {
        let s = speakers(
            "“War is a defeat,” Ada Crane said. She appealed for aid to reach the city \
             “without delay.”\n\nHer spokesman Tom Reyes said her voice was strong.",
        );
        assert_eq!(s, [some("Ada Crane"), some("Ada Crane")]);
    }

    #[test]
    fn a_things_words_are_not_signed_by_the_next_sentence() {
        // The memo's words stay the memo's; the next paragraph's cue introduces its own.
        let text = "Gov. Dana Vale spoke first. The memo warned that “without action, the gap \
                    will widen.”\nAsked about the deficit, she replied: “We will balance the \
                    books.”";
        let s = speakers(text);
        assert_ne!(s[0], some("Dana Vale"), "{s:?}");
        assert_eq!(s[1], some("Dana Vale"), "{s:?}");
    }

    #[test]
    fn introducing_sentence_names_the_speaker() {
        let text = "Heald noted the findings show pollution matters. “An air-quality cleanup would improve crop yields.”";
        assert_eq!(attributed(text)[0].1, some("Heald"));
    }

    #[test]
    fn in_the_words_of_names_the_speaker_in_apposition() {
        let text = "She cried, and in the words of the prosecutor, Mark Tedeschi, “Gloria spent months in pain.”";
        let a = attributed(text);
        assert_eq!(a[0].1, some("Mark Tedeschi"));
        assert_eq!(a[0].2, some("in the words of"));
    }

    #[test]
    fn pronoun_in_the_sentence_before_names_the_speaker() {
        let text = "Kiara Perkins, an art student, admitted she skipped class. Why did she want to attend? “It's Warhol. He is a legend.”";
        assert_eq!(speakers(text), [some("Kiara Perkins")]);
    }

    #[test]
    fn participle_cue_takes_the_clause_subject() {
        let text = "Prime Minister Keir Starmer defended the plan, saying the country “cannot afford to stand still.”";
        assert_eq!(speakers(text), [some("Keir Starmer")]);
        let text = "Rishi Sunak defended the record whilst promising that “the backlog will be \
                    cleared by December.”";
        assert_eq!(speakers(text), [some("Rishi Sunak")]);
        // A date before the clause's verb is no subject of its own: the unnamed subject
        // speaks, not the person named before the participle.
        let text = "Dana Vale was convicted in July. The prosecutors on Tuesday asked a judge \
                    to jail Vale, saying he had “sold his office” for gold.";
        assert_eq!(described(text), [(None, some("The prosecutors"))]);
    }

    #[test]
    fn second_cue_after_and_keeps_the_subject() {
        let text = "Kemi Badenoch called the proposals “a chaotic mess” and said Labour had “no idea what it is doing.”";
        assert_eq!(
            speakers(text),
            [some("Kemi Badenoch"), some("Kemi Badenoch")]
        );
    }

    #[test]
    fn a_title_before_a_relative_clause_refers_back() {
        let s = speakers(
            "Mayor Ana Berg urged both sides to talk. The mayor, who has clashed with Tom \
             Vale, said she was “confident that a deal is near.”",
        );
        assert_eq!(s, [some("Ana Berg")]);
    }

    #[test]
    fn a_place_or_company_noun_refers_back() {
        let s = speakers(
            "Tuscany heard a request from the Municipality of Livorno. The city argued, \
             “The fee makes it commercial.” Acme Corp met the mayor. The company said, “It is \
             fine.” Rome is far from Oslo. The city said, “We agree.”",
        );
        assert_eq!(
            s,
            [
                some("Municipality of Livorno"),
                some("Acme Corp"),
                some("Oslo")
            ]
        );
        let s = speakers(
            "Skyvolt, the regional air traffic agency, closed two routes. “We are watching \
             the ash,” the agency said.",
        );
        assert_eq!(s, [some("Skyvolt")]);
        // A firm is no public body named since.
        let s = speakers(
            "Acme Corp said it would appeal. “The Zelmont Commission's ruling is wrong,” the \
             company said.",
        );
        assert_eq!(s, [some("Acme Corp")]);
        // The wire of the dateline writes the story: "the bank" is no one named.
        let s = speakers(
            "OSLO (AP) — The central bank raised rates. “Prices are too high,” the bank said.",
        );
        assert_eq!(s, [None]);
    }

    #[test]
    fn a_pronoun_after_an_opening_phrase_continues_the_person_in_apposition_before() {
        // The last speaker is another woman; the sentence before names her in apposition
        // after an opener who does not fit, and the pronoun follows a phrase of means.
        let s = speakers(
            "“I came to say goodbye,” said Maria, a retired teacher. ¶ Vale's widow, Anna \
             Vale, did not attend; she lives abroad. In a post online she thanked him “for \
             26 years of happiness.”"
                .replace(" ¶ ", "\n\n")
                .as_str(),
        );
        assert_eq!(s, [some("Maria"), some("Anna Vale")]);
    }

    #[test]
    fn a_pronoun_opening_a_sentence_continues_the_person_opening_the_one_before() {
        let s = speakers(
            "“We will appeal,” Mr. Whitmore told reporters. Later, Mr. Rathbun asked for \
             donations on his blog. He described the case as “a travesty of justice.”",
        );
        assert_eq!(s, [some("Whitmore"), some("Rathbun")]);
    }

    #[test]
    fn a_title_between_the_closing_mark_and_the_cue() {
        let a = attributed("“We did our job,” Dr. Jane Smith told reporters.");
        assert_eq!(a[0].1, some("Jane Smith"));
        assert_eq!(a[0].2, some("told"));
    }

    #[test]
    fn a_new_sentence_after_the_closing_mark_is_no_quote_first_cue() {
        let a = attributed(
            "Jane Smith, an economist, said the deal “kicks the can down the road.” She \
             noted that the debt limit remains.",
        );
        assert_eq!(a[0].1, some("Jane Smith"));
        assert_eq!(a[0].2, some("said"));
    }

    #[test]
    fn the_government_is_the_country_named_most() {
        let s = speakers(
            "France hosted the talks. France wants a deal. Delegates from Spain arrived \
             late. The government said, “We will sign.”",
        );
        assert_eq!(s, [some("France")]);
        // An organisation named "… Government" is the government.
        let s = speakers(
            "The Scottish Government met envoys from Spain. The government said, “We will \
             sign.”",
        );
        assert_eq!(s, [some("Scottish Government")]);
    }

    #[test]
    fn a_partial_quotation_in_reported_speech_is_the_sources() {
        // Far from its verb, by pronoun: PolNeAR gives it the source of the reporting clause.
        let s = speakers(
            "Mike Dorn spoke on Tuesday. He said that after weeks of talks he could not in good \
             conscience “condone his remarks”.",
        );
        assert_eq!(s, [some("Mike Dorn")]);
        // By an unnamed source: no name, and the source's words as its description.
        let a = attributed(
            "A campaign aide said that after weeks of talks the senator was still \
             “very concerned”.",
        );
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].3.as_deref(), Some("A campaign aide"));
    }

    #[test]
    fn a_bracket_after_the_subject_and_a_name_with_its_own_verb() {
        let s = speakers("Sen. Ada Crane (D-Ore.) said the plan was “a disgrace to us all.”");
        assert_eq!(s, [some("Ada Crane")]);
        // `said Tom Reyes is …`: Reyes is what was said about, not who said it.
        let s = speakers(
            "Speaking later, she said Tom Reyes is “unelectable now” and must step aside.",
        );
        assert_ne!(s, [some("Tom Reyes")]);
    }

    #[test]
    fn the_subject_of_an_infinitive_or_a_by_clause_and_adverbs_after_a_name() {
        let s = speakers(
            "Tom Reyes responded to the post by calling the mayor “a disgrace to the city.”",
        );
        assert_eq!(s, [some("Tom Reyes")]);
        let s = speakers("Tom Reyes is reported to have called the deal “a total fraud.”");
        assert_eq!(s, [some("Tom Reyes")]);
        let s = speakers("Tom Reyes has since apologized for saying “we will crush them.”");
        assert_eq!(s, [some("Tom Reyes")]);
        // A name modifying an unnamed source is not the source.
        let s = speakers("“It wasn't a fair deal,” a Reyes campaign spokesman said.");
        assert_eq!(s, [None]);
    }

    #[test]
    fn a_name_modifying_a_description_gives_no_name() {
        let a = attributed("“We are on a glide path,” said a longtime Reyes campaign aide.");
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].3.as_deref(), Some("a longtime Reyes campaign aide"));
        let a = attributed("“It is a hard issue,” said the Oregon senator.");
        assert_eq!(a[0].1, None);
        let a = attributed(
            "Tom Reyes spoke on Monday. The Reyes campaign said the deal was “a total fraud \
             from day one.”",
        );
        assert_eq!(a[0].1, None);
        assert!(a[0].3.as_deref().is_some_and(|t| t.contains("campaign")));
        // A description with no determiner that opens its sentence keeps the names before
        // its head.
        let a = attributed("Vexo Bank officials said the outlook was “resilient.”");
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].3.as_deref(), Some("Vexo Bank officials"));
        // A person named after the description still speaks.
        let s = speakers("“We will win,” said Reyes adviser Ada Crane.");
        assert_eq!(s, [some("Ada Crane")]);
        // An organisation speaks through its documents.
        let s = speakers("The Home Office letter reads: “Your claim has been refused.”");
        assert_eq!(s, [some("Home Office")]);
    }

    #[test]
    fn a_show_named_after_its_outlets_possessive_is_no_quotation() {
        let a = attributed(
            "“We will not back him,” Sen. Ada Crane told CNN's “State of the Union.” She said \
             more on Monday.",
        );
        assert_eq!(a[0].1.as_deref(), Some("Ada Crane"), "{a:?}");
        assert!(
            a.iter().all(|q| !q.0.contains("State") || q.1.is_none()),
            "{a:?}"
        );
    }

    #[test]
    fn a_place_or_a_workplace_after_the_sources_noun_is_inside_the_description() {
        for (text, description) in [
            (
                "“Prices keep rising,” said one shop owner in Kelby.",
                "one shop owner in Kelby",
            ),
            (
                "“Prices keep rising,” said an analyst at Quorvex.",
                "an analyst at Quorvex",
            ),
        ] {
            assert_eq!(described(text)[0], (None, some(description)), "{text}");
        }
        // Before the verb, over a relative clause.
        let a = attributed(
            "Mayor Ada Crane spoke on Monday. One shop owner in Kelby, who asked not to be \
             named, said: “Prices keep rising.”",
        );
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].3.as_deref(), Some("One shop owner in Kelby"));
        // A person named after the workplace still speaks.
        let s = speakers("“Prices keep rising,” said the chief economist at Quorvex, Jo Vale.");
        assert_eq!(s, [some("Jo Vale")]);
    }

    #[test]
    fn a_name_after_a_nouns_preposition_is_inside_the_description() {
        let a = attributed(
            "“This is eerily similar to the last race,” said one longtime adviser to Tom Reyes.",
        );
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].3.as_deref(), Some("one longtime adviser to Tom Reyes"));
        let a = attributed(
            "Tom Reyes spoke on Monday. A spokeswoman for Tom Reyes said the claim was “false \
             and defamatory.”",
        );
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].3.as_deref(), Some("A spokeswoman for Tom Reyes"));
        // The same with a possessor in the complement.
        let a = attributed(
            "Tom Reyes spoke on Monday. A source familiar with Reyes’s thinking said, “He will \
             run again.” An aide close to his campaign said, “He will win.”",
        );
        assert_eq!(a[0].1, None);
        assert_eq!(
            a[0].3.as_deref(),
            Some("A source familiar with Reyes’s thinking")
        );
        assert_eq!(a[1].1, None);
        assert_eq!(a[1].3.as_deref(), Some("An aide close to his campaign"));
        let d = described(
            "Tom Reyes spoke on Monday. A source familiar with his plans said, “He will run.” \
             As one aide put it, “He never stops.”",
        );
        assert_eq!(
            d[0],
            (None, Some("A source familiar with his plans".into()))
        );
        assert_eq!(d[1], (None, Some("one aide".into())));
    }

    #[test]
    fn a_family_name_alone_at_a_sentence_start_is_the_person_named_before() {
        // "Pence" and "Bush" are common words too; after the full name they are the person.
        let s = speakers(
            "Mike Pence spoke on Monday. Pence said he could not “condone his remarks” about \
             the judge.",
        );
        assert_eq!(s, [some("Mike Pence")]);
        // Two people of that family name, each named once: the latest, as anywhere else
        // in a sentence (the entity stage's reading of a family name alone).
        let s = speakers(
            "Ann Bush and Tom Bush spoke on Monday. Bush said the plan was “a disaster for \
             everyone.”",
        );
        assert_eq!(s, [some("Tom Bush")]);
    }

    #[test]
    fn a_persons_gender_from_the_pronouns_after_the_name() {
        // "Zorvan Osei" has no gender by name; "his" after it gives one, so "she" is the
        // other person, though he was the last to say something.
        let s = speakers(
            "Ada Crane listened. Zorvan Osei said his team was ready.\n\n“We will see,” she \
             said.",
        );
        assert_eq!(s, [some("Ada Crane")]);
        // An organisation or a place between the name and the pronoun owns no "his".
        let s = speakers(
            "Ada Crane listened. Zorvan Osei told Congress his team was ready.\n\n“We \
             will see,” she said.",
        );
        assert_eq!(s, [some("Ada Crane")]);
    }

    #[test]
    fn a_persons_gender_from_a_pronoun_opening_the_next_sentence() {
        // "Zorvan Osei" has no gender by name; "He" opening the next sentence gives one, so
        // "she" is the other person, though he was the last to say something.
        let s = speakers(
            "Ada Crane listened. Zorvan Osei said the team was ready. He had waited an hour \
             for it.\n\n“We will see,” she said.",
        );
        assert_eq!(s, [some("Ada Crane")]);
    }

    #[test]
    fn a_pronoun_after_an_object_votes_for_no_gender() {
        // "his" after "to Zorvan Osei" is the subject's: Osei keeps no gender, and the
        // "she" that follows may be Osei's, named last.
        let s = speakers(
            "Tom Reyes apologized to Zorvan Osei for his remarks. Osei said she accepted.\n\n\
             “We will see,” she said.",
        );
        assert_eq!(s, [some("Zorvan Osei")]);
    }

    #[test]
    fn a_name_in_the_words_before_a_comma_and_cue_is_not_the_pronouns() {
        // "Tom Reyes" is in what was said; "he" goes on with the person opening the
        // sentence before.
        let s = speakers(
            "Zorvan Osei said he would stay home. If Tom Reyes wins, he said, “I will \
             leave.”",
        );
        assert_eq!(s, [some("Zorvan Osei")]);
    }

    #[test]
    fn a_pronoun_before_any_name_in_its_sentence_is_who_a_later_one_means() {
        // The first "he" is the subject; "Tom Reyes" is named in what he called something.
        let s = speakers(
            "Zorvan Osei spoke for an hour.\n\nHe criticised Tom Reyes’s plan, which he \
             called “a disaster.”",
        );
        assert_eq!(s, [some("Zorvan Osei")]);
    }

    #[test]
    fn a_possessor_near_the_start_of_the_sentence_before_is_not_its_subject() {
        // The sentence before names "Tom Reyes" as a possessor: the quotation's "he" is not
        // Reyes.
        let s = speakers(
            "Zorvan Osei spoke for an hour.\n\nAs for Tom Reyes’s plan, Osei laughed. “It was \
             a good day,” he said.",
        );
        assert_eq!(s, [some("Zorvan Osei")]);
    }

    #[test]
    fn put_it_reports_and_a_comma_after_a_bracket_is_no_appositive() {
        let s = speakers("As the columnist Ann Vale put it, “This is the end of an era.”");
        assert_eq!(s, [some("Ann Vale")]);
        let s = speakers("Gov. Tom Reyes (R-Ohio), said, “I am getting ready to rent a wagon.”");
        assert_eq!(s, [some("Tom Reyes")]);
    }

    #[test]
    fn a_participle_after_an_object_shares_the_subject_of_its_verb() {
        let s = speakers("Ann Vale emailed supporters saying: “The struggle continues.”");
        assert_eq!(s, [some("Ann Vale")]);
        let s = speakers("Tom Reyes posted a video online saying “we will win this.”");
        assert_eq!(s, [some("Tom Reyes")]);
    }

    #[test]
    fn a_persons_name_before_a_noun_for_people_stays_in_the_description() {
        let d = described("Ada Crane spoke.\n\n“It was fraud,” Crane supporters said.");
        assert_eq!(d[0], (None, some("Crane supporters")));
        let d = described("Ada Crane spoke.\n\nA Crane campaign aide said it was “fraud”.");
        assert_eq!(d[0], (None, some("A Crane campaign aide")));
        // So before a participle's clause, opening the sentence or a clause.
        let d = described(
            "Ada Crane spoke.\n\nAt the rally, when Crane protesters interrupted her speech, \
             shouting “she wins, we lose!”, security moved in.",
        );
        assert_eq!(d[0], (None, some("Crane protesters")));
    }

    #[test]
    fn a_participles_subject_is_no_object_nor_a_name_in_a_word_or_a_relative_clause() {
        let s = speakers(
            "Crowds called for news of the shooting of Ada Vale, looping the streets around \
             the stadium - where the Detroit Lions played - while chanting, “Hands up.”",
        );
        assert_eq!(s, [None]);
        let s = speakers(
            "Ada Vale spoke.\n\nHundreds of pro-Vale demonstrators marched on Monday, \
             chanting “No deal,” raising fresh questions.",
        );
        assert_eq!(s, [None]);
        // The subject still speaks past them, and "for" opens an infinitive's subject.
        let s = speakers("Ada Vale spoke of Tom Reyes, saying: “He was my friend.”");
        assert_eq!(s, [some("Ada Vale")]);
        let s = speakers(
            "There is still time for Tom Reyes to build bridges, even after calling them a \
             “cartel” last year.",
        );
        assert_eq!(s, [some("Tom Reyes")]);
    }

    #[test]
    fn an_opening_participles_quotation_is_the_main_clauses_subjects() {
        let s = speakers(
            "Ada Vale spoke.\n\nAfter saying her foot was “so swollen I could barely walk,” \
             Mary Reyes was taken to hospital.",
        );
        assert_eq!(s, [some("Mary Reyes")]);
        let s = speakers("Calling the plan “a disaster”, Tom Reyes walked out.");
        assert_eq!(s, [some("Tom Reyes")]);
        let d =
            described("While insisting the plan was “dead on arrival”, the senator voted for it.");
        assert_eq!(d[0], (None, some("the senator")));
        // Not a clause of its own after the comma.
        let s = speakers("After calling the plan “a disaster”, and leaving, it rained.");
        assert_eq!(s, [None]);
    }

    #[test]
    fn a_he_after_an_inverted_cue_is_its_subject() {
        // "noted NBC's Tom Reyes" makes him the last person said to say something.
        let s = speakers(
            "“We won,” said Sam Ortiz, a strategist.\n\nBut debates rarely matter, noted \
             NBC’s Tom Reyes.\n\n“Voters have made up their minds,” he wrote.",
        );
        assert_eq!(s, [some("Sam Ortiz"), some("Tom Reyes")]);
    }

    #[test]
    fn quoted_as_saying_is_the_subjects() {
        let s = speakers(
            "Tom Reyes spoke.\n\n“Our method works where others fail,” Reyes was quoted as saying.",
        );
        assert_eq!(s, [some("Tom Reyes")]);
        let s = speakers("Tom Reyes was quoted as saying that “it works.”");
        assert_eq!(s, [some("Tom Reyes")]);
    }

    #[test]
    fn a_word_after_of_in_a_description_is_a_noun() {
        // "state" is also a verb of saying; after "of" it ends the description.
        let d = described(
            "The former secretary of state said she wanted to speak “directly to voters” \
             today.",
        );
        assert_eq!(d[0], (None, some("The former secretary of state")));
    }

    #[test]
    fn chanting_reports_speech() {
        let d = described("“Lock him up!” the protesters chanted outside the court.");
        assert_eq!(d[0], (None, some("the protesters")));
    }

    #[test]
    fn a_nickname_inside_a_name_is_no_quotation_of_anyone() {
        let s = speakers(
            "State Del. Marcia \"Cia\" Price shouted to the crowd. \"The nation is \
             watching Virginia. We have to win.\"",
        );
        assert_eq!(s, [None, some("Marcia \"Cia\" Price")]);
    }

    #[test]
    fn a_signature_after_a_dash_names_the_speaker() {
        let s = speakers(
            "“He makes simple blanket statements about people.”― Ana Dima\n“I cannot believe \
             it. How did we get this low?” ― Tom Reyes.\n“We will vote,” ― Ada Crane",
        );
        assert_eq!(s, [some("Ana Dima"), some("Tom Reyes"), some("Ada Crane")]);
        // A fact-check signs the quotation in the paragraph below it, by a dash only.
        let s = speakers(
            "Ada Crane and Tom Reyes debated.\n\n\"It is broken.\"\n\nTom Reyes.\n\n\
             \"Wages have not risen in a decade.\"\n\n- Ada Crane.\n\nThe senator is \
             relying on old figures.\n\n\"We will build it.\"\n\n-President Tom Reyes, in Iowa.",
        );
        assert_eq!(s, [None, some("Ada Crane"), some("Tom Reyes")]);
        // A signature by description names no one, not the person named before.
        let d = described(
            "Ada Crane wrote about it.\n\n“A new obsession is taking hold.” Anonymous \
             blogger, “War on the net”\n\n“We will fight on.” ― A campaign aide",
        );
        assert_eq!(d[0], (None, Some("Anonymous blogger".into())));
        assert_eq!(d[2], (None, Some("A campaign aide".into())));
    }

    #[test]
    fn an_unnamed_source_goes_on_after_its_verb() {
        let a = attributed(
            "“We have nothing to add,” the spokesman said. “The matter is closed and we will \
             not comment further.”",
        );
        assert_eq!(a[1].1, None);
        assert_eq!(a[1].3.as_deref(), Some("the spokesman"));
    }

    #[test]
    fn a_pronoun_after_a_long_quotation_finds_the_person_of_its_gender() {
        let s = speakers(
            "Ada Crane ran a care home in the spring of 1978, as Tom Reyes ran for office.\
             \n\nOn Sunday, she described the call.\n\n\
             “He called the office and they patched it through. He asked when I would be back. \
             He said he would call again. He never did. I was shocked. I hung up,” she said.",
        );
        assert_eq!(s, [some("Ada Crane")]);
    }

    #[test]
    fn the_subject_of_the_sentence_frames_a_quotation_without_a_verb_of_saying() {
        let s = speakers("Senator Ada Crane branded the group “abhorrent” in a post on Sunday.");
        assert_eq!(s, [some("Ada Crane")]);
        let s = speakers(
            "Ada Crane spoke first. She would not “take sides” in the primary, her aides say.",
        );
        assert_eq!(s, [some("Ada Crane")]);
        let s = speakers("In a post on Sunday, Ada Crane denounced “self-deportation”.");
        assert_eq!(s, [some("Ada Crane")]);
        // A possessive is no acting subject, and a description gives no name.
        let s = speakers("Ada Crane's attack on “printing money” leaves room for doubt.");
        assert_eq!(s, [None]);
        let a = attributed("The department would not “take sides” in the dispute.");
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].3.as_deref(), Some("The department"));
        // A verb that says only after a quotation ("he continued, “…”") is none before one.
        let s = speakers(
            "Ada Crane spoke first. She talked about continuing the “progress we made” here.",
        );
        assert_eq!(s, [some("Ada Crane")]);
    }

    #[test]
    fn a_bracket_between_a_quotation_and_its_cue() {
        let s = speakers("“There is energy in a whole host of races,” Rep. Ada Crane (D-Ore.) said. Then she left.");
        assert_eq!(s, [some("Ada Crane")]);
    }

    #[test]
    fn a_noun_for_what_is_said_heading_the_object_before_a_colon_is_the_subjects() {
        let a = attributed(
            "Senator Ada Crane is rolling out a new and more personal campaign message: “It \
             is about me.”",
        );
        assert_eq!(a[0].1, some("Ada Crane"));
        let a = attributed("Ada Crane delivered a snappy retort: “No one is tearing this up.”");
        assert_eq!(a[0].1, some("Ada Crane"));
        // A verb after "a" and its noun stays the verb of that subject.
        let a = attributed("Ada Crane spoke. A spokesman will message: “It is about her.”");
        assert_eq!(
            (a[0].1.clone(), a[0].3.clone()),
            (None, some("A spokesman"))
        );
    }

    #[test]
    fn a_name_right_before_a_colon_introduces_a_sentence() {
        let a = attributed(
            "The poll was a surprise to Republican pollster Dana Whit: “Lesser-known \
             candidates rarely gain this fast.”",
        );
        assert_eq!(a[0].1, some("Dana Whit"));
        let a = attributed(
            "Shares fell on Monday. Northfield Research: “Demand will recover by spring.”",
        );
        assert_eq!(a[0].1, some("Northfield Research"));
        // Not a place, nor a single word, nor a name that is a reporting verb's object.
        let a = attributed("From the archive, Boston: “It was a cold winter that year.”");
        assert_eq!(a[0].1, None);
        let a = attributed("The label read Acme Foods: “tasty”");
        assert_eq!(a[0].1, None);
    }

    #[test]
    fn a_name_set_off_by_a_dash_before_a_colon_speaks() {
        let a = attributed(
            "Pollsters agree - Dana Whit: “Keep on contacting voters as late as possible.”",
        );
        assert_eq!(a[0].1, some("Dana Whit"));
        // Without the dash the verb's subject speaks.
        let a = attributed("Dana Whit agreed with Ada Crane: “Keep on contacting voters.”");
        assert_eq!(a[0].1, some("Dana Whit"));
    }

    #[test]
    fn a_plural_noun_opening_the_sentence_is_a_description() {
        for (text, source) in [
            ("Analysts said the plan was “a disaster.”", "Analysts"),
            (
                "The march was calm. Critics said they want “justice,” not revenge.",
                "Critics",
            ),
        ] {
            let a = attributed(text);
            assert_eq!(
                (a[0].1.clone(), a[0].3.clone()),
                (None, some(source)),
                "{text}"
            );
        }
        // The writer is no description.
        let a = attributed("I told her the plan was “a disaster.”");
        assert_eq!(a[0].3, None);
        // The name after "of the" is no participle's subject.
        let a = attributed(
            "Small groups of protesters marched to the stadium of the Minnesota Vikings while \
             chanting, “Hands up, don't shoot.”",
        );
        assert_eq!(a[0].1, None);
    }

    #[test]
    fn a_colon_after_the_subject_introduces_its_words() {
        let a = attributed("Wes Streeting was blunt: “We are not going to sugar-coat this.”");
        assert_eq!(a[0].1, some("Wes Streeting"));
        assert_eq!(a[0].2, some("blunt"));
        // Not a sentence that opens with no name.
        let a = attributed("The sign on the door read: “Closed until Monday.”");
        assert_eq!(a[0].1, None);
        // A subject far from the colon gives no cue there, but (PolNeAR's convention) still
        // frames the words it cites.
        let a = attributed(
            "The Guardian cited examples of complicated questions with many words, including: \
             “Were you ever in danger?”",
        );
        assert_eq!(a[0].1, some("The Guardian"));
        assert_eq!(a[0].2, None);
        let a = attributed("US President Barack Obama was succinct: “Cool clock.”");
        assert_eq!(a[0].1, some("Barack Obama"));
        // After an opening clause and its comma.
        let a = attributed(
            "Asked whether the bridge would reopen by winter, Mayor Ann Lee was blunt: “It \
             has to.”",
        );
        assert_eq!(a[0].1, some("Ann Lee"));
        let a = attributed(
            "Senator Tom Reyes spoke first. After the vote, he was just as brief: “We won.”",
        );
        assert_eq!(a[0].1, some("Tom Reyes"));
        // A verb of saying after "the following" is its noun.
        let a = attributed(
            "Senator Tom Reyes spoke in May.\n\nOn July 6, Reyes made the following comment:\
             \n\n“For young people the rate is 33 percent.”",
        );
        assert_eq!(a[0].1, some("Tom Reyes"));
        assert_eq!(a[0].2, some("comment"));
        // Not a list whose last item happens to be a name, far from its colon.
        let a = attributed(
            "The menu had soup, bread, and Quinn Harlow's famous pie with all of its many \
             toppings: “delicious”",
        );
        assert_eq!(a[0].1, None);
    }

    #[test]
    fn a_characterisation_is_the_subjects_however_long_its_object() {
        let s = speakers(
            "Governor Dana Ortiz toured the shelter. She described the evacuation of the \
             valley's 3,700 residents as “orderly and calm”.",
        );
        assert_eq!(s, [some("Dana Ortiz")]);
        // Not a term that only follows "as" far from an ordinary cue.
        let s = speakers(
            "Governor Dana Ortiz toured the shelter. She said the families who left the valley \
             last night were known as “the river people”.",
        );
        assert_eq!(s, [None]);
    }

    #[test]
    fn a_pronoun_opening_a_sentence_continues_the_titled_person_opening_the_one_before() {
        let s = speakers(
            "A spokesman for the airline, Tom Reyes, said flights would resume.\n\nPrime \
             Minister Jan Berg visited the area. He called the evacuation “orderly”.",
        );
        assert_eq!(s, [some("Jan Berg")]);
    }

    #[test]
    fn a_pronoun_after_a_quotation_continues_the_person_opening_the_sentence_before() {
        let s = speakers(
            "“It was a huge win,” manager Mikel Arteta said. Chelsea coach Enzo Maresca was \
             less happy. “We deserved more,” he told reporters.",
        );
        assert_eq!(s, [some("Mikel Arteta"), some("Enzo Maresca")]);
        // One of an organisation's people by a noun no title list holds: "boss".
        let s = speakers(
            "“It was a huge win,” manager Mikel Arteta said. “Westvale came at us.”\n\nWestvale \
             boss Gary Okoro was left frustrated. “We had chances,” he said.",
        );
        assert_eq!(
            s,
            [
                some("Mikel Arteta"),
                some("Mikel Arteta"),
                some("Gary Okoro")
            ]
        );
    }

    #[test]
    fn a_state_after_a_place_is_no_verb() {
        let s = speakers(
            "“We have had no rain,” said Rui Matos, who farms in Minas Gerais state. “The \
             trees are dying.”",
        );
        assert_eq!(s, [some("Rui Matos"), some("Rui Matos")]);
    }

    #[test]
    fn an_organisation_before_a_relative_clause_speaks() {
        let s = speakers(
            "The Skyvolt Workers Union, which represents the drivers, said in a statement \
             that it would “keep fighting”.",
        );
        assert_eq!(s, [some("Skyvolt Workers Union")]);
        // Not a place that only sets the scene.
        let s = speakers(
            "In Oslo, where the talks began, the visiting envoy, who asked not to be named, \
             said it was “a good start”.",
        );
        assert_eq!(s, [None]);
    }

    #[test]
    fn an_affiliation_between_the_closing_mark_and_the_cue() {
        let s = speakers(
            "“The fire is not under control,” Colonel Marc Gambier of the regional fire \
             service told France Info radio.",
        );
        assert_eq!(s, [some("Marc Gambier")]);
        let s = speakers("“We are ready,” Dana Ortiz of Skyvolt Energy said.");
        assert_eq!(s, [some("Dana Ortiz")]);
    }

    #[test]
    fn a_family_name_that_is_also_a_title_speaks_alone() {
        // "Dean" is a title too, so no mention: the family name of the person named before.
        let text = "Tom Reyes called on Howard Dean to apologize.\n\nDean, a former party \
                    chairman, poked at Reyes during the debate, tweeting, “Notice him sniffing \
                    all the time?”\n\nDean then appeared on MSNBC and began by saying he would \
                    “never” diagnose anyone.";
        assert_eq!(speakers(text), [some("Howard Dean"), some("Howard Dean")]);
    }

    #[test]
    fn a_role_after_a_person_names_the_next_person() {
        let text = "Ada Vale’s campaign manager Tom Reyes spoke on Thursday, arguing that \
                    Dan Crane “lashed out at the generals”.";
        assert_eq!(speakers(text), [some("Tom Reyes")]);
        // Not a verb and a preposition between two people.
        let text = "Dan Crane went after Tom Reyes, calling him “a total stiff”.";
        assert_eq!(speakers(text), [some("Dan Crane")]);
        // The person in apposition to the role opens the sentence, for a "he" after it.
        let text = "Dan Crane, 64, was found guilty.\n\nCrane’s lawyer, Tom Reyes, said his \
                    client would appeal. “This rests on lies,” he told reporters.";
        assert_eq!(speakers(text), [some("Tom Reyes")]);
    }

    #[test]
    fn a_person_by_description_reports_a_short_quotation_far_from_the_verb() {
        // Like a pronoun: "The president told them he would consider it a “…”".
        let text = "President Ada Vale spoke in Ohio.\n\nThe president told voters this weekend \
                    he would consider it a \"personal insult\" if they stayed home.";
        assert_eq!(speakers(text), [some("Ada Vale")]);
    }

    #[test]
    fn a_subject_frames_its_words_after_a_title_phrase_or_an_opening_adverb() {
        // Capitalised words of a title that no mention took ("Senate Minority Leader").
        let text = "Tom Reyes arrived.\n\nSenate Minority Leader Ada Vale (D-Nev.) has been \
                    steadily pounding Reyes as a “con artist” all year.";
        assert_eq!(speakers(text), [some("Ada Vale")]);
        let text = "Tom Reyes arrived.\n\nFirst, Ada Vale identified the judge as “Spanish,” \
                    which was wrong.";
        assert_eq!(speakers(text), [some("Ada Vale")]);
    }

    #[test]
    fn an_organisation_or_a_country_heading_its_sentence_speaks_past_an_appositive() {
        let s = speakers(
            "The Civil Liberties Union, which represented them, said the law was \"cruel\".",
        );
        assert_eq!(s, [some("Civil Liberties Union")]);
        let s = speakers(
            "Moldavia tested a missile.\n\nEven Ruritania, its only ally and main trading \
             partner, said it was \"resolutely opposed\" to the test.",
        );
        assert_eq!(s, [some("Ruritania")]);
    }

    #[test]
    fn an_appositive_between_the_closing_mark_and_the_cue() {
        let s =
            speakers("“This is about fairness,” the union's general secretary, Paul Nowak, said.");
        assert_eq!(s, [some("Paul Nowak")]);
        // British single marks around speech.
        let s = speakers("'It is a disgrace,' said Priti Patel, the shadow foreign secretary.");
        assert_eq!(s, [some("Priti Patel")]);
    }

    #[test]
    fn titles_affiliations_and_unnamed_subjects_around_the_cue() {
        let a = attributed("“The effect was larger than we expected,” said Dr. Sarah Collins.");
        assert_eq!(a[0].1, some("Sarah Collins"));
        let a = attributed(
            "Professor Mark Hughes of King's College London, who was not involved, called the \
             results “promising but preliminary”.",
        );
        assert_eq!(a[0].1, some("Mark Hughes"));
        // The pronoun after the verb says what was said, and the speaker is unnamed.
        let a = attributed(
            "Police named Tanya Brooks. A witness, who asked not to be named, said she heard \
             “at least six shots.”",
        );
        assert_eq!((a[0].1.clone(), a[0].3.clone()), (None, some("A witness")));
        // A name that modifies the unnamed source's noun does not speak for it.
        let a = attributed(
            "Ada Crane spoke on Friday. A Crane adviser, who asked not to be named, said of \
             the senator, “She takes the threat seriously.”",
        );
        assert_eq!(
            (a[0].1.clone(), a[0].3.clone()),
            (None, some("A Crane adviser"))
        );
    }

    #[test]
    fn the_article_before_a_place_and_a_modifier() {
        let a = attributed(
            "Acme Corp will cut jobs. The Irvine, California-based company told staff \
             the cuts were “necessary to protect our future.”",
        );
        assert_eq!(a[0].1, some("Acme Corp"));
    }

    #[test]
    fn the_title_refers_back_to_the_person_named_with_it() {
        let s = speakers(
            "Health Secretary Wes Streeting visited a hospital in Leeds. Later the health \
             secretary warned of a “very difficult winter” for staff.",
        );
        assert_eq!(s, [some("Wes Streeting")]);
        // Someone else's president is not the President named before.
        let s = speakers(
            "President Joe Biden spoke first. Then the company's president said it was “a \
             good day”.",
        );
        assert_eq!(s, [None]);
        // Nor a name after the title's closing mark or its verb.
        let s = speakers(
            "“Judge,” Ada Vale said, “this is new.” Later the judge said it was “a good \
             day”.",
        );
        assert_eq!(s[2], None);
        let s = speakers(
            "State governor endorses Tom Reyes. “We need him,” the governor said. Tom Reyes \
             spoke later.",
        );
        assert_eq!(s, [None]);
        let s = speakers("The minister, Jan Berg, left early. “We need him,” the minister said.");
        assert_eq!(s, [some("Jan Berg")]);
    }

    #[test]
    fn a_possessor_speaks_through_its_findings() {
        let s = speakers(
            "The Gallup Organization's own survey data concluded, “Most voters are undecided.”",
        );
        assert_eq!(s, [some("Gallup Organization")]);
    }

    #[test]
    fn a_dateline_and_its_wire_do_not_open_the_subject() {
        for text in [
            "BOSTON (AP) — A federal judge refused to delay the trial of Tom Reyes, saying \
             the defense had “more than enough time” to prepare.",
            "DOHA, Qatar — A federal judge refused to delay the trial, saying the defense had \
             “more than enough time” to prepare.",
        ] {
            let a = attributed(text);
            assert_eq!(a[0].1, None, "{text}");
            assert_eq!(a[0].3, some("A federal judge"), "{text}");
        }
    }

    #[test]
    fn an_unnamed_subject_before_a_date_keeps_its_head() {
        let a = attributed("A federal judge on Tuesday described the motion as “frivolous.”");
        assert_eq!(
            (a[0].1.clone(), a[0].3.clone()),
            (None, some("A federal judge"))
        );
    }

    #[test]
    fn a_person_in_apposition_to_a_possessors_spokesman_speaks() {
        for text in [
            "“Not yet,” said Norway's foreign ministry spokesman, Omar Tellani, on Sunday.",
            "“Not yet,” said the Senate's spokesman Omar Tellani.",
        ] {
            assert_eq!(speakers(text), [some("Omar Tellani")], "{text}");
        }
    }

    #[test]
    fn a_possessor_speaks_through_an_analysis_of_something() {
        let s = speakers(
            "The Gallup Organization's review of its own polling records concluded, “Turnout \
             was higher than anyone expected.”",
        );
        assert_eq!(s, [some("Gallup Organization")]);
        // The head is before "of": residents are not the city that was named.
        let a = attributed(
            "Springfield opened a new bridge on Monday. Residents of the city said, “Nobody \
             asked us about the tolls.”",
        );
        assert_eq!(
            (a[0].1.clone(), a[0].3.clone()),
            (None, some("Residents of the city"))
        );
    }

    #[test]
    fn a_quotation_goes_on_over_a_photo_caption() {
        let s = speakers(
            "Mayor Ann Lee said, “We will rebuild the bridge before the winter.\n\
             The old bridge after the flood. Photo: Springfield Herald.\n\
             “It will take two years, but it will be stronger than before.”",
        );
        assert_eq!(s, [some("Ann Lee"), some("Ann Lee")]);
        // A paragraph that is not a caption ends the quotation left open (the rules give
        // the next no speaker; the fallback may still weigh the last one).
        let s = speakers_by_rules(
            "Mayor Ann Lee said, “We will rebuild the bridge before the winter.\n\
             The council met on Tuesday to discuss the budget.\n\
             “It is a waste of money and nobody asked for it.”",
        );
        assert_eq!(s, [some("Ann Lee"), None]);
    }

    #[test]
    fn a_cue_word_after_a_quantifier_is_a_noun() {
        // "every claim" is no verb whose subject is the name before it.
        let s = speakers(
            "Health officials tell Channel 4 News every claim will be checked by hand, with \
             none to be refused “without a hearing”.",
        );
        assert_eq!(s, [None]);
    }

    #[test]
    fn a_cue_word_after_a_preposition_is_a_noun() {
        let a = attributed(
            "The Boston Globe noted that what started as scattered protests outside the \
             factory had become a “national movement”.",
        );
        assert_eq!(
            (a[0].1.clone(), a[0].2.clone()),
            (some("Boston Globe"), some("noted"))
        );
        let a = attributed(
            "The Boston Globe noted that what began with a few posts had grown into a \
             “national movement”.",
        );
        assert_eq!(a[0].1, some("Boston Globe"));
        // A real unnamed subject keeps the quotation from the name that opens the sentence,
        // and so does the subject of a participle after "with".
        let s = speakers(
            "Acme Corp said on Monday that profits fell, with analysts warning of “a long \
             winter”.",
        );
        assert_eq!(s, [None]);
        let s = speakers(
            "The Boston Globe reported that local officials said the plan was now “dead in \
             the water”.",
        );
        assert_eq!(s, [None]);
    }

    #[test]
    fn titles_after_a_noun_for_works_are_no_ones_words() {
        // A list goes on from the first title after the noun, commas inside the marks.
        let s = speakers(
            "“He could hear everything,” Tom Reyes said. He later produced the albums “Blue \
             Harbor,” “Ember” and “Night Roads,” and the charity single “We Stand Together.”",
        );
        assert_eq!(s, [some("Tom Reyes"), None, None, None, None]);
        // Also in apposition, after a comma.
        let s = speakers(
            "Ana Dima told the crowd that her next album, “The Long Harbor,” would come out in \
             May.",
        );
        assert_eq!(s, [None]);
        // Not quotations side by side with no such noun: each is someone's words.
        let s = speakers("“Quiet,” Ana Dima said. “Really,” she added.");
        assert_eq!(s, [some("Ana Dima"), some("Ana Dima")]);
    }

    #[test]
    fn a_so_called_quotation_is_a_term() {
        // Even when a person or an organisation by name says the sentence.
        let s = speakers(
            "Acme Corp said on Monday that its new rules for so-called “gig workers” would \
             start in May.",
        );
        assert_eq!(s, [None]);
        let s = speakers("Maria Lopez said she would fight the so-called “bedroom tax” in court.");
        assert_eq!(s, [None]);
        // Also after a quotation of the same sentence, which it does not continue.
        let s = speakers(
            "Ana Dima called the offer “theatre” and vowed to fight the so-called “salary \
             grid” law.",
        );
        assert_eq!(s, [some("Ana Dima"), None]);
        // "what X call" names a term too.
        let s = speakers(
            "Leila Haddad said the outbreak followed a fall in vaccination, creating what \
             epidemiologists call an “immunity gap”.",
        );
        assert_eq!(s, [None]);
    }

    #[test]
    fn the_outlet_that_saw_a_document_is_not_its_author() {
        let a = attributed(
            "A draft report seen by Reuters says the bank “will need to raise more capital \
             next year”.",
        );
        assert_eq!(
            (a[0].1.clone(), a[0].3.clone()),
            (None, some("A draft report"))
        );
        let s = speakers(
            "An internal memo obtained by the BBC says staff “must not speak to reporters”.",
        );
        assert_eq!(s, [None]);
        // Who issued a statement is its author.
        let s = speakers(
            "A statement issued by the Interior Ministry said the border “will remain \
             closed until further notice”.",
        );
        assert_eq!(s, [some("Interior Ministry")]);
    }

    #[test]
    fn a_source_quoting_another_passes_the_words_on() {
        let s = speakers(
            "According to the Baltic News Service, quoting Latvia's state broadcaster \
             Vidzeme Radio, the port was “closed until further notice”.",
        );
        assert_eq!(s, [some("Vidzeme Radio")]);
        // An unnamed source quoted is no one by name.
        let s = speakers(
            "According to the Baltic News Service, quoting a port official, the port was \
             “closed until further notice”.",
        );
        assert_eq!(s, [None]);
        // Without a source quoted, the first one stays the speaker.
        let s = speakers(
            "According to the Baltic News Service, the port was “closed until further notice”.",
        );
        assert_eq!(s, [some("Baltic News Service")]);
    }

    #[test]
    fn single_marks_quote_speech_in_a_text_that_uses_no_others() {
        let s = speakers(
            "England captain Callum Ward admitted his side had been 'outplayed'.\n\n\
             'We had our chances,' Ward said.",
        );
        assert_eq!(s, [some("Callum Ward"), some("Callum Ward")]);
        // Beside double marks, a short one in single marks stays a term.
        let s = speakers(
            "Callum Ward admitted his side had been 'outplayed'. \"We had our chances,\" Ward \
             said.",
        );
        assert_eq!(s, [None, some("Callum Ward")]);
    }

    #[test]
    fn a_pronoun_reporting_a_clause_speaks_a_short_quotation_far_from_its_verb() {
        let s = speakers(
            "Priya Senan spoke first. She added, however, that the commission should publish \
             the ward results “without delay”.",
        );
        assert_eq!(s, [some("Priya Senan")]);
    }

    #[test]
    fn the_head_before_of_refers_back_to_the_organisation() {
        let s = speakers(
            "Jordan's Ministry of Health announced a campaign on Wednesday.\n\n\
             The ministry said in a statement that it would reach every child, “regardless \
             of nationality or previous vaccination status”.",
        );
        assert_eq!(s, [some("Ministry of Health")]);
    }

    #[test]
    fn more_ways_news_names_who_speaks() {
        // "it" is the organisation the sentence before opens with.
        let s = speakers(
            "The Election Commission of Sri Lanka met officials in the Kotahena ward.\n\n\
             The commission rejected the claim. In a statement, it said all boxes had been \
             “sealed and guarded at every stage.”",
        );
        assert_eq!(s, [some("Election Commission of Sri Lanka")]);
        // An organisation with a bracketed short form before its relative clause.
        let s = speakers(
            "Peter Mwangi was jailed. The Ethics and Anti-Corruption Commission (EACC), which \
             investigated the case, said the sentence sent “a clear message to every officer.”",
        );
        assert_eq!(s, [some("Ethics and Anti-Corruption Commission")]);
        // A name after "that" is in what was said, not the speaker.
        let s = speakers(
            "“The law will catch up with them.”\n\nProsecutors had argued that Mwangi used \
             shell firms.",
        );
        assert_eq!(s, [None]);
        // A paragraph that opens with a quotation, after one reporting a person by name.
        let s = speakers(
            "Rosa Quispe, whose son is missing, said she had not slept since Friday.\n\n\
             “Nobody from the company has come to speak to us.”",
        );
        assert_eq!(s, [some("Rosa Quispe")]);
        // A participle's subject may be a pronoun after an opening clause.
        let s = speakers(
            "Callum Ward spoke to reporters.\n\nAsked whether the catch had cost England the \
             match, he paused before replying: “Probably, yes.”",
        );
        assert_eq!(s, [some("Callum Ward")]);
        // "reflected" before a quotation is no verb of saying.
        let s = speakers(
            "Dilani Perera, a political scientist, said the narrow margin reflected a city \
             “split down the middle” between old and young.",
        );
        assert_eq!(s, [some("Dilani Perera")]);
        // A pronoun continues a person of its gender in apposition in the sentence before.
        let s = speakers(
            "Mihai Dragomir said he backed the strike. “It is fair,” he said.\n\n\
             His wife, Ana-Maria Dragomir, was less patient. “Somebody has to act,” she said.",
        );
        assert_eq!(s, [some("Mihai Dragomir"), some("Ana-Maria Dragomir")]);
        // A passive cue in a clause of time is no verb of the sentence.
        let s = speakers(
            "Bastien Roux watched. He shrugged when asked about it later: “Somebody has to \
             suffer for her.”",
        );
        assert_eq!(s, [some("Bastien Roux")]);
        // "No. 1" in a title between the quotation and its cue.
        let s =
            speakers("It ended. “She played like a veteran,” former world No. 1 Kasia Wilk said.");
        assert_eq!(s, [some("Kasia Wilk")]);
        // "the 27-year-old" is the person the sentence before opens with.
        let s = speakers(
            "Mariana Ruiz lost. Ruiz, the No. 4 seed, netted a backhand as a Takamori return \
             dropped over.\n\n“That’s tennis. The net is your friend,” the 27-year-old said.",
        );
        assert_eq!(s, [some("Mariana Ruiz")]);
        // "the Russian", "said the Spaniard": the person the sentence just before opens
        // with, in the paragraph; not the people of a country.
        let s = speakers(
            "Ivan Petrov lost the final. Petrov, who also lost in 2022, was gracious. \
             “Congratulations to him,” the Russian said.\n\nAna Lopes won the other final. \
             “It was hard,” said the Brazilian.",
        );
        assert_eq!(s, [some("Ivan Petrov"), some("Ana Lopes")]);
        let s = speakers(
            "Senate leader Tom Reyes accused them of caving. “They folded,” the New York \
             Democrat said.",
        );
        assert_eq!(s, [some("Tom Reyes")]);
        let s =
            speakers("Talks with Moscow stalled. Ivan Petrov left. “No deal,” the Russians said.");
        assert_eq!(s, [None]);
        // A person in apposition with an affiliation, not the affiliation.
        let s = speakers(
            "Her lawyer, Dana Whitfield of the Liberty Defense Fund, said the case “was \
             never about money.”",
        );
        assert_eq!(s, [some("Dana Whitfield")]);
        let s = speakers(
            "Her lawyer, Dana Whitfield of the Public Defender’s office, told the court he \
             was “lonely.”",
        );
        assert_eq!(s, [some("Dana Whitfield")]);
        // "they" continues an organisation.
        let s = speakers(
            "Vivamar International, a charity, said it had called for help. “We were told \
             to wait,” they said.",
        );
        assert_eq!(s, [some("Vivamar International")]);
        // "She continued:" introduces a quotation, though "continued" elsewhere does not.
        let s = speakers("Yvette Cole spoke first. She continued: “We have a plan.”");
        assert_eq!(s, [some("Yvette Cole")]);
        // "… voted with the government but said": the name that opens the sentence.
        let s = speakers(
            "Its leader, the deputy prime minister Beatriz Okafor, voted with the government \
             but said support for the budget was “not guaranteed”.",
        );
        assert_eq!(s, [some("Beatriz Okafor")]);
        // "She … and called": the he or she that opens the sentence.
        let s = speakers(
            "Ada Vale spoke on Monday. She took money from banks and called the president \
             “weak” in a speech.",
        );
        assert_eq!(s, [some("Ada Vale")]);
        // A clause of time that ends before the main clause gives no subject: "As the crowd
        // began to chant, Reyes … joked".
        let s = speakers(
            "Ada Vale spoke on Monday. As the crowd began to chant, Tom Reyes joined her on \
             stage and joked, “You are being ridiculous,” to loud jeers.",
        );
        assert_eq!(s, [some("Tom Reyes")]);
        // A nickname is no quotation of the person it names.
        let s = speakers(
            "Jacobus Merwe, known throughout the dressing room as “Kobus”, said the plan \
             worked.",
        );
        assert_eq!(s, [None]);
    }

    #[test]
    fn a_headline_quotation_takes_the_speaker_of_the_same_words_in_the_body() {
        let s = speakers(
            "Mayor vows 'no more delays' on bridge\n\n\
             The bridge will open in May. “There will be no more delays,” Tomas Ruiz said.",
        );
        assert_eq!(s, [some("Tomas Ruiz"), some("Tomas Ruiz")]);
        // A headline is short and has no full stop; a first sentence is no headline.
        let s = speakers(
            "The council called it 'no more delays' at first.\n\n\
             “There will be no more delays,” Tomas Ruiz said.",
        );
        assert_eq!(s, [None, some("Tomas Ruiz")]);
    }

    #[test]
    fn unnamed_sources_are_reported_without_an_entity() {
        let a = attributed("“The economy will slow down this year,” analysts said.");
        assert_eq!(a[0].1, None);
        assert_eq!(a[0].3, some("analysts"));
    }

    /// The description of an unnamed source (speaker, speaker_text) of each quotation.
    fn described(text: &str) -> Vec<(Option<String>, Option<String>)> {
        attributed(text).into_iter().map(|q| (q.1, q.3)).collect()
    }

    #[test]
    fn a_pronoun_goes_on_about_the_unnamed_person_opening_the_sentence_before() {
        let text = "Lena Moss, the union's president, said wages were low. “Do the math,” she \
                    said.\n\nOne patient's daughter, who asked not to be named, said care had \
                    suffered. “Nobody came,” she said.";
        let d = described(text);
        assert_eq!(d[0].0, some("Lena Moss"));
        assert_eq!(d[1], (None, some("One patient's daughter")));
        // Through a relative clause without commas, to the verb of saying.
        let text = "Lena Moss spoke first.\n\nA woman who lives nearby said she heard six \
                    shots. “I thought it was fireworks,” she said.";
        assert_eq!(described(text)[0], (None, some("A woman who lives nearby")));
        // Not one a name follows, nor a definite one (who may be named before), nor a
        // sentence whose own speaker is someone else.
        for text in [
            "Lena Moss spoke first. The union's president, Dana Vale, said wages were low. \
             “Do the math,” she said.",
            "Lena Moss spoke first. The nurse said care had suffered. “Nobody came,” she \
             said.",
            "Lena Moss spoke first. The problem, she said, was pay. “Nobody came,” she said.",
        ] {
            assert!(
                described(text)[0].0.is_some(),
                "{text}: {:?}",
                described(text)
            );
        }
    }

    #[test]
    fn a_paper_by_its_short_name_refers_back_to_its_full_name() {
        let text = "The Kelby Daily Times covered the race. “It was close,” the Times wrote.";
        assert_eq!(
            described(text),
            vec![(some("Kelby Daily Times"), some("the Times"))]
        );
    }

    #[test]
    fn a_person_speaks_through_a_statement_not_through_the_people_around_them() {
        // A person's aide, office, campaign or doctor is a source by description.
        let text = "Ada Crane runs for the Senate. “The plan will fail,” Crane's former \
                    campaign strategist said. “We will win,” Crane's office said on Monday. \
                    “She is fit,” said Crane's doctor.";
        let d = described(text);
        assert_eq!(d[0], (None, some("Crane's former campaign strategist")));
        assert_eq!(d[1], (None, some("Crane's office")));
        assert_eq!(d[2], (None, some("Crane's doctor")));
        // Her own statement is hers; a company speaks through its people.
        let text = "Ada Crane runs for the Senate. “The plan will fail,” Crane's statement \
                    added. The Finance Ministry met. “Sales are up,” the Finance Ministry's \
                    spokesman said.";
        let s = speakers(text);
        assert_eq!(s, vec![some("Ada Crane"), some("Finance Ministry")]);
        // "X's family has called on police to …": the possessor's family frames the quotation.
        let text = "Tom Reyes died on Friday. Reyes's family has called on police to release \
                    the videos “as a matter of the greater good and transparency” at once.";
        assert_eq!(described(text)[0], (None, some("Reyes's family")));
    }

    #[test]
    fn a_family_name_shared_with_relatives_speaks_at_a_sentence_start() {
        // "Bush" after "Jeb Bush" and his father: the one named most.
        let text = "Jeb Bush spoke in Iowa. Jeb Bush spoke again. The son of George W. Bush \
                    entered the race.\n\nBush says the businessman “can’t win, plain and simple.”";
        assert_eq!(speakers(text), vec![some("Jeb Bush")]);
    }

    #[test]
    fn a_main_clause_after_an_opening_clause_does_not_report_its_quotation() {
        // The quotation stands in the "When" clause, after its cue: the crowd only applauds.
        let text = "When Donald Trump later said he would \"protect our LGBTQ citizens,\" the \
                    crowd applauded loudly.";
        assert_eq!(speakers(text), vec![some("Donald Trump")]);
        // A quotation that opens the sentence keeps its cue after it.
        let text = "“We will win,” Donald Trump said when he arrived.";
        assert_eq!(speakers(text), vec![some("Donald Trump")]);
    }

    #[test]
    fn a_subject_after_an_opening_phrase_introduces_with_a_colon() {
        let text = "In a letter, the Illinois Board of Elections was conclusive in its \
                    findings: “Further discussion on this issue is unnecessary.”";
        assert_eq!(speakers(text), vec![some("Illinois Board of Elections")]);
        // "a blunt message to Trump:": what is said, with its listener, before the colon.
        let text = "Mitch McConnell delivered a blunt message to Trump: \"It is time to quit \
                    attacking people.\"";
        assert_eq!(speakers(text), vec![some("Mitch McConnell")]);
    }

    #[test]
    fn a_one_word_question_after_a_reporting_sentence_goes_on_with_its_speaker() {
        // A question or an exclamation is said, however short; a bare word is a term.
        let text = "“This is sophomoric,” Alicia Powe wrote on her blog. “Blacklisted?”";
        assert_eq!(
            speakers(text),
            vec![some("Alicia Powe"), some("Alicia Powe")]
        );
    }

    #[test]
    fn verbs_of_criticism_and_praise_report_what_they_quote() {
        let text = "Obama began his term. Former Obama spokesman Robert Gibbs derided and \
                    insulted “the professional left” in press conferences. Ann Lee touted her \
                    record. “We need to find ways to support workers,” she said.";
        assert_eq!(speakers(text), vec![some("Robert Gibbs"), some("Ann Lee")]);
    }

    #[test]
    fn an_opening_participles_clause_that_ends_before_the_quotation_is_not_its_cue() {
        // "granting" opens the sentence; the judge determines, unnamed.
        let d = described(
            "In granting Judicial Watch a right to discovery in February, a federal judge \
             determined that the handling of the case created a “reasonable suspicion” of it.",
        );
        assert_eq!(d[0], (None, some("a federal judge")));
    }

    #[test]
    fn a_person_in_apposition_after_an_inverted_description_speaks() {
        let text = "The men had no \"ties of any consequence,\" said the bureau’s director, \
                    James B. Comey, on Monday.";
        assert_eq!(speakers(text), vec![some("James B. Comey")]);
        // Without a name, the description.
        let d = described("“It is over,” said the bureau’s director, on Monday.");
        assert_eq!(d[0], (None, some("the bureau’s director")));
    }

    #[test]
    fn an_unnamed_source_after_an_inverted_verb() {
        let d = described(
            "“A state cannot avoid the conclusion that its process is unlawful,” said the \
             ruling. “They are in a frenzy,” said one senior source on the panel.",
        );
        assert_eq!(d[0], (None, some("the ruling")));
        assert_eq!(d[1], (None, some("one senior source on the panel")));
        // "said the plan would": a clause, not an inverted source.
        let d = described("Officials met. He said the plan would “work out fine in the end” soon.");
        assert_ne!(d[0].1, some("the plan"));
    }

    #[test]
    fn an_inverted_unnamed_source_with_a_qualifier_or_a_hyphenated_word() {
        // A relative clause or a participle qualifies the source without ending the clause;
        // hyphenated words and a possessive stay inside the description.
        let d = described(
            "Officials met. “It will pass,” said one owner of a bakery that sells bread. \
             “It will fail,” said one well-connected lawyer familiar with the talks. \
             “It is over,” said the 46-year-old. “Now we rest.” \
             “Why?” asked the boy, who wore a red hat. \
             “Vote,” says the ad’s narrator. \
             “Stop,” a voice-over in the ad states. \
             “Enough,” the conservative-leaning newspaper wrote.",
        );
        assert_eq!(d[0], (None, some("one owner of a bakery")));
        assert_eq!(
            d[1],
            (
                None,
                some("one well-connected lawyer familiar with the talks")
            )
        );
        assert_eq!(d[2], (None, some("the 46-year-old")));
        assert_eq!(d[3], (None, some("the 46-year-old")));
        assert_eq!(d[4], (None, some("the boy")));
        assert_eq!(d[5], (None, some("the ad’s narrator")));
        assert_eq!(d[6], (None, some("a voice-over in the ad")));
        assert_eq!(d[7], (None, some("the conservative-leaning newspaper")));
        // A name inside the relative clause is not the speaker.
        let d = described(
            "Jo Vale ran the office. “It was his account,” said one source who named Vale.",
        );
        assert_eq!(d[0], (None, some("one source")));
    }

    #[test]
    fn an_unnamed_subject_acting_on_a_quotation_ends_at_its_verb() {
        // A word before an article or a particle is the verb; a place may modify the noun.
        let d = described(
            "Officials met.\n\nThe ad targets a “rigged system that keeps the rich in \
             charge.”\n\nThe piece goes on to slam the “grand revolution” of the senator. The \
             agency waves off the delay as having “minimal” impact.",
        );
        assert_eq!(d[0], (None, some("The ad")));
        assert_eq!(d[1], (None, some("The piece")));
        assert_eq!(d[2], (None, some("The agency")));
        let d = described(
            "Voters met in Tampa. The Florida senator said he would fight for “every last \
             vote in the state.”",
        );
        assert_eq!(d[0], (None, some("The Florida senator")));
        // A quantifier alone before its verb.
        let d = described("Officials met.\n\nSome chanted “No more war!” as they marched.");
        assert_eq!(d[0], (None, some("Some")));
    }

    #[test]
    fn a_participle_after_an_object_is_the_unnamed_subjects() {
        // The subject that sends the statement speaks, named or not; after a possessive
        // determiner only a noun that can speak.
        let d = described(
            "Officials met.\n\nThe town put out a statement saying the plan “is based on \
             opinion, not facts.”\n\nHis office sent an email to supporters stating, “The \
             fight goes on.”",
        );
        assert_eq!(d[0], (None, some("The town")));
        assert_eq!(d[1], (None, some("His office")));
        let d =
            described("Officials met.\n\nHis face lit up as he told them about the “new dawn.”");
        assert_ne!(d[0].1, some("His face"));
        assert!(speaking_noun("aides") && speaking_noun("allies") && !speaking_noun("face"));
    }

    #[test]
    fn a_complement_after_the_speakers_noun_is_no_speaker() {
        let d =
            described("Officials met. A spokesman for the mayor called the report “outrageous.”");
        assert_eq!(d[0], (None, some("A spokesman for the mayor")));
        // Also over the capitalised words of a title before the name.
        let text = "Officials met. A spokeswoman for Senate Majority Leader Ada Crane said she \
                    supported “the goal” of the bill.";
        assert_eq!(described(text)[0].0, None);
    }

    #[test]
    fn a_place_after_in_locates_the_subject_and_does_not_speak() {
        let d = described("Officials in Lorvania said the talks were “productive.”");
        assert_eq!(d[0], (None, some("Officials in Lorvania")));
        // Also after a dateline or an opening phrase.
        let d = described("KYIV (Reuters) - Officials in Kharkiv said it was “deliberate.”");
        assert_eq!(d[0], (None, some("Officials in Kharkiv")));
        let d = described("On Tuesday, officials in Kharkiv said it was “deliberate.”");
        assert_eq!(d[0], (None, some("officials in Kharkiv")));
        let d = described(
            "Crowds gathered. A spokesman for the embassy in Kestrel City said it was “deeply \
             concerned.”",
        );
        assert_eq!(
            d[0],
            (None, some("A spokesman for the embassy in Kestrel City"))
        );
        // A name before "in" is the subject.
        let text = "Amnesty International in Kestrel City said police used “live ammunition.”";
        assert_eq!(speakers(text), [Some("Amnesty International".to_string())]);
    }

    #[test]
    fn people_by_party_a_quantifier_and_a_possessor_in_s() {
        let d = described(
            "Officials met. “The campaign has been slow,” one senior Democrat said. Yet \
             another said, “The senator is in a five-way battle for second place.”",
        );
        assert_eq!(d[0], (None, some("one senior Democrat")));
        assert_eq!(d[1], (None, some("another")));
        // A title in capitals is a noun of the description.
        let d = described("Officials met. “It was chaos,” one government MP said.");
        assert_eq!(d[0], (None, some("one government MP")));
        // The apostrophe alone after a name in -s marks a possessor too.
        let d = described(
            "Ada Sanders spoke. “It is a rush to judgment,” said Sanders’ campaign manager.",
        );
        assert_eq!(d[0], (None, some("Sanders’ campaign manager")));
        // People by their party open the sentence of a participle (not the place after them).
        let text = "Tom Reyes met them. Republicans on Capitol Hill seized on the message, \
                    arguing that it showed “intent” to break the law.";
        assert_eq!(described(text)[0], (None, some("Republicans")));
    }

    #[test]
    fn a_name_after_a_title_or_in_a_relative_clause_is_no_speaker() {
        let d = described(
            "Ada Crane spoke.\n\nA spokesman for Democratic presidential candidate Ada Crane \
             called the ruling “outrageous.”\n\nThe influential delegate and conservative \
             activist, who backs Crane, warned of a “ferocious” battle ahead.",
        );
        assert_eq!(
            d[0],
            (
                None,
                some("A spokesman for Democratic presidential candidate Ada Crane")
            )
        );
        assert_eq!(
            d[1],
            (
                None,
                some("The influential delegate and conservative activist")
            )
        );
    }

    #[test]
    fn a_name_before_a_noun_for_people_modifies_a_description() {
        let d = described(
            "Ada Crane spoke.\n\nCrane supporters chanted “fraud” over the count.\n\n\
             Crane's statement called the count a “fraud” on Monday.",
        );
        assert_eq!(d[0], (None, some("Crane supporters")));
        // A person's own statement is still the person's.
        assert!(d[1].0.is_some());
        let d = described(
            "Ada Crane spoke.\n\nThe Crane campaign printed “a tax on the rich” on its \
             signs.",
        );
        assert_eq!(d[0], (None, some("The Crane campaign")));
    }

    #[test]
    fn a_participle_and_its_complement_qualify_an_unnamed_source() {
        let d = described(
            "Vexo News ran it. Another source speaking to Vexo News said, “The agents are \
             looking at the contracts.” One aide speaking to reporters said, “We are done.”",
        );
        assert_eq!(d[0], (None, some("Another source speaking to Vexo News")));
        assert_eq!(d[1], (None, some("One aide speaking to reporters")));
    }

    #[test]
    fn more_unnamed_sources_after_a_quotation() {
        let d = described(
            "Officials met. “Watch out for the clerk,” tweeted another. “The facts have not \
             changed,” a spokesman for committee Democrats said.\n\nThe rule can apply, “when \
             people make false statements to agents,” according to the news outlet.\n\nThe \
             email went on to say, “Today we need your help.”",
        );
        assert_eq!(d[0], (None, some("another")));
        assert_eq!(d[1], (None, some("a spokesman for committee Democrats")));
        assert_eq!(d[2], (None, some("the news outlet")));
        assert_eq!(d[3], (None, some("The email")));
        // A relative clause between the source and its verb: its verbs are not the cue.
        let d = described(
            "Officials met. “The agents are under pressure,” an intelligence source, who was \
             not authorized to speak on the record, said.",
        );
        assert_eq!(d[0], (None, some("an intelligence source")));
        // A source named before the quotation keeps it: "according to" after it is where
        // the reporter read it.
        let s = speakers(
            "Wang Yi met Blinken. Wang said “China has no room for compromise”, \
                          according to the Chinese readout.",
        );
        assert_eq!(s[0], some("Wang Yi"));
    }

    #[test]
    fn with_no_verb_of_saying_only_a_subject_that_can_speak_frames_a_quotation() {
        let d = described(
            "Officials met.\n\nThe lack of voting places was “particularly burdensome” on \
             voters.\n\nThe organizers called the plan “a lifeboat for us all.”",
        );
        assert_eq!(d[0].1, None);
        assert_eq!(d[1], (None, some("The organizers")));
        // Not a piece of a hyphenated word, nor a noun that speaks for nobody before "to".
        let d = described(
            "Officials met.\n\n“It is over,” the bespectacled, 71-year-old diplomat said. He \
             called it a nod to the front-runner, who had been “very flexible,” he said.",
        );
        assert_eq!(d[0], (None, some("71-year-old diplomat")));
    }

    #[test]
    fn speaker_text_is_the_whole_description_or_nothing() {
        // Back to the determiner, through names and a possessive.
        let d = described(
            "“We need change,” the New York businessman said. “If he thinks that makes him \
             smart,” the ad’s narrator says. “You work hard,” a narrator in the rival ad asks.",
        );
        assert_eq!(d[0], (None, some("the New York businessman")));
        assert_eq!(d[1], (None, some("the ad’s narrator")));
        assert_eq!(d[2], (None, some("a narrator in the rival ad")));
        let d = described("The former first lady and U.S. senator said it was “a mistake” to go.");
        assert_eq!(d[0], (None, some("The former first lady and U.S. senator")));
        // A verb in the walk ends the subject: "my father often said".
        let d = described("“We live in a strange kingdom,” my father often said.");
        assert_eq!(d[0], (None, some("my father")));
    }

    #[test]
    fn a_stray_word_is_no_speaker_text() {
        // Neither a preposition, a pronoun such as "it", nor a time word names a source.
        let text = "Ada Crane spoke. She says it underscores that the plan is “unfit to serve \
                    anyone at all in this country.” Late on Friday night called the plan \
                    “a disaster for everyone who lives in the valley.”";
        for (speaker, words) in described(text) {
            if speaker.is_none() {
                assert!(
                    !matches!(words.as_deref(), Some("it" | "night" | "that" | "via")),
                    "{words:?}"
                );
            }
        }
    }

    #[test]
    fn an_unnamed_subject_frames_a_quotation_after_an_opening_phrase() {
        let d =
            described("On the form, in a box labeled “problem,” a doctor had typed “ideation.”");
        assert_eq!(d[1], (None, some("a doctor")));
    }

    #[test]
    fn nouns_in_ly_are_no_adverbs() {
        let d =
            described("The family urged police to publish the videos “as soon as they can do it.”");
        assert_eq!(d[0], (None, some("The family")));
    }

    #[test]
    fn a_cue_word_after_of_is_a_noun() {
        let d = described(
            "“We will win,” the former secretary of state and current nominee said on Monday.",
        );
        assert_eq!(
            d[0],
            (
                None,
                some("the former secretary of state and current nominee")
            )
        );
    }

    #[test]
    fn an_organisation_speaks_through_its_statements_not_its_members() {
        let text = "The Home Office wrote to councils. “Numbers will fall,” a Home Office \
                    letter said. “Numbers will rise,” a Home Office official said. “We are \
                    ready,” a Home Office spokesman said.";
        let d = described(text);
        assert_eq!(d[0].0, some("Home Office"));
        assert_eq!(d[1], (None, some("a Home Office official")));
        assert_eq!(d[2].0, some("Home Office"));
    }

    #[test]
    fn a_party_member_from_a_place_is_a_description() {
        let text = "The caucus was close. “It is over,” added another New Hampshire Democrat. \
                    A Texas Republican said, “We lost.”";
        let d = described(text);
        assert_eq!(d[0], (None, some("another New Hampshire Democrat")));
        assert_eq!(d[1], (None, some("A Texas Republican")));
    }

    #[test]
    fn a_kind_of_organisation_in_a_place_is_no_place() {
        let d = described(
            "The talks ended. The influential US daily said they were “a failure.” A German \
             carmaker called them “a waste.”",
        );
        assert_eq!(d[0], (None, some("The influential US daily")));
        assert_eq!(d[1], (None, some("A German carmaker")));
    }

    #[test]
    fn a_place_after_from_is_inside_the_description() {
        let d = described("“The bill is a disgrace,” the senator from Vermont said on Monday.");
        assert_eq!(d[0], (None, some("the senator from Vermont")));
    }

    #[test]
    fn an_unnamed_subject_opening_the_sentence_before_and() {
        let d = described(
            "The Republican nominee also outlined his plan and vowed to punish “those who \
             break the rules.”",
        );
        assert_eq!(d[0], (None, some("The Republican nominee")));
    }

    #[test]
    fn a_description_takes_its_participles_but_no_clause_or_date() {
        let d = described(
            "A leaked internal letter seen by Sky News says “failure to reply may result in \
             a fine”.",
        );
        assert_eq!(d[0], (None, some("A leaked internal letter")));
        // A share of those polled speaks; a date does not.
        let d =
            described("Voters were asked. However, 63 percent said Clinton was “justified” then.");
        assert_eq!(d[0], (None, some("63 percent")));
        let d = described("“We will fight for bipartisan solutions,” said this week.");
        assert_eq!(d[0].1, None);
    }

    #[test]
    fn more_unnamed_sources_around_their_verbs() {
        let d = described(
            "“I can only tell you what I saw,” said one source who asked not to be named. \
             According to the newspaper, “the gun laws are porous.” “Anybody but him,” \
             another said.",
        );
        assert_eq!(d[0], (None, some("one source")));
        assert_eq!(d[1], (None, some("the newspaper")));
        assert_eq!(d[2], (None, some("another")));
    }

    #[test]
    fn a_participle_shares_an_unnamed_subject_of_its_clause() {
        let d = described(
            "Ada Vale runs the mine. In August, several environmental groups granted Ms. Vale \
             an extension, saying her “capital was less than expected.”",
        );
        assert_eq!(d[0], (None, some("several environmental groups")));
        // Not past a verb of saying with its own subject, nor a time before the subject.
        let text = "Ada Vale spoke. The rival will play the “woman card,” Vale said, adding \
                    that the way to beat her “is to attack her record.” But a few days later, \
                    Vale reversed herself, telling reporters the laws “are set for good.”";
        let s = speakers(text);
        assert_eq!(s[1], some("Ada Vale"));
        assert_eq!(s[2], some("Ada Vale"));
        // A person's name after an article only modifies the description; a name before a
        // noun used as a cue's word ("a Facebook post") is no speaker either.
        let d = described(
            "Ada Vale spoke on Monday. A Vale campaign official later walked back the \
             comments, saying that Vale “had no particular video in mind.”",
        );
        assert_eq!(d[0], (None, some("A Vale campaign official")));
        let d = described(
            "Tom Reyes spoke. A friend wrote in a Facebook post that he was “a gentle soul who \
             never gave up.”",
        );
        assert_eq!(d[0], (None, some("A friend")));
    }

    #[test]
    fn a_possessors_relatives_speak_for_a_second_verb() {
        let d = described(
            "Tom Reyes died. Reyes's relatives watched the videos on Thursday and said they \
             came away with “more questions than answers.”",
        );
        assert_eq!(d[0], (None, some("Reyes's relatives")));
    }

    #[test]
    fn a_clause_after_the_quotation_or_a_new_sentence_has_its_own_subject() {
        // A conjunction after a comma opens a clause whose verb is not the quotation's cue.
        let s = speakers(
            "Ada Vale said the charity had “full disclosure,” citing its filings on Monday, \
             but several reports show otherwise.",
        );
        assert_eq!(s[0], some("Ada Vale"));
        // An unnamed subject in the next sentence is no speaker of the quotation before: the
        // subject of its own sentence frames it.
        let s = speakers(
            "Tom Reyes blamed the law on “careless officials.” His remarks came after being \
             asked about it.",
        );
        assert_eq!(s[0], some("Tom Reyes"));
        // "but now said": an adverb between the conjunction and the second verb.
        let s = speakers(
            "Tom Reyes used to back the mayor, but now said the mayor had “the chance to \
             unite us.”",
        );
        assert_eq!(s[0], some("Tom Reyes"));
    }

    #[test]
    fn affiliations_possessors_and_pairs_around_a_persons_name() {
        // An organisation "of" a place inside the affiliation: the person speaks.
        let s = speakers(
            "Bishop Aron Telk of the Armenian Patriarchate of Jerusalem told the Associated \
             Press, “We have suffered.”",
        );
        assert_eq!(s[0], some("Aron Telk"));
        // A place's possessive before the person after an inverted cue.
        let s = speakers("“We will lose,” said Florida’s Rick Vale, a Republican consultant.");
        assert_eq!(s[0], some("Rick Vale"));
        // Two people as one subject: the first named.
        let s = speakers("Ada Vale and Tom Reyes wrote in September: “The plan will fail.”");
        assert_eq!(s[0], some("Ada Vale"));
    }

    #[test]
    fn a_report_according_to_a_named_source_is_that_sources() {
        let s = speakers(
            "Tom Reyes spoke to delegates.\n\n“Do not protest on the floor,” Reyes said, \
             according to CNN. “It matters to all of us.”\n\nAda Vale said the rally was “a \
             success,” according to a transcript of the show.",
        );
        assert_eq!(s, vec![some("CNN"), some("CNN"), some("Ada Vale")]);
    }

    #[test]
    fn a_things_verb_or_a_clause_after_the_quotation_leaves_the_reporting_source() {
        // An unnamed thing's verb inside reported speech: the reporting clause's source.
        let s = speakers(
            "Tom Reyes spoke on Monday. Reyes said history has shown the need for a “stable \
             government” in any such campaign.",
        );
        assert_eq!(s[0], some("Tom Reyes"));
        // People by description speak for themselves, by the head noun before "of" too.
        let d = described(
            "Ada Vale spoke. She said parents would not be eligible, and when pressed on why, \
             the 34-year-old mother of three replied, “It is meant to benefit families.”",
        );
        assert_eq!(d[0].0, None);
        let d = described(
            "Ada Vale spoke at the rally. As Vale said it was good to be home, a man yelled \
             “Stay there!” at her.",
        );
        assert_eq!(d[0].0, None);
        // A clause of time with its own subject after the quotation; "himself" after a name.
        let s = speakers(
            "Tom Reyes took questions. Asked about the plan, Reyes reportedly said, “You tell \
             me,” repeatedly, before he stopped responding. Ada Vale herself said that “it \
             cannot work.”",
        );
        assert_eq!(s, vec![some("Tom Reyes"), some("Ada Vale")]);
    }

    #[test]
    fn a_verb_with_no_speaking_subject_or_after_a_date_keeps_the_reporting_source() {
        let s = speakers(
            "Tom Reyes spoke on Sunday. Reyes said he expected that Americans will say “no” to \
             the plan.",
        );
        assert_eq!(s[0], some("Tom Reyes"));
        let s = speakers(
            "Tom Reyes toured the state. Reyes during a Sunday thanked the nurses “for \
             their support in my campaign.”",
        );
        assert_eq!(s[0], some("Tom Reyes"));
    }

    #[test]
    fn a_long_reporting_clause_between_two_quotations_keeps_the_speaker() {
        let s = speakers(
            "The race is close. “We have the people to do that,” said Rick Vale, a \
             strategist who once worked for Ada Crane and has advised a super PAC in 2016. \
             “That’s the whole field.” Others disagree.",
        );
        assert_eq!(s, vec![some("Rick Vale"), some("Rick Vale")]);
    }

    #[test]
    fn a_town_and_its_state_in_an_affiliation() {
        let s = speakers(
            "Voters lined up early. Stacy Vale of Columbia, South Carolina says she thinks the \
             senator can win if he keeps “doing what he’s doing.”",
        );
        assert_eq!(s[0], some("Stacy Vale"));
    }

    #[test]
    fn a_reporting_clause_that_ends_the_sentence_after_a_comma() {
        let s = speakers(
            "Tom Reyes leads the bureau. The bureau made a “mistake” in the background check \
             for the shooter, Reyes has said. The treaty signals “the beginning of the end” \
             for the union, said Ada Vale, a party founder.",
        );
        assert_eq!(s, vec![some("Tom Reyes"), some("Ada Vale")]);
    }

    #[test]
    fn a_people_or_a_place_and_a_role_before_the_person_opening_the_sentence() {
        let s = speakers(
            "Tom Reyes spoke on Monday.\n\nRepublican presidential front-runner Tom Reyes \
             defended his campaign manager as a “very decent man” on Tuesday.",
        );
        assert_eq!(s, vec![some("Tom Reyes")]);
        let s = speakers(
            "Ada Vale spoke on Monday.\n\nGermany’s Chancellor Ada Vale heralded the deal as \
             a “breakthrough.”",
        );
        assert_eq!(s, vec![some("Ada Vale")]);
    }

    #[test]
    fn a_long_participles_clause_or_a_conjunction_before_the_subject() {
        let s = speakers(
            "Tom Reyes spoke on Monday.\n\nReyes, leading narrowly in the state polls and \
             focusing most of his time there, questioned Vale’s “city values” and her record.",
        );
        assert_eq!(s, vec![some("Tom Reyes")]);
        let s = speakers(
            "Acme Rising spoke on Monday.\n\nAnd Acme Rising, a conservative political action \
             committee, called the former president less an asset than “a walking liability” \
             for his wife.",
        );
        assert_eq!(s, vec![some("Acme Rising")]);
    }

    #[test]
    fn an_opening_phrase_with_commas_or_a_participle_before_the_subject() {
        let s = speakers(
            "Tom Reyes spoke on Monday.\n\nAt a business summit in Hilton Head, S.C., Reyes \
             offered a defense of the “fair and tough” bill.",
        );
        assert_eq!(s, vec![some("Tom Reyes")]);
        let s = speakers(
            "Tom Reyes spoke on Monday.\n\nPreceded at the lectern by Ada Vale, the sheriff, \
             Reyes launched into a lament for the “countless Americans” in danger.",
        );
        assert_eq!(s, vec![some("Tom Reyes")]);
    }

    #[test]
    fn a_report_after_a_comma_is_the_reporters() {
        let s = speakers(
            "Ada Vale leads the group.\n\n“You are no longer welcome,” said Ada Vale, director \
             of the group, reports USA Today.",
        );
        assert_eq!(s, vec![some("USA Today")]);
    }

    #[test]
    fn a_final_reporting_clause_with_a_role_before_the_name() {
        let s = speakers(
            "Neil Vale spoke.\n\nGiven the senator's success, his endorsements will carry \
             \"a great deal of weight\" and help bring candidates the \"firepower\" they need to \
             win, group spokesman Neil Vale said.",
        );
        assert_eq!(s, vec![some("Neil Vale"), some("Neil Vale")]);
    }

    #[test]
    fn an_inverted_final_reporting_clause_whatever_stands_before_its_comma() {
        let s = speakers(
            "Ada Kunin spoke. Tom Reyes is running.\n\n\"This will be a challenge\" for Reyes, \
             said Kunin.",
        );
        assert_eq!(s, vec![some("Ada Kunin")]);
        // Not a name after a clause of time: `said when Boyle asked`.
        let s = speakers(
            "Tom Reyes met Matt Boyle.\n\n“Very good reporter,” Reyes, the front-runner in the \
             state by a wide margin after winning the primaries, said when Boyle asked him.",
        );
        assert_ne!(s[0], some("Matt Boyle"));
    }

    #[test]
    fn a_participle_opening_the_sentence_shares_its_main_subject() {
        let s = speakers(
            "Tom Reyes toured the state.\n\nSpeaking to Acme News on Monday in Concord, which \
             hosts the next contest, Reyes referred to Ada Vale as “a bright leader.”",
        );
        assert_eq!(s, vec![some("Tom Reyes")]);
    }

    #[test]
    fn a_source_named_inside_reported_speech_is_reported() {
        let s = speakers(
            "Ada Vale met the caucus. Tom Reyes attended.\n\nRep. Tom Reyes said Vale called on \
             members to be “closely coordinated.”",
        );
        assert_eq!(s, vec![some("Tom Reyes")]);
    }
}
