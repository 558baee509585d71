"""Named entities, direct quotations and who said each quotation, in English news text.

    >>> import article_highlighter
    >>> a = article_highlighter.extract('"We did our job," said Maria Cantwell.')
    >>> q = a["quotes"][0]
    >>> q["text"], a["entities"][q["speaker"]]["name"], q["cue"]["text"]
    ('We did our job,', 'Maria Cantwell', 'said')

The analysis is the JSON shape of the project's README as dicts and lists, with every offset
in code points: Python string indices, so ``text[span["start"]:span["end"]] == span["text"]``
(the command line and JavaScript count UTF-16 code units instead). The extractor is Rust,
compiled into this package: no model, no download, no network.
"""

from ._native import __version__, extract, extract_many
from .types import Analysis, Entity, EntityType, Quote, Span

__all__ = [
    "Analysis",
    "Entity",
    "EntityType",
    "Quote",
    "Span",
    "__version__",
    "extract",
    "extract_many",
]
