"""Name phrases: the name a speaker span's words stand for, read off the parse.

A name NER missed ("Tristram Hunt", "Ms Sturgeon"), a name in apposition
after a role ("Labour's shadow home secretary, Marcus Bell"), the
organisation a definite description stands for ("the hospital", "the
company"), the role written before a name, and the entity or capitalised
run a proper noun is part of. The speaker resolver (speakers.py) builds its
speakers from these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...nlp import doc_ents, doc_text
from ..doc import sentence
from ..quotes.cues import ADDRESSEE_VERBS, NAMING_PARTICIPLES
from .display_names import clean_name
from .given_names import gender_of_given_name, known_given_name
from .name_spans import name_words
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


def full_name_before(head: Token) -> str | None:
    """ "Nicola Sturgeon", written earlier, for a titled surname NER missed."""
    given = given_name_before(head.doc, head.i, head.text, not_types=("ORG", "GPE", "NORP"))
    return f"{given.text} {head.text}" if given is not None else None


#: Nouns of kin: the name set beside them may be a given name alone ("his
#: daughter, Rosa").
KIN_HEADS = frozenset(
    """son daughter grandson granddaughter wife husband widow widower mother father brother
    sister nephew niece cousin uncle aunt""".split()
)
#: Those close to someone, named by a given name alone as kin are ("Her neighbour Oleg").
_CLOSE_HEADS = frozenset("neighbour neighbor friend colleague flatmate roommate".split())


def later_apposed_name(head: Token, reach: int = 300) -> Token | None:
    """A word of the first name set off beside the same noun after `head`
    within `reach` words: "The worker, Rosa Elena Villalobos," or "Rosa
    Elena Villalobos, 34, a former warehouse worker," after "A former
    warehouse worker ..."."""
    lemma = head.lemma_.lower()
    for tok in head.doc[head.i + 1 : head.i + reach]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
            continue
        name = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"),
                    None)
        if name is None and tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
            name = tok.head
        if name is not None:
            return name
    return None


def apposed_name(head: Token) -> Span | None:
    """A proper name in apposition after a role noun, whatever NER made of it."""
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    if appos is None or appos.pos_ != "PROPN":
        return None
    toks = [t for t in appos.subtree if t.i <= appos.i]
    run = [t for t in toks if t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha]
    # "his daughter, Rosa": kin by a given name alone, tagged or known as one
    fewest = 1 if head.lower_ in KIN_HEADS | _CLOSE_HEADS and (
        appos.ent_type_ == "PERSON" or known_given_name(appos.text)) else 2
    if not fewest <= len(run) <= 3 or len(run) != len(toks):
        return None
    given_alone = len(run) == 1 and known_given_name(run[0].text)  # "Oleg" read as a place
    if run[-1].lower_ in PLACE_WORDS or (
            run[-1].ent_type_ in ("GPE", "LOC", "NORP", "FAC") and not given_alone):
        return None
    return head.doc[run[0].i : run[-1].i + 1]


