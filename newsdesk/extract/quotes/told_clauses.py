"""Clauses of what someone was told that the parser misreads: a `that`
clause hung on the person told as a relative clause (`reminds the couple
that work-life balance may be elusive`), a clause with no relative word after
a body told (`told the hearing the group had been diving`) or after a phrase
on the cue (`said in a note to clients they expected ...`), a `that` read as
a determiner (`told the hearing that budget cuts had delayed repairs`).
`content_spans` asks these of a cue verb."""

from __future__ import annotations

from spacy.tokens import Token

from ..doc import sentence
from .attribution import MEDIA_NOUNS
from .cues import ADDRESSEE_VERBS, SAYING_VERBS


def that_clause_on_addressee(verb: Token) -> Token | None:
    """`reminds the couple that work-life balance may be elusive`: the parser
    may hang the `that` clause on the person addressed as a relative clause.
    A clause with its own subject after `that` is what was said, not a
    description of the addressee (`told the man that lives next door` has
    `that` as its subject)."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        for rel in obj.children:
            if rel.dep_ != "relcl":
                continue
            marks = [c for c in rel.children if c.dep_ == "mark" and c.lower_ == "that"]
            if marks and any(c.dep_ in ("nsubj", "nsubjpass") for c in rel.children):
                return rel
            if _zero_relative_misread(obj, rel):
                return rel
    return None


def that_read_as_object(verb: Token) -> Token | None:
    """`found that Harlan Credit's card fees harm competition`: a clause the
    parser read as a noun phrase after a "that" it made the cue's object
    ("harm" a noun): the phrase's head, when "that" is the subordinator."""
    that = next((c for c in verb.children if c.dep_ in ("dobj", "prep") and c.lower_ == "that"
                 and c.tag_ == "IN" and c.i == verb.i + 1), None)
    if that is None:
        return None
    return next((c for c in that.children if c.dep_ == "pobj" and c.i > that.i + 1), None)


def clause_after_a_phrase(verb: Token) -> Token | None:
    """`said in a note to clients they expected sales to ...`: a clause with
    no "that" after a phrase on the cue, parsed as a relative clause on the
    phrase's noun; a subject pronoun opening it begins what was said."""
    if verb.lemma_.lower() not in ("say", "tell", "write") or not any(
            c.dep_ == "nsubj" for c in verb.children):
        return None
    for prep in verb.children:
        # (where or to whom it was said: not "..., experts say, including a
        # provision they say could ...")
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in _SETTING_PREPOSITIONS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            posted = _clause_on_the_texts_participle(obj)
            if posted is not None:
                return posted
            for rel in (c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i):
                first = rel.left_edge
                if (first.head == rel and first.dep_ == "nsubj"
                        and first.lower_ in _SUBJECT_PRONOUNS and not any(
                            c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that"
                            for c in rel.children)):
                    return rel
                # "said in a social media post that he had written to the
                # minister": the "that" read as the object of a relative clause
                after = first.nbor() if first.i + 1 < len(first.doc) else None
                if (first.lower_ == "that" and first.head == rel and first.dep_ == "dobj"
                        and obj.lemma_.lower() in MEDIA_NOUNS | {"statement"} and after is not None
                        and after.dep_ == "nsubj" and after.head == rel
                        and after.lower_ in _SUBJECT_PRONOUNS
                        and any(c.dep_ == "prep" and c.i > rel.i for c in rel.children)):
                    return rel
    return None


def _clause_on_the_texts_participle(text: Token) -> Token | None:
    """`said in a statement posted to its website on Tuesday that ...`: the
    "that" clause the parser hung on the participle that says where the
    statement went; what the statement said."""
    if text.lemma_.lower() not in MEDIA_NOUNS | {"statement"}:
        return None
    for acl in (c for c in text.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for clause in (c for c in acl.children if c.dep_ == "ccomp" and c.i > acl.i):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return clause
    return None


#: Prepositions of where, when or to whom something was said.
_SETTING_PREPOSITIONS = frozenset("in on to at during after".split())
#: Subject pronouns: one right after the person told opens what they were told.
_SUBJECT_PRONOUNS = frozenset("i we you he she they it".split())
#: What one tells as a thing, not a person told: `told the story she had heard`.
_TOLD_THINGS = frozenset(
    "story stories truth lie lies joke jokes tale tales secret secrets news thing things "
    "something anything everything nothing what".split()
)


def _zero_relative_misread(obj: Token, rel: Token) -> bool:
    """`told councillors she relied on the story hour`, parsed as a relative
    clause on "councillors" with no relative word: a subject pronoun right
    after the person told begins the clause of what they were told."""
    if obj.lemma_.lower() in _TOLD_THINGS or any(
            c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in rel.children):
        return False
    first = rel.left_edge
    if first.head == rel and first.dep_ in ("nsubj", "nsubjpass"):
        return first.lower_ in _SUBJECT_PRONOUNS
    # "told the hearing the group had been diving": a body that hears is
    # told, and a noun phrase after it with a tensed verb is what it heard
    # (so is one named: "telling BBC Sport the county had been told")
    subj = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = obj.pos_ == "PROPN" and obj.ent_type_ in ("ORG", "PERSON")
    return (subj is not None and (obj.lemma_.lower() in _HEARING_BODIES or named)
            and subj.left_edge.i == obj.i + 1 and subj.pos_ in ("NOUN", "PROPN")
            and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in (rel, *rel.children)))


#: Bodies one tells ("told the inquest", "told the court"), never told as things.
_HEARING_BODIES = frozenset(
    """hearing court jury inquest tribunal committee panel inquiry meeting conference
    program programme show broadcaster newspaper podcast station reporters journalists
    lawmakers legislators crowd audience parliament chamber""".split())


