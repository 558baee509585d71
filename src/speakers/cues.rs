//! The cue of a quotation and its source: rules 1 to 5 of [`super`], in order.
//!
//! Takes a quotation's marks and the [`Context`] of the stage; gives its [`Attribution`]
//! (the speaker, the cue, the words that named the speaker) from a cue after the closing
//! mark, the nearest cue before the opening mark, a signature or a reporting clause that
//! ends the sentence, or a cue in the sentence before or after; and PolNeAR's reading of
//! reported reports (`…, according to CNN`). Who a cue's subject is: [`super::subjects`].

use super::*;

impl<'a, 't> Context<'a, 't> {
    pub(super) fn attribute_marks(
        &self,
        q: &QuoteMarks,
        open_tok: usize,
        end_tok: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let short = is_short(doc, q);
        let paragraph = doc.tokens.get(open_tok.min(n.saturating_sub(1)))?.paragraph;
        // 0. A transcript's turn, quoted whole: `"WALLACE: Let's start …`.
        if let Some(at) = self.turn_label(q) {
            return Some(at);
        }
        // 1. Right after the closing mark: `“…,” Xi told` / `“…,” said Wu`. Only a quotation
        //    that ends its clause (with punctuation inside or a comma after) is attributed so;
        //    a fragment in mid-sentence (`faced a “very difficult” year as demand slowed`)
        //    belongs to the sentence around it.
        let ends_clause = ends_in(q.content.of(doc.text), b",.!?")
            || q.content.of(doc.text).ends_with('…')
            || (end_tok < n && matches!(self.word(end_tok), "," | "—" | "–"))
            || (end_tok < n && self.cue_lemma(end_tok).is_some());
        // `“… the road.” She noted …` opens a new sentence: rule 5 reads it.
        let new_sentence_after = end_tok < n
            && end_tok > 0
            && doc.tokens[end_tok].sentence != doc.tokens[end_tok - 1].sentence;
        if q.close.is_some()
            && ends_clause
            && !new_sentence_after
            && !self.in_opening_clause(open_tok)
        {
            let mut k = end_tok;
            let mut steps = 0;
            // A few words to the cue, more through an appositive: `“…,” the union's general
            // secretary, Paul Nowak, said`.
            let mut appositive = false;
            while k < n
                && steps < APPOSITIVE_STEPS
                && doc.tokens[k].paragraph == paragraph
                && !self.quoted[k]
            {
                // `“…,” an intelligence source, who was not authorized to speak, said`: an
                // unnamed source and its relative clause, whose verbs are not the cue.
                if self.word(k) == ","
                    && k > end_tok
                    && k + 1 < n
                    && matches!(self.lower(k + 1).as_ref(), "who" | "which")
                    && self.description_between(end_tok, k)
                {
                    let sentence = doc.tokens[k].sentence;
                    let close = (k + 2..(k + 2 + APPOSITIVE_WINDOW).min(n))
                        .take_while(|&j| doc.tokens[j].sentence == sentence && !self.quoted[j])
                        .find(|&j| self.word(j) == ",");
                    let cue = close
                        .map(|c| c + 1)
                        .filter(|&c| c < n && self.cue_lemma(c).is_some());
                    if let Some(cue) = cue {
                        let (first, last) = self.cue_span(cue);
                        return Some(Attribution {
                            speaker: None,
                            named_by: Some(self.span_of((end_tok, k))),
                            cue: self.span_of((first, last)),
                        });
                    }
                }
                appositive |= self.word(k) == ",";
                if self.cue_lemma(k).is_some() {
                    if steps >= 5 && !appositive && !self.description_between(end_tok, k) {
                        break;
                    }
                    if let Some(at) = self.speaker_of_cue(k, last_speaker) {
                        return Some(self.reported_by(at, k));
                    }
                    break;
                }
                // `“…” and said …` starts a new clause, whose subject came before; so does
                // a conjunction after a comma further on (`“…,” referencing its donations,
                // but multiple reports reveal …`).
                if steps == 0
                    && (matches!(self.word(k), "and" | "but")
                        || CLAUSE_CONJUNCTIONS.contains(&self.lower(k).as_ref()))
                {
                    break;
                }
                if k > end_tok
                    && self.word(k - 1) == ","
                    && CLAUSE_CONJUNCTIONS.contains(&self.lower(k).as_ref())
                {
                    break;
                }
                // A clause of time or cause ends the search: one with a subject of its own
                // (`“…,” repeatedly, before he stopped responding`), or one without whose cue
                // is no verb of the sentence (`“…,” when asked about it`, `“…,” before
                // leaving`: whoever says it came before the mark).
                if SUBORDINATORS.contains(&self.lower(k).as_ref()) && k + 1 < n {
                    let next = self.lower(k + 1);
                    let own_subject = k > end_tok && is_pronoun(&next).is_some();
                    let participle = self.cue_lemma(k + 1).is_some()
                        && (next.ends_with("ed") || next.ends_with("ing"));
                    if own_subject || participle {
                        break;
                    }
                }
                // A bracket is one step, whatever it holds: `“…,” Rep. Ada Crane (D-Ore.)
                // said` (its dot ends no sentence).
                if self.word(k) == "(" {
                    if let Some(close) =
                        (k + 1..(k + 1 + BRACKET_WORDS).min(n)).find(|&j| self.word(j) == ")")
                    {
                        k = close + 1;
                        steps += 1;
                        continue;
                    }
                }
                // `“…”. She explained …` is a new sentence: rule 5 reads it. (The dot of
                // `“…,” Mr. Whitmore told` ends none.)
                let ends_sentence =
                    k + 1 >= n || doc.tokens[k + 1].sentence != doc.tokens[k].sentence;
                if is_terminator(self.word(k)) && (ends_sentence || self.word(k) == ";") {
                    break;
                }
                // A name counts as one step: `“…,” Dr. Jane Smith told`; an affiliation after
                // it may take as many as an appositive: `“…,” Marc Gambier of the regional
                // fire service told`. The dot and number of "No. 1" take none.
                // Nor do titles before a name: `“…,” panel Chairman Rep. Ada Crane said`.
                let numbering = matches!(doc.tokens[k].kind, TokenKind::Number)
                    || (self.word(k) == "." && !doc.tokens[k].space_before)
                    || lexicon::is_title(&self.lower(k));
                k = match self.mention_at.at(k) {
                    Some(m) => {
                        let end = self.resolved.mentions[m].tokens.1;
                        appositive |= end < n && matches!(self.word(end), "of" | "at" | "from");
                        end
                    }
                    None => k + 1,
                };
                if !numbering {
                    steps += 1;
                }
            }
        }
        // `Pollsters agree - Ada Vale: “…”`: a name set off by a dash before the colon
        // introduces the quotation as one opening a sentence would (rule 2c), whatever verb
        // stands before the dash.
        if open_tok > 1 && self.word(open_tok - 1) == ":" && !short {
            if let Some(at) = self.name_before_colon(open_tok - 1) {
                let first = at.named_by.map(|s| doc.token_at_or_after(s.start));
                if first.is_some_and(|f| f > 0 && matches!(self.word(f - 1), "-" | "—" | "–")) {
                    return Some(at);
                }
            }
        }
        // 2. The nearest cue before the opening mark, in the same sentence.
        if open_tok < n {
            let sentence = doc.tokens[open_tok].sentence;
            let mut k = open_tok;
            let mut steps = 0;
            while k > 0 && steps < BEFORE_WINDOW {
                k -= 1;
                steps += 1;
                let t = &doc.tokens[k];
                if t.sentence != sentence || t.paragraph != paragraph {
                    break;
                }
                let introduces = k + 1 < n && matches!(self.word(k + 1), ":" | ",");
                // "He shrugged when asked about it:": a passive cue in a clause of time or
                // condition is no verb of the sentence.
                if k > 0
                    && matches!(self.lower(k - 1).as_ref(), "when" | "if" | "as")
                    && self.lower(k).ends_with("ed")
                {
                    continue;
                }
                // "Critics dismissed Ada Vale's accusation that the mayor played the “race
                // card”": a quotation inside what a possessor's noun of saying reports is the
                // possessor's, the nearest reporting source.
                // (A short clause: in "Rubio's claim that Cruz is in favor of legalizing
                // illegal immigrants is “simply not true”" the quotation is said of the claim.)
                if open_tok - k <= REPORTED_CLAUSE_WORDS {
                    if let Some(at) = self.possessor_reporting_at(k) {
                        return Some(at);
                    }
                }
                if self.is_cue_noun(k) && !introduces && !self.is_in_the_words_of(k) {
                    continue;
                }
                // "Continued Stone: “…”": an inverted cue that opens its sentence, its
                // speaker and a colon.
                let inverted_before_colon = || {
                    doc.is_sentence_initial(k)
                        && self.mention_at.at(k + 1).is_some_and(|m| {
                            let end = self.resolved.mentions[m].tokens.1;
                            end < n && self.word(end) == ":"
                        })
                };
                if self.cue_lemma(k).is_some_and(|l| {
                    introduces || !AFTER_QUOTE_ONLY.contains(&l) || inverted_before_colon()
                }) {
                    // A short quotation far from its cue is a partial quote only when a
                    // person or an organisation, by name or pronoun, says the sentence ("Key said he
                    // believes the flag has a “strong rationale”", "The Globe noted the
                    // protests had become a “national movement”"); otherwise it is a term.
                    // A characterisation is close however long its object: "described
                    // the evacuation of the town's residents as “orderly”".
                    let far = short
                        && open_tok - k > SHORT_QUOTE_CUE_DISTANCE
                        && !(self.word(open_tok - 1) == "as"
                            && self
                                .cue_lemma(k)
                                .is_some_and(|l| CHARACTERISING.contains(&l)));
                    // By pronoun only when its verb reports a clause: "She added, however,
                    // that …" (not "She pointed to tables with “pills”").
                    let reports_that =
                        (k + 1..(k + 5).min(open_tok)).any(|j| self.word(j) == "that");
                    // "Speaking to MSNBC's Morning Joe on Monday, Bush referred to Rubio as
                    // “…”": a participle opening the sentence shares the subject of its main
                    // clause, not the one it speaks to.
                    // (So does one after a word of time or manner: "After saying her foot
                    // was “so swollen …,” she was taken to hospital", whose subject follows.)
                    let opening_participle = self.lower(k).ends_with("ing")
                        && self.cue_lemma(k) != Some("according to")
                        && (doc.is_sentence_initial(k)
                            || (k > 0
                                && doc.is_sentence_initial(k - 1)
                                && PARTICIPLE_OPENERS.contains(&self.lower(k - 1).as_ref())));
                    if opening_participle {
                        // "In granting Judicial Watch a right to discovery, a federal judge
                        // determined that … a “reasonable suspicion”": the participle's clause
                        // ends before the quotation; the main clause's subject speaks.
                        let clause_comma =
                            (k + 1..open_tok).find(|&j| self.word(j) == "," && !self.quoted[j]);
                        if let Some(at) = clause_comma.and_then(|comma| {
                            self.clause_subject(comma + 1, open_tok, false, last_speaker)
                        }) {
                            return Some(at);
                        }
                        if let Some(at) = self
                            .acting_subject(open_tok, false, last_speaker)
                            .filter(|at| at.speaker.is_some())
                        {
                            return Some(at);
                        }
                        if let Some(at) =
                            self.subject_after_opening_clause(q, end_tok, last_speaker)
                        {
                            let (first, last) = self.cue_span(k);
                            return Some(Attribution {
                                cue: self.span_of((first, last)),
                                ..at
                            });
                        }
                    }
                    // "Obama is rolling out a new and more personal campaign message: “…”":
                    // a noun for what is said, heading the object before a colon, is the
                    // message of the sentence's subject.
                    if self.before_colon(k + 1) && self.object_noun(k) {
                        if let Some(at) = self.acting_subject(open_tok, false, last_speaker) {
                            return Some(at);
                        }
                    }
                    let at = self.speaker_of_cue(k, last_speaker);
                    // "what started as scattered protests had become a “movement”": the cue
                    // word is a noun; the verb of the sentence is further back. But "what
                    // epidemiologists call an “immunity gap”" names a term.
                    if at.is_some_and(|at| self.is_noun_cue(k, &at)) {
                        if self.cue_lemma(k) == Some("call") {
                            break;
                        }
                        continue;
                    }
                    if let Some(at) = at {
                        let named = at.speaker.is_some_and(|e| {
                            matches!(
                                self.resolved.entities[e].kind,
                                EntityType::Person | EntityType::Org
                            )
                        }) && at.named_by.is_some_and(|s| {
                            self.by_mention(s)
                                || (reports_that
                                    && is_pronoun(&self.lower(doc.token_at_or_after(s.start)))
                                        .is_some())
                        });
                        // PolNeAR's convention: a quotation inside reported speech is the
                        // source's, however short and far from the verb ("Pence said he
                        // could not “condone his remarks”"); an unnamed source stays unnamed
                        // and is reported by its description.
                        // (So is one referred to by a pronoun or a description: "The
                        // president told them he would consider it a “personal insult”".)
                        let by_reference = at.speaker.is_some()
                            && at.named_by.is_some_and(|s| !self.by_mention(s));
                        // "She says it underscores that Trump is “…”": a thing's verb
                        // inside reported speech; the source is the reporting clause's.
                        // So are other unnamed things ("history has shown", "the platform
                        // should reiterate"), but not people by description ("a man yelled",
                        // "the judge must weigh"): those speak for themselves.
                        let thing = at.speaker.is_none()
                            && at.named_by.is_some_and(|s| !self.describes_people(s));
                        if thing {
                            if let Some(outer) = self.outer_source(k, sentence, last_speaker) {
                                return Some(outer);
                            }
                            // (`The treaty signals “…” for the union, said Ada Vale.`; in
                            // the quotation's sentence, not the next.)
                            if q.close.is_some() && !new_sentence_after && end_tok < n {
                                if let Some(at) = self.final_reporting_clause(end_tok, last_speaker)
                                {
                                    return Some(at);
                                }
                            }
                        }
                        // "Rep. Steve Israel said Clinton called on members to be “…”": a
                        // source named right after a verb of saying (or its "that") is inside
                        // reported speech; the quotation is the reporting source's.
                        let reported_source = at.speaker.is_some()
                            && at.named_by.is_some_and(|s| {
                                let t = doc.token_at_or_after(s.start);
                                let reports = |k: usize| {
                                    self.cue_lemma(k)
                                        .is_some_and(|l| !lexicon::cue_takes_object(l))
                                };
                                (t > 0 && reports(t - 1))
                                    || (t > 1 && self.lower(t - 1) == "that" && reports(t - 2))
                            });
                        if reported_source {
                            if let Some(outer) = self.outer_source(k, sentence, last_speaker) {
                                return Some(outer);
                            }
                        }
                        if !far || named || by_reference || at.speaker.is_none() {
                            return Some(self.reported_by(at, end_tok.saturating_sub(1)));
                        }
                    } else if let Some(outer) = self.outer_source(k, sentence, last_speaker) {
                        // A verb whose subject speaks for no one ("Obama said he expected
                        // Americans will say “no”"): the reporting clause's source.
                        return Some(outer);
                    }
                    break;
                }
            }
        }
        // 2b. `Wes Streeting was blunt: “…”`: a quotation after a colon, with no reporting
        //     verb in its sentence, is said by the subject that opens that sentence.
        if open_tok > 0 && open_tok < n && self.word(open_tok - 1) == ":" {
            if let Some(at) = self.subject_opening_sentence(open_tok - 1, last_speaker) {
                return Some(at);
            }
            // 2c. `Republican pollster Daron Shaw: “…”`, `Continued Stone: “…”`: a person or
            //     an organisation named right before the colon introduces words of a
            //     sentence or more, as in a transcript.
            if let Some(at) = self.name_before_colon(open_tok - 1).filter(|_| !short) {
                return Some(at);
            }
        }
        // A signature after the quotation: `“…” Charles Bolden, NASA Administrator`,
        // `“…” - Matthew Ingram`.
        // A paragraph that continues a quotation keeps its speaker unless a cue follows at
        // once (rule 1): what comes later is about the next quotation.
        if q.continues_previous {
            return None;
        }
        // (The horizontal bar, U+2015, is the dash of an epigraph's attribution.)
        let dash_at = |k: usize| k < n && matches!(self.word(k), "-" | "—" | "–" | "―");
        // A quotation that fills its paragraph may be signed in the next one, as fact-checks
        // do: `"…"` then a paragraph `- Bernie Sanders.`; only by a dash.
        let signed_below = end_tok < n
            && doc.opens_paragraph(open_tok)
            && doc.opens_paragraph(end_tok)
            && dash_at(end_tok);
        if q.close.is_some()
            && end_tok < n
            && (doc.tokens[end_tok].paragraph == paragraph || signed_below)
        {
            let paragraph = doc.tokens[end_tok].paragraph;
            let mut k = end_tok;
            let dashed = dash_at(k);
            if dashed {
                k += 1;
                // A title before the name: `- President Ada Crane, tweeting`.
                while k < n && self.mention_at.at(k).is_none() && lexicon::is_title(&self.lower(k))
                {
                    k += 1;
                }
            }
            if let Some(m) = self.mention_at.at(k) {
                let mention = &self.resolved.mentions[m];
                let entity = mention.entity;
                let after = mention.tokens.1;
                let ends = after >= n
                    || doc.tokens[after].paragraph != paragraph
                    || matches!(self.word(after), "," | "(")
                    || (dashed && self.word(after) == ".");
                let own_sentence =
                    doc.tokens[end_tok].sentence != doc.tokens[open_tok.min(n - 1)].sentence;
                if mention.tokens.0 == k
                    && ends
                    && self.resolved.entities[entity].kind == EntityType::Person
                    && (dashed || own_sentence)
                {
                    return Some(Attribution {
                        speaker: Some(entity),
                        named_by: Some(self.span_of(mention.tokens)),
                        cue: Span::new(0, 0),
                    });
                }
            }
            // `“…” Anonymous blogger, “…”`: a paragraph's quotation signed by a description
            // alone (a capitalised word and at most two more, then the paragraph's end or a
            // comma and the quoted title of the work), a source with no name. (Not `“…”
            // Officials, however, said …`.)
            let stop =
                |j: usize| j >= n || doc.tokens[j].paragraph != paragraph || self.word(j) == ",";
            // (The dash may end the text.)
            if let Some(end) = (k + 1..k + 4).find(|&j| stop(j)).filter(|_| k < n) {
                let words = (k..end).all(|j| {
                    doc.tokens[j].kind == TokenKind::Word
                        && self.mention_at.at(j).is_none()
                        && !self.quoted[j]
                });
                let signs = stop(end)
                    && (end >= n
                        || self.word(end) != ","
                        || self.quoted.get(end + 1) == Some(&true));
                if words
                    && signs
                    && doc.opens_paragraph(open_tok)
                    && self.word(k).starts_with(char::is_uppercase)
                    && self.head_could_speak(k, end)
                    && self.plausible_description((k, end))
                {
                    return Some(Attribution {
                        speaker: None,
                        named_by: Some(self.span_of((k, end))),
                        cue: Span::new(0, 0),
                    });
                }
            }
        }
        // 3. A quotation inside a sentence that ends with its reporting clause after a
        //    comma: `The FBI made a “mistake” in the check, Comey has said.`, `… signals “the
        //    beginning of the end” for the union, said Geert Wilders.` (past other
        //    quotations of the same sentence).
        if q.close.is_some() && !new_sentence_after && end_tok < n {
            if let Some(at) = self.final_reporting_clause(end_tok, last_speaker) {
                return Some(at);
            }
        }
        // 3b. Else a cue later in the sentence: `“…” The words came from X, who said …`; in
        //    a new sentence only when it names its subject (not `“… politicians.” His comments
        //    came after being asked`).
        if q.close.is_some() && !short {
            let mut k = end_tok;
            let mut steps = 0;
            while k < n
                && steps < AFTER_WINDOW
                && doc.tokens[k].paragraph == paragraph
                && !self.quoted[k]
            {
                if self.cue_lemma(k).is_some() {
                    if let Some(at) = self
                        .speaker_of_cue(k, last_speaker)
                        .filter(|at| at.speaker.is_some() || !new_sentence_after)
                    {
                        return Some(at);
                    }
                    break;
                }
                if is_terminator(self.word(k)) && steps > 0 {
                    break;
                }
                k += 1;
                steps += 1;
            }
        }
        None
    }

