"""Lines a speaker's label opens: a transcript's `KATE BOLDUAN:`, an
interview's `Q:` and `A:`, a post's `Tom Beaulieu (@RepBeaulieu):`, a
headline's `Poll: ...` or closing `: CM`. The label is who speaks; the rest
of the line is what they said."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span

from ..countries import is_country
from .statement import Statement

#: Offices written with a capital before a name (`Lismore Mayor Jodie Pennefather:`).
_OFFICES = frozenset(
    "minister premier president governor mayor chancellor senator coach judge chairman".split())
#: Headline words that stand for a source before a colon: `Poll: Clinton leads`.
_SOURCE_NOUNS = frozenset(
    "report reports poll polls survey study sources source officials official police "
    "witnesses witness newspaper aides aide lawyer lawyers spokesman spokeswoman".split()
) | _OFFICES  # (a live blog's entry titled by an office: `Minister: stay away from the coast`)


def _names_a_source(span: Span, words: list[str]) -> bool:
    """The words before a line's colon name who speaks: an entity, a
    transcript's speaker label in capitals (`KATE BOULDUAN:`, `Q:`), or a
    headline's source noun (`Report:`)."""
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span):
        return True
    if (all(w.isalpha() and w.isupper() for w in words) and len(words) <= 3) or _is_label(words):
        return True
    return len(words) == 1 and words[0].lower() in _SOURCE_NOUNS


#: Role words a transcript's label gives after a speaker's name.
_BROADCAST_ROLES = re.compile(
    r"\b(?:ANCHOR|HOST|CO-HOST|CORRESPONDENT|REPORTER|PRESENTER|EDITOR|ANALYST|CONTRIBUTOR"
    r"|COMMENTATOR|SECRETARY|MINISTER|PRESIDENT|SENATOR|GOVERNOR|MAYOR|SPOKES\w*|CHAIR\w*"
    r"|DIRECTOR|CHIEF|LEADER|MEMBER|OFFICER|PROFESSOR|AUTHOR|FOUNDER|CEO|MP|MLA|MSP|MEP"
    r"|CANDIDATE|NOMINEE|STRATEGIST|ORGANI[SZ]ER|ADVIS[OE]R|ATTORNEY|LAWYER|SHERIFF|CLERK)\b"
)
#: How far into a line a transcript's label may run (`ROSA DUNMORE, GENERAL
#: SECRETARY, FEDERATED RAIL WORKERS UNION:`); other labels are shorter.
_LABEL_REACH = 100


def name_before_role(label: str, dialogue: set[str], text: str) -> str | None:
    """The name of a transcript label in capitals that gives the speaker's
    role after a comma (`MARCUS FELD, NBN TRANSPORT CORRESPONDENT`): a name
    whose surname labels other turns, or a role word after it, or one the
    transcript writes in lower case too (not `NBN NEWS, EVENING EDITION`)."""
    name, comma, role = label.strip().partition(",")
    # (`LORETTA OBI-HANSEN (D), OHIO SENATE CANDIDATE`: her party after her name)
    name = PARTY_TAG.sub("", name)
    words = name.split()
    if not comma or not role.strip() or label.upper() != label:
        return None
    written = re.search(rf"\b{re.escape(name.strip())}\b", text, re.I)
    if not (words and words[-1] in dialogue) and not _BROADCAST_ROLES.search(role) and (
            written is None or written.group(0).isupper()):
        return None
    # `RODRIGO DE LA ROSA`: a name's particles are short words beside its three
    return name if 2 <= len(words) <= 5 and sum(len(w) > 3 for w in words) <= 3 and all(
        w.replace("'", "").replace("’", "").replace("-", "").replace(".", "").isalpha()
        for w in words) else None


