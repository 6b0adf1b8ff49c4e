"""What to keep of statements that report the same words.

`declined to say who he plans to vote for` gives two candidates with nearly
the same content, one per cue; a content span found twice is one statement;
a parse that folds the speaker into the content is cut back.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...nlp import doc_text
from .cues import SAYING_VERBS, assures_someone_that, cue_probability
from .speech import is_statement
from .statement import DATELINE, Statement

#: Statements whose content is (or holds) a quote the cue governs.
QUOTED_VIAS = frozenset({"quote", "partial"})

#: Two statements whose content words overlap by at least this share of their
#: union report the same thing (the evaluation's matching rule is 0.5).
RIVAL_OVERLAP = 0.5
#: Between two reported-speech statements (no quote marks) a smaller overlap
#: already makes rivals: nested clauses under two cues ("wants to", "plans to").
REPORTED_RIVAL_OVERLAP = 0.3


def drop_rivals(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """`declined to say who he plans to vote for` yields two candidates, one
    per cue, with nearly the same content: a reader counts one statement.
    Of two such rivals the one the finder is less sure of goes."""
    words: list[frozenset[int]] = []
    for st in statements:
        ids: set[int] = set()
        for s, e in st.content:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                ids.update(t.i for t in span if not (t.is_punct or t.is_space))
        words.append(frozenset(ids))
    dropped: set[int] = set()
    for i, a in enumerate(statements):
        for j in range(i + 1, len(statements)):
            b = statements[j]
            if b.start >= a.end:
                break  # sorted by start: no later statement overlaps a
            if i in dropped or j in dropped:
                continue
            # "he said he had supported Okafor "for years"": a weak cue
            # inside the words reported is one of those words
            word = j if _a_word_of_it(doc, b, a) else i if _a_word_of_it(doc, a, b) else None
            if word is not None:
                dropped.add(word)
                continue
            union = len(words[i] | words[j])
            quoted = a.via in QUOTED_VIAS or b.via in QUOTED_VIAS or a.direct or b.direct
            limit = RIVAL_OVERLAP if quoted else REPORTED_RIVAL_OVERLAP
            if not union or len(words[i] & words[j]) / union < limit:
                continue
            if _while_saying(doc, a, b) or _while_saying(doc, b, a):
                # "'...,' Celeste warned as she signed off": the quote and its
                # saying read as the words of the verb hung on that saying
                dropped.add(i if _while_saying(doc, a, b) else j)
                continue
            a_in_b, b_in_a = _cue_inside(a, b), _cue_inside(b, a)
            sourced = _sourced_over_a_verb(doc, a, b)
            if sourced is not None:
                # "The killings pushed the toll to 94, according to police
                # statistics": the clause's own verb is what was reported
                dropped.add(j if sourced is a else i)
                continue
            if _nested_report(doc, a, b) or _nested_report(doc, b, a):
                continue  # "X said that Y told them ...": two speakers, two statements
            if a_in_b != b_in_a:
                # "X said she wants to ...": the report of the saying is the
                # statement, the cue inside its content only a word of it;
                # unless the outer one reports no speech ("hit out at the
                # decision, saying ..."), where the saying is the statement
                inner, outer = (i, j) if a_in_b else (j, i)
                if is_statement(statements[outer], doc) or not is_statement(
                    statements[inner], doc
                ):
                    dropped.add(inner)
            elif a.confidence != b.confidence:
                dropped.add(j if a.confidence > b.confidence else i)
    return [st for k, st in enumerate(statements) if k not in dropped]


def _sourced_over_a_verb(doc: Doc, a: Statement, b: Statement) -> Statement | None:
    """Of an `according to` aside and a rival hung on a verb of no saying
    inside the clause the aside reports, the aside; None otherwise."""
    for aside, verb in ((a, b), (b, a)):
        if (aside.via == "according" and verb.via != "according" and verb.cue_token is not None
                and doc[verb.cue_token].lemma_.lower() not in SAYING_VERBS
                and cue_probability(doc[verb.cue_token]) < WEAK_CUE
                and _cue_inside(verb, aside)):
            return aside
    return None


#: Words that open a clause the writer sets against what was reported.
_CONTRASTS = frozenset("though although while whereas".split())


def cut_at_contrast(doc: Doc, statements: list[Statement]) -> None:
    """`said the drug may help, though he stressed that his team had not
    measured it`: a second statement of the same speaker (a pronoun) opened
    by a contrast inside the first's reported clause ends the first there."""
    for inner in statements:
        if inner.speaker is None or inner.cue_token is None:
            continue
        speaker = doc.char_span(*inner.speaker, alignment_mode="expand")
        if speaker is None or not len(speaker) or speaker.root.pos_ != "PRON" or not speaker.start:
            continue
        lead = doc[speaker.start - 1]
        if lead.lower_ not in _CONTRASTS:
            continue
        for outer in statements:
            if outer is inner or outer.direct or len(outer.content) != 1:
                continue
            s, e = outer.content[0]
            if s < lead.idx and inner.speaker[0] < e and _cue_inside(inner, outer):
                kept = doc_text(doc)[s : lead.idx].rstrip(" ,;—–-")
                outer.content = [(s, s + len(kept))]


