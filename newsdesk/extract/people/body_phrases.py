"""Body phrases: the name of the organisation a bare description of a body
stands for ("the hospital" for "Northfield General Hospital", "police" for
the "Westbrook Police Department", "the company" for the business named
before it), and a company's legal name ("Compaq Computer Corp." for
"Compaq"). The description readers (body_descriptions.py) and the speaker
passes build on these.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from ...nlp import doc_ents, doc_text
from ..doc import headline_end, sentence
from ..quotes.cues import ADDRESSEE_VERBS
from ..quotes.quote_kinds import on_a_teaser_line
from .display_names import clean_name
from .name_phrases import names_a_kind_of_body
from .names import ROLE_HEADS, name_cased
from .speaker_words import COMPANY_HEADS, PERSON_NOUNS, PUNDITS

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
    # ("the bench": the court sitting, as Indian and Pakistani papers write it)
    word = "court" if head.lower_ == "bench" else head.lower_
    doc = sp.doc
    # "the Nigerian high commission" is no "Charity Commission": a country's
    # word in the description is in its body's name ("Nigeria High Commission")
    # ("the Lausanne-based court", "the Liberal Democrat-run council": no country's word)
    national = [t.lower_ for t in sp if t.i < head.i and t.ent_type_ == "NORP"
                and t.tag_ in ("JJ", "NNP") and t.ent_iob_ == "B"
                and not (t.i + 1 < len(doc) and (doc[t.i + 1].ent_iob_ == "I"
                                                  or doc[t.i + 1].text == "-"))]
    for ent in reversed([e for e in doc_ents(doc) if e.end <= sp.start]):
        if national and not all(any(w.startswith(t.lower_) and len(t) >= 4 for t in ent)
                                for w in national):
            continue
        # "the newspaper" after "the Maariv newspaper": the name written with
        # the noun (the tagger may take a paper's name for a person's)
        beside = (word in _INSTITUTION_NOUNS and ent.end < len(doc)
                  and doc[ent.end].lower_ == word and ent.label_ in ("ORG", "FAC", "PERSON"))
        if (ent.label_ in ("ORG", "FAC") and ent.start > 0 and doc[ent.start - 1].lower_ == word
                and doc[ent.start - 1].pos_ == "NOUN" and doc[ent.start - 1].is_lower
                and ent[0].lower_ != "the"):
            # "the charity Families First": the kind, then the name (not "a
            # document | the Food and Drug Administration posted": who made it)
            return clean_name(ent.text)[0].removeprefix("The ")
        after = _name_after_kind(ent) if beside else None
        if after is not None:
            return after  # "AI company Lumora": a kind of business, then its name
        if not beside and ent.label_ not in ("ORG", "FAC") and not (
                ent.label_ == "WORK_OF_ART" and ent[-1].lower_ == word and ent[-1].is_title):
            # the cheap test first: most names before are no body's (but "The
            # Estonian Educational Personnel Union", tagged a title, is "the union")
            continue
        named = _without_acronym(ent)
        # "the department" for "Department of Education": the head before "of"
        # (or before its "General": "the directorate", "Directorate General of ...")
        of_head = any(t.lower_ == "of" and k and (ent[k - 1].lower_ == word or (
            k > 1 and ent[k - 1].lower_ == "general" and ent[k - 2].lower_ == word))
            for k, t in enumerate(ent))
        if any(t.text == "," for t in named) and not of_head:
            # "Capital as Opposition, Centre" of a headline: words, not a name
            # (but "Department of Lands, Planning and Environment")
            continue
        # "the regulator" for "the Financial Conduct Authority"
        # (or "the Commission for Regulation of Utilities": the kind first, then its field)
        opens = [t.lower_ for t in named if t.lower_ != "the"][:2]
        watchdog = word in ("regulator", "watchdog") and (named[-1].lower_ in _REGULATOR_ENDS or (
            len(opens) == 2 and opens[0] in _REGULATOR_ENDS and opens[1] in ("for", "of")))
        if beside or (len(named) > 1 and (_called(named, word) or of_head or watchdog)):
            name = clean_name(_joined_at_and(named).text)[0].split()
            while len(name) > 1 and name[0][:1].islower():
                name = name[1:]  # "the state Department of Education"
            return " ".join(name).removeprefix("The ")
    if word == "club":  # "Penrhos RFC", a name the tagger often leaves unlabelled
        return next((m.group(0) for m in reversed(list(_CLUB_NAME.finditer(
            doc_text(doc), 0, sp.start_char)))), None)
    return None


#: A school district's name as American papers write it ("Westfield Public
#: Schools", "Cherry Creek School District"): capitalised words before "Schools".
_SCHOOL_DISTRICT = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,4}?)(?:Schools|School District)\b(?!\s+[A-Z])")


def school_district_named(doc: Doc) -> str | None:
    """The school district an article names, for "the district" anywhere in
    it (a standfirst's "the district says" comes before the name): the one
    name only, never a guess between two; "the" and a sentence's first word
    are not the name's ("The Ridgefield Area Schools board")."""
    names = set()
    for m in _SCHOOL_DISTRICT.finditer(doc_text(doc)):
        words = m.group(1).split()
        while words and words[0] in ("The", "A", "In", "At", "For", "From", "By"):
            words = words[1:]
        if words:
            names.add(" ".join([*words, m.group(0)[len(m.group(1)):]]))
    return names.pop() if len(names) == 1 else None


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
    headline = sp.start_char < headline_end(doc)
    for tok in doc[sp.end :]:
        if headline:
            if text.count("\n", sp.end_char, tok.idx) > _NAMED_AFTER_LINES:
                return None
        elif tok.is_sent_start:
            sents += 1
            if sents > _NAMED_AFTER_SENTENCES:
                return None
        # (or a body the tagger took for a person or a building: "The Lekwa Hills
        # Local Municipality")
        if tok.ent_iob_ != "B" or tok.ent_type_ not in ("ORG", "PERSON", "FAC"):
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        named = _without_acronym(doc[tok.i : end])
        if named.root.dep_ == "pobj" and sentence(named[0]) == sentence(sp[0]):
            continue  # "the committee had written to ... Parliament's Health Committee": whom to
        if len(named) > 1 and _called(named, head.lower_):
            return clean_name(named.text)[0].removeprefix("the ").removeprefix("The ")
    return None


def written_before(sp: Span, head: Token) -> str | None:
    """A body's name the tagger left unlabelled, written in capitals before a
    description of it and ending in its head ("the Vice-Principals'
    Committee", then "the committee"), within a few paragraphs."""
    text = doc_text(sp.doc)
    word = head.text[:1].upper() + head.text[1:].lower()
    # (a name whose next word is capitalised goes on: "Integrated Ombudsman
    # Scheme", a headline's "Union And Government Trade Accusations")
    found = list(_capitalised_name_ending(word).finditer(text, 0, sp.start_char)) if (
        word.isalpha()) else []
    # (the description's own words are the name's: "the Kenyan high
    # commission" is no "Charity Commission")
    own = [t.lower_ for t in sp if t.i < head.i and t.dep_ != "det" and t.is_alpha]
    for m in reversed(found):
        if sp.start_char - m.end() > 1500:
            break
        words = m.group(1).split()
        stripped = bool(words) and words[0] in ("The", "A", "An")
        words = words[1:] if stripped else words
        if words and (stripped or not _sentence_opening(text, m.start(1))) and all(
                any(w.lower().startswith(o[:4]) for w in words) for o in own):
            return f"{' '.join(words)} {word}"
    return None


@functools.lru_cache(maxsize=64)
def _capitalised_name_ending(word: str) -> re.Pattern[str]:
    """Up to five capitalised words before `word` (compiled once per word)."""
    return re.compile(
        rf"(?<![\w'’.-])((?:[A-Z][\w'’-]*(?:\.[\w'’-]+)*\s+){{1,5}}){re.escape(word)}\b"
        r"(?!\s+[A-Z])")


def _sentence_opening(text: str, at: int) -> bool:
    """Whether a word at `at` opens a sentence or a line (its capital says nothing)."""
    before = text[:at].rstrip(" ")
    return not before or before[-1] in ".!?\n\"“"


#: The letters a sports club's name carries for "Football Club" and the like.
_CLUB_LETTERS = frozenset("FC AFC RFC RUFC RLFC CFC CC GAA GAC HC".split())
#: A club's name with those letters: "Penrhos RFC", "FC Porto".
_CLUB_NAME = re.compile(r"\b(?:(?:[A-Z][\w'’-]+ ){1,3}(?:" + "|".join(sorted(_CLUB_LETTERS))
                        + r")|(?:FC|AFC) [A-Z][\w'’-]+)\b")
#: What follows "Police" in a force's name: "Westbrook Police Department".
_FORCE_NOUNS = frozenset(["department", "dept", "dept.", "service", "force"])


def _called(named: Span, word: str) -> bool:
    """Whether a body named `named` is what a bare `word` calls it: its last
    word ("the hospital", "Northfield General Hospital"), the one before a
    closing "General" ("Consulate General", "Inspectorate General") or its
    first before "of" ("the ministry", "Ministry of Cities"); a police
    force "the force"; "police" also a
    force whose name goes on after it ("Westbrook Police Department", not
    the "Police Federation")."""
    if named[-1].lower_ == word:
        return True
    if len(named) > 1 and named[-1].lower_ == "general" and named[-2].lower_ == word:
        return True  # "the consulate", "the Korean Consulate General"
    if len(named) > 2 and named[-2].lower_ == word and named[-1].lower_.rstrip(".") in (
            "ltd", "limited", "inc", "plc", "llc"):
        return True  # "the corporation", "Taveuni Harbour Corporation Ltd"
    bare = named[1:] if named[0].lower_ == "the" else named
    if len(bare) > 2 and bare[0].lower_ == word and bare[1].lower_ == "of":
        return True  # "the ministry", "(The) Ministry of Cities"
    if word == "club" and (named[-1].text in _CLUB_LETTERS or named[0].text in _CLUB_LETTERS):
        return True  # "the club", after "Penrhos RFC" or "FC Porto"
    if word == "force" and named[-1].lower_ in ("police", "constabulary"):
        return True  # "the force", after "Merseyside Police" or "Kent Constabulary"
    return word == "police" and any(
        t.lower_ == "police" and named[k + 1].lower_ in _FORCE_NOUNS
        for k, t in enumerate(named[:-1]))


def _without_acronym(ent: Span) -> Span:
    """A body's name without the acronym or the possessive the tagger took
    in after it ("Allied Workers' Union (TAWU"): the name ends on its own
    last word."""
    bracket = next((t.i for t in ent if t.text == "("), None)
    if bracket is None and len(ent) > 2 and ent[-2].text == "," and ent[-1].is_upper:
        bracket = ent.end - 2  # "Organised Crime Prosecution, TOK": its initials set off
    if bracket is None and len(ent) > 2 and ent[-1].lower_ in ("'s", "’s"):
        bracket = ent.end - 1  # "The European Medicines Agency's": the name, not its 's
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


def reports_on_another(verb: Token) -> bool:
    """Whether `verb` reports what another named party did ("Bloomberg News
    reported that Norvale had held talks"): a news outlet's report, not a
    company speaking of itself ("Acme reported that its sales rose")."""
    if verb.lemma_.lower() != "report":
        return False
    return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"
                                         for s in c.children) for c in verb.children)


