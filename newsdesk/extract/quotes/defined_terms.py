"""Press releases' defined terms: `Brightwater Foods, Inc. ("Brightwater" or
the "Company"), a leading supplier of ..., today announced that ...`. The
parser often takes the quoted short name inside the brackets for the cue's
subject; the one who speaks is the body named right before the bracket.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp import doc_ents

#: Words between a bracket and the short name it defines: `(the "Company")`.
_BEFORE_A_TERM = frozenset(["the", "collectively", "together"])


def defined_name(doc: Doc, subj: Token) -> tuple[int, int] | None:
    """The characters of the name a bracketed, quoted short name defines, when
    `subj` is that short name; None otherwise."""
    k = subj.i - 1
    while k >= 0 and (doc[k].is_quote or doc[k].lower_ in _BEFORE_A_TERM):
        k -= 1
    if k < 1 or doc[k].text != "(" or not doc[subj.i - 1].is_quote:
        return None
    named = doc[k - 1]
    ent = next((e for e in doc_ents(doc) if e.start <= named.i < e.end), None)
    if ent is None or ent.label_ not in ("ORG", "PERSON", "PRODUCT", "FAC") or ent.end != k:
        return None
    return ent.start_char, ent.end_char
