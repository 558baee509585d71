//! Stage 4: text → quotations.
//!
//! Takes the [`Document`] (for its paragraphs); gives every quotation as the content between
//! its marks, marks excluded, with the positions of the marks themselves (the speaker stage
//! reads the words around them). One pass over each paragraph, no back-tracking.
//!
//! - Double marks (curly “ ”, straight ", guillemets « ») are quotations. A mark's direction
//!   comes from its shape, or for straight marks from the characters beside it.
//! - Single marks (‘ ’ and ') quote only outside double quotes (headlines, British style),
//!   and only when closed in the same paragraph: unpaired they are apostrophes. An apostrophe
//!   between letters ("don’t"), after a plural ("the States’ view") with no single quote open,
//!   or starting an elision ("’twas", "’90s", "rock ’n’ roll") is never a mark.
//! - An unclosed double mark ends at the end of its paragraph, never later. When the next
//!   paragraph opens with a mark again, that paragraph continues the same quotation
//!   (`continues_previous`), as in a speech quoted over several paragraphs.
//! - A closing mark with no opener in its paragraph quotes from the paragraph's start.
//! - A transcript's stage direction quoted as a turn (`"(CROSSTALK.)`) is no quotation.

use crate::analysis::Span;
use crate::text::Document;

/// One quotation found between quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteMarks {
    /// The content between the marks, with surrounding spaces trimmed.
    pub content: Span,
    /// The opening mark; `None` for a closing mark with no opener in its paragraph.
    pub open: Option<Span>,
    /// The closing mark; `None` when the quotation runs to the end of its paragraph.
    pub close: Option<Span>,
    /// This paragraph opens by continuing a quotation left open at the previous one's end.
    pub continues_previous: bool,
    /// Double marks (a quotation proper) rather than single ones.
    pub double: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight `"`: its direction depends on what is open.
    Either,
    SingleOpen,
    SingleClose,
    /// A straight `'` that could open or close a single quotation.
    SingleEither,
}

/// Words that begin with an apostrophe standing for dropped letters.
const ELISIONS: [&str; 8] = ["tis", "twas", "em", "cause", "til", "n", "round", "bout"];

fn classify(prev: Option<char>, c: char, next: Option<char>, rest: &str) -> Option<Mark> {
    let space_or_none = |x: Option<char>| x.is_none_or(|x| x.is_whitespace());
    let opens_after = |x: Option<char>| {
        x.is_none_or(|x| x.is_whitespace() || matches!(x, '(' | '[' | '{' | '—' | '–' | '-' | '/'))
    };
    let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    let elision = || {
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
        next.is_some_and(|n| n.is_ascii_digit())
            || ELISIONS.contains(&word.to_ascii_lowercase().as_str())
    };
    match c {
        '“' | '„' | '«' => Some(Mark::Open),
        '»' => Some(Mark::Close),
        // Some writers use ” for both marks; one before a word (or an ellipsis that leaves
        // words out: `” … in the case of`) after a space opens.
        '”' if opens_after(prev) && (alnum(next) || starts_with_ellipsis(rest)) => {
            Some(Mark::Either)
        }
        '”' => Some(Mark::Close),
        '"' => Some(Mark::Either),
        '‘' if elision() => None,
        '‘' => Some(Mark::SingleOpen),
        '’' | '\'' if alnum(prev) && alnum(next) => None,
        '’' if opens_after(prev) && elision() => None,
        '’' => Some(Mark::SingleClose),
        '\'' if opens_after(prev) && elision() => None,
        '\'' if opens_after(prev) && !space_or_none(next) => Some(Mark::SingleOpen),
        '\'' if !space_or_none(prev) => Some(Mark::SingleClose),
        '\'' => Some(Mark::SingleEither),
        _ => None,
    }
}

/// Does `rest` start with an ellipsis, after a space or not ("… in the case", " ...")?
fn starts_with_ellipsis(rest: &str) -> bool {
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    rest.starts_with('…') || rest.starts_with("...")
}

