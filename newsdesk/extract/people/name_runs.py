"""Names the tagger missed or mislabelled, found as runs of words where a
person's name stands: after a title ("Alhaji Rasaq Bakare") or an office
("Senate Minority Whip Dolores Hollis said"), or unlabelled before a verb
of saying ("Lerato Mahlangu said"); names written with an age are
aged_names.py's. `mentions.People` adds them to the article's people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ...nlp import GIVEN_NAME_ABBREVIATIONS, dictionary_words, doc_ents, doc_text
from ..countries import is_country
from ..doc import tokens_of, tokens_spelt
from ..quotes.cues import SAYING_VERBS
from .display_names import POST_NOMINALS
from .given_names import known_given_name
from .name_spans import (
    INITIALS,
    INSTITUTION_WORDS,
    OPENING_ROLES,
    PLACE_ENDS,
    bent_word,
    hyphened_word,
    joins_a_name,
)
from .names import (
    INITIAL,
    NAME_PARTICLES,
    NOT_SURNAMES,
    PATRONYMICS,
    ROLE_HEADS,
    TITLES,
    TITLES_OF_ADDRESS,
    name_cased,
    name_word,
)


def _a_title(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in TITLES_OF_ADDRESS


#: The last parts of offices written with a hyphen ("fly-half", "centre-back"),
#: which the tokenizer splits.
_HYPHENED_TAILS = frozenset(r.rpartition("-")[2] for r in OPENING_ROLES if "-" in r)


def _portfolio_and_name(doc: Doc, office: int, start: int) -> bool:
    """Whether the tagger read an office's portfolio and the name after it as
    one body ("Minister for | Digital Development and Information Chua Hui
    Min"): the body opens after the office's "for" and runs into the name."""
    k = start
    while k > office + 2 and doc[k].ent_iob_ == "I":
        k -= 1
    return start > office + 2 and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "ORG"


def _opens_as_office(tok: Token) -> bool:
    if tok.is_lower and hyphened_word(tok) in OPENING_ROLES:
        return True  # "fly-half Fraser Lindsay-Gow kicking": a position, tokenised in three
    # "TD", "MLA", "MSP": an office written as its capitals; "Eastholme
    # manager", "Opposition lawmaker": an office in lower case after a capital
    return tok.lower_ in OPENING_ROLES and (
        tok.is_title or (tok.is_upper and len(tok) <= 4)
        or (tok.is_lower and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("PROPN", "NOUN", "ADJ")
            and name_cased(tok.doc[tok.i - 1])))


def no_name_in(words: Iterable[Token]) -> bool:
    """Whether every word is an English word and none a given name: an
    office's own words ("Chief Government Valuer"), no one's name."""
    return all(t.lower_ in dictionary_words() and not known_given_name(t.text) for t in words)


def titled_runs(doc: Doc) -> list[Span]:
    """Two or three capitalised words after a title of address written with a
    capital ("Mrs Kemi Oduwole", "Alhaji Rasaq Bakare", "Prince Dapo Adeyemi"):
    names, whatever the tagger made of them (it misses many a name it never
    saw in training). Offices ("President", "Governor") are left to NER: they
    also open the names of places and bodies."""
    found: list[Span] = []
    for tok in tokens_spelt(doc, TITLES_OF_ADDRESS, _a_title):
        if tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in TITLES_OF_ADDRESS:
            continue  # the second of two titles ("Det Insp Mark Fenwick"): read from the first
        if tok.i + 1 < len(doc) and is_country(f"{tok.text} {doc[tok.i + 1].text}"):
            continue  # "Sri Lanka Cricket": a country, no title
        k = tok.i + 1
        # "Engr . Tunde" tokenised apart; "Det Insp Mark Fenwick": titles in a row
        while k < len(doc) and (doc[k].text == "." or (
                doc[k].lower_.rstrip(".") in TITLES_OF_ADDRESS and doc[k].text[:1].isupper())):
            k += 1
        words = k
        while words < len(doc) and INITIAL.fullmatch(doc[words].text):
            words += 1  # "Chief Minister M R Venkatesh Gowda": initials first
        end = words
        nickname = 0  # "Sen. Ramon “Monching” Villaflor": a quoted nickname inside
        hyphens = 0  # "Ms Pottinger-Hall": one name of three tokens
        particles = 0  # "Cllr Síle Ní Bhraonáin-Walsh": a particle is no name of its own
        while end < len(doc) and end - words - nickname - 2 * hyphens - particles < 4:
            if (not nickname and end > words and end + 3 < len(doc) and doc[end].is_quote
                    and doc[end + 1].is_title and doc[end + 2].is_quote):
                nickname = 3
                end += 3
                continue
            if end > words and joins_a_name(doc, end):
                hyphens += 1
                end += 2
                continue
            if end > words and doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and (
                    name_cased(doc[end + 1]) and name_word(doc[end + 1])):
                particles += 1
                end += 1
                continue
            if not (name_word(doc[end]) and name_cased(doc[end])
                    and doc[end].lower_.rstrip(".") not in TITLES):
                break
            if end == words and doc[end].lower_ in ROLE_HEADS and not known_given_name(
                    doc[end].text):
                break  # "Chief Executive Matthias ...": an office, "Chief" no title of address
            end += 1
        if nickname and end - words - nickname < 2:
            end -= nickname  # the quote closed the run: no surname after it
        if end - words - nickname - 2 * hyphens - particles == 4 and (
                doc[end - 1].ent_type_ in ("DATE", "TIME", "NORP")
                or any(t.lower_ in ROLE_HEADS for t in doc[words:end])
                or (end < len(doc) and name_word(doc[end]) and name_cased(doc[end]))):
            # four names only where the name ends there ("MPA Rana Sajjad Ahmed
            # Khan rejected"), not a run of capitals going on, an office
            # ("Chief Special Prosecutor Milena ...") or a day after it
            end -= 1
        # the tagger may call the name a place; a place word ends a place's
        # name ("Prince Edward Island")
        # (a hyphen makes one: "Pottinger-Hall" is no hall)
        joined = end - 2 > k and doc[end - 2].text == "-"
        if end - k >= 2 and 1 <= end - words - nickname - 2 * hyphens - particles <= 4 and (
            doc[end - 1].lower_ not in NOT_SURNAMES) and (
            joined or doc[end - 1].lower_ not in PLACE_ENDS
        ) and not no_name_in(doc[words:end]):
            # ("the Chief Government Valuer": an office's words, no name)
            found.append(doc[k:end])
    return found


#: What a name's bearer is of their line, written after the surname.
_SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])


