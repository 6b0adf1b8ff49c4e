"""Statements: what is attributed to someone, found on spaCy's parse.

A statement has content spans, the cue that introduces it, and the span of
its speaker as written (resolved to a person later, in people/speakers.py).
Three layouts are found:
1. a cue verb from the learned lexicon with a clause, quote or object as its
   content (`X said (that) ...`, `"...," X said`, `X told Y: "..."`,
   `... , officials said`), or `according to X`;
2. a quote introduced by a colon or a name and a dash, or followed by a
   dash attribution;
3. a quote paragraph on its own (however short: a line that is only a quote
   is speech), continuing the previous paragraph's speaker when that
   paragraph attributed a quote or left one open; a quote after an opening
   sentence about a named person is theirs; else `unknown`.
Which words a cue reports is read in content_spans.py.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from ..doc import sentence, tokens_of
from .attribution import (
    bullet_lists,
    colon_before,
    dash_after,
    dash_before,
    noun_cues,
    same_breath,
    signed_below,
    subject_before,
    trailing_verb,
)
from .blocks import block_quotes, embedded_posts
from .classifier import MODEL
from .content_spans import (
    WHEN_NOT_WHAT,
    clause_chars,
    complement,
    cut_tail,
    relative_report,
    reports_finite_clause,
    rest_of_sentence,
)
from .cues import (
    ADDRESSEE_VERBS,
    SAYING_VERBS,
    assures_someone_that,
    cue_probability,
    heard_in_court,
    is_cue_verb,
    reports_no_object,
    takes_a_stance,
)
from .headlines import headline_attribution
from .interviews import interview_turns
from .inverted_spans import closing_cue_misread, inverted, inverted_around
from .labels import KICKERS, colon_lines, told_in_lines
from .marks import Quoted
from .motions_and_charges import moves_a_motion
from .nested import nested_quotes, reports_inside
from .owners import quote_owners
from .quote_kinds import QuoteKinds
from .quoted_words import names_an_offence
from .rivals import (
    QUOTED_VIAS,
    cut_at_contrast,
    cut_dateline,
    cut_speaker_out,
    dedupe,
    drop_rivals,
)
from .second_cues import cut_at_second_cue, split_at_misread_cue
from .short import short_quote_statement
from .soundbites import sound_bites
from .speaker_beside import adjacent_speaker, source_read_into_content
from .speaker_spans import (
    speaker_span,
    speaker_token,
    through_quoted_subject,
    told_without_was,
)
from .statement import Statement, paragraph_spans, past_addressee
from .unsaid import names_a_thing, what_was_said
from .what_called import what_they_called


class StatementFinder(QuoteKinds):
    """Finds statements in one parsed article."""

    def __init__(self, doc: Doc, quotes: list[Quoted], paragraphs: list[tuple[int, int]]):
        super().__init__(doc, quotes, paragraphs)
        self.used: set[int] = set()  # indexes into self.quotes
        self.owner = quote_owners(self)

    def _quotes_for(self, verb: Token) -> list[int]:
        """Quotes the cue verb introduces: those it governs in its sentence,
        or the quote right after a colon that ends its sentence."""
        owned = [qi for qi, ti in self.owner.items() if ti == verb.i and qi not in self.used]
        # (not one before a semicolon: "Notice over 'racist' remark; party says ...")
        spoken = [qi for qi in owned if not self._is_title(self.quotes[qi])
                  and not self._named_term(self.quotes[qi], verb)
                  and ";" not in self.text[self.quotes[qi].end : verb.idx]]
        if spoken:
            return sorted(spoken)
        sent = sentence(verb)
        picked: list[int] = []
        # the Doc's text, not `sent.text`: spaCy joins every token on each access
        # the last cue before the colon ("In a statement released by her
        # office, Sen. Halvorsen said:"), not a participle on the way to it
        if self.text[sent.start_char : sent.end_char].rstrip().endswith(":") and not any(
                t.pos_ == "VERB" and t.lemma_.lower() in SAYING_VERBS
                and t.dep_ not in ("relcl", "acl") for t in self.doc[verb.i + 1 : sent.end]):
            after = sent.end_char
            for i, q in enumerate(self.quotes):
                if i not in self.used and 0 <= q.start - after <= 3:
                    picked.append(i)
                    break
        return picked

    # -- layouts ----------------------------------------------------------------

    def from_cues(
        self, *, min_probability: float, keep: Callable[[Statement, Doc], bool]
    ) -> list[Statement]:
        """Statements around cue words: verbs down to `min_probability` are
        candidates, and `keep` decides on those that report no quote."""
        out: list[Statement] = []
        # the cheap test first: most tokens are no cue of any kind
        for tok in tokens_of(self.doc, pos=("VERB",), tags=("VBN",),
                             words=("according", "in", "per", "by")):
            if self.in_quote(tok.idx):
                continue
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                st = self._according(tok)
            elif tok.lower_ == "per":
                st = self._per(tok)
            elif tok.lower_ == "in" and tok.dep_ == "prep" and tok.head.i > tok.i:
                st = self._in_source(tok)
            elif tok.lower_ == "by" and tok.dep_ == "prep":
                st = self._by_account(tok)
            elif tok.tag_ == "VBN" and (aside := self._as_by(tok)) is not None:
                st = aside
            elif tok.pos_ == "VERB" and (cue_probability(tok) >= min_probability
                                         or heard_in_court(tok)):
                st = self._verb(tok)
            else:
                st = None
            if st is None:
                continue
            if st.via not in QUOTED_VIAS and MODEL.trained:
                # scored once here: the default `keep` reads it (the features
                # are most of the classifier's cost)
                st.confidence = MODEL.probability(st, self.doc)
            if (
                st.via in QUOTED_VIAS or keep(st, self.doc) or takes_a_stance(tok)
                or assures_someone_that(tok) or moves_a_motion(tok)
                or self._set_off(st, tok)
                # "..., the inquiry heard": evidence given, whoever the
                # classifier takes the clause for
                or (st.via == "clause" and heard_in_court(tok))
            ):
                out.append(st)
        return out

    def _set_off(self, st: Statement, verb: Token) -> bool:
        """`The plan, Smith argued, would fail.`, `The plan will fail, she
        warned.`: a verb of saying with its own subject, set off from the
        clause it reports, says that clause whatever the classifier makes of
        the verb."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (
            st.via == "inverted" and st.speaker is not None and subj is not None
            and verb.lemma_.lower() in SAYING_VERBS and verb.tag_ in ("VBD", "VBZ")
            # a name or a person's pronoun: the parser's inverted clauses with
            # a noun phrase for subject are mostly misparses
            and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they"))
            # (a one-word subject before the cue: "Residents, he added, had written ...")
            and (all(len(self.text[s:e].split()) >= 2 for s, e in st.content) or (
                len(st.content) == 2 and len(self.text[slice(*st.content[1])].split()) >= 3))
        )

    def _names_person(self, span: tuple[int, int]) -> bool:
        """Whether a speaker span is headed by a person's name (`according to
        Dr Ana Lima`, not `according to police`)."""
        sp = self.doc.char_span(*span, alignment_mode="expand")
        return sp is not None and any(t.ent_type_ == "PERSON" for t in sp)

    def _verb(self, verb: Token) -> Statement | None:
        if (any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
                and any(c.dep_ == "nsubj" for c in verb.children)
                and verb.head != verb and verb.head.lemma_.lower() in _WANTING):
            # "wants the government to explain why ...": what one wants
            # another to say, not a statement of theirs
            return None
        if verb.lemma_.lower() in _GOING_ON and any(
                c.dep_ == "xcomp" and c.tag_ == "VB" and not is_cue_verb(c)
                for c in verb.children):
            # "the council continued to co-operate": what it does (but
            # "continues to insist that ...": what it says)
            return None
        content: list[tuple[int, int]] = []
        via = ""
        quote_ids = self._quotes_for(verb)
        comp = complement(verb)
        if (quote_ids and comp is not None and comp[0] > verb.i and comp[1] - comp[0] >= 3
                and verb.dep_ == "conj" and verb.head.i < verb.i
                and all(verb.head.idx < self.quotes[i].start and self.quotes[i].end <= verb.idx
                        for i in quote_ids)):
            # 'put the toll at "around 30", and said several soldiers were
            # missing': the clause after the cue is what it says, the quote
            # before it another verb's
            quote_ids = []
        # ("the bill, which she said would give inspectors "real powers"":
        # a quote inside the clause after the cue is part of what it reports)
        relative = relative_report(verb) if not quote_ids or all(
            self.quotes[i].start > verb.idx for i in quote_ids) else []
        misread = [] if quote_ids else closing_cue_misread(self, verb)
        if relative:
            content, via = relative, "clause"
            self.used.update(quote_ids)
        elif misread:
            content, via = misread, "inverted"
        elif quote_ids:
            qs = [self.quotes[i] for i in quote_ids]
            if comp is not None:
                last = self.doc[comp[1] - 1]
                cs, ce = self.doc[comp[0]].idx, last.idx + len(last.text)
                # the quote opens inside the clause (its closing mark may fall
                # outside the parser's sentence)
                inside = all(cs - 2 <= q.start < ce for q in qs)
                # `X scolded him: "...," she said`: words before a colon that
                # opens the quote are the writer's, the quote alone was said
                led_by_colon = self.text[cs : qs[0].start].rstrip().endswith(":")
                if inside and not led_by_colon:
                    span = clause_chars(self, comp, qs)  # a partial quote in reported speech
                    if span:
                        content, via = [span], "partial"
            # "as X put it: "..."": the quote alone, never "it" around it
            puts_it = reports_no_object(verb)
            if not content and comp is None and not puts_it:
                content = inverted_around(self, verb, qs)
                if content:
                    via = "partial"
            # a passive cue's agent ("had been warned by the council about ...")
            # said none of the rest of the sentence
            passive = any(c.dep_ == "agent" for c in verb.children)
            if not content and not puts_it and not passive:
                content = rest_of_sentence(self, verb, qs)
                if content:
                    via = "partial"
            if content:
                content = [*content[:-1], cut_tail(self, content[-1], qs)]
            if not content:
                via = "quote"
                short = (sum(self.quoted_words(q) for q in qs) < 4
                         and not any(map(self._exclaimed, qs)))
                if short and (cue_probability(verb) < 0.6 or passive):
                    # a scare quote under a weak cue, or after a passive's
                    # agent ("had been warned by the council and had "ignored" it")
                    return None
                content = [(q.start, q.end) for q in qs if self.quoted_words(q) >= 1]
            self.used.update(quote_ids)
        elif comp is not None:
            # (a subject or a clause after it, not where or when it was said)
            # (but not the one told: "..., its principal told The Associated Press")
            told = verb.lemma_.lower() in ADDRESSEE_VERBS
            after = [t for c in verb.rights if (c.dep_ in ("nsubj", "ccomp")
                     or (c.dep_ == "dobj" and not told)) and not any(
                         m.dep_ == "mark" and m.lower_ in WHEN_NOT_WHAT for m in c.children)
                     for t in c.subtree]
            said_by = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            if comp[1] <= verb.i and said_by and sum(not t.is_punct for t in after) >= 3:
                # "Bank holds rates, governor says cuts 'not on the table yet'":
                # the words after the cue are what was said, the clause before
                # it the news around it
                comp = (min(t.i for t in after), max(t.i for t in after) + 1)
            span = clause_chars(self, comp, [])
            if span:
                content = [span]
                clause = any(c.dep_ == "xcomp" for c in verb.children) or (
                    reports_finite_clause(verb))
                via = "clause" if clause else "complement"
        else:
            content, via = inverted(self, verb), "inverted"
        if not content:
            return None
        content = [past_addressee(self.doc, self._past_a_name(self._past_a_title(content[0]))),
                   *content[1:]]
        subj = speaker_token(verb)
        cue = (verb.idx, verb.idx + len(verb.text))
        particle = next((c for c in verb.children if c.dep_ == "prt"), None)
        if particle is not None and particle.i == verb.i + 1:
            cue = (verb.idx, particle.idx + len(particle.text))
        # "The court heard that ...": the court is where it was said, not who
        speaker = None if heard_in_court(verb) else speaker_span(self.doc, subj, content, verb)
        content = through_quoted_subject(self.doc, content, speaker, subj)
        # "no injuries were reported", "it was announced": a passive cue with no
        # agent names no speaker, and its subject is what was said, not who
        passive = (any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children
        )) or told_without_was(verb)
        if speaker is None and not passive and (
            subj is None or any(s <= subj.idx < e for s, e in content)
        ):
            speaker = adjacent_speaker(self.doc, verb, content)
            if speaker is None and subj is None:
                speaker, content = source_read_into_content(self.doc, verb, content)
        return Statement(
            content,
            cue,
            speaker,
            self.is_direct(content),
            self.paragraph_of(content[0][0]),
            verb.i,
            via=via,
        )

    def reports_inside_quotes(self, found: list[Statement]) -> list[Statement]:
        """`"He told me he would play through anything," the coach said`: a
        verb of saying inside a speaker's quote with a clause of its own,
        the words reported inside the quote. Their speaker is read as the
        one inside a quote ("I" is the one quoted)."""
        quoted = [st for st in found if st.direct and st.via != "nested"]
        out: list[Statement] = []
        for q in self.quotes:
            if not any(s <= q.start and q.end <= e + 1 for st in quoted for s, e in st.content):
                continue  # a quote nobody was found saying: a title, a scare quote
            words = self.doc.char_span(q.start, q.end, alignment_mode="contract")
            for tok in words if words is not None else ():
                if not (reports_inside(tok) and self.in_quote(tok.idx) is q):
                    continue
                st = self._verb(tok)
                # a clause of its own inside the quote, not a question put or a thing named
                # (not "even when we say we don't": too few words to report anything)
                if st is not None and st.via == "clause" and all(
                        q.start <= s and e <= q.end for s, e in st.content) and sum(
                        len(self.text[s:e].split()) for s, e in st.content) >= 3:
                    st.direct, st.inside_quote = False, True
                    out.append(st)
        return out

    def from_quotes(self, found: list[Statement]) -> list[Statement]:
        """Quotes no cue claimed: colon or dash attributions, continuations, unknowns."""
        out: list[Statement] = []
        by_para: dict[int, list[Statement]] = {}
        for f in found:
            by_para.setdefault(f.paragraph, []).append(f)
        for i, q in enumerate(self.quotes):
            if i in self.used:
                continue
            if names_an_offence(self.text, q.start):
                self.used.add(i)
                continue
            para = self.paragraph_of(q.start)
            before = [s for s in by_para.get(para, []) if s.end <= q.start]
            if before and before[-1].direct and same_breath(self.text, before[-1], q):
                # `"...," he added. "..."`: one statement in two pieces
                before[-1].content.append((q.start, q.end))
                self.used.add(i)
                continue
            brief = self.quoted_words(q) < 4 and not self._exclaimed(q) and not self._alone(q, para)
            if brief and not self._signed(q, para):
                # short unclaimed quotes are mostly scare quotes, not statements
                short = short_quote_statement(self, q, para)
                if short is not None:
                    # not a statement later quotes continue: it has no cue of its own
                    self.used.add(i)
                    out.append(short)
                continue
            content = [(q.start, q.end)]
            where = (self.doc, self.text, self.paragraphs[para], para)
            st: Statement | None = (
                colon_before(q, *where)
                or dash_before(q, *where)
                or dash_after(q, *where)
                or trailing_verb(q, *where)
                or signed_below(q, *where)
            )
            if st is None:
                prev = by_para.get(para - 1, [])
                ran_on = any(
                    not p.closed for p in self.quotes if self.paragraph_of(p.start) == para - 1
                )
                para_start = self.paragraphs[para][0]
                opens_para = q.start - para_start <= 1
                quoted_before = [b for b in before if b.direct or b.via == "partial"]
                last = quoted_before[-1] if quoted_before else None
                after = last is not None and (last.cue is None or last.cue[0] > last.start)
                if last is not None and last.direct and after:
                    # `"...," X said, adding that ... . "..."`: the quote goes on
                    # after its attribution, one statement in several pieces
                    last.content.append((q.start, q.end))
                    self.used.add(i)
                    continue
                # the statement that ends nearest the quote (an outer one over a
                # candidate nested in it)
                reported = max(before, key=lambda s: (s.end, -s.start)) if before else None
                if (
                    last is None and reported is not None and reported.cue is not None
                    and reported.speaker is not None
                    and (reported.via != "according" or self._names_person(reported.speaker))
                    and not self.text[
                        max(reported.end, reported.cue[1], reported.speaker[1]) : q.start
                    ].strip(" \n\t.,;:\"”’")
                ):
                    # `There is an advantage, says X. "In fact, ..."`: the quote
                    # right after reported speech is the same speaker going on
                    st = Statement(content, None, None, True, para, continues=reported,
                                   via="continuation")
                elif quoted_before:
                    # `X said: "..." ... "..."`: X goes on
                    st = Statement(content, None, None, True, para, continues=quoted_before[-1],
                                   via="continuation")
                elif opens_para and prev and (ran_on or prev[-1].direct or prev[-1].speaker):
                    st = Statement(content, None, None, True, para, continues=prev[-1],
                                   via="continuation")
                else:
                    st = subject_before(q, *where)
                    if st is None and opens_para and not prev and para > 1:
                        # "Hamish X, 67, has needed dialysis since March." then
                        # his words: the paragraph above introduced him (or ended
                        # on a colon: "X was less impressed:")
                        above = (self.doc, self.text, self.paragraphs[para - 1], para)
                        st = colon_before(q, *above)
                        if st is not None and st.cue_token is None:
                            # only one whose sentence says who ("Partial transcript
                            # as follows:" names no one: the transcript's labels do)
                            st = None
                        st = st or subject_before(q, *above)
                    st = st or Statement(content, None, None, True, para, via="orphan")
            self.used.add(i)
            out.append(st)
            by_para.setdefault(para, []).append(st)
            by_para[para].sort(key=lambda s: s.start)
        return out


