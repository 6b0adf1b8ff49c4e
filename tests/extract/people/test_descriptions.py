"""What a description stands for as a speaker (people/descriptions.py), on
paragraphs written for these tests: a role the article binds to a person, an
age, a nationality or a position named last, the body named before or the one
that just spoke, an unnamed source as written."""

from __future__ import annotations

from typing import Any

from newsdesk.pipeline import Pipeline
from newsdesk.read.text import text_article


def quotes(text: str) -> list[dict[str, Any]]:
    article = Pipeline()(text_article("test", text, encoding="utf-8"))
    return [{**q, "words": text[q["content"][0][0] : q["content"][0][1]]} for q in article.quotes]


def test_an_office_written_short_before_a_name_is_the_role_named_later() -> None:
    found = quotes(
        "Whitcombe takes on the governor\n"
        "Dana Whitcombe opened her program on the water crisis. Whitcombe said the state "
        "had known about the corrosion since 2023.\n"
        "She then played a clip of Gov. Rosalind Achterberg speaking in Dunmore on Monday. "
        "In it, the governor insisted the state had done everything it could.\n"
        "Whitcombe said the clip told viewers nothing.\n"
    )
    assert [q["speaker_name"] for q in found] == [
        "Dana Whitcombe", "Rosalind Achterberg", "Dana Whitcombe"
    ]


def test_an_age_with_a_noun_after_it_is_the_person_named_before() -> None:
    found = quotes(
        "Tap water tests\n"
        "Her guest, Dr. Obinna Lachlan, a researcher at Tidewater University, joined the show.\n"
        "\"Families got three different notices in nine days,\" the 58-year-old "
        "epidemiologist said.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Obinna Lachlan"]


def test_the_host_of_a_show_is_the_one_the_page_is_about() -> None:
    found = quotes(
        "Whitcombe takes on the governor\n"
        "The Evening Hour with Dana Whitcombe | March 11\n"
        "Dana Whitcombe opened her program with a verdict on the water notice. "
        "\"This is not a story about pipes,\" the host said on Tuesday's show.\n"
        "Whitcombe told viewers the state had known about the corrosion since 2023.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Dana Whitcombe", "Dana Whitcombe"]


def test_the_state_and_party_of_a_member_named_before_is_that_member() -> None:
    found = quotes(
        "Shutdown talks stall\n"
        "Senator Mirela Vantongeren said on Sunday that Democrats would not vote for the bill.\n"
        "The Illinois Democrat added that she had spoken with the chief of staff on Saturday.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Mirela Vantongeren", "Mirela Vantongeren"]


def test_a_described_role_in_the_paragraph_of_a_named_speaker_is_that_speaker() -> None:
    found = quotes(
        "Vote tonight\n"
        "Assemblyman Dev Kothari, a Democrat who had been undecided, told our reporter he "
        "would vote yes. \"It's not everything I wanted,\" the first-term lawmaker said.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Dev Kothari", "Dev Kothari"]


def test_a_place_named_in_a_clause_about_an_unnamed_source_does_not_name_her() -> None:
    found = quotes(
        "Hospitals under strain\n"
        "Last week I met the health minister, Alan Pryce.\n"
        "A nurse I spoke to last week, who has worked in the same emergency department in "
        "Dunmore for 19 years, said she now begins every shift by counting the trolleys. "
        "\"Some nights it's 30,\" she said.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("A nurse", "anonymous"), ("A nurse", "anonymous")
    ]


def test_a_spokeswoman_the_article_names_later_is_that_person() -> None:
    text = (
        "Plant ruling\n"
        "A spokeswoman for Rijnmond Chemie said the company was studying the ruling.\n"
        "Shares fell 4 per cent. The company's spokeswoman, Sanne de Wit, declined to say "
        "whether it would seek damages.\n"
    )
    assert [q["speaker_name"] for q in quotes(text)] == ["Sanne de Wit"]
    other = text.replace("The company's spokeswoman", "The mayor's spokeswoman")
    assert [q["speaker_type"] for q in quotes(other)] == ["anonymous"]