def _while_saying(doc: Doc, clause: Statement, saying: Statement) -> bool:
    """`clause`'s cue is a verb in an adverbial clause of `saying`'s cue ("as
    she signed off") and takes `saying`'s own cue into its content."""
    if clause.cue_token is None or saying.cue_token is None or not _cue_inside(saying, clause):
        return False
    verb = doc[clause.cue_token]
    return (verb.dep_ == "advcl" and verb.head.i == saying.cue_token
            and verb.head.lemma_.lower() in SAYING_VERBS)


def _nested_report(doc: Doc, inner: Statement, outer: Statement) -> bool:
    """The inner statement reports someone else speaking inside the outer's
    content: a verb of saying with its own speaker there."""
    if inner.cue_token is None or inner.speaker is None or not _cue_inside(inner, outer):
        return False
    if doc[inner.cue_token].lemma_.lower() not in SAYING_VERBS and not assures_someone_that(
            doc[inner.cue_token]):
        return False  # (but "said X had assured him that ...": X's words in them)
    return any(s <= inner.speaker[0] < e for s, e in outer.content)


#: A cue below this probability, not a verb of saying, that claims a quote
#: inside another statement's words is only one of those words.
WEAK_CUE = 0.5


def _a_word_of_it(doc: Doc, inner: Statement, outer: Statement) -> bool:
    """A weak cue that claims a quote inside another statement's words (a
    belief there, "why people felt ...", stays an attribution of its own)."""
    if inner.via not in QUOTED_VIAS or outer.cue_token is None:
        return False
    if inner.cue_token is None or not _cue_inside(inner, outer):
        return False
    if not all(any(s <= a and b <= e for s, e in outer.content) for a, b in inner.content):
        return False
    cue = doc[inner.cue_token]
    return cue.lemma_.lower() not in SAYING_VERBS and cue_probability(cue) < WEAK_CUE


def _cue_inside(inner: Statement, outer: Statement) -> bool:
    return inner.cue is not None and any(s <= inner.cue[0] < e for s, e in outer.content)


def cut_speaker_out(st: Statement) -> None:
    """`“Yes, I support him,” Jane Roe, founder of X, said`: when a parse folds
    the speaker into the content, the content ends where the speaker begins."""
    if st.speaker is None or len(st.content) != 1:
        return
    (s, e), (ps, pe) = st.content[0], st.speaker
    if s < ps < e and pe >= e - 2:
        st.content = [(s, ps)] if ps - s > 2 else st.content


#: How far into its paragraph a dateline may end ("AMSTERDAM/FRANKFURT, March 27 (Reuters) - ").
_DATELINE_REACH = 60


def cut_dateline(st: Statement, text: str) -> None:
    """`SINGAPORE - The tax will rise ..., the minister said`, `KYIV, Ukraine
    (AP) — ...`: what was said starts after the dateline (capitalised words,
    then a dash) that opens its paragraph."""
    s, e = st.content[0]
    if s and text[s - 1] != "\n":
        return
    start = s
    for m in DATELINE.finditer(text, s, min(e, s + _DATELINE_REACH)):
        # (a wire's date among its capitals: "March 27")
        capitalised = all(w[:1].isupper() or w.rstrip(",").isdigit()
                          for w in text[start : m.start()].split())
        if not capitalised or m.group().rstrip()[-1:] not in "-–—":
            break
        start = m.end()
    if start > s and e - start > 10:
        st.content[0] = (start, e)


def dedupe(statements: list[Statement]) -> list[Statement]:
    """One statement per content span: the one with a cue and a speaker wins."""
    best: dict[tuple[tuple[int, int], ...], Statement] = {}
    for st in statements:
        key = tuple(st.content)
        cur = best.get(key)
        rank = (st.cue is not None) + (st.speaker is not None)
        if cur is None or rank > (cur.cue is not None) + (cur.speaker is not None):
            best[key] = st
    kept = list(best.values())
    # "She told me, 'You'll pay me'": the quote and the clause inside its
    # marks, under one cue, are one statement (the quoted one)
    kept = [st for st in kept if st.cue is None or not any(
        o is not st and o.cue == st.cue and o.direct and not st.direct
        # (the clause may take in the outer quote's closing marks)
        and all(any(a <= s and e <= b + 2 for a, b in o.content) for s, e in st.content)
        for o in kept)]
    return sorted(kept, key=lambda s: (s.start, -s.end))
