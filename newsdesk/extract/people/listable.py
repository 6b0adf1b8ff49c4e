"""Whether a person record reads as a person in a people list: NER's PERSON
alone also gives places, products, bodies, headline fragments and shouted
furniture. `mentions.People.listable` asks this once per person and name."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from ...nlp import dictionary_words, doc_ents, doc_text
from ..countries import is_country
from .given_names import known_given_name
from .name_phrases import KIN_HEADS, names_a_kind_of_body
from .name_spans import INSTITUTION_WORDS, OPENING_ROLES
from .names import (
    DESK_JOBS,
    NAME_PARTICLES,
    NOT_SURNAMES,
    ROLE_HEADS,
    TITLES,
    TITLES_OF_ADDRESS,
    TWO_WORD_HONOURS,
    mutated_irish,
)
from .person import Person
from .place_mentions import COMPASS_POINTS, in_a_portfolio, titled_in_a_place
from .speaker_words import PERSON_NOUNS

#: First words no one is named: "Never Trump", "Beauty Boss" aside, adverbs.
_NOT_GIVEN = frozenset(
    """never not no the a an mr. ms. our your their port fort mount lake cape co cyclone
    hurricane typhoon storm tropical st st. ste ste. downtown uptown midtown greater
    radio""".split()  # ("Radio Lublin": a station)
    # a street or a square in Spanish, Portuguese, Italian, French or Malay
    # ("Avenida Sarandí", "Rua Augusta", "Jalan Ampang")
    + """avenida calle rua praça plaza paseo piazza rue jalan""".split()
    # car makes before a model ("a grey Nissan Tiida pulled up")
    + """nissan toyota hyundai mazda mitsubishi subaru volkswagen chevrolet peugeot
    renault""".split()
    # a preposition opening a sentence ("Across Ibadan, ...")
    + """across inside outside despite among amid behind beyond throughout around along
    within without towards toward beneath upon onto into via""".split()
    # the heads of Arabic place names ("Bab al-Tabbaneh", "Wadi Rum", "Deir el-Balah")
    + "bab wadi jabal jebel ras deir kafr beit bir souk".split()
)
#: Words that end a place's name and no common surname ("Fenwick Bridge").
_PLACE_ONLY_ENDS = frozenset(
    """island islands county city river valley station airport district province avenue
    square bridge mountain palace road highway motorway freeway expressway boulevard parkway
    creek reservoir canal state""".split()
)


#: Small words a title writes with a capital inside it; no name has them.
_TITLE_WORDS = frozenset("With And Of For The In On At To From Or By".split())
#: Compass words that end a region's name ("Kwara North").
_COMPASS = COMPASS_POINTS | frozenset("north-east north-west south-east south-west".split())
#: Last words of bodies named after a person ("the Anders Tegnell Fan Club").
_NAMED_AFTER_SOMEONE = frozenset(
    """club foundation fund trust prize award awards institute centre center library school
    scholarship memorial lecture society museum hall stadium house college""".split()
)


#: What navies write before a ship's name: "USS John Finn", "HMS Queen Elizabeth".
_SHIP_PREFIXES = frozenset("uss hms hmas hmcs hmnzs ins rfa usns uscgc".split())


#: Kinds of vessel written before a ship's name ("the bulk carrier Hai Feng 8").
_VESSELS = frozenset(
    """ship vessel tanker carrier freighter ferry yacht trawler boat frigate destroyer
    submarine cruiser dhow barge tugboat""".split()
)


#: Words of a military rank written before its noun ("Rear Admiral", "Air Vice-Marshal").
_RANK_WORDS = frozenset("rear vice admiral air marshal brigadier lieutenant".split())


def _ship_named(doc: Doc, start: int) -> bool:
    """Whether the mention at `start` is a ship's name: written after "USS",
    "HMS" and the like, the tagger's entity taking the prefix in or not, or
    after the kind of vessel in lower case ("the cargo ship Hai Feng 8")."""
    text = doc_text(doc)
    before = text[max(0, start - 12) : start].split()
    here = text[start : start + 6].split()
    return (bool(before) and before[-1].casefold() in _SHIP_PREFIXES
            and before[-1].isupper()) or (
        bool(here) and here[0].casefold() in _SHIP_PREFIXES and here[0].isupper()) or (
        bool(before) and before[-1] in _VESSELS)


def only_a_country(name: str) -> bool:
    """Whether `name` is a country's and could not be a person's: of two
    words or more ("Burkina Faso", "Sri Lanka"), or one that is no given name
    ("Niger", not "Georgia")."""
    return is_country(name) and (len(name.split()) > 1 or not known_given_name(name))


#: Buildings named after an office ("Chief Minister House", "Governor's Office").
_BUILDINGS = frozenset("house office secretariat bhavan bhawan".split())
#: Offices written after the place they are held in ("Córdoba Governor",
#: "Lagos Commissioner"), which the tagger may take, place and all, for a name.
_OFFICES_AFTER_A_PLACE = frozenset(
    "governor mayor premier president minister senator chancellor commissioner clerk sheriff"
    .split())


#: Every word written as a title before a name.
_ANY_TITLE = TITLES_OF_ADDRESS | frozenset(TITLES)


#: A street's kind, abbreviated after its name ("Fenwick Ave.", "Mill Rd").
_STREET_ABBREVIATIONS = frozenset("ave rd blvd hwy".split())
#: Things a name is given with "known as" ("The scheme, known as ...").
_NAMED_THINGS = frozenset(
    """scheme plan programme program project range line brand product policy initiative
    operation campaign fund app platform strategy package deal model system""".split())

def reads_as_person(doc: Doc, person: Person) -> bool:
    """A name written in capitalised Latin letters (name particles aside) that
    the tagger read as a proper noun at least once, of two words or more
    unless a title stood before it ("Mr Okafor"), and written as no place,
    body or thing is."""
    words = person.name.split()
    if not words or not person.proper:
        return False
    for word in words:
        if any(c.isdigit() or c in "@/\\|#" for c in word):
            return False
        if any(c.isalpha() and "LATIN" not in unicodedata.name(c, "") for c in word):
            return False
        # ("Walter Fagúndez de los Santos": a particle's article)
        if not word[:1].isupper() and word.lower().split("-")[0] not in NAME_PARTICLES and (
                not mutated_irish(word)) and word not in ("los", "las"):
            return False
    if words[-1].casefold() in NOT_SURNAMES or words[0].casefold() in _NOT_GIVEN:
        return False
    if any(_ship_named(doc, s) for s, _ in person.mentions) and not person.titled:
        return False  # "USS John Finn": a ship named after someone
    if not person.titled and any(_plural_subject(doc, s, e) for s, e in person.mentions):
        return False  # "Aston Villa have agreed a fee": a team, in British English
    if not person.titled and words[-1].casefold() in _PLACE_ONLY_ENDS:
        return False  # "Kilbarrow, Eastmoor and Fenwick Bridge"
    if len(words) > 1 and words[-1].casefold().rstrip(".") in _STREET_ABBREVIATIONS:
        return False  # "418 Fenwick Ave.": a street, however the tagger read it
    if (not person.titled and len(words) > 1 and words[-1].casefold() in ROLE_HEADS
            and all(w.isupper() and w.isalpha() and 2 <= len(w) <= 5 for w in words[:-1])):
        return False  # "GD Chair": a party's initials and an office, no name
    if (not person.titled and len(words) > 1 and words[-1].casefold() in _OFFICES_AFTER_A_PLACE
            and not known_given_name(words[0])):
        return False  # "Córdoba Governor Ana ...": where the office is, then the office
    if not person.titled and len(words) > 1 and all(
            _opens_with_initials(doc_text(doc)[s:e]) for s, e in person.mentions):
        return False  # "NHS Strathmore", "RTE Sport": a body's initials, then its name
    if (not person.titled and len(words) > 2 and words[-1].casefold() in ROLE_HEADS
            and words[-2].casefold() in dictionary_words()):
        return False  # "Payette Fire Chief Roberta Haines": a town's office, then her name
    if (not person.titled and words[-1] == "Bill" and len(words) > 1
            and not known_given_name(words[0]) and words[0].lower() in dictionary_words()):
        return False  # "Drainage Bill", "Finance Bill": a law in the making
    if all(_owned_thing(doc, s) for s, _ in person.mentions) and not person.titled:
        return False  # "Bring your Ghana Card": what one owns, not someone
    if all(_dubbed(doc, s) for s, _ in person.mentions) and not person.titled:
        return False  # 'a campaign dubbed "Foleni Kimya" (Silent Queue)': a thing's name
    if all(_born_as_or_playing(doc, s) for s, _ in person.mentions):
        return False  # "born Kaylee Rae Dunaway", "broke out as Raj Bhandari": a birth name, a role
    if len(words) == 1 and words[0].casefold() in _BUILDINGS:
        return False  # "House" of "the Chief Minister House": a building after an office
    if not person.titled and words[-1].casefold() in DESK_JOBS | _ON_AIR_JOBS and not (
            known_given_name(words[0])):
        return False  # "Gleaner Writer" of `Kimone Reid/Gleaner Writer`, "Cnn Host": a job
    if not person.titled and len(words) == 2 and words[0] in ("El", "La", "Los", "Las"):
        return False  # "La Nación", "El Tiempo", "La Paz": a paper or a place by its article
    if (not person.titled or len(words) > 1) and only_a_country(person.name):
        return False  # "Burkina Faso", "Niger" (not "Georgia", a given name too)
    if len(words) == 2 and words[0] in NAME_PARTICLES and not person.titled:
        return False  # "de Dolbeau" of a body's French name: a surname never given a name
    if (len(words) == 2 and words[1].casefold() in _COMPASS and not person.titled
            and (not known_given_name(words[0]) or "-" in words[1])):
        return False  # "Kwara North", "Kerry South-West": a region (not Oliver North)
    if any(w in _TITLE_WORDS for w in words[1:-1]):
        return False  # "Unfiltered With Jodie", "Lord Of The Rings": a title, not a name
    # ("Gen" of "Maj Gen (retd) Harish Bhandari": a rank cut from the name)
    if all(w.casefold().rstrip(".") in _ANY_TITLE for w in words) or (
            person.name.casefold() in TWO_WORD_HONOURS) or all(
            w.casefold() in ROLE_HEADS | _RANK_WORDS for w in words):
        return False  # "Det Insp", "Tan Sri", "Naibu Spika", "Rear Admiral" with no name after it
    # (a given name first is no institution: "Marina Albuquerque da Costa")
    if any(w.casefold() in INSTITUTION_WORDS for w in (
            words[1:] if len(words) > 1 and known_given_name(words[0]) else words)):
        return False  # "Jinmao Hotel Lijiang", "Kien Giang Biosphere Reserve"
    if len(words) > 2 and _spelt_out_acronym(doc, person):
        return False  # "Jharkhand Jan Morcha (JJM)": a body, with its initials
    if person.placed and person.placed == len(person.mentions) and not person.titled:
        return False  # only ever "in Port Elmer", "near Lake Mira": a place
    if person.kind_named and not person.titled:
        return False  # "consulting firm Harcourt Lyle": a body so named
    if not person.titled and len(words) > 1 and _written_after_the(doc, person.name):
        return False  # "The Idle Hour", "the Hubble Space Telescope": a thing
    if not person.titled and _party_before_an_office(doc, person):
        return False  # "Sinn Féin MLA for Newry ...": the party the office is held for
    if not person.titled and all(_after_an_institution_word(doc, s) for s, _ in person.mentions):
        return False  # "Teknologi Pahang" of "Universiti Teknologi Pahang"
    if not person.titled and _short_for_a_body(doc, person.name):
        return False  # "Calder Bridge", after "Calder Bridge Capital"
    if not person.titled and all(_after_a_kind_of_body(
            doc, s, firms_only=known_given_name(words[0])) for s, _ in person.mentions):
        return False  # "the Dutch distributor Tegel Import", "consultancy Grant Hollis"
    if any((span := doc.char_span(s, e, alignment_mode="expand")) is not None
           and titled_in_a_place(span) for s, e in person.mentions):
        return False  # "the City of Prince Albert": a place, wherever else it is written
    # (a paper's article is no given name: "told De Standaard")
    unnamed = not known_given_name(words[0]) or words[0] in ("De", "La", "El")
    if not person.titled and all(_told(doc, s, e, unnamed) for s, e in person.mentions):
        return False  # "farmers told Ahram Online that ...": an outlet, told
    text = doc_text(doc)
    if all(text[e : e + 1] == "-" and text[e + 1 : e + 2].islower() for _, e in person.mentions):
        return False  # "the Grammy-nominated singer": a word formed on the name, no mention
    if not person.titled and not known_given_name(words[0]) and (
            all(_before_a_kind_of_body(doc, e) for _, e in person.mentions)
            or any(_set_off_after_a_body(doc, s, e) for s, e in person.mentions)):
        return False  # "the governing Erti Sakartvelo party", "her party, Akhali Gza,"
    if not person.titled and not known_given_name(words[0]) and all(
            _joined_to_a_body(doc, e) for _, e in person.mentions):
        return False  # "Derbyshire Fire" of "Derbyshire Fire and Rescue Service"
    full = [e for s, e in person.mentions if doc_text(doc)[s:e].startswith(person.name)]
    if not person.titled and full and all(_possessive_before_a_name(doc, e) for e in full):
        return False  # "Geordie Shore's Chantelle Robson": the show she is on
    if not person.titled and not known_given_name(words[0]) and all(
            _before_a_role_and_name(doc, e) for _, e in person.mentions):
        return False  # "Santé Québec spokesperson Karine D'Amours": whom she speaks for
    if not person.titled and not known_given_name(words[0]) and all(
            _before_an_office(doc, e) for s, e in person.mentions
            if doc_text(doc)[s:e] == person.name) and any(
            _before_an_office(doc, e, named=True) for _, e in person.mentions):
        return False  # "Jal Shakti | Minister Devendra Yadav": his portfolio
    if not person.titled and not known_given_name(words[0]) and (
            words[-1].casefold() in ROLE_HEADS | TITLES_OF_ADDRESS) and all(
            _office_of_before_a_name(doc, e) for _, e in person.mentions):
        return False  # "Ambala Superintendent | of Police Rajesh Kalia": his office
    if not person.titled and len(words) > 1 and words[-1].casefold() in _OFFICES_AFTER_A_PLACE and (
            all(_right_before_a_name(doc, e) for _, e in person.mentions)):
        return False  # "Kent County Clerk | Dorothy Vang-Hollis": where and what she is
    return len(words) > 1 or person.titled or (known_given_name(words[0]) and any(
        _set_off_as_a_person(doc, s, e) for s, e in person.mentions))


#: What sets off a lone given name as a person's: "Sandra, who runs ...",
#: "Dot, a care worker from Swindon", "Another caller, Tariq from Luton".
_WHO_AFTER = re.compile(r", who\b")
_DESCRIBED_AFTER = re.compile(r", (?:a|an) ((?:[\w'’-]+ ?){1,4})")
_NOUN_BEFORE = re.compile(r"\b([a-z]+), $")
#: Kin named by a given name ("her daughter, Claire,"): the family's name is
#: the reader's to supply, not a name of its own.
_KIN = KIN_HEADS | frozenset(
    "grandmother grandfather partner stepson stepdaughter fiancé fiancée girlfriend boyfriend"
    .split())
#: Words before a place's name, not a person's ("One farmer in north Kerry, who ...").
_BEFORE_A_PLACE = _COMPASS | frozenset("in at from near of to central".split())
#: The word right before a mention, its comma aside.
_WORD_BEFORE = re.compile(r"\b(\w+),? $")


def _set_off_as_a_person(doc: Doc, start: int, end: int) -> bool:
    text = doc_text(doc)
    after = text[end : end + 60]
    described = _DESCRIBED_AFTER.match(after)
    noun = _NOUN_BEFORE.search(text[max(0, start - 30) : start])
    if not (_WHO_AFTER.match(after) or (described is not None and any(
            w in PERSON_NOUNS for w in re.split(
                r"\b(?:from|in|of|at|with|who)\b", described.group(1))[0].split()))
            or (noun is not None and noun.group(1) in PERSON_NOUNS)):
        return False
    word = re.escape(text[start:end])
    # part of a longer name, kin, a place, or a longer name's short form
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    kin = before is not None and before.group(1) in _KIN
    place = before is not None and "," not in before.group(0) and before.group(1) in (
        _BEFORE_A_PLACE)
    return not (re.match(r" [A-Z]", after) or kin or place
                or re.search(rf"\b{word} [A-Z]|[A-Z][\w'’-]* {word}\b", text))


def _plural_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is a name in the singular taking a
    plural verb ("Aston Villa have agreed", "Porto are"): a team or a body, as
    British English writes them; one person never does ("Ann and Bo have")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ != "nsubj" or root.tag_ not in ("NNP", "NNPS") or span.end >= len(doc) or any(
            c.dep_ in ("conj", "cc") for c in root.children):
        return False
    # the verb's own word right after the name, as the name's verb
    after = doc[span.end]
    return after.lower_ in ("have", "are", "were") and after.tag_ in ("VBP", "VBD") and (
        after == root.head or after.head == root.head)


def _after(doc: Doc, end: int) -> int | None:
    """The index of the token after the one a mention ending at character
    `end` ends on; None where no token covers that character."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span.end if span is not None else None


