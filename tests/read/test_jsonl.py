from __future__ import annotations

import json
from pathlib import Path

from newsdesk.article import Article
from newsdesk.config import Options
from newsdesk.errors import InputError, TooLargeError
from newsdesk.read.jsonl import read_jsonl
from newsdesk.read.notes import InputWarning


def _write(tmp_path: Path, lines: list[str]) -> Path:
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_objects_become_articles_with_their_metadata(tmp_path: Path) -> None:
    f = _write(tmp_path, [json.dumps({
        "id": "a1", "text": "Title\r\nBody line.", "url": "https://example.org/a",
        "title": "Title", "published": "2017-02-21T09:30:00Z", "outlet": "Example Post",
    })])
    [a] = list(read_jsonl(f, Options()))
    assert isinstance(a, Article)
    assert (a.id, a.url, a.outlet) == ("a1", "https://example.org/a", "Example Post")
    assert a.published == "2017-02-21"
    assert a.text == "Title\nBody line."  # newline normalisation only
    assert a.source == f"{f}:1"


def test_prose_dates_are_normalised(tmp_path: Path) -> None:
    f = _write(tmp_path, [json.dumps({"text": "Body.", "published": "21 February 2017"})])
    [a] = list(read_jsonl(f, Options()))
    assert isinstance(a, Article) and a.published == "2017-02-21"


def test_html_objects_are_extracted(tmp_path: Path) -> None:
    page = ("<html><head><title>Council votes</title></head><body><article>"
            + "<p>The council voted on Tuesday to keep the library open, its leader said.</p>" * 5
            + "</article></body></html>")
    f = _write(tmp_path, [json.dumps({"html": page, "published": "2020-01-02"})])
    [a] = list(read_jsonl(f, Options()))
    assert isinstance(a, Article)
    assert "library open" in a.text and a.published == "2020-01-02"


def test_bad_lines_are_reported_by_line_and_the_rest_read(tmp_path: Path) -> None:
    f = _write(tmp_path, [
        json.dumps({"text": "Good one."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Bad date.", "published": "someday"}),
        "",
        json.dumps({"text": "Good two."}),
    ])
    results = list(read_jsonl(f, Options()))
    good = [r for r in results if isinstance(r, Article)]
    bad = {r.source: r.reason for r in results if isinstance(r, InputError)}
    warned = [r for r in results if isinstance(r, InputWarning)]
    # A date no one can read loses the date, not the article: one warning for the file.
    assert [a.text for a in good] == ["Good one.", "Bad date.", "Good two."]
    assert good[1].published is None
    assert "not valid JSON" in bad[f"{f}:2"]
    assert "expected a JSON object" in bad[f"{f}:3"]
    assert "'text'" in bad[f"{f}:4"] and "'html'" in bad[f"{f}:4"]
    assert len(bad) == 3
    [w] = warned
    assert w.source == str(f) and "'published'" in w.message and f"{f}:5" in w.message


def test_an_overlong_line_is_refused_and_the_next_line_still_read(tmp_path: Path) -> None:
    f = _write(tmp_path, [json.dumps({"text": "x " * 5000}), json.dumps({"text": "Short."})])
    results = list(read_jsonl(f, Options(max_bytes=1000)))
    assert isinstance(results[0], TooLargeError)
    assert isinstance(results[1], Article) and results[1].text == "Short."


def test_an_empty_file_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "e.jsonl"
    f.write_text("\n\n")
    [err] = list(read_jsonl(f, Options()))
    assert isinstance(err, InputError) and "empty" in err.reason
