"""Cue readings that repair the parser, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

from .conftest import QuotesOf

STAGES = ("clean.headline", "extract.entities", "extract.quotes")


def _said(text: str) -> list[tuple[str | None, list[str]]]:
    a = Pipeline(STAGES)(Article(text=text))
    return [(q["speaker_name"], [a.text[s:e] for s, e in q["content"]]) for q in a.quotes]


def test_a_that_clause_the_parser_reads_as_a_noun_object_is_what_was_told() -> None:
    # the small English model parses "that budget cuts" as a noun phrase
    said = _said(
        "Flood defences failed\n\nThe council's chief executive, Alan Marsh, told the "
        "hearing that budget cuts had delayed repairs.\n"
    )
    assert said == [("Alan Marsh", ["that budget cuts had delayed repairs"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Alan Marsh told reporters that day about the repairs.",
        "Alan Marsh told the hearing that story of the wall.",
    ],
)
def test_that_as_a_determiner_opens_no_clause(sentence: str) -> None:
    assert _said(f"Flood defences failed\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        # the small English model hangs "she relied ..." on "councillors" as a
        # relative clause with no relative word
        ("Jane Smith told councillors she relied on the Saturday story hour.",
         "Jane Smith", "she relied on the Saturday story hour"),
        ("Tom Reyes warned the board he would resign.", "Tom Reyes", "he would resign"),
    ],
)
def test_a_clause_after_the_one_told_is_what_was_told(
    sentence: str, speaker: str, content: str
) -> None:
    assert _said(f"Library hours cut\n\n{sentence}\n") == [(speaker, [content])]


def test_a_thing_told_keeps_its_relative_clause() -> None:
    assert _said("Library hours cut\n\nJane Smith told the story she had heard.\n") == []


def test_a_closing_cue_read_as_a_clause_on_its_speaker_reports_the_sentence() -> None:
    # parsed with "the environment secretary" as an apposition and
    # "announced" as a clause on it
    said = _said(
        "Flood money\n\nThe government will spend an extra £200 million on flood defences "
        "in the north of England, the environment secretary announced on Monday.\n"
    )
    assert said == [(
        "the environment secretary",
        ["The government will spend an extra £200 million on flood defences in the north "
         "of England"],
    )]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # the small English model hangs the clause on "report"
        ("The Migration Observatory said in a report that net migration could reach "
         "500,000 in 2025.", "net migration could reach 500,000 in 2025"),
        # ... or on "meeting", past the person told and a hyphened word
        ("The chairman of the forum, Musa Bello, told journalists after a closed-door "
         "meeting that the formula punishes states.", "the formula punishes states"),
        # ... or on an adverb of the setting
        ("Allianz, for example, has said in official comments so far that it will remain "
         "neutral.", "it will remain neutral"),
    ],
)
def test_a_that_clause_after_where_it_was_said_is_what_was_said(
    sentence: str, content: str
) -> None:
    said = _said(f"Migration figures\n\n{sentence}\n")
    assert [words for _, words in said] == [[content]]


def test_a_relative_clause_on_the_document_is_not_what_was_said() -> None:
    said = _said(
        "Migration figures\n\nThe council said in the report that was published on Monday "
        "nothing new.\n"
    )
    assert all("was published" not in w for _, words in said for w in words)


def test_the_if_clause_of_a_verb_of_asking_is_the_question_put() -> None:
    # the small English model hangs "if she had tried ..." on "asked" as an adverbial clause
    said = _said(
        "Second park\n\nThe new park opened in May.\n\n"
        "The council asked residents if they wanted a second park in the town.\n"
    )
    assert said == [("The council", ["if they wanted a second park in the town"])]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("As Up host Chris Hayes has noted, the family relied on help from several support "
         "networks.", "Chris Hayes", "the family relied on help from several support networks"),
        ("As prosecutor Anna Whitcombe told the court, the money was gone within a year.",
         "Anna Whitcombe", "the money was gone within a year"),
    ],
)
def test_an_as_clause_of_saying_reports_the_clause_it_opens(
    sentence: str, speaker: str, content: str
) -> None:
    assert _said(f"Charity fraud\n\n{sentence}\n") == [(speaker, [content])]


def test_an_as_clause_of_time_or_of_a_thing_written_reports_nothing() -> None:
    said = _said(
        "Charity fraud\n\nAs she wrote the letter, the money ran out. As he walked home, "
        "the rain started to fall heavily.\n"
    )
    assert said == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # "criticised" is "criticize" to a lexicon learned from US news
        ("Relief\n\nOpposition leader Shri Ramesh Goud criticised the package as "
         "\u201ctoo little and too late\u201d.\n", "Ramesh Goud",
         "the package as \u201ctoo little and too late\u201d"),
        # what a speaker made of a thing with "as"
        ("Audit\n\nBut Kakamega Governor Dr. Joseph Amukoya Namwaya dismissed the claims as "
         "politically motivated.\n", "Joseph Amukoya Namwaya",
         "the claims as politically motivated"),
    ],
)
def test_verbs_of_judging_spelt_either_way_report_what_was_made_of_a_thing(
    text: str, speaker: str, words: str
) -> None:
    assert _said(text) == [(speaker, [words])]


def test_a_participle_after_a_set_off_name_is_the_verb_of_a_sentence_parsed_without_one() -> None:
    found = _said("Budget\n\nLabour's shadow chancellor, Owen Petts, accused ministers of "
                  '"chaos and confusion". He said the party would oppose any rise.\n')
    assert [name for name, _ in found] == ["Owen Petts", "Owen Petts"]
    assert found[0][1] == ['ministers of "chaos and confusion"']


def test_a_that_clause_read_as_a_relative_clause_on_the_setting_is_what_was_said() -> None:
    # "was" takes no object: "that" opens the clause, not a relative on "briefing"
    found = _said("Briefing\n\nThe Foreign Office spokesperson, Mumtaz Zahra Baloch, said at the "
                  "weekly press briefing that Pakistan was in contact with regional partners.\n")
    assert found == [("Mumtaz Zahra Baloch", ["Pakistan was in contact with regional partners"])]
    # a relative clause on the setting says nothing
    assert _said("Briefing\n\nThe mayor said at the briefing that he attended on Monday.\n") == []


def test_a_claim_a_that_clause_spells_out_is_what_was_denied() -> None:
    found = _said("Talks\n\nLumora said it expected to break even in 2027. A spokeswoman for the "
                  "company denied reports that it had held early talks with buyers. The "
                  "minister rejected claims that the budget had been leaked.\n")
    assert [words for _, words in found[1:]] == [
        ["reports that it had held early talks with buyers"],
        ["claims that the budget had been leaked"],
    ]


def test_a_cue_inside_a_question_put_to_someone_reports_nothing() -> None:
    found = _said("Captain\n\nManager Erik Halvorsen spoke to reporters about captain Callum "
                  "Brennan.\n\nPressed on whether Brennan had asked to leave, Halvorsen said the "
                  "pair had spoken privately on Thursday.\n")
    assert found == [("Erik Halvorsen", ["the pair had spoken privately on Thursday"])]


def test_a_condition_of_anonymity_with_its_reason_is_no_statement() -> None:
    found = _said("Rice\n\nAn official of a rice traders' association, who asked not to be named "
                  "for fear of reprisal, claimed that some importers were already stockpiling.\n")
    assert [words for _, words in found] == [["that some importers were already stockpiling"]]


def test_a_second_verb_of_saying_joined_by_and_shares_the_subject() -> None:
    found = _said("Audit\n\nNominated MP Hon. Faith Chebet Kirui, who sits on the Health "
                  "Committee, backed the call for an audit and accused the Ministry of Health of "
                  "ignoring earlier warnings.\n\nOpposition "
                  "Leader Bradley Hume said the blowout was the fourth in three years and called "
                  "for a parliamentary inquiry.\n")
    assert ("Faith Chebet Kirui", ["the Ministry of Health of ignoring earlier warnings"]) in found
    assert ("Bradley Hume", ["for a parliamentary inquiry"]) in found


def test_a_that_clause_read_as_a_relative_with_its_own_subject_is_what_was_said() -> None:
    # "that" parsed as the subject of a relative clause on "statement",
    # which has a subject of its own ("trusts")
    said = _said("Hospital cuts\n\nThe Department of Health said in a statement that trusts "
                 "set their own budgets.\n")
    assert said == [("Department of Health", ["trusts set their own budgets"])]


def test_a_phrase_hung_on_a_verb_inside_the_quote_goes_on_with_what_was_said() -> None:
    said = _said("Contracts\n\nCouncillor Ana Ortiz said the council was \"taking a hard "
                 "look\" at contracts signed before 2020.\n")
    assert said == [("Ana Ortiz",
                     ["the council was \"taking a hard look\" at contracts signed before 2020"])]


def test_a_participle_after_an_adverb_after_a_quote_is_the_writers_aside() -> None:
    said = _said("Talks\n\nThe union leader, Rosa Klein, said the offer was \"an insult\" to "
                 "members, effectively ending the talks.\n")
    assert said == [("Rosa Klein", ["the offer was \"an insult\" to members"])]


def test_a_reply_after_a_quote_is_no_cue() -> None:
    a = Pipeline(STAGES)(Article(text="Wine\n\nThe waiter places the carafe on the table and "
                                      "whispers, \"So you have found our little secret?\" I "
                                      "most certainly have.\n"))
    assert [a.text[q["cue"][0]:q["cue"][1]] for q in a.quotes if q["cue"]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tax\n\nIn the words of the late senator Marguerite de la Fontaine, \"Nobody ever "
         "lost an election by protecting a landowner.\"\n",
         ("Marguerite de la Fontaine",
          ["\"Nobody ever lost an election by protecting a landowner.\""])),
        ("Tax\n\nIn the words of one analyst, the plan is dead.\n",
         ("one analyst", ["the plan is dead"])),
        # the clause about the source is no part of what it said
        ("Tax\n\nAccording to one official, who asked not to be named, the plan is dead.\n",
         ("one official", ["the plan is dead"])),
    ],
)
def test_whose_words_open_a_sentence_says_it(
    text: str, expected: tuple[str, list[str]]
) -> None:
    assert _said(text) == [expected]


def test_a_judge_reminding_a_jury_not_to_do_something_instructs_it() -> None:
    said = _said("Trial\n\nJudge Evangeline Mbatha-Roux reminded the jury not to read anything "
                 "about the case online.\n")
    assert said == [("Evangeline Mbatha-Roux", ["not to read anything about the case online"])]


def test_a_text_message_is_said_by_its_sender() -> None:
    said = _said("Trial\n\nJoey Ramirez texted his sister, \"It's the sewer.\"\nShe texted "
                 "me that the boiler was fine.\n")
    assert said[0] == ("Joey Ramirez", ["\"It's the sewer.\""])
    assert said[1][1] == ["that the boiler was fine"]


def test_what_someone_called_a_thing_in_a_relative_clause_is_said() -> None:
    said = _said("Paper\n\nDolores Smith said she had cancelled her subscription over the "
                 "headline, which she called \"cruel and lazy.\"\n")
    assert ("Dolores Smith", ["\"cruel and lazy.\""]) in said


def test_a_group_called_by_a_name_says_nothing() -> None:
    said = _said("Fans\n\nA Facebook group called \"We support Anders Tegnell & co\" has 85,000 "
                 "members, while another called \"Anders Tegnell Fan Club\" has more than "
                 "29,000 members.\n")
    assert said == []


def test_termed_is_a_cue_as_called_is(quotes_of: QuotesOf) -> None:
    text = "Survey row\nOpposition leader Irfan Qureshi termed the announcement an \"eyewash\".\n"
    found = quotes_of(text)
    assert [(text[q["cue"][0] : q["cue"][1]], q["speaker_name"]) for q in found] == [
        ("termed", "Irfan Qureshi")
    ]


def test_a_headline_news_clause_before_a_second_subjects_words_is_not_what_was_said() -> None:
    # parsed "says" with two subjects, "holds rates" its clause
    said = _said(
        "Valdoria central bank holds rates, governor says cuts \"not on the table yet\"\n\n"
        "Governor Amara Okonkwo-Reyes said policymakers needed more data.\n"
    )
    assert said[0] == ("Amara Okonkwo-Reyes", ['cuts "not on the table yet"'])


def test_a_headline_study_finds_but_sunday_shows_nothing() -> None:
    said = _said("Seagrass meadows are shrinking, study finds\n\n"
                 "Heatwaves have destroyed a fifth of seagrass meadows.\n")
    assert said == [("the study", ["Seagrass meadows are shrinking"])]
    assert _said("Sunday shows: shutdown clock and border bill dominate as rivals trade blame\n\n"
                 "The hosts pressed both senators.\n") == []


def test_an_according_to_aside_closing_the_sentence_reports_the_clause_before_it() -> None:
    # the parser hangs the aside on "Reports", read as a verb at the sentence's end
    said = _said("Seagrass meadows shrinking\n\n"
                 "Heatwaves have destroyed a fifth of seagrass meadows since 2000, according to "
                 "a study published in the journal Marine Ecology Reports.\n")
    assert said == [("the study", ["Heatwaves have destroyed a fifth of seagrass meadows "
                                   "since 2000"])]


def test_a_past_verb_after_a_modal_clause_goes_with_the_verb_of_saying() -> None:
    said = _said(
        "Floods\n\nTairawhiti Emergency Management said schools across the district would "
        "stay closed on Wednesday and urged people to check on elderly neighbours.\n")
    assert said == [
        ("Tairawhiti Emergency Management", ["schools across the district would stay closed "
                                             "on Wednesday"]),
        ("Tairawhiti Emergency Management", ["to check on elderly neighbours"])]


def test_whom_and_what_they_are_urged_to_do_when_the_parser_splits_them() -> None:
    said = _said("Appeal\n\nMs Strachan-Boyd urged anyone with information to contact police.\n")
    assert [words for _, words in said] == [["anyone with information to contact police"]]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Bank\n\nThe bank's chairman, Marc Fournier, downplayed the likelihood of a bid "
         "of his own.\n", "Marc Fournier", "the likelihood of a bid of his own"),
        ("Board\n\nTreasurer Alan Smith confessed that he had misled the board.\n",
         "Alan Smith", "that he had misled the board"),
        ("Visit\n\nJuan Miguel Ortega objected to the cameras the family had allowed "
         "into the house.\n", "Juan Miguel Ortega",
         "to the cameras the family had allowed into the house"),
        ("Farm\n\nAgriculture Minister Priya Nair reassured farmers that prices would "
         "recover by spring.\n", "Priya Nair", "that prices would recover by spring"),
    ],
)
def test_verbs_of_saying_the_train_split_never_shows_are_cues(
    text: str, speaker: str, words: str
) -> None:
    # the learned lexicon gives "downplay", "confess", "object" nothing
    assert _said(text) == [(speaker, [words])]


def test_an_appeal_to_do_something_is_what_was_said_an_appeal_in_court_is_not() -> None:
    assert _said("Calm\n\nHon. Comfort Idakwo appealed to youths in the district not to "
                 "allow politicians to use them for violence.\n") == [
        ("Comfort Idakwo", ["not to allow politicians to use them for violence"])]
    assert _said("Ruling\n\nThe company appealed the ruling to the Supreme Court.\n") == []


def test_called_off_is_cancelled_not_said() -> None:
    found = _said("Chase\n\nSheriff Raymond Oduya said in the release that the pursuit was "
                  "called off twice \"when it became too dangerous for the public\" and "
                  "resumed only after the truck left town limits.\n")
    assert [name for name, _ in found] == ["Raymond Oduya"]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Council officers suspended\nOne officer has been on paid leave since May, according "
         "to a city e-mail obtained through a freedom-of-information request.\n",
         "a city e-mail", "One officer has been on paid leave since May"),
        ("Officials respond\nA spokeswoman e-mailed that the plan was on hold.\n",
         "A spokeswoman", "that the plan was on hold"),
        ("Inquest opens\nAn autopsy by the county medical examiner concluded that he died of "
         "heatstroke.\n", "An autopsy by the county medical examiner",
         "that he died of heatstroke"),
        ("Senators grill officials\nSen. Lourdes Ferrer confronted the undersecretary with an "
         "audit report showing that 1,412 of the sites did not exist.\n", "the audit report",
         "that 1,412 of the sites did not exist"),
    ],
    ids=["e-mail-as-source", "e-mailed", "autopsy", "report-showing"],
)
def test_an_email_an_autopsy_and_a_report_say_what_they_say(
    text: str, speaker: str, words: str
) -> None:
    a = Pipeline()(Article(text=text))
    assert [(q["speaker_name"], a.text[slice(*q["content"][0])]) for q in a.quotes] == [
        (speaker, words)]
