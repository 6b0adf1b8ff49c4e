"""What around a verb makes it a cue, or none, whatever the lexicon says of
it alone: "directed the IGP to submit ..." (an order given), "called him to
order" (a ruling), "the WSC's proposed increase" (a participle after a
possessive), "the sign read: ..." (a text's words), "as the coach put it",
"ruled out any further exemptions" (what someone said will not happen),
"opened a letter ... saying" (the letter's words), "denied any wrongdoing"
(a denial in words). `cues.cue_probability` asks them.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import READING_TEXTS
from ..doc import sentence

#: Verbs of directing someone to do something, no verbs of saying otherwise
#: ("directed the film", "instructed in Latin").
DIRECTING = frozenset(["direct", "instruct"])


def told_to_do(token: Token) -> bool:
    """`directed the IGP to submit ...`: someone, then an infinitive after."""
    kids = [c for c in token.children if c.i > token.i]
    return any(c.dep_ in ("dobj", "dative") for c in kids) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in kids)


def to_order(token: Token) -> bool:
    """"called him to order" (not "called on them to order a review")."""
    doc = token.doc
    for i in range(token.i + 1, min(token.i + 5, len(doc) - 1)):
        if doc[i].lower_ == "to" and doc[i + 1].lower_ == "order":
            return i + 2 >= len(doc) or doc[i + 2].pos_ not in (
                "DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM")
    return False


def summoned(token: Token) -> bool:
    """"called Arguedas to appear before the committee": a summons served,
    no words reported (not "called on them to appear")."""
    return not any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children) and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _SUMMONED_TO
        for c in token.children)


#: What someone is summoned to do ("called the minister to appear").
_SUMMONED_TO = frozenset("appear testify attend depose".split())


def after_a_possessive(token: Token) -> bool:
    """A participle right after a possessive (a bracketed acronym between):
    "the WSC's proposed increase", "their promised reforms" modify a noun."""
    if token.tag_ not in ("VBN", "VBD") or token.i == 0:
        return False
    doc = token.doc
    k = token.i - 1
    if doc[k].text == ")" and k >= 3 and doc[k - 2].text == "(":
        k -= 3
    if doc[k].text in ("'", "’"):  # "the members' proposed", not a closing quote mark
        return k > 0 and doc[k - 1].lower_.endswith("s") and not doc[k - 1].whitespace_
    # (not "she's said that ...": an auxiliary, "has")
    return doc[k].lower_ in ("'s", "’s", "its", "their", "his", "her", "our", "my", "your") and (
        doc[k].pos_ != "AUX")


def a_text_reads(token: Token) -> bool:
    """`"..." read one comment`, `the sign read: "..."`: a text's words, not a
    person reading."""
    # after a quote the parser often reads the text as the object: '"..." read one comment'
    inverted = token.i > 0 and token.doc[token.i - 1].text in ("”", '"', "’", "'")
    deps = ("nsubj", "dobj") if inverted else ("nsubj",)
    return any(c.dep_ in deps and c.lemma_.lower() in READING_TEXTS for c in token.children)


def puts_it(token: Token) -> bool:
    """`as the coach put it`: someone's way of saying (not "to put it mildly",
    the writer's, which has no subject)."""
    kids = list(token.children)
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids) and any(
        c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in kids
    )


#: Who may rule something out in words: people and bodies, not a test or a scan.
_RULERS_OUT = frozenset("i we he she they".split())


def ruled_out(token: Token, subject: Token) -> bool:
    """"The minister ruled out any further exemptions": what someone said
    will not happen, a statement as "denied" is (not "the scan ruled out a
    fracture", a thing's finding)."""
    return (token.lemma_.lower() == "rule"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
            and any(c.dep_ == "dobj" and c.i > token.i for c in token.children)
            and (subject.pos_ == "PROPN" or subject.lower_ in _RULERS_OUT
                 or subject.ent_type_ in ("PERSON", "ORG", "NORP")))


def reporting_verb(clause: Token) -> Token | None:
    """The verb whose report `clause` is: the verb it is the clause of, or
    the one whose statement it is the clause of ("said in a statement that
    ..."); None for any other clause."""
    if clause.dep_ == "ccomp":
        return clause.head
    if (clause.dep_ == "acl" and clause.head.dep_ == "pobj"
            and clause.head.lemma_.lower() == "statement"):
        return clause.head.head.head
    return None


