"""Readers of descriptions that name no one: an unnamed source ("one Tory
MP", "a source", "officials", "her family"), a spokesperson the article
never names ("a spokesman for Mrs Whitcombe"), a source known by one name
only ("who gave his name only as Kevin"). Part of `DescriptionReader`
(descriptions.py), which asks them in its order.
"""

from __future__ import annotations

import re

from ...nlp import doc_text
from .body_descriptions import BodyDescriptions
from .body_names import speaks_for_same
from .description_words import Description
from .given_names import gender_of_given_name
from .name_phrases import FOR_SOMEONE, apposed_name, possessor_only, trailing_name
from .names import PARTY_MEMBERS
from .speaker import Speaker
from .speaker_words import ANONYMOUS_DETERMINERS, ANONYMOUS_HEADS, USER_TEXTS

#: Those who speak for a body, whom an article may name once.
SPOKESPEOPLE = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])
#: A source known by one name only: "who gave his name only as Kevin", "identified only as Ana".
_ONLY_AS = (r"(?:gave (?:his|her|their) (?:first )?name (?:only )?as|identified (?:only )?as"
            r"|named only as|known only as)")
#: The name itself, ending the description (and where they called from:
#: "gave her name only as Marcia from Morvant").
_THE_NAME = (r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
             r"(?:\s+from\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?\s*$")
_GIVEN_AS = re.compile(
    rf"\b(?:{_ONLY_AS}|signed (?:(?:his|her|their) \w+ )?(?:only )?as)\s+{_THE_NAME}")

#: The words before a name a source gave only, when the parser cut them off,
#: and the name the description then is.
_GIVEN_AS_BEFORE = re.compile(rf"\b{_ONLY_AS}\s+$")
_NAME_ONLY = re.compile(_THE_NAME)
_GIVEN_AS_REACH = 60

#: A source's wish to stay unnamed, right after the description of them.
_UNNAMED = re.compile(
    r",? who (?:asked|requested|declined|refused|did not want) (?:not )?to be (?:named|identified)"
    r"|,? who spoke on (?:the )?condition of anonymity")
_UNNAMED_REACH = 60

#: A person's kin spoken of as one ("her family", "the relatives"): unnamed
#: sources (not "the Reyes family", a household named as such).
_KIN_GROUPS = frozenset("family families relative relatives".split())


class UnnamedSources(BodyDescriptions):
    """Readers of descriptions of sources the article leaves unnamed."""

    def _given_only_as(self, d: Description) -> Speaker | None:
        """"One caller, a crane operator who gave his name only as Kevin"; the
        parser may leave the words before the name out of the speaker ("a
        woman who gave her name only as | Marcia from Morvant said")."""
        given = _GIVEN_AS.search(d.written)
        if given is None:
            start = d.sp.start_char
            before = doc_text(d.sp.doc)[max(0, start - _GIVEN_AS_REACH) : start]
            if _GIVEN_AS_BEFORE.search(before) is not None:
                given = _NAME_ONLY.match(d.written)
        if given is not None:
            return Speaker(given.group(1), "person", d.written.split(",")[0],
                           gender=gender_of_given_name(given.group(1).split()[0]))
        return None

    def _spokesperson(self, d: Description) -> Speaker | None:
        """"A spokesman for the DEQ, Ben Szabo": him; "A spokesman for Mrs
        Whitcombe", never named: an unnamed source."""
        if not (d.has_proper and d.lemma in FOR_SOMEONE and not d.plural
                and possessor_only(d.sp) and trailing_name(d.sp) is None
                # ("Castellanos's lawyer, Miriam Oduya-Fenn of the X Clinic": named)
                and apposed_name(d.head) is None):
            return None
        spokesperson = self.people.by_role(d.lemma)
        if (spokesperson is not None and d.lemma in SPOKESPEOPLE
                and speaks_for_same(d.text, spokesperson)):
            # "A spokeswoman for Rijnmond Chemie said ...", and later "The
            # company's spokeswoman, Sanne de Wit": the one the article names
            return Speaker(spokesperson.name, "person", d.text, spokesperson,
                           gender=spokesperson.gender)
        return Speaker(d.text, "anonymous", head=d.lemma)

    def _anonymous(self, d: Description) -> Speaker | None:
        """An unnamed source: "one Tory MP", "one comment", "a source", "officials";
        anyone "who asked not to be named"."""
        lemma, text = d.lemma, d.text
        end = d.head.idx + len(d.head.text)
        after = doc_text(d.sp.doc)[end : end + _UNNAMED_REACH]
        if not d.has_proper and _UNNAMED.match(after) is not None:
            # "its managing director, who asked not to be named as ...": unnamed
            return Speaker(text, "anonymous", plural=d.plural, head=lemma)
        # ("A formator from a seminary in Central America, who asked not to
        # be named,": the place is where they work, not their name)
        placed = [t for c in d.head.children if c.dep_ == "prep" and c.i > d.head.i
                  for t in c.subtree]
        comma = next((t for t in placed if t.text == ","), None)
        after = doc_text(d.sp.doc)[comma.idx : comma.idx + _UNNAMED_REACH] if comma else ""
        if (comma is not None and d.own & ANONYMOUS_DETERMINERS and not any(
                t.pos_ == "PROPN" for t in d.sp if t.i < comma.i and t not in placed)
                and _UNNAMED.match(after) is not None):
            return Speaker(text, "anonymous", plural=d.plural, head=lemma)
        if lemma in PARTY_MEMBERS and d.own & ANONYMOUS_DETERMINERS:
            return Speaker(text, "anonymous", plural=d.plural, head=lemma)
        if lemma == "other" and not d.has_proper and not d.plural:
            # "..., one of them said. The other said ...": the second of two unnamed
            return Speaker(text, "anonymous", head=lemma)
        if lemma in USER_TEXTS and d.own & ANONYMOUS_DETERMINERS:
            # "one comment", "another reply": words of an unnamed member of the public
            return Speaker(text, "anonymous", plural=d.plural, head=lemma)
        if lemma in ANONYMOUS_HEADS and not d.has_proper and (
                d.dets & ANONYMOUS_DETERMINERS or d.plural
                or lemma in ("source", "sources", "insider", "insiders", "one", "someone")):
            return Speaker(text, "anonymous", plural=d.plural, head=lemma)
        if lemma in _KIN_GROUPS and (d.possessed or not d.has_proper):
            return Speaker(text, "anonymous", plural=True, head=lemma)  # "her family said"
        return None
