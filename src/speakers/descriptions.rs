//! Sources named by description, apposition or affiliation, and names after a cue.
//!
//! Takes the tokens around a cue and the [`Context`] of the stage; gives the whole noun
//! phrase of an unnamed source ("a spokeswoman for the department", back to its
//! determiner) and whether it can plausibly speak, the person of an appositive or an
//! affiliation ("Matthew Ingram of The Globe and Mail"), the entity a definite noun refers
//! back to ("the ministry", "the minister"), and the name or description right after an
//! inverted cue (`said Wu Xinbo`, `said one senior source`).

use super::*;

impl<'a, 't> Context<'a, 't> {
    /// Do the tokens `a..b` between a closing mark and its cue make one unnamed source's
    /// description, however long: `“…,” a narrator in the rival ad asks`, `“…,” Crane's
    /// former campaign strategist said` (a determiner or a possessor first, then no verb).
    pub(super) fn description_between(&self, a: usize, b: usize) -> bool {
        let opens = matches!(
            self.lower(a).as_ref(),
            "a" | "an" | "the" | "one" | "another"
        ) || self.mention_at.at(a).is_some_and(|m| {
            let end = self.resolved.mentions[m].tokens.1;
            end < b && self.possessive_mark(end)
        });
        opens
            && (a..b).all(|j| {
                let l = self.lower(j);
                let t = &self.doc.tokens[j];
                (t.kind == TokenKind::Word
                    || self.mention_at.at(j).is_some()
                    || self.inside_word(j)
                    || self.possessive_mark(j))
                    && (!is_past_or_modal(&l) || self.part_of_compound(j))
                    && !matches!(l.as_ref(), "who" | "which" | "that" | "but")
                    && (self.mention_at.at(j).is_some() || is_pronoun(&l).is_none())
            })
    }

    /// The speaker of a noun phrase whose possessor is the entity mentioned at `tokens` and
    /// whose head noun is token `head` ("Cornyn's statement", "Cornyn's aide"). A person speaks
    /// through what they write or say (`source_nouns.txt`), not through the people around
    /// them: "Cornyn's aide", "Cornyn's office", "Cornyn's campaign" are sources by
    /// description, named by the whole phrase. An organisation or a place speaks through
    /// either ("the ministry's spokesman said").
    pub(super) fn possessor_or_description(
        &self,
        entity: usize,
        tokens: (usize, usize),
        head: usize,
    ) -> (Option<usize>, Span) {
        let person = self.resolved.entities[entity].kind == EntityType::Person;
        if person && !lexicon::is_source_noun(&self.lower(head)) {
            (None, self.span_of((tokens.0, head + 1)))
        } else {
            (Some(entity), self.span_of(tokens))
        }
    }

    /// The words that describe an unnamed source, from those at `span` (often its head
    /// only): back to the phrase's determiner ("the New York businessman", "the ad's
    /// narrator", "the former secretary of state and current nominee") or to a possessor
    /// that opens it ("Crane's campaign manager"); none when the words cannot name a source
    /// ([`Self::plausible_description`]).
    pub(super) fn full_description(&self, span: Span) -> Option<Span> {
        /// How many tokens before the head the determiner may stand.
        const REACH: usize = 10;
        let doc = self.doc;
        let mut a = doc.token_at_or_after(span.start);
        let b = doc.token_at_or_after(span.end);
        if a >= b {
            return None;
        }
        // The whole of a name the words start inside: "63 percent".
        if let Some(m) = self.mention_at.at(a) {
            a = a.min(self.resolved.mentions[m].tokens.0);
        }
        let sentence = doc.tokens[a].sentence;
        let mut j = a;
        let mut connected = false;
        let mut possessor = None;
        let origin = a;
        // A phrase that opens with its determiner is whole, unless it is a noun's complement
        // ("a narrator in the rival ad"): not "the council issued a statement".
        let opens_whole = DETERMINERS.contains(&self.lower(a).as_ref())
            && !(a > 0
                && matches!(
                    self.lower(a - 1).as_ref(),
                    "of" | "in" | "on" | "for" | "at" | "from" | "with"
                ));
        if opens_whole {
            j = 0;
        }
        while j > 0 && origin - j < 2 * REACH {
            let p = j - 1;
            let t = &doc.tokens[p];
            let l = self.lower(p);
            let possessive = self.possessive_mark(p);
            // The dot of an abbreviation: "U.S. senator".
            let abbreviation_dot = l == "."
                && p > 0
                && !t.space_before
                && (lexicon::is_abbreviation(self.word(p - 1))
                    || self.mention_at.at(p - 1).is_some());
            if abbreviation_dot {
                j = p;
                continue;
            }
            if t.sentence != sentence
                || self.quoted[p]
                || (t.kind != TokenKind::Word
                    && !possessive
                    && self.mention_at.at(p).is_none()
                    && !self.inside_word(p))
                || self.cue_lemma(p).is_some()
            {
                break;
            }
            // "a voice-over", "the conservative-leaning newspaper", "the 46-year-old".
            if self.inside_word(p) {
                j = p;
                continue;
            }
            if DETERMINERS.contains(&l.as_ref())
                || matches!(
                    l.as_ref(),
                    "one" | "another" | "some" | "several" | "many" | "my"
                )
            {
                a = p;
                possessor = None;
                // "a narrator in the campaign's ad": the phrase may be a noun's complement.
                let complement = p > 0
                    && matches!(
                        self.lower(p - 1).as_ref(),
                        "of" | "in" | "on" | "for" | "at" | "from" | "with"
                    );
                if !complement {
                    break;
                }
                j = p;
                continue;
            }
            if let Some(m) = self.mention_at.at(p) {
                let (start, end) = self.resolved.mentions[m].tokens;
                if end < a && self.possessive_mark(end) {
                    possessor = (!connected).then_some(start);
                }
                j = start.min(p);
                continue;
            }
            let connector = matches!(
                l.as_ref(),
                "and" | "of" | "in" | "on" | "for" | "at" | "from" | "with"
            );
            // (A participle in -ed may stand before the head: "a leaked internal letter".)
            let word_ok = possessive
                || connector
                || self.part_of_compound(p)
                || (self.word(p).starts_with(char::is_lowercase)
                    && !is_clause_verb(&l)
                    && l != "are"
                    && (!l.ends_with("ing") || lexicon::is_source_noun(&l))
                    && !is_clause_verb(&l)
                    && !NOT_IN_SUBJECT.contains(&l.as_ref())
                    && (!SKIPPABLE.contains(&l.as_ref()) || l == "first"));
            if !word_ok {
                break;
            }
            connected |= connector;
            j = p;
        }
        if let Some(start) = possessor {
            a = start;
        }
        // "Pentagon officials said", "Two Federal Reserve officials said": a phrase with no
        // determiner that opens its sentence takes the names and words before its head.
        let (sentence_start, _) = doc.sentences[sentence];
        if a == origin
            && !connected
            && !opens_whole
            && j < a
            && j == sentence_start
            && self.plausible_description((j, b))
        {
            a = j;
        }
        // "the former secretary of State": a name may complete the phrase.
        let mut b = b;
        if matches!(self.lower(b - 1).as_ref(), "of" | "for") {
            if let Some(m) = self.mention_at.at(b) {
                b = self.resolved.mentions[m].tokens.1;
            }
        }
        if self.plausible_description((a, b)) {
            return Some(doc.span_of((a, b)));
        }
        // "The piece used one of", "my father often": the subject before its verb or
        // adverb, when a determiner opens it.
        let determiner = self.lower(a);
        if !DETERMINERS.contains(&determiner.as_ref()) && determiner != "my" {
            return None;
        }
        let end = (a + 1..b).find(|&j| {
            let l = self.lower(j);
            doc.tokens[j].kind != TokenKind::Word
                || is_past_or_modal(&l)
                || (l.len() > 3 && l.ends_with("ed"))
                || SKIPPABLE.contains(&l.as_ref())
                || ADVERBS.contains(&l.as_ref())
                || NOT_IN_SUBJECT.contains(&l.as_ref())
                || is_ly_adverb(&l)
        })?;
        (end > a + 1 && self.plausible_description((a, end))).then(|| doc.span_of((a, end)))
    }

