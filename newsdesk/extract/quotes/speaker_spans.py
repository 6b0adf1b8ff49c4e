"""Where a cue's speaker is written: its subject (looking up through
participles and conjuncts), as the words of the speaker span. The noun
phrase beside a cue with no subject is speaker_beside.py's."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp import GENERATIONAL_SUFFIXES, PUTTING_OUT, READING_TEXTS, doc_text
from ..doc import sentence
from .cue_contexts import a_things_clause, reporting_verb, text_received
from .cues import (
    ADDRESSEE_VERBS,
    DOCUMENT_HEADS,
    FINDING_VERBS,
    NAMING_PARTICIPLES,
    SAYING_VERBS,
    a_thing,
    closing_participle,
    is_cue_verb,
    partner_clause,
    subject_read_as_clause,
)
from .defined_terms import defined_name
from .marks import open_double_marks
from .statement import DATELINE, closed, trim

#: Passive cues whose subject is the speaker: "he was quoted as saying".
_QUOTED_AS = frozenset(["quote", "cite"])


def told_without_was(verb: Token) -> bool:
    """`Flood defences failed, inquiry told`, `"I was scared", court told`:
    headline English drops the `was` of a passive; its subject is the one
    told, not the one telling. A `told` with nothing after it in its clause."""
    if verb.lower_ != "told" or any(
        c.i > verb.i and not (c.is_punct or c.is_space) for c in verb.children
    ):
        return False
    nxt = verb.i + 1
    return nxt >= len(verb.doc) or verb.doc[nxt].is_punct or verb.doc[nxt].is_space


def _cut_off_object(subj: Token) -> Token | None:
    """The object of a subject's preposition that the parser read as a second
    subject of the same verb ("A spokesperson for Aged Care Minister Priscilla
    Doyle said": "Doyle" a subject of "said", "for" left bare)."""
    prep = next((c for c in subj.children if c.dep_ == "prep" and c.i > subj.i
                 and c.lower_ in ("for", "to", "of", "with")
                 and not any(g.dep_ == "pobj" for g in c.children)), None)
    if prep is None:
        return None
    return next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i
                 and c.left_edge.i == prep.right_edge.i + 1), None)


def _object_read_as_subject(subj: Token) -> Token | None:
    """`which its author says protects property rights and critics say
    leaves ...`: the object of the verb before, parsed as the first of two
    subjects joined by "and"; the one that speaks is the other, when things
    are the first and those who could speak the second."""
    doc, left = subj.doc, subj.left_edge.i
    if left == 0 or doc[left - 1].pos_ != "VERB" or subj.ent_type_ or subj.pos_ != "NOUN":
        return None
    if subj.tag_ == "NNS" and not a_thing(subj):
        return None
    other = next((c for c in subj.children if c.dep_ == "conj" and c.i > subj.i), None)
    if other is None or not (other.ent_type_ in ("PERSON", "ORG", "NORP") or (
            other.tag_ == "NNS" and not a_thing(other))):
        return None
    return other


def name_of_the_noun_before(subj: Token, verb: Token) -> Token | None:
    """`under cross-examination by the family's lawyer, Ken Mogaka, the
    pathologist said`: the name set off after a noun in a phrase before it
    is that noun's (the lawyer's), though the parser made it the subject and
    the one who speaks, "the pathologist" right before the cue, its apposition."""
    doc, left = subj.doc, subj.left_edge.i
    if subj.ent_type_ != "PERSON" or left < 2 or doc[left - 1].text != ",":
        return None
    noun = doc[left - 2]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and c.right_edge.i + 1 == verb.i and doc[c.left_edge.i - 1].text == ","
                 and c.left_edge.lower_ == "the"), None)


