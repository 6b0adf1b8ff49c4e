"""Wire briefs, on paragraphs written for these
tests: a headline's "X says ..." whose words have no verb of their own; a
body named, then described, then its relative clause speaking ("the Arakan
Army, an ethnic armed group, which posted")."""

from __future__ import annotations

from .conftest import said_by


def test_a_headline_says_what_has_no_verb_of_its_own() -> None:
    text = ("Chile says 9 miners killed in collapse at copper mine in north\n"
            "SANTIAGO, Chile (AP) — A tunnel collapse at a copper mine killed at least nine "
            "miners on Wednesday, officials said.\n")
    assert said_by(text)[0] == ("Chile", "9 miners killed in collapse at copper mine in north")


def test_what_a_body_set_off_by_a_description_posts() -> None:
    text = ("Cyclone\nMuch of the state is held by the Shan Defence Front, an ethnic armed "
            "group, which posted on Telegram that it had opened shelters.\n")
    assert said_by(text) == [("Shan Defence Front", "that it had opened shelters")]
