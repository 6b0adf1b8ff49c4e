"""Quotes inside quotes (text written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

from .conftest import QuotesOf

STORY = (
    "Salon owner says deputies shrugged off a trespasser\n"
    "Usman Hasib runs the salon on Elm Street.\n"
    "\"The deputies came round, and they said, 'We have a report of someone here.' "
    "Then I said, 'No, he left,'\" Hasib said.\n"
    "Maria Ortiz was buying a coat when it happened.\n"
    "\"The clerk asked me, 'When is the baby due?' and I laughed,\" Ortiz said.\n"
    "\"I called the film 'a fraud' and walked out,\" she said.\n"
    "\"We read 'The Long Road' at school,\" Ortiz said.\n"
)


@pytest.fixture(scope="module")
def quotes(quotes_of: QuotesOf) -> list[dict[str, Any]]:
    return quotes_of(STORY)


def _exactly(quotes: list[dict[str, Any]], words: str) -> dict[str, Any] | None:
    """The statement whose content is the quote holding `words`, marks included."""
    for q in quotes:
        if len(q["content"]) == 1:
            s, e = q["content"][0]
            if words in STORY[s:e] and e - s <= len(words) + 4:
                return q
    return None


def test_a_quote_reported_inside_a_quote_is_a_statement_of_its_own(
    quotes: list[dict[str, Any]],
) -> None:
    deputies = _exactly(quotes, "We have a report of someone here.")
    assert deputies is not None and deputies["direct"]
    # "they" inside Hasib's words is not Hasib: an unnamed group
    assert deputies["speaker_type"] == "anonymous"
    clerk = _exactly(quotes, "When is the baby due?")
    assert clerk is not None
    s, e = clerk["speaker"]
    assert STORY[s:e] == "The clerk"


def test_i_inside_a_quote_is_the_one_quoted(quotes: list[dict[str, Any]]) -> None:
    mine = _exactly(quotes, "No, he left,")  # short, and still words said
    assert mine is not None and mine["speaker_name"] == "Usman Hasib"


def test_the_outer_quote_keeps_its_speaker(quotes: list[dict[str, Any]]) -> None:
    outer = [q for q in quotes if STORY[q["content"][0][0] :].startswith('"The deputies')]
    assert [q["speaker_name"] for q in outer] == ["Usman Hasib"]


def test_a_title_or_a_scare_quote_inside_a_quote_is_no_statement(
    quotes: list[dict[str, Any]],
) -> None:
    assert _exactly(quotes, "a fraud") is None
    assert _exactly(quotes, "The Long Road") is None


def test_a_quote_reported_by_a_second_verb_of_one_subject_is_found(quotes_of: QuotesOf) -> None:
    text = (
        "Summer tournament\n"
        "“My brother would call me and say, ‘Hey, I got another one, he is a good kid.’ "
        "And we put that kid up for a summer,” Dexter Gardner said.\n"
    )
    inner = [q for q in quotes_of(text) if text[slice(*q["content"][0])].startswith("‘Hey")]
    assert len(inner) == 1
    s, e = inner[0]["speaker"]
    assert text[s:e] == "My brother"


REPORTED = (
    "Harbour club edge past the leaders\n"
    "Coach Lena Voskuijlen praised her captain, Tomás Okonjo, after the win on Saturday.\n"
    "\"At half-time I told them we were playing like tourists. They listened,\" "
    "Voskuijlen said.\n"
    "Marcus Dellacroix, the ports minister, has refused to meet the strikers.\n"
    "\"The minister keeps saying the door is open. It is not,\" said Janine Ferris, "
    "who leads the dockers.\n"
    "\"People say the club is finished. We will see,\" Voskuijlen said.\n"
    "\"I never told anyone the deal was done,\" Ferris said.\n"
    "\"We asked them what do we say to the families,\" Ferris said.\n"
)


def _content(quotes: list[dict[str, Any]], words: str) -> dict[str, Any] | None:
    """The statement whose content is exactly `words`."""
    return next(
        (q for q in quotes if [REPORTED[s:e] for s, e in q["content"]] == [words]), None
    )


@pytest.fixture(scope="module")
def reported(quotes_of: QuotesOf) -> list[dict[str, Any]]:
    return quotes_of(REPORTED)


def test_reported_speech_inside_a_quote_is_a_statement_of_the_one_quoted(
    reported: list[dict[str, Any]],
) -> None:
    inner = _content(reported, "we were playing like tourists")
    assert inner is not None and not inner["direct"]
    assert inner["speaker_name"] == "Lena Voskuijlen"  # "I" inside her quote is she
    # and her quote is still hers, whole
    outer = [q for q in reported if REPORTED[q["content"][0][0] :].startswith('"At half-time')]
    assert [q["speaker_name"] for q in outer] == ["Lena Voskuijlen"]


def test_reported_speech_inside_a_quote_by_someone_described_is_theirs(
    reported: list[dict[str, Any]],
) -> None:
    inner = _content(reported, "the door is open")
    assert inner is not None and inner["speaker_name"] == "Marcus Dellacroix"


def test_nobody_in_particular_a_denial_or_a_question_inside_a_quote_is_no_report(
    reported: list[dict[str, Any]],
) -> None:
    assert _content(reported, "the club is finished") is None  # "People say"
    assert _content(reported, "the deal was done") is None  # "I never told anyone"
    assert not any(REPORTED[q["content"][0][0] :].startswith("what do we say")
                   for q in reported)


def _said(text: str) -> list[tuple[str | None, str]]:
    a = Pipeline(("clean.headline", "extract.entities", "extract.quotes"))(Article(text=text))
    return [(q["speaker_name"], a.text[slice(*q["content"][0])]) for q in a.quotes]


def test_a_report_inside_a_quote_by_a_verb_joined_to_anothers_subject_is_that_subjects() -> None:
    said = _said(
        "Ferries row\n"
        "Fiona MacLeary faced questions on the ferries for the third week running. Fiona "
        "MacLeary said the vessels would sail next year.\n"
        "\"The First Minister stood in Port Glasgow and told workers these ferries would be "
        "sailing by 2019,\" Douglas Rennie said.\n"
    )
    assert ("Fiona MacLeary", "these ferries would be sailing by 2019") in said
    assert ("Douglas Rennie", "these ferries would be sailing by 2019") not in said


def test_a_body_the_one_quoted_addresses_as_yours_is_the_body_named_before() -> None:
    said = _said(
        "Grid money stalls\n"
        "The senators asked why money the Energy Department set aside had not reached "
        "the states.\n"
        "\"Your department told this committee a year ago that the money would be out the "
        "door by now,\" Elena Ruiz-Carter said.\n"
    )
    assert ("Energy Department", "that the money would be out the door by now") in said


def test_a_role_the_one_quoted_speaks_of_is_its_holder_not_the_one_quoted() -> None:
    said = _said(
        "Budget debate\n"
        "Opposition spokesman Wayne Pottinger-Hall said the estimates tabled by Finance "
        "Minister Marlon Tavares-Grant made no provision for the wage settlement.\n"
        "\"Mr Speaker, the minister comes to this House and tells us the books are balanced. "
        "The books are not balanced,\" Pottinger-Hall said.\n"
    )
    assert ("Marlon Tavares-Grant", "the books are balanced") in said


def test_a_pronoun_inside_a_quote_is_the_one_the_quote_named_before(
    quotes_of: QuotesOf,
) -> None:
    found = quotes_of(
        "Cafe owner remembered\nTeresa Vallely ran the cafe for forty years.\n"
        "\"Teresa knew. She told me, 'You'll pay me when you're famous.'\" said Siobhán "
        "Kerrigan.\n"
    )
    inner = [q for q in found if q["cue"] is not None and q["content"][0][0] > 60
             and q["speaker_name"] != "Siobhán Kerrigan"]
    assert [(q["speaker_name"], q["direct"]) for q in inner] == [("Teresa Vallely", True)]


def test_said_to_me_and_a_post_inside_a_quote_are_reported(quotes_of: QuotesOf) -> None:
    found = quotes_of(
        "Flood rescue\n\"He said to me, 'It was a bit wet today,'\" said Agata Nowicka.\n"
        "\"Now the minister tweets that it needs to be better,\" Bram de Smet said.\n"
    )
    cues = [q for q in found if q["speaker_name"] not in ("Agata Nowicka", "Bram de Smet")]
    assert len(cues) == 2
    assert cues[1]["speaker_name"] == "the minister"


def test_i_telling_someone_inside_a_quote_is_the_one_quoted(quotes_of: QuotesOf) -> None:
    found = quotes_of(
        "Mayor angry\nMayor Hendrikje Smits-Oosterhuis condemned the closure.\n"
        "‘I spoke with the chief executive this morning and told him that we expect the "
        "company to take its responsibility,’ she told regional broadcaster RTV Oost.\n"
    )
    inner = [q for q in found if not q["direct"] and q["cue"] and q["content"][0][0] > 120]
    assert [q["speaker_name"] for q in inner] == ["Hendrikje Smits-Oosterhuis"]


def test_a_report_inside_a_quote_by_someone_met_or_in_the_perfect_is_theirs() -> None:
    found = _said(
        "Bike lanes\n\n\"I have a barber on Riverside who tells me he'll lose half his "
        "walk-ins if his customers can't park out front,\" Aisha Oyelaran-Brooks said.\n"
        "\"Our two largest customers have told us they want to burn down inventory first,\" "
        "finance chief Ngozi Abernathy-Kwon said.\n")
    assert ("a barber on Riverside",
            "he'll lose half his walk-ins if his customers can't park out front") in found
    assert ("Our two largest customers", "they want to burn down inventory first") in found
    # and each outer quote is still its speaker's
    assert [name for name, _ in found].count("Aisha Oyelaran-Brooks") == 1
    assert [name for name, _ in found].count("Ngozi Abernathy-Kwon") == 1


def test_we_tell_you_in_a_post_is_saying_it_not_a_report() -> None:
    found = _said(
        "Restaurant closes\n\nOwner Mei-Ling Zhao shared the news in a post on Sunday night:\n"
        "\"It is with a heavy heart that we tell you Golden Lotus will close at the end of "
        "April. Thank you for 28 years.\"\n")
    assert [name for name, _ in found] == ["Mei-Ling Zhao"]


def test_i_promise_inside_a_quote_is_saying_it_not_a_report() -> None:
    # first person, present tense, the quote's main verb: a promise made, not reported
    found = _said(
        "Singer apologises\n\nKiera Lomax wrote on Instagram: \"I am so sorry. I promise I will "
        "make it up to you. See you soon.\"\nWhen I tell them they are getting refunds, "
        "they cheer, her manager said.\n")
    assert [name for name, _ in found][0:1] == ["Kiera Lomax"]
    assert not [words for _, words in found if words.startswith("I will make it up")]


def test_a_word_a_speaker_says_they_mean_is_no_quote_of_anyone() -> None:
    found = _said(
        "Residents split over renaming of park\n\n\"When we say 'Carver,' we mean the summer "
        "fairs and the swimming pool, not the man,\" said Alan Pettigrew, a retired postman.\n")
    assert [name for name, _ in found] == ["Alan Pettigrew"]


def test_what_someone_used_to_say_or_told_me_to_do_inside_a_quote() -> None:
    found = _said(
        "Veena maestro passes away\n\nVeena artiste S. Meenakshi died in Chennai on Tuesday.\n"
        "\"She used to say that the audience may be kind,\" her student Lakshmi Narayanan said. "
        "\"When my mother could not pay the fees, she refused to take them and told me to "
        "bring a flower instead.\"\n")
    assert ("S. Meenakshi", "that the audience may be kind") in found
    assert ("S. Meenakshi", "to bring a flower instead") in found


def test_my_father_inside_a_quote_is_the_one_quoteds_father() -> None:
    found = _said(
        "Family bakery sold to national chain\n\n\"We kept the ovens running for fifty "
        "years,\" said Lena Marchetti Ruiz, the daughter of founder Paolo Marchetti. \"My father "
        "always told us that the business should stay in good hands.\"\n")
    assert ("Paolo Marchetti", "that the business should stay in good hands") in found


def test_a_given_name_and_a_word_of_respect_is_the_one_named_in_full() -> None:
    found = _said(
        "Spinner takes five\n\n\"Sampath aiya told me to bowl a bit quicker through the air,\" "
        "Dananjaya Wickramaratne said, referring to head coach Sampath Liyanage.\n")
    assert ("Sampath Liyanage", "to bowl a bit quicker through the air") in found


def test_a_report_inside_a_quote_by_people_of_a_kind_is_theirs() -> None:
    # a bare plural of people the one quoted met ("Customers told us"), not "People say"
    said = _said(
        "Cloud exit fees\nMarta Lindgren chairs the users' forum. \"Customers told us time and "
        "again that the cost of leaving was a factor,\" said Lindgren.\n")
    assert ("Customers", "that the cost of leaving was a factor") in said
