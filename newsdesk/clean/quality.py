"""Quality flags from the cleaned lines: each with a score and its evidence."""

from __future__ import annotations

from ..article import Article, Flag, Span
from ..config import Options
from .ending import truncated_flag
from .lines import Line, dominant_script


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
    cut = truncated_flag(body, lines)
    if cut is not None:
        flags.append(cut)
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
