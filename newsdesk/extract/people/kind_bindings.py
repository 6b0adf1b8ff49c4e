"""A body's name bound to its kind by apposition: "A little-known armed
group, the Gourma Liberation Front," or "Carers Together, a charity for
...," or "the charity Carers Together" tell a reader that a later "the
group" or "the charity" is that body, though its name does not end in the
kind's word (which `body_phrases.named_before` looks for).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...nlp import doc_text
from ..doc import sentence
from .names import ROLE_HEADS, TITLES, TITLES_OF_ADDRESS, name_cased

#: Small words inside a body's name ("Union of Sea Workers", "Syndicat des travailleurs").
_JOINERS = frozenset("of for the and & de du des la le del di y".split())
#: Words that may stand between a kind and the comma before the name
#: ("A coalition of press freedom organisations, the Media Defence Network").
_NOUN_PHRASE = frozenset(["ADJ", "NOUN", "PROPN", "NUM", "DET", "PART", "ADP", "PUNCT", "CCONJ"])
#: How far back from the comma the kind may stand.
_REACH = 10


def bound_by_apposition(sp: Span, head: Token) -> str | None:
    """The latest body named beside a phrase of the description's kind
    before the description `sp` (head `head`, "the group"): the name after
    the phrase and a comma, the phrase after the name and a comma, or the
    name right after the kind's noun."""
    doc = sp.doc
    kind = head.lemma_.lower()
    # (each time the kind's word is written before, latest first: no walk over every token)
    written = re.compile(rf"\b{re.escape(kind)}\b").finditer(doc_text(doc), 0, sp.start_char)
    for m in reversed(list(written)):
        word = doc.char_span(m.start(), m.end())
        if word is None or len(word) != 1 or word[0].pos_ != "NOUN":
            continue  # (one body: the singular, as the description is)
        name = _name_after_kind(doc, word[0]) or _name_before_kind(doc, word[0])
        if name is not None:
            return name
    return None


def _name_run(doc: Doc, start: int) -> Span | None:
    """The capitalised words of a name opening at `start` (after a "the"),
    small joining words inside it, up to a bracket, comma or lower-case word."""
    k = start + 1 if start < len(doc) and doc[start].lower_ == "the" else start
    end = k
    while end < len(doc) and (name_cased(doc[end]) or (
            end > k and doc[end].lower_ in _JOINERS and end + 1 < len(doc)
            and name_cased(doc[end + 1]))):
        end += 1
    return doc[k:end] if end > k and not _titled(doc[k:end]) else None


def _titled(run: Span) -> bool:
    """Whether a run opens with a title or an office before a person's name
    ("President Rob Hale"), not a body's name ("General Confederation of Labour")."""
    word = run[0].lower_.rstrip(".")
    return (word in TITLES or word in TITLES_OF_ADDRESS or word in ROLE_HEADS) and (
        len(run) > 1 and run[1].ent_type_ == "PERSON")


def _name_after_kind(doc: Doc, kind: Token) -> str | None:
    """"a coalition of ..., the Media Defence Network", "the charity
    Carers Together" and "a gang calling itself Vanta Locker": the name after
    the kind's phrase."""
    nxt = kind.i + 1
    if nxt < len(doc) and doc[nxt].lemma_.lower() in ("call", "know") and doc[nxt].tag_ in (
            "VBG", "VBN"):
        # "a ransomware gang calling itself Vanta Locker", "a group known as ..."
        k = nxt + 1
        while k < len(doc) and k - nxt <= 2 and doc[k].lower_ in ("itself", "themselves", "as"):
            k += 1
        run = _name_run(doc, k) if k > nxt + 1 else None
        return _body_name(run) if run is not None else None
    if nxt < len(doc) and name_cased(doc[nxt]) and kind.i > 0 and doc[kind.i - 1].lower_ == "the":
        run = _name_run(doc, nxt)  # "the charity Carers Together"
        return _body_name(run) if run is not None and len(run) >= 2 else None
    comma = next((t.i for t in doc[kind.i + 1 : kind.i + _REACH]
                  if t.text == "," or t.pos_ not in _NOUN_PHRASE or t.is_sent_start), None)
    if comma is None or doc[comma].text != "," or not _opens_phrase(doc, kind):
        return None
    if any(t.pos_ in ("NOUN", "PROPN") for t in doc[kind.i + 1 : comma]) and (
            doc[kind.i + 1].pos_ != "ADP"):
        return None  # ("a union federation,": the kind is the phrase's last noun)
    run = _name_run(doc, comma + 1)
    return _body_name(run) if run is not None and _ends_apposition(doc, run) else None


def _name_before_kind(doc: Doc, kind: Token) -> str | None:
    """"Carers Together, a charity that ...": the name before the comma
    that opens the kind's phrase."""
    det = kind.i - 1
    while det > 0 and doc[det].pos_ in ("ADJ", "NOUN", "ADV") and kind.i - det < 4:
        det -= 1
    if det < 2 or doc[det].lower_ not in ("a", "an", "the") or doc[det - 1].text != ",":
        return None
    if kind.i + 1 < len(doc) and doc[kind.i + 1].pos_ in ("NOUN", "PROPN"):
        return None
    end = det - 1
    if doc[end - 1].text == ")":  # "the Gourma Liberation Front (FLG), a group"
        end = next((t.i for t in reversed(doc[max(0, end - 6) : end]) if t.text == "("), end)
    start = end
    while start > 0 and (name_cased(doc[start - 1]) or (
            doc[start - 1].lower_ in _JOINERS and start - 2 >= 0
            and name_cased(doc[start - 2]))):
        start -= 1
    while start < end and doc[start].lower_ in _JOINERS:
        start += 1
    if end - start < 2 or _titled(doc[start:end]):
        return None
    return _body_name(doc[start:end])


def _opens_phrase(doc: Doc, kind: Token) -> bool:
    """Whether the kind's noun heads a phrase that opens its clause: after
    a determiner or a possessive, with only modifiers between ("A
    little-known armed group", "Argentina's largest labour federation")."""
    k = kind.i - 1
    while k >= 0 and kind.i - k <= 5:
        t = doc[k]
        if t.lower_ in ("a", "an", "the") or t.tag_ == "POS" or t.tag_ == "PRP$":
            return k == 0 or doc[k].is_sent_start or doc[k - 1].text in (",", ":", "\n") or (
                t.tag_ == "POS")
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV", "VERB", "PUNCT", "NUM") or t.text == ",":
            return False
        k -= 1
    return False


def _ends_apposition(doc: Doc, run: Span) -> bool:
    """Whether a name after a comma is set off as an apposition: a comma, a
    bracketed acronym, or a verb after it (the name closing the phrase)."""
    if run.end >= len(doc):
        return False
    after = doc[run.end]
    return after.text in (",", "(", ")", ".") or after.pos_ in ("VERB", "AUX")


def _body_name(run: Span) -> str | None:
    """The name as a body's name is written (no "The" before it), or None for
    a run that opens the sentence's next clause."""
    if not any(t.is_alpha and len(t) > 1 for t in run):
        return None
    if len(run) == 1 and not run[0].is_upper and run[0].ent_type_ not in ("ORG", ""):
        return None
    if sentence(run[0]).start != sentence(run[-1]).start:
        return None
    # (not display_names.clean_name: it takes "General" for a rank)
    return run.text.removeprefix("The ").removeprefix("the ")
