//! Stage 2: tokens → entity mentions.
//!
//! Takes the [`Document`]; gives typed name spans in text order, none overlapping. Most
//! people in the news are in no list, so names are found from their shape and context, with
//! the word lists of [`lexicon`] as one kind of evidence among several:
//!
//! 1. Dates first: months, weekdays, years, decades and relative dates ("last year").
//! 2. Name chunks: runs of capitalised words, joined by "of"/"for"/"and" only where an
//!    organisation or facility word asks for it ("Center for American Studies"), by name
//!    particles ("von der Leyen") and by hyphens ("Rolls-Royce", but "U.S.-China" splits).
//!    A sentence-initial common word ("Describing", "But") starts no chunk.
//! 3. Titles are cut off and remembered ("U.S. Secretary of State Dana Okafor" gives GPE
//!    "U.S." and PERSON "Dana Okafor"; "Mrs." also says the person is a woman).
//! 4. Each chunk is typed: known places, groups and organisations; head words ("Fudan
//!    University", "Great Hall of the People"); acronyms; given names; a title or a
//!    reporting verb beside it; a transcript's turn label ("PENCE:", see
//!    `is_label_shaped`). A single unknown word may stay untyped (`kind: None`) for the
//!    entity stage to resolve against the rest of the article ("Wang" after "Wang Yi").

use crate::analysis::{EntityType, Span};
use crate::lexicon::{self, Gender};
use crate::text::{char_count, digits_value, is_possessive_s, Document, TokenKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

/// A name found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// `None` when the words alone do not say what it is (left to the entity stage).
    pub kind: Option<EntityType>,
    /// Token range `[first, last)` of the name.
    pub tokens: (usize, usize),
    /// Gender implied by a title before the name ("Mrs.", "King"); `Unknown` after a title
    /// of either ("Senator"), `None` with no title.
    pub title_gender: Option<Gender>,
    /// The type is a guess from the shape of the words alone (no word list, head word,
    /// title or context said it): the learned tagger decides such names (see
    /// [`crate::tagger::combine`]).
    pub guessed: bool,
    /// The place, or its region, of a dateline ([`dateline_at`]): read by its layout, which
    /// the later stages keep.
    pub dateline: bool,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// Lower-case particles inside personal names.
const NAME_PARTICLES: [&str; 19] = [
    "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn",
    "la", "ten", "ter", "van", "von",
];
/// Heads of political place names that take "of" ("Republic of Korea"); natural ones
/// ("Gulf of Mexico") come from the LOC word list.
const PLACE_HEADS_WITH_OF: [&str; 7] = [
    "City", "Duchy", "Emirate", "Kingdom", "Province", "Republic", "State",
];
/// Heads of political place names that end them ("Vigo County", "Mason City", "Cranford
/// Township", "Haidian District", "Hubei Province", "Kharkiv Oblast").
const PLACE_HEADS_LAST: [&str; 10] = [
    "Borough",
    "City",
    "County",
    "District",
    "Governorate",
    "Oblast",
    "Parish",
    "Prefecture",
    "Province",
    "Township",
];
/// Words that name a part of a place ("East Los Angeles", "Kowloon West").
const COMPASS_WORDS: [&str; 12] = [
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Greater",
];
/// Prepositions before a building where something happens ("at the White House").
const AT_PLACE: [&str; 7] = ["at", "to", "in", "into", "inside", "outside", "near"];
/// Bodies and people named after the person who leads them, written in lower case after the
/// name ("the Obama administration", "the Sanders campaign"): the name stays a person's.
pub const LEADERS_BODIES: [&str; 10] = [
    "administration",
    "advisers",
    "aides",
    "allies",
    "camp",
    "campaign",
    "government",
    "presidency",
    "supporters",
    "team",
];
/// A town's officers and people, written right after its name ("Paterson mayor").
const PLACE_NOUNS_AFTER: [&str; 4] = ["mayor", "police", "resident", "residents"];
/// Kinds of organisation, written right before a name ("the airline Flyvo") or referring
/// back to one ("the company said").
pub const ORG_KIND_NOUNS: [&str; 19] = [
    "agency",
    "airline",
    "bank",
    "broadcaster",
    "carmaker",
    "charity",
    "chipmaker",
    "company",
    "drugmaker",
    "firm",
    "group",
    "insurer",
    "lender",
    "maker",
    "party",
    "publisher",
    "retailer",
    "startup",
    "union",
];
/// Kinds of firm that open a sentence before a firm's name, besides "chipmaker" and the
/// other "-maker"s (not "bank", "group", "carrier": names start so, "Bank Leumi").
const FIRM_KINDS_OPENING: [&str; 8] = [
    "airline",
    "broadcaster",
    "conglomerate",
    "insurer",
    "lender",
    "refiner",
    "retailer",
    "utility",
];
/// Does the lower-case `noun` name a kind of organisation ("company", "daily")? After a place
/// or a people it describes an organisation there ("the influential US daily", "a German
/// carmaker"), not the place.
pub fn is_org_kind_noun(noun: &str) -> bool {
    ORG_KIND_NOUNS.contains(&noun) || ORG_KIND_NOUNS_BEFORE_NAMES.contains(&noun)
}

/// Kinds of organisation that name one right before its name ("tyre giant Varello", "the
/// daily Kurier", "mobile operator X") but may not refer back to the latest one ("the
/// newspaper said" may be any paper). (Not nouns that also stand before people's names in
/// news: "developer", "manufacturer", "rivals".)
const ORG_KIND_NOUNS_BEFORE_NAMES: [&str; 16] = [
    "carrier",
    "champions",
    "club",
    "conglomerate",
    "daily",
    "giant",
    "journal",
    "magazine",
    "network",
    "newspaper",
    "operator",
    "refiner",
    "side",
    "supplier",
    "utility",
    "weekly",
];
/// Heads of bodies and meetings that deliberate "on" a subject ("Council on Foreign
/// Relations", "Forum on China-Africa Cooperation").
const ORG_HEADS_WITH_ON: [&str; 7] = [
    "Commission",
    "Committee",
    "Conference",
    "Council",
    "Forum",
    "Panel",
    "Summit",
];
/// Common nouns that name a kind of place before "of" ("the town of Yeoncheon").
/// Also the people and bodies of a place ("the council of Portmouth", "the mayor of X").
pub const PLACE_NOUNS: [&str; 24] = [
    "area",
    "capital",
    "city",
    "council",
    "county",
    "district",
    "governor",
    "hills",
    "mayor",
    "municipality",
    "neighborhood",
    "neighbourhood",
    "outskirts",
    "province",
    "region",
    "residents",
    "state",
    "streets",
    "suburb",
    "suburbs",
    "town",
    "towns",
    "village",
    "villages",
];
/// A sports report has at least this many sports words, of this many kinds.
const SPORTS_WORDS_MIN: usize = 6;
const SPORTS_KINDS_MIN: usize = 3;
/// Fewer, of more kinds, make it likely one: enough for its clubs, not its countries (of
/// PolNeAR's 840 political stories one is this likely: a broadcaster firing a pitcher).
const LIKELY_SPORTS_WORDS_MIN: usize = 4;
const LIKELY_SPORTS_KINDS_MIN: usize = 4;
/// Roles in a team, written after its name ("Arsenal manager Mikel Arteta").
const TEAM_ROLES: [&str; 18] = [
    "coach",
    "manager",
    "captain",
    "skipper",
    "boss",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "forward",
    "winger",
    "batsman",
    "bowler",
    "wicketkeeper",
    "pitcher",
    "quarterback",
    "fans",
    "supporters",
];
/// Verbs of a result or a fixture between two teams ("Arsenal beat Chelsea", "Chelsea host
/// Aston Villa").
const RESULT_VERBS: [&str; 13] = [
    "beat", "defeated", "edged", "thrashed", "routed", "overcame", "stunned", "host", "hosts",
    "face", "faces", "visit", "visits",
];
/// The last words of clubs' names ("Charlton Athletic", "Ipswich Town", "Bolton Wanderers"):
/// in a sports report, a name of two words or more that ends in one is a team.
const CLUB_LAST_WORDS: [&str; 10] = [
    "Athletic",
    "Albion",
    "City",
    "County",
    "Hotspur",
    "Rangers",
    "Rovers",
    "Town",
    "United",
    "Wanderers",
];
/// The longest name, in tokens ("National Museum of the U.S. Air Force" has 8).
const MAX_CHUNK_TOKENS: usize = 12;
/// Capitalised function words that never continue a name.
const FUNCTION_WORDS: [&str; 24] = [
    "A", "An", "And", "As", "At", "But", "By", "For", "From", "He", "Her", "His", "In", "It",
    "Its", "Of", "On", "Or", "She", "The", "They", "To", "We", "With",
];
/// Labels of captions and credits pasted with an article's text ("Image: Reuters"), which
/// end the name before them.
const CAPTION_LABELS: [&str; 10] = [
    "Image", "Photo", "Picture", "Video", "Audio", "Source", "Credit", "File", "Caption", "Graphic",
];
/// Lower-case nouns that make the name before them an event ("the G20 summit").
const EVENT_NOUNS: [&str; 3] = ["summit", "games", "olympics"];
/// Lower-case nouns for a part of a town, after its name: "the Brentwood neighborhood".
const TOWN_PARTS: [&str; 5] = [
    "neighborhood",
    "neighbourhood",
    "section",
    "district",
    "suburb",
];
/// Nouns that make a relative date after "last", "next", "this", "coming", "past".
const DATE_UNITS: [&str; 18] = [
    "century", "day", "days", "decade", "decades", "fall", "month", "months", "quarter", "spring",
    "summer", "week", "weekend", "weeks", "winter", "year", "years", "autumn",
];

/// Finds every entity mention in the document, in text order.
pub fn find(doc: &Document) -> Vec<Mention> {
    enum Piece {
        Number(usize, usize, EntityType),
        Chunk(usize, usize),
    }
    let n = doc.tokens.len();
    let mut pieces = Vec::new();
    // Words that stand alone as a name somewhere in the article ("Blinken"), so that
    // "told Blinken China" can be read as two names.
    let mut standalone: HashSet<&str> = HashSet::default();
    // The last words of names of several words ("Pence" of "Mike Pence"), for transcripts'
    // turn labels in capitals.
    let mut family_names: HashSet<&str> = HashSet::default();
    // The family names of people named in full so far ("Bush" of "Jeb Bush"), so that one
    // that is also a common word still names them at the start of a sentence.
    let mut people_family_names: HashSet<&str> = HashSet::default();
    let headline_words = headline_common_words(doc);
    let names_inside = pairs_capitalised_inside(doc);
    let mut i = 0;
    while i < n {
        if let Some(end) = date_at(doc, i) {
            pieces.push(Piece::Number(i, end, EntityType::Date));
            i = end;
        } else if let Some((end, kind)) = quantity_at(doc, i) {
            pieces.push(Piece::Number(i, end, kind));
            i = end;
        } else if let Some(end) = numbered_street_at(doc, i) {
            pieces.push(Piece::Number(i, end, EntityType::Fac));
            i = end;
        } else if starts_chunk(doc, i, &headline_words)
            // "May said": a month that is no date, after "Theresa May".
            || (MONTHS.contains(&doc.word(i)) && family_names.contains(doc.word(i)))
            || (people_family_names.contains(doc.word(i)) && family_name_acts(doc, i))
            // "Home Depot said", where the article also writes "… expect Home Depot to".
            || (i + 1 < n
                && at_sentence_start(doc, i)
                && names_inside.contains(pair_at(doc, i)))
        {
            let end = chunk_end(doc, i, &headline_words);
            if end == i + 1 && !doc.is_sentence_initial(i) {
                standalone.insert(doc.word(i));
            }
            if end > i + 1 {
                family_names.insert(doc.word(end - 1));
                if lexicon::given_name(doc.word(i)).is_some() {
                    people_family_names.insert(doc.word(end - 1));
                }
            }
            pieces.push(Piece::Chunk(i, end));
            i = end;
        } else {
            i += 1;
        }
    }
    // A transcript names its speakers again and again; a form's field labels ("ISSUER:")
    // come once each.
    let mut labels: HashMap<&str, usize> = HashMap::default();
    for piece in &pieces {
        if let &Piece::Chunk(a, b) = piece {
            if is_label_shaped(doc, (a, b)) {
                *labels.entry(doc.word(a)).or_default() += 1;
            }
        }
    }
    let is_turn_label = |(a, b): (usize, usize)| {
        is_label_shaped(doc, (a, b)) && {
            let w = doc.word(a);
            let repeated = labels.get(w).is_some_and(|&count| count > 1);
            let family_name = family_names.contains(title_cased(w).as_str());
            (repeated && !lexicon::is_common_word(&w.to_ascii_lowercase())) || family_name
        }
    };
    let single_words = pieces.iter().filter_map(|piece| match *piece {
        Piece::Chunk(a, b) if b == a + 1 => Some(a),
        _ => None,
    });
    let is_twin = lower_case_twins(doc, single_words);
    let mut out = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Number(a, b, kind) => push(&mut out, doc, (a, b), Some(kind), None),
            Piece::Chunk(a, b) if is_turn_label((a, b)) => {
                push(&mut out, doc, (a, b), Some(EntityType::Person), None)
            }
            Piece::Chunk(a, b) if b == a + 1 && is_twin(doc.lower_span(doc.tokens[a].span)) => {}
            Piece::Chunk(a, b) if is_header_of_abbreviations(doc, (a, b)) => {}
            Piece::Chunk(a, b) => classify_chunk(doc, (a, b), &standalone, &mut out),
        }
    }
    coordinated_types(doc, &mut out);
    buildings_where_things_happen(doc, &mut out);
    abbreviations_keep_their_dots(doc, &mut out);
    let sports = sports_report(doc);
    if sports != Sports::No {
        national_teams(doc, &mut out, sports == Sports::Sure);
        team_nicknames(doc, &mut out);
    } else {
        places_before_groups(doc, &mut out);
    }
    places_of_datelines(doc, &mut out);
    vessels(doc, &mut out);
    out
}

/// The prefixes of ships' names: navies' ("HMS", "USS", "HMAS") and merchant ships'
/// ("MV", "RMS"). (Not "SS", a club's too: "SS Lazio".)
const SHIP_PREFIXES: [&str; 8] = ["HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "RMS", "MV"];

/// A ship named with its prefix ("USS Carney", "the MV Dali") is a vessel, none of our types
/// (OntoNotes' PRODUCT): no organisation, and nor is its name alone elsewhere in the
/// article ("the Dali lost power"), unless that names a person ("USS Gerald Ford" … "Gerald
/// Ford said").
fn vessels(doc: &Document, out: &mut Vec<Mention>) {
    let mut names: HashSet<&str> = HashSet::default();
    out.retain(|m| {
        let (a, b) = m.tokens;
        let vessel = b > a + 1 && SHIP_PREFIXES.contains(&doc.word(a));
        if vessel {
            names.insert(doc.span_of((a + 1, b)).of(doc.text));
        }
        !vessel
    });
    if names.is_empty() {
        return;
    }
    out.retain(|m| {
        let person = m.kind == Some(EntityType::Person)
            && lexicon::given_name(doc.word(m.tokens.0)).is_some();
        person || !names.contains(m.span.of(doc.text))
    });
}

/// The words of the article written capitalised alone, and in lower case at least as
/// often ("an adequate intake of iodine. Iodine deficiency …", "WHO say Iodine deficiency
/// …"): a word of the language, capitalised by its place or by its writer, and no name,
/// though no word list holds it. (A name a quoted writer puts in lower case now and then
/// is written capitalised more often: "Scientology", "the scientology website".) Of the
/// single capitalised words at `candidates` (token indices), only those no list knows: a
/// common word ("Bush", "Price"), a given name ("Hazel"), a known name ("China") or an
/// acronym ("WHO") is left to the other rules. Asked of a word in lower case.
fn lower_case_twins<'d>(
    doc: &'d Document,
    candidates: impl Iterator<Item = usize>,
) -> impl Fn(&str) -> bool + 'd {
    // How often each candidate stands capitalised alone, and is written in lower case.
    let mut capitalised: HashMap<&str, usize> = HashMap::default();
    let mut in_lower_case: HashMap<&str, usize> = HashMap::default();
    // Most words are in lower case: a bit per length and first letter rules most of them
    // out before a look-up.
    let mut maybe = [0u32; 16];
    for k in candidates {
        let w = doc.word(k);
        let title_case = w.len() >= 3
            && w.as_bytes()[0].is_ascii_uppercase()
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        if !title_case || lexicon::given_name(w).is_some() || known_type(w).is_some() {
            continue;
        }
        let lower = doc.lower_span(doc.tokens[k].span);
        if !lexicon::is_common_word(lower) {
            *capitalised.entry(lower).or_default() += 1;
            maybe[lower.len().min(15)] |= 1 << (lower.as_bytes()[0] - b'a');
        }
    }
    // (A word of the running text, not of an address: "alt.religion.scientology".)
    let in_address = |k: usize| {
        let joined = |j: usize| j < doc.tokens.len() && !doc.tokens[j].space_before;
        (k > 0 && !doc.tokens[k].space_before && matches!(doc.word(k - 1), "." | "/" | "@"))
            || (joined(k + 1) && matches!(doc.word(k + 1), "." | "/" | "@") && joined(k + 2))
    };
    if !capitalised.is_empty() {
        for (k, token) in doc.tokens.iter().enumerate() {
            let w = doc.word(k);
            let Some(&first) = w.as_bytes().first() else {
                continue;
            };
            if token.kind == TokenKind::Word
                && first.is_ascii_lowercase()
                && maybe[w.len().min(15)] & (1 << (first - b'a')) != 0
                && capitalised.contains_key(w)
                && !in_address(k)
            {
                *in_lower_case.entry(w).or_default() += 1;
            }
        }
    }
    move |lower: &str| {
        in_lower_case
            .get(lower)
            .is_some_and(|n| capitalised.get(lower).is_some_and(|c| n >= c))
    }
}

/// The pairs of capitalised words that follow each other inside a sentence, where no word
/// takes a capital by its place ("expect Home Depot to"), in paragraphs not in title case:
/// a name's first words, which keep it at a sentence's start too ("Home Depot said"), where
/// a common word alone would be read as capitalised by its place. Not an article ("The
/// Church"), a month or a day ("March Eurodollars"), nor a label's letter ("Group G").
/// (Each pair as the text from its first word to its second, so that the set is of the
/// strings the stage already hashes: a set of word pairs added 2 KB to the WebAssembly.)
fn pairs_capitalised_inside<'t>(doc: &Document<'t>) -> HashSet<&'t str> {
    let mut pairs = HashSet::default();
    for i in 1..doc.tokens.len().saturating_sub(1) {
        let p = doc.tokens[i].paragraph;
        let first = doc.word(i);
        if is_capitalised(doc, i)
            && is_capitalised(doc, i + 1)
            && !matches!(first, "The" | "A" | "An")
            && !is_month_or_weekday(first)
            && doc.word(i + 1).chars().nth(1).is_some()
            && doc.tokens[i + 1].space_before
            && doc.tokens[i + 1].paragraph == p
            && doc.has_lower_case[p]
            && !doc.title_case[p]
            && !doc.is_sentence_initial(i)
            && !after_colon_or_dash(doc, i)
        {
            pairs.insert(pair_at(doc, i));
        }
    }
    pairs
}

/// The text of tokens `i` and `i + 1` and what lies between them ("Home Depot").
fn pair_at<'t>(doc: &Document<'t>, i: usize) -> &'t str {
    chunk_text(doc, (i, i + 2))
}

/// A dateline's place and region: the token ranges of "LA CORUNA" and "Spain" in
/// "LA CORUNA, Spain 1996-08-31", of "ST. LOUIS" in "ST. LOUIS (Reuters) -".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Dateline {
    pub place: (usize, usize),
    pub region: Option<(usize, usize)>,
}

/// The most words a dateline's place takes ("RIO DE JANEIRO", "SALT LAKE CITY").
const DATELINE_MAX_WORDS: usize = 4;

/// The dateline that opens the paragraph whose first token is `first`, if there is one: a
/// place in capitals, maybe a comma and its region, then a date ("NEW YORK 1996-08-30",
/// "WASHINGTON, Aug 30"), the wire in brackets ("ST. LOUIS (Reuters) -") or, before a
/// sentence in lower case, a dash ("CUPERTINO, California -- Apple on Wednesday …"). The
/// date or the wire is what tells it from a headline ("MOTOR RACING - LEADING QUALIFIERS")
/// and from a table's row ("NEW YORK 74 59 .556").
fn dateline_at(doc: &Document, first: usize) -> Option<Dateline> {
    let n = doc.tokens.len();
    let paragraph = doc.tokens[first].paragraph;
    let in_paragraph = |k: usize| k < n && doc.tokens[k].paragraph == paragraph;
    let is_word = |k: usize| in_paragraph(k) && doc.tokens[k].kind == TokenKind::Word;
    // The place: words in capitals, an abbreviation's dot or a hyphen between them.
    let mut end = first;
    let mut words = 0;
    while is_word(end) && is_all_caps(doc.word(end)) && words < DATELINE_MAX_WORDS {
        words += 1;
        end += 1;
        let joined = in_paragraph(end + 1)
            && matches!(doc.word(end), "." | "-")
            && is_word(end + 1)
            && (doc.word(end) == "." || !doc.tokens[end + 1].space_before);
        if joined {
            end += 1;
        }
    }
    if words == 0 || !doc.tokens[end - 1].kind.eq(&TokenKind::Word) {
        return None;
    }
    let place = (first, end);
    // ("UNITED NATIONS 1996-08-29" is written at the organisation's seat.)
    let text = doc.span_of(place).of(doc.text);
    let known = known_type(text);
    if known.is_some_and(|t| !matches!(t, EntityType::Gpe | EntityType::Loc))
        || (known.is_none() && lexicon::is_org_name(&words_title_cased(text)))
    {
        return None;
    }
    // The region after a comma: capitalised words, maybe abbreviated ("Calif.", "N.J."),
    // not a date's month ("WASHINGTON, Aug 30").
    let mut k = end;
    let mut region = None;
    if in_paragraph(k) && doc.word(k) == "," {
        k += 1;
        let start = k;
        while is_word(k)
            && is_capitalised(doc, k)
            && k - start < 3
            && !is_month_or_weekday(doc.word(k))
            && !MONTH_ABBREVIATIONS.contains(&doc.word(k))
        {
            k += 1;
            if in_paragraph(k) && doc.word(k) == "." && !doc.tokens[k].space_before {
                k += 1;
            }
        }
        region = (k > start).then_some((start, k));
    }
    // What follows: a date, a wire, a dash before lower case.
    // (HuffPost sets its datelines off by a horizontal bar: "HEMPSTEAD, N.Y. ― If …".)
    let dash = matches!(doc.word(k.min(n - 1)), "-" | "–" | "—" | "―");
    let ends = in_paragraph(k)
        && (doc.word(k) == "("
            || (dash && !paragraph_in_capitals_from(doc, k))
            || date_at(doc, k).is_some());
    ends.then_some(Dateline { place, region })
}

/// The first token after the dateline that opens a paragraph at token `first` and the dash
/// after it ("BOSTON (AP) — A judge …", "DOHA, Qatar — Negotiators …", "WASHINGTON, Aug 30
/// (Reuters) - The …"): where the first sentence's own words begin. `first` when no
/// dateline and dash open it.
pub fn after_dateline(doc: &Document, first: usize) -> usize {
    /// At most this many tokens from the place (or its region) to the dash.
    const TO_DASH: usize = 8;
    let Some(dateline) = dateline_at(doc, first).filter(|_| doc.opens_paragraph(first)) else {
        return first;
    };
    let paragraph = doc.tokens[first].paragraph;
    let k = dateline.region.unwrap_or(dateline.place).1;
    (k..doc.tokens.len().min(k + TO_DASH))
        .take_while(|&j| doc.tokens[j].paragraph == paragraph)
        // ("-", "–", "—" or "―", by their bytes: cheaper code than four strings. A "--" is
        // two tokens: its first is found.)
        .find(|&j| matches!(doc.word(j).as_bytes(), [b'-'] | [0xE2, 0x80, 0x93..=0x95]))
        .map_or(first, |dash| dash + 1)
}

/// Is the rest of the paragraph from token `k` in capitals (a headline's)?
fn paragraph_in_capitals_from(doc: &Document, k: usize) -> bool {
    let paragraph = doc.tokens[k].paragraph;
    doc.tokens[k..]
        .iter()
        .take_while(|t| t.paragraph == paragraph)
        .filter(|t| t.kind == TokenKind::Word)
        .all(|t| !t.span.of(doc.text).chars().any(char::is_lowercase))
}

/// The token ranges of every dateline's place and region (see [`dateline_at`]), in order.
/// (The later stages read [`Mention::dateline`] instead of finding them again.)
fn dateline_places(doc: &Document) -> Vec<(usize, usize)> {
    (0..doc.tokens.len())
        .filter(|&k| doc.opens_paragraph(k))
        .filter_map(|k| dateline_at(doc, k))
        .flat_map(|d| std::iter::once(d.place).chain(d.region))
        .collect()
}

/// A dateline's place, and its region, are places whatever their words read as: the mentions
/// over them are replaced by places.
fn places_of_datelines(doc: &Document, mentions: &mut Vec<Mention>) {
    let ranges = dateline_places(doc);
    if ranges.is_empty() {
        return;
    }
    // (The tokens the datelines cover, marked once: linear in the text however many
    // datelines a long text holds.)
    let mut covered = vec![false; doc.tokens.len()];
    for &(a, b) in &ranges {
        covered[a..b].fill(true);
    }
    mentions.retain(|m| !covered[m.tokens.0..m.tokens.1].contains(&true));
    for (a, b) in ranges {
        let kind = known_type(doc.span_of((a, b)).of(doc.text)).unwrap_or(EntityType::Gpe);
        push(mentions, doc, (a, b), Some(kind), None);
        if let Some(m) = mentions.last_mut() {
            m.dateline = true;
        }
    }
    crate::analysis::sort_by_pair(mentions, |m| m.tokens);
}

/// A place or a legislature before a party or a people names no one: "a South Carolina
/// Democrat", "Iowa Republicans", "Senate Democrats" are the place (or the body) and the
/// group. (Not in a sports report, where "Cleveland Indians" is a team.)
fn places_before_groups(doc: &Document, mentions: &mut Vec<Mention>) {
    let before = mentions.len();
    for i in 0..before {
        let (a, b) = mentions[i].tokens;
        let named = matches!(mentions[i].kind, Some(EntityType::Org | EntityType::Person));
        if b - a < 2 || !named || !lexicon::is_norp(doc.word(b - 1)) {
            continue;
        }
        let head = known_type(chunk_text(doc, (a, b - 1)))
            .filter(|t| matches!(t, EntityType::Gpe | EntityType::Loc | EntityType::Org))
            .or_else(|| {
                (b - a == 2 && lexicon::is_org_word(doc.word(a))).then_some(EntityType::Org)
            });
        if let Some(kind) = head {
            mentions[i].tokens.1 = b - 1;
            mentions[i].span = doc.span_of((a, b - 1));
            mentions[i].kind = Some(kind);
            mentions[i].guessed = false;
            push(mentions, doc, (b - 1, b), Some(EntityType::Norp), None);
        }
    }
    if mentions.len() > before {
        crate::analysis::sort_by_pair(mentions, |m| m.tokens);
    }
}

/// In a sports report, a capitalised plural after "the" inside a sentence is a team by its
/// nickname ("the Tigers blanked the Royals"), though the word is a common noun; so is the
/// last word of a team's name alone, though it names a people ("the Celtics" after "the
/// Boston Celtics").
fn team_nicknames(doc: &Document, mentions: &mut Vec<Mention>) {
    let last_words_of_teams: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == Some(EntityType::Org) && m.tokens.1 > m.tokens.0 + 1)
        .map(|m| doc.word(m.tokens.1 - 1))
        .collect();
    let mut covered = vec![false; doc.tokens.len()];
    for m in mentions.iter_mut() {
        let (a, b) = m.tokens;
        if b == a + 1
            && m.kind == Some(EntityType::Norp)
            && last_words_of_teams.contains(doc.word(a))
        {
            m.kind = Some(EntityType::Org);
        }
        covered[a..b].fill(true);
    }
    let before = mentions.len();
    for (k, &taken) in covered.iter().enumerate().skip(1) {
        let w = doc.word(k);
        let nickname = !taken
            && doc.word(k - 1).eq_ignore_ascii_case("the")
            && is_capitalised(doc, k)
            && !is_all_caps(w)
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !at_sentence_start(doc, k)
            && lexicon::is_common_word(&lower(doc, k))
            && (k + 1 >= doc.tokens.len() || !is_capitalised(doc, k + 1));
        if nickname {
            push(mentions, doc, (k, k + 1), Some(EntityType::Org), None);
        }
    }
    if mentions.len() > before {
        crate::analysis::sort_by_pair(mentions, |m| m.tokens);
    }
}

/// Names in a list share their type: "Cornwall and Devon" are places though Devon is also a
/// given name; "Reddit, Twitter and Spotify" are organisations when one of them is known.
/// Only untyped words and single words typed by a given name alone take their neighbour's
/// type, and only from a neighbour typed by a word list.
fn coordinated_types(doc: &Document, mentions: &mut [Mention]) {
    // A person only by the shape of its words, with no given name and no common noun at
    // its end: "Nea Makri" (not "the Lincoln Administrations").
    let person_by_shape = |doc: &Document, m: &Mention| {
        m.kind == Some(EntityType::Person)
            && m.guessed
            && m.title_gender.is_none()
            && lexicon::given_name(doc.word(m.tokens.0)).is_none()
            && !lexicon::is_common_word(&lower(doc, m.tokens.1 - 1))
    };
    let weak = |doc: &Document, m: &Mention| {
        m.kind.is_none()
            || (m.kind == Some(EntityType::Person)
                && m.tokens.1 - m.tokens.0 == 1
                && m.title_gender.is_none()
                && lexicon::given_name(m.span.of(doc.text)).is_some())
            || person_by_shape(doc, m)
    };
    // (Or, across a comma, an organisation by its head word or legal form: "Zentrix, Acme
    // Corp and Bolt Inc"; not across "and" alone, which may join clauses: "served in the
    // U.S. Navy and Sake is".)
    let listed = |doc: &Document, m: &Mention, comma: bool| {
        let by_head = comma && m.kind == Some(EntityType::Org) && {
            let last = doc.word(m.tokens.1 - 1);
            lexicon::is_org_word(last) || lexicon::is_legal_form(last)
        };
        by_head || (known_type(m.span.of(doc.text)).is_some() && m.kind != Some(EntityType::Person))
    };
    // (A comma joins a list only when the list goes on: "Reuters, AFP and CNN", not an
    // opening phrase's end: "In an interview with CNN, Trump continued".)
    let list_goes_on = |doc: &Document, left: &Mention, right: &Mention| {
        let after = right.tokens.1;
        (after < doc.tokens.len() && matches!(doc.word(after), "," | "and" | "or"))
            || (left.tokens.0 > 0 && doc.word(left.tokens.0 - 1) == ",")
    };
    let joined = |doc: &Document, left: &Mention, right: &Mention| {
        let between = right.tokens.0.saturating_sub(left.tokens.1);
        between == 1
            && match doc.word(left.tokens.1) {
                "and" | "or" => true,
                "," => list_goes_on(doc, left, right),
                _ => false,
            }
    };
    // An untyped word takes an organisation's type from a list, and a place's only across
    // "and"/"or" from a place that is the whole conjunct ("visited Kamchatka and Sakhalin";
    // but "Moen and U.S. President Dana Okafor": the conjunct is the whole phrase, not "U.S.";
    // "On board the Freewinds, Paris claims"); a given name only a place's.
    // (A person by shape takes a place's type only across "and"/"or", as an untyped word
    // does: "in Tripoli, Tadeusz Awdankiewicz, told" is an apposition.)
    let fits = |weak: &Mention, strong: &Mention| {
        let left = if weak.tokens.0 < strong.tokens.0 {
            weak
        } else {
            strong
        };
        let place_conjunct = matches!(strong.kind, Some(EntityType::Gpe | EntityType::Loc))
            && matches!(doc.word(left.tokens.1), "and" | "or")
            && (strong.tokens.1 >= doc.tokens.len() || !is_capitalised(doc, strong.tokens.1));
        match weak.kind {
            None => strong.kind == Some(EntityType::Org) || place_conjunct,
            _ if person_by_shape(doc, weak) => place_conjunct,
            _ => matches!(strong.kind, Some(EntityType::Gpe | EntityType::Loc)),
        }
    };
    for i in 0..mentions.len() {
        let neighbours = [i.checked_sub(1), Some(i + 1)];
        for j in neighbours
            .into_iter()
            .flatten()
            .filter(|&j| j < mentions.len())
        {
            let (left, right) = if j < i { (j, i) } else { (i, j) };
            let comma = doc.word(mentions[left].tokens.1) == ",";
            if weak(doc, &mentions[i])
                && listed(doc, &mentions[j], comma)
                && fits(&mentions[i], &mentions[j])
                && joined(doc, &mentions[left], &mentions[right])
            {
                mentions[i].kind = mentions[j].kind;
                mentions[i].guessed = false;
                break;
            }
        }
    }
}

