"""What the Python tests share: the repository's paths, the CLI to compare with, the articles."""

import glob
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, "target", "release", "article-highlighter")
ARTICLES = sorted(glob.glob(os.path.join(ROOT, "tests", "articles", "*.txt")))
#: The project's reference article, beside the repository (measuring only: never copied in).
SEED = os.path.join(ROOT, "..", "shared", "corpus", "seed", "article.txt")
SEED_MISSING = f"{SEED} not found (the corpus sits beside the repository only on the team's machines)"

# The Spark example's modules (who_is_quoted, check_against_cli, make_corpus).
sys.path.insert(0, os.path.join(ROOT, "examples", "spark"))


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def cli_extract(path):
    """The CLI's analysis of a file (UTF-16 offsets)."""
    if not os.access(CLI, os.X_OK):
        pytest.fail(f"{CLI} is missing: `make test-python` builds it (cargo build --release)")
    out = subprocess.run([CLI, "extract", path], capture_output=True, check=True, text=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="session")
def article_texts():
    assert len(ARTICLES) >= 10, "tests/articles holds the in-repo articles"
    return [read(p) for p in ARTICLES]
