"""Speakers as sport, family and local-business stories refer to them, on
sentences written for these tests: a team's skipper is its captain, a
nationality with its region is the person named before, brothers written
"Karim and Fadi Khoury" are Karim Khoury and Fadi Khoury, and a kind of
business before a name, or a utility described after its name, is that body."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_skipper_is_the_captain_named_before(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Ballymore edge it\n"
        "A late point from captain Seán Ó Murchú settled the game.\n"
        "“The young lads carried us,” the Ballymore skipper said.\n"
    )
    assert speakers == [("Seán Ó Murchú", "person")]
    assert people == ["Seán Ó Murchú"]


def test_a_nationality_with_its_region_is_the_person_named_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Rovers beaten\n"
        "Rovers boss Declan Harkin-Moore said his side had switched off.\n"
        '"We stopped doing the simple things," the Northern Irishman added.\n'
    )
    assert speakers == [("Declan Harkin-Moore", "person"), ("Declan Harkin-Moore", "person")]


def test_brothers_written_with_one_surname_are_two_people(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Bakery to move\n"
        "Leila Haddad still bakes every morning alongside her sons, Karim and Fadi Haddad.\n"
        "Karim, 45, said he had looked for new premises for two years.\n"
        "It rained all week. Fadi, 41, argues that the regulars will follow them.\n"
        "His brother is less sure. Fadi, who has baked here since he left school, argues "
        "that customers will not cross town.\n"
    )
    assert speakers == [("Karim Haddad", "person"), ("Fadi Haddad", "person"),
                        ("Fadi Haddad", "person")]
    assert people == ["Fadi Haddad", "Karim Haddad", "Leila Haddad"]


def test_a_kind_of_business_before_a_name_is_that_business(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Bakery to move\n"
        "Developer Harbourline Living said it had offered the family a new lease.\n"
    )
    assert speakers == [("Harbourline Living", "organisation")]
    assert people == []


def test_the_utility_is_the_company_named_before_not_its_chief(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Bills to rise\n"
        "Chief executive Oluwaseun Bankole-Price told the board of Marrick Water the increase "
        "was needed.\n"
        '"We are patching pipes laid a century ago," Bankole-Price said.\n'
        "The utility says the average bill will rise to $70 a month.\n"
    )
    assert speakers[-1] == ("Marrick Water", "organisation")
    assert people == ["Oluwaseun Bankole-Price"]


def test_a_business_declining_to_comment_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Contract questioned\nHalloran Engineering declined to comment.\n"
        "Garda Sergeant Aoife Brannigan said inquiries were continuing.\n"
    )
    assert people == ["Aoife Brannigan"]


def test_a_parent_named_only_as_a_speaker_is_the_one_of_that_surname(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # "Elian's father" is the one other Gonzalez, a man, the article names
    speakers, _ = speakers_and_people(
        "Father criticizes meeting\n"
        "Elian Gonzalez has been living with relatives in Miami since November.\n"
        "In an interview, Elian's father criticized how the meeting was handled.\n"
        "``They are not going to buy me,'' said Juan Miguel Gonzalez.\n"
    )
    assert speakers[0] == ("Juan Miguel Gonzalez", "person")


def test_kin_of_another_kind_or_gender_is_not_taken_for_the_parent(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Family to appeal\n"
        "Karim Haddad was released on Monday. His sister, Nadia Haddad, was not in court.\n"
        "His uncle, Omar Haddad, said the family had waited a year.\n"
        "Karim Haddad's father said the family would appeal.\n"
    )
    assert speakers[-1] == ("Karim Haddad's father", "anonymous")


def test_a_given_name_alone_opening_a_sentence_is_the_one_named_in_full_with_it(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # the tagger reads "Adaeze shrugs" as an adjective and a noun; "she" is Adaeze
    speakers, _ = speakers_and_people(
        "A fintech grows up\n\nAdaeze Nwachukwu-Ibe founded Ledgerly.\n"
        "Inés de la Fuente said expansion would be hard.\nAdaeze shrugs at the doubters.\n"
        '"Being underestimated is my only advantage," she says.\n')
    assert speakers[-1] == ("Adaeze Nwachukwu-Ibe", "person")
