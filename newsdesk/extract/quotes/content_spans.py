"""Content spans: which words a cue reports, on spaCy's parse.

The clause or complement a cue verb governs (`said (that) ...`, `slammed X
for Y`); a cue inside a relative clause (`the bill, which Democrats say would
...`); reported speech around a partial quote, up to where the writer's own
words begin (a conjoined verb, a relative clause or an apposition after a
comma, when and where). A cue after the clause it reports or set off inside
it is `inverted_spans`'. The statement finder (finder.py) builds its
statements from these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doc import sentence
from .cue_contexts import relative_read_as_clause, what_was_denied
from .cues import (
    ADDRESSEE_VERBS,
    OBJECT_SPEECH_VERBS,
    PREP_SPEECH_VERBS,
    SAYING_VERBS,
    as_phrase,
    called_for_to,
    heard_misread,
    opened_by_that,
    partner_clause,
    prep_clause,
    reports_no_object,
    subject_read_as_clause,
)
from .layout import QuoteLayout
from .marks import Quoted
from .motions_and_charges import before_the_seconder
from .second_cues import report_free_end, with_the_first_conjunct
from .statement import closed, subtree_span, trim
from .told_clauses import (
    clause_after_a_phrase,
    that_clause_misread,
    that_clause_on_addressee,
    that_read_as_object,
)

#: Phrases a writer adds after a comma at the end of reported speech.
_ASIDES = frozenset(("relcl", "appos"))
_RELATIVES = frozenset(("who", "which", "whose", "where", "when"))
#: What a writer cites with `In a ..., X`: the source of what follows.
SOURCE_DOCUMENTS = frozenset(
    "poll survey interview statement letter tweet speech report memo email op-ed column "
    "essay study filing lawsuit complaint ad video remarks editorial release post "
    "testimony transcript message".split()
)
#: Prepositions of a setting (time, place, company), not of what is reported.
_SETTING_PREPS = frozenset(
    "in on at during with aboard after before since across among amid through".split()
)
#: Words that, right after a quote closing reported speech, start the writer's
#: when and where (`"a disgrace" during an interview`, `"a con" at a rally`).
_SETTING_AFTER_QUOTE = frozenset("during at on after before since amid aboard".split())
_COMPLEMENT_DEPS = ("dobj", "dative", "oprd", "attr", "prep", "acomp", "xcomp")


#: Verbs whose "if" or "whether" clause is the question put.
_ASKING_VERBS = frozenset(("ask", "wonder", "inquire", "enquire", "query"))


def question_asked(verb: Token) -> Token | None:
    """`asked her if she had tried ...`, parsed as an adverbial clause: the
    clause that is the question a verb of asking puts."""
    if verb.lemma_.lower() not in _ASKING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                         for m in c.children)), None)


def reports_finite_clause(verb: Token) -> bool:
    """Whether a cue verb reports a finite clause (a `that` clause or a
    question put), wherever the parser hung it: on the cue, on the one told,
    read as an object, or as an adverbial clause of asking."""
    return (
        any(c.dep_ == "ccomp" for c in verb.children)
        or (verb.lemma_.lower() in ADDRESSEE_VERBS and that_clause_on_addressee(verb) is not None)
        or that_clause_misread(verb) is not None
        or question_asked(verb) is not None
        or _claim_with_clause(verb) is not None
        or clause_after_a_phrase(verb) is not None
        or that_read_as_object(verb) is not None
    )


#: Nouns of what was said that a that-clause spells out ("reports that ...").
_CLAIM_NOUNS = frozenset(
    """report claim allegation suggestion accusation rumour rumor charge assertion
    speculation""".split()
)


def _claim_with_clause(verb: Token) -> tuple[int, int] | None:
    """`denied reports that it had held talks`, `rejected claims that ...`:
    a verb of saying whose object is a claim spelt out by a that-clause
    says the claim, clause and all."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i
                   and opened_by_that(c)), None)
    if clause is None:
        return None
    end = max(t.i for t in clause.subtree if not (t.is_punct or t.is_space)) + 1
    return obj.left_edge.i, end