def titled_across(doc: Doc, runs: list[Span]) -> list[Span]:
    """Names after a title of address or an office (`titled_runs`,
    `office_runs`) that the tagger's entities cut ("Deputy Minister for
    Agriculture Mr Hamisi | Omari Mzava", "PML-N MPA Rana Sajjad Ahmed |
    Khan"): the title says where the name
    starts, the run where it ends; an entity reaching past its last word is
    the tagger's ("Dr Jane Goodall Institute") and left alone."""
    found = []
    for run in runs:  # `titled_runs` and `office_runs`, read once by the caller
        if run.end < len(doc) and doc[run.end].text.rstrip(".") in _SUFFIXES:
            run = doc[run.start : run.end + 1]  # "Rep. Esteban Villarreal Jr.,"
        if any(t.lower_ in ROLE_HEADS for t in run):
            continue  # "Chief Special Prosecutor ...": an office, the tagger's to read
        cut = [e for e in doc_ents(doc) if e.start < run.end and run.start < e.end]
        if cut and all(e.end <= run.end and (e.start, e.end) != (run.start, run.end)
                       and not (e.start <= run.start and e.end == run.end) for e in cut) and (
                run[-1].lower_ not in INSTITUTION_WORDS):
            found.append(run)
    return found


def office_runs(doc: Doc) -> list[Span]:
    """Two or three capitalised words after an office written with a capital,
    when the run is the subject of a verb or set off by a comma ("Senate
    Minority Whip Dolores Hollis said"): a name the tagger missed. Offices
    also open the names of places and bodies ("Governor Street"), so a run
    the tagger read as one, or one no verb follows, is left alone."""
    found: list[Span] = []
    # "Defender Jamal Osei, speaking to ...", "Neighbour Gary Pritchard said":
    # who someone is, written as an office is
    for tok in tokens_spelt(doc, OPENING_ROLES | _HYPHENED_TAILS, _opens_as_office):
        start = tok.i + 1
        if start < len(doc) and doc[start].lower_ in ("for", "of") and (
                tok.lower_ in _PORTFOLIO_OFFICES):
            # "Associate Administrator for Science Nicola Fox": the office's
            # portfolio in capitals, then a given name (or "the": "Leader of the
            # Opposition Ravi Pandian"; or, after a portfolio of two, a name no list
            # or dictionary holds: "Minister of Education and Research Kristjan Vähi")
            start = next((k for k in range(start + 2, min(start + 7, len(doc)))
                          if (known_given_name(doc[k].text) or (
                              doc[k - 1].lower_ not in ("and", "&") and name_cased(doc[k])
                              and not {doc[k].lower_, doc[k].lower_.removesuffix("s")}
                              & dictionary_words()))
                          and all(name_cased(t) or (t.lower_ == "the" and t.i == start + 1)
                                  or (t.lower_ in ("and", "&") and start + 1 < t.i < k - 1)
                                  for t in doc[start + 1 : k])), len(doc))
        end, particles, hyphens = start, 0, 0
        # (four after two given names: "President Ana Inés Larrañaga Berro",
        # a Spanish name's two given names and two surnames)
        most = 4 if start + 1 < len(doc) and all(
            known_given_name(doc[k].text) and name_cased(doc[k]) for k in (start, start + 1)) else 3
        while end < len(doc) and end - start - particles - 2 * hyphens < most:
            if end == start + particles and INITIALS.fullmatch(doc[end].text) and (
                    doc[end].whitespace_):
                particles, end = particles + 1, end + 1  # "Minister for Roads T. Ilamaran ..."
                continue
            if end > start and doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and (
                    doc[end + 1].pos_ == "PROPN" and name_cased(doc[end + 1])):
                particles, end = particles + 1, end + 1  # "TD Pádraig de Búrca"
                continue
            if end > start and joins_a_name(doc, end):
                hyphens, end = hyphens + 1, end + 2  # "Mayor Jean-François Tremblay"
                continue
            if not (name_word(doc[end]) and name_cased(doc[end])
                    and doc[end].lower_ not in ROLE_HEADS and (doc[end].pos_ == "PROPN" or (
                        # a surname the tagger read as a noun, after a given name
                        end > start and doc[end].lower_ not in dictionary_words()))):
                break
            end += 1
        run = doc[start:end]
        if not 2 <= len(run) - particles - 2 * hyphens <= most or end >= len(doc):
            continue
        # the tagger may read the office and the name as one body ("Minority
        # Whip Dolores Hollis"); a body's own name ends elsewhere
        as_body = run[-1].ent_type_ == "ORG" and (
            tok.ent_type_ == "ORG" or _portfolio_and_name(doc, tok.i, start)) and (
            end == len(doc) or doc[end].ent_iob_ != "I")
        if not as_body and any(t.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "PERSON")
                               for t in run) and not _given_name_first(run):
            continue
        after = doc[end]
        if after.text == "(":  # ("Minister X (Isamaa) said": past the party in brackets)
            after = next((t for t in doc[end + 1 : end + 6] if t.text == ")"), after)
            after = doc[after.i + 1] if after.text == ")" and after.i + 1 < len(doc) else after
        # ("referee Mathieu Carrère-Lasserre sin-binned ...": a verb in hyphened words)
        hyphened_verb = end + 2 < len(doc) and doc[end + 1].text == "-" and (
            doc[end + 2].pos_ == "VERB")
        # ("fly-half Fraser Lindsay-Gow kicking 17 points": a participle read as a noun)
        participle = after.is_lower and after.text.endswith("ing") and _given_name_first(run)
        # ("Governor Paulina Ríos Vidal on Monday rejected": the subject of a verb further on)
        if (after.pos_ not in ("VERB", "AUX") and after.text != "," and run[-1].dep_ != "nsubj"
                and not hyphened_verb and not participle):
            continue
        if run[-1].lower_ in NOT_SURNAMES or run[-1].lower_ in PLACE_ENDS:
            continue
        if no_name_in(run):
            continue  # "Chief Government Valuer, Mr ...": the office's own words, no name
        found.append(run)
    return found


