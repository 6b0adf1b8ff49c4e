"""Real-page furniture, kind by kind, and the real lines that look like it.
Every line here is written for these tests (invented outlets and people)."""

from __future__ import annotations

import pytest

from tests.clean.conftest import BODY

# One furniture line alone in the fictional article: removed, with its reason.
ALONE = [
    # share and follow
    pytest.param("Share on Facebook Share on X Copy link", "boilerplate", id="share-buttons"),
    pytest.param("Share | Tweet | Email", "boilerplate", id="share-bar"),
    pytest.param("Follow @harbourgazette on X", "boilerplate", id="follow-handle"),
    pytest.param("Follow us on Instagram and TikTok", "boilerplate", id="follow-us"),
    # advertising markers
    pytest.param("— Advertisement —", "boilerplate", id="advert-decorated"),
    pytest.param("Story continues below advertisement", "boilerplate", id="story-continues"),
    pytest.param("Sponsored Links", "boilerplate", id="sponsored-links"),
    pytest.param("Promoted by Oakridge Mutual", "boilerplate", id="promoted-by"),
    # teasers: markers alone, and markers with the headline they point to
    pytest.param("Trending On The Harbour Gazette", "boilerplate", id="trending-on"),
    pytest.param("You may also like", "boilerplate", id="you-may-also-like"),
    pytest.param("Full Coverage", "boilerplate", id="full-coverage"),
    pytest.param(
        "Read more: Ferry operator cuts winter timetable", "boilerplate", id="read-more-headline"
    ),
    pytest.param("RELATED | Mayor opens new cycle lane", "boilerplate", id="related-bar-headline"),
    pytest.param("Read: Why the pier is sinking", "boilerplate", id="read-colon-headline"),
    pytest.param(
        "[Our Harbour Poll: Who Leads The Race For Mayor?]", "boilerplate", id="bracketed-link"
    ),
    # interface lines
    pytest.param("Back to top ↑", "boilerplate", id="back-to-top"),
    pytest.param("Print this article", "boilerplate", id="print"),
    pytest.param("Comments (7)", "boilerplate", id="comments-count"),
    pytest.param("Listen to this article · 3 min", "boilerplate", id="listen"),
    pytest.param(
        "Get our free morning newsletter delivered to your inbox", "boilerplate", id="newsletter"
    ),
    pytest.param(
        "We use cookies to personalise content. By using this site you agree to our policy.",
        "boilerplate",
        id="cookie-notice",
    ),
    pytest.param(
        "Turn on push alerts in the Gazette app to never miss a story",
        "boilerplate",
        id="app-alert",
    ),
    pytest.param(
        "Visit HarbourGazette.com for breaking news and weather",
        "boilerplate",
        id="visit-front-page",
    ),
    pytest.param("“Start Quote", "boilerplate", id="pull-quote-opening"),
    pytest.param("Topics: Health, Regional, Millbrook", "boilerplate", id="topics-line"),
    pytest.param("Filed under: Politics, Elections", "boilerplate", id="filed-under"),
    pytest.param(
        "This video is unavailable in the format your device supports.",
        "boilerplate",
        id="player-notice-sentence",
    ),
    # contact lines
    pytest.param(
        "Got a tip? Email the newsroom at tips@harbourgazette.example",
        "boilerplate",
        id="contact-email",
    ),
    # leftover markup
    pytest.param(
        '<iframe src="https://video.example/embed/99" width="560" height="315"></iframe>',
        "boilerplate",
        id="raw-iframe",
    ),
    pytest.param("</div>", "boilerplate", id="closing-tag"),
    # credits
    pytest.param("Picture by Tomas Ferreira", "caption", id="picture-by"),
    pytest.param("(Photo courtesy of the Lindqvist family)", "caption", id="courtesy"),
    pytest.param("Marta Lindqvist/Northlight Images", "caption", id="name-slash-agency"),
    pytest.param(
        "Header image: The ferry leaving the harbour at dawn", "caption", id="header-image"
    ),
    pytest.param("Photo: Ivo Brandt via Unsplash", "caption", id="stock-photo-credit"),
]


