"""Train the statement classifier on the PolNeAR train split.

Every cue-and-clause candidate (verbs down to --min-probability in the cue
lexicon) found in the train articles is labelled by the gold attributions:
positive when its content matches one (token overlap >= half of the union,
the evaluation's rule). A logistic regression over the explainable features
of `newsdesk/extract/quotes/classifier.py` is fitted with numpy; the decision
threshold is chosen on held-out train articles to maximise content F1, and
written with the weights to `newsdesk/extract/quotes/statement_model.json`.
The dev split is never read.

    .venv/bin/python scripts/train_statements.py [--cache /tmp/train.docs]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.polnear_gold import read_split  # noqa: E402
from eval.polnear_match import Tokens, overlap_ratio  # noqa: E402
from newsdesk.article import Article  # noqa: E402
from newsdesk.extract.quotes.classifier import (  # noqa: E402
    FEATURES,
    features,
    lemma_key,
)
from newsdesk.extract.quotes.finder import find_statements  # noqa: E402
from newsdesk.extract.quotes.marks import find_quotes  # noqa: E402
from newsdesk.extract.quotes.rivals import QUOTED_VIAS  # noqa: E402
from newsdesk.nlp import load_nlp, masked_text  # noqa: E402
from newsdesk.pipeline import Pipeline  # noqa: E402

OUT = ROOT / "newsdesk" / "extract" / "quotes" / "statement_model.json"


def parse(split_dir: Path, cache: Path | None) -> list[tuple[str, object]]:
    nlp = load_nlp()
    golds = read_split(split_dir)
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        clean = Pipeline(("clean.spam", "clean.boilerplate", "clean.headline"))
        texts = [masked_text(clean(Article(text=g.text))) for g in golds]
        docs = list(nlp.pipe(texts, batch_size=16))
        if cache is not None:
            DocBin(docs=docs).to_disk(cache)
    return list(zip(golds, docs, strict=True))  # type: ignore[arg-type]


def candidates(pairs: list, min_probability: float) -> list[dict]:  # type: ignore[type-arg]
    rows = []
    for gold, doc in pairs:
        toks = Tokens.of(gold.text)
        gsets = [toks.covered(a.content) for a in gold.attributions]
        found = find_statements(doc, find_quotes(doc.text), min_probability=min_probability,
                                keep=lambda st, d: True, rivals=False)
        quoted = [st for st in found if st.via in QUOTED_VIAS or st.cue_token is None]
        rows.append({
            "gold": len(gsets),
            "quoted_tp": sum(any(overlap_ratio(toks.covered(st.content), g) >= 0.5 for g in gsets)
                             for st in quoted),
            "quoted": len(quoted),
            "x": [features(st, doc) for st in found if st not in quoted],
            "keys": [lemma_key(st, doc) for st in found if st not in quoted],
            "y": [float(any(overlap_ratio(toks.covered(st.content), g) >= 0.5 for g in gsets))
                  for st in found if st not in quoted],
        })
    return rows


def vocabulary(rows: list[dict], n: int) -> list[str]:  # type: ignore[type-arg]
    """The n most frequent cue lemmas and n most frequent lemma/layout pairs."""
    lemmas: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for r in rows:
        for lemma, pair in r["keys"]:
            lemmas[lemma] += 1
            pairs[pair] += 1
    return [k for k, _ in lemmas.most_common(n)] + [k for k, _ in pairs.most_common(n)]


def fit(
    x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 3000
) -> tuple[np.ndarray, float]:
    w = np.zeros(x.shape[1])
    b = 0.0
    lr = 0.1
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = p - y
        w -= lr * (x.T @ g / len(y) + l2 * w / len(y))
        b -= lr * g.mean()
    return w, b


def best_threshold(
    rows: list[dict],  # type: ignore[type-arg]
    w: np.ndarray,
    b: float,
    mean: np.ndarray,
    scale: np.ndarray,
) -> tuple[float, float]:
    gold = sum(r["gold"] for r in rows)
    qtp = sum(r["quoted_tp"] for r in rows)
    qn = sum(r["quoted"] for r in rows)
    probs, labels = [], []
    for r in rows:
        if r["x"]:
            xs = (np.array(r["x"]) - mean) / scale
            probs.extend(1 / (1 + np.exp(-(xs @ w + b))))
            labels.extend(r["y"])
    best = (0.5, 0.0)
    for t in np.arange(0.05, 0.95, 0.025):
        tp = sum(lab for p, lab in zip(probs, labels, strict=True) if p >= t)
        n = sum(1 for p in probs if p >= t)
        f1 = 2 * (qtp + tp) / ((qn + n) + gold) if gold else 0.0
        if f1 > best[1]:
            best = (float(t), f1)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "polnear")
    ap.add_argument("--cache", type=Path, help="keep the parsed train docs here (DocBin)")
    ap.add_argument("--min-probability", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--lemmas", type=int, default=40,
                    help="indicators for this many of the most frequent lemmas (and as many "
                         "lemma/layout pairs)")
    args = ap.parse_args()
    pairs = parse(args.data / "train", args.cache)
    rows = candidates(pairs, args.min_probability)
    lemmas = vocabulary(rows, args.lemmas)
    for r in rows:  # the lemma indicators, now that the vocabulary is known
        r["x"] = [x + [float(k in keys) for k in lemmas]
                  for x, keys in zip(r["x"], r["keys"], strict=True)]
    random.Random(args.seed).shuffle(rows)
    cut = int(len(rows) * 0.8)
    fit_rows, held = rows[:cut], rows[cut:]
    x = np.array([v for r in fit_rows for v in r["x"]])
    y = np.array([v for r in fit_rows for v in r["y"]])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    w, b = fit((x - mean) / scale, y)
    threshold, f1 = best_threshold(held, w, b, mean, scale)
    print(f"{len(y)} candidates ({int(y.sum())} positive) in {len(fit_rows)} articles; "
          f"held-out content F1 {f1:.3f} at threshold {threshold:.3f}")
    # refit on every train article with the chosen threshold
    x_all = np.array([v for r in rows for v in r["x"]])
    y_all = np.array([v for r in rows for v in r["y"]])
    mean, scale = x_all.mean(axis=0), x_all.std(axis=0) + 1e-6
    w, b = fit((x_all - mean) / scale, y_all)
    names = list(FEATURES) + lemmas
    write_model(OUT, names, w, b, mean, scale, lemmas=lemmas, threshold=round(threshold, 3),
                min_probability=args.min_probability)


def write_model(path: Path, names: list[str], w: np.ndarray, b: float, mean: np.ndarray,
                scale: np.ndarray, **extra: object) -> None:
    """Write a logistic regression's weights (as `newsdesk.extract.logistic`
    reads them) and print its heaviest features."""
    path.write_text(json.dumps({
        "features": names,
        "weights": [round(float(v), 5) for v in w],
        "bias": round(float(b), 5),
        "mean": [round(float(v), 5) for v in mean],
        "scale": [round(float(v), 5) for v in scale],
        **extra,
        "trained_on": "PolNeAR train split, all articles",
    }, indent=1) + "\n", encoding="utf-8")
    for name, weight in sorted(zip(names, w, strict=True), key=lambda p: -abs(p[1]))[:25]:
        print(f"  {name:34} {weight:+.3f}")
    print(f"-> {path}")


if __name__ == "__main__":
    main()
