from __future__ import annotations

import re

from newsdesk.article import Article, Flag, Removed, Span
from newsdesk.report import render_report, segments
from newsdesk.store import Store

EVIL = '<script>alert("x")</script>'


def _article() -> Article:
    text = f"Headline {EVIL}\nSpam {EVIL} line\nBody & more <b>text</b>."
    start = text.index("Spam")
    end = text.index("\n", start)
    return Article(
        text=text, source="a.txt", title=f"Headline {EVIL}", outlet=EVIL,
        removed=[Removed(start, end, "spam", EVIL)],
        flags=[Flag("spam_injection", 0.95, [Span(start, end)], f"because {EVIL}")],
    )


def test_segments_cover_the_text_in_order() -> None:
    a = _article()
    segs = segments(a)
    assert "".join(s.text for s in segs) == a.text
    assert [s.removed.reason for s in segs if s.removed] == ["spam"]


def test_removed_spans_are_struck_through_and_labelled(store: Store) -> None:
    store.add_articles([_article()])
    html = render_report(store)
    assert '<del class="removed r-spam" data-reason="spam" title="removed (spam): ' in html
    assert "spam_injection" in html and "0.95" in html


def test_article_text_is_escaped_everywhere(store: Store) -> None:
    store.add_articles([_article()])
    html = render_report(store)
    assert EVIL not in html
    assert "&lt;script&gt;alert(" in html
    assert "<b>text</b>" not in html


def test_the_report_is_self_contained(store: Store) -> None:
    store.add_articles([_article()])
    html = render_report(store)
    for external in ('src="http', "href=\"http", "<link ", "@import", "<script"):
        assert external not in html


def test_the_stylesheet_is_inlined_unescaped_under_a_pinned_policy(store: Store) -> None:
    store.add_articles([_article()])
    html = render_report(store)
    style = html[html.index("<style>") + 7 : html.index("</style>")]
    assert '"Segoe UI"' in style and "&#34;" not in style
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy and "default-src 'none'" in policy[1] and "style-src 'sha256-" in policy[1]
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy[1]


def test_contents_then_stories_and_people_before_articles(store: Store) -> None:
    store.add_articles([_quoted_article(), _article()])
    html = render_report(store)
    order = [html.index(f'id="{part}"') for part in ("contents", "stories", "people", "articles")]
    assert order == sorted(order)
    for part in ("stories", "people", "articles"):
        assert f'<a href="#{part}">' in html


def _quoted_article() -> Article:
    text = f"Headline\nThe mayor, Ann Lee, said: \"We will reopen the bridge {EVIL}.\"\nMore."
    start = text.index('"We')
    end = text.index('."') + 2
    quote = {
        "content": [[start, end]], "cue": [text.index("said"), text.index("said") + 4],
        "speaker": [text.index("Ann"), text.index("Ann") + 7], "speaker_name": "Ann Lee",
        "speaker_type": "person", "speaker_role": "mayor", "direct": True,
    }
    entity = {"start": text.index("Ann"), "end": text.index("Ann") + 7, "label": "PERSON",
              "name": "Ann Lee"}
    return Article(text=text, source="q.txt", outlet="Example Post", quotes=[quote],
                   entities=[entity])


def test_quotes_are_highlighted_with_their_speaker(store: Store) -> None:
    store.add_articles([_quoted_article()])
    html = render_report(store)
    assert '<mark class="quote q-person" title="Ann Lee (quoted, mayor)">' in html
    assert '<sup class="speaker">Ann Lee</sup>' in html
    assert EVIL not in html


def test_a_page_per_person_lists_their_statements_with_outlets(store: Store) -> None:
    store.add_articles([_quoted_article()])
    html = render_report(store)
    pid = store.conn.execute("SELECT id FROM persons WHERE name = 'Ann Lee'").fetchone()[0]
    assert f'id="p-{pid}"' in html
    section = html[html.index(f'id="p-{pid}"') :]
    assert "1 statement in 1 article · Example Post" in section
    assert "We will reopen the bridge" in section


def test_people_and_statements_views(store: Store) -> None:
    store.add_articles([_quoted_article()])
    [person] = store.people()
    assert (person["name"], person["n_statements"], person["outlets"]) == (
        "Ann Lee", 1, "Example Post"
    )
    assert person["roles"] == "mayor"
    [said] = store.statements_by("Ann Lee")
    assert said["content"].startswith('"We will reopen')


def test_a_speaker_links_only_to_a_person_section_that_exists(store: Store) -> None:
    article = _quoted_article()
    # a role the article never binds to a name: no person section for it
    article.quotes.append({**article.quotes[0], "speaker_name": "The Chancellor"})
    store.add_articles([article])
    html = render_report(store)
    for anchor in {a.split('"')[0] for a in html.split('href="#')[1:]}:
        assert f'id="{anchor}"' in html, f"link to a missing section #{anchor}"
    pid = store.conn.execute("SELECT id FROM persons WHERE name = 'Ann Lee'").fetchone()[0]
    assert f'href="#p-{pid}"' in html
