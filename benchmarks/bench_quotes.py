"""What who-said-what adds to the spaCy pipeline, on the same texts.

Parses the texts with the spaCy pipeline newsdesk uses (timed: the
reference), then runs the extraction stages `extract.entities` and
`extract.quotes` over the parsed docs (timed: the added cost), on the CPU
clock of this process so other load on the machine matters less. Prints
both, the ratio, and peak memory.

    .venv/bin/python benchmarks/bench_quotes.py [--data DIR] [--limit N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from newsdesk.article import Article
from newsdesk.config import Options
from newsdesk.extract.stages import extract_entities, extract_quotes
from newsdesk.nlp import load_nlp, masked_text
from newsdesk.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "polnear" / "dev" / "text"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a folder of .txt articles")
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each step (median kept)")
    args = ap.parse_args()
    files = sorted(args.data.glob("*.txt"))[: args.limit]
    clean = Pipeline(("clean.spam", "clean.boilerplate", "clean.headline"))
    articles = [clean(Article(text=f.read_text(encoding="utf-8"), source=str(f))) for f in files]
    texts = [masked_text(a) for a in articles]
    nlp = load_nlp()
    options = Options()
    spacy_s, extract_s = [], []
    n_quotes = 0
    for _ in range(args.repeat):
        t0 = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=32))
        spacy_s.append(time.process_time() - t0)
        t0 = time.process_time()
        n_quotes = 0
        for article, doc in zip(articles, docs, strict=True):
            article.doc = doc
            extract_quotes(extract_entities(article, options), options)
            n_quotes += len(article.quotes)
            article.doc = None
        extract_s.append(time.process_time() - t0)
    sp, ex = statistics.median(spacy_s), statistics.median(extract_s)
    tokens = sum(len(d) for d in docs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(files)} articles, {tokens:,} tokens, {n_quotes:,} statements; CPU seconds, "
          f"median of {args.repeat}")
    print(f"  spaCy pipeline        {sp:8.2f} s  {len(files) / sp:7.1f} articles/s")
    print(f"  entities + quotes     {ex:8.2f} s  {len(files) / ex:7.1f} articles/s")
    print(f"  added to spaCy        {ex / sp:8.1%}")
    print(f"  peak RSS              {peak:8.0f} MB")


if __name__ == "__main__":
    main()
