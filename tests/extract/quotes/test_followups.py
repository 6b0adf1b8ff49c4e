"""What follows an attribution: a quote right after reported speech, a second
clause the parser hung on the cue, verbs of praise and blame, and a double
surname written short (text written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

from .conftest import QuotesOf

STORY = (
    "Dietitians split over daily vitamins\n"
    "Most adults get enough from food, says registered dietitian Amanda A. Kostro Miller.\n"
    "There is one group that benefits, says Kostro Miller. "
    '"Pregnant women absorb folic acid better from a pill."\n'
    'The mayor\'s aide, Tom Reyes, said the bridge has "serious cracks" in two places and '
    "the repair bill was higher than anyone expected.\n"
    'Governor Ellen Park lauded the engineers for their "quick and careful work" on the bridge.\n'
    'Councillor Joe Marsh scolded the board over its "reckless spending" last year.\n'
    "Rosa Bell, a gardener, says the shrubs need shade. She recommends planting them "
    "near a north wall in early spring.\n"
    "That's Dexter Hall, who runs the club. Dexter Hall said the club would stay open.\n"
    "Fibre keeps you full for longer, as noted by nutritionist Trista Best. "
    '"Oats are the easy way to get it."\n'
    "The storm cut power to 3,000 homes, as reported by Reuters.\n"
    'Senator Ruth Ames blasted the plan as a "disgrace" Wednesday on a radio show.\n'
    "According to Mr. Sarkozy, a group of leaders arrived early to talk about the crisis.\n"
    "Plant-based diets are becoming increasingly popular, according to Forbes, but with "
    "that can come some nutrition issues.\n"
    "But don't worry too much about overdoses if you're only taking one pill, says Best.\n"
    "The oil money went into real estate and luxury cars and, according to western "
    "diplomats, has largely benefited a small elite.\n"
)


@pytest.fixture(scope="module")
def quotes() -> list[dict[str, Any]]:
    return Pipeline(("clean.headline", "extract.quotes"))(Article(text=STORY)).quotes


def _by(quotes: list[dict[str, Any]], words: str) -> dict[str, Any]:
    hits = [q for q in quotes if any(words in STORY[s:e] for s, e in q["content"])]
    assert hits, f"no statement with {words!r}"
    return min(hits, key=lambda q: sum(e - s for s, e in q["content"]))


def test_a_double_surname_written_short_is_the_same_person(
    quotes: list[dict[str, Any]],
) -> None:
    assert _by(quotes, "one group that benefits")["speaker_name"] == "Amanda A. Kostro Miller"


def test_a_quote_right_after_reported_speech_goes_on_with_its_speaker(
    quotes: list[dict[str, Any]],
) -> None:
    q = _by(quotes, "folic acid")
    assert q["speaker_name"] == "Amanda A. Kostro Miller"
    assert q["direct"] is True


def test_a_second_clause_hung_on_the_cue_is_still_what_was_said(
    quotes: list[dict[str, Any]],
) -> None:
    q = _by(quotes, "serious cracks")
    said = " ".join(STORY[s:e] for s, e in q["content"])
    assert "repair bill was higher" in said
    assert q["speaker_name"] == "Tom Reyes"


@pytest.mark.parametrize(
    ("words", "speaker"),
    [("quick and careful work", "Ellen Park"), ("reckless spending", "Joe Marsh")],
)
def test_praise_and_blame_with_a_quote_are_statements(
    quotes: list[dict[str, Any]], words: str, speaker: str
) -> None:
    q = _by(quotes, words)
    assert q["speaker_name"] == speaker
    assert q["cue"] is not None


def test_advice_with_an_ing_complement_is_a_statement(quotes: list[dict[str, Any]]) -> None:
    q = _by(quotes, "planting them near a north wall")
    assert q["speaker_name"] == "Rosa Bell"


def test_words_before_a_name_are_not_part_of_it(quotes: list[dict[str, Any]]) -> None:
    assert _by(quotes, "club would stay open")["speaker_name"] == "Dexter Hall"


@pytest.mark.parametrize(
    ("words", "speaker"),
    [("keeps you full", "Trista Best"), ("cut power", "Reuters")],
)
def test_as_noted_by_names_the_source(
    quotes: list[dict[str, Any]], words: str, speaker: str
) -> None:
    q = _by(quotes, words)
    assert q["speaker_name"] == speaker
    assert STORY[q["cue"][0] : q["cue"][1]] in ("noted", "reported")


def test_a_quote_after_as_noted_by_a_person_is_theirs(quotes: list[dict[str, Any]]) -> None:
    assert _by(quotes, "Oats are the easy way")["speaker_name"] == "Trista Best"


def test_the_writer_saying_i_keeps_the_speaker_span() -> None:
    # "I" is one character, and still the speaker as written: the writer,
    # whom this page does not name
    text = 'Letters\n"We cannot wait for the council," I told the meeting.\n'
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes
    assert len(quotes) == 1
    s, e = quotes[0]["speaker"]
    assert text[s:e] == "I"
    assert (quotes[0]["speaker_name"], quotes[0]["speaker_type"]) == ("the author", "anonymous")


def test_a_horizontal_bar_before_the_name_attributes_the_quote() -> None:
    # some sites sign quotes with U+2015, with or without a space after the mark
    text = (
        "Voters speak\n"
        "“He never answers a question without scaring people first.” ― Esther Tapia\n"
        "“We work hard and pay our taxes, unlike him.”― Carla Sanchez.\n"
    )
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes
    assert [q["speaker_name"] for q in quotes] == ["Esther Tapia", "Carla Sanchez"]


def test_when_and_where_after_a_partial_quote_are_the_writers(
    quotes: list[dict[str, Any]],
) -> None:
    q = _by(quotes, "disgrace")
    said = " ".join(STORY[s:e] for s, e in q["content"])
    assert said.endswith('"disgrace"') and "Wednesday" not in said


@pytest.mark.parametrize(
    ("words", "speaker", "not_in"),
    [
        ("a group of leaders arrived", "Sarkozy", "According"),
        ("increasingly popular", "Forbes", "nutrition issues"),
        ("benefited a small elite", "western diplomats", "luxury cars"),
    ],
)
def test_according_to_takes_the_clause_it_hangs_on(
    quotes: list[dict[str, Any]], words: str, speaker: str, not_in: str
) -> None:
    q = _by(quotes, words)
    said = " ".join(STORY[s:e] for s, e in q["content"])
    assert q["speaker_name"] == speaker and not_in not in said


def test_a_surname_the_tagger_left_out_is_part_of_the_name(
    quotes: list[dict[str, Any]],
) -> None:
    # "Best" read as an adverb after the cue: still the speaker, Trista Best
    assert _by(quotes, "worry too much about overdoses")["speaker_name"] == "Trista Best"


def test_a_transcript_quoted_paragraph_by_paragraph_gives_each_turn_its_speaker() -> None:
    text = (
        "Governor Ruth Ames spoke to Tom Hale on Sunday.\n"
        "Partial transcript as follows:\n"
        '"HALE: Let me start with the budget. Will you cut the schools?\n'
        '"AMES: No. We will protect every school in this state, and I said so last week.\n'
        '"But the truth is that the roads need the money more.\n'
        '"HALE: Governor, we are out of time.\n'
        '"BREAKING: this line is a heading, not a speaker.\n'
    )
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes

    def said(words: str) -> dict[str, Any]:
        return next(q for q in quotes if any(words in text[s:e] for s, e in q["content"]))

    assert said("protect every school")["speaker_name"] == "Ruth Ames"
    assert said("roads need the money")["speaker_name"] == "Ruth Ames"
    assert said("out of time")["speaker_name"] == "Tom Hale"
    assert not any(q["speaker_name"] == "BREAKING" for q in quotes)


def test_an_abbreviated_title_does_not_end_the_sentence_before_the_name() -> None:
    text = (
        "Port news\n"
        "“We will reopen the harbour next week,” Senator the Hon. Aubyn Hollis told reporters.\n"
    )
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes
    assert [q["speaker_name"] for q in quotes] == ["Aubyn Hollis"]


def test_as_someone_put_it_attributes_the_quote(quotes_of: QuotesOf) -> None:
    text = (
        "Harbour fair returns\n"
        "They fed the whole street, as the organisers put it: “This is for our community.”\n"
        "As Margaret Hollis once put it, “There is no such thing as a free lunch.”\n"
        "The plan is, to put it mildly, a mess.\n"
    )
    quotes = quotes_of(text)
    said = {text[slice(*q["content"][0])]: q for q in quotes}
    assert said["“This is for our community.”"]["speaker_name"] == "the organisers"
    assert said["“There is no such thing as a free lunch.”"]["speaker_name"] == "Margaret Hollis"
    assert not any("mess" in text[slice(*q["content"][0])] for q in quotes)  # the writer's


def test_a_quote_of_several_sentences_signed_after_it_is_the_signers(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Comeback\n"
        "Kirstie Vance has told her story before.\n"
        "And of course, we know the next part: “I wrote a comedy about it. "
        "I sold it that week,” Vance said.\n"
    )
    quotes = quotes_of(text)
    (q,) = [q for q in quotes if "I wrote" in text[q["content"][0][0] : q["content"][-1][1]]]
    assert q["speaker_name"] == "Kirstie Vance"
    assert text[slice(*q["content"][0])].startswith("“I wrote")  # the whole quote, not its tail


def test_phrasal_verbs_of_saying_are_cues(quotes_of: QuotesOf) -> None:
    text = (
        "Harbour row\n"
        "Councillor Ann Marsh spoke first. Marsh went on, “We need the money by June.”\n"
        "Councillor Tom Reyes fired back: “That is nonsense.”\n"
        "The meeting went on for hours.\n"
    )
    said = {text[slice(*q["content"][0])]: q["speaker_name"] for q in quotes_of(text)}
    assert said == {"“We need the money by June.”": "Ann Marsh", "“That is nonsense.”": "Tom Reyes"}


def test_a_cue_between_commas_cuts_its_sentence_wherever_the_parser_hung_it(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Island reborn\n"
        "Natalya Lawton works on the island. It’s easy, she says, for people to marvel "
        "at how beautiful an island is.\n"
        '"The soil is richer, and the birds are back," she says, pouring a cup of tea.\n'
    )
    quotes = quotes_of(text)
    easy = [q for q in quotes if text[slice(*q["content"][0])].startswith("It’s easy")]
    assert [q["speaker_name"] for q in easy] == ["Natalya Lawton"]
    assert "marvel" in text[slice(*easy[0]["content"][-1])]
    signed = [q for q in quotes if text[slice(*q["content"][0])].startswith('"The soil')]
    assert signed and not any("pouring" in text[s:e] for q in signed for s, e in q["content"])


def test_a_cue_inside_a_relative_clause_reports_the_noun_and_what_follows(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Evacuation order\n"
        "The army told people in the north to leave — a declaration that Amnesty "
        "International said could amount to a war crime.\n"
        "It is a move that critics say will hurt small farmers.\n"
    )
    said = {
        " … ".join(text[s:e] for s, e in q["content"]): q["speaker_name"] for q in quotes_of(text)
    }
    assert said["a declaration … could amount to a war crime"] == "Amnesty International"
    assert "a move … will hurt small farmers" in said


def test_a_stance_taken_in_words_is_a_statement(quotes_of: QuotesOf) -> None:
    text = (
        "Bridge plan\n"
        "At a town hall meeting, students raised worries about breaches of privacy.\n"
        "The senator expressed concern that the bill would hurt farmers.\n"
        "The company raised prices again, and the decision raises questions about its future.\n"
    )
    said = {text[slice(*q["content"][0])]: q for q in quotes_of(text)}
    assert said["worries about breaches of privacy"]["speaker_name"] == "students"
    assert "concern that the bill would hurt farmers" in said
    assert not any("prices" in words or "its future" in words for words in said)


def test_a_description_going_on_after_a_named_speaker_is_that_speaker(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Shaming does not work\n"
        "Professor of psychology Jane Ogdon told the show, “Shaming is the wrong way.” "
        "The Surrey University expert continued, “It only makes people feel worse.”\n"
    )
    said = {text[slice(*q["content"][0])]: q for q in quotes_of(text)}
    went_on = said["“It only makes people feel worse.”"]
    assert went_on["speaker_name"] == "Jane Ogdon"
    assert went_on["speaker_role"] == "The Surrey University expert"


def test_a_quote_after_reported_speech_goes_on_with_it_past_a_candidate_inside_it(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Who votes how\n"
        "Political scientist John Sidey looked at the survey. He shows that the people who "
        "express explicitly racist views are more likely to vote one way. "
        "“Identification with the party tends to decline as attitudes harden.”\n"
    )
    (q,) = [q for q in quotes_of(text) if text[q["content"][0][0]] == "“"]
    assert q["speaker_name"] == "John Sidey"


def test_finding_oneself_somewhere_is_no_finding(quotes_of: QuotesOf) -> None:
    text = (
        "Vote ahead\n"
        "If opposition came from outside the euro zone, those governments might find "
        "themselves outvoted. The study found that prices rose.\n"
    )
    said = [text[slice(*q["content"][0])] for q in quotes_of(text)]
    assert said == ["that prices rose"]


def test_a_second_clause_on_the_cue_ends_where_another_report_begins(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Lockdown advice\n"
        "The chief medical officer told Stephen Donnelly that they were concerned Level 3 "
        "restrictions wouldn't be enough to stop the spread as he warned the hospitals "
        "could see 43 daily admissions by next month.\n"
    )
    said = [" … ".join(text[s:e] for s, e in q["content"]) for q in quotes_of(text)]
    concerned = [w for w in said if w.startswith("that they were concerned")]
    assert concerned and concerned[0].endswith("to stop the spread")
    assert any(w.startswith("the hospitals could see") for w in said)


def test_a_quote_alone_signed_by_the_line_below_is_that_persons(quotes_of: QuotesOf) -> None:
    text = (
        "Also in the news\n"
        "Quote of the Day\n"
        "“I am really excited to host a show that starts today.”\n"
        "Late-night TV host Jimmy Fallow on taking over from Jay Lenox on The Tonight Show\n"
        "“We need more time.”\n"
        "The council will meet again in June, Mayor Ann Cole said.\n"
    )
    said = {text[slice(*q["content"][0])]: q["speaker_name"] for q in quotes_of(text)}
    assert said["“I am really excited to host a show that starts today.”"] == "Jimmy Fallow"
    assert said.get("“We need more time.”") is None  # a sentence below is no signature


def test_one_lower_case_word_reports_nothing(quotes_of: QuotesOf) -> None:
    text = (
        "A brother remembered\n"
        "He tells me the story like he’s told it a hundred times, probably because he’s "
        "re-lived it a thousand times.\n"
    )
    assert not any(
        len(" ".join(text[s:e] for s, e in q["content"]).split()) == 1 for q in quotes_of(text)
    )


def test_a_colon_after_a_prepositional_phrase_still_reaches_the_verbs_subject(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Class apart\n"
        "US historian Dr Tim Stanhope summed up the difference for the Daily Telegraph: "
        '"To Americans, status is all about money. To Brits it is all about birth."\n'
    )
    assert [q["speaker_name"] for q in quotes_of(text)] == ["Tim Stanhope"]


def test_a_text_that_reads_something_is_its_source(quotes_of: QuotesOf) -> None:
    text = (
        "Fans react\n"
        "Her photos were met with a mixed response. “Goodness, what happened to you? You look "
        "starved!” read one comment.\n"
        "The sign read: “Do as you are told!”\n"
        "She read a book to the children.\n"
    )
    said = {text[slice(*q["content"][0])]: q for q in quotes_of(text)}
    comment = said["“Goodness, what happened to you? You look starved!”"]
    assert comment["speaker_type"] == "anonymous"  # an unnamed commenter
    assert said["“Do as you are told!”"]["speaker_name"] == "The sign"
    assert not any("book" in words for words in said)


def test_a_verb_of_saying_set_off_by_commas_reports_its_clause(quotes_of: QuotesOf) -> None:
    text = (
        "Diet row\n"
        "The actress Kirstie Vale spoke to the podcast for an hour.\n"
        "But, Vale explained, her weight loss and gain had always been cyclical.\n"
        "The new diet, Vale argued, would hurt thousands of families across the state.\n"
    )
    said = {" … ".join(text[s:e] for s, e in q["content"]): q["speaker_name"]
            for q in quotes_of(text)}
    assert said == {
        "her weight loss and gain had always been cyclical": "Kirstie Vale",
        "The new diet … would hurt thousands of families across the state": "Kirstie Vale",
    }


def test_a_cue_set_off_by_commas_that_hang_on_the_clause_around_it(quotes_of: QuotesOf) -> None:
    text = (
        "Embassy news\n"
        "For now, the State Department says, embassy staff can offer only emergency services.\n"
        "The embassy will be rebuilt next year.\n"
    )
    (q,) = quotes_of(text)
    assert q["speaker_name"] == "State Department"
    assert "embassy staff can offer only emergency services" in text[slice(*q["content"][-1])]


def test_a_broadcast_transcript_names_each_turn_by_its_label() -> None:
    # a rush transcript: the first label gives name and role after a comma,
    # later ones the surname; unnamed voices are unnamed sources
    text = (
        "Ferry Strike Enters Second Day\n"
        "Aired May 4, 2026 - 18:00 GMT\n"
        "JUNE ORMSBY, KTV ANCHOR: Good evening. The ferry strike is in its second day "
        "and there is no sign of a deal.\n"
        "PAUL WREN, KTV HARBOUR CORRESPONDENT: June, the terminal is empty tonight. "
        "Most of the cafes did not open.\n"
        "UNIDENTIFIED FEMALE: I have waited three hours for a boat that never came.\n"
        "WREN: The union says its members will stay out for a week.\n"
        "ORMSBY: Paul, is there any sign of talks resuming?\n"
        "WREN: Not yet, June.\n"
        "ORMSBY: Paul Wren at the harbour, thank you.\n"
    )
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes

    def said(words: str) -> dict[str, Any]:
        return next(q for q in quotes if any(words in text[s:e] for s, e in q["content"]))

    assert said("Good evening")["speaker_name"] == "June Ormsby"
    assert said("terminal is empty")["speaker_name"] == "Paul Wren"
    assert said("any sign of talks")["speaker_name"] == "June Ormsby"
    assert said("at the harbour, thank you")["speaker_name"] == "June Ormsby"
    assert said("waited three hours")["speaker_type"] == "anonymous"


def test_the_state_democrat_is_the_senator_tagged_with_that_party_and_state() -> None:
    text = (
        "Senators clash over border money\n"
        "Sen. Harold Brackwell, R-Idaho, said his party would not accept another patch.\n"
        "Sen. Lorna Whitcombe, D-Ore., hit back at Brackwell within the hour.\n"
        '"Senator Brackwell knows exactly what is in this bill," the Oregon Democrat told '
        "reporters.\n"
    )
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes
    knows = next(q for q in quotes if "knows exactly" in text[slice(*q["content"][0])])
    assert knows["speaker_name"] == "Lorna Whitcombe"


def test_an_attorney_for_someone_is_neither_that_someone_nor_another_attorney() -> None:
    text = (
        "Clinic manager on trial\n"
        "Defense attorney Miriam Kowalska said her client had followed the owner's orders.\n"
        "An attorney for Halloway said in an email that his client had cooperated fully.\n"
    )
    quotes = Pipeline(("clean.headline", "extract.quotes"))(Article(text=text)).quotes
    email = next(q for q in quotes if "cooperated" in text[slice(*q["content"][0])])
    assert email["speaker_type"] == "anonymous", email


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser read "shrugs" as a noun: the name the sentence opens with
        ("Campaign\n\nMargaret Oyelaran is standing for the council at 68.\n\n"
         'Margaret Oyelaran herself shrugs at this. "I am 68. If not now, when?"\n',
         "Margaret Oyelaran"),
        # a question put to her is no saying; "she" the one the sentence is about
        ("Match\n\nCoach Maria Lopes was asked about Benedetti after the match.\n\n"
         'Asked about him again, she smiled. "He is special. We knew that when we '
         'signed him."\n', "Maria Lopes"),
        # a gesture with a verb that may cue speech, used with nothing said;
        # the one-word name the tagger called a place is the man named before
        ("Rovers beaten\n\nDeclan Halloran was furious.\n"
         'Halloran shrugged. "They can send me the letter. I will frame it."\n',
         "Declan Halloran"),
        ("The night shift\n\nMehmet Aydin-Clarke slides the tray into the oven. He looks up, "
         'finally, and grins. "Write that one down. Elif will hate it."\n', "Mehmet Aydin-Clarke"),
    ],
)
def test_a_quote_after_the_only_sentence_about_a_person_is_theirs(
    quotes_of: QuotesOf, text: str, speaker: str
) -> None:
    (found,) = [q for q in quotes_of(text) if text[q["content"][0][0]] == '"']
    assert found["speaker_name"] == speaker


def test_a_cue_after_and_shares_the_subject_of_the_cue_before_it(quotes_of: QuotesOf) -> None:
    # the parser joins "warned" to "fell": shares do not warn, the maker does
    text = ("Results\n\nShares of Corvana Systems fell 9% after the software maker reported "
            "slower growth in its cloud business and warned that spending would weigh on "
            "profits.\n")
    warned = next(q for q in quotes_of(text) if "spending" in text[slice(*q["content"][0])])
    assert warned["speaker_name"] == "Corvana Systems"


def test_a_name_and_its_relative_clause_misread_as_a_clause_are_the_speaker(
    quotes_of: QuotesOf,
) -> None:
    text = ("Gnomes\n\nSoap star Brenda Hollis has criticised the council.\n\n"
            "Brenda, who played barmaid Dot Finnegan for 19 years, said the gnomes had been "
            "in her family since the 1970s.\n")
    (found,) = [q for q in quotes_of(text) if text[slice(*q["cue"])] == "said"]
    assert found["speaker_name"] == "Brenda Hollis"
    assert text[slice(*found["content"][0])].startswith("the gnomes had been")


def test_a_quote_after_a_paragraph_introducing_someone_is_theirs_not_a_signature(
    quotes_of: QuotesOf,
) -> None:
    text = ("Ferry cuts\n\n"
            '"Our people have worked for sixteen days," Stavros Karalis said.\n'
            '"But the alerts must be faster."\n'
            "The mayor, Dimitra Vlachou, has been among the loudest critics.\n"
            "Hamish Oduya-Campbell, 67, has needed dialysis on the mainland since March.\n"
            '"On the old timetable I could be home for my tea. Now I leave on a Monday."\n')
    assert [q["speaker_name"] for q in quotes_of(text)] == [
        "Stavros Karalis", "Stavros Karalis", "Hamish Oduya-Campbell"]
