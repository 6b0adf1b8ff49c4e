"""Passes that join one person's names after the tagger's mentions are read:
"Mark and Sarah Collins" share a surname, "Okafor" tagged a body is Ade
Okafor, "Ana Lima" cut short is "Ana Lima Souza", a bare surname or given name
joins the one full name it belongs to, "Ms Sturgeon" takes the given name
written before.

`NameMerges` is the part of `mentions.People` that runs them, over the
persons and mentions `People` has read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nameparser import HumanName
from spacy.tokens import Doc, Span

from ...nlp import dictionary_words, doc_ents, doc_text
from ..doc import headline_end
from .display_names import NICKNAME, clean_name
from .given_names import known_given_name
from .names import given_name_before
from .person import Person
from .place_mentions import reads_as_place

#: Marks a nickname is written between.
_QUOTE_MARKS = "\"“”‘’'()"
#: "and" or "&" between two names.
_JOINED = re.compile(r"\s+(?:and|&)\s+")


class NameMerges:
    """The merge passes of `People`, over its persons and where each is mentioned."""

    doc: Doc
    persons: list[Person]
    #: (start, end) of each mention -> the person it is of
    _at: dict[tuple[int, int], Person]
    #: (start, end) of the byline's line, if the text has one
    _byline_line: tuple[int, int] | None

    def listable(self, person: Person) -> bool:
        raise NotImplementedError  # People's: whether a person reads as one

    def _share_surnames(self) -> None:
        """A given name alone joined to a full name shares its surname: "Mark
        and Sarah Collins" are Mark Collins and Sarah Collins."""
        text = doc_text(self.doc)
        starts = {s: (person, e) for (s, e), person in self._at.items()}
        for p in self.persons:
            if len(p.name.split()) != 1:
                continue
            for _, end in p.mentions:
                joined = _JOINED.match(text, end)
                q, q_end = starts.get(joined.end(), (None, 0)) if joined else (None, 0)
                # the name after "and" is written whole there ("Mark and Sarah
                # Collins"), not a surname alone ("unlike Hitler and Nixon")
                written = text[joined.end() : q_end].split() if joined else []
                # (not "the Kazanchis and Arat Kilo areas": two places)
                if (q is not None and q is not p and q.first is not None and len(written) > 1
                        and not (q.placed and q.placed == len(q.mentions))):
                    p.name = f"{p.name} {HumanName(q.name).last or q.name.split()[-1]}"
                    break

    def _kin_surnames(self) -> None:
        """A given name alone set beside the kin of someone named takes that
        surname: "Mr Pryce's widow, Joanne," is Joanne Pryce (a pronoun's
        kin, "his brother, Owen,", is left to the speaker's description)."""
        for p in self.persons:
            if len(p.name.split()) != 1 or not known_given_name(p.name):
                continue
            for start, end in p.mentions:
                span = self.doc.char_span(start, end)
                if span is None or span.start < 2:
                    continue
                # the kin the name is apposed to, else the word two before it
                # (the parser may hang the name on another name before: "read
                # by Ms Tennant, Mr Pryce's widow, Joanne,")
                before = self.doc[span.start - 2]
                set_off = self.doc[span.start - 1].text == "," and before.lower_ in _SURNAME_KIN
                kin = span.root.head if span.root.dep_ == "appos" and not set_off else before
                owner = next((c for c in kin.children if c.dep_ == "poss"), None)
                if kin.lower_ not in _SURNAME_KIN or owner is None or owner.pos_ != "PROPN":
                    continue
                named = self.covering(owner.idx)
                if named is not None and named is not p and named.surname:
                    p.name = f"{p.name} {HumanName(named.name).last or named.name.split()[-1]}"
                    break

    def covering(self, char: int) -> Person | None:
        """The person one of whose mentions holds character `char`."""
        return next((p for (s, e), p in self._at.items() if s <= char < e), None)

    def _adopt_surnames(self) -> None:
        """A surname the tagger labelled something else ("Okafor" as an
        organisation after "Ade Okafor") is a mention of the one person
        whose full name ends with it."""
        full: dict[str, list[Person]] = {}
        for p in self.persons:
            if p.first is not None:
                full.setdefault(p.surname, []).append(p)
        for ent in doc_ents(self.doc):
            if ent.label_ == "PERSON" or (ent.start_char, ent.end_char) in self._at:
                continue
            words = clean_name(ent.text, person=True)[0].split()
            if len(words) != 1 or not words[0][:1].isupper():
                continue
            owners = full.get(words[0].casefold(), [])
            if len(owners) == 1:
                self._mentioned(owners[0], ent.start_char, ent.end_char)

    def _untagged_given_names(self) -> None:
        """A given name written alone as a sentence's subject that the tagger
        left untagged ("Adaeze shrugs at the doubters", after "Adaeze
        Nwachukwu-Ibe founded Ledgerly") is a mention of the one person named
        in full with it before, so that a "she" after it finds her."""
        surnames = {p.name.split()[-1] for p in self.persons}
        single = {n: p for n, p in self._one_owner_each(0).items()
                  if n not in surnames and known_given_name(n)}
        text = doc_text(self.doc)
        for s, e, span in self._untagged(single):
            person = single[text[s:e]]
            # (the subject, or the sentence's first word where the parser
            # lost the verb: "Adaeze | shrugs" read as an adjective and a noun)
            if (text[e : e + 1] in ("'", "’") or len(span) != 1 or span[0].ent_type_
                    or span[0].lower_ in dictionary_words()
                    or not (span[0].dep_ in ("nsubj", "nsubjpass") or span[0].is_sent_start)
                    or not person.mentions or person.mentions[0][0] > s):
                continue
            self._mentioned(person, s, e)

    def _untagged_surnames(self) -> None:
        """A surname written alone that the tagger left untagged ("Tavares-Grant
        told the House", after "Finance Minister Marlon Tavares-Grant") is a
        mention of the one person whose full name ends with it."""
        single = self._one_owner_each(-1)
        text = doc_text(self.doc)
        for s, e, span in self._untagged(single, whole=True):
            surname = text[s:e]
            # a double-barrelled name is a name however tagged; one word
            # ("Grant", "Young") only where the tagger reads a proper noun
            if any(t.ent_type_ or ("-" not in surname and t.pos_ != "PROPN")
                   for t in span if t.is_alpha):
                continue
            person = single[surname]
            self._mentioned(person, s, e)
            # the whole name written again, untagged: a place's name when
            # written as one ("São Paulo mayor ...", the mayor of São Paulo)
            given = person.name[: -len(surname)]
            whole = self.doc.char_span(s - len(given), e) if text[:s].endswith(given) else None
            if whole is not None and given.strip():
                person.placed += reads_as_place(whole)

    def _one_owner_each(self, at: int) -> dict[str, Person]:
        """The word at `at` of each full name (0: the given name, -1: the
        surname), capitalised and of three letters or more, that one person
        alone has."""
        owners: dict[str, list[Person]] = {}
        for p in self.persons:
            if at == -1 and self._in_byline_only(p):
                # (the story's "Ilunga" is not the byline's writer; a given
                # name signing off, "– Siobhán", is)
                continue
            words = p.name.split()
            if len(words) > 1 and words[at][:1].isupper() and len(words[at]) > 2:
                owners.setdefault(words[at], []).append(p)
        return {word: found[0] for word, found in owners.items() if len(found) == 1}

    def _untagged(self, words: dict[str, Person], *, whole: bool = False,
                  ) -> Iterator[tuple[int, int, Span]]:
        """Where the text writes one of `words` as a word of its own outside
        every mention read so far (`whole`: no character of it inside one)."""
        if not words:
            return
        text = doc_text(self.doc)
        pattern = "|".join(re.escape(n) for n in sorted(words, key=len, reverse=True))
        taken = {i for a, b in self._at for i in range(a, b)}
        for m in re.finditer(rf"(?<![\w'’-])(?:{pattern})(?![\w-])", text):
            s, e = m.span()
            if s in taken or (whole and e - 1 in taken):
                continue
            span = self.doc.char_span(s, e)
            if span is not None:
                yield s, e, span

    def _mentioned(self, person: Person, start: int, end: int) -> None:
        """Record `text[start:end]` as a mention of `person`."""
        person.mentions.append((start, end))
        person.aliases.add(doc_text(self.doc)[start:end])
        self._at[(start, end)] = person

    def _merge_prefixes(self) -> None:
        """A name whose words begin another person's longer name is that person
        when the tagger cut the name short ("Ana Lima" of "Ana Lima Souza")."""
        for p in list(self.persons):
            words = p.name.split()
            if len(words) < 2:
                continue
            longer = [q for q in self.persons
                      if q is not p and q.name.split()[: len(words)] == words
                      and len(q.name.split()) > len(words) and not senior(q.name)]
            if len(longer) == 1:
                self._absorb(longer[0], p)

    def _merge_short_given_names(self) -> None:
        """A given name written short with the surname ("Ken Nolan") is the
        one person whose longer given name it begins and whose surname it
        shares ("Kenneth John Nolan")."""
        for p in list(self.persons):
            words = p.name.split()
            if p not in self.persons or len(words) != 2 or p.first is None or len(p.first) < 3:
                continue
            longer = [q for q in self.persons if q is not p and q.first and q.surname == p.surname
                      and q.first != p.first and q.first.startswith(p.first)
                      and genders_agree(p.gender, q.gender)]
            if len(longer) == 1:
                self._absorb(longer[0], p)

    def _headline_verbs(self) -> None:
        """A Title Case headline runs its verb into a name ("Black Lawmakers
        Rip Donald Trump As A 'Disgusting Fraud'", "Elizabeth Warren Hammers
        Wells Fargo CEO"): a name written only in the headline whose words but
        the first or the last are a person the body names is that person."""
        first_line = headline_end(self.doc)
        if first_line <= 0:
            return
        for p in list(self.persons):
            words = p.name.split()
            if len(words) < 3 or any(s >= first_line for s, _ in p.mentions):
                continue
            # "Rip Donald Trump", "Elizabeth Warren Hammers Wells Fargo CEO"
            body = [q for q in self.persons if q is not p
                    and q.name.split() in (words[1:], words[:-1])
                    and any(s >= first_line for s, _ in q.mentions)]
            if len(body) == 1:
                self._absorb(body[0], p)
                body[0].aliases.discard(p.name)

    def _merge_suffixes(self) -> None:
        """A name of two words or more that ends another person's longer name is
        that person's second reference: "Kostro Miller" after "Amanda A. Kostro
        Miller" (a double surname the name parser reads as given name and surname)."""
        for p in list(self.persons):
            words = p.name.split()
            if len(words) < 2:
                continue
            longer = [q for q in self.persons
                      if q is not p and len(q.name.split()) > len(words)
                      and q.name.split()[-len(words):] == words and not senior(q.name)]
            if len(longer) == 1 and not senior(p.name):
                self._absorb(longer[0], p)

    def _in_byline_only(self, person: Person) -> bool:
        """Whether every mention of `person` is in the byline's line, as its
        layout alone gives it: read while the people are, before `People.byline`
        (which asks them) can be."""
        line = self._byline_line
        return line is not None and all(line[0] <= s < line[1] for s, _ in person.mentions)

    def _absorb(self, into: Person, p: Person) -> None:
        into.aliases |= p.aliases
        into.mentions += p.mentions
        into.gender = into.gender or p.gender
        into.titled |= p.titled
        into.proper |= p.proper
        into.placed += p.placed
        into.kind_named |= p.kind_named
        for key, val in self._at.items():
            if val is p:
                self._at[key] = into
        self.persons.remove(p)

    def _merge_nicknames(self) -> None:
        """A nickname written in quotes inside a name ("Margaret "Peg"
        Kowalczyk") names the person again with the surname or alone ("Peg
        Kowalczyk", "Peg")."""
        for p in list(self.persons):
            if p not in self.persons or not p.first:
                continue
            nicknames = {w.strip(_QUOTE_MARKS).casefold() for a in p.aliases
                         for w in a.split()[1:-1] if NICKNAME.fullmatch(w)}
            if not nicknames:
                continue
            for q in [q for q in self.persons if q is not p]:
                words = q.name.casefold().split()
                if words[0] in nicknames and (len(words) == 1 or (
                        len(words) == 2 and q.surname == p.surname)):
                    self._absorb(p, q)

    def _merge_surname_first(self) -> None:
        """A name written surname first, as a court's or a register's record
        gives it ("Hrytsenko Anatolii Kuzmych", a patronymic after), is the
        person named given name first ("Anatolii Hrytsenko")."""
        for p in list(self.persons):
            words = p.name.casefold().split()
            if len(words) != 3:
                continue
            same = [q for q in self.persons if q is not p and q.first and len(
                q.name.split()) == 2 and [q.surname, q.first] == words[:2]]
            if len(same) == 1:
                self._absorb(same[0], p)

    def _merge_surname_only(self) -> None:
        """A surname-only cluster joins the one full-name cluster sharing it
        (not a writer the byline alone names: "Ilunga said" after the byline
        "Jean-Pierre Mukendi wa Ilunga" is Patrick Ilunga Mbayo)."""
        for p in list(self.persons):
            if p.first is not None:
                continue
            full = [q for q in self.persons if q is not p and q.surname == p.surname and q.first
                    and not senior(q.name) and genders_agree(p.gender, q.gender)
                    and not self._in_byline_only(q)]
            if not full:
                # "Beltrán said", after "Ximena Beltrán Ocampo": the first of two surnames
                full = [q for q in self.persons if q is not p and q.first_surname == p.surname
                        and not senior(q.name) and genders_agree(p.gender, q.gender)
                        and self.listable(q)]  # (not "The Dan Wootton Interview")
            if len(full) == 1:
                self._absorb(full[0], p)

    def _merge_given_names(self) -> None:
        """A one-word name written before the full name it begins ("Qatar's
        Sheikh Khalid hosts talks" in a headline, "Sheikh Khalid bin Hamad Al
        Thani said" below) is that person, as it is when written after: the
        one person with that given name, when no one has it as a surname."""
        for p in list(self.persons):
            if p.first is not None or len(p.name.split()) != 1:
                continue
            word = p.name.casefold()
            if any(q.surname == word and q.first for q in self.persons if q is not p):
                continue
            given = [q for q in self.persons if q is not p and q.first == word
                     and len(q.name.split()) > 1]
            if len(given) == 1 and genders_agree(p.gender, given[0].gender):
                self._absorb(given[0], p)

    def _complete_surnames(self) -> None:
        """A surname-only person takes the full name written before the first
        mention when NER missed it there ("Nicola Sturgeon ... Ms Sturgeon")."""
        for p in list(self.persons):
            # (a name of three words or more is no surname: "Le Thi Bich Ngoc",
            # whose "Le" reads as a particle)
            if p.first is not None or not p.mentions or len(p.name.split()) > 2:
                continue
            first = self.doc.char_span(*min(p.mentions), alignment_mode="expand")
            if first is None:
                continue
            given = given_name_before(self.doc, first.start, p.surname,
                                      not_types=("GPE", "NORP", "LOC", "FAC"))
            whole = self.covering(given.idx) if given is not None else None
            if whole is not None and whole is not p and self.listable(whole):
                # "Lula" after "Luiz Inácio Lula da Silva": the word is one of
                # a longer name's, not a surname whose given name is "Inácio"
                if genders_agree(p.gender, whole.gender):
                    self._absorb(whole, p)
                continue
            if given is not None and not any(
                    q is not p and q.first == given.lower_ and q.surname == p.surname
                    for q in self.persons):
                # ("Kirsty MacInnes ... Mrs MacInnes ... Mr MacInnes": he is
                # not Kirsty, whose title kept them apart)
                p.name = f"{given.text} {p.name}"


#: Kin who share a surname with the one they are kin of, in the papers' usage.
_SURNAME_KIN = frozenset("wife widow husband widower son daughter brother sister".split())


def genders_agree(a: str | None, b: str | None) -> bool:
    """Whether two genders, either unknown, may be one person's."""
    return a is None or b is None or a == b


def senior(name: str) -> bool:
    """A name marked as the father's: "Paul Ryan Sr."."""
    words = name.split()
    return bool(words) and words[-1].rstrip(".").lower() in ("sr", "senior")
