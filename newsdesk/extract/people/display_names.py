"""A display name from a mention: titles, honours, nicknames, letters after
a name and the words a tagger took in around it dropped, a shouted name
re-cased ("JEREMY Corbyn" is Jeremy Corbyn, "RODRIGO DE LA ROSA" Rodrigo de
la Rosa), and the gender a title implies."""

from __future__ import annotations

import re

from ...nlp import dictionary_words
from ..countries import is_country
from .given_names import known_given_name
from .names import NAME_PARTICLES, TITLES, TWO_WORD_HONOURS

_POSSESSIVE = re.compile(r"['’]s?$")

#: Role nouns that stand as a title before a person's full name.
_ROLE_TITLES = frozenset(
    "chef director coach manager founder chairman chairwoman chair executive editor "
    "correspondent commander principal superintendent spokesman spokeswoman deputy "
    "ceo cfo coo owner producer dean striker midfielder defender goalkeeper keeper forward "
    "winger skipper quarterback pitcher batsman bowler boss veteran rookie actor actress "
    "singer rapper novelist author artist photographer designer entrepreneur billionaire "
    "economist analyst researcher scientist teacher nurse farmer lawyer reader viewer "
    "listener resident witness fan user customer caller violinist pianist guitarist "
    "cellist flautist drummer vocalist composer conductor dancer poet playwright sculptor "
    "painter percussionist saxophonist retiree pensioner grandmother grandfather "
    # a national side's player, written as a title ("former Wallaby Matt Gorrie")
    "wallaby springbok socceroo".split()
)


#: Honours and offices written after a name ("Simon Hale KC", "Ann Cole MP").
POST_NOMINALS = frozenset(
    """KC QC SC MP MSP MEP MLA MLC MHA MPP MNA MS TD AM OBE MBE CBE KBE DBE CH OAM AO
    JP PhD MD FRS FMedSci FRSE FBA FREng FRCP FRCS FRCPath FRCPsych FRCGP FAcSS FRSA FRSC
    FRSB FRCOG FRCPCH FFPH FRSL""".split()
)
#: A body's short form in brackets after its name: "(DOH)", "(PAHO", "(NHS)".
_SHORT_FORM = re.compile(r"\([A-Z][A-Za-z&.]{1,9}\)?")
#: A nickname written in quotes inside a name.
NICKNAME = re.compile(r"[\"“‘'][^\"”’']+[\"”’']|\([A-Z][a-z]+\)")
#: Marks a name neither starts nor ends with.
_NOT_IN_NAMES_AT_EDGES = " \t\"'“”‘’„«»‒–—―-,;:/|"
#: Words the tagger sometimes takes into a person's name from before it.
_LEAD_IN = re.compile(r"(?i)(?:that|it|he|she|there|here|this|who|what)['’]s|meet|imagine|dear")