    /// The reporting clause that ends the sentence of token `from`, after a comma, with a
    /// person or an organisation by name: `…, Comey has said.`, `…, said the bureau's
    /// director, James Comey, on Monday.`
    fn final_reporting_clause(
        &self,
        from: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let sentence = doc.tokens[from].sentence;
        let (_, end) = doc.sentences[sentence];
        // (The first verb of saying that makes such a clause: "“…,” and donations began to
        // pick up, Gilbert said.")
        (from..end.min(n).min(from + BEFORE_WINDOW * 2))
            .filter(|&k| !self.quoted[k])
            .filter(|&k| self.cue_lemma(k).is_some())
            .take(3)
            .find_map(|cue| self.reporting_clause_at(from, cue, last_speaker))
    }

    /// The reporting clause of the cue at token `cue`, after a comma that follows token
    /// `from` (see [`Self::final_reporting_clause`]).
    fn reporting_clause_at(
        &self,
        from: usize,
        cue: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let (first, last) = self.cue_span(cue);
        // `…, said Wilders.`: the verb after the comma inverts, whatever stands before the
        // comma (`“…” for Clinton, said Kunin`).
        if first > from
            && self.word(first - 1) == ","
            && !lexicon::cue_takes_object(self.cue_lemma(cue).unwrap_or(""))
        {
            if let Some((Some(e), span)) = self.name_after(last) {
                // (Right after the verb, or after a role: not `said when Boyle asked`.)
                let start = doc.token_at_or_after(span.start);
                let role = (last..start).all(|k| {
                    let l = self.lower(k);
                    doc.tokens[k].kind == TokenKind::Word
                        && !CLAUSE_CONJUNCTIONS.contains(&l.as_ref())
                        && !SUBORDINATORS.contains(&l.as_ref())
                        && !matches!(l.as_ref(), "when" | "who" | "that" | "which" | "to")
                });
                if role
                    && matches!(
                        self.resolved.entities[e].kind,
                        EntityType::Person | EntityType::Org
                    )
                {
                    return Some(Attribution {
                        speaker: Some(e),
                        named_by: Some(span),
                        cue: self.span_of((first, last)),
                    });
                }
            }
        }
        let at = self.speaker_of_cue(cue, last_speaker)?;
        let speaker = at.speaker?;
        if !matches!(
            self.resolved.entities[speaker].kind,
            EntityType::Person | EntityType::Org
        ) {
            return None;
        }
        let named = at.named_by?;
        let (a, b) = (
            doc.token_at_or_after(named.start),
            doc.token_at_or_after(named.end),
        );
        // `…, Comey said` (the subject right after the comma, up to the cue) or `…, said
        // Wilders` (the cue right after the comma, the name after it).
        // (A role may stand before the name: "…, DFA spokesman Neil Sroka said".)
        let comma = (a.saturating_sub(ROLE_BEFORE_NAME)..a)
            .rev()
            .take_while(|&k| {
                let l = self.lower(k);
                k >= from
                    && (self.word(k) == ","
                        || (doc.tokens[k].kind == TokenKind::Word
                            && self.cue_lemma(k).is_none()
                            && !is_verb_form(&l)
                            && !CLAUSE_CONJUNCTIONS.contains(&l.as_ref())
                            && !SUBORDINATORS.contains(&l.as_ref())
                            && !matches!(l.as_ref(), "which" | "who" | "whom" | "that" | "what")))
            })
            .find(|&k| self.word(k) == ",");
        // (A pronoun only right after the comma: not "…, which he said".)
        let role = comma.is_some_and(|c| c + 1 < a);
        let pronoun = is_pronoun(&self.lower(a)).is_some();
        let subject_after_comma = b <= first
            && a > from
            && !(role && pronoun)
            && comma.is_some_and(|c| (c + 1..a).all(|k| self.word(k) != ","))
            && (b..first).all(|k| {
                let l = self.lower(k);
                SKIPPABLE.contains(&l.as_ref()) || ADVERBS.contains(&l.as_ref())
            });
        let inverted = a >= last && first > from && self.word(first - 1) == ",";
        (subject_after_comma || inverted).then_some(at)
    }

