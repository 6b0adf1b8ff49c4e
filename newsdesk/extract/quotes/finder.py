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
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from .attribution import (
    bullet_lists,
    colon_before,
    colon_lines,
    dash_after,
    dash_before,
    interview_turns,
    noun_cues,
    same_breath,
    subject_before,
    trailing_verb,
)
from .blocks import block_quotes, embedded_posts
from .classifier import MODEL
from .cues import (
    ADDRESSEE_VERBS,
    OBJECT_SPEECH_VERBS,
    PHRASAL_CUES,
    PREP_SPEECH_VERBS,
    SAYING_VERBS,
    STANCE_VERBS,
    cue_probability,
    is_cue_verb,
    stance_object,
    that_clause_on_addressee,
)
from .layout import QuoteLayout
from .marks import Quoted
from .nested import nested_quotes
from .owners import quote_owners
from .rivals import QUOTED_VIAS, cut_speaker_out, dedupe, drop_rivals
from .short import short_quote_statement
from .speaker_spans import adjacent_speaker, speaker_span, speaker_token
from .statement import Statement, paragraph_spans, subtree_span, trim

_SPOKEN_ENDS = ("!", "?", ",")
#: Phrases a writer adds after a comma at the end of reported speech.
_ASIDES = frozenset(("relcl", "appos"))
_RELATIVES = frozenset(("who", "which", "whose", "where", "when"))
#: What a writer cites with `In a ..., X`: the source of what follows.
_SOURCE_DOCUMENTS = frozenset(
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


class StatementFinder(QuoteLayout):
    """Finds statements in one parsed article."""

    def __init__(self, doc: Doc, quotes: list[Quoted], paragraphs: list[tuple[int, int]]):
        super().__init__(doc, quotes, paragraphs)
        self.used: set[int] = set()  # indexes into self.quotes
        self.owner = quote_owners(self)

    # -- helpers ---------------------------------------------------------------

    def _exclaimed(self, q: Quoted) -> bool:
        """`"All the way!"`, `"Oh, my God," he exclaimed`: a short quote
        whose own punctuation closes a sentence or a clause is speech, not a
        scare quote."""
        s, e = q.inner
        return self.text[s:e].rstrip()[-1:] in _SPOKEN_ENDS

    def _alone(self, q: Quoted, para: int) -> bool:
        """`"Never."`, `"That is untrue."` as a paragraph of their own: a
        line that is nothing but a quote is someone speaking, however short,
        not a scare quote. A quoted noun phrase alone on its line (`'A change
        warrior.'`) is a subheading, and `"Related:"` a label."""
        ps, pe = self.paragraphs[para]
        rest = self.text[ps : q.start] + self.text[q.end : pe]
        s, e = q.inner
        if not q.opened or any(c.isalnum() for c in rest) or self.text[s:e].rstrip()[-1:] == ":":
            return False
        span = self.doc.char_span(s, e, alignment_mode="contract")
        if span is None:
            return False
        tags = {t.pos_ for t in span}
        return bool(tags & {"VERB", "AUX"}) or not tags & {"NOUN", "PROPN"}

    def _signed(self, q: Quoted, para: int) -> bool:
        """`"Enough is enough" – Sharon Graham, Unite.`: a short quote
        signed with a dash and a name that close its line. (A dash after a
        scare quote opens the writer's aside, a longer clause.)"""
        pe = self.paragraphs[para][1]
        where = (self.doc, self.text, self.paragraphs[para], para)
        if dash_before(q, *where) is not None:  # `Mick Lynch - "Going nowhere."`
            return True
        return len(self.text[q.end : pe].split()) <= 8 and dash_after(q, *where) is not None

    def _is_title(self, q: Quoted) -> bool:
        """A quoted name of a show, book or slogan: `on CBS's “This Morning,”`
        is not what anyone said. Title Case, short, after a preposition."""
        s, e = q.inner
        words = [w for w in self.text[s:e].strip(" ,.").split() if w.isalpha()]
        if not 1 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
            return False
        before = self.text[max(0, q.start - 12) : q.start].split()
        return bool(before) and before[-1].lower().strip("’'s") in (
            "on", "in", "of", "at", "from", "cbs", "nbc", "abc", "hbo", "fox", "cnn", "msnbc"
        )

    def _quotes_for(self, verb: Token) -> list[int]:
        """Quotes the cue verb introduces: those it governs in its sentence,
        or the quote right after a colon that ends its sentence."""
        owned = [qi for qi, ti in self.owner.items() if ti == verb.i and qi not in self.used]
        spoken = [qi for qi in owned if not self._is_title(self.quotes[qi])]
        if spoken:
            return sorted(spoken)
        sent = verb.sent
        picked: list[int] = []
        if sent.text.rstrip().endswith(":"):
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
        for tok in self.doc:
            if tok.is_space or self.in_quote(tok.idx):
                continue
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                st = self._according(tok)
            elif tok.lower_ == "in" and tok.dep_ == "prep" and tok.head.i > tok.i:
                st = self._in_source(tok)
            elif tok.tag_ == "VBN" and (aside := self._as_by(tok)) is not None:
                st = aside
            elif tok.pos_ == "VERB" and cue_probability(tok) >= min_probability:
                st = self._verb(tok)
            else:
                st = None
            if st is not None and (
                st.via in QUOTED_VIAS or keep(st, self.doc) or _takes_a_stance(tok)
            ):
                if st.via not in QUOTED_VIAS and MODEL.trained:
                    st.confidence = MODEL.probability(st, self.doc)
                out.append(st)
        return out

    def _according(self, tok: Token) -> Statement | None:
        to = next(c for c in tok.children if c.lower_ == "to")
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        return self._source_aside(tok, source, to.idx + len(to.text))

    def _names_person(self, span: tuple[int, int]) -> bool:
        """Whether a speaker span is headed by a person's name (`according to
        Dr Ana Lima`, not `according to police`)."""
        sp = self.doc.char_span(*span, alignment_mode="expand")
        return sp is not None and any(t.ent_type_ == "PERSON" for t in sp)

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
        sent = tok.sent
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
        head = tok.head
        prev = next((t for t in reversed(self.doc[sent.start : tok.i]) if not t.is_punct), None)
        if prev is not None and prev.lower_ in ("and", "but", "yet") and len(after) >= 3:
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
        if span is None:
            return None
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

    def _in_source(self, tok: Token) -> Statement | None:
        """`In a new poll, Clinton leads by six points`: a poll, interview or
        statement named before the clause it reports is its source."""
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in _SOURCE_DOCUMENTS:
            return None
        clause = subtree_span(tok.head, exclude=tok, limit=tok.sent)
        if clause is None or clause[1] - clause[0] < 4:
            return None
        if any(is_cue_verb(t) for t in self.doc[clause[0] : clause[1]]):
            return None  # `In an interview, X said ...`: the cue verb reports it
        span = self._clause_chars(clause, [])
        if span is None:
            return None
        first, last = min(t.i for t in pobj.subtree), max(t.i for t in pobj.subtree)
        speaker = trim(self.doc, first, last + 1)
        return Statement([span], (tok.idx, tok.idx + len(tok.text)), speaker,
                         self.is_direct([span]), self.paragraph_of(span[0]), tok.i, via="according")

    def _complement(self, verb: Token) -> tuple[int, int] | None:
        """Token range of what a cue verb reports: its clause (`said (that)
        ...`, `refused to ...`), or for verbs of judging and announcing their
        right-hand complements (`slammed X for Y`, `pointed to X`). Verbs of
        saying take a clause or a quote only: `said on Monday` reports nothing."""
        sent = verb.sent
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None and verb.lemma_.lower() in ADDRESSEE_VERBS:
            clause = that_clause_on_addressee(verb)
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
            span = subtree_span(clause, limit=sent)
            more = [c for c in verb.children if c.i > clause.i and (
                (c.dep_ == "conj"
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                or (c.dep_ == "ccomp" and span is not None and c.i >= span[1] > verb.i
                    and clause.i > verb.i
                    and not any(is_cue_verb(t) and any(k.dep_ == "ccomp" for k in t.children)
                                for t in c.subtree if t.i != c.i))
            )]
            if span is not None and more:
                # `said that X ... and that Y ...`: both clauses are what was said;
                # so is a second clause the parser hung on the cue (`said X has
                # Y and his comment was Z`: two ccomps of one verb)
                end = subtree_span(more[-1], limit=sent)
                return (span[0], end[1]) if end is not None else span
            return span
        lemma = verb.lemma_.lower()
        if lemma in SAYING_VERBS and lemma not in OBJECT_SPEECH_VERBS | PREP_SPEECH_VERBS.keys():
            return None
        if lemma == "put" or lemma in PHRASAL_CUES:
            # "as X put it", "hit back at Y": a quote or a clause beside them
            # is what was said, never their object
            return None
        right = [
            c
            for c in verb.children
            if c.i > verb.i and c.dep_ in _COMPLEMENT_DEPS
        ]
        if right and right[0].dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSEE_VERBS:
            right = right[1:]  # "told reporters", "urged voters": the addressee
        if right and right[0].dep_ != "prep":
            # `endorsed Canova in late May`: when and where are the writer's;
            # `slammed X for Y`, `described X as Y` keep their second part
            cut = next((k for k, c in enumerate(right) if k and c.dep_ == "prep"
                        and c.lower_ in _SETTING_PREPS), None)
            right = right[:cut] if cut is not None else right
        if not right or (len(right) == 1 and right[0].pos_ == "PRON" and right[0].n_lefts == 0):
            return None
        idxs = [t.i for c in right for t in c.subtree if sent.start <= t.i < sent.end]
        named = len(idxs) == 1 and self.doc[idxs[0]].pos_ == "PROPN"
        if not idxs or (max(idxs) + 1 - min(idxs) < 2 and not named):
            return None  # one word reports nothing, unless it names someone
        return min(idxs), max(idxs) + 1

    def _relative_report(self, verb: Token) -> list[tuple[int, int]]:
        """`a declaration that Amnesty said could amount to a war crime`, `the
        bill, which Democrats say would raise taxes`: a cue inside a relative
        clause reports the noun the clause hangs on and the words after the
        cue, in two pieces."""
        if verb.dep_ != "relcl":
            return []
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is None:
            return []
        rel = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in ("that", "which", "who") and c.i < verb.i), None)
        if rel is None:
            return []
        noun = [t.i for t in verb.head.subtree if t.i < rel.i and t.i >= verb.sent.start]
        after = [t.i for t in clause.subtree if t.i > verb.i]
        if not noun or not after:
            return []
        pieces = [trim(self.doc, min(noun), max(noun) + 1),
                  trim(self.doc, min(after), max(after) + 1)]
        return [p for p in pieces if p is not None]

    def _verb(self, verb: Token) -> Statement | None:
        content: list[tuple[int, int]] = []
        via = ""
        quote_ids = self._quotes_for(verb)
        comp = self._complement(verb)
        relative = [] if quote_ids else self._relative_report(verb)
        if relative:
            content, via = relative, "clause"
        elif quote_ids:
            qs = [self.quotes[i] for i in quote_ids]
            if comp is not None:
                last = self.doc[comp[1] - 1]
                cs, ce = self.doc[comp[0]].idx, last.idx + len(last.text)
                # the quote opens inside the clause (its closing mark may fall
                # outside the parser's sentence)
                inside = all(cs - 2 <= q.start < ce for q in qs)
                if inside:
                    span = self._clause_chars(comp, qs)  # a partial quote in reported speech
                    if span:
                        content, via = [span], "partial"
            # "as X put it: "..."": the quote alone, never "it" around it
            puts_it = verb.lemma_.lower() == "put" or verb.lemma_.lower() in PHRASAL_CUES
            if not content and comp is None and not puts_it:
                content = self._inverted_around(verb, qs)
                if content:
                    via = "partial"
            if not content and not puts_it:
                content = self._rest_of_sentence(verb, qs)
                if content:
                    via = "partial"
            if content:
                content = [*content[:-1], self._cut_tail(content[-1], qs)]
            if not content:
                via = "quote"
                short = sum(self._words(q) for q in qs) < 4 and not any(map(self._exclaimed, qs))
                if short and cue_probability(verb) < 0.6:
                    return None  # a scare quote under a weak cue
                content = [(q.start, q.end) for q in qs if self._words(q) >= 1]
            self.used.update(quote_ids)
        elif comp is not None:
            span = self._clause_chars(comp, [])
            if span:
                content = [span]
                clause = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or (
                    verb.lemma_.lower() in ADDRESSEE_VERBS
                    and that_clause_on_addressee(verb) is not None
                )
                via = "clause" if clause else "complement"
        else:
            content, via = self._inverted(verb), "inverted"
        if not content:
            return None
        subj = speaker_token(verb)
        cue = (verb.idx, verb.idx + len(verb.text))
        particle = next((c for c in verb.children if c.dep_ == "prt"), None)
        if particle is not None and particle.i == verb.i + 1:
            cue = (verb.idx, particle.idx + len(particle.text))
        speaker = speaker_span(self.doc, subj, content, verb)
        # "no injuries were reported", "it was announced": a passive cue with no
        # agent names no speaker, and its subject is what was said, not who
        passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children
        )
        if speaker is None and not passive and (
            subj is None or any(s <= subj.idx < e for s, e in content)
        ):
            speaker = adjacent_speaker(self.doc, verb, content)
        return Statement(
            content,
            cue,
            speaker,
            self.is_direct(content),
            self.paragraph_of(content[0][0]),
            verb.i,
            via=via,
        )

    def _inverted_around(self, verb: Token, qs: list[Quoted]) -> list[tuple[int, int]]:
        """`Donations are vetted, but "we don't ask ...," he said.`: the quotes
        sit inside the clause an inverted cue reports, with words of the
        writer's own around them: the whole clause is the content."""
        clause = self._inverted(verb)
        if not clause:
            return []
        s, e = clause[0][0], clause[-1][1]
        if not all(s - 2 <= q.start and q.end <= e + 2 for q in qs):
            return []
        quoted = sum(self._words(q) for q in qs)
        if sum(len(self.text[a:b].split()) for a, b in clause) - quoted < 3:
            return []  # the clause is the quote: a direct statement
        pieces = []
        for a, b in clause:  # `X, he said, "..."`: each piece keeps its quotes whole
            inside = [q for q in qs if a - 2 <= q.start < b]
            span = self._clause_chars(self._token_range(a, b), inside)
            if span:
                pieces.append(span)
        return pieces

    def _token_range(self, start: int, end: int) -> tuple[int, int]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        assert span is not None
        return span.start, span.end

    def _rest_of_sentence(self, verb: Token, qs: list[Quoted]) -> list[tuple[int, int]]:
        """`said Biden had been there for "a thousand years" and passed "hundreds
        of bills."`: short quotes after the cue, in its sentence, are pieces of
        reported speech that runs from the cue to the end of the sentence."""
        sent = verb.sent
        end_char = sent.end_char
        if not all(verb.idx < q.start < end_char for q in qs):
            return []
        # A long quote is a piece of reported speech too when it opens inside
        # a clause the cue governs (`urged countries to keep testing in place
        # "so we do not go into this next wave blind," and ...`): after a word,
        # not after a comma or a colon.
        before_first = self.text[verb.idx + len(verb.text) : qs[0].start].rstrip()
        mid_clause = len(before_first.split()) >= 3 and before_first[-1:].isalnum()
        if not mid_clause and not all(self._words(q) <= 6 for q in qs):
            return []
        if self.text[verb.idx + len(verb.text) : qs[0].start].strip() == "":
            return []  # the quote follows the cue at once: it is the content itself
        start = verb.i + 1
        while start < sent.end and (self.doc[start].is_punct or self.doc[start].dep_ == "prt"):
            start += 1
        if start >= sent.end:
            return []
        span = self._clause_chars((start, sent.end), qs)
        return [span] if span else []

    def _cut_tail(self, span: tuple[int, int], qs: list[Quoted]) -> tuple[int, int]:
        """`called it "shameful" and called on leaders ...`: reported speech
        around a quote ends before what starts another clause after the
        quote (a conjoined verb, a dash, `, claiming ...`)."""
        s, e = span
        last = max(q.end for q in qs)
        tail = self.doc.char_span(last, e, alignment_mode="expand")
        if not s < last < e or tail is None:
            return span
        if self.text[s:last].rstrip("\"”’' ").endswith(","):
            # `has "expanded the party," claiming ...`: the comma closing the
            # quote, inside its marks, ends what was said before a writer's aside
            first = next((t for t in tail if t.idx >= last and not t.is_punct), None)
            if first is not None and (
                first.tag_ == "VBG" or first.lower_ in _RELATIVES or first.dep_ == "appos"
                or first.head.dep_ == "appos"
            ):
                return (s, last)
        first = next((t for t in tail if t.idx >= last and not t.is_punct), None)
        if first is not None and self.text[last : first.idx].strip() == "" and (
            first.lower_ in _SETTING_AFTER_QUOTE or first.ent_type_ in ("DATE", "TIME")
            or (first.lower_ == "in" and any(
                w.lemma_.lower() in _SOURCE_DOCUMENTS for w in self.doc[first.i + 1 : first.i + 4]
            ))
        ):
            # `blasted Clinton as a "disgrace" Wednesday on The Laura Ingraham Show`,
            # `called it "crazy" during a stop in Flint`: when and where are the writer's
            return (s, last)
        for t in tail:
            nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if nxt is None or t.idx < last:
                continue
            if (
                (t.lower_ in ("and", "but") and nxt.tag_ in ("VBD", "VBZ", "VBP", "VBG", "MD"))
                or t.text in ("—", "–", "--")
                or (t.text == "," and nxt.tag_ == "VBG")
            ):
                kept = self.text[s : t.idx].rstrip(" \n\t,;:—–-")
                return (s, max(last, s + len(kept)))
        return span

    def _cut_aside(self, start: int, end: int, quotes: list[Quoted]) -> int:
        """`said Y helped Clinton, who does not need ...`: what the writer
        adds after a comma at the end of a clause (a relative clause, an
        apposition) is not part of what was said. Returns the new end token.
        (-ing phrases and dash asides were tried: as often part of it.)"""
        doc = self.doc
        for i in range(start + 3, end - 1):
            c, n = doc[i], doc[i + 1]
            if c.text not in (",", "—", "–", "--") or self.in_quote(c.idx):
                continue
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

    def _clause_chars(
        self, tokens: tuple[int, int], quotes: list[Quoted]
    ) -> tuple[int, int] | None:
        start, end = tokens
        end = self._cut_aside(start, end, quotes)
        span = trim(self.doc, start, end)
        if span is None:
            return None
        s, e = span
        for q in quotes:  # never cut a quote in half
            s, e = min(s, q.start), max(e, q.end)
        return (s, e)

    def _inverted(self, verb: Token) -> list[tuple[int, int]]:
        """`The plan will fail, he said.`: the cue hangs off the clause it reports."""
        if verb.dep_ == "parataxis" and verb.head.i > verb.i:
            return self._parenthetical(verb)
        if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or verb.head.i > verb.i:
            return []
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        head = verb.head
        tokens = subtree_span(head, exclude=verb, limit=verb.sent)
        if tokens is None or tokens[1] - tokens[0] < 3:
            return []
        span = trim(self.doc, *tokens)
        return [span] if span else []

    def _parenthetical(self, verb: Token) -> list[tuple[int, int]]:
        """`The goal, he said, is to forge a cease-fire.`: a cue between commas
        inside the clause it reports; the content is that clause in two pieces."""
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        inner = list(verb.subtree)
        first, last = inner[0].i, inner[-1].i
        if not (self.doc[first].is_punct and self.doc[last].is_punct):
            return []  # not set off by commas or dashes
        tokens = [t.i for t in verb.head.subtree if t.i < first or t.i > last]
        sent = verb.sent
        before = [i for i in tokens if sent.start <= i < first]
        if not before and verb.dep_ == "parataxis":
            # a cue the parser hung on a word after it ("It's easy, she says,
            # for people to marvel ..."): it still cuts the whole sentence
            tokens = [t.i for t in sent if t.i < first or t.i > last]
            before = [i for i in tokens if i < first]
            if any(self.in_quote(self.doc[i].idx) for i in before):
                return []  # `"...," he says, pouring a glass`: a quote signed, not cut
        after = [i for i in tokens if last < i < sent.end]
        if len(before) < 1 or len(after) < 2:
            return []
        pieces = [trim(self.doc, min(before), max(before) + 1),
                  trim(self.doc, min(after), max(after) + 1)]
        return [p for p in pieces if p is not None]

    def from_quotes(self, found: list[Statement]) -> list[Statement]:
        """Quotes no cue claimed: colon or dash attributions, continuations, unknowns."""
        out: list[Statement] = []
        by_para: dict[int, list[Statement]] = {}
        for f in found:
            by_para.setdefault(f.paragraph, []).append(f)
        for i, q in enumerate(self.quotes):
            if i in self.used:
                continue
            para = self.paragraph_of(q.start)
            before = [s for s in by_para.get(para, []) if s.end <= q.start]
            if before and before[-1].direct and same_breath(self.text, before[-1], q):
                # `"...," he added. "..."`: one statement in two pieces
                before[-1].content.append((q.start, q.end))
                self.used.add(i)
                continue
            brief = self._words(q) < 4 and not self._exclaimed(q) and not self._alone(q, para)
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
                    st = subject_before(q, *where) or Statement(
                        content, None, None, True, para, via="orphan"
                    )
            self.used.add(i)
            out.append(st)
            by_para.setdefault(para, []).append(st)
            by_para[para].sort(key=lambda s: s.start)
        return out



