"""Mentions of a "person" written as a place or a thing is ("in Port Elmer",
"Elm Deep, the gas field", "the Jasmin Roy Foundation"): the tagger's PERSON
names that `mentions.People` counts as placed, and lists only when a title or
another mention says they are someone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .mislabelled import OFFICES_OF_PLACES, joined_given_name
from .name_spans import INSTITUTION_WORDS
from .names import ROLE_HEADS, TITLES

#: Prepositions before a place: a "person" only ever written after them is one.
_PLACE_PREPOSITIONS = frozenset("in at near into across around outside inside".split())
#: Words before a place's name, never a person's: "upper St Elmo", "flights to Port Elmer".
_PLACE_MODIFIERS = frozenset(
    "upper lower northern southern eastern western central downtown rural coastal inner".split()
)
#: Kinds of place named after "of" ("the village of Kfar Netofa").
_SETTLEMENT_NOUNS = frozenset(
    """village town city township hamlet suburb district county parish province region
    municipality borough constituency island islands state kingdom republic emirate
    neighbourhood neighborhood port harbour harbor""".split()
)
_TRAVEL_NOUNS = frozenset(
    "flight flights trip trips route routes journey tour tours ferry ferries visitors".split()
)
#: Nouns that say in apposition what a named thing is: "Elm Deep, the gas field".
_THING_NOUNS = frozenset(
    """field fields project site plant mine port resort town village city island region
    area district parish county province suburb neighbourhood neighborhood river lake
    mountain park venue pub bar restaurant hotel brand label company firm band album
    show series programme program film book magazine newspaper vineyard winery school
    building church hall stadium boat lifeboat ship vessel ferry yacht trawler tanker
    locomotive aircraft association union federation cooperative co-operative charity
    organisation organization league alliance coalition guesthouse hostel lodge farm
    estate nonprofit non-profit foundation""".split()
)
#: Kinds of body written as an acronym ("Lingkar Hutan Kapuas, a local NGO").
_BODIES_BY_ACRONYM = frozenset(["NGO", "NGOs", "CSO", "CBO", "PLC", "LLC"])
#: Who live in a place, the place's name written before them ("Tung Chung residents").
_DWELLER_NOUNS = frozenset(
    "resident villager household commuter homeowner inhabitant dweller islander".split())
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
#: Who a story says comes from a place ("a woman from Port Elmer").
_PEOPLE_FROM = frozenset(
    "man woman boy girl mother father teenager pensioner farmer family families".split())
#: Kinds of body or thing written right before its name ("the newspaper De
#: Haagse Koerier", "the party Nieuw Midden", "the Bundesliga side Eintracht
#: Waldstadt"); no trade ("broadcaster Jason Ebdon", "crane operator ...").
_KINDS_BEFORE_A_NAME = _THING_NOUNS | frozenset(
    """party agency outlet daily paper coalition airline bank insurer chain retailer
    startup network channel website app side club outfit franchise group""".split()
)
#: Last words of a street's name, after "on": "who lives on Orchard Lane".
_STREET_ENDS = frozenset("lane street drive road avenue way crescent close terrace".split())


#: Where a place lies from another: "300 kilometres north of Prince Albert".
COMPASS_POINTS = frozenset(
    "north south east west northeast northwest southeast southwest".split())


def titled_in_a_place(ent: Span) -> bool:
    """Whether the title before a name is part of a place's name: "the City
    of Prince Albert", "north of Prince Albert"."""
    doc = ent.doc
    # (the title before the name or the first word of it: "Prince | Albert", "Prince Albert")
    return any(k > 2 and doc[k - 1].is_title and doc[k - 2].lower_ == "of"
               and doc[k - 3].lower_ in _SETTLEMENT_NOUNS | COMPASS_POINTS
               for k in {ent.start, ent.start + 1 if len(ent) > 1 else ent.start})


