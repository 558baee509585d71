"""The Python API on good and bad input: the shape, code-point offsets, errors, threads."""

import ast
import gc
import inspect
import os
import re

import pytest

import article_highlighter as ah

from conftest import ROOT

# An astral character (two UTF-16 units, one code point), accents and curly marks before
# the quotation, so code points, UTF-16 units and bytes all differ.
TEXT = "🌊 Pêche: “We did our job,” said Maria Cantwell, the senator. “It holds,” she added."


def all_spans(analysis):
    for entity in analysis["entities"]:
        yield from entity["mentions"]
    for quote in analysis["quotes"]:
        yield quote
        if quote["cue"] is not None:
            yield quote["cue"]


def test_extract_gives_the_readme_shape():
    analysis = ah.extract(TEXT)
    assert list(analysis) == ["entities", "quotes"]
    person = analysis["entities"][0]
    assert list(person) == ["id", "type", "name", "mentions"]
    assert (person["id"], person["type"], person["name"]) == (0, "PERSON", "Maria Cantwell")
    first, second = analysis["quotes"]
    assert list(first) == ["start", "end", "text", "speaker", "speaker_text", "cue"]
    assert (first["text"], first["speaker"], first["speaker_text"]) == (
        "We did our job,",
        0,
        "Maria Cantwell",
    )
    assert first["cue"]["text"] == "said"
    assert (second["text"], second["speaker"], second["speaker_text"]) == ("It holds,", 0, "she")
    assert all(e["id"] == i for i, e in enumerate(analysis["entities"]))


def test_offsets_are_python_string_indices(article_texts):
    for text in [TEXT, *article_texts]:
        for span in all_spans(ah.extract(text)):
            assert text[span["start"] : span["end"]] == span["text"]
    quote = ah.extract(TEXT)["quotes"][0]
    assert quote["start"] == TEXT.index("We did")


def test_texts_without_names_or_quotations():
    for text in ["", " \n\n ", "no names here, no quotes.", "\u201c", "\"", "\x00\ud7ff\ue000"]:
        analysis = ah.extract(text)
        assert analysis["quotes"] == [] or all(
            text[q["start"] : q["end"]] == q["text"] for q in analysis["quotes"]
        )
    assert ah.extract("") == {"entities": [], "quotes": []}


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["a list"], 2.5])
def test_a_non_str_text_is_a_type_error(bad):
    with pytest.raises(TypeError, match=r"^text must be str, not \w+$"):
        ah.extract(bad)


def test_a_lone_surrogate_is_a_value_error_naming_where():
    text = "He said \"yes\"" + "\udc80" + " today."
    with pytest.raises(ValueError, match=r"text holds a lone surrogate at index 13") as caught:
        ah.extract(text)
    assert isinstance(caught.value.__cause__, UnicodeEncodeError)
    # Decoded with errors="replace" the same text is fine.
    assert ah.extract(text.encode("utf-8", "replace").decode())["quotes"][0]["text"] == "yes"


def test_extract_many_refuses_bad_input_before_any_work():
    with pytest.raises(TypeError, match="not a str"):
        ah.extract_many("one text")
    with pytest.raises(TypeError, match="iterable of str, not int"):
        ah.extract_many(42)
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not NoneType"):
        ah.extract_many(["a", "b", None])
    with pytest.raises(ValueError, match=r"texts\[1\] holds a lone surrogate at index 0"):
        ah.extract_many(["fine", "\ud800"])
    for threads in [0, -3]:
        with pytest.raises(ValueError, match=f"threads must be at least 1, not {threads}"):
            ah.extract_many(["a"], threads=threads)
    with pytest.raises(TypeError):
        ah.extract_many(["a"], threads="2")


def test_extract_many_equals_extract_item_by_item(article_texts):
    texts = [*article_texts, "", TEXT] * 3
    one_by_one = [ah.extract(t) for t in texts]
    for threads in [None, 1, 2, 5]:
        assert ah.extract_many(texts, threads=threads) == one_by_one, threads
    # Any iterable, a generator included; none at all.
    assert ah.extract_many(t for t in texts[:4]) == one_by_one[:4]
    assert ah.extract_many(()) == []


def test_extract_many_leaves_the_cycle_collector_as_it_found_it():
    assert gc.isenabled()
    ah.extract_many([TEXT] * 3)
    assert gc.isenabled()
    gc.disable()
    try:
        ah.extract_many([TEXT] * 3)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(TypeError):
        ah.extract_many([TEXT, 1])
    assert gc.isenabled()


def test_version_is_the_crates():
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as f:
        version = re.search(r'^version = "(.+)"', f.read(), re.M).group(1)
    assert ah.__version__ == version


def test_the_stubs_ship_and_match_the_functions():
    package = os.path.dirname(ah.__file__)
    assert os.path.exists(os.path.join(package, "py.typed"))
    with open(os.path.join(package, "_native.pyi"), encoding="utf-8") as f:
        stubs = {
            node.name: [a.arg for a in node.args.args]
            for node in ast.parse(f.read()).body
            if isinstance(node, ast.FunctionDef)
        }
    for name, params in stubs.items():
        assert list(inspect.signature(getattr(ah, name)).parameters) == params, name
    assert set(stubs) == {"extract", "extract_many"}
    assert "code points" in ah.extract.__doc__ and "code points" in ah.__doc__
