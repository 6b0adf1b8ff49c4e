"""Injected spam lines: text that has nothing to do with the article around it.

A line is spam when it is foreign to the page by what it is, and not tied to
the article by its words, so a real article's odd line (a name, a list of
names, a heading, a sentence about a casino) is left alone:
1. what it is:
   - written in another script than the rest of the article;
   - written with look-alike letters of two scripts inside its words
     ("Аdvеrtіѕе" with Cyrillic vowels), which no language does;
   - in another language: lower-case prose with no English function word and
     another language's function words or accented letters;
   - an advert for what link spam sells (gambling, pharmacy, fake diplomas,
     crypto, quick loans, adult services: `bait.py`), shaped like one: a
     string of keywords, several bait terms, or bait with a sales cue (a
     price, "free", "apply now", a web address);
2. and it shares little or nothing of the article's topic words, and its bait
   terms appear nowhere else in the article (an article about a casino says
   "casino" more than once).
A line presented as a quotation, or reported with a verb of saying, is never
spam: it is someone's words that the article reports, whatever their language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Removed
from .bait import URL, bait_terms, sales_cues
from .furniture import POST_SIGNATURE
from .lines import Line, dominant_script_without, script_totals, topic_overlaps

#: Topic overlap above which a line belongs to the article, whatever else it is.
MAX_OVERLAP = 0.25
#: A line with English syntax that mentions bait words is usually the
#: article's own (a casino hotel, a student loan): it must share next to
#: nothing with the article.
MAX_OVERLAP_SENTENCE = 0.1
#: An advert (several bait terms, or bait with a sales cue) may share generic
#: words ("money", "win", "today") with a political story and still be one.
MAX_OVERLAP_ADVERT = 0.5

# Someone's reported words are the article's, in any language they were said.
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|added|wrote|writes|according to|asked|replied)\b", re.I
)


@dataclass(frozen=True, slots=True)
class _Context:
    """Totals over the whole article; each line is compared with them minus itself."""

    scripts: dict[str, int]
    text: str
    english: bool


def spam_lines(lines: list[Line]) -> list[Removed]:
    """Lines to remove as injected spam, each with the evidence that fired."""
    if len(lines) < 2:
        return []
    ctx = _Context(
        scripts=script_totals(lines),
        text="\n".join(line.text for line in lines).casefold(),
        english=_is_english(lines),
    )
    removed: list[Removed] = []
    # The text of an embedded post, in whatever language: the line above its
    # signature ("— Presidente (@handle) May 2, 2026") is someone's words.
    posts = {
        lines[k - 1].index for k in range(1, len(lines)) if POST_SIGNATURE.match(lines[k].text)
    }
    for line, overlap in zip(lines, topic_overlaps(lines), strict=True):
        if line.quoted or _REPORTED.search(line.text) or line.index in posts:
            continue
        reasons = _what_it_is(line, ctx, overlap)
        if reasons:
            detail = "; ".join(reasons) + f"; topic overlap {overlap:.0%}"
            removed.append(Removed(line.start, line.end, "spam", detail))
    return removed


def _what_it_is(line: Line, ctx: _Context, overlap: float) -> list[str]:
    """The kinds of foreignness `line` shows, given its topic overlap."""
    reasons: list[str] = []
    if line.mixed_script_words >= 2 and line.mixed_script_words >= 0.2 * len(line.words):
        # Disguised letters are evidence enough: the line may name the site's
        # own town and still be an advert.
        reasons.append(f"{line.mixed_script_words} words mix look-alike letters of two scripts")
    bait = _seo_terms(line, ctx.text)
    cues = sales_cues(line.text) if bait else set()
    advert = len(bait) >= 2 or bool(cues)
    if overlap > (MAX_OVERLAP_ADVERT if advert else MAX_OVERLAP):
        return reasons
    # A short line in another language with nothing to sell is a sign-off, a
    # motto or a name ("Hasta la próxima, amigos"), not an injection.
    selling = bool(bait or sales_cues(line.text))
    if overlap <= MAX_OVERLAP and (selling or _prose(line)):
        reasons.extend(_foreign_to_the_page(line, ctx))
    if bait and _shaped_like_bait(line, bait, advert, overlap):
        terms = ", ".join(sorted(bait))[:60]
        extra = "; " + ", ".join(sorted(cues))[:40] if cues else ""
        reasons.append(f"SEO bait ({terms}){extra}")
    return reasons


def _foreign_to_the_page(line: Line, ctx: _Context) -> list[str]:
    """Another script than the article's, or another language in an English one."""
    reasons = []
    script, share = dominant_script_without(ctx.scripts, line)
    foreign = sum(n for s, n in line.scripts.items() if s != script)
    if share >= 0.85 and line.letters and foreign / line.letters >= 0.5:
        other = max((s for s in line.scripts if s != script), key=lambda s: line.scripts[s])
        reasons.append(f"{other} script in a {script}-script article")
    if ctx.english and _other_language(line):
        reasons.append(_language_detail(line))
    return reasons


def _shaped_like_bait(line: Line, bait: set[str], advert: bool, overlap: float) -> bool:
    """Bait is a string of keywords: no sentence, next to no function words
    ("AG百家乐在线官网", "Buy cheap viagra online"), or an advert that stacks
    terms or adds a sales cue. A line with English syntax that names one bait
    term is the article talking about a casino or a loan, unless it stacks
    terms or carries a web address, and shares next to nothing with it."""
    if line.sentence_like:
        url = URL.search(line.text) is not None
        return (len(bait) >= 2 or url) and overlap <= MAX_OVERLAP_SENTENCE
    return advert or line.function_word_share < 0.2


def _seo_terms(line: Line, article_text: str) -> set[str]:
    """Bait terms in `line` that the rest of the article never uses.

    An article about a casino says "casino" more than once; injected bait
    appears once, in its own line.
    """
    mine = line.text.casefold()
    return {t for t in bait_terms(line.text) if article_text.count(t) <= mine.count(t)}


def _other_language(line: Line) -> bool:
    """Prose in another Latin-script language: lower-case words (so not
    names, not a heading), next to no English function word, and another
    language's function words or accented letters (ư, ş, ñ, ã)."""
    n = len(line.words)
    if n < 4 or line.lowercase_share < 0.5 or line.function_word_share > 0.1:
        return False
    foreign = line.foreign_function_words
    accented = line.accented_letters >= 3 and line.accented_letters >= 0.08 * line.letters
    return foreign >= 2 or accented or (foreign >= 1 and n >= 6 and line.accented_letters > 0)


def _prose(line: Line) -> bool:
    """Long enough to be running text: 8+ words, or 15+ letters in runs too
    long to be words (Chinese, Japanese and Thai do not space their words)."""
    n = len(line.words)
    return n >= 8 or (line.letters >= 15 and line.letters > 6 * n)


def _language_detail(line: Line) -> str:
    if line.foreign_function_words:
        return f"{line.foreign_function_words} function words of another language"
    return f"{line.accented_letters} accented letters, no English function word"


def _is_english(lines: list[Line]) -> bool:
    words = sum(len(line.words) for line in lines)
    if words < 30:
        return False
    share = sum(line.function_word_share * len(line.words) for line in lines) / words
    return share >= 0.25
