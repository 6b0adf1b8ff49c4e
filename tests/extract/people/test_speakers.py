"""Speaker resolution on sentences written for these tests.

Statements are built by hand (speaker phrase and content located in the
text) so that what is tested is the resolver alone, not the finder.
"""

from __future__ import annotations

import re

import pytest

import newsdesk
from newsdesk.extract.people.display_names import clean_name
from newsdesk.extract.people.mentions import People
from newsdesk.extract.people.name_phrases import prepositions_object
from newsdesk.extract.people.speaker import Speaker
from newsdesk.extract.people.speakers import SpeakerResolver
from newsdesk.extract.quotes.statement import Statement
from newsdesk.nlp import load_nlp
from tests.fuzzing import timed


def _span(text: str, phrase: str, after: int) -> tuple[int, int]:
    """The first whole-word occurrence of `phrase` from `after` ("he", not the
    "he" of "the")."""
    found = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)").search(text, after)
    assert found is not None, phrase
    return found.start(), found.end()


def resolve(text: str, *pairs: tuple[str, str]) -> list[Speaker]:
    """The speakers of statements given as (speaker phrase, content phrase),
    each phrase found after the previous statement's content."""
    doc = load_nlp()(text)
    statements: list[Statement] = []
    at = 0
    for speaker, content in pairs:
        sp = _span(text, speaker, at)
        ct = _span(text, content, at)
        statements.append(Statement([ct], None, sp, direct=True, paragraph=0))
        at = min(sp[0], ct[0]) + 1
    return SpeakerResolver(doc, People(doc)).resolve_all(statements)


def test_a_role_does_not_bind_to_the_shadow_of_that_role() -> None:
    text = (
        "The Chancellor said borrowing was too high. Labour's shadow chancellor "
        "Anita Rowe said the Chancellor was wrong."
    )
    first, second = resolve(text, ("The Chancellor", "borrowing"), ("Anita Rowe", "the Chancellor"))
    assert first.name != "Anita Rowe"
    assert second.name == "Anita Rowe"


def test_a_party_member_with_a_determiner_is_an_anonymous_source() -> None:
    text = "A senior Tory said the figures were wrong. One Tory said it was over."
    first, second = resolve(text, ("A senior Tory", "the figures"), ("One Tory", "it was"))
    assert (first.type, first.name) == ("anonymous", "A senior Tory")
    assert second.type == "anonymous"


def test_a_street_that_speaks_is_an_organisation() -> None:
    text = "Downing Street claimed the figures were out of date. Number 10 said it was wrong."
    first, second = resolve(text, ("Downing Street", "the figures"), ("Number 10", "it was"))
    assert (first.type, first.name) == ("organisation", "Downing Street")
    assert second.type == "organisation"


def test_members_of_a_party_are_not_a_person() -> None:
    text = "Senior Conservatives said the leader must go."
    (sp,) = resolve(text, ("Senior Conservatives", "the leader"))
    assert sp.type == "anonymous"


def test_a_pronoun_takes_the_nearest_speaker_in_its_sentence() -> None:
    text = (
        'One Labour MP said: "We are doomed." '
        'A senior Tory said the figures were wrong, and she added: "They always are."'
    )
    *_, last = resolve(
        text,
        ("One Labour MP", "We are doomed."),
        ("A senior Tory", "the figures"),
        ("she", "They always are."),
    )
    assert last.name == "A senior Tory"


def test_the_source_is_the_source_named_before() -> None:
    text = 'A Labour source said the plan was dead. "It is over," the source added.'
    first, second = resolve(text, ("A Labour source", "the plan"), ("the source", "It is over"))
    assert first.name == second.name == "A Labour source"


def test_acronyms_keep_their_capitals_and_shouted_names_do_not() -> None:
    assert clean_name("NHS England")[0] == "NHS England"
    assert clean_name("UKIP")[0] == "UKIP"
    assert clean_name("JEREMY Corbyn", person=True)[0] == "Jeremy Corbyn"
    assert clean_name("LOS ANGELES")[0] == "Los Angeles"
    # a long acronym no dictionary holds is one still; a long shouted word is not
    assert clean_name("MOFCOM")[0] == "MOFCOM"
    assert clean_name("CONSERVATIVES")[0] == "Conservatives"


