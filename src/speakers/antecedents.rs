//! The rules' reading of a pronoun ("he", "she", "it", "they").
//!
//! Takes a pronoun's token and the [`Context`] of the stage; gives the entity it refers to:
//! a fitting name earlier in its sentence, the person who opens the sentence before, the
//! topic (the last speaker or subject of a cue), last the nearest person of its gender.
//! For "he" and "she", [`Context::resolve_pronoun`] then lets the learned ranker of
//! [`super::pronouns`] weigh that reading against the other people named nearby.

use super::*;

/// Prepositions and adverbs of time that open a phrase before a sentence's subject ("In a
/// statement, she said", "Later he added").
const OPENING_PREPOSITIONS: [&str; 12] = [
    "in", "on", "at", "after", "during", "later", "earlier", "since", "from", "by", "over", "then",
];

/// Words that open a clause or say it has a verb: a phrase holding one is no mere opening.
const CLAUSE_WORDS: [&str; 14] = [
    "that", "who", "which", "when", "as", "if", "is", "was", "were", "are", "has", "had", "have",
    "and",
];

/// How many words the sentence an unnamed subject opens may take to its verb of saying ("A
/// former engineer at a software company, who spoke on condition of anonymity, said").
const UNNAMED_OPENER_WORDS: usize = 24;

impl<'a, 't> Context<'a, 't> {
    /// Is the pronoun at token `p` the subject of a question that opens its sentence ("Why
    /// did she so badly want to attend?", "Did he know?"), or of a cue set off by a comma
    /// after what was said ("Also, Vale is no conservative, he said")? The sentence is
    /// about the same person as one that opens with it: a name before the pronoun is part
    /// of the question or of the words reported, not who says them.
    pub(super) fn asks_about(&self, p: usize) -> bool {
        let (start, _) = self.doc.sentences[self.doc.tokens[p].sentence];
        let reports = p > start
            && self.word(p - 1) == ","
            && p + 1 < self.doc.tokens.len()
            && self.cue_lemma(p + 1).is_some();
        reports
            || p > start
                && p - start <= 3
                && (start..p).all(|k| {
                    matches!(
                        self.lower(k).as_ref(),
                        "why"
                            | "how"
                            | "what"
                            | "when"
                            | "where"
                            | "did"
                            | "does"
                            | "do"
                            | "was"
                            | "is"
                            | "would"
                            | "could"
                            | "will"
                            | "can"
                            | "has"
                            | "had"
                    )
                })
    }

    /// Is the pronoun at token `p` its sentence's subject after an opening phrase of time,
    /// place or means, with or without its comma ("In a post on social media she thanked",
    /// "On Tuesday, he said")? The phrase opens with a preposition or an adverb of time,
    /// names no one, and holds no verb nor clause.
    pub(super) fn after_opening_preposition(&self, p: usize) -> bool {
        /// The most words such a phrase takes.
        const PHRASE_WORDS: usize = 8;
        let (start, _) = self.doc.sentences[self.doc.tokens[p].sentence];
        p > start + 1
            && p - start <= PHRASE_WORDS
            && OPENING_PREPOSITIONS.contains(&self.lower(start).as_ref())
            && (start..p).all(|k| {
                let word = self.lower(k);
                !self.quoted[k]
                    && self.mention_at.at(k).is_none()
                    && self.surname_at.at(k).is_none()
                    && (word != "," || k + 1 == p)
                    && !CLAUSE_WORDS.contains(&word.as_ref())
                    && is_pronoun(&word).is_none()
                    && !(word.len() > 4 && word.ends_with("ed"))
            })
    }

    /// Do only quotations and punctuation stand before token `p` in its sentence (`“…,” he
    /// said`)?
    pub(super) fn after_quotations_only(&self, p: usize) -> bool {
        let doc = self.doc;
        let (start, _) = doc.sentences[doc.tokens[p].sentence];
        (start..p).all(|k| self.quoted[k] || doc.tokens[k].kind == TokenKind::Punct)
    }

