"""Score newsdesk's story clustering against the hand-made PolNeAR story gold set.

`eval/stories_gold.tsv` labels 237 PolNeAR articles (all 84 dev articles and
every train article published in three date windows) with the story (one
event or development) and the storyline (a coarser thread linking stories over
time) a reader assigned them; `eval/STORIES_GUIDE.md` says how. Each row holds
the article's file stem, split, `sha` (= `newsdesk.article.content_id` of its
text, the id `newsdesk stories --jsonl` lists), publication date and the two
labels. No article text is stored.

Metric: B-cubed (Bagga & Baldwin 1998), over the gold articles only. For each
gold item i, with G(i) its gold cluster and P(i) its predicted cluster
(restricted to gold items; an item absent from the prediction is a singleton):
precision_i = |G(i) & P(i)| / |P(i)|, recall_i = |G(i) & P(i)| / |G(i)|.
Precision and recall are the means over items, F1 their harmonic mean.
Storylines are scored the same way with the `storyline` labels.

    .venv/bin/python -m eval.stories --split dev                  # baselines only
    .venv/bin/python -m eval.stories --pred stories.jsonl --split dev
    .venv/bin/python -m eval.stories --paths --split train        # the gold files, one a line
    .venv/bin/python -m eval.stories --pred stories.jsonl --json

`--pred` reads `newsdesk stories --jsonl`: one object per story,
`{"id", "title", "storyline", "articles": [article ids], ...}`. A story whose
`storyline` is null or empty forms a storyline of its own.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "stories_gold.tsv"
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
SPLITS = ("dev", "train", "all")
COLUMNS = ("article", "split", "sha", "published", "story", "storyline")

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class GoldRow:
    """One labelled article of the story gold set."""

    article: str  # the PolNeAR file stem
    split: str  # "train" or "dev"
    sha: str  # newsdesk.article.content_id of the text
    published: str  # YYYY-MM-DD, from PolNeAR's metadata
    story: str
    storyline: str

    def path(self, polnear: Path = POLNEAR) -> Path:
        """The article's text file in the shared PolNeAR directory."""
        return polnear / self.split / "text" / f"{self.article}.txt"


def read_gold(path: Path = GOLD) -> list[GoldRow]:
    """All rows of the gold file, in file order (by date)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path}: columns {reader.fieldnames}, expected {list(COLUMNS)}")
        return [GoldRow(**{c: row[c] for c in COLUMNS}) for row in reader]


def gold_articles(split: str = "all", path: Path = GOLD) -> list[GoldRow]:
    """The gold rows of one split ("dev", "train" or "all"): the files to ingest."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return [r for r in read_gold(path) if split == "all" or r.split == split]


def _clusters(labels: Mapping[K, str]) -> dict[str, set[K]]:
    members: dict[str, set[K]] = defaultdict(set)
    for item, label in labels.items():
        members[label].add(item)
    return members


