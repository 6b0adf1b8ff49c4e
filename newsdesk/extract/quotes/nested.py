"""Quotes inside quotes: what someone reports another person said, word for word.

`"They came in and they said, 'We have a report of someone here.'"` holds two
statements: the whole quote, by the person quoted, and the words in single
marks, by whoever "they" are. A quote inside a quote is a statement of its
own only when the outer speaker reports it with a verb of saying right beside
it (`they said, '...'` or `'...,' she asked`); a nested quote with no such
verb is a title, a name or a scare quote inside someone's words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .marks import Quoted
from .speaker_spans import speaker_token
from .statement import Statement, subtree_span, trim, verb_right_after

#: Verbs that report words in a quote inside a quote. Narrower than the cue
#: lexicon: inside someone's words, "think" or "hope" beside a quote is
#: rarely a report of what was said.
NESTED_VERBS = frozenset(
    """say tell ask reply answer respond shout yell scream cry whisper exclaim write
    text tweet add explain insist warn joke snap mutter announce""".split()
)
#: Verbs whose clause inside a quote reports what someone said ("I told them
#: we were playing like tourists", "He said he would play"). Narrower again:
#: "ask" there mostly carries the speaker's own question ("We asked them what
#: do we say to ..."), "explain" or "add" seldom report anyone.
NESTED_REPORT_VERBS = frozenset(
    "say tell warn promise insist assure tweet write claim announce".split()
)
#: Who may report inside a quote: the one quoted ("I", "we") or someone the
#: quote has named; "people say", "those who tell us" are nobody in particular.
_NESTED_REPORTERS = frozenset("i we he she they".split())
#: Nouns a quote makes speak in a figure of speech ("The world keeps telling
#: us the money is coming", "history tells us", "the order book tells you"):
#: no one who said anything.
_FIGURES_OF_SPEECH = frozenset(
    """world universe history society nature life book data number chart market
    evidence record experience result price""".split())
#: Possessives that make a noun someone in particular: "your department", "our customers".
_OWNERS = frozenset("my your his her our their its".split())
#: People of a kind a speaker meets and reports, as a bare plural ("Customers told us ...").
_GROUPS_MET = frozenset(
    """customer parent resident neighbour neighbor patient farmer worker teacher student
    client voter tenant passenger driver trader villager member family colleague nurse
    doctor official""".split())
#: How many characters may separate the verb from the nested quote (", ", ": ").
_GAP = 4


def nested_quotes(
    doc: Doc,
    text: str,
    quotes: list[Quoted],
    found: list[Statement],
    paragraph_of: Callable[[int], int],
) -> list[Statement]:
    """A statement for each quote inside a quote that a verb of saying next to
    it attributes, its speaker the verb's subject."""
    outer = [q for q in quotes if q.depth == 0]
    out: list[Statement] = []
    for q in quotes:
        if q.depth != 1 or not q.opened or not q.closed:
            continue
        s, e = q.inner
        if not text[s:e].strip() or not any(o.start < q.start and q.end <= o.end for o in outer):
            continue
        verb = _verb_before(doc, text, q) or _verb_after(doc, text, q)
        if verb is None:
            continue
        words = text[s:e].strip(" ,.")
        if verb.tag_ == "VBP" and len(words.split()) <= 2 and words[-1:] not in ("!", "?"):
            continue  # "When we say 'Carver,' we mean ...": a word meant, no one's speech
        subject = speaker_token(verb)  # "He'd call me and say, '...'": the conjunct's subject
        if subject is None or not q.start - 200 < subject.idx < q.end + 100:
            continue
        tokens = subtree_span(subject, limit=verb.sent)
        speaker = trim(doc, *tokens) if tokens is not None else None
        if speaker is None:
            continue
        st = Statement(
            [(q.start, q.end)],
            (verb.idx, verb.idx + len(verb.text)),
            speaker,
            True,
            paragraph_of(q.start),
            cue_token=verb.i,
            via="nested",
        )
        if not any(tuple(f.content) == tuple(st.content) for f in found):
            out.append(st)
    return out


