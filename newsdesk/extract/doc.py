"""What the extraction modules share about a parsed article."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Entity labels newsdesk keeps: people, organisations, places, groups (the
#: labels of `extract.entities`, and those a claim's `entities` name).
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def sentence(item: Token | Span) -> Span:
    """The sentence of a token or span, from a table built once per Doc
    (`Token.sent` walks the Doc on every call)."""
    doc = item.doc
    table = doc.user_data.get("newsdesk_sent_of")
    if table is None:
        table = []
        for sent in doc.sents:
            table.extend([sent] * len(sent))
        doc.user_data["newsdesk_sent_of"] = table
    i = item.i if isinstance(item, Token) else item.start
    found: Span = table[i]
    return found
