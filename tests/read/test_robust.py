"""Inputs that used to abort a whole run are each one named problem, and the
next input is still read (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.article import Article
from newsdesk.errors import InputError
from newsdesk.read import read_all, read_paths
from newsdesk.read.notes import InputWarning

ROOT = Path(__file__).resolve().parents[2]
GOOD = json.dumps({"text": "The next line is read."})


def _lines(tmp_path: Path, *lines: str, name: str = "in.jsonl") -> Path:
    f = tmp_path / name
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_a_lone_surrogate_in_metadata_keeps_the_record(tmp_path: Path) -> None:
    # the runner's intake escapes it (tests/test_bad_input.py); only the id and
    # the text, which offsets index, refuse a record
    f = _lines(tmp_path, '{"text": "Body.", "title": "\\ud83d"}', GOOD)
    first, good = list(read_paths([f]))
    assert isinstance(first, Article) and first.title == "\ud83d"
    assert isinstance(good, Article)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a\\ud800", "text": "Body."}', "lone surrogate"),
        ('{"text": "Body \\udfff here."}', "lone surrogate"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"text": "Body.", "n": ' + "9" * 5000 + "}", "4300"),
        ('{"id": true, "text": "Body."}', "must be a string or an integer, not a boolean"),
        ('{"id": 1.5, "text": "Body."}', "must be a string or an integer"),
        ('{"id": {"a": 1}, "text": "Body."}', "must be a string or an integer"),
    ],
)
def test_a_bad_jsonl_line_is_named_and_the_next_one_read(
    tmp_path: Path, line: str, reason: str
) -> None:
    f = _lines(tmp_path, line, GOOD)
    err, good = list(read_paths([f]))
    assert isinstance(err, InputError) and err.source == f"{f}:1" and reason in err.reason
    assert isinstance(good, Article) and good.source == f"{f}:2"
    str(err).encode("utf-8")  # the message itself can be printed


def test_an_integer_id_is_kept_as_text(tmp_path: Path) -> None:
    [a] = list(read_paths([_lines(tmp_path, '{"id": 42, "text": "Body."}')]))
    assert isinstance(a, Article) and a.id == "42"


def test_a_surrogate_in_a_field_newsdesk_does_not_use_is_harmless(tmp_path: Path) -> None:
    [a] = list(read_paths([_lines(tmp_path, '{"text": "Body.", "x\\ud800": "\\ud800"}')]))
    assert isinstance(a, Article)


def test_json_array_bad_elements(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text('[{"id": true, "text": "x"}, {"text": "bad \\ud800"}, {"text": "Fine."}, '
                 '{"n": ' + "1" * 5000 + "}]", encoding="utf-8")
    results = list(read_paths([f]))
    assert [type(r).__name__ for r in results] == [
        "InputError", "InputError", "Article", "InputError"
    ]
    assert "boolean" in results[0].reason and "surrogate" in results[1].reason  # type: ignore[union-attr]
    assert "4300" in results[3].reason  # type: ignore[union-attr]


def test_deep_json_file_is_named(tmp_path: Path) -> None:
    f = tmp_path / "deep.json"
    f.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    [err] = list(read_paths([f]))
    assert isinstance(err, InputError) and "nested too deeply" in err.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 directory")
def test_an_unreadable_subdirectory_is_an_error(tmp_path: Path) -> None:
    _unreadable_subdirectory(tmp_path)


def _unreadable_subdirectory(tmp_path: Path) -> list[object]:
    top = tmp_path / "top"
    (top / "locked").mkdir(parents=True)
    (top / "locked" / "a.txt").write_text("Hidden story.\n")
    (top / "z.txt").write_text("A readable story.\n")
    (top / "locked").chmod(0)
    try:
        results = list(read_paths([top]))
    finally:
        (top / "locked").chmod(0o755)
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.source for e in errors] == [str(top / "locked")]
    assert "cannot read this directory" in errors[0].reason
    assert [r.text for r in results if isinstance(r, Article)] == ["A readable story.\n"]
    return results


def test_an_unreadable_subdirectory_is_an_error_when_listing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root (CI) chmod 000 does not stop reading: make listing it fail as it would."""
    real = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    _unreadable_subdirectory(tmp_path)


def test_an_empty_subdirectory_is_a_warning_and_hidden_ones_are_quiet(tmp_path: Path) -> None:
    top = tmp_path / "top"
    (top / "empty").mkdir(parents=True)
    (top / ".cache").mkdir()
    (top / "a.txt").write_text("A story.\n")
    items = list(read_all([top]))
    warnings = [i for i in items if isinstance(i, InputWarning)]
    assert [w.source for w in warnings] == [str(top / "empty")]
    assert not [i for i in items if isinstance(i, InputError)]


STDIN_CODE = (
    "import sys; from newsdesk.read import read_paths\n"
    "for r in read_paths(['-']):\n"
    "    print(type(r).__name__, r.source, getattr(r, 'outlet', None) or getattr(r, 'reason', ''),"
    " sep='|')\n"
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"text": "One.", "media_name": "Paper"}\n{"text": "Two."}\n',
         ["Article|<stdin>:1|Paper", "Article|<stdin>:2|"]),
        (b'[{"text": "One.", "sitename": "Site"}]', ["Article|<stdin>[0]|Site"]),
        ("A headline\nSome text from a pipe, in UTF-8: caf\u00e9.\n".encode(),
         ["Article|<stdin>|"]),
        (b"", ["InputError|<stdin>|empty input: nothing on standard input"]),
    ],
)
def test_dash_reads_standard_input(data: bytes, expected: list[str]) -> None:
    out = subprocess.run(
        [sys.executable, "-c", STDIN_CODE], input=data, capture_output=True, cwd=ROOT,
        timeout=120, check=True,
    )
    assert out.stdout.decode().splitlines() == expected


def test_dash_reads_html_from_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    page = ("<html><head><title>Bridge reopens</title></head><body><article>"
            + "<p>The bridge reopened on Monday after two years of repairs, the mayor said.</p>" * 4
            + "</article></body></html>").encode()

    class FakeStdin:
        buffer = io.BytesIO(page)

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    [a] = list(read_paths(["-"]))
    assert isinstance(a, Article) and a.source == "<stdin>" and "bridge reopened" in a.text


def test_an_unreadable_top_directory_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = tmp_path / "top"
    top.mkdir()

    def scandir(path: str | os.PathLike[str]) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", scandir)
    [err] = list(read_paths([top]))
    assert isinstance(err, InputError) and err.source == str(top)
    assert err.reason == "cannot read this directory: Permission denied"
