"""US party-and-state tags: `Sen. Lorraine Whitcomb, D-Ore.,` in American
news, and the descriptions that point back at them ("the Oregon Democrat",
"the Idaho Republican"). A tag says which of two senators a description is.
Elsewhere a party follows the name in brackets ("Orly Ben Shimol (Yesh
Atid)"), which the tagger may call a person (`party_in_brackets`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .given_names import known_given_name
from .names import name_cased

#: State -> the ways news writes it in a tag: AP style and postal code.
_STATES = {
    "Alabama": ("Ala.", "AL"), "Alaska": ("Alaska", "AK"), "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"), "California": ("Calif.", "CA"), "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"), "Delaware": ("Del.", "DE"), "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"), "Hawaii": ("Hawaii", "HI"), "Idaho": ("Idaho", "ID"),
    "Illinois": ("Ill.", "IL"), "Indiana": ("Ind.", "IN"), "Iowa": ("Iowa", "IA"),
    "Kansas": ("Kan.", "KS"), "Kentucky": ("Ky.", "KY"), "Louisiana": ("La.", "LA"),
    "Maine": ("Maine", "ME"), "Maryland": ("Md.", "MD"), "Massachusetts": ("Mass.", "MA"),
    "Michigan": ("Mich.", "MI"), "Minnesota": ("Minn.", "MN"), "Mississippi": ("Miss.", "MS"),
    "Missouri": ("Mo.", "MO"), "Montana": ("Mont.", "MT"), "Nebraska": ("Neb.", "NE"),
    "Nevada": ("Nev.", "NV"), "New Hampshire": ("N.H.", "NH"), "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "NM"), "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"), "North Dakota": ("N.D.", "ND"), "Ohio": ("Ohio", "OH"),
    "Oklahoma": ("Okla.", "OK"), "Oregon": ("Ore.", "OR"), "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"), "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"), "Tennessee": ("Tenn.", "TN"), "Texas": ("Texas", "TX"),
    "Utah": ("Utah", "UT"), "Vermont": ("Vt.", "VT"), "Virginia": ("Va.", "VA"),
    "Washington": ("Wash.", "WA"), "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"), "Wyoming": ("Wyo.", "WY"),
}
_BY_WRITING = {
    written.rstrip(".").casefold(): state
    for state, forms in _STATES.items()
    for written in (state, *forms)
}
_PARTIES = {"D": "democrat", "R": "republican", "I": "independent"}

#: `, D-Ore.,`, ` (R-Texas)`, `, I-Vt.`: the tag right after a name.
_TAG = re.compile(r"\s*[,(]\s*([DRI])-\s?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")
#: "the Oregon Democrat", "the New York Republican", "the Vermont independent".
_DESCRIBED = re.compile(
    r"(?i)^the ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (democrat|republican|independent)$"
)


def tag_after(text: str, end: int) -> tuple[str, str] | None:
    """The (party, state) tag written right after a name ending at `end`."""
    m = _TAG.match(text, end)
    if m is None:
        return None
    written = m.group(2).rstrip(".,").casefold()
    state = _BY_WRITING.get(written)
    if state is None and " " in written:  # "D-Ore. who": the state is the first word
        state = _BY_WRITING.get(written.split()[0].rstrip("."))
    return (_PARTIES[m.group(1)], state) if state else None


def described_tag(description: str) -> tuple[str, str] | None:
    """The (party, state) a description names: "the Oregon Democrat"."""
    m = _DESCRIBED.match(" ".join(description.split()))
    if m is None:
        return None
    state = _BY_WRITING.get(m.group(1).casefold())
    return (m.group(2).lower(), state) if state else None


def party_in_brackets(ent: Span) -> bool:
    """A name in brackets right after a person's name, the party or the
    body they stand for ("Orly Ben Shimol (Yesh Atid)"), which the tagger
    may call a person."""
    doc = ent.doc
    # (not a cast list's player: "Fergal (Rory Fitzgibbon-Nash)", a given name first)
    return (ent.start > 1 and ent.end < len(doc) and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")" and doc[ent.start - 2].pos_ == "PROPN"
            and name_cased(doc[ent.start - 2]) and not known_given_name(ent[0].text)
            and not known_given_name(doc[ent.start - 2].text))