def _given_name_first(run: Span) -> bool:
    """Whether the run opens with a given name and the tagger's entities lie
    inside it, cutting one name in pieces ("State Representative Danielle |
    Marchand-Pruitt", "Danielle" a place; "manager Bruno | Tavares | Costa")."""
    doc = run.doc
    return known_given_name(run[0].text) and run[0].ent_iob_ in ("B", "") and (
        run.end == len(doc) or doc[run.end].ent_iob_ != "I")


def _labelled(run: Span) -> bool:
    """Whether the tagger labelled a word of the run, but for a surname it
    took alone for a body after a given name it left unlabelled ("Tomasz |
    Wójcik-Brandt said", the hyphened surname tagged an organisation)."""
    labelled = [t for t in run if t.ent_type_]
    if not labelled:
        return False
    doc = run.doc
    if (labelled == [run[0]] and run[0].ent_type_ in ("GPE", "ORG", "LOC", "NORP")
            and known_given_name(run[0].text)):
        return False  # "Matteo | Dall'Olio won": a given name taken alone for a place
    return not (
        not run[0].ent_type_ and known_given_name(run[0].text)
        and all(t.ent_type_ != "PERSON" for t in labelled)
        and labelled[0].ent_iob_ == "B"
        and (run.end >= len(doc) or doc[run.end].ent_iob_ != "I")
    )


