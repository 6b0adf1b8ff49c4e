"""Where a person's name stands in the text when the tagger's entity is off:
the words of a PERSON entity that are the name ("dietitian Trista" of
"dietitian Trista Best", "Daniel Kiprop" of "Daniel Kiprop Mutai"). Names the
tagger gave another label ("German Chancellor Olaf Scholz" tagged a body) are
`mislabelled`'s, mentions written as a place or a thing `place_mentions`',
names it missed altogether `name_runs`'. `mentions.People` reads these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ...nlp import GENERATIONAL_SUFFIXES, GIVEN_NAME_ABBREVIATIONS, dictionary_words
from ..doc import tokens_spelt
from .given_names import gender_of_given_name, known_given_name
from .names import (
    DESK_JOBS,
    HONORIFICS,
    IRISH_PARTICLES,
    NAME_PARTICLES,
    NOT_SURNAMES,
    PATRONYMICS,
    ROLE_HEADS,
    TITLES,
    TITLES_OF_ADDRESS,
    name_cased,
    name_word,
)
from .speaker_words import PLAYING_POSITIONS

#: A generational suffix after a surname ("Villarreal Jr.").
GENERATIONS = re.compile(rf"(?:{'|'.join(GENERATIONAL_SUFFIXES)})\.?")

#: Words that make a name before or after them an institution's or a product's.
INSTITUTION_WORDS = frozenset(
    """foundation fondation fundación institute institution programme program programs
    programmes trust fund prize award awards hotel hotels university college school
    centre center hospital clinic company corporation group reserve festival show
    collection bar pub cafe café restaurant bistro brewery bakery museum library theatre
    theater club academy gallery stadium arena cathedral mosque synagogue society
    association council municipality leisure golf links resort casino lodge inn motel
    marina winery elementary bus airlines airways railway railways
    universiti universitas université universidad università parti partido partai sabha
    confederation federation union league alliance coalition commission committee agency
    authority ministry bureau syndicate cooperative therapeutics pharma pharmaceuticals
    biologics biosciences biotech biopharma genomics diagnostics laboratories labs
    holdings industries technologies ventures enterprises images charities tribunal
    magistrates magistrates' magistrates’ trophy gaa fc afc rfc rufc
    storage cloud network networks forum resources minerals metals mining lithium
    infotech infosystems residential realty estates textiles cement securities logistics
    software solutions systems foods motors properties developments telecom telecoms
    fiber fibre broadband""".split()
    # Indian bodies and buildings: a front, a union, a council, a committee, a
    # hall ("Samyukta Kisan Morcha", "Shram Shakti Bhawan", "Nirman Sadan")
    + "morcha sangh parishad samiti manch bhawan bhavan sadan".split()
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


def office_then_name(ent: Span) -> int | None:
    """Where the name starts in an entity that takes in the office before it
    ("Nicola Fox" of "Nasa Associate Administrator for Science Nicola Fox",
    tagged a body): a given name and one or two name words after a
    capitalised role word; None if the entity is no such run."""
    doc = ent.doc
    # ("Co-author Marcus Delahanty": a hyphened office, capitalised at its start)
    role = max((t.i for t in ent[:-2] if (t.is_title or t.text[:1].isupper())
                and t.lower_ in ROLE_HEADS), default=None)
    if role is None:
        return None
    for k in range(role + 1, ent.end - 1):
        words, hyphens = name_words(doc[k : ent.end])  # ("Ana-Maria Popescu": two)
        # (or initials before it: "District Collector K.P. Anbarasi")
        given = known_given_name(doc[k].text) and 2 <= len(words) - hyphens <= 3 and (
            proper_words(words))
        initialled = k == role + 1 and bool(INITIALS.fullmatch(doc[k].text)) and (
            1 <= len(words) - hyphens - 1 <= 2) and proper_words(words[1:])
        if given or initialled:
            return k
    return None


#: Initials written before a surname, South Asian style ("K.P.", "T.").
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
#: Places and bodies written as initials, which a name may follow ("the U.S. John Kerry Center").
_PLACE_INITIALS = frozenset(["U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A.", "N.Z."])


#: Labels the tagger gives a person's name it does not know; a place's
#: ("Sierra Leone", "Abu Dhabi") is left alone.
MISLABELLED = frozenset(("ORG", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"))

def name_words(tokens: Iterable[Token]) -> tuple[list[Token], int]:
    """The tokens of a name but the hyphens written close inside it, and how
    many such hyphens there are: "Ewa Zielińska-Marsh" is three tokens, one
    hyphen, two words."""
    tokens = list(tokens)
    words = [t for t in tokens if not joins_a_name(t.doc, t.i)]
    return words, len(tokens) - len(words)


#: Titles of peers, whose names go on with a place ("Lord Smith of Finsbury").
_PEERS = frozenset("lord lady baroness baron viscount earl".split())


def _particle(tok: Token) -> bool:
    """A particle of a surname: "van", "de", "ap"; "Ó", "Nic", "Mac"."""
    return tok.lower_ in NAME_PARTICLES and (tok.is_lower or (
        tok.lower_ in IRISH_PARTICLES and tok.is_title))


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


def hyphened_word(tok: Token) -> str | None:
    """The word a token ends when the tokenizer split it at a hyphen
    ("scrum-half" for "half"), lower-cased; None after no hyphen."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-":
        return None
    return f"{doc[tok.i - 2].lower_}-{tok.lower_}"