@pytest.mark.parametrize(("line", "reason"), ALONE)
def test_furniture_line_is_removed(clean, reasons, line: str, reason: str) -> None:
    article = clean(line)
    assert reasons(article) == {line: reason}
    assert article.flag("spam_injection") is None


def test_a_teaser_marker_takes_the_headlines_under_it(clean, reasons) -> None:
    marker = "Related stories"
    teasers = ("Harbour pilots vote to strike", "New ferry terminal opens in May")
    article = clean(marker, *teasers, at=3)
    assert reasons(article) == {line: "boilerplate" for line in (marker, *teasers)}


def test_a_teaser_marker_stops_at_the_article_text(clean, reasons) -> None:
    # The paragraph after the teasers is prose: the article goes on.
    marker, teaser = "More stories", "Harbour pilots vote to strike"
    article = clean(marker, teaser, at=3)
    assert set(reasons(article)) == {marker, teaser}
    assert BODY[3] not in reasons(article)


def test_a_list_of_teasers_under_its_marker_is_removed(clean, reasons) -> None:
    marker = "Editors’ Recommendations:"
    teasers = ("- Harbour pilots vote to strike", "- Review: the new ferry, tested")
    assert reasons(clean(marker, *teasers, at=6)) == {
        line: "boilerplate" for line in (marker, *teasers)
    }


def test_teasers_above_the_headline_leave_the_headline(clean, reasons) -> None:
    marker, teaser = "Don't miss", "Harbour pilots vote to strike"
    article = clean(marker, teaser, at=0)
    assert set(reasons(article)) == {marker, teaser}
    assert article.title == BODY[0]


def test_a_caption_over_two_lines_is_removed_whole(clean, reasons) -> None:
    lead = "Photo: Residents queue outside the central library on"
    rest = "the last Saturday before the closures (Jane Doe/Valley Ledger)"
    assert reasons(clean(lead, rest)) == {lead: "caption", rest: "caption"}


def test_an_embedded_post_shown_twice_keeps_its_author(clean) -> None:
    post = "Our branch library was the only quiet place I had growing up"
    author = "— Priya Raman (@priyaraman) March 3, 2024"
    article = clean(post, author, "Campaigners shared the post widely.", post, author)
    assert article.removed == []


def test_code_and_list_items_shown_twice_are_content(clean) -> None:
    lines = ("- opening hours cut to three days", "result = tally(votes)")
    assert clean(*lines, "The council published both.", *lines).removed == []


KEPT = [
    # sign-offs and bylines belong to the column
    pytest.param("Hasta la próxima, queridos lectores", id="foreign-sign-off"),
    pytest.param("Ciao for now, and keep reading.", id="sign-off"),
    pytest.param("— Ana Souza, Lisbon", id="dateline-sign-off"),
    pytest.param("By Ana Souza, Valley Ledger staff writer", id="byline"),
    pytest.param("Ana Souza writes about local government every Tuesday.", id="columnist-bio"),
    # sentences that mention the interface
    pytest.param(
        "The council's new app lets residents report broken street lights.", id="app-sentence"
    ),
    pytest.param(
        "Residents can sign up for the library's newsletter until March, the council said.",
        id="reported-newsletter",
    ),
    pytest.param("Related charges were dropped in 2019.", id="related-sentence"),
    pytest.param("Trending downward, the figures worried the committee.", id="trending-sentence"),
    pytest.param("Photographers gathered outside the town hall.", id="photographers"),
    pytest.param("- Get a library card, renew books and book rooms online", id="list-item"),
    pytest.param("End Quote Jane Holt Councillor, Riverside", id="pull-quote-speaker"),
    pytest.param("[Editor's note: This story was updated on Friday.]", id="editors-note"),
    pytest.param("[APPLAUSE]", id="transcript-bracket"),
    pytest.param(
        "Enable audio commentary in the settings if you would like to hear it.",
        id="setting-sentence",
    ),
    pytest.param("<tweet id=12>The library is closing</tweet>", id="corpus-embed-placeholder"),
]


@pytest.mark.parametrize("line", KEPT)
def test_real_lines_are_kept(clean, line: str) -> None:
    article = clean(line, at=len(BODY))
    assert article.removed == []
    assert article.flag("spam_injection") is None
