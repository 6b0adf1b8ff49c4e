"""Who has spoken so far in an article: the person, the body or the
document a description may stand for because it spoke before ("the
company" going on after "Ferrow said", "the mayor" after "the mayor of
Ilawe, Sam Ajayi, said", "the Labour source" after "A Labour source said").

`SpokenBefore` is the part of `SpeakerResolver` (speakers.py) that reads the
statements already resolved; descriptions.py builds on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from ...nlp import dictionary_words, doc_text
from ..doc import headline_end
from ..quotes.cues import is_cue_verb
from ..quotes.quote_kinds import on_a_teaser_line
from .byline import Byline
from .name_phrases import later_apposed_name, names_a_kind_of_body, of_a_body
from .names import ROLE_HEADS
from .pronouns import PronounReader
from .roles import genders_said, polices_as_described, role_core, role_fits, role_key, same_office
from .speaker import Speaker
from .speaker_words import DEFINITE_DETERMINERS, OUTPUT_HEADS

#: Outputs that speak for themselves once written ("the study found"), as
#: against the vehicles of someone's words (a statement, an email, a tweet).
#: Papers a court, a meeting or an office issues.
_ISSUED = frozenset(
    "order notification circular directive summary minutes ruling judgment judgement".split())
DOCUMENTS = frozenset(
    """report study survey poll analysis paper review audit lawsuit complaint filing
    correction trial inquiry assessment draft opinion petition indictment suit affidavit""".split()
) | _ISSUED


#: Heads of a lede's phrase that describe no person: things written, filmed or passed.
NO_ONE = OUTPUT_HEADS | DOCUMENTS | frozenset(
    """video clip footage photo photograph image picture recording message document law
    bill rule policy plan decision""".split())

#: How many of its first paragraphs (the headline one of them) an article
#: may describe someone in before naming them ("a security researcher has
#: found ...", then "Hafiz bin Rahman ... said").
_LEDE_PARAGRAPHS = 4

#: Words a page calls one unnamed source by, in turn.
_UNNAMED_SOURCES = frozenset({"source", "insider", "pal", "friend"})


#: An unnamed source who speaks for a body the article names.
_SPEAKING_FOR = re.compile(
    r"(?:[Aa]n?|[Tt]he) (?:spokes(?:person|man|woman)|representative) (?:for|from) (?:the )?"
    r"([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|for|de))*)$")

#: A named spokesperson's role that names the body spoken for ("Northshore spokesperson").
_SPOKESPERSON_OF = re.compile(
    r"(?:[Tt]he )?([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}) spokes(?:person|man|woman)$")


class SpokenBefore(PronounReader):
    """Readers of the statements resolved so far (`history`)."""

    def _document_that_spoke(self, lemma: str) -> Speaker | None:
        """The one document that spoke before, under another noun ("The paper"
        after "the study"; "the report" after "the audit") or by a fuller name
        ("The analysis" after "the Treasury's 2025 analysis"); none when two did."""
        # (a court's ruling, a meeting's minutes, an office's order: another
        # name for none but itself, "The ruling" not "the complaint")
        named = {sp.name for _, _, sp in self.history
                 if sp.name and sp.type == "organisation" and sp.name.startswith("the ")
                 and sp.name.split()[-1].lower() in DOCUMENTS
                 and (lemma == sp.name.split()[-1].lower()
                      or not {lemma, sp.name.split()[-1].lower()} & _ISSUED)}
        if len(named) != 1:
            return None
        name = next(iter(named))
        if name.lower() == f"the {lemma}":
            return None  # the same words: the speaker as written already says it
        return next(sp for _, _, sp in reversed(self.history) if sp.name == name)

    def _one_who_spoke(self, fits: Callable[[Speaker], bool]) -> Speaker | None:
        """The one person who spoke before and `fits` (None for none or several)."""
        found = {sp.name: sp for _, _, sp in self.history
                 if sp.type == "person" and sp.name and fits(sp)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _speaker_by_surname(self, word: str) -> Speaker | None:
        """The one person who spoke before under a full name ending in `word`."""
        return self._one_who_spoke(
            lambda sp: sp.name is not None and len(sp.name.split()) > 1
            and sp.name.split()[-1] == word)

    def _spoke_with_role(self, description: str, before: int | None = None) -> Speaker | None:
        """The one person who spoke before with a role this description fits
        ("the mayor" for "the mayor of Ilawe"), for people the tagger missed
        and so gave no role; with `before` (the description's place), of
        several the one who spoke last, close before it."""
        want = role_core(role_key(description))
        if not want:
            return None
        then = "then" in want

        def fits(sp: Speaker) -> bool:
            return sp.role is not None and (role_fits(want, sp.role, then)
                                            or polices_as_described(want, sp.role))

        one = self._one_who_spoke(fits)
        if one is not None or before is None:
            return one
        # several fit ("the coach said", after both coaches spoke): the one
        # who spoke last, in this paragraph or the one before
        text = doc_text(self.doc)
        last = next(((at, sp) for _, at, sp in reversed(self.history)
                     if at < before and sp.type == "person" and sp.name and fits(sp)), None)
        if last is None or sum(bool(p.strip()) for p in text[last[0] : before].split("\n")) > 2:
            return None
        return last[1]

    def _breaks_between(self, start: int, end: int) -> int:
        """How many paragraph breaks lie between two characters of the text."""
        return doc_text(self.doc).count("\n", start, end)

    def _spoke_in_paragraph(self, sp: Span, *, breaks: int = 0) -> Speaker | None:
        """The named person who spoke last, in the paragraph of `sp` (or up
        to `breaks` paragraphs before it), when nothing `sp` says of a
        gender rules them out."""
        if not self.history:
            return None
        _, at, last = self.history[-1]
        if last.person is None or self._breaks_between(at, sp.start_char) > breaks:
            return None
        said = genders_said(sp.text)
        if said and last.gender is not None and last.gender not in said:
            return None
        return last

    def _spoke_lately(self, sp: Span) -> Speaker | None:
        """The named person who spoke last, in the paragraph of `sp` or the
        one before it (`_spoke_in_paragraph`)."""
        return self._spoke_in_paragraph(sp, breaks=1)

    def _speakers_so_far(self) -> frozenset[str]:
        """Names of the people who have spoken in the statements read so far."""
        return frozenset(sp.name for _, _, sp in self.history
                         if sp.type == "person" and sp.name is not None)

    def _business_that_spoke(self, char: int) -> Speaker | None:
        """The organisation that spoke last, in this paragraph or the one
        before, by name: "the company" that goes on speaking after it."""
        if not self.history:
            return None
        start, _, last = self.history[-1]
        text = doc_text(self.doc)
        speaking_for = _SPEAKING_FOR.match(last.name or "") if last.type == "anonymous" else None
        if speaking_for is None and last.type == "person":
            # "Northshore spokesperson Dale Przybylski said ... The bank said"
            speaking_for = _SPOKESPERSON_OF.match(last.role or "")
            if speaking_for is not None and speaking_for.group(1).lower() in dictionary_words():
                speaking_for = None  # "District spokesperson", "Police spokesman": no name
        if speaking_for is not None and self._breaks_between(start, char) <= 1:
            # "a spokesperson for Manitoba Transportation ... said. The
            # department said": the body the spokesperson speaks for
            return Speaker(speaking_for.group(1), "organisation")
        # (not the outlet that "reported that Norvale had held talks")
        if (last.type != "organisation" or last.plural or last.name is None
                or self._breaks_between(start, char) > 1 or start in self.reports):
            return None
        if last.name.lower().startswith("the ") and not last.name[4:5].isupper():
            return None  # "the company" unresolved (but "the DA", "the BBC" by name)
        if last.name.startswith(("a ", "an ")):
            return None  # "according to a statement carried by ...": no body by name
        if start < headline_end(self.doc) and last.name[1:] == last.name[1:].lower():
            return None  # a headline's "Security service accuses ...": a kind, no name
        if on_a_teaser_line(text, start):
            return None  # "Read also: ..., IBGE says": another story's, not this one's
        return last

    def _office_holder(self, office: str) -> Speaker | None:
        """The one the article gives this office: a person with that role,
        else the latest speaker named with it (a name the tagger missed)."""
        def holds(role: str | None) -> bool:
            # ("Commissioner of Police V. Rao" holds the office "the CP" names)
            key = role_key(role or "")
            return bool(role) and (role_core(key)[-2:] == office.split()[-2:] or key == office)

        person = self.people.by_role(office)
        if person is not None and any(holds(r) for r in person.roles):
            return self._of(person)
        return next((sp for _, _, sp in reversed(self.history)
                     if sp.type == "person" and holds(sp.role)), None)

    def _described_before(self, text: str, lemma: str, plural: bool, at: int) -> Speaker | None:
        """The latest anonymous source this definite description fits: its
        head noun and every other word of it ("the Labour source"); none
        if the article has since named the one holding the role ("a judge
        ruled ...", "Justice Helen Marwick quashed ...", "The judge said")."""
        words = {w.lower() for w in text.split()} - DEFINITE_DETERMINERS
        holder = None if plural else self.people.by_role(text)
        named_at = -1 if holder is None else next(
            (pos for pos, p in self.people.mentions_before(at) if p is holder), -1)
        for start, _, sp in reversed(self.history):
            if start < named_at:
                return None
            # "the insider", after "A source close to the star": one unnamed source
            synonym = sp.head != lemma and {sp.head, lemma} <= _UNNAMED_SOURCES and words == {lemma}
            if (sp.type != "anonymous" or (sp.head != lemma and not synonym)
                    or sp.plural != plural or not sp.name):
                continue
            if synonym or words <= {w.lower() for w in sp.name.split()}:
                return sp
        return None

    def _named_later(self, sp: Span, head: Token) -> Speaker | None:
        """`A former warehouse worker who says she collapsed ... has sued`,
        then `The worker, Rosa Elena Villalobos,`: a lead that describes
        someone before anyone is named stands for the person the article
        next sets off beside the same noun, as a reader takes it."""
        before = [p for _, p in self.people.mentions_before(sp.start_char)
                  if self.people.listable(p) and not self.people.byline_only(p)]
        # (with others named before, only the same noun again alone: "a former
        # backup dancer accused ... The dancer, Marisol Quintero-Baptiste,")
        named = later_apposed_name(head, bare=bool(before))
        person = self.people.covering(named.idx) if named is not None else None
        if person is None or not self.people.listable(person):
            return None
        if any(p is person for p in before):
            return None  # named before: the description is someone else's
        # a short description is the role ("A Pentagon spokesman", then
        # "spokesman Kenneth Bacon"); one with a clause is no role
        words = [t for t in sp if not (t.i == sp.start and t.dep_ == "det")]
        role = " ".join(t.text for t in words) if len(words) <= 4 and not any(
            t.dep_ in ("relcl", "acl", "prep") for t in words) else None
        return Speaker(person.name, "person", role, person, gender=person.gender)

    def _owned_named_later(self, head: Token) -> Speaker | None:
        """`His lawyer told the justices ...`, then `Castellanos's lawyer,
        Miriam Oduya-Fenn,`: someone's role named further on, the same noun
        owned again with the name set off beside it."""
        named = later_apposed_name(head, reach=600, bare=True, owned=True)
        person = self.people.covering(named.idx) if named is not None else None
        if person is None or not self.people.listable(person):
            return None
        return Speaker(person.name, "person", None, person, gender=person.gender)

    def _lede_role_named_later(self, sp: Span, head: Token) -> Speaker | None:
        """`A coroner has ruled that ...` in a lede, then `Coroner Hilary
        Fenwick-Shaw said`: the lede's role is the one person the article
        goes on to name holding it (not an unnamed source: "a source said")."""
        lemma = head.lemma_.lower()
        if lemma in _UNNAMED_SOURCES or lemma in ("official", "officer") or (
                _paragraphs_before(doc_text(self.doc), sp.start_char, self.people.byline)
                >= _LEDE_PARAGRAPHS):
            return None
        role = " ".join(t.text for t in sp if not (t.i == sp.start and t.dep_ == "det"))
        holder = self.people.by_role(role)
        if holder is None or not self.people.listable(holder) or min(
                (s for s, _ in holder.mentions), default=0) < sp.end_char:
            return None  # (one named before is not who the lede brings in)
        return Speaker(holder.name, "person", None, holder, gender=holder.gender)

    def _introduced_next(self, sp: Span, head: Token) -> Speaker | None:
        """`Pulsely sent location data to nine firms, a security researcher
        has found.`, then `Hafiz bin Rahman, who studies tracking, said ...`:
        a headline or lede that describes someone before anyone is named
        stands for the first person the article then names, when that name
        opens a statement of theirs in one of its first paragraphs."""
        if names_a_kind_of_body(head.lemma_.lower()) or head.lemma_.lower() in NO_ONE:
            return None  # ("a video appeared to show ...": a thing, no one described)
        found = self.people.first_mention_after(0)
        if found is None or found[0] < sp.end_char:
            return None  # someone named before: the description may be theirs
        start, end, person = found
        if _paragraphs_before(doc_text(self.doc), start, self.people.byline) >= _LEDE_PARAGRAPHS:
            return None
        name = self.doc.char_span(start, end, alignment_mode="expand")
        root = name.root if name is not None else None
        # (their words reported, "said he spotted ...": not "Kasim Oduya, 41,
        # denies causing ...", a defendant's plea after "prosecutor tells jury")
        # ('"...," Levan Tsiklauri told Imedi TV': the quote before the name)
        if root is None or root.dep_ != "nsubj" or not is_cue_verb(root.head) or (not any(
                c.dep_ == "ccomp" for c in root.head.children) and not any(
                t.is_quote for t in self.doc[root.sent.start : root.i])):
            return None
        said = genders_said(sp.text)
        if said and person.gender is not None and person.gender not in said:
            return None
        if not _office_may_be(role_core(role_key(sp.text)), person.roles):
            return None  # "Opposition councillor Kiril Dobrev": not the lede's harbour chief
        body = of_a_body(head)
        if body and person.roles and not any(body <= set(role_key(r).split())
                                             for r in person.roles):
            return None  # "the chairperson of the OPW": not "Committee chairperson X"
        holder = self.people.by_role(head.lower_) if head.lower_ in ROLE_HEADS else None
        if holder is not None and holder is not person:
            return None  # "senator wants them charged", "Sen. Rafael Magbanua" further on
        role = " ".join(t.text for t in sp if not (t.i == sp.start and t.dep_ == "det"))
        return Speaker(person.name, "person", role, person, gender=person.gender)


def _office_may_be(want: list[str], roles: list[str]) -> bool:
    """Whether a description's core words `want` may name one given `roles`:
    no office of theirs has another head ("councillor" for "the head of the
    harbour authority") or a qualifier the description lacks ("shadow
    chancellor" for "the Chancellor"; "former" aside)."""
    for role in roles:
        words = role_core(role_key(role))
        if words[-1:] and words[-1] in ROLE_HEADS and (
                words[-1:] != want[-1:] or not same_office(want, words, then=True)):
            return False
    return True


def _paragraphs_before(text: str, start: int, byline: Byline | None) -> int:
    """How many paragraphs come before character `start`: its byline, and a
    dateline or other line of a few words, no paragraph."""
    skip = byline.span if byline is not None else (0, 0)
    count, at = 0, 0
    for line in text[:start].split("\n")[:-1]:
        if len(line.split()) >= 6 and not skip[0] <= at < skip[1]:
            count += 1
        at += len(line) + 1
    return count
