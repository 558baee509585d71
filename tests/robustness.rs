//! Inputs that must never break the pipeline: empty and blank text, very long text and
//! words, quotation marks and capitals only, unbalanced and nested marks, every line ending,
//! tabs and non-breaking spaces, other scripts, control characters and pasted HTML, plus the
//! inputs kept in `tests/regressions/` (from fuzzing and from bugs found).
//!
//! Every input goes through [`common::check`]: no panic, every span inside the text on
//! character boundaries, UTF-16 offsets that slice out each span's text, and highlighted
//! HTML whose text content is the input. Big inputs are built at run time; the file runs in
//! a few seconds with `cargo test --release` (as CI runs it).

mod common;

use common::{check, ARTICLE};
use std::path::PathBuf;

/// `unit` repeated until the result is at least `bytes` long.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

#[test]
fn empty_text() {
    let a = check("");
    assert!(a.entities.is_empty() && a.quotes.is_empty());
}

#[test]
fn only_whitespace() {
    for text in [
        " ",
        "\n",
        "\r\n\r\n",
        "\r\r\r",
        "\t\t \t",
        "\u{a0}\u{a0}",
        " \n\t\r\u{a0}\u{2003}\u{2028}\u{2029}\u{3000}\u{feff}\u{200b}\u{85}\u{b}\u{c}",
        &" \n".repeat(10_000),
    ] {
        let a = check(text);
        assert!(a.quotes.is_empty(), "{text:?}");
        assert!(a.entities.is_empty(), "{text:?}");
    }
}

#[test]
fn ten_megabytes_of_text() {
    let text = repeat_to(ARTICLE, 10 << 20);
    let a = check(&text);
    // The same article over and over: its quotations and names are found every time.
    let copies = text.len() / ARTICLE.len();
    assert!(a.quotes.len() >= copies * 5, "{} quotes", a.quotes.len());
    assert!(!a.entities.is_empty());
}

#[test]
fn one_megabyte_word() {
    for unit in ["a", "A", "é", "Ab", "a’", "A.", "1", "1,", "😀", "e\u{301}"] {
        check(&repeat_to(unit, 1 << 20));
    }
    // A huge word among ordinary text, and inside a quotation.
    let word = repeat_to("Word", 1 << 20);
    check(&format!("“{word},” Xi said. Mr. {word} said “yes”."));
}

#[test]
fn only_quotation_marks() {
    for mark in [
        "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "“”", "”“", "\"'", "« »", "‘’",
    ] {
        // Small: a paragraph of closing marks only is quadratic for now (see
        // `examples/worst_cases.rs`, case `quotes-closing`).
        let text = repeat_to(mark, 9_000);
        for q in check(&text).quotes {
            assert!(!q.span.of(&text).trim().is_empty());
        }
    }
    check(&repeat_to("\"“”‘’'«»„", 100_000));
    check(&repeat_to("“x” \"y\" ‘z z’ 'w w' «v» „u“x ", 100_000));
    check(&repeat_to("“\n", 10_000));
}

#[test]
fn only_capitals() {
    check(&ARTICLE.to_uppercase());
    check(&repeat_to("THE PRESIDENT SAID ", 200_000));
    check(&repeat_to("A ", 100_000));
    check(&repeat_to("Mr. ", 50_000));
    check(&repeat_to("U.S. officials said. ", 200_000));
    // Capitalised words, one long name-shaped run with no sentence break.
    check(&repeat_to("Xi Jinping Antony Blinken Beijing ", 200_000));
    // Known place names side by side: quadratic for now (see `examples/worst_cases.rs`,
    // case `caps-places`), so kept short here.
    check(&"China ".repeat(300));
    check(&"U.S. ".repeat(300));
    check(&repeat_to("“Blinken Said” ", 50_000));
}

#[test]
fn unbalanced_nested_and_mixed_quotation_marks() {
    for text in [
        "“Never closed, he said.",
        "never opened,” he said.",
        "“a “b” c” d",
        "“He called it ‘a farce’ today,” she said.",
        "‘She said “no” to him,’ he said.",
        "«Il a dit “bonjour” hier»",
        "\"straight “curly' mixed» marks\" she said",
        "”backwards“ said Xi",
        "„German style“ said Merkel.",
        "'a 'b 'c 'd' e' f' g'",
        "\"\"\"\"\"",
        "\" \" \" \" \"",
        "“”“”“”",
        "“ ” ‘ ’",
        "“.” ‘. .’",
        "He said: “One. “Two.” Three.”",
        "“Open\n“continued\n“and closed,” said Wang.\n”stray",
    ] {
        check(text);
    }
    check(&repeat_to("“a “b ‘c ‘d ", 100_000));
    check(&repeat_to("” he said. ", 100_000));
}

