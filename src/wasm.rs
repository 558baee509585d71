//! The WebAssembly API: what JavaScript calls. Compiled only for `wasm32`.
//!
//! Takes JavaScript strings, option objects and DOM elements; gives plain objects in the JSON
//! shape of [`crate::json`] (UTF-16 offsets), HTML from [`crate::highlight`], and in-place
//! marks in a page's DOM. Errors are JavaScript exceptions with a message; a panic, which
//! should never happen, is turned into one too (see [`start`]).
//!
//! In-place highlighting walks an element's text nodes and joins their text into one
//! "virtual text" (block elements and `<br>` become line breaks, so paragraphs stay apart and a
//! name or quotation may cross inline markup such as links and emphasis). Each text node that
//! carries a mark is replaced by new text nodes wrapped in `<mark>`/`<span>` elements; the
//! original node objects are kept, so [`unhighlight`] puts exactly them back.
//!
//! For other people's pages: nothing here parses HTML (no `innerHTML`; Trusted Types need no
//! policy), the default look is an adopted constructed stylesheet (allowed by a CSP without
//! `'unsafe-inline'`), elements that are code, styling, form fields or editable content are
//! refused by name, and every argument is checked before any work or change (`maxLength`
//! included), so an error is a returned `Error`, never a throw from inside WebAssembly.

use crate::analysis::{Analysis, EntityType};
use crate::highlight::{mention_attributes, quote_attributes, segments};
use crate::json::JsonAnalysis;
use crate::options::{extract_with, ExtraName, Options};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// Every allocation of the WebAssembly build (see the `talc` line of Cargo.toml for why not
/// the default, dlmalloc).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Entity types, named as in OntoNotes. */
export type EntityType =
  | "PERSON" | "ORG" | "GPE" | "LOC" | "FAC" | "NORP" | "EVENT"
  | "DATE" | "TIME" | "MONEY" | "PERCENT";

/** A stretch of the analysed text: `text.slice(start, end) === span.text` (UTF-16 offsets). */
export interface Span { start: number; end: number; text: string; }

/** One thing the article names, with every place it is named. */
export interface Entity {
  /** Index of this entity in `Analysis.entities`. */
  id: number;
  type: EntityType;
  /** The fullest form the article uses. */
  name: string;
  mentions: Span[];
}

/** A direct quotation: `start`/`end`/`text` cover the words between the quotation marks. */
export interface Quote extends Span {
  /** Entity id of the speaker, or null when unattributed. */
  speaker: number | null;
  /** The words that named the speaker for this quotation ("he", "Wang"). */
  speaker_text: string | null;
  /** The reporting verb or phrase ("said", "told"). */
  cue: Span | null;
}

export interface Analysis { entities: Entity[]; quotes: Quote[]; }

/** A name a site wants recognised wherever it occurs as whole words (case-sensitive). */
export interface ExtraName { name: string; type: EntityType; aliases?: string[]; }

export interface Options {
  /** Entity types to report (default: all). */
  types?: EntityType[];
  /** Extra names to recognise; they win over the extractor's guesses. */
  names?: ExtraName[];
  /** highlightElement only: add the default stylesheet to the document (default true). */
  style?: boolean;
  /**
   * The longest text to analyse, in UTF-16 code units (JavaScript `string.length`); a longer
   * text throws an Error instead of running. Default: no limit.
   */
  maxLength?: number;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// An `Options` object from JavaScript (read with `Reflect`; see the TypeScript types).
    #[wasm_bindgen(typescript_type = "Options")]
    #[derive(Debug, Clone)]
    pub type JsOptions;
    /// An `Analysis` object given to JavaScript.
    #[wasm_bindgen(typescript_type = "Analysis")]
    #[derive(Debug, Clone)]
    pub type JsAnalysisObject;
}

/// Turns a panic into a JavaScript exception carrying its message instead of an opaque
/// `RuntimeError: unreachable` (the extractor is written never to panic; this is the net).
/// Called at the top of every exported function; installs the hook once.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // The message alone: formatting the whole `PanicHookInfo` or chaining to std's
        // default hook would link in its printing machinery (kilobytes every reader pays for).
        std::panic::set_hook(Box::new(|info| {
            let payload = info.payload();
            let message = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                .unwrap_or("panic");
            wasm_bindgen::throw_str(&format!("article-highlighter: internal error: {message}"));
        }));
    });
}

