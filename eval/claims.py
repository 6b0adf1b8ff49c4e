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
import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "eval" / "claims_gold.jsonl"
DEFAULT_TEXTS = REPO.parent / "shared" / "eval" / "polnear" / "dev" / "text"

KINDS = (
    "percent",
    "change",
    "lead",
    "count",
    "money",
    "distance",
    "duration",
    "majority",
    "rank",
    "poll",
)
#: Two numbers agree when they differ by at most this share of the larger.
REL_TOLERANCE = 0.005

Span = tuple[int, int]
Value = float | tuple[float, float] | dict[str, float] | None


# -- reading ------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """The string offsets index: `\\r\\n` and lone `\\r` become `\\n` (as the readers do)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_sha(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the UTF-8 text (the gold's `sha`)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Claim:
    """One claim, gold or predicted, reduced to what is scored."""

    span: Span
    kind: str | None
    value: Any
    unit: str | None
    qualifier: str | None
    subject: Span | None


@dataclass
class GoldArticle:
    name: str
    sha: str
    claims: list[Claim]
    text: str = ""


def _span(value: Any) -> Span | None:
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2:
        start, end = value
        if isinstance(start, int) and isinstance(end, int) and end > start:
            return (start, end)
    return None


def read_claim(raw: Mapping[str, Any]) -> Claim | None:
    """A claim from a contract record or a gold record; None when it has no usable span."""
    span = _span([raw.get("start"), raw.get("end")])
    if span is None:
        return None
    subject = _span(raw.get("subject_span"))
    if subject is None:
        subject = _span([raw.get("subject_start"), raw.get("subject_end")])
    kind = raw.get("kind")
    unit = raw.get("unit")
    qualifier = raw.get("qualifier")
    return Claim(
        span=span,
        kind=kind if isinstance(kind, str) else None,
        value=raw.get("value"),
        unit=unit if isinstance(unit, str) else None,
        qualifier=qualifier if isinstance(qualifier, str) else None,
        subject=subject,
    )


def read_claims(raws: Iterable[Any]) -> list[Claim]:
    out = []
    for raw in raws:
        if isinstance(raw, Mapping):
            claim = read_claim(raw)
            if claim is not None:
                out.append(claim)
    return out


def read_gold(path: Path = DEFAULT_GOLD, texts: Path | None = DEFAULT_TEXTS) -> list[GoldArticle]:
    """The gold articles; with `texts`, each article's text is read and its sha checked."""
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        article = GoldArticle(obj["article"], obj["sha"], read_claims(obj["claims"]))
        if texts is not None:
            file = texts / f"{article.name}.txt"
            article.text = normalise_text(file.read_text(encoding="utf-8"))
            if text_sha(article.text) != article.sha:
                raise ValueError(f"{file}: text changed since it was annotated (sha differs)")
        articles.append(article)
    return articles


# -- values, units, qualifiers ------------------------------------------------


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        cleaned = value.replace(",", "").strip()
        if _NUMBER.fullmatch(cleaned):
            return float(cleaned)
    return None


def normalise_value(value: Any) -> Value:
    """A number, a sorted `(low, high)` pair, a poll map of party → share, or None."""
    number = _number(value)
    if number is not None:
        return number
    if isinstance(value, Mapping):
        if {"low", "high"} <= set(value) or {"min", "max"} <= set(value):
            low = _number(value.get("low", value.get("min")))
            high = _number(value.get("high", value.get("max")))
            if low is not None and high is not None:
                return (min(low, high), max(low, high))
            return None
        shares: dict[str, float] = {}
        for key, share in value.items():
            # A share may itself be a record ({"share": 44, "change": 2}).
            if isinstance(share, Mapping):
                share = share.get("share", share.get("value"))
            number = _number(share)
            if isinstance(key, str) and number is not None:
                shares[key] = number
        return shares or None
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2:
        low, high = _number(value[0]), _number(value[1])
        if low is not None and high is not None:
            return (min(low, high), max(low, high))
    return None


