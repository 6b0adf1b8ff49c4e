"""A speaker found beside the cue when the parse gives it none: `"...,"
Skelly said`, `said Robert Reich, who ...` (the noun phrase right before or
after the cue), and a source the parser joined to the clause it reports
(`..., killing three people, the national disaster centre said Monday`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from .cues import ADDRESSEE_VERBS
from .statement import trim


def _inside(char: int, content: list[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in content)


#: "the 52-year-old" right before a cue.
_AGED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+\d{1,3}-year-old$")


def adjacent_speaker(
    doc: Doc, verb: Token, content: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """`"...," Skelly said` or `said Robert Reich, who ...` when the parse
    gives the cue no subject outside its content: the noun phrase right
    before the cue (auxiliaries and adverbs skipped), else right after it."""
    sent = verb.sent
    i = verb.i - 1
    # (not a name the tagger read as an adverb: "Amberly said")
    while i >= sent.start and doc[i].pos_ in ("AUX", "ADV", "PART") and doc[i].ent_type_ != (
            "PERSON"):
        i -= 1
    if (
        i - 1 >= sent.start
        and doc[i].text == ","
        and doc[i - 1].pos_ == "PROPN"
        and not _inside(doc[i - 1].idx, content)
    ):
        i -= 1  # `"...," Minister of Trade, Senator Ann Lee, told reporters`
    last = i
    if doc[i].text == ")" and i - 2 >= sent.start and doc[i - 2].text == "(":
        i -= 3  # "the national disaster centre (INDECI) said": its initials aside
    if i >= sent.start and not _inside(doc[i].idx, content):
        tok = doc[i]
        aged = _AGED_BEFORE.search(doc_text(doc)[sent.start_char : tok.idx + len(tok.text)])
        if aged is not None:  # "The 52-year-old added", parsed with no subject
            first = doc.char_span(sent.start_char + aged.start(), tok.idx + len(tok.text),
                                  alignment_mode="expand")
            if first is not None:
                return trim(doc, first.start, i + 1)
        # (not how long: "had for years reported")
        if (tok.pos_ in ("PROPN", "PRON", "NOUN") or tok.ent_type_ == "PERSON") and (
                tok.lower_ not in ("it", "there") and not (
                    tok.ent_type_ in ("DATE", "TIME") and tok.head.lower_ == "for")):
            j = i
            while (
                j - 1 >= sent.start
                and not _inside(doc[j - 1].idx, content)
                and (doc[j - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "PART")
                     # "Lee Seo-yeon": a hyphen inside a name
                     or (doc[j - 1].text == "-" and j - 2 >= sent.start
                         and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_)
                     # "deputy director of the Da Nang Department of Construction"
                     or (doc[j - 1].lower_ == "of" and j - 2 >= sent.start
                         and doc[j - 2].pos_ in ("NOUN", "PROPN") and doc[j].ent_type_ == "ORG"
                         and tok.ent_type_ == "ORG"))
            ):
                j -= 1
            if doc[j : last + 1].text.count(" of ") and not (
                    j - 2 >= sent.start and doc[j - 1].text == ","
                    and doc[j - 2].ent_type_ in ("PERSON", "ORG")):
                # (a role "of" a body only before the name set off ahead of it)
                of = next(k for k in range(last, j - 1, -1) if doc[k - 1].lower_ == "of")
                if doc[of - 2].ent_type_ == "PERSON" and doc[of - 2].ent_iob_ != "":
                    # "lawyer Jonathan Yeo of Crestmoor Chambers said": he speaks, not his firm
                    return trim(doc, j, of - 1)
                j = of
            if (j - 2 >= sent.start and doc[j - 1].text == "," and doc[j - 2].pos_ == "PROPN"
                    and doc[j - 2].ent_type_ in ("PERSON", "ORG") and doc[j].pos_ == "NOUN"
                    and not _inside(doc[j - 2].idx, content)):
                # "Le Thi Bich Ngoc, deputy director of ..., said": the name set
                # before the role the parser hung elsewhere
                k = j - 2
                while k - 1 >= sent.start and doc[k - 1].pos_ == "PROPN" and (
                        doc[k - 1].ent_iob_ == "I" or doc[k].ent_iob_ == "I"):
                    k -= 1
                j = k
            return trim(doc, j, last + 1)
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        return None  # "told JIS News": after such a cue stands who was told
    # "said Robert Reich, who ...": the name after the cue, to the first comma
    # (a capitalised word counts whatever its tag: "says Best." read as an adverb)
    end = verb.i + 1
    if end < sent.end and doc[end].ent_type_ in ("DATE", "TIME"):
        return None  # "said Monday": when, never who
    while (
        end < sent.end
        and (doc[end].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or _capitalised(doc[end]))
        and not _inside(doc[end].idx, content)
    ):
        end += 1
    if end > verb.i + 1 and (doc[end - 1].pos_ in ("PROPN", "NOUN") or _capitalised(doc[end - 1])):
        return trim(doc, verb.i + 1, end)
    return None


#: Words a trailing source's noun phrase is made of.
_SOURCE_WORDS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"))


def source_read_into_content(
    doc: Doc, verb: Token, content: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """`..., killing at least three people, the national disaster centre
    (INDECI) said Monday.`: the parser joined the source to the reported
    clause ("people" and "centre"), leaving the cue no subject. The noun
    phrase between the clause's last comma and the cue speaks; the words
    before the comma are what it said."""
    if not content or verb.i == 0:
        return None, content
    sent = verb.sent
    comma = next((t.i for t in reversed(doc[sent.start : verb.i]) if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None, content
    phrase = doc[comma + 1 : verb.i]
    last = content[-1]
    if not (last[0] < doc[comma].idx and phrase[0].idx < last[1] <= verb.idx):
        return None, content  # the phrase is not the content's tail
    if not all(t.pos_ in _SOURCE_WORDS and t.text not in (",", ";", ":") for t in phrase) or (
            phrase.root.pos_ not in ("NOUN", "PROPN") or phrase[0].pos_ != "DET"):
        return None, content
    first = doc.char_span(last[0], last[0] + 1, alignment_mode="expand")
    cut = trim(doc, first.start, comma) if first is not None else None
    if cut is None:
        return None, content
    return trim(doc, phrase.start, phrase.end), [*content[:-1], cut]


def _capitalised(tok: Token) -> bool:
    """A word written with a capital inside a sentence: a name, whatever the tagger says."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.i != tok.sent.start
