"""Descriptions that stand for a body, a document or a group: "a statement
from the company", "the hospital", "Unison, the union representing the
nurses", "police", "Forty-seven percent of respondents", "opponents".

`BodyDescriptions` holds these readers; `DescriptionReader`
(descriptions.py) asks them in turn, beside the readers of people.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...nlp import doc_text
from ..doc import headline_end
from .body_names import BODY_NOUNS, may_be_called
from .body_phrases import (
    company_before,
    company_of_the_sentence,
    named_after,
    named_before,
    school_district_named,
    written_before,
)
from .description_words import SPOKEN_WITH, Description, words_to_head
from .display_names import clean_name
from .documents import VEHICLES, document_name, issuer_subject
from .kind_bindings import bound_by_apposition
from .name_phrases import (
    capitalised_run,
    entity_at,
    names_a_kind_of_body,
    without_descriptor,
)
from .names import ROLE_HEADS, name_cased
from .speaker import Speaker
from .speaker_words import (
    COMPANY_HEADS,
    NUMBER_TEN,
    ORGANISATION_HEADS,
    OUTPUT_HEADS,
    PERSON_NOUNS,
    SHARE_WORDS,
    SOURCE_PREPS,
    names_people,
)
from .spoken_before import DOCUMENTS, SpokenBefore

#: A bank's name: "Bank of Thailand", "Bank Negara Malaysia", "Reserve Bank of India".
_BANK_NAME = re.compile(r"(?:[A-Z][\w'’]+ ){0,2}Bank(?: of(?: the)?)?(?: [A-Z][\w'’]+){1,2}")
#: Parts of a business that speak as the business.
_ARMS = frozenset("arm unit division subsidiary".split())
#: Small words inside a body's name ("Airlines for the Americas").
_NAME_JOINERS = frozenset("for of the and on in de du la le des".split())
#: The name a body gives itself: "a group calling itself X", "which calls itself X".
_CALLING_ITSELF = re.compile(
    r"\bcall(?:ing|s) itself (?:the )?([A-Z][\w'’&-]*(?:\s+(?:(?:for|of|the|and|on)\s+)*"
    r"[A-Z][\w'’&-]*)*)")




class BodyDescriptions(SpokenBefore):
    """Readers of descriptions that name a body, a document or a group."""

    def _same_document(self, d: Description) -> Speaker | None:
        """"The paper", after "the study" spoke: the study (and "the research",
        no document of its own: "research on X shows" is named as written)."""
        # ("The document says", after "According to the indictment": that one)
        if d.lemma in DOCUMENTS | {"research", "document"} and (
                d.unfiled.lower() == f"the {d.lemma}"):
            return self._document_that_spoke(d.lemma)
        return None

    def _author_of_output(self, d: Description) -> Speaker | None:
        """"a report by a Brussels-based think tank that accused China of
        ...": the clause the parser hung on the unnamed author is said of the
        report, which speaks for itself by its short name."""
        head = d.head
        by = head.head
        if not (head.dep_ == "pobj" and by.lower_ == "by" and by.head.pos_ == "NOUN"
                and by.head.lemma_.lower() in DOCUMENTS and d.clause is not None
                and d.own & {"a", "an"} and not d.has_proper and head.pos_ == "NOUN"):
            return None
        return Speaker(f"the {by.head.lower_}", "organisation")

    def _output(self, d: Description) -> Speaker | None:
        """A statement, report or study: whose it is, when the phrase or the
        article says so; a study by its short name."""
        sp, head, lemma = d.sp, d.head, d.lemma
        # ("The draft amendment says": a text in draft speaks as a document does)
        drafted = any(c.lower_ == "draft" and c.dep_ in ("compound", "amod") for c in head.lefts)
        if lemma not in OUTPUT_HEADS | DOCUMENTS and not drafted:
            return None
        initials = next((c for c in head.children if c.dep_ == "compound" and c.i < head.i
                         and c.is_upper and c.is_alpha and 2 <= len(c) <= 6), None)
        if (lemma in _COUNTS or lemma == "data") and initials is not None and (
                d.plural or lemma == "data"):
            # "according to HTA figures", "WHO data": the body by its initials
            # (spelt out later, where the article gave its name in full)
            return Speaker(initials.text, "organisation")
        if lemma in _COUNTS and not any(c.dep_ == "prep" and c.lower_ == "from"
                                        for c in head.children):
            return None  # "figures from the institute", not "centrist figures in the party"
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
        if lemma in VEHICLES and words_to_head(sp, head) == ["the", lemma]:
            issuer = self._issuer_before(head)
            if issuer is not None:  # "The ministry issued a statement. The statement added"
                return issuer
        owned = any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and sp.start <= c.i
                    for c in head.children)
        if lemma in DOCUMENTS and owned:
            # "The council's own review called ...": the council's review
            return Speaker(document_name(sp, head, ""), "organisation")
        if lemma == "minutes" and words_to_head(sp, head)[:1] == ["the"]:
            # "the minutes of the April meeting": a meeting's record, as written
            return Speaker(" ".join(sp.text.split()), "organisation")
        issued_by = _issuer_compound(head) if lemma in VEHICLES else None
        if issued_by is not None:
            # "a BCB press release said": the body that issued it, named before its noun
            return Speaker(issued_by, "organisation")
        if (lemma in DOCUMENTS or lemma in _UNSIGNED or drafted) and head.tag_ == "NN" and (
                head.pos_ == "NOUN"):
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
        return None

    def _number_ten(self, d: Description) -> Speaker | None:
        if NUMBER_TEN.match(d.text):
            return Speaker("Number 10", "organisation")  # Downing Street by its door
        return None

    def _police(self, d: Description) -> Speaker | None:
        """"..., police said": the force the article names, before or just
        after; "Japanese police" too, a country's police being its force there."""
        words = words_to_head(d.sp, d.head)
        national = len(words) == 2 and d.sp[0].ent_type_ == "NORP" and d.sp[0].pos_ == "ADJ"
        if d.lemma == "police" and (words in (["police"], ["the", "police"]) or national):
            org_name = named_before(d.sp, d.head) or named_after(d.sp, d.head)
            if org_name is not None:
                return Speaker(org_name, "organisation")
        return None

    def _central_bank(self, d: Description) -> Speaker | None:
        """"Thailand's central bank": the bank of that country the article
        names, before or after ("the Bank of Thailand", "Bank Negara Malaysia")."""
        head, doc = d.head, d.sp.doc
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if (d.lemma != "bank" or owner is None or owner.ent_type_ != "GPE"
                or not any(c.lower_ == "central" for c in head.children)):
            return None
        country = owner.text.casefold()
        # (the tagger may leave the name untagged: "Bank Indonesia")
        named = [m for m in _BANK_NAME.finditer(doc_text(doc)) if country in m.group().casefold()]
        # the nearest naming, after the description or before it
        named.sort(key=lambda m: abs(m.start() - d.sp.start_char))
        return Speaker(named[0].group().removeprefix("The "), "organisation") if named else None

    def _arm_of_body(self, d: Description) -> Speaker | None:
        """"Barclays' private banking arm", "the bank's research unit": a part
        of a business speaks as the business, when the part goes unnamed (not
        "Alphabet's unit Waymo")."""
        head = d.head
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        # (nor one named in capitals: "the Commission's Division of Examinations")
        if (d.lemma not in _ARMS or d.plural or owner is None or owner.pos_ != "PROPN"
                or head.pos_ == "PROPN"
                or owner.ent_type_ not in ("ORG", "PERSON", "GPE")
                or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > head.i
                       for c in head.children)):
            return None
        first = owner
        while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and (
                first.doc[first.i - 1].pos_ == "PROPN"):
            first = first.doc[first.i - 1]
        name = first.doc[first.i : owner.i + 1].text
        return Speaker(clean_name(name)[0].removesuffix("'s").removesuffix("’s"), "organisation")

    def _addressed_body(self, d: Description) -> Speaker | None:
        """"Your department told this committee": the one named."""
        head = d.head
        addressed = any(c.dep_ == "poss" and c.lower_ in ("your", "our") for c in head.children)
        if addressed and head.pos_ == "NOUN" and not d.plural:
            org_name = named_before(d.sp, head)
            if org_name is not None:
                return Speaker(org_name, "organisation")
        return None

    def _the_body(self, d: Description) -> Speaker | None:
        """"the hospital", "the club", "the company": the body the article
        names or the business that spoke."""
        sp, head, lemma = d.sp, d.head, d.lemma
        capitalised_short = head.pos_ == "PROPN" and d.alpha_count == 2
        # the head's own "the" ("the hospital"), not one further in ("A crane
        # operator with 22 years at the port")
        head_the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        # (or a bare noun where headlines drop "the": "... ; ministry says ...")
        text = doc_text(sp.doc)
        heading = sp.start_char < text.find("\n", headline_end(sp.doc) + 1) and d.alpha_count == 1
        # (a standfirst's first word is capitalised: "Chipmaker raises outlook but warns ...")
        # (or a body's noun alone in a headline, capitalised: "Council says ...")
        if not ((head_the or heading) and (head.pos_ == "NOUN" or capitalised_short or (
                heading and (lemma in COMPANY_HEADS or names_a_kind_of_body(lemma))))
                and not d.plural):
            return None
        apposed = _apposed_name(head, sp)
        if apposed is not None and names_a_kind_of_body(lemma):
            # "The operator, Western Isles Sea Links,": its name, whatever NER made of it
            return Speaker(clean_name(capitalised_run(apposed))[0], "organisation")
        # "the Service", after "Ghana Health Service", written with its capital
        # (or one the tagger left unlabelled: "the Vice-Principals' Committee")
        org_name = named_before(sp, head) or (
            written_before(sp, head) if lemma not in COMPANY_HEADS else None
        ) or named_after(sp, head) or (
            school_district_named(sp.doc) if lemma == "district" else None)
        if org_name is not None:  # "the hospital", after "Northfield General Hospital"
            return Speaker(org_name, "organisation")
        # "the group", after "an armed group, the Gourma Front," (a business is
        # the one that spoke or was named last: below)
        org_name = bound_by_apposition(sp, head) if lemma not in COMPANY_HEADS else None
        if org_name is not None:
            return Speaker(org_name, "organisation")
        # "The Swedish trade ministry": a country's body is named by its
        # country, not the body that spoke last (a company may be "the Dutch company")
        national = any(c.ent_type_ in ("NORP", "GPE") and c.i < head.i for c in head.children)
        if lemma in BODY_NOUNS and lemma not in COMPANY_HEADS and not d.possessed and not national:
            spoke = self._business_that_spoke(sp.start_char)
            if spoke is not None and may_be_called(spoke.name or "", lemma):
                return spoke  # "Castleford said ... The club added": Castleford
        if lemma in ("organisation", "organization") and not d.has_proper and not d.possessed:
            # "The Delta Ledger, the nonprofit newsroom ..., is cutting nine
            # jobs, the organization announced": the body the sentence is about
            org_name = company_of_the_sentence(sp, any_body=True)
            if org_name is not None:
                return Speaker(org_name, "organisation")
        if lemma in COMPANY_HEADS and not d.possessed:
            spoke = self._business_that_spoke(sp.start_char)
            if spoke is not None:  # "Ferrow denied ... The company said": Ferrow
                return spoke
            org_name = company_before(sp, self._byline_span)
            if org_name is not None:  # "the grocery giant", after "Harbour Foods"
                return Speaker(org_name, "organisation")
        return None

    def _named_then_described(self, d: Description) -> Speaker | None:
        """"Airlines for the Americas, the main trade group,", "Cities for
        Housing Canada, a coalition of mayors": the name before the comma,
        the description after it saying it is a body."""
        sp = d.sp
        comma = next((t.i for t in sp if t.text == ","), None)
        if comma is None or comma - sp.start < 2:
            return None
        name = [t for t in sp.doc[sp.start : comma] if t.text not in ("-", "&")]
        if not (name_cased(name[0]) and name_cased(name[-1]) and all(
                name_cased(t) or t.lower_ in _NAME_JOINERS for t in name)):
            return None
        described = next((t for t in sp.doc[comma + 1 : sp.end]
                          if t.dep_ == "appos" and t.head.i < comma), None)
        if described is None:
            return None
        lemma = described.lemma_.lower()
        if not names_a_kind_of_body(lemma) or lemma in OUTPUT_HEADS | DOCUMENTS:
            return None
        return Speaker(clean_name(sp.doc[sp.start : comma].text)[0], "organisation")

    def _body_by_apposed_name(self, d: Description) -> Speaker | None:
        """"industry newspaper The Stage", "The UN refugee agency, UNHCR,": the name."""
        head = d.head
        if names_a_kind_of_body(d.lemma) and head.pos_ == "NOUN":
            apposed = _apposed_name(head, d.sp, within=False)
            return self._name_at(apposed) if apposed is not None else None
        acronym = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if (head.pos_ == "NOUN" and acronym is not None and acronym.dep_ == "appos"
                and acronym.head == head and acronym.is_upper and acronym.is_alpha
                and len(acronym) >= 3 and acronym.ent_type_ != "PERSON"):
            # "the conflict monitor ACLED": a body by its initials after what it is
            return Speaker(acronym.text, "organisation")
        return None

    def _organisation(self, d: Description) -> Speaker | None:
        """An organisation by its name or a body's noun ("the council")."""
        sp, head = d.sp, d.head
        ent = entity_at(head) if head.ent_type_ in ("ORG", "NORP", "GPE") else None
        organised = d.lemma in ORGANISATION_HEADS or head.lemma_.lower() in ORGANISATION_HEADS
        if not (ent is not None or organised or head.pos_ == "PROPN"):
            return None
        if organised and (calling := _CALLING_ITSELF.search(sp.text)) is not None:
            # "A group calling itself Westman Families for Clean Water": its name
            return Speaker(calling.group(1), "organisation")
        if ent is not None and (joined := _joined_name(head, sp)) is not None:
            ent = joined  # "Derbyshire Fire and | Rescue Service"
        first = head
        while first.ent_iob_ == "I" and first.i > sp.start:
            first = sp.doc[first.i - 1]
        kind = sp.doc[first.i - 1] if first.i > sp.start else None
        if (ent is not None and head.ent_type_ == "GPE" and kind is not None and kind.is_title
                and names_a_kind_of_body(kind.lower_)):
            ent = sp.doc[kind.i : head.i + 1].text  # "Bank Indonesia": a body named by its country
        elif (ent is not None and head.ent_type_ == "GPE" and kind is not None
              and kind.ent_type_ == "ORG" and kind.dep_ == "compound" and kind.head == head):
            # "Amnesty International Kenya": a body's branch, by its country
            start = kind.i
            while start > sp.start and sp.doc[start].ent_iob_ == "I":
                start -= 1
            ent = sp.doc[start : head.i + 1].text
        name = clean_name(ent)[0] if ent else d.text
        if name.lower().startswith("the "):
            name = name[4:] if ent else name
        # "IRNA news agency", "the semi-official Tasnim news agency": IRNA, Tasnim
        name = _without_kind_after(_without_kind_before(name))
        comma = next((t.i for t in sp if t.text == ","), None)
        # (one word the tagger took for a place or a body: "Natalia, a 58-year-old nurse")
        if comma is not None and comma > sp.start and (not ent or comma == sp.start + 1) and all(
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
        elif (ent is None and comma is not None and head.i <= comma and comma + 1 < sp.end
              and sp.doc[comma + 1].lower_ in ("the", "a", "an")):
            # "Hyundai Motor's labor union, the largest single-company union
            # in the country,": the body, not its description
            name = sp.doc[sp.start : comma].text
        elif (comma is not None and head.i < comma and head.pos_ == "NOUN" and comma + 1 < sp.end
              and all(
                (t.pos_ == "PROPN" and name_cased(t)) or t.text in ("-", "&")
                for t in sp.doc[comma + 1 : sp.end])):
            # "The city's main hotel association, Ahomál,": the name after its description
            name = sp.doc[comma + 1 : sp.end].text
        # "Japan Agricultural Cooperatives", "Corvana Systems": a body of
        # several words ending in a plural is one body ("it", "the group")
        one_body = ent is not None and head.ent_type_ == "ORG" and len(name.split()) > 1
        return Speaker(without_descriptor(sp, head) or name, "organisation",
                       plural=d.plural and not one_body)

    def _one_of_them_named(self, d: Description) -> Speaker | None:
        """"One of the two bidders, Gdansk-based Baltmor Yards,": the body the
        phrase sets off after its comma."""
        sp = d.sp
        if len(sp) < 4 or sp[0].lower_ != "one" or sp[1].lower_ != "of":
            return None
        comma = next((t.i for t in sp if t.text == ","), None)
        named = next((e for e in sp.ents if e.label_ == "ORG" and e.end == sp.end), None)
        if comma is None or named is None:
            return None
        # (right after the comma, or after where it is based: "Kharkiv-based")
        between = sp.doc[comma + 1 : named.start]
        if len(between) and between[-1].lower_ != "based":
            return None
        return Speaker(clean_name(named.text)[0], "organisation")

    def _share_or_group(self, d: Description) -> Speaker | None:
        """Unnamed people: a share of a surveyed group or a plural of people."""
        head = d.head
        if head.ent_type_ in ("PERCENT", "CARDINAL") or d.lemma in SHARE_WORDS:
            # "Forty-seven percent of respondents", "11.9%", "a majority of
            # voters": a share of a surveyed group, unnamed
            return Speaker(d.text, "anonymous", plural=True, head=d.lemma)
        if d.plural and head.pos_ == "NOUN" and not d.has_proper and names_people(head):
            # "the boy's relatives", "opponents", "most big computer makers":
            # people who speak unnamed
            return Speaker(d.text, "anonymous", plural=True, head=d.lemma, group=True)
        return None

    @property
    def _byline_span(self) -> tuple[int, int] | None:
        byline = self.people.byline
        return byline.span if byline is not None else None

    def _source_of_output(self, sp: Span, head: Token) -> Speaker | None:
        """Whose report, statement or article `head` is, when the phrase says so:
        a name after "from", "by", "in", "of" or "with", or before "'s"; "its
        statement" and "the company's release" stand for the business named
        before. None when the phrase names nobody ("a new study")."""
        for child in head.children:
            if not sp.start <= child.i < sp.end:
                continue
            if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
                if child.lower_ == "with" and head.lemma_.lower() not in SPOKEN_WITH:
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
                        # (not who saw it: "the finance office | seen by Aftonbladet")
                        seen = [c.i for c in obj.children if c.dep_ == "acl" and c.i > obj.i]
                        words = [t for t in obj.subtree if t.i < min([sp.end, *seen])]
                        text = " ".join(sp.doc[words[0].i : words[-1].i + 1].text.split())
                        text = text.rstrip(" ,;")
                        # ("the RIVM public health institute": its initials name it)
                        initials = next((c.text for c in obj.children if c.i < obj.i
                                         and c.dep_ in ("nmod", "compound") and c.is_upper
                                         and c.is_alpha and len(c) >= 2), None)
                        return Speaker(named_before(sp, obj) or initials or text, "organisation")
            if child.dep_ == "poss":
                named = self._name_at(child)
                if named is not None:
                    return named
                if child.lower_ == "its" or child.lower_ in COMPANY_HEADS:
                    org_name = company_before(sp, self._byline_span)
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
            and not tok.is_lower  # ("institute" read as a proper noun)
        ):
            ent = entity_at(tok) if tok.ent_type_ else ""
            run = capitalised_run(tok)
            name = clean_name(run if ent in run else ent)[0]  # "Post" and "Courier", one name
            return Speaker(name.removeprefix("the ").removeprefix("The "), "organisation")
        return None


