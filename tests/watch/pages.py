"""Invented pages and feeds for the watch tests."""

from __future__ import annotations


def page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        "</article></body></html>"
    )


def rss(base: str, items: list[tuple[str, str]]) -> str:
    """An RSS 2.0 feed of (path, RFC 822 date) items."""
    entries = "".join(
        f"<item><title>Item {path}</title><link>{base}{path}</link><pubDate>{date}</pubDate></item>"
        for path, date in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title>'
        f"<link>{base}/</link>{entries}</channel></rss>"
    )