/// The options object as given, read field by field with `Reflect` (a serde deserialiser
/// for four fields would cost the bundle more than this code).
#[derive(Default)]
struct RawOptions {
    types: Option<Vec<String>>,
    names: Vec<RawName>,
    style: Option<bool>,
    max_length: Option<f64>,
}

fn field(value: &JsValue, key: &str) -> Option<JsValue> {
    let v = js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED);
    (!v.is_undefined() && !v.is_null()).then_some(v)
}

/// `value[key]` read by `convert`, `None` when absent; anything else is an Error saying it
/// must be `what`.
fn typed_field<T>(
    value: &JsValue,
    key: &str,
    what: &str,
    convert: impl Fn(&JsValue) -> Option<T>,
) -> Result<Option<T>, JsError> {
    let Some(v) = field(value, key) else {
        return Ok(None);
    };
    convert(&v).map(Some).ok_or_else(|| {
        JsError::new(&format!(
            "invalid options: {key} must be {what}, not {}",
            describe_value(&v)
        ))
    })
}

fn string_field(value: &JsValue, key: &str, what: &str) -> Result<String, JsError> {
    let v = field(value, key).unwrap_or(JsValue::UNDEFINED);
    v.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "invalid options: {key} of {what} must be a string, not {}",
            describe_value(&v)
        ))
    })
}

fn strings(array: js_sys::Array, what: &str) -> Result<Vec<String>, JsError> {
    array
        .iter()
        .map(|v| {
            v.as_string().ok_or_else(|| {
                JsError::new(&format!(
                    "invalid options: {what} must hold strings, not {}",
                    describe_value(&v)
                ))
            })
        })
        .collect()
}

impl RawOptions {
    /// Reads an options object whose keys and array fields are already checked.
    fn read(value: &JsValue) -> Result<RawOptions, JsError> {
        let types = match check_array(value, "types", "an array of entity types")? {
            Some(a) => Some(strings(a, "types")?),
            None => None,
        };
        let mut names = Vec::new();
        if let Some(list) = check_array(value, "names", "an array of { name, type, aliases }")? {
            for n in list.iter() {
                let aliases = match check_array(&n, "aliases", "an array of strings")? {
                    Some(a) => strings(a, "aliases")?,
                    None => Vec::new(),
                };
                names.push(RawName {
                    name: string_field(&n, "name", "an extra name")?,
                    kind: string_field(&n, "type", "an extra name")?,
                    aliases,
                });
            }
        }
        let style = typed_field(value, "style", "true or false", JsValue::as_bool)?;
        let max_length = typed_field(value, "maxLength", "a number", JsValue::as_f64)?;
        Ok(RawOptions {
            types,
            names,
            style,
            max_length,
        })
    }
}

/// What the options object asks for, read and checked.
struct Parsed {
    options: Options,
    /// highlightElement: add the default stylesheet.
    style: bool,
    /// The longest text to analyse, in UTF-16 code units.
    max_length: Option<u64>,
}

impl Parsed {
    /// Refuses a text of `len` UTF-16 code units over the `maxLength` limit, before any work.
    fn check_length(&self, len: u32) -> Result<(), JsError> {
        match self.max_length {
            // (The limit is under a `u32` there: printed as one, no `u64` printing is linked.)
            Some(max) if u64::from(len) > max => Err(JsError::new(&format!(
                "text is {len} characters, over the limit of {} (option maxLength)",
                max as u32
            ))),
            _ => Ok(()),
        }
    }
}

struct RawName {
    name: String,
    kind: String,
    aliases: Vec<String>,
}

fn entity_type(label: &str) -> Result<EntityType, JsError> {
    EntityType::from_label(label).ok_or_else(|| {
        let all: Vec<&str> = EntityType::ALL.iter().map(|t| t.label()).collect();
        JsError::new(&format!(
            "unknown entity type \"{label}\"; expected one of {}",
            comma_list(&all)
        ))
    })
}