def _is_label(words: list[str]) -> bool:
    """A transcript's speaker label: `Q`, `A`, initials (`OW`) or a name in
    capitals (`KATE BOLDUAN`), with a title before it as a parliament's
    record writes it (`Ms FERRIER`, `Senator NAKAMURA`): the whole line is
    theirs, whatever it reports."""
    titled = len(words) >= 2 and _TITLE_WORD.fullmatch(words[0]) is not None
    titled = titled or (len(words) >= 3 and _CAPS_TITLE.fullmatch(words[0]) is not None)
    if titled:
        words = words[1:]
    # (a hyphened surname is one word: `OKORO-BRANDT`)
    return all(_capitals(w) for w in words) and len(words) <= 3 and (
        titled or len(words) > 1 or len(words[0]) <= 4
    )


def _capitals(word: str) -> bool:
    """A word in capitals, a hyphen or an apostrophe inside it (`OKORO-BRANDT`, `O'NEILL`)."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and letters.isupper() and word[:1].isalpha()


#: A stage direction a transcript writes after a label: `LINDQVIST (on camera):`.
_STAGE_DIRECTION = re.compile(r"\s*\((?:voice[- ]over|v/o|vo|on camera|off camera|via \w+|"
                              r"on the phone|by phone|through (?:a |an )?(?:translator|interpreter)"
                              r"|translated)\)\s*$", re.I)
#: A social handle closing a line's label: `Tom Beaulieu (@RepBeaulieu)`.
_HANDLE = re.compile(r"\s*\(@\w{1,30}\)\s*$")
#: An interviewer's label: `Q:`, `Q.`, `Question:`.
_QUESTION_LABEL = re.compile(r"(?:Q|Question)\s*[:.]\s")


def _named_earlier(text: str, before: int, words: list[str]) -> bool:
    """Whether a line's label is a name written before it: a full name again
    (`Rohan Deshpande:`), or the last word of one (`Deshpande:`); in
    capitals, the name written in ordinary case (`MWALE-BERG:`)."""
    label = re.escape(" ".join(words))
    if " ".join(words).isupper():
        label = "".join(c if not c.isalpha() else f"[{c}{c.lower()}]" for c in label)
    pattern = rf"\b{label}\b" if len(words) > 1 else rf"\b[A-Z][\w'’-]+ {label}\b"
    return re.search(pattern, text[:before]) is not None


#: Initials as a magazine writes its interviewee's, particles in lower case: `HvdW:`.
_MIXED_INITIALS = re.compile(r"[A-Z][^\W\d_A-Z]{0,3}[A-Z][^\W\d_]{0,2}")
#: A name with up to three lower-case particles inside it ("Hendrika van der Walt").
_NAME_WITH_PARTICLES = re.compile(r"[A-Z][\w'’-]+(?: (?:[a-z]{1,3} ){0,3}[A-Z][\w'’-]+)+")


def initials_written_before(text: str, before: int, words: list[str]) -> str | None:
    """The name written before a line whose initials its label is (`HvdW:`
    after "Hendrika van der Walt", `HVDW:` too; `MNíC:` after "Máire Ní Chonaill")."""
    if len(words) != 1 or not _MIXED_INITIALS.fullmatch(words[0]):
        return None
    label = words[0]
    capitals = "".join(c for c in label if c.isupper())
    for m in _NAME_WITH_PARTICLES.finditer(text, 0, before):
        initials = "".join(w[0] for w in m.group().split())
        if label in (initials, initials.upper()) or capitals == initials.upper():
            return re.sub(r"['’]s$", "", m.group())  # ("Siobhán Ní Chonaill’s debut")
    return None


def _after_marks(text: str, start: int, end: int) -> int:
    """Where a paragraph's words start, past the marks that open it and a
    transcript's time stamp (`[00:00:04] Hannah Okonedo-Fisk: ...`)."""
    stamp = _TIME_STAMP.match(text, start, end)
    if stamp is not None:
        start = stamp.end()
    while start < end and text[start] in _OPENING_MARKS:
        start += 1
    return start


#: A time stamp opening a transcript's turn: `[00:00:04]`, `(12:31)`, `00:04:12`.
_TIME_STAMP = re.compile(r"[ \t]*(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)"
                         r"|\d{1,2}:\d{2}:\d{2})[ \t]+(?=[A-Z\"“])")


