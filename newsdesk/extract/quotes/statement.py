"""The Statement record and the span helpers every statement finder uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...nlp import doc_text

#: A wire story's dateline, which the parser may take into the first
#: sentence's subject or its content: "LONDON (Reuters) -", "SINGAPORE - ",
#: "Hubballi (Karnataka), Nov 14 (PTI)".
DATELINE = re.compile(
    r"\((?:[A-Z][A-Za-z]{1,9}|dpa)\)\s*(?:[-–—:]\s*)?"
    # "SANTA LUZIA DO TAPAJÓS, Brazil — ": a place in capitals, accents and
    # short words of it included ("FARGO, N.D. — ": a state written short)
    r"|^[A-ZÀ-ÖØ-Þ]{3,}(?: [A-ZÀ-ÖØ-Þ]{2,})*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)? [-–—] ",
    re.MULTILINE,
)

_EDGE_PUNCT = " \n\t,.;:—–-"
#: A link as page text prints it (a URL, a bare `www.` address, a tweet's picture).
LINK = re.compile(r"\S*(?:https?://|pic\.twitter\.com/|www\.)\S*")


@dataclass
class Statement:
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    #: The speaker as written (a pronoun, a name, "One Labour MP"), or None.
    speaker: tuple[int, int] | None
    direct: bool
    paragraph: int
    #: Index of the cue token, when the cue is a word.
    cue_token: int | None = None
    #: Statement this one continues (a quote paragraph with no cue of its own).
    continues: Statement | None = field(default=None, repr=False)
    #: How the content was found: quote, partial, clause, complement, inverted,
    #: according, colon, dash, continuation, orphan, nested (a quote inside a
    #: quote), block (a paragraph quoted without marks after "X writes:"),
    #: soundbite (a transcript's recorded words after the sentence introducing them).
    via: str = ""
    #: How sure the finder is that this is an attribution (the classifier's
    #: probability for statements it judged; 1.0 when quote marks say so).
    confidence: float = 1.0
    #: Reported inside a speaker's quote ("He told me he would play", said
    #: in someone else's words): its speaker is read as a nested quote's is.
    inside_quote: bool = False
    #: Words said of a thing "what" stands for ("what he called "a disgrace"",
    #: what_called.py): said, though "what" is the cue's object.
    names_a_thing: bool = False

    @property
    def within_quote(self) -> bool:
        """Said inside another speaker's quote: a quote in a quote, or speech
        reported there."""
        return self.via == "nested" or self.inside_quote

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of tokens [start, end), without edge punctuation/space."""
    text = doc_text(doc)
    if end - start > 2 and doc[end - 1].dep_ == "cc" and doc[end - 2].text == ",":
        end -= 2  # "there was no shortage in Jaipur, but": the words before the turn
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    while s < e and text[s] in _EDGE_PUNCT:
        s += 1
    while e > s and text[e - 1] in _EDGE_PUNCT:
        e -= 1
    # one character is no span, but for "I" (the writer saying "I told him ...")
    return (s, e) if e - s >= 2 or text[s:e] == "I" else None


#: Closing marks by their opening ones.
_CLOSERS = {"(": ")", "[": "]", "\u201c": "\u201d", "\u2018": "\u2019"}


def closed(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """`span` with the mark after it that closes one opened inside it
    ("(MOA" -> "(MOA)", '"real powers at last' -> '"real powers at last"')."""
    if span is None:
        return None
    text = doc_text(doc)
    words, after = text[span[0] : span[1]], text[span[1] : span[1] + 1]
    opened = [o for o, c in _CLOSERS.items() if words.count(o) > words.count(c) and after == c]
    if opened or (after == '"' and words.count('"') % 2 == 1):
        return (span[0], span[1] + 1)
    return span


def subtree_span(
    tok: Token, *, exclude: Token | None = None, limit: Span | None = None
) -> tuple[int, int] | None:
    """Token range [start, end) of `tok`'s subtree, cut at `exclude`'s subtree
    and kept inside `limit` (a sentence)."""
    idxs = [t.i for t in tok.subtree]
    if exclude is not None:
        skip = {t.i for t in exclude.subtree}
        idxs = [i for i in idxs if i not in skip]
        # keep the contiguous run on the side of tok
        run = [i for i in idxs if (i < exclude.i) == (tok.i < exclude.i)]
        idxs = run or idxs
    if limit is not None:
        idxs = [i for i in idxs if limit.start <= i < limit.end]
    if not idxs:
        return None
    return min(idxs), max(idxs) + 1


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: news paragraphs, whether or not blank lines separate them."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans or [(0, len(text))]


def verb_right_after(
    doc: Doc, start: int, end: int, is_verb: Callable[[Token], bool]
) -> Token | None:
    """The first of the three words right after `start` (within `end`) that
    `is_verb` accepts, before any punctuation: the cue of `"...," Alley said`
    or `'...,' she asked`."""
    span = doc.char_span(start, min(end, start + 60), alignment_mode="contract")
    if span is None:
        return None
    for tok in [t for t in span if not t.is_space][:3]:
        if tok.is_punct:
            return None
        if is_verb(tok):
            return tok
    return None


def past_addressee(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """What was said without whom it was said to, when a misparse put them
    first ("conceded to reporters that the money was ..." -> "that the
    money was ...")."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None or len(words) < 4 or words[0].lower_ not in ("to", "with"):
        return span
    obj = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    after = obj.right_edge.i + 1 if obj is not None else None
    if after is None or after >= words.end or doc[after].lower_ != "that":
        return span
    return (doc[after].idx, span[1])
