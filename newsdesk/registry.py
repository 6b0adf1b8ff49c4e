"""The stage registry: article stages by name, with what they require and assign.

An article stage is a function `(Article, Options) -> Article`, registered by
name (like spaCy's components). This module imports no stage and no runner:
the modules that define stages import it, and `pipeline` looks stages up here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .article import Article
from .config import Options
from .errors import ConfigError

StageFunc = Callable[[Article, Options], Article]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str
    #: Reads spaCy's parse: the runner parses such articles in batches first.
    nlp: bool = False


REGISTRY: dict[str, Stage] = {}


def stage(
    name: str,
    *,
    requires: Iterable[str] = ("text",),
    assigns: Iterable[str] = (),
    nlp: bool = False,
) -> Callable[[StageFunc], StageFunc]:
    """Register `func` as the article stage called `name`."""

    def register(func: StageFunc) -> StageFunc:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ConfigError(f"two stages are registered as {name!r}")
        doc = (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else ""
        REGISTRY[name] = Stage(name, func, tuple(requires), tuple(assigns), doc, nlp)
        return func

    return register
