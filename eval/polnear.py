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
import bisect
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, utils
from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

if __package__ in (None, ""):  # run as a script: make `eval.polnear_gold` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.polnear_gold import (
    GoldArticle,
    GoldAttribution,
    Spans,
    parse_ann,
    read_split,
    spans_text,
)
from eval.polnear_predictions import (
    OffsetMap,
    Predicted,
    Prediction,
    predictions_from_file,
    predictions_in_process,
    read_quote,
)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "polnear"

#: A prediction matches a gold attribution at this token overlap (intersection / union) or more.
MIN_OVERLAP = 0.5
#: rapidfuzz token_set_ratio at which a speaker name counts as the gold source.
NAME_RATIO = 90

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_WORD = re.compile(r"\w+")
#: Pronouns (a statistic: how many gold sources are only a pronoun) and, with
#: titles and articles, the capitalised words that are not a surname.
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "his", "her", "its"}
    | {"their", "our", "him", "them", "us", "me", "this", "these", "those"}
)
_NOT_SURNAME = _PRONOUNS | frozenset(
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
    words: list[str] = _WORD.findall(source)
    for word in reversed(words):
        if word[0].isupper() and len(word) > 1 and word.casefold() not in _NOT_SURNAME:
            return word
    return None


def names_source(speaker_name: str | None, source: str) -> bool:
    """True when a predicted speaker name names the gold source mention."""
    if not speaker_name or not speaker_name.strip():
        return False
    last = surname(source)
    if last and last.casefold() in {w.casefold() for w in _WORD.findall(speaker_name)}:
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


@dataclass
class Report:
    split: str
    source: str
    counts: Counter[str]
    scores: dict[str, Any]
    gold: dict[str, Any]
    articles: list[ArticleScore]
    problems: list[str]


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


# -- gold statistics --------------------------------------------------------


def gold_stats(golds: Sequence[GoldArticle]) -> dict[str, Any]:
    """What the gold holds, and whether its offsets give the annotated strings."""
    counts: Counter[str] = Counter()
    attributions = [a for g in golds for a in g.attributions]
    mismatched_universal = 0
    for g in golds:
        counts.update(g.counts)
        if g.ann_path is None:
            continue
        universal = g.text_path.read_text(encoding="utf-8")  # newline translation on
        if universal == g.text:
            mismatched_universal += len(g.mismatches)
        else:
            parsed = parse_ann(g.ann_path.read_text(encoding="utf-8"), universal)
            mismatched_universal += sum(
                spans_text(universal, m.spans) != m.text for m in parsed.mentions.values()
            )
    n = len(attributions)
    mentions = sum(g.mentions for g in golds)

    def share(k: int) -> float:
        return k / n if n else 0.0

    pronoun = sum(
        bool(a.source_text)
        and all(w.casefold() in _PRONOUNS for w in _WORD.findall(a.source_text or ""))
        for a in attributions
    )
    return {
        "articles": len(golds),
        "annotator_files": sum(len(g.ann_paths) for g in golds),
        "articles_with_several_annotators": sum(len(g.ann_paths) > 1 for g in golds),
        "events": counts["events"],
        "events_without_content_dropped": counts["no_content"],
        "events_without_source": counts["no_source"],
        "events_without_cue": counts["no_cue"],
        "events_with_content2": counts["content2"],
        "attributions": n,
        "per_article": n / len(golds) if golds else 0.0,
        "direct": share(sum(a.direct for a in attributions)),
        "reported": share(sum(not a.direct for a in attributions)),
        "with_source": share(sum(a.source is not None for a in attributions)),
        "with_cue": share(sum(a.cue is not None for a in attributions)),
        "source_only_pronoun": share(pronoun),
        "discontinuous_content": share(sum(len(a.content) > 1 for a in attributions)),
        "mentions_checked": mentions,
        "offset_mismatches": sum(len(g.mismatches) for g in golds),
        "offset_mismatches_universal_newlines": mismatched_universal,
    }


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


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def render(report: Report) -> Iterator[str]:
    g, s, c = report.gold, report.scores, report.counts
    yield f"PolNeAR {report.split}: {g['articles']} articles, predictions from {report.source}"
    yield (
        f"gold: {g['attributions']} attributions ({g['per_article']:.1f} per article; "
        f"{g['events_without_content_dropped']} events without content dropped), "
        f"direct {_pct(g['direct']).strip()}% / reported {_pct(g['reported']).strip()}%, "
        f"with source {_pct(g['with_source']).strip()}%, with cue {_pct(g['with_cue']).strip()}%"
    )
    yield (
        f"      {g['articles_with_several_annotators']} articles with several annotators "
        f"(first file used); offsets checked on {g['mentions_checked']} spans: "
        f"{g['offset_mismatches']} mismatches"
    )
    yield f"predictions: {c['pred']} quotes ({c['invalid']} malformed), {c['matched']} matched"
    yield ""
    yield f"{'':22} {'P':>6} {'R':>6} {'F1':>6}"
    for key, label in (
        ("content", "content (overlap≥0.5)"),
        ("direct", "  direct"),
        ("reported", "  reported"),
        ("exact", "content exact"),
    ):
        m = s[key]
        yield f"{label:22} {_pct(m['precision']):>6} {_pct(m['recall']):>6} {_pct(m['f1']):>6}"
    yield ""
    yield f"over {c['matched']} matched pairs:"
    yield f"  speaker accuracy {_pct(s['speaker_accuracy'])}"
    yield f"  cue accuracy     {_pct(s['cue_accuracy'])}"
    yield f"  direct agreement {_pct(s['direct_agreement'])}"
    if report.problems:
        yield ""
        yield f"problems ({len(report.problems)}):"
        for line in report.problems[:10]:
            yield f"  {line}"
        if len(report.problems) > 10:
            yield f"  ... and {len(report.problems) - 10} more (--json lists all)"


def render_errors(report: Report, n: int) -> Iterator[str]:
    examples = [m for a in report.articles for m in a.examples]
    rng = random.Random(0)
    for kind in ("missed", "false positive", "wrong speaker", "wrong cue"):
        these = [m for m in examples if m.kind == kind]
        if not these:
            continue
        picked = rng.sample(these, min(n, len(these)))
        yield ""
        yield f"{kind}: {len(picked)} of {len(these)}"
        for m in picked:
            yield f"  [{m.stem}] {m.content!r}"
            yield f"      {m.detail}"


def as_json(report: Report) -> dict[str, Any]:
    return {
        "split": report.split,
        "predictions": report.source,
        "gold": report.gold,
        "scores": report.scores,
        "counts": dict(sorted(report.counts.items())),
        "problems": report.problems,
        "articles": [
            {"stem": a.stem, **{k: a.counts[k] for k in ("gold", "pred", "matched")}}
            for a in report.articles
        ],
    }


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
