"""The HTML pages, in process: what each shows, and that article text never
becomes markup (the browser test checks the same in Chromium)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from newsdesk.report import render_report
from newsdesk.store import Store
from newsdesk.web.app import _pager
from newsdesk.web.data import Page
from newsdesk.web.markup import article_html, safe_url, snippet_html
from newsdesk.web.templating import WebLinks, environment
from tests.web.conftest import EVIL_ID, PAYLOADS, evil_articles


def _page(client: TestClient, url: str) -> str:
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_every_page_has_a_strict_policy_and_one_linked_stylesheet(client: TestClient) -> None:
    for url in ("/", "/people", "/search?q=Marsh", "/stories/1", "/no-such-page"):
        r = client.get(url)
        policy = r.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy
        assert r.headers["x-content-type-options"] == "nosniff"
        assert '<link rel="stylesheet" href="/static/newsdesk.css">' in r.text
        assert '<meta name="viewport" content="width=device-width' in r.text
        assert "<style" not in r.text and "<script" not in r.text
    assert client.head("/").status_code == 200
    css = client.get("/static/newsdesk.css")
    assert css.headers["content-type"].startswith("text/css")
    assert '"Segoe UI"' in css.text and "@media (max-width" in css.text


def test_the_corpus_page_puts_stories_first(client: TestClient) -> None:
    html = _page(client, "/")
    order = [html.index(f'id="{s}"') for s in ("stories", "storylines", "people", "outlets",
                                               "flags")]
    assert order == sorted(order)
    assert '<a href="/?sort=biggest">biggest</a>' in html
    assert re.search(r'<a href="/stories/\d+">', html)
    assert "search?flag=spam_injection" in html
    biggest = _page(client, "/?sort=biggest")
    assert "<strong>biggest</strong>" in biggest


def test_pages_link_to_the_next_and_previous(client: TestClient) -> None:
    page = Page(total=45, limit=20, offset=20, items=[{}] * 20)
    pager = _pager(page, lambda off: f"/?offset={off}")
    assert pager == {"first": 21, "last": 40, "total": 45, "prev": "/?offset=0",
                     "next": "/?offset=40"}
    assert _pager(Page(5, 20, 0, [{}] * 5), str)["next"] is None
    def listed(html: str) -> set[str]:
        stories = html[html.index('id="stories"') : html.index('id="storylines"')]
        return set(re.findall(r'href="/stories/(\d+)"', stories))

    assert listed(_page(client, "/?page=1"))
    assert not listed(_page(client, "/?page=2")), "14 stories fit on page 1"
    assert client.get("/?page=0").status_code == 422


def test_a_story_page(client: TestClient) -> None:
    top = client.get("/api/stories?sort=biggest&limit=1").json()["items"][0]
    html = _page(client, f"/stories/{top['id']}")
    for heading in ("Brief", "Who said what", "Numbers in play", "Timeline", "Articles"):
        assert f"<h4>{heading}</h4>" in html
    assert re.search(r'<a class="src" href="/articles/[^"]+" title="article', html)
    assert re.search(r"<b>\w{3} \d{1,2} \w{3} \d{4}</b>", html), "timeline dates in words"


def test_misquotes_are_marked_on_the_story_page() -> None:
    story = {
        "id": 1, "title": "T", "storyline_title": "T", "n_articles": 2, "outlets": ["A", "B"],
        "first_published": "2017-02-21", "last_published": "2017-02-22", "brief": [],
        "numbers": [], "timeline": [], "person_ids": {"Ann Lee": 7},
        "article_rows": [{"id": "a1", "title": "x", "outlet": "A", "published": None,
                          "copy_of": None},
                         {"id": "b2", "title": "y", "outlet": "B", "published": None,
                          "copy_of": None}],
        "statements": [{"speaker": "Ann Lee", "speaker_type": "person", "roles": [],
                        "statements": [{"text": "we will win", "direct": True,
                                        "sources": [{"article": "a1", "outlet": "A"}],
                                        "misquote": {"variant": "we shall win",
                                                     "article": "b2",
                                                     "diff": ["-will", "+shall"]}}]}],
    }
    macros = environment().get_template("macros.html.j2").module
    html = str(macros.story_section(story, WebLinks()))  # type: ignore[attr-defined]
    assert '<a href="/people/7">Ann Lee</a>' in html
    assert '<span class="misquote"' in html and "-will +shall" in html
    assert '<a class="src" href="/articles/b2" title="article b2">[B]</a>' in html


def test_a_person_page(client: TestClient) -> None:
    pid = client.get("/api/people?name=Helen%20Marsh").json()["items"][0]["id"]
    html = _page(client, f"/people/{pid}")
    assert "<h1>Helen Marsh</h1>" in html
    assert "Written as:" in html and "Ms Marsh" in html
    assert "<h4>Roles over time</h4>" in html and "Labour leader" in html
    assert html.count('class="statement"') >= 5
    assert re.search(r'<time datetime="2025-04-0\d">\w{3} \d ', html)


def test_an_article_page_highlights_and_explains(client: TestClient) -> None:
    hit = client.get("/api/search?q=Stevenson").json()["items"][0]
    html = _page(client, f"/articles/{hit['id']}")
    assert '<del class="removed r-spam" data-reason="spam"' in html
    assert re.search(
        r'<mark class="quote q-person" title="John Stevenson \((quoted|reported)', html)
    assert '<sup class="speaker">John Stevenson</sup>' in html
    assert re.search(r'<span class="claim" title="\w+ claim: ', html)
    assert re.search(r'<span class="entity e-PERSON" title="PERSON: ', html)
    assert "spam_injection" in html and "evidence:" in html
    assert re.search(r'<a href="/people/\d+">John Stevenson</a>', html)


def test_a_search_page_lists_people_and_snippets(client: TestClient) -> None:
    html = _page(client, "/search?q=Marsh&speaker=&outlet=&since=&until=&flag=")
    assert re.search(r'<a href="/people/\d+">Helen Marsh</a>', html)
    assert '<p class="snippet">' in html and "<mark>Marsh</mark>" in html
    filtered = _page(client, "/search?q=Labour&speaker=Marsh&direct=true")
    assert "<b>Helen Marsh</b>" in filtered
    assert "not a date" in client.get("/search?since=tuesday").text


def test_unknown_pages_are_404_pages(client: TestClient) -> None:
    for url in ("/stories/999999", "/people/999999", "/articles/nope"):
        r = client.get(url)
        assert r.status_code == 404 and "<h1>Not found</h1>" in r.text


# -- untrusted text -------------------------------------------------------------

def _inert(html: str) -> None:
    """No payload survives as markup: every tag it holds is escaped."""
    for payload in PAYLOADS:
        assert payload not in html
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    assert "<iframe" not in html and "</textarea" not in html
    assert not re.search(r'href="\s*javascript:', html, re.IGNORECASE)
    assert "&lt;script&gt;" in html


def test_payloads_are_inert_on_every_page(evil_client: TestClient) -> None:
    [story] = evil_client.get("/api/stories").json()["items"]
    pages = ["/", "/people", "/people/1", f"/stories/{story['id']}", "/search?q=script",
             "/search?q=Lee&speaker=Ann&direct=true"]
    pages += ["/articles/" + a.id.replace('"', "%22").replace(">", "%3E").replace(
        "<", "%3C").replace(" ", "%20") for a in evil_articles()]
    for url in pages:
        _inert(_page(evil_client, url))


def test_article_urls_are_links_only_when_http(evil_client: TestClient) -> None:
    first = evil_articles()[0]
    html = _page(evil_client, f"/articles/{first.id}")
    assert "<code>javascript:window.__xss=1</code>" in html
    assert safe_url("https://example.com/a?b=1") == "https://example.com/a?b=1"
    for bad in ("javascript:alert(1)", " JaVaScRiPt:x", "data:text/html,x", "//evil.example",
                "http://exa mple.com", "vbscript:x", ""):
        assert safe_url(bad) is None


def test_the_evil_id_round_trips(evil_client: TestClient) -> None:
    r = evil_client.get("/api/articles/%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E")
    assert r.status_code == 200 and r.json()["id"] == EVIL_ID


def test_the_report_is_inert_too(evil_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "evil.db"
    copy.write_bytes(evil_db.read_bytes())
    with Store(copy) as store:
        _inert(render_report(store))


def test_markup_escapes_text_and_marks_only_hits() -> None:
    a = evil_articles()[0]
    html = str(article_html(a))
    _inert(html)
    assert html.count("<mark ") == 1 and html.count("<del ") == 1
    assert str(snippet_html("a <b> \ue000hit\ue001 & c")) == (
        "a &lt;b&gt; <mark>hit</mark> &amp; c")
