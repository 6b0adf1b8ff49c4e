"""Near-duplicate detection on copies made from PolNeAR texts.

Every article of a split is an original. For a share of them, copies are
made the way scrapers meet them: boilerplate and spam lines added around the
text, some paragraphs dropped, or the article pasted inside a spam page
between another page's paragraphs. Originals, copies and the rest go into one
store through the cleaning stages and the near-duplicate index; a pair of
articles is predicted together when they share a group (a copy and its
original, or two copies of one original).

Pairwise precision = predicted pairs that are true / predicted pairs;
recall = true pairs found / true pairs.

    .venv/bin/python eval/dedup.py --split dev
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.article import Article, normalise_newlines  # noqa: E402
from newsdesk.corpus.dedup import NearDuplicates  # noqa: E402
from newsdesk.pipeline import CLEANING_STAGES, Pipeline  # noqa: E402
from newsdesk.store import Store  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
BOILERPLATE = [
    "Share this article", "Advertisement", "Sign up for our newsletter",
    "Follow us on Twitter and Facebook", "Read more: Top stories of the day",
    "Click here to subscribe", "Related articles", "Comments (0)",
]
SPAM = [
    "Best online casino bonus 2024 - play now",
    "Cheap replica watches free shipping worldwide",
    "Lose 10 kg in a week with this one trick",
]


def make_copy(text: str, other: str, rng: random.Random, kind: str) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    if kind == "boilerplate":
        return "\n".join(
            [rng.choice(SPAM), *rng.sample(BOILERPLATE, 2), *paras, *rng.sample(BOILERPLATE, 3)]
        )
    if kind == "dropped":
        keep = [p for p in paras if rng.random() > 0.25] or paras[:1]
        return "\n".join([*keep, rng.choice(BOILERPLATE)])
    # Pasted inside a spam page: a few of another page's paragraphs around it.
    others = [p for p in other.split("\n") if p.strip()][:4]
    half = len(others) // 2
    return "\n".join([rng.choice(SPAM), *others[:half], *paras, *others[half:],
                      rng.choice(BOILERPLATE)])


def run(split: str, share: float, seed: int, errors: bool = False) -> dict[str, float]:
    rng = random.Random(seed)
    files = sorted((POLNEAR / split / "text").glob("*.txt"))
    texts = [normalise_newlines(f.read_text(encoding="utf-8")) for f in files]
    group: dict[str, str] = {}
    articles: list[Article] = []
    kinds = ("boilerplate", "dropped", "inside_spam")
    for i, text in enumerate(texts):
        original = Article(text=text, source=files[i].name)
        group[original.id] = original.id
        articles.append(original)
        if rng.random() < share:
            other = texts[rng.randrange(len(texts))]
            copy = Article(text=make_copy(text, other, rng, kinds[len(articles) % 3]),
                           source=files[i].name + "#copy")
            group[copy.id] = original.id
            articles.append(copy)
    rng.shuffle(articles)
    cleaned = list(Pipeline(CLEANING_STAGES).pipe(articles))
    with Store(":memory:") as store:
        store.add_articles([a for a in cleaned if isinstance(a, Article)])
        index = NearDuplicates(store.conn)
        for a in cleaned:
            if isinstance(a, Article):
                with store.transaction():
                    index.add(a)
        predicted = {a.id: index.original_of(a.id) for a in articles}
    if errors:
        by_id = {a.id: a for a in articles}
        for a in articles:
            if predicted[a.id] != a.id and group[a.id] != group[predicted[a.id]]:
                print("false:", by_id[a.id].source, "->", by_id[predicted[a.id]].source)
    return _pairwise(predicted, group)


def _pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for item, label in labels.items():
        members[label].append(item)
    return {
        tuple(sorted(p))  # type: ignore[misc]
        for m in members.values()
        for p in itertools.combinations(m, 2)
    }


def _pairwise(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    p, g = _pairs(pred), _pairs(gold)
    tp = len(p & g)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    return {"articles": len(gold), "true_pairs": len(g), "predicted_pairs": len(p),
            "precision": precision, "recall": recall}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("train", "dev"))
    ap.add_argument("--share", type=float, default=0.5, help="share of articles copied")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--errors", action="store_true", help="list false matches (train only)")
    args = ap.parse_args(argv)
    r = run(args.split, args.share, args.seed, args.errors)
    print(f"split {args.split}: {r['articles']} articles, {r['true_pairs']} true copy pairs, "
          f"{r['predicted_pairs']} predicted")
    print(f"pairwise precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
