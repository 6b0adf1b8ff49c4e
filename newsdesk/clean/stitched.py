"""The `stitched` flag: a page assembled from sentences of several articles.

Content farms glue paragraphs and sentences of different articles together.
What gives them away is what a real article keeps consistent:
- quote marks that do not pair up inside a paragraph (cut-out sentences);
- paragraphs that start mid-sentence ("Harbour. The crew ...", "and the");
- topic jumps: neighbouring paragraphs that share no content word;
- "Mr Holt" before the page has introduced "Jane Holt";
- a first paragraph that continues a story never told ("But he ...");
- a paragraph further down that reads like an article's opening one (`lede`).
An ending cut off mid-sentence is noted, not counted; a digest (news briefs
under run-in headings in capitals) is several stories by design and is not
flagged. Each signal is weak alone. A small logistic regression weighs them, trained
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
from .cohesion import MAX_PARAGRAPHS, cohesion
from .house_style import house_style
from .lede import load_lede_model
from .lines import ENGLISH_FUNCTION_WORDS, Line, content_words
from .quality import body_lines

MODEL_PATH = Path(__file__).with_name("stitched_model.json")

#: Words that end in a full stop without ending a sentence ("Sen. Ted Cruz",
#: "No. 10", "Jan. 6"): a paragraph opening with one is not a fragment.
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr sen rep gov gen lt col sgt capt maj adm cmdr prof rev st jr sr
    inc co corp ltd no nos vol ft mt pres atty det insp supt cllr hon rt sec dept
    jan feb mar apr jun jul aug sep sept oct nov dec vs etc al approx est
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo""".split()
)
#: Lower-case particles that open a surname ("de Blasio", "van der Merwe").
SURNAME_PARTICLES = frozenset(
    "de van von der den da di du dos das del della le la al el bin ibn ter ten".split()
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
# "Mr. Donald Trump" gives no surname "Donald".
_PERSON = re.compile(
    _TITLE + _SURNAME + r"(?!\s+[A-Z])|" + _SURNAME + r"\s+(?:said|says|told|added|wrote)\b"
)
_NOT_NAMES = frozenset(
    """Mr Mrs Ms Mx Dr Sen Rep Gov Gen President Senator Lord Lady Sir The This That These
    Those There Then When While After Before But And Yet Also However Many Most Some Last
    Next Speaking According In On At For From With By As If It Its He She They We""".split()
)
# "It", "This" and "That" open real leads too often to count.
#: "WASHINGTON (AP) —", "LONDON, May 3 (Reuters) -", "NAIROBI, Kenya —": a
#: place of one to three words in capitals (not a run-in heading in capitals),
#: maybe a region or a date, maybe an agency, then a dash.
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}(?:,\s+[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
    r"(?:\s+\((?:AP|Reuters|AFP|UPI|CNN|dpa|PA|Bloomberg|[A-Z][\w ]{1,20})\))?\s*[—–-]{1,2}\s"
)
#: A run-in heading in capitals ("1. FIREWORKS FLY IN DEBATE.", "OBAMA’S LAST
#: STATE OF THE UNION “President ..."): three words or more, maybe numbered.
RUN_IN_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?[‘'“\"]?[A-Z0-9][A-Z0-9’'.,:&$-]*(?:\s+[A-Z0-9][A-Z0-9’'.,:&$-]*){2,}"
    r"[’'”\"]?(?:\s|$)"
)
_DANGLING = re.compile(
    r"^(?:He|She|They|His|Her|Their|But|And|Yet|Still|However|Also|Meanwhile|Instead|"
    r"Both|These|Those|So|Or|Nor)\b"
)

#: Each feature in plain words, for the explanation; {where} lists the
#: paragraphs (numbered from the first under the headline).
_WORDS = {
    "unbalanced": "quote marks that do not pair up in {where}",
    "fragments": "{where} start(s) mid-sentence",
    "jump_rate": "{n} of {pairs} neighbouring paragraphs share no topic word ({where})",
    "late_names": "{names} named in short before the full name appears ({where})",
    "unintroduced": "{unintroduced} referred to by surname but never introduced ({where})",
    "dangling_lead": "the first paragraph opens as if continuing a story",
    "datelines": "{where} open(s) with a dateline, as an article's first paragraph does",
    "lede_like": "{where} read(s) like an article's opening paragraph",
    "new_threads": "{where} share(s) no distinctive word with anything before",
    "returns": "{where} skip(s) the paragraph before to pick up a thread from further up",
    "outside_main": "{where} share(s) no distinctive word with the page's main thread",
    "unlinked": "{where} share(s) hardly a distinctive word with the paragraph before",
    "loose_knit": "the page splits into groups that share few words: {where} against the rest",
    "mixed_quotes": "{where} write(s) quote marks the other way from the rest",
    "mixed_apostrophes": "{where} write(s) apostrophes the other way from the rest",
    "mixed_dashes": "{where} write(s) dashes the other way from the rest",
    "mixed_titles": "{titled} called with a title in some paragraphs and without in {where}",
    "mixed_spelling": "{where} write(s) U.S., per cent or a.m. the other way from the rest",
}
_STYLE_FEATURES = {
    "quote marks": "mixed_quotes",
    "apostrophes": "mixed_apostrophes",
    "dashes": "mixed_dashes",
    "titles": "mixed_titles",
    "U.S. or US": "mixed_spelling",
    "per cent": "mixed_spelling",
    "a.m. or am": "mixed_spelling",
}


@dataclass
class Signals:
    """What was found: for each feature, the paragraphs that showed it."""

    hits: dict[str, list[Line]] = field(default_factory=lambda: {n: [] for n in _WORDS})
    #: Neighbouring paragraphs both long enough to compare for topic.
    pairs: int = 0
    late_names: list[str] = field(default_factory=list)
    unintroduced: list[str] = field(default_factory=list)
    titled: list[str] = field(default_factory=list)
    #: Paragraphs long enough for the cohesion measures.
    judged: int = 0
    loose_knit: float = 0.0
    neighbour_similarity: float = 1.0
    #: Body paragraphs in order, to number the evidence.
    body: list[Line] = field(default_factory=list)
    #: The highest lede-likeness (logit) of a paragraph after the first.
    lede_max: float = -5.0
    #: Paragraphs opening with a run-in heading in capitals: two or more make
    #: the page a digest (news briefs, a newsletter), stitched by design.
    headings: list[Line] = field(default_factory=list)
    #: Paragraphs signed at their end (`"..." ― Name`): three or more make
    #: the page a collection of voices (a vox-pop), several voices by design.
    signed: list[Line] = field(default_factory=list)
    #: The page's ending is cut off (noted, not counted: a coherent article
    #: that is cut off is truncated, not stitched).
    truncated: bool = False


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
    >>> starts_mid_sentence("That’s right. The road stays closed.")
    False
    """
    words = text.split(maxsplit=2)
    first = words[0] if words else ""
    if first in SURNAME_PARTICLES and len(words) > 1 and words[1][:1].isupper():
        return False  # "de Blasio said", "van der Merwe scored"
    if first in SURNAME_PARTICLES and len(words) > 2 and words[2][:1].isupper():
        return False
    if first[:1].islower():
        # "iPhone", "eBay": lower case first, capitals inside, is a name;
        # a lone "l" or "o" is a bullet that lost its glyph.
        return not any(c.isupper() for c in first) and (len(first) > 1 or first in "ai")
    m = _TAIL.match(text)
    if not m:
        return False
    if re.split("['’]", first.strip("\"“‘'"))[0].lower() in ENGLISH_FUNCTION_WORDS:
        # "That’s right. If ...", "So be it. The ...": a cut falls on any
        # word, so a tail rarely opens on a capitalised function word; a
        # short whole sentence does.
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
    titled_or_quoted = {a or b for a, b in _PERSON.findall(text)}
    people = set(titled_or_quoted)
    leads = set(re.findall(_SURNAME + r"\s+[A-Z]", text))
    people |= {last for first, last in pairs if first not in short and last not in leads}
    for name, (at, line) in short.items():
        if name in people and at < full.get(name, -1):
            sig.late_names.append(name)
            sig.hits["late_names"].append(line)
    # Called "Mr Holt" or "Holt said" and never given a full name: the
    # introduction is in an article the page did not take.
    for name, (_, line) in short.items():
        if name in titled_or_quoted and name not in full:
            sig.unintroduced.append(name)
            sig.hits["unintroduced"].append(line)


def _cohesion(body: list[Line], sig: Signals) -> None:
    found = cohesion(body)
    sig.judged = found.judged
    sig.loose_knit = found.loose_knit
    for name in ("new_threads", "returns", "outside_main"):
        sig.hits[name] = [body[i] for i in getattr(found, name)]
    sig.hits["loose_knit"] = [body[i] for i in found.split_off]
    sig.hits["unlinked"] = [body[i] for i in found.unlinked]
    sig.neighbour_similarity = found.neighbour_similarity


def _ledes(body: list[Line], sig: Signals) -> None:
    """Paragraphs after the first that read like an article's opening one:
    a farm often takes each source from its start."""
    model = load_lede_model()
    z = model.logits([ln.text for ln in body[1:]])
    if len(z):
        sig.lede_max = float(z.max())
        sig.hits["lede_like"] = [ln for ln, v in zip(body[1:], z, strict=True) if v >= model.cut]


def _run_in_heading(text: str) -> bool:
    """A paragraph opening with a heading in capitals, not a dateline, and
    not a few initials ("U.S. NATO EU officials"): ten capitals or more."""
    m = RUN_IN_HEADING.match(text)
    if m is None or DATELINE.match(text):
        return False
    return sum(c.isupper() for c in m.group(0)) >= 10


#: A paragraph signed at its end: `"..." ― Sonya Herridge`, `... — Jane Holt, Leeds`.
_SIGNED = re.compile(
    r"[―—–-]{1,2}\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:,\s*[A-Z][\w .'’-]{1,30})?\.?\s*$"
)


def is_digest(sig: Signals) -> bool:
    """A digest (news briefs under headings in capitals, a newsletter) or a
    collection of signed voices (a vox-pop: quote after quote, each signed
    `― Name`) is several voices on one page by design, not a farm's stitching."""
    return len(sig.headings) >= 2 or len(sig.signed) >= 3


def _list_items(body: list[Line]) -> set[int]:
    """Paragraphs that are items of a list under a lead-in ending in a colon
    ("Imagine that she:" then "Filed for six bankruptcies ..."): short,
    each a unit of its own, not paragraphs of a story. The list runs while
    its items stay short."""
    items: set[int] = set()
    for k, line in enumerate(body):
        if not line.text.rstrip().endswith(":"):
            continue
        j = k + 1
        while (
            j < len(body)
            and len(body[j].words) <= _LIST_ITEM_WORDS
            and not body[j].text.rstrip().endswith(":")
            and not _GOES_ON.match(body[j].text)  # "And if you would never ...": the text again
        ):
            j += 1
        if j - k - 1 >= 3:
            items.update(range(k + 1, j))
    return items


#: A paragraph that goes on from what came before: no item of a list.
_GOES_ON = re.compile(r"(?:And|But|So|Yet|Then|Still|However|Meanwhile)\b")
#: Words at most in an item of a list under a lead-in.
_LIST_ITEM_WORDS = 40


def _house_style(body: list[Line], sig: Signals) -> None:
    mix = house_style(body)
    sig.titled = mix.honorific_names
    for habit, rows in mix.minority.items():
        sig.hits[_STYLE_FEATURES[habit]] += [body[i] for i in rows]


_CODE_CHARS = re.compile(r"[{}\[\]();=<>_/\\|$#`]")


def is_prose(line: Line) -> bool:
    """A paragraph of running text: four words or more, some of them English
    function words, and not code. Code, commands, list items and labels are
    not paragraphs of a story, and the signals below would misread them (a
    line of code "starts mid-sentence")."""
    if len(line.words) < 4 or line.function_word_share < 0.1:
        return False
    return len(_CODE_CHARS.findall(line.text)) <= max(2, len(line.text) // 40)


def signals(article: Article, lines: list[Line]) -> Signals:
    """Every signal over the body: kept lines of prose other than the headline."""
    # The first MAX_PARAGRAPHS paragraphs tell whether a page was stitched.
    kept = body_lines(article, lines)[: 2 * MAX_PARAGRAPHS]
    # items of a list under a lead-in are units of the list, not paragraphs
    # of a story: three or more of them would read as threads that do not join
    listed = _list_items(kept)
    body = [ln for k, ln in enumerate(kept) if k not in listed and is_prose(ln)][:MAX_PARAGRAPHS]
    sig = Signals(body=body)
    sig.signed = [ln for ln in body if _SIGNED.search(ln.text)]
    for k, line in enumerate(body):
        # A line that goes on from one that did not end its sentence is
        # hard-wrapped text: it may start mid-sentence or close a quote
        # opened the line before without anything being cut.
        wrapped = k > 0 and not body[k - 1].ends_sentence
        if not wrapped and _unbalanced(line.text.replace("\'\'", '"')):  # " written as \'\'
            sig.hits["unbalanced"].append(line)
        # A short line that ends no sentence ("better use of tax dollars")
        # is a heading, not a cut.
        heading = len(line.words) <= 8 and not line.ends_sentence
        if not wrapped and not heading and starts_mid_sentence(line.text):
            sig.hits["fragments"].append(line)
    _topic_jumps(body, sig)
    _late_names(body, sig)
    _cohesion(body, sig)
    _house_style(body, sig)
    if body and _DANGLING.match(body[0].text):
        sig.hits["dangling_lead"].append(body[0])
    # An article has one dateline, at its start; a page with another further
    # down carries the start of another article.
    sig.hits["datelines"] = [ln for ln in body[1:] if DATELINE.match(ln.text)]
    sig.headings = [ln for ln in body if _run_in_heading(ln.text)]
    _ledes(body, sig)
    sig.truncated = article.flag("truncated") is not None
    return sig


def _rate(found: int, judged: int) -> float:
    """A share smoothed towards a low prior: one odd paragraph in three says
    less than ten in thirty."""
    return (found + 0.5) / (judged + 3)


#: Paragraphs a page's counts are scaled to when it has more.
LENGTH = 20


def features(sig: Signals) -> dict[str, float]:
    """The model's inputs. Counts are logged, so the tenth odd paragraph adds
    less than the first, and counted as if a long page were 20 paragraphs
    long: seven odd paragraphs in a hundred (a live blog, a long FAQ) say
    less than seven in twenty."""
    per = min(1.0, LENGTH / max(1, len(sig.body)))
    x = {name: math.log1p(len(found) * per) for name, found in sig.hits.items()}
    # As if five more joins had been seen, one a jump (about the rate in real
    # articles): two jumps in two joins say little, twenty in twenty a lot.
    x["jump_rate"] = (len(sig.hits["jump_rate"]) + 1) / (sig.pairs + 5)
    x["dangling_lead"] = float(bool(sig.hits["dangling_lead"]))
    x["new_threads"] = _rate(len(sig.hits["new_threads"]), sig.judged)
    x["returns"] = _rate(len(sig.hits["returns"]), sig.judged)
    x["outside_main"] = len(sig.hits["outside_main"]) / max(1, sig.judged)
    x["loose_knit"] = sig.loose_knit
    # Clipped: one paragraph's extreme reading should not decide a page.
    x["lede_like"] = max(-5.0, min(5.0, sig.lede_max))
    # How little neighbours share, on a scale where 1 is nothing at all.
    x["unlinked"] = 1.0 - sig.neighbour_similarity
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


def _where(sig: Signals, found: list[Line]) -> str:
    """"paragraphs 3, 5 and 9": the body paragraphs numbered from 1."""
    number = {ln.start: k for k, ln in enumerate(sig.body, 1)}
    at = sorted({number[ln.start] for ln in found if ln.start in number})
    shown = [str(k) for k in at[:8]] + (["…"] if len(at) > 8 else [])
    if len(shown) == 1:
        return f"paragraph {shown[0]}"
    return "paragraphs " + ", ".join(shown[:-1]) + " and " + shown[-1]


def reason(name: str, sig: Signals) -> str:
    """One signal in plain words, naming the paragraphs that showed it."""
    found = sig.hits[name]
    return _WORDS[name].format(
        n=len(found),
        pairs=sig.pairs,
        where=_where(sig, found),
        names=", ".join(sig.late_names[:4]),
        unintroduced=", ".join(sig.unintroduced[:4]),
        titled=", ".join(sig.titled[:4]),
    )


def stitched_flag(article: Article, lines: list[Line], options: Options) -> Flag | None:
    sig = signals(article, lines)
    if is_digest(sig):
        return None
    x = features(sig)
    model = load_model()
    value = model.score(x)
    if value < options.stitched_threshold:
        return None
    # Signals that pushed this page towards "stitched", strongest first.
    fired = sorted((c, n) for n, c in model.contributions(x).items() if c > 0 and sig.hits[n])
    fired.reverse()
    evidence = sorted({(ln.start, ln.end) for _, n in fired for ln in sig.hits[n]})
    reasons = [reason(n, sig) for _, n in fired]
    if sig.truncated:
        reasons.append("its ending is also cut off (noted, not counted)")
    return Flag(
        "stitched",
        round(value, 4),
        [Span(s, e) for s, e in evidence],
        "looks assembled from several articles: " + "; ".join(reasons),
    )
