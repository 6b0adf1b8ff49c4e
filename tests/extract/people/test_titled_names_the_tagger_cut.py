"""Names the tagger cut or mislabelled, on paragraphs written for these tests:
a title of address before a name the tagger cut ("Deputy Minister for Works
Mr Baraka | Juma Mfinanga", "MPA Rana Sajjad Ahmed | Khan", four names long),
a body's staff named after "its coordinator," (the name tagged a building),
a three-word name tagged a body before ", who", a given name tagged a place
after an office ("State Senator Danielle | Marchand-Pruitt"), and a name
described as "a local NGO" (a body, not a person)."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_title_says_where_a_cut_name_starts(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Probe into fertiliser\nDeputy Minister for Agriculture Mr Hamisi Omari Mzava announced "
        "in Parliament yesterday that the team would report within 30 days.\nMbeya Regional "
        "Police Commander ACP Benjamin Kasololo Mwakyusa confirmed that two dealers had been "
        "arrested.\n")
    assert people == ["Benjamin Kasololo Mwakyusa", "Hamisi Omari Mzava"]
    assert speakers == [("Hamisi Omari Mzava", "person"),
                        ("Benjamin Kasololo Mwakyusa", "person")]


def test_a_name_of_four_words_after_an_office(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Rally row\nPML-N MPA Rana Sajjad Ahmed Khan rejected the allegations as \"politics of "
        "victimhood\".\n")
    assert people == ["Rana Sajjad Ahmed Khan"]
    assert speakers == [("Rana Sajjad Ahmed Khan", "person")]


def test_an_office_after_a_title_is_no_name(speakers_and_people: SpeakersAndPeople) -> None:
    # "Chief" is a title of address too: the four capitalised words after
    # it hold an office, and the name is the tagger's
    _, people = speakers_and_people(
        "Port case\nChief Special Prosecutor Milena Vukcevic dismissed suggestions that the "
        "timing was political.\n")
    assert people == ["Milena Vukcevic"]


def test_a_bodys_coordinator_named_after_its(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Villagers map their forest\nThe mapping is supported by Lingkar Hutan Kapuas, a local "
        "NGO. Its coordinator, Agustinus Hendra Wijaya, said villages that submitted detailed "
        "maps had a much better chance of recognition.\n")
    assert people == ["Agustinus Hendra Wijaya"]
    assert speakers == [("Agustinus Hendra Wijaya", "person")]


def test_three_names_tagged_a_body_before_who(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Glaciers retreat\nIn the community of Vicos, farmers have noticed the change.\nJuana "
        "Quispe Mamani, who grows potatoes and keeps alpacas at 3,800m, said the stream that fed "
        "her fields now ran dry for weeks.\n\"When my grandmother was young, the ice came down "
        "almost to the path,\" she told the BBC.\n")
    assert people == ["Juana Quispe Mamani"]
    assert speakers == [("Juana Quispe Mamani", "person")] * 2


def test_a_given_name_tagged_a_place_after_an_office(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Levee\nState Representative Danielle Marchand-Pruitt, whose district takes in Port "
        "Verrine, disputes that. She says the levee district never filed a formal request.\n")
    assert people == ["Danielle Marchand-Pruitt"]
    assert speakers == [("Danielle Marchand-Pruitt", "person")]