def test_a_bodys_short_form_in_brackets_is_no_part_of_its_name() -> None:
    # the tagger's entity may end inside the brackets
    assert clean_name("Department of Health (DOH")[0] == "Department of Health"
    assert clean_name("Bureau of Customs (BOC)")[0] == "Bureau of Customs"
    # a person's bracket holds a nickname, as quotes do: no part of the name
    assert clean_name("Jane (Jo) Smith", person=True)[0] == "Jane Smith"


def test_a_role_set_off_by_a_comma_stays_with_the_name() -> None:
    text = (
        "Sefton Central chairman, Andy Wilson said the vote was rigged. "
        "Labour's shadow home secretary, Marcus Bell, said the policy was a shambles."
    )
    first, second = resolve(
        text,
        ("Andy Wilson", "the vote"),
        ("Labour's shadow home secretary, Marcus Bell", "the policy"),
    )
    assert (first.name, first.role) == ("Andy Wilson", "Sefton Central chairman")
    assert second.name == "Marcus Bell"
    assert second.role is not None and second.role.endswith("shadow home secretary")


def test_a_titled_surname_takes_the_full_name_written_before() -> None:
    text = "Nicola Sturgeon was in defiant mood. Ms Sturgeon said the vote must happen."
    (sp,) = resolve(text, ("Ms Sturgeon", "the vote"))
    assert (sp.type, sp.name) == ("person", "Nicola Sturgeon")


def test_she_is_not_a_man_named_in_a_group_or_in_a_sentence_about_something_else() -> None:
    # the sentence before "She" is about "the memories"; the one before that
    # names a man inside a plural subject: "she" is the widow, known as a woman
    text = (
        "Pioneers like Dr. Helen Marsh and Rev. Tobias Quill were loathed by many.\n"
        "For Marta Quill, Tobias's widow, the memories remain. "
        "\"We had threats every day,\" she said.\n"
    )
    (sp,) = resolve(text, ("she", "We had threats every day"))
    assert sp.name == "Marta Quill"


def test_a_person_named_inside_the_quote_is_not_its_speaker() -> None:
    text = (
        "Tom Reed spoke to the council on Monday. "
        '"Mark Bell is wrong about the budget," he said.'
    )
    (sp,) = resolve(text, ("he", "Mark Bell is wrong about the budget"))
    assert sp.name == "Tom Reed"


def test_he_after_a_quote_of_several_sentences_looks_before_the_quote() -> None:
    text = (
        "Jordan Pike runs a bike shop.\nGarry Chan takes another approach.\n"
        "Mr Chan opened his first store in 1989. But his strategy has changed.\n"
        '"We put inserts in the paper. But we were not sure. So we stopped," he says.'
    )
    (sp,) = resolve(text, ("he", "We put inserts in the paper"))
    assert sp.name == "Garry Chan"


def test_the_singer_is_who_the_page_is_about_there_not_a_star_named_once() -> None:
    # a page about two performers in turn: "the singer" near the second means her,
    # and "soul star Ray Dunn", named once, is not "the star"
    text = (
        "Marta Lind sang with soul star Ray Dunn in 1992. Marta Lind toured for a decade. "
        "Lind said the tour was hard. Later, Joan Webb joined the show. Joan Webb trained "
        "for years and Webb loved it. The singer said: \"I never stopped.\" "
        "The star added that she was tired."
    )
    got = resolve(text, ("The singer", "I never stopped"), ("The star", "she was tired"))
    assert [s.name for s in got] == ["Joan Webb", "Joan Webb"]


def test_the_actress_skips_a_man_named_nearby() -> None:
    text = (
        "Lucy Hale starred in the film. The director, Mr Tom Brand, said the shoot was "
        "long and praised the crew. The actress said: \"It was the best year of my life.\""
    )
    got = resolve(text, ("The actress", "best year"))
    assert got[0].name == "Lucy Hale"


def test_unnamed_people_described_are_anonymous_sources() -> None:
    text = (
        "Voting hours were cut. One Ohio county chairman said: \"We had no choice.\" "
        "A local man said: \"They kicked my shoe.\" "
        "The young woman later said: \"It was a mistake.\""
    )
    got = resolve(
        text,
        ("One Ohio county chairman", "no choice"),
        ("A local man", "kicked my shoe"),
        ("The young woman", "a mistake"),
    )
    assert [s.type for s in got] == ["anonymous", "anonymous", "anonymous"]
    assert got[1].name == "A local man"


