"""Cleaning time against the number of lines: one article of N repeated short
lines through the cleaning stages (spam, boilerplate, headline, quality and
stitched flags), and tiny JSONL articles through the same stages.

    python benchmarks/clean_lines.py                      # 2,000 ... 20,000 lines
    python benchmarks/clean_lines.py --lines 2000 4000 --timeout 60
    python benchmarks/clean_lines.py --articles 100000    # tiny-article rate

Each size runs in its own process, killed after --timeout seconds (reported as
"> timeout"). The input is invented text; nothing is read from ../shared.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

# This checkout's newsdesk, not an installed one (spawned children run this too).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LINE = "Click here to subscribe to our newsletter."
BODY = "The council met on Tuesday and agreed the budget for the coming year."


def article_text(n_lines: int) -> str:
    """A headline, then `n_lines` short lines: the same furniture line and a
    body sentence in turn (what a page of comments or a live blog looks like)."""
    lines = ["A headline for the test"]
    lines += [LINE if i % 2 else f"{BODY} ({i})" for i in range(n_lines)]
    return "\n".join(lines) + "\n"


def _time_lines(n_lines: int, out: multiprocessing.Queue[float]) -> None:
    import newsdesk
    from newsdesk.article import Article
    from newsdesk.pipeline import CLEANING_STAGES, Pipeline

    assert Path(newsdesk.__file__).parents[1] == Path(__file__).resolve().parents[1]
    pipeline = Pipeline(CLEANING_STAGES)
    article = Article(text=article_text(n_lines))
    t0 = time.perf_counter()
    pipeline(article)
    out.put(time.perf_counter() - t0)


def _time_articles(n: int, out: multiprocessing.Queue[float]) -> None:
    from newsdesk.config import Options
    from newsdesk.pipeline import CLEANING_STAGES, Pipeline
    from newsdesk.read import read_paths

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tiny.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                text = f"Headline number {i}\nThe mayor said on Monday that item {i} was done."
                fh.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
        options = Options()
        pipeline = Pipeline(CLEANING_STAGES, options)
        t0 = time.perf_counter()
        done = sum(1 for item in read_paths([path], options) if not hasattr(item, "reason")
                   and pipeline(item) is not None)  # type: ignore[arg-type]
        out.put(done / (time.perf_counter() - t0))


def _run(target: object, arg: int, timeout: float) -> float | None:
    ctx = multiprocessing.get_context("spawn")
    q: multiprocessing.Queue[float] = ctx.Queue()
    p = ctx.Process(target=target, args=(arg, q))  # type: ignore[arg-type]
    p.start()
    p.join(timeout)
    if p.is_alive():
        p.kill()
        p.join()
        return None
    return q.get() if not q.empty() else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, nargs="*", default=[2000, 4000, 8000, 20000])
    ap.add_argument("--articles", type=int, default=0,
                    help="also time this many tiny JSONL articles (read + clean)")
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args(argv)
    for n in args.lines:
        secs = _run(_time_lines, n, args.timeout)
        shown = f"> {args.timeout:.0f} s" if secs is None else f"{secs:.2f} s"
        print(f"{n:>7,} lines: {shown}", flush=True)
    if args.articles:
        rate = _run(_time_articles, args.articles, args.timeout * 10)
        shown = "timed out" if rate is None else f"{rate:,.0f} articles/s"
        print(f"{args.articles:,} tiny JSONL articles, read + cleaning stages: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
