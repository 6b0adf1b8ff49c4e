"""Who puts an interview's questions and whom they are put to, as the
paragraph before the first `Q:` or `A:` names them: "Purdue News asked
Subramanian's doctoral student and first author on the paper, Mariana de
Souza Lima, about the work." `SpeakerResolver` (speakers.py) asks these.
"""

from __future__ import annotations

import re

#: Who asks, in an interview's introduction: "Purdue News asked ...".
_ASKER = re.compile(r"(?:^|(?<=\. ))((?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+) asked\b", re.M)
#: Words opening a sentence that name no asker ("We asked ...", "The Post asked ...").
_ASKING_PRONOUNS = frozenset("I We He She They It The This That".split())
#: Verbs an interview's introduction puts its questions with.
_ASKED = re.compile(r"\b(?:asked|interviewed)\b")


def _paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before character `at` (a line's start) begins."""
    return text.rfind("\n", 0, at - 1) + 1


def asker_before(text: str, first_question: int) -> re.Match[str] | None:
    """Who the paragraph before the first question (at `first_question`)
    says asked ("Purdue News asked ..."), its name in group 1; None for the
    writers ("We asked ...") or no one."""
    if first_question == 0:
        return None
    asker = _ASKER.search(text, _paragraph_before(text, first_question), first_question)
    if asker is None or asker.group(1).split()[0] in _ASKING_PRONOUNS:
        return None
    return asker


def asked_before(text: str) -> tuple[int, int] | None:
    """Where the one asked is named: from the end of the verb of asking in
    the paragraph before the first question or answer to that label's start."""
    first = re.search(r"(?m)^(?:Q|Question|A|Answer):", text)
    if first is None or first.start() == 0:
        return None
    verb = _ASKED.search(text, _paragraph_before(text, first.start()), first.start())
    return (verb.end(), first.start()) if verb is not None else None
