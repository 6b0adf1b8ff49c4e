"""Speakers and people as showbiz pages, court reports and Southeast Asian
desks write them, on paragraphs written for these tests: "pals say" and "a
pal of the personal trainer", unnamed; "The veteran broadcaster, 54", a
person by the age set off after a description; a headline's quote before a
colon and a show's name ("'...': Wake Up Britain's Gareth Pennock breaks
..."), and "X on Y: '...'"; a show's name in the possessive before a name is
no person; "and the 31-year-old says" is the subject of the sentence's main
clause; Thai police ranks ("Pol Maj Gen") and a Philippine "Undersecretary"
are titles; a rank after an office ("PNP chief Police Gen. X") is no part of
the office "the PNP chief" names; "the court held that"; a lawyer set off by
a hyphened name and her clinic; "..., the UN said, warning that ..."; a
body's initials after its whole name in brackets; a given name alone set off
by an age ("Anselmo, a 27-year-old fisherman,"); kin set off by a name no
table knows ("His mother, Hasnah,")."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_pals_and_a_pal_of_someone_are_unnamed_sources(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Kady Marsh splits from Reece Adeyemi as pals say she 'blindsided' him\n"
        "Reece was pictured leaving a club, though a pal of the personal trainer insisted the "
        "pair are \"just mates\".\n")
    assert speakers == [("pals", "anonymous"), ("a pal of the personal trainer", "anonymous")]


def test_a_description_with_an_age_set_off_is_a_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Breakfast row\nGareth Pennock has broken his silence after his clash with co-host Nadia "
        "Qureshi prompted complaints to Ofcom.\nThe veteran broadcaster, 54, insisted on Friday "
        "that he had 'nothing to apologise for'.\n")
    assert speakers == [("Gareth Pennock", "person")]


def test_a_headline_quote_before_a_colon_and_a_shows_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "'I won't be silenced': Wake Up Britain's Gareth Pennock breaks his silence after row\n"
        "Gareth Pennock has broken his silence after his on-air clash with Nadia Qureshi.\n")
    assert speakers == [("Gareth Pennock", "person")]
    assert people == ["Gareth Pennock", "Nadia Qureshi"]


def test_who_on_what_then_the_quote(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "EXCLUSIVE: Geordie Shore's Chantelle 'Telly' Robson on her surprise pregnancy: 'We'd "
        "been trying for two years'\nGeordie Shore's Chantelle Robson is expecting her first "
        "baby with fiancé Dean Makepeace - and the 31-year-old says the news still hasn't sunk "
        "in.\n")
    assert speakers == [("Chantelle Robson", "person")] * 2
    assert "Geordie Shore" not in people


def test_thai_police_ranks_and_an_undersecretary_are_titles(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Call-centre gang\nPolice have arrested 14 suspects, national police chief Pol Gen "
        "Kittipong Srisawat said on Monday.\nThe suspect denied all charges, according to Pol "
        "Maj Gen Weerachai Sonthiwong.\nThe caretaker is now under witness protection, Justice "
        "Undersecretary Nicanor Pascual Reyes confirmed.\n")
    # (the suspect's denial, reported by the general, is a statement of its own)
    assert [name for name, _ in speakers] == [
        "Kittipong Srisawat", "Weerachai Sonthiwong", "The suspect", "Nicanor Pascual Reyes"]
    assert people == ["Kittipong Srisawat", "Nicanor Pascual Reyes", "Weerachai Sonthiwong"]


def test_a_rank_after_an_office_is_no_part_of_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Shabu lab\nFormer Lipa City Mayor Fernando Alcantara did not attend the hearing. "
        "Alcantara has denied owning the farm, and Alcantara's lawyer said he was ill.\nPNP "
        "chief Police Gen. Rommel Dizon Sarmiento told senators that the laboratory could "
        "produce 50 kilos a week.\n\"We are not saying that he is the one,\" the PNP chief "
        "said.\n")
    assert speakers[-2:] == [("Rommel Dizon Sarmiento", "person")] * 2


def test_a_court_held_that(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Veterans deadline\nBy a vote of 6-3, the court held that the 120-day deadline is not "
        "\"jurisdictional\" and can be extended.\n")
    assert speakers == [("the court", "organisation")]


def test_a_lawyer_set_off_by_a_hyphened_name_and_her_clinic(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Veterans deadline\nThe case was brought by Luis Castellanos, a Marine Corps veteran.\n"
        "In a statement, Castellanos's lawyer, Miriam Oduya-Fenn of the "
        "Stetson Veterans Advocacy Clinic, called the decision \"a recognition\" of his "
        "service.\n")
    assert speakers == [("Miriam Oduya-Fenn", "person")]


def test_a_participle_after_said_is_the_same_speakers(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Convoy\nA convoy of 14 trucks carrying food, medicine and nutrition supplies reached "
        "the outskirts of El Fasher in North Darfur on Tuesday, the first to get through since "
        "October, the UN said, warning that a single convoy would not turn back the tide of "
        "hunger.\n")
    assert speakers == [("UN", "organisation")] * 2


def test_a_bodys_initials_after_its_whole_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Convoy\nThe trucks left on Sunday after talks led by the UN Office for the Coordination "
        "of Humanitarian Affairs (OCHA).\nOCHA says the response plan is just 6 per cent "
        "funded.\n")
    assert speakers == [("Office for the Coordination of Humanitarian Affairs", "organisation")]


def test_a_given_name_set_off_by_an_age(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Fishermen\nAnselmo, a 27-year-old fisherman who survived by hiding behind a reef, said "
        "the soldiers began shooting before the boats reached the sand.\n\u201cWe raised our "
        "hands,\u201d he said.\n")
    assert speakers == [("Anselmo", "person")] * 2
    assert people == ["Anselmo"]


def test_kin_set_off_by_a_name_no_table_knows(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Smelter blast\nAmong the dead was Ilham, 24, a welder from Bulukumba. His mother, Hasnah, "
        "told Kompas.com that her son had called her on Sunday.\n")
    assert speakers == [("Hasnah", "person")]