    /// PolNeAR's convention for reported reports: `“…,” Vale said, according to CNN.` is
    /// CNN's, the named source that the sentence's words come from, when "according to" and
    /// a person or an organisation by name follow in the sentence after token `from` (the
    /// cue or the closing mark), or a report after a comma ("…, reports USA Today", "…, the
    /// Times reported"); else `at`. An unnamed report ("according to a transcript") leaves
    /// `at` as it is.
    fn reported_by(&self, at: Attribution, from: usize) -> Attribution {
        let doc = self.doc;
        let n = doc.tokens.len();
        if at.speaker.is_none() || from >= n {
            return at;
        }
        let sentence = doc.tokens[from].sentence;
        let speaks = |e: usize| {
            matches!(
                self.resolved.entities[e].kind,
                EntityType::Person | EntityType::Org
            ) && Some(e) != at.speaker
        };
        for j in (from + 1..(from + AFTER_WINDOW).min(n))
            .take_while(|&j| doc.tokens[j].sentence == sentence && !self.quoted[j])
        {
            let lemma = self.cue_lemma(j);
            // "…, according to CNN", "…, reports USA Today": the source after its verb.
            let after = match lemma {
                Some("according to") => Some(j + 2),
                Some("report") if self.word(j - 1) == "," => Some(j + 1),
                _ => None,
            };
            if let Some(after) = after {
                if let Some((Some(e), span)) = self
                    .name_after(after)
                    .filter(|&(e, _)| e.is_some_and(speaks))
                {
                    return Attribution {
                        speaker: Some(e),
                        named_by: Some(span),
                        cue: self.span_of(self.cue_span(j)),
                    };
                }
                return at;
            }
            // "…, the Times reported.": the source before its verb, after a comma.
            if lemma == Some("report") {
                let reporter = self
                    .speaker_mention_ending_at(j - 1)
                    .filter(|&(e, (a, _))| {
                        let a = if a > 0 && self.lower(a - 1) == "the" {
                            a - 1
                        } else {
                            a
                        };
                        speaks(e) && a > 0 && self.word(a - 1) == ","
                    });
                if let Some((e, tokens)) = reporter {
                    return Attribution {
                        speaker: Some(e),
                        named_by: Some(self.span_of(tokens)),
                        cue: self.span_of(self.cue_span(j)),
                    };
                }
                return at;
            }
        }
        at
    }

