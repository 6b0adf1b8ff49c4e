"""Boilerplate, captions and video titles, by line features and position.
The lines here are written for these tests."""

from __future__ import annotations

import pytest

FURNITURE = [
    pytest.param("Follow us on Twitter", "boilerplate", id="follow-us"),
    pytest.param("Share this article", "boilerplate", id="share"),
    pytest.param("Sign up to our newsletter", "boilerplate", id="newsletter"),
    pytest.param("Subscribe to our daily briefing here.", "boilerplate", id="subscribe"),
    pytest.param("RELATED STORIES", "boilerplate", id="related-caps"),
    pytest.param("Related:", "boilerplate", id="related-colon"),
    pytest.param("More on Libraries", "boilerplate", id="more-on-topic"),
    pytest.param("Also on The Courier:", "boilerplate", id="also-on-site"),
    pytest.param("Why you can trust The Courier", "boilerplate", id="trust"),
    pytest.param("Advertisement", "boilerplate", id="advert"),
    pytest.param("Read the rest of the story at The Courier.", "boilerplate", id="read-the-rest"),
    pytest.param("Twitter: @janeholt", "boilerplate", id="contact-handle"),
    pytest.param("Follow Jane Holt on Twitter @janeholt.", "boilerplate", id="follow-author"),
    pytest.param("Watch the full interview below:", "boilerplate", id="embed-pointer"),
    pytest.param("Please enable JavaScript to play this video", "boilerplate", id="player"),
    pytest.param(".share-bar {", "boilerplate", id="css-selector"),
    pytest.param("text-align: left;", "boilerplate", id="css-declaration"),
    pytest.param("Photo: Reuters", "caption", id="photo-lead"),
    pytest.param("Image: Jane Holt at the council meeting", "caption", id="image-lead"),
    pytest.param("Protesters outside the town hall (Getty Images)", "caption", id="paren-credit"),
    pytest.param("Sam Example via Getty Images.", "caption", id="via-getty"),
    pytest.param("SAM B. EXAMPLE via Getty Images.", "caption", id="via-getty-caps"),
    pytest.param("Getty/Instagram", "caption", id="bare-credit"),
    pytest.param("Watch: Councillor Holt defends the cuts", "video_title", id="watch-lead"),
    pytest.param("Video: Inside the library before it closes", "video_title", id="video-lead"),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_furniture_is_removed_with_its_reason(clean, reasons, line: str, reason: str) -> None:
    article = clean(line)
    assert reasons(article) == {line: reason}
    assert article.text.count(line) == 1  # recorded, never cut out
    assert article.flag("boilerplate") is not None


def test_the_title_after_a_player_notice_is_a_video_title(clean, reasons) -> None:
    notice = "Please use a modern browser for a more accessible video player"
    title = "Holt: 'We had no choice'"
    assert reasons(clean(notice, title)) == {notice: "boilerplate", title: "video_title"}


def test_the_name_line_before_a_caption_is_part_of_it(clean, reasons) -> None:
    name, caption = "Jane Holt", "Image: The councillor at Tuesday's meeting"
    assert reasons(clean(name, caption)) == {name: "caption", caption: "caption"}


def test_the_headline_is_never_taken_for_a_caption_name(clean, reasons) -> None:
    caption = "Image: The central library"
    article = clean(caption, at=1)
    assert reasons(article) == {caption: "caption"}
    assert article.title == "Council votes to close two town libraries"


def test_repeated_non_sentence_lines_are_widgets(clean, reasons) -> None:
    widget = "Live coverage from the chamber"
    article = clean(widget, at=2)
    article_twice = clean(widget, "Libraries on the list", widget)
    assert reasons(article) == {}
    assert set(reasons(article_twice).items()) == {(widget, "boilerplate")}
    assert len(article_twice.removed) == 2


KEPT = [
    pytest.param('"No," he said.', id="short-quote"),
    pytest.param("Library closures", id="subheading"),
    pytest.param("ORLANDO MOURNS", id="all-caps-subheading"),
    pytest.param("“DIVISIVE, STUPID AND WRONG”", id="all-caps-quote"),
    pytest.param("Twitter.", id="platform-heading"),
    pytest.param("TWITTER.", id="platform-heading-caps"),
    pytest.param("Instagram and Facebook.", id="platforms"),
    pytest.param("@reader_name.", id="reader-handle-signs-a-quote"),
    pytest.param("More bombing.", id="more-x"),
    pytest.param("(BEGIN VIDEO CLIP)", id="transcript-marker"),
    pytest.param("Ann Lee, Bob Stone, Carl Diaz and Dana Fox", id="list-of-names"),
    pytest.param(
        "The video shows the councillor leaving the chamber before the vote was taken.",
        id="sentence-about-a-video",
    ),
    pytest.param(
        "She said she would share the report with the committee next week.",
        id="sentence-with-share",
    ),
    pytest.param("Copyright law was not the issue, she said.", id="sentence-with-copyright"),
    pytest.param("Like this, the plan failed.", id="like-this"),
    pytest.param("Sign-up was slow, officials admitted.", id="sign-up-sentence"),
    pytest.param("Join us in the fight against these cuts", id="join-us-in"),
    pytest.param("Register to vote by Friday", id="register-to-vote"),
    pytest.param('"Sign up today and get your free tote bag," she joked.', id="quoted-cta"),
    pytest.param("Sign up today, the campaign urged supporters by email.", id="reported-cta"),
    # a story about a kind of app: no player, nothing to click
    pytest.param("Dutch video app Flikkr fined over tracking of children", id="video-app-story"),
]


@pytest.mark.parametrize("line", KEPT)
def test_real_lines_are_kept(clean, line: str) -> None:
    assert clean(line).removed == []


def test_timestamps_of_a_live_blog_repeat_and_stay(clean) -> None:
    article = clean("5:20 p.m.", "The meeting resumed.", "5:20 p.m.")
    assert article.removed == []


def test_a_lead_in_after_a_player_notice_is_not_its_title(clean, reasons) -> None:
    notice = "Please enable JavaScript to play this video"
    lead_in = "Read the latest updates on the vote below:"
    assert reasons(clean(notice, lead_in)) == {notice: "boilerplate"}
