"""Passes over an article's resolved speakers, once every statement has one:
a source described and named a sentence late, one described inside another's
report, a quote running on into the paragraph whose speaker is named, a pull
quote said again below, and a company's legal name."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc

from ...nlp import doc_text
from ..quotes.marks import open_double_marks
from ..quotes.statement import Statement
from .body_phrases import company_in_full, initials_in_full, listed_in_full, spelt_out
from .names import ROLE_HEADS
from .speaker import Speaker

#: How far (characters) after a description its named source may follow.
_NAMED_NEXT = 400
#: Whom one tells, as a pronoun: "had told him that ...", "assured me".
_TOLD_PRONOUNS = frozenset("him her me us them".split())
#: First words of a description of someone ("a spokesman", "his lawyer").
_DESCRIPTION_LEADS = frozenset("a an the his her their its one".split())


def named_a_sentence_late(statements: list[Statement], resolved: dict[int, Speaker]) -> None:
    """`A Pentagon spokesman said ... "...," said spokesman Kenneth Bacon.`,
    `His lawyer insists ... "...," said Jeffrey Leving.`: a description
    whose next statement, right after it, is a named person's, given that
    role (or, for a description of someone's, given none), is that person;
    wire copy names the source a sentence late."""
    ordered = sorted(statements, key=lambda s: s.start)
    swaps: dict[int, Speaker] = {}
    someone_spoke = False  # a named person spoke before: "the ..." may be them
    for st, nxt in pairwise(ordered):
        sp, named = resolved[id(st)], resolved[id(nxt)]
        spoke_earlier, someone_spoke = someone_spoke, someone_spoke or sp.person is not None
        if sp.person is not None or sp.type not in ("anonymous", "person") or not sp.name:
            continue
        if spoke_earlier and sp.name.split()[0].lower() == "the":
            continue  # "the Hampshire MP", after Sir Geoffrey wrote: him, not the next MP
        if named.person is None or named.type != "person" or nxt.start - st.end > _NAMED_NEXT:
            continue
        words = sp.name.split()
        lead = words[0].lower()
        if len(words) < 2 or lead not in _DESCRIPTION_LEADS or words[-1].lower() not in (
            ROLE_HEADS
        ):
            continue
        if sp.head is not None and sp.head != words[-1].lower():
            continue  # "a source close to the manager": a source, not the manager
        # the role the named person was given says no more than the
        # description ("spokesman" for "a Pentagon spokesman"; not "shadow
        # chancellor" for "the Chancellor")
        described = {w.lower() for w in words[1:]}
        roles = [r.lower().split() for r in named.person.roles if r.split()]
        same_role = any(r[-1] == words[-1].lower() and set(r) <= described for r in roles)
        theirs = lead in ("his", "her", "their") and not roles and nxt.direct
        if same_role or theirs:
            role = " ".join(words[1:]) if lead in ("a", "an", "the", "one") else sp.name
            swaps[id(sp)] = Speaker(named.name, "person", role, named.person,
                                    gender=named.gender)
    if swaps:
        for key, sp in list(resolved.items()):
            if id(sp) in swaps:
                resolved[key] = swaps[id(sp)]


def run_on_quotes(doc: Doc, statements: list[Statement], resolved: dict[int, Speaker]) -> None:
    """A quote left open at a paragraph's end goes on in the next paragraph
    (news closes a multi-paragraph quote only at its last paragraph, where
    the speaker is named): an unattributed paragraph of it takes the speaker
    of the paragraph it runs into."""
    text = doc_text(doc)
    ordered = sorted((st for st in statements if st.direct), key=lambda s: s.start)
    for st, nxt in reversed(list(pairwise(ordered))):
        if resolved[id(st)].type != "unknown" or resolved[id(nxt)].type == "unknown":
            continue
        line_end = text.find("\n", st.end)
        line_end = len(text) if line_end < 0 else line_end
        line_start = text.rfind("\n", 0, st.start) + 1
        line = text[line_start:line_end]
        gap = text[line_end : nxt.start]
        if (
            open_double_marks(line) > 0
            and text[st.end : line_end].strip() == ""
            and gap.strip() in ("", "“", '"')
            and "\n" in gap
        ):
            resolved[id(st)] = resolved[id(nxt)]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+(?:['’]\w+)*", text.lower()))


def pulled_quotes(doc: Doc, statements: list[Statement], resolved: dict[int, Speaker]) -> None:
    """A quote alone on its line, no one named beside it, whose words a later
    quote says again (a subheading or a pull quote printed before the
    paragraph that gives them): the later quote's speaker, not the one of
    the paragraph it happens to follow. So is a headline's quote whose speaker
    is only described ("'...': aviation chief defends cuts"), when the one
    quoted by name below says its words again."""
    text = doc_text(doc)
    for st in statements:
        # (and a headline's quote whose speaker is only described: "'...':
        # aviation chief defends cuts", the chief quoted by name below)
        described = (st.via in ("headline", "colon") and st.paragraph == 0 and st.direct
                     and len(st.content) == 1 and resolved[id(st)].person is None)
        if not described and (not st.direct or st.cue is not None or st.speaker is not None
                              or len(st.content) != 1 or resolved[id(st)].type == "unknown"):
            continue  # (one nobody was found saying is a heading, no statement)
        line_start = text.rfind("\n", 0, st.start) + 1
        line_end = text.find("\n", st.end)
        line_end = len(text) if line_end < 0 else line_end
        if not described and (text[line_start : st.start].strip()
                              or text[st.end : line_end].strip(" .\t")):
            continue
        said = _words(text[st.start : st.end])
        if len(said.split()) < 3:
            continue
        later = next((o for o in statements if o.start > line_end and o.direct and o is not st
                      and any(said in _words(text[s:e]) for s, e in o.content)), None)
        if later is not None and resolved[id(later)].type != "unknown":
            resolved[id(st)] = resolved[id(later)]


def legal_names(doc: Doc, statements: list[Statement], resolved: dict[int, Speaker]) -> None:
    """"Reuters" by "the company said", "Compaq" by "it": a company speaks
    under the legal name the article gave it before; "CPSC", a body by its
    initials, under the name spelt out before."""
    for st in statements:
        sp = resolved[id(st)]
        # ("Bombay High Court" for "Bombay HC", whatever the tagger took it for)
        full = initials_in_full(doc, sp.name) if sp.name else None
        if sp.type == "organisation" and sp.name and full is None:
            # (a body by its initials, spelt out before: "CPSC"; "Ministry of
            # Police, Prisons ..." for "the Ministry of Police")
            full = (company_in_full(doc, st.start, sp.name) or spelt_out(doc, st.start, sp.name)
                    or listed_in_full(doc, st.start, sp.name))
        if full is not None:
            resolved[id(st)] = Speaker(full, "organisation", sp.role, plural=sp.plural)


def described_in_a_report(
    doc: Doc, statements: list[Statement], resolved: dict[int, Speaker]
) -> None:
    """`Nnaji said the former minister had told him that ...`: one a speaker
    says told them something, inside their own report, is someone else, not
    the speaker (the description taken for the article's main person). It
    stays as written."""
    text = doc_text(doc)
    for st in statements:
        sp = resolved[id(st)]
        if st.speaker is None or st.cue_token is None or st.within_quote or sp.person is None:
            continue
        if not any(c.dep_ in ("dobj", "dative") and c.lower_ in _TOLD_PRONOUNS
                   for c in doc[st.cue_token].children):
            continue  # ("meddling the California congressman said is ...": him again)
        s, e = st.speaker
        words = text[s:e].split()
        if len(words) < 2 or words[0].lower() not in _DESCRIPTION_LEADS or any(
                a < e and s < b for a, b in sp.person.mentions):
            continue  # a name, a pronoun, or the person named there
        cue_end = doc[st.cue_token].idx + len(doc[st.cue_token].text)
        outer = next((o for o in statements if o is not st and o.cue is not None
                      and o.cue[1] <= s and any(a <= s and cue_end <= b for a, b in o.content)
                      and resolved[id(o)].person is sp.person), None)
        if outer is not None:
            anonymous = words[0].lower() in ("a", "an", "one")
            resolved[id(st)] = Speaker(" ".join(words), "anonymous" if anonymous else "person",
                                       None if anonymous else " ".join(words), head=sp.head)
