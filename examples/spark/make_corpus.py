"""Writes a JSON Lines corpus ({"id", "text"} per line) from plain-text articles.

    python examples/spark/make_corpus.py tests/articles/*.txt --articles 10000 > corpus.jsonl

The files are taken in turn, over again until there are ``--articles`` lines (default: each
once); ids are the file's name and the round, e.g. "budget#3".
"""

import argparse
import json
import os
import sys


def corpus_lines(paths, articles=None):
    """The JSON lines of the corpus, as strings without their newline."""
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            texts.append((os.path.splitext(os.path.basename(path))[0], f.read()))
    total = len(texts) if articles is None else articles
    for n in range(total):
        name, text = texts[n % len(texts)]
        yield json.dumps({"id": f"{name}#{n // len(texts)}", "text": text}, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="plain-text articles")
    parser.add_argument("--articles", type=int, help="lines to write (default: one per file)")
    args = parser.parse_args()
    for line in corpus_lines(args.paths, args.articles):
        sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main()
