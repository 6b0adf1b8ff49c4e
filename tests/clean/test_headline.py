"""The headline of a plain-text article (text written for these tests)."""

from __future__ import annotations

from newsdesk.article import Article
from newsdesk.clean.headline import find_headline
from newsdesk.clean.lines import split_lines


def _title(text: str) -> str | None:
    return find_headline(Article(text=text), split_lines(text)).title


def test_the_first_line_is_the_headline() -> None:
    assert _title("Harbour deal signed\nThe council signed the deal.\n") == "Harbour deal signed"
    # a headline in Title Case may end with a full stop and run long
    long_title = ("Mayor Blasts Council for Mocking His Plan, Quotes Report to Urge Voters to "
                  "‘Turn Away’ from ‘Wasters’ and ‘Schemers’ Like Them.")
    assert _title(f"{long_title}\nThe mayor spoke on Monday.\n") == long_title


def test_wire_copy_opening_with_its_first_sentence_has_no_headline() -> None:
    text = (
        "Harbour Foods Inc. said it plans to cut the prices of its main brands, setting the "
        "stage for a price war as the slowing industry's growth continues to fall.\n"
        "The company has been reluctant to cut prices in the past.\n"
    )
    assert _title(text) is None