def _hyphened(tok: Token) -> bool:
    """A piece of a word written with hyphens ("turned" of "footballer-turned-pundit")."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) or (
        tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)


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
    given = bool(words) and gender_of_given_name(words[0].text) is not None
    if any(t.ent_type_ in ("GPE", "LOC") or (t.ent_type_ in ("ORG", "FAC") and not given)
           for t in words):
        # "A lawyer, speaking outside Southwark Crown Court,"; but "..., Grace
        # Obi," is a woman's name whatever the tagger calls it
        return None
    # a hyphen written close inside a surname ("Lindgren-Sato") joins two words of one name
    parts, joined = name_words(words)
    # a particle inside the name ("Javier Montes de Oca") is none of its words
    inner = [t for t in parts[1:-1] if t.lower_ in NAME_PARTICLES and t.is_lower]
    parts = [t for t in parts if t not in inner]
    # ("Omar bin Khalid Al Falasi": a patronymic makes a name of four words)
    longest = 4 if inner else 3
    if not 2 <= len(parts) - joined <= longest or not all(
            name_word(t) and name_cased(t) for t in parts):
        return None
    if words[-1].lower_ in PLACE_WORDS or words[-1].ent_type_ in ("GPE", "LOC", "NORP", "FAC"):
        return None
    return sp.doc[words[0].i : words[-1].i + 1]


#: Nouns an institution's name is written with ("the Maariv newspaper").
_INSTITUTION_NOUNS = frozenset(
    """newspaper paper daily magazine network channel broadcaster station agency school
    academy university college hospital church company firm bank""".split()
)


#: Last words of a regulator's name ("Financial Conduct Authority").
_REGULATOR_ENDS = frozenset(
    "authority commission regulator agency board bureau administration ombudsman".split()
)


def named_before(sp: Span, head: Token) -> str | None:
    """The name a definite description stands for: the latest organisation or
    building named before it whose last word is the description's head
    ("the hospital" for "Northfield General Hospital", "the council" for
    "Northfield County Council")."""
    word = head.lower_
    doc = sp.doc
    for ent in reversed([e for e in doc_ents(doc) if e.end <= sp.start]):
        # "the newspaper" after "the Maariv newspaper": the name written with
        # the noun (the tagger may take a paper's name for a person's)
        beside = (word in _INSTITUTION_NOUNS and ent.end < len(doc)
                  and doc[ent.end].lower_ == word and ent.label_ in ("ORG", "FAC", "PERSON"))
        after = _name_after_kind(ent) if beside else None
        if after is not None:
            return after  # "AI company Lumora": a kind of business, then its name
        # "the department" for "Department of Education": the head before "of"
        of_head = any(t.lower_ == "of" and k and ent[k - 1].lower_ == word
                      for k, t in enumerate(ent))
        named = _without_acronym(ent)
        # "the regulator" for "the Financial Conduct Authority"
        watchdog = word in ("regulator", "watchdog") and named[-1].lower_ in _REGULATOR_ENDS
        if beside or (ent.label_ in ("ORG", "FAC") and len(named) > 1
                      and (_called(named, word) or of_head or watchdog)):
            name = clean_name(_joined_at_and(named).text)[0].split()
            while len(name) > 1 and name[0][:1].islower():
                name = name[1:]  # "the state Department of Education"
            return " ".join(name).removeprefix("The ")
    return None


#: How many sentences after a body's bare description its name may follow.
_NAMED_AFTER_SENTENCES = 2
#: How many lines after a headline's bare description its name may follow.
_NAMED_AFTER_LINES = 3


def named_after(sp: Span, head: Token) -> str | None:
    """The name wire copy gives a body a sentence or two after calling it by
    its kind ("..., police said." then "Kestrel Bay Police said"): the first
    organisation named after it whose last word is the description's head.
    A headline's ("Police: Man in custody ...") is named in the lines after
    it, byline and dateline aside."""
    doc = sp.doc
    text = doc_text(doc)
    sents = 0
    headline = sp.start_char < text.find("\n")
    for tok in doc[sp.end :]:
        if headline:
            if text.count("\n", sp.end_char, tok.idx) > _NAMED_AFTER_LINES:
                return None
        elif tok.is_sent_start:
            sents += 1
            if sents > _NAMED_AFTER_SENTENCES:
                return None
        if tok.ent_iob_ != "B" or tok.ent_type_ != "ORG":
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        named = _without_acronym(doc[tok.i : end])
        if len(named) > 1 and _called(named, head.lower_):
            return clean_name(named.text)[0].removeprefix("the ").removeprefix("The ")
    return None


#: What follows "Police" in a force's name: "Westbrook Police Department".
_FORCE_NOUNS = frozenset(["department", "dept", "dept.", "service", "force"])


def _called(named: Span, word: str) -> bool:
    """Whether a body named `named` is what a bare `word` calls it: its last
    word ("the hospital", "Northfield General Hospital"); "police" also a
    force whose name goes on after it ("Westbrook Police Department", not
    the "Police Federation")."""
    if named[-1].lower_ == word:
        return True
    return word == "police" and any(
        t.lower_ == "police" and named[k + 1].lower_ in _FORCE_NOUNS
        for k, t in enumerate(named[:-1]))


def _without_acronym(ent: Span) -> Span:
    """A body's name without the acronym the tagger took in after it
    ("Allied Workers' Union (TAWU"): the name ends on its own last word."""
    bracket = next((t.i for t in ent if t.text == "("), None)
    return ent.doc[ent.start : bracket] if bracket is not None and bracket > ent.start else ent


def _joined_at_and(ent: Span) -> Span:
    """A body's name the tagger cut at its "and" ("Textile | and | Allied
    Workers' Union"): a single capitalised word labelled a body of its own
    right before "and", or left unlabelled after "the", opens the same name."""
    doc = ent.doc
    k = ent.start
    if k < 3 or doc[k - 1].lower_ != "and" or not (name_cased(doc[k - 2]) and doc[k - 2].is_alpha):
        return ent
    alone = doc[k - 2].ent_iob_ == "B" and doc[k - 2].ent_type_ == "ORG"
    unlabelled = not doc[k - 2].ent_type_ and doc[k - 3].lower_ == "the"
    return doc[k - 2 : ent.end] if alone or unlabelled else ent


def _name_after_kind(ent: Span) -> str | None:
    """The capitalised name right after the noun that follows `ent` ("AI
    company Lumora" gives "Lumora" for `AI`), if there is one."""
    doc = ent.doc
    end = start = ent.end + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and name_cased(doc[end]):
        end += 1
    return doc[start:end].text if end > start else None


def company_before(sp: Span, byline: tuple[int, int] | None = None) -> str | None:
    """The latest organisation named within a few paragraphs before a
    description of a business, unless it was only the one told ("told
    Reuters") or it stands in the `byline` (a writer the tagger took for one)."""
    before = [e for e in doc_ents(sp.doc) if e.end <= sp.start
              and not (byline and byline[0] <= e.start_char < byline[1])]
    sent = sentence(sp[0]) if len(sp) else None
    topic = next((t for t in sent if t.i < sp.start and t.dep_ in ("nsubj", "nsubjpass")
                  and t.pos_ == "PROPN" and _described_as_business(t)), None) if sent else None
    if sent is not None and topic is not None:
        # "Lumora, the London-based payments start-up, has raised $85m in a
        # round led by Balderton Capital, the company said": the business the
        # sentence is about, not the last one it names
        first = topic.i
        while first > sent.start and sp.doc[first - 1].dep_ == "compound" and (
                sp.doc[first - 1].pos_ == "PROPN"):
            first -= 1
        return sp.doc[first : topic.i + 1].text
    fallback: str | None = None
    for ent in reversed(before):
        if sp.start_char - ent.end_char > 1500:
            break
        if not _names_a_business(ent) or ent.root.head.lemma_.lower() in ADDRESSEE_VERBS:
            continue
        after = _name_after_kind(ent) if sp.doc[min(ent.end, len(sp.doc) - 1)].lower_ in (
            "company", "firm", "startup") else None
        if after is not None:
            return after  # "AI company Lumora": the kind of business, then its name
        name = clean_name(ent.text)[0].removeprefix("the ").removeprefix("The ")
        if ent.root.dep_ in ("dobj", "pobj") and ent[-1].lower_ not in (
                _BUSINESS_NAME_ENDS | LEGAL_DESIGNATORS):
            # "Ships are avoiding Bab el-Mandeb": a name no company's words
            # end, only the object of a sentence, yields to a company before it
            fallback = fallback or name
            continue
        return name
    return fallback


#: Last words of business names the tagger may read as a place or a person
#: ("Northwind Retail" tagged GPE).
_BUSINESS_NAME_ENDS = frozenset(
    """retail group holdings foods motors airlines airways energy bank pharma
    pharmaceuticals technologies technology systems media capital partners insurance
    telecom telecoms mining oil steel logistics stores brands industries labs
    electric power networks entertainment financial ventures software solutions""".split()
)


def _described_as_business(name: Token) -> bool:
    """A name set off by a description of a business ("Lumora, the
    London-based payments start-up,"), whatever label the tagger gave it."""
    words = [t for c in name.children if c.dep_ == "appos" and c.i > name.i
             for t in c.subtree]
    text = " ".join(t.lower_ for t in words).replace(" - ", "-")
    return any(t.lower_ in COMPANY_HEADS or t.lower_.endswith("maker") for t in words) or (
        "start-up" in text)


def _names_a_business(ent: Span) -> bool:
    if ent.label_ == "ORG":
        return True
    return ent.label_ in ("GPE", "PERSON", "PRODUCT", "FAC") and len(ent) > 1 and (
        ent[-1].lower_ in _BUSINESS_NAME_ENDS or ent[-1].lower_ in LEGAL_DESIGNATORS)


#: The last word of a company's legal name: `Corp.`, `Cos.`, `PLC`.
LEGAL_DESIGNATORS = frozenset(
    "corp corporation co cos company inc incorporated plc ltd llc lp ag sa nv gmbh bv "
    "holdings group".split()
)


def company_in_full(doc: Doc, before: int, short: str) -> str | None:
    """The legal name a company was given before character `before`, when
    `short` is its first word or words: `Anheuser` or `Anheuser-Busch` after
    `Anheuser-Busch Cos.`, `Compaq` after `Compaq Computer Corp.`."""
    best: str | None = None
    for ent in doc_ents(doc):
        if ent.start_char >= before:
            break
        if ent.label_ != "ORG":
            continue
        full = clean_name(ent.text)[0].removeprefix("the ").removeprefix("The ")
        full = full.removesuffix("'s").removesuffix("’s")
        last = full.split()[-1].lower().rstrip(".,") if full.split() else ""
        if (
            full.startswith((short + " ", short + "-"))
            and last in LEGAL_DESIGNATORS
            and (best is None or len(full) > len(best))
        ):
            best = full
    return best


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
_ACADEMIC_TITLES = frozenset(("professor", "prof", "dr"))


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
    while len(name_words) > 1 and name_words[-1].lower().rstrip(".") in _ACADEMIC_TITLES:
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
    if kind is None or not all(t.pos_ == "PROPN" for t in sp.doc[kind.i + 1 : head.i + 1]):
        return None
    return " ".join(sp.doc[kind.i + 1 : head.i + 1].text.split()) or None


def opens_sentence(tok: Token) -> bool:
    """Capitalised only because a sentence or a line starts with it."""
    return tok.i == tok.sent.start or tok.i == 0 or tok.nbor(-1).is_space or (
        tok.nbor(-1).text in (".", "!", "?"))


def names_a_kind_of_body(word: str) -> bool:
    """"company", "union", "carmaker": a noun for a kind of organisation."""
    return word in ORGANISATION_HEADS or word in COMPANY_HEADS or word.endswith("maker")


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

