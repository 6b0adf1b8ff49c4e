"""Roles: the office or description written with a name, and how one role
description matches another.

`role_of` reads the role beside a PERSON mention ("the Conservative MP for
Carlisle John Stevenson", "Jess Phillips, an outspoken critic of ...");
`role_key`, `role_core` and `same_office` compare a description with the
roles a person was given ("the former mayor" is not the mayor); the gender a
role's words imply ("the spokeswoman", "Ralph's widow").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..quotes.speaker_spans import name_of_the_noun_before
from .names import (
    ABBREVIATED_OFFICES,
    GENDERED_ROLES,
    HONORIFICS,
    POLICE_RANKS,
    RANK_INITIALS,
    ROLE_HEADS,
    TITLES,
    TITLES_OF_ADDRESS,
    honour_at_end,
)
from .speaker_words import OFFICE_ABBREVIATIONS


def genders_said(description: str) -> set[str]:
    """The gender a description's words give ("the actress": f), if any."""
    return {GENDERED_ROLES[w] for w in role_key(description).split() if w in GENDERED_ROLES}


def gender_of_roles(roles: list[str]) -> str | None:
    """The gender a kinship or gendered role implies ("Ralph's widow", "the
    spokeswoman"), when the roles agree on one."""
    found = {GENDERED_ROLES[w] for role in roles
             for w in role_core(role_key(role))[-1:] if w in GENDERED_ROLES}
    return found.pop() if len(found) == 1 else None


#: Words that make a role a different office: "the Chancellor" is not "the
#: shadow chancellor", nor "the former minister" the minister.
QUALIFIERS = frozenset(
    ["shadow", "former", "ex", "deputy", "vice", "acting", "interim", "assistant", "junior"]
)


def same_office(want: list[str], role: list[str], then: bool) -> bool:
    """Whether a role's qualifiers fit a description's: the same ones, or for
    "the then X" a former X."""
    if set(role) & _OTHER_POSTS != set(want) & _OTHER_POSTS:
        return False  # "the minister" is not the Prime Minister
    if want[-1:] == role[-1:] == ["coroner"] and not set(want) & QUALIFIERS:
        return True  # an assistant or area coroner is "the coroner" at her inquest
    role_q = set(role) & QUALIFIERS
    return role_q == set(want) & QUALIFIERS or (then and role_q <= {"former", "ex"})


#: Words that make a minister another post: "Prime Minister", "First Minister".
_OTHER_POSTS = frozenset(["prime", "first"])


#: Offices that name one post each (one who holds one is not "the" other); a
#: set holds one post's names ("the minister" may be the Housing Secretary).
#: "leader", "head", "chief" and "boss" fit any.
_OFFICES = (
    frozenset(["mayor"]), frozenset(["governor"]), frozenset(["premier", "prime minister"]),
    frozenset(["minister", "secretary", "chancellor"]), frozenset(["senator"]),
    frozenset(["president"]), frozenset(["principal"]), frozenset(["captain"]),
    frozenset(["chairman", "chairwoman", "chair"]), frozenset(["coach", "manager"]),
    frozenset(["congressman", "congresswoman"]), frozenset(["host", "presenter", "anchor"]),
    frozenset(["ceo", "executive"]),
)


def _post(role: str) -> frozenset[str] | None:
    """The office a role or description names, if one of `_OFFICES`."""
    core = role_core(role_key(role))
    head = " ".join(core[-2:]) if core[-2:] == ["prime", "minister"] else " ".join(core[-1:])
    return next((o for o in _OFFICES if head in o), None)


def other_office(want: str, roles: list[str]) -> bool:
    """Whether a person's roles hold an office other than the one a
    description names: "the premier" is not "Health Minister Tom Reyes"."""
    post = _post(want)
    held = [p for p in map(_post, roles) if p is not None]
    return post is not None and bool(held) and post not in held


#: Ranks written after an office, before the name ("PNP chief Police Gen.
#: Rommel ...", "police chief Pol Gen Kittipong ...").
_RANKS = frozenset("gen general maj major col colonel lt capt captain brig brigadier".split())


