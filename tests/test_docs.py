"""Docs that tests keep honest: every setting and command is documented."""

from __future__ import annotations

from pathlib import Path

from newsdesk.cli import cli
from newsdesk.config import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "SETTINGS.md").read_text()
    for s in SETTINGS:
        assert f"`{s.name}`" in doc, f"setting {s.name} missing from docs/SETTINGS.md"


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in cli.commands:
        assert f"newsdesk {name}" in readme, f"command {name} missing from README.md"


def test_readme_gives_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "scripts/setup && .venv/bin/newsdesk analyze examples/" in readme
    assert "scripts/setup --dev && .venv/bin/python -m pytest" in readme
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/setup --dev" in ci and "python -m pytest" in ci
