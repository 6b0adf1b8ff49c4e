"""The `truncated` flag: the body's real ending, and whether it is cut off.

Judged on the kept body (spam and furniture already removed), and on its
real ending: short lines after the last paragraph of prose that read as
labels, sign-offs, contact lines or end marks are passed over, since a page
that ends "Full Coverage" or "Contact the newsroom: desk@..." after its
last full stop is not cut off. The last paragraph of prose is cut off when
it does not end a sentence and either
- it is long enough to be prose (five words or more, mostly lower case), or
- it opens as sentences do and labels do not ("He argued", "As the"), or
- the sentence it ends on started after an earlier sentence in it
  ("... in May. The senator said she"), or
- it ends on a word no English sentence ends on ("the", "of", "would").
On a page that leaves a third of its lines of prose without a full stop,
only the last of these counts.
"""

from __future__ import annotations

import re
import unicodedata

from ..article import Flag, Span
from ..stamps import is_timestamp
from .lines import TERMINAL, Line

#: Words an English sentence does not end on: articles, prepositions,
#: conjunctions, possessives and auxiliaries. A line ending on one without a
#: full stop was cut.
CUT_WORDS = frozenset(
    """a an the of to for with from into onto by at about against between through during
    under over across among amid toward towards within without upon via
    and but or nor that which who whose whom because if than as while when where whether
    his her their its our my your is are was were will would could should can may might
    must shall has have had been be being very more most such""".split()
)
#: Words a sentence opens with and a label or button does not ("He argued",
#: "As the vote", not "Read more", "Back to top"): a short line opening with
#: one and not ending a sentence is a sentence cut short.
SENTENCE_OPENERS = frozenset(
    """he she it they we i you his her their its our my this these those the a an as to
    in when while after before but and so if there""".split()
)
_LAST_SENTENCE = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+)(?=[^.!?…]*$)")
_EMBED_LEAD_IN = re.compile(r"\b(?:below|above)\s*:$", re.IGNORECASE)
# A sign-off, byline, credit or contact line: not prose, whatever its case.
_SIGN_OFF = re.compile(
    r"^(?:[-—–]+\s*\w|by\s|(?:additional\s+)?(?:reporting|writing|editing|research|"
    r"contributions?|graphics?)\s+(?:by|from)\b|(?:contact|email|e-mail|follow|copyright|©)\b)",
    re.IGNORECASE,
)
_OPENS_QUOTE = re.compile(r"^(?:[“\"‘]|'')")
_CLOSES_QUOTE = re.compile(r"[”\"’](?=\W|$)|''")
_CONTACT = re.compile(r"@|https?://|www\.|\[email|©")
# Anywhere in a line: a credit, a licence, a timestamp, navigation bars.
_FURNITURE_TAIL = re.compile(
    r"\b(?:photo|image|picture|video)?\s*credits?\s*:|\(CC BY|\b(?:last )?updated\s*:|"
    r"\b(?:published|posted)\s*:|\s\|\s|\bfor more (?:on|about|information|details|stories)\b|"
    # "This article was amended on 4 March"; a bare stamp is `is_timestamp`'s.
    r"\b(?:was|were|has been|have been) (?:amended|updated|corrected) on\b",
    re.IGNORECASE,
)
# What a publisher writes where it stops an article for non-subscribers.
_PAYWALL = re.compile(
    # "To view the full story, please subscribe": the rest of *this* story,
    # and a subscription or a log-in in the same line.
    r"\bto (?:read|view|see|continue reading|keep reading|unlock|access) (?:the |this )?"
    r"(?:full|whole|entire|rest of (?:the|this)) (?:story|article|piece)\b"
    r"(?=.*\b(?:subscri\w*|log in|sign in|members?(?:hip)?)\b)|"
    r"\bsubscribe (?:now |today )?to (?:continue reading|keep reading|read|view|unlock|access) "
    r"(?:this|the (?:full|whole|rest))\b|"
    r"\bpreview of subscription content\b|"
    r"\b(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to|reserved for) "
    r"(?:paying )?(?:subscribers|members)\b",
    re.IGNORECASE,
)
#: Share of a page's lines of prose without a full stop from which the page
#: is taken to write that way.
UNSTOPPED_SHARE = 0.35
#: How many trailing lines may be passed over as furniture.
MAX_TRAILING = 4


def _last_word(text: str) -> str:
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text)
    return words[-1].lower() if words else ""


def _tail_start(line: Line) -> int:
    """Where the line's last sentence starts, relative to the line."""
    m = _LAST_SENTENCE.search(line.text)
    return m.end() if m else 0


def _ends_whole(line: Line) -> bool:
    """Ends a sentence, past an end mark ("❖", "■"); or closes a quotation or
    a bracket, which a cut does not."""
    text = line.text.rstrip()
    while text and unicodedata.category(text[-1]) in ("So", "Zs", "Sm"):
        text = text[:-1].rstrip()
    if line.ends_sentence or text.endswith(TERMINAL) or text.endswith((")", "”", '"')):
        return True
    # A single quotation mark closing one opened in the line: British style.
    return text.endswith(("’", "'")) and ("‘" in text or " '" in text)


