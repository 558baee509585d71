//! Marking an analysed text up: which stretches are quotations and entity mentions, and the
//! HTML for the text with every mark in place.
//!
//! Takes the text and its [`Analysis`] (byte offsets); gives [`segments`] (the text cut into
//! stretches that carry the same marks, the shared plan of the HTML renderer here and of the
//! in-place DOM highlighter in `wasm.rs`) and [`highlight_html`]. Pure Rust, no browser.
//!
//! Marks nest one way: a quotation contains entity marks. A mention that crosses a quotation's
//! edge is cut in two (both parts name the same entity); spans that overlap a kept span of
//! their own kind (two mentions, two quotations) are dropped, the earlier/longer one winning.
//! Spans that are out of range or not on character boundaries are ignored, never a panic.

use crate::analysis::{sort_by_span, Analysis, Span};
use crate::text::push_escaped;
use std::borrow::Cow;

/// A mention in the plan: entity index and which of its mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MentionRef {
    pub entity: usize,
    pub mention: usize,
}

/// A stretch of the text with the same marks, in byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    /// Index into [`Analysis::quotes`] of the quotation this stretch is inside.
    pub quote: Option<usize>,
    /// The entity mention this stretch is part of.
    pub mention: Option<MentionRef>,
}

fn valid(text: &str, s: Span) -> bool {
    s.start < s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

/// Keeps spans that overlap no earlier-kept one; candidates sorted by start, longer first.
fn non_overlapping<T: Copy>(mut spans: Vec<(Span, T)>) -> Vec<(Span, T)> {
    sort_by_span(&mut spans);
    let mut kept: Vec<(Span, T)> = Vec::with_capacity(spans.len());
    for (s, t) in spans {
        if kept.last().is_none_or(|(k, _)| k.end <= s.start) {
            kept.push((s, t));
        }
    }
    kept
}

/// Cuts `text` into stretches covering it from 0 to its end, in order, such that each stretch
/// lies inside at most one quotation and at most one mention, and no stretch crosses any of
/// `cuts` (byte offsets where the caller needs a boundary, e.g. the ends of DOM text nodes).
/// Adjacent stretches with the same marks are merged unless a cut lies between them.
pub fn segments(text: &str, analysis: &Analysis, cuts: &[usize]) -> Vec<Segment> {
    let mentions = non_overlapping(
        analysis
            .entities
            .iter()
            .enumerate()
            .flat_map(|(e, ent)| {
                ent.mentions.iter().enumerate().map(move |(m, &s)| {
                    (
                        s,
                        MentionRef {
                            entity: e,
                            mention: m,
                        },
                    )
                })
            })
            .filter(|(s, _)| valid(text, *s))
            .collect(),
    );
    let quotes = non_overlapping(
        analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| (q.span, i))
            .filter(|(s, _)| valid(text, *s))
            .collect(),
    );

    let mut bounds: Vec<usize> =
        Vec::with_capacity(2 * (mentions.len() + quotes.len()) + cuts.len() + 2);
    bounds.push(0);
    bounds.push(text.len());
    for (s, _) in &mentions {
        bounds.extend([s.start, s.end]);
    }
    for (s, _) in &quotes {
        bounds.extend([s.start, s.end]);
    }
    let mut cut_set: Vec<usize> = cuts.iter().copied().filter(|&c| c <= text.len()).collect();
    crate::analysis::sort_numbers(&mut cut_set);
    cut_set.dedup();
    bounds.extend(cut_set.iter().copied());
    crate::analysis::sort_numbers(&mut bounds);
    bounds.dedup();

    let (mut mi, mut qi, mut ci) = (0, 0, 0);
    let mut out: Vec<Segment> = Vec::with_capacity(bounds.len());
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        while mi < mentions.len() && mentions[mi].0.end <= a {
            mi += 1;
        }
        while qi < quotes.len() && quotes[qi].0.end <= a {
            qi += 1;
        }
        while ci < cut_set.len() && cut_set[ci] < a {
            ci += 1;
        }
        let mention = mentions
            .get(mi)
            .filter(|(s, _)| s.start <= a && b <= s.end)
            .map(|&(_, m)| m);
        let quote = quotes
            .get(qi)
            .filter(|(s, _)| s.start <= a && b <= s.end)
            .map(|&(_, q)| q);
        let cut_here = cut_set.get(ci) == Some(&a);
        match out.last_mut() {
            Some(last) if !cut_here && last.quote == quote && last.mention == mention => {
                last.span.end = b;
            }
            _ => out.push(Segment {
                span: Span::new(a, b),
                quote,
                mention,
            }),
        }
    }
    out
}

