"""Who speaks and who the people are, on paragraphs written for these
tests: "the alliance" after "A loose alliance of tenants' groups, the Renters
United Front," is that body; a resident written with only a given name and
an age ("Ishani, 52,") is a person; a name with its initial joined to it
("D.Enkhtuya", as Mongolian papers write names) is a person's, whatever
office or body the tagger ran into it; "Sri Lankan" before a filmmaker's
name is no person, nor a company before "Ltd", a road, or an office's
portfolio ("Minister for Digital Development and Information"); "the
Kenyan high commission" is no "Charity Commission"; a byline whose fields
a middle dot parts names its writer; "The Dutchman, 52," is no name; a
singular "they" after an unnamed source is that source."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_body_bound_to_its_kind_by_apposition(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Tenants plan rent strike\nA loose alliance of tenants' groups, the Renters United "
        "Front, called the rise unlawful on Monday. The alliance said it would advise members "
        "to withhold the increase.\n")
    assert speakers[-1] == ("Renters United Front", "organisation")
    speakers, _ = speakers_and_people(
        "Food bank warns on winter\nOlwen Pryce-Davies, who chairs the charity Hands Together "
        "Cymru, said demand had doubled. The charity said it would open two more depots.\n")
    assert speakers[-1] == ("Hands Together Cymru", "organisation")


def test_a_given_name_with_an_age_is_a_person(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Families count the cost of the flood\nCouncillor Rhona Bell said grants would open on "
        "Friday. Ishani, 52, was sweeping mud from her hallway. \"The freezer floated into the "
        "garden,\" she said.\n")
    assert speakers[-1] == ("Ishani", "person")
    assert people == ["Ishani", "Rhona Bell"]
    _, people = speakers_and_people(
        "Woman, 71, rescued from car in floodwater\nA woman was rescued on Sunday, police "
        "said.\n")
    assert people == []
    _, people = speakers_and_people(
        "Rovers part company with manager\nRovers have sacked manager Joost de Wit. The "
        "Dutchman, 52, was appointed in 2024.\n")
    assert people == ["Joost de Wit"]


def test_a_name_with_a_joined_initial_is_a_person(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Herders question gold mine plan\nHerder D.Enkhtuya from Khanbogd soum said that her "
        "well had run dry last summer. Soum Governor Ts.Baatarkhuu said that the council would "
        "meet the company in June.\n")
    assert speakers == [("D.Enkhtuya", "person"), ("Ts.Baatarkhuu", "person")]
    assert people == ["D.Enkhtuya", "Ts.Baatarkhuu"]
    _, people = speakers_and_people(
        "Mine hearing ends\nMember of the State Great Khural B.Solongo, who was elected from "
        "Dundgovi, said that royalties should stay in the province.\n")
    assert people == ["B.Solongo"]


def test_a_demonym_a_company_and_a_road_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Festival names its jury\nThe jury is chaired by Sri Lankan filmmaker Nadeesha "
        "Gunawardena-Perera, who told reporters that the panel wanted films that take risks.\n")
    assert speakers == [("Nadeesha Gunawardena-Perera", "person")]
    assert people == ["Nadeesha Gunawardena-Perera"]
    _, people = speakers_and_people(
        "Haul road to be paved\nA spokeswoman for Tavan Coal Ltd said the road would be "
        "paved by autumn.\n")
    assert people == []
    _, people = speakers_and_people(
        "Floods close roads\nFloodwaters cut Carnarvon Highway near Roma on Tuesday, police "
        "said.\n")
    assert people == []


def test_a_long_portfolio_before_a_ministers_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Scam call rules\nMinister for Digital Development and Information Chua Hui Min said on "
        "Tuesday that the rules would protect older people.\n")
    assert speakers == [("Chua Hui Min", "person")]
    assert people == ["Chua Hui Min"]


def test_a_countrys_commission_is_not_another_commission(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Museum asked to return carvings\nA Charity Commission spokesperson said it had received "
        "no complaint. The Kenyan high commission said in a statement that it hoped for an "
        "early return.\n")
    assert speakers[-1][0] is not None and "Charity" not in speakers[-1][0]
    assert "Kenyan" in speakers[-1][0]


def test_a_byline_parted_by_middle_dots(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Wildfire smoke grounds Kelowna flights\nGeorgia Lavallée · CBC News · Posted: Aug 02, "
        "2026 9:05 AM PT\nFlights out of Kelowna were cancelled on Saturday as smoke from the "
        "McDougall Creek fire settled over the valley.\n")
    assert people == ["Georgia Lavallée"]


def test_a_singular_they_after_an_unnamed_source(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Choir merger divides singers\nThe Harbour Singers' Guild has accused the board of "
        "\"running two choirs like a budget line\". A tenor with the smaller choir, who asked "
        "not to be named, said rehearsals had become \"quietly grim\". \"Half of us are "
        "looking at other choirs,\" they said.\n")
    assert speakers[-1] == ("A tenor with the smaller choir", "anonymous")
