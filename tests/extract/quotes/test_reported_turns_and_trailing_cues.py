"""What a statement holds and whom it continues, on paragraphs written for
these tests: a quote after a reported paragraph whose weaker candidate was
dropped goes on with the one kept; a second predicate with a modal of its
own ("and cannot show that ...", "and would appeal") is part of what was
reported; counsel's "submitted that"; a motion, up to its seconder; a
headline's "PM orders ..., says '...'"; a trailing "police say" after two
joined clauses; no statements: what a survey's people reported, two words
reported inside a quote, an act a charge alleges."""

from __future__ import annotations

from .conftest import QuotesOf


def _contents(text: str, quotes: list[dict]) -> list[str]:
    return [" … ".join(text[s:e] for s, e in q["content"]) for q in quotes]


def test_a_quote_after_reported_speech_goes_on_with_its_speaker(quotes_of: QuotesOf) -> None:
    text = ("Sauce maker moves\nCheung Kin-wah told the Post that the decision was painful.\n"
            "Mr Cheung said he still planned to come to the shop every morning.\n"
            "\u201cI will taste every batch that comes back. If it is not right, it does not go "
            "on the shelf.\u201d\n")
    quotes = quotes_of(text)
    assert quotes[-1]["direct"]
    assert quotes[-1]["continues"] is not None
    assert quotes[quotes[-1]["continues"]]["content"] == quotes[1]["content"]


def test_a_second_predicate_with_its_own_modal_is_reported(quotes_of: QuotesOf) -> None:
    text = ("Sleep study\nCo-author Marcus Delahanty cautioned that the study was observational "
            "and cannot show that short sleep causes students to skip breakfast.\n"
            "Mads Kjeldsen said the company was disappointed and would consider an appeal.\n")
    assert _contents(text, quotes_of(text)) == [
        "that the study was observational and cannot show that short sleep causes students to "
        "skip breakfast",
        "the company was disappointed and would consider an appeal"]


def test_counsel_submitted_that(quotes_of: QuotesOf) -> None:
    text = ("Custodial death\n\u201cThis death did not happen by itself,\u201d Mr Seneviratne "
            "said.\nHe further submitted that footage from the station had been "
            "\u201cconveniently erased\u201d.\n")
    quotes = quotes_of(text)
    assert _contents(text, quotes)[-1].startswith("that footage from the station")


def test_a_submitted_motion_is_no_statement(quotes_of: QuotesOf) -> None:
    text = ("Walkout\nThe subsidy will be paid only after the city submits a \"realistic "
            "restructuring plan\" for the tram company.\n")
    assert quotes_of(text) == []


def test_a_headline_verb_then_says_and_a_quote(quotes_of: QuotesOf) -> None:
    text = ("PM orders inquiry into wheat import losses, says 'no one will be spared'\n"
            "Prime Minister Shahzad Ahmed Tarar on Wednesday ordered an inquiry into the "
            "imports.\n")
    quotes = quotes_of(text)
    assert _contents(text, quotes)[0] == "'no one will be spared'"
    assert quotes[0]["speaker_name"] == "Shahzad Ahmed Tarar"


def test_a_trailing_police_say_reports_both_joined_clauses(quotes_of: QuotesOf) -> None:
    text = ("Gas station shooting\nA man was shot Tuesday evening after an argument outside a gas "
            "station, and two people are being questioned, police say.\n")
    assert _contents(text, quotes_of(text)) == [
        "A man was shot Tuesday evening after an argument outside a gas station, and two "
        "people are being questioned"]



def test_what_a_surveys_people_reported_is_no_statement(quotes_of: QuotesOf) -> None:
    text = ("Sleep study\nThe association was stronger among students who reported more than "
            "three hours of recreational screen time a day.\n")
    assert quotes_of(text) == []


def test_a_two_word_report_inside_a_quote_is_no_statement(quotes_of: QuotesOf) -> None:
    text = ("Cards\n\"We read everything, even when we say we don't,\" the 28-year-old "
            "admitted.\n")
    contents = _contents(text, quotes_of(text))
    assert contents == ["\"We read everything, even when we say we don't,\""]


def test_a_motion_is_put_and_ends_before_its_seconder(quotes_of: QuotesOf) -> None:
    text = ("Patio fee halved\nCoun. Trish O'Donoghue moved that the fee be set at $600 for "
            "2026, seconded by Coun. Ravi Sandhu.\nCouncilwoman Rhonda Kessler moved to table the "
            "ordinance until the April 14 meeting.\nThe parade moved to the square at noon.\n")
    assert _contents(text, quotes_of(text)) == [
        "that the fee be set at $600 for 2026",
        "to table the ordinance until the April 14 meeting"]


def test_an_act_a_charge_alleges_is_no_statement(quotes_of: QuotesOf) -> None:
    text = ("TikTok star charged\nA popular TikTok creator has been charged with posting "
            "\"grossly offensive\" content after she mocked the flood response.\n")
    assert quotes_of(text) == []