_OPENING_MARKS = "\"“'‘"
#: A title a parliament's record writes before a name in capitals: `Ms` of `Ms FERRIER:`.
_TITLES = (r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Senator|Sen|Rep"
           r"|Commissioner|Minister|Hon|Judge|Justice|Councillor|Cllr|Chair)\.?")
_TITLE_WORD = re.compile(_TITLES)
#: A title in capitals before a name in capitals: `SEN.` of `SEN. WADE KESSLER (R-OH):`.
_CAPS_TITLE = re.compile(r"(?:SEN|REP|GOV|LT|GEN|COL|DR|MR|MRS|MS|PROF|REV|AMB)\.?")
#: A US politician's party, and state, after a name: `(R-OH)`, `(D)`, `(D-Calif.)`.
PARTY_TAG = re.compile(r"\s*\((?:[DRI]|[DRI]-[A-Z][A-Za-z.]{1,6})\)")
#: A name in capitals before a colon at a line's start: `WALLACE:`, `Ms FERRIER:`.
_CAPS_LABEL = re.compile(  # (a given name's initial first: "D REYES:")
    rf"((?:{_TITLES} )?(?:[A-Z] )?[A-Z][A-Z'’.-]{{1,20}}(?: [A-Z][A-Z'’.-]{{1,20}}){{0,2}}):\s"
)


def dialogue_labels(lines: list[str]) -> set[str]:
    """Labels of a transcript: names in capitals that open two lines or more,
    two such names taking turns (a lone `BREAKING:` or `UPDATE:` is a heading)."""
    counts = Counter(m.group(1) for m in map(_CAPS_LABEL.match, lines) if m)
    turns = {label for label, n in counts.items() if n >= 2}
    return turns if len(turns) >= 2 else set()


#: A name in ordinary case labelling an interview's turn, of one word or
#: several, particles inside it: `Walcott:`, `Ingrid Solheim-Bakke:`, `Ferreira de Souza:`.
_NAME_LABEL = re.compile(
    r"([A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|del|la|van|von|der|bin|al|da|di|dos|do)){0,3}):\s")


def _named_turns(lines: list[str]) -> set[str]:
    """Full names that open the lines of an interview, two of them or more
    (`Tomasz Wierzbicki: Why start there?` / `Ingrid Solheim-Bakke: My father
    was proud.`): each line is that person's turn, whatever it reports."""
    names = {m.group(1) for m in map(_NAME_LABEL.match, lines) if m and " " in m.group(1)}
    names = {n for n in names if n.lower() not in KICKERS}
    return names if len(names) >= 2 else set()


def _taking_turns(lines: list[str], text: str) -> set[str]:
    """Names, of one word or more, that each open two lines or more, two
    of them taking turns, each written in the text before it labels a
    line (`By Tammy Walcott` ... `Walcott:`; `Beatriz Ferreira de Souza
    took over` ... `Ferreira de Souza:`): an interview's labels."""
    counts = Counter(m.group(1) for m in map(_NAME_LABEL.match, lines) if m)
    turns = set()
    for label, n in counts.items():
        if n < 2 or label.lower() in KICKERS:
            continue
        first = text.find(label + ":")
        if first > 0 and re.search(r"\b" + re.escape(label) + r"\b", text[:first]):
            turns.add(label)
    return turns if len(turns) >= 2 else set()