def patronymic_names(doc: Doc) -> list[Span]:
    """Names built on a patronymic in lower case ("Rahimah binti Yusof",
    "Omar bin Khalid Al Falasi"): a given name, the particle and the
    father's name, whatever the tagger made of their words."""
    found: list[Span] = []
    for tok in tokens_spelt(doc, PATRONYMICS, lambda t: t.is_lower):
        start = tok.i
        while start > 0 and tok.i - start < 2 and _written_as_name(doc[start - 1]):
            start -= 1
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and (
                _written_as_name(doc[end]) or doc[end].lower_ in NAME_PARTICLES):
            end += 1
        while end > tok.i + 1 and doc[end - 1].lower_ in NAME_PARTICLES:
            end -= 1
        if start < tok.i and end > tok.i + 1:
            found.append(doc[start:end])
    return found


def _written_as_name(tok: Token) -> bool:
    """A word written as a name's, no title, no English word opening a sentence."""
    return tok.is_alpha and name_cased(tok) and tok.lower_ not in TITLES_OF_ADDRESS and (
        not tok.is_sent_start or tok.lower_ not in dictionary_words())


#: Endings of English words for what someone does ("forecaster", "columnist").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")


def _a_trade(tok: Token) -> bool:
    """Whether a capitalised word opening a sentence is a trade written
    before a name, no name's word ("Forecaster Ruairí Mac Lochlainn told")."""
    word = tok.lower_
    return bool(tok.is_sent_start) and (word in ROLE_HEADS or word.endswith(_AGENT_ENDINGS)) and (
        word in dictionary_words() and not known_given_name(tok.text))


#: A Vietnamese name: a common family name, the middle name "Thi" or "Van",
#: and one or two given names ("Le Thi Bich Ngoc", "Hoang Van Binh").
_VIETNAMESE_NAME = re.compile(
    r"\b(?:Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Dinh|Trinh)"
    r" (?:Thi|Van)(?: [A-Z][a-z]+){1,2}\b"
)


