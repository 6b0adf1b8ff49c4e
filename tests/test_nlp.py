"""The spaCy pipeline as newsdesk loads it."""

from __future__ import annotations

import pytest

from newsdesk.nlp import TITLE_ABBREVIATIONS, load_nlp


@pytest.mark.parametrize("title", TITLE_ABBREVIATIONS)
def test_an_abbreviated_title_stays_one_token_inside_its_sentence(title: str) -> None:
    doc = load_nlp()(f"They met the {title} Aubyn Hill at noon.")
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_a_paragraph_break_starts_a_sentence() -> None:
    doc = load_nlp()("The minister said it was over\nPrices rose again")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["The minister said it was over", "Prices rose again"]
