"""Train and evaluate the `stitched` flag: real PolNeAR articles against
synthetic stitched pages built from them.

    .venv/bin/python -m eval.stitched train  # fit on TRAIN, write clean/stitched_model.json
    .venv/bin/python -m eval.stitched score  # the synthetic DEV sets, the seeds

A stitched page interleaves runs of paragraphs, or runs of sentences, from
3-4 articles of the same split on one broad subject (PolNeAR is one
election), each run in its source's order, with no sentence cut at its
start; half the pages have their last sentence cut off mid-way, and so do
half of the coherent pages set against them, so that a cut ending tells
nothing. Training also sees pages from a cruder farm that cuts sentences and
glues paragraphs (`stitch_fragments`). Dev pages are built only from dev
articles, and nothing is chosen by looking at dev.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from newsdesk.article import Article, Flag
from newsdesk.clean import lede
from newsdesk.clean.lines import ENGLISH_FUNCTION_WORDS, split_lines
from newsdesk.clean.stitched import ABBREVIATIONS, MODEL_PATH, features, is_digest, signals
from newsdesk.config import Options
from newsdesk.pipeline import CLEANING_STAGES, Pipeline
from newsdesk.read.text import read_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "eval" / "polnear"
SEEDS = SHARED / "corpus" / "seeds"
SEED = 20240611
#: Share of real TRAIN articles the threshold may flag (out-of-fold scores).
TARGET_FP = 0.01
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


def stitch_fragments(rng: random.Random, docs: Sequence[Doc], i: int, near: list[int]) -> str:
    """A crude farm's page: units in random order, some starting mid-sentence,
    some glued onto the paragraph before."""
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
    return "\n\n".join([docs[i].title, *paragraphs])


def _runs(rng: random.Random, items: list[str], longest: int = 3) -> list[list[str]]:
    """Consecutive runs of 1..longest items, in order."""
    out, at = [], 0
    while at < len(items):
        n = rng.randint(1, longest)
        out.append(items[at : at + n])
        at += n
    return out


def stitch_runs(
    rng: random.Random, docs: Sequence[Doc], i: int, near: list[int], mode: str = ""
) -> str:
    """A page interleaving runs of paragraphs (or of sentences, one run a
    paragraph) from article `i` and 2-3 of its neighbours, each source's runs
    in its own order, from its start or from somewhere in its first half."""
    sources = [docs[i]] + [docs[j] for j in rng.sample(near, rng.randint(2, 3))]
    mode = mode or rng.choice(["paragraphs", "sentences"])
    queues: list[list[list[str]]] = []
    for doc in sources:
        if mode == "paragraphs":
            runs = _runs(rng, [" ".join(p) for p in doc.paragraphs])
        else:
            runs = [[" ".join(r)] for r in _runs(rng, [s for p in doc.paragraphs for s in p])]
        start = 0 if rng.random() < 0.5 else rng.randrange(max(1, len(runs) // 2))
        queues.append(runs[start:])
    # As many paragraphs as the article it starts from, so length tells nothing;
    # every source gives a run before any gives a second.
    target = max(6, len(docs[i].paragraphs))
    first = list(range(len(queues)))
    rng.shuffle(first)
    paragraphs: list[str] = []
    last = -1
    while len(paragraphs) < target and any(queues):
        left = [k for k, q in enumerate(queues) if q]
        k = first.pop() if first else rng.choice([k for k in left if k != last] or left)
        if queues[k]:
            paragraphs.extend(queues[k].pop(0))
            last = k
    return "\n\n".join([docs[i].title, *paragraphs])


def coherent(doc: Doc) -> str:
    """The article itself, headline first, a paragraph a line."""
    return "\n\n".join([doc.title, *(" ".join(p) for p in doc.paragraphs)])


def cut_off(rng: random.Random, page: str) -> str:
    """The page cut off inside the last sentence of its last paragraph of
    prose, and nothing after it: what a scraper that stops early keeps. A
    closing line of furniture ("Follow Jane on Twitter") is not where an
    article ends, so it is not what gets cut."""
    paragraphs = page.split("\n\n")
    at = len(paragraphs) - 1
    while at > 1 and not _prose_ending(paragraphs[at]):
        at -= 1
    sents = sentences(paragraphs[at])
    words = sents[-1].split()
    keep = rng.randint(2, len(words) - 2) if len(words) >= 4 else max(1, len(words) - 1)
    tail = " ".join(words[:keep]).rstrip(".,;:!?\"'”’)")
    return "\n\n".join([*paragraphs[:at], " ".join([*sents[:-1], tail])])


def _prose_ending(paragraph: str) -> bool:
    ending = paragraph.rstrip().rstrip("\"'”’)")
    return len(paragraph.split()) >= 8 and ending.endswith((".", "!", "?"))


@dataclass
class Page:
    text: str
    stitched: bool
    cut: bool


def stitched_set(docs: Sequence[Doc], n: int, seed: int, *, near_k: int = 30) -> list[Page]:
    """`n` stitched pages in the issue's form (runs, no mid-sentence starts),
    sources among each article's `near_k` nearest; every other page cut off."""
    rng = random.Random(seed)
    near = neighbours(docs, near_k)
    usable = [i for i, d in enumerate(docs) if len(d.paragraphs) >= 3]
    out = []
    for k in range(n):
        i = rng.choice(usable)
        page = stitch_runs(rng, docs, i, near[i])
        out.append(Page(cut_off(rng, page) if k % 2 else page, True, bool(k % 2)))
    return out


