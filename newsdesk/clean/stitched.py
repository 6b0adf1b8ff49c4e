"""The `stitched` flag: a page assembled from sentences of several articles.

Content farms glue paragraphs and sentences of different articles together.
What gives them away is what a real article keeps consistent:
- quote marks that do not pair up inside a paragraph (cut-out sentences);
- paragraphs that start mid-sentence ("Harbour. The crew ...", "and the");
- topic jumps: neighbouring paragraphs that share no content word;
- "Mr Holt" before the page has introduced "Jane Holt";
- a first paragraph that continues a story never told ("But he ...");
- an ending cut off mid-sentence.
Each signal is weak alone. A small logistic regression weighs them, trained
on real PolNeAR train articles against synthetic stitched pages made from
them (`python -m eval.stitched train`; docs/FLAGS_STITCHED.md). Its weights
and threshold live in stitched_model.json; the score is shifted so that 0.5
is the trained threshold.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..article import Article, Flag, Span
from ..config import Options
from .lines import Line, content_words
from .quality import body_lines

MODEL_PATH = Path(__file__).with_name("stitched_model.json")

#: Words that end in a full stop without ending a sentence ("Sen. Ted Cruz",
#: "No. 10", "Jan. 6"): a paragraph opening with one is not a fragment.
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr sen rep gov gen lt col sgt capt maj adm cmdr prof rev st jr sr
    inc co corp ltd no nos vol ft mt pres atty det insp supt cllr hon rt sec dept
    jan feb mar apr jun jul aug sep sept oct nov dec vs etc al approx est""".split()
)
# One to three words closing a sentence, then a new sentence: the tail of a
# sentence whose start was cut away ("Harbour. The crew ...").
_TAIL = re.compile(r"^(?:[^\W\d_][\w'’-]*\s+){0,2}([^\W\d_][\w'’.-]*)[.!?]+[\"'”’]?\s+[\"“‘]?[A-Z]")
_SURNAME = r"((?:Mc|Mac|O'|O’)?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b"
# In a lookahead, so "Chairman Jane Holt" yields "Chairman Jane" and "Jane Holt".
_FULL_NAME = re.compile(r"\b([A-Z][A-Za-z]+)(?=(?:\s+[A-Z]\.)?\s+" + _SURNAME + ")")
_TITLE = r"\b(?:Mr|Mrs|Ms|Mx|Dr|Sen|Rep|Gov)\.?\s+"
# A surname on its own: after a title, or inside a sentence and before a verb
# ("While Holt has ...").
_SHORT_NAME = re.compile(r"(?:" + _TITLE + r"|(?<=[a-z,] )|^)" + _SURNAME + r"(?=['’]?s?\s+[a-z])")
# Evidence that a capitalised word names a person, not a party or a place.
_PERSON = re.compile(_TITLE + _SURNAME + r"|" + _SURNAME + r"\s+(?:said|says|told|added|wrote)\b")
_NOT_NAMES = frozenset(
    """Mr Mrs Ms Mx Dr Sen Rep Gov Gen President Senator Lord Lady Sir The This That These
    Those There Then When While After Before But And Yet Also However Many Most Some Last
    Next Speaking According In On At For From With By As If It Its He She They We""".split()
)
# "It", "This" and "That" open real leads too often to count.
_DANGLING = re.compile(
    r"^(?:He|She|They|His|Her|Their|But|And|Yet|Still|However|Also|Meanwhile|Instead|"
    r"Both|These|Those|So|Or|Nor)\b"
)

#: Each feature in plain words, for the explanation.
_WORDS = {
    "unbalanced": "{n} paragraph(s) with unpaired quote marks",
    "fragments": "{n} paragraph(s) starting mid-sentence",
    "jump_rate": "{n} of {pairs} neighbouring paragraphs share no topic word",
    "late_names": "{names} named in short before the full name appears",
    "dangling_lead": "the first paragraph opens as if continuing a story",
    "truncated": "the ending is cut off",
}


@dataclass
class Signals:
    """What was found: for each feature, the paragraphs that showed it."""

    hits: dict[str, list[Line]] = field(default_factory=lambda: {n: [] for n in _WORDS})
    #: Neighbouring paragraphs both long enough to compare for topic.
    pairs: int = 0
    late_names: list[str] = field(default_factory=list)


def _unbalanced(text: str) -> bool:
    """Double quote marks that cannot pair up: one closing with none open, or
    one opening inside an open quote. Whether a mark opens is read from where
    it stands, not its shape, as scraped text mixes “ ” and ". A quote left
    open at the end is fine: it runs on into the next paragraph."""
    open_ = False
    for m in re.finditer('[“”"]', text):
        before = text[m.start() - 1 : m.start()]
        opens = (not before or before.isspace() or before in "([—–-/=") and not (
            text[m.end() : m.end() + 1].isspace()
        )
        if opens == open_:
            return True
        open_ = opens
    return False


