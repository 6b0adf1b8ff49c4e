"""Feeds and sitemaps to article links with their dates; garbage refused by name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.watch.feeds import FeedItem, NotAFeed, feed_links, parse

from .pages import rss

BASE = "http://news.example"


def test_rss_items_with_rfc822_dates() -> None:
    feed = rss(BASE, [("/a.html", "Tue, 01 Dec 2026 09:30:00 GMT"), ("/b.html", "not a date")])
    parsed = parse(feed, BASE + "/feed.xml")
    assert parsed.kind == "feed"
    assert parsed.items == [
        FeedItem(BASE + "/a.html", "2026-12-01", "Item /a.html"),
        FeedItem(BASE + "/b.html", None, "Item /b.html"),
    ]


def test_rss_guid_permalink_when_no_link() -> None:
    feed = (
        '<rss version="2.0"><channel><item><guid>http://news.example/g.html</guid></item>'
        '<item><guid isPermaLink="false">tag:1</guid></item></channel></rss>'
    )
    assert [i.url for i in parse(feed, BASE).items] == [BASE + "/g.html"]


def test_atom_entries_relative_links_and_iso_dates() -> None:
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        '<link rel="self" href="/atom.xml"/>'
        '<entry><title>One</title><link rel="alternate" href="/one.html"/>'
        "<published>2026-11-30T18:00:00+01:00</published></entry>"
        '<entry><title>Two</title><link href="http://news.example/two.html#top"/>'
        "<updated>2026-12-01T08:00:00Z</updated></entry></feed>"
    )
    items = parse(feed, BASE + "/atom.xml").items
    assert items == [
        FeedItem(BASE + "/one.html", "2026-11-30", "One"),
        FeedItem(BASE + "/two.html", "2026-12-01", "Two"),
    ]


def test_json_feed() -> None:
    feed = '{"version": "https://jsonfeed.org/version/1.1", "items": [' \
        '{"url": "http://news.example/j.html", "date_published": "2026-12-02T10:00:00Z"},' \
        '{"id": "no url"}]}'
    assert parse(feed, BASE).items == [FeedItem(BASE + "/j.html", "2026-12-02", None)]


def test_news_sitemap_and_sitemap_index() -> None:
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        "<url><loc>http://news.example/s1.html</loc><news:news>"
        "<news:publication_date>2026-12-01T12:00:00Z</news:publication_date>"
        "<news:title>S1</news:title></news:news></url>"
        "<url><loc>http://news.example/s2.html</loc><lastmod>2026-12-02</lastmod></url>"
        "</urlset>"
    )
    parsed = parse(sitemap, BASE + "/sitemap.xml")
    assert parsed.kind == "sitemap"
    # lastmod is when the page changed, not when it was published: no date.
    assert parsed.items == [
        FeedItem(BASE + "/s1.html", "2026-12-01", "S1"), FeedItem(BASE + "/s2.html", None, None)
    ]
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>http://news.example/news.xml</loc></sitemap></sitemapindex>"
    )
    parsed = parse(index, BASE + "/sitemap_index.xml")
    assert parsed.items == [] and parsed.sitemaps == [BASE + "/news.xml"]


@pytest.mark.parametrize(
    ("garbage", "says"),
    [
        ("", "empty"),
        ("Internal error, please retry", "not an RSS/Atom/JSON feed or a sitemap"),
        ("<html><body>Log in</body></html>", "not an RSS/Atom/JSON feed"),
        ('{"items": 3}', "not a JSON Feed"),
        ("{broken", "broken JSON"),
        ("<?xml version='1.0'?><svg></svg>", "root is <svg>"),
        # a tag the recovering parser keeps that no XML name allows
        ("<rss:><channel><item>", "root is <>"),
    ],
)
def test_garbage_is_not_a_feed(garbage: str, says: str) -> None:
    with pytest.raises(NotAFeed, match=says):
        parse(garbage, BASE + "/feed.xml")


def test_entities_are_not_expanded() -> None:
    feed = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><link>http://news.example/&x;</link></item></channel></rss>"
    )
    for item in parse(feed, BASE).items:
        assert "root:" not in item.url


def test_feed_discovery_on_a_web_page() -> None:
    html = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        "</head><body>News</body></html>"
    )
    assert feed_links(html, BASE + "/") == [BASE + "/rss.xml"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(max_size=300),
    st.builds(lambda s: "<rss><channel><item>" + s, st.text(max_size=200)),
    st.builds(lambda s: '{"items": [' + s, st.text(max_size=200)),
    st.builds(lambda s: '<?xml version="1.0"?><urlset>' + s, st.text(max_size=200)),
))
def test_any_text_is_a_feed_or_not_a_feed(text: str) -> None:
    try:
        parsed = parse(text, BASE + "/feed.xml")
    except NotAFeed:
        return
    assert all(i.url.startswith(("http://", "https://")) for i in parsed.items)