def test_a_filing_with_a_regulator_is_the_filing_speaking() -> None:
    found = quotes(
        "Pay rose\n"
        "A filing with the Securities and Exchange Commission shows that the chief "
        "executive's total pay rose to $9.4 million last year.\n"
    )
    assert [q["speaker_name"] for q in found] == ["the filing"]


def test_the_department_is_the_department_of_named_before() -> None:
    found = quotes(
        "Bus contract\n"
        "Officials at the state Department of Education renewed the contract in January.\n"
        "Parents complained for months.\n"
        "The department said in a statement that it \"takes the concerns of all staff "
        "seriously.\"\n"
    )
    assert [q["speaker_name"] for q in found] == ["Department of Education"]


def test_the_company_going_on_is_the_company_that_just_spoke() -> None:
    found = quotes(
        "Bus contract\n"
        "Parents told the Ledger the buses never came.\n"
        "In a written statement, Ferrow denied that it had neglected the state contract. "
        "The company said its system had run without a major fault since November.\n"
    )
    assert [q["speaker_name"] for q in found][-2:] == ["Ferrow", "Ferrow"]


def test_an_unbound_role_is_the_main_person_who_has_spoken_not_one_spoken_about() -> None:
    found = quotes(
        "Clinton speaks on Tulsa\n"
        "Terence Crutcher was shot in Tulsa. Crutcher was unarmed, and Crutcher's family "
        "asked for calm. Crutcher had broken down on the road.\n"
        "Hillary Clinton said the killing was intolerable.\n"
        "On Tuesday's show, the former secretary of state said she wanted to speak "
        "directly to white people.\n"
    )
    assert [q["speaker_name"] for q in found][-2:] == ["Hillary Clinton", "Hillary Clinton"]


def test_one_company_engineer_is_an_unnamed_source_and_the_company_its_name() -> None:
    found = quotes(
        "Voice tool pulled\n"
        "San Francisco-based AI company Lumora has suspended its voice-cloning feature.\n"
        "In a blog post, the company said it had banned a small number of accounts.\n"
        "One Lumora engineer, who spoke on condition of anonymity, said staff had raised "
        "concerns before launch. \"We were told it could come later,\" the engineer said.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Lumora", "organisation"),
        ("One Lumora engineer", "anonymous"),
        ("One Lumora engineer", "anonymous"),
    ]


def test_an_age_a_nationality_or_a_position_is_the_last_named_outside_quotes() -> None:
    found = quotes(
        "Late penalty\n"
        "\"Jamie gets the ball. Everybody saw him get the ball,\" Neil Bramwell told the radio.\n"
        "The 51-year-old said he would be writing to the league.\n"
        "Rovers boss Stuart Gillespie admitted his side had been lucky.\n"
        "\"He catches Tobi on the ankle,\" the Scot said.\n"
        "Tobi Okonjo said the win was for the supporters. \"They've been brilliant with me,\" "
        "the striker said.\n"
    )
    assert [q["speaker_name"] for q in found] == [
        "Neil Bramwell", "Neil Bramwell", "Stuart Gillespie", "Stuart Gillespie",
        "Tobi Okonjo", "Tobi Okonjo",
    ]


def test_the_club_going_on_is_the_club_that_just_spoke() -> None:
    found = quotes(
        "Late penalty\n"
        "In a statement on its website, Castleford said it was disappointed by the decision. "
        "The club added that it would make no further comment.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Castleford", "Castleford"]


def test_a_source_who_gave_one_name_only_is_that_name() -> None:
    found = quotes(
        "Port strike\n"
        "One caller, a crane operator who gave his name only as Kevin, told the programme "
        "that he had worked at the port for 27 years.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [("Kevin", "person")]


def test_a_prosecutor_with_letters_and_a_titled_surname_are_one_person() -> None:
    found = quotes(
        "Sentenced\n"
        "Prosecutor Amelia Hartwell KC told the court the argument had been trivial.\n"
        "\"He did nothing more than try to be a peacemaker,\" Ms Hartwell said.\n"
        "Speaking outside court, Det Insp Mark Fenwick said the family had been brave.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Amelia Hartwell", "person"), ("Amelia Hartwell", "person"), ("Mark Fenwick", "person")
    ]


