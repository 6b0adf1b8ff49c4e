"""Short unclaimed quotes: the classifier that tells a chant or a slogan
someone said from the writer's scare quote."""

from __future__ import annotations

import pytest

from newsdesk.extract.quotes.finder import StatementFinder, find_statements
from newsdesk.extract.quotes.marks import find_quotes
from newsdesk.extract.quotes.short import MODEL, candidates, short_quote_statement
from newsdesk.extract.quotes.statement import Statement, paragraph_spans
from newsdesk.nlp import doc_text, load_nlp


def finder_for(text: str) -> StatementFinder:
    doc = load_nlp()(text)
    return StatementFinder(doc, find_quotes(doc_text(doc)), paragraph_spans(doc_text(doc)))


def judge(text: str, quoted: str) -> Statement | None:
    """What short_quote_statement makes of the quote holding `quoted`."""
    finder = finder_for(text)
    q = next(q for q in finder.quotes if quoted in text[q.start : q.end])
    return short_quote_statement(finder, q, finder.paragraph_of(q.start))


def test_the_shipped_weights_fit_the_features() -> None:
    # weights trained for another feature list would silently turn the model off
    assert MODEL.trained and 0 < MODEL.threshold < 1


def test_a_chant_is_what_the_crowd_was_led_to_say() -> None:
    text = 'Mr. Dalby roused the crowd to chants of "Save our pier."'
    st = judge(text, "Save our pier")
    assert st is not None and st.direct and st.via == "short"
    assert text[st.start : st.end] == '"Save our pier."'
    assert st.speaker is not None and "Dalby" in text[st.speaker[0] : st.speaker[1]]


def test_a_message_after_a_colon_is_said() -> None:
    text = 'The rally of union leaders had one message: "Dump Trump."'
    st = judge(text, "Dump Trump")
    assert st is not None and "Dump Trump" in text[st.start : st.end]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('It was a "very good" year for the company, its accounts show.', "very good"),
        ('The so-called "experts" were wrong about the economy.', "experts"),
        ('Voters in the "swing" counties turned out early.', "swing"),
    ],
)
def test_scare_quotes_stay_scare_quotes(text: str, quoted: str) -> None:
    assert judge(text, quoted) is None


@pytest.mark.parametrize(
    "text", ['He said "', 'A "" b "x" "', '“”', "''Yes.''", 'It\'s "a"\n\n"b" \'c\''],
)
def test_odd_quotes_do_not_raise(text: str) -> None:
    finder = finder_for(text)
    for q in finder.quotes:
        for c in candidates(finder, q):
            assert c.content[0] < c.content[1]
        short_quote_statement(finder, q, finder.paragraph_of(q.start))
    find_statements(finder.doc, finder.quotes)
