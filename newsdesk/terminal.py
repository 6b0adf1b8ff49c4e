"""Article text made safe for a terminal.

Article text, titles and outlets are untrusted: an escape sequence in them
(`ESC ] 0 ; title BEL` sets the window title, `ESC [ 2 J` clears the screen),
a carriage return that overwrites the line before it, or a bidi override that
shows the rest of a line backwards would act on the reader's terminal if
printed as it is. `safe_text` shows each such character as a visible escape
(`\\x1b`, `\\u202e`), so nothing is lost and nothing acts. Rich markup is a
separate matter: print the result as `rich.text.Text` or with `markup=False`.
"""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL, C1 controls, and the Unicode
#: bidirectional embeddings, overrides, isolates and marks (U+061C, U+200E,
#: U+200F, U+202A-U+202E, U+2066-U+2069).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SPACE = re.compile(r"[\n\t]+")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(s: str) -> str:
    """`s` with every control, escape and bidi character shown as a visible
    escape (ESC becomes the four characters `\\x1b`); newlines and tabs kept."""
    return _UNSAFE.sub(_visible, s)


def safe_line(s: str) -> str:
    """`safe_text` for one-line fields (a title, an outlet in a listing):
    newlines and tabs become one space, so a field cannot start a fake row."""
    return _SPACE.sub(" ", safe_text(s))


def json_safe(line: str) -> str:
    """A JSON text with the characters JSON leaves raw but a terminal acts on
    (DEL, C1 controls, bidi controls) written as `\\uXXXX` escapes: the
    same data when parsed, inert when shown. JSON already escapes C0."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
