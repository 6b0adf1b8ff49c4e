"""docs/NOTEBOOK.md runs as written, and docs/EXPORT.md lists the export types."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from newsdesk.export import types_markdown
from newsdesk.store import Store

from .factory import corbyn_article, resolve_people

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_notebook_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    with Store(tmp_path / "news.db") as store:
        store.add_articles([corbyn_article(1, "Post"), corbyn_article(2, "Herald")])
        resolve_people(store)
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"```python\n(.*?)```", (DOCS / "NOTEBOOK.md").read_text(), re.S)
    assert len(blocks) >= 6
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "NOTEBOOK.md", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "Jeremy Corbyn" in printed and "**nuclear** **power**" in printed
    assert (tmp_path / "claims.parquet").exists()
    assert os.getcwd() == str(tmp_path)


def test_the_export_doc_lists_the_types() -> None:
    assert types_markdown() in (DOCS / "EXPORT.md").read_text(), (
        "docs/EXPORT.md is out of date: paste newsdesk.export.types_markdown()")