/// An organisation named after its house is the building where things happen: "talks at
/// the White House", "a concert at the Sydney Opera House", but "the White House said".
fn buildings_where_things_happen(doc: &Document, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let (a, b) = m.tokens;
        if m.kind != Some(EntityType::Org) || b - a < 2 || doc.word(b - 1) != "House" {
            continue;
        }
        let mut p = a.saturating_sub(1);
        if doc.word(p) == "the" {
            p = p.saturating_sub(1);
        }
        if a > 0 && AT_PLACE.contains(&doc.word(p)) {
            m.kind = Some(EntityType::Fac);
            m.guessed = false;
        }
    }
}

/// Does the text read as a sports report? Enough sports words, of enough kinds.
pub fn is_sports_report(doc: &Document) -> bool {
    sports_report(doc) != Sports::No
}

/// How sure [`sports_report`] is that the text is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sports {
    No,
    /// A few sports words of several kinds: its clubs are teams ("Arsenal manager").
    Likely,
    /// Many: its countries are national teams too ("Sweden defeated South Korea 1 – 0").
    Sure,
}

/// Does the text read as a sports report, and how surely? By the sports words of its list,
/// results with their scores and goals' minutes: how many, of how many kinds.
pub fn sports_report(doc: &Document) -> Sports {
    let ((words, word_kinds), (results, result_kinds)) = sports_words(doc);
    let (count, kinds) = (words + results, word_kinds + result_kinds);
    // (Results and minutes make no sure report: a country's name is far more often a place,
    // and a score alone does not say that countries play.)
    if words >= SPORTS_WORDS_MIN && word_kinds >= SPORTS_KINDS_MIN {
        Sports::Sure
    } else if count >= LIKELY_SPORTS_WORDS_MIN && kinds >= LIKELY_SPORTS_KINDS_MIN {
        Sports::Likely
    } else {
        Sports::No
    }
}

/// How many sports words the text has, and of how many kinds; then the same of its results
/// with their scores and its goals' minutes.
fn sports_words(doc: &Document) -> ((usize, usize), (usize, usize)) {
    let mut kinds: HashSet<&str> = HashSet::default();
    let (mut count, mut results, mut scores, mut minutes) = (0, 0, false, false);
    for (k, t) in doc.tokens.iter().enumerate() {
        // A result and its score ("held 1-1 by", "a 2-0 win"), and a goal's minute ("in
        // the 23rd minute") say so too, in words no list holds.
        if t.kind == TokenKind::Number {
            let score = result_score_at(doc, k);
            let minute = !score && goal_minute_at(doc, k);
            scores |= score;
            minutes |= minute;
            results += usize::from(score || minute);
            continue;
        }
        let w = t.span.of(doc.text);
        if t.kind != TokenKind::Word || !w.starts_with(|c: char| c.is_lowercase()) {
            continue;
        }
        // ("half-time", "semi-finals": a word joined by a hyphen, three tokens.)
        let w = hyphen_in_word(doc, k + 1)
            .then(|| doc.span_of((k, k + 3)).of(doc.text))
            .filter(|h| lexicon::is_sports_word(h))
            .unwrap_or(w);
        if lexicon::is_sports_word(w) {
            count += 1;
            kinds.insert(w);
        }
    }
    (
        (count, kinds.len()),
        (results, usize::from(scores) + usize::from(minutes)),
    )
}

/// Verbs of a match's result before its score ("beat Leeds 2-0", "were held 1-1").
const SCORE_VERBS: [&str; 9] = [
    "beat", "defeated", "drew", "edged", "held", "lost", "routed", "thrashed", "won",
];

/// Is the name at tokens `[a, b)` a side of a match's result? Its subject ("Arsenal drew
/// 1-1", "Arsenal, who drew 1-1"), its object before the score ("beat Leeds 2-0"), or the
/// side after the score and "over", "to", "with" or "against" ("a 2-0 win over Brentford",
/// "lost 3-1 to Cesena"). (Not a player who scored in it: "Haaland scored in a 2-0 win";
/// nor a player of a game of sets, whose result is several scores: "beat Sinner 6-4 6-3".)
pub fn in_a_result(doc: &Document, (a, b): (usize, usize)) -> bool {
    let n = doc.tokens.len();
    let verb_at = |k: usize| k < n && SCORE_VERBS.contains(&doc.word(k));
    let single_score_at = |k: usize| {
        result_score_at(doc, k) && !score_at(doc, k + 3) && !(k >= 3 && score_at(doc, k - 3))
    };
    let verb = if b + 2 < n && doc.word(b) == "," && doc.word(b + 1) == "who" {
        b + 2
    } else {
        b
    };
    let subject = verb_at(verb) && (verb + 1..(verb + 4).min(n)).any(single_score_at);
    let object = a > 0 && verb_at(a - 1) && single_score_at(b);
    let after = a > 1
        && matches!(doc.word(a - 1), "over" | "to" | "with" | "against")
        && (a.saturating_sub(7)..a - 1).any(single_score_at);
    subject || object || after
}

/// Does a match's score, a number of goals or points each, start at token `k` after a
/// verb of its result ("won 3-1", "beat Leeds 2-0", "beat the Bucks 112-104": up to three
/// words between) or before the result itself ("a 2-0 win")? (A basketball score of three
/// digits only after the verb: "a 112-104 win" may be a vote's tally.)
fn result_score_at(doc: &Document, k: usize) -> bool {
    let n = doc.tokens.len();
    if !score_at(doc, k) {
        return false;
    }
    let digits = char_count(doc.word(k)).max(char_count(doc.word(k + 2)));
    let verb_before = (k.saturating_sub(4)..k).any(|j| SCORE_VERBS.contains(&doc.word(j)));
    let result_after = k + 3 < n
        && matches!(
            doc.word(k + 3),
            "win" | "victory" | "defeat" | "draw" | "loss"
        );
    (digits <= 3 && verb_before) || (digits <= 2 && result_after)
}

/// Where a party stands, written before its name ("the far-right National Rally", "the
/// ruling Freedom Movement").
const POLITICAL_STANDINGS: [&str; 6] =
    ["right", "left", "wing", "opposition", "ruling", "governing"];
/// Its people, after its name ("National Rally leader Jordan Bardella", "the Rally's
/// lawmakers").
const PARTY_PEOPLE: [&str; 6] = [
    "leader",
    "leaders",
    "lawmakers",
    "members",
    "candidate",
    "candidates",
];

/// Is the name at tokens `[a, b)`, named by an event's word ("Rally", "March"), a party by
/// where it stands or by its people?
fn party_by_its_context(doc: &Document, (a, b): (usize, usize)) -> bool {
    let n = doc.tokens.len();
    let standing = a > 0 && POLITICAL_STANDINGS.contains(&lower(doc, a - 1).as_ref());
    let possessive = b < n && is_possessive_s(doc.word(b));
    let people = b + usize::from(possessive);
    standing || (people < n && PARTY_PEOPLE.contains(&doc.word(people)))
}

/// Beginnings of three letters of family, given and place names written with a capital
/// inside ("MacArthur", "VanderMeer", "DelBene", "DesJarlais", "KwaZulu"); those of two
/// ("McAllen", "DeSantis", "LeBron") are too short to count.
const NAME_PREFIXES_WITH_INNER_CAPITAL: [&str; 8] =
    ["Mac", "Van", "Von", "Del", "Des", "Dos", "Kwa", "Sha"];

/// Is `word` shaped as brands are, with a capital inside after three letters or more
/// ("MarketAxess", "GlaxoSmithKline", "YouTube", "PayPal")? Names of people and places
/// written so begin with a short particle ("McAllen", "DeSantis", "LeBron", "MacArthur").
fn is_brand_shaped(word: &str) -> bool {
    let bytes = word.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase)
        || NAME_PREFIXES_WITH_INNER_CAPITAL
            .iter()
            .any(|p| word.starts_with(p))
    {
        return false;
    }
    let lower_run = bytes[1..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    lower_run >= 2 && bytes.get(1 + lower_run).is_some_and(u8::is_ascii_uppercase)
}

/// Is a score, two numbers joined by a hyphen or a dash ("3-1", "92–81"), at token `k`?
fn score_at(doc: &Document, k: usize) -> bool {
    k + 2 < doc.tokens.len()
        && doc.tokens[k].kind == TokenKind::Number
        && matches!(doc.word(k + 1), "-" | "–")
        && doc.tokens[k + 2].kind == TokenKind::Number
}

/// Does "23rd minute" (a minute of a match by its ordinal) start at token `k`?
fn goal_minute_at(doc: &Document, k: usize) -> bool {
    let w = doc.word(k);
    k + 1 < doc.tokens.len()
        && doc.tokens[k].kind == TokenKind::Number
        && is_ordinal(w)
        && matches!(doc.word(k + 1), "minute" | "minutes")
}

/// In a sports report a country that does things is its national team, an organisation
/// ("Sweden defeated South Korea 1 – 0"); a country where things happen stays a place
/// ("a match in Russia"). So is a club named by one word before a team role ("Chelsea coach
/// Enzo Maresca") or beside a result verb ("Arsenal beat Chelsea"), though that word may
/// also be a given name. The countries only when `countries` (a sure report, [`Sports`]).
fn national_teams(doc: &Document, mentions: &mut [Mention], countries: bool) {
    let n = doc.tokens.len();
    // "beat Aston Villa 3-1": a name of any length before one score is a team (a player's
    // tennis sets come in twos and threes: "Carlos Ruiz 6-3 6-4"; a bowler's figures in
    // fours: "Vass 7-0-29-0").
    let one_score = |k: usize| {
        score_at(doc, k)
            && !(k + 3 < n && doc.tokens[k + 3].kind == TokenKind::Number)
            && !(k + 4 < n
                && matches!(doc.word(k + 3), "," | "-" | "(")
                && doc.tokens[k + 4].kind == TokenKind::Number)
    };
    // (Where the player before is from: "Karim Alami of Morocco", "Tim Henman of Britain",
    // "the sixth-seeded Huber of Germany".)
    let mut person_end = None;
    // The one-word names found to be clubs by their staff: their other mentions are the
    // club too ("Chelsea coach Enzo Maresca" … "put Chelsea ahead"). (Not by a result:
    // "defeated Jansher" may be a squash player.)
    let mut clubs: HashSet<&str> = HashSet::default();
    // The given and family names of the people named in full ("Novak Djokovic"): alone,
    // beside a result, they are the players ("Djokovic beat Alcaraz", "against Novak"), no
    // clubs.
    let players: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == Some(EntityType::Person) && m.tokens.1 > m.tokens.0 + 1)
        .flat_map(|m| [doc.word(m.tokens.0), doc.word(m.tokens.1 - 1)])
        .collect();
    for m in mentions.iter_mut() {
        let (a, b) = m.tokens;
        let the = usize::from(a > 1 && lower(doc, a - 1) == "the");
        // ("Aaron Slight (New Zealand)": where the player is from, in brackets.)
        let of_person =
            (a > the && doc.word(a - 1 - the) == "of" && person_end == Some(a - 1 - the))
                || (a > 0 && doc.word(a - 1) == "(" && person_end == Some(a - 1));
        if matches!(m.kind, None | Some(EntityType::Person)) {
            person_end = Some(b);
        }
        // ("Leeds v Hull", "Hull vs. Leeds": a fixture.)
        let versus = |k: usize| k < n && matches!(doc.word(k), "v" | "vs" | "versus");
        let beside_result = (b < n
            && (TEAM_ROLES.contains(&doc.word(b)) || RESULT_VERBS.contains(&doc.word(b))))
            || versus(b)
            || (a > 0 && versus(a - 1))
            || (a > 1 && doc.word(a - 1) == "." && versus(a - 2))
            || (a > 0 && RESULT_VERBS.contains(&doc.word(a - 1)))
            // ("scored twice against Everton", "Spurs travel to Fulham", "lost away to
            // Celtic", "at home to Hull": the opponent.)
            || (a > 0 && doc.word(a - 1) == "against")
            || (a > 1
                && doc.word(a - 1) == "to"
                && matches!(
                    doc.word(a - 2),
                    "travel" | "travels" | "travelled" | "traveled" | "trip" | "away" | "home"
                ))
            // ("drew 0-0 with Everton".)
            || (a >= 4 && matches!(doc.word(a - 1), "with" | "against") && score_at(doc, a - 4));
        let locative = of_person
            || a > 0
                && matches!(
                    lower(doc, a - 1).as_ref(),
                    "in" | "at" | "from" | "to" | "near"
                );
        let person_or_untyped = matches!(m.kind, None | Some(EntityType::Person));
        // (A city of a club's name is the club, unless the place is where: "in Kansas City".)
        let club_name = b > a + 1
            && CLUB_LAST_WORDS.contains(&doc.word(b - 1))
            && (person_or_untyped || (m.kind == Some(EntityType::Gpe) && !locative));
        let player = b == a + 1 && players.contains(doc.word(a));
        let club = club_name
            || person_or_untyped && !player && ((b == a + 1 && beside_result) || one_score(b));
        if club {
            m.kind = Some(EntityType::Org);
            m.guessed = false;
            if b == a + 1 && b < n && TEAM_ROLES.contains(&doc.word(b)) {
                clubs.insert(m.span.of(doc.text));
            }
            continue;
        }
        if m.kind != Some(EntityType::Gpe) || locative || m.dateline {
            continue;
        }
        let country = lexicon::is_country(m.span.of(doc.text));
        // A county or a city before a team role, in a fixture or beside a result is its club
        // ("Lancashire batsman Graham Lloyd", "Leeds v Hull", "Leicestershire beat Somerset
        // by an innings"), as an unknown name is. So are its other mentions.
        let by_role = (b == a + 1 && b < n && TEAM_ROLES.contains(&doc.word(b)))
            || versus(b)
            || (a > 0 && versus(a - 1));
        let by_result = (b == a + 1 && beside_result) || one_score(b);
        if !country && (by_role || by_result) {
            if b == a + 1 {
                clubs.insert(m.span.of(doc.text));
            }
            m.kind = Some(EntityType::Org);
            m.guessed = false;
        } else if countries && country {
            m.kind = Some(EntityType::Org);
            m.guessed = false;
        }
    }
    clubs_play_clubs(doc, mentions);
    // (Not where a place is: "in Liverpool", a dateline.)
    for m in mentions.iter_mut() {
        let (a, b) = m.tokens;
        let locative = a > 0 && matches!(lower(doc, a - 1).as_ref(), "in" | "at" | "from" | "to");
        if b == a + 1
            && matches!(m.kind, None | Some(EntityType::Person | EntityType::Gpe))
            && !m.dateline
            && !locative
            && clubs.contains(m.span.of(doc.text))
        {
            m.kind = Some(EntityType::Org);
            m.guessed = false;
        }
    }
}

/// A name guessed to be a person, on one side of a result or a fixture's verb, is a club when
/// the name on the other side, in the same sentence, is one: teams play teams ("Manchester
/// City, the champions, host Aston Villa"), as players play players ("Alcaraz beat Jannik
/// Sinner").
fn clubs_play_clubs(doc: &Document, mentions: &mut [Mention]) {
    let is_club = |m: &Mention| m.kind == Some(EntityType::Org) && !m.guessed;
    let sentence = |m: &Mention| doc.tokens[m.tokens.0].sentence;
    for i in 0..mentions.len() {
        let (a, b) = mentions[i].tokens;
        if !(mentions[i].guessed && matches!(mentions[i].kind, None | Some(EntityType::Person))) {
            continue;
        }
        let verb_before = a > 0 && RESULT_VERBS.contains(&doc.word(a - 1));
        let verb_after = b < doc.tokens.len() && RESULT_VERBS.contains(&doc.word(b));
        let opponent = if verb_before {
            i.checked_sub(1).map(|j| &mentions[j])
        } else if verb_after {
            mentions.get(i + 1)
        } else {
            None
        };
        if opponent.is_some_and(|o| is_club(o) && sentence(o) == sentence(&mentions[i])) {
            mentions[i].kind = Some(EntityType::Org);
            mentions[i].guessed = false;
        }
    }
}

fn push(
    out: &mut Vec<Mention>,
    doc: &Document,
    tokens: (usize, usize),
    kind: Option<EntityType>,
    title_gender: Option<Gender>,
) {
    if tokens.0 >= tokens.1 {
        return;
    }
    out.push(Mention {
        span: doc.span_of(tokens),
        kind,
        tokens,
        title_gender,
        guessed: false,
        dateline: false,
    });
}

/// [`push`] a mention typed by a guess ([`Mention::guessed`]), which the later stages may
/// outweigh.
fn push_guess(
    out: &mut Vec<Mention>,
    doc: &Document,
    tokens: (usize, usize),
    kind: Option<EntityType>,
) {
    let before = out.len();
    push(out, doc, tokens, kind, None);
    // (Only the mention pushed here: an empty range pushes none.)
    if let Some(m) = out.get_mut(before) {
        m.guessed = true;
    }
}

fn lower<'d>(doc: &'d Document, i: usize) -> Cow<'d, str> {
    doc.lower(i)
}

/// A word that starts with a capital letter (or a digit-bearing name like "G20").
fn is_capitalised(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    let w = doc.word(i);
    t.kind == TokenKind::Word && w.chars().next().is_some_and(char::is_uppercase) && w != "I"
}

pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_lowercase())
}

/// Could the one word at tokens `[a, b)` label a speaker's turn in a transcript? A word in
/// capitals opening its paragraph (after an opening mark at most) before a colon:
/// `"WALLACE: Let's start …`, `RUIZ: Well, look, …`; no known name ("CNN:") nor acronym.
/// It does when the article names someone so ("Mike Pence" … "PENCE:"), or uses it again
/// and it is no common word (a kicker: "UPDATE:", "VIDEO:").
fn is_label_shaped(doc: &Document, (a, b): (usize, usize)) -> bool {
    let w = doc.word(a);
    let opens = doc.opens_paragraph(a)
        || (a > 0 && doc.opens_paragraph(a - 1) && matches!(doc.word(a - 1), "\"" | "“"));
    opens
        && b == a + 1
        && b < doc.tokens.len()
        && doc.word(b) == ":"
        && char_count(w) > 2
        && w.chars().all(|c| c.is_alphabetic() && !c.is_lowercase())
        && !lexicon::is_common_acronym(w)
        && known_type(w).is_none()
}

/// "PENCE" → "Pence". ASCII capitals only: Unicode's case tables would add 10 KB to the
/// gzipped WebAssembly (see `Document::lower`).
pub(crate) fn title_cased(word: &str) -> String {
    let mut out = word.to_ascii_lowercase();
    // (Only an ASCII first letter was lowered. Put back in place, not by `replace_range`,
    // whose general code costs the bundle a kilobyte.)
    if word.starts_with(|c: char| c.is_ascii_uppercase()) {
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_uppercase();
        }
    }
    out
}

