"""A headline's own attribution at its end: "Rates will stay high, minister
says", "Wetlands vanishing fast, UN report warns", "Terminal to double,
says chairman".

Headlines are written without articles and often without a main verb the
parser can find ("..., study suggests" parses as a noun phrase), so the
attribution is read from the headline's layout: the words after its last
comma (or after a closing quote: "Strike 'unacceptable' says minister")
are a short speaker and a verb of saying, in either order; or the
verb and what the headline's subject says ("Mayor backs upgrade, says pool
'will reopen'"); or a quote, a colon and a clause whose subject is the one
quoted ("'We will rebuild': Villagers vow to stay").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .cues import DOCUMENT_HEADS, is_cue_verb
from .statement import Statement

#: Verbs a headline attributes with, in the present tense headlines use.
_VERB = (
    r"(?:says?|warns?|suggests?|finds?|rules?|claims?|insists?|admits?|denies|deny|urges?"
    r"|vows?|confirms?|announces?|reveals?|predicts?|argues?|declares?|shows?|concludes?"
    r"|pledges?|promises?|threatens?|accuses?|demands?|tells?|cautions?|stresses?)"
)
#: A speaker as a headline writes one: a few words, none of them a clause's.
_WHO = r"(?P<who>[\w'’.&-]+(?: [\w'’.&-]+){0,4})"
#: "..., study suggests" and "..., says chairman".
_TRAILING = re.compile(rf",\s+{_WHO}\s+(?P<cue>{_VERB})\s*$")
_INVERTED = re.compile(rf",\s+(?P<cue>{_VERB})\s+{_WHO}\s*$")
#: "Milan transport strike 'unacceptable' says minister": no comma after a
#: closing quote, as ANSA and others write it.
_QUOTED_TRAILING = re.compile(rf"(?<=[\"'”’])\s+{_WHO}\s+(?P<cue>{_VERB})\s*$")
_QUOTED_INVERTED = re.compile(rf"(?<=[\"'”’])\s+(?P<cue>{_VERB})\s+{_WHO}\s*$")
#: "'We nearly split up': Nadia van Heerden on the band's return": the quote
#: first, then a colon or a dash and the name of the one quoted.
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|van|von|de|der|den|da|di|del|la|le|ter|bin|al)"
_QUOTE_THEN_NAME = re.compile(
    r"^(?P<quote>[\"'“‘].+[\"'”’])\s*[:—–-]\s*"
    rf"(?P<who>[A-Z][\w'’.-]*(?: {_NAME_WORD}){{0,4}})"
    r"(?:\s+(?:on|about|at|in)\b.*)?$"
)
#: "'I won't give you a date': Lakeshore transit's new boss on fares": a
#: description of the one quoted, then what the piece is about.
_QUOTE_THEN_WHO_ON = re.compile(
    r"^(?P<quote>[\"'“‘].+[\"'”’])\s*:\s*"
    r"(?P<who>[A-Z][\w'’.-]*(?: [\w'’.-]+){1,5}?)\s+(?:on|about)\s+\S.*$"
)
#: "EXCLUSIVE: Geordie Shore's Chantelle 'Telly' Robson on her surprise
#: pregnancy: 'We'd been trying for two years'": who, what about, a colon,
#: then the quote (a kicker in capitals before it or not).
_WHO_ON_THEN_QUOTE = re.compile(
    r"^(?:[A-Z]{3,}: )?(?P<who>[A-Z][\w'’.-]*(?: [\w'’.-]+){1,5}?) on [^:\"“‘]{3,80}:\s*"
    r"(?P<quote>[\"'“‘][^\"“”]+[\"'”’])$"
)
#: Words that make the part after the comma a clause of its own, not a speaker.
_NOT_SPEAKERS = frozenset("it this that which who what there he she they we i you".split())


def headline_attribution(
    doc: Doc, text: str, headline: tuple[int, int], para: int, found: list[Statement]
) -> Statement | None:
    """The statement a headline attributes at its end, if it does and no
    statement found already reads it that way."""
    start, end = headline
    line = text[start:end].rstrip(" .!?")
    named = (_QUOTE_THEN_NAME.match(line) or _QUOTE_THEN_WHO_ON.match(line)
             or _WHO_ON_THEN_QUOTE.match(line))
    if named is not None and len(named.group("quote").split()) >= 3:
        speaker = (start + named.start("who"), start + named.end("who"))
        return Statement([(start + named.start("quote"), start + named.end("quote"))], None,
                         speaker, True, para, via="headline")
    m = (_TRAILING.search(line) or _INVERTED.search(line) or _QUOTED_INVERTED.search(line)
         or _QUOTED_TRAILING.search(line))
    if m is None:
        return _quote_then_clause(doc, start, line, para) or _leading_says(
            doc, start, line, para, found) or _quoted_predicate(start, line, para, found)
    who = m.group("who")
    if who.split()[0].lower() in _NOT_SPEAKERS:
        return None
    if _a_clause(doc, start + m.start("who"), start + m.end("who")):
        return _said_by_the_subject(doc, start, m, para) if m.re in (
            _INVERTED, _QUOTED_INVERTED) else None
    content = line[: m.start()].rstrip(" ,")
    if len(content.split()) < 3:
        return None
    cue = (start + m.start("cue"), start + m.end("cue"))
    cue_span = doc.char_span(*cue)
    if cue_span is None:
        return None
    if any(st.cue == cue and st.speaker is not None
           and st.speaker[0] >= start + m.start() for st in found):
        return None  # read so already
    direct = content[:1] in "\"'“‘" and content[-1:] in "\"'”’"
    speaker = (start + m.start("who"), start + m.end("who"))
    last = who.split()[-1]
    if last.lower() in DOCUMENT_HEADS and len(who.split()) > 1:
        # "large study finds", "UN report warns": the study or report the
        # body goes on to call "the study", not a document of its own
        speaker = (speaker[1] - len(last), speaker[1])
    return Statement([(start, start + len(content))], cue, speaker, direct, para,
                     cue_span[0].i, via="headline")


#: "'Somebody saw something': Mother of teen pleads for witnesses": a quote,
#: a colon, then a clause about the one quoted.
_QUOTE_THEN_CLAUSE = re.compile(r"^(?P<quote>[\"'“‘].+[\"'”’])\s*:\s*(?P<rest>\S.*)$")


def _quote_then_clause(doc: Doc, start: int, line: str, para: int) -> Statement | None:
    """A headline's quote, then a clause whose subject is the one quoted:
    the quote is the subject's ("'We will rebuild': Villagers vow to stay")."""
    m = _QUOTE_THEN_CLAUSE.match(line)
    if m is None or len(m.group("quote").split()) < 3:
        return None
    rest = doc.char_span(start + m.start("rest"), start + m.end("rest"),
                         alignment_mode="contract")
    if rest is None:
        return None
    subject = next((t for t in rest if t.dep_ == "nsubj" and t.head.pos_ == "VERB"
                    and t.head.i > t.i and t.pos_ in ("NOUN", "PROPN")
                    and rest.start <= t.head.i < rest.end), None)
    # ("'I won't be silenced': Wake Up Britain's Gareth Pennock breaks ...": a
    # show's name in capitals before the subject, which the parser made a verb)
    if subject is None or not (subject.left_edge.i == rest.start or all(
            t.is_title for t in rest[: subject.left_edge.i - rest.start])):
        return None
    speaker = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
    quote = (start + m.start("quote"), start + m.end("quote"))
    verb = subject.head
    if is_cue_verb(verb):  # "'...': former fund manager tells jury"
        return Statement([quote], (verb.idx, verb.idx + len(verb.text)), speaker, True, para,
                         verb.i, via="headline")
    return Statement([quote], None, speaker, True, para, via="headline")