def test_the_miner_is_the_mining_company_named_before() -> None:
    found = quotes(
        "Platinum jobs\n"
        "Mokoena Platinum will cut 2,100 jobs this year.\n"
        "The miner said it had begun consultations with organised labour.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Mokoena Platinum"]


def test_an_age_opening_a_sentence_is_the_one_the_sentence_before_was_about() -> None:
    # the age follows on from the subject (who hit back), not from the one
    # named last (whom she hit back at)
    found = quotes(
        "Reunion row\n"
        "Reality star Tasha Monrow has hit back at presenter Jodie Kerran, branding her "
        "two-faced.\n"
        "The 29-year-old, who won the show in 2019, took to Instagram on Sunday night.\n"
        "She wrote: 'I have kept quiet for long enough. Everyone knows what she is like.'\n"
    )
    wrote = next(q for q in found if "kept quiet" in q["words"])
    assert wrote["speaker_name"] == "Tasha Monrow"


def test_a_name_after_a_possessive_role_and_a_description_is_the_speaker() -> None:
    found = quotes(
        "Reunion row\n"
        "Meanwhile, Jodie's husband, footballer-turned-pundit Liam Ashwell, appeared to "
        "take a swipe on X, writing: 'Some people will do anything for a headline.'\n"
    )
    assert [q["speaker_name"] for q in found] == ["Liam Ashwell"]


def test_a_study_is_named_short_not_with_what_it_studied() -> None:
    found = quotes(
        "Walking and memory\n"
        "A study of nearly 48,000 people found that daily walkers were less likely to "
        "develop dementia.\n"
    )
    assert [q["speaker_name"] for q in found] == ["the study"]


def test_the_government_is_not_the_union_that_spoke_before_it() -> None:
    found = quotes(
        "Rail strike\n"
        "The Federated Rail Workers Union says its members are ready to stay out for "
        "weeks. The government says it will not be pushed around.\n"
    )
    said = {q["words"]: q["speaker_name"] for q in found}
    assert said["it will not be pushed around"] != "Federated Rail Workers Union", said


def test_a_place_after_a_comma_is_not_a_described_speakers_name() -> None:
    found = quotes(
        "Verdict\n"
        "A lawyer, speaking outside Southwark Crown Court, said the verdict was unjust.\n"
    )
    assert [q["speaker_type"] for q in found] == ["anonymous"]


def test_a_document_spoken_of_again_under_another_noun_is_that_document() -> None:
    found = quotes(
        "Walking and memory\n"
        "A study of nearly 48,000 people found that daily walkers were less likely to "
        "develop dementia. The paper said the link was strongest among women.\n"
    )
    said = {q["words"]: q["speaker_name"] for q in found}
    assert said["the link was strongest among women"] == "the study", said


def test_what_someone_was_before_is_the_person_the_paragraph_is_about() -> None:
    found = quotes(
        "Mayor faces vote\n"
        "The mayor of Port Ellis, Daniel Okafor, faces a vote of no confidence.\n"
        "Okafor, 58, denied any wrongdoing. \"I have never traded favours,\" the former "
        "teacher said on Tuesday.\n"
    )
    assert [q["speaker_name"] for q in found if "favours" in q["words"]] == ["Daniel Okafor"]