def coherent_set(docs: Sequence[Doc], seed: int) -> list[Page]:
    """Every article twice: whole, and with its last sentence cut off."""
    rng = random.Random(seed)
    pages = []
    for doc in docs:
        if doc.paragraphs:
            page = coherent(doc)
            pages += [Page(page, False, False), Page(cut_off(rng, page), False, True)]
    return pages


def training_pages(docs: Sequence[Doc], n: int, seed: int) -> list[Page]:
    """Stitched pages for fitting: 40 % as in `stitched_set` (broad subject),
    20 % the same from close neighbours, 40 % from the crude farm (real farms,
    seed 002 among them, do cut sentences); half of them cut."""
    rng = random.Random(seed)
    broad = neighbours(docs, 30)
    close = [near[:12] for near in broad]
    usable = [i for i, d in enumerate(docs) if len(d.paragraphs) >= 3]
    pages = []
    for k in range(n):
        i = rng.choice(usable)
        kind = k % 5
        if kind < 2:
            page = stitch_runs(rng, docs, i, broad[i])
        elif kind == 2:
            page = stitch_runs(rng, docs, i, close[i])
        else:
            page = stitch_fragments(rng, docs, i, close[i])
        cut = rng.random() < 0.5
        pages.append(Page(cut_off(rng, page) if cut else page, True, cut))
    return pages


def real_texts(split: str) -> list[str]:
    """The articles as `newsdesk analyze` reads them."""
    paths = sorted((POLNEAR / split / "text").glob("*.txt"))
    return [read_text(p, Options()).text for p in paths]


def feature_matrix(
    texts: Sequence[str], names: Sequence[str] | None = None
) -> tuple[np.ndarray, list[str]]:
    """Each page's features; digests (never flagged) are left out."""
    before = Pipeline([s for s in CLEANING_STAGES if s != "flags.stitched"])
    rows = []
    for text in texts:
        article = before(Article(text=text))
        sig = signals(article, split_lines(article.text))
        if not is_digest(sig):
            rows.append(features(sig))
    cols = list(names) if names is not None else list(rows[0])
    return np.array([[r[c] for c in cols] for r in rows]), cols


def _weights(
    names: Sequence[str], mean: np.ndarray, scale: np.ndarray, w: np.ndarray, b: float
) -> dict[str, object]:
    """A logistic regression over standardised inputs, as the JSON files hold it."""
    return {
        "names": list(names),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "weights": w.round(6).tolist(),
        "bias": round(b, 6),
    }


#: Regularisation of the lede model: many weak inputs, and the same train
#: articles then feed the page model, so it must not learn them by heart.
LEDE_L2 = 100.0
#: Share of later train paragraphs the lede model's `cut` lets through.
LEDE_SHARE = 0.05