def _singular_past_a_plural_clause(verb: Token) -> Token | None:
    """A singular verb the parser joined to a relative clause about a plural
    ("X points to majorities who say ... and concludes: ..."): "concludes"
    cannot share "majorities" as its subject, so it goes on the clause
    above, whose verb it returns."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    while head.dep_ in ("ccomp", "xcomp", "conj") and head.head != head:
        head = head.head  # ("who say they would vote ... and concludes")
    if not (verb.tag_ == "VBZ" and head.dep_ == "relcl"
            and head.tag_ == "VBP" and head.head.tag_ in ("NNS", "NNPS")):
        return None
    return next((a for a in head.head.ancestors if a.pos_ == "VERB" and a.tag_ == "VBZ"), None)


#: Documents that carry someone's words ("issued a statement saying ..."):
#: the one who issued them speaks, not the document.
_VEHICLES = READING_TEXTS | {"memo", "release", "response", "piece", "editorial", "article"}
#: What a document does in its own right ("a report showing that ..."), not
#: what it passes on ("reports alleging that she claimed ...").
_FINDINGS = FINDING_VERBS | {"warn", "estimate", "predict"}


def verb_read_as_participle(verb: Token) -> bool:
    """"Castellanos, 34, posted on Instagram that ...": the parser read the
    verb as a participle on the name ("Castellanos, posted ...") and left the
    sentence without a verb; the verb reports a clause, the name is its
    subject."""
    head = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT"
            and head.i < verb.i):
        return False
    if head.pos_ == "PROPN" and verb.doc[verb.i - 1].text == ",":
        return any(c.dep_ == "ccomp" for c in verb.children)
    # "Channel 12 news reported Wednesday night that ...": right after the
    # name, a clause with "that" of its own
    return head.i == verb.i - 1 and any(
        c.dep_ == "ccomp" and c.left_edge.lower_ == "that" for c in verb.children)


def _said_just_before(verb: Token) -> Token | None:
    """The subject of a verb of saying right before a participle set off by a
    comma ("reached El Fasher on Tuesday, the UN said, warning that ..."),
    which the parser hung on the sentence's first clause."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    said = doc[verb.i - 2]
    if said.pos_ != "VERB" or said.lemma_.lower() not in SAYING_VERBS:
        return None
    subj = next((c for c in said.children if c.dep_ == "nsubj" and c.i < said.i), None)
    # (not a word of the quote the parser made its subject: '"No one ...," the communiqué said')
    if subj is None or any(t.is_quote for t in doc[subj.left_edge.i : said.i]):
        return None
    return subj


