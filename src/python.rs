//! The Python edge (`article_highlighter._native`, built by maturin with the `python` feature):
//! `extract(text) -> dict` and `extract_many(texts, threads=None) -> list[dict]`.
//!
//! Takes Python `str` objects; gives the README's JSON shape as Python dicts and lists, with
//! offsets in code points (Python string indices, so `text[start:end] == span["text"]`). Thin:
//! the analysis is [`crate::extract`], the unit conversion [`JsonAnalysis::in_unit`], the
//! threads [`parallel::map_in_order`]. Every bad argument is a `TypeError` or `ValueError`
//! raised before any work, and a panic in the extractor is caught here and raised as a
//! `RuntimeError`: nothing takes the interpreter down.

use crate::json::{JsonAnalysis, JsonSpan};
use crate::offsets::{check_length, Unit};
use crate::parallel;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyUnicodeEncodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::{intern, IntoPyObjectExt};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Finds the named entities and direct quotations in `text`, and who said each quotation.
///
/// Returns {"entities": [...], "quotes": [...]} in the JSON shape of the README, with every
/// offset in code points (Python string indices: text[start:end] == span["text"]).
/// Raises TypeError if text is not a str, ValueError if it holds a lone surrogate or is over
/// 4 GiB of UTF-8, RuntimeError on an internal error (a bug: please report it).
#[pyfunction]
fn extract<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let text = text_of(text, || "text".to_string())?;
    let analysis = py.detach(|| analyse(&text));
    to_dict(py, &analysis.map_err(PyRuntimeError::new_err)?)
}

/// extract() for every str of `texts` (any iterable), on `threads` threads (default: every
/// core), with the GIL released while the articles are analysed (the calling thread builds
/// the dicts meanwhile). Returns the analyses in the order of `texts`, each equal to what
/// extract() gives for that text.
///
/// Raises TypeError if texts is a str or holds something other than str, ValueError as
/// extract() does (naming the item) or if threads is under 1.
#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str (for one text, use extract)",
        ));
    }
    let threads = match threads {
        None => parallel::default_threads(),
        Some(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "threads must be at least 1, not {n}"
            )))
        }
    };
    let items = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "texts must be an iterable of str, not {}",
            type_name(texts)
        ))
    })?;
    let mut owned = Vec::new();
    for (i, item) in items.enumerate() {
        owned.push(text_of(&item?, || format!("texts[{i}]"))?);
    }
    let _paused = GcPause::new(py)?;
    // The threads analyse without the GIL; this thread takes it for each finished analysis
    // in turn and builds its dicts while the threads go on with the rest.
    let mut dicts: Vec<Option<PyResult<Py<PyDict>>>> =
        std::iter::repeat_with(|| None).take(owned.len()).collect();
    py.detach(|| {
        parallel::for_each_done(
            &owned,
            threads,
            |text| analyse(text),
            |i, analysis| {
                dicts[i] = Some(Python::attach(|py| match analysis {
                    Ok(analysis) => to_dict(py, &analysis).map(Bound::unbind),
                    Err(e) => Err(PyRuntimeError::new_err(format!("texts[{i}]: {e}"))),
                }));
            },
        );
    });
    let dicts = dicts
        .into_iter()
        .flatten()
        .map(|dict| dict.map(|dict| dict.into_bound(py)))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, dicts)
}

/// Python's cycle collector switched off while it lives, if it was on. Building the analyses
/// of many articles allocates a million dicts and lists that can hold no cycle, and each
/// allocation counts towards a collection that walks every object alive: 10,000 articles took
/// 2.8 s of CPU with the collector on and 1.8 s without.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause { gc: None });
        }
        gc.call_method0("disable")?;
        Ok(GcPause { gc: Some(gc) })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // Enabling cannot fail short of a broken interpreter; nothing to do if it does.
            let _ = gc.call_method0("enable");
        }
    }
}

