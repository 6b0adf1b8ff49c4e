"""Named people in one article: mentions clustered into persons, with the
roles the article binds to them ("Labour leader Jeremy Corbyn", "Jess
Phillips, an outspoken critic of ...").

"Mr Corbyn", "JEREMY Corbyn" and "Corbyn" join the "Jeremy Corbyn" cluster;
"Chelsea Clinton" and "Hillary Clinton" stay apart, and a bare "Clinton"
goes to the one mentioned last. The merge passes are `name_merges.NameMerges`,
the lookups by surname, role, age or place `person_lookups.PersonLookups`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from ...nlp import GENERATIONAL_SUFFIXES, dictionary_words, doc_ents, doc_text, joined_initial
from ..countries import is_country, is_country_demonym
from ..quotes.labels import labelled_names
from .aged_names import aged_given_names, aged_names, described_given_names, written_with_age
from .body_phrases import BUSINESS_NAME_ENDS
from .byline import Byline, find_byline, find_signoffs
from .display_names import clean_name
from .given_names import gender_of_given_name, known_given_name
from .listable import only_a_country, reads_as_person
from .mislabelled import named_otherwise
from .name_cuts import split_names
from .name_merges import NameMerges, genders_agree, senior
from .name_phrases import KIN_HEADS
from .name_runs import (
    initialled_runs,
    nicknamed_names,
    no_name_in,
    office_runs,
    patronymic_names,
    titled_across,
    titled_runs,
    untagged_names,
    vietnamese_names,
)
from .name_spans import joins_a_name, name_span
from .name_split import given_names_agree, name_parts
from .names import (
    ABBREVIATED_OFFICES,
    NAME_PARTICLES,
    PARTY_MEMBERS,
    RANK_TITLES,
    ROLE_HEADS,
    TITLES,
    TITLES_OF_ADDRESS,
    courtesy_surnames,
)
from .party_tags import party_in_brackets
from .person import Person
from .person_lookups import PersonLookups
from .place_mentions import named_as_a_kind, reads_as_place, titled_in_a_place
from .roles import (
    gender_of_roles,
    outer_role,
    role_of,
)
from .speaker_words import PERSON_NOUNS

#: A generational suffix, the one full stop a name may end with ("Martin King Jr.").
_SUFFIX = re.compile(rf"\b(?:{'|'.join(GENERATIONAL_SUFFIXES)})\.\s*$")


#: Words that open the name of an operation or a storm, which the tagger may
#: read as a person's.
_NAMED_EVENTS = frozenset("operation project exercise storm hurricane cyclone typhoon".split())
#: Words that name a building with a name like a person's: "Casa Rosada",
#: "Palácio do Planalto"; "Gordon House", "Stormont Castle" after "in" or "at".
_BUILDINGS_FIRST = frozenset("casa palacio palácio".split())
_BUILDINGS_LAST = frozenset("house hall palace castle tower lodge".split())


class People(NameMerges, PersonLookups):
    """The persons of one article, built from spaCy's PERSON entities."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.persons: list[Person] = []
        self._listable: dict[tuple[int, str], bool] = {}
        self._at: dict[tuple[int, int], Person] = {}
        self._roles: dict[tuple[int, int], str | None] = {}  # role_of, read once per mention
        labels: dict[str, Counter[str]] = {}
        places: set[str] = set()
        for ent in doc_ents(doc):
            labels.setdefault(ent.text.casefold(), Counter())[ent.label_] += 1
            if ent.label_ in ("GPE", "LOC") and ent.start and doc[ent.start - 1].lower_ in (
                    "in", "at", "near", "across"):
                places.add(ent.text.casefold())
        courtesy = courtesy_surnames(doc)
        ents = doc_ents(doc)
        split = split_names(ents)
        # `By Helena Marsh-Oyelaran, Health Reporter`: a writer, whatever the tagger made of her
        top = find_byline(doc_text(doc), lambda s, e: False)
        self._byline_line = top.span if top is not None else None
        # ... and the staff a sign-off at the foot names ("Additional reporting by X")
        self._signoffs = find_signoffs(doc_text(doc))
        staff = [name for _, names in self._signoffs for name in names]
        bylined = [span for s, e in [*(top.names if top else ()), *staff]
                   if (span := doc.char_span(s, e, alignment_mode="contract")) is not None]
        spans: dict[int, Span] = {}  # entity start -> the name it was read as
        # "Jose Antonio "Tonton" de la Paz", "Mr Hamisi | Omari Mzava": names the tagger cut
        runs = titled_runs(doc) + office_runs(doc)
        across = titled_across(doc, runs)
        nicknamed = nicknamed_names(doc) + across
        for name in nicknamed:
            self._add(name)
        for k, ent in enumerate(ents):
            if k - 1 in split:
                continue  # the surname of the name before, joined to it
            whole = next((n for n in nicknamed if n.start <= ent.start < n.end
                          or ent.start <= n.start < ent.end), None)
            if whole is not None:  # a piece of a name with a nickname: that name
                person = self._at.get((whole.start_char, whole.end_char))
                if person is not None:
                    self._at.setdefault((ent.start_char, ent.end_char), person)
                continue
            if k in split:
                # "Shri Ramesh | Goud": one name the tagger cut in two
                whole = name_span(doc[ent.start : ents[k + 1].end])
                while len(whole) > 2 and whole[0].lower_.rstrip(".") in TITLES_OF_ADDRESS:
                    whole = whole[1:]  # "Garda Sergeant | Aoife Brannigan": her rank
                self._add(whole)
                person = self._at.get((whole.start_char, whole.end_char))
                if person is not None:
                    for piece in (ent, ents[k + 1]):
                        self._at.setdefault((piece.start_char, piece.end_char), person)
                continue
            votes = labels[ent.text.casefold()]
            if party_in_brackets(ent):
                continue  # "Orly Ben Shimol (Yesh Atid)": her party, not a person
            # (a name the tagger reads as a place after "in" elsewhere, never
            # as a person, is that place: "Abu Dhabi tenants", then "in Abu Dhabi")
            a_place = ent.text.casefold() in places and not votes["PERSON"]
            if ent.label_ != "PERSON" and not a_place and named_otherwise(ent, courtesy):
                pass  # "German Chancellor Olaf Scholz", "Fiona MacLeary" tagged ORG
            elif ent.label_ != "PERSON" or votes["PERSON"] * 2 < sum(votes.values()):
                continue  # "Labour" tagged PERSON once and ORG twice is an organisation
            root = ent.root
            if (
                root.dep_ == "compound"
                and root.head.pos_ == "NOUN"
                and ent.start > 0
                and doc[ent.start - 1].pos_ == "DET"
            ):
                continue  # "the Fukushima disaster": a modifier, not a person
            if root.lower_ in PARTY_MEMBERS:
                continue  # "Senior Conservatives": a party's members, not a person
            if _office_in_capitals(ent):
                continue  # "The Chief | Land Surveyor, Mr Tobias Nsereko,": his office
            if len(ent) > 1 and ent[0].lower_ in _NAMED_EVENTS and ent[0].is_title:
                continue  # "Operation Brock", "Storm Darragh": a scheme, a storm
            if len(ent) > 1 and (ent[0].lower_ in _BUILDINGS_FIRST or (
                    ent[-1].lower_ in _BUILDINGS_LAST and ent.start > 0
                    and doc[ent.start - 1].lower_ in ("in", "at", "outside", "inside"))):
                continue  # "in Gordon House", "Casa Rosada": a building, not a person
            if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "&") and (
                    doc[ent.end + 1].is_title and doc[ent.end + 1].lower_ in BUSINESS_NAME_ENDS):
                continue  # "Wharton Land | and Homes": a business's name
            if ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in _LEGAL_FORMS:
                continue  # "Nomin Coal LLC": a company by its legal form
            if any(c.isalpha() for c in ent.text) and (
                not ent.text.rstrip().endswith(".") or _SUFFIX.search(ent.text)
            ):
                span = name_span(ent)
                # "DANIEL OKAFOR Associated Press": the writer a byline names, not the agency
                spans[ent.start] = next((b for b in bylined if b.start_char <= span.start_char
                                         < b.end_char < span.end_char), span)
                self._add(spans[ent.start])
        # a transcript's `DANIEL OKORO-BRANDT, HOST:`: a name written only in capitals
        labelled = [span for s, e in labelled_names(doc_text(doc))
                    if (span := doc.char_span(s, e, alignment_mode="contract")) is not None]
        patronyms = patronymic_names(doc)  # "Rahimah binti Yusof", "Rahimah" read as a noun
        # "Anselmo, a 27-year-old fisherman,", "Anjali, 41, stood"
        described = described_given_names(doc) + aged_given_names(doc)
        titled = [span for span in runs + aged_names(doc) + described
                  + untagged_names(doc) + vietnamese_names(doc) + initialled_runs(doc)
                  + patronyms + labelled + bylined
                  if not any(s <= span.start_char < e for s, e in self._at)]
        for span in titled:
            self._add(span)  # "Alhaji Rasaq Bakare", which the tagger missed
        # "B.Odgerel": an initial joined to it marks a person's name, one word or not
        joined = [e for e in doc_ents(doc) if len(e) == 1 and joined_initial(e.text)]
        for span in bylined + patronyms + nicknamed + described + joined:
            # a byline's layout, a patronymic, a nickname or an age says it
            # holds a name, whatever the tagger made of its words ("Anjali"
            # read as an adjective)
            for (s, e), person in self._at.items():
                if span.start_char <= s and e <= span.end_char:
                    person.proper = True
                    # ("Anselmo, a 27-year-old fisherman,": an age marks a person's name)
                    person.titled = person.titled or span in described or span in joined
                    if span in bylined:  # ("By Hanna Gebru, Addis Ababa": a writer, not a place)
                        person.placed = 0
        self._share_surnames()
        self._merge_nicknames()
        self._merge_surname_only()
        self._merge_surname_first()
        self._kin_surnames()
        self._merge_given_names()
        self._complete_surnames()
        self._headline_verbs()
        self._merge_prefixes()
        self._merge_short_given_names()
        self._merge_suffixes()
        self._adopt_surnames()
        self._untagged_surnames()
        self._untagged_given_names()
        for ent in [*doc_ents(doc), *titled]:
            person = self._at.get((ent.start_char, ent.end_char))
            # a piece of a name the tagger cut: the office before the whole name is the role
            ent = next((w for w in across if w.start < ent.end and ent.start < w.end), ent)
            if person is None and ent.start in spans:
                # the name reaches past the tagger's edges ("Maryam bint | Khalid Al-Farsi")
                ent = spans[ent.start]
                person = self._at.get((ent.start_char, ent.end_char))
            # "Lord Penrose" as one entity: the office his title says, which "the peer" means
            office = ABBREVIATED_OFFICES.get(ent[0].lower_.rstrip(".")) if len(ent) > 1 else None
            # ... and "Prince Abdulrahman", in it or before it: the rank "the prince" means
            ranks = [t for t in (ent[0] if len(ent) > 1 else None,
                                 doc[ent.start - 1] if ent.start else None)
                     if t is not None and t.lower_ in RANK_TITLES and t.is_title]
            office = office or (ranks[0].lower_ if ranks else None)
            if person is not None and len(ent) > 2 and ent[0].lower_.rstrip(".") in TITLES:
                ent = ent[1:]  # "Cllr Declan Fitzmaurice" as one entity: the title is his role
            if person is not None:
                for role in (self._role_of(ent), outer_role(ent), office):
                    if role and role not in person.roles:
                        person.roles.append(role)
        for person in self.persons:
            # a title or a role says it first ("Mr", "the first lady"); then
            # the given name, when nearly all who bear it share a gender
            person.gender = (person.gender or gender_of_roles(person.roles)
                             or gender_of_given_name(name_parts(person.name)[0]))

    def _add(self, ent: Span) -> None:
        if only_a_country(ent.text.strip()) or is_country_demonym(ent.text.strip()):
            return  # "Sri Lanka", "Sri Lankan" tagged a person: no title "Sri" before "Lanka"
        name, gender = clean_name(ent.text, person=True)
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in TITLES:
            gender = TITLES[before.lower_.rstrip(".")] or gender
        if not name:
            return
        # "the first lady, Michelle Obama": a gendered role says who she is not
        gender = gender or gender_of_roles([r for r in [self._role_of(ent)] if r])
        parts = name.split()
        first, surname = name_parts(name)
        is_senior = senior(name)
        # a bare surname is the one the article already calls by it, else
        # the one of that name mentioned last ("Gonzalez said", after "Elian
        # Gonzalez" and then "Juan Miguel Gonzalez")
        # only those of the same surname can match: order those alone
        same = [p for p in self.persons if _same_surname(name_parts(p.name)[1], surname)]
        order = same if first is not None else sorted(
            same, key=lambda q: self._surname_recency(q, surname))
        fits: list[Person] = []
        for p in reversed(order):
            if senior(p.name) != is_senior and (first is not None or not is_senior):
                continue  # "Paul Ryan Sr." is the father of "Paul Ryan", a bare "Ryan" the son
            line = self._byline_line
            if first is None and line is not None and self._in_byline_only(p) and not (
                    line[0] <= ent.start_char < line[1]):
                continue  # a bare surname in the story is not the byline's writer
            p_first = name_parts(p.name)[0]
            # (nor "Mrs. Whitcombe" Harold Whitcombe, his given name a man's)
            if not genders_agree(gender, p.gender or (
                    gender_of_given_name(p_first) if gender and p_first else None)):
                continue  # "Mr. Obama" is not "the first lady, Michelle Obama"
            if first is None or p_first is None or given_names_agree(first, p_first):
                fits.append(p)
        # "Mr Tregunna", after Neil and then Sal Tregunna: the one known to be a
        # man before the one named last whose given name says no gender
        known = [p for p in fits if gender and first is None and (
            p.gender or gender_of_given_name(name_parts(p.name)[0] or "")) == gender]
        match = next(iter(known or fits), None)
        if match is None and first is None:
            # "Jeremy" alone: a given name, once no one has it as a surname
            # ("Ryan" is Paul Ryan before it is Ryan Lizza)
            match = next((p for p in reversed(self.persons) if p.first == surname), None)
        if match is None:
            match = Person(name)
            self.persons.append(match)
        elif len(parts) > len(match.name.split()):
            match.name = name
        match.gender = match.gender or gender
        # (not a title inside a place's name: "the City of Prince Albert")
        match.titled |= (before is not None and before.lower_.rstrip(".") in TITLES
                         and not titled_in_a_place(ent)
                         # ("the Lady Gwendolen Probert, a wooden lifeboat": a boat's name)
                         and not (ent.start > 1 and ent.doc[ent.start - 2].lower_ == "the"
                                  and reads_as_place(ent))
                         # ("DR Congo": a country, not a doctor)
                         and not is_country(f"{before.text} {name}")) or (
            ent[0].lower_.rstrip(".") in TITLES and len(ent) > 1 and not reads_as_place(ent)
        ) or written_with_age(ent) or _named_by_trade(ent)
        # the words of the name, not a title or a trade before it ("Reader Jo Castellano")
        opening = next((k for k, t in enumerate(ent) if t.text == parts[0]), 0)
        words = ent[opening:]
        given = _given_name_then_surname(words)
        match.proper |= given or all(
            t.pos_ == "PROPN" or t.lower_ in NAME_PARTICLES or not t.is_alpha
            # "Seo-yeon": the second half of a hyphened given name, read as a noun
            or (t.i > words.start and t.is_lower and t.doc[t.i - 1].text == "-"
                and not t.doc[t.i - 1].whitespace_ and t.doc[t.i - 2].pos_ == "PROPN")
            for t in words
        )
        match.placed += reads_as_place(ent)
        match.kind_named |= named_as_a_kind(ent)
        match.aliases.add(ent.text.strip())
        match.mentions.append((ent.start_char, ent.end_char))
        self._at[(ent.start_char, ent.end_char)] = match

    def _role_of(self, ent: Span) -> str | None:
        key = (ent.start_char, ent.end_char)
        if key not in self._roles:
            self._roles[key] = role_of(ent)
        return self._roles[key]

    def _surname_recency(self, person: Person, surname: str) -> tuple[bool, int]:
        """Whether the article already calls `person` by the bare `surname`,
        and where it last wrote that surname for them (a given name alone,
        "Ralph's widow", does not count)."""
        text = doc_text(self.doc)
        written = [s for s, e in person.mentions if surname in text[s:e].casefold()]
        # "Penhale" or "Mrs Penhale": the surname alone, a title before it or not
        bare = any(a.casefold() == surname or (
            len(a.split()) == 2 and a.split()[0].casefold().rstrip(".") in TITLES
            and a.split()[1].casefold() == surname) for a in person.aliases)
        return bare, max(written, default=-1)

    def listable(self, person: Person) -> bool:
        """Whether a person reads as one in a people list: a name written in
        capitalised Latin letters (name particles aside) that the tagger read
        as a proper noun at least once, and of two words or more unless a
        title stood before it ("Mr Okafor"). NER's PERSON alone also gives
        places, products, headline fragments and shouted furniture."""
        key = (id(person), person.name)
        known = self._listable.get(key)
        if known is None:
            known = self._listable[key] = reads_as_person(self.doc, person)
        return known

    def listed_at(self, char: int) -> Person | None:
        """The listable person one of whose mentions holds character `char`."""
        person = self.covering(char)
        return person if person is not None and self.listable(person) else None

    @cached_property
    def byline(self) -> Byline | None:
        """The byline naming the article's writer, if the text has one."""
        return find_byline(doc_text(self.doc), self._names_exactly)

    def _names_exactly(self, start: int, end: int) -> bool:
        """Whether [start, end) is exactly where a listable person is named
        (the tagger may take the line's end into the name: "Petra Vogel-Hahn\n")."""
        text = doc_text(self.doc)
        reach = end + len(text[end : end + 2]) - len(text[end : end + 2].lstrip())
        person = self.at(start, reach)
        return person is not None and self.listable(person) and any(
            a <= start and end <= b for a, b in person.mentions
        )

    @cached_property
    def _writers_lines(self) -> list[tuple[int, int]]:
        """The byline's line and the sign-off lines at the foot, read once."""
        lines = [line for line, _ in self._signoffs]
        if self.byline is not None:
            lines.append(self.byline.span)
        return lines

    def byline_only(self, person: Person) -> bool:
        """Whether the byline (or a sign-off at the foot) is the only place
        that names `person`."""
        lines = self._writers_lines
        return bool(lines) and all(any(s <= a < e for s, e in lines) for a, _ in person.mentions)

    def byline_field(self, person: Person) -> bool:
        """Whether `person` is another field of the byline than its names:
        "Eastfield Civic Notes" of `Posted by NAME | Eastfield Civic Notes | date`."""
        if self.byline is None or not self.byline_only(person):
            return False
        names = [*self.byline.names, *(n for _, staff in self._signoffs for n in staff)]
        return not any(a <= s < b for s, _ in person.mentions for a, b in names)

    def first_mention_after(self, char: int) -> tuple[int, int, Person] | None:
        """(start, end, person) of the first mention of a listable person
        after `char`, the byline aside."""
        byline = self.byline.span if self.byline is not None else (0, 0)
        found = [(s, e, p) for (s, e), p in self._at.items() if s >= char
                 and not byline[0] <= s < byline[1] and self.listable(p)]
        return min(found, key=lambda x: x[0]) if found else None


