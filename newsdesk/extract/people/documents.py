"""Documents and the vehicles of words as speakers: the name a reader gives
a study or report that speaks for itself ("the Treasury's 2025 distributional
analysis", "the Wall Street Journal report"), and who issued the statement a
bare "the statement" goes back to. descriptions.py reads them."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

#: The vehicles of someone's words, which speak with the voice of who issued them.
VEHICLES = frozenset("statement release letter email memo".split())
#: How far back (tokens) "the statement" looks for the one issued.
_ISSUED_REACH = 80
#: Words that date a document rather than name it ("the bank's latest report").
_DATING_WORDS = frozenset("latest new newest recent last first annual own".split())


def document_name(sp: Span, head: Token, owner: str) -> str:
    """A study or report by the name a reader gives it: as written from its
    owner's possessive to its head ("the Treasury's 2025 distributional
    analysis"), or the owner before the head ("a report from The Wall Street
    Journal": the Wall Street Journal report)."""
    poss = next((c for c in head.children if c.dep_ == "poss" and sp.start <= c.i), None)
    if poss is None:
        # "a report by Holyrood's audit committee": a body described, not named
        named = owner[:1].isupper() and not re.search(r"['’]s\b", owner)
        # (with its own words: "the pre-sentence report from the Probation
        # Service" is the Probation Service pre-sentence report)
        kind = sp.doc[_first_modifier(sp, head) : head.i + 1].text
        return f"the {owner} {kind}" if named else f"the {kind}"
    # ("its annual report": the annual report, its owner a pronoun)
    first = poss.i + 1 if poss.pos_ == "PRON" else poss.left_edge.i
    doc = sp.doc
    words = [t.text_with_ws for t in doc[first : head.i + 1]
             if t.lower_ not in _DATING_WORDS and not (t.dep_ == "det" and t.head == poss)
             # ("most recent": no "most" left when "recent" goes)
             and not (t.lower_ in ("most", "more") and doc[t.i + 1].lower_ in _DATING_WORDS)]
    return "the " + "".join(words).strip()


def _first_modifier(sp: Span, head: Token) -> int:
    """Where a document's own words in lower case before its head begin
    ("pre-sentence" of "The pre-sentence report"), no dating word among them."""
    first = head.i
    while (first - 1 >= sp.start and sp.doc[first - 1].dep_ in ("amod", "compound", "punct")
           and (sp.doc[first - 1].is_lower or sp.doc[first - 1].text == "-")
           and sp.doc[first - 1].lower_ not in _DATING_WORDS):
        first -= 1
    while first < head.i and sp.doc[first].text == "-":
        first += 1
    return first


def issuer_subject(head: Token) -> Token | None:
    """The subject of the clause an earlier "a statement" sits in, for a
    later "the statement" (`head`): "Spokesman Olumide Adebanjo issued a
    statement", "In a statement, the Health Ministry said"; a few sentences
    back at most."""
    doc = head.doc
    first = max(0, head.sent.start - _ISSUED_REACH)
    earlier = next((t for t in reversed(doc[first : head.sent.start])
                    if t.lemma_.lower() == head.lemma_.lower() and t.pos_ == "NOUN"), None)
    if earlier is None:
        return None
    # "In a statement issued in Accra, the ministry said": past the participle
    # to the clause's own verb
    subj = next((c for a in earlier.ancestors if a.pos_ in ("VERB", "AUX")
                 for c in a.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.i < head.i else None
