"""Speakers: who a statement's speaker span refers to.

In order: a named person in the span (with the role written beside the
name); a pronoun, resolved to an antecedent; an anonymous source, typed and
kept as described ("One Labour MP", "Labour sources") and never merged with
a named person; a role bound by the article to a person ("the Labour
leader"); an organisation. A statement that continues a quote takes the
speaker of the statement it continues. Where nothing says who spoke, the
speaker is `unknown` rather than a guess.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...nlp import doc_text
from ..quotes.classifier import THOUGHT_VERBS
from ..quotes.statement import Statement
from ..quotes.unsaid import asked_by_no_one_yet
from .body_phrases import firm_of_staff, reports_on_another
from .description_context import BLOOD_KIN
from .display_names import POST_NOMINALS, clean_name
from .label_speakers import LabelSpeakers
from .mentions import People
from .name_phrases import (
    named_in_clause,
    owner_of_head,
    possessor_only,
    prepositions_object,
    principal_in_an_aside,
    role_before_name,
    set_off_after,
    trailing_name,
)
from .names import NOT_SURNAMES, ROLE_HEADS
from .person import Person
from .speaker import UNKNOWN, Speaker, speaker_of
from .speaker_passes import (
    described_in_a_report,
    legal_names,
    named_a_sentence_late,
    pulled_quotes,
    run_on_quotes,
)
from .speaker_words import (
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUNS,
)
from .text_authors import text_author

#: Letters after a name that are honours, not offices ("One Labour MP" is a source).
_HONOURS = POST_NOMINALS - {"MP", "MSP", "MEP", "MLA", "MLC", "MHA", "MPP", "MNA", "MS", "TD",
                             "AM"}
#: How far (characters) back "the expert continued" looks for who spoke before.
_GOING_ON_REACH = 600
#: How far (characters) back a continuation looks for the quote it continues.
_CONTINUATION_REACH = 1500


#: An organisation's acronym and a title right after a speaker span: " (PAHO) Director ".
_TITLE_AFTER = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?((?:[A-Z][a-z]+\s+){1,3})")
#: Words for an office or a trade that may open a name written with letters
#: after it ("Prosecutor Amelia Hart KC").
_ROLE_WORDS = ROLE_HEADS | PERSON_NOUNS
#: How long a name after such a title may be (characters).
_NAME_REACH = 60


#: How far before a quote a person named may be the "she" of a quote inside it.
_NESTED_REACH = 400


#: A name a quote ends by addressing: '..., Dash."', '..., Mr Lumbly?"'.
_VOCATIVE = re.compile(r",\s+(?:Mr\.? |Mrs\.? |Ms\.? )?([A-Z][\w'’-]+)[.?!]?[\"”’']?\s*$")


#: Words of respect written after a given name in South Asian English
#: ("Sampath aiya", "Rahul bhai", "Lakshmi akka").
_AFTER_A_GIVEN_NAME = frozenset("aiya ayya akka anna bhai bhaiya didi ji sahib saab".split())


class SpeakerResolver(LabelSpeakers):
    def __init__(self, doc: Doc, people: People, *, author: str | None = None) -> None:
        self.doc = doc
        self.people = people
        # who "I" is in the writer's own sentences (the page's author, else its byline)
        self.writer = self._writer_of(author)
        # (statement start, speaker span start, speaker) of resolved statements
        self.history: list[tuple[int, int, Speaker]] = []
        # (statement start, speaker) of direct statements with a known speaker
        self.quoted: list[tuple[int, Speaker]] = []
        # starts of statements in which an outlet reported on another party:
        # a later "the company" is that party, not the outlet
        self.reports: set[int] = set()

    def _last_quoted(self, before: int) -> Speaker | None:
        """The speaker of the latest direct statement close enough before `before`."""
        for start, sp in reversed(self.quoted):
            if start < before:
                return sp if before - start <= _CONTINUATION_REACH else None
        return None

    def resolve_all(self, statements: list[Statement]) -> list[Speaker]:
        resolved: dict[int, Speaker] = {}
        interviewee: Speaker | None = None
        for st in sorted(statements, key=lambda s: s.start):
            if st.via == "answer" and st.continues is None:
                # the one interviewed: named by an earlier answer's label
                # ("ALEXANDRIA DOUZIECH: ..."), else the article's main person
                labelled = self._answer_label(st)
                if labelled is not None:
                    interviewee = labelled  # "MARTA VELLACOTT: I use plants ..."
                main = self.people.salient("interviewee")
                sp = interviewee or (self._of(main) if main is not None else UNKNOWN)
            elif st.continues is not None and id(st.continues) in resolved:
                sp = resolved[id(st.continues)]
                addressed = self._addressed_at_end(st, sp)
                if addressed is not None:
                    sp = addressed  # '"..., Dash." / "Then it always sounded ...": Dash replies'
                elif sp.type == "unknown" or (sp is self.writer and not st.continues.direct):
                    # it continues something nobody was named for (a writer's
                    # sentence between two quotes, "I don't know how he does
                    # it"): the last quoted speaker
                    borrowed = self._last_quoted(st.start)
                    if borrowed is not None:
                        sp, st.continues = borrowed, None
            elif st.speaker is not None and st.via == "colon" and (
                label := self._label(doc_text(self.doc)[st.speaker[0] : st.speaker[1]])
            ):
                sp = label
                if sp.type == "unknown" and doc_text(self.doc)[st.speaker[0]] == "A":
                    # "A:" with no one more prominent than others: the one
                    # interviewed, named last before the interview began
                    asker = self._interviewer
                    sp = interviewee or self._named_before(
                        st.speaker[0], skip=asker.name if asker else None) or sp
                asked = doc_text(self.doc)[st.speaker[0] : st.speaker[1]].strip() in (
                    "Q", "Question")
                if sp.type == "person" and not asked:  # the one asking is not interviewed
                    interviewee = sp
            elif st.within_quote and st.speaker is not None:
                sp = self._nested(st, statements, resolved)
            elif st.speaker is not None and self._writers(st, statements):
                sp = self.writer  # "I asked him whether ...": the writer's own words
            elif st.speaker is not None:
                sp = self.resolve(st.speaker, before=st.speaker[0], content=st.content)
                sp = self._went_on(st, sp) or sp
            else:
                sp = self._subject_just_before(st) or UNKNOWN
            resolved[id(st)] = sp
            if st.within_quote or sp is self.writer or (
                    st.cue_token is not None and asked_by_no_one_yet(self.doc[st.cue_token])):
                # words inside a quote: later quotes go on with the outer one;
                # the writer ("I") is never whom a later "he" or "she" stands
                # for; nor is one who never spoke ("would table a motion asking")
                continue
            if st.direct and sp.type != "unknown":
                self.quoted.append((st.start, sp))
            if sp.type != "unknown":
                at = st.speaker[0] if st.speaker is not None else st.start
                self.history.append((st.start, at, sp))
                if st.cue_token is not None and reports_on_another(self.doc[st.cue_token]):
                    self.reports.add(st.start)
        named_a_sentence_late(statements, resolved)
        run_on_quotes(self.doc, statements, resolved)
        pulled_quotes(self.doc, statements, resolved)
        legal_names(self.doc, statements, resolved)
        described_in_a_report(self.doc, statements, resolved)
        return [resolved[id(st)] for st in statements]

    def _addressed_at_end(self, st: Statement, sp: Speaker) -> Speaker | None:
        """The one a quote ends by addressing ('"It's the same snare we always
        used, Dash."'), when the next paragraph opens on a quote no one is named
        for: the reply is theirs, not more of the first speaker's."""
        before = st.continues
        text = doc_text(self.doc)
        if (before is None or not before.direct or st.via != "continuation"
                or before.paragraph == st.paragraph
                or text[text.rfind("\n", 0, st.start) + 1 : st.start].strip(" \"“'‘")):
            return None
        s, e = before.content[-1]
        vocative = _VOCATIVE.search(text, s, e)
        if vocative is None:
            return None
        word = vocative.group(1)
        person = self.people.by_given(word) or self.people.by_surname(word)
        if person is None or person is sp.person or not any(
                spoken.person is person for _, spoken in self.quoted):
            return None  # only one who has spoken already replies
        return self._of(person)

    def _subject_just_before(self, st: Statement) -> Speaker | None:
        """`Senator Lyle Ambrose cut him off. "I have heard enough excuses."`:
        a quote no cue claims, right after a sentence of its paragraph whose
        subject is a person named there, is that person's."""
        if st.via != "orphan" or not st.direct or st.start == 0:
            return None
        text = doc_text(self.doc)
        before = self.doc.char_span(st.start - 1, st.start, alignment_mode="expand")
        k = before.start if before is not None else None
        while k is not None and k > 0 and (self.doc[k].is_space or self.doc[k].is_quote):
            k -= 1
        if k is None or "\n" in text[self.doc[k].idx : st.start] or self.doc[k].text not in (
                ".", "!"):
            return None  # not a sentence of the quote's own paragraph
        sent = self.doc[k].sent
        subj = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if subj is None or subj.pos_ != "PROPN":
            return None
        person = self.people.covering(subj.idx)
        if person is None or not self.people.listable(person):
            return None
        return self._of(person)

    def _went_on(self, st: Statement, sp: Speaker) -> Speaker | None:
        """`Professor Jane Ogden told the show, "..." The University of Surrey
        expert continued, "..."`: a description nobody was named for, going on
        or adding right after a named person spoke, is that person."""
        if st.cue_token is None or st.speaker is None or sp.person is not None:
            return None
        if sp.type not in ("person", "unknown") or not self.history:
            return None
        if self.doc[st.cue_token].lemma_.lower() not in ("continue", "add"):
            return None
        words = doc_text(self.doc)[st.speaker[0] : st.speaker[1]].split()
        if len(words) < 2 or words[0].lower() != "the":
            return None
        start, _, last = self.history[-1]
        if last.person is None or st.start - start > _GOING_ON_REACH:
            return None
        return Speaker(last.name, "person", " ".join(words), last.person, gender=last.gender)

    def _writer_of(self, author: str | None) -> Speaker:
        """Who "I" is in the writer's own sentences: the page's author, else
        the first name of its byline, else an unnamed "the author"."""
        if author and author.strip():
            name, gender = clean_name(author.split(",")[0].split(" and ")[0], person=True)
            if name:
                return Speaker(name, "person", gender=gender)
        if self.people.byline is not None:
            s, e = self.people.byline.names[0]
            person = self.people.at(s, e)
            if person is not None and self.people.listable(person):
                return self._of(person)
            name, gender = clean_name(doc_text(self.doc)[s:e], person=True)
            return Speaker(name, "person", gender=gender)
        return Speaker("the author", "anonymous", head="author")

    def _writers(self, st: Statement, statements: list[Statement]) -> bool:
        """Whether the speaker is the writer: "I" in the writer's own
        sentence, not in the words of anyone quoted or labelled."""
        assert st.speaker is not None
        s, e = st.speaker
        if doc_text(self.doc)[s:e] != "I":
            return False
        cue = self.doc[st.cue_token] if st.cue_token is not None else None
        if cue is not None and any(c.dep_ == "auxpass" for c in cue.children):
            return False  # "I was told", "to be informed": the one told, not who told
        # "I spend a lot of time thinking about it": what the writer thinks
        # is the writer's article, not a statement in it
        return (cue is None or cue.lemma_.lower() not in THOUGHT_VERBS) and not any(
            a <= s < b for o in statements if o is not st for a, b in o.content
        )

    def _nested(
        self, st: Statement, statements: list[Statement], resolved: dict[int, Speaker]
    ) -> Speaker:
        """The speaker of a quote inside a quote: "I said" is the one quoted;
        "they said, '...'" an unnamed group (the one quoted knows who, the
        reader seldom does); "he" or "she" whom the pronoun names, unless that
        would be the one quoted."""
        assert st.speaker is not None
        around = next(
            (o for o in statements
             if not o.within_quote and id(o) in resolved
             # inside one of its pieces, not between two pieces of another's quote
             and any(s <= st.start and st.end <= e for s, e in o.content)),
            None,
        )
        outer = resolved[id(around)] if around is not None else None
        word = doc_text(self.doc)[st.speaker[0] : st.speaker[1]].lower()
        if word in ("i", "we") and outer is not None:
            return outer
        if word in PLURAL_PRONOUNS:
            return Speaker(None, "anonymous", plural=True)  # "they said", unnamed
        parts = word.split()
        kin = parts[-1] if len(parts) == 2 else ""
        if (outer is not None and outer.person is not None and parts[:1] in (["my"], ["our"])
                and kin in BLOOD_KIN):
            # '"My father always told us ...," said Lena Marchetti Ruiz': the
            # one quoted's father, the other Marchetti the article names
            found = self.people.kin_by_surname(outer.person, kin, BLOOD_KIN[kin])
            if found is not None:
                return Speaker(found.name, "person", word, found, gender=found.gender)
            # "My son says ...", the son never named: an unnamed source
            return Speaker(doc_text(self.doc)[st.speaker[0] : st.speaker[1]], "anonymous",
                           head=kin)
        sp = self.resolve(st.speaker, before=st.speaker[0], content=st.content)
        if sp.type == "unknown" and parts[:1] in (["my"], ["our"]) and len(parts) > 1:
            # "my landlord told us": someone the one quoted knows, unnamed
            return Speaker(doc_text(self.doc)[st.speaker[0] : st.speaker[1]], "anonymous",
                           head=parts[-1])
        if word in PRONOUNS and (sp.type == "unknown" or (outer and sp.name == outer.name)):
            return self._named_near(word, st.speaker[0], around, outer) or UNKNOWN
        if outer is not None and sp.name == outer.name and outer.name is not None:
            # "The First Minister ... told workers": whom the one quoted speaks
            # of by a role, the one the article gives it (past a "Mr Speaker," they address)
            role = word.rsplit(", ", 1)[-1]
            holder = self.people.by_role(role)
            if holder is None or holder.name == outer.name:
                # a role the article never gives anyone: its main person
                # ("The First Minister" of a story about Fiona MacLeary)
                holder = self.people.salient(role, self._speakers_so_far())
            if holder is not None and holder.name != outer.name and self.people.listable(holder):
                return Speaker(holder.name, "person", role, holder, gender=holder.gender)
            return UNKNOWN
        return sp

    def _named_near(self, word: str, before: int, around: Statement | None,
                    outer: Speaker | None) -> Speaker | None:
        """"Rosa knew. She told me, '...'": the "she" of a quote inside a
        quote is someone the one quoted (or the article just before) named,
        never the one quoted."""
        if word not in ("he", "she") or around is None or outer is None:
            return None
        gender = "f" if word == "she" else "m"
        named = next((p for at, p in self.people.mentions_before(before)
                      if at >= around.start - _NESTED_REACH and p.name != outer.name
                      and p.gender in (None, gender) and self.people.listable(p)), None)
        return speaker_of(named) if named is not None else None

    # -- one span -------------------------------------------------------------

    def resolve(
        self, span: tuple[int, int], *, before: int, content: list[tuple[int, int]]
    ) -> Speaker:
        s, e = span
        person = self.people.at(s, e) or self._titled_after(e)
        sp = self.doc.char_span(s, e, alignment_mode="expand")
        if person is not None:
            # "Cal Fire spokesman Jon Heggie": of two names, the one the phrase
            # is about; the tagger's "person" a place, a business or an office
            # ("Ambala Superintendent of Police Rajesh Kalia"): that one too,
            # else read the words
            at_root = self.people.covering(sp.root.idx) if sp is not None and len(sp) else None
            if at_root is not None and self.people.listable(at_root):
                person = at_root
            elif not self.people.listable(person):
                person = None
        if person is not None and sp is not None and possessor_only(sp) and not (
                set_off_after(sp, person.mentions)):
            # "Elian Gonzalez's father": not Elian, but his father (but "The
            # Democratic Alliance's spokesperson on water, Lindiwe van der Merwe")
            person = None
        # "Santamaría-Ruiz's spokeswoman, ...", "the Press Secretary to Governor
        # Attah, Mr Salihu-Ameh,": the name found is the owner's or the principal's
        owned = person is not None and sp is not None and (
            any(t.dep_ == "case" for t in sp[:4]) or prepositions_object(sp, person.mentions))
        named = trailing_name(sp) if sp is not None and len(sp) and (
            person is None or owned) else None
        if owned and named is None and sp is not None and person is not None and (
                principal_in_an_aside(sp, person.mentions) or owner_of_head(sp, person.mentions)):
            # "The 58-year-old, a close aide of Chief Minister Dhillon,",
            # "Boatwright's campaign", "The office of Secretary of State Ruth
            # Abernathy-Cole": the owner or principal named is not whom the
            # words stand for
            person = None
        if person is not None and named is not None:
            # "Santamaría-Ruiz's spokeswoman, Hannelore Kwiatkowski,": the one
            # named after the owner's description, not the owner
            other = self.people.at(named.start_char, named.end_char)
            if other is not None and other is not person and self.people.listable(other):
                person = other
        elif named is not None:
            # "Okafor's predecessor, Sir Alan Price": the name the description ends on
            person = self.people.at(named.start_char, named.end_char)
            if person is not None and not self.people.listable(person):
                person = None
            if person is None and named[-1].lower_ in NOT_SURNAMES:
                # "Its distributor, Farol Films,": a business by its name
                return Speaker(named.text, "organisation")
        if person is not None and sp is not None and named_in_clause(sp, person.mentions):
            person = None  # "The governor, who spoke through his deputy, Ann Ojo,": the governor
        if person is not None:
            role = self._role_in_span(s, e, person)
            return Speaker(
                person.name,
                "person",
                role or (person.roles[0] if person.roles else None),
                person,
                gender=person.gender,
            )
        if sp is None or len(sp) == 0:
            return UNKNOWN
        words = [t for t in sp if not t.is_punct and not t.is_space]
        if len(words) == 1 and words[0].pos_ == "PRON":
            return self._pronoun(words[0], before, content)
        lettered = False
        while len(sp) > 1 and sp[-1].text.strip(".,") in _HONOURS:
            sp, lettered = sp[:-1], True  # "Simon Arkwright KC": his letters are not who he is
        if lettered and all(t.pos_ == "PROPN" for t in sp):
            known = self.people.by_surname(sp[-1].text)
            if known is not None:
                return self._of(known)
            spoke = self._speaker_by_surname(sp[-1].text)
            if spoke is not None:
                return spoke
            while len(sp) > 2 and sp[0].is_title and sp[0].lower_ in _ROLE_WORDS:
                sp = sp[1:]  # "Prosecutor Amelia Hart KC": her office is no part of her name
            name = clean_name(sp.text, person=True)[0]
            prev = sp.doc[sp.start - 1] if sp.start else None
            if len(name.split()) == 1 and prev is not None and prev.ent_type_ == "PERSON" and (
                prev.is_title and prev.is_alpha
            ):
                name = f"{prev.text} {name}"  # "Simon Arkwright KC", the span cut after "Simon"
            return Speaker(name, "person")
        if len(words) == 2 and words[1].lower_ in _AFTER_A_GIVEN_NAME and words[0].is_title:
            # "Sampath aiya told me", "Rahul bhai said": a given name and a word
            # of respect, the one the article names in full with it
            known = self.people.by_given(words[0].text)
            if known is not None:
                return self._of(known)
        author = text_author(sp)
        if author is not None and author.start_char < s:
            # '"...," the statement said': whoever issued it, as the story named them
            return self.resolve((author.start_char, author.end_char), before=before,
                                content=content)
        firm = firm_of_staff(sp)  # "Analysts at Berenberg": the bank
        return Speaker(firm, "organisation") if firm else self._description(sp, sp.root)

    def _titled_after(self, end: int) -> Person | None:
        """`warns Pan American Health Organization (PAHO) Director Carissa F.
        Etienne`: a span the parser closed at the organisation, when its own
        title and the person follow at once, is that person speaking."""
        text = doc_text(self.doc)
        found = _TITLE_AFTER.match(text, end)
        if found is None:
            return None
        at = found.start(1)
        for word in found.group(1).split():  # "Director", then the name after it
            at = text.index(word, at) + len(word)
            if word.lower() not in ROLE_HEADS:
                return None
            name_at = len(text) - len(text[at:].lstrip())
            person = self.people.at(name_at, name_at + _NAME_REACH)
            if person is not None and any(ms == name_at for ms, _ in person.mentions):
                return person
        return None

    def _role_in_span(self, s: int, e: int, person: Person) -> str | None:
        """Words before the name inside the speaker span: "the Conservative MP for Carlisle"."""
        first = min((ms for ms, me in person.mentions if s <= ms and me <= e), default=None)
        if first is None or first <= s:
            return None
        words = doc_text(self.doc)[s:first].split()
        names = {w.casefold() for w in person.name.split()}
        while words and words[-1].casefold() in names:
            words.pop()  # "Prosecutor Amelia" of "Prosecutor Amelia Hart KC", "Hart" the mention
        return role_before_name(" ".join(words))