    /// Can the tokens `a..b` name a source by description ("a campaign aide", "officials",
    /// "the report's authors", "a spokeswoman for the department", "she")? Not a stray
    /// word or a piece of a clause: a one-word description is a pronoun for a person or
    /// people, a name, or a plural noun ("analysts"); a longer one neither starts nor ends
    /// with a function word (a preposition, a conjunction, an auxiliary, an adverb), ends in
    /// no time word ("night") and holds no auxiliary before its complement ("is quoted as",
    /// "the platform should"). When unsure, no description is better than a wrong one.
    pub(super) fn plausible_description(&self, (a, b): (usize, usize)) -> bool {
        /// Words that neither open nor close a noun phrase naming a source.
        const EDGE: [&str; 54] = [
            "to",
            "at",
            "in",
            "on",
            "from",
            "for",
            "of",
            "with",
            "by",
            "into",
            "about",
            "over",
            "through",
            "as",
            "via",
            "despite",
            "including",
            "during",
            "after",
            "before",
            "since",
            "against",
            "under",
            "and",
            "but",
            "or",
            "nor",
            "so",
            "yet",
            "when",
            "while",
            "if",
            "because",
            "than",
            "then",
            "now",
            "only",
            "often",
            "even",
            "ago",
            "up",
            "down",
            "out",
            "not",
            "also",
            "just",
            "still",
            "already",
            "it",
            "there",
            "here",
            "itself",
            "himself",
            "herself",
        ];
        /// Words that do not close one: determiners and pronouns that ask for a noun after
        /// them, and words for a time.
        const LAST: [&str; 44] = [
            "a",
            "an",
            "the",
            "this",
            "that",
            "these",
            "those",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "your",
            "which",
            "what",
            "night",
            "week",
            "today",
            "yesterday",
            "morning",
            "evening",
            "afternoon",
            "weekend",
            "day",
            "days",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "hours",
            "minutes",
            "decades",
            "ago",
            "i",
            "he",
            "she",
            "we",
            "they",
            "you",
            "me",
            "him",
            "them",
        ];
        /// Auxiliaries: a verb inside makes the words a clause, not a noun phrase.
        const AUXILIARIES: [&str; 20] = [
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
            "can", "could", "would", "will", "should", "may", "might", "must",
        ];
        let doc = self.doc;
        // (A name's words are no pronoun or verb: "U.S. senator", "Will Reyes's aide"; a
        // date's are words like others: "this week" is no source, but "63 percent" is.)
        let named = |j: usize| {
            self.mention_at.at(j).is_some_and(|m| {
                let kind = self.resolved.entities[self.resolved.mentions[m].entity].kind;
                kind.can_speak() || matches!(kind, EntityType::Norp | EntityType::Percent)
            })
        };
        let words: Vec<Cow<str>> = (a..b)
            .filter(|&j| doc.tokens[j].kind == TokenKind::Word)
            .map(|j| match named(j) {
                true => Cow::Borrowed("name"),
                false => self.lower(j),
            })
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        // Not a piece of a hyphenated word: "the-top" of "over-the-top".
        if (a > 0 && self.inside_word(a - 1)) || (b < doc.tokens.len() && self.inside_word(b)) {
            return false;
        }
        let negated = |w: &str| w.ends_with("n't") || w.ends_with("n’t");
        // An unnamed source is the subject of its verb, not a preposition's object ("in a
        // fundraising email", where a cue's word is a noun); an "as" opening the sentence
        // opens a clause ("As one aide said, …").
        if a > 0
            && NOT_IN_SUBJECT.contains(&self.lower(a - 1).as_ref())
            && self.lower(a - 1) != "by"
            && !(self.lower(a - 1) == "as" && doc.is_sentence_initial(a - 1))
        {
            return false;
        }
        if words.len() == 1 {
            let capitalised = self.word(a).starts_with(char::is_uppercase);
            // (A source's own noun alone: "letter", "spokesman"; a quantifier for people:
            // "another said", "some chanted".)
            return matches!(
                first.as_ref(),
                "he" | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "another"
                    | "others"
                    | "some"
                    | "most"
                    | "many"
                    | "several"
                    | "both"
            ) || named(a)
                || lexicon::is_source_noun(first)
                || lexicon::is_title(first)
                || (first.len() > 3
                    && first.ends_with('s')
                    && !first.ends_with("ss")
                    && !is_past_or_modal(first)
                    && !EDGE.contains(&first.as_ref())
                    && (!capitalised || doc.is_sentence_initial(a) || a == 0));
        }
        // (Nor a relative pronoun's clause, "who could be celebrating being", nor words that
        // end in a participle after a preposition, "came after being", or in an adjective
        // in "-ing" after an article, "a neighboring": a noun heads a source's phrase, as
        // in "Cruz's thinking".)
        let before_last = words.len().checked_sub(2).map(|k| words[k].as_ref());
        let dangling_participle = last.ends_with("ing")
            && !lexicon::is_source_noun(last)
            && before_last.is_some_and(|w| matches!(w, "a" | "an" | "the") || EDGE.contains(&w));
        if EDGE.contains(&first.as_ref())
            || matches!(first.as_ref(), "that" | "who" | "which" | "whom" | "whose")
            || (first.ends_with("ing") && !lexicon::is_source_noun(first))
            || dangling_participle
            || AUXILIARIES.contains(&first.as_ref())
            || negated(first)
            || EDGE.contains(&last.as_ref())
            || LAST.contains(&last.as_ref())
            || AUXILIARIES.contains(&last.as_ref())
            || negated(last)
            || is_ly_adverb(last)
            || is_past_or_modal(last)
        {
            return false;
        }
        // The words before a relative clause: no verb, and no pronoun ("that I").
        !words
            .iter()
            .take_while(|w| !matches!(w.as_ref(), "who" | "that" | "which"))
            .any(|w| {
                AUXILIARIES.contains(&w.as_ref())
                    || negated(w)
                    || matches!(
                        w.as_ref(),
                        "i" | "he"
                            | "she"
                            | "it"
                            | "we"
                            | "they"
                            | "you"
                            | "me"
                            | "him"
                            | "us"
                            | "them"
                    )
            })
    }

