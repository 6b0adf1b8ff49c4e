"""Matching and scoring for the PolNeAR "who said what" scorer (`eval/polnear.py`):
word tokens and spans, the one-to-one content matching, speaker and cue
agreement, and the per-article counts and the figures from them (the metrics
are described in `eval/polnear.py`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, utils
from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

from eval.polnear_gold import GoldArticle, GoldAttribution, Spans, spans_text
from eval.polnear_predictions import OffsetMap, Predicted, Prediction, read_quote

#: A prediction matches a gold attribution at this token overlap (intersection / union) or more.
MIN_OVERLAP = 0.5
#: rapidfuzz token_set_ratio at which a speaker name counts as the gold source.
NAME_RATIO = 90

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
WORD = re.compile(r"\w+")
#: Pronouns (a statistic: how many gold sources are only a pronoun) and, with
#: titles and articles, the capitalised words that are not a surname.
PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "his", "her", "its"}
    | {"their", "our", "him", "them", "us", "me", "this", "these", "those"}
)
_NOT_SURNAME = PRONOUNS | frozenset(
    {"a", "an", "the", "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col"}
    | {"sgt", "prof", "rev", "pres", "president", "jr", "sr", "st"}
)


# -- tokens and spans -------------------------------------------------------


@dataclass(frozen=True)
class Tokens:
    """The word tokens of a text, with offsets, for span → token-set lookups."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> Tokens:
        found = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        return cls([s for s, _ in found], [e for _, e in found])

    def covered(self, spans: Spans) -> frozenset[int]:
        """Indices of the tokens whose range overlaps any span."""
        out: set[int] = set()
        for start, end in spans:
            if end <= start:
                continue
            # tokens with token.end > start and token.start < end
            first = bisect.bisect_right(self.ends, start)
            last = bisect.bisect_left(self.starts, end)
            out.update(range(first, last))
        return frozenset(out)


def overlaps(a: Spans | None, b: Spans | None) -> bool:
    """True when some span of `a` and some span of `b` share at least one character."""
    if not a or not b:
        return False
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def overlap_ratio(pred: frozenset[int], gold: frozenset[int]) -> float:
    union = len(pred | gold)
    return len(pred & gold) / union if union else 0.0


def is_match(pred: frozenset[int], gold: frozenset[int]) -> bool:
    """The content rule: |pred ∩ gold| / |pred ∪ gold| ≥ 0.5 (exactly half counts).

    Compared without a division (`0.5 * union` is exact in floating point)."""
    union = len(pred | gold)
    return union > 0 and len(pred & gold) >= MIN_OVERLAP * union


def _edge(c: str) -> bool:
    return c.isspace() or unicodedata.category(c)[0] in "PZ"


def normalise_content(text: str, spans: Spans) -> str:
    """The content string compared by the exact metric (see the module docstring)."""
    pieces = []
    for s, e in spans:
        piece = text[s:e]
        i, j = 0, len(piece)
        while i < j and _edge(piece[i]):
            i += 1
        while j > i and _edge(piece[j - 1]):
            j -= 1
        piece = " ".join(piece[i:j].split())
        if piece:
            pieces.append(piece)
    return " ".join(pieces)


def surname(source: str) -> str | None:
    """The last capitalised word of a source mention that is not a title or pronoun."""
    words: list[str] = WORD.findall(source)
    for word in reversed(words):
        if word[0].isupper() and len(word) > 1 and word.casefold() not in _NOT_SURNAME:
            return word
    return None


def names_source(speaker_name: str | None, source: str) -> bool:
    """True when a predicted speaker name names the gold source mention."""
    if not speaker_name or not speaker_name.strip():
        return False
    last = surname(source)
    if last and last.casefold() in {w.casefold() for w in WORD.findall(speaker_name)}:
        return True
    ratio = fuzz.token_set_ratio(speaker_name, source, processor=utils.default_process)
    return bool(ratio >= NAME_RATIO)


# -- matching and scoring ---------------------------------------------------