/// Reads the options object (`undefined`/`null` mean the defaults).
fn parse_options(options: Option<JsOptions>) -> Result<Parsed, JsError> {
    install_panic_hook();
    let defaults = || Parsed {
        options: Options::default(),
        style: true,
        max_length: None,
    };
    let value: JsValue = match options {
        Some(o) => o.into(),
        None => return Ok(defaults()),
    };
    if value.is_undefined() || value.is_null() {
        return Ok(defaults());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(JsError::new(&format!(
            "invalid options: options must be an object, not {}",
            describe_value(&value)
        )));
    }
    check_keys(&value, "options", &["types", "names", "style", "maxLength"])?;
    // Arrays where arrays are meant, objects where objects are meant.
    check_array(&value, "types", "an array of entity types")?;
    if let Some(names) = check_array(&value, "names", "an array of { name, type, aliases }")? {
        for n in names.iter() {
            if !n.is_object() || js_sys::Array::is_array(&n) {
                return Err(JsError::new(&format!(
                    "invalid options: each of names must be an object {{ name, type, aliases }}, not {}",
                    describe_value(&n)
                )));
            }
            check_keys(&n, "an extra name", &["name", "type", "aliases"])?;
            check_array(&n, "aliases", "an array of strings")?;
        }
    }
    let raw = RawOptions::read(&value)?;
    let types = match raw.types {
        Some(ts) => Some(
            ts.iter()
                .map(|t| entity_type(t))
                .collect::<Result<Vec<_>, _>>()?,
        ),
        None => None,
    };
    let mut names = Vec::with_capacity(raw.names.len());
    for n in raw.names {
        if n.name.is_empty() {
            return Err(JsError::new("invalid options: an extra name is empty"));
        }
        names.push(ExtraName {
            name: n.name,
            kind: entity_type(&n.kind)?,
            aliases: n.aliases,
        });
    }
    let max_length = match raw.max_length {
        None => None,
        Some(m) if m >= 0.0 && m.fract() == 0.0 && m <= 9_007_199_254_740_991.0 => Some(m as u64),
        Some(m) if m == f64::INFINITY => None,
        Some(m) => {
            // JavaScript's own number formatting: Rust's float printing costs ~16 KB of wasm.
            let shown = String::from(
                js_sys::Number::from(m)
                    .to_string_with_radix(10)
                    .unwrap_or_default(),
            );
            return Err(JsError::new(&format!(
                "invalid options: maxLength must be a whole number of characters, 0 or more; got {shown}"
            )));
        }
    };
    Ok(Parsed {
        options: Options { types, names },
        style: raw.style.unwrap_or(true),
        max_length,
    })
}

/// `value[key]` when it is an array, `None` when it is `undefined` or `null`, else an Error
/// saying it must be `what`.
fn check_array(value: &JsValue, key: &str, what: &str) -> Result<Option<js_sys::Array>, JsError> {
    let v = js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() || v.is_null() {
        Ok(None)
    } else if js_sys::Array::is_array(&v) {
        Ok(Some(v.unchecked_into()))
    } else {
        Err(JsError::new(&format!(
            "invalid options: {key} must be {what}, not {}",
            describe_value(&v)
        )))
    }
}

/// "a, b, c" (written out: `[&str]::join` costs the bundle a kilobyte for two messages).
fn comma_list(items: &[&str]) -> String {
    let mut out = String::new();
    for item in items {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(item);
    }
    out
}

/// Rejects keys other than `allowed`, so that a misspelt option is an error, not ignored.
fn check_keys(value: &JsValue, what: &str, allowed: &[&str]) -> Result<(), JsError> {
    let Some(obj) = value.dyn_ref::<js_sys::Object>() else {
        return Ok(()); // the callers report a non-object
    };
    if js_sys::Array::is_array(value) {
        return Ok(());
    }
    for key in js_sys::Object::keys(obj).iter() {
        let key = key.as_string().unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "invalid options: unknown field \"{key}\" in {what}; expected one of {}",
                comma_list(allowed)
            )));
        }
    }
    Ok(())
}

/// The text argument and the options, checked in that order: a string, valid options, not
/// over `maxLength` (measured before the text is copied into WebAssembly memory).
fn text_and_options(
    text: &JsValue,
    options: Option<JsOptions>,
) -> Result<(String, Parsed), JsError> {
    install_panic_hook();
    let Some(js) = text.dyn_ref::<js_sys::JsString>() else {
        return Err(JsError::new(&format!(
            "text must be a string, not {}",
            describe_value(text)
        )));
    };
    let parsed = parse_options(options)?;
    parsed.check_length(js.length())?;
    Ok((String::from(js), parsed))
}