def _takes_a_stance(verb: Token) -> bool:
    """`raised concerns about`, `expressed hope that`: words said, whatever the
    classifier (trained on PolNeAR, where these are rare) makes of them."""
    return verb.lemma_.lower() in STANCE_VERBS and stance_object(verb) is not None


def find_statements(
    doc: Doc,
    quotes: list[Quoted],
    *,
    min_probability: float | None = None,
    keep: Callable[[Statement, Doc], bool] | None = None,
    rivals: bool = True,
) -> list[Statement]:
    """Every statement in a parsed article. By default the statement
    classifier (classifier.py) judges the candidates that carry no quote,
    and of two statements that say nearly the same words the less likely one
    is dropped (`rivals=False` keeps both, for training the classifier)."""
    finder = StatementFinder(doc, quotes, paragraph_spans(doc_text(doc)))
    found = finder.from_cues(
        min_probability=MODEL.min_probability if min_probability is None else min_probability,
        keep=MODEL.accept if keep is None else keep,
    )
    found += finder.from_quotes(found)
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
    for st in found:
        if st.continues is not None and id(st.continues) in replaced:
            st.continues = replaced[id(st.continues)]  # the turn goes on
    found += interview_turns(finder.text, finder.paragraphs, found)
    found += noun_cues(doc, finder.text, found, finder.is_direct, finder.paragraph_of)
    found += bullet_lists(doc, finder.text, finder.paragraphs, found)
    found += nested_quotes(doc, finder.text, quotes, found, finder.paragraph_of)
    posts = [st for st in embedded_posts(finder.text, finder.paragraphs)
             if not any(f.direct and f.start < st.end and st.start < f.end for f in found)]
    # a post's words are the post's: a cue inside them ("Notice the warping ...")
    # reports nothing of its own
    found = [f for f in found if not any(p.start <= f.start and f.end <= p.end for p in posts)]
    found += posts
    found += block_quotes(doc, finder.text, finder.paragraphs, found)
    for st in found:
        cut_speaker_out(st)
    found = dedupe(sorted(found, key=lambda s: (s.start, -s.end)))
    return drop_rivals(doc, found) if rivals else found
