"""Extraction on spaCy's parse: who said what (`quotes`), who they are
(`people`), numeric claims (`claims`) and dates (`dates`).

This package only re-exports the finders. The stages that run them are in
`stages.py`, which the pipeline imports when it looks a stage up.
"""

from __future__ import annotations

from .claims.finder import find_claims
from .dates.finder import find_dates
from .dates.pubdate import find_pubdate
from .doc import ENTITY_LABELS
from .people.display_names import clean_name
from .people.entities import find_entities
from .people.mentions import People, people_of
from .people.person import Person
from .people.speaker import Speaker
from .people.speakers import SpeakerResolver
from .quotes.finder import StatementFinder, find_statements
from .quotes.marks import Quoted, find_quotes
from .quotes.statement import Statement

__all__ = [
    "ENTITY_LABELS",
    "People",
    "Person",
    "Quoted",
    "Speaker",
    "SpeakerResolver",
    "Statement",
    "StatementFinder",
    "clean_name",
    "find_claims",
    "find_dates",
    "find_entities",
    "find_pubdate",
    "find_quotes",
    "find_statements",
    "people_of",
]
