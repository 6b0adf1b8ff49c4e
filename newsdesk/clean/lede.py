"""Lede-likeness: does a paragraph read like the opening paragraph of an article?

A page a farm stitched from several articles often takes each source from its
start, so paragraphs that read like an article's first one turn up further
down. A lede introduces: it is longer, names people in full ("Jane Holt",
not "Holt"), anchors the story in time ("on Tuesday") and rarely opens with a
quote, a "But" or a "He", or ends on "said". The model reads only such
generic habits of news writing (English function words, day and time words,
how the paragraph opens, its length, full names, quote marks, digits), not
the subject's own words, so it carries to news it was not trained on.

A logistic regression over these, trained on PolNeAR train (first paragraphs
against the third and later: `python -m eval.stitched train`), lives in
lede_model.json with the logit that 5 % of later train paragraphs reach.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .lines import ENGLISH_FUNCTION_WORDS

MODEL_PATH = Path(__file__).with_name("lede_model.json")

_DAYS = "monday tuesday wednesday thursday friday saturday sunday yesterday today week month year"
_NEWS = "said says told added according announced will would new first after last"
#: Words whose presence is read: generic news English only.
VOCABULARY = sorted(ENGLISH_FUNCTION_WORDS | set(_DAYS.split()) | set(_NEWS.split()))
#: First words whose presence as the opening word is read ("" for no word).
OPENERS = sorted(
    ENGLISH_FUNCTION_WORDS | {"", "but", "and", "he", "she", "they", "the", "a", "in", "i", "we"}
)
SHAPE = ["words", "sentences", "opens_quote", "has_quote", "full_names", "capitals", "digits"]
NAMES = [f"word:{w}" for w in VOCABULARY] + [f"opens:{w}" for w in OPENERS] + SHAPE
_WORD_AT = {w: k for k, w in enumerate(VOCABULARY)}
_OPENER_AT = {w: len(VOCABULARY) + k for k, w in enumerate(OPENERS)}

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# Two capitalised words inside a sentence: a name given in full ("Jane Holt").
_FULL_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]{2,}")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")


def vector(text: str) -> np.ndarray:
    """The paragraph's inputs, in the order of NAMES."""
    words = _WORD.findall(text)
    lower = {w.lower() for w in words}
    first = words[0].lower() if words else ""
    n = len(words)
    shape = [
        math.log1p(n),
        math.log1p(1 + len(_SENTENCE_END.findall(text))),
        float(text[:1] in "\"“"),
        float('"' in text or "“" in text),
        math.log1p(len(_FULL_NAME.findall(text))),
        sum(w[0].isupper() for w in words[1:]) / max(1, n),
        float(any(c.isdigit() for c in text)),
    ]
    x = np.zeros(len(NAMES))
    x[[_WORD_AT[w] for w in lower if w in _WORD_AT]] = 1.0
    if first in _OPENER_AT:
        x[_OPENER_AT[first]] = 1.0
    x[-len(SHAPE) :] = shape
    return x


@dataclass(frozen=True)
class LedeModel:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    #: The logit that 5 % of later (not first) train paragraphs reach.
    cut: float

    def logits(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        x = np.array([vector(t) for t in texts])
        z: np.ndarray = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return z


@cache
def load_lede_model(path: Path = MODEL_PATH) -> LedeModel:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data["names"] != NAMES:
        raise ValueError(f"{path} was trained on other inputs: run `python -m eval.stitched train`")
    return LedeModel(
        np.array(data["mean"]), np.array(data["scale"]), np.array(data["weights"]),
        float(data["bias"]), float(data["cut"]),
    )
