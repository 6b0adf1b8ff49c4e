"""Scoring numeric claims for the claims scorer (`eval/claims.py`): the counts per
article, summed over the articles, and the figures from them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eval.claims_gold import Claim, GoldArticle
from eval.claims_match import (
    match_claims,
    overlap,
    qualifiers_equal,
    units_equal,
    values_equal,
)

# -- scoring ------------------------------------------------------------------


ATTRIBUTES = ("value", "unit", "kind", "subject", "qualifier")


@dataclass
class Counts:
    """Counts summed over articles."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    #: attribute → (right, judged) over matched pairs.
    right: Counter[str] = field(default_factory=Counter)
    judged: Counter[str] = field(default_factory=Counter)
    #: attribute → gold claims that state it (the strict recall's denominator).
    gold_with: Counter[str] = field(default_factory=Counter)
    gold_kind: Counter[str] = field(default_factory=Counter)
    gold_kind_matched: Counter[str] = field(default_factory=Counter)
    pred_kind: Counter[str] = field(default_factory=Counter)
    pred_kind_matched: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.matched += other.matched
        for mine, theirs in (
            (self.right, other.right),
            (self.judged, other.judged),
            (self.gold_with, other.gold_with),
            (self.gold_kind, other.gold_kind),
            (self.gold_kind_matched, other.gold_kind_matched),
            (self.pred_kind, other.pred_kind),
            (self.pred_kind_matched, other.pred_kind_matched),
        ):
            mine.update(theirs)
        self.errors.extend(other.errors)


def judge(g: Claim, p: Claim) -> dict[str, bool | None]:
    """Per attribute: right, wrong, or None when the gold leaves it out."""
    return {
        "value": values_equal(g.value, p.value),
        "unit": None if g.unit is None else units_equal(g.unit, p.unit, g.kind),
        "kind": g.kind == p.kind,
        "subject": None
        if g.subject is None
        else (p.subject is not None and overlap(g.subject, p.subject) > 0),
        "qualifier": qualifiers_equal(g.qualifier, p.qualifier),
    }


def _states(claim: Claim, attribute: str) -> bool:
    """Whether a gold claim states the attribute (unit and subject may be left out)."""
    if attribute == "unit":
        return claim.unit is not None
    if attribute == "subject":
        return claim.subject is not None
    return True


def score_article(name: str, gold: Sequence[Claim], pred: Sequence[Claim]) -> Counts:
    """The counts for one article."""
    counts = Counts(gold=len(gold), pred=len(pred))
    counts.gold_kind.update(g.kind or "?" for g in gold)
    counts.pred_kind.update(p.kind or "?" for p in pred)
    for attribute in ATTRIBUTES:
        counts.gold_with[attribute] += sum(_states(g, attribute) for g in gold)
    pairs = match_claims(gold, pred)
    counts.matched = len(pairs)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    for i, j in pairs:
        g, p = gold[i], pred[j]
        counts.gold_kind_matched[g.kind or "?"] += 1
        counts.pred_kind_matched[p.kind or "?"] += 1
        verdicts = judge(g, p)
        for attribute, ok in verdicts.items():
            if ok is None:
                continue
            counts.judged[attribute] += 1
            counts.right[attribute] += ok
        wrong = [a for a, ok in verdicts.items() if ok is False and a != "qualifier"]
        if wrong:
            counts.errors.append(
                {"article": name, "type": "wrong " + "/".join(wrong), "gold": g, "pred": p}
            )
    counts.errors.extend(
        {"article": name, "type": "missed", "gold": g, "pred": None}
        for i, g in enumerate(gold)
        if i not in matched_gold
    )
    counts.errors.extend(
        {"article": name, "type": "spurious", "gold": None, "pred": p}
        for j, p in enumerate(pred)
        if j not in matched_pred
    )
    return counts


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def prf(correct: int, pred: int, gold: int) -> dict[str, float]:
    p, r = _ratio(correct, pred), _ratio(correct, gold)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def summarise(counts: Counts) -> dict[str, Any]:
    """The figures of the module docstring, as a JSON-able dict."""
    out: dict[str, Any] = {
        "gold": counts.gold,
        "predicted": counts.pred,
        "matched": counts.matched,
        "claims": prf(counts.matched, counts.pred, counts.gold),
    }
    for attribute in ATTRIBUTES:
        right, judged = counts.right[attribute], counts.judged[attribute]
        # Strict: a claim counts when matched and right. Claims whose gold leaves
        # the attribute out are left out on both sides (their predictions too).
        unjudged = counts.matched - judged
        out[attribute] = {
            "accuracy": _ratio(right, judged),
            "judged": judged,
            **prf(right, counts.pred - unjudged, counts.gold_with[attribute]),
        }
    out["per_kind"] = {
        kind: {
            "gold": counts.gold_kind[kind],
            "recall": _ratio(counts.gold_kind_matched[kind], counts.gold_kind[kind]),
            "predicted": counts.pred_kind[kind],
            "precision": _ratio(counts.pred_kind_matched[kind], counts.pred_kind[kind]),
        }
        for kind in sorted(set(counts.gold_kind) | set(counts.pred_kind))
    }
    return out


@dataclass
class Report:
    counts: Counts
    missing: list[str]
    failed: list[str]

    def summary(self) -> dict[str, Any]:
        out = summarise(self.counts)
        out["articles"] = len(self.missing) + len(self.failed) + self.scored
        out["missing"] = self.missing
        out["failed"] = self.failed
        return out

    scored: int = 0


def score(
    gold: Sequence[GoldArticle], predictions: Mapping[str, Sequence[Claim] | None]
) -> Report:
    """Score predictions keyed by article name; None means the pipeline failed on it."""
    total = Counts()
    missing, failed = [], []
    for article in gold:
        if article.name not in predictions:
            missing.append(article.name)
            pred: Sequence[Claim] = []
        else:
            got = predictions[article.name]
            if got is None:
                failed.append(article.name)
            pred = got or []
        total.add(score_article(article.name, article.claims, pred))
    report = Report(total, missing, failed)
    report.scored = len(gold) - len(missing) - len(failed)
    return report