def without_rank(role: str) -> str | None:
    """The office before a rank written after it, in capitals, the role in
    lower case ("PNP chief" of "PNP chief Police Gen."); None if there is
    none ("Deputy Solicitor General" is one office)."""
    words = role.split()
    k = len(words)
    while k > 1 and words[k - 1].lower().rstrip(".") in _RANKS:
        k -= 1
    if k < len(words) and k > 1 and words[k - 1] in ("Police", "Pol"):
        k -= 1
    return " ".join(words[:k]) if k < len(words) and words[k - 1].islower() else None


#: How a demonym ends beside its country's name ("Tonga" -> "Tongan",
#: "Pakistan" -> "Pakistani", "Sudan" -> "Sudanese").
_DEMONYM_ENDS = ("n", "an", "ian", "i", "ese")


def _same_place(a: str, b: str) -> bool:
    """Whether two words name one place, a demonym beside its country
    ("tongan", "tonga's"): the country's name, its possessive cut, and that
    name with a demonym's ending."""
    a, b = sorted((w.removesuffix("'s").removesuffix("’s") for w in (a, b)), key=len)
    return len(a) >= 4 and any(b == a + end for end in _DEMONYM_ENDS)


def words_in_role(named: set[str], role: str) -> bool:
    """Whether a role holds each of a description's words, a place's as its
    demonym or its possessive ("Tongan" in "Tonga's Minister for Lands")."""
    words = role_key(role).split()
    return all(any(w == r or _same_place(w, r) for r in words) for w in named)


def placed_as_described(want: list[str], role: str) -> bool:
    """Whether a role holds the description's office in the place it names
    ("Tongan minister" for "Tonga's Minister for Lands")."""
    words = role_key(role).split()
    core = role_core(" ".join(words))
    return (len(want) > 1 and core[-1:] == want[-1:]
            and any(_same_place(w, r) for w in want[:-1] for r in words))


def role_fits(want: list[str], role: str, then: bool) -> bool:
    """Whether a role the article gave someone fits a description's core words
    `want` (`role_core` of its key): the same head, one's words within the
    other's, and the same office ("the mayor" fits "mayor of Ilawe", not
    "former mayor" unless `then`)."""
    words = role_core(role_key(role))
    return (
        words[-1:] == want[-1:]
        and (set(want) <= set(words) or set(words) <= set(want))
        and same_office(want, words, then)
    )


#: Nouns a description calls whoever leads a body by ("the union chief").
_LEADER_NOUNS = frozenset("chief head boss leader".split())
#: The titles of those who lead one ("president of the dockworkers union").
_LEADER_TITLES = frozenset(
    """president chairman chairwoman chair leader head chief boss director executive
    secretary ceo manager coach""".split()
)


def leads_as_described(want: list[str], role: str) -> bool:
    """Whether a role leads the body a description's leader noun names: "the
    union chief" for "president of the dockworkers union", "the party leader"
    for "leader of the Green Party", "the Rovers boss" for "Rovers manager"
    (`want` as `role_core` gives it)."""
    if len(want) < 2 or want[-1] not in _LEADER_NOUNS or set(want) & QUALIFIERS:
        return False
    words = role_key(role).split()
    core = role_core(" ".join(words))
    led = words[len(core) :]
    # the body after the title ("president of the dockworkers union"), or
    # before it when the description's noun is a newsroom's word for whoever
    # runs it ("Rovers manager" for "the Rovers boss"; "the PTI leader" may
    # be any of its leaders, not only "PTI Chairman X")
    before = core[:-1] if want[-1] in ("boss", "chief") else []
    return (bool(core) and core[-1] in _LEADER_TITLES and not set(core) & QUALIFIERS
            and bool(led or before) and set(want[:-1]) <= set(led) | set(before))


#: Nouns a description calls any member of a legislature by ("the lawmaker") ...
_LEGISLATOR_NOUNS = frozenset(["lawmaker", "legislator", "parliamentarian"])
#: ... and the offices they hold ("Senator", "MP for Carlisle", "Rep.").
_LEGISLATOR_OFFICES = frozenset(
    """senator sen representative rep congressman congresswoman congressmember assemblyman
    assemblywoman assemblymember legislator lawmaker parliamentarian mp mep mla msp mpp mna
    td deputy""".split()
)


