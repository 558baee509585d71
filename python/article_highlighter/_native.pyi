from typing import Iterable, List, Optional

from .types import Analysis

__version__: str

def extract(text: str) -> Analysis:
    """Finds the named entities and direct quotations in ``text``, and who said each one.

    Offsets are code points (Python string indices). Raises TypeError if ``text`` is not a
    str, ValueError if it holds a lone surrogate or is over 4 GiB of UTF-8.
    """

def extract_many(texts: Iterable[str], threads: Optional[int] = None) -> List[Analysis]:
    """``extract`` for every text, in order, on ``threads`` threads (default: every core),
    with the GIL released while the articles are analysed.

    Raises TypeError if ``texts`` is a str or holds a non-str, ValueError as ``extract``
    does (naming the item) or if ``threads`` is under 1.
    """