def reports_inside(tok: Token) -> bool:
    """A verb of saying inside a quote that reports someone's words: said by
    the one quoted or someone named or described ("I told them", "Okonjo
    said", "the minister keeps saying"), not denied
    ("nobody told us") and not wished for ("I want to tell you")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in NESTED_REPORT_VERBS:
        return False
    said = tok
    if tok.tag_ == "VBG" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "keep":
        said = tok.head  # "the minister keeps saying the door is open"
    elif tok.tag_ == "VB" and tok.dep_ == "xcomp" and tok.head.lower_ == "used" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        said = tok.head  # "She used to say that the strings are not kind": what she said
    perfect = said.tag_ == "VBN" and any(  # "our customers have told us they want ..."
        c.dep_ == "aux" and c.lemma_ == "have" for c in said.children)
    if (said.tag_ not in ("VBD", "VBZ", "VBP") and not perfect) or any(
            c.dep_ == "neg" for c in said.children):
        return False
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if (subject is not None and subject.tag_ == "WP" and said.dep_ == "relcl"
            and said.head.pos_ == "NOUN" and said.head.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in said.head.children)):
        return True  # "I have a barber on Riverside who tells me he'll lose ...": the barber
    if subject is None and said.dep_ == "conj" and said.head.pos_ == "VERB":
        # "The First Minister stood in Port Glasgow and told workers ...": the
        # subject of the verb it is joined to
        subject = next((c for c in said.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("i", "we") and said.tag_ == "VBP" and (
            any(c.lower_ == "you" and c.dep_ in ("dative", "dobj") for c in said.children)
            or not any(c.dep_ == "ccomp" and c.i > said.i for c in said.children)
            or said.dep_ == "ROOT"):
        # "I'll be back, I promise you", "It is with a heavy heart that we tell
        # you ...", "I promise I will make it up to you": the quote's own
        # words, said to its hearer, not a report ("when I tell them they're
        # getting ..." is one)
        return False
    return subject is not None and (
        subject.lower_ in _NESTED_REPORTERS or subject.pos_ == "PROPN"
        # "the minister told us", "your department told this committee":
        # someone the article can name
        or (subject.pos_ == "NOUN" and subject.lemma_.lower() not in _FIGURES_OF_SPEECH and any(
            (c.dep_ == "det" and c.lower_ == "the")
            or (c.dep_ == "poss" and c.lower_ in _OWNERS) for c in subject.children))
        # "Parents told me the same operator was warned twice": people of a
        # kind the speaker met, a bare plural (not "people tell me")
        or (subject.tag_ == "NNS" and (subject.lemma_.lower() in _GROUPS_MET
                                       or subject.lower_[:-1] in _GROUPS_MET)
            and not any(c.dep_ == "det" for c in subject.children))
    )


def _is_saying(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in NESTED_VERBS


def _verb_before(doc: Doc, text: str, q: Quoted) -> Token | None:
    """`they said, '...'`: the verb ends just before the opening mark."""
    span = doc.char_span(max(0, q.start - 40), q.start, alignment_mode="contract")
    if span is None or not len(span):
        return None
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words:
        return None
    last = words[-1]
    if q.start - (last.idx + len(last.text)) > _GAP:
        return None
    if text[last.idx + len(last.text) : q.start].strip(" ,:") != "":
        return None
    if _is_saying(last):
        return last
    if last.dep_ in ("dobj", "dative", "iobj") and _is_saying(last.head) and last.head.i < last.i:
        return last.head  # "the clerk asked me, '...'"
    prep = last.head
    if (last.dep_ == "pobj" and prep.lower_ == "to" and _is_saying(prep.head)
            and prep.head.i < prep.i):
        return prep.head  # "He said to me, '...'"
    return None


def _verb_after(doc: Doc, text: str, q: Quoted) -> Token | None:
    """`'...,' she asked` or `'...,' asked the clerk`: the verb within the two
    words after the closing mark."""
    if len(text) - len(text[q.end :].lstrip()) - q.end > _GAP:
        return None  # the words after it are not right after it
    return verb_right_after(doc, q.end, len(text), _is_saying)
