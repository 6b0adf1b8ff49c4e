"""TF-IDF vectors of articles, with document frequencies kept in the store.

Terms are lower-cased content words of the kept text (the headline
up-weighted), the canonical names of the article's entities (`e:` prefix),
which carry what a story is about across outlets' wording, and the words of
the headline and lead again (`l:` prefix): what the article says it is about,
compared on its own so that the long tail of a body's words does not drown it. Document
frequencies grow as articles arrive, so a vector is weighted by the corpus
as it was when its article came in: the usual compromise of online
clustering, and what keeps adding an article independent of corpus size.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter
from itertools import repeat
from operator import mul

from spacy.lang.en.stop_words import STOP_WORDS

from ..article import Article
from .background import background_df

Vector = dict[str, float]

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
#: Entity terms weigh this many content words.
ENTITY_WEIGHT = 2.0
#: IDF values are recomputed when the corpus has grown by this factor.
IDF_EPOCH_GROWTH = 1.02
#: Terms kept per vector (the rest carry little weight and cost space).
TOP_TERMS = 150
#: Headline-and-lead terms kept per vector.
TOP_LEAD_TERMS = 60
#: Prefixes of entity names and of headline-and-lead words.
ENTITY, LEAD = "e:", "l:"
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


#: The headline and the lead say what the event is: their words count more.
TITLE_WEIGHT, LEAD_WEIGHT, LEAD_CHARS = 3, 1, 600


def _words(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text.lower()):
        word = word.replace("’", "'")
        if len(word) >= 3 and word not in STOP_WORDS:
            out.append(word)
    return out


def term_counts(article: Article) -> Counter[str]:
    """Raw term counts: content words (headline and lead up-weighted), entity
    names, and headline-and-lead words on their own (`l:`)."""
    counts: Counter[str] = Counter()
    body = article.kept_text()
    title = article.title or ""
    if article.title_span is not None and body.startswith(title):
        body = body[len(title) :]  # the headline is counted on its own
    lead = body[:LEAD_CHARS]
    for text, weight in ((body, 1), (title, TITLE_WEIGHT), (lead, LEAD_WEIGHT)):
        for word in _words(text):
            counts[word] += weight
    names: set[str] = set()
    for ent in article.entities:
        if ent.get("label") in _ENTITY_LABELS and ent.get("name"):
            counts[ENTITY + str(ent["name"]).lower()] += 1
            names.update(_words(str(ent["name"])))
            names.update(_words(text_of(article, ent)))
    # Names are compared as entities; in the lead, the words that say what
    # happened (debate, caucus, by-election, resigns) are what is left.
    for word in _words(title) + _words(lead):
        if word not in names:
            counts[LEAD + word] += 1
    return counts


def text_of(article: Article, ent: dict[str, object]) -> str:
    """The surface text of an entity mention ("" when its span is unusable)."""
    start, end = ent.get("start"), ent.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
        return article.text[start:end]
    return ""


def is_lead(term: str) -> bool:
    """A headline-and-lead term (`l:`): weighed by its plain word's IDF and
    not counted in the store's document frequencies."""
    return term.startswith(LEAD)


def background_term_df(term: str) -> int:
    """A term's document frequency in the background corpus. The background
    has no entity annotation, so an entity name takes the df of its rarest
    word: an upper bound (a text naming "Hillary Clinton" contains
    "hillary"), which keeps "e:hillary clinton" light and "e:dixville notch"
    heavy instead of giving every name the weight of an unseen word."""
    df_bg = background_df()[1]
    if not term.startswith(ENTITY):
        return df_bg.get(term, 0)
    words = [w.replace("’", "'") for w in _WORD.findall(term[len(ENTITY) :])]
    words = [w for w in words if len(w) >= 3] or words
    return min((df_bg.get(w, 0) for w in words), default=0)


def tf_vector(counts: Counter[str]) -> Vector:
    """Sublinear term frequencies, entity terms up-weighted, unit length, top
    terms only. IDF is applied at comparison time (`TermStats.weigh`), with the
    document frequencies of the corpus as it is then, so early articles are not
    stuck with the weights of a tiny corpus."""
    weights: Vector = {}
    lead: Vector = {}
    for term, tf in counts.items():
        w = 1.0 + math.log(tf)
        if is_lead(term):
            lead[term] = w
        else:
            weights[term] = w * ENTITY_WEIGHT if term.startswith(ENTITY) else w
    # Each part has unit length, so the lead words neither crowd out nor
    # dilute the body's terms in the centroid briefs use.
    out = unit(top(weights, TOP_TERMS))
    out.update(unit(top(lead, TOP_LEAD_TERMS)))
    return out


