"""Words inside quotation marks: how many a statement's content holds, and
whether they name a work, a body, a coinage or an offence (`"Superminds: The
Power of People"`, `"equality"`, `charges of "organizing group violence"`)
rather than say something."""

from __future__ import annotations

import re

#: A double-quoted passage (straight or curly marks), its words in group 1.
QUOTED = re.compile(r"[\"“‘]([^\"“”‘’]+)[\"”’]")
#: Words a title writes in lower case.
MINOR_WORDS = frozenset("a an the of and or in on at to for with by from as vs".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


#: A passage in straight single marks, as headlines quote ("warns of 'silent
#: danger'"); no apostrophe opens or closes one.
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'([^'\n]+)'(?![\w'])")


def quoted_words(content: list[tuple[int, int]], text: str, *, single: bool = False) -> int:
    """How many words of the content's spans stand inside quotation marks
    (with `single`, straight single marks too: a headline's)."""
    marks = (QUOTED, _SINGLE_QUOTED) if single else (QUOTED,)
    return sum(len(m.group(1).split()) for s, e in content for mark in marks
               for m in mark.finditer(text, s, e))


def capitalised(text: str) -> bool:
    """Whether quoted words are written as a title or a name is, most of
    them capitalised (`"Superminds: The Power of People"`, `'Anders Tegnell
    Fan Club'`)."""
    words = _WORD.findall(text)
    upper = sum(w[:1].isupper() for w in words)
    minor = sum(w.lower() in MINOR_WORDS for w in words)
    return 1 < len(words) <= 14 and upper >= 0.8 * (len(words) - minor)


def reads_as_title(text: str) -> bool:
    """Quoted words that name a work or a coinage rather than say something:
    most words capitalised (`"Superminds: The Power of People"`), or at most
    three words with no sentence in them (`"equality"`)."""
    words = _WORD.findall(text)
    if not words:
        return True
    if capitalised(text):
        return True
    return len(words) <= 3 and not re.search(r"[.!?]", text.strip(" \"'“”‘’"))


#: Words before a quote that make it the name of an offence: "on charges of
#: "...", "convicted of "...", "jailed for "...", "charged with "...".
_OFFENCE_NAMED = re.compile(
    r"\b(?:charges? of|charged with|convicted of|guilty of|jailed for|sentenced for|"
    r"prison for|imprisonment for|years for|arrested for|detained for|prosecuted for)\s*$",
    re.I)


def names_an_offence(text: str, start: int) -> bool:
    """Whether a quote is the name of an offence ('detained on charges of
    "organizing group violence"'), which no one there says; `start` is where
    its opening mark stands."""
    if _OFFENCE_NAMED.search(text, max(0, start - 24), start) is not None:
        return True
    # the second of two ('charges of "spreading false news" and "insulting ..."')
    joined = _JOINED_AFTER_QUOTE.search(text, max(0, start - 12), start)
    if joined is None:
        return False
    close = joined.start()
    opening = max(text.rfind("“", max(0, close - 200), close),
                  text.rfind('"', max(0, close - 200), close))
    return opening >= 0 and _OFFENCE_NAMED.search(text, max(0, opening - 24), opening) is not None


#: A closing mark, then "and", "or" or a comma: one quote of a list ends there.
_JOINED_AFTER_QUOTE = re.compile(r"[”\"]\s*(?:,\s*)?(?:and|or|,)\s*$")
