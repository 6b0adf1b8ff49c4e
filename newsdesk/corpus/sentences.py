"""Sentences of an article's kept text, with offsets into `Article.text`.

Corpus stages run on stored articles, without their spaCy parse; spaCy's
rule-based sentencizer on each kept paragraph is cheap and good enough to cut
briefs and timeline entries from.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from ..article import Article


@lru_cache(maxsize=1)
def _sentencizer() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def kept_paragraphs(article: Article) -> Iterator[tuple[int, int]]:
    """`[start, end)` of each non-empty line of the text outside removed spans,
    the headline excluded."""
    removed = sorted((r.start, r.end) for r in article.removed)
    if article.title_span is not None:
        removed.append((article.title_span.start, article.title_span.end))
        removed.sort()
    pos = 0
    for start, end in [*removed, (len(article.text), len(article.text))]:
        if start > pos:
            yield from _lines(article.text, pos, start)
        pos = max(pos, end)


def _lines(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    start = lo
    while start < hi:
        nl = text.find("\n", start, hi)
        end = hi if nl < 0 else nl
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b
        start = end + 1


def sentences(article: Article) -> list[tuple[int, int]]:
    """Sentence spans of the kept body, in text order."""
    nlp = _sentencizer()
    spans = list(kept_paragraphs(article))
    out: list[tuple[int, int]] = []
    for (start, _end), doc in zip(
        spans, nlp.pipe(article.text[s:e] for s, e in spans), strict=True
    ):
        out.extend((start + s.start_char, start + s.end_char) for s in doc.sents)
    return out


def containing(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The sentence holding `[start, end)`, if any."""
    for s, e in spans:
        if s <= start and end <= e:
            return s, e
    return None


def store_sentences(conn: sqlite3.Connection, article: Article) -> list[tuple[int, int]]:
    """Split the article once and keep the spans (callers hold the transaction)."""
    spans = sentences(article)
    conn.execute(
        "INSERT OR REPLACE INTO article_sentences (article_id, spans) VALUES (?, ?)",
        (article.id, json.dumps(spans)),
    )
    return spans


def stored_sentences(conn: sqlite3.Connection, article: Article) -> list[tuple[int, int]]:
    """The spans kept at intake, else split now."""
    row = conn.execute(
        "SELECT spans FROM article_sentences WHERE article_id = ?", (article.id,)
    ).fetchone()
    if row is None:
        return sentences(article)
    return [(int(s), int(e)) for s, e in json.loads(row[0])]