    /// Where an unnamed source's description starts when the name at token `name` is only
    /// the complement of its noun: "one longtime adviser to", "a spokeswoman for", "a source
    /// familiar with" (a determiner and at most a few lower-case words before the
    /// preposition).
    pub(super) fn description_before_complement(&self, name: usize) -> Option<usize> {
        let doc = self.doc;
        // ("a spokesman for Democratic presidential candidate X", "a spokeswoman for Senate
        // Majority Leader X": over the title before the name, its modifiers, a party and
        // the body the title is of.)
        let mut preposition = name.checked_sub(1)?;
        if lexicon::is_title(&self.lower(preposition)) {
            while preposition > 0
                && name - preposition <= 4
                && (lexicon::is_title(&self.lower(preposition))
                    || self.mention_at.at(preposition).is_some_and(|m| {
                        let e = self.resolved.mentions[m].entity;
                        matches!(
                            self.resolved.entities[e].kind,
                            EntityType::Norp | EntityType::Org | EntityType::Gpe
                        )
                    })
                    || (doc.tokens[preposition].kind == TokenKind::Word
                        && self.mention_at.at(preposition).is_none()
                        && !matches!(
                            self.lower(preposition).as_ref(),
                            "to" | "for" | "with" | "from"
                        )
                        && !DETERMINERS.contains(&self.lower(preposition).as_ref())))
            {
                preposition -= 1;
            }
        }
        if !matches!(
            self.lower(preposition).as_ref(),
            "to" | "for" | "with" | "from"
        ) {
            return None;
        }
        let mut j = preposition;
        while j > 0 && preposition - j < DETERMINER_REACH / 2 {
            let w = self.lower(j - 1);
            if matches!(w.as_ref(), "a" | "an" | "the" | "one" | "another") {
                return (j < preposition).then_some(j - 1);
            }
            // ("a source speaking to X": a participle before the preposition qualifies the
            // noun; no verb of the sentence.)
            let participle = j == preposition && w.ends_with("ing");
            if doc.tokens[j - 1].kind != TokenKind::Word
                || self.mention_at.at(j - 1).is_some()
                || self.quoted[j - 1]
                || (self.cue_lemma(j - 1).is_some() && !participle)
                || !self.word(j - 1).starts_with(char::is_lowercase)
            {
                return None;
            }
            j -= 1;
        }
        None
    }

    /// The noun before "seen by" (or "obtained by", …) when the name at token `start` is
    /// the agent: "a leaked letter seen by (the) Sky News".
    pub(super) fn document_seen_by(&self, start: usize) -> Option<usize> {
        let mut b = start;
        if b > 0 && self.lower(b - 1) == "the" {
            b -= 1;
        }
        let by = b.checked_sub(1)?;
        let participle = by.checked_sub(1)?;
        let noun = participle.checked_sub(1)?;
        (self.lower(by) == "by"
            && SEEN_BY.contains(&self.lower(participle).as_ref())
            && self.doc.tokens[noun].kind == TokenKind::Word
            && self.doc.tokens[noun].sentence == self.doc.tokens[start].sentence)
            .then_some(noun)
    }