/// Finds every quotation in the document, in text order.
pub fn find(doc: &Document) -> Vec<QuoteMarks> {
    let mut out = Vec::new();
    let mut previous_ran_on = false;
    for &paragraph in &doc.paragraphs {
        previous_ran_on = scan_paragraph(doc.text, paragraph, previous_ran_on, &mut out);
    }
    out
}

/// Scans one paragraph; returns whether a double quotation was left open at its end.
fn scan_paragraph(
    text: &str,
    para: Span,
    previous_ran_on: bool,
    out: &mut Vec<QuoteMarks>,
) -> bool {
    let body = para.of(text);
    let first_in_paragraph = out.len();
    let mut double_open: Option<Span> = None;
    let mut single_open: Option<Span> = None;
    let mut stray_closer_seen = false;
    // Inside a single-quoted quotation, a double-quoted one (British style: ‘… “term” …’).
    let mut nested_double = false;
    let mut prev: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    let push =
        |out: &mut Vec<QuoteMarks>, open: Option<Span>, close: Option<Span>, double: bool| {
            let start = open.map_or(para.start, |o| o.end);
            let end = close.map_or(para.end, |c| c.start);
            let raw = &text[start..end];
            let letters = raw.chars().filter(|c| c.is_alphanumeric()).count();
            // A quotation has words: an empty or all-punctuation pair is none, nor is a
            // single-quoted "n".
            if letters == 0 || (!double && letters < 2) || is_stage_direction(raw) {
                return;
            }
            let content = Span::new(
                start + (raw.len() - raw.trim_start().len()),
                end - (raw.len() - raw.trim_end().len()),
            );
            if content.is_empty() {
                return;
            }
            // The paragraph opens with a mark again, or has none and closes the quotation
            // left open before it.
            let continues_previous =
                previous_ran_on && double && open.is_none_or(|o| o.start == first_char(text, para));
            out.push(QuoteMarks {
                content,
                open,
                close,
                continues_previous,
                double,
            });
        };
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let at = Span::new(para.start + i, para.start + i + c.len_utf8());
        let mark = if c == '"' && is_feet_and_inches(&body[..i]) {
            None
        } else {
            classify(prev, c, next, &body[i + c.len_utf8()..])
        };
        prev = Some(c);
        let Some(mark) = mark else { continue };
        if nested_double {
            nested_double = !matches!(mark, Mark::Close | Mark::Either);
            if matches!(mark, Mark::Open | Mark::Close | Mark::Either) {
                continue;
            }
        }
        let space_or_none = |x: Option<char>| x.is_none_or(|x| x.is_whitespace());
        let mark = match mark {
            Mark::Either if double_open.is_some() => {
                // A straight mark after a space and before a word opens a new quotation.
                if space_or_none(prev_of(body, i)) && next.is_some_and(char::is_alphanumeric) {
                    Mark::Open
                } else {
                    Mark::Close
                }
            }
            Mark::Either => {
                // A closing shape with nothing open is a stray closer, unless another straight
                // mark follows in the paragraph to close it: `said," Warhol liked …".`
                let after_comma = matches!(prev_of(body, i), Some(',' | ':'));
                let closes_later = || after_comma && body[i + 1..].contains('"');
                if !space_or_none(prev_of(body, i)) && space_or_none(next) && !closes_later() {
                    Mark::Close
                } else {
                    Mark::Open
                }
            }
            Mark::SingleEither if single_open.is_some() => Mark::SingleClose,
            Mark::SingleEither => Mark::SingleOpen,
            m => m,
        };
        match mark {
            Mark::Open
                if single_open.is_some()
                    && double_open.is_none()
                    && closes_inside_single(&body[i + c.len_utf8()..]) =>
            {
                nested_double = true;
            }
            Mark::Open => {
                if let Some(open) = double_open {
                    // The earlier mark was never closed: it ends where the next one opens.
                    push(out, Some(open), Some(Span::new(at.start, at.start)), true);
                }
                double_open = Some(at);
                single_open = None;
            }
            Mark::Close => match double_open.take() {
                Some(open) => push(out, Some(open), Some(at), true),
                // Only the first stray closer of a paragraph can close its opening words; the
                // rest would rescan them (a paragraph of closing marks stays linear).
                None if !stray_closer_seen
                    && out.len() == first_in_paragraph
                    && at.start > first_char(text, para) =>
                {
                    stray_closer_seen = true;
                    push(out, None, Some(at), true)
                }
                None => {}
            },
            // Inside double quotes, single marks are inner quotations or apostrophes.
            Mark::SingleOpen if double_open.is_none() => single_open = Some(at),
            Mark::SingleClose if double_open.is_none() => {
                if let Some(open) = single_open.take() {
                    push(out, Some(open), Some(at), false);
                }
            }
            _ => {}
        }
    }
    match double_open {
        Some(open) => {
            push(out, Some(open), None, true);
            true
        }
        None => false,
    }
}

