"""Names the tagger cut: one name read as two PERSON entities ("Shri Ramesh"
"Goud", `split_names`, which `People` joins), and a given name left out
before a surname taken for a body ("Emeka | Okonkwo-Baptiste told ESPN",
"Okonkwo-Baptiste" tagged ORG and "Emeka" nothing: `given_name_before`,
which `named_otherwise` in name_spans.py asks before `name_span` takes the
given name in)."""

from __future__ import annotations

from spacy.tokens import Span

from ...nlp import dictionary_words
from .given_names import gender_of_given_name, known_given_name
from .names import HONORIFICS, PATRONYMICS, ROLE_HEADS, TITLES, TITLES_OF_ADDRESS

#: Labels a surname alone is mistaken for.
_SURNAME_MISTAKEN_FOR = frozenset(("ORG", "NORP", "GPE", "FAC", "PRODUCT"))


def given_name_before(ent: Span) -> bool:
    """Whether `ent` is one surname (hyphened or not, no English word) right
    after an untagged capitalised word nearly all its bearers' given name."""
    doc = ent.doc
    if ent.label_ not in _SURNAME_MISTAKEN_FOR or ent.start == 0 or " " in ent.text.strip():
        return False
    before = doc[ent.start - 1]
    if not (before.is_title and before.is_alpha and not before.ent_type_
            and before.whitespace_ and before.i >= ent.sent.start):
        return False
    if before.lower_ in TITLES or before.lower_ in ROLE_HEADS or before.lower_ in HONORIFICS:
        return False
    parts = [t for t in ent if t.text not in ("-", "‐")]
    words = dictionary_words()
    # (a hyphened surname may hold an English word: "Nwachukwu-Lind")
    if not all(t.is_title and t.is_alpha for t in parts) or all(t.lower_ in words for t in parts):
        return False
    return gender_of_given_name(before.text) is not None


def _after_titles(ents: tuple[Span, ...], k: int) -> bool:
    """"Det Insp | Mark Fenwick": a name of two words after an entity of
    titles only ("Charlotte Mayor | Jennifer Roberts" is her office); not
    before a patronymic, which joins the name to the father's."""
    name, doc = ents[k + 1], ents[k].doc
    return (len(name) == 2 and all(t.is_alpha for t in name)
            and all(t.lower_.rstrip(".") in TITLES_OF_ADDRESS for t in ents[k])
            and not (k + 2 < len(ents) and ents[k + 2].start == name.end + 1
                     and doc[name.end].lower_ in PATRONYMICS))


def split_names(ents: tuple[Span, ...]) -> set[int]:
    """Indexes of PERSON entities the next of which is a one-word PERSON right
    after it ("Shri Ramesh" "Goud"; two words after titles alone or after a
    two-word entity: "Syed Faraz" "Hussain Bukhari"), or a
    PERSON after "bin" or "binti": one name the tagger cut in two."""
    return {
        k for k in range(len(ents) - 1)
        if ents[k].label_ == ents[k + 1].label_ == "PERSON" and ((
            ents[k + 1].start == ents[k].end
            # (titles aside: "Garda Sergeant Aoife" "Brannigan")
            and sum(t.text not in ("-", "‐") and t.lower_.rstrip(".") not in TITLES_OF_ADDRESS
                    for t in ents[k]) <= 2
            and (len(ents[k + 1]) == 1 or _after_titles(ents, k) or (
                # "Syed Faraz | Hussain Bukhari": a name of four words cut in half
                len(ents[k]) == len(ents[k + 1]) == 2 and all(t.is_title for t in ents[k + 1])
                and not any(t.lower_.rstrip(".") in TITLES_OF_ADDRESS for t in ents[k])) or (
                # "Jean-Baptiste | Kouadio Yao": a hyphened given name, then two surnames
                len(ents[k]) == 3 and ents[k][1].text == "-" and len(ents[k + 1]) == 2
                and known_given_name(ents[k][0].text)
                and all(t.is_title for t in ents[k + 1])))
            and ents[k][-1].whitespace_ == " " and ents[k + 1][0].is_title
        ) or (
            # "Sharifah Nuraini | binti | Syed Abdullah": a name and the father's
            ents[k + 1].start == ents[k].end + 1
            and ents[k].doc[ents[k].end].lower_ in PATRONYMICS
            and len(ents[k]) <= 3 and len(ents[k + 1]) <= 3
        ))
    }
