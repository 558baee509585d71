//! Stage 1: text → paragraphs, sentences and tokens.
//!
//! Takes the raw `&str`; gives a [`Document`]: word, number and punctuation tokens with
//! byte spans, each tagged with its sentence and paragraph. One linear pass over the text.
//!
//! - A paragraph is a line: news text pasted from a page has one paragraph per line, and
//!   blank lines between paragraphs are skipped.
//! - Words keep inner apostrophes ("don't", "O’Brien") but split off a possessive "’s", so
//!   "China’s" gives "China" and "’s". Dotted initialisms stay whole ("U.S.", "D.C.").
//!   Hyphens split words ("U.S.-China" gives "U.S.", "-", "China").
//! - A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after it) before
//!   a capital letter, digit or opening quote, unless the full stop ends an abbreviation or
//!   an initial ("Mr. Blinken", "J. Smith").

use crate::analysis::Span;
use crate::lexicon;
use std::borrow::Cow;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner apostrophes or the dots of an initialism.
    Word,
    /// Starts with a digit: "2018", "1,000", "G20" is a word since it starts with a letter.
    Number,
    /// Any other single character: punctuation, quotation marks, symbols.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    pub sentence: usize,
    pub paragraph: usize,
    /// Whitespace (or the start of the text) comes right before this token.
    pub space_before: bool,
}

/// The text cut into paragraphs, sentences and tokens.
pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Byte span of each paragraph, without its line break.
    pub paragraphs: Vec<Span>,
    /// Token index range `[first, last)` of each sentence.
    pub sentences: Vec<(usize, usize)>,
    /// Whether each paragraph is written in title case, as headlines are: every word of five
    /// letters or more capitalised, and at least three of them.
    pub title_case: Vec<bool>,
    /// Whether each paragraph has a word with a letter in lower case (is not all capitals).
    pub has_lower_case: Vec<bool>,
    /// The text with ASCII capitals lowered (same byte offsets), so that [`Document::lower`]
    /// lends words in lower case instead of allocating them.
    ascii_lower: String,
}

impl<'t> Document<'t> {
    pub fn parse(text: &'t str) -> Self {
        // About one token per five bytes of news text: one allocation instead of many copies.
        let mut tokens = Vec::with_capacity(text.len() / 5 + 8);
        let mut paragraphs = Vec::new();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            // Old Mac line endings: a lone '\r' also ends a line.
            let mut offset = line_start;
            for piece in body.split('\r') {
                if !piece.trim().is_empty() {
                    let paragraph = paragraphs.len();
                    paragraphs.push(Span::new(offset, offset + piece.len()));
                    tokenize(text, offset, piece, paragraph, &mut tokens);
                }
                offset += piece.len() + 1;
            }
            line_start += line.len();
        }
        let sentences = split_sentences(text, &mut tokens);
        let (title_case, has_lower_case) = paragraph_cases(text, &tokens, paragraphs.len());
        Document {
            text,
            tokens,
            paragraphs,
            sentences,
            title_case,
            has_lower_case,
            ascii_lower: text.to_ascii_lowercase(),
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].span.of(self.text)
    }

    /// Token `i` with its ASCII capitals lowered, lent from one lowered copy of the text: the
    /// stages ask for it often, and an allocation each time was most of their cost in the
    /// browser. Only ASCII is lowered: every word list it is looked up in is ASCII, and
    /// Unicode's case tables would add 10 KB to the gzipped WebAssembly.
    pub fn lower(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.tokens[i].span.of(&self.ascii_lower))
    }

    /// The text of `span` with its ASCII capitals lowered, lent (see [`Document::lower`]).
    pub fn lower_span(&self, span: Span) -> &str {
        span.of(&self.ascii_lower)
    }

    /// The byte span of tokens `[a, b)`, from the start of the first to the end of the last
    /// (`a < b`).
    pub fn span_of(&self, (a, b): (usize, usize)) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    /// Index of the first token that starts at or after byte `pos` (binary search).
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// Is token `i` the first word of its sentence, ignoring opening quotes and brackets?
    pub fn is_sentence_initial(&self, i: usize) -> bool {
        let sentence = self.tokens[i].sentence;
        let (first, _) = self.sentences[sentence];
        (first..i).all(|j| self.tokens[j].kind == TokenKind::Punct)
    }

    /// Is token `i` the first of its paragraph?
    pub fn opens_paragraph(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].paragraph != self.tokens[i].paragraph
    }
}

