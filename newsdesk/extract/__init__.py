"""Extraction stages: entities and who said what, on spaCy's parse."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..article import Article
from ..config import Options
from ..nlp import doc_text, parse
from ..registry import stage
from .mentions import People, clean_name
from .quotemarks import find_quotes
from .speakers import SpeakerResolver
from .speech import is_statement
from .statements import find_statements

# Imported for their @stage registrations.
from . import claims, dates  # noqa: F401  # isort: skip


def people_of(doc: Doc) -> People:
    """The article's people, built once per Doc for every stage that needs them."""
    people = doc.user_data.get("newsdesk_people")
    if not isinstance(people, People):
        people = doc.user_data["newsdesk_people"] = People(doc)
    return people


#: Entity labels newsdesk keeps: people, organisations, places, groups.
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")


@stage("extract.entities", requires=("text", "removed"), assigns=("entities",), nlp=True)
def extract_entities(article: Article, options: Options) -> Article:
    """People, organisations and places, each with its canonical name."""
    doc = parse(article)
    people = people_of(doc)
    out: list[dict[str, Any]] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        person = people.at(ent.start_char, ent.end_char) if ent.label_ == "PERSON" else None
        if ent.label_ == "PERSON" and (person is None or not people.listable(person)):
            continue  # dropped as not a person (see People.listable)
        name = person.name if person else clean_name(ent.text)[0]
        if name.lower().startswith("the "):
            name = name[4:]
        out.append(
            {"start": ent.start_char, "end": ent.end_char, "label": ent.label_, "name": name}
        )
    article.entities = out
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
    statements = find_statements(doc, find_quotes(doc_text(doc)))
    speakers = SpeakerResolver(doc, people_of(doc)).resolve_all(statements)
    headline = (article.title_span.start, article.title_span.end) if article.title_span else None
    article.quotes, article.attributions = [], []
    for st, sp in zip(statements, speakers, strict=True):
        record = {
            "content": [[s, e] for s, e in st.content],
            "cue": list(st.cue) if st.cue else None,
            "speaker": list(st.speaker) if st.speaker else None,
            "speaker_name": sp.name,
            "speaker_type": sp.type,
            "speaker_role": sp.role,
            "direct": st.direct,
        }
        # reported speech that nobody is said to have said is no statement
        nobody = not st.direct and sp.name is None and st.continues is None
        if is_statement(st, doc, headline) and not nobody:
            article.quotes.append(record)
        else:
            article.attributions.append(record)
    return article
