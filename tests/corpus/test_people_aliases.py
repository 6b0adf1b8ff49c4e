"""Aliases are names or roles, and roles are offices or relations, in the people list."""

from __future__ import annotations

import pytest

from newsdesk.corpus.queries import _is_alias, _is_role


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("Mr Corbyn", True),
        ("JEREMY Corbyn", True),
        ("The Labour leader", True),
        ("Erik van Sebille", True),
        ("last Friday Tristram Hunt", False),
        ("frisking them", False),
        ("this", False),
        ("he", False),
        ("Jess Phillips, an outspoken critic", False),
    ],
)
def test_an_alias_is_a_name_or_a_role(text: str, alias: bool) -> None:
    assert _is_alias(text) is alias


@pytest.mark.parametrize(
    ("role", "is_role"),
    [
        ("Labour leader", True),
        ("Conservative MP for Carlisle", True),
        ("grandson of the late mayor", True),
        ("Labour's", False),
        ("44", False),
        ("gracious welcome billionaire", False),
    ],
)
def test_a_role_names_an_office_or_relation(role: str, is_role: bool) -> None:
    assert _is_role(role) is is_role
