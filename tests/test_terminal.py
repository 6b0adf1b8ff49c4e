"""newsdesk.terminal: untrusted text made inert for a terminal."""

from __future__ import annotations

import json

from newsdesk.terminal import json_safe, safe_line, safe_text


def test_controls_escapes_and_bidi_are_made_visible() -> None:
    assert safe_text("a\x1b[31mb") == "a\\x1b[31mb"
    assert safe_text("\x1b]0;pwned\x07") == "\\x1b]0;pwned\\x07"
    assert safe_text("x\u202ey\u2066z") == "x\\u202ey\\u2066z"
    assert safe_text("c1 \x9b and del \x7f and cr \r") == "c1 \\x9b and del \\x7f and cr \\x0d"


def test_ordinary_text_is_untouched() -> None:
    s = "Clinton says [the plan] works [/]\n\tWładysław said “ok” — 100 £ ✓ 東京"
    assert safe_text(s) == s


def test_one_line_fields_cannot_start_a_row() -> None:
    assert safe_line("Title\nfake row\tx") == "Title fake row x"


def test_json_stays_the_same_data() -> None:
    data = {"t": "a\x1b[2J\u202e\x85 [/]"}
    line = json_safe(json.dumps(data, ensure_ascii=False))
    assert "\u202e" not in line and "\x85" not in line and "\x1b" not in line
    assert json.loads(line) == data
