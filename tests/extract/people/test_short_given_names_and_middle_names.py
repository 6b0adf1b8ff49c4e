"""Names written with a short given name, initials or an untagged middle
name, on paragraphs written for these tests: the Philippine "Ma." and the
Malay "Moh." before a given name are the name's first word, nickname or not;
a South Asian initial before a name the tagger found is the name's; a
Kenyan middle name no table knows, between a given name and the surname the
tagger found alone, is the name's; and initials that are a place's ("U.S.")
stay out of the name after them."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_philippine_ma_opens_the_name_with_a_nickname_or_without(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Senators grill flood officials\nSen. Ma. Rosario \"Charo\" Dimaano-Cruz said the money "
        "for the dikes could not be traced.\nHer colleague Sen. Ma. Leonora Bautista said the "
        "hearing would resume on Monday.\n")
    assert speakers == [("Ma. Rosario Dimaano-Cruz", "person"), ("Ma. Leonora Bautista", "person")]
    assert people == ["Ma. Leonora Bautista", "Ma. Rosario Dimaano-Cruz"]


def test_a_malay_moh_opens_the_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Poll complaint received\nThe head of the district election watchdog, Moh. Rizal "
        "Tandiabang, said the agency had received the complaint on Friday.\n")
    assert speakers == [("Moh. Rizal Tandiabang", "person")]
    assert people == ["Moh. Rizal Tandiabang"]


def test_an_initial_before_a_ministers_name_is_the_names(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Compensation announced\nMinister for Rural Development T. Ilamaran Selvaraj "
        "announced that each family would receive Rs. 3 lakh. Collector D.K. Rajan "
        "Subbiah said the roads would reopen.\n")
    assert speakers == [("T. Ilamaran Selvaraj", "person"), ("D.K. Rajan Subbiah", "person")]
    assert people == ["D.K. Rajan Subbiah", "T. Ilamaran Selvaraj"]


def test_a_places_initials_stay_out_of_the_name_after_them(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Talks resume\nThe visit was arranged by the U.S. embassy. Outside it, the U.S. Jane "
        "Okoro-Hale, an aide, said talks had resumed.\n")
    assert "U.S. Jane Okoro-Hale" not in people


def test_an_untagged_middle_name_joins_the_surname_tagged_alone(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Traders moved\nNakuru County Executive Committee Member for Trade Faith Chebet Rotich "
        "said the traders had been given notice in August.\n\"Nobody is being chased away,\" "
        "Ms Rotich said.\n")
    assert speakers == [("Faith Chebet Rotich", "person")] * 2
    assert people == ["Faith Chebet Rotich"]
