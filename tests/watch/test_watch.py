"""`watch` end to end over a folder and a local web site: each new file and
feed item is stored once across rounds; bad files, feeds and pages are
reported by name, retried when it may help, and the rest goes on.

spaCy is slow on a busy machine: the articles are few and short.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsdesk.store import Store
from newsdesk.watch import WatchEvent, WatchSettings, WatchSummary, watch
from newsdesk.watch import loop as loop_module

from .conftest import Route, Site
from .pages import page, rss

STORIES = {
    "a": ("Council approves new bridge", "The city council voted on Monday to build a bridge "
          "over the river.", "Mayor Ana Ruiz said the work would start in spring."),
    "b": ("Library opens late on Fridays", "The central library will stay open until ten on "
          "Fridays.", "Staff said the change follows requests from students."),
    "c": ("Bakery wins regional prize", "A family bakery in the old town won the regional "
          "bread prize.", "The owner said the recipe came from her grandmother."),
}


def run(store: Store, **kwargs: Any) -> tuple[WatchSummary, list[WatchEvent]]:
    events: list[WatchEvent] = []
    summary = watch(store, once=True, on_event=events.append, **kwargs)
    return summary, events


def kinds(events: list[WatchEvent], kind: str) -> list[WatchEvent]:
    return [e for e in events if e.kind == kind]


def write(path: Path, text: str, *, age: float = 100.0) -> Path:
    path.write_text(text, encoding="utf-8")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def story(key: str) -> str:
    return "\n".join(STORIES[key]) + "\n"


def test_folder_files_are_ingested_once_and_bad_files_named(
    tmp_path: Path, store: Store, fast: WatchSettings
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "a.txt", story("a"))
    write(inbox / "empty.txt", "")
    write(inbox / "notes.part", "half written")  # not a kind newsdesk reads: passed over
    settings = dataclasses.replace(fast, settle=30.0)

    first, events = run(store, folders=[inbox], settings=settings)
    assert first.added == 1 and store.count() == 1
    problems = kinds(events, "problem")
    assert [e.source for e in problems] == [str(inbox / "empty.txt")]
    assert "empty file" in problems[0].detail
    assert first.problems == problems

    # Round 2: nothing new is read again; a new file is, and one still being
    # written (modified just now, so not yet settled) waits.
    write(inbox / "b.txt", story("b"))
    growing = write(inbox / "c.txt", STORIES["c"][0] + "\n", age=0)
    second, events = run(store, folders=[inbox], settings=settings)
    assert second.added == 1 and second.skipped == 0 and store.count() == 2
    assert [e.source for e in kinds(events, "waiting")] == [str(growing)]
    assert kinds(events, "problem") == []  # the empty file is not reported twice

    # Round 3: it grew since: still waiting. Round 4: unchanged since round 3: read.
    growing.write_text(story("c"), encoding="utf-8")
    third, events = run(store, folders=[inbox], settings=settings)
    assert third.added == 0 and [e.source for e in kinds(events, "waiting")] == [str(growing)]
    fourth, events = run(store, folders=[inbox], settings=settings)
    assert fourth.added == 1 and store.count() == 3
    assert [e.source for e in kinds(events, "added")] == [str(growing)]

    # A missing folder is named; the others are still read.
    fifth, events = run(store, folders=[tmp_path / "gone", inbox], settings=settings)
    assert [(e.source, e.detail) for e in kinds(events, "problem")] == [
        (str(tmp_path / "gone"), "no such folder")
    ]
    assert fifth.added == 0 and store.count() == 3


def test_feed_items_are_ingested_once_with_url_date_and_outlet(
    site: Site, store: Store, fast: WatchSettings
) -> None:
    for key in ("a", "b", "c"):
        site.routes[f"/news/{key}.html"] = Route(page(*STORIES[key]))
    site.routes["/news/a-again.html"] = Route(page(*STORIES["a"]))  # same article, other URL
    site.routes["/robots.txt"] = Route(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    site.routes["/private/x.html"] = Route(page(*STORIES["c"]))
    feed = [("/news/a.html", "Tue, 01 Dec 2026 09:30:00 GMT"), ("/news/b.html", "")]
    site.routes["/feed.xml"] = Route(rss(site.base, feed), content_type="application/rss+xml")

    first, events = run(store, feeds=[site.url("/feed.xml")], settings=fast)
    assert first.added == 2 and first.problems == []
    a = store.conn.execute(
        "SELECT url, published, outlet, title FROM articles WHERE url = ?",
        (site.url("/news/a.html"),),
    ).fetchone()
    assert tuple(a) == (
        site.url("/news/a.html"), "2026-12-01", "127.0.0.1", "Council approves new bridge"
    )
    assert sorted(e.source for e in kinds(events, "added")) == [
        site.url("/news/a.html"), site.url("/news/b.html")
    ]

    # Round 2: the feed lists two more, one the same article under another
    # URL, and one that robots.txt forbids; old items are not fetched again.
    feed += [("/news/c.html", ""), ("/news/a-again.html", ""), ("/private/x.html", "")]
    site.routes["/feed.xml"] = Route(rss(site.base, feed), content_type="application/rss+xml")
    second, events = run(store, feeds=[site.url("/feed.xml")], settings=fast)
    assert (second.added, second.skipped) == (1, 1) and store.count() == 3
    refused = kinds(events, "problem")
    assert [e.source for e in refused] == [site.url("/private/x.html")]
    assert "robots.txt" in refused[0].detail
    assert site.hits("/private/x.html") == 0

    third, events = run(store, feeds=[site.url("/feed.xml")], settings=fast)
    assert third.added == 0 and kinds(events, "problem") == []
    for key in ("a", "b", "c", "a-again"):
        assert site.hits(f"/news/{key}.html") == 1, key
    assert site.hits("/feed.xml") == 3


def test_bad_feeds_are_reported_retried_and_the_rest_goes_on(
    site: Site, store: Store, fast: WatchSettings
) -> None:
    site.routes["/slow.xml"] = Route(rss(site.base, []), delay=1.0)
    site.routes["/garbage.xml"] = Route("<h1>Gateway error</h1> try later", content_type="text/xml")
    site.routes["/good.xml"] = Route(rss(site.base, [("/news/a.html", "")]))
    site.routes["/news/a.html"] = Route(page(*STORIES["a"]))
    feeds = [site.url("/slow.xml"), site.url("/garbage.xml"), site.url("/good.xml")]
    settings = dataclasses.replace(fast, timeout=0.3, retries=0)

    first, events = run(store, feeds=feeds, settings=settings)
    failed = {e.source: e.detail for e in kinds(events, "source_failed")}
    assert set(failed) == {site.url("/slow.xml"), site.url("/garbage.xml")}
    assert "timed out after 0.3 s" in failed[site.url("/slow.xml")]
    assert "not an RSS/Atom/JSON feed or a sitemap" in failed[site.url("/garbage.xml")]
    assert "failure 1 in a row; tried again next round" in failed[site.url("/garbage.xml")]
    assert first.added == 1 and len(first.problems) == 2 and first.exit_code == 1

    second, events = run(store, feeds=feeds, settings=settings)
    assert {e.source for e in kinds(events, "source_failed")} == set(failed)
    assert second.added == 0 and len(second.problems) == 2
    assert site.hits("/slow.xml") == 2 and site.hits("/garbage.xml") == 2
    rows = dict(store.conn.execute("SELECT url, failures FROM watch_sources").fetchall())
    assert rows == {
        site.url("/slow.xml"): 2, site.url("/garbage.xml"): 2, site.url("/good.xml"): 0
    }

    # Mended: read again, and the count of failures starts over.
    site.routes["/garbage.xml"] = Route(rss(site.base, []))
    third, events = run(store, feeds=feeds[1:], settings=settings)
    assert kinds(events, "source_failed") == [] and third.problems == []
    assert store.conn.execute(
        "SELECT failures FROM watch_sources WHERE url = ?", (site.url("/garbage.xml"),)
    ).fetchone()[0] == 0


def test_a_failing_source_backs_off_exponentially(
    site: Site, store: Store, fast: WatchSettings
) -> None:
    site.routes["/garbage.xml"] = Route("nope", content_type="text/plain")
    settings = dataclasses.replace(fast, interval=100.0)
    feeds = [site.url("/garbage.xml")]
    run(store, feeds=feeds, settings=settings)  # failure 1: tried next round
    _, events = run(store, feeds=feeds, settings=settings)  # failure 2: waits one interval
    assert "failure 2 in a row; tried again in 100 s" in kinds(events, "source_failed")[0].detail
    _, events = run(store, feeds=feeds, settings=settings)
    assert site.hits("/garbage.xml") == 2
    assert "next try in" in kinds(events, "waiting")[0].detail


def test_loopback_feed_refused_without_allow_private(
    site: Site, store: Store, fast: WatchSettings
) -> None:
    site.routes["/feed.xml"] = Route(rss(site.base, []))
    strict = dataclasses.replace(fast, allow_private=False)
    summary, events = run(store, feeds=[site.url("/feed.xml")], settings=strict)
    (failed,) = kinds(events, "source_failed")
    assert failed.source == site.url("/feed.xml")
    assert "127.0.0.1" in failed.detail and "loopback" in failed.detail
    assert "--allow-private" in failed.detail
    assert site.log == [] and summary.problems == [failed]


def test_a_web_page_given_as_source_is_resolved_to_its_feed(
    site: Site, store: Store, fast: WatchSettings
) -> None:
    site.routes["/"] = Route(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        "</head><body><p>Front page</p></body></html>"
    )
    site.routes["/rss.xml"] = Route(rss(site.base, []))
    run(store, feeds=[site.url("/")], settings=fast)
    run(store, feeds=[site.url("/")], settings=fast)
    assert site.hits("/") == 1 and site.hits("/rss.xml") == 2
    assert store.conn.execute("SELECT resolved FROM watch_sources").fetchone()[0] == site.url(
        "/rss.xml"
    )


def test_ctrl_c_ends_after_the_current_article_and_nothing_is_lost(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Store, fast: WatchSettings
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "a.txt", story("a"))
    write(inbox / "b.txt", story("b"))
    real = loop_module.analyze

    def interrupted_after_one(*args: Any, progress: Callable[[int, int], None], **kw: Any) -> Any:
        def hook(done: int, failed: int) -> None:
            if done == 1:
                signal.raise_signal(signal.SIGINT)  # as a person pressing Ctrl-C
            progress(done, failed)

        return real(*args, progress=hook, **kw)

    monkeypatch.setattr(loop_module, "analyze", interrupted_after_one)
    events: list[WatchEvent] = []
    summary = watch(store, folders=[inbox], settings=fast, once=True, on_event=events.append)
    assert summary.interrupted and store.count() == 1 and summary.added == 1
    assert kinds(events, "stopped")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back

    monkeypatch.setattr(loop_module, "analyze", real)
    again, _ = run(store, folders=[inbox], settings=fast)
    assert (again.added, again.skipped) == (1, 1) and store.count() == 2


def test_a_page_that_times_out_is_tried_again_next_round(
    site: Site, store: Store, fast: WatchSettings
) -> None:
    items = [("/news/slow.html", ""), ("/gone.html", ""), ("/doc.pdf", "")]
    site.routes["/feed.xml"] = Route(rss(site.base, items))
    site.routes["/news/slow.html"] = Route(page(*STORIES["a"]), delay=1.0)
    site.routes["/doc.pdf"] = Route(b"%PDF-1.4", content_type="application/pdf")
    settings = dataclasses.replace(fast, timeout=0.3, retries=0, item_tries=3)
    for n in (1, 2):
        _, events = run(store, feeds=[site.url("/feed.xml")], settings=settings)
        problems = {e.source: e.detail for e in kinds(events, "problem")}
        assert f"(try {n} of 3; tried again next round)" in problems[site.url("/news/slow.html")]
        if n == 1:
            assert "not an HTML page" in problems[site.url("/doc.pdf")]
    # The 404 and the PDF were final: asked for once. The timeout was not:
    # asked for each round, until it has had its tries.
    assert site.hits("/gone.html") == 1 and site.hits("/news/slow.html") == 2
    assert site.hits("/doc.pdf") == 1
    assert store.conn.execute(
        "SELECT detail FROM watch_seen WHERE key = ?", (site.url("/doc.pdf"),)
    ).fetchone()[0] == "not an HTML page (Content-Type: application/pdf)"
    _, events = run(store, feeds=[site.url("/feed.xml")], settings=settings)
    assert "(try 3 of 3: given up)" in kinds(events, "problem")[0].detail
    run(store, feeds=[site.url("/feed.xml")], settings=settings)
    assert site.hits("/news/slow.html") == 3
    assert store.conn.execute(
        "SELECT status, detail FROM watch_seen WHERE key = ?", (site.url("/gone.html"),)
    ).fetchone()[:] == ("failed", "HTTP status 404")


def test_a_sitemap_index_is_followed_to_its_news_sitemap(
    site: Site, store: Store, fast: WatchSettings
) -> None:
    site.routes["/sitemap_index.xml"] = Route(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{site.base}/news-sitemap.xml</loc></sitemap></sitemapindex>",
        content_type="application/xml",
    )
    site.routes["/news-sitemap.xml"] = Route(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{site.base}/news/b.html</loc><news:news><news:publication_date>"
        "2026-11-29T07:00:00Z</news:publication_date></news:news></url></urlset>",
        content_type="application/xml",
    )
    site.routes["/news/b.html"] = Route(page(*STORIES["b"]))
    summary, _ = run(store, feeds=[site.url("/sitemap_index.xml")], settings=fast)
    assert summary.added == 1 and summary.exit_code == 0
    row = store.conn.execute("SELECT url, published FROM articles").fetchone()
    assert tuple(row) == (site.url("/news/b.html"), "2026-11-29")


def test_without_once_rounds_repeat_every_interval_until_stopped(
    tmp_path: Path, store: Store, fast: WatchSettings
) -> None:
    stop = threading.Event()
    started: list[float] = []

    def on_event(event: WatchEvent) -> None:
        if event.kind == "round":
            started.append(time.monotonic())
            if len(started) == 3:
                stop.set()

    summary = watch(
        store, folders=[tmp_path], settings=dataclasses.replace(fast, interval=0.3),
        on_event=on_event, stop=stop,
    )
    assert summary.rounds == 3 and summary.interrupted and summary.exit_code == 0
    assert all(b - a >= 0.29 for a, b in itertools.pairwise(started))