def numbers_equal(a: float, b: float) -> bool:
    """Equal within `REL_TOLERANCE` of the larger magnitude; signs ignored."""
    a, b = abs(a), abs(b)
    return abs(a - b) <= REL_TOLERANCE * max(a, b)


_WORD = re.compile(r"[^\W\d_]+")


def _party_words(name: str) -> list[str]:
    return [singular(w) for w in _WORD.findall(name.casefold())]


def party_matches(gold: str, pred: str) -> bool:
    """True when a predicted party/candidate key names the gold one.

    Equal after case and plurals, or one's words include the other's last word
    (`Hillary Clinton` ~ `Clinton`, `the Conservatives` ~ `Conservative`)."""
    g, p = _party_words(gold), _party_words(pred)
    if not g or not p:
        return False
    return g == p or g[-1] in p or p[-1] in g


def polls_equal(gold: Mapping[str, float], pred: Mapping[str, float]) -> bool:
    """Same number of parties, and each gold party has a predicted key with an equal share."""
    if len(gold) != len(pred):
        return False
    unused = dict(pred)
    for party, share in gold.items():
        found = next((k for k in unused if party_matches(party, k)), None)
        if found is None or not numbers_equal(share, unused.pop(found)):
            return False
    return True


def values_equal(gold: Any, pred: Any) -> bool:
    """The value rule of the module docstring."""
    g, p = normalise_value(gold), normalise_value(pred)
    if g is None or p is None:
        return g is None and p is None and gold == pred
    if isinstance(g, dict) or isinstance(p, dict):
        return isinstance(g, dict) and isinstance(p, dict) and polls_equal(g, p)
    if isinstance(g, tuple) or isinstance(p, tuple):
        gl, gh = g if isinstance(g, tuple) else (g, g)
        pl, ph = p if isinstance(p, tuple) else (p, p)
        return numbers_equal(gl, pl) and numbers_equal(gh, ph)
    return numbers_equal(g, p)


#: Synonyms of a unit, after lower-casing: each maps to one canonical name.
UNIT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["%", "percent", "per cent", "pct", "percentage", "per-cent"], "%"),
    **dict.fromkeys(
        ["point", "points", "pts", "pt", "pp", "percentage point", "percentage points"],
        "points",
    ),
    **dict.fromkeys(["$", "usd", "us$", "dollar", "dollars", "us dollars"], "USD"),
    **dict.fromkeys(["£", "gbp", "pounds sterling", "sterling"], "GBP"),
    **dict.fromkeys(["€", "eur", "euro", "euros"], "EUR"),
    **dict.fromkeys(["mile", "miles", "mi"], "mile"),
    **dict.fromkeys(["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"], "km"),
    **dict.fromkeys(["foot", "feet", "ft"], "foot"),
    **dict.fromkeys(["hour", "hours", "hrs", "hr", "h"], "hour"),
    **dict.fromkeys(["minute", "minutes", "mins", "min"], "minute"),
    **dict.fromkeys(["second", "seconds", "secs", "sec", "s"], "second"),
    **dict.fromkeys(["year", "years", "yrs", "yr"], "year"),
    **dict.fromkeys(["people", "person", "persons"], "person"),
}