def legislates_as_described(want: list[str], role: str) -> bool:
    """Whether a role is a seat in a legislature and the description calls
    its holder by a word for any member of one: "the lawmaker" for
    "Senator", "the legislator" for "MP for Carlisle"."""
    if not want or want[-1] not in _LEGISLATOR_NOUNS or set(want) & QUALIFIERS:
        return False
    core = role_core(role_key(role))
    return bool(core) and core[-1].rstrip(".") in _LEGISLATOR_OFFICES and not set(core) & QUALIFIERS


#: Nouns a description calls any police officer by ("the officer") ...
_OFFICER_NOUNS = frozenset(["officer", "policeman", "policewoman", "cop"])
#: ... and the ranks they hold ("Superintendent of Police", "DSP", "Inspector").
_POLICE_OFFICES = POLICE_RANKS | frozenset(
    "superintendent supt inspector insp sergeant sgt constable detective det".split())


def polices_as_described(want: list[str], role: str) -> bool:
    """Whether a role is a police rank and the description calls its holder
    by a word for any police officer: "the officer" for "Superintendent of
    Police", "the policeman" for "Inspector"."""
    if want != [want[-1]] or want[-1] not in _OFFICER_NOUNS:
        return False  # (not "the chief financial officer")
    words = role_key(role).split()
    core = role_core(" ".join(words))
    return bool(core) and (core[-1].rstrip(".") in _POLICE_OFFICES or (
        "police" in words and core[-1] in ("commissioner", "chief")))


def role_core(key: str) -> list[str]:
    """A role's words before its complement: "grandson of the late mayor" ->
    ["grandson"], "mp for carlisle" -> ["mp"]; the last of them is its head."""
    words = key.split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "at", "to", "in")),
               len(words))
    return words[:cut]


#: Offices written by their initials, spelled out as a role compares them:
#: "the chief executive" is the one the article called "CEO".
# (and a sport's own word for an office: "the Albion skipper" is its captain)
_SPELLED_OUT = {**OFFICE_ABBREVIATIONS, "ceo": "chief executive", "skipper": "captain"}


def role_key(text: str) -> str:
    """A role's words as compared: lower case, no leading article or
    possessive, initials spelled out ("Its CEO" -> "chief executive")."""
    words = [w.lower().strip(",.") for w in text.replace("-", " ").split()]
    while words and words[0] in ("the", "a", "an", "its", "his", "her", "their"):
        words = words[1:]
    while words and words[-1].isdigit():
        words = words[:-1]  # "The Green co-leader, 44,": the role without the age
    key = " ".join(_SPELLED_OUT.get(w, w) for w in words)
    # "chief executive officer" is the chief executive; a newsroom's "finance
    # chief" the chief financial officer
    for said, office in _SAME_OFFICES:
        key = key.replace(said, office)
    return key


#: One office written two ways, the second as a role compares it.
_SAME_OFFICES = (
    ("chief executive officer", "chief executive"),
    ("finance chief", "chief financial officer"),
    ("chief finance officer", "chief financial officer"),
    ("member of parliament", "mp"),
)


#: Words a role may hold between its head and its body ("CEO of Harbour Foods",
#: "MP for Carlisle", "ambassador to France"), or open with ("as governor");
#: other prepositions end it ("Unlike the mayor, X said").
_ROLE_PREPOSITIONS = frozenset(["as", "of", "for", "to", "at"])
_PREPOSITIONS = frozenset(["of", "for", "in", "at", "on", "from", "by", "to", "with", "against"])


def has_role_head(words: list[str]) -> bool:
    """Whether a role noun ("leader", "MPs") is among the words."""
    return any(w.lower() in ROLE_HEADS or w.lower().rstrip("s") in ROLE_HEADS for w in words)


