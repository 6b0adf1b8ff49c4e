"""The Speaker record: who a statement's speaker span was resolved to."""

from __future__ import annotations

from dataclasses import dataclass

from .person import Person


@dataclass
class Speaker:
    name: str | None
    type: str  # person | organisation | anonymous | unknown
    role: str | None = None
    person: Person | None = None
    plural: bool = False
    gender: str | None = None
    head: str | None = None  # an anonymous source's head noun, for "the source" later
    #: An unnamed group described by a plural noun ("the boy's relatives"): a
    #: later "they" stands for it only once it has spoken.
    group: bool = False


UNKNOWN = Speaker(None, "unknown")


def agreeing_first(candidates: list[Speaker], gender: str | None) -> list[Speaker]:
    """Candidates known to be of `gender` first, then all of them."""
    if gender is None:
        return candidates
    return [c for c in candidates if c.gender == gender] + candidates


def speaker_of(person: Person) -> Speaker:
    """A named person as a statement's speaker, with the first role they were given."""
    return Speaker(
        person.name, "person", person.roles[0] if person.roles else None, person,
        gender=person.gender,
    )