def _with_its_subject(verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """`admits the prospect of touring frightens her`: a clause with no subject
    of its own, right after a noun the parser made the cue's object, has that
    noun for subject; the reported words start with it."""
    if clause.dep_ != "ccomp" or verb.lemma_.lower() in ADDRESSEE_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        return span
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i
                and c.pos_ == "NOUN"), None)
    # (a short noun phrase naming no one: "echoed statements by Trump that ..." is no subject)
    if obj is None or obj.right_edge.i + 1 != span[0] or len(list(obj.subtree)) > 6 or any(
            t.ent_type_ or t.pos_ == "PROPN" for t in obj.subtree):
        return span
    return (obj.left_edge.i, span[1])


#: The auxiliaries a report shifts back ("said it was sorry and would appeal").
_BACKSHIFT_AUXES = frozenset({"had", "would", "could", "might", "should"})


def _demonstrative_that(clause: Token) -> bool:
    """"When I tell people that, folks in Atlanta look at me ...": a "that"
    the parser took for the clause's mark, a comma after it and no second
    one before the clause's verb ("said that, if elected, he would ..." is a
    mark with an aside): a pronoun, what was told, and the clause no report."""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    if mark is None or mark.i + 2 >= clause.i or clause.doc[mark.i + 1].text != ",":
        return False
    if clause.doc[mark.i + 2].is_quote:
        return False  # ('said that, "Of course he will defend himself" against ...')
    return not any(t.text == "," for t in clause.doc[mark.i + 2 : clause.i])


def _words_after(verb: Token) -> bool:
    """Whether a cue has words of its own after it ("warns of job losses"),
    so that a clause before it and a semicolon is no report of its."""
    return any(c.i > verb.i and c.dep_ in ("prep", "dobj", "ccomp", "xcomp")
               for c in verb.children)


def _before_a_second_cue(verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """"Chairman says group 'cannot wait'; union warns of ...": the parser
    hangs the second cue, and the first report with it, on the first; what
    the first reports ends at the semicolon before the second's subject."""
    if not (clause.i > verb.i and clause.lemma_.lower() in SAYING_VERBS and _words_after(clause)):
        return span
    doc = verb.doc
    semi = next((t.i for t in doc[verb.i + 1 : clause.i] if t.text == ";"), None)
    if semi is None or semi <= verb.i + 1 or not any(
            c.dep_ in ("nsubj", "nsubjpass") and semi < c.i < clause.i for c in clause.children):
        return span
    return (span[0], semi)


def _progressive(aux: Token) -> bool:
    """A past progressive's "was" or "were" ("and was weighing a challenge"),
    which goes on with a report as a back-shifted auxiliary does."""
    nxt = aux.doc[aux.i + 1] if aux.i + 1 < len(aux.doc) else None
    return aux.lower_ in ("was", "were") and nxt is not None and nxt.tag_ == "VBG"


def _backshifted_predicate(verb: Token, conj: Token) -> bool:
    """A second predicate the parser hung on a past cue with no subject of its
    own and a back-shifted modal ("said it was disappointed and would
    appeal"): the reported subject's, not the speaker's next act."""
    # (or a past progressive: "told Reuters his client was devastated and was
    # weighing a challenge")
    return (conj.dep_ == "conj" and verb.tag_ == "VBD"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)
            and any(c.dep_ in ("aux", "auxpass") and c.i < conj.i
                    and (c.lower_ in _BACKSHIFT_AUXES or _progressive(c))
                    for c in conj.children))


def _row_of_clauses(clause: Token) -> list[Token]:
    """The words hung on a clause and on the clauses joined to it ("and
    that ...") up to three deep: where a partner cue may hang."""
    found, row = [], [clause]
    for _ in range(3):
        if not row:
            break
        kids = [c for head in row for c in head.children]
        found += kids
        row = [c for c in kids if c.dep_ == "conj"]
    return found


#: Marks that open a clause of time or reason, never one of what was said.
WHEN_NOT_WHAT = frozenset("before after until till because although though once unless".split())


def _result_of_so(clause: Token) -> bool:
    """Whether a clause is the result of a "so" or "such" ("has told it so
    many times that he is no longer sure"): what followed, not what was said."""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    if mark is None or mark.i < 2:
        return False
    doc = clause.doc
    return any(t.lower_ in ("so", "such") and t.dep_ in ("advmod", "predet", "amod")
               for t in doc[max(mark.i - 4, clause.sent.start) : mark.i])


def complement(verb: Token) -> tuple[int, int] | None:
    """Token range of what a cue verb reports (`_complement`); a motion's
    ends before who seconded it (`before_the_seconder`)."""
    span = _complement(verb)
    return before_the_seconder(verb, span) if span is not None else None


