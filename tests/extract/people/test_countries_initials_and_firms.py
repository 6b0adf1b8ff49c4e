"""Names and bodies as francophone-African, Indian, financial and magazine
pages write them, on paragraphs written for these tests: a country the
tagger calls a person ("Burkina Faso", "DR Congo"), initials without full
stops ("G Venkatesh Goud"), a Bantu "wa", "Maître", "Obi" as a given name,
a firm named after its founders ("Harwick Dane LLP", "a Goldman Sachs
banker"), a landform, a quoted nickname named again, ranks and Indian
police offices named again by the office, "the force", a country's central
bank, a business's arm, bylines with a town or slashes, a photographer's
credit."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_countries_are_no_people_and_dr_is_no_doctor_before_congo(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Sahel ministers meet\nMinisters from Mali's neighbours in the alliance, Burkina Faso "
        "and Niger, met in Niamey on Tuesday.\n")
    assert "Burkina Faso" not in people
    speakers, people = speakers_and_people(
        "DR Congo: traders fear closure of border market\nUnder the tin roof, Kabila "
        "Mwenze-Tshala sorts sacks of cassava.\n\"If they close the market, where do we "
        "sell?\" he told reporters.\n")
    assert "Congo" not in people
    assert ("Congo", "person") not in speakers


def test_initials_without_full_stops_open_names(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Bride found dead in Uppal\nThe woman was married to R Suresh Kumar, a bank clerk.\n"
        "Her in-laws, R Pentaiah and R Saraswathi, are absconding, police said.\n")
    assert {"R Suresh Kumar", "R Pentaiah", "R Saraswathi"} <= set(people)
    # a letter of a plan or a grade opens no name
    _, people = speakers_and_people(
        "Council weighs options\nCouncillors said Plan B Funding would not cover the gap.\n")
    assert not any(p.startswith("B ") for p in people)


def test_the_sho_and_the_colonel_are_the_officers_named_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Body found in lake\nAccording to Uppal SHO P. Ramesh, the body was found on Monday.\n"
        "\"We are waiting for the post-mortem report,\" the SHO said.\n")
    assert speakers[-1] == ("P. Ramesh", "person")
    speakers, _ = speakers_and_people(
        "Junta bans rallies\nThe order was read on state radio by Colonel Abdoulaye Sanogo.\n"
        "The colonel also announced that the curfew would stay in force until further notice.\n")
    assert speakers == [("Abdoulaye Sanogo", "person")]


def test_a_bantu_wa_and_a_lawyers_maitre_belong_to_names(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Author returns home\nThe writer Kamau wa Njoroge said the novel was finished.\n"
        "Wa Njoroge added that it would be his last.\n")
    assert speakers == [("Kamau wa Njoroge", "person")] * 2
    speakers, people = speakers_and_people(
        "Lawyers challenge decree\nThe Bamako Bar said it would appeal. Its president, Maître "
        "Aminata Koné-Diarra, described the decree as \"void\".\n")
    assert ("Aminata Koné-Diarra", "person") in speakers
    assert people == ["Aminata Koné-Diarra"]


def test_obi_is_a_given_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Lender defends books\nIn a letter to staff, Obi Nwankwo wrote that the bank had "
        "\"nothing to hide\".\n\"Stay focused,\" Mr. Nwankwo wrote.\n")
    assert people == ["Obi Nwankwo"]
    assert speakers == [("Obi Nwankwo", "person")] * 2


def test_firms_named_after_people_are_no_people(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Auditor silent\nThe fund's auditor, Pellow Marsh LLP, did not respond.\n")
    assert people == []
    speakers, people = speakers_and_people(
        "Founder hits back\nChief Executive Rosa Albright-Kemp defended the fund on Tuesday.\n"
        "The 49-year-old, a former Goldman Sachs banker who set up the fund in 2014, has "
        "called the claims \"pure fiction.\"\n")
    assert people == ["Rosa Albright-Kemp"]
    assert speakers == [("Rosa Albright-Kemp", "person")]


def test_a_landform_or_a_boat_named_for_someone_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "A ridge and a mapmaker\nThe ridge, which now bears the name Ostergaard Spur, was "
        "charted in 1968. \"He never thanked me,\" she recalled.\n")
    assert people == []
    # nor a boat named for a lady
    _, people = speakers_and_people(
        "The night the boat went out\nThe boat was the Lady Morwenna Tregarthen, a wooden "
        "lifeboat built in 1948. \"We honour her crew,\" the charity said.\n")
    assert people == []


def test_a_given_name_after_a_preposition_that_follows_no_office(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "The woman who drew the ocean\nIn 1961 she was hired to plot depth readings for "
        "Harlan Oakes Whitcomb, then a young geologist. \"She sees ridges,\" Whitcomb said.\n")
    assert people == ["Harlan Oakes Whitcomb"]
    assert speakers == [("Harlan Oakes Whitcomb", "person")]


def test_a_quoted_nickname_named_again_is_the_same_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "The band is back\nDrummer Roberta \"Bobbie\" Lindqvist quit the band in 1999.\n"
        "\"I will tour with Bobbie Lindqvist again when pigs fly,\" the singer, Cal Moreno, "
        "said.\n")
    assert people == ["Cal Moreno", "Roberta Lindqvist"]


def test_the_force_is_the_police_force_named_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Man charged after pub fight\nCumbria Police said the victim was treated in hospital.\n"
        "A second man has been released on bail, the force added.\n")
    assert speakers == [("Cumbria Police", "organisation")] * 2


def test_a_countrys_central_bank_and_a_businesss_arm(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Rates on hold\nJAKARTA (Reuters) - Indonesia's central bank kept its benchmark rate "
        "unchanged on Thursday but warned that the rupiah could weaken further.\n"
        "Bank Indonesia said in a statement that its stance \"remains pro-stability.\"\n")
    assert speakers == [("Bank Indonesia", "organisation")] * 2
    speakers, _ = speakers_and_people(
        "Investors turn cautious\nHSBC's private banking arm said in a note to clients that "
        "the \"case for long bonds has weakened\".\n")
    assert speakers == [("HSBC", "organisation")]


def test_bylines_with_a_town_or_slashes_and_a_photographers_credit(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Miners face eviction\nJean-Claude Kalala wa Mutombo in Lubumbashi | Petra Vogel-Hahn\n"
        "Thousands of diggers were told to leave the concession.\n")
    assert people == ["Jean-Claude Kalala wa Mutombo", "Petra Vogel-Hahn"]
    _, people = speakers_and_people(
        "Woman found dead\nRavi Teja Bandi / TNN / Updated: Sep 10, 2026, 06:12 IST\n"
        "HYDERABAD: Police on Tuesday arrested a man after his wife was found dead.\n")
    assert people == ["Ravi Teja Bandi"]
    _, people = speakers_and_people(
        "The lifeboat\nThe old slipway at dawn. Photograph: Morag Lindsay/The Guardian\n"
        "Waves broke over the wall. Photo: Getty Images\n"
        "\"I climbed in at the stern,\" Gwilym Pritchard said.\n")
    assert people == ["Gwilym Pritchard", "Morag Lindsay"]


def test_a_magistrates_court_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Man charged\nKieran Doyle appeared at Wigan and Leigh Magistrates' Court on Monday.\n")
    assert people == ["Kieran Doyle"]


def test_an_office_by_its_initials_in_brackets_is_named_again_by_them(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Body found in lake\nAccording to Uppal station house officer (SHO) B Ramulu, the body "
        "was found on Monday.\n\"We are waiting for the post-mortem report,\" the SHO said.\n")
    assert speakers == [("B Ramulu", "person")] * 2


def test_a_surname_in_the_story_is_not_the_bylines_writer(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Miners face eviction\nJean-Claude Kalala wa Mutombo in Lubumbashi | Petra Vogel-Hahn\n"
        "The governor's spokesman, Didier Mutombo Kasongo, said the diggers had been warned.\n"
        "\"We are against children dying in tunnels,\" Mutombo said.\n")
    assert speakers == [("Didier Mutombo Kasongo", "person")] * 2
