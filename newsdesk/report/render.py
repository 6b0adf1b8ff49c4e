"""The static report: one self-contained HTML file built from the web app's
templates and queries (newsdesk/web): a table of contents, stories, people,
the timeline, then every article with its removed spans struck through and
its flags explained.

Article text is untrusted: Jinja2 autoescaping is on for every template and
nothing from an article is marked safe. The file inlines the one stylesheet
and carries a Content-Security-Policy that allows that stylesheet and
nothing else (no script can run even if markup got in).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..article import Article, Removed
from ..corpus.update import update_corpus
from ..store import Store
from ..web.data import Data
from ..web.markup import speaker_label
from ..web.templating import REASONS, AnchorLinks, render, stylesheet

__all__ = ["REASONS", "Segment", "render_report", "segments", "speaker_label", "write_report"]


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    removed: Removed | None = None
    #: The statement whose content this piece is (outermost statements only).
    quote: dict[str, Any] | None = None


def _marks(article: Article) -> list[tuple[int, int, Removed | None, dict[str, Any] | None]]:
    marks: list[tuple[int, int, Removed | None, dict[str, Any] | None]] = [
        (r.start, r.end, r, None) for r in article.removed
    ]
    for q in article.quotes:
        for s, e in q["content"]:
            marks.append((s, e, None, q))
    return sorted(marks, key=lambda m: (m[0], -m[1]))


def segments(article: Article) -> list[Segment]:
    """The text cut into plain, removed and quoted pieces, in order (for the
    terminal's `show`). Where spans nest or overlap, the outer one is shown."""
    out: list[Segment] = []
    pos = 0
    for start, end, removed, quote in _marks(article):
        if start < pos:
            continue
        if start > pos:
            out.append(Segment(article.text[pos:start]))
        out.append(Segment(article.text[start:end], removed, quote))
        pos = end
    if pos < len(article.text):
        out.append(Segment(article.text[pos:]))
    return out


def render_report(
    store: Store,
    *,
    max_articles: int = 500,
    max_people: int = 200,
    max_stories: int = 200,
    max_timeline: int = 500,
    title: str = "newsdesk report",
) -> str:
    """The report as one HTML string (CSS inlined, no external resources).
    The corpus stages first take in any stored article they have not seen."""
    update_corpus(store)
    data = Data(store)
    stories = [
        st for st in (
            data.story(s["id"]) for s in data.stories(sort="newest", limit=max_stories).items
        ) if st is not None
    ]
    people = [
        p for p in (
            data.person(s["id"]) for s in data.people(limit=max_people).items if s["statements"]
        ) if p is not None
    ]
    articles = data.articles(limit=max_articles)
    links = AnchorLinks(
        {int(st["id"]) for st in stories}, {int(p["id"]) for p in people},
        {a.id for a, _ in articles},
    )
    css = stylesheet()
    digest = base64.b64encode(hashlib.sha256(str(css).encode("utf-8")).digest()).decode()
    run, errors = data.last_run()
    return render(
        "report.html.j2", title=title, css=css, style_hash=f"sha256-{digest}", links=links,
        overview=data.overview(), stories=stories, people=people, articles=articles,
        timeline=data.timeline(limit=max_timeline), max_articles=max_articles, run=run,
        errors=errors,
    )


def write_report(store: Store, path: str | Path, **kwargs: Any) -> Path:
    out = Path(path)
    out.write_text(render_report(store, **kwargs), encoding="utf-8")
    return out
