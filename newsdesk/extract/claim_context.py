"""What a numeric claim is judged with: the article's parse and records, and
the sentence table shared by the claim modules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..article import Removed

#: Entity labels named in a claim's `entities` (those of extract.entities).
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
LEAD_WORDS = frozenset("lead leads leading led ahead behind trail trails trailing gap margin "
                        "advantage edge".split())  # fmt: skip
MAJORITY_WORDS = frozenset({"majority", "majorities"})
_PHONE = re.compile(r"(?<![\d,.])\(?\d{3,5}\)?[\s.-]\d{3}[\s.-]\d{3,4}(?![\d,])")


@dataclass
class Context:
    """What a claim is judged with: the article's parse and records."""

    doc: Doc
    text: str
    quotes: Sequence[dict[str, Any]] = ()
    dates: Sequence[dict[str, Any]] = ()
    removed: Sequence[Removed] = ()
    outlet: str | None = None
    #: spaCy entity spans by token index, for quick look-ups.
    ent_of: dict[int, Span] = field(default_factory=dict)

    #: Phone numbers: their digits are not claims.
    phones: list[tuple[int, int]] = field(default_factory=list)

    #: `doc.ents`, built once (spaCy builds the tuple on every access).
    ents: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        self.phones = [m.span() for m in _PHONE.finditer(self.text)]
        self.ents = tuple(self.doc.ents)
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent


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
