"""A second verb of saying joined to what the first reports: `Pringles said
she did not see the votes but urged both sides to sit down`. The parser
hangs "urged" on "see", inside the clause "said" reports; a reader hears two
statements of one speaker, the first ending before "but". And the other way
round: a cue closing the sentence that the parser joined to its first clause
(`A man was shot ..., and two people are being questioned, police say`)
reports both clauses. A second clause hung on a cue ends where a report of
its own begins (`report_free_end`: "..., but BJP leaders alleged that ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from ..doc import sentence
from .cue_contexts import a_things_clause, reporting_verb
from .cues import SAYING_VERBS, cue_probability, is_cue_verb, verb_probability
from .statement import Statement

#: Verbs that, joined after a reported clause, are the speaker's own second
#: act of saying ("... but urged", "... and warned").
_SECOND_ACTS = SAYING_VERBS | frozenset(
    "urge warn insist stress caution call appeal plead vow promise pledge admit accuse".split())
#: How sure the lexicon must be that the second verb is one of saying.
_SURE = 0.5


def cut_at_second_cue(doc: Doc, statements: list[Statement]) -> None:
    """End each statement's reported clause before a verb of saying joined to
    it with no subject of its own, and give that verb's statement (found
    beside it) the first statement's speaker and its words from the verb's
    object on."""
    text = doc_text(doc)
    for outer in statements:
        if outer.cue_token is None or outer.speaker is None or outer.direct or len(
                outer.content) != 1:
            continue
        start, end = outer.content[0]
        for inner in statements:
            verb = _second_verb(doc, inner, outer)
            if verb is None:
                continue
            cc = doc[verb.i - 1]
            kept = text[start : cc.idx].rstrip(" ,;—–-")
            words = [t for t in verb.subtree if t.i > verb.i]
            if not kept or not words:
                continue
            outer.content = [(start, start + len(kept))]
            last = max(words, key=lambda t: t.i)
            close = last.idx + len(last.text)
            inner.content = [(words[0].idx, min(end, close) if verb.idx < end else close)]
            inner.speaker = outer.speaker
            break
        for inner in statements:
            joint = _another_speakers_turn(doc, inner, outer)
            if joint is not None:
                # "X warned that A, and a government source told the paper
                # that B": A ends where the other speaker's clause begins
                kept = text[start : joint.idx].rstrip(" ,;—–-")
                if kept:
                    outer.content = [(start, start + len(kept))]
                break


def _another_speakers_turn(doc: Doc, inner: Statement, outer: Statement) -> Token | None:
    """The "and" (or "but", "while") that joins another speaker's act of
    saying, with its own subject, to `outer`'s reported clause, when `inner`
    is that act's statement; None otherwise."""
    if inner is outer or inner.cue_token is None or inner.speaker is None or (
            inner.speaker == outer.speaker):
        return None
    verb = doc[inner.cue_token]
    start, end = outer.content[0]
    if not (start < verb.idx < end) or verb.dep_ != "conj" or not (
            verb.lemma_.lower() in _SECOND_ACTS and cue_probability(verb) >= _SURE):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i),
                None)
    if subj is None:
        return None
    first = min(t.i for t in subj.subtree)
    cc = doc[first - 1] if first > 0 else None
    if cc is None or cc.lower_ not in ("and", "but", "while") or cc.idx <= start:
        return None
    return cc


def _second_verb(doc: Doc, inner: Statement, outer: Statement) -> Token | None:
    """`inner`'s cue, when it is a second act of saying of `outer`'s speaker
    inside `outer`'s reported clause; None otherwise."""
    if inner is outer or inner.cue_token is None or inner.direct:
        return None
    verb, cue = doc[inner.cue_token], doc[outer.cue_token]  # type: ignore[index]
    start, end = outer.content[0]
    if not start < verb.idx or verb.dep_ != "conj" or verb.i < 2:
        return None
    cc = doc[verb.i - 1]
    if cc.dep_ != "cc" or cc.lower_ not in ("but", "and") or cc.head != verb.head:
        return None
    head = verb.head
    reports = reporting_verb(head)
    if reports is not None and reports != cue and reports.pos_ == "ADJ" and (
            reporting_verb(reports) == cue):
        # "said she was frustrated that the talks had stalled and urged ...":
        # the first statement's words may end right before the "and"
        reports = cue
    elif verb.idx >= end:
        return None
    if verb.idx >= end and doc_text(doc)[end : cc.idx].strip(" ,;—–-"):
        return None
    # the clause the first cue reports, its verb not the same form as the
    # second's ("did not see ... but urged"), or set against it by "but"
    return verb if (
        reports == cue and sentence(verb) == sentence(cue)
        and verb.lemma_.lower() in _SECOND_ACTS and cue_probability(verb) >= _SURE
        and cue.lemma_.lower() in SAYING_VERBS and verb.tag_ == cue.tag_
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and (cc.lower_ == "but" or head.tag_ != verb.tag_ or a_things_clause(head)
             or _the_speaker_again(head))) else None


