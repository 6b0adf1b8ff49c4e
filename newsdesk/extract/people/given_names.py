"""What a given name says of a person's gender, from nomquamgender's table.

nomquamgender (MIT) gathers 700,000 given names from 36 sources worldwide,
each with how many sources and people bore it and the share of them who
were women. A pronoun speaker ("she said") is then never a man the article
only named ("Tom Brackley"). Only names most bearers share a gender with,
seen in several sources, count: "Jean", "Kim" or "Xi" say nothing.

The table is read straight from the package's data file: importing the
package loads pandas and its own classifier, which newsdesk does not use.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

#: A name must be in this many of the table's sources ...
MIN_SOURCES = 5
#: ... and borne by this many people, so that stray words ("rice", "top") do not count.
MIN_BEARERS = 100
#: The share of women (or of men) among its bearers for a name to tell a
#: gender (the package's own default).
CLEAR_SHARE = 0.9

# one entry of the table: "name": [sources, bearers, share of women, ...]
_ENTRY = re.compile(r'"([a-z][a-z\'-]*)": \[(\d+), (\d+), ([0-9.]+)')


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("nomquamgender")  # finds, does not import
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _shares() -> dict[str, float]:
    """Given name -> share of women among its bearers, for well-attested names."""
    path = _data_file()
    if path is None:
        return {}
    out: dict[str, float] = {}
    for m in _ENTRY.finditer(path.read_text(encoding="utf-8")):
        if int(m.group(2)) >= MIN_SOURCES and int(m.group(3)) >= MIN_BEARERS:
            out[m.group(1)] = float(m.group(4))
    return out


def _folded(word: str) -> str:
    """The table's spelling: lower case, accents off ("Tomás" -> "tomas")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def gender_of_given_name(name: str | None) -> str | None:
    """"f" or "m" when nearly everyone named `name` is a woman or a man, else None."""
    if not name or len(name) < 2:
        return None
    share = _shares().get(_folded(name))
    if share is None:
        # "Mary-Beth": a joined given name the table lacks is a woman's or a
        # man's when each of its parts is a name telling that gender (not
        # "Tri-Ace" of a builder's name: parts that short are rarely names)
        parts = name.split("-")
        if len(parts) != 2 or any(len(part) < 4 for part in parts):
            return None
        told = {gender_of_given_name(part) for part in parts}
        return told.pop() if len(told) == 1 else None
    if share >= CLEAR_SHARE:
        return "f"
    if share <= 1 - CLEAR_SHARE:
        return "m"
    return None


def known_given_name(name: str | None) -> bool:
    """Whether `name` is a well-attested given name, whatever its bearers'
    gender ("Pep", "Morgan")."""
    return name is not None and len(name) >= 2 and _folded(name) in _shares()
