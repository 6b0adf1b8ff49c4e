"""Names the text itself marks as a person's, whatever label the tagger gave
them: an age after a one-word name, a given name and particles before a
surname that is also an English word, a given name alone after the full name,
a hyphened given name, a name set off after a possessive description (with its
particles or its age), and an unnamed source called by another word for one.
Sentences written for these tests."""

from __future__ import annotations

from newsdesk import extract_text

from .conftest import SpeakersAndPeople


def test_a_one_word_name_given_an_age_is_a_person(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Landslide\n\nSutrisno, 52, a salak farmer, said he heard a loud sound.\n"
        '"There was no house any more," he said.\n')
    assert speakers == [("Sutrisno", "person")] * 2
    assert people == ["Sutrisno"]


def test_figures_in_a_list_give_no_one_an_age(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Cases\n\nThe agency said cases rose in Kenya, 12, and Uganda, 9, last week.\n")
    assert people == []


def test_particles_after_a_given_name_make_a_name_whatever_the_surname_means(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # "vega" is an English word; "Lucía de la" before it makes it a surname
    speakers, people = speakers_and_people(
        'Bakery\n\nLucía de la Vega opened La Miga five years ago. "People think baking is '
        'romantic," she says.\n')
    assert speakers == [("Lucía de la Vega", "person")]
    assert people == ["Lucía de la Vega"]


def test_a_given_name_alone_is_the_person_named_in_full_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # the tagger calls the second "Lucía" a body: "she" would pass her by
    speakers, _ = speakers_and_people(
        "The bread queen\n\nLucía Vega runs La Miga. Her sister, Carmen Vega, handles the "
        "books. \u201cLucía would give the bread away,\u201d Carmen says.\n"
        "Asked about her neighbour, Lucía winces. She says the offer still stands.\n")
    assert speakers == [("Carmen Vega", "person"), ("Lucía Vega", "person")]


def test_a_hyphened_given_name_is_a_person_and_a_brand_is_not(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Essex couple split\n\nJodie-Mae Okafor told listeners of her podcast that the pair "
        'had been "through hell and back".\nAt the time she said they were "stronger than ever".\n')
    assert speakers == [("Jodie-Mae Okafor", "person")] * 2
    assert people == ["Jodie-Mae Okafor"]
    _, people = speakers_and_people(
        "Cars\n\nMercedes-Benz Group said sales of its electric models had doubled.\n")
    assert people == []


def test_the_name_after_a_possessive_description_keeps_its_particles_and_drops_its_age(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Heat lawsuit\n\nVillalobos' attorney, Javier Montes de Oca, said he expects the case "
        "to go to trial next spring.\n")
    assert speakers == [("Javier Montes de Oca", "person")]
    speakers, _ = speakers_and_people(
        "Split\n\nJodie's mum, Bernadette Okafor, 58, told The Sun her daughter was "
        '"a fighter".\n')
    assert speakers == [("Bernadette Okafor", "person")]


def test_the_insider_is_the_unnamed_source_before_or_an_unnamed_one(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        'Split\n\nA source close to the star told The Sun: "Jodie is absolutely devastated."\n'
        "The insider added that the couple had not yet spoken to lawyers.\n")
    assert speakers == [("A source close to the star", "anonymous")] * 2
    speakers, _ = speakers_and_people(
        "Split\n\nThe insider added that the couple had not yet spoken to lawyers.\n")
    assert speakers == [("The insider", "anonymous")]


def test_a_source_close_to_someone_is_not_them(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Row\n\nTasha Monroe hit back at Jodie Kerrigan.\nA source close to Tasha Monroe told "
        "The Sun: 'Tasha is absolutely heartbroken.'\n")
    assert speakers == [("A source close to Tasha Monroe", "anonymous")]


def test_a_title_with_small_words_in_capitals_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        'Essex couple split\n\nA source told The Sun: "Jodie is devastated."\nJodie Okafor told '
        'listeners of her podcast, Unfiltered With Jodie, that the pair had been "through hell '
        'and back".\n')
    assert people == ["Jodie Okafor"]


def test_a_lead_describing_someone_before_naming_them_is_the_person_named_beside_that_noun(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Heat lawsuit\n\nA former warehouse worker who says she collapsed from heat stroke has "
        "sued Brightline.\nThe worker, Rosa Elena Villalobos, 34, spent two weeks in hospital.\n")
    assert speakers == [("Rosa Elena Villalobos", "person")]
    speakers, _ = speakers_and_people(
        'Fraud trial\n\nA former fund manager told a jury he had been "too trusting" of his '
        "partner.\nDaniel Okoro, 45, a former fund manager from Leeds, denies fraud.\n")
    assert speakers[0] == ("Daniel Okoro", "person")
    # someone named before it: the description may be anyone else
    speakers, _ = speakers_and_people(
        "Fraud trial\n\nThe judge, Mary Kent, opened the case.\nA former fund manager told a "
        'jury he had been "too trusting".\nDaniel Okoro, 45, a former fund manager from Leeds, '
        "denies fraud.\n")
    assert speakers[0] == ("A former fund manager", "anonymous")


def test_the_one_asked_does_not_answer_the_question_put_to_another(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Cyclist gives evidence\n\nTomasz Wisniewski gave evidence on Tuesday.\nAsked by Mr "
        "Oduya's barrister, Rajinder Sahota, whether he had gone to the van \"looking for a "
        'fight", he replied: "No. I was looking for a way round it."\n')
    assert speakers[-1] == ("Tomasz Wisniewski", "person")


def test_a_definite_description_is_not_the_next_person_named_with_that_office(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Tory rebels\n\nVeteran backbencher Sir Geoffrey Langham-Pryce wrote to fellow "
        "Conservative MPs urging them to back an amendment.\nIn the letter, the Hampshire MP "
        'wrote: "We are not nimbys."\nWigan MP Aisha Rahman-Whitley also confirmed she would '
        "rebel.\n")
    assert speakers[1][0] != "Aisha Rahman-Whitley"
    assert speakers[2] == ("Aisha Rahman-Whitley", "person")


def test_a_body_named_beside_its_kind_is_that_body_not_one_named_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Ferry timetable cut\n\nResidents of Eilean Tarsuinn say the new timetable will force "
        "families off the island.\nThe operator, Western Isles Sea Links, said the change was "
        "needed.\n")
    assert speakers[1] == ("Western Isles Sea Links", "organisation")