def colon_lines(
    doc: Doc,
    text: str,
    paragraphs: list[tuple[int, int]],
    found: list[Statement],
    is_direct: Callable[[list[tuple[int, int]]], bool],
) -> list[Statement]:
    """`Milbank: Republicans ‘Waving The Flag Of Surrender’` — a headline or
    caption-style line: a short name, a colon, and what they said."""
    out: list[Statement] = []
    taken = [(st.start, st.end) for st in found]
    # a transcript quoted paragraph by paragraph opens each with a mark:
    # `"WALLACE: Let's start with ...`
    starts = [_after_marks(text, ps, pe) for ps, pe in paragraphs]
    lines = [text[ps:pe] for ps, (_, pe) in zip(starts, paragraphs, strict=True)]
    dialogue = (dialogue_labels(lines) | _named_turns(lines[1:])  # (not the headline's kicker)
                | _taking_turns(lines[1:], text))
    capitals = sum(_CAPS_LABEL.match(line) is not None for line in lines)
    labelled_lines = {i for i, line in enumerate(lines) if _CAPS_LABEL.match(line)}
    asked = any(_QUESTION_LABEL.match(line) for line in lines)
    for i, (ps, (_, pe)) in enumerate(zip(starts, paragraphs, strict=True)):
        line = text[ps:pe]
        # (not a shouted headline: "A BOY, BUT A MAN: CASTRO" may name its subject)
        signed = _SIGNED_HEADLINE.search(line.rstrip()) if i == 0 and not line.isupper() else None
        if signed is not None and len(line[: signed.start()].split()) >= 4:
            # "Hubballi-Dharwad to get 24x7 water by March 2027: CM": a headline
            # signed by its speaker after a colon
            colon_at = ps + signed.start()
            out.append(Statement([(ps, colon_at)], (colon_at, colon_at + 1),
                                 (ps + signed.start(1), ps + signed.end(1)),
                                 is_direct([(ps, colon_at)]), i, via="colon"))
            continue
        colon = line.find(":")
        alone = _label_alone(line, dialogue, text)
        if alone is not None and i + 1 < len(paragraphs) and (i + 1) not in labelled_lines:
            # `DANIEL OKORO-BRANDT, HOST:` on a line of its own: the next
            # paragraph is his turn (not a stage direction, "(SOUNDBITE ...)")
            ns, ne = starts[i + 1], paragraphs[i + 1][1]
            said = text[ns:ne].strip()
            lead = ps + len(line) - len(line.lstrip())
            if len(said.split()) >= 4 and not (said[:1] in "([" and said[-1:] in ")]"):
                out.append(Statement([(ns, ne)], (ps + colon, ps + colon + 1),
                                     (lead, lead + len(alone)), is_direct([(ns, ne)]),
                                     i + 1, via="colon"))
            continue
        # a short line is a time or a note, except an interview's answer (`A: No.`)
        answer = line[:colon].strip() in ("A", "Answer") and len(line) - colon > 2
        if not 0 < colon <= _LABEL_REACH or (len(line) - colon < 12 and not answer):
            continue
        lead = ps + len(line) - len(line.lstrip())
        # `CARLA BENNING, NBN ANCHOR: Good evening.`: a transcript's speaker
        # named with their role; the name is the speaker
        direction = _STAGE_DIRECTION.search(line, 0, colon)
        label_text = line[: direction.start()] if direction is not None else line[:colon]
        tag = PARTY_TAG.search(label_text)
        if tag is not None and tag.end() == len(label_text.rstrip()):
            label_text = label_text[: tag.start()]  # `SEN. WADE KESSLER (R-OH)`: his party
        if label_text.split()[-1:] and label_text.split()[-1].lower() in _STAMPS:
            continue  # `By X and Y Published: Mar 18, 2026`: a byline's date, not a turn
        named = name_before_role(label_text, dialogue, text)
        if named is None and label_text.partition(",")[0].strip() in dialogue:
            # `Ron Pickett, Republican Strategist:`, his name labelling his other turns
            named = label_text.partition(",")[0].strip()
        pundit = described_label(doc, ps, label_text) if named is None and i > 0 else None
        if named is not None:
            speaker_end = lead + len(named)
        elif pundit is not None:
            # `Former Brackley captain Declan Mulvey on BBC Radio 5 Live: ...`:
            # a live page's pundit or reader, named after who they are
            lead, speaker_end = pundit
        else:
            # `Tom Beaulieu (@RepBeaulieu): ...`: a post, its author's handle after the name
            handle = _HANDLE.search(line, 0, colon)
            label_end = handle.start() if handle is not None else len(label_text)
            words = line[:label_end].split()
            # "Kansas farmer: 'We're working for the bank'": a headline's
            # description of who says the quote after its colon
            said = line[colon + 1 :].strip()
            described = (i == 0 and 1 < len(words) <= 4 and words[0][:1].isupper()
                         and said[:1] in "\"'“‘" and said[-1:] in "\"'”’"
                         and len(said.split()) >= 3)
            if colon > 60 or not 1 <= len(words) <= 5 or not (all(
                    w[:1].isupper() for w in words) or " ".join(words) in dialogue
                    or described):
                continue
            if " ".join(words).lower() in KICKERS:
                continue  # `Q&A: "..."`, `Analysis: ...`: the page's kind, not who speaks
            if is_country(" ".join(words)):
                continue  # `DR Congo: miners face eviction`: where, not who speaks
            if i == 0 and len(words) >= 2 and _told_about(said):
                # `Zain Akhtar: Nottinghamshire release fast bowler after
                # row`: whom the story is about, described in it, not who speaks
                continue
            # on a page of questions and answers, a name written earlier labels
            # an answer (`Deshpande:` after "captain Rohan Deshpande")
            # (in a transcript, a name in capitals taking one turn only: `MWALE-BERG:`)
            answers = ((asked or bool(dialogue)) and _named_earlier(text, ps, words)) or (
                initials_written_before(text, ps, words) is not None)
            label = _is_label(words) or " ".join(words) in dialogue or answers
            shouted = all(w.isupper() for w in words)  # ("JAZAN:", tagged a person)
            if (label or shouted) and not answers and capitals == 1 and not (
                    len(words) == 1 and len(words[0]) <= 4):
                # the one name in capitals before a colon on the page is a
                # dateline or a kicker (`NEW DELHI:`, `EXCLUSIVE:`), not a speaker
                continue
            if not label and any(ts < pe and te > ps + colon for ts, te in taken):
                continue  # the line's content is already a statement
            if (i > 0 and len(words) <= 2 and not answers and " ".join(words) not in dialogue
                    and sum(len(lines[j].split()) >= 15 for j in range(1, i)) <= 1
                    and len(line[colon + 1 :].split()) >= 15
                    and (_a_place(" ".join(words), text, ps) or (
                        shouted and capitals == 1 and not _FIRST_PERSON.search(line[colon:])))):
                # "Karimnagar: The Commissionerate police on Saturday busted
                # ...", "AGRA: A group of geologists has ...": the story's first
                # paragraph (after a standfirst at most) opened by its dateline,
                # the one word in capitals before a colon on the page
                continue
            span = doc.char_span(ps, ps + label_end, alignment_mode="contract")
            if span is None or not (answers or handle or label or described
                                    or _names_a_source(span, words)):
                continue
            speaker_end = ps + label_end
        start = ps + colon + 1
        while start < pe and text[start] == " ":
            start += 1
        content = (start, pe)
        out.append(Statement([content], (ps + colon, ps + colon + 1), (lead, speaker_end),
                             is_direct([content]), i, via="colon"))
    return out + _turns_run_on(text, paragraphs, found + out, out, is_direct)