def singular(word: str) -> str:
    """A crude singular for comparing units: `victims` → `victim`, `cities` → `city`."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def normalise_unit(unit: str | None, kind: str | None = None) -> str | None:
    """The canonical form of a unit (see `UNIT_SYNONYMS`); words singular, lower case."""
    if unit is None:
        return None
    key = " ".join(unit.casefold().split())
    if not key:
        return None
    if kind == "money" and key in {"pound", "pounds", "£"}:
        return "GBP"
    if key in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[key]
    return " ".join(UNIT_SYNONYMS.get(w, singular(w)) for w in key.split())


def units_equal(gold: str | None, pred: str | None, kind: str | None = None) -> bool:
    """Normalised units equal, or their last words (head nouns) equal."""
    g, p = normalise_unit(gold, kind), normalise_unit(pred, kind)
    if g is None or p is None:
        return g == p
    return g == p or g.split()[-1] == p.split()[-1]


#: Qualifiers that mean the same bound.
QUALIFIER_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"about", "around", "approximately", "roughly", "some", "an estimated",
               "estimated", "approx", "circa", "on average", "average", "+/-",
               "plus or minus"}),
    frozenset({"nearly", "almost", "close to", "nearing", "approaches", "approaching",
               "just under", "just shy of"}),
    frozenset({"more than", "over", "above", "exceeds", "exceeding", "upwards of",
               "in excess of", "just above", "just over", "plus", "-plus"}),
    frozenset({"at least", "or more", "no fewer than", "no less than", "a minimum of"}),
    frozenset({"up to", "as many as", "as much as", "as high as", "at most", "or less",
               "no more than", "a maximum of"}),
    frozenset({"less than", "under", "fewer than", "below"}),
    frozenset({"only", "just", "a mere", "merely"}),
    frozenset({"between", "from"}),
)


def qualifiers_equal(gold: str | None, pred: str | None) -> bool:
    g = " ".join(gold.casefold().split()) if gold else ""
    p = " ".join(pred.casefold().split()) if pred else ""
    if g == p:
        return True
    return any(g in group and p in group for group in QUALIFIER_GROUPS)


# -- matching -----------------------------------------------------------------


def overlap(a: Span, b: Span) -> int:
    """Characters shared by two spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_claims(gold: Sequence[Claim], pred: Sequence[Claim]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping claims.

    Maximises the number of pairs, then the total overlap, then kind agreement."""
    if not gold or not pred:
        return []
    weights = np.zeros((len(gold), len(pred)))
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = overlap(g.span, p.span)
            if shared:
                # A pair is worth more than any overlap, an overlap character more than a kind.
                weights[i, j] = 1e9 + shared * 10 + (g.kind == p.kind)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if weights[i, j] > 0]


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


# -- predictions --------------------------------------------------------------


def claims_stages() -> list[str] | None:
    """The default stages plus dates and claims, or None when no claims stage exists."""
    from newsdesk import pipeline
    from newsdesk.registry import REGISTRY

    pipeline._load_builtin_stages()
    if "extract.claims" not in REGISTRY:
        return None
    extra = [s for s in ("extract.dates", "extract.claims") if s in REGISTRY]
    return [*pipeline.DEFAULT_STAGES, *(s for s in extra if s not in pipeline.DEFAULT_STAGES)]


def run_pipeline(
    gold: Sequence[GoldArticle], texts: Path, stages: Sequence[str]
) -> dict[str, list[Claim] | None]:
    """Run newsdesk in-process over the gold articles' texts."""
    from newsdesk.article import Article
    from newsdesk.pipeline import Pipeline

    pipe = Pipeline(stages)
    articles = [Article(text=a.text, source=str(texts / f"{a.name}.txt")) for a in gold]
    out: dict[str, list[Claim] | None] = {}
    for article, result in zip(gold, pipe.pipe(articles, workers=1), strict=True):
        if isinstance(result, Article):
            out[article.name] = read_claims(result.claims)
        else:
            print(f"{article.name}: {result}", file=sys.stderr)
            out[article.name] = None
    return out


def read_predictions(path: Path, gold: Sequence[GoldArticle]) -> dict[str, list[Claim] | None]:
    """Claims from `newsdesk extract --jsonl` output, keyed by the gold article whose text
    has the same sha."""
    by_sha = {a.sha: a.name for a in gold}
    out: dict[str, list[Claim] | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        text = obj.get("text")
        if not isinstance(text, str):
            continue
        name = by_sha.get(text_sha(normalise_text(text)))
        if name is not None:
            out[name] = read_claims(obj.get("claims") or [])
    return out


def gold_as_predictions(gold: Sequence[GoldArticle]) -> dict[str, list[Claim] | None]:
    return {a.name: list(a.claims) for a in gold}


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