def _possessive_before_a_name(doc: Doc, end: int) -> bool:
    """Whether a mention ending at `end` is a possessive right before a
    person's full name ("Geordie Shore's | Chantelle Robson"): a show, a team
    or a firm the person belongs to, as no person is written."""
    after = _after(doc, end)
    if after is None:
        return False
    k = after if doc[after - 1].lower_ in ("'s", "’s") else after + 1  # (the tagger's "'s" or not)
    if k + 1 >= len(doc) or doc[k - 1].lower_ not in ("'s", "’s"):
        return False
    return doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B" and doc[k + 1].ent_iob_ == "I"


def _right_before_a_name(doc: Doc, end: int) -> bool:
    """Whether a mention ending at `end` stands right before a person's
    name, the tagger reading it as another ("Kent County Clerk | Dorothy")."""
    after = _after(doc, end)
    return (after is not None and after < len(doc) and doc[after].ent_type_ == "PERSON"
            and doc[after].ent_iob_ == "B")


def _before_an_office(doc: Doc, end: int, *, named: bool = False) -> bool:
    """Whether a mention ending at `end` comes right before an office in
    capitals ("Jal Shakti | Minister"); with `named`, and a person's name
    after it ("... Minister Devendra Yadav")."""
    after = _after(doc, end)
    if after is None or after >= len(doc):
        return False
    office = doc[after]
    if not ((office.is_title and office.lower_ in ROLE_HEADS and office.ent_type_ != "PERSON")
            or office.lower_ in ("minister", "secretary", "commissioner")):
        return False
    return not named or (after + 1 < len(doc) and doc[after + 1].ent_type_ == "PERSON")