def _a_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after a headline's verb are what is said, not who
    says it: a quote opens there, or a verb of their own ("Mayor backs
    upgrade, says pool 'will reopen'")."""
    words = doc.char_span(start, end, alignment_mode="expand")
    return words is not None and any(
        t.text[:1] in "\"'“‘" or (t.is_lower and t.tag_ in ("MD", "VB", "VBD", "VBZ", "VBP"))
        # ("CBN holds rate, says food inflation still a threat": a clause
        # whose verb headlines drop, an adverb inside it)
        or (k > 0 and t.is_lower and t.pos_ == "ADV")
        for k, t in enumerate(words))


def _said_by_the_subject(doc: Doc, start: int, m: re.Match[str], para: int) -> Statement | None:
    """"Mayor backs pool upgrade, says centre 'will reopen'": the headline's
    subject does both, the words after its verb of saying are what it says."""
    cue = (start + m.start("cue"), start + m.end("cue"))
    cue_span = doc.char_span(*cue)
    line = doc.char_span(start, cue[0], alignment_mode="contract")
    if cue_span is None or line is None:
        return None
    subject = next((t for t in line if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        # "PM orders inquiry ..., says '...'": the parser hung the subject on
        # the verb as a compound; the nouns before the headline's first verb
        verb = next((t for t in line if t.pos_ == "VERB"), None)
        nouns = list(line[: verb.i - line.start]) if verb is not None else []
        if nouns and len(nouns) <= 4 and all(t.pos_ in ("NOUN", "PROPN") for t in nouns):
            subject = nouns[-1]
            words = nouns
    else:
        words = [t for t in subject.subtree if t.i <= subject.i]
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if len(words) > 4:
        return None
    content = (start + m.start("who"), start + m.end("who"))
    speaker = (words[0].idx, subject.idx + len(subject.text))
    direct = m.group("who")[:1] in "\"'“‘" and m.group("who")[-1:] in "\"'”’"
    return Statement([content], cue, speaker, direct, para, cue_span[0].i, via="headline")


#: "Iran says 14 miners killed in collapse": who, "says", then what, which a
#: headline writes without a verb of its own the parser could hang on "says".
_LEADING_SAYS = re.compile(
    r"^(?P<who>[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,3}?)\s+(?P<cue>says|say)\s+(?P<what>\S.*)$")


def _leading_says(doc: Doc, start: int, line: str, para: int,
                  found: list[Statement]) -> Statement | None:
    """A headline's "X says ...", when no statement was read in it."""
    m = _LEADING_SAYS.match(line)
    if m is None or len(m.group("what").split()) < 3 or (
            m.group("who").split()[0].lower() in _NOT_SPEAKERS):
        return None
    end = start + len(line)
    if any(start <= st.start < end for st in found):
        return None  # read so already
    cue = (start + m.start("cue"), start + m.end("cue"))
    cue_span = doc.char_span(*cue)
    if cue_span is None:
        return None
    return Statement([(start + m.start("what"), end)], cue,
                     (start + m.start("who"), start + m.end("who")), False, para,
                     cue_span[0].i, via="headline")


#: "Ferry boss 'cannot justify' winter sailings": who, then a quoted
#: predicate, its verb or its negation first, with no verb of saying.
_QUOTED_PREDICATE = re.compile(
    r"^(?P<who>[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,4}?)\s+(?P<said>[\"'“‘]"
    r"(?:will|won[’']t|cannot|can[’']t|could|would|should|must|may|might|not|never|is|are"
    r"|was|were|has|have|had|did|does|do)\b.*)$")


def _quoted_predicate(start: int, line: str, para: int,
                      found: list[Statement]) -> Statement | None:
    """A headline's quoted predicate: the words are its subject's."""
    m = _QUOTED_PREDICATE.match(line)
    if m is None or m.group("who").split()[0].lower() in _NOT_SPEAKERS:
        return None
    end = start + len(line)
    # (a quote read with no one saying it is no reading)
    if any(start <= st.start < end and (st.cue or st.speaker) for st in found):
        return None  # read so already
    return Statement([(start + m.start("said"), end)], None,
                     (start + m.start("who"), start + m.end("who")), False, para,
                     via="headline")
