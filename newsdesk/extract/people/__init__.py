"""The people of one article: names as written (`names`), mentions
clustered into persons with their roles (`mentions`), who a statement's
speaker is (`speakers`), and the entity records (`entities`)."""

from __future__ import annotations

from .display_names import clean_name
from .entities import find_entities
from .mentions import People, people_of
from .person import Person
from .speaker import Speaker
from .speakers import SpeakerResolver

__all__ = [
    "People", "Person", "Speaker", "SpeakerResolver", "clean_name", "find_entities", "people_of"
]
