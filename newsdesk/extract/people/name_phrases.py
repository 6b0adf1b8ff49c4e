"""Name phrases: the name a speaker span's words stand for, read off the parse.

A name NER missed ("Tristram Hunt", "Ms Sturgeon"), a name in apposition
after a role ("Labour's shadow home secretary, Marcus Bell"), the role
written before a name, and the entity or capitalised run a proper noun is
part of (the organisation a description of a body stands for is
body_phrases.py's). The speaker resolver (speakers.py) builds its speakers
from these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...nlp import dictionary_words
from ..quotes.cues import NAMING_PARTICIPLES
from ..quotes.speaker_spans import name_of_the_noun_before
from .given_names import gender_of_given_name, known_given_name
from .name_spans import joins_a_name, name_words
from .names import (
    ABBREVIATED_OFFICES,
    GENDERED_ROLES,
    INITIAL,
    NAME_PARTICLES,
    NOT_SURNAMES,
    POLICE_RANKS,
    ROLE_HEADS,
    TITLES,
    given_name_before,
    honour_at_end,
    name_cased,
    name_word,
)
from .speaker_words import (
    ANONYMOUS_HEADS,
    COMPANY_HEADS,
    ORGANISATION_HEADS,
    OUTPUT_HEADS,
    PERSON_NOUNS,
    PLACE_WORDS,
    SOURCE_PREPS,
)


def proper_name(head: Token) -> str | None:
    """ "Tristram Hunt" when NER missed it: a run of two or three capitalised
    proper nouns around the head, outside any organisation or place."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
        return None
    doc = head.doc
    i = head.i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and head.i - i < 3:
        i -= 1
    run = doc[i : head.i + 1]
    while len(run) and run[0].ent_type_ not in ("", "PERSON"):
        run = run[1:]  # "last Friday Tristram Hunt"
    if not 2 <= len(run) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in run):
        return None
    if any(t.lower_ in ANONYMOUS_HEADS or t.lower_ in ROLE_HEADS for t in run):
        return None
    if run[-1].lower_ in PLACE_WORDS:
        return None  # "Downing Street claimed": the place speaks for an institution
    if run[-1].lower_ in NOT_SURNAMES:
        return None  # "Green Grocer Market": a business
    return run.text


def full_name_before(head: Token, gender: str | None = None) -> str | None:
    """ "Nicola Sturgeon", written earlier, for a titled surname NER missed
    (not a given name of the other `gender` the title says: "Mrs Whitcombe"
    is not "Harold Whitcombe")."""
    given = given_name_before(head.doc, head.i, head.text, not_types=("ORG", "GPE", "NORP"))
    if given is None or (gender is not None and gender_of_given_name(given.text) not in (
            None, gender)):
        return None
    return f"{given.text} {head.text}"


#: Nouns of kin: the name set beside them may be a given name alone ("his
#: daughter, Rosa").
KIN_HEADS = frozenset(
    """son daughter grandson granddaughter wife husband widow widower mother father brother
    sister nephew niece cousin uncle aunt""".split()
)
#: Those close to someone, named by a given name alone as kin are ("Her neighbour Oleg").
_CLOSE_HEADS = frozenset("neighbour neighbor friend colleague flatmate roommate".split())


