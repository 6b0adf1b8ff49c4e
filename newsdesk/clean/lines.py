"""Lines of an article with their offsets and the features cleaning uses."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_TERMINAL = tuple(".!?…")
_CLOSERS = "\"'”’»)]"

#: Very common English function words: their share of a line's words tells
#: English prose from labels, names and other languages.
ENGLISH_FUNCTION_WORDS = frozenset(
    """a about after against all also an and any are as at be been before being but by
    can could did do does during for from had has have he her here him his how i if in
    into is it its just me more most my no not now of on one only or other our out over
    said says she should so some such than that the their them then there these they this
    those through to too under up us was we were what when where which while who will with
    would you your""".split()
)


def script_of(ch: str) -> str:
    """A coarse script name for a letter: 'Latin', 'Han', 'Cyrillic', ..."""
    if ch.isascii():
        return "Latin"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "Other"
    first = name.split(" ", 1)[0]
    if first == "CJK":
        return "Han"
    return first.capitalize()


@dataclass(frozen=True, slots=False)
class Line:
    """One non-blank line: `text[start:end]` with surrounding whitespace trimmed."""

    start: int
    end: int
    text: str
    #: Position among the article's non-blank lines.
    index: int

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)

    @cached_property
    def lower_words(self) -> list[str]:
        return [w.lower() for w in self.words]

    @cached_property
    def scripts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for ch in self.text:
            if ch.isalpha():
                s = script_of(ch)
                counts[s] = counts.get(s, 0) + 1
        return counts

    @property
    def letters(self) -> int:
        return sum(self.scripts.values())

    @cached_property
    def function_word_share(self) -> float:
        if not self.words:
            return 0.0
        return sum(w in ENGLISH_FUNCTION_WORDS for w in self.lower_words) / len(self.words)

    @property
    def ends_sentence(self) -> bool:
        """Ends like a sentence: terminal punctuation, possibly inside closing quotes."""
        stripped = self.text.rstrip().rstrip(_CLOSERS)
        return stripped.endswith(_TERMINAL) or self.text.rstrip().endswith(_TERMINAL)

    @property
    def sentence_like(self) -> bool:
        """Reads as running prose rather than a label, title or caption."""
        n = len(self.words)
        if self.ends_sentence and n >= 6:
            return True
        return n >= 18 and self.function_word_share >= 0.2

    @property
    def title_like(self) -> bool:
        """Short, no closing full stop: a headline, label, caption or video title."""
        return 1 <= len(self.words) <= 16 and not self.ends_sentence

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 3 and all(c.isupper() for c in letters)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, trimmed, with exact offsets."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(Line(start, start + len(stripped), stripped, len(lines)))
        pos += len(raw) + 1
    return lines


def dominant_script(lines: Iterable[Line]) -> tuple[str, float]:
    """The script most letters are in, and its share of all letters."""
    totals: dict[str, int] = {}
    for line in lines:
        for s, n in line.scripts.items():
            totals[s] = totals.get(s, 0) + n
    total = sum(totals.values())
    if not total:
        return "Latin", 0.0
    script = max(totals, key=lambda k: totals[k])
    return script, totals[script] / total


def content_words(line: Line) -> set[str]:
    """Lower-cased words that carry topic (not function words, not tiny)."""
    return {w for w in line.lower_words if len(w) > 2 and w not in ENGLISH_FUNCTION_WORDS}
