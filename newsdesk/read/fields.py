"""Records (a JSON object, a CSV row) to articles: which input field feeds
which newsdesk field.

The names are those that common tools write, looked up in their sources
(docs/INPUT.md cites them): Media Cloud (`publish_date`, `media_name`,
`stories_id`, `story_text`), trafilatura (`date`, `sitename`, its JSON
output's `source` and `source-hostname`, `hostname`, `author`, `raw_text`)
and news-please (`date_publish`, `maintext`, `source_domain`, `authors`).
`Options.fields` pairs are looked up before all of them. The first candidate
holding a usable value wins; a value that cannot be used (a date no one can
read) is counted for the file's warning and the next candidate is tried.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..article import Article
from ..config import Options
from ..errors import ConfigError, InputError
from .html import html_article
from .meta import iso_date
from .notes import Tally
from .text import text_article

#: newsdesk field -> input field names, most specific first.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "id": ("id", "stories_id"),
    "url": ("url", "source"),
    "title": ("title", "title_page", "title_rss"),
    "published": ("published", "publish_date", "date_publish", "date"),
    "outlet": ("outlet", "media_name", "sitename", "source-hostname", "source_domain", "hostname"),
    "author": ("author", "authors"),
    "text": ("text", "maintext", "story_text", "raw_text"),
    "html": ("html",),
}

#: newsdesk's field names, for `--field NAME=FIELD`.
FIELD_NAMES = tuple(CANDIDATES)

#: Fields these tools write that newsdesk has no place for: named in a warning,
#: so that nobody thinks them read.
KNOWN_UNUSED = frozenset({
    # Media Cloud
    "media_id", "media_url", "collect_date", "guid", "language", "tags", "story_tags",
    "ap_syndicated", "indexed_date", "publish_day", "processed_stories_id", "metadata",
    # trafilatura
    "description", "excerpt", "categories", "fingerprint", "license", "comments", "image",
    "pagetype", "filedate",
    # news-please
    "date_download", "date_modify", "filename", "image_url", "localpath",
})

#: What tools write for a missing date (news-please's str(None), pandas' NaT).
_NO_DATE = frozenset({"none", "null", "nat", "nan", "n/a"})

#: Field names are shown at most this long, and at most this many are counted.
_SHOWN = 60
#: Longer than any date written out ("Wednesday, 21 February 2017, 09:30 GMT"):
#: longer text is not handed to dateparser, which is slow on long strings.
_LONGEST_DATE = 100
_MAX_UNKNOWN = 1000

_SURROGATE = re.compile("[\ud800-\udfff]")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def check_fields(pairs: tuple[tuple[str, str], ...]) -> None:
    """Raise ConfigError for a mapping to a field newsdesk does not have."""
    for name, source in pairs:
        if name not in CANDIDATES:
            raise ConfigError(
                f"--field {name}={source}: newsdesk has no field {name!r} "
                f"(it has {', '.join(FIELD_NAMES)})"
            )
        if not source:
            raise ConfigError(f"--field {name}=: the input field name is empty")


def _lookup(options: Options) -> dict[str, tuple[str, ...]]:
    mapped: dict[str, list[str]] = {}
    for name, source in options.fields:
        mapped.setdefault(name, []).append(source)
    return {k: (*mapped.get(k, ()), *v) for k, v in CANDIDATES.items()}


class RecordReader:
    """Turns the records of one file into articles, tallying unused fields."""

    def __init__(self, source: str, options: Options, encoding: str = "utf-8") -> None:
        self.tally = Tally(source)
        self.encoding = encoding
        self.lookup = _lookup(options)
        self._all_names = {n for names in self.lookup.values() for n in names}

    def article(self, where: str, obj: Mapping[str, Any]) -> Article:
        """The article in `obj`, or InputError naming `where` and the reason."""
        self.tally.records += 1
        used: set[str] = set()
        meta: dict[str, str | None] = {}
        for name in ("id", "url", "title", "published", "outlet", "author"):
            meta[name] = self._value(where, obj, name, used)
        text = self._value(where, obj, "text", used)
        html = None if text else self._value(where, obj, "html", used)
        self._count_rest(obj, used)
        if text:
            return text_article(where, text, encoding=self.encoding, **meta)
        if html:
            author = meta.pop("author")
            article = html_article(where, html, **meta)
            article.author = author or article.author
            return article
        tried = ", ".join(repr(n) for n in self.lookup["text"] + self.lookup["html"])
        raise InputError(where, f"no article: the record needs a non-empty text ({tried})")

    def _value(self, where: str, obj: Mapping[str, Any], name: str, used: set[str]) -> str | None:
        for key in self.lookup[name]:
            if key not in obj:
                continue
            raw = obj[key]
            if _empty(raw):
                continue
            value, why = _convert(name, key, raw)
            # In the id or the text a lone surrogate cannot be stored or indexed:
            # the record is refused. Metadata keeps the record (intake escapes it).
            if value is not None and name in ("id", "text", "html") and _SURROGATE.search(value):
                at = _SURROGATE.search(value)
                assert at is not None
                raise InputError(
                    where,
                    f"field {key!r} holds a lone surrogate (U+{ord(at.group()):04X} at "
                    f"character {at.start()}): not valid Unicode, so the record is refused",
                )
            if why is not None:
                if name == "id":
                    raise InputError(where, f"field {key!r}: {why}")
                self.tally.bad_value(key, why, where)
                used.add(key)
                continue
            if value is None:
                continue  # e.g. a date written as "None"
            used.add(key)
            return value
        return None

    def _count_rest(self, obj: Mapping[str, Any], used: set[str]) -> None:
        for key in obj:
            if key in used:
                continue
            if _empty(obj[key]):
                continue
            shown = key if key.isprintable() else repr(key)  # no control bytes in messages
            shown = shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…"
            if key in self._all_names or key in KNOWN_UNUSED:
                self.tally.unused[shown] += 1
            elif shown in self.tally.unknown or len(self.tally.unknown) < _MAX_UNKNOWN:
                self.tally.unknown[shown] += 1
            else:
                self.tally.unknown["(other names)"] += 1


def _convert(name: str, key: str, raw: object) -> tuple[str | None, str | None]:
    """(value, None) when `raw` can feed `name`, else (None, why not)."""
    if name == "id":
        # bool is a subclass of int: `true` is no id.
        if isinstance(raw, bool) or not isinstance(raw, str | int):
            return None, f"an id must be a string or an integer, not {_json_type(raw)}"
        return str(raw), None
    if name == "author" and isinstance(raw, list):
        if all(isinstance(a, str) for a in raw):
            return "; ".join(a.strip() for a in raw if a.strip()) or None, None
        return None, "expected a list of names"
    if not isinstance(raw, str):
        return None, f"expected a string, got {_json_type(raw)}"
    if name == "published":
        if raw.strip().lower() in _NO_DATE:
            return None, None
        if len(raw) > _LONGEST_DATE:
            return None, f"{len(raw):,} characters is too long for a date"
        try:
            return iso_date(raw), None
        except ValueError as exc:
            return None, str(exc)
    if name == "url" and key == "source" and not _URL.match(raw):
        return None, "not a URL"
    return raw, None


def _empty(value: object) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def _json_type(value: object) -> str:
    return {
        bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object",
    }.get(type(value), type(value).__name__)