def test_the_driver_the_article_names_is_that_person() -> None:
    text = (
        "Keyosha Jackson, the driver, was taken to hospital. "
        "The driver said: \"I lost control on the bend.\""
    )
    got = resolve(text, ("The driver", "lost control"))
    assert (got[0].name, got[0].type) == ("Keyosha Jackson", "person")


def test_a_report_speaks_with_the_voice_of_whoever_put_it_out() -> None:
    text = (
        "According to a report from The Daily Courier, the council plans to close the pool. "
        "Prices will rise, an article in Health Weekly said. "
        "The plan is unlawful, a letter from Maria Lopez said."
    )
    first, second, third = resolve(
        text,
        ("a report from The Daily Courier", "the council plans"),
        ("an article in Health Weekly", "Prices will rise"),
        ("a letter from Maria Lopez", "The plan is unlawful"),
    )
    # a report speaks for itself, by its owner's name ("the Daily Courier report")
    assert (first.type, first.name) == ("organisation", "the Daily Courier report")
    assert (second.type, second.name) == ("organisation", "Health Weekly")
    assert (third.type, third.name) == ("person", "Maria Lopez")
    assert third.role is None  # "letter from" is what she wrote, not what she is


def test_a_business_statement_is_the_business_named_before() -> None:
    text = (
        "Harbour Foods was sued on Monday. The firm's statement said the claims were "
        "frivolous. A new study said prices were falling."
    )
    first, second = resolve(
        text, ("The firm's statement", "the claims"), ("A new study", "prices were")
    )
    assert (first.type, first.name) == ("organisation", "Harbour Foods")
    assert second.name == "the new study"  # a study nobody is named for stays itself


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Seat prices will rise next year, according to industry newspaper The Stage.",
         "industry newspaper The Stage", "Stage"),
        ("The plan is illegal, the rights group Amnesty International said.",
         "the rights group Amnesty International", "Amnesty International"),
    ],
)
def test_an_organisation_noun_with_its_name_in_apposition_is_that_name(
    text: str, phrase: str, name: str
) -> None:
    (speaker,) = resolve(text, (phrase, text.split()[0]))
    assert (speaker.type, speaker.name) == ("organisation", name)


def test_an_organisation_followed_by_its_officers_title_and_name_is_that_officer() -> None:
    officer = "Pan American Health Organization (PAHO) Director Carissa F. Etienne"
    text = f"The region cannot ignore the risk of further surges, warns {officer}."
    (speaker,) = resolve(text, (officer.split(" Director")[0], "The region"))
    assert (speaker.type, speaker.name) == ("person", "Carissa F. Etienne")


def test_a_share_of_a_surveyed_group_is_an_unnamed_source() -> None:
    text = (
        "Forty-seven percent of respondents to the online poll said the deal would fail. "
        "Just 12.6 percent said it would shrink the deficit."
    )
    pairs = [("Forty-seven percent of respondents to the online poll", "the deal"),
             ("Just 12.6 percent", "it would")]
    assert {sp.type for sp in resolve(text, *pairs)} == {"anonymous"}


def test_an_anonymous_source_is_named_without_the_clause_after_its_place() -> None:
    text = "``It was a bomb,'' said a U.S. Embassy official in Nairobi, who refused to be named."
    (speaker,) = resolve(text, ("a U.S. Embassy official in Nairobi, who refused to be named",
                                "It was a bomb"))
    assert (speaker.type, speaker.name) == ("anonymous", "a U.S. Embassy official in Nairobi")


def test_a_group_of_unnamed_people_is_an_anonymous_source() -> None:
    text = ("Tour operators said they had a number of worried calls. "
            "The boy's relatives in Miami said they would appeal the decision.")
    first, second = resolve(text, ("Tour operators", "they had"), ("The boy's relatives in Miami",
                                                                   "they would"))
    assert (first.type, first.name) == ("anonymous", "Tour operators")
    assert (second.type, second.name) == ("anonymous", "The boy's relatives in Miami")


def test_they_is_not_a_group_that_has_not_spoken() -> None:
    text = "The barbers are open for business. They said: \"We will close at six.\""
    (speaker,) = resolve(text, ("They", "We will close"))
    assert speaker.name != "The barbers"