    /// Does the noun phrase at `span` describe people, by its head noun (the word before
    /// "of" if any: "the 34-year-old mother of three")?
    fn describes_people(&self, span: Span) -> bool {
        let doc = self.doc;
        let (a, b) = (
            doc.token_at_or_after(span.start),
            doc.token_at_or_after(span.end),
        );
        let head = (a + 1..b)
            .find(|&k| self.lower(k) == "of")
            .map_or(b.saturating_sub(1), |of| of - 1);
        self.names_people(head)
    }

    /// Does the noun at token `head` name people: a title or role ("the judge", "officials"),
    /// or a common noun for people ("a man", "his wife", "sources familiar")?
    pub(super) fn names_people(&self, head: usize) -> bool {
        let l = self.lower(head);
        let singular = l.strip_suffix('s').unwrap_or(&l);
        lexicon::is_title(&l)
            || lexicon::is_title(singular)
            || PEOPLE_NOUNS.contains(&l.as_ref())
            || PEOPLE_NOUNS.contains(&singular)
    }

    /// The source of a reporting clause that encloses the cue at token `inner` in the same
    /// sentence: the nearest earlier cue whose subject is named or a person by pronoun.
    fn outer_source(
        &self,
        inner: usize,
        sentence: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let start = doc.sentences[sentence].0;
        let k = (start..inner)
            .rev()
            .take_while(|&k| !self.quoted[k])
            .find(|&k| self.cue_lemma(k).is_some())?;
        self.speaker_of_cue(k, last_speaker)
            .filter(|at| at.speaker.is_some())
    }

