"""Ingest + extraction throughput over a synthetic corpus, with peak memory.

The corpus repeats the seed abstracts under distinct titles as arXiv JSON Lines, so the
whole path runs: reading, format detection, parsing, merging, extraction and validation.

    python benchmarks/throughput.py [--papers 20000]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.claims import claims  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.papers import papers  # noqa: E402


def write_corpus(path: Path, n_papers: int) -> None:
    seeds = papers(ingest([ROOT / "seeds"]).records)
    abstracts = list(seeds["abstract"])
    with path.open("w", encoding="utf-8") as out:
        for index in range(n_papers):
            out.write(json.dumps({"id": f"bench.{index:06d}", "title": f"Benchmark paper number {index}",
                                  "abstract": abstracts[index % len(abstracts)], "authors": "A. Author",
                                  "categories": "cs.CL", "update_date": "2025-01-01"}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        write_corpus(corpus, args.papers)
        started = time.perf_counter()
        table = papers(ingest([corpus]).records)
        ingested = time.perf_counter()
        print(f"ingest: {len(table)} papers in {ingested - started:.2f}s", file=sys.stderr)
        found = claims(table)
        finished = time.perf_counter()
    elapsed = finished - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"papers: {len(table)}  claims: {len(found)}")
    print(f"ingest {ingested - started:.2f}s + extraction {finished - ingested:.2f}s = {elapsed:.2f}s")
    print(f"throughput: {len(table) / elapsed:,.0f} abstracts/s (one process, one core)")
    print(f"peak memory: {peak_mib:,.0f} MiB")


if __name__ == "__main__":
    main()
