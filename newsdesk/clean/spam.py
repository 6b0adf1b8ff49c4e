"""Injected spam lines: text that has nothing to do with the article around it.

A line is spam when it is foreign to the page on two counts at once, so a
real article's odd line (a name, a place, a foreign phrase it discusses) is
left alone:
- it is written in another script than the rest of the article, or it is SEO
  bait (gambling, pharma, loans, adult, crypto) or in another language; and
- it shares almost no topic words with the rest of the article.
"""

from __future__ import annotations

import re

from ..article import Removed
from .lines import Line, content_words, dominant_script

# SEO bait vocabulary, several languages; matched as whole words (Latin) or
# substrings (CJK, which has no spaces).
_SEO_LATIN = re.compile(
    r"\b(casino|casinos|baccarat|poker|roulette|blackjack|jackpot|slots?|sportsbook|"
    r"betting|bookmaker|judi|togel|taruhan|apuestas|scommesse|paris sportifs|"
    r"viagra|cialis|levitra|kamagra|tadalafil|sildenafil|pharmacy|pills?|"
    r"payday|loans?|crypto|bitcoin|forex|escort|porn|xxx|replica|"
    r"online (?:dating|games?)|free spins|no deposit|bonus code)\b",
    re.IGNORECASE,
)
_SEO_CJK = re.compile(r"百家乐|博彩|赌场|娱乐城|彩票|老虎机|真人|体育投注|菠菜|时时彩|六合彩|开户|官网|约炮|代孕|发票")
_URLISH = re.compile(r"\b(?:www\.|https?://)|\.(?:com|net|org|io|xyz|top|vip|cc)\b", re.IGNORECASE)


def spam_lines(lines: list[Line]) -> list[Removed]:
    """Lines to remove as injected spam, each with the evidence that fired."""
    removed: list[Removed] = []
    if len(lines) < 2:
        return removed
    all_words = [content_words(line) for line in lines]
    for i, line in enumerate(lines):
        others = lines[:i] + lines[i + 1 :]
        rest_words: set[str] = set().union(*(all_words[:i] + all_words[i + 1 :]))
        reasons: list[str] = []

        script, share = dominant_script(others)
        foreign = sum(n for s, n in line.scripts.items() if s != script)
        if share >= 0.85 and line.letters and foreign / line.letters >= 0.5:
            main_other = max(
                (s for s in line.scripts if s != script), key=lambda s: line.scripts[s]
            )
            reasons.append(f"{main_other} script in a {script}-script article")

        seo = _SEO_LATIN.findall(line.text) + _SEO_CJK.findall(line.text)
        rest_text = " ".join(o.text.lower() for o in others)
        seo_foreign = [t for t in seo if t.lower() not in rest_text]
        if seo_foreign:
            reasons.append(f"SEO bait ({', '.join(sorted(set(seo_foreign)))[:60]})")

        if (
            len(line.words) >= 6
            and line.function_word_share == 0
            and script == "Latin"
            and _article_is_english(others)
            and not line.title_like
        ):
            reasons.append("no English function words in an English article")

        if not reasons:
            continue
        if _URLISH.search(line.text) and not line.sentence_like:
            reasons.append("web address")
        own = all_words[i]
        overlap = len(own & rest_words) / len(own) if own else 0.0
        if overlap > 0.25:
            continue  # shares the article's topic: a real line, however odd
        removed.append(
            Removed(line.start, line.end, "spam", "; ".join(reasons) + f"; topic overlap {overlap:.0%}")
        )
    return removed


def _article_is_english(lines: list[Line]) -> bool:
    words = sum(len(line.words) for line in lines)
    if words < 30:
        return False
    share = sum(line.function_word_share * len(line.words) for line in lines) / words
    return share >= 0.25
