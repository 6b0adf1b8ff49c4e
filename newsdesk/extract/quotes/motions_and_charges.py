"""Words said in council chambers and courts that read as other acts: a
motion (`moved that the fee be set at $600`, `moved to table the
ordinance`) and where its words end (before `, seconded by ...`); and a
verb of saying that is the act a charge alleges (`charged with posting
"grossly offensive" content`), no words reported.
"""

from __future__ import annotations

from spacy.tokens import Token

#: What a motion moves a meeting to do ("moved to table the ordinance").
_MOTIONS = frozenset(
    """table adopt approve defer amend refer suspend accept reject rescind postpone adjourn
    censure dismiss send return""".split())


def moves_a_motion(token: Token) -> bool:
    """`Coun. X moved that the fee be set at $600`, `moved to table the
    ordinance`: a motion put to a meeting, words said, not a move made."""
    if token.lemma_.lower() != "move" or token.pos_ != "VERB":
        return False
    if token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "that":
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _MOTIONS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)


def before_the_seconder(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A motion's words end before who seconded it ("moved that the fee be
    set at $600, seconded by Coun. Ravi Sandhu"); other spans as they are."""
    if not moves_a_motion(verb):
        return span
    doc = verb.doc
    cut = next((t.i for t in doc[span[0] + 1 : span[1]] if t.lower_ == "seconded"
                and doc[t.i - 1].text == ","), None)
    return (span[0], cut - 1) if cut is not None else span


#: Verbs of charging someone with an act ("charged with posting ...").
_ACCUSING = frozenset(
    "charge accuse arrest convict jail sentence suspect indict prosecute detain".split())


def alleged_act(cue: Token) -> bool:
    """Whether a cue is the act someone is charged with ("charged with
    posting "grossly offensive" content", "arrested for posting ..."): an
    act alleged, not words reported."""
    return cue.dep_ == "pcomp" and cue.head.lower_ in ("with", "of", "for") and (
        cue.head.head.lemma_.lower() in _ACCUSING)