def match_contents(
    gold: Sequence[frozenset[int]],
    pred: Sequence[frozenset[int]],
    agree: Callable[[int, int], int] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs meeting the overlap rule.

    Among all one-to-one matchings it takes the one with the most pairs, then
    the largest total overlap (to 1e-4), then the largest total of
    `agree(gold, pred)` (0-2: cue and speaker agreement), so the result does
    not depend on the order of the quotes.
    """
    if not gold or not pred:
        return []
    by_token: dict[int, list[int]] = {}
    for g, tokens in enumerate(gold):
        for t in tokens:
            by_token.setdefault(t, []).append(g)
    n = max(len(gold), len(pred))
    resolution = 10_000
    c_agree = 2 * n + 1
    c_pair = n * (resolution * c_agree + 2 * n) + 1
    weights = np.zeros((len(gold), len(pred)))
    for p, pt in enumerate(pred):
        for g in sorted({g for t in pt for g in by_token.get(t, ())}):
            gt = gold[g]
            if is_match(pt, gt):
                bonus = agree(g, p) if agree is not None else 0
                weights[g, p] = c_pair + round(overlap_ratio(pt, gt) * resolution) * c_agree + bonus
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(g), int(p)) for g, p in zip(rows, cols, strict=True) if weights[g, p] > 0]


def speaker_correct(gold: GoldAttribution, pred: Prediction) -> bool:
    if gold.source is None:
        return pred.speaker is None or pred.speaker_type == "unknown"
    if overlaps(pred.speaker, gold.source):
        return True
    return names_source(pred.speaker_name, gold.source_text or "")


def cue_correct(gold: GoldAttribution, pred: Prediction) -> bool:
    if gold.cue is None:
        return pred.cue is None
    return overlaps(pred.cue, gold.cue)


@dataclass
class Miss:
    """An example for `--errors`: a gold attribution not found or a false positive."""

    stem: str
    kind: str  # "missed", "false positive", "wrong speaker", "wrong cue"
    content: str
    detail: str


@dataclass
class ArticleScore:
    stem: str
    counts: Counter[str] = field(default_factory=Counter)
    examples: list[Miss] = field(default_factory=list)


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def score_article(gold: GoldArticle, predicted: Predicted) -> ArticleScore:
    """Every count for one article (see `summarise` for the figures)."""
    text = gold.text
    # offsets index the prediction's own text; a file without `text` is taken to use the gold's
    pred_text = predicted.text if predicted.text is not None else text
    offsets = OffsetMap(pred_text, text)
    preds = [read_quote(q, pred_text, offsets) for q in predicted.quotes]
    tokens = Tokens.of(text)
    gold_tokens = [tokens.covered(a.content) for a in gold.attributions]
    pred_tokens = [frozenset() if p.invalid else tokens.covered(p.content) for p in preds]

    def agree(g: int, p: int) -> int:
        ga, pa = gold.attributions[g], preds[p]
        return int(cue_correct(ga, pa)) + int(speaker_correct(ga, pa))

    pairs = match_contents(gold_tokens, pred_tokens, agree)

    c: Counter[str] = Counter()
    result = ArticleScore(gold.stem, c)
    c["articles"] = 1
    c["gold"] = len(gold.attributions)
    c["pred"] = len(preds)
    c["invalid"] = sum(bool(p.invalid) for p in preds)
    c["matched"] = len(pairs)
    c["no_prediction"] = int(bool(predicted.problem))
    c["text_differs"] = int(not offsets.identity)
    c["gold_direct"] = sum(a.direct for a in gold.attributions)
    c["pred_direct"] = sum(p.direct for p in preds)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for g, p in pairs:
        ga, pa = gold.attributions[g], preds[p]
        c["gold_direct_matched"] += ga.direct
        c["pred_direct_matched"] += pa.direct
        c["direct_agree"] += ga.direct == pa.direct
        speaker_ok = speaker_correct(ga, pa)
        cue_ok = cue_correct(ga, pa)
        c["speaker_ok"] += speaker_ok
        c["cue_ok"] += cue_ok
        if ga.source is None:
            c["matched_no_source"] += 1
            c["speaker_ok_no_source"] += speaker_ok
        if ga.cue is None:
            c["matched_no_cue"] += 1
        if not speaker_ok:
            result.examples.append(
                Miss(
                    gold.stem,
                    "wrong speaker",
                    _short(ga.content_text),
                    f"gold source {ga.source_text!r}; predicted "
                    f"{spans_text(text, pa.speaker) if pa.speaker else None!r} "
                    f"name {pa.speaker_name!r} type {pa.speaker_type!r}",
                )
            )
        if not cue_ok:
            result.examples.append(
                Miss(
                    gold.stem,
                    "wrong cue",
                    _short(ga.content_text),
                    f"gold cue {ga.cue_text!r}; predicted "
                    f"{spans_text(text, pa.cue) if pa.cue else None!r}",
                )
            )
    for g, ga in enumerate(gold.attributions):
        if g not in matched_gold:
            result.examples.append(
                Miss(
                    gold.stem,
                    "missed",
                    _short(ga.content_text),
                    f"{'direct' if ga.direct else 'reported'}; source {ga.source_text!r}, "
                    f"cue {ga.cue_text!r}",
                )
            )
    for p, pa in enumerate(preds):
        if p not in matched_pred:
            result.examples.append(
                Miss(
                    gold.stem,
                    "false positive",
                    _short(spans_text(text, pa.content)) if not pa.invalid else "",
                    pa.invalid or f"speaker {pa.speaker_name!r}; direct {pa.direct}",
                )
            )
    # exact content: a multiset intersection of normalised strings
    gold_exact = Counter(normalise_content(text, a.content) for a in gold.attributions)
    pred_exact = Counter(normalise_content(text, p.content) for p in preds if not p.invalid)
    c["exact_matched"] = sum((gold_exact & pred_exact).values())
    return result


def prf(correct_pred: int, pred: int, correct_gold: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1; 0 where a denominator is 0."""
    p = correct_pred / pred if pred else 0.0
    r = correct_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def summarise(c: Counter[str]) -> dict[str, Any]:
    """The figures from summed counts."""
    matched = c["matched"]
    gold_reported = c["gold"] - c["gold_direct"]
    pred_reported = c["pred"] - c["pred_direct"]
    return {
        "content": prf(matched, c["pred"], matched, c["gold"]),
        "direct": prf(
            c["pred_direct_matched"], c["pred_direct"], c["gold_direct_matched"], c["gold_direct"]
        ),
        "reported": prf(
            matched - c["pred_direct_matched"],
            pred_reported,
            matched - c["gold_direct_matched"],
            gold_reported,
        ),
        "exact": prf(c["exact_matched"], c["pred"], c["exact_matched"], c["gold"]),
        "speaker_accuracy": c["speaker_ok"] / matched if matched else 0.0,
        "cue_accuracy": c["cue_ok"] / matched if matched else 0.0,
        "direct_agreement": c["direct_agree"] / matched if matched else 0.0,
    }


def score(
    golds: Sequence[GoldArticle], predicted: Mapping[str, Predicted]
) -> tuple[Counter[str], list[ArticleScore], list[str]]:
    """Score every gold article against its prediction (missing → predicts nothing)."""
    total: Counter[str] = Counter()
    per_article: list[ArticleScore] = []
    problems: list[str] = []
    for gold in golds:
        pred = predicted.get(gold.stem)
        if pred is None:
            pred = Predicted([], None, "no prediction for this article")
        if pred.problem:
            problems.append(f"{gold.stem}: {pred.problem}")
        article = score_article(gold, pred)
        if article.counts["text_differs"]:
            problems.append(f"{gold.stem}: predicted text differs from gold; offsets mapped")
        if article.counts["invalid"]:
            problems.append(f"{gold.stem}: {article.counts['invalid']} malformed quotes")
        total.update(article.counts)
        per_article.append(article)
    golden = {g.stem for g in golds}
    extra = sorted(set(predicted) - golden)
    if extra:
        problems.append(f"{len(extra)} predicted articles have no gold in this selection (ignored)")
    return total, per_article, problems