fn is_month_or_weekday(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

/// The tokens of headlines in title case that are common words capitalised only by the
/// headline ("Hillary Clinton Goes After Donald Trump", "Bernie Sanders Burns Hillary
/// Clinton"): they end a name there and start none. A word counts when the word lists or the
/// article's body know it in lower case ("endorses"), or it is a contraction ("Isn’t"); it
/// is no given name, title or name word of a list; and the body never writes it capitalised
/// inside a sentence ("White House" keeps "White").
/// The headlines are the paragraphs in title case above the first of the body; the vector
/// ends where the body starts, and is empty when there is no headline or no body.
pub(crate) fn headline_common_words(doc: &Document) -> Vec<bool> {
    // Whether each paragraph up to the first of the body reads as a title, found once.
    let mut titles = Vec::new();
    let Some(first_body) = (0..doc.paragraphs.len()).position(|p| {
        titles.push(reads_as_title(doc, p));
        !titles[p] && doc.has_lower_case[p]
    }) else {
        return Vec::new();
    };
    // (A headline in capitals is the learned tagger's to read; a line of names in title
    // case further down is a list or a table's row, not a headline.)
    let in_headline = |p: usize| titles[p] && doc.has_lower_case[p];
    let is_body =
        |p: usize| doc.has_lower_case[p] && !titles.get(p).copied().unwrap_or(doc.title_case[p]);
    if !(0..first_body).any(in_headline) {
        return Vec::new();
    }
    let headline_end = doc.token_at_or_after(doc.paragraphs[first_body].start);
    // ("Ice Near Lunar South Pole": a word of a known name of two keeps its capital.)
    let in_known_pair = |k: usize| {
        let known = |a: usize| {
            a + 2 <= headline_end
                && doc.tokens[a + 1].space_before
                && known_type(chunk_text(doc, (a, a + 2))).is_some()
        };
        known(k) || (k > 0 && known(k - 1))
    };
    // ("Apple Unveils Thinner iPhone": a word in "-s" after a known name is its verb.)
    let verb_after_known_name = |k: usize| {
        let w = doc.word(k);
        k > 0
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && doc.tokens[k].space_before
            && known_type(doc.word(k - 1)).is_some()
    };
    let mut capitalised_inside: HashSet<&str> = HashSet::default();
    let mut lower_case: HashSet<&str> = HashSet::default();
    for k in (0..doc.tokens.len()).filter(|&k| doc.tokens[k].kind == TokenKind::Word) {
        let w = doc.word(k);
        let p = doc.tokens[k].paragraph;
        if w.starts_with(char::is_lowercase) {
            lower_case.insert(w);
        } else if is_body(p) && !doc.is_sentence_initial(k) {
            capitalised_inside.insert(w);
        }
    }
    (0..headline_end)
        .map(|k| {
            let w = doc.word(k);
            let l = lower(doc, k);
            in_headline(doc.tokens[k].paragraph)
                && is_capitalised(doc, k)
                && !capitalised_inside.contains(w)
                && (lexicon::is_common_word(&l)
                    || lower_case.contains(l.as_ref())
                    || is_contraction(w)
                    || verb_after_known_name(k))
                && lexicon::given_name(w).is_none()
                && !lexicon::is_title(&l)
                && !is_month_or_weekday(w)
                && known_type(w).is_none()
                && !lexicon::is_org_word(w)
                && !lexicon::is_fac_word(w)
                && !lexicon::is_loc_word(w)
                && !lexicon::is_event_word(w)
                && !in_known_pair(k)
        })
        .collect()
}

/// Is paragraph `p` in title case ([`Document::title_case`]), or a short headline with
/// fewer long words, whose words of three letters or more are all capitalised, three at
/// least ("Arsenal Beat Chelsea to Go Top")?
fn reads_as_title(doc: &Document, p: usize) -> bool {
    if doc.title_case[p] {
        return true;
    }
    let span = doc.paragraphs[p];
    let mut words = 0;
    for k in doc.token_at_or_after(span.start)..doc.tokens.len() {
        let t = &doc.tokens[k];
        if t.paragraph != p {
            break;
        }
        let w = doc.word(k);
        // (Short words of a title stay in lower case: "Wins in Brazil From 17th on the Grid",
        // "Unveils Thinner iPhone and Bets on Its Own Chips".)
        if t.kind == TokenKind::Word && char_count(w) >= 3 && !TITLES_MINOR_WORDS.contains(&w) {
            if !crate::text::has_a_capital(w) {
                return false;
            }
            words += 1;
        }
    }
    // (A line of the body broken before its sentence ends is no headline: "The National
    // Bank of Poland ¶ refrained from …".)
    let next_opens_lower_case = p + 1 < doc.paragraphs.len() && {
        let k = doc.token_at_or_after(doc.paragraphs[p + 1].start);
        k < doc.tokens.len() && doc.word(k).starts_with(char::is_lowercase)
    };
    words >= 3 && !next_opens_lower_case
}

/// Words that a title in title case leaves in lower case, of three letters or more.
const TITLES_MINOR_WORDS: [&str; 12] = [
    "and", "but", "for", "from", "into", "nor", "off", "onto", "over", "the", "via", "with",
];

/// Is the paragraph of token `i` written in title case (a headline)?
fn in_title_case_paragraph(doc: &Document, i: usize) -> bool {
    doc.title_case[doc.tokens[i].paragraph]
}

/// A capitalised word that is only capitalised because of where it stands.
fn is_positional_capital(doc: &Document, i: usize) -> bool {
    let w = doc.word(i);
    let l = lower(doc, i);
    // "Chipmaker Nvidia said", "Airline Qantas cut": the kind of firm opening a sentence
    // (a headline's, mostly) is no part of its name.
    let kind_of_firm = l.ends_with("maker") || FIRM_KINDS_OPENING.contains(&l.as_ref());
    if kind_of_firm
        && i + 1 < doc.tokens.len()
        && is_capitalised(doc, i + 1)
        && doc.tokens[i + 1].space_before
        && at_sentence_start(doc, i)
    {
        return true;
    }
    // "Diplomats said", "Envoys warned": a role's plural opening a sentence before a word in
    // lower case names people, no one by name.
    let plural_role = || {
        l.strip_suffix('s').is_some_and(lexicon::is_title)
            && i + 1 < doc.tokens.len()
            && doc
                .word(i + 1)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && at_sentence_start(doc, i)
    };
    if !lexicon::is_common_word(&l) || is_all_caps(w) {
        return plural_role();
    }
    // Known names stay names even at the start ("China said", "Chinese President").
    if lexicon::place_type(w).is_some() || lexicon::is_norp(w) || lexicon::is_org_name(w) {
        return false;
    }
    // "New Zealand", "United States": the first word of a known name.
    let starts_known_name = (2..=3).any(|len| {
        i + len <= doc.tokens.len()
            && (i..i + len).all(|k| is_capitalised(doc, k))
            && known_type(chunk_text(doc, (i, i + len))).is_some()
    });
    if starts_known_name {
        return false;
    }
    // "Image: Nick Moreau": a given name before a capitalised word is a name. So is one
    // before a family name that is also a common word ("Bob Smith met", "Bill Gates
    // said"): only the first word of a sentence takes a capital by its place, so the second
    // has its own. In a headline in title case every word has one: there the family name
    // must act ("Bill Gates Says"), as a common noun after the given name would not.
    let next_is_name = i + 1 < doc.tokens.len()
        && is_capitalised(doc, i + 1)
        && doc.tokens[i + 1].space_before
        && (!in_title_case_paragraph(doc, i)
            || !lexicon::is_common_word(&lower(doc, i + 1))
            || family_name_acts(doc, i + 1));
    if lexicon::given_name(w).is_some() && next_is_name {
        return false;
    }
    // "Mayor Hamilton said", "Judge Austin ruled": a title opening the sentence still opens
    // a name, or a list's place would stand alone for the person (outside headlines, where
    // every word has its capital).
    // ("Major European rivers": no name after a people's adjective.)
    let titled =
        next_is_name && !in_title_case_paragraph(doc, i) && !lexicon::is_norp(doc.word(i + 1));
    if lexicon::is_title(&l) && titled {
        return false;
    }
    // "Ban Ki-moon", "Moon Jae-in", "Park Geun-hye": a short family name before a Korean
    // given name (two syllables joined by a hyphen, the second in lower case).
    let korean_given_name = || {
        let n = doc.tokens.len();
        let syllable = |k: usize, capital: bool| {
            let word = doc.word(k);
            (2..=4).contains(&char_count(word))
                && word.starts_with(|c: char| c.is_uppercase() == capital && c.is_alphabetic())
        };
        char_count(w) <= 4
            && i + 3 < n
            && doc.tokens[i + 1].space_before
            && syllable(i + 1, true)
            && doc.word(i + 2) == "-"
            && !doc.tokens[i + 2].space_before
            && !doc.tokens[i + 3].space_before
            && syllable(i + 3, false)
    };
    if korean_given_name() {
        return false;
    }
    // "Minister of Education Stefania Giannini said": a title and its portfolio before a
    // name open the chunk, which the title then leaves out ("Education" is no name).
    let title_of = i + 2 < doc.tokens.len()
        && lexicon::is_title(&l)
        && doc.word(i + 1) == "of"
        && is_capitalised(doc, i + 2);
    if title_of {
        return false;
    }
    // "Environment Canada spokeswoman …", "Statistics Canada officials": a common word
    // before a country, and its staff after, name a government agency.
    // (Not a word that opens sentences before names: "Former England captain …".)
    let agency = || {
        i + 2 < doc.tokens.len()
            && !OPENERS_BEFORE_NAMES.contains(&w)
            && lexicon::place_type(doc.word(i + 1)) == Some(EntityType::Gpe)
            && {
                let staff = doc.word(i + 2);
                staff.starts_with("spokes") || staff == "officials" || names_org_member(doc, i + 2)
            }
    };
    // "Reserve Bank of Australia governor …", "National Weather Service forecasters …": a
    // word before capitalised words that end in an organisation's head (or its head and
    // "of") opens the organisation's name; not a word that opens sentences ("The", "After",
    // "Several Bank of England officials").
    let opens_org_name = || {
        capitalised_run_ends_in_org_word(doc, i + 1, doc.tokens.len())
            && !FUNCTION_WORDS.contains(&w)
            && !OPENERS_BEFORE_NAMES.contains(&w)
            && !crate::text::starts_common_sentence(doc.text, &doc.tokens[i])
    };
    // "Orange County officials", "Gaines County, where …": a word before a place's head
    // opens the place's name. (Not "City" or "District": "Inner City schools".)
    let opens_place_name = || {
        i + 1 < doc.tokens.len()
            && doc.tokens[i + 1].space_before
            && !["City", "District"].contains(&doc.word(i + 1))
            && PLACE_HEADS_LAST.contains(&doc.word(i + 1))
            && !FUNCTION_WORDS.contains(&w)
            && !OPENERS_BEFORE_NAMES.contains(&w)
    };
    // "Health and Human Services Secretary …": a field before "and" and capitalised words
    // with an organisation's head among them opens the organisation's name.
    let opens_joined_org_name = || {
        i + 2 < doc.tokens.len()
            && doc.word(i + 1) == "and"
            && !FUNCTION_WORDS.contains(&w)
            && !OPENERS_BEFORE_NAMES.contains(&w)
            && (i + 2..doc.tokens.len())
                .take_while(|&k| is_capitalised(doc, k) && doc.tokens[k].space_before)
                .any(|k| lexicon::is_org_word(doc.word(k)))
    };
    at_sentence_start(doc, i)
        && !agency()
        && !opens_org_name()
        && !opens_place_name()
        && !opens_joined_org_name()
}

/// Do the capitalised words from token `from` on (each after a space, before token `limit`;
/// one at least) end in an organisation's head word ("Bank" of "Reserve | Bank of
/// Australia", "Council" of "U.S.-China | Business Council")?
fn capitalised_run_ends_in_org_word(doc: &Document, from: usize, limit: usize) -> bool {
    let mut k = from;
    while k < limit && is_capitalised(doc, k) && doc.tokens[k].space_before {
        k += 1;
    }
    k > from && lexicon::is_org_word(doc.word(k - 1))
}

/// Words that open a sentence before an organisation's name and are no part of it: "Several
/// Bank of England officials", "Top Treasury officials".
const OPENERS_BEFORE_NAMES: [&str; 24] = [
    "This", "That", "These", "Those", "Some", "Many", "Most", "All", "Both", "Each", "Every",
    "Several", "Few", "No", "Other", "Such", "Any", "Another", "Our", "Their", "Former", "Top",
    "Senior", "Local",
];

/// Does the capitalised word at `i`, a person's family name that is also a common word, act
/// as the subject of what follows: a verb that says ("Bush says", "Brown told"), an
/// auxiliary or a possessive ("Rice has", "Young's")? Then it names the person even where any
/// word is capitalised ("… Jeb Bush …. Bush says"), not the common word ("Young people").
fn family_name_acts(doc: &Document, i: usize) -> bool {
    let next = i + 1;
    if next >= doc.tokens.len() || doc.tokens[next].paragraph != doc.tokens[i].paragraph {
        return false;
    }
    let w = lower(doc, next);
    lexicon::cue_lemma(&w).is_some()
        || matches!(
            w.as_ref(),
            "has"
                | "had"
                | "is"
                | "was"
                | "will"
                | "would"
                | "also"
                | "then"
                | "later"
                | "’s"
                | "'s"
        )
}

/// Does the word at `k`, right after a name, name people or things only an organisation has
/// ("Acme shares", "Westvale striker", "Quorvex chief executive"; not "Obama chief of
/// staff")?
pub fn names_org_member(doc: &Document, k: usize) -> bool {
    let n = doc.tokens.len();
    // ("a Boeing executive", "Acme executives said"; not "a Trump executive order", "the
    // Acme executive director": only before punctuation, a name or a verb.)
    let executive = || match doc.word(k) {
        "executives" => true,
        "executive" => {
            k + 1 >= n
                || doc.tokens[k + 1].kind != TokenKind::Word
                || is_capitalised(doc, k + 1)
                || lexicon::cue_lemma(&doc.lower(k + 1)).is_some()
        }
        _ => false,
    };
    k < n
        && (lexicon::is_org_member_noun(&doc.lower(k))
            || (doc.word(k) == "chief" && k + 1 < n && doc.word(k + 1) != "of")
            || executive())
}

/// A name that ends in an abbreviation keeps its dot inside a sentence: "Norwest Corp. could",
/// "Salomon Bros.' strategist", "Acme Inc., a maker". (The tokens split the dot off. Where a
/// capital follows, the dot may end the sentence too, and conventions differ: CoNLL leaves
/// it out of "McDonald & Co.", OntoNotes keeps it; it stays out.) A state's abbreviation
/// with its dot is typed a place here, where the dot is seen ("Menlo Park, Calif.").
fn abbreviations_keep_their_dots(doc: &Document, mentions: &mut [Mention]) {
    let n = doc.tokens.len();
    for m in mentions {
        let (a, b) = m.tokens;
        let dot = b < n && doc.word(b) == "." && !doc.tokens[b].space_before;
        let inside_a_sentence = || {
            b + 1 < n && {
                let next = &doc.tokens[b + 1];
                next.paragraph == doc.tokens[b].paragraph
                    && !next.span.of(doc.text).starts_with(char::is_uppercase)
            }
        };
        // A place known by its abbreviation with the dot is that place ("Tampa, Fla., on
        // Monday"; also where the dot ends the sentence: "Menlo Park, Calif.").
        let place = dot && b == a + 1 && is_place_abbreviation(doc, a);
        if place {
            m.kind = Some(EntityType::Gpe);
            m.guessed = false;
        }
        let abbreviation = place || (b > a && lexicon::is_abbreviation(doc.word(b - 1)));
        if dot && abbreviation && inside_a_sentence() {
            m.tokens.1 = b + 1;
            m.span.end = doc.tokens[b].span.end;
        }
    }
}

/// Is token `k` a state's abbreviation, with its dot in it ("N.J.") or in the token after it
/// ("Calif" "."): "Trenton, N.J.", "Menlo Park, Calif."?
pub fn is_place_abbreviation(doc: &Document, k: usize) -> bool {
    let dot_after =
        k + 1 < doc.tokens.len() && doc.word(k + 1) == "." && !doc.tokens[k + 1].space_before;
    lexicon::is_place_abbreviation(doc.word(k))
        || (dot_after && lexicon::is_place_abbreviation(&[doc.word(k), "."].concat()))
}

/// Does token `i` stand where any word is capitalised: a sentence's start, after a colon or an
/// opening quotation mark, or in a headline?
pub fn at_sentence_start(doc: &Document, i: usize) -> bool {
    doc.is_sentence_initial(i) || after_colon_or_dash(doc, i) || in_title_case_paragraph(doc, i)
}

/// After a colon, a dash or an opening quotation mark a new sentence may start:
/// `said, “We are …`.
fn after_colon_or_dash(doc: &Document, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // A straight mark opens a quotation when it stands apart from the word before it;
    // in `," Obama mocked` it closes one.
    let opening_straight = doc.word(i - 1) == "\"" && (i == 1 || doc.tokens[i - 1].space_before);
    // A hyphen, or two (two tokens), set apart as a dash: "COLOMBO, Oct 14 (Reuters) - The
    // Election Commission", "BEIJING, May 14 (Xinhua) -- The Foreign Ministry".
    let double = i > 1
        && doc.word(i - 2) == "-"
        && doc.word(i - 1) == "-"
        && !doc.tokens[i - 1].space_before;
    let dash_start = if double { i - 2 } else { i - 1 };
    let spaced_hyphen =
        doc.word(i - 1) == "-" && doc.tokens[dash_start].space_before && doc.tokens[i].space_before;
    opening_straight
        || spaced_hyphen
        || matches!(doc.word(i - 1), ":" | "—" | "–" | "“" | "‘" | "«")
}

/// Is token `k` one of [`headline_common_words`] (`headline`)?
fn is_headline_word(headline: &[bool], k: usize) -> bool {
    headline.get(k).copied().unwrap_or(false)
}

fn starts_chunk(doc: &Document, i: usize, headline: &[bool]) -> bool {
    is_capitalised(doc, i)
        && !is_headline_word(headline, i)
        && !is_positional_capital(doc, i)
        && !is_month_or_weekday(doc.word(i))
        && !after_lower_case_prefix(doc, i)
}

/// "pro-Beijing", "anti-Trump", "non-Muslim": an adjective, not a mention of the name.
fn after_lower_case_prefix(doc: &Document, i: usize) -> bool {
    i >= 2
        && !doc.tokens[i].space_before
        && doc.word(i - 1) == "-"
        && !doc.tokens[i - 1].space_before
        && doc
            .word(i - 2)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// Short words that end a compound adjective after a name and a hyphen ("Tea-led",
/// "Ohio-born"), never a syllable of the name.
const COMPOUND_TAILS: [&str; 14] = [
    "led", "run", "era", "born", "made", "like", "wide", "held", "free", "rich", "type", "owned",
    "based", "style",
];

/// Can token `j` continue a name chunk whose last token is `j - 1`?
fn continues_chunk(doc: &Document, start: usize, j: usize, headline: &[bool]) -> bool {
    let t = &doc.tokens[j];
    if t.paragraph != doc.tokens[start].paragraph {
        return false;
    }
    let w = doc.word(j);
    if t.sentence != doc.tokens[j - 1].sentence {
        return false;
    }
    if w == "I" && t.space_before {
        return is_regnal_one(doc, j);
    }
    // "McDonald's", "Moody's": a firm whose name ends in a possessive. Its name goes on only
    // into a longer name of the firm, with a head word or a legal form ahead ("Moody's
    // Investors Service", "McDonald's Corp."), never into what the firm has ("McDonald's
    // Chief Executive Ann Lowe").
    if is_possessive_s(w) && !t.space_before {
        if lexicon::is_org_name_with_possessive(chunk_text(doc, (start, j))) {
            return true;
        }
    } else if j >= start + 2
        && is_possessive_s(doc.word(j - 1))
        && lexicon::is_org_name_with_possessive(chunk_text(doc, (start, j - 1)))
    {
        return is_capitalised(doc, j)
            && t.space_before
            && capitalised_run_ends_in_org_word(doc, j, doc.tokens.len());
    }
    if is_capitalised(doc, j) && t.space_before {
        // "Francois Hollande Says Donald Trump …": in a headline a verb of saying ends a name,
        // and so does a common word ("Hillary Clinton Goes After Donald Trump").
        let cue = || lexicon::cue_lemma(&lower(doc, j)).is_some();
        if is_headline_word(headline, j) || (in_title_case_paragraph(doc, j) && cue()) {
            return false;
        }
        // "Regina Ip In the …": a capitalised function word starts something new; but "A."
        // is an initial ("Julie A. Diaz").
        let initial = w.len() == 1
            && j + 1 < doc.tokens.len()
            && doc.word(j + 1) == "."
            && !doc.tokens[j + 1].space_before;
        if FUNCTION_WORDS.contains(&w) && !initial {
            return false;
        }
        // "… Ahmed Mohamed Image: Twitter": a caption's label starts something new.
        let label = CAPTION_LABELS.contains(&w)
            && j + 1 < doc.tokens.len()
            && doc.word(j + 1) == ":"
            && !doc.tokens[j + 1].space_before;
        // A month that is no date there is a family name: "Theresa May".
        let family_name = MONTHS.contains(&w) && date_at(doc, j).is_none();
        return !label && (!is_month_or_weekday(w) || family_name || lexicon::is_event_word(w));
    }
    // "King's College London", "the Korean People's Army", "the People's Republic of
    // China": a possessive inside a name that ends in an organisation's or a state's head
    // word (before a building, it is a place's: "Mecca's Grand Mosque", unless a saint's:
    // "St Paul's Cathedral"); and a plural's:
    // "the Eastfield Residents' Association", "the National Teachers' Union".
    // (A place before it stays a place of its own: "China's Foreign Ministry".)
    let plural_possessive = matches!(w, "'" | "’") && doc.word(j - 1).ends_with('s');
    if (is_possessive_s(w) || plural_possessive)
        && !t.space_before
        && next_is_capitalised(doc, j)
        && known_type(chunk_text(doc, (start, j))).is_none()
    {
        // A saint's building is named after the saint: "St George's Cathedral".
        let saint = matches!(doc.word(start), "St" | "Saint");
        // (After a name's possessive, a name of two words or more is its own: "Arsenal's |
        // Premier League"; a common word's is part of one: "the Korean People's Army". So
        // is a firm's that ends in its legal form, "Boatmen's Bancshares Inc.", or what an
        // organisation's head comes before: "the Association of Lloyd's State Chairmen".)
        let own_name = !saint
            && !lexicon::is_common_word(&lower(doc, j - 1))
            && !(start..j).any(|k| lexicon::is_org_word(doc.word(k)));
        let mut head_ahead = false;
        let mut k = j + 1;
        while k < (j + 4).min(doc.tokens.len())
            && is_capitalised(doc, k)
            && doc.tokens[k].space_before
        {
            let word = doc.word(k);
            head_ahead |= lexicon::is_org_word(word)
                || PLACE_HEADS_WITH_OF.contains(&word)
                || (saint && lexicon::is_fac_word(word));
            k += 1;
        }
        if own_name && k >= j + 3 && !lexicon::is_legal_form(doc.word(k - 1)) {
            return false;
        }
        return head_ahead;
    }
    // "Mr. Smith", "J. K. Rowling", "St. Louis": the dot of a title, an initial or a saint.
    if w == "." && !t.space_before {
        let prev = doc.word(j - 1);
        let initial = char_count(prev) == 1 && prev.chars().all(char::is_uppercase);
        let title = (lexicon::is_title(&lower(doc, j - 1))
            || title_with_its_dot(doc, j - 1)
            || prev == "St")
            && lexicon::is_abbreviation(prev);
        // (Not an initial before another sentence: "She wrote on X. He said".)
        return j + 1 < doc.tokens.len()
            && (title || (initial && doc.tokens[j + 1].sentence == t.sentence))
            && is_capitalised(doc, j + 1);
    }
    false
}

/// Is the "I" at `j`, after a name, the name's regnal number ("Henry I and his barons",
/// "Mojmír I (ruled 830–846)"), or a war's ("World War I")? The pronoun goes on with its
/// verb ("Obama I met"); the numeral ends the name, before a stop, a bracket, "and", "of"
/// or "with".
fn is_regnal_one(doc: &Document, j: usize) -> bool {
    // After "War" it counts the war ("World War I"; not after other events' heads: "the
    // World Cup I watched"); after another word of the language it is a label ("World
    // Group I"), which a given name is not.
    let prev = doc.word(j - 1);
    if prev == "War" {
        return true;
    }
    if lexicon::is_common_word(&lower(doc, j - 1)) && lexicon::given_name(prev).is_none() {
        return false;
    }
    if j + 1 >= doc.tokens.len() {
        return true;
    }
    let next = doc.word(j + 1);
    let punctuation = doc.tokens[j + 1].kind != TokenKind::Word
        && !matches!(next, "'" | "’")
        && (next != "-" || doc.tokens[j + 1].space_before);
    punctuation || matches!(next, "and" | "of" | "with") || is_possessive_s(next)
}

/// Does a company's abbreviated legal form end its name before "of"? "Kia Motor Corp | of
/// South Korea", "Dow Chemical Co | of the United States" say where the company is from;
/// a full word may be the name's ("the Corporation of London").
fn legal_form_ends_name(word: &str) -> bool {
    lexicon::is_legal_form(word) && !matches!(word, "Corporation" | "Limited")
}

fn next_is_capitalised(doc: &Document, j: usize) -> bool {
    j + 1 < doc.tokens.len()
        && doc.tokens[j + 1].paragraph == doc.tokens[j].paragraph
        && is_capitalised(doc, j + 1)
}

/// The exclusive end of the name chunk starting at token `start`.
fn chunk_end(doc: &Document, start: usize, headline: &[bool]) -> usize {
    // No name runs longer: a list of capitalised words without commas ("China China …")
    // is cut into pieces, so that the work per piece stays bounded.
    let n = doc.tokens.len().min(start + MAX_CHUNK_TOKENS);
    let mut end = start + 1;
    // Has an organisation's head taken "of"/"for" ("Commission for the Protection")? Then a
    // later "of" stays inside the name ("… of Children").
    let mut org_linked = false;
    while end < n {
        if continues_chunk(doc, start, end, headline) {
            end += 1;
            continue;
        }
        let w = doc.word(end);
        let prev = doc.word(end - 1);
        let same_para = doc.tokens[end].paragraph == doc.tokens[start].paragraph;
        if !same_para {
            break;
        }
        // "Wong Yeung-tat": a hyphen inside a name word; a common word only after a short
        // syllable in the Korean way ("Ban Ki-moon", "Moon Jae-in"; "Obama-era" is none), or
        // a syllable of up to five letters after a family name, in the Cantonese way ("Leung
        // Kwok-hung", "Hau Lung-bin").
        let korean_syllables = || {
            let (first, second) = (char_count(prev), char_count(doc.word(end + 1)));
            ((2..=3).contains(&first) || ((4..=5).contains(&first) && end >= start + 2))
                && second <= 4
                && !is_all_caps(prev)
                && !COMPOUND_TAILS.contains(&doc.word(end + 1))
        };
        if end + 3 < n && linked_by_a_short_word(doc, end) {
            end += 4;
            continue;
        }
        if (w == "-" || w == "‐")
            && !doc.tokens[end].space_before
            && end + 1 < n
            && !doc.tokens[end + 1].space_before
            && doc.tokens[end + 1].kind == TokenKind::Word
            && doc
                .word(end + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && (!lexicon::is_common_word(doc.word(end + 1)) || korean_syllables())
            && lexicon::place_type(prev).is_none()
            && !lexicon::is_norp(prev)
        {
            end += 2;
            continue;
        }
        // Hyphenated names: "Rolls-Royce", but not "U.S.-China" nor "Beijing-based"; a place
        // known as a whole stays whole ("Nagorno-Karabakh", though "Karabakh" is known too).
        if hyphen_before_capital(doc, end, n) {
            let right = doc.word(end + 1);
            let known = |s: &str| lexicon::place_type(s).is_some() || lexicon::is_norp(s);
            let joined = chunk_text(doc, (end - 1, end + 2));
            // (But an organisation's name goes on over them: "the U.S.-China Business
            // Council", "Forum on China-Africa Cooperation".)
            if (known(prev) || known(right))
                && lexicon::place_type(joined).is_none()
                && !capitalised_run_ends_in_org_word(doc, end + 2, n)
                && !org_linked
            {
                break;
            }
            end += 2;
            continue;
        }
        if w == "&" && next_is_capitalised(doc, end) {
            end += 2;
            continue;
        }
        if let Some(family) = nickname_then_family_name(doc, end) {
            end = family + 1;
            continue;
        }
        // Lower-case particles inside personal names: "Ursula von der Leyen".
        if NAME_PARTICLES.contains(&w) && !is_org_like(prev) {
            let mut k = end;
            while k < n && NAME_PARTICLES.contains(&doc.word(k)) {
                k += 1;
            }
            if k < n && k > end && is_capitalised(doc, k) && doc.tokens[k].space_before {
                end = k + 1;
                continue;
            }
            // "al-Assad"
            if w == "al" && k + 1 < n && doc.word(k) == "-" && is_capitalised(doc, k + 1) {
                end = k + 2;
                continue;
            }
        }
        // "of" / "for" (+ "the") after a head that takes them: "University of Texas", or
        // inside a known name: "United States of America".
        let known_with_of =
            w == "of" && end + 1 < n && known_type(chunk_text(doc, (start, end + 2))).is_some();
        // "Council on Foreign Relations": bodies that deliberate take "on".
        let takes_on = w == "on" && ORG_HEADS_WITH_ON.contains(&prev);
        let org_link = takes_on || (w != "on" && lexicon::is_org_word(prev));
        let linked = w == "of" && org_linked;
        if ((w == "of" || w == "for")
            && !legal_form_ends_name(prev)
            && (takes_of(prev, w) || known_with_of || linked))
            || takes_on
        {
            let mut k = end + 1;
            if k < n && doc.word(k) == "the" {
                k += 1;
            }
            // ("University of Sheffield of the UK": a country after a second "of" locates.)
            let locates = linked
                && !takes_of(prev, w)
                && (k + 1..=(k + 3).min(n)).any(|e| {
                    matches!(
                        known_type(chunk_text(doc, (k, e))),
                        Some(EntityType::Gpe | EntityType::Loc)
                    )
                });
            if k < n
                && !locates
                && is_capitalised(doc, k)
                && !is_month_or_weekday(doc.word(k))
                && doc.tokens[k].paragraph == doc.tokens[start].paragraph
            {
                org_linked |= org_link;
                end = k + 1;
                continue;
            }
        }
        // "University of North Carolina at Chapel Hill": a campus of a state's university.
        let campus = w == "at"
            && org_linked
            && prev != "University"
            && next_is_capitalised(doc, end)
            && (start..end).any(|j| doc.word(j) == "University");
        if campus {
            end += 2;
            continue;
        }
        // "and" joins two names only under a shared head: "State and Homeland Security
        // Departments"; "Biden and Xi" are two people.
        if w == "and" && next_is_capitalised(doc, end) {
            let mut k = end + 1;
            // (Over hyphens too: "Ethics and Anti-Corruption Commission".)
            while k < n {
                if continues_chunk(doc, start, k, headline) {
                    k += 1;
                } else if hyphen_before_capital(doc, k, n) {
                    k += 2;
                } else {
                    break;
                }
            }
            // ("Securities and Exchange Commission Chairman Paul Atkins": the shared head may
            // come before a title and the name it opens, after common words: not "Bob Dole
            // and House Speaker Newt Gingrich".)
            let fields = lexicon::given_name(doc.word(start)).is_none()
                && (start..end).all(|j| lexicon::is_common_word(&lower(doc, j)));
            let k = (end + 2..k)
                .find(|&j| {
                    fields && is_org_like(doc.word(j - 1)) && lexicon::is_title(&lower(doc, j))
                })
                .unwrap_or(k);
            // ("Tesla and Ford Motor Co" are two: the first is a name on its own, and so is
            // one with a head of its own: "Stanford Institute for Economic Policy and Oxford
            // University".)
            // (Two places are the shared head's: "England and Wales Cricket Board".)
            let first_is_known = known_type(chunk_text(doc, (start, end))).is_some()
                && lexicon::place_type(doc.word(end + 1)).is_none();
            // The first name stands on its own when it has a head, unless the words after
            // "and" before their head are common words, no name of their own: then only a
            // head right before "and", after other words, ends it ("House Ways and Means
            // Committee", "Department of Health and Human Services", and a head alone:
            // "Securities and Exchange Commission"; but "Stanford Institute for Economic
            // Policy and Oxford University" are two).
            let common_before_head =
                k > end + 2 && (end + 1..k - 1).all(|j| lexicon::is_common_word(&lower(doc, j)));
            // (A field's name is joined to another by "and" before their shared head: "New
            // York City Health and Hospitals Corporation".)
            let head_before_and =
                end - start > 1 && is_org_like(doc.word(end - 1)) && doc.word(end - 1) != "Health";
            let first_has_head = (start..end).any(|j| is_org_like(doc.word(j)))
                && (!common_before_head || head_before_and);
            if k > end + 1 && is_org_like(doc.word(k - 1)) && !first_has_head && !first_is_known {
                end = k;
                continue;
            }
            // After an organisation's head and its "of" or "for", common words with no head
            // of their own go on with the name: "Organisation for Economic Cooperation and
            // Development", "Ministry of Foreign Affairs and Trade" (but "Ministry of
            // Defence and Parliament", "Bank of England and Barclays" are two).
            // (A prefix before a hyphen counts with the word it joins: "Co-operation".)
            let plain_words = (end + 1..k).all(|j| {
                doc.tokens[j].kind != TokenKind::Word
                    || hyphen_before_capital(doc, j + 1, k)
                    || (lexicon::is_common_word(&lower(doc, j)) && !is_org_like(doc.word(j)))
            });
            // So do members named by two plurals: "International Association of Machinists
            // and Aerospace Workers District 751", "Union of Students and Young Workers".
            let plurals = || {
                let plural = |j: usize| {
                    let w = doc.word(j);
                    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                };
                // (No known name among them: "Organization of American States and United
                // Nations" are two.)
                plural(end - 1)
                    && (end + 1..k).any(plural)
                    && (end + 1..k).all(|j| {
                        doc.tokens[j].kind == TokenKind::Word
                            && lexicon::given_name(doc.word(j)).is_none()
                            && (j + 1..=k).all(|e| known_type(chunk_text(doc, (j, e))).is_none())
                    })
            };
            if org_linked
                && k > end + 1
                && (plain_words || plurals())
                && known_type(doc.word(end + 1)).is_none()
            {
                end = k;
                continue;
            }
        }
        break;
    }
    end
}

/// A nickname in quotation marks between a given name and a family name: `Marcia "Cia"
/// Price`, `Roberto "Hands of Stone" Duran`. Given the opening mark at token `open`, after a
/// given name, the family name's token: the nickname is one to four words, capitalised
/// but for a short function word ("of", "the"), and the family name follows the closing mark.
fn nickname_then_family_name(doc: &Document, open: usize) -> Option<usize> {
    /// At most this many words in a nickname.
    const NICKNAME_WORDS: usize = 4;
    let n = doc.tokens.len();
    if open == 0
        || !matches!(doc.word(open), "\"" | "“")
        || !doc.tokens[open].space_before
        || lexicon::given_name(doc.word(open - 1)).is_none()
    {
        return None;
    }
    let paragraph = doc.tokens[open].paragraph;
    let close = (open + 2..(open + 2 + NICKNAME_WORDS).min(n))
        .find(|&k| matches!(doc.word(k), "\"" | "”"))?;
    let words_fit = (open + 1..close).all(|k| {
        doc.tokens[k].kind == TokenKind::Word
            && (is_capitalised(doc, k) || matches!(doc.word(k), "of" | "the" | "da" | "de"))
    });
    let family = close + 1;
    (words_fit
        && is_capitalised(doc, open + 1)
        && family < n
        && doc.tokens[family].paragraph == paragraph
        && doc.tokens[family].space_before
        && doc.tokens[family].kind == TokenKind::Word
        && is_capitalised(doc, family)
        && !FUNCTION_WORDS.contains(&doc.word(family)))
    .then_some(family)
}

/// Is token `k` a hyphen inside a word, joining a capitalised part ("Rolls-Royce",
/// "Anti-Corruption"), with that part before token `n`?
/// Is token `k` a hyphen inside a word: "-", no space on either side, a token after it
/// ("two-year", "half-time")?
fn hyphen_in_word(doc: &Document, k: usize) -> bool {
    k + 1 < doc.tokens.len()
        && doc.word(k) == "-"
        && !doc.tokens[k].space_before
        && !doc.tokens[k + 1].space_before
}

fn hyphen_before_capital(doc: &Document, k: usize, n: usize) -> bool {
    k < doc.tokens.len()
        && matches!(doc.word(k), "-" | "‐")
        && !doc.tokens[k].space_before
        && k + 1 < n
        && !doc.tokens[k + 1].space_before
        && is_capitalised(doc, k + 1)
}

fn is_org_like(word: &str) -> bool {
    lexicon::is_org_word(word)
        || lexicon::is_fac_word(word)
        || lexicon::is_event_word(word)
        || lexicon::is_loc_word(word)
}

fn takes_of(prev: &str, connector: &str) -> bool {
    if connector == "for" {
        return lexicon::is_org_word(prev);
    }
    is_org_like(prev)
        || PLACE_HEADS_WITH_OF.contains(&prev)
        || lexicon::is_title(&prev.to_ascii_lowercase())
}

/// The text of tokens `[a, b)`, spaced as in the source.
/// Is the chunk a known organisation's name (its first one to three words) and then a
/// known place: "Sony Australia", "Amnesty International UK"? (Not after "the": "the OSCE
/// Chechnya mission" is the organisation's mission in the place.)
fn is_branch_of_known_org(doc: &Document, (a, b): (usize, usize)) -> bool {
    let after_the = a > 0 && doc.lower(a - 1) == "the";
    // (The organisation's name may go on with its word: "Amnesty" of "Amnesty International".)
    let known = |split: usize| {
        lexicon::is_org_name(chunk_text(doc, (a, split)))
            || (split > a + 1
                && lexicon::is_org_word(doc.word(split - 1))
                && lexicon::is_org_name(chunk_text(doc, (a, split - 1))))
    };
    !after_the
        && (a + 1..b.min(a + 4)).any(|split| {
            known(split)
                && lexicon::place_type(chunk_text(doc, (split, b))) == Some(EntityType::Gpe)
        })
}

/// Does the chunk open with a known organisation's name of two or three words, and go on
/// with words that name no person and hold no title: "Warner Bros Discovery", "Goldman
/// Sachs Asset Management"? Then it names the organisation or a part of it. (One word is
/// too little to go by: "Amazon Prime Video", "Apple Watch".)
fn opens_with_known_org(doc: &Document, (a, b): (usize, usize)) -> bool {
    (a + 2..b.min(a + 4)).any(|split| {
        lexicon::is_org_name(chunk_text(doc, (a, split)))
            && (split..b)
                .all(|k| lexicon::given_name(doc.word(k)).is_none() && !is_title_word(doc, k))
    })
}

fn chunk_text<'t>(doc: &Document<'t>, (a, b): (usize, usize)) -> &'t str {
    &doc.text[doc.tokens[a].span.start..doc.tokens[b - 1].span.end]
}

pub(crate) fn known_type(name: &str) -> Option<EntityType> {
    // A company named after a landform or a province is more often the company in the news
    // ("Amazon", "Meta"; a country stays one: "Vatican").
    if let Some(t) = lexicon::place_type_or_abbreviation(name) {
        let company = lexicon::is_org_name(name)
            && (t == EntityType::Loc || (t == EntityType::Gpe && !lexicon::is_country(name)));
        return Some(if company { EntityType::Org } else { t });
    }
    if lexicon::is_norp(name) {
        return Some(EntityType::Norp);
    }
    if lexicon::is_org_name(name) {
        return Some(EntityType::Org);
    }
    // A religion or a creed named by its "-ism" ("Buddhism", "Thatcherism"): OntoNotes'
    // NORP, and never a person, whatever name it is made from.
    let creed = name.len() >= 6
        && name.ends_with("ism")
        && name.starts_with(|c: char| c.is_uppercase())
        && !name.contains(' ');
    if creed || lexicon::is_derived_demonym(name) {
        return Some(EntityType::Norp);
    }
    // "BEIJING" in a dateline is Beijing.
    if is_all_caps(name) && name.len() > 3 {
        if let Some(t) = lexicon::place_type(&words_title_cased(name)) {
            return Some(t);
        }
    }
    None
}

/// "NEW YORK" → "New York": each word keeps its first letter and lowers the rest (ASCII).
fn words_title_cased(name: &str) -> String {
    let mut titled = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        titled.push(if word_start {
            c
        } else {
            c.to_ascii_lowercase()
        });
        word_start = c == ' ';
    }
    titled
}

/// Words that make a run of capitals a clause, never a name: pronouns, auxiliaries,
/// conjunctions and question words ("SIGN UP FOR OUR NEWSLETTER", "VERIZON TO BUY YAHOO",
/// "HOW ACCURATE ARE ONLINE PANELS"), compared in lower case.
const CLAUSE_WORDS: [&str; 38] = [
    "am", "are", "be", "been", "but", "can", "could", "did", "do", "does", "had", "has", "have",
    "he", "her", "his", "how", "i", "if", "is", "it", "its", "my", "not", "our", "she", "than",
    "they", "this", "to", "was", "we", "were", "what", "why", "will", "would", "you",
];

/// Are the words at tokens `[a, b)`, in capitals, a clause and no name: a headline's that
/// the learned tagger read as a name, or words shouted in a sentence ("The media makes
/// everything up! SIGN UP FOR OUR NEWSLETTER")? A word of [`CLAUSE_WORDS`] or a
/// contraction ("DOESN’T", "WE’RE") says so.
pub fn reads_as_a_clause(doc: &Document, (a, b): (usize, usize)) -> bool {
    b - a >= 2
        && (a..b).all(|k| !doc.word(k).chars().any(char::is_lowercase))
        && (a..b)
            .any(|k| CLAUSE_WORDS.contains(&doc.lower(k).as_ref()) || is_contraction(doc.word(k)))
}