def _apposed_name(head: Token, sp: Span, *, within: bool = True) -> Token | None:
    """The proper noun set beside a body's noun after it ("The operator,
    Western Isles Sea Links,"; "industry newspaper The Stage"), the parser
    hanging one set off by commas as an adverb's noun or not ("The UN refugee
    agency, UNHCR,"); only inside the speaker span if `within`."""
    return next((c for c in head.children if c.pos_ == "PROPN" and c.i > head.i and (
        c.dep_ == "appos" or (c.dep_ == "npadvmod" and c.nbor(-1).text == ","))
        and (sp.start <= c.i < sp.end or (not within and c.dep_ == "appos"))), None)


#: Papers that speak as themselves when no one is said to have written them
#: ("A joint letter from their energy ministers warned": the joint letter).
_UNSIGNED = frozenset(["letter", "memo"])


def _issuer_compound(head: Token) -> str | None:
    """The body named right before a statement's or a release's noun ("a BCB
    press release", "an Interior Ministry statement"), as the tagger reads it."""
    names = [t for t in head.lefts if t.dep_ == "compound" and t.ent_type_ == "ORG"]
    if not names:
        return None
    first, last = names[0], names[-1]
    if any(t.ent_type_ != "ORG" for t in head.doc[first.i : last.i + 1]):
        return None
    return head.doc[first.i : last.i + 1].text