def bcubed(pred: Mapping[K, str], gold: Mapping[K, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of `pred` against `gold` (item -> cluster label).

    Only items in `gold` count; predicted clusters are cut down to gold items,
    and a gold item missing from `pred` is a singleton. Labels of the two
    mappings live in separate namespaces. An empty gold scores (0, 0, 0).
    """
    if not gold:
        return 0.0, 0.0, 0.0
    gold_members = _clusters(gold)
    # A missing item gets a label no real cluster has: a tuple never equals a str.
    pred_of: dict[K, Hashable] = {i: pred.get(i, ("missing", i)) for i in gold}
    pred_members: dict[Hashable, set[K]] = defaultdict(set)
    for item, label in pred_of.items():
        pred_members[label].add(item)
    precision = recall = 0.0
    for item, label in gold.items():
        g = gold_members[label]
        p = pred_members[pred_of[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(frozen=True, slots=True)
class Predicted:
    """A clustering read from `newsdesk stories --jsonl`: article id -> story, storyline."""

    story: dict[str, str]
    storyline: dict[str, str]
    conflicts: int  # article ids listed in more than one story (the first story kept)


def read_predictions(path: Path) -> Predicted:
    """Parse `newsdesk stories --jsonl` output (blank lines skipped)."""
    story: dict[str, str] = {}
    storyline: dict[str, str] = {}
    conflicts = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            if (
                not isinstance(obj, dict)
                or "id" not in obj
                or not isinstance(obj.get("articles"), list)
            ):
                raise ValueError(f"{path}:{number}: expected an object with 'id' and 'articles'")
            sid = str(obj["id"])
            line_label = obj.get("storyline")
            # No storyline: the story is its own (prefixed, so no clash with a real one).
            sline = str(line_label) if line_label not in (None, "") else f"story:{sid}"
            for article in obj["articles"]:
                aid = str(article)
                if aid in story:
                    conflicts += 1
                    continue
                story[aid] = sid
                storyline[aid] = sline
    return Predicted(story, storyline, conflicts)


@dataclass(frozen=True, slots=True)
class Scores:
    """B-cubed figures of one system on one split, for stories and for storylines."""

    system: str
    story: tuple[float, float, float]
    storyline: tuple[float, float, float]

    def as_dict(self) -> dict[str, object]:
        """JSON-ready."""
        names = ("precision", "recall", "f1")
        return {
            "system": self.system,
            "story": dict(zip(names, (round(x, 4) for x in self.story), strict=True)),
            "storyline": dict(zip(names, (round(x, 4) for x in self.storyline), strict=True)),
        }


def score_rows(
    system: str, rows: Sequence[GoldRow], story: Mapping[str, str], storyline: Mapping[str, str]
) -> Scores:
    """Score predicted labels keyed by article sha against the gold rows."""
    gold_story = {r.sha: r.story for r in rows}
    gold_line = {r.sha: r.storyline for r in rows}
    return Scores(system, bcubed(story, gold_story), bcubed(storyline, gold_line))


def baselines(rows: Sequence[GoldRow]) -> list[Scores]:
    """Two reference clusterings: every article alone, and one cluster per publication date."""
    alone = {r.sha: r.sha for r in rows}
    by_date = {r.sha: r.published for r in rows}
    return [
        score_rows("all singletons", rows, alone, alone),
        score_rows("one cluster per date", rows, by_date, by_date),
    ]


def describe(rows: Sequence[GoldRow]) -> dict[str, int]:
    """Counts that give the figures context."""
    sizes: dict[str, int] = defaultdict(int)
    for r in rows:
        sizes[r.story] += 1
    return {
        "articles": len(rows),
        "stories": len(sizes),
        "non_singleton_stories": sum(1 for n in sizes.values() if n > 1),
        "articles_in_non_singleton_stories": sum(n for n in sizes.values() if n > 1),
        "largest_story": max(sizes.values(), default=0),
        "storylines": len({r.storyline for r in rows}),
    }


def _table(results: Sequence[Scores]) -> str:
    lines = [
        f"{'system':<24} {'story P':>8} {'R':>6} {'F1':>6}   {'storyline P':>11} {'R':>6} {'F1':>6}"
    ]
    for s in results:
        p, r, f = s.story
        lp, lr, lf = s.storyline
        lines.append(
            f"{s.system:<24} {p:>8.3f} {r:>6.3f} {f:>6.3f}   {lp:>11.3f} {lr:>6.3f} {lf:>6.3f}"
        )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--pred", type=Path, help="`newsdesk stories --jsonl` output to score")
    ap.add_argument(
        "--split", choices=SPLITS, default="dev", help="gold rows to score (default dev)"
    )
    ap.add_argument(
        "--gold", type=Path, default=GOLD, help="gold TSV (default eval/stories_gold.tsv)"
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    ap.add_argument(
        "--paths", action="store_true", help="print the split's gold article files and exit"
    )
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Print baselines and, with --pred, the clustering's B-cubed scores."""
    args = build_parser().parse_args(argv)
    rows = gold_articles(args.split, args.gold)
    if args.paths:
        for row in rows:
            print(row.path())
        return 0
    results = baselines(rows)
    found = conflicts = 0
    if args.pred is not None:
        pred = read_predictions(args.pred)
        found = sum(1 for r in rows if r.sha in pred.story)
        conflicts = pred.conflicts
        results.append(
            score_rows(f"prediction ({args.pred.name})", rows, pred.story, pred.storyline)
        )
    stats = describe(rows)
    if args.json:
        report: dict[str, object] = {
            "split": args.split,
            **stats,
            "results": [s.as_dict() for s in results],
        }
        if args.pred is not None:
            report["predicted_articles_found"] = found
            report["articles_in_several_stories"] = conflicts
        print(json.dumps(report, indent=2))
        return 0
    print(
        f"split {args.split}: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in stats.items())
    )
    if args.pred is not None:
        print(f"gold articles found in the prediction: {found}/{len(rows)}", end="")
        print(f"; listed in several stories: {conflicts}" if conflicts else "")
        if found < len(rows):
            print("(missing articles count as singletons)", file=sys.stderr)
    print(_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
