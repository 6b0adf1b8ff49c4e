"""What a statement holds and who makes it, on paragraphs written for these
tests: "According to the finance minister, Mr X, ..." reports the clause
after the name, said by X (but "According to police, John Smith, a farmer,
was arrested" keeps the man in what police said); "called for the chair,
Lady X, to set out ..." reports all of it; "after the advocate, Mr X, told
the court that ..." is the advocate's, not the main clause's subject's; and
"He said the study showed what was possible "when ..."" is his statement,
the quote inside it no statement of its own."""

from __future__ import annotations

from .conftest import QuotesOf


def _contents(text: str, quotes: list[dict]) -> list[str]:
    return [" … ".join(text[s:e] for s, e in q["content"]) for q in quotes]


def test_a_name_set_off_after_an_according_to_source_is_the_source(
        quotes_of: QuotesOf) -> None:
    text = ("Rates\nAccording to the Chief Land Valuer, Mr Peter Okello, the 2019 rates were "
            "approved by Cabinet and cannot be changed.\n")
    quotes = quotes_of(text)
    assert _contents(text, quotes) == [
        "the 2019 rates were approved by Cabinet and cannot be changed"]
    assert quotes[0]["speaker_name"] == "Peter Okello"


def test_a_name_that_is_what_the_source_reports_stays_in_it(quotes_of: QuotesOf) -> None:
    text = ("Arrest\nAccording to police, John Marsh, a farmer, was arrested at his home on "
            "Friday.\n")
    assert _contents(text, quotes_of(text)) == [
        "John Marsh, a farmer, was arrested at his home on Friday"]


def test_called_for_someone_named_to_do_something(quotes_of: QuotesOf) -> None:
    text = ("Board row\nThe investor, Rupert Haldane-Vos, also called for the chair, Dame "
            "Olivia Marr, to set out a timetable for her departure.\n")
    assert _contents(text, quotes_of(text)) == [
        "for the chair, Dame Olivia Marr, to set out a timetable for her departure"]


def test_the_one_who_told_the_court_in_an_after_clause(quotes_of: QuotesOf) -> None:
    text = ("Eviction\nJudge Halima Said Chande granted the order on Monday after the "
            "villagers' lawyer, Mr Elias Mushi Lyimo, told the court that 40 homes had "
            "already been demolished.\n")
    quotes = quotes_of(text)
    assert [q["speaker_name"] for q in quotes] == ["Elias Mushi Lyimo"]


def test_a_quote_closing_a_reported_clause_is_part_of_it(quotes_of: QuotesOf) -> None:
    text = ("Trial results\nThe dean said the trial showed what was possible \"when local "
            "teams lead the work\".\n")
    quotes = quotes_of(text)
    contents = _contents(text, quotes)
    assert "the trial showed what was possible \"when local teams lead the work\"" in contents
    assert quotes[0]["speaker_name"] == "The dean"