def company_before(sp: Span, byline: tuple[int, int] | None = None) -> str | None:
    """The latest organisation named within a few paragraphs before a
    description of a business, unless it was only the one told ("told
    Reuters") or it stands in the `byline` (a writer the tagger took for one)."""
    before = [e for e in doc_ents(sp.doc) if e.end <= sp.start
              and not (byline and byline[0] <= e.start_char < byline[1])]
    sent = sentence(sp[0]) if len(sp) else None
    topic = company_of_the_sentence(sp)
    if topic is not None:
        return topic
    fallback: str | None = None
    text = doc_text(sp.doc)
    for ent in reversed(before):
        if sp.start_char - ent.end_char > 1500:
            break
        if not _names_a_business(ent) or (ent.root.head.lemma_.lower() in ADDRESSEE_VERBS
                                          and ent.root.dep_ != "nsubj"):
            continue  # (the one told, not the one telling: "Pennant Foods warned that")
        if ((ent.root.dep_ == "nsubj" and reports_on_another(ent.root.head))
                or _employer_or_credit(ent)):
            # "Bloomberg News reported that Norvale ...", "an analyst at
            # Stifel": the outlet, or someone's employer, not the business
            continue
        if ent.text in _surnames(sp.doc):
            continue  # "Adeyemi-Clarke" tagged a body after "Oluwaseun Adeyemi-Clarke"
        if _product_of_another(ent):
            continue  # "Brisa Robotics' Paragon drone": the maker's product, not a maker
        if sent is not None and ent.start >= sent.start and any(
                mark in text[ent.end_char : sp.start_char] for mark in '"”'):
            continue  # '"... from an Ethereum hot wallet," the exchange wrote': its words
        if on_a_teaser_line(text, ent.start_char):
            continue  # "Read also: ..., Elliptic says": another story's

        after = _name_after_kind(ent) if sp.doc[min(ent.end, len(sp.doc) - 1)].lower_ in (
            "company", "firm", "startup") else None
        if after is not None:
            return after  # "AI company Lumora": the kind of business, then its name
        name = clean_name(ent.text)[0].removeprefix("the ").removeprefix("The ")
        if ent.root.dep_ in ("dobj", "pobj") and ent[-1].lower_ not in (
                BUSINESS_NAME_ENDS | LEGAL_DESIGNATORS):
            # "Ships are avoiding Bab el-Mandeb": a name no company's words
            # end, only the object of a sentence, yields to a company before it
            fallback = fallback or name
            continue
        return name
    return fallback or _headline_company(sp.doc, before)