/// Per paragraph: is it in title case ([`Document::title_case`]), and has it a word with a
/// letter in lower case ([`Document::has_lower_case`])?
fn paragraph_cases(text: &str, tokens: &[Token], paragraphs: usize) -> (Vec<bool>, Vec<bool>) {
    // (long words, long words in lower case) per paragraph
    let mut counts = vec![(0usize, 0usize); paragraphs];
    let mut has_lower_case = vec![false; paragraphs];
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let w = t.span.of(text);
        if char_count(w) >= 5 {
            counts[t.paragraph].0 += 1;
            counts[t.paragraph].1 += usize::from(!w.chars().next().is_some_and(char::is_uppercase));
        }
        if !has_lower_case[t.paragraph] {
            has_lower_case[t.paragraph] = w.chars().any(char::is_lowercase);
        }
    }
    let title_case = counts
        .into_iter()
        .map(|(long, lower)| long >= 3 && lower == 0)
        .collect();
    (title_case, has_lower_case)
}

/// Does a word of a headline count as capitalised: its first letter, or another for a brand
/// that starts in lower case ("iPhone", "eBay")?
pub fn has_a_capital(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        || (w.starts_with(char::is_lowercase) && w.chars().skip(1).any(char::is_uppercase))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Appends the tokens of one paragraph (`piece`, starting at byte `offset` of `text`).
fn tokenize(text: &str, offset: usize, piece: &str, paragraph: usize, out: &mut Vec<Token>) {
    let bytes_end = offset + piece.len();
    let mut start = offset;
    let mut space_before = true;
    while let Some(c) = text[start..bytes_end].chars().next() {
        if c.is_whitespace() {
            space_before = true;
            start += c.len_utf8();
            continue;
        }
        let kind;
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            kind = if c.is_numeric() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            end = scan_word(text, start, bytes_end, kind);
        } else {
            kind = TokenKind::Punct;
            // A possessive "’s" split off its word stays one token.
            let mut ahead = text[end..bytes_end].chars();
            let is_s = matches!(ahead.next(), Some('s' | 'S'));
            if is_apostrophe(c) && is_s && !ahead.next().is_some_and(|x| x.is_alphanumeric()) {
                end += 1;
            }
        }
        out.push(Token {
            span: Span::new(start, end),
            kind,
            sentence: 0,
            paragraph,
            space_before,
        });
        space_before = false;
        start = end;
    }
}

/// The end of the word or number starting at `start`.
fn scan_word(text: &str, start: usize, limit: usize, kind: TokenKind) -> usize {
    let rest = &text[start..limit];
    let mut end = start;
    let mut letters_only_single = true; // every segment so far is one letter (for "U.S.")
    let mut segment_len = 0;
    for (i, c) in rest.char_indices() {
        if c.is_alphanumeric() || is_combining(c) {
            end = start + i + c.len_utf8();
            segment_len += 1;
            if segment_len > 1 {
                letters_only_single = false;
            }
            continue;
        }
        let next = rest[i + c.len_utf8()..].chars().next();
        match c {
            // Inner apostrophe: keep "don't", "O’Brien"; split a possessive "’s".
            c if is_apostrophe(c) && kind == TokenKind::Word => {
                let after = next.filter(|n| n.is_alphabetic());
                let Some(after) = after else { break };
                let after_after = rest[i + c.len_utf8() + after.len_utf8()..].chars().next();
                let possessive = (after == 's' || after == 'S')
                    && !after_after.is_some_and(|x| x.is_alphanumeric());
                if possessive {
                    break;
                }
                end = start + i + c.len_utf8();
                letters_only_single = false;
            }
            // Dotted initialisms: "U.S.", "D.C.", "a.m." (single letters between dots).
            '.' if kind == TokenKind::Word && letters_only_single && segment_len == 1 => {
                let after = next;
                let continues = after.is_some_and(|n| n.is_alphabetic())
                    && rest[i + 1 + after.map_or(0, char::len_utf8)..].starts_with('.');
                let closes = end > start + 1 && segment_len == 1; // "U.S" + "." → take the dot
                if continues {
                    end = start + i + 1;
                    segment_len = 0;
                } else if closes {
                    end = start + i + 1;
                    break;
                } else {
                    break;
                }
            }
            // Digit groups: "1,000", "3.5".
            ',' | '.' if kind == TokenKind::Number && next.is_some_and(|n| n.is_ascii_digit()) => {
                end = start + i + 1;
            }
            _ => break,
        }
    }
    end
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c) || ('\u{200c}'..='\u{200d}').contains(&c)
}

