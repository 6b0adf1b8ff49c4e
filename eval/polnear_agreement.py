"""How far PolNeAR's own annotators agree, on the scorer's measures.

Eighteen PolNeAR articles (16 train, 2 dev) were annotated by five or six
annotators each. `eval/polnear.py` scores against the first annotator's file
(sorted by name); here every other annotator's file is scored against that
same first file, as if it were a prediction, with the same matching rules.
The result is a ceiling of sorts: what a careful human reaches against
another human. With `--newsdesk` the pipeline is scored on the same articles
against the same files, so the two rows compare like with like.

    .venv/bin/python eval/polnear_agreement.py [--split train|dev|both] [--newsdesk]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.polnear import DEFAULT_DATA
from eval.polnear_gold import (
    GoldArticle,
    ann_files,
    parse_ann,
    read_article,
)
from eval.polnear_match import score_article, summarise
from eval.polnear_predictions import Predicted, gold_as_quotes, predictions_in_process


def several_annotators(data: Path, splits: Sequence[str]) -> list[tuple[GoldArticle, list[Path]]]:
    """Articles with several annotator files: the gold (first file) and the others."""
    out = []
    for split in splits:
        split_dir = data / split
        for stem, anns in sorted(ann_files(split_dir).items()):
            if len(anns) < 2:
                continue
            gold = read_article(split_dir / "text" / f"{stem}.txt", anns)
            out.append((gold, [p for p in gold.ann_paths if p != gold.ann_path]))
    return out


def agreement(articles: Sequence[tuple[GoldArticle, list[Path]]]) -> Counter[str]:
    """Counts of every other annotator's file scored against the first."""
    total: Counter[str] = Counter()
    for gold, others in articles:
        for path in others:
            parsed = parse_ann(path.read_text(encoding="utf-8"), gold.text)
            quotes = gold_as_quotes(replace(gold, attributions=parsed.attributions))
            total.update(score_article(gold, Predicted(quotes, gold.text)).counts)
    return total


def newsdesk(articles: Sequence[tuple[GoldArticle, list[Path]]]) -> Counter[str]:
    """Counts of the newsdesk pipeline on the same articles, against the first file."""
    predicted = predictions_in_process([gold.text_path for gold, _ in articles])
    total: Counter[str] = Counter()
    for gold, _ in articles:
        pred = predicted.get(gold.stem) or Predicted([], None, "no prediction")
        total.update(score_article(gold, pred).counts)
    return total


def rows(name: str, c: Counter[str]) -> Iterator[str]:
    s = summarise(c)
    figures = [s[k][m] for k in ("content", "direct", "reported", "exact")
               for m in ("precision", "recall", "f1")]
    yield f"{name:28} " + " ".join(f"{100 * v:5.1f}" for v in figures) + (
        f"   {100 * s['speaker_accuracy']:5.1f} {100 * s['cue_accuracy']:5.1f}"
    )


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="eval/polnear_agreement.py",
        description="Score PolNeAR annotators against each other (and newsdesk beside them).",
    )
    ap.add_argument("--split", choices=("train", "dev", "both"), default="both")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the PolNeAR directory")
    ap.add_argument("--newsdesk", action="store_true", help="also score the pipeline")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(list(argv) if argv is not None else None)
    splits = ("train", "dev") if args.split == "both" else (args.split,)
    if not all((args.data / s / "text").is_dir() for s in splits):
        print(f"eval/polnear_agreement.py: no PolNeAR data at {args.data}", file=sys.stderr)
        return 2
    articles = several_annotators(args.data, splits)
    results = {"annotators": agreement(articles)}
    if args.newsdesk:
        results["newsdesk"] = newsdesk(articles)
    if args.json:
        print(json.dumps({k: summarise(c) for k, c in results.items()}, indent=2))
        return 0
    pairs = sum(len(o) for _, o in articles)
    print(f"PolNeAR {args.split}: {len(articles)} articles with several annotators, "
          f"{pairs} annotator files scored against the first")
    print(f"{'':28} {'content P/R/F1':>17} {'direct P/R/F1':>17} {'reported P/R/F1':>17} "
          f"{'exact P/R/F1':>17}   spkr   cue")
    labels = {"annotators": "other annotators vs first", "newsdesk": "newsdesk vs first"}
    for key, counts in results.items():
        for line in rows(labels[key], counts):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
