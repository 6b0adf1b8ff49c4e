"""Names the tagger gave another label: whether a body's, a place's or a
work's entity is a person's name all the same ("German Chancellor Olaf
Scholz" tagged a body, "Gethin ap Rhys" a place, "Ms MacLeary" a product).
`mentions.People` asks `named_otherwise` of each entity not tagged PERSON.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...nlp import dictionary_words, doc_ents
from ..countries import is_country
from ..doc import sentence
from .display_names import POST_NOMINALS
from .given_names import gender_of_given_name, known_given_name
from .name_cuts import given_name_before
from .name_spans import (
    INSTITUTION_WORDS,
    MISLABELLED,
    PERSON_WORDS,
    bent_word,
    hyphened_word,
    joins_a_name,
    name_words,
    office_then_name,
    possessor_before_name,
    proper_words,
)
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
)
from .speaker_words import PLAYING_POSITIONS

#: Particles that say whose son or daughter someone is, in no place's name.
_SONS_OF = PATRONYMICS | {"ap", "ní", "nic", "uí"}


def named_otherwise(ent: Span, courtesy: frozenset[str]) -> bool:
    """Whether an entity the tagger gave another label is a person's name:
    after a title or an office ("German Chancellor Olaf Scholz"), ending in a
    surname the article gives a courtesy title (`courtesy_surnames`: "Fiona
    MacLeary" beside "Ms MacLeary"), or set off by a role only people hold
    ("Jean-Baptiste Mbeki, the former president,")."""
    if not any(name_cased(t) or (t.is_alpha and t.is_upper) for t in ent):
        return False  # (the cheap test first: no word of it written as a name's is)
    return (_titled_name(ent) or _surname_of_courtesy(ent, courtesy) or _joined_to_a_name(ent)
            or _described_as_person(ent) or _given_and_family_name(ent)
            or _given_name_with_particles(ent)
            or _set_off_given_name(ent) or _set_off_titled_name(ent) or _named_after_office(ent)
            or _given_name_then_who(ent) or _name_with_post_nominal(ent)
            or office_then_name(ent) is not None or _given_name_of_someone_named(ent)
            or given_name_before(ent) or possessor_before_name(ent) is not None)


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
    if (ent.label_ not in MISLABELLED and ent.label_ != "GPE") or len(ent) > 3:
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
    return (ent.label_ in MISLABELLED and 3 <= len(ent) <= 4
            and ent[-1].text.rstrip(".") in POST_NOMINALS and proper_words(ent[:-1])
            and gender_of_given_name(ent[0].text) is not None)


#: A saint's word opening a place's name, which a given name may spell.
_SAINTS = frozenset(["santa", "santo", "san", "são", "sao", "saint", "st", "sainte", "ste"])


def _given_name_misread(tok: Token) -> bool:
    """A given name telling a gender the tagger read as another part of
    speech ("Anjali" read as an adjective)."""
    return (tok.is_title and tok.is_alpha and tok.lower_ not in dictionary_words()
            and gender_of_given_name(tok.text) is not None)


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
    return ((ent.label_ in MISLABELLED or placed)
            and len(words) - hyphens == 2 and proper_words(words[1:])
            and (proper_words(words[:1]) or _given_name_misread(words[0]))
            and (not joins_a_name(ent.doc, ent.start + 1)
                 or (known_given_name(ent[0].text) and known_given_name(ent[2].text))))


#: Offices held "of" a place ("the mayor of Nea Makri", "a former governor of
#: Minas Gerais"), and those who live there ("residents of Godoy Cruz").
OFFICES_OF_PLACES = frozenset(
    """mayor mayors governor governors premier president chancellor sheriff residents
    natives""".split())


def _set_off_titled_name(ent: Span) -> bool:
    """A name of three proper nouns, a title before a given name and a
    surname none of them English words, set off by commas after what it
    describes ("The new Pulenu'u of Satitoa, Tupa'i Sione Lauina, said"): a
    Samoan matai title before a person's name."""
    doc = ent.doc
    return (len(ent) == 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
            and ent.start > 0 and doc[ent.start - 1].text == ","
            and ent.end < len(doc) and doc[ent.end].text == ","
            and ent.root.dep_ == "appos" and ent.root.head.i < ent.start
            and gender_of_given_name(ent[1].text) is not None
            and not any(t.lower_ in dictionary_words() or t.lower_ in INSTITUTION_WORDS
                        for t in ent))


def _given_and_family_name(ent: Span) -> bool:
    """A given name nearly all its bearers share a gender with, then a word
    that is no English word ("Marcus Lindqvist", "Declan Furey", tagged a
    body or a building): a person's name. "General Mills", "Jacobi
    Hospital" and "Washington Post" end in words of the dictionary."""
    if not _two_names_mislabelled(ent):
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False
    if (ent.label_ == "ORG" and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN"
            and ent.start > 0 and ent.doc[ent.start - 1].pos_ in ("DET", "ADJ")):
        # "a former Goldman Sachs banker": a body its staff are named by (not
        # a byline's "Helena Marchetti-Boyd Environment correspondent")
        return False
    if (ent.start > 1 and ent.doc[ent.start - 1].lower_ == "of"
            and ent.doc[ent.start - 2].lower_ in OFFICES_OF_PLACES):
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
    # (a given name of either gender before a double surname: "Åsa Berglund-Nyström")
    return gender is not None or (known_given_name(ent[0].text) and not hyphened
                                  and joins_a_name(ent.doc, ent.start + 2))


def _given_name_with_particles(ent: Span) -> bool:
    """A given name nearly all its bearers share a gender with, then a
    surname with its particles ("Felipe de la Cruz Ibarra", "Ilse van der
    Berg", tagged a body): a person's name, when no other word is English."""
    words = [t for t in ent if t.text != "-"]
    # (a place's name may hold "de" or "la", never a son's "ap" or "bin":
    # "Gethin ap Rhys" tagged a place)
    sons = ent.label_ == "GPE" and any(t.lower_ in _SONS_OF for t in words[1:-1])
    if (ent.label_ not in MISLABELLED and not sons) or not 3 <= len(words) <= 6:
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
    first = words[0].lower_.rstrip(".") if words else ""
    if len(words) > 2 and (first in TITLES_OF_ADDRESS or (
            # "Assemblymember Luz María Ybarra": an office before a given name
            first in TITLES and known_given_name(words[1].text))) and not is_country(
            f"{words[0].text} {words[1].text}"):  # (not "Sri Lanka Cricket")
        # "Cllr Declan Fitzmaurice" tagged a body, the title inside
        words = words[1:]
        before = ent[0].lower_.rstrip(".")
    elif ent.start == 0:
        return False
    else:
        before = doc[ent.start - 1].lower_.rstrip(".")
        joined = hyphened_word(doc[ent.start - 1]) if doc[ent.start - 1].is_lower else None
        if joined in PLAYING_POSITIONS:
            # "Wales scrum-half Gethin Vaughan" (tagged a place): a position
            # tokenised in three
            before = joined
        if before in PLAYING_POSITIONS | PERSON_WORDS and doc[ent.start - 1].is_lower and (
                known_given_name(words[0].text)):
            # "referee Mathieu Carrère-Lasserre": who a person is, in lower
            # case before the given name
            before = "person"
    # "Democrat Leah Morrow": a party's member before a given name
    member = (before in PARTY_MEMBERS and doc[ent.start - 1].is_title
              and known_given_name(words[0].text))
    # "Cllr Síle Ní Bhraonáin-Walsh": a particle and a hyphen inside the name
    names = [t for t in words if t.lower_ not in NAME_PARTICLES]
    # (four after a given name: "economist Camila Ruiz Díaz Bonetto", two
    # given names or two surnames as Spanish and Portuguese names have them)
    most = 4 if names and known_given_name(names[0].text) else 3
    return (
        (before in TITLES or before in ROLE_HEADS or member or before == "person")
        and 2 <= len(names) - hyphens <= most
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
_PERSONS_ROLES = frozenset([
    *"""minister secretary senator congressman congresswoman mayor governor premier
    president lawyer attorney spokesman spokeswoman spokesperson chairman chairwoman
    ambassador prosecutor judge councillor councilor mp mla mep candidate coach
    professor actor actress singer author novelist journalist""".split(),
    "secretary general", "general secretary",
])


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
            ent.label_ in ("NORP", "WORK_OF_ART") and known_given_name(words[0].text)):
        return False  # "South Korea, a key ally of Washington": a place is no one
    doc = ent.doc
    # ("Dominic Fung Siu-lun": a hyphened given name is one word)
    joined = sum(joins_a_name(doc, t.i) for t in ent)
    if not 2 <= len(words) - joined <= 3 or not proper_words(
            [t for t in words if not (t.i > 0 and joins_a_name(doc, t.i - 1))]) or (
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
    # ("Olatunbosun Adeyemi-Bakare, governor of the CBN,": an office of a
    # named body, written without an article)
    return appos is not None and appos.lower_ in roles and any(
        (c.dep_ == "det" and c.lower_ in ("the", "a", "an"))
        or (c.dep_ == "prep" and c.lower_ == "of" and appos.i == ent.end + 1
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children))
        for c in appos.children)


def _given_name_then_who(ent: Span) -> bool:
    """Two proper nouns, the first a given name that tells a gender, then ",
    who" ("Marcus Bell, who owns a hardware store, said"): "who" is said of
    people, whatever word of the dictionary the surname is."""
    doc = ent.doc
    # (or three, none of them an English word: "Juana Quispe Mamani, who grows potatoes")
    three = (ent.label_ in MISLABELLED and len(ent) == 3 and proper_words(list(ent))
             and not any(t.lower_ in dictionary_words() for t in ent))
    return ((_two_names_mislabelled(ent) or three) and ent.end + 1 < len(doc)
            and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("who", "whose")
            and gender_of_given_name(ent[0].text) is not None)


def _named_after_office(ent: Span) -> bool:
    """Two to four proper nouns set off by commas after a role only a person
    holds, which they name ("the Governor of Ogun State, Prince Adeyemi
    Oduwole, stated"), whatever label the tagger gave them."""
    doc = ent.doc
    head = ent.root.head
    if not (ent.label_ in MISLABELLED | {"GPE"} and 2 <= len(ent) <= 4
            and ent.start > 0 and doc[ent.start - 1].text == ","
            and ent.end < len(doc) and doc[ent.end].text in (",", ".")
            and ent.root.dep_ == "appos" and head.i < ent.start and proper_words(list(ent))):
        return False
    # ("Its secretary general, ...": the office in two words, "general" its head)
    office = " ".join([c.lower_ for c in head.lefts if c.dep_ == "compound"] + [head.lower_])
    if head.lower_ in _PERSONS_ROLES or office in _PERSONS_ROLES:
        return True
    # "Its coordinator, Agustinus Hendra Wijaya, said": a body's staff by a
    # role after "its" or "their", when no word of the name is English (not
    # "Its administrator, Interpath Advisory,")
    words = dictionary_words()
    return (head.lower_ in ROLE_HEADS - _BODIES_ROLES
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)
            and not any(t.lower_ in words for t in ent))


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
