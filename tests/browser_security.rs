//! Bad input and hostile pages, in headless Chromium (`make test-browser`): what
//! `highlightElement` refuses to touch, the `maxLength` limit, errors that leave the module
//! working, and a host page's listeners and form state surviving highlight and unhighlight.
//! (The page under a Content-Security-Policy and Trusted Types: e2e/security.test.mjs.)
#![cfg(target_arch = "wasm32")]

use article_highlighter::wasm::{
    extract, highlight, highlight_element, highlight_with_analysis, unhighlight, JsOptions,
};
use js_sys::{Array, Function, Reflect, JSON};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The page's example article, written for the project.
const EXAMPLE: &str = include_str!("../www/example.txt");

const NAMES: &str = r#"{"names": [
  {"name": "Antony Blinken", "type": "PERSON", "aliases": ["Blinken"]},
  {"name": "Wang Yi", "type": "PERSON"}]}"#;

fn opts(json: &str) -> Option<JsOptions> {
    Some(JSON::parse(json).expect("options JSON").unchecked_into())
}

fn message(e: wasm_bindgen::JsError) -> String {
    let v: JsValue = e.into();
    let e: js_sys::Error = v.dyn_into().expect("an Error object");
    String::from(e.message())
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the page's body holding `html` (test markup, not page text).
fn fixture(html: &str) -> Element {
    let div = document().create_element("div").unwrap();
    div.set_inner_html(html);
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} in the fixture"))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn prop(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &key.into()).unwrap()
}

fn set_prop(target: &JsValue, key: &str, value: JsValue) {
    Reflect::set(target, &key.into(), &value).unwrap();
}

/// A working call: the module is usable.
fn still_works() {
    let a: JsValue = extract("Antony Blinken met Wang Yi.".into(), opts(NAMES))
        .expect("a good call after errors")
        .into();
    assert_eq!(Array::from(&prop(&a, "entities")).length(), 2);
}

#[wasm_bindgen_test]
fn highlight_element_refuses_what_it_must_not_touch() {
    let div = fixture(
        r#"<script id="s">/* Antony Blinken */</script>
<style class="st">.x::after { content: "Antony Blinken" }</style>
<textarea id="t">Antony Blinken typed</textarea>
<input id="i" value="Antony Blinken">
<select id="sel"><option id="o">Antony Blinken</option></select>
<template id="tpl"><p>Antony Blinken</p></template>
<div id="ed" contenteditable="true"><p id="inside">Antony <b id="deep">Blinken</b> edits</p></div>
<div id="plain" contenteditable="plaintext-only">Antony Blinken</div>
<div id="empty-attr" contenteditable>Antony Blinken</div>"#,
    );
    let before = div.clone_node_with_deep(true).unwrap();
    for (selector, expected) in [
        (
            "#s",
            "refusing to mark up <script id=\"s\">: its text is not article text",
        ),
        ("style", "refusing to mark up <style class=\"st\">"),
        (
            "#t",
            "refusing to mark up <textarea id=\"t\">: it is a form field",
        ),
        ("#i", "<input id=\"i\">"),
        ("#sel", "<select id=\"sel\">"),
        ("#o", "<option id=\"o\">"),
        ("#tpl", "<template id=\"tpl\">"),
        (
            "#ed",
            "refusing to mark up <div id=\"ed\">: it is editable content",
        ),
        (
            "#inside",
            "refusing to mark up <p id=\"inside\">: it is editable content",
        ),
        ("#deep", "<b id=\"deep\">: it is editable content"),
        ("#plain", "<div id=\"plain\">: it is editable"),
        ("#empty-attr", "<div id=\"empty-attr\">: it is editable"),
    ] {
        let el = query(&div, selector);
        let e = highlight_element(&el, opts(NAMES)).expect_err(selector);
        let m = message(e);
        assert!(m.starts_with("highlightElement: "), "{m}");
        assert!(m.contains(expected), "{selector}: {m}");
    }
    // Nothing changed, and the module works.
    assert!(div.is_equal_node(Some(&before)));
    still_works();

    // Highlighting the container marks the article text but skips every one of them.
    highlight_element(&div, opts(NAMES)).expect("the container is fine");
    assert_eq!(
        count(&div, "mark"),
        0,
        "all the names are in refused places"
    );
    assert!(div.is_equal_node(Some(&before)));

    // contenteditable="false" inside an editable host is not editable: highlighting works.
    let host = fixture(
        r#"<div contenteditable="true"><p contenteditable="false" id="ro">Antony Blinken spoke.</p></div>"#,
    );
    highlight_element(&query(&host, "#ro"), opts(NAMES)).expect("not editable");
    assert_eq!(count(&host, "#ro mark"), 1);
    unhighlight(&query(&host, "#ro")).unwrap();
    host.remove();
    div.remove();
}