def _office_of_before_a_name(doc: Doc, end: int) -> bool:
    """Whether a mention ending at `end` is followed by "of", a few
    capitalised words and a person's name ("... Superintendent | of Police
    Rajesh Kalia"): the office's first half, not a name."""
    after = _after(doc, end)
    if after is None or after + 2 >= len(doc) or doc[after].lower_ != "of":
        return False
    k = after + 1
    while k < len(doc) and k - after <= 4 and doc[k].is_title and doc[k].ent_type_ != "PERSON":
        k += 1
    return k < len(doc) and doc[k].ent_type_ == "PERSON" and k > after + 1


#: Jobs a broadcast transcript's label gives after a name (`NORA FAIRBANKS, CNN HOST:`).
_ON_AIR_JOBS = frozenset("host co-host anchor presenter analyst strategist candidate".split())
#: Nouns for someone holding a role or doing a job ("ranger coordinator", "spokesperson").
_HOLDERS = ROLE_HEADS | PERSON_NOUNS


def _before_a_role_and_name(doc: Doc, end: int) -> bool:
    """Whether a mention ending at `end` comes right before a role in lower
    case and a person's name ("Yugul Mangi | ranger coordinator Darren
    Joshua"): the body the role is held in."""
    after = _after(doc, end)
    if after is None:
        return False
    k = after
    while k < len(doc) and k - after < 3 and doc[k].is_lower and doc[k].pos_ == "NOUN":
        k += 1
    return (k > after and k + 1 < len(doc) and doc[k - 1].lower_ in _HOLDERS
            and doc[k].ent_type_ == "PERSON" and doc[k + 1].ent_type_ == "PERSON")


