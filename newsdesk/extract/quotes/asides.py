"""Source asides: a clause attributed by a phrase beside it rather than a
verb of saying: `according to X`, `as noted by X`, `In the words of X`, `In a
new poll, ...`, `by her account`. `SourceAsides` is the part of `StatementFinder` (finder.py)
that reads them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..doc import sentence
from .content_spans import SOURCE_DOCUMENTS, clause_chars
from .cue_contexts import LEGAL_TEXTS
from .cues import is_cue_verb
from .layout import QuoteLayout
from .speaker_spans import speaker_span
from .statement import Statement, subtree_span, trim

#: Sources written after "per" ("per sources", "per a team statement").
#: Texts that provide rather than say: "according to the Bill", "according
#: to the new rules" tell what a law requires (the guide's non-statement).
_LEGAL_TEXTS = LEGAL_TEXTS | {"statute", "constitution", "decree"}
_PER_SOURCES = frozenset(
    "source report official person people statement filing document record insider".split())


#: Numbers a body puts out, and the verbs of putting them out.
_DATA = frozenset("figure data statistic number estimate".split())
_PUBLISHED = frozenset("publish release compile issue produce".split())


def _publisher(source: Token) -> Token | None:
    """"according to figures published by the Health Department": the body
    that put the figures out is the source, not the figures."""
    if source.lemma_.lower() not in _DATA:
        return None
    made = next((c for c in source.children if c.dep_ == "acl"
                 and c.lemma_.lower() in _PUBLISHED), None)
    agent = next((c for c in made.children if c.dep_ == "agent"), None) if made else None
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _only_an_attribution(words: Span) -> bool:
    """Whether the words an aside hangs on only say who spoke ('"...," he said
    in Bambara, according to a translation'): the aside is the translation's
    source, the words said are the quote's."""
    verb = next((t for t in words if is_cue_verb(t) and any(
        c.dep_ == "nsubj" for c in t.children)), None)
    return verb is not None and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") and c.i in range(words.start, words.end)
        for c in verb.children) and sum(t.is_alpha for t in words) <= 6


def _attribution_before(doc: Doc, at: int) -> bool:
    """Whether the words right before an aside at token `at` are a cue verb
    and its subject ("Lomidze said", "said Lomidze")."""
    k = at - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 1:
        return False
    verb = doc[k] if is_cue_verb(doc[k]) else doc[k - 1] if is_cue_verb(doc[k - 1]) else None
    return verb is not None and any(
        c.dep_ == "nsubj" and abs(c.i - verb.i) <= 3 for c in verb.children) and any(
        t.is_quote for t in doc[verb.sent.start : verb.i])


