"""Who the article's people are, on sentences written for these tests: names
that are places or things are no one, a name cut short is its full name, a
kinship role tells a person's gender."""

from __future__ import annotations

import re

import newsdesk
from newsdesk.extract.people.entities import find_entities
from newsdesk.extract.people.mentions import People
from newsdesk.nlp import load_nlp


def people(text: str) -> People:
    return People(load_nlp()(text))


def listed(text: str) -> set[str]:
    found = people(text)
    return {p.name for p in found.persons if found.listable(p)}


def test_a_name_written_only_as_a_place_is_no_one() -> None:
    text = (
        "The ministry opened a clinic at Fort Augusta, Stony Vale and Port Royal last week. "
        "Nurses were sent from Kingston to upper Stony Vale, said the minister, Aubyn Marsh. "
        "Ms Marsh said the clinic would open daily."
    )
    names = listed(text)
    assert "Aubyn Marsh" in names
    assert not any("Stony" in n for n in names), names


def test_a_name_described_as_a_thing_is_no_one() -> None:
    text = (
        "Shell holds a stake in Elm Deep, the gas field off the coast, said Tom Harlow. "
        "Harlow said production at Elm Deep would rise."
    )
    names = listed(text)
    assert "Tom Harlow" in names
    assert "Elm Deep" not in names


def test_a_possessive_after_in_is_still_a_person() -> None:
    text = "In Johnson's view the plan failed. Mark Johnson, the mayor, said so on Monday."
    assert "Mark Johnson" in listed(text)


def test_a_name_cut_short_by_the_tagger_is_the_full_name() -> None:
    text = (
        '"He cannot walk," said his mother, Maria Lopez Garcia. Doctors have not helped, '
        "said Maria Lopez, who lives in Leeds."
    )
    found = people(text)
    assert [p.name for p in found.persons if found.listable(p)] == ["Maria Lopez Garcia"]


def test_a_generational_suffix_keeps_the_name() -> None:
    assert "Martin Luther King Jr." in listed(
        "The city honoured Dr. Martin Luther King Jr. on Monday with a march."
    )


def test_a_kinship_role_gives_the_gender_a_pronoun_agrees_with() -> None:
    # given names borne by women and men alike: the role alone tells
    found = people(
        "But for Robin Grey, Jean's widow, the memories remain. "
        "Jean Grey led the march in 1965."
    )
    by_name = {p.name: p for p in found.persons}
    assert by_name["Robin Grey"].gender == "f"
    assert by_name["Jean Grey"].gender is None


def test_a_name_the_article_writes_after_the_is_a_thing_but_the_x_campaign_is_not() -> None:
    text = (
        "Popular drinking hole The Idle Hour will be closing, said Mary Quill. "
        "Idle Hour has said it is sorry. The Mary Quill campaign said on Monday it was ready."
    )
    names = listed(text)
    assert "Mary Quill" in names
    assert not any("Idle" in n for n in names), names


def test_a_father_marked_sr_a_son_and_a_man_whose_given_name_is_their_surname_stay_apart() -> None:
    found = people(
        "Paul Ryan lost his father young, he told Ryan Lizza of a weekly magazine. "
        "Ryan chose to swim. As a lawyer, Ryan's father, Paul Ryan Sr., earned well. "
        "Ryan said the family relied on help."
    )
    by_name = {p.name: p for p in found.persons}
    assert {"Paul Ryan", "Paul Ryan Sr.", "Ryan Lizza"} <= set(by_name)
    assert len(by_name["Paul Ryan"].mentions) >= 3  # "Ryan chose", "Ryan's father", "Ryan said"
    assert len(by_name["Ryan Lizza"].mentions) == 1


def test_a_building_named_like_a_person_is_no_one() -> None:
    names = listed(
        "The collapse of Rana Plaza killed hundreds. Sohel Rana, the owner of Rana Plaza, "
        "was arrested. Rana said the building was safe."
    )
    assert "Sohel Rana" in names
    assert "Rana Plaza" not in names


def test_a_name_written_only_as_a_charity_or_a_product_is_no_one() -> None:
    text = (
        "The singer Mara Kell spoke in a video for the charity Fondation Jasmin Roy. "
        "She wore a Roland Mouret to the gala, Mara Kell said."
    )
    names = listed(text)
    assert "Mara Kell" in names
    assert "Jasmin Roy" not in names and "Roland Mouret" not in names, names


def test_a_double_surname_written_short_is_one_person() -> None:
    text = (
        "Folic acid matters, says dietitian Amanda A. Kostro Miller. "
        "It is better absorbed from a pill, says Kostro Miller."
    )
    found = people(text)
    assert [p.name for p in found.persons if found.listable(p)] == ["Amanda A. Kostro Miller"]


