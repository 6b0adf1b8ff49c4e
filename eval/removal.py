"""How much of what PolNeAR annotates as attribution does cleaning remove?

PolNeAR's 924 articles are real, coherent news: every character an annotator
marked as the source, cue or content of an attribution is article body, so a
removed span that covers one is a false positive of cleaning. This measures
that share, overall and per split, with the articles that had anything
removed and the reasons used.

    .venv/bin/python -m eval.removal            # the table
    .venv/bin/python -m eval.removal --show 20  # and the removed lines that hit attributions
    .venv/bin/python -m eval.removal --json

Only the cleaning stages run (no spaCy): the whole corpus takes seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.article import Article
from newsdesk.config import Options
from newsdesk.pipeline import Pipeline
from newsdesk.read.text import read_text

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
SPLITS = ("train", "dev")
STAGES = ("clean.spam", "clean.boilerplate", "clean.headline", "flags.quality")
#: The most attribution text cleaning may remove (a share, not a percentage).
MAX_COVERAGE = 0.005

# brat text-bound annotations: `T12<TAB>Content 256 377;463 616<TAB>...`.
_SPAN_LINE = re.compile(r"^T\d+\t(?:Source|Cue|Content) (\d+ \d+(?:;\d+ \d+)*)\t", re.MULTILINE)


@dataclass
class Hit:
    """A removed span that covers annotated attribution text."""

    article: str
    reason: str
    chars: int
    line: str


@dataclass
class SplitResult:
    split: str
    articles: int = 0
    chars: int = 0
    attribution_chars: int = 0
    removed_chars: int = 0
    removed_attribution_chars: int = 0
    articles_with_removal: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    hits: list[Hit] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        """Share of attribution characters inside removed spans."""
        if not self.attribution_chars:
            return 0.0
        return self.removed_attribution_chars / self.attribution_chars

    def add(self, other: SplitResult) -> None:
        self.articles += other.articles
        self.chars += other.chars
        self.attribution_chars += other.attribution_chars
        self.removed_chars += other.removed_chars
        self.removed_attribution_chars += other.removed_attribution_chars
        self.articles_with_removal += other.articles_with_removal
        self.reasons.update(other.reasons)
        self.flags.update(other.flags)
        self.hits.extend(other.hits)

    def to_json(self) -> dict[str, object]:
        return {
            "split": self.split,
            "articles": self.articles,
            "attribution_chars": self.attribution_chars,
            "removed_attribution_chars": self.removed_attribution_chars,
            "coverage": round(self.coverage, 6),
            "removed_chars": self.removed_chars,
            "removed_share_of_text": round(self.removed_chars / max(1, self.chars), 6),
            "articles_with_removal": self.articles_with_removal,
            "reasons": dict(self.reasons.most_common()),
            "flags": dict(self.flags.most_common()),
        }


def attribution_mask(text_path: Path, length: int) -> bytearray:
    """1 for every character any annotator marked as source, cue or content."""
    mask = bytearray(length)
    ann_dir = text_path.parent.parent / "attributions"
    # Several annotators' files share the article's stem: `<stem>_<annotator>.ann`.
    for ann in sorted(ann_dir.glob(f"{text_path.stem}_*.ann")):
        for m in _SPAN_LINE.finditer(ann.read_text(encoding="utf-8")):
            for part in m.group(1).split(";"):
                start, end = (int(x) for x in part.split())
                mask[start:end] = b"\x01" * (end - start)
    return mask


def article_paths(polnear: Path, split: str) -> Iterator[Path]:
    yield from sorted((polnear / split / "text").glob("*.txt"))


def measure_split(polnear: Path, split: str, pipeline: Pipeline) -> SplitResult:
    result = SplitResult(split)
    for path in article_paths(polnear, split):
        article = pipeline(_read(path))
        mask = attribution_mask(path, len(article.text))
        result.articles += 1
        result.chars += len(article.text)
        result.attribution_chars += mask.count(1)
        result.flags.update(f.name for f in article.flags)
        for r in article.removed:
            result.reasons[r.reason] += 1
            hit = mask[r.start : r.end].count(1)
            if hit:
                line = article.text[r.start : r.end]
                result.hits.append(Hit(path.stem, r.reason, hit, line))
        # Spans may overlap (two stages, one line): count each character once.
        for start, end in merged((r.start, r.end) for r in article.removed):
            result.removed_chars += end - start
            result.removed_attribution_chars += mask[start:end].count(1)
        result.articles_with_removal += bool(article.removed)
    return result


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching `[start, end)` spans joined, in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _read(path: Path) -> Article:
    article = read_text(path, Options())
    # brat offsets index the file as decoded: the reader must not have changed
    # a character, or every figure below would be off.
    if article.text != path.read_text(encoding="utf-8"):
        raise SystemExit(f"{path}: the reader changed the text; offsets would not match")
    return article


def measure(polnear: Path = POLNEAR, splits: Sequence[str] = SPLITS) -> dict[str, SplitResult]:
    """Per split and `all`: attribution characters covered by removed spans."""
    pipeline = Pipeline(STAGES)
    results = {split: measure_split(polnear, split, pipeline) for split in splits}
    total = SplitResult("all")
    for r in results.values():
        total.add(r)
    results["all"] = total
    return results


def report(results: dict[str, SplitResult], *, show: int = 0) -> str:
    rows = [
        f"{'split':6} {'articles':>8} {'attr chars':>10} {'removed':>8} {'coverage':>9} "
        f"{'with removal':>12}"
    ]
    for r in results.values():
        rows.append(
            f"{r.split:6} {r.articles:8d} {r.attribution_chars:10d} "
            f"{r.removed_attribution_chars:8d} {r.coverage:9.4%} {r.articles_with_removal:12d}"
        )
    total = results["all"]
    rows.append("")
    rows.append("removed spans by reason: " + _counts(total.reasons))
    rows.append("flags raised: " + _counts(total.flags))
    share = total.removed_chars / max(1, total.chars)
    rows.append(f"removed characters: {total.removed_chars} of {total.chars} ({share:.3%})")
    if show:
        rows.append("")
        rows.append("removed spans that cover attribution text:")
        for h in sorted(total.hits, key=lambda h: -h.chars)[:show]:
            rows.append(f"  {h.chars:5d} {h.reason:11} {h.article[:40]:40} {h.line[:70]!r}")
    return "\n".join(rows)


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="PolNeAR directory")
    parser.add_argument("--show", type=int, default=0, help="list the N worst removed spans")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if not (args.polnear / "train" / "text").is_dir():
        parser.error(f"no PolNeAR data at {args.polnear} (expected train/ and dev/ there)")
    results = measure(args.polnear)
    if args.json:
        print(json.dumps({k: v.to_json() for k, v in results.items()}, indent=2))
    else:
        print(report(results, show=args.show))
    return 0 if results["all"].coverage <= MAX_COVERAGE else 1


if __name__ == "__main__":
    sys.exit(main())
