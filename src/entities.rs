//! Stage 3: mentions → entities, short forms merged into the fullest name.
//!
//! Takes the mentions of [`crate::mentions`]; gives the entities with every mention, plus
//! each mention's entity (the speaker stage needs both). Rules, each for a way news text
//! refers back to a name:
//!
//! - the same words again are the same entity ("Blinken" … "Blinken");
//! - one word of a person's full name is that person ("Blinken" → "Antony Blinken", and the
//!   family name first in "Wang" → "Wang Yi"), the last word preferred, also in capitals
//!   ("PENCE:" in a transcript); of several such people, the one named most so far by the
//!   full or family name, not a relative named in passing, introduced as one or called by
//!   the given name ("Ted Cruz" … "his wife, Heidi Cruz" … "Cruz said"), and never one of
//!   the other gender than a title says ("Mr. Clinton", "Mrs. Clinton");
//! - an acronym is the name whose initials it spells ("U.S.", "US" → "United States");
//! - a company's first word alone is the company ("Halvorsen" → "Halvorsen Logistics"),
//!   unless it names a person of the article or its context names a place;
//! - a word left untyped by the mention stage takes the type of the entity it joins, or
//!   of its context ("Qin said" is a person), or is dropped when nothing says what it is;
//!   a name read as a person by its shape alone is an organisation when an appositive,
//!   staff at it or what only an organisation has say so ("Kestrel Dynamics, a drone
//!   maker,", "Quorvex shareholders", "Westvale's striker");
//! - a name is no entity when it counts things ("100 Polaroids" beside "a Polaroid camera")
//!   or names a vehicle ("the oil tanker Nordic Pearl"), in every mention.
//!
//! The canonical name is the longest form used. Gender (for pronouns) comes from titles
//! ("Mrs.") and given names.

use crate::analysis::{Entity, EntityType, Span};
use crate::lexicon::{self, Gender};
use crate::mentions::{self, Mention};
use crate::text::{char_count, is_possessive_s, Document, TokenKind};
use rustc_hash::FxHashMap as HashMap;

/// How many full names sharing a word the merging weighs for the word alone, the most
/// recent (the Clintons of an article; bounded, so the stage stays linear).
const NAMES_SHARING_A_WORD: usize = 8;
/// How many of the latest people named by a full name a misspelt family name is compared
/// with (a bounded look-up per mention: linear).
const RECENT_PEOPLE: usize = 16;
/// How many first words of organisations' names a clipped one is compared with (the first
/// so many: a bounded look-up per mention).
const CLIPPED_NAMES: usize = 32;

/// Are `a` and `b` one full name, one written with middle initials, or one middle name, and
/// the other without ("Donald J. Trump", "Donald Trump"; "Jorge Mario Bergoglio", "Jorge
/// Bergoglio")? (Not two that both have some: "George H. W. Bush" and "George W. Bush" are
/// two people.)
fn same_but_middle_names(a: &str, b: &str) -> bool {
    let is_initial = |w: &str| {
        let letters = w.strip_suffix('.').unwrap_or(w);
        letters.len() == 1 && letters.chars().all(|c| c.is_ascii_uppercase())
    };
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (Some((first, last)), Some((long_first, long_rest))) =
        (short.split_once(' '), long.split_once(' '))
    else {
        return false;
    };
    let Some((middle, long_last)) = long_rest.rsplit_once(' ') else {
        return false;
    };
    let one_name = !middle.contains(' ')
        && middle.starts_with(char::is_uppercase)
        && middle.chars().all(char::is_alphabetic);
    !last.contains(' ')
        && first == long_first
        && last == long_last
        && (middle.split(' ').all(is_initial) || one_name)
}

/// Does an age in apposition follow the name at tokens `[a, b)` ("Jutting, now 31, is on
/// trial", "Duran, 45, told Reuters")? Only a person has one.
fn age_in_apposition(doc: &Document, (_, b): (usize, usize)) -> bool {
    let n = doc.tokens.len();
    if b + 1 >= n || doc.word(b) != "," {
        return false;
    }
    let k = if matches!(doc.lower(b + 1).as_ref(), "now" | "aged") {
        b + 2
    } else {
        b + 1
    };
    k + 1 < n
        && doc.tokens[k].kind == TokenKind::Number
        && doc.word(k).len() <= 3
        && doc.word(k).bytes().all(|c| c.is_ascii_digit())
        && doc.word(k + 1) == ","
}

/// A mention with the entity it refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedMention {
    pub span: Span,
    pub tokens: (usize, usize),
    pub entity: usize,
}

/// Entities, with their mentions in text order and what the speaker stage needs to know.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    pub entities: Vec<Entity>,
    /// Every mention in text order, with its entity id.
    pub mentions: Vec<ResolvedMention>,
    /// Gender of each entity (by id), `Unknown` for non-people and unknown names.
    pub genders: Vec<Gender>,
    /// Per entity (by id): its type is a guess from the shape of its words alone, in every
    /// mention (no word list, title or context said it): what the learned tagger may
    /// overrule ([`crate::tagger::hybrid::retype`]).
    pub shape_only: Vec<bool>,
}

impl Resolved {
    /// Removes the entities `dropped` (by id) and their mentions; the others' ids are
    /// renumbered in order.
    pub fn drop_entities(&mut self, dropped: &[bool]) {
        let is_dropped = |e: usize| dropped.get(e).copied().unwrap_or(false);
        let mut new_id = Vec::with_capacity(self.entities.len());
        let mut kept = 0;
        for e in 0..self.entities.len() {
            new_id.push(kept);
            kept += usize::from(!is_dropped(e));
        }
        self.mentions.retain(|m| !is_dropped(m.entity));
        for m in &mut self.mentions {
            m.entity = new_id[m.entity];
        }
        retain_by_id(&mut self.entities, is_dropped);
        for (id, entity) in self.entities.iter_mut().enumerate() {
            entity.id = id;
        }
        retain_by_id(&mut self.genders, is_dropped);
        retain_by_id(&mut self.shape_only, is_dropped);
    }
}

/// Keeps the items of a per-entity list whose entity id (their index) is not dropped.
fn retain_by_id<T>(items: &mut Vec<T>, is_dropped: impl Fn(usize) -> bool) {
    let mut id = 0;
    items.retain(|_| {
        id += 1;
        !is_dropped(id - 1)
    });
}

/// Initials of a multi-word name, skipping function words: "United States" → "US"; with
/// the "of" kept if `with_of` ("Bank of Japan" → "BOJ").
fn initials(name: &str, with_of: bool) -> Option<String> {
    let skipped = |w: &str| matches!(w, "the" | "for" | "and" | "&") || (w == "of" && !with_of);
    let words = name.split([' ', '-']).filter(|w| !skipped(w));
    // (Two words at least.)
    words.clone().nth(1)?;
    words
        .map(|w| {
            if w == "of" {
                Some('O')
            } else {
                w.chars().next()
            }
        })
        .collect()
}

/// A name in capitals ("BEIJING") as the article writes it elsewhere ("Beijing"); acronyms
/// and short words stay as they are.
fn capitals_as_written<'t>(text: &'t str, written: &HashMap<String, &'t str>) -> &'t str {
    let all_caps = text.chars().filter(|c| c.is_alphabetic()).count() > 3
        && !text.chars().any(char::is_lowercase);
    if all_caps {
        written
            .get(&text.to_ascii_lowercase())
            .copied()
            .unwrap_or(text)
    } else {
        text
    }
}

/// "Tesla Inc" → "Tesla", "Acme Holdings Ltd." → "Acme Holdings".
fn without_legal_form(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((head, last)) if lexicon::is_legal_form(last) => head.trim_end_matches(','),
        _ => name,
    }
}

/// "U.S." → "US"; `None` unless the word is an acronym. A lower-case "o" or "f" between
/// capitals stands for "of" or "for", which [`initials`] leave out: "BoE" → "BE" (the Bank
/// of England), "DfE" → "DE" (the Department for Education).
fn acronym(word: &str) -> Option<String> {
    // (Asked of every name: most have more words, or more letters, than an acronym.)
    if word.len() > 16 || word.contains(' ') {
        return None;
    }
    let chars: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    let link = |k: usize| {
        matches!(chars[k], 'o' | 'f')
            && k > 0
            && chars[k - 1].is_uppercase()
            && chars.get(k + 1).is_some_and(|c| c.is_uppercase())
    };
    let letters: String = (0..chars.len())
        .filter(|&k| !link(k))
        .map(|k| chars[k])
        .collect();
    let ok = (2..=6).contains(&char_count(&letters)) && letters.chars().all(|c| c.is_uppercase());
    ok.then_some(letters)
}

/// Can an acronym typed `short` stand for a name typed `full`? The same type; or an acronym
/// typed an organisation (by its capitals) for a place or a building ("Kennedy Space Center
/// … KSC employees"). A place stays a place: "US" is no "University of Sheffield".
fn initials_fit(short: Option<EntityType>, full: Option<EntityType>) -> bool {
    match (short, full) {
        (None, _) | (_, None) => true,
        (Some(a), Some(b)) if a == b => true,
        (Some(EntityType::Org), Some(b)) => is_place(b),
        _ => false,
    }
}

