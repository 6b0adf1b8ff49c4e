"""The Jinja2 environment shared by the web pages and the static report, and
the two ways their pages link to each other (URLs, or anchors in one file).

Autoescaping is on for every template; the only Markup that reaches a page
is built by `markup.py` (escaping every piece of article text) or is our own
stylesheet.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from markupsafe import Markup

from .dates import human_date
from .markup import article_html, claim_value, excerpt, safe_url, snippet_html, speaker_label

#: What each removal reason means, shown in the legends.
REASONS = {
    "spam": "injected spam: unrelated to the article (other script or language, SEO bait)",
    "boilerplate": (
        "site furniture: player notices, widgets, adverts, teasers, share and subscribe "
        "lines, notices to the reader, contact lines, credits, leaked markup"
    ),
    "caption": "picture caption or its name line",
    "video_title": "title of an embedded video",
}


def stylesheet() -> Markup:
    """The one stylesheet, as trusted text (ours, never article text): safe
    to inline in the report's <style> without escaping its quotes."""
    return Markup(files("newsdesk.web").joinpath("static/newsdesk.css").read_text("utf-8"))


class WebLinks:
    """Links between the pages of the web app."""

    def story(self, story_id: int) -> str | None:
        return f"/stories/{int(story_id)}"

    def person(self, person_id: int | None) -> str | None:
        return None if person_id is None else f"/people/{int(person_id)}"

    def article(self, article_id: str) -> str | None:
        return "/articles/" + quote(str(article_id), safe="")

    def search(self, **params: Any) -> str | None:
        kept = {k: v for k, v in params.items() if v not in (None, "")}
        return "/search?" + urlencode(kept)


class AnchorLinks:
    """Links inside the one-file report: to the sections it holds, else none."""

    def __init__(self, stories: set[int], people: set[int], articles: set[str]) -> None:
        self.stories, self.people, self.articles = stories, people, articles

    def story(self, story_id: int) -> str | None:
        return f"#s-{story_id}" if story_id in self.stories else None

    def person(self, person_id: int | None) -> str | None:
        return f"#p-{person_id}" if person_id in self.people else None

    def article(self, article_id: str) -> str | None:
        return "#" + anchor("a", article_id) if article_id in self.articles else None

    def search(self, **params: Any) -> str | None:
        return None


def anchor(prefix: str, key: str) -> str:
    """A stable HTML id for an article's section (ids may hold any character)."""
    return f"{prefix}-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in str(key))


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([
            jinja2.FileSystemLoader(str(files("newsdesk.web").joinpath("templates"))),
            jinja2.FileSystemLoader(str(files("newsdesk.report").joinpath("templates"))),
        ]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        human_date=human_date, article_html=article_html, snippet_html=snippet_html,
        safe_url=safe_url, excerpt=excerpt, speaker_label=speaker_label,
        claim_value=claim_value, reasons=REASONS, anchor=anchor,
    )
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
