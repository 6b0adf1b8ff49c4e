"""TF-IDF vectors of articles, with document frequencies kept in the store.

Terms are lower-cased content words of the kept text (the headline counts
twice) and the canonical names of the article's entities (`e:` prefix),
which carry what a story is about across outlets' wording. Document
frequencies grow as articles arrive, so a vector is weighted by the corpus
as it was when its article came in: the usual compromise of online
clustering, and what keeps adding an article independent of corpus size.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from ..article import Article

Vector = dict[str, float]

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
#: Entity terms weigh this many content words.
ENTITY_WEIGHT = 2.0
#: Terms kept per vector (the rest carry little weight and cost space).
TOP_TERMS = 150
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


def term_counts(article: Article) -> Counter[str]:
    """Raw term counts: content words, headline twice, entity names."""
    counts: Counter[str] = Counter()
    body = article.kept_text()
    title = article.title or ""
    for text, weight in ((body, 1), (title, 1)):
        for word in _WORD.findall(text.lower()):
            word = word.replace("’", "'")
            if len(word) < 3 or word in STOP_WORDS:
                continue
            counts[word] += weight
    for ent in article.entities:
        if ent.get("label") in _ENTITY_LABELS and ent.get("name"):
            counts["e:" + str(ent["name"]).lower()] += 1
    return counts


class TermStats:
    """Document frequencies in the store (tables `terms`, `corpus_meta`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @property
    def n_docs(self) -> int:
        row = self.conn.execute("SELECT value FROM corpus_meta WHERE key = 'n_docs'").fetchone()
        return int(row[0]) if row else 0

    def add(self, counts: Counter[str]) -> None:
        self.conn.executemany(
            "INSERT INTO terms (term, df) VALUES (?, 1) "
            "ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(t,) for t in counts],
        )
        self.conn.execute(
            "INSERT INTO corpus_meta (key, value) VALUES ('n_docs', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def vector(self, counts: Counter[str]) -> Vector:
        """Sublinear TF times smoothed IDF, unit length, top terms only."""
        if not counts:
            return {}
        n = self.n_docs
        df: dict[str, int] = {}
        terms = list(counts)
        for i in range(0, len(terms), 500):
            chunk = terms[i : i + 500]
            marks = ",".join("?" * len(chunk))
            df.update(
                (r[0], int(r[1]))
                for r in self.conn.execute(
                    f"SELECT term, df FROM terms WHERE term IN ({marks})", chunk
                )
            )
        weights: Vector = {}
        for term, tf in counts.items():
            idf = math.log((n + 1) / (df.get(term, 0) + 1)) + 1.0
            w = (1.0 + math.log(tf)) * idf
            weights[term] = w * ENTITY_WEIGHT if term.startswith("e:") else w
        return unit(top(weights, TOP_TERMS))


def top(v: Vector, k: int) -> Vector:
    if len(v) <= k:
        return v
    return dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:k])


def unit(v: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in v.values()))
    return {t: w / norm for t, w in v.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def add_into(total: Vector, v: Vector, scale: float = 1.0) -> None:
    for t, w in v.items():
        total[t] = total.get(t, 0.0) + w * scale
