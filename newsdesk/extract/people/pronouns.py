"""Who a pronoun speaker stands for: "he", "she", "they", "it" beside a cue.

`PronounReader` is the part of `SpeakerResolver` (speakers.py) that reads a
pronoun: the gender and number it says, then its antecedents, most likely
first (a person named earlier in the sentence, the subject of the sentences
before, the speakers of recent statements, the people mentioned last).
"""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ...nlp import READING_TEXTS, doc_ents, doc_text
from ..quotes.cues import NAMING_PARTICIPLES
from ..quotes.marks import find_quotes
from ..quotes.speaker_spans import name_of_the_noun_before
from .given_names import gender_of_given_name, known_given_name
from .mentions import People
from .name_phrases import group_of_people
from .names import ROLE_HEADS
from .speaker import UNKNOWN, Speaker, agreeing_first, speaker_of
from .speaker_words import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    UNNAMED_PRONOUNS,
)

#: How far (characters) back "it added" looks for the organisation that spoke.
_IT_REACH = 400
#: Subject pronouns that stand for someone named before (their own antecedent
#: is found through the statements of that sentence, not the names in it).
_THIRD_PERSON = frozenset(("he", "she", "they"))
#: "Asked by", "pressed by": the one named next puts the question.
_ASKED_BY = re.compile(r"\b(?:asked|pressed|questioned|quizzed|challenged) by\s+$", re.I)


#: A name set off after a noun its pronoun owns: "Through his attorney, X,
#: he said" (the attorney is not "he").
_OWNED_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[\w'-]+\s+){0,2}[\w'-]+,\s*$", re.I)


#: A sentence opening on the question someone was asked, up to its comma.
_QUESTION_PUT = re.compile(
    r"\s*(?:When |After being |Having been )?(?:asked|pressed|questioned|quizzed)\b[^\n]*?,\s",
    re.I)


#: Unnamed sources written without a gender, whom a singular "they" takes up.
_UNGENDERED_SOURCES = frozenset(["spokesperson", "representative", "source", "insider"])
#: Unnamed sources the singular "they" cannot take up: no one person, or
#: anyone at all ("An infected person can pass the virus ..., they wrote").
_NOT_ONE_PERSON = frozenset(
    """family team group crowd couple pair panel one nobody anyone anybody everyone everybody
    none person""".split())


