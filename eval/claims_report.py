"""The output of the claims scorer (`eval/claims.py`): the figures as a table and the
`--errors` examples.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from eval.claims_gold import Claim, GoldArticle
from eval.claims_score import ATTRIBUTES, Report

# -- output -------------------------------------------------------------------


def format_report(summary: Mapping[str, Any]) -> str:
    c = summary["claims"]
    lines = [
        f"articles {summary['articles']}  gold claims {summary['gold']}  "
        f"predicted {summary['predicted']}  matched {summary['matched']}",
        f"claims      P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}",
    ]
    for attribute in ATTRIBUTES:
        a = summary[attribute]
        lines.append(
            f"{attribute:<10}  accuracy {a['accuracy']:.3f} (of {a['judged']} matched)"
            f"   strict P {a['precision']:.3f}  R {a['recall']:.3f}  F1 {a['f1']:.3f}"
        )
    lines.append("per kind    gold  recall   predicted  precision")
    for kind, k in summary["per_kind"].items():
        lines.append(
            f"  {kind:<9} {k['gold']:>4}  {k['recall']:.3f}   {k['predicted']:>9}  "
            f"{k['precision']:.3f}"
        )
    if summary["missing"]:
        lines.append(f"no prediction for {len(summary['missing'])} articles (scored as empty)")
    if summary["failed"]:
        lines.append(f"pipeline failed on {len(summary['failed'])} articles (scored as empty)")
    return "\n".join(lines)


def _describe(claim: Claim | None, text: str) -> str:
    if claim is None:
        return "-"
    s, e = claim.span
    return f"[{s}:{e}] {text[s:e]!r} {claim.kind} {claim.value!r} {claim.unit!r}"


def iter_errors(report: Report, gold: Sequence[GoldArticle], limit: int) -> Iterator[str]:
    texts = {a.name: a.text for a in gold}
    for error in report.counts.errors[:limit]:
        text = texts.get(error["article"], "")
        yield (
            f"{error['article']}: {error['type']}\n  gold {_describe(error['gold'], text)}"
            f"\n  pred {_describe(error['pred'], text)}"
        )
