"""Where one article's quotes and paragraphs are, and which words are cues.

What the quote-owner rules (owners.py) and the short-quote reader (short.py)
read of an article; the statement finder (finder.py) is built on it, so
those modules never import the finder.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from .cues import is_cue_verb
from .marks import Quoted


class QuoteLayout:
    """An article's outermost quotes (in text order) and paragraphs."""

    def __init__(self, doc: Doc, quotes: list[Quoted], paragraphs: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc_text(doc)
        self.quotes = sorted(
            (q for q in quotes if q.depth == 0 and self.quoted_words(q) >= 1), key=lambda q: q.start
        )
        self._quote_starts = [q.start for q in self.quotes]
        self.paragraphs = paragraphs
        self._starts = [s for s, _ in paragraphs]
        #: Quote index -> token index of the cue verb that governs it (owners.py),
        #: filled in by the finder.
        self.owner: dict[int, int] = {}

    def quoted_words(self, q: Quoted) -> int:
        """How many words a quote has inside its marks."""
        s, e = q.inner
        return len(self.text[s:e].split())

    def paragraph_of(self, char: int) -> int:
        i = bisect.bisect_right(self._starts, char) - 1
        return max(i, 0)

    def in_quote(self, char: int) -> Quoted | None:
        """The quote whose words cover `char` (quotes do not overlap at depth 0)."""
        k = bisect.bisect_right(self._quote_starts, char) - 1
        if k < 0:
            return None
        q = self.quotes[k]
        return q if q.start < char < q.end - (1 if q.closed else 0) else None

    def is_cue(self, tok: Token) -> bool:
        return is_cue_verb(tok) and not self.in_quote(tok.idx)

    def is_direct(self, content: list[tuple[int, int]]) -> bool:
        """Mostly quoted words (a partial quote in reported speech is not)."""
        total = sum(len(self.text[s:e].split()) for s, e in content)
        quoted = 0
        for q in self.quotes:
            for s, e in content:
                if q.start >= s and q.end <= e + 1:
                    quoted += self.quoted_words(q)
        return total > 0 and quoted / total >= 0.6
