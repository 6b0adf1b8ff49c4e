"""The statement classifier: is a cue-and-clause candidate an attribution?

A verb like "show", "seek" or "expect" introduces what someone said or
thought in some sentences and not in others. Candidates that report a
clause or an object (not a quote) are scored by a logistic regression over
a few explainable features of the cue, its speaker and its content, and an
indicator for each of the cue lemmas (and lemma-and-layout pairs) most often
seen, trained on the PolNeAR train split by `scripts/train_statements.py`
(weights and the lemma lists in `statement_model.json`). Without the
weights file the rule alone decides: a cue from the lexicon with probability
>= CUE_THRESHOLD.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...nlp import doc_text
from ..doc import sentence
from ..logistic import Logistic, read_weights
from .cues import CUE_THRESHOLD, MODALS, SAYING_VERBS, american, cue_probability

if TYPE_CHECKING:
    from .statement import Statement

#: The preposition after a cue that says what kind of complement it takes.
_PREPS = ("about", "for", "to", "of", "against", "on", "as", "with", "at", "in")
#: Verbs of thinking and wanting: attributions of belief more than of speech.
THOUGHT_VERBS = frozenset(
    "think believe know feel want hope expect see consider understand wonder fear".split()
)
_ANONYMOUS_HINTS = frozenset(
    "source sources official officials aide aides spokesman spokeswoman".split()
)

FEATURES = (
    "cue_probability", "saying_verb", "via_clause", "via_complement", "via_inverted",
    "via_according", "has_speaker", "speaker_pronoun", "speaker_person", "speaker_org",
    "speaker_anonymous", "log_content_tokens", "past", "present", "gerund", "participle",
    "base", "root", "ccomp_or_parataxis", "advcl_xcomp_conj", "relcl_acl", "content_has_quote",
    "negated", "modal", "content_starts_that", "speaker_is_noun_phrase",
    "content_starts_to", "content_finite_verb", "content_head_ccomp", "content_head_object",
    "content_head_xcomp", "content_share_of_sentence", "speaker_first_person", "title_case_line",
    "cue_has_object", "content_after_cue", "sentence_has_quote", "content_is_question",
    "cue_passive", "cue_of_thought", *(f"prep_{p}" for p in _PREPS),
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
        float(any(c.dep_ == "aux" and c.lower_ in MODALS for c in children)),
        float(content_text.lower().startswith("that ")),
        float(len(words) > 1 and not ents),
        *_content_features(st, doc, verb, words),
    ]


def _content_features(
    st: Statement, doc: Doc, verb: Token | None, speaker: list[Token]
) -> list[float]:
    """What the content looks like: a clause or an object, how much of its
    sentence it takes, whether it is a question; and the cue's complement."""
    text = doc_text(doc)
    s, e = st.content[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    toks = list(span) if span is not None else []
    first = toks[0] if toks else None
    head_dep = span.root.dep_ if span is not None and len(span) else ""
    sent = sentence(verb) if verb is not None else (sentence(first) if first is not None else None)
    children = list(verb.children) if verb is not None else []
    prep = next((c.lower_ for c in children if c.dep_ == "prep" and c.i > c.head.i), "")
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    line_words = [w for w in line.split() if w.isalpha()]
    title = len(line_words) >= 3 and sum(w[0].isupper() for w in line_words) > 0.7 * len(
        line_words
    )
    # the text's slice, not Span.text, which spaCy joins anew on each access
    sent_text = text[sent.start_char : sent.end_char] if sent is not None else ""
    question = first is not None and (
        first.tag_ in ("WDT", "WP", "WRB") or first.lower_ in ("whether", "if")
    )
    return [
        float(first is not None and first.lower_ == "to"),
        float(any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks)),
        float(head_dep == "ccomp"),
        float(head_dep in ("dobj", "pobj")),
        float(head_dep == "xcomp"),
        len(toks) / max(len(sent) if sent is not None else 1, 1),
        float(len(speaker) == 1 and speaker[0].lower_ in ("i", "we")),
        float(title),
        float(any(c.dep_ == "dobj" for c in children)),
        float(verb is not None and first is not None and verb.i < first.i),
        float(sent is not None and any(c in sent_text for c in "\"“”")),
        float(question),
        float(any(c.dep_ == "auxpass" for c in children)),
        float(verb is not None and verb.lemma_.lower() in THOUGHT_VERBS),
        *(float(prep == p) for p in _PREPS),
    ]


def lemma_key(st: Statement, doc: Doc) -> tuple[str, str]:
    """The cue's lemma and the statement's layout (`said`+clause, ...)."""
    lemma = american(doc[st.cue_token].lemma_.lower()) if st.cue_token is not None else (
        "according")
    return lemma, f"{lemma}/{st.via}"


def indicators(st: Statement, doc: Doc, lemmas: list[str]) -> list[float]:
    """One feature per lemma (or lemma/layout) of the model's vocabulary."""
    keys = lemma_key(st, doc)
    return [float(k in keys) for k in lemmas]


@dataclass
class StatementModel(Logistic):
    threshold: float = 0.5
    #: Verbs below this cue probability are not even candidates.
    min_probability: float = CUE_THRESHOLD
    #: Lemmas and lemma/layout pairs with a weight of their own.
    lemmas: list[str] = field(default_factory=list)

    @property
    def trained(self) -> bool:
        return len(self.weights) == len(FEATURES) + len(self.lemmas)

    def probability(self, st: Statement, doc: Doc) -> float:
        return self.score(features(st, doc) + indicators(st, doc, self.lemmas))

    def accept(self, st: Statement, doc: Doc) -> bool:
        if not self.trained:
            verb = doc[st.cue_token] if st.cue_token is not None else None
            return verb is None or cue_probability(verb) >= CUE_THRESHOLD
        return self.probability(st, doc) >= self.threshold


def load() -> StatementModel:
    data = read_weights("newsdesk.extract.quotes", "statement_model.json", FEATURES)
    if data is None:
        return StatementModel()  # no weights, or for another feature set: the rule decides
    return StatementModel(
        data["weights"], data["bias"], data["mean"], data["scale"], data["threshold"],
        data["min_probability"], data.get("lemmas", []),
    )


MODEL = load()
