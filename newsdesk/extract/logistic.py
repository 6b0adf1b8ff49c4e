"""The logistic regressions the finders use: weights fitted by a script in
`scripts/`, applied to standardised features."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


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