/// A short description of a JavaScript value for an error message: its type, or `null`.
fn describe_value(v: &JsValue) -> String {
    if v.is_null() {
        "null".to_string()
    } else if js_sys::Array::is_array(v) {
        "an array".to_string()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// The analysis as a plain JavaScript object: JSON text parsed by the engine, which is both
/// smaller in the bundle and faster than building the object field by field.
fn to_js(text: &str, analysis: &Analysis) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&JsonAnalysis::new(text, analysis).to_json())
        .map_err(|_| JsError::new("could not build the result"))
}

/// Finds the entities and quotations in `text`, and who said each quotation.
///
/// Offsets are UTF-16 code units, so `text.slice(span.start, span.end) === span.text`.
#[wasm_bindgen]
pub fn extract(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<JsOptions>,
) -> Result<JsAnalysisObject, JsError> {
    let (text, parsed) = text_and_options(&text, options)?;
    Ok(to_js(&text, &extract_with(&text, &parsed.options))?.unchecked_into())
}

/// HTML for `text` with every entity mention in a `<mark class="ah-entity ah-TYPE">` and
/// every quotation in a `<span class="ah-quote">` (with `data-type`, `data-entity`,
/// `data-speaker`, `data-speaker-name`). Every character is escaped: the text content of
/// the result equals `text`.
#[wasm_bindgen]
pub fn highlight(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<JsOptions>,
) -> Result<String, JsError> {
    let (text, parsed) = text_and_options(&text, options)?;
    Ok(crate::highlight::highlight_html(
        &text,
        &extract_with(&text, &parsed.options),
    ))
}

/// `highlight` and `extract` in one call: `{ html, analysis }`, the extraction done once.
#[wasm_bindgen(js_name = highlightWithAnalysis, unchecked_return_type = "{ html: string; analysis: Analysis }")]
pub fn highlight_with_analysis(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<JsOptions>,
) -> Result<JsValue, JsError> {
    let (text, parsed) = text_and_options(&text, options)?;
    let analysis = extract_with(&text, &parsed.options);
    let out = js_sys::Object::new();
    let html = crate::highlight::highlight_html(&text, &analysis);
    js_sys::Reflect::set(&out, &"html".into(), &html.into()).map_err(js_err)?;
    js_sys::Reflect::set(&out, &"analysis".into(), &to_js(&text, &analysis)?).map_err(js_err)?;
    Ok(out.into())
}

fn js_err(v: JsValue) -> JsError {
    let msg = v
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| v.as_string())
        .unwrap_or_else(|| "DOM operation failed".to_string());
    JsError::new(&msg)
}

// ---- In-place highlighting -------------------------------------------------------------

const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;

/// Elements whose text is not article text, or must not be touched.
fn skipped(tag: &str) -> bool {
    matches!(
        tag,
        "SCRIPT"
            | "STYLE"
            | "NOSCRIPT"
            | "TEMPLATE"
            | "TEXTAREA"
            | "INPUT"
            | "SELECT"
            | "OPTION"
            | "BUTTON"
            | "CODE"
            | "PRE"
            | "SVG"
            | "svg"
            | "MATH"
            | "math"
            | "IFRAME"
            | "OBJECT"
            | "CANVAS"
            | "VIDEO"
            | "AUDIO"
    )
}

/// Elements that start a new line of text: their edges separate paragraphs.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "P" | "DIV"
            | "LI"
            | "UL"
            | "OL"
            | "DL"
            | "DT"
            | "DD"
            | "H1"
            | "H2"
            | "H3"
            | "H4"
            | "H5"
            | "H6"
            | "BLOCKQUOTE"
            | "SECTION"
            | "ARTICLE"
            | "ASIDE"
            | "HEADER"
            | "FOOTER"
            | "NAV"
            | "MAIN"
            | "FIGURE"
            | "FIGCAPTION"
            | "TABLE"
            | "THEAD"
            | "TBODY"
            | "TFOOT"
            | "TR"
            | "TD"
            | "TH"
            | "CAPTION"
            | "HR"
            | "BR"
            | "ADDRESS"
            | "FORM"
            | "FIELDSET"
            | "DETAILS"
            | "SUMMARY"
            | "HGROUP"
            | "LEGEND"
    )
}

