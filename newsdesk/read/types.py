"""What readers yield: an article, the reason an input failed, or a warning."""

from __future__ import annotations

from ..article import Article
from ..errors import InputError
from .notes import InputWarning

#: A reader's output. `read_paths` passes warnings to a callback, so its own
#: stream holds only `Article | InputError`.
Item = Article | InputError | InputWarning
