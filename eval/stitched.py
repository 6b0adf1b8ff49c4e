"""Train and evaluate the `stitched` flag: real PolNeAR articles against
synthetic stitched pages built from them.

    .venv/bin/python -m eval.stitched train  # fit on TRAIN, write clean/stitched_model.json
    .venv/bin/python -m eval.stitched score  # false positives and recall on train and DEV

A synthetic page takes paragraphs and runs of sentences, in random order,
from 3-5 articles of the same split that share topic words (with a bonus for
the same publisher within a month); it sometimes glues two into one
paragraph, starts some mid-sentence, and cuts the last sentence off half the
time: what a content farm does. Dev pages are built only from dev articles,
and nothing is chosen by looking at dev.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from newsdesk.article import Article, Flag
from newsdesk.clean.lines import ENGLISH_FUNCTION_WORDS, split_lines
from newsdesk.clean.stitched import ABBREVIATIONS, MODEL_PATH, features, signals
from newsdesk.config import Options
from newsdesk.pipeline import CLEANING_STAGES, Pipeline
from newsdesk.read.text import read_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "eval" / "polnear"
SEEDS = SHARED / "corpus" / "seeds"
SEED = 20240611
#: Share of real TRAIN articles the threshold may flag (out-of-fold scores).
TARGET_FP = 0.0075
L2 = 1.0

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_WORD = re.compile(r"[a-z]{4,}")


@dataclass
class Doc:
    publisher: str
    day: date
    title: str
    paragraphs: list[list[str]]  # sentences of each body paragraph
    words: set[str]


def sentences(paragraph: str) -> list[str]:
    """Split on sentence ends, but not after "Sen." or "U.S." or an initial."""
    out: list[str] = []
    pos = 0
    for m in _SENTENCE_END.finditer(paragraph):
        last = paragraph[pos : m.start()].split()[-1].rstrip(".").lower()
        if last in ABBREVIATIONS or len(last) <= 1 or "." in last:
            continue
        out.append(paragraph[pos : m.start() + len(m.group(0).rstrip())].strip())
        pos = m.end()
    out.append(paragraph[pos:].strip())
    return [s for s in out if s]


def load_split(split: str) -> list[Doc]:
    docs = []
    for path in sorted((POLNEAR / split / "text").glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        publisher, day = path.stem.split("_")[:2]
        text = " ".join(lines).lower()
        docs.append(
            Doc(
                publisher,
                date.fromisoformat(day),
                lines[0],
                [sentences(p) for p in lines[1:]],
                {w for w in _WORD.findall(text) if w not in ENGLISH_FUNCTION_WORDS},
            )
        )
    return docs


def neighbours(docs: Sequence[Doc], k: int = 12) -> list[list[int]]:
    """For each article, the k others it could be stitched with: most shared
    words, with a bonus for the same publisher within a month."""
    out = []
    for i, a in enumerate(docs):
        scored = []
        for j, b in enumerate(docs):
            if i != j:
                sim = len(a.words & b.words) / max(1, len(a.words | b.words))
                close = a.publisher == b.publisher and abs((a.day - b.day).days) <= 31
                scored.append((sim + 0.05 * close, j))
        out.append([j for _, j in sorted(scored, reverse=True)[:k]])
    return out


def _unit(rng: random.Random, doc: Doc, whole: float, mid: float) -> str:
    """A paragraph or a run of 1-3 of its sentences, maybe starting mid-sentence."""
    sents = rng.choice(doc.paragraphs)
    if rng.random() < whole or len(sents) == 1:
        a, b = 0, len(sents)
    else:
        a = rng.randrange(len(sents))
        b = min(len(sents), a + rng.randint(1, 3))
    run = sents[a:b]
    if rng.random() < mid:
        if a > 0 and rng.random() < 0.5:
            # the tail of the sentence before: "Harbour. The crew ..."
            tail = sents[a - 1].split()
            run = [" ".join(tail[-rng.randint(1, min(4, len(tail))) :]), *run]
        else:
            words = run[0].split()
            if len(words) > 4:
                run[0] = " ".join(words[rng.randint(1, len(words) - 3) :])
    return " ".join(run)


def stitch(rng: random.Random, docs: Sequence[Doc], i: int, near: list[int]) -> tuple[str, bool]:
    """A stitched page, and whether its end was cut off."""
    sources = [docs[i]] + [docs[j] for j in rng.sample(near, rng.randint(2, 4))]
    sources = [d for d in sources if d.paragraphs]
    whole = rng.choice([0.2, 0.5, 0.8])  # some farms take paragraphs, some sentences
    mid = rng.choice([0.0, 0.1, 0.25])
    # As many paragraphs as the article it starts from, so length tells nothing.
    target = max(4, len(docs[i].paragraphs))
    paragraphs: list[str] = []
    seen: set[str] = set()
    for _ in range(3 * target):
        if len(paragraphs) >= target:
            break
        unit = _unit(rng, rng.choice(sources), whole, mid)  # drawn in random order
        if unit in seen:
            continue
        seen.add(unit)
        if paragraphs and rng.random() < 0.15:
            paragraphs[-1] += " " + unit
        else:
            paragraphs.append(unit)
    cut = rng.random() < 0.5
    if cut:
        words = paragraphs[-1].split()
        keep = rng.randint(max(1, len(words) // 2), max(1, len(words) - 1))
        paragraphs[-1] = " ".join(words[:keep])
    return "\n\n".join([docs[i].title, *paragraphs]), cut


def synthetic(docs: Sequence[Doc], n: int, seed: int) -> list[tuple[str, bool]]:
    rng = random.Random(seed)
    near = neighbours(docs)
    usable = [i for i, d in enumerate(docs) if d.paragraphs]
    pages = []
    for _ in range(n):
        i = rng.choice(usable)
        pages.append(stitch(rng, docs, i, near[i]))
    return pages


def real_texts(split: str) -> list[str]:
    """The articles as `newsdesk analyze` reads them."""
    paths = sorted((POLNEAR / split / "text").glob("*.txt"))
    return [read_text(p, Options()).text for p in paths]


def feature_matrix(
    texts: Sequence[str], names: Sequence[str] | None = None
) -> tuple[np.ndarray, list[str]]:
    before = Pipeline([s for s in CLEANING_STAGES if s != "flags.stitched"])
    rows = []
    for text in texts:
        article = before(Article(text=text))
        rows.append(features(signals(article, split_lines(article.text))))
    cols = list(names) if names is not None else list(rows[0])
    return np.array([[r[c] for c in cols] for r in rows]), cols


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method, classes weighted equally."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    sw = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], L2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (sw * (p - y)) + reg * w
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def threshold_for(z_real: np.ndarray, target: float) -> float:
    """A logit that flags at most `target` of the real articles: halfway
    between the last one allowed and the first one not, so rounding the
    weights cannot tip an article over."""
    allowed = int(target * len(z_real))
    top = np.sort(z_real)[::-1]
    return float(top[allowed] + top[max(0, allowed - 1)]) / 2 if allowed else float(top[0]) + 0.1


def train(n_synthetic: int) -> None:
    docs = load_split("train")
    xr, names = feature_matrix(real_texts("train"))
    xf, _ = feature_matrix([text for text, _ in synthetic(docs, n_synthetic, SEED)], names)
    x = np.vstack([xr, xf])
    y = np.r_[np.zeros(len(xr)), np.ones(len(xf))]
    # Every feature is evidence *for* stitching; one the data weighs against
    # it would make the explanation lie, so it is dropped and the fit redone.
    dropped = []
    while True:
        mean, scale = x.mean(0), x.std(0) + 1e-9
        xs = (x - mean) / scale
        w, b = fit(xs, y)
        if w.min() >= 0:
            break
        k = int(w.argmin())
        print(f"  dropped {names[k]} (weight {w[k]:+.3f})")
        dropped.append(names[k])
        names = names[:k] + names[k + 1 :]
        x = np.delete(x, k, axis=1)
    # The threshold must hold on train both out-of-fold (weights that have not
    # seen the article) and in-sample (the weights that ship).
    folds = np.random.default_rng(SEED).integers(0, 5, len(y))
    z = np.zeros(len(y))
    for k in range(5):
        wk, bk = fit(xs[folds != k], y[folds != k])
        z[folds == k] = xs[folds == k] @ wk + bk
    in_sample = xs @ w + b
    threshold = max(
        threshold_for(z[y == 0], TARGET_FP), threshold_for(in_sample[y == 0], TARGET_FP)
    )
    model = {
        "names": names,
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "weights": w.round(6).tolist(),
        "bias": round(b, 6),
        "threshold": round(threshold, 6),
        "trained": {
            "command": "python -m eval.stitched train",
            "seed": SEED,
            "real_train_articles": len(xr),
            "synthetic_train_pages": len(xf),
            "dropped_features": dropped,
            "target_false_positive_rate": TARGET_FP,
            "out_of_fold_false_positive_rate": round(float((z[y == 0] >= threshold).mean()), 4),
            "out_of_fold_recall": round(float((z[y == 1] >= threshold).mean()), 4),
        },
    }
    MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH}")
    for n, wi in zip(names, w, strict=True):
        print(f"  {n:15s} {wi:+.3f}")
    print(f"  out-of-fold on train: {model['trained']}")


def flags(texts: Sequence[str]) -> Iterator[Flag | None]:
    pipeline = Pipeline(CLEANING_STAGES)
    for text in texts:
        yield pipeline(Article(text=text)).flag("stitched")


def score(n_synthetic: int) -> None:
    for split in ("train", "dev"):
        paths = sorted((POLNEAR / split / "text").glob("*.txt"))
        real = list(flags(real_texts(split)))
        pages = synthetic(load_split(split), n_synthetic, SEED + 1)
        hit = [f is not None for f in flags([text for text, _ in pages])]
        fp = sum(f is not None for f in real)
        print(
            f"{split}: flagged {fp}/{len(real)} real articles "
            f"(false positives {fp / len(real):.1%}); "
            f"recall {sum(hit)}/{len(hit)} = {sum(hit) / len(hit):.1%} on synthetic stitched pages"
        )
        for cut in (True, False):
            got = [h for h, (_, c) in zip(hit, pages, strict=True) if c == cut]
            print(f"  {'with' if cut else 'without'} a cut-off end: {sum(got) / len(got):.1%}")
        for path, flag in zip(paths, real, strict=True):
            if flag is not None:
                print(f"  flagged {path.name}: {flag.score:.3f} {flag.explanation}")
    pipeline = Pipeline(CLEANING_STAGES)
    for path in sorted(SEEDS.glob("*.txt")):
        flag = pipeline(read_text(path, Options())).flag("stitched")
        print(f"seed {path.name}: " + (f"{flag.score:.3f} {flag.explanation}" if flag else "-"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["train", "score"])
    parser.add_argument("--synthetic", type=int, default=1000, help="synthetic pages to build")
    args = parser.parse_args(argv)
    if not POLNEAR.exists():
        print(f"missing {POLNEAR}", file=sys.stderr)
        return 2
    (train if args.command == "train" else score)(args.synthetic)
    return 0


if __name__ == "__main__":
    sys.exit(main())