#: Verbs of wanting: whom they want to speak has not spoken.
_WANTING = frozenset("want wish expect need".split())
#: Verbs of going on or starting, whose infinitive is what is done, not said.
_GOING_ON = frozenset("continue begin start cease keep".split())


def _likely(st: Statement, doc: Doc) -> bool:
    """The classifier's verdict on a candidate, from the probability
    `from_cues` has just given it."""
    return st.confidence >= MODEL.threshold if MODEL.trained else MODEL.accept(st, doc)


def find_statements(
    doc: Doc,
    quotes: list[Quoted],
    *,
    min_probability: float | None = None,
    keep: Callable[[Statement, Doc], bool] | None = None,
    rivals: bool = True,
    headline: tuple[int, int] | None = None,
) -> list[Statement]:
    """Every statement in a parsed article. By default the statement
    classifier (classifier.py) judges the candidates that carry no quote,
    and of two statements that say nearly the same words the less likely one
    is dropped (`rivals=False` keeps both, for training the classifier).
    `headline`, the headline's characters, is read for its own attribution
    at its end ("..., study suggests")."""
    finder = StatementFinder(doc, quotes, paragraph_spans(doc_text(doc)))
    found = finder.from_cues(
        min_probability=MODEL.min_probability if min_probability is None else min_probability,
        keep=_likely if keep is None else keep,
    )
    found += finder.from_quotes(found)
    found += finder.reports_inside_quotes(found)
    labelled = colon_lines(doc, finder.text, finder.paragraphs, found, finder.is_direct)
    # `"WALLACE: ...`: a quote that takes in its own speaker's label is the
    # labelled line, said by the label, not an unattributed quote
    replaced: dict[int, Statement] = {}
    for st in (st for st in found if st.cue is None):
        for lab in labelled:
            if lab.speaker is not None and st.start <= lab.speaker[0] and st.end >= lab.start:
                replaced[id(st)] = lab
                break
    found = [st for st in found if id(st) not in replaced] + labelled
    told_in_lines(finder.text, found, labelled)
    for st in found:
        if st.continues is not None and id(st.continues) in replaced:
            st.continues = replaced[id(st.continues)]  # the turn goes on
    found += interview_turns(finder.text, finder.paragraphs, found)
    nouns = noun_cues(doc, finder.text, found, finder.is_direct, finder.paragraph_of)
    found = [f for f in found if f.cue is not None or f.speaker is not None
             or not any(n.start < f.end and f.start < n.end for n in nouns)] + nouns
    found += what_they_called(doc, found, finder.is_direct, finder.paragraph_of)
    found += bullet_lists(doc, finder.text, finder.paragraphs, found)
    found += nested_quotes(doc, finder.text, quotes, found, finder.paragraph_of)
    posts = [st for st in embedded_posts(finder.text, finder.paragraphs)
             if not any(f.direct and f.start < st.end and st.start < f.end for f in found)]
    # a post's words are the post's: a cue inside them ("Notice the warping ...")
    # reports nothing of its own
    found = _outside(found, posts) + posts
    blocks = block_quotes(doc, finder.text, finder.paragraphs, found)
    # a block's words are its speaker's: a cue inside them reports nothing of its own
    found = _outside(found, blocks) + blocks
    bites = sound_bites(doc, finder.text, finder.paragraphs, found)
    # a bite's words are the speaker's: a cue inside them reports nothing of its own
    found = _outside(found, bites) + bites
    # 'According to him, the company would act "when the situation improves"':
    # a quote no one claims inside what someone reported is part of it
    # (or one read as continuing an earlier quote: 'He said the study showed
    # what was possible "when ..."')
    found = [st for st in found if st.via not in ("orphan", "continuation") or not any(
        o.cue is not None and all(any(s <= a and b <= e for s, e in o.content)
                                  for a, b in st.content) for o in found if o is not st)]
    top = None if headline is None else headline_attribution(
        doc, finder.text, headline, finder.paragraph_of(headline[0]), found)
    if top is not None:  # its cue (or its quote) read so, whatever the parser made of it
        found = [st for st in found if (st.cue != top.cue if top.cue is not None
                                        else st.content != top.content)] + [top]
    cut_at_contrast(doc, found)
    cut_at_second_cue(doc, found)
    found += split_at_misread_cue(doc, found)
    for st in found:
        cut_speaker_out(st)
        cut_dateline(st, finder.text)
    found = [st for st in found if not _crosshead(finder.text, finder.paragraphs, st)]
    found = dedupe(sorted(found, key=lambda s: (s.start, -s.end)))
    found = [st for st in found if not _verb_inside_a_report(doc, st, found) and (
        st.direct or len(st.content) != 1
        or not (what_was_said(doc, finder.text, st.content[0], st.cue_token)
                or names_a_thing(doc, st.content[0], st.cue_token)))]
    return _dropped_continued(drop_rivals(doc, found)) if rivals else found


