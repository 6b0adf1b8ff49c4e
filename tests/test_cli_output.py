"""The click CLI as scripts and terminals meet it: help for every command,
--jsonl and --csv that parse back, article text that never acts on the
terminal, a closed pipe, a missing input or store, and --field."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli, main
from newsdesk.cli.run import _nothing_to_read

ROOT = Path(__file__).resolve().parents[1]
ESCAPES = ("\x1b[31m", "\x1b]0;pwned\x07", "\u202e", "\x9b")
TITLE = "Clinton says [the plan] works [/] \x1b[31mred\x1b]0;pwned\x07"
OUTLET = "Bracket [/] Gazette\x1b[2J"
TEXT = (
    f"{TITLE}\n"
    "Senator Jane Roe said on Monday that the harbour plan would be paid for by the "
    "regional council and that work on the new sea wall would start in the spring.\n"
    '"The [bold]plan[/bold] works [/] and it will keep the town dry," Ms Roe told '
    "reporters at the harbour.\n"
    "Ms Roe said \x1b[31mthe\x1b[0m council had \u202eagreed to pay 4 million pounds "
    "toward the wall, and engineers said the work would take two years.\n"
)
PLAIN = (
    "Ferry fares to rise on island route\n"
    "The ferry operator Skerry Lines said on Tuesday that fares on the island route "
    "would rise by 4 per cent from November, after a long debate with councillors.\n"
    '"We have held fares for three years," said operator chief Tom Reed.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store for the module (spaCy is slow): a hostile article and a plain one."""
    d = tmp_path_factory.mktemp("cli")
    feed = d / "feed.jsonl"
    rows = [
        {"text": TEXT, "title": TITLE, "outlet": OUTLET, "published": "2017-03-07"},
        {"text": PLAIN, "outlet": "Coast Daily", "published": "2017-03-08"},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    path = d / "n.db"
    assert main(["analyze", str(feed), "--db", str(path), "--quiet"]) == 0
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False,
                                standalone_mode=False)
    code = result.return_value if isinstance(result.return_value, int) else result.exit_code
    return code, result.stdout, result.stderr


def _hostile_id(db: Path) -> str:
    code, out, _ = run("search", "Clinton", "--db", str(db), "--jsonl")
    assert code == 0
    (hit,) = [json.loads(line) for line in out.splitlines()]
    return str(hit["id"])


# -- help ---------------------------------------------------------------------

