"""What a numeric claim is judged with: the article's parse and records,
and the words the claim modules share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ...article import Removed

LEAD_WORDS = frozenset("lead leads leading led ahead behind trail trails trailing gap margin "
                        "advantage edge".split())  # fmt: skip
MAJORITY_WORDS = frozenset({"majority", "majorities"})
#: A margin in votes or seats is a majority (in points or percent it is a lead;
#: `a 3 to 1 margin` is a ratio).
MARGIN_WORDS = frozenset({"margin", "margins"})
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