    /// The person whose affiliation is named from token `start` on: "Matthew Ingram of The
    /// Globe and Mail", "Nathan Law of Demosisto", "Marc Gambier of the regional fire
    /// service". Walks back over the affiliation's words.
    pub(super) fn affiliated_person(&self, start: usize) -> Option<(usize, (usize, usize))> {
        let mut k = start;
        for _ in 0..AFFILIATION_WINDOW {
            k = k.checked_sub(1)?;
            match self.word(k) {
                "of" | "at" | "from" => {
                    let before = k.checked_sub(1)?;
                    let named = match self.speaker_mention_ending_at(before) {
                        Some(found) => Some(found),
                        // "Jeff Bechdel, chairman of America Rising,": the person before the
                        // role in apposition.
                        None => self.person_before_role(before),
                    };
                    let (person, tokens) = named?;
                    // "Aris Vale of the Patriarchate of Jerusalem": an organisation before
                    // "of" belongs to the affiliation; the person is further back.
                    match self.resolved.entities[person].kind {
                        EntityType::Person => return Some(self.first_of_pair(person, tokens)),
                        EntityType::Org => k = tokens.0,
                        _ => return None,
                    }
                }
                // "of Washington's Institute for Science": a possessor inside the affiliation.
                "and" | "&" | "the" | "The" | "-" | "’s" | "'s" => {}
                // "of Columbia, South Carolina,": a comma between a name and its state.
                "," if k > 0 && self.mention_at.at(k - 1).is_some() && self.is_place_at(k + 1) => {}
                _ if self.mention_at.at(k).is_some() => {}
                // "of the regional fire service", "of the Federal Defender's office": words
                // of the affiliation, common or not.
                _ if self.doc.tokens[k].kind == TokenKind::Word => {}
                _ => return None,
            }
        }
        None
    }

    /// Is token `k` in the name of a place?
    fn is_place_at(&self, k: usize) -> bool {
        self.mention_at.at(k).is_some_and(|m| {
            matches!(
                self.resolved.entities[self.resolved.mentions[m].entity].kind,
                EntityType::Gpe | EntityType::Loc
            )
        })
    }

    /// The person named before a role in apposition that ends at token `last`: "Aaron
    /// Kall, the director of debate" (a few lower-case words after the comma).
    fn person_before_role(&self, last: usize) -> Option<(usize, (usize, usize))> {
        let mut k = last;
        for _ in 0..AFFILIATION_WINDOW {
            let w = self.word(k);
            if w == "," {
                return self.speaker_mention_ending_at(k.checked_sub(1)?);
            }
            if !w.starts_with(|c: char| c.is_lowercase()) || self.quoted[k] {
                return None;
            }
            k = k.checked_sub(1)?;
        }
        None
    }

    /// The subject before an appositive that ends with the comma at token `comma`: the
    /// first person named right before a comma in the clause ("Khaled Al-Maeena, editor at
    /// the Saudi Gazette, said"), else the name right before this comma.
    pub(super) fn appositive_subject(&self, comma: usize) -> Option<(Option<usize>, Span)> {
        let doc = self.doc;
        let sentence = doc.tokens[comma].sentence;
        let mut person = None;
        let mut organisation = None;
        let mut unnamed = None;
        let mut k = comma;
        let mut steps = 0;
        while k > 0 && steps < APPOSITIVE_WINDOW {
            k -= 1;
            steps += 1;
            if doc.tokens[k].sentence != sentence {
                break;
            }
            // (Over a quoted nickname: "van der Merwe, known as 'Kobus', said".)
            if self.quoted[k] {
                continue;
            }
            if self.word(k) == "," && k > 0 {
                // (Before a bracketed short form or party: "The Ethics Commission (EACC),
                // which …,", "Rep. Jim Ward (R-Ohio), a panel member,".)
                let before = match self.word(k - 1) {
                    ")" => (k.saturating_sub(BRACKET_WORDS + 1)..k - 1)
                        .rev()
                        .find(|&j| self.word(j) == "(")
                        .and_then(|open| open.checked_sub(1)),
                    _ => Some(k - 1),
                };
                let Some(before) = before else { continue };
                // "his partner at Lenox, Lawrence Cummings, said": a name after a
                // preposition is a complement, not the subject.
                let complement = |start: usize| {
                    start > 0
                        && matches!(
                            self.lower(start - 1).as_ref(),
                            "at" | "of" | "for" | "from" | "with" | "in" | "to" | "by"
                        )
                };
                let found = self
                    .speaker_mention_ending_at(before)
                    .filter(|&(_, tokens)| {
                        !complement(tokens.0) || self.affiliated_person(tokens.0).is_some()
                    });
                if let Some((entity, tokens)) = found {
                    let kind = self.resolved.entities[entity].kind;
                    if kind == EntityType::Person {
                        person = Some((Some(entity), self.span_of(tokens)));
                    } else if let Some((p, ptokens)) = self.affiliated_person(tokens.0) {
                        // "Mark Hughes of King's College London, who …, called": the
                        // person, not the college.
                        person = Some((Some(p), self.span_of(ptokens)));
                    } else if matches!(kind, EntityType::Org | EntityType::Gpe)
                        && self.heads_its_sentence(tokens.0)
                    {
                        // "The Civil Liberties Union, which represented them, said"; a
                        // country acting: "Even China, Pyongyang's only ally, said".
                        organisation = Some((Some(entity), self.span_of(tokens)));
                    }
                } else if self.unnamed_subject_ending_at(before) {
                    // "A witness, who asked not to be named, said she heard …". (A definite
                    // noun refers back as it would alone: "The mayor, who …, said".)
                    let start = doc.sentences[sentence].0;
                    let named = self.entity_by_head_noun(start, before);
                    unnamed = Some((named, self.span_of((start, k))));
                }
            }
        }
        person.or(organisation).or_else(|| {
            let Some((entity, tokens)) = self.speaker_mention_ending_at(comma.checked_sub(1)?)
            else {
                // "Schmidt's attorney, Elizabeth Sims of the Federal Public Defender's
                // office, told": the person before the affiliation.
                return self
                    .affiliated_person(comma)
                    .map(|(p, ptokens)| (Some(p), self.span_of(ptokens)))
                    .or(unnamed);
            };
            // "The delegate, who backs Cruz, warned": a name that ends a relative clause is
            // its object, not the subject.
            let relative = (tokens.0.saturating_sub(APPOSITIVE_STEPS)..tokens.0)
                .rev()
                .take_while(|&j| doc.tokens[j].sentence == sentence && self.word(j) != ",")
                .any(|j| matches!(self.lower(j).as_ref(), "who" | "which"));
            if relative && unnamed.is_some() {
                return unnamed;
            }
            // "Her lawyer, Kristen Waggoner of the Alliance Defending Freedom, said": the
            // person, not the organisation.
            if let Some((p, ptokens)) = self.affiliated_person(tokens.0) {
                return Some((Some(p), self.span_of(ptokens)));
            }
            Some((Some(entity), self.span_of(tokens)))
        })
    }

