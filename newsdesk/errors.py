"""newsdesk's exception types. Each message says what was wrong and what to do."""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base class for every error newsdesk raises on purpose."""


class InputError(NewsdeskError):
    """An input file (or one record in it) cannot be read as an article.

    Carries the source it concerns and a short reason, so a batch can report
    it by name and go on with the rest.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class TooLargeError(InputError):
    """An input is bigger than any article: refused before it is read."""

    def __init__(self, source: str, size: int, limit: int) -> None:
        super().__init__(
            source,
            f"{size:,} bytes is over the {limit:,}-byte limit for one article "
            f"(raise it with --max-bytes if this really is one article)",
        )
        self.size = size
        self.limit = limit


class StageError(NewsdeskError):
    """A pipeline stage failed or broke the stage contract."""

    def __init__(self, stage: str, article_id: str, reason: str) -> None:
        super().__init__(f"stage {stage!r} failed on article {article_id}: {reason}")
        self.stage = stage
        self.article_id = article_id
        self.reason = reason


class StoreError(NewsdeskError):
    """The store cannot be opened or migrated."""


class ConfigError(NewsdeskError):
    """A setting or pipeline configuration is wrong."""