def test_a_description_ending_on_a_name_is_that_person() -> None:
    found = quotes(
        "Mayor faces vote\n"
        "The mayor, Daniel Okafor, faces a vote of no confidence.\n"
        "Okafor's predecessor, Sir Alan Price, said in a radio interview that the city had "
        "seen nothing like it.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [("Alan Price", "person")]


def test_a_no_in_the_quote_does_not_unsay_the_cue() -> None:
    found = quotes(
        "Mayor faces vote\n"
        "Daniel Okafor, 58, faces a vote of no confidence.\n"
        "Asked whether he would resign, the 58-year-old replied: \"Absolutely not.\"\n"
    )
    assert [(q["speaker_name"], q["words"]) for q in found] == [
        ("Daniel Okafor", "\"Absolutely not.\"")
    ]


def test_a_nationality_after_a_quote_is_the_one_speaking_not_the_one_spoken_of() -> None:
    found = quotes(
        "Late goal\n"
        "Brentford boss Thomas Frank was furious with the referee. He claimed that the "
        "striker had pushed defender Ethan Pinnock before scoring. \"It's a clear foul,\" "
        "the Dane said.\n"
    )
    assert [q["speaker_name"] for q in found if "clear foul" in q["words"]] == ["Thomas Frank"]


def test_a_name_with_an_apostrophe_inside_is_whole() -> None:
    found = quotes(
        "Fuel prices\n"
        "President William Ruto promised to cut fuel prices.\n"
        "The Treasury Cabinet Secretary, Njuguna Ndung'u, told parliament last week that "
        "the tax was needed to meet IMF targets.\n"
    )
    assert [q["speaker_name"] for q in found if "IMF" in q["words"]] == ["Njuguna Ndung'u"]


def test_a_nationality_with_a_clause_about_him_is_the_one_named_before() -> None:
    found = quotes(
        "Cup exit\n"
        "Sunderland head coach Regis Le Bris defended his decision to make nine changes.\n"
        "The Frenchman, whose side are second in the Championship, said the league "
        "remained the priority.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Regis Le Bris", "person")
    ]


def test_a_name_in_apposition_with_a_kind_of_body_is_that_body() -> None:
    found = quotes(
        "Renting for life\n"
        "Generation Rent, a campaign group, warns that renters face a retirement of "
        "insecurity.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Generation Rent", "organisation")
    ]


def test_an_office_written_short_is_the_role_spelt_out() -> None:
    found = quotes(
        "Border bill\n"
        'The bill faced doubts after Sen. Ted Cruz, R-Texas, called it "a betrayal."\n'
        "Gov. Kathy Hochul said the state could not wait.\n"
    )
    assert [(q["speaker_name"], q["speaker_role"]) for q in found] == [
        ("Ted Cruz", "senator"), ("Kathy Hochul", "governor")
    ]


def test_kin_named_by_a_given_name_alone_has_the_family_name() -> None:
    found = quotes(
        "Tributes to a headteacher\n"
        "Eleri Morgan, who died on Friday aged 81, led the school for 21 years.\n"
        'Her son, Huw, said she had "given her whole life to that school".\n'
        '"She never stopped teaching," he said.\n'
    )
    assert [(q["speaker_name"], q["speaker_role"]) for q in found] == [
        ("Huw Morgan", "Her son"), ("Huw Morgan", "Her son")
    ]


def test_a_title_between_a_role_and_the_name_is_not_part_of_the_role() -> None:
    found = quotes(
        "Coffee study\n"
        "Lead author Professor Peter Kistler said coffee could be part of a healthy diet.\n"
    )
    assert [(q["speaker_name"], q["speaker_role"]) for q in found] == [
        ("Peter Kistler", "Lead author")
    ]


def test_armed_forces_speak_as_bodies() -> None:
    found = quotes(
        "Drones downed\n"
        "Ukraine's air force said it had shot down 40 of 52 drones overnight.\n"
        "The army said two soldiers had been wounded.\n"
    )
    assert [q["speaker_type"] for q in found] == ["organisation", "organisation"]


def test_a_role_keeps_a_plural_possessive_and_drops_a_pointer_back() -> None:
    found = quotes(
        "Tax rise\n"
        "Workers' Party chief Pritam Singh argued that the timing was wrong.\n"
        "About 40 protesters gathered outside. One, retired nurse Pauline Watts, said she "
        "had paid her taxes all her life.\n"
    )
    assert [(q["speaker_name"], q["speaker_role"]) for q in found] == [
        ("Pritam Singh", "Workers' Party chief"), ("Pauline Watts", "retired nurse")
    ]


