"""Names written with an age: "Des Kavanagh, 81," (which the tagger may
call a place), "Anselmo, a 27-year-old fisherman," and "Anjali, 41, stood
...": only a person is given an age so, whatever the tagger made of the
words. `mentions.People` adds them to the article's people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...nlp import doc_ents
from ..doc import tokens_spelt
from .given_names import known_given_name
from .name_spans import name_words, proper_words
from .names import ROLE_HEADS, name_cased
from .speaker_words import AGENT_ENDING, PERSON_NOUNS


def aged_names(doc: Doc) -> list[Span]:
    """One to three capitalised words the tagger gave another label, written
    with an age ("Des Kavanagh, 81, who worked ...", tagged a place): only a
    person is given an age so."""
    # (a hyphened surname is one word: "Tamsin Greaves-Holloway, 34,")
    return [ent for ent in doc_ents(doc) if ent.label_ != "PERSON" and written_with_age(ent)
            and 1 <= len(ent) - 2 * name_words(ent)[1] <= 3
            and proper_words([t for t in ent if t.text != "-"])]


_COMMA = frozenset([","])
_ARTICLES = frozenset(["a", "an"])


def described_given_names(doc: Doc) -> list[Span]:
    """A given name alone that opens a sentence (or follows its "For"), set
    off by a description of someone with an age or a trade ("Anselmo, a
    27-year-old fisherman who survived ..., said"; "For Priya, a care
    assistant from Kochi, ..."): a person the article names by the given
    name only, whatever the tagger made of it."""
    found: list[Span] = []
    # (the cheap test first, on the Doc's arrays: a comma, then "a" or "an")
    commas = {t.i - 1 for t in tokens_spelt(doc, _COMMA, lambda t: True)}
    articles = {t.i - 2 for t in tokens_spelt(doc, _ARTICLES, lambda t: True)}
    # (a sentence's first word the tagger may read as a common noun)
    for k in sorted(k for k in commas & articles if k >= 0):
        tok = doc[k]
        if tok.pos_ not in ("PROPN", "NOUN") or k + 4 >= len(doc):
            continue
        if k > 0 and not _opens(doc, k) and not (
                doc[k - 1].lower_ in _OPENING_PREPOSITIONS and _opens(doc, k - 1)):
            continue
        if doc[k + 1].text != "," or doc[k + 2].lower_ not in _ARTICLES:
            continue  # (the arrays' spellings take in "a." too)
        if not known_given_name(tok.text) or not name_cased(tok):
            continue
        if any(t.text.endswith("year-old") or t.text == "year" for t in doc[k + 3 : k + 7]) or any(
                c.dep_ == "appos" and _someone_by_trade(c.lemma_.lower()) for c in tok.children):
            found.append(doc[k : k + 1])
    return found


#: Words a sentence may open with before a given name set off so ("For
#: Tomasz, a courier from Gdansk, the rule came as a blow").
_OPENING_PREPOSITIONS = frozenset(["for", "like"])


def _opens(doc: Doc, k: int) -> bool:
    """Whether token `k` opens a sentence or a line (after punctuation set
    off by a space, or a break; not the second half of "Alcott-Vance")."""
    before = doc[k - 1] if k else None
    return before is None or before.is_space or (before.is_punct and bool(before.whitespace_))


def _someone_by_trade(lemma: str) -> bool:
    """Whether a noun names someone by what they are or do ("a courier", "a
    care assistant", "a nurse")."""
    return lemma in PERSON_NOUNS or lemma in ROLE_HEADS or bool(AGENT_ENDING.search(lemma))


def written_with_age(name: Span) -> bool:
    """Whether an age follows the name between commas ("Des Kavanagh, 81,").
    One word alone (a mononym: "Sutrisno, 52, a farmer, said") only where a
    description, "who", a home town or a verb follows the age, not in a list of figures
    ("Kenya, 12, and Uganda, 9")."""
    doc = name.doc
    if name.end + 3 >= len(doc):
        return False
    comma, age, close, nxt = (doc[name.end + k] for k in range(4))
    if not (comma.text == "," and age.like_num and age.text.isdigit()
            and 1 <= int(age.text) <= 115 and close.text in (",", ")")):
        return False
    if len(name) == 1 and name.start > 0 and doc[name.start - 1].pos_ == "DET":
        return False  # "The Dutchman, 47, was appointed": a description, not a name
    # (or where they are from: "said Gareth, 52, from Cardiff", a passer-by's name)
    return len(name) > 1 or nxt.lower_ in ("a", "an", "the", "who", "from") or (
        nxt.pos_ in ("VERB", "AUX"))


def aged_given_names(doc: Doc) -> list[Span]:
    """A given name alone the tagger left without a label, set off by an age
    ("Anjali, 41, stood in what was left of her kitchen"): the article
    naming a person by the given name only (a resident, a survivor)."""
    found: list[Span] = []
    # (the cheap test first, on the Doc's arrays: a comma before a number)
    commas = {t.i + 1 for t in tokens_spelt(doc, _COMMA, lambda t: True)}
    for k in sorted(commas):
        if k < 2 or k + 2 >= len(doc) or not doc[k].text.isdigit():
            continue
        name = doc[k - 2 : k - 1]
        tok = name[0]
        if tok.ent_type_ or not name_cased(tok) or not known_given_name(tok.text):
            continue
        if tok.lower_ in PERSON_NOUNS or tok.lower_ in ROLE_HEADS:
            continue  # "Man, 34, charged with arson": a headline's unnamed man
        if tok.i > 0 and name_cased(doc[tok.i - 1]):
            continue  # (the last word of a longer name: the tagger's or untagged_names')
        if written_with_age(name):
            found.append(name)
    return found