def later_apposed_name(head: Token, reach: int = 300, bare: bool = False,
                       owned: bool = False) -> Token | None:
    """A word of the first name set off beside the same noun after `head`
    within `reach` words: "The worker, Rosa Elena Villalobos," or "Rosa
    Elena Villalobos, 34, a former warehouse worker," after "A former
    warehouse worker ..."; `owned`, for "His lawyer": the noun owned again
    ("Castellanos's lawyer, Miriam Oduya-Fenn,")."""
    lemma = head.lemma_.lower()
    described = {t.lower_ for t in head.subtree}
    for tok in head.doc[head.i + 1 : head.i + reach]:
        # (an office written short before the name: "a retired sergeant", then
        # "retired Sgt. Curtis Eley")
        short = tok.dep_ == "compound" and ABBREVIATED_OFFICES.get(tok.lower_.rstrip(".")) == lemma
        if not short and (tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma):
            continue
        if bare and any(c.dep_ == "prep" for c in tok.children):
            continue  # `bare`: the noun alone again, not "the architect of a campaign"
        # "A spokesperson", then "Labour children's spokesperson X": whose, or
        # of which body, the first did not say: another one
        lead = tok.doc[(tok.head if tok.dep_ == "compound" else tok).left_edge.i : tok.i]
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if any(t.lower_ not in described and (t.dep_ == "case" or (
                t.is_title and not t.is_sent_start)) for t in lead) and not (
                owned and owner is not None and owner.ent_type_ == "PERSON"):
            continue
        # (the same one again: "The worker, ...", not "Another worker, ...")
        again = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or (
            owned and owner is not None)
        name = next((c for c in tok.children if again and c.dep_ == "appos"
                     and c.ent_type_ == "PERSON"), None)
        if (name is None and tok.dep_ in ("appos", "compound") and tok.head.ent_type_ == "PERSON"
                and name_of_the_noun_before(tok.head, tok.head.head) != tok):
            name = tok.head  # "..., a coroner," or "assistant coroner Margaret Lyle"
        if name is not None:
            return name
    return None


def apposed_name(head: Token) -> Span | None:
    """A proper name in apposition after a role noun, whatever NER made of it."""
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    if appos is None or appos.pos_ != "PROPN":
        return None
    # (a hyphen inside a surname is no word of its own: "Miriam Oduya-Fenn")
    toks = [t for t in appos.subtree if t.i <= appos.i and not joins_a_name(t.doc, t.i)]
    run = [t for t in toks if t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha]
    # "his daughter, Rosa": kin by a given name alone, tagged or known as one
    # (or a name no table knows, set off by commas: "His mother, Hasnah, told")
    set_off = (appos.i + 1 < len(head.doc) and head.doc[appos.i + 1].text == ","
               and head.doc[appos.i - 1].text == "," and appos.is_title
               and appos.lower_ not in dictionary_words())
    fewest = 1 if head.lower_ in KIN_HEADS | _CLOSE_HEADS and (
        appos.ent_type_ == "PERSON" or known_given_name(appos.text) or set_off) else 2
    if not fewest <= len(run) <= 3 or len(run) != len(toks):
        return None
    # "Oleg" read as a place; "His mother, Hasnah," too
    given_alone = len(run) == 1 and (known_given_name(run[0].text) or (
        set_off and head.lower_ in KIN_HEADS | _CLOSE_HEADS))
    if run[-1].lower_ in PLACE_WORDS or (
            run[-1].ent_type_ in ("GPE", "LOC", "NORP", "FAC") and not given_alone):
        return None
    return head.doc[run[0].i : run[-1].i + 1]