#: Words a headline describes the one its label names with ("Teenager died
#: of sepsis", "Harlequins prop to join Racing").
_DESCRIBED = frozenset(
    """man woman boy girl teenager teen mother father son daughter pensioner student
    schoolboy schoolgirl pupil star player prop bowler batter batsman striker midfielder
    defender goalkeeper winger forward captain jockey driver rider boxer fighter sprinter
    swimmer cyclist golfer footballer cricketer singer actor actress rapper presenter""".split())


#: A quote mark (not an apostrophe inside or ending a word: "Notts' bowler").
_QUOTED = re.compile(r"[\"“”]|(?:^|\s)['‘]|\w['’](?=[\s,.;:!?]|$)(?<!s['’])")


def _told_about(said: str) -> bool:
    """Whether a headline's words after a name and a colon describe that
    person, unquoted ("Frenchman banned for 18 months"): a story about them."""
    words = [w.strip(".,;!?").lower() for w in said.split()]
    return _QUOTED.search(said) is None and any(
        w in _DESCRIBED or (w.endswith(("man", "woman")) and len(w) > 6) for w in words)


#: Words a page stamps its date or its origin with, after a byline.
_STAMPS = frozenset("published updated posted modified source".split())


def _a_place(words: str, text: str, line_start: int) -> bool:
    """Whether the article writes `words` as a place elsewhere ("students
    from Karimnagar and Jagtial districts"): a dateline's town, not a speaker."""
    return any(m.start() != line_start for m in re.finditer(
        rf"\b(?:in|from|at|near|of|across|around) {re.escape(words)}\b", text))


