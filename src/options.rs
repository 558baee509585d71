//! What an embedding site can ask for beyond [`crate::extract`]: names it wants recognised
//! and which entity types to report.
//!
//! Takes the text and [`Options`]; gives an [`Analysis`] in the same form as `extract`
//! (entities in order of first mention, `entities[i].id == i`, mentions in text order).
//! Extra names are found by exact, case-sensitive matching on word boundaries and win over
//! the extractor's mentions they overlap; an extracted entity whose name is one of the extra
//! forms, or all of whose mentions were taken over, is merged into the extra entity (its
//! remaining mentions, and the quotations it was credited with, go with it).

use crate::analysis::{sort_by_span, Analysis, Entity, EntityType, Span};

/// A name a site wants recognised: its canonical form, its type and other forms of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraName {
    pub name: String,
    pub kind: EntityType,
    pub aliases: Vec<String>,
}

/// Options to [`extract_with`]. The default reports what [`crate::extract`] reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The entity types to report; `None` reports every type. Quotations whose speaker is of
    /// a type left out keep their `speaker_mention` but lose their `speaker`.
    pub types: Option<Vec<EntityType>>,
    /// Extra names, recognised wherever they occur as whole words.
    pub names: Vec<ExtraName>,
}

/// [`crate::extract`], then [`apply`] the options.
pub fn extract_with(text: &str, options: &Options) -> Analysis {
    apply(text, crate::extract(text), options)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every whole-word occurrence of `form` in `text`: a form that starts (ends) with a letter or
/// digit must not be preceded (followed) by one. Case-sensitive; empty forms match nothing.
pub fn find_whole_words(text: &str, form: &str) -> Vec<Span> {
    let (Some(first), Some(last)) = (form.chars().next(), form.chars().next_back()) else {
        return Vec::new();
    };
    // Each place the form starts, left to right and not overlapping, as `match_indices`
    // finds them. (A plain scan: that searcher costs the bundle a kilobyte, and a name is
    // short, so the work stays within the text's length times the name's.) The form's first
    // byte starts a character, so every place found is on a character boundary.
    let (bytes, pattern) = (text.as_bytes(), form.as_bytes());
    let whole = |i: usize| {
        let before = text[..i].chars().next_back();
        let after = text[i + form.len()..].chars().next();
        let joined_before = is_word_char(first) && before.is_some_and(is_word_char);
        let joined_after = is_word_char(last) && after.is_some_and(is_word_char);
        !(joined_before || joined_after)
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(pattern) {
            if whole(i) {
                found.push(Span::new(i, i + form.len()));
            }
            i += pattern.len();
        } else {
            i += 1;
        }
    }
    found
}

/// Where each extra name is mentioned: `(span, index into options.names)`, non-overlapping,
/// in text order; at one place the longer form wins, then the earlier name.
fn extra_matches(text: &str, names: &[ExtraName]) -> Vec<(Span, usize)> {
    let mut all: Vec<(Span, usize)> = Vec::new();
    for (x, extra) in names.iter().enumerate() {
        for form in std::iter::once(&extra.name).chain(&extra.aliases) {
            all.extend(find_whole_words(text, form).into_iter().map(|s| (s, x)));
        }
    }
    // (Names in order, so a tie goes to the first name given.)
    sort_by_span(&mut all);
    let mut kept: Vec<(Span, usize)> = Vec::with_capacity(all.len());
    for (s, x) in all {
        if kept.last().is_none_or(|(k, _)| k.end <= s.start) {
            kept.push((s, x));
        }
    }
    kept
}

/// Where an entity of the result comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Origin {
    Extracted(usize),
    Extra(usize),
}

