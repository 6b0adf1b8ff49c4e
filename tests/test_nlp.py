"""The spaCy pipeline as newsdesk loads it."""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS, load_nlp, masked_text


@pytest.mark.parametrize("title", TITLE_ABBREVIATIONS + NAME_ABBREVIATIONS)
def test_an_abbreviated_title_stays_one_token_inside_its_sentence(title: str) -> None:
    doc = load_nlp()(f"They met the {title} Aubyn Hill at noon.")
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_a_paragraph_break_starts_a_sentence() -> None:
    doc = load_nlp()("The minister said it was over\nPrices rose again")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["The minister said it was over", "Prices rose again"]


def test_a_name_opening_the_line_after_a_headline_is_not_cut_in_two() -> None:
    # the parser set one sentence on "Margaret", the next on "Evans", and the
    # tagger cannot tag a name across them
    doc = load_nlp()("Tributes to a headteacher\nMargaret Evans, who died on Friday, led "
                     "the school.")
    assert [s.text.split()[:2] for s in doc.sents][1] == ["Margaret", "Evans,"]
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Margaret Evans"]


def test_a_plural_noun_made_root_with_a_subject_is_read_as_a_verb() -> None:
    doc = load_nlp()("Foreign Minister Igor Ivanov calls extending NATO a movement in the "
                     "wrong direction.")
    calls = next(t for t in doc if t.text == "calls")
    assert (calls.pos_, calls.tag_) == ("VERB", "VBZ")
    # a real plural noun keeps its tag
    doc = load_nlp()("The calls came in all night.")
    assert next(t for t in doc if t.text == "calls").pos_ == "NOUN"


def test_a_shouted_lead_is_title_cased_but_an_acronym_written_again_is_kept() -> None:
    text = ("NATO admits drills were cancelled\n"
            "JEREMY Corbyn has said he will stay.\n"
            "A NATO spokesman said the drills would resume.\n")
    masked = masked_text(Article(text=text))
    assert masked.startswith("NATO admits")
    assert "Jeremy Corbyn has" in masked
    assert len(masked) == len(text)


def test_a_bullet_parts_a_standfirsts_points_as_a_full_stop_would() -> None:
    doc = load_nlp()("Club say the striker is not for sale • Agent claims player was promised "
                     "a new deal")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Club say the striker is not for sale"
    assert not any("•" in s and "sale" in s for s in sentences)
