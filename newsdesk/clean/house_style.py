"""House style: the typographic habits one newsroom keeps throughout a story.

An outlet writes its quote marks straight or curly, its apostrophes one way,
its dashes as "--" or as "—", and calls a person "Mr Holt" or plain "Holt".
A page stitched from several outlets' articles mixes these from paragraph to
paragraph; a written article, edited to one style sheet, rarely does. Each
habit is counted as the paragraphs written in the page's *minority* way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import Line

#: Each habit: two ways of writing the same thing.
HABITS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "quote marks": (re.compile(r'"'), re.compile(r"[“”]")),
    "apostrophes": (re.compile(r"[^\W\d_]'[^\W\d_]"), re.compile(r"[^\W\d_]’[^\W\d_]")),
    "dashes": (re.compile(r" -- |[^\W\d_]--[^\W\d_]"), re.compile(r"[—–]")),
    "U.S. or US": (re.compile(r"\bU\.S\.(?!\w)"), re.compile(r"\bUS\b")),
    "per cent": (re.compile(r"\bper ?cent\b"), re.compile(r"\d ?%")),
    "a.m. or am": (re.compile(r"\d ?[ap]\.m\."), re.compile(r"\d ?[ap]m\b")),
}
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][a-z]{2,})\b(?!\s+[A-Z])")
# The word before a surname that makes it part of a longer name: "Jane Holt",
# "Mr. Holt", "Sen. Holt".
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.)\s+$")
# What may follow a surname standing alone as a person ("Holt said", "backed
# Holt because", "Holt."): punctuation, a verb of saying, or a small word.
# Not "the Holt campaign", where the surname is an adjective every style writes bare.
_PERSON_AFTER = re.compile(
    r"\s*(?:[.,;:!?)”\"]|$|['’]s\b|(?:said|says|told|added|wrote|has|had|was|is|will|would|"
    r"and|but|because|at|in|on|to|who|whose|after|when|as|with|for|of|from|by)\b)"
)


@dataclass
class StyleMix:
    """For each habit the page mixes, the paragraphs written the minority way."""

    minority: dict[str, list[int]]
    #: Surnames the page writes both with a title and without one.
    honorific_names: list[str]


def house_style(body: list[Line]) -> StyleMix:
    minority: dict[str, list[int]] = {}
    for habit, (one, other) in HABITS.items():
        a = [i for i, ln in enumerate(body) if one.search(ln.text)]
        b = [i for i, ln in enumerate(body) if other.search(ln.text)]
        if a and b:
            minority[habit] = a if len(a) <= len(b) else b
    # A person called "Mr Holt" in some paragraphs and "Holt" in others: one
    # outlet titles people, another does not.
    titled = {m.group(1) for ln in body for m in _TITLED.finditer(ln.text)}
    bare: dict[str, list[int]] = {}
    if titled:
        # One pattern for every titled surname, so each line is read once.
        alone = re.compile(r"\b(" + "|".join(sorted(titled, key=len, reverse=True)) + r")\b")
        for i, ln in enumerate(body):
            for m in alone.finditer(ln.text):
                before = _NAME_BEFORE.search(ln.text, max(0, m.start() - 30), m.start())
                if before is None and _PERSON_AFTER.match(ln.text, m.end()):
                    bare.setdefault(m.group(1), []).append(i)
    names = sorted(set(titled) & set(bare))
    if names:
        rows: list[int] = []
        for name in names:
            rows.extend(bare[name])
        minority["titles"] = sorted(set(rows))
    return StyleMix(minority, names)
