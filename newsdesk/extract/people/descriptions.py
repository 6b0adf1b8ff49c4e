"""What a description stands for: the person, body or unnamed source a
speaker span's words name when they are not a name ("the Labour leader",
"a spokesman for X", "the 58-year-old", "the company", "One Lumora engineer").

`DescriptionReader` is the part of `SpeakerResolver` (speakers.py) that reads
a description: the role the article binds to a person, the person named last
or the one who spoke, the body named before, or an unnamed source as written.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .body_names import BODY_NOUNS, may_be_called, speaks_for_same
from .display_names import clean_name
from .documents import VEHICLES, document_name, issuer_subject
from .given_names import gender_of_given_name
from .name_phrases import (
    FOR_SOMEONE,
    apposed_name,
    capitalised_run,
    company_before,
    entity_at,
    full_name_before,
    named_after,
    named_before,
    names_a_kind_of_body,
    possessor_only,
    proper_name,
    role_before_name,
    trailing_name,
    without_descriptor,
)
from .name_spans import joins_a_name, names_an_institution
from .names import (
    PARTY_MEMBERS,
    ROLE_HEADS,
    TITLES,
    name_cased,
)
from .party_tags import described_tag
from .roles import QUALIFIERS, genders_said, role_key
from .speaker import Speaker
from .speaker_words import (
    AGED,
    ANONYMOUS_DETERMINERS,
    ANONYMOUS_HEADS,
    BYGONE,
    COMPANY_HEADS,
    DEFINITE_DETERMINERS,
    DEMONYMS,
    DESCRIBING_HEADS,
    NUMBER_TEN,
    OFFICE_ABBREVIATIONS,
    ORGANISATION_HEADS,
    OUTPUT_HEADS,
    PERSON_NOUNS,
    PLAYING_POSITIONS,
    SALIENT_ROLES,
    SHARE_WORDS,
    SOURCE_PREPS,
    USER_TEXTS,
    names_people,
)
from .spoken_before import DOCUMENTS, SpokenBefore

#: Kin who share a family's surname as news writes it.
_BLOOD_KIN = frozenset("son daughter father brother sister grandson granddaughter".split())
#: Those who speak for a body, whom an article may name once.
_SPOKESPEOPLE = frozenset(["spokesman", "spokeswoman", "spokesperson"])
#: A source known by one name only: "who gave his name only as Kevin", "identified only as Ana".
_GIVEN_AS = re.compile(
    r"\b(?:gave (?:his|her|their) (?:first )?name (?:only )?as|identified (?:only )?as"
    r"|named only as|known only as|signed (?:(?:his|her|their) \w+ )?(?:only )?as)"
    r"\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*$"
)
#: Outputs whose "with" names who spoke ("an interview with X").
_SPOKEN_WITH = frozenset(["interview", "conversation", "chat", "talk", "call", "exchange"])


class DescriptionReader(SpokenBefore):
    """Descriptions read over what a `SpeakerResolver` has read so far."""

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
        sent = sp[0].sent
        if sp.start == sent.start and sent.start > 0:
            before = self.doc[sent.start - 1].sent
            subj = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
            if subj is not None and subj.pos_ == "PROPN":
                words = list(subj.subtree)
                person = self.people.at(words[0].idx, words[-1].idx + len(words[-1].text))
                if person is not None and self.people.listable(person):
                    return self._of(person)
        return self._named_before(sp.start_char)

    def _description(self, sp: Span, head: Token) -> Speaker:
        text = " ".join(sp.text.split())
        words = [t for t in sp if t.is_alpha]
        if (len(words) == 2 and words[0].lower_ in ("mr", "ms", "mrs", "miss", "dr")
                and head.pos_ == "PROPN" and head == words[1]):
            # "Ms Hart" is a person whatever the tagger calls "Hart": the full
            # name written before, else the titled surname
            display, gender = clean_name(sp.text, person=True)
            return Speaker(full_name_before(head) or display, "person", gender=gender)
        given = _GIVEN_AS.search(text)
        if given is not None:  # "One caller, a crane operator who gave his name only as Kevin"
            return Speaker(given.group(1), "person", text.split(",")[0])
        named = apposed_name(head) if head.lower_ in PERSON_NOUNS else None
        if named is not None:  # "Her neighbour Oleg, a retired mechanic,"
            return self._named(named, " ".join(sp.doc[sp.start : named.start].text.split()))
        # the clause may hang on the head or on a noun after it ("an official
        # in Nairobi, who refused to be named")
        clause = next((c for c in sp if c.dep_ in ("relcl", "acl") and c.i > sp.start
                       and (c.head == head or head in c.head.ancestors)
                       and sp.start <= c.head.i < sp.end), None)
        own_words = sp
        if clause is not None:
            # "an email that urged people ...", "an architect who said": the
            # description is the head's own words; the clause is the saying
            cut = min(t.i for t in clause.subtree)
            if cut > sp.start:
                text = " ".join(sp.doc[sp.start : cut].text.split()).rstrip(" ,;")
                own_words = sp.doc[sp.start : cut]
        for lead in ("And ", "But ", "So "):
            if text.startswith(lead):
                text = text[len(lead) :]
        lemma = head.lower_
        office = OFFICE_ABBREVIATIONS.get(lemma)
        if office is not None and [t.lower_ for t in sp if t.is_alpha] in (["the", lemma], [lemma]):
            holder = self._office_holder(office)
            if holder is not None:  # "the PM said", the article naming its prime minister
                return Speaker(holder.name, "person", text, holder.person, gender=holder.gender)
        if lemma in DOCUMENTS and text.lower() == f"the {lemma}":
            earlier = self._document_that_spoke(lemma)
            if earlier is not None:
                return earlier  # "The paper", after "the study" spoke: the study
        if lemma in OUTPUT_HEADS | DOCUMENTS:
            source = self._source_of_output(sp, head)
            if source is not None and source.name and lemma in DOCUMENTS and (
                    source.type == "organisation"):
                # "the Treasury's 2025 analysis found": a study speaks for
                # itself, named by whose it is, not its owner speaking
                return Speaker(document_name(sp, head, source.name), "organisation")
            if source is not None:  # "a statement from the company", "its statement"
                return source
            # "The statement, signed by its press officer, added": the words
            # up to the head
            if lemma in VEHICLES and _words_to_head(sp, head) == ["the", lemma]:
                issuer = self._issuer_before(head)
                if issuer is not None:  # "The ministry issued a statement. The statement added"
                    return issuer
            filed = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                          and c.i > head.i and lemma not in _SPOKEN_WITH), None)
            if filed is not None and filed.i > sp.start:
                # "A filing with the SEC shows": the filing, not where it was filed
                text = " ".join(sp.doc[sp.start : filed.i].text.split())
            if lemma in DOCUMENTS and head.tag_ == "NN" and head.pos_ == "NOUN":
                # "a study of nearly 48,000 people found": the study, by its
                # short name, as a reader refers to it from then on
                mods = [t for t in head.lefts if sp.start <= t.i
                        and t.dep_ in ("amod", "compound", "nummod") and t.is_alpha]
                # (a hyphened word is left out: "A multiple-claimant lawsuit")
                mods = [t for t in mods if sp.doc[t.i - 1].text != "-"]
                words = [t for t in mods if not t.ent_type_ and t.is_lower]
                if len(words) == len(mods):
                    return Speaker(" ".join(["the", *(t.text for t in words), head.text]),
                                   "organisation")
        dets = {t.lower_ for t in sp if t.dep_ in ("det", "nummod", "amod", "quantmod")}
        # a name in a clause about them ("a nurse who has worked in Dunmore") is not theirs,
        # nor one that modifies the head after "one" or "a" ("One Lumora engineer",
        # "a Trump aide": whose engineer, whose aide)
        anonymous_det = any((t.dep_ == "det" and t.lower_ in ANONYMOUS_DETERMINERS)
                            or (t.dep_ == "nummod" and t.lower_ == "one") for t in head.children)
        has_proper = any(t.ent_type_ == "PERSON" and not (
            anonymous_det and t.dep_ == "compound" and t.head == head) for t in own_words)
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in ("mps", "sources")
        if not has_proper and dets & DEFINITE_DETERMINERS:
            earlier = self._described_before(text, lemma, plural)
            if earlier is not None:  # "the source added", after "A Labour source said";
                return earlier  # "the Berlin wine merchant", after "a wine merchant in Berlin"
        if (has_proper and lemma in FOR_SOMEONE and not plural and possessor_only(sp)
                and trailing_name(sp) is None):  # "A spokesman for the DEQ, Ben Szabo": him
            spokesperson = self.people.by_role(lemma)
            if (spokesperson is not None and lemma in _SPOKESPEOPLE
                    and speaks_for_same(text, spokesperson)):
                # "A spokeswoman for Rijnmond Chemie said ...", and later "The
                # company's spokeswoman, Sanne de Wit": the one the article names
                return Speaker(spokesperson.name, "person", text, spokesperson,
                               gender=spokesperson.gender)
            # "A spokesman for Mrs Whitcombe", never named: an unnamed source
            return Speaker(text, "anonymous", head=lemma)
        age = AGED.match(text)
        if age is not None:  # "the 58-year-old said": the person of that age
            aged = self.people.by_age(age.group(1))
            if aged is not None:
                return Speaker(aged.name, "person", None, aged, gender=aged.gender)
            # an age the article never gave: who it named last, as a reader takes it
            last = self._topic_before(sp)
            if last is not None:
                return last
            main = self.people.salient("person")
            if main is not None:
                return Speaker(main.name, "person", None, main, gender=main.gender)
        if not (plural or has_proper) and {c.lower_ for c in head.children} & {"a", "an"} and (
                later := self._named_later(sp, head)) is not None:
            return later  # "A former fund manager told a jury", named further on
        if NUMBER_TEN.match(text):
            return Speaker("Number 10", "organisation")  # Downing Street by its door
        own = {t.lower_ for t in head.children if t.dep_ in ("det", "nummod", "amod", "predet")}
        if lemma in PARTY_MEMBERS and own & ANONYMOUS_DETERMINERS:
            return Speaker(text, "anonymous", plural=plural, head=lemma)
        if lemma in USER_TEXTS and own & ANONYMOUS_DETERMINERS:
            # "one comment", "another reply": words of an unnamed member of the public
            return Speaker(text, "anonymous", plural=plural, head=lemma)
        if (
            lemma in ANONYMOUS_HEADS
            and not has_proper
            and (
                dets & ANONYMOUS_DETERMINERS
                or plural
                or lemma in ("source", "sources", "insider", "insiders", "one", "someone")
            )
        ):
            return Speaker(text, "anonymous", plural=plural, head=lemma)
        if lemma in DESCRIBING_HEADS and "the" in dets and not plural and not any(
            t.dep_ == "poss" for t in sp
        ):
            # "the singer", "the star": who the page is about near here
            bound = self.people.by_role(text, exact_only=True) or self.people.nearby(
                sp.start_char, text
            )
            if bound is not None:
                return Speaker(bound.name, "person", text, bound, gender=bound.gender)
        if (lemma in PARTY_MEMBERS and head.text[:1].isupper() and not plural
                and {t.lower_ for t in sp if t.dep_ == "det"} == {"the"}
                and not has_proper and len(sp) <= 4):
            # "The Illinois Democrat added": one party member, the one the
            # article tagged so ("Sen. Ann Ruiz, D-Ill."), else named last before
            tag = described_tag(text)
            tagged = self.people.by_party_tag(tag) if tag is not None else None
            if tagged is not None:
                return Speaker(tagged.name, "person", text, tagged, gender=tagged.gender)
            last = self._named_before(sp.start_char)
            if last is not None:
                return Speaker(last.name, "person", text, last.person, gender=last.gender)
        if dets == {"the"} and (
                (head.lower_ in DEMONYMS and head.text[:1].isupper()
                 and sum(t.is_alpha for t in own_words) == 2)
                or (lemma in PLAYING_POSITIONS and not plural and not has_proper
                    and sum(t.is_alpha for t in own_words) <= 3)):
            # "the Scot", "the Australian": a person by nationality, the one
            # speaking in this paragraph (not the player he spoke of), else
            # named last before, as an age is ("the 24-year-old"); so is "the striker"
            last = self._spoke_in_paragraph(sp) or self._named_before(sp.start_char)
            if last is not None:
                return Speaker(last.name, "person", text, last.person, gender=last.gender)
        if lemma in ROLE_HEADS or lemma.rstrip("s") in ROLE_HEADS:
            # "An attorney for Halloran", after "Defense attorney Miriam
            # Kowalczyk": an indefinite description brings in someone new
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
            bound = None if indefinite else self.people.by_role(text)
            # "the Hampshire MP" is no MP whose roles lack Hampshire ("Wigan MP
            # X"); a body's office binds without it ("PAHO Director")
            named_in = {t.lower_ for t in sp if t.i < head.i and t.pos_ == "PROPN"
                        and t.ent_type_ not in ("ORG", "NORP")}
            if bound is not None and (not named_in or any(
                    named_in <= set(role_key(r).split()) for r in bound.roles)):
                return Speaker(bound.name, "person", text, bound, gender=bound.gender)
            named = apposed_name(head) or trailing_name(sp)
            if named is not None:  # "Labour's shadow home secretary, Marcus Bell,"
                before = list(sp.doc[sp.start : named.start])
                comma = max((k for k, t in enumerate(before) if t.text == ","), default=None)
                if comma is not None and all(t.is_punct or t.lower_.rstrip(".") in TITLES
                                             for t in before[comma:]):
                    before = before[:comma]  # "..., Oba Samuel Ajayi": Oba is his title
                role = " ".join(sp.doc[sp.start : before[-1].i + 1].text.split()) if before else ""
                family = self._family_name(head) if len(named) == 1 else None
                if family is not None:  # "his daughter, Rosa": Rosa Gonzalez to a reader
                    return Speaker(f"{named.text} {family}", "person",
                                   role_before_name(role) if role else None)
                return self._named(named, role_before_name(role) if role else None)
            if "the" in dets or any(t.dep_ == "poss" for t in sp) or (len(sp) == 1 and not plural):
                possessed = any(t.dep_ == "poss" for t in sp)  # "his lawyer": another's
                kin = self.people.by_role(lemma) if possessed and not plural else None
                if kin is not None and kin.name not in text:
                    # "Elian Gonzalez's father", the article naming "his father, Juan ..."
                    return Speaker(kin.name, "person", text, kin, gender=kin.gender)
                if possessed and possessor_only(sp):
                    # "Mr Corbyn's spokesman", never named: an unnamed source
                    return Speaker(text, "anonymous", head=lemma)
                spoke = None if plural or possessed else self._spoke_with_role(
                    text, sp.start_char)
                if spoke is not None:  # "the mayor", after "the mayor of Ilawe, Sam Ajayi, said"
                    return Speaker(spoke.name, "person", text, spoke.person, gender=spoke.gender)
                again = None if plural or possessed else self._described_again(sp, head)
                if again is not None:  # '..., the first-term lawmaker said', after Dev Kothari
                    return Speaker(again.name, "person", text, again.person, gender=again.gender)
                main = (None if plural or possessed or lemma.rstrip("s") not in SALIENT_ROLES
                        else self.people.salient(text, self._speakers_so_far()))
                if main is not None:  # "the owner said", the article being about her
                    return Speaker(main.name, "person", text, main, gender=main.gender)
                if plural:
                    # "the officers", "lawyers for the relatives": unnamed people
                    return Speaker(text, "anonymous", plural=True, head=lemma, group=True)
                said = genders_said(text)  # "the mother of a teenager" is no later "he"
                return Speaker(text, "person", text, plural=plural,
                               gender=next(iter(said)) if len(said) == 1 else None)
            if not plural and not has_proper and own & ANONYMOUS_DETERMINERS:
                # "one Ohio county chairman", "a former officer": never named
                return Speaker(text, "anonymous", plural=plural, head=lemma)
        if (
            lemma in PERSON_NOUNS and not plural and not has_proper and head.pos_ == "NOUN"
            and (own & ANONYMOUS_DETERMINERS or "the" in dets)
            and not any(t.dep_ == "poss" for t in sp)
        ):
            bound = self.people.by_role(text)
            if bound is not None:  # "the driver", the article naming the driver
                return Speaker(bound.name, "person", text, bound, gender=bound.gender)
            if "the" in dets and any(c.dep_ == "amod" and c.lower_ in BYGONE
                                     for c in head.children):
                # "the former teacher said": what someone the article is about
                # used to be, as an age is ("the 58-year-old"), not a new person
                last = self._topic_before(sp)
                if last is not None:
                    return last
            # "a local man", "the young woman", "one resident": an unnamed source
            return Speaker(text, "anonymous", plural=plural, head=lemma)
        if head.pos_ == "PROPN" or head.text[:1].isupper():  # tagged NOUN, it is still a name
            known = self.people.by_surname(head.text)
            first = head.i
            while first >= 2 and joins_a_name(sp.doc, first - 1):
                first -= 2
            if known is None and first < head.i:
                # "Adebiyi-Coker", three tokens ("Adebiyi-Coker, an actor,")
                known = self.people.by_surname(sp.doc[first : head.i + 1].text)
            if known is None and sum(t.is_alpha for t in sp) == 1:
                known = self.people.by_given(head.text)  # "Ivana said"
            if known is not None:  # "Trump said", with "Donald Trump" named before
                return self._of(known)
            if sum(t.is_alpha for t in sp) == 1:
                spoke = self._speaker_by_surname(head.text)
                if spoke is not None:  # "Bello said", after "Engr. Tunde Bello" the tagger missed
                    return spoke
        name = proper_name(head)
        if name is not None:
            said_a_body = any(c.dep_ == "appos" and c.pos_ == "NOUN"
                              and names_a_kind_of_body(c.lemma_.lower()) for c in head.children)
            if names_an_institution(name) or said_a_body:
                # "Riverside Cafe says ...", "Generation Rent, a campaign group, warns"
                return Speaker(name, "organisation")
            if name.split()[0].lower().rstrip(".") not in TITLES:
                return Speaker(name, "person")
            # "Ms Sturgeon", which NER missed: the full name if written before
            display, gender = clean_name(name, person=True)
            return Speaker(full_name_before(head) or display, "person", gender=gender)
        if lemma == "police" and _words_to_head(sp, head) in (["police"], ["the", "police"]):
            # "..., police said": the force the article names, before or just after
            org_name = named_before(sp, head) or named_after(sp, head)
            if org_name is not None:
                return Speaker(org_name, "organisation")
        capitalised_short = head.pos_ == "PROPN" and sum(t.is_alpha for t in sp) == 2
        addressed = any(c.dep_ == "poss" and c.lower_ in ("your", "our") for c in head.children)
        if addressed and head.pos_ == "NOUN" and not plural:
            org_name = named_before(sp, head)
            if org_name is not None:  # "Your department told this committee": the one named
                return Speaker(org_name, "organisation")
        # the head's own "the" ("the hospital"), not one further in ("A crane
        # operator with 22 years at the port")
        head_the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if head_the and (head.pos_ == "NOUN" or capitalised_short) and not plural:
            apposed = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                            and sp.start <= c.i < sp.end), None)
            if apposed is not None and names_a_kind_of_body(lemma):
                # "The operator, Western Isles Sea Links,": its name, whatever NER made of it
                return Speaker(clean_name(capitalised_run(apposed))[0], "organisation")
            # "the Service", after "Ghana Health Service", written with its capital
            org_name = named_before(sp, head) or named_after(sp, head)
            if org_name is not None:  # "the hospital", after "Northfield General Hospital"
                return Speaker(org_name, "organisation")
            if lemma in BODY_NOUNS and lemma not in COMPANY_HEADS and not any(
                    t.dep_ == "poss" for t in sp):
                spoke = self._business_that_spoke(sp.start_char)
                if spoke is not None and may_be_called(spoke.name or "", lemma):
                    return spoke  # "Castleford said ... The club added": Castleford
            if lemma in COMPANY_HEADS and not any(t.dep_ == "poss" for t in sp):
                spoke = self._business_that_spoke(sp.start_char)
                if spoke is not None:  # "Ferrow denied ... The company said": Ferrow
                    return spoke
                org_name = company_before(sp)
                if org_name is not None:  # "the grocery giant", after "Harbour Foods"
                    return Speaker(org_name, "organisation")
        if names_a_kind_of_body(lemma) and head.pos_ == "NOUN":
            named_org = next((self._name_at(c) for c in head.children
                              if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i), None)
            if named_org is not None:  # "industry newspaper The Stage": the name
                return named_org
        if (clause is not None and clause.head == head and head.pos_ == "PROPN"
                and not plural and sum(t.is_alpha for t in own_words) == 1
                and any(t.lower_ in ("who", "whose") for t in clause.lefts)):
            # "Halvorsen, who chairs the committee, said": "who" is said of a
            # person, whatever the tagger made of a lone surname
            known = self.people.by_surname(head.text)
            return self._of(known) if known is not None else Speaker(head.text, "person")
        ent = entity_at(head) if head.ent_type_ in ("ORG", "NORP", "GPE") else None
        organised = lemma in ORGANISATION_HEADS or head.lemma_.lower() in ORGANISATION_HEADS
        if ent is not None or organised or head.pos_ == "PROPN":
            name = clean_name(ent)[0] if ent else text
            if name.lower().startswith("the "):
                name = name[4:] if ent else name
            comma = next((t.i for t in sp if t.text == ","), None)
            if not ent and comma is not None and comma > sp.start and all(
                (t.pos_ == "PROPN" and name_cased(t)) or (t.text == "-" and t.i > sp.start)
                for t in sp.doc[sp.start : comma]
            ):
                # "Unison, the union representing the nurses": the name before its description
                name = sp.doc[sp.start : comma].text
                apposed = next((c for c in head.children if c.dep_ == "appos" and c.i > comma),
                               None)
                if apposed is not None and apposed.lemma_.lower() in ROLE_HEADS | PERSON_NOUNS:
                    # "Petrova-Weiss, a stage actor,": a person, not a body
                    known = self.people.by_surname(name)
                    return self._of(known) if known is not None else Speaker(name, "person")
            # "Japan Agricultural Cooperatives", "Corvana Systems": a body of
            # several words ending in a plural is one body ("it", "the group")
            one_body = ent is not None and head.ent_type_ == "ORG" and len(name.split()) > 1
            return Speaker(without_descriptor(sp, head) or name, "organisation",
                           plural=plural and not one_body)
        if head.ent_type_ in ("PERCENT", "CARDINAL") or lemma in SHARE_WORDS:
            # "Forty-seven percent of respondents", "11.9%", "a majority of
            # voters": a share of a surveyed group, unnamed
            return Speaker(text, "anonymous", plural=True, head=lemma)
        if plural and head.pos_ == "NOUN" and not has_proper and names_people(head):
            # "the boy's relatives", "opponents", "most big computer makers":
            # people who speak unnamed
            return Speaker(text, "anonymous", plural=True, head=lemma, group=True)
        return Speaker(text, "unknown")

    def _source_of_output(self, sp: Span, head: Token) -> Speaker | None:
        """Whose report, statement or article `head` is, when the phrase says so:
        a name after "from", "by", "in", "of" or "with", or before "'s"; "its
        statement" and "the company's release" stand for the business named
        before. None when the phrase names nobody ("a new study")."""
        for child in head.children:
            if not sp.start <= child.i < sp.end:
                continue
            if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
                if child.lower_ == "with" and head.lemma_.lower() not in _SPOKEN_WITH:
                    continue  # "a filing with the SEC": filed with it, not by it
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.i < sp.end:
                    named = self._name_at(obj)
                    if named is not None:
                        return named
                    if obj.lemma_.lower() in ORGANISATION_HEADS | COMPANY_HEADS and (
                        obj.lemma_.lower() not in OUTPUT_HEADS
                    ):
                        # "a statement from the port authority": the body, unnamed
                        words = [t for t in obj.subtree if t.i < sp.end]
                        text = " ".join(sp.doc[words[0].i : words[-1].i + 1].text.split())
                        return Speaker(named_before(sp, obj) or text, "organisation")
            if child.dep_ == "poss":
                named = self._name_at(child)
                if named is not None:
                    return named
                if child.lower_ == "its" or child.lower_ in COMPANY_HEADS:
                    org_name = company_before(sp)
                    if org_name is not None:
                        return Speaker(org_name, "organisation")
        return None

    def _issuer_before(self, head: Token) -> Speaker | None:
        """Who issued the statement a bare "the statement" goes back to
        (`documents.issuer_subject`), resolved as a speaker span is."""
        subj = issuer_subject(head)
        if subj is None:
            return None
        found = self._phrase_speaker(subj)
        return found if found.type in ("person", "organisation") and found.name else None

    def _name_at(self, tok: Token) -> Speaker | None:
        """The person or organisation a proper noun at `tok` names, if it is one."""
        person = self.people.at(tok.idx, tok.idx + len(tok.text))
        if person is not None and self.people.listable(person):
            return self._of(person)
        if tok.ent_type_ in ("ORG", "NORP") or (
            tok.pos_ == "PROPN" and tok.ent_type_ in ("", "WORK_OF_ART", "PRODUCT")
        ):
            ent = entity_at(tok) if tok.ent_type_ else ""
            run = capitalised_run(tok)
            name = clean_name(run if ent in run else ent)[0]  # "Post" and "Courier", one name
            return Speaker(name.removeprefix("the ").removeprefix("The "), "organisation")
        return None

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
        if kin.lower_ not in _BLOOD_KIN:
            return None
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
        if person is None or not self.people.listable(person):
            return None
        if len(person.name.split()) < 2 and not person.titled:
            return None  # "President Bush": a surname by its title
        return person.name.split()[-1]

    def _described_again(self, sp: Span, head: Token) -> Speaker | None:
        """`Assemblyman Dev Kothari told our reporter ... "...," the first-term
        lawmaker said`: a description with words of its own before the role
        noun, in the paragraph where a named person last spoke, is that person
        again, as a reader takes it (a bare office, "the mayor", may be
        another)."""
        described = [t for t in sp if t.i < head.i and t.dep_ in ("amod", "compound", "nummod")
                     and t.lower_ not in QUALIFIERS]
        return self._spoke_in_paragraph(sp) if described else None


def _words_to_head(sp: Span, head: Token) -> list[str]:
    """The phrase's words up to its head, lower-cased ("the statement" of
    "The statement, signed by its press officer,")."""
    return [t.lower_ for t in sp.doc[sp.start : head.i + 1] if t.is_alpha]