#[wasm_bindgen_test]
fn editable_parts_of_an_article_are_skipped() {
    let div = fixture(
        r#"<p>Antony Blinken arrived.</p>
<div class="comment" contenteditable="true">Blinken in a comment box</div>
<p>Wang Yi met him.</p>"#,
    );
    highlight_element(&div, opts(NAMES)).unwrap();
    assert_eq!(count(&div, "mark"), 2);
    assert_eq!(count(&div, "[contenteditable] mark"), 0);
    unhighlight(&div).unwrap();
    div.remove();
}

#[wasm_bindgen_test]
fn non_elements_are_errors_with_a_message() {
    let text_node: JsValue = document().create_text_node("Antony Blinken").into();
    let cases: [(JsValue, &str); 5] = [
        (JsValue::NULL, "expected an Element, got null"),
        (JsValue::UNDEFINED, "expected an Element, got undefined"),
        ("#story".into(), "expected an Element, got string"),
        (Array::new().into(), "expected an Element, got an array"),
        (text_node, "expected an Element, got a #text node"),
    ];
    for (value, expected) in &cases {
        let m = message(highlight_element(value, None).unwrap_err());
        assert_eq!(m, format!("highlightElement: {expected}"));
        let m = message(unhighlight(value).unwrap_err());
        assert_eq!(m, format!("unhighlight: {expected}"));
    }
    still_works();
}

