"""Cost of adding 100 articles to stores of different sizes (corpus stages).

Stores of N synthetic articles are built from PolNeAR train sentences (each
article: 6-12 paragraphs of 2-4 sentences drawn at random, so texts are
distinct but news-like; whole paragraphs are not reused, which would make
thousands of partial copies that no real corpus has), with publication dates
at a constant density of 10 a day, as a store grows over time. Then 100 new
articles, dated after the last ones, are stored and the corpus stages
(near-duplicates, stories, people, timeline, briefs) take them in; that time
is what is compared. The article stages (spaCy) cost the same whatever the
store's size and are measured in bench_analyze.py.

    .venv/bin/python benchmarks/bench_corpus.py --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.article import Article, normalise_newlines  # noqa: E402
from newsdesk.corpus.update import update_corpus  # noqa: E402
from newsdesk.store import Store  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text"
PER_DAY = 10


def sentences() -> list[str]:
    out: list[str] = []
    for f in sorted(TRAIN.glob("*.txt")):
        for p in normalise_newlines(f.read_text(encoding="utf-8")).split("\n"):
            out += [s.strip() + "." for s in p.split(". ") if len(s.split()) >= 6]
    return out


def synthetic(pool: list[str], rng: random.Random, n: int, start: int) -> list[Article]:
    day0 = dt.date(2016, 1, 1)
    out = []
    for i in range(start, start + n):
        paras = [" ".join(rng.sample(pool, rng.randint(2, 4)))
                 for _ in range(rng.randint(6, 12))]
        out.append(Article(
            text="\n".join(paras), outlet=f"outlet{i % 7}",
            published=(day0 + dt.timedelta(days=i // PER_DAY)).isoformat(),
        ))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--add", type=int, default=100)
    ap.add_argument("--profile", action="store_true", help="profile the adding step")
    args = ap.parse_args(argv)
    pool = sentences()
    print(f"{len(pool)} sentences in the pool")
    for size in args.sizes:
        rng = random.Random(size)
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
            t0 = time.perf_counter()
            for i in range(0, size, 500):
                store.add_articles(synthetic(pool, rng, min(500, size - i), i))
            update_corpus(store)  # briefs included: the timed step finds none stale
            build = time.perf_counter() - t0
            new = synthetic(pool, rng, args.add, size)
            t1 = time.perf_counter()
            store.add_articles(new)
            if args.profile:
                import cProfile
                import pstats

                prof = cProfile.Profile()
                summary = prof.runcall(update_corpus, store)
                pstats.Stats(prof).sort_stats("cumulative").print_stats(20)
            else:
                summary = update_corpus(store)
            took = time.perf_counter() - t1
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"store of {size:>6}: built in {build:7.1f} s; adding {args.add} articles "
                  f"(store + corpus stages + briefs of {len(summary.touched_stories)} stories) "
                  f"took {took:6.2f} s = {1000 * took / args.add:6.1f} ms/article; "
                  f"peak RSS {peak:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
