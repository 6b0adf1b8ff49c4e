"""Sound bites in broadcast transcripts: recorded words with no quotation marks.

A radio or television script carried as text (VOA, PRI, CNN, ABC copy)
prints no quotation marks at all: the reporter introduces a speaker
(`James Allmen says he has no problem with ...`, `Virginia Welch delivered
this message to the board.`) and the next paragraph is that speaker's
recorded words. Such a paragraph is a statement by the speaker the last
sentence before it introduced:

- when that sentence holds a statement (`X says ...`), the paragraph goes on
  with it (same speaker, `continues` set);
- when it only names a person as its subject, the paragraph must speak in
  the first or second person (`I urge you ...`, `We're trying ...`) or
  falter as speech does (`um`, `uh`), since narration about someone
  (`Steve Hurst has that.` followed by the report) is the reporter's.

Only transcripts are read this way: a document with no double quotation
mark anywhere that shows itself spoken, by speech faltering (`um`, `uh`,
`r- the right`) or a reporter handing over (`Steve Hurst has that.`, `has
our story`). In print news and blogs an unquoted paragraph is the writer's,
even one that says "we".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .cues import cue_probability
from .marks import has_double_marks
from .statement import Statement

#: Words of someone speaking for themselves, or faltering as speech does.
_SPOKEN = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|we|we're|we've|we'll|our|us|my|me|you|your|um|uh)\b", re.I
)
#: Signs of a broadcast script: faltering speech, a reporter handing over.
_SPOKEN_TEXT = re.compile(
    r"\b(?:um|uh)\b"
    r"|\b[a-z]{1,3}- (?!and\b|or\b|to\b)[a-z]"
    r"|\b(?:has|have) (?:that|this|more|our story|the story)\.",
    re.I,
)
#: A sound bite is at most this many words; longer paragraphs are reports.
_MAX_WORDS = 90
#: Fewest paragraphs a transcript has.
_MIN_PARAGRAPHS = 3


def sound_bites(
    doc: Doc, text: str, paragraphs: list[tuple[int, int]], found: list[Statement]
) -> list[Statement]:
    """A statement for each unquoted paragraph of a transcript that the
    sentence before it introduces (see the module docstring)."""
    if len(paragraphs) < _MIN_PARAGRAPHS or has_double_marks(text):
        return []
    if not _SPOKEN_TEXT.search(text):
        return []  # no sign of a script read aloud
    out: list[Statement] = []
    for k in range(1, len(paragraphs)):
        bs, be = paragraphs[k]
        words = text[bs:be].split()
        if not words or len(words) > _MAX_WORDS:
            continue
        inside = [st for st in found if st.start < be and st.end > bs]
        if any(st.direct or not _own_voice(text, st) for st in inside):
            continue  # the paragraph reports what someone else said
        last = _last_sentence(doc, *paragraphs[k - 1])
        if last is None:
            continue
        # a statement of the speaker's own voice inside an earlier bite
        # ("I urge you to ...") introduces nothing
        said = [st for st in found
                if st.cue is not None and last.start_char <= st.cue[0] < last.end_char
                and not _own_voice(text, st) and _says(doc, st)]
        if said:
            before = said[-1]
            out.append(Statement([(bs, be)], None, before.speaker, True, k,
                                 continues=before, via="soundbite"))
            continue
        subject = next((t for t in last if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                        and t.ent_type_ == "PERSON"), None)
        if subject is None or not _SPOKEN.search(text[bs:be]):
            continue
        span = next((e for e in last.ents if e.label_ == "PERSON" and e.start <= subject.i < e.end),
                    None)
        if span is not None:
            out.append(Statement([(bs, be)], None, (span.start_char, span.end_char), True, k,
                                 via="soundbite"))
    return out


def _says(doc: Doc, st: Statement) -> bool:
    """A statement under a verb of saying (`says`, `responded, saying`), not
    any verb the classifier let through (`spoke to the board`)."""
    return st.cue_token is not None and cue_probability(doc[st.cue_token]) >= _SAYING


#: Cue probability of a verb that introduces a sound bite.
_SAYING = 0.6


def _own_voice(text: str, st: Statement) -> bool:
    """A statement whose speaker is the bite's own voice (`I urge you to`,
    `who decides what it teaches`): part of the recorded words, not a report."""
    if st.speaker is None:
        return True
    return text[st.speaker[0] : st.speaker[1]].lower() in _OWN_VOICE


#: Speakers that are the recorded voice itself or nobody.
_OWN_VOICE = frozenset("i we you who which that it they".split())


def _last_sentence(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # the sentence holding the paragraph's last word (paragraph breaks start
    # sentences, so it lies inside the paragraph)
    return doc[span.end - 1].sent