def test_a_role_keeps_the_and_inside_a_bodys_name() -> None:
    found = quotes(
        "Nurses strike\n"
        "Australian Nursing and Midwifery Federation state secretary Maddy Harradence said "
        "members backed action.\n"
        '"Nurses have been more than patient," Ms Harradence said.\n'
    )
    assert {q["speaker_role"] for q in found} == {
        "Australian Nursing and Midwifery Federation state secretary"
    }


def test_a_study_named_by_its_owner_speaks_for_itself_and_again_by_its_short_name() -> None:
    found = quotes(
        "Rates review\n"
        "According to the Finance Ministry's 2024 housing analysis, most renters would pay "
        "less under the plan. The analysis estimates that landlords of empty flats would pay "
        "the most.\n"
        "A report from The Harbour Tribune said the scheme would start in May.\n"
        "A review by Ostmark's housing committee found that no tenant had been consulted.\n"
    )
    assert [q["speaker_name"] for q in found] == [
        "the Finance Ministry's 2024 housing analysis",
        "the Finance Ministry's 2024 housing analysis",
        "the Harbour Tribune report",
        "the review",
    ]


def test_a_report_by_an_inquiry_someone_chaired_is_the_report_not_the_chair() -> None:
    found = quotes(
        "Inquiry\n"
        "The report of the independent inquiry chaired by Judge Miriam Osei found that the "
        "warnings had gone unread.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("the report", "organisation")
    ]


def test_a_role_set_off_before_a_titled_name_is_that_persons_later() -> None:
    found = quotes(
        "Day two\n"
        "The defence lawyer, Senior Counsel Imelda Okonjo-Barros, rose first. \"Was the "
        "valve ever tested?\" the defence lawyer asked.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Imelda Okonjo-Barros"]


def test_the_union_chief_is_the_president_of_the_union_named_before() -> None:
    found = quotes(
        "Strike talks\n"
        "Marisol Etxeberria, president of the nurses union, met ministers on Monday. "
        "Economist Dev Raman argued that the government could afford the rise. The union "
        "chief said her members would \"not wait another winter.\"\n"
    )
    assert [q["speaker_name"] for q in found] == ["Dev Raman", "Marisol Etxeberria"]


def test_a_hyphened_name_after_a_companys_role_is_the_speaker() -> None:
    found = quotes(
        "Apology\n"
        "Dunmore's chief executive, Keiko Brandt-Oyelaran, said the company regretted the "
        "error.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Keiko Brandt-Oyelaran", "person")
    ]


def test_it_is_the_body_or_document_the_sentence_before_is_about() -> None:
    found = quotes(
        "Correction\n"
        "The story was changed online, and a correction ran in Friday's edition. It reads: "
        "\"An article on Monday wrongly said the mill had closed.\"\n"
        "Westbay Trust published its annual accounts in June. It says that its reserves "
        "fell by a third.\n"
    )
    assert [q["speaker_name"] for q in found] == ["the correction", "Westbay Trust"]