#: Words for what someone does that may stand before a one-word name.
_TRADES = (ROLE_HEADS | PERSON_NOUNS) - KIN_HEADS


def _named_by_trade(ent: Span) -> bool:
    """"KPL campaigner Nurhayati", "truck driver Rafiq said": one name after
    a trade, the subject or apposed, as Indonesian and other news name
    people who have one (not kin: "his brother Derrick" has the family's
    surname, unwritten)."""
    if len(ent) != 1 or ent.label_ != "PERSON" or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (before.is_lower and before.tag_ == "NN"
            and ent.root.dep_ in ("nsubj", "nsubjpass", "appos")
            and before.lemma_.lower() in _TRADES)


def _given_name_then_surname(words: Span) -> bool:
    """Whether a name's words read as a person's whatever parts of speech the
    tagger gave them: "Paul Denning" with the surname tagged a common noun (a
    given name read as a name, then a capitalised word that is no English
    word: "Roma Turn", a headline's, is not a name), or "Seán Ó Murchú" with
    the given name tagged a common noun."""
    # a hyphened given name is one word ("Jean-François Tremblay": no "jean")
    given = words[:3] if len(words) > 3 and joins_a_name(words.doc, words.start + 1) else words[:1]
    rest = words[len(given):]
    if not rest or not known_given_name(given.text):
        return False
    dictionary = dictionary_words()
    if (len(rest) == 1 and given[0].pos_ == "PROPN" and rest[0].is_title
            and rest[0].lower_ not in dictionary):
        return True
    return (given[0].is_title and not given[0].is_stop and given.text.lower() not in dictionary
            and all(t.lower_ in NAME_PARTICLES or (t.is_title and t.lower_ not in dictionary)
                    # ("Ramaswamy-Hughes": a double surname, its second half a word or not)
                    or joins_a_name(t.doc, t.i) or (t.is_title and joins_a_name(t.doc, t.i - 1))
                    for t in rest))


def _same_surname(one: str, other: str) -> bool:
    """One surname, or one spelt a little differently ("Al-Sisi", "Al Sisi")."""
    return one == other or (fuzz.ratio(one, other) >= 90 and len(other) > 4)


#: A company's legal form after its name ("Nomin Coal LLC", "Harbour Foods Ltd").
_LEGAL_FORMS = frozenset("inc incorporated plc ltd llc gmbh corp".split())


def people_of(doc: Doc) -> People:
    """The article's people, built once per Doc for every stage that needs them."""
    people = doc.user_data.get("newsdesk_people")
    if not isinstance(people, People):
        people = doc.user_data["newsdesk_people"] = People(doc)
    return people


def _office_in_capitals(ent: Span) -> bool:
    """An entity of English words only, no given name among them, in a run of
    capitals opened by "the" ("The Chief Land Surveyor"): an office written
    with capitals, which the tagger may call a person."""
    doc = ent.doc
    if not all(t.is_alpha for t in ent) or not no_name_in(ent):
        return False
    k = ent.start - 1
    while k >= 0 and doc[k].is_title and doc[k].lower_ != "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "the"
