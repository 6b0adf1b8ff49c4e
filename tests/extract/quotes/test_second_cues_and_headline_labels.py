"""What a statement holds, on paragraphs written for these tests: "said
that X, but accepted that Y" is two statements; so is "denies that X and
states that Y" when the tagger reads "states" as a noun; ", which he said
was ..." reports the words after the cue; "telling BBC Sport the county had
..." reports the clause after a named addressee; an answer's paragraph in
the first person goes on with the answer. No statements: "reported the
problem to a deputy chief" (a matter raised), "when it was eventually
reported" (when, not who), a headline whose label names the one the story
is about ("Name: Teenager died ..."), "told them what I think" (words named,
not given) and an answer's "I'd say it's 50-50" (a guess, no report)."""

from __future__ import annotations

from .conftest import QuotesOf


def _contents(text: str, quotes: list[dict]) -> list[str]:
    return [" … ".join(text[s:e] for s, e in q["content"]) for q in quotes]


def test_said_that_but_accepted_that_is_two_statements(quotes_of: QuotesOf) -> None:
    text = ("Inquiry\nThe trust's medical director, Rhiannon Pryce-Lewis, said that the delays "
            "were \"rare and regrettable\", but accepted that \"the pattern should have been "
            "seen sooner\".\n")
    assert _contents(text, quotes_of(text)) == [
        "that the delays were \"rare and regrettable\"",
        "that \"the pattern should have been seen sooner\""]


def test_a_second_cue_read_as_a_noun(quotes_of: QuotesOf) -> None:
    text = ("Lawsuit\nThe Levee Board, in its reply to the petition, denies that the "
            "engineer's firing was related to his audit and states that he was let go because "
            "of repeated errors in his reports.\n")
    assert _contents(text, quotes_of(text)) == [
        "that the engineer's firing was related to his audit",
        "he was let go because of repeated errors in his reports"]


def test_which_he_said_reports_the_words_after_the_cue(quotes_of: QuotesOf) -> None:
    text = ("Levy row\nOlumide Adebayo-Cole said the council had doubled the levy overnight, "
            "which he said was \u201cplainly unlawful\u201d.\n")
    quotes = quotes_of(text)
    assert _contents(text, quotes)[-1].startswith("was \u201cplainly unlawful")
    assert quotes[-1]["speaker_name"] == "Olumide Adebayo-Cole"


def test_telling_a_named_outlet_a_clause(quotes_of: QuotesOf) -> None:
    text = ("Contract row\nCoach Graham Pettifer said the club had offered Malik a new deal.\n"
            "His agent, Farhan Qureshi-Lloyd of Apex Sports Management, disputed Pettifer's "
            "account, telling BBC Sport the club had been told of the Dutch interest \"in March, "
            "in writing\".\n")
    quotes = quotes_of(text)
    assert _contents(text, quotes)[-1].startswith("the club had been told of the Dutch interest")
    assert quotes[-1]["speaker_name"] == "Farhan Qureshi-Lloyd"


def test_a_matter_reported_to_someone_is_no_statement(quotes_of: QuotesOf) -> None:
    text = ("Transfer\nThe lawsuit says Okafor reported the overtime problem to a deputy chief "
            "in May and was moved to nights within a week.\n")
    assert [q["speaker_name"] for q in quotes_of(text)] == ["the lawsuit"]


def test_when_it_was_reported_names_no_speaker(quotes_of: QuotesOf) -> None:
    text = ("Overrun\nA source in the Department of Finance said officials had been "
            "\"surprised, to put it mildly\" by the size of the overrun when it was eventually "
            "reported.\n")
    assert [q["speaker_name"] for q in quotes_of(text)] == [
        "A source in the Department of Finance"]


def test_a_headline_label_naming_the_one_described(quotes_of: QuotesOf) -> None:
    text = ("Marco Rinaldi: Leinster prop to join Toulon at end of season\n"
            "Leinster prop Marco Rinaldi will join Toulon next season.\n")
    assert not any(q["content"][0][0] < text.index("\n") for q in quotes_of(text))


def test_a_headline_label_with_a_quote_is_a_statement(quotes_of: QuotesOf) -> None:
    text = ("Marco Rinaldi: 'I will not leave Leinster without a trophy'\n"
            "The prop has a year left on his contract.\n")
    assert quotes_of(text)[0]["speaker_name"] == "Marco Rinaldi"


def test_an_answer_goes_on_in_the_first_person(quotes_of: QuotesOf) -> None:
    text = ("Press conference\nHead coach Rory Fairclough spoke to the media on Friday.\n"
            "Q: Is there a bid for the striker?\n"
            "RF: We've made an offer, and it was turned down. That's where we are.\n"
            "Q: Will there be another?\n"
            "RF: That's one for the owners. He is a proper number nine.\n"
            "But I also know there's a budget, and I respect it.\n"
            "The striker's club said on Thursday he was not for sale.\n")
    quotes = quotes_of(text)
    run_on = [q for q in quotes if "budget" in text[q["content"][0][0]:q["content"][0][1]]]
    assert len(run_on) == 1
    assert run_on[0]["speaker_name"] == "Rory Fairclough"


def test_words_named_and_a_guess_inside_an_answer_are_no_statements(
        quotes_of: QuotesOf) -> None:
    text = ("Press conference\nHead coach Rory Fairclough spoke to the media on Friday.\n"
            "Q: Will there be another bid?\n"
            "RF: That's one for the owners. I've told them what I think of the player.\n"
            "Q: Is Dolan fit?\n"
            "RF: He felt his hamstring at the end of training. I'd say it's 50-50 for "
            "Saturday.\n")
    quotes = quotes_of(text)
    assert [q["speaker_name"] for q in quotes] == [
        "a reporter", "Rory Fairclough", "a reporter", "Rory Fairclough"]
