"""Who a word or a description names among the people `mentions.People`
has read: a surname, a given name, a role ("the Labour leader"), an age
("the 58-year-old"), kin ("Elian's father"), a party tag, the article's main
person, or whoever was named last before a place in the text.

`PersonLookups` is the part of `People` that answers them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...nlp import doc_text
from ..doc import headline_end
from .display_names import clean_name
from .name_phrases import KIN_HEADS
from .party_tags import tag_after
from .person import Person
from .roles import (
    genders_said,
    leads_as_described,
    legislates_as_described,
    other_office,
    placed_as_described,
    polices_as_described,
    role_core,
    role_fits,
    role_key,
    same_office,
    without_rank,
)

#: An age written after a name ("Anna Berg, 58,", "Anna Berg, aged 58") ...
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?(\d{1,3})\b")
#: ... or before it ("58-year-old Anna Berg").
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s*$")


#: Small words an office's initials leave out ("Director of Public Prosecutions").
_UNINITIALLED = frozenset("of the and for".split())


def _initials(role: str) -> str | None:
    """The initials of an office written out in capitals ("dsg" of "Deputy
    Solicitor General"); None for a role with words in lower case ("United
    Synagogue chief executive" is no office the capitals "US" stand for)."""
    words = [w for w in re.findall(r"[^\W\d_]+", role) if w.casefold() not in _UNINITIALLED]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return None
    if words[0].casefold() == "minister":
        return None  # "the MND": the Ministry of National Defense as often as its minister
    return "".join(w[0] for w in words).casefold()


#: A judge's titles before a name.
_BENCH = frozenset("justice judge magistrate".split())


#: A junior holder of an office ("Minister of State for Railways", "Deputy
#: Secretary"): a bare "the minister" beside the office's holder is not them.
_JUNIOR = re.compile(r"(?i)\b(?:ministers? of state|deputy|junior|assistant|vice|shadow)\b")


class PersonLookups:
    """The lookups of `People`, over its persons and where each is mentioned."""

    doc: Doc
    persons: list[Person]
    #: (start, end) of each mention -> the person it is of
    _at: dict[tuple[int, int], Person]

    def listable(self, person: Person) -> bool:
        raise NotImplementedError  # People's: whether a person reads as one

    def byline_only(self, person: Person) -> bool:
        raise NotImplementedError  # People's: whether only the byline names them

    def _in_byline_only(self, person: Person) -> bool:
        raise NotImplementedError  # NameMerges': whether only the byline's line names them

    def by_party_tag(self, tag: tuple[str, str]) -> Person | None:
        """The one person the article tags with this party and state
        (`Sen. Lorraine Whitcomb, D-Ore.,` for "the Oregon Democrat")."""
        text = doc_text(self.doc)
        found = [p for p in self.persons
                 if any(tag_after(text, end) == tag for _, end in p.mentions)]
        return found[0] if len(found) == 1 else None

    def mention(self, start: int, end: int) -> Person | None:
        """The person the entity at exactly [start, end) is a mention of."""
        return self._at.get((start, end))

    def at(self, start: int, end: int) -> Person | None:
        """The person a mention inside [start, end) refers to: the first whose
        name reads as a person's ("Lee Park" before "Green Grocer Market")."""
        inside = sorted((s, i, person) for i, ((s, e), person) in enumerate(self._at.items())
                        if start <= s and e <= end)
        named = [person for _, _, person in inside if self.listable(person)]
        if named:
            return named[0]
        return inside[0][2] if inside else None

    def by_surname(self, word: str) -> Person | None:
        """The person whose surname this is ("Trump" tagged as an organisation)."""
        key = clean_name(word, person=True)[0].casefold()
        # (not a writer the byline alone names)
        found = [p for p in self.persons if p.surname == key and p.first and self.listable(p)
                 and not self._in_byline_only(p)]
        if not found:  # "Beltrán", after "Ximena Beltrán Ocampo"
            found = [p for p in self.persons if p.first_surname == key and self.listable(p)]
        return found[-1] if len(found) == 1 else None

    def by_surname_before(self, word: str, char: int,
                          spoke: frozenset[str] = frozenset()) -> Person | None:
        """Of the people who share this surname, the one of them who has
        spoken (`spoke`: their names), else the one named last before `char`
        ('"...," Reyes said', after "senior point guard Kayla Reyes", her
        father Tomas Reyes named only further on)."""
        key = clean_name(word, person=True)[0].casefold()
        named = [p for _, p in self.mentions_before(char) if p.surname == key and p.first
                 and self.listable(p) and not self._in_byline_only(p)]
        speakers = {p.name: p for p in named if p.name in spoke}
        if len(speakers) == 1:
            return next(iter(speakers.values()))
        return named[0] if named and not speakers else None

    def by_given(self, word: str) -> Person | None:
        """The one named person whose given name this is ("Ivana said", with
        "Ivana Trump" named before and "Ivanka Trump" beside her)."""
        key = clean_name(word, person=True)[0].casefold()
        found = [p for p in self.persons if p.first == key and len(p.name.split()) > 1
                 and self.listable(p)]
        if not found and len(key) >= 3:
            # "Gwen said", after "Gwendolyn Haverkamp": the short form of one
            # given name only (not "Ann" for "Anna", nor "Chris" beside
            # Christine and Christopher)
            found = [p for p in self.persons if p.first and len(p.first) >= len(key) + 2
                     and p.first.startswith(key) and len(p.name.split()) > 1
                     and self.listable(p)]
        return found[0] if len(found) == 1 else None

    def kin_by_surname(self, owner: Person, kin: str, gender: str) -> Person | None:
        """The one other person of `owner`'s surname and of this gender ("Elian
        Gonzalez's father" when the article names Juan Miguel Gonzalez only as
        the one who speaks); none when two could be meant, when any is of
        unknown gender, or when the article made the one left other kin
        ("Elian's great-uncle, Lazaro Gonzalez" is not "his son")."""
        if len(owner.name.split()) < 2:
            return None
        # (either of two surnames: "Paolo Marchetti", father of "Lena Marchetti Ruiz")
        surnames = {owner.surname, owner.first_surname}
        family = [p for p in self.persons if p is not owner and p.surname in surnames
                  and len(p.name.split()) > 1 and self.listable(p)
                  and p.gender in (gender, None)
                  and not self._apposed_kin(p) - {kin}]
        return family[0] if len(family) == 1 and family[0].gender == gender else None

    def _apposed_kin(self, person: Person) -> set[str]:
        """Nouns of kin set beside the person's mentions ("Elian's great-uncle,
        Lazaro Gonzalez", "Lazaro Gonzalez, his uncle,")."""
        found: set[str] = set()
        for start, end in person.mentions:
            span = self.doc.char_span(start, end)
            if span is None:
                continue
            root = span.root
            beside = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                beside.append(root.head)
            found |= {t.lower_ for t in beside if t.lower_ in KIN_HEADS}
        return found

    def by_role(self, description: str, *, exact_only: bool = False) -> Person | None:
        """The one person the article gave this role ("the Labour leader");
        `exact_only`: only a role written the same ("the singer" for "singer
        Ana Lima", not for "soul singer Ana Lima" beside another singer)."""
        want = role_key(description)
        if not want:
            return None
        # (people who read as such: not "Grammy" of "a representative for the
        # Grammy-nominated singer")
        persons = [p for p in self.persons if p.roles and self.listable(p)]
        exact = [p for p in persons if any(role_key(r) == want for r in p.roles)]
        if len(exact) == 1:
            return exact[0]
        if exact_only:
            return None
        then = "then" in want.split()  # "the then prime minister": a former one fits
        want_words = role_core(" ".join(w for w in want.split() if w != "then"))
        # ("the PNP chief" of "PNP chief Police Gen. Rommel ...": the office before his rank)
        loose = [p for p in persons if any(
            role_fits(want_words, r, then) or role_fits(want_words, without_rank(r) or "", then)
            for r in p.roles)]
        if not loose:  # "the union chief", the article naming the union's president
            loose = [p for p in persons
                     if any(leads_as_described(want_words, r)
                            or legislates_as_described(want_words, r)
                            or polices_as_described(want_words, r) for r in p.roles)]
        if len(loose) != 1 and len(want_words) > 1:  # "Tongan minister": the one of Tonga
            placed = [p for p in persons if any(placed_as_described(want_words, r)
                                                for r in p.roles)]
            loose = placed if len(placed) == 1 else loose
        if not loose and want_words in (["judge"], ["magistrate"]):
            # "the Judge said", after "Justice Vaepule Iosefa Sefo": the one
            # the article gave a judge's title
            loose = [p for p in self.persons if self.listable(p) and self._titled(p, _BENCH)]
        word = want_words[0] if len(want_words) == 1 else ""
        if len(loose) > 1 and word and all(
                any(word in r.lower().split() for r in p.roles) for p in loose):
            # "the minister", beside a Minister of State: the senior office
            # (all of them holding an office of that word)
            senior = [p for p in loose if not all(_JUNIOR.search(r) for r in p.roles)]
            loose = senior if len(senior) == 1 else loose
        return loose[0] if len(loose) == 1 else None

    def by_initials(self, initials: str) -> Person | None:
        """The one person whose office the article wrote out in words that
        these capitals shorten ("the DSG", after "Deputy Solicitor General
        Shanaka Wijesinghe"): offices go by their initials in court and
        police reports."""
        want = initials.casefold()
        found = [p for p in self.persons if self.listable(p) and any(
            _initials(r) == want for r in p.roles)]
        return found[0] if len(found) == 1 else None

    def _titled(self, person: Person, titles: frozenset[str]) -> bool:
        """Whether a title of `titles` stands right before a mention of the
        person ("Justice | Vaepule Iosefa Sefo")."""
        text = doc_text(self.doc)
        before = (text[max(0, s - 20) : s].split() for s, _ in person.mentions)
        return any(words and words[-1].rstrip(".").casefold() in titles for words in before)

    def salient(self, description: str, spoke: frozenset[str] = frozenset()) -> Person | None:
        """The article's main person, for a definite role the article never
        binds to a name ("the owner said", "the Labour leader claimed"): the
        person mentioned most (the first of equals), unless a role they were
        given says otherwise ("the former mayor" is not the mayor, "the
        premier" not the health minister)."""
        want = role_key(description)
        # not the writer a byline names ("By Rhiannon Achterberg")
        people = [p for p in self.persons if self.listable(p) and not self.byline_only(p)]
        if not people or not want:
            return None
        # the person the headline (the first line) names wins a tie
        first_line = headline_end(self.doc)
        def rank(p: Person) -> tuple[bool, int, bool, int]:
            in_headline = first_line > 0 and min(p.mentions)[0] < first_line
            # one who has spoken before one only spoken about ("the former
            # secretary of state said", after Clinton spoke about Crutcher)
            return (p.name not in spoke, -len(p.mentions), not in_headline, min(p.mentions)[0])
        ranked = sorted(people, key=rank)
        top = ranked[0]
        if len(ranked) > 1 and rank(ranked[1])[:3] == rank(top)[:3]:
            return None  # two people as prominent: the role does not say which
        said = genders_said(description)
        if said and top.gender is not None and top.gender not in said:
            return None  # "the actress" is not the article's main man
        if other_office(want, top.roles):
            return None
        then = "then" in want.split()
        for role in top.roles:
            key = role_key(role).split()
            if key[-1:] == want.split()[-1:] and not same_office(want.split(), key, then):
                return None
        return top

    def nearby(self, before: int, description: str, reach: int = 2000) -> Person | None:
        """The person a description of what someone is ("the singer", "the
        star") most likely means: of the people named in the `reach`
        characters before it, the one named most often there (the latest of
        equals), of the gender the description says if it says one. Pages
        stitched from several stories, or about several people in turn, name
        their subject near where they describe them."""
        said = genders_said(description)
        counts: dict[int, tuple[int, int]] = {}
        people: dict[int, Person] = {}
        for p in self.persons:
            if not self.listable(p) or self.byline_only(p) or (
                said and p.gender is not None and p.gender not in said
            ):
                continue
            # every mention, those the tagger found as the name alone included
            for s, _ in set(p.mentions):
                if before - reach <= s < before:
                    n, last = counts.get(id(p), (0, -1))
                    counts[id(p)] = (n + 1, max(last, s))
                    people[id(p)] = p
        if not counts:
            return None
        return people[max(counts, key=lambda k: counts[k])]

    def by_age(self, age: str) -> Person | None:
        """The one person the article gives this age ("Anna Berg, 58," or "58-year-old
        Anna Berg"), for "the 58-year-old said"."""
        found = {p.name: p for p in self.persons if age in self._ages_given(p)}
        return next(iter(found.values())) if len(found) == 1 else None

    def aged_otherwise(self, person: Person | None, age: str) -> bool:
        """Whether `person` cannot be "the <age>-year-old": the article gives
        them another age ("Megan, 24,"), or only the byline names them."""
        if person is None:
            return False
        ages = self._ages_given(person)
        return bool(ages and age not in ages) or self.byline_only(person)

    def _ages_given(self, person: Person) -> set[str]:
        """The ages written beside a person's mentions: "Anna Berg, 58,",
        "aged 58", "58-year-old Anna Berg"."""
        text = doc_text(self.doc)
        ages = set()
        for s, e in person.mentions:
            after = _AGE_AFTER.match(text[e : e + 12])
            before = _AGE_BEFORE.search(text[max(0, s - 16) : s])
            ages |= {m.group(1) for m in (after, before) if m is not None}
        return ages

    def by_trade(self, noun: str, before: int) -> Person | None:
        """The one person named before `before` with the trade `noun` written
        beside the name ("pharmacist Omondi Achieng", "Omondi Achieng, a
        pharmacist,"), for a later "the pharmacist said"."""
        text = doc_text(self.doc)
        word = re.escape(noun)
        ahead = re.compile(rf"(?i)\b{word},?\s+$")
        after = re.compile(rf"(?i),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{word}\b")
        found = {p.name: p for (s, e), p in self._at.items() if s < before and self.listable(p)
                 and (ahead.search(text[max(0, s - 40) : s]) or after.match(text, e, e + 60))}
        return next(iter(found.values())) if len(found) == 1 else None

    def mentions_before(self, char: int) -> list[tuple[int, Person]]:
        """(start, person) of mentions before `char`, nearest first."""
        found = [(s, p) for (s, _), p in self._at.items() if s < char]
        return sorted(found, key=lambda x: -x[0])
