"""Asides of trade papers and what entertainment desks' sources do rather
than say, on paragraphs written for these tests: "Per Universal, ..." opening
a sentence is an aside like "according to"; a phone call ("called me crying")
names nothing."""

from __future__ import annotations

from .conftest import said_by


def test_per_a_studio_opening_a_sentence() -> None:
    text = ("Weekend box office\nPer Universal this morning, the horror film is reaping an "
            "estimated $48.2 million from 3,911 theaters.\n")
    assert [sp for sp, _ in said_by(text)] == ["Universal"]


def test_a_phone_call_names_nothing() -> None:
    text = ("Singer opens up\nMy mom called me crying because a woman at her church told her "
            "I had shaved my head.\n")
    assert "me crying" not in [c for _, c in said_by(text)]
