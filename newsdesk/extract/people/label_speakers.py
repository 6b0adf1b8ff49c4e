"""Who a transcript's speaker labels name: `Q` (the interviewer, when the
introduction names who asks), `A` (the one interviewed), initials (`OW`
for Oprah Winfrey, `MNíC` for Máire Ní Chonaill), a given name's initial
and a surname (`D REYES` after `DANIEL REYES, HOST:`), a name in capitals
given with its role the first time (`CARLA BENNING, NBN ANCHOR:`, then
`BENNING:`). `SpeakerResolver` reads labels through this mixin."""

from __future__ import annotations

import re
from functools import cached_property

from ...nlp import doc_text
from ..quotes.labels import initials_written_before
from ..quotes.statement import Statement
from .descriptions import DescriptionReader
from .display_names import clean_name
from .interview_parties import asked_before, asker_before
from .name_split import name_parts
from .names import ROLE_HEADS
from .speaker import UNKNOWN, Speaker
from .speaker_words import (
    ANSWER_LABEL,
    BRIEFER_LABELS,
    OFFICE_ABBREVIATIONS,
    SPEAKER_LABEL,
    UNNAMED_LABEL,
)

#: An interview's introduction naming who asked: "She spoke to Jonah Pereira",
#: "interviewed by Ann Cole", "Interview by Ann Cole" (but "We spoke to Sarah
#: Quinn" names who answered).
_INTERVIEWER = re.compile(
    r"(?:\b(?!(?:[Ww]e|I)\b)\w+ (?:spoke|speaks|talked|talks) (?:to|with)|\binterviewed by"
    r"|\b[Ii]nterview by|\bquestions from) ((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+)"
)
#: A transcript label giving a speaker's full name and role the first time
#: (`CARLA BENNING, NBN ANCHOR:`), for a later label of the name or surname.
_LABEL_WITH_ROLE = re.compile(r"(?m)^[\"“]?((?:[A-Z][A-Z'’.-]+ ){0,2}[A-Z][A-Z'’.-]+),[^:\n]+:")


