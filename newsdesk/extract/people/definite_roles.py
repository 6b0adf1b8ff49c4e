"""What a definite role stands for ("the mayor", "his lawyer", "its chair",
"the officers"): the person set off beside it, whose kin it is, who spoke
with the role, the person the sentence before or the article is about, the
one the article names next; else the role as written, or an unnamed source.

`DefiniteRoles` is the part of `DescriptionReader` (descriptions.py) that
reads such a role once `_role` has found no person the article binds to it.
"""

from __future__ import annotations

from .description_context import BLOOD_KIN, DescriptionContext
from .description_words import Description, words_to_head
from .name_phrases import possessor_only
from .roles import genders_said, other_office, role_key
from .speaker import Speaker
from .speaker_words import SALIENT_ROLES
from .unnamed_sources import SPOKESPEOPLE

#: Nouns a source already quoted unnamed is called by again ("the official").
_GENERIC_SOURCES = frozenset("official source insider member officer employee staffer aide".split())


class DefiniteRoles(DescriptionContext):
    """Reads a definite role's referent from the article around it."""

    def _definite_role(self, d: Description) -> Speaker:
        """"the mayor", "his lawyer", "the officers": whose kin, who spoke
        with the role, who the article is about; else the role as written."""
        sp, lemma, text, plural, possessed = d.sp, d.lemma, d.text, d.plural, d.possessed
        apposed = next((c for c in d.head.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                       None)
        set_off = self.people.listed_at(apposed.idx) if apposed is not None else None
        after = sp.end
        if set_off is None and after + 1 < len(self.doc) and self.doc[after].text == ",":
            set_off = self.people.listed_at(self.doc[after + 1].idx)  # (parsed as two subjects)
        if set_off is not None and not plural:
            # "Its chair, Colin Abara-Reeve, who ...": the one set off beside
            # it, whatever the tagger made of the name's words there
            return Speaker(set_off.name, "person", text, set_off, gender=set_off.gender)
        kin = self.people.by_role(lemma) if possessed and not plural else None
        if (kin is None and possessed and not plural and lemma in BLOOD_KIN
                and not any(c.dep_ == "poss" and c.lower_ in ("my", "our", "your")
                            for c in d.head.children)):
            # "Elian's father" beside one other Gonzalez, a man: a reader's
            # guess ("my mother" is the writer's, whom the article may not name)
            owner = self._owner(d.head)
            kin = (None if owner is None
                   else self.people.kin_by_surname(owner, lemma, BLOOD_KIN[lemma]))
        if kin is not None and kin.name not in text:
            # "Elian Gonzalez's father", the article naming "his father, Juan ..."
            return Speaker(kin.name, "person", text, kin, gender=kin.gender)
        if possessed and possessor_only(sp):
            # "Mr Corbyn's spokesman", never named: an unnamed source
            return Speaker(text, "anonymous", head=lemma)
        if possessed and not plural and any(c.dep_ == "poss" and c.lower_ in ("my", "our", "your")
                                            for c in d.head.children):
            # "My wife says ...", in a reader's message: the writer's kin, unnamed
            return Speaker(text, "anonymous", head=lemma)
        if lemma in BLOOD_KIN and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children)
                for c in d.head.children):
            # "The father of seven told Arab News": what the one just named is
            # (a man, if "father": not the woman named last)
            topic = self._topic_before(sp)
            said = genders_said(text)
            if topic is not None and not (topic.gender and said and topic.gender not in said):
                return topic
            return Speaker(text, "person", text, gender=next(iter(said)) if said else None)
        spoke = None if plural or possessed else self._spoke_with_role(text, sp.start_char)
        if spoke is not None:  # "the mayor", after "the mayor of Ilawe, Sam Ajayi, said"
            return Speaker(spoke.name, "person", text, spoke.person, gender=spoke.gender)
        again = None if plural or possessed else self._described_again(sp, d.head)
        if again is not None:  # '..., the first-term lawmaker said', after Dev Kothari
            return Speaker(again.name, "person", text, again.person, gender=again.gender)
        main = (None if plural or possessed or lemma.rstrip("s") not in SALIENT_ROLES
                else self.people.salient(text, self._speakers_so_far()))
        topic = None if main is None else self._subject_before(sp)
        if (topic is not None and topic.person is not None and topic.person is not main
                and not other_office(role_key(text), topic.person.roles)
                and not (topic.gender and genders_said(text)
                         and topic.gender not in genders_said(text))):
            # '... Shivalingaiah rejected the charge. "...," the Congress
            # leader asked': the one the sentence before introduced, not the
            # article's main person
            return topic
        if main is not None:  # "the owner said", the article being about her
            return Speaker(main.name, "person", text, main, gender=main.gender)
        # (a place's office is no one's: "Quebec's health minister"; nor is a
        # body's, "its chairman said", then the chairman named speaking)
        later = None if plural or lemma in SPOKESPEOPLE or any(
            c.dep_ == "poss" and c.ent_type_ != "GPE" and c.lower_ != "its"
            for c in d.head.children) else self._introduced_next(sp, d.head)
        if later is not None:
            # "The speaker of Georgia's parliament has vowed ...", then
            # "'...,' Levan Tsiklauri told Imedi TV": the lede's office is the
            # person the article first names speaking (one given no other office)
            return later
        if plural:
            # "the officers", "lawyers for the relatives": unnamed people
            return Speaker(text, "anonymous", plural=True, head=lemma, group=True)
        # ("His agent", "their lawyer", never named: someone's unnamed source,
        # not "Hong Kong's health minister", an office one person holds)
        pronoun_owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in d.head.children) and (
            not any(t.pos_ == "PROPN" and t.i > d.head.i for t in sp))
        if pronoun_owned and (named := self._owned_named_later(d.head)) is not None:
            return named  # "His lawyer told ...", then "Castellanos's lawyer, X,"
        if lemma in SPOKESPEOPLE or pronoun_owned:
            # "the spokesman", never named: an unnamed source, as "a police spokesman" is
            return Speaker(text, "anonymous", head=lemma)
        said = genders_said(text)  # "the mother of a teenager" is no later "he"
        topic = None if possessed else self._subject_before(sp)
        if (topic is not None and topic.person is not None
                and not other_office(role_key(text), topic.person.roles)
                and not (topic.gender and said and topic.gender not in said)):
            # 'Wiśniewski was unconvinced. "...," the councillor said': the
            # one the sentence before has as its subject, no other office his
            return topic
        unnamed = self._unnamed_just_before(d)
        if unnamed is not None:
            return unnamed  # "A board member ..., speaking anonymously, said", "the official said"
        return Speaker(text, "person", text, plural=plural,
                       gender=next(iter(said)) if len(said) == 1 else None)

    def _unnamed_just_before(self, d: Description) -> Speaker | None:
        """The unnamed source who spoke last, in this paragraph or the one
        before, for a bare "the official" or "the source" no one named holds
        (`_described_before` finds one only under the same noun or a
        synonym): the same source, described again."""
        if d.plural or d.possessed or d.lemma not in _GENERIC_SOURCES or not self.history or (
                words_to_head(d.sp, d.head) != ["the", d.lemma]):
            return None
        start, _, last = self.history[-1]
        if last.type != "anonymous" or last.plural or last.group or self._breaks_between(
                start, d.sp.start_char) > 1:
            return None
        return last