    /// Does token `k` head its sentence, after punctuation and a "the" at most?
    pub(super) fn heads_its_sentence(&self, k: usize) -> bool {
        let doc = self.doc;
        let (mut start, _) = doc.sentences[doc.tokens[k].sentence];
        // ("And America Rising, a political action committee, called": a conjunction first.)
        while start < k
            && (doc.tokens[start].kind == TokenKind::Punct
                || matches!(
                    self.lower(start).as_ref(),
                    "the" | "and" | "but" | "yet" | "so" | "even"
                ))
        {
            start += 1;
        }
        start == k
    }

    /// Does a preposition of where someone is ("in", "from", "near") stand right before
    /// token `k`: "a shop owner in Kelby"?
    pub(super) fn after_place_preposition(&self, k: usize) -> bool {
        k > 0 && matches!(self.lower(k - 1).as_ref(), "in" | "from" | "near")
    }

    /// Do the words from the start of the sentence of token `k` to `k` make an unnamed noun
    /// phrase ("A witness", "Another resident")?
    pub(super) fn unnamed_subject_ending_at(&self, k: usize) -> bool {
        let doc = self.doc;
        // ("One restaurant owner in Springfield, who …,": where the head is from, after it.)
        if let Some(m) = self.mention_at.at(k) {
            let mention = &self.resolved.mentions[m];
            let a = mention.tokens.0;
            let place = matches!(
                self.resolved.entities[mention.entity].kind,
                EntityType::Gpe | EntityType::Loc | EntityType::Fac
            );
            if place
                && mention.tokens.1 == k + 1
                && a >= 2
                && self.after_place_preposition(a)
                && doc.tokens[a - 2].sentence == doc.tokens[k].sentence
            {
                return self.unnamed_subject_ending_at(a - 2);
            }
        }
        let (start, _) = doc.sentences[doc.tokens[k].sentence];
        // A name may modify the head noun ("A Warren adviser, who …,"), unless an
        // organisation speaks through it ("A Home Office spokesman, who …,").
        let common_head =
            self.mention_at.at(k).is_none() && self.word(k).starts_with(char::is_lowercase);
        let modifier = |j: usize| {
            self.mention_at.at(j).is_some_and(|m| {
                let entity = self.resolved.mentions[m].entity;
                j < k
                    && common_head
                    && !(self.resolved.entities[entity].kind == EntityType::Org
                        && speaks_for_its_organisation(&self.lower(k)))
            })
        };
        // (Up to a few words, or more that make one description: "The influential
        // delegate and conservative activist, who …,".)
        k >= start
            && k - start < DETERMINER_REACH
            && matches!(
                self.lower(start).as_ref(),
                "a" | "an" | "another" | "one" | "the"
            )
            && (start..=k).all(|j| {
                doc.tokens[j].kind == TokenKind::Word
                    && (self.mention_at.at(j).is_none() || modifier(j))
            })
            && (k - start < 4
                || (self.plausible_description((start, k + 1))
                    && !(start..=k).any(|j| is_verb_form(&self.lower(j)))))
    }

    /// "the ministry said", "the city reasoned", "the company said": the latest entity
    /// before token `det` that a definite noun phrase refers back to. An organisation's own
    /// noun takes the latest organisation whose name ends in it ("UK Government"); a noun
    /// for a place or a company takes the latest place or organisation.
    pub(super) fn entity_by_head_noun(&self, det: usize, noun: usize) -> Option<usize> {
        if self.lower(det) != "the" || noun == det {
            return None;
        }
        let head = self.lower(noun);
        let latest = |fits: &dyn Fn(&crate::analysis::Entity) -> bool| {
            let first = det.saturating_sub(NOMINAL_WINDOW);
            (first..det).rev().find_map(|k| {
                let m = self.mention_at.at(k).filter(|_| !self.in_dateline(k))?;
                let e = &self.resolved.entities[self.resolved.mentions[m].entity];
                fits(e).then_some(e.id)
            })
        };
        // An organisation's head: its last word, or the word before "of"/"for"/"on"
        // ("the ministry" is the Ministry of Health).
        let own_noun = lexicon::is_org_noun(&head)
            .then(|| {
                latest(&|e| {
                    e.kind == EntityType::Org
                        && e.name
                            .split(' ')
                            .take_while(|w| !matches!(*w, "of" | "for" | "on"))
                            .last()
                            .is_some_and(|w| w.eq_ignore_ascii_case(&head))
                })
            })
            .flatten();
        own_noun.or_else(|| {
            if LOCAL_PLACE_NOUNS.contains(&head.as_ref()) {
                // A place, or its authority by name: "the Municipality of Livorno".
                latest(&|e| {
                    e.kind == EntityType::Gpe
                        || (e.kind == EntityType::Org
                            && e.name.split(' ').any(|w| {
                                LOCAL_PLACE_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
                            }))
                })
            } else if NATIONAL_NOUNS.contains(&head.as_ref()) {
                self.most_named_place_before(det)
            } else if mentions::ORG_KIND_NOUNS.contains(&head.as_ref()) {
                // "the company said", "the airline said": the latest organisation, and for a
                // firm the latest that is no public body (`Meta said it would appeal. “The
                // European Commission's decision ignores …,” the company said`).
                let firm = FIRM_NOUNS.contains(&head.as_ref());
                latest(&|e| {
                    e.kind == EntityType::Org
                        && !(firm && e.name.split(' ').any(|w| PUBLIC_BODY_WORDS.contains(&w)))
                })
            } else if self.one_of_a_people(noun)
                && (noun == det + 1 || self.place_between(det + 1, noun))
            {
                // "Medvedev … was gracious. “…,” the Russian said", "the New York Democrat
                // said": the person the sentence just before opens with, in the paragraph. (Not the latest person: in
                // political news "the Texan", "the Republican" are rarely the last named.)
                let doc = self.doc;
                let first = doc.sentences[doc.tokens[det].sentence.checked_sub(1)?].0;
                (doc.tokens[first].paragraph == doc.tokens[det].paragraph && !self.quoted[first])
                    .then(|| self.opening_names(first))
                    .flatten()
                    .map(|(e, _)| e)
                    .filter(|&e| self.resolved.entities[e].kind == EntityType::Person)
            } else if head == "old" && noun >= 2 && self.lower(noun - 2) == "year" {
                // "the 27-year-old said": the person the sentence before opens with, else
                // the latest one.
                // (The sentence before, not within the quotation: `“That’s tennis. …,” the
                // 27-year-old said`.)
                let sentence = self.doc.tokens[det].sentence;
                let opener = (sentence.saturating_sub(3)..sentence)
                    .rev()
                    .map(|s| self.doc.sentences[s].0)
                    .find(|&first| !self.quoted[first])
                    .and_then(|first| self.opening_names(first))
                    .map(|(e, _)| e)
                    .filter(|&e| self.resolved.entities[e].kind == EntityType::Person);
                opener.or_else(|| latest(&|e| e.kind == EntityType::Person))
            } else if lexicon::is_title(&head) {
                self.person_titled_before(det, &head)
            } else {
                None
            }
        })
    }