def _label_alone(line: str, dialogue: set[str], text: str) -> str | None:
    """The name of a transcript's label written on a line of its own, its
    role after a comma (`DANIEL OKORO-BRANDT, HOST:`), or None."""
    label = line.strip()
    if not label.endswith(":") or ":" in label[:-1]:
        return None
    return name_before_role(label[:-1], dialogue, text)


#: Where a live page's pundit or reader speaks from, after their name: `on
#: BBC Radio 5 Live`, `on WhatsApp`, `, speaking to BBC Sport`.
_MEDIUM = re.compile(r",? (?:(?:speaking|writing) (?:on|to|in)|on|via) "
                     r"(?:the )?[A-Za-z0-9][\w'’&.-]*(?: [A-Z0-9][\w'’&.-]*| of| the)*$")


def described_label(doc: Doc, start: int, label: str) -> tuple[int, int] | None:
    """Where the name lies in a live page's label that says who someone is
    or where they speak from (`BBC tennis correspondent Ewan McCrindle`,
    `Gary Pike on WhatsApp`, `Harlow manager Owen Hughes, speaking to BBC
    Sport`): a person's name the tagger found, ending the label once the
    medium is cut, a description of a few words before it; None otherwise."""
    medium = _MEDIUM.search(label)
    named = label[: medium.start()] if medium is not None else label
    if not named.strip() or len(named.split()) > 8:
        return None
    span = doc.char_span(start, start + len(named.rstrip()), alignment_mode="contract")
    if span is None:
        return None
    last = span[-1]
    # (the surname may be left untagged after the given name: `Jodie | Pennefather`)
    surname_left = (last.pos_ == "PROPN" and last.is_title and last.is_alpha
                    and not last.ent_type_)
    name = next((e for e in span.ents if e.label_ == "PERSON" and (
        e.end == span.end or (e.end == span.end - 1 and surname_left))), None)
    if name is None or span.end - name.start < 2:
        return None
    before = span[: name.start - span.start]
    # a description, some word of it a role in lower case (`Former ... captain`)
    # or an office (`Lismore Mayor`), or none where a medium follows the name
    # (`Gary Pike on WhatsApp`)
    if not (medium is not None and not len(before)) and not (len(before) and any(
            (t.is_lower and t.is_alpha) or t.lower_ in _OFFICES for t in before)):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in before):
        return None  # a sentence running up to a name ("They chanted for Ann Lee:")
    return name.start_char, span.end_char


#: Labelled turns a page needs before a paragraph between two of them is read
#: as the first one's words running on.
_DIALOGUE_TURNS = 3


def _turns_run_on(
    text: str,
    paragraphs: list[tuple[int, int]],
    taken: list[Statement],
    turns: list[Statement],
    is_direct: Callable[[list[tuple[int, int]]], bool],
) -> list[Statement]:
    """A transcript's turn that runs into a paragraph of its own with no
    label (`KEIKO: Same movie, different cast. ...` / `It's not a conspiracy,
    by the way. ...` / `ROB: ...`): the paragraph between two labelled turns,
    no one's statement yet, goes on with the turn before it; so does an
    answer's paragraph in the first person before the writer's own words
    (`SK: ...` / `But I also know there's a budget.` / `Burnley said ...`)."""
    if len(turns) < _DIALOGUE_TURNS:
        return []
    by_paragraph = {st.paragraph: st for st in turns}
    out: list[Statement] = []
    for i, (ps, pe) in enumerate(paragraphs):
        before, after = by_paragraph.get(i - 1), by_paragraph.get(i + 1)
        if before is None or i in by_paragraph:
            continue
        line = text[ps:pe].strip()
        if after is None and (_FIRST_PERSON.search(line) is None or _QUOTE_MARK.search(line)
                              or before.speaker is None or text[slice(*before.speaker)].strip()
                              in ("Q", "Question")):
            continue
        # (the turn's own "I know ...", "we think ...": the answer's words still,
        # unless a label opens the line, a turn of its own: "PELLERIN: I've ...")
        overlaps = [st for st in taken if st.start < pe and ps < st.end]
        if len(line.split()) < 4 or any(st.speaker is None or text[slice(*st.speaker)] not in (
                "I", "we", "We") for st in overlaps) or (
                (overlaps or after is None) and _LABEL_OPENS.match(line)):
            continue
        if line[:1] in "([" and line[-1:] in ")]":
            continue  # "(SOUNDBITE OF ARCHIVED RECORDING)": a stage direction
        out.append(Statement([(ps, pe)], None, None, is_direct([(ps, pe)]), i,
                             continues=before, via="continuation"))
    return out


