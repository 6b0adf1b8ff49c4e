"""People and bodies as religious papers, wire briefs and Nordic outlets
write them, on paragraphs written for these tests: a pope's title and
regnal number ("Pope Leo XIV", "the pope"); ranks and clergy styles before
a name ("Commodore", "Abba"); a given name of either gender before a double
surname; a rights group by its name; a news agency, a UN agency and an
institute by their short names; the office a memo comes from, not who saw
it; an outlet told; the council that said what a statement carried; a
source who asked not to be named, placed by where they work; an inquiry that
found; "Cde" and "Hojatoleslam" before a name; a news agency without the
words around its name ("the semi-official Tasnim news agency", "state-run
IRNA", "The Maariv newspaper")."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_pope_by_title_and_regnal_number(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Homily\nPope Leo XIV on Thursday celebrated Mass with 600 seminarians.\n“A father is "
        "someone who stays,” the pope said.\n")
    assert people == ["Leo XIV"]
    assert speakers == [("Leo XIV", "person")]


def test_ranks_and_clergy_styles_before_a_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Boat seized\nCoast guard spokesman Commodore Ramon Dizon told reporters the boat was "
        "in Philippine waters.\nIts priest, Abba Gebre Tsadik, said the community was ready "
        "to help.\n")
    assert people == ["Gebre Tsadik", "Ramon Dizon"]
    assert speakers == [("Ramon Dizon", "person"), ("Gebre Tsadik", "person")]


def test_a_given_name_of_either_gender_before_a_double_surname(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Flats sale\nÅsa Bergström-Nyberg presented the plan on Wednesday.\nThe 47-year-old "
        "said the sale would be limited to two districts.\n")
    assert people == ["Åsa Bergström-Nyberg"]
    assert speakers == [("Åsa Bergström-Nyberg", "person")]


def test_a_rights_group_by_its_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Activists freed\nThe government released 30 activists on Friday, local rights group "
        "Foro Libre said.\n")
    assert people == []
    assert speakers == [("Foro Libre", "organisation")]


def test_agencies_and_institutes_by_their_short_names(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Briefs\nThe official IRNA news agency said the roof of a tunnel gave way.\n"
        "Floods\nThe UN refugee agency, UNHCR, says volunteers have been going tent to tent.\n"
        "Nitrogen\nAccording to figures from the RIVM public health institute, deposition fell "
        "by 4%.\n")
    assert speakers == [("IRNA", "organisation"), ("UNHCR", "organisation"),
                        ("RIVM", "organisation")]


def test_people_called_figures_are_no_numbers(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Endorsements\nCentrist figures in the party have voiced their concerns about her "
        "chances.\n")
    assert speakers == [("Centrist figures in the party", "anonymous")]


def test_the_office_a_memo_comes_from_not_who_saw_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Flats sale\nThe sale would raise 2.4 billion kronor, according to a memo from the "
        "city finance office seen by Aftonbladet.\n")
    assert speakers == [("the city finance office", "organisation")]


def test_an_outlet_told_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Grants frozen\nThe decision was \"painful but responsible\", Pieter Van Damme told De "
        "Morgen, adding that a new scheme would follow.\n")
    assert people == ["Pieter Van Damme"]


def test_the_council_says_what_a_statement_carried(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Emergency extended\nThe ruling council said the extension was needed because rebels "
        "still held parts of the country, according to a statement carried by the state "
        "newspaper.\n")
    assert ("The ruling council", "organisation") in speakers


def test_a_source_placed_by_where_they_work(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Formation\n“They come to us with phones full of contacts,” Father Tomás Quiroga told "
        "reporters.\nA formator from a seminary in Central America, who asked not to be named "
        "because he was not authorised to speak, said small dioceses could not afford it.\n"
        "“It sounds beautiful in Rome,” he said.\n")
    assert speakers[1:] == [("A formator from a seminary in Central America", "anonymous")] * 2


def test_an_inquiry_that_found(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Buyback\nA 2025 parliamentary inquiry into the scheme found that renters had been "
        "\"consistently underserved\".\n")
    assert speakers == [("the parliamentary inquiry", "organisation")]


def test_comrade_and_clerical_titles_before_a_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Audit tabled\nChief Whip Cde Tendai Muchena urged the ministry to start with \"the "
        "big fish\".\nHojatoleslam Reza Amini-Far accused the government of \"abandoning the "
        "people\".\n")
    assert people == ["Reza Amini-Far", "Tendai Muchena"]
    assert speakers == [("Tendai Muchena", "person"), ("Reza Amini-Far", "person")]


def test_a_news_agency_without_the_words_around_its_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Rial falls\nPrices rose sharply, the semi-official Tasnim news agency reported.\n"
        "Markets\nShares fell in Tabriz, state-run IRNA said on Monday, citing officials.\n"
        "Talks\nThe Maariv newspaper said the talks would resume.\nThe newspaper said the "
        "plan would fail.\n")
    assert speakers == [("Tasnim", "organisation"), ("IRNA", "organisation"),
                        ("Maariv", "organisation"), ("Maariv", "organisation")]
