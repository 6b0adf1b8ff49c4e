"""The extraction stages: entities, who said what, dates and numeric claims.

Each stage parses the article (once: the Doc is cached on it), calls its
finder and stores the records on the article. This is the only extraction
module that imports the stage registry.
"""

from __future__ import annotations

import dataclasses

from ..article import Article
from ..config import Options
from ..nlp import doc_text, parse
from ..registry import stage
from .claims.finder import find_claims
from .dates.finder import article_anchor, find_dates
from .people.entities import find_entities
from .people.mentions import people_of
from .people.name_runs import nicknamed_names
from .people.speaker import Speaker
from .people.speakers import SpeakerResolver
from .quotes.finder import find_statements
from .quotes.marks import find_quotes
from .quotes.speech import heading_around, is_quote


@stage("extract.entities", requires=("text", "removed"), assigns=("entities",), nlp=True)
def extract_entities(article: Article, options: Options) -> Article:
    """People, organisations and places, each with its canonical name."""
    article.entities = find_entities(parse(article))
    return article


@stage(
    "extract.quotes",
    requires=("text", "removed"),
    assigns=("quotes", "attributions"),
    nlp=True,
)
def extract_quotes(article: Article, options: Options) -> Article:
    """Statements (quotes and reported speech) with cue and resolved speaker;
    what someone is said to think, plan or do goes to `attributions`."""
    doc = parse(article)
    headline = (article.title_span.start, article.title_span.end) if article.title_span else None
    # the marks around a nickname inside a name ("Cristina "Tina" Buenaventura") quote no one
    names = [(n.start_char, n.end_char) for n in nicknamed_names(doc)]
    quotes = [q for q in find_quotes(doc_text(doc))
              if not any(s <= q.start and q.end <= e for s, e in names)]
    statements = find_statements(doc, quotes, headline=headline)
    resolver = SpeakerResolver(doc, people_of(doc), author=article.author)
    speakers = resolver.resolve_all(statements)
    text = doc_text(doc)
    article.quotes, article.attributions = [], []
    index: dict[int, int] = {}  # id(statement) -> its place in `quotes`
    aside: set[int] = set()  # id(statement) of those sent to `attributions`
    last_of: dict[str, int] = {}  # a speaker's name -> the place of their latest quote
    for st, sp in zip(statements, speakers, strict=True):
        if st.via == "question" and article.outlet:
            sp = Speaker(article.outlet, "organisation")  # the interviewer: the outlet
        elif st.speaker is not None and sp.name is not None:
            # a line's first word in capitals is re-cased for the parser ("RCMP
            # said" read as "Rcmp said"): an acronym as the article writes it
            written = article.text[st.speaker[0] : st.speaker[1]]
            if (written != sp.name and written.casefold() == sp.name.casefold()
                    and written.isupper() and len(written) <= 6 and " " not in written):
                sp = dataclasses.replace(sp, name=written)
        record = {
            "content": [[s, e] for s, e in st.content],
            "cue": list(st.cue) if st.cue else None,
            "speaker": list(st.speaker) if st.speaker else None,
            "speaker_name": sp.name,
            "speaker_type": sp.type,
            "speaker_role": sp.role,
            "direct": st.direct,
            # the statement this quote continues (its speaker is this one's)
            "continues": index.get(id(st.continues)) if st.continues is not None else None,
        }
        follows_aside = st.continues is not None and id(st.continues) in aside
        if follows_aside and st.direct and sp.type == "person" and (
                last_of.get(sp.name or "") is not None):
            # "...," said Dr Grace, who asked that her surname not be used. |
            # "...": the request is no statement, the quote goes on with hers
            follows_aside = False
            record["continues"] = last_of[sp.name or ""]
        # a subheading inside the body is the writer's, as the headline is
        heading = headline if headline and st.start < headline[1] else heading_around(
            text, st.start
        )
        if is_quote(st, doc, heading, sp.name, sp.type) and not follows_aside:
            index[id(st)] = len(article.quotes)
            last_of[sp.name or ""] = len(article.quotes)
            article.quotes.append(record)
        else:
            aside.add(id(st))
            article.attributions.append(record)
    return article


@stage("extract.dates", requires=("text", "removed"), assigns=("dates",), nlp=True)
def extract_dates(article: Article, options: Options) -> Article:
    """Time expressions normalised TIMEX3-style against the publication date."""
    doc = parse(article)
    date, source, estimated = article_anchor(article, options)
    removed = [(r.start, r.end) for r in article.removed]
    records = find_dates(doc, date, source, estimated=estimated, skip=removed)
    for rec in records:  # the Doc's text has a shouted lead title-cased: quote the source
        rec["text"] = article.text[rec["start"] : rec["end"]]
    article.dates = records
    return article


@stage("extract.claims", requires=("text", "removed", "quotes", "dates"), assigns=("claims",),
       nlp=True)  # fmt: skip
def extract_claims(article: Article, options: Options) -> Article:
    """Numeric claims and polls, with who states them and when they hold."""
    doc = parse(article)
    article.claims = find_claims(
        doc,
        quotes=article.quotes,
        dates=article.dates,
        removed=article.removed,
        outlet=article.outlet,
    )
    return article