/// A text node of the element and where its text sits in the virtual text.
struct TextPiece {
    node: web_sys::Text,
    start: usize,
    text: String,
}

/// The element's text nodes in document order, and the virtual text the extractor reads.
fn collect_text(root: &Element) -> (String, Vec<TextPiece>) {
    let mut text = String::new();
    let mut pieces = Vec::new();
    let separate = |text: &mut String, sep: &str| {
        if !text.is_empty() && !text.ends_with("\n\n") {
            text.push_str(sep);
        }
    };
    // Depth-first walk with an explicit stack: (node, entered?).
    let mut stack: Vec<(Node, bool)> = Vec::new();
    let mut child = root.first_child();
    let mut kids = Vec::new();
    while let Some(c) = child {
        child = c.next_sibling();
        kids.push(c);
    }
    stack.extend(kids.into_iter().rev().map(|k| (k, false)));
    while let Some((node, done)) = stack.pop() {
        match node.node_type() {
            TEXT_NODE => {
                let Ok(t) = node.dyn_into::<web_sys::Text>() else {
                    continue;
                };
                let js: js_sys::JsString = t.data().into();
                if !js.is_valid_utf16() {
                    // Lone surrogates would not survive the trip to Rust and back: leave it.
                    separate(&mut text, " ");
                    continue;
                }
                let s: String = js.into();
                let start = text.len();
                // Source line breaks inside a paragraph are spaces to a reader (same length).
                text.extend(s.chars().map(|c| {
                    if matches!(c, '\n' | '\r' | '\t') {
                        ' '
                    } else {
                        c
                    }
                }));
                pieces.push(TextPiece {
                    node: t,
                    start,
                    text: s,
                });
            }
            ELEMENT_NODE => {
                let Some(el) = node.dyn_ref::<Element>() else {
                    continue;
                };
                let tag = el.tag_name();
                if done {
                    if is_block(&tag) {
                        separate(&mut text, "\n\n");
                    }
                    continue;
                }
                if tag == "BR" {
                    separate(&mut text, "\n");
                    continue;
                }
                if skipped(&tag) || el.has_attribute("data-no-highlight") || editing_host(el) {
                    if is_block(&tag) {
                        separate(&mut text, "\n\n");
                    } else {
                        separate(&mut text, " ");
                    }
                    continue;
                }
                if is_block(&tag) {
                    separate(&mut text, "\n\n");
                }
                stack.push((node.clone(), true));
                let mut kids = Vec::new();
                let mut child = node.first_child();
                while let Some(c) = child {
                    child = c.next_sibling();
                    kids.push(c);
                }
                stack.extend(kids.into_iter().rev().map(|k| (k, false)));
            }
            _ => {}
        }
    }
    (text, pieces)
}

thread_local! {
    /// Per highlighted element: a JS array of `[originalTextNode, [insertedNodes…]]`.
    static RECORDS: RefCell<Option<js_sys::WeakMap>> = const { RefCell::new(None) };
}

fn records() -> js_sys::WeakMap {
    RECORDS.with(|r| {
        r.borrow_mut()
            .get_or_insert_with(js_sys::WeakMap::new)
            .clone()
    })
}

const STYLE_ID: &str = "article-highlighter-style";