    /// Does a colon stand at token `k`, or after a name's complement there ("a blunt message
    /// to Trump:")?
    fn before_colon(&self, k: usize) -> bool {
        let word = |j: usize| self.doc.tokens.get(j).map(|t| t.span.of(self.doc.text));
        match word(k) {
            Some(":") => true,
            Some("to" | "for") => self
                .mention_at
                .at(k + 1)
                .is_some_and(|m| word(self.resolved.mentions[m].tokens.1) == Some(":")),
            _ => false,
        }
    }

    /// Is the cue word at token `k` in its base form the head of an object opened by "a" or
    /// "an" a few words before, inside its sentence ("had a simple message", "is rolling out
    /// a new campaign message")? ("A spokesman says" is a verb; so are "a source did not
    /// comment" and "a chance to respond", whose words between hold a verb.)
    fn object_noun(&self, k: usize) -> bool {
        let doc = self.doc;
        if self.cue_lemma(k) != Some(self.lower(k).as_ref()) {
            return false;
        }
        let article = (k.saturating_sub(DETERMINER_REACH)..k)
            .rev()
            .take_while(|&j| {
                let l = self.lower(j);
                doc.tokens[j].kind == TokenKind::Word
                    && !self.quoted[j]
                    && !is_verb_form(&l)
                    && !is_past_or_modal(&l)
                    && !matches!(l.as_ref(), "to" | "not" | "that" | "who" | "which")
            })
            .find(|&j| matches!(self.lower(j).as_ref(), "a" | "an"));
        article.is_some_and(|a| !doc.is_sentence_initial(a))
    }

