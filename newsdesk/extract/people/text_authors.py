"""Who issued a statement the story quotes from: `In a statement, the
district said ... "...," the statement said.` A statement speaks for whoever
issued it, when the story said who did. (A letter, an email, a report or a
post is a document that speaks for itself, as the annotation guide has it:
"the letter read" stays the letter's.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...nlp import PUTTING_OUT

#: How many tokens back the text may have been named.
_REACH = 300
#: Texts that speak for whoever issued them.
_ISSUED = frozenset(["statement", "release"])


def text_author(text: Span) -> Span | None:
    """The words naming whoever issued `text` ("the statement": a text named
    by its kind alone), from where the story named that text before; None
    when it did not say."""
    doc = text.doc
    words = [t for t in text if not t.is_punct]
    if len(words) == 1 and text.start > 0:
        words = [doc[text.start - 1], *words]  # the span trimmed of its article
    head = text.root
    if (len(words) != 2 or words[0].lower_ not in ("the", "this", "that")
            or head.lemma_.lower() not in _ISSUED):
        return None
    for i in range(text.start - 1, max(text.start - _REACH, -1), -1):
        named = doc[i]
        if named.pos_ != "NOUN" or named.lemma_.lower() not in _ISSUED:
            continue
        return _writer(named)
    return None


def _writer(named: Token) -> Span | None:
    """The issuer the story gives a text where it names it: "a statement
    from X", "In a statement, X said", "X issued a statement"."""
    doc = named.doc
    source = next((c for c in named.children if c.dep_ == "prep" and c.lower_ in ("from", "by")),
                  None)
    if (source is None and named.i + 1 < len(doc) and doc[named.i + 1].lower_ == "from"
            and doc[named.i + 1].dep_ == "prep" and doc[named.i + 1].head == named.head):
        source = doc[named.i + 1]  # "read out a statement from the family", hung on the verb
    if source is not None:
        pobj = next((c for c in source.children if c.dep_ == "pobj"), None)
        return _phrase(pobj) if pobj is not None else None
    verb = None
    if (named.dep_ == "pobj" and named.head.lower_ in ("in", "on")
            and named.head.head.pos_ == "VERB"):
        verb = named.head.head  # "In a statement released on Monday, the district said"
    elif named.dep_ == "dobj" and named.head.lemma_.lower() in PUTTING_OUT:
        verb = named.head  # "the council issued a statement"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subj is None or subj.pos_ == "PRON":
        return None
    return _phrase(subj)


def _phrase(head: Token) -> Span:
    """The words of a noun phrase without what is set off after it or said
    of it in a clause ("The Nigeria Centre for Disease Control (NCDC), in a
    statement ...", "a tenant who had been ...")."""
    aside = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "appos") and c.i > head.i
             for t in c.subtree}
    words = [t.i for t in head.subtree if t.i not in aside]
    comma = next((i for i in words if i > head.i and head.doc[i].text == ","), None)
    end = comma if comma is not None else max(words) + 1
    return head.doc[min(words) : end]