def _dropped_continued(kept: list[Statement]) -> list[Statement]:
    """A quote that continues a candidate dropped on the way ('Mr Cheung
    said he still planned to come ...', "planned" a cue inside the words
    reported) continues the statement kept over it, the one whose words
    take in the dropped one's."""
    ids = {id(st) for st in kept}
    for st in kept:
        gone = st.continues
        if gone is None or id(gone) in ids:
            continue
        over = [k for k in kept if k is not st and k.start <= gone.start and gone.end <= k.end]
        st.continues = over[-1] if over else None
    return kept


#: The most words a crosshead made of a quote holds.
_CROSSHEAD_WORDS = 12


def _crosshead(text: str, paragraphs: list[tuple[int, int]], st: Statement) -> bool:
    """A line that is a short quote and nothing else, no one named, no full
    stop closing it (`'I listened to him for once'`, `Pre-match: 'He is the
    best mover in the world'`): a heading pulled from the story, no
    statement of its own; its words are said, and attributed, below it."""
    if (st.via not in ("orphan", "colon", "continuation") or st.speaker is not None
            or len(st.content) != 1):
        return False
    start, end = st.content[0]
    if st.continues is not None and text[start : start + 1] not in "'‘":
        # (a short line in double marks after a speaker's quote is mostly
        # more of it; in single marks, and no full stop, a heading still)
        return False
    line = next(((ps, pe) for ps, pe in paragraphs if ps <= start and end <= pe), None)
    if line is None or end <= start:
        return False
    before, after = text[line[0] : start].strip(), text[end : line[1]].strip()
    said = text[start:end].strip("\"'“”‘’ ")
    return (not after and (not before or (before.endswith(":") and before[:-1].lower() in KICKERS))
            and len(said.split()) <= _CROSSHEAD_WORDS and said[-1:] not in ".!?,")


def _verb_inside_a_report(doc: Doc, st: Statement, found: list[Statement]) -> bool:
    """Whether `st` hangs on a verb that is no cue, inside what another
    statement reports ("the council said the scheme would "cut queues" and
    allow traders to set up "early"": the council's words, not the scheme's)."""
    if st.cue_token is None or st.cue is None or is_cue_verb(doc[st.cue_token]):
        return False
    # (its cue and all it reports inside the other's words)
    spans = [st.cue, *st.content]
    return any(o is not st and o.cue_token is not None and is_cue_verb(doc[o.cue_token])
               and all(any(s <= a and b <= e for s, e in o.content) for a, b in spans)
               for o in found)


def _outside(found: list[Statement], layouts: list[Statement]) -> list[Statement]:
    """The statements not wholly inside one of `layouts` (a post, a sound bite:
    words that are all one speaker's, where a cue reports nothing of its own)."""
    return [f for f in found if not any(o.start <= f.start and f.end <= o.end for o in layouts)]
