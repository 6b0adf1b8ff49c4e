"""Site boilerplate, captions and video titles, found from line features.

Three kinds of evidence, from strongest to weakest:
1. the line is page furniture by its wording and shape: a short line that is
   not a sentence and is made of interface vocabulary ("share", "subscribe",
   "video player", "related stories", "more on ..."), an all-caps widget label,
   or a caption introduced by "Image:", "Photo:", "Picture:" or ending in a
   picture credit;
2. it repeats inside the article (players and widgets recur; prose does not);
3. it is a short title-like line right next to a player notice or a caption:
   the video title or the caption's name line.
A line that reads as a sentence is only removed on evidence 1's caption rule.
"""

from __future__ import annotations

import re
from collections import Counter

from ..article import Removed
from .lines import Line

# Interface wording. Each pattern is matched against a whole short line.
_WIDGET = re.compile(
    r"^(?:"
    r"(?:related|recommended|popular|trending|top|latest|more)(?: \w+)?(?: stories| articles| news| content| videos| links| reading)?"
    r"|most (?:read|viewed|popular|shared)"
    r"|(?:read|see|watch|find out|learn) more(?: about| on| here| at)?\b.*"
    r"|more (?:on|from|about|in) [\w' .&-]+"
    r"|why you can trust [\w' .&-]+"
    r"|(?:share|follow|like) (?:this|us|on)\b.*"
    r"|(?:subscribe|sign up|register|log ?in|download)\b.*"
    r"|(?:click|tap) (?:here|to)\b.*"
    r"|(?:advertisement|advert|sponsored(?: content)?|promoted|ad feature)"
    r"|(?:skip to|back to|return to|go to) (?:content|top|main|navigation|home)\b.*"
    r"|(?:comments?|show comments|\d+ comments?|print|email|copy link|share)"
    r"|read the (?:rest|full|original)\b.*"
    r"|continue reading\b.*"
    r"|(?:all rights reserved|copyright|©)\b.*"
    r"|you (?:may|might) also (?:like|be interested)\b.*"
    r")$",
    re.IGNORECASE,
)
_UI_WORDS = frozenset(
    """browser player video javascript cookies cookie subscribe newsletter share sharing
    click tap download app apps advert advertisement sponsored follow twitter facebook
    whatsapp instagram linkedin email print comments login log sign enable accessible
    settings notifications""".split()
)
_CAPTION_LEAD = re.compile(
    r"^(?:image|images|photo|photograph|picture|pic|video|graphic|illustration|caption|"
    r"gallery|media caption|image caption|image copyright|watch)\s*(?:\d+\s*(?:of\s*\d+)?)?\s*[:|–—-]\s",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(
    r"(?:[(\[]?(?:photo|picture|image|credit|pic)s?\s*:?\s*[\w .&/-]{2,40}[)\]]?"
    r"|[(\[](?:getty|reuters|ap|afp|pa|epa|shutterstock|alamy)[\w .&/-]*[)\]])$",
    re.IGNORECASE,
)
_PLAYER = re.compile(r"\b(?:video|player|browser|javascript|playback|audio)\b", re.IGNORECASE)


def _ui_share(line: Line) -> float:
    words = line.lower_words
    return sum(w in _UI_WORDS for w in words) / len(words) if words else 0.0


def boilerplate_lines(lines: list[Line], *, skip: set[int] | None = None) -> list[Removed]:
    """Removed spans for boilerplate, captions and video titles.

    `skip` holds indexes of lines already removed (spam) or kept on purpose
    (the headline); they are neither removed again nor used as neighbours.
    """
    skip = skip or set()
    found: dict[int, Removed] = {}
    repeats = Counter(line.text.casefold() for line in lines if not line.sentence_like)

    for line in lines:
        if line.index in skip:
            continue
        kind = _furniture(line, repeats)
        if kind:
            reason, detail = kind
            found[line.index] = Removed(line.start, line.end, reason, detail)

    # Title-like lines next to a player notice or a caption are its title or name line.
    for idx, rem in list(found.items()):
        if rem.reason == "boilerplate" and not _PLAYER.search(lines[idx].text):
            continue
        for nb in (idx - 1, idx + 1):
            if not 0 <= nb < len(lines) or nb in found or nb in skip:
                continue
            line = lines[nb]
            if not line.title_like or line.sentence_like:
                continue
            if rem.reason == "caption":
                found[nb] = Removed(line.start, line.end, "caption", "name line beside a caption")
            elif nb == idx + 1:
                found[nb] = Removed(
                    line.start, line.end, "video_title", "title line after a video player notice"
                )
    return [found[i] for i in sorted(found)]


def _furniture(line: Line, repeats: Counter[str]) -> tuple[str, str] | None:
    text = line.text.strip()
    if _CAPTION_LEAD.match(text):
        return "caption", "starts like a picture caption"
    if line.sentence_like:
        return None
    if _CREDIT_TAIL.search(text) and len(line.words) <= 30:
        return "caption", "ends with a picture credit"
    words = len(line.words)
    if words <= 12 and _WIDGET.match(text.rstrip(" :>»›.")):
        return "boilerplate", "site widget wording"
    if words <= 14 and _ui_share(line) >= 0.2 and _PLAYER.search(text):
        return "boilerplate", "media player notice"
    if words <= 15 and _ui_share(line) >= 0.34:
        return "boilerplate", "interface wording"
    if line.all_caps and words <= 5 and not line.ends_sentence:
        return "boilerplate", "all-caps widget label"
    if words >= 3 and repeats[text.casefold()] >= 2:
        return "boilerplate", "repeats within the page"
    return None