def test_a_bylines_names_are_people_whatever_the_tagger_made_of_them(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # the tagger reads "Anjali" as an adjective and the name, with its line break, as a body
    speakers, people = speakers_and_people(
        "Harrowgate Foods shares slide\n\nBy Anjali Deshpande\nShares fell 9% Thursday, the "
        "company said.\n")
    assert people == ["Anjali Deshpande"]
    assert speakers == [("Harrowgate Foods", "organisation")]
    _, people = speakers_and_people(
        "Storm Orla live\n\nLive updates by Kwabena Asante-Darko and Siobhán Ní Bhriain\n"
        "The Met Service said gusts would reach 150km/h.\n")
    assert people == ["Kwabena Asante-Darko", "Siobhán Ní Bhriain"]


def test_mac_is_a_particle_and_a_trade_opening_the_sentence_no_part_of_the_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Storm Orla live\n\nForecaster Ruairí Mac Lochlainn told our reporter the worst would "
        "pass by midnight. Local councillor Aoife Mac Giolla Rua has been posting from Ennis.\n")
    assert speakers == [("Ruairí Mac Lochlainn", "person")]
    assert people == ["Aoife Mac Giolla Rua", "Ruairí Mac Lochlainn"]


def test_a_quoted_nickname_inside_a_name_is_neither_a_quote_nor_a_cut(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Senators grill officials\n\n"
        'Rep. Rodolfo "Dodong" Macaraeg denied that he had chosen the contractors.\n'
        '"Let the process work," Palace Undersecretary Cristina "Tina" Buenaventura told '
        'reporters. Sen. Jose Antonio "Tonton" de la Paz said the committee should act.\n'
        '"I only asked for the projects," Macaraeg said.\n')
    assert speakers == [("Rodolfo Macaraeg", "person"), ("Cristina Buenaventura", "person"),
                        ("Jose Antonio de la Paz", "person"), ("Rodolfo Macaraeg", "person")]
    assert people == ["Cristina Buenaventura", "Jose Antonio de la Paz", "Rodolfo Macaraeg"]
    article = extract_text('Talks\n\nArnel "Boy" Tiongson said "no deal", and left.\n')
    assert [[article.text[s:e] for s, e in q["content"]] for q in article.quotes] == [
        ['"no deal"']]


def test_a_quoted_word_between_a_name_and_a_day_is_no_nickname(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people('Vote\n\nShe told Maria "Yes" Tuesday, aides said.\n')
    assert people == []


def test_a_name_read_as_a_place_or_with_a_hyphened_given_name_is_a_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Mill to close\n\n"
        "Adaeze Okafor-Reyes has taken the stage in Santa Clara.\n"
        "Mayor Jean-François Tremblay, who drove to Quebec City on Monday, said he was stunned.\n"
        "“They are telling us to fend for ourselves,” Tremblay said.\n")
    assert speakers == [("Jean-François Tremblay", "person")] * 2
    assert people == ["Adaeze Okafor-Reyes", "Jean-François Tremblay"]