def _role_phrase(words: list[str], *, apposed: bool = False) -> str | None:
    """The role at the end of `words`: prepositional parts are kept only when
    the part before them names a role ("MP for Carlisle", not "resignation of").
    A name `apposed` after a comma names the whole phrase ("the Chief Press
    Secretary to the Governor, Mr. Kayode Adesina": the secretary)."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() in _PREPOSITIONS:
            parts.append([w])
        else:
            parts[-1].append(w)
    keep = parts[-1]
    if keep and keep[0].lower() in _PREPOSITIONS:
        body = keep[1:]
        if not body:
            return None  # "lawyers for X", "the mother of X": someone else's role
        if has_role_head(body[-1:]) and not apposed:
            keep = body  # "the son of congressman Ron Paul": he is the congressman
            parts = [keep]
    # a complement of a complement belongs to the role further back: "Speaker
    # | of the state House | of Assembly"
    pending: list[str] = []
    for part in reversed(parts[:-1]):
        complement = bool(part) and part[0].lower() in _PREPOSITIONS
        body = part[1:] if complement else part
        if has_role_head(body):
            keep, pending = part + pending + keep, []
        elif complement:
            pending = part + pending
        else:
            break
    if keep and keep[0].lower() in _PREPOSITIONS:
        keep = keep[1:]
    while keep and keep[0].lower() in ("the", "a", "an", "and", "but"):
        keep = keep[1:]
    # "Inquiry chair Dame Judith Kerr", "president Tan Sri Abdul Hamid": Dame
    # is her title; "the first lady" a role
    while keep and has_role_head(keep[:-1]) and (honour := honour_at_end(keep)):
        keep = keep[:-honour]
    if not keep or not has_role_head(keep):
        return None
    # "council 's chief executive": the possessive as written (and a list's commas)
    return re.sub(r" (['’]s?|,)(?= |$)", r"\1", " ".join(keep))


def _role_ends_before(doc: Doc, i: int) -> bool:
    """Whether a walk back over a role's words stops at `doc[i]`: a verb, a
    pronoun, most punctuation, a preposition no role takes; not a plural's
    apostrophe ("Workers' Party chief") or an "and" inside a body's name
    ("Nursing and Midwifery Federation")."""
    tok = doc[i]
    named_and = (tok.pos_ == "CCONJ" and i > 0 and doc[i - 1].is_title
                 and doc[i + 1].is_title
                 and "PERSON" not in (doc[i - 1].ent_type_, doc[i + 1].ent_type_))
    # ("Minister of Livestock, Agriculture and Fisheries": a portfolio's list)
    # (its "and" follows: not "The CEO of Harbour Foods, Tom Price,")
    listed = (tok.text == "," and 1 < i < len(doc) - 1 and doc[i - 1].is_title
              and doc[i + 1].is_title and doc[i + 1].ent_type_ != "PERSON"
              and any(doc[k].lower_ in ("of", "for") for k in range(max(0, i - 3), i))
              and any(t.lower_ in ("and", "&") for t in doc[i + 2 : i + 4]))
    return (
        (tok.is_punct and tok.tag_ != "POS" and not listed) or tok.is_space
        or (tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ") and not named_and)
        or (tok.pos_ in ("ADP", "SCONJ") and tok.lower_ not in _ROLE_PREPOSITIONS)
    )


def _words_before(ent: Span) -> tuple[int, list[str]]:
    """The words of the noun phrase before a name, and where they stop."""
    doc = ent.doc
    i = ent.start - 1
    words: list[str] = []
    if (i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].is_upper
            and doc[i - 1].is_alpha and 2 <= len(doc[i - 1]) <= 6):
        # "station house officer (SHO) K Nagaraju": the office by its
        # initials, as a later "the SHO" names it
        return i - 2, [doc[i - 1].text]
    while i >= 0 and ent.start - i <= 8:
        tok = doc[i]
        if _role_ends_before(doc, i):
            break
        if tok.ent_type_ == "PERSON" and not (
                i == ent.start - 1 and tok.is_title and tok.lower_ in ROLE_HEADS):
            # (an office the tagger took into the name is a role: "Taoiseach
            # Declan Brennan", whom "the Taoiseach" means)
            if words or i < ent.start - 2 or tok.lower_.rstrip(".") not in TITLES_OF_ADDRESS:
                break
            if tok.is_title and tok.lower_ in ROLE_HEADS and i < ent.start - 1:
                # "Coroner | Dr Alan Price": an office before a title, both
                # taken into a name of their own
                words.insert(0, tok.text)
            i -= 1  # "Alhaji" the tagger took into the name it opens: a title, no role
            continue
        # "Gov. Elaine Pryce": the governor a later "the governor" means
        office = ABBREVIATED_OFFICES.get(tok.lower_.rstrip("."))
        if office is None and i == ent.start - 1 and tok.is_upper:
            office = RANK_INITIALS.get(tok.lower_)  # "PC Sarah Venning": a constable
        words.insert(0, office or tok.text if tok.text[:1].isupper() else tok.text)
        i -= 1
    return i, words


def outer_role(ent: Span) -> str | None:
    """A role set off before a name that carries its own title: "the
    prosecutor" in "The prosecutor, Assistant District Attorney Karim Haddad,
    stood up", which a later "the prosecutor" means."""
    i, words = _words_before(ent)
    if not words or not _role_phrase(words) or i <= 0 or ent.doc[i].text != ",":
        return None
    set_off = ent.end < len(ent.doc) and ent.doc[ent.end].text == ","
    return _comma_role(ent.doc, i, set_off=set_off)


