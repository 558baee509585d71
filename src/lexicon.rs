//! The word lists under `data/`, compiled into the binary.
//!
//! Takes nothing; gives look-ups by word or name. The lists are built by
//! `scripts/build_data.py` from open-data packages (sources, versions and licences in
//! `data/README.md`) and a few curated files. Each is a sorted list of lines (`#` comments
//! and blank lines skipped, fields separated by tabs). `build.rs` stores each list in a compact
//! form (`codec`: every key as what it adds to the one before; the plain text gzips to 80 KB,
//! this to 56 KB, which is what a reader downloads), and on first use a list is decoded
//! into one string and an open-addressing hash table, so a look-up is a hash and usually one
//! comparison (binary search over the text was half of all extraction time).

use crate::analysis::EntityType;
use std::sync::OnceLock;

mod codec;

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

/// One data file's `(key, value)` rows, decoded, with a hash table over the keys.
struct Table {
    text: String,
    rows: Vec<codec::Row>,
    /// Open addressing, linear probing; a slot holds a row index + 1 in its low 24 bits (0 is
    /// empty) and the top 8 bits of the key's hash above them, so that a probe that meets
    /// another key reads neither its row nor its text (cache misses: most look-ups are of
    /// words in no list).
    slots: Vec<u32>,
}

/// The bits of a slot that hold the row index + 1.
const ROW_BITS: u32 = 24;
const ROW_MASK: u32 = (1 << ROW_BITS) - 1;

/// The hash's top byte, placed above the row index of a slot.
fn tag(hash: u64) -> u32 {
    ((hash >> 56) as u32) << ROW_BITS
}

/// FNV-1a over the bytes, with a final mix so the low bits (the slot) depend on all of them.
fn hash(key: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 29)
}

impl Table {
    fn decode(blob: &[u8]) -> Table {
        let (text, rows) = codec::decode(blob);
        let size = (rows.len() * 2).next_power_of_two().max(2);
        let mask = size - 1;
        let mut slots = vec![0u32; size];
        // A list of 2^24 rows would be 100 times the largest: `build.rs` never makes one.
        for (i, row) in rows.iter().enumerate().take(ROW_MASK as usize) {
            let key = &text.as_bytes()[row.key.0 as usize..row.key.1 as usize];
            let h = hash(key);
            let mut s = h as usize & mask;
            while slots[s] != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = tag(h) | (i as u32 + 1);
        }
        Table { text, rows, slots }
    }

    fn slice(&self, (start, end): (u32, u32)) -> &str {
        self.text
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    fn get(&'static self, key: &str) -> Option<&'static str> {
        let mask = self.slots.len() - 1;
        let h = hash(key.as_bytes());
        let wanted = tag(h);
        let mut s = h as usize & mask;
        loop {
            let slot = self.slots[s];
            let index = ((slot & ROW_MASK) as usize).checked_sub(1)?;
            if slot & !ROW_MASK == wanted {
                let row = self.rows.get(index)?;
                if self.slice(row.key) == key {
                    return Some(self.slice(row.value));
                }
            }
            s = (s + 1) & mask;
        }
    }

    fn contains(&'static self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// Every word list, decoded together on first use: one lazy cell rather than one per list,
/// since each cell compiles its own initialisation into the WebAssembly (1 KB of gzip for
/// fifteen), and the first analysis reads nearly every list anyway.
macro_rules! tables {
    ($($fn_name:ident: $file:literal),* $(,)?) => {
        const FILES: &[&[u8]] = &[$(include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".bin"))),*];
        fn all_tables() -> &'static [Table] {
            static TABLES: OnceLock<Vec<Table>> = OnceLock::new();
            TABLES.get_or_init(|| FILES.iter().map(|bytes| Table::decode(bytes)).collect())
        }
        tables!(@each 0usize; $($fn_name),*);
    };
    (@each $i:expr; $fn_name:ident $(, $rest:ident)*) => {
        fn $fn_name() -> &'static Table {
            &all_tables()[$i]
        }
        tables!(@each $i + 1; $($rest),*);
    };
    (@each $i:expr;) => {};
}