def split_at_misread_cue(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """`The Police Jury denies that her dismissal was related to her report
    and states that she was let go ...`: a second verb of saying the tagger
    read as a plural noun ("states", "adds", "notes" after "and", before a
    "that" opening a clause) ends the first statement's words and opens a
    statement of the same speaker. Returns the new statements."""
    text = doc_text(doc)
    out: list[Statement] = []
    for outer in statements:
        if outer.cue_token is None or outer.speaker is None or outer.direct or len(
                outer.content) != 1 or doc[outer.cue_token].tag_ != "VBZ":
            continue
        start, end = outer.content[0]
        if _AND_VERB_THAT.search(text, start, end) is None:
            continue  # (the cheap test first, on the text)
        span = doc.char_span(start, end, alignment_mode="contract")
        for tok in span if span is not None else ():
            if not (tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.i + 2 < len(doc)
                    and doc[tok.i - 1].lower_ in ("and", "but") and doc[tok.i + 1].lower_ == "that"
                    and doc[tok.i + 1].dep_ == "mark" and tok.lemma_.lower() in _SECOND_ACTS
                    and verb_probability(tok.lemma_) >= _SURE):
                continue
            kept = text[start : doc[tok.i - 1].idx].rstrip(" ,;—–-")
            said = doc[tok.i + 2].idx
            if not kept or said >= end:
                break
            outer.content = [(start, start + len(kept))]
            out.append(Statement([(said, end)], (tok.idx, tok.idx + len(tok.text)), outer.speaker,
                                 False, outer.paragraph, tok.i, via="clause",
                                 confidence=outer.confidence))
            break
    return out


#: "and states that", "but adds that": where a second cue read as a noun may stand.
_AND_VERB_THAT = re.compile(r"\b(?:and|but)\s+\w+s\s+that\b", re.IGNORECASE)


#: Pronouns a reported clause's subject may be, standing for the one reporting it.
_PRONOUNS = frozenset("it he she they we i".split())


def _the_speaker_again(clause: Token) -> bool:
    """Whether a reported clause's subject is a pronoun ("The union said it
    supported the strike and urged ..."): the speaker reporting on itself, so
    a verb of saying joined to the clause is theirs either way."""
    return any(c.dep_ == "nsubj" and c.lower_ in _PRONOUNS for c in clause.children)


def with_the_first_conjunct(verb: Token, clause: Token, span: tuple[int, int]
                             ) -> tuple[int, int]:
    """"A man was shot ..., and two people are being questioned, police
    say.": a cue closing the sentence that the parser joined to its first
    clause reports both clauses, not only the one it hung on it."""
    doc = verb.doc
    head = verb.head
    if not (verb.dep_ == "conj" and head.dep_ == "ROOT" and head.i < clause.left_edge.i
            and clause.i < verb.i and span[0] == clause.left_edge.i
            and doc[span[0] - 1].lower_ == "and" and doc[span[0] - 2].text == ","
            and not any(t.pos_ not in ("PUNCT", "SPACE") for t in doc[verb.i + 1 : verb.sent.end])):
        return span
    return (head.left_edge.i, span[1])


def report_free_end(clause: Token) -> int | None:
    """Where a second clause hung on a cue ends before a report of its own
    (`... wouldn't be enough to stop the spread as he warned the hospitals
    could ...`): the token index its words stop at; None when a report
    begins the clause itself."""
    end = clause.right_edge.i + 1
    turned = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].dep_ == "cc"
    if turned and is_cue_verb(clause) and {"nsubj", "ccomp"} <= {k.dep_ for k in clause.children}:
        return None  # "..., but BJP leaders alleged that ...": another's report
    for tok in clause.subtree:
        if tok.i != clause.i and is_cue_verb(tok) and any(k.dep_ == "ccomp" for k in tok.children):
            branch = tok
            while branch.head != clause and branch.head != branch:
                branch = branch.head
            if branch.left_edge.i <= clause.i:
                return None
            end = min(end, branch.left_edge.i)
    return end
