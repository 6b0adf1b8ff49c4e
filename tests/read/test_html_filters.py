"""The HTML reader's line filters (`newsdesk.read.html_filters`), on pages
written for these tests: each furniture line is shown to come through
trafilatura without the filter and to be gone with it, and the article's own
lines to stay."""

from __future__ import annotations

from dataclasses import replace

import lxml.html  # type: ignore[import-untyped]
import pytest

from newsdesk.read.html import DEFAULT_EXTRACTION, html_article, read_page
from newsdesk.read.html_filters import PageLinks, drop_lines, is_markup, is_timestamp

# A fictional story, written for these tests.
HEADLINE = "Lantern festival returns to the old docks of Pellham"
BODY = [
    "After a four-year pause the lantern festival of Pellham returned to the old docks on "
    "Saturday night, drawing crowds that the organisers put at close to nine thousand.",
    "The town council, which paid for the new floating stage, said the evening had passed "
    "without a single call to the harbour police, a first in the festival's history.",
    'Organiser Delphine Marsh said the lanterns were made by schools across the valley. '
    '"Every child who wanted to carry one could carry one," she said.',
    "Traders on the quay reported their busiest night since the festival was last held, "
    "with several food stalls running out of stock well before midnight.",
    "The council will decide in the spring whether the festival becomes a yearly event "
    "again, after a review of the costs of stewarding and cleaning.",
]