def vietnamese_names(doc: Doc) -> list[Span]:
    """Vietnamese names written as the papers write them, which the tagger
    often takes for a body ("Le Thi Bich Ngoc") or cuts ("Bich Ngoc")."""
    found = (doc.char_span(m.start(), m.end(), alignment_mode="contract")
             for m in _VIETNAMESE_NAME.finditer(doc_text(doc)))
    return [span for span in found if span is not None and len(span) >= 3]


def untagged_names(doc: Doc) -> list[Span]:
    """Two or three proper nouns written as names that the tagger left without
    any label, where a person stands: before a verb or set off by a comma
    ("Callum Reddings admitted", "Julia Pottinger-Hall, the Member for ..."),
    or in brackets after a part they play ("Inês (Kalina Petrova-Weiss)"),
    the first a well-attested given name; or before a verb of saying, no word
    of them English ("Lerato Mahlangu said"). A surname that is a word of the
    dictionary is left to the tagger: "Sky News", "Ferrow Systems", "Brinley
    Lido" are bodies and places."""
    words = dictionary_words()
    found: list[Span] = []
    for tok in tokens_of(doc, pos=("PROPN",)):
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" and name_word(prev) and not _a_trade(prev):
            continue  # not the first word of its run
        end, hyphens, particles = tok.i, 0, 0
        while end < len(doc) and (end - tok.i - 2 * hyphens - particles < 3
                                  or joins_a_name(doc, end)):  # "... Ioane-Lemalu"
            if end > tok.i and joins_a_name(doc, end):
                hyphens, end = hyphens + 1, end + 2
                continue
            if end > tok.i and doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and (
                doc[end + 1].pos_ == "PROPN" or doc[end + 1].lower_ in NAME_PARTICLES
            ):
                particles, end = particles + 1, end + 1  # "Ilse de la Fuente-Brandt"
                continue
            if not (doc[end].pos_ == "PROPN" and name_word(doc[end]) and name_cased(doc[end])):
                break
            end += 1
        run = doc[tok.i : end]
        names = [t for t in run if name_word(t) and t.lower_ not in NAME_PARTICLES]
        # an honour after the name ("Conor Devally SC, defending, said")
        after = end + 1 if end < len(doc) and doc[end].text.rstrip(".") in POST_NOMINALS else end
        # "Inês (Kalina Petrova-Weiss)": a cast list gives the player in brackets
        bracketed = tok.i > 0 and doc[tok.i - 1].text == "(" and (
            after < len(doc) and doc[after].text == ")")
        if (len(names) - hyphens < 2 or after >= len(doc) or _labelled(run)
                or (doc[after].pos_ != "VERB" and doc[after].text != "," and not bracketed
                    # "Alejandro Ruiz de la Vega has been speaking", "Shivanand
                    # Ramsaran was shot" (not "... will stop")
                    and not (doc[after].lemma_ in ("have", "be")
                             and doc[after].tag_ in ("VBZ", "VBD")))):
            continue
        lower = [t.lower_ for t in names]
        if any(w in TITLES_OF_ADDRESS or w in ROLE_HEADS or w in INSTITUTION_WORDS
               or w in NOT_SURNAMES for w in lower) or (
                not (end - 2 > tok.i and doc[end - 2].text == "-") and lower[-1] in PLACE_ENDS):
            continue
        given = known_given_name(names[0].text)
        # (a hyphened surname as a whole: "Pottinger-Hall" is no word; a
        # given name and particles make "Lucía de la Vega" a name, "vega" or not)
        if not (given and particles) and any(
                (w in words or bent_word(w)) and w not in NAME_PARTICLES
                for w in run.text.lower().split()[1:]):
            continue  # "Brinley Lido", "Ferrow Systems", "St Andrew South"
        # a name no given-name table knows ("Lerato Mahlangu") only as the
        # subject of a verb of saying
        if given or (lower[0] not in words and doc[after].lemma_.lower() in SAYING_VERBS
                     and not bracketed) or _set_off_after_a_role(run, words):
            found.append(run)
    return found


