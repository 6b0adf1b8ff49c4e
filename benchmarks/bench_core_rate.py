"""Articles per core-second of newsdesk's article stages: the figure the
cluster cost projection in docs/CLUSTER.md is built on.

Reads N PolNeAR texts from ../shared (sorted names, train split), loads the
pipeline and warms it up on one batch outside the clock, then times
`Pipeline.run_batch` over the texts in batches of `pipeline.NLP_BATCH`. It
reports wall time and this process's CPU time (user + system): on a shared,
busy machine the CPU time is the per-core figure, since wall time also counts
the time other processes held the core. Pin it to one core with `taskset -c 0`.

    taskset -c 0 .venv/bin/python benchmarks/bench_core_rate.py --n 200

With `--html DIR` it times reading instead: newsdesk's HTML reader
(trafilatura and the line filters) over every .html page in DIR, the other
part of the work on a WARC page.

    taskset -c 0 .venv/bin/python benchmarks/bench_core_rate.py --html ../shared/corpus/web-pages
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdesk.article import Article  # noqa: E402
from newsdesk.pipeline import NLP_BATCH, Pipeline  # noqa: E402
from newsdesk.read import read_paths  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="texts to time (default 200)")
    ap.add_argument("--dir", type=Path, default=POLNEAR, help="folder of .txt articles")
    ap.add_argument("--html", type=Path, help="time reading the .html pages in this folder")
    args = ap.parse_args(argv)
    if args.html is not None:
        return _html_rate(args.html)
    if not args.dir.is_dir():
        print(f"no texts at {args.dir} (see ../shared/README.md)", file=sys.stderr)
        return 2
    paths = sorted(args.dir.glob("*.txt"))[: args.n]
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    chars = sum(len(a.text) for a in articles)
    pipeline = Pipeline()
    pipeline.run_batch([Article(text=a.text) for a in articles[:NLP_BATCH]])  # model load, warm-up
    load_before = os.getloadavg()[0]
    wall0, cpu0 = time.perf_counter(), time.process_time()
    failed = 0
    done: list[Article] = []
    for i in range(0, len(articles), NLP_BATCH):
        out = pipeline.run_batch(articles[i : i + NLP_BATCH])
        failed += sum(not isinstance(r, Article) for r in out)
        done.extend(r for r in out if isinstance(r, Article))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    # The size of a finished article as the Ray engine's Parquet rows hold it.
    json_bytes = sum(len(json.dumps(a.to_json())) for a in done)
    result = {
        "articles": len(articles),
        "chars": chars,
        "failed": failed,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "articles_per_cpu_s": round(len(articles) / cpu, 2),
        "articles_per_wall_s": round(len(articles) / wall, 2),
        "chars_per_article": round(chars / max(1, len(articles))),
        "json_bytes_per_article": round(json_bytes / max(1, len(done))),
        "loadavg_1min_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cpus_allowed": len(os.sched_getaffinity(0)),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(result, indent=2))
    return 0


def _html_rate(folder: Path) -> int:
    paths = sorted(folder.glob("*.html"))
    if not paths:
        print(f"no .html pages in {folder}", file=sys.stderr)
        return 2
    list(read_paths(paths[:2]))  # imports and trafilatura's set-up, outside the clock
    load_before = os.getloadavg()[0]
    wall0, cpu0 = time.perf_counter(), time.process_time()
    read = sum(isinstance(a, Article) for a in read_paths(paths))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    html_bytes = sum(p.stat().st_size for p in paths)
    result = {
        "pages": len(paths),
        "articles": read,
        "html_bytes_per_page": round(html_bytes / len(paths)),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "pages_per_cpu_s": round(len(paths) / cpu, 2),
        "loadavg_1min_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cpus_allowed": len(os.sched_getaffinity(0)),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