def page(*, top: str = "", inside: str = "", after: str = "", h1: str | None = None) -> str:
    """A news page: navigation, the article (with `inside` after its third
    paragraph, `top` above the headline, `after` below the last paragraph),
    a sidebar and a footer."""
    paragraphs = [f"<p>{p}</p>" for p in BODY]
    paragraphs.insert(3, inside)
    heading = h1 if h1 is not None else f"<h1>{HEADLINE}</h1>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | The Pellham Courier</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="The Pellham Courier">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article>
{top}
{heading}
{"".join(paragraphs)}
{after}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Ferry fares to rise</a></li>
<li><a href="/b">New bakery opens on Mill Lane</a></li></ul></aside>
<footer>Copyright The Pellham Courier. All rights reserved.</footer>
</body></html>"""


UNFILTERED = replace(DEFAULT_EXTRACTION, filters=())


def lines(html: str, *, filtered: bool = True) -> list[str]:
    extraction = DEFAULT_EXTRACTION if filtered else UNFILTERED
    return read_page("test.html", html, extraction=extraction).text.split("\n")


def assert_only_removed(html: str, furniture: list[str]) -> None:
    """Each of `furniture` comes through trafilatura, the filters take it out,
    and every line of the article stays."""
    before, after = lines(html, filtered=False), lines(html)
    for line in furniture:
        assert line in before, f"trafilatura no longer lets {line!r} through: the test is moot"
        assert line not in after
    assert after[0] == HEADLINE
    assert [ln for ln in after if ln in BODY] == BODY


# --- link text ------------------------------------------------------------------------------


def test_a_paragraph_that_is_all_link_is_dropped() -> None:
    inside = ('<p><a href="/news/harbour-wall-repairs">Harbour wall repairs to start in '
              "June after years of delay</a></p>"
              '<p>Related: <a href="/news/stage">Who built the floating stage</a></p>')
    assert_only_removed(page(inside=inside), [
        "Harbour wall repairs to start in June after years of delay",
        "Related: Who built the floating stage",
    ])


def test_a_link_inside_a_sentence_keeps_its_sentence() -> None:
    # The whole paragraph is the line; its link is a small part of it.
    sentence = ("The festival's route, published on the council's website last week, ran "
                "from the lifeboat station to the old customs house.")
    inside = sentence.replace("council's website", '<a href="/route">council\'s website</a>')
    assert sentence in lines(page(inside=f"<p>{inside}</p>"))


def test_link_words_the_page_also_shows_as_text_are_kept() -> None:
    # A short line that is a link in the sidebar but plain text in the article.
    html = page(inside="<p>Pellham Harbour Trust</p>").replace(
        '<li><a href="/a">Ferry fares to rise</a></li>',
        '<li><a href="/trust">Pellham Harbour Trust</a></li>')
    assert "Pellham Harbour Trust" in lines(html)


def test_in_page_jumps_are_not_links_elsewhere() -> None:
    links = PageLinks(lxml.html.fromstring(
        '<html><body><div><p><a href="#route">The route</a></p>'
        '<p><a href="https://other.example/route">The other route</a></p>'
        '<p><a href="javascript:void(0)">Show the map</a></p></div></body></html>'))
    assert links.link_share("The route") == 0.0
    assert links.link_share("The other route") == 1.0
    assert links.link_share("Show the map") == 0.0
    assert links.link_share("Never on the page") is None


# --- teasers --------------------------------------------------------------------------------


FERRY = ("Night ferry to return for the summer",
         "The operator says the late crossing will run on Fridays and Saturdays from May, "
         "weather permitting.")
CHOIR = ("Dock choir records its first album",
         "Thirty singers spent three weekends in the old sail loft to make the record.")


def test_teaser_cards_are_dropped() -> None:
    # Other stories' headlines (links) with their summaries, as cards in a box
    # under the article.
    cards = "".join(
        f'<div class="card"><h4><a href="/news/{n}">{h}</a></h4><p>{s}</p></div>'
        for n, (h, s) in enumerate((FERRY, CHOIR)))
    assert_only_removed(page(after=f'<div class="digest">{cards}</div>'), [*FERRY, *CHOIR])


def test_teaser_list_items_are_dropped() -> None:
    # The same as a list: trafilatura makes one line of each item.
    cards = "".join(
        f'<li><h3><a href="/news/{n}">{h}</a></h3><p>{s}</p></li>'
        for n, (h, s) in enumerate((FERRY, CHOIR)))
    assert_only_removed(page(after=f"<ul>{cards}</ul>"), [
        f"- {FERRY[0]} {FERRY[1]}", f"- {CHOIR[0]} {CHOIR[1]}"])


def test_cards_between_the_articles_paragraphs_are_its_own_list() -> None:
    # Shaped like teasers, but inside the body: a list the article gives (the
    # candidates in an election, each a linked name and a line about them).
    cards = "".join(
        f'<li><h3><a href="/people/{n}">{h}</a></h3><p>{s}</p></li>'
        for n, (h, s) in enumerate((FERRY, CHOIR)))
    text = read_page("page.html", page(inside=f"<ul>{cards}</ul>")).text.split("\n")
    assert f"- {FERRY[0]} {FERRY[1]}" in text and f"- {CHOIR[0]} {CHOIR[1]}" in text


def test_a_short_post_under_its_own_linked_headline_is_kept() -> None:
    # A blog post whose title links to itself: the post is no teaser.
    note = ("The lantern festival returns this Saturday, with the parade leaving the "
            "lifeboat station at eight.")
    html = f"""<html><head><title>Lanterns on Saturday</title></head><body>
    <nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
    <div class="post"><h2><a href="/2024/lanterns-on-saturday">Lanterns on Saturday</a></h2>
    <p>{note}</p></div>
    <footer><a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>"""
    links = PageLinks(lxml.html.fromstring(html))
    assert links.is_teaser(note)  # by its shape alone it would be one...
    assert not links.is_teaser(note, headline="Lanterns on Saturday")  # ...but it is the post
    assert note in read_page("post.html", html).text.split("\n")


# --- timestamps -----------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "5 April 2013 Last updated at 10:08 GMT",
    "Posted on March 3, 2021",
    "Last updated: 13 July 2020",
    "Published 2024-03-12 21:40 CET",
    "Tuesday, 12 March 2024, 9.40pm",
    "14:32 GMT",
])
def test_timestamps(line: str) -> None:
    assert is_timestamp(line)


@pytest.mark.parametrize("line", [
    "Thursday April 2",  # a schedule's heading: no year, no time
    "+44 1632 960 2012",  # a telephone number
    "The vote is on 12 March 2024 at the town hall.",
    "May 2024 brought the wettest spring on record",
    "Chapter 11",
])
def test_not_timestamps(line: str) -> None:
    assert not is_timestamp(line)


def test_a_timestamp_above_the_headline_is_dropped() -> None:
    top = "<p>12 March 2024 Last updated at 21:40 GMT</p>"
    assert_only_removed(page(top=top), ["12 March 2024 Last updated at 21:40 GMT"])


def test_a_time_heading_inside_the_body_is_kept() -> None:
    # A live blog's entries are headed by their time: inside the body, not furniture.
    text = "\n".join([HEADLINE, BODY[0], "21:40 GMT", BODY[1], "Last updated 21:55 GMT"])
    assert drop_lines(text, None, headline=HEADLINE).split("\n") == [
        HEADLINE, BODY[0], "21:40 GMT", BODY[1]]


# --- markup shown as text -------------------------------------------------------------------


def test_embed_code_shown_as_text_is_dropped() -> None:
    code = '<iframe src="https://video.example/embed/417" width="560" height="315"></iframe>'
    inside = "<p>" + code.replace("<", "&lt;").replace(">", "&gt;") + "</p>"
    assert_only_removed(page(inside=inside), [code])


@pytest.mark.parametrize(("line", "markup"), [
    ('<div class="video-embed"><script src="/player.js"></script></div>', True),
    ("<br/>", True),
    ('File "<stdin>", line 1, in <module>', False),  # a traceback in a tutorial
    ("The tags are written <year>.<month>, for example 2024.03.", False),
    ("Readers wrote in to say the <p> tag was showing on the page.", False),
])
def test_markup_lines(line: str, markup: bool) -> None:
    assert is_markup(line) is markup


# --- the headline ---------------------------------------------------------------------------


def test_the_headline_stays_first_even_when_it_is_a_link() -> None:
    h1 = f'<h1><a href="/news/lantern-festival">{HEADLINE}</a></h1>'
    a = html_article("linked-h1.html", page(h1=h1))
    assert a.text.split("\n")[0] == HEADLINE
    assert a.title == HEADLINE


def test_an_unknown_filter_is_refused() -> None:
    with pytest.raises(ValueError, match="no line filter called 'adverts'"):
        drop_lines("One line.", None, filters=("adverts",))
