"""Quotation marks paired into quoted spans (text written for these tests)."""

from __future__ import annotations

from newsdesk.extract.quotes.marks import find_quotes


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_a_mark_closed_right_before_an_ellipsis_closes_its_quote() -> None:
    text = "He said, “I just said, ‘Eleven weeks!’… and walked off.” Then he left."
    assert "‘Eleven weeks!’" in _quoted(text)
    assert "“I just said, ‘Eleven weeks!’… and walked off.”" in _quoted(text)
    assert '"Go home"' in _quoted('She wrote "Go home"… and left.')


def test_an_apostrophe_inside_a_word_is_no_mark() -> None:
    assert _quoted("Corbyn’s team said they don’t agree.") == []


def test_two_character_marks_of_older_news_text_pair_and_stay_out_of_the_words() -> None:
    # Penn Treebank style (``...'') and New York Times style (''...'')
    for text in ("He said ``It was a bomb,'' and left.", "He said ''It was a bomb,'' and left."):
        (quote,) = find_quotes(text)
        s, e = quote.inner
        assert text[quote.start : quote.end].endswith("bomb,''")
        assert text[s:e] == "It was a bomb,"
    text = "``It ran on\nand on,'' he said."
    assert [text[slice(*q.inner)] for q in find_quotes(text)] == ["It ran on", "and on,"]


def test_german_quotes_close_with_the_high_mark() -> None:
    text = "„Wir gewinnen“, sagte sie. „Ganz sicher“, fügte sie hinzu."
    assert _quoted(text) == ["„Wir gewinnen“", "„Ganz sicher“"]
