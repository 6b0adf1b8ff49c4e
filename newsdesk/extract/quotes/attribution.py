"""Attributions that need no cue verb from the lexicon: what stands right
around a quote (a colon before it, a dash or a short "X shot back." after it,
the rest of a quote split by its attribution), nouns of saying and bullet
lists under a speaker. Lines a speaker's label opens are labels.py's."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ...nlp import READING_TEXTS, doc_ents, doc_text
from ..doc import sentence, tokens_of
from .cues import SAYING_VERBS, is_cue_verb, verb_probability
from .labels import KICKERS, described_label
from .marks import Quoted
from .statement import Statement


def same_breath(text: str, prev: Statement, q: Quoted) -> bool:
    """Only the attribution stands between a statement's quote and this one."""
    if prev.cue is None or not (prev.end <= prev.cue[0] < q.start):
        return False
    between = text[prev.end : q.start]
    return len(between.split()) <= 10 and not any(c in between for c in "“”\"")


#: "with X commenting:" closing a clause before a quote: X says the quote.
WITH_SOMEONE_SAYING = re.compile(
    r"\bwith (?:(?:his|her|their|its) )?((?:[\w'’.-]+ ){0,6}?[A-Z][\w'’.-]+) "
    r"(commenting|writing|adding|saying|replying|tweeting|posting|noting|responding|quipping"
    r"|joking)\s*:$"
)