fn is_closing_punct(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

fn is_opening_quote(s: &str) -> bool {
    matches!(s, "“" | "\"" | "‘" | "'" | "«" | "(" | "[")
}

/// Sets each token's sentence index and returns the token range of every sentence.
fn split_sentences(text: &str, tokens: &mut [Token]) -> Vec<(usize, usize)> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let ends_paragraph = i + 1 == n || tokens[i + 1].paragraph != tokens[i].paragraph;
        let mut boundary_after = if ends_paragraph { Some(i) } else { None };
        if boundary_after.is_none() && is_terminator(text, tokens, i) {
            // Closing quotes and brackets belong to the sentence they close.
            let mut last = i;
            while last + 1 < n
                && tokens[last + 1].paragraph == tokens[i].paragraph
                && !tokens[last + 1].space_before
                && is_closing_punct(tokens[last + 1].span.of(text))
            {
                last += 1;
            }
            if last + 1 < n && tokens[last + 1].paragraph == tokens[i].paragraph {
                if starts_sentence(text, &tokens[last + 1]) {
                    boundary_after = Some(last);
                }
            } else {
                boundary_after = Some(last);
            }
        }
        if let Some(last) = boundary_after {
            let index = sentences.len();
            for t in &mut tokens[first..=last] {
                t.sentence = index;
            }
            sentences.push((first, last + 1));
            first = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    sentences
}

/// Does token `i` end a sentence (a terminator that is not the dot of an abbreviation)?
fn is_terminator(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i].span.of(text);
    match t {
        "!" | "?" | "…" => true,
        "." => {
            if i == 0 || tokens[i].space_before {
                return true;
            }
            let prev = tokens[i - 1].span.of(text);
            let is_initial = char_count(prev) == 1 && prev.chars().all(char::is_uppercase);
            // "No. 1", "No. 4 seed": the capitalised "No." of a number.
            let number_sign = prev == "No"
                && tokens
                    .get(i + 1)
                    .is_some_and(|next| next.kind == TokenKind::Number);
            // ("wrote on X. He said": a letter before a pronoun is no initial; but "A. A.
            // Milne": one before the letter "A" is.)
            let opener_after = || opener_follows(text, tokens, i, 2);
            !((is_initial && !opener_after()) || number_sign || lexicon::is_abbreviation(prev))
        }
        // A dotted initialism can end a sentence: "… to the U.S. The President …".
        _ if tokens[i].kind == TokenKind::Word && t.ends_with('.') && t.len() > 2 => {
            opener_follows(text, tokens, i, 1)
        }
        _ => false,
    }
}

/// Does a word that opens sentences ([`starts_common_sentence`]), of `min_len` bytes at
/// least, follow token `i` after a space?
fn opener_follows(text: &str, tokens: &[Token], i: usize, min_len: usize) -> bool {
    tokens.get(i + 1).is_some_and(|next| {
        next.space_before && next.span.len() >= min_len && starts_common_sentence(text, next)
    })
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    let s = t.span.of(text);
    let c = s.chars().next().unwrap_or(' ');
    t.space_before && (c.is_uppercase() || c.is_numeric() || is_opening_quote(s))
}

/// A capitalised function word ("The", "He", "But") after an initialism starts a sentence;
/// any other word ("U.S. Environmental Protection Agency") continues it.
pub(crate) fn starts_common_sentence(text: &str, t: &Token) -> bool {
    SENTENCE_OPENERS.contains(&t.span.of(text))
}

/// Words that open sentences and never continue a name.
const SENTENCE_OPENERS: [&str; 30] = [
    "A",
    "After",
    "An",
    "And",
    "As",
    "At",
    "But",
    "Critics",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "On",
    "She",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "When",
    "While",
];

/// Copies `s` to `out`, replacing each ASCII byte for which `escape` gives a replacement (the
/// one escaping loop of the HTML and JSON writers). Only ASCII bytes are asked about, so the
/// copied runs always end on character boundaries. (`escape` is taken by reference, so the
/// two writers share one compiled copy of the loop.)
/// Is `word` the possessive "’s" or "'s", a token of its own (see [`Document::parse`])?
pub fn is_possessive_s(word: &str) -> bool {
    matches!(word, "’s" | "'s")
}