/// Are the words at tokens `[a, b)` a table's header of abbreviations ("W L PCT GB", "P W D
/// L F A PTS"), which the learned tagger may read as a name in capitals: three words or
/// more, each of three capitals at most?
pub fn is_header_of_abbreviations(doc: &Document, (a, b): (usize, usize)) -> bool {
    b - a >= 3
        && (a..b).all(|k| {
            let w = doc.word(k);
            doc.tokens[k].kind == TokenKind::Word
                && w.len() <= 3
                && w.bytes().all(|c| c.is_ascii_uppercase())
        })
}

/// Is `word` a lawmaker's party and state as US news writes them after the name, in
/// brackets or after a comma ("R-Ky.", "D-S.C.", "I-Vt")? (Not "D-Day": the caller asks only
/// after a bracket or a comma.)
fn is_party_and_state(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && word.len() <= 12
        && !word.contains(' ')
}

/// Is `word` a contraction ("Don't", "We're", "I'll"), never a name?
fn is_contraction(word: &str) -> bool {
    // The ending after the apostrophe (straight or curly), in either case.
    let Some((stem, ending)) = word.rsplit_once(['\'', '’']) else {
        return false;
    };
    let negation = stem.len() > 1 && stem.ends_with(['n', 'N']) && ending.eq_ignore_ascii_case("t");
    let verb = !stem.is_empty()
        && ["re", "ll", "ve", "m", "d"]
            .iter()
            .any(|e| ending.eq_ignore_ascii_case(e));
    negation || verb
}

/// Splits a chunk into title, places and names, and types each part.
fn classify_chunk(
    doc: &Document,
    chunk: (usize, usize),
    standalone: &HashSet<&str>,
    out: &mut Vec<Mention>,
) {
    let (a, b) = chunk;
    // (A headline in capitals is the learned tagger's to read, with the rules' chunks
    // among its features: only words shouted amid lower case are dropped here.)
    if doc.has_lower_case[doc.tokens[a].paragraph] && reads_as_a_clause(doc, chunk) {
        return;
    }
    // "(R-Ky.)", "(D-S.C.)": a lawmaker's party and state, no name; "Don't", "We're": a
    // contraction opening a quotation in single marks.
    let after_bracket_or_comma = a > 0 && matches!(doc.word(a - 1), "(" | ",");
    if after_bracket_or_comma && is_party_and_state(chunk_text(doc, chunk)) {
        return;
    }
    // "Special Agent in Charge Ana Ruiz", "Writer in Residence Tom Cole": the "in" phrase of
    // a role's title before a person's name, no place.
    let role_before_in = a >= 2
        && doc.word(a - 1) == "in"
        && is_capitalised(doc, a - 2)
        && !at_sentence_start(doc, a - 2)
        && lexicon::is_common_word(&lower(doc, a - 2));
    if role_before_in
        && b > a + 1
        && lexicon::is_common_word(&lower(doc, a))
        && known_type(doc.word(a)).is_none()
        && lexicon::given_name(doc.word(a + 1)).is_some()
    {
        classify_chunk(doc, (a + 1, b), standalone, out);
        return;
    }
    // "45 degrees Celsius": a scale, no name.
    if b == a + 1 && a > 0 && matches!(lower(doc, a - 1).as_ref(), "degrees" | "degree") {
        return;
    }
    if is_contraction(doc.word(a)) {
        if b > a + 1 {
            classify_chunk(doc, (a + 1, b), standalone, out);
        }
        return;
    }
    // "the G20 summit": a name before a lower-case event word.
    if b < doc.tokens.len()
        && EVENT_NOUNS.contains(&doc.word(b))
        && doc.tokens[b].paragraph == doc.tokens[a].paragraph
    {
        push(out, doc, (a, b + 1), Some(EntityType::Event), None);
        return;
    }
    let known = known_type(chunk_text(doc, chunk));
    if known.is_none() && !names_something(doc, chunk) {
        return;
    }
    // "the Bel Air section of Los Angeles", "the Brentwood neighborhood": a name before a
    // lower-case noun for a part of a town is that part, a place.
    let part_of_town = b < doc.tokens.len()
        && a > 0
        && doc.lower(a - 1) == "the"
        && TOWN_PARTS.contains(&doc.word(b));
    if known.is_none() && part_of_town {
        push(out, doc, chunk, Some(EntityType::Gpe), None);
        return;
    }
    // A title alone names no one ("The President", "Secretary of State"); what stands
    // before it may ("Afghan Ambassador").
    if known.is_none() && is_title_phrase(doc, chunk) {
        classify_prefix(doc, chunk, out);
        return;
    }
    // A whole chunk that is a known name wins ("Great Hall of the People" is not split).
    // (A county or a town is a place by a guess, which the learned tagger may outweigh: a
    // club is often named by one, "homered for Cleveland".)
    if let Some(t) = known {
        let text = chunk_text(doc, chunk);
        // A company named after a place takes no article: "the Amazon" is the river or the
        // forest, "Amazon" the company.
        let t = match lexicon::place_type(text) {
            Some(place) if t == EntityType::Org && a > 0 && doc.lower(a - 1) == "the" => place,
            _ => t,
        };
        let minor = lexicon::is_minor_place(text)
            || (is_all_caps(text) && lexicon::is_minor_place(&words_title_cased(text)));
        if minor {
            push_guess(out, doc, chunk, Some(t));
        } else {
            push(out, doc, chunk, Some(t), None);
        }
        return;
    }
    // A law or an agreement is none of our types ("the Affordable Care Act", "the Second
    // Amendment"; OntoNotes' LAW).
    // Nor is a programme ("The Rachel Maddow Show": WORK_OF_ART).
    // So is a bill by its number ("House Bill 18", "Senate Bill 4").
    let last = doc.word(b - 1);
    let numbered_bill = matches!(last, "Bill" | "Resolution")
        && b < doc.tokens.len()
        && doc.tokens[b].kind == TokenKind::Number;
    if b - a >= 2 && (lexicon::is_law_word(last) || lexicon::is_work_word(last) || numbered_bill) {
        return;
    }
    if is_title_of_a_work(doc, chunk) || in_quoted_title(doc, chunk) {
        return;
    }
    // A known organisation's branch in a country or city is the organisation: "Sony
    // Australia", "Google India", "Amnesty International UK".
    if is_branch_of_known_org(doc, chunk) || opens_with_known_org(doc, chunk) {
        push(out, doc, chunk, Some(EntityType::Org), None);
        return;
    }
    // "President of the European Commission", "Director of the FBI", "Mayor of London": a
    // title of an organisation or a place names no one; the name is what follows "of".
    // An organisation's head word, last or before "of"/"for" ("Fudan University", "Ministry
    // of Defence").
    let org_head = (a..b).any(|k| {
        lexicon::is_org_word(doc.word(k)) && (k + 1 == b || matches!(doc.word(k + 1), "of" | "for"))
    });
    if let Some(rest) = title_then_of(doc, chunk) {
        if names_after_title(doc, (rest, b), org_head) {
            classify_chunk(doc, (rest, b), standalone, out);
            return;
        }
        if let Some(holder) = place_after_title(doc, (rest, b)) {
            push_guess(out, doc, (rest, holder), Some(EntityType::Gpe));
            if holder < b {
                classify_chunk(doc, (holder, b), standalone, out);
            }
            return;
        }
    }
    if let Some(t) = compass_place(doc, chunk) {
        push(out, doc, chunk, Some(t), None);
        return;
    }
    if based_in_town_of_region(doc, chunk) {
        push(out, doc, chunk, Some(EntityType::Gpe), None);
        return;
    }
    // "Bestop Inc of Boulder, Colo.": after a company's legal form and its "of", where the
    // company is from (see `legal_form_ends_name`). A guess, which the article's other
    // mentions may outweigh.
    let of_at = if a >= 1 && doc.word(a - 1) == "the" {
        a - 1
    } else {
        a
    };
    let from_place =
        of_at >= 2 && doc.word(of_at - 1) == "of" && legal_form_ends_name(doc.word(of_at - 2));
    if from_place && !org_head {
        push_guess(out, doc, chunk, Some(EntityType::Gpe));
        return;
    }
    // "St. Louis", "Saint Paul": a saint's name alone, one word, names a town far more
    // often than the saint in news (a saint's building or day has its head after it: "St
    // Paul's Cathedral", and "St. Francis of Assisi" more words). A guess, which the
    // article's other mentions may outweigh.
    let dot = usize::from(a + 1 < b && doc.word(a + 1) == ".");
    let of_after = b < doc.tokens.len() && doc.word(b) == "of";
    if matches!(doc.word(a), "St" | "Saint")
        && b == a + 2 + dot
        && is_capitalised(doc, b - 1)
        && !of_after
    {
        push_guess(out, doc, chunk, Some(EntityType::Gpe));
        return;
    }
    // The last title word before the name: "U.S. Secretary of State | Dana Okafor".
    // A title inside a name ("Jeffrey Dean Morgan") comes after a given name; a title
    // takes a name word after it ("Saint-Gaudens" is no saint).
    // A title that is also a given name, before a one-word name, is the given name: "Dean
    // Kamen", "Earl Warren" ("President Biden" keeps its title).
    let given_name_title = b - a == 2 && lexicon::given_name(doc.word(a)).is_some();
    let title = (a..b).rev().filter(|_| !given_name_title).find(|&k| {
        is_title_word(doc, k)
            && k + 1 < b
            && (doc.tokens[k + 1].space_before || doc.word(k + 1) == ".")
            && !(k > a
                && lexicon::given_name(doc.word(k - 1)).is_some()
                && !is_title_word(doc, k - 1))
            // ("Detective Earl Feugill": after a title, a title that is also a given name
            // is the given name.)
            && !(k > a && is_title_word(doc, k - 1) && lexicon::given_name(doc.word(k)).is_some())
    });
    // (After an organisation's name, a title before a given name names a person of it:
    // "Bank of England Governor Andrew Bailey"; not one the organisation is of: "the Awami
    // League of Prime Minister Sheikh Hasina".)
    let person_after = |t: usize| {
        let first_title = (a..t).find(|&k| is_title_word(doc, k)).unwrap_or(t);
        t + 1 < b
            && first_title > a
            && lexicon::given_name(doc.word(t + 1)).is_some()
            && !matches!(doc.word(first_title - 1), "of" | "the")
    };
    if let Some(title) = title.filter(|&t| !org_head || person_after(t)) {
        let mut name_start = title + 1;
        if doc.word(name_start) == "." {
            name_start += 1;
        }
        // "of State", "of Foreign Affairs": portfolio words are common nouns.
        if name_start < b && doc.word(name_start) == "of" {
            let mut k = name_start + 1;
            if k < b && doc.word(k) == "the" {
                k += 1;
            }
            while k < b
                && lexicon::is_common_word(&lower(doc, k))
                && lexicon::given_name(doc.word(k)).is_none()
            {
                k += 1;
            }
            name_start = k;
        }
        // "President Elect Joe Biden", "Professor Emeritus Ada Lund": a word that goes on with
        // the title before the name. (Any other word of the language there opens the name:
        // "Senator Chuck Schumer", "Judge Rusty Hardin"; a title of several words ends in a
        // title word: "Chief Executive Elon Musk".)
        while name_start + 1 < b
            && matches!(
                lower(doc, name_start).as_ref(),
                "elect" | "emeritus" | "designate"
            )
        {
            name_start += 1;
        }
        // "Miss Poland": a beauty queen's title, of a place, names no one.
        if doc.word(title) == "Miss" {
            let place = known_type(chunk_text(doc, (name_start, b)))
                .filter(|t| matches!(t, EntityType::Gpe | EntityType::Loc));
            if place.is_some() {
                push(out, doc, (name_start, b), place, None);
                return;
            }
        }
        if name_start < b && !is_org_like(doc.word(b - 1)) {
            // (A title of no gender, "Senator", still says a person is named: `Unknown`.)
            let gender = (a..=title)
                .filter_map(|k| lexicon::title_gender(&lower(doc, k)))
                .find(|g| *g != Gender::Unknown)
                .or(Some(Gender::Unknown));
            classify_prefix(doc, (a, title), out);
            push(out, doc, (name_start, b), Some(EntityType::Person), gender);
            return;
        }
    }
    // A known place before more name words: "United States | Hamdullah Mohib", but not
    // before an organisation's head ("British Ministry of Defence") or a group (a "South
    // Carolina Democrat" is left whole, for `places_before_groups`).
    let group = lexicon::is_norp(doc.word(b - 1));
    // (Nor before partners joined by an ampersand: "Douglas & Lomason" is one firm.)
    let partners = (a..b).any(|k| doc.word(k) == "&");
    if b - a >= 3 && !is_org_like(doc.word(b - 1)) && !org_head && !group && !partners {
        for split in (a + 1..=(a + 3).min(b - 2)).rev() {
            // (Not before words of the language only, which go on with the place's name:
            // "Delta Air Lines", "the Shanghai Composite Index".)
            let rest_in_words = (split..b).all(|k| lexicon::is_common_word(&lower(doc, k)));
            if let Some(t) = known_type(chunk_text(doc, (a, split))).filter(|_| !rest_in_words) {
                if known_type(chunk_text(doc, (split, b))).is_none() {
                    push(out, doc, (a, split), Some(t), None);
                    classify_chunk(doc, (split, b), standalone, out);
                    return;
                }
            }
        }
    }
    // Two names side by side: "he told Blinken China …".
    if b - a >= 2 && !is_org_like(doc.word(b - 1)) {
        for split in (a + 1).max(b.saturating_sub(3))..b {
            // (Never inside a hyphenated word: "Itar-Tass" is one name.)
            if hyphen_before_capital(doc, split - 1, b) {
                continue;
            }
            let head_is_name = (a..split).all(|k| !lexicon::is_common_word(&lower(doc, k)))
                && (split - a > 1 || standalone.contains(doc.word(a)));
            if head_is_name && known_type(chunk_text(doc, (split, b))).is_some() {
                classify_chunk(doc, (a, split), standalone, out);
                push(
                    out,
                    doc,
                    (split, b),
                    known_type(chunk_text(doc, (split, b))),
                    None,
                );
                return;
            }
        }
    }
    // A descriptor before a full name: "Scientologist Tom Cruise", "Nonpartisan Paul Tse"
    // (not the place after an organisation's head: "University of North Carolina at …").
    if b - a >= 3 && !is_org_like(doc.word(b - 1)) && !org_head && !group {
        // (Not inside a hyphenated given name: "Kerrie-Anne Lindqvist".)
        let first_given = (a + 1..b - 1).find(|&k| {
            lexicon::given_name(doc.word(k)).is_some()
                && !lexicon::is_common_word(&lower(doc, k))
                && doc.tokens[k].space_before
        });
        // A descriptor is a word of the language, a known name, hyphenated ("Ex-Yankee") or
        // has a descriptor's ending; another unknown name is the person's first ("Cornell
        // William Brooks", "Farouk Ben Mustapha", "L. Ron Hubbard").
        let descriptor = |j: usize| {
            let w = doc.word(j);
            lexicon::is_common_word(&lower(doc, j))
                || known_type(w).is_some()
                || w == "-"
                || (j > a && doc.word(j - 1) == "-" && !doc.tokens[j].space_before)
                || (j + 1 < b && doc.word(j + 1) == "-" && !doc.tokens[j + 1].space_before)
                || ["ist", "ian", "an", "ese", "ic", "er"]
                    .iter()
                    .any(|end| w.ends_with(end))
        };
        if let Some(k) = first_given {
            if (a..k).all(|j| lexicon::given_name(doc.word(j)).is_none() && descriptor(j)) {
                classify_chunk(doc, (a, k), standalone, out);
                push(out, doc, (k, b), Some(EntityType::Person), None);
                return;
            }
        }
    }
    let (mut kind, guessed) = type_by_shape(doc, chunk);
    // (A centre or a church after a person and "of" is the body the person belongs to.)
    let institution = kind == Some(EntityType::Fac) && lexicon::is_org_word(doc.word(b - 1));
    if (institution || matches!(kind, None | Some(EntityType::Person)))
        && is_affiliation(doc, chunk, out)
    {
        // ("Mayor Tom Brandt of Willowbrook", "Sen. Ann Vale of Kestrelia": what the holder
        // of a place's office is of is the place.)
        kind = Some(if after_a_places_officeholder(doc, out) {
            EntityType::Gpe
        } else {
            EntityType::Org
        });
    } else if guessed {
        push_guess(out, doc, chunk, kind);
        return;
    }
    push(out, doc, chunk, kind, None);
}

/// "Nathan Okoye of Vox Populi": an unknown name after a person's full name and "of" (or
/// "of the") is what the person belongs to, an organisation. A place there is known, or is
/// followed by its state or country ("Daniel Reyes of Springfield, Illinois"); a one-word
/// person keeps its epithet ("Joan of Arc").
fn is_affiliation(doc: &Document, (a, b): (usize, usize), out: &[Mention]) -> bool {
    let n = doc.tokens.len();
    // "of", or "of the".
    let of = if a >= 1 && doc.word(a - 1) == "the" {
        a - 1
    } else {
        a
    };
    let after_person = of >= 2
        && doc.word(of - 1) == "of"
        && out.last().is_some_and(|m| {
            m.kind == Some(EntityType::Person)
                && m.tokens.1 == of - 1
                && m.tokens.1 - m.tokens.0 >= 2
        });
    let place_after =
        b + 1 < n && doc.word(b) == "," && lexicon::place_type(doc.word(b + 1)).is_some();
    after_person && !place_after
}

/// Titles of offices held for a place: a town's, a state's or a district's.
const PLACE_OFFICES: [&str; 10] = [
    "mayor",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "assemblyman",
];

/// Does the last mention found, a person's, follow the title of an office held for a place
/// ("Mayor Tom Brandt", "Sen. Ann Vale")?
fn after_a_places_officeholder(doc: &Document, out: &[Mention]) -> bool {
    out.last().is_some_and(|m| {
        let mut k = m.tokens.0;
        if k > 0 && doc.word(k - 1) == "." {
            k -= 1;
        }
        k > 0 && PLACE_OFFICES.contains(&lower(doc, k - 1).as_ref())
    })
}

/// "the Santa Clara, California-based company", "Menlo Park, Calif.-based Meta": a name
/// before a comma and a known place made into "-based" is a town, whatever its words look
/// like (a person's two names, a park).
fn based_in_town_of_region(doc: &Document, (_, b): (usize, usize)) -> bool {
    let n = doc.tokens.len();
    if b + 4 >= n || doc.word(b) != "," || doc.tokens[b + 1].kind != TokenKind::Word {
        return false;
    }
    let mut k = b + 2;
    if is_place_abbreviation(doc, b + 1) && doc.word(k) == "." {
        k += 1;
    } else if lexicon::place_type(doc.word(b + 1)) != Some(EntityType::Gpe) {
        return false;
    }
    k + 1 < n
        && doc.word(k) == "-"
        && !doc.tokens[k].space_before
        && matches!(lower(doc, k + 1).as_ref(), "based" | "headquartered")
}

/// "East Los Angeles", "Kowloon West", "South East Asia": compass words around a known
/// place name a part of it, a place of the same type.
fn compass_place(doc: &Document, (a, b): (usize, usize)) -> Option<EntityType> {
    let compass = |k: usize| COMPASS_WORDS.contains(&doc.word(k));
    let first = (a..b).find(|&k| !compass(k))?;
    let last = (a..b).rev().find(|&k| !compass(k))?;
    if (first == a && last + 1 == b) || (first..=last).any(compass) {
        return None;
    }
    known_type(chunk_text(doc, (first, last + 1)))
        .filter(|t| matches!(t, EntityType::Gpe | EntityType::Loc))
}

/// Are the words `[rest, b)` after a title's "of" (and "the", [`title_then_of`]) the name
/// of an organisation (`org_head`: the chunk has an organisation's head; titles are none) or
/// a place ("Co-founder of Google", "Governor of the Bank of England", "Mayor of London")?
/// A person's name after the title stays with it ("Secretary of State Antony Blinken").
fn names_after_title(doc: &Document, (rest, b): (usize, usize), org_head: bool) -> bool {
    // The name is known, has an organisation's head or is an acronym; or a known place
    // comes before a person ("Governor of Texas Greg Abbott").
    org_head
        || (b - rest == 1 && is_all_caps(doc.word(rest)))
        || (rest + 1..=b).any(|end| {
            (end == b || (end + 2 <= b && end <= rest + 3))
                && known_type(chunk_text(doc, (rest, end))).is_some()
        })
}

/// Where the words after a title and its "of" start ("President of the | European
/// Commission", "Duke of | Sussex"), if the chunk opens so and goes on after them.
fn title_then_of(doc: &Document, (a, b): (usize, usize)) -> Option<usize> {
    let of = (a + 1..b).find(|&k| doc.word(k) == "of")?;
    // Title words, or their compounds ("Co-founder", "Secretary-General").
    let title_part = is_capitalised(doc, a)
        && (a..of).all(|k| matches!(doc.word(k), "-" | "Co") || lexicon::is_title(&lower(doc, k)));
    let rest = if of + 1 < b && doc.word(of + 1) == "the" {
        of + 2
    } else {
        of + 1
    };
    (title_part && rest < b).then_some(rest)
}

/// A place no list knows in the words `[rest, b)` after a title's "of" ("Duke of Sussex",
/// "Archbishop of Canterbury", "Mayor of Albany Kathy Sheehan"): what a title is of is never
/// its holder. The place's end, where the holder's given name starts if one follows. Not a
/// word of the language, which more often goes on the title ("Secretary of State Antony
/// Blinken").
fn place_after_title(doc: &Document, (rest, b): (usize, usize)) -> Option<usize> {
    let end = (rest + 1..b)
        .find(|&k| lexicon::given_name(doc.word(k)).is_some())
        .unwrap_or(b);
    let place_words = (rest..end).all(|k| {
        is_capitalised(doc, k)
            && !lexicon::is_common_word(&lower(doc, k))
            && !lexicon::is_title(&lower(doc, k))
    });
    (end - rest <= 2 && place_words).then_some(end)
}

/// Is token `b` a verb of saying in the past or present ("said", "reports"), ending a
/// capitalised common noun or a place's head ("the Times wrote")? Not an organisation's own
/// head word, which the speaker stage reads as a noun that refers back ("the ministry said").
fn speaks_after(doc: &Document, b: usize) -> bool {
    b < doc.tokens.len()
        && doc.tokens[b].kind == TokenKind::Word
        && !lexicon::is_org_word(doc.word(b - 1))
        && !lexicon::is_title(&lower(doc, b - 1))
        && lexicon::cue_lemma(&lower(doc, b)).is_some()
        && (doc.word(b).ends_with("ed")
            || doc.word(b).ends_with('s')
            || doc.word(b) == "wrote"
            || doc.word(b) == "said")
}

/// Does a chunk that is no known name look like a name at all? Not an ordinary acronym
/// ("TV"), a model number ("IE6"), a roman numeral, a capitalised common noun after "the"
/// ("the Church"), a word in capitals for emphasis ("UNLESS"), nor the first part of a
/// compound ("E-meter", "Co-founder").
fn names_something(doc: &Document, (a, b): (usize, usize)) -> bool {
    if b - a != 1 {
        return true;
    }
    let w = doc.word(a);
    // A generational suffix after its comma belongs to the name before ("Martin Luther
    // King, Jr."), which is the person's name without it.
    if matches!(w, "Jr" | "Sr") {
        return false;
    }
    // A lone capital letter ("Group G") is a label, not a name; a lone facility, event or
    // landform word ("the Harbour", "the Summit") is a common noun.
    let common_noun =
        lexicon::is_fac_word(w) || lexicon::is_event_word(w) || lexicon::is_loc_word(w);
    if char_count(w) == 1 || (common_noun && !speaks_after(doc, b)) {
        return false;
    }
    // "TV", "CEO"; model numbers ("IE6"); roman numerals ("part XVII"); plural acronyms
    // ("MLAs", "GIFs"); "I’m", "I'll".
    let has_digit = w.chars().any(|c| c.is_ascii_digit());
    let roman = w.len() >= 2
        && w.chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'));
    let plural_acronym =
        w.len() > 2 && w.ends_with('s') && w[..w.len() - 1].chars().all(|c| c.is_ascii_uppercase());
    let contraction = w.starts_with("I'") || w.starts_with("I’");
    // ("Covid", "Aids": some papers write an acronym that is a word as one; not a short one,
    // which may be a name: "Ai" is no "AI".)
    let acronym_as_word = (4..=6).contains(&w.len())
        && !is_all_caps(w)
        && lexicon::is_common_acronym(&w.to_ascii_uppercase());
    // An acronym counted ("three RBI as", "six RBI in one game") is a unit, not a name;
    // not when a noun follows, which it qualifies: "two FBI agents".
    let noun_after = b < doc.tokens.len()
        && doc.tokens[b].kind == TokenKind::Word
        && doc.word(b).starts_with(|c: char| c.is_lowercase())
        && !matches!(
            doc.word(b),
            "and" | "as" | "in" | "for" | "but" | "with" | "on" | "or" | "to"
        );
    let counted = a > 0
        && is_all_caps(w)
        && (doc.tokens[a - 1].kind == TokenKind::Number
            || COUNT_WORDS[3..12].contains(&lower(doc, a - 1).as_ref())) // ("two" to "ten")
        && !noun_after;
    if lexicon::is_common_acronym(w)
        || acronym_as_word
        || has_digit
        || roman
        || plural_acronym
        || contraction
        || counted
    {
        return false;
    }
    let common = lexicon::is_common_word(&lower(doc, a));
    let after_the = a > 0 && doc.word(a - 1).eq_ignore_ascii_case("the");
    // ("the Times wrote", "the Globe reported": a paper by its short name, which speaks.)
    if common && after_the && !is_all_caps(w) && !speaks_after(doc, b) {
        return false;
    }
    if common && is_all_caps(w) && char_count(w) > 4 {
        return false;
    }
    let compound = hyphen_in_word(doc, b);
    !(compound && (common || char_count(w) <= 2))
}

/// Is the chunk the title of a work, after the noun that says what the work is ("the 2012
/// film The Five-Year Engagement", "her album Wild West")? OntoNotes' WORK_OF_ART, none of
/// our types. A title is told from a name by its words: it opens with an article or has a
/// word of the language in it. A name after the noun is the work's maker or subject ("the
/// book Obama wrote", "the film Tom Cruise made"), so a given name or a lone name word is
/// left a name.
fn is_title_of_a_work(doc: &Document, (a, b): (usize, usize)) -> bool {
    if a == 0 || !doc.tokens[a].space_before {
        return false;
    }
    let noun = doc.word(a - 1);
    if !noun.starts_with(|c: char| c.is_ascii_lowercase()) || !lexicon::is_work_word(noun) {
        return false;
    }
    let opens_with_article = matches!(doc.word(a), "The" | "A" | "An");
    let has_common_word = (a..b)
        .any(|k| doc.tokens[k].kind == TokenKind::Word && lexicon::is_common_word(&lower(doc, k)));
    opens_with_article
        || (b - a >= 2 && has_common_word && lexicon::given_name(doc.word(a)).is_none())
}

/// Is the chunk inside a title in double quotation marks, in running text: `the epic
/// "Gladiator II,"`, `sang “Shake It Off”` (a film, a song, a book: OntoNotes' WORK_OF_ART,
/// none of our types)? The marks hold two to ten words or numbers, each word capitalised but
/// for a short one ("of", "the", "and"), and nothing else but a comma or a stop before the
/// closing mark.
fn in_quoted_title(doc: &Document, (a, b): (usize, usize)) -> bool {
    /// At most this many tokens in a title ("What's Love Got to Do With It": nine).
    const TITLE_WORDS: usize = 10;
    let n = doc.tokens.len();
    let fits = |k: usize| {
        (doc.tokens[k].kind == TokenKind::Word
            && (is_capitalised(doc, k) || doc.word(k).len() <= 3))
            || doc.tokens[k].kind == TokenKind::Number
            || is_possessive_s(doc.word(k))
    };
    let mut first = a;
    while first > 0 && b - first < TITLE_WORDS && fits(first - 1) {
        first -= 1;
    }
    let mut end = b;
    while end < n && end - first < TITLE_WORDS && fits(end) {
        end += 1;
    }
    if end < n && matches!(doc.word(end), "," | ".") {
        end += 1;
    }
    // (Not after a noun of an organisation: `the newspaper "Die Zeit"`.)
    let opened = first > 0
        && matches!(doc.word(first - 1), "\"" | "“")
        && (first == 1 || doc.tokens[first - 1].space_before)
        && !(first >= 2 && lexicon::is_org_noun(&doc.lower(first - 2)));
    opened
        && end < n
        && matches!(doc.word(end), "\"" | "”")
        && (first..end)
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .count()
            >= 2
        && doc.has_lower_case[doc.tokens[a].paragraph]
}

/// Is the chunk a title with no name: title words, "of", and common nouns after "of"?
fn is_title_phrase(doc: &Document, (a, b): (usize, usize)) -> bool {
    let Some(first_title) = (a..b).find(|&k| is_title_word(doc, k)) else {
        return false;
    };
    // "Nicola Ranger", "John Bishop": a family name that is also a title, after a given name
    // (one that is no place: "Virginia Governor" is a title).
    let given_before = first_title > a && {
        let w = doc.word(first_title - 1);
        lexicon::given_name(w).is_some() && lexicon::place_type(w).is_none()
    };
    // "Ms Ranger", "Dr. Bishop": after an honorific comes a name, whatever it means.
    let honorific = matches!(
        doc.word(first_title),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr"
    ) && (first_title + 1..b).any(|k| doc.word(k) != ".");
    // "Department of Justice", "the International Court of Justice", "the Brennan Center
    // for Justice": a title word after an organisation's head and its "of" or "for" names
    // the organisation's field, no one's office.
    let field_of_org = first_title > a + 1 && {
        let the = usize::from(doc.word(first_title - 1) == "the");
        let of_at = first_title - 1 - the;
        of_at > a
            && matches!(doc.word(of_at), "of" | "for")
            && lexicon::is_org_word(doc.word(of_at - 1))
    };
    // "Wrigley Field": a title that is also a building's head, last after a name word, is
    // the head.
    let building =
        first_title + 1 == b && first_title > a && lexicon::is_fac_word(doc.word(first_title));
    if given_before || honorific || field_of_org || building {
        return false;
    }
    let mut after_of = false;
    (first_title..b).all(|k| {
        let w = doc.word(k);
        after_of |= w == "of";
        is_title_word(doc, k)
            || matches!(w, "of" | "the" | ".")
            || (after_of && lexicon::is_common_word(&lower(doc, k)))
    })
}

