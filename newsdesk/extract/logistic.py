"""The logistic regressions the finders use: weights fitted by a script in
`scripts/`, applied to standardised features."""

from __future__ import annotations

import json
import math
import operator
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
    _slope: list[float] | None = field(default=None, init=False, repr=False, compare=False)
    _offset: float = field(default=0.0, init=False, repr=False, compare=False)

    def score(self, x: list[float]) -> float:
        """The probability of the positive class for one feature vector."""
        if len(x) != len(self.weights):
            raise ValueError(f"{len(x)} features for {len(self.weights)} weights")
        slope, offset = self._folded()
        z = offset + sum(map(operator.mul, slope, x))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def _folded(self) -> tuple[list[float], float]:
        """The standardisation folded into the weights, once: w (v - m) / s is
        (w / s) v - (w / s) m, and scoring is then one sum of products."""
        if self._slope is None:
            params = zip(self.weights, self.mean, self.scale, strict=True)
            self._slope = [w / (s or 1.0) for w, _, s in params]
            self._offset = self.bias - sum(
                a * m for a, m in zip(self._slope, self.mean, strict=True)
            )
        return self._slope, self._offset


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