def test_a_name_holding_an_institution_word_is_no_one() -> None:
    # the tagger reads each of these as a PERSON
    found = people(
        "Guests love Jinmao Hotel Lijiang, said Anna Vossberg. "
        "Karl Ostrow Festival drew crowds, Anna Vossberg said."
    )
    tagged = {p.name for p in found.persons}
    assert any("Hotel" in n for n in tagged) and any("Festival" in n for n in tagged)
    listed_names = {p.name for p in found.persons if found.listable(p)}
    assert listed_names == {"Anna Vossberg"}


def test_a_surname_alone_before_and_does_not_take_the_next_persons_surname() -> None:
    assert "Hitler Nixon" not in {p.name for p in people(
        "Richard Nixon resigned. Unlike Hitler and Nixon, Trump did not write his own book."
    ).persons}
    assert listed("Mark and Sarah Collins opened the shop.") == {"Mark Collins", "Sarah Collins"}


def test_an_apposition_is_the_phrase_right_after_the_name() -> None:
    found = people(
        "For more information on Dexter Gardner, the Gardner Foundation, and the Gardner "
        "Memorial Tournament, head to the foundation's site. Jess Philps, an outspoken "
        "critic of the council, said it was wrong."
    )
    roles = {p.name: p.roles for p in found.persons}
    assert not any("head to" in r for r in roles.get("Dexter Gardner", []))
    assert any("critic" in r for r in roles.get("Jess Philps", []))


def test_a_role_set_off_before_the_name_after_an_opening_word_is_theirs() -> None:
    found = people("Meanwhile, the chancellor, James Whitby, defended the bill on Monday.")
    who = found.by_role("the chancellor")
    assert who is not None and who.name == "James Whitby"


def test_a_bare_surname_is_the_one_of_that_name_written_last() -> None:
    text = ("Elian Gonzalez stayed in Miami. His father, Juan Miguel Gonzalez, flew in on Monday. "
            "Gonzalez said he wanted his son back. Later Gonzalez met lawyers.")
    found = people(text)
    father = next(p for p in found.persons if p.name == "Juan Miguel Gonzalez")
    bare = [m for m in (text.find("Gonzalez said"), text.find("Later Gonzalez") + 6)]
    assert all(found.mention(s, s + len("Gonzalez")) is father for s in bare)


def test_a_given_name_alone_does_not_make_its_surname_recent() -> None:
    text = ("Civil rights leaders like Ralph Abernathy were reviled. But for Juanita Abernathy, "
            "Ralph's widow, the memories remain. Lowery worked with Abernathy for years.")
    found = people(text)
    widow = next(p for p in found.persons if p.name == "Juanita Abernathy")
    at = text.find("with Abernathy") + 5
    assert found.mention(at, at + len("Abernathy")) is widow


def test_an_age_is_no_role_and_a_role_ends_before_its_clause() -> None:
    found = people("Maria Costa, 41, a dock worker who has worked at the port for 20 years, "
                   "said no.")
    (costa,) = [p for p in found.persons if p.name == "Maria Costa"]
    assert costa.roles == ["dock worker"]


def test_a_surname_after_a_particle_the_tagger_cut_off_stays_in_the_name() -> None:
    found = people("Manchester United manager Erik ten Hag said the club would not sell him. "
                   "European Commission President Ursula von der Leyen said talks would go on.")
    names = {p.name for p in found.persons}
    assert {"Erik ten Hag", "Ursula von der Leyen"} <= names


def test_a_particle_inside_a_name_after_an_office_or_a_title_stays_in_the_name() -> None:
    # an office in capitals ("TD") and a particle in capitals ("Nic") are
    # read as what they are, not as the end of the name or a name of its own
    found = people("Local TD Caoimhín de Paor said he had written to the minister. "
                   "Cllr Gráinne Nic Aodha-Browne (FG) said she backed the plan.")
    names = {p.name for p in found.persons if found.listable(p)}
    assert {"Caoimhín de Paor", "Gráinne Nic Aodha-Browne"} <= names
    assert not {"de Paor", "Nic Aodha-Browne"} & names


def test_a_member_of_another_legislature_by_its_capitals_is_a_person() -> None:
    found = people("Opposition MK Yael Ben-Ari said she would ask for a hearing. "
                   "\"We are not residents, we are test subjects,\" Ben-Ari told Army Radio.")
    assert "Yael Ben-Ari" in {p.name for p in found.persons if found.listable(p)}


