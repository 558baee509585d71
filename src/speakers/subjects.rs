//! Who the subject of a cue or of a sentence is.
//!
//! Takes a token (a cue word, a colon, a sentence's first word) and the [`Context`] of the
//! stage; gives the name, pronoun or unnamed noun phrase that is its subject: right before a
//! cue (through adverbs, a date, an appositive, a possessor, the first of two names), after
//! a verb that inverts (`said X`), the subject that opens the sentence and acts in it (also
//! after an opening phrase or a participle's clause), or the speaker named in the sentence
//! before. Descriptions and names after a cue: [`super::descriptions`].

use super::*;

impl<'a, 't> Context<'a, 't> {
    /// Last, with no verb of saying near: the subject that opens the quotation's sentence
    /// and acts in it, a person or an organisation by name or a person by pronoun, frames
    /// the quoted words as its own (`Cruz called the group “abhorrent”`, `She would not
    /// “take sides”`): PolNeAR's convention, which gives the quotation the sentence's source.
    /// An opening clause before a comma ("In a statement Tuesday, Cruz …") is skipped.
    pub(super) fn subject_framing(
        &self,
        open_tok: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        self.acting_subject(open_tok, true, last_speaker)
    }

    /// The subject that opens the sentence of token `open_tok` and acts before it (see
    /// [`Self::subject_framing`]); with `no_cue_between`, none when a verb of saying stands
    /// between (its own subject speaks).
    pub(super) fn acting_subject(
        &self,
        open_tok: usize,
        no_cue_between: bool,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        /// How far the subject's verb may stand from the quotation, in tokens.
        const FRAME_WINDOW: usize = 30;
        let doc = self.doc;
        let (start, _) = doc.sentences[doc.tokens.get(open_tok)?.sentence];
        // (Bounded: a subject further back than the window frames nothing, however long the
        // sentence, so the stage stays linear.)
        let clause_start = |from: usize| {
            let mut k = from;
            while k < open_tok
                && k - from <= FRAME_WINDOW
                && (doc.tokens[k].kind == TokenKind::Punct
                    || matches!(self.lower(k).as_ref(), "but" | "and" | "yet" | "so"))
            {
                k += 1;
            }
            k
        };
        let subject_at = |first: usize| -> Option<Attribution> {
            // A verb of saying in between has had its say (rule 2 took or refused it:
            // "said the fall created what epidemiologists call an “immunity gap”"); one that
            // says only after a quotation says nothing before one ("talked about continuing
            // the “progress …”").
            let says = |k: usize| {
                self.cue_lemma(k)
                    .is_some_and(|lemma| !AFTER_QUOTE_ONLY.contains(&lemma))
                    && !self.is_cue_noun(k)
            };
            if first >= open_tok
                || self.quoted[first]
                || open_tok - first > FRAME_WINDOW
                || (no_cue_between && (first..open_tok).any(says))
            {
                return None;
            }
            self.clause_subject(first, open_tok, no_cue_between, last_speaker)
        };
        // ("BOSTON (AP) — A federal judge …": after a dateline.)
        let first = clause_start(mentions::after_dateline(doc, start));
        // "Under “medical problem,” a doctor had typed “…”": an unnamed subject right before
        // the verb that frames the quotation, after a clause's boundary.
        let subject_before_verb = || {
            let verb = open_tok.checked_sub(1)?;
            let v = self.lower(verb);
            if !no_cue_between
                || doc.tokens[verb].kind != TokenKind::Word
                || !self.word(verb).starts_with(char::is_lowercase)
                || self.mention_at.at(verb).is_some()
                || DETERMINERS.contains(&v.as_ref())
                || NOT_IN_SUBJECT.contains(&v.as_ref())
                || matches!(v.as_ref(), "of" | "and" | "or" | "to" | "the")
            {
                return None;
            }
            let mut head = verb.checked_sub(1)?;
            while head > start && SKIPPABLE.contains(&self.lower(head).as_ref()) {
                head -= 1;
            }
            let det = (head.saturating_sub(4)..head)
                .rev()
                .take_while(|&d| {
                    doc.tokens[d + 1].kind == TokenKind::Word
                        && self.word(d + 1).starts_with(char::is_lowercase)
                        && self.mention_at.at(d + 1).is_none()
                        && !self.quoted[d + 1]
                })
                .find(|&d| matches!(self.lower(d).as_ref(), "a" | "an" | "the" | "another"))?;
            let boundary = det == start || det == 0 || doc.tokens[det - 1].kind != TokenKind::Word;
            (boundary
                && head > det
                && self.plausible_description((det, head + 1))
                && self.head_could_speak(det, head + 1))
            .then(|| Attribution {
                speaker: None,
                named_by: Some(self.span_of((det, head + 1))),
                cue: Span::new(0, 0),
            })
        };
        subject_at(first).or_else(subject_before_verb).or_else(|| {
            // "In a statement Tuesday, Cruz called …": after an opening phrase and its comma;
            // a later comma when the phrase holds some ("At a summit in Hilton Head, S.C.,
            // Rubio offered …", "Preceded by Joe Arpaio, the sheriff, Trump launched …").
            // (An opening phrase is short: a sentence that opens further back than twice
            // the window is not read for one.)
            if open_tok - first > 2 * FRAME_WINDOW {
                return None;
            }
            let mut commas = (first..open_tok).filter(|&k| self.word(k) == ",");
            let comma = commas.next()?;
            if !self.opens_with_phrase(first) {
                return None;
            }
            let at = subject_at(clause_start(comma + 1));
            if at.is_some_and(|at| at.speaker.is_some()) {
                return at;
            }
            commas
                .take(OPENING_COMMAS)
                .filter_map(|c| subject_at(clause_start(c + 1)))
                .find(|at| at.speaker.is_some())
                .or(at)
        })
    }

    /// Does the sentence opening at token `first` open with a phrase before its subject and a
    /// comma: a participle ("Speaking to MSNBC,"), a preposition ("In a statement Tuesday,"),
    /// an adverb ("First,", "Similarly,")?
    fn opens_with_phrase(&self, first: usize) -> bool {
        let doc = self.doc;
        let participle = {
            let l = self.lower(first);
            doc.tokens[first].kind == TokenKind::Word
                && self.mention_at.at(first).is_none()
                && (l.ends_with("ed") || l.ends_with("ing"))
        };
        // ("First, Trump identified …", "Similarly, Cruz called …": an adverb.)
        participle
            || NOT_IN_SUBJECT.contains(&self.lower(first).as_ref())
            || (is_ly_adverb(&self.lower(first)) && self.mention_at.at(first).is_none())
            || matches!(
                self.lower(first).as_ref(),
                "first"
                    | "then"
                    | "now"
                    | "today"
                    | "yesterday"
                    | "again"
                    | "indeed"
                    | "in"
                    | "on"
                    | "at"
                    | "after"
                    | "during"
                    | "speaking"
                    | "asked"
                    | "earlier"
                    | "later"
                    | "last"
                    | "this"
                    | "meanwhile"
                    | "still"
                    | "however"
                    | "instead"
            )
    }

    /// The subject of the main clause after an opening participle's clause that holds the
    /// quotation `q` (which ends before token `end_tok`): "After saying her foot was “so
    /// swollen …,” she was taken to hospital", "Calling the plan “a disaster”, the union
    /// walked out". The opening clause ends at the quotation's own comma or at the next one
    /// a few words on.
    pub(super) fn subject_after_opening_clause(
        &self,
        q: &QuoteMarks,
        end_tok: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        /// At most this many tokens between the closing mark and the clause's comma.
        const CLAUSE_TAIL: usize = 12;
        let doc = self.doc;
        let n = doc.tokens.len();
        let sentence = doc.tokens.get(end_tok.checked_sub(1)?)?.sentence;
        let first = if ends_in(q.content.of(doc.text), b",") {
            end_tok
        } else {
            let comma = (end_tok..(end_tok + CLAUSE_TAIL).min(n))
                .take_while(|&j| doc.tokens[j].sentence == sentence && !self.quoted[j])
                .find(|&j| self.word(j) == ",")?;
            comma + 1
        };
        if first >= n || doc.tokens[first].sentence != sentence || self.quoted[first] {
            return None;
        }
        let (_, end) = doc.sentences[sentence];
        self.clause_subject(first, end, false, last_speaker)
    }

