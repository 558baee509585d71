"""The Spark example in local mode on a small corpus: every quotation row and every speaker
count equal what the CLI gives for the same articles."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from check_against_cli import differences
from make_corpus import corpus_lines
from who_is_quoted import COLUMNS

from conftest import ARTICLES, ROOT, SEED


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java: scripts/setup.sh installs it")
def test_who_is_quoted_in_local_mode_equals_the_cli(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    paths = ARTICLES + ([SEED] if os.path.exists(SEED) else [])
    # Every article twice, so speakers are counted across articles too.
    corpus.write_text("".join(line + "\n" for line in corpus_lines(paths, 2 * len(paths))))
    out = tmp_path / "out"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    run = subprocess.run(
        [sys.executable, os.path.join(ROOT, "examples", "spark", "who_is_quoted.py"),
         "--master", "local[2]", str(corpus), str(out)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "quotations; most quoted:" in run.stdout
    problems, quotations, speakers = differences(str(corpus), str(out))
    assert problems == []
    assert quotations > 100 and speakers > 50, (quotations, speakers)

    # The check is no formality: one quotation row lost is found, and so is a count changed.
    part = max((out / "quotations").glob("part-*.json"), key=lambda p: p.stat().st_size)
    lines = part.read_text().splitlines(keepends=True)
    part.write_text("".join(lines[1:]))
    problems, _, _ = differences(str(corpus), str(out))
    assert [p for p in problems if p.startswith("missing from Spark")] == [
        f"missing from Spark: {row}" for row in rows_of(lines[:1])
    ]
    part.write_text("".join(lines))
    (counts,) = (out / "speakers").glob("part-*.csv")
    header, first, *rest = counts.read_text().splitlines(keepends=True)
    speaker, quotations, articles = first.rstrip("\n").rsplit(",", 2)
    counts.write_text("".join([header, f"{speaker},{int(quotations) + 1},{articles}\n", *rest]))
    problems, _, _ = differences(str(corpus), str(out))
    assert len(problems) == 1 and problems[0].startswith("speaker "), problems


def rows_of(json_lines):
    return [tuple(json.loads(line).get(c) for c in COLUMNS) for line in json_lines]
