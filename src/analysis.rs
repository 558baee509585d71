//! The result of an extraction, in byte offsets into the analysed `&str`.
//!
//! Takes nothing; gives the plain types every stage fills in and every edge (CLI, JSON,
//! WebAssembly, evaluation) reads. Offsets here are always UTF-8 byte offsets; the edges
//! convert them once, through [`crate::offsets`].

use std::fmt;

/// A half-open byte range `[start, end)` of the analysed text, on character boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Sorts `items` by where their spans start, the longer of two first, and otherwise keeps
/// their order.
pub fn sort_by_span<T>(items: &mut Vec<(Span, T)>) {
    sort_by_pair(items, |(s, _)| (s.start, usize::MAX - s.end));
}

/// Sorts `items` by `key`, keeping the order of equal keys. Every sort in the crate goes
/// through here: whatever `T` is, the sort itself runs on plain integer keys,
/// so its code is compiled once (each element type or key closure sorted with the standard
/// sorts would add kilobytes to the WebAssembly bundle).
pub fn sort_by_pair<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (usize, usize)) {
    let mut keys: Vec<(usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (a, b) = key(item);
            (a, b, i)
        })
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keys.iter().filter_map(|&(.., i)| slots[i].take()));
}

/// Sorts plain numbers (positions, feature indices) through the same code as
/// [`sort_by_pair`].
pub fn sort_numbers<T: Copy + Into<usize>>(items: &mut Vec<T>) {
    sort_by_pair(items, |&x| (x.into(), 0));
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlap(&self, other: Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }

    /// The first occurrence of `needle` in `text`, which the test says is there.
    #[cfg(test)]
    pub(crate) fn first(text: &str, needle: &str) -> Span {
        Span::find(text, needle).expect("needle in text")
    }

    /// The span of the first occurrence of `needle` in `text`.
    pub fn find(text: &str, needle: &str) -> Option<Span> {
        text.find(needle).map(|s| Span::new(s, s + needle.len()))
    }
}

/// Entity types, named as in OntoNotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Fac,
    Norp,
    Event,
    Date,
    Time,
    Money,
    Percent,
}

impl EntityType {
    pub const ALL: [EntityType; 11] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Gpe,
        EntityType::Loc,
        EntityType::Fac,
        EntityType::Norp,
        EntityType::Event,
        EntityType::Date,
        EntityType::Time,
        EntityType::Money,
        EntityType::Percent,
    ];

    /// The OntoNotes label: `PERSON`, `ORG`, `GPE`, …
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Date => "DATE",
            EntityType::Time => "TIME",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
        }
    }

    pub fn from_label(label: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.label() == label)
    }

    /// People and organisations can say things; places only through metonymy.
    pub fn can_speak(self) -> bool {
        matches!(self, EntityType::Person | EntityType::Org | EntityType::Gpe)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One thing the article names, with every place it is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Index of this entity in [`Analysis::entities`].
    pub id: usize,
    pub kind: EntityType,
    /// The fullest form the article uses ("Antony Blinken" for "Blinken", "Mr. Blinken").
    pub name: String,
    /// Every mention, in text order; titles and a leading "the" are outside the spans.
    pub mentions: Vec<Span>,
}

impl Entity {
    pub fn new(id: usize, kind: EntityType, name: &str, mentions: Vec<Span>) -> Self {
        Entity {
            id,
            kind,
            name: name.to_string(),
            mentions,
        }
    }
}

/// A direct quotation: the text between its quotation marks, marks excluded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    /// The entity id of the speaker, or `None` for scare quotes, terms, titles and unnamed sources.
    pub speaker: Option<usize>,
    /// The words that named the speaker for this quotation ("he", "Wang", "the ministry").
    pub speaker_mention: Option<Span>,
    /// The reporting verb or phrase ("said", "told", "according to").
    pub cue: Option<Span>,
}

impl Quote {
    /// A quotation with its speaker (if any) and no cue or speaker words.
    pub fn new(span: Span, speaker: Option<usize>) -> Self {
        Quote {
            span,
            speaker,
            speaker_mention: None,
            cue: None,
        }
    }
}

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Entities in order of first mention; `entities[i].id == i`.
    pub entities: Vec<Entity>,
    /// Quotations in text order.
    pub quotes: Vec<Quote>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for t in EntityType::ALL {
            assert_eq!(EntityType::from_label(t.label()), Some(t));
        }
        assert_eq!(EntityType::from_label("PER"), None);
    }

    #[test]
    fn sort_by_span_orders_by_start_longer_first_and_keeps_ties_in_order() {
        let mut items = vec![
            (Span::new(5, 9), 'a'),
            (Span::new(0, 3), 'b'),
            (Span::new(5, 12), 'c'),
            (Span::new(0, 3), 'd'),
        ];
        sort_by_span(&mut items);
        let order: String = items.iter().map(|&(_, c)| c).collect();
        assert_eq!(order, "bdca");
    }

    #[test]
    fn sort_by_pair_keeps_equal_keys_in_order_and_numbers_sort_plainly() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_pair(&mut items, |&(k, _)| (k, 7));
        let order: String = items.iter().map(|&(_, c)| c).collect();
        assert_eq!(order, "ebdac");
        let mut numbers: Vec<u16> = vec![9, 3, 65535, 0, 3];
        sort_numbers(&mut numbers);
        assert_eq!(numbers, [0, 3, 3, 9, 65535]);
    }

    #[test]
    fn span_overlap() {
        let a = Span::new(0, 10);
        assert_eq!(a.overlap(Span::new(5, 20)), 5);
        assert_eq!(a.overlap(Span::new(10, 20)), 0);
        assert!(a.contains(Span::new(2, 3)));
    }
}
