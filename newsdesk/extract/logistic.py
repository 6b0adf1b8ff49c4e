"""The logistic regressions the finders use: weights fitted by a script in
`scripts/`, applied to standardised features."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any


@dataclass
class Logistic:
    weights: list[float] = field(default_factory=list)
    bias: float = 0.0
    mean: list[float] = field(default_factory=list)
    scale: list[float] = field(default_factory=list)

    def score(self, x: list[float]) -> float:
        """The probability of the positive class for one feature vector."""
        params = zip(self.weights, x, self.mean, self.scale, strict=True)
        z = self.bias + sum(w * (v - m) / (s or 1.0) for w, v, m, s in params)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def read_weights(package: str, name: str, features: Sequence[str]) -> dict[str, Any] | None:
    """The weights file `name` shipped in `package` beside its finder, or None
    when it is missing or was fitted for another feature list (the caller's
    rule then stands). A file's `lemmas` (indicator features it learned) end
    its list."""
    try:
        raw = files(package).joinpath(name).read_text("utf-8")
    except FileNotFoundError:
        return None
    data: dict[str, Any] = json.loads(raw)
    expected = [*features, *data.get("lemmas", [])]
    return data if data.get("features") == expected else None