#: Titles of address that say how to address someone, not what they do
#: ("Advocate", "Alhaji", "Hon."): an apposition after the name says more.
_COURTESY_TITLES = frozenset(
    """advocate adv barr engr comrade alhaji alhaja hajia hajiya haji hajjah mallam madam
    hon honourable honorable""".split())


def role_of(ent: Span) -> str | None:
    """The role written with a name: before it in the same phrase
    ("the Conservative MP for Carlisle John Stevenson") or in apposition
    ("Jess Phillips, an outspoken critic of the Labour leader")."""
    doc = ent.doc
    # left context: walk back over the words of the same noun phrase
    i, words = _words_before(ent)
    role = _role_phrase(words)
    if role:
        # a title of address alone ("Advocate Shahid Iqbal Sahi, counsel for
        # the petitioner,"): the apposition says what they are
        titled = role.lower().rstrip(".") in _COURTESY_TITLES
        return (_apposed_role(ent) or role) if titled else role
    if all(w.lower().rstrip(".") in HONORIFICS or w.lower().rstrip(".") in TITLES
           for w in words):
        words = []  # "The Ekiti State Governor, Mr Biodun Adeyemi": the role is before the comma
    if not words and i > 0 and doc[i].text == ",":
        # "Mr. Obama and the first lady, Michelle Obama, as much": a name set
        # off by commas on both sides after "the <role>" is that role's holder
        role = _comma_role(doc, i, set_off=ent.end < len(doc) and doc[ent.end].text == ",")
        if role:
            return role
    return _apposed_role(ent)