/// The default look of the marks: backgrounds and underlines only, nothing that moves text.
/// Okabe–Ito colours, readable with the common colour-vision deficiencies.
const DEFAULT_CSS: &str = "\
mark.ah-entity{color:inherit;background:transparent;padding:0;margin:0;border:0;\
box-decoration-break:clone;-webkit-box-decoration-break:clone}\
mark.ah-PERSON{background:rgba(230,159,0,.28);box-shadow:inset 0 -2px 0 #e69f00}\
mark.ah-ORG{background:rgba(86,180,233,.28);box-shadow:inset 0 -2px 0 #56b4e9}\
mark.ah-GPE,mark.ah-LOC{background:rgba(0,158,115,.22);box-shadow:inset 0 -2px 0 #009e73}\
mark.ah-FAC{background:rgba(204,121,167,.25);box-shadow:inset 0 -2px 0 #cc79a7}\
mark.ah-NORP{background:rgba(240,228,66,.35);box-shadow:inset 0 -2px 0 #b8a800}\
mark.ah-EVENT{background:rgba(213,94,0,.2);box-shadow:inset 0 -2px 0 #d55e00}\
mark.ah-DATE,mark.ah-TIME,mark.ah-MONEY,mark.ah-PERCENT{background:rgba(0,114,178,.15);\
box-shadow:inset 0 -2px 0 #0072b2}\
span.ah-quote{font-style:italic;background:rgba(0,0,0,.05)}\
span.ah-quote.ah-unattributed{font-style:normal;text-decoration:underline dotted}";

thread_local! {
    /// Per document: the constructed stylesheet holding [`DEFAULT_CSS`].
    static SHEETS: RefCell<Option<js_sys::WeakMap>> = const { RefCell::new(None) };
}

/// Adds the default look to `doc` once. As a constructed stylesheet in
/// `document.adoptedStyleSheets` (CSSOM, so a Content-Security-Policy without
/// `'unsafe-inline'` in `style-src` allows it, unlike a `<style>` element); where that API is
/// missing or refuses the document, as a `<style id="article-highlighter-style">` element.
fn add_style(doc: &Document) -> Result<(), JsValue> {
    if adopt_style(doc).unwrap_or(false) {
        return Ok(());
    }
    if doc.get_element_by_id(STYLE_ID).is_some() {
        return Ok(());
    }
    let Some(head) = doc.head() else {
        return Ok(());
    };
    let style = doc.create_element("style")?;
    style.set_id(STYLE_ID);
    style.set_text_content(Some(DEFAULT_CSS));
    head.append_child(&style)?;
    Ok(())
}

/// The constructed-stylesheet path of [`add_style`]: `Ok(true)` when the sheet is adopted.
/// Every step that may throw is caught (`Reflect`, `catch` bindings), so a browser without
/// the API falls back rather than unwinding through WebAssembly.
fn adopt_style(doc: &Document) -> Result<bool, JsValue> {
    let key = "adoptedStyleSheets".into();
    let adopted = js_sys::Reflect::get(doc, &key)?;
    if !js_sys::Array::is_array(&adopted) {
        return Ok(false);
    }
    let adopted: js_sys::Array = adopted.unchecked_into();
    let sheets = SHEETS.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(js_sys::WeakMap::new)
            .clone()
    });
    let mut sheet = sheets.get(doc);
    if sheet.is_undefined() {
        let constructor = js_sys::Reflect::get(&js_sys::global(), &"CSSStyleSheet".into())?;
        if !constructor.is_function() {
            return Ok(false);
        }
        let made = web_sys::CssStyleSheet::new()?;
        made.replace_sync(DEFAULT_CSS)?;
        sheet = made.into();
    } else if adopted.includes(&sheet, 0) {
        return Ok(true);
    }
    // A sheet constructed here may only be adopted by this window's document: another
    // document (an iframe's) makes the assignment throw, and the `<style>` path is used.
    let with_ours = adopted.concat(&js_sys::Array::of1(&sheet));
    js_sys::Reflect::set(doc, &key, &with_ours)?;
    sheets.set(doc, &sheet);
    Ok(true)
}