#: Numbers that speak for whoever they come from ("figures from the RIVM").
_COUNTS = frozenset(["figures", "statistics"])
#: Lower-case words after a body's name that say what kind it is ("IRNA news agency").
_KIND_AFTER = frozenset(["news", "agency", "newspaper", "daily", "broadcaster", "wire"])


def _without_kind_after(name: str) -> str:
    """A name without the lower-case words after it that say what kind of
    body it is: "Xinhua" of "Xinhua news agency"."""
    words = name.split()
    while len(words) > 1 and words[-1] in _KIND_AFTER:
        words.pop()
    core = words[1:] if words[0] in ("the", "The") else words
    cut = len(words) < len(name.split())
    return " ".join(core) if cut and core and core[-1][:1].isupper() else name


def _without_kind_before(name: str) -> str:
    """A name without the lower-case words before it that say whose voice it
    is ("state-run IRNA", "semi-official Tasnim"): the name itself."""
    words = name.split()
    first = 1 if words[:1] in (["the"], ["The"]) else 0
    k = first
    while k < len(words) - 1 and words[k].islower() and (
            "-" in words[k] or words[k] in ("official", "state")):
        k += 1
    rest = words[k:]
    return " ".join(rest) if k > first and rest[0][:1].isupper() else name


def _joined_name(head: Token, sp: Span) -> str | None:
    """`Derbyshire Fire and Rescue Service`, the body's entity cut at "and":
    the capitalised words joined to it, inside the phrase, are its name's too."""
    doc, k = head.doc, head.i
    while k > sp.start and doc[k].ent_iob_ == "I":
        k -= 1
    if k - 2 < sp.start or doc[k - 1].lower_ not in ("and", "&") or not (
            doc[k - 2].is_title and doc[k - 2].pos_ == "PROPN"):
        return None
    start = k - 1
    while start - 1 >= sp.start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    end = head.i + 1
    while end < sp.end and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text
