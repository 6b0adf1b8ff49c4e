"""Article text as HTML: removed spans struck through, statements, claims,
dates and entities highlighted, each explained in a title attribute.

Article text is untrusted. Every piece of it goes through `markupsafe.escape`
(`Markup.format` escapes its arguments); the only markup produced is the
fixed tags below.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from ..article import Article
from .dates import human_date

#: Outer first when two spans are the same: a removed line holds anything in it.
_RANK = {"removed": 0, "quote": 1, "claim": 2, "date": 3, "entity": 4}

#: Snippet markers: private-use characters no article uses, swapped for
#: <mark> after the snippet text is escaped.
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"


@dataclass(slots=True)
class _Node:
    kind: str
    start: int
    end: int
    open_tag: Markup
    close_tag: Markup
    after: Markup = field(default_factory=Markup)
    children: list[_Node] = field(default_factory=list)


def speaker_label(quote: dict[str, Any]) -> str:
    """"Jeremy Corbyn", "One Labour MP (anonymous)", "unknown speaker"."""
    name = quote.get("speaker_name")
    kind = quote.get("speaker_type")
    if not name:
        return "unknown speaker"
    if kind in ("anonymous", "organisation"):
        return f"{name} ({kind})"
    return str(name)


def claim_value(claim: dict[str, Any]) -> str:
    """A claim's value as text: `44.0 %`, `[2500, 5000] votes`, a poll's shares."""
    value = claim.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value if isinstance(value, str | int | float) else json.dumps(value)
    unit = claim.get("unit")
    qualifier = claim.get("qualifier")
    return " ".join(str(p) for p in (qualifier, text, unit) if p)


def _nodes(article: Article) -> list[_Node]:
    out: list[_Node] = []
    for r in article.removed:
        out.append(_Node(
            "removed", r.start, r.end,
            Markup('<del class="removed r-{}" data-reason="{}" title="removed ({}): {}">').format(
                r.reason, r.reason, r.reason, r.detail),
            Markup("</del>"),
        ))
    for q in article.quotes:
        label = speaker_label(q)
        how = "quoted" if q.get("direct") else "reported"
        role = f", {q['speaker_role']}" if q.get("speaker_role") else ""
        for i, (s, e) in enumerate(q.get("content") or []):
            last = i == len(q["content"]) - 1
            out.append(_Node(
                "quote", s, e,
                Markup('<mark class="quote q-{}" title="{} ({}{})">').format(
                    q.get("speaker_type") or "unknown", label, how, role),
                Markup("</mark>"),
                Markup('<sup class="speaker">{}</sup>').format(label) if last else Markup(""),
            ))
    for c in article.claims:
        who = f" — {c['speaker_name']}" if c.get("speaker_name") else ""
        subject = f" of {c['subject']}" if c.get("subject") else ""
        out.append(_Node(
            "claim", c["start"], c["end"],
            Markup('<span class="claim" title="{} claim: {}{}{}">').format(
                c.get("kind") or "number", claim_value(c), subject, who),
            Markup("</span>"),
        ))
    for d in article.dates:
        out.append(_Node(
            "date", d["start"], d["end"],
            Markup('<time class="date" title="{}: {}">').format(
                (d.get("type") or "DATE").lower(), human_date(d.get("value"), d.get("type"))),
            Markup("</time>"),
        ))
    for en in article.entities:
        out.append(_Node(
            "entity", en["start"], en["end"],
            Markup('<span class="entity e-{}" title="{}: {}">').format(
                en.get("label") or "X", en.get("label") or "entity", en.get("name") or ""),
            Markup("</span>"),
        ))
    n = len(article.text)
    return [x for x in out if 0 <= x.start < x.end <= n]


def _tree(article: Article) -> list[_Node]:
    """Spans nested: a span that crosses the end of the one it starts in is
    cut at that end (HTML elements cannot overlap)."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for node in sorted(_nodes(article), key=lambda x: (x.start, -x.end, _RANK[x.kind])):
        while stack and node.start >= stack[-1].end:
            stack.pop()
        if stack:
            node.end = min(node.end, stack[-1].end)
            if node.end <= node.start:
                continue
            stack[-1].children.append(node)
        else:
            roots.append(node)
        stack.append(node)
    return roots


def _render(text: str, start: int, end: int, nodes: list[_Node], out: list[str]) -> None:
    pos = start
    for node in nodes:
        out.append(escape(text[pos:node.start]))
        out.append(node.open_tag)
        _render(text, node.start, node.end, node.children, out)
        out.append(node.close_tag)
        out.append(node.after)
        pos = node.end
    out.append(escape(text[pos:end]))


def article_html(article: Article) -> Markup:
    """The whole text with its spans marked up (safe to put in a page)."""
    out: list[str] = []
    _render(article.text, 0, len(article.text), _tree(article), out)
    return Markup("".join(out))


def excerpt(text: str, start: int, end: int, width: int = 160) -> str:
    """`text[start:end]` on one line, cut to `width` characters."""
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def snippet_html(snippet: str) -> Markup:
    """A search snippet whose hits are wrapped in HIT_OPEN/HIT_CLOSE: the text
    escaped first, then the hits marked."""
    safe = str(escape(snippet.replace("\n", " ")))
    return Markup(safe.replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s) and can be a link; else None (shown as text).
    No `javascript:`, `data:` or scheme-relative hrefs from article metadata."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(
        c.isspace() or ord(c) < 32 for c in url
    ):
        return url
    return None