def train_lede(docs: Sequence[Doc]) -> None:
    """First paragraphs against the third and later ones (the second often
    goes on the lede's sentence), written to clean/lede_model.json."""
    texts, labels = [], []
    for doc in docs:
        for k, para in enumerate(doc.paragraphs):
            if k != 1:
                texts.append(" ".join(para))
                labels.append(k == 0)
    x = np.array([lede.vector(t) for t in texts])
    y = np.array(labels, dtype=float)
    # An input no train paragraph varies on (an opener never seen) keeps scale 1.
    mean, scale = x.mean(0), np.where(x.std(0) > 1e-6, x.std(0), 1.0)
    w, b = fit((x - mean) / scale, y, LEDE_L2)
    z = ((x - mean) / scale) @ w + b
    cut = float(np.quantile(z[y == 0], 1 - LEDE_SHARE))
    model = {
        **_weights(lede.NAMES, mean, scale, w, b),
        "cut": round(cut, 6),
        "trained": {
            "command": "python -m eval.stitched train",
            "first_paragraphs": int(y.sum()),
            "later_paragraphs": int(len(y) - y.sum()),
            "first_paragraphs_over_cut": round(float((z[y == 1] >= cut).mean()), 3),
        },
    }
    lede.MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    lede.load_lede_model.cache_clear()
    print(f"wrote {lede.MODEL_PATH}: {model['trained']}")


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method, classes weighted equally."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    sw = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
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
    train_lede(docs)
    xr, names = feature_matrix([p.text for p in coherent_set(docs, SEED)])
    xf, _ = feature_matrix([p.text for p in training_pages(docs, n_synthetic, SEED)], names)
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
        **_weights(names, mean, scale, w, b),
        "threshold": round(threshold, 6),
        "trained": {
            "command": "python -m eval.stitched train",
            "seed": SEED,
            "coherent_train_pages": len(xr),
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


def flags(texts: Sequence[str], name: str = "stitched") -> list[Flag | None]:
    pipeline = Pipeline(CLEANING_STAGES)
    return [pipeline(Article(text=text)).flag(name) for text in texts]


def _prf(predicted: Sequence[bool], gold: Sequence[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(predicted, gold, strict=True))
    p = tp / max(1, sum(predicted))
    r = tp / max(1, sum(gold))
    f1 = 2 * p * r / max(1e-9, p + r)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}


def _share(hits: Sequence[bool]) -> float:
    return round(sum(hits) / max(1, len(hits)), 3)


def completed(text: str) -> str:
    """The page with its cut-off last sentence ended by a full stop."""
    return text.rstrip().rstrip(",;:—–-") + "."


def evaluate(split: str, n_synthetic: int) -> dict[str, object]:
    """The issue's figures on one split's synthetic sets and real articles."""
    docs = load_split(split)
    pages = stitched_set(docs, n_synthetic, SEED + 1) + coherent_set(docs, SEED + 2)
    pipeline = Pipeline(CLEANING_STAGES)
    done = [pipeline(Article(text=p.text)) for p in pages]
    stitched = [a.flag("stitched") is not None for a in done]
    truncated = [a.flag("truncated") is not None for a in done]

    def subset(keep: Callable[[Page], bool]) -> list[bool]:
        return [h for h, p in zip(stitched, pages, strict=True) if keep(p)]

    real_paths = sorted((POLNEAR / split / "text").glob("*.txt"))
    real = flags(real_texts(split))
    return {
        "split": split,
        "pages": {
            "stitched": sum(p.stitched for p in pages),
            "coherent": sum(not p.stitched for p in pages),
        },
        "stitched": _prf(stitched, [p.stitched for p in pages]),
        "stitched_recall_whole_ending": _share(subset(lambda p: p.stitched and not p.cut)),
        "stitched_recall_cut_ending": _share(subset(lambda p: p.stitched and p.cut)),
        "coherent_cut_flagged_stitched": _share(subset(lambda p: not p.stitched and p.cut)),
        "coherent_whole_flagged_stitched": _share(subset(lambda p: not p.stitched and not p.cut)),
        "truncated": _prf(truncated, [p.cut for p in pages]),
        "real_articles": len(real),
        "real_flagged_stitched": [
            {"article": path.name, "score": f.score, "explanation": f.explanation}
            for path, f in zip(real_paths, real, strict=True)
            if f is not None
        ],
    }


def seeds() -> list[dict[str, object]]:
    """Each seed's stitched flag, and each cut-off seed's again with its last
    sentence completed: the stitched score must not hang on the cut."""
    pipeline = Pipeline(CLEANING_STAGES)
    out: list[dict[str, object]] = []
    for path in sorted(SEEDS.glob("*.txt")):
        article = pipeline(read_text(path, Options()))
        versions = [("as is", article)]
        if article.flag("truncated") is not None:
            whole = pipeline(Article(text=completed(article.text)))
            versions.append(("last sentence completed", whole))
        for version, done in versions:
            flag = done.flag("stitched")
            out.append(
                {
                    "seed": path.name,
                    "version": version,
                    "truncated": done.flag("truncated") is not None,
                    "stitched": None if flag is None else flag.score,
                    "explanation": None if flag is None else flag.explanation,
                }
            )
    return out


def score(n_synthetic: int, as_json: bool = False) -> None:
    results = {"dev": evaluate("dev", n_synthetic), "seeds": seeds()}
    if as_json:
        print(json.dumps(results, indent=1))
        return
    dev = results["dev"]
    assert isinstance(dev, dict)
    print(f"PolNeAR dev: {dev['pages']}")
    for key in (
        "stitched", "stitched_recall_whole_ending", "stitched_recall_cut_ending",
        "coherent_cut_flagged_stitched", "coherent_whole_flagged_stitched", "truncated",
    ):
        print(f"  {key}: {dev[key]}")
    flagged = dev["real_flagged_stitched"]
    assert isinstance(flagged, list)
    print(f"  real dev articles flagged stitched: {len(flagged)}/{dev['real_articles']}")
    for item in flagged:
        print(f"    {item['article']}: {item['score']:.3f} {item['explanation']}")
    for seed in results["seeds"]:
        assert isinstance(seed, dict)
        why = seed["explanation"] or ""
        print(f"seed {seed['seed']} ({seed['version']}): stitched {seed['stitched']} {why}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["train", "score"])
    parser.add_argument(
        "--synthetic", type=int, default=0,
        help="stitched pages to build (default: 2000 to train, 168 to score: two per dev article)",
    )
    parser.add_argument("--json", action="store_true", help="score: print the figures as JSON")
    args = parser.parse_args(argv)
    if not POLNEAR.exists():
        print(f"missing {POLNEAR}", file=sys.stderr)
        return 2
    if args.command == "train":
        train(args.synthetic or 2000)
    else:
        score(args.synthetic or 168, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