tables! {
    given_names: "given_names.tsv",
    places_gpe: "places_gpe.txt",
    places_loc: "places_loc.txt",
    norp: "norp.txt",
    titles: "titles.tsv",
    org_words: "org_words.txt",
    org_names: "org_names.txt",
    fac_words: "fac_words.txt",
    event_words: "event_words.txt",
    loc_words: "loc_words.txt",
    law_words: "law_words.txt",
    work_words: "work_words.txt",
    common_acronyms: "common_acronyms.txt",
    sports_words: "sports_words.txt",
    cue_verbs: "cue_verbs.tsv",
    common_words: "common_words.txt",
    abbreviations: "abbreviations.txt",
    source_nouns: "source_nouns.txt",
    org_member_nouns: "org_member_nouns.txt",
    holidays: "holidays.txt",
}

/// The gender of a known given name ("Mary" → female), or `None` if it is not a known name.
pub fn given_name(word: &str) -> Option<Gender> {
    given_names().get(word).map(Gender::from_field)
}

/// Is `lower` (lower-case) a title or role said before a name ("president", "mr")?
pub fn is_title(lower: &str) -> bool {
    titles().contains(lower.trim_end_matches('.'))
}

/// Is `lower` (lower-case, without its dot) a title only when written with its dot ("del":
/// "Del. Stacey Plaskett", a delegate; "Del Toro" is a name)? Such titles are listed with
/// their dot.
pub fn is_dotted_title(lower: &str) -> bool {
    lower.len() < 8 && titles().contains(&[lower, "."].concat())
}

/// The gender a title implies ("mrs" → female, "president" → unknown), if it is a title.
pub fn title_gender(lower: &str) -> Option<Gender> {
    titles()
        .get(lower.trim_end_matches('.'))
        .map(Gender::from_field)
}

/// The place type of a known place name ("Indonesia" → GPE, "Asia" → LOC); not of a state's
/// abbreviation ([`is_place_abbreviation`]), which the learned tagger's features leave out.
pub fn place_type(name: &str) -> Option<EntityType> {
    place_of(name, false, true)
}

/// [`place_type`], a state's abbreviation included ("Calif." → GPE): what the mention rules
/// read.
pub fn place_type_or_abbreviation(name: &str) -> Option<EntityType> {
    place_of(name, true, true)
}

/// [`place_type`] without the minor places ([`is_minor_place`]: the United Kingdom's counties
/// and boroughs, "Kent", "Essex", and the towns below the thousand largest cities, "Geneva",
/// "Pittsburgh"). The learned tagger's features read it so: these came to the list after the
/// model had learned, from CoNLL's cricket and baseball reports, that such names, unknown to
/// it, are often clubs there. And a minor place opening a longer name makes no organisation
/// of it, as a city does ("Boston Scientific"): many are given or family names ("Dudley
/// Moore", "Sutton Foster").
pub fn place_type_but_minor(name: &str) -> Option<EntityType> {
    place_of(name, false, false)
}

/// One look-up in the place lists; a state's abbreviation counts if `abbreviations`, a
/// minor place if `minor`.
fn place_of(name: &str, abbreviations: bool, minor: bool) -> Option<EntityType> {
    if places_gpe()
        .get(name)
        .is_some_and(|v| (abbreviations || v != ABBREVIATION) && (minor || v != MINOR))
    {
        Some(EntityType::Gpe)
    } else if places_loc().contains(name) {
        Some(EntityType::Loc)
    } else {
        None
    }
}

/// The value that marks a state's abbreviation in the place list.
const ABBREVIATION: &str = "abbreviation";
/// The value that marks a minor place in the place list ([`is_minor_place`]).
const MINOR: &str = "minor";

/// Is `name` the abbreviation of a U.S. state or a Canadian province, written with its dot
/// ("Calif.", "N.J.")? (A place for the mention rules; the learned tagger's features leave
/// them out, as it was trained.)
pub fn is_place_abbreviation(name: &str) -> bool {
    places_gpe().get(name) == Some(ABBREVIATION)
}

/// Is `name` a minor place: a county or borough of the United Kingdom ("Kent"), or a town
/// below the thousand largest cities that news still names ("Geneva", "Pittsburgh")? The
/// rules read one as a place by a guess, which the learned tagger may outweigh (a club
/// named by its county or city: "Kent stepped up a gear", "homered for Cleveland"); its
/// features leave them out ([`place_type_but_minor`]).
pub fn is_minor_place(name: &str) -> bool {
    places_gpe().get(name) == Some(MINOR)
}

/// Is `name` a country's name ("Sweden", "U.S."), not a city's or a region's?
pub fn is_country(name: &str) -> bool {
    places_gpe().get(name) == Some("country")
}

/// Does the lower-case `word` mark a sports report ("match", "referee")?
pub fn is_sports_word(lower: &str) -> bool {
    sports_words().contains(lower)
}