def speaker_token(verb: Token) -> Token | None:
    """The subject of a cue verb, looking up through participles and conjuncts."""
    if told_without_was(verb):
        return None
    tok: Token | None = verb
    for step in range(5):
        if tok is None:
            return None
        if (step == 0 and tok.lemma_.lower() == "know" and tok.dep_ in ("ccomp", "xcomp")
                and tok.head.lemma_.lower() in ("let", "make")):
            tok = tok.head  # "let them know that ...": who lets them know tells them
            continue
        if step == 0 and (said := _said_just_before(tok)) is not None:
            return said  # "..., the UN said, warning that ...": who said it warns
        if step == 0 and (described := _source_read_into_clause(tok)) is not None:
            return described  # "A store employee who ... feared retaliation said ...": the employee
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if pobj is not None and step == 0:
            return pobj  # "it was announced by X": X speaks
        if step == 0 and tok.lemma_.lower() in _QUOTED_AS and pobj is None:
            # "he was quoted as saying": the one quoted speaks
            quoted = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if quoted is not None:
                return quoted
        if (step == 0 and pobj is None and tok.lemma_.lower() in ADDRESSEE_VERBS
                and any(c.dep_ == "nsubjpass" for c in tok.children) and not _quoted(tok)):
            return None  # "but pupils have been asked to bring water": no asker named
        # climbing from "for suggesting": the one who suggests is the subject,
        # even of a passive ("X was mocked by Y for suggesting")
        deps = ("nsubj", "csubj", "nsubjpass") if step else ("nsubj", "csubj")
        # two subjects (a misparse of "Social Security, Ryan said in 2005, ..."):
        # the one next to the verb says it
        # (not the full stop of "Ybarra Sr." the tagger split off and read as one)
        subjects = [c for c in tok.children if c.dep_ in deps and c.text not in (".", ",")]
        before = [c for c in subjects if c.i < tok.i]
        subj = max(before, key=lambda c: c.i) if before else next(iter(subjects), None)
        first = min(before, key=lambda c: c.i) if before else None
        if first is not None and first != subj and _cut_off_object(first) == subj:
            subj = first  # "A spokesperson for Minister Priscilla Doyle said": the spokesperson
        if (subj is not None and tok.tag_ == "VBG" and tok.dep_ == "acl"
                and subj.left_edge.i > 0 and tok.doc[subj.left_edge.i - 1].lower_ == "to"
                and tok.doc[subj.left_edge.i - 1].dep_ in ("dative", "prep")):
            # "sent a letter to Health Minister Dan Elbaz warning that ...":
            # whom the letter went to, read as the participle's subject
            subj = None
        if first is not None and subj is not None and first != subj and any(
                c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
            # "Sarah Hughes, ... whose youngest daughter, Ellie, spent a month
            # there, said": the relative clause's subject read as the sentence's
            subj = first
        if subj is None and step == 0:
            # "Coulthard, answering a question tabled by X, said": the subject
            # the parser gave the participle set off before the cue
            subj = next((n for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                         and c.i < tok.i for n in c.children
                         if n.dep_ == "nsubj" and n.i < c.i), None)
        if subj is not None and (described := name_of_the_noun_before(subj, tok)) is not None:
            subj = described  # "by the family's lawyer, Ken Mogaka, the pathologist said"
        if subj is not None and (speaking := _object_read_as_subject(subj)) is not None:
            subj = speaking  # "says protects property rights and critics say": the critics
        if subj is not None and subj.dep_ in ("csubj", "nsubj") and (subj.tag_ == "VBG" or (
                subj.lower_.endswith("ing") and any(c.dep_ == "dobj" for c in subj.children))):
            # "Raising the issue during Zero Hour, Leader of the Opposition X
            # said": the opening participle's clause read as the subject; the
            # one set off after its comma speaks
            # (a person's name there first: "Supporting the Bill, BJP MP from
            # Tonk Shri Hanuman Sahai Bairwa said", the name read as an object)
            set_off = next((t for t in subj.subtree if t.dep_ == "appos" and t.i > subj.i
                            and t.doc[t.left_edge.i - 1].text == ","), None)
            named = None if set_off is None else next(
                (t for t in reversed(list(subj.subtree)) if t.i > set_off.i
                 and t.ent_type_ == "PERSON"), None)
            subj = named or set_off or subj
        if (subj is not None and step == 0 and tok.tag_ == "VBG" and tok.dep_ == "advcl"
                and subj.left_edge.tag_ == "VBG" and subj.left_edge.i < subj.i):
            # "disclosed this while briefing journalists ..., saying": the
            # gerund's object read as the subject; the one who disclosed says it
            tok = tok.head
            continue
        if step and tok.head != tok and _quoted(tok) and not _quoted(verb):
            # 'said Orders "are not suspended because a member is displeased",
            # and reminded members': the cue hung on a verb inside the quote
            # is said by whoever says the quote
            # (or, the quote read as the sentence's root, "X, the groups said,
            # "..."": the verb set beside the root)
            root = tok.sent.root
            beside = [c for c in root.children if c.dep_ == "parataxis" and c.pos_ == "VERB"]
            tok = next((a for a in [*tok.ancestors, *beside] if a.pos_ in ("VERB", "AUX")
                        and not _quoted(a)), tok.head)
            continue
        if (step and subj is not None and verb.dep_ == "conj" and verb.head == tok
                and a_things_clause(tok)):
            # "said in a statement that the case was part of a campaign and
            # called on Chisinau to ...": who said it goes on, not the case
            reporter = reporting_verb(tok)
            if reporter is not None and reporter.lemma_.lower() in SAYING_VERBS:
                tok = reporter
                continue
        if subj is not None:
            if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" and (
                    put_out := _text_put_out(tok)) is not None:
                tok = put_out  # "posting a message that read: ...": who posted it
                continue
            if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return _who_of(tok.head)
            if subj.tag_ == "WP" and tok.dep_ == "ccomp" and tok.head.lemma_ == "be":
                # "It was a wine merchant in Berlin who first informed me": the one it was
                attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i < subj.i),
                            None)
                if attr is not None:
                    return attr
            return subj
        if step == 0 and (set_off := _subject_before_aside(tok)) is not None:
            return set_off  # "A senior official, granted anonymity to speak, said": the official
        if step == 0 and (named := _name_set_off_before(tok)) is not None:
            return named  # "In Kotebe, Almaz Bekele, 58, said": read as Kotebe's apposition
        if (step == 0 and tok.dep_ == "acl" and tok.tag_ == "VBG"
                and tok.lemma_.lower() in _FINDINGS
                and tok.head.lemma_.lower() in DOCUMENT_HEADS - _VEHICLES):
            return tok.head  # "an audit report showing that ...": the report, not who held it
        if step == 0 and verb_read_as_participle(tok):
            return tok.head  # "Castellanos, 34, posted on Instagram that ...": Castellanos
        if (step == 0 and tok.dep_ == "ccomp" and not subjects and tok.i > 0
                and tok.doc[tok.i - 1].dep_ == "cc" and is_cue_verb(tok.head)):
            # "said the figures were grim but warned against ...": a second
            # cue the parser read as the first one's clause
            tok = tok.head
            continue
        if step == 0 and tok.dep_ == "conj" and (first := next(
                (c for c in tok.head.children if c.dep_ == "nsubj" and c.lower_ in ("i", "we")),
                None)) is not None:
            return first  # "'I spoke with him and told him that ...,' she said": I told him
        if (step == 0 and tok.dep_ == "conj" and tok.tag_ == "VBD" and not subjects
                and tok.head.dep_ == "ccomp" and tok.head.head.tag_ == "VBD"
                and is_cue_verb(tok.head.head) and not is_cue_verb(tok.head)
                and not _quoted(tok)):
            # "the union said its members were exhausted and urged lawmakers
            # to act": the union urged, not its members
            tok = tok.head.head
            continue
        if step == 0 and (outer := _singular_past_a_plural_clause(tok)) is not None:
            tok = outer  # "X points to majorities who say ... and concludes:": X concludes
            continue
        if step == 0 and (clause := partner_clause(tok)) is not None:
            tok = clause.head  # "He argued that X were Y and insisted Z": who argued
            continue
        if step == 0 and (misread := subject_read_as_clause(tok)) is not None:
            # "Brenda, who played barmaid Dot Finnegan, said": Brenda
            return next(c for c in misread.children if c.dep_ == "nsubj")
        if step == 0 and (partner := _cue_before_and(tok)) is not None:
            tok = partner  # "X fell after the maker reported A and warned B": the maker warned
            continue
        if step == 0 and closing_participle(tok):
            # "Premier Claire Donnelly has defended ... after it emerged the cost had
            # blown out, insisting ...": the participle closing the sentence is its subject's
            tok = tok.sent.root
            continue
        if (tok.dep_ == "pcomp" and tok.head.lower_ == "as"
                and tok.head.head.lemma_.lower() in _QUOTED_AS):
            # "QNA quoted Sheikh Khalid as saying": the one quoted speaks
            quoted = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted
        if step == 0 and (text := text_received(tok)) is not None:
            return text  # "opened a letter from her landlord saying ...": the letter says it
        if (
            tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp", "relcl", "prep")
            and tok.head != tok
        ):
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("pobj", "dobj"):
                # "hit out at the decision, saying ...": the parser hangs the
                # participle on the object; the one saying is the clause's subject
                head = tok.head
                while head.pos_ not in ("VERB", "AUX") and head.head != head:
                    head = head.head
                while head.dep_ == "ccomp" and head.head.pos_ == "VERB":
                    head = head.head  # "warned that X cut Y, highlighting ...": who warned
                if head.pos_ in ("VERB", "AUX"):
                    tok = head
                    continue
            if tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.dep_ in ("pobj", "dobj"):
                tok = tok.head.head  # "slammed the decision to close bars, claiming ...":
                continue  # not the decision but who slammed it
            if (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ") and tok.i > 0
                    and tok.doc[tok.i - 1].text == ","):
                # "X, who represents the ward and championed the plan, called
                # the vote ...": a finite verb hung on the last noun of a
                # relative clause is the main verb; its subject the clause's antecedent
                clause = next((a for a in tok.head.ancestors if a.dep_ == "relcl"), None)
                if clause is not None:
                    return _who_of(clause.head)
            if tok.dep_ in ("acl", "relcl"):
                return tok.head
            tok = tok.head
            continue
        # "The 47-year-old, under pressure ..., refused ...": an age the parser
        # read as an adjective's clause, the sentence left with no subject
        return next((c for c in tok.children if c.lower_ == "old" and c.i < tok.i
                     and c.dep_ in ("advcl", "npadvmod", "amod")
                     and c.left_edge.lower_ == "the"), None)
    return None