#[wasm_bindgen_test]
fn max_length_refuses_long_texts_with_a_clear_error() {
    let text = "Antony Blinken met Wang Yi."; // 27 UTF-16 code units
    let m = message(extract(text.into(), opts(r#"{"maxLength": 10}"#)).unwrap_err());
    assert_eq!(
        m,
        "text is 27 characters, over the limit of 10 (option maxLength)"
    );
    let m = message(highlight(text.into(), opts(r#"{"maxLength": 26}"#)).unwrap_err());
    assert!(m.contains("over the limit of 26"), "{m}");
    assert!(highlight_with_analysis(text.into(), opts(r#"{"maxLength": 0}"#)).is_err());
    // At the limit, and with no limit, it runs.
    assert!(extract(text.into(), opts(r#"{"maxLength": 27}"#)).is_ok());
    assert!(extract(text.into(), opts(r#"{"maxLength": null}"#)).is_ok());
    assert!(extract("".into(), opts(r#"{"maxLength": 0}"#)).is_ok());
    // Lengths are JavaScript string lengths: an emoji is two.
    let m = message(extract("😀😀".into(), opts(r#"{"maxLength": 3}"#)).unwrap_err());
    assert!(m.starts_with("text is 4 characters"), "{m}");
    // Infinity is no limit; anything else that is not a whole number is an invalid option.
    let infinite: JsOptions = {
        let o = js_sys::Object::new();
        set_prop(&o, "maxLength", JsValue::from_f64(f64::INFINITY));
        o.unchecked_into()
    };
    assert!(extract(text.into(), Some(infinite)).is_ok());
    for bad in [r#"-1"#, r#"1.5"#, r#""100""#, r#"true"#] {
        let m =
            message(extract(text.into(), opts(&format!(r#"{{"maxLength": {bad}}}"#))).unwrap_err());
        assert!(m.starts_with("invalid options"), "{bad}: {m}");
    }
    // A misspelling is still an error, naming the right key.
    let m = message(extract(text.into(), opts(r#"{"maxlength": 5}"#)).unwrap_err());
    assert!(m.contains("maxLength"), "{m}");

    // highlightElement counts the text as it reads it, and leaves the page as it was.
    let div = fixture("<p>Antony Blinken met</p><p>Wang Yi.</p>");
    highlight_element(&div, opts(NAMES)).unwrap();
    let highlighted = div.clone_node_with_deep(true).unwrap();
    let small = r#"{"maxLength": 12, "names": [{"name": "Wang Yi", "type": "PERSON"}]}"#;
    let m = message(highlight_element(&div, opts(small)).unwrap_err());
    assert_eq!(
        m,
        "text is 30 characters, over the limit of 12 (option maxLength)"
    );
    assert!(div.is_equal_node(Some(&highlighted)), "earlier marks kept");
    unhighlight(&div).unwrap();
    assert_eq!(count(&div, "mark"), 0);
    div.remove();
    still_works();
}

#[wasm_bindgen_test]
fn options_of_the_wrong_shape_are_named_in_the_error() {
    for (json, expected) in [
        (
            r#"{"names": "Acme"}"#,
            "invalid options: names must be an array of { name, type, aliases }, not string",
        ),
        (
            r#"{"types": "PERSON"}"#,
            "invalid options: types must be an array of entity types, not string",
        ),
        (
            r#"{"names": ["Acme"]}"#,
            "invalid options: each of names must be an object { name, type, aliases }, not string",
        ),
        (
            r#"{"names": [{"name": "Acme", "type": "ORG", "aliases": "ACME"}]}"#,
            "invalid options: aliases must be an array of strings, not string",
        ),
    ] {
        let m = message(extract("Acme".into(), opts(json)).unwrap_err());
        assert_eq!(m, expected);
    }
    still_works();
}

#[wasm_bindgen_test]
fn the_module_still_works_after_many_errors() {
    // Errors are returned, not thrown from inside WebAssembly: no leaked stack or state, so
    // thousands of them in a row change nothing.
    let script = document().create_element("script").unwrap();
    for i in 0..3000 {
        assert!(extract(JsValue::from_f64(i as f64), None).is_err());
        assert!(highlight("x".into(), opts(r#"{"types": ["NOPE"]}"#)).is_err());
        assert!(extract(EXAMPLE.into(), opts(r#"{"maxLength": 100}"#)).is_err());
        assert!(highlight_element(&JsValue::NULL, None).is_err());
        assert!(highlight_element(&script, None).is_err());
    }
    still_works();
    let a: JsValue = extract(EXAMPLE.into(), None).unwrap().into();
    assert!(Array::from(&prop(&a, "entities")).length() > 10);
}

#[wasm_bindgen_test]
fn listeners_and_form_state_survive_highlight_and_unhighlight() {
    let div = fixture(
        r##"<form id="f"><p>Antony Blinken met <a id="link" href="#ah-security-test">Wang Yi</a> in Beijing.</p>
<label>Name <input id="name" value="default"></label>
<label><input type="checkbox" id="agree"> Blinken agrees</label>
<textarea id="notes">Wang Yi</textarea>
<select id="pick"><option>Blinken</option><option>Wang Yi</option></select></form>"##,
    );
    let link = query(&div, "#link");
    let input = query(&div, "#name");
    let checkbox = query(&div, "#agree");
    let notes = query(&div, "#notes");
    let pick = query(&div, "#pick");
    // The reader types and ticks before the page is highlighted.
    set_prop(&input, "value", "typed by the reader".into());
    set_prop(&checkbox, "checked", true.into());
    set_prop(&notes, "value", "notes about Antony Blinken".into());
    set_prop(&pick, "selectedIndex", 1.into());
    // The page's own listener on the link.
    let clicks = Rc::new(Cell::new(0));
    let seen = clicks.clone();
    let listener = Closure::<dyn FnMut(JsValue)>::new(move |_e: JsValue| seen.set(seen.get() + 1));
    let add: Function = prop(&link, "addEventListener").unchecked_into();
    add.call2(&link, &"click".into(), listener.as_ref())
        .unwrap();

    let check_state = |when: &str| {
        assert_eq!(
            prop(&input, "value").as_string().as_deref(),
            Some("typed by the reader"),
            "{when}"
        );
        assert_eq!(prop(&checkbox, "checked"), JsValue::TRUE, "{when}");
        assert_eq!(
            prop(&notes, "value").as_string().as_deref(),
            Some("notes about Antony Blinken"),
            "{when}"
        );
        assert_eq!(prop(&pick, "selectedIndex").as_f64(), Some(1.0), "{when}");
        // The very same elements are in the page.
        for el in [&link, &input, &checkbox, &notes, &pick] {
            assert!(div.contains(Some(el)), "{when}");
        }
    };

    highlight_element(&div, opts(NAMES)).unwrap();
    check_state("highlighted");
    assert_eq!(
        count(&div, "#link mark"),
        1,
        "the name in the link is marked"
    );
    assert_eq!(count(&div, "textarea mark, select mark"), 0);
    // A click on the mark inside the link reaches the link's listener.
    let mark: HtmlElement = query(&div, "#link mark").unchecked_into();
    mark.click();
    assert_eq!(clicks.get(), 1);

    unhighlight(&div).unwrap();
    check_state("unhighlighted");
    link.unchecked_ref::<HtmlElement>().click();
    assert_eq!(clicks.get(), 2);

    // Highlighting twice more, then clicking, still one call per click.
    highlight_element(&div, opts(NAMES)).unwrap();
    highlight_element(&div, opts(NAMES)).unwrap();
    check_state("highlighted again");
    query(&div, "#link mark")
        .unchecked_into::<HtmlElement>()
        .click();
    assert_eq!(clicks.get(), 3);
    unhighlight(&div).unwrap();
    div.remove();
    drop(listener);
}

#[wasm_bindgen_test]
fn the_default_style_is_an_adopted_stylesheet() {
    // A constructed stylesheet (allowed by a CSP without 'unsafe-inline'), added once.
    let adopted = || Array::from(&prop(&document(), "adoptedStyleSheets"));
    let div = fixture("<p>Antony Blinken spoke.</p>");
    let n = adopted().length();
    highlight_element(&div, opts(NAMES)).unwrap();
    let after = adopted().length();
    assert!(after == n + 1 || n > 0, "adopted: {n} → {after}");
    highlight_element(&div, opts(NAMES)).unwrap();
    assert_eq!(adopted().length(), after, "not added twice");
    assert!(document()
        .get_element_by_id("article-highlighter-style")
        .is_none());
    let mark = query(&div, "mark.ah-PERSON");
    let window: JsValue = web_sys::window().unwrap().into();
    let computed: Function = prop(&window, "getComputedStyle").unchecked_into();
    let style = computed.call1(&window, &mark).unwrap();
    let background = prop(&style, "backgroundColor").as_string().unwrap();
    assert_ne!(background, "rgba(0, 0, 0, 0)", "the default look applies");
    // Removed by the page: added back on the next call.
    set_prop(&document(), "adoptedStyleSheets", Array::new().into());
    highlight_element(&div, opts(NAMES)).unwrap();
    assert_eq!(adopted().length(), 1);
    unhighlight(&div).unwrap();
    div.remove();
}
