"""The package gives what the CLI gives: the same analysis, offsets aside (code points here,
UTF-16 code units there), on every in-repo article and on the seed when it is beside us."""

import os

import pytest

import article_highlighter as ah
from check_against_cli import in_code_points

from conftest import ARTICLES, SEED, SEED_MISSING, cli_extract, read


@pytest.mark.parametrize("path", ARTICLES, ids=os.path.basename)
def test_an_article_as_the_cli_gives_it(path):
    text = read(path)
    assert ah.extract(text) == in_code_points(text, cli_extract(path))


def test_the_seed_article_as_the_cli_gives_it():
    if not os.path.exists(SEED):
        pytest.skip(SEED_MISSING)
    text = read(SEED)
    mine, cli = ah.extract(text), cli_extract(SEED)
    assert mine == in_code_points(text, cli)
    attributed = [q for q in mine["quotes"] if q["speaker"] is not None]
    # The seed's gold has 15 quotations, 13 of them with a named speaker; the CLI finds all.
    assert (len(mine["quotes"]), len(attributed)) == (15, 13)