class LabelSpeakers(DescriptionReader):
    """The speakers a transcript's labels name."""

    def _label(self, text: str) -> Speaker | None:
        """A transcript's speaker label before a colon: `Q` (the interviewer,
        not named), `A` (the one interviewed: the article's main person),
        initials (`OW` for Oprah Winfrey) or a name in capitals."""
        label = text.strip().rstrip(".")
        if not SPEAKER_LABEL.fullmatch(label):
            return None
        if UNNAMED_LABEL.fullmatch(label):
            # "UNIDENTIFIED FEMALE:": a voice the transcript does not name
            return Speaker(" ".join(label.lower().split()), "anonymous")
        if label in ("Q", "Question"):
            # (no one named asking: a reporter, as at a press conference)
            return self._interviewer or Speaker("a reporter", "anonymous")
        briefer = BRIEFER_LABELS.get(label.lower())
        if briefer is not None:
            return Speaker(briefer, "anonymous")  # `PMOS:`, the spokesman unnamed
        if label in ("A", "Answer"):
            asked = self._asked_before_the_questions
            if asked is not None:
                return asked
            main = self.people.salient("interviewee")
            asker = self._interviewer
            if main is None or (asker is not None and main.name == asker.name):
                return UNKNOWN  # the one who asks does not answer
            return self._of(main)
        if " " not in label and len(label) <= 4:
            # (a hyphened surname gives a letter for each part: ISB for Ingrid
            # Solheim-Bakke; particles may be written small: MNíC, Máire Ní Chonaill)
            capitals = "".join(c for c in label if c.isupper())
            fits = [p for p in self.people.persons if {label.upper(), capitals} & {
                "".join(w[0] for w in p.name.split()).upper(),
                "".join(w[0] for w in re.split(r"[\s-]+", p.name) if w).upper()}]
            if len(fits) == 1:
                return self._of(fits[0])
            article = doc_text(self.doc)
            initialled = None if fits or label.lower() in OFFICE_ABBREVIATIONS else (
                initials_written_before(article, len(article), [label]))
            if initialled is not None and not any(
                    w.lower() in ROLE_HEADS for w in initialled.split()):
                return Speaker(initialled, "person")  # a name the tagger missed
            if len(label) <= 3 and label.isupper() and not fits and (
                    label.lower() not in OFFICE_ABBREVIATIONS):
                # "FT: Is the worst over?": initials no one named has are the
                # outlet's, asking (not an office's: "..., says CM")
                return Speaker(label, "organisation")
            # else a short surname ("FELD:"), read as the longer ones are
        # `CARLA BENNING, NBN ANCHOR:` opened the transcript, `BENNING:` goes on:
        # a transcript's labels name its speakers, with their roles the first time
        full = self._labels_with_roles.get(label) or self._initial_and_surname(label)
        if full is not None:
            match = next((p for p in self.people.persons if p.name == full), None)
            return self._of(match) if match is not None else Speaker(full, "person")
        name = clean_name(label, person=True)[0]
        first, surname = name_parts(name)
        known = [p for p in self.people.persons if p.surname == surname
                 and (first is None or p.first in (None, first))]
        if len(known) == 1:
            return self._of(known[0])
        # "ALEXANDRIA DOUZIECH:" where the tagger missed the person the article
        # writes as "Alexandria Douziech": the name as the article writes it
        # (as written: "Rodrigo de la Rosa" for `RODRIGO DE LA ROSA`)
        written = next((m for m in re.finditer(r"\b" + re.escape(label) + r"\b",
                                               doc_text(self.doc), re.I)
                        if not m.group(0).isupper()), None) if " " in label else None
        if written is not None and written.group(0)[:1].isupper():
            return Speaker(written.group(0), "person")
        turns = re.findall(rf"(?m)^{re.escape(label)}:", doc_text(self.doc))
        if label.isupper() and len(turns) > 1:
            return Speaker(name, "person")  # `OSEI-MENSAH:` taking turns: a person's surname
        return None  # "WHITE HOUSE:" is no one

    def _initial_and_surname(self, label: str) -> str | None:
        """`D REYES:` after `DANIEL REYES, HOST:` and `MARISOL REYES:`: the one
        name of a person or a label whose given name opens with the initial."""
        words = label.split()
        if len(words) != 2 or len(words[0].rstrip(".")) != 1:
            return None
        names = {*self._labels_with_roles.values(), *(p.name for p in self.people.persons),
                 *self._full_name_labels}
        fits = {n for n in names if len(n.split()) >= 2 and n[0] == words[0][0]
                and n.split()[-1].lower() == words[1].lower()}
        return fits.pop() if len(fits) == 1 else None

    @cached_property
    def _full_name_labels(self) -> list[str]:
        """The names of labels of a given name and a surname (`MARISOL REYES:`),
        as names are written; read once per article."""
        return [clean_name(m, person=True)[0] for m in re.findall(
            r"(?m)^([A-Z][A-Z'’.-]+ [A-Z][A-Z'’.-]+):", doc_text(self.doc))]

    @cached_property
    def _labels_with_roles(self) -> dict[str, str]:
        """The names transcript labels give with a role (`CARLA BENNING, NBN
        ANCHOR:`), by the label written and by its last words; read once per article."""
        names: dict[str, str] = {}
        for m in _LABEL_WITH_ROLE.finditer(doc_text(self.doc)):
            words = m.group(1).split()
            name = clean_name(m.group(1), person=True)[0]
            for k in range(len(words)):  # "CARLA BENNING" and "BENNING"
                names.setdefault(" ".join(words[k:]), name)
        return names

    @cached_property
    def _interviewer(self) -> Speaker | None:
        """Who puts the questions, when the introduction names them ("She
        spoke to Jonah Pereira about ...", "interviewed by Ann Cole"); read
        once per article."""
        text = doc_text(self.doc)
        first_question = re.search(r"(?m)^(?:Q|Question):", text)
        found = _INTERVIEWER.search(text, 0, first_question.start() if first_question else 2000)
        if found is None and first_question is not None:
            # "Purdue News asked Subramanian's doctoral student ...": the
            # paragraph before the questions names who puts them
            found = asker_before(text, first_question.start())
            if found is not None and self.people.at(found.start(1), found.end(1)) is None:
                return Speaker(found.group(1), "organisation")
        if found is None:
            return None
        name = found.group(1)
        person = self.people.at(found.start(1), found.end(1))
        if person is not None and self.people.listable(person):
            return self._of(person)
        return Speaker(name, "person")

    @cached_property
    def _asked_before_the_questions(self) -> Speaker | None:
        """The one the paragraph before the first question says was asked
        ("Purdue News asked Subramanian's doctoral student ..., Mariana de
        Souza Lima, about the work."): the last person it names after its
        verb of asking; read once per article."""
        asked = asked_before(doc_text(self.doc))
        if asked is None:
            return None
        named = [p for at, p in self.people.mentions_before(asked[1])
                 if at >= asked[0] and self.people.listable(p)]
        return self._of(named[0]) if named else None

    def _answer_label(self, st: Statement) -> Speaker | None:
        """The person an answer's own label in capitals names (`NAME: ...`)."""
        text = doc_text(self.doc)
        m = ANSWER_LABEL.match(text, st.content[0][0])
        if m is None:
            return None
        found = self._label(m.group(1))
        return found if found is not None and found.type == "person" else None
