"""Words the text says were never said (declined, refused, a supposition,
speech still to come, asking done "without") are no statements; a modal that
tells of speech as given is one. On text written for them."""

from __future__ import annotations

from .conftest import run
from .conftest import with_words as _with


def test_what_someone_declined_or_failed_to_say_is_not_a_statement() -> None:
    a = run(
        "Bridge repairs\nTom Reed declined to say who would pay for the repairs.\n"
        "Ann Cole did not say when the work would start.\n"
        "The union hit out at the plan, saying the repairs would cost jobs.\n"
    )
    assert not _with(a, a.quotes, "who would pay")
    assert not _with(a, a.quotes, "when the work would start")
    (q,) = _with(a, a.quotes, "the repairs would cost jobs")
    assert q["speaker_name"] == "The union" and q["speaker_type"] == "organisation"


def test_a_question_nobody_put_and_a_denied_speaker_say_nothing() -> None:
    a = run(
        "Outage\n"
        "Users turned to other sites to determine whether the problems were widespread.\n"
        "Asked how the company hopes to grow, Tom Reed said it would buy a rival.\n"
        "Neither side would say what happened.\n"
        "Neither Ann Cole nor Tom Reed said he spends much time on the matter.\n"
    )
    for words in ("whether the problems", "how the company hopes", "what happened"):
        assert not _with(a, a.quotes, words), words
    assert _with(a, a.quotes, "it would buy a rival")
    assert _with(a, a.quotes, "he spends much time")


def test_number_ten_is_no_denied_speaker() -> None:
    a = run(
        "Fares rise defended\n"
        "A No 10 spokesperson said that passengers had seen the benefit.\n"
        "No official said when the fares would be reviewed.\n"
    )
    (q,) = _with(a, a.quotes, "passengers had seen the benefit")
    assert q["speaker_type"] == "anonymous"
    assert not _with(a, a.quotes, "when the fares")


def test_what_someone_would_have_said_is_no_statement() -> None:
    a = run(
        "Villagers split over quarry rule\n"
        "Tomas Berg, a local councillor, called the rule \"vague\".\n"
        "Anna Holm, 70, recalled that her late husband, Nils, had campaigned for a ban. \"He "
        "would have told you this is too little, too late,\" she said.\n"
    )
    assert not [q for q in a.quotes if q["cue"] and a.text[q["cue"][0] : q["cue"][1]] == "told"]
    assert [q["speaker_name"] for q in a.quotes] == ["Tomas Berg", "Anna Holm", "Anna Holm"]


def test_asking_not_to_be_named_is_no_statement() -> None:
    a = run(
        "Talks fail\n"
        '"This is a disaster," said one senior official, who asked not to be named.\n'
        "A second official, who asked that his name not be used, said talks had failed.\n"
    )
    assert not _with(a, a.quotes, "not to be named")
    assert not _with(a, a.quotes, "not be used")
    assert _with(a, a.quotes, "talks had failed")


def test_asking_not_to_be_named_in_order_to_speak_freely_is_no_statement() -> None:
    a = run(
        "Budget row\n"
        "One moderate Republican, who asked not to be named in order to speak freely, "
        "called the plan \u201ca gimmick.\u201d\n"
    )
    assert not _with(a, a.quotes, "speak freely")
    assert _with(a, a.quotes, "a gimmick")


def test_lets_say_is_a_supposition_not_a_statement() -> None:
    a = run(
        "Saving for college\n"
        "Donald Trump has proposed accounts for children.\n"
        "SAVE A QUARTER Let's say you think a degree from a state university will cost $160,000 in "
        "18 years. Economist Mara Lind said most families save far less.\n"
    )
    assert not _with(a, a.quotes, "will cost $160,000")
    assert _with(a, a.quotes, "most families save far less")


def test_speech_still_to_come_is_not_a_statement() -> None:
    a = run(
        "Harbour talks\nAnn Cole said the union would announce further strike dates "
        "within days.\nThe council is expected to announce its decision on Friday.\n"
        "Tom Reed will tell the inquiry that the pier was unsafe.\n"
    )
    assert [q["speaker_name"] for q in a.quotes] == ["Ann Cole"]
    assert _with(a, a.quotes, "the union would announce further strike dates")


def test_speech_a_modal_tells_of_as_given_is_a_statement() -> None:
    a = run(
        "Harbour talks\nThe harbour board would only say that talks were continuing.\n"
        "Ann Cole would later claim that the vote had been rigged.\n"
        "Tom Reed may have told the inquiry that the pier was unsafe.\n"
    )
    for words in ("talks were continuing", "the vote had been rigged", "the pier was unsafe"):
        assert _with(a, a.quotes, words), words


def test_asking_done_without_and_a_so_called_term_are_not_statements() -> None:
    a = run(
        "Desk note\n"
        "The night editor published the claim without asking whether it had a second source.\n"
        "The minister questioned him on the so-called \"shadow budget\" for an hour.\n"
        "The residents said the fence should go.\n"
    )
    assert [a.text[s:e] for q in a.quotes for s, e in q["content"]] == [
        "the fence should go"
    ]


def test_a_participle_after_a_possessive_is_no_cue() -> None:
    a = run(
        "Walkout\n"
        "Opposition members walked out yesterday after Speaker Juliet Harkness refused a debate "
        "on the Water Services Commission's (WSC) proposed 28 per cent tariff increase.\n"
    )
    assert not _with(a, a.quotes, "tariff increase")


def test_a_belief_holding_a_scare_quote_is_no_statement() -> None:
    a = run("Commission defends plan\nEnvironmental campaigners fear the proposal will end up in "
            "the Commission’s next “simplification package”.\n")
    assert not a.quotes
    assert a.attributions  # still an attribution, as PolNeAR annotates beliefs


def test_pointing_to_something_is_no_statement() -> None:
    a = run("Rovers beaten\nThe referee pointed to the spot. Ingrid Solheim pointed to a shelf "
            "of notebooks. Jo Marsh pointed out that the pitch was wet.\n")
    assert [a.text[slice(*q["content"][0])] for q in a.quotes] == ["that the pitch was wet"]