def colon_before(
    q: Quoted, doc: Doc, text: str, paragraph: tuple[int, int], para: int
) -> Statement | None:
    """`And from Chairwoman Rosenworcel: "..."`: a colon with no verb."""
    ps = paragraph[0]
    before = text[ps : q.start].rstrip()
    if not before.endswith(":") or len(before) < 3 or before[:-1].strip().lower() in KICKERS:
        return None
    colon = ps + len(before) - 1
    aside = WITH_SOMEONE_SAYING.search(text, ps, colon + 1)
    if aside is not None:
        # "..., with her co-star Rafael Quintero-Sandoval commenting: "...""
        # the name closing the phrase, not a title before it ("her Glass Orchard co-star")
        named = re.search(r"(?:[A-Z][\w'’.-]+ )*[A-Z][\w'’.-]+$", aside.group(1))
        start = aside.start(1) + (named.start() if named is not None else 0)
        who = (start, aside.end(1))
        cue = (aside.start(2), aside.end(2))
        return Statement([(q.start, q.end)], cue, who, True, para, via="colon")
    described = described_label(doc, ps, text[ps:colon])
    if described is not None:
        # `Harlow manager Owen Hughes, speaking to BBC Sport: "..."`: the name, not the outlet
        return Statement([(q.start, q.end)], (colon, colon + 1), described, True, para,
                         via="colon")
    span = doc.char_span(ps, colon, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    last = span[-1]
    verb = last
    # `shot back:`, `told reporters:`, `summed it up for the Daily Telegraph:`: up to the verb
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.dep_ not in (
            "prt", "advmod", "dobj", "dative", "pobj", "prep"
        ):
            break
        if not span.start <= verb.head.i < span.end:
            break  # a head past the colon (a parse run on into the quote) is not this cue
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    said = (verb, subj) if verb.pos_ == "VERB" and subj is not None and subj.i < verb.i else (
        _sentence_of_someone(last, span)
    )
    if said is not None:
        # `Mr. Smith shot back: "..."`: whatever the verb, its subject speaks
        sub = list(said[1].subtree)
        who = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
        cue = (said[0].idx, last.idx + len(last.text))
        return Statement([(q.start, q.end)], cue, who, True, para, said[0].i, via="colon")
    chunk = next((c for c in reversed(list(span.noun_chunks)) if c.end == span.end), None)
    ents = [e for e in span.ents if e.label_ in ("PERSON", "ORG") and e.end == span.end]
    target = ents[-1] if ents else chunk
    speaker = (target.start_char, target.end_char) if target is not None else None
    return Statement([(q.start, q.end)], (colon, colon + 1), speaker, True, para, via="colon")


#: Subjects that are someone: "She was blunt:", "Ryan raised the theme:".
_SOMEONE = frozenset("i we he she they".split())
#: How many words may lie between that subject and the colon.
_SOMEONE_REACH = 30


def _sentence_of_someone(last: Token, before: Span) -> tuple[Token, Token] | None:
    """`She was blunt: "..."`, `Ryan raised this theme when he spoke last
    week: "..."`: the clause the colon ends is about a person (its subject
    a name or a personal pronoun, before its verb), who says what follows.
    Its verb is the highest word before the colon (a parse often runs the
    sentence on into the quote)."""
    top = last
    while top.head.i != top.i and before.start <= top.head.i < before.end:
        top = top.head
    if top.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > top.i or last.i - subj.i > _SOMEONE_REACH:
        return None  # a long sentence's colon introduces more than its subject's words
    # a person's name, not any name: "My Struggle became a bestseller ...:" is a book
    # (or a role with the name set off: "The shadow secretary, Kemi Ross, was less impressed:")
    if subj.lower_ in _SOMEONE or (subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON") or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children):
        return top, subj
    return None


#: Dashes writers put before or after a speaker's name: hyphen, en and em
#: dash, and the horizontal bar (U+2015) some sites use for attributions.
DASHES = frozenset("-‒–—―")


def dash_before(
    q: Quoted, doc: Doc, text: str, paragraph: tuple[int, int], para: int
) -> Statement | None:
    """`Mick Lynch - "We are going nowhere."`: a line that opens with a name
    alone and a dash, then the quote."""
    ps = paragraph[0]
    before = text[ps : q.start].rstrip()
    if before[-1:] not in DASHES or before[-2:-1] != " ":
        return None
    dash = ps + len(before) - 1
    span = doc.char_span(ps, dash, alignment_mode="contract")
    if span is None:
        return None
    words = [t for t in span if not t.is_space]
    if not 2 <= len(words) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return None
    who = (words[0].idx, words[-1].idx + len(words[-1].text))
    return Statement([(q.start, q.end)], (dash, dash + 1), who, True, para, via="dash")


def trailing_verb(
    q: Quoted, doc: Doc, text: str, paragraph: tuple[int, int], para: int
) -> Statement | None:
    """`"...," Trump shot back.`: whatever the verb, a short clause of a
    subject and a verb closing the sentence right after a quote attributes it."""
    pe = paragraph[1]
    span = doc.char_span(q.end, pe, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span[:16] if not t.is_space]
    # the clause ends at its full stop: no verb of the next sentence counts
    stop = next((k for k, t in enumerate(words) if t.text in (".", "!", "?")), None)
    words = words if stop is None else words[: stop + 1]
    verb = next((t for t in words if t.pos_ == "VERB"), None)
    if verb is None:
        return _cue_read_as_noun(q, words, para)
    if verb.lemma_.lower() in ("be", "have", "do"):
        return None  # `"... our little secret?" I most certainly have.`: a reply, not a cue
    after = [t for t in words if t.i > verb.i]
    end = next((i for i, t in enumerate(after) if t.text in (".", "!", "?", ";")), None)
    # a place or time after the verb ("said in a statement", "said on Monday")
    # is still a short clause
    longest = 4 if after and after[0].dep_ == "prep" and after[0].head == verb else 2
    if end is None or end > longest or any(t.text in "\"“”" for t in after[:end]):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.lemma_.lower() == "read":
        # '"..." read one comment': the parser takes the text for the object
        subj = next((c for c in verb.children
                     if c.dep_ == "dobj" and c.lemma_.lower() in READING_TEXTS), None)
    if subj is None or not (q.end <= subj.idx < pe):
        return None
    if subj.pos_ not in ("PROPN", "PRON", "NOUN") or subj.lower_ in ("it", "this", "that"):
        return None
    # "Shai Ben - Hamo said", parsed as three subjects: one name
    sub = sorted((t for c in verb.children if c.dep_ == subj.dep_ and c.i < verb.i
                  for t in c.subtree), key=lambda t: t.i) or list(subj.subtree)
    speaker = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
    particle = end == 1 and after[0].dep_ == "prt"
    cue_end = after[0].idx + len(after[0].text) if particle else verb.idx + len(verb.text)
    return Statement([(q.start, q.end)], (verb.idx, cue_end), speaker, True, para,
                     verb.i, via="trailing")


def _cue_read_as_noun(q: Quoted, words: list[Token], para: int) -> Statement | None:
    """`"...," the 58-year-old stressed.`: the tagger reads "stressed" as a
    noun after "the 58-year-old". A past-tense cue closing the sentence
    after a short description attributes the quote to the description."""
    for k, t in enumerate(words[1:], start=1):
        if not (t.lower_.endswith("ed") and t.pos_ in ("NOUN", "ADJ")):
            continue
        if k + 1 < len(words) and words[k + 1].text not in (".", "!", "?"):
            return None
        if max(verb_probability(t.lower_[:-2]), verb_probability(t.lower_[:-1])) < 0.5:
            return None
        who = [w for w in words[:k] if not (w.is_punct or w.is_quote)]
        if not who or who[0].lower_ not in ("the", "a", "an") or len(who) > 5:
            return None
        speaker = (who[0].idx, who[-1].idx + len(who[-1].text))
        return Statement([(q.start, q.end)], (t.idx, t.idx + len(t.text)), speaker, True, para,
                         t.i, via="trailing")
    return None


def dash_after(
    q: Quoted, doc: Doc, text: str, paragraph: tuple[int, int], para: int
) -> Statement | None:
    """`"..." -Commissioner Geoffrey Starks`: a dash and a name after the quote."""
    pe = paragraph[1]
    after = text[q.end : pe]
    stripped = after.lstrip()
    if stripped[:1] not in DASHES:
        return None
    dash = q.end + (len(after) - len(stripped))
    span = doc.char_span(dash + 1, pe, alignment_mode="contract")
    if span is None:
        return None
    ents = [e for e in span.ents if e.label_ in ("PERSON", "ORG")]
    end = ents[0].end_char if ents else _leading_name(span)
    if end is None and _surname_written_whole(span):
        end = span.end_char  # "'We showed real character' - Hughes-Baptiste": a heading
    if end is None:
        return None
    return Statement(
        [(q.start, q.end)], (dash, dash + 1), (span.start_char, end), True, para, via="dash",
    )


def _surname_written_whole(span: Span) -> bool:
    """A surname alone after a heading's dash ("Hughes-Baptiste", "Ruiz de la
    Vega") that ends a person's name the page writes in full, above or below."""
    name = span.text.strip().rstrip(".")
    if not name[:1].isupper() or len(name.split()) > 4 or any(c.isdigit() for c in name):
        return False
    if any(e.label_ == "PERSON" and e.text.endswith(" " + name) and len(e.text) > len(name)
           for e in doc_ents(span.doc)):
        return True
    # a name the tagger missed ("Alejandro Ruiz de la Vega has been speaking"):
    # a capitalised word before the surname, no article or preposition
    return any(m.group(1) not in _NOT_GIVEN for m in re.finditer(
        r"\b([A-Z][\w'’-]+) " + re.escape(name) + r"\b", doc_text(span.doc)))


#: Capitalised words before a surname that are no given name.
_NOT_GIVEN = frozenset("The A An In On At For By To Of From With And But As Mr Mrs Ms Dr".split())


def signed_below(
    q: Quoted, doc: Doc, text: str, paragraph: tuple[int, int], para: int
) -> Statement | None:
    """A quote alone on its line, signed by the next line: a short line that
    names a person and says nothing else of its own ("Late-night host Jimmy
    Fallon on taking over The Tonight Show"), as quote-of-the-day boxes and
    pull quotes print it. The next line's person is the speaker."""
    ps, pe = paragraph
    if text[ps : q.start].strip() or text[q.end : pe].strip() or not q.opened or not q.closed:
        return None
    ns = pe + 1
    ne = text.find("\n", ns)
    ne = len(text) if ne < 0 else ne
    line = doc.char_span(ns, ne, alignment_mode="contract")
    if line is None or not 2 <= len(line) <= _SIGNATURE_WORDS:
        return None
    people = [e for e in line.ents if e.label_ == "PERSON" and len(e) > 1]
    if not people or people[0].start - line.start > _SIGNATURE_WORDS // 2:
        return None
    name = people[0]
    before_name = doc[line.start : name.start]
    if any(t.pos_ in ("VERB", "AUX") or t.text in (".", ":") for t in before_name):
        # a sentence of its own, not a signature (or a caption and its
        # credit: "Buses on Beach Road. Credit: Fiona Draskovic")
        return None
    after = doc[name.end : line.end]
    if len(after) and after[0].lower_ not in ("on", ",", "(", "-", "—", "–"):
        return None
    if any(t.tag_ in _FINITE and (t.dep_ == "ROOT" or (t.dep_ in ("aux", "auxpass")
                                                       and t.head.dep_ == "ROOT"))
           for t in after):
        # "X, who was named man of the match, paid tribute ...", "The mayor,
        # X, has been among the critics": a sentence
        return None
    return Statement([(q.start, q.end)], None, (name.start_char, name.end_char), True, para,
                     via="signed")


#: Tags of a finite verb, which a sentence has and a signature does not.
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
#: The most words a line signing a quote above it has.
_SIGNATURE_WORDS = 25


def _leading_name(span: Span) -> int | None:
    """End of the name a dash attribution starts with (`Mick Lynch, RMT
    general secretary.`) when the tagger saw no entity there: two or more
    capitalised proper nouns, closing the line or followed by a comma."""
    words = [t for t in span if not t.is_space]
    k = 0
    while k < len(words) and words[k].pos_ == "PROPN" and words[k].text[:1].isupper():
        k += 1
    if k < 2 or (k < len(words) and words[k].text not in (",", ".")):
        return None
    return words[k - 1].idx + len(words[k - 1].text)


#: What a verb's saying says: its clause, its object, whom it was said to.
_SAID_DEPS = frozenset(("ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "advcl", "parataxis"))


def _surname_of_someone_named(name: Span) -> bool:
    """One word ending a person's name written before it ("Halloran", after
    "Declan Halloran"), whatever the tagger now calls it."""
    return len(name) == 1 and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == name.text and e.end <= name.start
        for e in doc_ents(name.doc))


#: Entity labels that say a name is not a person's.
_NOT_PEOPLE = frozenset(("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"))


def subject_before(
    q: Quoted, doc: Doc, text: str, paragraph: tuple[int, int], para: int
) -> Statement | None:
    """`Nicola Sturgeon was in defiant mood. "Scotland will not be ignored."`:
    a quote after a paragraph's opening sentence about a named person, with
    no verb of saying anywhere before it, is that person speaking."""
    ps = paragraph[0]
    span = doc.char_span(ps, q.start, alignment_mode="contract")
    if span is None or len(span) < 3 or any(c in text[ps : q.start] for c in "\"“”‘"):
        return None
    # "Asked about him, she smiled": a question put to the subject says
    # nothing; nor does a verb that may cue speech used with nothing said
    # ("Halloran shrugged.", "He looks up and grins.")
    # ("Asked about his job, he shrugged": the question hangs on the shrug)
    if any(is_cue_verb(t) and not (t.tag_ == "VBN" and t.dep_ == "advcl")
           and any(c.dep_ in _SAID_DEPS and not (c.dep_ == "advcl" and c.tag_ == "VBN")
                   for c in t.children) for t in span):
        return None
    if text[ps : q.start].rstrip()[-1:] not in (".", ":", ";"):
        return None  # the quote sits inside the opening sentence
    words = [t for t in span if not t.is_space]
    subj = next((t for t in words if t.dep_ in ("nsubj", "nsubjpass")), None)
    lead = words[0]
    if subj is None and lead.ent_type_ == "PERSON" and lead.ent_iob_ == "B":
        # "Oyelaran herself shrugs at this.", parsed with no verb: the name it opens with
        end = lead.i
        while end + 1 < span.end and doc[end + 1].ent_iob_ == "I":
            end += 1
        subj = doc[end]
    if subj is not None and subj.lower_ in ("he", "she") and subj.head.dep_ == "ROOT":
        # "Asked about the striker, she smiled. "He's special."": the one
        # the only sentence before the quote is about
        sent = sentence(subj)
        if sent.start == lead.i and not text[sent.end_char : q.start].strip():
            return Statement([(q.start, q.end)], None, (subj.idx, subj.idx + len(subj.text)),
                             True, para, via="orphan")
    if subj is None or subj.pos_ != "PROPN":
        return None
    # the name the paragraph opens with (the parser may cut a sentence
    # inside it: `Nicola | Sturgeon was ...`)
    first = min(subj.left_edge.i, subj.i)
    while first > words[0].i and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
        first -= 1
    if first != words[0].i:
        return None
    name = doc[first : subj.i + 1]
    if subj.ent_type_ != "PERSON" and (
        len(name) < 2 or any(t.ent_type_ in _NOT_PEOPLE for t in name)
    ) and not _surname_of_someone_named(name):
        return None
    who = (name.start_char, name.end_char)
    return Statement([(q.start, q.end)], None, who, True, para, via="orphan")


#: Nouns of saying whose `that` clause is what was said: `made a claim that ...`,
#: `the minister's warning that ...`.
SPEECH_NOUNS = frozenset(
    """claim statement warning announcement promise pledge assertion allegation insistence
    admission suggestion remark argument prediction assurance accusation""".split()
)


#: Where words are said: "told members in an email that ...".
MEDIA_NOUNS = frozenset(
    "email letter interview post tweet release memo speech filing note message video".split()
)
#: Verbs whose subject is the one making the claim: `made a claim`, `issued a warning`.
MAKING_VERBS = frozenset("make issue repeat give voice reiterate renew level put sound".split())


def noun_cues(doc: Doc, text: str, found: list[Statement],
              is_direct: Callable[[list[tuple[int, int]]], bool],
              paragraph_of: Callable[[int], int]) -> list[Statement]:
    """Statements a noun of saying introduces with a `that` clause; the speaker
    is the noun's possessor or the subject of the verb that has it as object
    (`X made a claim that ...`, `X's warning that ...`)."""
    # a quote nobody was found for does not block the noun that reports it
    # ("her remark that forced removal “is a situation ...”")
    taken = {(st.start, st.end) for st in found if st.cue is not None or st.speaker is not None}
    out: list[Statement] = []
    for noun in tokens_of(doc, pos=("NOUN",)):
        lemma = noun.lemma_.lower()
        in_medium = lemma in MEDIA_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in"
        if lemma not in SPEECH_NOUNS and not in_medium:
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                      None)
        if clause is None:
            continue
        sent = noun.sent
        tokens = [t for t in clause.subtree if sent.start <= t.i < sent.end]
        first = next((t for t in tokens if t.lower_ != "that"), None)
        if first is None or len(tokens) < 4:
            continue
        span = (first.idx, tokens[-1].idx + len(tokens[-1].text))
        span = (span[0], span[1] - (1 if text[span[1] - 1] in ".,;:" else 0))
        if any(a <= span[0] < b or span[0] <= a < span[1] for a, b in taken):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        cue = noun
        if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in MAKING_VERBS:
            # "X made a claim that": not "X denied the claim that", whose claim is another's
            owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        verb = noun.head.head
        if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and (
            verb.lemma_.lower() in SAYING_VERBS
        ):
            # "the council said in a statement that ...": the parser hangs the
            # clause on the statement; the one saying is the verb's subject
            owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            cue = verb
        if owner is None:
            continue
        speaker = (owner.left_edge.idx, owner.idx + len(owner.text))
        out.append(Statement([span], (cue.idx, cue.idx + len(cue.text)), speaker,
                             is_direct([span]), paragraph_of(span[0]), cue.i, via="noun"))
    return out


_BULLET = re.compile(r"^\s*[-–•*·]\s+")
#: Verbs that introduce a list of what someone said: `X warned:`, `X offered these tips:`.
LISTING_VERBS = frozenset("offer give share list outline set recommend suggest".split())
_LIST_CUES = SAYING_VERBS | LISTING_VERBS
#: A list under a speaker is read up to this many items.
MAX_LIST_ITEMS = 8


def bullet_lists(doc: Doc, text: str, paragraphs: list[tuple[int, int]],
                 found: list[Statement]) -> list[Statement]:
    """`The letter warned:` or `X offered some tips:` followed by bulleted
    lines: each item is X's (the first with the cue, the others continuing it)."""
    quoted = [(st.start, st.end) for st in found if st.direct]
    out: list[Statement] = []
    for i, (ps, pe) in enumerate(paragraphs[:-1]):
        listed = _BULLET.match(text[slice(*paragraphs[i + 1])])
        if not text[ps:pe].rstrip().endswith(":") or not listed:
            continue
        tail = doc.char_span(ps, pe, alignment_mode="expand")
        if tail is None:
            continue
        sent = tail[-1].sent
        verb = next((t for t in reversed(list(sent)) if t.pos_ == "VERB"
                     and t.lemma_.lower() in _LIST_CUES
                     and any(c.dep_ == "nsubj" for c in t.children)), None)
        if verb is None:
            continue
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        speaker = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
        first: Statement | None = None
        for j in range(i + 1, min(i + 1 + MAX_LIST_ITEMS, len(paragraphs))):
            s, e = paragraphs[j]
            bullet = _BULLET.match(text[s:e])
            if not bullet:
                break
            content = (s + bullet.end(), e)
            if len(re.findall(r"\w+", text[content[0] : content[1]])) < 2:
                continue  # an empty or one-word item says nothing
            if any(a <= content[0] and content[1] <= b for a, b in quoted):
                continue  # the item is already someone's quote
            st = Statement([content], (verb.idx, verb.idx + len(verb.text)) if first is None
                           else None, speaker if first is None else None, False, j,
                           verb.i if first is None else None, continues=first, via="bullet")
            out.append(st)
            first = first or st
    return out