def _set_off_after_a_role(run: Span, words: frozenset[str]) -> bool:
    """A name of no English word set off by commas after the role it holds
    ("The Leader of the Opposition, Seiuli Tavita Ioane-Lemalu, told"),
    whatever table of given names lacks it."""
    doc = run.doc
    head = run.root.head
    return (run.root.dep_ == "appos" and head.i < run.start and head.lower_ in ROLE_HEADS
            and run.start > 0 and doc[run.start - 1].text == ","
            and run.end < len(doc) and doc[run.end].text == ","
            and not any(t.lower_ in words for t in run))


#: Offices written with their portfolio ("Minister for Health", "Associate
#: Administrator for Science"); a member's "for" names a seat, which may read
#: as a name ("Member for St Andrew South").
_PORTFOLIO_OFFICES = frozenset(
    """minister secretary administrator commissioner director spokesperson spokesman
    spokeswoman undersecretary leader""".split()
)


#: A quotation mark that may open a nickname inside a name: after a word and
#: a space, before a capital.
_NICKNAME_OPENING = re.compile(r"(?<=\w )[\"“‘'(](?=[^\W\d_])")


def _nickname(tok: Token) -> bool:
    """A nickname's word: written as a name is, or a few capitals ("JJ")."""
    return name_cased(tok) or (tok.is_upper and tok.is_alpha and len(tok) <= 4)


def _second_surname(tok: Token) -> bool:
    """A word that goes on a surname right before it: a proper noun written
    as a name, no place, body or date's."""
    return (tok.pos_ == "PROPN" and name_cased(tok) and name_word(tok) and not tok.is_stop
            and tok.ent_type_ not in ("GPE", "LOC", "ORG", "DATE", "TIME", "NORP"))


def nicknamed_names(doc: Doc) -> list[Span]:
    """Names with a quoted nickname inside ("Jose Antonio "Tonton" de la Paz",
    "Arnel 'Boy' Tiongson"), which the tagger cuts at the marks: up to three
    capitalised words before the nickname, one of them a known given name,
    and a surname after it (particles and hyphens allowed). Read once per Doc
    (the people and the quotes both ask)."""
    cached = doc.user_data.get("newsdesk_nicknamed")
    if cached is not None:
        return list(cached)
    found: list[Span] = []
    # (only marks after a word and a space, before a capital: not every token)
    for mark in _NICKNAME_OPENING.finditer(doc_text(doc)):
        opening = doc.char_span(mark.start(), mark.end())
        if opening is None:
            continue
        tok = opening[0]
        k = tok.i
        # ("Daniel “el Flaco” Bentancor": a Spanish nickname with its article)
        if not (k > 0 and k + 3 < len(doc) and (_nickname(doc[k + 1]) or (
                doc[k + 1].lower_ in ("el", "la") and name_cased(doc[k + 2])
                and doc[k + 3].is_quote))):
            continue
        if tok.text == "(":
            # "Gurdeep (Gary) Singh-Atwal": a bracket holds a given name only
            # ("Ann Lee (Labour)" is her party)
            close = k + 2 if doc[k + 2].text == ")" and known_given_name(doc[k + 1].text) else None
        elif not tok.is_quote:
            continue
        else:
            close = k + 2 if doc[k + 2].is_quote else k + 3 if (
                doc[k + 3].is_quote and name_cased(doc[k + 2])) else None
        if close is None or not doc[k - 1].whitespace_ or not doc[close].whitespace_:
            continue
        start = k
        while (start > 0 and k - start < 3 and doc[start - 1].text[:1].isupper()
               and (doc[start - 1].is_alpha or INITIAL.fullmatch(doc[start - 1].text)
                    or doc[start - 1].text in GIVEN_NAME_ABBREVIATIONS)
               and doc[start - 1].lower_.rstrip(".") not in TITLES):
            start -= 1
        # the name opens at a given name ("Undersecretary Cristina"), or at
        # its short form before one ("Ma. Lourdes")
        while start < k and not known_given_name(doc[start].text) and not (
                doc[start].text.endswith(".") and start + 1 < k
                and known_given_name(doc[start + 1].text)):
            start += 1
        if start == k and doc[k - 1].ent_type_ == "PERSON" and doc[k - 1].text[:1].isupper() \
                and doc[k - 1].lower_ not in OPENING_ROLES:
            start = k - 1  # "Vishwanath "Dada" Kale-Patil": a given name the table lacks
        if start < k and start >= 2 and joins_a_name(doc, start - 1) and name_cased(doc[start - 2]):
            start -= 2  # "Per-Olof "Pelle" Sandqvist": a hyphened given name
        if start == k:
            continue
        end = close + 1
        while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and end - close <= 3:
            end += 1
        if end >= len(doc) or not (name_cased(doc[end]) and name_word(doc[end])
                                   and not doc[end].is_stop
                                   and doc[end].ent_type_ not in ("DATE", "TIME")):
            continue
        end += 1
        while end + 1 < len(doc) and joins_a_name(doc, end):
            end += 2  # "Dizon-Villareal"
        if end < len(doc) and _second_surname(doc[end]):
            end += 1  # "Ramon "Mon" Dela Paz Villareal": a mother's surname and a father's
        more = end
        while more < len(doc) and doc[more].is_lower and doc[more].lower_ in NAME_PARTICLES:
            more += 1
        if more > end and more < len(doc) and name_cased(doc[more]) and doc[more].is_alpha:
            end = more + 1  # "Eraclio "Lalo" Quiñónez de la Torre": a second surname's particles
        found.append(doc[start:end])
    doc.user_data["newsdesk_nicknamed"] = tuple(found)
    return found