def trim(v: Vector, k: int) -> Vector:
    """The top `k` body-and-entity terms and the top `k` lead terms of `v`."""
    body = {t: w for t, w in v.items() if not is_lead(t)}
    lead = {t: w for t, w in v.items() if is_lead(t)}
    return {**top(body, k), **top(lead, k)}


class TermStats:
    """Document frequencies in the store (tables `terms`, `corpus_meta`),
    cached in memory for the length of an update."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._df: dict[str, int] = {}
        self._idf: dict[str, float] = {}
        self._idf_epoch = -1
        row = conn.execute("SELECT value FROM corpus_meta WHERE key = 'n_docs'").fetchone()
        self.n_docs = int(row[0]) if row else 0
        # `epoch` for the `n_docs` it was computed at (it is read for every term).
        self._epoch_at: tuple[int, int] = (-1, -1)

    def add(self, counts: Counter[str]) -> None:
        """Count an article's terms (lead terms share their plain word's df)."""
        terms = [t for t in counts if not is_lead(t)]
        self._fetch(terms)
        self.conn.executemany(
            "INSERT INTO terms (term, df) VALUES (?, 1) "
            "ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(t,) for t in terms],
        )
        for t in terms:
            self._df[t] += 1
            self._idf.pop(t, None)  # its df moved: recompute
        self.n_docs += 1
        self.conn.execute(
            "INSERT INTO corpus_meta (key, value) VALUES ('n_docs', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(self.n_docs),),
        )

    def _fetch(self, terms: list[str]) -> None:
        missing = [t for t in terms if t not in self._df]
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for t in chunk:
                self._df[t] = 0
            self._df.update(
                (r[0], int(r[1]))
                for r in self.conn.execute(
                    f"SELECT term, df FROM terms WHERE term IN ({marks})", chunk
                )
            )

    @property
    def epoch(self) -> int:
        """Changes each time the corpus grows by about 2 %: weights computed in
        one epoch are reused within it (IDF moves little in between)."""
        n_docs, epoch = self._epoch_at
        if n_docs != self.n_docs:
            n_docs = self.n_docs
            epoch = int(math.log(n_docs + background_df()[0] + 1) / math.log(IDF_EPOCH_GROWTH))
            self._epoch_at = (n_docs, epoch)
        return epoch

    def idf(self, term: str) -> float:
        """BM25's IDF over the store plus a background corpus of news, so that
        a store of three articles still knows "said" from "Copeland"."""
        value = self._current_idf().get(term)
        return self._compute_idf(term) if value is None else value

    def _current_idf(self) -> dict[str, float]:
        """The IDF cache, emptied when the epoch has moved."""
        epoch = self.epoch
        if self._idf_epoch != epoch:
            self._idf.clear()
            self._idf_epoch = epoch
        return self._idf

    def _compute_idf(self, term: str) -> float:
        n = self.n_docs + background_df()[0]
        df = self._df.get(term, 0) + background_term_df(term)
        value = self._idf[term] = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
        return value

    def _times_idf(self, v: Vector, prefix: str = "") -> Vector:
        """`prefix + t: w * idf(t)` for each `t: w` of `v` (the epoch is checked
        once, not once per term: weighing runs for every candidate story)."""
        self._fetch(list(v))
        cache = self._current_idf()
        out: Vector = {}
        for t, w in v.items():
            value = cache.get(t)
            out[prefix + t] = w * (self._compute_idf(t) if value is None else value)
        return out

    def weigh(self, v: Vector) -> Vector:
        """`v` times the current IDF, unit length; lead terms left out."""
        return unit(self._times_idf({t: w for t, w in v.items() if not t.startswith(LEAD)}))

    def weigh_lead(self, v: Vector) -> Vector:
        """The lead terms of `v` times their plain words' IDF, unit length."""
        lead = {t[len(LEAD) :]: w for t, w in v.items() if t.startswith(LEAD)}
        return unit(self._times_idf(lead, LEAD))

    def vector(self, counts: Counter[str]) -> Vector:
        """The TF-IDF vector of raw counts, unit length."""
        return self.weigh(tf_vector(counts))


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
    # sum(w * b.get(t, 0.0) for t, w in a.items()), the same products added
    # in the same order, without a Python frame per term.
    total: float = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    return total


def add_into(total: Vector, v: Vector, scale: float = 1.0) -> None:
    for t, w in v.items():
        total[t] = total.get(t, 0.0) + w * scale