def _is_furniture_line(line: Line) -> bool:
    """A sign-off, byline, credit, contact, timestamp, navigation or keyword line."""
    text = line.text
    if _SIGN_OFF.match(text) or _CONTACT.search(text) or _FURNITURE_TAIL.search(text):
        return True
    if is_timestamp(text):
        return True  # "Updated 3 March 2026, 10:32 am"
    # "docker, Docker Engine, editions, stable, edge": a list of keywords.
    parts = [p.split() for p in text.split(",")]
    return len(parts) >= 4 and all(len(p) <= 3 for p in parts)


def _reads_as_cut(line: Line) -> bool:
    """A line that does not end a sentence and reads as a sentence cut off."""
    if _ends_whole(line) or not line.words or _lowercase_share(line) < 0.3:
        return False  # Title Case: a headline, label or related link
    if _last_word(line.text) in CUT_WORDS:
        return True
    if _is_furniture_line(line):
        return False
    if _tail_start(line) > 0:
        return True  # "... in May. The senator said she"
    opened = _OPENS_QUOTE.match(line.text)
    if opened and not _CLOSES_QUOTE.search(line.text, opened.end()):
        return True  # a quotation opened and never closed
    if len(line.words) >= 5 and _lowercase_share(line) >= 0.5:
        return True
    return len(line.words) >= 2 and _opens_a_sentence(line)


def _opens_a_sentence(line: Line) -> bool:
    first = re.split(r"['’]", line.lower_words[0])[0] if line.words else ""
    return first in SENTENCE_OPENERS


def _lowercase_share(line: Line) -> float:
    """Lower-case share of the words after the first, which is capitalised in
    any sentence: "The party has" reads as prose, "Full Coverage Of" does not."""
    rest = [w for w in line.words[1:] if w[0].isalpha() and w[0].lower() != w[0].upper()]
    return sum(w[0].islower() for w in rest) / len(rest) if rest else line.lowercase_share


def _is_trailing_furniture(line: Line) -> bool:
    """A short non-sentence after the prose: a label, sign-off, contact line,
    end mark or related link, unless it ends where no sentence ends."""
    if _ends_whole(line) or (_OPENS_QUOTE.match(line.text) and _lowercase_share(line) >= 0.3):
        return False
    if not any(c.isalpha() for c in line.text) or _lowercase_share(line) < 0.3:
        return True  # an end mark ("❖", "###"), a label or a related link
    if _is_furniture_line(line):
        return True
    if _last_word(line.text) in CUT_WORDS or _opens_a_sentence(line):
        return False
    return len(line.words) < 5


def real_ending(body: list[Line]) -> Line | None:
    """The body's last line of prose, past trailing furniture."""
    for k, line in enumerate(reversed(body)):
        if k >= MAX_TRAILING or not _is_trailing_furniture(line):
            return line
    return body[-1] if body else None


def writes_unstopped(body: list[Line], last: Line) -> bool:
    """The page leaves its sentences without a full stop: of its other lines
    of prose (five words or more, mostly lower case), at least UNSTOPPED_SHARE
    end without one (lists of tips, recipes, notes). 3 of 840 PolNeAR train
    articles do. On such a page a last line that ends on an ordinary word is
    the page's way of writing, not a cut."""
    prose = [
        ln for ln in body if ln is not last and len(ln.words) >= 5 and ln.lowercase_share >= 0.5
    ]
    unstopped = sum(not _ends_whole(ln) for ln in prose)
    return len(prose) >= 5 and unstopped >= UNSTOPPED_SHARE * len(prose)


def paywall(lines: list[Line], body: list[Line]) -> Line | None:
    """The line where the publisher stops the article for non-subscribers
    ("To read the full story, subscribe..."), after at least one paragraph of
    the body's prose: the text is cut there, even if every sentence before it
    is whole. Read among all lines, as cleaning may have removed it as a
    notice to the reader."""
    kept = {ln.start for ln in body}
    seen_prose = False
    for line in lines:
        if seen_prose and _PAYWALL.search(line.text):
            return line
        if line.start in kept and len(line.words) >= 8 and line.ends_sentence:
            seen_prose = True
    return None


def truncated_flag(body: list[Line], lines: list[Line]) -> Flag | None:
    """`body`: the kept lines other than the headline; `lines`: all of the
    article's lines, where a paywall line removed as a notice is still seen."""
    wall = paywall(lines, body)
    if wall is not None:
        return Flag(
            "truncated",
            0.8,
            [Span(wall.start, wall.end)],
            f"the article stops at a paywall: “{wall.text[:60]}…”",
        )
    last = real_ending(body)
    if last is None or not _reads_as_cut(last):
        return None
    if _last_word(last.text) not in CUT_WORDS and writes_unstopped(body, last):
        return None
    tail = last.text.rstrip()
    if _EMBED_LEAD_IN.search(tail):
        return None  # "Watch the interview below:": the embed is gone, not the text
    # Punctuation that can end a clause makes a cut less certain than a bare word.
    score = 0.6 if tail[-1] in ",;:–—-" else 0.9
    why = (
        "the text ends on a lead-in whose quote or list is missing"
        if tail.endswith(":")
        else "the text ends mid-sentence"
    )
    passed = len(body) - 1 - body.index(last)
    if passed:
        why += f" (after it, {passed} line(s) of page furniture)"
    start = last.start + _tail_start(last)
    return Flag("truncated", score, [Span(start, last.end)], f"{why}: “…{tail[-40:]}”")
