"""Injected lines: how many of the lines put into real articles does cleaning remove?

Synthetic pages are real PolNeAR **dev** articles with 1-3 lines (or blocks of
lines, such as a teaser marker and the headline under it) inserted at the
start, at the end or between paragraphs; about one page in six gets none. The
lines come from `eval/injected_lines.tsv`, written for this evaluation and not
taken from the cleaner's lexicons: SEO spam in several languages and scripts,
advertising markers, teasers, picture credits, interface lines. Its `dev` lines
were looked at while building the cleaner; its `test` lines were written before
any tuning, in other wording, and are never tuned on.

Each page is cleaned by the cleaning stages `newsdesk analyze` runs, and a line
counts as removed when a removed span of any stage covers it.

- recall: injected lines removed / injected lines;
- precision: injected lines removed / all lines removed on the pages (so the
  article's own lines removed count against it, even those removed without
  any injection: PolNeAR's own picture credits and "Read the rest here.");
- precision, own furniture aside: the same, leaving out the article's lines
  that cleaning removes from the article without any injection too (what
  they cost is measured by `eval/removal.py`); this is what the injections
  made cleaning take wrongly.

    .venv/bin/python -m eval.injected                 # dev and test lines
    .venv/bin/python -m eval.injected --split test --show 20   # and the misses
    .venv/bin/python -m eval.injected --json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.article import Article
from newsdesk.clean.lines import split_lines
from newsdesk.config import Options
from newsdesk.pipeline import CLEANING_STAGES, Pipeline
from newsdesk.read.text import read_text

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
LINES = Path(__file__).with_name("injected_lines.tsv")
SEED = 20261202
#: Synthetic pages built from each article.
PAGES_PER_ARTICLE = 3
#: Share of pages that get no injected line (they measure false removals only).
NONE_SHARE = 0.15
#: The issue's target on the test lines.
MIN_RECALL, MIN_PRECISION = 0.90, 0.95


@dataclass(frozen=True)
class Injection:
    kind: str
    language: str
    lines: tuple[str, ...]  # one, or a block inserted together


@dataclass
class Result:
    split: str
    pages: int = 0
    injected: int = 0
    found: int = 0
    removed: int = 0
    own: int = 0  # removed lines that cleaning removes from the bare article too
    by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str]] = field(default_factory=list)
    false: list[tuple[str, str]] = field(default_factory=list)
    spam_pages: int = 0
    spam_pages_flagged: int = 0
    clean_pages_flagged: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.injected if self.injected else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.removed if self.removed else 1.0

    @property
    def precision_new(self) -> float:
        """Precision leaving out the article's own furniture."""
        new = self.removed - self.own
        return self.found / new if new else 1.0

    def to_json(self) -> dict[str, object]:
        return {
            "split": self.split,
            "pages": self.pages,
            "injected_lines": self.injected,
            "removed_injected": self.found,
            "removed_lines": self.removed,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "precision_own_furniture_aside": round(self.precision_new, 4),
            "recall_by_kind": {
                k: round(self.found_by_kind[k] / n, 4) for k, n in sorted(self.by_kind.items())
            },
            "spam_injection_flag": {
                "pages_with_spam": self.spam_pages,
                "flagged": self.spam_pages_flagged,
                "pages_without_spam_flagged": self.clean_pages_flagged,
            },
        }


