"""What the words around a description say of whom it stands for: who the
sentence before was about, who was named last outside quotation marks, whose
kin or office it is, who spoke last in its paragraph. `DescriptionContext`
is the part of `SpeakerResolver` (speakers.py) that `DescriptionReader`
(descriptions.py) asks these of.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...nlp import doc_text
from .display_names import clean_name
from .given_names import gender_of_given_name
from .person import Person
from .roles import QUALIFIERS, genders_said, other_office, role_key
from .speaker import Speaker
from .speaker_words import PUNDITS
from .unnamed_sources import UnnamedSources

#: Kin who share a family's surname as news writes it, by the gender the noun says.
BLOOD_KIN = {"son": "m", "daughter": "f", "father": "m", "mother": "f", "brother": "m",
             "sister": "f", "grandson": "m", "granddaughter": "f", "grandfather": "m",
             "grandmother": "f"}
#: People quoted for their views by trade: "the analyst", "the economist" is
#: the one of them who just spoke in the paragraph.
_PUNDITS = PUNDITS | {"researcher", "academic"}


class DescriptionContext(UnnamedSources):
    """The article around a description, as `DescriptionReader` reads it."""

    def _written_before(self, person: Person, words: set[str]) -> bool:
        """Whether `words` stand just before a mention of the person
        ("Jal Shakti Minister | Ramesh Chandra Kaushik")."""
        text = doc_text(self.doc)
        return any(words <= set(re.split(r"[\n.,;:\"“”]", text[max(0, s - 60) : s])[-1]
                                .casefold().split()) for s, _ in person.mentions)

    def _named_before(self, char: int, skip: str | None = None) -> Speaker | None:
        """The person whose name the article wrote last before `char` (not `skip`),
        outside quotation marks: "Jamie gets the ball," Bramwell said ... The
        51-year-old' is Bramwell, not the Jamie he spoke of."""
        return next((self._of(p) for at, p in self.people.mentions_before(char)
                     if self.people.listable(p) and p.name != skip
                     and not any(s < at < e for s, e in self._double_quotes)), None)

    def _topic_before(self, sp: Span) -> Speaker | None:
        """A description opening a sentence ("The 29-year-old, who won ...,
        took to Instagram") goes on about the person the sentence before was
        about, its subject ("Tasha Monroe has hit back at presenter Jodie
        Kerrigan"), not whoever it named last. The person named last outside
        quotation marks otherwise."""
        return self._subject_before(sp) or self._named_before(sp.start_char)

    def _subject_before(self, sp: Span) -> Speaker | None:
        """The person the sentence before a description opening a sentence
        (or closing its quote: '"...," the 33-year-old said') has as its
        subject, by name."""
        sent = sp[0].sent
        # (a closing quotation mark, spaced from the description: not the
        # opening one of '"The solicitor looked at it ..."')
        closing = self.doc[sp.start - 1] if sp.start > sent.start else None
        closes = closing is not None and closing.is_quote and bool(closing.whitespace_)
        after_quote = closes and self.doc[sent.start].is_quote
        quoted = self._quote_sentences_before(sent) if sp.start == sent.start else []
        if quoted and sp.root.head.lemma_.lower() in ("add", "continue"):
            # ('"...," he said. "..."' then "The 46-year-old added": whoever
            # was read as saying that paragraph's quote goes on; not "The
            # 24-year-old said", after a coach's quote about him)
            para = doc_text(self.doc).rfind("\n", 0, quoted[-1].start_char) + 1
            spoke = [speaker for start, _, speaker in self.history
                     if para <= start < sent.start_char and speaker.type == "person"]
            if spoke:
                return spoke[-1]
        if not quoted and closes and not self.doc[sent.start].is_quote:
            # '"I have seen them. They always ...," the councillor said': the
            # parser cut the quote, the description's sentence opening inside it
            quoted = self._quote_opened_before(sent)
        if quoted:
            # '"We have released ... Where will we bring water from?" the
            # Congress leader asked': the sentence before the quote's
            sent, after_quote = quoted[-1], True
        if (sp.start == sent.start or after_quote) and sent.start > 0:
            before = self.doc[sent.start - 1].sent
            subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass")
                         and t.head.dep_ == "ROOT"), None)
            if subj is not None and subj.pos_ == "PROPN":
                return self._person_named_by(subj)
        return None

    def _subject_of_own_sentence(self, sp: Span) -> Speaker | None:
        """"X is expecting her first baby with fiancé Y - and the 31-year-old
        says ...": the person the sentence's main clause has as its subject,
        before the description in the same sentence, not whoever it named last."""
        sent = sp[0].sent
        subj = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                     and t.i < sp.start and t.pos_ == "PROPN"), None)
        if subj is None or sp.start == sent.start:
            return None
        return self._person_named_by(subj)

    def _person_named_by(self, subj: Token) -> Speaker | None:
        """The listable person whose mention is a subject's words, if any."""
        words = list(subj.subtree)
        person = self.people.at(words[0].idx, words[-1].idx + len(words[-1].text))
        return self._of(person) if person is not None and self.people.listable(person) else None

    def _quote_sentences_before(self, sent: Span) -> list[Span]:
        """The sentences of a quote a sentence closes, as the parser cut it
        ('"A. B?" | the leader asked'), the last first; none unless the
        sentence before ends on a quotation mark."""
        found: list[Span] = []
        k = sent.start
        while k > 0 and len(found) < 5:
            before = self.doc[k - 1].sent
            words = [t for t in before if not t.is_space]
            if not words or (not found and not words[-1].is_quote):
                return []
            found.append(before)
            if words[0].is_quote:
                return found
            k = before.start
        return []

    def _quote_opened_before(self, sent: Span) -> list[Span]:
        """The sentence that opens the quote a sentence goes on ('"A. | B,"
        the councillor said'), if the sentences between close no quote."""
        k = sent.start
        while k > 0 and sent.start - k < 200:
            before = self.doc[k - 1].sent
            words = [t for t in before if not t.is_space]
            if not words or words[-1].is_quote:
                return []
            if words[0].is_quote:
                return [before]
            k = before.start
        return []

    def _named(self, span: Span, role: str | None) -> Speaker:
        known = self.people.by_surname(span[-1].text)
        if known is not None and clean_name(span.text, person=True)[0].endswith(known.name):
            return Speaker(known.name, "person", role, known, gender=known.gender)
        name, gender = clean_name(span.text, person=True)
        # "His wife, Camilla,": the role or the given name says who she is not
        said = genders_said(role) if role else set()
        gender = gender or (next(iter(said)) if len(said) == 1 else None) or (
            gender_of_given_name(name.split()[0]) if name else None)
        return Speaker(name, "person", role, gender=gender)

    def _family_name(self, kin: Token) -> str | None:
        """The surname a child, parent or sibling shares with the person whose
        kin they are ("Elian's father, Juan Miguel", "his daughter, Rosa"),
        when the article named that person in full."""
        if kin.lower_ not in BLOOD_KIN or kin.lower_ == "mother":
            return None  # a mother may keep her own surname
        person = self._owner(kin)
        if person is None or not self.people.listable(person):
            return None
        if len(person.name.split()) < 2 and not person.titled:
            return None  # "President Bush": a surname by its title
        return person.name.split()[-1]

    def _owner(self, kin: Token) -> Person | None:
        """The person whose kin this is: "Elian's", "his" read back."""
        owner = next((c for c in kin.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.pos_ == "PRON":
            found = self._pronoun(owner, owner.idx, [])
            person = found.person
            if person is None and owner.lower_ in ("his", "her"):
                # "Her son, Huw," of a woman named before, who has said nothing
                before = self._named_before(owner.idx)
                want = "f" if owner.lower_ == "her" else "m"
                if before is not None and before.gender in (want, None):
                    person = before.person
        else:
            person = self.people.covering(owner.idx) or self.people.by_surname(owner.text)
        return person

    def _described_again(self, sp: Span, head: Token) -> Speaker | None:
        """`Assemblyman Dev Kothari told our reporter ... "...," the first-term
        lawmaker said`: a description with words of its own before the role
        noun, in the paragraph where a named person last spoke, is that person
        again, as a reader takes it (a bare office, "the mayor", may be
        another)."""
        described = [t for t in sp if t.i < head.i and t.dep_ in ("amod", "compound", "nummod")
                     and t.lower_ not in QUALIFIERS] or [
            # (or a seat after it: "the member for Matane-Matapédia")
            c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "from")
            and sp.start <= c.i < sp.end]
        if not described:
            # ("According to the analyst", the economist named speaking just
            # before in the paragraph: one who gives opinions for a living)
            return self._spoke_in_paragraph(sp) if head.lemma_.lower() in _PUNDITS and len(
                sp) == 2 else None
        text = doc_text(self.doc)
        # (or, opening a paragraph, the one who spoke last in the paragraph
        # before: '"...," Seamus McIlroy said. | The Tyrone dairy farmer said ...')
        opens = not text[text.rfind("\n", 0, sp.start_char) + 1 : sp.start_char].strip()
        return self._spoke_in_paragraph(sp) or self._subject_in_paragraph(sp) or (
            self._spoke_in_paragraph(sp, breaks=1) if opens and not self._named_since(sp)
            else None)

    def _named_since(self, sp: Span) -> bool:
        """Whether someone other than the last speaker is named between the
        last speaker's mention and `sp` ('... the judge asked PEMRA's
        counsel, Munir Sial. | The PEMRA lawyer said': the one named last)."""
        if not self.history:
            return False
        _, at, last = self.history[-1]
        return any(at < s < sp.start_char for p in self.people.persons
                   if p is not last.person for s, _ in p.mentions)

    def _subject_in_paragraph(self, sp: Span) -> Speaker | None:
        """'Scotland head coach Graeme Kinnaird was having none of it.
        "...," the former Edinburgh boss said': the subject of the sentence
        before, in the same paragraph, whom nothing the description says of
        an office or a gender rules out."""
        topic = self._subject_before(sp)
        if topic is None or topic.person is None:
            return None
        at = min((s for s, _ in topic.person.mentions if s < sp.start_char), default=None)
        text = doc_text(self.doc)
        if at is None or "\n" in text[at : sp.start_char]:
            return None
        said = genders_said(sp.text)
        if (said and topic.gender is not None and topic.gender not in said) or other_office(
                role_key(sp.text), topic.person.roles):
            return None
        return topic