def _joined_to_a_body(doc: Doc, end: int) -> bool:
    """Whether a mention ending at `end` is joined by "and" to capitalised
    words a body's name ends on ("Derbyshire Fire | and Rescue Service")."""
    after = _after(doc, end)
    if after is None or after + 1 >= len(doc) or doc[after].lower_ not in ("and", "&"):
        return False
    k = after + 1
    if k + 1 < len(doc) and (known_given_name(doc[k].text) or (
            len(doc[k].text) == 1 and doc[k].text.isupper())):
        return False  # "G Anjaiah and G Laxmi": a second name, not a body's last words
    while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" and doc[k].ent_type_ != (
            "PERSON"):
        k += 1
    return k > after + 1 and (doc[k - 1].ent_type_ == "ORG" or doc[k - 1].lower_ in (
        INSTITUTION_WORDS))


def _party_before_an_office(doc: Doc, person: Person) -> bool:
    """Whether every mention stands right before an office written as a
    title, then a name ("Sinn Féin MLA for Newry ... Pádraig X"): a party or
    a body the office is held in, not a person."""
    if not person.mentions:
        return False
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc):
            return False
        # (the tagger may take the office into the mention: "Sinn Féin MLA")
        office = span[-1] if len(span) > 1 and span[-1].is_upper else doc[span.end]
        after = doc[office.i + 1]
        if not ((office.is_upper or office.is_title) and office.lower_ in OPENING_ROLES
                and (after.text[:1].isupper() or after.lower_ == "for")):
            return False
    return True