/// Escapes `s` for HTML text and attribute values: `& < > " '`, and CR (which the HTML
/// parser would otherwise fold into LF). NUL, which no HTML can carry, becomes U+FFFD (one
/// UTF-16 unit, like NUL, so offsets into the text still match the page's text).
pub fn escape_into(out: &mut String, s: &str) {
    push_escaped(out, s, &|b| {
        Some(Cow::Borrowed(match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            // The HTML parser turns a raw CR (and CRLF) into LF; a reference keeps it.
            b'\r' => "&#13;",
            // No HTML can carry NUL (the parser drops it); U+FFFD keeps offsets in step.
            b'\0' => "&#xFFFD;",
            _ => return None,
        }))
    });
}

/// Escapes `s` for HTML (see [`escape_into`]).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// The class and `data-` attributes of a mark, shared by the HTML renderer and the DOM
/// highlighter: `(name, value)` pairs, values unescaped.
pub fn mention_attributes(analysis: &Analysis, m: MentionRef) -> Vec<(&'static str, String)> {
    let e = &analysis.entities[m.entity];
    vec![
        ("class", format!("ah-entity ah-{}", e.kind.label())),
        ("data-type", e.kind.label().to_string()),
        ("data-entity", e.id.to_string()),
        ("data-mention", m.mention.to_string()),
        ("title", format!("{}: {}", e.kind.label(), e.name)),
    ]
}

/// The attributes of a quotation's element: its index, and its speaker's entity id and name,
/// or the class `ah-unattributed`.
pub fn quote_attributes(analysis: &Analysis, q: usize) -> Vec<(&'static str, String)> {
    let quote = &analysis.quotes[q];
    match quote.speaker.and_then(|s| analysis.entities.get(s)) {
        Some(e) => vec![
            ("class", "ah-quote".to_string()),
            ("data-quote", q.to_string()),
            ("data-speaker", e.id.to_string()),
            ("data-speaker-name", e.name.clone()),
            ("title", format!("Quoted: {}", e.name)),
        ],
        None => vec![
            ("class", "ah-quote ah-unattributed".to_string()),
            ("data-quote", q.to_string()),
            ("title", "Quoted: unattributed".to_string()),
        ],
    }
}

