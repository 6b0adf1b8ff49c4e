"""The web app and the report in headless Chromium (Debian's, driven by
Playwright): a journalist's path through the pages, screenshots at desktop
and phone width, and XSS payloads that stay text.

Screenshots go to $NEWSDESK_ARTIFACTS, else tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from newsdesk.report import write_report
from newsdesk.store import Store
from newsdesk.web import create_app
from tests.conftest import ROOT
from tests.web.conftest import evil_articles

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("NEWSDESK_ARTIFACTS", ROOT / "tests" / "artifacts"))
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

if not CHROMIUM.exists():
    pytest.skip(f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serving(db: Path) -> Iterator[str]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def base_url(corpus_db: Path) -> Iterator[str]:
    yield from _serving(corpus_db)


@pytest.fixture(scope="module")
def evil_url(evil_db: Path) -> Iterator[str]:
    yield from _serving(evil_db)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


def _shoot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=False)  # type: ignore[attr-defined]


def test_a_journalist_finds_a_speaker_and_their_quote(browser: object, base_url: str) -> None:
    for size, label in ((DESKTOP, "desktop"), (PHONE, "phone")):
        context = browser.new_context(viewport=size)  # type: ignore[attr-defined]
        page = context.new_page()
        page.goto(base_url + "/")
        stories = page.locator("#stories")
        assert stories.is_visible()
        assert page.locator("#stories + p.sorts + ul.cards > li").count() >= 5
        # no horizontal scrolling at phone width
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"] + 1, f"{label}: page is {width}px wide"
        _shoot(page, f"corpus-{label}.png")

        page.fill("header input[name=q]", "Stevenson")
        page.click("header button[type=submit]")
        page.wait_for_url(re.compile(r"/search\?q=Stevenson"))
        _shoot(page, f"search-{label}.png")
        page.get_by_role("link", name="John Stevenson").first.click()
        page.wait_for_url(re.compile(r"/people/\d+$"))
        assert page.locator("h1").inner_text() == "John Stevenson"
        _shoot(page, f"person-{label}.png")

        page.locator("li.statement .meta a").first.click()
        page.wait_for_url(re.compile(r"/articles/"))
        quote = page.locator('mark.quote[title^="John Stevenson"]').first
        quote.scroll_into_view_if_needed()
        assert quote.is_visible()
        speaker = page.locator("mark.quote + sup.speaker", has_text="John Stevenson").first
        assert speaker.is_visible()
        spam = page.locator(".text del.removed.r-spam").first
        assert spam.is_visible()
        decoration = spam.evaluate("e => getComputedStyle(e).textDecorationLine")
        assert "line-through" in decoration
        font = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "system-ui" in font, "the stylesheet applies"
        page.locator(".text").scroll_into_view_if_needed()
        _shoot(page, f"article-{label}.png")
        context.close()


def _assert_inert(page: object, dialogs: list[str], *, styles: int) -> None:
    assert dialogs == [], f"a dialog opened: {dialogs}"
    assert page.evaluate("typeof window.__xss") == "undefined"  # type: ignore[attr-defined]
    for selector in ("script", "img", "svg", "iframe", "textarea", 'a[href^="javascript" i]'):
        count = page.locator(selector).count()  # type: ignore[attr-defined]
        assert count == 0, f"{count} injected {selector}"
    assert page.locator("style").count() == styles  # type: ignore[attr-defined]
    assert "<script>window.__xss=1" in page.locator("body").inner_text()  # type: ignore[attr-defined]


def _watch(page: object) -> list[str]:
    dialogs: list[str] = []

    def on_dialog(d: object) -> None:
        dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)  # type: ignore[attr-defined]
    return dialogs


def test_payloads_are_inert_in_the_web_app(browser: object, evil_url: str) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs = _watch(page)
    urls = ["/", "/people/1", "/search?q=script", "/stories/1"]
    urls += ["/articles/" + a.id.replace('"', "%22").replace("<", "%3C").replace(
        ">", "%3E").replace(" ", "%20") for a in evil_articles()]
    for url in urls:
        page.goto(evil_url + url)
        page.wait_for_load_state("load")
        _assert_inert(page, dialogs, styles=0)
    _shoot(page, "xss-article.png")
    page.close()


def test_payloads_are_inert_in_the_report(browser: object, evil_db: Path,
                                          tmp_path: Path) -> None:
    db = tmp_path / "evil.db"
    shutil.copy(evil_db, db)
    with Store(db) as store:
        report = write_report(store, tmp_path / "report.html")
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs = _watch(page)
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    _assert_inert(page, dialogs, styles=1)
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "system-ui" in font, "the inlined stylesheet is allowed by the report's policy"
    page.close()
