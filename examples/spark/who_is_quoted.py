"""Who is quoted across a corpus: article-highlighter on Spark's executors.

Reads a JSON Lines corpus (one {"id": ..., "text": ...} object per line; a folder or a glob
of such files works too), runs ``article_highlighter.extract_many`` inside ``mapInPandas`` on
every executor, and writes

* ``OUT/quotations/``: one JSON row per quotation: article_id, quotation, speaker (the
  entity's fullest name, null when no one is named), speaker_text (the words that named the
  speaker there: "he", "Wang"), cue ("said", "according to"), start and end (code points);
* ``OUT/speakers/``: one CSV with a header: speaker, quotations, articles, the people and
  organisations most quoted first.

Locally (Spark's local mode, from the ``pyspark`` package; needs Java 17 or later)::

    python examples/spark/who_is_quoted.py --master 'local[*]' corpus.jsonl out/

On a cluster, through spark-submit (see examples/spark/README.md)::

    spark-submit --archives env.tar.gz#env ... examples/spark/who_is_quoted.py corpus.jsonl out/
"""

import argparse
import os
import time
from typing import Iterator

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

#: The rows written to OUT/quotations, in this order.
QUOTATION_SCHEMA = (
    "article_id string, quotation string, speaker string, speaker_text string, "
    "cue string, start long, end long"
)
COLUMNS = [field.split()[0] for field in QUOTATION_SCHEMA.split(", ")]


def quotation_rows(analyses, article_ids):
    """One tuple per quotation, in the order of COLUMNS, from analyses of the articles."""
    for article_id, analysis in zip(article_ids, analyses):
        entities = analysis["entities"]
        for quote in analysis["quotes"]:
            speaker = quote["speaker"]
            cue = quote["cue"]
            yield (
                article_id,
                quote["text"],
                None if speaker is None else entities[speaker]["name"],
                quote["speaker_text"],
                None if cue is None else cue["text"],
                quote["start"],
                quote["end"],
            )


def quotations_of(threads_per_task: int):
    """The mapInPandas function: runs on the executors, a batch of articles at a time."""

    def quotations(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        # Imported on the executor: the wheel must be installed where the tasks run.
        import article_highlighter

        for batch in batches:
            analyses = article_highlighter.extract_many(
                batch["text"].tolist(), threads=threads_per_task
            )
            rows = list(quotation_rows(analyses, batch["id"].tolist()))
            yield pd.DataFrame(rows, columns=COLUMNS)

    return quotations


def who_is_quoted(spark: SparkSession, corpus: str, threads_per_task: int = 1) -> DataFrame:
    """The quotations of every article of `corpus`, one row each."""
    # The executors unpickle `quotations` by this module's name when it was imported (not
    # run as a script): send them the module.
    if __name__ != "__main__":
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
    # Ids are read as strings whatever their JSON type, so numbers and names both work.
    articles = spark.read.schema("id string, text string").json(corpus)
    articles = articles.where(F.col("text").isNotNull())
    # One JSON Lines file is one partition up to 128 MB: spread it over every core.
    cores = spark.sparkContext.defaultParallelism
    if articles.rdd.getNumPartitions() < cores:
        articles = articles.repartition(cores)
    return articles.mapInPandas(quotations_of(threads_per_task), QUOTATION_SCHEMA)


def speaker_counts(quotations: DataFrame) -> DataFrame:
    """Who is quoted how often, and in how many articles; most quoted first."""
    return (
        quotations.where(F.col("speaker").isNotNull())
        .groupBy("speaker")
        .agg(F.count("*").alias("quotations"), F.countDistinct("article_id").alias("articles"))
        .orderBy(F.desc("quotations"), F.desc("articles"), "speaker")
    )


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON Lines file(s): {id, text} per line")
    parser.add_argument("out", help="output folder (replaced)")
    parser.add_argument("--master", help="e.g. local[*]; spark-submit sets it on a cluster")
    parser.add_argument(
        "--threads-per-task",
        type=int,
        default=1,
        help="extract_many threads in each Spark task (default 1: Spark runs a task per core)",
    )
    parser.add_argument("--top", type=int, default=10, help="speakers to print")
    args = parser.parse_args(argv)

    # No progress bars: the job prints its own summary.
    builder = SparkSession.builder.appName("who-is-quoted").config(
        "spark.ui.showConsoleProgress", "false"
    )
    if args.master:
        builder = builder.master(args.master)
    if (args.master or "").startswith("local"):
        # Local mode talks only to itself: keep the driver on the loopback interface.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1").config(
            "spark.driver.host", "127.0.0.1"
        )
    start = time.perf_counter()
    spark = builder.getOrCreate()
    started = time.perf_counter()
    try:
        quotations = who_is_quoted(spark, args.corpus, args.threads_per_task).cache()
        quotations.write.mode("overwrite").json(f"{args.out}/quotations")
        counts = speaker_counts(quotations)
        counts.coalesce(1).write.mode("overwrite").csv(f"{args.out}/speakers", header=True)
        print(f"{quotations.count()} quotations; most quoted:")
        for row in counts.limit(args.top).collect():
            print(f"  {row.quotations:6d} in {row.articles:5d} articles  {row.speaker}")
        print(
            f"Spark started in {started - start:.1f} s; the job took "
            f"{time.perf_counter() - started:.1f} s"
        )
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