def _short_for_a_body(doc: Doc, name: str) -> bool:
    """Whether the name opens the name of an organisation the article gives
    in full ("Calder Bridge" of "Calder Bridge Capital"), but for one named
    after a person ("the Anders Tegnell Fan Club")."""
    bodies = doc.user_data.get("newsdesk_body_names")
    if bodies is None:  # read once per article
        # (or a building's: "Cedar Hollow" of "Cedar Hollow Elementary")
        bodies = doc.user_data["newsdesk_body_names"] = [
            ent.text.removeprefix("the ").removeprefix("The ") for ent in doc_ents(doc)
            if ent.label_ in ("ORG", "FAC")]
    for text in bodies:
        rest = text[len(name) :].split() if text.startswith(name + " ") else []
        if rest[:1] == ["and"]:
            continue  # "G Anjaiah and G Laxmi" tagged one body: two names joined
        # ("Downtown Riverton" of "the Downtown Riverton Chamber of Commerce")
        if (rest and all(w.isalpha() and (w.istitle() or w in ("of", "and", "for"))
                         for w in rest) and rest[-1].istitle()
                and rest[-1].casefold() not in _NAMED_AFTER_SOMEONE):
            return True
    return False


def _opens_with_initials(written: str) -> bool:
    """Whether a name as written opens with a body's initials in capitals
    before a word in lower case ("NHS Strathmore"; not "JK Rowling", nor a
    name shouted all in capitals)."""
    first, _, rest = written.partition(" ")
    # (not "ANN McGOVERN-SILVA", a transcript's label: a given name, a surname in capitals)
    return (len(first) >= 3 and first.isalpha() and first.isupper()
            and not known_given_name(first.title())
            and sum(c.islower() for c in rest) > sum(c.isupper() for c in rest))


