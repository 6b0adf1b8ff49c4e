"""What the extraction modules share about a parsed article: the cheap first
test of a pass over the Doc picks the same tokens a walk over every token does."""

from __future__ import annotations

from newsdesk.extract.doc import tokens_of
from newsdesk.nlp import load_nlp


def test_tokens_of_picks_what_a_walk_over_the_doc_picks() -> None:
    doc = load_nlp()(
        "According to police, the driver said in a statement that he had been "
        "arrested twice. In a new poll, the mayor leads. Claims were denied.\n\nShe agreed."
    )
    walked = [t.i for t in doc
              if t.pos_ == "VERB" or t.tag_ == "VBN" or t.lower_ in ("according", "in")]
    picked = tokens_of(doc, pos=("VERB",), tags=("VBN",), words=("according", "in"))
    assert [t.i for t in picked] == walked
    assert {t.lower_ for t in picked} >= {"according", "said", "in", "arrested", "agreed"}
    assert [t.i for t in tokens_of(doc, pos=("NOUN",))] == [t.i for t in doc if t.pos_ == "NOUN"]
    assert tokens_of(doc) == []
