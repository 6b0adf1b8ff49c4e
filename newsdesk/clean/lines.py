"""Lines of an article with their offsets and the features cleaning uses.

Every feature is computed from the line alone (words, case, punctuation,
script, function words); what a line means next to the rest of the article
(topic overlap, repeats, position) is decided by the rules in `spam.py` and
`boilerplate.py`.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
#: What ends a sentence.
TERMINAL = tuple(".!?…")
_CLOSERS = "\"'”’»)]"
# A line's content: trimmed of whitespace and of invisible characters, since a
# byte-order mark or zero-width space left mid-text by concatenated files would
# otherwise hide a line's first word from every rule.
_BLANK = r"\s\u200b-\u200d\u2060\ufeff"
_CONTENT = re.compile(rf"[^{_BLANK}](?:.*[^{_BLANK}])?")
_DROP_ASCII_LETTERS = str.maketrans("", "", string.ascii_letters)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_QUOTE_PAIR = re.compile(r"[\"“”«»„].{2,}?[\"“”«»]")

_ENGLISH = """a about after against all also an and any are as at be been before being but by
    can could did do does during for from had has have he her here him his how i if in
    into is it its just me more most my no not now of on one only or other our out over
    said says she should so some such than that the their them then there these they this
    those through to too under up us was we were what when where which while who will with
    would you your"""
#: Very common English function words: their share of a line's words tells
#: English prose from labels, names and other languages.
ENGLISH_FUNCTION_WORDS = frozenset(_ENGLISH.split())

# Function words of languages spam is often written in (Spanish, French,
# German, Italian, Portuguese, Dutch, Indonesian/Malay, Turkish, Polish,
# Vietnamese). Words that are also English words ("a", "in", "per", "door",
# "plus", "eu") are left out, so an English line never scores here.
_FOREIGN_BY_LANGUAGE = (
    "de el la los las del que y en un una por con para es se su sus lo como más pero este "
    "esta entre cuando muy sobre también hasta hay donde desde todo nos durante todos "
    "les ni ese eso ellos esto algunos qué unos yo otro otra él tanto esa estos mucho nada",
    "le les des du est et une pour dans qui pas sur avec ce cette ces sont au aux par "
    "mais ou où nous vous ils elles leur leurs sa ses été être avoir fait très comme tout "
    "tous je il elle ne",
    "der das und ist nicht ein eine einen dem des mit von zu auf für sich auch sie wir "
    "ihr sind werden wird bei aus nach noch wie oder aber dass nur vor über kann wenn",
    "il di che è sono della dei delle gli nel nella anche più questo questa ci "
    "hanno essere molto tutti suo sua loro",
    "os do da dos das em uma não na ao mais pelo pela são foi seu também muito está "
    "isso mas ele ela nós",
    "het een dat niet te zijn voor maar ook bij nog wordt naar deze dit wel heeft "
    "hebben kan uit om aan worden",
    "yang dan di ke dari ini itu untuk dengan adalah tidak akan pada juga dalam atau bisa "
    "ada kami kita anda saya mereka sudah lebih karena",
    "ve bir bu için ile çok daha olarak gibi ama olan kadar sonra",
    "się nie jest że jak po czy przez jego jej są być tylko już",
    "của và các là có được cho trong những một với không này người",
)
# More function words and adverbs of the same languages, common in short
# lines ("tu", "sem", "tanpa", "ngay"); again none that is an English word.
_MORE_FOREIGN = (
    "tu tus mi mis al sus muy nuestro nuestra ahora aquí "
    "sem seu sua pelo pela às você "
    "avec sans notre votre vos nos "
    "ohne jetzt hier unser unsere "
    "tanpa sekarang hari langsung cukup bisa dapat "
    "ngay chỉ cần nhất rất hơn tại "
    "veren ile için hemen "
    "bez dla oraz"
)
FOREIGN_FUNCTION_WORDS = frozenset(
    w
    for words in (*_FOREIGN_BY_LANGUAGE, _MORE_FOREIGN)
    for w in words.split()
    if w not in ENGLISH_FUNCTION_WORDS
)


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str:
    """A coarse script name for a letter: 'Latin', 'Han', 'Cyrillic', ..."""
    if ch.isascii():
        return "Latin"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "Other"
    first = name.split(" ", 1)[0]
    if first == "CJK":
        return "Han"
    return first.capitalize()


@dataclass(frozen=True, slots=False)
class Line:
    """One non-blank line: `text[start:end]` with surrounding whitespace trimmed."""

    start: int
    end: int
    text: str
    #: Position among the article's non-blank lines.
    index: int

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)

    @cached_property
    def lower_words(self) -> list[str]:
        return [w.lower() for w in self.words]

    @cached_property
    def alpha_words(self) -> list[str]:
        """Words of two or more letters: what is left when numbers and initials go."""
        return [w for w in self.words if len(w) >= 2 and any(c.isalpha() for c in w)]

    @cached_property
    def scripts(self) -> dict[str, int]:
        """Letters per script. ASCII letters are counted in one pass: every
        stage splits every article, and nearly all letters are ASCII."""
        counts: dict[str, int] = {}
        ascii_letters = len(self.text) - len(self.text.translate(_DROP_ASCII_LETTERS))
        if ascii_letters:
            counts["Latin"] = ascii_letters
        for ch in _NON_ASCII.findall(self.text):
            if ch.isalpha():
                s = script_of(ch)
                counts[s] = counts.get(s, 0) + 1
        return counts

    @property
    def letters(self) -> int:
        return sum(self.scripts.values())

    @cached_property
    def function_word_share(self) -> float:
        if not self.words:
            return 0.0
        return sum(w in ENGLISH_FUNCTION_WORDS for w in self.lower_words) / len(self.words)

    @cached_property
    def foreign_function_words(self) -> int:
        """How many words are function words of a language other than English.

        Only lower-case words count: a function word is lower case in running
        text, while "Dan", "De" or "La" in a line are names.
        """
        return sum(w in FOREIGN_FUNCTION_WORDS for w in self.words if w.islower())

    @cached_property
    def accented_letters(self) -> int:
        """Latin letters outside ASCII (é, ñ, ư, ş): rare in English, many in
        Vietnamese, Turkish or Polish prose."""
        return sum(
            1 for ch in _NON_ASCII.findall(self.text) if ch.isalpha() and script_of(ch) == "Latin"
        )

    @cached_property
    def mixed_script_words(self) -> int:
        """Words mixing Latin letters with look-alike Cyrillic or Greek ones
        ("Аdvеrtіѕе"): no language writes so; spam does it to pass filters."""
        count = 0
        for word in self.words:
            scripts = {script_of(ch) for ch in word if ch.isalpha()}
            count += "Latin" in scripts and bool(scripts & {"Cyrillic", "Greek"})
        return count

    @cached_property
    def lowercase_share(self) -> float:
        """Share of words that start in lower case.

        Running prose in any cased language is mostly lower-case words; names,
        lists of names, headings and ALL-CAPS labels are not.
        """
        cased = [w for w in self.words if w[0].isalpha() and w[0].lower() != w[0].upper()]
        if not cased:
            return 0.0
        return sum(w[0].islower() for w in cased) / len(cased)

    @property
    def quoted(self) -> bool:
        """Holds a quotation: text presented as someone's words is the article's own."""
        return _QUOTE_PAIR.search(self.text) is not None

    @property
    def ends_sentence(self) -> bool:
        """Ends like a sentence: terminal punctuation, possibly inside closing quotes."""
        stripped = self.text.rstrip().rstrip(_CLOSERS)
        return stripped.endswith(TERMINAL) or self.text.rstrip().endswith(TERMINAL)

    @property
    def sentence_like(self) -> bool:
        """Reads as running prose rather than a label, title or caption."""
        n = len(self.words)
        if self.ends_sentence and n >= 6:
            return True
        return n >= 18 and self.function_word_share >= 0.2

    @property
    def title_like(self) -> bool:
        """Short, no closing full stop: a headline, label, caption or video title."""
        return 1 <= len(self.words) <= 16 and not self.ends_sentence

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 3 and all(c.isupper() for c in letters)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, trimmed, with exact offsets.

    Every cleaning stage asks for the lines of the same text; they are split
    (and their cached features computed) once, then shared.
    """
    return list(_split_lines(text))