#[test]
fn windows_and_old_mac_line_endings() {
    let crlf = ARTICLE.replace('\n', "\r\n");
    let cr = ARTICLE.replace('\n', "\r");
    let lf = check(ARTICLE);
    for text in [&crlf, &cr] {
        let a = check(text);
        assert_eq!(a.quotes.len(), lf.quotes.len(), "{text:?}");
    }
    check(&ARTICLE.replace('\n', "\n\r"));
    check(&ARTICLE.replace('\n', "\r\r\n\n"));
    check(&repeat_to("\r\n", 100_000));
}

#[test]
fn tabs_and_non_breaking_spaces() {
    for space in ["\t", "\u{a0}", "\u{202f}", "\u{2009}", "\u{3000}", " \t "] {
        let text = ARTICLE.replace(' ', space);
        check(&text);
    }
    check(&ARTICLE.replace(' ', "&nbsp;"));
    check("“Hi,”\u{a0}Xi\u{a0}said.\t“Bye,”\tsaid\tBlinken.");
}

#[test]
fn emoji_combining_marks_cjk_and_right_to_left() {
    for text in [
        "😀 Zoë Bäck arrived in Paris. “We 🎉 won,” said Joe Biden 👍🏽.",
        "👨‍👩‍👧‍👦 “🇨🇳🇺🇸” 🏳️‍🌈",
        "Ze\u{301}lie\u{300} said “cafe\u{301}” and Zo\u{308}e\u{301}\u{302}\u{303} left.",
        "\u{301}\u{302} leading combining marks “\u{301}” \u{20dd}",
        "习近平说：“我们要合作。”布林肯表示同意。「中国」『美国』",
        "東京で「こんにちは」と言った。“日本” said Kishida.",
        "قال الرئيس «نحن سنفوز» في القاهرة. “مرحبا,” said Sisi.",
        "הוא אמר „שלום” בירושלים. “Shalom,” said Netanyahu.",
        "\u{202e}RTL override “quote” \u{202c} \u{200f}mark\u{200e} \u{2066}isolate\u{2069}",
        "한국어 “인용” said Yoon. Ελληνικά «παράθεση» είπε. Русский «цитата» сказал Путин.",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 “𝕢𝕦𝕠𝕥𝕖” said 𝒳𝒾.",
    ] {
        check(text);
    }
    // A whole article in each script mix, long enough to take every path.
    check(&ARTICLE.replace("the", "习近平").replace("a ", "😀 "));
    check(&ARTICLE.replace("e", "e\u{301}"));
    check(&ARTICLE.replace(' ', " \u{200f}"));
}

#[test]
fn nul_and_control_characters() {
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    check(&controls);
    check(&repeat_to("\0", 100_000));
    check("“Hi\0,” said\0Xi.\0\u{1b}[31m red\u{7}\u{8}");
    check(&ARTICLE.replace(' ', "\0"));
    check(&ARTICLE.replace('e', "\u{1}"));
    check("\u{fffd}\0\u{fffd}“\0”\u{fffe}\u{ffff}\u{e000}");
}

#[test]
fn pasted_html_is_shown_as_text() {
    let text = "<script>alert(“x”)</script> “Hi,” said <b>Xi</b>. \
                <img src=x onerror=alert(1)> &lt;b&gt; &amp;amp; &#39; &quot;Blinken&quot; said \
                <a href=\"javascript:alert('x')\">“click”</a> <!-- c --> <![CDATA[x]]> </span></mark>";
    let a = check(text);
    let html = article_highlighter::highlight::highlight_html(text, &a);
    assert!(html.contains("&lt;script&gt;") && html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&amp;lt;b&amp;gt;"));
    check(&repeat_to("<script>“x”</script><img onerror=“y”>", 200_000));
}

/// Quotation marks around nothing but whitespace (a panic in `quotes::scan_paragraph` until
/// d9269e9: the content was trimmed from both ends of the same blank stretch).
#[test]
fn blank_quotation_does_not_panic() {
    for text in [
        "\" \"",
        "“ ”",
        "« »",
        "‘  ’ x",
        "“a “ “b”",
        "He said “ ",
        "“\u{a0}”",
        "“ \nNext paragraph.",
    ] {
        let outcome = std::panic::catch_unwind(|| {
            check(text);
        });
        assert!(outcome.is_ok(), "{text:?} panics");
    }
}

/// Every file in `tests/regressions/` (inputs kept from fuzzing and from bugs found).
#[test]
fn regressions_replay() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/regressions exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no regression inputs in {}",
        dir.display()
    );
    for path in files {
        let bytes = std::fs::read(&path).expect("regression input reads");
        // Fuzzers hand over bytes; the pipeline takes text, as the CLI does (lossy).
        let text = String::from_utf8_lossy(&bytes);
        let outcome = std::panic::catch_unwind(|| {
            check(&text);
        });
        assert!(outcome.is_ok(), "regression input {} fails", path.display());
    }
}