def test_a_kin_noun_with_a_given_name_beside_it_is_that_person_of_that_family() -> None:
    text = (
        "Manuel Gonzalez stayed home. \"He must go to work,\" said his daughter, Rosa, on Monday."
    )
    (speaker,) = resolve(text, ("his daughter, Rosa", "He must go to work"))
    assert (speaker.name, speaker.type) == ("Rosa Gonzalez", "person")


def test_the_newspaper_is_the_paper_named_with_that_noun_before() -> None:
    text = ("The Maariv newspaper said the aides met Syrian officials. "
            "The newspaper said talks would follow.")
    _, second = resolve(text, ("The Maariv newspaper", "the aides met"),
                        ("The newspaper", "talks would follow"))
    assert (second.name, second.type) == ("Maariv", "organisation")


def test_a_source_described_then_named_a_sentence_later_is_the_named_person() -> None:
    text = (
        "A Pentagon spokesman said Thursday that the troops will remain. \"We are going to "
        "stay,\" said spokesman Kenneth Bacon. His lawyer insists he will stand firm. "
        "\"He is a strong man,\" said Jeffrey Leving. A senior official said talks had stalled. "
        "\"We will try again,\" said Anna Holt."
    )
    found = resolve(
        text, ("A Pentagon spokesman", "the troops"), ("spokesman Kenneth Bacon", "We are going"),
        ("His lawyer", "he will stand"), ("Jeffrey Leving", "He is a strong"),
        ("A senior official", "talks had"), ("Anna Holt", "We will try"),
    )
    assert [(s.name, s.role) for s in found[:1]] == [("Kenneth Bacon", "Pentagon spokesman")]
    assert found[2].name == "Jeffrey Leving"
    assert found[4].type == "anonymous"  # Anna Holt was given no official's role


def test_a_named_persons_kin_or_aide_is_not_that_person() -> None:
    text = ("The boy's father, Juan Miguel Gonzalez, stayed in Cuba. Elian Gonzalez's father "
            "said he wants diplomats to meet his son. Mr Corbyn's spokesman said it was over.")
    father, aide = resolve(text, ("Elian Gonzalez's father", "he wants"),
                           ("Mr Corbyn's spokesman", "it was over"))
    assert father.name == "Juan Miguel Gonzalez"
    assert (aide.type, aide.name) == ("anonymous", "Mr Corbyn's spokesman")


def test_a_plural_role_with_no_name_is_an_unnamed_group() -> None:
    text = ("Two police officers stopped him. The officers said he fit a description. "
            "Lawyers for the relatives said the boy must stay.")
    first, second = resolve(text, ("The officers", "he fit"), ("Lawyers for the relatives",
                                                                  "the boy must"))
    assert (first.type, second.type) == ("anonymous", "anonymous")


def test_a_plural_organisation_noun_is_an_organisation() -> None:
    text = "Thousands lost power. The emergency services said they had 500 calls overnight."
    (speaker,) = resolve(text, ("The emergency services", "they had 500"))
    assert speaker.type == "organisation"


def test_of_two_names_in_a_speaker_phrase_the_one_it_is_about_speaks() -> None:
    text = "Fire crews worked all night. Cal Fire spokesman Jon Heggie said 300 homes were empty."
    (speaker,) = resolve(text, ("Cal Fire spokesman Jon Heggie", "300 homes"))
    assert speaker.name == "Jon Heggie"


def test_a_business_named_like_a_person_is_an_organisation() -> None:
    # the tagger reads "Riverside Cafe" as a PERSON; its surname lookup must
    # not make the cafe a person either
    (cafe,) = resolve(
        "Pubs close\n\nRiverside Cafe says it will do takeaway for the next month.\n",
        ("Riverside Cafe", "it will do takeaway"),
    )
    assert (cafe.name, cafe.type) == ("Riverside Cafe", "organisation")


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Shipping company Maersk said it was watching closely.", "Shipping company Maersk",
         "Maersk"),
        ("Japanese carmaker Toyota said output would fall.", "Japanese carmaker Toyota",
         "Toyota"),
        ("Budget airline Ryanair said fares would rise.", "Budget airline Ryanair", "Ryanair"),
        ("Cork University Hospital said visits would stop.", "Cork University Hospital",
         "Cork University Hospital"),
    ],
)
def test_a_business_is_named_without_the_words_saying_what_kind_it_is(
    text: str, phrase: str, name: str
) -> None:
    content = text.split(" said ")[1].rstrip(".")
    (sp,) = resolve(f"News\n\n{text}\n", (phrase, content))
    assert (sp.name, sp.type) == (name, "organisation")


