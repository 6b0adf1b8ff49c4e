"""Cues that tell of words nobody said: denied ("did not say", "never
said"), still to come or only possible ("will announce", "would have told
you"), supposed ("Let's say ..."), refused ("declined to say"), demanded
("demanded that the state announce ...") or made a condition ("once the fire
department declares ..."). speech.py asks
`unsaid` before it counts a cue's words as a statement; the finder drops
what only names words (`what_was_said`: "told them what I think") or a
thing argued over (`names_a_thing`: "disputed that estimate")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from .cues import MODALS

#: Verbs whose to-infinitive was not done: "declined to say", "refused to comment".
_REFUSING = frozenset("decline refuse fail avoid".split())


#: Auxiliaries of speech still to come or only possible, "will" written short too.
_NOT_YET = MODALS | {"'ll", "’ll"}
#: What makes such a modal tell of speech that was given: "would later say",
#: "would only say that ..." (and no more).
_WAS_GIVEN = frozenset(
    "later subsequently eventually often repeatedly always frequently only merely".split()
)
#: Verbs whose to-infinitive is speech to come: "plans to announce", "is set to say".
_INTENDING = frozenset("plan expect intend aim prepare schedule set want hope due poise".split())


def _not_yet_said(cue: Token) -> bool:
    """`the union would announce further dates`, `is expected to announce`:
    speech to come, or only possible, is nothing anyone has said."""
    kids = list(cue.children)
    auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
    if auxes & {"have", "has", "had", "'ve", "’ve"} or any(
        c.dep_ == "advmod" and c.lower_ in _WAS_GIVEN for c in kids
    ):
        return False  # "may have said", "would later tell"
    if auxes & _NOT_YET:
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _INTENDING


#: What opens a clause of speech still to happen, or that may not ("once",
#: "if", "unless", "until", "before" the fire department declares it safe).
_CONDITIONS = frozenset("once if unless until before".split())


def asked_by_no_one_yet(cue: Token) -> bool:
    """A cue in the gerund that tells of a case a rule or a plan provides
    for, with no one speaking: "must get approval before asking a nurse to
    ...", "would table a motion asking the government to ..." (but "will cut
    500 jobs, saying ...": said with the news)."""
    if cue.tag_ != "VBG":
        return False
    if cue.dep_ == "pcomp" and cue.head.lower_ in _CONDITIONS:
        return _not_yet_said(cue.head.head)
    return not cue.doc[cue.i - 1].is_punct and (
        (cue.dep_ == "acl" and cue.head.dep_ == "dobj" and _not_yet_said(cue.head.head))
        or (cue.dep_ == "advcl" and _not_yet_said(cue.head)))


