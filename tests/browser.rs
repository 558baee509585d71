//! The WebAssembly API in headless Chromium (`make test-browser`): `extract`, `highlight`,
//! `highlightElement`/`unhighlight` on the example article, on edge cases, and over markup that
//! splits names. Extra names (options) make the entity marks here independent of how good the
//! extractor is; quotation checks that need the extractor's quote finder are in
//! tests/browser_quotes.rs.
#![cfg(target_arch = "wasm32")]

use article_highlighter::wasm::{extract, highlight, highlight_element, unhighlight, JsOptions};
use js_sys::{Array, JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// The page's example article, written for the project (`tests/example.rs` checks it whole).
const EXAMPLE: &str = include_str!("../www/example.txt");

fn opts(json: &str) -> Option<JsOptions> {
    Some(JSON::parse(json).expect("options JSON").unchecked_into())
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("property")
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().expect("a number") as u32
}

fn arr(v: &JsValue, key: &str) -> Array {
    get(v, key).dyn_into::<Array>().expect("an array")
}

fn error_message(e: wasm_bindgen::JsError) -> String {
    let v: JsValue = e.into();
    v.dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

/// Every span of `analysis` is `text.slice(start, end)`; ids and speakers are consistent.
fn check_analysis(text: &str, analysis: &JsValue) {
    let js_text = JsString::from(text);
    let span_ok = |s: &JsValue| {
        let (a, b) = (num(s, "start"), num(s, "end"));
        assert!(a <= b && b <= js_text.length(), "span in range");
        assert_eq!(
            js_text.slice(a, b),
            get(s, "text").as_string().expect("span text")
        );
    };
    let entities = arr(analysis, "entities");
    for (i, e) in entities.iter().enumerate() {
        assert_eq!(num(&e, "id") as usize, i);
        assert!(get(&e, "type").as_string().is_some());
        assert!(get(&e, "name").as_string().is_some());
        for m in arr(&e, "mentions").iter() {
            span_ok(&m);
        }
    }
    for q in arr(analysis, "quotes").iter() {
        span_ok(&q);
        let speaker = get(&q, "speaker");
        assert!(speaker.is_null() || (speaker.as_f64().unwrap() as u32) < entities.length());
        let cue = get(&q, "cue");
        if !cue.is_null() {
            span_ok(&cue);
        }
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

/// A fresh element in the page's body holding `html`.
fn fixture(html: &str) -> Element {
    let doc = document();
    let div = doc.create_element("div").unwrap();
    div.set_inner_html(html);
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// Every node under `root`, in document order.
fn descendants(root: &Node) -> Vec<Node> {
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(n) = stack.pop() {
        out.push(n.clone());
        let kids = n.child_nodes();
        for i in (0..kids.length()).rev() {
            stack.push(kids.item(i).unwrap());
        }
    }
    out
}

fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

#[wasm_bindgen_test]
fn extract_example_gives_consistent_utf16_spans() {
    let analysis: JsValue = extract(EXAMPLE.into(), None).expect("extract").into();
    check_analysis(EXAMPLE, &analysis);
    // Plain data, as JSON would give it.
    let round_trip = JSON::parse(&String::from(JSON::stringify(&analysis).unwrap())).unwrap();
    assert_eq!(
        JSON::stringify(&round_trip).unwrap(),
        JSON::stringify(&analysis).unwrap()
    );
}

#[wasm_bindgen_test]
fn extract_with_extra_names_and_type_filter() {
    let o = r#"{"names": [{"name": "Ilse Marrow", "type": "PERSON", "aliases": ["Marrow"]},
                          {"name": "Open Water Trust", "type": "ORG"}]}"#;
    let analysis: JsValue = extract(EXAMPLE.into(), opts(o)).expect("extract").into();
    check_analysis(EXAMPLE, &analysis);
    let entities = arr(&analysis, "entities");
    let marrow = entities
        .iter()
        .find(|e| get(e, "name").as_string().as_deref() == Some("Ilse Marrow"))
        .expect("Ilse Marrow");
    assert_eq!(get(&marrow, "type").as_string().unwrap(), "PERSON");
    // "Marrow" is never part of another word in the example: one mention per occurrence.
    assert_eq!(
        arr(&marrow, "mentions").length() as usize,
        EXAMPLE.matches("Marrow").count()
    );

    let only = extract(
        EXAMPLE.into(),
        opts(r#"{"types": ["GPE"], "names": [{"name": "Marrow", "type": "PERSON"}]}"#),
    )
    .expect("extract");
    let only: JsValue = only.into();
    check_analysis(EXAMPLE, &only);
    for e in arr(&only, "entities").iter() {
        assert_eq!(get(&e, "type").as_string().unwrap(), "GPE");
    }
}

#[wasm_bindgen_test]
fn highlight_example_text_content_is_the_input() {
    let html = highlight(
        EXAMPLE.into(),
        opts(r#"{"names": [{"name": "Dana Okafor", "type": "PERSON", "aliases": ["Okafor"]}]}"#),
    )
    .expect("highlight");
    let div = fixture(&html);
    assert_eq!(div.text_content().unwrap(), EXAMPLE);
    let marks = query_all(&div, "mark.ah-entity.ah-PERSON[data-entity]");
    let okafor = marks
        .iter()
        .filter(|m| m.text_content().unwrap_or_default().contains("Okafor"))
        .count();
    assert_eq!(
        okafor,
        EXAMPLE.matches("Okafor").count(),
        "every Okafor marked"
    );
    div.remove();
}

#[wasm_bindgen_test]
fn edge_cases() {
    // Empty text.
    let a: JsValue = extract("".into(), None).unwrap().into();
    assert_eq!(arr(&a, "entities").length() + arr(&a, "quotes").length(), 0);
    assert_eq!(highlight("".into(), None).unwrap(), "");
    // `undefined` and `null` options are the defaults.
    assert!(extract("x".into(), Some(JsValue::NULL.unchecked_into())).is_ok());
    assert!(extract("x".into(), Some(JsValue::UNDEFINED.unchecked_into())).is_ok());

    // Markup is text: escaped, never parsed.
    let evil = "<img src=x onerror=alert(1)> & \"Acme\" <script>alert('x')</script>";
    let html = highlight(
        evil.into(),
        opts(r#"{"names": [{"name": "Acme", "type": "ORG"}]}"#),
    )
    .unwrap();
    let div = fixture(&html);
    assert_eq!(div.text_content().unwrap(), evil);
    assert!(query_all(&div, "img, script").is_empty());
    assert_eq!(query_all(&div, "mark.ah-ORG").len(), 1);
    div.remove();

    // Characters outside the BMP: offsets are UTF-16 code units.
    let text = "😀😀 Zorblat met Ünïcode Zorblat.\r\n\u{0}tab\there";
    let a: JsValue = extract(
        text.into(),
        opts(r#"{"names": [{"name": "Zorblat", "type": "ORG"}]}"#),
    )
    .unwrap()
    .into();
    check_analysis(text, &a);
    let z = arr(&a, "entities")
        .iter()
        .find(|e| get(e, "name").as_string().as_deref() == Some("Zorblat"))
        .unwrap();
    let first = arr(&z, "mentions").get(0);
    assert_eq!(num(&first, "start"), 5); // two emoji = four UTF-16 units, then a space
    let div = fixture(&highlight(text.into(), None).unwrap());
    // CR survives (escaped); NUL cannot be carried by HTML: the parser reads U+FFFD.
    assert_eq!(div.text_content().unwrap(), text.replace('\0', "\u{FFFD}"));
    div.remove();

    // Errors are exceptions with a message, not panics.
    let e = extract(JsValue::from_f64(3.0), None).unwrap_err();
    assert!(error_message(e).contains("text must be a string"));
    let e = extract("x".into(), opts(r#"{"types": ["PEOPLE"]}"#)).unwrap_err();
    assert!(error_message(e).contains("unknown entity type \"PEOPLE\""));
    let e = highlight("x".into(), opts(r#"{"colour": "red"}"#)).unwrap_err();
    assert!(error_message(e).contains("invalid options"));
    let e = highlight(
        "x".into(),
        opts(r#"{"names": [{"name": "", "type": "ORG"}]}"#),
    )
    .unwrap_err();
    assert!(error_message(e).contains("empty"));
    let e = extract("x".into(), opts(r#"{"names": "Acme"}"#)).unwrap_err();
    assert!(error_message(e).contains("invalid options"));
    // And the module still works afterwards.
    assert!(extract(EXAMPLE.into(), None).is_ok());
}

#[wasm_bindgen_test]
fn large_input_is_handled() {
    let big = EXAMPLE.repeat(20);
    let a: JsValue = extract(big.as_str().into(), None).unwrap().into();
    check_analysis(&big, &a);
}

const SPLIT_MARKUP: &str = r##"<h2 class="kicker">World news</h2>
<p>Yesterday <a href="#antony" id="link1">Antony <em>Blin</em>ken</a> flew to <b>Beij</b>ing.
  In <span style="font-weight:bold">Bei</span><i>jing</i>, he met <a href="#wang">Wang Yi</a>.</p>
<p>Nothing here<br>but Blinken again &amp; <code>Blinken()</code>.</p>
<script>window.__ahScriptRan = (window.__ahScriptRan || 0) + 1; /* Blinken */</script>
<style>.x::after { content: "Blinken" }</style>
<textarea>Blinken in a form</textarea>
<p data-no-highlight>Blinken opted out</p>"##;

const SPLIT_OPTIONS: &str = r#"{"names": [
  {"name": "Antony Blinken", "type": "PERSON", "aliases": ["Blinken"]},
  {"name": "Beijing", "type": "GPE"},
  {"name": "Wang Yi", "type": "PERSON"}]}"#;

#[wasm_bindgen_test]
fn highlight_element_marks_across_markup_and_unhighlight_restores_exactly() {
    let div = fixture(SPLIT_MARKUP);
    let before = div.clone_node_with_deep(true).unwrap();
    let nodes_before = descendants(&div);
    let text_before = div.text_content().unwrap();
    let link: Element = div.query_selector("#link1").unwrap().unwrap();

    let a: JsValue = highlight_element(&div, opts(SPLIT_OPTIONS))
        .expect("highlightElement")
        .into();
    assert!(arr(&a, "entities").length() >= 3);
    // The text is the same, the page's elements are the very same objects.
    assert_eq!(div.text_content().unwrap(), text_before);
    assert!(div.contains(Some(&link)));
    assert_eq!(link.get_attribute("href").as_deref(), Some("#antony"));
    assert_eq!(query_all(&div, "a").len(), 2);

    // "Antony <em>Blin</em>ken" is one mention in three parts, inside the link and the em.
    let blinken_id = query_all(&div, "mark[data-type=PERSON]")
        .iter()
        .find(|m| m.text_content().as_deref() == Some("Antony "))
        .expect("first part of the split name")
        .get_attribute("data-entity")
        .unwrap();
    let parts: Vec<String> = query_all(
        &div,
        &format!("mark[data-entity=\"{blinken_id}\"][data-mention=\"0\"]"),
    )
    .iter()
    .map(|m| m.text_content().unwrap())
    .collect();
    assert_eq!(parts, vec!["Antony ", "Blin", "ken"]);
    assert_eq!(query_all(&link, "em > mark").len(), 1);
    // Beijing twice, split each time; Blinken in the second paragraph too.
    let gpe: Vec<String> = query_all(&div, "mark.ah-GPE")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(gpe, vec!["Beij", "ing", "Bei", "jing"]);
    let all_blinken = query_all(&div, &format!("mark[data-entity=\"{blinken_id}\"]"));
    assert_eq!(all_blinken.len(), 4, "3 parts + the second paragraph");
    // Nothing inside script, style, textarea, code or opted-out elements.
    assert!(query_all(
        &div,
        "script mark, style mark, textarea mark, code mark, [data-no-highlight] mark"
    )
    .is_empty());
    // A default stylesheet was added (adopted: see tests/browser_security.rs).
    let adopted = Reflect::get(&document(), &"adoptedStyleSheets".into()).unwrap();
    assert!(Array::from(&adopted).length() >= 1);

    // Highlighting again replaces the marks rather than nesting them.
    let n_marks = query_all(&div, "mark").len();
    highlight_element(&div, opts(SPLIT_OPTIONS)).unwrap();
    assert_eq!(query_all(&div, "mark").len(), n_marks);
    assert!(query_all(&div, "mark mark").is_empty());

    assert!(unhighlight(&div).unwrap());
    assert!(
        div.is_equal_node(Some(&before)),
        "DOM restored: {}",
        div.inner_html()
    );
    let nodes_after = descendants(&div);
    assert_eq!(nodes_after.len(), nodes_before.len());
    for (a, b) in nodes_before.iter().zip(&nodes_after) {
        assert!(a == b, "the same node objects are back");
    }
    assert!(!unhighlight(&div).unwrap(), "nothing left to undo");
    div.remove();
}

#[wasm_bindgen_test]
fn highlight_element_on_the_example_and_with_no_style() {
    // The example as paragraphs, with links around some words, as a news site would have it.
    let html: String = EXAMPLE
        .split('\n')
        .map(|p| {
            format!(
                "<p>{}</p>",
                p.replace("Halversund", "<a href=\"#h\">Halversund</a>")
            )
        })
        .collect();
    let div = fixture(&html);
    let before = div.clone_node_with_deep(true).unwrap();
    let a: JsValue = highlight_element(&div, opts(r#"{"style": false}"#))
        .unwrap()
        .into();
    // The analysed text has every paragraph's text, blocks apart.
    let n_mentions: u32 = arr(&a, "entities")
        .iter()
        .map(|e| arr(&e, "mentions").length())
        .sum();
    let marked: std::collections::BTreeSet<(String, String)> = query_all(&div, "mark[data-entity]")
        .iter()
        .map(|m| {
            (
                m.get_attribute("data-entity").unwrap(),
                m.get_attribute("data-mention").unwrap(),
            )
        })
        .collect();
    assert_eq!(marked.len() as u32, n_mentions, "every mention is marked");
    // Every quotation is marked (in one part or more): its parts' text is the quotation.
    let quotes = arr(&a, "quotes");
    for (i, q) in quotes.iter().enumerate() {
        let parts: String = query_all(&div, &format!("span.ah-quote[data-quote=\"{i}\"]"))
            .iter()
            .map(|p| p.text_content().unwrap())
            .collect();
        assert_eq!(parts, get(&q, "text").as_string().unwrap());
    }
    assert_eq!(div.text_content().unwrap(), before.text_content().unwrap());
    unhighlight(&div).unwrap();
    assert!(div.is_equal_node(Some(&before)));
    div.remove();
}
