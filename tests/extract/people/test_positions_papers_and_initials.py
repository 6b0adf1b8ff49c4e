"""People and speakers as sport, court, wire, local and research desks write
them, on paragraphs written for these tests: a position or a referee before a
name the tagger missed, split or mislabelled ("Wales scrum-half Gethin
Vaughan", "referee Mathieu Carrère-Lasserre", "fly-half Fraser | Lindsay-Gow");
two given names and two surnames after an office; a given name taken for a
place before two surnames; a union's "secretary general" set off before a
name; "Alderwoman" as a title; "Ken Nolan" for "Kenneth John Nolan"; a
description with words of its own, or a trade noun, for the one the sentence
before was about or who spoke just before ("the former Edinburgh boss", "the
22-year coaching veteran", "the trade unionist"); "the second-term
Republican"; papers that speak as themselves ("a draft seen by ...", "A joint
letter from ...", "The 14-page opinion", "a BCB press release", "a report by
a think tank that accused"); an office by its initials ("The DSG said"); a
ship's name; "A cashier" and the "she" that goes back to her; "Co-author X";
"His agent", never named; two people of one surname; an interview's asker and
the one asked; a byline's date stamp; "telling a programme" what follows."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_position_before_a_name_the_tagger_took_for_a_place(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Penalties\nFormer Wales scrum-half Gethin Vaughan, writing in his column for a Cardiff "
        "paper, argued that the side had only themselves to blame.\n\"You can't give away that "
        "many penalties at Test level,\" he wrote.\n")
    assert speakers == [("Gethin Vaughan", "person")] * 2
    assert people == ["Gethin Vaughan"]


def test_a_referee_before_his_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Cards\nFrench referee Mathieu Carrère-Lasserre sin-binned lock Iwan Pritchard-Morgan "
        "early in the second half.\n\"Captain, this is the fourth penalty at the breakdown,\" "
        "the referee told him.\n")
    assert speakers == [("Mathieu Carrère-Lasserre", "person")]
    assert "Mathieu Carrère-Lasserre" in people


def test_two_given_names_and_two_surnames_after_an_office(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Rates\nBCU President Ana Inés Larrañaga Berro defended the decision in Montevideo. "
        "\"We cut because the data allowed us to cut,\" she told journalists.\n")
    assert speakers == [("Ana Inés Larrañaga Berro", "person")]
    assert people == ["Ana Inés Larrañaga Berro"]


def test_a_secretary_general_set_off_before_his_name_is_listed(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Fuel prices\nThe confederation denounced the measure.\nIts secretary general, Abdallahi "
        "Ould Ahmedou Salem, told APA that the unions would strike.\n")
    assert people == ["Abdallahi Ould Ahmedou Salem"]


def test_alderwoman_is_a_title_not_a_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Shooting\nWard 9 Alderwoman Laverne Tolliver-Gaines said the corner needed more "
        "patrols.\n")
    assert speakers == [("Laverne Tolliver-Gaines", "person")]
    assert people == ["Laverne Tolliver-Gaines"]


def test_a_described_role_is_the_subject_of_the_sentence_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Defeat\nScotland head coach Graeme Kinnaird was having none of it. \"Every coach who "
        "loses thinks the referee cost them,\" the former Edinburgh boss said.\n")
    assert speakers == [("Graeme Kinnaird", "person")]


def test_a_described_person_noun_is_who_just_spoke_in_the_paragraph(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Semifinal\nEastfield coach Denise Harlan said she did not remember putting it that way. "
        "\"But if I did, it worked,\" the 22-year coaching veteran said with a laugh.\n")
    assert speakers == [("Denise Harlan", "person")] * 2


def test_a_party_member_with_a_hyphened_word(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Grant tabled\nCouncilman Greg Palumbo argued that the town had held two hearings.\n"
        "\"We did the outreach. People didn't come,\" the second-term Republican said.\n")
    assert speakers == [("Greg Palumbo", "person")] * 2


def test_papers_that_speak_as_themselves(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Methane rules\nImporters will get two more years to comply, according to a draft seen "
        "by this newspaper.\nThe draft amendment says importers will not be fined before 2029.\n"
        "A joint letter from their energy ministers warned that the rules \"risk driving up "
        "prices\".\nThe 14-page opinion says the Commission \"could not reasonably have "
        "established\" that the milestones were met.\n")
    assert speakers == [("the draft", "organisation"), ("the draft amendment", "organisation"),
                        ("the joint letter", "organisation"), ("the opinion", "organisation")]


def test_a_release_by_the_body_named_before_its_noun(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Coach sacked\nThe Bangladesh Cricket Board sacked its batting coach on Thursday.\nThe "
        "decision was taken at an emergency meeting, a BCB press release said.\n")
    assert speakers == [("Bangladesh Cricket Board", "organisation")]


def test_an_office_by_its_initials(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Custodial death\nDeputy Solicitor General Shanaka Wijesinghe appeared for the Attorney "
        "General.\nThe DSG said the Attorney General had no objection to leave being granted.\n")
    assert speakers == [("Shanaka Wijesinghe", "person")]


def test_a_ministers_initials_are_the_ministrys_too(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Drones\nMinister of National Defense Hsu Wen-chieh announced the programme on Friday.\n"
        "The MND said in a press release that it would spend NT$1.8 billion on drones.\n")
    assert speakers[-1][1] == "organisation"


def test_a_ships_name_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Crew detained\nChina urges Peru to release the crew of the bulk carrier Hai Feng 8, "
        "Foreign Ministry spokesperson Guo Mingzhe said Tuesday.\n\"We hope the case will be "
        "handled fairly,\" the spokesperson said.\n")
    assert people == ["Guo Mingzhe"]
    assert speakers == [("Guo Mingzhe", "person")] * 2


def test_a_cashier_is_an_unnamed_source_and_she_is_her(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Shooting\nA cashier said the argument started inside the store.\n\"I heard two pops and "
        "everybody just dropped,\" she said.\n")
    assert speakers == [("A cashier", "anonymous")] * 2


def test_a_co_author_before_the_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Sleep study\nCo-author Marcus Delahanty, a sleep researcher, cautioned that the study "
        "was observational.\n")
    assert speakers == [("Marcus Delahanty", "person")]
    assert people == ["Marcus Delahanty"]


def test_his_agent_never_named_is_an_unnamed_source(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Coach sacked\nSamaraweera could not be reached for comment. His agent, however, told "
        "reporters that the coach was disappointed.\n")
    assert speakers == [("His agent", "anonymous")]


def test_of_two_people_with_one_surname_the_one_named_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Semifinal\nThen senior point guard Kayla Reyes took over.\n\"I took that personally,\" "
        "Reyes said.\nHer father, Tomas Reyes, said he had never been more nervous.\n")
    assert speakers[0] == ("Kayla Reyes", "person")


def test_a_report_by_an_unnamed_body_that_accused(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Debt trap\nThe ministry dismissed a report by a Brussels-based think tank that accused "
        "China of using loans to gain \"political leverage\" over governments.\n")
    assert ("the report", "organisation") in speakers


def test_a_trade_noun_is_who_spoke_in_the_paragraph_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Fuel prices\nUnion leader Mamadou Diallo told APA that the unions would call a general "
        "strike.\n\"Workers are already paying more for bread. Enough,\" the trade unionist "
        "said.\n")
    assert speakers == [("Mamadou Diallo", "person")] * 2


def test_the_one_an_interview_asked_answers_and_who_asked_asks(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Bridge sensors\n\u201cInspectors are very good,\u201d said Arvind Subramanian, a "
        "professor who led the research.\nPurdue News asked Subramanian\u2019s doctoral student "
        "and first author on the paper, Mariana de Souza Lima, about the work.\nQ: Why bearings, "
        "of all the parts of a bridge?\nA: Because nobody looks at them. They\u2019re hidden under "
        "the deck.\n")
    assert speakers == [("Arvind Subramanian", "person"), ("Purdue News", "organisation"),
                        ("Mariana de Souza Lima", "person")]


def test_a_bylines_date_stamp_is_no_turn_and_no_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Debt trap claims rebutted\nBy Lin Xiaoyi and Dong Jiahui Published: Mar 18, 2026 "
        "10:42 PM\nThe Foreign Ministry on Wednesday dismissed the report, saying it \"ignores "
        "basic facts.\"\n")
    assert all(name != "Dong Jiahui" for name, _ in speakers)
    assert people == ["Dong Jiahui", "Lin Xiaoyi"]


def test_a_hyphened_position_before_a_name_split_by_the_tagger(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Scores\nScotland scored twice while Wales were short-handed, fly-half Fraser "
        "Lindsay-Gow kicking 17 points in total.\nLindsay-Gow said the squad had been stung by "
        "criticism.\n")
    assert speakers == [("Fraser Lindsay-Gow", "person")]
    assert people == ["Fraser Lindsay-Gow"]


def test_a_given_name_the_tagger_took_for_a_place_before_two_surnames(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Budget vote\nThe bill passed 49-19 shortly after 4am. Ramiro Baigorria Luna, the "
        "Peronist senator who chairs the Education Committee, told the chamber that universities "
        "had lost money.\n")
    assert speakers == [("Ramiro Baigorria Luna", "person")]
    assert people == ["Ramiro Baigorria Luna"]


def test_told_a_programme_what_follows_with_no_that(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Truck charge\nTreasurer Aisha Moradi rejected the criticism, telling ABC Radio "
        "National's Breakfast program the charge would apply only to vehicles over 4.5 tonnes.\n")
    assert speakers == [("Aisha Moradi", "person")]


def test_a_given_name_written_short_is_the_one_it_begins(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Councillor fined\nMagistrate Andrew Pickering said there was no evidence Ken Nolan "
        "profited from the decision.\nKenneth John Nolan, 71, pleaded guilty in Moree Local Court "
        "on Thursday.\n")
    assert people == ["Andrew Pickering", "Kenneth John Nolan"]
