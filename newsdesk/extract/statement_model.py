"""The statement classifier: is a cue-and-clause candidate an attribution?

A verb like "show", "seek" or "expect" introduces what someone said or
thought in some sentences and not in others. Candidates that report a
clause or an object (not a quote) are scored by a logistic regression over
a few explainable features of the cue, its speaker and its content, trained
on the PolNeAR train split by `scripts/train_statements.py` (weights in
`statement_model.json`). Without the weights file the rule alone decides:
a cue from the lexicon with probability >= CUE_THRESHOLD.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..nlp import doc_text
from .cues import CUE_THRESHOLD, SAYING_VERBS, cue_probability

if TYPE_CHECKING:
    from .statement import Statement

_MODALS = frozenset("will would could should may might must can shall".split())
_ANONYMOUS_HINTS = frozenset(
    "source sources official officials aide aides spokesman spokeswoman".split()
)

FEATURES = (
    "cue_probability", "saying_verb", "via_clause", "via_complement", "via_inverted",
    "via_according", "has_speaker", "speaker_pronoun", "speaker_person", "speaker_org",
    "speaker_anonymous", "log_content_tokens", "past", "present", "gerund", "participle",
    "base", "root", "ccomp_or_parataxis", "advcl_xcomp_conj", "relcl_acl", "content_has_quote",
    "negated", "modal", "content_starts_that", "speaker_is_noun_phrase",
)


def features(st: Statement, doc: Doc) -> list[float]:
    """The feature vector of a cue statement, in the order of FEATURES."""
    verb = doc[st.cue_token] if st.cue_token is not None else None
    tag = verb.tag_ if verb is not None else ""
    dep = verb.dep_ if verb is not None else ""
    lemma = verb.lemma_.lower() if verb is not None else "according"
    speaker = doc.char_span(*st.speaker, alignment_mode="expand") if st.speaker else None
    words = [t for t in speaker if not t.is_punct] if speaker is not None else []
    ents = {t.ent_type_ for t in words if t.ent_type_}
    text = doc_text(doc)
    n_content = sum(len(text[s:e].split()) for s, e in st.content)
    content_text = " ".join(text[s:e] for s, e in st.content)
    children = list(verb.children) if verb is not None else []
    return [
        cue_probability(verb) if verb is not None else 1.0,
        float(lemma in SAYING_VERBS),
        float(st.via == "clause"),
        float(st.via == "complement"),
        float(st.via == "inverted"),
        float(st.via == "according"),
        float(st.speaker is not None),
        float(len(words) == 1 and words[0].pos_ == "PRON"),
        float("PERSON" in ents),
        float(bool(ents & {"ORG", "NORP", "GPE"})),
        float(any(t.lower_ in _ANONYMOUS_HINTS for t in words)),
        math.log1p(n_content),
        float(tag == "VBD"),
        float(tag in ("VBZ", "VBP")),
        float(tag == "VBG"),
        float(tag == "VBN"),
        float(tag == "VB"),
        float(dep == "ROOT"),
        float(dep in ("ccomp", "parataxis")),
        float(dep in ("advcl", "xcomp", "conj")),
        float(dep in ("relcl", "acl")),
        float(any(c in content_text for c in "\"“”")),
        float(any(c.dep_ == "neg" for c in children)),
        float(any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children)),
        float(content_text.lower().startswith("that ")),
        float(len(words) > 1 and not ents),
    ]


@dataclass
class StatementModel:
    weights: list[float] = field(default_factory=list)
    bias: float = 0.0
    mean: list[float] = field(default_factory=list)
    scale: list[float] = field(default_factory=list)
    threshold: float = 0.5
    #: Verbs below this cue probability are not even candidates.
    min_probability: float = CUE_THRESHOLD

    @property
    def trained(self) -> bool:
        return len(self.weights) == len(FEATURES)

    def probability(self, st: Statement, doc: Doc) -> float:
        x = features(st, doc)
        params = zip(self.weights, x, self.mean, self.scale, strict=True)
        z = self.bias + sum(w * (v - m) / s for w, v, m, s in params)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def accept(self, st: Statement, doc: Doc) -> bool:
        if not self.trained:
            verb = doc[st.cue_token] if st.cue_token is not None else None
            return verb is None or cue_probability(verb) >= CUE_THRESHOLD
        return self.probability(st, doc) >= self.threshold


def load() -> StatementModel:
    try:
        raw = files("newsdesk.extract").joinpath("statement_model.json").read_text("utf-8")
    except FileNotFoundError:
        return StatementModel()
    data = json.loads(raw)
    if data.get("features") != list(FEATURES):
        return StatementModel()  # weights for another feature set: fall back to the rule
    return StatementModel(
        data["weights"], data["bias"], data["mean"], data["scale"], data["threshold"],
        data["min_probability"],
    )


MODEL = load()
