"""Interviews written as questions and answers with no speaker labels: a
question in a paragraph of its own, the answer below it. Each question is the
interviewer's, each answer the interviewee's (resolved later to the article's
main person). Labelled layouts (`Q:`, `A:`, `NAME:`) are labels.py's."""

from __future__ import annotations

import re

from .statement import Statement

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I’m|I’ve|me|my|we|we're|we’re|our|us)\b")
_QUOTE_MARKS = "\"“”"
#: An interview needs at least this many questions, each answered.
MIN_QUESTIONS = 3
#: Paragraphs an answer may run to after its question.
MAX_ANSWER_PARAGRAPHS = 3


def _is_question(line: str) -> bool:
    """A question put to the one interviewed: a short paragraph ending in a
    question mark, or one that asks and addresses them (`you`); nobody's quote."""
    if any(m in line for m in _QUOTE_MARKS) or "?" not in line:
        return False
    ends_asking = line.rstrip().endswith("?") and len(line.split()) <= 40
    return ends_asking or (bool(_SECOND_PERSON.search(line)) and len(line.split()) <= 70)


#: Words by which a page says it is an interview: a `Q&A` kicker, the
#: editor's closing note.
_DECLARED_INTERVIEW = re.compile(
    r"\bQ ?& ?A\b|\binterview (?:has been|was|is) (?:edited|condensed|lightly edited)"
    r"|\b(?:edited|condensed) for (?:length|clarity|brevity)"
)


def interview_turns(
    text: str, paragraphs: list[tuple[int, int]], found: list[Statement]
) -> list[Statement]:
    """An interview written as questions and answers with no labels (a
    question to `you` in a paragraph of its own, the answer below): each
    question is the interviewer's, each answer the interviewee's (resolved
    later to the article's main person). Needs three answered questions, so a
    writer's rhetorical question is not read as an interview."""
    lines = [text[s:e] for s, e in paragraphs]
    questions = [i for i, line in enumerate(lines) if _is_question(line)]
    answered = [i for i in questions if i + 1 < len(lines) and i + 1 not in questions]
    if len(answered) < MIN_QUESTIONS:
        return []
    # an interview's questions mostly address someone and its answers mostly
    # speak in the first person; a live blog's FAQ or a writer's questions do not
    addressed = sum(bool(_SECOND_PERSON.search(lines[i])) for i in answered)
    personal = sum(bool(_FIRST_PERSON.search(lines[i + 1])) for i in answered)
    declared = _DECLARED_INTERVIEW.search(text) is not None
    if not declared and (2 * addressed < len(answered) or 2 * personal < len(answered)):
        return []
    covered = [(st.start, st.end) for st in found]

    def free(i: int) -> bool:
        s, e = paragraphs[i]
        inside = sum(max(0, min(e, b) - max(s, a)) for a, b in covered)
        return inside < 0.8 * (e - s)

    out: list[Statement] = []
    for k, q in enumerate(answered):
        if free(q):
            out.append(Statement([paragraphs[q]], None, None, False, q, via="question"))
        last = k + 1 == len(answered)
        first: Statement | None = None
        # (an answer found already, `A: ...`, begins the answer as well)
        begun = False
        for i in range(q + 1, min(q + 1 + MAX_ANSWER_PARAGRAPHS, len(lines))):
            if i in questions:
                break
            sandwiched = any(j > i for j in questions)
            if begun and not (_FIRST_PERSON.search(lines[i]) or (sandwiched and not last)):
                break  # the writer's own words after the last answer
            if len(lines[i].split()) < 8 and begun:
                continue  # a caption or a label between answers
            begun = True
            if free(i):
                st = Statement([paragraphs[i]], None, None, False, i, continues=first,
                               via="answer")
                out.append(st)
                first = first or st
    return out