/// The UTF-8 of a Python `str` (borrowed from the object, not copied), or the error that
/// says why it cannot be analysed; `what` names the argument in that message.
fn text_of(value: &Bound<'_, PyAny>, what: impl Fn() -> String) -> PyResult<PyBackedStr> {
    if !value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{} must be str, not {}",
            what(),
            type_name(value)
        )));
    }
    let text = value.extract::<PyBackedStr>().map_err(|e: PyErr| {
        // A str with a lone surrogate (U+D800 to U+DFFF, e.g. from errors="surrogateescape")
        // has no UTF-8; Python's own error says where it is.
        let py = value.py();
        if e.is_instance_of::<PyUnicodeEncodeError>(py) {
            let at = e
                .value(py)
                .getattr("start")
                .map_or_else(|_| "?".to_string(), |start| start.to_string());
            let error = PyValueError::new_err(format!(
                "{} holds a lone surrogate at index {at}: only valid Unicode can be analysed \
                 (decode with errors=\"replace\", or encode and decode again)",
                what()
            ));
            error.set_cause(py, Some(e));
            error
        } else {
            e
        }
    })?;
    check_length(text.len()).map_err(|e| PyValueError::new_err(format!("{}: {e}", what())))?;
    Ok(text)
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "an unknown type".to_string(), |name| name.to_string())
}

/// The analysis in code points, or the message of a panic in the extractor (a bug, which must
/// not unwind into the interpreter).
fn analyse(text: &str) -> Result<JsonAnalysis, String> {
    catch_unwind(AssertUnwindSafe(|| {
        JsonAnalysis::in_unit(text, &crate::extract(text), Unit::CodePoint)
    }))
    .map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!("article_highlighter internal error: {message}")
    })
}

/// The README's JSON shape as Python objects, keys in the same order.
fn to_dict<'py>(py: Python<'py>, analysis: &JsonAnalysis) -> PyResult<Bound<'py, PyDict>> {
    let entities = analysis
        .entities
        .iter()
        .map(|entity| {
            let dict = PyDict::new(py);
            dict.set_item(intern!(py, "id"), entity.id)?;
            dict.set_item(intern!(py, "type"), PyString::intern(py, entity.kind))?;
            dict.set_item(intern!(py, "name"), &entity.name)?;
            let mentions = entity
                .mentions
                .iter()
                .map(|m| span_dict(py, m))
                .collect::<PyResult<Vec<_>>>()?;
            dict.set_item(intern!(py, "mentions"), PyList::new(py, mentions)?)?;
            Ok(dict)
        })
        .collect::<PyResult<Vec<_>>>()?;
    let quotes = analysis
        .quotes
        .iter()
        .map(|quote| {
            let dict = PyDict::new(py);
            set_span_fields(&dict, quote.start, quote.end, &quote.text)?;
            dict.set_item(intern!(py, "speaker"), quote.speaker)?;
            dict.set_item(intern!(py, "speaker_text"), quote.speaker_text.as_deref())?;
            let cue = match &quote.cue {
                Some(cue) => span_dict(py, cue)?.into_any(),
                None => py.None().into_bound_py_any(py)?,
            };
            dict.set_item(intern!(py, "cue"), cue)?;
            Ok(dict)
        })
        .collect::<PyResult<Vec<_>>>()?;
    let dict = PyDict::new(py);
    dict.set_item(intern!(py, "entities"), PyList::new(py, entities)?)?;
    dict.set_item(intern!(py, "quotes"), PyList::new(py, quotes)?)?;
    Ok(dict)
}

fn span_dict<'py>(py: Python<'py>, span: &JsonSpan) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    set_span_fields(&dict, span.start, span.end, &span.text)?;
    Ok(dict)
}

/// `start`, `end` and `text`, shared by spans and quotations.
fn set_span_fields(dict: &Bound<'_, PyDict>, start: usize, end: usize, text: &str) -> PyResult<()> {
    let py = dict.py();
    dict.set_item(intern!(py, "start"), start)?;
    dict.set_item(intern!(py, "end"), end)?;
    dict.set_item(intern!(py, "text"), text)
}

/// The extension module `article_highlighter._native`; `python/article_highlighter/`
/// re-exports it with type stubs.
#[pymodule]
#[pyo3(name = "_native")]
fn python_module(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(extract, module)?)?;
    module.add_function(wrap_pyfunction!(extract_many, module)?)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