def _spelt_out_acronym(doc: Doc, person: Person) -> bool:
    """Whether a mention of the name is followed by its initials in brackets
    ("Jharkhand Jan Morcha (JJM)"): bodies are written so, people are not."""
    text = doc_text(doc)
    initials = "".join(w[0] for w in person.name.split() if w[:1].isupper())
    for _, end in person.mentions:
        m = re.match(r"\s*\(([A-Z]{2,8})\)", text[end : end + 12])
        if m and m.group(1) == initials:
            return True
    return False


def _after_an_institution_word(doc: Doc, start: int) -> bool:
    """Whether a mention starting at `start` follows, in one capitalised run,
    a word only bodies are named with ("Universiti | Teknologi Pahang")."""
    text = doc_text(doc)
    if start < 2 or text[start - 1] != " ":
        return False  # (a line's first word: "Bakery" of a headline is no part of it)
    before = text[max(0, start - 20) : start - 1].split(" ")[-1]
    if not (before[:1].isupper() and before.casefold() in INSTITUTION_WORDS):
        return False
    # (but for an office's portfolio: "Minister for Food Processing Industries | Devendra ...")
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is None or not in_a_portfolio(span)


def _after_a_kind_of_body(doc: Doc, start: int, *, firms_only: bool = False) -> bool:
    """Whether a mention starting at `start` follows a lower-case noun for a
    kind of business or body ("the distributor | Tegel Import"); with
    `firms_only`, a noun only a business is ("consultancy | Grant Hollis",
    not "developer | Grant Hollis", who may be one man)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    lemma = before.lemma_.lower()
    return before.is_lower and before.pos_ == "NOUN" and (
        lemma in _FIRMS if firms_only else names_a_kind_of_body(lemma))


#: Nouns only a business is called by, whatever name follows.
_FIRMS = frozenset("company firm consultancy brokerage insurer lender chain retailer".split())


def _told(doc: Doc, start: int, end: int, unnamed: bool) -> bool:
    """Whether a mention no given name opens is the one a verb of telling
    addresses ("told Ahram Online that ..."), or any the one a paper was
    shown to ("a memo, seen by Daily Maverick,")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return (unnamed and span.root.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell") or (
        span.root.dep_ == "pobj" and head.dep_ == "agent" and head.head.dep_ == "acl"
        and head.head.lemma_.lower() in ("see", "obtain"))