def _complement(verb: Token) -> tuple[int, int] | None:
    """Token range of what a cue verb reports: its clause (`said (that)
    ...`, `refused to ...`), or for verbs of judging and announcing their
    right-hand complements (`slammed X for Y`, `pointed to X`). Verbs of
    saying take a clause or a quote only: `said on Monday` reports nothing."""
    sent = sentence(verb)
    subject_clause = subject_read_as_clause(verb)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c != subject_clause
                   # "..., officials said, hours before the Kremlin rejected
                   # it": when it was said, the parser's clause no report
                   and not any(m.dep_ == "mark" and m.lower_ in WHEN_NOT_WHAT
                               for m in c.children)
                   and not _result_of_so(c) and not _demonstrative_that(c)
                   and (verb.lemma_.lower() in ADDRESSEE_VERBS
                        or not relative_read_as_clause(verb, c))
                   # ("Organizers put the turnout at 9,000; police estimated
                   # 3,000": a clause before a semicolon is its own sentence,
                   # when the cue has words of its own after it)
                   and not (c.i < verb.i and (verb.lemma_.lower() not in SAYING_VERBS
                                              or _words_after(verb))
                            and any(t.text == ";"
                                    for t in verb.doc[c.right_edge.i + 1 : verb.i]))
                   # ("told the governor that in person": no clause, no verb)
                   and not (c.pos_ == "ADP" and not any(
                       t.pos_ in ("VERB", "AUX") for t in c.subtree))), None)
    if clause is None and (called := called_for_to(verb) or heard_misread(verb)) is not None:
        return called  # "called for the chair, Lady Dacre, to ...", "The inquest heard X had"
    if clause is None and verb.lemma_.lower() in ADDRESSEE_VERBS:
        clause = that_clause_on_addressee(verb)
    if clause is None:
        clause = clause_after_a_phrase(verb) or that_read_as_object(verb)
    if clause is None:
        clause = question_asked(verb)
    if clause is None:
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
    if clause is not None:
        # "said X but warned that Y": the partner cue reports Y itself
        # (or on the last of a row of clauses: "said A and that B, but insisted Y")
        partner = next((c for c in _row_of_clauses(clause) if c.i > clause.i
                        and partner_clause(c) == clause), None)
        span = subtree_span(clause, exclude=partner, limit=sent)
        if span is not None and partner is not None:
            while span[1] - 1 > clause.i and (sent.doc[span[1] - 1].dep_ == "cc"
                                                or sent.doc[span[1] - 1].is_punct):
                span = (span[0], span[1] - 1)  # the "but" that joins them
        if span is not None:
            span = _past_a_when(sent.doc, span, clause)
            span = _with_its_subject(verb, clause, span)
            span = _before_a_second_cue(verb, clause, span)
            span = with_the_first_conjunct(verb, clause, span)
        more = [c for c in verb.children if c.i > clause.i and (
            (c.dep_ == "conj" and opened_by_that(c))
            or (c.dep_ == "ccomp" and span is not None and c.i >= span[1] > verb.i
                and clause.i > verb.i and report_free_end(c) is not None)
            or (clause.i > verb.i and _backshifted_predicate(verb, c))
        )]
        if span is not None and more:
            # `said that X ... and that Y ...`: both clauses are what was said;
            # so is a second clause the parser hung on the cue (`said X has
            # Y and his comment was Z`: two ccomps of one verb)
            last = more[-1]
            end = subtree_span(last, limit=sent)
            cut = report_free_end(last) if last.dep_ == "ccomp" else None
            if end is not None and cut is not None:
                end = (end[0], min(end[1], cut))
            return (span[0], end[1]) if end is not None else span
        return span
    lemma = verb.lemma_.lower()
    if lemma in SAYING_VERBS or lemma in ADDRESSEE_VERBS:
        misread = that_clause_misread(verb)
        if misread is not None:
            return misread
        claim = _claim_with_clause(verb)
        if claim is not None:
            return claim
    if lemma == "deny" and (denied := what_was_denied(verb)) is not None:
        return denied  # "denied any wrongdoing", "denies murdering his wife"
    if lemma in SAYING_VERBS and lemma not in OBJECT_SPEECH_VERBS | PREP_SPEECH_VERBS.keys():
        # (but "asked anyone with video to call the tip line": whom, and
        # what they are asked to do, the parser hanging it on their words)
        asked = asked_to(verb)
        whom = subtree_span(asked[0], limit=sent) if asked is not None else None
        what = subtree_span(asked[1], limit=sent) if asked is not None else None
        return (whom[0], what[1]) if whom is not None and what is not None else None
    if reports_no_object(verb):
        # "as X put it", "hit back at Y": a quote or a clause beside them
        # is what was said, never their object
        return None
    if verb.lemma_.lower() == "report" and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        # "students who reported more than three hours of screen time": what
        # a survey's people said of themselves, its data, not a statement
        return None
    right = [
        c
        for c in verb.children
        if c.i > verb.i and c.dep_ in _COMPLEMENT_DEPS
    ]
    # "told reporters", "urged voters": the addressee, unless what they are
    # asked to do hangs on their words ("urged anyone with information to ...")
    is_asked = asked_to(verb) is not None
    if (right and right[0].dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSEE_VERBS
            and not is_asked):
        right = right[1:]
    if right and right[0].dep_ != "prep" and not is_asked:
        # `endorsed Canova in late May`: when and where are the writer's;
        # `slammed X for Y`, `described X as Y` keep their second part
        cut = next((k for k, c in enumerate(right) if k and c.dep_ == "prep"
                    and c.lower_ in _SETTING_PREPS), None)
        # (but "accused rich nations on Tuesday of breaking a promise": the
        # verb's own preposition after the day is what was said)
        own = PREP_SPEECH_VERBS.get(verb.lemma_.lower(), frozenset()) | {"for"}
        if cut is not None and not any(c.dep_ == "prep" and c.lower_ in own
                                       for c in right[cut:]):
            right = right[:cut]
    if right and all(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in (
            "DATE", "TIME") for g in c.children) for c in right):
        right = []  # "as the unit confirmed on Monday": when, not what
    marked = prep_clause(verb)
    if marked is not None:
        right.append(marked)  # "called for vaccines to be added"
    as_part = as_phrase(verb)
    if right and as_part is not None and as_part not in right:
        right.append(as_part)  # "dismissed the claims as politically motivated"
    if not right or (len(right) == 1 and right[0].pos_ == "PRON" and right[0].n_lefts == 0
                     and not is_asked) or (  # (but "urged anyone who saw it to call police")
            right[0].dep_ == "prep" and [t.tag_ for t in right[0].subtree][1:] == ["PRP"]):
        return None  # ("had complained about them in writing": of what, not what)
    idxs = [t.i for c in right for t in c.subtree if sent.start <= t.i < sent.end]
    named = len(idxs) == 1 and verb.doc[idxs[0]].pos_ == "PROPN"
    if not idxs or (max(idxs) + 1 - min(idxs) < 2 and not named):
        return None  # one word reports nothing, unless it names someone
    return min(idxs), max(idxs) + 1


