"""The quality flags on real web pages, against a hand-made gold.

The 132 pages in `../shared/corpus/web-pages/` are real saved HTML that nobody
tuned on. `eval/webpages_flags_gold.tsv` says, for each, what kind of page it
is and whether it is stitched, truncated or carries injected spam, decided by
reading the page (guide: `eval/WEBPAGES_FLAGS_GUIDE.md`), never from the
flags. This runs whatever pipeline is current over the pages and lists every
page each flag fires on with its explanation and the gold verdict, the pages
it misses, and per flag: pages flagged, false alarms, false-alarm rate (of
all pages) and recall where the gold has positives.

    .venv/bin/python eval/webflags.py             # the listing
    .venv/bin/python eval/webflags.py --json      # the same as JSON
    .venv/bin/python eval/webflags.py --markdown  # tables for docs/EVALUATION.md
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: newsdesk is imported from this checkout
    sys.path.insert(0, str(ROOT))

from newsdesk.config import Options  # noqa: E402
from newsdesk.errors import InputError  # noqa: E402
from newsdesk.pipeline import DEFAULT_STAGES, Pipeline  # noqa: E402
from newsdesk.read import read_paths  # noqa: E402

PAGES = ROOT.parent / "shared" / "corpus" / "web-pages"
GOLD = ROOT / "eval" / "webpages_flags_gold.tsv"
#: Flag name -> the gold column that says whether it should fire.
FLAGS: dict[str, str] = {
    "stitched": "stitched",
    "truncated": "truncated",
    "spam_injection": "injected",
}
#: The most false alarms a flag may raise, as a share of the pages.
MAX_FALSE_ALARM_RATE = 0.02
_COLUMNS = ("file", "kind", "stitched", "truncated", "injected", "note")


@dataclass(frozen=True)
class GoldPage:
    file: str
    kind: str
    labels: Mapping[str, bool]  # gold column -> yes/no
    note: str


@dataclass
class Hit:
    """One page a flag fired on."""

    file: str
    explanation: str
    correct: bool
    note: str

    @property
    def verdict(self) -> str:
        return "right" if self.correct else "false alarm"


@dataclass
class FlagScore:
    name: str
    pages: int
    hits: list[Hit] = field(default_factory=list)
    misses: list[GoldPage] = field(default_factory=list)
    positives: int = 0

    @property
    def flagged(self) -> int:
        return len(self.hits)

    @property
    def false_alarms(self) -> int:
        return sum(not h.correct for h in self.hits)

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.pages if self.pages else 0.0

    @property
    def recall(self) -> float | None:
        """Share of gold positives flagged; None when the gold has none."""
        if not self.positives:
            return None
        return (self.positives - len(self.misses)) / self.positives

    def as_dict(self) -> dict[str, Any]:
        return {
            "flag": self.name,
            "pages": self.pages,
            "flagged": self.flagged,
            "false_alarms": self.false_alarms,
            "false_alarm_rate": round(self.false_alarm_rate, 4),
            "gold_positives": self.positives,
            "recall": None if self.recall is None else round(self.recall, 4),
            "hits": [
                {"file": h.file, "verdict": h.verdict, "explanation": h.explanation,
                 "gold_note": h.note}
                for h in self.hits
            ],
            "misses": [{"file": g.file, "gold_note": g.note} for g in self.misses],
        }


def _yes_no(value: str, where: str) -> bool:
    if value not in ("yes", "no"):
        raise ValueError(f"{where}: expected yes or no, got {value!r}")
    return value == "yes"


def read_gold(lines: Iterable[str], source: str = "gold") -> dict[str, GoldPage]:
    """The gold pages by file name, from the TSV's lines (`#` lines are comments)."""
    rows = [
        (n, line.rstrip("\n").split("\t"))
        for n, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("#")
    ]
    if not rows or tuple(rows[0][1]) != _COLUMNS:
        header = " ".join(_COLUMNS)
        raise ValueError(f"{source}: the first row must be the tab-separated header: {header}")
    gold: dict[str, GoldPage] = {}
    for n, cells in rows[1:]:
        where = f"{source}:{n}"
        if len(cells) != len(_COLUMNS):
            raise ValueError(f"{where}: {len(cells)} columns, expected {len(_COLUMNS)}")
        file, kind, *flags, note = cells
        if file in gold:
            raise ValueError(f"{where}: {file} listed twice")
        labels = {col: _yes_no(v, where) for col, v in zip(_COLUMNS[2:5], flags, strict=True)}
        gold[file] = GoldPage(file, kind, labels, note)
    return gold


def load_gold(path: Path = GOLD) -> dict[str, GoldPage]:
    with path.open(encoding="utf-8") as f:
        return read_gold(f, str(path))