@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_a_description(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert out.startswith(f"Usage: newsdesk {command}")
    description = out.split("\n\n")[1].strip()
    assert len(description) > 20, out
    for option in cli.commands[command].params:
        if isinstance(option, __import__("click").Option) and option.name != "help":
            assert option.help, f"{command} {option.opts} has no help"


def test_group_help_names_exit_codes_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "Exit codes: 0" in out and "2 the command could not run" in out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("newsdesk ")


def test_settings_feed_option_help() -> None:
    from newsdesk.config import SETTINGS

    _, out, _ = run("analyze", "--help")
    flat = " ".join(out.split())
    for name in ("max_bytes", "batch_size", "workers"):
        help_ = next(s.help for s in SETTINGS if s.name == name)
        assert help_ in flat, name


def test_usage_errors_exit_2_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show"]) == 2
    assert main(["stories", "--limit", "zero"]) == 2
    assert main(["no-such-command"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Missing argument" in err and "No such command" in err


# -- scriptable output ----------------------------------------------------------

def test_jsonl_and_csv_parse_back(db: Path) -> None:
    for cmd in (["search", "harbour"], ["stories"], ["people"], ["people", "Jane Roe"]):
        code, out, _ = run(*cmd, "--db", str(db), "--jsonl")
        assert code == 0, cmd
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows, cmd
        code, out, _ = run(*cmd, "--db", str(db), "--csv")
        assert code == 0, cmd
        table = list(csv.DictReader(io.StringIO(out)))
        assert table and table[0], cmd
        if cmd[0] != "people" or len(cmd) == 1:  # NAME --csv lists statements, not people
            assert len(table) == len(rows), cmd
            assert [r["id"] for r in table] == [str(r["id"]) for r in rows], cmd


def test_jsonl_keeps_the_data_exact_and_csv_has_a_header(db: Path) -> None:
    _, out, _ = run("search", "Clinton", "--db", str(db), "--jsonl")
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert hit["title"] == TITLE and hit["outlet"] == OUTLET
    assert "\x1b" not in out and "\u202e" not in out  # escaped as \u001b, \u202e
    _, out, _ = run("search", "Clinton", "--db", str(db), "--csv")
    assert out.splitlines()[0] == "id,published,outlet,title,snippet"
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["title"] == TITLE and row["published"] == "2017-03-07"


def test_story_csv_lists_who_said_what(db: Path) -> None:
    _, out, _ = run("stories", "--db", str(db), "--jsonl")
    story = next(json.loads(x) for x in out.splitlines() if "Clinton" in x)
    code, out, _ = run("story", str(story["id"]), "--db", str(db), "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert any(r["speaker"] == "Jane Roe" for r in rows), rows


# -- terminal safety ------------------------------------------------------------

def _assert_inert(out: str) -> None:
    for raw in ("\x1b", "\x07", "\u202e", "\x9b"):
        assert raw not in out, repr(raw)
    assert "\\x1b[31m" in out  # shown, not acted on


@pytest.mark.parametrize("command", ["show", "search", "stories", "people", "story"])
def test_article_text_is_shown_as_text(db: Path, command: str) -> None:
    args = {
        "show": ["show", _hostile_id(db)],
        "search": ["search", "Clinton"],
        "stories": ["stories"],
        "people": ["people", "Jane Roe"],
        "story": ["story", "1"],
    }[command]
    if command == "story":
        _, out, _ = run("stories", "--db", str(db), "--jsonl")
        args = ["story", str(next(json.loads(x)["id"] for x in out.splitlines()
                                  if "Clinton" in x))]
    code, out, err = run(*args, "--db", str(db))
    assert code == 0, err
    _assert_inert(out)
    if command in ("show", "search", "stories", "story"):
        assert "Clinton says [the plan] works [/]" in out  # brackets kept, no markup crash
    if command in ("show", "search"):
        assert "Bracket [/] Gazette\\x1b[2J" in out
    if command == "show":
        assert "\\x1b]0;pwned\\x07" in out
        assert "The [bold]plan[/bold] works [/]" in out


def test_show_in_colour_keeps_escapes_out(db: Path) -> None:
    """With colour on, the only escape sequences are Rich's own styles."""
    result = CliRunner().invoke(cli, ["show", _hostile_id(db), "--db", str(db)],
                                env={"FORCE_COLOR": "1", "TERM": "xterm-256color"},
                                standalone_mode=False)
    out = result.stdout
    assert "\x07" not in out and "\u202e" not in out and "\x1b]" not in out
    assert "Clinton says [the plan] works [/]" in out


# -- closed pipe ------------------------------------------------------------------

@pytest.mark.parametrize("args", [["stories", "--jsonl"], ["search", "harbour"]])
def test_a_closed_pipe_ends_quietly(db: Path, args: list[str]) -> None:
    """`newsdesk stories --jsonl | head -0`: the reader is gone before we write."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdesk.cli", *args, "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # no reader: the first write fails with EPIPE
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert err == b""


def test_a_shell_pipe_to_head_exits_0(db: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = (f"set -o pipefail; {sys.executable} -m newsdesk.cli stories --jsonl "
           f"--db '{db}' | head -c 1")
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, cwd=ROOT, env=env,
                          timeout=120)
    assert proc.returncode == 0 and proc.stderr == b"", proc.stderr


# -- missing inputs and stores ------------------------------------------------------

def test_a_missing_input_creates_no_store(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "x.db"
    missing = tmp_path / "missing.txt"
    assert main(["analyze", str(missing), "--db", str(store)]) == 2
    assert str(missing) in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    assert main(["extract", str(missing)]) == 2


def test_inputs_that_yield_nothing_leave_no_store(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    store = tmp_path / "x.db"
    assert main(["analyze", str(tmp_path / "empty.txt"), "--db", str(store)]) == 1
    err = capsys.readouterr().err
    assert "empty file" in err and "no store written" in err
    assert not store.exists() and not Path(f"{store}-wal").exists()


@pytest.mark.parametrize("command", [["search", "x"], ["show", "abcd"], ["stories"],
                                     ["story", "1"], ["people"], ["report"]])
def test_read_commands_never_create_a_store(tmp_path: Path, command: list[str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "none.db"
    assert main([*command, "--db", str(store)]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not store.exists()


def test_standard_input_counts_as_something_to_read(tmp_path: Path) -> None:
    assert _nothing_to_read(["-"]) is None
    assert _nothing_to_read([str(tmp_path / "missing"), "-"]) is None
    assert _nothing_to_read([str(tmp_path / "missing")]) is not None


# -- --field ------------------------------------------------------------------------

def test_field_is_validated_and_passed_through(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "x.jsonl", "--field", "colour=hue"]) == 2
    err = capsys.readouterr().err
    assert "'colour' is not an article field" in err and "published" in err
    assert main(["extract", "x.jsonl", "--field", "published"]) == 2
    assert "NAME=FIELD" in capsys.readouterr().err

    seen = []

    def fake_extract(paths: object, options: object) -> list[object]:
        seen.append((paths, options))
        return []

    monkeypatch.setattr("newsdesk.cli.run.extract", fake_extract)
    feed = tmp_path / "f.jsonl"
    feed.write_text("{}\n", encoding="utf-8")
    assert main(["extract", str(feed), "-", "--field", "published=my_date",
                 "--field", "outlet = source"]) == 0
    ((paths, options),) = seen
    assert paths == (str(feed), "-")
    assert options.fields == (("published", "my_date"), ("outlet", "source"))  # type: ignore[attr-defined]


def test_csv_on_a_terminal_shows_controls_as_escapes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdesk.cli.output import write_csv

    rows = [{"title": "a\x1b[2Jb", "outlets": ["X\u202e", "Y"]}]
    write_csv(rows, ["title", "outlets"])
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == [
        {"title": "a\x1b[2Jb", "outlets": "X\u202e; Y"}]  # redirected: exact
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    write_csv(rows, ["title", "outlets"])
    assert capsys.readouterr().out == "title,outlets\na\\x1b[2Jb,X\\u202e; Y\n"


def test_an_interrupt_exits_130_with_a_word_on_resuming(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("newsdesk.cli.look.search", interrupted)
    assert main(["search", "harbour", "--db", str(db)]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "Traceback" not in err


def test_a_query_sqlite_cannot_run_is_a_clear_error(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["search", "\x1b[31m AND", "--db", str(db)])
    err = capsys.readouterr().err
    if code == 0:  # the search may learn to fall back to a phrase: then it must not fail
        return
    assert code == 2 and err.startswith("error: ") and "\x1b" not in err