def clean_name(text: str, *, person: bool = False) -> tuple[str, str | None]:
    """A display name from a mention, and the gender its title implies.

    A person's shouted name is re-cased; an organisation's short all-caps
    words are acronyms and stay as written.

    >>> clean_name("JEREMY Corbyn", person=True)
    ('Jeremy Corbyn', None)
    >>> clean_name("Mr Corbyn's")
    ('Corbyn', 'm')
    >>> clean_name("NHS England")
    ('NHS England', None)
    >>> clean_name("LOS ANGELES")
    ('Los Angeles', None)
    """
    # the tagger may take a quote's closing mark or a dash into a name: "”― Carla Sanchez"
    words = text.replace("\n", " ").strip(_NOT_IN_NAMES_AT_EDGES).split()
    if person:  # "Ramon “Monching” Villaflor": the nickname is no part of the name
        words = _without_nickname(words)
    gender = None
    # "That’s Dex", "Meet Ana Lima": the tagger took the words before a name into it
    while person and len(words) > 1 and _LEAD_IN.fullmatch(words[0]):
        words = words[1:]
    if len(words) > 2 and " ".join(words[:2]).lower() in TWO_WORD_HONOURS:
        gender = "f" if words[0].lower() == "puan" else None
        words = words[2:]
    # "DUP MLA Wilma Strachan-Boyd": a party's and an office's capitals before a
    # name written in its own case (not "JEREMY Corbyn", a shouted given name)
    while (person and len(words) > 2 and words[0].isupper() and words[0].isalpha()
           and 2 <= len(words[0]) <= 4 and not known_given_name(words[0])
           and not all(w.isupper() for w in words)):
        words = words[1:]
    # "Pol Maj Gen Weerachai Sonthiwong": Thai police ranks, "Pol" before an army rank
    while len(words) > 2 and words[0].lower() == "pol" and words[1].lower().rstrip(".") in TITLES:
        words = words[1:]
    # "the Rt Revd Simon Achterberg", "the Hon. Ann Lee": the article before a style
    if person and len(words) > 2 and words[0].lower() == "the" and (
            words[1].lower().rstrip(".") in TITLES):
        words = words[1:]
    # (not "Sri" of "Sri Lanka Cricket": a country)
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES and not is_country(
            _POSSESSIVE.sub("", " ".join(words[:2]))):  # (nor "Sri Lanka's")
        gender = TITLES[words[0].lower().rstrip(".")] or gender
        words = words[1:]
    # a role written as a title before a full name: "Chef Ann Cole", "Director Jo Park"
    while person and len(words) > 2 and words[0].istitle() and words[0].lower() in _ROLE_TITLES:
        words = words[1:]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    # a body's short form after its name: "Department of Health (DOH)", the
    # closing mark sometimes cut off by the tagger
    if len(words) > 2 and _SHORT_FORM.fullmatch(words[-1]):
        words = words[:-1]
    elif (not person and len(words) > 2 and words[-2].endswith(",") and words[-1].isupper()
          and words[-1].isalpha() and 2 <= len(words[-1]) <= 6):
        # "Organised Crime Prosecution, TOK": a body's initials set off after its name
        words = [*words[:-2], words[-2].rstrip(",")]
    # a bracket the tagger took in without its close ("Sun-hee Park (",
    # "Tenants' Association (Hyresgästföreningen"): the name ends before it
    opened = next((k for k, w in enumerate(words) if w.startswith("(")
                   and ")" not in " ".join(words[k:])), 0)
    if opened:
        words = words[:opened]
    # letters after a name, not part of it: "Simon Hale KC", "Ann Cole MP"
    while person and len(words) > 2 and words[-1].strip(".,") in POST_NOMINALS:
        words = words[:-1]
    # a wholly shouted name ("LOS ANGELES") is re-cased like a person's
    named_person = person
    person = person or (len(words) > 1 and all(w.isupper() for w in words))
    # (a regnal number after the name stays as written: "Leo XIV", "Charles III")
    fixed = [w if k and _REGNAL.fullmatch(w) else _recased(w) if _shouted(w, person) else w
             for k, w in enumerate(words)]
    if named_person and all(w.isupper() for w in words):
        # "RODRIGO DE LA ROSA": a particle inside a shouted name is written small
        fixed = [w.lower() if k and w.lower() in NAME_PARTICLES
                 else w if k and _REGNAL.fullmatch(w) else _recased(w)
                 for k, w in enumerate(words)]
    return " ".join(fixed), gender


def _without_nickname(words: list[str]) -> list[str]:
    """The words of a name but a quoted nickname of up to three words
    ("Ramon “Monching” Villaflor", "Daniel “el Flaco” Bentancor")."""
    kept: list[str] = []
    k = 0
    while k < len(words):
        end = next((j for j in range(k, min(k + 3, len(words)))
                    if NICKNAME.fullmatch(" ".join(words[k : j + 1]))), None)
        if end is None:
            kept.append(words[k])
            k += 1
        else:
            k = end + 1
    return kept or words


#: A regnal number in Roman numerals ("II", "XIV"), up to the thirties.
_REGNAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _recased(word: str) -> str:
    """A shouted word in a name's case, each part after a hyphen or an
    apostrophe too: "OKORO-BRANDT" is Okoro-Brandt, "O'NEILL" O'Neill."""
    # (not a possessive's "s": "JOHN'S" is John's)
    return re.sub(r"[^\W\d_]{2,}|^[^\W\d_]", lambda m: m.group(0).capitalize(), word.lower())


def _shouted(word: str, person: bool) -> bool:
    """An all-caps word to re-case: any in a person's name; in other names
    long words ("SPRINGDALE", a dateline's) but for an acronym no dictionary
    holds ("MOFCOM"), since "BBC" and "UKIP" are acronyms."""
    letters = sum(c.isalpha() for c in word)
    if not word.isupper() or letters <= 2:
        return False
    words = dictionary_words()
    return person or letters > 7 or (letters > 5 and (
        word.lower() in words or word.lower().rstrip("s") in words))