    /// The entity a pronoun at token `p` refers to: for "he" and "she", the best candidate
    /// by the ranker ([`pronouns`]), which weighs the rules' choice among its features. None
    /// for one that goes on about the unnamed person the sentence before opens with
    /// ([`Context::unnamed_opener`]).
    pub(super) fn resolve_pronoun(
        &self,
        p: usize,
        gender: Gender,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<usize> {
        if gender != Gender::Unknown && self.unnamed_opener(p).is_some() {
            return None;
        }
        self.resolve_pronoun_to_a_name(p, gender, last_speaker)
    }

    /// [`Context::resolve_pronoun`] for a pronoun whose caller has already found it goes
    /// on about no unnamed person ([`Context::unnamed_opener`]), so the sentence before is
    /// not read again.
    pub(super) fn resolve_pronoun_to_a_name(
        &self,
        p: usize,
        gender: Gender,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<usize> {
        let rules = self.resolve_pronoun_by_rules(p, gender, last_speaker);
        if gender == Gender::Unknown {
            return rules;
        }
        self.rank_pronoun(p, gender, last_speaker, rules)
    }

    /// The words of the unnamed person a "he" or "she" opening its sentence at token `p`
    /// goes on about: the subject the sentence before, in the same paragraph, opens with, an
    /// indefinite noun phrase that names no one, up to its comma or its verb of saying ("One
    /// patient's daughter, who asked not to be named, said care had suffered. “Nobody
    /// came,” she said."). Not when a name follows in apposition ("A nurse, Ann Vale,
    /// said") or someone else speaks in that sentence ("A problem, she said, is pay").
    /// (A definite one, "The senator", refers back to someone named before.)
    pub(super) fn unnamed_opener(&self, p: usize) -> Option<Span> {
        let doc = self.doc;
        let sentence = doc.tokens[p].sentence;
        let (a, b) = doc.sentences[sentence.checked_sub(1)?];
        if !self.after_quotations_only(p)
            || self.quoted[a]
            || doc.tokens[a].paragraph != doc.tokens[p].paragraph
            || !matches!(self.lower(a).as_ref(), "a" | "an" | "another" | "one")
        {
            return None;
        }
        // One pass: the subject to its comma or verb (no one named in it, no other verb),
        // then a verb of saying before anyone else is named. (A verb by its finite form:
        // "promise" may be a noun, "telling" an adjective.)
        let mut end = None;
        // (Inside a relative clause a verb is the clause's: "A woman who lives nearby said".)
        let mut relative = false;
        for k in a + 1..b.min(a + UNNAMED_OPENER_WORDS) {
            let word = self.lower(k);
            let someone = !self.quoted[k]
                && (is_pronoun(&word).is_some_and(|g| g != Gender::Unknown)
                    || self.person_at(k).is_some());
            let says = !self.quoted[k]
                && !word.ends_with("ing")
                && self.cue_lemma(k).is_some_and(|lemma| word != lemma);
            if someone || (end.is_none() && !relative && !says && is_verb_form(&word)) {
                return None;
            }
            if says {
                return Some(self.span_of((a, end.unwrap_or(k))));
            }
            if word == "," && end.is_none() {
                end = Some(k);
            }
            relative |= word == "who";
        }
        None
    }

    /// The rules' reading of a pronoun at token `p`.
    fn resolve_pronoun_by_rules(
        &self,
        p: usize,
        gender: Gender,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<usize> {
        let doc = self.doc;
        let sentence = doc.tokens[p].sentence;
        let (sentence_start, _) = doc.sentences[sentence];
        let starts_with_possessive = {
            let mut s = sentence_start;
            while s < p && doc.tokens[s].kind == TokenKind::Punct {
                s += 1;
            }
            matches!(self.lower(s).as_ref(), "his" | "her" | "its" | "their")
        };
        let opens_sentence = self.after_quotations_only(p)
            || self.asks_about(p)
            || self.after_opening_preposition(p);
        let topic_pronoun = opens_sentence || starts_with_possessive;
        // A pronoun inside a sentence: a fitting name earlier in that sentence.
        if !topic_pronoun {
            if let Some(e) = self.antecedent_in_sentence(p, gender) {
                return Some(e);
            }
        }
        // A sentence that opens with a pronoun (or with a quotation and then the pronoun,
        // `“…,” he told`) continues the one before when that one opens with a person:
        // "Rathbun requested donations …. He described Montalvo as …", "Chelsea coach Enzo
        // Maresca was less happy. “We deserved more,” he told Sky Sports."
        if opens_sentence && sentence > 0 {
            let (a, _) = doc.sentences[sentence - 1];
            let same_paragraph = doc.tokens[a].paragraph == doc.tokens[p].paragraph;
            let opener = if same_paragraph && !self.quoted[a] {
                self.opening_names(a)
            } else {
                None
            };
            if let Some((e, _)) = opener {
                let person = self.resolved.entities[e].kind == EntityType::Person;
                if person && self.gender_fits(e, gender).is_some() {
                    return Some(e);
                }
                // "Mare Vivo Rescue, a charity, said …. “…,” they said": "it" and "they"
                // continue an organisation too.
                if !person && gender == Gender::Unknown && self.gender_fits(e, gender).is_some() {
                    return Some(e);
                }
            }
            // "His wife, Ana Dragomir, was less patient. “…,” she said.": a person of the
            // pronoun's gender in apposition near the start of the sentence before (also
            // after an opener who does not fit: "Navalny's widow, Yulia Navalnaya, …").
            if same_paragraph {
                let (_, b) = doc.sentences[sentence - 1];
                let near_start = self.subject_near_start(a, b, gender, |k| {
                    Some(self.resolved.mentions[self.mention_at.at(k)?].entity)
                });
                if near_start.is_some() {
                    return near_start;
                }
            }
        }
        // "The commission rejected the claim. In a statement, it said …": "it" is what the
        // sentence before opens with, an organisation or a place by its noun.
        if gender == Gender::Unknown && sentence > 0 {
            let (a, b) = doc.sentences[sentence - 1];
            let by_noun =
                (a + 1..(a + 3).min(b)).find_map(|noun| self.entity_by_head_noun(a, noun));
            if by_noun.is_some() && doc.tokens[a].paragraph == doc.tokens[p].paragraph {
                return by_noun;
            }
        }
        // The topic: the last speaker, or the last person said to say something if named
        // later, when near and not of the other gender.
        let last_cue_subject = {
            let i = self.cue_subjects.partition_point(|&(k, _)| k < p);
            i.checked_sub(1)
                .map(|i| (self.cue_subjects[i].1, self.cue_subjects[i].0))
        };
        let topic = match (last_speaker, last_cue_subject) {
            (Some(s), Some(c)) => Some(if c.1 > s.1 { c } else { s }),
            (s, c) => s.or(c),
        };
        for (s, at) in [topic, last_speaker].into_iter().flatten() {
            let para = doc.tokens[at].paragraph;
            if doc.tokens[p].paragraph <= para + 2 && self.gender_fits(s, gender).is_some() {
                return Some(s);
            }
        }
        // The subject of the previous sentences: their first fitting name.
        let mut s = sentence;
        let mut looked = 0;
        while s > 0 && looked < 3 {
            s -= 1;
            looked += 1;
            let (a, b) = doc.sentences[s];
            if let Some(e) = self.first_fitting(a, b, gender) {
                return Some(e);
            }
        }
        self.best_before(doc.sentences[sentence.saturating_sub(3)].0, p, gender)
            .or_else(|| self.nearest_of_gender(p, gender))
    }

    /// The first person of that very gender (by `named`) in the first words of the sentence
    /// `[a, b)`: "His wife, Ana Dragomir, was less patient", "Later, Mr. Rathbun asked". None
    /// when the sentence opens with a he/she, who goes on from before ("He called Vale
    /// “…”"); a name before a possessive mark is no subject ("As for Vale’s remarks, Osei
    /// …").
    pub(super) fn subject_near_start(
        &self,
        a: usize,
        b: usize,
        gender: Gender,
        named: impl Fn(usize) -> Option<usize>,
    ) -> Option<usize> {
        if is_pronoun(&self.lower(a)).is_some_and(|g| g != Gender::Unknown) {
            return None;
        }
        (a..b.min(a + OPENING_APPOSITION)).find_map(|k| {
            let e = named(k)?;
            let (_, end) = self
                .mention_at
                .at(k)
                .map_or((k, k + 1), |m| self.resolved.mentions[m].tokens);
            let possessor = end < self.doc.tokens.len() && self.possessive_mark(end);
            (!possessor && self.gender_fits(e, gender) == Some(true)).then_some(e)
        })
    }

    /// Last resort for "he" or "she" at token `p`: the nearest person of that very gender
    /// named outside quotations in the text before (a few paragraphs back at most), so a
    /// long quotation between a pronoun and its antecedent does not lose it.
    fn nearest_of_gender(&self, p: usize, gender: Gender) -> Option<usize> {
        if gender == Gender::Unknown {
            return None;
        }
        (p.saturating_sub(NOMINAL_WINDOW)..p)
            .rev()
            .filter(|&k| !self.quoted[k])
            .find_map(|k| {
                let e = self.resolved.mentions[self.mention_at.at(k)?].entity;
                (self.gender_fits(e, gender) == Some(true)).then_some(e)
            })
    }

    /// The nearest fitting name before the pronoun at token `p` in its sentence, exact
    /// gender first; never the person a relative clause it opens is about ("… Rubio, whom
    /// he called …": the one who calls is someone else).
    pub(super) fn antecedent_in_sentence(&self, p: usize, gender: Gender) -> Option<usize> {
        let (start, _) = self.doc.sentences[self.doc.tokens[p].sentence];
        let entity_at = |k: usize| {
            self.mention_at
                .at(k)
                .map(|m| self.resolved.mentions[m].entity)
        };
        let relative_head = p
            .checked_sub(2)
            .filter(|_| matches!(self.lower(p - 1).as_ref(), "who" | "whom"))
            .and_then(|k| {
                if self.word(k) == "," {
                    k.checked_sub(1)
                } else {
                    Some(k)
                }
            })
            .and_then(entity_at);
        // "He called Ada Vale's plan, which he described as …": a pronoun of that gender
        // before any fitting name is the subject, and the later one goes on with it.
        let first_person = (start..p).find(|&k| {
            !self.quoted[k]
                && (is_pronoun(&self.lower(k)) == Some(gender)
                    || entity_at(k).is_some_and(|e| self.gender_fits(e, gender).is_some()))
        });
        if first_person.is_some_and(|k| entity_at(k).is_none()) {
            return None;
        }
        self.fitting(
            (start..p)
                .rev()
                .filter(|&k| relative_head.is_none() || entity_at(k) != relative_head),
            gender,
        )
    }

    /// The nearest fitting name in tokens `[a, p)`, exact gender first.
    fn best_before(&self, a: usize, p: usize, gender: Gender) -> Option<usize> {
        self.fitting((a..p).rev(), gender)
    }

    /// The first fitting name in tokens `[a, b)`, exact gender first.
    fn first_fitting(&self, a: usize, b: usize, gender: Gender) -> Option<usize> {
        self.fitting(a..b, gender)
    }

    /// The first entity named at `tokens`, in their order, whose gender matches `gender`;
    /// else the first whose gender is unknown.
    fn fitting(&self, tokens: impl Iterator<Item = usize>, gender: Gender) -> Option<usize> {
        let mut fallback = None;
        for k in tokens {
            if let Some(m) = self.mention_at.at(k) {
                let e = self.resolved.mentions[m].entity;
                match self.gender_fits(e, gender) {
                    Some(true) => return Some(e),
                    Some(false) if fallback.is_none() => fallback = Some(e),
                    _ => {}
                }
            }
        }
        fallback
    }
}