/// Is the lower-case `word` a noun for people or parts only an organisation has, said after
/// its name ("shareholders", "striker")?
pub fn is_org_member_noun(lower: &str) -> bool {
    org_member_nouns().contains(lower)
}

/// Is `name` a nationality, religious or political group ("Chinese", "Muslims")?
pub fn is_norp(name: &str) -> bool {
    // Plurals in -s are derived: "Afghans" from "Afghan".
    let table = norp();
    table.contains(name)
        || name
            .strip_suffix('s')
            .is_some_and(|one| table.contains(one))
}

/// Is `name` a people's name made from a known place's ("Bavarian", "Ohioans", "Icelandic",
/// "Queenslander", "San Franciscans"), one the nationality list does not hold? The place
/// list knows more places than any list of demonyms could, and English makes most demonyms
/// from the place's name by a handful of endings. Not "-i" nor "-ese": an Arabic family
/// name is often the demonym of a town ("Baghdadi"). Given names are not demonyms
/// ("Adrian").
pub fn is_derived_demonym(name: &str) -> bool {
    // An ending, and what the place's name may end with instead of it.
    const ENDINGS: [(&str, &[&str]); 5] = [
        ("ian", &["", "y", "ia"]),
        ("ean", &["a", "e", "ea"]),
        ("an", &["", "a", "o"]),
        ("ic", &[""]),
        ("er", &[""]),
    ];
    let one = name.strip_suffix('s').unwrap_or(name);
    // (Asked of every name no list knows, often: most end otherwise, and are out at once.)
    let ends_so = one.ends_with('n') || one.ends_with("ic") || one.ends_with("er");
    if !ends_so || one.len() < 6 || !one.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    if given_name(one).is_some() {
        return false;
    }
    // "-n" after a vowel: "Bavaria" + "n", "Tasmania" + "n".
    if let Some(place) = one.strip_suffix('n') {
        if place.ends_with(['a', 'o']) && place_type(place).is_some() {
            return true;
        }
    }
    let mut place = String::with_capacity(one.len());
    ENDINGS.iter().any(|(ending, place_endings)| {
        one.strip_suffix(ending)
            .filter(|stem| stem.len() >= 4)
            .is_some_and(|stem| {
                place_endings.iter().any(|end| {
                    place.clear();
                    place.push_str(stem);
                    place.push_str(end);
                    place_type(&place).is_some()
                })
            })
    })
}

/// Is `name` a known organisation whose name has no organisation word ("Reuters")?
pub fn is_org_name(name: &str) -> bool {
    // (The list's apostrophes are straight: "McDonald’s" is "McDonald's".)
    if name.contains('’') {
        return org_names().contains(&name.replace('’', "'"));
    }
    org_names().contains(name)
}

/// Is `stem` with a possessive "'s" a known organisation ("McDonald" → "McDonald's",
/// "Moody" → "Moody's")? The list writes such names with the straight apostrophe.
pub fn is_org_name_with_possessive(stem: &str) -> bool {
    is_org_name(&[stem, "'s"].concat())
}

/// [`is_org_name`] without the social networks and messaging services marked "platform"
/// ("Telegram", "Truth Social"): the learned tagger's features, which were trained before
/// they joined the list. (Retrained with them, the tagger lost more than it gained: conll_dev
/// ORG 0.826 → 0.822, gum places 0.931 → 0.929, 2026-12-07.)
pub fn is_org_name_but_platforms(name: &str) -> bool {
    org_names().get(name).is_some_and(|v| v != PLATFORM)
}

/// The value that marks a social network or a messaging service in the organisation list.
const PLATFORM: &str = "platform";

/// Legal forms that follow a company's name.
const LEGAL_FORMS: [&str; 16] = [
    "AB",
    "AG",
    "BV",
    "Co",
    "Corp",
    "Corporation",
    "GmbH",
    "Inc",
    "LLC",
    "Limited",
    "Ltd",
    "NV",
    "PLC",
    "SA",
    "SpA",
    "plc",
];

/// Is `word` a legal form that follows a company's name ("Inc", "Corp.", "GmbH")?
pub fn is_legal_form(word: &str) -> bool {
    LEGAL_FORMS.contains(&word.trim_end_matches('.'))
}

/// Does `word` mark an organisation name ("University", "Ministry", "Inc")?
pub fn is_org_word(word: &str) -> bool {
    org_words().contains(word)
}