def _hyphened(tok: Token) -> bool:
    """A piece of a word written with hyphens ("turned" of "footballer-turned-pundit")."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) or (
        tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)


#: Words for "son of" or "daughter of" inside Arabic, Maghrebi and Tuareg
#: names, written with a capital ("Mohamed Ould Cheikh", "Aminetou Mint Ely").
_SON_OF = frozenset("ould mint ag ibn bin bint".split())


def trailing_name(sp: Span) -> Span | None:
    """A name closing a role phrase after a comma, whatever the parser made of
    it ("the traditional ruler of Ilawe, Oba Samuel Ajayi"): two or three
    capitalised words after any titles."""
    toks = [t for t in sp if not (t.is_space or (t.is_punct and t.i == sp.end - 1))]
    if len(toks) > 2 and toks[-1].text.isdigit() and toks[-2].text == ",":
        toks = toks[:-2]  # "Jodie's mum, Bernadette Okafor, 58": her age after her name
    comma = max((t.i for t in toks if t.text == ","), default=None)
    if comma is None:
        return None
    words = [t for t in toks if t.i > comma]
    # titles, and a description in lower case before the name
    # ("Jodie's husband, footballer-turned-pundit Liam Ashworth")
    while words and (words[0].lower_.rstrip(".") in TITLES or words[0].text in (".", "-")
                     or (words[0].is_lower and words[0].is_alpha and len(words) > 2
                         and (words[0].pos_ in ("NOUN", "ADJ") or _hyphened(words[0])))):
        words = words[1:]
    # (a Samoan matai title may stand before the given name: "Tupa'i Sione
    # Lauina"; a word for "son of" inside tells a person's name: "Abdallahi
    # Ould Ahmedou Salem")
    given = any(gender_of_given_name(w.text) is not None for w in words[:2]) or any(
        w.lower_ in _SON_OF for w in words[1:-1])
    if any(t.ent_type_ in ("GPE", "LOC") or (t.ent_type_ in ("ORG", "FAC") and not given)
           for t in words):
        # "A lawyer, speaking outside Southwark Crown Court,"; but "..., Grace
        # Obi," is a woman's name whatever the tagger calls it
        return None
    # a hyphen written close inside a surname ("Lindgren-Sato") joins two words of one name
    parts, joined = name_words(words)
    # a particle inside the name ("Javier Montes de Oca") is none of its words
    inner = [t for t in parts[1:-1] if (t.lower_ in NAME_PARTICLES and t.is_lower)
             or t.lower_ in _SON_OF]
    # (nor is a middle initial: "Howard J. Feldstein")
    inner += [t for t in parts[1:-1] if len(t.text.rstrip(".")) == 1 and t.text[:1].isupper()]
    parts = [t for t in parts if t not in inner]
    # ("Omar bin Khalid Al Falasi": a patronymic makes a name of four words)
    longest = 4 if inner else 3
    if not 2 <= len(parts) - joined <= longest or not all(
            name_word(t) and name_cased(t) for t in parts):
        return None
    if words[-1].lower_ in PLACE_WORDS or words[-1].ent_type_ in ("GPE", "LOC", "NORP", "FAC"):
        return None
    return sp.doc[words[0].i : words[-1].i + 1]


def capitalised_run(tok: Token) -> str:
    """The name a proper noun NER missed is part of: the capitalised words of its
    phrase around it, joined by "and", "of" or "&" ("the Charleston-based Post
    and Courier" gives "Post and Courier")."""
    doc = tok.doc
    last = max((t.i for t in tok.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()),
               default=tok.i)
    i = last
    while i > 0 and (
        (doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper())
        or (doc[i - 1].lower_ in ("and", "of", "&") and i - 2 >= 0 and doc[i - 2].pos_ == "PROPN")
    ):
        i -= 1
    return doc[i : last + 1].text


def entity_at(tok: Token) -> str:
    """The text of the named entity `tok` is in (IOB tags: no scan of doc.ents)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


#: Titles of address a role may run into before the name.
_RUN_IN_TITLES = frozenset(("professor", "prof", "dr", "commodore", "admiral"))


def role_before_name(text: str) -> str | None:
    """The role a speaker span writes before a person's name, from `text`, the
    span's words up to the name: "the Conservative MP for Carlisle" gives
    "Conservative MP for Carlisle" (no article, no closing "Mr"). None when
    the words are what the person wrote ("a letter from")."""
    name_words = text.strip().rstrip(",").split()
    while name_words and name_words[0].lower() in (
        "the",
        "a",
        "an",
        "and",
        "but",
        "commenting",
        "neither",
        "either",
        "both",
        "one,",
        "another,",
    ):
        name_words = name_words[1:]  # "One, retired nurse Pauline Watts": one of those just named
    while name_words and (
        (honour := honour_at_end(name_words))
        # "the traditional ruler of Ilawe, Oba": a title after the comma is the name's
        or (len(name_words) > 1 and name_words[-2].endswith(",")
            and (name_words[-1].lower().rstrip(".") in TITLES
                 or name_words[-1].lower() in POLICE_RANKS  # "..., SP Ejike Nwachukwu-Obi"
                 # "Khumalo's lawyer, Advocate": a role word in capitals
                 # right before the name is written as his title
                 or (name_words[-1].istitle() and name_words[-1].lower() in ROLE_HEADS)))
    ):
        name_words = name_words[: -(honour or 1)]
        if name_words:  # "the Ekiti State Governor, Mr": the comma went with the title
            name_words[-1] = name_words[-1].rstrip(",")
    while len(name_words) > 1 and name_words[-1].lower().rstrip(".") in _RUN_IN_TITLES:
        name_words = name_words[:-1]  # "Lead author Professor": her title, not her role
    while name_words and INITIAL.fullmatch(name_words[-1]):
        name_words = name_words[:-1]  # "Chief Minister M R": the name's initials
    clause = next((k for k, w in enumerate(name_words)
                   if k and w.lower() in ("who", "whose", "which")), None)
    if clause is not None:
        # "A commercial bus driver who plies the route, Mr.": a clause about
        # the person is no part of their role
        name_words = name_words[:clause]
        name_words[-1] = name_words[-1].rstrip(",")
    if len(name_words) > 1 and name_words[-1].lower() == "as" and name_words[-2].lower() in (
            "known", "named", "called", "nicknamed", "dubbed"):
        name_words = name_words[:-2]  # "a negotiator known as": the role is the negotiator
    if name_words and (
        name_words[-1].lower() in SOURCE_PREPS or name_words[0].lower() in OUTPUT_HEADS
    ):
        return None  # "a letter from": what the person wrote, not a role
    if name_words and name_words[-1].endswith(("'s", "’s")):
        return None  # "Stifel's Annalise Brennan-Okoro": whom they work for, no role
    if len(name_words) == 1 and name_words[0].lower().rstrip(".") in ABBREVIATED_OFFICES:
        return ABBREVIATED_OFFICES[name_words[0].lower().rstrip(".")]  # "Sen.": senator
    return " ".join(name_words) or None


def group_of_people(subj: Token) -> bool:
    """A plural subject that is not itself a name: "leaders like Ralph
    Abernathy", "Rosa Parks and Ralph Abernathy". The people it names are
    not what a later "he" or "she" refers to."""
    if subj.tag_ in ("NNS", "NNPS") and subj.ent_type_ != "PERSON":
        return True
    return any(c.dep_ == "conj" for c in subj.children)


def prepositions_object(sp: Span, mentions: list[tuple[int, int]]) -> bool:
    """Whether a person is named in the span only as the object of a
    preposition ("the Chief Press Secretary to Governor Attah", "the wife
    of Mr Okafor"): someone else's principal or kin, not the one it stands for."""
    tok = next((t for s, e in mentions for t in sp if s <= t.idx < e), None)
    # (a span across two sentences holds a root that is not its own: stop there)
    while (tok is not None and tok.i != sp.root.i and tok.head.i != tok.i
           and sp.start <= tok.head.i < sp.end):
        if tok.dep_ == "pobj":
            return True
        tok = tok.head
    return False


def principal_in_an_aside(sp: Span, mentions: list[tuple[int, int]]) -> bool:
    """Whether a person is named in the span as the object of a preposition
    inside an aside on its head ("The 58-year-old, a close aide of Chief
    Minister Dhillon,"): whose aide, not whom the span stands for (but
    "spokesperson on water, Lindiwe van der Merwe" is set off herself)."""
    tok = next((t for s, e in mentions for t in sp if s <= t.idx < e), None)
    governed = False
    while (tok is not None and tok.i != sp.root.i and tok.head.i != tok.i
           and sp.start <= tok.head.i < sp.end):
        if tok.dep_ == "appos":
            return governed
        governed = governed or tok.dep_ == "pobj"
        tok = tok.head
    return False


def owner_of_head(sp: Span, mentions: list[tuple[int, int]]) -> bool:
    """Whether a person is named in the span as the owner of its head, a
    common noun ("Boatwright's campaign", "the office of Secretary of State
    Ruth Abernathy-Cole"), whatever label the tagger gave the name."""
    head = sp.root
    if head.pos_ != "NOUN" or head.ent_type_ == "PERSON":
        return False
    for t in sp:
        if not any(s <= t.idx < e for s, e in mentions) or any(
                s <= t.head.idx < e for s, e in mentions):
            continue  # (the name's own head word only)
        if (t.dep_ == "poss" and t.head == head) or (
                t.dep_ == "pobj" and t.head.head == head and t.head.lower_ in ("of", "for", "to")):
            return True
    return False


def set_off_after(sp: Span, mentions: list[tuple[int, int]]) -> bool:
    """Whether a person is named in the span after a comma that follows its
    head, a role ("Alliance's spokesperson on water, Lindiwe van der Merwe"):
    the name set off after a description of someone is whom it describes
    (not "a complaint against one of the dealers, Travis Hembree")."""
    root = sp.root
    if root.lemma_.lower() not in ROLE_HEADS:
        return False
    comma = max((t.idx for t in sp if t.text == "," and t.i > root.i), default=None)
    return comma is not None and any(sp.start_char <= s and comma < s < sp.end_char
                                     for s, _ in mentions) and not prepositions_object(
        sp, mentions)


def possessor_only(sp: Span) -> bool:
    """A span whose head is a common noun that a named person's possessive
    modifies ("Elian Gonzalez's father", "Mr Corbyn's spokesman") or that is
    against or about a named person ("a complaint against X"): the person
    named is not the one the span stands for."""
    head = sp.root
    if head.lower_ in ("one", "two", "some", "several", "both", "all"):
        # "One of President Bush's sons": one of the possessor's kin, not him
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if noun is not None:
            head = noun
    if head.pos_ == "NOUN" and head.lower_ in FOR_SOMEONE and any(
        c.dep_ == "prep" and c.lower_ in ("for", "to", "of")
        # a bare "for": its object read as a subject of its own, further on
        and any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN"
                for t in (c.subtree if c.n_rights else sp[c.i + 1 - sp.start :]))
        for c in head.children
    ):
        # "A spokesman for Mrs Whitcombe", "An attorney for Halloran" (the
        # tagger's label on the name aside), "an aide to the senator"
        return True
    if head.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in _NEAR_SOMEONE and any(
                p.dep_ == "prep" and p.lower_ in ("to", "with") and any(
                    t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in p.subtree)
                for p in c.children)
            for c in head.children):
        return True  # "A source close to Tasha Monroe": someone near her, not her
    if head.pos_ == "NOUN" and head.ent_type_ != "PERSON" and any(
            c.dep_ == "prep" and c.lower_ in _ABOUT_SOMEONE and c.i < sp.end
            # (or "a complaint filed in October against ...")
            and (c.head == head or (c.head.dep_ == "acl" and c.head.head == head))
            # (the name may hang on the head, misparsed: "against one of the
            # dealers, Travis Lee Hembree")
            and any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in sp[c.i - sp.start :])
            for c in sp):
        return True  # "A criminal complaint against Travis Hembree": the complaint
    # the possessor a name, or a surname tagged a body ("Beauchemin's press
    # secretary"); a country's office is its holder's ("Iraq's deputy foreign minister")
    return head.pos_ == "NOUN" and head.ent_type_ != "PERSON" and any(
        t.dep_ == "poss" and t.head == head
        and (t.ent_type_ == "PERSON" or (t.ent_type_ == "ORG" and name_cased(t))) for t in sp
    )


