from __future__ import annotations

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
    assert '<del class="removed r-spam" data-reason="spam"' in html
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
    for external in ('src="http', "href=\"http", "<link ", "@import"):
        assert external not in html
