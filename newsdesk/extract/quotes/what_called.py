"""What someone called a thing: `in what the skipper has branded "the biggest
game in the club's history"`, `during what police described as a robbery`.
The words after the naming verb are said by its subject, of the thing "what"
stands for. A naming with no "what" of the verb's own ("residents have
started calling it the lucky bus") is left to the cue finder.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from ..doc import tokens_of
from .cues import CALLING_VERBS, DESCRIBING_VERBS
from .speaker_spans import speaker_span
from .statement import Statement, trim

_MARKS = "\"“”‘’'"


def _named(verb: Token, what: Token) -> Token | None:
    """The words the verb gives the thing: its predicate ("branded | the
    biggest game") or what follows its "as" ("described as | a robbery")."""
    if verb.lemma_.lower() in DESCRIBING_VERBS:
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ else None
    return next((c for c in verb.children
                 if c.dep_ in ("oprd", "xcomp", "dobj", "attr") and c != what), None)


def _a_term_of(verb: Token, subj: Token) -> bool:
    """A name a trade or a place uses, not words anyone said: "what engineers
    call 'thermal runaway'", or what a thing is ("Pan is what they call ...")."""
    bare_plural = subj.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss") for c in subj.children)
    return (bare_plural and verb.tag_ in ("VBP", "VB")) or verb.head.lemma_ == "be"


def what_they_called(doc: Doc, found: list[Statement],
                     is_direct: Callable[[list[tuple[int, int]]], bool],
                     paragraph_of: Callable[[int], int]) -> list[Statement]:
    """Statements `what X called Y` makes, where no statement found holds Y."""
    text = doc_text(doc)
    out: list[Statement] = []
    for what in tokens_of(doc, words=("what",)):
        verb = what.head
        if what.dep_ != "dobj" or verb.lemma_.lower() not in CALLING_VERBS:
            continue
        # (its own subject: not "what residents have started calling", a habit of naming)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        named = _named(verb, what)
        if subj is None or named is None or named.i < verb.i or _a_term_of(verb, subj):
            continue
        span = trim(doc, named.left_edge.i, named.right_edge.i + 1)
        if span is None or len(text[span[0] : span[1]].split()) < 2:
            continue
        start, end = span
        if start > 0 and text[start - 1] in _MARKS:
            start -= 1
        if end < len(text) and text[end] in _MARKS:
            end += 1
        same = next((st for st in found if st.cue_token == verb.i), None)
        if same is not None:  # read by its cue already: what it names, said
            # (unless inside words reported around it: "told reporters PiS
            # would not hand over an MP to what she called "..."", one statement)
            same.names_a_thing = not any(
                o is not same and o.start <= same.start and same.end <= o.end for o in found)
            continue
        if any(st.start < end and start < st.end for st in [*found, *out]):
            continue
        content = [(start, end)]
        out.append(Statement(content, (verb.idx, verb.idx + len(verb.text)),
                             speaker_span(doc, subj, content, verb), is_direct(content),
                             paragraph_of(start), verb.i, via="partial", names_a_thing=True))
    return out