/// Types what stands before a title: "U.S." (GPE), "Chinese" (NORP), "Apple" (ORG).
fn classify_prefix(doc: &Document, (a, b): (usize, usize), out: &mut Vec<Mention>) {
    // Only the words before the first title word can name a place or an organisation.
    let first_title = (a..b).find(|&k| is_title_word(doc, k)).unwrap_or(b);
    if first_title == a {
        return;
    }
    let part = (a, first_title);
    let text = chunk_text(doc, part);
    // A portfolio ("Treasury Secretary") is part of the title; a known place, group or
    // organisation ("U.S.", "Chinese", "Reuters") is named in its own right. A lone
    // organisation noun is a portfolio too ("Treasury Secretary", "Police Chief").
    if first_title - a == 1 && lexicon::is_org_word(text) {
        return;
    }
    if let Some(t) = known_type(text) {
        push(out, doc, part, Some(t), None);
    } else if (first_title - a >= 2
        && (lexicon::is_org_word(doc.word(first_title - 1))
            || (a..first_title.saturating_sub(2)).any(|k| {
                lexicon::is_org_word(doc.word(k)) && matches!(doc.word(k + 1), "of" | "for")
            })))
        || is_all_caps(text)
    {
        push(out, doc, part, Some(EntityType::Org), None);
    }
}

fn is_title_word(doc: &Document, k: usize) -> bool {
    let w = doc.word(k);
    w.chars().next().is_some_and(char::is_uppercase)
        && (lexicon::is_title(&lower(doc, k)) || title_with_its_dot(doc, k))
}

/// Is token `k` a title that is one only with its dot, written so ("Del. Stacey Plaskett")?
fn title_with_its_dot(doc: &Document, k: usize) -> bool {
    k + 1 < doc.tokens.len()
        && doc.word(k + 1) == "."
        && !doc.tokens[k + 1].space_before
        && lexicon::is_dotted_title(&lower(doc, k))
}

/// Kinds of organisation that a description in apposition ends in, beside
/// [`ORG_KIND_NOUNS`] and [`ORG_KIND_NOUNS_BEFORE_NAMES`] ("Eversource, the region's
/// largest utility,"; "Varello, a unit of Kessler,").
/// (Not "federation": "Etruria, an ancient federation of towns".)
const ORG_KIND_NOUNS_IN_APPOSITION: [&str; 20] = [
    "affiliate",
    "alliance",
    "association",
    "coalition",
    "consortium",
    "cooperative",
    "nonprofit",
    "office",
    "organisation",
    "organization",
    "outlet",
    "provider",
    "publication",
    "regulator",
    "subsidiary",
    "supplier",
    "unit",
    "utility",
    "venture",
    "watchdog",
];

/// Officers of an organisation, before "of" and its name.
const OFFICERS: [&str; 7] = [
    "chairman",
    "chairwoman",
    "co-founder",
    "executive",
    "founder",
    "owner",
    "president",
];

/// What ends a description in apposition: a mark, a relative pronoun or a preposition.
const DESCRIPTION_ENDS: [&str; 14] = [
    ",", ".", ";", ")", "that", "which", "whose", "in", "of", "with", "and", "for", "at", "to",
];

/// Is the name that ends before token `b` described, after a comma, as a kind of
/// organisation: "Eversource, the region's largest utility,", "Varello, a Milan-based
/// firm that", "Kessler, the parent company of"? The description's head is its last word
/// before a comma, a full stop, a relative pronoun or a preposition.
fn org_in_apposition(doc: &Document, b: usize) -> bool {
    let n = doc.tokens.len();
    if !(b + 2 < n && doc.word(b) == "," && matches!(doc.word(b + 1), "the" | "a" | "an")) {
        return false;
    }
    let paragraph = doc.tokens[b].paragraph;
    let Some(stop) = (b + 3..n.min(b + 10))
        .find(|&k| doc.tokens[k].paragraph != paragraph || DESCRIPTION_ENDS.contains(&doc.word(k)))
    else {
        return false;
    };
    // ("Windsurf, a start-up that": a head joined by a hyphen is read whole.)
    let hyphenated = stop >= b + 5 && hyphen_in_word(doc, stop - 2);
    let head: Cow<str> = if hyphenated {
        Cow::Owned([lower(doc, stop - 3), lower(doc, stop - 1)].concat())
    } else {
        lower(doc, stop - 1)
    };
    // ("Turnhout, a group of boy scouts": a number of people.)
    let some_people = doc.word(stop) == "of" && matches!(head.as_ref(), "group" | "party" | "side");
    doc.tokens[stop].paragraph == paragraph
        && !some_people
        && (is_org_kind_noun(&head) || ORG_KIND_NOUNS_IN_APPOSITION.contains(&head.as_ref()))
}

/// The Arabic article "al" as it is written in names, assimilated to the letter after it
/// ("Ata-ur-Rehman", "Zia-ud-Din"): a person's name, not a town's.
const ARABIC_ARTICLE: [&str; 12] = [
    "ad", "al", "an", "ar", "as", "at", "az", "el", "ud", "ul", "un", "ur",
];

/// Does a hyphen at token `k` link a name to a capitalised word by a short lower-case word
/// between two hyphens, all one word: "Aix-en-Provence", "Stratford-upon-Avon",
/// "Weston-super-Mare"? Such names are towns; not by the article of Arabic names, which
/// links people's names the same way ("Inzamam-ul-Haq", "Abd-al-Rahman"): see
/// [`ARABIC_ARTICLE`].
fn linked_by_a_short_word(doc: &Document, k: usize) -> bool {
    let joined = |j: usize| j < doc.tokens.len() && !doc.tokens[j].space_before;
    matches!(doc.word(k), "-" | "‐")
        && (k..=k + 3).all(joined)
        && matches!(doc.word(k + 2), "-" | "‐")
        && doc.tokens[k + 1].kind == TokenKind::Word
        && (2..=5).contains(&char_count(doc.word(k + 1)))
        && doc.word(k + 1).starts_with(|c: char| c.is_lowercase())
        && is_capitalised(doc, k + 3)
        && !ARABIC_ARTICLE.contains(&doc.word(k + 1))
}

/// Is the name at tokens `[a, b)` a tournament's, by the noun after it, an edition's number
/// and two words in lower case at most between ("the Brisbane Masters golf tournament",
/// "the Kosevo Cup 97 international basketball tournament")? Not an acronym's: "the NCAA
/// tournament" is the organisation's.
fn tournament_after(doc: &Document, (a, b): (usize, usize)) -> bool {
    let n = doc.tokens.len();
    let mut k = b;
    if k < n && doc.tokens[k].kind == TokenKind::Number {
        k += 1;
    }
    // (Modifiers of the noun, no preposition or article: "Tom Vale in the championship" is
    // a player.)
    let in_lower_case = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && doc.word(k).starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(
                doc.word(k),
                "a" | "an" | "the" | "in" | "of" | "at" | "for" | "on" | "to" | "with" | "by"
            )
    };
    let before = k;
    while k < n && k < before + 3 && in_lower_case(k) {
        if matches!(
            doc.word(k),
            "tournament" | "tournaments" | "championship" | "championships"
        ) {
            return !is_all_caps(chunk_text(doc, (a, b)))
                && (a..k).all(|j| doc.tokens[j].paragraph == doc.tokens[b - 1].paragraph);
        }
        k += 1;
    }
    false
}

/// The stages of a tournament, said after its name ("Wimbledon finalist").
const EVENT_STAGES_AFTER: [&str; 8] = [
    "final",
    "finalist",
    "semifinal",
    "semifinals",
    "semifinalist",
    "quarterfinal",
    "quarterfinals",
    "quarterfinalist",
];

/// Does a possessive at token `b` stand before a person's full name: two capitalised words,
/// the first a given name or neither a common word ("'s Ann Berg", "'s Lando Norris"; not
/// "'s Ann Arbor plant", "'s Vision Pro")?
fn possesses_a_person(doc: &Document, b: usize) -> bool {
    let n = doc.tokens.len();
    b + 2 < n
        && is_possessive_s(doc.word(b))
        && (lexicon::given_name(doc.word(b + 1)).is_some()
            || (b + 1..b + 3).all(|k| !lexicon::is_common_word(&lower(doc, k))))
        && (b + 1..b + 3).all(|k| is_capitalised(doc, k) && doc.tokens[k].space_before)
        && (b + 3 >= n || !is_capitalised(doc, b + 3) || !doc.tokens[b + 3].space_before)
        && lexicon::place_type(chunk_text(doc, (b + 1, b + 3))).is_none()
        && !lexicon::is_org_word(doc.word(b + 2))
}

/// Types a chunk from its words and what stands around it; `true` when the type is a guess
/// (no word list, head word or title says it: the shape of the words alone).
fn type_by_shape(doc: &Document, (a, b): (usize, usize)) -> (Option<EntityType>, bool) {
    let last = doc.word(b - 1);
    let words: Vec<&str> = (a..b).map(|k| doc.word(k)).collect();
    // Head words: the last word, or a head followed by "of"/"for".
    let head_then_of = |pred: fn(&str) -> bool| {
        words
            .windows(2)
            .any(|w| pred(w[0]) && (w[1] == "of" || w[1] == "for"))
    };
    // "state broadcaster ERT", "publisher HarperCollins" is a kind of organisation, though
    // "broadcaster David Dimbleby" is a role: in capitals, or after "state", it is the first.
    // (Also one opening the sentence, which is no part of the name: "Utility Uniper said".)
    let org_kind_before = a > 0
        && (is_org_kind_noun(doc.word(a - 1))
            || (doc.is_sentence_initial(a - 1)
                && doc.tokens[a - 1].sentence == doc.tokens[a].sentence
                && is_org_kind_noun(&lower(doc, a - 1))));
    let owned_by_state = a > 1 && matches!(lower(doc, a - 2).as_ref(), "state" | "public");
    if org_kind_before && (owned_by_state || is_all_caps(chunk_text(doc, (a, b)))) {
        return (Some(EntityType::Org), false);
    }
    if (a + 1..b.saturating_sub(3)).any(|k| linked_by_a_short_word(doc, k)) {
        return (Some(EntityType::Gpe), false);
    }
    // "foreign minister Qin Gang": a role before the name outweighs its last word; so does
    // one it stands in apposition to, "A White House spokesman, Harrison Fields, said".
    let titled_in_apposition = a >= 2
        && doc.word(a - 1) == ","
        && preceded_by_title(doc, a - 1)
        && b < doc.tokens.len()
        && doc.word(b) == ","
        // (Not a company's: "state-owned producer, Hindustan Copper Ltd,".)
        && !lexicon::is_legal_form(last)
        && !lexicon::is_org_word(last);
    if (preceded_by_title(doc, a) || titled_in_apposition) && words.len() <= 3 {
        return (Some(EntityType::Person), false);
    }
    // A town's officers and people right after its name: "former Paterson mayor Joey Torres",
    // "Oakdale residents", "Fresno police".
    // The word right after the name, in its paragraph.
    let next = (b < doc.tokens.len() && doc.tokens[b].paragraph == doc.tokens[a].paragraph)
        .then(|| doc.word(b));
    let place_noun_after = next.is_some_and(|w| PLACE_NOUNS_AFTER.contains(&w));
    if place_noun_after && words.len() <= 2 {
        return (Some(EntityType::Gpe), false);
    }
    // "the Big Bend region", "the Kosevo stadium": a landform or a building after it.
    if let Some(kind) = next.and_then(place_head_in_lower_case) {
        return (Some(kind), false);
    }
    if tournament_after(doc, (a, b)) {
        return (Some(EntityType::Event), false);
    }
    // "the Force Ouvrière union", "the Wagner group": a kind of organisation in lower case
    // right after the name.
    // So are a company's people and stock right after it: "Boeing shares", "Acme employees"
    // (not its spokesman: "a Trump spokesman").
    // (Not a leader's: "the Obama administration", "a Trump government", "the Clinton team"
    // are a person's, as OntoNotes reads them.)
    // "Wimbledon finalist", "the Open semifinals": a tournament by its stage after it.
    if next.is_some_and(|w| EVENT_STAGES_AFTER.contains(&w)) && !is_all_caps(&words.concat()) {
        return (Some(EntityType::Event), false);
    }
    // (Not an event's: "their World Cup group".)
    let event = words.len() > 1 && lexicon::is_event_word(last);
    let org_noun_after = !event
        && next.is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && !LEADERS_BODIES.contains(&w)
                && (lexicon::is_org_noun(w) || names_org_member(doc, b))
        });
    // ... or a kind of organisation right before it: "the consumer group Stiftung
    // Warentest", "chipmaker Nvidia" (but "the manufacturer Georg Reichenbach" is a person).
    let org_noun_before = org_kind_before && lexicon::given_name(words[0]).is_none();
    // "Kumar Galhotra, president of Ford Blue": what an officer heads (not a possessor:
    // "the head of Smith's campaign").
    let headed = a > 1
        && doc.word(a - 1) == "of"
        && OFFICERS.contains(&lower(doc, a - 2).as_ref())
        && !(b < doc.tokens.len() && is_possessive_s(doc.word(b)));
    if org_noun_after || org_noun_before || headed || org_in_apposition(doc, b) {
        return (Some(EntityType::Org), false);
    }
    // A building named by its last word ("Kennedy Space Center") is a facility, though
    // "Center for American Studies" is an institution, and so is a church of a people or a
    // creed ("the Greek Orthodox Church"; but "St Mary's Church").
    let of_a_creed = || {
        lexicon::is_org_word(last) && words[..words.len() - 1].iter().any(|w| lexicon::is_norp(w))
    };
    // A place by its head word that reports or writes is an organisation: "The Hill
    // reported", "the Kennedy Space Center said".
    let place_head = lexicon::is_fac_word(last)
        || lexicon::is_loc_word(last)
        || head_then_of(lexicon::is_fac_word)
        || head_then_of(lexicon::is_loc_word);
    if words.len() > 1 && place_head && speaks_after(doc, b) {
        return (Some(EntityType::Org), false);
    }
    if lexicon::is_fac_word(last) && words.len() > 1 && !of_a_creed() {
        return (Some(EntityType::Fac), false);
    }
    if lexicon::is_org_word(last) || head_then_of(lexicon::is_org_word) {
        return (Some(EntityType::Org), false);
    }
    // A facility or event word alone ("Harbour", "Summit") is a common noun capitalised.
    if words.len() > 1 && (lexicon::is_fac_word(last) || head_then_of(lexicon::is_fac_word)) {
        return (Some(EntityType::Fac), false);
    }
    // "Hurricane Idalia", "Typhoon Haiyan", "Tropical Storm Alberto": a named storm.
    if words.len() > 1
        && matches!(
            words[words.len() - 2],
            "Hurricane" | "Typhoon" | "Cyclone" | "Storm"
        )
    {
        return (Some(EntityType::Event), false);
    }
    // (Not after a given name: "Jason Day", "Mara Summit" are people.)
    // ("World War II", "Vatican II": the event word before its number.)
    let numbered = words.len() > 1
        && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && lexicon::is_event_word(words[words.len() - 2]);
    let event_head =
        (lexicon::is_event_word(last) && lexicon::given_name(words[0]).is_none()) || numbered;
    if words.len() > 1 && (event_head || head_then_of(lexicon::is_event_word)) {
        if party_by_its_context(doc, (a, b)) {
            return (Some(EntityType::Org), false);
        }
        // A day named so is a holiday or an observance, a date as OntoNotes counts it:
        // "Labor Day", "Election Day", "Christmas Day".
        let kind = if last == "Day" {
            EntityType::Date
        } else {
            EntityType::Event
        };
        return (Some(kind), false);
    }
    // (A guess: a club may be named so, "Norwich City", "Notts County", and the learned
    // tagger may read it so throughout. A district with an organisation's word is the
    // organisation's: "Irving Independent School District".)
    let organisations_district =
        last == "District" && words.iter().any(|w| lexicon::is_org_word(w));
    if words.len() > 1 && PLACE_HEADS_LAST.contains(&last) && !organisations_district {
        return (Some(EntityType::Gpe), true);
    }
    // (Not a given name and a landform that is a family name as often: "Damon Hill", "Anna
    // Forest" are people.)
    let family_landform = words.len() == 2
        && matches!(last, "Hill" | "Lake" | "Forest")
        && lexicon::given_name(words[0]).is_some();
    if (lexicon::is_loc_word(last) && words.len() > 1 && !family_landform)
        || head_then_of(lexicon::is_loc_word)
    {
        return (Some(EntityType::Loc), false);
    }
    if PLACE_HEADS_WITH_OF.contains(&words[0]) && words.len() > 2 {
        return (Some(EntityType::Gpe), false);
    }
    if words.len() == 1 {
        let w = words[0];
        // "police in B.C.", "from D.C.": a dotted short form where a place goes is a place.
        if w.contains('.') && in_place_context(doc, a) {
            return (Some(EntityType::Gpe), false);
        }
        // "the Globe reported": what follows "the" and reports is an organisation.
        if a > 0 && doc.word(a - 1).eq_ignore_ascii_case("the") && speaks_after(doc, b) {
            return (Some(EntityType::Org), false);
        }
        // "Euronews", "Wikinews": a news outlet's one-word name. "MarketAxess", "YouTube":
        // a brand's capital inside the word; a company's takes no article ("the visionary
        // MahaNakhon" is a building).
        let article_before = (a.saturating_sub(2)..a).any(|k| lower(doc, k) == "the");
        if is_all_caps(w)
            || w.contains('.')
            || (w.len() > 4 && w.ends_with("news"))
            || (is_brand_shaped(w) && !article_before)
        {
            return (Some(EntityType::Org), false);
        }
        if preceded_by_title(doc, a) {
            return (Some(EntityType::Person), false);
        }
        // "an apartment in Aurora", "near Florence": a given name alone after "in" or
        // "near" is a town's, as a person is rarely "in" someone.
        let in_or_near = a > 0 && matches!(lower(doc, a - 1).as_ref(), "in" | "near");
        if lexicon::given_name(w).is_some() && !lexicon::is_common_word(&lower(doc, a)) {
            if in_or_near && !(b < doc.tokens.len() && is_possessive_s(doc.word(b))) {
                return (Some(EntityType::Gpe), true);
            }
            return (Some(EntityType::Person), false);
        }
        // "McLaren's Lando Norris", "Acme's Ann Berg": what has a person by their full name
        // is their team or employer.
        if possesses_a_person(doc, b) {
            return (Some(EntityType::Org), false);
        }
        return (None, true);
    }
    // Partners joined by an ampersand are a firm, never one person: "Procter & Gamble",
    // "P&G", "Saatchi & Saatchi Advertising", "Simon & Schuster".
    if words.contains(&"&") {
        return (Some(EntityType::Org), false);
    }
    // "Google Maps", "Acme Marketplace": a known organisation's name, then common words, is
    // its product or its part, no person.
    let known_then_common = lexicon::is_org_name(words[0])
        && words[1..].iter().all(|w| {
            lexicon::is_common_word(&w.to_ascii_lowercase())
                && !lexicon::is_title(&w.to_ascii_lowercase())
        });
    if known_then_common {
        return (Some(EntityType::Org), false);
    }
    // A city or state of two words or more, then one more word, names what is based there:
    // a team or a paper ("the San Diego Padres", "Los Angeles Dodgers", "New York Post"),
    // never a person, though the first word may be a given name ("San", "Santa"). (A name of
    // two words or more after the place was split off before: "New York Democrat Chuck
    // Schumer".)
    let place_then_word = words.len() >= 3
        && lexicon::place_type(doc.word(b - 1)).is_none()
        && lexicon::place_type(chunk_text(doc, (a, b - 1))) == Some(EntityType::Gpe);
    if place_then_word {
        return (Some(EntityType::Org), true);
    }
    // A given name opens a person's name, not one of common words: "Irving Independent
    // School District" (but "Jack White").
    let common_after_first = || {
        (a + 1..b)
            .filter(|&k| lexicon::is_common_word(&lower(doc, k)))
            .count()
    };
    // ("the opposition Christian Democrats": members of a party, named by its people; but
    // "Bosnian Serbs", "American Catholics" are a people.)
    if lexicon::is_norp(last) && last.ends_with('s') {
        let party = matches!(
            last,
            "Democrats" | "Republicans" | "Liberals" | "Conservatives" | "Socialists" | "Greens"
        );
        if words.len() == 2 && lexicon::is_norp(words[0]) && !party {
            return (Some(EntityType::Norp), false);
        }
        return (Some(EntityType::Org), false);
    }
    if (lexicon::given_name(words[0]).is_some() && common_after_first() < 2)
        || preceded_by_title(doc, a)
    {
        return (Some(EntityType::Person), false);
    }
    // "born in Castelfranco Veneto", "the council area of North Kesteven"; but "published in
    // The Lancet": a capitalised "The" inside a sentence starts a title, not a place (the
    // few places that take one, such as The Hague, are known).
    if in_place_context(doc, a) || where_follows(doc, b) {
        return (
            Some(if words[0] == "The" {
                EntityType::Org
            } else {
                EntityType::Gpe
            }),
            true,
        );
    }
    // "Wong Yeung-tat", "Kim Jong-un": a hyphenated given name in lower case after the hyphen.
    let hyphenated_given = (a + 2..b).any(|k| {
        doc.word(k - 1) == "-" && doc.word(k).chars().next().is_some_and(char::is_lowercase)
    });
    if hyphenated_given {
        return (Some(EntityType::Person), false);
    }
    // People take no article ("the Sea Org"), and their names hold no acronym ("LA Weekly")
    // nor place ("Toronto Star").
    let after_the = a > 0 && doc.word(a - 1) == "the";
    // (A generational or regnal number is no acronym: "Vann R. Newkirk II", "Benedict
    // XVI".) ("World Group II" is none: a common word before the numeral.)
    let generational = |k: usize| {
        k + 1 == words.len()
            && k > 0
            && words[k].len() >= 2
            && words[k].chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            && !lexicon::is_common_word(&words[k - 1].to_ascii_lowercase())
    };
    // ("K.C. Maurer": a person's initials before the family name; not a club's "F.C.".)
    let initials = |k: usize| {
        let w = words[k].as_bytes();
        k == 0
            && words.len() == 2
            && w.len() >= 4
            && !lexicon::is_org_word(&words[k].replace('.', ""))
            && w.iter().enumerate().all(|(i, &c)| {
                if i % 2 == 0 {
                    c.is_ascii_uppercase()
                } else {
                    c == b'.'
                }
            })
    };
    let has_acronym = words
        .iter()
        .enumerate()
        .any(|(k, w)| is_all_caps(w) && !generational(k) && !initials(k));
    // ("Valeska Paris" is a person: a place last marks an organisation only after a common
    // word, as in "Environment Canada".)
    let is_place = |w: &str| lexicon::place_type_but_minor(w).is_some() || lexicon::is_norp(w);
    let has_place = words[..words.len() - 1].iter().any(|w| is_place(w))
        || (is_place(last) && lexicon::is_common_word(&lower(doc, a)));
    // A foreign article opens the names of papers, parties and clubs ("El Mundo", "Le
    // Monde", "Die Linke"; places are known: "El Paso"), no person's.
    // (Not an Arabic one before a given name: "El Hassane Lahssini".)
    let foreign_article = matches!(words[0], "El" | "La" | "Le" | "Il" | "Die" | "Der")
        && words
            .get(1)
            .is_some_and(|w| lexicon::given_name(w).is_none());
    if after_the || has_acronym || has_place || foreign_article {
        return (Some(EntityType::Org), true);
    }
    let common = (a..b)
        .filter(|&k| lexicon::is_common_word(&lower(doc, k)))
        .count();
    if common == 0 && words.len() <= 4 {
        return (Some(EntityType::Person), true);
    }
    if common * 2 > words.len() {
        return (Some(EntityType::Org), true);
    }
    (Some(EntityType::Person), true)
}

/// Does a noun of places and "of" come right before token `a` ("the town of Uyo", "the
/// governor of Kelby")?
pub fn after_place_noun_of(doc: &Document, a: usize) -> bool {
    a >= 2 && doc.word(a - 1) == "of" && PLACE_NOUNS.contains(&lower(doc, a - 2).as_ref())
}

/// Does the name at token `a` follow "and" after a capitalised word that follows a noun of
/// places and "of" ("the suburbs of Dionysos and Nea Makri")? (Two words at most for the
/// first name.)
fn second_place_after_noun_of(doc: &Document, a: usize) -> bool {
    a >= 2
        && doc.word(a - 1) == "and"
        && (a.saturating_sub(3)..a - 1).any(|start| {
            (start..a - 1).all(|k| is_capitalised(doc, k)) && after_place_noun_of(doc, start)
        })
}

/// Landforms and buildings that follow a name in lower case ("the Pamir mountains", "the
/// Kosevo stadium"): the kind of place they make of it.
pub fn place_head_in_lower_case(word: &str) -> Option<EntityType> {
    if LANDFORMS_IN_LOWER_CASE.contains(&word) {
        Some(EntityType::Loc)
    } else if BUILDINGS_IN_LOWER_CASE.contains(&word) {
        Some(EntityType::Fac)
    } else {
        None
    }
}

/// See [`place_head_in_lower_case`]. (Not "hill", "beach" or "hall": "the Smith house"
/// and the like name their owner.)
const LANDFORMS_IN_LOWER_CASE: [&str; 12] = [
    "desert",
    "island",
    "islands",
    "lake",
    "mountains",
    "peninsula",
    "plateau",
    "province",
    "region",
    "river",
    "strait",
    "valley",
];
/// See [`place_head_in_lower_case`].
const BUILDINGS_IN_LOWER_CASE: [&str; 12] = [
    "airbase",
    "airport",
    "cathedral",
    "checkpoint",
    "mosque",
    "port",
    "prison",
    "refinery",
    "restaurant",
    "stadium",
    "synagogue",
    "temple",
];

/// Does the text before token `a` say that a place follows: "in", "near", "visited", a noun
/// of places and "of" ("the town of"), or an age in apposition and "of" ("Mark Olen, 31,
/// of")? Not where a possessive follows in the same sentence: "in Duffy's trial" is no place.
pub fn in_place_context(doc: &Document, a: usize) -> bool {
    let prev = |k: usize| a.checked_sub(k).map(|i| lower(doc, i)).unwrap_or_default();
    // (Within the sentence: "… near Syracuse. The governor's spokesman" is a place.)
    let sentence = doc.tokens[a].sentence;
    let possessive = doc.tokens[a..]
        .iter()
        .take(6)
        .take_while(|t| t.sentence == sentence)
        .any(|t| is_possessive_s(t.span.of(doc.text)));
    if possessive {
        return false;
    }
    let before = prev(1);
    // "Mark Olen, 31, of Tujunga": where a person named with an age is from.
    let from_after_age = || {
        before == "of"
            && prev(2) == ","
            && prev(4) == ","
            && doc.tokens[a - 3].kind == TokenKind::Number
            && doc.word(a - 3).len() <= 3
    };
    // (Not what one holds shares in: "Shares in Biogen rose".)
    let holding = || matches!(prev(2).as_ref(), "shares" | "stake" | "stakes");
    // (Nor a field after a name: "the Nobel Prize in Chemistry", "a Master in Finance".)
    let field_of_a_name = || {
        a >= 2
            && is_capitalised(doc, a - 2)
            && !doc.is_sentence_initial(a - 2)
            && lexicon::is_common_word(&lower(doc, a))
            && (a + 1 >= doc.tokens.len() || !is_capitalised(doc, a + 1))
    };
    (before == "in" && !holding() && !field_of_a_name())
        || matches!(before.as_ref(), "near" | "outside" | "visited" | "around")
        || after_place_noun_of(doc, a)
        || second_place_after_noun_of(doc, a)
        || from_after_age()
}

/// Does ", where" follow the name that ends before token `b` ("won Clacton, where Farage
/// was elected")? What is said to happen there is a place; people take "who".
pub fn where_follows(doc: &Document, b: usize) -> bool {
    b + 1 < doc.tokens.len() && doc.word(b) == "," && doc.word(b + 1) == "where"
}

/// Is a lower-case title or role right before token `a` ("foreign minister Qin Gang")?
fn preceded_by_title(doc: &Document, a: usize) -> bool {
    a > 0 && doc.tokens[a - 1].kind == TokenKind::Word && lexicon::is_title(&lower(doc, a - 1))
}

/// If an amount of money, a percentage or a clock time starts at token `i`: its exclusive
/// end and type. "$26 million", "US$ 20,000", "500 euros", "39 percent", "70%", "15:11 GMT",
/// "3 p.m.".
fn quantity_at(doc: &Document, i: usize) -> Option<(usize, EntityType)> {
    let n = doc.tokens.len();
    let word_at = |k: usize| if k < n { doc.word(k) } else { "" };
    let is_number = |k: usize| k < n && doc.tokens[k].kind == TokenKind::Number;
    // Number words that scale an amount.
    let scale = |k: usize| {
        // (Capitalised in a headline: "Record $2 Billion Run".)
        usize::from(matches!(
            word_at(k),
            "million" | "billion" | "trillion" | "thousand" | "Million" | "Billion" | "Trillion"
        ))
    };
    let w = word_at(i);
    // Currency before the number: "$", "€", "£", "US$", "NZ$".
    let currency_sign = |s: &str| matches!(s, "$" | "€" | "£" | "¥" | "₹");
    let mut k = i;
    if matches!(w, "US" | "NZ" | "A" | "C" | "HK") && currency_sign(word_at(i + 1)) {
        k += 1;
    }
    if currency_sign(word_at(k)) && is_number(k + 1) {
        let end = k + 2;
        return Some((end + scale(end), EntityType::Money));
    }
    if !is_number(i) {
        return None;
    }
    let after = i + 1 + scale(i + 1);
    match word_at(after).to_ascii_lowercase().as_str() {
        "%" | "percent" => return Some((after + 1, EntityType::Percent)),
        "per" if word_at(after + 1) == "cent" => return Some((after + 2, EntityType::Percent)),
        "dollars" | "euros" | "pounds" | "yuan" | "yen" | "rupees" | "francs" => {
            return Some((after + 1, EntityType::Money))
        }
        _ => {}
    }
    // "15:11 GMT", "3 p.m."
    if word_at(i + 1) == ":" && is_number(i + 2) && !doc.tokens[i + 1].space_before {
        let mut end = i + 3;
        if matches!(word_at(end), "GMT" | "UTC" | "a.m." | "p.m.") {
            end += 1;
        }
        return Some((end, EntityType::Time));
    }
    if matches!(word_at(i + 1), "a.m." | "p.m.") {
        return Some((i + 2, EntityType::Time));
    }
    None
}

/// Ordinals that count the parts of a year: "the third quarter", "the first half".
const ORDINALS: [&str; 5] = ["first", "second", "third", "fourth", "final"];
/// Words that count a span of time: "two months ago", "the past three years".
const COUNT_WORDS: [&str; 17] = [
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "few", "several", "many",
];

fn lower_at<'d>(doc: &'d Document, k: usize) -> Cow<'d, str> {
    if k < doc.tokens.len() {
        lower(doc, k)
    } else {
        Cow::Borrowed("")
    }
}

/// Is token `k` (if there is one) a unit of time ("year", "months", "quarter")?
fn is_date_unit(doc: &Document, k: usize) -> bool {
    is_date_unit_word(&lower_at(doc, k))
}

/// Is the lower-case `word` a unit of time that makes a date ("days", "quarter")?
pub fn is_date_unit_word(word: &str) -> bool {
    DATE_UNITS.contains(&word)
}