class SourceAsides(QuoteLayout):
    """Statements a source aside attributes, over a finder's quote layout."""

    used: set[int]  # indexes into self.quotes taken by a statement (the finder's)

    def _according(self, tok: Token) -> Statement | None:
        to = next(c for c in tok.children if c.lower_ == "to")
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        if source.lemma_.lower() in _LEGAL_TEXTS and any(
                c.dep_ == "det" for c in source.children) and all(
                c.dep_ == "det" or c.lower_ in ("new", "amended") for c in source.children):
            # "According to the Bill, the Collector will be ...": what a law
            # provides, no one's words (but "a draft regulation seen by the
            # FT" is a document's report)
            return None
        after = source.right_edge.i + 1
        if (source.pos_ == "NOUN" and after < len(self.doc) and self.doc[after].ent_iob_ == "B"
                and self.doc[after].ent_type_ == "PERSON"
                and not source.right_edge.is_punct):  # (not "..., Di Castri-Fontana is")
            # "according to creator and showrunner Siobhán Kennelly", the
            # name parsed apart from the roles before it: the name is the source
            name = self.doc[after:after + 1]
            while name.end < len(self.doc) and self.doc[name.end].ent_iob_ == "I":
                name = self.doc[after : name.end + 1]
            source = name.root
        return self._source_aside(tok, _publisher(source) or source, to.idx + len(to.text))

    def _per(self, tok: Token) -> Statement | None:
        """`..., per league sources`, `..., per ESPN`: a source set off by a
        comma after "per", read as `according to` is (not "per cent", "$20
        per hour")."""
        source = next((c for c in tok.children if c.dep_ == "pobj"), None)
        # (or opening the sentence, as trade papers write it: "Per Universal, ...")
        opens = tok.text == "Per" and (tok.i == 0 or tok.is_sent_start or self.doc[
            tok.i - 1].text == ":") and source is not None and source.pos_ == "PROPN" and (
            source.ent_type_ != "PERSON")
        if source is None or (not opens and (tok.i == 0 or self.doc[tok.i - 1].text != ",")):
            return None
        if (tok.text != "per" and not opens) or (
                tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == "-"):
            return None  # "Per-Olof Sandqvist", ", Per Sandqvist,": a Scandinavian given name
        if source.pos_ != "PROPN" and source.lemma_.lower() not in _PER_SOURCES:
            return None
        return self._source_aside(tok, source, tok.idx + len(tok.text))

    def _as_by(self, tok: Token) -> Statement | None:
        """`..., as noted by dietitian Trista Best`, `as reported by Reuters`: a
        verb of saying in a passive `as` aside, its agent the source of the
        clause it hangs on (the same reading as `according to`)."""
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) or not is_cue_verb(
            tok
        ):
            return None
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if source is None:
            return None
        return self._source_aside(tok, source, tok.idx + len(tok.text))

    def _source_aside(self, tok: Token, source: Token, cue_end: int) -> Statement | None:
        """The clause a source aside (`according to X`, `as noted by X`) sits in
        or beside, attributed to X."""
        sent = sentence(tok)
        skip = {t.i for t in tok.subtree}
        comma = next((t for t in self.doc[source.i + 1 : sent.end] if t.text == ","), None)
        if tok.i == sent.start and comma is not None and comma.i < max(skip):
            # `According to Mr. Sarkozy, a group of leaders arrived ...` parsed as
            # one phrase: the source ends at its comma
            skip = set(range(tok.i, comma.i + 1))
        idxs = [t.i for t in sent if t.i not in skip and not t.is_space]
        if not idxs:
            return None
        before = [i for i in idxs if i < tok.i]
        after = [i for i in idxs if i > tok.i]
        first = next((i for i in after if not self.doc[i].is_punct), None)
        if first is not None and self.doc[first].lower_ in ("who", "whom", "whose", "which"):
            # `According to one official, who asked not to be named, the plan
            # ...`: the clause about the source is no part of what was said
            closing = next((i for i in after if i > first and self.doc[i].text == ","), None)
            if closing is not None:
                after = [i for i in after if i > closing]
        elif first is not None and (closing := _name_set_off(self.doc, first)) is not None:
            after = [i for i in after if i > closing]
            source = self.doc[closing - 1]  # ("the Chief Government Valuer": the name says who)
        head = tok.head
        prev = next((t for t in reversed(self.doc[sent.start : tok.i]) if not t.is_punct), None)
        closes = tok.i > sent.start and self.doc[tok.i - 1].text == "," and len(before) >= 3 and (
            not any(self.doc[i].text in (",", ";", "—", "-", "–") for i in after))
        if closes:
            # `Heatwaves have destroyed ..., according to a study published in
            # the journal Marine Ecology Reports.`: an aside closing the
            # sentence reports the clause before it, whatever the parser hung on it
            side = before
        elif prev is not None and prev.lower_ in ("and", "but", "yet") and len(after) >= 3:
            # `... were converted into cars and, according to diplomats, have
            # benefited an elite`: the aside opens the second conjunct
            side = after
        elif head.i != tok.i and head.i not in skip and sent.start <= head.i < sent.end:
            # the clause the aside hangs on (`X is popular, according to Forbes,
            # but ...`), else the side with more words
            side = before if head.i < tok.i else after
        else:
            side = before if len(before) >= len(after) else after
        if len(side) < 3:
            return None
        span = trim(self.doc, min(side), max(side) + 1)
        if span is None or _only_an_attribution(self.doc[min(side) : max(side) + 1]):
            return None
        if closes and _attribution_before(self.doc, tok.i):
            # '"...," Lomidze said, according to Civil.ge's translation': the
            # aside sources the translation of words already attributed
            return None
        if side is after:
            # `According to him, "Our people deserve good roads. We will ...":
            # a quote that opens the clause and runs past the sentence is said whole
            run_on = next((k for k, q in enumerate(self.quotes)
                           if abs(q.start - span[0]) <= 1 and q.end > span[1]), None)
            if run_on is not None:
                span = (self.quotes[run_on].start, self.quotes[run_on].end)
                self.used.add(run_on)
        speaker = speaker_span(self.doc, source, [span])
        return Statement(
            [span],
            (tok.idx, cue_end),
            speaker,
            self.is_direct([span]),
            self.paragraph_of(span[0]),
            tok.i,
            via="according",
        )

    def _in_words_of(self, tok: Token, words: Token) -> Statement | None:
        """`In the words of the late senator X, "..."`, `In her own words,
        ...`: whose words they are says the clause they open, as `according
        to` does."""
        of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        source = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if of is not None and source is not None:
            return self._source_aside(tok, source, of.idx + len(of.text))
        owner = next((c for c in words.children if c.dep_ == "poss"), None)
        if owner is not None:
            return self._source_aside(tok, owner, words.idx + len(words.text))
        return None

    def _by_account(self, tok: Token) -> Statement | None:
        """`Whitcomb, by her account, never apologised`, `by Mr Lee's own
        account`: whose account says whose words the clause is (not `by all
        accounts`, which names no one)."""
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() != "account":
            return None
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        return self._source_aside(tok, owner, pobj.idx + len(pobj.text))

    def _in_source(self, tok: Token) -> Statement | None:
        """`In a new poll, Clinton leads by six points`: a poll, interview or
        statement named before the clause it reports is its source."""
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lower_ == "words":
            return self._in_words_of(tok, pobj)
        if pobj is None or pobj.lemma_.lower() not in SOURCE_DOCUMENTS:
            return None
        clause = subtree_span(tok.head, exclude=tok, limit=sentence(tok))
        if clause is None or clause[1] - clause[0] < 4:
            return None
        if any(is_cue_verb(t) for t in self.doc[clause[0] : clause[1]]):
            return None  # `In an interview, X said ...`: the cue verb reports it
        span = clause_chars(self, clause, [])
        if span is None:
            return None
        first, last = min(t.i for t in pobj.subtree), max(t.i for t in pobj.subtree)
        speaker = trim(self.doc, first, last + 1)
        return Statement([span], (tok.idx, tok.idx + len(tok.text)), speaker,
                         self.is_direct([span]), self.paragraph_of(span[0]), tok.i, via="according")


def _name_set_off(doc: Doc, first: int) -> int | None:
    """`According to the finance minister, Mr Patrick Ochen, the rates were
    ...`: a name set off by commas after the source is the source's, not
    what it says (the parser reads it as a second subject of the clause's
    verb). The comma closing it; None if the words after the source are no
    such name."""
    k = first
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    if k == first or k >= len(doc) or doc[k].text != "," or doc[first - 1].text != ",":
        return None
    name = max(doc[first:k], key=lambda t: t.head.i not in range(first, k))
    # (or the clause's subject read as the name's apposition, running into
    # the verb with no comma: "Mr Patrick Ochen, the 2019 rates were")
    later = [c for c in name.head.children
             if c.dep_ in ("nsubj", "nsubjpass") and c.i > k and c != name] + [
        c for c in name.children if c.dep_ == "appos" and c.i > k
        and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].pos_ in ("AUX", "VERB")]
    return k if name.dep_ in ("nsubj", "nsubjpass") and later else None