def test_a_name_after_a_title_is_a_person_whatever_its_label() -> None:
    found = people("French President Emmanuel Macron and German Chancellor Olaf Scholz met in "
                   "Paris. Scholz agreed.")
    assert "Olaf Scholz" in {p.name for p in found.persons}


def test_a_role_keeps_its_possessive_as_written_and_leaves_a_title_of_address_out() -> None:
    found = people(
        "The council's chief executive, Alan Marsh, spoke first. "
        "Inquiry chair Dame Judith Kerr closed the hearing."
    )
    roles = {p.name: p.roles for p in found.persons}
    assert roles["Alan Marsh"] == ["council's chief executive"]
    assert roles["Judith Kerr"] == ["Inquiry chair"]


def test_a_role_holds_its_body_but_never_a_role_of_someone_else() -> None:
    found = people(
        "Secretary of State Mara Lind flew to Oslo. The CEO of Harbour Foods, Tom Price, "
        "said sales rose. Ann Paul, the daughter of congressman Rob Paul, spoke. "
        "The mother of Daniel Okafor wept in court."
    )
    roles = {p.name: p.roles for p in found.persons}
    assert roles["Mara Lind"] == ["Secretary of State"]
    assert roles["Tom Price"] == ["CEO of Harbour Foods"]
    assert roles["Rob Paul"] == ["congressman"]
    assert roles["Daniel Okafor"] == []


def test_a_name_after_a_title_of_address_is_a_person_the_tagger_missed() -> None:
    # the tagger reads these as an organisation or a place, or misses them
    names = listed(
        "The committee is headed by the Commissioner for Agriculture, Alhaji Rasaq Bakare. "
        "The Ogun State Governor, Prince Dapo Adeyemi, spoke in Abeokuta. "
        "Visitors to Prince Edward Island rose. "
        "Hubballi-Dharwad Central MLA Prakash Kulkarni alleged fraud."
    )
    assert {"Rasaq Bakare", "Dapo Adeyemi", "Prakash Kulkarni"} <= names
    assert not any("Island" in n for n in names)


def test_a_relative_set_off_by_commas_after_her_or_his_has_that_role_and_its_gender() -> None:
    found = people(
        "Morwenna Trelease has run the smithy since her father, Jory Trelease, collapsed."
    )
    jory = next(p for p in found.persons if p.name == "Jory Trelease")
    assert jory.roles == ["father"] and jory.gender == "m"


def test_the_rest_of_a_name_the_tagger_cut_off_is_kept_and_a_reader_is_no_title() -> None:
    names = listed(
        "Governor Daniel Kiprop Mutai was not available. Sen. Cristina Alcaraz-Yap spoke "
        "next. Reader Jo Castellano sent us a photo. Will Donald Trump win?"
    )
    assert {"Daniel Kiprop Mutai", "Cristina Alcaraz-Yap", "Jo Castellano"} <= names
    assert not any(n.startswith(("Reader", "Will")) for n in names)


def test_a_kin_role_names_whose_kin_and_a_golf_course_is_no_one() -> None:
    found = people(
        "She is Fidel Castro's younger sister, Juanita Castro, and she runs a pharmacy. "
        "Guests at Trump Golf Links were turned away."
    )
    roles = {p.name: p.roles for p in found.persons}
    assert roles["Juanita Castro"] == ["Fidel Castro's younger sister"]
    assert not any("Golf" in p.name for p in found.persons if found.listable(p))


def test_a_name_written_with_an_age_is_a_person_whatever_its_label() -> None:
    # the tagger reads "Des Kavanagh" as a place
    assert "Des Kavanagh" in listed(
        "Des Kavanagh, 81, who worked as the projectionist, said he would return."
    )


def test_a_title_and_a_gendered_role_keep_husband_and_wife_apart() -> None:
    text = (
        "President Halvorsen spoke in Tulsa on Saturday. Mr. Halvorsen said the vote mattered. "
        "The campaign plans to send Mr. Halvorsen and the first lady, Ingrid Halvorsen, "
        "to Ohio. Mr. Halvorsen said he would go."
    )
    found = people(text)
    ingrid = next(p for p in found.persons if p.name == "Ingrid Halvorsen")
    assert ingrid.gender == "f"
    assert "first lady" in ingrid.roles
    # every "Mr. Halvorsen" is the president, none of them his wife
    for at in (m.start() for m in re.finditer(r"Mr\. Halvorsen", text)):
        assert found.covering(at + 4) is not ingrid