def company_of_the_sentence(sp: Span, *, any_body: bool = False) -> str | None:
    """"Lumora, the London-based payments start-up, has raised $85m in a
    round led by Balderton Capital, the company said": the business the
    sentence is about, its subject before the description, not the last one
    it names; `any_body`: a body of any kind ("The Delta Ledger, the
    nonprofit newsroom, ..., the organization said")."""
    sent = sentence(sp[0]) if len(sp) else None
    topic = next((t for t in sent if t.i < sp.start and t.dep_ in ("nsubj", "nsubjpass")
                  and t.pos_ == "PROPN" and (_described_as_business(t) or _business_by_name(t)
                                             or (any_body and _described_as_body(t)))),
                 None) if sent else None
    if sent is None or topic is None:
        return None
    first = topic.i
    while first > sent.start and sp.doc[first - 1].dep_ == "compound" and (
            sp.doc[first - 1].pos_ == "PROPN"):
        first -= 1
    return sp.doc[first : topic.i + 1].text


def _product_of_another(ent: Span) -> bool:
    """Whether a name modifies a common noun another body owns ("Brisa
    Robotics' Paragon drone", "Vantor's Halcyon rocket"): a product's name."""
    thing = ent.root.head
    return ent.root.dep_ == "compound" and thing.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.ent_type_ == "ORG" and not (ent.start <= c.i < ent.end)
        for c in thing.children)