def _apposed_role(ent: Span) -> str | None:
    """The role set beside a name in apposition ("Jess Phillips, an
    outspoken critic of the Labour leader")."""
    doc = ent.doc
    head = ent.root
    # an age set off first ("Maria Costa, 41, a dock worker") is no role
    apposed = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if apposed and apposed[0].like_num and len(apposed) > 1:
        ent = doc[ent.start : apposed[0].i + 1]  # the role follows the age
        apposed = apposed[1:]
    appos = next((c for c in apposed if not c.like_num), None)
    if appos is not None and head.dep_ == "nsubj" and name_of_the_noun_before(
            head, head.head) == appos:
        return None  # "by the family's lawyer, Ken Mogaka, the pathologist said": the witness
    # an apposition follows the name at once ("Jess Phillips, an MP") and is a
    # description, not an organisation the name is listed with ("Dexter, the
    # Gardner Foundation and the Tournament, head to ..."); it ends at its comma
    # (not what a label's line says after its colon: "Gary Sutcliffe: Long night.")
    if (appos is not None and appos.ent_type_ not in ("PERSON", "ORG", "GPE", "FAC")
            and appos.left_edge.i <= ent.end + 1
            # "(Lab)" after a councillor's name is a party, not a role
            and doc[appos.left_edge.i - 1].text != "("
            and not (ent.end < len(doc) and doc[ent.end].text == ":")):
        sub = list(appos.subtree)
        comma = next((t.i for t in sub if t.i > appos.i and t.text == ","), None)
        end = comma if comma is not None else sub[-1].i + 1
        # the role ends where a clause about the person begins ("a dock
        # worker who has worked at the port for 20 years")
        clause = next((c.left_edge.i for c in appos.children
                       if c.dep_ in ("relcl", "acl") and c.i > appos.i), None)
        if clause is not None and clause > appos.i:
            end = min(end, clause)
        text = doc[sub[0].i : end].text
        parts = text.split()
        if parts and parts[0].lower() in ("a", "an", "the"):
            parts = parts[1:]
        if any(p.lstrip("(")[:1] in "@#" or "://" in p for p in parts):
            return None  # "Dave Schukin (@schukin)": a handle, not a role
        if parts and len(parts) <= 12 and not (len(parts) == 1 and appos.tag_ == "PRP"):
            return " ".join(parts)  # "Stumpf himself": a pronoun is no role
    return None


#: The most words a role set off before a name has ("A former Speaker of the
#: state House of Assembly, Alhaji Yakubu Danladi Bello,").
_ROLE_WORDS = 10


def _comma_role(doc: Doc, comma: int, *, set_off: bool = False) -> str | None:
    """A role set off by a comma before the name, opening its clause:
    "Sefton Central chairman, Andy Wilson said"; or, when the name is `set_off`
    by a second comma, any "the <role>, <name>," apposition."""
    words: list[str] = []
    i = comma - 1
    kin_of = False  # "Fidel Castro's younger sister, Juanita": the role names whose kin
    while i >= 0 and comma - i <= _ROLE_WORDS:
        tok = doc[i]
        if _role_ends_before(doc, i):
            break
        if tok.ent_type_ == "PERSON" and tok.text not in ("'s", "’s") and not (
                # "Orikhiv's mayor, Anatolii Hrytsenko,": a town the tagger took for a person
                set_off and words and words[0] in ("'s", "’s") and tok.ent_iob_ == "B"
                and words[-1].lower() not in GENDERED_ROLES and has_role_head(words[-1:])):
            if not (words and words[0] in ("'s", "’s") and words[-1].lower() in GENDERED_ROLES):
                return None
            while i >= 0 and doc[i].ent_type_ == "PERSON":
                words.insert(0, doc[i].text)
                i -= 1
            kin_of = True
            break
        words.insert(0, tok.text)
        i -= 1
    # "Meanwhile, the chancellor, James Whitby, said": after an opening word
    # and its comma is still the opening of the clause
    opens = kin_of or i < 0 or doc[i + 1].is_sent_start or doc[i].is_space or (
        doc[i].text == ","
    ) or (
        # "since her father, Jory Trelease, collapsed": a relative set off by commas
        doc[i].lower_ in ("her", "his", "their") and len(words) == 1
        and words[0].lower() in GENDERED_ROLES) or (
        set_off and len(words) > 1 and words[0].lower() in ("the", "a", "an")) or (
        # "sentenced Kupiansk's mayor, Ivan Doroshenko, in absentia": a place's office
        set_off and len(words) > 2 and words[1] in ("'s", "’s") and doc[i + 1].pos_ == "PROPN")
    while words and words[0].lower() in ("as", "its", "their"):
        words, i = words[1:], i + 1  # "As Virginia's governor, Tim Kaine ..."
    # the role's head ends its words or comes before its body ("CEO of Harbour Foods")
    core = next((words[:k] for k, w in enumerate(words) if k and w.lower() in _ROLE_PREPOSITIONS),
                words)
    if not words or not opens or not has_role_head(core[-1:]):
        return None
    role = _role_phrase(words, apposed=True)
    # the words as written ("Trump's", not "Trump 's") when the role is all of them
    return " ".join(doc[i + 1 : comma].text.split()) if role == " ".join(words) else role
