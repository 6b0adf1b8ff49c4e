"""What the extraction modules share about a parsed article."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string  # type: ignore[attr-defined]  # Cython, no stub
from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text

#: Entity labels newsdesk keeps: people, organisations, places, groups (the
#: labels of `extract.entities`, and those a claim's `entities` name).
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def sentence(item: Token | Span) -> Span:
    """The sentence of a token or span, from a table built once per Doc
    (`Token.sent` walks the Doc on every call)."""
    doc = item.doc
    table = doc.user_data.get("newsdesk_sent_of")
    if table is None:
        table = []
        for sent in doc.sents:
            table.extend([sent] * len(sent))
        doc.user_data["newsdesk_sent_of"] = table
    i = item.i if isinstance(item, Token) else item.start
    found: Span = table[i]
    return found


def headline_end(doc: Doc) -> int:
    """Where the headline, the text's first line, ends (-1 for a text of one
    line: no headline apart from its body)."""
    return doc_text(doc).find("\n")


@lru_cache(maxsize=64)
def _spelling(words: frozenset[str]) -> np.ndarray:
    """The hashes spaCy gives each word's lower-case form, bare and with a dot."""
    forms = {form for w in words for form in (w, w + ".")}
    return np.array(sorted(hash_string(f) for f in forms), dtype=np.uint64)


def _forms_sorted(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """The Doc's lower-case forms in sorted order, and the token index of
    each, read once per Doc: where a form stands is then a binary search."""
    found: tuple[np.ndarray, np.ndarray] | None = doc.user_data.get("newsdesk_forms_sorted")
    if found is None:
        column = _table(doc)[:, 2]
        order = np.argsort(column, kind="stable")
        found = doc.user_data["newsdesk_forms_sorted"] = (column[order], order)
    return found


def _table(doc: Doc) -> np.ndarray:
    """The Doc's parts of speech, tags and lower-case forms, one row per
    token, read once per Doc: the passes over it test these columns
    instead of making a Token object per word."""
    table: np.ndarray | None = doc.user_data.get("newsdesk_table")
    if table is None:
        table = doc.user_data["newsdesk_table"] = doc.to_array([POS, TAG, LOWER])
    return table


def _matching(column: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Where `column` holds one of `values`: a comparison per value for a
    few of them (quicker than `np.isin`, which sorts), `np.isin` for many."""
    if len(values) > 16:
        return np.isin(column, values)
    hit = np.zeros(len(column), dtype=bool)
    for value in values:
        hit |= column == value
    return hit


def tokens_spelt(doc: Doc, words: frozenset[str], keep: Callable[[Token], bool]) -> list[Token]:
    """The tokens `keep` accepts among those written as one of `words` (any
    case, bare or with a dot), in order: one look at the Doc's column of
    lower-case forms instead of a walk over every token, which makes a Token
    object per word. `keep` must accept only tokens so written."""
    forms, order = _forms_sorted(doc)
    spelt = _spelling(words)
    lows, highs = np.searchsorted(forms, spelt, "left"), np.searchsorted(forms, spelt, "right")
    held = lows < highs
    if not held.any():
        return []
    runs = [order[low:high] for low, high in zip(lows[held].tolist(), highs[held].tolist(),
                                                strict=True)]
    hits: list[int] = np.sort(np.concatenate(runs)).tolist()
    return [tok for tok in (doc[i] for i in hits) if keep(tok)]


def tokens_of(
    doc: Doc, *, pos: tuple[str, ...] = (), tags: tuple[str, ...] = (),
    words: tuple[str, ...] = (),
) -> list[Token]:
    """The tokens whose part of speech is one of `pos`, whose tag is one of
    `tags` or whose lower-case form is one of `words`, in order: the cheap
    first test of a pass over the Doc, from its columns rather than a Token
    object per word."""
    table = _table(doc)
    hit = (
        _matching(table[:, 0], np.array([POS_IDS[p] for p in pos], dtype=np.uint64))
        | _matching(table[:, 1], np.array([hash_string(t) for t in tags], dtype=np.uint64))
        | _matching(table[:, 2], np.array([hash_string(w) for w in words], dtype=np.uint64))
    )
    return [doc[int(i)] for i in np.flatnonzero(hit)]