/// If a length of time starts at token `i` (`lower` is its word in lower case), the
/// exclusive end of it: OntoNotes counts these as dates. "ten years", "18 months", "a few
/// weeks later", "two months ago", "a two-year deal", "the 18-month study", "for decades",
/// "in recent years". (Not "a year" alone: "twice a year" is how often; nor an age, "45
/// years old", "a 45-year-old man".)
fn duration_at(doc: &Document, i: usize, lower: &str) -> Option<usize> {
    // (Any unit of a date but a quarter, "one quarter of the vote" being a share; the word
    // lowered once.)
    let unit_at = |k: usize| {
        let unit = lower_at(doc, k);
        unit != "quarter" && DATE_UNITS.contains(&unit.as_ref())
    };
    // Hyphenated: "two-year", "18-month" (not "45-year-old").
    let counts = is_count(lower) && !matches!(lower, "a" | "an" | "few" | "several" | "many");
    if counts && hyphen_in_word(doc, i + 1) && unit_at(i + 2) {
        let age = hyphen_in_word(doc, i + 3) && lower_at(doc, i + 4) == "old";
        return (!age).then_some(i + 3);
    }
    let article = matches!(lower, "a" | "an");
    // "a few weeks".
    let unit = if article && lower_at(doc, i + 1) == "few" {
        i + 2
    } else {
        i + 1
    };
    if (unit == i + 2 || is_count(lower)) && unit_at(unit) {
        return match lower_at(doc, unit + 1).as_ref() {
            "ago" | "later" | "earlier" => Some(unit + 2),
            // An age is no date to a reader (though OntoNotes counts it one), and "the
            // 27-year-old said" is a person, for the speaker stage.
            "old" => None,
            _ if !article || unit == i + 2 => Some(unit + 1),
            _ => None,
        };
    }
    // "for decades", "within weeks", "in recent years".
    let plural = |w: &str| matches!(w, "decades" | "years" | "months" | "weeks");
    if plural(lower) && i > 0 && matches!(lower_at(doc, i - 1).as_ref(), "for" | "within") {
        return Some(i + 1);
    }
    (lower == "recent" && plural(&lower_at(doc, i + 1))).then_some(i + 2)
}

/// A number, or a word that counts ("two", "a", "few").
fn is_count(lower: &str) -> bool {
    COUNT_WORDS.contains(&lower) || (!lower.is_empty() && lower.bytes().all(|b| b.is_ascii_digit()))
}

/// A date that opens with "the", OntoNotes' relative and partial dates, from token `k` (the
/// word after "the"); the end of the date, "the" included. "the third quarter", "the first
/// half of 2024", "the first six months of the year", "the past two years", "the '80s".
fn relative_date_after_the(doc: &Document, k: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let word = lower_at(doc, k);
    // "the '80s", "the ’90s".
    if matches!(word.as_ref(), "'" | "’") && k + 1 < n {
        let decade = doc.word(k + 1);
        if !doc.tokens[k + 1].space_before
            && decade.len() == 3
            && decade.ends_with('s')
            && decade[..2].bytes().all(|b| b.is_ascii_digit())
            && decade.as_bytes()[1] == b'0'
        {
            return Some(k + 2);
        }
        return None;
    }
    // "the 14th century", "the late eighth century BC", "the first millennium".
    let century = match word.as_ref() {
        "early" | "mid" | "late" => k + 1,
        _ => k,
    };
    if is_ordinal(&lower_at(doc, century))
        && matches!(
            lower_at(doc, century + 1).as_ref(),
            "century" | "centuries" | "millennium"
        )
    {
        return Some(era_end(doc, century + 2).unwrap_or(century + 2));
    }
    let mut end = if ORDINALS.contains(&word.as_ref())
        && matches!(lower_at(doc, k + 1).as_ref(), "quarter" | "half")
    {
        k + 2
    } else if matches!(
        word.as_ref(),
        "first" | "last" | "past" | "next" | "previous" | "coming"
    ) {
        // "the past two years", "the first six months", "the last decade".
        let mut j = k + 1;
        if is_count(&lower_at(doc, j)) && !matches!(lower_at(doc, j).as_ref(), "a" | "an") {
            j += 1;
        }
        // (Not a compound's first word: "the first year-over-year decline".)
        if !is_date_unit(doc, j) || hyphen_in_word(doc, j + 1) {
            return None;
        }
        j + 1
    } else {
        return None;
    };
    // "... of the year", "... of 2024", "... of this year", "... of last year".
    if lower_at(doc, end) == "of" {
        let next = lower_at(doc, end + 1);
        let year_number = end + 1 < n
            && doc.tokens[end + 1].kind == TokenKind::Number
            && doc.word(end + 1).len() == 4;
        if year_number {
            end += 2;
        } else if matches!(next.as_ref(), "the" | "this" | "last" | "next")
            && lower_at(doc, end + 2) == "year"
        {
            end += 3;
        }
    }
    Some(end)
}

/// If a named holiday starts at token `i` ("Christmas", "New Year's Eve", "Valentine’s
/// Day"), the exclusive end of it; not where a name goes on after it ("Christmas Island").
fn holiday_at(doc: &Document, i: usize) -> Option<usize> {
    let whole = lexicon::holiday(doc.word(i))?;
    let mut end = whole.then_some(i + 1);
    // The longer names, of up to five more tokens, as written (apostrophes made straight).
    let n = doc.tokens.len();
    let mut name = doc.word(i).to_string();
    for k in i + 1..n.min(i + 6) {
        if doc.tokens[k].sentence != doc.tokens[i].sentence {
            break;
        }
        if doc.tokens[k].space_before {
            name.push(' ');
        }
        name.extend(doc.word(k).chars().map(|c| if c == '’' { '\'' } else { c }));
        if lexicon::holiday(&name) == Some(true) {
            end = Some(k + 1);
        }
    }
    let end = end?;
    let goes_on = end < n && doc.tokens[end].space_before && is_capitalised(doc, end);
    (!goes_on).then_some(end)
}

/// If a street (or another facility by its word) numbered by an ordinal in figures starts at
/// token `i`, maybe after a compass word ("Northwest 11th Avenue", "West 42nd Street", "on
/// 5th Ave"), the exclusive end of it: the figures break the run of capitalised words that
/// makes other names.
fn numbered_street_at(doc: &Document, i: usize) -> Option<usize> {
    let w = doc.word(i);
    let compass = COMPASS_WORDS.contains(&w)
        || matches!(w, "Northwest" | "Northeast" | "Southwest" | "Southeast");
    let k = i + usize::from(compass);
    let street = k + 1 < doc.tokens.len()
        && doc.word(k).len() <= 5
        && doc.word(k).starts_with(|c: char| c.is_ascii_digit())
        && is_ordinal(&lower(doc, k))
        && doc.tokens[k + 1].space_before
        && lexicon::is_fac_word(doc.word(k + 1));
    street.then_some(k + 2)
}

/// An ordinal in figures or in words, as a century is counted ("14th", "eighth", "first";
/// "last" and "past" count back from now).
fn is_ordinal(lower: &str) -> bool {
    let stem = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    ["st", "nd", "rd", "th"].iter().any(|s| lower.ends_with(s))
        && stem.bytes().all(|b| b.is_ascii_digit())
}

/// The era a year is counted in, at token `k` ("BC", "AD", "BCE", "CE"): the exclusive end
/// of it.
fn era_end(doc: &Document, k: usize) -> Option<usize> {
    let era = k < doc.tokens.len()
        && doc.tokens[k].space_before
        && matches!(doc.word(k), "BC" | "AD" | "BCE" | "CE");
    era.then_some(k + 1)
}

