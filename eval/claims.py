"""Score newsdesk's numeric claims (`Article.claims`) against the hand-made gold set.

The gold set (`eval/claims_gold.jsonl`, written by hand by reading PolNeAR dev
articles under `eval/CLAIMS_GUIDE.md`) holds one line per article looked at:
`{"article", "sha", "claims": [{start, end, kind, value, unit, qualifier,
subject_start, subject_end}]}` — offsets and values only, never article text.
Articles with no claim are listed too, so predictions there count as false
positives.

Predictions follow the `extract --jsonl` contract: each claim is
`{start, end, kind, value, unit, qualifier, subject, subject_span, speaker_name, date}`
(`subject_span` is `[start, end]` or null; the gold's own `subject_start` /
`subject_end` are read as well, so the gold can be scored against itself).

Metrics (summed over the articles):

- Claim match: a prediction and a gold claim match when their character spans
  overlap by at least one character. Matching is one-to-one within an article
  (Hungarian, `scipy.optimize.linear_sum_assignment`): first the most pairs,
  then the largest total overlap, then the most pairs agreeing on kind.
  Precision = matched predictions / predictions, recall = matched gold / gold,
  F1 their harmonic mean (0 when there is nothing to divide).
- Over matched pairs, the share that is right (accuracy), and the strict
  precision/recall/F1 counting a claim only when it matched AND is right:
  - value: numbers equal within 0.5 % relative (signs ignored: a fall of 3 and
    `-3` agree); a range or tally `[a, b]` needs both ends (in either order);
    a poll compares party → share maps: the same number of entries, each gold
    party found among the predicted keys (case, plural and a first name
    ignored: `Hillary Clinton` is `Clinton`, `Tories` is not `Conservatives`)
    with an equal share;
  - unit: normalised (case, plurals, synonyms: `percent` = `per cent` = `%`,
    `percentage points` = `points`, `$` = `dollars` = `USD`, `£` = `GBP`,
    `hrs` = `hours`...), equal, or equal head nouns (`shooting victims` = `victims`);
    pairs whose gold unit is null are not counted;
  - kind: equal;
  - subject: the predicted `subject_span` overlaps the gold subject span;
    pairs whose gold subject is null are not counted;
  - qualifier (reported, not a target): both null, or in the same group
    (`about` = `around` = `roughly`..., `more than` = `over`..., see `QUALIFIER_GROUPS`).
- Per kind: recall of the gold claims of each kind (matched by span whatever the
  predicted kind), and precision of the predictions of each kind.

Predictions come from running the pipeline in-process (the default stages plus
`extract.dates` and `extract.claims` when they are registered), or from a file
written by `newsdesk extract --jsonl` (`--pred`), matched to gold by the
SHA-256 of each object's `text`. An article with no prediction counts as
predicting nothing, and is reported.

Run from the repository root:

    .venv/bin/python eval/claims.py                       # in-process
    .venv/bin/python eval/claims.py --json
    .venv/bin/newsdesk extract ../shared/eval/polnear/dev/text --jsonl > dev.jsonl
    .venv/bin/python eval/claims.py --pred dev.jsonl --errors 20
    .venv/bin/python eval/claims.py --self-test           # gold against itself: all 1.0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `eval.claims_gold` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.claims_gold import DEFAULT_GOLD, DEFAULT_TEXTS, read_gold
from eval.claims_predictions import (
    claims_stages,
    gold_as_predictions,
    read_predictions,
    run_pipeline,
)
from eval.claims_report import format_report, iter_errors
from eval.claims_score import ATTRIBUTES, score


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS,
                        help="the PolNeAR dev text directory")
    parser.add_argument("--pred", type=Path, help="`newsdesk extract --jsonl` output")
    parser.add_argument("--self-test", action="store_true",
                        help="score the gold against itself (every figure must be 1.0)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print the first N errors")
    args = parser.parse_args(argv)

    gold = read_gold(args.gold, args.texts)
    if args.self_test:
        predictions = gold_as_predictions(gold)
    elif args.pred is not None:
        predictions = read_predictions(args.pred, gold)
    else:
        stages = claims_stages()
        if stages is None:
            print(
                "numeric claims are not available: no `extract.claims` stage is registered "
                "(newsdesk/extract/stages.py missing?). Score a file with --pred instead.",
                file=sys.stderr,
            )
            return 2
        predictions = run_pipeline(gold, args.texts, stages)
    report = score(gold, predictions)
    summary = report.summary()
    print(json.dumps(summary, indent=2) if args.json else format_report(summary))
    for error in iter_errors(report, gold, args.errors):
        print(error)
    if args.self_test:
        figures = [summary["claims"]["f1"]]
        for attribute in ATTRIBUTES:
            figures += [summary[attribute]["accuracy"], summary[attribute]["f1"]]
        figures += [k["recall"] for k in summary["per_kind"].values()]
        if any(f != 1.0 for f in figures):
            print("self-test FAILED: the gold does not score 1.0 against itself", file=sys.stderr)
            return 1
        print("self-test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