def test_a_reader_who_signed_with_one_name_is_that_name() -> None:
    found = quotes(
        "Letters\n"
        "A reader, a retired teacher who signed her letter only as Bernadette, said the "
        "bus cuts had left her village stranded.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [("Bernadette", "person")]


def test_he_is_not_the_wife_named_between() -> None:
    found = quotes(
        "Trial\n"
        "Rupert Ashdown-Vale sat with his arms folded. His wife, Camilla, has attended every "
        "day of the trial.\n"
        "He went into the witness box on Thursday and said he had relied on his finance team.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Rupert Ashdown-Vale"]


def test_she_after_the_court_heard_from_someone_is_that_witness() -> None:
    found = quotes(
        "Trial\n"
        "Prosecutor Helena Marchetti KC told jurors the accounts were false.\n"
        "On Tuesday the court heard from Ewa Kowalska. She told the jury she had prepared "
        "the accounts \"on instruction\".\n"
    )
    assert [q["speaker_name"] for q in found] == ["Helena Marchetti", "Ewa Kowalska"]


def test_a_name_in_the_question_put_is_not_the_one_who_answers() -> None:
    found = quotes(
        "Trial\n"
        "Rupert Ashdown-Vale is on trial for fraud.\n"
        "Bongani Mthembu said the statements had looked fine.\n"
        "Asked by defence counsel whether he had ever met Ashdown-Vale, he replied: \"Once. "
        "He bought me lunch and explained nothing.\"\n"
    )
    assert [q["speaker_name"] for q in found][-1] == "Bongani Mthembu"


def test_a_business_named_after_a_role_is_that_business() -> None:
    found = quotes(
        "Review\n"
        "Its distributor, Farol Films, said the film would arrive in the summer.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Farol Films", "organisation")
    ]


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    found = quotes(
        "Loan row\n"
        "Spokesman Olumide Adebanjo-Ilori issued a statement on Monday. The statement read: "
        "\"The governor will not be distracted.\"\n"
        "In a statement, the Health Ministry said the students were aged between 13 and 17.\n"
        "\"All are in stable condition,\" the statement added.\n"
    )
    assert [q["speaker_name"] for q in found] == [
        "Olumide Adebanjo-Ilori", "Health Ministry", "Health Ministry"
    ]


def test_a_neighbour_named_by_a_given_name_alone_is_that_person() -> None:
    found = quotes(
        "Quake\n"
        "Her neighbour Oleg, a retired mechanic, said he had dug for six hours. \"We heard a "
        "voice under the stones until noon. Then nothing,\" he said.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Oleg", "person"), ("Oleg", "person")
    ]


def test_a_statement_issued_and_signed_speaks_for_the_body_that_issued_it() -> None:
    found = quotes(
        "Port fees\n"
        "In a statement issued in Lusaka on Tuesday, the Ministry of Transport and Logistics "
        "said it would review the fees.\n"
        "The statement, signed by its spokesperson, Mrs Chanda Mwale-Banda, added that the "
        "review would take three months.\n"
    )
    assert [q["speaker_name"] for q in found] == [
        "Ministry of Transport and Logistics", "Ministry of Transport and Logistics"
    ]


def test_a_body_called_by_its_kind_is_the_one_named_with_it_whatever_the_tagger_cut() -> None:
    found = quotes(
        "Mill closes\n"
        "The General Secretary of the Timber and Allied Workers' Union (TAWU), Mr Kojo "
        "Mensah-Darko, spoke on Monday.\n"
        "He noted that the union had warned the ministry in 2022 that the mill was failing.\n"
    )
    assert ("Timber and Allied Workers' Union", "that the mill was failing") in [
        (q["speaker_name"], q["words"]) for q in found
    ]


def test_police_in_a_wire_lead_are_the_force_named_in_the_next_sentence() -> None:
    found = quotes(
        "Stabbing\n"
        "A man has been charged with assault after a fight outside a bar on Quay Street, "
        "police said.\n"
        "Marrowby Police said officers were called at about 11pm.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Marrowby Police", "Marrowby Police"]


def test_a_body_named_after_its_kind_is_the_kind_said_again() -> None:
    found = quotes("Charity warns over benefit cap\nMark Hollis, chief executive of the charity "
                   "Families First, said the cap was “a disgrace”. The charity has written to "
                   "every MP asking them to vote against the cap.\n")
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Mark Hollis", "person"), ("Families First", "organisation")]


def test_it_after_a_letter_that_spoke_is_the_letter() -> None:
    found = quotes("Councillors urge rethink on library closures\nThe letter, drafted by "
                   "councillor Joan Whitby, says the closures will hit the poorest families "
                   "hardest.\n\"Libraries are not a luxury,\" it reads. \"We urge the council to "
                   "think again.\"\n")
    assert [q["speaker_name"] for q in found] == ["the letter", "the letter"]
