"""Content before or around its cue: the clause an inverted cue reports
(`The plan will fail, he said.`), a cue set off inside what it reports (`The
goal, he said, is ...`), one the parser read as closing a quote, and the
quoted pieces around an inverted cue. The statement finder (finder.py)
builds its statements from these, as from `content_spans`'.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..doc import sentence
from .content_spans import clause_chars, token_range
from .cues import ADDRESSEE_VERBS, SAYING_VERBS, is_cue_verb
from .layout import QuoteLayout
from .marks import Quoted
from .statement import subtree_span, trim


def inverted(layout: QuoteLayout, verb: Token) -> list[tuple[int, int]]:
    """`The plan will fail, he said.`: the cue hangs off the clause it reports."""
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        return parenthetical(layout, verb)
    if verb.dep_ == "advcl" and verb.head.i > verb.i:
        return _as_someone_said(layout, verb)
    if (verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.i + 1 < len(verb.doc)
            and verb.doc[verb.i + 1].text == ":" and verb.right_edge.i == verb.i
            and any(c.dep_ == "nsubj" for c in verb.children)):
        # "The returning officer has just declared: X has won Y.": the clause
        # after the colon, which the parser made the head, is what was said
        span = trim(layout.doc, verb.i + 2, sentence(verb).end)
        return [span] if span else []
    # ("dep": "..., three people familiar with the matter said, a move that
    # could delay the deal", the parser's catch-all for a cue set off by commas)
    set_off = verb.dep_ == "dep" and verb.left_edge.i > 0 and (
        verb.doc[verb.left_edge.i - 1].text == ",")
    if (verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj") and not set_off) or (
            verb.head.i > verb.i):
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return []  # "did not allow them to deny a rezoning": an infinitive closes no words
    if any((c.dep_ == "mark" or (c.dep_ == "advmod" and c.i < verb.i))
           and c.lower_ in _TIME_AND_REASON for c in verb.children):
        # "... until the inquiry reported", "... when it was eventually
        # reported": when, not who said it
        return []
    before = verb.left_edge.i - 1
    while before > 0 and verb.doc[before].is_quote:
        before -= 1
    if before >= 0 and verb.doc[before].lower_ in _TIME_AND_REASON:
        return []  # 'repaired "well before" the review concluded': the parser lost the "before"
    if verb.dep_ == "ccomp" and is_cue_verb(verb.head):
        return []  # "X said he had texted Y": what X said, not a cue closing it
    if any((c.dep_ == "nsubj" and c.tag_ == "WP")
           or (c.dep_ == "dobj" and c.lower_ in ("that", "this", "it")) for c in verb.children):
        return []  # "I know who said that": the cue has what it said in its own clause
    opens = verb.left_edge.i
    if verb.dep_ == "conj" and opens > 0 and verb.doc[opens - 1].dep_ == "cc":
        # "The researchers wrote that ..., and they called for ...": a clause
        # joined on by "and", not a cue closing the words before it
        return []
    head = verb.head
    if verb.dep_ == "parataxis" and any(
            t.i > verb.right_edge.i and not (t.is_punct or t.is_space) for t in head.subtree):
        # "Governments supplied the data, she said, and several countries did
        # not": the clause goes on after the cue set off inside it, with a
        # conjunction (", he said, an unfortunate echo of ...": the writer's aside)
        pieces = parenthetical(layout, verb)
        rest = layout.doc.char_span(*pieces[1], alignment_mode="expand") if len(
            pieces) == 2 else None
        if rest is not None and len(rest) and rest[0].pos_ in ("CCONJ", "SCONJ"):
            return pieces
    tokens = subtree_span(head, exclude=verb, limit=sentence(verb))
    if tokens is None or tokens[1] - tokens[0] < 3:
        return []
    span = trim(layout.doc, *tokens)
    return [span] if span else []


def _as_someone_said(layout: QuoteLayout, verb: Token) -> list[tuple[int, int]]:
    """`As Chris Hayes has noted, the family relied on ...`: a verb of saying
    in an `as` clause with its own subject, set off by a comma before the
    clause it hangs on, reports that clause."""
    sub = list(verb.subtree)
    doc = layout.doc
    if sub[0].lower_ != "as" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    if sub[-1].i + 1 >= len(doc) or doc[sub[-1].i + 1].text != ",":
        return []
    told = verb.lemma_.lower() in ADDRESSEE_VERBS  # "As the mayor told the court, ..."
    if any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and not told) for c in verb.children):
        return []  # "as she said it would", "As she wrote the letter": not the clause after
    head = verb.head
    while head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
        head = head.head  # the parser may hang the clause on "was" of "was gone"
    tokens = subtree_span(head, exclude=verb, limit=sentence(verb))
    if tokens is None or tokens[1] - tokens[0] < 3:
        return []
    span = trim(doc, *tokens)
    return [span] if span else []


def closing_cue_misread(layout: QuoteLayout, verb: Token) -> list[tuple[int, int]]:
    """`The council will cut 40 posts, the mayor announced on Monday.`, parsed
    with "the mayor" as an object of the clause and the cue as a clause on
    it: a verb of saying after a comma, with no subject or object of its own,
    that ends the sentence reports everything before the comma."""
    if verb.dep_ == "ROOT":
        return _cue_split_off(layout, verb)
    if (verb.dep_ not in ("acl", "relcl") or verb.tag_ not in ("VBD", "VBZ")
            or verb.lemma_.lower() not in SAYING_VERBS):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "mark", "aux", "auxpass")
           or c.tag_ in ("WDT", "WP", "WP$") for c in verb.children):
        return []
    noun, doc, sent = verb.head, layout.doc, sentence(verb)
    comma = noun.left_edge.i - 1
    if (noun.pos_ not in ("NOUN", "PROPN") or verb.i < noun.i or comma < sent.start + 3
            or doc[comma].text != ","):
        return []
    if _words_after(verb, sent):
        return []
    span = trim(doc, sent.start, comma)
    return [span] if span else []


def _cue_split_off(layout: QuoteLayout, verb: Token) -> list[tuple[int, int]]:
    """`Exchange Korvex paused all withdrawals ..., the company said.`, with
    the clause before the comma read as a noun phrase and the parser's
    sentence ended there: a sentence opening with a comma is the end of the
    one before, and a cue that is all of it reports that one."""
    doc, sent = layout.doc, sentence(verb)
    if (doc[sent.start].text != "," or sent.start < 4 or verb.tag_ not in ("VBD", "VBZ")
            or verb.lemma_.lower() not in SAYING_VERBS
            or not any(c.dep_ == "nsubj" for c in verb.children)
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark", "aux") for c in verb.children)
            or _words_after(verb, sent)):
        return []
    before = sentence(doc[sent.start - 1])
    if doc[before.end - 1].text in (".", "!", "?", ":", ";") or len(before) < 4:
        return []
    span = trim(doc, before.start, sent.start)
    return [span] if span else []


def _words_after(verb: Token, sent: Span) -> bool:
    """Whether words follow all the cue hangs on before its sentence ends:
    a cue that closes what it reports has none."""
    return any(not (t.is_punct or t.is_space) for t in verb.doc[verb.right_edge.i + 1 : sent.end])


#: Conjunctions of a clause that says when or why, never who said what.
_TIME_AND_REASON = frozenset(
    "until till when whenever before after because since while unless although though once if"
    .split()
)
#: Marks that set a cue off inside the clause it reports.
_SET_OFF = frozenset([",", "—", "–", "--", "-"])


def parenthetical(layout: QuoteLayout, verb: Token) -> list[tuple[int, int]]:
    """`The goal, he said, is to forge a cease-fire.`: a cue between commas
    inside the clause it reports; the content is that clause in two pieces."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    inner = list(verb.subtree)
    sent = sentence(verb)
    # "But, Alley explained, her weight ...": a conjunction opening the
    # sentence hangs on the cue but is no part of what was said
    while len(inner) > 2 and inner[0].dep_ == "cc" and inner[0].i == sent.start:
        inner = inner[1:]
    doc = layout.doc
    # "If holders avoid tendering, he added, they can expect ...": the
    # parser may hang the opening clause on the cue; it is what was said (so
    # is a subject it took for the cue's: "The lower end of the guidance, she
    # pointed out, implies ...")
    subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    own_start = subject.left_edge.i - 1
    if (own_start > inner[0].i and doc[own_start].text in _SET_OFF
            and all(c.dep_ in ("advcl", "npadvmod") for c in verb.children
                    if c.i < own_start)):
        inner = [t for t in inner if t.i >= own_start]
    first, last = inner[0].i, inner[-1].i
    # the commas setting the cue off may hang on the clause around it
    if not doc[first].is_punct and first > sent.start and doc[first - 1].text in _SET_OFF:
        first -= 1
    if not doc[last].is_punct and last + 1 < sent.end and doc[last + 1].text in _SET_OFF:
        last += 1
    if not (doc[first].is_punct and doc[last].is_punct):
        return []  # not set off by commas or dashes
    tokens = [t.i for t in verb.head.subtree if t.i < first or t.i > last]
    before = [i for i in tokens if sent.start <= i < first]
    if not before and verb.dep_ == "parataxis":
        # a cue the parser hung on a word after it ("It's easy, she says,
        # for people to marvel ..."): it still cuts the whole sentence
        tokens = [t.i for t in sent if t.i < first or t.i > last]
        before = [i for i in tokens if i < first]
        if any(layout.in_quote(layout.doc[i].idx) for i in before):
            return []  # `"...," he says, pouring a glass`: a quote signed, not cut
    after = [i for i in tokens if last < i < sent.end]
    before = [i for i in before if not (layout.doc[i].dep_ == "cc" and i == sent.start)]
    if not before and verb.dep_ == "parataxis" and len(after) >= 4:
        # the cue opens the sentence: what follows it is what was said
        span = trim(layout.doc, min(after), max(after) + 1)
        return [span] if span else []
    if len(before) < 1 or len(after) < 2:
        return []
    pieces = [trim(layout.doc, min(before), max(before) + 1),
              trim(layout.doc, min(after), max(after) + 1)]
    return [p for p in pieces if p is not None]


def inverted_around(layout: QuoteLayout, verb: Token, qs: list[Quoted]) -> list[tuple[int, int]]:
    """`Donations are vetted, but "we don't ask ...," he said.`: the quotes
    sit inside the clause an inverted cue reports, with words of the
    writer's own around them: the whole clause is the content."""
    clause = inverted(layout, verb)
    if not clause:
        return []
    s, e = clause[0][0], clause[-1][1]
    if not all(s - 2 <= q.start and q.end <= e + 2 for q in qs):
        return []
    quoted = sum(layout.quoted_words(q) for q in qs)
    if sum(len(layout.text[a:b].split()) for a, b in clause) - quoted < 3:
        return []  # the clause is the quote: a direct statement
    pieces = []
    for a, b in clause:  # `X, he said, "..."`: each piece keeps its quotes whole
        inside = [q for q in qs if a - 2 <= q.start < b]
        span = clause_chars(layout, token_range(layout.doc, a, b), inside)
        if span:
            pieces.append(span)
    return pieces