#: Words that put someone near a named person ("a source close to X", "a
#: friend familiar with X's thinking"): the phrase stands for that someone.
_NEAR_SOMEONE = frozenset({"close", "near", "loyal", "familiar", "related"})
#: Prepositions whose object a phrase is about, not who speaks it ("a
#: complaint against X", "a question about X").
_ABOUT_SOMEONE = frozenset("against about over into concerning regarding".split())
#: Nouns of people who speak for someone else: "a spokesman for X" is not X.
FOR_SOMEONE = frozenset(
    """spokesman spokeswoman spokesperson aide aides lawyer lawyers attorney attorneys
    adviser advisers advisor advisors representative representatives friend friends ally
    allies source sources""".split()
)


def without_descriptor(sp: Span, head: Token) -> str | None:
    """"Maersk" of "Shipping company Maersk", "Toyota" of "Carmaker Toyota":
    the name after a common noun that only says what kind of business it is."""
    if head.pos_ != "PROPN" or head.i <= sp.start:
        return None
    kind = next((t for t in reversed(sp.doc[sp.start : head.i])
                 if names_a_kind_of_body(t.lower_)
                 and (t.is_lower or opens_sentence(t))), None)  # not "Cork University Hospital"
    if kind is not None and not kind.is_lower and (
            (kind.ent_iob_ == "B" and kind.ent_type_ == "ORG"
             and all(t.ent_iob_ == "I" for t in sp.doc[kind.i + 1 : head.i + 1]))
            or all(t.ent_type_ == "GPE" for t in sp.doc[kind.i + 1 : head.i + 1])):
        # "Bank Negara Malaysia", "Bank Indonesia" opening a sentence: the
        # bank's own first word, not a kind before a name
        return None
    if kind is None or not all(t.pos_ == "PROPN" for t in sp.doc[kind.i + 1 : head.i + 1]):
        return None
    return " ".join(sp.doc[kind.i + 1 : head.i + 1].text.split()) or None