/// A transcript's note between its turns, quoted as if a turn: `"(CROSSTALK.)`,
/// `"(APPLAUSE)`. One bracket holds it all; nobody says it.
fn is_stage_direction(raw: &str) -> bool {
    let inner = raw.trim().trim_end_matches('.');
    inner.len() > 2
        && inner.starts_with(['(', '['])
        && inner.ends_with([')', ']'])
        && !inner[1..inner.len() - 1].contains(['(', ')', '[', ']'])
}

/// How far ahead a double mark opened inside single quotes looks for its closer.
const NESTED_REACH: usize = 200;

/// After a double mark that opens inside single quotes: does its closer come soon, followed
/// (through at most two punctuation marks) by the single closer? `‘He called it “fully
/// transparent”,’ she said` nests; a single mark left open before real double quotes does
/// not.
fn closes_inside_single(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let starts = |i: usize, mark: &str| bytes[i..].starts_with(mark.as_bytes());
    let Some(close) =
        (0..bytes.len().min(NESTED_REACH)).find(|&i| starts(i, "”") || starts(i, "\""))
    else {
        return false;
    };
    let mut after = close + if bytes[close] == b'"' { 1 } else { "”".len() };
    while after < bytes.len() && b",.;:!?".contains(&bytes[after]) {
        after += 1;
    }
    after < bytes.len() && (starts(after, "’") || bytes[after] == b'\'')
}

/// Does `before` end in a height or length in feet and inches ("6'3", "5’11"), so that a
/// straight `"` after it is the inch mark, not a quotation mark?
fn is_feet_and_inches(before: &str) -> bool {
    let inches = before.trim_end_matches(|c: char| c.is_ascii_digit());
    if inches.len() == before.len() || before.len() - inches.len() > 2 {
        return false;
    }
    let Some(feet) = inches
        .strip_suffix('\'')
        .or_else(|| inches.strip_suffix('’'))
    else {
        return false;
    };
    feet.ends_with(|c: char| c.is_ascii_digit())
}

fn prev_of(body: &str, i: usize) -> Option<char> {
    body[..i].chars().next_back()
}