/// If a date starts at token `i`, the exclusive end of it.
fn date_at(doc: &Document, i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let w = doc.word(i);
    let word_at = |k: usize| if k < n { doc.word(k) } else { "" };
    let is_year = |s: &str| {
        // (`digits_value` reads digits only.)
        s.len() == 4 && (1800..=2099).contains(&digits_value(s).unwrap_or(0))
    };
    let is_day = |s: &str| {
        let digits = s.trim_end_matches(|c: char| c.is_alphabetic());
        digits.len() <= 2 && (1..=31).contains(&digits_value(digits).unwrap_or(0))
    };
    // Weekdays and months are capitalised: most words need none of these comparisons.
    let capitalised = w.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    if capitalised && WEEKDAYS.contains(&w) {
        return Some(i + 1);
    }
    if capitalised {
        if let Some(end) = holiday_at(doc, i) {
            return Some(end);
        }
    }
    // "Jan 29", "Sept. 3, 2024": an abbreviated month takes a day.
    if capitalised && MONTH_ABBREVIATIONS.contains(&w) {
        let mut end = i + 1;
        if word_at(end) == "." && !doc.tokens[end].space_before {
            end += 1;
        }
        if is_day(word_at(end)) {
            end += 1;
            if word_at(end) == "," && is_year(word_at(end + 1)) {
                end += 2;
            }
            return Some(end);
        }
    }
    if capitalised && MONTHS.contains(&w) {
        // "May" and "March" are also words: only with a day, a year or "in".
        let ambiguous = w == "May" || w == "March";
        let mut end = i + 1;
        if is_day(word_at(end)) {
            end += 1;
        }
        if word_at(end) == "," && is_year(word_at(end + 1)) {
            end += 2;
        } else if is_year(word_at(end)) {
            end += 1;
        }
        let after_in = i > 0
            && matches!(
                lower(doc, i - 1).as_ref(),
                "in" | "since" | "until" | "by" | "of" | "early" | "late" | "mid"
            );
        if ambiguous && end == i + 1 && !after_in {
            return None;
        }
        return Some(end);
    }
    if is_day(w) && MONTHS.contains(&word_at(i + 1)) {
        let mut end = i + 2;
        if is_year(word_at(end)) {
            end += 1;
        }
        return Some(end);
    }
    if doc.tokens[i].kind == TokenKind::Number {
        // "1900 BC", "833 AD": a year of any size before its era.
        if w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(end) = era_end(doc, i + 1) {
                return Some(end);
            }
        }
        if is_year(w) {
            return Some(i + 1);
        }
        // Decades: "1990s".
        if w.len() == 5 && w.ends_with('s') && is_year(&w[..4]) {
            return Some(i + 1);
        }
    }
    let l = lower(doc, i);
    if let Some(end) = duration_at(doc, i, &l) {
        return Some(end);
    }
    match l.as_ref() {
        "today" | "yesterday" | "tomorrow" => Some(i + 1),
        "the" => relative_date_after_the(doc, i + 1),
        "last" | "next" | "this" | "coming" | "past" if DATE_UNITS.contains(&word_at(i + 1)) => {
            Some(i + 2)
        }
        // "later in the year", "earlier this year"
        "later" | "earlier"
            if word_at(i + 1) == "in"
                && word_at(i + 2) == "the"
                && DATE_UNITS.contains(&word_at(i + 3)) =>
        {
            Some(i + 4)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Option<EntityType>)> {
        let doc = Document::parse(text);
        find(&doc)
            .into_iter()
            .map(|m| (m.span.of(text).to_string(), m.kind))
            .collect()
    }

    /// Each text has a mention of exactly its name, of any type.
    fn assert_names_found(cases: &[(&str, &str)]) {
        for &(text, name) in cases {
            let names = found(text);
            assert!(names.iter().any(|(n, _)| n == name), "{text}: {names:?}");
        }
    }

    fn assert_no_names(text: &str) {
        let names = found(text);
        assert!(names.is_empty(), "{text}: {names:?}");
    }

    /// Each text has a mention of exactly its name, of type `kind`.
    fn assert_typed(kind: EntityType, cases: &[(&str, &str)]) {
        for &(text, name) in cases {
            assert!(has(text, name, kind), "{text}: {:?}", found(text));
        }
    }

    /// No text has a date.
    fn assert_no_dates(texts: &[&str]) {
        for text in texts {
            let names = found(text);
            assert!(
                names.iter().all(|(_, k)| *k != Some(EntityType::Date)),
                "{text}: {names:?}"
            );
        }
    }

    fn has(text: &str, name: &str, kind: EntityType) -> bool {
        found(text)
            .iter()
            .any(|(n, k)| n == name && *k == Some(kind))
    }

    #[test]
    fn a_dateline_s_dash_of_one_or_two_hyphens_opens_the_sentence() {
        assert_typed(
            EntityType::Org,
            &[
                (
                    "VARNO, May 14 (Reuters) - The Foreign Ministry said talks would go on.",
                    "Foreign Ministry",
                ),
                (
                    "VARNO, May 14 (Xinhua) -- The Foreign Ministry said talks would go on.",
                    "Foreign Ministry",
                ),
            ],
        );
    }

    #[test]
    fn a_party_named_by_an_events_word_is_a_party_by_its_standing_or_its_people() {
        assert_typed(
            EntityType::Org,
            &[
                (
                    "Voters backed the far-right Unity Rally in the vote on Sunday.",
                    "Unity Rally",
                ),
                (
                    "Voters backed the ruling Unity Rally in the vote on Sunday.",
                    "Unity Rally",
                ),
                (
                    "The Unity Rally's leader called for new elections.",
                    "Unity Rally",
                ),
                (
                    "On Monday, Unity Rally lawmakers voted against the budget.",
                    "Unity Rally",
                ),
            ],
        );
        assert_typed(
            EntityType::Event,
            &[(
                "Thousands joined the Unity Rally in the capital on Sunday.",
                "Unity Rally",
            )],
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_role_is_a_person_whatever_its_last_word() {
        assert_typed(
            EntityType::Person,
            &[(
                "A ministry spokesman, Harlan Fields, said in an email that talks went on.",
                "Harlan Fields",
            )],
        );
        let text = "Prices fell after the producer, Varnholt Copper Ltd, cut its rates.";
        assert!(
            !has(text, "Varnholt Copper Ltd", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_province_or_an_oblast_by_its_head_is_a_place() {
        let text = "The minister visits Zhenhai Province and Korval Oblast next week.";
        assert_typed(
            EntityType::Gpe,
            &[(text, "Zhenhai Province"), (text, "Korval Oblast")],
        );
    }

    #[test]
    fn a_forum_on_a_subject_keeps_its_places_joined_by_a_hyphen() {
        assert_names_found(&[(
            "Delegates attended the Forum on China-Africa Cooperation in May.",
            "Forum on China-Africa Cooperation",
        )]);
    }

    #[test]
    fn a_word_with_a_capital_inside_is_a_brand_unless_a_particle_opens_it() {
        let text = "Traders cited data from TradeVexa on Monday, and analysts at \
                    GloboPharmaLink agreed.";
        assert_typed(
            EntityType::Org,
            &[(text, "TradeVexa"), (text, "GloboPharmaLink")],
        );
        // A company's name takes no article: a building's may.
        let text = "Tourists crowd the gleaming TorvaLink, the city's tallest tower.";
        assert!(
            !has(text, "TorvaLink", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(is_brand_shaped("YouTube") && is_brand_shaped("PayPal"));
        for name in [
            "McAllen",
            "DeSantis",
            "LeBron",
            "MacArthur",
            "VanderMeer",
            "Oakley",
        ] {
            assert!(!is_brand_shaped(name), "{name}");
        }
    }

    #[test]
    fn a_korean_name_opening_a_sentence_keeps_its_family_name() {
        // "Ban", "Moon" and "Park" are common words too.
        assert_names_found(&[
            ("Ban Ki-moon, the secretary general, spoke.", "Ban Ki-moon"),
            ("Moon Jae-in said no.", "Moon Jae-in"),
            ("Park Geun-hye left office.", "Park Geun-hye"),
        ]);
        // Not a common word before a hyphenated compound in lower case.
        assert_no_names("Long-term plans failed.");
    }

    #[test]
    fn a_dutch_particle_stays_inside_a_name_and_a_titles_in_phrase_names_no_place() {
        assert_typed(
            EntityType::Person,
            &[
                ("The coach, Evert ten Brink, said so.", "Evert ten Brink"),
                ("The keeper Marc ter Horst saved it.", "Marc ter Horst"),
                (
                    "Special Agent in Charge Ana Ruiz declined to comment.",
                    "Ana Ruiz",
                ),
            ],
        );
        let names = found("Special Agent in Charge Ana Ruiz declined to comment.");
        assert!(names.iter().all(|(n, _)| n != "Charge"), "{names:?}");
    }

    #[test]
    fn a_name_before_a_noun_for_a_part_of_a_town_is_a_place() {
        assert_typed(
            EntityType::Gpe,
            &[
                (
                    "He died in the Kestrel Air section of Norwood.",
                    "Kestrel Air",
                ),
                ("Police closed roads in the Zamoria district.", "Zamoria"),
            ],
        );
    }

    #[test]
    fn an_opener_before_a_country_and_a_role_is_no_agency() {
        // "Environment Canada spokeswoman" names an agency; "Former England captain" no one.
        assert_names_found(&[(
            "Former England captain Tom Vale called it reckless.",
            "England",
        )]);
        let f = found("Former England captain Tom Vale called it reckless.");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Former")), "{f:?}");
    }

    #[test]
    fn a_short_headline_with_its_words_capitalised_is_a_title() {
        // Two long words only, but every word of three letters or more has its capital.
        let text =
            "Westvale Beat Northam to Go Top\n\nWestvale beat Northam 2-1 at home on Sunday, \
                    with two goals in the second half.";
        let f = found(text);
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("Beat") || n.contains("Go")),
            "{f:?}"
        );
        // Short words stay in lower case ("the", "from"), and a brand may start so
        // ("iPhone"); a word in "-s" after a known name is its verb.
        let text = "Vandermeer Wins in Kestrel From 17th on the Grid\n\nTom Vandermeer won the \
                    race on Sunday after a long duel with his teammate.";
        let f = found(text);
        assert!(!f.iter().any(|(n, _)| n.contains("Wins")), "{f:?}");
        let text = "Google Unveils Thinner iPhone and Bets on Its Own Chips\n\nThe company \
                    showed a new phone on Tuesday, its thinnest yet.";
        let f = found(text);
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("Unveils") || n.contains("Its")),
            "{f:?}"
        );
        // A line of the body broken before its sentence ends is none.
        let text = "The National Bank of Poland\nrefrained from acting on Friday.";
        assert!(
            has(text, "National Bank of Poland", EntityType::Org),
            "{:?}",
            found(text)
        );
        // A known name of two words keeps its capitals in a headline.
        let text = "Ice Found Near the South Pole\n\nScientists found ice near the south pole, \
                    where it is dark all winter.";
        assert!(
            has(text, "South Pole", EntityType::Loc),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_regnal_number_is_no_acronym_and_hills_or_streets_name_a_place() {
        assert_typed(
            EntityType::Person,
            &[(
                "It followed the resignation of Benedict XVI in 2013.",
                "Benedict XVI",
            )],
        );
        assert_typed(
            EntityType::Gpe,
            &[
                (
                    "A fire tore through the hills of Westmere Palos.",
                    "Westmere Palos",
                ),
                (
                    "Crowds filled the streets of Velka Ostrava on Sunday.",
                    "Velka Ostrava",
                ),
            ],
        );
    }

    #[test]
    fn members_named_by_two_plurals_share_the_organisations_head() {
        assert_typed(
            EntityType::Org,
            &[(
                "Members of the Guild of Machinists and Aerospace Workers voted.",
                "Guild of Machinists and Aerospace Workers",
            )],
        );
        let f = found("The Organization of American States and United Nations met.");
        assert!(f.iter().any(|(n, _)| n == "United Nations"), "{f:?}");
    }

    #[test]
    fn amounts_in_a_headline_and_a_trade_publication() {
        assert_typed(
            EntityType::Money,
            &[("Tour Ends After Record $2 Billion Run", "$2 Billion")],
        );
        assert_typed(
            EntityType::Org,
            &[(
                "The figures came from Tallystar, the trade publication, on Monday.",
                "Tallystar",
            )],
        );
    }

    #[test]
    fn a_title_that_is_a_buildings_head_after_a_name_is_the_head() {
        assert_typed(
            EntityType::Fac,
            &[(
                "The game was at Westmere Field on Sunday.",
                "Westmere Field",
            )],
        );
        assert_names_found(&[("Field Marshal Tom Vale left.", "Tom Vale")]);
    }

    #[test]
    fn a_field_after_a_name_and_in_is_no_place() {
        let doc = Document::parse("The Vale Prize in Chemistry was awarded to Ann Berg.");
        let chemistry = doc.token_at_or_after(doc.text.find("Chemistry").unwrap());
        assert!(!in_place_context(&doc, chemistry));
        let doc = Document::parse("The Vale Prize was awarded in Uppsala.");
        let uppsala = doc.token_at_or_after(doc.text.find("Uppsala").unwrap());
        assert!(in_place_context(&doc, uppsala));
    }

    #[test]
    fn a_bill_by_its_number_is_no_name() {
        assert_no_names("The law, known as House Bill 18, passed. Senate Bill 4 failed.");
    }

    #[test]
    fn a_field_before_and_shares_the_head_after_it() {
        assert_typed(
            EntityType::Org,
            &[
                (
                    "He led Westvale City Health and Hospitals Corporation.",
                    "Westvale City Health and Hospitals Corporation",
                ),
                ("Nurses at Quorvo Health walked out.", "Quorvo Health"),
                ("He said Big Tech is too powerful.", "Big Tech"),
                // Before a title, and opening the sentence.
                (
                    "It was praised by Parks and Wildlife Department Director Ann Berg.",
                    "Parks and Wildlife Department",
                ),
                (
                    "Housing and Urban Renewal Services Secretary Ann Berg spoke.",
                    "Housing and Urban Renewal Services",
                ),
            ],
        );
        // A person before "and" keeps the name after it apart.
        assert_typed(
            EntityType::Person,
            &[(
                "They attacked Tom Vale and House Speaker Ann Berg.",
                "Tom Vale",
            )],
        );
    }

    #[test]
    fn a_given_name_alone_after_in_is_a_town() {
        let text = "Tom Vale was arrested at an apartment in Aurora on Sunday.";
        assert!(has(text, "Aurora", EntityType::Gpe), "{:?}", found(text));
        // Not before a possessive: "in Aurora's house" is hers.
        let text = "The letter was found in Aurora's house.";
        assert!(!has(text, "Aurora", EntityType::Gpe), "{:?}", found(text));
    }

    #[test]
    fn two_places_after_a_noun_of_places() {
        let text = "The fire reached the suburbs of Ano Varlos and Nea Kestri by evening.";
        for name in ["Ano Varlos", "Nea Kestri"] {
            assert!(
                has(text, name, EntityType::Gpe),
                "{name}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_word_opening_a_sentence_before_a_places_head_is_named() {
        assert_typed(
            EntityType::Gpe,
            &[(
                "Harvest County, where the fire began, is dry.",
                "Harvest County",
            )],
        );
    }

    #[test]
    fn a_firm_whose_name_ends_in_a_possessive() {
        // The list writes "McDonald's" and "Moody's"; the tokens split the possessive off.
        assert_typed(
            EntityType::Org,
            &[
                ("McDonald's said sales rose.", "McDonald's"),
                ("Shares of McDonald’s fell.", "McDonald’s"),
                (
                    "Moody's Investors Service cut the rating.",
                    "Moody's Investors Service",
                ),
            ],
        );
        // What the firm has is no part of its name.
        let names = found("McDonald's Chief Executive Ann Lowe said sales rose.");
        assert!(
            names.contains(&("McDonald's".to_string(), Some(EntityType::Org))),
            "{names:?}"
        );
        assert!(names.iter().any(|(n, _)| n == "Ann Lowe"), "{names:?}");
    }

    #[test]
    fn a_name_opening_a_sentence_keeps_the_first_words_it_has_inside_one() {
        // "Home" and "Wells" are common words, capitalised at a sentence's start by their
        // place; the article writes the names inside sentences too.
        assert_names_found(&[
            (
                "Home Depot said sales fell. Analysts expect Home Depot to recover.",
                "Home Depot",
            ),
            (
                "Shares of Wells Fargo fell. Wells Fargo said it would pay.",
                "Wells Fargo",
            ),
        ]);
        let opening = found("Home Depot said sales fell. Analysts expect Home Depot to recover.");
        assert!(
            opening.iter().all(|(name, _)| name != "Depot"),
            "{opening:?}"
        );
        // Not an article, a month or a label's letter.
        let months = found("Prices rose in March Eurodollars. March Eurodollars fell.");
        assert!(
            months.iter().all(|(name, _)| name != "March Eurodollars"),
            "{months:?}"
        );
    }

    #[test]
    fn a_given_name_opening_a_sentence_keeps_a_family_name_that_acts() {
        // "Bill" and "Gates" are both common words; "Gates said" makes them a name.
        assert_names_found(&[
            ("Bill Gates said the firm would grow.", "Bill Gates"),
            ("Mark Price has left the club.", "Mark Price"),
            ("Bob Smith met the minister on Tuesday.", "Bob Smith"),
        ]);
        // A common noun after the given name does not act: "Bill Gates" is not read into
        // "Bill payments rose".
        assert_no_names("Bill payments rose sharply.");
    }

    #[test]
    fn a_city_of_two_words_and_one_more_word_names_a_team_or_a_paper() {
        // "San" and "Santa" are given names too.
        for (text, name) in [
            (
                "Reed homered as the San Diego Padres blanked the Expos.",
                "San Diego Padres",
            ),
            ("Los Angeles Dodgers fans cheered.", "Los Angeles Dodgers"),
        ] {
            assert!(
                has(text, name, EntityType::Org),
                "{text}: {:?}",
                found(text)
            );
        }
        // A person's name of two words after the city is split off.
        assert!(has(
            "New York Democrat Chuck Schumer spoke.",
            "Chuck Schumer",
            EntityType::Person
        ));
    }

    #[test]
    fn a_nickname_in_quotation_marks_stays_inside_the_name() {
        assert_names_found(&[
            (
                "Del. Marcia \"Cia\" Price shouted to the crowd.",
                "Marcia \"Cia\" Price",
            ),
            (
                "Panamanian legend Roberto “Hands of Stone” Duran climbs into the ring.",
                "Roberto “Hands of Stone” Duran",
            ),
        ]);
        // A quotation after a name is no nickname: `Ada said "No" Tuesday`.
        let f = found("Critics told Ada \"No Way\" and left.");
        assert!(f.iter().all(|(n, _)| !n.contains('"')), "{f:?}");
    }

    #[test]
    fn a_title_and_its_portfolio_opening_a_sentence_stay_out_of_the_name() {
        for (text, name) in [
            (
                "Minister of Education Stefania Giannini said so.",
                "Stefania Giannini",
            ),
            ("Secretary of State Rex Tillerson left.", "Rex Tillerson"),
        ] {
            assert_eq!(found(text), [(name.to_string(), Some(EntityType::Person))]);
        }
        assert_no_names("Minister of Defence said no.");
    }

    #[test]
    fn a_people_named_after_a_known_place_is_a_group() {
        for (text, name) in [
            ("Many Bavarian voters stayed home.", "Bavarian"),
            ("Ohioans went to the polls.", "Ohioans"),
            ("The Icelandic government resigned.", "Icelandic"),
            ("Rents drove San Franciscans away.", "San Franciscans"),
        ] {
            assert!(
                has(text, name, EntityType::Norp),
                "{text}: {:?}",
                found(text)
            );
        }
        // A given name is a person's ("Adrian"), and so is a name no place makes.
        assert!(has("Adrian said no.", "Adrian", EntityType::Person));
        assert!(!has("Kardashian said no.", "Kardashian", EntityType::Norp));
    }

    #[test]
    fn a_creed_named_by_its_ism_is_a_group_not_a_person() {
        for (text, name) in [
            (
                "Critics of Thatcherism said the plan failed.",
                "Thatcherism",
            ),
            ("He converted to Buddhism last year.", "Buddhism"),
        ] {
            assert!(
                has(text, name, EntityType::Norp),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_company_s_legal_form_ends_its_name_before_where_it_is_from() {
        let text = "The car made by Kovra Motor Corp of South Korea arrived.";
        assert!(
            has(text, "Kovra Motor Corp", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "South Korea", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        // A place no list knows is guessed a place there.
        let text = "He ran Bestrel Inc of Zarnford, Colo., for years.";
        assert!(has(text, "Zarnford", EntityType::Gpe), "{:?}", found(text));
        // A full legal word is part of the name: "Corporation of London".
        assert_names_found(&[("The Corporation of London met.", "Corporation of London")]);
    }

    #[test]
    fn a_year_before_its_era_and_a_century_are_dates() {
        for (text, date) in [
            ("It was built around 1900 BC by farmers.", "1900 BC"),
            ("In 833 AD the state grew.", "833 AD"),
            ("Over the past century it grew.", "the past century"),
            (
                "It dates from the 14th century BCE, like others.",
                "the 14th century BCE",
            ),
            (
                "In the late nineteenth century it grew.",
                "the late nineteenth century",
            ),
        ] {
            assert!(
                has(text, date, EntityType::Date),
                "{text}: {:?}",
                found(text)
            );
        }
        // An era alone is no organisation.
        let f = found("Walls from 700 BC still stand.");
        assert!(f.iter().all(|(_, k)| *k == Some(EntityType::Date)), "{f:?}");
    }

    #[test]
    fn a_work_s_title_after_its_kind_names_no_one() {
        for text in [
            "She starred in the 2012 film The Five-Year Engagement last year.",
            "Her album Wild West sold well.",
            "He wrote the novel Skylark Dawn in 1990.",
        ] {
            let f = found(text);
            assert!(
                f.iter().all(|(_, k)| *k == Some(EntityType::Date)),
                "{text}: {f:?}"
            );
        }
        // A name after the noun is the work's maker, and the noun before a role is no work.
        assert_names_found(&[("The book Obama wrote sold.", "Obama")]);
        assert!(has(
            "In the film Tom Hanks plays a pilot.",
            "Tom Hanks",
            EntityType::Person
        ));
        assert!(has(
            "The film director Steven Spielberg spoke.",
            "Steven Spielberg",
            EntityType::Person
        ));
    }

    #[test]
    fn what_a_title_is_of_is_a_place_not_its_holder() {
        for (text, place) in [
            ("The Duke of Sussex sued the paper.", "Sussex"),
            ("The Archbishop of Canterbury spoke.", "Canterbury"),
        ] {
            assert!(
                has(text, place, EntityType::Gpe),
                "{text}: {:?}",
                found(text)
            );
        }
        let text = "Mayor of Albany Kathy Sheehan spoke.";
        assert!(has(text, "Albany", EntityType::Gpe), "{:?}", found(text));
        assert!(
            has(text, "Kathy Sheehan", EntityType::Person),
            "{:?}",
            found(text)
        );
        // A title's own words go on after "of": "Secretary of State" has no place.
        let text = "Secretary of State Antony Blinken flew.";
        assert_eq!(
            found(text),
            [("Antony Blinken".to_string(), Some(EntityType::Person))]
        );
    }

    #[test]
    fn a_regnal_one_and_a_generational_suffix_stay_with_the_name() {
        for (text, name) in [
            ("They existed under Henry I and were symbolic.", "Henry I"),
            ("Their first king was Mojmír I (ruled 830–846).", "Mojmír I"),
            ("After World War I ended, trade grew.", "World War I"),
        ] {
            assert_names_found(&[(text, name)]);
        }
        // The pronoun after a name goes on with its verb; a label's "I" is no name's.
        assert_names_found(&[("Obama I met in 2009.", "Obama")]);
        let f = found("World Group I, first round.");
        assert!(f.iter().all(|(n, _)| n != "Group I"), "{f:?}");
        // "Jr" after its comma is the name's, never a name of its own.
        let f = found("It honours Martin Luther King, Jr. and his work.");
        assert_eq!(
            f,
            [("Martin Luther King".to_string(), Some(EntityType::Person))]
        );
    }

    #[test]
    fn a_word_the_article_writes_in_lower_case_as_often_is_no_name() {
        let text = "Children need iodine. Iodine deficiency is common, and iodine is cheap.";
        assert_no_names(text);
        // Written capitalised more often, it stays a name; and the address is no word.
        let text = "Zorbex rose. Zorbex fell. A zorbex user wrote to Zorbex.";
        assert_names_found(&[(text, "Zorbex")]);
        let text = "Visit zorbex.org today, Zorbex said.";
        assert_names_found(&[(text, "Zorbex")]);
    }

    #[test]
    fn a_saint_s_name_alone_is_a_town() {
        for text in [
            "He moved to St. Louis last year.",
            "Shares of St. Louis-based Mercantile rose.",
            "Voters in Saint Paul went to the polls.",
        ] {
            let f = found(text);
            assert!(
                f.iter().any(|(n, k)| n.starts_with("S")
                    && n.contains(' ')
                    && *k == Some(EntityType::Gpe)),
                "{text}: {f:?}"
            );
        }
        // A saint's building, or a saint "of" somewhere, is not.
        assert!(has(
            "Crowds filled St. Peter's Square.",
            "St. Peter's Square",
            EntityType::Fac
        ));
        let f = found("St. Francis of Assisi is revered.");
        assert!(f.iter().all(|(_, k)| *k != Some(EntityType::Gpe)), "{f:?}");
    }

    #[test]
    fn partners_joined_by_an_ampersand_are_a_firm() {
        for (text, name) in [
            ("Shares of P&G rose on Monday.", "P&G"),
            (
                "The account went to Saatchi & Saatchi Advertising last year.",
                "Saatchi & Saatchi Advertising",
            ),
            (
                "Her novel is published by Simon & Schuster.",
                "Simon & Schuster",
            ),
            // (A known place first: "Douglas" is a town.)
            (
                "Shares of Douglas & Lomason rose on Friday.",
                "Douglas & Lomason",
            ),
        ] {
            assert!(
                has(text, name, EntityType::Org),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn relative_and_partial_dates_as_ontonotes_counts_them() {
        assert_typed(
            EntityType::Date,
            &[
                ("Profit rose in the third quarter.", "the third quarter"),
                (
                    "Sales doubled in the first half of 2024.",
                    "the first half of 2024",
                ),
                (
                    "It grew in the first six months of the year.",
                    "the first six months of the year",
                ),
                ("Prices fell over the past two years.", "the past two years"),
                ("The band was big in the '80s.", "the '80s"),
                ("She left two months ago.", "two months ago"),
                ("He arrived a year ago.", "a year ago"),
                ("Output grew 4% in the last decade.", "the last decade"),
            ],
        );
        // Not dates: a first meeting, the next round, a half of something.
        assert_no_dates(&[
            "The first meeting was calm.",
            "In the next round, she won.",
            "Half of them left.",
            "It was the first year-over-year decline.",
        ]);
    }

    #[test]
    fn holidays_are_dates_as_ontonotes_counts_them() {
        assert_typed(
            EntityType::Date,
            &[
                ("Stores opened on Christmas Eve.", "Christmas Eve"),
                ("Sales rose before Thanksgiving.", "Thanksgiving"),
                ("They met on Valentine’s Day.", "Valentine’s Day"),
                ("Fireworks lit up New Year's Eve.", "New Year's Eve"),
                ("Families met for Eid al-Fitr.", "Eid al-Fitr"),
                // Any name of a day: a holiday or an observance.
                ("Parades marked Labor Day.", "Labor Day"),
                ("He voted on Election Day.", "Election Day"),
            ],
        );
        // Not where a name goes on, nor a person named Day.
        assert_no_dates(&["He flew to Christmas Island. Doris Day sang."]);
    }

    #[test]
    fn lengths_of_time_are_dates_as_ontonotes_counts_them() {
        assert_typed(
            EntityType::Date,
            &[
                ("He served for 10 years.", "10 years"),
                ("She waited ten years for it.", "ten years"),
                ("Three days later, he left.", "Three days later"),
                ("It came a few weeks later.", "a few weeks later"),
                ("A two-year deal was signed.", "two-year"),
                ("The 18-month study ended.", "18-month"),
                ("For decades, nothing changed.", "decades"),
                ("It was over within weeks.", "weeks"),
                ("Prices rose in recent years.", "recent years"),
            ],
        );
        // Not lengths of time: how often, a share, a year on its own, an age.
        assert_no_dates(&[
            "It happens twice a year.",
            "She won three quarters of the vote.",
            "One quarter of them left.",
            "He was 45 years old.",
            "A 45-year-old man won.",
            "A year is long.",
        ]);
    }

    #[test]
    fn a_family_name_that_is_a_title_after_a_given_name() {
        let m = found("Its general secretary, Nicola Ranger, added that nothing was ruled out.");
        assert!(
            m.contains(&("Nicola Ranger".into(), Some(EntityType::Person))),
            "{m:?}"
        );
    }

    #[test]
    fn a_kind_of_organisation_after_the_name() {
        let m = found("Leaders of the Force Ouvrière union regret the remarks.");
        assert!(
            m.contains(&("Force Ouvrière".into(), Some(EntityType::Org))),
            "{m:?}"
        );
    }

    #[test]
    fn a_possessive_inside_an_organisations_name() {
        let m = found("He chairs the Eastfield Residents' Association and the Nurses’ Union.");
        assert!(m.contains(&(
            "Eastfield Residents' Association".into(),
            Some(EntityType::Org)
        )));
        assert!(
            m.contains(&("Nurses’ Union".into(), Some(EntityType::Org))),
            "{m:?}"
        );
        let m = found("She studied at King's College London and at Oxford.");
        assert!(
            m.contains(&("King's College London".into(), Some(EntityType::Org))),
            "{m:?}"
        );
        // A place before it, or a building after it, keeps the two apart.
        let m =
            found("Pilgrims at Mecca's Grand Mosque prayed, and China's Foreign Ministry spoke.");
        assert!(
            m.contains(&("China".into(), Some(EntityType::Gpe))),
            "{m:?}"
        );
        assert!(m.iter().all(|(n, _)| n != "Mecca's Grand Mosque"), "{m:?}");
    }

    #[test]
    fn a_title_with_the_after_in_is_no_place() {
        let m = found("The study was published on Tuesday in The Lancet.");
        assert!(
            m.contains(&("The Lancet".into(), Some(EntityType::Org))),
            "{m:?}"
        );
    }

    #[test]
    fn a_caption_label_ends_the_name_before_it() {
        let m = found("President Barack Obama tweeted to Ahmed Mohamed Image: Twitter.");
        assert!(
            m.contains(&("Ahmed Mohamed".into(), Some(EntityType::Person))),
            "{m:?}"
        );
    }

    #[test]
    fn a_known_name_before_and_stands_alone() {
        let m = found("The layoffs follow moves by Tesla and Ford Motor Co last year.");
        assert!(
            m.contains(&("Tesla".into(), Some(EntityType::Org))),
            "{m:?}"
        );
        assert!(
            m.contains(&("Ford Motor Co".into(), Some(EntityType::Org))),
            "{m:?}"
        );
        // A company that a place list also holds: a landform, a province; not a country.
        let m = found("Shares of Amazon and Meta rose. The Vatican said no.");
        for company in ["Amazon", "Meta"] {
            assert!(
                m.contains(&(company.into(), Some(EntityType::Org))),
                "{m:?}"
            );
        }
        assert!(
            m.contains(&("Vatican".into(), Some(EntityType::Gpe))),
            "{m:?}"
        );
    }

    #[test]
    fn titles_stay_outside_and_prefixes_are_typed() {
        let text = "It was a visit by U.S. Secretary of State Dana Okafor today.";
        assert!(has(text, "U.S.", EntityType::Gpe), "{:?}", found(text));
        assert!(
            has(text, "Dana Okafor", EntityType::Person),
            "{:?}",
            found(text)
        );
        let text = "Danish President Karl Moen hailed progress.";
        assert!(has(text, "Danish", EntityType::Norp), "{:?}", found(text));
        assert!(
            has(text, "Karl Moen", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn titles_of_several_words() {
        for (text, name) in [
            (
                "Shares fell after Chief Executive Elon Musk spoke.",
                "Elon Musk",
            ),
            ("He thanked President Elect Dana Okafor.", "Dana Okafor"),
            ("She studied with Professor Emeritus Ada Lund.", "Ada Lund"),
        ] {
            assert!(has(text, name, EntityType::Person), "{:?}", found(text));
        }
    }

    #[test]
    fn a_given_name_that_is_a_word_after_a_title_opens_the_name() {
        for (text, name) in [
            (
                "Senator Chuck Vellman said the bill would pass.",
                "Chuck Vellman",
            ),
            (
                "On Monday, Judge Rusty Okafor ruled against them.",
                "Rusty Okafor",
            ),
        ] {
            assert!(has(text, name, EntityType::Person), "{:?}", found(text));
        }
    }

    #[test]
    fn lower_case_roles_mark_people() {
        let text = "He met foreign minister Qin Gang in the city.";
        assert!(
            has(text, "Qin Gang", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn organisation_and_facility_heads() {
        let text = "He is director at the Center for Marine Studies at Westhaven University.";
        assert!(
            has(text, "Center for Marine Studies", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Westhaven University", EntityType::Org),
            "{:?}",
            found(text)
        );
        let text = "They shook hands at the Great Hall of the Guilds, a grand venue.";
        assert!(
            has(text, "Great Hall of the Guilds", EntityType::Fac),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn two_people_joined_by_and_stay_apart() {
        let text = "A summit between Joe Biden and Xi Jinping was planned.";
        let f = found(text);
        assert!(f.iter().any(|(n, _)| n == "Joe Biden"), "{f:?}");
        assert!(f.iter().any(|(n, _)| n == "Xi Jinping"), "{f:?}");
    }

    #[test]
    fn hyphen_between_places_splits() {
        let text = "the slow thaw in U.S.-China relations";
        assert!(has(text, "U.S.", EntityType::Gpe), "{:?}", found(text));
        assert!(has(text, "China", EntityType::Gpe), "{:?}", found(text));
        // A place known as a whole stays whole, and a name is not split after a hyphen.
        let text = "A ceasefire holds in Nagorno-Karabakh, Itar-Tass news agency said.";
        assert!(
            has(text, "Nagorno-Karabakh", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        assert_names_found(&[(text, "Itar-Tass")]);
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        let text = "Describing the talks, Wang said it was good.";
        let f = found(text);
        assert!(!f.iter().any(|(n, _)| n.starts_with("Describing")), "{f:?}");
        assert!(f.iter().any(|(n, _)| n == "Wang"), "{f:?}");
    }

    #[test]
    fn dates() {
        let text =
            "They met in November and again on Tuesday, July 21, 2017, since 2018 and last year.";
        for d in ["November", "Tuesday", "July 21, 2017", "2018", "last year"] {
            assert!(has(text, d, EntityType::Date), "{d}: {:?}", found(text));
        }
        assert!(!has("You May go.", "May", EntityType::Date));
        assert!(has(
            "SAN FRANCISCO, Jan 29 (Reuters) -",
            "Jan 29",
            EntityType::Date
        ));
    }

    #[test]
    fn clubs_in_a_sports_report_are_teams() {
        let m = found(
            "Arsenal beat Chelsea 2-1 in a tense derby. Bukayo Saka opened the scoring before \
             Cole Palmer equalised from the penalty spot. Chelsea coach Enzo Maresca blamed \
             the referee after the match.",
        );
        assert!(
            m.contains(&("Arsenal".into(), Some(EntityType::Org))),
            "{m:?}"
        );
        assert!(
            m.contains(&("Chelsea".into(), Some(EntityType::Org))),
            "{m:?}"
        );
        assert!(
            m.contains(&("Enzo Maresca".into(), Some(EntityType::Person))),
            "{m:?}"
        );
        // A name of two words before one score; a player's sets are no team's score.
        let m = found(
            "Leeds beat Morgan Vale 3-1 in the league, and in the cup Kim Lee beat Carlos Ruiz \
             6-3, 6-4. The coach praised the striker's goal and the penalty save after the \
             match.",
        );
        assert!(
            m.contains(&("Morgan Vale".into(), Some(EntityType::Org))),
            "{m:?}"
        );
        assert!(
            m.contains(&("Carlos Ruiz".into(), Some(EntityType::Person))),
            "{m:?}"
        );
    }

    #[test]
    fn an_unknown_name_before_a_full_name_is_its_first_name_not_a_descriptor() {
        let text =
            "Tavion Mark Reddick spoke. Scientologist Tom Brandt and Ex-Ranger Paul Tse came.";
        for name in ["Tavion Mark Reddick", "Tom Brandt", "Paul Tse"] {
            assert!(
                has(text, name, EntityType::Person),
                "{name}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn laws_and_agreements_are_no_organisations() {
        let m = found(
            "Senator Ana Vale vowed to repeal the Affordable Care Act and to defend the Second \
             Amendment and the Paris Agreement.",
        );
        assert_eq!(m, [("Ana Vale".into(), Some(EntityType::Person))]);
    }

    #[test]
    fn words_shouted_in_capitals_are_no_name() {
        let m = found("The media makes everything up! SIGN UP FOR OUR NEWSLETTER — Dana Vale");
        assert_eq!(m, [("Dana Vale".into(), Some(EntityType::Person))]);
        let doc =
            Document::parse("HOW ACCURATE ARE ONLINE PANELS\nUNITED NATIONS SECURITY COUNCIL");
        let n = doc.tokens.len();
        assert!(reads_as_a_clause(&doc, (0, 5)));
        assert!(!reads_as_a_clause(&doc, (5, n)));
    }

    #[test]
    fn a_lawmakers_party_and_state_and_contractions_are_no_names() {
        let m = found("Sen. Dana Vale (R-Ky.) and Rep. Ana Ruiz, D-S.C., agreed on D-Day.");
        let names: Vec<&str> = m.iter().map(|(n, _)| n.as_str()).collect();
        assert!(
            !names
                .iter()
                .any(|n| n.starts_with("R-") || n.starts_with("D-S")),
            "{m:?}"
        );
        assert!(names.contains(&"D-Day"), "{m:?}");
        let m = found("He said, 'Don't leave it on the field.' And ''We're Kelbaux.''");
        assert!(!m.iter().any(|(n, _)| n.contains('\'')), "{m:?}");
        assert!(m.iter().any(|(n, _)| n == "Kelbaux"), "{m:?}");
    }

    #[test]
    fn a_programme_named_after_its_host_is_no_person() {
        let m = found("Dana Kerwin, host of The Dana Kerwin Show, spoke.");
        assert_eq!(m, [("Dana Kerwin".into(), Some(EntityType::Person))]);
        let m = found("On The Tom Briggs Show, Briggs said it was over.");
        assert!(m.iter().all(|(name, _)| !name.ends_with("Show")), "{m:?}");
    }

    #[test]
    fn a_month_that_is_no_date_after_a_name_is_a_family_name() {
        let text = "Prime Minister Theresa May spoke in March. May said on May 5 that the vote \
                    in May would stand.";
        assert!(
            has(text, "Theresa May", EntityType::Person),
            "{:?}",
            found(text)
        );
        let m = found(text);
        // (The family name alone is typed with its entity, by the entity stage.)
        let may = |kind| m.iter().filter(|(n, k)| n == "May" && *k == kind).count();
        assert_eq!((may(None), may(Some(EntityType::Date))), (1, 1), "{m:?}");
        assert!(has(text, "May 5", EntityType::Date), "{m:?}");
    }

    #[test]
    fn a_family_name_that_is_a_common_word_acts_at_a_sentence_start() {
        // "Bush says": the family name of a person named in full, before a verb of saying.
        let text = "Laura Bush spoke in Iowa. Bush says the plan “can’t win.”";
        let m = found(text);
        assert_eq!(m.iter().filter(|(n, _)| n == "Bush").count(), 1, "{m:?}");
        // "Young people": the common word, before no verb.
        let m = found("Neil Young sang. Young people cheered.");
        assert!(m.iter().all(|(n, _)| n != "Young"), "{m:?}");
        // No one named in full: the common word.
        let m = found("The hedge grew. Bush says little.");
        assert!(m.iter().all(|(n, _)| n != "Bush"), "{m:?}");
    }

    #[test]
    fn a_place_or_a_chamber_before_a_party_names_no_one() {
        let text = "The bill split the state. “It is over,” said a West Virginia Republican who \
                    backed it, and Senate Democrats agreed with Iowa Republicans.";
        for (name, kind) in [
            ("West Virginia", EntityType::Gpe),
            ("Republican", EntityType::Norp),
            ("Senate", EntityType::Org),
            ("Democrats", EntityType::Norp),
            ("Iowa", EntityType::Gpe),
        ] {
            assert!(has(text, name, kind), "{name}: {:?}", found(text));
        }
        // A sports report keeps its teams whole.
        let m = found(
            "The Cleveland Indians beat the Royals 5-2. The pitcher struck out nine and the \
             coach praised the inning after the game.",
        );
        assert!(!m.iter().any(|(name, _)| name == "Cleveland"), "{m:?}");
    }

    #[test]
    fn countries_in_a_sports_report_are_teams() {
        let text = "Sweden defeated South Korea 1 – 0 in the match in Russia. The referee gave a penalty \
                    and the striker scored the only goal. Korea's coach praised the squad after the match.";
        assert!(has(text, "Sweden", EntityType::Org), "{:?}", found(text));
        assert!(
            has(text, "South Korea", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(has(text, "Russia", EntityType::Gpe), "{:?}", found(text));
        let text = "Sweden and South Korea held talks in Seoul.";
        assert!(has(text, "Sweden", EntityType::Gpe), "{:?}", found(text));
        // Where a player is from stays a place.
        let text = "The referee stopped the match and the coach left the stadium. The striker \
                    scored a penalty, the goalkeeper a goal. Third seed Huber of Germany won.";
        assert!(has(text, "Germany", EntityType::Gpe), "{:?}", found(text));
        // So does a country in brackets after the player, in a motor race's results.
        let text = "The pole sitter lost two laps in the pit and missed the podium. The \
                    championship leader won. 1. Tom Brandt (Germany) 2. Ana Ruiz (Spain)";
        assert!(has(text, "Germany", EntityType::Gpe), "{:?}", found(text));
        assert!(has(text, "Spain", EntityType::Gpe), "{:?}", found(text));
    }

    #[test]
    fn what_has_a_person_by_their_full_name_is_an_organisation() {
        let text = "Zelvane's Tom Brandt finished ahead of Corvix's Lando Mertz.";
        assert!(has(text, "Zelvane", EntityType::Org), "{:?}", found(text));
        assert!(has(text, "Corvix", EntityType::Org), "{:?}", found(text));
        // Not what a person has, nor a place of two words.
        let text = "He toured Zelvane's Vision Pro plant near Ann Arbor.";
        assert!(!has(text, "Zelvane", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_teams_last_word_alone_is_the_team_though_it_names_a_people() {
        // A basketball score of three digits after the verb of the result, the team's
        // nickname alone after its full name.
        let text = "The Kestrel Celtics beat the Norwood Bucks 112-104 on Sunday. The coach \
                    praised the rookie, who scored 31 points. The Celtics host the Bulls next.";
        assert!(
            has(text, "Kestrel Celtics", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(has(text, "Celtics", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_row_of_short_abbreviations_is_a_tables_header() {
        let doc = Document::parse("W L PCT GB and P W D L F A PTS but not AT&T Inc or US LNG");
        assert!(is_header_of_abbreviations(&doc, (0, 4)));
        assert!(is_header_of_abbreviations(&doc, (5, 12)));
        assert!(!is_header_of_abbreviations(&doc, (0, 2)));
        assert!(!is_header_of_abbreviations(&doc, (13, 18)));
    }

    #[test]
    fn a_tournament_is_an_event_by_its_stage_or_its_noun_after_it() {
        let text = "Corvane finalist Tom Brandt lost in the Zelmont semifinals. Ana Ruiz won \
                    the Plavon Masters golf tournament and the Kosevo Cup 97 basketball \
                    tournament. Austria dominated their World Cup group four qualifier.";
        for name in [
            "Corvane",
            "Zelmont",
            "Plavon Masters",
            "Kosevo Cup",
            "World Cup",
        ] {
            assert!(
                has(text, name, EntityType::Event),
                "{name}: {:?}",
                found(text)
            );
        }
        // (Not an acronym's: the organisation's tournament.)
        assert!(has("He won the NCAA tournament.", "NCAA", EntityType::Org));
        // Not a player's, before a preposition: "leads Tom Brandt in the championship".
        let text = "She leads Tom Brandt in the championship.";
        assert!(
            has(text, "Tom Brandt", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_people_by_its_adjective_and_plural_is_a_people_not_a_party() {
        let text = "He backed the Bosnian Serbs, and the Australian Democrats opposed him.";
        assert!(
            has(text, "Bosnian Serbs", EntityType::Norp),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Australian Democrats", EntityType::Org),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn an_acronym_counted_is_a_unit_not_a_name() {
        let text = "Ray Cole had three RBI and Ann Moss had 2 RBI, as two FBI agents watched.";
        let m = found(text);
        assert!(m.iter().all(|(name, _)| name != "RBI"), "{m:?}");
        assert!(has(text, "FBI", EntityType::Org), "{m:?}");
    }

    #[test]
    fn places_in_a_fixture_are_its_clubs() {
        let text = "Fixtures for Saturday in the league: Wiltshire v Rutland, and the coach \
                    praised the striker. The match went on after the goal.";
        assert!(has(text, "Wiltshire", EntityType::Org), "{:?}", found(text));
        assert!(has(text, "Rutland", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_title_word_after_an_organisations_head_and_of_is_its_field() {
        let text = "The Department of Justice sued. European Court of Justice judges ruled. \
                    The Secretary of State spoke. Experts at the Kestrel Center for Justice \
                    agreed.";
        assert!(
            has(text, "Department of Justice", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "European Court of Justice", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Kestrel Center for Justice", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(found(text)
            .iter()
            .all(|(name, _)| !name.contains("Secretary")));
    }

    #[test]
    fn a_word_opening_a_sentence_before_an_organisations_name_opens_it() {
        let text = "Reserve Bank of Australia officials met. National Weather Service \
                    forecasters warned. Several Bank of Japan officials spoke.";
        assert!(
            has(text, "Reserve Bank of Australia", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "National Weather Service", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Bank of Japan", EntityType::Org),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_place_before_words_of_the_language_opens_an_organisations_name() {
        let text = "He flew Boston Air Lines on Monday, as United States Hamdullah Mohib did.";
        assert!(
            has(text, "Boston Air Lines", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Hamdullah Mohib", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn places_joined_by_a_hyphen_open_an_organisations_name() {
        let text = "Officials of the U.S.-China Business Council met U.S.-China envoys.";
        assert!(
            has(text, "U.S.-China Business Council", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(has(text, "China", EntityType::Gpe), "{:?}", found(text));
    }

    #[test]
    fn a_player_named_in_full_beside_a_result_stays_the_player() {
        let text = "Mira Kovac beat Lena Dorn 6-3, 6-4 in the final on Sunday. Kovac beat Dorn \
                    for the third time this season. The umpire praised the match, the crowd \
                    cheered the set, and the coach watched the semifinal of the tournament.";
        // (Left untyped, for the entity stage to join to the full names.)
        assert!(!has(text, "Kovac", EntityType::Org), "{:?}", found(text));
        assert!(!has(text, "Dorn", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn an_opponent_is_a_club_and_a_player_named_in_full_stays_a_player() {
        let text = "Norvale, who drew 1-1 on Saturday, travel to Kestrel on Wednesday. Their \
                    striker Ivo Brandt scored twice against Marlow last weekend, the club said. \
                    The manager praised the league's best defence before the match.";
        let at_home = "Norvale lost 2-1 at home to Kestrel last Saturday. The manager blamed \
                       the striker, and the league's best defence conceded a penalty before the \
                       match.";
        assert_typed(
            EntityType::Org,
            &[(text, "Kestrel"), (text, "Marlow"), (at_home, "Kestrel")],
        );
        // A player named in full, then by the given name alone ("against Ivo").
        let text = "Ivo Brandt beat Tomas Pell 6-3, 6-4 in the final. \"Against Ivo you must \
                    serve well,\" said Pell, who lost against Ivo for the third time. The \
                    umpire praised the match, the crowd cheered the set, and the coach watched \
                    the semifinal of the tournament.";
        assert!(!has(text, "Ivo", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_name_across_a_result_verb_from_a_club_is_a_club() {
        let text = "Norvale United, the champions, host Selby Vale on Sunday. The manager said \
                    the striker's goal and the league's best defence made the difference in \
                    the last match.";
        assert_typed(EntityType::Org, &[(text, "Selby Vale")]);
        // Players play players.
        let text = "Mira Kovac beat Lena Dorn in the final on Sunday. The umpire praised the \
                    match, the crowd cheered the set, and the coach watched the semifinal of \
                    the tournament.";
        assert!(
            !has(text, "Lena Dorn", EntityType::Org),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_ship_named_with_its_prefix_is_no_entity_nor_its_name_alone() {
        let text = "The USS Marrow fired on a drone. Navy officials said the Marrow was not \
                    hit. Later the MV Sable Star docked, and HMS Gerald Ford sailed as Gerald \
                    Ford spoke.";
        let m = found(text);
        assert!(m.iter().all(|(name, _)| !name.contains("Marrow")), "{m:?}");
        assert!(m.iter().all(|(name, _)| !name.contains("Sable")), "{m:?}");
        assert!(has(text, "Gerald Ford", EntityType::Person), "{m:?}");
    }

    #[test]
    fn a_county_before_a_team_role_is_its_club_and_a_county_elsewhere_a_place() {
        let text = "Wiltshire batsman Tom Brandt made 80 in the league match before the rain. \
                    The coach praised the innings after the match.";
        assert!(has(text, "Wiltshire", EntityType::Org), "{:?}", found(text));
        let text = "A man from Wiltshire was charged on Monday. Rutland has no railway line.";
        assert!(has(text, "Wiltshire", EntityType::Gpe), "{:?}", found(text));
        assert!(has(text, "Rutland", EntityType::Gpe), "{:?}", found(text));
    }

    #[test]
    fn a_likely_sports_report_makes_clubs_teams_not_countries() {
        // Few sports words; a result's score and a goal's minute tell it too.
        let text = "Dunmore were held 1-1 by Kelby on Sunday. Tom Varga equalised in the 23rd \
                    minute. Kelby coach Ian Marr praised his goalkeeper. Spain was sunny.";
        let doc = Document::parse(text);
        assert_eq!(sports_report(&doc), Sports::Likely);
        assert!(has(text, "Kelby", EntityType::Org), "{:?}", found(text));
        assert!(has(text, "Spain", EntityType::Gpe), "{:?}", found(text));
        // Scores of a vote or a ruling are no result.
        let doc = Document::parse("The court ruled 5-4 and the Senate voted 52-48.");
        assert_eq!(sports_report(&doc), Sports::No);
    }

    #[test]
    fn a_roles_plural_opening_a_sentence_is_no_name() {
        let text = "The talks stalled. Diplomats said the deal was dead. Envoys warned of war.";
        assert!(found(text).is_empty(), "{:?}", found(text));
        // A family name of the same shape before a capital is a name.
        let text = "The talks stalled. Envoys Kallas and Vale said so.";
        assert!(!found(text).is_empty(), "{:?}", found(text));
    }

    #[test]
    fn a_given_name_and_a_landform_that_is_a_family_name_is_a_person() {
        let text = "The driver Damon Hill won. Police found Mary Lake at home. They sailed on \
                    the Varna River and climbed Cedar Hill.";
        for (name, kind) in [
            ("Damon Hill", EntityType::Person),
            ("Mary Lake", EntityType::Person),
            ("Varna River", EntityType::Loc),
            ("Cedar Hill", EntityType::Loc),
        ] {
            assert!(has(text, name, kind), "{name}: {:?}", found(text));
        }
    }

    #[test]
    fn the_sides_of_a_result_but_not_its_scorers_nor_players_of_sets() {
        let sides = |text: &str| {
            let doc = Document::parse(text);
            find(&doc)
                .into_iter()
                .filter(|m| in_a_result(&doc, m.tokens))
                .map(|m| m.span.of(text).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sides("Dunmore, who drew 1-1 with Kelby, are second. Tom Varga scored in a 2-0 win."),
            ["Dunmore", "Kelby"]
        );
        assert_eq!(
            sides("Carrow beat Westvale 3-1 and then lost 2-0 to Northam on Tuesday."),
            ["Carrow", "Westvale", "Northam"]
        );
        assert!(sides("Ana Brel beat Tove Lind 6-4 6-2 in the final.").is_empty());
        assert!(sides("Ana Brel scored 2-3 points a game against Kelby.").is_empty());
    }

    #[test]
    fn an_organisation_of_a_place_before_a_title_and_a_person() {
        // (In running text: a one-line paragraph of capitals may be a headline.)
        let text = "Prices rose in May, officials said. He met Bank of Kelvia Governor Ana \
                    Lund on Tuesday, and they spoke for an hour about the economy.";
        assert!(
            has(text, "Bank of Kelvia", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Ana Lund", EntityType::Person),
            "{:?}",
            found(text)
        );
        // Not what the organisation is of: the party of a prime minister is not cut
        // before the title.
        let text = "Prices rose in May, officials said. Voters returned the Kelvian League of \
                    Prime Minister Ana Lund to power on Tuesday after a long campaign.";
        assert!(
            !found(text).iter().any(|(n, _)| n.ends_with("of")),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_landform_or_a_building_after_an_unknown_name_says_its_kind() {
        assert_typed(
            EntityType::Loc,
            &[("Towns in the Big Cordell region flooded.", "Big Cordell")],
        );
        assert_typed(
            EntityType::Fac,
            &[("The plane landed at Nir Tavor airport.", "Nir Tavor")],
        );
    }

    #[test]
    fn a_club_named_by_its_staff_is_the_club_throughout() {
        let text = "Dunmore beat Kendall 2-1. Tom Varga equalised in the 23rd minute, but \
                    Kendall scored again. “We lost,” Kendall coach Ian Marr said after the match.";
        let kendall: Vec<_> = found(text)
            .into_iter()
            .filter(|(name, _)| name == "Kendall")
            .collect();
        assert_eq!(kendall.len(), 3);
        // A score before "with" makes a result too.
        let text = "Dunmore drew 0-0 with Kendall in the league match. The striker and the \
                    goalkeeper were booked by the referee before half-time.";
        assert!(has(text, "Kendall", EntityType::Org), "{:?}", found(text));
        assert!(
            kendall.iter().all(|(_, k)| *k == Some(EntityType::Org)),
            "{kendall:?}"
        );
        // By a result alone, a name may be a player's: "defeated Kendall" stays a person
        // elsewhere.
        let text = "Ana Ruiz defeated Kendall in the final. Kendall scored two aces in the \
                    tournament and the referee watched the match.";
        assert!(
            has(text, "Kendall", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_name_after_a_names_possessive_is_its_own() {
        let text = "Dunmore's Premier League hopes faded, said the Korean People's Army.";
        assert!(
            has(text, "Premier League", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Korean People's Army", EntityType::Org),
            "{:?}",
            found(text)
        );
        let text = "The sale of Boatmen's Bancshares Inc. was agreed.";
        assert!(
            has(text, "Boatmen's Bancshares Inc.", EntityType::Org),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn clubs_by_their_last_word_and_players_by_their_country() {
        // A football report: hyphenated words ("half-time", "semi-finals") mark it too.
        let text = "Dunmore Athletic reached the semi-finals after Kell Varga scored twice \
                    before half-time. Varga, a substitute, added a penalty. Yardley Town had \
                    pulled one back. The match was played in Oxford City.";
        let doc = Document::parse(text);
        assert!(is_sports_report(&doc));
        assert!(
            has(text, "Dunmore Athletic", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Yardley Town", EntityType::Org),
            "{:?}",
            found(text)
        );
        // A tennis report: where a player is from is a place; a bowler's figures and a
        // set with its tie-break are no team's score.
        let text = "Tom Vale of the Netherlands beat Ian Roe of Sweden 7-6 (7-2) 6-4 in the \
                    semi-finals. The referee, the coach and the squad watched the match. Bowling: \
                    Ian Roe 7-0-29-1.";
        assert!(
            has(text, "Netherlands", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        assert!(has(text, "Sweden", EntityType::Gpe), "{:?}", found(text));
        assert!(!has(text, "Ian Roe", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn unknown_names_after_in_are_places() {
        let text = "She was born in Castelfranco Veneto and raised in the town of Yeoncheon.";
        assert!(
            has(text, "Castelfranco Veneto", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        let doc = Document::parse(text);
        let yeoncheon = doc
            .tokens
            .iter()
            .position(|t| t.span.of(text) == "Yeoncheon")
            .unwrap();
        assert!(in_place_context(&doc, yeoncheon));
    }

    #[test]
    fn money_percentages_and_times() {
        let text = "It cost $26 million, or US$ 20,000 each, 500 euros, 39 percent, 70% and 5 per cent at 15:11 GMT and 3 p.m. today.";
        for (q, kind) in [
            ("$26 million", EntityType::Money),
            ("US$ 20,000", EntityType::Money),
            ("500 euros", EntityType::Money),
            ("39 percent", EntityType::Percent),
            ("70%", EntityType::Percent),
            ("5 per cent", EntityType::Percent),
            ("15:11 GMT", EntityType::Time),
            ("3 p.m.", EntityType::Time),
        ] {
            assert!(has(text, q, kind), "{q}: {:?}", found(text));
        }
    }

    #[test]
    fn long_runs_of_names_are_cut_and_stay_fast() {
        let text = "China ".repeat(20_000);
        let doc = Document::parse(&text);
        let found = find(&doc);
        assert!(found.len() >= 20_000 / MAX_CHUNK_TOKENS);
    }

    #[test]
    fn names_in_a_list_share_their_type() {
        let text = "Homes in London and Devon lost power.";
        assert!(has(text, "Devon", EntityType::Gpe), "{:?}", found(text));
        // A person only by the shape of its words, across "and" from a place.
        let text = "The fire spread towards Athens and Kato Velmi on Sunday.";
        assert!(
            has(text, "Kato Velmi", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        // Not across the comma of an apposition.
        let text = "The envoy in Tripoli, Tadeusz Kowal, told Reuters.";
        assert!(
            !has(text, "Tadeusz Kowal", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        // An organisation by its legal form or head word, across a list's comma; not
        // across "and" alone, which may join two clauses.
        let text = "Zentrix, Acme Corp and Bolt Inc rose.";
        assert!(has(text, "Zentrix", EntityType::Org), "{:?}", found(text));
        let text = "Beaver once served in the Kestrel Navy and Sake is a park veteran.";
        assert!(!has(text, "Sake", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_known_organisations_name_of_two_words_opens_a_longer_one() {
        assert_typed(
            EntityType::Org,
            &[
                (
                    "Warner Bros Kestrel said it would split.",
                    "Warner Bros Kestrel",
                ),
                (
                    "Goldman Sachs Asset Management said so.",
                    "Goldman Sachs Asset Management",
                ),
            ],
        );
        // Not before a title and a person.
        let names = found("Goldman Sachs Chief Executive David Solomon said so.");
        assert!(names.iter().any(|(n, _)| n == "David Solomon"), "{names:?}");
    }

    #[test]
    fn an_acronym_written_as_a_word_is_no_name() {
        let text = "Some people never get Covid. Aids and COVID killed many.";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    #[test]
    fn towns_linked_by_a_short_word_are_one_place() {
        for town in [
            "Aix-en-Provence",
            "Stratford-upon-Avon",
            "Weston-super-Mare",
        ] {
            let text = format!("A court in {town} ruled on Monday.");
            assert!(has(&text, town, EntityType::Gpe), "{:?}", found(&text));
        }
        // A person's name with the Arabic article.
        let text = "Tariq Inzamam-ul-Haq scored 40.";
        assert!(
            !found(text).iter().any(|(_, t)| *t == Some(EntityType::Gpe)),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_kind_of_organisation_before_capitals_or_after_state() {
        for (text, name) in [
            ("He told state broadcaster Velka on Monday.", "Velka"),
            ("He told the broadcaster VRT on Monday.", "VRT"),
        ] {
            assert!(has(text, name, EntityType::Org), "{:?}", found(text));
        }
        // Opening a sentence, in capitals: "Chipmaker Veltrix", but "Bank Leumi" is a name.
        let text = "Chipmaker Veltrix agrees takeover\n\nAirline Skyfar cut fares.";
        let names: Vec<String> = found(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(names, ["Veltrix", "Skyfar"]);
        // So it names the organisation, as in lower case ("utility Uniper").
        assert_typed(
            EntityType::Org,
            &[
                (
                    "Prices rose. Utility Brevant said two of its plants would close.",
                    "Brevant",
                ),
                (
                    "He once ran the aerospace supplier Rockvale Collins.",
                    "Rockvale Collins",
                ),
            ],
        );
        let text = "He spoke to broadcaster Dana Okafor.";
        assert!(
            has(text, "Dana Okafor", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_scale_after_degrees_is_no_name() {
        assert_no_names("The thermometer showed 45 degrees Celsius.");
        assert_no_names("It was 90 degrees Fahrenheit by noon.");
    }

    #[test]
    fn officers_papers_storms_parties_and_initials() {
        for (text, name, kind) in [
            (
                "Lena Moss, president of Vardo Blue, said so.",
                "Vardo Blue",
                EntityType::Org,
            ),
            (
                "He was the founder of Kellan Marsh.",
                "Kellan Marsh",
                EntityType::Org,
            ),
            (
                "The minister told El Tiempo on Monday.",
                "El Tiempo",
                EntityType::Org,
            ),
            (
                "The lawyer spoke to Die Abendpost.",
                "Die Abendpost",
                EntityType::Org,
            ),
            (
                "Hurricane Odalys made landfall.",
                "Hurricane Odalys",
                EntityType::Event,
            ),
            (
                "Tropical Storm Brenna weakened.",
                "Tropical Storm Brenna",
                EntityType::Event,
            ),
            (
                "The opposition Christian Democrats won.",
                "Christian Democrats",
                EntityType::Org,
            ),
            (
                "Eurostat, the bloc's statistics office, said.",
                "Eurostat",
                EntityType::Org,
            ),
            (
                "Her aide, R.J. Varnell, said so.",
                "R.J. Varnell",
                EntityType::Person,
            ),
        ] {
            assert!(has(text, name, kind), "{text}: {:?}", found(text));
        }
        // A possessor after an officer, a description's head after "for", a club's "F.C.".
        for (text, name) in [
            ("He is the head of Smith's campaign.", "Smith"),
            (
                "Lena Moss, a lawyer for the city's office, said.",
                "Lena Moss",
            ),
        ] {
            assert!(
                !has(text, name, EntityType::Org),
                "{text}: {:?}",
                found(text)
            );
        }
        // A foreign article alone is a name's word (a family name), no organisation.
        let text = "The judge heard Le on Monday.";
        assert!(!has(text, "Le", EntityType::Org), "{:?}", found(text));
        let text = "They beat F.C. Varnell on Sunday.";
        assert!(
            has(text, "F.C. Varnell", EntityType::Org),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn korean_syllables_and_reporting_places_and_initials() {
        let text = "Secretary General Ban Ki-moon spoke. President Moon Jae-in agreed. An \
                    Obama-era rule and a Tea-led drive stay out. The Hill reported it, and \
                    so did Julie A. Marlow.";
        // (A family name that is a word of the language after a title opens the name.)
        assert!(
            has(text, "Ban Ki-moon", EntityType::Person),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Moon Jae-in", EntityType::Person),
            "{:?}",
            found(text)
        );
        assert!(has(text, "Hill", EntityType::Org), "{:?}", found(text));
        assert!(
            has(text, "Julie A. Marlow", EntityType::Person),
            "{:?}",
            found(text)
        );
        assert!(!found(text)
            .iter()
            .any(|(t, _)| t.contains("-led") || t.contains("-era")));
        // Longer syllables after a family name, in the Cantonese way.
        assert_names_found(&[
            (
                "Voters elected Leung Kwok-hung of the LSD.",
                "Leung Kwok-hung",
            ),
            (
                "City mayor Hau Lung-bin flipped the switch.",
                "Hau Lung-bin",
            ),
        ]);
        // A headline's verb of saying ends a name.
        let text = "Dana Okafor Slams Tomas Vale Over Tax Plan\n\nThe row went on.";
        assert!(
            has(text, "Dana Okafor", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_county_or_a_town_is_a_place_by_a_guess_and_a_large_city_for_sure() {
        let doc = Document::parse(
            "The firm moved from London to Minneapolis. Voters in Kent and in PITTSBURGH agreed.",
        );
        let mentions = find(&doc);
        let kind_of = |name: &str| {
            mentions
                .iter()
                .find(|m| m.span.of(doc.text) == name)
                .map(|m| (m.kind, m.guessed))
        };
        for minor in ["Minneapolis", "Kent", "PITTSBURGH"] {
            assert_eq!(
                kind_of(minor),
                Some((Some(EntityType::Gpe), true)),
                "{minor}"
            );
        }
        assert_eq!(kind_of("London"), Some((Some(EntityType::Gpe), false)));
    }

    #[test]
    fn a_county_or_a_city_by_its_head_is_a_place() {
        let text = "Kelby County has picked every winner. Voters in Orrin City agreed.";
        assert!(
            has(text, "Kelby County", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Orrin City", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        let text = "Bars in the Pearl District closed, and so did the Kelby Independent School \
                    District.";
        assert!(
            has(text, "Pearl District", EntityType::Gpe),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Kelby Independent School District", EntityType::Org),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn and_joins_words_under_a_shared_head() {
        for (text, name) in [
            (
                "The Securities and Exchange Commission sued the bank yesterday.",
                "Securities and Exchange Commission",
            ),
            (
                "The House Ways and Means Committee met behind closed doors.",
                "House Ways and Means Committee",
            ),
            (
                "The Department of Health and Human Services spoke.",
                "Department of Health and Human Services",
            ),
        ] {
            assert!(has(text, name, EntityType::Org), "{:?}", found(text));
        }
        // A name of its own after "and" is another organisation.
        let text = "The Kelby Institute for Economic Policy and Oxford University agreed.";
        assert!(
            has(text, "Oxford University", EntityType::Org),
            "{:?}",
            found(text)
        );
        // An event word before its number: "World War II".
        let text = "He served after World War II ended.";
        assert!(
            has(text, "World War II", EntityType::Event),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_title_that_is_one_only_with_its_dot() {
        let text = "\"It is a waste,\" said Del. Dana Okafor. Benicio Del Toro agreed.";
        assert!(
            has(text, "Dana Okafor", EntityType::Person),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Benicio Del Toro", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_headlines_common_words_end_its_names() {
        let names =
            |text: &str| -> Vec<String> { found(text).into_iter().map(|(n, _)| n).collect() };
        // "Goes", "After", "Wins" are common words the body never capitalises.
        let text = "Dana Okafor Goes After Tomas Vale As The New Leader\n\nOkafor attacked \
                    Vale on Monday, and Vale answered.";
        let got = names(text);
        assert!(got.iter().any(|n| n == "Dana Okafor"), "{got:?}");
        assert!(got.iter().any(|n| n == "Tomas Vale"), "{got:?}");
        assert!(!got.iter().any(|n| n.contains("Goes")), "{got:?}");
        // A word the body writes in lower case ends a name too ("Endorses"), and a
        // contraction does ("Isn't").
        let text = "Dana Okafor Endorses Tomas Vale\n\nOkafor endorses Vale. Vale Isn't Done.";
        assert!(
            names(text).iter().any(|n| n == "Dana Okafor"),
            "{:?}",
            names(text)
        );
        // A word the body capitalises inside a sentence stays in the name.
        let text = "Dana Okafor Visits White House Again\n\nShe went to the White House today.";
        assert!(
            names(text).iter().any(|n| n.contains("White House")),
            "{:?}",
            names(text)
        );
        // A line of names in title case under the body is a list, not a headline.
        let text = "Results follow.\nSouth Korea Beat Little Rock Rovers Again";
        assert!(
            names(text).iter().any(|n| n.contains("Little Rock")),
            "{:?}",
            names(text)
        );
    }

    #[test]
    fn a_name_keeps_the_dot_of_its_abbreviation_inside_a_sentence() {
        let text = "A bid by Norwest Corp. could follow, said Kim Lee of Acme Inc., a broker.";
        assert!(
            has(text, "Norwest Corp.", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(has(text, "Acme Inc.", EntityType::Org), "{:?}", found(text));
        // Before a capital the dot may end the sentence: it stays out.
        let text = "He joined Acme Inc. Then he left.";
        assert!(has(text, "Acme Inc", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_state_abbreviated_with_its_dot_is_a_place() {
        let text = "It rained in Kelby, Fla., on Monday. She moved to Orrin Park, Calif.";
        assert!(has(text, "Fla.", EntityType::Gpe), "{:?}", found(text));
        assert!(has(text, "Calif", EntityType::Gpe), "{:?}", found(text));
        // Without its dot the word is no state: "La" is a word of names.
        let text = "The band played La Bamba.";
        assert!(!has(text, "La", EntityType::Gpe), "{:?}", found(text));
    }

    #[test]
    fn a_title_in_quotation_marks_names_no_one() {
        assert_no_names(
            "Critics panned the epic \"Gladiator Kord II,\" which opened. She sang “Shake It Off” \
             in the rain. They filmed “What’s Love Got to Do With It,” last. Fans queued for \
             “Varnell Ranger 3” all night.",
        );
        // A paper named after its noun is a name (the paper's).
        assert_names_found(&[("The newspaper \"Der Kurier\" asked first.", "Der Kurier")]);
    }

    #[test]
    fn a_street_numbered_in_figures_is_a_facility() {
        assert_typed(
            EntityType::Fac,
            &[
                (
                    "Shots rang out near Northwest 11th Avenue.",
                    "Northwest 11th Avenue",
                ),
                ("The parade went up West 42nd Street.", "West 42nd Street"),
                ("She lives on 3rd St in Kelby.", "3rd St"),
            ],
        );
        // Not a place in a race, nor a word that only ends like an ordinal.
        let text = "He finished 3rd Place. Zion Church and St Mary's Church met.";
        assert!(
            found(text)
                .iter()
                .all(|(name, _)| name != "3rd Place" && name != "and St"),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_town_before_its_region_made_into_based_is_a_place() {
        // Before, a person (two capitalised words) and a park.
        let text =
            "The Santa Vela, California-based firm grew. Orrin Park, Calif.-based Zorvo fell.";
        for town in ["Santa Vela", "Orrin Park"] {
            assert!(has(text, town, EntityType::Gpe), "{:?}", found(text));
        }
        // A person and where they are from is still a person.
        let text = "Tom Ruiz, California, won the race.";
        assert!(
            has(text, "Tom Ruiz", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn dateline_in_capitals_is_a_place() {
        let text = "BEIJING, (Reuters) – China agreed.";
        assert!(has(text, "BEIJING", EntityType::Gpe), "{:?}", found(text));
        let text = "CUPERTINO, California -- Apple on Wednesday introduced a phone.";
        assert!(has(text, "CUPERTINO", EntityType::Gpe), "{:?}", found(text));
        let text = "KELBY, N.Y. ― If it worked once, it might work again.";
        assert!(has(text, "KELBY", EntityType::Gpe), "{:?}", found(text));
        let text = "Kelby wins the cup.\nKELBY 1996-08-30\nThe town celebrated.";
        assert!(has(text, "KELBY", EntityType::Gpe), "{:?}", found(text));
    }

    #[test]
    fn a_dateline_of_several_words_and_its_region_are_places() {
        for (text, place, region) in [
            ("PORT KELBY 1996-08-30\nShares rose.", "PORT KELBY", None),
            ("ST. KELBY (Reuters) - Shares rose.", "ST. KELBY", None),
            ("NORTH KELBY, Aug 30 - Shares rose.", "NORTH KELBY", None),
            (
                "LA VARENNA, Ruritania 1996-08-31\nA goal.",
                "LA VARENNA",
                Some("Ruritania"),
            ),
            (
                "WEST KELBY, Calif. -- Apple on Wednesday sold phones.",
                "WEST KELBY",
                Some("Calif."),
            ),
        ] {
            assert!(
                has(text, place, EntityType::Gpe),
                "{text}: {:?}",
                found(text)
            );
            if let Some(region) = region {
                assert!(
                    has(text, region, EntityType::Gpe),
                    "{text}: {:?}",
                    found(text)
                );
            }
        }
    }

    #[test]
    fn headlines_table_rows_and_seats_of_organisations_are_no_datelines() {
        let text = "MOTOR RACING - LEADING QUALIFIERS NAMED\nThe race is on.";
        assert!(mentions_dateline_free(text));
        let text = "Standings:\nPORT KELBY 74 59 .556\nWEST KELBY 70 63 .526";
        assert!(mentions_dateline_free(text));
        let text = "UNITED NATIONS 1996-08-29\nThe council met.";
        assert!(mentions_dateline_free(text));
    }

    fn mentions_dateline_free(text: &str) -> bool {
        dateline_places(&Document::parse(text)).is_empty()
    }

    #[test]
    fn a_title_of_an_organisation_or_a_place_is_no_person() {
        let text = "The plan came from the President of the European Commission. The Director of \
                    the FBI declined. The Mayor of London said so, and a Co-founder of Google too.";
        let f = found(text);
        for (name, kind) in [
            ("European Commission", EntityType::Org),
            ("FBI", EntityType::Org),
            ("London", EntityType::Gpe),
            ("Google", EntityType::Org),
        ] {
            assert!(has(text, name, kind), "{name}: {f:?}");
        }
        assert!(
            f.iter().all(|(_, k)| *k != Some(EntityType::Person)),
            "{f:?}"
        );
        // A place, then the person: both.
        let text = "The Governor of Texas Greg Abbott agreed.";
        assert!(has(text, "Texas", EntityType::Gpe), "{:?}", found(text));
        assert!(
            has(text, "Greg Abbott", EntityType::Person),
            "{:?}",
            found(text)
        );
        // A portfolio is no organisation: the person keeps the name.
        let text = "Later the Minister of Finance Ngozi Adeyemi resigned.";
        assert!(
            has(text, "Ngozi Adeyemi", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn long_organisation_names_with_on_of_and_and() {
        let text = "The Council on Foreign Relations and the Committee on the Rights of the Child \
                    published reports on Monday; the Commission for the Protection of Children \
                    stayed silent.";
        for name in [
            "Council on Foreign Relations",
            "Committee on the Rights of the Child",
            "Commission for the Protection of Children",
        ] {
            assert!(
                has(text, name, EntityType::Org),
                "{name}: {:?}",
                found(text)
            );
        }
        // A weekday is no subject: "the Commission on Monday".
        let text = "A report by the Electoral Commission on Monday found fraud.";
        assert!(
            has(text, "Electoral Commission", EntityType::Org),
            "{:?}",
            found(text)
        );
        // Two institutions, each with its own head, are two names; a shared head joins them.
        let text = "Scientists from the Stanford Institute for Economic Policy and Oxford \
                    University joined the research, together with the State and Homeland Security Departments.";
        assert!(
            has(
                text,
                "Stanford Institute for Economic Policy",
                EntityType::Org
            ),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Oxford University", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(
                text,
                "State and Homeland Security Departments",
                EntityType::Org
            ),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn an_unknown_name_after_a_person_and_of_is_an_organisation() {
        let text = "The motion was backed by Maria Lopez of Vox Populi and opposed by Daniel \
                    Reyes of Springfield, Illinois, and by Joan of Arcadia.";
        assert!(
            has(text, "Vox Populi", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            !has(text, "Springfield", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(!has(text, "Arcadia", EntityType::Org), "{:?}", found(text));
        // What the holder of a place's office is of is a place.
        let text = "Mayor Tom Brandt of Willowbrook resigned, and Sen. Ann Vale of Kestrelia \
                    agreed.";
        for place in ["Willowbrook", "Kestrelia"] {
            assert!(has(text, place, EntityType::Gpe), "{:?}", found(text));
        }
        // A country after a second "of" places the institution.
        let text = "A team from the Institute of Physics of the Czech Republic published results.";
        assert!(
            has(text, "Institute of Physics", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Czech Republic", EntityType::Gpe),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_house_where_things_happen_is_a_building() {
        let text = "Leaders met at the White House on Friday, and later the White House said \
                    a concert at the Sydney Opera House would go ahead.";
        let f = found(text);
        let white_house: Vec<_> = f.iter().filter(|(n, _)| n == "White House").collect();
        assert_eq!(
            white_house,
            [
                &("White House".to_string(), Some(EntityType::Fac)),
                &("White House".to_string(), Some(EntityType::Org))
            ],
            "{f:?}"
        );
        assert!(has(text, "Sydney Opera House", EntityType::Fac), "{f:?}");
    }

    #[test]
    fn an_unknown_name_joined_to_a_place_by_and_is_a_place() {
        let text = "Floods struck Lusaka and Chipata overnight.";
        assert!(has(text, "Chipata", EntityType::Gpe), "{:?}", found(text));
        // Not across a comma, nor from a place that only begins its conjunct.
        let text = "On board the Seabird, Paris claims she worked long hours.";
        assert!(!has(text, "Seabird", EntityType::Gpe), "{:?}", found(text));
        let text = "Talks between Okafor and U.S. President Joe Biden went well.";
        assert!(!has(text, "Okafor", EntityType::Gpe), "{:?}", found(text));
    }

    #[test]
    fn compass_words_around_a_known_place_make_a_place() {
        let text = "Power cuts hit East Los Angeles, Kowloon West and much of South East Asia, \
                    officials in Greater Manchester said.";
        for (name, kind) in [
            ("East Los Angeles", EntityType::Gpe),
            ("Kowloon West", EntityType::Gpe),
            ("South East Asia", EntityType::Loc),
            ("Greater Manchester", EntityType::Gpe),
        ] {
            assert!(has(text, name, kind), "{name}: {:?}", found(text));
        }
        // Not an organisation named after a place.
        let text = "The South China Morning Post reported that West Ham United had won.";
        assert!(
            has(text, "South China Morning Post", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "West Ham United", EntityType::Org),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn museums_galleries_and_plants_are_buildings() {
        let text = "The painting moved from the Museum of Coastal History to the Harlow \
                    Gallery, near the Rexford Processing Facility.";
        for name in [
            "Museum of Coastal History",
            "Harlow Gallery",
            "Rexford Processing Facility",
        ] {
            assert!(
                has(text, name, EntityType::Fac),
                "{name}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_towns_officers_and_people_follow_its_name() {
        let text = "A jury found former Brackton mayor Joey Ferris guilty, and Ellsmere police \
                    made no arrests.";
        assert!(has(text, "Brackton", EntityType::Gpe), "{:?}", found(text));
        assert!(has(text, "Ellsmere", EntityType::Gpe), "{:?}", found(text));
        assert!(
            has(text, "Joey Ferris", EntityType::Person),
            "{:?}",
            found(text)
        );
        // A person's title is not the town's: "Governor Dana Ortiz" stays a person.
        let text = "Later that day Governor Dana Ortiz met residents.";
        assert!(
            has(text, "Dana Ortiz", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn what_a_company_has_follows_its_name() {
        let text = "Later that week, Zentrix shares fell and Valmora employees protested.";
        assert!(has(text, "Zentrix", EntityType::Org), "{:?}", found(text));
        assert!(has(text, "Valmora", EntityType::Org), "{:?}", found(text));
        // Its executives, but not an executive order or director.
        let text = "He hired a former Zentrix Rowe executive, and Valmora executives left.";
        assert!(
            has(text, "Zentrix Rowe", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(has(text, "Valmora", EntityType::Org), "{:?}", found(text));
        let text = "He signed a Tom Vale executive order.";
        assert!(!has(text, "Tom Vale", EntityType::Org), "{:?}", found(text));
        let text = "In an interview, Quorvex chief executive Dana Ortiz said so.";
        assert!(has(text, "Quorvex", EntityType::Org), "{:?}", found(text));
        assert!(
            has(text, "Dana Ortiz", EntityType::Person),
            "{:?}",
            found(text)
        );
        let text = "She has been a Telvano customer for years, like other Bravik Brands clients.";
        assert!(has(text, "Telvano", EntityType::Org), "{:?}", found(text));
        assert!(
            has(text, "Bravik Brands", EntityType::Org),
            "{:?}",
            found(text)
        );
        // A person's spokesman is no company's.
        let text = "Later that week, an Okonjo spokesman denied it.";
        assert!(!has(text, "Okonjo", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn names_of_churches_campuses_agencies_outlets_and_fairs() {
        // A church of a creed is an institution; a church by its saint, a building.
        let text = "The Serbian Orthodox Church objected. They met at St Mary's Church.";
        assert!(
            has(text, "Serbian Orthodox Church", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "St Mary's Church", EntityType::Fac),
            "{:?}",
            found(text)
        );
        // A given name before common words opens no person's name.
        let text = "Both the Milton Unified School District and its union agreed.";
        assert!(
            has(text, "Milton Unified School District", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(has(
            "He met Jack White there.",
            "Jack White",
            EntityType::Person
        ));
        // A campus of a state university.
        let text = "She teaches at the University of Wisconsin at Green Bay now.";
        assert!(
            has(
                text,
                "University of Wisconsin at Green Bay",
                EntityType::Org
            ),
            "{:?}",
            found(text)
        );
        // A government agency named with its country opens a sentence.
        let text = "It rained. Transport Canada officials said the road was shut.";
        assert!(
            has(text, "Transport Canada", EntityType::Org),
            "{:?}",
            found(text)
        );
        let text = "It rained. Yesterday Canada said the road was shut.";
        assert!(
            !has(text, "Yesterday Canada", EntityType::Org),
            "{:?}",
            found(text)
        );
        // A one-word news outlet; a fair is an event.
        let text = "A reporter for Eurasianews asked at the Hanover Trade Fair.";
        assert!(
            has(text, "Eurasianews", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "Hanover Trade Fair", EntityType::Event),
            "{:?}",
            found(text)
        );
        // A saint's cathedral; a centre a person belongs to.
        let text = "Anna Dube of the Legal Aid Centre spoke at St Paul's Cathedral.";
        assert!(
            has(text, "Legal Aid Centre", EntityType::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "St Paul's Cathedral", EntityType::Fac),
            "{:?}",
            found(text)
        );
        // A kind of organisation right before a name.
        let text = "Prices were checked by the consumer group Halden Tarvik in May.";
        assert!(
            has(text, "Halden Tarvik", EntityType::Org),
            "{:?}",
            found(text)
        );
        // A team by its nickname in a sports report.
        let text = "The Tigers blanked the Royals 4-0 on Monday, and the Angels lost their \
                    match to the Yankees. The coach praised the innings of his pitcher after \
                    the match, and the league said the Tigers lead by three games, as \
                    their coach had hoped.";
        for team in ["Tigers", "Royals", "Angels"] {
            assert!(has(text, team, EntityType::Org), "{:?}", found(text));
        }
        // Not outside one.
        let text = "The Angels of the city were honoured on Monday.";
        assert!(!has(text, "Angels", EntityType::Org), "{:?}", found(text));
        // A known organisation's branch in a country, also by the name and its word.
        let text = "Staff at Google India were told. Amnesty International Kenya said so.";
        for branch in ["Google India", "Amnesty International Kenya"] {
            assert!(has(text, branch, EntityType::Org), "{:?}", found(text));
        }
        for text in [
            "Italian tyre giant Varello said profits rose.",
            "A report in the daily Varello said so.",
            "The country's largest mobile operator Varello cut prices.",
        ] {
            assert!(has(text, "Varello", EntityType::Org), "{:?}", found(text));
        }
        // Described as one in apposition (not a number of people).
        for text in [
            "Varello, the region's largest utility, said power would return.",
            "Power would return, said Varello, a Milan-based firm that owns the lines.",
            "Varello, a unit of Kessler, fell.",
            "Rivals bought Varello, a start-up that makes coding tools.",
            "The plant is run by Varello, a joint venture of two carmakers.",
            "Funds went to Varello, a nonprofit organization that trains nurses.",
        ] {
            assert!(has(text, "Varello", EntityType::Org), "{:?}", found(text));
        }
        let text = "Near the city of Varello, a group of scouts camped.";
        assert!(!has(text, "Varello", EntityType::Org), "{:?}", found(text));
        let text = "Tom Brandt, a union leader, spoke.";
        assert!(
            has(text, "Tom Brandt", EntityType::Person),
            "{:?}",
            found(text)
        );
        // "and" joins names under a shared head, over hyphens too.
        let text = "The Ethics and Anti-Corruption Commission, which investigated the case, \
                    said in a statement that the sentence was right.";
        assert!(
            has(
                text,
                "Ethics and Anti-Corruption Commission",
                EntityType::Org
            ),
            "{:?}",
            found(text)
        );
        // "the Internet" is a common noun.
        assert!(found("Users searched the Internet for it.").is_empty());
    }

    #[test]
    fn a_title_opening_a_sentence_opens_the_name() {
        // A list's place after the title is the person, not the place.
        for (text, name) in [
            ("Mayor Hamilton said the city was ready.", "Hamilton"),
            ("Judge Austin ruled on Monday.", "Austin"),
            // A title that is also a given name, after a title, is the given name.
            ("Detective Earl Feugill said so.", "Earl Feugill"),
        ] {
            assert!(has(text, name, EntityType::Person), "{:?}", found(text));
        }
        // Not before a people's adjective.
        let text = "Major European rivers flow north.";
        assert!(
            !has(text, "European", EntityType::Person),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn after_a_dateline_its_wire_and_dash() {
        for (text, word) in [
            ("BOSTON (AP) — A judge ruled.", "A"),
            ("DOHA, Qatar — Talks went on.", "Talks"),
            ("ST. LOUIS (Reuters) - Shares fell.", "Shares"),
            ("WASHINGTON, Aug 30 (Reuters) - Shares fell.", "Shares"),
            ("Boston is cold. It snowed.", "Boston"),
        ] {
            let doc = Document::parse(text);
            assert_eq!(doc.word(after_dateline(&doc, 0)), word, "{text}");
        }
    }

    #[test]
    fn title_gender_is_kept() {
        let doc = Document::parse("Mrs. Jane Okoro spoke.");
        let m = find(&doc);
        let person = m
            .iter()
            .find(|m| m.kind == Some(EntityType::Person))
            .unwrap();
        assert_eq!(person.span.of(doc.text), "Jane Okoro");
        assert_eq!(person.title_gender, Some(Gender::Female));
    }
}
