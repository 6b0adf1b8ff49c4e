"""Block quotes: a paragraph quoted without marks after an attribution that
ends with a colon.

Essays, reviews and blogs set a long quotation apart as its own paragraph,
with no quotation marks, after the sentence that attributes it: `As he writes:`
/ `The ministry said in a statement:` / `Smith put it this way:`. That
paragraph is what was said, by the subject of the verb of saying before the
colon. Only the first such paragraph is taken: where a block quote ends and
the writer's own words resume is not marked.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import is_cue_verb
from .speaker_spans import speaker_span, speaker_token
from .statement import Statement

#: Marks that open a quote: a paragraph opening with one is a quote, found elsewhere.
_OPENING_MARKS = "\"“‘'«„"
#: Cue probability a verb needs to introduce a block quote.
_STRONG = 0.6
#: Fewer words than this after the colon is a label or a heading, not a quotation.
_MIN_WORDS = 6


def block_quotes(
    doc: Doc,
    text: str,
    paragraphs: list[tuple[int, int]],
    found: list[Statement],
) -> list[Statement]:
    """A statement for each paragraph that follows, unquoted, a paragraph
    ending in a colon after a verb of saying with a subject."""
    taken = [(st.start, st.end) for st in found]
    out: list[Statement] = []
    for k in range(len(paragraphs) - 1):
        ps, pe = paragraphs[k]
        if not text[ps:pe].rstrip().endswith(":"):
            continue
        bs, be = paragraphs[k + 1]
        block = text[bs:be].strip()
        if not block or block[0] in _OPENING_MARKS or len(block.split()) < _MIN_WORDS:
            continue
        if block.rstrip().endswith(":") or any(s < be and e > bs for s, e in taken):
            continue  # another attribution, or words already found as a statement
        verb = _colon_cue(doc, ps, pe)
        if verb is None:
            continue
        subj = speaker_token(verb)
        if subj is None or subj.lower_ in ("i", "we"):
            continue  # "trends I've noticed so far:": the writer's own words follow
        content = [(bs, be)]
        speaker = speaker_span(doc, subj, content, verb)
        if speaker is None:
            continue
        out.append(Statement(content, (verb.idx, verb.idx + len(verb.text)), speaker, True,
                             k + 1, cue_token=verb.i, via="block"))
    return out


def _colon_cue(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of saying of the sentence that ends a paragraph with a colon."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    last = span[-1].sent
    # a strong cue that is the sentence's own verb, not one in a relative
    # clause ("the trends I've noticed:")
    verbs = [t for t in last if is_cue_verb(t, threshold=_STRONG) and t.dep_ != "relcl"]
    return verbs[-1] if verbs else None
