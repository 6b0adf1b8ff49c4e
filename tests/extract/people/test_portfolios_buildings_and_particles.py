"""Who a speaker is and who the people are, on paragraphs written for these
tests: a minister whose portfolio is a list ("Minister of Livestock,
Agriculture and Fisheries X") is "the minister"; "PC X" is "the officer";
'"...," they added' after "A spokesperson for X said" is that spokesperson
(not "An infected person" named in between); "the Ministry of Police" is
the ministry named in full before; "The document says" is the indictment
that spoke before. No person: "Operation Brock", "Storm Darragh", "in
Gordon House", "Casa Rosada", "Wharton Land and Homes", a coroner's seat
("... and Greater Devon"). People: "Walter Fagúndez de los Santos", a name
set off after a place ("in Buenos Aires, Ratna Wulandari,") and "Leader of
the Opposition Ravi Pandian". "Madras HC" is the "Madras High Court" the
story names; "The 61-year-old truck drivers’ leader" the one who spoke."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_minister_whose_portfolio_is_a_list(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Port permits\nThe firm's lawyer, Dr. Tomás Ferreira Nunes, said his clients were "
        "\"absolutely innocent\".\nMinister of Transport, Works and Housing Lucía Benítez "
        "Arrieta was asked about the case before a cabinet meeting. The minister said the "
        "permits would be reviewed.\n")
    assert speakers[-1] == ("Lucía Benítez Arrieta", "person")


def test_a_constable_is_the_officer(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Crash\nPC Hannah Trewin said the van's camera had been \"caked in mud\".\nThe "
        "officer told the court that the cyclist would have been visible for two seconds.\n")
    assert speakers == [("Hannah Trewin", "person")] * 2


def test_they_added_after_an_ungendered_spokesperson(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Death\nHer death is not being treated as suspicious, police said.\nA spokesperson "
        "for Mid Wessex Hospitals Trust said she was \"a hugely respected colleague\".\n"
        "\"Her colleagues are devastated,\" they added.\n")
    assert speakers[-1] == ("A spokesperson for Mid Wessex Hospitals Trust", "anonymous")
    speakers, _ = speakers_and_people(
        "Measles\nThe authors cautioned that the test had limits.\nAn infected person can "
        "pass the virus to nine in ten unvaccinated people nearby.\nSewage testing cannot "
        "say where cases live, they wrote.\n")
    assert speakers[-1][0] != "An infected person"


def test_a_body_by_the_first_part_of_its_name_and_a_document_by_another_noun(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Overtime\nThe MP said the Ministry of Police, Prisons and Corrections Services had "
        "spent 9 million tala on overtime.\nIn a statement, the Ministry of Police says claims "
        "are checked twice.\nAccording to the indictment, two of the crew were never paid. "
        "The document says the captain kept their passports.\n")
    assert speakers[1] == ("Ministry of Police, Prisons and Corrections Services", "organisation")
    assert speakers[2][0] == speakers[3][0] == "the indictment"


def test_schemes_storms_buildings_and_businesses_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Queues\nKent County Council says queues should ease by Sunday.\nOperation Brock, the "
        "contraflow on the M20, remains in place.\nStorm Darragh brought gusts of 90mph, the "
        "Met Office said.\nClosing the debate in Gordon House on Tuesday, Marcia "
        "Thwaites-Gayle told MPs the bond was \"a blank cheque\".\nCasa Rosada closes ranks\n"
        "Wharton Land and Homes had applied to build 40 houses.\n")
    assert people == ["Marcia Thwaites-Gayle"]


def test_names_with_particles_seats_and_places_before_them(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Inquest\nRecording a conclusion of accidental death, senior coroner for Exeter and "
        "Greater Devon Philippa Cardew-Lowe said the junction was dangerous.\nUnion leader "
        "Walter Fagúndez de los Santos said the port was busy.\nChile's ambassador in "
        "Montevideo, Ratna Wulandari, who is also accredited to Paraguay, thanked the "
        "authorities, according to daily El Observador.\nSpeaking to reporters, Leader of "
        "the Opposition Ravi Pandian said farmers had waited ten days.\n")
    assert [s for s, _ in speakers if s != "El Observador"] == [
        "Philippa Cardew-Lowe", "Walter Fagúndez de los Santos", "Ravi Pandian"]
    assert people == ["Philippa Cardew-Lowe", "Ratna Wulandari", "Ravi Pandian",
                      "Walter Fagúndez de los Santos"]


def test_a_court_by_its_initials_and_an_age_before_a_possessive_job(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "‘Cannot let citizens choke’: Madras HC pulls up corporation over drains\nThe Madras "
        "High Court on Tuesday ordered the corporation to clear the drains.\n")
    assert speakers[0] == ("Madras High Court", "organisation")
    speakers, _ = speakers_and_people(
        "Strike\n\"We will not sign a blank cheque,\" said Gerardo Martín Sosa de la Vega, "
        "one of the federation’s leaders.\nThe 61-year-old truck drivers’ leader warned the "
        "unions would strike.\n")
    assert speakers[-1] == ("Gerardo Martín Sosa de la Vega", "person")


def test_a_bodys_noun_alone_in_a_headline_is_the_body_named_below(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Council says ferry queues 'should ease by Sunday'\nNorth Ayrshire Council says "
        "queues at the ferry terminal \"should ease by Sunday\" after a day of delays.\n")
    assert speakers == [("North Ayrshire Council", "organisation")] * 2