def test_a_double_barrelled_surname_the_tagger_left_untagged_is_a_mention() -> None:
    text = (
        "Finance Minister Marlon Tavares-Grant tabled the estimates on Monday. "
        "Tavares-Grant told the House the books were balanced."
    )
    found = people(text)
    second = text.rindex("Tavares-Grant")
    person = found.covering(second + 2)
    assert person is not None and person.name == "Marlon Tavares-Grant"


def test_a_headline_verb_run_into_a_name_is_not_part_of_it() -> None:
    text = (
        "Black Lawmakers Rip Donald Trump As A Fraud\n"
        "Donald Trump said on Friday that he had finished the controversy. Trump spoke in "
        "Washington."
    )
    assert "Donald Trump" in listed(text)
    assert not any(n.startswith("Rip") for n in listed(text))


def test_a_headline_verb_after_a_name_is_not_part_of_it() -> None:
    text = (
        "Elizabeth Warren Hammers Wells Fargo Chief\n"
        "Senator Elizabeth Warren questioned the bank's chief executive, John Stumpf, on "
        "Tuesday. Warren said Stumpf himself should resign."
    )
    names = listed(text)
    assert "Elizabeth Warren" in names and not any("Hammers" in n for n in names)
    stumpf = next(p for p in people(text).persons if p.name == "John Stumpf")
    assert "himself" not in stumpf.roles


def test_a_capitalised_role_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Prosecutor Amelia Hartigan told the jury the attack was unprovoked. "
        "Treasurer Nick Varganyi said the money was there. Ms Hartigan said more."
    )
    names = listed(text)
    assert {"Amelia Hartigan", "Nick Varganyi"} <= names
    assert not any(n.startswith(("Prosecutor", "Treasurer")) for n in names)


def test_clubs_storms_and_counties_are_no_one() -> None:
    text = (
        "Castleford United beat Ashbourne Rovers 2-1 on Saturday. Cyclone Gabrielle hit the "
        "coast in Co Galway. Manager Stuart Gillespie said the referee was wrong."
    )
    names = listed(text)
    assert "Stuart Gillespie" in names
    assert not names & {"Castleford United", "Ashbourne Rovers", "Cyclone Gabrielle", "Co Galway"}


def test_a_name_followed_by_its_initials_is_a_body() -> None:
    text = (
        "BJP State spokesperson Ajay Kumar Sahu said the State had failed to submit "
        "certificates. Jharkhand Jan Morcha (JJM) spokesperson Vinod Kumar Pandey hit back, "
        "alleging that the BJP was \"panicking\" ahead of the polls."
    )
    names = listed(text)
    assert "Vinod Kumar Pandey" in names and "Jharkhand Jan Morcha" not in names


def test_a_titled_surname_is_the_one_called_so_not_the_relative_named_last() -> None:
    text = (
        "Margaret Penhale taught for 32 years. \"I couldn't run to the end of the road,\" "
        "Mrs Penhale said. A bench bearing Alan Penhale's name will be unveiled. "
        "Mrs Penhale said she had only one goal."
    )
    found = people(text)
    last = text.rindex("Mrs Penhale") + 4
    person = found.covering(last)
    assert person is not None and person.name == "Margaret Penhale"


def test_two_titles_in_a_row_are_no_one() -> None:
    names = listed("Speaking outside court, Det Insp Mark Fenwick said the family had been brave.")
    assert "Mark Fenwick" in names and not any("Insp" in n for n in names)


def test_a_given_name_and_a_surname_the_tagger_calls_a_body_is_a_person() -> None:
    text = (
        "Marcus Lindqvist said the donation was unrelated. He told the Herald he had "
        "supported the mayor for years.\nGeneral Mills said it would not comment. "
        "The Washington Post reported the deal on Monday.\n"
    )
    found = people(text)
    # the tagger's reading this test is about: all three a body
    assert {e.text: e.label_ for e in found.doc.ents if e.label_ != "DATE"} == {
        "Marcus Lindqvist": "ORG", "Herald": "PERSON", "General Mills": "ORG",
        "The Washington Post": "ORG",
    }
    names = listed(text)
    assert "Marcus Lindqvist" in names
    assert not any(n in names for n in ("General Mills", "Washington Post")), names


def test_a_surname_the_tagger_took_for_a_common_noun_after_a_given_name_is_a_name() -> None:
    # "Denning" tagged a common noun
    assert "Paul Denning" in listed(
        "Met Office chief meteorologist Paul Denning said conditions would ease.")


