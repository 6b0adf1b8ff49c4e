"""Names and back-references as Nordic, Italian, sports and Pacific desks
write them, on paragraphs written for these tests: the Swedish particle "af",
an office in lower case after a team's name ("Eastholme manager Bruno
Tavares Costa"), a name the tagger left untagged before "has" and a given
name it took for a place ("Matteo | Dall'Olio won"), "the Portuguese" for the
one the sentence before was about, a headline's "Uppsala police chief" for the
one "regional police chief", Samoan and Fijian styles ("Afioga", "Rev.
Elder") and a matai name set off after an office, and places the tagger
called people ("St Catherine North Western", "the member for Galloway and
West Dumfries will ...")."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_af_is_a_particle_of_a_swedish_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Experts divided on search zones\nJohanna af Klercker, who researches police tactics "
        "at Stockholm University, said evidence from the zones was \"mixed\".\n\"They seem to "
        "have a short-term effect,\" she told The Local. Af Klercker added that police had to "
        "show why a zone had been necessary.\n")
    assert people == ["Johanna af Klercker"]
    assert speakers == [("Johanna af Klercker", "person")] * 3


def test_an_office_in_lower_case_after_a_teams_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Brackley 2-1 Eastholme\nEastholme manager Bruno Tavares Costa was in no mood to "
        "blame the officials. He insisted his side had only themselves to blame.\n\"We "
        "stopped playing,\" the Portuguese said.\n")
    assert people == ["Bruno Tavares Costa"]
    assert speakers == [("Bruno Tavares Costa", "person")] * 2


def test_names_the_tagger_left_or_took_for_a_place(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Wimbledon: Dall'Olio through\nAlejandro Ruiz de la Vega has been speaking to "
        "reporters, and the Spaniard said he had been battling cramp.\nMatteo Dall'Olio won "
        "in five sets on Centre Court, and Dall'Olio said he was exhausted.\n")
    assert people == ["Alejandro Ruiz de la Vega", "Matteo Dall'Olio"]
    assert speakers == [("Alejandro Ruiz de la Vega", "person"), ("Matteo Dall'Olio", "person")]


def test_a_demonym_is_the_one_the_sentence_before_was_about(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Castlebridge lose at Ashbourne\nCastlebridge boss Rui Almeida-Pinto was less happy, "
        "insisting Tomas Ibarra-Quiroga had got a touch on the ball first.\n\"I have seen it "
        "three times and I still do not see a foul,\" the Portuguese said.\n")
    assert speakers[-1] == ("Rui Almeida-Pinto", "person")


def test_a_headlines_office_with_a_place_for_the_one_holding_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Uppsala police chief calls for 'security zones' after shootings\n\"We cannot accept "
        "this level of violence,\" regional police chief Asa Lindqvist told the TT news "
        "agency.\nCriminologist Johanna af Klercker said the evidence so far was \"mixed\".\n")
    assert speakers[0] == ("Asa Lindqvist", "person")


def test_samoan_and_church_styles_are_no_part_of_a_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Chiefs back village bill\nIn Falealupo, the village's paramount chief, Afioga "
        "Tuiletufuga Ioelu Pa'u, 71, said he welcomed the bill.\n\"The word of the matai was "
        "the law,\" Tuiletufuga said.\nThe chairman of the church, Reverend Elder Mose Lameko "
        "Sapolu, said the church supported the bill.\n")
    assert people == ["Mose Lameko Sapolu", "Tuiletufuga Ioelu Pa'u"]
    assert speakers == [("Tuiletufuga Ioelu Pa'u", "person")] * 2 + [
        ("Mose Lameko Sapolu", "person")]


def test_a_matai_name_set_off_after_an_office(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Opposition walks out of Parliament\nThe Leader of the Opposition, Seiuli Tavita "
        "Ioane-Lemalu, told reporters that the bill had been rushed.\n\"Who did they "
        "consult?\" Seiuli said.\n")
    assert people == ["Seiuli Tavita Ioane-Lemalu"]
    assert speakers == [("Seiuli Tavita Ioane-Lemalu", "person")] * 2


def test_places_the_tagger_called_people(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Murders double in St Catherine\nMurders in St Catherine North Western have doubled "
        "since January.\n\"Members will address the chair, and the member for Galloway and "
        "West Dumfries will stop heckling,\" Ms Baird said.\n")
    assert people == ["Baird"]