_LETTERS = frozenset("bcdefghjklmnopqrstuvwxyz")
#: A single capital a name's initial is written as, with its full stop or
#: without ("G Venkatesh Goud"; but not "A" or "I", words of their own).
_BARE_INITIAL = re.compile(r"[A-Z]\.|[B-HJ-Z]")


def initialled_runs(doc: Doc) -> list[Span]:
    """Initials, often written without full stops, then one or two
    capitalised names that are no words of the dictionary ("G Venkatesh
    Goud", "K Nagaraju", "SHO P. Ramesh"): names as Indian papers write them,
    which the tagger misses or calls a body. Not a letter of a series or a grade
    ("Plan B", "Vitamin D Deficiency"): a proper noun before the letter ends
    the reading, unless an office or a title ("SHO K Nagaraju")."""
    words = dictionary_words()
    found: list[Span] = []
    for tok in tokens_spelt(doc, _LETTERS, lambda t: _BARE_INITIAL.fullmatch(t.text) is not None):
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (_BARE_INITIAL.fullmatch(prev.text) or prev.like_num or (
                prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start
                and prev.lower_ not in ROLE_HEADS and prev.lower_.rstrip(".") not in TITLES
                and not _ends_an_office(prev))):
            continue  # the second of two initials, "Plan B", a vintage's "2011 B Goldkapsel"
        k = tok.i
        while k < len(doc) and _BARE_INITIAL.fullmatch(doc[k].text) and doc[k].whitespace_:
            k += 1
        end = k
        while end < len(doc) and end - k < 2 and doc[end].is_alpha and name_cased(doc[end]) and (
                doc[end].lower_ not in words and doc[end].lower_ not in NOT_SURNAMES
                and doc[end].lower_.rstrip(".") not in TITLES):
            end += 1
        if end > k and k - tok.i <= 3:
            found.append(doc[tok.i : end])
    return found


def _ends_an_office(tok: Token) -> bool:
    """Whether `tok` ends an office written with its field ("Leader of the
    Opposition", "Superintendent of Police"), a name's initials after it."""
    doc, j = tok.doc, tok.i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in ROLE_HEADS