    /// The subject opening the clause at token `first` (a person by pronoun or name, an
    /// organisation, or an unnamed noun phrase that can speak) that acts: a verb follows it
    /// before token `limit`. With `no_cue_between`, the clause frames a quotation with no verb
    /// of saying: a noun phrase must be able to speak, and a name before a noun for people
    /// modifies a description.
    // (Not inlined: two callers, and the bundle's size counts.)
    #[inline(never)]
    pub(super) fn clause_subject(
        &self,
        first: usize,
        limit: usize,
        no_cue_between: bool,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let (speaker, named_by, end) = if let Some(gender) =
            is_pronoun(&self.lower(first)).filter(|&g| g != Gender::Unknown)
        {
            let speaker = self.resolve_pronoun(first, gender, last_speaker)?;
            (Some(speaker), doc.tokens[first].span, first + 1)
        } else if let Some(end) = self.unnamed_noun_phrase(first, limit) {
            // "Another critic, Laurence Tribe, likened …": the name in apposition.
            let named = (self.word(end) == ",")
                .then(|| self.opening_names(end + 1))
                .flatten()
                .filter(|&(e, (_, b))| {
                    self.resolved.entities[e].kind == EntityType::Person
                        && b < limit
                        && self.word(b) == ","
                });
            match named {
                Some((e, tokens)) => (Some(e), self.span_of(tokens), tokens.1 + 1),
                // "The department would not “comment”", "A friend described him as
                // “…”": a source by description only, reported by its words and no name.
                // (With no verb of saying, only a head that can speak or write: not
                // "The lack of voting places was “…”".)
                None if no_cue_between && !self.head_could_speak(first, end) => {
                    return None;
                }
                None => (None, self.span_of((first, end)), self.over_a_date(end)),
            }
        } else {
            // ("The Sanders campaign released …": after an article, a name only as the
            // modifier of a noun for people, below.)
            let article = matches!(self.lower(first).as_ref(), "the" | "a" | "an");
            let (after_article, (speaker, tokens)) = match self.opening_names(first) {
                Some(found) => (false, found),
                None if article && first + 1 < limit => (true, self.opening_names(first + 1)?),
                None => return None,
            };
            let kind = self.resolved.entities[speaker].kind;
            if !matches!(kind, EntityType::Person | EntityType::Org) {
                return None;
            }
            // "Scott's family has called on police to …": a possessor speaks through its
            // statement only ("Cornyn's statement called …").
            let possessor = tokens.1 < limit && self.possessive_mark(tokens.1);
            let possessed = possessor
                .then(|| self.common_noun_head(tokens.1 + 1))
                .flatten()
                .filter(|&head| head < limit);
            // "Sanders supporters are crying …", "Google engineers warned": a name
            // before a noun for people modifies a description (not "the Vexo group",
            // nor a person's "statement").
            // (Only where no verb of saying stands: as the subject of a cue the name
            // keeps its place among the people last said to speak, which the he/she
            // ranker weighs.)
            let modified = (!possessor && no_cue_between)
                .then(|| self.common_noun_head(tokens.1))
                .flatten()
                .filter(|&head| {
                    let l = self.lower(head);
                    let own = match kind {
                        EntityType::Person => lexicon::is_source_noun(&l),
                        EntityType::Org => speaks_for_its_organisation(&l),
                        // ("the influential US daily": a kind of organisation there.)
                        _ => speaks_for_its_organisation(&l) && !mentions::is_org_kind_noun(&l),
                    };
                    head < limit && !own && speaking_noun(&l)
                });
            if let Some(head) = modified {
                (None, self.span_of((first, head + 1)), head + 1)
            } else if after_article {
                return None;
            } else if let Some(head) = possessed {
                let (speaker, span) = self.possessor_or_description(speaker, tokens, head);
                (speaker, span, head + 1)
            } else {
                // "Aaron Kall, the director of debate at the university, compared …": over
                // an appositive to the verb.
                let mut end = tokens.1;
                // "Gov. Pat McCrory (R) blamed …": over a bracket.
                if end < limit && self.word(end) == "(" {
                    if let Some(close) =
                        (end + 1..limit.min(end + 1 + BRACKET_WORDS)).find(|&k| self.word(k) == ")")
                    {
                        end = close + 1;
                    }
                }
                // ("Cruz, leading narrowly in the polls and focusing most of his time
                // there, questioned …": a participle's clause as long as a sentence.)
                if end < limit && self.word(end) == "," {
                    let reach = if end + 1 < limit && self.lower(end + 1).ends_with("ing") {
                        APPOSITION_CLAUSE
                    } else {
                        APPOSITIVE_STEPS
                    };
                    if let Some(close) = (end + 1..limit.min(end + 1 + reach))
                        .take_while(|&k| !self.quoted[k] && self.cue_lemma(k).is_none())
                        .find(|&k| self.word(k) == ",")
                    {
                        end = close + 1;
                    }
                }
                (Some(speaker), self.span_of(tokens), self.over_a_date(end))
            }
        };
        // The subject acts: a verb (a lower-case word) follows it, not a possessive
        // ("Clinton's broadside against …") or the preposition of a heading.
        let acts = end < limit
            && doc.tokens[end].kind == TokenKind::Word
            && self.word(end).starts_with(char::is_lowercase)
            && !NOT_IN_SUBJECT.contains(&self.lower(end).as_ref())
            && !matches!(self.lower(end).as_ref(), "of" | "and" | "or");
        acts.then_some(Attribution {
            speaker,
            named_by: Some(named_by),
            cue: Span::new(0, 0),
        })
    }

    /// Token `k`, or the token after a date that opens there: "Trump on Friday described
    /// …", "Trump Friday described …", "A federal judge on Tuesday refused …".
    fn over_a_date(&self, k: usize) -> usize {
        let on = usize::from(k < self.doc.tokens.len() && self.lower(k) == "on");
        self.mention_at
            .at(k + on)
            .map(|m| &self.resolved.mentions[m])
            .filter(|m| self.resolved.entities[m.entity].kind == EntityType::Date)
            .map_or(k, |m| m.tokens.1)
    }