#: The speaker's own words: "I", "we", "my", "our".
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|we|We|my|My|our|Our|me|us)\b")
_QUOTE_MARK = re.compile(r"[\"“”]")
#: A line opened by a label, its own turn ("PELLERIN: I've answered that.").
_LABEL_OPENS = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}:")


#: Words a headline or a paragraph opens with before a colon that say what
#: kind of page or item it is.
KICKERS = frozenset(
    """q&a analysis opinion comment editorial explainer exclusive breaking live update
    updated watch listen video photos review interview factbox podcast revealed
    pictured goal full-time half-time pre-match post-match kick-off booking substitution
    wicket stumps result reaction preview source sources credit credits photo photos image
    images illustration""".split()
) | {"q & a", "in pictures", "fact check", "editor's note", "editor’s note", "team news",
     "full time", "half time", "red card", "var check", "match point", "key events"}
#: A headline's closing ": CM", ": PM", ": Minister", ": Modi", ": Ann Cole".
_SIGNED_HEADLINE = re.compile(
    r":\s*((?!(?:The|A|An|How|Why|What|Who|When|Where|Inside|Analysis|Review|Opinion|Live)\b)"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})$"
)


def labelled_names(text: str) -> list[tuple[int, int]]:
    """Where a transcript's labels give a speaker's name with a role
    (`DANIEL OKORO-BRANDT, HOST:`): the name's characters, for the people list
    (a name written only in capitals is still someone's)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    dialogue = dialogue_labels(lines)
    found: list[tuple[int, int]] = []
    for start, line in zip(starts, lines, strict=True):
        colon = line.find(":")
        if not 0 < colon <= _LABEL_REACH or "," not in line[:colon] or not line[:1].isupper():
            continue
        direction = _STAGE_DIRECTION.search(line, 0, colon)
        label = line[: direction.start()] if direction is not None else line[:colon]
        named = name_before_role(label, dialogue, text)
        if named is not None:
            found.append((start, start + len(named)))
    return found


def told_in_lines(text: str, found: list[Statement], labelled: list[Statement]) -> None:
    """What the one labelled reports of their own words inside a labelled
    line ("Mark Ellery on BBC Radio 5 Live: I said at half-time they needed
    ..."; a reporter's turn: "She says the district never filed ..."): mark it
    as said inside a quote (its "I" is the one labelled, its "she" someone the
    turn names), and let a quote after the line go on with the line, not with
    what it reports. ("They asked me why ..." is left to the resolver: a
    nested "they" is no one named.)"""
    told_in: dict[int, Statement] = {}  # id(statement) -> the line it is told in
    for st in found:
        if st.speaker is None or text[st.speaker[0] : st.speaker[1]].lower() not in (
                "i", "we", "he", "she"):
            continue
        line = next((lab for lab in labelled if st.via in ("clause", "partial")
                     and lab is not st and lab.speaker is not None
                     and st.content != lab.content
                     and all(any(s <= a and b <= e for s, e in lab.content)
                             for a, b in st.content)), None)
        if line is not None:
            st.inside_quote = True
            told_in[id(st)] = line
    for st in found:
        if st.continues is not None and id(st.continues) in told_in:
            st.continues = told_in[id(st.continues)]

