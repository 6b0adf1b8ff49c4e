"""Who speaks and who the people are, on paragraphs written for these
tests: "Mr Tregunna", after Neil and then Sal Tregunna, is Neil; "One
farmer in north Kerry, who asked not to be named," is an unnamed farmer,
and Kerry no person; "its annual report" and "the council's most recent
report" are the report and the council's report; a sophomore is an unnamed
student, and the "he" after him is him too; "The 46-year-old added" after
'"...," he said. "..."' is whom that "he" was read as, not his wife named
last ("with his wife, Jen,"); "Coun", "Eng" and "Retiree" before a name
are a title and a description, not part of it."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_mr_and_a_surname_is_the_man_of_that_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Cider apple price cut angers growers\nNeil Tregunna, who runs a 40-acre orchard near "
        "Truro with his wife, said the cut was unfair. Sal Tregunna keeps the books. Mr "
        "Tregunna said he would look for another buyer.\n")
    assert speakers == [("Neil Tregunna", "person")] * 2
    assert people == ["Neil Tregunna", "Sal Tregunna"]


def test_a_place_after_an_unnamed_source_is_no_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Growers court new buyers\nOne farmer in north Kerry, who asked not to be named, said "
        "three cider makers had contacted her this month.\n")
    assert speakers == [("One farmer in north Kerry", "anonymous")]
    assert people == []


def test_a_documents_name_without_its_pronoun_or_a_dangling_most(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Drugmaker's comeback\nThe plant shutdown cost the drugmaker Rs 140 crore, according to "
        "its annual report for FY25. The report also said exports fell by a fifth.\n")
    assert [name for name, _ in speakers] == ["the report"] * 2
    speakers, _ = speakers_and_people(
        "Arrears claim checked\nAccording to the county council's most recent annual report, "
        "unpaid council tax stood at £31 million at the end of March.\n")
    assert [name for name, _ in speakers] == ["the county council's report"]


def test_a_sophomore_is_an_unnamed_student(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Library hours cut\nA sophomore in Lowell House, who requested anonymity, said his "
        "shifts had been halved since January.\n\"I'm losing about $200 a month,\" he said.\n")
    assert speakers == [("A sophomore in Lowell House", "anonymous")] * 2
    assert people == []


def test_an_age_after_a_quote_is_the_subject_named_not_his_wife(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Milk price cut\nTom Varcoe, who milks 220 Holsteins near Launceston with his wife, Jen, "
        "said the new price was \"nowhere near\" what it cost him.\n\"We worked it out last "
        "month and we're at 39p,\" he said. \"You can run an overdraft for a few months, but "
        "not for ever.\"\nThe 46-year-old added that several neighbours had already sold "
        "youngstock early.\nJen Varcoe, who keeps the farm's accounts, said the bank had been "
        "patient.\n")
    assert speakers == [("Tom Varcoe", "person")] * 3 + [("Jen Varcoe", "person")]


def test_a_councillors_engineers_and_retirees_word_before_a_name_is_no_part_of_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Bungalow scheme rejected\nCoun Gwendolyn Ashcombe said the plot should stay as "
        "allotments.\nThe ports authority's acting managing director, Eng Rose Chebet Mutai, "
        "said repairs would finish in March.\nRetiree Walter Dunmore said he had waited five "
        "hours at the pier.\n")
    assert speakers == [("Gwendolyn Ashcombe", "person"), ("Rose Chebet Mutai", "person"),
                        ("Walter Dunmore", "person")]
    assert {"Gwendolyn Ashcombe", "Walter Dunmore"} <= set(people)
    assert not any(name.split()[0] in ("Coun", "Eng", "Retiree") for name in people)