    /// The end of an unnamed noun phrase opening at token `first` ("The department", "a
    /// campaign aide", "the former secretary of state"): an article and up to four
    /// lower-case words, no name among them, before `limit`. The head is the word before
    /// the next one that is no noun of the phrase, judged by the verbs' common endings.
    fn unnamed_noun_phrase(&self, first: usize, limit: usize) -> Option<usize> {
        /// At most this many words after the article.
        const NOUN_PHRASE_WORDS: usize = 4;
        let doc = self.doc;
        let possessive = matches!(self.lower(first).as_ref(), "his" | "her" | "their" | "its");
        if !possessive
            && !matches!(
                self.lower(first).as_ref(),
                "a" | "an" | "the" | "another" | "one" | "several" | "some" | "many" | "others"
            )
        {
            return None;
        }
        // (A nationality or party among the words: "The Republican nominee".)
        let norp = |j: usize| {
            self.mention_at.at(j).is_some_and(|m| {
                let e = self.resolved.mentions[m].entity;
                self.resolved.entities[e].kind == EntityType::Norp
            })
        };
        // (A place as a modifier before a common noun: "The Florida senator", "the former
        // Ohio governor".)
        let place_modifier = |j: usize| {
            self.mention_at.at(j).is_some_and(|m| {
                let mention = &self.resolved.mentions[m];
                let after = mention.tokens.1;
                matches!(
                    self.resolved.entities[mention.entity].kind,
                    EntityType::Gpe | EntityType::Loc
                ) && after < limit
                    && doc.tokens[after].kind == TokenKind::Word
                    && self.mention_at.at(after).is_none()
                    && self.word(after).starts_with(char::is_lowercase)
                    && !is_verb_form(&self.lower(after))
            })
        };
        // A word (no preposition: "The article closes with a …") before an article or a
        // particle is a verb, however it ends: "The ad targets a …", "The email goes on to
        // say", "The agency waves off the delay".
        let verb_before = |j: usize| {
            let l = self.lower(j);
            j + 1 < limit
                && self.over_a_date(j + 1) == j + 1
                && !NOT_IN_SUBJECT.contains(&l.as_ref())
                && !matches!(
                    l.as_ref(),
                    "of" | "to" | "and" | "or" | "out" | "off" | "up" | "down" | "back"
                )
                && matches!(
                    self.lower(j + 1).as_ref(),
                    "a" | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "on"
                        | "off"
                        | "up"
                        | "out"
                        | "down"
                        | "back"
                )
        };
        let mut end = first + 1;
        while end < limit
            && end - first <= NOUN_PHRASE_WORDS
            && doc.tokens[end].kind == TokenKind::Word
            && (norp(end)
                || place_modifier(end)
                || (self.mention_at.at(end).is_none()
                    && self.word(end).starts_with(char::is_lowercase)))
            && !SKIPPABLE.contains(&self.lower(end).as_ref())
            // (Right after the article a cue's form is a noun: "The email went on"; so is
            // one after "of": "the former secretary of state".)
            && !((end > first + 1 || QUANTIFIER_PRONOUNS.contains(&self.lower(first).as_ref()))
                && is_verb_form(&self.lower(end))
                && self.lower(end - 1) != "of")
            && !(end > first + 1 && verb_before(end))
        {
            match self.mention_at.at(end).filter(|_| place_modifier(end)) {
                Some(m) => end = self.resolved.mentions[m].tokens.1,
                None => end += 1,
            }
        }
        // "His office put out", "Her campaign sent": after a possessive determiner, up to
        // a noun that can speak (not "His face", "Their standing").
        // (What a person writes or says is theirs, not a description: "His remarks".)
        if possessive {
            return (first + 1..end)
                .find(|&h| {
                    let l = self.lower(h);
                    speaking_noun(&l) && !lexicon::is_source_noun(&l)
                })
                .map(|h| h + 1);
        }
        // "Some chanted “…”", "Others called it “…”": a quantifier alone before its verb.
        let quantifier_alone = end == first + 1
            && end < limit
            && QUANTIFIER_PRONOUNS.contains(&self.lower(first).as_ref())
            && doc.tokens[end].kind == TokenKind::Word
            && self.word(end).starts_with(char::is_lowercase)
            && is_verb_form(&self.lower(end));
        (end > first + 1 || quantifier_alone).then_some(end)
    }

    /// The person a "he" or "she" in the sentence before token `open_tok` (same paragraph)
    /// refers to: who that sentence is about.
    pub(super) fn previous_sentence_pronoun(
        &self,
        open_tok: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let sentence = doc.tokens[open_tok].sentence;
        let (start, end) = doc.sentences[sentence.checked_sub(1)?];
        if doc.tokens[start].paragraph != doc.tokens[open_tok].paragraph {
            return None;
        }
        let (k, gender) =
            (start..end).filter(|&k| !self.quoted[k]).find_map(|k| {
                match is_pronoun(&self.lower(k)) {
                    Some(g) if g != Gender::Unknown => Some((k, g)),
                    _ => None,
                }
            })?;
        let speaker = self.resolve_pronoun(k, gender, last_speaker)?;
        Some(Attribution {
            speaker: Some(speaker),
            named_by: Some(doc.tokens[k].span),
            cue: Span::new(0, 0),
        })
    }

    /// The last cue with a named speaker in the sentence before token `open_tok`: in the
    /// same paragraph, or ending the previous paragraph with a colon.
    pub(super) fn previous_sentence_cue(
        &self,
        open_tok: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let sentence = doc.tokens[open_tok].sentence;
        let (start, end) = doc.sentences[sentence.checked_sub(1)?];
        let same_paragraph = doc.tokens[start].paragraph == doc.tokens[open_tok].paragraph;
        let introduces = matches!(doc.word(end - 1), ":" | ",");
        // `Rosa Quispe … said she had not slept.` ¶ `“Nobody from the company …”`: a
        // paragraph that opens with a quotation, after one that ends reporting a person by
        // name.
        if !same_paragraph && !introduces && !doc.opens_paragraph(open_tok) {
            return None;
        }
        let person_by_name_only = !same_paragraph && !introduces;
        let cues = || {
            (start..end)
                .rev()
                .filter(|&k| self.cue_lemma(k).is_some())
                .filter_map(|k| self.speaker_of_cue(k, last_speaker))
        };
        cues()
            .find(|at| {
                at.speaker.is_some_and(|e| {
                    !person_by_name_only
                        || (self.resolved.entities[e].kind == EntityType::Person
                            && at.named_by.is_some_and(|s| self.by_mention(s)))
                })
            })
            .or_else(|| {
                // `“…,” the candidate's former strategist said in an interview. “…”`: an
                // unnamed source that a quotation before introduced goes on within its
                // paragraph.
                let goes_on = same_paragraph && self.quoted[start];
                goes_on
                    .then(|| cues().find(|at| at.named_by.is_some()))
                    .flatten()
            })
    }

    /// The name or pronoun that opens the sentence of the colon at token `colon`, or the
    /// clause after an opening clause and its comma (`Asked about the deal, Cantwell was
    /// blunt:`), if it can speak and the colon follows it closely, with the word before the
    /// colon as the cue ("blunt" in `Streeting was blunt:`). A clause with a reporting verb
    /// is left to the rules that read it (`Obama tweeted using his account:`).
    pub(super) fn subject_opening_sentence(
        &self,
        colon: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let (mut first, _) = doc.sentences[doc.tokens[colon].sentence];
        while first < colon && doc.tokens[first].kind == TokenKind::Punct {
            first += 1;
        }
        if first >= colon || self.quoted[first] {
            return None;
        }
        self.subject_before_colon(first, colon, last_speaker)
            .or_else(|| {
                let comma = (first..colon).rev().find(|&k| doc.word(k) == ",")?;
                self.subject_before_colon(comma + 1, colon, last_speaker)
            })
    }

    /// The person or organisation whose name ends right before the colon at token `colon`
    /// and follows no reporting verb's object ("told Reuters:" is left to the cue).
    pub(super) fn name_before_colon(&self, colon: usize) -> Option<Attribution> {
        let m = self.mention_at.at(colon.checked_sub(1)?)?;
        let mention = &self.resolved.mentions[m];
        let (entity, tokens) = self.first_of_pair(mention.entity, mention.tokens);
        let kind = self.resolved.entities[entity].kind;
        let before_cue = mention
            .tokens
            .0
            .checked_sub(1)
            .is_some_and(|k| self.cue_lemma(k).is_some());
        (mention.tokens.1 == colon
            && matches!(kind, EntityType::Person | EntityType::Org)
            && !before_cue)
            .then(|| Attribution {
                speaker: Some(entity),
                named_by: Some(self.span_of(tokens)),
                cue: self.doc.tokens[colon].span,
            })
    }