def joins_a_name(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen written without spaces between two words
    of a name ("Pottinger-Hall", "Torres-Guillén")."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i + 1].is_alpha and (
                name_cased(doc[i + 1]) or _cantonese_syllable(doc, i + 1)))


def _cantonese_syllable(doc: Doc, i: int) -> bool:
    """The second syllable of a Cantonese given name, written small after a
    hyphen ("Siu-lun" of "Dominic Fung Siu-lun"), read as a proper noun."""
    first, second = doc[i - 2], doc[i]
    return (second.is_lower and second.pos_ == "PROPN" and 2 <= len(second) <= 4
            and first.is_title and 2 <= len(first) <= 4)


#: Words for who someone is that a sentence may open with before their name.
PERSON_WORDS = frozenset(
    """neighbour neighbor resident prosecutor witness student teacher nurse farmer owner
    shopper driver passenger pensioner fan volunteer""".split()
)
#: Words written with a capital before a name as an office is.
OPENING_ROLES = ROLE_HEADS | PLAYING_POSITIONS | PERSON_WORDS


def possessor_before_name(ent: Span) -> int | None:
    """Where the name starts in an entity that takes in the firm it works for
    ("Stifel's Annalise Brennan-Okoro", read as a title): after the
    possessive, a known given name and one or two name words; None if the
    entity is no such run."""
    mark = next((t.i for t in ent[1:-2] if t.lower_ in ("'s", "’s")), None)
    if mark is None or not known_given_name(ent.doc[mark + 1].text):
        return None
    words, hyphens = name_words(ent.doc[mark + 1 : ent.end])
    if not 2 <= len(words) - hyphens <= 3 or not all(
            name_cased(t) and t.is_alpha for t in words):
        return None
    return mark + 1


def _names_after_an_office(doc: Doc, start: int) -> int | None:
    """Where a name starts that the tagger began late, after an office or a
    title written with a capital: one or two words before `start` that no
    entity has and no dictionary knows ("Director Upendo Mwasi | Kitwana")."""
    k = start
    while k > max(start - 2, 1) and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].ent_type_ \
            and doc[k - 1].is_alpha and name_cased(doc[k - 1]) \
            and doc[k - 1].lower_ not in dictionary_words() \
            and doc[k - 1].lower_.rstrip(".") not in TITLES_OF_ADDRESS:
        k -= 1
    office = doc[k - 1] if k < start else None
    return k if office is not None and office.is_title and (
        office.lower_ in ROLE_HEADS or office.lower_ in TITLES_OF_ADDRESS) else None


