#!/usr/bin/env python3
"""Writes tests/example/example.json, the gold annotations of www/example.txt.

The example article was written for the project (invented events, people, organisations and
places; licence: the project's). Its annotations are below, by hand, in reading order: each
entity mention as (text, type, canonical name), each quotation as (its first words, its
speaker or None). This script only turns them into offsets (Unicode code points, as in the
evaluation corpus) so that `article-highlighter eval tests/example` scores the extractor on
it. Run it again after editing the article: it fails if an annotation is not found in order.
"""
import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

# Every entity mention, in reading order.
MENTIONS = [
    ("HALVERSUND", "GPE", "Halversund"), ("Norway", "GPE", "Norway"),
    ("Meridian News", "ORG", "Meridian News"), ("Thursday", "DATE", "Thursday"),
    ("Sorrel Sea", "LOC", "Sorrel Sea"), ("United States", "GPE", "United States"),
    ("Monday", "DATE", "Monday"), ("Norway", "GPE", "Norway"),
    ("Ilse Marrow", "PERSON", "Ilse Marrow"), ("Halversund", "GPE", "Halversund"),
    ("Marrow", "PERSON", "Ilse Marrow"),
    ("September", "DATE", "September"),
    ("Sorrel Sea Fisheries Commission", "ORG", "Sorrel Sea Fisheries Commission"),
    ("Tomas Vale", "PERSON", "Tomas Vale"), ("University of Westhaven", "ORG", "University of Westhaven"),
    ("Norwegian", "NORP", "Norwegian"), ("Danish", "NORP", "Danish"), ("Sorrel Sea", "LOC", "Sorrel Sea"),
    ("Aron Dale", "PERSON", "Aron Dale"), ("Halversund", "GPE", "Halversund"), ("Dale", "PERSON", "Aron Dale"),
    ("Vale", "PERSON", "Tomas Vale"), ("2015", "DATE", "2015"),
    ("Northern Fleet Owners Association", "ORG", "Northern Fleet Owners Association"),
    ("United States", "GPE", "United States"),
    ("Washington", "GPE", "Washington"), ("Dana Okafor", "PERSON", "Dana Okafor"), ("U.S.", "GPE", "United States"),
    ("Okafor", "PERSON", "Dana Okafor"), ("September", "DATE", "September"),
    ("Rhona Kealey", "PERSON", "Rhona Kealey"), ("Open Water Trust", "ORG", "Open Water Trust"),
    ("Next year", "DATE", "Next year"), ("today", "DATE", "today"),
    ("Kealey", "PERSON", "Rhona Kealey"), ("June", "DATE", "June"),
    ("Grant Heller", "PERSON", "Grant Heller"), ("Denmark", "GPE", "Denmark"), ("Heller", "PERSON", "Grant Heller"),
    ("Sorrel Sea", "LOC", "Sorrel Sea"), ("Halversund", "GPE", "Halversund"), ("2022", "DATE", "2022"),
    ("Marrow", "PERSON", "Ilse Marrow"),
    ("Iceland", "GPE", "Iceland"), ("Scotland", "GPE", "Scotland"),
    ("Sorrel Sea Fisheries Commission", "ORG", "Sorrel Sea Fisheries Commission"),
    ("September", "DATE", "September"),
]

# Every quotation, in reading order: its first words, its speaker (None: no speaker), and
# what makes it worth having here.
QUOTES = [
    ("We have a map", "Ilse Marrow", "quote first; “…,” X’s minister, NAME, told reporters"),
    ("workable", "Ilse Marrow", "one-word partial quotation; “She called the deal”"),
    ("parked, not buried", "Ilse Marrow", "partial quotation, closing punctuation inside"),
    ("The fish do not", "Tomas Vale", "inverted cue: said NAME, a professor of …"),
    ("Every season we spend", "Tomas Vale", "second quotation of the same paragraph, no cue"),
    ("People here are not", "Aron Dale", "short name after the quotation"),
    ("If you ask any", "Tomas Vale", "pronoun: “he added”, a paragraph after “Vale said”"),
    ("Our members have already", "Northern Fleet Owners Association", "organisation: “the association said”"),
    ("Further cuts without compensation", "Northern Fleet Owners Association", "continues the statement"),
    ("Washington supports the goal", "Dana Okafor", "inverted cue; a place inside the quotation"),
    ("What we need now", "Dana Okafor", "second quotation of the same paragraph"),
    ("We came here to", "Rhona Kealey", "inverted cue with a relative clause"),
    ("Nine governments have agreed", "Rhona Kealey", "left open at the paragraph's end"),
    ("Next year the surveys", "Rhona Kealey", "a paragraph continuing the previous speaker's quotation"),
    ("blue corridor", None, "scare quotes: “the so-called …”, nobody's words"),
    ("Closing waters without evidence", "Grant Heller", "short name: “Heller said”"),
    ("Once the surveys are", "Grant Heller", "second quotation of the same paragraph"),
    ("Nobody leaves a meeting", "Ilse Marrow", "colon after the cue: “Marrow said:”"),
    ("The numbers will be", "Sorrel Sea Fisheries Commission", "organisation: “the commission said”"),
]

OPEN, CLOSE = "\u201c", "\u201d"


def main():
    text = open(os.path.join(ROOT, "www", "example.txt"), encoding="utf-8").read()
    types = {}
    entities, at = [], 0
    for surface, kind, name in MENTIONS:
        start = find_word(text, surface, at)
        entities.append({"start": start, "end": start + len(surface), "text": surface,
                         "type": kind, "entity": name})
        types[name] = kind
        at = start + len(surface)
    quotes, at = [], 0
    for first_words, speaker, note in QUOTES:
        start = text.index(OPEN + first_words, at) + 1
        ends = [e for e in (text.find(CLOSE, start), text.find("\n", start), len(text)) if e >= 0]
        end = min(ends)
        quote = {"start": start, "end": end, "text": text[start:end], "speaker": speaker,
                 "speaker_type": types.get(speaker), "note": note}
        quotes.append(quote)
        at = end
    assert text.count(OPEN) == len(quotes), "every opening mark is a listed quotation"
    canonical = []
    for name, kind in types.items():
        aliases = sorted({e["text"] for e in entities if e["entity"] == name} - {name})
        canonical.append({"name": name, "type": kind, "aliases": aliases})
    gold = {
        "id": "example_fisheries_talks",
        "source": "written for article-highlighter: invented events, people, organisations and "
                  "places (Halversund, the Sorrel Sea); annotations by the project "
                  "(scripts/example_gold.py)",
        "license": "MIT, as the project",
        "text": text,
        "entities": entities,
        "quotes": quotes,
        "quotes_annotated": True,
        "canonical": canonical,
    }
    out = os.path.join(ROOT, "tests", "example", "example.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{out}: {len(entities)} mentions, {len(quotes)} quotations")


def find_word(text, surface, at):
    """The next occurrence of `surface` from `at` that is a whole word."""
    match = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, at)
    if not match:
        raise SystemExit(f"{surface!r} not found after offset {at}")
    return match.start()


if __name__ == "__main__":
    main()