    /// A "he" or "she" at token `j` as a subject: the person it refers to (if any) and the
    /// pronoun's span.
    fn he_or_she_at(
        &self,
        j: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<(Option<usize>, Span)> {
        let gender = is_pronoun(&self.lower(j)).filter(|&g| g != Gender::Unknown)?;
        if let Some(description) = self.unnamed_opener(j) {
            return Some((None, description));
        }
        Some((
            self.resolve_pronoun_to_a_name(j, gender, last_speaker),
            self.doc.tokens[j].span,
        ))
    }

    /// The speaker named (or the pronoun) at token `first`, if at most a few words and no
    /// reporting verb stand between it and the colon at token `colon`.
    fn subject_before_colon(
        &self,
        first: usize,
        colon: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        /// At most this many words between the subject and the colon.
        const PREDICATE_WORDS: usize = 7;
        let doc = self.doc;
        // ("In a letter, the Illinois Board of Elections was conclusive:": the article
        // before a name.)
        let first = if self.lower(first) == "the" && self.mention_at.at(first + 1).is_some() {
            first + 1
        } else {
            first
        };
        // (A cue in a participle clause is no verb of the sentence: "he paused before
        // replying:", "He shrugged when asked about it later:".)
        let participle = |k: usize| {
            k > first
                && (matches!(self.lower(k - 1).as_ref(), "before" | "after" | "without")
                    && self.lower(k).ends_with("ing")
                    || matches!(self.lower(k - 1).as_ref(), "when" | "if" | "as"))
        };
        if (first..colon).any(|k| self.cue_lemma(k).is_some() && !participle(k)) {
            return None;
        }
        let (speaker, named_by, end) = if let Some(gender) = is_pronoun(&self.lower(first)) {
            let speaker = self.resolve_pronoun(first, gender, last_speaker)?;
            (speaker, doc.tokens[first].span, first + 1)
        } else {
            let (speaker, tokens) = self.opening_names(first)?;
            (speaker, self.span_of(tokens), tokens.1)
        };
        (end < colon && colon - end <= PREDICATE_WORDS).then_some(Attribution {
            speaker: Some(speaker),
            named_by: Some(named_by),
            cue: doc.tokens[colon - 1].span,
        })
    }

    /// The name that opens sentence `s` as its subject (see [`Self::opening_names`]), also
    /// after an opening phrase and its comma ("In her 2003 book, Living History, Clinton
    /// noted …"): a name that a verb (a lower-case word) follows.
    pub(super) fn sentence_opener(&self, s: usize) -> Option<(usize, (usize, usize))> {
        let doc = self.doc;
        let (start, end) = doc.sentences[s];
        let found = self.opening_names(start);
        if found.is_some() || start >= end || !self.opens_with_phrase(start) {
            return found;
        }
        let mut commas = 0;
        for c in start..end {
            if self.word(c) != "," || self.quoted[c] {
                continue;
            }
            if let Some(found @ (_, (_, b))) = self.opening_names(c + 1) {
                if b < end
                    && doc.tokens[b].kind == TokenKind::Word
                    && self.word(b).starts_with(char::is_lowercase)
                {
                    return Some(found);
                }
            }
            commas += 1;
            if commas == OPENING_COMMAS {
                break;
            }
        }
        None
    }

    /// The speaker among the names that open a sentence at token `first`, through titles
    /// before and between them: the last person ("Prime Minister Jan Berg", "US President
    /// Barack Obama", "Chelsea coach Enzo Maresca"), else the first that can speak.
    pub(super) fn opening_names(&self, first: usize) -> Option<(usize, (usize, usize))> {
        let doc = self.doc;
        let same_sentence =
            |k: usize| k < doc.tokens.len() && doc.tokens[k].sentence == doc.tokens[first].sentence;
        // Titles, and capitalised words no mention took up to a title ("Senate Minority
        // Leader Harry Reid"): up to the last title of the next four words, again.
        let past_titles = |mut k: usize| {
            while let Some(title) = (k..k + 4)
                .take_while(|&j| {
                    same_sentence(j)
                        && ((self.mention_at.at(j).is_none()
                            && self.word(j).starts_with(char::is_uppercase))
                            || (j == k && lexicon::is_title(&self.lower(j))))
                })
                .filter(|&j| lexicon::is_title(&self.lower(j)))
                .last()
            {
                k = title + 1;
                // ("Gov. Pat McCrory": the title's dot.)
                if k < doc.tokens.len() && self.word(k) == "." && !doc.tokens[k].space_before {
                    k += 1;
                }
            }
            k
        };
        let mut k = past_titles(first);
        // "Pence said …": a family name alone, at the sentence's start.
        if let Some(person) = self.surname_at.at(k) {
            return Some((person, (k, k + 1)));
        }
        let mut person = None;
        let mut other = None;
        while let Some(m) = self.mention_at.at(k) {
            let mention = &self.resolved.mentions[m];
            let kind = self.resolved.entities[mention.entity].kind;
            if kind == EntityType::Person {
                person = Some((mention.entity, mention.tokens));
            } else if kind.can_speak() && other.is_none() {
                other = Some((mention.entity, mention.tokens));
            }
            k = past_titles(mention.tokens.1);
            // "Republican presidential front-runner Donald Trump", "Germany's Chancellor
            // Angela Merkel", "Hillary Clinton's campaign manager Robby Mook": a people, a
            // place or a person and a few lower-case words of a role before the person.
            if self.mention_at.at(k).is_none() {
                let role_end = (k..(k + 5).min(doc.tokens.len()))
                    .take_while(|&j| {
                        let w = self.word(j);
                        doc.tokens[j].sentence == doc.tokens[first].sentence
                            && (matches!(w, "’s" | "'s" | "-")
                                || (doc.tokens[j].kind == TokenKind::Word
                                    && w.starts_with(char::is_lowercase)
                                    && self.cue_lemma(j).is_none()
                                    && !is_verb_form(&self.lower(j))))
                    })
                    .last()
                    .filter(|&j| {
                        // (The role's head noun: "front-runner", "nominee"; not a verb:
                        // "Americans love Trump". After a person, only a title without a
                        // preposition: not "Trump went after Bush".)
                        let l = self.lower(j);
                        if kind == EntityType::Person {
                            return lexicon::is_title(&l)
                                && !(k..j)
                                    .any(|i| NOT_IN_SUBJECT.contains(&self.lower(i).as_ref()));
                        }
                        // ("Wolves boss Gary O'Neil": one of an organisation's people.)
                        is_possessive_s(&l)
                            || lexicon::is_title(&l)
                            || lexicon::is_org_member_noun(&l)
                            || ["er", "or", "ist", "ian", "ant", "ent"]
                                .iter()
                                .any(|end| l.ends_with(end))
                    })
                    .map(|j| past_titles(j + 1));
                let person_at = |j: usize| {
                    self.mention_at.at(j).is_some_and(|m| {
                        let e = self.resolved.mentions[m].entity;
                        self.resolved.entities[e].kind == EntityType::Person
                    })
                };
                if let Some(j) = role_end {
                    if person_at(j) {
                        k = j;
                    } else if same_sentence(j + 1) && self.word(j) == "," && person_at(j + 1) {
                        // ("Moreau's lawyer, Antoine Girard, said": the person in apposition.)
                        k = j + 1;
                    }
                }
            }
        }
        person.or(other)
    }

    /// Does the phrase ending at byte `end` ("According to the report") open the clause that
    /// quotes: a comma after it, within its sentence, then a quotation with no verb of
    /// saying before it (`According to the report, the base was “severely damaged.”`; not
    /// `According to the paper, Vale said “…”`, Vale's)?
    fn opens_quoting_clause(&self, end: usize) -> bool {
        /// At most this many tokens from the phrase's end to its comma (what qualifies the
        /// source: "obtained by the Herald").
        const TO_COMMA: usize = 8;
        let doc = self.doc;
        let n = doc.tokens.len();
        let start = doc.token_at_or_after(end);
        let Some(sentence) = doc.tokens.get(start).map(|t| t.sentence) else {
            return false;
        };
        let in_sentence = |j: usize| j < n && doc.tokens[j].sentence == sentence;
        let Some(comma) = (start..start + TO_COMMA)
            .take_while(|&j| in_sentence(j) && !self.quoted[j])
            .find(|&j| self.word(j) == ",")
        else {
            return false;
        };
        let mut j = comma + 1;
        while in_sentence(j) && !self.quoted[j] {
            if self.cue_lemma(j).is_some() {
                return false;
            }
            j += 1;
        }
        in_sentence(j)
    }

    /// The subject of the cue word at token `cue`: before it, or after it for `said X`.
    pub(super) fn speaker_of_cue(
        &self,
        cue: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let (first, last) = self.cue_span(cue);
        let cue_span = self.span_of((first, last));
        let lemma = self.cue_lemma(cue).unwrap_or("");
        if lemma == "according to" || lemma == "in the words of" {
            // `According to the newspaper, “…”`: an unnamed source that introduces the
            // quotation (not one after it: `X said “…”, according to the readout`).
            // Or right after the quotation it attributes, when no verb before the quotation
            // has a subject of its own: `“…,” according to the report.` (not `X said “…”,
            // according to the readout`).
            let right_after_quote = first > 0
                && (self.quoted[first - 1]
                    || (first > 1 && self.word(first - 1) == "," && self.quoted[first - 2]))
                && {
                    let doc = self.doc;
                    let sentence_start = doc.sentences[doc.tokens[first].sentence].0;
                    let mut open = first - 1;
                    while open > sentence_start && !self.quoted[open] {
                        open -= 1;
                    }
                    while open > sentence_start && self.quoted[open - 1] {
                        open -= 1;
                    }
                    !(sentence_start..open).any(|j| self.cue_lemma(j).is_some())
                };
            let unnamed_before_quote = || {
                let span = self.unnamed_source_after(last)?;
                (right_after_quote || self.opens_quoting_clause(span.end)).then_some((None, span))
            };
            // `According to a memo obtained by the Herald, …`: the memo is the source, not
            // the name in what qualifies it (but `in the words of the prosecutor, Ada Vale,`).
            let (speaker, named_by) = match (self.name_after(last), unnamed_before_quote()) {
                (Some(named), Some(described)) if named.1.start >= described.1.end => {
                    self.person_in_apposition(described.1).unwrap_or(described)
                }
                (named, described) => named.or(described)?,
            };
            // "according to Yonhap news agency, quoting KCNA,": the source quoted speaks,
            // named or not ("quoting a ministry official").
            let (speaker, named_by) = match self.source_quoted_after(named_by) {
                Some(Some((source, span))) => (Some(source), Some(span)),
                Some(None) => (None, None),
                None => (speaker, Some(named_by)),
            };
            return Some(Attribution {
                speaker,
                named_by,
                cue: cue_span,
            });
        }
        if let Some((speaker, named_by)) = self.subject_before(first, last_speaker) {
            return Some(Attribution {
                speaker,
                named_by: Some(named_by),
                cue: cue_span,
            });
        }
        // Right after a quotation, a verb has no subject before it and inverts, even one
        // that takes an object elsewhere: `“…?” asked the boy.` (not `told X`, a listener).
        let right_after_quote = first > 0
            && (self.quoted[first - 1]
                || (first > 1 && self.word(first - 1) == "," && self.quoted[first - 2]));
        if !lexicon::cue_takes_object(lemma) || (right_after_quote && lemma != "tell") {
            // `said X`, or an unnamed source in its place: `said the ruling.`
            let after = self.name_after(last).or_else(|| {
                let description = self.unnamed_source_after(last)?;
                // ("said the Russian": a person named just before.)
                let det = self.doc.token_at_or_after(description.start);
                let named = (self.one_of_a_people(det + 1)
                    && self.doc.token_at_or_after(description.end) == det + 2)
                    .then(|| self.entity_by_head_noun(det, det + 1))
                    .flatten();
                Some(
                    self.person_in_apposition(description)
                        .unwrap_or((named, description)),
                )
            });
            if let Some((speaker, named_by)) = after {
                return Some(Attribution {
                    speaker,
                    named_by: Some(named_by),
                    cue: cue_span,
                });
            }
        }
        None
    }

    /// The person named in apposition right after an unnamed source's description: "said
    /// the bureau's director, James B. Comey, on Monday". The name says who it is.
    fn person_in_apposition(&self, description: Span) -> Option<(Option<usize>, Span)> {
        let doc = self.doc;
        let comma = doc.token_at_or_after(description.end);
        if comma + 1 >= doc.tokens.len() || self.word(comma) != "," {
            return None;
        }
        let m = self.mention_at.at(comma + 1)?;
        let mention = &self.resolved.mentions[m];
        let (first, end) = mention.tokens;
        let ends_clause = end >= doc.tokens.len()
            || doc.tokens[end].sentence != doc.tokens[first].sentence
            || matches!(self.word(end), "," | "." | ";");
        (first == comma + 1
            && ends_clause
            && self.resolved.entities[mention.entity].kind == EntityType::Person)
            .then(|| (Some(mention.entity), self.span_of(mention.tokens)))
    }

    /// The source that a named source quotes or cites, right after its name and a few
    /// words of description: "Yonhap news agency, quoting North Korea's news agency KCNA";
    /// `Some(None)` for an unnamed one ("quoting a ministry official"). (A possessor,
    /// "North Korea's", is not the source.)
    fn source_quoted_after(&self, name: Span) -> Option<Option<(usize, Span)>> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let start = doc.token_at_or_after(name.end);
        let sentence = doc.tokens.get(start)?.sentence;
        let in_clause = |j: usize| j < n && doc.tokens[j].sentence == sentence && !self.quoted[j];
        let comma = (start..start + SOURCE_HOP_WINDOW)
            .take_while(|&j| in_clause(j))
            .find(|&j| doc.tokens[j].kind != TokenKind::Word)
            .filter(|&j| self.word(j) == ",")?;
        if !in_clause(comma + 1) || !matches!(self.lower(comma + 1).as_ref(), "quoting" | "citing")
        {
            return None;
        }
        let mut j = comma + 2;
        while in_clause(j) && j < comma + 2 + SOURCE_HOP_WINDOW {
            if let Some(m) = self.mention_at.at(j) {
                let mention = &self.resolved.mentions[m];
                let end = mention.tokens.1;
                let possessor = end < n && self.possessive_mark(end);
                if !possessor && self.resolved.entities[mention.entity].kind.can_speak() {
                    return Some(Some((mention.entity, self.span_of(mention.tokens))));
                }
                j = end;
                continue;
            }
            if doc.tokens[j].kind != TokenKind::Word && !self.possessive_mark(j) {
                break;
            }
            j += 1;
        }
        Some(None)
    }

