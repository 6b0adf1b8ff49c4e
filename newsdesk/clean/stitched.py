"""The `stitched` flag: a page assembled from sentences of several articles.

Content farms glue paragraphs from different articles together. What gives
them away is what a real article keeps consistent:
- quotes with no speaker: a quoted paragraph that neither names a speaker nor
  continues the quote or speaker of the paragraph before;
- quote marks that do not pair up inside a paragraph (cut-out sentences);
- fragments: a paragraph opening with a one-word "sentence" or in lower case;
- topic jumps: neighbouring paragraphs that share no content word;
- an ending cut off mid-sentence.
Each signal is weak alone; the score adds them, so a real article with one
odd paragraph stays under the threshold (see docs/FLAGS.md for the weights
and how they were set on the PolNeAR train split).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..article import Article, Flag, Span
from ..config import Options
from .lines import Line, content_words
from .quality import body_lines

_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]|[\"“]([^\"“”]{12,})$")
_CUE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|added|adds|asked|asks|insisted|insists|"
    r"warned|warns|claimed|claims|denied|denies|replied|replies|argued|argues|noted|notes|"
    r"explained|explains|wrote|writes|tweeted|tweets|stated|states|declared|declares|"
    r"according to|continued|continues|recalled|recalls|described|describes|called|calls|"
    r"announced|announces|admitted|admits|suggested|suggests|urged|urges|believes|believed|"
    r"think|thinks|thought|agreed|agrees|responded|responds|joked|jokes|quipped|conceded|"
    r"concedes|acknowledged|acknowledges|confirmed|confirms|reported|reports|predicted|"
    r"predicts|promised|promises|vowed|vows|boasted|boasts|complained|complains|"
    r"shouted|yelled|cried|whispered|sighed|laughed|commented|comments|remarked|remarks|"
    r"put it|went on|pointed out|points out|statement|interview|spokesman|spokeswoman|"
    r"spokesperson)\b",
    re.IGNORECASE,
)
_FRAGMENT_START = re.compile(r"^(?:[A-Z][\w'’-]*[.!?]\s|[a-z])")


@dataclass
class StitchSignals:
    orphan_quotes: list[Line] = field(default_factory=list)
    unbalanced: list[Line] = field(default_factory=list)
    fragments: list[Line] = field(default_factory=list)
    jumps: list[Line] = field(default_factory=list)
    pairs: int = 0
    truncated: bool = False


def _has_quote(line: Line) -> bool:
    return bool(_QUOTE.search(line.text))


def _attributed(line: Line) -> bool:
    text = line.text
    outside = _QUOTE.sub(" ", text)
    return bool(_CUE.search(outside)) or re.search(r":\s*[\"“‘']", text) is not None


def _unbalanced(line: Line) -> bool:
    """Quote marks that cannot pair up, even allowing for a quote that runs on
    into the next paragraph (opened, never closed) or continues from the last."""
    t = line.text.strip()
    opens, closes = t.count("“"), t.count("”")
    if opens != closes:
        run_on = opens == closes + 1 and t.rfind("“") > t.rfind("”")
        return not run_on
    if t.count('"') % 2 == 1:
        run_on = len(t[t.rfind('"') + 1 :].split()) >= 3
        return not (run_on or t.startswith('"'))
    return False


def _stems(line: Line) -> set[str]:
    # Five-letter prefixes: "poll", "polls" and "polling" meet; enough for overlap.
    return {w[:5] for w in content_words(line)}


def signals(article: Article, lines: list[Line]) -> StitchSignals:
    body = body_lines(article, lines)
    sig = StitchSignals()
    carried = False  # the previous paragraph gave a speaker a quote could continue
    prev_words: set[str] | None = None
    for line in body:
        quoted = _has_quote(line)
        attributed = _attributed(line)
        continues = carried and line.text.lstrip()[:1] in "\"“‘'"
        if quoted and not attributed and not continues:
            sig.orphan_quotes.append(line)
        carried = attributed or (quoted and continues)
        if _unbalanced(line):
            sig.unbalanced.append(line)
        if _FRAGMENT_START.match(line.text) and len(line.words) > 3:
            sig.fragments.append(line)
        words = _stems(line)
        if prev_words is not None and len(words) >= 5 and len(prev_words) >= 5:
            sig.pairs += 1
            if not (words & prev_words):
                sig.jumps.append(line)
        prev_words = words
    sig.truncated = article.flag("truncated") is not None
    return sig


def score(sig: StitchSignals) -> float:
    jump_rate = len(sig.jumps) / sig.pairs if sig.pairs else 0.0
    s = (
        0.25 * min(len(sig.orphan_quotes), 3)
        + 0.15 * min(len(sig.unbalanced), 3)
        + 0.2 * min(len(sig.fragments), 2)
        + 0.6 * jump_rate
        + 0.2 * sig.truncated
    )
    return round(min(1.0, s), 4)


def stitched_flag(article: Article, lines: list[Line], options: Options) -> Flag | None:
    sig = signals(article, lines)
    value = score(sig)
    if value < options.stitched_threshold:
        return None
    parts = []
    if sig.orphan_quotes:
        parts.append(f"{len(sig.orphan_quotes)} quote(s) with no speaker")
    if sig.unbalanced:
        parts.append(f"{len(sig.unbalanced)} paragraph(s) with unpaired quote marks")
    if sig.fragments:
        parts.append(f"{len(sig.fragments)} paragraph(s) starting with a fragment")
    if sig.jumps:
        parts.append(f"{len(sig.jumps)} of {sig.pairs} paragraph joins share no topic word")
    if sig.truncated:
        parts.append("the ending is cut off")
    evidence = sorted(
        {(ln.start, ln.end) for ln in sig.orphan_quotes + sig.unbalanced + sig.fragments + sig.jumps}
    )
    return Flag(
        "stitched",
        value,
        [Span(s, e) for s, e in evidence],
        "looks assembled from several articles: " + "; ".join(parts),
    )
