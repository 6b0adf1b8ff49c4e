"""A brief per story: an extractive summary whose every sentence cites its
sources, then who said what across outlets, the numbers in play and the
story's timeline.

Summary sentences come from the kept text only (never a removed span), from
articles that are neither copies nor flagged first; a sentence found only in
an article flagged `stitched` is never used, and a sentence several articles
carry cites them all. Sentences are chosen by similarity to the story's
centroid with a bonus for an article's lead, and a penalty for repeating what
is already chosen (maximal marginal relevance).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from ..article import Article
from ..store import Store
from .numbers import numbers
from .quotes import statements_across
from .sentences import stored_sentences
from .timeline import read_entries
from .vectors import TermStats, Vector, cosine

MAX_SENTENCES = 8
#: A brief reads at most this many of its story's articles (the closest ones).
MAX_BRIEF_ARTICLES = 30
#: Sentences shorter or longer than this (in words) make poor brief lines.
MIN_WORDS, MAX_WORDS = 8, 55
#: Two sentences are the same when their normalised texts match this well.
SAME_SENTENCE_RATIO = 92.0
LEAD_BONUS = 0.1
MMR_LAMBDA = 0.7
_WORD = re.compile(r"\w+")
_ENDS = re.compile(r"[.!?][\"'”’)]*$")


@dataclass
class _Candidate:
    text: str
    key: str
    vector: Vector
    score: float
    tier: int
    order: tuple[str, int, int]
    sources: list[str] = field(default_factory=list)


def article_tier(article: Article, is_copy: bool) -> int:
    """0: clean original; 1: a copy or flagged; 2: stitched (never cited alone)."""
    if article.flag("stitched"):
        return 2
    if is_copy or any(f.name != "near_duplicate" for f in article.flags):
        return 1
    return 0


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _quote_interiors(article: Article) -> list[tuple[int, int]]:
    """Spans of direct quotes: a sentence starting inside one is mid-quote."""
    return [
        (int(piece[0]), int(piece[1]))
        for q in article.quotes
        if q.get("direct")
        for piece in q.get("content") or []
    ]


def summary(
    articles: list[Article], copies: set[str], terms: TermStats, centroid: Vector
) -> list[dict[str, Any]]:
    """At most MAX_SENTENCES `{sentence, sources, article, span}` in story order."""
    centre = terms.weigh(centroid)
    merged: list[_Candidate] = []
    keys: list[str] = []
    spans: dict[int, tuple[str, int, int]] = {}
    for rank, article in enumerate(articles):
        tier = article_tier(article, article.id in copies)
        inside_quote = _quote_interiors(article)
        for i, (s, e) in enumerate(stored_sentences(terms.conn, article)):
            if any(qs < s < qe for qs, qe in inside_quote):
                continue  # the middle of someone's quote reads badly out of context
            text = " ".join(article.text[s:e].split())
            n_words = len(_WORD.findall(text))
            if not MIN_WORDS <= n_words <= MAX_WORDS or not _ENDS.search(text):
                continue
            if not text[0].isupper() and text[0] not in "\"“‘'":
                continue
            key = _normalise(text)
            hit = process.extractOne(
                key, keys, scorer=fuzz.ratio, score_cutoff=SAME_SENTENCE_RATIO
            ) if keys else None
            same = merged[hit[2]] if hit is not None else None
            if same is not None:
                if article.id not in same.sources:
                    same.sources.append(article.id)
                if tier < same.tier:
                    same.tier = tier
                continue
            counts = Counter(w for w in _WORD.findall(text.lower()) if len(w) > 2)
            vec = terms.vector(counts)
            bonus = LEAD_BONUS if i < 2 else 0.0
            cand = _Candidate(
                text, key, vec, cosine(vec, centre) + bonus, tier,
                (article.published or "9999", rank, i), [article.id],
            )
            spans[id(cand)] = (article.id, s, e)
            merged.append(cand)
            keys.append(key)
    pool = [c for c in merged if c.tier < 2]
    redundancy = [0.0] * len(pool)  # max similarity to what is chosen so far
    taken = [False] * len(pool)
    chosen: list[_Candidate] = []
    for tier in (0, 1):
        while len(chosen) < MAX_SENTENCES:
            best, best_val = -1, float("-inf")
            for j, c in enumerate(pool):
                if c.tier != tier or taken[j]:
                    continue
                val = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * redundancy[j]
                if val > best_val:
                    best, best_val = j, val
            if best < 0:
                break
            taken[best] = True
            chosen.append(pool[best])
            for j, c in enumerate(pool):
                if not taken[j]:
                    redundancy[j] = max(redundancy[j], cosine(c.vector, pool[best].vector))
    out = []
    for c in sorted(chosen, key=lambda c: c.order):
        aid, s, e = spans[id(c)]
        out.append({"sentence": c.text, "sources": c.sources, "article": aid, "span": [s, e]})
    return out


def build_brief(store: Store, story_id: int, terms: TermStats | None = None) -> dict[str, Any]:
    """The brief of one story, from the store. A large story is read through
    its MAX_BRIEF_ARTICLES originals closest to the story (and their copies),
    so a brief costs the same however big its story grows."""
    conn = store.conn
    row = conn.execute("SELECT centroid FROM stories WHERE id = ?", (story_id,)).fetchone()
    members = conn.execute(
        "SELECT sa.article_id, sa.similarity, d.original_id FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id "
        "LEFT JOIN duplicates d ON d.article_id = sa.article_id "
        "WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, a.rowid",
        (story_id,),
    ).fetchall()
    similarity = {str(m[0]): float(m[1]) for m in members if m[2] is None}
    closest = set(sorted(similarity, key=lambda aid: -similarity[aid])[:MAX_BRIEF_ARTICLES])
    ids = [
        str(m[0]) for m in members
        if str(m[0]) in closest or (m[2] is not None and str(m[2]) in closest)
    ]
    copies = {str(m[0]) for m in members if m[2] is not None}
    articles = [a for a in (store.get(i) for i in ids) if a is not None]
    return {
        "summary": summary(articles, copies, terms or TermStats(conn), json.loads(row[0])),
        "statements": statements_across(store, articles, copies),
        "numbers": numbers(articles, copies),
        "timeline": read_entries(conn, ids),
    }
