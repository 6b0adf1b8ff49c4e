"""Names as news around the world writes them, on sentences written for these
tests: each person is one speaker under their full name, and listed once,
whatever particles, accents, hyphens, apostrophes, titles, initials or order the
name has, or the label the tagger gave it; places and fragments are no one."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

import newsdesk
from newsdesk.article import Article
from newsdesk.extract.people.name_cuts import split_names
from newsdesk.extract.people.name_split import given_names_agree, name_parts
from newsdesk.nlp import load_nlp
from newsdesk.pipeline import Pipeline

from .conftest import SpeakersAndPeople

STAGES = ("clean.headline", "extract.entities", "extract.quotes")


def run(text: str) -> Article:
    return Pipeline(STAGES)(Article(text=text))


def _with(a: Article, records: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [q for q in records if any(words in a.text[s:e] for s, e in q["content"])]


CASES = [
    # Welsh "ap", the tagger calling the whole name a place
    ("Gethin ap Rhys", "The Royal College of Nursing's director in Wales, Gethin ap Rhys, "
                       'said wards were full. "We are at breaking point," Mr ap Rhys said.'),
    # particles the tagger kept, the given name before them left out
    ("Marcel van der Meer", "Importers are worried. Marcel van der Meer, chief executive of the "
                            "distributor Tegel Import, said the duties would hurt. "
                            '"It is a tax on builders," van der Meer said.'),
    # Irish particles written with a capital
    ("Eoin Mac Giolla Phádraig", "Sterling fell again on Thursday.\nEoin Mac Giolla Phádraig, a "
                                 "strategist at Boyne Capital, said the pound had lost its "
                                 'support. "Nobody wants to hold it," Mr Mac Giolla Phádraig '
                                 "said."),
    ("Aoife Nic Giolla Bhríde", "Teachers are angry.\nAoife Nic Giolla Bhríde, a principal in "
                                'Galway, said the cuts were cruel. "We cannot go on," '
                                "Ms Nic Giolla Bhríde said."),
    # an office the tagger took into the name, and a particle before the surname
    ("Pádraig Ó Briain", "Taoiseach Pádraig Ó Briain has dismissed claims that the scheme had "
                         "failed. Mr Ó Briain said the figures were encouraging."),
    # a double surname after a hyphened given name
    ("Jean-Philippe Vézina-Roy", "Bloc Québécois MP Jean-Philippe Vézina-Roy said the agency had "
                                 'failed. "Nobody checked," Mr Vézina-Roy said.'),
    # the firm after "of" the tagger took into the name
    ("Hélène de Valcourt", "On the call, Hélène de Valcourt of Skagerrak Markets asked whether "
                           "the group would sell the arm. Ms de Valcourt said the answer was "
                           "still unclear."),
    ("Eoin Ó Murchú", 'The Sinn Féin TD Eoin Ó Murchú said the figures were shameful. '
                      '"Children do not care about targets," Mr Ó Murchú said.'),
    ("Ciara Ní Bhriain", "Councillor Ciara Ní Bhriain said the plan would fail. "
                         "Ms Ní Bhriain added that residents had not been asked."),
    ("Chan Wai-ming", "Secretary for Security Chan Wai-ming said the law would be enforced. "
                      '"We will not hesitate," Chan said.'),
    ("Omar Al Hashimi", "Falak chief executive Omar Al Hashimi said the company would hire "
                        "220 people. Al Hashimi said most would be Emiratis."),
    ("Khalid bin Hamad Al Suwaidi", "Sheikh Khalid bin Hamad Al Suwaidi said the project was "
                                    'a milestone. "This is only the start," Sheikh Khalid said.'),
    ("Gabriel García Márquez", "Gabriel García Márquez said he wrote every morning. "
                               "García Márquez added that he never wrote at night."),
    ("Maria de la Cruz", "Mayor Maria de la Cruz said the bridge would reopen. "
                         "De la Cruz said repairs had cost $2 million."),
    ("Siobhan O'Sullivan", "Siobhan O'Sullivan said the ward was full. "
                           '"We had no beds," O\'Sullivan said.'),
    ("Rahul D'Souza", "Analyst Rahul D'Souza said the rupee would fall. "
                      "D'Souza said exporters would gain."),
    ("Oluwaseun Adebayo-Okafor", "Lagos commissioner Oluwaseun Adebayo-Okafor said the roads "
                                 "would be fixed. Adebayo-Okafor said work starts in May."),
    ("Pieter van der Berg", "Dutch minister Pieter van der Berg said the dikes were safe. "
                            "Van der Berg said funding would rise."),
    ("Nguyen Thi Lan", "Nguyen Thi Lan, a rice farmer, said the floods had ruined her crop. "
                       '"We lost everything," Lan said.'),
    ("Jean-Baptiste Mbeki", "Jean-Baptiste Mbeki, the former president, said the vote was "
                            "rigged. Mbeki said he would go to court."),
    ("Ngozi Okonjo-Iweala", "Dr Ngozi Okonjo-Iweala said trade would recover. "
                            "Dr Okonjo-Iweala said tariffs were the main risk."),
    ("Fiona MacLeary", "Fiona MacLeary said she would not apologise. "
                       '"I will not apologise," Ms MacLeary said.'),
    ("Rosli Mansor", "Trade Minister Datuk Seri Rosli Mansor said stocks were enough. "
                     "Rosli said enforcement officers had inspected 1,840 shops."),
    # the tagger leaves her given name out after an office, before a double surname
    ("Jennifer Murnane O'Connor", "Local TD Jennifer Murnane O'Connor said she would raise "
                                  'the flooding in the Dáil. "People deserve answers," '
                                  "Ms Murnane O'Connor said."),
    # ... or before a one-word surname after an office's place (and "Khan" is a
    # given name too)
    ("Sadiq Khan", "Mayor of London Sadiq Khan said the plan would cut congestion. "
                   '"It is the right thing to do," Mr Khan said.'),
    # names the tagger leaves without any label: a hyphened surname after a
    # courtesy title or a given name, a name no given-name table knows
    ("Pottinger-Hall", "Ms Pottinger-Hall, the Member for St Andrew South, told the House "
                       'the estimates were padded. "They are fiction," Ms Pottinger-Hall said.'),
    ("Julia Pottinger-Hall", "Julia Pottinger-Hall, the Member for St Andrew South, told the "
                             "House the estimates were padded. Ms Pottinger-Hall said they "
                             "were fiction."),
    ("Sefo Leavasa", "Sefo Leavasa said families had been wary. Leavasa said trust had "
                     "grown."),
    ("AbdulRahman AbdulRazaq", "The chairman of the governors' forum, AbdulRahman "
                               "AbdulRazaq, said the formula was unfair. Mr AbdulRazaq said "
                               "the forum would write to the president."),
    # tagged a body: a surname that is a word, a name read as a title after a quote,
    # a name set off by commas after a description
    ("Rhiannon Price", '"Commuters have had enough," said Rhiannon Price of Transport Focus. '
                       "Price said fares should be frozen."),
    ("Pep Guardiola", '"We did not play well in the first half," Pep Guardiola told Sky '
                      "Sports. Guardiola said the reaction had been fantastic."),
    ("Grace Obi", '"Cutting your way to growth rarely works," his colleague at rival firm '
                  "Stanton, Grace Obi, wrote in a note. Obi said the shares were too dear."),
    # a particle the tagger leaves out with the given name ("ter" read as no name's)
    ("Marloes ter Horst", '"This is no rescue plan," said Marloes ter Horst, who leads the '
                          "dockers' section. Ter Horst said a strike was possible."),
    # a hyphened given name whose first half tells no gender ("Jean")
    ("Jean-Baptiste Ferrand-Lambotte", "The packaging federation opposes the ban. "
                                       '"Nobody wins from it," said its director general, '
                                       "Jean-Baptiste Ferrand-Lambotte. Ferrand-Lambotte "
                                       "said talks would go on."),
    # an Irish surname with a curly apostrophe, after an honour the tagger took in
    ("Colm O’Sullivan", "Speaking on the radio, former Kilbeg All-Star Colm O’Sullivan said "
                        "the team had been careless. O’Sullivan said the manager would be "
                        "furious."),
    # German "zu", a double surname after "van den", a council title, Amharic and
    # South African titles of address (one with an honour after the name)
    ("Carl-Philipp zu Salm-Hohenau", "The Free Democrats' parliamentary leader, Carl-Philipp "
                                     "zu Salm-Hohenau, said his party stood firm. Zu "
                                     "Salm-Hohenau said talks would go on."),
    ("Sanne van den Broek-Yilmaz", "Sanne van den Broek-Yilmaz said the criticism was unfair. "
                                   "Van den Broek-Yilmaz said the deal would stand."),
    ("Beatriz de la Fuente", "Councilwoman Beatriz de la Fuente said the lanes were overdue. "
                             "De la Fuente said more cyclists would be hurt."),
    ("Girma Tadesse", "Ato Girma Tadesse said the house was built in 1979. Ato Girma said "
                      "the city had never paid."),
    ("Pieter-Jan van Rensburg", "The administrator, Advocate Pieter-Jan van Rensburg SC, said "
                                "the board had failed. Van Rensburg said audits would follow."),
]


@pytest.mark.parametrize(("name", "text"), CASES, ids=[name for name, _ in CASES])
def test_a_name_is_one_speaker_and_one_person(name: str, text: str) -> None:
    article = newsdesk.extract_text("Headline here\n" + text)
    assert [q["speaker_name"] for q in article.quotes] == [name, name]
    assert sorted({e["name"] for e in article.entities if e["label"] == "PERSON"}) == [name]


def test_one_person_whatever_the_title_particle_or_initial() -> None:
    assert name_parts("Congressman Mark Meadows".split(" ", 1)[1]) == name_parts("Mark Meadows")
    assert name_parts("van Sebille")[1] == name_parts("Erik van Sebille")[1]
    assert name_parts("Donald J. Trump") == name_parts("Donald Trump")
    assert given_names_agree("j.", "john")
    assert not given_names_agree("ivana", "ivanka")
    a = run(
        "Budget row\nCongressman Mark Meadows said the plan was dead.\n"
        "Meadows added that talks would go on.\nIvana Trump and Ivanka Trump attended.\n"
    )
    names = {e["name"] for e in a.entities if e["label"] == "PERSON"}
    assert "Mark Meadows" in names and "Congressman Mark Meadows" not in names
    assert {"Ivana Trump", "Ivanka Trump"} <= names
    assert {q["speaker_name"] for q in a.quotes} == {"Mark Meadows"}


def test_people_are_names_not_places_or_fragments() -> None:
    a = run(
        "Storm hits coast\nJane Doe of Harbour Bar said the roof had gone.\n"
        "Visitors to Elm Square were moved, Jane Doe said.\n"
    )
    names = {e["name"] for e in a.entities if e["label"] == "PERSON"}
    assert "Harbour Bar" not in names and "Elm Square" not in names
    # untagged runs of proper nouns before a verb: a body, a seat, a place
    a = run(
        "Results\nFerrow Systems said profits rose. The Member for St Andrew South, Ann Lee, "
        "said the road was unsafe.\n"
    )
    names = {e["name"] for e in a.entities if e["label"] == "PERSON"}
    assert not names & {"Ferrow Systems", "St Andrew South", "Andrew South"}


def test_a_name_written_with_an_age_is_a_person_whatever_the_tagger_called_it(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # the tagger calls her a body; a hyphened surname is one word of her name
    speakers, people = speakers_and_people(
        "Woman charged\n\nA judge set bail on Monday for a Westbury woman. According to a "
        "criminal complaint, Tamsin Greaves-Holloway, 34, stabbed the man twice. She told "
        "officers at the scene that he had attacked her first.\n")
    assert people == ["Tamsin Greaves-Holloway"]
    assert speakers[-1] == ("Tamsin Greaves-Holloway", "person")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # places named before the kind of place they are, and a street lived on
        ("Families from the capital's Kazanchis and Arat Kilo areas were moved to Kotebe.", []),
        ("Priya Venkataraman, who lives on Orchard Lane, told the council she no longer "
         "rides on Riverside.", ["Priya Venkataraman"]),
        # a body's name after its kind, and the short form of a body's full name
        ("An internal memo was seen by the newspaper De Haagse Koerier.", []),
        ("Lotte ter Beek, energy spokeswoman for the junior coalition party Nieuw Midden, said "
         "her party would not support the deal.", ["Lotte ter Beek"]),
        ("The Downtown Riverton Chamber of Commerce wants a rent program, something Riverton "
         "does not have.", []),
        # a trade before a name is a person's
        ("Former player turned broadcaster Jason Ebdon said on radio that the penalty was "
         "fair.", ["Jason Ebdon"]),
    ],
)
def test_places_and_bodies_written_as_such_are_no_people(text: str, people: list[str]) -> None:
    a = run("Headline here\n\n" + text + "\n")
    assert sorted({e["name"] for e in a.entities if e["label"] == "PERSON"}) == people


def test_a_given_name_joined_to_a_full_name_shares_its_surname() -> None:
    a = run(
        "Home bloggers\nMark and Sarah Collins run a popular blog about their house.\n"
        '"We work every day," Mark said.\n'
    )
    (q,) = _with(a, a.quotes, "We work every day")
    assert q["speaker_name"] == "Mark Collins"


def test_he_is_the_man_the_tagger_called_a_body() -> None:
    a = run(
        "Donor row\nMarcus Lindqvist said the donation was unrelated. He told the Herald he "
        "had supported the mayor for years.\n"
    )
    assert [q["speaker_name"] for q in a.quotes] == ["Marcus Lindqvist", "Marcus Lindqvist"]


def test_a_described_speaker_set_off_by_commas_is_the_name_after_the_description() -> None:
    a = run(
        "Brightwell cuts\n"
        '"Cutting your way to growth rarely works," Liu\'s colleague at rival firm Stanton, '
        "Grace Obi, wrote in a note to clients.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in a.quotes] == [("Grace Obi", "person")]


def test_a_title_or_an_office_is_not_taken_for_a_given_name() -> None:
    a = run(
        "Uranium bank\nLast September, IAEA Director General Yukia Amano said that work on "
        'the bank "continued to make progress".\n'
    )
    assert [(q["speaker_name"], q["speaker_role"]) for q in a.quotes] == [
        ("Yukia Amano", "IAEA Director General")
    ]


def test_a_business_set_off_by_commas_is_not_a_person() -> None:
    a = run(
        "Beer war\nAnheuser faces two rivals, Miller Brewing, and Adolph Coors Co.\n"
        '"They have been discounting," a spokesman said.\n'
    )
    assert not [e for e in a.entities if e["label"] == "PERSON" and "Miller" in e["name"]]


def test_a_party_member_before_a_name_is_no_body() -> None:
    # the tagger reads "Leah Morrow" after "Democrat" as an organisation
    a = run('Upset\nDemocrat Leah Morrow won a special election on Tuesday.\n"This is what '
            'happens when you talk to voters," Morrow said in her victory speech.\n')
    assert [(q["speaker_name"], q["speaker_type"]) for q in a.quotes] == [
        ("Leah Morrow", "person")]
    assert {e["name"] for e in a.entities if e["label"] == "PERSON"} == {"Leah Morrow"}



@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the parser makes each side of the hyphen a subject of its own
        ("Film\n\nKalina Petrova-Weiss said that she had rehearsed the scene.\n",
         "Kalina Petrova-Weiss"),
        # the tagger labels the hyphened surname a body, the given name nothing
        ("Film\n\nTomasz Wójcik-Brandt said that the film was late.\n", "Tomasz Wójcik-Brandt"),
        # name particles inside a name the tagger missed or called a body
        ("Care\n\nIlse de la Fuente-Brandt said the plan was good.\n", "Ilse de la Fuente-Brandt"),
        ("Debt\n\nFelipe de la Cruz Ibarra said eleven island states are at risk.\n",
         "Felipe de la Cruz Ibarra"),
        ("Radio\n\nHis deputy, Aoife Ní Bhriain, went further on radio.\nNí Bhriain said it "
         "was fine.\n", "Aoife Ní Bhriain"),
    ],
)
def test_hyphens_and_particles_keep_a_name_whole(
    text: str, name: str, speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(text)
    assert speakers == [(name, "person")]
    assert people == [name]


def test_a_hyphened_surname_set_off_as_an_actor_is_a_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Film\n\nThe cast is led by Kalina Petrova-Weiss. Petrova-Weiss, a stage actor making "
        "her first feature, said she had rehearsed the scene forty times.\n")
    assert speakers == [("Kalina Petrova-Weiss", "person")]


def test_the_other_fields_of_a_byline_are_no_people(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Council delays bike lanes\nPosted by Dana Whitcombe | Eastfield Civic Notes | March 11, "
        "2026\nMayor Phil Kowalczyk said the vote was a mistake.\n")
    assert people == ["Dana Whitcombe", "Phil Kowalczyk"]


def test_writers_named_with_a_place_or_at_the_foot_are_people_the_story_is_not_about(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # a byline's place is no sign its name is one; a sign-off names staff
    _, people = speakers_and_people(
        "Families still waiting for homes\nBy Hanna Tesfaye Gebru, Addis Ababa\n"
        "The city has promised 4,000 new flats.\n")
    assert people == ["Hanna Tesfaye Gebru"]
    speakers, people = speakers_and_people(
        "Rerun result rejected\n\nThe senator said his party would go to the tribunal.\n"
        "He said the result had been bought in 14 wards.\nThe party meets on Monday to "
        "decide.\nThe electoral commission has not yet commented on the complaint.\n"
        "Additional reporting by Ojone Abah, Lokoja\n")
    assert people == ["Ojone Abah"]
    assert "Ojone Abah" not in [name for name, _ in speakers]


def test_a_short_form_of_one_given_name_is_that_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Strike\n\nRepublican strategist Gwendolyn Haverkamp argued that the White House should "
        "step in. \"This is exactly what the law is for,\" Gwen said.\n")
    assert speakers == [("Gwendolyn Haverkamp", "person")] * 2
    assert people == ["Gwendolyn Haverkamp"]


def test_a_partys_initials_and_a_seats_last_word_are_no_part_of_a_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Road safety call\n\nDUP MLA Wilma Strachan-Boyd urged anyone with information to "
        "contact police.\nSinn Féin MLA for Newry and Armagh Pádraig Hennessy-Doran said the "
        'road had been "a death trap for years".\n')
    assert people == ["Pádraig Hennessy-Doran", "Wilma Strachan-Boyd"]
    assert speakers[-1] == ("Pádraig Hennessy-Doran", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name the tagger left out before a surname it took for a body
        ("Comets guard out\n\nGuard Emeka Nwachukwu-Lind will miss six weeks.\nNwachukwu-Lind "
         'told ESPN on Thursday that he felt "a pop".\n', "Emeka Nwachukwu-Lind"),
        # two given names of one gender, the first left out
        ("Salt Road wins\n\nBest actress went to Ana Lúcia da Rocha, who plays the sister.\n"
         "Da Rocha admitted she had not prepared a speech.\n", "Ana Lúcia da Rocha"),
        # initials, then a given name and a surname the tagger left out
        ("PTI to move court\n\nPTI Chairman G. M. Asif Jadoon said the schedule was tight.\n",
         "G. M. Asif Jadoon"),
    ],
    ids=["given-before-surname-read-as-body", "double-given-name", "initials-then-names"],
)
def test_a_name_the_tagger_cut_is_one_person_whole(
    speakers_and_people: SpeakersAndPeople, text: str, name: str
) -> None:
    speakers, people = speakers_and_people(text)
    assert speakers == [(name, "person")] * len(speakers) and speakers
    assert people == [name]


def test_a_team_by_its_plural_nickname_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Comets guard out\n\nColumbus Comets guard Chidi Eze-Baptiste will miss six weeks.\n"
        '"When I went down I thought the season was done," he told ESPN.\n')
    assert speakers == [("Chidi Eze-Baptiste", "person")]
    assert people == ["Chidi Eze-Baptiste"]


@pytest.mark.parametrize(
    "text",
    [
        "Freight train derails\n\nMayor Ana-Maria Ionescu has urged people to stay away, saying "
        "sightseers have been blocking emergency vehicles.\n",
        "Freight train derails\n4:45 p.m.\nBy Lena Marsh-Oyelaran\nMayor Ana-Maria Ionescu has "
        "urged people to stay away, saying sightseers have been blocking emergency vehicles.\n",
    ],
    ids=["tagger-starts-at-second-half", "office-taken-in"],
)
def test_a_hyphened_given_name_after_an_office_is_kept_whole(
    speakers_and_people: SpeakersAndPeople, text: str
) -> None:
    speakers, people = speakers_and_people(text)
    assert speakers == [("Ana-Maria Ionescu", "person")] * 2
    assert "Ana-Maria Ionescu" in people and "Maria Ionescu" not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Rovers beaten at home\n\nThe afternoon got worse when captain Jordan "JJ" Jakobsen '
         "limped off before half-time.\n", "Jordan Jakobsen"),
        ('Senators grill officials\n\nSen. Ramon "Mon" Dela Paz Villareal said the warehouses '
         'did not exist.\n"We need to inspect the inspectors," Villareal said.\n',
         "Ramon Dela Paz Villareal"),
        ("Police probe developer\n\nThe records allege that Gurdeep (Gary) Singh-Atwal paid "
         "two officials.\nMr. Singh-Atwal has not been charged.\n", "Gurdeep Singh-Atwal"),
    ],
    ids=["capitals", "two-surnames", "bracketed"],
)
def test_a_nickname_inside_a_name_does_not_cut_it(
    speakers_and_people: SpeakersAndPeople, text: str, name: str
) -> None:
    speakers, people = speakers_and_people(text)
    assert people == [name]
    assert all(s == (name, "person") for s in speakers if s[0] != "The records")


def test_a_bracket_holding_no_given_name_is_no_nickname(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Council vote\n\nThe motion from Ann Lee (Labour) Ward was carried.\n"
        "Councillor Ann Lee said the vote was fair.\n")
    assert "Ann Lee" in people and not any("Ward" in p for p in people)


def test_a_name_the_tagger_cut_after_its_titles_is_one_name() -> None:
    doc = load_nlp()("Speaking outside court, Det Insp Mark Fenwell said the family had "
                     "shown great courage, as had Datuk Dr Siti Aminah binti Yusof Ali.")
    words = [t.text for t in doc]
    at = {w: words.index(w) for w in ("Det", "Mark", "Datuk", "Siti", "Yusof")}
    doc.ents = [Span(doc, at["Det"], at["Det"] + 2, "PERSON"),
                Span(doc, at["Mark"], at["Mark"] + 2, "PERSON"),
                Span(doc, at["Datuk"], at["Datuk"] + 2, "PERSON"),
                Span(doc, at["Siti"], at["Siti"] + 2, "PERSON"),
                Span(doc, at["Yusof"], at["Yusof"] + 2, "PERSON")]
    # "Det Insp | Mark Fenwell": one name; "Datuk Dr | Siti Aminah | binti | Yusof
    # Ali": the name joins the father's, not the titles before it
    assert split_names(tuple(doc.ents)) == {0, 3}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peers criticise rail fare rise\n\nBaroness Ashworth of Leigh said the rise was "
         "\u201cunfair on commuters\u201d.\n", "Ashworth"),
        ("Former chairman warns party over leadership\nLord Penrose, the former party "
         "chairman, warned that the party faced \u201cyears in the wilderness\u201d.\n"
         "\u201cIf we carry on like this, we will lose again,\u201d the peer told an event "
         "hosted by a think tank.\n",
         "Penrose"),
    ],
    ids=["title-of-a-place", "the-peer"],
)
def test_a_member_of_the_lords_is_a_person_and_the_peer(
    speakers_and_people: SpeakersAndPeople, text: str, name: str
) -> None:
    speakers, people = speakers_and_people(text)
    assert speakers and all(s == (name, "person") for s in speakers)
    assert people == [name]


def test_a_team_named_after_its_kind_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Hallam reject bid\n\nHallam Athletic have rejected a £38m offer from the Bundesliga "
        "side Eintracht Waldstadt for the 19-year-old midfielder Nnamdi Oduya.\n")
    assert people == ["Nnamdi Oduya"]


def test_a_name_of_four_words_the_tagger_cut_in_half_is_one_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Assembly passes tariff bill\nPiloting the bill, Local Government Minister Syed "
        "Zulfiqar Hussain Jafri said the corporation was losing money.\n")
    assert speakers == [("Syed Zulfiqar Hussain Jafri", "person")]
    assert people == ["Syed Zulfiqar Hussain Jafri"]


def test_a_substitute_written_with_a_capital_before_a_full_name_is_no_part_of_it(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Castlegate 2-1 Ashbridge: manager furious after late Vitale penalty\n"
        "Substitute Luca Vitale converted from the spot in the fourth minute of added time. "
        "The home side move up to 12th.\n")
    assert people == ["Luca Vitale"]


def test_a_business_named_after_its_kind_is_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Tile duties row\nImporters are unhappy. Pieter Jansen, chief executive of the Dutch "
        "distributor Vloerhuis Europa, said the levies would add costs.\n")
    assert people == ["Pieter Jansen"]