    /// Does token `k` stand in the dateline that opens its paragraph ("SAO PAULO (AP) —")?
    /// The wire credited there writes the story; it is no one the story refers back to.
    fn in_dateline(&self, k: usize) -> bool {
        let doc = self.doc;
        let start = doc.sentences[doc.tokens[k].sentence].0;
        doc.opens_paragraph(start) && k < mentions::after_dateline(doc, start)
    }

    /// Do tokens `a..b` make one place's name ("the New York Democrat")?
    fn place_between(&self, a: usize, b: usize) -> bool {
        self.is_place_at(a)
            && self
                .mention_at
                .at(a)
                .map(|m| self.resolved.mentions[m].tokens)
                == Some((a, b))
    }

    /// Does token `k` name one person by their people ("Russian", "Spaniard"; not "the
    /// Russians", "the French" or "the Chinese", who are many)?
    pub(super) fn one_of_a_people(&self, k: usize) -> bool {
        let l = self.lower(k);
        self.mention_at.at(k).is_some_and(|m| {
            self.resolved.entities[self.resolved.mentions[m].entity].kind == EntityType::Norp
        }) && !["s", "sh", "ch", "ese"].iter().any(|end| l.ends_with(end))
    }

    /// "the minister said", "the health secretary warned": the latest person named with
    /// that title before token `det` ("foreign minister Qin Gang", "Health Secretary Wes
    /// Streeting", "Secretary of State Antony Blinken").
    fn person_titled_before(&self, det: usize, title: &str) -> Option<usize> {
        /// How many words may stand between the title and the name ("of State").
        const TITLE_TO_NAME: usize = 4;
        let doc = self.doc;
        (det.saturating_sub(NOMINAL_WINDOW)..det)
            .rev()
            .filter(|&k| self.lower(k) == title && !self.quoted[k])
            .find_map(|k| {
                // Only capitalised words, "of" or a comma between the title and the name
                // ("Secretary of State Antony Blinken", "the minister, Jan Berg"): not a
                // closing mark (`“Judge,” Ada Vale said`) nor a verb (`governor endorses Ada
                // Vale`).
                (k + 1..(k + 1 + TITLE_TO_NAME).min(det))
                    .take_while(|&j| {
                        let before = self.word(j - 1);
                        j == k + 1
                            || matches!(before, "of" | ",")
                            || before.starts_with(char::is_uppercase)
                    })
                    .find_map(|j| {
                        let m = self.mention_at.at(j)?;
                        let mention = &self.resolved.mentions[m];
                        let is_person =
                            self.resolved.entities[mention.entity].kind == EntityType::Person;
                        (is_person
                            && mention.tokens.0 == j
                            && doc.tokens[j].sentence == doc.tokens[k].sentence)
                            .then_some(mention.entity)
                    })
            })
    }

    /// The place named most often in the window before token `k` (the latest on a tie).
    fn most_named_place_before(&self, k: usize) -> Option<usize> {
        // (entity, mentions, token of its latest mention)
        let mut counts: Vec<(usize, usize, usize)> = Vec::new();
        let mut last_mention = None;
        for j in k.saturating_sub(NOMINAL_WINDOW)..k {
            let Some(m) = self.mention_at.at(j) else {
                continue;
            };
            let e = self.resolved.mentions[m].entity;
            if self.resolved.entities[e].kind != EntityType::Gpe || last_mention == Some(m) {
                continue;
            }
            last_mention = Some(m);
            match counts.iter_mut().find(|(id, ..)| *id == e) {
                Some((_, n, at)) => (*n, *at) = (*n + 1, j),
                None => counts.push((e, 1, j)),
            }
        }
        counts
            .into_iter()
            .max_by_key(|&(_, n, at)| (n, at))
            .map(|(e, ..)| e)
    }