#: Titles that may stand inside a run the tagger took for one name, after a
#: seat or a place ("Kota Shri Mohan Lal Meghwal").
_MID_TITLES = frozenset("shri smt shrimati thiru tmt mr mrs ms dr".split())
#: Words that open a place's name before another ("Greater Devon", "North Antrim").
_PLACE_PREFIXES = frozenset("greater north south east west upper lower central".split())


def name_span(ent: Span) -> Span:
    """The words of a PERSON entity that are the name: a role word the tagger
    took in before it dropped ("dietitian Trista" of "dietitian Trista
    Best"), and a capitalised surname it left out after it added ("Best",
    read as an adjective)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    colon = next((t.i for t in ent[1:] if t.text == ":"), None)
    if colon is not None:
        end = colon  # "Ferreira de Souza: Curtis": a turn's label run into its answer
    while end - start > 1 and doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES:
        start += 1
    if end - start > 1 and doc[end - 1].lower_ == "of":
        end -= 1  # "Baroness Ashworth of | Leigh": her title's place is no part of the name
    if (end - start > 2 and end < len(doc) and doc[end].lower_ in DESK_JOBS
            and doc[end - 1].lower_ in dictionary_words() and doc[end - 1].is_title):
        end -= 1  # "Harriet Mowbray-Lisle Arts correspondent": the desk is the job's
    of = next((t.i for t in doc[start + 2 : end - 1] if t.lower_ == "of"), None)
    if of is not None and doc[start].lower_ not in _PEERS and ent.label_ == "PERSON":
        end = of  # "Hélène de Valcourt of Skagerrak Markets": her firm is no part of her name
    # "Kent North MLA Josée Arsenault": a seat and its office in capitals
    # before the name; the name starts after the office
    # (or "Kota Shri Mohan Lal Meghwal": a seat, then a title with two names after it)
    office = max((t.i for t in doc[start : end - 1]
                  if (t.is_upper and t.lower_ in TITLES_OF_ADDRESS) or (
                      start < t.i < end - 2 and t.is_title
                      and t.lower_.rstrip(".") in _MID_TITLES)), default=None)
    if office is not None and all(name_cased(t) for t in doc[office + 1 : end]):
        start = office + 1
    if (possessed := possessor_before_name(ent)) is not None:
        start = max(start, possessed)  # "Stifel's | Annalise Brennan-Okoro"
    if (ent.label_ in MISLABELLED or (ent.label_ == "PERSON" and len(ent) > 2)) and (
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
    # (or its last two: "coroner for Exeter and Greater | Devon Philippa Cardew-Lowe")
    seat = start - 1 if start > 1 and doc[start - 1].lower_ in _PLACE_PREFIXES else start
    if (end - start > 2 and seat > 0 and doc[seat - 1].lower_ in ("of", "for", "and")
            and (seat < start or not known_given_name(doc[start].text))
            and known_given_name(doc[start + 1].text)):
        start += 1  # "MLA for Newry and Armagh Pádraig Hennessy-Doran": the seat's last word
    if (start == ent.start and end - start >= 2 and start > 0 and ent.label_ == "PERSON"
            and doc[start - 1].ent_iob_ in ("B", "O", "")
            and doc[start - 1].ent_type_ in ("GPE", "ORG", "NORP", "LOC", "")
            and (start == 1 or doc[start - 2].pos_ != "PROPN")
            and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].whitespace_
            and doc[start - 1].i >= ent.sent.start
            and gender_of_given_name(doc[start - 1].text) is not None
            and not known_given_name(doc[start].text)):
        start -= 1  # "Ramiro | Baigorria Luna": the given name the tagger took for a place
    elif start == ent.start and ent.label_ == "PERSON" and (
            left := _names_after_an_office(doc, start)) is not None:
        start = left  # "Executive Director Upendo | Kaaya Mshana": names the tagger left out
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
    # "Julius Ojwang' | Okoth", "Mr Ochieng | ' Otieno": a Luo name's
    # apostrophe, no possessive's, and the name after it
    mark = end - 1 if end - start >= 2 and doc[end - 1].text in ("'", "’") else end
    if (mark < len(doc) and mark + 1 < ent.sent.end and mark > start
            and doc[mark].text in ("'", "’") and not doc[mark - 1].whitespace_
            and doc[mark - 1].lower_.endswith("ng")  # (Luo's "ng'", not "Williams' Ford")
            and doc[mark].whitespace_ and doc[mark + 1].pos_ == "PROPN"
            and doc[mark + 1].is_alpha and name_cased(doc[mark + 1])):
        end = mark + 2
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
    # "Jodie | Pennefather:", a given name tagged alone before a list's colon:
    # the untagged surname after it, a word of no dictionary
    if (end - start == 1 and end + 1 < len(doc) and end < ent.sent.end + 1
            and doc[end + 1].text == ":" and gender_of_given_name(doc[start].text) is not None
            and doc[end].pos_ == "PROPN" and name_cased(doc[end]) and doc[end].is_alpha
            and not doc[end].ent_type_ and doc[end].lower_ not in dictionary_words()
            and doc[start].whitespace_):
        end += 1
    # "Esteban | Villarreal Jr.": a generational suffix after an untagged
    # word makes it the surname of the given name before it
    if (end + 1 < len(doc) and end + 1 < ent.sent.end and GENERATIONS.fullmatch(doc[end + 1].text)
            and known_given_name(doc[end - 1].text) and name_cased(doc[end])
            and doc[end].is_alpha and not doc[end].ent_type_ and doc[end - 1].whitespace_):
        end += 2
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
        # "José Carlos dos | Santos Filho": the name tagged after the particle
        # (or tagged a body: "Maria do | Carmo Albuquerque")
        while end < len(doc) and doc[end].ent_iob_ == "I" and (doc[k].ent_type_ == "PERSON" or (
                ends_on_particle and doc[k].ent_type_ == "ORG" and name_cased(doc[end])
                and doc[end].is_alpha and doc[end].lower_ not in INSTITUTION_WORDS
                and doc[end].lower_ not in NOT_SURNAMES)):
            end += 1
        if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                and not doc[end].whitespace_ and name_cased(doc[end + 1])):
            end += 2  # "van den Broek-Yilmaz": the second half of a double surname
    # "Otávio de Paula | Figueiredo": the last surname tagged a place or a
    # body of one word, the name before it leaning on it
    if (end < len(doc) and end < ent.sent.end and doc[end].ent_iob_ == "B"
            and doc[end].ent_type_ in ("GPE", "ORG", "LOC", "NORP")
            and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I")
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
            and doc[end - 1].whitespace_ and name_cased(doc[end]) and doc[end].is_alpha
            and not any(doc[end].lower_ in words for words in (
                INSTITUTION_WORDS, TITLES, ROLE_HEADS, PLACE_ENDS))):
        end += 1
    # a given name the tagger left out before a double surname, after an
    # office ("Jennifer" of "TD Jennifer Murnane O'Connor"), or before a
    # surname after an office's place ("Sadiq" of "Mayor of London Sadiq Khan")
    if (start == ent.start and start > ent.sent.start and _untagged_given_name(doc, start - 1)
            and not _particle(doc[start - 1])  # "Mac" of "Eoin Mac Giolla Phádraig"
            # a lone surname may be a given name too ("Khan"); two given names
            # of one gender are one ("Ana" of "Ana Lúcia de Souza"), not a
            # place after a preposition ("MP for Carlisle John Stevenson")
            and (gender_of_given_name(doc[start].text) is None or end - start == 1 or (
                gender_of_given_name(doc[start].text) == gender_of_given_name(doc[start - 1].text)
                and not _seat_before(doc, start - 1)))
            and not any(doc[start].lower_ in words for words in (TITLES, ROLE_HEADS, HONORIFICS))
            and doc[start].lower_ not in NAME_PARTICLES):
        start -= 1
        # "MPA Rana Sajjad Ahmed Khan": given names of one gender before it, up
        # to four words in all, as South Asian papers write names
        while (end - start < 4 and start > ent.sent.start and _untagged_given_name(doc, start - 1)
               and gender_of_given_name(doc[start - 1].text) == gender_of_given_name(
                   doc[start].text)
               and doc[start - 1].lower_ not in NAME_PARTICLES
               and not _seat_before(doc, start - 1)):
            start -= 1
    # "Member for Trade Faith Chebet | Rotich": a surname tagged alone after a
    # given name and a second name no table or dictionary knows
    elif (start == ent.start and end - start == 1 and start - 2 > ent.sent.start
            and _untagged_given_name(doc, start - 2) and not _seat_before(doc, start - 2)
            and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title
            and doc[start - 1].is_alpha and not doc[start - 1].ent_type_
            and doc[start - 1].whitespace_ and doc[start - 1].lower_ not in dictionary_words()
            and not any(doc[start - 1].lower_ in words for words in (
                TITLES, ROLE_HEADS, INSTITUTION_WORDS, PLACE_ENDS, NAME_PARTICLES))):
        start -= 2
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
    # "Jassim Rashid Al Kuwari", the tagger starting at "Al": the given names
    # before the article of an Arabic surname, up to four words in all
    if (start == ent.start and doc[start].text in ("Al", "El") and end - start >= 2
            and start > ent.sent.start and _untagged_given_name(doc, start - 1)):
        while (end - start < 4 and start > ent.sent.start
               and _untagged_given_name(doc, start - 1)):
            start -= 1
    # "Marloes ter Horst", "Ilse van der Berg": a given name and the particles
    # the tagger left out before the surname it tagged
    # ("Eoin Mac Giolla Phádraig": Irish particles take a capital)
    k = start
    while k - 1 > ent.sent.start and _particle(doc[k - 1]):
        k -= 1
    if start == ent.start and k < start:
        start = k - 1 if _given_word(doc[k - 1]) else k  # else the surname's particles
        while start > ent.sent.start and doc[start].ent_type_ == "PERSON" and (
                doc[start].ent_iob_ == "I"):
            start -= 1  # "José Carlos | dos Santos Filho": the given names tagged before
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
    # "Ma. Lourdes Dizon-Villareal", "Moh. Irfan Lamakarate", "T. Ilangovan
    # Murugesan": a given name written short, or initials, before the name the
    # tagger found (not "U.S." before it)
    if (start > ent.sent.start and doc[start - 1].whitespace_ and name_cased(doc[start])
            and (doc[start - 1].text in GIVEN_NAME_ABBREVIATIONS or (
                start == ent.start and INITIALS.fullmatch(doc[start - 1].text)
                and doc[start - 1].text not in _PLACE_INITIALS))):
        start -= 1
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def _untagged_given_name(doc: Doc, i: int) -> bool:
    """A capitalised proper noun the tagger left out of every entity, a given
    name that tells a gender, no title, office or honour, spaced from the
    word after it: a name's first word the tagger missed."""
    tok = doc[i]
    return (tok.tag_ == "NNP" and tok.is_title and not tok.ent_type_ and bool(tok.whitespace_)
            and gender_of_given_name(tok.text) is not None
            and not any(tok.lower_ in words for words in (TITLES, ROLE_HEADS, HONORIFICS)))


def _seat_before(doc: Doc, i: int) -> bool:
    """Whether word `i` may be the place of an office written before a name:
    after a preposition that follows an office ("MP for Carlisle John
    Stevenson", "Mayor of Oakham"), not after another noun ("soundings for
    Harlan Oakes Whitcomb")."""
    if i < 2 or doc[i - 1].lower_ not in ("for", "of", "in", "from", "at"):
        return False
    office = doc[i - 2]
    return office.is_upper or office.lower_ in ROLE_HEADS or office.lower_ in TITLES or (
        office.pos_ == "PROPN")


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