    /// A speaking entity's mention that ends at token `k`, if any.
    pub(super) fn speaker_mention_ending_at(&self, k: usize) -> Option<(usize, (usize, usize))> {
        if let Some(person) = self.surname_at.at(k) {
            return Some((person, (k, k + 1)));
        }
        let m = self.mention_at.at(k)?;
        let mention = &self.resolved.mentions[m];
        let entity = &self.resolved.entities[mention.entity];
        (entity.kind.can_speak() && mention.tokens.1 == k + 1)
            .then_some((mention.entity, mention.tokens))
    }

    /// The subject that the place `place`, named at `tokens` after "in", locates: the
    /// name right before "in" ("Amnesty International in Nairobi"), else the description
    /// that opens the sentence up to the place ("Officials in Beijing", "A spokesman for the
    /// embassy in Nairobi"), who stays unnamed. `None` unless the place follows "in" after a
    /// word.
    fn subject_located_by(
        &self,
        place: usize,
        (start, end): (usize, usize),
    ) -> Option<(Option<usize>, Span)> {
        /// At most this many words from the sentence's start to the place.
        const DESCRIPTION_WORDS: usize = 8;
        let doc = self.doc;
        let kind = self.resolved.entities[place].kind;
        if !matches!(kind, EntityType::Gpe | EntityType::Loc)
            || start < 2
            || self.lower(start - 1) != "in"
        {
            return None;
        }
        let before = start - 2;
        if let Some((entity, tokens)) = self.speaker_mention_ending_at(before) {
            return Some((Some(entity), self.span_of(tokens)));
        }
        // (Only over the words that open the clause, after the sentence's start or a mark:
        // "KYIV (Reuters) - Officials in Kharkiv said", "On Tuesday, officials in Kharkiv
        // said"; "… killed in Nairobi said" has a subject before the verb, out of reach
        // here.)
        let sentence_start = doc.sentences[doc.tokens[start].sentence].0;
        let in_description = |j: usize| {
            !self.quoted[j]
                && (doc.tokens[j].kind == TokenKind::Word || self.mention_at.at(j).is_some())
                && self.cue_lemma(j).is_none()
        };
        let mut first = start - 1;
        while first > sentence_start
            && start - first <= DESCRIPTION_WORDS
            && in_description(first - 1)
        {
            first -= 1;
        }
        let opens_clause = first == sentence_start
            || matches!(self.word(first - 1), "," | "-" | "—" | "–" | ":" | ")");
        (first < start - 1 && opens_clause && start - first <= DESCRIPTION_WORDS)
            .then(|| (None, self.span_of((first, end))))
    }

