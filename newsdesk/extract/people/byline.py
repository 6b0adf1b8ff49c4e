"""The byline: the line at the top of a text (or the note at its foot) that
names its writer, who "I" is outside quotes.

A columnist, a blogger or a reviewer reports their own speech ("I asked him
whether ...", "I told the mayor ..."): those are statements by the writer,
whom the page's metadata names, else its byline (`By Dana Whitcombe`,
`Posted by A and B | blog | date`, `Opinion | NAME`, a closing `NAME is a
...`). A byline is also where a body pronoun or description must never look
for its antecedent: "she said" is never the writer. Sign-offs at the foot
(`Additional reporting by NAME`) name staff the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...nlp import dictionary_words
from .given_names import gender_of_given_name, known_given_name
from .names import DESK_JOBS, NAME_PARTICLES

#: A byline line: `By NAME`, `Posted by NAME`, `Live updates by NAME`, then
#: other fields after a bar, a slash, a comma, a bullet or a dash (`| Civic Notes |
#: March 11, 2026`).
_BYLINE = re.compile(
    r"(?m)^[ \t]*(?:[Bb]y:?|BY:?|[Aa]uthor:|[Pp]osted by|[Ww]ritten by|[Ww]ords by|[Ss]tory by"
    r"|(?:Live updates|Live coverage|Reporting|Additional reporting|Interview|Compiled"
    r"|Analysis) by)[ \t]+"
    r"(?P<names>[^|\n,•·–—/]+)"
)
#: A byline of a name and the place it was filed from: `Deniz Erkanoğlu - ISTANBUL`.
_NAME_AND_PLACE = re.compile(
    r"[ \t]*(?P<name>[^\n–—-]+?)[ \t]+[-–—][ \t]+[A-ZÀ-Þ][A-ZÀ-Þ ]{2,}[ \t]*$")
#: A sign-off at a story's foot: `Additional reporting by NAME, PLACE`,
#: `Reporting by NAME; Editing by NAME`, `Translated by NAME`.
_SIGNOFF = re.compile(
    r"(?:Additional reporting|Reporting|Writing|Editing|Compiled|Additional writing|Translated)"
    r" by[ \t]+(?P<names>[^;,\n]+)"
)
#: How many lines at the foot may hold sign-offs.
_SIGNOFF_LINES = 3
#: A caption's credit: `Photograph: NAME/The Guardian`, `Photo by NAME for Reuters`.
_CREDIT = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image|Illustration)s?(?: by)?:?[ \t]+"
    r"(?P<names>[A-Z][^/|;,()\n]*?)(?=[ \t]*(?:/|\bfor\b|\||;|\)|$))"
    # a caption ending on its credit after a dash: `... in March 2025 - NAME/Folhapress`
    r"|[ \t][-–][ \t](?P<dashed>[A-Z][^/|;,()\n-]*?)/[A-Z][\w]+[ \t]*$", re.M)
#: A name as bylines write it: two to four capitalised words, particles allowed.
_PARTICLE = "|".join(sorted(re.escape(p) for p in NAME_PARTICLES))
_NAME = re.compile(rf"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)*[A-Z][\w'’.-]*){{1,3}}")
#: A name written in capitals (an AP byline's `MARIA L. PETERS`), up to
#: where words in lower case begin (`Associated Press`).
_SHOUTED_NAME = re.compile(r"\s*[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*)+(?=[ \t]+[A-Z][a-z])")
#: Where a writer filed from, after the name in a byline's field: ` in Kolwezi`.
_IN_PLACE = re.compile(r"[ \t]+in[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*$")
#: How many lines after the headline a byline may come.
_BYLINE_LINES = 3
#: A line that opens with a date or a weekday (`Thu 9 Apr 2026 06.00 BST`, `April 9, 2026`).
_DATED = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|Published|Updated")
#: A date stamp run on after a byline's last name (`... Published: Mar 18, 2026`).
_STAMPED = re.compile(r"[ \t]+(?:Published|Updated|Posted)\b.*$")
#: The longest line read as a bar-separated byline (`Opinion | Fiona MacAuley`).
_BAR_LINE = 120
#: A writer's note at the foot of a column: `Fiona MacAuley is a former nurse ...`.
_BIO = re.compile(r"(?P<name>[^\n]+?) (?:is|was) (?:a|an|the)\b[^\n]*$")
#: The most words such a note has.
_BIO_WORDS = 40


@dataclass(frozen=True)
class Byline:
    """A byline line at the top of the text (or the writer's note at its
    foot) and where it names the writer(s)."""

    span: tuple[int, int]
    names: tuple[tuple[int, int], ...]


def _lines(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _names_listed(text: str, m: re.Match[str], group: str = "names") -> list[tuple[int, int]]:
    """Where the names a byline's or a sign-off's `names` group lists ("A and
    B") stand, each written as a name."""
    names: list[tuple[int, int]] = []
    start = m.start(group)
    for piece in re.split(r"\s+(?:and|AND|&)\s+", m.group(group)):
        at = text.index(piece, start)
        start = at + len(piece)
        # "Katrina Mae Dizon-Villanueva - Reporter": the writer's job after a dash
        piece = piece.split(" - ")[0]
        # "Dong Jiahui Published: Mar 18": the page's stamp after the last name
        piece = _STAMPED.sub("", piece)
        # "DANIEL OKAFOR Associated Press": the agency after a name in capitals
        shouted = _SHOUTED_NAME.match(piece)
        if shouted is not None and piece[shouted.end() :].strip():
            piece = shouted.group()
        name = _NAME.fullmatch(piece.strip())
        if name is not None:
            lead = len(piece) - len(piece.lstrip())
            names.append((at + lead, at + lead + len(name.group())))
    return names


def _bar_in(line: str) -> str | None:
    """What separates a byline's fields, if the line has one: a bar, a middle
    dot (`Name · CBC News · Posted: ...`), or a slash between spaces."""
    return "|" if "|" in line else " · " if " · " in line else " / " if " / " in line else None


def _stamped(text: str, start: int, end: int) -> bool:
    """Whether a byline's fields after a name carry its date or a posting stamp."""
    return _DATED.search(text, start, end) is not None or "Posted" in text[start:end]


def _name_slash_desk(text: str, ls: int, le: int) -> tuple[int, int] | None:
    """Where a line `NAME/Job` names its writer (`Tameka Gordon/Senior Staff
    Reporter`, as Caribbean papers write bylines)."""
    name, slash, job = text[ls:le].partition("/")
    if not slash or not job.split() or job.split()[-1].lower() not in DESK_JOBS:
        return None
    start = ls + len(name) - len(name.lstrip())
    end = ls + len(name.rstrip())
    return (start, end) if _NAME.fullmatch(text, start, end) else None


def _name_before_desk(text: str, ls: int, le: int) -> tuple[int, int] | None:
    """Where a line `NAME Desk words job` (a comma after the name or not)
    names its writer: the words before the job and the dictionary words of
    its desk (`Political`, `Chief political`), when two to four of them are
    left, written as a name."""
    words = list(re.finditer(r"\S+", text[ls:le]))
    if len(words) < 3 or words[-1].group().lower() not in DESK_JOBS:
        return None
    k = len(words) - 1
    while k > 2 and words[k - 1].group().lower() in dictionary_words():
        k -= 1
    if k == len(words) - 1 or not 2 <= k <= 4:
        return None
    s, e = ls + words[0].start(), ls + words[k - 1].end()
    if text[e - 1] == ",":
        e -= 1  # `Farah Al Suwaidi, Senior Business Reporter`
    return (s, e) if _NAME.fullmatch(text[s:e]) else None


def _bare_writer(line: str) -> bool:
    """Whether a line (right under the headline) is a writer's name alone
    (`Rhys Pritchard`): a given name that tells a gender, then surnames no
    dictionary holds (not `In Summary`, `MEDIA RELEASE`, `The Limassol Ledgers`)."""
    words = line.split()
    return (not line.isupper()
            and gender_of_given_name(words[0]) is not None
            and not any(w.lower() in dictionary_words() for w in words[1:]))


def find_byline(text: str, is_name: Callable[[int, int], bool]) -> Byline | None:
    """The byline among the first lines after the headline (`By NAME`,
    `Posted by A and B | blog | date`, `Opinion | NAME`), else a writer's
    note ending the text (`NAME is a ...`), if there is one."""
    lines = _lines(text)
    for ls, le in lines[1 : 1 + _BYLINE_LINES]:
        names: list[tuple[int, int]] = []
        m = _BYLINE.match(text, ls, le)
        if m is not None:
            names = _names_listed(text, m)
        elif (bar := _bar_in(text[ls:le])) and le - ls <= _BAR_LINE:
            # (`Srinivas Kalluri / TNN / Updated: ...`: a slash between fields too)
            at = ls
            for field in text[ls:le].split(bar):
                s = at + len(field) - len(field.lstrip())
                e = at + len(field.rstrip())
                at += len(field) + len(bar)
                if (where := _IN_PLACE.search(text, s, e)) is not None:
                    # `Jean-Pierre Mukendi wa Ilunga in Kolwezi | ...`: a writer and their town
                    e = where.start()
                    if _NAME.fullmatch(text[s:e]) and known_given_name(text[s:e].split()[0]):
                        names.append((s, e))
                elif _NAME.fullmatch(text[s:e]) and (is_name(s, e) or (
                        # (the first field of `Name / Agency / Updated: ...` or `Name ·
                        # CBC News · Posted: ...`, "Georgia" a place to the tagger)
                        s == ls and known_given_name(text[s:e].split()[0]) and (
                            bar == " / " or (bar == " · " and _stamped(text, e, le))))):
                    names.append((s, e))
        elif (slashed := _name_slash_desk(text, ls, le)) is not None:
            # `Tameka Gordon/Senior Staff Reporter`: a writer, a slash, their job
            first = text[slashed[0] : slashed[1]].split()[0]
            if is_name(*slashed) or known_given_name(first) or (
                    first.lower() not in dictionary_words()):
                names.append(slashed)
        elif (desk := _name_before_desk(text, ls, le)) is not None:
            # `Harriet Mowbray-Lisle Arts correspondent`: a writer and their job
            if is_name(*desk) or known_given_name(text[desk[0] : desk[1]].split()[0]):
                names.append(desk)
        elif (_NAME.fullmatch(text, ls, le) and known_given_name(text[ls:le].split()[0])
              and (_DATED.match(text, le + 1) is not None
                   or ((ls, le) == lines[1] and _bare_writer(text[ls:le])))):
            # `Harriet Mbeki-Long` on a line of its own, the date on the next,
            # or right under the headline
            names.append((ls, le))
        elif (placed := _NAME_AND_PLACE.fullmatch(text, ls, le)) is not None:
            s, e = placed.span("name")
            if _NAME.fullmatch(text[s:e]) and (
                    is_name(s, e) or known_given_name(text[s:e].split()[0])):
                names.append((s, e))
        if names:
            return Byline((ls, le), tuple(names))
    if len(lines) > 2:
        ls, le = lines[-1]
        m = _BIO.match(text, ls, le)
        if m is not None and len(text[ls:le].split()) <= _BIO_WORDS and is_name(
            *m.span("name")
        ):
            return Byline((ls, le), (m.span("name"),))
    return None


def find_signoffs(text: str) -> list[tuple[tuple[int, int], tuple[tuple[int, int], ...]]]:
    """The sign-off lines at the foot of a story (`Additional reporting by
    NAME, Lokoja`, `Reporting by A; Editing by B`) and the staff they name:
    people of the page, never the ones the story is about."""
    found: list[tuple[tuple[int, int], tuple[tuple[int, int], ...]]] = []
    for ls, le in _lines(text)[-_SIGNOFF_LINES:]:
        if _SIGNOFF.match(text, ls, le) is None:
            continue
        names = [n for m in _SIGNOFF.finditer(text, ls, le) for n in _names_listed(text, m)]
        if names:
            found.append(((ls, le), tuple(names)))
    for m in _CREDIT.finditer(text):
        # a photographer a caption credits (`Photograph: NAME/Outlet`), wherever the caption is
        # (a person's name, not an agency's: "Getty Images", "Alamy Stock Photo")
        group = "names" if m.group("names") is not None else "dashed"
        names = [(s, e) for s, e in _names_listed(text, m, group)
                 if known_given_name(text[s:e].split()[0])]
        if names:
            found.append(((m.start(), m.end()), tuple(names)))
    return found
