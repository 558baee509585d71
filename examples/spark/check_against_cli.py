"""Checks the output of who_is_quoted.py against the command line on the same corpus.

    python examples/spark/check_against_cli.py corpus.jsonl out/ [--cli target/release/article-highlighter]

Runs ``article-highlighter extract --jsonl`` on the corpus, turns its analyses into the rows
who_is_quoted.py writes (its UTF-16 offsets into code points), and compares them, and the
speaker counts, with OUT/quotations and OUT/speakers. Prints what differs; exits 1 if
anything does. The tests and ``make bench`` use it as a module too.
"""

import argparse
import csv
import glob
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

from who_is_quoted import COLUMNS, quotation_rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, "target", "release", "article-highlighter")


def code_points_of_utf16(text):
    """A list from each UTF-16 offset of `text` (up to its end) to its code point offset."""
    table = []
    for index, char in enumerate(text):
        table.extend([index] * (2 if ord(char) > 0xFFFF else 1))
    table.append(len(text))
    return table


def in_code_points(text, analysis):
    """A CLI analysis (UTF-16 offsets) with every offset in code points, like the package's."""
    table = code_points_of_utf16(text)

    def span(s):
        return {**s, "start": table[s["start"]], "end": table[s["end"]]}

    return {
        "entities": [
            {**e, "mentions": [span(m) for m in e["mentions"]]} for e in analysis["entities"]
        ],
        "quotes": [
            {**span(q), "cue": None if q["cue"] is None else span(q["cue"])}
            for q in analysis["quotes"]
        ],
    }


def spark_id(value):
    """An article id as Spark reads it into a string column: strings as they are, numbers
    as their JSON text."""
    return value if isinstance(value, str) else json.dumps(value)


def cli_analyses(corpus, cli=CLI):
    """(id, text, analysis in code points) per article of a JSON Lines corpus, by the CLI."""
    with open(corpus, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    out = subprocess.run(
        [cli, "extract", "--jsonl", corpus], capture_output=True, check=True, text=True
    ).stdout.splitlines()
    assert len(out) == len(articles), (len(out), len(articles))
    result = []
    for article, line in zip(articles, out):
        analysis = json.loads(line)
        assert analysis.pop("id") == article.get("id"), "the CLI keeps the input order"
        result.append((spark_id(article.get("id")), article["text"], in_code_points(article["text"], analysis)))
    return result


def expected_rows(corpus, cli=CLI):
    """The rows OUT/quotations should hold, from the CLI."""
    analyses = cli_analyses(corpus, cli)
    return list(quotation_rows([a for _, _, a in analyses], [i for i, _, _ in analyses]))


def spark_rows(out):
    """The rows of OUT/quotations (Spark leaves null fields out of its JSON)."""
    rows = []
    for part in sorted(glob.glob(os.path.join(out, "quotations", "part-*.json"))):
        with open(part, encoding="utf-8") as f:
            rows.extend(tuple(json.loads(line).get(c) for c in COLUMNS) for line in f)
    return rows


def counts_of(rows):
    """{speaker: (quotations, articles)} over rows with a speaker."""
    quotations = Counter(r[2] for r in rows if r[2] is not None)
    articles = defaultdict(set)
    for r in rows:
        if r[2] is not None:
            articles[r[2]].add(r[0])
    return {s: (n, len(articles[s])) for s, n in quotations.items()}


def spark_counts(out):
    """{speaker: (quotations, articles)} from OUT/speakers, and the speakers in file order."""
    counts, order = {}, []
    for part in sorted(glob.glob(os.path.join(out, "speakers", "part-*.csv"))):
        with open(part, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                counts[row["speaker"]] = (int(row["quotations"]), int(row["articles"]))
                order.append(row["speaker"])
    return counts, order


def differences(corpus, out, cli=CLI):
    """What differs between the Spark output and the CLI, as lines; empty if nothing."""
    want, got = Counter(expected_rows(corpus, cli)), Counter(spark_rows(out))
    problems = []
    for row in list((want - got).elements())[:10]:
        problems.append(f"missing from Spark: {row}")
    for row in list((got - want).elements())[:10]:
        problems.append(f"not from the CLI: {row}")
    want_counts = counts_of(list(want.elements()))
    got_counts, order = spark_counts(out)
    if got_counts != want_counts:
        for speaker in sorted(set(want_counts) | set(got_counts), key=str):
            if want_counts.get(speaker) != got_counts.get(speaker):
                problems.append(
                    f"speaker {speaker!r}: CLI {want_counts.get(speaker)}, Spark {got_counts.get(speaker)}"
                )
    if [got_counts[s][0] for s in order] != sorted((got_counts[s][0] for s in order), reverse=True):
        problems.append("OUT/speakers is not in order of quotations, most first")
    return problems, sum(want.values()), len(want_counts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--cli", default=CLI)
    args = parser.parse_args()
    problems, quotations, speakers = differences(args.corpus, args.out, args.cli)
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(f"{quotations} quotations and {speakers} speakers' counts: identical to the CLI's")


if __name__ == "__main__":
    main()
