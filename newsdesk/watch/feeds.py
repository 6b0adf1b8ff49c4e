"""RSS, Atom and JSON feeds and XML sitemaps: the article links they list,
with each item's publication date when the feed gives one.

trafilatura decides what a document is (`is_potential_feed`, its sitemap
pattern and plausibility check), finds the feeds a web page links to
(`determine_feed`) and the sitemaps a robots.txt names
(`extract_robots_sitemaps`). The items are read here with lxml, because
trafilatura's own link lists drop the dates (and, through courlan, every
link to an IP address or `localhost`, which the tests serve from).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree  # type: ignore[import-untyped]
from trafilatura.feeds import FeedParameters, determine_feed, is_potential_feed
from trafilatura.sitemaps import (
    DETECT_SITEMAP_LINK,
    SITEMAP_FORMAT,
    extract_robots_sitemaps,
    is_plausible_sitemap,
)

__all__ = [
    "FeedItem",
    "NotAFeed",
    "Parsed",
    "extract_robots_sitemaps",
    "feed_links",
    "parse",
]


class NotAFeed(ValueError):
    """The document is neither a feed nor a sitemap (the message says what it looks like)."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    #: `YYYY-MM-DD` from the feed, or None.
    published: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one feed or sitemap lists: articles, and (sitemap indexes) more sitemaps."""

    kind: str  # "feed" or "sitemap"
    items: list[FeedItem]
    sitemaps: list[str]


# Parsing untrusted XML: no entities expanded, no network, no huge trees.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
_WS = re.compile(r"\s+")
_SITEMAP_ROOT = re.compile(r"<(?:\w+:)?(?:urlset|sitemapindex)\b")


def parse(text: str, url: str) -> Parsed:
    """The items of the feed or sitemap `text` fetched from `url`; NotAFeed otherwise."""
    body = text.lstrip("\ufeff \t\r\n")
    if body.startswith("{"):
        return Parsed("feed", _json_feed(body, url), [])
    if SITEMAP_FORMAT.match(body) and _SITEMAP_ROOT.search(body[:2000]):
        if not is_plausible_sitemap(url, body):
            raise NotAFeed(f"not a valid sitemap: {_start(body)}")
        return _sitemap(body, url)
    if is_potential_feed(body):
        return Parsed("feed", _xml_feed(body, url), [])
    raise NotAFeed(f"not an RSS/Atom/JSON feed or a sitemap: it starts {_start(body)}")


def feed_links(html: str, url: str) -> list[str]:
    """The feeds a web page links to (trafilatura's discovery)."""
    parts = urlsplit(url)
    params = FeedParameters(f"{parts.scheme}://{parts.netloc}", parts.hostname or "", url)
    return list(determine_feed(html, params))


def _start(body: str) -> str:
    return repr(_WS.sub(" ", body[:60])) if body.strip() else "empty"


def _tree(body: str) -> Any:
    try:
        root = etree.fromstring(body.encode("utf-8"), _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise NotAFeed(f"broken XML: {exc}") from exc
    if root is None:
        raise NotAFeed(f"broken XML: it starts {_start(body)}")
    return root


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    try:
        return str(etree.QName(tag).localname).lower()
    except ValueError:
        return ""  # a name the recovering parser kept that XML allows none of ("rss:")


def _children(node: Any, *names: str) -> list[Any]:
    return [c for c in node if _local(c.tag) in names]


def _text(node: Any, *names: str) -> str | None:
    for child in _children(node, *names):
        value = "".join(child.itertext()).strip()
        if value:
            return _WS.sub(" ", value)
    return None


def _xml_feed(body: str, url: str) -> list[FeedItem]:
    root = _tree(body)
    if _local(root.tag) not in ("rss", "feed", "rdf"):
        raise NotAFeed(f"XML whose root is <{_local(root.tag)}>, not <rss> or <feed>")
    items: list[FeedItem] = []
    for node in root.iter():
        name = _local(node.tag)
        if name == "item":  # RSS 0.9x/1.0/2.0
            link = _text(node, "link")
            guid = next(iter(_children(node, "guid")), None)
            if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
                link = _text(node, "guid")
            date = _text(node, "pubdate", "date", "published", "updated")
        elif name == "entry":  # Atom
            link = _atom_link(node)
            date = _text(node, "published", "updated", "issued", "modified")
        else:
            continue
        _add(items, url, link, date, _text(node, "title"))
    return items


def _atom_link(entry: Any) -> str | None:
    links = _children(entry, "link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link.get("href"))
    return None


def _json_feed(body: str, url: str) -> list[FeedItem]:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise NotAFeed(f"broken JSON: {exc}") from exc
    entries = data.get("items") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise NotAFeed("JSON without an 'items' list: not a JSON Feed")
    items: list[FeedItem] = []
    for entry in entries:
        if isinstance(entry, dict):
            link = entry.get("url") or entry.get("external_url")
            date = entry.get("date_published")
            title = entry.get("title")
            _add(
                items,
                url,
                link if isinstance(link, str) else None,
                date if isinstance(date, str) else None,
                title if isinstance(title, str) else None,
            )
    return items


def _sitemap(body: str, url: str) -> Parsed:
    root = _tree(body)
    items: list[FeedItem] = []
    nested: list[str] = []
    for node in root:
        name = _local(node.tag)
        loc = _text(node, "loc")
        if name == "sitemap" and loc:
            nested.append(urljoin(url, loc))
        elif name == "url":
            news = next(iter(_children(node, "news")), None)
            date = _text(news, "publication_date") if news is not None else None
            title = _text(news, "title") if news is not None else None
            if loc and DETECT_SITEMAP_LINK.search(loc):
                nested.append(urljoin(url, loc))
            else:
                _add(items, url, loc, date, title)
    return Parsed("sitemap", items, nested)


def _add(
    items: list[FeedItem], base: str, link: str | None, date: str | None, title: str | None
) -> None:
    if not link:
        return
    absolute = urljoin(base, link.strip())
    if urlsplit(absolute).scheme not in ("http", "https"):
        return
    items.append(FeedItem(absolute.split("#", 1)[0], _iso(date), title))


def _iso(value: str | None) -> str | None:
    """`YYYY-MM-DD` for an RFC 822 (RSS) or ISO 8601 (Atom, sitemaps) date."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