def _before_a_kind_of_body(doc: Doc, end: int) -> bool:
    """Whether a mention ending at `end` comes right before a lower-case noun
    for a kind of body ("Erti Sakartvelo | party")."""
    after = _after(doc, end)
    if after is None or after >= len(doc):
        return False
    noun = doc[after]
    return noun.is_lower and noun.pos_ == "NOUN" and names_a_kind_of_body(noun.lemma_.lower())


def _set_off_after_a_body(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention is set off by commas after a lower-case noun for a
    kind of body ("her party, Akhali Gza, ..."), and is no one's speech tag
    ("The company, Jones said, ...")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 2 or span.end + 1 >= len(doc):
        return False
    body, after = doc[span.start - 2], doc[span.end + 1]
    return (doc[span.start - 1].text == "," and doc[span.end].text == ","
            and body.is_lower and body.pos_ == "NOUN" and names_a_kind_of_body(body.lemma_.lower())
            and after.pos_ not in ("VERB", "AUX"))


def _written_after_the(doc: Doc, name: str) -> bool:
    """Whether the article writes `the` right before this full name
    anywhere ("Popular drinking hole The Idle Hour will close"): people
    are not written so; pubs, ships, bands and telescopes are."""
    text = doc_text(doc)
    # (the cheap test first: a "the" right before some mention of the name)
    at = text.find(name)
    while at >= 0 and not text[max(0, at - 24) : at].rstrip().endswith(("the", "The")):
        at = text.find(name, at + 1)
    if at < 0:
        return False
    for m in re.finditer(r"\b[Tt]he\s+(" + re.escape(name) + r")\b", text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        modifies = root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")
        if root.dep_ in ("compound", "nmod", "amod", "poss") or modifies:
            continue  # "the Donald Trump campaign": the name modifies a noun
        return True
    return False


#: Verbs of acting a part: "broke out as X", "stars as X", "cast as X".
_ACTING = frozenset("play star cast portray voice break reprise return debut appear".split())


def _born_as_or_playing(doc: Doc, start: int) -> bool:
    """Whether the mention at `start` is a birth name ("born Kaylee Rae
    Dunaway", "née Okafor") or a part someone plays ("broke out as Raj
    Bhandari on the sitcom ..."): another name of someone, or no one."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in ("born", "née", "nee"):
        return True
    return before.lower_ == "as" and any(
        t.lemma_.lower() in _ACTING for t in doc[max(0, span.start - 5) : span.start - 1])


#: Verbs that give a thing its name ("a campaign dubbed ...", "christened").
_DUBBING = frozenset("dub christen nickname codename brand".split())


def _dubbed(doc: Doc, start: int) -> bool:
    """Whether the mention at `start` is the name something was dubbed, or
    its gloss in brackets ('dubbed "Foleni Kimya" (Silent Queue)'): a
    campaign's or an operation's name, no one's."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    for tok in reversed(doc[max(0, span.start - 8) : span.start]):
        if tok.lemma_.lower() in _DUBBING or tok.lower_ in ("dubbed", "christened"):
            return True
        if tok.lower_ == "as" and tok.head.lower_ == "known":
            # "The scheme, known as Tekeraoi Marawa,", "a range known
            # internally as ...": a thing's name (not "a man known as ...")
            thing = tok.head.head
            return (tok.head.dep_ == "acl" and thing.pos_ == "NOUN"
                    and thing.lemma_.lower() in _NAMED_THINGS)
        if not (tok.is_quote or tok.text in "()" or tok.pos_ == "PROPN"):
            return False
    return False


def _owned_thing(doc: Doc, start: int) -> bool:
    """Whether the mention at `start` follows "your", "my", "our" or "their"
    ("carry your Ghana Card"): a thing someone has."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and (
        doc[span.start - 1].lower_ in ("your", "my", "our", "their"))