/// [`is_org_word`] without the words marked "late" ("Motor"): the learned tagger's
/// features, which were trained before they joined the list.
pub fn is_org_word_as_trained(word: &str) -> bool {
    org_words().get(word).is_some_and(|v| v != LATE)
}

/// The value that marks an organisation word added after the tagger was trained.
const LATE: &str = "late";

/// Is the lower-case `noun` an organisation word once capitalised ("union", "ministry",
/// "carmaker")? Not one marked "late" ("Health", "Tech", "Motor"): those name a kind of
/// organisation only with their capital ("Sutter Health"), not in lower case ("the Biden
/// health plan").
pub fn is_org_noun(noun: &str) -> bool {
    let mut titled = noun.to_string();
    if let Some(first) = titled.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    is_org_word_as_trained(&titled)
}

/// Is the lower-case `noun` something a source writes or says ("statement", "memo",
/// "rulings")? A plural in -s is looked up by its singular.
pub fn is_source_noun(noun: &str) -> bool {
    let table = source_nouns();
    table.contains(noun)
        || noun
            .strip_suffix('s')
            .is_some_and(|one| table.contains(one))
}

/// Does `word` mark a facility name ("Hall", "Airport", "Stadium")?
pub fn is_fac_word(word: &str) -> bool {
    fac_words().contains(word)
}

/// Does `word` mark an event name ("Summit", "Olympics", "War")?
pub fn is_event_word(word: &str) -> bool {
    event_words().contains(word)
}

/// Is `name` a named holiday ("Christmas", "New Year's Eve", apostrophes straight):
/// `Some(true)`; only the first word of longer such names ("New"): `Some(false)`.
pub fn holiday(name: &str) -> Option<bool> {
    holidays().get(name).map(|more| more != "+")
}

/// Does `word` end the name of a law or an agreement ("Act", "Amendment", "Accords")?
pub fn is_law_word(word: &str) -> bool {
    law_words().contains(word)
}

