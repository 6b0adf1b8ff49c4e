"""`Person`: one named person of an article, the record `mentions.People`
clusters mentions into (name, gender, aliases, roles, where it is written)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .name_split import first_of_two_surnames, name_parts


@dataclass
class Person:
    name: str
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: A courtesy title or rank stood before a mention ("Mr Okafor"), or an
    #: age after it ("Sutrisno, 52,"): the text marks the name a person's.
    titled: bool = False
    #: Every word of some mention was tagged a proper noun.
    proper: bool = False
    #: Mentions written after a preposition of place ("in Port Elmer").
    placed: int = 0
    #: A mention named a body or a thing of some kind ("consulting firm
    #: Harcourt Lyle", "the band Idle Moon"): no person, unless titled.
    kind_named: bool = False

    @property
    def surname(self) -> str:
        return name_parts(self.name)[1] if self.name else ""

    @property
    def first(self) -> str | None:
        return name_parts(self.name)[0] if self.name else None

    @property
    def first_surname(self) -> str | None:
        """The first of two surnames ("beltrán" of "Ximena Beltrán Ocampo"),
        by which Spanish usage writes the person short."""
        return first_of_two_surnames(self.name) if self.name else None
