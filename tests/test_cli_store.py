"""The store from the command line as researchers and journalists use it: search
with filters that never fails on ordinary queries, exports that open in pandas,
and every read command on a store that cannot be written."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import newsdesk
from newsdesk.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-store") / "news.db"
    newsdesk.analyze([EXAMPLES], db=path)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), standalone_mode=False)
    code = result.return_value if isinstance(result.return_value, int) else result.exit_code
    return code, result.stdout, result.stderr


@pytest.mark.parametrize(
    "query", ["stop-and-frisk", "O'Neill", "U.S.", '"nuclear', "police AND pledge", "-", "'"]
)
def test_an_ordinary_query_never_fails(db: Path, query: str) -> None:
    code, out, err = run("search", query, "--db", str(db), "--jsonl")
    assert code == 0, err
    for row in map(json.loads, out.splitlines()):
        assert row["id"] and "snippet" in row


def test_search_finds_words_and_marks_them(db: Path) -> None:
    code, out, _ = run("search", "police", "--db", str(db), "--jsonl")
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and rows
    assert all("[" in r["snippet"] for r in rows)


def test_statements_of_one_speaker(db: Path) -> None:
    code, out, _ = run("export", "statements", "--db", str(db), "--format", "jsonl")
    named = [r for r in map(json.loads, out.splitlines()) if r.get("speaker_type") == "person"]
    assert code == 0 and named
    surname = named[0]["speaker_name"].split()[-1]
    code, out, _ = run("search", "--speaker", surname, "--db", str(db), "--jsonl")
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and rows
    assert all(r["kind"] == "statement" and surname in r["speaker"] for r in rows)


def test_exports_open_in_pandas_with_their_types(db: Path, tmp_path: Path) -> None:
    parquet, csv_file = tmp_path / "s.parquet", tmp_path / "s.csv"
    assert run("export", "statements", "--db", str(db), "--format", "parquet",
               "-o", str(parquet))[0] == 0
    assert run("export", "statements", "--db", str(db), "--format", "csv",
               "-o", str(csv_file))[0] == 0
    frame = pd.read_parquet(parquet)
    assert len(frame) == len(pd.read_csv(csv_file)) > 0
    assert frame["start"].dtype.kind == "i" and frame["end"].dtype.kind == "i"
    assert (frame["end"] > frame["start"]).all()
    code, out, _ = run("export", "claims", "--db", str(db), "--format", "csv")
    assert code == 0 and len(pd.read_csv(io.StringIO(out))) > 0


def test_every_read_command_works_on_a_read_only_store(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "ro.db"
    shutil.copy(db, copy)
    copy.chmod(0o444)
    # root may write whatever the mode bits say: let the store see what another user would
    monkeypatch.setattr("newsdesk.store.store._writable", lambda path: False)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    article = json.loads(run("export", "articles", "--db", str(copy))[1].splitlines()[0])["id"]
    for args in (["stories"], ["people"], ["search", "police"], ["show", article],
                 ["export", "people"], ["report", "-o", str(tmp_path / "r.html")]):
        code, _, err = run(*args, "--db", str(copy))
        assert code == 0, (args, err)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
