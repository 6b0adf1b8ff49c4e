"""People and bodies as Indigenous-affairs, pharmaceutical, Gulf and
provincial-politics desks write them, on paragraphs written for these tests:
"Aunty" an elder's title; "the Warumungu woman" for the woman who just spoke;
given names before an Arabic surname's "Al" the tagger left out; a place the
tagger reads as a place elsewhere; a firm's analyst ("Stifel's Annalise
Brennan-Okoro"); a given name read as an adjective before a double surname;
companies named for their trade ("Savera Biologics", "Corvanta
Therapeutics"); a department named with commas; a body before a role and a
name; "my landlord" inside a quote, unnamed; "Quebec's health minister" in a
lede, the minister named next."""

from __future__ import annotations

from spacy.tokens import Span

from newsdesk.extract.people.name_spans import name_span
from newsdesk.nlp import load_nlp

from .conftest import SpeakersAndPeople


def test_aunty_is_an_elders_title(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Water licence opposed\nAunty Dulcie Marrawan, a senior traditional owner, said "
        "families learned of the plan from a notice.\nAunty Dulcie said she would take the "
        "objection to Darwin.\nIts chair, Aunty Dr Rosalind Kemarre-Webb, said the targets "
        "were not the problem.\n")
    assert people == ["Dulcie Marrawan", "Rosalind Kemarre-Webb"]
    assert speakers == [("Dulcie Marrawan", "person")] * 2 + [("Rosalind Kemarre-Webb", "person")]


def test_the_woman_of_a_people_is_the_woman_who_just_spoke(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Targets missed\nThe group's convener, Rosalind Kemarre-Webb, said the problem was "
        "not the targets.\n“Governments treat us like contractors,” the Arrernte woman said.\n")
    assert speakers == [("Rosalind Kemarre-Webb", "person")] * 2


def test_given_names_before_an_arabic_surname() -> None:
    doc = load_nlp()("Director of the Licensing Department, Khalid Saeed Al Marri, said "
                     "inspections would continue.")
    at = [t.text for t in doc].index("Al")
    # the tagger's entity as it sometimes comes: the surname alone, from its "Al"
    doc.ents = [Span(doc, at, at + 2, "PERSON")]
    assert name_span(doc.ents[0]).text == "Khalid Saeed Al Marri"


def test_a_place_the_tagger_reads_as_a_place_elsewhere(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Abu Dhabi tenants to get 90 days' notice of rent rises\nSalma Al Hammadi\n"
        "Landlords in Abu Dhabi will have to give tenants 90 days' written notice of any "
        "increase.\n")
    assert people == ["Salma Al Hammadi"]


def test_a_firms_analyst_and_a_given_name_read_as_an_adjective(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Drug rejected\n“Investors will remember this,” Stifel’s Annalise Brennan-Okoro said "
        "in an interview.\nNot all doctors were persuaded by the company’s case. Anjali "
        "Ramaswamy-Hughes, a neurologist in Leeds, said the trial was too small.\n")
    assert people == ["Anjali Ramaswamy-Hughes", "Annalise Brennan-Okoro"]
    assert speakers == [("Annalise Brennan-Okoro", "person"),
                        ("Anjali Ramaswamy-Hughes", "person")]


def test_companies_named_for_their_trade(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Trial results\nAn experimental antibody from Corvanta Therapeutics slowed decline by "
        "31%, the company said, a result that puts it ahead of Eisai.\nThe plant belongs to "
        "Savera Biologics, which said it had fixed the problems.\n")
    assert people == []
    assert speakers[0] == ("Corvanta Therapeutics", "organisation")


def test_a_department_named_with_commas(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Licence opposed\nThe Department of Lands, Planning and Environment advertised the "
        "application in March.\nAccording to the department, the catchment has a sustainable "
        "yield of 60 gigalitres a year.\n")
    assert speakers == [("Department of Lands, Planning and Environment", "organisation")]


def test_a_body_before_a_role_and_a_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Fish kills\nYugul Mangi ranger coordinator Darren Joshua told the ABC rangers had "
        "found dead fish in two waterholes.\n")
    assert people == ["Darren Joshua"]
    assert speakers == [("Darren Joshua", "person")]


def test_someone_the_one_quoted_knows_is_an_unnamed_source(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Rents rise\n“Last year my landlord told us, two weeks before renewal, that the rent "
        "was going up by a fifth,” said Vikram Pillai, who shares the flat with his family.\n")
    assert ("my landlord", "anonymous") in speakers


def test_a_places_minister_in_the_lede_is_the_minister_named_next(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Overtime directive defended\nQUEBEC — Quebec's health minister on Wednesday "
        "defended a new directive limiting overtime for nurses, saying the rule would be "
        "applied \"with judgment\" in the regions.\n\"We are not going to close an emergency "
        "room to respect a memo,\" Sylvie Bouchard-Roy told reporters in French.\n")
    assert speakers == [("Sylvie Bouchard-Roy", "person")] * 2