    /// Is the cue word at token `cue`, whose subject gave `at`, a noun rather than a verb?
    /// So it is when the unnamed "subject" holds or follows a preposition ("as scattered
    /// protests", "with a few posts") or is the "what" of a free relative ("what began").
    /// A participle stays a verb: "with analysts warning of “a long winter”".
    fn is_noun_cue(&self, cue: usize, at: &Attribution) -> bool {
        let doc = self.doc;
        let Some(span) = at.named_by.filter(|_| at.speaker.is_none()) else {
            return false;
        };
        if self.lower(cue).ends_with("ing") {
            return false;
        }
        let first = doc.token_at_or_after(span.start);
        let from = first
            .checked_sub(1)
            .filter(|&p| doc.tokens[p].sentence == doc.tokens[cue].sentence)
            .unwrap_or(first);
        // ("As one aide said, “…”", "As one aide put it, “…”": an "as" opening the sentence
        // opens a clause of its own that introduces the quotation.)
        let as_clause = doc.is_sentence_initial(from)
            && self.lower(from) == "as"
            && (cue + 1..(cue + 5).min(doc.tokens.len() - 1))
                .find(|&j| self.word(j) == ",")
                .is_some_and(|comma| self.quoted[comma + 1]);
        let from = from + usize::from(as_clause);
        // (A preposition before a name is the complement of the subject's noun: "a
        // spokeswoman for Tom Reyes said".)
        // ("a spokesman for the mayor said", "a source familiar with his plans said": nor
        // before an article or a possessive.)
        (from..doc.token_at_or_after(span.end)).any(|j| {
            NOT_IN_SUBJECT.contains(&self.lower(j).as_ref())
                && !(j > first
                    && j + 1 < doc.tokens.len()
                    && (self.mention_at.at(j + 1).is_some()
                        || matches!(
                            self.lower(j + 1).as_ref(),
                            "a" | "an" | "the" | "his" | "her" | "their" | "its"
                        )))
        })
    }

