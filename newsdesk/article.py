"""The data model: one `Article` flows through every stage.

`Article.text` is the string every offset points into. Stages never edit it:
cleaning records `removed` spans, extraction adds records with spans, so any
fact can be shown in its source characters. Offsets are `[start, end)` in
Python code points.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

#: Reasons a span of text is removed by cleaning (see docs/CLEANING.md).
REMOVAL_REASONS = ("spam", "boilerplate", "caption", "video_title")

#: Quality flags an article can carry (see docs/FLAGS.md).
FLAG_NAMES = (
    "spam_injection",
    "boilerplate",
    "stitched",
    "truncated",
    "too_short",
    "not_english",
    "near_duplicate",
)

#: Version of the `newsdesk extract --jsonl` contract.
CONTRACT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range `[start, end)` into `Article.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Removed:
    """A span that cleaning judged not to be article body, and why."""

    start: int
    end: int
    reason: str
    #: Short human-readable evidence: which features fired.
    detail: str = ""


@dataclass(slots=True)
class Flag:
    """A quality flag with a score in [0, 1] and the spans that raised it."""

    name: str
    score: float
    evidence: list[Span] = field(default_factory=list)
    #: One sentence a person can read: why the flag was raised.
    explanation: str = ""


@dataclass(slots=True)
class Article:
    """A news article and everything newsdesk found in it."""

    text: str
    id: str = ""
    source: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    #: Where the headline sits in `text`, when it is part of the text.
    title_span: Span | None = None
    #: ISO date (`YYYY-MM-DD`) or None.
    published: str | None = None
    author: str | None = None
    language: str | None = None
    #: How the input was decoded (`utf-8`, `utf-8-sig`, `cp1252`, ...).
    encoding: str | None = None
    removed: list[Removed] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    #: Attributions that are not statements: what someone is said to think,
    #: believe, plan or do ("X plans to ...", "X voted to ...") — PolNeAR's
    #: broader notion, kept apart so that `quotes` holds only things said.
    attributions: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    #: The spaCy Doc while stages run; never stored or serialised (the
    #: pipeline drops it when the last stage is done).
    doc: Any = field(default=None, repr=False, compare=False)
    #: `removed` as sorted, merged (starts, ends) for `is_removed`, and the
    #: key of the list it was built from (see `_removed_index`).
    _removed_index: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    # -- views -------------------------------------------------------------

    def flag(self, name: str) -> Flag | None:
        """The flag called `name`, or None."""
        return next((f for f in self.flags if f.name == name), None)

    def is_removed(self, start: int, end: int) -> bool:
        """True when `[start, end)` lies wholly inside removed spans."""
        if end <= start:
            return False
        starts, ends = self._removed_union()
        i = bisect_right(starts, start) - 1
        return i >= 0 and ends[i] >= end

    def _removed_union(self) -> tuple[list[int], list[int]]:
        """The union of removed spans as sorted (starts, ends), built once per
        change of `removed`: cleaning asks about every line, and sorting the
        spans for each question made it quadratic in the number of lines.
        Stages change `removed` by appending, extending or assigning a new
        list, which the key (the list, its length, its first and last span)
        sees; a span swapped in place at the same length would not be."""
        spans = self.removed
        # The key holds the list and spans themselves (not their ids, which
        # a freed object's successor could reuse).
        n = len(spans)
        cached = self._removed_index
        if (
            cached is not None
            and cached[0] is spans
            and cached[1] == n
            and (not n or (cached[2] is spans[0] and cached[3] is spans[-1]))
        ):
            return cached[4], cached[5]
        starts: list[int] = []
        ends: list[int] = []
        for r in sorted(spans, key=lambda r: r.start):
            if ends and r.start <= ends[-1]:
                ends[-1] = max(ends[-1], r.end)
            else:
                starts.append(r.start)
                ends.append(r.end)
        self._removed_index = (
            spans, n, spans[0] if n else None, spans[-1] if n else None, starts, ends
        )
        return starts, ends

    def kept_text(self) -> str:
        """The text with removed spans cut out (for display and indexing only;
        offsets always index `text`)."""
        return cut_spans(self.text, ((r.start, r.end) for r in self.removed))

    def to_json(self) -> dict[str, Any]:
        """The `extract --jsonl` contract (v1); see docs/CONTRACT.md."""
        return {
            "contract": CONTRACT_VERSION,
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "title_span": self.title_span.as_list() if self.title_span else None,
            "published": self.published,
            "author": self.author,
            "language": self.language,
            "encoding": self.encoding,
            "text": self.text,
            "removed": [
                {"start": r.start, "end": r.end, "reason": r.reason, "detail": r.detail}
                for r in sorted(self.removed, key=lambda r: r.start)
            ],
            "flags": [
                {
                    "name": f.name,
                    "score": round(f.score, 4),
                    "evidence": [s.as_list() for s in f.evidence],
                    "explanation": f.explanation,
                }
                for f in self.flags
            ],
            "quotes": list(self.quotes),
            "attributions": list(self.attributions),
            "entities": list(self.entities),
            "claims": list(self.claims),
            "dates": list(self.dates),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from `to_json()` output (store and tests)."""
        ts = data.get("title_span")
        return cls(
            text=data["text"],
            id=data["id"],
            source=data.get("source") or "",
            url=data.get("url"),
            outlet=data.get("outlet"),
            title=data.get("title"),
            title_span=Span(ts[0], ts[1]) if ts else None,
            published=data.get("published"),
            author=data.get("author"),
            language=data.get("language"),
            encoding=data.get("encoding"),
            removed=[
                Removed(r["start"], r["end"], r["reason"], r.get("detail", ""))
                for r in data.get("removed", [])
            ],
            flags=[
                Flag(
                    f["name"],
                    float(f["score"]),
                    [Span(s, e) for s, e in f.get("evidence", [])],
                    f.get("explanation", ""),
                )
                for f in data.get("flags", [])
            ],
            quotes=list(data.get("quotes", [])),
            attributions=list(data.get("attributions", [])),
            entities=list(data.get("entities", [])),
            claims=list(data.get("claims", [])),
            dates=list(data.get("dates", [])),
        )


def cut_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` without the (possibly overlapping) `[start, end)` spans."""
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start > pos:
            parts.append(text[pos:start])
        pos = max(pos, end)
    parts.append(text[pos:])
    return "".join(parts)


def content_id(text: str) -> str:
    """A stable id from the text: the same article read twice gets the same id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def normalise_newlines(text: str) -> str:
    """`\\r\\n` and lone `\\r` become `\\n`: the only edit ever made to input text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


__all__ = [
    "Article",
    "Flag",
    "Removed",
    "Span",
    "content_id",
    "cut_spans",
    "normalise_newlines",
]