def test_an_association_is_an_organisation() -> None:
    (sp,) = resolve("News\n\nThe employers association said it was open to talks.\n",
                    ("The employers association", "it was open to talks"))
    assert sp.type == "organisation"


@pytest.mark.parametrize(
    ("text", "pairs", "name"),
    [
        ('Prime Minister Anna Berg spoke. "We will not change course," the PM said.',
         [("Anna Berg", "spoke"), ("the PM", "We will not change course")], "Anna Berg"),
        ("The Chief Minister of Kerala, Priya Nair, said funds were short. "
         '"The Centre must pay," the CM said.',
         [("Priya Nair", "funds were short"), ("the CM", "The Centre must pay")], "Priya Nair"),
    ],
)
def test_an_office_written_by_its_initials_is_the_one_holding_it(
    text: str, pairs: list[tuple[str, str]], name: str
) -> None:
    found = resolve(f"News\n\n{text}\n", *pairs)
    assert (found[-1].name, found[-1].type) == (name, "person")


def test_a_person_named_in_a_clause_about_the_speaker_is_not_the_speaker() -> None:
    text = (
        "Roads\n\nThe Ekiti State Governor, Mr Biodun Adeyemi, opened three roads. "
        "The governor, who spoke through his deputy, Mrs Funmi Ojo, said the work would "
        "take 18 months.\n"
    )
    found = resolve(
        text,
        ("Biodun Adeyemi", "opened three roads"),
        ("The governor, who spoke through his deputy, Mrs Funmi Ojo", "the work would take"),
    )
    assert found[-1].name == "Biodun Adeyemi"


def test_letters_after_a_name_are_not_part_of_it() -> None:
    assert clean_name("Simon Hale KC", person=True)[0] == "Simon Hale"
    assert clean_name("Ann Cole MP", person=True)[0] == "Ann Cole"
    assert clean_name("Ann KC", person=True)[0] == "Ann KC"  # two words: keep what is there


def test_a_description_saying_a_gender_does_not_take_the_other_pronoun() -> None:
    text = (
        "Trial\n\nThe mother of a teenager told the jury her son had called her. "
        "\u201cHe was scared,\u201d he said.\n"
    )
    first, second = resolve(text, ("The mother of a teenager", "her son had called"),
                            ("he", "He was scared"))
    assert first.gender == "f" and second.name != first.name


def test_a_source_described_by_a_trade_is_anonymous() -> None:
    from newsdesk.article import Article
    from newsdesk.pipeline import Pipeline

    a = Pipeline(("clean.headline", "extract.entities", "extract.quotes"))(
        Article(text="Debt\n\nOne Caribbean central banker said the islands need help.\n"))
    assert [(q["speaker_name"], q["speaker_type"]) for q in a.quotes] == [
        ("One Caribbean central banker", "anonymous")]


def test_an_unnamed_source_with_a_whose_clause_is_anonymous_and_her_she_follows() -> None:
    a = newsdesk.extract_text(
        "Landlord fined\nOne tenant, a mother of two whose name was withheld by the court, "
        "said her son had been admitted to hospital twice.\n"
        '"I spent every night scrubbing the walls," she wrote.\n')
    assert [(q["speaker_name"], q["speaker_type"]) for q in a.quotes] == [
        ("One tenant, a mother of two", "anonymous")] * 2


def test_a_span_across_two_sentences_is_climbed_to_its_end() -> None:
    # a speaker span the finder cut across a sentence break holds a root that is
    # not its own; climbing from a name inside it must stop there, not loop
    doc = load_nlp()("Kim left early. Ann Lee of the board spoke at noon.")
    sp = doc[0 : len(doc)]
    name = next(t for t in doc if t.text == "Ann")
    mention = (name.idx, name.idx + len("Ann Lee"))
    assert timed(lambda: prepositions_object(sp, [mention]), "two sentences") is False
