"""Score newsdesk's "who said what" (`Article.quotes`) against PolNeAR gold attributions.

PolNeAR (Newell et al., LREC 2018) annotates every attribution in 924 US
political news articles: its content, its cue ("said", "according to", ":")
and its source, as brat standoff (read by `eval/polnear_gold.py`; one
annotator file per article, the first in sorted order). newsdesk's quotes
follow the `extract --jsonl` contract: each quote is
`{content: [[start, end], ...], cue: [start, end] | null, speaker: [start, end] | null,
speaker_name, speaker_type, speaker_role, direct}`, offsets into the article text.

Metrics (per article, summed over the split):

- Tokens: word tokens `\\w+` (apostrophe-joined: `don't` is one token) with
  their character ranges. A token belongs to a set of spans when its range
  overlaps one of them (by at least one character).
- Content match: a prediction and a gold attribution match when
  |tokens(pred) ∩ tokens(gold)| / |tokens(pred) ∪ tokens(gold)| ≥ 0.5 (exactly
  half counts). Matching is one-to-one within an article (Hungarian,
  `scipy.optimize.linear_sum_assignment`): first the most pairs, then the
  largest total overlap, then the most pairs agreeing on cue and speaker.
  Content precision = matched predictions / predictions, recall = matched
  gold / gold, F1 their harmonic mean (0 when there is nothing to divide).
- Direct and reported: a gold attribution is direct when its content holds a
  quotation mark (`polnear_gold.is_direct`: `" “ ” « » „`, `''`, a `‘…’` or a
  spaced `'…'` pair, or a double mark just outside a content piece); the rest
  is reported speech. Recall per subset uses the gold label. Precision per
  subset uses the prediction's own `direct` field (a prediction without a
  boolean `direct` is labelled by the same rule over its content); a
  prediction counts as correct when it matched any gold (the matching is the
  overall one). `direct agreement` is the share of matched pairs whose labels
  agree.
- Exact content: the content strings are equal after normalising each: every
  piece stripped of edge whitespace, punctuation and quote marks (Unicode
  categories P* and Z*), inner whitespace runs collapsed to one space, the
  non-empty pieces joined by one space. One-to-one (a multiset intersection).
- Speaker accuracy, over matched pairs: when the gold has a Source, the
  prediction is right if its `speaker` span overlaps the Source span, or its
  `speaker_name` contains the Source's surname (its last capitalised word,
  titles such as "Mr." and pronouns not counted) as a word, or
  `rapidfuzz.fuzz.token_set_ratio(speaker_name, source) ≥ 90`. When the gold
  has no Source (`Attribution-no-source`), the prediction is right if
  `speaker` is null or `speaker_type` is `unknown`.
- Cue accuracy, over matched pairs: the predicted `cue` span overlaps the gold
  Cue span; when the gold has no cue, a null `cue` is right.

Predictions come from running the pipeline in-process (`newsdesk.runner.extract`
over the split's text files), or from a file written by
`newsdesk extract DIR --jsonl` (`--predictions`), matched to gold by the file
stem of each object's `source`. An article whose prediction is missing (or
that failed in the pipeline) counts as predicting nothing, and is reported.
When a prediction's `text` differs from the gold text, its offsets are mapped
onto the gold text (difflib alignment) and the article is reported.

Run from the repository root:

    .venv/bin/python eval/polnear.py                    # dev split, in-process
    .venv/bin/python eval/polnear.py --split train --json
    .venv/bin/newsdesk extract ../shared/eval/polnear/dev/text --jsonl > dev.jsonl
    .venv/bin/python eval/polnear.py --predictions dev.jsonl --errors 20
    .venv/bin/python eval/polnear.py --min-f1 0.5 --min-speaker 0.7   # CI gates: exit 1 below
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `eval.polnear_gold` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.polnear_gold import read_split
from eval.polnear_match import score, summarise
from eval.polnear_predictions import predictions_from_file, predictions_in_process
from eval.polnear_report import Report, as_json, gold_stats, render, render_errors

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "polnear"


# -- command line -----------------------------------------------------------

Figure = Callable[[Mapping[str, Any]], float]
GATES: dict[str, tuple[str, Figure]] = {
    "min_f1": ("content F1", lambda s: s["content"]["f1"]),
    "min_precision": ("content precision", lambda s: s["content"]["precision"]),
    "min_recall": ("content recall", lambda s: s["content"]["recall"]),
    "min_direct_f1": ("direct F1", lambda s: s["direct"]["f1"]),
    "min_reported_f1": ("reported F1", lambda s: s["reported"]["f1"]),
    "min_exact_f1": ("exact content F1", lambda s: s["exact"]["f1"]),
    "min_speaker": ("speaker accuracy", lambda s: s["speaker_accuracy"]),
    "min_cue": ("cue accuracy", lambda s: s["cue_accuracy"]),
}


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="eval/polnear.py",
        description="Score newsdesk quotes (who said what) against PolNeAR attributions.",
    )
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the PolNeAR directory")
    ap.add_argument(
        "--predictions",
        type=Path,
        help="a `newsdesk extract DIR --jsonl` file (default: run the pipeline in-process)",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--limit", type=int, help="only the first N articles (file-name order)")
    ap.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N examples of each kind of miss"
    )
    for name, (label, _) in GATES.items():
        ap.add_argument(
            "--" + name.replace("_", "-"),
            type=float,
            metavar="X",
            help=f"exit 1 when {label} is below X",
        )
    return ap


def run(args: argparse.Namespace) -> Report:
    split_dir = args.data / args.split
    if not (split_dir / "text").is_dir():
        raise FileNotFoundError(f"no PolNeAR {args.split} split at {split_dir}")
    golds = read_split(split_dir, args.limit)
    if args.predictions:
        predicted, problems = predictions_from_file(args.predictions)
        source = str(args.predictions)
    else:
        predicted = predictions_in_process([g.text_path for g in golds])
        problems = []
        source = "newsdesk pipeline (in-process)"
    total, per_article, more = score(golds, predicted)
    return Report(
        args.split,
        source,
        total,
        summarise(total),
        gold_stats(golds),
        per_article,
        problems + more,
    )


def failed_gates(scores: Mapping[str, Any], args: argparse.Namespace) -> list[str]:
    out = []
    for name, (label, get) in GATES.items():
        floor = getattr(args, name)
        if floor is not None and get(scores) < floor:
            out.append(f"{label} {get(scores):.4f} < {floor}")
    return out


def main(argv: Iterable[str] | None = None) -> int:
    args = build_parser().parse_args(list(argv) if argv is not None else None)
    try:
        report = run(args)
    except FileNotFoundError as exc:
        print(f"eval/polnear.py: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(report), indent=2))
    else:
        for line in render(report):
            print(line)
    if args.errors:
        for line in render_errors(report, args.errors):
            print(line, file=sys.stderr if args.json else sys.stdout)
    failed = failed_gates(report.scores, args)
    for line in failed:
        print(f"gate failed: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