def score(
    gold: Mapping[str, GoldPage], predicted: Mapping[str, Mapping[str, str]]
) -> list[FlagScore]:
    """Per flag, `predicted` (file -> flag name -> explanation) against the gold.
    Every gold page must have a prediction (an empty mapping when nothing fired)."""
    missing = sorted(set(gold) - set(predicted))
    if missing:
        raise ValueError(f"no prediction for {len(missing)} gold page(s): {', '.join(missing[:5])}")
    scores = []
    for flag, column in FLAGS.items():
        s = FlagScore(flag, len(gold))
        for file in sorted(gold):
            page = gold[file]
            should = page.labels[column]
            s.positives += should
            fired = predicted[file].get(flag)
            if fired is not None:
                s.hits.append(Hit(file, fired, should, page.note))
            elif should:
                s.misses.append(page)
        scores.append(s)
    return scores


def flag_stages() -> list[str]:
    """The default pipeline up to its last cleaning or flag stage: whatever
    today's flags need, without the extraction stages after them."""
    last = max(i for i, name in enumerate(DEFAULT_STAGES) if name.startswith(("clean.", "flags.")))
    return list(DEFAULT_STAGES[: last + 1])


def predict(files: Sequence[str], pages: Path = PAGES) -> dict[str, dict[str, str]]:
    """Run the current pipeline on each page: file -> flag name -> explanation."""
    options = Options()
    pipeline = Pipeline(flag_stages(), options=options)
    out: dict[str, dict[str, str]] = {}
    for item in read_paths([pages / f for f in files], options):
        if isinstance(item, InputError):
            raise RuntimeError(f"could not read {item.source}: {item.reason}")
        article = pipeline(item)
        out[Path(article.source).name] = {
            f.name: f.explanation for f in article.flags if f.name in FLAGS
        }
    return out


def evaluate(gold_path: Path = GOLD, pages: Path = PAGES) -> list[FlagScore]:
    gold = load_gold(gold_path)
    return score(gold, predict(sorted(gold), pages))


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def summary_rows(scores: Sequence[FlagScore]) -> list[tuple[str, ...]]:
    return [
        (s.name, str(s.flagged), str(s.false_alarms), _pct(s.false_alarm_rate),
         str(s.positives), _pct(s.recall))
        for s in scores
    ]


_SUMMARY_HEAD = ("flag", "flagged", "false alarms", "false-alarm rate", "gold yes", "recall")


def render_text(scores: Sequence[FlagScore]) -> str:
    lines = []
    for s in scores:
        lines.append(f"== {s.name}: {s.flagged} flagged, {s.false_alarms} false alarm(s) "
                     f"({_pct(s.false_alarm_rate)} of {s.pages}), gold yes {s.positives}, "
                     f"recall {_pct(s.recall)}")
        for h in s.hits:
            lines.append(f"  [{h.verdict}] {h.file}: {h.explanation}")
            if h.note:
                lines.append(f"      gold: {h.note}")
        for g in s.misses:
            lines.append(f"  [miss] {g.file}: {g.note}")
    lines.append("")
    lines.append("  ".join(_SUMMARY_HEAD))
    lines.extend("  ".join(row) for row in summary_rows(scores))
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(scores: Sequence[FlagScore]) -> str:
    out = ["| " + " | ".join(_SUMMARY_HEAD) + " |", "|---" * len(_SUMMARY_HEAD) + "|"]
    out.extend("| " + " | ".join(row) + " |" for row in summary_rows(scores))
    for s in scores:
        out.append("")
        out.append(f"**`{s.name}`** ({s.flagged} flagged, {s.false_alarms} false alarm(s), "
                   f"{len(s.misses)} miss(es))")
        if not s.hits and not s.misses:
            out.append("")
            out.append("No page flagged; the gold has no positive.")
            continue
        out.append("")
        out.append("| page | verdict | flag's explanation | gold note |")
        out.append("|---|---|---|---|")
        for h in s.hits:
            cells = (h.file, h.verdict, _md_cell(h.explanation), _md_cell(h.note))
            out.append("| " + " | ".join(cells) + " |")
        for g in s.misses:
            out.append(f"| {g.file} | miss | (not flagged) | {_md_cell(g.note)} |")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold TSV")
    parser.add_argument("--pages", type=Path, default=PAGES, help="directory of the HTML pages")
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--markdown", action="store_true", help="print the tables for docs")
    args = parser.parse_args(argv)
    if not args.pages.is_dir():
        print(f"no pages at {args.pages} (the shared data beside the repository)", file=sys.stderr)
        return 2
    scores = evaluate(args.gold, args.pages)
    if args.json:
        print(json.dumps([s.as_dict() for s in scores], indent=2, ensure_ascii=False))
    elif args.markdown:
        print(render_markdown(scores))
    else:
        print(render_text(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