#: Nouns after `that` that make it a determiner of time ("told reporters that day").
_THAT_TIME = frozenset("day night morning evening afternoon week month year time weekend".split())


def that_clause_misread(verb: Token) -> tuple[int, int] | None:
    """`told the hearing that budget cuts had delayed repairs`, parsed with
    `that` as the determiner of a noun object: a `that` right after the cue,
    or after the one told, followed by a verb with a tense, opens the clause
    of what was said; it runs to the end of the sentence."""
    doc, sent = verb.doc, sentence(verb)
    at = verb.i + 1
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if told is not None and verb.lemma_.lower() in ADDRESSEE_VERBS and told.left_edge.i == at:
        at = told.i + 1
    if at + 3 >= sent.end:
        return None
    if doc[at].lower_ != "that":
        return _clause_read_as_object(verb) or _that_clause_after_setting(verb)
    if doc[at + 1].is_punct:
        return None  # "she knew who said that, and ...": "that" is what was said
    rest = [t for t in doc[at + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if len(rest) < 3 or rest[0].lower_ in _THAT_TIME or rest[0].pos_ in ("VERB", "AUX"):
        return None  # "that day"; "the man that lives next door": a relative clause
    finite = next((t for t in rest if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    if finite is None:
        return None
    if any(t.dep_ == "cc" and t.i > at and doc[t.i - 1].text == ","
           for t in doc[at + 1 : finite.i]):
        return None  # "told the governor that in person, and I'll tell ...": "that" the object
    return at, rest[-1].i + 1


#: How far past the cue a `that` after its setting may open what was said.
_SETTING_REACH = 10


def _that_clause_after_setting(verb: Token) -> tuple[int, int] | None:
    """`said in a report that net migration could reach 500,000`, parsed with
    the clause on "report": a `that` opening a clause with a subject of its
    own, after no more than the cue's own phrases of where and when (`in a
    report`, `on Monday`), opens what was said; it runs to the clause's end."""
    doc, sent = verb.doc, sentence(verb)
    own = [c for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "npadvmod", "advmod")]
    if not own or verb.lemma_.lower() not in SAYING_VERBS:
        return None
    mark = next((t for t in doc[verb.i + 1 : min(sent.end, verb.i + _SETTING_REACH)]
                 if t.lower_ == "that" and (t.dep_ == "mark" or _object_read_into(t))), None)
    # the clause hung on the document ("in a report that ..."), or on an
    # adverb of the setting ("in official comments so far that ...")
    if mark is None or mark.head.dep_ not in ("acl", "relcl", "ccomp") or mark.head.i < mark.i:
        return None
    if mark.head.dep_ == "ccomp" and mark.head.head.dep_ not in ("advmod", "npadvmod"):
        return None
    clause = mark.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > mark.i for c in clause.children):
        return None
    if not any(mark in c.subtree for c in own) or any(
        t.i != mark.i and t.is_punct and t.tag_ != "HYPH" for t in doc[verb.i + 1 : mark.i]
    ):
        return None  # the `that` hangs on the cue's own phrase, with no comma between
    end = max(t.i for t in clause.subtree if not (t.is_punct or t.is_space)) + 1
    return mark.i + 1, end  # as the `in a statement, ...` reading gives it


def _object_read_into(that: Token) -> bool:
    """`said at the weekly briefing that Pakistan was in contact with ...`,
    parsed as a relative clause with `that` its object or its subject: a clause whose verb
    takes no object there (a form of "be", or one with an object of its own)
    cannot have `that` for one; it is the clause's opening word."""
    verb = that.head
    if verb.dep_ != "relcl" or verb.i < that.i:
        return False
    if that.dep_ == "advmod" and verb.head.lower_ == "time" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in verb.children):
        return True  # "said at the time that Thornbury had posted ...": no time when, a report
    if that.dep_ in ("nsubj", "nsubjpass"):
        # `said in a statement that trusts set their own budgets`: a clause
        # with a subject of its own after `that` cannot have `that` for one
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in verb.children)
    return that.dep_ == "dobj" and (verb.lemma_ == "be" or any(
        c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd") and c != that
        for c in verb.children) or (
        # `told reporters at a briefing that officers were called to the
        # store`: a passive with a subject of its own takes no object (but
        # "the report that officers were given": one given something)
        any(c.dep_ == "nsubjpass" and c.i > that.i for c in verb.children)
        and verb.lemma_.lower() not in _TWO_OBJECT_VERBS))


#: Verbs whose passive still takes an object ("were given the report").
_TWO_OBJECT_VERBS = frozenset(
    "give tell send show offer hand grant promise award pay teach ask owe lend".split())


def _clause_read_as_object(verb: Token) -> tuple[int, int] | None:
    """`She said a Farm Bureau analysis estimated compliance costs at ...`,
    parsed as saying "costs" with "estimated" an adjective: "say" takes no
    such object, so a noun followed by a past-tense verb right after it is
    the subject of the clause of what was said, to the end of the sentence."""
    if verb.lemma_.lower() != "say":
        return None
    doc, sent = verb.doc, sentence(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1:
        return None
    misread = next((t for t in obj.subtree if t.dep_ in ("amod", "acl") and t.tag_ in ("VBD", "VBN")
                    and t.i > verb.i + 2 and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
                    and t.i < obj.i), None)
    if misread is None:
        return None
    end = max(t.i for t in sent if not (t.is_punct or t.is_space)) + 1
    return verb.i + 1, end

