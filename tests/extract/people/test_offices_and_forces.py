"""Bodies and offices as news writes them the second time: "police" for the
force named before ("Westbrook Police Department"), "its chief executive" for
the one called "CEO", a school by its short name ("Crestview Elementary").
Sentences written for these tests."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_police_is_the_force_the_article_named_but_not_the_police_union(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Police: Man in custody after standoff\n\nThe Westbrook Police Department said a "
        "man is in custody. Officers were called at 6:45 p.m., police said.\n")
    assert speakers == [("Westbrook Police Department", "organisation")] * 3
    speakers, _ = speakers_and_people(
        "Pay row\n\nThe Westbrook Police Union said members would strike. Two officers "
        "were hurt, police said.\n")
    assert speakers[1] != ("Westbrook Police Union", "organisation")


def test_a_chief_executive_is_the_one_the_article_calls_ceo(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Harrowgate shares slide\n\nIts chief executive told investors that tariffs would "
        'weigh on margins. "We cannot re-source that overnight," CEO Devon Achterberg said.\n')
    assert speakers == [("Devon Achterberg", "person")] * 2
    assert people == ["Devon Achterberg"]


def test_a_school_by_its_short_name_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "School closure vote set\n\nMost students would move to Crestview Elementary, "
        "Superintendent Maria Okafor said.\n")
    assert people == ["Maria Okafor"]


def test_a_headlines_police_is_the_force_the_lines_below_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Police: Man in custody after standoff; 2 officers hurt\nBy Dana Okafor-Reyes\n"
        "WESTBROOK (KXYZ) — A man is in custody after a standoff, according to a news "
        "release from the Westbrook Police Department.\n")
    assert speakers[0] == ("Westbrook Police Department", "organisation")


def test_a_long_role_set_off_before_a_titled_name_is_bound_to_it(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # the role's complement has a complement ("of the state House | of Assembly"), the
    # tagger takes "Alhaji" into the name
    speakers, people = speakers_and_people(
        "Kwara govt reacts to defection\n\nA former Speaker of the state House of Assembly, "
        "Alhaji Yakubu Danladi Bello, has joined the PDP.\nThe former Speaker said: \"I did "
        'not leave the APC; the APC left me."\n')
    assert speakers == [("Yakubu Danladi Bello", "person")]
    assert people == ["Yakubu Danladi Bello"]


def test_a_police_rank_before_a_name_is_a_title_and_a_patronymic_makes_a_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Youths pull down billboards\n\nThe state Police Public Relations Officer, SP Ejike "
        "Nwachukwu-Obi, said two suspects had been arrested.\n")
    assert speakers == [("Ejike Nwachukwu-Obi", "person")]
    speakers, people = speakers_and_people(
        "Port operator to expand terminal\n\nAn analyst said the comments were bullish.\n"
        "Khaleej Maritime's chief executive, Omar bin Khalid Al Falasi, said the company "
        "would remain disciplined on costs.\nRahimah binti Yusof said her government would "
        'double its spending. "Mangroves are cheaper than sea walls," she told reporters.\n')
    assert speakers[1:] == [("Omar bin Khalid Al Falasi", "person")] + [
        ("Rahimah binti Yusof", "person")] * 2
    assert people == ["Omar bin Khalid Al Falasi", "Rahimah binti Yusof"]


def test_regions_firms_and_teams_are_no_people_and_a_hyphened_given_name_is_one(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        'Defection changes nothing\n\n"He was speaking to Ilorin, not to Kwara North," said '
        "Halima Oyelaran-Suleiman. Oliver North said nothing. The contract went to Sri "
        "Lakshmi Venkateshwara Constructions, and Cárdenas Veloz Racing withdrew.\n"
        'Its policy director, Pieter-Jan de Wulf, said governments were "signing pledges".\n')
    assert people == ["Halima Oyelaran-Suleiman", "Oliver North", "Pieter-Jan de Wulf"]


def test_the_company_is_no_place_a_sentence_only_mentions(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Port operator to expand terminal\n\nKhaleej Maritime Holdings will expand its "
        "terminal in Fujairah.\nShips are avoiding Bab el-Mandeb.\nThe company says the "
        "correct figure is 2.1 million TEUs.\n")
    assert speakers == [("Khaleej Maritime Holdings", "organisation")]


def test_the_lawmaker_is_the_one_member_of_a_legislature_named(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Senator urges delay\n\n"
        "Senator Folasade Ogunleye-Danjuma has called on the electoral body to wait.\n"
        'In a post on X, the lawmaker wrote: "The commission must carry everyone along."\n'
        "Mayor Bola Aina said the city was ready.\n"
        '"We are ready," the lawmaker said.\n')
    assert speakers[1] == ("Folasade Ogunleye-Danjuma", "person")
    # (a mayor holds no seat in a legislature)
    assert speakers[3] == ("Folasade Ogunleye-Danjuma", "person")


def test_a_places_one_office_binds_its_holder_named_by_the_office_alone(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Quebec premier says province won't bail out mill\n\n"
        "Premier Sylvie Gagnon-Bérubé says her government will not put money into the mill.\n"
        "Gabriel Roy said the plan was wrong.\n")
    assert speakers[0] == ("Sylvie Gagnon-Bérubé", "person")


def test_a_headlines_words_around_a_comma_are_no_bodys_name() -> None:
    from newsdesk import extract_text

    a = extract_text("Paddy row rocks Capital as Opposition, Centre trade charges\n\n"
                     'NEW DELHI: The Centre on Tuesday dismissed the charges as "baseless".\n')
    assert [q["speaker_name"].removeprefix("The ") for q in a.quotes] == ["Centre"]


def test_a_countrys_police_is_the_force_named_next(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Tourist killed in bus crash\n\nA woman was killed after the bus overturned near "
        "Tarvik on Tuesday, Swedish police said. The bus slid into a ditch, according to "
        "the Uppsala County Police.\n")
    assert speakers == [("Uppsala County Police", "organisation")] * 2


def test_the_consulate_is_the_consulate_general_named_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Tourist killed in bus crash\n\nThe woman died in hospital, the agency reported, "
        "citing the Brazilian Consulate General in Lyon. Two of the injured were in serious "
        "condition, the consulate said.\n")
    assert speakers[-1] == ("Brazilian Consulate General", "organisation")


def test_her_office_is_the_office_of_the_woman_named_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Premier backs minister\n\nPremier Ingrid Valdés-Moreau has not spoken about the plan. "
        'Her office said on Tuesday that the premier "fully supports" it.\n')
    assert speakers == [("Ingrid Valdés-Moreau's office", "organisation")]
    speakers, _ = speakers_and_people(
        "Senator trails\n\nSenator Tomas Lindqvist did not appear at the rally. His campaign "
        "said he had a cold.\n")
    assert speakers == [("Tomas Lindqvist's campaign", "organisation")]


def test_a_party_chieftain_is_the_chief_the_article_is_about(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Polls row deepens\n\nChief Babatunde Olawale-Cole addressed journalists in Ilorin on "
        "Tuesday.\nThe ADP chieftain disclosed that the party would go to court.\n")
    assert speakers == [("Babatunde Olawale-Cole", "person")]


def test_a_freight_company_is_a_body_and_the_company_after_it(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Freight train derails near Ashby Junction\n\nEastline Freight has confirmed that 11 cars "
        "left the track. Three of the cars were carrying chlorine, the company said.\n")
    assert speakers == [("Eastline Freight", "organisation")] * 2
    assert people == []


def test_the_boss_of_a_club_is_its_manager(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Rovers lose at home\n\nFor Rovers manager Diarmuid Keane, the afternoon turned on one "
        'incident.\n"It\'s a stonewall penalty," the Rovers boss said.\n')
    assert speakers == [("Diarmuid Keane", "person")]


def test_a_spokeswoman_named_after_her_minister_is_the_speaker(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Minister weighed quitting\n\nFinance Minister Rodrigo Santamaría-Ortiz was unavailable. "
        "Santamaría-Ortiz's spokeswoman, Hanne Kwiatkowska, said the minister \"does not comment "
        'on speculation".\n')
    assert speakers == [("Hanne Kwiatkowska", "person")]