@lru_cache(maxsize=16)
def _split_lines(text: str) -> tuple[Line, ...]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        m = _CONTENT.search(raw)
        if m:
            lines.append(Line(pos + m.start(), pos + m.end(), m.group(), len(lines)))
        pos += len(raw) + 1
    return tuple(lines)


def script_totals(lines: Iterable[Line]) -> dict[str, int]:
    """Letters per script over `lines`."""
    totals: dict[str, int] = {}
    for line in lines:
        for s, n in line.scripts.items():
            totals[s] = totals.get(s, 0) + n
    return totals


def dominant_script(lines: Iterable[Line]) -> tuple[str, float]:
    """The script most letters are in, and its share of all letters."""
    return _dominant(script_totals(lines))


def _dominant(totals: dict[str, int]) -> tuple[str, float]:
    total = sum(totals.values())
    if not total:
        return "Latin", 0.0
    script = max(totals, key=lambda k: totals[k])
    return script, totals[script] / total


def dominant_script_without(totals: dict[str, int], line: Line) -> tuple[str, float]:
    """`dominant_script` of the article's other lines, from the article's totals."""
    return _dominant({s: n - line.scripts.get(s, 0) for s, n in totals.items()})


def content_words(line: Line) -> set[str]:
    """Lower-cased words that carry topic (not function words, not tiny)."""
    return {w for w in line.lower_words if len(w) > 2 and w not in ENGLISH_FUNCTION_WORDS}


def topic_overlaps(lines: list[Line]) -> list[float]:
    """For each line, the share of its topic words that another line uses too.

    Topic words are content words of letters only: numbers ("2017", "10")
    match across unrelated lines. A line with no topic word scores 0.
    """
    words = [{w for w in content_words(line) if w.isalpha()} for line in lines]
    topic = Counter(w for ws in words for w in ws)
    return [sum(topic[w] > 1 for w in own) / len(own) if own else 0.0 for own in words]
