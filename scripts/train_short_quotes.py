"""Train the short-quote classifier on the PolNeAR train split.

Every short quote (under four words) that no cue claimed gives candidates
(newsdesk/extract/quotes/short.py: the quote alone, the phrase its head
governs). A candidate is positive when its content matches a gold
attribution (token overlap >= half of the union, the evaluation's rule) that
no statement found without it matches already: a second match of one gold
would be a false positive. A logistic regression is fitted with numpy; the
threshold is chosen on held-out train articles to maximise content F1 over
all statements, and written with the weights to
`newsdesk/extract/quotes/short_quote_model.json`. The dev split is never read.

    .venv/bin/python scripts/train_short_quotes.py [--cache /tmp/train.docs]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_statements import parse, write_model  # noqa: E402

import newsdesk.extract.quotes.finder as statements  # noqa: E402
from eval.polnear_match import Tokens, overlap_ratio  # noqa: E402
from newsdesk.extract.quotes.finder import StatementFinder, find_statements  # noqa: E402
from newsdesk.extract.quotes.marks import Quoted, find_quotes  # noqa: E402
from newsdesk.extract.quotes.short import FEATURES, candidates  # noqa: E402
from newsdesk.extract.quotes.statement import Statement  # noqa: E402
from newsdesk.nlp import doc_text  # noqa: E402

OUT = ROOT / "newsdesk" / "extract" / "quotes" / "short_quote_model.json"


def collect(pairs: list) -> list[dict[str, Any]]:  # type: ignore[type-arg]
    """Per article: gold count, the baseline's predictions and matches, and
    the short-quote candidates grouped by quote with their labels."""
    seen: list[tuple[StatementFinder, Quoted]] = []

    def record(finder: StatementFinder, q: Quoted, para: int) -> Statement | None:
        seen.append((finder, q))
        return None  # the baseline: every short quote a scare quote

    setattr(statements, "short_quote_statement", record)  # noqa: B010 (a module global)
    rows = []
    for gold, doc in pairs:
        seen.clear()
        found = find_statements(doc, find_quotes(doc_text(doc)))
        toks = Tokens.of(gold.text)
        gsets = [toks.covered(a.content) for a in gold.attributions]
        psets = [toks.covered(tuple(st.content)) for st in found]
        matched = {k for k, g in enumerate(gsets) if any(overlap_ratio(p, g) >= 0.5 for p in psets)}
        groups = []
        for finder, q in seen:
            group = []
            for c in candidates(finder, q):
                ct = toks.covered((c.content,))
                hit = next((k for k, g in enumerate(gsets)
                            if k not in matched and overlap_ratio(ct, g) >= 0.5), -1)
                group.append((c.x, hit))
            if group:
                groups.append(group)
        rows.append({"gold": len(gsets), "pred": len(found), "tp": len(matched),
                     "groups": groups})
    return rows


def f1_at(
    rows: list[dict[str, Any]], probs: list[list[np.ndarray]], t: float
) -> tuple[float, int, int]:
    """Content F1 over all statements when each short quote's likeliest
    candidate becomes a statement at probability >= t; also how many were
    added and how many of those matched a gold attribution."""
    gold = sum(r["gold"] for r in rows)
    pred = sum(r["pred"] for r in rows)
    tp = sum(r["tp"] for r in rows)
    added = gained = 0
    for r, ps in zip(rows, probs, strict=True):
        hits: set[int] = set()
        for group, p in zip(r["groups"], ps, strict=True):
            k = int(np.argmax(p))
            if p[k] >= t:
                added += 1
                if group[k][1] >= 0:
                    hits.add(group[k][1])
        gained += len(hits)
    return 2 * (tp + gained) / (pred + added + gold), added, gained


Model = tuple[np.ndarray, float, np.ndarray, np.ndarray]


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by Newton's method (the bias is not
    penalised): a few dozen features, so each step solves exactly and rare
    features get their full weight, which gradient steps reach slowly."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb.T * (p * (1 - p))) @ xb + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1], float(w[-1])


def train(rows: list[dict[str, Any]], l2: float) -> Model:
    xs = np.array([x for r in rows for g in r["groups"] for x, _ in g])
    ys = np.array([float(h >= 0) for r in rows for g in r["groups"] for _, h in g])
    mean, std = xs.mean(axis=0), xs.std(axis=0)
    scale = np.where(std > 1e-6, std, 1.0)  # a constant feature: left unscaled
    w, b = fit((xs - mean) / scale, ys, l2)
    return w, b, mean, scale


def predict(model: Model, rows: list[dict[str, Any]]) -> list[list[np.ndarray]]:
    w, b, mean, scale = model
    return [[1 / (1 + np.exp(-(((np.array([x for x, _ in g]) - mean) / scale) @ w + b)))
             for g in r["groups"]] for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "polnear")
    ap.add_argument("--cache", type=Path, help="keep the parsed train docs here (DocBin)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--l2", type=float, default=100.0)
    args = ap.parse_args()
    rows = collect(parse(args.data / "train", args.cache))
    thresholds = [round(float(t), 3) for t in np.arange(0.1, 0.95, 0.025)]
    totals = {t: [0.0, 0.0, 0.0] for t in thresholds}
    for rep in range(args.repeats):
        # every article's probabilities from a model that did not see it; the
        # folds drawn anew each repeat, as the few positives make one draw noisy
        order = list(range(len(rows)))
        random.Random(args.seed + rep).shuffle(order)
        oof: list[list[np.ndarray]] = [[] for _ in rows]
        for k in range(args.folds):
            held = order[k :: args.folds]
            seen = set(held)
            model = train([r for i, r in enumerate(rows) if i not in seen], args.l2)
            for i, ps in zip(held, predict(model, [rows[i] for i in held]), strict=True):
                oof[i] = ps
        for t in thresholds:
            f1, added, gained = f1_at(rows, oof, t)
            totals[t][0] += f1 / args.repeats
            totals[t][1] += added
            totals[t][2] += gained
    base = f1_at(rows, [[np.zeros(len(g)) for g in r["groups"]] for r in rows], 2.0)[0]
    best = (1.0, base, 0.0, 0.0)
    for t, (f1, sum_added, sum_gained) in totals.items():
        n, right = sum_added / args.repeats, sum_gained / args.repeats
        print(f"  t={t:.3f} held-out F1 {f1:.5f} (+{n:.1f} statements, {right:.1f} right)")
        if f1 > best[1] + 1e-9:
            best = (t, f1, n, right)
    positives = sum(h >= 0 for r in rows for g in r["groups"] for _, h in g)
    print(f"{sum(len(r['groups']) for r in rows)} short quotes, {positives} positive candidates; "
          f"held-out content F1 {base:.5f} -> {best[1]:.5f} at threshold {best[0]:.3f} "
          f"(+{best[2]:.1f} statements, {best[3]:.1f} right, mean of {args.repeats} "
          f"{args.folds}-fold runs)")
    w, b, mean, scale = train(rows, args.l2)  # refit on every train article
    write_model(OUT, list(FEATURES), w, b, mean, scale, threshold=round(best[0], 3))


if __name__ == "__main__":
    main()