def test_a_name_set_off_after_an_office_only_a_person_holds_is_a_person() -> None:
    # the tagger calls "Prince Adeyemi Oduwole" a place
    text = ("Speaking at the ceremony, the Governor of Ogun State, Prince Adeyemi Oduwole, "
            "stated that the road was critical.")
    entities = find_entities(load_nlp()(text))
    assert {"start": 54, "end": 76, "label": "PERSON", "name": "Adeyemi Oduwole"} in entities


def test_letters_of_a_legislative_council_are_not_part_of_the_name() -> None:
    text = ("The Greens' NSW spokeswoman, Abigail Rook MLC, said the money should be "
            "spent on schools.")
    assert "Abigail Rook" in listed(text)


def test_a_role_set_off_before_a_name_is_the_whole_phrase_not_its_last_office() -> None:
    found = people("Reacting, the Chief Press Secretary to the Governor, Mr. Kayode Adesina, "
                   "dismissed the claims.")
    (adesina,) = [p for p in found.persons if p.name == "Kayode Adesina"]
    assert adesina.roles == ["Chief Press Secretary to the Governor"]


def test_a_given_name_tagged_a_building_but_described_by_a_trade_is_a_person() -> None:
    text = ("The host then brought in Amadou Kouyaté-Ferris, an economist at the Lakeshore "
            "Institute, who told her prices would rise. \"It will be slow,\" Amadou said.")
    assert "Amadou Kouyaté-Ferris" in listed(text)


def test_players_in_brackets_after_their_parts_are_people() -> None:
    text = ("The sisters are Marta (Joana Pereira-Lund) and Inês (Kalina Petrova-Weiss), "
            "and both are superb. Petrova-Weiss, a stage actor, said she rehearsed for months.")
    assert {"Joana Pereira-Lund", "Kalina Petrova-Weiss"} <= listed(text)


def test_malay_and_arab_names_keep_bin_binti_and_their_titles_out() -> None:
    text = ("State health director Datuk Dr Sharifah Nuraini binti Syed Abdullah said the "
            "canteen was closed. Deputy Minister Datuk Haji Zulkifli bin Othman said the "
            "ministry would wait. Maryam bint Khalid Al-Farsi, a doctoral researcher from "
            "Muscat, said the professor had driven four hours.")
    assert listed(text) == {
        "Sharifah Nuraini binti Syed Abdullah", "Zulkifli bin Othman",
        "Maryam bint Khalid Al-Farsi",
    }


def test_a_given_name_after_a_title_opens_the_name() -> None:
    text = ("Madam Comfort Adjoa Boateng-Asare, the ministry spokeswoman, said talks were "
            "ongoing. Its lead author, Dr Nana Yaa Asiedu-Mensah, told journalists the law "
            "was not the problem.")
    assert listed(text) == {"Comfort Adjoa Boateng-Asare", "Nana Yaa Asiedu-Mensah"}


def test_titled_and_hyphened_names_tagged_as_bodies_are_people() -> None:
    text = ("Cllr Declan Fitzmaurice said traders were never consulted. Cllr Síle "
            "Ní Bhraonáin-Walsh (Lab) said she backed the plan. Ewa Zielińska-Marsh told the "
            "jury she had prepared the statements.")
    found = people(text)
    names = {p.name: p.roles for p in found.persons if found.listable(p)}
    assert set(names) == {"Declan Fitzmaurice", "Síle Ní Bhraonáin-Walsh", "Ewa Zielińska-Marsh"}
    assert "councillor" in names["Declan Fitzmaurice"]


def test_businesses_named_like_people_are_no_one() -> None:
    text = ("Velmora Rail said only 9 percent of services ran. Akwadum Textiles was founded in "
            "1966. Rupert Ashdown-Vale, the founder of Calder Bridge Capital, set up Calder "
            "Bridge in 2014.")
    assert listed(text) == {"Rupert Ashdown-Vale"}


def test_a_saints_name_and_a_village_after_the_village_of_are_places() -> None:
    names = listed("The pipes in St Catherine are old, said Natalie Brooks, the MP for St "
                   "Catherine South Eastern. St Andrew North Western MP Roy Tulloch agreed. "
                   "Soldiers shot down a drone over the village of Kfar Yona, the army said.")
    assert {"Natalie Brooks", "Roy Tulloch"} <= names
    assert not {"St Catherine", "St Andrew North Western", "Kfar Yona"} & names


def test_a_prize_named_in_quotation_marks_is_no_person() -> None:
    a = newsdesk.extract_text(
        "Driver honoured\nPassengers have nominated Tomasz Wiśniewski for the county's "
        "“Brave Brantmoor” award.\n")
    assert [e["name"] for e in a.entities if e["label"] == "PERSON"] == ["Tomasz Wiśniewski"]
