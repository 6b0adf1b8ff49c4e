"""Sound bites in broadcast transcripts (text written for these tests)."""

from __future__ import annotations

from .conftest import QuotesOf

SCRIPT = (
    "Tomorrow the county board will vote on whether a school can move to Ashburn. "
    "Our reporter Dana Fox has that.\n"
    "Residents have argued about the school for months. Pastor Lee Grant says he has no "
    "problem with the school itself.\n"
    "The real question is who pays for it, and uh who decides what it teaches.\n"
    "Many residents see it otherwise. Ann Cole spoke to the board on Monday.\n"
    "I urge you to do the right thing and welcome these children.\n"
    "The board meets again next week.\n"
)


def test_a_transcripts_sound_bite_is_the_words_of_the_speaker_introduced_before_it(
    quotes_of: QuotesOf,
) -> None:
    said = {SCRIPT[slice(*q["content"][0])]: q["speaker_name"] for q in quotes_of(SCRIPT)}
    assert said["The real question is who pays for it, and uh who decides what it teaches."] == (
        "Lee Grant"
    )
    assert said["I urge you to do the right thing and welcome these children."] == "Ann Cole"
    # narration after a hand-over, and the closing line, are the reporter's
    assert not any(k.startswith(("Residents have", "The board meets")) for k in said)


def test_unquoted_paragraphs_of_print_news_are_the_writers(quotes_of: QuotesOf) -> None:
    text = SCRIPT.replace(" and uh who", " and who").replace(" Our reporter Dana Fox has that.", "")
    said = [text[slice(*q["content"][0])] for q in quotes_of(text)]
    assert not any(s.startswith(("The real question", "I urge you")) for s in said)