pub fn push_escaped(out: &mut String, s: &str, escape: &dyn Fn(u8) -> Option<Cow<'static, str>>) {
    let mut clean = 0; // start of the run not yet copied
    for (i, b) in s.bytes().enumerate() {
        if !b.is_ascii() {
            continue;
        }
        if let Some(replacement) = escape(b) {
            out.push_str(&s[clean..i]);
            out.push_str(&replacement);
            clean = i + 1;
        }
    }
    out.push_str(&s[clean..]);
}

/// The number written in ASCII digits `digits` ("2018", "07"); none for anything else or
/// beyond `u32`. (As `digits.parse::<u32>()` without a sign: the general parser costs the
/// WebAssembly a few hundred bytes.)
pub fn digits_value(digits: &str) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    let mut value: u32 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    Some(value)
}

/// How many characters `s` has: its bytes that do not continue a character. (As
/// `s.chars().count()`, whose general code costs the WebAssembly a kilobyte.)
#[inline(never)]
pub fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| b & 0xC0 != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let doc = Document::parse(text);
        doc.tokens.iter().map(|t| t.span.of(text)).collect()
    }

    #[test]
    fn char_count_counts_characters_as_chars_does() {
        for s in ["", "a", "Zoë", "“Qui?”", "北京", "a😀b", "naïve café"] {
            assert_eq!(char_count(s), s.chars().count(), "{s}");
        }
    }

    #[test]
    fn digits_value_reads_digits_as_str_parse_does() {
        for s in [
            "0",
            "07",
            "2018",
            "4294967295",
            "4294967296",
            "",
            "+5",
            "1.5",
            "x",
        ] {
            let parsed = s.parse::<u32>().ok().filter(|_| !s.starts_with('+'));
            assert_eq!(digits_value(s), parsed, "{s}");
        }
    }

    #[test]
    fn possessive_splits_but_contraction_stays() {
        assert_eq!(words("China’s don't"), ["China", "’s", "don't"]);
        assert_eq!(words("O’Brien's"), ["O’Brien", "'s"]);
    }

    #[test]
    fn initialisms_stay_whole_and_hyphens_split() {
        assert_eq!(
            words("the U.S.-China talks"),
            ["the", "U.S.", "-", "China", "talks"]
        );
        assert_eq!(
            words("Washington D.C. today"),
            ["Washington", "D.C.", "today"]
        );
    }

    #[test]
    fn trailing_apostrophe_is_punctuation() {
        assert_eq!(words("the States’ view"), ["the", "States", "’", "view"]);
    }

    #[test]
    fn numbers_keep_digit_groups() {
        assert_eq!(
            words("1,000.5 people, 30-minute"),
            ["1,000.5", "people", ",", "30", "-", "minute"]
        );
    }

    #[test]
    fn paragraphs_are_lines() {
        let doc = Document::parse("One.\n\nTwo.\r\nThree.");
        assert_eq!(doc.paragraphs.len(), 3);
        assert_eq!(doc.tokens[2].paragraph, 1);
    }

    #[test]
    fn sentences_end_at_full_stops_not_abbreviations() {
        let text = "Mr. Smith met J. Doe. They spoke. “It went well.” He left.";
        let doc = Document::parse(text);
        assert_eq!(doc.sentences.len(), 4, "{:?}", doc.sentences);
        let second = doc.sentences[1];
        assert_eq!(doc.word(second.0), "They");
        // A letter before a pronoun is no initial; one before a letter is.
        assert_eq!(
            Document::parse("She wrote on X. He left.").sentences.len(),
            2
        );
        assert_eq!(Document::parse("A. A. Milne wrote it.").sentences.len(), 1);
    }

    #[test]
    fn initialism_can_end_a_sentence() {
        let doc = Document::parse("They travelled to the U.S. The President agreed.");
        assert_eq!(doc.sentences.len(), 2);
    }

    #[test]
    fn sentence_initial_skips_opening_quotes() {
        let doc = Document::parse("“China is big,” he said.");
        assert!(doc.is_sentence_initial(1));
        assert!(!doc.is_sentence_initial(4));
    }
}
