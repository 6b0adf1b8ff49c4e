"""`newsdesk watch` on the command line: one round over a folder stores each
file once; no source is a usage error."""

from __future__ import annotations

import os
import time
from pathlib import Path

from newsdesk.cli import main
from newsdesk.store import Store

TEXT = (
    "Harbour council approves the new ferry timetable\n\n"
    'The council voted on Tuesday to add two evening ferries. "It is a good day for the '
    'island," said the council leader, Mara Quinn. The new timetable starts in May.\n'
)


def test_one_round_stores_each_new_file_once(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    article = inbox / "ferry.txt"
    article.write_text(TEXT, encoding="utf-8")
    old = time.time() - 60  # written a minute ago: complete
    os.utime(article, (old, old))
    db = str(tmp_path / "news.db")
    args = ["watch", "--db", db, "--folder", str(inbox), "--once"]
    assert main(args) == 0
    assert main(args) == 0
    with Store(db) as store:
        assert store.count() == 1


def test_no_folder_and_no_feed_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["watch", "--db", str(tmp_path / "news.db"), "--once"]) == 2
    assert not (tmp_path / "news.db").exists()