def opens_sentence(tok: Token) -> bool:
    """Capitalised only because a sentence or a line starts with it."""
    return tok.i == tok.sent.start or tok.i == 0 or tok.nbor(-1).is_space or (
        tok.nbor(-1).text in (".", "!", "?"))


#: Makers who are people, not businesses ("Sri Lankan filmmaker Anoma ...").
_PEOPLE_WHO_MAKE = frozenset(
    """filmmaker film-maker moviemaker documentary-maker programme-maker lawmaker
    policymaker decision-maker peacemaker playmaker kingmaker matchmaker dealmaker
    troublemaker rainmaker homemaker printmaker dressmaker hatmaker shoemaker
    cheesemaker winemaker""".split())


def names_a_kind_of_body(word: str) -> bool:
    """"company", "union", "carmaker": a noun for a kind of organisation."""
    return word in ORGANISATION_HEADS or word in COMPANY_HEADS or (
        word.endswith("maker") and word not in _PEOPLE_WHO_MAKE)


def of_a_body(head: Token) -> set[str]:
    """The words of a body's name written after a role noun, "of" between
    ("the chairperson of the Office of Public Works"): whose office it is."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 and c.i == head.i + 1), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if body is None or body.pos_ != "PROPN" or body.ent_type_ not in ("ORG", "FAC"):
        return set()
    return {t.lower_ for t in body.subtree if t.pos_ == "PROPN"}


def named_after_its_kind(name: str) -> str | None:
    """A body's name in a proper name a kind of body opens: the words after
    the kind ("Developer Northline Living": "Northline Living"), or all of
    them when they are one name ("Police Jury", "Police Federation"); None
    for a name no kind opens."""
    first, _, rest = name.partition(" ")
    if not rest or not names_a_kind_of_body(first.lower()) or len(rest.split()) > 3:
        return None
    return name if " " not in rest and rest.lower() in dictionary_words() else rest


def named_in_clause(sp: Span, mentions: list[tuple[int, int]]) -> bool:
    """Whether the person of `mentions` is named in the speaker phrase only inside a clause
    about its head or a noun after it, or after it ("The governor, who spoke through his deputy,
    Ann Ojo,": the parser may hang the name on the governor; a name apposed
    to a head does not follow the head's relative clause)."""
    starts = [ms for ms, _ in mentions if sp.start_char <= ms < sp.end_char]
    return bool(starts) and any(
        clause.dep_ in ("relcl", "acl") and clause.i > sp.root.i
        and all(clause.left_edge.idx <= ms for ms in starts)
        # "a negotiator known as Abu Yousef": the clause gives the head its name
        and clause.lemma_.lower() not in NAMING_PARTICIPLES
        and not _after_a_thing(sp.doc, min(starts))
        # the clause may hang on a noun after the head ("The report of the
        # inquiry chaired by Dame Ruth Hale": the report's, not Dame Ruth's)
        for clause in sp.root.subtree if clause.i < sp.end
    )


def _after_a_thing(doc: Doc, name_start: int) -> bool:
    """Whether the name follows a comma after a noun no one is called by ("A
    bus driver who plies the route, Mr. Sunday Okoro,": the name is the
    driver's, not the route's), where "his deputy, Ann Ojo" names the deputy."""
    at = doc.char_span(name_start, name_start + 1, alignment_mode="expand")
    if at is None:
        return False
    i = at.start - 1
    while i > 0 and doc[i].lower_.rstrip(".") in TITLES:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return False
    noun = doc[i - 1]
    word = noun.lower_
    return noun.pos_ == "NOUN" and not (
        word in ROLE_HEADS or word.rstrip("s") in ROLE_HEADS or word in PERSON_NOUNS
        or word in ANONYMOUS_HEADS or word in GENDERED_ROLES
        or word.endswith(("er", "or", "ist", "ant", "ian")))

