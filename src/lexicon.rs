//! The word lists under `data/`, compiled into the binary.
//!
//! Takes nothing; gives look-ups by word or name. The lists are built by
//! `scripts/build_data.py` from open-data packages (sources, versions and licences in
//! `data/README.md`) and a few curated files. Each is a sorted list of lines (`#` comments
//! and blank lines skipped, fields separated by tabs), parsed once on first use and searched
//! by binary search, so nothing but the text itself is stored.

use crate::analysis::EntityType;
use std::sync::OnceLock;

/// Grammatical gender a name or title implies, for resolving "he" and "she".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    /// Used for both, or unknown.
    Unknown,
}

impl Gender {
    fn from_field(field: &str) -> Gender {
        match field {
            "F" => Gender::Female,
            "M" => Gender::Male,
            _ => Gender::Unknown,
        }
    }
}

/// A sorted list of `(key, value)` lines from one data file.
struct Table {
    rows: Vec<(&'static str, &'static str)>,
}

impl Table {
    fn parse(source: &'static str) -> Table {
        let mut rows: Vec<(&str, &str)> = source
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split_once('\t').unwrap_or((l, "")))
            .collect();
        // The build script sorts; sorting again only costs time when a file was hand-edited.
        if !rows.windows(2).all(|w| w[0].0 <= w[1].0) {
            rows.sort_unstable();
        }
        rows.dedup_by(|a, b| a.0 == b.0);
        Table { rows }
    }

    fn get(&self, key: &str) -> Option<&'static str> {
        self.rows
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .map(|i| self.rows[i].1)
    }

    fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

macro_rules! table {
    ($fn_name:ident, $file:literal) => {
        fn $fn_name() -> &'static Table {
            static TABLE: OnceLock<Table> = OnceLock::new();
            TABLE.get_or_init(|| Table::parse(include_str!(concat!("../data/", $file))))
        }
    };
}

table!(given_names, "given_names.tsv");
table!(places_gpe, "places_gpe.txt");
table!(places_loc, "places_loc.txt");
table!(norp, "norp.txt");
table!(titles, "titles.tsv");
table!(org_words, "org_words.txt");
table!(org_names, "org_names.txt");
table!(fac_words, "fac_words.txt");
table!(event_words, "event_words.txt");
table!(loc_words, "loc_words.txt");
table!(common_acronyms, "common_acronyms.txt");
table!(cue_verbs, "cue_verbs.tsv");
table!(common_words, "common_words.txt");
table!(abbreviations, "abbreviations.txt");

/// The gender of a known given name ("Mary" → female), or `None` if it is not a known name.
pub fn given_name(word: &str) -> Option<Gender> {
    given_names().get(word).map(Gender::from_field)
}

/// Is `lower` (lower-case) a title or role said before a name ("president", "mr")?
pub fn is_title(lower: &str) -> bool {
    titles().contains(lower.trim_end_matches('.'))
}

/// The gender a title implies ("mrs" → female, "president" → unknown), if it is a title.
pub fn title_gender(lower: &str) -> Option<Gender> {
    titles()
        .get(lower.trim_end_matches('.'))
        .map(Gender::from_field)
}

/// The place type of a known place name ("Indonesia" → GPE, "Asia" → LOC).
pub fn place_type(name: &str) -> Option<EntityType> {
    if places_gpe().contains(name) {
        Some(EntityType::Gpe)
    } else if places_loc().contains(name) {
        Some(EntityType::Loc)
    } else {
        None
    }
}

/// Is `name` a nationality, religious or political group ("Chinese", "Muslims")?
pub fn is_norp(name: &str) -> bool {
    norp().contains(name)
}

/// Is `name` a known organisation whose name has no organisation word ("Reuters")?
pub fn is_org_name(name: &str) -> bool {
    org_names().contains(name)
}

/// Does `word` mark an organisation name ("University", "Ministry", "Inc")?
pub fn is_org_word(word: &str) -> bool {
    org_words().contains(word)
}

/// Does `word` mark a facility name ("Hall", "Airport", "Stadium")?
pub fn is_fac_word(word: &str) -> bool {
    fac_words().contains(word)
}

/// Does `word` mark an event name ("Summit", "Olympics", "War")?
pub fn is_event_word(word: &str) -> bool {
    event_words().contains(word)
}

/// Does `word` mark a natural or regional place name ("River", "Sea", "Valley")?
pub fn is_loc_word(word: &str) -> bool {
    loc_words().contains(word)
}

/// Is `word` an acronym that is an ordinary word ("TV", "DNA", "CEO"), not a name?
pub fn is_common_acronym(word: &str) -> bool {
    common_acronyms().contains(word)
}

/// The lemma of a reporting verb form ("told" → "tell"), if `lower` is one.
pub fn cue_lemma(lower: &str) -> Option<&'static str> {
    cue_verbs().get(lower)
}

/// Is `lower` a frequent lower-case English word ("the", "describing")?
pub fn is_common_word(lower: &str) -> bool {
    common_words().contains(lower)
}

/// Does `word` (any case, with or without its dot) take a full stop that ends no sentence?
pub fn is_abbreviation(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    abbreviations().contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_and_search() {
        let t = Table::parse("# comment\nb\t2\na\t1\n\nc\n");
        assert_eq!(t.get("a"), Some("1"));
        assert_eq!(t.get("c"), Some(""));
        assert_eq!(t.get("d"), None);
    }

    #[test]
    fn every_list_loads() {
        assert_eq!(given_name("Mary"), Some(Gender::Female));
        assert_eq!(given_name("John"), Some(Gender::Male));
        assert!(is_title("president"));
        assert_eq!(title_gender("mrs"), Some(Gender::Female));
        assert_eq!(place_type("Indonesia"), Some(EntityType::Gpe));
        assert!(is_norp("Chinese"));
        assert!(is_org_word("University"));
        assert!(is_fac_word("Airport"));
        assert!(is_event_word("Olympics"));
        assert!(is_loc_word("River"));
        assert!(is_common_acronym("TV"));
        assert_eq!(cue_lemma("told"), Some("tell"));
        assert!(is_common_word("the"));
        assert!(is_abbreviation("Mr."));
    }
}
