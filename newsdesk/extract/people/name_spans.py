"""Where a person's name stands in the text when the tagger's entity is off:
the words of a PERSON entity that are the name ("dietitian Trista" of
"dietitian Trista Best", "Daniel Kiprop" of "Daniel Kiprop Mutai"), names the
tagger gave another label ("German Chancellor Olaf Scholz" tagged a body), and
mentions written as a place or a thing are `place_mentions`'; names it missed
altogether `name_runs`'. `mentions.People` reads these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ...nlp import dictionary_words, doc_ents
from ..doc import sentence, tokens_spelt
from .display_names import POST_NOMINALS
from .given_names import gender_of_given_name, known_given_name
from .name_cuts import given_name_before
from .names import (
    HONORIFICS,
    NAME_PARTICLES,
    NOT_SURNAMES,
    PARTY_MEMBERS,
    PATRONYMICS,
    ROLE_HEADS,
    TITLES,
    TITLES_OF_ADDRESS,
    name_cased,
    name_word,
)
from .speaker_words import PLAYING_POSITIONS

#: Words that make a name before or after them an institution's or a product's.
INSTITUTION_WORDS = frozenset(
    """foundation fondation fundación institute institution programme program programs
    programmes trust fund prize award awards hotel hotels university college school
    centre center hospital clinic company corporation group reserve festival show
    collection bar pub cafe café restaurant bistro brewery bakery museum library theatre
    theater club academy gallery stadium arena cathedral mosque synagogue society
    association council municipality leisure golf links resort casino lodge inn motel
    marina winery elementary bus airlines airways railway railways
    universiti universitas université universidad università parti partido partai""".split()
)


def names_an_institution(name: str) -> bool:
    """Whether a capitalised name is a place of business or an institution's
    ("Shelbourne Bar", "Riverside Cafe", "Kien Giang Biosphere Reserve")."""
    return any(w.casefold() in INSTITUTION_WORDS for w in name.split()[1:])


#: Capitalised words that open a question or a clause, not a name ("Will Donald Trump ...").
_LEADING_WORDS = frozenset(
    "will would can could may might shall should did does do so but and".split()
)
#: Last words of places' names ("Prince Edward Island", "Lady Bird Lake").
PLACE_ENDS = frozenset(
    """island islands county city town river lake bay park bridge mountain valley beach
    port station airport district province state street road avenue square hall house
    palace""".split()
)


def proper_words(words: Iterable[Token]) -> bool:
    """Every word a proper noun written as a name is ("Olaf Scholz", "Fiona MacLeary")."""
    return all(t.pos_ == "PROPN" and name_word(t) and name_cased(t) for t in words)


def named_otherwise(ent: Span, courtesy: frozenset[str]) -> bool:
    """Whether an entity the tagger gave another label is a person's name:
    after a title or an office ("German Chancellor Olaf Scholz"), ending in a
    surname the article gives a courtesy title (`courtesy_surnames`: "Fiona
    MacLeary" beside "Ms MacLeary"), or set off by a role only people hold
    ("Jean-Baptiste Mbeki, the former president,")."""
    return (_titled_name(ent) or _surname_of_courtesy(ent, courtesy) or _joined_to_a_name(ent)
            or _described_as_person(ent) or _given_and_family_name(ent)
            or _given_name_with_particles(ent)
            or _set_off_given_name(ent) or _named_after_office(ent)
            or _given_name_then_who(ent) or _name_with_post_nominal(ent)
            or office_then_name(ent) is not None or _given_name_of_someone_named(ent)
            or given_name_before(ent))


def _joined_to_a_name(ent: Span) -> bool:
    """A given name alone, tagged a place or a body, joined by "and" to a
    person's full name ("her sons, Karim and Fadi Khoury")."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and":
        return False
    after = next((e for e in doc_ents(doc) if e.start == ent.end + 1), None)
    given = joined_given_name(after) if after is not None and after.label_ == "PERSON" else None
    return len(after or ()) >= 2 and given is not None and given.i == ent.start


def _given_name_of_someone_named(ent: Span) -> bool:
    """A given name alone, tagged a body or a people ("Lucía winces"), that
    opens the full name of a person named before it ("Lucía Vega runs La
    Miga"): the article calling her by her given name."""
    if (ent.label_ not in _MISLABELLED and ent.label_ != "GPE") or len(ent) > 3:
        return False  # ("Karim" read as a place)
    if not known_given_name(ent[0].text):
        return False  # (the cheap test first)
    named_by = _full_names_by_given(ent.doc).get(ent.text)
    if named_by is None or named_by > ent.start:
        return False
    words, hyphens = name_words(ent)  # (hyphened: "Jodie-Mae")
    return len(words) - hyphens == 1 and all(known_given_name(t.text) for t in words)


def joined_given_name(ent: Span) -> Token | None:
    """The given name written alone before "and" and a person's full name,
    which it shares the surname of ("Karim" of "Karim and Fadi Khoury")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "and":
        return None
    given = doc[ent.start - 2]
    if not (given.is_title and given.is_alpha and known_given_name(given.text)
            and given.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP")
            and given.lower_ not in dictionary_words()):
        return None
    return given


def _full_names_by_given(doc: Doc) -> dict[str, int]:
    """Given name -> where the first full name it opens ends: PERSON entities
    of two or three words in running text (a headline in title case names no
    one so), read once per Doc."""
    found: dict[str, int] | None = doc.user_data.get("newsdesk_full_names")
    if found is None:
        found = {}
        for e in doc_ents(doc):
            words, hyphens = name_words(e) if e.label_ == "PERSON" else ([], 0)
            if 2 <= len(words) - hyphens <= 3 and any(
                    t.is_lower and t.is_alpha and len(t) > 3 for t in sentence(e)):
                found.setdefault(e.text.split(" ")[0], e.end)
                joined = joined_given_name(e)
                if joined is not None:  # "Karim" of "her sons, Karim and Fadi Khoury"
                    found.setdefault(joined.text, e.end)
        doc.user_data["newsdesk_full_names"] = found
    return found


def _name_with_post_nominal(ent: Span) -> bool:
    """A given name, a surname and an honour or office written after them
    ("Conor Devally SC", "Ann Cole MP"), tagged a body."""
    return (ent.label_ in _MISLABELLED and 3 <= len(ent) <= 4
            and ent[-1].text.rstrip(".") in POST_NOMINALS and proper_words(ent[:-1])
            and gender_of_given_name(ent[0].text) is not None)


def office_then_name(ent: Span) -> int | None:
    """Where the name starts in an entity that takes in the office before it
    ("Nicola Fox" of "Nasa Associate Administrator for Science Nicola Fox",
    tagged a body): a given name and one or two name words after a
    capitalised role word; None if the entity is no such run."""
    doc = ent.doc
    role = max((t.i for t in ent[:-2] if t.is_title and t.lower_ in ROLE_HEADS), default=None)
    if role is None:
        return None
    for k in range(role + 1, ent.end - 1):
        words, hyphens = name_words(doc[k : ent.end])  # ("Ana-Maria Popescu": two)
        if (known_given_name(doc[k].text) and 2 <= len(words) - hyphens <= 3
                and proper_words(words)):
            return k
    return None


#: Labels the tagger gives a person's name it does not know; a place's
#: ("Sierra Leone", "Abu Dhabi") is left alone.
_MISLABELLED = frozenset(("ORG", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"))
#: A saint's word opening a place's name, which a given name may spell.
_SAINTS = frozenset(["santa", "santo", "san", "são", "sao", "saint", "st", "sainte", "ste"])


def name_words(tokens: Iterable[Token]) -> tuple[list[Token], int]:
    """The tokens of a name but the hyphens written close inside it, and how
    many such hyphens there are: "Ewa Zielińska-Marsh" is three tokens, one
    hyphen, two words."""
    tokens = list(tokens)
    words = [t for t in tokens if not joins_a_name(t.doc, t.i)]
    return words, len(tokens) - len(words)


def _two_names_mislabelled(ent: Span) -> bool:
    """Two proper nouns the tagger labelled as something other than a person
    (the second may be hyphened: "Ewa Zielińska-Marsh"; the first only when
    both its halves are given names: "Jodie-Mae Okafor", not "Mercedes-Benz
    Group")."""
    words, hyphens = name_words(ent)
    # a place's name doing something ("Adaeze Okafor-Reyes has taken the
    # stage") may be a person's; "Santa Clara" and "San Mateo" are places
    placed = ent.label_ == "GPE" and ent.root.dep_ in ("nsubj", "nsubjpass") and (
        ent[0].lower_ not in _SAINTS)
    return ((ent.label_ in _MISLABELLED or placed)
            and len(words) - hyphens == 2 and proper_words(words)
            and (not joins_a_name(ent.doc, ent.start + 1)
                 or (known_given_name(ent[0].text) and known_given_name(ent[2].text))))


#: Offices held "of" a place ("the mayor of Nea Makri").
_OFFICES_OF_PLACES = frozenset("mayor governor premier president chancellor sheriff".split())


def _given_and_family_name(ent: Span) -> bool:
    """A given name nearly all its bearers share a gender with, then a word
    that is no English word ("Marcus Lindqvist", "Declan Furey", tagged a
    body or a building): a person's name. "General Mills", "Jacobi
    Hospital" and "Washington Post" end in words of the dictionary."""
    if not _two_names_mislabelled(ent):
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False
    if (ent.start > 1 and ent.doc[ent.start - 1].lower_ == "of"
            and ent.doc[ent.start - 2].lower_ in _OFFICES_OF_PLACES):
        return False  # "The mayor of Nea Makri, Maria Kontou,": a place
    # (after a hyphened given name: "Okafor" of "Jodie-Mae Okafor")
    hyphened = joins_a_name(ent.doc, ent.start + 1)
    family = ent[3] if hyphened else ent[1]
    # the gender of "Jean-Baptiste" (not "Jean"), else of its first half ("Jodie" of "Jodie-Mae")
    gender = (gender_of_given_name(ent[0:3].text) if hyphened else None) or gender_of_given_name(
        ent[0].text)
    known = known_given_name(ent[0:3].text) if hyphened else False
    words = dictionary_words()
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if len(family) < 3:
        return False
    # a surname that is also a word ("Rhiannon Price") is a person's only
    # where the name is placed as a person's: "... of Transport Focus"
    of_a_body = (after is not None and after.lower_ == "of" and ent.end + 1 < len(ent.doc)
                 and ent.doc[ent.end + 1].pos_ == "PROPN"
                 and gender is not None)
    if (family.lower_ in words or family.lemma_.lower() in words) and not of_a_body:
        return False
    if ent.label_ == "NORP" and family.lower_[-1:] == "s" and family.lower_[:-1] in words:
        return False  # "Columbus Comets": a team, its members by a plural noun
    if after is not None and after.lower_ in INSTITUTION_WORDS:
        return False  # "Lucia Ferranti Foundation"
    if ent.label_ == "WORK_OF_ART":
        # a title is no given name and surname; a name the tagger read as one
        # after a quote ('"...," Pep Guardiola told') is, whatever its gender
        return known or known_given_name(ent[0].text)
    return gender is not None


def _given_name_with_particles(ent: Span) -> bool:
    """A given name nearly all its bearers share a gender with, then a
    surname with its particles ("Felipe de la Cruz Ibarra", "Ilse van der
    Berg", tagged a body): a person's name, when no other word is English."""
    words = [t for t in ent if t.text != "-"]
    # (a place's name may hold "de" or "la", never a son's "ap" or "bin":
    # "Gethin ap Rhys" tagged a place)
    sons = ent.label_ == "GPE" and any(t.lower_ in _SONS_OF for t in words[1:-1])
    if (ent.label_ not in _MISLABELLED and not sons) or not 3 <= len(words) <= 6:
        return False
    if gender_of_given_name(words[0].text) is None:
        return False
    # a hyphened given name is one ("Pieter-Jan de Wulf": "Jan" is no word of the surname)
    rest = words[2:] if joins_a_name(ent.doc, ent.start + 1) else words[1:]
    particles = [t for t in rest if t.lower_ in NAME_PARTICLES]
    names = [t for t in rest if t not in particles]
    dictionary = dictionary_words()
    return bool(particles) and bool(names) and all(
        t.is_alpha and t.text[:1].isupper() and t.lower_ not in dictionary for t in names
    ) and rest[-1] in names


def _titled_name(ent: Span) -> bool:
    """Two or three capitalised proper nouns right after a title or an office
    ("Chancellor Olaf Scholz", "Mr Okafor Bright"): a person's name, whatever
    label the tagger gave it."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"):
        return False
    words, hyphens = name_words(ent)
    if len(words) > 3 and words[-1].text.rstrip(".") in POST_NOMINALS:
        words = words[:-1]  # "Advocate Pieter-Jan van Rensburg SC": an honour after it
    if len(words) > 2 and words[0].lower_.rstrip(".") in TITLES_OF_ADDRESS:
        # "Cllr Declan Fitzmaurice" tagged a body, the title inside
        words = words[1:]
        before = ent[0].lower_.rstrip(".")
    elif ent.start == 0:
        return False
    else:
        before = doc[ent.start - 1].lower_.rstrip(".")
    # "Democrat Leah Morrow": a party's member before a given name
    member = (before in PARTY_MEMBERS and doc[ent.start - 1].is_title
              and known_given_name(words[0].text))
    # "Cllr Síle Ní Bhraonáin-Walsh": a particle and a hyphen inside the name
    names = [t for t in words if t.lower_ not in NAME_PARTICLES]
    return (
        (before in TITLES or before in ROLE_HEADS or member) and 2 <= len(names) - hyphens <= 3
        and proper_words(names) and words[-1].lower_ not in NOT_SURNAMES
    )


def _surname_of_courtesy(ent: Span, courtesy: frozenset[str]) -> bool:
    """A titled surname ("Ms MacLeary"), or two or three capitalised proper
    nouns ending in a surname the article gives a courtesy title elsewhere."""
    words = [t for t in ent if t.lower_.rstrip(".") not in TITLES_OF_ADDRESS]
    # a bare surname ("Trump" tagged ORG) is left to the surname lookups,
    # which know whether one person or two of the article have it
    titled = len(words) < len(ent) or (
        ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in HONORIFICS)
    return ((titled or len(words) >= 2) and 1 <= len(words) <= 3
            and words[-1].text in courtesy and proper_words(words))


#: Roles only a person holds ("leader", "owner", "host" and "ally" a company
#: or a country holds too: "Tata Steel, the owner of the plant").
_PERSONS_ROLES = frozenset(
    """minister secretary senator congressman congresswoman mayor governor premier
    president lawyer attorney spokesman spokeswoman spokesperson chairman chairwoman
    ambassador prosecutor judge councillor councilor mp mla mep candidate coach
    professor actor actress singer author novelist journalist""".split()
)


#: Roles a body holds as well as a person ("Tata Steel, the owner of the plant").
_BODIES_ROLES = frozenset(
    "ally boss chief donor head host leader member observer owner star trustee".split()
)


def _described_as_person(ent: Span) -> bool:
    """An organisation- or building-tagged name of two or three proper nouns
    (hyphens inside), then a comma and "the", "a" or "an" before a role only
    a person holds ("Jean-Baptiste Mbeki, the former president,"), or any
    role after a given name."""
    words = [t for t in ent if t.text != "-"]
    if ent.label_ not in ("ORG", "FAC") and not (
            ent.label_ == "NORP" and known_given_name(words[0].text)):
        return False  # "South Korea, a key ally of Washington": a place is no one
    doc = ent.doc
    if not 2 <= len(words) <= 3 or not proper_words(words) or (
            ent.end + 1 >= len(doc) or doc[ent.end].text != ","):
        return False
    # after a given name any trade will do ("Amadou Kouyaté-Ferris, an economist at ...")
    roles = ROLE_HEADS - _BODIES_ROLES if known_given_name(words[0].text) else _PERSONS_ROLES
    root = ent.root
    if (root.dep_ == "appos" and root.head.i < ent.start and doc[ent.start - 1].text == ","
            and root.head.lower_ in ROLE_HEADS - _BODIES_ROLES
            and known_given_name(words[-1].text)):
        # "Its operations manager, Hayashida Naoko, told NHK": a surname first
        return True
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i > ent.end), None)
    return appos is not None and appos.lower_ in roles and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in appos.children)


def _given_name_then_who(ent: Span) -> bool:
    """Two proper nouns, the first a given name that tells a gender, then ",
    who" ("Marcus Bell, who owns a hardware store, said"): "who" is said of
    people, whatever word of the dictionary the surname is."""
    doc = ent.doc
    return (_two_names_mislabelled(ent) and ent.end + 1 < len(doc)
            and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("who", "whose")
            and gender_of_given_name(ent[0].text) is not None)


def _named_after_office(ent: Span) -> bool:
    """Two to four proper nouns set off by commas after a role only a person
    holds, which they name ("the Governor of Ogun State, Prince Adeyemi
    Oduwole, stated"), whatever label the tagger gave them."""
    doc = ent.doc
    head = ent.root.head
    return (
        ent.label_ in _MISLABELLED | {"GPE"} and 2 <= len(ent) <= 4
        and ent.start > 0 and doc[ent.start - 1].text == ","
        and ent.end < len(doc) and doc[ent.end].text in (",", ".")
        and ent.root.dep_ == "appos" and head.i < ent.start
        and head.lower_ in _PERSONS_ROLES and proper_words(list(ent))
    )


def _set_off_given_name(ent: Span) -> bool:
    """A name of two proper nouns, the first a given name that tells a
    gender, set off by commas after what it describes ("his colleague at
    Stanton, Grace Obi, wrote"), whatever word of the dictionary its surname is."""
    doc = ent.doc
    return (_two_names_mislabelled(ent)
            and ent.start > 0 and doc[ent.start - 1].text == ","
            and ent.end < len(doc) and doc[ent.end].text == ","
            and ent.root.dep_ == "appos" and ent.root.head.i < ent.start
            and gender_of_given_name(ent[0].text) is not None
            # "..., Miller Brewing,": a trade, or a word bent from an English one
            and ent[1].lower_ not in INSTITUTION_WORDS
            and not bent_word(ent[1].lower_))


#: Particles that say whose son or daughter someone is, in no place's name.
_SONS_OF = frozenset("ap bin bint binti binte ibn ní nic uí".split())
#: Titles of peers, whose names go on with a place ("Lord Smith of Finsbury").
_PEERS = frozenset("lord lady baroness baron viscount earl".split())
#: Particles Irish names write with a capital ("Ó Briain", "Nic Giolla Bhríde").
_CAPITAL_PARTICLES = frozenset("ó ní nic uí mac".split())


def _particle(tok: Token) -> bool:
    """A particle of a surname: "van", "de", "ap"; "Ó", "Nic", "Mac"."""
    return tok.lower_ in NAME_PARTICLES and (tok.is_lower or (
        tok.lower_ in _CAPITAL_PARTICLES and tok.is_title))


def _given_word(tok: Token) -> bool:
    """A word that may be a given name before a surname's particles: written
    as a name, no title or office, and no English word unless a known given
    name ("Rose van Dijk"; not "Yesterday van Dijk")."""
    # (a single word the tagger read as a place or a body: "Riaan" of "Riaan van der Merwe")
    # (or the tagger's body of the given name and a particle: "Oisín Mac" of
    # "Oisín Mac Giolla Phádraig")
    doc = tok.doc
    lone = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I" or (
        _particle(doc[tok.i + 1]) and (tok.i + 2 == len(doc) or doc[tok.i + 2].ent_iob_ != "I")))
    return (name_cased(tok) and tok.is_alpha and (tok.ent_type_ in ("", "PERSON") or lone)
            and not any(tok.lower_ in words for words in (TITLES, ROLE_HEADS, HONORIFICS))
            and (tok.lower_ not in dictionary_words() or known_given_name(tok.text)))


def bent_word(word: str) -> bool:
    """An English word with "-ing" or "-s" on it ("Brewing", "Motors"): a
    trade's name, not a surname."""
    words = dictionary_words()
    for ending in ("ing", "s"):
        stem = word.removesuffix(ending)
        if stem != word and (stem in words or stem + "e" in words):
            return True
    return False


def joins_a_name(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen written without spaces between two words
    of a name ("Pottinger-Hall", "Torres-Guillén")."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i + 1].is_alpha and name_cased(doc[i + 1]))


#: Words for who someone is that a sentence may open with before their name.
_PERSON_WORDS = frozenset(
    """neighbour neighbor resident prosecutor witness student teacher nurse farmer owner
    shopper driver passenger pensioner fan volunteer""".split()
)
#: Words written with a capital before a name as an office is.
OPENING_ROLES = ROLE_HEADS | PLAYING_POSITIONS | _PERSON_WORDS


def name_span(ent: Span) -> Span:
    """The words of a PERSON entity that are the name: a role word the tagger
    took in before it dropped ("dietitian Trista" of "dietitian Trista
    Best"), and a capitalised surname it left out after it added ("Best",
    read as an adjective)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while end - start > 1 and doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES:
        start += 1
    if end - start > 1 and doc[end - 1].lower_ == "of":
        end -= 1  # "Baroness Ashworth of | Leigh": her title's place is no part of the name
    of = next((t.i for t in doc[start + 2 : end - 1] if t.lower_ == "of"), None)
    if of is not None and doc[start].lower_ not in _PEERS and ent.label_ == "PERSON":
        end = of  # "Hélène de Valcourt of Skagerrak Markets": her firm is no part of her name
    # "Kent North MLA Josée Arsenault": a seat and its office in capitals
    # before the name; the name starts after the office
    office = max((t.i for t in doc[start : end - 1]
                  if t.is_upper and t.lower_ in TITLES_OF_ADDRESS), default=None)
    if office is not None and all(name_cased(t) for t in doc[office + 1 : end]):
        start = office + 1
    if (ent.label_ in _MISLABELLED or (ent.label_ == "PERSON" and len(ent) > 2)) and (
            named := office_then_name(ent)) is not None:
        # "Nasa Associate Administrator for Science Nicola Fox", "Kilbeg All-Star Colm O'Sullivan"
        start = max(start, named)
    # "Datuk Lim" of "Datuk Lim Boon Keat": a title the tagger took in, the
    # name cut short after it (the words after are the name's, untagged)
    if end < len(doc) and end < ent.sent.end and name_cased(doc[end]) and doc[end].is_alpha \
            and not doc[end].ent_type_:
        while end - start > 1 and doc[start].lower_.rstrip(".'’") in TITLES_OF_ADDRESS:
            start += 1
    # "Treasurer Nick Varga", "Prosecutor Amelia Hart", "Neighbour Sunita Rao":
    # a role written with a capital at a sentence's start, before a full name
    while end - start > 2 and doc[start].is_title and doc[start].lower_ in OPENING_ROLES and (
            # "Sultan bin Hamad Al Qasimi": a given name before a patronymic
            doc[start + 1].lower_ not in PATRONYMICS):
        start += 1
    if (end - start > 1 and doc[start].is_title and start > 0 and doc[start - 1].is_lower
            and _member_word(doc, doc[start].text)):
        start += 1  # "former Sixer Jrue Holiday"
    if (end - start > 2 and start > 1 and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in ROLE_HEADS):
        start += 1  # "First Minister of Wales Eluned Morgan": the office's place
    if (end - start > 2 and start > 0 and doc[start - 1].lower_ in ("of", "for", "and")
            and not known_given_name(doc[start].text) and known_given_name(doc[start + 1].text)):
        start += 1  # "MLA for Newry and Armagh Pádraig Hennessy-Doran": the seat's last word
    if start > ent.start:  # only where the tagger's edges were already off
        while (
            end < len(doc) and end < ent.sent.end and doc[end].is_alpha
            and name_cased(doc[end]) and not doc[end].ent_type_
            and doc[end].lower_ not in TITLES
        ):
            end += 1
    # a nickname the tagger cut in half: "Ramon “Monching" of "Ramon “Monching” Villaflor"
    if (end - start >= 3 and doc[end - 2].is_quote and end + 1 < len(doc)
            and doc[end].is_quote and doc[end + 1].is_title and doc[end + 1].is_alpha):
        end += 2
    # the rest of a name the tagger cut off: a hyphenated surname written
    # without spaces ("Cristina Alcaraz" of "Cristina Alcaraz-Yap"), or a third
    # name no entity has ("Daniel Kiprop" of "Daniel Kiprop Mutai")
    while end + 1 < ent.sent.end and joins_a_name(doc, end):
        end += 2
    # ... and a surname after a given name written with a hyphen ("Marc-André")
    one_word = len(doc[start:end].text.split()) == 1 and "-" in doc[start:end].text
    # ("G. M. Khan" of "G. M. Khan Jadoon": initials, then one name; the
    # tagger may read the last name as a place)
    initials = end - start > 2 and all(_INITIAL.fullmatch(t.text) for t in doc[start : end - 1])
    fourth = end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].is_alpha
    if ((end - start == 2 or one_word or initials) and end < len(doc) and end < ent.sent.end
            and doc[start].lower_ not in _LEADING_WORDS
            and doc[end].pos_ == "PROPN" and name_cased(doc[end]) and name_word(doc[end])
            and (not doc[end].ent_type_ or (initials and doc[end].ent_iob_ == "B" and (
                end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I")))
            and doc[end - 1].whitespace_
            and doc[end].lower_ not in INSTITUTION_WORDS and doc[end].lower_ not in TITLES
            and doc[end].lower_ not in ROLE_HEADS and doc[end].lower_ not in PLACE_ENDS
            # a fourth capitalised word makes the run a title ("the Paul and
            # Mary Monroe Endowed Chair"), not a name with a third part, but
            # for a name of four ("Syed Zulfiqar | Hussain Jafri")
            and (not fourth or _four_names(doc, start, end))):
        end += 2 if fourth else 1
        while end + 1 < ent.sent.end and joins_a_name(doc, end):
            end += 2  # "Jean-Philippe | Vézina-Roy": the surname added was a double one
    # a surname after a lower-case particle the tagger cut off ("Erik ten Hag",
    # "ten" read as a number; "Ursula von der Leyen")
    k = end
    while k < len(doc) and k < ent.sent.end and doc[k].is_lower and doc[k].lower_ in NAME_PARTICLES:
        k += 1
    ends_on_particle = doc[end - 1].is_lower and doc[end - 1].lower_ in NAME_PARTICLES
    # (a name ending on its particle goes on, the parser's sentence break
    # inside it or not: "Dafydd ap | Rhys")
    if (k > end or ends_on_particle) and k < len(doc) and (
            k < ent.sent.end or ends_on_particle) and name_cased(doc[k]) and doc[k].is_alpha:
        end = k + 1
        if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                and not doc[end].whitespace_ and name_cased(doc[end + 1])):
            end += 2  # "van den Broek-Yilmaz": the second half of a double surname
    # a given name the tagger left out before a double surname, after an
    # office ("Jennifer" of "TD Jennifer Murnane O'Connor"), or before a
    # surname after an office's place ("Sadiq" of "Mayor of London Sadiq Khan")
    if (start == ent.start and start > ent.sent.start
            and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title
            and not doc[start - 1].ent_type_ and doc[start - 1].whitespace_
            and not _particle(doc[start - 1])  # "Mac" of "Eoin Mac Giolla Phádraig"
            and gender_of_given_name(doc[start - 1].text) is not None
            # a lone surname may be a given name too ("Khan"); two given names
            # of one gender are one ("Ana" of "Ana Lúcia de Souza"), not a
            # place after a preposition ("MP for Carlisle John Stevenson")
            and (gender_of_given_name(doc[start].text) is None or end - start == 1 or (
                gender_of_given_name(doc[start].text) == gender_of_given_name(doc[start - 1].text)
                and doc[start - 2].lower_ not in ("for", "of", "in", "from", "at")))
            and not any(w in TITLES or w in ROLE_HEADS or w in HONORIFICS
                        for w in (doc[start - 1].lower_, doc[start].lower_))
            and doc[start].lower_ not in NAME_PARTICLES):
        start -= 1
    # "Ana-Maria Popescu", the tagger starting at "Maria": the given name's first half
    if (start == ent.start and start - 2 >= ent.sent.start and doc[start - 1].text == "-"
            and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
            and doc[start - 2].is_title and doc[start - 2].is_alpha
            and known_given_name(doc[start - 2].text)):
        start -= 2
    # "Maryam bint Khalid Al-Farsi": a given name and "bint" before the father's
    if (start == ent.start and start - 2 >= ent.sent.start and doc[start - 1].is_lower
            and doc[start - 1].lower_ in PATRONYMICS and name_cased(doc[start - 2])
            and doc[start - 2].is_alpha and doc[start - 2].lower_ not in TITLES):
        start -= 2
    # "Marloes ter Horst", "Ilse van der Berg": a given name and the particles
    # the tagger left out before the surname it tagged
    # ("Eoin Mac Giolla Phádraig": Irish particles take a capital)
    k = start
    while k - 1 > ent.sent.start and _particle(doc[k - 1]):
        k -= 1
    if start == ent.start and k < start:
        start = k - 1 if _given_word(doc[k - 1]) else k  # else the surname's particles
    elif (start == ent.start and start > ent.sent.start and _particle(doc[start])
            and _given_word(doc[start - 1]) and doc[start - 1].whitespace_):
        start -= 1  # "Marcel | van der Meer": the particles tagged, the given name not
    # "Madam Comfort Adjoa Boateng-Asare", "Dr Nana Yaa Asiedu-Mensah": a
    # capitalised word between a title and the name is a first given name
    if (start == ent.start and start - 2 >= ent.sent.start and name_cased(doc[start - 1])
            and doc[start - 1].is_alpha and doc[start - 1].whitespace_
            and doc[start - 2].lower_.rstrip(".") in TITLES_OF_ADDRESS
            and not any(doc[start - 1].lower_ in words for words in (
                TITLES, ROLE_HEADS, INSTITUTION_WORDS, PLACE_ENDS, TITLES_OF_ADDRESS))
            and doc[start - 1].ent_type_ in ("", "PERSON")):
        start -= 1
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def _four_names(doc: Doc, start: int, end: int) -> bool:
    """"Syed Zulfiqar" tagged, "Hussain Jafri" after it not: one name of four
    words, opening on a given name, each a proper noun leaning on the last,
    the last no body's, place's or office's word, and no fifth after it."""
    last = doc[end + 1]
    return (bool(known_given_name(doc[start].text)) and doc[end].head.i == end + 1
            and last.pos_ == "PROPN" and last.ent_type_ not in ("ORG", "FAC")
            and last.lower_ not in INSTITUTION_WORDS and last.lower_ not in ROLE_HEADS
            and last.lower_ not in PLACE_ENDS and doc[end].whitespace_ != ""
            and not (end + 2 < len(doc) and doc[end + 2].is_title and doc[end + 2].is_alpha))


#: An initial standing for a given name ("G.").
_INITIAL = re.compile(r"[A-Z]\.")

_THE = frozenset({"the"})


def _the(tok: Token) -> bool:
    return tok.lower_ == "the"


def _member_word(doc: Doc, word: str) -> bool:
    """Whether a capitalised word is one member of a team or a party the
    article names in the plural ("former Sixer Jrue Holiday" beside "the
    Sixers"): a word before a name, not in it."""
    plurals = doc.user_data.get("newsdesk.team_plurals")
    if plurals is None:
        # a plural after "the" and not before "family" ("the Sixers", "the
        # Democrats"; not "the Peters family", nor "Rowan Williams")
        after_the = (doc[t.i + 1] for t in tokens_spelt(doc, _THE, _the) if t.i + 1 < len(doc))
        plurals = doc.user_data["newsdesk.team_plurals"] = frozenset(
            t.text for t in after_the if t.is_title and t.is_alpha
            and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("family", "families")))
    return f"{word}s" in plurals