def load_injections(path: Path = LINES) -> dict[str, list[Injection]]:
    """The lines of each split (`dev`, `test`)."""
    out: dict[str, list[Injection]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        split, kind, language, text = raw.split("\t")
        lines = tuple(part.strip() for part in text.split(" || "))
        out.setdefault(split, []).append(Injection(kind, language, lines))
    return out


def article_texts(polnear: Path = POLNEAR) -> list[str]:
    """The dev articles as `newsdesk analyze` reads them."""
    paths = sorted((polnear / "dev" / "text").glob("*.txt"))
    return [read_text(p, Options()).text for p in paths]


def inject(
    rng: random.Random, text: str, pool: Sequence[Injection]
) -> tuple[str, list[tuple[int, Injection]]]:
    """`text` with 0-3 injections at paragraph boundaries, and each injected
    line's offset in the new text with what it came from."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    count = 0 if rng.random() < NONE_SHARE else rng.randint(1, 3)
    slots: list[list[Injection]] = [[] for _ in range(len(paragraphs) + 1)]
    for inj in rng.sample(list(pool), min(count, len(pool))):
        where = rng.choice(("start", "end", "between"))
        if where == "start":
            slot = 0
        elif where == "end":
            slot = len(paragraphs)
        else:
            slot = rng.randint(1, max(1, len(paragraphs) - 1))
        slots[slot].append(inj)
    parts: list[str] = []
    placed: list[tuple[int, Injection]] = []
    pos = 0
    for i in range(len(paragraphs) + 1):
        for inj in slots[i]:
            for line in inj.lines:
                placed.append((pos, inj))
                parts.append(line)
                pos += len(line) + 2
        if i < len(paragraphs):
            parts.append(paragraphs[i])
            pos += len(paragraphs[i]) + 2
    return "\n\n".join(parts), placed


def measure(split: str, pool: Sequence[Injection], texts: Sequence[str]) -> Result:
    pipeline = Pipeline(CLEANING_STAGES)
    rng = random.Random(f"{SEED}-{split}")
    result = Result(split)
    for text in texts:
        bare = pipeline(Article(text=text))
        own = {bare.text[r.start : r.end] for r in bare.removed}
        for _ in range(PAGES_PER_ARTICLE):
            page, placed = inject(rng, text, pool)
            article = pipeline(Article(text=page))
            _score(result, article, dict(placed), own)
    return result


def _score(result: Result, article: Article, placed: dict[int, Injection], own: set[str]) -> None:
    result.pages += 1
    spam = any(inj.kind == "spam" for inj in placed.values())
    flagged = article.flag("spam_injection") is not None
    result.spam_pages += spam
    result.spam_pages_flagged += spam and flagged
    result.clean_pages_flagged += flagged and not spam
    for line in split_lines(article.text):
        gone = article.is_removed(line.start, line.end)
        inj = placed.get(line.start)
        result.removed += gone
        if inj is not None:
            result.injected += 1
            result.by_kind[inj.kind] += 1
            result.found += gone
            result.found_by_kind[inj.kind] += gone
            if not gone:
                result.misses.append((inj.kind, line.text))
        elif gone and line.text in own:
            result.own += 1
        elif gone:
            why = next((r.reason for r in article.removed if r.start <= line.start < r.end), "")
            result.false.append((why, line.text))


def report(results: Sequence[Result], show: int) -> str:
    rows = [
        f"{'lines':6} {'pages':>6} {'injected':>8} {'removed':>8} {'recall':>7} {'precision':>9}"
        f" {'own furniture aside':>20}"
    ]
    for r in results:
        rows.append(
            f"{r.split:6} {r.pages:6d} {r.injected:8d} {r.removed:8d} "
            f"{r.recall:7.3f} {r.precision:9.3f} {r.precision_new:20.3f}"
        )
    for r in results:
        kinds = ", ".join(
            f"{k} {r.found_by_kind[k] / n:.2f} ({n})" for k, n in sorted(r.by_kind.items())
        )
        rows.append(f"{r.split} recall by kind: {kinds}")
        rows.append(
            f"{r.split} spam_injection flag: {r.spam_pages_flagged}/{r.spam_pages} pages with "
            f"spam; {r.clean_pages_flagged} pages without spam flagged"
        )
        if show:
            for kind, line in sorted(set(r.misses))[:show]:
                rows.append(f"  missed {kind:9} {line[:90]!r}")
            for why, line in sorted(set(r.false))[:show]:
                rows.append(f"  FALSE  {why:9} {line[:90]!r}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="PolNeAR directory")
    parser.add_argument(
        "--split", choices=("dev", "test"), action="append", help="which lines (default: both)"
    )
    parser.add_argument("--show", type=int, default=0, help="list N missed and N false lines")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if not (args.polnear / "dev" / "text").is_dir():
        parser.error(f"no PolNeAR data at {args.polnear} (expected dev/text there)")
    texts = article_texts(args.polnear)
    pools = load_injections()
    results = [measure(s, pools[s], texts) for s in (args.split or ["dev", "test"])]
    if args.json:
        print(json.dumps([r.to_json() for r in results], indent=2))
    else:
        print(report(results, args.show))
    test = next((r for r in results if r.split == "test"), None)
    ok = test is None or (test.recall >= MIN_RECALL and test.precision_new >= MIN_PRECISION)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
