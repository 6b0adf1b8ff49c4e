"""Names as Latin American, Brazilian, Australian, Indian, legislature and
business pages write them, on paragraphs written for these tests: the
Portuguese particle "do" ("Maria do Carmo Albuquerque", tagged in two
pieces), an office before a given name inside a body's entity
("Assemblymember Luz María Ybarra"), a city the tagger calls a person ("the
mayor of São Paulo", "São Paulo mayor", "a former mayor of Godoy Cruz"), a
guesthouse's name with "do" in it, firms named after people ("consulting
firm Harcourt Lyle", "... Securities LLC"), Aboriginal elders' "Aunty", a
performer's trade before a name, a body called a "sabha", a given name that
is also a word for a harbour ("Marina"), a translator's sign-off and a
caption's credit after a dash, a byline's desk after the writer's name, a
person's family speaking, and a standfirst's bare "ministry"."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_particle_do_joins_a_portuguese_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Chair calls delegates to order\nBrazilian delegate Ana do Rosário Figueiredo chaired "
        "the session. \"You will have your turn, sir,\" Figueiredo said.\n")
    assert people == ["Ana do Rosário Figueiredo"]
    assert speakers == [("Ana do Rosário Figueiredo", "person")]
    # the tagger's person "Maria do" and body "Carmo Albuquerque" are one name
    speakers, people = speakers_and_people(
        "Chair calls MEPs to order\nThe presiding officer, Portuguese Vice-President Maria do "
        "Carmo Albuquerque, called him to order.\n\"You will have your minute,\" Albuquerque "
        "said.\n")
    assert people == ["Maria do Carmo Albuquerque"]
    assert speakers == [("Maria do Carmo Albuquerque", "person")]
    # a guesthouse's name holds "do" too: no given name before it
    _, people = speakers_and_people(
        "Azores winter boom\nJoão Medeiros, who runs the eight-room Casa do Porto guesthouse "
        "above the marina with his wife, has seen the change first-hand.\n")
    assert people == ["João Medeiros"]


def test_an_office_inside_a_bodys_entity_keeps_the_given_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Heat bill stalls in Sacramento\nA bill by Assemblymember Luz María Ybarra, a Salinas "
        "Democrat, failed on Tuesday.\n\"We buried two men from my district last August,\" "
        "Ybarra told the committee.\n")
    assert people == ["Luz María Ybarra"]
    assert speakers == [("Luz María Ybarra", "person")]


def test_a_city_a_mayor_holds_office_in_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "São Paulo mayor accuses government of holding back flood money\nThe mayor of São "
        "Paulo, Otávio Bastos dos Reis, accused the federal government on Wednesday of "
        "withholding flood funds.\nThe mayor, who is expected to run for governor in October, "
        "said he had written to the president twice.\n")
    assert people == ["Otávio Bastos dos Reis"]
    assert speakers == [("Otávio Bastos dos Reis", "person")]
    speakers, people = speakers_and_people(
        "Governor vetoes water bill\nGovernor Alfredo Sosa de la Vega on Friday vetoed a water "
        "bill.\nThe 61-year-old, a former mayor of Godoy Cruz who took office in 2023, added "
        "that his administration would send its own reform \"within 30 days.\"\n")
    assert people == ["Alfredo Sosa de la Vega"]
    assert speakers == [("Alfredo Sosa de la Vega", "person")]


def test_firms_named_like_people_are_no_people(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Consultancy defends report\nThe contract went to consulting firm Harcourt Lyle without "
        "a tender.\nHarcourt Lyle said in a statement that it stood by the quality of its work.\n")
    assert people == []
    _, people = speakers_and_people(
        "Oakmont Tools agrees to sale\nGarner Whitfield Securities LLC is serving as financial "
        "advisor to Oakmont, and Pryor Dunn & Vale LLP is serving as legal counsel.\n")
    assert people == []


def test_honorifics_and_trades_before_a_name_are_no_part_of_it(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Elder who led pool protest dies aged 80\nUncle Ray Munro died in Dubbo on Friday.\n"
        "Another of the protesters, Aunty Dulcie Manton, now 77, told the ABC she still had "
        "her swimming cap from that day.\n")
    assert people == ["Dulcie Manton", "Ray Munro"]
    assert speakers == [("Dulcie Manton", "person")]
    speakers, people = speakers_and_people(
        "Veena maestro passes away\nViolinist P. Govindan, who accompanied her for 30 years, "
        "recalled that she practised every morning.\n")
    assert people == ["P. Govindan"]
    _, people = speakers_and_people(
        "Veena maestro passes away\nMusicians, including flautist R. Madhavan and Krishna Gana "
        "Sabha secretary K. Ravi, paid their respects at her residence on Wednesday.\n")
    assert "Krishna Gana Sabha" not in people
    assert {"R. Madhavan", "K. Ravi"} <= set(people)


def test_a_given_name_that_is_a_word_for_a_harbour_is_a_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Council row over ferry terminal\nBy Marina Costa\nThe new ferry terminal at Marina "
        "Bay will open next year, the council said on Monday.\n")
    assert people == ["Marina Costa"]


def test_a_translator_and_a_credit_after_a_dash_are_people(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Mayor accuses government of holding back flood money\nThe mayor, Otávio Bastos dos "
        "Reis, accused the federal government on Wednesday of withholding flood funds.\n"
        "Flooded street in the east zone of the city, in March 2025 - Tiago Queiroz "
        "Lemos/Folhapress\nThe ministry said the funds were reserved.\nTranslated by Helena "
        "Marques Porto\nRead the original here\n")
    assert {"Tiago Queiroz Lemos", "Helena Marques Porto"} <= set(people)


def test_a_persons_family_is_an_unnamed_source(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Novelist dies aged 91\nDame Eleanor Hale, whose novels sold millions, has died aged "
        "91.\nHer family said in a statement that she had died peacefully at home.\nThe family "
        "said she had been writing until the end.\n")
    assert speakers == [("Her family", "anonymous"), ("The family", "anonymous")]


def test_a_byline_with_the_writers_desk_names_the_writer_alone(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Novelist dies aged 91\nHarriet Mowbray-Lisle Arts correspondent\nDame Eleanor "
        "Whitcombe-Hale, whose novels sold millions of copies, has died aged 91.\n")
    assert people == ["Eleanor Whitcombe-Hale", "Harriet Mowbray-Lisle"]
    # the writer of the byline is not "the minister" of the story
    speakers, _ = speakers_and_people(
        "Row over ferries\nKiran Stacey Political correspondent\nThe minister said the ferries "
        "would sail.\n")
    assert speakers == [("The minister", "person")]


def test_a_standfirsts_bare_ministry_is_the_ministry_the_story_names(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Mayor accuses government of holding back flood money\nOtávio Bastos dos Reis says the "
        "city has received nothing; ministry says projects lack licences\nThe Ministry of "
        "Cities said in a note that the delay was due to missing licences.\n")
    assert speakers[1:] == [("Ministry of Cities", "organisation")] * 2
