"""What a description stands for: the person, body or unnamed source a
speaker span's words name when they are not a name ("the Labour leader",
"a spokesman for X", "the 58-year-old", "the company", "One Lumora engineer").

`DescriptionReader` is the part of `SpeakerResolver` (speakers.py) that reads
a description: the role the article binds to a person, the person named last
or the one who spoke (as description_context.py reads the words around it),
the body named before (body_descriptions.py), or an unnamed source as
written (unnamed_sources.py); a definite role with no one bound to it as
definite_roles.py reads it. Its readers are asked in turn, the first that
knows answering.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Span, Token

from ..doc import headline_end
from .body_names import BODY_NOUNS
from .definite_roles import DefiniteRoles
from .description_words import AGE_SET_OFF, CLOSE_ONES, Description, describe
from .display_names import clean_name
from .name_phrases import (
    apposed_name,
    full_name_before,
    named_after_its_kind,
    names_a_kind_of_body,
    of_a_body,
    owner_of_head,
    proper_name,
    role_before_name,
    trailing_name,
)
from .name_spans import joins_a_name, names_an_institution
from .names import PARTY_MEMBERS, RANK_TITLES, ROLE_HEADS, TITLES
from .party_tags import described_tag
from .roles import QUALIFIERS, words_in_role
from .speaker import Speaker
from .speaker_words import (
    AGED,
    AGENT_ENDING,
    ANONYMOUS_DETERMINERS,
    BYGONE,
    COMPANY_HEADS,
    DEFINITE_DETERMINERS,
    DEMONYMS,
    DESCRIBING_HEADS,
    OFFICE_ABBREVIATIONS,
    ORGANISATION_HEADS,
    PERSON_NOUNS,
    PLAYING_POSITIONS,
)
from .spoken_before import NO_ONE
from .unnamed_sources import SPOKESPEOPLE

#: Nouns of things, bodies and businesses, whatever their ending ("a letter",
#: "the broadcaster"): no one of a trade a list lacks.
_NO_PERSON = NO_ONE | BODY_NOUNS | ORGANISATION_HEADS | COMPANY_HEADS


def _of_a_trade(lemma: str) -> bool:
    """Whether a noun no list holds names someone by what they do ("cashier",
    "unionist"), not a thing or a body ending as such nouns do ("letter",
    "broadcaster")."""
    return bool(AGENT_ENDING.search(lemma)) and lemma not in _NO_PERSON
#: A region's word before a demonym ("the Northern Irishman", "the South African").
_REGION_WORDS = frozenset("north south east west northern southern eastern western new".split())
_OWNED_BODIES = frozenset(("office", "campaign"))  # what one's staff speak as: "her office"
Reader = Callable[[Description], "Speaker | None"]


#: Nouns for someone's kin as a group ("the family of X", "her relatives").
_KIN_GROUPS = frozenset("family relatives parents".split())
#: Nouns for a person that say their gender ("the woman told ...").
_GENDERED = {"woman": "f", "man": "m"}
#: Bodies written with "General" after them ("Directorate General of ...").
_GENERAL_BODIES = frozenset("directorate secretariat inspectorate commissariat".split())
#: Offices one person holds in a place at a time (unlike "MP" or "senator").
_ONE_HOLDER = frozenset("premier governor mayor president chancellor".split())


def _names_in_role(role: str) -> bool:
    """Whether a role holds a name of its own ("Wigan MP", "Labour leader"),
    beyond its office ("Premier", "Senior Minister")."""
    return any(w[:1].isupper() and w.lower() not in ROLE_HEADS and w.lower() not in QUALIFIERS
               and w.lower().rstrip(".") not in TITLES for w in role.split())


class DescriptionReader(DefiniteRoles):
    """Descriptions read over what a `SpeakerResolver` has read so far."""

    def _description(self, sp: Span, head: Token) -> Speaker:
        """Who the description `sp`, headed by `head`, stands for; as
        written ("unknown") when no reader knows."""
        d = describe(sp, head)
        for read in self._readers:
            found = read(d)
            if found is not None:
                return found
        return self._someone_unlisted(d) or Speaker(d.text, "unknown")

    def _someone_unlisted(self, d: Description) -> Speaker | None:
        """A noun for someone that no list holds: "the retired joiner" is
        whom the sentence before was about (what someone was, as "the
        58-year-old" is their age); "the trade unionist" who spoke just
        before; "A cashier", "His agent": unnamed sources."""
        if d.head.pos_ != "NOUN":
            return None
        if d.plural:
            # "as pals say she 'blindsided' him", "friends of the couple said": unnamed
            return Speaker(d.text, "anonymous", plural=True, head=d.lemma, group=True) if (
                d.lemma.rstrip("s") in CLOSE_ONES and not d.has_proper) else None
        if d.possessed:
            # "His agent, however, told Cricbuzz": someone's unnamed source
            owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its")
                        for c in d.head.children)
            # (not "His employer, a logistics firm": a business, set off as one)
            firm = any(c.dep_ == "appos" and c.lemma_.lower() in _NO_PERSON
                       for c in d.head.children)
            named = next((e for c in d.head.children if c.dep_ == "appos" and c.ent_type_ == "ORG"
                          for e in d.sp.ents if e.start <= c.i < e.end), None)
            if owned and named is not None:
                # "His employer, haulage firm Brindle Aggregates Ltd,": the firm by name
                return Speaker(clean_name(named.text)[0], "organisation")
            return Speaker(d.text, "anonymous", head=d.lemma) if owned and not firm and (
                AGENT_ENDING.search(d.lemma)) and d.lemma not in NO_ONE else None
        if d.own & {"a", "an", "one", "another"} and not d.has_proper and (
                _of_a_trade(d.lemma) or d.lemma in CLOSE_ONES):
            # "A cashier said ...", "One parishioner, a retired nurse,": someone
            # of a trade no list holds, never named
            return Speaker(d.text, "anonymous", head=d.lemma)
        was = self._what_they_were(d, d.own)
        if was is not None:
            return was
        # ('"... Enough," the trade unionist said', after the union's secretary
        # general spoke: who spoke last, in this paragraph or the one before;
        # not a cashier someone's own words bring in, "and that the cashier told her")
        if d.own & {"the"} and not d.has_proper and _of_a_trade(d.lemma) and (
                d.head.head.dep_ == "ROOT" and d.head.dep_ == "nsubj"):
            last = self._spoke_lately(d.sp)
            if last is not None:
                return Speaker(last.name, "person", d.text, last.person, gender=last.gender)
        return None

    def _what_they_were(self, d: Description, dets: frozenset[str]) -> Speaker | None:
        """"the former teacher said": what someone the article is about
        used to be, as an age is ("the 58-year-old"), not a new person; who
        the sentence before was about, when `dets` hold "the"."""
        if "the" in dets and any(c.dep_ == "amod" and c.lower_ in BYGONE
                                 for c in d.head.children):
            return self._topic_before(d.sp)
        return None

    @cached_property
    def _readers(self) -> tuple[Reader, ...]:
        # the order is the precedence: a titled surname before anything the
        # words may describe, an output before its owner, a role bound by the
        # article before a role as written, a body by its name last
        return (
            self._titled_surname, self._on_the_bench, self._given_only_as,
            self._named_person_noun, self._office, self._office_by_initials,
            self._same_document, self._author_of_output, self._output, self._described_earlier,
            self._spokesperson, self._aged, self._named_later_on, self._number_ten,
            self._apposed_to_a_name, self._one_of_them_named,
            # ("Friends of Larchmere Park, a group of 40 neighbours who ...": the
            # body's name, not an unnamed group)
            self._named_then_described, self._anonymous, self._described_star,
            self._party_member, self._by_nationality, self._role, self._person_noun,
            self._kin_of_someone, self._surname, self._proper_name, self._police,
            self._central_bank, self._arm_of_body, self._addressed_body,
            self._the_body, self._body_by_apposed_name,
            self._who_clause_surname, self._owned_body, self._organisation, self._share_or_group,
        )

    def _titled_surname(self, d: Description) -> Speaker | None:
        """"Ms Hart" is a person whatever the tagger calls "Hart": the full
        name written before, else the titled surname."""
        words = [t for t in d.sp if t.is_alpha]
        if (len(words) == 2 and words[0].lower_ in ("mr", "ms", "mrs", "miss", "dr")
                and d.head.pos_ == "PROPN" and d.head == words[1]):
            display, gender = clean_name(d.sp.text, person=True)
            return Speaker(full_name_before(d.head, gender) or display, "person", gender=gender)
        return None

    def _named_person_noun(self, d: Description) -> Speaker | None:
        """"Her neighbour Oleg, a retired mechanic,"."""
        named = apposed_name(d.head) if d.head.lower_ in PERSON_NOUNS else None
        if named is not None:
            return self._named(
                named, " ".join(d.sp.doc[d.sp.start : named.start].text.split()).rstrip(" ,"))
        return None

    def _office(self, d: Description) -> Speaker | None:
        """"the PM said", the article naming its prime minister."""
        office = OFFICE_ABBREVIATIONS.get(d.lemma)
        if office is not None and [t.lower_ for t in d.sp if t.is_alpha] in (
                ["the", d.lemma], [d.lemma]):
            holder = self._office_holder(office)
            if holder is not None:
                return Speaker(holder.name, "person", d.unfiled, holder.person,
                               gender=holder.gender)
        return None

    def _office_by_initials(self, d: Description) -> Speaker | None:
        """"The DSG said", the article naming "Deputy Solicitor General
        Shanaka Wijesinghe": an office by its capitals is its one holder."""
        words = [t for t in d.sp if t.is_alpha]
        if not (words and words[-1] == d.head and d.head.is_upper and 2 <= len(d.head) <= 5
                and [t.lower_ for t in words[:-1]] in ([], ["the"])):
            return None
        holder = self.people.by_initials(d.head.text)
        if holder is None:
            return None
        return Speaker(holder.name, "person", d.text, holder, gender=holder.gender)

    def _described_earlier(self, d: Description) -> Speaker | None:
        """"the source added", after "A Labour source said"; "the Berlin wine
        merchant", after "a wine merchant in Berlin"."""
        if not d.has_proper and d.dets & DEFINITE_DETERMINERS:
            return self._described_before(d.text, d.lemma, d.plural, d.sp.start_char)
        return None

    def _aged(self, d: Description) -> Speaker | None:
        """"the 58-year-old said": the person of that age; one the article
        never gave is who it named last, as a reader takes it."""
        # ("The 61-year-old president, a hydraulic engineer by training": what she is, aside)
        age = AGED.match(d.text.split(",")[0].strip()) or AGE_SET_OFF.match(d.text)
        if age is None:
            return None
        aged = self.people.by_age(age.group(1))
        if aged is not None:
            return Speaker(aged.name, "person", None, aged, gender=aged.gender)
        if d.lemma in ROLE_HEADS:
            # "The 61-year-old president": the one president named, not the
            # governor who spoke in between
            holder = self.people.by_role(d.lemma)
            if holder is not None:
                return Speaker(holder.name, "person", None, holder, gender=holder.gender)
        # (not one the article gave another age, nor the byline's writer)
        last = self._subject_of_own_sentence(d.sp) or self._topic_before(d.sp)
        if last is not None and not self.people.aged_otherwise(last.person, age.group(1)):
            return last
        if last is not None:
            # "His daughter, Megan, 24, ...", then "the 61-year-old said": the
            # last one named whom no other age rules out
            before = [p for _, p in self.people.mentions_before(d.sp.start_char)
                      if self.people.listable(p)
                      and not self.people.aged_otherwise(p, age.group(1))]
            return self._of(before[-1]) if before else None
        main = self.people.salient("person")
        if main is not None and not self.people.aged_otherwise(main, age.group(1)):
            return Speaker(main.name, "person", None, main, gender=main.gender)
        return None

    def _named_later_on(self, d: Description) -> Speaker | None:
        """"A former fund manager told a jury", named further on; a
        headline's or lede's description, the person the article then names
        speaking."""
        if d.plural:
            return None
        if not d.has_proper and {c.lower_ for c in d.head.children} & {"a", "an"}:
            return self._named_later(d.sp, d.head) or self._introduced_next(d.sp, d.head)
        in_headline = d.sp.start_char < headline_end(d.sp.doc)
        if in_headline and not d.dets & {"a", "an", "the"} and not any(
                t.ent_type_ for t in d.sp):
            # a headline's "..., researcher says", its articles dropped (and
            # its words capitalised: "Former air traffic controller tells")
            return self._introduced_next(d.sp, d.head)
        return None

    def _described_star(self, d: Description) -> Speaker | None:
        """"the singer", "the star": who the page is about near here."""
        if d.lemma in DESCRIBING_HEADS and "the" in d.dets and not d.plural and not d.possessed:
            bound = self.people.by_role(d.text, exact_only=True) or self.people.nearby(
                d.sp.start_char, d.text)
            if bound is not None:
                return Speaker(bound.name, "person", d.text, bound, gender=bound.gender)
        return None

    def _apposed_to_a_name(self, d: Description) -> Speaker | None:
        """"Finance Minister Rüdiger Hamann, a Social Democrat who has long
        argued that ...": the person named right before the description."""
        head = d.head
        if head.dep_ != "appos" or not d.dets & {"a", "an"} or head.head.pos_ != "PROPN" or (
                head.head.i > head.i):
            return None
        person = self.people.covering(head.head.idx)
        if person is None:
            return None
        return Speaker(person.name, "person", d.text, person, gender=person.gender)

    def _party_member(self, d: Description) -> Speaker | None:
        """"The Illinois Democrat added": one party member, the one the
        article tagged so ("Sen. Ann Ruiz, D-Ill."), else named last before."""
        sp, head = d.sp, d.head
        if not (d.lemma in PARTY_MEMBERS and head.text[:1].isupper() and not d.plural
                and {t.lower_ for t in sp if t.dep_ == "det"} == {"the"}
                # (a hyphened word is one: "the second-term Republican")
                and not d.has_proper and len(sp) - 2 * sum(t.text == "-" for t in sp) <= 4):
            return None
        tag = described_tag(d.text)
        tagged = self.people.by_party_tag(tag) if tag is not None else None
        if tagged is not None:
            return Speaker(tagged.name, "person", d.text, tagged, gender=tagged.gender)
        last = self._named_before(sp.start_char)
        if last is not None:
            return Speaker(last.name, "person", d.text, last.person, gender=last.gender)
        return None

    def _by_nationality(self, d: Description) -> Speaker | None:
        """"the Scot", "the Australian", "the striker": a person by nationality
        or position, the one speaking in this paragraph (not the player he
        spoke of), else the one the sentence before was about, as an age is
        ("the 24-year-old")."""
        head = d.head
        if (d.dets == {"the"} and head.lower_ in DEMONYMS and head.text[:1].isupper() and (
                d.own_alpha_count == 2 or (  # "the Northern Irishman", "the New Zealander"
                    d.own_alpha_count == 3 and head.i > 0 and head.nbor(-1).is_title
                    and head.nbor(-1).lower_ in _REGION_WORDS))) or (
                # ("the left-hander": "left" is read as one of its determiners)
                "the" in d.dets and d.lemma in PLAYING_POSITIONS and not d.plural
                and not d.has_proper and d.own_alpha_count <= 3
                # (not "the hurricane center", "the data centre": a body named by its kind)
                and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children)):
            # (the sentence before's subject: "Rui Almeida-Pinto was less happy,
            # insisting Ibarra-Quiroga had ...", then '"...," the Portuguese said')
            last = self._spoke_in_paragraph(d.sp) or self._topic_before(d.sp)
            if last is not None:
                return Speaker(last.name, "person", d.text, last.person, gender=last.gender)
        return None

    def _role(self, d: Description) -> Speaker | None:
        """A role noun ("the mayor", "his lawyer", "Labour's shadow home
        secretary, Marcus Bell"): the person the article binds to it, the
        one apposed, the one who spoke with it; else the role as written."""
        sp, head, lemma, text, plural = d.sp, d.head, d.lemma, d.text, d.plural
        if not (lemma in ROLE_HEADS or lemma.rstrip("s") in ROLE_HEADS or lemma in RANK_TITLES):
            return None
        if lemma == "general" and any(c.lower_ in _GENERAL_BODIES for c in head.children):
            return None  # "The Directorate General of Canal Navigation": a body
        if plural and head.ent_type_ == "ORG" and head.pos_ == "PROPN":
            # a body by its name ("the Joint Chiefs of Staff"; "the Joint Chiefs", as it spoke)
            short = text.removeprefix("the ").removeprefix("The ")
            return next((sp for _, _, sp in reversed(self.history) if sp.name
                         and short in sp.name), Speaker(short, "organisation"))
        # "An attorney for Halloran", after "Defense attorney Miriam
        # Kowalczyk": an indefinite description brings in someone new
        # ("One councillor who voted against it": one of several, unnamed)
        indefinite = any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (
            c.dep_ in ("det", "nummod") and c.lower_ in ("one", "another") and c.i == sp.start)
            for c in head.children)
        bound = None if indefinite else self.people.by_role(text)
        # "the Hampshire MP" is no MP whose roles lack Hampshire ("Wigan MP
        # X"); a body's office binds without it ("PAHO Director")
        named_in = {t.lower_ for t in sp if t.i < head.i and t.pos_ == "PROPN"
                    and t.ent_type_ not in ("ORG", "NORP")} | of_a_body(head)
        # (an office one person holds in a place, given with no name of its
        # own, binds "the Quebec premier" too: "Premier Sylvie ...")
        if bound is not None and (not named_in or any(
                words_in_role(named_in, r) for r in bound.roles) or (
                lemma in _ONE_HOLDER and not any(_names_in_role(r) for r in bound.roles))):
            return Speaker(bound.name, "person", text, bound, gender=bound.gender)
        if named_in and not indefinite:
            # "Uppsala police chief" for the one "regional police chief", her
            # role naming no other place; "Jal Shakti Minister" for the
            # "Minister" the article wrote after those words, the tagger
            # reading them as a name (but "the Hampshire MP" is not the one
            # MP given no seat)
            bare = self.people.by_role(" ".join(t.text for t in sp if t.lower_ not in named_in))
            if bare is not None and not any(_names_in_role(r) for r in bare.roles) and (
                    bound is None or self._written_before(bare, named_in)):
                return Speaker(bare.name, "person", text, bare, gender=bare.gender)
        named = apposed_name(head) or trailing_name(sp)
        if named is not None:  # "Labour's shadow home secretary, Marcus Bell,"
            return self._role_and_name(d, named)
        # (a headline drops its articles: "Labour leader says ...")
        headline = not any(t.dep_ == "det" for t in sp) and (
            sp.start_char < headline_end(sp.doc))
        if indefinite and not plural and not d.has_proper and not d.possessed:
            # "One councillor who voted against the sale": never named (the
            # "the" is the clause's); but "A coroner ruled ..." in a lede is
            # the coroner the article then names
            later = None if lemma in SPOKESPEOPLE else self._lede_role_named_later(sp, head)
            return later or Speaker(text, "anonymous", plural=plural, head=lemma)
        if "the" in d.dets or d.possessed or (len(sp) == 1 and not plural) or headline:
            return self._definite_role(d)
        if not plural and not d.has_proper and d.own & ANONYMOUS_DETERMINERS:
            # "one Ohio county chairman", "a former officer": never named
            return Speaker(text, "anonymous", plural=plural, head=lemma)
        return None

    def _role_and_name(self, d: Description, named: Span) -> Speaker:
        """A role with the name after it: "his daughter, Rosa", "..., Oba
        Samuel Ajayi"."""
        sp = d.sp
        before = list(sp.doc[sp.start : named.start])
        comma = max((k for k, t in enumerate(before) if t.text == ","), default=None)
        if comma is not None and all(t.is_punct or t.lower_.rstrip(".") in TITLES
                                     for t in before[comma:]):
            before = before[:comma]  # "..., Oba Samuel Ajayi": Oba is his title
        role = " ".join(sp.doc[sp.start : before[-1].i + 1].text.split()) if before else ""
        family = self._family_name(d.head) if len(named) == 1 else None
        if family is not None:  # "his daughter, Rosa": Rosa Gonzalez to a reader
            return Speaker(f"{named.text} {family}", "person",
                           role_before_name(role) if role else None)
        return self._named(named, role_before_name(role) if role else None)

    def _person_noun(self, d: Description) -> Speaker | None:
        """"the driver", the article naming the driver; "a local man", "the
        young woman", "one resident": an unnamed source."""
        head, text = d.head, d.text
        # ("the Warumungu woman": her people's name, no one else's)
        peopled = d.lemma in _GENDERED and all(
            t.dep_ in ("amod", "compound") and t.head == head
            for t in d.sp if t.pos_ == "PROPN" or t.ent_type_)
        if not (d.lemma in PERSON_NOUNS and not d.plural and (not d.has_proper or peopled)
                and head.pos_ == "NOUN"
                and (d.own & ANONYMOUS_DETERMINERS or "the" in d.dets) and not d.possessed):
            return None
        # ("A woman at the gas station told me": someone new, whatever the
        # article calls anyone else)
        bound = None if d.own & {"a", "an"} else self.people.by_role(text)
        if bound is None and d.dets == {"the"} and len(d.sp) == 2 and d.lemma not in _GENDERED:
            # "the pharmacist", after "pharmacist Omondi Achieng said"
            bound = self.people.by_trade(head.lower_, d.sp.start_char)
        if bound is not None:
            return Speaker(bound.name, "person", text, bound, gender=bound.gender)
        gender = _GENDERED.get(d.lemma)
        if gender is not None and (d.dets == {"the"} or (peopled and "the" in d.own)) and (
                self.history):
            # '"...," the woman told The Daily Star', right after Rokeya Begum spoke
            start, _, last = self.history[-1]
            if (last.type == "person" and last.person is not None and last.gender == gender
                    and self._breaks_between(start, d.sp.start_char) <= 1):
                return Speaker(last.name, "person", text, last.person, gender=gender)
        quoted = any(s < d.sp.start_char < e for s, e in self._double_quotes)
        again = self._described_again(d.sp, head) if "the" in d.own and not quoted else None
        if again is not None:  # '"...," the 22-year coaching veteran said', after Denise Harlan
            return Speaker(again.name, "person", text, again.person, gender=again.gender)
        return self._what_they_were(d, d.dets) or Speaker(
            text, "anonymous", plural=d.plural, head=d.lemma)

    def _on_the_bench(self, d: Description) -> Speaker | None:
        """"His Honour said", "Her Honour said": the judge or magistrate the
        article named."""
        if d.text.casefold().replace("honor", "honour") not in ("his honour", "her honour"):
            return None
        bench = self.people.by_role("the magistrate") or self.people.by_role("the judge")
        if bench is None:
            return Speaker(d.text, "person")
        return Speaker(bench.name, "person", d.text, bench, gender=bench.gender)

    def _kin_of_someone(self, d: Description) -> Speaker | None:
        """"the family of Shlomo Ben Haim, an 84-year-old from Kiryat Ata,":
        someone's kin, unnamed, by the words before what is said of the
        person they belong to."""
        if d.lemma not in _KIN_GROUPS or not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                for c in d.head.children):
            return None
        comma = next((t.i for t in d.sp if t.text == "," and t.i > d.head.i), d.sp.end)
        return Speaker(d.sp.doc[d.sp.start : comma].text, "anonymous", plural=True,
                       head=d.lemma, group=True)

    def _surname(self, d: Description) -> Speaker | None:
        """"Trump said", with "Donald Trump" named before; "Bello said",
        after "Engr. Tunde Bello" the tagger missed."""
        sp, head = d.sp, d.head
        if not (head.pos_ == "PROPN" or head.text[:1].isupper()):  # tagged NOUN, still a name
            return None
        known = self.people.by_surname(head.text) or self.people.by_surname_before(
            head.text, sp.start_char, self._speakers_so_far())
        first = head.i
        while first >= 2 and joins_a_name(sp.doc, first - 1):
            first -= 2
        if known is None and first < head.i:
            # "Adebiyi-Coker", three tokens ("Adebiyi-Coker, an actor,")
            known = self.people.by_surname(sp.doc[first : head.i + 1].text)
        if known is None and d.own_alpha_count == 1:
            # "Ivana said", "Fadi, 41, who has baked here since school, argues"
            known = self.people.by_given(head.text)
        if known is not None:
            return self._of(known)
        if d.alpha_count == 1:
            return self._speaker_by_surname(head.text)
        return None

    def _proper_name(self, d: Description) -> Speaker | None:
        """A name the tagger made proper: a body's ("Riverside Cafe says"), else a person's."""
        head, name = d.head, proper_name(d.head)
        if name is None:
            return None
        # ("Generation Rent, a campaign group,"; "rights group Foro Penal")
        said_a_body = any((c.dep_ == "appos" or (c.dep_ == "compound" and c.i < head.i))
                          and c.pos_ == "NOUN" and c.is_lower
                          and names_a_kind_of_body(c.lemma_.lower()) for c in head.children)
        if names_an_institution(name) or said_a_body:
            # "Riverside Cafe says ...", "Generation Rent, a campaign group, warns"
            return Speaker(name, "organisation")
        if (rest := named_after_its_kind(name)) is not None:
            # "Developer Northline Living said": a kind of business, then its name
            return Speaker(rest, "organisation")
        known = self.people.listed_at(head.idx)  # ("Ma. Cristina Dizon-Alcantara", in full)
        if name.split()[0].lower().rstrip(".") not in TITLES or known is not None:
            return self._of(known) if known is not None else Speaker(name, "person")
        # "Ms Sturgeon", which NER missed: the full name if written before
        display, gender = clean_name(name, person=True)
        return Speaker(full_name_before(head) or display, "person", gender=gender)

    def _who_clause_surname(self, d: Description) -> Speaker | None:
        """"Halvorsen, who chairs the committee, said": "who" is said of a
        person, whatever the tagger made of a lone surname."""
        clause, head = d.clause, d.head
        if (clause is not None and clause.head == head and head.pos_ == "PROPN"
                and not d.plural and d.own_alpha_count == 1
                and any(t.lower_ in ("who", "whose") for t in clause.lefts)):
            known = self.people.by_surname(head.text)
            return self._of(known) if known is not None else Speaker(head.text, "person")
        return None

    def _owned_body(self, d: Description) -> Speaker | None:
        """"Her office said", "his campaign said": the office or campaign of
        the person "her" or "his" reads back to, named by them as a reader
        names it ("Adaeze Okafor's office")."""
        words = [t.lower_ for t in d.sp if t.is_alpha]
        if d.plural or d.lemma not in _OWNED_BODIES:
            return None
        if owner_of_head(d.sp, [m for p in self.people.persons if self.people.listable(p)
                                for m in p.mentions]):
            # "Boatwright's campaign", "the office of Secretary of State Ruth
            # Abernathy-Cole": as the article names it
            return Speaker(d.text.removeprefix("The ").removeprefix("the "), "organisation")
        if words[:-1] not in (["his"], ["her"], ["their"]):
            return None
        owner = self._owner(d.head)
        if owner is None or not owner.name:
            return None
        return Speaker(f"{owner.name}'s {d.lemma}", "organisation")
