"""Who is doing the saying, on paragraphs written for these tests: never the
one told, a name set off by commas before the cue, and a quote that runs over
several paragraphs belongs to the speaker named at its end."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.pipeline import Pipeline
from newsdesk.read.text import text_article

from .conftest import QuotesOf


def quotes(text: str) -> list[dict[str, Any]]:
    article = Pipeline()(text_article("test", text, encoding="utf-8"))
    return [{**q, "words": text[q["content"][0][0] : q["content"][0][1]]} for q in article.quotes]


def test_the_one_told_is_not_the_speaker() -> None:
    found = quotes(
        "The fair opens in June.\n"
        "“We will have representatives for academic discussions on trade and prices,” "
        "Minister of Industry, Investment and Commerce, Senator Ann Lee, told Harbour News.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Ann Lee"]


def test_the_one_told_in_a_headline_without_its_was_is_not_the_speaker() -> None:
    # "inquiry told" is headline English for "the inquiry was told"
    found = quotes(
        "“We were ignored for years”, inquiry told\n"
        "Residents of the village gave evidence on Monday.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [(None, "unknown")]
    assert not quotes("Flood defences failed, inquiry told\nResidents spoke on Monday.\n")


def test_a_quote_over_several_paragraphs_belongs_to_the_speaker_at_its_end() -> None:
    found = quotes(
        "The ministry published its plan on Monday.\n"
        "“I cycle to work every day and I struggle to find safe paths through the city. "
        "Wouldn't it be great if the council could map them?\n"
        "“That would bring something broader than a bike to people like me,” said Tom Price, "
        "a shop owner in Leeds.\n"
    )
    assert len(found) == 2
    assert {q["speaker_name"] for q in found} == {"Tom Price"}


def test_a_description_of_a_business_is_the_business_named_before() -> None:
    found = quotes(
        "Prices at Super Value will rise next month, the chain's owner announced on Monday.\n"
        "The grocery giant said it has about six months supply of hard goods in its stores.\n"
    )
    assert found[-1]["speaker_name"] == "Super Value"
    assert found[-1]["speaker_type"] == "organisation"


def test_who_slammed_a_decision_is_the_speaker_not_the_decision() -> None:
    found = quotes(
        "Pub and hotel groups have slammed the decision to close bars at 8pm, claiming it "
        "will lead to the loss of thousands of jobs.\n"
    )
    assert found[0]["speaker_name"] == "Pub and hotel groups"


def test_a_given_name_alone_is_the_one_person_of_that_name() -> None:
    found = quotes(
        "Ivana Trump and her daughter Ivanka Trump attended the gala. "
        "Ivana said she was proud of her daughter.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [("Ivana Trump", "person")]


def test_a_company_written_short_is_named_by_its_legal_name() -> None:
    text = (
        "Beer wars\n"
        "Harbour-Busch Cos. said it plans to discount its major beer brands.\n"
        "Harbour said it will match its rivals market by market.\n"
        "Westfield Computer Corp. is next. Westfield said the bugs will delay its products.\n"
    )
    said = {q["words"]: (q["speaker_name"], q["speaker_type"]) for q in quotes(text)}
    assert said == {
        "it plans to discount its major beer brands": ("Harbour-Busch Cos.", "organisation"),
        "it will match its rivals market by market": ("Harbour-Busch Cos.", "organisation"),
        "the bugs will delay its products": ("Westfield Computer Corp.", "organisation"),
    }


def test_a_company_speaking_as_it_or_the_company_keeps_its_legal_name() -> None:
    text = (
        "Deal news\n"
        "Harbour Holdings PLC said its manager resigned on Friday.\n"
        "No successor was named, and his duties will be split, the company said.\n"
    )
    said = {q["words"]: q["speaker_name"] for q in quotes(text)}
    assert set(said.values()) == {"Harbour Holdings PLC"}


def test_the_one_quoted_as_saying_is_the_speaker() -> None:
    text = (
        "NATO grows\n"
        "Foreign Minister Igor Ivanov spoke in Moscow on Friday.\n"
        "\"All European states must cooperate,\" he was quoted as saying.\n"
    )
    (q,) = [q for q in quotes(text) if "cooperate" in q["words"]]
    assert q["speaker_name"] == "Igor Ivanov"


#: Organisations as a news story names them: (paragraph, words said, speaker
#: name or None for any name, speaker type).
ORGANISATIONS = [
    ("The union told members in an email that the strike would continue.",
     "the strike would continue", "The union", "organisation"),
    ("According to a statement from the port authority, ships are being diverted.",
     "ships are being diverted", "the port authority", "organisation"),
    ("Shares fell 3%, according to data from the London Stock Exchange.",
     "Shares fell 3%", "London Stock Exchange", "organisation"),
    ("Regulators fined the bank. The bank has 60 days to appeal, the regulator said.",
     "The bank has 60 days to appeal", None, "organisation"),
    ("Unison, the union representing the nurses, said the strike would last 48 hours.",
     "the strike would last 48 hours", "Unison", "organisation"),
    ("Nurses walked out. The hospital's management said it regretted the action.",
     "it regretted the action", None, "organisation"),
]


@pytest.mark.parametrize(("paragraph", "words", "name", "kind"), ORGANISATIONS)
def test_an_organisation_speaks_under_its_name(
    paragraph: str, words: str, name: str | None, kind: str
) -> None:
    """Words in an email, a statement or data from a body, an unnamed
    regulator, and a name written before its description."""
    said = {q["words"]: (q["speaker_name"], q["speaker_type"])
            for q in quotes(f"Local news\nThe week began quietly.\n{paragraph}\n")}
    speaker, speaker_type = said[words]
    assert speaker_type == kind
    assert name is None or speaker == name


def test_a_surname_alone_is_the_speaker_named_in_full_before_when_the_tagger_missed_him() -> None:
    # the tagger misses "Tunde Bello" after "Engr." and reads "Bello" as an organisation
    found = quotes(
        "Roads\n"
        "The Commissioner for Works, Engr. Tunde Bello, said the contractors had been "
        "mobilised to site.\n"
        "Bello further stated that the state had paid 30 per cent of the contract sum.\n"
    )
    said = [(q["speaker_name"], q["speaker_type"]) for q in found]
    assert said == [("Tunde Bello", "person")] * 2


@pytest.mark.parametrize(
    ("opening", "again"),
    [
        ("the mayor of Ilawe, Samuel Ajayi,", "the mayor"),
        ("the traditional ruler of Ilawe, Oba Samuel Ajayi,", "the traditional ruler"),
    ],
)
def test_a_role_and_name_the_tagger_reads_as_an_organisation_still_name_the_speaker(
    opening: str, again: str
) -> None:
    # the tagger reads "Ilawe, Samuel Ajayi" as one organisation
    found = quotes(
        "Roads\n"
        f"Speaking for the town, {opening} said the road was overdue. "
        f"\u201cWe have waited for 20 years,\u201d {again} said.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Samuel Ajayi"] * 2
    assert found[0]["speaker_role"] == opening.rstrip(",").split(", ")[0].removeprefix("the ")


def test_an_age_the_article_never_gave_is_the_one_named_last() -> None:
    found = quotes(
        "Late winner\n"
        "Harbour City manager Dan Whitlock praised his side after the 2-1 win.\n"
        "The 52-year-old added that he had never doubted his players.\n"
        "Striker Leon Okoro, who scored the winner, was mobbed by fans.\n"
        "\u201cI just closed my eyes and hit it,\u201d the 24-year-old told Sky Sports.\n"
    )
    said = {q["words"].strip("\u201c")[:10]: q["speaker_name"] for q in found}
    assert said["that he ha"] == "Dan Whitlock"  # parsed with no subject at all
    assert said["I just clo"] == "Leon Okoro"  # not the striker's title


def test_a_business_the_tagger_reads_as_a_place_is_still_the_company_meant_later() -> None:
    # "Northwind Retail" is tagged GPE
    found = quotes(
        "Profit warning\n"
        "Shares in Northwind Retail fell 18% on Thursday after the supermarket chain warned "
        "that annual profit would be lower than expected.\n"
        "The company said in a trading update that sales fell 2.4%.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Northwind Retail"] * 2


def test_a_governor_named_after_his_title_is_the_governor_who_speaks_later() -> None:
    found = quotes(
        "Flood relief\n"
        "The Ogun State Governor, Prince Dapo Adeyemi, has said farmers will be paid.\n"
        "The governor, who spoke through his deputy, Engr. Funmilayo Ogunleye, at a meeting "
        "in Abeokuta, said no farmer would be left out.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Dapo Adeyemi"] * 2


def test_a_wire_dateline_is_no_part_of_the_speaker_and_the_cm_is_the_chief_minister() -> None:
    found = quotes(
        "Water by March: CM\n"
        "Hubballi (Karnataka), Nov 14 (PTI) Karnataka Chief Minister M R Venkatesh Gowda on "
        "Saturday said the water project would be completed by March.\n"
        "Speaking to reporters, the CM said most of the pipeline work had been completed.\n"
    )
    assert [q["speaker_name"] for q in found] == ["M R Venkatesh Gowda"] * 2
    assert found[0]["speaker_role"] == "Karnataka Chief Minister"


def test_questions_are_the_interviewers_when_the_introduction_names_them() -> None:
    found = quotes(
        "Reefs\n"
        "Marine biologist Anna Berg has spent 19 years diving. She spoke to Jonah Pereira "
        "about heat and hope.\n"
        "Q: Why keep going?\n"
        "A: Because two-thirds of the sites will survive, and that is worth the work.\n"
    )
    said = {q["words"][:8]: q["speaker_name"] for q in found}
    assert said["Why keep"] == "Jonah Pereira"
    assert said["Because "] == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prosecutor Simon Arkwright KC told the jury that the nurse had lied about the notes.",
         "Simon Arkwright"),
        ("Coach Graham Tulloch spoke after the game. The Scot said he had not had that "
         "conversation with the board.", "Graham Tulloch"),
        ("The chairman, Chief Olusegun Adebiyi-Coker, spoke first. \u201cMoney alone will not "
         "solve it,\u201d Adebiyi-Coker said.", "Olusegun Adebiyi-Coker"),
    ],
)
def test_letters_a_nationality_or_a_hyphenated_surname_still_name_the_person(
    text: str, speaker: str
) -> None:
    found = quotes(f"News\n{text}\n")
    assert [(q["speaker_name"], q["speaker_type"]) for q in found][-1] == (speaker, "person")


def test_a_headline_signed_after_a_colon_is_its_speakers_but_not_a_shouted_one() -> None:
    story = (
        "Chief Minister M R Venkatesh Gowda on Saturday said the water project would be "
        "completed by March.\n"
    )
    signed = quotes("Hubballi-Dharwad to get 24x7 water by March 2027: CM\n" + story)
    assert signed[0]["words"] == "Hubballi-Dharwad to get 24x7 water by March 2027"
    assert signed[0]["speaker_name"] == "M R Venkatesh Gowda"
    for headline in ("IN MIAMI, THE ISSUE IS NOT A BOY, BUT A MAN: CASTRO",
                     "Brexit and the border after ten years: The Final Countdown"):
        assert not any(q["words"] in headline for q in quotes(f"{headline}\n{story}")), headline


def test_a_quoted_nickname_is_part_of_no_statement_and_no_name() -> None:
    found = quotes(
        "Senator grills customs\n"
        "MANILA, Philippines \u2014 Sen. Ramon \u201cMonching\u201d Villaflor on Wednesday "
        "accused customs officials of allowing 64 container vans to leave the port.\n"
        "\u201cThese shipments did not just vanish into thin air,\u201d Villaflor said.\n"
    )
    assert not any(q["words"] == "\u201cMonching\u201d" for q in found)
    assert {q["speaker_name"] for q in found} == {"Ramon Villaflor"}


def test_the_service_written_with_its_capital_is_the_body_named_before() -> None:
    found = quotes(
        "Cholera\n"
        "The Ghana Health Service has recorded 46 cases of cholera in the district.\n"
        "The Service said most of the cases were recorded in Kasoa.\n"
    )
    assert found[-1]["speaker_name"] == "Ghana Health Service"


def test_a_child_named_by_a_given_name_alone_takes_the_family_surname() -> None:
    found = quotes(
        "Family\n"
        "Manuel Gonzalez, 59, a bus mechanic, has stayed out of the glare of the cameras.\n"
        "His daughter, Rosa, said he would prefer not to talk about the issue.\n"
        "Lena Voss, 44, runs the bakery. Her husband, Tom, said the ovens were off.\n"
    )
    said = {q["words"][:12]: q["speaker_name"] for q in found}
    assert said["he would pre"] == "Rosa Gonzalez"
    assert said["the ovens we"] == "Tom"  # a husband need not share her name


def test_one_of_a_persons_sons_is_not_that_person_and_his_son_george_is_a_bush() -> None:
    found = quotes(
        "Chief of staff under fire\n"
        "One of President Bush's sons has told the chief of staff that he has lost support "
        "among Republicans, sources said.\n"
        "Sununu was told on Wednesday by Bush's son, George, that he had alienated the "
        "Cabinet.\n"
    )
    said = {q["words"][:12]: (q["speaker_name"], q["speaker_type"]) for q in found}
    assert said["that he has "][0] != "Bush"  # one of his sons, not the president
    assert said["that he had "] == ("George Bush", "person")


def test_the_shop_or_the_pub_is_the_business_named_before() -> None:
    found = quotes(
        "High street\n"
        "Marks & Spencer has closed its branch on Quay Street after the floods.\n"
        "The shop said it would reopen when the insurers had been.\n"
    )
    assert found[-1]["speaker_name"] == "Marks & Spencer"


def test_a_spokesman_for_someone_is_an_unnamed_source_not_them() -> None:
    found = quotes(
        "Housing\n"
        "Prime Minister Eleanor Whitcombe was in Leeds on Monday.\n"
        "A spokesman for Mrs Whitcombe added: \u201cWe have cut planning delays by a third.\u201d\n"
    )
    assert (found[-1]["speaker_name"], found[-1]["speaker_type"]) == (
        "A spokesman for Mrs Whitcombe", "anonymous")


def test_her_barrister_is_the_barrister_the_article_named() -> None:
    found = quotes(
        "Trial\n"
        "Cross-examined by defence barrister Naomi Feld, Ms Moss accepted that she had not "
        "kept a copy.\n"
        "Her barrister told jurors that the records were amended in good faith.\n"
    )
    said = {q["words"][:12]: q["speaker_name"] for q in found}
    assert said["that the rec"] == "Naomi Feld"


def test_a_quote_opened_by_a_colon_before_its_cue_is_the_quote_alone() -> None:
    # "X scolded him: "...," she said": the words before the colon are the writer's
    found = quotes(
        "Senators question the doctor\n"
        "Sen. Norma Blackwell (D-Ore.) scolded him: “The scientific community is "
        "against you on all three products,” she said.\n"
    )
    assert [(q["words"], q["speaker_name"]) for q in found] == [
        ("“The scientific community is against you on all three products,”", "Norma Blackwell")
    ]


def test_who_wrote_after_a_place_is_the_one_from_that_place() -> None:
    found = quotes(
        "Viewers write in\n"
        "The host ended the segment with an email from a viewer in Millbrook, who wrote: "
        "\"We are not asking for miracles. We are asking for a date.\"\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("a viewer in Millbrook", "anonymous")
    ]


def test_a_name_after_an_office_the_tagger_missed_is_a_person() -> None:
    found = quotes(
        "Shutdown talks stall\n"
        "Senate Minority Whip Dolores Hollis said on Sunday that Democrats would not vote "
        "for the bill. \"We have been very clear about this,\" the Senate minority whip said.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Dolores Hollis", "person"), ("Dolores Hollis", "person")
    ]


def test_a_second_cue_the_parser_joined_to_the_reported_clause_is_the_first_speakers() -> None:
    text = (
        "Burst main\n"
        "A spokeswoman for Severn Vale Water said engineers had isolated the main but warned "
        "that repairs \"could take until Tuesday at the earliest\".\n"
        "House Majority Leader Tom Mercado took a harder line. He argued that the provisions "
        "were \"the price of admission\" for Republican votes and insisted the House would "
        "not take up a Senate bill without them.\n"
    )
    found = [(q["words"], q["speaker_name"]) for q in quotes(text)]
    assert ("engineers had isolated the main", "a spokeswoman for severn vale water") in [
        (w, (n or "").lower()) for w, n in found
    ]
    assert ("the House would not take up a Senate bill without them", "Tom Mercado") in found


def test_a_shows_quoted_name_is_where_it_was_said_not_what() -> None:
    found = quotes(
        "Sunday shows\n"
        "Appearing on Fox News' \"Sunday Briefing,\" House Majority Leader Tom Mercado took "
        "a harder line.\n"
        "Senator Ines Waldegrave said on NBC's \"Meet the Nation\" that Democrats would not "
        "vote for the bill.\n"
    )
    assert [(q["words"], q["speaker_name"]) for q in found] == [
        ("that Democrats would not vote for the bill", "Ines Waldegrave")
    ]


def test_say_with_a_clause_the_parser_read_as_an_object_reports_the_clause() -> None:
    found = quotes(
        "Farm fees\n"
        "Assemblywoman Janet Kowalczyk argued that the fees would hurt farms. She said a "
        "Farm Bureau analysis estimated compliance costs at $22,000 per farm per year.\n"
    )
    assert ("a Farm Bureau analysis estimated compliance costs at $22,000 per farm per year",
            "Janet Kowalczyk") in [(q["words"], q["speaker_name"]) for q in found]


def test_an_order_joined_to_a_ruling_is_the_one_who_ruled() -> None:
    found = quotes(
        "Stormy sitting\n"
        "Speaker of the House Clifton Morrison-Bailey ruled that the word \"cooked\" was "
        "unparliamentary and ordered the member to withdraw it.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Clifton Morrison-Bailey"] * len(found)
    assert found


def test_a_cue_the_tagger_read_as_a_noun_after_an_age_still_attributes() -> None:
    found = quotes(
        "Estimates row\n"
        "Opposition spokesman Wayne Pottinger-Hall accused the Government of hiding a hole.\n"
        "Finance Minister Marlon Tavares-Grant replied in the debate.\n"
        "\"I withdraw 'cooked'. I do not withdraw the $14 billion,\" Pottinger-Hall said.\n"
        "Tavares-Grant told the House that the figure was \"a number pulled from the air\", "
        "and noted that the International Monetary Fund had endorsed the fiscal framework.\n"
        "\"We have nothing to hide. Every dollar is in these estimates and every dollar is "
        "accounted for,\" the 58-year-old stressed.\n"
    )
    assert found[-1]["speaker_name"] == "Marlon Tavares-Grant"
    assert found[-1]["words"].startswith("\"We have nothing to hide.")


def test_the_one_an_agency_quoted_as_saying_is_the_speaker() -> None:
    found = quotes(
        "Prisoner talks\n"
        "Qatar's minister of state, Sheikh Khalid bin Hamad Al Thani, hosted the talks.\n"
        "The official Qatar News Agency (QNA) quoted Sheikh Khalid as saying that both "
        "delegations had accepted the principle of all for all.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Khalid bin Hamad Al Thani"]


def test_a_name_given_first_in_a_headline_is_the_full_name_below() -> None:
    found = quotes(
        "Qatar's Sheikh Khalid hosts Yemen prisoner talks in Doha\n"
        "Qatar's Minister of State, Sheikh Khalid bin Hamad Al Thani, said on Tuesday that an "
        "exchange was within reach.\n"
        "Sheikh Khalid told reporters that the lists were ready.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Khalid bin Hamad Al Thani"] * 2


def test_a_participle_after_the_reported_clause_is_the_ministrys() -> None:
    found = quotes(
        "Gulf talks\n"
        "Kuwait's foreign ministry said in a statement carried by the state news agency KUNA "
        "that Kuwait \"values the tireless efforts of the State of Qatar\", urging all "
        "parties to \"seize this humanitarian opportunity\".\n"
    )
    ministry = "Kuwait's foreign ministry"
    assert [(q["words"][:12], q["speaker_name"]) for q in found] == [
        ("that Kuwait ", ministry), ("to \"seize th", ministry)
    ]


def test_a_source_known_by_a_name_is_that_name() -> None:
    found = quotes(
        "Gulf talks\n"
        "A senior Houthi negotiator known as Abu Yousef told the group's television that his "
        "side had \"submitted its lists in full\".\n"
    )
    assert [(q["speaker_name"], q["speaker_type"], q["speaker_role"]) for q in found] == [
        ("Abu Yousef", "person", "senior Houthi negotiator")
    ]


def test_a_quote_closed_by_a_question_mark_is_the_speaker_named_after_it() -> None:
    found = quotes(
        "Plant ruling\n"
        "A spokeswoman for Rijnmond Chemie said the company was studying the ruling.\n"
        "\"If a project that received every permit can be stopped, who will still invest in "
        "Europe?\" Pieter van der Berg, the group's chief executive, told reporters in "
        "Rotterdam. \"We followed every rule we were given.\"\n"
    )
    assert found[-1]["speaker_name"] == "Pieter van der Berg"


def test_the_one_who_asked_is_not_the_she_who_answered() -> None:
    found = quotes(
        "Stores to close\n"
        "Ms Whitlock, the chief executive, told analysts the closures would save money.\n"
        "Asked by one analyst whether more closures were possible, she said: \"I'm not going "
        "to rule anything in or out today.\"\n"
    )
    assert found[-1]["speaker_name"] == "Whitlock"


def test_let_them_know_is_the_one_letting_them_know() -> None:
    found = quotes(
        "Clinton on Tulsa\n"
        "Hillary Clinton said she wanted to speak \"directly to white people\" and let them "
        "know that \"this is not who we are.\"\n"
    )
    assert [q["speaker_name"] for q in found] == ["Hillary Clinton"] * len(found)
    assert len(found) >= 1


def test_when_it_was_said_is_not_what_was_said() -> None:
    found = quotes(
        "Rally\n"
        "President Halvorsen told voters this weekend he would consider it a personal insult "
        "if they stayed home.\n"
    )
    assert [q["words"] for q in found] == [
        "he would consider it a personal insult if they stayed home"
    ]


def test_a_cleft_names_the_one_it_was() -> None:
    found = quotes(
        "Grape vine\n"
        "Jean Stodden grows the grape in the Ahr Valley.\n"
        "It was a wine merchant in Berlin who first informed me that the variety was alive "
        "and well in the valley.\n"
        "\"If Pinot Noir is a distinguished gentleman, then this is an elegant lady,\" the "
        "Berlin wine merchant said.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("a wine merchant in Berlin", "anonymous"), ("a wine merchant in Berlin", "anonymous")
    ]


def test_calling_joined_to_a_clause_about_the_state_is_the_ministers() -> None:
    found = quotes(
        "Housing row\n"
        "Chief Minister Sunil Tirkey said the State had completed 3.1 lakh houses under its "
        "own scheme and called it \"a model for the country\".\n"
    )
    assert [q["speaker_name"] for q in found] == ["Sunil Tirkey", "Sunil Tirkey"]


def test_a_closing_participle_speaks_for_the_sentences_subject() -> None:
    found = quotes(
        "Rail link blowout\n"
        "Premier Claire Donnellan has defended her government's handling of the rail link "
        "after it emerged the project's cost had blown out by $2.4 billion, insisting the "
        "line will still open on schedule in 2029.\n"
    )
    assert [(q["words"], q["speaker_name"]) for q in found] == [
        ("the line will still open on schedule in 2029", "Claire Donnellan")
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the sentence before "He added" is the judge's quote: its speaker, not
        # the man the quote names, is "he"
        ("Driver jailed\n\nJudge Alistair Crewe said the case was among the worst he had "
         'seen. "You made a choice," the judge told Reddings. "Mr Holloway paid for that '
         'choice with his life."\n\nHe added that the early guilty plea had earned Reddings '
         "a reduction.\n", ["Alistair Crewe"] * 3),
        # nor is a phrase inside the quote ("One of them") "she"
        ('Storm\n\n"We learned hard lessons," Joan Whitfield said. "One of them is that you '
         "don't wait.\"\nAsked about long lines, she acknowledged there had been \"some "
         'bottlenecks".\n', ["Joan Whitfield"] * 2),
        # of two coaches who spoke, "the coach" is the one who spoke last, just before
        ("Harbourside win\n\nHarbourside coach Steve Ruawai said his side had let it get "
         "interesting.\n\nRidgeline coach Dean Marsters said his side had left too much to "
         'do.\n\n"Josh was talking and moving everything," the coach said.\n',
         ["Steve Ruawai", "Dean Marsters", "Dean Marsters"]),
    ],
)
def test_a_speaker_is_never_someone_named_inside_the_quote_before(
    quotes_of: QuotesOf, text: str, speakers: list[str]
) -> None:
    assert [q["speaker_name"] for q in quotes_of(text)] == speakers


def test_a_dateline_in_capitals_with_accents_is_no_part_of_the_speaker(
    quotes_of: QuotesOf,
) -> None:
    # "they say" in a clause on the subject: the subject is who says it
    found = quotes_of("Fishermen blockade river port as protest enters second week\n\nSANTA "
                      "LUZIA DO TAPAJÓS, Brazil — Hundreds of fishermen and Indigenous residents "
                      "blocked access to a river port for a seventh day on Sunday, demanding the "
                      "suspension of a dredging project they say is destroying fish stocks.\n")
    assert [q["speaker_name"] for q in found] == [
        "Hundreds of fishermen and Indigenous residents"]
