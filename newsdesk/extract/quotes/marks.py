"""Quotation marks paired into quoted spans, straight from the text.

Works paragraph by paragraph (a line is a paragraph). Handles curly and
straight double quotes, the two-character marks of older news text (``Penn
Treebank style'' and the New York Times' ''doubled apostrophes''), UK single
quotes, apostrophes inside words, quotes
nested one level, and a quote left open at a paragraph break (news closes a
multi-paragraph quote only at its last paragraph). Odd or unpaired marks are
skipped, never raised on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPEN_CONTEXT = " \t([{—–-/"  # what may stand before an opening mark


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted stretch: `start` at its opening mark (or the paragraph start
    when it continues a quote), `end` after its closing mark (or at the
    paragraph end when it runs on)."""

    start: int
    end: int
    #: 'double' or 'single'
    kind: str
    opened: bool
    closed: bool
    #: Nesting depth: 0 for an outer quote, 1 for a quote inside a quote.
    depth: int = 0
    #: Characters in the opening and the closing mark (2 for `` and '').
    open_width: int = 1
    close_width: int = 1

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words without the marks."""
        return (
            self.start + (self.open_width if self.opened else 0),
            self.end - (self.close_width if self.closed else 0),
        )


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int, ch: str) -> str | None:
    """'open', 'close' or None (an apostrophe or an unusable mark)."""
    before = text[i - 1] if i > 0 else " "
    j = i + 2 if text[i + 1 : i + 2] == _HALF else i + 1
    after = text[j] if j < len(text) else " "
    if ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
        return "open"
    if ch in _DOUBLE_CLOSE:
        return "close"
    if ch == _SINGLE_CLOSE or ch == "'":
        if _is_letter(before) and _is_letter(after):
            return None  # don't, Corbyn's
        if (before in _OPEN_CONTEXT or before == "\n") and (_is_letter(after) or after in "‘“\""):
            return "open" if ch == "'" else None
        if not before.isspace() and (after.isspace() or after in ".,;:!?)—–-\"”…"):
            if before in "sS" and ch in "'’" and after == " ":
                return "maybe-close"  # voters' (possessive) or a closing mark
            return "close"
        return None
    if ch == '"':
        if (before.isspace() or before in _OPEN_CONTEXT or i == 0) and not after.isspace():
            return "open"
        at_end = i + 1 == len(text)
        if not before.isspace() and (after.isspace() or after in ".,;:!?)—–-'’…" or at_end):
            return "close"
        return "toggle"
    return None


#: Stands in for the second apostrophe of a `''` double mark (New York Times
#: style) while pairing: a mark is then one character, the offsets unchanged.
_HALF = "\x01"


#: Any quotation mark, double or single (a paragraph is read mark by mark).
_ANY_MARK = re.compile("[“”„«»‘’'\"]")
#: Any double quotation mark, the two-character `` and '' included.
_ANY_DOUBLE = re.compile("[\"“”„«»]|``|''")


def has_double_marks(text: str) -> bool:
    """Whether `text` holds a double quotation mark of any form anywhere."""
    return _ANY_DOUBLE.search(text) is not None


def _width(para: str, i: int) -> int:
    """Characters in the mark at `i`: 2 for a doubled mark (`` or '')."""
    return 2 if para[i + 1 : i + 2] == _HALF else 1


def find_quotes(text: str) -> list[Quoted]:
    """Every quoted stretch in `text`, in order of their start."""
    if "``" in text:
        text = text.replace("``", "“" + _HALF)
    if text.count("''") >= 2 or "“" + _HALF in text:
        text = text.replace("''", '"' + _HALF)
    found: list[Quoted] = []
    pos = 0
    carried = False  # the previous paragraph left a double quote open
    paras = text.split("\n")
    for k, para in enumerate(paras):
        reopens = _opens_single(paras, k + 1)
        quotes, carried = _paragraph(para, pos, carried, reopens)
        found.extend(quotes)
        pos += len(para) + 1
    return sorted(found, key=lambda q: (q.start, -q.end))


def _opens_single(paras: list[str], k: int) -> bool:
    """The next non-blank paragraph from `k` opens with a single quotation
    mark: how British papers go on with a quote left open."""
    for para in paras[k:]:
        if para.strip():
            return para.lstrip()[:1] in "‘'"
    return False


def _paragraph(
    para: str, offset: int, carried: bool, reopens: bool = False
) -> tuple[list[Quoted], bool]:
    out: list[Quoted] = []
    stack: list[tuple[str, int, str]] = []  # (kind, index, mark)
    stripped = para.lstrip()
    lead = len(para) - len(stripped)
    if carried and stripped and stripped[0] not in "“\"‘'":
        carried = False  # the next paragraph did not reopen: the quote ended
    for mark in _ANY_MARK.finditer(para):
        i, ch = mark.start(), mark.group()
        kind = "double" if ch in "“”„«»\"" else "single"
        role = _classify(para, i, ch)
        if role is None:
            continue
        open_kinds = [k for k, _, _ in stack]
        if ch == "“" and stack and stack[-1][2] == "„":
            role = "close"  # German style: „...“ closes with the high mark
        if role == "toggle":
            role = "close" if kind in open_kinds else "open"
        if role == "maybe-close":
            if kind not in open_kinds:
                continue
            role = "close"
        if role == "open":
            if kind in open_kinds:
                if kind == "double" and ch == '"':
                    role = "close"  # a straight mark closing an open straight quote
                else:
                    continue
            else:
                stack.append((kind, i, ch))
                continue
        # close
        if kind in open_kinds:
            while stack:
                k, j, _ = stack.pop()
                if k == kind:
                    width = _width(para, i)
                    out.append(Quoted(offset + j, offset + i + width, kind, True, True,
                                      len(stack), _width(para, j), width))
                    break
        elif kind == "double" and not out and not stack and (carried or i > 0):
            # a closing mark with no opener: the quote began in an earlier paragraph
            width = _width(para, i)
            out.append(Quoted(offset + lead, offset + i + width, kind, False, True, 0, 1, width))
    # marks still open run on to the paragraph end (double quotes, or a
    # single one when the next paragraph reopens with a single mark: else a
    # stray single mark is far more often an apostrophe)
    still_open = False
    for k, j, _ in stack:
        # a run-on single mark must open the paragraph or a word: `the '90s`
        # is an apostrophe even before a quote paragraph
        single_opens = j == lead or para[j + 1 : j + 2].isalpha()
        if k == "double" or (reopens and len(stack) == 1 and single_opens):
            end = offset + len(para.rstrip())
            if end - (offset + j) > 1:
                out.append(Quoted(offset + j, end, k, True, False, 0, _width(para, j)))
                still_open = still_open or k == "double"
    return out, still_open


def open_double_marks(line: str) -> int:
    """Double quotation marks a line opens and leaves open (curly marks when
    it has any, else straight ones by parity)."""
    if "“" in line or "”" in line:
        return line.count("“") - line.count("”")
    return line.count('"') % 2
