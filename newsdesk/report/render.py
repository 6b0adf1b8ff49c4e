"""The self-contained HTML report: the corpus at a glance, then each article
with its removed spans struck through and labelled, and its flags explained.

Article text is untrusted: Jinja2 autoescaping is on for every template and
nothing from an article is marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2

from ..article import Article, Removed
from ..corpus import queries
from ..corpus.timeline import read_entries
from ..corpus.update import update_corpus
from ..store import Store

#: What each removal reason means, shown in the report's legend.
REASONS = {
    "spam": "injected spam: unrelated to the article (other script or language, SEO bait)",
    "boilerplate": (
        "site furniture: player notices, widgets, adverts, teasers, share and subscribe "
        "lines, notices to the reader, contact lines, credits, leaked markup"
    ),
    "caption": "picture caption or its name line",
    "video_title": "title of an embedded video",
}


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
    """The text cut into plain, removed and quoted pieces, in order. Where
    spans nest or overlap, the outer (earlier, longer) one is shown."""
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


def speaker_label(quote: dict[str, Any]) -> str:
    """"Jeremy Corbyn", "One Labour MP (anonymous)", "unknown speaker"."""
    name = quote.get("speaker_name")
    kind = quote.get("speaker_type")
    if not name:
        return "unknown speaker"
    if kind in ("anonymous", "organisation"):
        return f"{name} ({kind})"
    return str(name)


def _excerpt(text: str, start: int, end: int, width: int = 160) -> str:
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(files("newsdesk.report").joinpath("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["excerpt"] = _excerpt
    env.globals["segments"] = segments
    env.globals["speaker_label"] = speaker_label
    env.globals["person_anchor"] = person_anchor
    return env


def person_anchor(name: str) -> str:
    """A stable HTML id for a person's section."""
    return "p-" + "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


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
    articles = list(store.iter_articles(limit=max_articles))
    timeline_of: dict[str, list[dict[str, Any]]] = {}
    for entry in read_entries(store.conn, [a.id for a in articles]):
        timeline_of.setdefault(entry["article"], []).append(entry)
    css = files("newsdesk.report").joinpath("report.css").read_text(encoding="utf-8")
    runs = store.runs()
    last = runs[-1] if runs else None
    context: dict[str, Any] = {
        "title": title,
        "css": css,
        "stats": store.stats(),
        "articles": articles,
        "timeline_of": timeline_of,
        "max_articles": max_articles,
        "reasons": REASONS,
        "run": last,
        "errors": store.errors(last.id) if last else [],
        "stories": queries.stories(store, limit=max_stories),
        "timeline": queries.timeline(store, limit=max_timeline),
        "people": [
            {
                "name": p["name"],
                "n_statements": p["statements"],
                "n_articles": p["n_articles"],
                "outlets": ", ".join(p["outlets"]),
                "roles": "; ".join(r["role"] for r in p["roles"]),
                "aliases": ", ".join(p["aliases"]),
                "statements": queries.person_statements(store, p["id"]),
            }
            for p in queries.people(store, limit=max_people)
            if p["statements"]
        ],
    }
    # a speaker links to a person's section only where the report has one
    # (people with statements, at most `max_people`)
    context["person_anchors"] = {person_anchor(p["name"]) for p in context["people"]}
    return _environment().get_template("report.html.j2").render(**context)


def write_report(store: Store, path: str | Path, **kwargs: Any) -> Path:
    out = Path(path)
    out.write_text(render_report(store, **kwargs), encoding="utf-8")
    return out
