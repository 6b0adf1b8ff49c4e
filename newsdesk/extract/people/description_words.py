"""A description's words as the description readers need them: its own
words without the clause that does the saying, its head, its determiners,
whether it is plural or holds a person's name.

`describe` reads them once per speaker span; each reader of
descriptions.py and body_descriptions.py looks at the one `Description`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .speaker_words import ANONYMOUS_DETERMINERS, OUTPUT_HEADS
from .spoken_before import DOCUMENTS

#: Those close to someone, unnamed sources of the showbiz pages ("pals say",
#: "a pal of the personal trainer insisted", "friends of the couple said").
CLOSE_ONES = frozenset("pal friend mate chum confidant confidante insider".split())

#: A description with an age set off after it ("The veteran broadcaster, 54"):
#: only a person is given one.
AGE_SET_OFF = re.compile(r"^the (?:[a-z][\w-]* ){0,3}[a-z][\w-]*, (\d{1,3})$", re.IGNORECASE)
#: Outputs whose "with" names who spoke ("an interview with X").
SPOKEN_WITH = frozenset(["interview", "conversation", "chat", "talk", "call", "exchange"])


@dataclass(frozen=True)
class Description:
    """One speaker span read as a description."""

    sp: Span
    head: Token
    #: the span's words as written, spaces made single
    written: str
    #: the description's own words: no saying clause ("an architect who
    #: said"), no lead "And"/"But"/"So", no "with" a filing was filed with
    text: str
    #: the same before the filing's "with" is cut
    unfiled: str
    own_words: Span
    #: the relative or adjectival clause hanging on the head, if any
    clause: Token | None
    #: the head's lower-cased text
    lemma: str
    #: the span's determiners, numbers and adjectives, lower-cased
    dets: frozenset[str]
    #: the head's own determiners, numbers and adjectives, lower-cased
    own: frozenset[str]
    plural: bool
    #: a person's name among the own words, not one that only says whose
    #: ("One Lumora engineer", "a Trump aide")
    has_proper: bool
    #: a possessive among the span's words ("his lawyer", "the company's")
    possessed: bool

    @property
    def alpha_count(self) -> int:
        """How many words the span has."""
        return sum(t.is_alpha for t in self.sp)

    @property
    def own_alpha_count(self) -> int:
        """How many words the description's own words have."""
        return sum(t.is_alpha for t in self.own_words)


def describe(sp: Span, head: Token) -> Description:
    """The words of the speaker span `sp`, headed by `head`."""
    written = " ".join(sp.text.split())
    text = written
    # the clause may hang on the head or on a noun after it ("an official
    # in Nairobi, who refused to be named")
    clause = next((c for c in sp if c.dep_ in ("relcl", "acl") and c.i > sp.start
                   and (c.head == head or head in c.head.ancestors)
                   and sp.start <= c.head.i < sp.end), None)
    own_words = sp
    if clause is not None:
        # "an email that urged people ...", "an architect who said": the
        # description is the head's own words; the clause is the saying
        cut = min(t.i for t in clause.subtree)
        if cut > sp.start:
            text = " ".join(sp.doc[sp.start : cut].text.split()).rstrip(" ,;")
            own_words = sp.doc[sp.start : cut]
    for lead in ("And ", "But ", "So "):
        if text.startswith(lead):
            text = text[len(lead) :]
    # ("a rep for the singer": a representative, as showbiz pages shorten it)
    lemma = _SHORTENED.get(head.lower_, head.lower_)
    unfiled = text
    if lemma in OUTPUT_HEADS | DOCUMENTS:
        filed = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                      and c.i > head.i and lemma not in SPOKEN_WITH), None)
        if filed is not None and filed.i > sp.start:
            # "A filing with the SEC shows": the filing, not where it was filed
            text = " ".join(sp.doc[sp.start : filed.i].text.split())
    # a name in a clause about them ("a nurse who has worked in Dunmore") is not theirs,
    # nor one that modifies the head after "one" or "a" ("One Lumora engineer",
    # "a Trump aide": whose engineer, whose aide)
    anonymous_det = any((t.dep_ == "det" and t.lower_ in ANONYMOUS_DETERMINERS)
                        or (t.dep_ == "nummod" and t.lower_ == "one") for t in head.children)
    has_proper = any(t.ent_type_ == "PERSON" and not (
        anonymous_det and t.dep_ == "compound" and t.head == head) for t in own_words)
    aside = {t.i for c in head.children if c.dep_ == "appos" and c.i > head.i
             and c.left_edge.lower_ in ("a", "an") for t in c.subtree}
    return Description(
        sp=sp,
        head=head,
        written=written,
        text=text,
        unfiled=unfiled,
        own_words=own_words,
        clause=clause,
        lemma=lemma,
        # (not an aside's: "The minister, a cardiologist by training,")
        dets=frozenset(t.lower_ for t in sp if t.dep_ in ("det", "nummod", "amod", "quantmod")
                       and t.i not in aside),
        own=frozenset(t.lower_ for t in head.children
                      if t.dep_ in ("det", "nummod", "amod", "predet")),
        plural=head.tag_ in ("NNS", "NNPS") or head.lower_ in ("mps", "sources"),
        has_proper=has_proper,
        # (the head's own words: "whose name was withheld" possesses nothing of it)
        # ("a neighbour on Kereama's street" is no one's: the street is)
        possessed=any(t.dep_ == "poss" and not _after_a_preposition(t, head) for t in own_words),
    )


#: Heads written short that read as the word in full.
_SHORTENED = {"rep": "representative", "reps": "representatives"}


def words_to_head(sp: Span, head: Token) -> list[str]:
    """The phrase's words up to its head, lower-cased ("the statement" of
    "The statement, signed by its press officer,")."""
    return [t.lower_ for t in sp.doc[sp.start : head.i + 1] if t.is_alpha]


def _after_a_preposition(tok: Token, head: Token) -> bool:
    """Whether a word after a description's head hangs from a preposition of
    place of it ("a neighbour on Kereama's street"; not "a spokesman for
    Defence Minister X", nor a name set off there: "..., Mustafa el-Gharyani")."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "appos":
            return False
        if tok.dep_ == "prep" and tok.head.i == head.i and tok.i > head.i:
            return tok.lower_ in _OF_PLACE
        tok = tok.head
    return False


#: Prepositions of place a description's phrase may open ("on Kereama's street").
_OF_PLACE = frozenset("on in at near from outside along off".split())
