"""Quality flags from the cleaned lines: each with a score and its evidence."""

from __future__ import annotations

import re

from ..article import Article, Flag, Span
from ..config import Options
from .lines import Line, dominant_script

_LAST_SENTENCE = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+)(?=[^.!?…]*$)")
_EMBED_LEAD_IN = re.compile(r"\b(?:below|above)\s*:$", re.IGNORECASE)


def body_lines(article: Article, lines: list[Line]) -> list[Line]:
    """Kept lines other than the headline."""
    title = article.title_span
    return [
        ln
        for ln in lines
        if not article.is_removed(ln.start, ln.end)
        and not (title is not None and ln.start == title.start)
    ]


def quality_flags(article: Article, lines: list[Line], options: Options) -> list[Flag]:
    flags: list[Flag] = []
    spam = [r for r in article.removed if r.reason == "spam"]
    if spam:
        strong = any("script" in r.detail or "SEO" in r.detail for r in spam)
        flags.append(
            Flag(
                "spam_injection",
                0.95 if strong else 0.75,
                [Span(r.start, r.end) for r in spam],
                f"{len(spam)} injected line(s) unrelated to the article: "
                + "; ".join(r.detail for r in spam)[:300],
            )
        )
    furniture = [r for r in article.removed if r.reason != "spam"]
    if furniture:
        share = sum(r.end - r.start for r in furniture) / max(1, len(article.text))
        flags.append(
            Flag(
                "boilerplate",
                round(1 - 0.5 ** len(furniture), 4),
                [Span(r.start, r.end) for r in furniture],
                f"{len(furniture)} line(s), {share:.0%} of the characters, are page furniture "
                "(player notices, widgets, adverts, teasers, notices to the reader, "
                "contact lines, captions, video titles)",
            )
        )
    body = body_lines(article, lines)
    flags.extend(_truncated(article, body))
    words = sum(len(ln.words) for ln in body)
    if words < options.min_words:
        flags.append(
            Flag(
                "too_short",
                round(1 - words / options.min_words, 4),
                [Span(ln.start, ln.end) for ln in body],
                f"{words} words of body text (fewer than {options.min_words})",
            )
        )
    flags.extend(_language(article, body))
    return flags


def _truncated(article: Article, body: list[Line]) -> list[Flag]:
    if not body:
        return []
    last = body[-1]
    if last.ends_sentence or len(last.words) < 8:
        return []  # a byline, sign-off or label may end without a full stop
    if last.lowercase_share < 0.3:
        return []  # Title Case: a headline or a related-link label, not a cut sentence
    tail = last.text.rstrip()
    if _EMBED_LEAD_IN.search(tail):
        return []  # "Watch the interview below:": the embed is gone, not the text
    # Punctuation that can end a clause makes a cut less certain than a bare word.
    score = 0.6 if tail[-1] in ",;:–—-" else 0.9
    why = (
        "the text ends on a lead-in whose quote or list is missing"
        if tail.endswith(":")
        else "the text ends mid-sentence"
    )
    m = _LAST_SENTENCE.search(last.text)
    start = last.start + (m.end() if m else 0)
    return [Flag("truncated", score, [Span(start, last.end)], f"{why}: “…{tail[-40:]}”")]


def _language(article: Article, body: list[Line]) -> list[Flag]:
    words = sum(len(ln.words) for ln in body)
    if not body:
        return []
    script, share = dominant_script(body)
    fw = sum(ln.function_word_share * len(ln.words) for ln in body) / max(1, words)
    english = script == "Latin" and (fw >= 0.15 or words < 20)
    article.language = "en" if english else None
    if english:
        return []
    why = (
        f"mostly {script} script"
        if script != "Latin"
        else f"only {fw:.0%} of words are common English words"
    )
    return [
        Flag(
            "not_english",
            round(min(1.0, 1 - fw / 0.15) if script == "Latin" else share, 4),
            [Span(body[0].start, body[-1].end)],
            f"the body does not read as English: {why}",
        )
    ]
