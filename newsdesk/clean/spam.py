"""Injected spam lines: text that has nothing to do with the article around it.

A line is spam when it is foreign to the page on two counts at once, so a
real article's odd line (a name, a list of names, a heading, a sentence about
a casino) is left alone:
1. what it is: written in another script than the rest of the article, in
   another language (its function words are another language's, and it is
   mostly lower-case prose, not a list of names or an ALL-CAPS heading), or
   SEO bait (gambling, pharma, loans, adult, crypto vocabulary) in a line
   shaped like bait: not a sentence, or several bait terms, or a web address;
2. and it shares almost no topic words with the rest of the article.
A line presented as a quotation is never spam: it is someone's words that the
article reports, whatever their language.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..article import Removed
from .lines import Line, content_words, dominant_script_without, script_totals

# SEO bait vocabulary, several languages; matched as whole words (Latin) or
# substrings (CJK, which has no spaces).
_SEO_LATIN = re.compile(
    r"\b(casino|casinos|baccarat|poker|roulette|blackjack|jackpot|slots?|sportsbook|"
    r"betting|bookmaker|judi|togel|taruhan|apuestas|scommesse|paris sportifs|"
    r"viagra|cialis|levitra|kamagra|tadalafil|sildenafil|pharmacy|pills?|"
    r"payday|loans?|crypto|bitcoin|forex|escort|porn|xxx|replica|"
    r"казино|ставки|букмекер|"
    r"online (?:dating|games?)|free spins|no deposit|bonus code)\b",
    re.IGNORECASE,
)
_SEO_CJK = re.compile(
    r"百家乐|博彩|赌场|娱乐城|彩票|老虎机|真人|体育投注|菠菜|时时彩|六合彩|开户|官网|约炮|代孕|发票"
)
_URL = re.compile(
    r"\b(?:www\.|https?://)\S+|\b[\w-]+\.(?:com|net|org|io|xyz|top|vip|cc|bet|info)\b",
    re.IGNORECASE,
)

#: Topic overlap above which a line belongs to the article, whatever else it is.
MAX_OVERLAP = 0.25
#: A line with English syntax that mentions bait words is usually the
#: article's own (a casino hotel, a student loan): it must share next to
#: nothing with the article.
MAX_OVERLAP_SENTENCE = 0.1


@dataclass(frozen=True, slots=True)
class _Context:
    """Totals over the whole article; each line is compared with them minus itself."""

    scripts: dict[str, int]
    topic: Counter[str]
    text: str
    english: bool


def spam_lines(lines: list[Line]) -> list[Removed]:
    """Lines to remove as injected spam, each with the evidence that fired."""
    if len(lines) < 2:
        return []
    words = [_topic_words(line) for line in lines]
    ctx = _Context(
        scripts=script_totals(lines),
        topic=Counter(w for ws in words for w in ws),
        text="\n".join(line.text for line in lines).casefold(),
        english=_is_english(lines),
    )
    removed: list[Removed] = []
    for line, own in zip(lines, words, strict=True):
        if line.quoted:
            continue
        overlap = _overlap(own, ctx.topic)
        reasons = _what_it_is(line, ctx, overlap)
        if reasons:
            detail = "; ".join(reasons) + f"; topic overlap {overlap:.0%}"
            removed.append(Removed(line.start, line.end, "spam", detail))
    return removed


def _what_it_is(line: Line, ctx: _Context, overlap: float) -> list[str]:
    """The kinds of foreignness `line` shows, given its topic overlap."""
    if overlap > MAX_OVERLAP:
        return []
    reasons: list[str] = []
    script, share = dominant_script_without(ctx.scripts, line)
    foreign = sum(n for s, n in line.scripts.items() if s != script)
    if share >= 0.85 and line.letters and foreign / line.letters >= 0.5:
        other = max((s for s in line.scripts if s != script), key=lambda s: line.scripts[s])
        reasons.append(f"{other} script in a {script}-script article")
    if ctx.english and _other_language(line):
        reasons.append(f"{line.foreign_function_words} function words of another language")
    bait = _seo_terms(line, ctx.text)
    if bait:
        url = _URL.search(line.text) is not None
        # Bait is a string of keywords: no sentence, next to no function words
        # ("AG百家乐在线官网", "Buy cheap viagra online"). A line with English
        # syntax that names one bait term is the article talking about a
        # casino or a loan, unless it stacks terms or carries a web address.
        keywords = not line.sentence_like and line.function_word_share < 0.2
        limit = MAX_OVERLAP if keywords else MAX_OVERLAP_SENTENCE
        if (keywords or len(bait) >= 2 or url) and overlap <= limit:
            terms = ", ".join(sorted(bait))[:60]
            reasons.append(f"SEO bait ({terms})" + ("; web address" if url else ""))
    return reasons


def _seo_terms(line: Line, article_text: str) -> set[str]:
    """Bait terms in `line` that the rest of the article never uses.

    An article about a casino says "casino" more than once; injected bait
    appears once, in its own line.
    """
    found = {t.casefold() for t in _SEO_LATIN.findall(line.text) + _SEO_CJK.findall(line.text)}
    mine = line.text.casefold()
    return {t for t in found if article_text.count(t) <= mine.count(t)}


def _other_language(line: Line) -> bool:
    """Prose in another Latin-script language: its function words, none of
    English's, and mostly lower-case words (so not names, not a heading)."""
    n = len(line.words)
    return (
        n >= 5
        and line.function_word_share == 0
        and line.foreign_function_words >= 2
        and line.foreign_function_words / n >= 0.2
        and line.lowercase_share >= 0.5
    )


def _topic_words(line: Line) -> set[str]:
    # Letters only: numbers ("2017", "10") match across unrelated lines.
    return {w for w in content_words(line) if w.isalpha()}


def _overlap(own: set[str], topic: Counter[str]) -> float:
    """Share of the line's topic words that other lines use too."""
    if not own:
        return 0.0
    return sum(topic[w] > 1 for w in own) / len(own)


def _is_english(lines: list[Line]) -> bool:
    words = sum(len(line.words) for line in lines)
    if words < 30:
        return False
    share = sum(line.function_word_share * len(line.words) for line in lines) / words
    return share >= 0.25
