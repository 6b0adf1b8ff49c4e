"""Block quotes: a paragraph quoted without marks after an attribution ending
in a colon (text written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import QuotesOf

REVIEW = (
    "A bleak book\n"
    "Ezra Klane makes his case in the third chapter. As Klane writes:\n"
    "The polarization of our politics is not a bug. It is the result of a system "
    "that rewards it, and it will not end soon.\n"
    "That is a bleak view.\n"
    "Governor Ann Marsh spoke next. The governor added:\n"
    "It is typical of the council. They know nothing, but the talking never stops.\n"
    "So here are some trends I have noticed in the race so far:\n"
    "Iowa and New Hampshire are not excited about either candidate yet.\n"
    "Follow us on social media:\n"
    "We post every day about the news in the region and more.\n"
)


def _by_start(quotes_of: QuotesOf) -> dict[str, dict[str, object]]:
    return {REVIEW[q["content"][0][0] :][:20]: q for q in quotes_of(REVIEW)}


def test_a_paragraph_after_a_colon_attribution_is_said_by_its_subject(
    quotes_of: QuotesOf,
) -> None:
    said = _by_start(quotes_of)
    klane = said["The polarization of "]
    assert klane["speaker_name"] == "Ezra Klane" and klane["direct"]
    assert said["It is typical of the"]["speaker_name"] == "Ann Marsh"


def test_the_writers_own_list_and_a_label_are_not_block_quotes(quotes_of: QuotesOf) -> None:
    said = _by_start(quotes_of)
    assert "Iowa and New Hampsh" not in said  # "trends I have noticed": the writer's
    assert "We post every day ab" not in said  # no verb of saying before the colon
    assert "That is a bleak view" not in said  # the block is one paragraph


POSTS = (
    "Phones learn to fake eye contact\n"
    "The feature works well, the company said on Monday, and more devices will get it in "
    "the autumn when the next version of the system ships to everyone who has a phone "
    "made in the last four years, according to people who have tried the test version.\n"
    "He tweeted:\n"
    "How it works: it maps your face in depth, and moves the eyes to match.\n"
    "Notice the bend of the line across both eyes. pic.twitter.com/AbC123xyz\n"
    "— Dave Schuker (@schuker) July 3, 2019\n"
)


def test_an_embedded_post_is_said_by_the_name_that_signs_it(quotes_of: QuotesOf) -> None:
    quotes = quotes_of(POSTS)
    said = {POSTS[slice(*q["content"][0])]: q for q in quotes}
    first = said["How it works: it maps your face in depth, and moves the eyes to match."]
    assert first["speaker_name"] == "Dave Schuker" and first["direct"]
    assert first["speaker_role"] is None  # "(@schuker)" is a handle, not a role
    second = said["Notice the bend of the line across both eyes."]  # the link left out
    assert second["speaker_name"] == "Dave Schuker"
    assert second["continues"] == quotes.index(first)
    by_him = [POSTS[slice(*q["content"][0])] for q in quotes if q["speaker_name"] == "Dave Schuker"]
    assert not any("autumn" in words for words in by_him)  # the writer's paragraph is not his


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the author's name and handle on a line of their own, the post under it
        ("Budget\n\nGreens leader Talia Moreno has posted her response:\nTalia Moreno "
         "@TaliaMorenoMP\nRent relief that goes straight to landlords isn't rent relief.\n",
         "Rent relief that goes straight to landlords isn't rent relief.", "Talia Moreno"),
        # the handle between the name and the colon
        ("Farm bill\n\nTom Beaulieu (@RepBeaulieu): The Senate had one job. Farmers can't "
         "plant on promises.\n", "The Senate had one job. Farmers can't plant on promises.",
         "Tom Beaulieu"),
    ],
)
def test_a_post_under_or_after_its_authors_handle_is_theirs(
    quotes_of: QuotesOf, text: str, words: str, speaker: str
) -> None:
    said = {text[slice(*q["content"][0])]: q for q in quotes_of(text)}
    assert said[words]["speaker_name"] == speaker
    assert said[words]["speaker_role"] in (None, "Greens leader")  # never the post's words


def test_a_live_blogs_time_and_the_writers_line_naming_the_author_are_no_part_of_a_post(
        quotes_of: QuotesOf) -> None:
    text = ("Storm Orla live\n"
            "14:05\n"
            "Local councillor Aoife Mac Giolla Rua has been posting from Ennis.\n"
            "Ennis relief road now closed both ways at Clonroad. Please stay at home.\n"
            "— Aoife Mac Giolla Rua (@aoifemgr) March 3, 2026\n")
    quotes = quotes_of(text)
    assert [(q["speaker_name"], text[slice(*q["content"][0])]) for q in quotes] == [
        ("Aoife Mac Giolla Rua",
         "Ennis relief road now closed both ways at Clonroad. Please stay at home.")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the post set apart after "posted on X:", a hashtag closing it
        ("Building collapse\n\nFormer MP Fadia Rifai posted on X:\n"
         "Tripoli's poor are dying under their own roofs. Where is the state? #Tabbaneh\n",
         "Tripoli's poor are dying under their own roofs. Where is the state? #Tabbaneh",
         "Fadia Rifai"),
        # the post and its signature on one line
        ("Mayor race live\n\nMargit Lindqvist has just posted this:\n"
         "We knew it would be close. Every vote gets counted. — Margit Lindqvist "
         "(@MargitForMayor) November 4, 2026\n",
         "We knew it would be close. Every vote gets counted.", "Margit Lindqvist"),
    ],
)
def test_a_post_set_apart_or_signed_on_its_own_line_is_its_authors(
    quotes_of: QuotesOf, text: str, words: str, speaker: str
) -> None:
    said = {text[slice(*q["content"][0])]: q["speaker_name"] for q in quotes_of(text)}
    assert said == {words: speaker}


def test_a_hyphened_name_before_a_handle_signs_no_post(quotes_of: QuotesOf) -> None:
    text = ("Bloom\n\nThe florist shared the photo on Instagram.\n"
            "A post shared by Sofia Marchetti-Bloom (@sofiamb)\n")
    assert quotes_of(text) == []


def test_a_block_with_verbs_of_its_own_is_still_the_speakers(quotes_of: QuotesOf) -> None:
    # "expect" and "caution" inside the block report nothing of their own
    text = ("Retailers warn on food prices\n"
            "Its chief executive, Mary Okwu-Lindsay, said:\n"
            "Shops are doing everything they can to keep prices down. Households should not "
            "expect the weekly shop to get cheaper soon, and I would caution anyone against "
            "reading too much into one month.\n")
    found = quotes_of(text)
    assert [(q["speaker_name"], text[slice(*q["content"][0])][:20]) for q in found] == [
        ("Mary Okwu-Lindsay", "Shops are doing ever")]
    # a colon after a verb's object lists what it names: items with cues of their own
    text = ("Trends\nAnalysts have predicted a number of trends for the year:\n"
            "Price cuts - Shops say they will cut prices on 300 lines before the summer.\n")
    assert [q["speaker_name"] for q in quotes_of(text)] != ["Analysts"]


def test_a_post_after_took_to_a_platform_is_the_posters(quotes_of: QuotesOf) -> None:
    text = ("EC confirms date for by-election\nShortly after the announcement, the party's youth "
            "organiser, Kwabena Osei-Bonsu Amankwah, took to X to mobilise supporters:\n"
            "Bawku Central, the hour has come! Confirm your details, carry your card and let us "
            "guard every ballot on polling day. #BawkuVotes\n")
    quotes = quotes_of(text)
    assert [(q["speaker_name"], text[q["content"][0][0] : q["content"][0][0] + 13])
            for q in quotes] == [("Kwabena Osei-Bonsu Amankwah", "Bawku Central")]
