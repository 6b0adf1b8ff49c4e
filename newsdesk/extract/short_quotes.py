"""Short quotes no cue claimed: scare quotes, or statements of their own?

`The party's slogan is "Axe the tax"`, `chants of "Lock her up"`: a quote of
a few words with no verb of saying is most often the writer's scare quote,
but under some nouns and in headlines it is what someone said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .quotemarks import Quoted
    from .statement import Statement
    from .statements import StatementFinder


def short_quote_statement(finder: StatementFinder, q: Quoted, para: int) -> Statement | None:
    """The statement a short unclaimed quote makes, or None for a scare quote."""
    return None