def a_things_clause(verb: Token) -> bool:
    """Whether the clause `verb` heads is about a thing, no one who could go
    on to speak ("said the case was part of a campaign and called on ...")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_
            and subj.lemma_.lower() in _THINGS_REPORTED)


#: What a clause reported is often about, and which says nothing itself.
_THINGS_REPORTED = frozenset(
    "case decision move plan law bill ruling attack incident vote deal project policy".split())


def provides_for(token: Token) -> bool:
    """"the area plan, which calls for high-density development", "the Bill
    calls for ...": what a plan or a law provides, no one's words."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and token.dep_ == "relcl":
        subj = token.head
    return (subj is not None and subj.lemma_.lower() in _PROVIDING_TEXTS
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children))


#: Texts of law, which provide rather than say: "According to the Bill, ..."
#: (asides.py), "the Bill calls for ...".
LEGAL_TEXTS = frozenset("bill act law regulation rule ordinance code".split())
#: Texts that provide for things rather than say them.
_PROVIDING_TEXTS = LEGAL_TEXTS | {"plan"}


def plans_to(token: Token) -> bool:
    """"expected to make arrests", "hopes to reopen": what someone means to do."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children)


def raised_with(token: Token) -> bool:
    """`reported the issue to Velocom`, `had reported a loose handrail to the
    council`: a thing taken to someone to deal with, no words of it reported."""
    kids = list(token.children)
    thing = next((c for c in kids if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > token.i),
                 None)
    # (the parser may hang "to the council" on the thing taken there)
    return thing is not None and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in (*kids, *thing.children)) and not any(c.dep_ == "ccomp" for c in kids)


def relative_read_as_clause(verb: Token, clause: Token) -> bool:
    """`claiming overtime for hours they did not work`: a clause with no
    "that" right after the object of a preposition that follows the verb's
    own object is a relative clause on that noun, not what the verb reports."""
    doc = verb.doc
    start = clause.left_edge.i
    # (with a subject of its own: "confirmed the budget for the tower | had
    # been revised" is the verb's clause, its subject read as the object)
    if start == 0 or any(c.dep_ == "mark" for c in clause.children) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    before = doc[start - 1]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < start), None)
    return (obj is not None and obj.pos_ in ("NOUN", "PROPN") and before.dep_ == "pobj"
            and before.pos_ == "NOUN" and before.head.head == verb)


#: Verbs of getting a text, whose subject only reads what it says.
_RECEIVING = frozenset("receive open get read find".split())
#: Texts one receives that say something.
_TEXTS_RECEIVED = frozenset("letter notice email message note text summons".split())


def text_received(verb: Token) -> Token | None:
    """"Doreen Halloway opened a letter from her landlord's solicitors saying
    that she must leave": a participle of saying after a text received is
    the text's words, not the receiver's; the text (None otherwise)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return None
    main = verb.head if verb.dep_ == "advcl" else verb.head.head
    while main.pos_ not in ("VERB", "AUX") and main.head != main:
        main = main.head
    if main.lemma_.lower() not in _RECEIVING or main.tag_ == "VBG":
        return None  # (not "users reported receiving messages stating ...": theirs to report)
    return next((c for c in main.children if c.dep_ == "dobj" and c.i < verb.i
                 and c.tag_ == "NN" and c.lemma_.lower() in _TEXTS_RECEIVED), None)


#: What one denies in words, as an object: a charge or a part in something
#: ("denied any wrongdoing"), not what one refuses ("denied bail", "denied the request").
_DENIED_THINGS = frozenset(
    """wrongdoing charge charges allegation allegations accusation accusations claim claims
    involvement role part link links responsibility knowledge""".split())


def what_was_denied(verb: Token) -> tuple[int, int] | None:
    """The words a denial reports with no clause: a charge, an allegation or
    a part in something (`denied any wrongdoing`, `denied any part in the
    pre-marking`), or a gerund (`denies murdering his wife`)."""
    sent = sentence(verb)
    for c in verb.children:
        if c.i < verb.i:
            continue
        if (c.dep_ == "xcomp" and c.tag_ == "VBG") or (
                c.dep_ == "dobj" and c.lemma_.lower() in _DENIED_THINGS):
            words = list(c.subtree) + [
                t for p in verb.children if p.dep_ == "prep" and p.i > c.i for t in p.subtree]
            idxs = [t.i for t in words if sent.start <= t.i < sent.end and not t.is_punct]
            return (min(idxs), max(idxs) + 1) if idxs else None
    return None