def _quoted(tok: Token) -> bool:
    """Whether a token stands inside double quotation marks opened in its line."""
    text = doc_text(tok.doc)
    return open_double_marks(text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx]) > 0


def _subject_before_aside(verb: Token) -> Token | None:
    """`A senior administration official, granted anonymity to discuss ...,
    said`, parsed as "official granted anonymity", a clause of its own before
    the subjectless cue: the participle set off by a comma describes its
    subject, who is the one saying."""
    for clause in verb.children:
        # (tagged a past tense, as the parser read "official granted")
        if (clause.dep_ != "ccomp" or clause.i > verb.i or clause.tag_ not in ("VBN", "VBD")
                or clause.i == 0 or verb.doc[clause.i - 1].text != ","
                or any(c.dep_ in ("aux", "auxpass") for c in clause.children)):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subj is not None and subj.i == clause.i - 2 and subj.pos_ in ("NOUN", "PROPN"):
            return subj  # the comma right between them: an aside, not a clause
    return None


def _name_set_off_before(verb: Token) -> Token | None:
    """`In Kotebe, Almaz Bekele, 58, said ...`: the parser reads the name as
    the place's apposition and leaves the cue with no subject (often in a
    sentence of its own). A person's name set off by a comma right before a
    subjectless cue, an age or a relative clause between, is the one saying."""
    doc = verb.doc
    k = verb.i - 1
    if k < 2 or doc[k].text != "," or verb.tag_ not in ("VBD", "VBZ"):
        return None
    if doc[k - 1].like_num and doc[k - 2].text == ",":
        k -= 2  # the age set off after the name
    name = doc[k - 1]
    if name.text == ")":  # ("Abu Taher, a majhi (community leader), said": its gloss aside)
        name = next((doc[j - 1] for j in range(k - 2, max(k - 8, 1), -1) if doc[j].text == "("),
                    name)
    # ("At a market in Al Sadd, Muhammad Imran Chaudhry, who works as a
    # driver, said": a relative clause set off after the name)
    clause = next((a for a in name.ancestors if a.dep_ == "relcl" and a.i < k), None)
    if (clause is not None and clause.right_edge.i == k - 1 and clause.left_edge.i >= 2
            and doc[clause.left_edge.i - 1].text == ","
            and doc[clause.left_edge.i - 2] == clause.head):
        name = clause.head
    # ("Outside the Dáil, Gráinne Tuohy, a teacher from Finglas, said": a
    # description set off after the name, a place at its end)
    apposed = next((a for a in (name, *name.ancestors) if a.dep_ == "appos" and a.i < k
                    and a.pos_ == "NOUN"), None)
    if (apposed is not None and name.i <= apposed.right_edge.i < k and apposed.left_edge.i >= 2
            and doc[apposed.left_edge.i - 1].text == ","
            and apposed.head.ent_type_ == "PERSON" and apposed.head.i < apposed.i):
        name = apposed.head
    # ("after the advocate, Mr Elias Lyimo, told the court that": a name in
    # apposition, whatever the tagger took it for, the cue read as a conjunct)
    return name if name.ent_type_ == "PERSON" or (
        name.dep_ == "appos" and name.pos_ == "PROPN"
        and name.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")) else None


def _source_read_into_clause(verb: Token) -> Token | None:

    """`A store employee who asked not to be named because he feared
    retaliation said the argument began ...`, parsed with no main verb and
    "retaliation said" a clause of "feared": a cue inside the relative clause
    of a sentence whose root is a noun, its subject the object-like noun right
    after a verb, is said by that root noun."""
    root = sentence(verb).root
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (root.pos_ != "NOUN" or verb.dep_ != "ccomp" or subj is None
            or subj.pos_ != "NOUN" or subj.ent_type_ or subj.i == 0
            or verb.doc[subj.i - 1].pos_ != "VERB" or verb.doc[subj.i - 1] != verb.head):
        return None
    clause = next((c for c in root.children if c.dep_ == "relcl" and c.i < verb.i), None)
    return root if clause is not None and verb in clause.subtree else None


def _cue_before_and(verb: Token) -> Token | None:
    """`Shares fell after the maker reported slow growth and warned that ...`,
    parsed with `warned` joined to `fell`: a subjectless cue after "and" whose
    nearest verb before the "and" is a cue with a subject of its own, in a
    clause under the parser's partner, shares that cue's subject."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i < 2 or doc[verb.i - 1].dep_ != "cc":
        return None
    if is_cue_verb(verb.head) and any(c.dep_ == "nsubj" for c in verb.head.children):
        return None  # "X said that the family felt relief, but added that ...": X adds
    tok = doc[verb.i - 2]
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok and tok.i > verb.head.i:
        tok = tok.head
    if (tok == verb.head or tok.i <= verb.head.i or verb.head not in tok.ancestors
            or tok.dep_ not in ("advcl", "relcl", "ccomp") or not is_cue_verb(tok)):
        return None
    return tok if any(c.dep_ == "nsubj" for c in tok.children) else None


def _text_put_out(verb: Token) -> Token | None:
    """"She hinted at the split, posting a message that read: ...": the verb
    that put out the text whose words "read", when someone put it out."""
    text = verb.head
    if (verb.lemma_.lower() not in ("read", "say") or text.lemma_.lower() not in READING_TEXTS
            or text.dep_ != "dobj"):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in text.children):
        return None  # "released a letter from his doctor that says": the doctor's words
    put = text.head
    return put if put.lemma_.lower() in PUTTING_OUT and put.pos_ == "VERB" else None


def _who_of(antecedent: Token) -> Token:
    """The one a "who" clause hangs on: "a viewer in Millbrook, who wrote"
    is the viewer, though the parser hangs the clause on the place."""
    prep = antecedent.head
    if (antecedent.dep_ == "pobj" and prep.dep_ == "agent" and prep.head.dep_ == "acl"
            and antecedent.doc[prep.head.i - 1].text == ","):
        # "an internal review, obtained by the Echo, which says": the review
        return prep.head.head
    if (antecedent.dep_ == "pobj" and (antecedent.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or any(
            c.dep_ == "poss" and c.ent_type_ == "ORG" for c in antecedent.children))
            and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")
            and prep.head.ent_type_ not in ("GPE", "LOC", "FAC", "ORG")):
        holder = prep.head
        if holder.dep_ == "appos" and holder.head.ent_type_ == "PERSON":
            # "Sheikh Sultan, Chairman of the Council, who", "X, an officer with Y's team, who"
            return holder.head
        return holder
    if (antecedent.dep_ == "appos" and antecedent.tag_ == "NN"
            and antecedent.head.pos_ == "PROPN"
            and antecedent.head.ent_type_ in ("ORG", "NORP", "GPE", "PERSON", "FAC")):
        # "the Arakan Army, an ethnic armed group, which posted": the name
        return antecedent.head
    return antecedent


def _whole_hyphenated_name(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`Kalina Petrova-Weiss said`, parsed as two subjects either side of the
    hyphen: the speaker is the whole name (or role, "the co-leader"), not the
    part after the hyphen."""
    text = doc_text(doc)
    s = span[0]
    if s < 2 or text[s - 1] not in "-‐" or not text[s - 2].isalpha():
        return span
    before = doc.char_span(s - 2, s - 1, alignment_mode="expand")
    if before is None or not len(before):
        return span
    after = doc.char_span(s, span[1], alignment_mode="expand")
    # "The Green co-leader, 44, insisted", parsed as subjects "co" and "leader":
    # a word hyphened to the subject and hung where it hangs is one word with it
    sibling = after is not None and len(after) > 0 and before[0].dep_ == after.root.dep_ and (
        before[0].head == after.root.head)
    if before[0].pos_ != "PROPN" and not sibling:
        return span
    return (before[0].left_edge.idx, span[1])


def speaker_span(
    doc: Doc, subj: Token | None, content: list[tuple[int, int]], cue: Token | None = None
) -> tuple[int, int] | None:
    """The subject's words outside the content: the speaker as written."""
    if subj is None:
        return None
    # a clause after the head describes the speaker, it does not name them
    # ("reports cited by the Daily Planet"), unless it is the clause of the cue itself
    # ("an architect, who said ...": the relative pronoun speaks)
    clauses = {t.i for c in subj.children if c.dep_ in ("acl", "relcl") and c.i > subj.i
               and (cue is None or cue not in c.subtree
                    # "..., the mayor announced on Monday" misread as a clause
                    # on the mayor: the cue's own words name nobody
                    or (c == cue and not any(k.dep_ == "nsubj" for k in c.children)))
               # "a negotiator known as Abu Yousef": the clause is his name
               and c.lemma_.lower() not in NAMING_PARTICIPLES
               for t in c.subtree}
    # ("The directors of five hospitals, including Sheba Medical Center,": an
    # example of whom, not the speaker's name)
    clauses |= {t.i for c in subj.subtree if c.lower_ == "including" and c.i > subj.i
                for t in c.subtree}
    # ("The committee on Friday recommended": when it spoke, not who; "The
    # Commission, in a statement later, said": how)
    clauses |= {t.i for c in subj.children if c.dep_ == "prep" and c.i > subj.i and c.n_rights
                and ((c.lower_ == "on" and all(x.ent_type_ in ("DATE", "TIME")
                                               for x in c.subtree if x != c))
                     or (c.lower_ in ("in", "on", "at", "during") and doc[c.i - 1].text == ","
                         and doc[c.right_edge.i + 1 : c.right_edge.i + 2].text == ","))
                for t in c.subtree}
    cut_off = _cut_off_object(subj) if subj.dep_ == "nsubj" else None
    words = [*subj.subtree, *(cut_off.subtree if cut_off is not None else ())]
    idxs = [t.i for t in words
            if t.i not in clauses and not any(s <= t.idx < e for s, e in content)]
    # drop a leading conjunction ("And he said"); nothing after a cue read as
    # the speaker's clause ("Castellanos, 34, posted on Instagram that ... .")
    idxs = [i for i in idxs if not (doc[i].dep_ == "cc" and i == min(idxs))
            and not (cue is not None and cue.head == subj and cue.dep_ == "acl" and i > cue.i)]
    if not idxs:
        return None
    if (defined := defined_name(doc, subj)) is not None:
        return defined  # `Brightwater Foods ("Brightwater"), ..., announced`
    # (the quote closing after the subject's head: the head is quoted words)
    marks = [i for i in idxs if doc[i].is_quote and doc[i].text not in "'’"]
    apposed = [t for t in words if marks and marks[-1] > subj.i and t.dep_ == "appos"
               and t.i > marks[-1]
               and doc[t.left_edge.i - 1].text == ","]
    if apposed:
        # '... take "all necessary measures" to protect its companies, a
        # spokesperson of the ministry said', the quote parsed as the subject:
        # the one set off after it speaks
        idxs = [t.i for t in apposed[0].subtree]
    span = trim(doc, min(idxs), max(idxs) + 1)
    if apposed:
        span = closed(doc, span)  # "(MOFCOM)", its bracket hung elsewhere
    if span:
        span = _whole_hyphenated_name(doc, span)
        last = doc[max(idxs)]
        # "Esteban Ybarra Sr.", "Charles Guillory Jr. reported": the suffix's
        # full stop, a token of its own or the suffix's
        suffix = last.text.rstrip(".")
        if suffix in GENERATIONAL_SUFFIXES and doc_text(doc)[span[1] : span[1] + 1] == "." and (
                span[1] == last.idx + len(suffix)):
            span = (span[0], span[1] + 1)
        text = doc_text(doc)
        datelines = list(DATELINE.finditer(text, span[0], span[1]))
        # (a party's initials in brackets, "the Homeland (WiO) party", are no agency's)
        if datelines and datelines[-1].end() < span[1] and text[datelines[-1].end()].isupper():
            # "Hubballi (Karnataka), Nov 14 (PTI) Karnataka Chief Minister X said"
            span = (datelines[-1].end(), span[1])
    if span and subj.pos_ == "PRON" and subj.lower_ in ("it", "there"):
        passive = subj.dep_ in ("nsubjpass", "expl") or any(
            c.dep_ == "auxpass" for c in subj.head.children
        )
        if passive or subj.lower_ == "there":
            return None  # "It was suggested that ...": no speaker
        # "It (the report) says ...": a speaker, if an unnamed one
    return span


def through_quoted_subject(
    doc: Doc, content: list[tuple[int, int]], speaker: tuple[int, int] | None, subj: Token | None
) -> list[tuple[int, int]]:
    """The content up to the speaker set off after a quote the parser read as
    the cue's subject ('will take "all necessary measures" to protect its
    companies, a spokesperson said': the quoted words and those after them
    are said too)."""
    if speaker is None or subj is None or not content or not (
            content[-1][1] <= subj.idx < speaker[0]):
        return content
    gap = doc_text(doc)[content[-1][1] : speaker[0]].rstrip()
    if not gap.endswith(",") or not any(c in gap for c in "\"”"):
        return content
    return [*content[:-1], (content[-1][0], content[-1][1] + len(gap) - 1)]