    /// Rules 4 and 5, weaker than a continued quotation: a cue in the sentence before or
    /// after the quotation's own.
    pub(super) fn attribute_nearby(
        &self,
        q: &QuoteMarks,
        open_tok: usize,
        end_tok: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let short = is_short(doc, q);
        let paragraph = doc.tokens.get(open_tok.min(n.saturating_sub(1)))?.paragraph;
        // 4. A quotation that opens a sentence, introduced by the sentence before:
        //    `Heald noted the findings show … . “An air-quality cleanup …”`, or by the end of
        //    the paragraph before: `Obama tweeted using his account:` ¶ `“Cool clock …”`.
        if !short && open_tok + 1 < n && doc.is_sentence_initial(open_tok + 1) {
            if let Some(at) = self.previous_sentence_cue(open_tok, last_speaker) {
                return Some(at);
            }
        }
        // 6. The person the sentence before is about, by pronoun: `Why did she want to
        //    attend? “It's Warhol.”`
        if !short && open_tok + 1 < n && doc.is_sentence_initial(open_tok + 1) {
            if let Some(at) = self.previous_sentence_pronoun(open_tok, last_speaker) {
                return Some(at);
            }
        }
        // 5. Named in the next sentence: `“…” Cornyn's statement added, “…”`. (Not for a
        //    quotation inside a sentence of its own subject: "He appealed for aid to reach
        //    Gaza “without delay.” Bruni said …".)
        let ends_paragraph = end_tok < n && doc.tokens[end_tok].paragraph == paragraph + 1;
        if !short
            && open_tok + 1 < n
            && doc.is_sentence_initial(open_tok + 1)
            && q.close.is_some()
            && end_tok < n
            && (doc.tokens[end_tok].paragraph == paragraph || ends_paragraph)
        {
            let sentence = doc.tokens[end_tok].sentence;
            let (start, end) = doc.sentences[sentence];
            if start == end_tok {
                return (start..end.min(start + NEXT_SENTENCE_CUE))
                    .take_while(|&k| !self.quoted[k])
                    .filter(|&k| self.cue_lemma(k).is_some())
                    .find_map(|k| {
                        self.speaker_of_cue(k, last_speaker)
                            .filter(|at| at.speaker.is_some())
                    });
            }
        }
        None
    }