class PronounReader:
    """Pronoun resolution over what a `SpeakerResolver` has read so far."""

    doc: Doc
    people: People
    # (statement start, speaker span start, speaker) of resolved statements
    history: list[tuple[int, int, Speaker]]
    reports: set[int]

    @cached_property
    def _double_quotes(self) -> list[tuple[int, int]]:
        """Where the article's double quotation marks open and close."""
        return [(q.start, q.end) for q in find_quotes(doc_text(self.doc))
                if q.kind == "double"]

    def _quoted(self, char: int) -> bool:
        return any(s < char < e for s, e in self._double_quotes)

    def resolve(
        self, span: tuple[int, int], *, before: int, content: list[tuple[int, int]]
    ) -> Speaker:
        raise NotImplementedError  # SpeakerResolver reads a whole speaker span

    def _pronoun(self, tok: Token, before: int, content: list[tuple[int, int]]) -> Speaker:
        word = tok.lower_
        if word == "it":
            # the body the sentence before is about ("The World Bank published
            # a report. It says ..."); else "The council said ... It added that
            # ...": the organisation that spoke just before, if one did; else a
            # thing or a quote's own voice
            start, last = next(((at, sp) for at, _, sp in reversed(self.history)
                                if at < before), (0, UNKNOWN))
            body = self._body_of_own_sentence(tok) or self._body_before(tok)
            if body is not None:
                return body
            if last.type == "organisation" and not last.plural and before - start <= _IT_REACH:
                return last
            return UNKNOWN
        if word in ("i", "we", "me", "us", "you"):
            return UNKNOWN  # the writer, the reader, or a quote's own voice
        if word in ("that", "which", "this", "these", "those", "what", "whatever"):
            return UNKNOWN  # "a test that predicts how ...": a thing, never a person named before
        if word in UNNAMED_PRONOUNS:
            # "which some are calling an inland hurricane", "others say":
            # unnamed people, not the last thing named
            return Speaker(tok.text, "anonymous", plural=True, head=word)
        gender = "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None
        plural = word in PLURAL_PRONOUNS
        cands = self._candidates(tok, before, gender, content)
        for k, cand in enumerate(cands):
            if plural != cand.plural and cand.type != "organisation" and not (
                    # '"...," they added' after "A spokesperson for the trust said"
                    # or "A violinist, who asked not to be named, said": the
                    # singular "they" of an unnamed source who spoke, gender not given
                    word == "they" and k == 0 and cand.type == "anonymous"
                    and cand.gender is None and (cand.head in _UNGENDERED_SOURCES or (
                        cand.head not in _NOT_ONE_PERSON
                        and any((sp.name, sp.type) == (cand.name, cand.type)
                                for _, _, sp in self.history)))):
                continue
            if gender and cand.type == "anonymous" and cand.head == "person" and any(
                    c.type == "person" and c.gender == gender for c in cands[k + 1 :]):
                # "a person familiar with the talks" is written to hide a
                # gender: a later "she" is the woman named before it
                continue
            if plural and cand.type == "person":
                continue
            if gender and cand.gender and cand.gender != gender:
                continue
            if gender and cand.type == "organisation":
                continue  # "he" and "she" are people, never a company
            if not plural and cand.type == "organisation" and cand.plural:
                continue
            return cand
        return UNKNOWN

    def _body_of_own_sentence(self, tok: Token) -> Speaker | None:
        """"The EIA raised its forecast to 13.7 million bpd, which it said
        would be a record": an "it" in a clause after the main one is the
        body that clause's sentence is about."""
        root = tok.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if tok.head == root or subj is None or subj.ent_type_ != "ORG" or self._quoted(subj.idx):
            return None  # (a body by its name: "the company" may be another's)
        name = next((e for e in doc_ents(self.doc) if e.start <= subj.i < e.end), None)
        if name is None:
            return None
        # (with its "the": "The HC" is the high court named before)
        start = name.start - 1 if name.start and self.doc[name.start - 1].lower_ == "the" else (
            name.start)
        begin = self.doc[start].idx
        sp = self.resolve((begin, name.end_char), before=begin, content=[])
        return sp if sp.type == "organisation" and not sp.plural else None

    def _body_before(self, tok: Token) -> Speaker | None:
        """What "it" stands for first: the subject of the sentence before,
        when that is a body or a document ("The World Bank's new debt report
        offers some support. It finds ..."); before the body that spoke last."""
        if tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        # of its main clauses, the last ("The story was corrected, and a
        # correction ran on page 2. It reads: ...")
        subj = next((t for t in reversed(prev) if t.dep_ in ("nsubj", "nsubjpass")
                     and (t.head.dep_ == "ROOT" or (t.head.dep_ == "conj"
                                                    and t.head.head.dep_ == "ROOT"))), None)
        if subj is None or subj.pos_ == "PRON" or self._quoted(subj.idx):
            return None
        sp = self._phrase_speaker(subj)
        if sp.type == "unknown" and sp.name and subj.lemma_.lower() in READING_TEXTS:
            return sp  # "The letter ... says ... "...," it reads": the letter
        return sp if sp.type == "organisation" and not sp.plural else None

    def _phrase_speaker(self, tok: Token) -> Speaker:
        """Who the whole phrase `tok` heads stands for, read as a speaker span is."""
        # (not a clause on it: "The report, titled "Ash Season, Silent Forest",")
        clause = next((c.left_edge.i for c in tok.children
                       if c.dep_ == "acl" and c.i > tok.i and c.tag_ == "VBN"
                       and c.lemma_.lower() not in NAMING_PARTICIPLES  # ("named only as X")
                       and tok.doc[c.left_edge.i - 1].text == ","), None)
        sub = [t for t in tok.subtree if clause is None or t.i < clause]
        while len(sub) > 1 and sub[-1].is_punct:
            sub.pop()  # "Saqme's editor in chief, Ketevan "Keti" Abashidze,": not its comma
        return self.resolve((sub[0].idx, sub[-1].idx + len(sub[-1].text)), before=sub[0].idx,
                            content=[])

    def _candidates(
        self, tok: Token, before: int, gender: str | None, content: list[tuple[int, int]]
    ) -> list[Speaker]:
        """Antecedents, most likely first: a person named earlier in the same
        sentence (those whose gender is known to agree first); the subject of
        the sentences before the statement; the speakers of recent statements;
        the people mentioned last. A person named inside the statement's own
        words is never its speaker ("Anna Bell is wrong," he said)."""
        sent = tok.sent
        # only people whose name reads as one ("Green Grocer Market" tagged a
        # person is nobody's antecedent)
        # nor the writer named in the byline ("By Rhiannon Achterberg" is not "she")
        byline = self.people.byline.span if self.people.byline is not None else (0, 0)
        earlier = [(start, p) for start, p in self.people.mentions_before(before)
                   if self.people.listable(p) and not any(s <= start < e for s, e in content)
                   and not byline[0] <= start < byline[1]]
        text = doc_text(self.doc)
        earlier = [(start, p) for start, p in earlier if not (
            start >= sent.start_char
            and _OWNED_BEFORE.search(text[max(sent.start_char, start - 40) : start]))]

        def asking(at: int, opens: int = sent.start_char) -> bool:
            # "Asked by one analyst whether ..., she said": the one asking is
            # not the one who answers (in the sentence opening at `opens`)
            return bool(_ASKED_BY.search(text[max(opens, at - 16) : at]))

        def spoke_or_named(sentence: Span, in_order: bool = False) -> list[Speaker]:
            # those who spoke in a sentence, as they were resolved (with
            # their role), then the people it names, the last named first
            # (`in_order`: the first, the likelier subject of a sentence the
            # parser read as a noun phrase, "The dancer, Marisol Quintero, toured with Kiera Lomax")
            start, end = sentence.start_char, sentence.end_char
            named = sorted(earlier, key=lambda x: x[0]) if in_order else earlier
            return ([sp for _, at, sp in self.history if start <= at < end and sp.type == "person"]
                    + [self._of(p) for at, p in named if start <= at < end])

        # "Asked by counsel whether he had met Ashdown-Vale, he replied": a
        # name in the question put is not the one who answers it
        question = _QUESTION_PUT.match(text[sent.start_char : tok.idx])
        put_until = sent.start_char + question.end() if question is not None else sent.start_char
        if question is not None and text[put_until : tok.idx].rstrip().endswith(","):
            # the pronoun right after the comma closing the question: all
            # before it was put ("Asked by Mr Oduya's barrister, Rajinder
            # Sahota, whether he had gone "looking for a fight", he replied")
            put_until = tok.idx
        near = [(start, self._of(p)) for start, p in earlier
                if start >= put_until and not asking(start)]
        # speakers of earlier statements in this sentence: "A senior Tory said
        # ..., and she added"
        near += [(at, sp) for _, at, sp in self.history
                 if put_until <= at < before and not asking(at)]
        near += self._roles_met(sent, before)  # "I asked the mayor whether he ..."
        same = [sp for _, sp in sorted(near, key=lambda x: -x[0])]
        out = [c for c in same if gender and c.gender == gender] + same
        # the sentences before the statement, not those of a quote before the
        # cue ("We put inserts ... But we stopped," he says)
        prev = sent.start - 1
        for s, _ in content:
            if s < sent.start_char:
                at = self.doc.char_span(s, s + 1, alignment_mode="expand")
                if at is not None and len(at):
                    prev = min(prev, at[0].sent.start - 1)
        looked, steps, skipped = 0, 0, False
        other_pronoun: list[str | None] = []
        while looked < 2 and steps < 4:
            steps += 1
            if prev < 0:
                break
            psent = self.doc[prev].sent
            if skipped and self._quoted(psent.end_char - 1):
                break  # past "He shrugs.", not into someone's quote
            while _bracketed(psent) and psent.start > 0:
                # "(I have never owned a gun, ever.)": a translation or an
                # aside in brackets, no sentence about anyone
                psent = self.doc[psent.start - 1].sent
            subjects = [t for t in psent if t.dep_ in ("nsubj", "nsubjpass")
                        and t.head.dep_ == "ROOT"]
            # (of two, the name: "Now the highest-ranking prosecutor, Lynch rose";
            # not one inside a clause on the other, "The governor, who spoke
            # through his deputy, Engr. Funmilayo Ogunleye, said")
            subj = next((t for t in subjects if t.pos_ == "PROPN"), None) if len(
                subjects) == 2 and not any(c.dep_ in ("relcl", "acl") for t in subjects
                                           for c in t.children) else None
            subj = subj or next(iter(subjects), None)
            if subj is not None and (witness := name_of_the_noun_before(subj, subj.head)):
                subj = witness  # "by the family's lawyer, X, the pathologist said": not X
            found: list[Speaker] = []
            group = gender is not None and subj is not None and group_of_people(subj)
            if subj is not None and self._quoted(subj.idx):
                # "... told Reddings. "Mr Holloway paid for that choice." He
                # added": the sentence is a quote; its speaker, not its subject
                found = [sp for start, _, sp in self.history if start <= subj.idx][-1:]
            elif subj is not None and subj.pos_ != "PRON" and not group:
                holder = self.people.covering(subj.idx) if subj.pos_ == "PROPN" else None
                # ("Now the highest-ranking prosecutor in the country, Lynch rose
                # ...": the name, not the description the parser hung on it)
                sp = (self._of(holder) if holder is not None and self.people.listable(holder)
                      else self._phrase_speaker(_named_after_be(subj) or subj))
                if sp.type in ("person", "anonymous", "organisation") and not sp.group:
                    found = [sp]
            if subj is not None and subj.lower_ in ("he", "she") and (
                    gender is None or (subj.lower_ == "she") == (gender == "f")):
                # "Speaking to The Herald, she said ...": the "she" before is
                # whoever that sentence's statement was resolved to
                # (not the one who asked it a question: "Asked by Nwosu
                # whether ..., she paused")
                found = [sp for _, at, sp in self.history
                         if psent.start_char <= at < psent.end_char and sp.type == "person"
                         and not asking(at, psent.start_char)][-1:]
            other = subj is not None and gender is not None and subj.lower_ in ("he", "she") \
                and (subj.lower_ == "she") != (gender == "f")
            if other:
                # "..., she held up the complaints and asked whether he had
                # read them. "I have," he shot back": the man that sentence
                # names, not the one before it whom "she" did not stand for
                found = [sp for sp in spoke_or_named(psent) if sp.gender == gender][:1]
                # (nor anyone else: "she" stood for her, whose given name
                # says no gender, so "he" cannot)
                other_pronoun += [sp.name for _, at, sp in self.history
                                  if psent.start_char <= at < psent.end_char and sp.gender is None
                                  and sp.type == "person" and sp.name]
            if gender and found and all(sp.type == "organisation" for sp in found):
                # "On Tuesday the court heard from Ewa Kowalska. She told ...":
                # a body the sentence is about is no "she"; whom it names may be
                found = []
            if not found and (subj is None or subj.pos_ != "PRON"
                              or subj.lower_ not in _THIRD_PERSON) and not (
                    subj is not None and self._quoted(subj.idx)):
                # a misparsed sentence, a subject that is no one ("the
                # memories have not faded", "that should not surprise anyone
                # who has read X"), the writer ("I asked X whether ...") or a
                # group ("leaders like Rev. Ralph Abernathy"): the people the
                # sentence names, those known to be of the pronoun's gender first
                # "I caught the mayor and asked him ...": then whom the writer
                # met or asked, by the role the article binds to a name
                misread = subj is None and psent.root.pos_ in ("NOUN", "PROPN")
                found = agreeing_first(spoke_or_named(psent, in_order=misread) + [
                    sp for _, sp in self._roles_met(psent, psent.end_char)], gender)
            asked = self._asked(psent) if not out else None
            if asked is not None and gender is not None and asked.gender == gender:
                # "The chair asked Kesselring whether ... He said ...": the one
                # asked answers, not the one asking
                found = [asked, *found]
            out += found
            prev = psent.start - 1
            # ("He shrugs.", no words of anyone's: the "he" of the sentence before
            # it is the same one, so that sentence is looked at too)
            skipped = (not found and subj is not None and gender is not None
                       and subj.lower_ == {"m": "he", "f": "she"}[gender])
            looked += 0 if skipped else 1
        said = [sp for start, _, sp in reversed(self.history) if before - start < 1500]
        named = [self._of(p) for start, p in earlier if before - start < 1500]
        # "she said" after "Ralph's widow, Juanita": a recent person known to be
        # of the pronoun's gender before one whose gender is unknown
        found = out + agreeing_first(said, gender) + agreeing_first(named, gender)
        return [sp for sp in found if sp.name not in other_pronoun]

    def _asked(self, sent: Span) -> Speaker | None:
        """The person a sentence asks something ("asked Kesselring whether
        ..."), named as its object."""
        root = sent.root
        if root.lemma_.lower() != "ask":
            return None
        whom = next((c for c in root.children if c.dep_ in ("dobj", "dative")
                     and c.pos_ == "PROPN"), None)
        if whom is None:
            return None
        person = self.people.covering(whom.idx) or self.people.by_surname(whom.text)
        if person is None and known_given_name(whom.text) and whom.ent_type_ in ("PERSON", ""):
            # "I asked Rosalind what would happen ...": a woman by her given name alone
            return Speaker(whom.text, "person", gender=gender_of_given_name(whom.text))
        return self._of(person) if person is not None and self.people.listable(person) else None

    def _roles_met(self, sent: Span, before: int) -> list[tuple[int, Speaker]]:
        """Where the writer's sentence names people by a role in its objects
        before `before` ("I caught the mayor"), and whom, resolved as a
        speaker of those words would be."""
        out: list[tuple[int, Speaker]] = []
        subj = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if subj is None or subj.lower_ not in ("i", "we"):
            return out
        for tok in sent:
            if tok.idx >= before:
                break
            if tok.dep_ not in ("dobj", "dative", "pobj") or tok.pos_ != "NOUN":
                continue
            if tok.lower_ not in ROLE_HEADS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children
            ):
                continue
            start = tok.left_edge.idx
            sp = self.resolve((start, tok.idx + len(tok.text)), before=start, content=[])
            if sp.person is not None:
                out.append((start, sp))
        return out

    _of = staticmethod(speaker_of)


def _bracketed(sent: Span) -> bool:
    """Whether a sentence stands in brackets, whole or as the first or last
    of several that do."""
    words = sent.text.strip()
    return words[:1] == "(" or words[-1:] == ")" or words[-2:] in (".)", "?)", "!)")


def _named_after_be(subj: Token) -> Token | None:
    """`One of the last speakers was 10-year-old Amelia Soto-Kerrigan, who
    read a letter. "...," she read`: the person a description is said to be
    is the one the sentence is about."""
    head = subj.head
    if head.lemma_ != "be" or subj.ent_type_ == "PERSON":
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.i > head.i
                 and c.ent_type_ == "PERSON"), None)