fn make_element(
    doc: &Document,
    tag: &str,
    attrs: &[(&'static str, String)],
) -> Result<Element, JsValue> {
    let el = doc.create_element(tag)?;
    for (k, v) in attrs {
        el.set_attribute(k, v)?;
    }
    Ok(el)
}

fn highlight_in_place(element: &Element, parsed: Parsed) -> Result<JsValue, JsValue> {
    // The text as it will be read (earlier marks are inline: they do not change it), checked
    // against the limit before anything on the page changes.
    let (text, pieces) = collect_text(element);
    parsed
        .check_length(text.chars().map(|c| c.len_utf16() as u32).sum())
        .map_err(JsValue::from)?;
    let (text, pieces) = if unhighlight_in_place(element)? {
        collect_text(element)
    } else {
        (text, pieces)
    };
    let doc = element
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the element belongs to no document"))?;
    if parsed.style {
        add_style(&doc)?;
    }
    let options = parsed.options;
    let analysis = extract_with(&text, &options);
    let mut cuts = Vec::with_capacity(2 * pieces.len());
    for p in &pieces {
        cuts.push(p.start);
        cuts.push(p.start + p.text.len());
    }
    let segs = segments(&text, &analysis, &cuts);
    let done = js_sys::Array::new();
    let mut si = 0;
    for p in &pieces {
        let end = p.start + p.text.len();
        while si < segs.len() && segs[si].span.end <= p.start {
            si += 1;
        }
        let first = si;
        while si < segs.len() && segs[si].span.start < end {
            si += 1;
        }
        let mine = &segs[first..si];
        if mine
            .iter()
            .all(|s| s.quote.is_none() && s.mention.is_none())
        {
            continue;
        }
        let Some(parent) = p.node.parent_node() else {
            continue;
        };
        let inserted = js_sys::Array::new();
        let mut quote_el: Option<(usize, Element)> = None;
        for seg in mine {
            let piece = &p.text[seg.span.start - p.start..seg.span.end - p.start];
            let leaf: Node = doc.create_text_node(piece).into();
            let leaf = match seg.mention {
                Some(m) => wrap(&doc, "mark", &mention_attributes(&analysis, m), &leaf)?,
                None => leaf,
            };
            match seg.quote {
                Some(q) => {
                    if quote_el.as_ref().map(|(i, _)| *i) != Some(q) {
                        let el = make_element(&doc, "span", &quote_attributes(&analysis, q))?;
                        parent.insert_before(&el, Some(&p.node))?;
                        inserted.push(&el);
                        quote_el = Some((q, el));
                    }
                    if let Some((_, el)) = &quote_el {
                        el.append_child(&leaf)?;
                    }
                }
                None => {
                    quote_el = None;
                    parent.insert_before(&leaf, Some(&p.node))?;
                    inserted.push(&leaf);
                }
            }
        }
        parent.remove_child(&p.node)?;
        done.push(&js_sys::Array::of2(&p.node, &inserted));
    }
    records().set(element.as_ref(), &done);
    to_js(&text, &analysis).map_err(JsValue::from)
}

fn wrap(
    doc: &Document,
    tag: &str,
    attrs: &[(&'static str, String)],
    leaf: &Node,
) -> Result<Node, JsValue> {
    let el = make_element(doc, tag, attrs)?;
    el.append_child(leaf)?;
    Ok(el.into())
}

fn unhighlight_in_place(element: &Element) -> Result<bool, JsValue> {
    let map = records();
    let done = map.get(element.as_ref());
    if done.is_undefined() {
        return Ok(false);
    }
    map.delete(element.as_ref());
    let done: js_sys::Array = done.unchecked_into();
    for record in done.iter() {
        let record: js_sys::Array = record.unchecked_into();
        let original: Node = record.get(0).unchecked_into();
        let inserted: js_sys::Array = record.get(1).unchecked_into();
        let first: Node = inserted.get(0).unchecked_into();
        // If the page moved or removed our nodes meanwhile, leave that part as the page has it.
        if let Some(parent) = first.parent_node() {
            parent.insert_before(&original, Some(&first))?;
        }
        for n in inserted.iter() {
            let n: Node = n.unchecked_into();
            if let Some(parent) = n.parent_node() {
                parent.remove_child(&n)?;
            }
        }
    }
    Ok(true)
}

/// Marks up `element` in place: every entity mention and quotation in its text, across inline
/// markup (a name split by a link or emphasis is marked in each part). The page's own nodes
/// are kept and only `<mark>`/`<span>` elements with `ah-` classes are added; text inside
/// `script`, `style`, form controls, `code`/`pre`, editable content and `[data-no-highlight]`
/// is left alone. Highlighting an element again first undoes the previous marks. Returns the
/// analysis of the element's text as read (text nodes joined, blocks separated by blank lines).
///
/// Throws (and changes nothing) for what is not an element, for elements it must not touch
/// (`script`, `style`, form fields, editable content) and for a text over `maxLength`.
#[wasm_bindgen(js_name = highlightElement)]
pub fn highlight_element(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: &JsValue,
    options: Option<JsOptions>,
) -> Result<JsAnalysisObject, JsError> {
    install_panic_hook();
    let element = element_arg(element, "highlightElement")?;
    refuse_untouchable(element)?;
    let parsed = parse_options(options)?;
    Ok(highlight_in_place(element, parsed)
        .map_err(js_err)?
        .unchecked_into())
}

/// Removes the marks `highlightElement` added to `element`, putting back the very text
/// nodes it replaced: the DOM is as it was. Returns whether there was anything to undo.
#[wasm_bindgen]
pub fn unhighlight(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: &JsValue,
) -> Result<bool, JsError> {
    install_panic_hook();
    let element = element_arg(element, "unhighlight")?;
    unhighlight_in_place(element).map_err(js_err)
}

/// The element argument, or an Error naming what was passed instead. (Web-sys calls on a
/// non-element would throw from inside WebAssembly, skipping its clean-up.)
fn element_arg<'a>(value: &'a JsValue, function: &str) -> Result<&'a Element, JsError> {
    value.dyn_ref::<Element>().ok_or_else(|| {
        let what = match value.dyn_ref::<Node>() {
            Some(n) => format!("a {} node", n.node_name()),
            None => describe_value(value),
        };
        JsError::new(&format!("{function}: expected an Element, got {what}"))
    })
}

/// Elements `highlightElement` must not change: their text is code, styling or what a reader
/// is typing, so marks would break the page or the reader's input.
const UNTOUCHABLE: [&str; 8] = [
    "SCRIPT", "STYLE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "TEMPLATE", "NOSCRIPT",
];

/// An Error naming the element when `highlightElement` must not touch it: one of
/// [`UNTOUCHABLE`], or editable content (`contenteditable`, inside it, or `designMode`).
fn refuse_untouchable(element: &Element) -> Result<(), JsError> {
    let tag = element.tag_name();
    let upper = tag.to_ascii_uppercase();
    let refuse = |why: &str| {
        Err(JsError::new(&format!(
            "highlightElement: refusing to mark up {}: {why}",
            element_label(element)
        )))
    };
    if UNTOUCHABLE.contains(&upper.as_str()) {
        return refuse(match upper.as_str() {
            "SCRIPT" | "STYLE" | "TEMPLATE" | "NOSCRIPT" => "its text is not article text",
            _ => "it is a form field, and its value belongs to the reader",
        });
    }
    let mut at = Some(element.clone());
    while let Some(el) = at {
        if editing_host(&el) {
            return refuse("it is editable content (contenteditable), which the reader is editing");
        }
        if el.get_attribute("contenteditable").as_deref() == Some("false") {
            break;
        }
        if matches!(
            el.tag_name().to_ascii_uppercase().as_str(),
            "SCRIPT" | "STYLE" | "TEXTAREA"
        ) {
            return refuse("it is inside a script, style or form field");
        }
        at = el.parent_element();
    }
    let editable = element
        .dyn_ref::<web_sys::HtmlElement>()
        .is_some_and(|h| h.is_content_editable())
        || element
            .owner_document()
            .and_then(|d| js_sys::Reflect::get(&d, &"designMode".into()).ok())
            .and_then(|m| m.as_string())
            .is_some_and(|m| m.eq_ignore_ascii_case("on"));
    if editable {
        return refuse("it is editable content, which the reader is editing");
    }
    Ok(())
}

/// Whether `el` makes its content editable: `contenteditable` set to `""`, `true` or
/// `plaintext-only` (other values inherit; `false` stops editing).
fn editing_host(el: &Element) -> bool {
    el.get_attribute("contenteditable").is_some_and(|v| {
        matches!(
            v.to_ascii_lowercase().as_str(),
            "" | "true" | "plaintext-only"
        )
    })
}

/// `<tag id="…" class="…">`, for error messages.
fn element_label(element: &Element) -> String {
    let mut label = format!("<{}", element.tag_name().to_ascii_lowercase());
    for attr in ["id", "class"] {
        if let Some(v) = element.get_attribute(attr).filter(|v| !v.is_empty()) {
            let v: String = v.chars().take(40).collect();
            label.push_str(&format!(" {attr}=\"{v}\""));
        }
    }
    label.push('>');
    label
}
