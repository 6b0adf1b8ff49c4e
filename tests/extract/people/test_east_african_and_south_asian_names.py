"""Names and offices as Kenyan, Tanzanian, Pakistani and Bangladeshi papers
and science desks write them, on paragraphs written for these tests: a name
of four words the tagger cut in two ("Syed Faraz | Hussain Bukhari"), forms
of address that are no part of a name ("Mzee", "Mheshimiwa", "Begum"), the
Kalenjin particle "arap", a title of address before a name and a role after
it ("Advocate X, counsel for the petitioner" named again as "the counsel"),
"the RC" for a regional commissioner, "the hurricane center" (no playing
position), and Swahili offices ("Mheshimiwa Naibu Spika") addressed in a
quote."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_four_word_name_cut_in_two_is_one_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Police deny role in disappearance\nA spokesperson for Gujranwala police, Syed Faraz "
        "Hussain Bukhari, denied that the department had any role.\n")
    assert people == ["Syed Faraz Hussain Bukhari"]
    assert speakers == [("Syed Faraz Hussain Bukhari", "person")]


def test_forms_of_address_are_no_part_of_the_name(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Residents doubt hospital claims\nMzee Joseph Kibet Cheruiyot, a retired teacher, said "
        "no work had been done at the site for months.\nMbozi Kusini MP Mheshimiwa Jackline "
        "Ndelwa Mwasongwe told the House that farmers had waited for two months.\nAkram's wife, "
        "Begum Nasreen Akram, said their three children had stopped going to school.\n")
    assert {"Joseph Kibet Cheruiyot", "Jackline Ndelwa Mwasongwe", "Nasreen Akram"} <= set(
        people)
    assert not any(p.split()[0] in ("Mzee", "Mheshimiwa", "Begum") for p in people)


def test_arap_is_a_particle_of_a_kalenjin_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Kerio MCAs table impeachment motion\nMajority Leader Hon. Nelson Kipkemboi arap Rotich "
        "said the county had paid the firm twice.\n\"We want answers in seven days,\" Mr arap "
        "Rotich, the UDA MCA for Kapsowar ward, told the House.\n")
    assert people == ["Nelson Kipkemboi arap Rotich"]
    assert speakers == [("Nelson Kipkemboi arap Rotich", "person")] * 2


def test_roles_named_again_by_the_word_or_the_initials(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Court hears habeas petition\nAdvocate Shahid Iqbal Sahi, counsel for the petitioner, "
        "told the court that the police had registered no case.\n\"My lord, eleven days have "
        "passed,\" the counsel argued.\n")
    assert speakers == [("Shahid Iqbal Sahi", "person")] * 2
    speakers, _ = speakers_and_people(
        "RC orders inspection of stores\nThe Regional Commissioner, Dr Anna Mwakalinga Kibasa, "
        "said no store should sell subsidised fertiliser at market prices. \"We will not "
        "tolerate it,\" the RC warned.\n")
    assert speakers == [("Anna Mwakalinga Kibasa", "person")] * 2


def test_the_hurricane_center_is_no_playing_position(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Storm strengthens off Mexico\nThe U.S. National Hurricane Center said the storm's winds "
        "had increased to 140 mph.\n\"With the last storm we lost everything,\" said Juan Carlos "
        "Bernal, a fisherman.\nSea temperatures were running above normal this week, according "
        "to the hurricane center.\n")
    assert speakers[-1] == ("U.S. National Hurricane Center", "organisation")


def test_swahili_offices_addressed_in_a_quote_are_no_people(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "MP stands her ground\nThe Deputy Speaker cautioned her to withdraw it. \"I have the "
        "lorry numbers, Mheshimiwa Naibu Spika. I will table them,\" she replied.\n")
    assert people == []
