"""Entities: people, organisations and places, each with its canonical name."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ...nlp import doc_ents
from ..doc import ENTITY_LABELS
from .display_names import clean_name
from .mentions import people_of
from .name_spans import name_span


def find_entities(doc: Doc) -> list[dict[str, Any]]:
    """The entity records of a parsed article: spaCy's entities of the kept
    labels, a PERSON only when it is one of the article's people and listable
    (a surname the tagger labelled otherwise is that person's)."""
    people = people_of(doc)
    out: list[dict[str, Any]] = []
    # where a listable person's mention ends -> where the latest such mention starts
    ends: dict[int, int] = {}
    for p in people.persons:
        if people.listable(p):
            for s, e in p.mentions:
                ends[e] = max(ends.get(e, -1), s)
    for ent in doc_ents(doc):
        if ent.label_ not in ENTITY_LABELS:
            continue
        label = ent.label_
        person = people.mention(ent.start_char, ent.end_char)
        if person is None and ent.text != ent.text.rstrip():
            # "Anjali Deshpande\n": a byline's name the tagger took with its
            # line break (for a body)
            person = people.mention(ent.start_char, ent.start_char + len(ent.text.rstrip()))
        if person is None and label == "PERSON":
            # the person was read from the name inside the entity ("Nick
            # Varga" of "Treasurer Nick Varga"), not from its whole span
            name_words = name_span(ent)
            person = people.mention(name_words.start_char, name_words.end_char)
        owner = people.covering(ent.start_char) if person is None else None
        if owner is not None and people.listable(owner) and any(
                (s <= ent.start_char and ent.end_char <= e)
                # "DANIEL OKAFOR Associated Press" tagged a body: the writer's (below)
                or (s == ent.start_char < e and people.byline_only(owner))
                for s, e in owner.mentions):
            continue  # "Rahimah" tagged a body inside "Rahimah binti Yusof": the person's
        if person is None and label != "PERSON" and ent.start_char < ends.get(ent.end_char, -1):
            continue  # "former Lisdarragh All-Star Colm O'Sullivan" tagged a body: his mention
        if person is not None and label != "PERSON" and people.listable(person):
            label = "PERSON"  # "Okafor", tagged ORG after "Ade Okafor"
        elif person is None or label != "PERSON":
            person = None
        if label == "PERSON" and (person is None or not people.listable(person)
                                  or people.byline_field(person)):
            continue  # dropped as not a person (see People.listable)
        name = person.name if person else clean_name(ent.text)[0]
        if name.lower().startswith("the "):
            name = name[4:]
        out.append({"start": ent.start_char, "end": ent.end_char, "label": label, "name": name})
    # "the Alake of Egbaland, Oba Adedotun Gbadebo III": a person the
    # article's people hold by a title or office where the tagger saw no one
    for person in people.persons:
        if not people.listable(person) or people.byline_field(person):
            continue
        for start, end in person.mentions:
            if not any(r["start"] < end and start < r["end"] for r in out):
                out.append({"start": start, "end": end, "label": "PERSON", "name": person.name})
    out.sort(key=lambda r: (r["start"], r["end"]))
    return out
