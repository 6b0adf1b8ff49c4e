"""Who is who on sport, farming, technology and Balkan or Baltic pages, on
paragraphs written for these tests: a country's name that opens with a
title's word ("Sri Lanka"), a playing position written before a name
("Opener ...", "Center ..."), "the left-hander", a party's initials and an
office as a headline's label ("GD Chair:"), "Minister:" beside a Prime
Minister, a body's initials set off after its name, a commission no person,
a nickname in a name whose given name the name table lacks or whose
nickname opens with an accented capital, "the 61-year-old" when the last
one named is given another age, and a drivers' association no person."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_sri_lanka_is_a_country_not_a_title_and_a_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Seamer ruled out\nSri Lanka Cricket (SLC) said on Saturday that fast bowler Chamika "
        "Wickramasinghe would miss the tour. A replacement will be named on Monday, the board "
        "said.\n")
    assert speakers == [("Sri Lanka Cricket", "organisation")] * 2
    assert "Lanka Cricket" not in people
    _, people = speakers_and_people(
        "Hosts build lead\nSri Lanka 212 for 4\nThe hosts batted through the afternoon.\n")
    assert people == []


def test_a_playing_position_before_a_name_is_no_part_of_it(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Kings lose again\nCenter Bojan Radulović said he had not spoken to his teammate about "
        "the rumors.\n\"That's his business,\" Radulović said.\n")
    assert people == ["Bojan Radulović"]
    assert speakers == [("Bojan Radulović", "person")] * 2
    speakers, _ = speakers_and_people(
        "Hartley's 90 not enough\nAustralia's Sam Hartley made 90 but his side lost by six "
        "wickets.\n\"You're always chasing the game after that,\" the left-hander said.\n")
    assert speakers == [("Sam Hartley", "person")]


def test_office_labels_are_the_office_holders(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "GD Chair: \"Paid Provocateurs\" Behind Rallies\nIrakli Nadiradze, chair of the ruling "
        "Georgian Dream party, has accused \"paid provocateurs\" of organizing the rallies.\n")
    assert speakers == [("Irakli Nadiradze", "person")] * 2
    assert people == ["Irakli Nadiradze"]
    speakers, _ = speakers_and_people(
        "Speaker wants audit of ferry deal\nThe operator's owner is a former aide to Economy "
        "Minister Rokas Vaitkus.\nMinister: 'I did nothing wrong'\nPrime Minister Ieva "
        "Paulauskienė trusts the minister, her spokesman Tadas Balčiūnas told BNS.\n")
    assert speakers[0] == ("Rokas Vaitkus", "person")


def test_a_bodys_initials_after_a_comma_and_a_commission(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Ex-mayor charged\nSerbia's Organised Crime Prosecution, TOK, said on Monday that it had "
        "indicted a former mayor.\nThe prosecution alleges that the tender cost the city 4 "
        "million euros.\n")
    assert speakers == [("Organised Crime Prosecution", "organisation")] * 2
    _, people = speakers_and_people(
        "Watchdog opens probe\nThe Chief Official Ethics Commission said on Tuesday it had opened "
        "an investigation into the minister.\n")
    assert people == []


def test_nicknames_inside_names_the_table_does_not_know(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Minister promises help\nState minister Ramachandra \"Bapu\" Deshmukh-Jadhav said on "
        "Monday that the state would seek help.\n\"We will not abandon our farmers,\" "
        "Deshmukh-Jadhav told reporters.\n")
    assert people == ["Ramachandra Deshmukh-Jadhav"]
    assert speakers == [("Ramachandra Deshmukh-Jadhav", "person")] * 2
    _, people = speakers_and_people(
        "Marina owner charged\nProsecutors indicted businessman Zvonimir \"Čaki\" Barišić.\n"
        "Barišić told the daily Jutarnji list last year that he had bought the land fairly.\n")
    assert people == ["Zvonimir Barišić"]


def test_an_age_rules_out_the_one_given_another(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Wheat grower weighs the future\nWalt Brenner has farmed near Salina for 30 years. His "
        "son, Cody, 27, wants to take over.\n\"I told him to wait,\" the 63-year-old said.\n")
    # (the quote, and the instruction reported inside it: both his)
    assert speakers and set(speakers) == {("Walt Brenner", "person")}


def test_an_association_set_off_after_its_name_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Couriers strike\nThe strike was organised by Bintang Roda, a drivers' association with "
        "chapters across Java.\n")
    assert people == []


def test_swami_and_hajiya_are_titles(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Temple reopens\n\"We kept one pillar,\" said Swami Atmananda Giri, the temple's "
        "spiritual director.\nAs the ceremony ended, the swami urged the crowd to carry the "
        "lamps home.\n")
    assert speakers == [("Atmananda Giri", "person")] * 2
    assert people == ["Atmananda Giri"]
    _, people = speakers_and_people(
        "Festival opens\nThe festival director, Hajiya Amina Zainab Lawan-Bello, said the "
        "festival had survived on goodwill.\n\"We do it anyway,\" Mrs Lawan-Bello said.\n")
    assert people == ["Amina Zainab Lawan-Bello"]


def test_a_village_named_after_its_noun_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Villagers count the cost\nA community leader, Alhaji Sani Garba, told our "
        "correspondent that six people from his village, Tudun Wada, had died.\n")
    assert people == ["Sani Garba"]


def test_a_service_before_a_rank_and_a_ship_are_no_people(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Pentagon briefs on exercise\nPentagon press secretary Air Force Maj. Gen. Dana Whitcroft "
        "told reporters the exercise would start on Monday.\n")
    assert people == ["Dana Whitcroft"]
    _, people = speakers_and_people(
        "Destroyer heads home\nThe destroyer USS John Finn will return to Norfolk next week, the "
        "Navy said.\n")
    assert people == []
