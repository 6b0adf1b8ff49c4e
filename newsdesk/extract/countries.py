"""Country and territory names, from the Unicode CLDR's English names as
Babel ships them: the small tagger reads "Burkina Faso", "Mali" or "Niger"
as people in news that names several, and a headline's kicker ("DR Congo:
...") as a speaker.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

#: Words written before a country's short name ("DR Congo", "the Gambia").
_LEADS = ("dr ", "the ")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Case-folded names of countries and territories ("congo - kinshasa"
    gives "congo" and "kinshasa" too); not the world's regions ("Africa")."""
    out: set[str] = set()
    for code, name in Locale("en").territories.items():
        if not code.isalpha():
            continue  # "002": a region of the world, not a country
        name = name.replace("’", "'").casefold()
        out.add(name)
        out.update(part.strip() for part in name.split(" - "))
    return frozenset(out)


def is_country(name: str) -> bool:
    """Whether `name` is a country's or a territory's English name.

    >>> is_country("Burkina Faso"), is_country("DR Congo"), is_country("Côte d’Ivoire")
    (True, True, True)
    >>> is_country("Ana Lima")
    False
    """
    key = " ".join(name.replace("’", "'").casefold().split())
    for lead in _LEADS:
        key = key.removeprefix(lead)
    return key in _names()


#: How a demonym of two words or more ends beside its country's name ("Sri
#: Lankan", "South African", "Sierra Leonean").
_DEMONYM_ENDS = ("n", "an", "ean", "ian", "i", "ese")


def is_country_demonym(name: str) -> bool:
    """Whether `name`, of two words or more, is the people of a country
    ("Sri Lankan", "South African"), which the tagger may take for a
    person's name ("Sri" an honorific to it).

    >>> is_country_demonym("Sri Lankan"), is_country_demonym("Sri Lanka")
    (True, False)
    """
    if " " not in name.strip():
        return False
    return any(name.endswith(end) and is_country(name[: -len(end)]) for end in _DEMONYM_ENDS)