    /// The first of two people named as one subject, "Ada Vale and Tom Reyes said": the one
    /// named before "and" when the person or organisation at `tokens` ends the pair (else
    /// the same one).
    pub(super) fn first_of_pair(
        &self,
        entity: usize,
        tokens: (usize, usize),
    ) -> (usize, (usize, usize)) {
        let speaks = |e: usize| {
            matches!(
                self.resolved.entities[e].kind,
                EntityType::Person | EntityType::Org
            )
        };
        if !speaks(entity) || tokens.0 < 2 || self.word(tokens.0 - 1) != "and" {
            return (entity, tokens);
        }
        // (Not a list: "Vale, Reyes and Crane said".)
        self.speaker_mention_ending_at(tokens.0 - 2)
            .filter(|&(first, (a, _))| speaks(first) && !(a > 0 && self.word(a - 1) == ","))
            .unwrap_or((entity, tokens))
    }

    /// The subject right before token `cue`: a name, a pronoun, or an unnamed noun phrase.
    pub(super) fn subject_before(
        &self,
        cue: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<(Option<usize>, Span)> {
        let doc = self.doc;
        let paragraph = doc.tokens[cue].paragraph;
        let mut k = cue;
        let mut steps = 0;
        while k > 0 && steps < 16 {
            k -= 1;
            steps += 1;
            let t = &doc.tokens[k];
            if t.paragraph != paragraph || self.quoted[k] {
                return None;
            }
            let w = self.word(k);
            let l = self.lower(k);
            if SKIPPABLE.contains(&l.as_ref())
                || (is_ly_adverb(&l) && self.mention_at.at(k).is_none())
            {
                continue;
            }
            if self.is_contracted_verb(k) {
                continue;
            }
            // "… but now said": an adverb right after the conjunction of a second verb.
            if ADVERBS.contains(&l.as_ref())
                && k > 0
                && matches!(self.lower(k - 1).as_ref(), "and" | "but" | "or")
            {
                continue;
            }
            // "Ruiz on Friday described", "Ruiz Tuesday said": a date between.
            if let Some(m) = self.mention_at.at(k) {
                let mention = &self.resolved.mentions[m];
                if self.resolved.entities[mention.entity].kind == EntityType::Date {
                    k = mention.tokens.0;
                    // ("Vale during a Sunday thanked", "Vale last Tuesday said".)
                    for _ in 0..2 {
                        if k > 0 && DATE_LEADS.contains(&self.lower(k - 1).as_ref()) {
                            k -= 1;
                        }
                    }
                    continue;
                }
            }
            if let Some((entity, tokens)) = self.speaker_mention_ending_at(k) {
                // "A letter seen by Sky News says": the outlet that saw a document is not
                // its author, who stays unnamed.
                if let Some(document) = self.document_seen_by(tokens.0) {
                    return Some((None, doc.tokens[document].span));
                }
                // "Officials in Beijing said", "Amnesty International in Nairobi said": a
                // place after "in" says where the subject is.
                if let Some(subject) = self.subject_located_by(entity, tokens) {
                    return Some(subject);
                }
                // "Matthew Ingram of The Globe and Mail dubbed": the person, not the paper.
                if let Some((person, ptokens)) = self.affiliated_person(tokens.0) {
                    return Some((Some(person), self.span_of(ptokens)));
                }
                // "one longtime adviser to Bill Clinton said": the unnamed adviser speaks.
                if let Some(start) = self.description_before_complement(tokens.0) {
                    return Some((None, self.span_of((start, k + 1))));
                }
                let (entity, tokens) = self.first_of_pair(entity, tokens);
                return Some((Some(entity), self.span_of(tokens)));
            }
            if let Some(gender) = is_pronoun(&l) {
                // (One about an unnamed person is known by that person's description.)
                if let Some(description) = (gender != Gender::Unknown)
                    .then(|| self.unnamed_opener(k))
                    .flatten()
                {
                    return Some((None, description));
                }
                let entity = self.resolve_pronoun_to_a_name(k, gender, last_speaker);
                return Some((entity, t.span));
            }
            // A bracket after the name, such as a party and state ("Sen. Ada Crane (D-Ore.)
            // said"), says nothing about who speaks.
            // ("Gov. Ada Crane (R-Ohio), said": the comma closes the bracket's aside.)
            if w == "," && k > 0 && self.word(k - 1) == ")" {
                continue;
            }
            if w == ")" {
                if let Some(open) = (k.saturating_sub(BRACKET_WORDS)..k)
                    .rev()
                    .find(|&j| self.word(j) == "(")
                {
                    k = open;
                    continue;
                }
            }
            // An appositive between subject and verb: "Wu Xinbo, a professor at X, said", or
            // a name that is itself the appositive: "its head, Nunzio Galantino, has called".
            // "Starmer defended the plan, saying …", "Sunak defended the record whilst
            // promising …", "Dean began by saying …": a participle shares the subject of
            // the clause before it.
            // (So does one after a passive "quoted as": "Vale was quoted as saying".)
            let quoted_as = l == "as" && k > 0 && self.lower(k - 1) == "quoted";
            let participle = self.lower(cue).ends_with("ing")
                && (w == ","
                    || quoted_as
                    || matches!(l.as_ref(), "while" | "whilst" | "after" | "before" | "by"));
            if participle {
                let (start, _) = doc.sentences[t.sentence];
                // A person first, by name or pronoun ("LONDON (AP) — … Starmer …, saying",
                // "Asked whether …, he paused before replying"), else an organisation.
                // ("Protesters called for news of the shooting of Ada Vale, chanting": the
                // object of a preposition is no subject, nor a name inside a word, "pro-Vale
                // demonstrators", nor one in a relative clause, "- where the Panthers played -".)
                // (Over an article: "marched to the stadium of the Minnesota Vikings".)
                let not_a_subject = |j: usize| {
                    let first = self.naming_start(j);
                    let before = if first > start + 1 && self.lower(first - 1) == "the" {
                        first - 2
                    } else {
                        first.saturating_sub(1)
                    };
                    first > start
                        && (OBJECT_PREPOSITIONS.contains(&self.lower(before).as_ref())
                            || self.inside_word(first - 1))
                };
                let relative = (start..k)
                    .find(|&j| {
                        !self.quoted[j]
                            && matches!(self.lower(j).as_ref(), "where" | "who" | "which")
                    })
                    .unwrap_or(k);
                let subject_of_kind = |kind: EntityType| {
                    (start..relative)
                        .filter(|&j| !self.quoted[j] && !not_a_subject(j))
                        .find_map(|j| {
                            // ("A Vale campaign official walked back the comments, saying": a
                            // person's name after an article modifies a description.)
                            let named = self.mention_at.at(j).map(|m| &self.resolved.mentions[m]);
                            if let Some(mention) = named.filter(|mention| {
                                j > start
                                    && matches!(self.lower(j - 1).as_ref(), "a" | "an")
                                    && self.resolved.entities[mention.entity].kind == kind
                            }) {
                                let head =
                                    self.common_noun_head(mention.tokens.1).filter(|&h| h < k)?;
                                return Some((None, self.span_of((j - 1, head + 1))));
                            }
                            // (So does one opening the sentence or a clause before a noun for
                            // people: "when Vale protesters interrupted her speech, shouting".)
                            let opens_clause =
                                j == start || SUBORDINATORS.contains(&self.lower(j - 1).as_ref());
                            if let Some(mention) = named.filter(|mention| {
                                opens_clause
                                    && mention.tokens.1 < k
                                    && self.word(mention.tokens.1).starts_with(char::is_lowercase)
                                    && self.names_people(mention.tokens.1)
                            }) {
                                return Some((None, self.span_of((j, mention.tokens.1 + 1))));
                            }
                            // ("Dean, a former chairman, poked at Trump, tweeting": a family
                            // name alone that is also a title.)
                            if let Some(person) = self.surname_at.at(j) {
                                return (kind == EntityType::Person)
                                    .then(|| (Some(person), doc.tokens[j].span));
                            }
                            let Some(m) = self.mention_at.at(j) else {
                                return (kind == EntityType::Person)
                                    .then(|| self.he_or_she_at(j, last_speaker))
                                    .flatten();
                            };
                            let mention = &self.resolved.mentions[m];
                            if self.resolved.entities[mention.entity].kind != kind {
                                return None;
                            }
                            // ("Clinton's campaign manager Robby Mook said …, arguing": the
                            // person a role names.)
                            let (entity, tokens) = self
                                .opening_names(j)
                                .filter(|&(e, _)| self.resolved.entities[e].kind == kind)
                                .unwrap_or((mention.entity, mention.tokens));
                            Some((Some(entity), self.span_of(tokens)))
                        })
                };
                // ("In August, several groups granted Ada Vale an extension, saying": an
                // unnamed subject opening the clause comes first, when no verb of saying or
                // relative clause with a subject of its own stands between.)
                // (A date before the verb is none: "Prosecutors on Tuesday asked …, saying".)
                let names_someone = |m: usize| {
                    let entity = self.resolved.mentions[m].entity;
                    !matches!(
                        self.resolved.entities[entity].kind,
                        EntityType::Date | EntityType::Time
                    )
                };
                let own_subject = (start..k).any(|j| {
                    matches!(self.lower(j).as_ref(), "who" | "which")
                        || (j > start
                            && self.cue_lemma(j).is_some()
                            && (self.mention_at.at(j - 1).is_some_and(names_someone)
                                || is_pronoun(&self.lower(j - 1)).is_some()))
                });
                let unnamed = self
                    .acting_subject(cue, false, last_speaker)
                    .filter(|at| at.speaker.is_none() && !own_subject)
                    .and_then(|at| at.named_by)
                    .filter(|&span| self.full_description(span).is_some())
                    .map(|span| (None, span));
                // ("Democrats in the Senate blasted the plan, saying": people named by their
                // party or nationality open the sentence.)
                let by_party = || {
                    let m = self.mention_at.at(start)?;
                    let end = self.resolved.mentions[m].tokens.1;
                    let from = self.norp_subject_ending_at(end - 1)?;
                    (from == start && end < k).then(|| (None, self.span_of((from, end))))
                };
                return unnamed
                    .or_else(by_party)
                    .or_else(|| subject_of_kind(EntityType::Person))
                    .or_else(|| subject_of_kind(EntityType::Org));
            }
            if w == "," {
                return self.appositive_subject(k);
            }
            // An aside between dashes stands where an appositive's commas do: "Ada Vale — a
            // former aide — said", "the aide — who asked not to be named — said". The
            // subject is read before the opening dash.
            let dash = |word: &str| matches!(word, "—" | "–" | "--");
            if dash(w) {
                k = (k.saturating_sub(APPOSITIVE_WINDOW)..k)
                    .rev()
                    .take_while(|&j| doc.tokens[j].sentence == t.sentence && !self.quoted[j])
                    .find(|&j| dash(self.word(j)))?;
                continue;
            }
            // "A source familiar with Vale's thinking said", "an aide close to his campaign
            // said": a possessor in the complement of the speaker's noun does not speak.
            if t.kind == TokenKind::Word && k >= 2 {
                let possessor = if matches!(self.lower(k - 1).as_ref(), "his" | "her" | "their") {
                    Some(k - 1)
                } else if self.possessive_mark(k - 1) {
                    self.speaker_mention_ending_at(k - 2).map(|(_, (a, _))| a)
                } else {
                    None
                };
                if let Some(start) = possessor.and_then(|p| {
                    self.description_before_complement(p)
                        .filter(|&start| self.head_could_speak(start, p))
                }) {
                    return Some((None, self.span_of((start, k + 1))));
                }
            }
            // A possessor speaks through its statement: "Cornyn's statement added"; a
            // person does not speak through those around them: "Cornyn's aide said" is a
            // source by description.
            if t.kind == TokenKind::Word && k >= 2 && self.possessive_mark(k - 1) {
                if let Some((entity, tokens)) = self.speaker_mention_ending_at(k - 2) {
                    return Some(self.possessor_or_description(entity, tokens, k));
                }
            }
            // "… and said it was": the subject of the verb before.
            if matches!(l.as_ref(), "and" | "but" | "or") {
                let earlier = (k.saturating_sub(BEFORE_WINDOW)..k)
                    .rev()
                    .take_while(|&j| doc.tokens[j].sentence == t.sentence)
                    .find(|&j| self.cue_lemma(j).is_some());
                // "Its leader, Beatriz Okafor, voted with the government but said": with no
                // verb of saying before, the name that opens the sentence.
                return match earlier {
                    Some(earlier) => self.subject_before(earlier, last_speaker),
                    None => {
                        let (start, _) = doc.sentences[t.sentence];
                        // ("The Republican nominee outlined a plan and vowed": an unnamed
                        // subject opening the sentence.)
                        let unnamed = || {
                            let end = self.unnamed_noun_phrase(start, k)?;
                            let l = self.lower(end);
                            (doc.tokens[end].kind == TokenKind::Word
                                && (SKIPPABLE.contains(&l.as_ref())
                                    || ADVERBS.contains(&l.as_ref())
                                    || is_past_or_modal(&l)))
                            .then(|| (None, self.span_of((start, end))))
                        };
                        // ("She took money from Wall Street and called the president “weak”":
                        // a he or she opening the sentence.)
                        let opening = (start..k).find(|&j| doc.tokens[j].kind == TokenKind::Word);
                        if let Some(at) = opening.and_then(|j| self.he_or_she_at(j, last_speaker)) {
                            return Some(at);
                        }
                        // ("Reyes's relatives watched … and said": the possessor's relatives.)
                        (start..k)
                            .find_map(|j| {
                                // (A family name alone: "Dean then appeared … and began".)
                                if let Some(person) = self.surname_at.at(j) {
                                    return Some((Some(person), doc.tokens[j].span));
                                }
                                let m = self.mention_at.at(j)?;
                                let e = self.resolved.mentions[m].entity;
                                let tokens = self.resolved.mentions[m].tokens;
                                if self.resolved.entities[e].kind != EntityType::Person {
                                    return None;
                                }
                                let head = (tokens.1 < k && self.possessive_mark(tokens.1))
                                    .then(|| self.common_noun_head(tokens.1 + 1))
                                    .flatten();
                                Some(match head {
                                    Some(head) => self.possessor_or_description(e, tokens, head),
                                    None => (Some(e), self.span_of(tokens)),
                                })
                            })
                            .or_else(unnamed)
                    }
                };
            }
            // "X, who said": the name before the relative pronoun.
            if matches!(l.as_ref(), "who" | "which") && k >= 1 {
                let before = if self.word(k - 1) == "," {
                    k.checked_sub(2)?
                } else {
                    k - 1
                };
                let (entity, tokens) = self.speaker_mention_ending_at(before)?;
                // ("One restaurant owner in Springfield, who asked": the owner, unnamed.)
                if self.after_place_preposition(tokens.0) {
                    let (start, _) = doc.sentences[t.sentence];
                    return self
                        .unnamed_subject_ending_at(before)
                        .then(|| (None, self.span_of((start, before + 1))));
                }
                return Some((Some(entity), self.span_of(tokens)));
            }
            // An organisation's name modifies the subject: "the Home Office letter reads", "a
            // Home Office spokesman said". A place does not speak for its people ("one Little
            // Hartley resident told"), nor a person for those around them ("a Trump campaign
            // aide said", "the Reyes campaign said"), nor an organisation for any of its
            // members ("a Home Office official said", "the party member said"): those are
            // sources by description, with no name.
            if t.kind == TokenKind::Word && k >= 1 {
                if let Some((entity, tokens)) = self.speaker_mention_ending_at(k - 1) {
                    if self.resolved.entities[entity].kind == EntityType::Org
                        && speaks_for_its_organisation(&l)
                    {
                        return Some((Some(entity), self.span_of(tokens)));
                    }
                }
            }
            // People named by their party or nationality only: "one senior Democrat said",
            // "Republicans said" (the words before back to a determiner, if any).
            // ("the Russian said": one person by their people, named before.)
            if let Some(start) = self.norp_subject_ending_at(k) {
                let named = self.entity_by_head_noun(start, k);
                return Some((named, self.span_of((start, k + 1))));
            }
            // "Yet another said", "some said": a quantifier alone stands for people.
            if QUANTIFIER_PRONOUNS.contains(&l.as_ref()) {
                return Some((None, t.span));
            }
            // An unnamed source: "analysts said", "the report's authors said"; but a person's
            // affiliation in common words is the person's: "Marc Gambier of the regional fire
            // service told".
            // (A title in capitals is a common noun too: "one government MP said"; so is
            // an organisation's head word after "the", which no mention took: "the Times
            // wrote" refers back to the New York Times.)
            // (So is a capitalised word opening the sentence that no mention took, not a
            // pronoun: "Analysts said", "Demonstrators said"; but "I told" is the writer.)
            let noun = w.chars().next().is_some_and(char::is_lowercase)
                || (self.mention_at.at(k).is_none()
                    && is_pronoun(&l).is_none()
                    && !matches!(l.as_ref(), "i" | "we")
                    && self.heads_its_sentence(k))
                || (self.mention_at.at(k).is_none()
                    && w.len() > 1
                    && w.chars().all(|c| c.is_ascii_uppercase())
                    && lexicon::is_title(&l))
                || (self.mention_at.at(k).is_none()
                    && k > 0
                    && self.lower(k - 1) == "the"
                    && lexicon::is_org_word(w));
            if t.kind == TokenKind::Word && noun {
                if let Some((person, ptokens)) = self.affiliated_person(k + 1) {
                    return Some((Some(person), self.span_of(ptokens)));
                }
                // "is reported to have called", "responded by calling", "apologized for saying":
                // the verb's subject is the one its clause opens with.
                // "emailed supporters saying", "posted a video saying": a participle after
                // the object of a verb shares the subject of that verb, when it is named.
                // ("with analysts warning": the participle has its own subject.)
                let after_object = self.lower(cue).ends_with("ing")
                    && !DETERMINERS.contains(&l.as_ref())
                    && !NOT_IN_SUBJECT.contains(&l.as_ref())
                    && !(k.saturating_sub(3)..k).any(|j| self.lower(j) == "with");
                // (Named or not: "The campaign put out a statement saying" is the
                // campaign's, not the statement's.)
                if after_object {
                    if let Some(at) = self.acting_subject(cue, false, last_speaker).filter(|at| {
                        at.speaker.is_some()
                            || at
                                .named_by
                                .is_some_and(|span| self.full_description(span).is_some())
                    }) {
                        return Some((at.speaker, at.named_by?));
                    }
                }
                if matches!(l.as_ref(), "to" | "by" | "upon" | "for") {
                    return self
                        .acting_subject(cue, false, last_speaker)
                        .and_then(|at| Some((at.speaker, at.named_by?)));
                }
                // (The marks and numbers inside a hyphenated word take no step: "the
                // bespectacled, 71-year-old diplomat said".)
                let walk = |k: usize| {
                    let mut j = k;
                    let mut steps = 0;
                    while j > 0 && steps < 4 {
                        if self.inside_word(j - 1) {
                            j -= 1;
                            continue;
                        }
                        steps += 1;
                        let pw = self.lower(j - 1);
                        if doc.tokens[j - 1].kind != TokenKind::Word
                            || self.cue_lemma(j - 1).is_some()
                            || self.mention_at.at(j - 1).is_some()
                            || self.possessive_mark(j - 1)
                            || pw == "of"
                        {
                            break;
                        }
                        j -= 1;
                        if matches!(
                            pw.as_ref(),
                            "the" | "a" | "an" | "one" | "another" | "some" | "many" | "other"
                        ) {
                            break;
                        }
                    }
                    j
                };
                let mut j = walk(k);
                // "Trump has even called", "Clinton has since apologized": adverbs between a
                // name and its verb, no noun phrase of their own.
                let adverbs_only = (j..=k).all(|h| {
                    let w = self.lower(h);
                    SKIPPABLE.contains(&w.as_ref())
                        || ADVERBS.contains(&w.as_ref())
                        || is_ly_adverb(&w)
                });
                if j > 0 && adverbs_only {
                    if let Some((entity, tokens)) = self.speaker_mention_ending_at(j - 1) {
                        let kind = self.resolved.entities[entity].kind;
                        if matches!(kind, EntityType::Person | EntityType::Org) {
                            return Some((Some(entity), self.span_of(tokens)));
                        }
                    }
                }
                // "PC World's analysis of its own statistics concluded", "Residents of the
                // city said": the noun phrase goes on before "of", and its head is there.
                if j >= 2
                    && self.lower(j - 1) == "of"
                    && self.mention_at.at(j - 2).is_none()
                    && self.cue_lemma(j - 2).is_none()
                    && (self.word(j - 2).starts_with(char::is_lowercase)
                        || doc.is_sentence_initial(j - 2))
                {
                    j = walk(j - 2);
                }
                // "A source speaking to reporters said": the same after a participle.
                if matches!(self.lower(j).as_ref(), "to" | "for" | "with" | "from") {
                    if let Some(start) = self
                        .description_before_complement(j + 1)
                        .filter(|&start| self.head_could_speak(start, j))
                    {
                        return Some((None, self.span_of((start, k + 1))));
                    }
                }
                // "A spokesman for the mayor called", "an aide to the governor said": the
                // noun phrase after the preposition is only the complement of the speaker's
                // noun, who stays unnamed.
                if DETERMINERS.contains(&self.lower(j).as_ref()) {
                    if let Some(start) = self
                        .description_before_complement(j)
                        .filter(|&start| self.head_could_speak(start, j - 1))
                    {
                        return Some((None, self.span_of((start, k + 1))));
                    }
                }
                let head = (j..k).find(|&h| self.lower(h + 1) == "of").unwrap_or(k);
                // ("Podliska's most explosive claim is that …": the word of saying is the
                // phrase's head, a noun for what is said.)
                let head = if head == k && lexicon::is_source_noun(&self.lower(cue)) {
                    cue
                } else {
                    head
                };
                // "PC World's own traffic statistics concluded": the possessor speaks (not a
                // person through others: "Ada Crane's former campaign strategist said").
                if j >= 2 && self.possessive_mark(j - 1) {
                    if let Some((entity, tokens)) = self.speaker_mention_ending_at(j - 2) {
                        return Some(self.possessor_or_description(entity, tokens, head));
                    }
                }
                // "The Irvine, California-based company told": the article may stand before
                // a place and a hyphenated modifier.
                let det = if self.lower(j) == "the" {
                    j
                } else {
                    (j.saturating_sub(DETERMINER_REACH)..j)
                        .rev()
                        .take_while(|&d| {
                            doc.tokens[d].sentence == t.sentence
                                && !self.quoted[d]
                                && self.cue_lemma(d).is_none()
                                && !self.possessive_mark(d)
                        })
                        .find(|&d| self.lower(d) == "the")
                        .unwrap_or(j)
                };
                // (Only when that finds the entity: "In the meantime analysts said" stays
                // "analysts".)
                if let Some(entity) = self.entity_by_head_noun(det, head) {
                    return Some((Some(entity), self.span_of((det, k + 1))));
                }
                // "Crane supporters said", "a Vale campaign aide told": a person's name
                // before a noun for people modifies the description.
                let modifier = j
                    .checked_sub(1)
                    .and_then(|p| self.mention_at.at(p))
                    .map(|m| &self.resolved.mentions[m])
                    .filter(|mention| {
                        mention.tokens.1 == j
                            && self.resolved.entities[mention.entity].kind == EntityType::Person
                            && self.names_people(head)
                    })
                    .map(|mention| mention.tokens.0);
                let start = match modifier {
                    Some(m)
                        if m > 0 && matches!(self.lower(m - 1).as_ref(), "a" | "an" | "the") =>
                    {
                        m - 1
                    }
                    Some(m) => m,
                    None => j,
                };
                return Some((
                    self.entity_by_head_noun(j, head),
                    self.span_of((start, k + 1)),
                ));
            }
            return None;
        }
        None
    }
}
