"""The shape of an analysis, for type checkers (and for readers: these are plain dicts)."""

from typing import List, Literal, Optional, TypedDict

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE"]


class Span(TypedDict):
    """A piece of the text: ``text[start:end] == span["text"]`` (code points)."""

    start: int
    end: int
    text: str


class Entity(TypedDict):
    """A person, organisation, place, nationality, event or date, and every mention of it."""

    id: int
    type: EntityType
    #: The fullest form the article uses ("Antony Blinken" for "Blinken", "Mr. Blinken").
    name: str
    mentions: List[Span]


class Quote(TypedDict):
    """A direct quotation (the text between its marks) and who said it."""

    start: int
    end: int
    text: str
    #: The ``id`` of the speaking entity, or None (scare quotes, titles, unnamed sources).
    speaker: Optional[int]
    #: The words that named the speaker here ("he", "Wang", "analysts").
    speaker_text: Optional[str]
    #: The reporting verb or phrase ("said", "according to").
    cue: Optional[Span]


class Analysis(TypedDict):
    entities: List[Entity]
    quotes: List[Quote]