    /// A name after token `k` (exclusive end of the cue): `said Wu Xinbo`, `said team member
    /// Rodaba Noori`, `according to the State Department`.
    pub(super) fn name_after(&self, k: usize) -> Option<(Option<usize>, Span)> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let paragraph = doc.tokens.get(k.saturating_sub(1))?.paragraph;
        let mut j = k;
        let mut steps = 0;
        // The first name that can speak, unless a person follows in apposition:
        // "the Crown prosecutor, Mark Tedeschi".
        let mut first_named: Option<(Option<usize>, Span)> = None;
        let mut description: Option<Span> = None;
        while j < n
            && steps < NAME_AFTER_WINDOW
            && doc.tokens[j].paragraph == paragraph
            && !self.quoted[j]
        {
            if let Some(m) = self.mention_at.at(j) {
                let mention = &self.resolved.mentions[m];
                let entity = &self.resolved.entities[mention.entity];
                // `said Trump is “…”`: a name with its own verb after it is the subject of
                // what was said, not the speaker.
                let end = mention.tokens.1;
                if end < n && is_clause_verb(&self.lower(end)) {
                    break;
                }
                // `said Crane's former campaign strategist`: a person speaks through their
                // own statement only (see `possessor_or_description`).
                // (A person named after it still speaks: `said Crane's top aide Jo Vale`.)
                if end < n && self.possessive_mark(end) {
                    // `said Florida's Rick Wilson`: the person the possessor qualifies.
                    let person_after = self.mention_at.at(end + 1).filter(|&p| {
                        let after = &self.resolved.mentions[p];
                        after.tokens.0 == end + 1
                            && self.resolved.entities[after.entity].kind == EntityType::Person
                    });
                    if person_after.is_some() {
                        j = end + 1;
                        steps += 1;
                        continue;
                    }
                    if let Some(head) = self.common_noun_head(end + 1) {
                        if entity.kind.can_speak() && first_named.is_none() {
                            let (speaker, span) =
                                self.possessor_or_description(mention.entity, mention.tokens, head);
                            // (Unless a person follows in apposition: `said Qatar's
                            // foreign ministry spokesman, Majed Ansa`.)
                            if speaker.is_some() {
                                first_named = Some((speaker, span));
                                j = head + 1;
                                steps += 1;
                                continue;
                            }
                            description = Some(Span::new(
                                doc.tokens[k].span.start.min(span.start),
                                span.end,
                            ));
                            j = head + 1;
                            steps += 1;
                            continue;
                        }
                    }
                }
                // `said a Trump campaign aide`, `said the Florida senator`: a name before a
                // common noun modifies a description; a person named after it still speaks
                // (`said Trump adviser Roger Stone`).
                let head = self
                    .common_noun_head(end)
                    .filter(|_| entity.kind.can_speak());
                if let Some(head) = head {
                    description = Some(Span::new(
                        doc.tokens[k].span.start,
                        doc.tokens[head].span.end,
                    ));
                    j = head + 1;
                    steps += 1;
                    continue;
                }
                if entity.kind == EntityType::Person {
                    return Some((Some(mention.entity), self.span_of(mention.tokens)));
                }
                if entity.kind.can_speak() && first_named.is_none() {
                    first_named = Some((Some(mention.entity), self.span_of(mention.tokens)));
                }
                j = mention.tokens.1;
                steps += 1;
                continue;
            }
            let l = self.lower(j);
            // `argued that Mwangi used …`: what follows "that" is what was said; a name in
            // a relative clause is not the speaker (`said one source who identified X`).
            if matches!(l.as_ref(), "that" | "who" | "which") {
                break;
            }
            // `said one longtime adviser to Bill Clinton`, `said a spokeswoman for the
            // department`: a common noun and its preposition put any name after them inside
            // the description of an unnamed source.
            // (So do one of place or work, `said one restaurant owner in Springfield`, `said
            // an analyst at Bernstein`, unless the source is named after them: `said the
            // chief economist at Acme, Jo Vale`.)
            let place_or_work = matches!(l.as_ref(), "in" | "at" | "from" | "near")
                && !(j + 1..(j + 2 + SOURCE_HOP_WINDOW).min(n)).any(|h| {
                    self.word(h - 1) == ","
                        && self.mention_at.at(h).is_some_and(|m| {
                            let e = self.resolved.mentions[m].entity;
                            self.resolved.entities[e].kind == EntityType::Person
                        })
                });
            let complement = (matches!(l.as_ref(), "to" | "for" | "with" | "close")
                || place_or_work)
                && j > k
                && doc.tokens[j - 1].kind == TokenKind::Word
                && self.mention_at.at(j - 1).is_none()
                && self.word(j - 1).starts_with(char::is_lowercase)
                && !DETERMINERS.contains(&self.lower(j - 1).as_ref())
                // (Not the "to" of a relative clause: `said one source who asked not to`.)
                && !(k..j).any(|h| {
                    let l = self.lower(h);
                    matches!(l.as_ref(), "who" | "which" | "that")
                        || (is_past_or_modal(&l) && !self.part_of_compound(h))
                });
            if complement && first_named.is_none() {
                let end = (j + 1..(j + 1 + SOURCE_HOP_WINDOW).min(n))
                    .take_while(|&h| doc.tokens[h].kind == TokenKind::Word && !self.quoted[h])
                    .last()
                    .unwrap_or(j);
                let span = doc.span_of((k, end + 1));
                return Some((None, span));
            }
            if let Some(gender) = is_pronoun(&l) {
                // `said he.` inverts; in `said she heard` the pronoun is the subject of what
                // was said, not the speaker.
                let verb_after = j + 1 < n
                    && doc.tokens[j + 1].kind == TokenKind::Word
                    && self.word(j + 1).starts_with(|c: char| c.is_lowercase());
                if gender != Gender::Unknown && first_named.is_none() && !verb_after {
                    return Some((self.resolve_pronoun(j, gender, None), doc.tokens[j].span));
                }
                if verb_after {
                    break;
                }
            }
            // "the Crown prosecutor, Mark Tedeschi": a comma before a name in apposition;
            // "said Dr. Sarah Collins": the dot of a title.
            let apposition_comma = self.word(j) == ","
                && (first_named.is_some() || (j + 1 < n && self.mention_at.at(j + 1).is_some()));
            let title_dot = self.word(j) == "."
                && j > 0
                && !doc.tokens[j].space_before
                && lexicon::is_abbreviation(self.word(j - 1));
            // "said 9/11 widow Terry Strada", "said 17-year-old Jared Potts": a number and
            // the marks inside one word describe the person.
            let in_word = doc.tokens[j].kind == TokenKind::Number
                || (!doc.tokens[j].space_before
                    && j + 1 < n
                    && !doc.tokens[j + 1].space_before
                    && matches!(self.word(j), "/" | "-"));
            if doc.tokens[j].kind != TokenKind::Word && !apposition_comma && !title_dot && !in_word
            {
                break;
            }
            j += 1;
            steps += 1;
        }
        first_named.or(description.map(|d| (None, d)))
    }

    /// An unnamed source right after an inverted cue ending before token `k`, that ends its
    /// clause: `“…,” said the ruling.`, `said one senior source on the panel,`,
    /// `said the 46-year-old.`, `says the ad's narrator.` A determiner and at most a few
    /// words (names as modifiers among them, hyphenated words, a possessive), none a verb,
    /// up to a comma or a full stop; the words are the source's description. A relative
    /// clause or a participle after the noun ends the description without ending the
    /// clause (`said one owner of a shop that sells …`, `said one aide familiar with …`).
    pub(super) fn unnamed_source_after(&self, k: usize) -> Option<Span> {
        /// At most this many words after the determiner.
        const WORDS: usize = 7;
        /// Words after a source's noun that open what qualifies it: a relative clause or a
        /// participle or adjective with its complement.
        const QUALIFIERS: [&str; 15] = [
            "who",
            "that",
            "which",
            "familiar",
            "involved",
            "close",
            "speaking",
            "knowledgeable",
            "briefed",
            "granted",
            "requesting",
            // `according to a memo obtained by the Herald`, `documents seen by Reuters`
            "obtained",
            "seen",
            "reviewed",
            "released",
        ];
        let doc = self.doc;
        let n = doc.tokens.len();
        if k >= n
            || self.quoted[k]
            || !matches!(
                self.lower(k).as_ref(),
                "a" | "an" | "the" | "one" | "another" | "some" | "several" | "many"
            )
        {
            return None;
        }
        let sentence = doc.tokens[k].sentence;
        // `“…,” tweeted another.`: a quantifier alone.
        if QUANTIFIER_PRONOUNS.contains(&self.lower(k).as_ref())
            && (k + 1 >= n
                || doc.tokens[k + 1].sentence != sentence
                || matches!(self.word(k + 1), "." | "," | ";" | "!" | "?"))
        {
            return Some(doc.tokens[k].span);
        }
        let mut j = k + 1;
        let mut words = 0;
        while j < n
            && words < WORDS
            && doc.tokens[j].sentence == sentence
            && !self.quoted[j]
            && (doc.tokens[j].kind == TokenKind::Word
                || self.inside_word(j)
                || (self.possessive_mark(j) && j > k + 1))
        {
            let l = self.lower(j);
            // `said one source who asked not to be named`: the source's qualifier, after
            // a noun (not after a determiner or a preposition).
            let after_noun = j > k + 1
                && doc.tokens[j - 1].kind == TokenKind::Word
                && !DETERMINERS.contains(&self.lower(j - 1).as_ref())
                && !NOT_IN_SUBJECT.contains(&self.lower(j - 1).as_ref())
                && self.lower(j - 1) != "of";
            if after_noun && QUALIFIERS.contains(&l.as_ref()) {
                break;
            }
            if (is_past_or_modal(&l) && !self.part_of_compound(j))
                || is_pronoun(&l).is_some()
                || matches!(l.as_ref(), "that" | "who" | "which" | "and" | "but")
            {
                return None;
            }
            if doc.tokens[j].kind == TokenKind::Word {
                words += 1;
            }
            j += 1;
        }
        // The phrase ends its clause: a comma, a stop or the paragraph's end (or a relative
        // clause or a qualifier begins).
        let closes = j >= n
            || doc.tokens[j].sentence != sentence
            || matches!(self.word(j), "," | "." | "!" | "?" | ";")
            || QUALIFIERS.contains(&self.lower(j).as_ref());
        (closes && j > k + 1 && self.plausible_description((k, j))).then(|| self.span_of((k, j)))
    }

    /// The last common noun of a description right after a name at token `k`: "campaign
    /// aide" in "a Trump campaign aide said", "senator" in "the Florida senator,". None when
    /// what follows the name is no noun (a verb, a preposition, punctuation).
    pub(super) fn common_noun_head(&self, k: usize) -> Option<usize> {
        /// At most this many nouns after the name.
        const HEAD_WORDS: usize = 3;
        let doc = self.doc;
        let mut head = None;
        let mut j = k;
        // `said a New Hampshire Democrat`: a party or a people after the name is a noun too.
        if let Some(m) = self.mention_at.at(k) {
            let group = &self.resolved.mentions[m];
            if group.tokens.0 == k && self.resolved.entities[group.entity].kind == EntityType::Norp
            {
                head = Some(group.tokens.1 - 1);
                j = group.tokens.1;
            }
        }
        while j < doc.tokens.len()
            && j < k + HEAD_WORDS
            && doc.tokens[j].kind == TokenKind::Word
            && self.mention_at.at(j).is_none()
            && !self.quoted[j]
            && self.word(j).starts_with(char::is_lowercase)
        {
            let l = self.lower(j);
            if NOT_IN_SUBJECT.contains(&l.as_ref())
                || SKIPPABLE.contains(&l.as_ref())
                || is_verb_form(&l)
                || matches!(
                    l.as_ref(),
                    "of" | "and" | "or" | "who" | "which" | "that" | "to" | "says" | "told"
                )
                // (Nor a preposition or a conjunction of time: "said Ada Vale during the
                // debate", "after the vote", "amid protests".)
                || matches!(
                    l.as_ref(),
                    "during"
                        | "after"
                        | "before"
                        | "amid"
                        | "since"
                        | "despite"
                        | "against"
                        | "among"
                        | "under"
                        | "without"
                        | "while"
                        | "when"
                        | "until"
                )
            {
                break;
            }
            head = Some(j);
            j += 1;
        }
        head
    }

    pub(super) fn gender_fits(&self, entity: usize, gender: Gender) -> Option<bool> {
        let e = &self.resolved.entities[entity];
        match gender {
            Gender::Unknown => (e.kind == EntityType::Org).then_some(true),
            g if e.kind == EntityType::Person => {
                let eg = self.genders[entity];
                if eg == g {
                    Some(true)
                } else if eg == Gender::Unknown {
                    Some(false) // fits, but less well than an exact match
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}