def _employer_or_credit(ent: Span) -> bool:
    """`an analyst at Stifel`: the body someone works for, named with them;
    a wire's credit in brackets (`CHICAGO (Reuters) -`), or a line of its own."""
    prep, doc = ent.root.head, ent.doc
    if ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and (
            doc[ent.end].text == ")"):
        return True
    text = doc_text(doc)
    if text[ent.start_char - 1 : ent.start_char] in ("", "\n") and (
            text[ent.end_char : ent.end_char + 1] in ("", "\n")):
        return True  # a line of its own: a photo's credit under its caption
    return (ent.root.dep_ == "pobj" and prep.lower_ in ("at", "with", "from")
            and prep.head.lemma_.lower() in ROLE_HEADS | PERSON_NOUNS)


def _headline_company(doc: Doc, before: list[Span]) -> str | None:
    """The business a headline names first ("Norvale Foods beats profit
    estimates ..."): what "the company" stands for far into its story."""
    end = headline_end(doc)
    first = next((e for e in before if e.start_char < end), None)
    if first is None or first.label_ != "ORG":
        return None
    return clean_name(first.text)[0].removeprefix("the ").removeprefix("The ")


def _surnames(doc: Doc) -> frozenset[str]:
    """The last words of the tagger's full names of people, read once per Doc."""
    found: frozenset[str] | None = doc.user_data.get("newsdesk_person_surnames")
    if found is None:
        found = doc.user_data["newsdesk_person_surnames"] = frozenset(
            e.text.split()[-1] for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1)
    return found