/// Byte offset of the first non-space character of a paragraph.
fn first_char(text: &str, para: Span) -> usize {
    let body = para.of(text);
    para.start + (body.len() - body.trim_start().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let doc = Document::parse(text);
        find(&doc).iter().map(|q| q.content.of(text)).collect()
    }

    #[test]
    fn curly_double_quotes_exclude_marks() {
        assert_eq!(
            quotes("“This is a good day,” Moen told Marrow."),
            ["This is a good day,"]
        );
    }

    #[test]
    fn a_transcripts_stage_direction_is_no_quotation() {
        assert_eq!(
            quotes("\"LEE: We must vote.\n\n\"(CROSSTALK.)\n\n\"ROSS: (Laughs) Not today."),
            ["LEE: We must vote.", "ROSS: (Laughs) Not today."]
        );
    }

    #[test]
    fn double_quotes_nest_inside_single_ones() {
        assert_eq!(
            quotes("‘He told us the deal was “fully transparent”,’ she said. ‘It was not.’"),
            [
                "He told us the deal was “fully transparent”,",
                "It was not."
            ]
        );
        // A single mark that is no quotation does not swallow double quotes after it.
        assert_eq!(
            quotes("The ‘90s band said “we are back” and “for good”."),
            ["we are back", "for good"]
        );
    }

    #[test]
    fn straight_quotes_pair_by_context() {
        assert_eq!(
            quotes(r#"He said "yes" and then "no," she added."#),
            ["yes", "no,"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        // Possessive plural, elisions and contractions around real quotes.
        let text = "the United States’ offer of “progress” and ’twas rock ’n’ roll, don’t";
        assert_eq!(quotes(text), ["progress"]);
        assert_eq!(
            quotes("the States' view and 'n' the '90s"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn single_quotes_in_headlines() {
        assert_eq!(
            quotes("Team honored for 'courageous achievement' at contest"),
            ["courageous achievement"]
        );
        assert_eq!(quotes("A ‘rare’ visit’s end"), ["rare"]);
    }

    #[test]
    fn inner_single_quotes_stay_inside_the_double_quote() {
        assert_eq!(
            quotes("“He called it ‘a farce’ today,” she said."),
            ["He called it ‘a farce’ today,"]
        );
    }

    #[test]
    fn misplaced_straight_opener_after_a_comma() {
        assert_eq!(
            quotes(r#"Wilkins said," Warhol liked the flash". She left."#),
            ["Warhol liked the flash"]
        );
    }

    #[test]
    fn guillemets() {
        assert_eq!(quotes("Il a dit «bonjour» hier"), ["bonjour"]);
    }

    #[test]
    fn unclosed_mark_ends_at_its_paragraph() {
        let text = "“Never closed, he said.\nNext paragraph has no quote.";
        assert_eq!(quotes(text), ["Never closed, he said."]);
        let doc = Document::parse(text);
        assert!(!find(&doc)[0].continues_previous);
    }

    #[test]
    fn multi_paragraph_quotation_continues() {
        let text = "“First part.\n“Second part.\n“Last part,” she said.";
        let doc = Document::parse(text);
        let found = find(&doc);
        let texts: Vec<_> = found.iter().map(|q| q.content.of(text)).collect();
        assert_eq!(texts, ["First part.", "Second part.", "Last part,"]);
        assert_eq!(
            found
                .iter()
                .map(|q| q.continues_previous)
                .collect::<Vec<_>>(),
            [false, true, true]
        );
    }

    #[test]
    fn a_closing_shaped_mark_before_an_ellipsis_opens() {
        assert_eq!(
            quotes("” … the train has already left the station,” wrote a magazine."),
            ["… the train has already left the station,"]
        );
        assert_eq!(
            quotes("Critics said ” ... they are so not like him,” she said."),
            ["... they are so not like him,"]
        );
    }

    #[test]
    fn an_inch_mark_after_feet_is_no_quotation_mark() {
        assert!(quotes("The guard is 6'3\" tall and weighs 220 pounds.").is_empty());
        assert_eq!(
            quotes("He is 5’11\" and said \"I am tall enough.\""),
            ["I am tall enough."]
        );
        // A quotation that ends in a number still closes.
        assert_eq!(quotes("They called it \"Agenda 21\" twice."), ["Agenda 21"]);
    }

    #[test]
    fn closing_mark_without_opener_quotes_from_paragraph_start() {
        assert_eq!(quotes("we will win,” he said."), ["we will win,"]);
    }

    #[test]
    fn marks_around_nothing_but_spaces_or_marks_quote_nothing() {
        assert!(quotes("« »« »« »").is_empty());
        assert!(quotes("”””").is_empty());
        assert!(quotes("\"'\"'\"'").is_empty());
    }

    #[test]
    fn closing_marks_without_openers_stay_linear() {
        // Each stray closer used to rescan the paragraph from its start: 200,000 of them
        // took minutes. (Times are measured by `examples/worst_cases.rs`, not here.)
        let text = "”".repeat(200_000);
        assert!(quotes(&text).is_empty());
    }

    #[test]
    fn all_marks_input_stays_linear_and_sane() {
        let text = "\"".repeat(1001) + &"“”".repeat(500);
        let found = quotes(&text);
        assert!(found.iter().all(|q| !q.is_empty()));
    }
}