fn is_place(t: EntityType) -> bool {
    matches!(t, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
}

/// Can a mention typed `a` refer to an entity typed `b`? (Places and organisations swap
/// in metonymy: "Washington said".)
fn compatible(a: EntityType, b: EntityType) -> bool {
    a == b
        || (is_place(a) && is_place(b))
        || matches!(
            (a, b),
            (EntityType::Gpe, EntityType::Org) | (EntityType::Org, EntityType::Gpe)
        )
}

/// Merges mentions into entities.
pub fn merge(doc: &Document, mut mentions: Vec<Mention>) -> Resolved {
    // A name the shape of its words typed (or the learned tagger retyped), followed by an age
    // in apposition, is a person: "Kerrie-Anne Lindqvist, 67, fled".
    for m in mentions
        .iter_mut()
        .filter(|m| m.guessed && age_in_apposition(doc, m.tokens))
    {
        m.kind = Some(EntityType::Person);
        m.guessed = false;
    }
    // (word, is it the family name) → the first multi-word person name that has it. With the
    // few such names read so far (`seen_with`, kept while merging), a bounded look-up per
    // mention: linear.
    let mut first_with: HashMap<(&str, bool), usize> = HashMap::default();
    // (word, is the title a man's) → a mention of the word alone after a title of that
    // gender ("Mr. Obama", "Mrs. Clinton"). Only the keys are read: a map of the type of
    // `first_with` rather than a set, as another hash table type costs the wasm 1.4 KB.
    let mut titled: HashMap<(&str, bool), usize> = HashMap::default();
    let mut acronyms: HashMap<String, usize> = HashMap::default();
    let mut org_first_words: HashMap<&str, usize> = HashMap::default();
    // An organisation's one-word name → its first mention alone.
    let mut org_first_alone: HashMap<&str, usize> = HashMap::default();
    // The first words of organisations' names of several words, with their first mention,
    // for a clipped first word alone ("Fed" of "Federal Reserve").
    let mut org_first_words_list: Vec<(&str, usize)> = Vec::new();
    // The words before the head word of an organisation named "… <head> of …" ("Planned
    // Parenthood" of "Planned Parenthood Federation of America") → that mention.
    let mut org_words_before_head: HashMap<&str, usize> = HashMap::default();
    // Per mention, then per entity (by its leader) as they merge: how many mentions it has
    // by its full name or family name so far, and the gender a title or a full name's given
    // name says it has ("Mrs. Clinton", "Bill Clinton"). (A relative introduced as one, "her
    // husband, former President Bill Clinton", "his wife, Heidi Cruz", is not whom the family
    // name alone stands for: not counted.)
    let mut counted: Vec<usize> = Vec::with_capacity(mentions.len());
    let mut gender_of: Vec<Option<Gender>> = Vec::with_capacity(mentions.len());
    for (m, mention) in mentions.iter().enumerate() {
        let text = mention.span.of(doc.text);
        counted.push(usize::from(!introduced_as_relative(doc, mention.tokens.0)));
        let given = text.split_once(' ').map(|(first, _)| first);
        gender_of.push(
            mention
                .title_gender
                .or_else(|| given.and_then(lexicon::given_name))
                .filter(|g| matches!(g, Gender::Male | Gender::Female)),
        );
        if let Some(g @ (Gender::Male | Gender::Female)) = mention.title_gender {
            titled.entry((text, g == Gender::Male)).or_insert(m);
        }
        // A family name after a title ("Senator Hamilton", "Dr. Houston") names the person
        // as a full name does: the word alone elsewhere is that person, even where a word
        // list knows it as a place ("Hamilton added"). (Not a beauty queen's title: "Miss
        // Poland" leaves Poland a country.)
        let k = mention.tokens.0;
        if mention.kind == Some(EntityType::Person)
            && !text.contains(' ')
            && mention.title_gender.is_some()
            && !(k > 0 && doc.word(k - 1) == "Miss")
        {
            first_with.entry((text, true)).or_insert(m);
        }
        match mention.kind {
            Some(EntityType::Person) if text.contains(' ') => {
                let words: Vec<&str> = text.split(' ').collect();
                for (k, w) in words.iter().enumerate() {
                    first_with.entry((w, k + 1 == words.len())).or_insert(m);
                }
            }
            Some(t) if t != EntityType::Date && t != EntityType::Norp => {
                if let Some(init) = initials(text, false) {
                    acronyms.entry(init).or_insert(m);
                }
                let before_of = text.split_once(" of ").map(|(before, _)| before);
                // ("DOJ" for the Department of Justice, "BOJ" for the Bank of Japan: by the
                // "of" too.)
                if before_of.is_some() {
                    if let Some(init) = initials(text, true) {
                        acronyms.entry(init).or_insert(m);
                    }
                }
                // "Huawei" for "Huawei Technologies", "Apple" for "Apple Inc", and the first
                // words of a company by its kind: "Pinnacle West" for "Pinnacle West Capital
                // Corp.". (The first such name, or the first that is a company by its kind:
                // see `stands_for_company`.)
                // (Not in a headline, which may name the company shortly before the body
                // names it in full.)
                if t == EntityType::Org
                    && !text.contains(' ')
                    && !doc.title_case[doc.tokens[mention.tokens.0].paragraph]
                {
                    org_first_alone.entry(text).or_insert(m);
                }
                if t == EntityType::Org {
                    if let Some((first, _)) = text.split_once(' ') {
                        if !org_first_words_list.iter().any(|&(w, _)| w == first)
                            && org_first_words_list.len() < CLIPPED_NAMES
                        {
                            org_first_words_list.push((first, m));
                        }
                    }
                    let by_kind = is_company_by_kind(text);
                    for (end, _) in text.match_indices(' ') {
                        let first = &text[..end];
                        if first.contains(' ') && !by_kind {
                            break;
                        }
                        let slot = org_first_words.entry(first).or_insert(m);
                        if !is_company_by_kind(mentions[*slot].span.of(doc.text)) && by_kind {
                            *slot = m;
                        }
                    }
                    // "Planned Parenthood" of "Planned Parenthood Federation of America".
                    if let Some((first, head)) = before_of.and_then(|b| b.rsplit_once(' ')) {
                        if lexicon::is_org_word(head) {
                            org_words_before_head.entry(first).or_insert(m);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    // Union of mentions: each mention points at the mention that names its entity first.
    let mut leader: Vec<usize> = (0..mentions.len()).collect();
    let mut kinds: Vec<Option<EntityType>> = mentions.iter().map(|m| m.kind).collect();
    let mut by_text: HashMap<(&str, bool), usize> = HashMap::default();
    // The same words' second entity, of a kind the first cannot be (a club of the dateline
    // city's name; the river beside the company of its name): its first mention.
    let mut second_of_text: HashMap<(&str, bool), usize> = HashMap::default();
    // A dateline's place is the city, never the team or the company of the same name that
    // the article goes on about ("NEW YORK 1996-08-30" above "NEW YORK 74 59 .556"): per
    // entity (by its leader), does it hold one?
    let mut holds_dateline: Vec<bool> = mentions.iter().map(|m| m.dateline).collect();
    fn find(leader: &mut [usize], mut x: usize) -> usize {
        while leader[x] != x {
            leader[x] = leader[leader[x]];
            x = leader[x];
        }
        x
    }
    // (word, is it the family name) → the full person names with it read so far, one
    // mention each, the most recent last (at most `NAMES_SHARING_A_WORD`): an index into
    // `seen_lists`. (A map of the type of `first_with`, as another hash table type costs
    // the wasm a kilobyte.)
    let mut seen_with: HashMap<(&str, bool), usize> = HashMap::default();
    let mut seen_lists: Vec<Vec<usize>> = Vec::new();
    // The latest people named by a full name, one mention each (at most `RECENT_PEOPLE`).
    let mut recent_people: Vec<usize> = Vec::new();
    /// Merges the entity led by `from` into the one led by `into`, with its count and gender.
    fn join(
        leader: &mut [usize],
        counted: &mut [usize],
        gender_of: &mut [Option<Gender>],
        from: usize,
        into: usize,
    ) {
        if from != into {
            leader[from] = into;
            counted[into] += counted[from];
            gender_of[into] = gender_of[into].or(gender_of[from]);
        }
    }
    // Each name as written in mixed case: "BEIJING" → "Beijing".
    let written: HashMap<String, &str> = mentions
        .iter()
        .map(|m| m.span.of(doc.text))
        .filter(|t| t.chars().any(char::is_lowercase))
        // (Lower-case keys: `to_uppercase` would link Unicode's upper-case tables into
        // the wasm, which every reader downloads.)
        .map(|t| (t.to_ascii_lowercase(), t))
        .collect();
    for (m, mention) in mentions.iter().enumerate() {
        let text = mention.span.of(doc.text);
        let is_date = mention.kind == Some(EntityType::Date);
        if mention.kind == Some(EntityType::Person) && text.contains(' ') {
            let same_name = |p: usize| mentions[p].span.of(doc.text) == text;
            let words: Vec<&str> = text.split(' ').collect();
            for (k, w) in words.iter().enumerate() {
                let list = *seen_with
                    .entry((w, k + 1 == words.len()))
                    .or_insert_with(|| {
                        seen_lists.push(Vec::new());
                        seen_lists.len() - 1
                    });
                remember_latest(&mut seen_lists[list], m, NAMES_SHARING_A_WORD, same_name);
            }
            remember_latest(&mut recent_people, m, RECENT_PEOPLE, same_name);
        }
        // The full name a single word stands for: the family name first, a full name read
        // before it (see `full_name`), else the first later one.
        // "PENCE:" in a transcript is "Mike Pence".
        let as_written = if text.len() > 2 && !text.chars().any(char::is_lowercase) {
            mentions::title_cased(text)
        } else {
            String::new()
        };
        let name_word = if as_written.is_empty() {
            text
        } else {
            as_written.as_str()
        };
        let root = |mut x: usize| {
            while leader[x] != x {
                x = leader[x];
            }
            x
        };
        // ("Mr. Obama" is not "Michelle Obama": a word that a title gives one gender alone,
        // never the other, names no one whose given name is of the other; and "Mrs. Clinton"
        // is no one known as a man, by a given name or by a title: "Mr. Clinton".)
        let gender_fits = |p: usize| {
            let known = gender_of[root(p)];
            match (mention.title_gender, known) {
                (Some(t @ (Gender::Male | Gender::Female)), Some(g)) => t == g,
                (_, Some(g)) => {
                    let man = g == Gender::Male;
                    titled.contains_key(&(text, man)) || !titled.contains_key(&(text, !man))
                }
                _ => true,
            }
        };
        // A word that begins a company by its kind ("Pirelli SpA") is that company, not
        // the first word of a name read as a person by its shape ("Pirelli Cables"; but
        // "Trump" of "Ivanka Trump" is the family name, not "Trump Organization").
        let company = || {
            org_first_words
                .get(text)
                .is_some_and(|&o| is_company_by_kind(mentions[o].span.of(doc.text)))
        };
        // (By the family name, of a fitting gender; by another word, no company's.)
        let fits = |p: usize, family: bool| {
            if family {
                gender_fits(p)
            } else {
                !(mentions[p].guessed && company())
            }
        };
        // Of several full names with the word ("Hillary Clinton", then "Bill Clinton"), the
        // one named most so far: a relative named in passing does not take the article's
        // person ("Ted Cruz" … "his wife, Heidi Cruz" … "Cruz said"); on a tie, the latest.
        let full_name = |family: bool| {
            let key = (name_word, family);
            let Some(&list) = seen_with.get(&key) else {
                return first_with
                    .get(&key)
                    .copied()
                    .filter(|&p| p != m && fits(p, family));
            };
            seen_lists[list]
                .iter()
                .copied()
                .filter(|&p| p != m && fits(p, family))
                .max_by_key(|&p| counted[root(p)])
        };
        // An alias of a longer name: a person's name word, or an acronym.
        let mut target = None;
        // (A person called by the given name, "Melania", is not the one the family name
        // alone stands for: such mentions do not count towards it.)
        let mut by_given_name = false;
        if !is_date
            && !text.contains(' ')
            && matches!(mention.kind, None | Some(EntityType::Person))
        {
            let by_family = full_name(true);
            by_given_name = by_family.is_none();
            target = by_family
                .or_else(|| full_name(false))
                .filter(|&p| gender_fits(p));
            // A family name no one has, a letter or two off that of a person named lately,
            // is a misspelling of it: "Ms Bauchtman said" after "Lydia Buchtmann".
            if target.is_none() {
                target = recent_people.iter().rev().copied().find(|&p| {
                    let full = mentions[p].span.of(doc.text);
                    full.rsplit(' ')
                        .next()
                        .is_some_and(|family| misspelt(text, family))
                        && gender_fits(p)
                });
                by_given_name &= target.is_none();
            }
        }
        // The end of a longer name: "Ferreira Lobo" after "Duarte Ferreira Lobo".
        if mention.kind == Some(EntityType::Person) {
            if let Some((_, family)) = text.rsplit_once(' ') {
                target = first_with.get(&(family, true)).copied().filter(|&p| {
                    let full = mentions[p].span.of(doc.text);
                    p != m
                        && full.len() > text.len()
                        && full.ends_with(text)
                        && full.as_bytes()[full.len() - text.len() - 1] == b' '
                });
            }
        }
        // A family name that is also a place or a people: "Paris claims …" after "Valeska
        // Paris", "Cuban said" after "Mark Cuban". (Not "MOSCOW" in a dateline.)
        if !text.contains(' ')
            && as_written.is_empty()
            && (matches!(mention.kind, Some(EntityType::Gpe | EntityType::Loc))
                || (mention.kind == Some(EntityType::Norp) && used_as_a_noun(doc, mention)))
        {
            if let Some(p) = full_name(true) {
                kinds[m] = Some(EntityType::Person);
                target = Some(p);
            }
        }
        // "Donald J. Trump" is "Donald Trump": a full name with or without its middle
        // initials or middle name (the first full name of that family name).
        if target.is_none() && mention.kind == Some(EntityType::Person) {
            if let Some((_, family)) = text.rsplit_once(' ') {
                target = first_with.get(&(family, true)).copied().filter(|&p| {
                    p != m && same_but_middle_names(text, mentions[p].span.of(doc.text))
                });
            }
        }
        let mut by_initials = false;
        if target.is_none() && !is_date {
            if let Some(a) = acronym(text) {
                target = acronyms
                    .get(&a)
                    .copied()
                    .filter(|&p| p != m && initials_fit(mention.kind, mentions[p].kind));
                by_initials = target.is_some();
            }
        }
        // "the United Nations Relief and Works Agency, known as UNRWA", "the Revolutionary
        // Armed Forces of Colombia (FARC)": another name the text gives the one before.
        if target.is_none() && !is_date && m > 0 && named_also(doc, &mentions[m - 1], mention) {
            target = Some(m - 1);
            by_initials = true;
        }
        // "Halvorsen" for "Halvorsen Logistics": an organisation's first word or words alone,
        // when they say nothing else (untyped, or a person by its shape alone) and names no
        // person of the article (checked above).
        let said_nothing =
            mention.kind.is_none() || (mention.kind == Some(EntityType::Person) && mention.guessed);
        let mut by_company_word = false;
        if target.is_none() && (said_nothing || mention.kind == Some(EntityType::Org)) {
            // (Not a company named alone first, and then by a longer name that only adds
            // common words: "Acme" … "Acme Marketplace", a product or a part of it. News
            // gives a company's full name first: "Acme Platforms" … "Acme".)
            let product = |p: usize| {
                org_first_alone.get(text).is_some_and(|&first| first < p)
                    && adds_common_words(mentions[p].span.of(doc.text), text)
            };
            target = org_first_words.get(text).copied().filter(|&p| {
                p != m
                    && (!said_nothing
                        || stands_for_company(doc, mention, mentions[p].span.of(doc.text)))
                    && !product(p)
            });
            by_company_word = target.is_some() && said_nothing;
        }
        // "Planned Parenthood" for "Planned Parenthood Federation of America": the words
        // before such a name's head, when they say nothing else. (Not a name that is an
        // organisation of its own: "Federal Reserve" beside "Federal Reserve Bank of New
        // York".)
        if target.is_none() && said_nothing {
            target = org_words_before_head
                .get(text)
                .copied()
                .filter(|&p| p != m && nothing_against_a_company(doc, mention));
            by_company_word = target.is_some();
        }
        // "the Fed" for the Federal Reserve: an organisation's first word clipped, three
        // letters at least and three fewer. (Not an acronym: "FED".)
        if target.is_none()
            && mention.kind == Some(EntityType::Org)
            && !text.contains(' ')
            && text.len() >= 3
            && !mentions::is_all_caps(text)
        {
            target = org_first_words_list
                .iter()
                .find(|&&(first, _)| first.len() >= text.len() + 3 && first.starts_with(text))
                .map(|&(_, p)| p);
        }
        if by_given_name {
            counted[m] = 0;
        }
        if let Some(p) = target {
            let (lm, lp) = (find(&mut leader, m), find(&mut leader, p));
            // (A word that said nothing of itself is the company, whatever it was guessed.)
            if by_company_word && mention.guessed && kinds[lm] == mention.kind {
                kinds[lm] = kinds[lp];
            }
            let ok = by_initials
                || match (kinds[lm], kinds[lp]) {
                    (Some(a), Some(b)) => compatible(a, b),
                    _ => true,
                };
            if ok {
                let (keep, drop) = (lm.min(lp), lm.max(lp));
                join(&mut leader, &mut counted, &mut gender_of, drop, keep);
                // An acronym is what its full name is ("Kennedy Space Center (KSC)").
                kinds[keep] = if by_initials {
                    kinds[lp].or(kinds[lm])
                } else {
                    kinds[keep].or(kinds[drop]).or(kinds[p])
                };
                // (Known by its words too, for the plurals below.)
                by_text.entry((text, is_date)).or_insert(m);
                continue;
            }
        }
        // The same words again: the same entity; an organisation also without its legal
        // form ("Tesla Inc" is "Tesla").
        let text = if mention.kind == Some(EntityType::Org) {
            without_legal_form(text)
        } else {
            text
        };
        // "BEIJING" in a dateline is "Beijing".
        let text = capitals_as_written(text, &written);
        let key = (text, is_date);
        match by_text.get(&key) {
            Some(&first) => {
                let lf = find(&mut leader, first);
                let lm = find(&mut leader, m);
                // A person by the shape of its words alone, no given name among them, is the
                // company those words name with a legal form ("Time Warner" beside "Time
                // Warner Inc."), or the organisation the same two or more words name
                // elsewhere ("Wells Fargo’s behavior" beside "Wells Fargo board member"; not
                // one word, which a scorecard's table may read either way).
                let guessed_person = |k: usize| {
                    let words = mentions[k].span.of(doc.text);
                    mentions[k].guessed
                        && mentions[k].kind == Some(EntityType::Person)
                        && words.split(' ').all(|w| lexicon::given_name(w).is_none())
                };
                let with_legal_form = |k: usize| {
                    let name = mentions[k].span.of(doc.text);
                    without_legal_form(name) != name
                };
                let person_of_company = match (kinds[lf], mention.kind) {
                    (Some(EntityType::Org), Some(EntityType::Person)) => {
                        guessed_person(m) && (with_legal_form(first) || text.contains(' '))
                    }
                    (Some(EntityType::Person), Some(EntityType::Org)) => {
                        guessed_person(lf)
                            && (with_legal_form(m) || (text.contains(' ') && !mention.guessed))
                    }
                    _ => false,
                };
                // An event by its head word is the party of the same words that its context
                // shows elsewhere ("the far-right National Rally" … "the National Rally
                // would judge").
                let party_of_event = matches!(
                    (kinds[lf], mention.kind),
                    (Some(EntityType::Org), Some(EntityType::Event))
                        | (Some(EntityType::Event), Some(EntityType::Org))
                );
                let compatible_kinds = match (kinds[lf], mention.kind) {
                    (Some(a), Some(b)) => {
                        let dateline = holds_dateline[lf] || holds_dateline[lm];
                        let org = a == EntityType::Org || b == EntityType::Org;
                        (compatible(a, b) || person_of_company || party_of_event)
                            && !(dateline && org)
                    }
                    _ => true,
                };
                if compatible_kinds {
                    join(&mut leader, &mut counted, &mut gender_of, lm, lf);
                    if person_of_company || party_of_event {
                        kinds[lf] = Some(EntityType::Org);
                    }
                    kinds[lf] = kinds[lf].or(mention.kind);
                    holds_dateline[lf] |= holds_dateline[lm];
                } else {
                    // Words that name two things: their other mentions are the second entity
                    // (a club or a company of the dateline city's name, "LIVERPOOL" …
                    // "Liverpool came from behind"; "the Amazon" beside the company
                    // "Amazon"), when of its very kind.
                    match second_of_text.get(&key) {
                        Some(&other) => {
                            let lo = find(&mut leader, other);
                            let fits = match (kinds[lo], mention.kind) {
                                (Some(a), Some(b)) => holds_dateline[lf] || a == b,
                                _ => true,
                            };
                            if fits {
                                join(&mut leader, &mut counted, &mut gender_of, lm, lo);
                            }
                        }
                        None => {
                            second_of_text.insert(key, m);
                        }
                    }
                }
            }
            None => {
                by_text.insert(key, m);
            }
        }
    }

    // Words still untyped take the type their contexts across the article vote for.
    let mut votes: HashMap<usize, ContextVotes> = HashMap::default();
    for (m, mention) in mentions.iter().enumerate() {
        let l = find(&mut leader, m);
        if kinds[l].is_none() {
            votes.entry(l).or_default().add(doc, mention);
        }
    }
    let mut by_shape_alone = vec![false; mentions.len()];
    let mut voted = vec![false; mentions.len()];
    let sports = std::cell::OnceCell::new();
    for (l, v) in votes {
        // "roughly 100 Polaroids … a Polaroid camera": the plural of a name that is met
        // alone too counts things, a common noun.
        let text = mentions[l].span.of(doc.text);
        let counts_things = text
            .strip_suffix('s')
            .is_some_and(|one| by_text.contains_key(&(one, false)));
        kinds[l] = v.decide().filter(|_| !counts_things);
        // "Arsenal, who drew 1-1 with Fulham": a word no context types that is a side of a
        // match's result in a sports report is a team. (The report is read only then: the
        // test is a pass over every word.)
        if kinds[l].is_none() && v.result && *sports.get_or_init(|| mentions::is_sports_report(doc))
        {
            kinds[l] = Some(EntityType::Org);
        }
        by_shape_alone[l] = v.by_shape_alone();
        voted[l] = true;
    }
    // "the oil tanker Nordic Pearl", "the cruise ship Freewinds", "Space Shuttle Atlantis": a
    // vehicle's name names no one and nowhere, in any of its mentions (a known name stays:
    // "a ship Russia seized"; a name that ends in the word is a person's: "Bryan Ferry").
    for (m, mention) in mentions.iter().enumerate() {
        let (a, b) = mention.tokens;
        // (Not a date or a figure: "launched the space shuttle Tuesday".)
        let name = !matches!(
            mention.kind,
            Some(EntityType::Date | EntityType::Time | EntityType::Money | EntityType::Percent)
        );
        // (An airline is a "carrier" too: only an "aircraft carrier" is a ship.)
        let is_vehicle_noun = |k: usize| {
            let noun = doc.lower(k);
            VEHICLE_NOUNS.contains(&noun.as_ref())
                || (matches!(noun.as_ref(), "carrier" | "carriers")
                    && k > 0
                    && doc.lower(k - 1) == "aircraft")
        };
        let after_vehicle = name && (a.saturating_sub(1)..b - 1).any(is_vehicle_noun);
        if after_vehicle && mentions::known_type(mention.span.of(doc.text)).is_none() {
            let l = find(&mut leader, m);
            kinds[l] = None;
            by_shape_alone[l] = false;
        }
    }
    // A name read as a person by its shape alone takes the type of a company it is listed
    // with: "Kroger and Albertsons" are companies when Kroger is one; and of a place joined
    // to it by "and"/"or": "visited Kamchatka and Sakhalin" (not across a comma: "Sulla and
    // Trump, Rome and the U.S."). One pass over neighbouring mentions.
    for m in 1..mentions.len() {
        let (a, b) = (&mentions[m - 1], &mentions[m]);
        if b.tokens.0 != a.tokens.1 + 1 {
            continue;
        }
        let joiner = doc.word(a.tokens.1);
        if !matches!(joiner, "and" | "or" | ",") {
            continue;
        }
        let (la, lb) = (find(&mut leader, m - 1), find(&mut leader, m));
        for (weak, strong) in [(la, lb), (lb, la)] {
            let place =
                joiner != "," && matches!(kinds[strong], Some(EntityType::Gpe | EntityType::Loc));
            if by_shape_alone[weak] && (kinds[strong] == Some(EntityType::Org) || place) {
                kinds[weak] = kinds[strong];
                by_shape_alone[weak] = false;
            }
        }
    }

    // A name read as a person by its shape alone is an organisation where a mention's
    // context says only an organisation can be it: "Kestrel Dynamics, a drone maker,".
    // Per leader: some mention of it was typed by more than its shape.
    let mut typed_by_more = vec![false; mentions.len()];
    for (m, mention) in mentions.iter().enumerate() {
        if mention.kind.is_some() && !mention.guessed {
            typed_by_more[find(&mut leader, m)] = true;
        }
    }
    // "Internet Explorer 6", "aboard Vostok 1": a name with a version number after it in
    // running text is a product, none of our types, when nothing but its shape made it a
    // name (a person's name never takes a bare number in prose: "Sampras 6-4" is a score,
    // "Kent 12 6 3" a table's row); so is one after its kind: "the weight-loss drug Wegovy",
    // "the chatbot Grok".
    for (m, mention) in mentions.iter().enumerate() {
        let l = find(&mut leader, m);
        let a = mention.tokens.0;
        let product = has_version_number(doc, mention.tokens.1)
            || (a > 0 && PRODUCT_NOUNS.contains(&doc.lower(a - 1).as_ref()));
        if !typed_by_more[l]
            && matches!(kinds[l], None | Some(EntityType::Person))
            && product
            && mentions::known_type(mention.span.of(doc.text)).is_none()
        {
            kinds[l] = None;
            by_shape_alone[l] = false;
        }
    }
    let mut organisation_context = vec![false; mentions.len()];
    for (m, mention) in mentions.iter().enumerate() {
        let l = find(&mut leader, m);
        // (Only an appositive, staff before it or what only an organisation has after it can
        // say so: the votes are read only then.)
        let (a, b) = mention.tokens;
        let may_say = (b < doc.tokens.len()
            && (doc.word(b) == ","
                || is_possessive_s(doc.word(b))
                || mentions::names_org_member(doc, b)))
            || (a > 0 && matches!(doc.word(a - 1), "at" | "from"))
            || (b + 1 < doc.tokens.len() && doc.lower(b + 1) == "its");
        if may_say
            && !typed_by_more[l]
            && (by_shape_alone[l] || (kinds[l] == Some(EntityType::Person) && mention.guessed))
        {
            let mut v = ContextVotes::default();
            v.add(doc, mention);
            organisation_context[l] |= v.organisation;
        }
    }
    for (l, org) in organisation_context.into_iter().enumerate() {
        if org && kinds[l] == Some(EntityType::Person) {
            kinds[l] = Some(EntityType::Org);
            by_shape_alone[l] = false;
            voted[l] = true;
        }
    }

    // An entity's type is a shape guess when no mention of it was typed by more, and the
    // context votes (if they typed it) found nothing but its shape.
    let mut shape_only: Vec<bool> = by_shape_alone;
    for (l, guess) in shape_only.iter_mut().enumerate() {
        *guess = (*guess || !voted[l]) && !typed_by_more[l];
    }

    // Group mentions by leader, in order of first mention.
    let mut id_of_leader: HashMap<usize, usize> = HashMap::default();
    let mut resolved = Resolved::default();
    // Per entity: is its gender sure (see below); has a full name of it been read?
    let (mut surely_gendered, mut fully_named) = (Vec::new(), Vec::new());
    // Is the entity's name so far from a headline in title case?
    let mut named_in_headline = Vec::new();
    for (m, mention) in mentions.iter().enumerate() {
        let l = find(&mut leader, m);
        let Some(kind) = kinds[l] else { continue };
        let id = *id_of_leader.entry(l).or_insert_with(|| {
            resolved.entities.push(Entity {
                id: resolved.entities.len(),
                kind,
                name: String::new(),
                mentions: Vec::new(),
            });
            resolved.genders.push(Gender::Unknown);
            resolved.shape_only.push(shape_only[l]);
            surely_gendered.push(false);
            fully_named.push(false);
            named_in_headline.push(false);
            resolved.entities.len() - 1
        });
        let entity = &mut resolved.entities[id];
        entity.mentions.push(mention.span);
        let text = mention.span.of(doc.text);
        // The fullest form, and of two as long the one not in capitals ("Beijing"); a form
        // in the body before one in a headline, whose capitals run words together ("Clinton
        // Goes After Donald Trump").
        let shouting = |t: &str| !t.chars().any(char::is_lowercase);
        let in_headline = doc.title_case[doc.tokens[mention.tokens.0].paragraph];
        let fuller = text.len() > entity.name.len()
            || (text.len() == entity.name.len() && shouting(&entity.name) && !shouting(text));
        let replaces = match (named_in_headline[id], in_headline) {
            _ if entity.name.is_empty() => true,
            (true, false) => true,
            (false, true) => false,
            _ => fuller,
        };
        if replaces {
            entity.name = text.to_string();
            named_in_headline[id] = in_headline;
        }
        if kind == EntityType::Person && !surely_gendered[id] {
            // A title, a kinship noun before the name, or the given name of a full name
            // ("Ana-Maria", "Kerrie-Anne" count by a part) say the gender for sure; a name
            // alone is more likely the family name ("Clinton", "Scott"), so its reading as a
            // given name stands only until a full name reads otherwise.
            let mut words = text.split(' ');
            let first = words.next().unwrap_or("");
            let full = words.next().is_some();
            let from_name = lexicon::given_name(first)
                .or_else(|| first.split('-').find_map(lexicon::given_name));
            let sure = mention
                .title_gender
                .filter(|&g| g != Gender::Unknown)
                .or_else(|| relation_gender(doc, mention.tokens.0))
                .or(from_name.filter(|_| full));
            if let Some(g) = sure {
                resolved.genders[id] = g;
                surely_gendered[id] = true;
            } else if full {
                resolved.genders[id] = Gender::Unknown;
                fully_named[id] = true;
            } else if !fully_named[id] && resolved.genders[id] == Gender::Unknown {
                resolved.genders[id] = from_name.unwrap_or(Gender::Unknown);
            }
        }
        resolved.mentions.push(ResolvedMention {
            span: mention.span,
            tokens: mention.tokens,
            entity: id,
        });
    }
    resolved
}

/// Units of length and count that follow a number as its measure.
const MEASURES: [&str; 17] = [
    "miles",
    "mile",
    "km",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "feet",
    "yards",
    "percent",
    "per",
    "people",
    "times",
    "mph",
    "seconds",
    "minutes",
    "hours",
];

/// Does a model's or a version's number follow at token `b`, in a sentence ("Gemini 2.5",
/// "the Pixel 9 phone")? Not a score or a figure of a result ("Sinner 6-4", "Pooley 106 not
/// out"), nor a row of a table, whose names all stand before figures.
fn version_after(doc: &Document, b: usize) -> bool {
    let n = doc.tokens.len();
    if b >= n || doc.tokens[b].kind != TokenKind::Number || !doc.tokens[b].space_before {
        return false;
    }
    let after = if b + 1 < n { doc.word(b + 1) } else { "" };
    // (Nor a measure: "the town of Moengo 56 miles east of …", "rolled his Subaru 6.5 km";
    // nor a result before the next side's name: "Crvena zvezda 3 Proleter 1".)
    let figure = matches!(
        after,
        "-" | "–" | "/" | ":" | "%" | "not" | "points" | "votes"
    ) || MEASURES.contains(&after)
        || mentions::is_date_unit_word(after)
        || after.starts_with(char::is_uppercase);
    if figure {
        return false;
    }
    // (A sentence: words in lower case make a third of its words at least.)
    let paragraph = doc.tokens[b].paragraph;
    let (mut lower_case, mut words) = (0, 0);
    for t in doc.tokens[doc.sentences[doc.tokens[b].sentence].0..]
        .iter()
        .take_while(|t| t.paragraph == paragraph)
        .take(40)
        .filter(|t| t.kind == TokenKind::Word)
    {
        words += 1;
        lower_case += usize::from(t.span.of(doc.text).starts_with(char::is_lowercase));
    }
    lower_case * 3 >= words
}

/// The adverbs that may stand before "known as" (", formerly known as").
const KNOWN_AS_ADVERBS: [&str; 5] = ["also", "formerly", "better", "widely", "now"];

/// Is `short` another name the text gives `full`, right after it: "…, known as UNRWA",
/// "…, formerly known as Codeium", or an organisation's acronym in brackets, "… of Colombia
/// (FARC)", whose letters need not be the name's initials?
fn named_also(doc: &Document, full: &Mention, short: &Mention) -> bool {
    let (end, start) = (full.tokens.1, short.tokens.0);
    // (At most four words between: ", formerly known as".)
    if full.kind == Some(EntityType::Date) || start <= end || start - end > 4 {
        return false;
    }
    let between: Vec<&str> = (end..start).map(|k| doc.word(k)).collect();
    // (An organisation's only: "Tim Henman (Britain)" gives where he is from.)
    let in_brackets = between == ["("]
        && full.kind == Some(EntityType::Org)
        && !short.kind.is_some_and(is_place)
        && short.tokens.1 < doc.tokens.len()
        && doc.word(short.tokens.1) == ")"
        && short
            .span
            .of(doc.text)
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            >= 2
        && !short.span.of(doc.text).chars().any(char::is_lowercase);
    let known_as = match between.as_slice() {
        [",", "known", "as"] | ["known", "as"] => true,
        [",", adverb, "known", "as"] | [adverb, "known", "as"] => KNOWN_AS_ADVERBS.contains(adverb),
        _ => false,
    };
    in_brackets || known_as
}

/// Does "known as" before token `a` follow a kind of organisation ("the bank's monetary
/// policy committee, known as Copom", "a holding company, formerly known as Varda")?
fn known_as_org_noun(doc: &Document, a: usize) -> bool {
    if a < 3 || doc.lower(a - 1) != "as" || doc.lower(a - 2) != "known" {
        return false;
    }
    let mut k = a - 3;
    if KNOWN_AS_ADVERBS.contains(&doc.lower(k).as_ref()) && k > 0 {
        k -= 1;
    }
    if doc.word(k) == "," && k > 0 {
        k -= 1;
    }
    lexicon::is_org_noun(&doc.lower(k))
}

/// Puts mention `m` last in `list` (the most recent last), in place of an earlier mention of
/// the same name (`same_name`), and lets the oldest go past `cap`.
fn remember_latest(list: &mut Vec<usize>, m: usize, cap: usize, same_name: impl Fn(usize) -> bool) {
    list.retain(|&p| !same_name(p));
    if list.len() == cap {
        list.remove(0);
    }
    list.push(m);
}

/// Is `word` the family name `family` misspelt: the same first letter, at least five letters
/// each, one edit apart (two from eight letters on), and no plural of it ("the Clintons")?
fn misspelt(word: &str, family: &str) -> bool {
    let shortest = char_count(word).min(char_count(family));
    let allowed = if shortest >= 8 { 2 } else { 1 };
    shortest >= 5
        && word != family
        && word.chars().next() == family.chars().next()
        && word.strip_suffix('s') != Some(family)
        && strsim::levenshtein(word, family) <= allowed
}

/// Does the name end in a kind of organisation or a legal form ("Halvorsen Logistics",
/// "Varello SpA")?
fn is_company_by_kind(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or_default();
    lexicon::is_org_word(last) || lexicon::is_legal_form(last)
}

/// May `mention`, a word that said nothing of what it is, stand for the company `full`
/// begins? Only for a company by its kind or its legal form ("Halvorsen Logistics",
/// "Varello SpA"; not "Trump" for "Trump Train"), and not when the word is a common one
/// ("Emergency") or its context names a place ("Irving, Texas" beside "Irving Police").
fn stands_for_company(doc: &Document, mention: &Mention, full: &str) -> bool {
    is_company_by_kind(full) && nothing_against_a_company(doc, mention)
}

/// Does the name `long` add to the words of `short` only common words, none an
/// organisation's word or legal form ("Apple Watch" to "Apple"; not "Boeing Co", "Toyota
/// Motor" or "Goldman Sachs")?
fn adds_common_words(long: &str, short: &str) -> bool {
    long.strip_prefix(short)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|rest| {
            rest.split(' ').all(|w| {
                lexicon::is_common_word(&w.to_ascii_lowercase())
                    && !lexicon::is_org_word(w)
                    && !lexicon::is_legal_form(w)
            })
        })
}

/// Does nothing say that `mention` names no organisation: neither is it a common word
/// ("Emergency") nor does its context name a place ("Irving, Texas")?
fn nothing_against_a_company(doc: &Document, mention: &Mention) -> bool {
    let mut votes = ContextVotes::default();
    votes.add(doc, mention);
    !votes.place_named && !lexicon::is_common_word(&mention.span.of(doc.text).to_ascii_lowercase())
}

/// Is the one-word mention a noun, not an adjective: before a verb of saying or a mark
/// ("Cuban said", "Cuban's", "Cuban, who"), not before a noun ("the Cuban government")?
fn used_as_a_noun(doc: &Document, mention: &Mention) -> bool {
    let next = mention.tokens.1;
    next >= doc.tokens.len()
        || doc.tokens[next].kind == TokenKind::Punct
        || is_possessive_s(doc.word(next))
        || lexicon::cue_lemma(&doc.lower(next)).is_some()
}

/// Kinship nouns right before a name, with a comma or not, give its gender: "His wife,
/// Ana Dragomir," "her son Tomas".
fn relation_gender(doc: &Document, first: usize) -> Option<Gender> {
    let mut k = first.checked_sub(1)?;
    if doc.word(k) == "," {
        k = k.checked_sub(1)?;
    }
    let noun = doc.lower(k);
    if FEMALE_RELATIONS.contains(&noun.as_ref()) {
        Some(Gender::Female)
    } else if MALE_RELATIONS.contains(&noun.as_ref()) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Is the name at token `first` introduced by a kinship noun, through titles ("her husband,
/// former President Bill Clinton", "his wife Heidi")?
fn introduced_as_relative(doc: &Document, first: usize) -> bool {
    /// At most this many words of a title between the kinship noun and the name.
    const TITLE_WORDS: usize = 3;
    let mut k = first;
    for _ in 0..TITLE_WORDS {
        match k.checked_sub(1) {
            Some(j) if lexicon::is_title(&doc.lower(j)) || doc.lower(j) == "former" => k = j,
            _ => break,
        }
    }
    relation_gender(doc, k).is_some()
}

/// Is the single capitalised word at token `i` most likely a name, though no list knows it
/// ("trial of Jutting", "between Aoun and Hariri")? It stands inside a sentence, is no common
/// word, and is not shaped like something else: a plural group or doctrine ("Floridians",
/// "Conservationists", "Buddhism"), a quoted title ("“Geronimo”"), or part of a longer word
/// ("#IStandWithAhmed", "Sino-US"). At a sentence's start every word is capitalised, so there
/// it says nothing.
fn reads_as_bare_name(doc: &Document, i: usize) -> bool {
    let lower = doc.lower(i);
    let group_or_doctrine = ["ians", "ists", "ism", "isms", "phobia"]
        .iter()
        .any(|suffix| lower.ends_with(suffix));
    let is_mark = |k: usize| {
        k < doc.tokens.len() && matches!(doc.word(k), "“" | "”" | "\"" | "‘" | "’" | "'")
    };
    let quoted_title = i > 0 && is_mark(i - 1) && is_mark(i + 1);
    // "#IStandWithAhmed", "@POTUS", "Sino-US", "Gawker.com": part of something else.
    let glued = |k: usize| k < doc.tokens.len() && !doc.tokens[k].space_before;
    // (A full stop that ends the sentence is no part: "according to Kowalski.")
    let part_of_word = (i > 0 && glued(i) && matches!(doc.word(i - 1), "#" | "@"))
        || (glued(i + 1) && (doc.word(i + 1) == "-" || (doc.word(i + 1) == "." && glued(i + 2))));
    !(mentions::at_sentence_start(doc, i)
        || lexicon::is_common_word(&lower)
        || group_or_doctrine
        || quoted_title
        || part_of_word)
}

/// People who work at an organisation: "analysts at Rabobank".
const STAFF_NOUNS: [&str; 6] = [
    "analysts",
    "economists",
    "engineers",
    "researchers",
    "scientists",
    "strategists",
];
/// How many words an appositive after a name ("the European air traffic agency") may take.
const APPOSITIVE_WORDS: usize = 6;
/// Words after an appositive's head: "a professor at …", "the agency that …", "a drone
/// maker backed by …".
const APPOSITIVE_ENDS: [&str; 18] = [
    "at", "of", "in", "for", "from", "with", "who", "that", "which", "whose", "by", "on", "based",
    "backed", "owned", "founded", "led", "run",
];

/// Kinship nouns of women and of men (see `relation_gender`).
const FEMALE_RELATIONS: [&str; 8] = [
    "wife",
    "widow",
    "mother",
    "daughter",
    "sister",
    "girlfriend",
    "grandmother",
    "aunt",
];
const MALE_RELATIONS: [&str; 8] = [
    "husband",
    "widower",
    "father",
    "son",
    "brother",
    "boyfriend",
    "grandfather",
    "uncle",
];

/// Kinds of product, whose name may follow them ("the drug Wegovy", "the chatbot Grok").
const PRODUCT_NOUNS: [&str; 9] = [
    "app",
    "chatbot",
    "drug",
    "drugs",
    "medication",
    "medicine",
    "pill",
    "smartphone",
    "vaccine",
];

/// Words after a name that are no verb before "its" ("Acme and its rivals", "Smith of its
/// board").
const NOT_VERBS_BEFORE_ITS: [&str; 12] = [
    "and", "or", "but", "of", "in", "to", "with", "for", "at", "on", "from", "by",
];

/// Kinds of vehicle, whose name may follow them ("the research vessel Tangaroa", "Space
/// Shuttle Atlantis").
const VEHICLE_NOUNS: [&str; 16] = [
    "shuttle",
    "ship",
    "destroyer",
    "cruiser",
    "battleship",
    "vessel",
    "yacht",
    "tanker",
    "freighter",
    "ferry",
    "liner",
    "submarine",
    "warship",
    "frigate",
    "spacecraft",
    "rover",
];

/// Is token `k` a version number in running text: one to three digits, then a verb or a
/// preposition that goes on with the sentence ("Explorer 6 is", "Vostok 1 into space")?
/// Not a quantity ("70 miles", "10 days ago", "95 not out"), a score ("6-4") nor a table's
/// row ("Westvale 2 Northam 0"), whose next word is of another kind.
fn has_version_number(doc: &Document, k: usize) -> bool {
    /// The words that may follow a product's version number in a sentence.
    const GOES_ON: [&str; 17] = [
        "is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "on", "in",
        "into", "for", "with", "from", "by",
    ];
    if k + 1 >= doc.tokens.len() {
        return false;
    }
    let number = doc.word(k);
    doc.tokens[k].kind == TokenKind::Number
        && number.len() <= 3
        && number.bytes().all(|c| c.is_ascii_digit())
        && doc.tokens[k + 1].sentence == doc.tokens[k].sentence
        && GOES_ON.contains(&doc.word(k + 1))
}

/// What the contexts of an untyped name say about it.
#[derive(Default)]
struct ContextVotes {
    /// "Arsenal, who drew 1-1 with Fulham": a side of a match's result
    /// ([`mentions::in_a_result`]).
    result: bool,
    /// "the Sea Org", "carmaker Rivian", "Kroger said it": people take no article nor
    /// organisation noun, and are no "it".
    article: bool,
    /// Of those, what only an organisation is: a kind of organisation in apposition
    /// ("Eurocontrol, the European air traffic agency,"), or staff at it ("analysts at
    /// Rabobank"); not a bare "the", nor a word before it, which may end a title ("Speaker
    /// of parliament Habib Boulares"), nor "it" after its verb ("Smith said it was …").
    organisation: bool,
    /// "Qin said", "said Qin"; also an age in apposition ("Jutting, now 31,"): what only a
    /// person does or has.
    speech: bool,
    /// "in Yeoncheon", "from Herat".
    place: bool,
    /// "the Abbotsford area", "Plano, Texas": outweighs an article.
    place_named: bool,
    /// Seen inside a sentence and in no list of common words: "Jutting", "Hariri".
    uncommon: bool,
    /// "the Pamir mountains", "the Kosevo stadium": the kind of place a lower-case head
    /// after it says.
    landmark: Option<EntityType>,
    /// "Gemini 2.5", "a Falcon 9 rocket": a version or a model's number right after it, in
    /// every mention; a product (none of our types), unless it speaks.
    versioned: Option<bool>,
}

impl ContextVotes {
    fn add(&mut self, doc: &Document, mention: &Mention) {
        let (a, b) = mention.tokens;
        let n = doc.tokens.len();
        let word_at = |k: usize| (k < n).then(|| doc.lower(k));
        let next = word_at(b);
        let prev = a.checked_sub(1).and_then(word_at);
        let after = word_at(b + 1);
        let (next, prev, after) = (next.as_deref(), prev.as_deref(), after.as_deref());
        let is_cue = |w: Option<&str>| w.and_then(lexicon::cue_lemma).is_some();
        // "told Reuters", "urged Western allies": the name after such a verb is its object.
        let is_inverting_cue = |w: Option<&str>| {
            w.and_then(lexicon::cue_lemma)
                .is_some_and(|lemma| !lexicon::cue_takes_object(lemma))
        };
        // "carmaker Rivian", "broadcaster CBC": a kind of organisation right before it.
        let descriptor = prev.is_some_and(lexicon::is_org_noun);
        self.article |= descriptor;
        // ("police in Liege said": the name after a preposition of place is not who speaks.)
        let after_place_preposition = matches!(prev, Some("in" | "at" | "near" | "outside"))
            || mentions::after_place_noun_of(doc, a);
        // "Cuaron, whose last film …", "Seagal, who …" (but in "a restaurant owner in
        // Springfield, who asked", the owner).
        // (Not a side of a match's result: "Arsenal, who drew 1-1 with Fulham".)
        let in_result = mentions::in_a_result(doc, mention.tokens);
        let relative = next == Some(",")
            && matches!(after, Some("who" | "whose"))
            && !after_place_preposition
            && !in_result;
        let age = age_in_apposition(doc, mention.tokens);
        self.speech |=
            (is_cue(next) && !after_place_preposition) || is_inverting_cue(prev) || relative || age;
        // "Kroger said it was disappointed": what speaks of itself as "it" is no person.
        self.article |= is_cue(next) && matches!(after, Some("it" | "its"));
        // "the Abbotsford area", "Plano, Texas": a place noun after it, or a known place
        // after a comma (a city and its state or country).
        let place_noun_after = next
            .is_some_and(|w| mentions::PLACE_NOUNS.contains(&w) && w != "governor" && w != "mayor");
        // (The place ends its clause: "Plano, Texas, was told", not "On board the Freewinds,
        // Paris claims".)
        let place_after_comma = next == Some(",")
            && b + 1 < n
            && (lexicon::place_type(doc.word(b + 1)) == Some(EntityType::Gpe)
                || mentions::is_place_abbreviation(doc, b + 1))
            && (b + 2 >= n || doc.tokens[b + 2].kind == TokenKind::Punct);
        // "the town of Uyo", "the governor of Kelby": named a place by a noun of places.
        self.place_named |=
            place_noun_after || place_after_comma || mentions::after_place_noun_of(doc, a);
        // "the Pamir mountains", "the Kosevo stadium": a landform or a building after it.
        if let Some(kind) = next.and_then(mentions::place_head_in_lower_case) {
            self.landmark = Some(kind);
        }
        // "analysts at Rabobank", "researchers from Quorvex": staff work at an organisation.
        let staff_at = matches!(prev, Some("at" | "from"))
            && a >= 2
            && STAFF_NOUNS.contains(&doc.lower(a - 2).as_ref());
        // "an analyst at Peel Hunt", "head of research at Quinlan Moss": a role held at it
        // (not "a researcher at Smith's lab", whose lab is a person's).
        let role_at = prev == Some("at")
            && !next.is_some_and(is_possessive_s)
            && (a >= 2 && lexicon::is_title(&doc.lower(a - 2))
                || a >= 4
                    && doc.lower(a - 3) == "of"
                    && lexicon::is_title(&doc.lower(a - 4))
                    && doc.word(a - 2).starts_with(char::is_lowercase));
        // "the national supply company, Conab,": a name in apposition to a kind of
        // organisation.
        let named_after_org_noun =
            prev == Some(",") && a >= 2 && lexicon::is_org_noun(&doc.lower(a - 2));
        // "Quorvex shareholders", "Westvale's striker": what only an organisation has.
        let possessive = next.is_some_and(is_possessive_s);
        let member_after = mentions::names_org_member(doc, b + usize::from(possessive));
        // "Ericsson spokesman Per Zetterquist": a word alone that a spokesman named after
        // the title speaks for, never written with a given name, is an organisation (but
        // "a Talvik spokesman confirmed" may be a person's).
        let spokesman_after = next.is_some_and(|w| w.starts_with("spokes"))
            && !matches!(prev, Some("a" | "an" | "the" | "another" | "one"))
            && b + 1 < n
            && doc.tokens[b + 1].kind == TokenKind::Word
            && doc.word(b + 1).starts_with(char::is_uppercase);
        // "Backer Spielvogel Bates, which had handled the account": "which" takes up no
        // person.
        let which_after = next == Some(",") && after == Some("which");
        // "Novo Nordisk cut its forecast": a subject that its verb's "its" refers back to.
        // (A subject: not after a preposition, "the airforce under Goering began its".)
        let its_after_verb = after == Some("its")
            && prev.is_none_or(|w| w == "the" || !w.starts_with(|c: char| c.is_ascii_lowercase()))
            && next.is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !NOT_VERBS_BEFORE_ITS.contains(&w)
            });
        self.organisation |= staff_at
            || role_at
            || member_after
            || spokesman_after
            || which_after
            || its_after_verb
            || known_as_org_noun(doc, a);
        self.result |= in_result;
        self.article |= named_after_org_noun;
        // "Eurocontrol, the European air traffic agency, warned": an appositive whose head is
        // a kind of organisation; "Okafor, a professor at …": one whose head is a role. (A
        // possessive's owner is no head: "Houghton, the group's executive director".)
        if next == Some(",") && matches!(after, Some("the" | "a" | "an")) {
            let head = (b + 2..n.min(b + 2 + APPOSITIVE_WORDS))
                .take_while(|&k| {
                    is_possessive_s(doc.word(k))
                        || doc.tokens[k].kind != TokenKind::Punct
                            && !APPOSITIVE_ENDS.contains(&doc.lower(k).as_ref())
                })
                .last()
                .map(|k| doc.lower(k));
            if let Some(head) = head.as_deref() {
                self.organisation |= lexicon::is_org_noun(head);
                self.speech |= lexicon::is_title(head);
            }
        }
        // ("the Obama administration": the article is the administration's.)
        let leaders_body = next.is_some_and(|w| mentions::LEADERS_BODIES.contains(&w));
        self.article |= (prev == Some("the") && !leaders_body) || self.organisation;
        self.place |= mentions::in_place_context(doc, a)
            || prev == Some("from")
            || mentions::where_follows(doc, b);
        self.uncommon |= b == a + 1 && reads_as_bare_name(doc, a);
        let versioned = b == a + 1 && version_after(doc, b);
        self.versioned = Some(self.versioned.unwrap_or(true) && versioned);
    }

    /// Typed a person only because it looks like a name, with no context for it.
    fn by_shape_alone(&self) -> bool {
        self.uncommon
            && !(self.place_named
                || self.article
                || self.speech
                || self.place
                || self.landmark.is_some())
    }

    /// A place named as such outweighs an article, and an article speech (organisations
    /// speak too); with no evidence at all the word is left out unless it looks like a name:
    /// a capitalised common word alone is as often a product or a term as a name.
    fn decide(&self) -> Option<EntityType> {
        if self.versioned == Some(true)
            && !(self.speech || self.place || self.place_named || self.landmark.is_some())
        {
            return None;
        }
        Some(if self.place_named {
            EntityType::Gpe
        } else if let Some(kind) = self.landmark {
            kind
        } else if self.article {
            EntityType::Org
        } else if self.speech {
            EntityType::Person
        } else if self.place {
            EntityType::Gpe
        } else if self.uncommon {
            EntityType::Person
        } else {
            return None;
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions;

    fn entities(text: &str) -> Vec<(String, EntityType, usize)> {
        let doc = Document::parse(text);
        merge(&doc, mentions::find(&doc))
            .entities
            .into_iter()
            .map(|e| (e.name, e.kind, e.mentions.len()))
            .collect()
    }

    #[test]
    fn a_name_before_where_is_a_place_and_one_known_as_a_kind_of_organisation_is_one() {
        let got = entities("Reform won Tarrowby, where Vale was elected.");
        assert!(
            got.contains(&("Tarrowby".to_string(), EntityType::Gpe, 1)),
            "{got:?}"
        );
        let got = entities("The bank's policy committee, known as Copek, met.");
        assert!(
            got.contains(&("Copek".to_string(), EntityType::Org, 1)),
            "{got:?}"
        );
    }

    #[test]
    fn a_word_before_a_version_number_is_a_product_not_a_person() {
        let got =
            entities("Quorvex released Zentra 2.5 on Tuesday. Reviews of Zentra 2.5 were mixed.");
        assert!(!got.iter().any(|(n, _, _)| n == "Zentra"), "{got:?}");
        // A measure after the number is no version: the town of Moengo 56 miles away.
        let got = entities("It happened in the mining town of Velkoro 56 miles east of the city.");
        assert!(
            got.contains(&("Velkoro".to_string(), EntityType::Gpe, 1)),
            "{got:?}"
        );
        // Nor is a score: "beat Vale 6-4".
        let got = entities("Berg said she beat Tarrow 6-4 in the final.");
        assert!(got.iter().any(|(n, _, _)| n == "Tarrow"), "{got:?}");
    }

    #[test]
    fn a_full_name_with_its_middle_initials_is_the_same_person() {
        let got = entities("Dana Vale spoke. Later Dana J. Vale left, and Vale waved.");
        assert_eq!(
            got,
            vec![("Dana J. Vale".to_string(), EntityType::Person, 3)]
        );
        // So is one with a middle name.
        let got = entities("Born Tomas Andrei Kovac, he moved away. Tomas Kovac came back.");
        assert_eq!(
            got,
            vec![("Tomas Andrei Kovac".to_string(), EntityType::Person, 2)]
        );
        // Two that differ by their initials stay two.
        let got = entities("Tom H. W. Reyes met Tom W. Reyes.");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_family_name_titled_for_one_gender_is_no_full_name_of_the_other() {
        // "Mr. Okafor", said of him throughout, is not the "Mary Okafor" met later.
        let got = entities(
            "President Okafor spoke. Mr. Okafor said he would win. His wife, Mary Okafor, \
             agreed.",
        );
        assert_eq!(
            got[0],
            ("Okafor".to_string(), EntityType::Person, 2),
            "{got:?}"
        );
        assert!(got.contains(&("Mary Okafor".to_string(), EntityType::Person, 1)));
        // Without such a title, the family name is hers.
        let got = entities("Okafor spoke. Mary Okafor agreed.");
        assert_eq!(got, [("Mary Okafor".to_string(), EntityType::Person, 2)]);
    }

    #[test]
    fn a_family_name_alone_is_the_person_named_most_not_a_relative_named_last() {
        // The article's person keeps "Vale" after a relative is named in passing.
        let got = entities(
            "Sen. Tom Vale spoke in Ohio. Vale said he would vote. Vale left early. Trump \
             attacked his wife, Heidi Vale, last year. Vale said that was wrong.",
        );
        assert!(
            got.contains(&("Tom Vale".to_string(), EntityType::Person, 4)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Heidi Vale".to_string(), EntityType::Person, 1)),
            "{got:?}"
        );
        // Neither a person called by the given name nor a relative introduced as one counts
        // towards the family name alone.
        let got = entities(
            "Dana Vale spoke. Dana waved. Dana smiled. Then Tom Vale arrived. Vale said so.",
        );
        assert!(
            got.contains(&("Tom Vale".to_string(), EntityType::Person, 2)),
            "{got:?}"
        );
        let got =
            entities("Dana Vale spoke, with her husband, former Governor Tom Vale. Vale said so.");
        assert!(
            got.contains(&("Dana Vale".to_string(), EntityType::Person, 2)),
            "{got:?}"
        );
        // On a tie, the latest.
        let got = entities("Mary Okafor met John Okafor. Okafor said so.");
        assert!(
            got.contains(&("John Okafor".to_string(), EntityType::Person, 2)),
            "{got:?}"
        );
        // A title picks by gender: "Mrs." is never a man's, "Mr." never one titled "Mrs.".
        let got = entities(
            "Dana Okafor spoke. Mrs. Okafor thanked John Okafor. Mrs. Okafor and Mr. \
             Okafor left. Mr. Okafor came back.",
        );
        assert!(
            got.contains(&("Dana Okafor".to_string(), EntityType::Person, 3)),
            "{got:?}"
        );
        assert!(
            got.contains(&("John Okafor".to_string(), EntityType::Person, 3)),
            "{got:?}"
        );
    }

    #[test]
    fn a_family_name_misspelt_by_a_letter_or_two_is_the_person() {
        let got = entities(
            "Lydia Buchtmann, a spokeswoman, spoke first. Ms Bauchtman said it would take time. \
             Kathryn Waters opened the gallery. Later, Water said the crowd was large.",
        );
        let names: Vec<(&str, usize)> = got.iter().map(|(n, _, k)| (n.as_str(), *k)).collect();
        assert_eq!(
            names,
            [("Lydia Buchtmann", 2), ("Kathryn Waters", 2)],
            "{got:?}"
        );
        // Not a plural of the name, another first letter, or a short name.
        assert!(!misspelt("Clintons", "Clinton"));
        assert!(!misspelt("Mauler", "Pauler"));
        assert!(!misspelt("Cole", "Cale"));
        assert!(misspelt("O'Neill", "O’Neill"));
        // Two letters off only from eight letters on.
        assert!(misspelt("Stephanopolous", "Stephanopoulos"));
        assert!(!misspelt("Sweny", "Sweeney"));
        assert!(!misspelt("Smithers", "Smith"));
    }

    #[test]
    fn entities_can_be_dropped_with_their_mentions() {
        let doc = Document::parse("Dana Vale met Quorvex staff. Vale left Quorvex.");
        let resolved = merge(&doc, mentions::find(&doc));
        let names: Vec<&str> = resolved.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Dana Vale", "Quorvex"]);
        let mut kept = resolved;
        kept.drop_entities(&[true, false]);
        assert_eq!(kept.entities.len(), 1);
        assert_eq!(
            (kept.entities[0].id, kept.entities[0].name.as_str()),
            (0, "Quorvex")
        );
        assert_eq!(kept.mentions.len(), 2);
        assert!(kept.mentions.iter().all(|m| m.entity == 0));
        assert_eq!((kept.genders.len(), kept.shape_only.len()), (1, 1));
    }

    #[test]
    fn family_name_joins_full_name() {
        let e = entities("Antony Blinken arrived. Blinken said it went well. Mr. Blinken left.");
        assert!(
            e.contains(&("Antony Blinken".into(), EntityType::Person, 3)),
            "{e:?}"
        );
    }

    #[test]
    fn a_turn_label_in_capitals_is_the_person() {
        // "Pence" is also a common word; the article names a Pence, so "PENCE:" is he.
        let found = entities("Gov. Mike Pence spoke.\n\nPENCE: Well, look.\n\nUPDATE: None.");
        assert_eq!(found, [("Mike Pence".to_string(), EntityType::Person, 2)]);
    }

    #[test]
    fn a_name_in_the_body_is_preferred_to_a_headlines_run_of_capitals() {
        let found = entities(
            "Dana Okafor Goes After Tomas Vale As The New Rival\n\nOkafor spoke on Monday. \
             Okafor said so.",
        );
        assert!(
            found.iter().any(|(name, _, _)| name == "Okafor"),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(name, _, _)| name.contains("Goes")),
            "{found:?}"
        );
    }

    #[test]
    fn a_family_name_that_names_a_people_is_the_person_as_a_noun_only() {
        let found = entities("Mark Cuban spoke.\n\nCuban said no. He met the Cuban government.");
        assert!(
            found.contains(&("Mark Cuban".to_string(), EntityType::Person, 2)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Cuban".to_string(), EntityType::Norp, 1)),
            "{found:?}"
        );
    }

    #[test]
    fn a_family_name_after_a_title_is_the_person_where_a_list_knows_a_place() {
        for text in [
            "Senator Houston spoke first. Houston added that talks would go on.",
            "Houston added that talks would go on. Dr. Houston spoke first.",
            "Sen. Jordan spoke first. Jordan, 61, added that talks would go on.",
        ] {
            let found = entities(text);
            let name = if text.contains("Jordan") {
                "Jordan"
            } else {
                "Houston"
            };
            assert_eq!(
                found,
                vec![(name.to_string(), EntityType::Person, 2)],
                "{text}"
            );
        }
        // A beauty queen's title names no person: the country stays one.
        let found = entities("Miss Poland won the crown. She flew home to Poland.");
        assert!(
            found.iter().all(|(_, kind, _)| *kind == EntityType::Gpe),
            "{found:?}"
        );
    }

    #[test]
    fn family_name_first_joins_too() {
        let e = entities("He met top diplomat Wang Yi. Later Wang said no.");
        assert!(
            e.contains(&("Wang Yi".into(), EntityType::Person, 2)),
            "{e:?}"
        );
    }

    #[test]
    fn legal_forms_do_not_split_a_company() {
        let e = entities("Tesla Inc shares fell. Tesla said demand slowed.");
        assert!(
            e.contains(&("Tesla Inc".into(), EntityType::Org, 2)),
            "{e:?}"
        );
    }

    #[test]
    fn a_relative_clause_after_a_place_of_a_noun_is_the_nouns() {
        let e = entities("One shop owner in Kelbridge, who asked not to be named, agreed.");
        assert!(
            !e.iter()
                .any(|(n, t, _)| n == "Kelbridge" && *t == EntityType::Person),
            "{e:?}"
        );
        let e = entities("They met Kelbridge, who asked not to be named.");
        assert!(
            e.contains(&("Kelbridge".into(), EntityType::Person, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn a_name_the_text_gives_as_another_is_the_same_entity() {
        let e = entities(
            "The Relief Agency for Coastal Towns, known as RACTO, said aid ran out. RACTO \
             asked for funds.",
        );
        assert!(
            e.contains(&("Relief Agency for Coastal Towns".into(), EntityType::Org, 3)),
            "{e:?}"
        );
        let e = entities("The Armed Front of Varnia (FAV) said so. The FAV denied it.");
        assert!(
            e.contains(&("Armed Front of Varnia".into(), EntityType::Org, 3)),
            "{e:?}"
        );
        // Where a person is from is no other name.
        let e = entities("Tomas Pell (Britain) beat Ivo Brandt (Germany) 6-3 6-4.");
        assert!(e.iter().any(|(n, _, _)| n == "Britain"), "{e:?}");
    }

    #[test]
    fn an_organisation_by_its_first_word() {
        let e = entities("Huawei Technologies grew. Buyers chose Huawei over others.");
        assert!(
            e.contains(&("Huawei Technologies".into(), EntityType::Org, 2)),
            "{e:?}"
        );
    }

    #[test]
    fn an_organisations_first_word_alone_is_the_organisation() {
        let e = entities(
            "Varnholt Logistics cut jobs. Shares in Varnholt fell, and Varnholt said more \
             would go.",
        );
        assert!(
            e.contains(&("Varnholt Logistics".into(), EntityType::Org, 3)),
            "{e:?}"
        );
        // Not a person the article names by that word, nor a place named as one.
        let e = entities("Varnholt Police came. A boy from Varnholt, Texas, was held.");
        assert!(
            !e.iter().any(|(n, _, k)| n == "Varnholt Police" && *k > 1),
            "{e:?}"
        );
        // Its first words, as a company by its kind or legal form is named again.
        let e = entities(
            "Korvane West Capital Corp. cut its dividend. Korvane West's shares fell, and \
             Korvane West said more cuts would come.",
        );
        assert!(
            e.contains(&("Korvane West Capital Corp.".into(), EntityType::Org, 3)),
            "{e:?}"
        );
        let e = entities("Ana Varnholt founded Varnholt Logistics. Varnholt said it grew.");
        assert!(
            e.contains(&("Ana Varnholt".into(), EntityType::Person, 2)),
            "{e:?}"
        );
        // A company named alone, then by a longer name of common words, has a product by it.
        let e = entities("Google said it would add ads. Users of Google Maps will see them.");
        assert!(e.contains(&("Google".into(), EntityType::Org, 1)), "{e:?}");
        assert!(
            e.contains(&("Google Maps".into(), EntityType::Org, 1)),
            "{e:?}"
        );
        // An organisation's first word clipped is the organisation.
        let e = entities(
            "The Federated Reserve held rates. The Fed said so, and Fed officials agreed.",
        );
        assert!(
            e.contains(&("Federated Reserve".into(), EntityType::Org, 3)),
            "{e:?}"
        );
        // Named in full first, the company is the same.
        let e = entities("Google Platforms cut jobs. Google said more would go.");
        assert!(
            e.contains(&("Google Platforms".into(), EntityType::Org, 2)),
            "{e:?}"
        );
    }

    #[test]
    fn a_name_read_as_a_person_by_shape_is_a_company_its_appositive_says_it_is() {
        let e = entities("Talvik Orsund, a drone maker backed by investors, grew fast.");
        assert!(
            e.contains(&("Talvik Orsund".into(), EntityType::Org, 1)),
            "{e:?}"
        );
        // A title's last word before a name is no appositive.
        let e = entities("Speaker of parliament Talvik Orsund arrived.");
        assert!(
            e.contains(&("Talvik Orsund".into(), EntityType::Person, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn what_only_an_organisation_has_makes_one() {
        for text in [
            "Quorvex said in a statement that Quorvex shareholders approved it.",
            "The goal came late. Quorvex said Quorvex's striker was injured.",
        ] {
            let e = entities(text);
            assert!(e.contains(&("Quorvex".into(), EntityType::Org, 2)), "{e:?}");
        }
        // People have spokesmen and aides.
        let e = entities("Talvik said no, and a Talvik spokesman confirmed it.");
        assert!(
            e.contains(&("Talvik".into(), EntityType::Person, 2)),
            "{e:?}"
        );
    }

    #[test]
    fn a_dateline_in_capitals_joins_the_name() {
        let e = entities("BEIJING, (Reuters) – Talks in Beijing went well.");
        assert!(e.contains(&("Beijing".into(), EntityType::Gpe, 2)), "{e:?}");
    }

    #[test]
    fn a_dateline_is_the_city_not_the_team_of_its_name() {
        let doc = Document::parse("KELBY 1996-08-30\nNortham lost to Kelby 2-1. Kelby won.");
        let mut found = mentions::find(&doc);
        // The team's two mentions as the learned tagger reads them in a sports report.
        for team in found.iter_mut().filter(|m| m.span.of(doc.text) == "Kelby") {
            team.kind = Some(EntityType::Org);
        }
        let e: Vec<_> = merge(&doc, found)
            .entities
            .into_iter()
            .map(|e| (e.name, e.kind, e.mentions.len()))
            .collect();
        assert!(e.contains(&("KELBY".into(), EntityType::Gpe, 1)), "{e:?}");
        // (One team, beside the city.)
        assert!(e.contains(&("Kelby".into(), EntityType::Org, 2)), "{e:?}");
    }

    #[test]
    fn the_same_words_naming_two_things_are_two_entities() {
        let e = entities(
            "Amazon shares rose on Monday. Fires spread in the Amazon, and rain fell on the \
             Amazon on Tuesday.",
        );
        assert!(e.contains(&("Amazon".into(), EntityType::Org, 1)), "{e:?}");
        assert!(e.contains(&("Amazon".into(), EntityType::Loc, 2)), "{e:?}");
    }

    #[test]
    fn a_word_named_a_place_by_its_context_is_a_place() {
        let e = entities("Police in the town of Uyo said the corporal had been arrested.");
        assert!(e.contains(&("Uyo".into(), EntityType::Gpe, 1)), "{e:?}");
        let e = entities("A police official in Kelbaux said nothing.");
        assert!(e.contains(&("Kelbaux".into(), EntityType::Gpe, 1)), "{e:?}");
        let e = entities("Gunfire echoed in the nearby Pamir mountains on Friday.");
        assert!(e.contains(&("Pamir".into(), EntityType::Loc, 1)), "{e:?}");
        let e = entities("The runway at the Kosevo stadium was damaged.");
        assert!(e.contains(&("Kosevo".into(), EntityType::Fac, 1)), "{e:?}");
        // Where a person named with an age is from.
        let e = entities("Police arrested Mark Olen, 31, of Tujunga on Friday.");
        assert!(e.contains(&("Tujunga".into(), EntityType::Gpe, 1)), "{e:?}");
        // A possessive in the next sentence does not make it someone's.
        let e = entities("He represents a district near Kelbaux.\n\nThe mayor's aide spoke.");
        assert!(e.contains(&("Kelbaux".into(), EntityType::Gpe, 1)), "{e:?}");
        // A speaker after the place is still a speaker.
        let e = entities("Kelbaux said the talks went well.");
        assert!(
            e.contains(&("Kelbaux".into(), EntityType::Person, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn what_a_spokesman_speaks_for_is_an_organisation() {
        let e =
            entities("Quorvex said the order came from China, Quorvex spokesman Per Lind said.");
        assert!(e.contains(&("Quorvex".into(), EntityType::Org, 2)), "{e:?}");
        // A person named in full stays one.
        let e = entities("Dana Vale won. Vale spokesman Per Lind said so.");
        assert!(
            e.contains(&("Dana Vale".into(), EntityType::Person, 2)),
            "{e:?}"
        );
    }

    #[test]
    fn where_a_role_is_held_is_an_organisation() {
        let e = entities(
            "said Ada Moss, an analyst at Brill Tanner. Tom Ruiz, head of research at Capel \
             Hollis, agreed.",
        );
        for name in ["Brill Tanner", "Capel Hollis"] {
            assert!(e.contains(&(name.into(), EntityType::Org, 1)), "{e:?}");
        }
        // What is at a person's is no organisation.
        let e = entities("Ada Moss, a researcher at Tom Ruiz's lab, said so.");
        assert!(
            e.iter().all(|(_, kind, _)| *kind != EntityType::Org),
            "{e:?}"
        );
    }

    #[test]
    fn a_leaders_administration_keeps_the_leader_a_person() {
        let e = entities("The Varga administration has said so. Varga said so again.");
        assert!(
            e.contains(&("Varga".into(), EntityType::Person, 2)),
            "{e:?}"
        );
        let e = entities("The Varga campaign said so.");
        assert!(
            e.iter().all(|(_, kind, _)| *kind != EntityType::Org),
            "{e:?}"
        );
    }

    #[test]
    fn an_opening_phrase_ending_in_an_organisation_types_no_subject() {
        let e = entities("In an interview with CNN, Varga continued to question it.");
        assert!(
            e.iter()
                .all(|(n, kind, _)| n != "Varga" || *kind != EntityType::Org),
            "{e:?}"
        );
        // A list that goes on still shares the type.
        let e = entities("Reporters from CNN, Quorvex and the BBC were there.");
        assert!(e.contains(&("Quorvex".into(), EntityType::Org, 1)), "{e:?}");
    }

    #[test]
    fn an_age_in_apposition_makes_a_person() {
        let e = entities("Two years later, Jutvik, now 31, is on trial at the High Court.");
        assert!(
            e.contains(&("Jutvik".into(), EntityType::Person, 1)),
            "{e:?}"
        );
        let resolved = {
            let doc = Document::parse("Jutvik, 45, told reporters.");
            merge(&doc, mentions::find(&doc))
        };
        // Read from its context, not its shape alone: the tagger may not retype it.
        assert_eq!(resolved.shape_only, [false]);
        // The same for a name the tagger already retyped as an organisation.
        let doc = Document::parse("Kerrie-Anne Lindqvist, 67, fled her home.");
        let mut found = mentions::find(&doc);
        found[0].kind = Some(EntityType::Org);
        found[0].guessed = true;
        let resolved = merge(&doc, found);
        assert_eq!(resolved.entities[0].kind, EntityType::Person);
        assert_eq!(resolved.shape_only, [false]);
    }

    #[test]
    fn acronyms_join_their_names() {
        let e = entities("The United States agreed. U.S. officials and US firms too.");
        assert!(
            e.contains(&("United States".into(), EntityType::Gpe, 3)),
            "{e:?}"
        );
        // An "O" may stand for "of"; a lower-case "o" or "f" stands for "of" or "for".
        let e = entities("The Bank of Kestrelia held rates. The BOK said so.");
        assert!(
            e.contains(&("Bank of Kestrelia".into(), EntityType::Org, 2)),
            "{e:?}"
        );
        let e = entities(
            "The Bank of Lorvania held rates. Traders cut their bets on a cut by the BoL. \
             The Department for Schools said the DfS would act.",
        );
        for full in ["Bank of Lorvania", "Department for Schools"] {
            assert!(e.contains(&(full.into(), EntityType::Org, 2)), "{e:?}");
        }
    }

    #[test]
    fn the_words_before_the_head_of_a_name_with_of_stand_for_it() {
        let e = entities(
            "The cuts were announced by Tended Hearth Federation of Lorvania on Monday. A \
             spokeswoman for Tended Hearth did not say which clinics would close.",
        );
        assert!(
            e.contains(&(
                "Tended Hearth Federation of Lorvania".into(),
                EntityType::Org,
                2
            )),
            "{e:?}"
        );
        // Not a name that is an organisation of its own.
        let e = entities(
            "The Federal Reserve Bank of Lorvania said rates rose. The Federal Reserve agreed.",
        );
        assert!(
            e.contains(&("Federal Reserve".into(), EntityType::Org, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn a_bare_unknown_word_inside_a_sentence_is_a_person() {
        // Also before the full stop that ends the sentence ("… according to Kowalski.").
        for text in [
            "Two years later, Jutting appeared composed.",
            "The case went to the trial of Jutting.",
        ] {
            let e = entities(text);
            assert!(
                e.contains(&("Jutting".into(), EntityType::Person, 1)),
                "{text}: {e:?}"
            );
        }
        // Not at a sentence's start, not a common word's inflection, not "I’m", a plural
        // acronym, a doctrine, a hashtag, a quoted title or a prefix.
        for (text, word) in [
            ("Jutting appeared composed.", "Jutting"),
            ("They liked Surveying a lot.", "Surveying"),
            ("Later I’m sure of it.", "I’m"),
            ("Several MLAs objected.", "MLAs"),
            ("The rise of Islamophobia worried her.", "Islamophobia"),
            (
                "She chose the hashtag #IStandWithAhmed again.",
                "IStandWithAhmed",
            ),
            ("The hit song is “Geronimo” by the band.", "Geronimo"),
            ("It is not hopeful about Sino-US ties.", "Sino"),
        ] {
            let e = entities(text);
            assert!(e.iter().all(|(name, ..)| name != word), "{text}: {e:?}");
        }
    }

    #[test]
    fn a_person_by_shape_is_the_company_its_words_name_with_a_legal_form() {
        for text in [
            "Shares of Varrow Dunmore Inc. rose. Analysts said Varrow Dunmore would gain.",
            "Varrow Dunmore said profit rose. Shares of Varrow Dunmore Inc. gained.",
        ] {
            let e = entities(text);
            assert!(
                e.iter()
                    .any(|(name, kind, n)| name.starts_with("Varrow Dunmore")
                        && *kind == EntityType::Org
                        && *n == 2),
                "{text}: {e:?}"
            );
        }
        // Or beside the organisation the same words name elsewhere (two words or more).
        let e =
            entities("Varrow Dunmore board members met. Critics said Varrow Dunmore had failed.");
        assert!(
            e.contains(&("Varrow Dunmore".into(), EntityType::Org, 2)),
            "{e:?}"
        );
        // A given name keeps a person apart from a company named after them.
        let e = entities("Ada Vale said she would stay. Shares of Ada Vale Ltd. fell.");
        assert!(
            e.iter().any(|(_, kind, _)| *kind == EntityType::Person),
            "{e:?}"
        );
    }

    #[test]
    fn a_kind_of_organisation_before_a_name_types_it() {
        let e = entities("Shares of carmaker Rivian fell as Rivian cut jobs.");
        assert!(e.contains(&("Rivian".into(), EntityType::Org, 2)), "{e:?}");
        // A journal and a magazine are organisations as their publishers are.
        let e = entities(
            "It was published in the journal Vesper Neurology and the magazine Halden Monthly.",
        );
        assert!(
            e.contains(&("Vesper Neurology".into(), EntityType::Org, 1)),
            "{e:?}"
        );
        assert!(
            e.contains(&("Halden Monthly".into(), EntityType::Org, 1)),
            "{e:?}"
        );
        // What one holds shares in is a company, not a place.
        let e = entities("Shares in Vexor and Talbridge were little changed.");
        assert!(
            e.iter().all(|(_, kind, _)| *kind != EntityType::Gpe),
            "{e:?}"
        );
    }

    #[test]
    fn a_word_alone_stands_for_a_company_by_its_legal_form() {
        // A person by the shape of the word in a headline; the company of its legal form.
        let e = entities(
            "Varello cables look to tap growth.\n\nItalian tyre giant Varello said on \
             Friday that Varello SpA would grow. Varello Cables has sales of $3 billion. \
             Varello is linking with a group.",
        );
        assert!(
            e.iter()
                .all(|(name, kind, _)| name != "Varello" || *kind == EntityType::Org),
            "{e:?}"
        );
    }

    #[test]
    fn what_speaks_of_itself_as_it_is_an_organisation() {
        let e = entities("The ruling hurt them. Later, Kroger said it was disappointed.");
        assert!(e.contains(&("Kroger".into(), EntityType::Org, 1)), "{e:?}");
        // Even where a place could stand ("a stake in Quorvex").
        let e = entities("The fund bought a stake in Quorvex. Quorvex said it would cut jobs.");
        assert!(e.contains(&("Quorvex".into(), EntityType::Org, 2)), "{e:?}");
    }

    #[test]
    fn a_bare_name_listed_with_a_company_is_one() {
        let e = entities(
            "The judge ruled. Later, Kroger said it would appeal, and Kroger and \
                          Albertsons both fell.",
        );
        assert!(
            e.contains(&("Albertsons".into(), EntityType::Org, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn the_object_of_told_is_no_speaker() {
        // "urged Okonkwo": a name after a verb that takes an object gets no vote from it.
        let e = entities("The minister urged Okonkwo to act.");
        assert!(e
            .iter()
            .all(|(name, kind, _)| name != "Okonkwo" || *kind == EntityType::Person));
        let e = entities("It was quiet. The president urged Western allies to act.");
        assert!(e.iter().all(|(name, ..)| name != "Western"), "{e:?}");
    }

    #[test]
    fn places_by_what_follows_and_where_they_stand() {
        for (text, name) in [
            (
                "It happened at a school in the Abbotsford area last week.",
                "Abbotsford",
            ),
            ("A mother from Plano, Texas, was told the news.", "Plano"),
            ("Police in B.C. said more.", "B.C."),
        ] {
            let e = entities(text);
            assert!(
                e.iter().any(|(n, k, _)| n == name && *k == EntityType::Gpe),
                "{text}: {e:?}"
            );
        }
        let e = entities("On board the Freewinds, Paris claims she worked long hours.");
        assert!(
            e.iter()
                .all(|(n, k, _)| n != "Freewinds" || *k != EntityType::Gpe),
            "{e:?}"
        );
    }

    #[test]
    fn an_acronym_takes_its_full_names_type() {
        let e = entities(
            "Flights at Denver International Airport (DIA) were halted. DIA reopened later.",
        );
        assert!(
            e.contains(&("Denver International Airport".into(), EntityType::Fac, 3)),
            "{e:?}"
        );
        // A listed acronym is no other name's initials.
        let e = entities(
            "A study by the University of Seville found that US officials were slow. The US \
             agreed.",
        );
        assert!(e.contains(&("US".into(), EntityType::Gpe, 2)), "{e:?}");
        assert!(
            e.contains(&("University of Seville".into(), EntityType::Org, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn a_bare_name_joined_to_a_place_by_and_is_one() {
        let e = entities("Last week the envoy visited Ulvik and Tromsdal by ferry.");
        assert!(
            e.contains(&("Tromsdal".into(), EntityType::Gpe, 1)),
            "{e:?}"
        );
        let e = entities("It was quiet. Talks between Aoun and Hariri went on, in Beirut.");
        assert!(
            e.contains(&("Hariri".into(), EntityType::Person, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn staff_at_a_name_and_a_kind_of_organisation_before_it_make_an_organisation() {
        let e = entities(
            "Analysts at Brakmor said prices would rise. The national supply company, Velkan, \
             agreed.",
        );
        assert!(
            e.iter()
                .any(|(n, k, _)| n == "Brakmor" && *k == EntityType::Org),
            "{e:?}"
        );
        assert!(
            e.iter()
                .any(|(n, k, _)| n == "Velkan" && *k == EntityType::Org),
            "{e:?}"
        );
        // A person who works there stays a person: "Okonta said".
        let e = entities("Analysts at Brakmor, including Okonta, said so. Okonta was sure.");
        assert!(
            e.iter()
                .any(|(n, k, _)| n == "Okonta" && *k == EntityType::Person),
            "{e:?}"
        );
    }

    #[test]
    fn an_appositive_says_what_a_name_is() {
        let e = entities(
            "Skyvolt, the regional power company, said supplies were safe. Okonta, a \
             professor at the university, agreed.",
        );
        assert!(
            e.iter()
                .any(|(n, k, _)| n == "Skyvolt" && *k == EntityType::Org),
            "{e:?}"
        );
        assert!(
            e.iter()
                .any(|(n, k, _)| n == "Okonta" && *k == EntityType::Person),
            "{e:?}"
        );
        // A list is no appositive.
        let e = entities("Brelford, the capital and the coast were flooded.");
        assert!(!e.iter().any(|(n, _, _)| n == "Brelford"), "{e:?}");
        // The head follows a possessive: a director, not the group.
        let e = entities(
            "Three people died, said Wanjiru Okombo, the group's executive director, on Monday.",
        );
        assert!(
            e.iter()
                .any(|(n, k, _)| n == "Wanjiru Okombo" && *k == EntityType::Person),
            "{e:?}"
        );
    }

    #[test]
    fn fighting_around_a_name_places_it() {
        let e = entities("The army said it had repelled attacks around Velikov overnight.");
        assert!(e.contains(&("Velikov".into(), EntityType::Gpe, 1)), "{e:?}");
    }

    #[test]
    fn a_motor_company_is_an_organisation() {
        let e = entities("Prices rose in May. Varnak Motor opened a plant in Ohio on Monday.");
        assert!(
            e.contains(&("Varnak Motor".into(), EntityType::Org, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn untyped_words_take_context() {
        let e = entities("It was quiet. Okonkwo said the plan failed.");
        assert!(
            e.contains(&("Okonkwo".into(), EntityType::Person, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn the_end_of_a_longer_name_is_the_same_person() {
        let e = entities(
            "Prime minister Duarte Ferreira Lobo survived the vote. Ferreira Lobo said so. \
             Kerrie-Anne Lindqvist, 67, left.",
        );
        assert!(
            e.contains(&("Duarte Ferreira Lobo".into(), EntityType::Person, 2)),
            "{e:?}"
        );
        assert!(
            e.contains(&("Kerrie-Anne Lindqvist".into(), EntityType::Person, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn a_product_after_its_kind_is_no_entity() {
        let e = entities(
            "Sales of the weight-loss drug Zelvora slowed. Doctors said Zelvora helped. Mayor \
             Tom Vale backed the app Quorly.",
        );
        assert!(!e.iter().any(|(n, _, _)| n.contains("Zelvora")), "{e:?}");
        assert!(!e.iter().any(|(n, _, _)| n.contains("Quorly")), "{e:?}");
        // Not a person named by more than the shape of the name.
        let e = entities("Mayor Tom Vale spoke. He praised the drug Vale had approved.");
        assert!(e.iter().any(|(n, _, _)| n == "Tom Vale"), "{e:?}");
    }

    #[test]
    fn a_subject_that_its_verb_calls_its_is_an_organisation() {
        let e = entities("Korvane Tulsen cut its forecast on Tuesday. Korvane Tulsen said so.");
        assert!(
            e.contains(&("Korvane Tulsen".into(), EntityType::Org, 2)),
            "{e:?}"
        );
        // Not the object of a preposition: the subject is before it.
        let e = entities("The air force under Hermann Tulsen began its campaign.");
        assert!(
            e.contains(&("Hermann Tulsen".into(), EntityType::Person, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn a_vehicle_is_named_but_is_no_entity() {
        let e = entities(
            "The crew left the research vessel Tangaroa at dawn. The Tangaroa sailed north. \
             A fire broke out on the oil tanker Nordic Pearl. The Nordic Pearl sank.",
        );
        assert!(!e.iter().any(|(n, _, _)| n.contains("Tangaroa")), "{e:?}");
        assert!(!e.iter().any(|(n, _, _)| n.contains("Pearl")), "{e:?}");
        // An aircraft carrier is a ship; an airline, a "carrier" too, is no vehicle.
        let e = entities(
            "The aircraft carrier Corvanta sailed. Shares of the carrier Skylora Airways fell.",
        );
        assert!(!e.iter().any(|(n, _, _)| n.contains("Corvanta")), "{e:?}");
        assert!(e.iter().any(|(n, _, _)| n == "Skylora Airways"), "{e:?}");
        // A known name after such a noun is not the vehicle's.
        let e = entities("Officials said a ship Russia seized had left port.");
        assert!(e.iter().any(|(n, _, _)| n == "Russia"), "{e:?}");
        // The noun may open the name; a name ending in it is a person's; a date after it
        // stays.
        let e = entities(
            "Space Shuttle Vantara lifted off on Tuesday. Vantara will go on display. The \
             singer Brian Ferry watched the shuttle Tuesday.",
        );
        assert!(!e.iter().any(|(n, _, _)| n.contains("Vantara")), "{e:?}");
        assert!(e.iter().any(|(n, _, _)| n == "Brian Ferry"), "{e:?}");
        assert_eq!(
            e.iter().filter(|(_, k, _)| *k == EntityType::Date).count(),
            1,
            "{e:?}"
        );
    }

    #[test]
    fn a_name_with_a_version_number_is_a_product() {
        let e = entities(
            "Users of Quarlo Navigator 6 are few. Quarlo Navigator lost ground to Tevra, and \
             the cosmonaut flew aboard Vostrel 1 into orbit.",
        );
        assert!(!e.iter().any(|(n, _, _)| n.contains("Navigator")), "{e:?}");
        assert!(!e.iter().any(|(n, _, _)| n.contains("Vostrel")), "{e:?}");
        // A quantity or a score is no version: the names stay.
        for (text, name) in [
            (
                "Troops fought at Borvelo 70 miles west of the capital.",
                "Borvelo",
            ),
            ("Agassi beat Samprovic 6-4 in the final.", "Samprovic"),
            ("D. Coxwell 95 not out, S. Campbell 69.", "D. Coxwell"),
        ] {
            let e = entities(text);
            assert!(e.iter().any(|(n, _, _)| n == name), "{text}: {e:?}");
        }
    }

    #[test]
    fn which_takes_up_no_person() {
        let text = "The agency won the account from Marden Kessler Bates, which had handled \
                    it since 1985.";
        let e = entities(text);
        assert!(
            e.contains(&("Marden Kessler Bates".into(), EntityType::Org, 1)),
            "{e:?}"
        );
        let e = entities(&text.replace("which", "who"));
        assert!(
            e.contains(&("Marden Kessler Bates".into(), EntityType::Person, 1)),
            "{e:?}"
        );
    }

    #[test]
    fn the_plural_of_a_name_met_alone_counts_things() {
        let e = entities(
            "The museum shows 40 Vexographs. The Vexographs were donated with a Vexograph \
             camera.",
        );
        assert!(!e.iter().any(|(n, _, _)| n == "Vexographs"), "{e:?}");
        // A plural alone is left to its context.
        let e = entities("The Okafors said they would appeal.");
        assert!(e.iter().any(|(n, _, _)| n == "Okafors"), "{e:?}");
    }

    /// Each entity's name with its gender.
    fn genders(text: &str) -> Vec<(String, Gender)> {
        let doc = Document::parse(text);
        let r = merge(&doc, mentions::find(&doc));
        r.entities
            .iter()
            .zip(&r.genders)
            .map(|(e, g)| (e.name.clone(), *g))
            .collect()
    }

    #[test]
    fn gender_from_title_and_given_name() {
        let g = genders("Mrs. Adaeze Obi spoke. John Smith listened.");
        assert!(g.contains(&("Adaeze Obi".into(), Gender::Female)), "{g:?}");
        assert!(g.contains(&("John Smith".into(), Gender::Male)), "{g:?}");
        // A part of a hyphenated given name; a kinship noun before the name.
        let g = genders(
            "Ana-Maria Oprea spoke. His wife, Ilinca Vaduva, and her son Radu Vaduva left.",
        );
        assert!(
            g.contains(&("Ana-Maria Oprea".into(), Gender::Female)),
            "{g:?}"
        );
        assert!(
            g.contains(&("Ilinca Vaduva".into(), Gender::Female)),
            "{g:?}"
        );
        assert!(g.contains(&("Radu Vaduva".into(), Gender::Male)), "{g:?}");
    }
}