def named_as_a_kind(ent: Span) -> bool:
    """Whether a kind of body or thing is written as part of this name:
    "consulting firm Harcourt Lyle", "the band Idle Moon" (not "the company
    Smith founded": the noun is no part of the name there)."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (before.lower_ in _KINDS_BEFORE_A_NAME and before.pos_ == "NOUN"
            and before.dep_ == "compound" and ent.start <= before.head.i < ent.end)


def reads_as_place(ent: Span) -> bool:
    """Whether this mention of a "person" is written as a place or a thing is:
    after a preposition of place ("in Port Elmer"), a place modifier ("upper
    St Elmo") or a journey ("flights to Port Elmer"); in a list with places
    ("Port Elmer, Lisbon and Faro") or before one ("St Elmo, Jamaica"); after
    "the" ("The Idle Moon will close"); or described as a thing ("Elm Deep, the
    gas field"). A possessive ("in Okafor's view") is a person's."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in ("'s", "’s", "'", "’"):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None:
        word = before.lower_
        # (not a style after "the": "the Rt Revd Simon Achterberg", "the Hon. Ann Lee")
        if word in _PLACE_PREPOSITIONS or word in _PLACE_MODIFIERS or (
                word == "the" and ent[0].lower_.rstrip(".") not in TITLES):
            return True
        if word in _KINDS_BEFORE_A_NAME and before.pos_ == "NOUN":
            return True  # "the newspaper De Haagse Koerier": a body of that kind
        if word == "on" and doc[ent.end - 1].lower_ in _STREET_ENDS:
            return True  # "who lives on Orchard Lane"
        if word == "," and ent.start > 1 and doc[ent.start - 2].lower_ in _STREET_ENDS:
            return True  # "Residents of Guapo Road, Point Fortin,": the street's town
        if word in ("a", "an") or (word in INSTITUTION_WORDS and not in_a_portfolio(ent)):
            return True  # "a Roland Mouret" (a dress), "Fondation Jasmin Roy" (a charity)
        if word in ("to", "from") and ent.start > 1 and doc[ent.start - 2].lower_ in _TRAVEL_NOUNS:
            return True
        if word == "from" and ent.start > 1 and (
                doc[ent.start - 2].lower_.endswith("-old") or doc[ent.start - 2].lower_ == "old"
                or doc[ent.start - 2].lemma_.lower() in _DWELLER_NOUNS | _PEOPLE_FROM):
            return True  # "an 84-year-old from Kiryat Ata", "a woman from Port Elmer"
        if word == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in (
                _SETTLEMENT_NOUNS | OFFICES_OF_PLACES):
            return True  # "the village of Kfar Netofa", "the mayor of São Paulo"
        if (word == "of" and ent.start > 2 and doc[ent.start - 2].text == ","
                and doc[ent.start - 3].like_num):
            return True  # "Daniel Heywood, 34, of Audley Range, Blackburn": an address
        if titled_in_a_place(ent):
            return True  # "the City of Prince Albert": a title in the place's name
    # (a kind of thing right after the name, however parsed: "the Casa do Porto guesthouse")
    if (after is not None and after.pos_ == "NOUN" and (ent.root.dep_ == "compound" or (
            after.is_lower and after.lemma_.lower() in _THING_NOUNS))
            and after.lemma_.lower() in (
                _THING_NOUNS | _SETTLEMENT_NOUNS | _DWELLER_NOUNS | OFFICES_OF_PLACES)):
        # "the Kazanchis and Arat Kilo areas", "Tung Chung residents", "São Paulo mayor"
        return True
    if after is not None and after.is_title and after.lower_ in INSTITUTION_WORDS:
        return True  # "the Jasmin Roy Foundation", "Organic Liaison Programs"
    if (after is not None and after.is_quote and ent.end + 1 < len(doc)
            and doc[ent.end + 1].lower_ in INSTITUTION_WORDS):
        return True  # the "Brave Brantmoor" award: a prize's name in quotation marks
    root = ent.root
    conjuncts = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        conjuncts.append(root.head)
    joined = joined_given_name(ent)  # "Karim and Fadi Khoury", "Karim" read as a place
    # (not one a "who" clause describes, in no list: "in Buenos Aires, Ratna
    # Wulandari, who ..."; but "residents of X and Gandhi Nagar, who ...")
    top = root.head if root.dep_ == "conj" else root
    # (or what they are: "At Camp-13 in Ukhiya, Nur Hossain, a majhi,")
    described = ent.end + 1 < len(doc) and doc[ent.end].text == "," and (
        doc[ent.end + 1].lower_ in ("who", "whose") or _person_set_off(doc, ent.end + 1)
    ) and not any(c.dep_ == "cc" for t in (top, *conjuncts) for c in t.children)
    if not described and any(c.ent_type_ in _PLACE_LABELS and (joined is None or c.i != joined.i)
                             for c in conjuncts):
        return True
    if (
        after is not None
        and after.text == ","
        and ent.end + 1 < len(doc)
        and doc[ent.end + 1].ent_type_ == "GPE"
        and doc[ent.end + 1].ent_iob_ == "B"
    ):
        return True
    if (ent.start > 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].pos_ == "NOUN"
            and doc[ent.start - 2].lemma_.lower() in _SETTLEMENT_NOUNS
            and doc[ent.start - 3].tag_ == "PRP$"):
        # "his village, Tudun Wada,": the place the noun before names (not "the
        # member for Oke-Ero constituency, Alhaji Ibrahim Yakubu")
        return True
    appos = next((c for c in root.children if c.dep_ == "appos"), None)
    # "a local NGO": an acronym the tagger calls a proper noun
    return appos is not None and (
        (appos.pos_ == "NOUN" and appos.lemma_.lower() in _THING_NOUNS)
        or (appos.text in _BODIES_BY_ACRONYM
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)))


def _person_set_off(doc: Doc, k: int) -> bool:
    """Whether the words from `k` describe a person: "a majhi", "a retired
    teacher", "a father of five" (an article, then a noun the parser reads as an
    apposition of the name before it)."""
    return doc[k].lower_ in ("a", "an") and doc[k].head.dep_ == "appos" and (
        doc[k].head.head.i < k and doc[k].head.head.ent_type_ == "PERSON")


def in_a_portfolio(ent: Span) -> bool:
    """Whether the capitalised words right before a name close an office's
    portfolio ("Minister for Food Processing Industries Devendra Singh
    Rawat"): the institution's word is the office's, not the name's."""
    doc = ent.doc
    k = ent.start - 1
    while k >= max(0, ent.start - 9) and (
            doc[k].is_title or doc[k].lower_ in ("for", "of", "and", "&")):
        if doc[k].lower_ in ROLE_HEADS and doc[k + 1].lower_ in ("for", "of"):
            return True
        k -= 1
    return False