def unsaid(cue: Token) -> bool:
    """Whether a cue tells of words never said: denied ("did not say"),
    still to come ("will announce"), supposed ("let's say"), refused,
    wished away or only possible ("would have told you")."""
    # "did not say", "never said": the negation comes before the cue; one
    # after it is the quote's own ('replied: "Absolutely not."')
    if any(c.dep_ == "neg" and c.i < cue.i for c in cue.children) or _not_yet_said(cue):
        return True
    if cue.head.lemma_.lower() == "let" and cue.head.i < cue.i and any(
        c.lower_ in ("'s", "’s", "us") for c in cue.doc[cue.head.i + 1 : cue.i]
    ):
        return True  # "Let's say you think a degree will cost ...": a supposition
    if cue.head.lemma_.lower() in ("let", "make") and cue.dep_ in ("ccomp", "xcomp") and any(
            c.dep_ == "neg" for c in _verb_chain(cue.head)):
        return True  # "I am not going to let somebody tell her ...": what is not to happen
    auxes = {c.lower_ for c in cue.children if c.dep_ == "aux" and c.i < cue.i}
    if auxes & {"would", "could", "might", "'d"} and "have" in auxes:
        return True  # "He would have told you this is too little": what he never said
    if auxes & {"would", "'d", "’d"} and cue.lemma_.lower() == "say" and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in cue.children):
        return True  # "I'd say it's 50-50": the speaker's own guess, no report
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.lower_ == "without":
        return True  # "approved the story without asking whether ...": no asking was done
    if asked_by_no_one_yet(cue):
        return True
    if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS
                                   for c in cue.children):
        return True  # "once the fire department declares the site safe": not yet said
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in cue.children):
        return True  # "smaller than the paper reported": a measure, not its words
    if cue.lemma_.lower() == "ask" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify")
            and any(n.dep_ == "neg" for n in c.children) for c in cue.children):
        return True  # "who asked not to be named": a condition of speaking, not words
    if (cue.tag_ in ("VB", "VBP") and cue.dep_ == "ccomp" and cue.head.lemma_.lower() in _DEMANDING
            and not any(c.dep_ == "aux" for c in cue.children)):
        return True  # "demanded that the government announce a bonus": to be said, if ever
    if cue.lemma_.lower() == "report" and any(c.dep_ == "dobj" for c in cue.children) and any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in cue.children):
        return True  # "The pair reported it to Novarra": a thing handed on, no words
    if cue.lemma_.lower() == "find" and cue.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return True  # "ran across the yard to find her lying near the gate": what was seen
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in ("have", "be") and any(
            c.lower_ == "yet" for c in cue.head.children):
        return True  # "the ministry had yet to explain how ...": not explained
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _REFUSING


#: Verbs whose "that" clause, its verb bare, is what someone must do: "demanded
#: that the minister resign", "urged that the board announce".
_DEMANDING = frozenset("demand insist urge ask request require recommend propose".split())


def _verb_chain(verb: Token) -> list[Token]:
    """The children of a verb and of the verbs it hangs on as a complement
    ("not going to let": the negation is "going"'s)."""
    kids = list(verb.children)
    while verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
        verb = verb.head
        kids += list(verb.children)
    return kids


def what_was_said(doc: Doc, text: str, content: tuple[int, int], cue_token: int | None) -> bool:
    """`I've told them what I think of the player`, `entitled to say what they
    want`: a short "what" clause after "say" or "tell" names words without
    giving them (none of the six in the gold sets is a statement); so does
    a "what" clause a finding or a disclosure confirms ("the results confirmed
    what landholders had been telling researchers", "Dion revealed what had
    been making her lose weight"), at any length."""
    if cue_token is None:
        return False
    lemma = doc[cue_token].lemma_.lower()
    words = text[content[0] : content[1]].split()
    if not words or words[0].lower() != "what":
        return False
    if lemma in ("say", "tell"):
        return len(words) <= 8
    return lemma in _BEARING_OUT and words[0] == "what"  # (not a question: "What now?")


#: Verbs whose "what" clause names what was known or said without saying it.
_BEARING_OUT = frozenset("confirm show reveal know echo reflect mirror prove".split())


#: Cues whose object, a noun phrase, only names what was argued over: "disputed
#: that estimate", "rejected that characterisation" (what one proposed, or
#: "raised concerns about", is counted as said in some gold sets and not in
#: others: left as found).
_NAMING_CUES = frozenset("dispute reject question".split())


def names_a_thing(doc: Doc, content: tuple[int, int], cue_token: int | None) -> bool:
    """Whether a reported "statement" is only a noun phrase such a cue takes
    as its object, no clause and no quoted words in it: speech mentioned
    without its content (not 'rejected the claims as "politics"')."""
    if cue_token is None or doc[cue_token].lemma_.lower() not in _NAMING_CUES:
        return False
    if any(mark in doc_text(doc)[content[0] : content[1]] for mark in "\"“”‘’'"):
        return False
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span.root.pos_ in ("NOUN", "PROPN") and not any(
        t.pos_ in ("VERB", "AUX") for t in span)
