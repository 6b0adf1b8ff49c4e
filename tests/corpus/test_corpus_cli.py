"""`newsdesk stories --jsonl`, `story`, `people --jsonl`, and adding articles
to a store that already has stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.cli import main

FERRY = (
    "Harbour council backs new ferry timetable\n"
    "The harbour council voted on Tuesday to back the new ferry timetable for Skerry "
    "Island after a long debate about fares and winter sailings.\n"
    '"This timetable keeps the island connected all year," said council leader Mara Quist.\n'
    "Ms Quist said the first winter sailings would start in November, and the ferry "
    "operator Skerry Lines said fares would rise by 4 per cent.\n"
    "Islanders had campaigned for two years for sailings on winter Sundays.\n"
)
FERRY_2 = (
    "Skerry Island ferry timetable approved after debate\n"
    "Councillors approved the Skerry Island ferry timetable on Tuesday, ending a long "
    "debate about winter sailings and fares on the route.\n"
    '"This timetable keeps the island connected all year," council leader Mara Quist said.\n'
    "Skerry Lines, the operator, said fares would go up by 4 per cent from November.\n"
)


def _jsonl(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_stories_and_people_as_jsonl_and_incremental_adding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "n.db")
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps({"text": FERRY, "outlet": "Harbour Times",
                                 "published": "2017-03-07"}) + "\n", encoding="utf-8")
    assert main(["analyze", str(first), "--db", db, "--quiet"]) == 0
    second = tmp_path / "b.jsonl"
    second.write_text(json.dumps({"text": FERRY_2, "outlet": "Coast Daily",
                                  "published": "2017-03-08"}) + "\n", encoding="utf-8")
    assert main(["analyze", str(second), "--db", db, "--quiet"]) == 0
    capsys.readouterr()

    assert main(["stories", "--db", db, "--jsonl"]) == 0
    stories = _jsonl(capsys)
    assert len(stories) == 1, "the second article joins the first one's story"
    story = stories[0]
    for key in ("id", "title", "storyline", "articles", "first_published", "last_published",
                "brief"):
        assert key in story
    assert len(story["articles"]) == 2  # type: ignore[arg-type]
    assert story["first_published"] == "2017-03-07"
    assert story["last_published"] == "2017-03-08"
    brief = story["brief"]
    assert isinstance(brief, list) and brief
    for item in brief:
        assert set(item) == {"sentence", "sources"}
        assert set(item["sources"]) <= set(story["articles"])  # type: ignore[arg-type]

    assert main(["people", "--db", db, "--jsonl"]) == 0
    people = {p["name"]: p for p in _jsonl(capsys)}
    quist = people["Mara Quist"]
    assert set(quist) >= {"name", "aliases", "roles", "articles", "statements"}
    assert len(quist["articles"]) == 2  # type: ignore[arg-type]
    assert quist["statements"] >= 2  # type: ignore[operator]

    assert main(["story", str(story["id"]), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Brief" in out and "Mara Quist" in out
    assert main(["story", "999", "--db", db]) == 2

    report = tmp_path / "r.html"
    assert main(["report", "--db", db, "-o", str(report)]) == 0
    html = report.read_text(encoding="utf-8")
    assert 'id="timeline"' in html and "Timeline across the corpus" in html
    assert '<details class="claims">' in html and '<details class="dates">' in html
    assert "read against Tue 7 Mar 2017 (metadata)" in html
    assert "dated event" in html  # per article, as well as across the corpus
