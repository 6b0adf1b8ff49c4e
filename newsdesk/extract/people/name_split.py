"""A person's name read into its given name and surname, as nameparser reads
it, with what news adds: Portuguese "Filho" after the surname, particles
before it, Spanish double surnames, initials for given names."""

from __future__ import annotations

from functools import lru_cache

from nameparser import HumanName

from .given_names import known_given_name
from .names import NAME_PARTICLES

#: Portuguese words for "junior" written after the surname ("José dos Santos Filho").
_SONS = frozenset(["filho", "neto", "júnior", "sobrinho"])


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str | None, str]:
    """(given name or None, surname), case-folded, as nameparser reads a
    person's name: "Donald J. Trump" -> ("donald", "trump"); "Erik van
    Sebille" and "van Sebille" share the surname "sebille"; "Abu Hatab" has
    no given name.

    >>> name_parts("Donald J. Trump"), name_parts("van Sebille")
    (('donald', 'trump'), (None, 'sebille'))
    """
    parsed = HumanName(name)
    last = (parsed.last or name).split()
    surname = last[-1].casefold() if last else name.casefold()
    words = name.split()
    if surname in _SONS and len(words) > 2:
        surname = words[-2].casefold()  # "dos Santos Filho": Santos, the son's surname too
    first = parsed.first.casefold() or None
    if first is not None and (first in NAME_PARTICLES or first == surname):
        first = None
    return first, surname


@lru_cache(maxsize=4096)
def first_of_two_surnames(name: str) -> str | None:
    """The first of two surnames, case-folded: the short form Spanish usage
    writes ("Beltrán" of "Ximena Beltrán Ocampo", "Quiñónez" of "Eraclio
    Quiñónez de la Torre"); None where the word before the surname is a
    given name ("Travis Lee Brannigan"), an initial, or absent.

    >>> first_of_two_surnames("Ximena Beltrán Ocampo"), first_of_two_surnames("Ann Lee")
    ('beltrán', None)
    """
    parsed = HumanName(name)
    middle: list[str] = str(parsed.middle).split()
    if not parsed.first or not middle:
        return None
    word = middle[-1]
    # (a given name too, unless written with a Spanish accent: "Beltrán")
    if len(word.rstrip(".")) <= 1 or not word[:1].isupper() or (
            known_given_name(word) and not set(word) & set("áéíóúñÁÉÍÓÚÑ")):
        return None
    return word.casefold()


def given_names_agree(a: str, b: str) -> bool:
    """The same given name, or an initial of it ("J." and "John"); "Ivana"
    and "Ivanka" are two people."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    return (len(a) == 1 or len(b) == 1) and a[:1] == b[:1]
