"""Who a speaker is, on paragraphs written for these tests: "the prince",
"the sheikh" is the one the article titled so; "Analysts at Berenberg" speak
for the bank (but "an analyst at a Beijing consultancy" stays unnamed); a
given name the tagger left out after an office ("Executive Director Upendo
| Kaaya Mshana") and a Luo name's apostrophe ("Ojwang' Okoth") stay in the
name, a possessive's ("Williams' Ford") does not make one; "the Chief
Government Valuer" is an office, no person; a document "the agency posted"
is not the agency; "It further alleges" is the petition's; a business the
tagger read as a title is still "the firm" that spoke, and a photo's credit
line is no company."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_rank_a_title_gave_names_its_holder(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Fund launch\nSpeaking in Jeddah, Deputy Minister of Culture Prince Faisal bin Turki "
        "bin Nasser said the fund would open in June.\nThe prince said the first grants "
        "would go to museums in the north.\nSheikha Maryam bint Saud Al Thani opened the "
        "fair on Tuesday. The sheikha said the fair would double in size.\n")
    assert speakers == [("Faisal bin Turki bin Nasser", "person")] * 2 + [
        ("Maryam bint Saud Al Thani", "person")]
    assert people == ["Faisal bin Turki bin Nasser", "Maryam bint Saud Al Thani"]


def test_analysts_at_a_named_firm_speak_for_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Profit warning\nShares in Vantor Gears fell 9% on Tuesday.\nAnalysts at Kessler "
        "Brothers were calmer, saying the cuts showed the board was \"finally acting\".\n"
        "Economists at the Reserve Bank of Fiji said demand would recover.\nAn analyst at "
        "a Shenzhen brokerage said the stock was cheap.\n")
    assert speakers == [("Kessler Brothers", "organisation"),
                        ("Reserve Bank of Fiji", "organisation"),
                        ("An analyst at a Shenzhen brokerage", "anonymous")]


def test_a_given_name_after_an_office_and_a_luo_apostrophe_stay_in_the_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Eviction row\nReached on Monday, Kilosa District Executive Director Upendo Mwasi "
        "Kitwana said the council would obey the order.\nMr Ochieng' Owino, who chairs the "
        "residents' group, said they would appeal.\nJames Williams' Ford was towed away.\n")
    assert speakers == [("Upendo Mwasi Kitwana", "person"), ("Ochieng' Owino", "person")]
    assert "James Williams" in people
    assert not any("Ford" in p for p in people)


def test_an_office_in_capitals_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Land rates\nThe Chief Land Surveyor, Mr Tobias Nsereko, said the maps were out of "
        "date.\n")
    assert speakers == [("Tobias Nsereko", "person")]
    assert people == ["Tobias Nsereko"]


def test_a_document_an_agency_posted_is_not_the_agency(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Drug review\nPatients on the pill had twice the rate of liver problems, according "
        "to a review document the Medicines Control Agency posted on Friday.\nThe document "
        "calls the imbalance \"a matter for the committee\".\n")
    assert speakers[1][0] is not None and speakers[1][0].lower().endswith("document")
    assert "Agency" not in speakers[1][0]


def test_it_after_a_petition_is_the_petition(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Land row\nThe petition, filed by nine fishermen, claims that the council leased the "
        "beach to a hotel without a hearing.\nIt further alleges that the rent was "
        "\"a fraction\" of its value.\n")
    assert speakers == [("the petition", "organisation")] * 2


def test_the_firm_is_the_business_that_spoke_not_the_exchange_it_told(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Larkfield Foods warns on profit\nLarkfield Foods, the country's biggest maker of "
        "frozen pies, has warned that profit will fall short of forecasts.\nShares in the "
        "FTSE 250 company fell 14 per cent.\nIn a trading update to the London Stock "
        "Exchange, the Derby-based firm said it now expected profit of £40mn.\n")
    assert speakers == [("Larkfield Foods", "organisation")] * 2


def test_a_photo_credit_line_is_no_company(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Growing up\nCoinvale CEO Ama Serwaa Boateng at the company's investor day in New "
        "York on Tuesday.\nCoinvale Investor Relations\nCoinvale wants Wall Street to know "
        "it has grown up.\nA day earlier, Coinvale disclosed in its annual filing that a "
        "group of early shareholders had sued the company.\nThe lawsuit alleges that the "
        "board hid losses.\nThe company said in the filing that the claims were \"without "
        "merit\".\n")
    assert len(speakers) == 3
    assert not any("Relations" in (name or "") for name, _ in speakers)