    /// Does the quotation opening at token `open_tok` stand in a clause of time, cause or
    /// condition that opens its sentence, a cue before it (`When Trump said he would “…,”
    /// the crowd applauded`)? Then the main clause after it is no reporting clause of it.
    fn in_opening_clause(&self, open_tok: usize) -> bool {
        let doc = self.doc;
        let Some(at) = doc.tokens.get(open_tok) else {
            return false;
        };
        let (start, _) = doc.sentences[at.sentence];
        let Some(first) = (start..open_tok).find(|&k| doc.tokens[k].kind != TokenKind::Punct)
        else {
            return false;
        };
        SUBORDINATORS.contains(&self.lower(first).as_ref())
            && (first + 1..open_tok).all(|k| self.quoted[k] || self.word(k) != ",")
            && (first + 1..open_tok).any(|k| self.cue_lemma(k).is_some())
    }

    /// The possessor of a noun for what is said at token `k` whose "that" clause follows
    /// ("Ada Vale's accusation that", "Reyes's most explosive claim that"): a person or an
    /// organisation, before at most a few lower-case words.
    fn possessor_reporting_at(&self, k: usize) -> Option<Attribution> {
        /// Words between the possessive mark and the noun ("most explosive").
        const MODIFIERS: usize = 3;
        if k + 1 >= self.doc.tokens.len()
            || self.lower(k + 1) != "that"
            || !lexicon::is_source_noun(&self.lower(k))
        {
            return None;
        }
        // (Modifiers, not a verb: "Grayson's spokeswoman challenged the assertion that".)
        let modifier = |j: usize| {
            self.word(j).starts_with(char::is_lowercase)
                && self.cue_lemma(j).is_none()
                && !DETERMINERS.contains(&self.lower(j).as_ref())
        };
        let mark = (k.saturating_sub(MODIFIERS + 1)..k)
            .rev()
            .take_while(|&j| self.possessive_mark(j) || modifier(j))
            .find(|&j| self.possessive_mark(j))?;
        let (entity, tokens) = self.speaker_mention_ending_at(mark.checked_sub(1)?)?;
        Some(Attribution {
            speaker: Some(entity),
            named_by: Some(self.span_of(tokens)),
            cue: self.doc.tokens[k].span,
        })
    }

    /// Is the cue word at token `k` a noun by what stands before it: a possessive or a
    /// determiner ("called Mr. Obama's remarks “…”", "the claims"), "of" or a people's
    /// adjective ("32% of Republican claims")? The verb of its sentence is elsewhere.
    pub(super) fn is_cue_noun(&self, k: usize) -> bool {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        let adjective = self.mention_at.at(before).is_some_and(|m| {
            let e = self.resolved.mentions[m].entity;
            self.resolved.entities[e].kind == EntityType::Norp
        });
        // ("in a Facebook post": a name after an indefinite article modifies the noun.)
        let modified = self.mention_at.at(before).is_some_and(|m| {
            let first = self.resolved.mentions[m].tokens.0;
            first > 0 && matches!(self.lower(first - 1).as_ref(), "a" | "an")
        });
        let possessive = is_possessive_s(self.word(before)) && !self.is_contracted_verb(before);
        adjective
            || modified
            || possessive
            || matches!(
                self.lower(before).as_ref(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "of"
            )
    }
}