fn open_tag(out: &mut String, tag: &str, attrs: &[(&'static str, String)]) {
    out.push('<');
    out.push_str(tag);
    for (k, v) in attrs {
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        escape_into(out, v);
        out.push('"');
    }
    out.push('>');
}

/// The HTML for `text` with every quotation in a `<span class="ah-quote" data-quote=…
/// data-speaker=… data-speaker-name=…>` (or `class="ah-quote ah-unattributed"`) and every
/// entity mention in a `<mark class="ah-entity ah-TYPE" data-type=… data-entity=…
/// data-mention=…>`; quotations contain marks. Every character of `text` is escaped, and
/// nothing else is added: the text content of the result is `text` exactly. (A `<span>`,
/// not a `<q>`, so browsers add no quotation marks of their own.)
pub fn highlight_html(text: &str, analysis: &Analysis) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2 + 64);
    let mut quote: Option<usize> = None;
    let mut mention: Option<MentionRef> = None;
    for seg in segments(text, analysis, &[]) {
        if seg.quote != quote || seg.mention != mention {
            if mention.is_some() {
                out.push_str("</mark>");
            }
            if seg.quote != quote {
                if quote.is_some() {
                    out.push_str("</span>");
                }
                if let Some(q) = seg.quote {
                    open_tag(&mut out, "span", &quote_attributes(analysis, q));
                }
            }
            if let Some(m) = seg.mention {
                open_tag(&mut out, "mark", &mention_attributes(analysis, m));
            }
            quote = seg.quote;
            mention = seg.mention;
        }
        escape_into(&mut out, seg.span.of(text));
    }
    if mention.is_some() {
        out.push_str("</mark>");
    }
    if quote.is_some() {
        out.push_str("</span>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, EntityType, Quote};

    /// The text content of HTML made of text, entities and tags (no comments, no CDATA).
    fn text_content(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(i) = rest.find(['<', '&']) {
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            if rest.starts_with('<') {
                let j = rest.find('>').expect("tag closes");
                rest = &rest[j + 1..];
            } else {
                let j = rest.find(';').expect("entity closes");
                out.push_str(match &rest[..=j] {
                    "&amp;" => "&",
                    "&lt;" => "<",
                    "&gt;" => ">",
                    "&quot;" => "\"",
                    "&#39;" => "'",
                    "&#13;" => "\r",
                    "&#xFFFD;" => "\u{FFFD}",
                    other => panic!("unexpected entity {other}"),
                });
                rest = &rest[j + 1..];
            }
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn plain_text_is_only_escaped() {
        let text = "a < b && c > \"d\" 'e' <script>alert(1)</script>\r\n\0";
        let html = highlight_html(text, &Analysis::default());
        assert_eq!(
            html,
            "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39; &lt;script&gt;alert(1)&lt;/script&gt;&#13;\n&#xFFFD;"
        );
        assert_eq!(text_content(&html), text.replace('\0', "\u{FFFD}"));
        assert_eq!(highlight_html("", &Analysis::default()), "");
    }

    #[test]
    fn quotes_contain_entity_marks() {
        let text = "“Xi met Blinken in Beijing,” Xi said. Hi & bye.";
        let q = Span::first(text, "Xi met Blinken in Beijing,");
        let analysis = Analysis {
            entities: vec![
                Entity::new(
                    0,
                    EntityType::Person,
                    "Xi Jinping",
                    vec![
                        Span::new(3, 5),
                        Span::new(
                            text.find("Xi said").unwrap(),
                            text.find("Xi said").unwrap() + 2,
                        ),
                    ],
                ),
                Entity::new(
                    1,
                    EntityType::Person,
                    "Antony Blinken",
                    vec![Span::first(text, "Blinken")],
                ),
                Entity::new(
                    2,
                    EntityType::Gpe,
                    "Beijing",
                    vec![Span::first(text, "Beijing")],
                ),
            ],
            quotes: vec![Quote::new(q, Some(0))],
        };
        let html = highlight_html(text, &analysis);
        assert_eq!(text_content(&html), text);
        assert!(html.starts_with(
            "“<span class=\"ah-quote\" data-quote=\"0\" data-speaker=\"0\" data-speaker-name=\"Xi Jinping\" title=\"Quoted: Xi Jinping\"><mark class=\"ah-entity ah-PERSON\" data-type=\"PERSON\" data-entity=\"0\" data-mention=\"0\" title=\"PERSON: Xi Jinping\">Xi</mark> met <mark"
        ), "{html}");
        assert!(html.contains(
            "data-entity=\"2\" data-mention=\"0\" title=\"GPE: Beijing\">Beijing</mark>,</span>”"
        ));
        assert!(html.contains("” <mark class=\"ah-entity ah-PERSON\" data-type=\"PERSON\" data-entity=\"0\" data-mention=\"1\" title=\"PERSON: Xi Jinping\">Xi</mark> said. Hi &amp; bye."));
        assert_eq!(html.matches("<mark").count(), 4);
        assert_eq!(html.matches("</mark>").count(), 4);
        assert_eq!(html.matches("<span").count(), 1);
    }

    #[test]
    fn unattributed_quotes_and_escaped_names() {
        let text = "a “term” b";
        let analysis = Analysis {
            entities: vec![],
            quotes: vec![
                Quote::new(Span::first(text, "term"), None),
                Quote::new(Span::first(text, "b"), Some(7)),
            ],
        };
        let html = highlight_html(text, &analysis);
        assert!(html.contains("<span class=\"ah-quote ah-unattributed\" data-quote=\"0\" title=\"Quoted: unattributed\">term</span>"), "{html}");
        // A speaker id that names no entity is shown as unattributed, not a panic.
        assert!(html.contains("<span class=\"ah-quote ah-unattributed\" data-quote=\"1\""));
        let text = "“Hi” — O'Brien <x>";
        let analysis = Analysis {
            entities: vec![Entity::new(
                0,
                EntityType::Person,
                "O'Brien <x> & \"co\"",
                vec![Span::first(text, "O'Brien")],
            )],
            quotes: vec![Quote::new(Span::first(text, "Hi"), Some(0))],
        };
        let html = highlight_html(text, &analysis);
        assert!(html.contains("data-speaker-name=\"O&#39;Brien &lt;x&gt; &amp; &quot;co&quot;\""));
        assert!(html.contains(">O&#39;Brien</mark> &lt;x&gt;"));
        assert_eq!(text_content(&html), text);
    }

    #[test]
    fn mention_crossing_a_quote_edge_is_cut_in_two() {
        let text = "say “New York” City";
        let q = Span::first(text, "New York");
        let m = Span::new(q.start, text.len()); // "New York” City", crossing the quote's end
        let analysis = Analysis {
            entities: vec![Entity::new(0, EntityType::Gpe, "New York City", vec![m])],
            quotes: vec![Quote::new(q, None)],
        };
        let html = highlight_html(text, &analysis);
        assert_eq!(text_content(&html), text);
        assert_eq!(html.matches("data-mention=\"0\"").count(), 2, "{html}");
        assert!(html.contains(">New York</mark></span><mark"));
    }

    #[test]
    fn overlapping_and_invalid_spans_are_dropped() {
        let text = "héllo wörld";
        let analysis = Analysis {
            entities: vec![
                Entity::new(0, EntityType::Org, "A", vec![Span::new(0, 6)]),
                Entity::new(
                    1,
                    EntityType::Org,
                    "B",
                    vec![Span::new(3, 9), Span::new(2, 3), Span::new(5, 500)],
                ),
            ],
            quotes: vec![
                Quote::new(Span::new(0, 3), None),
                Quote::new(Span::new(1, 4), None),
                Quote::new(Span::new(4, 4), None),
            ],
        };
        let html = highlight_html(text, &analysis);
        assert_eq!(text_content(&html), text);
        // Only A's mention survives (cut in two by the one valid quotation it overlaps).
        assert_eq!(html.matches("<mark").count(), 2, "{html}");
        assert_eq!(html.matches("data-entity=\"0\"").count(), 2);
        assert_eq!(html.matches("<span").count(), 1);
    }

    #[test]
    fn segments_cover_the_text_and_respect_cuts() {
        let text = "Antony Blinken met Xi.";
        let analysis = Analysis {
            entities: vec![Entity::new(
                0,
                EntityType::Person,
                "Antony Blinken",
                vec![Span::new(0, 14)],
            )],
            quotes: vec![],
        };
        let segs = segments(text, &analysis, &[3, 7, 999]);
        let spans: Vec<(usize, usize)> = segs.iter().map(|s| (s.span.start, s.span.end)).collect();
        assert_eq!(spans, vec![(0, 3), (3, 7), (7, 14), (14, 22)]);
        assert!(segs[..3].iter().all(|s| s.mention
            == Some(MentionRef {
                entity: 0,
                mention: 0
            })));
        assert_eq!(segs[3].mention, None);
        assert!(segments("", &analysis, &[]).is_empty());
    }
}
