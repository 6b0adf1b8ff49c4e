"""Which cue verb a quote belongs to.

A quote is the content of the cue verb up its chain of syntactic heads, else
of the nearest cue verb in its sentence; a quote after a colon that opens a
clause of its own is not the content of a cue before it, and a quote of
several sentences belongs to the cue in the sentence it closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .attribution import WITH_SOMEONE_SAYING
from .marks import Quoted
from .statement import verb_right_after

if TYPE_CHECKING:
    from .layout import QuoteLayout

#: Dependencies of a phrase that stands beside a cue rather than reporting it.
_ASIDE_DEPS = frozenset(("advcl", "prep", "npadvmod", "nsubj", "csubj", "agent"))


def quote_owners(layout: QuoteLayout) -> dict[int, int]:
    """Quote index -> token index of the cue verb that governs it: the
    nearest cue verb up the quote's head chain, else the nearest cue verb
    of the quote's sentence."""
    owners: dict[int, int] = {}
    for qi, q in enumerate(layout.quotes):
        span = layout.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if t.is_alpha]
        if not words:
            continue
        tok: Token = words[0]
        owner = None
        aside = False
        for _ in range(12):
            if tok.head == tok:
                break
            child, tok = tok, tok.head
            if not (q.start <= tok.idx < q.end) and layout.is_cue(tok):
                # `Invoking the "Great Game", he says there is ...`: a quote
                # in a phrase beside a cue that reports a clause (outside the
                # quote: a parse may split one quote into two) is not its content
                aside = child.dep_ in _ASIDE_DEPS and any(
                    c.dep_ == "ccomp" and not q.start <= c.idx < q.end for c in tok.children
                )
                owner = None if aside else tok
                break
        if aside:
            continue
        if owner is None:
            sent = words[0].sent
            cues = [t for t in sent if layout.is_cue(t) and not (q.start <= t.idx < q.end)]
            if cues:
                owner = min(cues, key=lambda t: min(abs(t.idx - q.start), abs(t.idx - q.end)))
        if owner is not None and not _introduces(layout, owner, q):
            # `Asked whether ..., Mr. Smith shot back: "..."`: a quote after
            # a colon is not the content of a cue in an earlier clause
            later = [t for t in words[0].sent if t.idx >= q.end and layout.is_cue(t)]
            owner = later[0] if later else None
        if owner is None and words[-1].sent != words[0].sent:
            owner = _cue_after(layout, q, words[-1])
        if owner is None:
            owner = _asked_after(layout, q)
        if words[-1].sent != words[0].sent and (owner is None or owner.idx < q.start):
            # `we know the next part: "I wrote ... I sold it," Alley said.`: a
            # quote of several sentences closed by a comma is the attribution's after it
            owner = _signed_after(layout, q) or owner
        if owner is not None:
            owners[qi] = owner.i
    return owners


def _signed_after(layout: QuoteLayout, q: Quoted) -> Token | None:
    """The cue verb among the three words right after a quote that closes
    with a comma inside its marks (`"...," Alley said`, `"...," said Alley`)."""
    s, e = q.inner
    if not q.closed or not layout.text[s:e].rstrip().endswith(","):
        return None
    para_end = layout.paragraphs[layout.paragraph_of(q.start)][1]
    return verb_right_after(layout.doc, q.end, para_end, layout.is_cue)

def _introduces(layout: QuoteLayout, cue: Token, q: Quoted) -> bool:
    """False when a colon opens the quote and a clause of its own (a verb
    with its own subject) stands between the cue before it and the colon."""
    before = layout.text[: q.start].rstrip()
    if not before.endswith(":") or cue.idx > q.start:
        return True
    colon = len(before) - 1
    between = layout.doc.char_span(cue.idx + len(cue.text), colon, alignment_mode="expand")
    if between is None:
        return True
    if WITH_SOMEONE_SAYING.search(layout.text, cue.idx, colon + 1):
        return False  # "..., with her co-star X commenting:": X's words, not the cue's
    return not any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in between
    )

def _cue_after(layout: QuoteLayout, q: Quoted, last: Token) -> Token | None:
    """`"First sentence. Second one," Trump said.`: a quote of several
    sentences is governed by the cue in the sentence it closes, after it."""
    para_end = layout.paragraphs[layout.paragraph_of(q.start)][1]
    sent = last.sent
    cues = [t for t in sent if q.end <= t.idx < para_end and layout.is_cue(t)]
    return cues[0] if cues else None


def _asked_after(layout: QuoteLayout, q: Quoted) -> Token | None:
    """`"... who will still invest in Europe?" Pieter van der Berg, the group's
    chief executive, told reporters.`: a quote closed by "?" or "!" ends the
    parser's sentence; the cue of the next one, whose subject opens it right
    after the quote, is the quote's."""
    s, e = q.inner
    if not q.closed or layout.text[s:e].rstrip()[-1:] not in ("?", "!"):
        return None
    para_end = layout.paragraphs[layout.paragraph_of(q.start)][1]
    after = layout.doc.char_span(q.end, para_end, alignment_mode="expand")
    first = next((t for t in after if not t.is_space), None) if after is not None else None
    if first is None:
        return None
    root = first.sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i != first.i or not layout.is_cue(root):
        return None
    return root