/// Does `word` end the name of a programme or a podcast ("Show", "Podcast")?
pub fn is_work_word(word: &str) -> bool {
    work_words().contains(word)
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

/// Does the reporting verb `lemma` take an object, so that a name after it is the listener
/// or the target ("told Blinken", "urged Congress"), never the speaker?
pub fn cue_takes_object(lemma: &str) -> bool {
    matches!(
        lemma,
        "tell"
            | "urge"
            | "call"
            | "hail"
            | "accuse"
            | "praise"
            | "criticise"
            | "criticize"
            | "condemn"
            | "describe"
            | "ask"
            | "warn"
            | "blast"
            | "slam"
            | "promise"
            | "remind"
            | "assure"
            | "inform"
            | "thank"
            | "deny"
    )
}

/// Is `lower` a frequent lower-case English word ("the", "describing", "refugees")? The list
/// leaves out regular inflections of its words (`scripts/build_data.py`, `INFLECTIONS`):
/// they are derived here, by the same suffixes, from a stem longer than two letters.
pub fn is_common_word(lower: &str) -> bool {
    const INFLECTIONS: [(&str, &str); 7] = [
        ("s", ""),
        ("es", ""),
        ("ies", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
    ];
    let table = common_words();
    table.contains(lower)
        || INFLECTIONS.iter().any(|&(suffix, ending)| {
            lower.strip_suffix(suffix).is_some_and(|stem| {
                stem.len() > 2
                    && if ending.is_empty() {
                        table.contains(stem)
                    } else {
                        table.contains(&[stem, ending].concat())
                    }
            })
        })
}

/// Does `word` (any case, with or without its dot) take a full stop that ends no sentence?
pub fn is_abbreviation(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_ascii_lowercase();
    abbreviations().contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(source: &str) -> &'static Table {
        let blob = codec::encode(&codec::rows(source));
        Box::leak(Box::new(Table::decode(&blob)))
    }

    #[test]
    fn tables_parse_and_search() {
        let t = table("# comment\nb\t2\na\t1\n\nc\n");
        assert_eq!(t.get("a"), Some("1"));
        assert_eq!(t.get("c"), Some(""));
        assert_eq!(t.get("d"), None);
        assert_eq!(t.get(""), None);
        // Unsorted: sorted by (key, value), the first row of a key kept, as always.
        let t = table("b\tx\na\t2\na\t1\n");
        assert_eq!(t.get("a"), Some("1"));
        // Values relative to keys (more than four distinct values), shared prefixes, UTF-8.
        let t = table("ab\tabc\nabd\tx\nabé\tabé\nb\t\nbc\tq\nÜsküdar\tÜrümqi\n");
        assert_eq!(t.get("abé"), Some("abé"));
        assert_eq!(t.get("ab"), Some("abc"));
        assert_eq!(t.get("abd"), Some("x"));
        assert_eq!(t.get("b"), Some(""));
        assert_eq!(t.get("Üsküdar"), Some("Ürümqi"));
        assert_eq!(t.get("a"), None);
        assert!(table("").get("a").is_none());
    }

    /// Every row of every list file answers exactly as the plain text, binary-searched,
    /// did: the same keys, the same values, and nothing else.
    #[test]
    fn compact_lists_answer_as_the_text_did() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("txt" | "tsv")
            ) {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let rows = codec::rows(&source);
            let t = table(&source);
            for (k, v) in &rows {
                assert_eq!(t.get(k), Some(*v), "{}: {k:?}", path.display());
                assert_eq!(
                    t.get(&format!("{k}x")).is_some(),
                    rows.binary_search_by(|r| r.0.cmp(&format!("{k}x"))).is_ok()
                );
            }
            checked += rows.len();
        }
        assert!(checked > 10_000, "the lists seem truncated: {checked} rows");
    }

    #[test]
    fn common_words_include_their_regular_inflections() {
        for w in [
            "the",
            "describe",
            "describing",
            "described",
            "cities",
            "watches",
            "walked",
        ] {
            assert!(is_common_word(w), "{w}");
        }
        // Stems of two letters derive nothing ("ring" is no "r" + "ing").
        for w in ["jutting", "hariri", "qed", "ses"] {
            assert!(!is_common_word(w), "{w}");
        }
    }

    #[test]
    fn a_states_abbreviation_is_no_place_to_the_tagger() {
        for name in ["Calif.", "N.J.", "Ont."] {
            assert!(is_place_abbreviation(name), "{name}");
            assert_eq!(place_type(name), None, "{name}");
        }
        assert!(!is_place_abbreviation("Calif"));
        assert!(!is_place_abbreviation("California"));
    }

    #[test]
    fn a_county_or_a_town_is_a_place_to_the_rules_not_to_the_tagger() {
        for minor in ["Lancashire", "Pittsburgh", "Strasbourg", "The Hague"] {
            assert_eq!(place_type(minor), Some(EntityType::Gpe), "{minor}");
            assert!(is_minor_place(minor), "{minor}");
            assert_eq!(place_type_but_minor(minor), None, "{minor}");
        }
        assert_eq!(place_type_but_minor("California"), Some(EntityType::Gpe));
        assert_eq!(place_type("California"), Some(EntityType::Gpe));
        assert!(!is_minor_place("California") && !is_minor_place("London"));
        // A town that is also a given name is left out: "Florence" reads as a person.
        assert!(!is_minor_place("Florence"));
    }

    #[test]
    fn a_platform_is_an_organisation_to_the_rules_not_to_the_tagger() {
        assert!(is_org_name("Telegram") && is_org_name("Truth Social"));
        assert!(!is_org_name_but_platforms("Telegram"));
        assert!(is_org_name("Reuters") && is_org_name_but_platforms("Reuters"));
        assert!(!is_org_name_but_platforms("Nowhere Corp"));
    }

    #[test]
    fn a_demonym_is_made_from_a_known_place() {
        for name in [
            "Bavarian",
            "Ohioans",
            "Icelandic",
            "Sicilian",
            "Queenslander",
            "Tasmanians",
        ] {
            assert!(is_derived_demonym(name), "{name}");
        }
        // Given names, Arabic family names made from a town, short words, lower case.
        for name in ["Adrian", "Baghdadi", "Brian", "bavarian", "Kenya"] {
            assert!(!is_derived_demonym(name), "{name}");
        }
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
        assert_eq!(holiday("Christmas"), Some(true));
        assert_eq!(
            (holiday("New"), holiday("New Year's Eve")),
            (Some(false), Some(true))
        );
        assert!(is_loc_word("River"));
        assert!(is_law_word("Act") && !is_law_word("act"));
        assert!(is_work_word("Show") && !is_work_word("show") && is_work_word("film"));
        assert!(is_common_acronym("TV"));
        assert!(is_country("Sweden") && !is_country("Paris"));
        assert!(is_sports_word("referee"));
        assert!(is_org_member_noun("shareholders") && !is_org_member_noun("spokesman"));
        assert_eq!(cue_lemma("told"), Some("tell"));
        assert!(is_common_word("the"));
        assert!(is_abbreviation("Mr."));
    }
}