#: Last words of business names the tagger may read as a place or a person
#: ("Northwind Retail" tagged GPE).
BUSINESS_NAME_ENDS = frozenset(
    """retail group holdings foods motors airlines airways energy bank pharma
    pharmaceuticals technologies technology systems media capital partners insurance
    telecom telecoms mining oil steel logistics stores brands industries labs
    electric power networks entertainment financial ventures software solutions water
    utilities engineering construction living homes properties developments therapeutics
    biologics biosciences bio biotech biopharma genomics diagnostics motor electronics
    semiconductor semiconductors chemical chemicals automotive shipbuilding
    infotech infosystems realty textiles cement fiber fibre broadband""".split()
)


def _described_as_business(name: Token) -> bool:
    """A name set off by a description of a business ("Lumora, the
    London-based payments start-up,"), whatever label the tagger gave it."""
    words = [t for c in name.children if c.dep_ == "appos" and c.i > name.i
             for t in c.subtree]
    text = " ".join(t.lower_ for t in words).replace(" - ", "-")
    return any(t.lower_ in COMPANY_HEADS or t.lower_.endswith("maker") for t in words) or (
        "start-up" in text)


def _described_as_body(name: Token) -> bool:
    """A name set off by a description of a body ("The Delta Ledger, the
    nonprofit newsroom,")."""
    return any(c.dep_ == "appos" and c.i > name.i and (
        names_a_kind_of_body(c.lemma_.lower()) or c.lemma_.lower() in _NEWSROOMS)
        for c in name.children)


#: What a news outlet set off after its name is called.
_NEWSROOMS = frozenset(["newsroom", "outlet", "publication", "nonprofit"])


def _business_by_name(name: Token) -> bool:
    """A body's name that ends on a word only businesses end theirs on
    ("Hyundai Motor", "Kanemura Semiconductor"), tagged a body."""
    return name.ent_type_ == "ORG" and name.lower_ in BUSINESS_NAME_ENDS | LEGAL_DESIGNATORS


def _names_a_business(ent: Span) -> bool:
    if len(ent) == 1 and ent.text.isupper() and ent.start > 0 and re.fullmatch(
            r"\d{1,2}[.:]\d{2}|\d{4}", ent.doc[ent.start - 1].text):
        return False  # "09.15 GMT" of a timestamp: a clock's zone, tagged a body
    if ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == "-" and (
            ent.doc[ent.end + 1].lower_ == "based"):
        return False  # "a Sligo-based firm": where the business is (not "X Ltd, based in")
    if ent.label_ == "ORG":
        return True
    return ent.label_ in ("GPE", "PERSON", "PRODUCT", "FAC", "WORK_OF_ART") and len(ent) > 1 and (
        ent[-1].lower_ in BUSINESS_NAME_ENDS or ent[-1].lower_ in LEGAL_DESIGNATORS)


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


def listed_in_full(doc: Doc, before: int, short: str) -> str | None:
    """The full name of a body whose portfolio is a list, written before
    character `before`, when `short` names its first part: "Ministry of
    Police" after "the Ministry of Police, Prisons and Corrections Services"."""
    if len(short.split()) < 3 or " of " not in short:
        return None
    word = r"[A-Z][\w'’-]*"
    listed = re.compile(rf"{re.escape(short)}(?:, {word}(?: {word})*)+,? and {word}(?: {word})*")
    found = [m.group(0) for m in listed.finditer(doc_text(doc), 0, before)]
    return max(found, key=len) if found else None


#: Words a body's initials leave out ("Food and Drug Administration": FDA).
_NOT_INITIALLED = frozenset("of the and for & on in".split())


def spelt_out(doc: Doc, before: int, acronym: str) -> str | None:
    """The full name of a body written before character `before` whose
    initials `acronym` is: "U.S. Consumer Product Safety Commission" for a
    later "CPSC" (a country's initials before the name may be left out)."""
    letters = acronym.removeprefix("the ").removeprefix("The ")
    glossed = glossed_name(doc, before, letters)
    if glossed is not None:
        return glossed
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return None
    for ent in doc_ents(doc):
        if ent.start_char >= before:
            break
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        full = clean_name(ent.text)[0].removeprefix("the ").removeprefix("The ")
        words = [w for w in full.replace("-", " ").split() if w.lower() not in _NOT_INITIALLED]
        initials = "".join(w[0] for w in words).upper()
        if letters in (initials, initials[1:] if words[0].isupper() or "." in words[0] else ""):
            return full
    return None