def starts_mid_sentence(text: str) -> bool:
    """A paragraph that opens in lower case or with the tail of a sentence.

    >>> starts_mid_sentence("Harbour. The crew were called out twice.")
    True
    >>> starts_mid_sentence("Sen. Jane Holt won the vote.")
    False
    """
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first[:1].islower():
        # "iPhone", "eBay": lower case first, capitals inside, is a name;
        # a lone "l" or "o" is a bullet that lost its glyph.
        return not any(c.isupper() for c in first) and (len(first) > 1 or first in "ai")
    m = _TAIL.match(text)
    if not m:
        return False
    last = m.group(1).lower()
    # "Sen.", "U.S.", "J." end in a full stop without ending the sentence.
    return last not in ABBREVIATIONS and "." not in last and len(last) > 1


def _stems(line: Line) -> set[str]:
    # Five-letter prefixes: "poll", "polls" and "polling" meet; enough for overlap.
    return {w[:5] for w in content_words(line)}


def _topic_jumps(body: list[Line], sig: Signals) -> None:
    stems = [_stems(ln) for ln in body]
    for i in range(1, len(stems)):
        if len(stems[i]) >= 5 and len(stems[i - 1]) >= 5:
            sig.pairs += 1
            if not stems[i] & stems[i - 1]:
                sig.hits["jump_rate"].append(body[i])


def _late_names(body: list[Line], sig: Signals) -> None:
    """People called "Holt" or "Ms Holt" a paragraph before the page gives
    the full name "Jane Holt": a real article introduces someone first."""
    full: dict[str, int] = {}
    short: dict[str, tuple[int, Line]] = {}
    pairs: set[tuple[str, str]] = set()
    for n, line in enumerate(body):
        for m in _FULL_NAME.finditer(line.text):
            if not {m.group(1), m.group(2)} & _NOT_NAMES:
                full.setdefault(m.group(2), n)
                pairs.add((m.group(1), m.group(2)))
        for m in _SHORT_NAME.finditer(line.text):
            short.setdefault(m.group(1), (n, line))
    # A person: called by title or quoted somewhere, or with a first name that
    # is never used alone and a surname that never leads a longer name
    # ("Jane Holt"; not "Republican Party", "Parliamentary Labour Party").
    text = "\n".join(ln.text for ln in body)
    people = {a or b for a, b in _PERSON.findall(text)}
    leads = set(re.findall(_SURNAME + r"\s+[A-Z]", text))
    people |= {last for first, last in pairs if first not in short and last not in leads}
    for name, (at, line) in short.items():
        if name in people and at < full.get(name, -1):
            sig.late_names.append(name)
            sig.hits["late_names"].append(line)


def signals(article: Article, lines: list[Line]) -> Signals:
    """Every signal over the body: kept lines other than the headline."""
    body = body_lines(article, lines)
    sig = Signals()
    for line in body:
        if _unbalanced(line.text.replace("''", '"')):  # some papers write " as ''
            sig.hits["unbalanced"].append(line)
        if starts_mid_sentence(line.text) and len(line.words) > 3:
            sig.hits["fragments"].append(line)
    _topic_jumps(body, sig)
    _late_names(body, sig)
    if body and _DANGLING.match(body[0].text):
        sig.hits["dangling_lead"].append(body[0])
    if body and article.flag("truncated") is not None:
        sig.hits["truncated"].append(body[-1])
    return sig


def features(sig: Signals) -> dict[str, float]:
    """The model's inputs. Counts are logged, so the tenth odd paragraph adds
    less than the first."""
    x = {name: math.log1p(len(found)) for name, found in sig.hits.items()}
    # As if five more joins had been seen, one a jump (about the rate in real
    # articles): two jumps in two joins say little, twenty in twenty a lot.
    x["jump_rate"] = (len(sig.hits["jump_rate"]) + 1) / (sig.pairs + 5)
    x["dangling_lead"] = float(bool(sig.hits["dangling_lead"]))
    x["truncated"] = float(bool(sig.hits["truncated"]))
    return x


@dataclass(frozen=True)
class Model:
    """Logistic regression over standardised features."""

    names: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float
    #: Logit at which a page is flagged; `score` reads 0.5 there.
    threshold: float

    def contributions(self, x: dict[str, float]) -> dict[str, float]:
        """How much each feature moves this page's logit from an average page's."""
        rows = zip(self.names, self.mean, self.scale, self.weights, strict=True)
        return {n: w * (x[n] - m) / s for n, m, s, w in rows}

    def score(self, x: dict[str, float]) -> float:
        z = self.bias + sum(self.contributions(x).values()) - self.threshold
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """The trained weights, read once per process."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return Model(*(data[k] for k in ("names", "mean", "scale", "weights", "bias", "threshold")))


def stitched_flag(article: Article, lines: list[Line], options: Options) -> Flag | None:
    sig = signals(article, lines)
    x = features(sig)
    model = load_model()
    value = model.score(x)
    if value < options.stitched_threshold:
        return None
    # Signals that pushed this page towards "stitched", strongest first.
    fired = sorted((c, n) for n, c in model.contributions(x).items() if c > 0 and sig.hits[n])
    fired.reverse()
    evidence = sorted({(ln.start, ln.end) for _, n in fired for ln in sig.hits[n]})
    fields = {"pairs": sig.pairs, "names": ", ".join(sig.late_names[:4])}
    reasons = [_WORDS[n].format(n=len(sig.hits[n]), **fields) for _, n in fired]
    return Flag(
        "stitched",
        round(value, 4),
        [Span(s, e) for s, e in evidence],
        "looks assembled from several articles: " + "; ".join(reasons),
    )