/// Adds the extra names of `options` to `analysis` of `text` and keeps only the types asked
/// for. See the module documentation for how extra names merge with extracted entities.
pub fn apply(text: &str, analysis: Analysis, options: &Options) -> Analysis {
    let Analysis {
        entities,
        mut quotes,
    } = analysis;
    let matches = extra_matches(text, &options.names);
    let overlapping = |s: Span| -> Option<usize> {
        // The match overlapping `s`, by binary search over the sorted, disjoint matches.
        let i = matches.partition_point(|(m, _)| m.end <= s.start);
        matches
            .get(i)
            .filter(|(m, _)| m.start < s.end && s.start < m.end)
            .map(|&(_, x)| x)
    };

    // Each extracted entity either stays (with the mentions no extra name took over) or
    // merges into an extra name.
    let mut target: Vec<Origin> = Vec::with_capacity(entities.len());
    let mut kept_mentions: Vec<Vec<Span>> = Vec::with_capacity(entities.len());
    for e in &entities {
        let mut taken_by: Vec<usize> = Vec::new();
        let mut rest: Vec<Span> = Vec::new();
        for &m in &e.mentions {
            match overlapping(m) {
                Some(x) => taken_by.push(x),
                None => rest.push(m),
            }
        }
        let by_name = options
            .names
            .iter()
            .position(|x| x.name == e.name || x.aliases.contains(&e.name));
        let merge = by_name.or_else(|| {
            if rest.is_empty() && !taken_by.is_empty() {
                // The extra name that took over most of its mentions (the first on a tie).
                crate::analysis::sort_numbers(&mut taken_by);
                let mut best = (0, taken_by[0]);
                let mut i = 0;
                while i < taken_by.len() {
                    let j = i + taken_by[i..]
                        .iter()
                        .take_while(|&&x| x == taken_by[i])
                        .count();
                    if j - i > best.0 {
                        best = (j - i, taken_by[i]);
                    }
                    i = j;
                }
                Some(best.1)
            } else {
                None
            }
        });
        target.push(match merge {
            Some(x) => Origin::Extra(x),
            None => Origin::Extracted(e.id),
        });
        kept_mentions.push(rest);
    }

    // Gather mentions per result entity.
    let mut extra_mentions: Vec<Vec<Span>> = vec![Vec::new(); options.names.len()];
    for &(s, x) in &matches {
        extra_mentions[x].push(s);
    }
    let mut groups: Vec<(Origin, Vec<Span>)> = Vec::new();
    for (i, rest) in kept_mentions.into_iter().enumerate() {
        match target[i] {
            Origin::Extra(x) => extra_mentions[x].extend(rest),
            o @ Origin::Extracted(_) => groups.push((o, rest)),
        }
    }
    for (x, ms) in extra_mentions.into_iter().enumerate() {
        groups.push((Origin::Extra(x), ms));
    }
    for (_, ms) in &mut groups {
        let mut keyed: Vec<(Span, ())> = ms.drain(..).map(|s| (s, ())).collect();
        sort_by_span(&mut keyed);
        ms.extend(keyed.into_iter().map(|(s, ())| s));
        ms.dedup();
    }

    let wanted = |k: EntityType| options.types.as_ref().is_none_or(|t| t.contains(&k));
    let kind_of = |o: Origin| match o {
        Origin::Extracted(i) => entities[i].kind,
        Origin::Extra(x) => options.names[x].kind,
    };
    groups.retain(|(o, ms)| !ms.is_empty() && wanted(kind_of(*o)));
    let mut keyed: Vec<(Span, _)> = groups.drain(..).map(|g| (g.1[0], g)).collect();
    sort_by_span(&mut keyed);
    groups.extend(keyed.into_iter().map(|(_, g)| g));

    // New ids, and where each old id and extra name went.
    let mut new_extracted: Vec<Option<usize>> = vec![None; entities.len()];
    let mut new_extra: Vec<Option<usize>> = vec![None; options.names.len()];
    for (id, (o, _)) in groups.iter().enumerate() {
        match *o {
            Origin::Extracted(i) => new_extracted[i] = Some(id),
            Origin::Extra(x) => new_extra[x] = Some(id),
        }
    }
    for q in &mut quotes {
        let named_by_extra = q.speaker_mention.and_then(|sm| {
            let i = matches.partition_point(|(m, _)| m.end <= sm.start);
            matches
                .get(i)
                .filter(|(m, _)| m.contains(sm))
                .map(|&(_, x)| x)
        });
        q.speaker = match named_by_extra {
            Some(x) => new_extra[x],
            None => q.speaker.and_then(|s| match target.get(s)? {
                Origin::Extracted(i) => new_extracted[*i],
                Origin::Extra(x) => new_extra[*x],
            }),
        };
    }
    let entities = groups
        .into_iter()
        .enumerate()
        .map(|(id, (o, mentions))| {
            let (kind, name) = match o {
                Origin::Extracted(i) => (entities[i].kind, entities[i].name.clone()),
                Origin::Extra(x) => (options.names[x].kind, options.names[x].name.clone()),
            };
            Entity {
                id,
                kind,
                name,
                mentions,
            }
        })
        .collect();
    Analysis { entities, quotes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Quote;

    fn sp(text: &str, needle: &str, nth: usize) -> Span {
        let (i, _) = text.match_indices(needle).nth(nth).expect("needle");
        Span::new(i, i + needle.len())
    }

    fn extra(name: &str, kind: EntityType, aliases: &[&str]) -> ExtraName {
        ExtraName {
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        }
    }

    fn check_invariants(a: &Analysis) {
        for (i, e) in a.entities.iter().enumerate() {
            assert_eq!(e.id, i);
            assert!(!e.mentions.is_empty());
            assert!(
                e.mentions.windows(2).all(|w| w[0].end <= w[1].start),
                "{e:?}"
            );
        }
        assert!(a
            .entities
            .windows(2)
            .all(|w| w[0].mentions[0] < w[1].mentions[0]));
        for q in &a.quotes {
            assert!(q.speaker.is_none_or(|s| s < a.entities.len()));
        }
    }

    #[test]
    fn whole_words_only() {
        let text = "Acme, Acmeville and US-Acme; U.S. and U.S.A. _Acme";
        assert_eq!(find_whole_words(text, "Acme").len(), 2);
        assert_eq!(find_whole_words(text, "U.S.").len(), 2);
        assert!(find_whole_words(text, "").is_empty());
        assert_eq!(
            find_whole_words("Ünited Über", "Über"),
            vec![Span::new(8, 13)]
        );
        assert!(find_whole_words("xÜber", "Über").is_empty());
    }

    #[test]
    fn default_options_change_nothing() {
        let text = "Acme said “hello”.";
        let a = Analysis {
            entities: vec![Entity {
                id: 0,
                kind: EntityType::Org,
                name: "Acme".into(),
                mentions: vec![sp(text, "Acme", 0)],
            }],
            quotes: vec![Quote {
                span: sp(text, "hello", 0),
                speaker: Some(0),
                speaker_mention: Some(sp(text, "Acme", 0)),
                cue: None,
            }],
        };
        assert_eq!(apply(text, a.clone(), &Options::default()), a);
    }

    #[test]
    fn extra_names_merge_with_extracted_entities() {
        let text =
            "Globex chief Hank Scorpio spoke. Scorpio said “hi”. Later Globex Corp and Paris.";
        let a = Analysis {
            entities: vec![
                // The extractor took "Globex" for a place and found Scorpio under his full name.
                Entity {
                    id: 0,
                    kind: EntityType::Gpe,
                    name: "Globex".into(),
                    mentions: vec![sp(text, "Globex", 0)],
                },
                Entity {
                    id: 1,
                    kind: EntityType::Person,
                    name: "Hank Scorpio".into(),
                    mentions: vec![sp(text, "Hank Scorpio", 0), sp(text, "Scorpio", 1)],
                },
                Entity {
                    id: 2,
                    kind: EntityType::Gpe,
                    name: "Paris".into(),
                    mentions: vec![sp(text, "Paris", 0)],
                },
            ],
            quotes: vec![Quote {
                span: sp(text, "hi", 0),
                speaker: Some(1),
                speaker_mention: Some(sp(text, "Scorpio", 1)),
                cue: None,
            }],
        };
        let options = Options {
            types: None,
            names: vec![
                extra(
                    "Globex Corporation",
                    EntityType::Org,
                    &["Globex", "Globex Corp"],
                ),
                extra("Hank Scorpio", EntityType::Person, &["Scorpio"]),
                extra("Nowhere", EntityType::Loc, &[]),
            ],
        };
        let out = apply(text, a, &options);
        check_invariants(&out);
        let names: Vec<(&str, EntityType, usize)> = out
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind, e.mentions.len()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("Globex Corporation", EntityType::Org, 2),
                ("Hank Scorpio", EntityType::Person, 2),
                ("Paris", EntityType::Gpe, 1),
            ]
        );
        assert_eq!(out.entities[0].mentions[1], sp(text, "Globex Corp", 0));
        assert_eq!(out.quotes[0].speaker, Some(1));
    }

    #[test]
    fn type_filter_drops_entities_and_their_speaker_links() {
        let text = "Acme met Bob in Rome. Bob said “yes”.";
        let a = Analysis {
            entities: vec![
                Entity {
                    id: 0,
                    kind: EntityType::Org,
                    name: "Acme".into(),
                    mentions: vec![sp(text, "Acme", 0)],
                },
                Entity {
                    id: 1,
                    kind: EntityType::Person,
                    name: "Bob".into(),
                    mentions: vec![sp(text, "Bob", 0), sp(text, "Bob", 1)],
                },
                Entity {
                    id: 2,
                    kind: EntityType::Gpe,
                    name: "Rome".into(),
                    mentions: vec![sp(text, "Rome", 0)],
                },
            ],
            quotes: vec![Quote {
                span: sp(text, "yes", 0),
                speaker: Some(1),
                speaker_mention: Some(sp(text, "Bob", 1)),
                cue: None,
            }],
        };
        let gpe_only = Options {
            types: Some(vec![EntityType::Gpe]),
            names: vec![],
        };
        let out = apply(text, a.clone(), &gpe_only);
        check_invariants(&out);
        assert_eq!(out.entities.len(), 1);
        assert_eq!(out.entities[0].name, "Rome");
        assert_eq!(out.quotes[0].speaker, None);
        assert!(out.quotes[0].speaker_mention.is_some());

        let people = Options {
            types: Some(vec![EntityType::Person]),
            names: vec![],
        };
        let out = apply(text, a, &people);
        check_invariants(&out);
        assert_eq!(out.quotes[0].speaker, Some(0));
    }

    #[test]
    fn extract_with_finds_extra_names_in_real_extraction() {
        let text = "Zorblat Inc. said on Monday that Zorblat would hire 30 people.";
        let options = Options {
            types: None,
            names: vec![extra("Zorblat Inc.", EntityType::Org, &["Zorblat"])],
        };
        let out = extract_with(text, &options);
        check_invariants(&out);
        let z = out
            .entities
            .iter()
            .find(|e| e.name == "Zorblat Inc.")
            .expect("extra name found");
        assert_eq!(z.kind, EntityType::Org);
        assert_eq!(
            z.mentions,
            vec![sp(text, "Zorblat Inc.", 0), sp(text, "Zorblat", 1)]
        );
        // No other entity claims those words.
        for e in &out.entities {
            if e.id != z.id {
                assert!(e
                    .mentions
                    .iter()
                    .all(|m| z.mentions.iter().all(|zm| zm.overlap(*m) == 0)));
            }
        }
    }
}
