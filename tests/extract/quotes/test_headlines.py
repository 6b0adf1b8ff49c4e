"""Headlines and their attributions: a headline naming someone is no
statement of theirs; one attributed at its end ("..., study suggests",
"..., says chairman") or opening with "X says" is (quotes/headlines.py and
the headline checks of quotes/speech.py), on text written for them."""

from __future__ import annotations

from .conftest import run
from .conftest import with_words as _with


def test_a_headline_naming_someone_is_not_a_statement_but_one_saying_so_is() -> None:
    a = run("Ann Cole mocked at harbour meeting\nThe meeting ran late on Monday night.\n")
    assert not a.quotes
    b = run("Ann Cole says harbour will reopen in May\nThe meeting ran late on Monday.\n")
    (q,) = _with(b, b.quotes, "harbour will reopen")
    assert q["speaker_name"] == "Ann Cole"


def test_a_headline_attributed_at_its_end_is_the_speakers_statement() -> None:
    body = ("\n\nThe study, of 4,000 adults, was published on Wednesday. Chairman Hamad Al "
            "Mazrouei spoke in Dubai.\n")
    for headline, cue, speaker in (
        ("Common drug linked to slower memory decline, large study suggests", "suggests",
         "the study"),
        ("Fujairah terminal to double its capacity, says chairman", "says",
         "Hamad Al Mazrouei"),
    ):
        a = run(headline + body)
        top = [q for q in a.quotes if q["content"][0][0] == 0]
        assert len(top) == 1, headline
        assert a.text[slice(*top[0]["cue"])] == cue
        assert top[0]["speaker_name"] == speaker
        assert a.text[slice(*top[0]["content"][0])] == headline.rsplit(",", 1)[0]
    # a clause after the comma is no speaker, a headline with no verb of saying no statement
    for headline in ("Ports close as the storm nears, it says", "Storm nears coast, schools shut"):
        a = run(headline + body)
        assert not [q for q in a.quotes if q["content"][0][0] == 0], headline


def test_a_headline_says_a_clause_holding_a_quoted_word_and_its_bare_role_is_the_person() -> None:
    a = run("Labour leader says team doctor handed out unmarked \"vitamins\" before 2014 Vuelta\n"
            "Daniel Ashworth-Kerr spoke in Stevenage. The Labour leader said the figures were "
            "grim.\n")
    top = [q for q in a.quotes if q["content"][0][0] == 0 or q["cue"][0] < a.text.find("\n")]
    assert len(top) == 1
    assert top[0]["speaker_name"] == "Daniel Ashworth-Kerr"
    assert a.text[slice(*top[0]["content"][0])].startswith("team doctor handed out")


def test_a_headline_quote_then_a_name_is_that_persons_statement() -> None:
    body = "\n\nTamsin Okoro-Blake is sitting in a café by the canal.\n"
    for headline in ("‘We almost split up making this record’: Tamsin Okoro-Blake on the comeback",
                     "'We almost split up making this record' – Tamsin Okoro-Blake"):
        a = run(headline + body)
        (q,) = _with(a, a.quotes, "We almost split up")
        assert q["speaker_name"] == "Tamsin Okoro-Blake", headline
        assert q["direct"] and q["cue"] is None
    # a headline in quotation marks with no name after it is nobody's
    a = run("‘Nobody saw it coming’\n\nThe storm hit the coast at dawn.\n")
    assert not a.quotes


def test_a_headline_ending_on_records_that_show_is_their_statement() -> None:
    a = run("Landlord probed over payments to housing officers, court records show\n"
            "The force is investigating a Leeds landlord.\n")
    top = [q for q in a.quotes if q["content"][0][0] == 0]
    assert [(q["speaker_name"], a.text[slice(*q["cue"])]) for q in top] == [
        ("court records", "show")]


def test_a_headline_telling_someone_to_do_something_in_quoted_words_is_a_statement() -> None:
    a = run("Dunmore-Reece tells Tories to \u2018stop sulking\u2019 as party meets\n"
            "By Sam Oakes in Manchester\nCharlotte Dunmore-Reece spoke for an hour on "
            "Wednesday.\n")
    assert [(q["speaker_name"], a.text[slice(*q["cue"])]) for q in a.quotes] == [
        ("Charlotte Dunmore-Reece", "tells")]
    # without quoted words the headline names someone and reports nothing
    a = run("Dunmore-Reece tells Tories to stop sulking as party meets\n"
            "By Sam Oakes in Manchester\nCharlotte Dunmore-Reece spoke for an hour on "
            "Wednesday.\n")
    assert a.quotes == []


def test_a_headline_warning_of_words_in_single_marks_is_a_statement() -> None:
    a = run("Coroner warns of 'silent danger' in farm slurry pits\n"
            "A farmer died after falling into a slurry pit, a court was told.\n")
    top = [q for q in a.quotes if q["content"][0][0] == 0 or q["cue"][0] < 20]
    assert [(q["speaker_name"], a.text[slice(*q["cue"])]) for q in top] == [("Coroner", "warns")]


def test_a_clause_after_the_headlines_verb_is_what_its_subject_says() -> None:
    a = run("Mayor backs $40m pool upgrade, says Dubbo aquatic centre 'will reopen'\n"
            "By Sam Kettle\nMayor Janine Coutts said the works would be finished by May.\n")
    top = [q for q in a.quotes if q["cue"][0] < 40]
    assert [(q["speaker_name"], a.text[slice(*q["content"][0])]) for q in top] == [
        ("Janine Coutts", "Dubbo aquatic centre 'will reopen'")]
    # the words after the verb are still a speaker when they are one
    a = run("Interest rates will stay high for a year, says central bank chief\n"
            "The bank held rates on Tuesday.\n")
    top = [q for q in a.quotes if q["cue"][0] < 60]
    assert [a.text[slice(*q["content"][0])] for q in top] == [
        "Interest rates will stay high for a year"]


def test_a_headline_quote_then_a_description_on_a_topic_is_a_statement() -> None:
    a = run("'I won't give you a date I can't keep': Riverside ferries' new chief on the "
            "timetable\nMariana Costa took over the ferry service in May.\n")
    (q,) = _with(a, a.quotes, "I won't give you a date")
    assert q["direct"]
    assert q["content"] == [[0, 38]]  # the quote with its marks