def asked_to(verb: Token) -> tuple[Token, Token] | None:
    """The addressee of a verb of asking or urging and the preposition after
    it that holds what they are asked to do, as the parser may hang it
    ("urged anyone | with information to contact police")."""
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    right = [c for c in verb.children if c.i > verb.i and c.dep_ in _COMPLEMENT_DEPS]
    if len(right) == 1 and right[0].dep_ in ("dobj", "dative"):
        # "urged anyone who saw the crash | to contact police": the
        # infinitive hung on the clause that says who
        clause = next((c for c in right[0].children if c.dep_ == "relcl"), None)
        infinitive = None if clause is None else next(
            (c for c in clause.children if c.dep_ in ("advcl", "xcomp") and c.i > clause.i
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        return (right[0], infinitive) if infinitive is not None else None
    if len(right) < 2 or right[0].dep_ not in ("dobj", "dative") or right[1].dep_ != "prep":
        return None
    to_do = any(t.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                   for a in t.children)
                for t in right[1].subtree)
    if to_do:
        return right[0], right[1]
    # "urged seminarians | from across Latin America | to resist ...": the
    # infinitive hung on the verb after the addressee's place
    infinitive = next((c for c in verb.children if c.i > right[1].i
                       and c.dep_ in ("advcl", "xcomp") and any(
                           a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return (right[0], infinitive) if infinitive is not None else None


def relative_report(verb: Token) -> list[tuple[int, int]]:
    """`a declaration that Amnesty said could amount to a war crime`, `the
    bill, which Democrats say would raise taxes`: a cue inside a relative
    clause reports the noun the clause hangs on and the words after the
    cue, in two pieces. (`..., which he said was "unconstitutional"`: a
    clause the "which" stands for is the writer's, the words after the cue
    the speaker's.)"""
    if verb.dep_ not in ("relcl", "advcl"):
        return []
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return []
    rel = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ in ("that", "which", "who") and c.i < verb.i), None)
    if rel is None or (verb.dep_ == "advcl" and (rel.lower_ != "which" or rel.i == 0
                                                 or verb.doc[rel.i - 1].text != ",")):
        return []
    after = [t.i for t in clause.subtree if t.i > verb.i]
    if verb.dep_ == "advcl":
        last = closed(verb.doc, trim(verb.doc, min(after), max(after) + 1)) if after else None
        return [last] if last is not None else []
    noun = [t.i for t in verb.head.subtree if t.i < rel.i and t.i >= sentence(verb).start]
    if not noun or not after:
        return []
    pieces = [trim(verb.doc, min(noun), max(noun) + 1),
              closed(verb.doc, trim(verb.doc, min(after), max(after) + 1))]
    return [p for p in pieces if p is not None]


def rest_of_sentence(layout: QuoteLayout, verb: Token, qs: list[Quoted]) -> list[tuple[int, int]]:
    """`said Biden had been there for "a thousand years" and passed "hundreds
    of bills."`: short quotes after the cue, in its sentence, are pieces of
    reported speech that runs from the cue to the end of the sentence."""
    sent = sentence(verb)
    end_char = sent.end_char
    if not all(verb.idx < q.start < end_char for q in qs):
        return []
    # A long quote is a piece of reported speech too when it opens inside
    # a clause the cue governs (`urged countries to keep testing in place
    # "so we do not go into this next wave blind," and ...`): after a word,
    # not after a comma or a colon.
    before_first = layout.text[verb.idx + len(verb.text) : qs[0].start].rstrip()
    mid_clause = len(before_first.split()) >= 3 and before_first[-1:].isalnum()
    if not mid_clause and not all(layout.quoted_words(q) <= 6 for q in qs):
        return []
    if layout.text[verb.idx + len(verb.text) : qs[0].start].strip() == "":
        return []  # the quote follows the cue at once: it is the content itself
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if told is not None and verb.lemma_.lower() in ADDRESSEE_VERBS and before_first[-1:] in ",:":
        end = max(t.idx + len(t.text) for t in told.subtree)
        if layout.text[end : qs[0].start].strip() in (",", ":"):
            return []  # `texted his sister, "..."`: the one told, then what was said
    start = verb.i + 1
    while start < sent.end and (layout.doc[start].is_punct or layout.doc[start].dep_ == "prt"):
        start += 1
    if start >= sent.end:
        return []
    span = clause_chars(layout, (start, sent.end), qs)
    return [span] if span else []


#: Auxiliaries of reported speech's tenses ("had been trying", "would
#: relocate"): a narrator telling their own next event writes a simple past.
def cut_tail(layout: QuoteLayout, span: tuple[int, int], qs: list[Quoted]) -> tuple[int, int]:
    """`called it "shameful" and called on leaders ...`: reported speech
    around a quote ends before what starts another clause after the
    quote (a conjoined verb, a dash, `, claiming ...`)."""
    s, e = span
    last = max(q.end for q in qs)
    tail = layout.doc.char_span(last, e, alignment_mode="expand")
    if not s < last < e or tail is None:
        return span
    if layout.text[s:last].rstrip("\"”’' ").endswith(","):
        # `has "expanded the party," claiming ...`: the comma closing the
        # quote, inside its marks, ends what was said before a writer's aside
        first = next((t for t in tail if t.idx >= last and not t.is_punct), None)
        if first is not None and (
            first.tag_ == "VBG" or first.lower_ in _RELATIVES or first.dep_ == "appos"
            or first.head.dep_ == "appos"
        ):
            return (s, last)
    first = next((t for t in tail if t.idx >= last and not t.is_punct), None)
    # `was "taking a close look" at provisions ...`: a phrase hung on a verb
    # inside the quote goes on with what was said
    if first is not None and layout.text[last : first.idx].strip() == "" and not (
        first.head.pos_ == "VERB" and any(q.start <= first.head.idx < q.end for q in qs)
    ) and not (  # `said he fired "in self-defence" after a man lunged`: the report's own clause
        first.dep_ == "mark" and s <= first.head.head.idx < last
        and first.head.head.pos_ in ("VERB", "AUX")
    ) and (
        first.lower_ in _SETTING_AFTER_QUOTE or first.ent_type_ in ("DATE", "TIME")
        or (first.lower_ == "in" and any(
            w.lemma_.lower() in SOURCE_DOCUMENTS for w in layout.doc[first.i + 1 : first.i + 4]
        ))
    ):
        # `blasted Clinton as a "disgrace" Wednesday on The Laura Ingraham Show`,
        # `called it "crazy" during a stop in Flint`: when and where are the writer's
        return (s, last)
    for t in tail:
        nxt = layout.doc[t.i + 1] if t.i + 1 < len(layout.doc) else None
        if nxt is None or t.idx < last:
            continue
        if (
            (t.lower_ in ("and", "but") and nxt.tag_ in ("VBD", "VBZ", "VBP", "VBG", "MD")
             # `said he had "panicked" and had been trying to ...`: a verb in
             # reported speech's tenses goes on with the report
             and nxt.lower_ not in _BACKSHIFT_AUXES and not _progressive(nxt))
            or t.text in ("—", "–", "--")
            or (t.text == "," and _participle_after(layout.doc, nxt))
        ):
            kept = layout.text[s : t.idx].rstrip(" \n\t,;:—–-")
            return (s, max(last, s + len(kept)))
    return span


def _participle_after(doc: Doc, tok: Token) -> bool:
    """`, claiming ...`, `, implicitly putting ...`: a participle (after an
    adverb or not) opening the writer's aside after a quote."""
    if tok.tag_ == "RB" and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]
    return tok.tag_ == "VBG"


def _past_a_when(doc: Doc, span: tuple[int, int], clause: Token) -> tuple[int, int]:
    """`told African-Americans this weekend he would consider ...`: a time the
    parser hung on the reported clause, before its subject and with no "that"
    between, says when it was said, not what."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    when = next((c for c in clause.children if c.dep_ in ("npadvmod", "tmod")
                 and c.ent_type_ in ("DATE", "TIME") and min(t.i for t in c.subtree) == span[0]),
                None)
    if subj is None or when is None or subj.i < when.i:
        return span
    end = max(t.i for t in when.subtree) + 1
    if end >= subj.left_edge.i + 1 or doc[end].lower_ == "that":
        return span
    return (end, span[1])


def clause_chars(
    layout: QuoteLayout, tokens: tuple[int, int], quotes: list[Quoted]
) -> tuple[int, int] | None:
    """The characters of a clause given as a token range: cut before an aside
    the writer adds at its end, widened to hold its quotes whole."""
    start, end = tokens
    end = cut_aside(layout, start, end, quotes)
    # ('that the penalty call "could have gone either way" and insisted ...':
    # the quote's closing mark, cut off as edge punctuation, closes it)
    span = closed(layout.doc, trim(layout.doc, start, end))
    if span is None:
        return None
    s, e = span
    for q in quotes:  # never cut a quote in half
        s, e = min(s, q.start), max(e, q.end)
    return (s, e)


def cut_aside(layout: QuoteLayout, start: int, end: int, quotes: list[Quoted]) -> int:
    """`said Y helped Clinton, who does not need ...`: what the writer
    adds after a comma at the end of a clause (a relative clause, an
    apposition) is not part of what was said. Returns the new end token.
    (-ing phrases and dash asides were tried: as often part of it.)"""
    doc = layout.doc
    for i in range(start + 3, end - 1):
        c = doc[i]
        if c.text not in (",", "—", "–", "--") or layout.in_quote(c.idx):
            continue
        n = doc[i + 1]
        if any(q.start > c.idx for q in quotes):
            return end  # a quote after the comma belongs to the content
        if c.text != ",":
            continue  # a dash aside is as often part of what was said
        aside = next(
            (t for t in doc[i + 1 : end] if t.left_edge.i == i + 1 and t.head.i < i), None
        )
        if aside is None or aside.right_edge.i < end - 2:
            continue
        if aside.dep_ in _ASIDES or n.lower_ in _RELATIVES:
            return i
    return end


def token_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None
    return span.start, span.end

