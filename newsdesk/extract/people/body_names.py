"""What a body the article named may be called further on ("the company",
"the government"), and whether a spokesperson speaks for the body a
description names: the words `descriptions` binds a body's noun by."""

from __future__ import annotations

import re

from .person import Person
from .speaker_words import COMPANY_HEADS

#: Bodies an article names once and then calls by their kind ("the company's").
BODY_NOUNS = frozenset(
    """company firm group club council party ministry department agency union university
    hospital bank airline school board commission organisation organization charity team
    court government corporation authority""".split()
)



#: What a body's name says when "the government" may stand for it.
_GOVERNMENT_NAMES = ("government", "ministry", "administration", "cabinet", "executive")


#: Kinds of body a name may declare ("... Union of Rail Workers"): one so
#: named is not "the agency" or "the council" further on. Public bodies are
#: left out: "the Council of State" is "the court", an agency "the regulator".
_DECLARED_KINDS = (frozenset(["union"]), frozenset(["party"]), frozenset(["club", "team"]),
                   frozenset(["university", "school"]), frozenset(["hospital"]),
                   frozenset(["bank"]), frozenset(["charity"]), frozenset(["airline"]))
#: What any body may be called.
_ANY_BODY = frozenset(["group", "organisation", "organization"])
#: The legal form a business's name may end on ("Hershey Co.", "Vantor plc").
_LEGAL_FORMS = frozenset("co corp inc plc ltd llc".split())


def may_be_called(name: str, noun: str) -> bool:
    """Whether a body of this name may be "the <noun>" further on: a union
    that just spoke is not "the government" ("The government says it will
    not be pushed around"), nor "the agency" when its name says it is a
    union; a club, a bank, a union or a court is called so whatever its name
    ("Barclays", "Unite", "the Council of State")."""
    if noun == "government":
        return any(k in name.lower() for k in _GOVERNMENT_NAMES)
    words = set(re.findall(r"[a-z]+", name.lower()))
    if words & _LEGAL_FORMS and noun not in COMPANY_HEADS | _ANY_BODY | {"bank"}:
        return False  # "Hershey Co." is a business, never "the union"
    declared = [k for k in _DECLARED_KINDS if words & k]
    return not declared or any(noun in k for k in declared) or noun in _ANY_BODY


def speaks_for_same(description: str, person: Person) -> bool:
    """Whether `person`'s spokesperson role is for the body `description`
    names ("A spokeswoman for Rijnmond Chemie" and "the company's spokeswoman"
    or "Rijnmond Chemie spokeswoman"), not another body's."""
    body = {w for w in re.findall(r"\b[A-Z][\w&'-]+", description.split(" for ", 1)[-1])}
    for role in person.roles:
        if body & set(re.findall(r"\b[A-Z][\w&'-]+", role)):
            return True
        body_noun = re.match(r"(?:the |its |their )?([a-z]+)['’]s spokes", role)
        if body_noun and body_noun.group(1) in BODY_NOUNS:
            return True  # "the company's spokeswoman": the body the article is about
    return False