def initials_in_full(doc: Doc, short: str) -> str | None:
    """A body named by a place and its kind's initials, written in full
    anywhere in the text: "Bombay High Court" for "Bombay HC" (the "THE
    BOMBAY High Court" of a lede in capitals as the short name writes it)."""
    words = short.removeprefix("the ").removeprefix("The ").split()
    letters = words[-1] if words else ""
    if len(words) < 2 or not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
        return None
    place = " ".join(words[:-1])
    kind = r"\s+".join(rf"{c}[a-z]+" for c in letters)
    found = re.search(rf"\b{re.escape(place)}\s+({kind})\b", doc_text(doc), re.IGNORECASE)
    if found is None or not all(w[:1].isupper() for w in found.group(1).split()):
        return None
    return f"{place} {' '.join(found.group(1).split())}"


#: Small words a body's name may hold between its capitalised ones.
_NAME_JOINERS = frozenset("and of for the on in de du des la le del di y e".split())


def _joiners_after_a_name(doc: Doc, k: int) -> bool:
    """Whether the small words ending at `k` follow a proper noun ("Office
    for the | Coordination of Humanitarian Affairs": "for the" after "Office")."""
    while k > 0 and doc[k].lower_ in _NAME_JOINERS:
        k -= 1
    # (not an office before them: "the Public Relations Officer of the | Royal
    # Barbados Police Force (RBPF)" is the force's, not a longer name)
    return doc[k].pos_ == "PROPN" and name_cased(doc[k]) and doc[k].lower_ not in ROLE_HEADS


def glossed_name(doc: Doc, before: int, short: str) -> str | None:
    """The name written before character `before` with `short` after it in
    brackets or after "known as": "Law and Justice" of "Law and Justice
    (PiS)", whatever the letters spell (a party's initials are often its own
    language's), or of "..., known by its Polish acronym PiS"."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short[:1].isupper()
            and sum(c.isupper() for c in short) >= 2):
        return None
    for tok in doc:
        if tok.idx >= before:
            break
        if tok.text != short or not 0 < tok.i < len(doc) - 1:
            continue
        if doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")":
            k = tok.i - 2  # the last word of the name
        else:
            # "the Federal Water Relief Office, known by its local acronym FEWARO"
            known = next((t for t in doc[max(0, tok.i - 6) : tok.i] if t.lower_ == "known"), None)
            if known is None or known.i < 2 or doc[known.i - 1].text != "," or (
                    doc[tok.i - 1].lower_ not in ("as", "acronym", "initials")):
                continue
            k = known.i - 2
        end = k + 1
        # (a possessive inside the name: "Rural Nurses' Federation (RNF)")
        while k >= 0 and ((doc[k].pos_ == "PROPN" and name_cased(doc[k])) or (
                doc[k].lower_ in _NAME_JOINERS and _joiners_after_a_name(doc, k)) or (
                doc[k].text in ("'", "’") and k > 0 and doc[k - 1].pos_ == "PROPN"
                and doc[k - 1].lower_.endswith("s"))):
            k -= 1
        words = doc[k + 1 : end]
        if k >= 0 and doc[k].is_title and doc[k].pos_ != "DET":
            return None  # "Reclaim Our Schools (AROS)": cut inside the name
        if len(words) >= 2 or (len(words) == 1 and words[0].pos_ == "PROPN"):
            return words.text
    return None


def firm_of_staff(sp: Span) -> str | None:
    """The firm whose staff a speaker span names as a group ("Analysts at
    Berenberg", "economists at Itaú BBA"): the firm by its name, as a reader
    credits the note; None for anyone else ("an analyst at a Beijing-based
    consultancy", "analysts in Kathmandu": no firm named)."""
    head = sp.root
    if not head.lower_.endswith("s") or head.lower_[:-1] not in PUNDITS or any(
            c.dep_ in ("det", "nummod", "poss", "amod") for c in head.children):
        return None
    at = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "from")), None)
    firm = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    if firm is None or firm.pos_ != "PROPN" or firm.i >= sp.end:
        return None
    start = min([firm.i] + [c.i for c in firm.children
                            if c.dep_ == "compound" and c.pos_ == "PROPN"])
    of = next((c for c in firm.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = of is not None and all(t.pos_ == "PROPN" or t == of for t in of.subtree)
    end = of.right_edge.i + 1 if of is not None and whole else firm.i + 1  # "Bank of New York"
    return clean_name(sp.doc[start:end].text)[0]
